package lexicon

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		opt     Options
		want    int
		wantErr bool
	}{
		{"simple", "a\nb\n", DefaultOptions(), 2, false},
		{"comments and blanks", "# c\n\na\n  # x\n", DefaultOptions(), 1, false},
		{"tsv", "a\tb\nc\td\n", Options{MinFields: 2, KeyFields: 1}, 2, false},
		{"too few fields", "a\n", Options{MinFields: 2}, 0, true},
		{"duplicate folded", "Abc\nabc\n", DefaultOptions(), 0, true},
		{"duplicate allowed", "Abc\nabc\n", Options{MinFields: 1}, 2, false},
		{"not NFC", "cafe\u0301\n", DefaultOptions(), 0, true},
		{"invalid utf8", "a\xff\n", DefaultOptions(), 0, true},
		// regressions
		{"crlf", "a\r\nb\r\n", DefaultOptions(), 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load(strings.NewReader(tt.in), "t.txt", tt.opt)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				if !errors.Is(err, ErrFormat) {
					t.Errorf("err = %v, want ErrFormat", err)
				}
				if !strings.Contains(err.Error(), "t.txt:") {
					t.Errorf("err %q does not name the file", err)
				}
				return
			}
			if len(got) != tt.want {
				t.Errorf("got %d entries, want %d", len(got), tt.want)
			}
		})
	}
}

func TestCloseParen(t *testing.T) {
	ws := wordsOfText("A ( B C ) D ( E")
	for _, tt := range []struct{ k, end, max, want int }{
		{1, len(ws), 8, 4}, {1, 4, 8, -1}, {1, len(ws), 2, -1}, {6, len(ws), 8, -1},
	} {
		if got := CloseParen(ws, tt.k, tt.end, tt.max); got != tt.want {
			t.Errorf("CloseParen(%d, %d, %d) = %d, want %d", tt.k, tt.end, tt.max, got, tt.want)
		}
	}
}

func wordsOfText(s string) []Word {
	var ws []Word
	for _, f := range strings.Fields(s) {
		ws = append(ws, Word{Text: f, Lower: strings.ToLower(f)})
	}
	return ws
}

func TestLowerASCII(t *testing.T) {
	// Every byte value, at every offset of the eight-byte blocks, and
	// texts longer than the stack buffer.
	var all []byte
	for i := 0; i < 256; i++ {
		all = append(all, byte(i))
	}
	for _, s := range []string{"", "A", "Hello, World", "ÀÉ Phnom PENH @[`{", string(all), strings.Repeat("AbZz@[`{\xc3\x80", 300)} {
		for off := 0; off < 8 && off <= len(s); off++ {
			in := s[off:]
			want := make([]byte, len(in))
			for i := 0; i < len(in); i++ {
				c := in[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				want[i] = c
			}
			if got := LowerASCII(in); got != string(want) {
				t.Errorf("LowerASCII(%q) = %q, want %q", in, got, want)
			}
		}
	}
}

func TestCandsSeconds(t *testing.T) {
	p := NewPhrases[int]()
	p.Add("the two leaders", 1, false)
	p.Add("The both", 2, false)
	var got []string
	if all := p.Candidates("the").Seconds(func(w string) { got = append(got, w) }); !all || strings.Join(got, " ") != "two both" {
		t.Errorf("Seconds: %v %q", all, got)
	}
	p.Add("the", 3, false)
	if all := p.Candidates("the").Seconds(func(string) {}); all {
		t.Error("Seconds: all with a one-word phrase")
	}
}

// TestCandsPhrases checks the candidates' phrases in the order Match tries
// them, and that MatchesAt agrees with Match.
func TestCandsPhrases(t *testing.T) {
	p := NewPhrases[int]()
	p.Add("the two leaders", 1, false)
	p.Add("the", 2, false)
	p.Add("The Both", 3, true)
	p.Add("the two leaders", 4, false)
	c := p.Candidates("the")
	if c.Len() != 3 {
		t.Fatalf("Len = %d", c.Len())
	}
	want := []struct {
		words string
		vals  []int
		exact bool
	}{{"the two leaders", []int{1, 4}, false}, {"the both", []int{3}, true}, {"the", []int{2}, false}}
	for k, w := range want {
		words, vals, exact := c.Phrase(k)
		if strings.Join(words, " ") != w.words || !slices.Equal(vals, w.vals) || exact != w.exact {
			t.Errorf("Phrase(%d) = %q %v %v, want %q %v %v", k, words, vals, exact, w.words, w.vals, w.exact)
		}
	}
	for _, s := range []string{"the two leaders met", "the two", "The Both sides", "the both sides", "THE Both", "the", "The two Leaders"} {
		ws := wordsOfText(s)
		n, vals := c.Match(ws, 0)
		k := 0
		for k < c.Len() && !c.MatchesAt(k, ws, 0) {
			k++
		}
		switch {
		case n == 0 && k < c.Len():
			t.Errorf("%q: MatchesAt(%d), Match none", s, k)
		case n > 0 && k == c.Len():
			t.Errorf("%q: Match %d words, MatchesAt none", s, n)
		case n > 0:
			if words, v, _ := c.Phrase(k); len(words) != n || &v[0] != &vals[0] {
				t.Errorf("%q: MatchesAt(%d), Match %d words %v", s, k, n, vals)
			}
		}
	}
}

// TestAppendTokenFunc checks AppendTokenFunc against AppendToken with the
// lower-cased text.
func TestAppendTokenFunc(t *testing.T) {
	for _, text := range []string{
		"Cambodia's Foreign Minister met the U.S. envoy.",
		"Belarus' ministry and the MINISTRY'S staff; Kamboja–Jepang, Cañizares’s visit.",
		"ÉLYSÉE Palace said: \"no\" ' s'",
	} {
		var s doc.Sentence
		for i := 0; i < len(text); {
			j := i
			for j < len(text) && text[j] != ' ' {
				j++
			}
			if j > i {
				k := doc.Word
				if strings.ContainsAny(text[i:j], "\"';:.,") && j-i == 1 {
					k = doc.Punct
				}
				s.Tokens = append(s.Tokens, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: k})
			}
			i = j + 1
		}
		lower := LowerASCII(text)
		var want, got []Word
		for _, tk := range s.Tokens {
			want = AppendToken(want, text, lower, tk)
			got = AppendTokenFunc(got, text, LowerASCII, tk)
		}
		if len(got) != len(want) {
			t.Fatalf("%q: %d words, want %d", text, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%q word %d: got %+v, want %+v", text, i, got[i], want[i])
			}
		}
	}
}
