package actor

import (
	"slices"
	"strings"
	"sync"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
)

// MentionKind says what a mention refers to.
type MentionKind uint8

const (
	MPerson  MentionKind = iota // a person, named or by title
	MInst                       // an institution: ministry, senate, embassy
	MGroup                      // a delegation, "Cambodian authorities"
	MCountry                    // a state named as such: "Indonesia and Cambodia pledged"
	MIGO                        // an intergovernmental body
	MBoth                       // "both sides", "kedua negara": the two parties of the story
	MPronoun                    // he, she, ia, dia: resolved to a person when possible
)

var kindNames = [...]string{"person", "institution", "group", "country", "igo", "both", "pronoun"}

func (k MentionKind) String() string { return kindNames[k] }

// Mention is one reference to an actor or country in a sentence.
type Mention struct {
	doc.Span
	W0, W1 int // word range [W0, W1) in Sentence.Words
	// (The one-byte fields lie together, so their padding is one word's:
	// mentions are copied and cleared whole.)
	Kind MentionKind
	Loc  bool // used as a place ("in Cambodia", "di Phnom Penh")
	// Counterpart marks "his Japanese counterpart X", "mitranya dari Jepang X".
	Counterpart bool
	// Modifier marks a country word that only modifies a common noun
	// ("the Lao capital"): it is no party to an event.
	Modifier bool
	hasName  bool

	Actor   int    // index into Document.Actors, or -1
	Country string // ISO3, IGO or ""
	Org     string // IGO code
	Prep    string // lower-case word right before the mention: with, to, di, ke...
	Role    string
	// Posting is the country an ambassador is posted to, which is not
	// the country the actor acts for.
	Posting string

	name     string // name as written, without honorifics
	alias    string // name as written, with honorifics
	title    string // title words as written
	sector   string
	instName string   // institution or group name
	abbr     string   // abbreviation defined in parentheses
	toks     []string // lower-case tokens of name, see nameToks
	implied  string   // a country the title implies, for a name not seen before
}

// Sentence is the actor view of one sentence.
type Sentence struct {
	Words    []lexicon.Word
	Mentions []Mention
	// Quoted marks words inside quotation marks.
	Quoted []bool
}

// Result is what Extract found, for the event stage.
type Result struct {
	Sentences []Sentence
	// CountryCount counts the country mentions of the document.
	CountryCount map[string]int
	// Main is the document's main pair of countries, most mentioned first.
	Main [2]string

	buf *buffers
}

// buffers are the arrays of one Result, reused across documents, and the
// Result.
type buffers struct {
	res      Result
	sents    []Sentence
	words    []lexicon.Word
	tags     []tag
	quoted   []bool
	titled   []bool     // sentences written in title case
	capitals []bool     // sentences with a word in capitals (see fAllCaps)
	marks    []tagMarks // each sentence's last words of some tags
	mentions []Mention
	written  int // the length of mentions written to, past its length too
	scratch  []Mention
	infos    []uint32
	tally    countryTally
	counts   map[string]int // Result.CountryCount
	refs     []tagRef       // the entries the document's tags matched
	vocab    vocabulary
	lower    lowerer  // the words' lower-case forms
	order    []string // resolve's countries by mentions
	// resolve's mentions by actor (see mentionsOf)
	ownStart, ownNext []int
	own               []ref

	// resolve's arrays: the actors being built (nbuilds of them used by
	// the last document), pointers to them, name tokens, and the mentions
	// each pass comes back to.
	builds                    []build
	nbuilds                   int
	bs                        []*build
	toks                      []string
	bare, titleOnly, pronouns []ref
	people                    []int32 // the people among bs (see resolve)
}

var bufPool = sync.Pool{New: func() any { return new(buffers) }}

