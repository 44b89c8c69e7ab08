package actor

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
)

type build struct {
	a    doc.Actor
	toks []string // lower-case name tokens
	// initials has a bit for the first byte of each of toks (see
	// initialsOf): find skips the names that cannot match by it.
	initials  uint32
	role      string
	counter   []int // actors this one is a counterpart of
	notC      map[string]bool
	firstSeen int
	guessed   bool
	// aliasKeys has the foldKey of each of the first aliasKeysN aliases
	// (see aliasMask); ministry says whether ministryFor, the name it was
	// worked out for, may be a ministry's (see mayBeMinistry).
	aliasKeys             uint64
	aliasKeysN            int
	ministryFor           string
	ministry, ministrySet bool
}

// aliasMask returns the foldKeys of the actor's aliases: hasAlias can be
// true only for a string whose foldKey shares a bit with it. (Aliases
// are only ever added.)
func (b *build) aliasMask() uint64 {
	for ; b.aliasKeysN < len(b.a.Aliases); b.aliasKeysN++ {
		b.aliasKeys |= foldKey(b.a.Aliases[b.aliasKeysN])
	}
	return b.aliasKeys
}

// nameMayBeMinistry is mayBeMinistry(b.a.Name), worked out once per name.
func (b *build) nameMayBeMinistry() bool {
	if !b.ministrySet || b.ministryFor != b.a.Name {
		b.ministryFor, b.ministry, b.ministrySet = b.a.Name, mayBeMinistry(b.a.Name), true
	}
	return b.ministry
}

type ref struct{ s, m int }

// rule rules country c out for the actor; notC is made on first use, as
// most actors never need it.
func (b *build) rule(c string) {
	if b.notC == nil {
		b.notC = map[string]bool{}
	}
	b.notC[c] = true
}

// reset empties a pooled build for a new actor. It keeps the arrays of
// its mentions, aliases and counterparts and its notC map, which resolve
// copies out before the build is reused, and drops the strings they held.
// Result.Release resets the builds a document used, so every build a
// document takes is empty (TestReleaseClears checks it).
func (b *build) reset() {
	ms, as, cs, notC := b.a.Mentions[:0], b.a.Aliases[:0], b.counter[:0], b.notC
	clear(as[:cap(as)])
	clear(notC)
	*b = build{}
	b.a.Mentions, b.a.Aliases, b.counter, b.notC = ms, as, cs, notC
}

// actorIDs are the first actor IDs, made once: most documents have few actors.
var actorIDs = func() []string {
	ids := make([]string, 64)
	for k := range ids {
		ids[k] = "A" + strconv.Itoa(k+1)
	}
	return ids
}()

// actorID returns the ID of the k-th actor (from 0): "A1", "A2", ...
func actorID(k int) string {
	if k < len(actorIDs) {
		return actorIDs[k]
	}
	return "A" + strconv.Itoa(k+1)
}

