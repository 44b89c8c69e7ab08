package clean_test

import (
	"fmt"

	"github.com/dyad-project/dyad/internal/clean"
)

func ExampleText() {
	out, _ := clean.Text("top of page\n\nBaca juga: Berita lain\n\u201cKami sepakat,\u201d kata menteri.\u00a0\nBagikan\n")
	fmt.Println(out)
	// Output: "Kami sepakat," kata menteri.
}

func ExampleDate() {
	d, ok := clean.Date("Kamis, 04 Agu 2022 10:15:00 +0700")
	fmt.Println(d, ok)
	// Output: 2022-08-04 true
}