// grow returns s resized to n elements, reallocated when it is too small.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Release hands the result's arrays back for reuse by a later Extract.
// Neither the result nor anything taken from its Sentences may be used
// afterwards. Callers that keep results simply do not call it.
func (r *Result) Release() {
	b := r.buf
	if b == nil {
		return
	}
	r.buf, r.Sentences = nil, nil
	// The arrays hold strings of this document's text; clear them so a
	// pooled buffer does not keep the text alive. Words, mentions,
	// sentences and tokens are written only within their lengths, and
	// what lies past them was cleared when earlier documents were
	// released: clearing up to the length is enough, where the capacity
	// is the largest document's. (Mentions are also written past the
	// end: up to written. Scratch mentions are also written one past the
	// end: it is cleared whole, and it is small.)
	clear(b.words)
	clear(b.mentions[:min(max(len(b.mentions), b.written), cap(b.mentions))])
	b.written = 0
	clear(b.scratch[:cap(b.scratch)])
	clear(b.sents)
	for i := range b.nbuilds {
		b.builds[i].reset()
	}
	b.nbuilds = 0
	clear(b.toks)
	clear(b.refs)
	clear(b.counts)
	b.vocab.reset()
	b.lower = lowerer{}
	bufPool.Put(b)
}

// Registry gives the country and sector of a name seen in earlier
// documents, for names that appear without a title.
type Registry interface {
	LookupActor(name string) (country, sector string, ok bool)
}

// Options configure an Extractor.
type Options struct {
	// Lexicon is the gazetteer; nil means DefaultLexicon().
	Lexicon *Lexicon
	// Registry is consulted for names without a title; may be nil.
	Registry Registry
}

// Extractor finds actors in documents. It is safe for concurrent use.
type Extractor struct {
	lx       *Lexicon
	reg      Registry
	notNames map[string]map[string]bool
	// instWords are capitalised common words of institution names
	// ("Nasional", "Penanggulangan", "Agency"), never a person's name.
	instWords map[string]map[string]bool
	flags     map[string]*wordFlags // by language
}

// New returns an Extractor.
func New(opt Options) *Extractor {
	lx := opt.Lexicon
	if lx == nil {
		lx = DefaultLexicon()
	}
	x := &Extractor{lx: lx, reg: opt.Registry, notNames: map[string]map[string]bool{}, instWords: map[string]map[string]bool{}}
	for _, lang := range []string{"en", "id"} {
		m := map[string]bool{}
		for _, e := range lexicon.MustLoadFS(dataFS, "data/"+lang+"/notnames.txt", lexicon.DefaultOptions()) {
			m[e.Field(0)] = true
		}
		x.notNames[lang] = m
		iw := map[string]bool{}
		for _, e := range lexicon.MustLoadFS(dataFS, "data/"+lang+"/instwords.txt", lexicon.DefaultOptions()) {
			iw[e.Field(0)] = true
		}
		x.instWords[lang] = iw
	}
	x.flags = map[string]*wordFlags{}
	for _, lang := range []string{"en", "id"} {
		x.flags[lang] = x.buildFlags(lang)
	}
	return x
}

// Lexicon returns the extractor's lexicon.
func (x *Extractor) Lexicon() *Lexicon { return x.lx }

type tagKind uint8

const (
	tNone tagKind = iota
	tCountry
	tIGO
	tTitle
	tHon
	tInst
	tGroup
	tBoth
	tCounterpart
	tPronoun
	tPortfolio
	tSectorMod
)

// tag is what the lexicons say of one word. A document has a tag per
// word, so tags hold no pointers (the collector need not look at them,
// nor clearing them go through write barriers): the entries a tag
// matched are in the document's refs, at ref (0 for none).
type tag struct {
	kind   tagKind
	inside bool
	ref    int32
	n      int // words covered, on the first word; 0 inside
}

// tagRef holds the lexicon entries a tag matched: pointers into the
// lexicon tables.
type tagRef struct {
	country *countryEntry
	role    *roleEntry
	org     *string
}

// tagMatch is a tag with its entries, while tag looks for the best.
type tagMatch struct {
	kind    tagKind
	n       int
	country *countryEntry
	role    *roleEntry
	org     *string
}

func langOf(d *doc.Document) string {
	if d.Language == "id" {
		return "id"
	}
	return "en"
}

var namePrefixes = map[string]bool{"do": true, "das": true, "du": true, "bin": true, "binti": true, "van": true, "von": true, "de": true, "al": true, "el": true, "da": true, "dos": true, "del": true, "ibn": true, "der": true}

var preModifiers = map[string]bool{
	"former": true, "new": true, "newly": true, "then": true, "current": true, "incoming": true, "outgoing": true,
	"acting": true, "senior": true, "top": true, "visiting": true, "high-level": true, "high-ranking": true,
	"local": true, "respective": true, "interim": true, "royal": true, "appointed": true, "designated": true,
	"permanent": true, "deputy": true, "vice": true, "chief": true, "then-": true, "veteran": true, "first": true,
	"junta-appointed": true, "military-appointed": true, "junta-backed": true, "military-backed": true, "newly-appointed": true,
	"newly-elected": true, "caretaker": true, "assistant": true, "elected": true, "re-elected": true, "federal": true,
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "seorang": true, "sang": true, "para": true, "selaku": true, "sebagai": true}