// resolve links mentions into actors across the document and fills d.Actors.
// lw lower-cases ASCII names.
func (x *Extractor) resolve(d *doc.Document, res *Result, lw *lowerer) {
	buf := res.buf
	// An actor is made from a mention, at most one per mention, and a few
	// more for bodies glossed in titles (see titleGlosses): the builds
	// come from one pooled array of that size, so taking one moves no
	// other.
	nm := maxGlossed
	for si := range res.Sentences {
		nm += len(res.Sentences[si].Mentions)
	}
	builds := buf.builds
	if cap(builds) < nm {
		builds = make([]build, nm)
	}
	builds = builds[:cap(builds)]
	buf.builds = builds
	bs := buf.bs[:0]
	tk := nameTokens{lw: lw, arena: buf.toks[:0]}
	pl := places{d: d, lx: x.lx}
	// people are the indices in bs of the people's builds, in order: find
	// matches names against people only, and most builds are bodies.
	people := buf.people[:0]
	find := func(m *Mention) int {
		// (No person yet: no name matches.)
		if len(people) == 0 {
			return -1
		}
		// The tokens' initials and count are all the first tests ask,
		// and most names (bare names, mostly) pass them with no actor:
		// the tokens themselves, a lower-case copy of the name, are made
		// only for a name that does (see nameInitials).
		toks := m.toks
		mask, nt := nameInitials(m.name)
		if toks != nil || nt < 0 {
			toks = tk.of(m)
			mask, nt = initialsOf(toks), len(toks)
		}
		best := -1
		for _, k := range people {
			b := bs[k]
			// Every token of the shorter name has one of the longer with
			// its first byte (see sameName).
			if nt <= len(b.toks) && mask&^b.initials != 0 || nt > len(b.toks) && b.initials&^mask != 0 {
				continue
			}
			if len(b.toks) == 0 {
				continue
			}
			if m.Country != "" && b.a.Country != "" && m.Country != b.a.Country {
				continue
			}
			if toks == nil {
				toks = tk.of(m)
			}
			if sameName(b.toks, toks) {
				if best < 0 || len(bs[best].toks) < len(b.toks) {
					best = int(k)
				}
			}
		}
		return best
	}
	addMention := func(k int, m *Mention) {
		b := bs[k]
		b.a.Mentions = append(b.a.Mentions, m.Span)
		if m.hasName {
			addAlias(&b.a, m.name)
			if m.alias != m.name {
				addAlias(&b.a, m.alias)
			}
			if t := tk.of(m); len(t) > len(b.toks) {
				b.toks, b.initials = t, initialsOf(t)
				b.a.Name = m.name
			}
		}
		if m.title != "" && b.a.Title == "" {
			b.a.Title = m.title
		}
		if b.a.Country == "" && m.Country != "" {
			b.a.Country = m.Country
			if m.Org != "" {
				b.a.Org = m.Org
			}
		}
		if m.sector != "" && (b.a.Sector == "" || b.a.Sector == "GOV" && m.sector != "GOV" && m.Kind == MPerson && m.title != "") {
			b.a.Sector = m.sector
		}
		if m.Role != "" && b.role == "" {
			b.role = m.Role
		}
		if m.Posting != "" {
			b.rule(m.Posting)
		}
		m.Actor = k
	}
	newActor := func(kind, name string, m *Mention) int {
		// (A build is reset when its result is released, or new: see
		// Result.Release.)
		b := &builds[len(bs)]
		b.a.Kind, b.a.Name, b.firstSeen = kind, name, m.Start
		// Only people are matched by name tokens (see find).
		if kind == doc.KindPerson {
			if name == m.name {
				b.toks = tk.of(m)
			} else {
				b.toks = tk.split(name, "")
			}
			b.initials = initialsOf(b.toks)
		}
		bs = append(bs, b)
		if kind == doc.KindPerson {
			people = append(people, int32(len(bs)-1))
		}
		return len(bs) - 1
	}
	// Pass 1: titled names, institutions, groups, IGOs.
	bare, titleOnly, pronouns := buf.bare[:0], buf.titleOnly[:0], buf.pronouns[:0]
	for si := range res.Sentences {
		ms := res.Sentences[si].Mentions
		for mi := range ms {
			m := &ms[mi]
			switch m.Kind {
			case MPerson:
				if !m.hasName {
					titleOnly = append(titleOnly, ref{si, mi})
					continue
				}
				licensed := m.title != "" || m.alias != m.name || m.Counterpart
				if !licensed {
					bare = append(bare, ref{si, mi})
					continue
				}
				k := find(m)
				if k < 0 {
					k = newActor(doc.KindPerson, m.name, m)
					if m.Country == "" {
						m.Country = m.implied
					}
				}
				addMention(k, m)
			case MInst, MGroup, MIGO:
				name := m.instName
				if name == "" {
					continue
				}
				k := -1
				ownInQuote := false
				// The mention's keys, worked out once for every actor it is
				// compared with: names, abbreviations and aliases are
				// compared only where their first bytes allow (see
				// foldKey), ministries only where one may be (see
				// mayBeMinistry).
				nameKey, abbrKey := foldKey(name), foldKey(m.abbr)
				nameMinistry := mayBeMinistry(name)
				for kk, b := range bs {
					if b.a.Kind == doc.KindPerson {
						continue
					}
					if foldKey(b.a.Name)&nameKey != 0 && equalFold(b.a.Name, name) ||
						b.aliasMask()&(nameKey|abbrKey) != 0 && (m.abbr != "" && hasAlias(&b.a, m.abbr) || hasAlias(&b.a, name)) ||
						m.Kind == MInst && (m.Country == "" || b.a.Country == "" || m.Country == b.a.Country) && (nameMinistry || b.nameMayBeMinistry()) && sameMinistry(b.a.Name, name) ||
						m.Kind == MIGO && b.a.Org == m.Org && m.Org != "" ||
						// "the delegation" is the delegation named before.
						m.Country == "" && m.Kind == MGroup && b.a.Kind == doc.KindGroup && (sameHead(b.a.Name, name) || m.Role != "" && b.role == m.Role && b.a.Country != "") {
						k = kk
						break
					}
				}
				// "the embassy", "the ministry": the institution of that kind
				// named last ("the US Embassy in Phnom Penh"). ("the National
				// Police" is no "Australian Federal Police": a modifier it has
				// must be in the name.)
				// (The bare "Pemerintah" of an Indonesian story is the home
				// government, not the foreign one named before.)
				// (Not "the government" in a quote, which is its speaker's
				// own: see below.)
				if q := res.Sentences[si].Quoted; m.W0 < len(q) && q[m.W0] && ownGovernment(name) {
					ownInQuote = true
				}
				if k < 0 && m.Kind == MInst && m.Country == "" && fieldCount(name, 3) <= 2 && !ownInQuote {
					head := headWord(name)
					only := ""
					if d.Language == "id" && head == "pemerintah" {
						only, _ = pl.homeCountry()
					}
					// ("Kedubes" after "Kedutaan Besar China": the short form
					// stands for the words it shortens.)
					long := head
					if l, ok := instShortForms[head]; ok && fieldCount(name, 2) == 1 {
						long = l
					}
					for kk := len(bs) - 1; kk >= 0; kk-- {
						b := bs[kk]
						if b.a.Kind == doc.KindInstitution && b.a.Country != "" && (only == "" || b.a.Country == only) && containsLower(b.a.Name, long) && modifiersIn(name, head, b.a.Name) {
							k = kk
							break
						}
					}
				}
				// "Kedubes Vietnam" after "Kedutaan Besar Vietnam": the short
				// form with the rest of the name the same.
				if k < 0 && m.Kind == MInst {
					if head, rest, ok := strings.Cut(name, " "); ok {
						if l, ok := instShortForm(head); ok {
							for kk := len(bs) - 1; kk >= 0; kk-- {
								if b := bs[kk]; b.a.Kind == doc.KindInstitution && (m.Country == "" || b.a.Country == "" || m.Country == b.a.Country) && len(b.a.Name) == len(l)+1+len(rest) && equalFold(b.a.Name[:len(l)], l) && b.a.Name[len(l)] == ' ' && equalFold(b.a.Name[len(l)+1:], rest) {
									k = kk
									addAlias(&b.a, name)
									break
								}
							}
						}
					}
				}
				// "the Eastern Military District" after "Russia's Eastern
				// Military District": the body named before with its
				// country's possessive.
				if k < 0 && m.Kind == MInst && m.Country == "" {
					bare := strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
					for kk := len(bs) - 1; kk >= 0; kk-- {
						if b := bs[kk]; b.a.Kind == doc.KindInstitution && b.a.Country != "" && possessiveOf(b.a.Name, bare) {
							k = kk
							addAlias(&b.a, bare)
							break
						}
					}
				}
				if k < 0 {
					kind := doc.KindInstitution
					if m.Kind == MGroup {
						kind = doc.KindGroup
					}
					k = newActor(kind, strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "), m)
					if m.Kind == MIGO {
						bs[k].a.Org = m.Org
						bs[k].a.Country = "IGO"
					}
				}
				addMention(k, m)
				addAlias(&bs[k].a, bs[k].a.Name)
				// ("EU" after "the European Union": the same body by its
				// code is another of its names.)
				if m.Kind == MIGO {
					addAlias(&bs[k].a, strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
				}
				if m.abbr != "" {
					addAlias(&bs[k].a, m.abbr)
				}
			case MPronoun:
				pronouns = append(pronouns, ref{si, mi})
			}
		}
	}
	// Abbreviations defined in the text are names of their institutions:
	// a later bare "NCCT" is that institution.
	// (Only the aliases of institutions, groups and IGOs count: a story
	// that names none has nothing to find.)
	bodies := false
	for _, b := range bs {
		bodies = bodies || b.a.Kind != doc.KindPerson
	}
	// "Komisioner Kepolisian Federal Australia (Australian Federal
	// Police/AFP) Catherine Moreland ... AFP juga menyerahkan": a body a
	// person's title glosses is named by its abbreviation later on.
	glossed := titleGlosses(d.Text, bs)
	bodies = bodies || len(glossed) > 0
	for si := range res.Sentences {
		if !bodies {
			break
		}
		// (Only words in capitals are looked at: most sentences have
		// none.)
		if !buf.capitals[si] {
			continue
		}
		ws := res.Sentences[si].Words
		ms := res.Sentences[si].Mentions
		extra := buf.scratch[:0]
		for wi := range ws {
			w := &ws[wi]
			// (Words in capitals are few: whether one lies in a mention
			// is asked of the sentence's few mentions.)
			if w.Flags&fAllCaps == 0 || inMention(ms, wi) {
				continue
			}
			key := foldKey(w.Text)
			for k, b := range bs {
				if b.a.Kind != doc.KindPerson && b.aliasMask()&key != 0 && hasAlias(&b.a, w.Text) {
					m := Mention{Span: w.Span, W0: wi, W1: wi + 1, Kind: MInst, Actor: k, Country: b.a.Country, Prep: prevWord(ws, wi)}
					// "di Organisasi Kerja Sama Islam (OKI)": the abbreviation
					// in parentheses plays its name's part (here a place).
					if wi > 0 && ws[wi-1].Text == "(" {
						for oi := range ms {
							if o := &ms[oi]; o.W1 == wi-1 {
								m.Loc, m.Modifier, m.Prep = o.Loc, o.Modifier, o.Prep
							}
						}
					}
					if b.a.Kind == doc.KindGroup {
						m.Kind = MGroup
					}
					b.a.Mentions = append(b.a.Mentions, w.Span)
					extra = append(extra, m)
					break
				}
			}
			if g, ok := glossed[w.Text]; ok && w.Span.Start > g.after && (len(extra) == 0 || extra[len(extra)-1].W0 != wi) && len(bs) < len(builds) {
				m := Mention{Span: w.Span, W0: wi, W1: wi + 1, Kind: MInst, Actor: -1, Country: bs[g.person].a.Country, Prep: prevWord(ws, wi)}
				k := g.actor
				if k < 0 {
					k = newActor(doc.KindInstitution, g.name, &m)
					bs[k].a.Country, bs[k].a.Sector = bs[g.person].a.Country, bs[g.person].a.Sector
					addAlias(&bs[k].a, g.name)
					addAlias(&bs[k].a, w.Text)
					g.actor = k
					glossed[w.Text] = g
				}
				m.Actor = k
				bs[k].a.Mentions = append(bs[k].a.Mentions, w.Span)
				extra = append(extra, m)
			}
		}
		buf.scratch = extra
		if len(extra) > 0 {
			// The sentence's mentions and the new ones go to the end of
			// the document's mention array (see Extract), in order.
			k := len(buf.mentions)
			buf.mentions = slices.Grow(buf.mentions, len(ms)+len(extra))
			buf.mentions = buf.mentions[:k+len(ms)+len(extra)]
			res.Sentences[si].Mentions = mergeByStart(buf.mentions[k:len(buf.mentions):len(buf.mentions)], ms, extra)
		}
	}
	// Pass 2: bare names that are short forms or slips of known names.
	for _, r := range bare {
		m := &res.Sentences[r.s].Mentions[r.m]
		if k := find(m); k >= 0 {
			addMention(k, m)
			continue
		}
		// The registry names full names only: a lone surname seen in
		// another story is too often someone else.
		if x.reg != nil && len(tk.of(m)) >= 2 {
			if c, sec, ok := x.reg.LookupActor(m.name); ok {
				k := newActor(doc.KindPerson, m.name, m)
				bs[k].a.Country, bs[k].a.Sector = c, sec
				addMention(k, m)
			}
		}
	}
	// Titles alone: "the ambassador", "Menlu", "the Cambodian leader".
	for _, r := range titleOnly {
		m := &res.Sentences[r.s].Mentions[r.m]
		ws := res.Sentences[r.s].Words
		// "tingkat menteri" (ministerial level) is no reference: a title in
		// lower case needs a determiner ("the minister", "menteri itu").
		if m.W0 < len(ws) && !ws[m.W0].Cap && !determined(ws, m.W0, m.W1) {
			continue
		}
		if m.Country == "IGO" {
			continue
		}
		// "the ministry's Permanent Secretary, Ambassador X": a title in
		// apposition to the name after it is that person's.
		if ms := res.Sentences[r.s].Mentions; r.m+1 < len(ms) {
			if o := &ms[r.m+1]; o.Kind == MPerson && o.hasName && o.Actor >= 0 && o.W0 == m.W1+1 && ws[m.W1].Text == "," {
				c := m.Country
				m.Country = ""
				addMention(o.Actor, m)
				m.Country = c
				// (The title in apposition is the office; one written
				// before the name may be a rank: "Ambassador".)
				if m.title != "" {
					bs[o.Actor].a.Title = m.title
				}
				continue
			}
		}
		k := x.byRole(bs, m, res.Sentences[r.s].Mentions)
		if k >= 0 {
			// A title alone points at an actor; it does not place one.
			c := m.Country
			m.Country = ""
			addMention(k, m)
			m.Country = c
			continue
		}
		if m.Country != "" && m.title != "" && !m.Counterpart {
			k = newActor(doc.KindPerson, m.title, m)
			addMention(k, m)
		}
	}
	// Counterparts: "his Japanese counterpart X" belongs to the other side
	// of the person before it in the sentence.
	for si := range res.Sentences {
		ms := res.Sentences[si].Mentions
		for mi := range ms {
			m := &ms[mi]
			if !m.Counterpart || m.Actor < 0 {
				continue
			}
			for k := mi - 1; k >= 0; k-- {
				o := ms[k]
				if o.Actor >= 0 && o.Actor != m.Actor && bs[o.Actor].a.Kind == doc.KindPerson {
					bs[o.Actor].counter = append(bs[o.Actor].counter, m.Actor)
					bs[m.Actor].counter = append(bs[m.Actor].counter, o.Actor)
					if bs[m.Actor].role == "" {
						bs[m.Actor].role = bs[o.Actor].role
						if bs[m.Actor].a.Sector == "" {
							bs[m.Actor].a.Sector = bs[o.Actor].a.Sector
						}
					}
					break
				}
			}
		}
	}
	// Pronouns: the person most recently the subject; "we" in a quote,
	// the quote's speaker.
	// ("Kami" waits for the speakers' countries: see below.)
	for _, r := range pronouns {
		m := &res.Sentences[r.s].Mentions[r.m]
		if l := res.Sentences[r.s].Words[m.W0].Lower; l == "we" {
			if k := quoteSpeaker(res, bs, r); k >= 0 {
				m.Actor, m.Country = k, bs[k].a.Country
			}
			continue
		} else if l == "kami" {
			continue
		}
		if l := res.Sentences[r.s].Words[m.W0].Lower; l == "it" {
			if o := itAntecedent(res, r); o != nil {
				span, w0, w1, prep := m.Span, m.W0, m.W1, m.Prep
				*m = *o
				m.Span, m.W0, m.W1, m.Prep = span, w0, w1, prep
			}
			continue
		}
		if k := recentPerson(res, bs, r); k >= 0 {
			m.Actor = k
			m.Country = bs[k].a.Country
			m.Kind = MPerson
		}
	}
	// Countries for actors the text does not place.
	order := sortedCountries(buf.order[:0], buf.tally)
	buf.order = order
	// The passes below look at one actor's mentions at a time: each
	// actor's, in document order, are own[ownStart[k]:ownStart[k+1]],
	// sorted out once when first needed rather than found by a walk over
	// every mention of the document for each actor.
	var ownStart []int
	var own []ref
	mentionsOf := func(k int) []ref {
		if ownStart == nil {
			ownStart = grow(buf.ownStart, len(bs)+1)
			clear(ownStart)
			for si := range res.Sentences {
				ms := res.Sentences[si].Mentions
				for mi := range ms {
					if a := ms[mi].Actor; a >= 0 {
						ownStart[a+1]++
					}
				}
			}
			for a := range bs {
				ownStart[a+1] += ownStart[a]
			}
			own = grow(buf.own, ownStart[len(bs)])
			next := grow(buf.ownNext, len(bs))
			copy(next, ownStart)
			for si := range res.Sentences {
				ms := res.Sentences[si].Mentions
				for mi := range ms {
					if a := ms[mi].Actor; a >= 0 {
						own[next[a]] = ref{si, mi}
						next[a]++
					}
				}
			}
			buf.ownStart, buf.own, buf.ownNext = ownStart, own, next
		}
		return own[ownStart[k]:ownStart[k+1]]
	}
	// First the bodies a title names or follows ("Komandan Pangkalan TNI
	// AL X", "Australian Federal Police Commissioner X"): they place a
	// person whatever the others' countries, and the guesses below for
	// the people met may rest on them.
	for k, b := range bs {
		if b.a.Country != "" || b.a.Kind != doc.KindPerson || len(b.counter) > 0 {
			continue
		}
		// "EU foreign policy spokesperson X", "the European Union's
		// foreign policy chief X": an international body's officer.
		if org := igoBefore(res, mentionsOf(k)); org != "" {
			b.a.Country, b.a.Org = "IGO", org
			b.guessed = true
			countryDiag(d, b.a.Name, "the international body before the title", "IGO")
			continue
		}
		c, how := bodyBefore(res, mentionsOf(k)), "the body before the title"
		if c == "" {
			c, how = bodyWordsBefore(res, mentionsOf(k), bs), "the body before the title"
		}
		if c == "" {
			c, how = possessorCountry(d, res, mentionsOf(k)), "the one whose officer it is"
		}
		if c == "" {
			c, how = namedBodyCountry(res, mentionsOf(k)), "the body named before"
		}
		if c == "" {
			c, how = identifiedCountry(res, mentionsOf(k)), "the one identified"
		}
		if c == "" {
			c, how = briefingPlace(res, mentionsOf(k)), "the place of the briefing"
		}
		if c == "" {
			c, how = titleBodyCountry(b.a.Title, bs), "the body in the title"
		}
		if c != "" {
			b.a.Country = c
			b.guessed = true
			countryDiag(d, b.a.Name, how, c)
		}
	}
	for k, b := range bs {
		// Only people get a country from context; an institution or group
		// the text does not place stays unplaced.
		if b.a.Country != "" || b.a.Kind != doc.KindPerson {
			continue
		}
		for _, c := range b.counter {
			if cc := bs[c].a.Country; cc != "" {
				b.rule(cc)
			}
		}
		// Two prime ministers in one story lead different countries.
		for _, o := range bs {
			// (The same office: a president and a prime minister may
			// serve one country.)
			// (Ministers only of the same portfolio: a chief cabinet
			// secretary and a foreign minister serve one government.)
			if o != b && o.a.Kind == doc.KindPerson && o.a.Country != "" && o.role != "" && o.role == b.role && (b.role == "head_gov" || b.role == "head_state" || b.role == "minister" && sameOffice(o.a.Title, b.a.Title) && !strings.Contains(o.a.Title, "ministers") && deputyTitle(o.a.Title) == deputyTitle(b.a.Title) || b.role == "legislative_head" && sameChamber(o.a.Title, b.a.Title)) {
				b.rule(o.a.Country)
			}
		}
		if x.reg != nil {
			if c, sec, ok := x.reg.LookupActor(b.a.Name); ok && !b.notC[c] {
				b.a.Country = c
				if b.a.Sector == "" {
					b.a.Sector = sec
				}
				continue
			}
		}
		// "the Indonesian delegation, led by X", "delegasi ... dipimpin X":
		// the leader acts for the delegation's country.
		if c := ledGroupCountry(res, mentionsOf(k)); c != "" && !b.notC[c] {
			b.a.Country = c
			continue
		}
		// A visit "ke Jepang"/"to Japan" by this actor rules Japan out: a
		// visit word between the actor and "to X", a few words on.
		for _, r := range mentionsOf(k) {
			sm := &res.Sentences[r.s]
			mi := r.m
			m := &sm.Mentions[mi]
			// ("X invited Y to visit Z": Y visits, so another person
			// between ends the search.)
			for oi := mi + 1; oi < len(sm.Mentions); oi++ {
				o := &sm.Mentions[oi]
				// (So does one named by title alone: "invited Vietnam's
				// prime minister to make an official visit to Malaysia".)
				if o.Kind == MPerson && o.Actor != k && (o.hasName || o.title != "" && o.Actor >= 0) {
					break
				}
				if o.Kind == MCountry && (o.Prep == "ke" || o.Prep == "to") && o.W0-m.W1 <= 12 && visitBetween(sm.Words, m.W1, o.W0) {
					b.rule(o.Country)
				}
			}
		}
		// "Australian Federal Police Commissioner Rachel Donnelly": an
		// office right after a body the text places is that body's.
		// "IMF mission chief X": the head of a body's team is the body's.
		if org := igoTeamBefore(res, mentionsOf(k)); org != "" {
			b.a.Country, b.a.Org = "IGO", org
			b.guessed = true
			countryDiag(d, b.a.Name, "the international body's team before the title", "IGO")
			continue
		}
		if c := bodyBefore(res, mentionsOf(k)); c != "" && !b.notC[c] {
			b.a.Country = c
			b.guessed = true
			countryDiag(d, b.a.Name, "the body before the title", c)
			continue
		}
		// "a Rwandan team headed by presidential envoy X", "delegasi PNG
		// yang dipimpin X": the head of a national team is its country's.
		if c := leaderOf(res, mentionsOf(k)); c != "" && !b.notC[c] {
			b.a.Country = c
			b.guessed = true
			countryDiag(d, b.a.Name, "the team the person leads", c)
			continue
		}
		// "Kepala PNP Jenderal X": an office of a body the story names
		// ("Philippine National Police/PNP") is that body's country's.
		if c := titleBodyCountry(b.a.Title, bs); c != "" && !b.notC[c] {
			b.a.Country = c
			b.guessed = true
			countryDiag(d, b.a.Name, "the body in the title", c)
			continue
		}
		// "Ambassador X paid a courtesy call on Y", "Y menerima X": the two
		// ends of a meeting in one sentence act for different countries.
		for _, r := range mentionsOf(k) {
			sm := &res.Sentences[r.s]
			mi := r.m
			m := &sm.Mentions[mi]
			for oi := range sm.Mentions {
				o := &sm.Mentions[oi]
				if oi == mi || o.Actor < 0 || o.Actor == k || bs[o.Actor].a.Kind != doc.KindPerson || bs[o.Actor].a.Country == "" {
					continue
				}
				a, z := o.W1, m.W0
				if mi < oi {
					a, z = m.W1, o.W0
				}
				if z-a <= 12 && meetingBetween(sm.Words, a, z) {
					b.rule(bs[o.Actor].a.Country)
				}
			}
		}
		// "In Seoul, foreign ministry spokesperson Park Min-seok said":
		// a sentence set in a side's city places its unplaced speaker.
		if c := sentencePlace(res, mentionsOf(k)); c != "" && sceneSide(res, c) && !b.notC[c] {
			b.a.Country = c
			b.guessed = true
			d.Diag(doc.Info, "actor", "country of "+strconv.Quote(b.a.Name)+" taken from the place its sentence opens with: "+c, nil)
			continue
		}
		// "Belarus' Foreign Ministry condemned ... ," ministry spokesperson
		// X told": an office right after a body the story placed
		// elsewhere is that body's, before the dateline speaks.
		if c := bodyActorBefore(res, mentionsOf(k), bs); c != "" && !b.notC[c] {
			b.a.Country = c
			b.guessed = true
			countryDiag(d, b.a.Name, "the body the title follows", c)
			continue
		}
		// "MUMBAI, 12 Maret (ANTARA) - ... Wakil Menteri Perdagangan
		// Dyah": an Indonesian agency's correspondent abroad names the
		// foreign side's officials by their country; one it does not
		// place is Indonesia's.
		if d.Language == "id" && d.Dateline != nil && d.Dateline.Outlet != "" && x.lx.OutletCountry(d.Dateline.Outlet) == "IDN" {
			// (Only a minister of the cabinet, whose title says which:
			// "Ketua Pengarah Imigresen" is the host's.)
			if dc := pl.datelineCountry(); dc != "" && dc != "IDN" && !b.notC["IDN"] && res.CountryCount["IDN"] > 0 && cabinetTitle(b.a.Title) {
				b.a.Country = "IDN"
				b.guessed = true
				countryDiag(d, b.a.Name, "the Indonesian agency's correspondent abroad", "IDN")
				continue
			}
		}
		// "The Belarusian foreign ministry rejected the accusations.
		// Spokesman X said ...", "The Czech government reacted within
		// hours. Foreign Minister X said": a spokesperson or minister who
		// opens the next sentence speaks for the body the sentence
		// before opened with, before a wire's dateline speaks ("VILNIUS
		// (Reuters)"), but not in a national outlet that is a side of
		// the story: its own minister may answer a foreign government's
		// request ("The Vanuatu government asked New Zealand for help.
		// Foreign Minister X said" in RNZ).
		if c := subjectBefore(res, mentionsOf(k), b.role, bs); c != "" && !b.notC[c] && !sideOutlet(&pl, res) {
			b.a.Country = c
			b.guessed = true
			countryDiag(d, b.a.Name, "the body the sentence before opens with", c)
			continue
		}
		// A title without a country is the outlet's own: the dateline's country first.
		if d.Dateline != nil {
			// (Only a side of the story: a summit's host city names no
			// leader's country.)
			if dc := pl.datelineCountry(); dc != "" && (dc == res.Main[0] || dc == res.Main[1] || res.Main[1] == "") && !b.notC[dc] {
				b.a.Country = dc
				b.guessed = true
				countryDiag(d, b.a.Name, "the dateline", dc)
				continue
			}
		}
		// Then a national outlet's own country: "The foreign secretary,
		// Helen Carmody" in The Guardian.
		// (Only when that country is a side of the story: an Indonesian
		// outlet's report on Sierra Leone and Guinea tells of neither.)
		if oc := pl.outletHome(); oc != "" && (oc == res.Main[0] || oc == res.Main[1]) && !b.notC[oc] {
			b.a.Country = oc
			b.guessed = true
			countryDiag(d, b.a.Name, "the outlet", oc)
			continue
		}
		for _, c := range order {
			if !b.notC[c] {
				b.a.Country = c
				b.guessed = true
				countryDiag(d, b.a.Name, "the article's main countries", c)
				break
			}
		}
	}
	// A state institution an Indonesian story does not place ("Kementerian
	// Luar Negeri memanggil ...") is Indonesia's, or under a foreign wire's
	// dateline ("PHNOM PENH, 5 Agustus (Xinhua) --") the dateline
	// country's. Joint bodies belong to no one side. (English stories come
	// from everywhere: their institutions stay unplaced.)
	// "In Kabul, a spokesperson of the Taliban-run Foreign Ministry
	// thanked India": a sentence set in a side's city places its
	// unplaced state body, before the dateline does.
	for k, b := range bs {
		if b.a.Country != "" || b.a.Kind != doc.KindInstitution || jointBody(b.a.Name) {
			continue
		}
		if c := sentencePlace(res, mentionsOf(k)); c != "" && sceneSide(res, c) && !b.notC[c] {
			b.a.Country = c
			b.guessed = true
			d.Diag(doc.Info, "actor", "country of "+strconv.Quote(b.a.Name)+" taken from the place its sentence opens with: "+c, nil)
		}
	}
	// "\"The government strongly protests ... and urges Japan to
	// withdraw it,\" spokesperson X said": a body the text does not place
	// is, in a quote, the speaker's country's.
	for k, b := range bs {
		if b.a.Country != "" || b.a.Kind != doc.KindInstitution || !ownGovernment(b.a.Name) {
			continue
		}
		for _, r := range mentionsOf(k) {
			s := &res.Sentences[r.s]
			if w := s.Mentions[r.m].W0; w >= len(s.Quoted) || !s.Quoted[w] {
				continue
			}
			if sp := quoteSpeaker(res, bs, r); sp >= 0 && (bs[sp].a.Kind == doc.KindPerson || bs[sp].a.Kind == doc.KindInstitution) && bs[sp].a.Country != "" && bs[sp].a.Country != "IGO" && !b.notC[bs[sp].a.Country] {
				b.a.Country = bs[sp].a.Country
				b.guessed = true
				countryDiag(d, b.a.Name, "the speaker of its quote", b.a.Country)
				break
			}
		}
	}
	home, weak := pl.homeCountry()
	// The home must be a side the story names, and the institution a
	// proper name ("Kementerian Luar Negeri", not "pemerintah") or a
	// ministry named by its portfolio ("the unification ministry").
	// (A national outlet's home counts only as a side of the story:
	// Anadolu's report on Pakistan and Afghanistan has Türkiye in it, but
	// its "Foreign Office" is Pakistan's.)
	// (A bare dateline's country must be the story's first side.)
	if home != "" && (res.CountryCount[home] > 0 || d.Language == "id" && home == "IDN") && (d.Language == "id" || home == res.Main[0] || home == res.Main[1] && !weak) {
		for _, b := range bs {
			// (And a body's people: "agents of the National Bureau of
			// Investigation".)
			if b.a.Country != "" || !(b.a.Kind == doc.KindInstitution || b.a.Kind == doc.KindGroup && bodyOfGroup(b.a.Name) != "") || jointBody(b.a.Name) {
				continue
			}
			if name := b.a.Name; b.a.Kind == doc.KindInstitution && (!capitalized(name) && !strings.HasSuffix(name, " ministry") || !strings.Contains(name, " ") && !allCaps(name)) {
				continue
			}
			switch b.a.Sector {
			case "GOV", "MIL", "COP", "LEG", "JUD", "":
				b.a.Country = home
				b.guessed = true
				countryDiag(d, b.a.Name, "the story's home", home)
			}
		}
	}
	// "\"Kami menyampaikan terima kasih ...,\" ujar Direktur ..., Yudha
	// Kurniawan": "kami" in a quote is its speaker, once the speakers
	// have their countries (an Indonesian story's officials mostly get
	// theirs from its home, above).
	// (English "we" is resolved before: a speaker English stories place
	// only by guess is too often the other side.)
	for _, r := range pronouns {
		m := &res.Sentences[r.s].Mentions[r.m]
		if l := res.Sentences[r.s].Words[m.W0].Lower; l == "kami" {
			if k := quoteSpeaker(res, bs, r); k >= 0 {
				m.Actor, m.Country = k, bs[k].a.Country
			}
		}
	}
	// Copy countries onto the mentions and fill d.Actors.
	nSpans, nAliases := 0, 0
	for k, b := range bs {
		b.a.ID = actorID(k)
		if b.a.Sector == "" && b.a.Kind != doc.KindCountry {
			b.a.Sector = "GOV"
		}
		if len(b.a.Aliases) == 0 {
			addAlias(&b.a, b.a.Name)
		}
		// (slices.SortFunc runs the same algorithm as sort.Slice, so
		// mentions with equal starts keep the order they always had. Most
		// are in order already, each after the one before or the same:
		// those no sort could change.)
		if !spansInOrder(b.a.Mentions) {
			slices.SortFunc(b.a.Mentions, func(p, q doc.Span) int { return cmp.Compare(p.Start, q.Start) })
		}
		nSpans += len(b.a.Mentions)
		nAliases += len(b.a.Aliases)
	}
	// The builds' arrays are reused for the next document: the actors get
	// copies, all in one array for their mentions and one for their
	// aliases, each actor's capped so appending to it copies.
	spans := make([]doc.Span, nSpans)
	aliases := make([]string, nAliases)
	if cap(d.Actors) < len(bs) {
		d.Actors = make([]doc.Actor, 0, len(bs))
	}
	d.Actors = d.Actors[:0]
	for _, b := range bs {
		a := b.a
		a.Mentions, spans = carve(spans, a.Mentions)
		a.Aliases, aliases = carve(aliases, a.Aliases)
		d.Actors = append(d.Actors, a)
	}
	buf.bs, buf.nbuilds, buf.toks, buf.people = bs, len(bs), tk.arena, people
	buf.bare, buf.titleOnly, buf.pronouns = bare, titleOnly, pronouns
	for si := range res.Sentences {
		ms := res.Sentences[si].Mentions
		for mi := range ms {
			if a := ms[mi].Actor; a >= 0 {
				ms[mi].Country = bs[a].a.Country
				if ms[mi].Org == "" {
					ms[mi].Org = bs[a].a.Org
				}
			}
		}
	}
}

// ownGovernment reports a name by which a speaker means their own
// state: "the government", "pemerintah".
func ownGovernment(name string) bool {
	switch strings.ToLower(strings.TrimPrefix(name, "the ")) {
	case "government", "pemerintah", "kerajaan":
		return true
	}
	return false
}

// countryDiag notes where the country of the actor named name came from:
// "country of "X" taken from how: c". The message is built in one
// allocation (resolve notes several per document).
func countryDiag(d *doc.Document, name, how, c string) {
	var buf [160]byte
	b := append(buf[:0], "country of "...)
	b = strconv.AppendQuote(b, name)
	b = append(append(append(append(b, " taken from "...), how...), ": "...), c...)
	d.Diag(doc.Info, "actor", string(b), nil)
}

// mergeByStart writes to dst, of length len(ms)+len(extra), the mentions
// of ms and extra in the order a stable sort of ms then extra by Start
// gives, and returns dst. extra is in that order already, and so is ms
// most often: the two are merged, taking ms's mention on a tie, rather
// than sorted (a Mention is large, and each move of a sort copies one).
func mergeByStart(dst, ms, extra []Mention) []Mention {
	if !startsSorted(ms) || !startsSorted(extra) {
		copy(dst[copy(dst, ms):], extra)
		// (A stable sort has one result, whatever its algorithm.)
		slices.SortStableFunc(dst, byStart)
		return dst
	}
	i, j := 0, 0
	for k := range dst {
		if j == len(extra) || i < len(ms) && ms[i].Start <= extra[j].Start {
			dst[k] = ms[i]
			i++
		} else {
			dst[k] = extra[j]
			j++
		}
	}
	return dst
}

func byStart(p, q Mention) int { return cmp.Compare(p.Start, q.Start) }

// startsSorted reports whether ms is in order of Start.
func startsSorted(ms []Mention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].Start {
			return false
		}
	}
	return true
}

