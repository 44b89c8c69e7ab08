package meta

import (
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

func TestApply(t *testing.T) {
	tests := []struct {
		name, text, published                  string
		wantPub, wantPlace, wantDate, wantOutl string
	}{
		{"wire id", "Caption here.\nBANGKOK, 7 Maret (Xinhua) — Menteri bertemu pada 2024.", "", "2024-03-07", "Bangkok", "2024-03-07", "Xinhua"},
		{"wire en", "MANILA, March 14 (Reuters) - The minister met.", "2023-03-15", "2023-03-15", "Manila", "2023-03-14", "Reuters"},
		{"agency between slashes", "ULAANBAATAR, May 12. /TASS/. The ministers met on Monday. Trade grew in 2025.", "", "2025-05-12", "Ulaanbaatar", "2025-05-12", "TASS"},
		{"caps only", "HANOI – The two sides agreed.", "2023-03-15", "2023-03-15", "Hanoi", "", ""},
		{"date line under a dozen lines of menus", "The Daily Courier\nNews\nOpinion\nSport\nCulture\nWorld\nAsia\nTalks in Hanoi end with a pact\nThe two sides agree to meet again next year\nAnna Berg in Hanoi\nWed 8 Jan 2025 06.30 GMT\nShare\nThe ministers met on Tuesday.", "", "2025-01-08", "", "", ""},
		{"published date below an updated one", "World\nTalks in Seoul\nUpdated 2:37 AM EDT, Wed April 2, 2025\nPublished 9:12 PM EDT, Tue April 1, 2025\nThe ministers met on Tuesday.", "", "2025-04-01", "", "", ""},
		{"updated date alone", "World\nTalks in Hanoi\nUpdated 10:42 PM GMT+7, November 7, 2024\nShare\nThe ministers met on Thursday.", "", "2024-11-07", "", "", ""},
		{"latest update in brackets", "Lao News\nTalks in Vientiane\n(Latest Update March 14, 2025)\nBy Staff Writer\nThe ministers met on Thursday.", "", "2025-03-14", "", "", ""},
		{"date among an agency's parts", "Top News\nTalks in Tokyo\nWIRE NEWS - May 10, 2024 - 18:34 | World, All\nThe ministers met on Friday.", "", "2024-05-10", "", "", "Wire News"},
		{"Hijri and Gregorian dates", "Internasional\nKerja sama pendidikan\nRabu 12 Ramadhan 1446 / 12 Maret 2025 10:15 WIB\nMenteri bertemu pada Selasa.", "", "2025-03-12", "", "", ""},
		{"a site's name and long form are no dateline", "MPR RI - Majelis Permusyawaratan Rakyat\nBeranda | Berita | Galeri\nChairman receives Fijian envoy\nPosted on 14 Mar 2025, 10:20 WIB | Category: News\nThe chairman received the ambassador on Thursday.", "", "2025-03-14", "", "", ""},
		{"time glued to am or pm", "News\nTalks in Kuala Lumpur\nPublished: 7:30pm, 11 Oct 2024\nUpdated: 9:02am, 12 Oct 2024\nThe ministers met on Friday.", "", "2024-10-11", "", "", ""},
		{"the story's dateline ends the search", "Talks in Manila\nMANILA (Reuters) - The ministers met on Friday.\nMarch 3, 2025", "", "", "Manila", "", "Reuters"},
		{"a weekday settles a numeric date's order", "Home\nTalks in Manila\nPosted: Fri, 11/08/2024 - 09:40\nThe ministers met on Thursday.", "", "2024-11-08", "", "", ""},
		{"day, short month and year with dashes", "Home\nTalks in Manila\n01-Dec-2025\n3 min read\nThe ministers met on Thursday.", "", "2025-12-01", "", "", ""},
		{"year-first date with dots", "Home\nTalks in Manila\nPublished: 2025.01.08\nThe ministers met on Tuesday.", "", "2025-01-08", "", "", ""},
		{"a related story's date is not the page's", "Home\nRelated: Talks to resume next month — April 28, 2024\nTalks in Canberra\nCreated: May 6, 2024\nThe ministers met on Monday.", "", "2024-05-06", "", "", ""},
		{"first published below last modified", "World\nTalks in Hanoi\nLast modified on Wed 3 Sep 2025 07.40 BST\nFirst published on Tue 2 Sep 2025 18.05 BST\nThe ministers met on Tuesday.", "", "2025-09-02", "", "", ""},
		{"a byline after the date", "News\nTalks in Abuja\nPublished on July 4, 2024 By Chinedu Okafor\nThe ministers met on Thursday.", "", "2024-07-04", "", "", ""},
		{"a weekday before an ordinal date", "News\nTalks in Honiara\nThursday 6th November 2025\nThe ministers met on Wednesday.", "", "2025-11-06", "", "", ""},
		{"an agency of two words between slashes", "MOSCOW, March 5. /Newswire Russia/. The ministers held consultations on Thursday.", "", "2024-03-05", "Moscow", "2024-03-05", "Newswire Russia"},
		{"ISO date line", "Talks in Hanoi\n\n2025-03-12T10:15:00+07:00\n\nThe ministers met on Tuesday.", "", "2025-03-12", "", "", ""},
		{"agency and year-first date line", "Talks in Hanoi\nSource: Xinhua| 2025-03-12 10:15:33|Editor: huaxia\n\nThe ministers met on Tuesday.", "", "2025-03-12", "", "", ""},
		{"year-first date with slashes", "Talks in Hanoi\n2025/03/12 10:15\n\nThe ministers met on Tuesday.", "", "2025-03-12", "", "", ""},
		{"day-first date with dashes", "Talks in Hanoi\nPUBLISHED ON 12-03-2025\n\nThe ministers met on Tuesday.", "", "2025-03-12", "", "", ""},
		{"date line with a.m. and a zone", "Talks in Hanoi\nUpdated: March 12, 2025 at 10:15 a.m. ET\n\nThe ministers met on Tuesday.", "", "2025-03-12", "", "", ""},
		{"date line with a short weekday", "Talks in Hanoi\nWed 12 Mar 2025 10.15 GMT\n\nThe ministers met on Tuesday.", "", "2025-03-12", "", "", ""},
		{"caps with diacritics", "ĐÀ NẴNG — The two sides agreed on Tuesday.", "2023-03-15", "2023-03-15", "Đà Nẵng", "", ""},
		{"an agency after the dateline's full date", "Home\nJapan hands over equipment\n\nPhnom Penh, May 12, 2026 AKP -- Japan handed over equipment this morning.", "", "2026-05-12", "Phnom Penh", "2026-05-12", "AKP"},
		{"antara", "Jakarta (ANTARA) - Menteri Luar Negeri bertemu.", "2023-03-15", "2023-03-15", "Jakarta", "", "ANTARA"},
		{"outlet first", "Liputan6.com, Jakarta - Presiden menerima kunjungan.", "2023-03-15", "2023-03-15", "Jakarta", "", "Liputan6.com"},
		{"caps outlet", "JAKARTA, KOMPAS.com - Presiden menerima kunjungan.", "2023-03-15", "2023-03-15", "Jakarta", "", "KOMPAS.com"},
		{"cnn", "Jakarta, CNN Indonesia -- Presiden menerima.", "2023-03-15", "2023-03-15", "Jakarta", "", "CNN Indonesia"},
		{"top date line", "26 Januari 2023\nPHNOM PENH – Kamboja dan Jepang sepakat.", "", "2023-01-26", "Phnom Penh", "", ""},
		{"top date line with time", "Selasa, 3 Maret 2024 10:15 WIB\nIsi berita di sini.", "", "2024-03-03", "", "", ""},
		{"place date", "Dili, 16 Mei 2025 – Pemerintah memberikan hibah.", "", "2025-05-16", "Dili", "2025-05-16", ""},
		{"caps colon", "ISLAMABAD, Sept 1: The aid was handed over.", "2022-09-01", "2022-09-01", "Islamabad", "2022-09-01", ""},
		{"place and date line", "Den Haag, 21 November 2024\n\nMenteri menandatangani MoU.", "", "2024-11-21", "Den Haag", "2024-11-21", ""},
		{"place, weekday and date line", "Kuala Lumpur, Selasa, 4 Juni 2024\nIsi.", "", "2024-06-04", "Kuala Lumpur", "2024-06-04", ""},
		{"place date line keeps a later dateline", "Hanoi, 2 May 2024\nHANOI, May 1 (Reuters) - The minister met.", "", "2024-05-02", "Hanoi", "2024-05-01", "Reuters"},
		{"wire year: span end looks ahead", "CAIRO, March 11 (Xinhua) -- The sides signed a 2024-2027 plan.", "", "2024-03-11", "Cairo", "2024-03-11", "Xinhua"},
		{"labelled date line under a byline", "Khmer Times\nPolice seize drugs in joint operation\nSok Dara\nPublication date 07 March 2025 | 08:12 ICT\n\nPolice seized drugs on Wednesday.", "", "2025-03-07", "", "", ""},
		{"outlet where the place would be", "KYODO NEWS - Japan and Chile agreed Monday to start talks.", "2025-02-18", "2025-02-18", "", "", "Kyodo News"},
		{"site name before the place", "TEMPO.CO, Bandung - Pemerintah menolak tudingan itu.", "2024-09-18", "2024-09-18", "Bandung", "", "TEMPO.CO"},
		{"byline then date line", "French frigate docks in Cam Ranh\n\nBy Le Minh   Thursday, March 13, 2025, 16:05 (GMT+7)\n\nThe frigate docked on Monday.", "", "2025-03-13", "", "", ""},
		{"caps city and country, no outlet", "MANILA, Philippines — Agents seized drugs on Thursday.", "2025-07-05", "2025-07-05", "Manila", "", ""},
		{"a label line is no dateline", "PUBLISHED : 16 Sep 2025 at 05:30\n\nChina accused Thailand on Monday.", "2025-09-16", "2025-09-16", "", "", ""},
		{"a place alone on its line", "Pakistan suspends talks\n\nISLAMABAD\n\nPakistan on Monday suspended a planned round of talks with Afghanistan's interim government, a day after an attack on a border post.", "2025-11-04", "2025-11-04", "Islamabad", "", ""},
		{"numeric date in the byline line", "Turkiye, Kazakhstan aim for trade\n\nBurak Yildirim  |19.02.2025 - Update : 19.02.2025\n\nANKARA (AA) - The ministers met on Tuesday.", "", "2025-02-19", "Ankara", "", "AA"},
		{"wire dateline, year from the copyright line the cleaner dropped", "VIENTIANE, July 26 (Kyodo) -- The ministers agreed Friday to strengthen coordination.", "", "2024-07-26", "Vientiane", "2024-07-26", "Kyodo"},
		{"dateline after a dozen lines of page furniture", "DETIK.COM\nBerita   Finansial   Hot   Inet   Sport   Oto   Travel\nInternasional\n\nIndonesia dan Peru teken MoU perikanan\n\nReporter: Dewi Sartika\nEditor: Budi Santoso\nKamis, 6 Maret 2025 08:15 WIB\n\nMenteri Kelautan dan Menteri Produksi Peru dalam upacara penandatanganan di Lima, 5 Maret 2025. DETIK/Arif\n\nDETIK.COM, Lima - Indonesia dan Peru menandatangani MoU perikanan.", "2025-03-06", "2025-03-06", "Lima", "", "DETIK.COM"},
		{"year from the weekday a day and month fall on", "Menteri Luar Negeri RI bertemu mitranya di Hanoi, Selasa (11/3).\n\nHANOI, 12 Maret (ANTARA) - Kedua menteri sepakat. Perdagangan tumbuh pada 2024. Hubungan terjalin sejak 30 Desember 1955 dan menjadi kemitraan strategis pada 2013.", "", "2025-03-12", "Hanoi", "2025-03-12", "ANTARA"},
		{"a place and an outlet before an en dash", "Papua\n\nJayapura, Jubi – Pemerintah Vanuatu bersuara pada Selasa.\n\nULMWP: Terima kasih", "2025-03-07", "2025-03-07", "Jayapura", "", ""},
		{"a place and its country before an em dash", "Suva, Fiji — Indonesia sent aid on Monday.", "2024-01-16", "2024-01-16", "Suva", "", ""},
		{"a place and an agency before a double hyphen", "Canberra, AAP -- The ministers met on Monday.", "2024-01-16", "2024-01-16", "Canberra", "", "AAP"},
		{"a hyphen inside a site's name ends no dateline", "TRIBUN-BALI.com\nHome  Bali  Denpasar\n\nKedubes tuding imigrasi\n\nKamis, 27 Februari 2025 16:45 WITA\nPenulis: Made Putra\n\nTRIBUN-BALI.COM, DENPASAR - Polemik deportasi berbuntut panjang.", "", "2025-02-27", "Denpasar", "", "TRIBUN-BALI.COM"},
		// regressions
		{"sentence is not a date line", "On 26 January 2023 the ministers met in Tokyo.", "", "", "", "", ""},
		{"no dateline in prose", "The minister said - without notes - that talks went well.", "2023-03-15", "2023-03-15", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Text: tt.text, Raw: tt.text + "\n\n© 2024 Example News", Published: tt.published}
			Apply(d)
			if d.Published != tt.wantPub {
				t.Errorf("Published = %q, want %q", d.Published, tt.wantPub)
			}
			var place, date, outlet string
			if d.Dateline != nil {
				place, date, outlet = d.Dateline.Place, d.Dateline.Date, d.Dateline.Outlet
				if d.Dateline.Span.End > len(tt.text) {
					t.Errorf("span %v out of bounds", d.Dateline.Span)
				}
			}
			if place != tt.wantPlace || date != tt.wantDate || outlet != tt.wantOutl {
				t.Errorf("dateline = %q %q %q, want %q %q %q", place, date, outlet, tt.wantPlace, tt.wantDate, tt.wantOutl)
			}
		})
	}
}

