package actor

import (
	"embed"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/meta"
)

//go:embed data
var dataFS embed.FS

// Lexicon holds the gazetteers and role words the extractor matches.
type Lexicon struct {
	countries *lexicon.Phrases[countryEntry]
	igos      *lexicon.Phrases[string]
	roles     map[string]*lexicon.Phrases[roleEntry] // by language
	// CountryNames maps ISO3 codes to an English display name.
	CountryNames map[string]string
	// outlets maps national news outlets to the country they report
	// from (data/outlets.tsv).
	outlets map[string]string
	// monarchies are the countries "the Kingdom" may name (countries.tsv
	// kind "monarchy").
	monarchies map[string]bool
}

type countryEntry struct {
	lang   string
	ISO3   string
	Kind   string // name, adj, abbr, city, monarchy ("the Kingdom": which one the story says)
	Source string // file:line, or "display"
}

type roleEntry struct {
	Kind    string // title, honorific, inst, group, both, counterpart, pronoun, portfolio, sectormod
	Role    string
	Sector  string
	Country string // a country the word itself implies: Polri, TNI, Kapolri are Indonesian
	Where   string
	tag     tagKind // roleTag(Kind), found once
}

var defaultLexicon *Lexicon

// DefaultLexicon returns the lexicon built from the embedded data files.
func DefaultLexicon() *Lexicon {
	if defaultLexicon == nil {
		lx, err := LoadLexicon(nil)
		if err != nil {
			panic(err) // embedded data is checked by tests
		}
		defaultLexicon = lx
	}
	return defaultLexicon
}

// Overrides are user-supplied data files, in the embedded files' formats,
// added to the embedded data.
type Overrides struct {
	Countries io.Reader // countries.tsv format
	IGOs      io.Reader // igos.tsv format
	Roles     map[string]io.Reader
	Outlets   io.Reader // outlets.tsv format
}

// LoadLexicon builds the lexicon from the embedded data and, when given,
// a user's override files.
func LoadLexicon(ov *Overrides) (*Lexicon, error) {
	lx := &Lexicon{countries: lexicon.NewPhrases[countryEntry](), igos: lexicon.NewPhrases[string](), roles: map[string]*lexicon.Phrases[roleEntry]{}, CountryNames: map[string]string{}, outlets: map[string]string{}}
	// Display names of every ISO 3166 country, in English and Indonesian.
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.Canonicalize() != r {
				continue
			}
			iso3 := r.ISO3()
			if len(iso3) != 3 || iso3 == "ZZZ" {
				continue
			}
			en := display.English.Regions().Name(r)
			for li, n := range []string{en, display.Indonesian.Regions().Name(r)} {
				if n == "" {
					continue
				}
				// An Indonesian name unlike the English one is read in
				// Indonesian text only: "Prince Turki" is no Türkiye.
				lang := ""
				if li == 1 && n != en {
					lang = "id"
				}
				if li == 0 {
					lx.CountryNames[iso3] = n
				}
				base, paren := n, ""
				if k := strings.Index(n, " ("); k > 0 && strings.HasSuffix(n, ")") {
					base, paren = n[:k], n[k+2:len(n)-1]
				}
				lx.countries.Add(base, countryEntry{lang: lang, ISO3: iso3, Kind: "name", Source: "display"}, false)
				if paren != "" && !strings.Contains(paren, "SAR") {
					lx.countries.Add(paren, countryEntry{lang: lang, ISO3: iso3, Kind: "name", Source: "display"}, false)
				}
			}
		}
	}
	add := func(es []lexicon.Entry) {
		for _, e := range es {
			kind := e.Field(3)
			lx.countries.Add(e.Field(1), countryEntry{lang: e.Field(2), ISO3: e.Field(0), Kind: kind, Source: e.Where()}, kind == "abbr")
			if kind == "monarchy" {
				if lx.monarchies == nil {
					lx.monarchies = map[string]bool{}
				}
				lx.monarchies[e.Field(0)] = true
			}
		}
	}
	es, err := lexicon.LoadFS(dataFS, "data/countries.tsv", lexicon.Options{MinFields: 4, KeyFields: 3})
	if err != nil {
		return nil, err
	}
	add(es)
	if ov != nil && ov.Countries != nil {
		es, err := lexicon.Load(ov.Countries, "countries override", lexicon.Options{MinFields: 4, KeyFields: 3})
		if err != nil {
			return nil, err
		}
		add(es)
	}
	addIGO := func(es []lexicon.Entry) {
		for _, e := range es {
			name := e.Field(1)
			lx.igos.Add(name, e.Field(0), isAbbrev(name))
		}
	}
	es, err = lexicon.LoadFS(dataFS, "data/igos.tsv", lexicon.Options{MinFields: 2, KeyFields: 2})
	if err != nil {
		return nil, err
	}
	addIGO(es)
	if ov != nil && ov.IGOs != nil {
		es, err := lexicon.Load(ov.IGOs, "igos override", lexicon.Options{MinFields: 2, KeyFields: 2})
		if err != nil {
			return nil, err
		}
		addIGO(es)
	}
	es, err = lexicon.LoadFS(dataFS, "data/outlets.tsv", lexicon.Options{MinFields: 2, KeyFields: 1, FoldKey: true})
	if err != nil {
		return nil, err
	}
	if ov != nil && ov.Outlets != nil {
		more, err := lexicon.Load(ov.Outlets, "outlets override", lexicon.Options{MinFields: 2, KeyFields: 1, FoldKey: true})
		if err != nil {
			return nil, err
		}
		es = append(es, more...)
	}
	for _, e := range es {
		lx.outlets[strings.ToLower(e.Field(0))] = e.Field(1)
	}
	for _, lang := range []string{"en", "id"} {
		t := lexicon.NewPhrases[roleEntry]()
		load := func(es []lexicon.Entry) {
			listed := map[string]bool{}
			for _, e := range es {
				listed[strings.ToLower(e.Field(0))] = true
			}
			for _, e := range es {
				re := roleEntry{Kind: e.Field(1), Role: e.Field(2), Sector: e.Field(3), Country: e.Field(4), Where: e.Where()}
				re.tag = roleTag(re.Kind)
				t.Add(e.Field(0), re, false)
				// "inspector general" is also written "inspector-general".
				if re.Kind == "title" && strings.Count(e.Field(0), " ") == 1 {
					t.Add(strings.ReplaceAll(e.Field(0), " ", "-"), re, false)
				}
				// English titles take a plural: "the two prime ministers".
				if re.Kind == "title" && lang == "en" && !strings.HasSuffix(e.Field(0), "s") && !strings.HasSuffix(e.Field(0), ".") && !listed[strings.ToLower(e.Field(0))+"s"] {
					t.Add(e.Field(0)+"s", re, false)
				}
			}
		}
		es, err := lexicon.LoadFS(dataFS, "data/"+lang+"/roles.tsv", lexicon.Options{MinFields: 2, KeyFields: 2, FoldKey: true})
		if err != nil {
			return nil, err
		}
		load(es)
		// An Indonesian story writes foreign bodies and officers by their
		// English names: "Deputy Director CNB, Tan Wei Ming", "Central
		// Narcotics Bureau (CNB) Singapura". Their title and institution
		// words count there too, written with capitals only.
		if lang == "id" {
			en, err := lexicon.LoadFS(dataFS, "data/en/roles.tsv", lexicon.Options{MinFields: 2, KeyFields: 2, FoldKey: true})
			if err != nil {
				return nil, err
			}
			known := map[string]bool{}
			for _, e := range es {
				known[strings.ToLower(e.Field(0))] = true
			}
			for _, e := range en {
				switch k := e.Field(1); {
				case known[strings.ToLower(e.Field(0))]:
				case k == "inst" || k == "title" && strings.Contains(e.Field(0), " "):
					// (Not one-word titles, "King", "Chief", "Gen": they
					// open Indonesian names and ranks too.)
					re := roleEntry{Kind: k, Role: e.Field(2), Sector: e.Field(3), Country: e.Field(4), Where: e.Where()}
					re.tag = roleTag(re.Kind)
					t.Add(nameCase(e.Field(0)), re, true)
				}
			}
		}
		if ov != nil && ov.Roles[lang] != nil {
			es, err := lexicon.Load(ov.Roles[lang], lang+" roles override", lexicon.Options{MinFields: 2, KeyFields: 2, FoldKey: true})
			if err != nil {
				return nil, err
			}
			load(es)
		}
		lx.roles[lang] = t
	}
	return lx, nil
}

