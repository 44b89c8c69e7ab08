package apitest

import (
	"context"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// ev describes one fixture event; spans are found by searching the text.
type ev struct {
	typ, mode, status string
	src, tgt          string // actor ids in the doc
	srcCC, tgtCC      string
	date              string
	contexts          []string
	quad              int
	gold              float64
	cameo             string
	trigger, evidence string
}

type actorSpec struct {
	id, kind, name, country, sector, title string
	aliases                                []string
}

func find(text, sub string) doc.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("apitest: fixture text lacks " + sub)
	}
	return doc.Span{Start: i, End: i + len(sub)}
}

func build(id, title, outlet, lang, published, text string, actors []actorSpec, evs []ev) *doc.Document {
	d := &doc.Document{
		ID: id, Origin: "fixture:" + id, URL: "https://example.org/" + id, Title: title, Outlet: outlet,
		Published: published, Language: lang, Raw: text, Text: text,
	}
	names := map[string]actorSpec{}
	for _, a := range actors {
		names[a.id] = a
		al := a.aliases
		if len(al) == 0 {
			al = []string{a.name}
		}
		var ms []doc.Span
		for _, s := range al {
			if strings.Contains(text, s) {
				ms = append(ms, find(text, s))
			}
		}
		d.Actors = append(d.Actors, doc.Actor{ID: a.id, Kind: a.kind, Name: a.name, Country: a.country, Sector: a.sector, Title: a.title, Aliases: al, Mentions: ms})
	}
	for i, e := range evs {
		sp := find(text, e.evidence)
		de := doc.Event{
			ID: "E" + string(rune('1'+i)), Type: e.typ, Mode: e.mode, Status: e.status,
			Source:   doc.Side{Actor: e.src, Name: names[e.src].name, Country: e.srcCC, Sector: names[e.src].sector},
			Target:   doc.Side{Actor: e.tgt, Name: names[e.tgt].name, Country: e.tgtCC, Sector: names[e.tgt].sector},
			Directed: true, Date: e.date, Contexts: e.contexts, CAMEO: e.cameo, QuadClass: e.quad, Goldstein: e.gold,
			Trigger:  find(text, e.trigger),
			Evidence: []doc.Evidence{{Span: sp, Text: e.evidence}},
		}
		if e.src == "" {
			de.Source.Name = ""
		}
		if e.tgt == "" {
			de.Target.Name = ""
		}
		d.Events = append(d.Events, de)
	}
	return d
}

