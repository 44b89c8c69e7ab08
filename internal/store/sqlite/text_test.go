package sqlite

import (
	"math/bits"
	"testing"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lavrov", `"Lavrov"`},
		{"Hun Sen", `"Hun" "Sen"`},
		{`"Phnom Penh" visit`, `"Phnom Penh" "visit"`},
		{"Lav*", `"Lav"*`},
		{"a OR b", `"a" OR "b"`},
		// regressions
		{`"`, ``},
		{`AND(`, `"AND"`},
		{`OR`, ``},
		{`x OR`, `"x"`},
		{`OR OR x`, `"x"`},
		{`title:foo`, `"title foo"`},
		{`"unterminated phrase`, `"unterminated phrase"`},
		{`Lavrov"`, `"Lavrov"`},
	}
	for _, tc := range tests {
		if got := ftsQuery(tc.in); got != tc.want {
			t.Errorf("ftsQuery(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNormName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hun Sen", "hun sen"},
		{"  H.E.  Hun   Sen ", "h e hun sen"},
		{"ＡＳＥＡＮ", "asean"},
		{"Retno L.P. Marsudi", "retno l p marsudi"},
		{"...", ""},
	}
	for _, tc := range tests {
		if got := normName(tc.in); got != tc.want {
			t.Errorf("normName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSimhash(t *testing.T) {
	a := genDoc(1).Text
	h1, n := simhash(a, 20)
	if n < 300 {
		t.Fatalf("words = %d", n)
	}
	h2, _ := simhash("Share this\n\n"+a+"\n\nRead more: Follow us", 20)
	if d := bits.OnesCount64(h1 ^ h2); d > 3 {
		t.Errorf("chrome lines moved the simhash by %d bits", d)
	}
	h3, _ := simhash(genDoc(2).Text, 20)
	if d := bits.OnesCount64(h1 ^ h3); d <= 10 {
		t.Errorf("different stories are %d bits apart", d)
	}
	if h, n := simhash("", 20); h != 0 || n != 0 {
		t.Errorf("simhash(\"\") = %x, %d", h, n)
	}
}