// nameCase writes an English phrase as a name writes it: "Deputy
// Director", "Minister of Foreign Affairs".
func nameCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		switch w {
		case "of", "for", "and", "the", "on", "to":
			if i > 0 {
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, " ")
}

// isAbbrev reports whether s is written as an abbreviation: all capitals,
// digits and periods ("ASEAN", "U.N.", "G20").
func isAbbrev(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '.' || r == '-' || r == ' ':
		default:
			return false
		}
	}
	return letters > 0
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// CountryName returns the English name of an ISO3 code.
func (lx *Lexicon) CountryName(iso3 string) string { return lx.CountryNames[iso3] }

// OutletCountry returns the country a national news outlet reports from
// ("The Guardian", "KOMPAS.com", "Tempo.co" -> its country), or "".
func (lx *Lexicon) OutletCountry(outlet string) string {
	o, _ := meta.SiteName(outlet)
	// (As listed, "The Star"; without "the"; or by the outlet's name before
	// its section's, "detikNews", "Kompas News".)
	for _, k := range []string{o, strings.TrimPrefix(o, "the ")} {
		if c, ok := lx.outlets[k]; ok {
			return c
		}
		if base := strings.TrimSpace(strings.TrimSuffix(k, "news")); base != k && base != "" {
			if c, ok := lx.outlets[base]; ok {
				return c
			}
		}
	}
	return ""
}

// LookupCountry returns the ISO3 code a single place or country name
// refers to ("Phnom Penh" -> KHM), or "".
func (lx *Lexicon) LookupCountry(name string) string {
	// Most names are one word: that needs no slice of words.
	var one [1]lexicon.Word
	n := 0
	for f := range strings.FieldsSeq(name) {
		if n++; n == 1 {
			one[0] = lexicon.Word{Text: f, Lower: strings.ToLower(f), Cap: capitalized(f)}
		}
	}
	ws := one[:]
	if n != 1 {
		ws = wordsOf(name)
	}
	if len(ws) == 0 {
		return ""
	}
	n, vals := lx.countries.Match(ws, 0)
	if n == len(ws) && len(vals) > 0 {
		return vals[0].ISO3
	}
	return ""
}

func wordsOf(s string) []lexicon.Word {
	var ws []lexicon.Word
	for _, f := range strings.Fields(s) {
		ws = append(ws, lexicon.Word{Text: f, Lower: strings.ToLower(f), Cap: capitalized(f)})
	}
	return ws
}

func (e roleEntry) String() string { return fmt.Sprintf("%s/%s/%s", e.Kind, e.Role, e.Sector) }
