package id

import (
	"embed"

	"github.com/dyad-project/dyad/internal/text"
)

// Data holds the pack's data files: data/abbrev.txt, data/starters.txt
// and data/caption.txt.
//
//go:embed data/*.txt
var Data embed.FS

// Lang is the language code the pack registers under.
const Lang = "id"

func init() { text.Register(text.MustLoadPack(Lang, Data)) }
