package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
)

// Segmenter splits documents into paragraphs, sentences and tokens. It
// keeps scratch buffers between documents, so reusing one Segmenter per
// worker saves allocation; a Segmenter is not safe for concurrent use.
// The zero value is ready to use.
type Segmenter struct {
	// Pack overrides the language pack; nil means Lookup(d.Language).
	Pack Pack

	paras []doc.Paragraph
	sents []sentRange
}

// sentRange is a sentence under construction: token indexes into the
// document's token slice.
type sentRange struct {
	para, from, to int
}

var segmenters = sync.Pool{New: func() any { return new(Segmenter) }}

// Segment fills d.Paragraphs and d.Sentences, with their tokens, from
// d.Text, using the pack Lookup(d.Language) returns. Earlier paragraphs
// and sentences are replaced.
func Segment(d *doc.Document) {
	s := segmenters.Get().(*Segmenter)
	s.Segment(d)
	segmenters.Put(s)
}

// Segment fills d.Paragraphs and d.Sentences from d.Text; see the package
// function Segment. The document gets its own slices: paragraphs and
// sentences exactly sized, and one token slice that all sentences share.
// Sentences are built as token index ranges and sliced at the end, so the
// token slice may grow while the document is scanned.
func (sg *Segmenter) Segment(d *doc.Document) {
	p := sg.Pack
	if p == nil {
		p = Lookup(d.Language)
	}
	text := d.Text
	// News text runs at about five bytes a token; a quarter of the length
	// leaves room to spare, so the slice rarely grows, and is never copied.
	toks := make([]doc.Token, 0, len(text)/4+16)
	paras, sents := sg.paras[:0], sg.sents[:0]

	for lineStart := 0; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		// Trim spaces and CR so the paragraph span covers its text.
		a, b := lineStart, lineEnd
		for a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r') {
			a++
		}
		for b > a && (text[b-1] == ' ' || text[b-1] == '\t' || text[b-1] == '\r') {
			b--
		}
		lineStart = lineEnd + 1
		if a == b {
			continue
		}
		line := text[a:b]
		pi := len(paras)
		paras = append(paras, doc.Paragraph{Span: doc.Span{Start: a, End: b}, Caption: isCaption(line, pi == 0, p)})
		from := len(toks)
		toks = AppendTokens(toks, line, a, p)
		if len(toks) == from {
			paras = paras[:pi] // only exotic white space
			continue
		}
		sents = splitSentences(text, toks, from, pi, p, sents)
	}

	d.Paragraphs = nil
	if len(paras) > 0 {
		d.Paragraphs = make([]doc.Paragraph, len(paras))
		copy(d.Paragraphs, paras)
	}
	all := toks
	out := make([]doc.Sentence, len(sents))
	for i, r := range sents {
		tt := all[r.from:r.to:r.to]
		out[i] = doc.Sentence{Span: doc.Span{Start: tt[0].Start, End: tt[len(tt)-1].End}, Para: r.para, Tokens: tt}
	}
	if len(out) == 0 {
		out = nil
	}
	d.Sentences = out
	sg.paras, sg.sents = paras[:0], sents[:0]
}

// splitSentences appends the sentences of one paragraph, whose tokens are
// toks[from:], to out.
func splitSentences(text string, toks []doc.Token, from, para int, p Pack, out []sentRange) []sentRange {
	start := from
	for k := from; k < len(toks); k++ {
		t := toks[k]
		var c byte
		switch t.Kind {
		case doc.Punct:
			c = text[t.Start]
			if c != '.' && c != '!' && c != '?' && !isEllipsis(text, t) {
				continue
			}
		case doc.Abbrev:
		default:
			continue
		}
		// Take in closing quotes, brackets and more stops that touch it.
		e := k
		for e+1 < len(toks) && toks[e+1].Start == toks[e].End && isCloser(text, toks[e+1]) {
			e++
		}
		if e+1 >= len(toks) {
			break // the paragraph end closes the sentence
		}
		next := toks[e+1]
		if next.Start == toks[e].End {
			k = e
			continue // no space: "3.5" is one token already; "end.The" is a typo
		}
		if t.Kind == doc.Abbrev && e == k {
			if !abbrevEnds(text, t, next, p) {
				continue
			}
		} else if !opensSentence(text, next) {
			k = e
			continue
		}
		out = append(out, sentRange{para: para, from: start, to: e + 1})
		start = e + 1
		k = e
	}
	if start < len(toks) {
		out = append(out, sentRange{para: para, from: start, to: len(toks)})
	}
	return out
}

