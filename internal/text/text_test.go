package text_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/text"
	_ "github.com/dyad-project/dyad/internal/text/lang/all"
)

var kindName = [...]string{doc.Word: "W", doc.Number: "N", doc.Punct: "P", doc.Symbol: "S", doc.Abbrev: "A"}

// renderTokens writes tokens as "Kind:text" separated by spaces.
func renderTokens(text string, toks []doc.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(kindName[t.Kind])
		b.WriteByte(':')
		b.WriteString(t.Of(text))
	}
	return b.String()
}

// renderSentences writes sentences separated by " | ".
func renderSentences(d *doc.Document) string {
	parts := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		parts[i] = s.Of(d.Text)
	}
	return strings.Join(parts, " | ")
}

func segment(lang, s string) *doc.Document {
	d := &doc.Document{Text: s, Language: lang}
	text.Segment(d)
	return d
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, lang, in, want string
	}{
		{"simple", "en", "The talks ended. Both sides were pleased.", "The talks ended. | Both sides were pleased."},
		{"question exclamation", "en", "Will they sign? Yes! They will.", "Will they sign? | Yes! | They will."},
		{"lower after period", "en", "It rose to 5 p.m. on Friday.", "It rose to 5 p.m. on Friday."},
		{"digit opens", "en", "They met twice. 2024 was busy.", "They met twice. | 2024 was busy."},
		{"paragraphs", "en", "One line\nSecond line. Third", "One line | Second line. | Third"},
		{"blank lines skipped", "en", "A.\n\n  \nB went.", "A. | B went."},
		{"ellipsis", "id", "Ia terdiam... Lalu pergi.", "Ia terdiam... | Lalu pergi."},
		{"unicode ellipsis", "id", "Ia terdiam… Lalu pergi.", "Ia terdiam… | Lalu pergi."},
		{"quote question", "en", `"Why now?" he asked.`, `"Why now?" he asked.`},
		{"quote then new sentence", "en", `He said: "We agree." Then he left.`, `He said: "We agree." | Then he left.`},
		{"bang paren", "en", "They won (again!) Fans cheered.", "They won (again!) | Fans cheered."},
		{"opening quote starts", "en", `They agreed. "It is done," he said.`, `They agreed. | "It is done," he said.`},
		{"decimal", "en", "Growth was 5.3 percent. Prices fell.", "Growth was 5.3 percent. | Prices fell."},
		{"etc lower", "en", "Rice, rubber, etc. were sold.", "Rice, rubber, etc. were sold."},
		{"etc upper", "en", "Rice, rubber, etc. Exports rose.", "Rice, rubber, etc. | Exports rose."},
		{"dll upper", "id", "Beras, karet, dll. Ekspor naik.", "Beras, karet, dll. | Ekspor naik."},
		// regressions
		{"Dr. Budi", "id", "Dr. Budi hadir. Ia berbicara.", "Dr. Budi hadir. | Ia berbicara."},
		{"Dr. Budi en", "en", "Dr. Budi attended. He spoke.", "Dr. Budi attended. | He spoke."},
		{"H.E. Mr. X", "en", "H.E. Mr. Prak Sokhonn arrived. He spoke.", "H.E. Mr. Prak Sokhonn arrived. | He spoke."},
		{"Jl. No.", "id", "Kantornya di Jl. Sudirman No. 5 Jakarta. Ia datang.", "Kantornya di Jl. Sudirman No. 5 Jakarta. | Ia datang."},
		{"L.P. Sihombing", "id", "Hadir Ir. L.P. Sihombing. Ia menteri.", "Hadir Ir. L.P. Sihombing. | Ia menteri."},
		{"initial", "en", "J. Smith met Lt. Col. Sok. They talked.", "J. Smith met Lt. Col. Sok. | They talked."},
		{"U.S. title", "en", "The U.S. President spoke. U.S. aid rose.", "The U.S. President spoke. | U.S. aid rose."},
		{"U.S. end", "en", "He flew to the U.S. The trip was short.", "He flew to the U.S. | The trip was short."},
		{"Hun Sen end", "en", "He met Hun Sen. The talks went well.", "He met Hun Sen. | The talks went well."},
		{"Hun Sen end name", "en", "He met Hun Sen. Cambodia agreed.", "He met Hun Sen. | Cambodia agreed."},
		{"Sen. title", "en", "Later Sen. Chris Murphy spoke.", "Later Sen. Chris Murphy spoke."},
		{"No. at end", "en", "The answer was no. Talks ended.", "The answer was no. | Talks ended."},
		{"$1,948 miliar", "id", "Nilainya $1,948 miliar. Naik 12,33 persen.", "Nilainya $1,948 miliar. | Naik 12,33 persen."},
		{"1.948", "id", "Sebanyak 1.948 orang datang. Semua pulang.", "Sebanyak 1.948 orang datang. | Semua pulang."},
		{"Kamis (4/8)", "id", "Ia bertemu pada Kamis (4/8). Pertemuan lancar.", "Ia bertemu pada Kamis (4/8). | Pertemuan lancar."},
		{"quote spanning sentences", "en", `"We agree. We will sign," he said. Then he left.`, `"We agree. | We will sign," he said. | Then he left.`},
		{"quote spanning id", "id", `"Kami setuju. Kami akan teken," kata dia. Ia pergi.`, `"Kami setuju. | Kami akan teken," kata dia. | Ia pergi.`},
		{"period quote upper", "en", `He said it was "final." The others agreed.`, `He said it was "final." | The others agreed.`},
		{"abbrev then quote", "en", `"He lives in the U.S." She nodded.`, `"He lives in the U.S." | She nodded.`},
		{"M.Si. mid", "id", "Dr. Budi Santoso, M.Si. dari UI hadir.", "Dr. Budi Santoso, M.Si. dari UI hadir."},
		{"dr. lower", "id", "Hadir dr. Maria dan Brigjen. TNI Andi.", "Hadir dr. Maria dan Brigjen. TNI Andi."},
		{"Aug. date", "en", "It ends on Aug. 8. Talks resume in Sept. next year.", "It ends on Aug. 8. | Talks resume in Sept. next year."},
		{"und falls back to en", "und", "Dr. Budi came. He spoke.", "Dr. Budi came. | He spoke."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment(tt.lang, tt.in)
			if got := renderSentences(d); got != tt.want {
				t.Errorf("sentences of %q\ngot  %s\nwant %s", tt.in, got, tt.want)
			}
			checkSpans(t, d)
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, lang, in, want string
	}{
		{"words", "en", "people-to-people don't", "W:people-to-people W:don't"},
		{"id hyphen", "id", "Kamboja-Jepang antar-pemerintah", "W:Kamboja-Jepang W:antar-pemerintah"},
		{"trailing hyphen", "en", "pre- and post-war", "W:pre P:- W:and W:post-war"},
		{"numbers en", "en", "131,000 Indonesians", "N:131,000 W:Indonesians"},
		{"numbers id", "id", "12,33 persen dan 1.948 orang", "N:12,33 W:persen W:dan N:1.948 W:orang"},
		{"dollar", "id", "$1,948 miliar", "S:$ N:1,948 W:miliar"},
		{"date slash", "id", "Kamis (4/8).", "W:Kamis P:( N:4/8 P:) P:."},
		{"iso date", "en", "on 2022-08-04, 21-24 Oct", "W:on N:2022-08-04 P:, N:21-24 W:Oct"},
		{"time", "en", "at 10:30 a.m.", "W:at N:10:30 A:a.m."},
		{"percent", "en", "5% of €3", "N:5 S:% W:of S:€ N:3"},
		{"rupiah", "id", "Rp1.948 dan Rp 5", "W:Rp N:1.948 W:dan W:Rp N:5"},
		{"ordinal", "en", "the 65th year of the 1990s", "W:the W:65th W:year W:of W:the W:1990s"},
		{"1990-an", "id", "awal 1990-an", "W:awal W:1990-an"},
		{"abbrevs", "en", "Dr. H.E. L.P. U.S. Mr. X.", "A:Dr. A:H.E. A:L.P. A:U.S. A:Mr. A:X."},
		{"abbrevs id", "id", "Jl. Sudirman No. 5, dr. Ani, S.H., M.Si.", "A:Jl. W:Sudirman A:No. N:5 P:, A:dr. W:Ani P:, A:S.H. P:, A:M.Si."},
		{"No. not before number", "en", "said no. Then", "W:said W:no P:. W:Then"},
		{"Hun Sen.", "en", "met Hun Sen. Sen. Kaine", "W:met W:Hun W:Sen P:. A:Sen. W:Kaine"},
		{"url", "id", "antaranews.com melaporkan", "W:antaranews.com W:melaporkan"},
		{"quotes", "en", `"Yes," he said.`, `P:" W:Yes P:, P:" W:he W:said P:.`},
		{"ellipsis", "en", "wait... now…", "W:wait P:. P:. P:. W:now P:…"},
		{"curly apostrophe", "en", "Cambodia’s", "W:Cambodia’s"},
		{"accents", "en", "Việt Nam café", "W:Việt W:Nam W:café"},
		{"khmer", "en", "ភ្នំពេញ city", "W:ភ្នំពេញ W:city"},
		{"emoji", "en", "ok 👍", "W:ok S:👍"},
		{"glued words id", "id", "menyerahkan bantuankemanusiaan dan terimakasih", "W:menyerahkan W:bantuan W:kemanusiaan W:dan W:terima W:kasih"},
		{"glued words en", "en", "the primeminister and the Primeminister", "W:the W:prime W:minister W:and W:the W:Primeminister"},
		// regressions
		{"G20 B20", "en", "G20 and COVID-19", "W:G20 W:and W:COVID-19"},
		{"sentence-final number", "en", "in 2022. The", "W:in N:2022 P:. W:The"},
		{"decimal end", "en", "rose 1.5.", "W:rose N:1.5 P:."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := text.Tokenize(tt.in, 0, text.Lookup(tt.lang))
			if got := renderTokens(tt.in, toks); got != tt.want {
				t.Errorf("Tokenize(%q)\ngot  %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeBase(t *testing.T) {
	const prefix = "xxxx "
	s := "Dr. Budi, 12,33%."
	toks := text.Tokenize(s, len(prefix), nil)
	full := prefix + s
	if got, want := renderTokens(full, toks), "A:Dr. W:Budi P:, N:12,33 S:% P:."; got != want {
		t.Errorf("Tokenize with base: got %s, want %s", got, want)
	}
}

func TestCaptions(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want           []bool
	}{
		{"credit slash", "en", "Leaders meet in Phnom Penh. (Xinhua/Kok Ky)\nBody text.", []bool{true, false}},
		{"credit antara", "id", "Isi berita.\nMenlu bertemu mitranya (ANTARA/Hafidz)", []bool{false, true}},
		{"credit photo", "en", "Body.\nThe minister speaks. (Photo: Embassy of Indonesia)", []bool{false, true}},
		{"credit foto trailing period", "id", "Menlu tiba di bandara (Foto: Kemlu).\nIsi.", []bool{true, false}},
		{"position first", "id", "Hun Sen (kanan) bertemu Lavrov di Phnom Penh.\nIsi berita.", []bool{true, false}},
		{"position L first", "en", "Ambassador Santo (L) and Minister Chheang Ra.\nBody.", []bool{true, false}},
		{"position not first", "en", "Body.\nAmbassador Santo (L) and Minister Chheang Ra.", []bool{false, false}},
		{"date is no credit", "id", "Ia bertemu Lavrov pada Kamis (4/8).", []bool{false}},
		{"acronym is no credit", "en", "He joined the Association of Southeast Asian Nations (ASEAN).", []bool{false}},
		{"dateline is no credit", "en", "PHNOM PENH, Aug. 5 (Xinhua) -- The talks ended.", []bool{false}},
		{"and/or mid-text", "en", "He said (and/or) nothing else happened today.", []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment(tt.lang, tt.in)
			got := make([]bool, len(d.Paragraphs))
			for i, p := range d.Paragraphs {
				got[i] = p.Caption
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d paragraphs, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("paragraph %d %q: Caption = %v, want %v", i, d.Paragraphs[i].Of(d.Text), got[i], tt.want[i])
				}
			}
		})
	}
}

func TestLookup(t *testing.T) {
	for _, tt := range []struct{ in, want string }{{"en", "en"}, {"id", "id"}, {"und", "en"}, {"", "en"}, {"fr", "en"}} {
		if got := text.Lookup(tt.in).Lang(); got != tt.want {
			t.Errorf("Lookup(%q).Lang() = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !text.Lookup("id").IsAbbrev("Jl.") || text.Lookup("en").IsAbbrev("Jl.") {
		t.Errorf("IsAbbrev(Jl.): want true for id, false for en")
	}
}

// TestTestdata segments the sample articles and checks span properties
// and a few sentence counts.
func TestTestdata(t *testing.T) {
	for _, tt := range []struct {
		lang      string
		paras     int
		sentences int
		captions  int
	}{{"en", 10, 23, 1}, {"id", 10, 20, 2}} {
		d := segment(tt.lang, readTestdata(t, tt.lang))
		checkSpans(t, d)
		caps := 0
		for _, p := range d.Paragraphs {
			if p.Caption {
				caps++
			}
		}
		if len(d.Paragraphs) != tt.paras || len(d.Sentences) != tt.sentences || caps != tt.captions {
			t.Errorf("%s: got %d paragraphs, %d sentences, %d captions; want %d, %d, %d\n%s",
				tt.lang, len(d.Paragraphs), len(d.Sentences), caps, tt.paras, tt.sentences, tt.captions, strings.ReplaceAll(renderSentences(d), " | ", "\n"))
		}
	}
}

func readTestdata(t testing.TB, lang string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + lang + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimRight(string(b), "\n")
}

// checkSpans checks the span properties every segmentation must have.
func checkSpans(t testing.TB, d *doc.Document) {
	t.Helper()
	if err := spanError(d); err != "" {
		t.Errorf("text %q: %s", d.Text, err)
	}
}

func spanError(d *doc.Document) string {
	text := d.Text
	valid := utf8.ValidString(text)
	onBoundary := func(i int) bool { return !valid || i == len(text) || utf8.RuneStart(text[i]) }
	prevEnd := 0
	for _, p := range d.Paragraphs {
		if p.Start < prevEnd || p.End > len(text) || p.Start >= p.End {
			return fmt.Sprintf("paragraph %v out of order or bounds", p.Span)
		}
		if strings.Contains(p.Of(text), "\n") {
			return "paragraph crosses a line"
		}
		prevEnd = p.End
	}
	// gapOK reports whether text[a:b] is all white space.
	gapOK := func(a, b int) bool { return strings.TrimFunc(text[a:b], unicode.IsSpace) == "" }
	prevEnd = 0
	prevPara := -1
	for _, s := range d.Sentences {
		if s.Para < 0 || s.Para >= len(d.Paragraphs) || s.Para < prevPara {
			return "sentence paragraph index out of range or order"
		}
		para := d.Paragraphs[s.Para]
		if !para.Contains(s.Span) {
			return "sentence outside its paragraph: " + s.Of(text)
		}
		if s.Start < prevEnd || s.Start >= s.End {
			return "sentence spans overlap or are empty"
		}
		if len(s.Tokens) == 0 {
			return "sentence without tokens"
		}
		if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			return "sentence span does not match its tokens"
		}
		// Only white space between sentences and at paragraph edges.
		if s.Para != prevPara {
			if prevPara >= 0 && !gapOK(prevEnd, d.Paragraphs[prevPara].End) {
				return "text after the last sentence of a paragraph"
			}
			if !gapOK(para.Start, s.Start) {
				return "text before the first sentence of a paragraph"
			}
		} else if !gapOK(prevEnd, s.Start) {
			return "text between sentences"
		}
		for j, tk := range s.Tokens {
			if !s.Contains(tk.Span) || tk.Start >= tk.End {
				return "token outside its sentence or empty"
			}
			if !onBoundary(tk.Start) || !onBoundary(tk.End) {
				return "token not on rune boundaries"
			}
			if j > 0 {
				if tk.Start < s.Tokens[j-1].End {
					return "tokens overlap"
				}
				if !gapOK(s.Tokens[j-1].End, tk.Start) {
					return fmt.Sprintf("text %q between tokens", text[s.Tokens[j-1].End:tk.Start])
				}
			}
		}
		prevEnd, prevPara = s.End, s.Para
	}
	if prevPara >= 0 && !gapOK(prevEnd, d.Paragraphs[prevPara].End) {
		return "text after the last sentence"
	}
	return ""
}

func FuzzSegment(f *testing.F) {
	f.Add("en", readTestdata(f, "en"))
	f.Add("id", readTestdata(f, "id"))
	for _, s := range []string{
		"Dr. Budi hadir.", "H.E. Mr. X", "Jl. Sudirman No. 5", "L.P. Sihombing", "$1,948 miliar", "12,33 persen",
		`"We agree. We will sign," he said.`, "Kamis (4/8).", "a.b.c.d.", "1.2.3.4.5", "...", "U.S.\"", "x\xffy",
		"Hun Sen.\nSen. Kaine", "Rp1.948,5", "’'-", "(kanan)\n(Xinhua/K)",
	} {
		f.Add("en", s)
		f.Add("id", s)
	}
	f.Fuzz(func(t *testing.T, lang, s string) {
		d := &doc.Document{Text: s, Language: lang}
		text.Segment(d)
		if err := spanError(d); err != "" {
			t.Fatalf("text %q: %s", s, err)
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	docs := []*doc.Document{
		{Text: readTestdata(b, "en"), Language: "en"},
		{Text: readTestdata(b, "id"), Language: "id"},
	}
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var sg text.Segmenter
	for b.Loop() {
		for _, d := range docs {
			sg.Segment(d)
		}
	}
}

// BenchmarkWordScan is the baseline for BenchmarkSegment: a plain byte loop
// counting words over the same text.
func BenchmarkWordScan(b *testing.B) {
	texts := []string{readTestdata(b, "en"), readTestdata(b, "id")}
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	words := 0
	for b.Loop() {
		for _, s := range texts {
			in := false
			for i := 0; i < len(s); i++ {
				c := s[i]
				sp := c == ' ' || c == '\n'
				if !sp && !in {
					words++
				}
				in = !sp
			}
		}
	}
	if words == 0 {
		b.Fatal("no words")
	}
}