func FuzzApply(f *testing.F) {
	for _, s := range []string{"BANGKOK, 7 Maret (Xinhua) — x", "26 Januari 2023\nX", "Liputan6.com, Jakarta - x", "A (B) -"} {
		f.Add(s, "", "")
	}
	f.Add("DILI, 5 Agustus (Xinhua) -- x", "", "https://news.example.cn/20250805/x/c.html")
	f.Add("x", "", "https://example.com/read/2024/2/30/x")
	f.Fuzz(func(t *testing.T, s, pub, url string) {
		d := &doc.Document{Text: s, Published: pub, URL: url}
		Apply(d)
		if d.Dateline != nil && (d.Dateline.Span.Start < 0 || d.Dateline.Span.End > len(s) || d.Dateline.Span.Start > d.Dateline.Span.End) {
			t.Fatalf("span %v out of bounds", d.Dateline.Span)
		}
		// A publication date found is a calendar day.
		if d.Published != "" && d.Published != pub {
			if _, err := time.Parse("2006-01-02", d.Published); err != nil {
				t.Fatalf("Published %q is no day (url %q)", d.Published, url)
			}
		}
	})
}

// BenchmarkApplyNoPublished runs Apply on a long article with no
// publication date, where the year is worked out from the text: the
// costly case, which must stay a small share of the foundation stages.
func BenchmarkApplyNoPublished(b *testing.B) {
	para := "Menteri Luar Negeri RI bertemu mitranya di Hanoi, Selasa (11/3). Kedua menteri sepakat memperkuat kerja sama perdagangan yang mencapai 14 miliar dolar AS pada 2024. "
	text := "HANOI, 12 Maret (ANTARA) - " + strings.Repeat(para, 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := &doc.Document{Text: text}
		Apply(d)
		if d.Published == "" {
			b.Fatal("no publication date found")
		}
	}
}

