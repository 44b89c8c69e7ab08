package actor

import (
	"hash/maphash"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/when"
)

// Word flags: what the actor stage's word lists say of a word, looked up
// once per word (one map access) instead of at every test of the parser.
const (
	fDet          uint32 = 1 << iota // determiners: the, his, seorang
	fPreMod                          // pre-modifiers: former, acting, visiting
	fLocPrep                         // locative prepositions: in, at, di, ke
	fExtPrep                         // title extensions: of, for, untuk, bidang
	fNamePrefix                      // name particles: van, bin, al
	fNotName                         // capitalised words of the language that are no names
	fNotNameEn                       // English words that are no names (for Indonesian text)
	fInstWord                        // common words of institution names
	fPlaceVerb                       // words before a place: visiting, tiba, kota
	fRoleStart                       // a role phrase may start here
	fCountryStart                    // a country phrase may start here
	fIGOStart                        // an IGO phrase may start here
	fAllCaps                         // written in capitals: ASEAN, NCCT
	fDigit                           // holds a digit
	fOpenPunct                       // a quote or opening bracket
	fDateWord                        // a month or weekday name
	fBothStart                       // may start a phrase naming both parties: both, kedua, we
	fCountMod                        // "40-member", "200-strong"
)

// wordFlags maps lower-case words to their flags, one table per language.
// It is an open-addressing table with its keys in one string: every word
// of every document is looked up, and this is several times faster than
// a Go map for these short keys.
type wordFlags struct {
	seed  maphash.Seed
	keys  string
	slots []flagSlot
	mask  uint64
}

type flagSlot struct {
	off   uint32
	n     uint32 // key length; 0 marks an empty slot
	flags uint32
}

func newWordFlags(m map[string]uint32) *wordFlags {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	t := &wordFlags{seed: maphash.MakeSeed(), slots: make([]flagSlot, size), mask: uint64(size - 1)}
	var keys strings.Builder
	for k, v := range m {
		if k == "" {
			continue
		}
		i := maphash.String(t.seed, k) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = flagSlot{off: uint32(keys.Len()), n: uint32(len(k)), flags: v}
		keys.WriteString(k)
	}
	t.keys = keys.String()
	return t
}

// get returns the flags of a lower-case word.
func (t *wordFlags) get(w string) uint32 {
	if w == "" {
		return 0
	}
	i := maphash.String(t.seed, w) & t.mask
	for {
		s := &t.slots[i]
		if s.n == 0 {
			return 0
		}
		if int(s.n) == len(w) && t.keys[s.off:s.off+s.n] == w {
			return s.flags
		}
		i = (i + 1) & t.mask
	}
}

func (x *Extractor) buildFlags(lang string) *wordFlags {
	f := map[string]uint32{}
	set := func(words map[string]bool, bit uint32) {
		for w := range words {
			f[w] |= bit
		}
	}
	set(determiners, fDet)
	set(preModifiers, fPreMod)
	set(locPreps, fLocPrep)
	set(extPreps, fExtPrep)
	set(namePrefixes, fNamePrefix)
	set(placeVerbs, fPlaceVerb)
	set(x.notNames[lang], fNotName)
	set(x.notNames["en"], fNotNameEn)
	set(x.instWords[lang], fInstWord)
	for _, w := range []string{"both", "kedua", "keduanya", "we", "kami", "kita", "the"} {
		f[w] |= fBothStart
	}
	when.Names(func(w string) { f[w] |= fDateWord })
	x.lx.roles[lang].Starts(func(w string) { f[w] |= fRoleStart })
	x.lx.countries.Starts(func(w string) { f[w] |= fCountryStart })
	x.lx.igos.Starts(func(w string) { f[w] |= fIGOStart })
	return newWordFlags(f)
}

// flag sets the flags of the words of a sentence.
func (f *wordFlags) flag(ws []lexicon.Word) {
	for i := range ws {
		w := &ws[i]
		fl := f.get(w.Lower)
		if w.Kind == doc.Punct {
			if strings.ContainsAny(w.Text, "\"“([") {
				fl |= fOpenPunct
			}
			w.Flags = fl
			continue
		}
		if strings.HasSuffix(w.Lower, "-member") || strings.HasSuffix(w.Lower, "-strong") {
			fl |= fCountMod
		}
		upper, lowerc, ascii := 0, 0, true
		for k := 0; k < len(w.Text); k++ {
			switch c := w.Text[k]; {
			case c >= 'A' && c <= 'Z':
				upper++
			case c >= 'a' && c <= 'z':
				lowerc++
			case c >= '0' && c <= '9':
				fl |= fDigit
			case c >= 0x80:
				ascii = false
			}
		}
		if ascii && upper >= 2 && lowerc == 0 || !ascii && allCaps(w.Text) {
			fl |= fAllCaps
		}
		w.Flags = fl
	}
}
