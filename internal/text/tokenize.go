package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
)

// ASCII character classes for the scanner's fast path.
const (
	cOther  uint8 = iota // punctuation
	cSpace               // space, tab, CR, LF
	cLetter              // A-Z a-z
	cDigit               // 0-9
	cSymbol              // $ % # @ & + < = > ^ | ~ `
)

var asciiClass = func() (t [256]uint8) { // bytes >= 0x80 are cOther
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLetter
		t[c-'a'+'A'] = cLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	for _, c := range " \t\r\n\v\f" {
		t[c] = cSpace
	}
	for _, c := range "$%#@&+<=>^|~`" {
		t[c] = cSymbol
	}
	return t
}()

// Tokenize returns the tokens of s, which sits at byte offset base of the
// document text, so token spans are absolute. p decides which words with a
// trailing period are abbreviations; nil means Lookup("en").
func Tokenize(s string, base int, p Pack) []doc.Token {
	return AppendTokens(make([]doc.Token, 0, len(s)/5+4), s, base, p)
}

// AppendTokens appends the tokens of s to dst and returns the extended
// slice; see Tokenize. It allocates only when dst must grow.
func AppendTokens(dst []doc.Token, s string, base int, p Pack) []doc.Token {
	if p == nil {
		p = Lookup("en")
	}
	first := len(dst) // tokens before first belong to earlier text
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cSpace:
				i++
			case cLetter:
				var kind doc.TokenKind
				start := i
				i, kind = scanWord(s, i, base, p, dst[first:])
				if kind == doc.Word && i-start >= 2*minGluePart {
					// "bantuankemanusiaan": two words the writer glued.
					if k := p.Split(s[start:i]); k > 0 {
						dst = append(dst, doc.Token{Span: doc.Span{Start: base + start, End: base + start + k}, Kind: kind})
						start += k
					}
				}
				dst = append(dst, doc.Token{Span: doc.Span{Start: base + start, End: base + i}, Kind: kind})
			case cDigit:
				start := i
				var kind doc.TokenKind
				i, kind = scanNumber(s, i)
				dst = append(dst, doc.Token{Span: doc.Span{Start: base + start, End: base + i}, Kind: kind})
			case cSymbol:
				dst = append(dst, doc.Token{Span: doc.Span{Start: base + i, End: base + i + 1}, Kind: doc.Symbol})
				i++
			default:
				dst = append(dst, doc.Token{Span: doc.Span{Start: base + i, End: base + i + 1}, Kind: doc.Punct})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		start := i
		kind := doc.Punct
		switch {
		case r == utf8.RuneError && size == 1:
			i++ // a stray byte: one Punct token, so spans stay contiguous
		case unicode.IsSpace(r):
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsMark(r):
			i, kind = scanWord(s, i, base, p, dst[first:])
		case unicode.IsNumber(r):
			for i += size; i < n; i += size {
				if r, size = utf8.DecodeRuneInString(s[i:]); !unicode.IsNumber(r) {
					break
				}
			}
			kind = doc.Number
		case unicode.IsSymbol(r):
			i += size
			kind = doc.Symbol
		default:
			i += size
		}
		dst = append(dst, doc.Token{Span: doc.Span{Start: base + start, End: base + i}, Kind: kind})
	}
	return dst
}

// isWordRune reports whether the rune at s[i:] continues a word, with its
// size.
func isWordRune(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		k := asciiClass[c]
		return k == cLetter || k == cDigit, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r), size
}

// joinerLen returns the length of an inner joiner at s[i:] (apostrophe,
// hyphen, right single quote, non-breaking hyphen), or 0.
func joinerLen(s string, i int) int {
	switch s[i] {
	case '\'', '-':
		return 1
	case 0xE2: // U+2019 right single quote, U+2011 non-breaking hyphen
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x99 || s[i+2] == 0x91) {
			return 3
		}
	}
	return 0
}

