package id_test

import (
	"io/fs"
	"testing"

	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/text"
	"github.com/dyad-project/dyad/internal/text/lang/id"
)

// TestDataFiles checks every embedded data file loads with the strict
// lexicon options (no duplicates, NFC) and that the pack builds from them.
func TestDataFiles(t *testing.T) {
	paths, err := fs.Glob(id.Data, "data/*")
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
		es, err := lexicon.LoadFS(id.Data, p, opt)
		if err != nil {
			t.Error(err)
		} else if len(es) == 0 {
			t.Errorf("%s: no entries", p)
		}
	}
	if _, err := text.LoadPack(id.Lang, id.Data); err != nil {
		t.Error(err)
	}
}

func TestRegistered(t *testing.T) {
	if got := text.Lookup(id.Lang).Lang(); got != id.Lang {
		t.Errorf("Lookup(%q).Lang() = %q", id.Lang, got)
	}
}

func TestAbbrev(t *testing.T) {
	p := text.Lookup(id.Lang)
	for _, tt := range []struct {
		word string
		want text.AbbrevKind
	}{
		{"Jl.", text.Title}, {"dr.", text.Title}, {"Dr.", text.Title}, {"Brigjen.", text.Title}, {"Kombes.", text.Title},
		{"No.", text.BeforeNumber}, {"dll.", text.BeforeLower}, {"Sen.", text.NotAbbrev}, {"kata.", text.NotAbbrev},
	} {
		if got := p.Abbrev(tt.word); got != tt.want {
			t.Errorf("Abbrev(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	if got := p.Caption("Kanan"); got != text.Position {
		t.Errorf("Caption(Kanan) = %v, want Position", got)
	}
	if got := p.Caption("Foto: ANTARA/Budi"); got != text.Credit {
		t.Errorf("Caption(Foto: ...) = %v, want Credit", got)
	}
}

func TestSplit(t *testing.T) {
	p := text.Lookup(id.Lang)
	for _, tt := range []struct {
		word string
		want int
	}{
		{"bantuankemanusiaan", 7}, {"terimakasih", 6}, {"kerjasama", 5}, {"rumahsakit", 5}, {"kemanusiaan", 0}, {"kesepakatan", 0}, {"menandatangani", 0}, {"Bantuankemanusiaan", 0}, {"pertahanannya", 0}, {"akseskekonsuleran", 5}, {"sepakatmenandatangani", 7},
	} {
		if got := p.Split(tt.word); got != tt.want {
			t.Errorf("Split(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}