var locPreps = map[string]bool{"in": true, "at": true, "to": true, "into": true, "from": true, "across": true, "near": true, "towards": true, "toward": true, "inside": true, "di": true, "ke": true, "dari": true, "within": true, "throughout": true, "around": true, "outside": true}

// Extract finds the actors of d, fills d.Actors and returns the
// per-sentence mentions the event stage codes.
func (x *Extractor) Extract(d *doc.Document) *Result {
	lang := langOf(d)
	buf := bufPool.Get().(*buffers)
	// The result itself is in the buffers: Release hands it back with them.
	res := &buf.res
	*res = Result{buf: buf}
	res.Sentences = grow(buf.sents, len(d.Sentences))
	buf.sents = res.Sentences
	// The lower-case forms of the words (see lowerer).
	lw := &buf.lower
	lw.reset(len(d.Text))
	nw := 0
	for si := range d.Sentences {
		nw += len(d.Sentences[si].Tokens) + 2
	}
	// One backing array for the words of every sentence, one for their
	// tags, one for quote marks and one for mentions: a document's words
	// are many. The arrays come from a pool when the caller releases
	// results (see Result.Release).
	// The words' phrase infos (see wordFlags.info) run alongside them.
	flags := x.flags[lang]
	all := buf.words[:0]
	if cap(all) < nw {
		all = make([]lexicon.Word, 0, nw)
	}
	infos := buf.infos[:0]
	if cap(infos) < nw {
		infos = make([]uint32, 0, nw)
	}
	for si := range d.Sentences {
		k := len(all)
		all, infos = x.appendWords(all, infos, d.Text, lw, d.Sentences[si], flags)
		res.Sentences[si].Words = all[k:len(all):len(all)]
	}
	buf.words, buf.infos = all, infos
	// The sentences' words lie in order in all (and their infos in
	// infos), their tags and quote marks alike in tags and quotes.
	// Each step runs over every sentence before the next starts: the
	// code of one step, not of all, is at hand in the processor's cache.
	tags := grow(buf.tags, len(all))
	clear(tags)
	quotes := grow(buf.quoted, len(all))
	titled := grow(buf.titled, len(d.Sentences))
	capitals := grow(buf.capitals, len(d.Sentences))
	marks := grow(buf.marks, len(d.Sentences))
	buf.tags, buf.quoted, buf.titled, buf.capitals, buf.marks = tags, quotes, titled, capitals, marks
	refs := append(buf.refs[:0], tagRef{}) // refs[0]: no entries
	quoteState := false
	for si, wi := 0, 0; si < len(d.Sentences); si++ {
		s := &res.Sentences[si]
		n := len(s.Words)
		s.Quoted, quoteState, titled[si], capitals[si] = quoted(quotes[wi:wi+n:wi+n], s.Words, quoteState, d, si)
		marks[si] = x.tag(tags[wi:wi+n:wi+n], &refs, s.Words, flags, infos[wi:wi+n], lang)
		wi += n
	}
	arena := buf.mentions[:0]
	if cap(arena) < nw/8+4 {
		arena = make([]Mention, 0, nw/8+4)
	}
	written := 0 // how far into arena mentions may have written (see Release)
	// vocab answers whether the story also writes a word in lower case
	// (so a capitalised one is a sentence start, not a name).
	vocab := &buf.vocab
	vocab.text = d.Text
	tally := buf.tally[:0]
	for si, wi := 0, 0; si < len(d.Sentences); si++ {
		s := &res.Sentences[si]
		n := len(s.Words)
		// The sentences' mentions share one array, and mentions writes
		// them there in place: a Mention is large. A sentence has fewer
		// mentions than words (mentions also writes one past its last),
		// so with room for n+1 it has no need to grow the array; should
		// it, its mentions are copied. Each sentence's slice is capped so
		// appending to one copies it rather than overwriting the next.
		m0 := len(arena)
		arena = slices.Grow(arena, n+1)
		ms, wrote := x.mentions(arena[m0:m0], d.Text, s.Words, tags[wi:wi+n:wi+n], refs, lang, vocab, s.Quoted, titled[si], marks[si])
		wi += n
		if len(ms) > 0 && &ms[0] != &arena[:m0+1][m0] {
			arena = append(arena, ms...)
		} else {
			arena = arena[:m0+len(ms)]
			written = max(written, m0+wrote)
		}
		s.Mentions = arena[m0:len(arena):len(arena)]
		if d.Dateline != nil {
			for k := range s.Mentions {
				if d.Dateline.Span.Contains(s.Mentions[k].Span) && s.Mentions[k].Kind == MCountry {
					s.Mentions[k].Loc = true
				}
			}
		}
	}
	// "accused Brussels of double standards" in a story of the European
	// Union: a body's seat named as a party stands for the body.
	// (Converted as the mentions are counted: the count is of parties.)
	for si := range res.Sentences {
		s := &res.Sentences[si]
		for k := range s.Mentions {
			m := &s.Mentions[k]
			if m.Kind == MCountry && !m.Loc && !m.Modifier && seatCountry(m.Country) {
				if org := seatOf[strings.ToLower(m.Span.Of(d.Text))]; org != "" && orgNamed(res, org) {
					m.Kind, m.Country, m.Org, m.instName = MIGO, "IGO", org, m.Span.Of(d.Text)
				}
			}
			if m.Country != "" && m.Country != "IGO" {
				party := 1
				if m.Loc {
					party = 0
				}
				tally = tally.add(m.Country, party)
			} else if m.Country == "IGO" && m.Kind == MIGO && !m.Modifier && !m.Loc {
				// ("Indonesia dan Uni Eropa menyelesaikan perundingan": a
				// body that acts is a side of the story too.)
				tally = tally.add("IGO", 1)
			}
			if m.Posting != "" {
				tally = tally.add(m.Posting, 1)
			}
		}
	}
	buf.mentions, buf.written, buf.tally, buf.refs = arena, max(written, len(arena)), tally, refs
	if buf.counts == nil {
		buf.counts = make(map[string]int, len(tally))
	}
	res.CountryCount = buf.counts
	for _, c := range tally {
		res.CountryCount[c.iso] = c.all
	}
	// The main pair counts parties, not places: "di Vientiane, Laos" does
	// not make Laos a side of "kedua menlu".
	res.Main = mainPair(tally)
	// "thanked the Kingdom", "the Kingdom's invitation": the kingdom
	// among the story's two sides.
	if k := x.kingdom(res.Main); k != "" {
		for si := range res.Sentences {
			ms := res.Sentences[si].Mentions
			for mi := range ms {
				if ms[mi].Role == "kingdom" && ms[mi].Kind == MCountry {
					ms[mi].Country = k
				}
			}
		}
	}
	x.resolve(d, res, lw)
	return res
}

