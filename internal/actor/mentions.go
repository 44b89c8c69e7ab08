package actor

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
)

// splits reports whether a hyphenated word is a pair of names: every part
// is non-empty and at least one is a country or an IGO.
func (x *Extractor) splits(w lexicon.Word) bool {
	known := 0
	lower := w.Lower
	sameLen := len(lower) == len(w.Text)
	for off := 0; off <= len(w.Text); {
		k := strings.IndexByte(w.Text[off:], '-')
		if k < 0 {
			k = len(w.Text) - off
		}
		if k == 0 {
			return false
		}
		p := w.Text[off : off+k]
		var one [1]lexicon.Word
		one[0] = lexicon.Word{Text: p, Cap: capitalized(p)}
		if sameLen {
			one[0].Lower = lower[off : off+k]
		} else {
			one[0].Lower = strings.ToLower(p)
		}
		if n, vals := x.lx.countries.Match(one[:], 0); n == 1 && len(vals) > 0 {
			known++
		} else if n, _ := x.lx.igos.Match(one[:], 0); n == 1 {
			known++
		}
		off += k + 1
	}
	return known > 0
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// indonesianVerbShape reports words shaped like Indonesian verbs
// (di-/me-/ber-/ter- ... -kan/-i/-nya), which start sentences but never names.
func indonesianVerbShape(l string) bool {
	// (Every prefix starts with d, m, b, t, p or k, every suffix ends in
	// n, a or i, and together with two more letters they make six bytes
	// at least: most words are none.)
	if len(l) < 6 {
		return false
	}
	switch l[len(l)-1] {
	case 'n', 'a', 'i':
	default:
		return false
	}
	switch l[0] {
	case 'd', 'm', 'b', 't', 'p', 'k':
	default:
		return false
	}
	for _, p := range []string{"di", "me", "ber", "ter", "mem", "men", "meng", "peng", "pen", "pem", "ke"} {
		if strings.HasPrefix(l, p) {
			for _, s := range []string{"kan", "nya", "an", "i"} {
				if strings.HasSuffix(l, s) && len(l) > len(p)+len(s)+2 {
					return true
				}
			}
		}
	}
	return false
}

type parser struct {
	x      *Extractor
	src    string // the document text the words' spans point into
	ws     []lexicon.Word
	tags   []tag
	refs   []tagRef // the entries tags matched (see tag)
	lang   string
	vocab  *vocabulary // the words the story writes in lower case
	quoted []bool
	// titleCase marks a headline written in title case, where capitals
	// say nothing: a word the story also writes in lower case is no name.
	titleCase bool
}

func (p *parser) isNameWord(i int) bool {
	if i >= len(p.ws) {
		return false
	}
	w := &p.ws[i]
	if !w.Cap || p.tags[i].kind != tNone {
		return p.pronounName(i)
	}
	if w.Kind != doc.Word && !(w.Kind == doc.Abbrev && len(w.Text) <= 5) {
		return false
	}
	if w.Flags&fAllCaps != 0 && p.capsSurname(i) {
		return true
	}
	// ("Gubernur NTB Lalu Hamzanwadi Akbar": the Sasak style "Lalu",
	// not "then", inside a capitalised run.)
	if w.Lower == "lalu" && i > 0 && p.ws[i-1].Cap && i+1 < len(p.ws) && p.ws[i+1].Cap && p.ws[i+1].Flags&fNotName == 0 && p.tags[i+1].kind == tNone {
		return true
	}
	if w.Flags&(fAllCaps|fDigit|fNotName) != 0 || w.Flags&fNotNameEn != 0 && p.lang == "id" && i == 0 {
		return false
	}
	// ("... and Thai Vice Foreign Minister X": "Vice" opens a title,
	// and names no one.)
	if w.Flags&fPreMod != 0 && i+1 < len(p.ws) && p.tags[i+1].kind == tTitle {
		return false
	}
	first := i == 0 || p.ws[i-1].Flags&fOpenPunct != 0
	if (first || p.titleCase) && (p.lang == "id" && indonesianVerbShape(w.Lower) || p.vocab.has(w.Lower)) {
		return false
	}
	return true
}

// meetingHead reports the words that open the name of a meeting, which is
// no institution.
func meetingHead(l string) bool {
	switch l {
	case "sidang", "pertemuan", "rapat", "session":
		return true
	}
	return false
}

// capsSurname reports a surname written in capitals before a given
// name, after an honorific or a title: "H.E. MORITA Kenji", "Samdech
// HUN Manet", "Ambassador LIM Nary".
func (p *parser) capsSurname(i int) bool {
	w := &p.ws[i]
	if w.Kind != doc.Word || len(w.Text) < 2 || w.Flags&fDigit != 0 || p.tags[i].kind != tNone || i == 0 || i+1 >= len(p.ws) {
		return false
	}
	if k := p.tags[i-1].kind; k != tHon && k != tTitle {
		return false
	}
	n := &p.ws[i+1]
	return n.Cap && n.Kind == doc.Word && n.Flags&(fAllCaps|fDigit|fNotName) == 0 && p.tags[i+1].kind == tNone
}

// placeChain reports a mention named as a place or as the next link of
// one: "di Gedung Majelis Nasional", "di Gedung Nusantara III, Kompleks
// Parlemen". out holds the mentions kept before m.
func (p *parser) placeChain(out []Mention, m *Mention) bool {
	if m.W0 > 0 && p.ws[m.W0-1].Flags&fLocPrep != 0 {
		return true
	}
	if m.W0 < 2 || p.ws[m.W0-1].Text != "," || len(out) == 0 {
		return false
	}
	prev := &out[len(out)-1]
	return prev.W1 == m.W0-1 && (prev.Loc || prev.W0 > 0 && p.ws[prev.W0-1].Flags&fLocPrep != 0)
}

// pronounName reports a capitalised pronoun inside a sentence that a
// name word follows: the surname in "Ambassador He Jianwei".
func (p *parser) pronounName(i int) bool {
	if p.tags[i].kind != tPronoun || i == 0 || !p.ws[i].Cap || p.ws[i-1].Flags&fOpenPunct != 0 || i+1 >= len(p.ws) {
		return false
	}
	n := p.ws[i+1]
	return n.Cap && n.Kind == doc.Word && p.tags[i+1].kind == tNone && n.Flags&(fAllCaps|fDigit|fNotName) == 0
}

// runToGloss returns the end of a run of capitalised words closed by a
// parenthesised abbreviation and followed by a name: "Muda Tindak Pidana
// Khusus (Jampidsus) Sutrisno"; else j.
func (p *parser) runToGloss(j int) int {
	ws, tags := p.ws, p.tags
	for e := j; e < len(ws) && e-j <= 6; e++ {
		w := ws[e]
		if w.Text == "(" {
			if e == j || e+2 >= len(ws) || ws[e+2].Text != ")" || !ws[e+1].Cap {
				return j
			}
			if p.isNameWord(e+3) || e+3 < len(ws) && (tags[e+3].kind == tHon || p.isRank(tags[e+3])) {
				return e + 3
			}
			return j
		}
		if !w.Cap || w.Kind != doc.Word || tags[e].kind == tCountry || tags[e].kind == tHon || tags[e].kind == tIGO {
			return j
		}
	}
	return j
}

// runToGlossOnly returns the end of a run of capitalised words (with
// "and", "dan", "of", "&") closed by a parenthesised abbreviation, or j.
func (p *parser) runToGlossOnly(j int) int {
	ws, tags := p.ws, p.tags
	for e := j; e < len(ws) && e-j <= 10; e++ {
		w := ws[e]
		switch {
		case w.Text == "(":
			if e > j && e+2 < len(ws) && ws[e+2].Text == ")" && ws[e+1].Flags&fAllCaps != 0 {
				return e + 3
			}
			return j
		case w.Lower == "and" || w.Lower == "dan" || w.Lower == "of" || w.Lower == "&":
		case w.Cap && w.Kind == doc.Word && tags[e].kind != tCountry && tags[e].kind != tTitle && tags[e].kind != tHon:
		default:
			return j
		}
	}
	return j
}

// isTitleCase reports a sentence of five or more words whose words nearly
// all start with a capital: "Menteri P2MI Temui Menteri Sumber Manusia
// Malaysia, Minta Upah PMI Dibayar".
func isTitleCase(ws []lexicon.Word) bool {
	words, caps := 0, 0
	for _, w := range ws {
		if w.Kind != doc.Word {
			continue
		}
		words++
		if w.Cap {
			caps++
		}
	}
	return titleCase(words, caps)
}

// titleCase is isTitleCase for a sentence of words words, caps of them
// capitalised.
func titleCase(words, caps int) bool { return words >= 5 && caps*10 >= words*8 }

// nameRun returns the end of the run of name words starting at i.
func (p *parser) nameRun(i int) int {
	j := i
	for j < len(p.ws) && j-i < 5 {
		if p.isNameWord(j) {
			j++
			continue
		}
		if j > i && p.ws[j].Flags&fNamePrefix != 0 {
			// "van der Berg", "bin Sultan Al-Harbi": particles, then any
			// capitalised word that is not a country.
			k := j
			for k < len(p.ws) && p.ws[k].Flags&fNamePrefix != 0 {
				k++
			}
			if k < len(p.ws) && p.ws[k].Cap && p.ws[k].Kind == doc.Word && p.tags[k].kind != tCountry {
				j = k + 1
				continue
			}
		}
		break
	}
	// "Yusuf Hakim meminta", "Hakim Zainal mengatakan": a one-word title
	// closing a name, with no name after it, is the name's last word.
	if j > i && j < len(p.ws) && p.tags[j].kind == tTitle && p.tags[j].n == 1 && p.ws[j].Cap && p.ws[j].Kind == doc.Word && p.ws[j].Flags&fAllCaps == 0 &&
		(j+1 >= len(p.ws) || !p.ws[j+1].Cap) && p.lang == "id" {
		j++
	}
	return j
}

func (p *parser) text(i, j int) string {
	if i >= j {
		return ""
	}
	// Words written with single spaces between them are a slice of the
	// text, which costs nothing.
	plain := true
	for k := i + 1; k < j && plain; k++ {
		gap := p.ws[k].Span.Start - p.ws[k-1].Span.End
		plain = gap == 0 || gap == 1 && p.src[p.ws[k-1].Span.End] == ' '
	}
	if plain {
		return p.src[p.ws[i].Span.Start:p.ws[j-1].Span.End]
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && p.ws[k].Span.Start > p.ws[k-1].Span.End {
			b.WriteByte(' ')
		}
		b.WriteString(p.ws[k].Text)
	}
	return b.String()
}

func (p *parser) span(i, j int) doc.Span {
	return doc.Span{Start: p.ws[i].Span.Start, End: p.ws[j-1].Span.End}
}

func (p *parser) prep(i int) string {
	if i > 0 {
		return p.ws[i-1].Lower
	}
	return ""
}

// skipParen skips "(PM)", "(Menlu)", "(L)", "(kanan)" or a gloss such as
// "(Australian Federal Police/AFP)" after a phrase, returning the
// abbreviation it defines, if any.
// shortName reports a capitalised word of at least four letters that
// is no country, title or other word of ours: "Uzstandard", "Bakamla".
func (p *parser) shortName(k int) bool {
	w := &p.ws[k]
	return w.Cap && w.Kind == doc.Word && len(w.Text) >= 4 && p.tags[k].kind == tNone
}

// regionalHeads are the Indonesian offices of a region's head, written before the
// region's name: "Bupati Belu", "Gubernur NTB", "Wali Kota Jayapura".
var regionalHeads = map[string]bool{"bupati": true, "gubernur": true, "kota": true, "walikota": true, "camat": true}

// venueNouns are places where a body acts, not part of its name.
var venueNouns = map[string]bool{"bandara": true, "airport": true, "gedung": true, "building": true, "kantor": true, "istana": true, "palace": true,
	"pelabuhan": true, "port": true, "hotel": true, "markas": true, "headquarters": true, "lapangan": true, "terminal": true, "pangkalan": true, "base": true}

// skipGloss skips a parenthesised name in title case, "(Grand National
// Assembly of Turkiye)": two to eight words, each capitalised but for
// "of", "the", "and", "for" and "dan". It returns j when there is none.
func (p *parser) skipGloss(j int) int {
	if j >= len(p.ws) || p.ws[j].Text != "(" {
		return j
	}
	for k := j + 1; k < len(p.ws) && k <= j+9; k++ {
		w := &p.ws[k]
		if w.Text == ")" {
			if k-j-1 >= 2 {
				return k + 1
			}
			return j
		}
		if w.Kind != doc.Word || !w.Cap && w.Lower != "of" && w.Lower != "the" && w.Lower != "and" && w.Lower != "for" && w.Lower != "dan" {
			return j
		}
	}
	return j
}

func (p *parser) skipParen(j int) (int, string) {
	if j+2 < len(p.ws) && p.ws[j].Text == "(" && p.ws[j+2].Text == ")" {
		return j + 3, p.ws[j+1].Text
	}
	if j < len(p.ws) && p.ws[j].Text == "(" {
		abbr := ""
		for k := j + 1; k < len(p.ws) && k <= j+8; k++ {
			w := p.ws[k]
			if w.Text == ")" {
				if abbr != "" {
					return k + 1, abbr
				}
				return j, ""
			}
			if w.Kind == doc.Word && !w.Cap {
				return j, ""
			}
			if allCaps(w.Text) {
				abbr = w.Text
			}
		}
	}
	return j, ""
}

var extPreps = map[string]bool{"of": true, "for": true, "at": true, "to": true, "on": true, "in": true, "untuk": true, "dari": true, "di": true, "bidang": true, "from": true, "urusan": true}

// mentions parses the tagged words of a sentence into mentions.
// It appends them to out, which it may use as scratch space, and returns
// it, and how far into out's array it wrote.
// titleCase is isTitleCase(ws), which quoted found.
// marks are the sentence's marks, which tag found: an institution's
// name holds a word tagged as one, so none starts after the last
// (marks.inst), and a phrase has a head, so none starts after the last
// (marks.head).
func (x *Extractor) mentions(out []Mention, src string, ws []lexicon.Word, tags []tag, refs []tagRef, lang string, vocab *vocabulary, quoted []bool, titleCase bool, marks tagMarks) ([]Mention, int) {
	p := &parser{x: x, src: src, ws: ws, tags: tags, refs: refs, lang: lang, vocab: vocab, quoted: quoted, titleCase: titleCase}
	out = out[:0]
	tags = tags[:len(ws)]
	for i := 0; i < len(ws); {
		// A word inside a tag starts no mention, nor does a lower-case
		// word no list knows: neither a name, a title phrase nor "both
		// sides". Nor does punctuation, a symbol or an abbreviation in
		// lower case; a number may ("20 police officers"). (Those words,
		// most, are passed over in a loop of their own, which holds few
		// values.)
		for ; i < len(ws); i++ {
			if t, w := &tags[i], &ws[i]; !t.inside && (w.Cap || t.kind != tNone || w.Kind == doc.Number || w.Flags&(fDet|fPreMod|fBothStart|fCountMod) != 0) {
				break
			}
		}
		if i == len(ws) {
			break
		}
		// institution and phrase fill the mention in place, in the slot
		// past the end of out: a Mention is large, and most words start
		// none.
		out = slices.Grow(out, 1)
		next := &out[:len(out)+1][len(out)]
		if i > marks.inst {
			// no institution starts here
		} else if j, ok := p.institution(i, next); ok {
			out = out[:len(out)+1]
			i = j
			continue
		}
		// A phrase starts with a tagged word, a determiner, a modifier or a
		// number (see phrase), and has a head at or after it: most
		// capitalised words are names, none, and most determiners come
		// after a sentence's last head or in a sentence with none.
		if w := &ws[i]; i > marks.head || tags[i].kind == tNone && w.Flags&(fDet|fPreMod|fCountMod) == 0 && w.Kind != doc.Number {
			// no phrase starts here
		} else if j, ok := p.phrase(i, next); ok {
			out = out[:len(out)+1]
			i = j
			continue
		}
		// "the two presidents", "both leaders", "kedua presiden": both
		// parties. (The words that start these, but "they" and "mereka",
		// are flagged.)
		if w := &ws[i]; w.Flags&fBothStart == 0 && !(i == 0 && (w.Lower == "they" || w.Lower == "mereka")) {
			// no such phrase starts here
		} else if n := p.bothPhrase(i); n > 0 {
			out = append(out, Mention{Span: p.span(i, i+n), W0: i, W1: i + n, Kind: MBoth, Actor: -1, Prep: p.prep(i)})
			i += n
			continue
		} else if (w.Lower == "we" || w.Lower == "kami") && p.quoted != nil && i < len(p.quoted) && p.quoted[i] {
			// ""... and we condemn it," the ministry said": the speaker's
			// side, found when the quote's speaker is.
			out = append(out, Mention{Span: p.span(i, i+1), W0: i, W1: i + 1, Kind: MPronoun, Actor: -1, Prep: p.prep(i)})
			i++
			continue
		}
		t := tags[i]
		switch t.kind {
		case tIGO:
			m := Mention{Span: p.span(i, i+t.n), W0: i, W1: i + t.n, Kind: MIGO, Actor: -1, Country: "IGO", Org: *p.org(t), Prep: p.prep(i), instName: p.text(i, i+t.n)}
			// "at the UN", "di PBB", "in ASEAN": a forum, not a party;
			// "through Interpol channels", "melalui PBB": a channel.
			// ("through existing Interpol channels": an adjective may stand
			// between the preposition and the body.)
			forum := func(w string) bool {
				switch w {
				case "in", "at", "di", "dalam", "during", "within", "into", "of", "through", "via", "melalui", "under", "lewat":
					return true
				}
				return false
			}
			if forum(m.Prep) || i >= 2 && !ws[i-1].Cap && ws[i-1].Kind == doc.Word && forum(ws[i-2].Lower) {
				m.Loc = true
			}
			// "Timor-Leste's ASEAN bid", "UN agencies": the body modifies a
			// noun and is no party.
			// (English only: Indonesian puts modifiers after the noun, so
			// "PBB memuji" is a subject and its verb.)
			if k := i + t.n; p.lang == "en" && k < len(ws) {
				if ws[k].Text == "'s" {
					k++ // "the European Union's eastern frontier"
				}
				if k < len(ws) && ws[k].Kind == doc.Word && !ws[k].Cap && tags[k].kind == tNone && !isVerbLike(ws[k].Lower) {
					m.Modifier = true
				}
			}
			j := i + t.n
			if j2, ab := p.skipParen(j); ab != "" && allCaps(ab) {
				m.abbr, j = ab, j2
			}
			out = append(out, m)
			i = j
			continue
		case tCountry:
			m := Mention{Span: p.span(i, i+t.n), W0: i, W1: i + t.n, Kind: MCountry, Actor: -1, Country: p.country(t).ISO3, Prep: p.prep(i)}
			// "the Kingdom": which kingdom, the story's sides say (see
			// Extract).
			if p.country(t).Kind == "monarchy" {
				m.Country, m.Role = "", "kingdom"
			}
			// A capital after a locative word is a place; elsewhere it stands
			// for its government ("Manila urged Beijing").
			pf := uint32(0)
			if i > 0 {
				pf = ws[i-1].Flags
			}
			m.Loc = pf&fLocPrep != 0 && !(m.Prep == "dari" || m.Prep == "from") || p.country(t).Kind == "city" && pf&fPlaceVerb != 0
			// "in Phonhong district of Vientiane Province": the place a
			// smaller place is in is a place too.
			if m.Prep == "of" && i >= 4 && placeNoun(ws[i-2].Lower) {
				for k := i - 3; k >= 0 && k >= i-5; k-- {
					if ws[k].Flags&fLocPrep != 0 {
						m.Loc = true
						break
					}
					if !ws[k].Cap {
						break
					}
				}
			}
			// "di Vientiane, Laos", "in Phnom Penh, Cambodia", "di Hospital
			// Sultanah Aminah, Johor Bahru": the country or city of a place
			// just named is a place too.
			if prev := len(out) - 1; m.Prep == "," && prev >= 0 && out[prev].W1+1 == i && (out[prev].Loc || out[prev].W0 > 0 && ws[out[prev].W0-1].Flags&fLocPrep != 0) {
				m.Loc = true
			}
			// "the Lao capital", "North Korea's missile launches": a country
			// word modifying an ordinary noun names no actor.
			if k := i + t.n; k < len(ws) {
				if ws[k].Text == "'s" {
					k++
				}
				// ("Filipino fishermen", "Vietnamese fishing boats": the
				// country's nationals or their boats stand for it.)
				if k < len(ws) && (p.country(t).Kind == "adj" || k > i+t.n) && ws[k].Kind == doc.Word && !ws[k].Cap && tags[k].kind == tNone && !isVerbLike(ws[k].Lower) && !nationalsAt(ws, k) {
					m.Modifier = true
				}
			}
			out = append(out, m)
			i += t.n
			continue
		case tBoth:
			m := Mention{Span: p.span(i, i+t.n), W0: i, W1: i + t.n, Kind: MBoth, Actor: -1, Prep: p.prep(i)}
			// ("the three countries", "ketiga negara": Role "three".)
			if r := p.role(t); r != nil {
				m.Role = r.Role
			}
			out = append(out, m)
			i += t.n
			continue
		case tPronoun:
			if p.pronounName(i) {
				break // "Ambassador He Jianwei": a surname
			}
			// ("It also called on ...": a sentence's opening "it" may be
			// the body the sentence before told of; anywhere else it is
			// too often a thing.)
			if l := ws[i].Lower; l != "his" && l != "her" && (l != "it" || i == 0) {
				out = append(out, Mention{Span: p.span(i, i+1), W0: i, W1: i + 1, Kind: MPronoun, Actor: -1, Prep: p.prep(i)})
			}
			i++
			continue
		}
		if p.isNameWord(i) {
			j := p.nameRun(i)
			m := Mention{Span: p.span(i, j), W0: i, W1: j, Kind: MPerson, Actor: -1, Prep: p.prep(i), name: p.text(i, j), alias: p.text(i, j), hasName: true}
			out = append(out, m)
			i = j
			continue
		}
		i++
	}
	// (Every mention, and every slot taken past the end, was written at
	// or before len(out): appositives only moves mentions down.)
	return p.appositives(out), min(len(out)+1, cap(out))
}

// officeNouns name a body by its holder: "the Attorney General's Office".
var officeNouns = map[string]bool{"office": true, "secretariat": true, "chambers": true}

// appositives joins "NAME, TITLE ..." into one titled person, and
// "mitranya dari Jepang, Menteri Luar Negeri X" into one person of Japan;
// "Tanzania Police Force Commissioner X" is Tanzanian.
func (p *parser) appositives(ms []Mention) []Mention {
	// (Each join below is of a mention and the one before or after it.)
	if len(ms) < 2 {
		return ms
	}
	// The mentions are joined in place: a mention is large, and most
	// stay where they are, so keep moves one only when an earlier pair
	// was joined.
	out := ms[:0]
	keep := func(k int) {
		if len(out) == k {
			out = out[:k+1]
		} else {
			out = append(out, ms[k])
		}
	}
	for k := 0; k < len(ms); k++ {
		m := &ms[k]
		// "The Attorney General's Office", "the Prime Minister's Office":
		// an office named by its holder's title is one body, not the
		// title and a bare "Office".
		if m.Kind == MPerson && !m.hasName && m.title != "" && k+1 < len(ms) && ms[k+1].Kind == MInst && ms[k+1].W0 == m.W1+1 && m.W1 < len(p.ws) && (p.ws[m.W1].Text == "'s" || p.ws[m.W1].Text == "’s") && officeNouns[p.ws[ms[k+1].W0].Lower] && ms[k+1].W1 == ms[k+1].W0+1 {
			n := &ms[k+1]
			n.Span.Start, n.W0, n.Prep = m.Span.Start, m.W0, m.Prep
			n.instName = p.text(n.W0, n.W1)
			if n.Country == "" {
				n.Country = m.Country
			}
			continue
		}
		// "the Indonesian Army's Border Security Task Force": a body of
		// another body is that one's country's.
		if m.Kind == MInst && m.Country == "" && k > 0 && (ms[k-1].Kind == MInst || ms[k-1].Kind == MGroup) && ms[k-1].Country != "" && ms[k-1].Country != "IGO" && ms[k-1].W1+1 == m.W0 && ms[k-1].W1 < len(p.ws) && (p.ws[ms[k-1].W1].Text == "'s" || p.ws[ms[k-1].W1].Text == "’s") {
			m.Country = ms[k-1].Country
		}
		// "Pemerintah Munisipalitas Covalima, Timor-Leste": a body with
		// its country (not a city: "Kompleks Parlemen, Senayan" is an
		// address) after a comma is that country's, and the country there
		// names no party of its own.
		// (Not a building one is in: "di Gedung Majelis Nasional, Hanoi".)
		// "the Ministry of Foreign Affairs in Dhaka": a ministry named
		// with the city it sits in is that country's (not an embassy or a
		// court, which may sit abroad).
		if m.Kind == MInst && m.Country == "" && k+1 < len(ms) && ms[k+1].Kind == MCountry && ms[k+1].Country != "" && ms[k+1].Country != "IGO" && ms[k+1].W0 == m.W1+1 && m.W1 < len(p.ws) &&
			(p.ws[m.W1].Lower == "in" || p.ws[m.W1].Lower == "di") && ministryName(m.instName) {
			m.Country = ms[k+1].Country
		}
		// "Foreign Minister Tran Van Minh of Vietnam": a titled name
		// followed by "of" and a country is that country's, and the
		// country there names no party of its own.
		if m.Kind == MPerson && m.hasName && m.title != "" && m.Country == "" && k+1 < len(ms) && ms[k+1].Kind == MCountry && ms[k+1].Country != "" && ms[k+1].Country != "IGO" && !ms[k+1].Loc &&
			m.W1 < len(p.ws) && p.ws[m.W1].Lower == "of" && (ms[k+1].W0 == m.W1+1 || ms[k+1].W0 == m.W1+2 && p.ws[m.W1+1].Lower == "the") {
			m.Country = ms[k+1].Country
			ms[k+1].Modifier = true
		}
		// (Also when the body's name holds a city of that country:
		// "Pemerintah Kota Dili, Timor-Leste".)
		if m.Kind == MInst && (m.Country == "" || k+1 < len(ms) && m.Country == ms[k+1].Country) && k+1 < len(ms) && ms[k+1].Kind == MCountry && ms[k+1].Country != "" && ms[k+1].W0 == m.W1+1 && m.W1 < len(p.ws) && p.ws[m.W1].Text == "," &&
			!p.placeChain(out, m) && p.tags[ms[k+1].W0].kind == tCountry && p.country(p.tags[ms[k+1].W0]).Kind != "city" {
			m.Country = ms[k+1].Country
			ms[k+1].Loc = true
		}
		// "Satgas Pamtas RI-RDTL", "the Joint Border Committee
		// Malaysia-Indonesia": the pair of countries a body's name ends
		// with names the border or the partnership it serves, no party.
		// (When the name took the first country in, the second follows
		// its hyphen.)
		// ("Satuan Tugas Pengamanan Perbatasan (Satgas Pamtas) RI-RDTL":
		// or after the body's abbreviation in brackets.)
		end := m.W1
		if end < len(p.ws) && p.ws[end].Text == ")" {
			end++
		}
		if m.Kind == MInst && k+2 < len(ms) && ms[k+1].Kind == MCountry && ms[k+2].Kind == MCountry && ms[k+1].W0 == end && ms[k+2].W0 == ms[k+1].W1+1 &&
			ms[k+1].W1 < len(p.ws) && p.ws[ms[k+1].W1].Text == "-" {
			ms[k+1].Modifier, ms[k+2].Modifier = true, true
		} else if m.Kind == MInst && m.Country != "" && m.Country != "IGO" && k+1 < len(ms) && ms[k+1].Kind == MCountry && ms[k+1].W0 == m.W1+1 && m.W1 < len(p.ws) && p.ws[m.W1].Text == "-" {
			ms[k+1].Modifier = true
		}
		// "Presidensi G20 Afrika Selatan": a body named before a country
		// it belongs with is that country's, no party of its own.
		if m.Kind == MIGO && k+1 < len(ms) && ms[k+1].Kind == MCountry && ms[k+1].W0 == m.W1 && !ms[k+1].Loc {
			m.Modifier = true
		}
		// "Sailors of both navies", "personel dari kedua negara": a group
		// of both parties is both parties.
		if (m.Kind == MGroup || m.Kind == MPerson && !m.hasName) && m.Country == "" && k+1 < len(ms) && ms[k+1].Kind == MBoth && ms[k+1].W0 == m.W1+1 && m.W1 < len(p.ws) {
			if l := p.ws[m.W1].Lower; l == "of" || l == "dari" {
				n := ms[k+1]
				n.Span.Start, n.W0, n.Prep = m.Span.Start, m.W0, m.Prep
				ms[k+1] = n
				continue
			}
		}
		if k > 0 && m.Kind == MPerson && m.hasName && m.Country == "" && ms[k-1].Kind == MInst && ms[k-1].W1 == m.W0 && ms[k-1].Country != "" && ms[k-1].Country != "IGO" {
			m.Country = ms[k-1].Country
			if ms[k-1].sector != "" && (m.sector == "" || m.sector == "GOV") {
				m.sector = ms[k-1].sector
			}
		}
		if m.Kind == MPerson && !m.hasName && (m.Counterpart || m.Country != "") && k+1 < len(ms) {
			n := &ms[k+1]
			// "the commander of the Australian task group, Commander X": a
			// few lower-case words may end the title phrase.
			c := m.W1
			for c < len(p.ws) && c-m.W1 < 3 && p.ws[c].Kind == doc.Word && !p.ws[c].Cap && p.ws[c].Flags&(fDet|fExtPrep) == 0 && !isVerbLike(p.ws[c].Lower) {
				c++
			}
			if n.Kind == MPerson && n.hasName && c < len(p.ws) && p.ws[c].Text == "," && n.W0 == c+1 && (n.Country == "" || n.Country == m.Country) {
				n.Country, n.Counterpart = m.Country, m.Counterpart
				n.Span.Start, n.W0 = m.Span.Start, m.W0
				if n.title == "" {
					n.title = m.title
				}
				keep(k + 1)
				k++
				continue
			}
		}
		// "Group Captain Bradley Whitcombe, Australia's outgoing defence
		// adviser": a ranked name with no country takes its apposition's.
		if m.Kind == MPerson && m.hasName && m.title != "" && m.Country == "" && k+1 < len(ms) && m.W1 < len(p.ws) && p.ws[m.W1].Text == "," {
			gap := m.W1 + 1
			for gap < len(p.ws) && p.ws[gap].Flags&fDet != 0 {
				gap++
			}
			// (Not in a sentence's opening participle: in "Meeting Prime
			// Minister Zalewski, the Vietnamese leader proposed ..." the
			// title is the main clause's subject.)
			if n := &ms[k+1]; n.W0 == gap && !n.hasName && n.Kind == MPerson && n.title != "" && n.Country != "" && n.Country != "IGO" && !p.openingParticiple(m.W0) {
				m.Country, m.Posting = n.Country, n.Posting
				m.Span.End, m.W1 = n.Span.End, n.W1
				keep(k)
				k++
				continue
			}
		}
		if m.Kind == MPerson && m.hasName && m.title == "" && k+1 < len(ms) {
			n := &ms[k+1]
			gap := m.W1
			if gap < len(p.ws) && p.ws[gap].Text == "," {
				gap++
				for gap < len(p.ws) && p.ws[gap].Flags&fDet != 0 {
					gap++
				}
				// "Kenji Matsuura, director general of the Foreign Ministry's
				// bureau": a title word no mention took (its body is
				// unplaced) still titles the name.
				// (Not past a comma that ends the sentence.)
				if gap < len(p.tags) && p.tags[gap].kind == tTitle && !p.tags[gap].inside && (k+1 >= len(ms) || ms[k+1].W0 > gap) {
					t := p.tags[gap]
					if r := p.role(t); r != nil {
						m.title, m.Role = p.text(gap, gap+t.n), r.Role
						if m.sector == "" {
							m.sector = r.Sector
						}
					}
				}
				if n.W0 == gap && !n.hasName && (n.Kind == MPerson || n.Kind == MGroup && n.Role == "delegation") && n.title != "" {
					m.title, m.Role, m.sector, m.Posting = n.title, n.Role, n.sector, n.Posting
					if n.Country != "" {
						m.Country = n.Country
					}
					m.Span.End = n.Span.End
					m.W1 = n.W1
					m.Kind = MPerson
					keep(k)
					k++
					continue
				}
			}
		}
		keep(k)
	}
	return out
}

// openingParticiple reports that word w lies in a phrase the sentence
// opens with by a participle ("Meeting Prime Minister X, ..."), before
// its first comma.
func (p *parser) openingParticiple(w int) bool {
	k := 0
	for k < len(p.ws) && p.ws[k].Kind != doc.Word {
		k++
	}
	// (Not a place, "BEIJING - ...", "Nanjing", nor a preposition,
	// "During the visit, ...".)
	if k >= len(p.ws) || !strings.HasSuffix(p.ws[k].Lower, "ing") || p.lang != "en" || allCaps(p.ws[k].Text) || p.tags[k].kind != tNone || ingPrepositions[p.ws[k].Lower] {
		return false
	}
	for j := k; j < w; j++ {
		if p.ws[j].Text == "," {
			return false
		}
	}
	return true
}

// ingPrepositions end in -ing but open no participle.
var ingPrepositions = map[string]bool{"during": true, "following": true, "according": true, "including": true, "regarding": true, "concerning": true,
	"notwithstanding": true, "pending": true, "excluding": true}

// lowerRunToInst returns where an institution word starts after one or
// two plain lower-case words from j ("aid agency", "disaster
// management agency"), or j when there is none.
func (p *parser) lowerRunToInst(j int) int {
	ws, tags := p.ws, p.tags
	for k := j; k < len(ws) && k < j+3; k++ {
		if t := tags[k]; t.kind == tInst && !t.inside {
			if k > j {
				return k
			}
			return j
		}
		if kd := tags[k].kind; kd != tNone && kd != tPortfolio && kd != tSectorMod || tags[k].inside || ws[k].Cap || ws[k].Kind != doc.Word || isVerbLike(ws[k].Lower) || quantifier(ws[k].Lower) {
			return j
		}
	}
	return j
}

// nationalsAt reports a noun for a country's people or boats at k, maybe
// after "fishing": "fishermen", "nationals", "fishing boats".
func nationalsAt(ws []lexicon.Word, k int) bool {
	if ws[k].Lower == "fishing" && k+1 < len(ws) {
		k++
	}
	switch ws[k].Lower {
	case "fishermen", "fishers", "fisherman", "nationals", "citizens", "crew", "crewmen", "sailors", "seafarers", "workers", "migrants", "boats", "boat", "vessels", "vessel", "trawlers", "trawler":
		return true
	}
	return false
}

// shipPrefix reports a navy's ship prefix before a ship's name: "KRI",
// "BRP", "HMAS" (an institution word of a navy, in capitals, with a
// country, then a capitalised word).
func (p *parser) shipPrefix(i int) bool {
	ws, t := p.ws, p.tags[i]
	return t.kind == tInst && t.n == 1 && !t.inside && ws[i].Flags&fAllCaps != 0 && p.role(t).Sector == "MIL" && p.role(t).Country != "" &&
		i+1 < len(ws) && ws[i+1].Cap && ws[i+1].Flags&fAllCaps == 0
}

// institution reads a capitalised name holding an institution word:
// "Cambodian National Police (CNP)", "Kementerian Luar Negeri Jepang". It fills *m when it finds one and
// returns where the name ends.
func (p *parser) institution(i int, m *Mention) (int, bool) {
	ws, tags := p.ws, p.tags
	if !ws[i].Cap && !(tags[i].kind == tCountry) {
		return 0, false
	}
	// "Sidang Komisi Bersama ke-9", "Joint Commission Meeting": a
	// meeting's name, not a body.
	if meetingHead(ws[i].Lower) {
		return 0, false
	}
	// "KRI Sultan Thaha Syaifuddin-376", "BRP Jose Rizal": a navy's
	// ship prefix names the ship with every capitalised word after it,
	// titles and places included.
	if p.shipPrefix(i) {
		t := tags[i]
		end := i + 1
		for end < len(ws) && ws[end].Cap && ws[end].Kind == doc.Word && ws[end].Flags&fAllCaps == 0 {
			end++
		}
		*m = Mention{Span: p.span(i, end), W0: i, W1: end, Kind: MInst, Actor: -1, Country: p.role(t).Country, Prep: p.prep(i), sector: "MIL", instName: p.text(i, end)}
		return end, true
	}
	j := i
	hasInst, hasTitle := false, false
	instSector, country, lastCap := "", "", i
	for j < len(ws) {
		t := tags[j]
		w := &ws[j]
		switch {
		case t.inside:
			j++
			continue
		case (w.Cap || w.Flags&fAllCaps != 0) && t.kind == tHon:
			// "Police Datuk Seri Azman Harun": a person starts here.
		case w.Cap && w.Flags&fDateWord != 0:
			// "Government of Japan on Wednesday": a date ends the name.
		case w.Cap || w.Flags&fAllCaps != 0:
			if t.kind == tTitle && !hasInst && !(j == i && w.Lower == "general" && j+1 < len(ws) && tags[j+1].kind == tInst) {
				hasTitle = true // (not "General Department of Immigration")
			}
			if t.kind == tTitle && hasInst {
				break
			}
			if t.kind == tInst || t.kind == tGroup && j > i {
				if !hasInst {
					instSector = p.role(t).Sector
				}
				hasInst = true
				if country == "" && p.role(t).Country != "" {
					country = p.role(t).Country
				}
			}
			// ("Mission to Nigeria" is not Nigeria's; "a note to Nigeria's
			// Ministry of Foreign Affairs" is: the body's name starts there.)
			// ("of the Kingdom of Thailand": the state named after the
			// style, not the one "the Kingdom" would guess.)
			if t.kind == tCountry && country == "" && !(j > i && (ws[j-1].Lower == "to" || ws[j-1].Lower == "untuk" || ws[j-1].Lower == "in" || ws[j-1].Lower == "di")) && p.country(t).Kind != "monarchy" {
				country = p.country(t).ISO3
			}
			if t.kind == tIGO && country == "" {
				country = "IGO"
			}
			n := t.n
			if n == 0 {
				n = 1
			}
			j += n
			lastCap = j
			continue
		case w.Text == "," && hasInst && p.instCommaList(j) > j:
			// "Departemen Perdagangan, Industri dan Persaingan (DTIC)
			// Afrika Selatan": a comma list of portfolios in the name.
			j = p.instCommaList(j)
			lastCap = j
			continue
		case (w.Lower == "and" || w.Lower == "dan") && j+1 < len(ws) && tags[j+1].kind == tCountry:
			// "Pemerintah Indonesia dan Singapura": two parties, not one name.
		case (w.Lower == "and" || w.Lower == "dan") && hasInst && p.startsInstitution(j+1):
			// "Polri dan Polis Diraja Malaysia": two institutions.
		case (w.Lower == "and" || w.Lower == "dan") && j > i && j+1 < len(ws) && ws[j-1].Flags&fAllCaps != 0 && ws[j+1].Flags&fAllCaps != 0:
			// "BNN dan CNB": two abbreviations are two bodies.
		case (w.Lower == "of" || w.Lower == "for" || w.Lower == "on" || w.Lower == "and" || w.Lower == "the" || w.Lower == "dan" || w.Lower == "untuk" || w.Lower == "bagi" || w.Text == "'s") && j+1 < len(ws) && ws[j+1].Cap && j > i:
			j++
			continue
		}
		break
	}
	if !hasInst || hasTitle || lastCap-i < 2 && tags[i].kind != tInst {
		return 0, false
	}
	// A lone institution word ("Senate", "Kementerian") is a phrase, not a name.
	if lastCap-i == 1 {
		return 0, false
	}
	end := lastCap
	first := i
	if articleOrCount(ws[first].Lower) && first+1 < end {
		first++
	}
	*m = Mention{Span: p.span(first, end), W0: first, W1: end, Kind: MInst, Actor: -1, Country: country, Prep: p.prep(first), sector: instSector, instName: p.text(first, end)}
	// ("Agensi Standardisasi ... Uzbekistan (Uzstandard)", "(Bakamla)": a
	// one-word gloss in capitalised case abbreviates the name too.)
	if j2, ab := p.skipParen(end); ab != "" && (allCaps(ab) || j2 == end+3 && p.shortName(end+1)) {
		m.abbr = ab
		end = j2
	}
	// "... (NADM) of Nepal", "... (BFAR) Filipina": the country follows the name.
	// (The country word is the name's: no party of its own.)
	if m.Country == "" && end+1 < len(ws) && (ws[end].Lower == "of" || ws[end].Lower == "in") && tags[end+1].kind == tCountry && !tags[end+1].inside {
		m.Country = p.country(tags[end+1]).ISO3
		end += 1 + tags[end+1].n
	} else if c, e := p.ofTheState(end); m.Country == "" && c != "" {
		// ("The Ministry of Foreign Affairs of the Kingdom of Thailand".)
		m.Country, end = c, e
	} else if m.abbr != "" && end < len(ws) && tags[end].kind == tCountry && !tags[end].inside && (m.Country == "" || m.Country == p.country(tags[end]).ISO3) {
		m.Country = p.country(tags[end]).ISO3
		end += tags[end].n
	}
	return end, true
}

// phrase reads an actor phrase around a title, institution word, group
// word or counterpart: [det] [country/modifiers] HEAD [extension] [(ABBR)]
// [,] [honorifics] [NAME]. It fills *m when it finds one and returns
// where the phrase ends.
func (p *parser) phrase(i int, m *Mention) (int, bool) {
	ws, tags := p.ws, p.tags
	n := len(ws)
	j := i
	for j < n && ws[j].Flags&fDet != 0 && tags[j].kind != tBoth {
		j++
	}
	start := j
	if j > i && j < n && p.shipPrefix(j) {
		return p.institution(j, m) // "the BRP Datu Mabini"
	}
	// What the pre-modifiers say, for the mention made once there is a
	// head: most words start no phrase, and a mention is large.
	var country, org, sector string
	// Pre-modifiers.
	for j < n {
		t := tags[j]
		switch {
		case t.kind == tCountry && !t.inside:
			if country == "" {
				country = p.country(t).ISO3
			}
			j += t.n
			if j < n && ws[j].Text == "'s" {
				j++
			}
			continue
		case t.kind == tIGO && !t.inside:
			country, org = "IGO", *p.org(t)
			j += t.n
			if j < n && ws[j].Text == "'s" {
				j++ // "the EU's High Representative"
			}
			continue
		case t.kind == tSectorMod && !t.inside:
			sector = p.role(t).Sector
			j += t.n
			continue
		case t.kind == tPortfolio && !t.inside && j+1 < n && (tags[j+1].kind == tTitle || tags[j+1].kind == tPortfolio) && (p.lang == "en" || ws[j].Cap):
			// "Philippine Foreign Secretary X". (Indonesian names the
			// portfolio after the office: "kunjungan kerja Menteri X" has
			// none before it.)
			j += t.n
			continue
		case t.kind == tPortfolio && !t.inside && p.lang == "en" && p.portfolioRunToTitle(j) > j:
			// "Investment, Trade and Industry Minister X": a comma list of
			// portfolios before the title.
			j = p.portfolioRunToTitle(j)
			continue
		case t.kind == tInst && !t.inside && j+t.n < n && (tags[j+t.n].kind == tTitle && p.role(tags[j+t.n]).Role == "delegation" || tags[j+t.n].kind == tGroup):
			// "a Philippine police delegation": the institution word says the sector.
			sector = p.role(t).Sector
			j += t.n
			continue
		case ws[j].Flags&fPreMod != 0 && t.kind == tNone:
			j++
			continue
		case t.kind == tNone && !ws[j].Cap && ws[j].Kind == doc.Word && j+1 < n && tags[j+1].kind == tTitle && !tags[j+1].inside &&
			p.lang == "en" && (country != "" || start > i) && !isVerbLike(ws[j].Lower) && !quantifier(ws[j].Lower) && !prepositions[ws[j].Lower] && ws[j].Lower != "among":
			// "Kenya's principal secretary", "the special envoy": an English
			// adjective between a country or determiner and the title.
			// (Not a preposition: "in Bangkok between Gen X" is no
			// Bangkok general.)
			j++
			continue
		case t.kind == tNone && ws[j].Cap && ws[j].Kind == doc.Word && p.lang == "en" && country != "" &&
			(j+1 < n && tags[j+1].kind == tTitle && !tags[j+1].inside || j+2 < n && tags[j+1].kind == tNone && ws[j+1].Cap && ws[j+1].Kind == doc.Word && tags[j+2].kind == tTitle && !tags[j+2].inside):
			// "Singapore's Fleet Commander X", "Indonesia's Air
			// Operations Commander X": the title's own capitalised words
			// between the country and the title word.
			j++
			continue
		case (t.kind == tNone || t.kind == tPortfolio) && !t.inside && p.lang == "en" && country != "" && p.lowerRunToInst(j) > j:
			// "Saudi Arabia's aid agency", "Japan's disaster management
			// agency": lower-case words between a country and the
			// institution word.
			j = p.lowerRunToInst(j)
			continue
		case ws[j].Kind == doc.Number || ws[j].Flags&fCountMod != 0: // "40-member", "200-strong"
			j++
			continue
		}
		break
	}
	if j >= n {
		return 0, false
	}
	head := tags[j]
	if head.inside {
		return 0, false
	}
	switch head.kind {
	case tTitle, tInst, tGroup, tCounterpart, tHon:
		*m = Mention{Actor: -1, Prep: p.prep(i), Country: country, Org: org, sector: sector}
	default:
		return 0, false
	}
	switch head.kind {
	case tTitle, tInst, tGroup, tCounterpart:
	case tHon:
		// Honorifics alone license a name: "Samdech Hun Sen", "Dr. Budi".
		k := j
		for k < n && tags[k].kind == tHon && !tags[k].inside {
			k += tags[k].n
		}
		if !p.isNameWord(k) {
			return 0, false
		}
		e := p.nameRun(k)
		m.Kind, m.hasName = MPerson, true
		m.name, m.alias = p.text(k, e), p.text(j, e)
		m.Span, m.W0, m.W1 = p.span(start, e), start, e
		return e, true
	default:
		return 0, false
	}
	// "The General Commissariat of National Police", "the General
	// Department of Immigration": "General" opens a body's name.
	if head.kind == tTitle && head.n == 1 && ws[j].Lower == "general" && ws[j].Cap && j+1 < n && ws[j+1].Cap && tags[j+1].kind == tInst && !tags[j+1].inside {
		e, ok := p.institution(j, m)
		if ok && m.Country == "" && country != "" {
			m.Country = country // "Cambodia's General Commissariat ..."
		}
		return e, ok
	}
	// A country followed by nothing of ours is not a phrase.
	headStart := j
	implied := "" // a country the title word implies, used when the text gives none
	switch head.kind {
	case tTitle:
		m.Kind, m.Role = MPerson, p.role(head).Role
		if p.role(head).Role == "delegation" {
			m.Kind = MGroup
		}
		// (A title outside the state keeps its own sector: a "Defense
		// analyst" or a "pengamat hubungan internasional" studies the
		// field the word before names.)
		if m.sector == "" || NonStateSector(p.role(head).Sector) {
			m.sector = p.role(head).Sector
		}
		implied = p.role(head).Country
	case tInst:
		m.Kind = MInst
		if m.sector == "" {
			m.sector = p.role(head).Sector
		}
		if m.Country == "" {
			m.Country = p.role(head).Country
		}
	case tGroup:
		m.Kind = MGroup
		if m.sector == "" {
			m.sector = p.role(head).Sector
		}
	case tCounterpart:
		m.Kind, m.Counterpart = MPerson, true
	}
	// Titles written in lower case need a country, a determiner or a name
	// to count: "a major step" is no officer.
	j += head.n
	titleEnd := j
	// Extension: of/for/at/to/untuk/dari + countries, institutions, portfolio words.
	prep := ""
	for j < n {
		w, t := &ws[j], tags[j]
		if t.inside {
			j++
			continue
		}
		switch {
		case w.Text == "," && m.Kind == MPerson && j > headStart && (tags[j-1].kind == tPortfolio || tags[j-1].kind == tSectorMod || tags[j-1].kind == tTitle || tags[j-1].inside) && p.portfolioTail(j) > j:
			// "Minister of Labour, Invalids and Social Affairs X", "Menteri
			// Pertanian, Alam dan Kualitas Pangan Kerajaan Belanda, X": a
			// comma list of portfolios.
			j = p.portfolioTail(j)
			titleEnd = j
			continue
		case w.Flags&fExtPrep != 0 && j+1 < n:
			k := j + 1
			for k < n && (ws[k].Lower == "the" || ws[k].Flags&fDet != 0 && ws[k].Lower != "his" && ws[k].Lower != "her") {
				k++
			}
			// "president of the 78th session of the UN General Assembly":
			// a numbered session is the body's.
			if w.Lower == "of" && k+2 < n && ordinalWord(ws[k].Lower) && (ws[k+1].Lower == "session" || ws[k+1].Lower == "sesi") && ws[k+2].Lower == "of" {
				k += 3
				for k < n && ws[k].Lower == "the" {
					k++
				}
			}
			if k < n && ws[k].Cap && tags[k].kind == tNone && (w.Lower == "of" || w.Lower == "for") && m.Kind == MPerson {
				// "Minister for Energy, Water Resources and Irrigation, X":
				// comma-separated portfolios, then the name.
				if e, ok := p.portfolioList(k); ok {
					j = e
					titleEnd = e
					continue
				}
			}
			// ("Indonesian Consul in Vanimo Reinhard Situmeang": an office
			// in a town the gazetteer does not know, then a full name.)
			inTown := w.Lower == "in" && k+2 < n && ws[k].Cap && tags[k].kind == tNone && m.Kind == MPerson && m.Role != "" && p.isNameWord(k+1) && p.isNameWord(k+2)
			if k < n && (tags[k].kind == tCountry || tags[k].kind == tInst || tags[k].kind == tPortfolio || tags[k].kind == tSectorMod || tags[k].kind == tIGO || ws[k].Cap && ws[k].Flags&fInstWord != 0 || tags[k].kind == tTitle || ws[k].Flags&fAllCaps != 0 || (w.Lower == "at" || w.Lower == "di") && ws[k].Cap || inTown) {
				// "in"/"di" + a bare country is a place, not part of the title.
				if (w.Lower == "in" || w.Lower == "di") && tags[k].kind == tCountry {
					break
				}
				// "a researcher on Central Asian security": "on" takes a
				// portfolio ("Special Envoy on Climate"), not a name.
				if w.Lower == "on" && m.Kind == MPerson && tags[k].kind != tPortfolio && tags[k].kind != tSectorMod && tags[k].kind != tIGO {
					break
				}
				// ("the Federal Ministry of Finance on trade": a body's name
				// takes no lower-case topic.)
				if w.Lower == "on" && m.Kind == MInst && !ws[k].Cap {
					break
				}
				// "the Turkish government to Mozambique": only envoys,
				// missions and delegations are "to" a country.
				if (w.Lower == "to" || w.Lower == "untuk") && m.Kind == MInst && !postedBody(ws[headStart].Lower) {
					break
				}
				prep = w.Lower
				j = k
				continue
			}
		case t.kind == tCountry && p.country(t).Kind == "monarchy" && j+t.n+1 < n && ws[j+t.n].Lower == "of" && tags[j+t.n+1].kind == tCountry:
			// ("Ministry of Commerce of the Kingdom of Thailand": the
			// style; the state, if any, comes next.)
			j += t.n
			continue
		case t.kind == tCountry:
			iso := p.country(t).ISO3
			if (prep == "to" || prep == "untuk" || prep == "in" || prep == "di") && (m.Role == "ambassador" || m.Role == "" && m.Counterpart == false) {
				m.Posting = iso
			} else if prep == "to" || prep == "untuk" {
				m.Posting = iso
			} else if prep == "for" && p.country(t).Kind == "adj" && affairsAfter(ws, j+t.n) {
				// "Director General for American and European Affairs": a
				// portfolio's subject, not the officer's country.
			} else if prep == "from" && m.Role == "ambassador" && start > i && (ws[start-1].Lower == "its" || ws[start-1].Lower == "their") {
				// "recalled its ambassador from Asmara": where its envoy
				// serves, not whose envoy it is.
				m.Posting = iso
			} else if m.Country == "" || prep == "dari" || prep == "from" {
				m.Country = iso
			}
			j += t.n
			if j < n && ws[j].Text == "'s" {
				j++
			}
			// "Duta Besar Republik Rakyat Tiongkok (RRT) untuk Indonesia
			// X": the country's short form in parentheses stays in the
			// title.
			if j+3 < n && ws[j].Text == "(" && ws[j+2].Text == ")" && (tags[j+1].kind == tCountry || ws[j+1].Flags&fAllCaps != 0) && ws[j+3].Flags&fExtPrep != 0 {
				j += 3
			}
			titleEnd = j
			continue
		case t.kind == tIGO:
			if m.Country == "" {
				m.Country, m.Org = "IGO", *p.org(t)
			}
			j += t.n
			titleEnd = j
			continue
		case t.kind == tInst:
			if m.Kind == MGroup && p.role(t).Sector != "" {
				m.sector = p.role(t).Sector // "delegasi kepolisian Filipina"
			}
			if m.Kind == MPerson && (m.Role == "head_state" || m.Role == "chair" || m.Role == "official" || m.Role == "deputy_head") && p.role(t).Sector != "" {
				m.sector = p.role(t).Sector
				if p.role(t).Sector == "LEG" {
					m.Role = "legislative_head"
				}
			}
			if m.Country == "" && p.role(t).Country != "" {
				m.Country = p.role(t).Country
				// ("Juru bicara Kemlu Iran": a country right after the
				// body's word is its own; not after an embassy's, "KBRI
				// Malaysia", which sits there.)
				if k := j + t.n; k < n && tags[k].kind == tCountry && !tags[k].inside && p.country(tags[k]).Kind != "city" && !postedBody(ws[j].Lower) {
					m.Country = p.country(tags[k]).ISO3
				}
			}
			j += t.n
			titleEnd = j
			// "Kepala Badan Nasional Penanggulangan Bencana X": capitalised
			// common words (ones the story also writes in lower case)
			// continue the institution's name.
			for j < n && ws[j].Cap && (tags[j].kind == tPortfolio || tags[j].kind == tSectorMod || tags[j].kind == tNone && (ws[j].Flags&fInstWord != 0 || p.vocab.has(ws[j].Lower))) {
				j++
				titleEnd = j
			}
			// "National Institute for Disaster Risk Management and
			// Reduction (INGD)": a name that runs to its abbreviation.
			if j+1 < n && (ws[j].Lower == "for" || ws[j].Lower == "of" || ws[j].Lower == "on" || ws[j].Lower == "untuk") && ws[j+1].Cap {
				if e := p.runToGlossOnly(j + 1); e > j+1 {
					j = e
					titleEnd = e
				}
			}
			// "Kepala Kepolisian Negara Republik Indonesia", "Komisioner
			// Kepolisian Federal Australia": the institution's name runs on
			// to its country.
			for e := j; e < n && e-j < 5 && (ws[e].Cap || ws[e].Lower == "of" || ws[e].Lower == "for"); e++ {
				if tags[e].kind == tCountry {
					j = e
					break
				}
				if tags[e].kind == tHon || tags[e].kind == tTitle {
					break
				}
			}
			continue
		case t.kind == tPortfolio || t.kind == tSectorMod && prep != "" || t.kind == tNone && w.Cap && prep != "" && w.Flags&fInstWord != 0:
			j += max(t.n, 1) // untagged words have no length of their own
			// ("Adviser for Expatriates' Welfare": a plural possessive.)
			if j+1 < n && (ws[j].Text == "'s" || ws[j].Text == "'") && ws[j+1].Cap {
				j++
			}
			titleEnd = j
			continue
		case t.kind == tTitle && prep != "":
			j += t.n
			titleEnd = j
			continue
		case w.Text == "/" && j+1 < n && m.Kind == MPerson && tags[j+1].kind == tTitle && !tags[j+1].inside && ws[j+1].Cap:
			// "Menteri Investasi/Kepala BKPM X": two offices held at once.
			j += 1 + tags[j+1].n
			titleEnd = j
			continue
		case (w.Lower == "and" || w.Lower == "dan") && j+1 < n && (tags[j+1].kind == tPortfolio || tags[j+1].kind == tSectorMod || tags[j+1].kind == tTitle && !ws[j+1].Cap || ws[j+1].Flags&fPreMod != 0):
			j++
			continue
		case w.Lower == "and" && j+2 < n && ws[j+1].Lower == "the" && tags[j+2].kind == tPortfolio && ws[j+2].Cap:
			// "Minister for Sustainability and the Environment X".
			j += 2
			continue
		case (w.Lower == "and" || w.Lower == "dan") && m.Role != "" && j+1 < n && ws[j+1].Cap && tags[j+1].kind == tNone:
			// "Menteri Kesehatan dan Kesejahteraan Keluarga India X": capitalised
			// portfolio words run on to a country or a comma.
			e := j + 1
			for e < n && e-j <= 4 && ws[e].Cap && (tags[e].kind == tNone || tags[e].kind == tPortfolio || tags[e].kind == tSectorMod) {
				e++
			}
			if e < n && (tags[e].kind == tCountry || ws[e].Text == "," || ws[e].Text == "(") {
				j = e
				titleEnd = e
				continue
			}
			// "Minister of Agriculture and Animal Resources Jeannette
			// Uwamahoro": the run ends with a portfolio word, then the
			// name.
			found := false
			for k := e - 1; k > j+1 && !found; k-- {
				if (tags[k].kind == tPortfolio || tags[k].kind == tSectorMod) && e-k-1 >= 2 {
					j = k + 1
					titleEnd = j
					found = true
				}
			}
			if found {
				continue
			}
		case w.Flags&fPreMod != 0 && prep != "":
			j++
			continue
		case t.kind == tGroup && prep != "" && w.Cap && j > 0 && (ws[j-1].Text == "'s" || tags[j-1].kind == tCountry):
			// "the commander of Tajikistan's Border Troops": the body he heads.
			j += t.n
			titleEnd = j
			continue
		case w.Cap && (t.kind == tNone || t.kind == tTitle) && m.Kind == MPerson && p.runToGloss(j) > j:
			// "Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) X": the
			// office's name runs on to its abbreviation, then the name.
			j = p.runToGloss(j)
			titleEnd = j
			continue
		case w.Cap && t.kind == tNone && m.Kind == MPerson && p.runToCountry(j) > j:
			// "Ketua Majelis Agung Nasional Turki Ahmet Selim Yavuz",
			// "Menteri ... (DSWD) Filipina Maria Teresa Ocampo": the
			// capitalised words up to the country name the office.
			e := p.runToCountry(j)
			for k := j; k < e; k++ {
				if tags[k].kind == tInst && !tags[k].inside && p.role(tags[k]).Sector != "" && (m.Role == "official" || m.Role == "chair" || m.Role == "head_state") {
					m.sector = p.role(tags[k]).Sector
				}
			}
			// (The run may end in a gloss: "... Migran Indonesia (P2MI)".)
			if c := tags[e-1]; c.kind == tCountry || c.inside || ws[e-1].Text == ")" {
				for k := e - 1; k >= j; k-- {
					if tags[k].kind == tCountry && !tags[k].inside {
						if prep != "to" && prep != "untuk" {
							m.Country = p.country(tags[k]).ISO3
						}
						break
					}
				}
			}
			j = e
			titleEnd = j
			continue
		case w.Flags&fAllCaps != 0 && prep != "" && t.kind == tNone:
			j++
			titleEnd = j
			continue
		case w.Cap && (prep == "at" || prep == "di" || prep == "in" && m.Role != "" && j+2 < n && p.isNameWord(j+1) && p.isNameWord(j+2)) && t.kind == tNone && !venueNouns[w.Lower]:
			// ("Konsulat RI di Tawau"; not "Polri di Bandara Ninoy Aquino",
			// a venue where the body acted.)
			j++
			titleEnd = j
			continue
		}
		break
	}
	// "Bupati Buleleng I Gede Wiradharma Putra", "Gubernur Sandaun Tony
	// Sapak Wamp": a regional head's title names the region, which the
	// gazetteer may not know, before the name: one word of a run of three
	// or more name words (or the words before a Balinese "I"/"Ni").
	if m.Kind == MPerson && p.lang == "id" && titleEnd > start && titleEnd < n && regionalHeads[ws[titleEnd-1].Lower] {
		run := 0
		for k := titleEnd; k < n && k-titleEnd < 6 && ws[k].Cap && ws[k].Kind == doc.Word && tags[k].kind == tNone; k++ {
			run++
		}
		region := 0
		for k := titleEnd + 1; k < titleEnd+run; k++ {
			if (ws[k].Text == "I" || ws[k].Text == "Ni") && k+1 < titleEnd+run {
				region = k - titleEnd
				break
			}
		}
		if region == 0 && run >= 3 && ws[titleEnd].Text != "I" && ws[titleEnd].Text != "Ni" {
			region = 1
		}
		titleEnd += region
	}
	// "a Bureau of Fisheries and Aquatic Resources (BFAR) ship": a body's
	// name runs on past "and" to its abbreviation.
	if m.Kind == MInst && titleEnd+1 < n && (ws[titleEnd].Lower == "and" || ws[titleEnd].Lower == "dan") && ws[titleEnd+1].Cap {
		if e := p.runToGlossOnly(titleEnd + 1); e > titleEnd+1 {
			titleEnd = e - 3
		}
	}
	j = titleEnd
	m.title = p.text(start, titleEnd)
	if m.Kind == MInst || m.Kind == MGroup {
		// "a 20-member Philippine police delegation" is the Philippine police delegation.
		nameStart := start
		for nameStart < headStart && (ws[nameStart].Kind == doc.Number || ws[nameStart].Flags&fCountMod != 0) {
			nameStart++
		}
		m.instName = p.text(nameStart, titleEnd)
	}
	j, abbr := p.skipParen(j)
	if abbr != "" && allCaps(abbr) && m.Kind == MInst {
		m.abbr = abbr
	}
	// Indonesian puts the country after the abbreviation: "Perdana Menteri (PM) Kamboja".
	if j < n && tags[j].kind == tCountry && !tags[j].inside {
		if m.Country == "" {
			m.Country = p.country(tags[j]).ISO3
		}
		j += tags[j].n
		m.title = p.text(start, j)
	}
	end := j
	// "Komandan Jenderal PNTL Komisaris Jenderal X", "Kepala BNPB Letjen
	// X": an abbreviation after the title names the body the office heads
	// when a rank or honorific follows (a bare capitalised word may be a
	// headline's verb: "Menteri P2MI Temui ..."), and a rank may stand
	// between the office and the name.
	// (Or when a full name follows, outside a title-case headline:
	// "Komisaris AFP Mark Whitfield", "Kepala BKPM Haris Gunadi".)
	if m.Kind == MPerson && j < n && j == titleEnd && ws[j].Kind == doc.Word && ws[j].Flags&fAllCaps != 0 && tags[j].kind == tNone && j+1 < n &&
		(p.isRank(tags[j+1]) || tags[j+1].kind == tHon || !p.titleCase && p.isNameWord(j+1) && p.isNameWord(j+2) ||
			// ("Deputy Director CNB, Tan Wei Ming": the name after a comma.)
			!p.titleCase && ws[j+1].Text == "," && p.isNameWord(j+2) && p.isNameWord(j+3)) {
		j++
		titleEnd = j
		end = j
		m.title = p.text(start, titleEnd)
	}
	// Name.
	k := j
	// "Diplomat PTRI untuk PBB di New York, Rania Putri": a place after
	// the title, then the name after a comma.
	if m.Kind == MPerson && k < n && ws[k].Text != "," {
		e := k
		// ("... untuk Republik Kenya merangkap Uganda dan Somalia, Hadi
		// Santoso": an ambassador accredited to several countries.)
		for e+1 < n && e-k < 12 {
			l := ws[e].Lower
			if !(l == "di" || l == "in" || l == "at" || l == "untuk" || l == "to" || l == "merangkap" || l == "dan" || l == "and" || l == "concurrently") || tags[e+1].inside ||
				tags[e+1].kind != tCountry && tags[e+1].kind != tIGO {
				break
			}
			e += 1 + max(tags[e+1].n, 1)
		}
		// ("Atase Pertahanan Australia di Jakarta, Kolonel Mark
		// Havilland": a rank may open the name.)
		if e > k && e+1 < n && ws[e].Text == "," && (p.isNameWord(e+1) || p.isRank(tags[e+1]) && e+2 < n && p.isNameWord(e+1+tags[e+1].n)) {
			k = e
		}
	}
	if k < n && ws[k].Text == "," && m.Kind == MPerson {
		k++
	}
	honStart := k
	for k < n && (tags[k].kind == tHon || m.Kind == MPerson && p.isRank(tags[k])) && !tags[k].inside {
		k += tags[k].n
	}
	if k > honStart && !p.isNameWord(k) {
		// A rank with no name after it is a title of its own.
		k = honStart
		for k < n && tags[k].kind == tHon && !tags[k].inside {
			k += tags[k].n
		}
	}
	if m.Kind == MPerson || m.Kind == MGroup && k > honStart {
		if p.isNameWord(k) {
			e := p.nameRun(k)
			if e > k {
				m.Kind, m.hasName = MPerson, true
				m.name, m.alias = p.text(k, e), p.text(honStart, e)
				end = e
				if e2, _ := p.skipParen(e); e2 > e && len(ws[e+1].Text) <= 6 {
					end = e2
				}
			}
		}
	}
	if !m.hasName && m.Kind == MPerson && !ws[headStart].Cap && m.Country == "" && start == headStart && !m.Counterpart {
		// "major", "general", "head" in lower case with nothing around them.
		if start == i {
			return 0, false
		}
	}
	// The country a title implies ("Menlu" is Indonesia's) places a title
	// alone; with a name it only counts when the name is new ("Menlu
	// Castañeda" is the Mexican minister named before).
	if m.Country == "" && implied != "" {
		if m.hasName {
			m.implied = implied
		} else {
			m.Country = implied
		}
	}
	m.Span, m.W0, m.W1 = p.span(start, end), start, end
	if m.Kind == MPerson && !m.hasName {
		m.Span, m.W1 = p.span(start, titleEnd), titleEnd
	}
	return end, true
}

// quantifier reports words that count a noun rather than describe it:
// "the two presidents" names both parties, not one president.
func quantifier(l string) bool {
	switch l {
	case "two", "three", "four", "five", "both", "several", "many", "some", "all", "other", "few", "various", "dua", "tiga", "kedua", "beberapa", "para":
		return true
	}
	return false
}

// postedBody reports institution words that are posted to a country:
// "Embassy to Japan", "Permanent Mission to the UN".
func postedBody(l string) bool {
	switch l {
	case "embassy", "mission", "consulate", "delegation", "office", "kedutaan", "perwakilan", "perutusan", "konsulat", "delegasi", "kbri", "kjri", "ptri":
		return true
	}
	return false
}

// isRank reports military and police ranks, which stand before a name
// like honorifics once an office is named: "Panglima TNI Jenderal X".
func (p *parser) isRank(t tag) bool {
	if t.kind != tTitle || t.inside {
		return false
	}
	r := p.role(t)
	return r != nil && (r.Role == "military" || r.Role == "police")
}

// affairsAfter reports "Affairs" or "Relations" within a few words from
// k, ending a portfolio: "for American and European Affairs".
func affairsAfter(ws []lexicon.Word, k int) bool {
	for e := k; e < len(ws) && e < k+4; e++ {
		switch ws[e].Lower {
		case "affairs", "relations":
			return true
		}
		if !ws[e].Cap && ws[e].Lower != "and" {
			return false
		}
	}
	return false
}

// country, role and org return the entries tag t matched.
func (p *parser) country(t tag) *countryEntry { return p.refs[t.ref].country }
func (p *parser) role(t tag) *roleEntry       { return p.refs[t.ref].role }
func (p *parser) org(t tag) *string           { return p.refs[t.ref].org }

func isSpeechVerb(l string) bool {
	switch l {
	case "said", "says", "stated", "added", "told", "noted", "explained", "stressed", "kata", "katanya", "ujar", "ucap", "tambah", "mengatakan", "menyatakan", "menjelaskan":
		return true
	}
	return false
}

// bothPhrase returns the length of a phrase naming both parties: "the two
// presidents", "both leaders", "both", "kedua presiden", or 0.
func (p *parser) bothPhrase(i int) int {
	ws, tags := p.ws, p.tags
	if tags[i].kind == tBoth {
		return 0
	}
	l := ws[i].Lower
	noun := func(k int) bool {
		if k >= len(ws) || ws[k].Kind != doc.Word {
			return false
		}
		t := tags[k].kind
		return t == tTitle || t == tGroup || t == tInst || strings.HasSuffix(ws[k].Lower, "s") && !ws[k].Cap
	}
	switch {
	case l == "the" && i+2 < len(ws) && ws[i+1].Lower == "two" && noun(i+2):
		return 3
	case l == "both" && noun(i+1):
		return 2
	case l == "the" && i+2 < len(ws) && ws[i+1].Lower == "two" && isVerbLike(ws[i+2].Lower):
		return 2
	case l == "both" && i+1 < len(ws) && (ws[i+1].Lower == "said" || ws[i+1].Lower == "agreed" || ws[i+1].Lower == "sides" || ws[i+1].Lower == "pledged"):
		return 1
	case l == "kedua" && i+1 < len(ws) && (tags[i+1].kind == tTitle || tags[i+1].kind == tGroup || tags[i+1].kind == tInst):
		n := tags[i+1].n
		if n == 0 {
			n = 1
		}
		return 1 + n
	case l == "kedua" && i+1 < len(ws) && ws[i+1].Kind == doc.Word && !ws[i+1].Cap && (i == 0 || ws[i-1].Kind != doc.Word || ws[i-1].Cap || isClauseWord(ws[i-1].Lower)) && ws[i+1].Lower != "kalinya" && ws[i+1].Lower != "kali":
		// "kedua pimpinan parlemen": "kedua" before a noun is "both";
		// after one ("hari kedua") it is "second".
		return 2
	case l == "keduanya":
		return 1
	case (l == "they" || l == "mereka") && i == 0 && i+1 < len(ws) && bothVerb(ws[i+1].Lower):
		// "They agreed to ...", after a sentence on both sides' talks.
		return 1
	case (l == "we" || l == "kami" || l == "kita") && p.quoted != nil && i < len(p.quoted) && p.quoted[i] && weAgreed(ws, i+1):
		// "We agreed ...", said the minister after the talks: both parties.
		// ("We condemn it", "We have demanded": the speaker's side.)
		return 1
	}
	return 0
}

// bothVerb reports the verbs that follow a sentence-initial "they" that
// means both parties.
func bothVerb(l string) bool {
	switch l {
	case "agreed", "also", "pledged", "discussed", "reaffirmed", "exchanged",
		"signed", "underscored", "welcomed", "vowed", "committed", "reviewed", "sepakat",
		"menyepakati", "membahas", "berkomitmen", "menandatangani", "juga",
		"condemned", "stressed", "emphasised", "emphasized", "urged", "called", "praised", "denounced",
		"mengecam", "mengutuk", "menegaskan", "menyerukan", "mendesak":
		return true
	}
	return false
}

// runToCountry returns the end of a run of capitalised words (with "and",
// "of", "dan" and parenthesised glosses between them) that reaches a
// country name followed by a name or honorific; else it returns j.
func (p *parser) runToCountry(j int) int {
	ws, tags := p.ws, p.tags
	n := len(ws)
	for e := j; e < n && e-j <= 8; e++ {
		w := ws[e]
		switch {
		case tags[e].kind == tCountry && !tags[e].inside:
			end := e + tags[e].n
			glossEnd := 0
			if e2, _ := p.skipParen(end); e2 > end {
				end = e2 // "... Migran Indonesia (P2MI) Yusuf Mahendra"
			} else if e2 := p.skipGloss(end); e2 > end {
				// "... Nasional Turki (Grand National Assembly of Turkiye)
				// Ahmet Kurtulus"
				end, glossEnd = e2, e2
			}
			if end < n && ws[end].Text == "," {
				end++
			}
			// "... Warga Negara Indonesia (WNI) Kemlu Rahmat": the body the
			// office belongs to may follow.
			bodyEnd := end
			if end < n && tags[end].kind == tInst && !tags[end].inside && ws[end].Cap {
				bodyEnd = end + tags[end].n
			}
			if bodyEnd > end && bodyEnd < n && (p.isNameWord(bodyEnd) || tags[bodyEnd].kind == tHon || p.isRank(tags[bodyEnd])) {
				return bodyEnd
			}
			if end < n && (p.isNameWord(end) || tags[end].kind == tHon || p.isRank(tags[end])) {
				if glossEnd > 0 {
					return glossEnd
				}
				e2, _ := p.skipParen(e + tags[e].n)
				if e2 > e+tags[e].n {
					return e2
				}
				return e + tags[e].n
			}
			return j
		case w.Text == "(":
			k := lexicon.CloseParen(ws, e, n, 6)
			if k < 0 {
				return j
			}
			e = k
		case w.Cap && (tags[e].kind == tNone || tags[e].kind == tInst || tags[e].kind == tPortfolio || tags[e].kind == tSectorMod || tags[e].inside):
		case w.Lower == "dan" || w.Lower == "and" || w.Lower == "of" || w.Lower == "for" || w.Lower == "," || w.Lower == "&":
		default:
			return j
		}
	}
	return j
}

// isClauseWord reports words after which "kedua" starts a noun phrase.
func isClauseWord(l string) bool {
	switch l {
	case "dan", "bahwa", "itu", "tersebut", ",", "pun", "para", "antara", "oleh", "kata", "menurut", "sementara":
		return true
	}
	return false
}

// isVerbLike reports words that follow a subject: finite verbs and
// auxiliaries ("agreed", "have", "will"), so a country word before them
// is the subject, not a modifier.
func isVerbLike(l string) bool {
	switch l {
	case "has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says", "met", "also", "and", "signed", "to", "on", "in", "with", "for", "of", "by", "at", "as", "again", "then", "later", "today", "yesterday", "must", "should", "could", "can", "may",
		// (Irregular pasts: "the EU held negotiations", "ASEAN made a
		// statement".)
		"held", "made", "sent", "gave", "took", "told", "won", "paid", "struck", "began", "brought", "sought":
		return true
	}
	return strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "es") && len(l) > 4
}

