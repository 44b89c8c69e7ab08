package pipeline_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// actorProbes holds short invented news items, each with the country
// (or IGO) every acting person and body in it acts for.
const actorProbes = "../../testdata/probes/actors.jsonl"

// knownMisplaced are probe actors dyad does not place yet, by item and
// name.
var knownMisplaced = map[string]string{
	"a002 Wisma Putra":                             "a seat of government is read as a place",
	"a005 Malacañang":                              "a seat of government is read as a place",
	"a006 The Kremlin":                             "a seat of government is read as a place",
	"a007 The Blue House":                          "a seat of government is read as a place",
	"a008 Foggy Bottom":                            "a seat of government is not known",
	"a050 Dewi Anggraeni Lubis":                    "a deputy chief of mission named after her embassy's sentence",
	"a053 Tanaka Hiroyuki":                         "a prefecture governor's title, a comma, then the name",
	"a061 Sofia Lindgren":                          "a given name that is also a capital",
	"a063 Pejambon":                                "a seat of government is read as a place",
	"a064 Wisma Putra":                             "a seat of government is read as a place",
	"a065 Guntur Saputra":                          "a posting's city inside two titles",
	"a078 Mohd Yusof bin Haji Ismail":              "honorifics and 'Haji' inside a Brunei name",
	"a086 Badan Nasional Penanggulangan Terorisme": "a body named only by its full Indonesian name",
	"a094 Kantor Staf Presiden":                    "a body named only by its full Indonesian name",
	"a094 Wulan Kartikasari":                       "a numbered deputy's title ('Deputi V KSP')",
}

// TestActorProbes checks the country of every acting person and body of
// the probe items.
func TestActorProbes(t *testing.T) {
	p := newPipeline(t, "actors")
	n := 0
	eachProbe(t, actorProbes, func(line []byte) {
		var r struct {
			ID, Lang, Published, Text string
			Want                      map[string]string
		}
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		d := &doc.Document{ID: r.ID, Raw: r.Text, Published: r.Published, InputLanguage: r.Lang}
		p.Process(d)
		for name, want := range r.Want {
			n++
			got := ""
			for _, a := range d.Actors {
				if namesActor(name, a) {
					got = a.Country
					break
				}
			}
			key := r.ID + " " + name
			if why, known := knownMisplaced[key]; known {
				if got == want {
					t.Errorf("%s (%s) is placed now: remove it from knownMisplaced", key, why)
				}
				continue
			}
			if got != want {
				t.Errorf("%s: country %q, want %q", key, got, want)
			}
		}
	})
	if n < 200 {
		t.Fatalf("checked %d actors, want the whole file", n)
	}
}

// namesActor reports whether name is one of the actor's names, or holds
// or is held by one of them.
func namesActor(name string, a doc.Actor) bool {
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if n == name || strings.Contains(n, name) || len(n) > 3 && strings.Contains(name, n) {
			return true
		}
	}
	return false
}