// seatOf maps the cities that stand for an international body, as
// capitals stand for states, to the body: "Brussels" for the European
// Union, in a story that names the Union.
var seatOf = map[string]string{"brussels": "EU", "brussel": "EU"}

// seatCountry reports the countries of the cities in seatOf. (A switch,
// not a map: every country mention of a document is asked about.)
func seatCountry(iso string) bool { return iso == "BEL" }

// orgNamed reports a mention of international body org in the document.
func orgNamed(res *Result, org string) bool {
	for si := range res.Sentences {
		for _, m := range res.Sentences[si].Mentions {
			if m.Org == org {
				return true
			}
		}
	}
	return false
}

// kingdom returns the one monarchy among the story's two sides, or "".
func (x *Extractor) kingdom(main [2]string) string {
	a, b := x.lx.monarchies[main[0]], x.lx.monarchies[main[1]]
	switch {
	case a && !b:
		return main[0]
	case b && !a:
		return main[1]
	}
	return ""
}

// quoted marks the words inside double quotes; a quote may run on to the
// next sentence of the same paragraph. q has room for a flag per word.
// It also reports whether the sentence is written in title case (see
// isTitleCase) and whether it has a word in capitals (which resolve
// looks at), from the same pass over its words.
func quoted(q []bool, ws []lexicon.Word, in bool, d *doc.Document, si int) ([]bool, bool, bool, bool) {
	if si > 0 && d.Sentences[si].Para != d.Sentences[si-1].Para {
		in = false
	}
	words, caps := 0, 0
	var flags uint32
	// (Without branches: whether a word is capitalised is a coin toss to
	// the processor, a branch on it mispredicted often. Two loops, each
	// of which holds its values in registers, where one would not.)
	for i := range ws {
		w := &ws[i]
		word := b2i(w.Kind == doc.Word)
		words += word
		caps += word & b2i(w.Cap)
		flags |= w.Flags
	}
	q = q[:len(ws)]
	if flags&fQuote == 0 {
		// No quote opens or closes in the sentence.
		if !in {
			clear(q)
		} else {
			for i := range q {
				q[i] = true
			}
		}
	} else {
		for i := range ws {
			quote := ws[i].Flags&fQuote != 0 // ", “ or ”
			in = in != quote
			q[i] = in && !quote
		}
	}
	return q, in, titleCase(words, caps), flags&fAllCaps != 0
}

