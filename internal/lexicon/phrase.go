package lexicon

import (
	"encoding/binary"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
)

// Word is a token of a sentence seen by the lexicon matchers: its text,
// lower-cased form and span. A possessive "'s" is its own Word, so
// "Cambodia's" matches the gazetteer entry "Cambodia".
type Word struct {
	Text  string
	Lower string
	Span  doc.Span
	Cap   bool // starts with an upper-case letter
	Kind  doc.TokenKind
	// Flags are bits a stage sets for its own use: what its word lists
	// say of the word, looked up once rather than at every test.
	Flags uint32
}

// Words returns the words of a sentence of text.
func Words(text string, s doc.Sentence) []Word {
	return AppendWords(nil, text, "", s)
}

// AppendWords appends the words of a sentence of text to ws. lower, when
// not empty, is LowerASCII(text): words in ASCII take their lower-case form
// from it instead of allocating one each.
func AppendWords(ws []Word, text, lower string, s doc.Sentence) []Word {
	if ws == nil {
		ws = make([]Word, 0, len(s.Tokens)+4)
	}
	for _, t := range s.Tokens {
		ws = AppendToken(ws, text, lower, t)
	}
	return ws
}

// AppendToken appends the words of one token of a sentence to ws, which
// holds the sentence's words before it: a word, or a word and its
// possessive. AppendWords is AppendToken over a sentence's tokens; a
// caller that does more per word can run it token by token.
func AppendToken(ws []Word, text, lower string, t doc.Token) []Word {
	return appendToken(ws, text, t, func(sp doc.Span, k doc.TokenKind) Word { return mkWord(text, lower, sp, k) })
}

// AppendTokenFunc is AppendToken for a caller that lower-cases words
// itself rather than having the text lower-cased: lower returns
// LowerASCII of an ASCII word of the text.
func AppendTokenFunc(ws []Word, text string, lower func(string) string, t doc.Token) []Word {
	return appendToken(ws, text, t, func(sp doc.Span, k doc.TokenKind) Word {
		if w := sp.Of(text); isASCII(w) {
			return Word{Text: w, Lower: lower(w), Span: sp, Cap: w != "" && 'A' <= w[0] && w[0] <= 'Z', Kind: k}
		}
		return mkWord(text, "", sp, k)
	})
}

// appendToken is AppendToken with mk making the word of a span.
func appendToken(ws []Word, text string, t doc.Token, mk func(doc.Span, doc.TokenKind) Word) []Word {
	w := t.Span.Of(text)
	if t.Kind == doc.Word {
		if n := PossessiveLen(w); n > 0 {
			base := doc.Span{Start: t.Start, End: t.End - n}
			return append(ws, mk(base, doc.Word), Word{Text: "'s", Lower: "'s", Span: doc.Span{Start: t.End - n, End: t.End}, Kind: doc.Punct})
		}
	}
	// "Belarus' Foreign Ministry": an apostrophe the tokenizer split off
	// a word ending in s is a possessive too.
	if t.Kind == doc.Punct && (w == "'" || w == "’") && len(ws) > 0 {
		if p := ws[len(ws)-1]; p.Kind == doc.Word && p.Span.End == t.Start && (strings.HasSuffix(p.Text, "s") || strings.HasSuffix(p.Text, "S")) &&
			(t.End == len(text) || text[t.End] == ' ') {
			return append(ws, Word{Text: "'s", Lower: "'s", Span: t.Span, Kind: doc.Punct})
		}
	}
	return append(ws, mk(t.Span, t.Kind))
}

// PossessiveLen returns the length of the possessive ending of word w
// ("Cambodia's", "Cambodia’s", "Belarus'"), which AppendToken makes a
// word of its own, or 0 when w has none.
func PossessiveLen(w string) int {
	if len(w) <= 2 {
		return 0
	}
	n := 0
	switch {
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S"):
		n = 2
	case strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "’S"):
		n = len("’s")
	case strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "S'"):
		n = 1
	case strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "S’"):
		n = len("’")
	}
	if len(w) > n {
		return n
	}
	return 0
}

// LowerByte lower-cases an ASCII capital and leaves every other byte.
func LowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// LowerASCII returns text with the ASCII letters A-Z lower-cased and every
// other byte as it is, so byte offsets stay valid.
func LowerASCII(text string) string {
	// Lower-cased through a buffer on the stack, eight bytes at a time,
	// into one allocation: this runs over every document's whole text.
	var b strings.Builder
	b.Grow(len(text))
	var chunk [512]byte
	for len(text) > 0 {
		n := copy(chunk[:], text)
		text = text[n:]
		// (By index into the array, which needs no bounds checks, rather
		// than by reslicing.)
		i := 0
		for ; i+8 <= n; i += 8 {
			binary.LittleEndian.PutUint64(chunk[i:i+8], lower8(binary.LittleEndian.Uint64(chunk[i:i+8])))
		}
		for ; i < n; i++ {
			chunk[i] = LowerByte(chunk[i])
		}
		b.Write(chunk[:n])
	}
	return b.String()
}

// lower8 lower-cases the ASCII capitals among eight bytes: for each byte
// under 0x80, adding 0x80-'A' sets its top bit when it is at least 'A',
// adding 0x80-'Z'-1 when it is above 'Z' (neither sum carries into the
// next byte), and a capital gets 0x20 added.
func lower8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	a := x &^ high
	ge := a + (0x80-'A')*ones
	gt := a + (0x80-'Z'-1)*ones
	return x | (ge&^gt&^x&high)>>2
}

