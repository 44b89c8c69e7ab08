// Package all registers every language pack of package text. Import it
// for its side effect:
//
//	import _ "github.com/dyad-project/dyad/internal/text/lang/all"
package all