// startsInstitution reports whether the capitalised run at j holds an
// institution word or a country: "... dan Angkatan Bersenjata Malaysia".
func (p *parser) startsInstitution(j int) bool {
	for k := j; k < len(p.ws) && k-j < 6 && (p.ws[k].Cap || p.tags[k].inside); k++ {
		if t := p.tags[k].kind; t == tInst || t == tCountry || t == tIGO {
			return true
		}
	}
	return false
}

// portfolioList reads "Energy, Water Resources and Irrigation, NAME" after
// "Minister for": capitalised segments separated by commas and "and", the
// last of which is a name. It returns where the name starts.
func (p *parser) portfolioList(j int) (int, bool) {
	ws := p.ws
	n := len(ws)
	lastComma := -1
	k := j
	for k < n && k-j < 14 {
		w := ws[k]
		switch {
		case w.Text == ",":
			lastComma = k
		case w.Lower == "and" || w.Lower == "&" || w.Lower == "dan":
		case w.Cap && w.Kind == doc.Word && p.tags[k].kind != tCountry && p.tags[k].kind != tTitle:
		default:
			goto done
		}
		k++
	}
done:
	if lastComma < 0 || lastComma+1 >= n || !p.isNameWord(lastComma+1) {
		return j, false
	}
	e := p.nameRun(lastComma + 1)
	if e-lastComma-1 > 4 || e < n && ws[e].Kind == doc.Word && ws[e].Cap {
		return j, false
	}
	return lastComma, true
}

