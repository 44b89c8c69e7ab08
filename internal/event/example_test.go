package event_test

import (
	"fmt"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/pipeline"
)

// Example runs the whole pipeline over a short English article and prints
// the events it codes: type, mode, sides, date and status.
func Example() {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	d := &doc.Document{
		Published: "2025-03-07",
		Raw: "Vietnamese President Nguyen Van Long received visiting Lao Prime Minister Khamphet Sivong in Hanoi on Tuesday. " +
			"The two leaders agreed to open a new border crossing.",
	}
	p.Process(d)
	for _, e := range d.Events {
		arrow := "->" // source acts on target
		if !e.Directed {
			arrow = "--" // both sides act: the order means nothing
		}
		fmt.Printf("%-7s %-5s %s %s %s  %s %s\n", e.Type, e.Mode, e.Source.Country, arrow, e.Target.Country, e.Date, e.Status)
	}
	// Output:
	// CONSULT visit LAO -> VNM  2025-03-04 reported
	// AGREE         LAO -- VNM  2025-03-04 reported
}
