package langid_test

import (
	"fmt"

	"github.com/dyad-project/dyad/internal/langid"
)

func ExampleIdentify() {
	fmt.Println(langid.Identify("Kedua menteri sepakat memperkuat kerja sama pertahanan.").Lang)
	fmt.Println(langid.Identify("The two ministers agreed to strengthen defence ties.").Lang)
	fmt.Println(langid.Identify("12345").Lang)
	// Output:
	// id
	// en
	// und
}