// b2i is 1 for true and 0 for false (the compiler makes it a flag move,
// not a branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// countryTally counts a document's country mentions: all of them, and
// those that name a party. A story names few countries, so a slice
// searched in order beats a map.
type countryTally []countryCount

type countryCount struct {
	iso          string
	all, parties int
}

// add counts a mention of country iso, party (0 or 1) for a party.
func (t countryTally) add(iso string, party int) countryTally {
	for i := range t {
		if t[i].iso == iso {
			t[i].all++
			t[i].parties += party
			return t
		}
	}
	return append(t, countryCount{iso, 1, party})
}

// mainPair returns the two countries most often named as parties (then
// first by code): an order without ties, so picking them needs no sort.
func mainPair(t countryTally) [2]string {
	before := func(a, b *countryCount) bool {
		return a.parties > b.parties || a.parties == b.parties && a.iso < b.iso
	}
	var first, second *countryCount
	for i := range t {
		switch c := &t[i]; {
		case c.parties == 0:
		case first == nil || before(c, first):
			first, second = c, first
		case second == nil || before(c, second):
			second = c
		}
	}
	var p [2]string
	if first != nil {
		p[0] = first.iso
	}
	if second != nil {
		p[1] = second.iso
	}
	return p
}

// tagMarks are the last words of a sentence's tags that mentions may
// start from, -1 for none.
type tagMarks struct {
	// inst is the last word tagged as an institution or group.
	inst int
	// head is the first word of the last tag that may head a phrase (see
	// parser.phrase): a title, institution, group, counterpart or
	// honorific.
	head int
}

