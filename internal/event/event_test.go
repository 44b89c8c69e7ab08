package event_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/pipeline"
)

func TestProbe(t *testing.T) {
	f := os.Getenv("PROBE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	p, _ := pipeline.New(pipeline.Options{})
	for _, txt := range strings.Split(string(b), "\n===\n") {
		d := &doc.Document{Raw: txt, Published: os.Getenv("PUB")}
		p.Process(d)
		fmt.Printf("---- lang=%s %q\n", d.Language, txt)
		for _, a := range d.Actors {
			fmt.Printf("  A %s %s %q c=%s s=%s t=%q org=%s al=%q m=%d\n", a.ID, a.Kind, a.Name, a.Country, a.Sector, a.Title, a.Org, a.Aliases, len(a.Mentions))
			for _, m := range a.Mentions {
				fmt.Printf("      %q\n", m.Of(d.Text))
			}
		}
		for _, e := range d.Events {
			fmt.Printf("  E dir=%v %s/%s %s %s->%s %s..%s %s | %s | trig=%q\n", e.Directed, e.Type, e.Mode, e.Status, e.Source.Country, e.Target.Country, e.Date, e.DateEnd, e.Rule, e.Source.Name+" / "+e.Target.Name, e.Trigger.Of(d.Text))
		}
		for _, q := range d.Quotes {
			fmt.Printf("  Q %q by %s\n", q.Text, q.Speaker)
		}
		for _, fg := range d.Figures {
			fmt.Printf("  F %s %v %s %q\n", fg.Kind, fg.Value, fg.Unit, fg.Text)
		}
		for _, dg := range d.Diagnostics {
			fmt.Printf("  D %s %s %s\n", dg.Level, dg.Stage, dg.Message)
		}
	}
}