func mkWord(text, lower string, sp doc.Span, k doc.TokenKind) Word {
	w := sp.Of(text)
	if lower != "" && isASCII(w) {
		return Word{Text: w, Lower: sp.Of(lower), Span: sp, Cap: w != "" && 'A' <= w[0] && w[0] <= 'Z', Kind: k}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return Word{Text: w, Lower: strings.ToLower(w), Span: sp, Cap: unicode.IsUpper(r), Kind: k}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Phrases matches phrases of one or more words, longest first.
type Phrases[V any] struct {
	first map[string][]phrase[V]
}

type phrase[V any] struct {
	words []string
	vals  []V
	exact string // for case-sensitive entries: the exact surface form
}

// NewPhrases returns an empty phrase table.
func NewPhrases[V any]() *Phrases[V] { return &Phrases[V]{first: map[string][]phrase[V]{}} }

// Add adds a phrase (words separated by spaces) with a value. A
// case-sensitive phrase matches only its exact surface form.
func (t *Phrases[V]) Add(text string, v V, caseSensitive bool) {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 {
		return
	}
	exact := ""
	if caseSensitive {
		exact = strings.Join(strings.Fields(text), " ")
	}
	list := t.first[ws[0]]
	for i := range list {
		if equal(list[i].words, ws) && list[i].exact == exact {
			list[i].vals = append(list[i].vals, v)
			return
		}
	}
	list = append(list, phrase[V]{words: ws, vals: []V{v}, exact: exact})
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	t.first[ws[0]] = list
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Starts calls f with the first word of every phrase, in no order: a
// caller can mark the words where a match may begin and skip the lookup
// for every other word.
func (t *Phrases[V]) Starts(f func(word string)) {
	for w := range t.first {
		f(w)
	}
}

// Match returns the length in words of the longest phrase starting at
// ws[i] and its values; 0 and nil when none starts there.
func (t *Phrases[V]) Match(ws []Word, i int) (int, []V) {
	return Cands[V]{t.first[ws[i].Lower]}.Match(ws, i)
}

// Cands are the phrases that start with one word, longest first. A caller
// that looks words up once can keep them and match without a second
// lookup.
type Cands[V any] struct{ list []phrase[V] }

// Candidates returns the phrases whose first word is first (lower case).
func (t *Phrases[V]) Candidates(first string) Cands[V] { return Cands[V]{t.first[first]} }

// Empty reports whether no phrase is among c.
func (c Cands[V]) Empty() bool { return len(c.list) == 0 }

// Seconds calls f with the second word of every phrase among c, and
// reports whether every phrase has one: a caller can then rule a match
// out where the next word is none of them, without trying each phrase.
func (c Cands[V]) Seconds(f func(word string)) bool {
	all := true
	for pi := range c.list {
		if ws := c.list[pi].words; len(ws) > 1 {
			f(ws[1])
		} else {
			all = false
		}
	}
	return all
}

// Len returns how many phrases are among c.
func (c Cands[V]) Len() int { return len(c.list) }

// Phrase returns the k-th phrase among c, in the order Match tries them
// (longest first): its lower-case words, its values and whether it
// matches only its exact surface form (see Add). A caller may compile
// the candidates into a form of its own; MatchesAt then checks a
// case-sensitive phrase.
func (c Cands[V]) Phrase(k int) (words []string, vals []V, caseSensitive bool) {
	p := &c.list[k]
	return p.words, p.vals, p.exact != ""
}

// MatchesAt reports whether the k-th phrase among c matches the words at
// ws[i] as Match would find it there, ws[i] taken to be its first word.
func (c Cands[V]) MatchesAt(k int, ws []Word, i int) bool {
	p := &c.list[k]
	if i+len(p.words) > len(ws) {
		return false
	}
	for k := 1; k < len(p.words); k++ {
		if ws[i+k].Lower != p.words[k] {
			return false
		}
	}
	return p.exact == "" || p.matchesExact(ws[i:])
}

// Match is Phrases.Match over the candidates: ws[i] is taken to be their
// first word.
func (c Cands[V]) Match(ws []Word, i int) (int, []V) {
	list := c.list
	for pi := range list {
		p := &list[pi]
		if i+len(p.words) > len(ws) {
			continue
		}
		ok := true
		for k := 1; k < len(p.words); k++ {
			if ws[i+k].Lower != p.words[k] {
				ok = false
				break
			}
		}
		if ok && (p.exact == "" || p.matchesExact(ws[i:])) {
			return len(p.words), p.vals
		}
	}
	return 0, nil
}

// matchesExact reports whether the words at the start of ws, joined by
// spaces, are the phrase's exact surface form.
func (p *phrase[V]) matchesExact(ws []Word) bool {
	rest := p.exact
	for k := range p.words {
		if k > 0 {
			if rest == "" || rest[0] != ' ' {
				return false
			}
			rest = rest[1:]
		}
		if !strings.HasPrefix(rest, ws[k].Text) {
			return false
		}
		rest = rest[len(ws[k].Text):]
	}
	return rest == ""
}

// CloseParen returns the index of the ")" that closes the "(" at ws[k],
// looking at most max words on and not at or past end, or -1.
func CloseParen(ws []Word, k, end, max int) int {
	for e := k + 1; e < end && e < len(ws) && e-k <= max; e++ {
		if ws[e].Text == ")" {
			return e
		}
	}
	return -1
}