// TestApplyRawDate checks that a date line the cleaner dropped with its
// byline is read from the page as received.
func TestApplyRawDate(t *testing.T) {
	raw := "India Tribune\nWorld\nTalks on currency swap\nWritten by News Desk | New Delhi | Updated: January 6, 2025 18:25 IST\nNEW DELHI — The two sides met on Monday."
	d := &doc.Document{Raw: raw, Text: "India Tribune\nWorld\nTalks on currency swap\nNEW DELHI — The two sides met on Monday."}
	Apply(d)
	if d.Published != "2025-01-06" {
		t.Errorf("Published = %q, want 2025-01-06", d.Published)
	}
	// A date after the story's dateline in the raw page is not the page's.
	d = &doc.Document{Raw: "World\nNEW DELHI — The two sides met.\nJanuary 9, 2025", Text: "World\nNEW DELHI — The two sides met."}
	Apply(d)
	if d.Published != "" {
		t.Errorf("Published = %q, want none", d.Published)
	}
}

// TestApplyDatelineWeekdayYear checks that a wire dateline with no year
// takes the year in which its day falls on a weekday the lead names (or
// the day after it), among the years the text and the page's copyright
// line name.
func TestApplyDatelineWeekdayYear(t *testing.T) {
	tests := []struct {
		name, text, raw, want string
	}{
		{"the copyright year fits the lead's weekday",
			"SEOUL, March 22 (Yonhap) -- The ministers agreed Sunday to hold a summit. The last summit took place in May 2024.",
			"\n\nCopyright (c) 2026 Yonhap", "2026-03-22"},
		{"a dateline the day after the lead's weekday",
			"ACCRA, May 14 (Xinhua) -- The vice president held talks here on Tuesday. Trade grew in 2024 and in 2025.",
			"", "2025-05-14"},
		{"any weekday of the lead may be the dateline's",
			"NAIROBI, June 7 (Reuters) - Police seized heroin between Monday and Wednesday, officials said on Friday. A memorandum was signed in 2022. It was the biggest seizure of 2024.",
			"", "2024-06-07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Text: tt.text, Raw: tt.text + tt.raw}
			Apply(d)
			if d.Published != tt.want {
				t.Errorf("published = %q, want %q", d.Published, tt.want)
			}
		})
	}
}