// inMention reports whether word wi lies in one of the mentions ms.
func inMention(ms []Mention, wi int) bool {
	for k := range ms {
		if ms[k].W0 <= wi && wi < ms[k].W1 {
			return true
		}
	}
	return false
}

func prevWord(ws []lexicon.Word, i int) string {
	if i > 0 {
		return ws[i-1].Lower
	}
	return ""
}

// spansInOrder reports whether each span starts after the one before, or
// is the same span.
func spansInOrder(ss []doc.Span) bool {
	for i := 1; i < len(ss); i++ {
		if ss[i].Start <= ss[i-1].Start && ss[i] != ss[i-1] {
			return false
		}
	}
	return true
}

// carve copies src to the front of dst, returning the copy (capped, nil
// for none, as an actor without aliases has nil) and the rest of dst.
func carve[T any](dst, src []T) ([]T, []T) {
	n := len(src)
	if n == 0 {
		return nil, dst
	}
	copy(dst, src)
	return dst[:n:n], dst[n:]
}

// sortedCountries appends the countries of the document's tally (the keys
// of its CountryCount) to ks, most mentioned first, and returns it.
func sortedCountries(ks []string, t countryTally) []string {
	for _, c := range t {
		ks = append(ks, c.iso)
	}
	// Keys are distinct, so the order is total. (The tally is short.)
	count := func(iso string) int {
		for _, c := range t {
			if c.iso == iso {
				return c.all
			}
		}
		return 0
	}
	slices.SortFunc(ks, func(a, b string) int {
		if c := cmp.Compare(count(b), count(a)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return ks
}

func roleCompatible(a, b string) bool {
	if a == b {
		return true
	}
	heads := map[string]bool{"head_state": true, "head_gov": true, "leader": true}
	return heads[a] && heads[b]
}

// byRole finds the actor a title alone refers to: the most recent one
// with a compatible role (and the same country, when the title has one).
func (x *Extractor) byRole(bs []*build, m *Mention, sent []Mention) int {
	// "the Minister held talks with Yusuf Tukur Bello": not the person
	// the same sentence names as the other party.
	isOther := func(k int) bool {
		// ("Rahmat ... said he also invited Vietnam's prime minister": the
		// one the subject acts on is someone else.)
		if objectVerbs[m.Prep] {
			for i := range sent {
				if o := &sent[i]; o.Actor == k && o.Start < m.Start {
					return true
				}
			}
		}
		for i := range sent {
			o := &sent[i]
			// ("Irvan dan Komandan Distrik ...": one joined to it by "and"
			// is someone else.)
			if o.Actor == k && o.W1+1 == m.W0 && (m.Prep == "dan" || m.Prep == "and" || m.Prep == "serta") {
				return true
			}
			if o.Actor != k || o.Start <= m.Start {
				continue
			}
			switch o.Prep {
			case "with", "dengan", "to", "kepada", "bersama", "met", "meets", "received", "receives", "menerima", "bertemu", "menemui":
				return true
			}
		}
		return false
	}
	best, bestPos, bestShared, bestSame, bestExtra := -1, -1, 0, false, 0
	for k, b := range bs {
		if b.a.Kind != doc.KindPerson || !roleCompatible(b.role, m.Role) || isOther(k) {
			continue
		}
		if m.Country != "" && b.a.Country != "" && m.Country != b.a.Country {
			continue
		}
		// ("the Vietnamese leader": Vietnam's President Tran Hung, not an
		// unplaced Prime Minister named nearer.)
		same := m.Country != "" && b.a.Country == m.Country
		if best >= 0 && bestSame && !same {
			continue
		}
		if same && !bestSame {
			best, bestShared, bestSame, bestExtra = -1, 0, true, 0
		}
		pos := -1
		for _, sp := range b.a.Mentions {
			if sp.Start < m.Start && sp.Start > pos {
				pos = sp.Start
			}
		}
		if pos < 0 {
			pos = -2 // mentioned only later: still a candidate, the weakest
		}
		// "Menteri Agama" is the actor titled "Menteri Agama (Menag) RI",
		// whoever was mentioned last.
		// (With as many words shared, and both named before, the title
		// with fewer words besides: "Menteri Luar Negeri" is the one
		// titled so, not "Menteri Luar Negeri Jepang" named since.)
		shared := sharedWords(m.title, b.a.Title)
		extra := fieldCount(b.a.Title, 12) - shared
		fewer := pos >= 0 && bestPos >= 0 && extra != bestExtra
		if best < 0 || shared > bestShared || shared == bestShared && (fewer && extra < bestExtra || !fewer && pos > bestPos) {
			best, bestPos, bestShared, bestExtra = k, pos, shared, extra
		}
	}
	return best
}

// objectVerbs take a person as their object: the one "invited", "met"
// or "thanked" is not the one who does it.
var objectVerbs = map[string]bool{"invited": true, "met": true, "received": true, "thanked": true, "urged": true, "called": true, "hosted": true,
	"mengundang": true, "menerima": true, "menemui": true, "bertemu": true, "mendesak": true}

// bodyBefore returns the country of an institution mention that ends
// where one of own, an actor's mentions in document order (see
// mentionsOf), begins, or "". (It was a walk over every mention of the
// document for each actor asked about.)
func bodyBefore(res *Result, own []ref) string {
	if p := mentionRightBefore(res, own, func(p *Mention) bool { return p.Kind == MInst && p.Country != "" && p.Country != "IGO" }); p != nil {
		return p.Country
	}
	return ""
}

// bodyWordsBefore is bodyBefore for a body one or two capitalised words
// before the title, or named by its abbreviation, whose country is its
// actor's: "RSN Fleet Commander Rear-Admiral X" after "the Republic of
// Singapore Navy (RSN)".
func bodyWordsBefore(res *Result, own []ref, bs []*build) string {
	for _, r := range own {
		s := &res.Sentences[r.s]
		m := &s.Mentions[r.m]
		// (Passing a stray mention of no actor among those words.)
		pi := r.m - 1
		for pi >= 0 && s.Mentions[pi].Actor < 0 && s.Mentions[pi].Kind == MPerson && m.W0-s.Mentions[pi].W0 <= 2 {
			pi--
		}
		if pi < 0 {
			continue
		}
		p := &s.Mentions[pi]
		// (Right before the title, bodyBefore and bodyActorBefore
		// decide.)
		if p.Kind != MInst || p.W1 >= m.W0 || m.W0-p.W1 > 2 {
			continue
		}
		c := p.Country
		if c == "" && p.Actor >= 0 && p.Actor < len(bs) {
			c = bs[p.Actor].a.Country
		}
		if c == "" || c == "IGO" {
			continue
		}
		gap := true
		for w := p.W1; w < m.W0; w++ {
			if !s.Words[w].Cap || s.Words[w].Kind != doc.Word {
				gap = false
			}
		}
		if gap {
			return c
		}
	}
	return ""
}

// mentionRightBefore returns the first mention that ends where one of own
// begins and that ok accepts, or nil.
func mentionRightBefore(res *Result, own []ref, ok func(p *Mention) bool) *Mention {
	for _, r := range own {
		if r.m == 0 {
			continue
		}
		ms := res.Sentences[r.s].Mentions
		if m, p := &ms[r.m], &ms[r.m-1]; p.W1 == m.W0 && ok(p) {
			return p
		}
	}
	return nil
}

// possessorCountry returns the country of the one a person's title
// belongs to by "its" or "their": "The Indian ship arrived on Sunday.
// That afternoon its commanding officer, Captain X, paid a courtesy
// call" is India's. The possessor is the sentence's subject, when it
// stands before "its" ("Kenya is keen to ..., said its High
// Commissioner"), else the subject of the sentence before; "" when there
// is none.
func possessorCountry(d *doc.Document, res *Result, own []ref) string {
	for _, r := range own {
		s := &res.Sentences[r.s]
		m := &s.Mentions[r.m]
		at := -1
		for w := m.W0 - 1; w >= 0 && w >= m.W0-5; w-- {
			l := s.Words[w].Lower
			if l == "its" || l == "their" {
				at = w
				break
			}
			if s.Words[w].Cap || s.Words[w].Kind != doc.Word && s.Words[w].Text != "," {
				break
			}
		}
		if at < 0 {
			continue
		}
		// (Not the speaker of a reported clause: "to speed up their
		// repatriation, Sulistyo said".)
		if m.W1 < len(s.Words) && isSpeechVerb(s.Words[m.W1].Lower) {
			continue
		}
		// (Not the nearest party: "Malaysia's experience" above.)
		for k := 0; k < r.m; k++ {
			p := &s.Mentions[k]
			if p.W1 > at || p.Loc || d.Dateline != nil && p.Start < d.Dateline.Span.End && p.End > d.Dateline.Span.Start {
				continue
			}
			if p.Country != "" && p.Country != "IGO" {
				return p.Country
			}
			break
		}
		if r.s > 0 {
			for _, p := range res.Sentences[r.s-1].Mentions {
				if p.Loc {
					continue
				}
				if p.Country != "" && p.Country != "IGO" && (p.Prep == "" || p.Prep == "the" || p.Prep == ",") {
					return p.Country
				}
				break
			}
		}
		return ""
	}
	return ""
}

// bodyNouns are the common nouns a body is called by when named again:
// "the ministry's Permanent Secretary".
var bodyNouns = map[string]bool{"ministry": true, "embassy": true, "department": true, "agency": true, "commission": true,
	"council": true, "navy": true, "police": true, "secretariat": true, "consulate": true, "office": true, "directorate": true}

// namedBodyCountry returns the country of the body a person's title
// names again by its common noun: "transmitted a note to Nigeria's
// Ministry of Foreign Affairs ... met with the ministry's Permanent
// Secretary, Ambassador X" is Nigeria's. The body is the last one named
// before, in this sentence or the two before it, whose name has the
// noun; "" when there is none.
func namedBodyCountry(res *Result, own []ref) string {
	for _, r := range own {
		s := &res.Sentences[r.s]
		m := &s.Mentions[r.m]
		if !m.hasName {
			continue
		}
		noun := ""
		for w := m.W0 - 1; w >= 1 && w >= m.W0-8; w-- {
			if s.Words[w].Lower == "'s" || s.Words[w].Lower == "’s" {
				if bodyNouns[s.Words[w-1].Lower] && !s.Words[w-1].Cap && w >= 2 && s.Words[w-2].Lower == "the" {
					noun = s.Words[w-1].Lower
				}
				break
			}
			if !s.Words[w].Cap && s.Words[w].Text != "," {
				break
			}
		}
		if noun == "" {
			continue
		}
		for si := r.s; si >= 0 && si >= r.s-2; si-- {
			ms := res.Sentences[si].Mentions
			for k := len(ms) - 1; k >= 0; k-- {
				p := &ms[k]
				if si == r.s && p.Start >= m.Start || p.Kind != MInst || p.Country == "" || p.Country == "IGO" {
					continue
				}
				if containsWord(strings.ToLower(p.instName+" "+p.name), noun) {
					return p.Country
				}
			}
		}
	}
	return ""
}

// cabinetTitle reports an Indonesian minister's title: "Wakil Menteri
// Perdagangan", "Menlu", "Wamendag".
func cabinetTitle(t string) bool {
	l := strings.ToLower(t)
	// (A bare "Menteri X" names no portfolio: it may be the host's.)
	if strings.Contains(l, "menteri") {
		return l != "menteri"
	}
	f := strings.Fields(l)
	return len(f) > 0 && (strings.HasPrefix(f[0], "men") || strings.HasPrefix(f[0], "wamen")) && len(f[0]) <= 8
}

// briefingPlace returns the country of the city a speaker gives a
// briefing in: "spokesperson Gao Ruiming told a regular news briefing in
// Beijing", "kata X dalam jumpa pers di Jakarta"; "" if none.
func briefingPlace(res *Result, own []ref) string {
	for _, r := range own {
		s := &res.Sentences[r.s]
		ws := s.Words
		for k, m := range s.Mentions {
			if k <= r.m || !m.Loc || m.Country == "" || m.Country == "IGO" || m.W0 < 2 || m.W0-r.m > 40 {
				continue
			}
			for w := m.W0 - 2; w >= 0 && w >= m.W0-4; w-- {
				switch ws[w].Lower {
				case "briefing", "conference", "pers", "konferensi":
					return m.Country
				}
			}
		}
	}
	return ""
}

// identifiedCountry returns the country of the one a name identifies:
// "the Indian official, identified as Rakesh Khurana", "seorang WN
// Malaysia bernama Ahmad"; "" when the text says none.
func identifiedCountry(res *Result, own []ref) string {
	for _, r := range own {
		s := &res.Sentences[r.s]
		m := &s.Mentions[r.m]
		at := -1
		switch w := m.W0; {
		case w >= 2 && s.Words[w-1].Lower == "as" && (s.Words[w-2].Lower == "identified" || s.Words[w-2].Lower == "named"):
			at = w - 2
		case w >= 1 && (s.Words[w-1].Lower == "bernama" || s.Words[w-1].Lower == "berinisial"):
			at = w - 1
		}
		if at < 0 {
			continue
		}
		for k := r.m - 1; k >= 0; k-- {
			p := &s.Mentions[k]
			if p.W1 > at || p.W1 < at-6 {
				continue
			}
			if p.Country != "" && p.Country != "IGO" && !p.Loc {
				return p.Country
			}
			break
		}
		return ""
	}
	return ""
}

// leaderOf returns the country of the group or body a person is said to
// lead ("a Rwandan team headed by X", "The Congolese delegation, led by
// X", "delegasi Australia yang dipimpin X"), or "".
func leaderOf(res *Result, own []ref) string {
	for _, r := range own {
		ws := res.Sentences[r.s].Words
		ms := res.Sentences[r.s].Mentions
		w := ms[r.m].W0
		// ("headed by presidential envoy X": a modifier of the title.)
		for n := 0; n < 2 && w >= 1 && ws[w-1].Kind == doc.Word && !ws[w-1].Cap && ws[w-1].Lower != "by" && ws[w-1].Lower != "dipimpin" && ws[w-1].Lower != "oleh"; n++ {
			w--
		}
		switch {
		case w >= 2 && ws[w-1].Lower == "by" && (ws[w-2].Lower == "led" || ws[w-2].Lower == "headed"):
			w -= 2
		case w >= 1 && ws[w-1].Lower == "dipimpin":
			w--
		case w >= 2 && ws[w-1].Lower == "oleh" && ws[w-2].Lower == "dipimpin":
			w -= 2
		default:
			continue
		}
		for k := r.m - 1; k >= 0; k-- {
			p := &ms[k]
			if p.W1 > w {
				continue
			}
			// ("a Rwandan team": a country word modifying the team's noun.)
			if w-p.W1 > 3 || p.Country == "" || p.Country == "IGO" || p.Loc || p.Kind != MGroup && p.Kind != MInst && !(p.Kind == MCountry && p.Modifier && w-p.W1 <= 2) {
				break
			}
			return p.Country
		}
	}
	return ""
}

// igoBefore returns the international body named right before a titled
// person, or before its possessive "'s", or before up to three
// lower-case words of the office, or "".
func igoBefore(res *Result, own []ref) string {
	for _, r := range own {
		if r.m == 0 {
			continue
		}
		s := &res.Sentences[r.s]
		m, p := &s.Mentions[r.m], &s.Mentions[r.m-1]
		if p.Kind != MIGO || p.Org == "" || m.title == "" {
			continue
		}
		w := p.W1
		if w < m.W0 && (s.Words[w].Lower == "'s" || s.Words[w].Lower == "’s") {
			w++
		}
		// (Passing the lower-case words of an office: "foreign policy".)
		for gap := 0; w < m.W0 && gap < 3 && s.Words[w].Kind == doc.Word && !s.Words[w].Cap && !isVerbLike(s.Words[w].Lower) && s.Words[w].Lower != "that"; gap++ {
			w++
		}
		if w == m.W0 {
			return p.Org
		}
	}
	return ""
}

// igoTeamBefore returns the body of an international body's team named
// right before a title ("IMF mission chief X"), or "".
func igoTeamBefore(res *Result, own []ref) string {
	if p := mentionRightBefore(res, own, func(p *Mention) bool { return p.Kind == MGroup && p.Country == "IGO" && p.Org != "" }); p != nil {
		return p.Org
	}
	return ""
}

// bodyActorBefore is bodyBefore for a body placed by its actor, not by
// its own words: "ministry spokesperson X" after "Belarus' Foreign
// Ministry".
func bodyActorBefore(res *Result, own []ref, bs []*build) string {
	placed := func(p *Mention) bool {
		return p.Kind == MInst && p.Actor >= 0 && p.Actor < len(bs) && bs[p.Actor].a.Country != "" && bs[p.Actor].a.Country != "IGO"
	}
	if p := mentionRightBefore(res, own, placed); p != nil {
		return bs[p.Actor].a.Country
	}
	return ""
}

// sideOutlet reports a national outlet whose country is a side of the
// story.
func sideOutlet(pl *places, res *Result) bool {
	oc := pl.outletHome()
	return oc != "" && (oc == res.Main[0] || oc == res.Main[1])
}

// subjectBefore returns the country of the body that opens the
// sentence right before the one the person's first mention opens, when
// the person is its spokesperson or a minister: "Venezuela's Foreign
// Ministry rejected the accusation hours later. In a statement read on
// state television, Vice Foreign Minister X said". Only the first
// mention counts, and only when no actor is named before it in its
// sentence: a person met or summoned stands after the one who acts.
func subjectBefore(res *Result, own []ref, role string, bs []*build) string {
	if len(own) == 0 || role != "spokesperson" && role != "minister" && role != "deputy_minister" {
		return ""
	}
	r := own[0]
	if r.s == 0 {
		return ""
	}
	s := &res.Sentences[r.s]
	m := &s.Mentions[r.m]
	// (A title that names its body is that body's: "Juru bicara
	// Kementerian Luar Negeri, X".)
	if m.title == "" || m.W0 > 12 || fieldCount(m.title, 5) > 3 {
		return ""
	}
	for _, o := range s.Mentions[:r.m] {
		if o.Kind != MPronoun {
			return ""
		}
	}
	prev := &res.Sentences[r.s-1]
	if len(prev.Mentions) == 0 {
		return ""
	}
	p := &prev.Mentions[0]
	if p.W0 > 3 || p.Loc || p.Modifier {
		return ""
	}
	c := p.Country
	if c == "" && p.Actor >= 0 && p.Actor < len(bs) {
		c = bs[p.Actor].a.Country
	}
	// (A state named as such opens sentences on both sides: "Vanuatu
	// raises Papua every year. The day before, Deputy Foreign Minister
	// X met ..." is the other side's minister.)
	if p.Kind != MInst || c == "" || c == "IGO" {
		return ""
	}
	return c
}

// recentPerson resolves a pronoun: a person earlier in its sentence, else
// the first person of the closest earlier sentence that has one.
func recentPerson(res *Result, bs []*build, r ref) int {
	ms := res.Sentences[r.s].Mentions
	// "X held talks with Y, during which he called on ...": the one met
	// ("with Y") is not who "he" is when the sentence's subject is a
	// person.
	subj := -1
	for k := 0; k < r.m; k++ {
		if a := ms[k].Actor; a >= 0 && bs[a].a.Kind == doc.KindPerson {
			switch ms[k].Prep {
			case "with", "dengan", "to", "kepada", "on", "bersama":
			default:
				if subj < 0 {
					subj = a
				}
			}
		}
	}
	for k := r.m - 1; k >= 0; k-- {
		if a := ms[k].Actor; a >= 0 && bs[a].a.Kind == doc.KindPerson {
			if p := ms[k].Prep; (p == "with" || p == "dengan") && subj >= 0 && subj != a {
				return subj
			}
			return a
		}
	}
	for s := r.s - 1; s >= 0 && s >= r.s-3; s-- {
		ms := res.Sentences[s].Mentions
		for oi := range ms {
			// ("According to spokesman X, Y briefed ...": the source of
			// the report is not the one "he" goes on from.)
			if a := ms[oi].Actor; a >= 0 && bs[a].a.Kind == doc.KindPerson && !reportSource(res.Sentences[s].Words, &ms[oi]) {
				return a
			}
		}
	}
	return -1
}

// itAntecedent resolves a sentence's opening "it": the subject of the
// sentence before, when that is a body or a country ("The Chinese Embassy
// issued a statement. It also called on ..."), else nil. "It is", "It
// was" open a sentence about nothing in particular.
func itAntecedent(res *Result, r ref) *Mention {
	ws := res.Sentences[r.s].Words
	if r.s == 0 || r.m != 0 || len(ws) < 2 || expletiveIt(ws[1:]) {
		return nil
	}
	// ("The Chinese Embassy shot back late Wednesday. In a statement, its
	// spokesperson said ... It also called on ...": past a sentence
	// whose subject is the body's speaker, the one before.)
sentences:
	for p := r.s - 1; p >= 0 && p >= r.s-2; p-- {
		for _, o := range res.Sentences[p].Mentions {
			if o.Modifier || o.Loc {
				continue // "China's Foreign Ministry": the country word modifies
			}
			switch o.Kind {
			case MInst, MGroup, MCountry, MIGO:
				// (Its subject follows no preposition: "The Chinese
				// Embassy", "puluhan awak HMAS Warramunga", "-- China's ...".)
				if o.Country != "" && !prepositions[o.Prep] {
					return &o
				}
			case MPerson:
				if o.title != "" && !o.hasName && p == r.s-1 {
					continue sentences // "its spokesperson said": one sentence further back
				}
			}
			return nil
		}
		return nil
	}
	return nil
}

// prepositions are the words before a mention that make it no subject.
var prepositions = map[string]bool{"with": true, "to": true, "by": true, "of": true, "for": true, "from": true, "in": true, "at": true, "on": true, "and": true, "or": true, "between": true, "against": true, "toward": true, "towards": true,
	"dengan": true, "kepada": true, "oleh": true, "dari": true, "ke": true, "di": true, "untuk": true, "bersama": true, "terhadap": true, "dan": true, "antara": true, "bagi": true, "pada": true}

// expletiveIt reports the words after an opening "it" that make it a
// dummy subject: "is", "was", "will be", "has been", "seems".
func expletiveIt(ws []lexicon.Word) bool {
	switch ws[0].Lower {
	case "is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "remains", "remained", "takes", "took", "means", "meant", "comes", "came":
		return true
	case "will", "would", "could", "may", "might", "has", "had", "should", "must":
		return len(ws) > 1 && (ws[1].Lower == "be" || ws[1].Lower == "been")
	}
	return false
}

// reportSource reports a mention that names the source of a report:
// "according to X", "menurut X".
// (A body's name may stand between: "according to National Assembly
// spokesman X".)
func reportSource(ws []lexicon.Word, m *Mention) bool {
	for w := m.W0 - 1; w >= 0 && w >= m.W0-6; w-- {
		switch ws[w].Lower {
		case "menurut":
			return true
		case "to":
			return w >= 1 && ws[w-1].Lower == "according"
		case ",", ".", ";", ":":
			return false
		}
	}
	return false
}

// nameTokens splits names into their lower-case tokens for one
// document. The tokens of every name share one array, and a name that is
// ASCII is lower-cased by the document's lowerer, so most names cost no
// allocation.
type nameTokens struct {
	lw    *lowerer
	arena []string
}

// of returns the tokens of the mention's name, computed once.
func (t *nameTokens) of(m *Mention) []string {
	if m.toks == nil && m.name != "" {
		lower := ""
		if isASCII(m.name) {
			lower = t.lw.of(m.name)
		}
		m.toks = t.split(m.name, lower)
	}
	return m.toks
}

// split returns the tokens of name s: its lower-case words trimmed of
// ".,'", dropping those left empty. lower is strings.ToLower(s) when the
// caller has it, or "".
func (t *nameTokens) split(s, lower string) []string {
	if lower == "" {
		lower = strings.ToLower(s)
	}
	k := len(t.arena)
	if isASCII(lower) {
		// strings.Fields splits ASCII at ASCII spaces; names are ASCII
		// most often, and this is the same split done by hand.
		for i := 0; i < len(lower); {
			var f string
			if f, i = nextNameField(lower, i); f != "" {
				t.arena = append(t.arena, f)
			}
		}
	} else {
		for f := range strings.FieldsSeq(lower) {
			if f = strings.Trim(f, ".,'"); f != "" {
				t.arena = append(t.arena, f)
			}
		}
	}
	// Capped: a later name's tokens go after these, never over them.
	return t.arena[k:len(t.arena):len(t.arena)]
}

// asciiSpace reports the bytes strings.Fields splits ASCII text at.
func asciiSpace(c byte) bool {
	// (\t, \n, \v, \f and \r are the bytes 9 to 13.)
	return c == ' ' || c-'\t' <= '\r'-'\t'
}

// trimName is strings.Trim(f, ".,'").
func trimName(f string) string {
	isCut := func(c byte) bool { return c == '.' || c == ',' || c == '\'' }
	for f != "" && isCut(f[0]) {
		f = f[1:]
	}
	for f != "" && isCut(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	return f
}

// isASCII reports whether every byte of s is ASCII: eight at a time, as
// names and words are asked about many times.
func isASCII(s string) bool {
	// (The last eight, or four, bytes are read at once too, overlapping
	// the bytes before them.)
	n := len(s)
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			if le64(s[i:])&high8 != 0 {
				return false
			}
		}
		return le64(s[n-8:])&high8 == 0
	case n >= 4:
		return (le32(s)|le32(s[n-4:]))&0x80808080 == 0
	}
	for i := 0; i < n; i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// nameInitials returns what initialsOf and len give of the tokens of
// name s (see nameTokens.split) without making them, for a name in ASCII:
// the first byte of a token is the first byte of its field that trimName
// keeps, lower-cased, and lower-casing keeps a byte's five low bits. For
// a name not in ASCII it returns -1 tokens: strings.ToLower may change
// its bytes.
func nameInitials(s string) (uint32, int) {
	if !isASCII(s) {
		return 0, -1
	}
	var m uint32
	n := 0
	for i := 0; i < len(s); {
		var f string
		if f, i = nextNameField(s, i); f != "" {
			m |= 1 << (f[0] & 31)
			n++
		}
	}
	return m, n
}

// nextNameField returns the field of ASCII name s that starts at or after
// byte i, past ASCII spaces, trimmed by trimName (perhaps empty), and
// where the next search starts.
func nextNameField(s string, i int) (string, int) {
	for i < len(s) && asciiSpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !asciiSpace(s[j]) {
		j++
	}
	return trimName(s[i:j]), j
}

// initialsOf returns a bit for the first byte of each token (tokens
// are not empty), 32 bits for any byte: the names sameName matches have
// each token's first byte among the other's.
func initialsOf(toks []string) uint32 {
	var m uint32
	for _, t := range toks {
		m |= 1 << (t[0] & 31)
	}
	return m
}

// sameName reports whether the short name b refers to the full name a:
// every token of b is a token of a, exactly or with a one-letter slip.
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	short, long := b, a
	if len(b) > len(a) {
		short, long = a, b
	}
	for _, t := range short {
		ok := false
		for _, u := range long {
			if t == u || len(t) >= 4 && len(u) >= 4 && t[0] == u[0] && editOne(t, u) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// editOne reports whether a and b differ by exactly one substitution,
// insertion or deletion.
func editOne(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) == len(b) {
		diff := 0
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) != 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return a[i:] == b[i+1:]
}

// sameChamber reports whether two heads of a legislature may head the
// same chamber: the President of the Senate and the President of the
// National Assembly serve one country. Titles that name no chamber may.
func sameChamber(a, b string) bool {
	ca, cb := chamberOf(a), chamberOf(b)
	return ca == "" || cb == "" || ca == cb
}

func chamberOf(title string) string {
	t := strings.ToLower(title)
	for _, c := range []string{"senate", "senat", "national assembly", "house of representatives", "house of councillors", "house", "dpr", "mpr", "dpd", "duma", "federation council", "majlis", "congress", "kongres", "diet"} {
		if strings.Contains(t, c) {
			return c
		}
	}
	return ""
}

// deputyTitle reports a deputy's title: "Deputy Trade Minister", "Wakil
// Menteri", "Wamendag". A deputy minister and the minister serve one
// government.
func deputyTitle(t string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == '-' }) {
		if f == "deputy" || f == "vice" || f == "wakil" || strings.HasPrefix(f, "wamen") {
			return true
		}
	}
	return false
}

// sameOffice reports two minister's titles of one portfolio: they share
// a portfolio word ("External Affairs Minister" and "Minister of Foreign
// Affairs, International Trade and Worship"), or one names none ("the
// minister"). "Chief Cabinet Secretary" and "Foreign Minister" are two
// offices of one government.
func sameOffice(a, b string) bool {
	// ASCII titles are compared as they are written, without lower-cased
	// copies (see sharedWords); others are lower-cased first.
	same := strings.EqualFold
	if !isASCII(a) || !isASCII(b) {
		a, b = strings.ToLower(a), strings.ToLower(b)
		same = func(v, w string) bool { return v == w }
	}
	var bufA, bufB [8]string
	wa, wb := appendOfficeWords(bufA[:0], a), appendOfficeWords(bufB[:0], b)
	if len(wa) == 0 || len(wb) == 0 {
		// (Then the same head word: "the minister" and "Foreign
		// Minister", not "Secretary" and "Foreign Minister".)
		fa, fb := lastField(a), lastField(b)
		return fa != "" && fb != "" && same(fa, fb)
	}
	for _, x := range wa {
		for _, y := range wb {
			if same(x, y) {
				return true
			}
		}
	}
	return false
}

// appendOfficeWords appends a title's portfolio words to ws, as written
// or folded to their synonyms ("external" is "foreign"). The title is
// lower case, or ASCII in any case.
func appendOfficeWords(ws []string, t string) []string {
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && t[j] != ' ' && t[j] != ',' && t[j] != '/' {
			j++
		}
		if j > i {
			if w := officeWord(t[i:j]); w != "" {
				ws = append(ws, w)
			}
		}
		i = j + 1
	}
	return ws
}

// officeWord returns the portfolio word a title's word w stands for: ""
// for none ("minister", "of"), its synonym's fold, or w itself. w is lower
// case, or ASCII in any case.
func officeWord(w string) string {
	// (It is compared lower-cased in an array: no word dropped or folded
	// is longer.)
	var buf [16]byte
	if len(w) > len(buf) {
		return w
	}
	n := copy(buf[:], w)
	for i := range n {
		buf[i] = lexicon.LowerByte(buf[i])
	}
	switch string(buf[:n]) {
	case "minister", "ministers", "deputy", "vice", "senior", "chief", "secretary", "of", "the", "and", "for", "affairs", "state", "republic", "menteri", "wakil":
		return ""
	case "external", "luar":
		return "foreign"
	case "defense", "pertahanan":
		return "defence"
	case "home", "dalam":
		return "interior"
	}
	return w
}

// possessiveOf reports whether name is "X's " + bare: "Russia's Eastern
// Military District" for "Eastern Military District".
func possessiveOf(name, bare string) bool {
	if len(name) <= len(bare)+3 || !strings.EqualFold(name[len(name)-len(bare):], bare) {
		return false
	}
	head := name[:len(name)-len(bare)]
	return strings.HasSuffix(head, "'s ") || strings.HasSuffix(head, "' ")
}

func addAlias(a *doc.Actor, s string) {
	if s == "" {
		return
	}
	for _, x := range a.Aliases {
		if x == s {
			return
		}
	}
	a.Aliases = append(a.Aliases, s)
}

func hasAlias(a *doc.Actor, s string) bool {
	for _, x := range a.Aliases {
		if equalFold(x, s) {
			return true
		}
	}
	return false
}

// fieldCount is len(strings.Fields(s)), counted up to max.
func fieldCount(s string, max int) int {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n == max {
			break
		}
	}
	return n
}

