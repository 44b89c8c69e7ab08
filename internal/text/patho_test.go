package text_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/text"
)

// TestPathological checks that odd inputs stay linear: long runs of
// periods, brackets, joiners and dotted letters.
func TestPathological(t *testing.T) {
	for _, unit := range []string{".", "(", ")", "a.", "A. ", "a-", "1,", "U.S.", "\xff", "…", "Dr. ", "(L) ", "\"", "a'"} {
		s := strings.Repeat(unit, 200000/len(unit))
		start := time.Now()
		d := &doc.Document{Text: s, Language: "en"}
		text.Segment(d)
		if el := time.Since(start); el > 2*time.Second {
			t.Errorf("Segment(%q x %d) took %v", unit, len(s)/len(unit), el)
		}
		if err := spanError(d); err != "" {
			t.Errorf("Segment(%q x %d): %s", unit, len(s)/len(unit), err)
		}
	}
}
