package sqlite

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normName folds a name or alias for registry matching: NFKC, lower case,
// every run of non-letters and non-digits turned into one space, trimmed.
// "H.E. Hun  Sen" and "h.e. hun sen" both become "h e hun sen".
func normName(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix64 is the splitmix64 finaliser; it spreads FNV's weak high bits.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// minLineWords is the fewest words a line needs to count towards the
// simhash: shorter lines are mostly chrome ("Read more: ...", "Follow us",
// captions) that differs between copies of one story.
const minLineWords = 10

// simhash returns the 64-bit simhash of the word 3-shingles of text, with
// words lower-cased runs of letters and digits, and the number of words
// hashed. Lines of fewer than minLineWords words are left out unless the
// long lines hold fewer than minWords words, in which case every line
// counts. Texts of one or two words hash their words as one shingle.
func simhash(text string, minWords int) (uint64, int) {
	words := make([]uint64, 0, len(text)/6)
	lineLen := make([]int32, 0, 16) // words per line
	h := uint64(fnvOffset)
	inWord := false
	var buf [utf8.UTFMax]byte
	n := int32(0)
	for i := 0; i <= len(text); {
		var r rune
		size := 1
		if i == len(text) {
			r = '\n'
		} else if r = rune(text[i]); r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			inWord = true
			r = unicode.ToLower(r)
			if r < utf8.RuneSelf {
				h = (h ^ uint64(r)) * fnvPrime
			} else {
				k := utf8.EncodeRune(buf[:], r)
				for _, c := range buf[:k] {
					h = (h ^ uint64(c)) * fnvPrime
				}
			}
			continue
		}
		if inWord {
			words = append(words, h)
			n++
			h, inWord = fnvOffset, false
		}
		if r == '\n' && n > 0 {
			lineLen = append(lineLen, n)
			n = 0
		}
	}
	long := 0
	for _, l := range lineLen {
		if l >= minLineWords {
			long += int(l)
		}
	}
	if long >= minWords && long < len(words) {
		kept := words[:0]
		off := 0
		for _, l := range lineLen {
			if l >= minLineWords {
				kept = append(kept, words[off:off+int(l)]...)
			}
			off += int(l)
		}
		words = kept
	}
	var v [64]int32
	add := func(h uint64) {
		h = mix64(h)
		for i := range 64 {
			v[i] += int32(h>>i&1)*2 - 1
		}
	}
	switch len(words) {
	case 0:
		return 0, 0
	case 1:
		add(words[0])
	case 2:
		add(words[0]*0x9e3779b97f4a7c15 ^ bits.RotateLeft64(words[1], 21))
	default:
		for i := 2; i < len(words); i++ {
			add(words[i-2]*0x9e3779b97f4a7c15 ^ bits.RotateLeft64(words[i-1], 21) ^ bits.RotateLeft64(words[i], 42))
		}
	}
	var s uint64
	for i := range 64 {
		if v[i] > 0 {
			s |= 1 << i
		}
	}
	return s, len(words)
}

// bands splits a simhash into the four 16-bit bands the index uses.
func bands(h uint64) [4]int64 {
	return [4]int64{int64(h & 0xffff), int64(h >> 16 & 0xffff), int64(h >> 32 & 0xffff), int64(h >> 48 & 0xffff)}
}

// ftsQuery turns a user's search into a safe FTS5 query: every term is
// quoted, so stray quotes, parentheses or operators are taken as words.
// It keeps "quoted phrases", OR between terms, and a trailing * for prefix
// search. It returns "" when nothing searchable remains.
func ftsQuery(q string) string {
	var parts []string
	lastOp := true // no OR at the start
	emit := func(term string, prefix bool) {
		// Keep only what the tokenizer keeps; quotes would end the string.
		var b strings.Builder
		for _, r := range term {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
				b.WriteRune(r)
			} else {
				b.WriteByte(' ')
			}
		}
		t := strings.Join(strings.Fields(b.String()), " ")
		if t == "" {
			return
		}
		s := `"` + t + `"`
		if prefix {
			s += "*"
		}
		parts = append(parts, s)
		lastOp = false
	}
	for len(q) > 0 {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if q == "" {
			break
		}
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				emit(q[1:], false)
				break
			}
			emit(q[1:1+end], false)
			q = q[2+end:]
			continue
		}
		end := strings.IndexFunc(q, unicode.IsSpace)
		if end < 0 {
			end = len(q)
		}
		term := q[:end]
		q = q[end:]
		if term == "OR" {
			if !lastOp && len(parts) > 0 {
				parts = append(parts, "OR")
				lastOp = true
			}
			continue
		}
		emit(term, strings.HasSuffix(term, "*"))
	}
	if len(parts) > 0 && parts[len(parts)-1] == "OR" {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, " ")
}

// likeEscape escapes LIKE wildcards with a backslash (ESCAPE '\').
func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}
