package storetest

import (
	"fmt"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

var gridPeople = map[string]string{
	"IDN": "Retno Marsudi", "CHN": "Wang Yi", "USA": "Antony Blinken", "KHM": "Prak Sokhonn", "RUS": "Sergey Lavrov",
}

// gridDocs returns n documents of three events each whose attributes
// cycle through countries, types, quad classes, statuses, contexts, dates
// and evidence keywords, so that every filter selects a different subset.
func gridDocs(n int) []*doc.Document {
	countries := []string{"IDN", "KHM", "RUS", "USA", "CHN", "", "IDN"}
	types := []string{"CONSULT", "AGREE", "PROTEST", "AID", "ACCUSE"}
	statuses := []string{doc.Reported, doc.Reported, doc.Planned, doc.Reported, doc.Negated, doc.Hypothetical}
	contexts := [][]string{{"diplomatic"}, {"economic"}, {"military", "diplomatic"}, nil}
	keywords := []string{"nickel", "rice", "navy", "vaccine", "bridge"}
	outlets := []string{"Antara", "Kompas", "Xinhua", ""}
	var docs []*doc.Document
	k := 0
	for i := range n {
		var sents []string
		type ev struct {
			src, tgt string
			kw       string
		}
		var evs []ev
		for j := range 3 {
			src := countries[k%len(countries)]
			tgt := countries[(k*3+1)%len(countries)]
			kw := keywords[k%len(keywords)]
			s := fmt.Sprintf("Officials from %s and %s discussed %s plans in meeting %d of series %d.", name(src), name(tgt), kw, j, i)
			sents = append(sents, s)
			evs = append(evs, ev{src, tgt, kw})
			k++
		}
		pub := fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+(i*7)%28)
		b := article(fmt.Sprintf("grid-%03d", i), outlets[i%len(outlets)], pub, "en", fmt.Sprintf("Grid story %d", i),
			append([]string{storyText(uint64(1000+i), 60)}, sents...)...)
		locals := map[string]string{}
		for _, e := range evs {
			for _, c := range []string{e.src, e.tgt} {
				if p, ok := gridPeople[c]; ok && locals[c] == "" {
					locals[c] = fmt.Sprintf("A%d", len(b.d.Actors)+1)
					b.actor(locals[c], doc.KindPerson, p, c, "GOV", "Foreign Minister")
					b.d.Actors[len(b.d.Actors)-1].Mentions = []doc.Span{{Start: 0, End: 1}}
				}
			}
		}
		for j, e := range evs {
			kk := i*3 + j
			date := fmt.Sprintf("2024-%02d-%02d", 1+kk%12, 1+(kk*5)%28)
			if kk%7 == 3 {
				date = ""
			}
			sideOf := func(c string) doc.Side {
				s := doc.Side{Country: c, Name: name(c)}
				if l := locals[c]; l != "" {
					s.Actor, s.Name, s.Sector = l, gridPeople[c], "GOV"
				}
				return s
			}
			b.event(doc.Event{
				Type: types[kk%len(types)], Status: statuses[kk%len(statuses)],
				Source: sideOf(e.src), Target: sideOf(e.tgt), Date: date,
				Contexts: contexts[kk%len(contexts)], QuadClass: 1 + kk%4, Goldstein: float64(kk%10) - 4.5,
				Evidence: b.evidence(sents[j]),
			})
		}
		docs = append(docs, b.d)
	}
	return docs
}

func name(c string) string {
	if c == "" {
		return "unnamed officials"
	}
	return "country " + c
}

// ref is a stored fixture event, for the reference filter.
type ref struct {
	d     *doc.Document
	e     *doc.Event
	docID int64
}

// matches is the reference implementation of EventFilter (without paging).
func matches(f store.EventFilter, r ref) bool {
	e := r.e
	regID := func(local string) int64 {
		for _, a := range r.d.Actors {
			if a.ID == local && local != "" {
				return a.RegistryID
			}
		}
		return 0
	}
	up := strings.ToUpper
	if c := up(f.Country); c != "" && e.Source.Country != c && e.Target.Country != c {
		return false
	}
	if a, b := up(f.Pair[0]), up(f.Pair[1]); a != "" {
		if !(e.Source.Country == a && e.Target.Country == b || e.Source.Country == b && e.Target.Country == a) {
			return false
		}
	}
	if f.ActorID != 0 && regID(e.Source.Actor) != f.ActorID && regID(e.Target.Actor) != f.ActorID {
		return false
	}
	if s := strings.ToLower(f.Actor); s != "" && !strings.Contains(strings.ToLower(e.Source.Name), s) && !strings.Contains(strings.ToLower(e.Target.Name), s) {
		return false
	}
	if f.Type != "" && e.Type != up(f.Type) {
		return false
	}
	if f.QuadClass != 0 && e.QuadClass != f.QuadClass {
		return false
	}
	if f.Context != "" {
		found := false
		for _, c := range e.Contexts {
			found = found || c == strings.ToLower(f.Context)
		}
		if !found {
			return false
		}
	}
	if f.Status != "" && e.Status != f.Status {
		return false
	}
	if f.From != "" && (e.Date == "" || e.Date < f.From) {
		return false
	}
	if f.To != "" && (e.Date == "" || e.Date > f.To) {
		return false
	}
	if f.DocID != 0 && r.docID != f.DocID {
		return false
	}
	if f.Text != "" {
		found := false
		for _, ev := range e.Evidence {
			for _, w := range strings.FieldsFunc(strings.ToLower(ev.Text), func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
				found = found || w == strings.ToLower(f.Text)
			}
		}
		if !found {
			return false
		}
	}
	return true
}
