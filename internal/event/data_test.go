package event_test

import (
	"io/fs"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/event"
	"github.com/dyad-project/dyad/internal/lexicon"
)

// dataFiles lists every data file the event package embeds, with the
// options that check it. A new file under data/ must be added here.
var dataFiles = map[string]lexicon.Options{
	"ontology.tsv":    {MinFields: 5, KeyFields: 2},
	"en/triggers.tsv": {MinFields: 4, KeyFields: 2, FoldKey: true},
	"id/triggers.tsv": {MinFields: 4, KeyFields: 2, FoldKey: true},
	"en/aid.txt":      lexicon.DefaultOptions(),
	"id/aid.txt":      lexicon.DefaultOptions(),
	"en/contexts.tsv": {MinFields: 2, KeyFields: 2, FoldKey: true},
	"id/contexts.tsv": {MinFields: 2, KeyFields: 2, FoldKey: true},
}

// loadData loads one file of data/, the directory the package embeds.
// lexicon.Load rejects invalid UTF-8, text not in NFC and duplicate keys.
func loadData(t *testing.T, name string) []lexicon.Entry {
	t.Helper()
	es, err := lexicon.LoadFS(os.DirFS("data"), name, dataFiles[name])
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(es) == 0 {
		t.Fatalf("%s: no entries", name)
	}
	return es
}