// portfolioRunToTitle returns where the title starts after a run of
// capitalised portfolio words joined by commas and "and" from j
// ("Investment, Trade and Industry Minister"), or j if no title follows
// such a run.
func (p *parser) portfolioRunToTitle(j int) int {
	ws, tags, n := p.ws, p.tags, len(p.ws)
	joined := false
	for k := j; k < n && k < j+12; {
		switch {
		case (tags[k].kind == tPortfolio || tags[k].kind == tSectorMod) && !tags[k].inside && ws[k].Cap:
			// (A portfolio may also be a sector word: "Trade".)
			k += tags[k].n
		case (ws[k].Text == "," || ws[k].Lower == "and" || ws[k].Text == "&") && k > j && k+1 < n && (tags[k+1].kind == tPortfolio || tags[k+1].kind == tSectorMod) && ws[k+1].Cap:
			joined = true
			k++
		case tags[k].kind == tTitle && !tags[k].inside && joined:
			return k
		default:
			return j
		}
	}
	return j
}

// portfolioTail reads a comma list of portfolios after the comma at j,
// ended by the country, "of" + country or the holder's name:
// ", Invalids and Social Affairs NAME", ", International Trade and Worship
// of the Argentine Republic". It returns the end of the list, or j.
func (p *parser) portfolioTail(j int) int {
	ws, tags := p.ws, p.tags
	n := len(ws)
	last, list := -1, false
	for k := j + 1; k < n && k-j <= 12; k++ {
		w, t := ws[k], tags[k]
		if w.Lower == "and" || w.Lower == "dan" || w.Lower == "&" {
			list = true
			continue
		}
		if w.Text == "," {
			continue
		}
		if !w.Cap || w.Kind != doc.Word || t.kind == tCountry || t.kind == tTitle || t.kind == tHon || t.kind == tIGO {
			break
		}
		if t.kind == tPortfolio || t.kind == tSectorMod || t.inside && k > j+1 && last == k {
			last = k + 1
		}
	}
	if last < 0 || !list {
		return j
	}
	switch e := last; {
	case e >= n:
		return j
	case tags[e].kind == tCountry && !tags[e].inside:
		return e
	case ws[e].Flags&fExtPrep != 0 && e+1 < n && (tags[e+1].kind == tCountry || ws[e+1].Lower == "the" && e+2 < n && tags[e+2].kind == tCountry):
		return e
	case p.isNameWord(e):
		return e
	case ws[e].Text == "," && p.isNameWord(e+1):
		return e
	case ws[e].Text == "(":
		// "Menteri Ekonomi, Perdagangan dan Industri (METI) Jepang X": the
		// list's abbreviation, then the country or the name.
		if c := lexicon.CloseParen(ws, e, min(n, e+8), 8); c > 0 && c+1 < n && (tags[c+1].kind == tCountry && !tags[c+1].inside || p.isNameWord(c+1)) {
			return c + 1
		}
	}
	return j
}

