package text

import (
	"fmt"
	"io/fs"
	"sync"

	"github.com/dyad-project/dyad/internal/lexicon"
)

// AbbrevKind says how an abbreviation behaves at a possible sentence end.
type AbbrevKind uint8

const (
	NotAbbrev    AbbrevKind = iota // not an abbreviation
	Title                          // never ends a sentence unless a sentence starter follows: Dr., Mr., Jl., Prof.
	BeforeNumber                   // an abbreviation only before a number: No. 5, Tel. 021; otherwise a word and a period
	BeforeLower                    // ends the sentence unless lower case follows: etc., dll., PM.
	AfterLower                     // a title only when the word before is not capitalised: "Sen. Murphy" but "Hun Sen."
)

// abbrevKindNames are the kind names used in abbrev.txt files.
var abbrevKindNames = map[string]AbbrevKind{
	"title":  Title,
	"number": BeforeNumber,
	"lower":  BeforeLower,
	"name":   AfterLower,
}

// CaptionCue classifies the text inside parentheses for caption detection.
type CaptionCue uint8

const (
	NoCue    CaptionCue = iota // nothing caption-like
	Position                   // a position marker: (kanan), (L), (center)
	Credit                     // a photo credit word: (Foto: ...), (Photo: ...)
)

// Pack is a language pack: segmentation rules and lexicons for one
// language. Implementations must be safe for concurrent use.
type Pack interface {
	// Lang returns the language code the pack serves: "en", "id".
	Lang() string
	// IsAbbrev reports whether word (with its trailing period, e.g. "Dr.",
	// "Jl.") is an abbreviation that does not end a sentence.
	IsAbbrev(word string) bool
	// Abbrev returns how word, with its trailing period, behaves.
	Abbrev(word string) AbbrevKind
	// IsStarter reports whether word typically starts a sentence ("The",
	// "Namun"), which lets a sentence end after an abbreviation.
	IsStarter(word string) bool
	// Caption classifies inner, the text inside a pair of parentheses,
	// for caption detection. Matching ignores ASCII case.
	Caption(inner string) CaptionCue
	// Split returns the byte offset at which a lower-case word glued from
	// two known words ("bantuankemanusiaan", "foreignminister") comes
	// apart, or 0 to keep it whole.
	Split(word string) int
}

var (
	regMu    sync.RWMutex
	registry = map[string]Pack{}
)

// Register makes a pack available to Lookup under p.Lang(). It is meant to
// be called from the pack's init function and panics on a duplicate
// language, which is a programming error.
func Register(p Pack) {
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := registry[p.Lang()]; dup {
		panic("text: Register called twice for language " + p.Lang())
	}
	registry[p.Lang()] = p
}

// Lookup returns the pack for lang, falling back to the English pack for
// unknown languages and "und", and to a pack with no data when no English
// pack is registered either.
func Lookup(lang string) Pack {
	regMu.RLock()
	defer regMu.RUnlock()
	if p, ok := registry[lang]; ok {
		return p
	}
	if p, ok := registry["en"]; ok {
		return p
	}
	return emptyPack{}
}

// Languages returns the registered language codes in no particular order.
func Languages() []string {
	regMu.RLock()
	defer regMu.RUnlock()
	out := make([]string, 0, len(registry))
	for l := range registry {
		out = append(out, l)
	}
	return out
}

// emptyPack is the pack of last resort: no abbreviations, no starters.
type emptyPack struct{}

func (emptyPack) Lang() string              { return "und" }
func (emptyPack) IsAbbrev(string) bool      { return false }
func (emptyPack) Abbrev(string) AbbrevKind  { return NotAbbrev }
func (emptyPack) IsStarter(string) bool     { return false }
func (emptyPack) Caption(string) CaptionCue { return NoCue }
func (emptyPack) Split(string) int          { return 0 }

// Pack data files, relative to the file system given to LoadPack.
const (
	AbbrevFile  = "data/abbrev.txt"   // abbreviation<TAB>kind (title, number, lower, name; default title)
	StarterFile = "data/starters.txt" // one capitalised sentence-starting word a line
	CaptionFile = "data/caption.txt"  // word<TAB>position|credit, lower case
	GlueFile    = "data/glue.txt"     // common lower-case words a glued pair is split into (optional)
)

// LexiconPack is a Pack built from data files; language packs normally
// need nothing else.
type LexiconPack struct {
	lang     string
	abbrev   map[string]AbbrevKind
	starters map[string]bool
	caption  map[string]CaptionCue
	// glue holds the words Split recognises; heads the first four bytes
	// of each, so most long words are rejected without a lookup.
	glue  map[string]bool
	heads *[1024]uint64 // a bit per hash of a glue word's first four bytes
}

