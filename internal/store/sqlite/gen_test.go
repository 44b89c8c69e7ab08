package sqlite

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

var genWords = strings.Fields(`the minister said government talks trade border security agreement president
visit capital officials meeting foreign economic cooperation military navy exercise port investment loan
bank energy pipeline fisheries rice exports tariffs summit delegation ambassador embassy protest court
election parliament budget ministry spokesman statement region island river province village police army
troops drills airport railway project bridge factory workers union farmers students teachers doctors
hospital vaccine health water power coal nickel palm oil coffee tourism visa scholarship menteri kerja sama
pemerintah perdagangan keamanan perbatasan presiden kunjungan pejabat pertemuan ekonomi militer`)

var genPeople = []struct{ name, country, title string }{
	{"Retno Marsudi", "IDN", "Foreign Minister"}, {"Wang Yi", "CHN", "Foreign Minister"},
	{"Antony Blinken", "USA", "Secretary of State"}, {"Prak Sokhonn", "KHM", "Foreign Minister"},
	{"Sergey Lavrov", "RUS", "Foreign Minister"}, {"Vivian Balakrishnan", "SGP", "Foreign Minister"},
	{"Penny Wong", "AUS", "Foreign Minister"}, {"Yoko Kamikawa", "JPN", "Foreign Minister"},
}

// genDoc returns generated document i: about 3 KB of text, four actors
// (three people and a country) and three events, unique per i.
func genDoc(i int) *doc.Document {
	r := rand.New(rand.NewPCG(uint64(i), 42))
	var b strings.Builder
	fmt.Fprintf(&b, "Story %d.", i)
	for b.Len() < 3000 {
		b.WriteString("\n\n")
		n := 20 + r.IntN(20)
		for j := range n {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(genWords[r.IntN(len(genWords))])
		}
		b.WriteByte('.')
	}
	text := b.String()
	d := &doc.Document{
		ID: fmt.Sprintf("gen-%07d", i), Origin: "gen", Title: fmt.Sprintf("Generated story %d", i),
		Outlet: []string{"Antara", "Kompas", "Xinhua", "Reuters"}[i%4], Published: fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28),
		Language: "en", Raw: text, Text: text,
	}
	var ps [3]int
	for k := range ps {
		ps[k] = (i + k*3) % len(genPeople)
	}
	for k, p := range ps {
		g := genPeople[p]
		d.Actors = append(d.Actors, doc.Actor{
			ID: fmt.Sprintf("A%d", k+1), Kind: doc.KindPerson, Name: g.name, Country: g.country, Sector: "GOV",
			Title: g.title, Aliases: []string{g.name, strings.Fields(g.name)[1]},
			Mentions: []doc.Span{{Start: 10 * k, End: 10*k + 5}, {Start: 100 + k, End: 105 + k}},
		})
	}
	d.Actors = append(d.Actors, doc.Actor{ID: "A4", Kind: doc.KindCountry, Name: "Indonesia", Country: "IDN",
		Mentions: []doc.Span{{Start: 0, End: 5}}})
	types := []string{"CONSULT", "AGREE", "COOPERATE", "ACCUSE"}
	for k := range 3 {
		src, tgt := d.Actors[k], d.Actors[(k+1)%3]
		d.Events = append(d.Events, doc.Event{
			ID: fmt.Sprintf("E%d", k+1), Type: types[(i+k)%len(types)], Status: doc.Reported,
			Source: doc.Side{Actor: src.ID, Name: src.Name, Country: src.Country, Sector: "GOV"},
			Target: doc.Side{Actor: tgt.ID, Name: tgt.Name, Country: tgt.Country, Sector: "GOV"},
			Date:   fmt.Sprintf("2024-%02d-%02d", 1+(i+k)%12, 1+(i*3+k)%28), Contexts: []string{"diplomatic"},
			QuadClass: 1 + k%4, Goldstein: float64(k), Trigger: doc.Span{Start: 20, End: 25},
			Evidence: []doc.Evidence{{Span: doc.Span{Start: 0, End: 200}, Text: text[:200]}},
		})
	}
	return d
}