// headWord returns the last word of a name, lower-cased.
func headWord(s string) string {
	// (The last field of s, lower-cased, is the last of s lower-cased:
	// no letter lower-cases to a space.)
	return strings.ToLower(lastField(s))
}

// lastField returns the last field of s (see strings.Fields), or "".
func lastField(s string) string {
	last := ""
	for f := range strings.FieldsSeq(s) {
		last = f
	}
	return last
}

// sameHead reports headWord(a) == headWord(b) without the lower-cased
// copies when both words are ASCII (names are compared with many others).
func sameHead(a, b string) bool {
	a, b = lastField(a), lastField(b)
	if isASCII(a) && isASCII(b) {
		// (ASCII words fold only to ASCII letters: EqualFold is equality
		// in lower case.)
		return len(a) == len(b) && strings.EqualFold(a, b)
	}
	return strings.ToLower(a) == strings.ToLower(b)
}

// determined reports whether the words [w0, w1) are introduced or closed
// by a determiner: "the minister", "this ambassador", "menteri itu".
func determined(ws []lexicon.Word, w0, w1 int) bool {
	if w0 > 0 {
		switch ws[w0-1].Lower {
		case "the", "this", "that", "his", "her", "sang", "both":
			return true
		}
	}
	if w1 < len(ws) {
		switch ws[w1].Lower {
		case "itu", "tersebut", "ini":
			return true
		}
	}
	return false
}

