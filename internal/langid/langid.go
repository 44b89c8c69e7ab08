package langid

import (
	"embed"
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/lexicon"
)

// Language codes returned in Result.Lang.
const (
	English      = "en"  // English
	Indonesian   = "id"  // Indonesian (Malay is reported as Indonesian too)
	Undetermined = "und" // too little evidence, or neither language
)

// Result is the outcome of identifying one text.
type Result struct {
	Lang       string  // en, id or und
	Confidence float64 // in [0, 1): how sure the answer is; always 0 for und
}

// Identifier identifies the language of a text.
type Identifier interface {
	Identify(text string) Result
}

//go:embed data/*.txt
var dataFS embed.FS

// Cue classes stored in the word table.
const (
	cueEN    uint8 = 1 << iota // English cue word
	cueID                      // Indonesian cue word
	cueOther                   // a word of some third language
)

// Scoring constants. Word-list hits weigh 1, affix cues less; capitalised
// words (mostly names in news text) weigh less again.
const (
	affixWeight   = 0.5
	capWeight     = 0.5
	minEvidence   = 1.5  // below this much winning evidence, answer und
	minShare      = 0.55 // the winner's share of all evidence
	minLead       = 1.0  // the winner's lead over the runner-up
	saturatedLead = 16   // stop scanning once the winner leads by this much...
	saturatedShr  = 0.8  // ...with this share of the evidence,
	maxWords      = 400  // or after this many words: a long document decides early
	maxWordBytes  = 40   // longer words are not looked up
)

// detector is the default Identifier: word lists plus affix cues.
type detector struct {
	words map[string]uint8
}

var defaultDetector = mustLoad()

// mustLoad builds the default detector from the embedded lists. The lists
// ship in the binary and TestDataFiles checks them, so a failure here is a
// build defect and panics at init.
func mustLoad() *detector {
	d := &detector{words: make(map[string]uint8, 1400)}
	for _, f := range []struct {
		path string
		cue  uint8
	}{{"data/en.txt", cueEN}, {"data/id.txt", cueID}, {"data/other.txt", cueOther}} {
		for _, e := range lexicon.MustLoadFS(dataFS, f.path, lexicon.DefaultOptions()) {
			d.words[lowerString(e.Field(0))] |= f.cue
		}
	}
	return d
}

// New returns the default identifier. It is safe for concurrent use.
func New() Identifier { return defaultDetector }

// Identify identifies the language of text with the default identifier.
func Identify(text string) Result { return defaultDetector.Identify(text) }

// Identify implements Identifier.
func (d *detector) Identify(text string) Result {
	// Evidence per class (English, Indonesian, other) from lower-case or
	// sentence-initial words, and from capitalised ones, weighed at the end.
	var low, capd [3]float64
	words, capWords := 0, 0
	var buf [maxWordBytes]byte
	atStart := true // at the start of the text or of a sentence
	prevApos := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && !isASCIILetter(c) {
			switch c {
			case '.', '!', '?', '\n', ':', ';':
				atStart = true
			}
			prevApos = c == '\''
			i++
			continue
		}
		// Scan one word of letters, lower-casing it into buf.
		start := i
		n := 0
		upper, allUpper, ascii := false, true, true
		for i < len(text) {
			c = text[i]
			if c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				if c <= 'Z' {
					if i == start {
						upper = true
					}
					c += 'a' - 'A'
				} else {
					allUpper = false
				}
				if n < len(buf) {
					buf[n] = c
				}
				n++
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) {
				break
			}
			ascii = false
			if unicode.IsUpper(r) {
				if i == start {
					upper = true
				}
				r = unicode.ToLower(r)
			} else if unicode.IsLetter(r) {
				allUpper = false
			}
			if n+utf8.RuneLen(r) <= len(buf) {
				n += utf8.EncodeRune(buf[n:], r)
			} else {
				n = len(buf) + 1
			}
			i += size
		}
		if i == start { // a non-letter rune
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			prevApos = false
			continue
		}
		acc := &low
		if upper && !atStart || allUpper && n > 1 { // names and acronyms
			acc = &capd
		}
		if upper {
			capWords++
		}
		words++
		atStart = false
		apos := prevApos
		prevApos = false
		if n > len(buf) {
			continue
		}
		word := buf[:n]
		if cue, ok := d.words[string(word)]; ok {
			if cue&cueEN != 0 {
				acc[0]++
			}
			if cue&cueID != 0 {
				acc[1]++
			}
			if cue&cueOther != 0 {
				acc[2]++
			}
		} else if ascii {
			switch affixCue(word, apos) {
			case cueEN:
				acc[0] += affixWeight
			case cueID:
				acc[1] += affixWeight
			}
		}
		if words >= maxWords {
			break
		}
		if words%8 != 0 {
			continue
		}
		en, id, oth := weigh(low, capd, capWeight)
		if lead := math.Abs(en - id); lead >= saturatedLead && lead >= oth && max(en, id) >= saturatedShr*(en+id+oth) {
			break
		}
	}
	// In a Title Case headline capitalisation says nothing about names.
	cw := capWeight
	if words >= 3 && capWords*10 >= words*7 {
		cw = 1
	}
	return decide(weigh(low, capd, cw))
}