func TestLatestYear(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"signed in 2019, reviewed in 2023", 2023},
		{"raising trade by 2030 after talks in 2024", 2024},
		{"candidacy for the 2026-2028 term, as they marked 50 years of relations (1975-2025)", 2025},
		{"the 2025\u20132027 programme, first agreed in 2023", 2023},
		{"since 1990", 1990},
		{"the 2020-2030 plan, in 2024", 2024},
		{"for the 2026 \u2013 2028 term, agreed in 2025", 2025},
		{"in 2019 2023", 2023},
		{"no year here", 0},
	} {
		if got := LatestYear(tc.text); got != tc.want {
			t.Errorf("LatestYear(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestURLDate checks the dates a page's address carries, and the digits
// that are no date.
func TestURLDate(t *testing.T) {
	tests := []struct {
		url, day string
		year     int
	}{
		{"https://www.kompas.com/read/2025/08/05/10150011/menlu-bertemu", "2025-08-05", 2025},
		{"https://news.example.cn/20250805/3c7e9a1b5d2f/c.html", "2025-08-05", 2025},
		{"https://example.com/world/asia/talks-end-2024-03-12-ab12/", "2024-03-12", 2024},
		{"http://example.org/news/2023/7/4/ministers-meet", "2023-07-04", 2023},
		{"https://example.com/2024/11/ministers-meet.html", "", 2024},
		{"https://example.com/news/2025-2030-plan-adopted", "", 0},
		{"https://example.com/story/20251345/x", "", 0},    // month 13
		{"https://example.com/2025/02/30/x", "", 2025},     // no 30 February; the year and month still stand
		{"https://example.com/item?id=20250805", "", 0},    // a query is no path
		{"https://20250805.example.com/news/talks", "", 0}, // nor is a host
		{"", "", 0},
	}
	for _, tt := range tests {
		y, day := URLDate(tt.url)
		if y != tt.year || day != tt.day {
			t.Errorf("URLDate(%q) = %d, %q; want %d, %q", tt.url, y, day, tt.year, tt.day)
		}
	}
}

// TestApplyURLDate checks that an address's date dates a page whose text
// gives a dateline without a year, over the years the story names, and a
// page whose text gives no date at all; a date the input gives stands.
func TestApplyURLDate(t *testing.T) {
	text := "DILI, 5 Agustus (Xinhua) -- China pada Senin (4/8) menyerahkan benih padi.\n\nHubungan kedua negara terjalin sejak 2002; proyek dimulai pada 2008."
	d := &doc.Document{URL: "https://news.example.cn/20250805/3c7e9a1b/c.html", Text: text, Raw: text}
	Apply(d)
	if d.Published != "2025-08-05" || d.PublishedFrom != "dateline" {
		t.Errorf("dateline with the address's year: Published = %q from %q, want 2025-08-05 from the dateline", d.Published, d.PublishedFrom)
	}
	plain := "The ministers met on Tuesday and agreed to meet again."
	d = &doc.Document{URL: "https://example.com/read/2024/03/12/ministers-meet", Text: plain, Raw: plain}
	Apply(d)
	if d.Published != "2024-03-12" || d.PublishedFrom != "url" {
		t.Errorf("no date in the text: Published = %q from %q, want 2024-03-12 from the url", d.Published, d.PublishedFrom)
	}
	d = &doc.Document{URL: "https://example.com/read/2024/03/12/ministers-meet", Published: "2024-03-13", Text: plain, Raw: plain}
	Apply(d)
	if d.Published != "2024-03-13" || d.PublishedFrom != "input" {
		t.Errorf("date given: Published = %q from %q, want 2024-03-13 from the input", d.Published, d.PublishedFrom)
	}
}
