package actor_test

import (
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/lexicon"
)

// dataFiles lists every data file the actor package embeds, with the
// options that check it. A new file under data/ must be added here.
var dataFiles = map[string]lexicon.Options{
	"countries.tsv":    {MinFields: 4, KeyFields: 3},
	"igos.tsv":         {MinFields: 2, KeyFields: 2},
	"outlets.tsv":      {MinFields: 2, KeyFields: 1, FoldKey: true},
	"en/roles.tsv":     {MinFields: 2, KeyFields: 2, FoldKey: true},
	"id/roles.tsv":     {MinFields: 2, KeyFields: 2, FoldKey: true},
	"en/notnames.txt":  lexicon.DefaultOptions(),
	"en/instwords.txt": lexicon.DefaultOptions(),
	"id/notnames.txt":  lexicon.DefaultOptions(),
	"id/instwords.txt": lexicon.DefaultOptions(),
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
}

func TestLoadLexicon(t *testing.T) {
	lx, err := actor.LoadLexicon(nil)
	if err != nil {
		t.Fatalf("LoadLexicon(nil): %v", err)
	}
	if actor.DefaultLexicon() == nil {
		t.Fatal("DefaultLexicon() = nil")
	}
	tests := []struct {
		name, input, want string
	}{
		{"english name", "Cambodia", "KHM"},
		{"indonesian name", "Kamboja", "KHM"},
		{"indonesian alias", "Jepang", "JPN"},
		{"capital city", "Phnom Penh", "KHM"},
		{"capitals of Africa and the Pacific", "Luanda", "AGO"},
		{"two-word capital", "Port Vila", "VUT"},
		{"a ministry's seat", "Kasumigaseki", "JPN"},
		{"west african capital", "Freetown", "SLE"},
		// (Capitals that are common first names are left out: "Sofia".)
		{"capital that is a first name", "Sofia", ""},
		{"adjective", "Vietnamese", "VNM"},
		{"unknown", "Atlantis", ""},
		// regressions
		{"two-word indonesian name", "Korea Selatan", "KOR"},
	}
	for _, tc := range tests {
		if got := lx.LookupCountry(tc.input); got != tc.want {
			t.Errorf("%s: LookupCountry(%q) = %q, want %q", tc.name, tc.input, got, tc.want)
		}
	}
	if got := lx.CountryName("IDN"); got != "Indonesia" {
		t.Errorf("CountryName(IDN) = %q, want %q", got, "Indonesia")
	}
}

func TestLoadLexiconOverrides(t *testing.T) {
	lx, err := actor.LoadLexicon(&actor.Overrides{Countries: strings.NewReader("KHM\tKampuchea\ten\tname\n")})
	if err != nil {
		t.Fatalf("LoadLexicon with override: %v", err)
	}
	if got := lx.LookupCountry("Kampuchea"); got != "KHM" {
		t.Errorf("LookupCountry(Kampuchea) = %q, want KHM", got)
	}
	if _, err := actor.LoadLexicon(&actor.Overrides{Countries: strings.NewReader("KHM\tKampuchea\n")}); err == nil {
		t.Error("LoadLexicon with a two-field countries line: got nil error, want one")
	}
}

// sectors are the PLOVER sector codes the data may use.
var sectors = map[string]bool{"GOV": true, "LEG": true, "MIL": true, "COP": true, "JUD": true, "BUS": true, "EDU": true,
	"MED": true, "JRN": true, "REB": true, "OPP": true, "CVL": true, "NGO": true, "REL": true, "SPY": true, "LAB": true, "AGR": true, "ELI": true}

var roleKinds = map[string]bool{"title": true, "honorific": true, "inst": true, "group": true, "both": true, "counterpart": true,
	"pronoun": true, "portfolio": true, "sectormod": true}

func TestRolesFields(t *testing.T) {
	lx := actor.DefaultLexicon()
	for _, name := range []string{"en/roles.tsv", "id/roles.tsv"} {
		for _, e := range loadData(t, name) {
			if e.Field(0) != strings.ToLower(e.Field(0)) {
				t.Errorf("%s: phrase %q is not lower case", e.Where(), e.Field(0))
			}
			if !roleKinds[e.Field(1)] {
				t.Errorf("%s: unknown kind %q", e.Where(), e.Field(1))
			}
			if s := e.Field(3); s != "" && !sectors[s] {
				t.Errorf("%s: unknown sector %q", e.Where(), s)
			}
			if c := e.Field(4); c != "" && lx.CountryName(c) == "" {
				t.Errorf("%s: unknown country %q", e.Where(), c)
			}
		}
	}
}

func TestCountriesFields(t *testing.T) {
	lx := actor.DefaultLexicon()
	kinds := map[string]bool{"name": true, "adj": true, "abbr": true, "city": true, "monarchy": true}
	langs := map[string]bool{"en": true, "id": true, "*": true}
	// An alias naming two countries in the same language is ambiguous
	// ("the Kingdom", kind monarchy, is meant to be: the story's sides
	// decide).
	owner := map[string]string{}
	for _, e := range loadData(t, "countries.tsv") {
		if lx.CountryName(e.Field(0)) == "" {
			t.Errorf("%s: unknown ISO3 code %q", e.Where(), e.Field(0))
		}
		if !langs[e.Field(2)] {
			t.Errorf("%s: unknown language %q", e.Where(), e.Field(2))
		}
		if !kinds[e.Field(3)] {
			t.Errorf("%s: unknown kind %q", e.Where(), e.Field(3))
		}
		k := e.Field(1) + "\t" + e.Field(2)
		if e.Field(3) == "monarchy" {
			continue
		}
		if prev, ok := owner[k]; ok && prev != e.Field(0) {
			t.Errorf("%s: %q (%s) names both %s and %s", e.Where(), e.Field(1), e.Field(2), prev, e.Field(0))
		}
		owner[k] = e.Field(0)
	}
}

func TestIGOsFields(t *testing.T) {
	names := map[string]string{}
	for _, e := range loadData(t, "igos.tsv") {
		if org := e.Field(0); org == "" || org != strings.ToUpper(org) {
			t.Errorf("%s: org code %q is not in capitals", e.Where(), org)
		}
		if prev, ok := names[e.Field(1)]; ok {
			t.Errorf("%s: %q names both %s and %s", e.Where(), e.Field(1), prev, e.Field(0))
		}
		names[e.Field(1)] = e.Field(0)
	}
}

// TestOutletCountries checks that every outlet's country is an ISO code
// the gazetteer knows.
func TestOutletCountries(t *testing.T) {
	lx := actor.DefaultLexicon()
	for _, e := range loadData(t, "outlets.tsv") {
		if lx.CountryName(e.Field(1)) == "" {
			t.Errorf("%s: %q is no country code", e.Where(), e.Field(1))
		}
	}
	for _, tt := range []struct{ outlet, want string }{
		{"The Guardian", "GBR"}, {"KOMPAS.com", "IDN"}, {"Tempo.co", "IDN"}, {"Straits Times", "SGP"}, {"Reuters", ""}, {"", ""},
		{"detikNews", "IDN"}, {"Kompas News", "IDN"}, {"news", ""}, {"Reuters News", ""}, {"The Star", "MYS"}, {"The Irrawaddy", "MMR"},
	} {
		if got := lx.OutletCountry(tt.outlet); got != tt.want {
			t.Errorf("OutletCountry(%q) = %q, want %q", tt.outlet, got, tt.want)
		}
	}
}
