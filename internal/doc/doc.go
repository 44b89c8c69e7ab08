// Package doc holds dyad's core types: a Document with its cleaned text and
// everything later stages find in it. Every finding carries a Span, a
// [Start, End) byte range into Document.Text, so any coded field can be
// traced back to the words it came from.
package doc

// Span is a half-open [Start, End) byte range into a document's cleaned text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Of returns the text the span covers in t, or "" when out of bounds.
func (s Span) Of(t string) string {
	if s.Start < 0 || s.End > len(t) || s.Start > s.End {
		return ""
	}
	return t[s.Start:s.End]
}

// TokenKind classifies a token.
type TokenKind uint8

const (
	Word   TokenKind = iota // letters, possibly with inner apostrophes or hyphens
	Number                  // digits with separators in either convention: 131,000; 12,33; 1.948
	Punct                   // punctuation, one rune
	Symbol                  // currency and other symbols: $, %, €
	Abbrev                  // abbreviation or initials ending in a period: Dr., H.E., L.P.
)

// Token is one token of a sentence.
type Token struct {
	Span
	Kind TokenKind
}

// Paragraph is a block of text separated by blank lines or line breaks.
type Paragraph struct {
	Span
	Caption bool // a photo caption or other non-body block kept separately
}

// Sentence is a sentence with its tokens. Para indexes Document.Paragraphs.
type Sentence struct {
	Span
	Para   int
	Tokens []Token
}

// Dateline is the wire-service or site dateline at the head of a story:
// "PHNOM PENH, 5 Agustus (Xinhua) —".
type Dateline struct {
	Place  string `json:"place"`
	Date   string `json:"date"` // YYYY-MM-DD or ""
	Outlet string `json:"outlet"`
	Span   Span   `json:"span"`
}

// Level is a diagnostic's severity.
type Level string

const (
	Info    Level = "info"
	Warning Level = "warning"
	Error   Level = "error"
)

// Diagnostic is recoverable trouble in one document: odd bytes, unknown
// language, an ambiguous actor, a weekday that contradicts its date.
type Diagnostic struct {
	Level   Level  `json:"level"`
	Stage   string `json:"stage,omitempty"`
	Message string `json:"message"`
	Span    *Span  `json:"span,omitempty"`
}

// Document is one news article moving through the pipeline.
type Document struct {
	ID        string // record id, file name, or hash of the text
	Origin    string // where it came from: path, path:line, URL
	URL       string
	Title     string
	Outlet    string
	Published string // YYYY-MM-DD or "" when unknown
	// PublishedFrom says where Published came from: "input", "dateline-top"
	// (a date line at the top of the text), "dateline", "url" (the date in
	// the page's address) or "".
	PublishedFrom string
	InputLanguage string // language declared by the input, if any
	Language      string // en, id or und
	Raw           string // text as received (HTML already reduced to text)
	Text          string // cleaned text; all spans index it

	Dateline    *Dateline
	Paragraphs  []Paragraph
	Sentences   []Sentence
	Actors      []Actor
	Events      []Event
	Quotes      []Quote
	Figures     []Figure
	Diagnostics []Diagnostic
}

// Diag appends a diagnostic.
// The same message about the same span is kept once.
func (d *Document) Diag(level Level, stage, msg string, sp *Span) {
	for _, x := range d.Diagnostics {
		if x.Message == msg && x.Stage == stage && (x.Span == nil && sp == nil || x.Span != nil && sp != nil && *x.Span == *sp) {
			return
		}
	}
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Level: level, Stage: stage, Message: msg, Span: sp})
}

// Actor kinds.
const (
	KindPerson      = "person"
	KindInstitution = "institution"
	KindCountry     = "country" // a state acting as a whole: "Indonesia and Cambodia pledged"
	KindGroup       = "group"   // a delegation or unnamed group
)

// Actor is a person, institution or state found in a document, with all
// its mentions resolved to it.
type Actor struct {
	ID       string   // A1, A2, ... within the document
	Kind     string   // person, institution, country, group
	Name     string   // canonical name: the longest full form
	Country  string   // ISO 3166-1 alpha-3, IGO, or ""
	Sector   string   // PLOVER sector code or ""
	Title    string   // title in the article's words
	Org      string   // organisation for IGO actors, or the institution a person belongs to
	Aliases  []string // spellings used in the article
	Mentions []Span
	// RegistryID links to the cross-document registry, when stored.
	RegistryID int64
}

// Status values of an event.
const (
	Reported     = "reported"
	Planned      = "planned"
	Negated      = "negated"
	Hypothetical = "hypothetical"
)

// Side is one side of an event.
type Side struct {
	Actor   string // Actor.ID, or "" when the side is only a country
	Name    string
	Country string
	Sector  string
}

// Place is where an event happened.
type Place struct {
	Name    string
	Country string
	Span    *Span
}

// Evidence is one span of text supporting an event.
type Evidence struct {
	Span Span
	Text string
}

// Event is a coded PLOVER event.
type Event struct {
	ID        string
	Type      string // PLOVER type in capitals
	Mode      string // PLOVER mode or ""
	Status    string
	Source    Side
	Target    Side
	Directed  bool
	Date      string // YYYY-MM-DD or ""
	DateEnd   string
	DateText  string
	DateSpan  *Span
	Location  *Place
	Contexts  []string
	CAMEO     string
	QuadClass int
	Goldstein float64
	Trigger   Span
	Rule      string   // the rule that fired, for explain
	Lexicon   []string // lexicon entries that fired, file:line
	Evidence  []Evidence
}

// Quote is a quotation with its speaker.
type Quote struct {
	Speaker string // Actor.ID or ""
	Text    string
	Span    Span
}

// Figure is a number found in the text: money, a percentage, a count.
type Figure struct {
	Kind  string  // money, percent, count
	Value float64 // normalised value: 1.948e9 for "$1,948 miliar"
	Unit  string  // ISO 4217 currency, "%", or ""
	Text  string
	Span  Span
}
