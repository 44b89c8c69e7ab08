// Package text splits a document's cleaned text into paragraphs,
// sentences and tokens, every one carrying an absolute byte span into
// Document.Text.
//
// # Language packs
//
// The algorithm here is generic; what differs between languages is data:
// abbreviations and honorifics that take a period ("Dr.", "Jl.", "dll."),
// words that start sentences, and the position markers and credit words of
// photo captions. A language pack provides that data through the Pack
// interface and registers itself from its init function, as bleve's
// analysis/lang packages do:
//
//	import _ "github.com/dyad-project/dyad/internal/text/lang/all"
//
// Adding a language means adding a folder under lang/ with a data/
// directory and a few lines of Go; see lang/en. Lookup falls back to the
// English pack for unknown languages and "und".
//
// # Rules
//
// A paragraph is one line of the text. A sentence never crosses a
// paragraph. Sentences end at '.', '!', '?' or '…' (with any closing
// quotes or brackets that follow) when a space and then an upper-case
// letter, a digit or an opening quote or bracket come next. Abbreviations
// do not end a sentence unless a word that typically starts a sentence
// ("The", "Namun") follows; see AbbrevKind for the finer cases. A quote
// closed before lower-case attribution (`..." he said.`) stays in the
// sentence it ends.
//
// Tokens are words (with inner apostrophes and hyphens), numbers in both
// the English and the Indonesian convention ("131,000", "12,33", "1.948",
// "4/8", "2022-08-04"), abbreviations with their periods, punctuation (one
// rune each) and symbols ("$", "%", "€"). Tokens are spans, never copies.
//
// # Performance
//
// The tokenizer is a hand-written byte scanner with an ASCII fast path; no
// regular expressions, no per-token allocation. Segment allocates three
// slices per document. A worker that segments many documents may keep its
// own Segmenter; the package function Segment draws one from a pool.
package text
