package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
	"golang.org/x/text/unicode/norm"
)

var textTests = []struct {
	name  string
	input string
	want  string
}{
	{"empty", "", ""},
	{"only space", " \t\n\n \r\n", ""},
	{"plain", "The envoy arrived on Monday.", "The envoy arrived on Monday."},
	{"trim and collapse", "  The  envoy\t\tarrived   on Monday.  ", "The envoy arrived on Monday."},
	{"blank lines removed", "First paragraph.\n\n\nSecond paragraph.\n\n", "First paragraph.\nSecond paragraph."},
	{"crlf", "One line.\r\nTwo line.\rThree line.", "One line.\nTwo line.\nThree line."},
	{"unicode line separators", "Alpha.\u2028Beta.\u2029Gamma.\fDelta.", "Alpha.\nBeta.\nGamma.\nDelta."},
	{"typographic quotes", "\u201cWe agree,\u201d the minister\u2019s aide said of the \u2018deal\u2019 \u201eheute\u201c.", "\"We agree,\" the minister's aide said of the 'deal' \"heute\"."},
	{"primes", "A 5\u2032 wall and 9\u2033 gap", "A 5' wall and 9\" gap"},
	{"nbsp and odd spaces", "Rp\u00a05 juta\u2009dan\u202f10\u3000ton", "Rp 5 juta dan 10 ton"},
	{"soft hyphen and zero width", "nego\u00adtiations\u200b with\u200d Ja\u2060karta\ufeff", "negotiations with Jakarta"},
	{"control characters", "Talks\x00 re\x07sumed\x1b today\x7f.\u0085Next.", "Talks resumed today.\nNext."},
	{"nfc", "Gene\u0300ve and Pe\u0301rez", "Genève and Pérez"},
	{"invalid utf8", "Caf\xe9 talks\xff end", "Caf\ufffd talks\ufffd end"},
	{"dashes kept", "Asia\u2013Africa \u2014 a summit", "Asia\u2013Africa \u2014 a summit"},

	// navigation and page chrome
	{"top of page", "top of page\nThe talks began.\nbottom of page", "The talks began."},
	{"back to top", "The talks began.\nBack to top\nSkip to content", "The talks began."},
	{"bullet handle", "  \u2022 piseychoub\nThe talks began.", "The talks began."},
	{"bullet handle at", "\u2022 @newsdesk_id\nThe talks began.", "The talks began."},

	// bylines
	{"byline en", "By Jane Doe\nThe talks began.", "The talks began."},
	{"byline two authors", "By Jane Doe and John Roe, Reuters\nThe talks began.", "The talks began."},
	{"byline oleh", "Oleh: Budi Santoso\nPembicaraan dimulai.", "Pembicaraan dimulai."},
	{"byline oleh spaced", "Oleh : Budi Santoso\nPembicaraan dimulai.", "Pembicaraan dimulai."},
	{"reporter editor", "Pembicaraan dimulai.\nReporter: Siti Aminah\nEditor: Andi Wijaya", "Pembicaraan dimulai."},
	{"penulis pewarta", "Penulis: Rina\nPewarta: Joko\nPembicaraan dimulai.", "Pembicaraan dimulai."},
	{"reuters credit", "The talks began.\n(Reporting by Jane Doe; Editing by John Roe)", "The talks began."},

	// photo credits
	{"photo credit", "Photo: Reuters\nThe talks began.", "The talks began."},
	{"foto credit", "Foto: ANTARA/Budi Santoso\nPembicaraan dimulai.", "Pembicaraan dimulai."},
	{"bracket photo credit", "(Photo/Reuters)\nThe talks began.", "The talks began."},
	{"sumber foto", "Sumber foto: Kementerian Luar Negeri\nPembicaraan dimulai.", "Pembicaraan dimulai."},
	{"credit", "Credit: Embassy handout\nThe talks began.", "The talks began."},

	// related links
	{"baca juga", "Pembicaraan dimulai.\nBaca juga: Harga beras naik lagi\nMenteri tiba.", "Pembicaraan dimulai.\nMenteri tiba."},
	{"baca juga spaced caps", "Baca Juga : Menlu bertemu mitranya\nMenteri tiba.", "Menteri tiba."},
	{"baca juga no colon", "BACA JUGA Menlu bertemu mitranya\nMenteri tiba.", "Menteri tiba."},
	{"read more", "Read more: Ministers meet in Jakarta\nRead also: Trade grows\nThe talks began.", "The talks began."},
	{"related", "Related: Border reopens\nThe talks began.", "The talks began."},
	{"lihat juga", "Lihat juga\nPembicaraan dimulai.", "Pembicaraan dimulai."},
	{"related heading and its headlines", "The talks ended.\n\nRelated Stories\nOCD readies relief goods ahead of La Nina\nJapan donates water purifiers to Cebu\n\nThe minister left.", "The talks ended.\nThe minister left."},
	{"related heading stops at a sentence", "Berita Terkait\nMenlu bertemu mitranya\nPembicaraan dimulai pada Selasa.", "Pembicaraan dimulai pada Selasa."},

	// share, print and ads
	{"share widgets", "Share\nShare this:\nTweet\nThe talks began.\nPrint\nCopy link", "The talks began."},
	{"share bar words", "Facebook Twitter WhatsApp\nThe talks began.\nShare | Print | Email", "The talks began."},
	{"id share widgets", "Bagikan\nCetak\nSalin tautan\nPembicaraan dimulai.", "Pembicaraan dimulai."},
	{"section labels alone on a line", "NATIONAL\nWORLD\nREAD LATER\nThe talks began.\nVideo\nThey ended.", "The talks began.\nThey ended."},
	{"ads", "The talks began.\nADVERTISEMENT\nAdvertisement\n- Advertisement -\nIklan\nScroll to continue with content\nThey ended.", "The talks began.\nThey ended."},
	{"copyright", "The talks began.\nCopyright \u00a9 2024 The Coastal Ledger. All rights reserved.", "The talks began."},
	{"all rights reserved", "The talks began.\nAll rights reserved.", "The talks began."},
	{"rights reserved suffix", "The talks began.\n(c) Ledger Media Group 2024 - all rights reserved", "The talks began."},
	{"hak cipta suffix", "Pembicaraan dimulai.\nKabar Pagi. Hak cipta dilindungi undang-undang.", "Pembicaraan dimulai."},
	{"rights sentence kept", "The charter says all citizens keep all rights reserved to them by the old constitution of the republic, which the court upheld on Monday after a long and bitter dispute between the two chambers of parliament over the reach of federal law and its limits.", "The charter says all citizens keep all rights reserved to them by the old constitution of the republic, which the court upheld on Monday after a long and bitter dispute between the two chambers of parliament over the reach of federal law and its limits."},
	{"copyright symbol", "The talks began.\n\u00a9 2023 Kabar Pagi", "The talks began."},

	// captions and real sentences stay
	{"caption kept", "Ministers shake hands in Port Velmar on Wednesday. (Embassy handout)\nThe talks began on Wednesday.", "Ministers shake hands in Port Velmar on Wednesday. (Embassy handout)\nThe talks began on Wednesday."},
	{"long foto caption kept", "Foto: Presiden menyambut Perdana Menteri negara tetangga di halaman istana pada Kamis pagi sebelum pertemuan bilateral yang membahas perdagangan dan perikanan.", "Foto: Presiden menyambut Perdana Menteri negara tetangga di halaman istana pada Kamis pagi sebelum pertemuan bilateral yang membahas perdagangan dan perikanan."},
	{"share sentence", "The two countries share a long border.", "The two countries share a long border."},
	{"print sentence", "The ministry will print new passports next year.", "The ministry will print new passports next year."},
	{"share word lowercase line", "Shares in the port operator rose 4 percent.", "Shares in the port operator rose 4 percent."},
	{"by sentence", "By contrast, exports to the region fell.", "By contrast, exports to the region fell."},
	{"baca sentence", "Baca teks perjanjian itu dengan teliti, kata menteri.", "Baca teks perjanjian itu dengan teliti, kata menteri."},
	{"copyright sentence", "Copyright law was on the agenda as well.", "Copyright law was on the agenda as well."},
	{"facebook sentence", "Facebook and Twitter were blocked for two days.", "Facebook and Twitter were blocked for two days."},
	{"editor sentence", "The editor of the paper was arrested on Monday.", "The editor of the paper was arrested on Monday."},

	// hard-wrapped text
	{"hard wrapped", "The foreign ministers of the two neighbouring states met on Tuesday\nin the capital to discuss fishing rights, customs procedures and a\njoint patrol of the strait.\n\nOfficials said a second round would follow in the spring, probably in\nthe other capital.",
		"The foreign ministers of the two neighbouring states met on Tuesday in the capital to discuss fishing rights, customs procedures and a joint patrol of the strait.\nOfficials said a second round would follow in the spring, probably in the other capital."},
	{"wrapped hyphen", "Leaders from twenty nations attended the summit of the Asia-\nAfrica group, held every ten years in the city of Bandung,\nwhere it first met.\n\nSecond paragraph.",
		"Leaders from twenty nations attended the summit of the Asia-Africa group, held every ten years in the city of Bandung, where it first met.\nSecond paragraph."},
	{"headline and caption not joined", "Freedonia and Sylvania agree to reopen the border crossings\nMinisters shake hands in Port Velmar. Embassy handout.\n\nThe talks began on Wednesday.",
		"Freedonia and Sylvania agree to reopen the border crossings\nMinisters shake hands in Port Velmar. Embassy handout.\nThe talks began on Wednesday."},
	{"single lines not joined", "The talks began on Wednesday.\nThey ended on Thursday.\n\nA third line.", "The talks began on Wednesday.\nThey ended on Thursday.\nA third line."},
	{"list not joined", "- The first point raised by the delegation concerned fishing rights\n- The second point raised concerned customs procedures at the border\n\nEnd.",
		"- The first point raised by the delegation concerned fishing rights\n- The second point raised concerned customs procedures at the border\nEnd."},
	{"no blank lines no join", "The foreign ministers of the two neighbouring states met on Tuesday\nin the capital to discuss fishing rights, customs procedures and a\njoint patrol of the strait.",
		"The foreign ministers of the two neighbouring states met on Tuesday\nin the capital to discuss fishing rights, customs procedures and a\njoint patrol of the strait."},

	// regressions
	{"crlf blank line", "A.\r\n\r\nB.", "A.\nB."},
	{"cr then lf separately", "A.\r\rB.", "A.\nB."},
	{"nbsp only line", "A.\n\u00a0\nB.", "A.\nB."},
	{"seed-like header", "top of page\n  \u2022 someone\n\nHeadline about two states\n\nCaption under the photo. Embassy.\n\n\nBody sentence one.\n\n\nbottom of page",
		"Headline about two states\nCaption under the photo. Embassy.\nBody sentence one."},
	{"zwj between letter and mark", "e\u200b\u0301 talks", "\u00e9 talks"},
	{"en quad nfc singleton", "a\u2000b", "a b"},
}

