package langid

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/lexicon"
)

// loadSamples reads testdata/<lang>.txt: one sample a line, written for
// these tests and kept apart from the cue lists in data/.
func loadSamples(t testing.TB, lang string) []string {
	t.Helper()
	es, err := lexicon.LoadFile("testdata/"+lang+".txt", lexicon.Options{MinFields: 1})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Field(0)
	}
	return out
}

// isParagraph tells body paragraphs (ending in sentence punctuation) from
// headlines.
func isParagraph(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

func TestAccuracy(t *testing.T) {
	var total, correct, paras, titles int
	for _, lang := range []string{English, Indonesian} {
		for _, s := range loadSamples(t, lang) {
			para := isParagraph(s)
			if para {
				paras++
			} else {
				titles++
				if n := len(strings.Fields(s)); n < 6 {
					t.Errorf("headline %q has %d words, want 6 or more", s, n)
				}
			}
			total++
			got := Identify(s)
			if got.Lang == lang {
				correct++
				continue
			}
			if para && got.Lang != Undetermined {
				t.Errorf("cross-confusion on paragraph: Identify(%q) = %v, want %s", s, got, lang)
			} else {
				t.Logf("miss: Identify(%q) = %v, want %s", s, got, lang)
			}
		}
	}
	acc := float64(correct) / float64(total)
	t.Logf("accuracy %.4f (%d/%d; %d paragraphs, %d headlines)", acc, correct, total, paras, titles)
	if acc < 0.99 {
		t.Errorf("accuracy = %.4f, want >= 0.99", acc)
	}
	if paras < 150 || total < 300 {
		t.Errorf("test set has %d samples, %d paragraphs; want at least 300 and 150", total, paras)
	}
}

func TestIdentify(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", Undetermined},
		{"spaces", "   \n ", Undetermined},
		{"digits", "12345", Undetermined},
		{"numbers and punctuation", "4/8, 2022-08-04 (12,33%)", Undetermined},
		{"ok", "OK", Undetermined},
		{"one word en", "the", Undetermined},
		{"one word id", "yang", Undetermined},
		{"names only", "Samdech Techo Hun Sen", Undetermined},
		{"french", "Le ministre des affaires étrangères a rencontré son homologue cambodgien à Phnom Penh pour discuter de la coopération.", Undetermined},
		{"spanish", "El presidente del gobierno se reunió con los líderes de la región para hablar sobre el comercio.", Undetermined},
		{"german", "Der Außenminister ist nach Phnom Penh gereist und hat mit dem Premierminister über den Handel gesprochen.", Undetermined},
		{"en sentence", "The minister said the two countries would work together.", English},
		{"id sentence", "Menteri mengatakan kedua negara akan bekerja sama.", Indonesian},
		{"en title case", "Cambodia And Japan Agree To Expand Defence Ties", English},
		{"id short title", "Kamboja dan Jepang perkuat kerja sama pertahanan", Indonesian},
		{"malay as id", "Menteri Luar Negeri berkata kedua-dua negara akan meningkatkan kerjasama dalam bidang perdagangan dan pelaburan.", Indonesian},
		// regressions
		{"en quoting id", "Officials used the phrase \"kerja sama yang saling menguntungkan\" to describe the new deal with Cambodia.", English},
		{"id with en loans", "Kedua pihak meneken MoU dan merilis joint statement tentang kerja sama food security serta ekonomi digital.", Indonesian},
		{"id heavy names", "Sergey Lavrov bertemu Samdech Techo Hun Sen dan Prak Sokhonn di Phnom Penh.", Indonesian},
		{"en heavy names", "Sergey Lavrov met Samdech Techo Hun Sen and Prak Sokhonn in Phnom Penh.", English},
		{"khmer names en", "Say Chhum and Men Sam An met Tea Banh and Hun Many at the Senate on Monday.", English},
		{"all caps en", "CAMBODIA AND INDONESIA SIGN DEAL ON HEALTH SECURITY", English},
		{"all caps id", "KAMBOJA DAN INDONESIA TEKEN KESEPAKATAN KEAMANAN KESEHATAN", Indonesian},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Identify(tt.in)
			if got.Lang != tt.want {
				t.Errorf("Identify(%q) = %+v, want %s", tt.in, got, tt.want)
			}
			if got.Confidence < 0 || got.Confidence > 1 {
				t.Errorf("Identify(%q).Confidence = %v, want within [0, 1]", tt.in, got.Confidence)
			}
		})
	}
}

func TestNewMatchesIdentify(t *testing.T) {
	s := "Menteri mengatakan kedua negara akan bekerja sama."
	if got, want := New().Identify(s), Identify(s); got != want {
		t.Errorf("New().Identify = %v, Identify = %v", got, want)
	}
}

// TestDataFiles checks every embedded list loads, has no duplicates and
// that no word sits in two lists.
func TestDataFiles(t *testing.T) {
	paths, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil || len(paths) != 3 {
		t.Fatalf("fs.Glob = %v, %v; want three files", paths, err)
	}
	owner := map[string]string{}
	for _, p := range paths {
		es, err := lexicon.LoadFS(dataFS, p, lexicon.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if len(es) < 100 {
			t.Errorf("%s: %d entries, want at least 100", p, len(es))
		}
		for _, e := range es {
			w := lowerString(e.Field(0))
			if strings.ContainsAny(w, " -'") {
				t.Errorf("%s: %q: want a single word", e.Where(), w)
			}
			if prev, ok := owner[w]; ok {
				t.Errorf("%s: %q is also in %s", e.Where(), w, prev)
			}
			owner[w] = e.Where()
		}
	}
}

func FuzzIdentify(f *testing.F) {
	for _, lang := range []string{English, Indonesian} {
		for _, s := range loadSamples(f, lang)[:20] {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Identify(s)
		switch r.Lang {
		case English, Indonesian, Undetermined:
		default:
			t.Fatalf("Identify(%q).Lang = %q", s, r.Lang)
		}
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Fatalf("Identify(%q).Confidence = %v", s, r.Confidence)
		}
	})
}

func BenchmarkIdentify(b *testing.B) {
	var samples []string
	var n int
	for _, lang := range []string{English, Indonesian} {
		for _, s := range loadSamples(b, lang) {
			samples = append(samples, s)
			n += len(s)
		}
	}
	b.SetBytes(int64(n / len(samples)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Identify(samples[i%len(samples)])
	}
}

// TestDocument checks whole documents: samples joined as paragraphs, the
// Indonesian one led by an English caption.
func TestDocument(t *testing.T) {
	en := strings.Join(loadSamples(t, English)[:40], "\n")
	id := "Foreign ministers of the two countries pose for a photo before the talks. (Photo: Embassy)\n" +
		strings.Join(loadSamples(t, Indonesian)[:40], "\n")
	for _, tt := range []struct{ text, want string }{{en, English}, {id, Indonesian}} {
		if got := Identify(tt.text); got.Lang != tt.want || got.Confidence < 0.9 {
			t.Errorf("Identify(document of %d bytes) = %+v, want %s with confidence >= 0.9", len(tt.text), got, tt.want)
		}
	}
}

// BenchmarkIdentifyDocument measures a whole article, where Identify stops
// early once the evidence is overwhelming.
func BenchmarkIdentifyDocument(b *testing.B) {
	d := strings.Join(loadSamples(b, Indonesian)[:30], "\n")
	b.SetBytes(int64(len(d)))
	b.ReportAllocs()
	for b.Loop() {
		Identify(d)
	}
}