// instCommaList reads ", Industri dan Persaingan" after the comma at j in
// an institution's name: capitalised words with "dan"/"and", closed by a
// parenthesised abbreviation or a country. It returns the list's end, or j.
func (p *parser) instCommaList(j int) int {
	ws, tags := p.ws, p.tags
	list := false
	for k := j + 1; k < len(ws) && k-j <= 8; k++ {
		w := ws[k]
		switch {
		case w.Lower == "dan" || w.Lower == "and" || w.Lower == "&":
			list = true
		case w.Text == ",":
		case w.Text == "(" || tags[k].kind == tCountry && !tags[k].inside:
			if list && k > j+1 && ws[k-1].Cap {
				return k
			}
			return j
		case w.Cap && w.Kind == doc.Word && (tags[k].kind == tNone || tags[k].kind == tPortfolio || tags[k].inside):
		default:
			return j
		}
	}
	return j
}

// placeVerbs are words after which a city is a destination or origin, not
// an actor: "visiting Tokyo", "tiba Jakarta", "kota Batam".
var placeVerbs = map[string]bool{"from": true, "dari": true, "near": true, "outside": true, "kota": true, "city": true,
	"visiting": true, "visited": true, "visit": true, "visits": true, "toured": true, "tour": true, "mengunjungi": true,
	"berkunjung": true, "tiba": true, "arrived": true, "reached": true, "landed": true, "left": true, "meninggalkan": true, "menuju": true}

