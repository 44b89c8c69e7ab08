package en_test

import (
	"io/fs"
	"testing"

	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/text"
	"github.com/dyad-project/dyad/internal/text/lang/en"
)

// TestDataFiles checks every embedded data file loads with the strict
// lexicon options (no duplicates, NFC) and that the pack builds from them.
func TestDataFiles(t *testing.T) {
	paths, err := fs.Glob(en.Data, "data/*")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]lexicon.Options{
		text.AbbrevFile:  {MinFields: 1, KeyFields: 1},
		text.StarterFile: {MinFields: 1, KeyFields: 1},
		text.CaptionFile: {MinFields: 2, KeyFields: 1, FoldKey: true},
		text.GlueFile:    {MinFields: 1, KeyFields: 1, FoldKey: true},
	}
	if len(paths) != len(known) {
		t.Errorf("data files = %v, want %d", paths, len(known))
	}
	for _, p := range paths {
		opt, ok := known[p]
		if !ok {
			t.Errorf("%s: not read by text.LoadPack", p)
			continue
		}
		es, err := lexicon.LoadFS(en.Data, p, opt)
		if err != nil {
			t.Error(err)
		} else if len(es) == 0 {
			t.Errorf("%s: no entries", p)
		}
	}
	if _, err := text.LoadPack(en.Lang, en.Data); err != nil {
		t.Error(err)
	}
}

func TestRegistered(t *testing.T) {
	if got := text.Lookup(en.Lang).Lang(); got != en.Lang {
		t.Errorf("Lookup(%q).Lang() = %q", en.Lang, got)
	}
}

func TestAbbrev(t *testing.T) {
	p := text.Lookup(en.Lang)
	for _, tt := range []struct {
		word string
		want text.AbbrevKind
	}{
		{"Dr.", text.Title}, {"Mr.", text.Title}, {"Gen.", text.Title}, {"No.", text.BeforeNumber},
		{"etc.", text.BeforeLower}, {"Sen.", text.AfterLower}, {"dr.", text.NotAbbrev}, {"said.", text.NotAbbrev},
	} {
		if got := p.Abbrev(tt.word); got != tt.want {
			t.Errorf("Abbrev(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	p := text.Lookup(en.Lang)
	for _, tt := range []struct {
		word string
		want int
	}{
		{"primeminister", 5}, {"foreignminister", 7}, {"cooperationagreement", 11}, {"statement", 0}, {"minister", 0}, {"countryside", 0}, {"Primeminister", 0}, {"reliefsupplies", 6}, {"emergencyfunds", 9}, {"supplies", 0},
	} {
		if got := p.Split(tt.word); got != tt.want {
			t.Errorf("Split(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}
