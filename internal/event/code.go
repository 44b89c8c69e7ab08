// Package event codes PLOVER events from the sentences of a document and
// the actors the actor stage found: triggers from per-language lexicons,
// source and target from the clause around the trigger, status, date,
// place and contexts; mentions of one event are merged, and each event
// carries its CAMEO code, quad class and Goldstein value.
package event

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/when"
)

// Options configure a Coder.
type Options struct {
	// Lexicon is the event lexicon; nil loads the embedded one.
	Lexicon *Lexicon
	// Actors is the actor lexicon, for place names; nil means the default.
	Actors *actor.Lexicon
}

// Coder codes events. It is safe for concurrent use.
type Coder struct {
	lx  *Lexicon
	alx *actor.Lexicon
}

// New returns a Coder.
func New(opt Options) (*Coder, error) {
	if opt.Lexicon == nil {
		lx, err := LoadLexicon()
		if err != nil {
			return nil, err
		}
		opt.Lexicon = lx
	}
	if opt.Actors == nil {
		opt.Actors = actor.DefaultLexicon()
	}
	return &Coder{lx: opt.Lexicon, alx: opt.Actors}, nil
}

// Lexicon returns the coder's lexicon.
func (c *Coder) Lexicon() *Lexicon { return c.lx }

// hit is a trigger found in a sentence.
type hit struct {
	w0, w1  int // words of the trigger
	tr      Trigger
	noun    bool
	passive bool
	light   *Trigger // the light verb before a noun trigger
	lw0     int      // start of the light verb
	rule    string
	// prevSubj is the subject of the sentence's previous event, which a
	// verb after "and" shares: "X accused Y ..., and called on Z".
	prevSubj *actor.Mention
	prevObj  *actor.Mention // the object of that event
	// accuser is the country whose accusation the story last reported:
	// "menolak tudingan tersebut" answers it.
	accuser string
	// accused is the target of that accusation: "condemned the
	// incursion" condemns its doer.
	accused string
	// group is the countries of the story's last act by three or more
	// parties, for "the three countries", "ketiga negara".
	group []string
	phone bool // "phone talks": a call, whatever the noun's own mode
	// note is the sender and addressee of the writing the story last told
	// of sending ("sent a protest note to Malaysia"), for "The note
	// asked ...".
	note [2]string
	// nextVerb is where the sentence's next trigger starts when "and" or
	// a comma joins it to this one ("stands with our ally and condemned
	// the CCG's maneuvers"): its object is no party of this one. 0 if
	// none.
	nextVerb int
}

// cand is an event candidate before merging.
type cand struct {
	doc.Event
	sent        int
	para        int
	background  bool
	dated       bool   // the date came from the event's own sentence
	strong      bool   // direction known from a visit or host
	rel         bool   // told in a relative clause: "X, who arrived on Thursday"
	weekdaySpan bool   // dated by two weekdays with their days: "Senin (16/6) hingga Jumat (20/6)"
	stepped     bool   // dated as the next step of the day told before: "X then met Y"
	lookBack    bool   // dated by a day counted back: "a day before the reception"
	earlier     bool   // told in the pluperfect ("police had arrested him on Dec. 30") or as what the news came after
	fromSpan    bool   // dated as the first or last day of a span told before
	also        []cand // the same act by a coordinated co-subject
	subj        *actor.Mention
	obj         *actor.Mention
}

func langOf(d *doc.Document) string {
	if d.Language == "id" {
		return "id"
	}
	return "en"
}

var clauseBreak = map[string]bool{";": true, ":": true}

// Code codes the events of d from the actor stage's result and fills
// d.Events, d.Quotes and d.Figures.
func (c *Coder) Code(d *doc.Document, ar *actor.Result) {
	lang := langOf(d)
	pub, havePub := when.ParseDay(d.Published)
	yearHint := 0
	if !havePub {
		yearHint = firstYear(d.Text)
	}
	var cands []cand
	// Dates are found only where an event needs them, once per sentence.
	sentDates := make([][]when.Expr, len(d.Sentences))
	found := make([]bool, len(d.Sentences))
	datesOf := func(si int) []when.Expr {
		if !found[si] {
			found[si] = true
			if t := d.Sentences[si].Span.Of(d.Text); !pageDateLine(t) {
				sentDates[si] = withoutDateline(d, when.Find(t, d.Sentences[si].Start))
			}
		}
		return sentDates[si]
	}
	// dayBeforePos returns the day "the following day", "sehari
	// sebelumnya" at byte pos count from: the last day the text names before
	// it, in its sentence or the eight before, that is not the day a
	// source spoke ("..., ujar Faisal dalam keterangan resmi, Jumat
	// (31/10). Keesokan harinya, Faisal bertemu ..." counts from the
	// meeting before, not from the statement); "" if none.
	dayBeforePos := func(pos int) string {
		si := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].Span.End > pos })
		spoke := "" // the last day a source spoke, should no other be named
		for k := min(si, len(d.Sentences)-1); k >= 0 && k >= si-8; k-- {
			es := datesOf(k)
			for n := len(es) - 1; n >= 0; n-- {
				x := es[n]
				if x.Start >= pos || !namesDay(x, true) {
					continue
				}
				if k < len(ar.Sentences) {
					ws := ar.Sentences[k].Words
					// (A word of saying close before the day: "ujar Faisal
					// dalam keterangan resmi, Jumat (31/10)", "said Friday";
					// not "said it declared X persona non grata on
					// Wednesday".)
					if at := wordAt(ws, x.Start); at >= 0 && (speechWordBetween(ws, max(0, at-12), at) || statementBefore(ws, at)) {
						if r := x.Resolve(pub, havePub, yearHint); spoke == "" && r.Date != "" && !r.Background {
							spoke = r.Date
						}
						continue
					}
				}
				if r := x.Resolve(pub, havePub, yearHint); r.Date != "" && !r.Background {
					return r.Date
				}
			}
		}
		if spoke != "" {
			return spoke
		}
		// (With no day named that near, the day of the last event told
		// before it: "Di sela forum, Arief bertemu X. Pada hari yang sama
		// ... Sehari sebelumnya, Arief bertemu Y".)
		for k := len(cands) - 1; k >= 0; k-- {
			if o := &cands[k]; o.sent < si && o.Date != "" && o.DateEnd == "" && o.dated && !o.background && o.Status == doc.Reported {
				return o.Date
			}
		}
		// (Else the last day named further back: "... held bilateral
		// meetings in Kuala Lumpur today." a dozen sentences before "A
		// day earlier, X met Y".)
		for k := min(si, len(d.Sentences)-1) - 9; k >= 0; k-- {
			es := datesOf(k)
			for n := len(es) - 1; n >= 0; n-- {
				if x := es[n]; namesDay(x, true) {
					if r := x.Resolve(pub, havePub, yearHint); r.Date != "" && !r.Background {
						return r.Date
					}
				}
			}
		}
		return ""
	}
	var recent [2]string // the sides of the last event coded
	accuser := ""        // the source of the last accusation coded
	accused := ""        // and its target
	var note [2]string   // the sides of the last writing sent
	noteSent := -10      // and its sentence
	var group []string   // the parties of the last act of three or more
	recentPara := 0
	for si := range ar.Sentences {
		s := &ar.Sentences[si]
		if len(s.Words) == 0 {
			continue
		}
		sent := d.Sentences[si]
		hits := c.triggers(s, lang)
		if len(hits) == 0 {
			continue
		}
		dates := datesOf(si)
		inherited := false
		if len(dates) == 0 {
			// "On Tuesday, the leaders met. The MoU was signed by ...": a
			// day set earlier in the paragraph carries on.
			for k := si - 1; k >= 0 && k >= si-2 && d.Sentences[k].Para == sent.Para; k-- {
				if ds := datesOf(k); len(ds) > 0 {
					last := ds[len(ds)-1]
					if last.Kind == when.Day || last.Kind == when.WeekdayOnly || last.Kind == when.Relative {
						dates = []when.Expr{last}
						inherited = true
					}
					break
				}
			}
		}
		var prevSubj, prevObj *actor.Mention
		// "Both sides", "keduanya" are the two parties of the story's last
		// event when it is close by ("Presiden menelepon Presiden Korea.
		// Keduanya membahas ..."), else the story's main pair.
		main := ar.Main
		if recent[0] != "" && recent[1] != "" && sent.Para-recentPara <= 1 {
			ar.Main = recent
		}
		if a, b := noteSides(s); a != "" {
			note, noteSent = [2]string{a, b}, si
		}
		protestEnd := -1 // the end of a demonstration coded in this sentence
		// "Two days before Sulistyo arrived in Hanoi, Bakamla detained
		// two boats": the clause names the day counted from, the day of
		// the act of its kind told before (the visit's).
		cw0, cw1, cDays, cDay := countedClause(s, hits, cands)
		cameAt, cameDays := cameDaysAfter(s.Words)
		for _, h := range hits {
			h.prevSubj, h.prevObj = prevSubj, prevObj
			h.accuser, h.accused, h.group = accuser, accused, group
			if si-noteSent <= 4 {
				h.note = note
			}
			// "rallied outside the Chinese embassy ..., waving placards
			// denouncing ...", "berunjuk rasa di depan Kedubes AS,
			// memprotes ...": what the demonstrators denounce, reject or
			// demand is their own cry, not a state's act.
			if protestEnd >= 0 && h.w0 >= protestEnd && protesterClause(s.Words, protestEnd, h, lang) {
				continue
			}
			// ("blasted a supply boat with a water cannon": a blow, not a
			// word of blame; "blasted China for hitting a boat with a water
			// cannon" blames.)
			if h.tr.Type == "ACCUSE" && strings.HasPrefix(s.Words[h.w0].Lower, "blast") && withWaterCannon(s.Words, h.w1) && !wordIn(s.Words, h.w1, min(h.w1+8, len(s.Words)), forWords) {
				continue
			}
			// ("the treaty extends to armed attacks on Philippine vessels",
			// "to deter attacks on shipping": attacks in general, by no
			// one.)
			if h.tr.Type == "ASSAULT" && genericAttacks(s.Words, h) {
				continue
			}
			// ("equipped a coast guard ship with water cannons": a thing
			// given, not a blow; the blow needs a verb of striking.)
			if h.tr.Type == "ASSAULT" && s.Words[h.w0].Lower == "with" && !strikeVerbBefore(s.Words, h.w0) {
				continue
			}
			ev, ok := c.arguments(d, ar, si, h, lang)
			if !ok {
				continue
			}
			if ev.Type == "PROTEST" {
				protestEnd = h.w1
			}
			if ev.Type == "ACCUSE" {
				accuser, accused = ev.Source.Country, ev.Target.Country
			}

			if g := partiesOf(ev); len(g) >= 3 {
				group = g
			}
			prevSubj, prevObj = ev.subj, ev.obj
			ev.sent, ev.para = si, sent.Para
			ev.rel = inRelative(s.Words, h.w0)
			c.status(&ev, s, h, lang)
			c.date(&ev, d, dates, h, s, pub, havePub, yearHint, dayBeforePos)
			// "Sebelum jumpa pers, Tan bertemu Arief", "After the ceremony,
			// the two ministers held talks": the day of the occasion named,
			// when a sentence before gives it.
			if ev.Status == doc.Reported && (ev.Date == "" || inherited) {
				day, x := occasionDay(d, ar, si, cands, datesOf, pub, havePub, yearHint, lang)
				// ("Simanjuntak, in his speech at the ceremony, thanked
				// ...": an occasion set off by commas before the verb.)
				if at := asideOccasion(s.Words, h.w0); day == "" && at >= 0 {
					day, x = occasionDayFrom(ar, si, at, cands, datesOf, pub, havePub, yearHint, lang)
				}
				if day != "" {
					ev.Date, ev.DateEnd, ev.dated, ev.DateSpan, ev.DateText = day, "", true, nil, ""
					if x != nil {
						sp := x.Span
						ev.DateSpan, ev.DateText = &sp, sp.Of(d.Text)
					}
					ev.Rule += "; the day of the occasion it was told against"
				}
			}
			// "The Philippines summoned a Chinese diplomat on Monday ...
			// after a China Coast Guard vessel blasted a resupply boat
			// with a water cannon. The boat ... was hit on Sunday
			// morning": what "after" tells of came before the main
			// clause's day; the first earlier day the next two sentences
			// name is its own.
			if ev.Date == "" && ev.Status == doc.Reported && cameAt < 0 {
				if day, x := afterClauseDay(ar, si, h, dates, datesOf, pub, havePub, yearHint); day != "" {
					sp := x.Span
					// (It is what the news came after, not the news: no
					// anchor for the story's undated events.)
					ev.Date, ev.dated, ev.DateSpan, ev.DateText, ev.earlier = day, true, &sp, sp.Of(d.Text), true
					ev.Rule += "; what came after tells the day of what it came after"
				}
			}
			if cDay != "" && h.w0 >= cw0 && ev.Status == doc.Reported && ev.DateSpan != nil && wordAt(s.Words, ev.DateSpan.Start) < cw0 {
				if h.w0 < cw1 {
					// (The clause's own act is the one told before, on its
					// day.)
					ev.Date, ev.DateEnd, ev.DateSpan, ev.DateText = cDay, "", nil, ""
					ev.Rule += "; the act its day is counted from"
				} else if t, ok := when.ParseDay(cDay); ok {
					ev.Date, ev.DateEnd, ev.dated = t.AddDate(0, 0, cDays).Format("2006-01-02"), "", false
					ev.lookBack = true
					ev.Rule += "; counted from the day of what its opening clause tells"
				}
			}
			// "Vietnam has sent a diplomatic note to China protesting ...
			// She said officials had met a Chinese embassy representative
			// the previous day to hand over the note": an act told as a
			// writing, with no day of its own, was done the day the story
			// goes on to give the writing.
			if ev.Date == "" && ev.Status == doc.Reported && !ev.background {
				if noun := writingNear(s.Words, h); noun != "" {
					if day, x := laterWritingDay(ar, si, noun, datesOf, dayBeforePos, pub, havePub, yearHint); day != "" {
						sp := x.Span
						ev.Date, ev.dated, ev.DateSpan, ev.DateText = day, true, &sp, sp.Of(d.Text)
						ev.Rule += "; the day the writing was handed over"
					}
				}
			}
			// "The launch came two days after the border committee met in
			// Tawau": what follows "after" was that many days before the
			// subject's day (given in the subject, "The ceremony on
			// Thursday", else the day of the act the subject names, "the
			// launch", else the story's), unless its own words name a day.
			if after, n := cameAt, cameDays; after >= 0 && h.w0 >= after && ev.Status == doc.Reported && !(ev.DateSpan != nil && ev.DateSpan.Start >= s.Words[after].Span.Start) {
				day := ""
				for _, x := range dates {
					if at := wordAt(s.Words, x.Start); at >= 0 && at < after && (x.Kind == when.Day || x.Kind == when.WeekdayOnly || x.Kind == when.Relative) {
						day, _ = oneDay(x, pub, havePub, yearHint)
						break
					}
				}
				if day == "" {
					day = namedActDay(ar, si, subjectNoun(s.Words, after), cands, lang)
				}
				if day == "" {
					day = storyFirstDay(d, si, cands, datesOf, pub, havePub, yearHint)
				}
				if t, ok := when.ParseDay(day); ok {
					ev.Date, ev.DateEnd, ev.dated, ev.DateSpan, ev.DateText = t.AddDate(0, 0, n).Format("2006-01-02"), "", true, nil, ""
					ev.Rule += "; counted from the day of what came after it"
				}
			}
			// "Myanmar has rejected Thailand's protest ... In a statement
			// released on Thursday, the Myanmar embassy said ...": what was
			// said, told first with no day, was said the day of the
			// statement that follows.
			if ev.Date == "" && ev.Status == doc.Reported && saidTypes[ev.Type] {
				// (A quote with its speaker's press briefing after it dates
				// only a story that has given no day yet: "Tokyo also
				// demanded ..." after a protest "on Wednesday" is that
				// day's.)
				undated := true
				for k := range cands {
					undated = undated && !cands[k].dated
				}
				if day, x := statementDayAfter(ar, si, ev.Source.Country, undated, datesOf, pub, havePub, yearHint); day != "" {
					ev.Date, ev.dated = day, true
					sp := x.Span
					ev.DateSpan, ev.DateText = &sp, sp.Of(d.Text)
					ev.Rule += "; the day of the statement that follows"
				}
			}
			// (Not from "both sides" themselves, which may act on a third,
			// nor from what happened long before, nor from an act on a
			// country only named: "mengirimkan bantuan ke Palestina" makes
			// no pair of "kedua menlu".)
			if ev.Source.Country != "IGO" && ev.Target.Country != "IGO" && ev.Status == doc.Reported && !ev.background && !(ev.subj != nil && ev.subj.Kind == actor.MBoth) && ev.Target.Actor != "" {
				recent, recentPara = [2]string{ev.Source.Country, ev.Target.Country}, sent.Para
				// ("held phone talks with his South Korean counterpart,
				// and the two agreed": the talks' parties, at once.)
				if ev.Type == "CONSULT" {
					ar.Main = recent
				}
			}
			// (Only while that day is still the event's: a rule above may
			// have dated it otherwise.)
			if inherited && ev.DateSpan != nil && *ev.DateSpan == dates[0].Span {
				ev.Rule += "; date from the sentence before"
			}
			// "announced that TIKA would provide $500,000", "akan
			// memberikan bantuan": aid promised is a pledge made now (the
			// day the aid is due is not the pledge's).
			if ev.Type == "AID" && ev.Status == doc.Planned && !conditionAfter(s.Words, h.w1) {
				ev.Type, ev.Mode, ev.Status, ev.Directed = "AGREE", "", doc.Reported, false
				if havePub && ev.Date > pub.Format("2006-01-02") {
					ev.Date, ev.DateEnd, ev.dated, ev.DateSpan, ev.DateText = "", "", false, nil, ""
				}
				ev.Rule += "; aid promised is a pledge"
			}
			// "the two militaries hold an annual exercise", "rutin
			// menggelar": a habit, not a day's event.
			// ("Since then, Seoul has handed over four nationals wanted
			// for fraud": a tally over years, told but not of one day.)
			if ev.Date == "" && perfectBefore(s.Words, h.w0) && wordIn(s.Words, 0, h.w0, sinceWords) {
				ev.background = true
				ev.Rule += "; a tally since then"
			}
			if ev.Date == "" && habitual(s.Words, h) {
				ev.background = true
				ev.Rule += "; a habit"
			}
			c.place(&ev, s, h)
			c.contexts(&ev, d, ar, s, si, lang)
			ev.Evidence = []doc.Evidence{{Span: sent.Span, Text: sent.Span.Of(d.Text)}}
			ev.Trigger = doc.Span{Start: s.Words[h.w0].Span.Start, End: s.Words[h.w1-1].Span.End}
			if h.light != nil {
				ev.Trigger.Start = s.Words[h.lw0].Span.Start
				ev.Lexicon = append(ev.Lexicon, h.light.Where)
			}
			ev.Lexicon = append(ev.Lexicon, h.tr.Where)
			also := ev.also
			ev.also = nil
			cands = append(cands, ev)
			if a, ok := c.condemnedAttack(d, s, h, ev, dates, pub, havePub, yearHint); ok {
				cands = append(cands, a)
			}
			for _, a := range also {
				a.sent, a.para = ev.sent, ev.para
				a.Status, a.Date, a.DateEnd, a.DateText, a.DateSpan, a.dated, a.background = ev.Status, ev.Date, ev.DateEnd, ev.DateText, ev.DateSpan, ev.dated, ev.background
				a.Location, a.Contexts, a.Evidence, a.Trigger, a.Lexicon = ev.Location, ev.Contexts, ev.Evidence, ev.Trigger, ev.Lexicon
				cands = append(cands, a)
			}
		}
		ar.Main = main
	}
	// dayOf returns the day the first (or last) day expression of
	// sentence si gives, if it is neither long past nor to come.
	dayOf := func(si int, last bool) string {
		es := datesOf(si)
		for n := range es {
			x := es[n]
			if last {
				x = es[len(es)-1-n]
			}
			if !namesDay(x, false) {
				continue
			}
			if r := x.Resolve(pub, havePub, yearHint); r.Date != "" && !r.Background && !r.Future {
				return r.Date
			}
		}
		return ""
	}
	// dayUnquoted is dayOf(si, true) for a day outside quotation marks:
	// "after the Feb. 6 earthquakes at home," Yucel said at the
	// ceremony" does not date the ceremony.
	dayUnquoted := func(si int) string {
		es, p := datesOf(si), d.Paragraphs[d.Sentences[si].Para].Span
		for n := len(es) - 1; n >= 0; n-- {
			x := es[n]
			if !namesDay(x, false) || quoted(p.Of(d.Text), x.Span.Start-p.Start) {
				continue
			}
			if r := x.Resolve(pub, havePub, yearHint); r.Date != "" && !r.Background && !r.Future {
				return r.Date
			}
		}
		return ""
	}
	// dayBefore returns the day named by the closest of the n sentences
	// before sentence from (those keep accepts, if given), or "".
	dayBefore := func(from, n int, last bool, keep func(int) bool) string {
		for si := from - 1; si >= 0 && si >= from-n; si-- {
			if keep != nil && !keep(si) {
				continue
			}
			if day := dayOf(si, last); day != "" {
				return day
			}
		}
		return ""
	}
	// "Satu WNI meninggal dalam insiden yang terjadi pada Jumat (18/10)
	// dini hari. ... perahu itu ditembaki oleh kapal patroli": force or
	// a detention with no day of its own happened on the day the story
	// gives its incident, up to twelve sentences before.
	for k := range cands {
		e := &cands[k]
		if e.Date != "" || e.background || e.Status != doc.Reported || !materialConflict[e.Type] {
			continue
		}
		for si := e.sent; si >= 0 && si >= e.sent-12; si-- {
			if si >= len(ar.Sentences) || !wordIn(ar.Sentences[si].Words, 0, len(ar.Sentences[si].Words), incidentWords) {
				continue
			}
			if day := dayOf(si, false); day != "" {
				e.Date, e.dated = day, true
				e.Rule += "; the day of the incident"
				break
			}
		}
	}
	// "Earlier on the same day", "Pada kesempatan yang sama": an undated
	// event on the day of the last dated event told before it.
	for k := range cands {
		e := &cands[k]
		if e.Date != "" || e.background || e.Status != doc.Reported || e.sent >= len(ar.Sentences) || !sameDay(ar.Sentences[e.sent].Words) {
			continue
		}
		best := -1
		for i := range cands {
			o := &cands[i]
			if o.sent < e.sent && o.Date != "" && o.dated && o.Status == doc.Reported && !o.background && (best < 0 || o.sent > cands[best].sent) {
				best = i
			}
		}
		// A day named after that event and before this one is nearer:
		// "... said at a press conference on Monday. Earlier on the
		// same day, he met ..." is Monday's. (The day a written
		// statement came out is no occasion: "said in a statement
		// received on Wednesday".) "The same forum" is the day of the
		// sentence that names the forum; "on the same occasion" is the
		// event's.
		near, from := "", e.sent-6
		if best >= 0 && cands[best].sent >= from {
			from = cands[best].sent + 1
		}
		noun := sameNoun(ar.Sentences[e.sent].Words)
		for si := e.sent - 1; si >= from && si >= 0 && near == "" && noun != "occasion" && noun != "kesempatan"; si-- {
			ws := ar.Sentences[si].Words
			switch {
			case noun == "day" || noun == "hari":
				if !wordIn(ws, 0, len(ws), statementWords) {
					near = dayUnquoted(si)
				}
			case hasLower(ws, noun):
				near = dayUnquoted(si)
			}
		}
		if near != "" {
			e.Date, e.dated = near, true
			e.Rule += "; the same day as the one named before"
			continue
		}
		if best >= 0 {
			e.Date, e.dated = cands[best].Date, true
			e.Rule += "; the same day as the event before"
			continue
		}
		// (With no event dated before it, the last day named before it.)
		if day := dayBefore(e.sent, 6, true, nil); day != "" {
			e.Date, e.dated = day, true
			e.Rule += "; the same day as the one named before"
		}
	}
	// "Hours later, Moscow struck back. Russia's Foreign Ministry said it
	// had declared ...": a paragraph that opens "hours later", "later that
	// day", "malam harinya" is on the last day named before it.
	for k := range cands {
		e := &cands[k]
		if e.Date != "" || e.background || e.Status != doc.Reported || e.sent >= len(d.Sentences) {
			continue
		}
		first := e.sent
		for first > 0 && d.Sentences[first-1].Para == d.Sentences[e.sent].Para {
			first--
		}
		if first >= len(ar.Sentences) || !laterThatDay(ar.Sentences[first].Words) {
			continue
		}
		if day := dayBefore(first, 8, true, nil); day != "" {
			e.Date, e.dated = day, true
			e.Rule += "; later the day named before"
		}
	}
	// "Pada hari terakhir latihan, X tiba di Batam dan bertemu Y", "On
	// the first day of the exercise, ...": the last or first day of the
	// span of days told before.
	for k := range cands {
		e := &cands[k]
		if e.Date != "" || e.background || e.Status != doc.Reported || e.sent >= len(ar.Sentences) {
			continue
		}
		last, first := spanDayWords(ar.Sentences[e.sent].Words)
		if !last && !first {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if o := &cands[j]; o.DateEnd != "" && o.Status == doc.Reported && !o.background && o.sent < e.sent {
				if last {
					e.Date = o.DateEnd
				} else {
					e.Date = o.Date
				}
				// (The story's main event is not one dated so: see merge.)
				e.dated, e.fromSpan = true, true
				e.Rule += "; a day of the span told before"
				break
			}
		}
	}
	// "Earlier, on the day of arrival, X paid courtesy calls", "Setibanya
	// di Jakarta, ...": the day the sentence before says they arrived.
	for k := range cands {
		e := &cands[k]
		if e.Date != "" || e.background || e.Status != doc.Reported || e.sent >= len(ar.Sentences) || !onArrival(ar.Sentences[e.sent].Words) {
			continue
		}
		arrived := func(si int) bool { return si < len(ar.Sentences) && arrivalVerb(ar.Sentences[si].Words) }
		if day := dayBefore(e.sent, 8, false, arrived); day != "" {
			e.Date, e.dated = day, true
			e.Rule += "; the day of arrival"
		}
	}
	// "TNI AD dan Angkatan Darat India menggelar Latihan Bersama ...
	// Latihan dibuka pada Senin (4/11)", "... held joint exercises. The
	// exercises began on Monday": an undated event takes the day of the
	// next sentence when that sentence opens with the event's own noun.
	for k := range cands {
		e := &cands[k]
		if e.Date != "" || e.background || e.Status != doc.Reported || e.Trigger.End <= e.Trigger.Start {
			continue
		}
		tw := strings.Fields(strings.ToLower(d.Text[e.Trigger.Start:e.Trigger.End]))
		head, last := tw[0], tw[len(tw)-1] // ("anti-dumping duties ... The duties, published on Monday")
		// (One of the next three sentences that gives a day.)
	next:
		for n := e.sent + 1; n < len(ar.Sentences) && n <= e.sent+3; n++ {
			ws := ar.Sentences[n].Words
			w := 0
			for w < len(ws) && w < 2 && (ws[w].Lower == "the" || ws[w].Lower == "this" || ws[w].Lower == "these") {
				w++
			}
			// ("Pemerintah Indonesia menolak permintaan Vanuatu ...
			// Penolakan itu disampaikan ... pada Selasa": one root.)
			// (After a light verb, its noun: "melayangkan nota protes ...
			// nota tersebut disampaikan pada Selasa".)
			// ("Indonesia and Australia have agreed to ... The agreement
			// was reached ... on Wednesday": or a noun for the act.)
			named := func(w int) bool {
				if ws[w].Lower == head || ws[w].Lower == last && len(tw) > 1 || lang == "id" && sameRoot(ws[w].Lower, head) || n == e.sent+1 && againNouns[e.Type][ws[w].Lower] && !(w > 0 && otherActWords[ws[w-1].Lower]) {
					return true
				}
				return len(tw) > 2 && len(tw[1]) >= 4 && ws[w].Lower == tw[1]
			}
			// ("The Japanese aid ... was handed over on Saturday": one
			// word may stand before the act's noun.)
			if w+2 < len(ws) && n == e.sent+1 && ws[w].Kind == doc.Word && !otherActWords[ws[w].Lower] && !named(w) && againNouns[e.Type][ws[w+1].Lower] {
				w++
			}
			if w >= len(ws) || len(head) < 4 || !named(w) && !namedPassive(ws, named) {
				continue
			}
			for _, x := range datesOf(n) {
				if !namesDay(x, true) {
					continue
				}
				// ("The agreement was reached during X's three-day visit,
				// which started on Tuesday": the first day of a span is no
				// day of what was done during it.)
				if at := wordAt(ws, x.Start); relativeBefore(ws, w, at) && wordIn(ws, w, at, spanStartWords) {
					continue
				}
				if r := x.Resolve(pub, havePub, yearHint); r.Date != "" && !r.Background && !r.Future {
					e.Date, e.DateEnd, e.dated = r.Date, r.End, true
					e.weekdaySpan = weekdaySpan(x) && r.End != ""
					e.Rule += "; the day the next sentence gives its noun"
					break next
				}
				break
			}
		}
	}
	// "Kedubes Vietnam minta akses kekonsuleran" over "Kedutaan Besar
	// Vietnam pada Senin (15/5) telah mengirimkan nota ...": an undated
	// event in a subheading takes the first day of the paragraph under it.
	for k := range cands {
		e := &cands[k]
		if e.Date != "" || e.background || e.Status != doc.Reported || e.sent+1 >= len(d.Sentences) || !subheading(d, e.sent) {
			continue
		}
		under := d.Sentences[e.sent+1].Para
		for si := e.sent + 1; si < len(d.Sentences) && d.Sentences[si].Para == under; si++ {
			if day := dayOf(si, false); day != "" {
				e.Date, e.dated = day, true
				e.Rule += "; the day the paragraph under its heading gives"
				break
			}
		}
	}
	// An undated event takes the one day its paragraph gives, if it gives one.
	paraDay := map[int]string{}
	paraAmbiguous := map[int]bool{}
	paraSaid, paraDone := map[int]bool{}, map[int]bool{} // the days said on, and the others
	withEvents := map[int]bool{}
	for _, e := range cands {
		if e.Date == "" {
			withEvents[e.para] = true
		}
	}
	for si := range d.Sentences {
		sent := d.Sentences[si]
		if !withEvents[sent.Para] {
			continue
		}
		for _, e := range datesOf(si) {
			if !namesDay(e, false) {
				continue
			}
			// "... the exercises, which Russia said began Monday": a day in
			// a relative clause is that clause's.
			if si < len(ar.Sentences) {
				ws, at := ar.Sentences[si].Words, wordAt(ar.Sentences[si].Words, e.Start)
				// (Nor the day a quote was spoken: ""...," kata X,
				// Kamis (16/5)".)
				q := ar.Sentences[si].Quoted
				spoken := q != nil && at < len(q) && !q[at] && slices.Contains(q, true) && speechWordBetween(ws, 0, at) || statementBefore(ws, at)
				// (Nor the day of the incident an act answers: "nota protes
				// ... terkait insiden penembakan ..., Selasa (7/1)".)
				incident := wordIn(ws, 0, at, incidentWords) && reasonBefore(ws, 0, at)
				// (Nor the day the news of what has been done was told:
				// "South Korea has signed ..., the ministry said Wednesday".)
				told := at >= 2 && wordIn(ws, at-3, at, speechWords) && perfectIn(ws, 0, at-3)
				if relativeBefore(ws, 0, at) || praiseReasonBefore(ws, at) || accordingBefore(ws, 0, at) || spoken || incident || told {
					continue // (or in the reason for praise: "atas keberhasilan operasi pada Rabu")
				}
			}
			r := e.Resolve(pub, havePub, yearHint)
			if r.Date == "" || r.Background || r.Future {
				continue
			}
			if prev, ok := paraDay[sent.Para]; ok && prev != r.Date {
				paraAmbiguous[sent.Para] = true
			}
			paraDay[sent.Para] = r.Date
			// (A day the news was told on dates what was said, not what
			// was done: "completed a patrol, the navy said on Friday".)
			if si < len(ar.Sentences) {
				ws, at := ar.Sentences[si].Words, wordAt(ar.Sentences[si].Words, e.Start)
				if at >= 1 && wordIn(ws, at-3, at, speechWords) {
					paraSaid[sent.Para] = true
					continue
				}
			}
			paraDone[sent.Para] = true
		}
	}
	for k := range cands {
		e := &cands[k]
		if deedTypes[e.Type] && paraSaid[e.para] && !paraDone[e.para] {
			continue
		}
		if e.Date == "" && !e.background && e.Status == doc.Reported && !paraAmbiguous[e.para] && paraDay[e.para] != "" {
			e.Date = paraDay[e.para]
			e.dated = true
			e.Rule += "; date from its paragraph"
		}
	}
	// "TEMPO.CO, Jakarta - ... diserahkan dalam upacara ..., Selasa, 10
	// Desember 2024": when no event of the story carries a day of its
	// own, the one day its lead paragraph gives is the day of what the
	// story reports between its two sides.
	for k := range cands {
		cands[k].earlier = cands[k].earlier || pluperfectTrigger(ar, &cands[k])
	}
	if leadDay := c.leadDay(d, ar, cands, dayOf); leadDay != "" {
		for k := range cands {
			e := &cands[k]
			if e.Date == "" && !e.background && e.Status == doc.Reported && unordered(e.Source.Country, e.Target.Country) == unordered(ar.Main[0], ar.Main[1]) {
				e.Date = leadDay
				e.Rule += "; date from the lead"
			}
		}
	}
	d.Events = c.merge(d, cands, cooccurrence(ar))
	d.Quotes = quotes(d, ar, lang)
	d.Figures = figures(d, lang)
}

