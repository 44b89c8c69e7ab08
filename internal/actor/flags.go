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
	// ctrl holds a byte per slot: 0 for empty, else 7 bits of the key's
	// hash with the top bit set. It is small enough to stay in the cache,
	// so most words (which are not keys) cost one hash and one byte.
	ctrl []uint8
	mask uint64
	// infos are the phrases a word starts, for words with fRoleStart,
	// fCountryStart or fIGOStart; a slot's info indexes them (from 1).
	infos []wordInfo
}

type flagSlot struct {
	off   uint32
	n     uint32 // key length; 0 marks an empty slot
	flags uint32
	info  uint32
}

// wordInfo holds the gazetteer phrases that start with one word.
type wordInfo struct {
	roles     lexicon.Cands[roleEntry]
	countries lexicon.Cands[countryEntry]
	igos      lexicon.Cands[string]
}

func newWordFlags(m map[string]uint32, info func(string) wordInfo) *wordFlags {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	t := &wordFlags{seed: maphash.MakeSeed(), slots: make([]flagSlot, size), ctrl: make([]uint8, size), mask: uint64(size - 1)}
	var keys strings.Builder
	for k, v := range m {
		if k == "" {
			continue
		}
		h := maphash.String(t.seed, k)
		i := h & t.mask
		for t.ctrl[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.ctrl[i] = fingerprint(h)
		t.slots[i] = flagSlot{off: uint32(keys.Len()), n: uint32(len(k)), flags: v}
		if v&(fRoleStart|fCountryStart|fIGOStart) != 0 {
			t.infos = append(t.infos, info(k))
			t.slots[i].info = uint32(len(t.infos))
		}
		keys.WriteString(k)
	}
	t.keys = keys.String()
	return t
}

// get returns the flags of a lower-case word and its info index (0 for none).
func (t *wordFlags) get(w string) (uint32, uint32) {
	if w == "" {
		return 0, 0
	}
	h := maphash.String(t.seed, w)
	fp := fingerprint(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		c := t.ctrl[i]
		if c == 0 {
			return 0, 0
		}
		if c != fp {
			continue
		}
		if s := &t.slots[i]; int(s.n) == len(w) && t.keys[s.off:s.off+s.n] == w {
			return s.flags, s.info
		}
	}
}

// fingerprint is the control byte of a hash: its top 7 bits, never 0.
func fingerprint(h uint64) uint8 { return uint8(h>>57) | 0x80 }

// info returns the phrases word k of a sentence starts, given the info
// indexes flag filled.
func (t *wordFlags) info(infos []uint32, k int) *wordInfo {
	if infos[k] == 0 {
		return &noInfo
	}
	return &t.infos[infos[k]-1]
}

var noInfo wordInfo

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
	roles := x.lx.roles[lang]
	return newWordFlags(f, func(w string) wordInfo {
		return wordInfo{roles: roles.Candidates(w), countries: x.lx.countries.Candidates(w), igos: x.lx.igos.Candidates(w)}
	})
}

// flag sets the flags of the words of a sentence, and in infos (as long
// as ws) the index of the phrases each starts.
func (f *wordFlags) flag(ws []lexicon.Word, infos []uint32) {
	for i := range ws {
		w := &ws[i]
		fl, info := f.get(w.Lower)
		infos[i] = info
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