// scanWord scans a word starting at s[i] and returns its end and kind.
// prev holds the paragraph's tokens so far, for AfterLower abbreviations.
func scanWord(s string, i, base int, p Pack, prev []doc.Token) (int, doc.TokenKind) {
	start := i
	n := len(s)
	// "Rp1.948": the currency stays a word of its own.
	if i+2 < n && s[i] == 'R' && s[i+1] == 'p' && asciiClass[s[i+2]] == cDigit {
		return i + 2, doc.Word
	}
	for i < n {
		// ASCII fast path: the bulk of any word.
		for i < n && asciiClass[s[i]] >= cLetter && asciiClass[s[i]] <= cDigit {
			i++
		}
		if i >= n {
			break
		}
		if s[i] >= utf8.RuneSelf {
			if ok, size := isWordRune(s, i); ok {
				i += size
				continue
			}
		}
		if j := joinerLen(s, i); j > 0 && i+j < n {
			if ok, _ := isWordRune(s, i+j); ok {
				i += j
				continue
			}
		}
		break
	}
	letters := i - start // bytes of the first dot-separated segment
	if i >= n || s[i] != '.' {
		return i, doc.Word
	}
	// A period follows. Dotted forms first: "U.S.", "a.n.", "M.Si.",
	// "antaranews.com".
	if i+1 < n && asciiClass[s[i+1]] == cLetter {
		short := letters <= 3
		j := i
		for j < n && s[j] == '.' && j+1 < n && asciiClass[s[j+1]] == cLetter {
			k := j + 1
			for k < n && asciiClass[s[k]] == cLetter {
				k++
			}
			if k-j-1 > 3 {
				short = false
			}
			j = k
		}
		if ok, _ := isWordRunePos(s, j); ok {
			return j, doc.Word // "fo.o2": give up on dotted shapes
		}
		if short && j < n && s[j] == '.' {
			return j + 1, doc.Abbrev
		}
		return j, doc.Word
	}
	w := s[start : i+1]
	if i-start == 1 && 'A' <= s[start] && s[start] <= 'Z' {
		return i + 1, doc.Abbrev // an initial: "J. Smith"
	}
	switch p.Abbrev(w) {
	case Title, BeforeLower:
		return i + 1, doc.Abbrev
	case BeforeNumber:
		if j := skipSpace(s, i+1); j < n && asciiClass[s[j]] == cDigit {
			return i + 1, doc.Abbrev
		}
	case AfterLower:
		// "Hun Sen." is a name; "Later Sen. Kaine" and "U.S. Sen. Kaine"
		// are titles.
		if len(prev) < 2 {
			return i + 1, doc.Abbrev
		}
		last := prev[len(prev)-1]
		if !capitalisedWord(s, base, last) || p.IsStarter(s[last.Start-base:last.End-base]) {
			return i + 1, doc.Abbrev
		}
	}
	return i, doc.Word
}

// isWordRunePos is isWordRune that is false at the end of s.
func isWordRunePos(s string, i int) (bool, int) {
	if i >= len(s) {
		return false, 0
	}
	return isWordRune(s, i)
}

// capitalisedWord reports whether t, a token of s whose span is offset
// by base, is a word starting with an upper-case letter.
func capitalisedWord(s string, base int, t doc.Token) bool {
	if t.Kind != doc.Word {
		return false
	}
	i := t.Start - base
	if i < 0 || i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func skipSpace(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// scanNumber scans a number starting at s[i]: digits joined by , . / - :
// when a digit follows the separator. Letters run on make a word: "20th",
// "1990-an".
func scanNumber(s string, i int) (int, doc.TokenKind) {
	n := len(s)
	for {
		for i < n && asciiClass[s[i]] == cDigit {
			i++
		}
		if i+1 < n && asciiClass[s[i+1]] == cDigit {
			switch s[i] {
			case ',', '.', '/', '-', ':':
				i++
				continue
			}
		}
		break
	}
	if i >= n {
		return i, doc.Number
	}
	ok, _ := isWordRune(s, i)
	if !ok {
		if j := joinerLen(s, i); j > 0 && i+j < n {
			if ok2, _ := isWordRune(s, i+j); ok2 && asciiClass[s[i+j]] != cDigit {
				ok = true
			}
		}
	}
	if !ok {
		return i, doc.Number
	}
	// Letters run on: scan the rest as a word, without abbreviation rules.
	for i < n {
		if ok, size := isWordRune(s, i); ok {
			i += size
			continue
		}
		if j := joinerLen(s, i); j > 0 && i+j < n {
			if ok, _ := isWordRune(s, i+j); ok {
				i += j
				continue
			}
		}
		break
	}
	return i, doc.Word
}
