package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
)

// walkAll runs Walk and returns one summary line per item.
func walkAll(t *testing.T, inputs []string, opt Options) ([]string, []Item) {
	t.Helper()
	var lines []string
	var items []Item
	err := Walk(context.Background(), inputs, opt, func(it Item) error {
		if (it.Doc == nil) == (it.Err == nil) {
			t.Errorf("item must have exactly one of Doc and Err: %+v", it)
		}
		items = append(items, it)
		lines = append(lines, summary(it))
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return lines, items
}

func summary(it Item) string {
	if it.Err != nil {
		return "err " + it.Err.Error()
	}
	d := it.Doc
	raw := d.Raw
	if i := strings.IndexByte(raw, '\n'); i >= 0 {
		raw = raw[:i]
	}
	if r := []rune(raw); len(r) > 30 {
		raw = string(r[:30])
	}
	return fmt.Sprintf("doc %s @%s %s", d.ID, d.Origin, raw)
}

// writeFiles creates files under dir; a value of "\x00dir" makes a folder.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const (
	rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Kabar Pagi - Dunia</title><link>https://kabar.example/</link><language>id-ID</language>
<item><title>Menlu tiba di ibu kota</title><link>https://kabar.example/a/1</link>
<guid>kabar-1</guid><pubDate>Kamis, 04 Agu 2022 10:15:00 +0700</pubDate>
<description>&lt;p&gt;Menteri Luar Negeri tiba pada Kamis pagi.&lt;/p&gt;&lt;p&gt;Kunjungan berlangsung tiga hari.&lt;/p&gt;</description></item>
<item><title>Pelabuhan dibuka kembali</title><link>https://kabar.example/a/2</link>
<pubDate>Fri, 05 Aug 2022 23:30:00 -0700</pubDate>
<description>Pelabuhan di perbatasan dibuka kembali setelah dua pekan.</description></item>
<item><title>Tanpa isi</title><link>https://kabar.example/a/3</link></item>
<item><title>Tanggal aneh</title><link>https://kabar.example/a/4</link><pubDate>kemarin sore</pubDate>
<description>Isi berita dengan tanggal yang tidak terbaca.</description></item>
</channel></rss>`
	atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>The Coastal Ledger</title><id>urn:ledger</id><updated>2024-03-14T10:00:00Z</updated>
<entry><title>Harbour talks open</title><id>urn:ledger:1</id>
<link href="https://ledger.example/harbour"/><published>2024-03-14T09:30:00+07:00</published>
<updated>2024-03-15T01:00:00Z</updated>
<content type="html">&lt;p&gt;The ministers of Freedonia and Sylvania opened talks.&lt;/p&gt;</content></entry>
<entry><title>Ferry routes close</title><id>urn:ledger:2</id>
<link href="https://ledger.example/ferry"/><updated>2024-03-13T08:00:00Z</updated>
<summary>Storms closed the northern ferry routes for a week.</summary></entry>
</feed>`
)

func TestWalkFiles(t *testing.T) {
	tests := []struct {
		name   string
		files  map[string]string
		inputs []string
		opt    Options
		want   []string
	}{
		{
			name:   "text file",
			files:  map[string]string{"talks.txt": "The envoys met.\nThey agreed.\n"},
			inputs: []string{"talks.txt"},
			want:   []string{"doc talks @talks.txt The envoys met."},
		},
		{
			name:   "other extension that is text",
			files:  map[string]string{"notes.log": "Envoys met on Monday."},
			inputs: []string{"notes.log"},
			want:   []string{"doc notes @notes.log Envoys met on Monday."},
		},
		{
			name:   "json single object with id",
			files:  map[string]string{"one.json": `{"id": "rec-7", "text": "Ministers met.", "published": "2023-11-22"}`},
			inputs: []string{"one.json"},
			want:   []string{"doc rec-7 @one.json Ministers met."},
		},
		{
			name:   "json single object without id takes the file name",
			files:  map[string]string{"story.json": `{"text": "Ministers met."}`},
			inputs: []string{"story.json"},
			want:   []string{"doc story @story.json Ministers met."},
		},
		{
			name:   "json array",
			files:  map[string]string{"arr.json": "[\n {\"id\": 12, \"text\": \"First.\"},\n {\"text\": \"Second.\"},\n {\"title\": \"no text\"}\n]"},
			inputs: []string{"arr.json"},
			want: []string{
				"doc 12 @arr.json:2 First.",
				"doc " + hashID("Second.") + " @arr.json:3 Second.",
				"err arr.json:4: record has no text (fields text or maintext)",
			},
		},
		{
			name:   "json malformed",
			files:  map[string]string{"bad.json": "{\"text\": \"x\",\n\"id\": }"},
			inputs: []string{"bad.json"},
			want:   []string{"err bad.json:1: malformed JSON: invalid character '}' looking for beginning of value"},
		},
		{
			name:   "json empty array",
			files:  map[string]string{"none.json": "[]"},
			inputs: []string{"none.json"},
			want:   []string{"err none.json: empty file"},
		},
		{
			name: "jsonl with a bad line in the middle",
			files: map[string]string{"seeds.jsonl": `{"id": "a", "text": "Alpha."}
{"text": "Bravo."}

{"id": "c", "text": broken}
{"id": 4, "maintext": "Delta.", "date_publish": "2023-11-22 10:15:00"}
{"id": "e", "title": "no text here"}
[1, 2]
{"id": "f", "text": "   "}
{"id": "g", "text": "Golf."}`},
			inputs: []string{"seeds.jsonl"},
			want: []string{
				"doc a @seeds.jsonl:1 Alpha.",
				"doc seeds-2 @seeds.jsonl:2 Bravo.",
				"err seeds.jsonl:4: malformed JSON: invalid character 'b' looking for beginning of value",
				"doc 4 @seeds.jsonl:5 Delta.",
				"err seeds.jsonl:6: record has no text (fields text or maintext)",
				"err seeds.jsonl:7: malformed JSON: record is a JSON array, not an object",
				"err seeds.jsonl:8: record has no text (fields text or maintext)",
				"doc g @seeds.jsonl:9 Golf.",
			},
		},
		{
			name:   "jsonl crlf and no final newline",
			files:  map[string]string{"w.ndjson": "{\"id\":\"a\",\"text\":\"A.\"}\r\n{\"id\":\"b\",\"text\":\"B.\"}"},
			inputs: []string{"w.ndjson"},
			want:   []string{"doc a @w.ndjson:1 A.", "doc b @w.ndjson:2 B."},
		},
		{
			name:   "jsonl record over the limit",
			files:  map[string]string{"big.jsonl": `{"id":"a","text":"` + strings.Repeat("x", 300) + `"}` + "\n" + `{"id":"b","text":"Short."}` + "\n"},
			inputs: []string{"big.jsonl"},
			opt:    Options{MaxBytes: 100},
			want:   []string{"err big.jsonl:1: record is 320 bytes, over the 100 bytes limit", "doc b @big.jsonl:2 Short."},
		},
		{
			name:   "empty file",
			files:  map[string]string{"empty.txt": ""},
			inputs: []string{"empty.txt"},
			want:   []string{"err empty.txt: empty file"},
		},
		{
			name:   "white space only",
			files:  map[string]string{"blank.txt": " \n\t\n"},
			inputs: []string{"blank.txt"},
			want:   []string{"err blank.txt: empty file"},
		},
		{
			name:   "empty jsonl",
			files:  map[string]string{"empty.jsonl": "\n\n"},
			inputs: []string{"empty.jsonl"},
			want:   []string{"err empty.jsonl: empty file"},
		},
		{
			name:   "binary file",
			files:  map[string]string{"x.bin": "\x7fELF\x02\x01\x01\x00\x00\x00"},
			inputs: []string{"x.bin"},
			want:   []string{"err x.bin: binary file (not text)"},
		},
		{
			name:   "control bytes",
			files:  map[string]string{"ctl.txt": strings.Repeat("a\x01\x02\x03", 10)},
			inputs: []string{"ctl.txt"},
			want:   []string{"err ctl.txt: binary file (not text)"},
		},
		{
			name:   "binary jsonl",
			files:  map[string]string{"x.jsonl": "{\"text\":\"a\"}\x00\x00"},
			inputs: []string{"x.jsonl"},
			want:   []string{"err x.jsonl: binary file (not text)"},
		},
		{
			name:   "file over the limit",
			files:  map[string]string{"big.txt": strings.Repeat("word ", 30)},
			inputs: []string{"big.txt"},
			opt:    Options{MaxBytes: 100},
			want:   []string{"err big.txt: file is 150 bytes, over the 100 bytes limit"},
		},
		{
			name:   "missing file",
			inputs: []string{"nope.txt"},
			want:   []string{"err nope.txt: no such file or directory"},
		},
		{
			name: "folder in lexical order, hidden and unknown files skipped",
			files: map[string]string{
				"in/b.txt":            "Bravo.",
				"in/a.txt":            "Alpha.",
				"in/sub/c.md":         "Charlie.",
				"in/sub/d.jsonl":      `{"id":"d1","text":"Delta."}`,
				"in/A-upper.txt":      "Upper.",
				"in/.hidden.txt":      "Hidden.",
				"in/.git/config.txt":  "Hidden folder.",
				"in/photo.jpg":        "\xff\xd8\xff",
				"in/notes.docx":       "skipped",
				"in/z/empty.txt":      "",
				"in/sub/e.html":       "<html><head><title>Echo</title></head><body><p>Echo body.</p></body></html>",
				"in/sub/f.json":       `{"text":"Foxtrot."}`,
				"in/sub/g.xml":        atomFeed,
				"in/sub/h/deeper.txt": "Hotel.",
			},
			inputs: []string{"in"},
			want: []string{
				"doc A-upper @in/A-upper.txt Upper.",
				"doc a @in/a.txt Alpha.",
				"doc b @in/b.txt Bravo.",
				"doc c @in/sub/c.md Charlie.",
				"doc d1 @in/sub/d.jsonl:1 Delta.",
				"doc e @in/sub/e.html Echo body.",
				"doc f @in/sub/f.json Foxtrot.",
				"doc urn:ledger:1 @in/sub/g.xml#1 The ministers of Freedonia and",
				"doc urn:ledger:2 @in/sub/g.xml#2 Storms closed the northern fer",
				"doc deeper @in/sub/h/deeper.txt Hotel.",
				"err in/z/empty.txt: empty file",
			},
		},
		{
			name:   "inputs keep their order",
			files:  map[string]string{"1.txt": "One.", "2.txt": "Two."},
			inputs: []string{"2.txt", "nope.txt", "1.txt"},
			want:   []string{"doc 2 @2.txt Two.", "err nope.txt: no such file or directory", "doc 1 @1.txt One."},
		},
		{
			name:   "rss feed",
			files:  map[string]string{"news.rss": rssFeed},
			inputs: []string{"news.rss"},
			want: []string{
				"doc kabar-1 @news.rss#1 Menteri Luar Negeri tiba pada ",
				"doc " + urlID("https://kabar.example/a/2") + " @news.rss#2 Pelabuhan di perbatasan dibuka",
				"err news.rss#3: feed item has no text (content or description)",
				"doc " + urlID("https://kabar.example/a/4") + " @news.rss#4 Isi berita dengan tanggal yang",
			},
		},
		{
			name:   "malformed feed",
			files:  map[string]string{"bad.xml": "<rss><channel><title>x</title"},
			inputs: []string{"bad.xml"},
			want:   []string{"err bad.xml: malformed feed: XML syntax error on line 1: unexpected EOF"},
		},

		// regressions
		{
			name:   "utf8 bom",
			files:  map[string]string{"bom.json": "\ufeff{\"id\":\"x\",\"text\":\"Bom.\"}"},
			inputs: []string{"bom.json"},
			want:   []string{"doc x @bom.json Bom."},
		},
		{
			name:   "json stream of objects",
			files:  map[string]string{"multi.json": "{\"text\":\"A.\"}\n{\"text\":\"B.\"}"},
			inputs: []string{"multi.json"},
			want:   []string{"doc multi-1 @multi.json:1 A.", "doc multi-2 @multi.json:2 B."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			t.Chdir(dir)
			got, _ := walkAll(t, tt.inputs, tt.opt)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Walk(%v)\n got:\n  %s\nwant:\n  %s", tt.inputs, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestRecordFields(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"r.jsonl": strings.Join([]string{
		`{"id":"np","maintext":"News-please text.","date_publish":"2023-11-22 10:15:00","source_domain":"ledger.example","language":"en","title":"T","url":"https://ledger.example/x","description":"ignored"}`,
		`{"id":"both","text":"Own.","maintext":"Other.","outlet":"Ledger","source_domain":"ledger.example","published":"2024-01-02T23:00:00-05:00","date_publish":"1999-01-01"}`,
		`{"id":"baddate","text":"Text.","published":"sometime in May"}`,
		`{"id":"html","text":"<div><p>First para of markup.</p><figure><img src=x.jpg><figcaption>A caption under the photo.</figcaption></figure><p>Second para.</p></div>","url":"https://k.example/1"}`,
		`{"id":"lang","text":"Teks.","language":"id_ID","published":"Kamis, 04 Agu 2022 10:15:00 +0700"}`,
		`{"id":"lt","text":"1 < 2 is a fact."}`,
	}, "\n")})
	_, items := walkAll(t, []string{"r.jsonl"}, Options{})
	want := []doc.Document{
		{ID: "np", Origin: "r.jsonl:1", URL: "https://ledger.example/x", Title: "T", Outlet: "ledger.example", Published: "2023-11-22", InputLanguage: "en", Raw: "News-please text."},
		{ID: "both", Origin: "r.jsonl:2", Outlet: "Ledger", Published: "2024-01-02", Raw: "Own."},
		{ID: "baddate", Origin: "r.jsonl:3", Raw: "Text."},
		{ID: "html", Origin: "r.jsonl:4", URL: "https://k.example/1", Raw: "First para of markup.\nA caption under the photo.\nSecond para."},
		{ID: "lang", Origin: "r.jsonl:5", Published: "2022-08-04", InputLanguage: "id", Raw: "Teks."},
		{ID: "lt", Origin: "r.jsonl:6", Raw: "1 < 2 is a fact."},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d: %v", len(items), len(want), items)
	}
	for i, it := range items {
		if it.Err != nil {
			t.Errorf("item %d: %v", i, it.Err)
			continue
		}
		got := *it.Doc
		diags := got.Diagnostics
		got.Diagnostics = nil
		if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want[i]) {
			t.Errorf("record %d\n got %+v\nwant %+v", i+1, got, want[i])
		}
		if got.ID == "baddate" {
			if len(diags) != 1 || diags[0].Level != doc.Warning || !strings.Contains(diags[0].Message, `"sometime in May"`) {
				t.Errorf("baddate diagnostics: got %+v, want one warning naming the value", diags)
			}
		} else if len(diags) != 0 {
			t.Errorf("record %s: unexpected diagnostics %+v", got.ID, diags)
		}
	}
}

func TestHTMLFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	page := `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Judul | Kabar Pagi</title>
<meta property="og:site_name" content="Kabar Pagi"><meta property="article:published_time" content="2023-08-04T10:15:00+07:00"></head>
<body><nav><a href="/">Beranda</a></nav><article><h1>Judul</h1>
<p>Menteri Luar Negeri kedua negara bertemu di ibu kota pada hari Kamis untuk membahas perdagangan dan perikanan di wilayah perbatasan.</p>
<p>Keduanya sepakat membentuk kelompok kerja bersama yang akan bertemu setiap tiga bulan sekali, kata juru bicara kementerian kepada wartawan.</p>
</article><footer>Hak cipta 2023</footer></body></html>`
	writeFiles(t, dir, map[string]string{"berita.html": page})
	_, items := walkAll(t, []string{"berita.html"}, Options{})
	if len(items) != 1 || items[0].Doc == nil {
		t.Fatalf("got %v, want one document", items)
	}
	d := items[0].Doc
	got := fmt.Sprintf("%s|%s|%s|%s|%s|%s", d.ID, d.Origin, d.Title, d.Outlet, d.Published, d.InputLanguage)
	if want := "berita|berita.html|Judul|Kabar Pagi|2023-08-04|id"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if !strings.HasPrefix(d.Raw, "Menteri Luar Negeri kedua negara") || strings.Contains(d.Raw, "Beranda") || strings.Contains(d.Raw, "Hak cipta") {
		t.Errorf("Raw = %q", d.Raw)
	}
	if d.Text != "" || d.Language != "" {
		t.Errorf("ingest set Text %q or Language %q", d.Text, d.Language)
	}
}