// sharedWords counts the words two titles share, beyond the first (the
// office word itself: "menteri", "minister").
func sharedWords(a, b string) int {
	// (Titles have a few words: each of a's is looked for among b's,
	// rather than put in a set.)
	// ASCII titles are compared as they are written, word by word in
	// either case: lower-casing ASCII moves no space nor "(),", and
	// EqualFold of ASCII words is equality in lower case. Others are
	// lower-cased first.
	same := strings.EqualFold
	if !isASCII(a) || !isASCII(b) {
		a, b = strings.ToLower(a), strings.ToLower(b)
		same = func(v, w string) bool { return v == w }
	}
	n, i := 0, 0
	for w := range strings.FieldsSeq(a) {
		if i++; i == 1 {
			continue
		}
		w = strings.Trim(w, "(),")
		for v := range strings.FieldsSeq(b) {
			if v = strings.Trim(v, "(),"); len(v) == len(w) && same(v, w) {
				n++
				break
			}
		}
	}
	return n
}

// visitBetween reports whether a word of travel stands in [a, b).
func visitBetween(ws []lexicon.Word, a, b int) bool {
	for k := a; k < b && k < len(ws); k++ {
		l := ws[k].Lower
		if strings.HasPrefix(l, "visit") || strings.Contains(l, "kunjung") || strings.HasPrefix(l, "travel") || l == "trip" || l == "tour" || l == "perjalanan" || l == "flew" || l == "arrived" || l == "tiba" {
			return true
		}
	}
	return false
}