// Documents returns the fixture documents: five short articles about
// Indonesia, Cambodia, Australia, Russia and China, in English and
// Indonesian, with actors, events (spans into the text), a quote and a
// figure. Each call returns fresh copies.
func Documents() []*doc.Document {
	t1 := "JAKARTA, 14 March 2024 — Indonesian Foreign Minister Retno Marsudi met Cambodian Prime Minister Hun Manet in Jakarta on Thursday. " +
		"The two leaders agreed to expand trade to $1.5 billion by 2026. \"Our friendship is strong,\" Retno said."
	d1 := build("fix-001", "Indonesia and Cambodia agree to expand trade", "Antara", "en", "2024-03-14", t1,
		[]actorSpec{
			{"A1", doc.KindPerson, "Retno Marsudi", "IDN", "GOV", "Foreign Minister", []string{"Retno Marsudi", "Retno"}},
			{"A2", doc.KindPerson, "Hun Manet", "KHM", "GOV", "Prime Minister", nil},
		},
		[]ev{
			{"CONSULT", "visit", doc.Reported, "A1", "A2", "IDN", "KHM", "2024-03-14", []string{"diplomatic"}, 1, 1.9, "042",
				"met", "Indonesian Foreign Minister Retno Marsudi met Cambodian Prime Minister Hun Manet in Jakarta on Thursday."},
			{"AGREE", "", doc.Reported, "A1", "A2", "IDN", "KHM", "2024-03-14", []string{"economic"}, 1, 4.0, "057",
				"agreed", "The two leaders agreed to expand trade to $1.5 billion by 2026."},
		})
	d1.Quotes = []doc.Quote{{Speaker: "A1", Text: "Our friendship is strong,", Span: find(t1, "\"Our friendship is strong,\"")}}
	d1.Figures = []doc.Figure{{Kind: "money", Value: 1.5e9, Unit: "USD", Text: "$1.5 billion", Span: find(t1, "$1.5 billion")}}

	t2 := "PHNOM PENH, 5 April 2024 (Xinhua) — Perdana Menteri Kamboja Hun Manet menerima kunjungan Menteri Luar Negeri Rusia Sergey Lavrov pada Jumat. " +
		"Rusia berjanji memberikan bantuan kemanusiaan kepada Kamboja."
	d2 := build("fix-002", "Lavrov kunjungi Phnom Penh", "Xinhua", "id", "2024-04-05", t2,
		[]actorSpec{
			{"A1", doc.KindPerson, "Hun Manet", "KHM", "GOV", "Perdana Menteri", nil},
			{"A2", doc.KindPerson, "Sergey Lavrov", "RUS", "GOV", "Menteri Luar Negeri", nil},
		},
		[]ev{
			{"CONSULT", "visit", doc.Reported, "A2", "A1", "RUS", "KHM", "2024-04-05", []string{"diplomatic"}, 1, 1.9, "042",
				"kunjungan", "Perdana Menteri Kamboja Hun Manet menerima kunjungan Menteri Luar Negeri Rusia Sergey Lavrov pada Jumat."},
			{"AID", "humanitarian", doc.Planned, "A2", "A1", "RUS", "KHM", "2024-04-05", []string{"humanitarian"}, 2, 7.4, "073",
				"bantuan", "Rusia berjanji memberikan bantuan kemanusiaan kepada Kamboja."},
		})

	t3 := "CANBERRA, 20 May 2024 — Australia accused China of unsafe manoeuvres near its navy ship. " +
		"Defence Minister Richard Marles said Beijing must explain the incident."
	d3 := build("fix-003", "Australia accuses China over navy incident", "ABC", "en", "2024-05-20", t3,
		[]actorSpec{
			{"A1", doc.KindCountry, "Australia", "AUS", "GOV", "", nil},
			{"A2", doc.KindCountry, "China", "CHN", "GOV", "", []string{"China", "Beijing"}},
			{"A3", doc.KindPerson, "Richard Marles", "AUS", "MIL", "Defence Minister", nil},
		},
		[]ev{
			{"ACCUSE", "", doc.Reported, "A1", "A2", "AUS", "CHN", "2024-05-20", []string{"military"}, 3, -2.0, "112",
				"accused", "Australia accused China of unsafe manoeuvres near its navy ship."},
			{"REQUEST", "", doc.Reported, "A3", "A2", "AUS", "CHN", "2024-05-20", []string{"military"}, 1, -0.5, "102",
				"must explain", "Defence Minister Richard Marles said Beijing must explain the incident."},
		})

	t4 := "JAKARTA, 2 Juni 2024 — Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Jakarta pada Senin. " +
		"Kedua negara menandatangani perjanjian kerja sama pertahanan."
	d4 := build("fix-004", "Jokowi terima Albanese", "Kompas", "id", "2024-06-03", t4,
		[]actorSpec{
			{"A1", doc.KindPerson, "Joko Widodo", "IDN", "GOV", "Presiden", nil},
			{"A2", doc.KindPerson, "Anthony Albanese", "AUS", "GOV", "Perdana Menteri", nil},
		},
		[]ev{
			{"CONSULT", "meet", doc.Reported, "A1", "A2", "IDN", "AUS", "2024-06-03", []string{"diplomatic"}, 1, 2.8, "043",
				"bertemu", "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Jakarta pada Senin."},
			{"COOPERATE", "", doc.Reported, "A1", "A2", "IDN", "AUS", "2024-06-03", []string{"military"}, 1, 6.0, "061",
				"menandatangani", "Kedua negara menandatangani perjanjian kerja sama pertahanan."},
		})

	t5 := "JAKARTA, 10 July 2024 — Indonesia rejected Cambodia's proposal on fishing rights on Wednesday. " +
		"Retno Marsudi said Jakarta would not accept the terms."
	d5 := build("fix-005", "Indonesia rejects Cambodian fishing proposal", "Jakarta Post", "en", "2024-07-10", t5,
		[]actorSpec{
			{"A1", doc.KindCountry, "Indonesia", "IDN", "GOV", "", nil},
			{"A2", doc.KindCountry, "Cambodia", "KHM", "GOV", "", nil},
			{"A3", doc.KindPerson, "Retno Marsudi", "IDN", "GOV", "Foreign Minister", nil},
		},
		[]ev{
			{"REJECT", "", doc.Reported, "A1", "A2", "IDN", "KHM", "2024-07-10", []string{"economic", "territory"}, 3, -4.0, "120",
				"rejected", "Indonesia rejected Cambodia's proposal on fishing rights on Wednesday."},
		})
	return []*doc.Document{d1, d2, d3, d4, d5}
}

// Load stores docs in st and fails the test on any error.
func Load(t testing.TB, st store.Store, docs []*doc.Document) {
	t.Helper()
	for _, d := range docs {
		if _, err := st.PutDocument(context.Background(), d); err != nil {
			t.Fatalf("PutDocument(%s): %v", d.ID, err)
		}
	}
}