// tag tags the words of a sentence, adding the entries they match to refs,
// and returns the sentence's marks.
func (x *Extractor) tag(tags []tag, refs *[]tagRef, ws []lexicon.Word, flags *wordFlags, infos []uint32, lang string) tagMarks {
	marks := tagMarks{inst: -1, head: -1}
	lc := lcEN
	if lang == "id" {
		lc = lcID
	}
	for i := 0; i < len(ws); {
		// A word that starts no gazetteer phrase, role phrase or state
		// style gets no tag: most words. (They are passed over in a loop
		// of their own, which holds few values.)
		for i < len(ws) && ws[i].Flags&(fIGOStart|fCountryStart|fRoleStart|fStatePrefix) == 0 {
			i++
		}
		if i == len(ws) {
			break
		}
		best := tagMatch{}
		info := flags.info(infos, i)
		// Gazetteer names are capitalised: most words need no lookup.
		if ws[i].Cap && ws[i].Flags&fIGOStart != 0 {
			if n, org := flags.igos.match(info.igos, ws, infos, i); n > 0 {
				best = tagMatch{kind: tIGO, n: n, org: org.val}
			}
		}
		// (But for "the kingdom", which the story's sides resolve like
		// "the Kingdom".)
		if !(ws[i].Cap || lang == "en" && ws[i].Lower == "kingdom" && i > 0 && ws[i-1].Lower == "the") || ws[i].Flags&fCountryStart == 0 {
			// no country or IGO name starts in lower case
		} else if n, vs := flags.countries.match(info.countries, ws, infos, i); n > best.n {
			for _, cv := range flags.countryVals[vs.val.start:vs.val.end] {
				v := cv.e
				if !cv.langOK(lc) && !cv.englishNameIn(lc, ws, i+n) {
					continue
				}
				// "US$10 miliar", "S$", "18 miliar dolar AS": a currency, not a country.
				if cv.kind == ckAbbr && i+n < len(ws) && (ws[i+n].Text == "$" || strings.HasPrefix(ws[i+n].Text, "$")) && ws[i+n].Span.Start == ws[i+n-1].Span.End {
					continue
				}
				if i > 0 && (ws[i-1].Lower == "dolar" || ws[i-1].Lower == "dollar" || ws[i-1].Lower == "dollars") {
					continue
				}
				// "6.5 billion U.S. dollars": a currency.
				if k := i + n; k < len(ws) && (ws[k].Lower == "dollar" || ws[k].Lower == "dollars" || ws[k].Lower == "dolar") {
					continue
				}
				// "South American neighbours", "the South China Sea", "Latin
				// American": a compass word before a name makes a region (the
				// gazetteer lists the compounds that are states: "South
				// Korea", "East Timor").
				if i > 0 && ws[i-1].Cap && ws[i-1].Flags&fRegion != 0 && cv.kind != ckCity {
					continue
				}
				// "the Niger Delta", "the Korean Peninsula", "the Timor
				// Sea": a place named after a country is no party.
				if k := i + n; k < len(ws) && ws[k].Cap && geoNoun(ws[k].Lower) {
					continue
				}
				// "Laut China Selatan", "Selat Malaka": waters named after
				// a country are no party.
				// ("Angkatan Laut India" is India's navy.)
				if i > 0 && ws[i-1].Flags&fWater != 0 && !(i > 1 && (ws[i-2].Lower == "angkatan" || ws[i-2].Lower == "pasukan")) {
					continue
				}
				// "Jose Mali Amaral": a country name between two parts of a
				// person's name is part of the name.
				// ("The Japan International Cooperation Agency", "Two China
				// Coast Guard ships": an article or a count starts no name.)
				if cv.kind == ckName && n == 1 && i > 0 && i+1 < len(ws) && ws[i-1].Cap && ws[i-1].Kind == doc.Word && tags[i-1].kind == tNone && !articleOrCount(ws[i-1].Lower) &&
					ws[i+1].Cap && ws[i+1].Kind == doc.Word && !strings.HasSuffix(ws[i-1].Text, ".") && x.lx.LookupCountry(ws[i+1].Text) == "" {
					// (Unless capitalised title words before it want a
					// country: "Menteri Perdagangan Singapura X". A title
					// that has its country already, "Brazilian Ambassador to
					// Cambodia Rafael Montenegro Bastos", wants none.)
					if !x.titleRunBefore(ws, tags, i, flags, infos) || countryRunBefore(ws, tags, i) {
						continue
					}
				}
				best = tagMatch{kind: tCountry, n: n, country: v}
				// "Argentine Republic", "Russian Federation": the state's
				// style after its name is part of it.
				if k := i + n; k < len(ws) && ws[k].Cap && ws[k].Flags&fStateSuffix != 0 && cv.kind != ckCity {
					best.n++
				}
				// "Davao City", "Cebu City": a city's name with its
				// "City" is the city.
				if k := i + n; k < len(ws) && cv.kind == ckCity && ws[k].Cap && ws[k].Lower == "city" {
					best.n++
				}
				break
			}
		}
		// "Kerajaan Belanda", "Kingdom of the Netherlands", "Republik
		// Korea": a state's style before its name.
		if best.n == 0 && ws[i].Cap && ws[i].Flags&fStatePrefix != 0 {
			k := i + 1
			if k < len(ws) && ws[k].Lower == "of" {
				k++
			}
			if k < len(ws) && ws[k].Lower == "the" {
				k++
			}
			if k < len(ws) && ws[k].Cap && ws[k].Flags&fCountryStart != 0 {
				if n, vs := flags.countries.match(flags.info(infos, k).countries, ws, infos, k); n > 0 {
					for _, cv := range flags.countryVals[vs.val.start:vs.val.end] {
						if cv.kind == ckName && cv.langOK(lc) {
							best = tagMatch{kind: tCountry, n: k + n - i, country: cv.e}
							break
						}
					}
				}
			}
		}
		if ws[i].Flags&fRoleStart == 0 {
			// no role phrase starts here
		} else if nx := info.rolesNext; nx != 0 && (i+1 >= len(ws) || wordKey(infos, i+1) == 0 || nx&nextBit(wordKey(infos, i+1)) == 0) {
			// every role phrase here has a second word, and the next
			// word is none of them
		} else if n, role := flags.roles.match(info.roles, ws, infos, i); n > best.n || n > 0 && n == best.n && best.kind == tIGO && !ws[i].Cap {
			// (The phrase's value is pickRole of its values, and its tag
			// roleTag of the value's kind.)
			if k := role.tag; k != tNone {
				best = tagMatch{kind: k, n: n, role: role.val}
			}
		}
		if best.n == 0 {
			// "Kamboja-Jepang", "ASEAN-Rusia": a hyphenated pair of names.
			i++
			continue
		}
		// "Menteri Luar Negeri Fiji Ratu Inoke Kubuabola": after an
		// office and its country, "Ratu" is a Fijian chief's style, not a
		// queen ("Ratu Belanda Maxima").
		if best.kind == tTitle && ws[i].Lower == "ratu" && i > 0 && tags[i-1].kind == tCountry && i+1 < len(ws) && ws[i+1].Cap {
			best.kind = tHon
		}
		if best.kind == tInst || best.kind == tGroup {
			marks.inst = i + best.n - 1
		}
		switch best.kind {
		case tTitle, tInst, tGroup, tCounterpart, tHon:
			marks.head = i
		}
		tags[i] = tag{kind: best.kind, n: best.n, ref: int32(len(*refs))}
		*refs = append(*refs, tagRef{country: best.country, role: best.role, org: best.org})
		for k := 1; k < best.n; k++ {
			tags[i+k] = tag{kind: best.kind, inside: true}
		}
		i += best.n
	}
	return marks
}