// ledGroupCountry returns the country of the group or institution that
// an actor is said to lead ("led by", "headed by", "dipimpin",
// "diketuai") in some sentence, or "". own are the actor's mentions, in
// document order.
func ledGroupCountry(res *Result, own []ref) string {
	for _, r := range own {
		sm := &res.Sentences[r.s]
		mi := r.m
		m := &sm.Mentions[mi]
		// Active voice: "X led the Philippine delegation", "X memimpin
		// delegasi Indonesia".
		// (And a relative clause: "Minister X, who also heads the
		// Investment Coordinating Board (BKPM)", a body as well as a
		// group, its name a few words longer.)
		v, reach, bodies := m.W1, 4, false
		if v+2 < len(sm.Words) && sm.Words[v].Text == "," && (sm.Words[v+1].Lower == "who" || sm.Words[v+1].Lower == "yang") {
			v, reach, bodies = v+2, 8, true
			if sm.Words[v].Lower == "also" || sm.Words[v].Lower == "juga" {
				v++
			}
		}
		if v < len(sm.Words) {
			switch sm.Words[v].Lower {
			case "led", "leads", "headed", "heads", "memimpin", "mengetuai", "mengepalai":
				for oi := mi + 1; oi < len(sm.Mentions); oi++ {
					o := &sm.Mentions[oi]
					if o.W0 > v+reach {
						break
					}
					if (o.Kind == MGroup || bodies && o.Kind == MInst) && o.Country != "" && o.Country != "IGO" && !o.Loc {
						return o.Country
					}
				}
			}
		}
		if m.W0 < 1 {
			continue
		}
		ledAt := -1
		for w := m.W0 - 1; w >= 0 && w >= m.W0-3; w-- {
			switch sm.Words[w].Lower {
			case "led", "headed", "dipimpin", "diketuai":
				ledAt = w
			}
		}
		if ledAt < 0 {
			continue
		}
		// The group led stands right before: "X was led by", "X, led by".
		for j := mi - 1; j >= 0; j-- {
			o := &sm.Mentions[j]
			if o.W1 < ledAt-3 {
				break
			}
			if (o.Kind == MGroup || o.Kind == MInst) && o.Country != "" && o.Country != "IGO" {
				return o.Country
			}
		}
	}
	return ""
}