func TestText(t *testing.T) {
	for _, tt := range textTests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := Text(tt.input)
			if got != tt.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", tt.input, got, tt.want)
			}
		})
	}
}

func TestTextDiagnostics(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []doc.Level
	}{
		{"clean", "Nothing wrong here.", nil},
		{"invalid utf8", "bad \xff byte", []doc.Level{doc.Warning}},
		{"control", "a\x01b", []doc.Level{doc.Info}},
		{"both", "a\x01\xfe", []doc.Level{doc.Warning, doc.Info}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ds := Text(tt.input)
			var got []doc.Level
			for _, d := range ds {
				got = append(got, d.Level)
				if d.Stage != Stage || d.Message == "" {
					t.Errorf("diagnostic %+v: want stage %q and a message", d, Stage)
				}
			}
			if strings.Join(levels(got), ",") != strings.Join(levels(tt.want), ",") {
				t.Errorf("Text(%q) diagnostics: got %v, want %v", tt.input, got, tt.want)
			}
		})
	}
}

func levels(ls []doc.Level) []string {
	var s []string
	for _, l := range ls {
		s = append(s, string(l))
	}
	return s
}

func TestTextIdempotent(t *testing.T) {
	inputs := []string{}
	for _, tt := range textTests {
		inputs = append(inputs, tt.input)
	}
	inputs = append(inputs, testdataTexts(t)...)
	for _, in := range inputs {
		once, _ := Text(in)
		twice, _ := Text(once)
		if once != twice {
			t.Errorf("Text not idempotent on %q\n once %q\ntwice %q", in, once, twice)
		}
	}
}

