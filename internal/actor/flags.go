package actor

import (
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
type wordFlags map[string]uint32

func (x *Extractor) buildFlags(lang string) wordFlags {
	f := wordFlags{}
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
	return f
}

// flag sets the flags of the words of a sentence.
func (f wordFlags) flag(ws []lexicon.Word) {
	for i := range ws {
		w := &ws[i]
		fl := f[w.Lower]
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