// weAgreed reports a verb both parties do at ws[i], after an auxiliary
// if one stands first: "we agreed", "we have signed", "kami telah
// sepakat".
func weAgreed(ws []lexicon.Word, i int) bool {
	if i < len(ws) {
		switch ws[i].Lower {
		case "have", "had", "telah", "sudah":
			i++
		}
	}
	return i < len(ws) && bothVerb(ws[i].Lower)
}

// ordinalWord reports a numeral ordinal: "78th", "21st", "ke-79".
func ordinalWord(w string) bool {
	if strings.HasPrefix(w, "ke-") {
		w = w[3:]
		return w != "" && w[0] >= '0' && w[0] <= '9'
	}
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// placeNoun reports a word for a part of a country: "district",
// "province".
func placeNoun(w string) bool {
	switch w {
	case "district", "province", "region", "regency", "county", "city", "town", "village", "municipality", "prefecture", "state", "island", "commune":
		return true
	}
	return false
}

// ministryName reports the name of a government ministry or department:
// "Ministry of Foreign Affairs", "Kementerian Luar Negeri".
func ministryName(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "ministry") || strings.Contains(l, "kementerian") || strings.HasPrefix(l, "department of") || strings.HasPrefix(l, "departemen")
}

// NonStateSector reports a sector that does not speak for a state:
// scholars, doctors, business, NGOs, civilians and clergy.
func NonStateSector(s string) bool {
	switch s {
	case "EDU", "MED", "BUS", "NGO", "CVL", "REL":
		return true
	}
	return false
}

// ofTheState reads "of the Kingdom of Thailand", "of the Republic of
// Indonesia", "of the Philippines" at word j: the state named and the
// word after it, or "".
func (p *parser) ofTheState(j int) (string, int) {
	ws, tags := p.ws, p.tags
	if j+2 >= len(ws) || ws[j].Lower != "of" || ws[j+1].Lower != "the" {
		return "", j
	}
	k := j + 2
	if statePrefix[ws[k].Lower] && k+2 < len(ws) && ws[k+1].Lower == "of" && tags[k+2].kind == tCountry && !tags[k+2].inside {
		k += 2
	}
	if tags[k].kind != tCountry || tags[k].inside || p.country(tags[k]).Kind == "city" || p.country(tags[k]).Kind == "monarchy" {
		return "", j
	}
	return p.country(tags[k]).ISO3, k + tags[k].n
}