// abbrevEnds reports whether the abbreviation token t ends a sentence
// before next.
func abbrevEnds(text string, t, next doc.Token, p Pack) bool {
	if p.Abbrev(t.Of(text)) == BeforeLower {
		return opensSentence(text, next)
	}
	// Titles, initials, "U.S.": only a typical sentence starter ends it.
	return next.Kind == doc.Word && p.IsStarter(next.Of(text))
}

// opensSentence reports whether token t can start a sentence: an upper-case
// letter, a digit, or an opening quote or bracket.
func opensSentence(text string, t doc.Token) bool {
	c := text[t.Start]
	if c < utf8.RuneSelf {
		switch {
		case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			return true
		case c == '"' || c == '\'' || c == '(' || c == '[':
			return true
		}
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	switch r {
	case '“', '‘', '«':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r)
}

// isCloser reports whether t may trail a sentence end: closing quotes and
// brackets, and further stops ("?!", "...").
func isCloser(text string, t doc.Token) bool {
	if t.Kind != doc.Punct {
		return false
	}
	switch text[t.Start] {
	case '"', '\'', ')', ']', '.', '!', '?':
		return true
	}
	switch t.Of(text) {
	case "”", "’", "»", "…":
		return true
	}
	return false
}

func isEllipsis(text string, t doc.Token) bool {
	return t.End-t.Start == 3 && text[t.Start:t.End] == "…"
}

// isCaption reports whether a paragraph looks like a photo caption: it ends
// with a parenthesised credit, "(Xinhua/Kok Ky)" or "(Foto: ...)", or it
// is the first paragraph and holds a position marker such as "(kanan)".
func isCaption(line string, first bool, p Pack) bool {
	end := len(line)
	for end > 0 && (line[end-1] == '.' || line[end-1] == ' ') {
		end--
	}
	if end > 0 && line[end-1] == ')' {
		open := -1
		for i := end - 2; i >= 0 && end-i < 100; i-- {
			if line[i] == '(' {
				open = i
				break
			}
			if line[i] == ')' {
				break
			}
		}
		if open >= 0 && isCredit(line[open+1:end-1], p) {
			return true
		}
	}
	if !first {
		return false
	}
	for i := 0; i < len(line); i++ {
		if line[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(line) && j-i < 32 && line[j] != ')' && line[j] != '(' {
			j++
		}
		if j < len(line) && line[j] == ')' && p.Caption(line[i+1:j]) == Position {
			return true
		}
	}
	return false
}

// isCredit reports whether inner, the text of a closing parenthesis, is a
// photo credit: a credit word ("Foto:", "Photo:") or an agency and a
// photographer around a slash ("Xinhua/Kok Ky", "ANTARA/Hafidz").
func isCredit(inner string, p Pack) bool {
	if inner == "" {
		return false
	}
	if p.Caption(inner) == Credit {
		return true
	}
	slash := -1
	for i := 0; i < len(inner); i++ {
		if inner[i] == '/' {
			slash = i
			break
		}
	}
	if slash <= 0 || slash == len(inner)-1 {
		return false
	}
	// Letters on both sides, so dates such as "4/8" do not count.
	return isLetterByte(inner[0]) && isLetterByte(inner[slash-1]) && isLetterByte(inner[slash+1])
}

func isLetterByte(c byte) bool {
	return asciiClass[c] == cLetter || c >= utf8.RuneSelf
}
