package event

import (
	"fmt"
	"os"
	"testing"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/meta"
	"github.com/dyad-project/dyad/internal/text"
	_ "github.com/dyad-project/dyad/internal/text/lang/all"
)

func TestZZHits(t *testing.T) {
	f := os.Getenv("DYAD_DEBUG_FILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := &doc.Document{Published: "2025-03-04", Language: os.Getenv("DYAD_LANG")}
	d.Text, _ = clean.Text(string(b))
	meta.Apply(d)
	text.Segment(d)
	ar := actor.New(actor.Options{}).Extract(d)
	c, _ := New(Options{})
	for si := range ar.Sentences {
		for _, h := range c.triggers(&ar.Sentences[si], langOf(d)) {
			ev, ok := c.arguments(d, ar, si, h, langOf(d))
			fmt.Printf("hit %q %s noun=%v passive=%v -> ok=%v %s->%s %s\n", d.Text[ar.Sentences[si].Words[h.w0].Span.Start:ar.Sentences[si].Words[h.w1-1].Span.End], h.tr.Type, h.noun, h.passive, ok, ev.Source.Country, ev.Target.Country, ev.Rule)
		}
	}
}