func TestFeedFields(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"news.rss": rssFeed, "ledger.atom": atomFeed})
	_, items := walkAll(t, []string{"news.rss", "ledger.atom"}, Options{})
	var got []string
	for _, it := range items {
		if it.Err != nil {
			got = append(got, "err "+it.Err.Error())
			continue
		}
		d := it.Doc
		got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%d", d.ID, d.Title, d.URL, d.Outlet, d.Published, d.InputLanguage, len(d.Diagnostics)))
	}
	want := []string{
		"kabar-1|Menlu tiba di ibu kota|https://kabar.example/a/1|Kabar Pagi - Dunia|2022-08-04|id|0",
		urlID("https://kabar.example/a/2") + "|Pelabuhan dibuka kembali|https://kabar.example/a/2|Kabar Pagi - Dunia|2022-08-05|id|0",
		"err news.rss#3: feed item has no text (content or description)",
		urlID("https://kabar.example/a/4") + "|Tanggal aneh|https://kabar.example/a/4|Kabar Pagi - Dunia||id|1",
		"urn:ledger:1|Harbour talks open|https://ledger.example/harbour|The Coastal Ledger|2024-03-14|en|0",
		"urn:ledger:2|Ferry routes close|https://ledger.example/ferry|The Coastal Ledger|2024-03-13|en|0",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("feeds\n got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if len(items) > 0 && items[0].Doc != nil {
		if r := items[0].Doc.Raw; r != "Menteri Luar Negeri tiba pada Kamis pagi.\nKunjungan berlangsung tiga hari." {
			t.Errorf("HTML description not reduced to paragraphs: %q", r)
		}
	}
}

