package text_test

import (
	"fmt"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/text"
	_ "github.com/dyad-project/dyad/internal/text/lang/all"
)

func ExampleSegment() {
	d := &doc.Document{
		Language: "id",
		Text:     "Hun Sen (kanan) bertemu Lavrov. (Xinhua/Kok Ky)\nDr. Budi hadir di Jl. Sudirman No. 5 pada Kamis (4/8). Ia bicara.",
	}
	text.Segment(d)
	for _, p := range d.Paragraphs {
		fmt.Printf("caption=%v %q\n", p.Caption, p.Of(d.Text))
	}
	for _, s := range d.Sentences {
		fmt.Printf("%d %q %d tokens\n", s.Para, s.Of(d.Text), len(s.Tokens))
	}
	// Output:
	// caption=true "Hun Sen (kanan) bertemu Lavrov. (Xinhua/Kok Ky)"
	// caption=false "Dr. Budi hadir di Jl. Sudirman No. 5 pada Kamis (4/8). Ia bicara."
	// 0 "Hun Sen (kanan) bertemu Lavrov." 8 tokens
	// 0 "(Xinhua/Kok Ky)" 6 tokens
	// 1 "Dr. Budi hadir di Jl. Sudirman No. 5 pada Kamis (4/8)." 14 tokens
	// 1 "Ia bicara." 3 tokens
}

func ExampleTokenize() {
	s := "$1,948 miliar, 12,33 persen"
	for _, t := range text.Tokenize(s, 0, text.Lookup("id")) {
		fmt.Printf("%d %q\n", t.Kind, t.Of(s))
	}
	// Output:
	// 3 "$"
	// 1 "1,948"
	// 0 "miliar"
	// 2 ","
	// 1 "12,33"
	// 0 "persen"
}
