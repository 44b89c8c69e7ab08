package pipeline_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// publishedProbes holds openings of scraped news pages (menus, headline,
// byline, date line in an outlet's house style, caption, first lines),
// invented for this test, each with the publication date a reader takes
// from the page.
const publishedProbes = "../../testdata/probes/published.jsonl"

// knownUndated are probes whose date form dyad does not read yet: a
// two-digit year, a Malay date, a French date, a date given only in the
// story.
var knownUndated = map[string]string{
	"q08": "two-digit year",
	"q37": "the date is only in the story",
	"q48": "French date",
}

// TestPublishedProbes checks the publication date found for every probe
// page given as raw text with no published date.
func TestPublishedProbes(t *testing.T) {
	p := newPipeline(t, "segment")
	n := eachProbe(t, publishedProbes, func(line []byte) {
		var r struct{ ID, Text, Want string }
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		d := &doc.Document{ID: r.ID, Raw: r.Text}
		p.Process(d)
		if why, known := knownUndated[r.ID]; known {
			if d.Published == r.Want {
				t.Errorf("%s (%s) is read now: remove it from knownUndated", r.ID, why)
			}
			return
		}
		if d.Published != r.Want {
			t.Errorf("%s: published %q, want %q", r.ID, d.Published, r.Want)
		}
	})
	if n < 100 {
		t.Fatalf("read %d probes, want the whole file", n)
	}
}

// eachProbe calls fn with every line of the JSON Lines file at path and
// returns how many there were.
func eachProbe(t *testing.T, path string, fn func(line []byte)) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		fn(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}