func TestWindows1252Text(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		"latin.txt": "D\xe9l\xe9gations \x93officielles\x94 \x96 Gen\xe8ve.",
		"mixed.txt": "Délégations à Genève, one stray \xff byte.",
	})
	_, items := walkAll(t, []string{"latin.txt", "mixed.txt"}, Options{})
	if len(items) != 2 || items[0].Doc == nil || items[1].Doc == nil {
		t.Fatalf("got %v", items)
	}
	if got, want := items[0].Doc.Raw, "Délégations “officielles” – Genève."; got != want {
		t.Errorf("latin.txt Raw = %q, want %q", got, want)
	}
	if len(items[0].Doc.Diagnostics) != 1 || !strings.Contains(items[0].Doc.Diagnostics[0].Message, "Windows-1252") {
		t.Errorf("latin.txt diagnostics = %+v", items[0].Doc.Diagnostics)
	}
	// Mostly UTF-8 with one bad byte stays UTF-8, for clean.Text to repair.
	if got := items[1].Doc.Raw; !strings.HasPrefix(got, "Délégations à Genève") || utf8.ValidString(got) {
		t.Errorf("mixed.txt Raw = %q", got)
	}
}

func TestWindows1252HTML(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		"meta.html":   "<html><head><meta charset=\"windows-1252\"><title>Gen\xe8ve</title></head><body><p>D\xe9l\xe9gations \x93officielles\x94 \x96 Gen\xe8ve.</p></body></html>",
		"nometa.html": "<html><body><p>D\xe9l\xe9gations \x96 Gen\xe8ve.</p></body></html>",
		"utf8.htm":    "<html><body><p>Délégations – Genève.</p></body></html>",
	})
	got, _ := walkAll(t, []string{"meta.html", "nometa.html", "utf8.htm"}, Options{})
	want := []string{
		"doc meta @meta.html Délégations “officielles” – Ge",
		"doc nometa @nometa.html Délégations – Genève.",
		"doc utf8 @utf8.htm Délégations – Genève.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestUTF16(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	// "Hi." in UTF-16LE with a BOM.
	writeFiles(t, dir, map[string]string{"u16.txt": "\xff\xfeH\x00i\x00.\x00"})
	got, _ := walkAll(t, []string{"u16.txt"}, Options{})
	if want := "doc u16 @u16.txt Hi."; len(got) != 1 || got[0] != want {
		t.Errorf("got %v, want %q", got, want)
	}
}