// LoadPack builds a LexiconPack for lang from AbbrevFile, StarterFile and
// CaptionFile in fsys, normally the pack's embedded data directory. The
// files are read with the lexicon loader, so a user may supply overrides
// in the same format.
func LoadPack(lang string, fsys fs.FS) (*LexiconPack, error) {
	p := &LexiconPack{lang: lang, abbrev: map[string]AbbrevKind{}, starters: map[string]bool{}, caption: map[string]CaptionCue{}}
	// Abbreviations are case-sensitive: Indonesian "dr." (a physician) and
	// "Dr." (a doctorate) are both listed.
	es, err := lexicon.LoadFS(fsys, AbbrevFile, lexicon.Options{MinFields: 1, KeyFields: 1})
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		w := e.Field(0)
		if len(w) < 2 || w[len(w)-1] != '.' {
			return nil, fmt.Errorf("%s: %q must end in a period: %w", e.Where(), w, lexicon.ErrFormat)
		}
		k := Title
		if f := e.Field(1); f != "" {
			var ok bool
			if k, ok = abbrevKindNames[f]; !ok {
				return nil, fmt.Errorf("%s: unknown kind %q: %w", e.Where(), f, lexicon.ErrFormat)
			}
		}
		p.abbrev[w] = k
	}
	if es, err = lexicon.LoadFS(fsys, StarterFile, lexicon.Options{MinFields: 1, KeyFields: 1}); err != nil {
		return nil, err
	}
	for _, e := range es {
		p.starters[e.Field(0)] = true
	}
	if es, err = lexicon.LoadFS(fsys, CaptionFile, lexicon.Options{MinFields: 2, KeyFields: 1, FoldKey: true}); err != nil {
		return nil, err
	}
	for _, e := range es {
		var c CaptionCue
		switch e.Field(1) {
		case "position":
			c = Position
		case "credit":
			c = Credit
		default:
			return nil, fmt.Errorf("%s: unknown caption cue %q: %w", e.Where(), e.Field(1), lexicon.ErrFormat)
		}
		p.caption[lowerASCII(e.Field(0))] = c
	}
	p.glue, p.heads = map[string]bool{}, new([1024]uint64)
	if _, err := fs.Stat(fsys, GlueFile); err == nil {
		if es, err = lexicon.LoadFS(fsys, GlueFile, lexicon.Options{MinFields: 1, KeyFields: 1, FoldKey: true}); err != nil {
			return nil, err
		}
		for _, e := range es {
			w := e.Field(0)
			if len(w) < minGluePart || lowerASCII(w) != w {
				return nil, fmt.Errorf("%s: %q: glue words are lower case, at least %d letters: %w", e.Where(), w, minGluePart, lexicon.ErrFormat)
			}
			p.glue[w] = true
			h := head4(w)
			p.heads[h>>6] |= 1 << (h & 63)
		}
	}
	return p, nil
}

// minGluePart is the shortest word Split splits off: shorter ones ("di",
// "ke", "of") make too many false splits.
const minGluePart = 4

// Split implements Pack: the word must be lower-case ASCII letters, not a
// glue word itself, and split into two glue words; the longest first
// part wins.
func (p *LexiconPack) Split(w string) int {
	if len(w) < 2*minGluePart || len(p.glue) == 0 {
		return 0
	}
	if h := head4(w); p.heads[h>>6]&(1<<(h&63)) == 0 {
		return 0
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return 0
		}
	}
	if p.glue[w] {
		return 0
	}
	for k := len(w) - minGluePart; k >= minGluePart; k-- {
		if p.glue[w[:k]] && p.glue[w[k:]] {
			return k
		}
	}
	return 0
}

// MustLoadPack is LoadPack for a pack's embedded data, panicking on error;
// use it only from init, for files the pack's tests check.
func MustLoadPack(lang string, fsys fs.FS) *LexiconPack {
	p, err := LoadPack(lang, fsys)
	if err != nil {
		panic(err)
	}
	return p
}

// Lang implements Pack.
func (p *LexiconPack) Lang() string { return p.lang }

// IsAbbrev implements Pack.
func (p *LexiconPack) IsAbbrev(word string) bool { return p.abbrev[word] != NotAbbrev }

// Abbrev implements Pack.
func (p *LexiconPack) Abbrev(word string) AbbrevKind { return p.abbrev[word] }

// IsStarter implements Pack.
func (p *LexiconPack) IsStarter(word string) bool { return p.starters[word] }

// Caption implements Pack. inner matches a position marker whole ("kanan",
// "L"), or a credit word as its first word ("Foto: ANTARA/...").
func (p *LexiconPack) Caption(inner string) CaptionCue {
	var buf [32]byte
	if len(inner) > len(buf) {
		inner = inner[:len(buf)]
	}
	b := buf[:len(inner)]
	for i := 0; i < len(inner); i++ {
		b[i] = lexicon.LowerByte(inner[i])
	}
	if c := p.caption[string(b)]; c == Position {
		return Position
	}
	// Everything before a colon: "(File photo: ...)".
	for i := range b {
		if b[i] == ':' {
			if p.caption[string(b[:i])] == Credit {
				return Credit
			}
			break
		}
	}
	// The first word, up to a space, colon, period or slash.
	end := 0
	for end < len(b) && b[end] != ' ' && b[end] != ':' && b[end] != '/' && b[end] != '.' {
		end++
	}
	if p.caption[string(b[:end])] == Credit {
		return Credit
	}
	return NoCue
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] = lexicon.LowerByte(b[i])
	}
	return string(b)
}

// head4 hashes the first four bytes of w, which has at least four, to 16
// bits: the glue words' heads are a bitmap small enough to stay cached.
func head4(w string) uint32 {
	h := uint32(w[0])<<24 | uint32(w[1])<<16 | uint32(w[2])<<8 | uint32(w[3])
	return (h * 2654435761) >> 16
}
