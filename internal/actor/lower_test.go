package actor

import (
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/lexicon"
)

// TestLowerer checks the lowerer's forms against lexicon.LowerASCII, and
// that forms handed out stay as they were while the buffer grows past
// its first array.
func TestLowerer(t *testing.T) {
	words := []string{
		"", "a", "A", "the", "The", "THE", "Menteri", "ASEAN", "Kamboja-Jepang", "U.S.", "Ca\u00f1izares",
		"Phnom", "PenhX", "x1Y2z3", "Intergovernmental", "INTERGOVERNMENTAL",
		strings.Repeat("Ab", 40), strings.Repeat("z", 70) + "Q",
	}
	var lw lowerer
	lw.reset(0) // (a small first array: the forms below outgrow it)
	type form struct{ got, want string }
	var forms []form
	for _, w := range words {
		want := lexicon.LowerASCII(w)
		got := lw.of(w)
		if got != want {
			t.Errorf("of(%q) = %q, want %q", w, got, want)
		}
		if !strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && got != w {
			t.Errorf("of(%q) copied a word with no capital", w)
		}
		forms = append(forms, form{got, want})
		if n := len(w); n >= 1 && n <= 16 {
			var buf [16]byte
			copy(buf[:], lexicon.LowerASCII(w))
			var got string
			if n <= 8 {
				got = lw.put8(le64(string(buf[:8])), n)
			} else {
				got = lw.put16(le64(string(buf[:8])), le64(string(buf[8:])), n)
			}
			if got != want {
				t.Errorf("put(%q) = %q, want %q", w, got, want)
			}
			forms = append(forms, form{got, want})
		}
	}
	for _, f := range forms {
		if f.got != f.want {
			t.Errorf("a form changed to %q, want %q", f.got, f.want)
		}
	}
}

// TestInstShortForm compares instShortForm with the lookup it replaces,
// instShortForms[strings.ToLower(w)].
func TestInstShortForm(t *testing.T) {
	for _, w := range []string{"Kedubes", "KEDUBES", "kedubes", "Kedubes.", "Kedutaan", "", "K", "\u212Aedubes", "Kédubes",
		"KedubesKedubesKedubes", "Ministry", "kedube", "kedubess"} {
		wantL, wantOK := instShortForms[strings.ToLower(w)]
		l, ok := instShortForm(w)
		if l != wantL || ok != wantOK {
			t.Errorf("instShortForm(%q) = %q, %v; want %q, %v", w, l, ok, wantL, wantOK)
		}
	}
}