// testdataTexts returns the text files under testdata and the text of
// the HTML pages there.
func testdataTexts(t testing.TB) []string {
	var out []string
	files, _ := filepath.Glob("testdata/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Ext(f) {
		case ".txt":
			out = append(out, string(b))
		case ".html":
			p, err := HTML(strings.NewReader(string(b)), "", "")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, p.Text)
		}
	}
	return out
}

func TestEmbeddedRules(t *testing.T) {
	// Every embedded file loads with the duplicate and NFC checks, and
	// every rule kind is present.
	r, err := loadRules("")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.exact) == 0 || len(r.prefix) == 0 || len(r.suffix) == 0 || len(r.widget) == 0 || len(r.regexes) == 0 {
		t.Fatalf("rules missing a kind: %d exact, %d prefix, %d suffix, %d widget, %d regex", len(r.exact), len(r.prefix), len(r.suffix), len(r.widget), len(r.regexes))
	}
	for _, f := range []string{"data/exact.txt", "data/widget.txt", "data/prefix.txt", "data/suffix.txt"} {
		es, err := lexicon.LoadFS(dataFS, f, lexicon.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Field(0) != strings.ToLower(e.Field(0)) {
				t.Errorf("%s: entry %q should be lower case", e.Where(), e.Field(0))
			}
		}
	}
}