// jointBody reports names of bodies two sides share: "Joint Commission",
// "Komisi Bersama", "Kelompok Kerja Bersama".
func jointBody(name string) bool {
	return containsLower(name, "joint") || containsLower(name, "bersama") || containsLower(name, "bilateral")
}

// containsLower is strings.Contains(strings.ToLower(s), pat), without the
// lower-cased copy when s is ASCII.
func containsLower(s, pat string) bool {
	if isASCII(s) {
		return containsLowerASCII(s, pat)
	}
	return strings.Contains(strings.ToLower(s), pat)
}

// containsLowerASCII reports whether ASCII s lower-cased contains pat (in
// lower case).
func containsLowerASCII(s, pat string) bool {
	for i := 0; i+len(pat) <= len(s); i++ {
		k := 0
		for k < len(pat) && lexicon.LowerByte(s[i+k]) == pat[k] {
			k++
		}
		if k == len(pat) {
			return true
		}
	}
	return false
}

// equalFold is strings.EqualFold, which it calls only when the first
// bytes allow: two ASCII first bytes must be the same letter or byte.
// (Aliases and names are compared with many others: most differ there.)
func equalFold(a, b string) bool {
	if a != "" && b != "" && a[0] < utf8.RuneSelf && b[0] < utf8.RuneSelf && lexicon.LowerByte(a[0]) != lexicon.LowerByte(b[0]) {
		return false
	}
	return strings.EqualFold(a, b)
}

// wireService reports the outlets of international and foreign national
// news agencies, whose datelines name the story's home.
func wireService(outlet string) bool {
	// (An ASCII name is lower-cased in an array, not a copy: no agency's
	// is longer.)
	o := strings.TrimSpace(outlet)
	var buf [16]byte
	if isASCII(o) {
		if len(o) > len(buf) {
			return false
		}
		n := copy(buf[:], o)
		for i := range n {
			buf[i] = lexicon.LowerByte(buf[i])
		}
		return isWireService(string(buf[:n]))
	}
	return isWireService(strings.ToLower(o))
}

// isWireService reports whether outlet, lower case, is a news agency's
// (see wireService).
func isWireService(outlet string) bool {
	switch outlet {
	case "xinhua", "reuters", "afp", "ap", "bernama", "kyodo", "yonhap", "anadolu", "vna", "kpl", "akp", "pna", "tass", "sputnik", "ria novosti", "efe", "dpa", "ansa", "wafa", "irna", "apa", "kuna", "wam", "spa", "qna", "mena", "trt":
		return true
	}
	return false
}

// places answers what country the document's dateline and outlet name,
// each looked up once, when first asked: resolve asks for every actor it
// places.
type places struct {
	d  *doc.Document
	lx *Lexicon

	dateline, outlet         string
	datelineDone, outletDone bool
}

// homeCountry is the country an Indonesian story is told from: Indonesia,
// or under a foreign wire's dateline ("PHNOM PENH, 5 Agustus (Xinhua)")
// the dateline's country. English stories come from everywhere: a
// national outlet's country (the Guardian's "Foreign Office" is
// Britain's), else a wire's dateline's ("SEOUL (Reuters) - The
// unification ministry said"), else a bare dateline's ("MANILA —"), which
// weak reports: a foreign outlet's correspondent may write it, whose
// "Department of Foreign Affairs" is at home.
func (p *places) homeCountry() (home string, weak bool) {
	d := p.d
	if d.Language != "id" {
		if c := p.outletHome(); c != "" {
			return c, false
		}
		if d.Dateline != nil && d.Dateline.Place != "" {
			return p.datelineCountry(), !wireService(d.Dateline.Outlet)
		}
		return "", false
	}
	if d.Dateline != nil && wireService(d.Dateline.Outlet) {
		return p.datelineCountry(), false
	}
	return "IDN", false
}

