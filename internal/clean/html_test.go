package clean

import (
	"os"
	"strings"
	"testing"
)

func readPage(t *testing.T, name, contentType string) Page {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := HTML(f, contentType, "https://news.example.com/a/1")
	if err != nil {
		t.Fatalf("HTML(%s): %v", name, err)
	}
	return p
}

func TestHTMLPages(t *testing.T) {
	tests := []struct {
		name        string
		file        string
		contentType string
		want        Page     // metadata fields; Text is checked with keep/drop
		keep        []string // substrings that must be in Text
		drop        []string // substrings that must not be
		firstLine   string   // Text's first paragraph, if set
	}{
		{
			name: "english news page", file: "news_en.html",
			want: Page{Title: "Harbour talks open between Freedonia and Sylvania", Published: "2024-03-14",
				Outlet: "The Coastal Ledger", Language: "en", Description: "Delegations from both states met to discuss port fees."},
			keep: []string{
				"The foreign ministers of Freedonia and Sylvania opened two days of talks",
				"Analysts said a deal could lower shipping costs",
				"Foreign ministers of Freedonia and Sylvania shake hands at the eastern quay of Port Velmar on Wednesday.\nThe foreign ministers",
			},
			drop:      []string{"Home", "Sport", "Related stories", "Storm closes", "newsletter", "Privacy", "should never appear", "WhatsApp", "Copy link", "color: red"},
			firstLine: "Foreign ministers of Freedonia and Sylvania shake hands at the eastern quay of Port Velmar on Wednesday.",
		},
		{
			name: "indonesian page", file: "berita_id.html",
			want: Page{Title: "Menlu Nusantara Raya kunjungi Kepulauan Selatan", Published: "2023-08-04",
				Outlet: "Kabar Pagi", Language: "id"},
			keep: []string{
				"Menteri Luar Negeri Nusantara Raya tiba di bandara ibu kota Kepulauan Selatan, Kamis (3/8/2023).",
				"kedua menteri sepakat untuk membentuk kelompok kerja bersama",
				"Kunjungan tersebut merupakan yang pertama",
			},
			drop:      []string{"Beranda", "Bagikan", "Hak cipta"},
			firstLine: "Menteri Luar Negeri Nusantara Raya tiba di bandara ibu kota Kepulauan Selatan, Kamis (3/8/2023).",
		},
		{
			name: "windows-1252 page", file: "cp1252.html",
			want: Page{Title: "Accord commercial signé à Genève", Published: "2021-06-02", Language: "fr"},
			keep: []string{"Les délégations de Freedonie", "« Nous avons obtenu un résultat équilibré »", "la ministre – visiblement soulagée –"},
			drop: []string{"\ufffd"},
		},
		{
			name: "header overrides meta charset", file: "cp1252.html", contentType: "text/html; charset=windows-1252",
			want: Page{Title: "Accord commercial signé à Genève", Published: "2021-06-02", Language: "fr"},
			keep: []string{"coopération renforcée"},
		},
		{
			name: "fallback walker", file: "short.html",
			want: Page{Title: "Embassy note", Published: "2022-08-04", Language: "id"},
			keep: []string{"Kedutaan mengumumkan jadwal baru.", "Layanan paspor dibuka pukul delapan."},
			drop: []string{"Menu utama", "Bagikan"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := readPage(t, tt.file, tt.contentType)
			got := p
			got.Text = ""
			if tt.want.Description == "" {
				got.Description = ""
			}
			if got != tt.want {
				t.Errorf("metadata\n got %+v\nwant %+v", got, tt.want)
			}
			for _, k := range tt.keep {
				if !strings.Contains(p.Text, k) {
					t.Errorf("text lost %q; got:\n%s", k, p.Text)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(p.Text, d) {
					t.Errorf("text kept %q; got:\n%s", d, p.Text)
				}
			}
			if tt.firstLine != "" {
				if first, _, _ := strings.Cut(p.Text, "\n"); first != tt.firstLine {
					t.Errorf("first paragraph: got %q, want %q", first, tt.firstLine)
				}
			}
			if strings.Contains(p.Text, "\n\n") {
				t.Errorf("blank line in text %q", p.Text)
			}
		})
	}
}

func TestHTMLThenText(t *testing.T) {
	// The Indonesian page's "Baca juga" line survives extraction and is
	// removed by Text; the caption stays a paragraph of its own.
	p := readPage(t, "berita_id.html", "")
	got, _ := Text(p.Text)
	if strings.Contains(got, "Baca juga") {
		t.Errorf("Text kept the Baca juga line:\n%s", got)
	}
	lines := strings.Split(got, "\n")
	if len(lines) != 5 {
		t.Errorf("got %d paragraphs, want 5 (caption + 4 body):\n%s", len(lines), got)
	}
}

func TestHTMLSnippets(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  Page
	}{
		{"empty", "", Page{}},
		{"only chrome", `<html><body><nav><a href="/">Home</a></nav></body></html>`, Page{}},
		{"fragment", `<p>Menteri tiba di Jakarta.</p><p>Pertemuan dimulai.</p>`, Page{Text: "Menteri tiba di Jakarta.\nPertemuan dimulai."}},
		{"br splits", `<div>Line one<br>Line two</div>`, Page{Text: "Line one\nLine two"}},
		{"title suffix stripped", `<html lang="en-US"><head><title>Talks resume | Daily Bugle</title><meta property="og:site_name" content="Daily Bugle"></head><body><p>Talks resumed.</p></body></html>`,
			Page{Title: "Talks resume", Outlet: "Daily Bugle", Language: "en", Text: "Talks resumed."}},
		{"time element", `<html><body><article><time datetime="2020-02-29T23:00:00-05:00">Feb 29</time><p>Leap-day talks.</p></article></body></html>`,
			Page{Published: "2020-02-29", Text: "Feb 29\nLeap-day talks."}},
		{"json-ld graph", `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2019-07-01","headline":"Graph headline","publisher":{"name":"Graph News"},"inLanguage":"in-ID"}]}</script></head><body><p>Body.</p></body></html>`,
			Page{Title: "Graph headline", Published: "2019-07-01", Outlet: "Graph News", Language: "id", Text: "Body."}},
		{"figure alt without caption", `<html><body><figure><img alt="Two ministers sign the accord"></figure><p>They signed.</p></body></html>`,
			Page{Text: "Two ministers sign the accord\nThey signed."}},

		// regressions
		{"bad json-ld ignored", `<html><head><script type="application/ld+json">{not json</script></head><body><p>Body.</p></body></html>`, Page{Text: "Body."}},
		{"one-word alt ignored", `<html><body><figure><img alt="logo"></figure><p>Body.</p></body></html>`, Page{Text: "Body."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTML(strings.NewReader(tt.input), "text/html; charset=utf-8", "")
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("HTML(%q)\n got %+v\nwant %+v", tt.input, got, tt.want)
			}
		})
	}
}