// statePrefix and stateSuffix are the styles of states written with
// their names: "Kerajaan Belanda", "Kingdom of Spain", "Argentine Republic".
// These word lists, like the ones below, are read through word flags.
var (
	statePrefix = map[string]bool{"kerajaan": true, "republik": true, "kesultanan": true, "keamiraan": true, "federasi": true, "kepangeranan": true,
		"kingdom": true, "republic": true, "sultanate": true, "emirate": true, "federation": true, "principality": true, "commonwealth": true, "state": true}
	stateSuffix = map[string]bool{"republic": true, "federation": true, "kingdom": true, "confederation": true}
)

// geoNoun reports the nouns that, after a country's name, make a place of
// it: "Niger Delta". (The word lists the tagger and parser ask of every
// candidate are switches: a string switch is a few comparisons, a map
// access a hash of the word.)
func geoNoun(l string) bool {
	switch l {
	case "delta", "river", "basin", "valley", "sea", "strait", "straits",
		"peninsula", "gulf", "bay", "plateau", "desert", "highlands", "lake", "trench":
		return true
	}
	return false
}

// regionWords turn a country name after them into a region.
var regionWords = map[string]bool{"south": true, "north": true, "east": true, "west": true, "central": true, "latin": true,
	"southeast": true, "northeast": true, "southwest": true, "northwest": true, "pan": true, "greater": true}

// waterWords name seas and straits: "Laut China Selatan", "Sea of Japan".
var waterWords = map[string]bool{"laut": true, "samudra": true, "samudera": true, "selat": true, "teluk": true, "sea": true}

var roleOrder = []string{"title", "inst", "both", "counterpart", "group", "honorific", "pronoun", "sectormod", "portfolio"}

// pickRole prefers the entry kinds that matter most when a phrase has several.
func pickRole(vals []roleEntry) *roleEntry {
	if len(vals) == 1 {
		return &vals[0]
	}
	for _, k := range roleOrder {
		for i := range vals {
			if vals[i].Kind == k {
				return &vals[i]
			}
		}
	}
	return &vals[0]
}

func roleTag(kind string) tagKind {
	switch kind {
	case "title":
		return tTitle
	case "honorific":
		return tHon
	case "inst":
		return tInst
	case "group":
		return tGroup
	case "both":
		return tBoth
	case "counterpart":
		return tCounterpart
	case "pronoun":
		return tPronoun
	case "portfolio":
		return tPortfolio
	case "sectormod":
		return tSectorMod
	}
	return tNone
}

func hasRoleKind(vals []roleEntry, kind string) bool {
	for _, v := range vals {
		if v.Kind == kind {
			return true
		}
	}
	return false
}

