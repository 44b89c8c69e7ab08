package all

import (
	_ "github.com/dyad-project/dyad/internal/text/lang/en" // English
	_ "github.com/dyad-project/dyad/internal/text/lang/id" // Indonesian
)