func TestHTMLUnknownCharset(t *testing.T) {
	// An unknown label in the header is ignored, as browsers do.
	p, err := HTML(strings.NewReader("<p>Caf\xc3\xa9 talks.</p>"), "text/html; charset=klingon-8", "")
	if err != nil {
		t.Fatal(err)
	}
	if p.Text != "Café talks." {
		t.Errorf("got %q, want %q", p.Text, "Café talks.")
	}
}

func TestDate(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
	}{
		{"iso", "2023-11-22", "2023-11-22"},
		{"rfc3339", "2023-11-22T23:30:00+07:00", "2023-11-22"},
		{"rfc3339 utc fraction", "2023-11-22T10:15:00.123Z", "2023-11-22"},
		{"news-please", "2023-11-22 10:15:00", "2023-11-22"},
		{"slashes", "2023/1/5", "2023-01-05"},
		{"compact", "20230105", "2023-01-05"},
		{"compact time", "20230105T101500Z", "2023-01-05"},
		{"rfc1123", "Thu, 04 Aug 2022 10:15:00 GMT", "2022-08-04"},
		{"rfc1123z", "Thu, 04 Aug 2022 23:15:00 -0700", "2022-08-04"},
		{"indonesian feed", "Kamis, 04 Agu 2022 10:15:00 +0700", "2022-08-04"},
		{"indonesian long", "Jumat, 5 Agustus 2022", "2022-08-05"},
		{"indonesian jum'at", "Jum'at, 26 Januari 2023 07:00 WIB", "2023-01-26"},
		{"indonesian nop", "3 Nop 2021", "2021-11-03"},
		{"english long", "August 4, 2022", "2022-08-04"},
		{"ordinal", "4th August 2022", "2022-08-04"},
		{"day first unambiguous", "24/01/2023", "2023-01-24"},
		{"month first unambiguous", "01/24/2023", "2023-01-24"},
		{"ambiguous", "04/08/2022", ""},
		{"empty", "", ""},
		{"garbage", "yesterday", ""},
		{"no year", "4 August", ""},
		{"bad day", "2023-02-30", ""},
		{"bad month", "2023-13-01", ""},

		// regressions
		{"time before date", "10:15 WIB, 4 Agustus 2022", "2022-08-04"},
		{"offset not a year", "4 Agustus +2022", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Date(tt.input)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("Date(%q) = %q, %v; want %q", tt.input, got, ok, tt.want)
			}
		})
	}
}

func TestLangTag(t *testing.T) {
	for in, want := range map[string]string{"en-GB": "en", "id_ID": "id", "in": "id", "ID": "id", "": "", "x": "", "english": "", "fr": "fr", "zh-Hant-TW": "zh"} {
		if got := LangTag(in); got != want {
			t.Errorf("LangTag(%q) = %q, want %q", in, got, want)
		}
	}
}