func TestBrokenSymlink(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"in/a.txt": "Alpha."})
	if err := os.Symlink("missing.txt", filepath.Join("in", "b.txt")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	got, items := walkAll(t, []string{"in"}, Options{})
	want := []string{"doc a @in/a.txt Alpha.", "err in/b.txt: no such file or directory"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %v, want %v", got, want)
	}
	if len(items) == 2 && !errors.Is(items[1].Err, fs.ErrNotExist) {
		t.Errorf("error %v is not fs.ErrNotExist", items[1].Err)
	}
}

func TestSentinels(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		"x.bin":     "a\x00b",
		"e.txt":     "",
		"big.txt":   strings.Repeat("x", 200),
		"r.jsonl":   "{\"title\":\"x\"}\n{bad\n",
		"empty.xml": `<rss version="2.0"><channel><title>t</title></channel></rss>`,
	})
	_, items := walkAll(t, []string{"x.bin", "e.txt", "big.txt", "r.jsonl", "empty.xml", "nope.txt"}, Options{MaxBytes: 100})
	want := []error{ErrBinary, ErrEmpty, ErrTooLarge, ErrNoText, ErrMalformed, ErrEmpty, fs.ErrNotExist}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d: %v", len(items), len(want), items)
	}
	for i, it := range items {
		var ie *InputError
		if !errors.As(it.Err, &ie) {
			t.Errorf("item %d: %v is not an *InputError", i, it.Err)
			continue
		}
		if !errors.Is(it.Err, want[i]) {
			t.Errorf("item %d: %v is not %v", i, it.Err, want[i])
		}
	}
	if ie := items[4].Err.(*InputError); ie.Input != "r.jsonl" || ie.Line != 2 {
		t.Errorf("malformed line error names %s:%d, want r.jsonl:2", ie.Input, ie.Line)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{"text", "Plain text from a pipe.\nSecond line.", []string{"doc " + hashID("Plain text from a pipe.\nSecond line.") + " @stdin Plain text from a pipe."}},
		{"jsonl", "{\"id\":\"a\",\"text\":\"A.\"}\n{oops}\n{\"text\":\"C.\"}\n", []string{"doc a @stdin:1 A.", "err stdin:2: malformed JSON: invalid character 'o' looking for beginning of object key string", "doc stdin-3 @stdin:3 C."}},
		{"json object over lines", "{\n \"id\": \"p\",\n \"text\": \"Pretty.\"\n}\n", []string{"doc p @stdin Pretty."}},
		{"json array", "[{\"id\":\"a\",\"text\":\"A.\"},{\"id\":\"b\",\"text\":\"B.\"}]", []string{"doc a @stdin:1 A.", "doc b @stdin:1 B."}},
		{"html", "<!DOCTYPE html><html><head><title>Piped</title></head><body><p>Piped page body.</p></body></html>", []string{"doc " + hashID("Piped page body.") + " @stdin Piped page body."}},
		{"feed", atomFeed, []string{"doc urn:ledger:1 @stdin#1 The ministers of Freedonia and", "doc urn:ledger:2 @stdin#2 Storms closed the northern fer"}},
		{"empty", "  \n", []string{"err stdin: empty input"}},
		{"binary", "\x00\x01\x02", []string{"err stdin: binary file (not text)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := walkAll(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.input)})
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("stdin %q\n got:\n  %s\nwant:\n  %s", tt.input, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"r.jsonl": "{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n{\"text\":\"C.\"}\n", "z.txt": "Z."})

	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{"r.jsonl", "z.txt"}, Options{}, func(Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("callback error: Walk returned %v after %d items, want %v after 2", err, n, stop)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Walk(ctx, []string{"r.jsonl", "z.txt"}, Options{}, func(Item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancel: Walk returned %v after %d items, want context.Canceled after 1", err, n)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  kind
	}{
		{"object", ` {"a":1}`, kindJSON},
		{"array", "[1]", kindJSON},
		{"doctype", "<!DOCTYPE html><html>", kindHTML},
		{"html", "\n<HTML lang=en>", kindHTML},
		{"rss", "<rss version=\"2.0\">", kindFeed},
		{"xml feed", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", kindFeed},
		{"xml other", "<?xml version=\"1.0\"?><note/>", kindText},
		{"text", "Plain words.", kindText},
		{"lt text", "<3 this story", kindText},
		// regressions
		{"bom json", "\ufeff{\"a\":1}", kindJSON},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.input)); got != tt.want {
			t.Errorf("%s: sniff(%q) = %v, want %v", tt.name, tt.input, got, tt.want)
		}
	}
}

func BenchmarkWalkJSONL(b *testing.B) {
	dir := b.TempDir()
	p := filepath.Join(dir, "bench.jsonl")
	para := strings.Repeat("The foreign ministers of Freedonia and Sylvania met on Tuesday to discuss fishing rights. ", 32)
	var sb strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&sb, `{"id":"r%d","text":%q,"published":"2023-11-22","outlet":"Ledger"}`+"\n", i, para)
	}
	if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(sb.Len()))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := Walk(context.Background(), []string{p}, Options{}, func(it Item) error {
			if it.Err != nil {
				return it.Err
			}
			n++
			return nil
		})
		if err != nil || n != 1000 {
			b.Fatalf("Walk: %v, %d docs", err, n)
		}
	}
}