func TestExtraBoilerplate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "extra.txt")
	rules := "# site rules\nLangganan koran digital\nprefix\tsimak berita\t80\nsuffix\tdi google news\nregex\tHalaman \\d+ dari \\d+\nwidget\tvk\n"
	if err := os.WriteFile(path, []byte(rules), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := New(Options{ExtraBoilerplate: path})
	if err != nil {
		t.Fatal(err)
	}
	in := "Langganan koran digital\nSimak berita lainnya di sini\nIkuti kami di Google News.\nHalaman 2 dari 5\nVK Facebook\nMenteri tiba di Jakarta."
	want := "Menteri tiba di Jakarta."
	if got, _ := c.Text(in); got != want {
		t.Errorf("with extra rules: got %q, want %q", got, want)
	}
	// The default cleaner is not affected.
	if got, _ := Text(in); got == want {
		t.Errorf("default cleaner used the extra rules: got %q", got)
	}

	bad := []struct{ name, content string }{
		{"unknown kind", "phrase\tfoo\n"},
		{"bad regex", "regex\t(unclosed\n"},
		{"bad limit", "prefix\tfoo:\tmany\n"},
		{"not nfc", "exact\tGene\u0300ve\n"},
	}
	for _, b := range bad {
		p := filepath.Join(dir, strings.ReplaceAll(b.name, " ", "_"))
		if err := os.WriteFile(p, []byte(b.content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := New(Options{ExtraBoilerplate: p}); err == nil {
			t.Errorf("%s: New accepted %q", b.name, b.content)
		}
	}
	if _, err := New(Options{ExtraBoilerplate: filepath.Join(dir, "missing.txt")}); err == nil {
		t.Error("New accepted a missing file")
	}
}

func TestKeepOptions(t *testing.T) {
	c, err := New(Options{KeepBoilerplate: true, KeepWrapped: true})
	if err != nil {
		t.Fatal(err)
	}
	in := "Share\nThe foreign ministers of the two neighbouring states met on Tuesday\nin the capital to discuss fishing rights, customs procedures and a\njoint patrol.\n\nEnd."
	want := "Share\nThe foreign ministers of the two neighbouring states met on Tuesday\nin the capital to discuss fishing rights, customs procedures and a\njoint patrol.\nEnd."
	if got, _ := c.Text(in); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func FuzzText(f *testing.F) {
	for _, tt := range textTests {
		f.Add(tt.input)
	}
	for _, s := range testdataTexts(f) {
		f.Add(s)
	}
	f.Add("\xff\xfe\x00a\u0301\r\n\r\n\u00ad")
	f.Fuzz(func(t *testing.T, in string) {
		out, _ := Text(in)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		if !norm.NFC.IsNormalString(out) {
			t.Fatalf("output not NFC: %q", out)
		}
		if strings.Contains(out, "\n\n") {
			t.Fatalf("blank line in output %q", out)
		}
		if strings.TrimSpace(out) != out {
			t.Fatalf("leading or trailing space in %q", out)
		}
		if again, _ := Text(out); again != out {
			t.Fatalf("not idempotent:\n in %q\n once %q\ntwice %q", in, out, again)
		}
	})
}

func BenchmarkText(b *testing.B) {
	para := "The foreign ministers of Freedonia and Sylvania met on Tuesday in the capital \u201cto discuss\u201d fishing rights, customs procedures and a joint patrol of the strait.\u00a0Officials said a second round would follow.\n\n"
	var sb strings.Builder
	sb.WriteString("top of page\nBy Jane Doe\nShare\n\n")
	for sb.Len() < 3000 {
		sb.WriteString(para)
		sb.WriteString("Baca juga: Menteri bertemu mitranya\n\n")
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Text(in)
	}
}

// TestTextFiles cleans each testdata/*.txt and compares it with the
// .want file beside it.
func TestTextFiles(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			got, _ := Text(string(in))
			if got != strings.TrimSpace(string(want)) {
				t.Errorf("Text(%s)\n got:\n%s\nwant:\n%s", f, got, want)
			}
		})
	}
}