// partiesOf returns the countries an event and its copies act between,
// in order of appearance.
// (When several act on one, "X, Y and Z condemned C", the parties are
// the ones who act.)
func partiesOf(ev cand) []string {
	var out []string
	oneTarget := ev.Directed && len(ev.also) > 0
	for _, e := range ev.also {
		oneTarget = oneTarget && e.Directed && e.Target.Country == ev.Target.Country
	}
	for _, e := range append([]cand{ev}, ev.also...) {
		for i, c := range []string{e.Source.Country, e.Target.Country} {
			if i == 1 && oneTarget {
				continue
			}
			if c != "" && c != "IGO" && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// beWords make a participle after them a passive verb: "were detained".
var beWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// placePreps open the place a participle is set in: "detained in".
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "off": true, "inside": true, "since": true}

// participlePreps follow a participle that describes a noun: "signed in
// 2023", "adopted by the Council".
var participlePreps = map[string]bool{"on": true, "in": true, "at": true, "by": true, "last": true, "earlier": true, "during": true, "between": true}

// renewStops end the object of a renewal verb.
var renewStops = map[string]bool{"and": true, "to": true, "with": true, "for": true, "on": true, "over": true, "of": true, "about": true, "between": true, "calls": true, "call": true}

// renewWords renew a document: "renewed their MoU".
var renewWords = map[string]bool{"renewed": true, "renew": true, "renews": true, "renewing": true}

// renewedDocument returns a signing for a renewal verb whose object is a
// document a few words on ("renewed their sister-province agreement",
// "renewed the 2019 MoU"): the trigger runs from the verb to the
// document's noun.
func (c *Coder) renewedDocument(ws []lexicon.Word, h hit, lang string) (hit, bool) {
	if lang != "en" {
		return hit{}, false
	}
	for w := h.w1; w < len(ws) && w <= h.w1+5; w++ {
		l := ws[w].Lower
		if documentNouns[l] && l != "statement" && l != "resolution" && l != "resolutions" || l == "mou" || l == "mous" {
			n, vals := c.lx.triggers[lang].Match([]lexicon.Word{{Text: "signed", Lower: "signed", Kind: doc.Word}}, 0)
			if n != 1 {
				return hit{}, false
			}
			return hit{w0: h.w0, w1: w + 1, tr: vals[0], rule: "a document renewed"}, true
		}
		// (Only its own object: "renewed calls for a peace deal" renews no
		// deal.)
		if ws[w].Kind != doc.Word || renewStops[l] {
			break
		}
	}
	return hit{}, false
}

// documentNouns are documents a participle may describe.
var documentNouns = map[string]bool{"agreement": true, "declaration": true, "treaty": true, "accord": true, "deal": true, "memorandum": true,
	"pact": true, "charter": true, "protocol": true, "resolution": true, "convention": true, "statement": true, "agreements": true, "treaties": true,
	"accords": true, "deals": true, "memoranda": true, "pacts": true, "protocols": true, "resolutions": true, "conventions": true}

// andBetween reports whether only "and" or "dan" (and "on", "pada")
// stands between byte offsets a and b: "Tuesday and Wednesday".
func andBetween(ws []lexicon.Word, a, b int) bool {
	and := false
	for _, w := range ws {
		if w.Span.Start < a || w.Span.End > b {
			continue
		}
		switch w.Lower {
		case "and", "dan":
			and = true
		case "on", "pada":
		default:
			return false
		}
	}
	return and
}

// dashWord reports a dash that sets off an aside.
func dashWord(t string) bool { return t == "—" || t == "–" || t == "--" }

// saidBefore reports a verb of saying right before word w, perhaps with
// its day between: "said that", "said on Tuesday that".
func saidBefore(ws []lexicon.Word, w int) bool {
	for k := w - 1; k >= 0 && k >= w-6; k-- {
		l := ws[k].Lower
		if speechWords[l] || l == "announced" {
			return true
		}
		// ("said in a statement on Tuesday that")
		if l != "on" && l != "yesterday" && when.WeekdayNumber(l) == 0 && !saidFillers[l] {
			return false
		}
	}
	return false
}

// saidFillers may stand between a verb of saying and "that".
var saidFillers = map[string]bool{"in": true, "a": true, "its": true, "his": true, "her": true, "statement": true, "interview": true, "briefing": true}

// speechWordBetween reports a word of saying in ws[a:b]: "kata",
// "said", "ujarnya".
func speechWordBetween(ws []lexicon.Word, a, b int) bool {
	return wordIn(ws, a, b, speechWords)
}

// wordIn reports whether one of ws[a:b] (clipped to ws) is in set.
func wordIn(ws []lexicon.Word, a, b int, set map[string]bool) bool {
	for k := max(a, 0); k < b && k < len(ws); k++ {
		if set[ws[k].Lower] {
			return true
		}
	}
	return false
}

// Word sets of the clause tests above and below.
var (
	craftWords = map[string]bool{"boats": true, "boat": true, "vessels": true, "vessel": true, "craft": true, "aircraft": true, "ships": true}
	sendWords  = map[string]bool{"sent": true, "send": true, "sends": true, "sending": true, "dispatched": true, "deployed": true, "mengirim": true, "mengirimkan": true, "dikirim": true, "mengerahkan": true,
		"brought": true, "bring": true, "brings": true, "bringing": true, "membawa": true, "dibawa": true}
	pluperfectWords = map[string]bool{"had": true, "sempat": true}
	afterWords      = map[string]bool{"after": true, "following": true, "setelah": true, "sesudah": true, "menyusul": true}
	aspectWords     = map[string]bool{"continue": true, "continues": true, "continued": true, "continuing": true, "began": true, "begins": true, "begin": true, "started": true, "starts": true, "keeps": true, "kept": true}
	// causeWords make their object do what the infinitive after it says:
	// "prompting France to expel", "forced Minsk to close".
	causeWords      = map[string]bool{"prompting": true, "prompted": true, "prompts": true, "forcing": true, "forced": true, "forces": true, "leading": true, "causing": true, "caused": true}
	hazardWords     = map[string]bool{"rain": true, "rains": true, "rainfall": true, "storm": true, "storms": true, "flood": true, "floods": true, "flooding": true, "cyclone": true, "typhoon": true, "winds": true, "waves": true, "landslides": true, "heatwave": true, "tsunami": true, "hujan": true, "banjir": true, "badai": true, "longsor": true, "gelombang": true, "cuaca": true, "weather": true}
	statementWords  = map[string]bool{"statement": true, "statements": true, "keterangan": true, "pernyataan": true, "siaran": true, "readout": true, "release": true}
	temporalWords   = map[string]bool{"after": true, "since": true, "following": true, "when": true, "setelah": true, "sejak": true, "usai": true, "ketika": true, "saat": true}
	accordingWords  = map[string]bool{"according": true, "menurut": true, "dikutip": true, "mengutip": true, "quoted": true}
	relativeWords   = map[string]bool{"yang": true, "which": true, "who": true, "that": true, "whose": true}
	complementWords = map[string]bool{"that": true, "bahwa": true, "whether": true, "if": true, "jika": true}
	arrivalWords    = map[string]bool{"arrived": true, "arrives": true, "docked": true, "docks": true, "landed": true, "lands": true, "tiba": true, "bersandar": true, "sandar": true, "mendarat": true, "berlabuh": true, "touched": true}
	helpWords       = map[string]bool{"relief": true, "humanitarian": true, "peacekeeping": true, "peacekeepers": true, "rescue": true, "disaster": true, "cyclone": true, "typhoon": true, "earthquake": true, "tsunami": true, "flood": true, "floods": true, "evacuation": true, "evacuate": true, "medics": true, "advisers": true, "advisors": true, "help": true, "train": true, "training": true, "kemanusiaan": true, "bencana": true, "perdamaian": true, "evakuasi": true, "penyelamatan": true, "pelatihan": true}
	meansWords      = map[string]bool{"phone": true, "telephone": true, "video": true, "videoconference": true, "letter": true, "email": true, "e-mail": true, "mail": true, "fax": true, "cable": true, "hand": true, "ship": true, "air": true, "sea": true, "land": true, "road": true, "plane": true}
	incidentWords   = map[string]bool{"incident": true, "insiden": true, "kejadian": true, "peristiwa": true, "shooting": true, "penembakan": true, "clash": true, "clashes": true, "bentrokan": true, "collision": true, "tabrakan": true}
	futureWords     = map[string]bool{"will": true, "set": true, "scheduled": true, "expected": true, "planned": true, "akan": true, "dijadwalkan": true, "direncanakan": true, "rencananya": true}
	purposeWords    = map[string]bool{"to": true, "untuk": true, "guna": true, "for": true}
	agreeWords      = map[string]bool{"agreed": true, "agree": true, "agrees": true, "pledged": true, "pledge": true, "committed": true, "vowed": true, "sepakat": true, "bersepakat": true, "menyepakati": true, "berkomitmen": true, "berjanji": true, "setuju": true}
	summonWords     = map[string]bool{"summoned": true, "summons": true, "memanggil": true, "dipanggil": true}
	roundWords      = map[string]bool{"concluded": true, "wrapped": true, "ended": true, "began": true, "opened": true, "kicked": true, "launched": true, "closed": true, "completed": true, "membuka": true, "menutup": true, "mengakhiri": true, "memulai": true, "dibuka": true, "ditutup": true}
	jointWords      = map[string]bool{"exercise": true, "exercises": true, "drill": true, "drills": true, "latihan": true, "latma": true, "patroli": true, "patrol": true, "patrols": true, "joint": true, "bersama": true, "gabungan": true, "combined": true}
)

// toldActivity reports a joint activity named again at the head of its
// sentence and said to happen: "Operasi gabungan itu digelar",
// "Latihan tersebut berlangsung", "The joint exercise was held", "The
// operation took place", "The patrol, which ran from ...".
func toldActivity(ws []lexicon.Word, h hit) bool {
	if h.w0 > 2 || h.w1 >= len(ws) {
		return false
	}
	next := ws[h.w1].Lower
	if next == "itu" || next == "tersebut" || next == "ini" {
		if h.w1+1 >= len(ws) {
			return false
		}
		next = ws[h.w1+1].Lower
		return strings.HasPrefix(next, "di") && len(next) > 4 || next == "berlangsung" || next == "dimulai" || next == "berakhir"
	}
	if h.w0 == 0 || ws[h.w0-1].Lower != "the" && ws[h.w0-1].Lower != "this" {
		return false
	}
	// ("The patrol, which ran from 14 to 22 July": a relative clause
	// tells it.)
	if next == "," && h.w1+2 < len(ws) && ws[h.w1+1].Lower == "which" {
		next = ws[h.w1+2].Lower
	}
	switch next {
	case "was", "were", "took", "began", "begins", "ended", "ends", "started", "concluded", "is", "ran", "runs", "lasted", "lasts", "kicked":
		return true
	}
	return false
}

// demandsRelease reports a demand whose object is a release, a return or
// consular access right after the trigger: "demanded the drivers'
// immediate release", "meminta agar kesembilan nelayan segera
// dibebaskan", "untuk meminta akses kekonsuleran".
func demandsRelease(ws []lexicon.Word, h hit) bool {
	for k := h.w1; k < len(ws) && k <= h.w1+7; k++ {
		switch ws[k].Lower {
		case "release", "return", "repatriation", "pembebasan", "dibebaskan", "membebaskan", "dipulangkan", "pemulangan", "free", "consular", "kekonsuleran", "konsuler":
			return true
		case ".", ";":
			return false
		}
		// ("meminta pemerintah pusat memperjuangkan pemulangan": an
		// addressee named, though of no country, is the one asked.)
		if ws[k].Lower == "pemerintah" || ws[k].Lower == "government" {
			return false
		}
	}
	return false
}

// endedVisitDays returns N for a visit noun that a verb of ending and
// "N-day" stand before: "wrapped up a three-day visit", "concluded his
// four-day state visit", "mengakhiri kunjungan tiga hari"; else 0.
func endedVisitDays(ws []lexicon.Word, h hit) int {
	// (Or a joint exercise or patrol: "wrapped up a three-day coordinated
	// patrol on Thursday".)
	if !h.tr.Flags["visit"] && h.tr.Type != "COOPERATE" {
		return 0
	}
	ended, days := false, 0
	from := max(h.w0-6, 0)
	to := min(h.w1+3, len(ws))
	for k := from; k < to; k++ {
		l := ws[k].Lower
		switch l {
		case "wrapped", "wraps", "concluded", "concludes", "ended", "ends", "completed", "completes", "mengakhiri", "menutup", "menuntaskan":
			if k < h.w0 {
				ended = true
			}
		}
		if strings.HasSuffix(l, "-day") {
			if n := when.DayCount(l); n > 0 {
				days = n
			}
		}
		if (l == "hari" || l == "days") && k > 0 {
			if n := when.DayCount(ws[k-1].Lower); n > 0 {
				days = n
			}
		}
	}
	if !ended {
		return 0
	}
	return days
}

// statementBefore reports a statement named right before the word at:
// "said in a statement on Thursday", "dalam keterangan tertulis, Kamis".
func statementBefore(ws []lexicon.Word, at int) bool {
	return wordIn(ws, at-4, at, statementWords)
}

// attackNoun reports an attack named as a thing ("after a deadly
// cross-border attack", "condemned the attack on its embassy"): its
// attacker is no party of the sentence's subject.
func attackNoun(ws []lexicon.Word, h hit) bool {
	for k := h.w0 - 1; k >= 0 && k >= h.w0-4; k-- {
		switch ws[k].Lower {
		case "a", "an", "the", "this", "that", "these", "those", "such", "after", "following", "over", "its", "serangan":
			return true
		}
	}
	return false
}

// stateSide reports whether a mention speaks for a state: a country, or
// an actor of government, military, police, parliament or the courts. A
// researcher's warning or a company's promise is no act of their country
// toward the story's other side.
func stateSide(d *doc.Document, m *actor.Mention) bool {
	if m.Actor < 0 || m.Actor >= len(d.Actors) {
		return true
	}
	return !actor.NonStateSector(d.Actors[m.Actor].Sector)
}

// jointActivityNear reports an exercise or joint patrol told in sentence
// si or the two before it: ships and troops sent for it are no
// mobilisation against the partner ("TNI AL mengerahkan KRI ...").
func jointActivityNear(ar *actor.Result, si int) bool {
	for k := max(si-2, 0); k <= si && k < len(ar.Sentences); k++ {
		if ws := ar.Sentences[k].Words; wordIn(ws, 0, len(ws), jointWords) {
			return true
		}
	}
	return false
}

// habitual reports words of a habit around a trigger: "an annual
// exercise", "meet regularly", "setiap tahun", "rutin".
func habitual(ws []lexicon.Word, h hit) bool {
	// ("concluded their annual patrol", "membuka latihan rutin": this
	// year's round, begun or ended, is an event.)
	for k := max(h.w0-5, 0); k < h.w0; k++ {
		if roundWords[ws[k].Lower] {
			return false
		}
	}
	// Before the trigger, its noun's own modifiers: "an annual exercise",
	// "rutin menggelar".
	for k := max(h.w0-2, 0); k < h.w0; k++ {
		switch ws[k].Lower {
		case "annual", "regular", "regularly", "routinely", "rutin", "berkala":
			return true
		}
	}
	// After it, an adverb of the trigger itself: "meet annually", "digelar
	// setiap tahun" (not "agreed to hold annual talks").
	for k := h.w1; k < len(ws) && k <= h.w1+1; k++ {
		switch ws[k].Lower {
		case "annually", "regularly", "tahunan", "rutin", "berkala":
			return true
		case "every", "each", "setiap", "tiap":
			if k+1 < len(ws) {
				switch ws[k+1].Lower {
				case "year", "month", "week", "tahun", "bulan", "minggu", "pekan":
					return true
				}
			}
		}
	}
	return false
}

// temporalBetween reports a word that ties a later clause's time to the
// event in [a, b): "after", "since", "setelah", "sejak".
func temporalBetween(ws []lexicon.Word, a, b int) bool {
	return wordIn(ws, a, b, temporalWords)
}

// ownTemporal reports a temporal word in ws[a:b] that ties what follows
// to the trigger ending at w1: "sent troops to Fiji after Cyclone
// Winston", not "called on Beijing to lift its ban, imposed after ..."
// (a participle or relative clause between holds it).
func ownTemporal(ws []lexicon.Word, a, w1, b int) bool {
	for k := a; k < b && k < len(ws); k++ {
		if !temporalWords[ws[k].Lower] {
			continue
		}
		for j := w1; j < k; j++ {
			if l := ws[j].Lower; relativeWords[l] || ws[j].Kind == doc.Word && !ws[j].Cap && len(l) > 4 && strings.HasSuffix(l, "ed") {
				return false
			}
		}
		return true
	}
	return false
}

// reciprocal reports "each other", "one another" right after a trigger,
// or "saling" right before it.
func reciprocal(ws []lexicon.Word, h hit) bool {
	if h.w0 > 0 && ws[h.w0-1].Lower == "saling" {
		return true
	}
	for w := h.w1; w+1 < len(ws) && w <= h.w1+1; w++ {
		if a, b := ws[w].Lower, ws[w+1].Lower; a == "each" && b == "other" || a == "one" && b == "another" {
			return true
		}
	}
	return false
}

// accordingBefore reports "according to", "menurut" in [a, b): what
// follows names the source of the report.
func accordingBefore(ws []lexicon.Word, a, b int) bool {
	return wordIn(ws, a, b, accordingWords)
}

// laterThatDay reports a sentence that opens "Hours later", "Later that
// day", "That evening", "Beberapa jam kemudian", "Malam harinya".
func laterThatDay(ws []lexicon.Word) bool {
	if len(ws) < 2 {
		return false
	}
	a, b := ws[0].Lower, ws[1].Lower
	c := ""
	if len(ws) > 2 {
		c = ws[2].Lower
	}
	switch {
	case a == "hours" && b == "later", a == "later" && (b == "that" || b == "in") && (c == "day" || c == "evening" || c == "the"),
		a == "that" && (b == "evening" || b == "afternoon" || b == "night"),
		a == "beberapa" && b == "jam" && c == "kemudian", (a == "malam" || a == "sore" || a == "siang") && b == "harinya":
		return true
	}
	return false
}

// onArrival reports "on the day of arrival", "upon arrival",
// "setibanya", "hari kedatangan".
func onArrival(ws []lexicon.Word) bool {
	for k := range ws {
		switch l := ws[k].Lower; {
		case l == "setibanya" || l == "setiba":
			return true
		case l == "arrival" && k > 0 && (ws[k-1].Lower == "of" || ws[k-1].Lower == "on" || ws[k-1].Lower == "upon" || ws[k-1].Lower == "their" || ws[k-1].Lower == "his" || ws[k-1].Lower == "her" || ws[k-1].Lower == "after"):
			return true
		case l == "kedatangan" && k > 0 && ws[k-1].Lower == "hari":
			return true
		}
	}
	return false
}

// arrivalVerb reports a verb of arriving: arrived, docked, tiba.
func arrivalVerb(ws []lexicon.Word) bool {
	return wordIn(ws, 0, len(ws), arrivalWords)
}

// sameDay reports words that put a sentence on the day named before:
// "on the same day", "pada hari yang sama", "pada kesempatan yang sama",
// "on the same occasion".
func sameDay(ws []lexicon.Word) bool {
	for k := 0; k+1 < len(ws); k++ {
		a, b := ws[k].Lower, ws[k+1].Lower
		switch {
		case a == "same" && (b == "day" || b == "occasion" || b == "event" || b == "ceremony" || b == "forum"):
			return true
		case (a == "hari" || a == "kesempatan" || a == "forum" || a == "acara" || a == "kegiatan" || a == "upacara") && b == "yang" && k+2 < len(ws) && ws[k+2].Lower == "sama":
			return true
		}
	}
	return false
}

// sameNoun returns the noun "same" qualifies: "day" in "the same day",
// "forum" in "forum yang sama", or "".
func sameNoun(ws []lexicon.Word) string {
	for k := 0; k+1 < len(ws); k++ {
		if ws[k].Lower == "same" {
			return ws[k+1].Lower
		}
		if k+2 < len(ws) && ws[k+1].Lower == "yang" && ws[k+2].Lower == "sama" {
			return ws[k].Lower
		}
	}
	return ""
}

// embassyWord reports a mention that names an embassy or consulate:
// "Kedutaan Besar Cina", "the Chinese embassy", "KBRI".
func embassyWord(ws []lexicon.Word, m *actor.Mention) bool {
	for k := m.W0; k < m.W1 && k < len(ws); k++ {
		switch ws[k].Lower {
		case "embassy", "consulate", "kedutaan", "kedubes", "konsulat", "kbri", "kjri":
			return true
		case "commission":
			if k > 0 && ws[k-1].Lower == "high" {
				return true // a Commonwealth high commission
			}
		}
	}
	return false
}

// privatePeople reports a country's private people at m: a noun for
// them after its adjective ("Indonesian workers", "a Chinese national")
// or before its name ("warga negara Rusia", "WNA asal Nigeria").
func privatePeople(ws []lexicon.Word, m *actor.Mention) bool {
	if m.W1 < len(ws) && peopleAfter[ws[m.W1].Lower] {
		return true
	}
	for k := m.W0 - 1; k >= 0 && k >= m.W0-3; k-- {
		if peopleBefore[ws[k].Lower] {
			return true
		}
	}
	return false
}

var peopleAfter = map[string]bool{"national": true, "nationals": true, "citizen": true, "citizens": true, "worker": true, "workers": true,
	"migrant": true, "migrants": true, "fishermen": true, "tourist": true, "tourists": true, "student": true, "students": true,
	"residents": true, "overstayers": true, "fishing": true, "boats": true, "vessels": true, "crew": true}

var peopleBefore = map[string]bool{"warga": true, "wn": true, "wna": true, "pekerja": true, "nelayan": true, "turis": true,
	"wisatawan": true, "mahasiswa": true, "buruh": true, "imigran": true, "migran": true, "tki": true, "pmi": true, "kapal": true, "awak": true}

// inAfterClause reports an "after" word in ws[a:b] whose clause runs
// on to b: "... on Wednesday after Oslo expelled" (not "Pada 2022,
// setelah dua tahun ..., Menteri melakukan kunjungan").
func inAfterClause(ws []lexicon.Word, a, b int) bool {
	for k := b - 1; k >= a; k-- {
		if ws[k].Text == "," || ws[k].Text == ";" {
			return false
		}
		if afterWords[ws[k].Lower] {
			return true
		}
	}
	return false
}

// doerBefore reports that words a..b between a mention and its verb are
// at most three, with no punctuation: "Vanuatu terus mencampuri", "the
// United States had grossly interfered in".
func doerBefore(ws []lexicon.Word, a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if ws[k].Kind == doc.Punct {
			return false
		}
	}
	return true
}

// requestedAct reports an infinitive between an object and its verb,
// ws[a:b]: "Tokyo to stop meddling", "Hanoi not to interfere", "Jakarta
// untuk berhenti mencampuri".
func requestedAct(ws []lexicon.Word, a, b int) bool {
	if a < b && ws[a].Lower == "not" || a < b && ws[a].Lower == "tidak" {
		a++ // "Hanoi not to interfere"
	}
	if a >= b {
		return false
	}
	switch ws[a].Lower {
	case "to", "untuk", "agar", "supaya":
		return true // (not "Samoa continues to interfere")
	}
	return false
}

// quoted reports whether byte i of paragraph t lies between quotation
// marks opened before it and not yet closed.
func quoted(t string, i int) bool {
	if i < 0 || i > len(t) {
		return false
	}
	straight, curly := 0, 0
	for _, r := range t[:i] {
		switch r {
		case '"':
			straight++
		case '\u201c':
			curly++
		case '\u201d':
			if curly > 0 {
				curly--
			}
		}
	}
	return straight%2 == 1 || curly > 0
}

// hasLower reports a word whose lower case is w.
func hasLower(ws []lexicon.Word, w string) bool {
	for k := range ws {
		if ws[k].Lower == w {
			return true
		}
	}
	return false
}

// withoutDateline drops the dateline's date: it dates the story, not its events.
func withoutDateline(d *doc.Document, es []when.Expr) []when.Expr {
	if d.Dateline == nil {
		return es
	}
	out := es[:0]
	for _, e := range es {
		if !d.Dateline.Span.Contains(e.Span) {
			out = append(out, e)
		}
	}
	return out
}

// pageTimeRe finds a clock time as pages stamp them: "06:31 am GMT+7",
// "10:15 WIB", "14:22 |".
var pageTimeRe = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}\s*(?:(?:am|pm|a\.m\.|p\.m\.)?\s*(?:gmt|utc|wib|wita|wit)\b|am\b|pm\b|\|)|\|\s*\d{1,2}[:.]\d{2}\b`)

// pageDateLine reports a short line that stamps the page with its date
// and time ("By Ngoc Anh, Thanh Nhi  September 5, 2025 | 06:31 am
// GMT+7"): its day is the page's, no day of the story.
func pageDateLine(t string) bool {
	fs := strings.Fields(strings.ToLower(t))
	// (A story's sentence ends with a full stop; a page's stamp does not:
	// "Posted to Phnom Penh on March 3, Thai envoy Somchai met ...".)
	if len(fs) > 16 || len(fs) == 0 || strings.HasSuffix(strings.TrimSpace(t), ".") {
		return false
	}
	switch strings.TrimRight(fs[0], ":") {
	case "published", "updated", "posted", "diperbarui", "diterbitkan", "dipublikasikan", "terbit":
		return true
	}
	loc := pageTimeRe.FindStringIndex(t)
	if loc == nil {
		return false
	}
	// (Not a time the story tells: "pada Minggu (9/3) sekitar pukul
	// 14.30 WIB", "at 10:30 am".)
	before := strings.Fields(strings.ToLower(t[:loc[0]]))
	if n := len(before); n > 0 {
		switch before[n-1] {
		case "pukul", "jam", "sekitar", "at", "around", "about", "by", "until", "till", "hingga", "sampai", "from", "mulai", "since", "sejak":
			return false
		}
	}
	return true
}

func firstYear(t string) int {
	for i := 0; i+4 <= len(t); i++ {
		if (t[i] == '1' && t[i+1] == '9' || t[i] == '2' && t[i+1] == '0') && isDigit(t[i+2]) && isDigit(t[i+3]) &&
			(i == 0 || !isDigit(t[i-1])) && (i+4 == len(t) || !isDigit(t[i+4])) {
			return int(t[i]-'0')*1000 + int(t[i+1]-'0')*100 + int(t[i+2]-'0')*10 + int(t[i+3]-'0')
		}
	}
	return 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

var lightFillers = map[string]bool{"a": true, "an": true, "the": true, "their": true, "its": true, "his": true, "her": true, "full": true, "strong": true,
	"continued": true, "consistent": true, "firm": true, "high-level": true, "bilateral": true, "fruitful": true, "official": true, "formal": true,
	"sebuah": true, "suatu": true, "kembali": true, "penuh": true, "kuat": true, "konsisten": true, "resmi": true, "our": true, "renewed": true, "unwavering": true, "deep": true, "sincere": true, "tulus": true,
	"joint": true, "combined": true, "annual": true, "naval": true, "maritime": true, "military": true, "trilateral": true, "first": true, "closed-door": true,
	"separate": true, "informal": true, "brief": true, "lengthy": true, "extensive": true, "productive": true, "cordial": true, "wide-ranging": true, "frank": true, "in-depth": true, "singkat": true, "tertutup": true, "terpisah": true, "aksi": true}

// retaliationAfter reports a promise's content of retaliation within the
// six words from w: "to respond sternly", "to retaliate", "membalas".
func retaliationAfter(ws []lexicon.Word, w int) bool {
	for k := w; k < len(ws) && k < w+6; k++ {
		switch ws[k].Lower {
		case "retaliate", "retaliation", "countermeasures", "reprisal", "reprisals", "membalas", "pembalasan", "balasan":
			return true
		case "respond":
			return k+1 < len(ws) && (ws[k+1].Lower == "sternly" || ws[k+1].Lower == "strongly" || ws[k+1].Lower == "firmly" || ws[k+1].Lower == "forcefully" || ws[k+1].Lower == "in")
		case ".", ";":
			return false
		}
	}
	return false
}

// roundOf reports "round of" or "session of" in ws[a:b]: "held the
// seventh round of foreign office consultations".
func roundOf(ws []lexicon.Word, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if (ws[k].Lower == "round" || ws[k].Lower == "session") && ws[k+1].Lower == "of" {
			return true
		}
	}
	return false
}

// gapStops end the words that may qualify a noun after a light verb: a
// preposition or a conjunction opens another phrase.
var gapStops = map[string]bool{"with": true, "to": true, "for": true, "of": true, "in": true, "on": true, "at": true, "by": true,
	"that": true, "which": true, "who": true, "from": true, "as": true, "into": true, "over": true, "after": true, "about": true, "during": true,
	"before": true, "despite": true, "against": true, "dengan": true, "untuk": true, "di": true, "ke": true, "dari": true, "yang": true, "oleh": true,
	"tentang": true, "atas": true, "setelah": true}

// degreeWords say how firm a stance is: "its unwavering support".
var degreeWords = map[string]bool{"unwavering": true, "full": true, "strong": true, "firm": true, "steadfast": true, "consistent": true, "unconditional": true, "total": true, "deep": true, "sincere": true}

// triggers finds the trigger words of a sentence.
func (c *Coder) triggers(s *actor.Sentence, lang string) []hit {
	ws := s.Words
	inMention := make([]bool, len(ws))
	for _, m := range s.Mentions {
		// Words inside a name or a person's title ("juru bicara", "Jakarta
		// Informal Meetings") are no triggers.
		// (A capitalised run no actor came of, "Bilateral Consultations
		// Meeting", shields nothing.)
		if m.Kind == actor.MInst || m.Kind == actor.MIGO || m.Kind == actor.MPerson && m.Actor >= 0 {
			for k := m.W0; k < m.W1 && k < len(ws); k++ {
				inMention[k] = true
			}
		}
	}
	table := c.lx.triggers[lang]
	var hits []hit
	for i := 0; i < len(ws); {
		if inMention[i] || ws[i].Kind != doc.Word && ws[i].Kind != doc.Abbrev {
			i++
			continue
		}
		// ("kata juru bicara Kemlu": a spokesperson with no name is a
		// title, not talks.)
		// (Nor "melalui juru bicaranya Daniel Pruitt": its spokesperson.)
		if lang == "id" && strings.HasPrefix(ws[i].Lower, "bicara") && i > 0 && ws[i-1].Lower == "juru" {
			i++
			continue
		}
		h, ok := c.match(ws, i, table, lang)
		if !ok {
			i++
			continue
		}
		// A capitalised trigger inside a sentence names something
		// ("Jakarta Informal Meetings"); it reports nothing, unless a light
		// verb holds it ("held the 4th Bilateral Consultations Meeting").
		// Nor does a phrase listed as none ("menahan diri": restrain
		// oneself).
		// (After a dateline's dash the text starts: "Surabaya - Latihan
		// bersama ...".)
		if ws[i].Cap && i > 0 && !(ws[i-1].Kind == doc.Punct && (strings.ContainsAny(ws[i-1].Text, "\"(") || dashWord(ws[i-1].Text) || ws[i-1].Text == "-")) && !((h.noun || h.tr.Flags["sym"]) && lightBefore(hits, i)) || h.tr.Flags["none"] {
			i = h.w1
			continue
		}
		// "handed over a South Korean fugitive to Korean officers",
		// "menyerahkan seorang WN Thailand yang menjadi buronan": a
		// fugitive handed over is judicial cooperation, not aid.
		if h.tr.Type == "AID" && h.tr.Flags["aid"] && fugitiveAfter(ws, h.w1) {
			h.tr = Trigger{Phrase: h.tr.Phrase, Type: "COOPERATE", Mode: "judicial", Where: h.tr.Where}
			h.rule = "a fugitive handed over"
		}
		// ("Israel refused a United Nations request to allow fuel",
		// "menolak permintaan ekstradisi": a request named as what is
		// refused is the refusal's object, coded with the refusal.)
		if h.tr.Type == "REQUEST" && h.w0 > 0 && wordIn(ws, h.w0-6, h.w0, refuseWords) && !wordIn(ws, h.w0-6, h.w0, sentenceBreakWords) {
			i = h.w1
			continue
		}
		// ("pressed China to release detained Australian writer X", "the
		// detained crew": "detained" before its noun says who is held, no
		// detention of that day.)
		if (h.tr.Type == "COERCE" || h.tr.Type == "RETREAT") && lang == "en" && h.w1 == h.w0+1 && (ws[h.w0].Lower == "detained" || ws[h.w0].Lower == "jailed" || ws[h.w0].Lower == "imprisoned") && h.w0 > 0 && h.w1 < len(ws) && ws[h.w1].Kind == doc.Word && adjectiveSlot[ws[h.w0-1].Lower] {
			i = h.w1
			continue
		}
		// ("the jobs they were promised": a promise made to someone
		// the passive names no maker of.)
		if h.tr.Type == "AGREE" && ws[h.w0].Lower == "promised" && h.w0 > 0 && isBe(ws[h.w0-1].Lower) && !(h.w1 < len(ws) && ws[h.w1].Lower == "by") {
			i = h.w1
			continue
		}
		// "vowed on Tuesday to respond sternly to any provocation",
		// "berjanji akan membalas": a promise of retaliation threatens.
		if h.tr.Type == "AGREE" && h.tr.Flags["pledge"] && retaliationAfter(ws, h.w1) {
			t := h.tr
			t.Type, t.Mode, t.Flags = "THREATEN", "", nil
			h.tr = t
			h.rule += "; a promise of retaliation"
		}
		// "warned of more rain": a weather or hazard warning threatens
		// no one.
		if h.tr.Type == "THREATEN" && wordIn(ws, h.w1, min(h.w1+4, len(ws)), hazardWords) {
			i = h.w1
			continue
		}
		hits = append(hits, h)
		i = h.w1
	}
	// Light verbs give their type to the noun that follows.
	var out []hit
	for k := 0; k < len(hits); k++ {
		h := hits[k]
		// "renewed their sister-province agreement": a document renewed is
		// signed anew.
		if h.tr.Type == "" && renewWords[ws[h.w0].Lower] {
			if n, ok := c.renewedDocument(ws, h, lang); ok {
				out = append(out, n)
				for k+1 < len(hits) && hits[k+1].w0 < n.w1 {
					k++
				}
				continue
			}
		}
		if h.tr.Type == "" {
			if k+1 < len(hits) && hits[k+1].noun {
				n := hits[k+1]
				// Fillers, or a possessor: "reaffirmed Jakarta's support",
				// "menegaskan kembali dukungan ..." .
				// (Or the modifiers of a named meeting: "held the 4th
				// Philippines-Brazil Bilateral Consultations Meeting".)
				gapOK, named := true, ws[n.w0].Cap
				for w := h.w1; w < n.w0; w++ {
					// ("to express his government's solidarity": a possessor.)
					possessor := w+1 < n.w0 && ws[w+1].Text == "'s"
					// ("affirmed on Tuesday the Kingdom's solidarity": a day.)
					day := when.WeekdayNumber(ws[w].Lower) > 0 || ws[w].Lower == "on" && w+1 < n.w0 && when.WeekdayNumber(ws[w+1].Lower) > 0 || ws[w].Lower == "yesterday" || ws[w].Lower == "kemarin"
					if lightFillers[ws[w].Lower] || day || ws[w].Text == "'s" || ws[w].Text == "\"" || inCountryMention(s, w) || possessor || !ws[w].Cap && strings.Count(ws[w].Lower, "-") >= 1 && len(ws[w].Lower) > 5 {
						continue
					}
					if named && (ws[w].Cap || ws[w].Kind == doc.Number || ws[w].Text == "-" || ordinal(ws[w].Lower)) {
						continue
					}
					// ("held a maritime partnership exercise", "conducted a
					// joint maritime law enforcement exercise": an exercise's
					// kind, in lower-case words.)
					if n.tr.Type == "COOPERATE" && n.tr.Mode == "military" && ws[w].Kind == doc.Word && !ws[w].Cap && !gapStops[ws[w].Lower] {
						continue
					}
					// ("held the seventh round of foreign office
					// consultations": a round of talks and its kind.)
					if roundOf(ws, h.w1, n.w0) && (ws[w].Kind == doc.Word && !ws[w].Cap && (ws[w].Lower == "of" || !gapStops[ws[w].Lower]) || ordinal(ws[w].Lower)) {
						continue
					}
					gapOK = false
				}
				gap := n.w0 - h.w1
				for w := h.w1; w < n.w0; w++ {
					if ws[w].Text == "\"" {
						gap-- // (quotation marks are no words)
					}
				}
				drill := n.tr.Type == "COOPERATE" && n.tr.Mode == "military" || roundOf(ws, h.w1, n.w0)
				if gapOK && (gap <= 4 || (named || drill || dayIn(ws, h.w1, n.w0)) && gap <= 7) {
					n.light, n.lw0, n.noun = &hits[k].tr, h.w0, false
					n.rule = "light verb + noun"
					out = append(out, n)
					k++
				}
			}
			continue
		}
		// "menandatangani perjanjian", "penandatanganan nota
		// kesepahaman": the document signed is no agreement of its own.
		if h.tr.Type == "AGREE" && h.noun && len(out) > 0 {
			if p := out[len(out)-1]; p.tr.Mode == "sign" && h.w0-p.w1 <= 2 {
				continue
			}
		}
		out = append(out, h)
	}
	for k := 0; k+1 < len(out); k++ {
		n := out[k+1].w0
		if out[k+1].light != nil {
			n = out[k+1].lw0
		}
		// ("mengapresiasi dan berterima kasih kepada X": two verbs, one
		// object.)
		if n-1 > out[k].w1 {
			if l := ws[n-1].Lower; l == "and" || l == "dan" || l == "serta" || l == "also" || l == "juga" {
				out[k].nextVerb = n
			}
		}
	}
	return out
}

// textNouns are things published, not people freed.
var textNouns = map[string]bool{"statement": true, "statements": true, "report": true, "reports": true, "data": true, "video": true, "footage": true,
	"figures": true, "photo": true, "photos": true, "images": true, "document": true, "documents": true, "communique": true, "communiqué": true,
	"readout": true, "transcript": true, "results": true, "list": true, "letter": true, "note": true, "book": true, "paper": true, "album": true, "film": true}

var nounMarkers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "'s": true,
	"continued": true, "strong": true, "full": true, "further": true, "this": true, "that": true, "such": true, "whose": true}

func (c *Coder) match(ws []lexicon.Word, i int, table *lexicon.Phrases[Trigger], lang string) (hit, bool) {
	if n, vals := table.Match(ws, i); n > 0 {
		tr := vals[0]
		// "called on the minister" is a visit; "called on X to act" a request.
		if len(vals) > 1 {
			for k := i + n; k < len(ws) && k < i+n+8; k++ {
				if ws[k].Lower == "to" && k+1 < len(ws) && !ws[k+1].Cap {
					for _, v := range vals {
						if v.Type == "REQUEST" {
							tr = v
						}
					}
					break
				}
			}
		}
		// "a statement released on Tuesday", "the report issued": what is
		// released there is a text, no detainee.
		if tr.Mode == "release" && i > 0 && textNouns[ws[i-1].Lower] {
			return hit{}, false
		}
		h := hit{w0: i, w1: i + n, tr: tr, noun: tr.Flags["noun"], rule: "phrase"}
		// English verbs are nouns after a determiner: "the continued support",
		// "Indonesia's support", "the delegation's visit".
		// (A phrase whose object stands before it is read as it is:
		// "added X to its entity list".)
		if lang == "en" && !h.noun && tr.Type != "" && !tr.Flags["objbefore"] && i > 0 && (nounMarkers[ws[i-1].Lower] || i > 1 && nounMarkers[ws[i-2].Lower] && ws[i-1].Kind == doc.Word && !ws[i-1].Cap && (strings.HasSuffix(ws[i-1].Lower, "ed") || degreeWords[ws[i-1].Lower])) {
			// ("its unwavering support": a word of degree before the
			// noun.)
			h.noun = true
			h.rule = "phrase (noun reading)"
		}
		if lang == "id" && strings.HasPrefix(ws[i].Lower, "di") && !tr.Flags["noun"] {
			h.passive = true
		}
		return h, true
	}
	if h, ok := acceptedInvitation(ws, i, table); ok {
		return h, true
	}
	// "sidang ke-9 Komite Perbatasan Bersama", "the 17th session of the
	// joint commission": a numbered session is a meeting.
	if h, ok := numberedSession(ws, i, lang); ok {
		return h, true
	}
	if lang != "id" {
		return jointPhrase(ws, i, table)
	}
	roots := c.lx.roots[lang]
	for _, f := range idForms(ws[i].Lower) {
		trs, ok := roots[f.root]
		if !ok {
			continue
		}
		tr := trs[0]
		// ("bertolak ke Can Tho": to set off, not to refuse.)
		if f.root == "tolak" && strings.HasPrefix(ws[i].Lower, "bertolak") {
			continue
		}
		noun := f.noun
		if f.bare && tr.Flags["rootnoun"] {
			noun = true
		}
		// Force and pressure are verbs: "pertahanan" (defence) and
		// "ketahanan" (resilience) are no detentions.
		// (Unless the bare root is listed as a noun: "melayangkan
		// protes".)
		if coercive[tr.Type] && (noun || f.bare) && !(f.bare && tr.Flags["rootnoun"]) {
			continue
		}
		return hit{w0: i, w1: i + 1, tr: tr, noun: noun, passive: f.passive, rule: "root " + f.root}, true
	}
	return hit{}, false
}

// symTypes are done together: their parties are actors, never a modifier
// ("coordinate on North Korea's missile launches").
// materialConflict are the types of force and detention, which happen
// on a day of their own rather than on the day they are talked about.
var materialConflict = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true}

var symTypes = map[string]bool{"AGREE": true, "CONSULT": true, "COOPERATE": true}

// forceTypes are the material conflict types.
var forceTypes = map[string]bool{"ASSAULT": true, "MOBILIZE": true, "COERCE": true}

var coercive = map[string]bool{"COERCE": true, "ASSAULT": true, "THREATEN": true, "ACCUSE": true, "REJECT": true, "MOBILIZE": true, "RETREAT": true, "CONCEDE": true, "SANCTION": false}

// side is one argument candidate.
type side struct {
	m       *actor.Mention
	country string
	name    string
	actorID string
	sector  string
	both    bool
}

var objPreps = map[string]bool{"with": true, "dengan": true, "to": true, "kepada": true, "on": true, "terhadap": true, "for": true, "untuk": true,
	"against": true, "between": true, "antara": true, "bersama": true, "atas": true, "bagi": true, "by": true, "oleh": true, "from": true, "than": true, "of": true}

func (c *Coder) mkSide(d *doc.Document, m *actor.Mention) side {
	s := side{m: m, country: m.Country}
	if m.Kind == actor.MBoth {
		s.both = true
	}
	if m.Actor >= 0 && m.Actor < len(d.Actors) {
		a := d.Actors[m.Actor]
		s.name, s.actorID, s.sector = a.Name, a.ID, a.Sector
		if a.Kind == doc.KindInstitution || a.Kind == doc.KindGroup {
			s.name = a.Name
		}
	} else if m.Kind == actor.MCountry {
		s.name = c.alx.CountryName(m.Country)
	}
	return s
}

// clause returns the word range of the clause holding the trigger.
func clause(ws []lexicon.Word, h hit) (int, int) {
	a := h.w0
	// ("USAID works with X to ..., so that communities are ready to
	// respond": a clause of result has its own subject.)
	// (", while South Korea has pledged ...", ", sementara ...": a
	// clause joined by "while" has its own subject too.)
	for a > 0 && !clauseBreak[ws[a-1].Text] && !(ws[a-1].Lower == "sehingga" || a > 1 && ws[a-1].Lower == "that" && ws[a-2].Lower == "so" || a > 1 && contrastWords[ws[a-1].Lower] && ws[a-2].Text == ",") {
		a--
	}
	b := h.w1
	for b < len(ws) && !clauseBreak[ws[b].Text] && !(ws[b].Text == "," && b+1 < len(ws) && contrastWords[ws[b+1].Lower]) {
		b++
	}
	return a, b
}

// ownAddressee reports a body or person right after a request's trigger
// (the one asked) that the text does not place or places in the asker's
// own country.
func ownAddressee(ms []actor.Mention, h hit, own string) bool {
	for k := range ms {
		m := &ms[k]
		if m.W0 == h.w1 && (m.Kind == actor.MInst || m.Kind == actor.MPerson) && (m.Country == "" || m.Country == own) {
			return true
		}
	}
	return false
}

// allowWords let another act: "mengizinkan X berkunjung".
var allowWords = map[string]bool{"mengizinkan": true, "membolehkan": true, "memperbolehkan": true}

// askWords ask for what follows "agar": "mendesak Indonesia agar ...".
var askWords = map[string]bool{"mendesak": true, "meminta": true, "minta": true, "mengimbau": true, "menyerukan": true, "mengajak": true, "memohon": true}

// amidWords set the scene an act is done in: "amid China tensions".
var amidWords = map[string]bool{"amid": true, "amidst": true, "despite": true}

// contrastWords open a clause of contrast after a comma.
var contrastWords = map[string]bool{"while": true, "whereas": true, "sementara": true, "sedangkan": true}

func eligible(m *actor.Mention) bool {
	return !m.Loc && !m.Modifier && (m.Country != "" || m.Kind == actor.MBoth)
}

// arguments finds source and target for a trigger.
func (c *Coder) arguments(d *doc.Document, ar *actor.Result, si int, h hit, lang string) (cand, bool) {
	s := &ar.Sentences[si]
	ws := s.Words
	ms := s.Mentions
	ca, cb := clause(ws, h)
	tStart := h.w0
	if h.light != nil {
		tStart = h.lw0
	}
	var src, tgt, alsoSrc *actor.Mention
	var alsoMore []*actor.Mention // further acting members of a list: "X, Y and Z condemned C"
	var more []*actor.Mention     // further members of a coordinated list of parties
	rule := h.rule
	// "Four new heads of mission presented their letters of credence to
	// the King. They were Thai Ambassador X, Laos Ambassador Y and ...":
	// each envoy the next sentence lists presented his own.
	if h.tr.Type == "CONSULT" && credentialsWord(h.tr.Phrase) {
		// ("Thai Ambassador X, Lao Ambassador Y and Philippine Ambassador
		// Z presented their credentials to President W": or a list in
		// the clause before the verb.)
		envoys := listedNext(ar, si)
		if len(envoys) < 2 {
			envoys = envoys[:0]
			for k := range ms {
				if m := &ms[k]; m.W0 >= ca && m.W1 <= tStart && m.Kind == actor.MPerson && eligible(m) && m.Country != "IGO" {
					envoys = append(envoys, m)
				}
			}
		}
		if len(envoys) >= 2 {
			var host *actor.Mention
			for k := range ms {
				if m := &ms[k]; m.W0 >= h.w1 && m.W0 < cb && eligible(m) && (m.Prep == "to" || m.Prep == "kepada" || m.Prep == "the" && m.W0 >= 2 && (ws[m.W0-2].Lower == "to" || ws[m.W0-2].Lower == "kepada")) {
					host = m
					break
				}
			}
			// (A host placed in an envoy's own country is a guess gone
			// wrong: the dateline's country hosts.)
			for _, m := range envoys {
				if host != nil && host.Country == m.Country {
					host = nil
				}
			}
			var ts side
			switch {
			case host != nil:
				ts = c.mkSide(d, host)
			case d.Dateline != nil && c.alx.LookupCountry(d.Dateline.Place) != "":
				ts = c.countrySide(d, c.alx.LookupCountry(d.Dateline.Place))
			}
			if ts.country != "" {
				var ev cand
				ok := false
				for _, m := range envoys {
					if m.Country == ts.country {
						continue
					}
					e, ok2 := c.finish(d, ar, s, h, c.mkSide(d, m), ts, rule+"; each envoy listed next", -1, tStart, ca, cb, lang)
					if !ok2 {
						continue
					}
					if !ok {
						ev, ok = e, true
						ev.subj = m
					} else {
						ev.also = append(ev.also, e)
					}
				}
				if ok {
					return ev, true
				}
			}
		}
	}
	// "Kedutaan Besar Vietnam menghubungi KKP pada Sabtu untuk meminta
	// akses kekonsuleran", "contacted the ministry to ask for": the one
	// who sent asks the one the message went to.
	if h.tr.Type == "REQUEST" && tStart > 1 && (ws[tStart-1].Lower == "untuk" || ws[tStart-1].Lower == "to") {
		if v := sendVerbAt(ws, ca, tStart); v > 0 {
			var asker, asked *actor.Mention
			for k := range ms {
				m := &ms[k]
				if !eligible(m) || m.Kind == actor.MBoth {
					continue
				}
				if m.W1 <= v {
					asker = m
				} else if m.W0 > v && m.W1 < tStart && asked == nil {
					asked = m
				}
			}
			if asker != nil && asked != nil && asker.Country != asked.Country {
				ev, ok := c.finish(d, ar, s, h, c.mkSide(d, asker), c.mkSide(d, asked), rule+"; asks the one the message went to", -1, tStart, ca, cb, lang)
				ev.subj, ev.obj = asker, asked
				return ev, ok
			}
		}
	}
	// "Bantuan Indonesia untuk Timor-Leste tiba di Dili", "The aid
	// shipment arrived in Dili": aid that arrives visits no one.
	// (The aid is the clause's subject, at its head, and no one is
	// named as the one who came.)
	if h.tr.Type == "CONSULT" && h.tr.Flags["visit"] && c.aidSubject(ws, 0, tStart, lang) && !personBetween(ms, 0, tStart) {
		return cand{}, false
	}
	// Troops sent to help ("deployed its relief contingent after the
	// typhoon", "peacekeepers deployed in South Sudan") or named as a
	// thing ("the advisers deployed in Lae") mobilise against no one.
	if h.tr.Type == "MOBILIZE" && (wordIn(ws, 0, len(ws), helpWords) || participleAfterNoun(ws, h, lang)) {
		return cand{}, false
	}
	// "access to 14 seafarers detained in Port Harcourt": a participle
	// that describes the ones held names no one who holds them; the
	// sentence's subject did not. ("crew detained by the navy" has its
	// agent.)
	if (h.tr.Type == "COERCE" || h.tr.Type == "ASSAULT") && participleAfterNoun(ws, h, lang) && !beWords[ws[h.w0-1].Lower] && h.w1 < len(ws) && placePreps[ws[h.w1].Lower] && !hasLower(ws[h.w1:min(h.w1+6, len(ws))], "by") {
		return cand{}, false
	}
	// "summoned the ambassador to protest against ...", "memanggil Dubes
	// ... untuk menyampaikan protes": the summons is the protest, coded
	// once from the summons.
	if h.tr.Type == "ACCUSE" {
		st := h.w0
		if h.light != nil {
			st = h.lw0
		}
		if st > 0 && (ws[st-1].Lower == "to" || ws[st-1].Lower == "untuk") && wordIn(ws, 0, st, summonWords) {
			return cand{}, false
		}
	}
	// "welcomed Australian Prime Minister X at the palace": a person
	// welcomed is a visitor received, not praise.
	// ("The frigates docked on Monday and were welcomed with arrival
	// honours": visitors welcomed, no praise.)
	if h.tr.Type == "SUPPORT" && lang == "en" && strings.HasPrefix(ws[h.w0].Lower, "welcom") && h.w0 > 0 && isBe(ws[h.w0-1].Lower) {
		return cand{}, false
	}
	if h.tr.Type == "SUPPORT" && lang == "en" && strings.HasPrefix(ws[h.w0].Lower, "welcom") && personAfter(ws, ms, h.w1) {
		if n, vals := c.lx.triggers[lang].Match([]lexicon.Word{{Text: "received", Lower: "received", Kind: doc.Word}}, 0); n == 1 && vals[0].Flags["recv"] {
			h.tr, h.rule = vals[0], h.rule+"; a person welcomed is received"
		}
	}
	// "thanked the Kingdom for its development support": the support
	// thanked for is the reason of the thanks, no support of its own.
	if h.tr.Type == "SUPPORT" && h.tr.Mode != "sign" && praiseReasonBefore(ws, h.w0) {
		return cand{}, false
	}
	// "the Argyle Declaration, signed in December 2023": a participle
	// after a comma that closes a document's name describes it; no one
	// acts in the sentence's time.
	// ("the international agreements signed between the two countries":
	// so does one right after the document.)
	if lang == "en" && h.light == nil && h.w1 == h.w0+1 && h.w0 >= 2 && strings.HasSuffix(ws[h.w0].Lower, "ed") && h.w1 < len(ws) && participlePreps[ws[h.w1].Lower] &&
		(ws[h.w0-1].Text == "," && documentNouns[ws[h.w0-2].Lower] || documentNouns[ws[h.w0-1].Lower]) {
		return cand{}, false
	}
	// "signed an agreement ... on the joint construction and operation
	// of the plant", "MoU tentang patroli bersama": a joint activity a
	// document is about is agreed on, not done.
	if h.tr.Type == "COOPERATE" && aboutDocument(ws, tStart) {
		return cand{}, false
	}
	// "sidang ke-9 Komite Perbatasan Bersama RI-RDTL": a numbered joint
	// session is the story's two sides meeting.
	if h.tr.Where == sessionTrigger.Where {
		if ar.Main[1] == "" || !wordIn(ws, h.w1, min(h.w1+8, len(ws)), jointWords) && !hasLower(ws[h.w1:min(h.w1+8, len(ws))], "bilateral") {
			return cand{}, false
		}
		return c.finish(d, ar, s, h, c.countrySide(d, ar.Main[0]), c.countrySide(d, ar.Main[1]), rule+"; the story's two sides", -1, tStart, ca, cb, lang)
	}
	// "the joint Russian-Lao exercise": the pair the activity names.
	if h.tr.Type == "COOPERATE" && h.w1-h.w0 > 2 {
		var in []*actor.Mention
		for k := range ms {
			if m := &ms[k]; m.W0 > h.w0 && m.W0 < h.w1 && m.Country != "" && m.Country != "IGO" {
				in = append(in, m)
			}
		}
		if len(in) == 2 && in[0].Country != in[1].Country {
			return c.finish(d, ar, s, h, c.mkSide(d, in[0]), c.mkSide(d, in[1]), h.rule+"; the pair the activity names", -1, h.w0, 0, len(ws), lang)
		}
	}
	// "pertemuan trilateral Indonesia-Australia-Papua Nugini", "the
	// Japan-Philippines talks after it": the parties the meeting is named
	// with, joined by dashes, meet pair by pair.
	if (h.tr.Flags["sym"] || symTypes[h.tr.Type]) && h.noun {
		var chain []*actor.Mention
		w := h.w1
		for w < h.w1+2 && w < len(ws) && ws[w].Kind == doc.Word && !ws[w].Cap {
			w++ // "trilateral", "bilateral"
		}
		for k := range ms {
			m := &ms[k]
			if m.W0 < w {
				continue
			}
			if m.W0 != w || m.Kind != actor.MCountry || m.Loc {
				break
			}
			chain = append(chain, m)
			if m.W1+1 >= len(ws) || !dashWord(ws[m.W1].Text) && ws[m.W1].Text != "-" {
				break
			}
			w = m.W1 + 1
		}
		if len(chain) >= 2 && chain[0].Country != chain[1].Country {
			src, tgt, more = chain[0], chain[1], chain[2:]
			rule += "; the parties the meeting is named with"
		}
	}
	// "between A and B", "antara A dan B".
	// (A noun's own modifiers may come first: "penandatanganan perjanjian
	// kerja sama rantai pasok baterai antara A dan B".)
	reach := 4
	if h.noun {
		reach = 8
	}
	for w := h.w1; w < cb && w <= h.w1+reach; w++ {
		if l := ws[w].Lower; ws[w].Kind == doc.Punct || l == "yang" || l == "that" || l == "which" || l == "who" {
			break
		}
		// ("antara lain dengan Malaysia": "among others", no "between".)
		if ws[w].Lower == "between" || ws[w].Lower == "antara" && !(w+1 < len(ws) && ws[w+1].Lower == "lain") {
			var list []*actor.Mention
			for k := range ms {
				if ms[k].W0 > w && ms[k].W0 < cb && eligible(&ms[k]) && ms[k].Kind != actor.MBoth {
					list = append(list, &ms[k])
				}
			}
			if len(list) >= 2 && list[0].Country != list[1].Country {
				src, tgt = list[0], list[1]
				rule += "; between A and B"
			} else if len(list) >= 2 {
				// ("antara delegasi Polri yang dipimpin Irjen X dengan
				// Jenderal Y": A's leader stands before the "dengan".)
				for _, m := range list[1:] {
					if m.Country != list[0].Country && (m.Prep == "dengan" || m.Prep == "dan" || m.Prep == "and" || m.Prep == "with") {
						src, tgt = list[0], m
						rule += "; between A and B"
						break
					}
				}
			}
			break
		}
	}
	visitor := -1 // a mention marked "visiting"/"yang berkunjung"
	if src == nil && h.noun {
		// "Penyerahan hibah dilakukan oleh A kepada B", "The signing was
		// done by A and B": a noun subject with a passive light verb.
		for w := h.w1; w < cb && w <= h.w1+4; w++ {
			l := ws[w].Lower
			if !(strings.HasPrefix(l, "di") && lang == "id" || l == "was" || l == "were") {
				continue
			}
			// ("Bantuan itu diterima oleh X", "The aid was received by
			// X": the one who receives is no doer.)
			if receiveVerb(l) || w+1 < len(ws) && receiveVerb(ws[w+1].Lower) {
				break
			}
			for k := range ms {
				m := &ms[k]
				if m.W0 > w && m.W0 <= w+4 && (m.Prep == "oleh" || m.Prep == "by") && eligible(m) {
					src = m
					for k2 := k + 1; k2 < len(ms); k2++ {
						o := &ms[k2]
						if o.W0 < cb && eligible(o) && o.Country != m.Country && (objPreps[o.Prep] || coordinated(ws, m.W1, o.W0)) {
							tgt = o
							break
						}
					}
					rule += "; noun done by A (to B)"
					break
				}
			}
			break
		}
		// "penandatanganan Pernyataan Bersama oleh A dan B", "the signing
		// of the accord by A and B": the signers follow the document.
		if src == nil && h.tr.Mode == "sign" {
			for k := range ms {
				m := &ms[k]
				if m.W0 <= h.w1 || m.W0 >= cb || m.W0 > h.w1+10 || m.Prep != "oleh" && m.Prep != "by" || !eligible(m) {
					continue
				}
				if k+1 < len(ms) && eligible(&ms[k+1]) && ms[k+1].Country != m.Country && coordinated(ws, m.W1, ms[k+1].W0) {
					src, tgt = m, &ms[k+1]
					rule += "; signed by A and B"
				}
				break
			}
		}
	}
	// "the first joint patrol by the Australian and Timorese navies": the
	// parties of a joint act follow "by".
	if src == nil && h.tr.Type == "COOPERATE" && h.tr.Flags["sym"] && h.w1 < len(ws) && (ws[h.w1].Lower == "by" || ws[h.w1].Lower == "oleh") {
		for k := range ms {
			m := &ms[k]
			if m.W0 <= h.w1 || m.W0 > h.w1+3 || m.W0 >= cb || m.Country == "" || m.Loc {
				continue
			}
			if k+1 < len(ms) && eligible(&ms[k+1]) && ms[k+1].Country != m.Country && coordinated(ws, m.W1, ms[k+1].W0) {
				src, tgt = m, &ms[k+1]
				rule += "; done by A and B"
			}
			break
		}
	}
	// "a courtesy call by Australia's consul-general, X, on Governor Y",
	// "a visit by X to Jakarta": the one the call or visit is by, and the
	// one it is on, to or with.
	if src == nil && h.noun && h.tr.Type == "CONSULT" && h.w1 < len(ws) && ws[h.w1].Lower == "by" {
		for k := range ms {
			m := &ms[k]
			if m.W0 <= h.w1 || m.W0 > h.w1+3 || m.W0 >= cb || m.Loc || !eligible(m) {
				continue
			}
			for k2 := k + 1; k2 < len(ms); k2++ {
				o := &ms[k2]
				if o.W0 >= cb {
					break
				}
				if o.Country != m.Country && (o.Prep == "on" || o.Prep == "with" || o.Prep == "to") && (eligible(o) || h.tr.Flags["visit"] && o.Prep == "to" && o.Country != "") {
					src, tgt = m, o
					rule += "; by A on B"
					break
				}
			}
			break
		}
	}
	// "protesting an attack by Chinese law enforcement forces on a Quang
	// Ngai fishing boat": the attack named as a thing is by the one after
	// "by", on the one after "on"; else, when the sentence protests it, on
	// the story's other side (not a third party's condemnation: "Indonesia
	// condemned the attack by Israeli forces on a UN school").
	attackBy := false
	// (Whoever the sentence's subject: it protests the attack. So does
	// "Vietnam protests Chinese attack on Quang Ngai fishermen": the
	// attacker's adjective before the noun.)
	if h.tr.Type == "ASSAULT" && h.w1+1 < len(ws) && (attackNoun(ws, h) && agentPreps[ws[h.w1].Lower] || ws[h.w1].Lower == "on" || ws[h.w1].Lower == "against") {
		for k := range ms {
			m := &ms[k]
			by := attackNoun(ws, h) && m.W0 == h.w1+1 && agentPreps[ws[h.w1].Lower]
			adj := m.W1 == h.w0 && m.Kind == actor.MCountry && strings.HasSuffix(h.tr.Phrase, "attack") && h.w1 == h.w0+1
			if !(by || adj) || m.W0 >= cb || m.Loc || m.Country == "" || m.Country == "IGO" {
				continue
			}
			src, tgt, attackBy = m, nil, protestBefore(ws, h.w0)
			rule += "; the attack is by A"
			for k2 := k + 1; k2 < len(ms); k2++ {
				if o := &ms[k2]; o.W0 < cb && o.Country != "" && o.Country != m.Country && (o.Prep == "on" || o.Prep == "against" || o.Prep == "terhadap") {
					tgt = o
					rule += " on B"
					break
				}
			}
			break
		}
	}
	// "X held a series of bilateral meetings at the IPU Assembly. The
	// first meeting was held with Y on Tuesday", "Pertemuan pertama
	// digelar dengan Y": a meeting that opens its sentence, held with
	// someone, is the one whose subject the sentence before opened with.
	if src == nil && h.noun && h.tr.Type == "CONSULT" && h.w0 <= 2 && si > 0 && heldAfter(ws, h.w1) {
		var with *actor.Mention
		for k := range ms {
			if m := &ms[k]; m.W0 > h.w1 && m.W0 < cb && withPreps[m.Prep] && eligible(m) {
				with = m
				break
			}
		}
		// (Its subject: the first party it names, past a dateline's
		// place.)
		pms := ar.Sentences[si-1].Mentions
		for k := 0; with != nil && k < len(pms) && pms[k].W0 <= 8; k++ {
			if p := &pms[k]; !p.Loc && p.Actor >= 0 && p.Kind != actor.MCountry && !(d.Dateline != nil && p.Start < d.Dateline.Span.End) {
				if eligible(p) && p.Country != with.Country && p.Kind != actor.MBoth {
					src, tgt = p, with
					rule += "; the meeting of the one the sentence before opens with"
				}
				break
			}
		}
	}
	if src == nil && h.noun {
		// Noun triggers need a pattern: possessor or post-noun actor, and "with B" / "to B".
		var owner *actor.Mention
		for k := range ms {
			m := &ms[k]
			if m.W1 == h.w0 || m.W1+1 == h.w0 && ws[m.W1].Text == "'s" {
				if eligible(m) {
					owner = m
				}
			}
			// ("nota protes kepada Dubes Wang": the one it is handed to
			// owns no note.)
			if lang == "id" && m.W0 >= h.w1 && m.W0 <= h.w1+1 && eligible(m) && owner == nil && m.Prep != "dengan" && m.Prep != "ke" && m.Prep != "kepada" && m.Prep != "terhadap" {
				owner = m
			}
		}
		if owner == nil && possessivePronounBefore(ws, h.w0) {
			// "X said the decision was reached at his meeting with Y": the
			// pronoun's antecedent is the nearest party named before it.
			for k := len(ms) - 1; k >= 0; k-- {
				m := &ms[k]
				if m.W1 <= h.w0 && eligible(m) && !m.Loc && !objPreps[m.Prep] && m.Kind != actor.MBoth && m.Kind != actor.MCountry {
					owner = m
					rule += "; his/her noun"
					break
				}
			}
		}
		if owner == nil {
			// "X berada di Siem Reap dalam rangka kunjungan resmi ke
			// Kamboja", "X is in Tokyo on a working visit": with no visitor
			// named at the noun, the visit is the clause subject's.
			switch {
			case h.tr.Flags["visit"] && visitContext(ws, h.w0):
				rule += "; on a visit"
			case h.tr.Flags["visit"] && endedVisitDays(ws, h) > 1:
				// "X yesterday concluded a three-day official visit to
				// Laos": a visit whose days are counted, so its first day
				// is known (see date).
				rule += "; the subject's visit, ended"
			case h.tr.Type == "CONSULT" && h.w0 > 0 && ws[h.w0-1].Lower == "for" && wordIn(ws, ca, h.w0, travelWords):
				// "X flew into Phnom Penh on Tuesday for talks with Y": the
				// talks are the traveller's.
				rule += "; came for talks"
			case h.tr.Type == "PROTEST":
				// "Protesters gathered outside the Japanese embassy": the
				// demonstrators' country is the place's (below).
				rule += "; the demonstrators"
			case h.tr.Flags["sym"] && activityVerbBefore(ws, h.w0):
				// "Malaysian and Australian troops began a joint exercise":
				// the subject of the verb that starts or ends the activity.
				rule += "; the subject's activity"
			case h.tr.Flags["sym"] && (h.tr.Type == "CONSULT" || h.tr.Type == "COOPERATE") && h.w0 > 0 && inTalks(ws, h.w0):
				// "A and B agreed in phone talks on Wednesday", "A bersama
				// B menggagalkan ... dalam operasi gabungan": the talks, the
				// operation are the subjects'.
				rule += "; the subjects' talks"
				for w := h.w0 - 1; w >= 0 && w >= h.w0-2; w-- {
					if l := ws[w].Lower; l == "phone" || l == "telephone" || l == "video" || l == "telepon" {
						h.phone = true
					}
				}
			case h.tr.Type == "CONSULT" && openingPhrase(ws, tStart):
				// "In her meeting with X, Y underlined ...": the opening
				// phrase's meeting, whose parties are found below.
			default:
				return cand{}, false
			}
		} else {
			src = owner
		}
		for k := range ms {
			m := &ms[k]
			if owner == nil {
				break
			}
			// ("Bantuan RI untuk Gaza diserahkan ... kepada Mesir": aid is
			// for whom it is for.)
			if h.tr.Type == "AID" && m.W0 > owner.W1 && m.W0 >= h.w1 && m.W0 <= h.w1+2 && m.W0 < cb && m.Country != owner.Country && beneficiaryBefore(ws, m) && eligible(m) {
				tgt = m
				break
			}
			if m.W0 > owner.W1 && m.W0 > h.w0 && m.W0 < cb && m.Country != owner.Country && (m.Prep == "with" || m.Prep == "dengan" || m.Prep == "to" || m.Prep == "ke" || m.Prep == "kepada") && (eligible(m) || h.tr.Flags["visit"] && m.Country != "") {
				tgt = m
				break
			}
		}
		if owner != nil {
			rule += "; noun with owner"
		}
	}
	// "In a meeting with Thai Foreign Minister X on Tuesday, Cambodian
	// Foreign Minister Y called for ...", "Dalam pertemuan dengan X, Y
	// meminta ...": the meeting is the main clause's subject's, with the
	// one the opening phrase names.
	// (The opening phrase ends at the first comma after the one met,
	// whose title may hold commas of its own: "In her meeting with
	// Secretary of Foreign Affairs of the Philippines, Maria Reyes,
	// Minister Y underlined ...".)
	if src == nil && h.noun && h.tr.Type == "CONSULT" && openingPhrase(ws, tStart) {
		comma := nextComma(ws, h.w1)
		var with *actor.Mention
		for k := range ms {
			if m := &ms[k]; comma > 0 && m.W0 >= h.w1 && m.W0 < comma && withPreps[m.Prep] && eligible(m) {
				with = m
				for comma < m.W1 {
					if comma = nextComma(ws, comma+1); comma < 0 {
						with = nil
						break
					}
				}
				break
			}
		}
		for k := range ms {
			if m := &ms[k]; with != nil && m.W0 > comma && eligible(m) && m.Country != with.Country {
				src, tgt = m, with
				rule += "; the subject after an opening meeting phrase"
				break
			}
		}
	}
	if src == nil {
		// Subject: the nearest eligible mention before the trigger in the clause.
		// "X accused Y of ..., and called on Z": a verb after "and" has
		// the subject of the verb before it.
		if h.prevSubj != nil && tStart > 0 {
			prev := ws[tStart-1].Lower
			if tStart > 1 && (prev == "also" || prev == "juga") {
				prev = ws[tStart-2].Lower
			}
			// ("Colombia summons Venezuelan envoy, demands release": a
			// headline joins its verbs with a comma.)
			if prev == "and" || prev == "dan" || prev == "serta" || prev == "," && tStart > 1 && ws[tStart-2].Kind != doc.Punct && !strings.HasSuffix(ws[tStart].Lower, "ing") {
				src = h.prevSubj
				rule += "; shares the subject of the verb before"
			}
		}
		// "X made a phone call to Y ... to express his government's
		// solidarity": the purpose is the caller's.
		if src == nil && h.prevSubj != nil && h.light != nil && tStart > 0 && (ws[tStart-1].Lower == "to" || ws[tStart-1].Lower == "untuk") && eligible(h.prevSubj) &&
			(h.tr.Type == "SUPPORT" || h.tr.Type == "ACCUSE") && (ws[h.lw0].Lower == "express" || ws[h.lw0].Lower == "convey" || ws[h.lw0].Lower == "extend" || ws[h.lw0].Lower == "menyampaikan") {
			src = h.prevSubj
			rule += "; the purpose of the act before"
			if tgt == nil && h.prevObj != nil && h.prevObj.Country != src.Country {
				tgt = h.prevObj
			}
		}
		// "Konsul RI ... bertemu pimpinan APMM pada Selasa untuk meminta
		// akses kekonsuleran", "met the minister on Monday to ask for":
		// what one met someone to ask is asked of the one met, by the one
		// who met.
		if src == nil && h.prevSubj != nil && h.prevObj != nil && h.tr.Type == "REQUEST" && tStart > 0 && (ws[tStart-1].Lower == "to" || ws[tStart-1].Lower == "untuk") &&
			eligible(h.prevSubj) && h.prevObj.Country != "" && h.prevObj.Country != h.prevSubj.Country && meetVerbBefore(ws, ca, tStart-1) {
			src, tgt = h.prevSubj, h.prevObj
			rule += "; what the meeting before was for"
		}
		// "A and B agreed Friday ..., as they met on the sidelines": "they"
		// are the story's two sides.
		// (The parties of the sentence's event before, when there is one.)
		// ("X met Y, with both (sides) agreeing to ...": an absolute
		// clause's "both" are the parties of the meeting before.)
		withBoth := false
		if lang == "en" && tStart >= 2 && strings.HasSuffix(ws[tStart].Lower, "ing") {
			if ws[tStart-1].Lower == "both" && ws[tStart-2].Lower == "with" {
				withBoth = true
			}
			for k := range ms {
				if m := &ms[k]; m.Kind == actor.MBoth && m.W1 == tStart && m.Prep == "with" {
					withBoth = true
				}
			}
		}
		// (Not "they" of a passive, the ones acted on: "Mereka diterima
		// Kepala Dinas ...". An English "they were received" never gets
		// here: the word before the trigger is "were".)
		// (Nor "they" who are the people the sentence before told of:
		// "Enam nelayan ... akhirnya dibebaskan. Mereka tiba di Pelabuhan
		// Sekupang".)
		if src == nil && tStart > 0 && symTypes[h.tr.Type] && (ws[tStart-1].Lower == "they" || ws[tStart-1].Lower == "mereka" || withBoth) && !passiveAt(h, ws, tStart) && !(tStart == 1 && peopleOpen(ar, si-1)) {
			if h.prevSubj != nil && h.prevObj != nil && h.prevSubj.Country != "" && h.prevObj.Country != "" && h.prevSubj.Country != h.prevObj.Country {
				return c.finish(d, ar, s, h, c.mkSide(d, h.prevSubj), c.mkSide(d, h.prevObj), rule+"; they are the parties before", -1, tStart, ca, cb, lang)
			}
			if ar.Main[1] != "" {
				return c.finish(d, ar, s, h, c.countrySide(d, ar.Main[0]), c.countrySide(d, ar.Main[1]), rule+"; they are both sides", -1, tStart, ca, cb, lang)
			}
		}
		// "Moura meninjau fasilitas PT Bio Farma dan bertemu dengan X":
		// a verb after "dan" with no subject of its own has the clause's
		// person, not the object of the verb before.
		// ("According to spokesman X, Y briefed the ambassador ... and
		// asked the Philippines to ...": so does a request or a pledge, and
		// the clause starts after the report's source.)
		if src == nil && tStart > ca+2 && (h.tr.Type == "CONSULT" || h.tr.Type == "REQUEST" || h.tr.Type == "AGREE" || h.tr.Type == "SUPPORT") {
			from := ca
			if l := ws[ca].Lower; l == "according" || l == "menurut" {
				for w := ca + 1; w < tStart; w++ {
					if ws[w].Text == "," {
						from = w + 1
						break
					}
				}
			}
			if prev := ws[tStart-1].Lower; prev == "and" || prev == "dan" {
				for k := range ms {
					m := &ms[k]
					if m.W0 >= from && m.W0 <= from+3 && m.W1 < tStart-1 && eligible(m) && !objPreps[m.Prep] && m.Kind == actor.MPerson {
						src = m
						rule += "; the clause's subject"
						break
					}
				}
			}
		}
		// "Lithuania ordered two Belarusian diplomats to leave, accusing
		// them of ...": a participle after a comma has the sentence's
		// subject, the first party named before any verb.
		if src == nil && lang == "en" && tStart > 0 && ws[tStart-1].Text == "," && strings.HasSuffix(ws[tStart].Lower, "ing") {
			for k := range ms {
				m := &ms[k]
				if m.W1 > tStart {
					break
				}
				if eligible(m) && !objPreps[m.Prep] && m.Kind != actor.MBoth {
					src = m
					rule += "; the sentence's subject"
					break
				}
			}
			// "... two Belarusian diplomats, accusing them": the main verb's
			// object is the participle's when "them" stands for it.
			if src != nil && tStart+1 < len(ws) && (ws[tStart+1].Lower == "them" || ws[tStart+1].Lower == "him" || ws[tStart+1].Lower == "her" || ws[tStart+1].Lower == "it") {
				for k := len(ms) - 1; k >= 0; k-- {
					if m := &ms[k]; m.W1 <= tStart && m.W0 > src.W1 && m.Country != "" && m.Country != src.Country && !m.Loc {
						tgt = m
						break
					}
				}
			}
		}
		// A relative clause ("a sentiment that was received by", "hubungan
		// ..., yang didukung oleh") has its antecedent as subject: only a
		// mention right before the relative word can be it.
		relAt := -1
		for w := tStart - 1; w >= ca && w >= tStart-6; w-- {
			l := ws[w].Lower
			// (Past four words, only a clause set off by a comma: "X and
			// his counterpart Y, who is on a three-day visit".)
			if w < tStart-4 && !(w > 0 && ws[w-1].Text == "," && l == "who") {
				continue
			}
			if l == "that" || l == "which" || l == "yang" || l == "who" {
				// "pada hari yang sama menolak": "yang sama" (the same),
				// "yang lalu" (ago) open no relative clause.
				if w+1 < len(ws) && (ws[w+1].Lower == "sama" || ws[w+1].Lower == "lalu" || ws[w+1].Lower == "akan" && w+2 < len(ws) && ws[w+2].Lower == "datang") {
					break
				}
				// ("said Tuesday that it "stands firmly with Guyana"": "that"
				// after a verb of saying opens what was said.)
				if l == "that" && saidBefore(ws, w) {
					break
				}
				relAt = w
				break
			}
		}
		// "Russia, which has military bases in both countries, called
		// on ...": a relative clause between commas holds no subject of
		// the verb after it.
		relFrom := -1
		if tStart > 1 && ws[tStart-1].Text == "," {
			for w := tStart - 2; w > ca && w >= tStart-16; w-- {
				if ws[w].Text == "," || ws[w].Text == ";" {
					if l := ws[w+1].Lower; l == "which" || l == "who" || l == "whose" || l == "yang" {
						relFrom = w
					}
					break
				}
			}
		}
		// "Brazil's Foreign Ministry — whose country borders both nations
		// — urged ...": an aside between dashes holds no subject either.
		dash0, dash1 := -1, -1
		for w := tStart - 1; w > ca && w >= tStart-20; w-- {
			if dashWord(ws[w].Text) {
				if dash1 < 0 {
					dash1 = w
				} else {
					dash0 = w
					break
				}
			}
		}
		var reported *actor.Mention
		for k := len(ms) - 1; k >= 0 && src == nil; k-- {
			m := &ms[k]
			if m.W1 > tStart || m.W0 < ca || relFrom >= 0 && m.W0 > relFrom || dash0 >= 0 && m.W0 > dash0 && m.W1 <= dash1 {
				continue
			}
			if relAt >= 0 && m.W1 <= relAt && !(m.W1 == relAt || m.W1+1 == relAt && ws[m.W1].Text == ",") {
				break
			}
			// "Kepolisian Nasional Filipina (Philippine National
			// Police/PNP)": a gloss stands for the mention it follows.
			if k > 0 && glossAfter(ws, ms[k-1].W1, m.W0) {
				k--
				m = &ms[k]
			}
			// ("a phone call from X, who thanked the UAE": the antecedent of
			// the relative clause is its subject, whatever governs it.)
			antecedent := relAt >= 0 && (m.W1 == relAt || m.W1+1 == relAt && ws[m.W1].Text == ",")
			if !eligible(m) || objPreps[m.Prep] && !antecedent || quoteDiffers(s, m, h) {
				continue
			}
			// "Dubes Fairuz, menurut Rizky, berjanji": the source of a
			// report acts only when nobody else in the clause can.
			if attribution(ws, m) {
				if reported == nil {
					reported = m
				}
				continue
			}
			src = m
			// "A and B agreed": both sides act. "A and B gave X to C": each
			// gives, so the other giver is coded too (see also).
			// (Not in a relative clause: "A and B, who is on a visit" is B's.)
			if k > 0 && relAt < 0 {
				p := &ms[k-1]
				// ("called on Washington and Tokyo to stop interfering in":
				// the pair before an object-first trigger is its object,
				// below.)
				if eligible(p) && p.W1 <= m.W0 && coordinated(ws, p.W1, m.W0) && p.Country != m.Country && !h.tr.Flags["objbefore"] {
					implicitAid := h.tr.Type == "AID" && c.placeCountry(d, s, p.Country, ar.Main, true) != ""
					if !h.tr.Flags["sym"] && !symTypes[h.tr.Type] && (forceTypes[h.tr.Type] || h.tr.Type == "AID") && !c.hasTargetAfter(ms, h, cb, p, m) && !implicitAid {
						// "Philippine and Australian agents seized 500 kg of
						// shabu": joint force or aid on no party codes
						// nothing between the two.
						return cand{}, false
					}
					// ("A and B, both of whom were on their first official
					// visits to South Korea": two visitors of a third.)
					visitTo := h.tr.Flags["visit"] && c.hasTargetAfter(ms, h, cb, p, m)
					if (h.tr.Flags["sym"] || symTypes[h.tr.Type] || !c.hasTargetAfter(ms, h, cb, p, m) && !implicitAid) && !visitTo {
						src, tgt = p, m
						rule += "; A and B"
						// "Indonesia, Malaysia and the Philippines held a
						// coordinated patrol": every pair of the list acts
						// together.
						if h.tr.Flags["sym"] || symTypes[h.tr.Type] {
							for j := k - 2; j >= 0; j-- {
								q, r := &ms[j], &ms[j+1]
								if q.Country == r.Country && glossAfter(ws, q.W1, r.W0) {
									continue // "Angkatan Laut Diraja Malaysia (TLDM)"
								}
								if !eligible(q) || q.W1 > r.W0 || !coordinated(ws, q.W1, r.W0) && !listComma(ws, q.W1, r.W0) || q.Country == "" {
									break
								}
								more = append(more, q)
							}
						}
					} else {
						src, alsoSrc = p, m
						rule += "; A and B act on C"
						// ("X, Y and Z said they strongly opposed ...": every
						// member of the list acts.)
						for j := k - 2; j >= 0; j-- {
							q, r := &ms[j], &ms[j+1]
							if !eligible(q) || q.W1 > r.W0 || !coordinated(ws, q.W1, r.W0) && !listComma(ws, q.W1, r.W0) || q.Country == "" {
								break
							}
							alsoMore = append(alsoMore, q)
						}
					}
				}
			}
			break
		}
		if src == nil && reported != nil {
			src = reported
		}
		// "Polri bersama AFP menggagalkan ...", "A together with B
		// launched": the one "with" whom the subject acts acts too.
		if src != nil && alsoSrc == nil && tgt == nil && src.Kind != actor.MBoth {
			for k := range ms {
				o := &ms[k]
				if o.W0 <= src.W0 || o.W1 > tStart || !eligible(o) || o.Country == src.Country || o.Prep != "bersama" && o.Prep != "with" {
					continue
				}
				if coordinated(ws, src.W1, o.W0) {
					if h.tr.Flags["sym"] || symTypes[h.tr.Type] || !c.hasTargetAfter(ms, h, cb, src, o) {
						tgt = o
						rule += "; A together with B"
					} else {
						alsoSrc = o
						rule += "; A together with B act on C"
					}
				}
				break
			}
		}
		// "declared a Japanese consular officer persona non grata": the
		// mention before the trigger is its object; the subject stands
		// before that.
		// (The object may be a country word modifying a noun: "a Japanese
		// consular officer".)
		if h.tr.Flags["objbefore"] && tgt == nil {
			var obj *actor.Mention
			for k := len(ms) - 1; k >= 0; k-- {
				if m := &ms[k]; m.W1 <= tStart && m.W0 >= ca && m.Country != "" && !m.Loc {
					obj = m
					break
				}
			}
			// ("Vanuatu continues to interfere in": who interferes stands
			// right before the verb; "respect Chinese territory, and stop
			// interfering" names no doer.)
			if obj != nil && h.tr.Type == "ACCUSE" && !doerBefore(ws, obj.W1, tStart) {
				obj = nil
			}
			// ("called on Tokyo to stop meddling in", "urged Hanoi not to
			// interfere in": what someone is asked to stop is the request's
			// matter, not an accusation of its own.)
			if obj != nil && h.tr.Type == "ACCUSE" && requestedAct(ws, obj.W1, tStart) {
				return cand{}, false
			}
			// ("menangkap nelayan Vietnam yang melanggar batas": what a
			// relative clause says of someone is no one's accusation.)
			if h.tr.Type == "ACCUSE" && tStart > 0 && relativeWords[ws[tStart-1].Lower] {
				obj = nil
			}
			src = nil
			for k := len(ms) - 1; obj != nil && k >= 0; k-- {
				m := &ms[k]
				// ("foreign ministry spokesman X": a mention right before the
				// object is its modifier.)
				if m.W1 < obj.W0 && m.W0 >= ca && eligible(m) && m.Country != obj.Country && !objPreps[m.Prep] && !attribution(ws, m) {
					src = m
					break
				}
			}
			switch {
			case src != nil:
				tgt = obj
				rule += "; object before the trigger"
			case obj != nil && h.tr.Type == "REJECT" && eligible(obj):
				// "spokesman X called the accusations groundless": with no
				// one before him, the one named is the subject, who
				// answers the story's other side (below).
				src = obj
			default:
				return cand{}, false
			}
		}
		passive := h.passive
		if lang == "en" && strings.HasSuffix(ws[h.w0].Lower, "ed") {
			for w := tStart - 1; w >= 0 && w >= tStart-2; w-- {
				if isBe(ws[w].Lower) {
					passive = true
				}
			}
			// ("lodged a protest by phone": a means, not an agent.)
			if h.w1 < len(ws) && ws[h.w1].Lower == "by" && !(h.w1+1 < len(ws) && meansWords[ws[h.w1+1].Lower]) {
				passive = true
			}
		}
		// "Operasi gabungan itu digelar ... pada Kamis (24/10)", "The joint
		// exercise took place on Monday": the activity the story told of,
		// between its two sides.
		if src == nil && tgt == nil && h.tr.Flags["sym"] && h.tr.Type == "COOPERATE" && ar.Main[1] != "" && toldActivity(ws, h) {
			return c.finish(d, ar, s, h, c.countrySide(d, ar.Main[0]), c.countrySide(d, ar.Main[1]), rule+"; the activity the story told of", visitor, tStart, ca, cb, lang)
		}
		// "Puluhan mahasiswa berunjuk rasa di depan Kedutaan Besar Cina",
		// "students rallied outside the Chinese embassy": protesters with
		// no country named protest, for the country they are in, against
		// the embassy's.
		if src == nil && h.tr.Type == "PROTEST" {
			for k := range ms {
				m := &ms[k]
				if m.W0 < h.w1 || m.W0 >= cb || m.Country == "" || m.Country == "IGO" || !embassyWord(ws, m) {
					continue
				}
				if home := c.placeCountry(d, s, m.Country, ar.Main, false); home != "" {
					ev, ok := c.finish(d, ar, s, h, c.countrySide(d, home), c.mkSide(d, m), rule+"; protest at an embassy", visitor, tStart, ca, cb, lang)
					ev.obj = m
					return ev, ok
				}
				break
			}
		}
		// "Indonesia sent a diplomatic note to Malaysia on Tuesday. The
		// note asked for the fishermen's release", "Nota tersebut meminta
		// ...": a writing that acts is its sender's, to its addressee.
		if src == nil && !passive && h.note[0] != "" && writingSubject(ws, tStart) {
			ts := c.countrySide(d, h.note[1])
			if tgt != nil && tgt.Country != h.note[0] {
				ts = c.mkSide(d, tgt)
			}
			return c.finish(d, ar, s, h, c.countrySide(d, h.note[0]), ts, rule+"; the note's sender", visitor, tStart, ca, cb, lang)
		}
		if src == nil && !passive {
			return cand{}, false
		}
		if passive {
			// "didukung oleh pertukaran kunjungan": an agent that is no actor.
			for w := h.w1; w < cb && w <= h.w1+2; w++ {
				if ws[w].Lower == "by" || ws[w].Lower == "oleh" {
					agent := false
					for k := range ms {
						if ms[k].W0 > w && ms[k].W0 <= w+3 && ms[k].Country != "" {
							agent = true
						}
					}
					if !agent {
						return cand{}, false
					}
				}
			}
			// "X was received by Y", "MoU ditandatangani oleh A": the agent acts.
			agentFound := false
			for k := range ms {
				m := &ms[k]
				// (Indonesian may drop "oleh": "ditangkap aparat Australian
				// Border Force".)
				bare := lang == "id" && h.passive && m.W0 >= h.w1 && bareAgent(ws, h.w1, m.W0)
				// ("ditangkap oleh kapal patroli Australian Border Force": a
				// few common nouns may stand between "oleh" and the agent.)
				if m.W0 >= h.w1 && m.W0 < cb && (m.Prep == "by" || m.Prep == "oleh" || bare || byBefore(ws, h.w1, m.W0)) && eligible(m) {
					agentFound = true
					if src != nil && src.Country != m.Country {
						tgt = src
						// ("Langkah Israel melarang operasi UNRWA ... dikecam
						// oleh Indonesia": the subject's head names the one
						// acted on, not a party inside what it did.)
						if h.tr.Type == "ACCUSE" && src.Country == "IGO" {
							for j := range ms {
								if f := &ms[j]; f.W0 >= ca && f.W1 <= src.W0 && eligible(f) && f.Country != "IGO" && f.Country != m.Country {
									tgt = f
									break
								}
							}
						}
					}
					src = m
					rule += "; passive"
					// "signed by A and B": both agents act.
					if k+1 < len(ms) && eligible(&ms[k+1]) && coordinated(ws, m.W1, ms[k+1].W0) && ms[k+1].Country != m.Country {
						tgt = &ms[k+1]
					}
					break
				}
			}
			// "Ketujuh nelayan itu ditangkap kapal patroli Australian Border
			// Force": people held with no nationality said here are the
			// story's other side, those it told of before.
			if agentFound && tgt == nil && src != nil && h.tr.Type == "COERCE" && ar.Main[1] != "" && (src.Country == ar.Main[0] || src.Country == ar.Main[1]) && wordIn(ws, ca, tStart, heldNationals) && src.Kind != actor.MBoth && !personBetween(ms, ca, tStart) {
				other := otherSide(ar, src.Country)
				ev, ok := c.finish(d, ar, s, h, c.mkSide(d, src), c.countrySide(d, other), rule+"; the people held are the story's other side", visitor, tStart, ca, cb, lang)
				ev.subj = src
				return ev, ok
			}
			// "The aid, sent by Türkiye's disaster agency, was handed over
			// on Wednesday": aid with no agent after the verb comes from
			// the one who sent it.
			if !agentFound && h.tr.Type == "AID" {
				for k := range ms {
					m := &ms[k]
					if m.W1 <= tStart && m.W0 >= ca && (m.Prep == "by" || m.Prep == "oleh") && eligible(m) {
						if src != nil && src.Country != m.Country && tgt == nil {
							tgt = src
						}
						src = m
						agentFound = true
						rule += "; sent by the agent before"
						break
					}
				}
			}
			// "Belarus's charge d'affaires was summoned to the ministry":
			// with no agent, a passive's subject is the one summoned,
			// or expelled, and the one who did it is the
			// ministry he was summoned to, else the story's other side.
			if !agentFound && src != nil && tgt == nil && src.Kind != actor.MBoth && (h.tr.Mode == "protest" || h.tr.Type == "SANCTION") {
				patient := src
				for k := range ms {
					if m := &ms[k]; m.W0 >= h.w1 && m.W0 < cb && eligible(m) && m.Country != patient.Country && (m.Prep == "to" || m.Prep == "ke" || m.Prep == "kepada") {
						ev, ok := c.finish(d, ar, s, h, c.mkSide(d, m), c.mkSide(d, patient), rule+"; passive, summoned to the agent", visitor, tStart, ca, cb, lang)
						ev.subj, ev.obj = m, patient
						return ev, ok
					}
				}
				if ar.Main[1] != "" && (patient.Country == ar.Main[0] || patient.Country == ar.Main[1]) {
					other := otherSide(ar, patient.Country)
					ev, ok := c.finish(d, ar, s, h, c.countrySide(d, other), c.mkSide(d, patient), rule+"; passive, the story's other side acts", visitor, tStart, ca, cb, lang)
					ev.obj = patient
					return ev, ok
				}
				return cand{}, false
			}
			// ("three Chinese nationals were arrested": with no agent, the
			// subject of a passive arrest is the one arrested, and who
			// arrested them is not said.)
			// (Unless they were deported: only the state they are sent out
			// of deports, the one where it happens. "Sembilan WN Rusia itu
			// dideportasi melalui Bandara Ngurah Rai".)
			if !agentFound && src != nil && tgt == nil && h.tr.Type == "COERCE" && deportWord(ws[h.w0].Lower) && src.Kind != actor.MBoth {
				if home := c.placeCountry(d, s, src.Country, ar.Main, true); home != "" {
					ev, ok := c.finish(d, ar, s, h, c.countrySide(d, home), c.mkSide(d, src), rule+"; passive, deported by the state it happened in", visitor, tStart, ca, cb, lang)
					ev.obj = src
					return ev, ok
				}
			}
			if !agentFound && src != nil && tgt == nil && h.tr.Type == "COERCE" {
				return cand{}, false
			}
			if src == nil || !agentFound && src == nil {
				return cand{}, false
			}
		}
		// "conveyed Indonesia's gratitude to X", "menyampaikan dukungan
		// Indonesia": the possessor of a light verb's noun acts.
		if h.light != nil && src != nil {
			for k := range ms {
				m := &ms[k]
				if m.W0 > h.lw0 && m.W1 <= h.w0 && m.Country != "" && m.Kind == actor.MCountry && m.Country != src.Country && m.W1 < len(ws) && ws[m.W1].Text == "'s" {
					src = m
					rule += "; possessor acts"
					break
				}
			}
		}
		// "thanked X for bringing vaccines": the one thanked gave the aid.
		if h.tr.Type == "AID" {
			if th := c.thanksBefore(s, h, lang); len(th) > 0 && tgt == nil {
				src = th[0]
				rule += "; thanked party gave"
			}
		}
		if tgt == nil {
			for k := range ms {
				m := &ms[k]
				// A trigger may hold its object's first words ("memanggil
				// duta besar"), so a mention may start inside it.
				if m.W1 <= h.w1 || m.W0 < h.w0 || m.W0 >= cb || m == src {
					continue
				}
				// "agreed that the commission of both countries ...": the
				// complement clause holds no party.
				// ("demanded that China withdraw": for a request or an
				// accusation the clause's subject is the target.)
				if (symTypes[h.tr.Type] || h.tr.Type == "SUPPORT") && complementBefore(ws, h.w1, m.W0) {
					break
				}
				if h.nextVerb > 0 && m.W0 >= h.nextVerb {
					break
				}
				// ("Washington \"stands with our ally\" and calling the
				// Chinese actions dangerous": a participle after "and" has
				// an object of its own.)
				if h.tr.Type == "SUPPORT" && andParticipleBetween(ws, h.w1, m.W0) {
					break
				}
				// "bahas perdagangan dan Palestina", "discussed the situation
				// in Gaza and Ukraine": what is discussed is a topic; the one
				// talked with comes with "with", "dengan".
				if discussVerb(ws[h.w0].Lower) && !withPreps[m.Prep] {
					continue
				}
				// "accepted his invitation to attend the ASEAN meeting": what
				// the invitation is to holds no inviter.
				if h.tr.Mode == "invitation" && (wordIn(ws, h.w1, m.W0, purposeWords) || m.Kind == actor.MIGO) {
					break
				}
				if m.Country == "" && m.Kind != actor.MBoth {
					continue
				}
				if m.Country == src.Country && m.Kind != actor.MBoth {
					continue
				}
				// "Kedua pemimpin sepakat mendorong perundingan antara ASEAN
				// dan China": both sides agree with each other; a party
				// further on belongs to what they agreed on, unless "with"
				// names it.
				if src.Kind == actor.MBoth && symTypes[h.tr.Type] && !withPreps[m.Prep] {
					continue
				}
				if quoteDiffers(s, m, h) {
					continue // words quoted inside a report are not its parties
				}
				// ("agree to expand drills amid China tensions": the
				// setting, not a party.)
				if wordIn(ws, max(h.w1, m.W0-3), m.W0, amidWords) {
					continue
				}
				// ("demanded an apology from Beijing": the capital asked is
				// its government.)
				if m.Loc && !(h.tr.Flags["visit"] && (m.Prep == "to" || m.Prep == "ke" || m.Prep == "di" || m.Prep == "in")) &&
					!((h.tr.Type == "AID" || forceTypes[h.tr.Type]) && (m.Prep == "to" || m.Prep == "ke")) &&
					!(h.tr.Type == "REQUEST" && (m.Prep == "from" || m.Prep == "dari")) {
					continue
				}
				// "fired at a Kyrgyz border post": force lands on what a
				// country owns, so a modifier names the target.
				if m.Modifier && (symTypes[h.tr.Type] || m.Kind == actor.MIGO) {
					continue
				}
				tgt = m
				if followedByVisiting(ws, m) {
					visitor = k
				}
				break
			}
		}
	}
	// "In a meeting with X on Tuesday, Y called for ...", "Dalam
	// pertemuan dengan X, Y meminta ...": what Y asks, agrees or praises
	// there with no one named is said to the one met.
	if tgt == nil && src != nil && !src.Loc && src.Kind != actor.MBoth && (h.tr.Type == "REQUEST" || h.tr.Type == "AGREE" || h.tr.Type == "SUPPORT") {
		if o := openingPartner(ws, ms); o != nil && o.Country != src.Country && o.W1 <= src.W0 {
			tgt = o
			rule += "; the one met in the opening phrase"
		}
	}
	// "Australian Border Force officers arrested the seven fishermen on
	// Sunday": people held with no nationality said here are the story's
	// other side, those it told of before.
	if tgt == nil && src != nil && h.tr.Type == "COERCE" && !h.passive && src.W1 <= tStart && ar.Main[1] != "" && (src.Country == ar.Main[0] || src.Country == ar.Main[1]) &&
		h.w1 < len(ws) && !isBe(ws[h.w1].Lower) && !(h.w0 > 0 && (ws[h.w0-1].Lower == "those" || relativeWords[ws[h.w0-1].Lower])) && heldObject(ws, h.w1, cb) && src.Kind != actor.MBoth && !personBetween(ms, h.w1, min(h.w1+4, cb)) {
		other := otherSide(ar, src.Country)
		ev, ok := c.finish(d, ar, s, h, c.mkSide(d, src), c.countrySide(d, other), rule+"; the people held are the story's other side", visitor, tStart, ca, cb, lang)
		ev.subj = src
		return ev, ok
	}
	// "Tiga WNI dibebaskan dari pusat detensi imigrasi di Bangkok",
	// "were freed from immigration detention in Darwin": people released
	// with no agent named were released by the state that held them, the
	// one where it happened.
	// (From detention, with no one named who freed them: not "freed by
	// rescuers", nor "released from hospital".)
	if tgt == nil && src != nil && h.tr.Type == "RETREAT" && h.tr.Mode == "release" && src.Kind != actor.MBoth && src.W1 <= tStart && wordIn(ws, max(src.W0-2, 0), min(src.W1+2, len(ws)), peopleNouns) &&
		passiveAt(h, ws, tStart) && !wordIn(ws, h.w1, cb, agentPreps) && wordIn(ws, ca, cb, detentionWords) {
		if home := c.placeCountry(d, s, src.Country, ar.Main, true); home != "" {
			ev, ok := c.finish(d, ar, s, h, c.countrySide(d, home), c.mkSide(d, src), rule+"; passive, released by the state it happened in", visitor, tStart, ca, cb, lang)
			ev.obj = src
			return ev, ok
		}
	}
	// A request, threat or accusation with no other party takes the
	// country it is directed to: "mengancam menghentikan penempatan
	// pekerja ke Malaysia".
	// (So does a pledge, "pledged to ship 50,000 tonnes of wheat to
	// Eritrea", and an invitation accepted to visit a place, "accepted
	// an invitation to visit Canberra".)
	invitedTo := h.tr.Mode == "invitation"
	// "NATO condemned the incursion on Friday", "Vanuatu's foreign
	// minister condemned the discharge ... and said Vanuatu would raise
	// it at the Forum": an act the story told of, condemned, is its
	// doer's: the one the story's last accusation accused. (With none
	// told, the doer may be anyone: "Iran condemned the new measures"
	// in a story of Iran's call with Saudi Arabia are the US's.)
	if src != nil && h.tr.Type == "ACCUSE" && !h.tr.Flags["sym"] && src.Kind != actor.MBoth && actNounAfter(ws, h.w1) && (tgt == nil || tgt.W0 > h.w1+4) {
		if doer := h.accused; doer != "" && doer != src.Country && doer != "IGO" {
			return c.finish(d, ar, s, h, c.mkSide(d, src), c.countrySide(d, doer), rule+"; the act condemned is its doer's", visitor, tStart, ca, cb, lang)
		}
	}
	// "menegaskan kembali dukungan terhadap kedaulatan dan integritas
	// wilayah Indonesia", "support for the sovereignty and territorial
	// integrity of Ukraine": support for a state's sovereignty is for
	// that state.
	if tgt == nil && src != nil && h.tr.Type == "SUPPORT" {
		if m := sovereigntyOf(ws, ms, h.w1, cb); m != nil && m.Country != src.Country {
			tgt = m
			rule += "; the state whose sovereignty it supports"
		}
	}
	if tgt == nil && src != nil && (h.tr.Type == "MOBILIZE" || h.tr.Type == "REQUEST" || h.tr.Type == "THREATEN" || h.tr.Type == "ACCUSE" || h.tr.Type == "REJECT" || h.tr.Type == "SANCTION" || h.tr.Type == "CONCEDE" || h.tr.Flags["pledge"] || invitedTo) {
		for k := range ms {
			m := &ms[k]
			if m.W0 >= h.w1 && m.W0 < cb && m.Kind == actor.MCountry && m.Loc && (m.Prep == "to" || m.Prep == "ke" || invitedTo && (m.Prep == "visit" || m.Prep == "mengunjungi")) && m.Country != src.Country && src.Kind != actor.MBoth {
				tgt = m
				rule += "; the country it is directed to"
				break
			}
		}
		// "rushed troops to the Cambodian border": force sent to a
		// country's border faces that country. (The force's destination
		// is read as a posting of the troops; "the border with Malaysia"
		// and "ke perbatasan Kamboja" name the country as the target
		// already.)
		if tgt == nil && h.tr.Type == "MOBILIZE" {
			for k := range ms {
				m := &ms[k]
				if m.W1 <= h.w1 || m.W0 >= cb || src.Kind == actor.MBoth {
					continue
				}
				if m.Posting != "" && m.Posting != src.Country && m.W1 < len(ws) && (ws[m.W1].Lower == "border" || ws[m.W1].Lower == "frontier") {
					to := actor.Mention{Span: m.Span, W0: m.W1 - 1, W1: m.W1, Kind: actor.MCountry, Country: m.Posting, Actor: -1, Loc: true}
					tgt = &to
					rule += "; the country whose border it is"
					break
				}
			}
		}
		// "sent a letter to X ... to ask for", "mengirimkan surat kepada X
		// ... untuk meminta": the addressee is asked.
		if tgt == nil && h.tr.Type == "REQUEST" {
			for k := range ms {
				m := &ms[k]
				if m.W0 > src.W1 && m.W1 <= tStart && (m.Prep == "to" || m.Prep == "kepada") && eligible(m) && m.Country != src.Country && sentBefore(ws, src.W1, m.W0) {
					tgt = m
					rule += "; the addressee of the message"
					break
				}
			}
		}
	}
	if tgt == nil {
		// Only "both sides" and coordinated subjects code without a target,
		// and force between the story's two countries ("returned fire").
		switch {
		case !src.Loc && src.Kind == actor.MBoth && (symTypes[h.tr.Type] || h.tr.Flags["sym"] || h.tr.Type == "RETREAT" && h.w0-src.W1 <= 2):
			// (Both sides asking or condemning with no one named ask or
			// condemn no one: "Mereka menyerukan agar jalur pelayaran
			// tetap aman". Both sides withdrawing, "Kedua pihak mulai
			// menarik mundur", withdraw from each other; not "the
			// ministers agreed to coordinate water releases".)
			tgt = src
		case h.tr.Flags["visit"] && strings.Contains(rule, "; on a visit") && visitPlace(s, src.Country) != "":
			// "Bayu berada di Pakistan dalam kunjungan kerja", "X is in
			// Tokyo on a working visit": the host is where the visitor is.
			return c.finish(d, ar, s, h, c.mkSide(d, src), c.countrySide(d, visitPlace(s, src.Country)), rule+"; the host is where the visitor is", visitor, tStart, ca, cb, lang)
		case h.tr.Type == "AID" && c.placeCountry(d, s, src.Country, ar.Main, true) != "":
			// "Korea handed over USD 2.5 million" under an Islamabad
			// dateline: aid handed over in a country is for that country.
			to := c.countrySide(d, c.placeCountry(d, s, src.Country, ar.Main, true))
			ev, ok := c.finish(d, ar, s, h, c.mkSide(d, src), to, rule+"; recipient from the place", visitor, tStart, ca, cb, lang)
			if ok && alsoSrc != nil && alsoSrc.Country != to.country {
				if ev2, ok2 := c.finish(d, ar, s, h, c.mkSide(d, alsoSrc), to, rule+"; recipient from the place", visitor, tStart, ca, cb, lang); ok2 {
					ev.also = append(ev.also, ev2)
				}
			}
			ev.subj = src
			return ev, ok
		case h.tr.Type == "COOPERATE" && h.tr.Flags["sym"] && coordinatedWith(ws, ms, src) != nil:
			// "Singaporean and Indonesian naval ships conducted a joint
			// search": the two countries the doers are named by act
			// together.
			return c.finish(d, ar, s, h, c.mkSide(d, src), c.mkSide(d, coordinatedWith(ws, ms, src)), rule+"; A and B name the doers", visitor, tStart, ca, cb, lang)
		case h.tr.Type == "REJECT" && answersOtherSide(ws, h) && h.accuser != "" && h.accuser != src.Country && src.Kind != actor.MBoth:
			// "X menolak tudingan tersebut": the accuser is the target.
			return c.finish(d, ar, s, h, c.mkSide(d, src), c.countrySide(d, h.accuser), rule+"; answers the accusation", visitor, tStart, ca, cb, lang)
		case (h.tr.Type == "ASSAULT" && (!attackNoun(ws, h) || attackBy) || h.tr.Type == "MOBILIZE" && !jointActivityNear(ar, si) || (h.tr.Type == "REQUEST" || h.tr.Type == "SUPPORT" && h.tr.Mode != "sign" && !(s.Quoted != nil && s.Quoted[h.w0])) && duringMeeting(d.Sentences[si].Span.Of(d.Text)) || h.tr.Type == "REQUEST" && demandsRelease(ws, h) || (h.tr.Type == "THREATEN" || h.tr.Mode == "protest" || h.tr.Flags["pledge"] && src.Kind != actor.MBoth ||
			h.tr.Type == "REJECT" && answersOtherSide(ws, h)) && !igoParty(ar)) && (src.Country == ar.Main[0] || src.Country == ar.Main[1]) && ar.Main[1] != "" && stateSide(d, src):
			// (A threat, a promise, or rejecting "the accusations",
			// "tuduhan itu", answers the story's other side.)
			// (Not a request made of one's own side: "Pemprov Aceh meminta
			// Kementerian Luar Negeri terus memperjuangkan pemulangan
			// mereka" asks its own ministry.)
			if h.tr.Type == "REQUEST" && ownAddressee(ms, h, src.Country) {
				return cand{}, false
			}
			other := otherSide(ar, src.Country)
			ss, ts := c.mkSide(d, src), c.countrySide(d, other)
			// (A promise stays undirected, so it merges with the same day's
			// agreement, but its maker is the source.)
			return c.finish(d, ar, s, h, ss, ts, rule+"; the story's other side", visitor, tStart, ca, cb, lang)
		default:
			return cand{}, false
		}
	}
	// "32 ton bantuan dari Pemerintah Indonesia untuk warga Gaza,
	// Palestina, diserahkan kepada Bulan Sabit Merah Mesir": aid from one
	// for another goes from the one to the other, whoever it was handed
	// to on the way.
	if h.tr.Type == "AID" && src != nil && src.W1 <= tStart && beneficiaryBefore(ws, src) {
		for k := range ms {
			m := &ms[k]
			if m.W0 >= ca && m.W1 <= src.W0 && (m.Prep == "dari" || m.Prep == "from") && eligible(m) && m.Country != src.Country {
				ev, ok := c.finish(d, ar, s, h, c.mkSide(d, m), c.mkSide(d, src), rule+"; aid from one for another", visitor, tStart, ca, cb, lang)
				ev.subj, ev.obj = m, src
				return ev, ok
			}
		}
	}
	ev, ok := c.finish(d, ar, s, h, c.mkSide(d, src), c.mkSide(d, tgt), rule, visitor, tStart, ca, cb, lang)
	ev.subj, ev.obj = src, tgt
	for i, x := range more {
		for _, y := range append([]*actor.Mention{src, tgt}, more[:i]...) {
			if !ok || x.Country == y.Country {
				continue
			}
			if ev2, ok2 := c.finish(d, ar, s, h, c.mkSide(d, x), c.mkSide(d, y), rule+"; a list of parties", visitor, tStart, ca, cb, lang); ok2 {
				ev.also = append(ev.also, ev2)
			}
		}
	}
	if ok && alsoSrc != nil && alsoSrc.Country != tgt.Country {
		if ev2, ok2 := c.finish(d, ar, s, h, c.mkSide(d, alsoSrc), c.mkSide(d, tgt), rule, visitor, tStart, ca, cb, lang); ok2 {
			ev.also = append(ev.also, ev2)
		}
		for _, q := range alsoMore {
			if q.Country == tgt.Country || q.Country == src.Country || q.Country == alsoSrc.Country {
				continue
			}
			if ev2, ok2 := c.finish(d, ar, s, h, c.mkSide(d, q), c.mkSide(d, tgt), rule+"; a list acts", visitor, tStart, ca, cb, lang); ok2 {
				ev.also = append(ev.also, ev2)
			}
		}
	}
	// "Kyrgyzstan and Tajikistan accused each other", "saling tuding":
	// each side acts on the other.
	// ("Kedua pihak mulai menarik mundur artileri", "both sides pulled
	// back their troops": a withdrawal by both sides is each one's, from
	// the other; not "Both sides released Lao prisoners", done to a
	// third.)
	if ok && ev.Directed && ev.Type != "CONSULT" && (reciprocal(ws, h) || src.Kind == actor.MBoth && ev.Type == "RETREAT" && (tgt == src || ev.Target.Country == ar.Main[0] || ev.Target.Country == ar.Main[1])) {
		ev2 := ev
		ev2.also = nil
		ev2.Source, ev2.Target = ev.Target, ev.Source
		ev2.Rule += "; each other"
		ev.also = append(ev.also, ev2)
	}
	// "received the ambassadors of Mongolia and Cuba", "met the envoys of
	// A, B and C": each coordinated object is a party of its own.
	// (Not after a posting, whose list of countries is the envoy's:
	// "Director for Indonesia and Timor-Leste".)
	if ok && src.Kind != actor.MBoth && tgt != src && tgt.Posting == "" {
		last, seen := tgt, map[string]bool{src.Country: true, tgt.Country: true}
		for k := range ms {
			m := &ms[k]
			if m.W0 < last.W1 || m == last {
				continue
			}
			if m.W0 >= cb || !eligible(m) || m.Modifier || m.Loc != tgt.Loc || !coordinated(ws, last.W1, m.W0) {
				break
			}
			last = m
			if seen[m.Country] || m.Kind == actor.MBoth {
				continue
			}
			seen[m.Country] = true
			// (The copy keeps the first object's orientation: a host
			// receiving several envoys is the target of each.)
			ms := c.mkSide(d, m)
			sd := doc.Side{Actor: ms.actorID, Name: ms.name, Country: ms.country, Sector: ms.sector}
			ev2 := ev
			ev2.also = nil
			ev2.Rule += "; A, B and C"
			if ev.Target.Country == tgt.Country {
				ev2.Target = sd
			} else if ev.Source.Country == tgt.Country {
				ev2.Source = sd
			} else {
				continue
			}
			ev.also = append(ev.also, ev2)
		}
	}
	return ev, ok
}

// possessivePronounBefore reports whether a possessive pronoun stands
// before a noun trigger, perhaps with a modifier between: "his meeting",
// "her bilateral talks".
func possessivePronounBefore(ws []lexicon.Word, w0 int) bool {
	for w := w0 - 1; w >= 0 && w >= w0-2; w-- {
		switch ws[w].Lower {
		case "his", "her":
			return true
		case "bilateral", "official", "first", "recent", "separate", "earlier", "private", "working":
		default:
			return false
		}
	}
	return false
}

// igoParty reports whether an intergovernmental body acts in the story
// (the EU, ASEAN): the story's two countries are then not its only sides.
func igoParty(ar *actor.Result) bool {
	for si := range ar.Sentences {
		for _, m := range ar.Sentences[si].Mentions {
			if m.Kind == actor.MIGO && !m.Loc && !m.Modifier {
				return true
			}
		}
	}
	return false
}

// answersOtherSide reports whether a rejection's object is the other
// side's act: "dismissed the accusations", "menolak tuduhan tersebut".
func answersOtherSide(ws []lexicon.Word, h hit) bool {
	from := h.w0 // (the trigger may hold the noun: "denied the allegation")
	// ("called the accusations groundless"; in the passive, "Tudingan
	// itu dibantah Kepolisian Kamboja", "The claims were denied by".)
	if h.tr.Flags["objbefore"] || h.passive || h.w0 > 0 && isBe(ws[h.w0-1].Lower) {
		from = max(h.w0-3, 0)
	}
	for k := from; k < len(ws) && k <= h.w1+6; k++ {
		switch ws[k].Lower {
		case "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "sanctions", "protest", "account", "version",
			"demand", "demands", "request", "criticism", "remarks", "statement", "report", "reports",
			"tuduhan", "tudingan", "klaim", "protes", "tuntutan", "permintaan", "sanksi", "kritik", "kecaman", "pernyataan", "laporan",
			// ("membantah bahwa peluru itu berasal dari pasukan
			// pemerintah", "denied that its troops fired": a denial.)
			"bahwa", "that":
			return true
		}
	}
	return false
}

// hasTargetAfter reports whether a party other than the two coordinated
// subjects follows the trigger in its clause.
func (c *Coder) hasTargetAfter(ms []actor.Mention, h hit, cb int, a, b *actor.Mention) bool {
	for k := range ms {
		m := &ms[k]
		if m.W0 >= h.w1 && m.W0 < cb && m.Country != "" && m.Country != a.Country && m.Country != b.Country && !m.Modifier {
			return true
		}
	}
	return false
}

// finish resolves "both sides", orients hosts and visitors, checks aid
// objects and builds the candidate.
func (c *Coder) finish(d *doc.Document, ar *actor.Result, s *actor.Sentence, h hit, ss, ts side, rule string, visitor, tStart, ca, cb int, lang string) (cand, bool) {
	ws := s.Words
	sym := h.tr.Flags["sym"]
	// "berbicara dalam sesi debat umum Dewan HAM PBB": to speak at a
	// forum is no talk with the body that holds it; "berbicara dengan X"
	// is.
	if ws[h.w0].Lower == "berbicara" && ts.m != nil && ts.m.Prep != "dengan" && ts.m.Prep != "bersama" && ts.m.Prep != "kepada" && !strings.Contains(rule, "A and B") {
		return cand{}, false
	}
	var alsoSide *side   // the second of both sides acting on a third party
	var alsoTarget *side // the second of both sides a third party acts on
	// "the three countries agreed", "ketiga negara sepakat": every pair
	// of the story's last three-party act, or each of them on a third.
	if ss.both && ss.m != nil && ss.m.Role == "three" {
		g := h.group
		if len(g) < 3 {
			return cand{}, false
		}
		h.group = nil
		var first cand
		ok := false
		add := func(a, b side) {
			if ev, ok2 := c.finish(d, ar, s, h, a, b, rule+"; the three", visitor, tStart, ca, cb, lang); ok2 {
				if !ok {
					first, ok = ev, true
				} else {
					first.also = append(first.also, ev)
				}
			}
		}
		for i := range g {
			switch {
			case ts.both:
				for j := i + 1; j < len(g); j++ {
					add(c.countrySide(d, g[i]), c.countrySide(d, g[j]))
				}
			case !slices.Contains(g, ts.country):
				add(c.countrySide(d, g[i]), ts)
			}
		}
		return first, ok
	}
	if ss.both || ts.both {
		a, b := ar.Main[0], ar.Main[1]
		if a == "" || b == "" {
			return cand{}, false
		}
		switch {
		case ss.both && ts.both:
			ss, ts = c.countrySide(d, a), c.countrySide(d, b)
		case ss.both && ts.country != a && ts.country != b && ts.country != "":
			// "The two sides condemned North Korea": each acts on a third.
			ss = c.countrySide(d, a)
			bs := c.countrySide(d, b)
			alsoSide = &bs
		case ss.both:
			other := a
			if ts.country == a {
				other = b
			}
			ss = c.countrySide(d, other)
		case ss.country != a && ss.country != b && ss.country != "":
			// "ECOWAS urged both countries to show restraint": a third
			// party acts on each.
			ts = c.countrySide(d, a)
			bs := c.countrySide(d, b)
			alsoTarget = &bs
		default:
			other := a
			if ss.country == a {
				other = b
			}
			ts = c.countrySide(d, other)
		}
		rule += "; both sides"
	}
	if ss.country == "" || ts.country == "" || ss.country == ts.country {
		return cand{}, false
	}
	ev := cand{}
	ev.Type = h.tr.Type
	ev.Mode = h.tr.Mode
	ev.Status = doc.Reported
	ev.Directed = !sym || ev.Type == "CONSULT" || ev.Type == "SUPPORT" && !sym
	if ev.Type == "AGREE" || ev.Type == "COOPERATE" {
		ev.Directed = false
	}
	if h.light != nil && h.light.Mode != "" {
		ev.Mode = h.light.Mode
	}
	if h.phone {
		ev.Mode = "phone"
	}
	// Hosts and visitors: "X received Y" and "met visiting Y" code Y -> X.
	// "received the equipment from Y" hosts nobody: the visitor follows
	// the verb at once.
	if h.tr.Flags["recv"] && ts.m != nil && !onlyVisitWords(ws, h.w1, ts.m.W0) {
		return cand{}, false
	}
	if h.tr.Flags["recv"] {
		ss, ts = ts, ss
		ev.Mode = "visit"
		ev.strong = true
		if h.tr.Flags["phone"] {
			ev.Mode = "phone"
			rule += "; the caller calls the receiver"
		} else {
			rule += "; host receives visitor"
		}
	} else if visitor >= 0 || ts.m != nil && precededByVisiting(ws, ts.m) {
		ss, ts = ts, ss
		ev.Mode = "visit"
		ev.strong = true
		rule += "; visiting target"
	} else if h.tr.Flags["visit"] {
		ev.strong = true
	} else if ev.Type == "CONSULT" && ss.m != nil && asHost(ws, ss.m) {
		// "X, selaku tuan rumah, menerima ...", "X, as host, met Y": the
		// host is the one visited.
		ss, ts = ts, ss
		ev.strong = true
		rule += "; the subject is the host"
	} else if ev.Type == "CONSULT" && ts.m != nil && asHost(ws, ts.m) {
		ev.strong = true
		rule += "; the other side is the host"
	} else if ev.Type == "CONSULT" && ss.m != nil && travelled(ws, ss.m) {
		// "Gen. Yoon, who flew to Abu Dhabi for the ceremony, held talks
		// with ...": the one who travelled is the visitor.
		ev.Mode = "visit"
		ev.strong = true
		rule += "; the subject travelled"
	}
	if ev.Type == "CONSULT" && ev.Mode == "" {
		if ss.country == "IGO" || ts.country == "IGO" {
			ev.Mode = "multilateral"
		}
	}
	if ev.Type == "CONSULT" && ev.Mode == "host" {
		ev.Mode = "visit"
	}
	// "expelled 30 Indonesian workers", "ordered two Vietnamese nationals
	// to leave": sending private people out of the country deports them
	// (CAMEO 174, coercion); only expelling diplomats cuts relations.
	if ev.Type == "SANCTION" && ts.m != nil && privatePeople(ws, ts.m) {
		if ev.Mode == "expel" {
			ev.Type, ev.Mode = "COERCE", "deport"
			rule += "; private people sent out are deported"
		} else {
			// "sanksi bagi nelayan Vietnam": penalties on private
			// people or their boats coerce them.
			ev.Type, ev.Mode = "COERCE", ""
			rule += "; private people penalised"
		}
	}
	// Aid needs something given ("The aid ... was handed over": a
	// passive's subject counts).
	aidFrom := tStart - 3
	if tStart > 0 && isBe(ws[tStart-1].Lower) || h.passive {
		aidFrom = tStart - 12
	}
	if aidFrom < ca {
		aidFrom = ca
	}
	aidTo := h.w1 + 14
	if aidTo > cb {
		aidTo = cb
	}
	// (Boats and aircraft handed over are aid; sent, they are a show of
	// force: "sent three coast guard vessels to the shoal".)
	// "PDRM menyerahkan Darmawan Sutejo, terpidana kasus korupsi
	// pengadaan alat kesehatan, kepada Polri", "handed over 37 nationals
	// to the embassy": people handed over are no aid, whatever their
	// story names; the two states work together.
	// (Not a giving verb's recipient: "had given young Acehnese the
	// chance".)
	// ("Manalo was handed over ... by officers of Indonesia's
	// Directorate General of Immigration", "buronan itu diserahkan
	// kepada Polri": or a passive's subject.)
	passiveAid := passiveAt(h, ws, tStart)
	if h.tr.Flags["aid"] && (handoverWord(ws[h.w0].Lower) || h.tr.Phrase == "serah") && (!passiveAid && personObject(s, h.w1) || passiveAid && personSubject(s, ca, tStart)) {
		ev.Type, ev.Mode, ev.Directed = "COOPERATE", "", false
		rule += "; people handed over"
	} else if h.tr.Flags["aid"] && !c.hasAidObject(ws, aidFrom, aidTo, lang) && (sendWords[ws[h.w0].Lower] || !wordIn(ws, aidFrom, aidTo, craftWords)) {
		return cand{}, false
	}

	ev.Source = doc.Side{Actor: ss.actorID, Name: ss.name, Country: ss.country, Sector: ss.sector}
	ev.Target = doc.Side{Actor: ts.actorID, Name: ts.name, Country: ts.country, Sector: ts.sector}
	if ss.m != nil && ss.m.Org != "" && ss.country == "IGO" && ev.Source.Name == "" {
		ev.Source.Name = ss.m.Org
	}
	ev.Rule = rule
	if alsoSide != nil && alsoSide.country != ev.Target.Country {
		ev2 := ev
		ev2.also = nil
		ev2.Source = doc.Side{Actor: alsoSide.actorID, Name: alsoSide.name, Country: alsoSide.country, Sector: alsoSide.sector}
		ev.also = append(ev.also, ev2)
	}
	if alsoTarget != nil && alsoTarget.country != ev.Source.Country {
		ev2 := ev
		ev2.also = nil
		ev2.Target = doc.Side{Actor: alsoTarget.actorID, Name: alsoTarget.name, Country: alsoTarget.country, Sector: alsoTarget.sector}
		ev.also = append(ev.also, ev2)
	}
	return ev, true
}

func (c *Coder) countrySide(d *doc.Document, iso string) side {
	return side{country: iso, name: c.alx.CountryName(iso)}
}

func complementBefore(ws []lexicon.Word, a, b int) bool {
	return wordIn(ws, a, b, complementWords)
}

// agentNouns stand between an Indonesian passive verb and its agent:
// "ditangkap aparat X", "diserang pasukan X".
var agentNouns = map[string]bool{"aparat": true, "petugas": true, "pasukan": true, "tentara": true, "polisi": true, "otoritas": true, "pihak": true}

// sendVerbAt returns the index of the last verb of sending a message in
// ws[a:b] (see sentBefore), or -1.
func sendVerbAt(ws []lexicon.Word, a, b int) int {
	for k := b - 1; k >= a; k-- {
		if sentBefore(ws, k, k+1) {
			return k
		}
	}
	return -1
}

// sentBefore reports a verb of sending a message in ws[a:b]: a request
// purpose clause after it was made.
func sentBefore(ws []lexicon.Word, a, b int) bool {
	for k := a; k < b; k++ {
		switch ws[k].Lower {
		case "sent", "delivered", "handed", "wrote", "transmitted", "submitted", "conveyed", "forwarded", "contacted", "approached", "mengirim", "mengirimkan", "menyampaikan", "menyerahkan", "melayangkan", "menyurati", "menghubungi":
			return true
		}
	}
	return false
}

// bareAgent reports whether only a few common nouns stand between an
// Indonesian passive verb and a mention: "ditangkap X", "ditangkap aparat
// X", "ditangkap kapal patroli X", "ditangkap anggota X".
func bareAgent(ws []lexicon.Word, a, m int) bool {
	if m-a > 3 {
		return false
	}
	for k := a; k < m; k++ {
		w := ws[k]
		if w.Cap || w.Kind != doc.Word {
			return false
		}
		switch w.Lower {
		// ("diserahkan kepada Bulan Sabit Merah Mesir": the one it was
		// handed to, no agent.)
		case "di", "ke", "dari", "pada", "untuk", "dengan", "karena", "yang", "dan", "saat", "ketika", "oleh", "kepada", "terhadap", "bagi", "atas", "melalui", "sebagai":
			return w.Lower == "oleh"
		}
	}
	return true
}

// byBefore reports "by"/"oleh" followed only by lower-case words up to
// word m (at most three): "oleh kapal patroli X", "by a patrol of X".
func byBefore(ws []lexicon.Word, from, m int) bool {
	for k := m - 1; k >= from && k >= m-4; k-- {
		if l := ws[k].Lower; l == "by" || l == "oleh" {
			return true
		}
		if ws[k].Cap || ws[k].Kind != doc.Word {
			return false
		}
	}
	return false
}

// duringMeeting reports a sentence that opens by placing itself in a
// meeting just told: "During the call", "At the meeting", "Dalam
// pertemuan itu".
func duringMeeting(sent string) bool {
	l := strings.ToLower(sent)
	for _, p := range []string{"during the call", "during the meeting", "during the talks", "during their", "at the meeting", "in the meeting",
		"during the visit", "during the courtesy call", "at the end of the meeting", "at the end of the talks", "at the close of the meeting", "on the sidelines of the meeting",
		"dalam pertemuan", "pada pertemuan", "dalam pembicaraan", "dalam kunjungan", "pada kesempatan itu", "dalam kesempatan itu", "dalam kesempatan tersebut",
		"di akhir pertemuan", "pada akhir pertemuan", "di sela pertemuan"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	// "... signed the exchange of notes after the meeting": anywhere in
	// the sentence.
	for _, p := range []string{"after the meeting", "after the talks", "after their meeting", "after their talks", "following the meeting", "following the talks",
		"usai pertemuan", "seusai pertemuan", "setelah pertemuan", "usai pembicaraan", "seusai pembicaraan"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// withPreps introduce the other party of a meeting or agreement.
var withPreps = map[string]bool{"with": true, "dengan": true, "bersama": true}

// ordinal reports "1st", "4th", "22nd", "ke-4".
func ordinal(l string) bool {
	if strings.HasPrefix(l, "ke-") {
		return true
	}
	n := len(l)
	return n >= 3 && l[0] >= '0' && l[0] <= '9' && (strings.HasSuffix(l, "st") || strings.HasSuffix(l, "nd") || strings.HasSuffix(l, "rd") || strings.HasSuffix(l, "th"))
}

// lightBefore reports a light verb among the hits ending at most six
// words before word i.
func lightBefore(hits []hit, i int) bool {
	if len(hits) == 0 {
		return false
	}
	h := hits[len(hits)-1]
	return h.tr.Type == "" && h.w1 <= i && i-h.w1 <= 6
}

// glossAfter reports whether the word at a opens parentheses that are
// still open at b: a mention at b glosses the one ending at a.
func glossAfter(ws []lexicon.Word, a, b int) bool {
	if a >= len(ws) || ws[a].Text != "(" || b-a > 6 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if ws[k].Text == ")" {
			return false
		}
	}
	return true
}

// attribution reports a mention that only sources the report: "Dubes
// Fairuz, menurut Rizky, berjanji", "according to the ministry".
func attribution(ws []lexicon.Word, m *actor.Mention) bool {
	if m.Prep == "menurut" || m.Prep == "kata" || m.Prep == "ujar" {
		return true
	}
	return m.Prep == "to" && m.W0 >= 2 && ws[m.W0-2].Lower == "according"
}

// reasonBefore reports a word introducing the reason of praise or blame in
// ws[a:b]: "for", "atas", "over".
func reasonBefore(ws []lexicon.Word, a, b int) bool {
	for k := a; k < b; k++ {
		switch ws[k].Lower {
		case "for", "atas", "over", "karena", "terkait", "soal", "mengenai", "regarding":
			return true
		}
	}
	return false
}

// praiseReasonBefore reports a word of praise or thanks followed by the
// reason ("mengapresiasi ... atas", "thanked ... for") before word at.
func praiseReasonBefore(ws []lexicon.Word, at int) bool {
	praise := false
	for k := 0; k < at; k++ {
		l := ws[k].Lower
		switch {
		case strings.Contains(l, "apresiasi") || strings.HasPrefix(l, "terima") || strings.HasPrefix(l, "thank") || strings.HasPrefix(l, "prais") || strings.HasPrefix(l, "congratulat") || strings.Contains(l, "puji"):
			praise = true
		case praise && (l == "atas" || l == "for"):
			return true
		}
	}
	return false
}

// conditionAfter reports a condition after word w: "will be sent next
// week if needed" promises nothing yet.
func conditionAfter(ws []lexicon.Word, w int) bool {
	for k := w; k < len(ws); k++ {
		switch ws[k].Lower {
		case "if", "unless", "apabila", "jika", "bila", "kalau", "seandainya":
			return true
		}
	}
	return false
}

// endWord reports words that make the date after them an end: "through
// Wednesday", "until Friday", "hingga Rabu".
func endWord(l string) bool {
	switch l {
	case "through", "until", "till", "thru", "hingga", "sampai":
		return true
	}
	return false
}

// wordAt returns the index of the first word starting at or after off.
func wordAt(ws []lexicon.Word, off int) int {
	for k := range ws {
		if ws[k].Span.Start >= off {
			return k
		}
	}
	return len(ws)
}

// relativeBefore reports a relative pronoun in ws[a:b]: yang, which, who.
func relativeBefore(ws []lexicon.Word, a, b int) bool {
	return wordIn(ws, a, b, relativeWords)
}

// commaRelativeBefore reports whether b stands inside an English
// relative clause opened by ", which", ", who" in [a, b) and not yet
// closed by a comma.
func commaRelativeBefore(ws []lexicon.Word, a, b int) bool {
	inside := false
	for k := a + 1; k < b; k++ {
		switch l := ws[k].Lower; {
		case (l == "which" || l == "who" || l == "whose") && ws[k-1].Text == ",":
			inside = true
		case l == "," && inside:
			inside = false // the clause closed: "X, who doubles as ..., in Seoul"
		}
	}
	return inside
}

// coordinated reports whether only a conjunction (with commas or "the")
// stands between two mentions: "A and B", "A, B dan C". A comma alone
// ("Selain bertemu X, Y menuju ...") joins clauses, not parties.
// listComma reports that ws[a:b] separates two members of a list with
// a comma only: "Indonesia, Malaysia and ...".
func listComma(ws []lexicon.Word, a, b int) bool {
	comma := false
	for k := a; k < b; k++ {
		switch ws[k].Lower {
		case ",":
			comma = true
		case "the", ")":
		case "(":
			e := lexicon.CloseParen(ws, k, b, 8)
			if e < 0 {
				return false
			}
			k = e
		default:
			return false
		}
	}
	return comma
}

func coordinated(ws []lexicon.Word, a, b int) bool {
	if b <= a {
		return false
	}
	conj := false
	for k := a; k < b; k++ {
		switch ws[k].Lower {
		case "and", "dan", "serta", "&", "beserta", "bersama", "bersama-sama":
			// ("Polri bersama AFP menggagalkan": together with.)
			conj = true
		case "with":
			if k == a || ws[k-1].Lower != "together" {
				return false
			}
			conj = true
		case ",", "the", ")", "together", "his", "her", "their", "its":
			// (")" closes a gloss: "Kepolisian Negara Republik Indonesia
			// (Polri) dan ...".)
			// ("X and his Philippine counterpart Y agreed".)
		case "seorang", "dua", "tiga", "empat", "lima", "warga", "negara":
			// ("dua warga negara Rusia dan seorang warga negara Nigeria":
			// a count and the nationals' noun.)
		case "(":
			e := lexicon.CloseParen(ws, k, b, 8)
			if e < 0 {
				return false
			}
			k = e
		default:
			return false
		}
	}
	return conj
}

func isBe(w string) bool {
	switch w {
	case "was", "were", "been", "is", "are", "be", "being":
		return true
	}
	return false
}

// travelled reports a mention followed by a clause saying it travelled:
// ", who flew to X", ", who arrived in X", "yang tiba di X".
func travelled(ws []lexicon.Word, m *actor.Mention) bool {
	k := m.W1
	if k < len(ws) && ws[k].Text == "," {
		k++
	}
	if k >= len(ws) || ws[k].Lower != "who" && ws[k].Lower != "yang" {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+3; j++ {
		switch ws[j].Lower {
		case "flew", "travelled", "traveled", "arrived", "tiba", "terbang", "berkunjung", "visiting":
			return true
		}
	}
	return false
}

func followedByVisiting(ws []lexicon.Word, m *actor.Mention) bool {
	k := m.W1
	if k < len(ws) && ws[k].Lower == "yang" {
		k++
		if k < len(ws) && (ws[k].Lower == "sedang" || ws[k].Lower == "tengah" || ws[k].Lower == "sementara") {
			k++
		}
		return k < len(ws) && (ws[k].Lower == "berkunjung" || ws[k].Lower == "melakukan" && k+1 < len(ws) && strings.HasPrefix(ws[k+1].Lower, "kunjungan"))
	}
	if k < len(ws) && ws[k].Text == "," {
		k++
	}
	return k+1 < len(ws) && (ws[k].Lower == "who" && (ws[k+1].Lower == "is" || ws[k+1].Lower == "was") && k+2 < len(ws) && ws[k+2].Lower == "visiting")
}

// beneficiaryBefore reports that m is whom a thing is for: "untuk warga
// Gaza, Palestina", "for the people of Gaza".
func beneficiaryBefore(ws []lexicon.Word, m *actor.Mention) bool {
	for k := m.W0 - 1; k >= 0 && k >= m.W0-5; k-- {
		switch ws[k].Lower {
		case "untuk", "for", "bagi":
			return true
		case "dari", "from", "oleh", "by", "kepada", "to":
			return false
		}
	}
	return false
}

// handoverWord reports a verb of handing over: "menyerahkan", "handed",
// "transferred".
func handoverWord(l string) bool {
	return strings.Contains(l, "serah") || strings.HasPrefix(l, "hand") || strings.HasPrefix(l, "transfer")
}

// personObject reports a person or a group of people named at word w,
// after perhaps an article or a count: what a verb there hands over.
func personObject(s *actor.Sentence, w int) bool {
	ws := s.Words
	for w < len(ws) && (ws[w].Lower == "the" || ws[w].Lower == "a" || ws[w].Lower == "terima" || ws[w].Kind == doc.Number) {
		w++
	}
	for i := range s.Mentions {
		if m := &s.Mentions[i]; m.W0 == w && (m.Kind == actor.MPerson || m.Kind == actor.MGroup) {
			return true
		}
	}
	// ("118 Thai nationals", "38 WNI korban TPPO", "the suspect": people
	// by a noun, perhaps after their nationality.)
	// (Not their possessor: "the victims' relief goods".)
	for k := w; k < len(ws) && k <= w+1; k++ {
		if peopleNouns[ws[k].Lower] {
			return !(k+1 < len(ws) && (ws[k+1].Text == "'s" || ws[k+1].Text == "'"))
		}
	}
	return false
}

// aidSubject reports a word of aid in ws[a:b] that is no part of a name:
// in lower case, or opening the clause ("Bantuan Indonesia ...").
// (Not a team that brings it: "Tim bantuan kemanusiaan Jepang tiba di
// Jakarta".)
func (c *Coder) aidSubject(ws []lexicon.Word, a, b int, lang string) bool {
	aid := c.lx.aid[lang]
	for k := a; k < b; k++ {
		if teamWords[ws[k].Lower] {
			return false
		}
		if aid[ws[k].Lower] && (!ws[k].Cap || k == a || ws[k-1].Kind != doc.Word) {
			return true
		}
	}
	return false
}

// teamWords head a group of people: what they bring does not arrive
// without them.
var teamWords = map[string]bool{"team": true, "teams": true, "delegation": true, "mission": true, "personnel": true, "tim": true, "delegasi": true,
	"rombongan": true, "misi": true, "personel": true, "relawan": true, "volunteers": true}

// otherSide returns the story's side that is not c.
func otherSide(ar *actor.Result, c string) string {
	if c == ar.Main[0] {
		return ar.Main[1]
	}
	return ar.Main[0]
}

// passiveAt reports a trigger in the passive: an Indonesian di- verb, or
// an English one after "be" ("were freed", "was handed over").
func passiveAt(h hit, ws []lexicon.Word, tStart int) bool {
	return h.passive || tStart > 0 && isBe(ws[tStart-1].Lower) || tStart > 1 && isBe(ws[tStart-2].Lower)
}

// agentPreps introduce a passive's agent.
var agentPreps = map[string]bool{"by": true, "oleh": true}

// detentionWords tell of people held: "freed from immigration detention",
// "dibebaskan tanpa dakwaan dari depot imigresen".
var detentionWords = map[string]bool{"detention": true, "custody": true, "prison": true, "jail": true, "depot": true, "detained": true, "charges": true,
	"charge": true, "detensi": true, "tahanan": true, "penjara": true, "imigresen": true, "ditahan": true, "dakwaan": true, "rutan": true, "lapas": true}

// peopleOpen reports a sentence whose first words name people held,
// freed or moved ("Enam nelayan asal Batam ...", "The 11 crew members
// ..."): a "they" after it is them.
func peopleOpen(ar *actor.Result, si int) bool {
	if si < 0 || si >= len(ar.Sentences) {
		return false
	}
	ws := ar.Sentences[si].Words
	return wordIn(ws, 0, min(len(ws), 8), peopleNouns)
}

// personBetween reports a person or group mention with a country within
// words [a, b).
func personBetween(ms []actor.Mention, a, b int) bool {
	for i := range ms {
		if m := &ms[i]; m.W0 >= a && m.W1 <= b && (m.Kind == actor.MPerson || m.Kind == actor.MGroup) && m.Country != "" {
			return true
		}
	}
	return false
}

// personSubject reports a person or people named just before word t,
// the subject of a passive there: "Manalo was handed over", "the 37
// victims were handed over".
func personSubject(s *actor.Sentence, from, t int) bool {
	ws := s.Words
	k := t - 1
	for k >= from && (isBe(ws[k].Lower) || ws[k].Lower == "then" || ws[k].Lower == "later" || ws[k].Lower == "kemudian" || ws[k].Lower == "itu" || ws[k].Lower == "tersebut") {
		k--
	}
	if k < from {
		return false
	}
	// (Not whom a thing is for: "Relief goods for the victims were
	// handed over", "bantuan untuk para korban diserahkan".)
	for j := k - 1; j >= from && j >= k-3; j-- {
		if l := ws[j].Lower; l == "for" || l == "untuk" || l == "bagi" {
			return false
		}
	}
	if peopleNouns[ws[k].Lower] {
		return true
	}
	for i := range s.Mentions {
		if m := &s.Mentions[i]; m.W1 == k+1 && (m.Kind == actor.MPerson || m.Kind == actor.MGroup) {
			return true
		}
	}
	return false
}

// heldObject reports people held named at word w, after perhaps a
// determiner, a count and their nationality: "the seven fishermen",
// "ketujuh nelayan itu", "dua WNI"; not "paspor pekerja".
func heldObject(ws []lexicon.Word, w, end int) bool {
	for k := w; k < end && k < w+4; k++ {
		l := ws[k].Lower
		if heldNationals[l] {
			return true
		}
		if ws[k].Kind == doc.Number || ws[k].Cap || countWords[l] || l == "the" || l == "its" || l == "their" || l == "para" || l == "sejumlah" {
			continue
		}
		return false
	}
	return false
}

// countWords count people: "seven", "ketujuh", "puluhan".
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"dozens": true, "hundreds": true, "dua": true, "tiga": true, "empat": true, "lima": true, "enam": true, "tujuh": true, "delapan": true, "sembilan": true,
	"sepuluh": true, "kedua": true, "ketiga": true, "keempat": true, "kelima": true, "keenam": true, "ketujuh": true, "puluhan": true, "ratusan": true, "belasan": true}

// heldNationals name people held for what they did as private people
// of a country, not suspects of a crime: fishermen, crew, workers.
var heldNationals = map[string]bool{"nationals": true, "fishermen": true, "crew": true, "sailors": true,
	"wni": true, "nelayan": true, "pmi": true, "abk": true}

// peopleNouns name people handed over: nationals, victims, suspects.
var peopleNouns = map[string]bool{"nationals": true, "citizens": true, "victims": true, "suspect": true, "suspects": true, "fugitive": true,
	"fugitives": true, "fishermen": true, "migrants": true, "crew": true, "sailors": true, "convict": true, "detainees": true, "prisoners": true,
	"wni": true, "korban": true, "buronan": true, "buron": true, "tersangka": true, "terpidana": true, "nelayan": true, "pmi": true, "abk": true,
	"tahanan": true, "narapidana": true, "warga": true}

// planWordBefore reports a word that plans ("will", "scheduled", "akan",
// "dijadwalkan") before byte pos in its sentence.
func planWordBefore(ws []lexicon.Word, pos int) bool {
	at := wordAt(ws, pos)
	return wordIn(ws, 0, at, plannedEN) || wordIn(ws, 0, at, plannedID)
}

func precededByVisiting(ws []lexicon.Word, m *actor.Mention) bool {
	for k := m.W0 - 1; k >= 0 && k >= m.W0-2; k-- {
		// ("before visiting a Maritime Self-Defense Force base": a verb
		// with its object, not a visitor.)
		if l := ws[k].Lower; l == "a" || l == "an" || l == "the" {
			return false
		}
		if ws[k].Lower == "visiting" {
			return true
		}
	}
	return false
}

func (c *Coder) hasAidObject(ws []lexicon.Word, from, to int, lang string) bool {
	aid := c.lx.aid[lang]
	for k := from; k < to; k++ {
		if aid[ws[k].Lower] || ws[k].Kind == doc.Symbol && (ws[k].Text == "$" || ws[k].Text == "€") {
			return true
		}
	}
	return false
}

// thanksBefore returns the mentions thanked earlier in the sentence
// ("berterima kasih kepada Lavrov karena membawa ...").
func (c *Coder) thanksBefore(s *actor.Sentence, h hit, lang string) []*actor.Mention {
	var out []*actor.Mention
	for k := 0; k < h.w0; k++ {
		l := s.Words[k].Lower
		if l == "thanked" || l == "thanks" || l == "kasih" || l == "mengapresiasi" || l == "thank" {
			for mi := range s.Mentions {
				m := &s.Mentions[mi]
				if m.W0 > k && m.W1 <= h.w0 && !m.Loc && m.Country != "" {
					out = append(out, m)
					break
				}
			}
		}
	}
	return out
}

var (
	plannedEN = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true, "plans": true, "planned": true, "plan": true, "scheduled": true, "expected": true,
		"upcoming": true, "future": true, "next": true, "intends": true, "set": true, "later": true, "forthcoming": true, "ready": true, "willing": true}
	plannedID = map[string]bool{"akan": true, "hendak": true, "berencana": true, "rencana": true, "direncanakan": true, "dijadwalkan": true, "terjadwal": true,
		"mendatang": true, "depan": true, "rencananya": true, "bakal": true, "siap": true, "bersedia": true}
	negEN   = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "none": true, "nobody": true, "neither": true, "cancelled": true, "canceled": true, "failed": true, "without": true, "postponed": true, "called": false}
	negID   = map[string]bool{"tidak": true, "tak": true, "belum": true, "bukan": true, "batal": true, "gagal": true, "urung": true, "ditunda": true, "tanpa": true}
	hypoEN  = map[string]bool{"if": true, "could": true, "may": true, "might": true, "should": true, "hope": true, "hopes": true, "hoped": true, "hoping": true, "wish": true, "wants": true, "want": true, "seek": true, "seeks": true, "aims": true, "aim": true, "ready": true, "can": true, "must": true, "need": true, "needs": true, "would": false, "urged": true, "calls": true, "asked": true, "eager": true, "potential": true, "opportunities": true, "willing": true, "willingness": true}
	hypoID  = map[string]bool{"jika": true, "apabila": true, "kalau": true, "berharap": true, "harap": true, "mengharapkan": true, "ingin": true, "bisa": true, "dapat": true, "perlu": true, "harus": true, "siap": true, "semoga": true, "diharapkan": true, "mendesak": true, "meminta": true, "berpotensi": true, "peluang": true, "terbuka": true}
	notOnly = map[string]bool{"only": true, "hanya": true, "saja": true}
	// requestVerbs ask another to act: what follows them is asked for.
	requestVerbs = map[string]bool{"asked": true, "urged": true, "called": true, "requested": true, "meminta": true, "mendesak": true, "minta": true, "memohon": true}
)

// pastVerbs are irregular past forms that open triggers: "later held
// talks".
var pastVerbs = map[string]bool{"held": true, "met": true, "paid": true, "made": true, "gave": true, "took": true, "sent": true, "told": true, "said": true, "spoke": true, "led": true}

// status reads planned, negated and hypothetical markers before the trigger.
func (c *Coder) status(ev *cand, s *actor.Sentence, h hit, lang string) {
	ws := s.Words
	start := h.w0
	if h.light != nil {
		start = h.lw0
	}
	ca, _ := clause(ws, h)
	from := start - 6
	if from < ca {
		from = ca
	}
	planned, neg, hypo := plannedEN, negEN, hypoEN
	if lang == "id" {
		planned, neg, hypo = plannedID, negID, hypoID
	}
	// (A comma or a conjunction closes what came before: "without
	// authorization, and accused Colombia" is no negated accusation.)
	// (A modal just before a verb joined by "and" governs both: "siap
	// berbagi pengalaman dan memberikan bantuan teknis", "will train
	// and equip".)
	planFrom := from
	andAt := -1 // an "and" that joins the trigger to a verb before it
	for k := start - 1; k > from; k-- {
		// ("mengancam akan mengambil langkah balasan setelah Wellington
		// menjatuhkan sanksi": what comes after "setelah" is done.)
		if l := ws[k].Lower; l == "setelah" || l == "sesudah" || l == "after" || l == "usai" || l == "seusai" || l == "karena" || l == "because" {
			planFrom, from = k+1, k+1
			break
		}
		if l := ws[k].Lower; l == "," || l == ";" || l == "and" || l == "dan" || l == "but" || l == "tetapi" || l == "namun" {
			if l == "and" || l == "dan" {
				andAt = k
				for j := max(from, k-5); j < k; j++ {
					if ws[j].Lower == "," || ws[j].Lower == ";" {
						planFrom = k + 1
					}
				}
				if planFrom < k {
					planFrom = max(from, k-5)
				}
			} else {
				planFrom = k + 1
			}
			from = k + 1
			break
		}
	}
	if ev.Status == doc.Reported && ev.Type != "THREATEN" && planFrom < from && wordIn(ws, planFrom, from, planned) {
		ev.Status = doc.Planned
	}
	// ("meminta Kepolisian Kamboja menangkap dan menyerahkan BS", "asked
	// Manila to arrest and hand over X": a verb joined by "and" to one
	// asked for is asked for too.)
	if ev.Status == doc.Reported && ev.Type != "REQUEST" && andAt >= 0 && wordIn(ws, max(ca, andAt-6), andAt, requestVerbs) {
		ev.Status = doc.Hypothetical
	}
	// "is scheduled to pay a courtesy call on X on Saturday before
	// visiting a naval base": what is done before a planned act is
	// planned too.
	if ev.Status == doc.Reported && start > 0 && (ws[start-1].Lower == "before" || ws[start-1].Lower == "sebelum") && wordIn(ws, ca, start, planned) {
		ev.Status = doc.Planned
	}
	for k := from; k < start; k++ {
		l := ws[k].Lower
		// ("on May 14 signed": the month, not the modal.)
		if l == "may" && (ws[k].Cap || k+1 < len(ws) && ws[k+1].Kind == doc.Number) {
			continue
		}
		// ("The plan was signed", "the 2025 cooperation plan": a plan as
		// a thing; "plans to visit" plans.)
		if (l == "plan" || l == "plans") && !(k+1 < len(ws) && ws[k+1].Lower == "to") && !(k > 0 && (ws[k-1].Lower == "to" || plannedEN[ws[k-1].Lower] || hypoEN[ws[k-1].Lower])) {
			continue
		}
		// ("Later the same day X was received", "later that day": a
		// later hour of a day told, not the future.)
		if l == "later" && k+2 < len(ws) && (ws[k+1].Lower == "that" || ws[k+1].Lower == "the" && ws[k+2].Lower == "same" || ws[k+1].Lower == "in" && ws[k+2].Lower == "the") {
			continue
		}
		// ("The police chief later held talks": a past verb after it.)
		if l == "later" && k+1 == start && (strings.HasSuffix(ws[start].Lower, "ed") || pastVerbs[ws[start].Lower]) {
			continue
		}
		switch {
		case neg[l] && !(k+1 < len(ws) && notOnly[ws[k+1].Lower]):
			ev.Status = doc.Negated
		case planned[l] && ev.Type != "THREATEN":
			// (A threat is of what will come: "said it would retaliate"
			// threatens now.)
			if ev.Status == doc.Reported {
				ev.Status = doc.Planned
			}
		case hypo[l] && ev.Type != "REQUEST":
			if ev.Status == doc.Reported {
				ev.Status = doc.Hypothetical
			}
		}
	}
	// "sepakat meningkatkan patroli terkoordinasi", "agreed to expand
	// joint exercises": a joint act or aid agreed on is to come.
	if (ev.Type == "COOPERATE" || ev.Type == "AID") && ev.Status == doc.Reported && wordIn(ws, from, start, agreeWords) {
		ev.Status = doc.Planned
	}
	// "called on the Council to impose sanctions", "untuk menandatangani":
	// an act in an infinitive is wanted, not reported.
	// ("sent a letter to X to ask for Y", "mengirimkan surat ... untuk
	// meminta": a message sent to ask does ask.)
	inf := start
	// ("to help train PNG police", "untuk membantu": the verb under
	// "help" is as wanted as "help" is.)
	if inf > 1 && (ws[inf-1].Lower == "help" || ws[inf-1].Lower == "membantu") {
		inf--
	}
	if inf > 0 {
		switch ws[inf-1].Lower {
		case "to", "untuk", "agar", "supaya":
			// ("made a phone call ... to express his government's
			// solidarity": a call made to say something says it.)
			said := h.light != nil && (ws[h.lw0].Lower == "express" || ws[h.lw0].Lower == "convey" || ws[h.lw0].Lower == "extend" || ws[h.lw0].Lower == "menyampaikan") && (ev.Type == "SUPPORT" || ev.Type == "ACCUSE")
			// ("continues to interfere", "began to shell": an aspect
			// verb reports the act.)
			aspect := inf > 1 && aspectWords[ws[inf-2].Lower]
			// ("prompting Belarus on Thursday to warn": the one made to
			// act did act.)
			caused := false
			for k := inf - 2; k >= ca && k >= inf-7 && ws[k].Kind != doc.Punct; k-- {
				if causeWords[ws[k].Lower] {
					caused = true
					break
				}
			}
			aspect = aspect || caused
			// ("spoke by phone with X on Monday to thank the kingdom": thanks
			// or blame one spoke, wrote or met for were said.)
			// (Past a day's brackets: "bertemu X pada Selasa (14/11) untuk
			// meminta".)
			if ev.Type == "SUPPORT" || ev.Type == "ACCUSE" || ev.Type == "REQUEST" && meetVerbBefore(ws, max(ca, inf-16), inf-1) {
				for k := inf - 2; k >= ca && k >= inf-16 && !(ws[k].Kind == doc.Punct && ws[k].Text != "(" && ws[k].Text != ")"); k-- {
					if spokeWords[ws[k].Lower] {
						said = true
						break
					}
				}
			}
			// ("traveled to Singapore to meet with X": a meeting one
			// travelled for, told in the past, took place.)
			if ev.Type == "CONSULT" {
				for k := inf - 2; k >= ca && k >= inf-8 && ws[k].Kind != doc.Punct; k-- {
					if travelWords[ws[k].Lower] {
						aspect = true
						break
					}
				}
			}
			if ev.Status == doc.Reported && !h.noun && !said && !aspect && !(ev.Type == "REQUEST" && sentBefore(ws, ca, start)) {
				ev.Status = doc.Hypothetical
			}
		}
	}
	// "mendesak Indonesia agar segera mengizinkan Kantor HAM PBB
	// berkunjung ke Papua": what a request asks for after "agar" or
	// "supaya", further on in the clause, is wanted too.
	if ev.Status == doc.Reported && ev.Type != "REQUEST" && lang == "id" && inf > 1 {
		for k := inf - 2; k >= ca && k >= inf-10; k-- {
			if l := ws[k].Lower; (l == "agar" || l == "supaya") && wordIn(ws, max(ca, k-6), k, askWords) {
				ev.Status = doc.Hypothetical
				break
			}
			// ("mendesak Indonesia segera mengizinkan Komisaris Tinggi HAM
			// PBB berkunjung": so is what the one asked is to allow.)
			if l := ws[k].Lower; allowWords[l] && wordIn(ws, max(ca, k-6), k, askWords) {
				ev.Status = doc.Hypothetical
				break
			}
			if ws[k].Kind == doc.Punct {
				break
			}
		}
	}
	// "menyatakan bantuan tahap kedua akan dikirim": a light verb's noun
	// that a future verb follows is what will happen.
	if h.light != nil && ev.Status == doc.Reported {
		for k := h.w1; k < len(ws) && k <= h.w1+5; k++ {
			if l := ws[k].Lower; l == "akan" || l == "will" {
				ev.Status = doc.Planned
				break
			}
			if ws[k].Kind == doc.Punct {
				break
			}
		}
	}
	// "future joint operations", "upcoming visit" right after the trigger's determiner.
	if h.noun || h.light != nil {
		for k := start; k < h.w0; k++ {
			if planned[ws[k].Lower] && ev.Status == doc.Reported {
				ev.Status = doc.Planned
			}
		}
	}
	for k := h.w0 - 2; k < h.w0; k++ {
		if k >= 0 && (ws[k].Lower == "future" || ws[k].Lower == "upcoming" || ws[k].Lower == "mendatang") && ev.Status == doc.Reported {
			ev.Status = doc.Planned
		}
	}
	// A meeting named as the subject, then what became of it: "Pertemuan
	// antara X dan Y yang semula dijadwalkan Kamis batal digelar", "The
	// talks between X and Y were called off".
	if h.noun && h.light == nil && ev.Status == doc.Reported {
		for k := h.w1; k < len(ws) && k < h.w1+25; k++ {
			l := ws[k].Lower
			if l == ";" || l == "akhirnya" || l == "finally" || l == "kata" || l == "said" {
				break
			}
			if calledOff[l] || l == "called" && k+1 < len(ws) && ws[k+1].Lower == "off" {
				ev.Status = doc.Negated
				break
			}
		}
	}
}

// calledOff holds the words that say a meeting named before them did not
// take place.
var calledOff = map[string]bool{"batal": true, "dibatalkan": true, "ditunda": true, "cancelled": true, "canceled": true, "postponed": true, "scrapped": true}

// date picks the date expression nearest the trigger.
func (c *Coder) date(ev *cand, d *doc.Document, dates []when.Expr, h hit, s *actor.Sentence, pub time.Time, havePub bool, yearHint int, dayBefore func(int) string) {
	if len(dates) == 0 {
		return
	}
	tpos := s.Words[h.w0].Span.Start
	best, bestDist := -1, 1<<30
	farPast := false
	quotedTrigger := s.Quoted != nil && h.w0 < len(s.Quoted) && s.Quoted[h.w0]
	during := -1 // duringMeeting of the sentence, read when first needed
	for k, e := range dates {
		// A day after a word of saying is the day the source spoke. It
		// does not date an event told "during the call" ("both sides
		// agreed ..., the spokesperson said in a statement on Thursday"),
		// nor one inside a quote (""Kedua belah pihak sepakat ...," kata
		// X dalam keterangan tertulis, Kamis (16/5)").
		if w := wordAt(s.Words, e.Start); e.Start > tpos && speechWordBetween(s.Words, h.w1, w) {
			// (Unless the quote is the act: ""Kami menyampaikan terima
			// kasih kepada otoritas Myanmar ...," ujar X, Minggu (25/8)".)
			if quotedTrigger && w < len(s.Quoted) && !s.Quoted[w] && !performative(s.Words, h, ev.Type) {
				continue
			}
			if during < 0 {
				during = 0
				if duringMeeting(d.Text[s.Words[0].Span.Start:s.Words[len(s.Words)-1].Span.End]) {
					during = 1
				}
			}
			if during == 1 {
				continue
			}
			// ("South Korea has signed an agreement with Laos and handed
			// over machinery, the ministry said Wednesday": what has been
			// done was done before the day it was told.)
			if perfectBefore(s.Words, h.w0) {
				continue
			}
			// ("The two navies completed three days of patrols, the navy
			// said on Friday": a deed is not done by the telling of it.)
			if deedTypes[ev.Type] || ev.Mode == "sign" {
				continue
			}
		}
		// "a three-day visit through Wednesday", "hingga Rabu": the day a
		// thing ends does not date it.
		if w := wordAt(s.Words, e.Start); w > 0 && endWord(s.Words[w-1].Lower) {
			continue
		}
		// "agreed that the crossing will open from 1 September": a date in
		// the complement clause dates what was agreed, not the agreeing.
		if e.Start > tpos {
			w := h.w1
			for w < len(s.Words) && s.Words[w].Span.Start < e.Start {
				w++
			}
			if complementBefore(s.Words, h.w1, w) {
				continue
			}
			// "held talks ..., according to a statement released on
			// Tuesday": the day the source spoke.
			if accordingBefore(s.Words, h.w1, w) {
				continue
			}
			// "thanked Indonesia for staying in the programme that began
			// in 2010": a year or month in a relative clause after the
			// trigger is that clause's.
			// (Or any day in one set off by a comma some words on that
			// tells of an earlier time: "asked Malaysia to admit 17,000
			// workers, who had failed to enter before the May 31
			// deadline"; not "a visit to Canberra, which started on
			// Tuesday", the trigger's own, nor "X, who is in Singapore on
			// a visit from March 3 to 4".)
			earlierClause := commaRelativeBefore(s.Words, min(h.w1+4, w), w) && wordIn(s.Words, h.w1, w, pluperfectWords)
			if (e.Kind == when.YearOnly || e.Kind == when.MonthOnly || earlierClause) && relativeBefore(s.Words, h.w1, w) {
				continue
			}
			// "accepted the invitation to the summit, which is set to be
			// held on Saturday": a day in a relative clause of what is to
			// come is that thing's.
			if relativeBefore(s.Words, h.w1, w) && wordIn(s.Words, h.w1, w, futureWords) {
				continue
			}
			// "mengapresiasi PDRM atas keberhasilan operasi ... pada Rabu
			// (26/2)", "thanked X for the rescue on Monday": a day in what
			// is praised or blamed is that thing's.
			// (Not a day outside the quote the thanks is in: that is the
			// day it was said.)
			outside := quotedTrigger && w < len(s.Quoted) && !s.Quoted[w]
			if (ev.Type == "SUPPORT" || ev.Type == "ACCUSE") && reasonBefore(s.Words, h.w1, w) && !outside {
				continue
			}
			// "praised the government's efforts in hosting the ASEAN
			// chairmanship in 2024": a year after praise or blame is
			// its object's. (Not a signing's: "signed in 2019".)
			if (ev.Type == "SUPPORT" && ev.Mode != "sign" || ev.Type == "ACCUSE") && (e.Kind == when.YearOnly || e.Kind == when.MonthOnly) && w-h.w1 > 2 {
				continue
			}
			// "agreed to continue implementing the memorandum signed
			// between the two coast guards in 2015": a year far after
			// the trigger dates what the clause tells of.
			// (A year long past that a temporal clause ties to the event
			// still tells its time: "sent troops to Fiji after Cyclone
			// Winston killed 44 people in 2016" is background.)
			if (e.Kind == when.YearOnly || e.Kind == when.MonthOnly) && w-h.w1 > 8 {
				if r := e.Resolve(pub, havePub, yearHint); r.Background && ownTemporal(s.Words, max(h.w0-2, 0), h.w1, w) {
					farPast = true
				}
				continue
			}
		}
		// ("Vietnam on Thursday protested an attack by Chinese forces on
		// ... on Sunday": the day of the protest is not the attack's.)
		if e.Start < tpos && ev.Type == "ASSAULT" && attackNoun(s.Words, h) {
			if w := wordAt(s.Words, e.Start); w >= 0 && wordIn(s.Words, w, h.w0, blameVerbs) {
				continue
			}
		}
		// "Iran summoned Norway's ambassador on Wednesday ... after Oslo
		// expelled two Iranian diplomats": the main clause's day does not
		// date what "after" tells of, which came before it.
		if e.Start < tpos {
			if w := wordAt(s.Words, e.Start); w >= 0 && inAfterClause(s.Words, w+1, h.w0) {
				continue
			}
		}
		dist := e.Start - tpos
		if dist < 0 {
			dist = -dist + 20 // prefer dates after the trigger a little
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best < 0 {
		if farPast {
			ev.background = true
		}
		return
	}
	e := dates[best]
	// "will provide ..., the embassy said on Thursday": the day of the
	// saying is not the day of a planned event.
	if ev.Status != doc.Reported && speechBefore(s, e.Start) {
		return
	}
	r := e.Resolve(pub, havePub, yearHint)
	// "is scheduled to pay a courtesy call on Saturday" in a Friday
	// paper: a plan's bare weekday is the next one, not the last.
	// (Only a day told after the word that plans: "agreed on Tuesday to
	// expand joint exercises" dates the agreeing.)
	if ev.Status == doc.Planned && e.Kind == when.WeekdayOnly && havePub && !e.Prev && !e.Last && !e.Next && planWordBefore(s.Words, e.Start) {
		if t, ok := when.ParseDay(r.Date); ok && t.Before(pub) {
			t = t.AddDate(0, 0, 7)
			r.Date, r.Future = t.Format("2006-01-02"), true
		}
	}
	// "keesokan harinya", "the following day": counted from the day the
	// text named last before it.
	if e.Kind == when.Anaphoric {
		if t, ok := when.ParseDay(dayBefore(e.Start)); ok {
			day := t.AddDate(0, 0, e.Offset)
			r.Date = day.Format("2006-01-02")
			r.Future = havePub && day.After(pub)
		} else if e.Offset != 0 {
			// (A day counted from one the text does not give is no day
			// of the story's either.)
			ev.lookBack = true
		}
	}
	if r.Warning != "" {
		sp := e.Span
		d.Diag(doc.Warning, "event", r.Warning, &sp)
	}
	sp := e.Span
	ev.DateSpan = &sp
	ev.DateText = e.Text
	if r.Background {
		ev.background = true
	}
	if r.Date != "" {
		ev.Date, ev.DateEnd = r.Date, r.End
		ev.weekdaySpan = weekdaySpan(e) && r.End != ""
		// (A day counted back from another, "sehari sebelumnya", dates its
		// own event only: the story's later undated events do not go on
		// from a look back.)
		ev.dated = !(e.Kind == when.Anaphoric && e.Offset < 0)
		ev.lookBack = !ev.dated
		// ("Dua hari sebelumnya, Selasa (1/8/2023), ...": so does a day
		// the look back names.)
		for _, o := range dates {
			if o.Kind == when.Anaphoric && o.Offset < 0 && o.Span.End <= e.Start && e.Start-o.Span.End <= 3 {
				ev.lookBack = true
			}
		}
		// "On Tuesday and Wednesday, ... carried out a joint patrol": two
		// days joined by "and" or "dan" are the event's first and last.
		if r.End == "" && (e.Kind == when.WeekdayOnly || e.Kind == when.Day) {
			for j, o := range dates {
				if j == best+1 && (o.Kind == e.Kind) && andBetween(s.Words, e.Span.End, o.Start) {
					if ro := o.Resolve(pub, havePub, yearHint); ro.Date > r.Date && ro.End == "" {
						ev.DateEnd = ro.Date
						both := doc.Span{Start: e.Span.Start, End: o.Span.End}
						ev.DateSpan, ev.DateText = &both, both.Of(d.Text)
					}
				}
			}
			if p := best - 1; p >= 0 && (dates[p].Kind == e.Kind) && andBetween(s.Words, dates[p].Span.End, e.Start) {
				if ro := dates[p].Resolve(pub, havePub, yearHint); ro.Date != "" && ro.Date < r.Date && ro.End == "" {
					ev.Date, ev.DateEnd = ro.Date, r.Date
					both := doc.Span{Start: dates[p].Span.Start, End: e.Span.End}
					ev.DateSpan, ev.DateText = &both, both.Of(d.Text)
				}
			}
		}
		// "wrapped up a three-day goodwill visit on Wednesday": the day
		// named is the last; the visit began two days before.
		if n := endedVisitDays(s.Words, h); n > 1 && r.End == "" {
			if t, ok := when.ParseDay(r.Date); ok {
				ev.Date, ev.DateEnd = t.AddDate(0, 0, -(n-1)).Format("2006-01-02"), r.Date
			}
		}
	}
	if r.Future && ev.Status == doc.Reported && ev.Date != "" {
		ev.Status = doc.Planned
	}
}

// place finds where the event happened: "in X", "di X", or a visit's destination.
func (c *Coder) place(ev *cand, s *actor.Sentence, h hit) {
	var dest *actor.Mention
	for k := range s.Mentions {
		m := &s.Mentions[k]
		if !(m.Loc || m.Prep == "," && m.Kind == actor.MCountry) || m.Country == "" || m.Country == "IGO" {
			continue
		}
		// ("... the pipeline, which carries gas to power plants in
		// Ghana": a place in a relative clause after the trigger is that
		// clause's.)
		if m.W0 > h.w1 && commaRelativeBefore(s.Words, h.w1, m.W0) {
			continue
		}
		// ("met X, with both agreeing to hold the next joint commission
		// in Hanoi": a place after a later meeting's verb is that one's.)
		if m.W0 > h.w1 && laterGathering(s.Words, h.w1, m.W0) {
			continue
		}
		switch m.Prep {
		case "in", "at", "di", "of": // ("in Phonhong district of Vientiane Province")
			sp := m.Span
			ev.Location = &doc.Place{Name: textOf(s, m), Country: m.Country, Span: &sp}
			return
		case ",":
			// "di Gyeongju, Korea Selatan", "in Kumasi, Ghana": a city the
			// gazetteer lacks, then its country.
			if placeBeforeComma(s.Words, m.W0-1) {
				sp := m.Span
				ev.Location = &doc.Place{Name: textOf(s, m), Country: m.Country, Span: &sp}
				return
			}
		case "to", "ke":
			if dest == nil {
				dest = m
			}
		}
	}
	if dest != nil && ev.Type == "CONSULT" && ev.Mode == "visit" {
		sp := dest.Span
		ev.Location = &doc.Place{Name: textOf(s, dest), Country: dest.Country, Span: &sp}
	}
}

// nextStep reports an event told as the next step of a narrative: "then"
// or "kemudian" between its sentence's start and its trigger ("Hai then
// met ...", "Kemudian, Menlu bertemu ...").
func nextStep(d *doc.Document, e *cand) bool {
	st := d.Sentences[e.sent].Start
	if e.Trigger.Start < st || e.Trigger.Start > len(d.Text) {
		return false
	}
	prev := ""
	for _, f := range strings.FieldsFunc(d.Text[st:e.Trigger.Start], func(r rune) bool { return r == ' ' || r == ',' }) {
		l := strings.ToLower(f)
		switch l {
		case "then", "kemudian", "selanjutnya", "afterwards":
			// (Not "the then foreign minister", "since then", "until then".)
			if l == "then" && (prev == "the" || prev == "since" || prev == "until" || prev == "by") {
				break
			}
			return true
		}
		prev = l
	}
	return false
}

// credentialsWord reports a trigger of presenting credentials.
func credentialsWord(phrase string) bool {
	return strings.Contains(phrase, "credential") || strings.Contains(phrase, "credence") || strings.Contains(phrase, "kepercayaan")
}

// listedNext returns the people with a country the sentence after si
// lists when it opens by naming who they were: "They were Thai
// Ambassador X, Laos Ambassador Y and ...", "Mereka adalah ...".
func listedNext(ar *actor.Result, si int) []*actor.Mention {
	n := si + 1
	if n >= len(ar.Sentences) {
		return nil
	}
	ws := ar.Sentences[n].Words
	if len(ws) < 3 {
		return nil
	}
	a, b := ws[0].Lower, ws[1].Lower
	if !(a == "they" && (b == "were" || b == "are" || b == "included") || a == "mereka" && (b == "adalah" || b == "yaitu" || b == "ialah") || a == "the" && len(ws) > 2 && (b == "envoys" || b == "ambassadors") && (ws[2].Lower == "were" || ws[2].Lower == "are")) {
		return nil
	}
	var out []*actor.Mention
	for k := range ar.Sentences[n].Mentions {
		m := &ar.Sentences[n].Mentions[k]
		if m.Kind == actor.MPerson && m.Country != "" && m.Country != "IGO" && !m.Loc {
			out = append(out, m)
		}
	}
	return out
}

// performative reports thanks given in the first person: "We are
// grateful", "Kami menyampaikan terima kasih". Saying it is doing it, on
// the day it was said. (A condemnation quoted from a statement, "Kami
// mengecam keras ...", more often restates what was said at the meeting
// told before.)
func performative(ws []lexicon.Word, h hit, typ string) bool {
	switch typ {
	case "SUPPORT":
	default:
		return false
	}
	at := h.w0
	if h.light != nil && h.lw0 < at {
		at = h.lw0 // "Kami menyampaikan terima kasih"
	}
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		switch ws[k].Lower {
		case "we", "kami", "i", "saya":
			return true
		case "also", "juga", "sangat", "therefore", "hereby", "once", "again", "sincerely",
			"menyampaikan", "mengucapkan", "express", "extend", "convey", "would", "like", "to", "ingin", "want", "wish",
			"are", "am", "very", "deeply", "truly", "extremely", "most":
		default:
			return false
		}
	}
	return false
}

// occasionDay returns the day of the occasion a sentence opens against
// ("Sebelum jumpa pers, ...", "Following the talks, ..."), from the
// nearest of the ten sentences before that names the same occasion: the
// day of the event coded there, or with none, the one day it gives; ""
// if none.
func occasionDay(d *doc.Document, ar *actor.Result, si int, cands []cand, datesOf func(int) []when.Expr, pub time.Time, havePub bool, yearHint int, lang string) (string, *when.Expr) {
	ws := ar.Sentences[si].Words
	k := 0
	for k < len(ws) && k < 2 && ws[k].Kind != doc.Word {
		k++
	}
	// ("Sehari sebelum serah terima", "Two days after the talks": a
	// count of days before the occasion word moves the day.)
	days, k := dayCount(ws, k)
	// ("Hours before the signing, ...", "Beberapa jam sebelum
	// penandatanganan, ...": the occasion's own day.)
	if days == 0 && k+1 < len(ws) {
		switch {
		case ws[k].Lower == "hours" || ws[k].Lower == "moments" || ws[k].Lower == "minutes" || ws[k].Lower == "sejam":
			k++
		case (ws[k].Lower == "beberapa" || ws[k].Lower == "a" || ws[k].Lower == "just") && k+2 < len(ws) && (ws[k+1].Lower == "jam" || ws[k+1].Lower == "few" || ws[k+1].Lower == "hours"):
			k += 2
			if ws[k].Lower == "hours" {
				k++
			}
		}
	}
	// ("On the eve of the ministerial talks, Ahn held separate bilateral
	// meetings ...": the day before the occasion, which with no sentence
	// before naming it is the story's own, its first dated event's.)
	if days == 0 && k+3 < len(ws) && ws[k].Lower == "on" && ws[k+1].Lower == "the" && ws[k+2].Lower == "eve" && ws[k+3].Lower == "of" {
		day, _ := occasionDayFrom(ar, si, k+4, cands, datesOf, pub, havePub, yearHint, lang)
		if day == "" {
			day = storyFirstDay(d, si, cands, datesOf, pub, havePub, yearHint)
		}
		if t, ok := when.ParseDay(day); ok {
			return t.AddDate(0, 0, -1).Format("2006-01-02"), nil
		}
		return "", nil
	}
	// ("Di sela forum, Arief bertemu ...", "On the sidelines of the
	// summit, ...": the occasion's own day.)
	if days == 0 && k+1 < len(ws) && (ws[k].Lower == "di" || ws[k].Lower == "pada") && sidelineWords[ws[k+1].Lower] {
		return occasionDayFrom(ar, si, k+2, cands, datesOf, pub, havePub, yearHint, lang)
	}
	if days == 0 && k+3 < len(ws) && (ws[k].Lower == "on" || ws[k].Lower == "at") && ws[k+1].Lower == "the" && (ws[k+2].Lower == "sidelines" || ws[k+2].Lower == "margins") && ws[k+3].Lower == "of" {
		return occasionDayFrom(ar, si, k+4, cands, datesOf, pub, havePub, yearHint, lang)
	}
	// ("Speaking at the ceremony, CMAC director-general X thanked
	// Japan", "At the meeting, ...", "Pada upacara itu, ...": the
	// occasion's own day, told before. Not "Dalam pertemuan itu, ...":
	// unseen sets lost by it; duringMeeting dates those.)
	if days == 0 && k+1 < len(ws) && (ws[k].Lower == "speaking" || ws[k].Lower == "berbicara") && (ws[k+1].Lower == "at" || ws[k+1].Lower == "pada") {
		k++
	}
	if days == 0 && k+2 < len(ws) && (ws[k].Lower == "at" || ws[k].Lower == "pada" || ws[k].Lower == "di" && ws[k+1].Lower == "acara") && occasionNounAt(ws, k+1) {
		if day, x := occasionDayFrom(ar, si, k+1, cands, datesOf, pub, havePub, yearHint, lang); day != "" {
			return day, x
		}
	}
	// ("In the note, Manila demanded ...", "Dalam surat itu, Vanuatu
	// meminta ...": the day of the writing named before.)
	if days == 0 && writtenOpener(ws, k) {
		noun := ws[k+1].Lower
		if ws[k].Lower == "in" {
			noun = ws[k+2].Lower
		}
		return writtenDay(ar, si, noun, datesOf, pub, havePub, yearHint)
	}
	if k >= len(ws) || !occasionWords[ws[k].Lower] {
		return "", nil
	}
	if days > 0 {
		switch ws[k].Lower {
		case "sebelum", "before", "menjelang", "jelang":
			days = -days
		}
		// (The day is counted from the one the text gives, so no span
		// of the text is its own.)
		day, _ := occasionDayFrom(ar, si, k+1, cands, datesOf, pub, havePub, yearHint, lang)
		if t, ok := when.ParseDay(day); ok {
			return t.AddDate(0, 0, days).Format("2006-01-02"), nil
		}
		return "", nil
	}
	return occasionDayFrom(ar, si, k+1, cands, datesOf, pub, havePub, yearHint, lang)
}

// storyFirstDay returns the story's own day as told before sentence si: its
// first dated event's, else the first day the story names from its
// dateline on ("... agreed Thursday, as Seoul hosted foreign ministers
// from the region"), a calendar day, a weekday or a day counted from
// publication ("yesterday"); "" if none.
func storyFirstDay(d *doc.Document, si int, cands []cand, datesOf func(int) []when.Expr, pub time.Time, havePub bool, yearHint int) string {
	for j := range cands {
		if e := &cands[j]; e.sent < si && e.dated && e.Date != "" && e.DateEnd == "" && !e.background && !e.lookBack && e.Status == doc.Reported {
			return e.Date
		}
	}
	for p := 0; p < si; p++ {
		// (From the story's dateline on: a page's own date line above
		// it is no day of the story.)
		if d.Dateline != nil && p < len(d.Sentences) && d.Sentences[p].End <= d.Dateline.Span.Start {
			continue
		}
		for _, x := range datesOf(p) {
			if x.Kind != when.Day && x.Kind != when.WeekdayOnly && x.Kind != when.Relative {
				continue
			}
			if day, future := oneDay(x, pub, havePub, yearHint); day != "" && !future {
				return day
			}
			break
		}
	}
	return ""
}

// dayCount reads a count of days at word k: "a day", "one day", "two
// days", "sehari", "dua hari" up to three; it returns the count and the
// word after it, or 0.
func dayCount(ws []lexicon.Word, k int) (int, int) {
	if k >= len(ws) {
		return 0, k
	}
	if ws[k].Lower == "sehari" {
		return 1, k + 1
	}
	if k+1 >= len(ws) {
		return 0, k
	}
	n := 0
	switch ws[k].Lower {
	case "a", "one", "satu":
		n = 1
	case "two", "dua":
		n = 2
	case "three", "tiga":
		n = 3
	}
	switch ws[k+1].Lower {
	case "day", "hari":
		if n == 1 {
			return 1, k + 2
		}
	case "days":
		if n > 1 {
			return n, k + 2
		}
	}
	if ws[k+1].Lower == "hari" && n > 1 {
		return n, k + 2
	}
	return 0, k
}

// cameVerbs place a subject in time against another act: "The launch came
// two days after ...", "Peluncuran itu berlangsung sehari setelah ...".
var cameVerbs = map[string]bool{"came": true, "comes": true, "coming": true, "berlangsung": true, "dilakukan": true, "dilaksanakan": true, "digelar": true}

// cameDaysAfter finds "The launch came two days after the ... meeting",
// "Peluncuran itu berlangsung sehari setelah ...": it returns the word
// after "after" and the days from the subject's day to the day of what
// follows (-2 here; +1 for "a day before"), or -1, 0.
func cameDaysAfter(ws []lexicon.Word) (int, int) {
	for k := 1; k+2 < len(ws); k++ {
		if !cameVerbs[ws[k].Lower] {
			continue
		}
		n, j := dayCount(ws, k+1)
		if n == 0 || j >= len(ws) {
			continue
		}
		switch ws[j].Lower {
		case "after", "setelah", "sesudah":
			return j + 1, -n
		case "before", "sebelum":
			return j + 1, n
		}
	}
	return -1, 0
}

// blameVerbs protest or condemn an act named after them.
var blameVerbs = map[string]bool{"protested": true, "protests": true, "protesting": true, "condemned": true, "condemns": true, "condemning": true,
	"denounced": true, "denounces": true, "memprotes": true, "mengecam": true, "mengutuk": true}

// genericAttacks reports attacks named in general: a bare plural after
// a word that makes it a kind ("armed attacks", "extends to attacks",
// "to deter attacks", "any attacks"), not an act someone did.
func genericAttacks(ws []lexicon.Word, h hit) bool {
	if h.w1 != h.w0+1 || h.w0 == 0 {
		return false
	}
	switch ws[h.w0].Lower {
	case "attacks", "serangan-serangan":
	default:
		return false
	}
	switch ws[h.w0-1].Lower {
	case "armed", "any", "all", "future", "possible", "such", "to", "against", "deter", "prevent", "covers", "cover", "repel":
		return true
	}
	return false
}

// oneDay returns the single day x resolves to, and whether it is to
// come; "" for a span or a day long past (background).
func oneDay(x when.Expr, pub time.Time, havePub bool, yearHint int) (string, bool) {
	r := x.Resolve(pub, havePub, yearHint)
	if r.Date == "" || r.End != "" || r.Background {
		return "", false
	}
	return r.Date, r.Future
}

// forWords give the reason for blame: "blasted China for hitting ...".
var forWords = map[string]bool{"for": true, "over": true, "atas": true, "karena": true}

// strikeVerbBefore reports a verb of striking among the eight words
// before w, in its clause: "blasted a supply boat with a water cannon",
// "hit the vessel with water cannons".
func strikeVerbBefore(ws []lexicon.Word, w int) bool {
	for k := w - 1; k >= 0 && k >= w-8; k-- {
		if ws[k].Text == "," || ws[k].Text == ";" {
			return false
		}
		switch ws[k].Lower {
		case "blasted", "blasts", "hit", "hits", "sprayed", "sprays", "targeted", "targets", "attacked", "attacks", "struck", "strikes", "drenched", "doused", "fired":
			return true
		}
	}
	return false
}

// protestBefore reports a word of protest before w in its sentence: an
// attack protested is on the one protesting ("Vietnam has protested an
// attack by ...", "Vietnam protests Chinese attack on ...").
func protestBefore(ws []lexicon.Word, w int) bool {
	for k := w - 1; k >= 0; k-- {
		switch ws[k].Lower {
		case "protest", "protests", "protested", "protesting", "memprotes", "protes":
			return true
		}
	}
	return false
}

// occasionNouns are the occasions a sentence may open against: "At the
// ceremony,", "Pada upacara itu,".
var occasionNouns = map[string]bool{"ceremony": true, "meeting": true, "talks": true, "signing": true, "summit": true, "forum": true, "conference": true,
	"event": true, "reception": true, "dinner": true, "luncheon": true, "briefing": true, "handover": true, "session": true, "call": true, "visit": true,
	"upacara": true, "acara": true, "pertemuan": true, "penandatanganan": true, "pembicaraan": true, "kunjungan": true, "konferensi": true,
	"jamuan": true, "resepsi": true, "seremoni": true, "serah": true, "sidang": true, "rapat": true, "perundingan": true, "kesempatan": true}

// occasionNounAt reports an occasion noun at word k, after "the" or a
// possessive: "the ceremony", "upacara itu", "the signing ceremony".
func occasionNounAt(ws []lexicon.Word, k int) bool {
	for ; k < len(ws) && (ws[k].Lower == "the" || ws[k].Lower == "that" || ws[k].Lower == "this" || ws[k].Lower == "his" || ws[k].Lower == "her" || ws[k].Lower == "their"); k++ {
	}
	for j := k; j < len(ws) && j < k+2; j++ {
		if occasionNouns[ws[j].Lower] {
			return true
		}
	}
	return false
}

// withWaterCannon reports "with (a) water cannon(s)" within the eight
// words from k, before a clause break.
func withWaterCannon(ws []lexicon.Word, k int) bool {
	for end := k + 8; k+2 < len(ws) && k < end && ws[k].Kind != doc.Punct; k++ {
		if ws[k].Lower != "with" {
			continue
		}
		j := k + 1
		if ws[j].Lower == "a" {
			j++
		}
		return j+1 < len(ws) && ws[j].Lower == "water" && strings.HasPrefix(ws[j+1].Lower, "cannon")
	}
	return false
}

// afterClauseDay returns the day of an act told in an "after" clause of
// sentence si whose main clause names a day before it: the first day
// before that one named in the next two sentences; "" if none.
func afterClauseDay(ar *actor.Result, si int, h hit, dates []when.Expr, datesOf func(int) []when.Expr, pub time.Time, havePub bool, yearHint int) (string, *when.Expr) {
	ws := ar.Sentences[si].Words
	main := ""
	for _, x := range dates {
		if at := wordAt(ws, x.Start); at >= 0 && at < h.w0 && namesDay(x, false) && inAfterClause(ws, at+1, h.w0) {
			if r := x.Resolve(pub, havePub, yearHint); r.Date != "" && r.End == "" {
				main = r.Date
			}
		}
	}
	t, ok := when.ParseDay(main)
	if !ok {
		return "", nil
	}
	week := t.AddDate(0, 0, -7).Format("2006-01-02")
	for p := si + 1; p <= si+2 && p < len(ar.Sentences); p++ {
		xs := datesOf(p)
		for i, x := range xs {
			if x.Kind != when.Day && x.Kind != when.WeekdayOnly {
				continue
			}
			// (A few days before: "the chartered Unaizah May 5" six weeks
			// earlier is a boat's name.)
			if day, _ := oneDay(x, pub, havePub, yearHint); day != "" && day < main && day >= week {
				return day, &xs[i]
			}
		}
	}
	return "", nil
}

// countedClause finds a sentence that opens with a count of days before
// or after a clause ("Two days before Sulistyo arrived in Hanoi, ...",
// "Sehari setelah Menlu tiba di Dili, ..."): the clause's words [w0, w1),
// the days to add to its day, and its day: the first day of the earliest
// act of the clause's kind and party told before (a visit's first day),
// "" if none; -1, -1, 0, "" when the sentence opens with no such clause.
func countedClause(s *actor.Sentence, hits []hit, cands []cand) (int, int, int, string) {
	ws := s.Words
	n, k := dayCount(ws, 0)
	if n == 0 || k >= len(ws) {
		return -1, -1, 0, ""
	}
	switch ws[k].Lower {
	case "before", "sebelum":
		n = -n
	case "after", "setelah", "sesudah":
	default:
		return -1, -1, 0, ""
	}
	end := -1
	for j := k + 1; j < len(ws) && j < k+15; j++ {
		if ws[j].Text == "," {
			end = j
			break
		}
	}
	if end < 0 {
		return -1, -1, 0, ""
	}
	typ := ""
	for _, h := range hits {
		if h.w0 > k && h.w0 < end {
			typ = h.tr.Type
			break
		}
	}
	if typ == "" {
		return -1, -1, 0, ""
	}
	// (The act of the clause's own party: "Two days before Bui Thanh Son
	// met Thongsavanh" counts from Vietnam's meeting, not from another
	// pair's told first.)
	party := ""
	for i := range s.Mentions {
		if m := &s.Mentions[i]; m.W0 > k && m.W0 < end && m.Country != "" && m.Country != "IGO" && !m.Loc {
			party = m.Country
			break
		}
	}
	for j := range cands {
		if e := &cands[j]; e.Type == typ && e.Status == doc.Reported && e.Date != "" && !e.background && !e.lookBack && (party == "" || e.Source.Country == party || e.Target.Country == party) {
			return k + 1, end, n, e.Date
		}
	}
	return k + 1, end, n, ""
}

// noteSides returns who sends a writing to whom in a sentence that tells
// of it ("Indonesia sent a diplomatic note to Malaysia", "Kemlu
// menyampaikan nota protes kepada Kedutaan Besar Vietnam"): the country
// of the first mention before the writing noun and of the first one after
// it introduced by "to" or "kepada"; "", "" if either is missing.
func noteSides(s *actor.Sentence) (string, string) {
	ws := s.Words
	at := -1
	for k := range ws {
		if writtenWords[ws[k].Lower] {
			at = k
			break
		}
	}
	if at < 0 {
		return "", ""
	}
	from, to := "", ""
	for k := range s.Mentions {
		m := &s.Mentions[k]
		if m.Country == "" || m.Country == "IGO" {
			continue
		}
		if m.W1 <= at && from == "" && !m.Loc {
			from = m.Country
		}
		if m.W0 > at && from != "" && m.Country != from && (m.Prep == "to" || m.Prep == "kepada" || m.Prep == "ke") {
			to = m.Country
			break
		}
	}
	if to == "" {
		return "", ""
	}
	return from, to
}

// handWords tell of a writing handed over.
var handWords = map[string]bool{"handed": true, "hand": true, "delivered": true, "deliver": true, "sent": true, "send": true, "submitted": true, "conveyed": true,
	"diserahkan": true, "menyerahkan": true, "disampaikan": true, "menyampaikan": true, "dikirim": true, "dikirimkan": true, "mengirim": true, "mengirimkan": true}

// writingSubject reports a trigger at word t whose subject is a writing
// told of before: "The note asked", "Nota tersebut meminta", "In it, the
// letter urged".
func writingSubject(ws []lexicon.Word, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if writtenWords[ws[k].Lower] {
			return k == 0 || ws[k-1].Lower == "the" || ws[k-1].Lower == "this" || ws[k-1].Lower == "that" || k+1 < t && (ws[k+1].Lower == "itu" || ws[k+1].Lower == "tersebut")
		}
		switch ws[k].Lower {
		case "also", "juga", "diplomatik", "protes", "diplomatic", "protest", "verbale", "itu", "tersebut":
			continue
		}
		return false
	}
	return false
}

// writingNear returns the writing noun ("note", "nota", "letter",
// "surat") within the four words before or after a trigger, or "".
func writingNear(ws []lexicon.Word, h hit) string {
	for k := max(h.w0-4, 0); k < len(ws) && k < h.w1+4; k++ {
		if writtenWords[ws[k].Lower] {
			return ws[k].Lower
		}
	}
	return ""
}

// laterWritingDay returns the day one of the four sentences after si
// gives a writing it names as known ("the note", "nota itu"): its day
// that no word of saying comes right before; "" if none.
func laterWritingDay(ar *actor.Result, si int, noun string, datesOf func(int) []when.Expr, dayBefore func(int) string, pub time.Time, havePub bool, yearHint int) (string, *when.Expr) {
	for p := si + 1; p <= si+4 && p < len(ar.Sentences); p++ {
		ws := ar.Sentences[p].Words
		known := false
		for k := range ws {
			if ws[k].Lower != noun {
				continue
			}
			// (Told as handed over: "to hand over the note", "the note was
			// delivered", "nota itu diserahkan"; not "The letter followed
			// the arrest ... on Monday".)
			if (k > 0 && (ws[k-1].Lower == "the" || ws[k-1].Lower == "that") || k+1 < len(ws) && (ws[k+1].Lower == "itu" || ws[k+1].Lower == "tersebut")) && wordIn(ws, max(k-4, 0), min(k+5, len(ws)), handWords) {
				known = true
			}
		}
		if !known {
			continue
		}
		xs := datesOf(p)
		for i, x := range xs {
			at := wordAt(ws, x.Start)
			if at < 0 || speechWordBetween(ws, max(0, at-4), at) {
				continue
			}
			switch x.Kind {
			case when.Day, when.WeekdayOnly, when.Relative:
				if day, future := oneDay(x, pub, havePub, yearHint); day != "" && !future {
					return day, &xs[i]
				}
			case when.Anaphoric:
				if t, ok := when.ParseDay(dayBefore(x.Start)); ok && x.Offset != 0 {
					return t.AddDate(0, 0, x.Offset).Format("2006-01-02"), &xs[i]
				}
			}
		}
		return "", nil
	}
	return "", nil
}

// asideOccasion finds an occasion set off by commas before the trigger
// at t ("X, in his speech at the ceremony, thanked", "X, at the
// meeting, agreed", "X, dalam sambutannya pada upacara itu,
// menyampaikan"): the word after "at" or "pada", where the occasion's
// noun starts; -1 if none.
func asideOccasion(ws []lexicon.Word, t int) int {
	if t < 2 || ws[t-1].Text != "," {
		return -1
	}
	for k := t - 2; k >= 1 && k >= t-8; k-- {
		if ws[k].Text == "," {
			for j := k + 1; j < t-1; j++ {
				if l := ws[j].Lower; (l == "at" || l == "pada") && j+1 < t-1 && occasionNounAt(ws, j+1) {
					return j + 1
				}
			}
			return -1
		}
	}
	return -1
}

// writtenWords are writings an act may be told in.
var writtenWords = map[string]bool{"note": true, "letter": true, "nota": true, "surat": true}

// writtenOpener reports a sentence that opens at word k against a
// writing told before: "In the note,", "Dalam nota tersebut,", "Dalam
// surat itu,".
func writtenOpener(ws []lexicon.Word, k int) bool {
	if k+3 >= len(ws) {
		return false
	}
	switch {
	case ws[k].Lower == "in" && (ws[k+1].Lower == "the" || ws[k+1].Lower == "that" || ws[k+1].Lower == "its"):
		return writtenWords[ws[k+2].Lower] && ws[k+3].Text == ","
	case ws[k].Lower == "dalam":
		return writtenWords[ws[k+1].Lower] && (ws[k+2].Lower == "itu" || ws[k+2].Lower == "tersebut") && ws[k+3].Text == ","
	}
	return false
}

// writtenDay returns the day of the writing noun last named in the six
// sentences before si: the first day told after the noun there ("the
// protest note was handed to the embassy on Tuesday, two days after ...
// on Sunday"); "" if none.
func writtenDay(ar *actor.Result, si int, noun string, datesOf func(int) []when.Expr, pub time.Time, havePub bool, yearHint int) (string, *when.Expr) {
	for p := si - 1; p >= 0 && p >= si-6; p-- {
		pw := ar.Sentences[p].Words
		at := -1
		for k := range pw {
			if pw[k].Lower == noun {
				at = k
			}
		}
		if at < 0 {
			continue
		}
		xs := datesOf(p)
		for i, x := range xs {
			if x.Kind != when.Day && x.Kind != when.WeekdayOnly && x.Kind != when.Relative || wordAt(pw, x.Start) < at {
				continue
			}
			if day, _ := oneDay(x, pub, havePub, yearHint); day != "" {
				return day, &xs[i]
			}
			break
		}
		return "", nil
	}
	return "", nil
}

// occasionDayFrom is occasionDay with the occasion's noun starting at
// word k of sentence si.
func occasionDayFrom(ar *actor.Result, si, k int, cands []cand, datesOf func(int) []when.Expr, pub time.Time, havePub bool, yearHint int, lang string) (string, *when.Expr) {
	ws := ar.Sentences[si].Words
	for k < len(ws) && (ws[k].Lower == "the" || ws[k].Lower == "a") {
		k++
	}
	// The occasion's noun: one or two lower-case words ("jumpa pers",
	// "signing ceremony"), ended by a comma or a demonstrative.
	var noun []string
	for ; k < len(ws) && len(noun) < 3; k++ {
		l := ws[k].Lower
		if ws[k].Kind != doc.Word || ws[k].Cap || l == "itu" || l == "tersebut" {
			break
		}
		noun = append(noun, l)
	}
	if len(noun) == 0 || len(noun) > 2 || k >= len(ws) || !(ws[k].Text == "," || ws[k].Lower == "itu" || ws[k].Lower == "tersebut") {
		return "", nil
	}
	for p := si - 1; p >= 0 && p >= si-10; p-- {
		// ("Sehari sebelum serah terima" after "Kepolisian Kamboja
		// menyerahkan 37 WNI ... pada Kamis (18/4)": the verb of the
		// noun's root names the occasion too.)
		if !namesAct(ar.Sentences[p].Words, noun, lang) {
			continue
		}
		// ("Minister X held talks with Y, according to a statement
		// released on Tuesday. Following the talks, ...": the talks' day,
		// not the statement's.)
		// (The event the noun names, when the sentence codes several:
		// "Before the signing," after "The plan was signed on Friday by
		// X, who arrived on Thursday".)
		pick := -1
		for j := len(cands) - 1; j >= 0 && cands[j].sent >= p; j-- {
			if e := &cands[j]; e.sent == p && e.Status == doc.Reported {
				if pick < 0 {
					pick = j
				}
				pw := ar.Sentences[p].Words
				if w0, w1 := wordAt(pw, e.Trigger.Start), wordAt(pw, e.Trigger.End); w0 >= 0 && w1 > w0 && w1 <= len(pw) && namesAct(pw[w0:w1], noun, lang) {
					pick = j
					break
				}
			}
		}
		if pick >= 0 {
			if e := &cands[pick]; e.Date != "" && e.DateEnd == "" {
				return e.Date, nil
			}
			return "", nil
		}
		day, at := "", -1
		xs := datesOf(p)
		pw := ar.Sentences[p].Words
		for i, x := range xs {
			if x.Kind != when.Day && x.Kind != when.WeekdayOnly && x.Kind != when.Relative {
				continue
			}
			// ("Dalam keterangan tertulis KBRI yang diterima di Jakarta,
			// Rabu, disebutkan bahwa upacara ...": the day the news came,
			// not the occasion's.)
			if w := wordAt(pw, x.Start); wordIn(pw, w-5, w, speechWords) || wordIn(pw, w-5, w, receivedWords) {
				continue
			}
			r := x.Resolve(pub, havePub, yearHint)
			if r.Date == "" || r.End != "" || day != "" && day != r.Date {
				return "", nil
			}
			day, at = r.Date, i
		}
		if day != "" {
			return day, &xs[at]
		}
	}
	return "", nil
}

// namesAct reports words ws (an act's trigger) that the noun names: the
// same word, in Indonesian its root ("penandatanganan", "menandatangani"),
// in English its verb ("signing", "signed").
func namesAct(ws []lexicon.Word, noun []string, lang string) bool {
	return hasWords(ws, noun) || lang == "id" && rootIn(ws, noun[0]) || lang == "en" && len(noun) == 1 && verbOfNoun(ws, noun[0])
}

// subjectNoun returns the head noun of the subject before the verb that
// the word before "after" follows ("The launch came two days after",
// "Peluncuran itu berlangsung sehari setelah"): its last word; nil if
// none.
func subjectNoun(ws []lexicon.Word, after int) []string {
	k := after - 1
	for k >= 0 && !cameVerbs[ws[k].Lower] {
		k--
	}
	for k--; k >= 0 && (ws[k].Lower == "itu" || ws[k].Lower == "tersebut"); k-- {
	}
	if k < 0 || ws[k].Kind != doc.Word || ws[k].Cap && k > 0 {
		return nil
	}
	return []string{ws[k].Lower}
}

// namedActDay returns the day of the latest act told before sentence si
// whose trigger the noun names ("The launch" after "have launched a
// coordinated patrol ... yesterday"), or "".
func namedActDay(ar *actor.Result, si int, noun []string, cands []cand, lang string) string {
	if len(noun) == 0 {
		return ""
	}
	for j := len(cands) - 1; j >= 0; j-- {
		e := &cands[j]
		if e.sent >= si || e.Status != doc.Reported || e.Date == "" || e.DateEnd != "" || e.background {
			continue
		}
		pw := ar.Sentences[e.sent].Words
		if w0, w1 := wordAt(pw, e.Trigger.Start), wordAt(pw, e.Trigger.End); w0 >= 0 && w1 > w0 && w1 <= len(pw) && namesAct(pw[w0:w1], noun, lang) {
			return e.Date
		}
	}
	return ""
}

// verbOfNoun reports the verb of an English noun in ws: "signed" or
// "signs" for "the signing", "launched" for "the launch".
func verbOfNoun(ws []lexicon.Word, noun string) bool {
	// ("the launch" for "launched": a noun that is the verb's own stem.)
	stem, ok := strings.CutSuffix(noun, "ing")
	if !ok {
		stem = noun
	}
	if len(stem) < 3 {
		return false
	}
	for k := range ws {
		if rest, ok := strings.CutPrefix(ws[k].Lower, stem); ok && (rest == "ed" || rest == "s" || rest == "d" && strings.HasSuffix(stem, "e")) {
			return true
		}
	}
	return false
}

// rootIn reports a word of ws that shares its Indonesian root with w
// ("menyerahkan" with "serah"), for a root of four letters or more.
func rootIn(ws []lexicon.Word, w string) bool {
	if len(w) < 4 {
		return false
	}
	for k := range ws {
		if ws[k].Lower != w && sameRoot(ws[k].Lower, w) {
			return true
		}
	}
	return false
}

// spanDayWords reports a sentence that opens with the last or the first
// day of a span: "Pada hari terakhir latihan", "On the final day of the
// visit", "Pada hari pertama", "On the first day".
func spanDayWords(ws []lexicon.Word) (last, first bool) {
	for k := 0; k+1 < len(ws) && k < 4; k++ {
		a, b := ws[k].Lower, ws[k+1].Lower
		switch {
		case a == "hari" && b == "terakhir", a == "last" && b == "day", a == "final" && b == "day", a == "closing" && b == "day":
			return true, false
		case a == "hari" && b == "pertama", a == "first" && b == "day", a == "opening" && b == "day":
			return false, true
		}
	}
	return false, false
}

// deportWord reports a form of "deport": "dideportasi", "deported".
func deportWord(w string) bool {
	return strings.Contains(w, "deport")
}

// receivedWords tell of a statement received: "keterangan tertulis yang
// diterima di Jakarta, Rabu".
var receivedWords = map[string]bool{"diterima": true, "received": true}

// informWords make a decision known to its addressee.
var informWords = map[string]bool{"informed": true, "notified": true, "memberitahukan": true, "memberitahu": true}

// saidTypes are the types of acts done by saying them.
var saidTypes = map[string]bool{"REJECT": true, "ACCUSE": true, "REQUEST": true, "THREATEN": true}

// statementDayAfter returns the day of a statement the next sentence
// opens with ("In a statement released on Thursday, the Myanmar embassy
// said ..."), when a party of country src speaks there; "" if none.
// With quotes, also of a quote the next sentence opens with, then its
// speaker at a press briefing.
func statementDayAfter(ar *actor.Result, si int, src string, quotes bool, datesOf func(int) []when.Expr, pub time.Time, havePub bool, yearHint int) (string, *when.Expr) {
	n := si + 1
	if n >= len(ar.Sentences) {
		return "", nil
	}
	ws := ar.Sentences[n].Words
	k := 0
	for k < len(ws) && k < 2 && ws[k].Kind != doc.Word {
		k++
	}
	// ("The Netherlands has rejected Indonesia's request ... The Dutch
	// ministry informed the embassy of its decision in a letter on
	// Monday, the minister said on Tuesday": the day it was made known,
	// not the day that was told.)
	informed := wordIn(ws, 0, len(ws), informWords)
	// ("Cina kembali menolak putusan itu. Juru bicara Kemlu Cina Guo
	// Wenhai dalam konferensi pers di Beijing pada Senin, 13 Juli 2026,
	// menyebut ...": the speaker the next sentence opens with, at a press
	// event whose day it gives.)
	opens := false
	// ("\"Vietnam strongly opposes ...,\" spokesperson X said at a regular
	// press briefing on Thursday": a quote that opens the sentence, then
	// its speaker at a press event.)
	quoteFirst := false
	if q := ar.Sentences[n].Quoted; quotes && !informed && k < len(q) && q[k] {
		e := k
		for e < len(q) && (q[e] || ws[e].Kind != doc.Word) {
			e++
		}
		if e < len(ws) && e-k >= 3 && wordIn(ws, e, min(e+14, len(ws)), pressWords) {
			k, quoteFirst = e, true
		}
	}
	if !informed {
		for _, m := range ar.Sentences[n].Mentions {
			if (m.W0 <= k+1 || quoteFirst && m.W0 >= k && m.W0 <= k+4) && m.Kind == actor.MPerson && m.Country == src && src != "" {
				opens = true
			}
		}
		opens = opens && (wordIn(ws, k, min(k+12, len(ws)), pressWords) || wordIn(ws, k, min(k+12, len(ws)), statementWords))
	}
	if opens {
		k = min(k+10, len(ws))
	}
	if !informed && !opens && (k+2 >= len(ws) || !(ws[k].Lower == "in" || ws[k].Lower == "dalam") || !wordIn(ws, k+1, k+3, statementWords)) {
		return "", nil
	}
	speaks := false
	for _, m := range ar.Sentences[n].Mentions {
		if src != "" && m.Country == src && !m.Loc {
			speaks = true
		}
	}
	if !speaks {
		return "", nil
	}
	xs := datesOf(n)
	for i, x := range xs {
		if x.Kind != when.Day && x.Kind != when.WeekdayOnly {
			continue
		}
		w := wordAt(ws, x.Start)
		if informed && speechWordBetween(ws, max(w-3, 0), w) {
			continue // (the day it was told)
		}
		if !informed && w > k+8 {
			break // (only the statement's own day, in its opening words)
		}
		if r := x.Resolve(pub, havePub, yearHint); r.Date != "" && r.End == "" && !r.Future {
			return r.Date, &xs[i]
		}
	}
	return "", nil
}

// pressWords name a press event a source speaks at.
var pressWords = map[string]bool{"konferensi": true, "jumpa": true, "briefing": true, "conference": true, "pers": true}

// otherActWords before an act's noun name another act of its kind: "the
// previous meeting", "no agreement".
var otherActWords = map[string]bool{"previous": true, "last": true, "next": true, "no": true, "another": true, "earlier": true, "second": true,
	"third": true, "future": true, "upcoming": true, "first": true, "new": true}

// spanStartWords tell when a span of days began.
var spanStartWords = map[string]bool{"started": true, "began": true, "begun": true, "opened": true, "kicked": true, "dimulai": true, "dibuka": true, "sejak": true}

// againNouns name an act of each type again in a later sentence: "The
// agreement was reached ...", "Kesepakatan itu dicapai ...".
var againNouns = map[string]map[string]bool{
	"AGREE":   {"agreement": true, "deal": true, "accord": true, "understanding": true, "kesepakatan": true, "komitmen": true, "pledge": true},
	"CONSULT": {"talks": true, "meeting": true, "visit": true, "call": true, "pertemuan": true, "kunjungan": true, "pembicaraan": true},
	"SUPPORT": {"signing": true, "penandatanganan": true},
	"AID":     {"aid": true, "assistance": true, "donation": true, "handover": true, "bantuan": true, "penyerahan": true, "hibah": true},
}

// sidelineWords after "di" or "pada" open a sentence told on the
// sidelines of an occasion: "Di sela forum", "Pada sela-sela KTT".
var sidelineWords = map[string]bool{"sela": true, "sela-sela": true}

// occasionWords open a sentence told against an occasion.
var occasionWords = map[string]bool{"sebelum": true, "usai": true, "seusai": true, "setelah": true, "sesudah": true, "menjelang": true, "jelang": true, "before": true, "after": true, "following": true}

// hasWords reports ws holding the words seq in a row.
func hasWords(ws []lexicon.Word, seq []string) bool {
	for i := 0; i+len(seq) <= len(ws); i++ {
		ok := true
		for j, w := range seq {
			if ws[i+j].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// pluperfectTrigger reports an event told in the pluperfect, before the
// story's time: "Sarawak police had arrested him on Dec. 30".
func pluperfectTrigger(ar *actor.Result, e *cand) bool {
	if e.sent >= len(ar.Sentences) {
		return false
	}
	ws := ar.Sentences[e.sent].Words
	w := wordAt(ws, e.Trigger.Start)
	return w >= 1 && ws[w-1].Lower == "had" || w >= 2 && ws[w-2].Lower == "had" && (ws[w-1].Lower == "been" || ws[w-1].Kind == doc.Word && strings.HasSuffix(ws[w-1].Lower, "ly"))
}

// deedTypes are the types of acts done rather than said: the day a
// source tells of one is not its day.
var deedTypes = map[string]bool{"CONSULT": true, "COOPERATE": true, "AID": true, "MOBILIZE": true, "ASSAULT": true, "COERCE": true}

// perfectBefore reports a perfect auxiliary ("has", "have") before the
// trigger at w in its sentence: "has signed", "have agreed".
func perfectBefore(ws []lexicon.Word, w int) bool {
	for k := w - 1; k >= 0 && k >= w-12; k-- {
		switch ws[k].Lower {
		case "has", "have":
			return perfectAt(ws, k)
		case ",", ";", ":", "said", "says", "told":
			return false
		}
	}
	return false
}

// perfectIn reports a perfect auxiliary in ws[a:b]: "South Korea has
// signed ..., the ministry said".
func perfectIn(ws []lexicon.Word, a, b int) bool {
	for k := max(a, 0); k < b && k < len(ws); k++ {
		if l := ws[k].Lower; (l == "has" || l == "have") && perfectAt(ws, k) {
			return true
		}
	}
	return false
}

// perfectAt reports the auxiliary at k with its participle: "has signed",
// "has been handed" (not "has been in talks", "have talks").
func perfectAt(ws []lexicon.Word, k int) bool {
	if k+1 >= len(ws) {
		return false
	}
	if n := ws[k+1].Lower; n == "been" {
		return k+2 < len(ws) && strings.HasSuffix(ws[k+2].Lower, "ed")
	}
	return ws[k+1].Kind == doc.Word && !ws[k+1].Cap && ws[k+1].Lower != "to" && ws[k+1].Lower != "a" && ws[k+1].Lower != "an" && ws[k+1].Lower != "the" && ws[k+1].Lower != "talks" && ws[k+1].Lower != "no"
}

// receiveVerb reports a verb of receiving: "diterima", "received".
func receiveVerb(l string) bool {
	switch l {
	case "diterima", "received", "accepted", "welcomed":
		return true
	}
	return false
}

// laterGathering reports a verb of holding a meeting to come, or a future
// auxiliary, in ws[a:b]: "to hold", "will host", "akan menggelar".
func laterGathering(ws []lexicon.Word, a, b int) bool {
	for k := a; k < b; k++ {
		switch ws[k].Lower {
		case "hold", "host", "convene", "will", "would", "akan", "menggelar", "mengadakan", "menyelenggarakan":
			return true
		}
	}
	return false
}

// placeBeforeComma reports "in/di/at" and one to three capitalised words
// before the comma at c.
func placeBeforeComma(ws []lexicon.Word, c int) bool {
	for k := c - 1; k >= 0 && k >= c-4; k-- {
		switch l := ws[k].Lower; {
		case l == "in" || l == "di" || l == "at":
			return k < c-1
		case !ws[k].Cap || when.MonthNumber(ws[k].Text) > 0 || when.WeekdayNumber(ws[k].Text) > 0:
			return false // ("In July, Korea had provided": no place)
		}
	}
	return false
}

func textOf(s *actor.Sentence, m *actor.Mention) string {
	var b strings.Builder
	for k := m.W0; k < m.W1; k++ {
		if k > m.W0 && s.Words[k].Span.Start > s.Words[k-1].Span.End {
			b.WriteByte(' ')
		}
		b.WriteString(s.Words[k].Text)
	}
	return b.String()
}

var diplomaticTypes = map[string]bool{"CONSULT": true, "AGREE": true, "SUPPORT": true, "REQUEST": true, "REJECT": true, "ACCUSE": true, "PROTEST": true, "THREATEN": true, "SANCTION": true}

// contexts collects PLOVER contexts from keywords of the sentence and its paragraph.
func (c *Coder) words(d *doc.Document, ar *actor.Result, si int) []lexicon.Word {
	return ar.Sentences[si].Words
}

func (c *Coder) contexts(ev *cand, d *doc.Document, ar *actor.Result, s *actor.Sentence, si int, lang string) {
	set := map[string]bool{}
	if diplomaticTypes[ev.Type] {
		set["diplomatic"] = true
	}
	ct := c.lx.contexts[lang]
	scan := func(ws []lexicon.Word) {
		for i := 0; i < len(ws); {
			n, vals := ct.Match(ws, i)
			if n == 0 {
				i++
				continue
			}
			for _, v := range vals {
				set[v] = true
			}
			i += n
		}
	}
	scan(s.Words)
	// The paragraph around the sentence supports contexts too.
	para := d.Sentences[si].Para
	for k := si - 1; k >= 0 && d.Sentences[k].Para == para; k-- {
		scan(c.words(d, ar, k))
	}
	for k := si + 1; k < len(d.Sentences) && d.Sentences[k].Para == para; k++ {
		scan(c.words(d, ar, k))
	}
	ev.Contexts = ev.Contexts[:0]
	for k := range set {
		ev.Contexts = append(ev.Contexts, k)
	}
	sort.Strings(ev.Contexts)
}

// merge joins mentions of one event, dates undated mentions from the
// story's main event, and numbers the events.
func (c *Coder) merge(d *doc.Document, cands []cand, cooc map[[2]int]int) []doc.Event {
	pairKey := func(e *cand) string {
		a, b := e.Source.Country, e.Target.Country
		if a > b {
			a, b = b, a
		}
		return a + "|" + b
	}
	// The anchor: the first reported single-day event, a meeting preferred.
	anchor := -1
	for k := range cands {
		e := &cands[k]
		// (Nor what had happened before the story: "police had arrested
		// him on Dec. 30".)
		if e.Status != doc.Reported || !e.dated || e.DateEnd != "" || e.background || e.earlier || e.fromSpan {
			continue
		}
		// (Not an arrival told in passing: "signed on Friday by X, who
		// arrived on Thursday".)
		if anchor < 0 || e.Type == "CONSULT" && !e.rel && cands[anchor].Type != "CONSULT" && e.para <= cands[anchor].para+1 {
			anchor = k
			continue
		}
		// (A later day in the next paragraph is the news; the earlier one
		// its background: "summoned the ambassador on Saturday ... announced
		// the expulsions on Wednesday".)
		if e.Type == cands[anchor].Type && e.para <= cands[anchor].para+1 && e.Date > cands[anchor].Date {
			anchor = k
		}
	}
	// (With no single day, the first span's first day: "Latihan
	// berlangsung mulai Senin (16/6) hingga Jumat (20/6)".)
	for k := range cands {
		if e := &cands[k]; anchor < 0 && e.Status == doc.Reported && e.dated && e.DateEnd != "" && !e.background && e.weekdaySpan {
			anchor = k
		}
	}
	// "During the call, ...", "Dalam pertemuan itu, ...": an undated
	// event told of the meeting just reported took place that day.
	for k := range cands {
		e := &cands[k]
		if e.Date != "" || e.background || e.Status != doc.Reported || !duringMeeting(d.Sentences[e.sent].Span.Of(d.Text)) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			o := &cands[j]
			if o.Type == "CONSULT" && o.dated && o.DateEnd == "" && !o.background && o.sent < e.sent && pairKey(o) == pairKey(e) {
				e.Date = o.Date
				e.Rule += "; date of the meeting it tells of"
				break
			}
		}
	}
	for k := range cands {
		e := &cands[k]
		if e.Date != "" || e.background || e.Status != doc.Reported || e.lookBack {
			continue
		}
		// Same paragraph as a dated event of the same pair, else the anchor's pair.
		done := false
		for j := range cands {
			o := &cands[j]
			// (A day counted back dates what its paragraph goes on to tell
			// of the same pair: "Sehari sebelumnya, Arief bertemu X.
			// Keduanya sepakat ...".)
			if (o.dated || o.stepped || o.lookBack && o.sent < e.sent) && o.DateEnd == "" && !o.background && !o.earlier && o.para == e.para && pairKey(o) == pairKey(e) && o.Status == doc.Reported {
				e.Date, e.lookBack = o.Date, o.lookBack
				e.Rule += "; date from the same paragraph"
				done = true
				break
			}
		}
		// (Else the last dated event of the pair in the paragraph before:
		// a story that tells its days in order goes on from there.)
		for j := len(cands) - 1; j >= 0 && !done; j-- {
			o := &cands[j]
			if (o.dated || o.stepped) && o.DateEnd == "" && !o.background && !o.earlier && o.para == e.para-1 && pairKey(o) == pairKey(e) && o.Status == doc.Reported {
				e.Date = o.Date
				e.Rule += "; date from the paragraph before"
				done = true
			}
		}
		// ("On Tuesday, the minister met X. ... Hai then met Y": a
		// meeting told as the next step of the day just told took place
		// that day.)
		if !done && e.Type == "CONSULT" && nextStep(d, e) {
			for j := k - 1; j >= 0; j-- {
				o := &cands[j]
				if o.sent >= e.sent || o.para < e.para-2 {
					continue
				}
				if o.dated && o.DateEnd == "" && !o.background && o.Status == doc.Reported {
					e.Date = o.Date
					e.Rule += "; date of the step before"
					e.stepped, done = true, true
				}
				break
			}
		}
		if !done && anchor >= 0 && pairKey(&cands[anchor]) == pairKey(e) {
			e.Date = cands[anchor].Date
			e.Rule += "; date from the story's main event"
		}
	}
	// A story whose dated events all fall on one day (and that reports no
	// span of days) tells of that day: its undated events happened then.
	storyDay, oneDay := "", true
	for k := range cands {
		e := &cands[k]
		// (Nor a day counted back from the story's: "a day before the
		// reception".)
		if e.Status != doc.Reported || e.background || e.Date == "" || e.lookBack || e.earlier {
			continue
		}
		if e.DateEnd != "" || storyDay != "" && storyDay != e.Date {
			oneDay = false
			break
		}
		storyDay = e.Date
	}
	if oneDay && storyDay != "" {
		for k := range cands {
			e := &cands[k]
			if e.Date == "" && !e.background && !e.lookBack && e.Status == doc.Reported {
				e.Date = storyDay
				e.Rule += "; date of the story's one day"
			}
		}
	} else if anchor >= 0 {
		for k := range cands {
			e := &cands[k]
			if e.Date == "" && !e.background && !e.lookBack && e.Status == doc.Reported && !datedLikeIt(cands, e, pairKey) {
				// (The day of the meeting told last before it goes on:
				// "Keesokan harinya, Rabu (25/10), X bertemu Y. ...
				// Keduanya mengecam ...".)
				e.Date = cands[anchor].Date
				e.Rule += "; date of the story's main event"
				for j := k - 1; j >= 0; j-- {
					o := &cands[j]
					if o.sent >= e.sent {
						continue
					}
					if o.Type == "CONSULT" && o.dated && o.DateEnd == "" && !o.background && !o.earlier && !o.lookBack && o.Status == doc.Reported {
						e.Date = o.Date
						e.Rule += " told last before it"
						break
					}
				}
			}
		}
	}
	type group struct {
		ev    cand
		count int
	}
	var groups []*group
	// Directed types keep each direction apart: "A thanked B" and "B
	// backed A" are two events. Meetings are oriented below.
	key := func(e *cand) string {
		pk := pairKey(e)
		if e.Directed && e.Type != "CONSULT" {
			pk = e.Source.Country + ">" + e.Target.Country
		}
		return e.Type + "|" + pk + "|" + e.Date + "|" + e.Status
	}
	c.orientMeetings(d, cands)
	idx := map[string]*group{}
	for k := range cands {
		e := cands[k]
		kk := key(&e)
		if g, ok := idx[kk]; ok {
			g.count++
			addEvidence(&g.ev, e)
			if !g.ev.strong && e.strong {
				g.ev.Source, g.ev.Target, g.ev.strong = e.Source, e.Target, true
				if e.Mode != "" {
					g.ev.Mode = e.Mode
				}
			}
			if g.ev.Location == nil && e.Location != nil {
				g.ev.Location = e.Location
			}
			if g.ev.DateEnd == "" && e.DateEnd != "" {
				g.ev.DateEnd = e.DateEnd
			}
			if g.ev.Mode == "" {
				g.ev.Mode = e.Mode
			}
			g.ev.Contexts = unionSorted(g.ev.Contexts, e.Contexts)
			if g.ev.Source.Actor == "" && e.Source.Actor != "" && e.Source.Country == g.ev.Source.Country {
				g.ev.Source = e.Source
			}
			if g.ev.Target.Actor == "" && e.Target.Actor != "" && e.Target.Country == g.ev.Target.Country {
				g.ev.Target = e.Target
			}
			continue
		}
		g := &group{ev: e, count: 1}
		idx[kk] = g
		groups = append(groups, g)
	}
	// (A meeting on a day inside a visit of the same pair, "a five-day
	// visit, 12-14 May ... met the President on the 13th", stays an
	// event of its own: GUIDELINES.md's unit is (type, source, target,
	// date), and unseen sets code the meetings of a visit's days.)
	// (A signing both sides did, undirected, and thanks one side gave,
	// directed, on the same day stay two events: GUIDELINES.md's unit is
	// (type, source, target, date), and unseen sets code both.)
	// Undated mentions join the dated event of the same type and pair.
	var out []*group
	for _, g := range groups {
		if g.ev.Type == "" {
			continue
		}
		if g.ev.Date == "" && !g.ev.background {
			var into *group
			for _, o := range groups {
				if o != g && o.ev.Date != "" && !o.ev.background && o.ev.Type == g.ev.Type && pairKey(&o.ev) == pairKey(&g.ev) && o.ev.Status == g.ev.Status {
					into = o
					break
				}
			}
			if into != nil && g.ev.Directed && g.ev.Type != "CONSULT" && (into.ev.Source.Country != g.ev.Source.Country) {
				into = nil
			}
			if into != nil {
				addEvidence(&into.ev, g.ev)
				into.ev.Contexts = unionSorted(into.ev.Contexts, g.ev.Contexts)
				continue
			}
		}
		out = append(out, g)
	}
	var evs []doc.Event
	for k, g := range out {
		e := g.ev.Event
		e.ID = fmt.Sprintf("E%d", k+1)
		c.fillNames(d, &e, cooc)
		code := c.lx.Coding(e.Type, e.Mode)
		e.CAMEO, e.QuadClass, e.Goldstein = code.CAMEO, code.QuadClass, code.Goldstein
		if !modeIsPLOVER(e.Type, e.Mode) {
			e.Mode = ""
		}
		evs = append(evs, e)
	}
	return evs
}

// orientMeetings points meetings from visitor to host: by a visit the
// story reports between the same pair, else by where the meeting took
// place, else by the dateline.
func (c *Coder) orientMeetings(d *doc.Document, cands []cand) {
	type dir struct{ src, tgt string }
	visits := map[string]dir{}
	for _, e := range cands {
		if e.Type == "CONSULT" && e.strong && e.Mode == "visit" && e.Status == doc.Reported && !e.background {
			k := unordered(e.Source.Country, e.Target.Country)
			if _, ok := visits[k]; !ok {
				visits[k] = dir{e.Source.Country, e.Target.Country}
			}
		}
	}
	dateline := ""
	if d.Dateline != nil {
		dateline = c.alx.LookupCountry(d.Dateline.Place)
	}
	// Where the story's events take place, when the text says so ("di
	// sela Pertemuan G20 di Johannesburg"): when that is a third country,
	// the dateline ("Jakarta (ANTARA)", the outlet's desk) names no host.
	storyPlace := ""
	for k := range cands {
		if e := &cands[k]; e.Location != nil && e.Location.Country != "" && e.Status == doc.Reported && !e.background {
			storyPlace = e.Location.Country
			break
		}
	}
	for k := range cands {
		e := &cands[k]
		// "X and Y, who is in Singapore on an official visit": nobody
		// visits their own country, so a visit that took place in its
		// source's country was made by the other side.
		if e.Type == "CONSULT" && e.Mode == "visit" && e.Location != nil && e.Location.Country != "" && e.Location.Country == e.Source.Country && e.Target.Country != e.Source.Country && locatedIn(d.Text, e.Location) {
			e.Source, e.Target = e.Target, e.Source
			e.Rule += "; the visitor is not at home"
			continue
		}
		// A call has a caller, not a host: the one who called is the source.
		if e.Type != "CONSULT" || e.strong || e.Mode == "phone" {
			continue
		}
		host := ""
		if v, ok := visits[unordered(e.Source.Country, e.Target.Country)]; ok {
			host = v.tgt
			e.Rule += "; oriented by the story's visit"
		} else if e.Location != nil && (e.Location.Country == e.Source.Country || e.Location.Country == e.Target.Country) {
			host = e.Location.Country
			e.Rule += "; host is where it took place"
		} else if e.Location != nil && e.Location.Country != "" && locatedIn(d.Text, e.Location) {
			// "bertemu X di markas besar UNHCR di Jenewa": a meeting in a
			// third country has no host.
		} else if p := c.postedTo(d, e.Source); p != "" && p == e.Target.Country {
			// "Saudi Ambassador to Niger X met Niger's minister": an envoy
			// meets in the country he is posted to.
			host = p
			e.Rule += "; host is where the envoy is posted"
		} else if p := c.postedTo(d, e.Target); p != "" && p == e.Source.Country {
			host = p
			e.Rule += "; host is where the envoy is posted"
		} else if storyPlace != "" && storyPlace != e.Source.Country && storyPlace != e.Target.Country {
			// Both sides are abroad: neither hosts.
		} else if dateline == e.Source.Country || dateline == e.Target.Country {
			host = dateline
			e.Rule += "; host from the dateline"
		}
		if host != "" && e.Source.Country == host {
			e.Source, e.Target = e.Target, e.Source
		}
	}
}

// postedTo returns the country an envoy's title posts him to:
// "Ambassador to Niger", "Duta Besar RI untuk Jepang"; else "".
func (c *Coder) postedTo(d *doc.Document, sd doc.Side) string {
	a := actorByID(d, sd.Actor)
	if a == nil || a.Kind != doc.KindPerson {
		return ""
	}
	t := strings.ToLower(a.Title)
	if !strings.Contains(t, "ambassador") && !strings.Contains(t, "envoy") && !strings.Contains(t, "duta besar") && !strings.Contains(t, "dubes") && !strings.Contains(t, "high commissioner") {
		return ""
	}
	for _, sep := range []string{" to ", " untuk "} {
		if k := strings.LastIndex(t, sep); k >= 0 {
			return c.alx.LookupCountry(strings.TrimSpace(a.Title[k+len(sep):]))
		}
	}
	return ""
}

func unordered(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "|" + b
}

// modeIsPLOVER reports whether a coding mode is also a PLOVER mode worth
// printing; the others only pick a CAMEO code.
func modeIsPLOVER(typ, mode string) bool {
	switch typ + "/" + mode {
	case "CONSULT/visit", "CONSULT/phone", "CONSULT/third-party", "CONSULT/multilateral", "COOPERATE/military", "COOPERATE/intelligence", "COOPERATE/judicial",
		"AID/economic", "AID/military", "AID/humanitarian", "SANCTION/expel", "COERCE/arrest", "COERCE/seize", "COERCE/deport", "RETREAT/release":
		return true
	}
	return false
}

// cooccurrence counts the sentences in which two actors are both mentioned.
func cooccurrence(ar *actor.Result) map[[2]int]int {
	out := map[[2]int]int{}
	for _, s := range ar.Sentences {
		seen := map[int]bool{}
		for _, m := range s.Mentions {
			if m.Actor >= 0 {
				seen[m.Actor] = true
			}
		}
		for a := range seen {
			for b := range seen {
				if a != b {
					out[[2]int{a, b}]++
				}
			}
		}
	}
	return out
}

// fillNames gives a country-only side the name of the person who acts
// for that country in the story: the one most often mentioned with the
// other side's actor, else the most mentioned, when one stands out.
func (c *Coder) fillNames(d *doc.Document, e *doc.Event, cooc map[[2]int]int) {
	for _, pair := range [][2]*doc.Side{{&e.Source, &e.Target}, {&e.Target, &e.Source}} {
		sd, other := pair[0], pair[1]
		if sd.Country == "" {
			continue
		}
		// A government or ministry acts through a person: the one of its
		// country named in the event's own sentences.
		if sd.Actor != "" {
			if a := actorByID(d, sd.Actor); a != nil && a.Kind != doc.KindPerson {
				if p := personInEvidence(d, e, sd.Country, other.Actor); p != nil {
					sd.Actor, sd.Name, sd.Sector = p.ID, p.Name, p.Sector
				}
			}
			continue
		}
		otherIdx := -1
		for k, a := range d.Actors {
			if a.ID == other.Actor {
				otherIdx = k
			}
		}
		best, bestN, bestC := -1, 0, 0
		for k, a := range d.Actors {
			if a.Kind != doc.KindPerson || a.Country != sd.Country {
				continue
			}
			n, co := len(a.Mentions), 0
			if otherIdx >= 0 {
				co = cooc[[2]int{k, otherIdx}]
			}
			if co > bestC || co == bestC && n > bestN {
				best, bestN, bestC = k, n, co
			}
		}
		if best >= 0 && (bestN >= 2 || bestC >= 1) {
			a := d.Actors[best]
			sd.Actor, sd.Name, sd.Sector = a.ID, a.Name, a.Sector
		}
	}
}

func addEvidence(into *cand, e cand) {
	for _, ev := range e.Evidence {
		dup := false
		for _, x := range into.Evidence {
			if x.Span == ev.Span {
				dup = true
			}
		}
		if !dup {
			into.Evidence = append(into.Evidence, ev)
		}
	}
	into.Lexicon = unionSorted(into.Lexicon, e.Lexicon)
}

func unionSorted(a, b []string) []string {
	set := map[string]bool{}
	for _, x := range a {
		set[x] = true
	}
	for _, x := range b {
		set[x] = true
	}
	out := make([]string, 0, len(set))
	for x := range set {
		out = append(out, x)
	}
	sort.Strings(out)
	return out
}

// speechBefore reports whether a speech verb stands just before byte pos.
func speechBefore(s *actor.Sentence, pos int) bool {
	for k := len(s.Words) - 1; k >= 0; k-- {
		if s.Words[k].Span.End > pos {
			continue
		}
		return wordIn(s.Words, k-2, k+1, speechWords)
	}
	return false
}

func actorByID(d *doc.Document, id string) *doc.Actor {
	for i := range d.Actors {
		if d.Actors[i].ID == id {
			return &d.Actors[i]
		}
	}
	return nil
}

// personInEvidence returns the person of a country mentioned first in an
// event's evidence spans, other than the actor on the other side.
func personInEvidence(d *doc.Document, e *doc.Event, country, otherID string) *doc.Actor {
	var best *doc.Actor
	bestPos := -1
	for i := range d.Actors {
		a := &d.Actors[i]
		if a.Kind != doc.KindPerson || a.Country != country || a.ID == otherID {
			continue
		}
		for _, m := range a.Mentions {
			for _, ev := range e.Evidence {
				if ev.Span.Contains(m) && (bestPos < 0 || m.Start < bestPos) {
					best, bestPos = a, m.Start
				}
			}
		}
	}
	return best
}

// inCountryMention reports whether word w belongs to a mention of a country.
func inCountryMention(s *actor.Sentence, w int) bool {
	for _, m := range s.Mentions {
		if w >= m.W0 && w < m.W1 && m.Country != "" {
			return true
		}
	}
	return false
}

// quoteDiffers reports whether a mention and a trigger sit on different
// sides of a quotation mark: "X said the US 'stands with our ally,
// the Philippines' and condemned China" has no party inside the quote.
func quoteDiffers(s *actor.Sentence, m *actor.Mention, h hit) bool {
	if s.Quoted == nil || m.W0 >= len(s.Quoted) || h.w0 >= len(s.Quoted) {
		return false
	}
	if s.Quoted[m.W0] == s.Quoted[h.w0] {
		return false
	}
	// A quote the report's light verb opens ("affirmed the Kingdom's
	// "full solidarity with the State of Kuwait"") is its own words.
	if h.light != nil && h.lw0 < len(s.Quoted) && !s.Quoted[h.lw0] && s.Quoted[h.w0] {
		return false
	}
	// A few words quoted in the report's own sentence ("said it
	// "categorically rejects" the demand") are its words, not a speech
	// inside it.
	if w := h.w0; s.Quoted[w] {
		a, b := w, w
		for a > 0 && s.Quoted[a-1] {
			a--
		}
		for b+1 < len(s.Quoted) && s.Quoted[b+1] {
			b++
		}
		if b-a < 8 {
			return false
		}
	}
	return true
}

// placeCountry returns the country where a sentence places its event (an
// "in/di" place of the sentence, else the dateline's, else the national
// outlet's), when it is not the source's own; else "". With between,
// for an act done to the place's country (aid received, people
// deported), the outlet's country is taken only for an act between the
// story's two sides.
func (c *Coder) placeCountry(d *doc.Document, s *actor.Sentence, src string, main [2]string, between bool) string {
	if c, found := sentencePlace(s, src, true); found {
		return c
	}
	if d.Dateline != nil {
		if dc := c.alx.LookupCountry(d.Dateline.Place); dc != "" && dc != src {
			return dc
		}
		return ""
	}
	// ("THE New Zealand Government yesterday handed over relief
	// supplies" in The Fiji Times: with no dateline, the national
	// outlet's own country, when it is a side of the story.)
	// (With between, only between the story's two sides: a third country's
	// aid in an Indonesian paper's story of Indonesian aid to
	// Timor-Leste, "Selain Indonesia, Australia juga mengirimkan
	// bantuan", is not Indonesia's to receive; nor aid in a sentence that
	// names the outlet's country as a party of its own.)
	if oc := c.alx.OutletCountry(d.Outlet); oc != "" && oc != src && (oc == main[0] || oc == main[1]) {
		if between && (src != main[0] && src != main[1] || namedParty(s, oc)) {
			return ""
		}
		return oc
	}
	return ""
}

// namedParty reports a mention of country c in s that is no place.
func namedParty(s *actor.Sentence, c string) bool {
	for _, m := range s.Mentions {
		if m.Country == c && !m.Loc {
			return true
		}
	}
	return false
}

// inTalks reports a meeting noun in a prepositional phrase: "in phone
// talks", "during talks", "dalam pembicaraan telepon".
func inTalks(ws []lexicon.Word, w0 int) bool {
	for w := w0 - 1; w >= 0 && w >= w0-2; w-- {
		switch ws[w].Lower {
		case "in", "during", "dalam", "melalui", "via", "by", "lewat",
			"after", "following", "usai", "seusai", "setelah":
			// ("announced the package after talks with X": the talks are
			// the subject's.)
			return true
		case "phone", "telephone", "video", "virtual", "bilateral", "their", "the", "a":
		default:
			return false
		}
	}
	return false
}

// activityVerbBefore reports a verb that starts, holds or ends an
// activity right before its noun (a determiner and two modifiers may
// stand between): "began a joint exercise", "memulai latihan bersama".
func activityVerbBefore(ws []lexicon.Word, w0 int) bool {
	for w := w0 - 1; w >= 0 && w >= w0-4; w-- {
		switch ws[w].Lower {
		case "melalui", "dengan", "through", "via", "with", "in", "di", "to", "ke", "untuk", "for", "of", ",":
			return false // "menyelesaikan sengketa melalui dialog"
		}
		switch ws[w].Lower {
		case "began", "begin", "begins", "started", "starts", "launched", "launch", "launches", "concluded", "concludes",
			"wrapped", "completed", "completes", "staged", "stage", "carried", "kicked", "ended", "ends", "closed",
			"memulai", "menutup", "mengakhiri", "melaksanakan", "menyelesaikan":
			return true
		}
	}
	return false
}

// visitContext reports words before a visit noun that make it the clause
// subject's visit: "dalam rangka", "on a", "during", "selama", and verbs
// that begin one ("memulai kunjungan", "began a visit"). Verbs that end
// one ("concluded a visit on Friday") are left out: their day is the
// visit's last, not its first.
// fugitiveAfter reports a wanted person among the few words after w,
// before the one he is handed to.
func fugitiveAfter(ws []lexicon.Word, w int) bool {
	for k := w; k < len(ws) && k < w+7; k++ {
		l := ws[k].Lower
		if l == "to" || l == "kepada" || ws[k].Kind == doc.Punct {
			return false
		}
		if fugitiveWords[l] {
			return true
		}
	}
	return false
}

var sinceWords = map[string]bool{"since": true, "sejak": true}

var fugitiveWords = map[string]bool{"wanted": true, "fugitive": true, "fugitives": true, "suspect": true, "suspects": true, "convict": true, "buronan": true, "tersangka": true, "dpo": true, "terpidana": true, "buron": true}

// coordinatedWith returns the country mention joined to m by "and"
// ("Singaporean and Indonesian"), or nil.
func coordinatedWith(ws []lexicon.Word, ms []actor.Mention, m *actor.Mention) *actor.Mention {
	for k := range ms {
		p := &ms[k]
		if p.Country == "" || p.Country == m.Country || p.Loc {
			continue
		}
		if p.W1 <= m.W0 && coordinated(ws, p.W1, m.W0) || m.W1 <= p.W0 && coordinated(ws, m.W1, p.W0) {
			return p
		}
	}
	return nil
}

// travelWords are the verbs of travelling to a place.
// actNouns are acts a statement condemns as things: "condemned the
// incursion", "mengecam insiden tersebut".
var actNouns = map[string]bool{"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "incident": true,
	"incursion": true, "incursions": true, "measures": true, "measure": true, "move": true, "decision": true, "discharge": true, "release": true,
	"seizure": true, "detention": true, "arrest": true, "arrests": true, "shooting": true, "killing": true, "killings": true, "violation": true,
	"violations": true, "launch": true, "launches": true, "test": true, "tests": true, "drills": true, "bombing": true, "bombings": true, "sanctions": true,
	"serangan": true, "insiden": true, "tindakan": true, "langkah": true, "keputusan": true, "penangkapan": true, "penembakan": true, "pelanggaran": true,
	"penyerangan": true, "pembakaran": true, "penahanan": true}

// actNounAfter reports an act named as a thing right after a trigger:
// "the incursion", "these attacks", "the new measures", "insiden
// tersebut".
func actNounAfter(ws []lexicon.Word, w int) bool {
	for k := w; k < len(ws) && k <= w+3; k++ {
		l := ws[k].Lower
		switch {
		case actNouns[l]:
			return true
		case l == "the" || l == "these" || l == "this" || l == "that" || l == "its" || l == "new" || l == "latest" || l == "recent" || l == "keras" || l == "dengan":
		default:
			return false
		}
	}
	return false
}

// visitPlace returns the country of the first place the sentence puts
// someone in ("in Tokyo", "di Pakistan"), when it is not src; else "".
func visitPlace(s *actor.Sentence, src string) string {
	c, _ := sentencePlace(s, src, false)
	return c
}

// sentencePlace finds the first place the sentence names after "in" or
// "di" (with at, also "at" and "of"), and returns its country unless it
// is src.
func sentencePlace(s *actor.Sentence, src string, at bool) (country string, found bool) {
	for _, m := range s.Mentions {
		if m.Loc && m.Country != "" && m.Country != "IGO" && (m.Prep == "in" || m.Prep == "di" || at && (m.Prep == "at" || m.Prep == "of")) {
			if m.Country != src {
				return m.Country, true
			}
			return "", true
		}
	}
	return "", false
}

// sovereigntyWords name what a state's sovereignty consists of.
var sovereigntyWords = map[string]bool{"kedaulatan": true, "integritas": true, "wilayah": true, "teritorial": true, "keutuhan": true,
	"sovereignty": true, "territorial": true, "integrity": true, "terhadap": true, "atas": true, "for": true, "to": true, "of": true, "the": true,
	"and": true, "dan": true, "penuh": true, "full": true, "negara": true}

// sovereigntyOf returns the state whose sovereignty the words from w on
// speak of, "(dukungan) terhadap kedaulatan dan integritas wilayah
// Indonesia", "for the sovereignty of Ukraine", when they name it before
// cb; else nil.
func sovereigntyOf(ws []lexicon.Word, ms []actor.Mention, w, cb int) *actor.Mention {
	// (The trigger may hold the word: "menghormati kedaulatan".)
	sov := w > 0 && (ws[w-1].Lower == "kedaulatan" || ws[w-1].Lower == "sovereignty")
	k := w
	for k < len(ws) && k < cb && k < w+9 && sovereigntyWords[ws[k].Lower] {
		if l := ws[k].Lower; l == "kedaulatan" || l == "sovereignty" {
			sov = true
		}
		k++
	}
	if !sov {
		return nil
	}
	for i := range ms {
		if m := &ms[i]; m.W0 == k && m.Kind == actor.MCountry && m.Country != "" && m.Country != "IGO" {
			return m
		}
	}
	return nil
}

// andParticipleBetween reports "and" followed by an English -ing
// participle among words [from, to): "... and calling the Chinese
// actions dangerous".
func andParticipleBetween(ws []lexicon.Word, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if ws[k].Lower == "and" && len(ws[k+1].Lower) > 5 && strings.HasSuffix(ws[k+1].Lower, "ing") && !ws[k+1].Cap {
			return true
		}
	}
	return false
}

// heldAfter reports a verb of holding right after a meeting noun that
// opens its sentence: "was held", "digelar", "berlangsung".
func heldAfter(ws []lexicon.Word, w int) bool {
	for k := w; k < len(ws) && k <= w+2; k++ {
		switch ws[k].Lower {
		case "held", "digelar", "dilakukan", "diadakan", "dilaksanakan", "berlangsung":
			return true
		}
	}
	return false
}

// meetVerbBefore reports a verb of meeting or visiting among words
// [from, to).
func meetVerbBefore(ws []lexicon.Word, from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		switch ws[k].Lower {
		case "met", "visited", "bertemu", "menemui", "mengunjungi", "menjumpai":
			return true
		}
	}
	return false
}

// spokeWords are past verbs of speaking to or meeting someone.
var spokeWords = map[string]bool{"spoke": true, "phoned": true, "telephoned": true, "wrote": true, "met": true, "visited": true, "received": true, "bertemu": true, "menemui": true, "mengunjungi": true}

var beradaWords = map[string]bool{"berada": true, "tengah": true}

var travelWords = map[string]bool{"flew": true, "arrived": true, "arrives": true, "travelled": true, "traveled": true, "came": true, "headed": true, "landed": true}

func visitContext(ws []lexicon.Word, w0 int) bool {
	for w := w0 - 1; w >= 0 && w >= w0-3; w-- {
		// ("Bayu berada di Pakistan dalam kunjungan kerja": "dalam" after
		// the subject's "berada", being somewhere on a visit.)
		if ws[w].Lower == "dalam" && wordIn(ws, max(0, w-8), w, beradaWords) {
			return true
		}
		switch ws[w].Lower {
		case "rangka", "on", "during", "selama", "for",
			"memulai", "mengawali", "began", "begins", "begin", "started", "starts", "kicked", "kicks", "undertook", "undertakes", "undertaking":
			return true
		}
	}
	return false
}

// onlyVisitWords reports whether [a, b) holds only words that introduce a
// visitor: "received a courtesy call from X", "a delegation led by".
func onlyVisitWords(ws []lexicon.Word, a, b int) bool {
	for k := a; k < b && k < len(ws); k++ {
		switch ws[k].Lower {
		case "a", "an", "the", "courtesy", "call", "visit", "visiting", "official", "working", "from", "by", "of", "dari", "kunjungan", "his", "her", "their",
			"kehormatan", "resmi", "kerja", "delegation", "led", "rombongan", "delegasi", "yang", "dipimpin", ",",
			"farewell", "introductory", "outgoing", "incoming", "new", "newly", "newly-appointed", "newly-arrived", "perpisahan", "perkenalan", "baru":
		default:
			return false
		}
	}
	return true
}

// jointPrefixes open the listed joint activities ("joint patrol",
// "coordinated patrols", "combined exercise").
var jointPrefixes = map[string]bool{"joint": true, "coordinated": true, "combined": true}

// jointPhrase matches a listed joint activity with up to two modifiers
// between its words: "a coordinated maritime patrol", "joint naval
// search-and-rescue drills" code as "coordinated patrol" and "joint
// drills" do. The modifiers must be lower-case words, so a name between
// ("joint Garuda Shield exercise") still needs its own entry.
func jointPhrase(ws []lexicon.Word, i int, table *lexicon.Phrases[Trigger]) (hit, bool) {
	if !jointPrefixes[ws[i].Lower] {
		return hit{}, false
	}
	// ("joint naval exercise", "joint Russian-Lao military exercise": up
	// to two plain words, or the pair's names joined by a hyphen.)
	named := false
	for k := i + 2; k < len(ws) && k <= i+6; k++ {
		m := ws[k-1]
		if m.Cap && m.Kind == doc.Word || m.Text == "-" && k > i+2 && ws[k-2].Cap {
			named = true
		} else if m.Kind != doc.Word || m.Cap {
			break
		}
		if !named && k > i+3 {
			break
		}
		pair := [2]lexicon.Word{ws[i], ws[k]}
		if n, vals := table.Match(pair[:], 0); n == 2 && vals[0].Type == "COOPERATE" {
			return hit{w0: i, w1: k + 1, tr: vals[0], rule: "phrase (with modifiers)"}, true
		}
	}
	return hit{}, false
}

// asHost reports a mention marked as the host right after it: "Thabo
// Mahlangu selaku tuan rumah", "X, as the host,", "X sebagai tuan rumah".
func asHost(ws []lexicon.Word, m *actor.Mention) bool {
	w := m.W1
	if w < len(ws) && ws[w].Lower == "," {
		w++
	}
	if w+1 >= len(ws) {
		return false
	}
	switch ws[w].Lower {
	case "selaku", "sebagai":
		return ws[w+1].Lower == "tuan" && w+2 < len(ws) && ws[w+2].Lower == "rumah"
	case "as":
		if ws[w+1].Lower == "the" && w+2 < len(ws) {
			w++
		}
		return ws[w+1].Lower == "host" || ws[w+1].Lower == "hosts"
	}
	return false
}

// participleAfterNoun reports an English past participle that modifies
// the noun before it ("the weapons deployed there", "advisers deployed
// in Lae", "have been deployed") rather than a verb with a subject.
func participleAfterNoun(ws []lexicon.Word, h hit, lang string) bool {
	if lang != "en" || h.w0 == 0 || !strings.HasSuffix(ws[h.w0].Lower, "ed") {
		return false
	}
	p := ws[h.w0-1]
	if p.Kind != doc.Word || p.Cap {
		return false
	}
	switch p.Lower {
	case "has", "have", "had", "also", "then", "and", "later", "reportedly", "quickly", "it", "they", "which", "who", "that", "he", "she", "we", "subsequently", "swiftly", "immediately":
		return false
	}
	// ("Thailand's army dispatched additional troops", "deployed 200
	// soldiers": a verb with its object is no participle.)
	if h.w1-h.w0 >= 2 || h.w1 < len(ws) && (ws[h.w1].Kind == doc.Number || objectOpeners[ws[h.w1].Lower]) {
		return false
	}
	return true
}

// refuseWords refuse what follows them: "refused a request".
var refuseWords = map[string]bool{"refused": true, "refuses": true, "rejected": true, "rejects": true, "declined": true, "denied": true, "turned": true, "menolak": true, "ditolak": true}

// sentenceBreakWords end the reach of a word before them.
var sentenceBreakWords = map[string]bool{",": true, ";": true, ":": true, "and": true, "dan": true}

// adjectiveSlot holds the words after which a participle modifies the
// noun that follows: "release detained Australian writer", "the detained
// crew".
var adjectiveSlot = map[string]bool{"release": true, "releasing": true, "free": true, "freeing": true, "the": true, "a": true, "an": true, "its": true, "their": true, "of": true, "for": true, "two": true, "three": true, "all": true}

// objectOpeners open a verb's object: "deployed more troops".
var objectOpeners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "additional": true, "more": true, "extra": true, "some": true, "several": true, "hundreds": true, "thousands": true, "dozens": true}

// leadDay returns the one day the lead paragraph (the one the dateline
// opens) gives, when no reported event has a day of its own, or "".
func (c *Coder) leadDay(d *doc.Document, ar *actor.Result, cands []cand, dayOf func(int, bool) string) string {
	for k := range cands {
		if e := &cands[k]; e.Status == doc.Reported && !e.background && e.Date != "" && !e.lookBack && !e.earlier {
			return ""
		}
	}
	// paraDay returns the one day paragraph para gives from sentence si
	// on, whether it names the story's two sides, and where it ends.
	paraDay := func(si int) (day string, pair, ok bool, next int) {
		para := d.Sentences[si].Para
		ok = true
		for ; si < len(d.Sentences) && d.Sentences[si].Para == para; si++ {
			pair = pair || namesPair(ar, si)
			if x := dayOf(si, false); x != "" {
				if day != "" && day != x {
					ok = false
				}
				day = x
			}
		}
		return day, pair, ok, si
	}
	if d.Dateline != nil {
		for si := range d.Sentences {
			if sent := d.Sentences[si]; sent.Span.End > d.Dateline.Span.Start && sent.Span.Start <= d.Dateline.Span.End {
				if day, _, ok, _ := paraDay(si); ok {
					return day
				}
				return ""
			}
		}
		return ""
	}
	// With no dateline, the lead is the first paragraph that names the
	// story's two sides and gives a day: "Cambodia and South Korea on
	// June 12 renewed their memorandum ..." (not the headline above it).
	// (A paragraph with an event of its own has had its say: the days
	// the paragraph rule passed over there stay unused.)
	withEvent := map[int]bool{}
	for k := range cands {
		withEvent[cands[k].para] = true
	}
	for si := 0; si < len(d.Sentences) && d.Sentences[si].Para <= 6; {
		day, pair, ok, next := paraDay(si)
		if pair && day != "" && !withEvent[d.Sentences[si].Para] {
			if ok {
				return day
			}
			return ""
		}
		si = next
	}
	return ""
}

// protesterClause reports a trigger that opens a clause with no subject
// of its own after a demonstration: a participle ("denouncing",
// "demanding") or an Indonesian active verb after a comma ("...,
// memprotes", "..., menolak").
func protesterClause(ws []lexicon.Word, from int, h hit, lang string) bool {
	switch h.tr.Type {
	case "ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT":
	default:
		return false
	}
	w := strings.ToLower(ws[h.w0].Text)
	if lang == "en" {
		return strings.HasSuffix(w, "ing") && !h.noun
	}
	return h.w0 > from && ws[h.w0-1].Text == "," && strings.HasPrefix(w, "me")
}

// inRelative reports a trigger at w inside a relative clause that opens
// before it with no comma between: ", who arrived on Thursday for a
// three-day official visit".
func inRelative(ws []lexicon.Word, w int) bool {
	for k := w - 1; k >= 0 && k >= w-12; k-- {
		switch ws[k].Lower {
		case "who", "which", "yang":
			return true
		case ",", ".", ";", ":":
			return false
		}
	}
	return false
}

// aboutDocument reports a document noun a few words before w whose
// "on", "for", "tentang" or "mengenai" leads to w: "an agreement ... on
// the joint construction", "nota kesepahaman tentang patroli bersama".
func aboutDocument(ws []lexicon.Word, w int) bool {
	about := -1
	for k := w - 1; k >= 0 && k >= w-3; k-- {
		if l := ws[k].Lower; l == "on" || l == "for" || l == "tentang" || l == "mengenai" || l == "soal" {
			about = k
			break
		}
	}
	if about < 0 {
		return false
	}
	for k := about - 1; k >= 0 && k >= about-10; k-- {
		l := ws[k].Lower
		if documentNouns[l] || l == "mou" || l == "mous" || l == "perjanjian" || l == "kesepakatan" || l == "kesepahaman" {
			return true
		}
		if ws[k].Text == "." || ws[k].Text == ";" {
			break
		}
	}
	return false
}

// namesDay reports an expression that names a day: a calendar day, a
// weekday or a day relative to publication, and a span of days when
// spans count (else only one written as two weekdays, which dates as
// its first day).
func namesDay(x when.Expr, spans bool) bool {
	switch x.Kind {
	case when.Day, when.WeekdayOnly, when.Relative:
		return true
	case when.Range:
		return spans || weekdaySpan(x)
	}
	return false
}

// weekdaySpan reports a span written as two weekdays with their days,
// "Senin (16/6) hingga Jumat (20/6)": its first day dates what the
// paragraph tells, as "Senin (16/6)" alone would.
func weekdaySpan(x when.Expr) bool { return x.Kind == when.Range && x.Weekday != 0 }

// attackNouns name an armed attack.
var attackNouns = map[string]bool{"attack": true, "attacks": true, "raid": true, "raids": true, "strike": true, "strikes": true, "airstrike": true,
	"airstrikes": true, "bombing": true, "bombings": true, "shelling": true, "serangan": true, "penyerangan": true, "pengeboman": true, "penembakan": true}

// condemnedAttack returns the attack an accusation condemns, when the
// words after the trigger name it with its attacker and the country it
// struck: "condemned an Israeli raid on a hospital in Jenin on Sunday",
// "mengecam serangan udara Israel yang menghantam sekolah di Gaza pada
// Sabtu". The attack is dated by a day named after its noun, else not
// at all.
func (c *Coder) condemnedAttack(d *doc.Document, s *actor.Sentence, h hit, ev cand, dates []when.Expr, pub time.Time, havePub bool, yearHint int) (cand, bool) {
	if ev.Type != "ACCUSE" || ev.Status != doc.Reported {
		return cand{}, false
	}
	ws, ms := s.Words, s.Mentions
	_, cb := clause(ws, h)
	k := -1
	for w := h.w1; w < cb && w <= h.w1+4; w++ {
		if attackNouns[ws[w].Lower] {
			k = w
			break
		}
	}
	if k < 0 {
		return cand{}, false
	}
	var by, on *actor.Mention
	for i := range ms {
		m := &ms[i]
		if m.Country == "" || m.Country == "IGO" {
			continue
		}
		switch {
		case by == nil && (m.W1 <= k && m.W1 >= k-1 && m.W0 >= h.w1 || m.W0 > k && m.W0 <= k+2):
			by = m
		case by != nil && m.W0 > k && m.W0 < cb && m.Country != by.Country && (m.Loc || m.Prep == "on" || m.Prep == "ke" || m.Prep == "terhadap" || m.Prep == "against"):
			on = m
		}
		if on != nil {
			break
		}
	}
	if by == nil || on == nil || by.Loc {
		return cand{}, false
	}
	a := ev
	a.also = nil
	a.Type, a.Mode, a.Directed = "ASSAULT", "", true
	ss, ts := c.mkSide(d, by), c.mkSide(d, on)
	a.Source = doc.Side{Actor: ss.actorID, Name: ss.name, Country: ss.country, Sector: ss.sector}
	a.Target = doc.Side{Actor: ts.actorID, Name: ts.name, Country: ts.country, Sector: ts.sector}
	a.Rule = "the attack condemned"
	a.Date, a.DateEnd, a.DateText, a.DateSpan, a.dated, a.background = "", "", "", nil, false, false
	a.subj, a.obj = by, on
	// (Not a day after a comma: "mengutuk serangan Israel terhadap kamp
	// pengungsi di Gaza, Selasa (4/3)" is the condemnation's day.)
	comma := ws[cb-1].Span.End
	for w := k + 1; w < cb; w++ {
		if ws[w].Text == "," {
			comma = ws[w].Span.Start
			break
		}
	}
	for _, x := range dates {
		if x.Start <= ws[k].Span.Start || x.Start >= comma {
			continue
		}
		if r := x.Resolve(pub, havePub, yearHint); r.Date != "" && !r.Future {
			sp := x.Span
			a.Date, a.DateEnd, a.DateText, a.DateSpan, a.dated, a.background = r.Date, r.End, x.Text, &sp, true, r.Background
		}
		break
	}
	if a.Date == "" {
		return cand{}, false // (an attack not dated is no news of its own)
	}
	return a, true
}

// namesPair reports whether sentence si names both of the story's main
// countries.
func namesPair(ar *actor.Result, si int) bool {
	if ar.Main[0] == "" || ar.Main[1] == "" || si >= len(ar.Sentences) {
		return false
	}
	a, b := false, false
	for _, m := range ar.Sentences[si].Mentions {
		a = a || m.Country == ar.Main[0]
		b = b || m.Country == ar.Main[1]
	}
	return a && b
}

// sessionTrigger is the meeting a numbered session is.
var sessionTrigger = Trigger{Phrase: "sidang ke-N", Type: "CONSULT", Flags: map[string]bool{"noun": true, "sym": true}, Where: "code: numbered session"}

// numberedSession matches "sidang ke-9" (a session and its ordinal).
func numberedSession(ws []lexicon.Word, i int, lang string) (hit, bool) {
	if lang != "id" || ws[i].Lower != "sidang" || i+1 >= len(ws) {
		return hit{}, false
	}
	n := ws[i+1].Lower
	if !strings.HasPrefix(n, "ke-") || len(n) < 4 || n[3] < '0' || n[3] > '9' {
		return hit{}, false
	}
	return hit{w0: i, w1: i + 2, tr: sessionTrigger, noun: true, rule: "a numbered session"}, true
}

// acceptedInvitation matches an accepted invitation with its inviter or
// purpose between the words: "accepted the Kingdom's invitation",
// "menerima undangan resmi Presiden", read as the listed "accepted the
// invitation" and "menerima undangan".
func acceptedInvitation(ws []lexicon.Word, i int, table *lexicon.Phrases[Trigger]) (hit, bool) {
	switch ws[i].Lower {
	case "accepted", "accepts", "accept", "menerima":
	default:
		return hit{}, false
	}
	for k := i + 2; k < len(ws) && k <= i+5; k++ {
		if ws[k-1].Kind == doc.Punct && ws[k-1].Text != "'s" {
			break
		}
		if l := ws[k].Lower; l != "invitation" && l != "undangan" {
			continue
		}
		the := lexicon.Word{Text: "the", Lower: "the", Kind: doc.Word}
		for _, try := range [][]lexicon.Word{{ws[i], ws[k]}, {ws[i], the, ws[k]}} {
			if n, vals := table.Match(try, 0); n == len(try) && vals[0].Type == "AGREE" {
				return hit{w0: i, w1: k + 1, tr: vals[0], rule: "phrase (with words between)"}, true
			}
		}
		break
	}
	return hit{}, false
}

// locatedIn reports a place the text names after "in", "at" or "di"
// ("who is in Singapore"), not one gone to ("kembali ke Bangkok").
func locatedIn(text string, p *doc.Place) bool {
	if p.Span == nil || p.Span.Start > len(text) {
		return false
	}
	before := strings.TrimRight(text[:p.Span.Start], " ")
	i := strings.LastIndexAny(before, " \n(")
	switch strings.ToLower(before[i+1:]) {
	case "in", "at", "di":
		return true
	}
	return false
}

// namedPassive reports an event noun the sentence names as the subject
// of a passive anywhere in it: "Juru bicara Kemlu mengatakan nota protes
// disampaikan ... pada Kamis", "said the note was delivered on Thursday".
// dayIn reports a weekday name among ws[a:b].
func dayIn(ws []lexicon.Word, a, b int) bool {
	for k := a; k < b; k++ {
		if when.WeekdayNumber(ws[k].Lower) > 0 {
			return true
		}
	}
	return false
}

// diWords are words that start like a di- passive but are none: "nota
// diplomatik".
var diWords = map[string]bool{"diplomatik": true, "diplomasi": true, "diplomatic": true, "digital": true, "dinas": true, "direktur": true, "direksi": true, "disiplin": true, "diaspora": true, "dialog": true, "diskusi": true}

func namedPassive(ws []lexicon.Word, named func(int) bool) bool {
	for w := 0; w+1 < len(ws); w++ {
		// (The passive first: naming the noun may take a morphological
		// analysis, the passive only a look at the next word or two.)
		n := w + 1
		if l := ws[n].Lower; (l == "itu" || l == "tersebut") && n+1 < len(ws) {
			n++
		}
		// ("the protest note was handed": the noun may head a compound.)
		if l := ws[n].Lower; (l == "was" || l == "were" || len(l) > 4 && strings.HasPrefix(l, "di") && !ws[n].Cap && !diWords[l]) && (named(w) || w > 0 && ws[w-1].Kind == doc.Word && named(w-1)) {
			return true
		}
	}
	return false
}

// discussVerb reports a verb of discussing, whose object is a topic:
// discuss, discussed, bahas, membahas, dibahas.
func discussVerb(l string) bool {
	return strings.HasPrefix(l, "discuss") || strings.HasSuffix(l, "bahas") || strings.HasSuffix(l, "bahaskan")
}

// subheading reports a sentence that is a heading inside the story: a
// paragraph of its own, after the story has begun (a body paragraph of
// 25 words or more stands before it, so the page's headline and its
// date lines are none), of at most twelve words and no closing
// punctuation.
func subheading(d *doc.Document, si int) bool {
	sent := d.Sentences[si]
	if si > 0 && d.Sentences[si-1].Para == sent.Para || si+1 < len(d.Sentences) && d.Sentences[si+1].Para == sent.Para {
		return false
	}
	begun := false
	for p := 0; p < sent.Para && p < len(d.Paragraphs) && !begun; p++ {
		begun = !d.Paragraphs[p].Caption && len(strings.Fields(d.Paragraphs[p].Span.Of(d.Text))) >= 25
	}
	if !begun {
		return false
	}
	t := strings.TrimSpace(sent.Span.Of(d.Text))
	if t == "" || len(strings.Fields(t)) > 12 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".!?\"”:)", last)
}

// personAfter reports a person named right after word w, past "the" and
// "visiting": "welcomed (the visiting) Prime Minister X".
func personAfter(ws []lexicon.Word, ms []actor.Mention, w int) bool {
	for w < len(ws) && (ws[w].Lower == "the" || ws[w].Lower == "visiting" || ws[w].Lower == "his" || ws[w].Lower == "her") {
		w++
	}
	for k := range ms {
		if ms[k].W0 == w {
			return ms[k].Kind == actor.MPerson && ms[k].Country != ""
		}
	}
	return false
}

// openingPhrase reports a trigger at the head of a sentence's opening
// phrase: "In a meeting with", "During talks with", "Dalam pertemuan
// dengan", "Saat bertemu" — up to three words from the start.
func openingPhrase(ws []lexicon.Word, at int) bool {
	if at > 3 || len(ws) == 0 {
		return false
	}
	switch ws[0].Lower {
	case "in", "during", "at", "dalam", "saat", "pada", "ketika", "di", "usai", "after", "following":
		return true
	}
	return false
}

// openingPartner returns the party a sentence's opening meeting phrase
// names ("In a meeting with X, ...", "Dalam pertemuan dengan X, ..."),
// or nil.
func openingPartner(ws []lexicon.Word, ms []actor.Mention) *actor.Mention {
	if !openingPhrase(ws, 0) {
		return nil
	}
	comma := -1
	meeting := false
	for w := 1; w < len(ws) && w < 20; w++ {
		if ws[w].Text == "," {
			comma = w
			break
		}
		switch ws[w].Lower {
		case "meeting", "talks", "call", "visit", "pertemuan", "pembicaraan", "kunjungan", "bertemu", "menerima":
			meeting = true
		}
	}
	if !meeting || comma < 0 {
		return nil
	}
	for k := range ms {
		if m := &ms[k]; m.W1 <= comma && withPreps[m.Prep] && eligible(m) {
			return m
		}
	}
	return nil
}

// datedLikeIt reports a dated event of e's type between the same pair.
func datedLikeIt(cands []cand, e *cand, pairKey func(*cand) string) bool {
	for j := range cands {
		if o := &cands[j]; o != e && o.Date != "" && o.Type == e.Type && pairKey(o) == pairKey(e) {
			return true
		}
	}
	return false
}

// nextComma returns the first comma at or after word w, or -1.
func nextComma(ws []lexicon.Word, w int) int {
	for ; w < len(ws); w++ {
		if ws[w].Text == "," {
			return w
		}
	}
	return -1
}