func TestDataFilesLoad(t *testing.T) {
	seen := map[string]bool{}
	err := fs.WalkDir(os.DirFS("data"), ".", func(path string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		seen[path] = true
		if _, ok := dataFiles[path]; !ok {
			t.Errorf("data/%s is not checked: add it to dataFiles", path)
			return nil
		}
		loadData(t, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range dataFiles {
		if !seen[name] {
			t.Errorf("data/%s: listed but missing", name)
		}
	}
	if _, err := event.LoadLexicon(); err != nil {
		t.Errorf("LoadLexicon: %v", err)
	}
}

func TestOntology(t *testing.T) {
	lx, err := event.LoadLexicon()
	if err != nil {
		t.Fatalf("LoadLexicon: %v", err)
	}
	types := map[string]bool{}
	for _, e := range loadData(t, "ontology.tsv") {
		if !slices.Contains(event.Types, e.Field(0)) {
			t.Errorf("%s: %q is not a PLOVER type", e.Where(), e.Field(0))
		}
		types[e.Field(0)] = true
	}
	for _, typ := range event.Types {
		if !types[typ] {
			t.Errorf("ontology.tsv: no row for %s", typ)
		}
		c := lx.Coding(typ, "")
		if c.CAMEO == "" || c.QuadClass < 1 || c.QuadClass > 4 || c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("Coding(%s) = %+v, want a CAMEO code, quad 1-4 and Goldstein -10..10", typ, c)
		}
	}
	if got, want := len(event.Types), 16; got != want {
		t.Errorf("len(Types) = %d, want %d", got, want)
	}
}

var triggerFlags = map[string]bool{"v": true, "noun": true, "pledge": true, "none": true, "objbefore": true, "light": true, "recv": true, "aid": true, "visit": true,
	"phone": true, "sym": true, "root": true, "rootnoun": true}

func TestTriggers(t *testing.T) {
	modes := map[string]bool{}
	for _, e := range loadData(t, "ontology.tsv") {
		modes[e.Field(0)+"/"+e.Field(1)] = true
	}
	for _, name := range []string{"en/triggers.tsv", "id/triggers.tsv"} {
		for _, e := range loadData(t, name) {
			phrase, typ, mode := e.Field(0), e.Field(1), e.Field(2)
			if phrase != strings.ToLower(phrase) {
				t.Errorf("%s: phrase %q is not lower case", e.Where(), phrase)
			}
			if typ != "-" && !slices.Contains(event.Types, typ) {
				t.Errorf("%s: %q is not a PLOVER type", e.Where(), typ)
			}
			if mode != "-" && !modes[typ+"/"+mode] {
				t.Errorf("%s: mode %q of %s is not in ontology.tsv", e.Where(), mode, typ)
			}
			for _, f := range strings.Split(e.Field(3), ",") {
				if f = strings.TrimSpace(f); f != "-" && !triggerFlags[f] {
					t.Errorf("%s: unknown flag %q", e.Where(), f)
				}
			}
		}
	}
}

// contexts are PLOVER's context names.
var contexts = map[string]bool{"diplomatic": true, "economic": true, "health": true, "crime": true, "trafficking": true,
	"illegal_drugs": true, "corruption": true, "human_rights": true, "military": true, "territory": true, "migration": true,
	"technology": true, "environment": true, "natural_resource": true, "legislative": true, "executive": true, "cyber": true,
	"terrorism": true, "disasters": true, "rights_freedoms": true, "election": true, "legal": true, "culture": true,
	"education": true, "pandemic": true, "refugees": true, "resource": true, "gender": true, "lgbtq": true}

func TestContextsAndAid(t *testing.T) {
	for _, name := range []string{"en/contexts.tsv", "id/contexts.tsv"} {
		for _, e := range loadData(t, name) {
			if e.Field(0) != strings.ToLower(e.Field(0)) {
				t.Errorf("%s: keyword %q is not lower case", e.Where(), e.Field(0))
			}
			if !contexts[e.Field(1)] {
				t.Errorf("%s: %q is not a PLOVER context", e.Where(), e.Field(1))
			}
		}
	}
	for _, name := range []string{"en/aid.txt", "id/aid.txt"} {
		for _, e := range loadData(t, name) {
			if e.Field(0) != strings.ToLower(e.Field(0)) {
				t.Errorf("%s: %q is not lower case", e.Where(), e.Field(0))
			}
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		name   string
		input  string
		lang   string
		want   float64
		wantOK bool
	}{
		{"id decimal comma", "1,948", "id", 1.948, true},
		{"id thousands point", "131.000", "id", 131000, true},
		{"en thousands comma", "131,000", "en", 131000, true},
		{"en decimal point", "1.948", "en", 1.948, true},
		{"id two decimals", "12,33", "id", 12.33, true},
		{"plain integer", "45", "en", 45, true},
		{"id millions", "1.250.000", "id", 1250000, true},
		{"en millions", "1,250,000", "en", 1250000, true},
		{"id both separators", "1.250,5", "id", 1250.5, true},
		{"en both separators", "1,250.5", "en", 1250.5, true},
		{"not a number", "abc", "en", 0, false},
		{"empty", "", "en", 0, false},
		// regressions
		{"trailing sentence period", "131,000.", "en", 131000, true},
		{"en writer using id convention", "12,33", "en", 12.33, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := event.ParseNumber(tc.input, tc.lang)
			if ok != tc.wantOK || ok && math.Abs(got-tc.want) > 1e-9*math.Max(1, math.Abs(tc.want)) {
				t.Errorf("ParseNumber(%q, %q) = %v, %v; want %v, %v", tc.input, tc.lang, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

func TestFigures(t *testing.T) {
	tests := []struct {
		name  string
		lang  string
		input string
		want  doc.Figure // Span is not compared; Text must be the span's text
		skip  string
	}{
		{"id dollar miliar", "id", "Kedua negara menargetkan nilai perdagangan sebesar $1,948 miliar pada tahun depan.",
			doc.Figure{Kind: "money", Value: 1.948e9, Unit: "USD", Text: "$1,948 miliar"}, ""},
		{"en USD million", "en", "Japan pledged USD 45 million to the reconstruction fund on Tuesday.",
			doc.Figure{Kind: "money", Value: 4.5e7, Unit: "USD", Text: "USD 45 million"}, ""},
		{"id rupiah triliun", "id", "Pemerintah menyiapkan anggaran Rp 5 triliun untuk proyek perbatasan itu.",
			doc.Figure{Kind: "money", Value: 5e12, Unit: "IDR", Text: "Rp 5 triliun"}, ""},
		{"id percent", "id", "Ekspor Indonesia ke Malaysia naik 12,33 persen dibandingkan tahun lalu.",
			doc.Figure{Kind: "percent", Value: 12.33, Unit: "%", Text: "12,33 persen"}, ""},
		{"en count", "en", "The new factory will employ 131,000 workers from both countries.",
			doc.Figure{Kind: "count", Value: 131000, Text: "131,000"}, ""},
		{"id count", "id", "Sebanyak 131.000 pekerja migran terdaftar di kedutaan tahun ini.",
			doc.Figure{Kind: "count", Value: 131000, Text: "131.000"}, ""},
		{"id dolar AS word", "id", "Korea Selatan memberikan hibah 2 juta dolar AS kepada Pakistan untuk korban banjir.",
			doc.Figure{Kind: "money", Value: 2e6, Unit: "USD", Text: "2 juta dolar AS"}, ""},
		// regressions
		{"en percent", "en", "Trade between the two countries grew 4.5 percent last year, the ministry said.",
			doc.Figure{Kind: "percent", Value: 4.5, Unit: "%", Text: "4.5 percent"}, ""},
	}
	p := newPipeline(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipKnown(t, tc.skip)
			d := process(p, tc.input, pub)
			if d.Language != tc.lang {
				t.Fatalf("language: got %q, want %q", d.Language, tc.lang)
			}
			var found *doc.Figure
			for i, f := range d.Figures {
				if f.Text != f.Span.Of(d.Text) {
					t.Errorf("figure text %q, want the text of its span %q", f.Text, f.Span.Of(d.Text))
				}
				if f.Text == tc.want.Text {
					found = &d.Figures[i]
				}
			}
			if found == nil {
				t.Fatalf("no figure %q; got %+v", tc.want.Text, d.Figures)
			}
			if found.Kind != tc.want.Kind || found.Unit != tc.want.Unit || math.Abs(found.Value-tc.want.Value) > 1e-6*math.Abs(tc.want.Value) {
				t.Errorf("figure %q: got %s %v %q, want %s %v %q", tc.want.Text, found.Kind, found.Value, found.Unit, tc.want.Kind, tc.want.Value, tc.want.Unit)
			}
		})
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name        string
		lang        string
		input       string
		wantText    string
		wantSpeaker string // actor name, "" for none
		skip        string
	}{
		{"id kata after quote", "id",
			`Menteri Luar Negeri Indonesia Sari Utami bertemu dengan Menteri Luar Negeri Australia Helen Marsh di Jakarta. "Kami sepakat memperluas kerja sama pendidikan," kata Sari Utami.`,
			"Kami sepakat memperluas kerja sama pendidikan,", "Sari Utami",
			`quotes: ms2 converts the local named type ment with a type switch on an anonymous struct, which never matches, so every mention span is {0,0} and speakers after a quote are never found`},
		{"en said after quote", "en",
			`Thai Foreign Minister Anan Srisuk met Cambodian Foreign Minister Sok Vanna on Tuesday. "We want the border to stay open for traders," Srisuk said.`,
			"We want the border to stay open for traders,", "Anan Srisuk",
			`quotes: ms2 converts the local named type ment with a type switch on an anonymous struct, which never matches, so every mention span is {0,0} and speakers after a quote are never found`},
		{"en speaker before quote", "en",
			`Indonesian Ambassador Hendra Wijaya said: "This visit opens a new chapter for our two countries."`,
			"This visit opens a new chapter for our two countries.", "Hendra Wijaya", ""},
		{"en said speaker after", "en",
			`"Our farmers will benefit from the new rice quota," said Vietnamese Trade Minister Tran Van Hoang.`,
			"Our farmers will benefit from the new rice quota,", "Tran Van Hoang",
			`quotes: ms2 converts the local named type ment with a type switch on an anonymous struct, which never matches, so every mention span is {0,0} and speakers after a quote are never found`},
		// regressions
		{"speaker before quote is not the first actor", "en",
			`Thai Foreign Minister Anan Srisuk met Indonesian Ambassador Hendra Wijaya in Bangkok on Tuesday. Wijaya told reporters: "This visit opens a new chapter for our two countries."`,
			"This visit opens a new chapter for our two countries.", "Hendra Wijaya",
			`quotes: with every mention span {0,0} (see ms2) a speaker before the quote falls back to the paragraph's first actor, Anan Srisuk`},
		{"scare quotes are not quotations", "en",
			`Indonesian Ambassador Hendra Wijaya called the plan "bold".`,
			"", "", ""},
	}
	p := newPipeline(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipKnown(t, tc.skip)
			d := process(p, tc.input, pub)
			if d.Language != tc.lang {
				t.Fatalf("language: got %q, want %q", d.Language, tc.lang)
			}
			if tc.wantText == "" {
				if len(d.Quotes) != 0 {
					t.Errorf("got quotes %+v, want none", d.Quotes)
				}
				return
			}
			if len(d.Quotes) != 1 {
				t.Fatalf("got %d quotes %+v, want 1", len(d.Quotes), d.Quotes)
			}
			q := d.Quotes[0]
			if q.Text != tc.wantText {
				t.Errorf("quote text: got %q, want %q", q.Text, tc.wantText)
			}
			if s := q.Span.Of(d.Text); !strings.Contains(s, q.Text) {
				t.Errorf("quote span text %q does not hold the quote %q", s, q.Text)
			}
			got := ""
			for _, a := range d.Actors {
				if a.ID == q.Speaker && q.Speaker != "" {
					got = a.Name
				}
			}
			if got != tc.wantSpeaker {
				t.Errorf("speaker: got %q (%q), want %q", got, q.Speaker, tc.wantSpeaker)
			}
		})
	}
}