// weigh combines the evidence of lower-case and capitalised words.
func weigh(low, capd [3]float64, cw float64) (en, id, oth float64) {
	return low[0] + cw*capd[0], low[1] + cw*capd[1], low[2] + cw*capd[2]
}

// decide turns the evidence into a Result.
func decide(en, id, oth float64) Result {
	lang, best, second := English, en, id
	if id > en {
		lang, best, second = Indonesian, id, en
	}
	second = max(second, oth)
	total := en + id + oth
	if best < minEvidence || best-second < minLead || best/total < minShare {
		return Result{Lang: Undetermined}
	}
	// Confidence grows with the winner's lead, discounted by its share: a
	// lead of 2 at 60% gives 0.45, a lead of 16 at 80% gives 0.998.
	share := best / total
	conf := 1 - math.Exp(-(best-second)*share/2)
	return Result{Lang: lang, Confidence: conf}
}

// affixCue returns the language a word's shape points to, or 0. word is
// lower-case ASCII. apos says the word directly follows an apostrophe, as
// in "Cambodia's" or "don't".
func affixCue(w []byte, apos bool) uint8 {
	n := len(w)
	if apos {
		switch string(w) {
		case "s", "t", "ll", "re", "ve", "d", "m":
			return cueEN
		}
		return 0
	}
	if n < 4 {
		return 0
	}
	// Indonesian.
	switch {
	case n >= 5 && (hasSuffix(w, "kan") || hasSuffix(w, "nya") || hasSuffix(w, "lah")):
		return cueID
	case n >= 6 && (hasPrefix(w, "meng") || hasPrefix(w, "meny")):
		return cueID
	case n >= 6 && hasPrefix(w, "mem") && (w[3] == 'b' || w[3] == 'p'):
		return cueID
	case n >= 6 && hasPrefix(w, "men") && isOneOf(w[3], "cdjsaeio"):
		return cueID
	case n >= 6 && (hasPrefix(w, "ber") || hasPrefix(w, "ter")) && !isVowel(w[3]) && w[3] != 'r' && w[3] != 'm':
		return cueID
	case n >= 8 && hasPrefix(w, "pe") && hasSuffix(w, "an") && isOneOf(w[2], "mnr"):
		return cueID
	case n >= 7 && hasPrefix(w, "ke") && hasSuffix(w, "an"):
		return cueID
	case n >= 5 && hasPrefix(w, "di") && hasSuffix(w, "i"):
		return cueID
	case contains(w, "ngg") || contains(w, "nya") || contains(w, "nyu"):
		return cueID
	case hasSuffix(w, "ang") || hasSuffix(w, "ung"):
		return cueID
	}
	// English.
	switch {
	case hasSuffix(w, "tion") || hasSuffix(w, "tions") || hasSuffix(w, "sion") || hasSuffix(w, "sions"):
		return cueEN
	case n >= 5 && (hasSuffix(w, "ing") || hasSuffix(w, "ings")):
		return cueEN
	case n >= 5 && (hasSuffix(w, "ed") || hasSuffix(w, "ly")):
		return cueEN
	case hasSuffix(w, "ment") || hasSuffix(w, "ments") || hasSuffix(w, "ness") || hasSuffix(w, "ship") ||
		hasSuffix(w, "ous") || hasSuffix(w, "ity") || hasSuffix(w, "ies") || hasSuffix(w, "ers"):
		return cueEN
	case w[n-1] == 's' && !isVowel(w[n-2]) && w[n-2] != 's' && w[n-2] != 'k':
		return cueEN // plurals: doctors, hospitals; Indonesian has -as, -us, -is
	case contains(w, "th") || contains(w, "ck") || contains(w, "ph") || contains(w, "wh") || contains(w, "ee") || contains(w, "oo"):
		return cueEN
	}
	return 0
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func isOneOf(c byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

func hasPrefix(w []byte, p string) bool { return len(w) >= len(p) && string(w[:len(p)]) == p }

func hasSuffix(w []byte, s string) bool { return len(w) >= len(s) && string(w[len(w)-len(s):]) == s }

func contains(w []byte, s string) bool {
	for i := 0; i+len(s) <= len(w); i++ {
		if string(w[i:i+len(s)]) == s {
			return true
		}
	}
	return false
}

// lowerString lower-cases s the way Identify lower-cases words.
func lowerString(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}