// outletHome is the country of the national outlet that published the
// story, when no foreign dateline says it stands elsewhere, or "".
func (p *places) outletHome() string {
	if p.outletDone {
		return p.outlet
	}
	p.outlet, p.outletDone = "", true
	d := p.d
	outlet := d.Outlet
	if d.Dateline != nil && d.Dateline.Outlet != "" {
		outlet = d.Dateline.Outlet
	}
	c := p.lx.OutletCountry(outlet)
	// (A dateline's agency the outlet list does not know, "NEWSPAPER
	// SECTION: NEWS" read as one among them, leaves the page's own.)
	if c == "" && outlet != d.Outlet {
		c = p.lx.OutletCountry(d.Outlet)
	}
	if c == "" {
		return ""
	}
	if d.Dateline != nil && d.Dateline.Place != "" {
		if dc := p.datelineCountry(); dc != "" && dc != c {
			return "" // a correspondent abroad
		}
	}
	p.outlet = c
	return c
}

// datelineCountry is the country of the dateline's place, or "".
func (p *places) datelineCountry() string {
	if !p.datelineDone {
		p.datelineDone = true
		if p.d.Dateline != nil {
			p.dateline = p.lx.LookupCountry(p.d.Dateline.Place)
		}
	}
	return p.dateline
}

// meetingBetween reports a word of meeting between two people in ws[a:b]:
// "paid a courtesy call on", "met with", "menerima kunjungan".
func meetingBetween(ws []lexicon.Word, a, b int) bool {
	for k := a; k < b && k < len(ws); k++ {
		switch ws[k].Lower {
		case "met", "meets", "meet", "call", "called", "received", "receives", "hosted", "welcomed", "bertemu", "menemui", "menerima", "menjamu", "kunjungan", "kehormatan":
			return true
		}
	}
	return false
}

// titleBodyCountry returns the country of an institution whose
// abbreviation a title holds ("Kepala PNP"), or "".
func titleBodyCountry(title string, bs []*build) string {
	for w := range strings.FieldsSeq(title) {
		if !allCaps(w) {
			continue
		}
		for _, o := range bs {
			if o.a.Kind != doc.KindPerson && o.a.Country != "" && o.a.Country != "IGO" && hasAlias(&o.a, w) {
				return o.a.Country
			}
		}
	}
	// "Komandan Pangkalan TNI AL Sabang": a body's name of several words
	// inside the title.
	for _, o := range bs {
		if o.a.Kind == doc.KindPerson || o.a.Country == "" || o.a.Country == "IGO" {
			continue
		}
		for _, al := range o.a.Aliases {
			if strings.Contains(al, " ") && containsWords(title, al) {
				return o.a.Country
			}
		}
	}
	return ""
}

// containsWords reports whether s holds phrase as whole words.
func containsWords(s, phrase string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], phrase)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(phrase)
		if (a == 0 || s[a-1] == ' ' || s[a-1] == '(') && (b == len(s) || s[b] == ' ' || s[b] == ')' || s[b] == ',') {
			return true
		}
		i = a + 1
	}
}

// sameMinistry reports two names of one ministry: "justice ministry" and
// "Ministry of Justice of the Republic of Korea", "foreign ministry" and
// "Ministry of Foreign Affairs".
func sameMinistry(a, b string) bool {
	// One of them must end in "ministry": ASCII names are asked that
	// before anything else. (Most are no ministry.)
	ascii := isASCII(a) && isASCII(b)
	if ascii && !hasSuffixFoldASCII(a, " ministry") && !hasSuffixFoldASCII(b, " ministry") {
		return false
	}
	a, b = strings.TrimPrefix(strings.TrimPrefix(a, "the "), "The "), strings.TrimPrefix(strings.TrimPrefix(b, "the "), "The ")
	// ASCII names are compared as they are written, in either case
	// (EqualFold of ASCII is equality in lower case); others are
	// lower-cased first. The suffix and prefix tests lower-case ASCII
	// letters only, so they are the same for both.
	same := strings.EqualFold
	if !ascii {
		a, b = strings.ToLower(a), strings.ToLower(b)
		same = func(v, w string) bool { return v == w }
	}
	short, long := a, b
	if !hasSuffixFoldASCII(short, " ministry") {
		short, long = b, a
	}
	if !hasSuffixFoldASCII(short, " ministry") {
		return false
	}
	portfolio := short[:len(short)-len(" ministry")]
	// ("South Korea's justice ministry", "the Korean justice ministry":
	// the portfolio is the word before "ministry".)
	if i := strings.LastIndexByte(portfolio, ' '); i >= 0 {
		portfolio = portfolio[i+1:]
	}
	if same(portfolio, "foreign") {
		portfolio = "foreign affairs"
	}
	const of = "ministry of "
	if len(long) < len(of) || !containsLowerASCII(long[:len(of)], of) {
		return false
	}
	rest := long[len(of):]
	return len(rest) == len(portfolio) && same(rest, portfolio) ||
		len(rest) > len(portfolio) && rest[len(portfolio)] == ' ' && same(rest[:len(portfolio)], portfolio)
}

// mayBeMinistry reports whether sameMinistry may be true for a, whatever
// the other name: sameMinistry(a, b) is false when neither may be.
func mayBeMinistry(a string) bool {
	return !isASCII(a) || hasSuffixFoldASCII(a, " ministry")
}

// foldKey returns a bit for the first byte of s as equalFold compares
// it: an ASCII byte lower-cased (the bits are 64, so some bytes share
// one), every bit for a byte beyond ASCII (which may fold to an ASCII
// letter: "K", the Kelvin sign, is "k") and for "". Strings that
// equalFold calls equal share a bit: a mask of keys rules most
// comparisons out before they are made.
func foldKey(s string) uint64 {
	if s != "" && s[0] < utf8.RuneSelf {
		return 1 << (lexicon.LowerByte(s[0]) & 63)
	}
	return ^uint64(0)
}

// hasSuffixFoldASCII reports whether ASCII s lower-cased ends in suffix
// (in lower case).
func hasSuffixFoldASCII(s, suffix string) bool {
	return len(s) >= len(suffix) && containsLowerASCII(s[len(s)-len(suffix):], suffix)
}

// sceneSide reports whether a country a sentence opens in ("In Kabul,")
// can place its speakers: a side of the story, or a country the story
// names besides (a venue named once, "In Geneva,", places no one).
func sceneSide(res *Result, c string) bool {
	return c == res.Main[0] || c == res.Main[1] || res.CountryCount[c] >= 2
}

// instShortForms are one-word short forms of institution heads.
var instShortForms = map[string]string{"kedubes": "kedutaan besar"}

// instShortForm returns instShortForms[strings.ToLower(w)]: a word in
// ASCII is lower-cased on the stack, not in a new string (every
// institution mention the passes before leave unmatched asks).
func instShortForm(w string) (string, bool) {
	var a [16]byte
	if len(w) > len(a) || !isASCII(w) {
		l, ok := instShortForms[strings.ToLower(w)]
		return l, ok
	}
	for i := 0; i < len(w); i++ {
		a[i] = lexicon.LowerByte(w[i])
	}
	l, ok := instShortForms[string(a[:len(w)])]
	return l, ok
}

// modifiersIn reports whether every word of a short institution name
// other than its head word and an article is in the name full: "Foreign
// Ministry" in "Ministry of Foreign Affairs", not "National Police" in
// "Australian Federal Police".
func modifiersIn(name, head, full string) bool {
	for w := range strings.FieldsSeq(name) {
		w = strings.ToLower(w)
		if w == head || w == "the" {
			continue
		}
		if !containsLower(full, w) {
			return false
		}
	}
	return true
}

// quoteSpeaker returns the actor who speaks the quote holding the
// pronoun r: the first placed actor named after the quote in its
// sentence ("... we condemn it," the ministry said), else the last one
// named before it (The ministry said: "We ..."), or -1.
func quoteSpeaker(res *Result, bs []*build, r ref) int {
	s := &res.Sentences[r.s]
	w0 := s.Mentions[r.m].W0
	w1 := w0
	for w1 < len(s.Quoted) && s.Quoted[w1] {
		w1++
	}
	for w0 > 0 && w0-1 < len(s.Quoted) && s.Quoted[w0-1] {
		w0--
	}
	before := -1
	for _, o := range s.Mentions {
		if o.Actor < 0 || bs[o.Actor].a.Country == "" {
			continue
		}
		if o.W0 >= w1 {
			return o.Actor
		}
		if o.W1 <= w0 {
			before = o.Actor
		}
	}
	return before
}

// maxGlossed is how many bodies glossed in titles a document may add.
const maxGlossed = 8

// gloss is a body a person's title glosses: "(Australian Federal
// Police/AFP)".
type gloss struct {
	name   string // the body's name, or its abbreviation if none is given
	person int    // the titled person's actor
	actor  int    // the body's actor once made, or -1
	after  int    // where the gloss is: only a later abbreviation names the body
}

// titleGlosses returns the abbreviations glossed in parentheses inside
// people's titles ("Komisioner Kepolisian Federal Australia (Australian
// Federal Police/AFP) Catherine Moreland") that name no actor yet, or nil.
func titleGlosses(text string, bs []*build) map[string]gloss {
	var out map[string]gloss
	for k, b := range bs {
		if b.a.Kind != doc.KindPerson || b.a.Country == "" || len(b.a.Mentions) == 0 {
			continue
		}
		sp := b.a.Mentions[0]
		if sp.End > len(text) {
			continue
		}
		t := text[sp.Start:sp.End]
		open := strings.IndexByte(t, '(')
		if open < 0 {
			continue
		}
		end := strings.IndexByte(t[open:], ')')
		if end < 0 {
			continue
		}
		in := t[open+1 : open+end]
		name, abbr := "", in
		if i := strings.LastIndexByte(in, '/'); i >= 0 {
			name, abbr = strings.TrimSpace(in[:i]), strings.TrimSpace(in[i+1:])
		}
		if len(abbr) < 2 || len(abbr) > 8 || !allCaps(abbr) || strings.ContainsRune(abbr, ' ') {
			continue
		}
		taken := false
		for _, o := range bs {
			if o.a.Kind != doc.KindPerson && hasAlias(&o.a, abbr) {
				taken = true
				break
			}
		}
		if taken {
			continue
		}
		if name == "" {
			name = abbr
		}
		if out == nil {
			out = map[string]gloss{}
		}
		if _, ok := out[abbr]; !ok {
			out[abbr] = gloss{name: name, person: k, actor: -1, after: sp.Start}
		}
	}
	return out
}

// sentencePlace returns the country of the place a sentence holding one
// of own opens with ("In Seoul, ...", "Di Beijing, ..."), or "".
func sentencePlace(res *Result, own []ref) string {
	for _, r := range own {
		s := &res.Sentences[r.s]
		if len(s.Words) < 3 || len(s.Mentions) == 0 {
			continue
		}
		if l := s.Words[0].Lower; l != "in" && l != "di" {
			continue
		}
		m := &s.Mentions[0]
		if m.Kind == MCountry && m.W0 == 1 && m.W1 < len(s.Words) && s.Words[m.W1].Text == "," && m.Country != "" {
			return m.Country
		}
	}
	return ""
}

// bodyOfGroup returns the proper name of the body a group's name says
// its people belong to ("agents of the National Bureau of
// Investigation"), or "".
func bodyOfGroup(name string) string {
	_, body, ok := strings.Cut(name, " of ")
	if !ok {
		return ""
	}
	body = strings.TrimPrefix(body, "the ")
	if !strings.Contains(body, " ") || !capitalized(body) {
		return ""
	}
	return body
}