// titleRunBefore reports whether the capitalised words before word i hold
// a title, institution or portfolio word ("Menteri Perdagangan dan
// Industri Singapura X"), so a country after them names the office's
// country, not part of a person's name.
func (x *Extractor) titleRunBefore(ws []lexicon.Word, tags []tag, i int, flags *wordFlags, infos []uint32) bool {
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		w := ws[k]
		if !w.Cap && w.Lower != "dan" && w.Lower != "and" && w.Lower != "of" && w.Lower != "for" && w.Text != "(" && w.Text != ")" {
			return false
		}
		if tags[k].kind != tNone || tags[k].inside {
			return true
		}
		if w.Flags&fRoleStart != 0 {
			if n, _ := flags.roles.match(flags.info(infos, k).roles, ws, infos, k); n > 0 {
				return true
			}
		}
		if w.Flags&fInstWord != 0 {
			return true
		}
	}
	return false
}

// countryRunBefore reports a country among the capitalised words (and
// "to", "of") before word i: the title there has its country.
func countryRunBefore(ws []lexicon.Word, tags []tag, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		w := ws[k]
		if !w.Cap && w.Lower != "to" && w.Lower != "of" && w.Lower != "untuk" && w.Lower != "for" {
			return false
		}
		if tags[k].kind == tCountry {
			return true
		}
	}
	return false
}

// vocabulary reports whether a document's text writes words in lower
// case. It is asked about few words, so it searches the text on demand
// and remembers the answers: the first maxSeen in a list, searched in
// order (a document asks about a handful of words, a few times each,
// and a short list is searched in less time than a map hashes a word),
// and any more in a map.
type vocabulary struct {
	text string
	seen []seenWord
	more map[string]bool
}

type seenWord struct {
	w   string
	has bool
}

const maxSeen = 32

func (v *vocabulary) has(l string) bool {
	for i := range v.seen {
		if v.seen[i].w == l {
			return v.seen[i].has
		}
	}
	r, ok := v.more[l]
	if !ok {
		r = containsWord(v.text, l)
		if len(v.seen) < maxSeen {
			v.seen = append(v.seen, seenWord{l, r})
		} else {
			if v.more == nil {
				v.more = map[string]bool{}
			}
			v.more[l] = r
		}
	}
	return r
}

// reset empties the vocabulary for another document, keeping its list's
// array and its map (cleared, so that neither keeps a word alive).
func (v *vocabulary) reset() {
	clear(v.seen)
	clear(v.more)
	*v = vocabulary{seen: v.seen[:0], more: v.more}
}

// containsWord reports whether w (lower case) occurs in text as a whole
// lower-case word.
//
// Most words asked about are names the text never writes in lower case,
// and a no is a search of the whole text: it anchors at w's rarest
// letter, where a search for the first byte stops at every common one.
func containsWord(text, w string) bool {
	if w == "" {
		return containsWordAt(text, w, 0)
	}
	j := 0
	for k := 1; k < len(w); k++ {
		if letterFreq[w[k]] < letterFreq[w[j]] {
			j = k
		}
	}
	c := w[j]
	for off := j; off < len(text); {
		k := strings.IndexByte(text[off:], c)
		if k < 0 {
			return false
		}
		i := off + k - j // where w would start
		if i+len(w) > len(text) {
			return false // (and so would every later start)
		}
		off += k + 1
		if text[i:i+len(w)] != w {
			continue
		}
		end := i + len(w)
		if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
	}
	return false
}

// containsWordAt is containsWord searching for w itself from off.
func containsWordAt(text, w string, off int) bool {
	for {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		before := i == 0 || !isWordByte(text[i-1])
		after := end == len(text) || !isWordByte(text[end])
		if before && after {
			return true
		}
		off = i + 1
	}
}

// letterFreq ranks the small letters by how common they are in English
// and Indonesian text (26 for the most common); other bytes are 0.
var letterFreq = func() (t [256]uint8) {
	const byFreq = "aeinrtoskulmdgphcbywfjvzxq"
	for i := 0; i < len(byFreq); i++ {
		t[byFreq[i]] = uint8(len(byFreq) - i)
	}
	return t
}()

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80 || b == '-'
}

// articleOrCount reports the capitalised sentence openers that start no
// name.
func articleOrCount(l string) bool {
	switch l {
	case "the", "a", "an", "two", "three", "four", "five", "several", "some", "many", "all", "both":
		return true
	}
	return false
}
