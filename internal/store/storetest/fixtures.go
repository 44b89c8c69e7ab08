package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

// builder assembles a fixture document whose spans index its text.
type builder struct{ d *doc.Document }

func article(key, outlet, published, lang, title string, paras ...string) *builder {
	text := strings.Join(paras, "\n\n")
	return &builder{d: &doc.Document{
		ID: key, Origin: "fixture:" + key, Title: title, Outlet: outlet, Published: published,
		Language: lang, Raw: text, Text: text,
	}}
}

// span returns the span of the n-th (0-based) occurrence of s in the text.
func (b *builder) span(s string, n int) doc.Span {
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(b.d.Text[off:], s)
		if j < 0 {
			panic(fmt.Sprintf("storetest: %q (occurrence %d) not in fixture %s", s, n, b.d.ID))
		}
		if i == n {
			return doc.Span{Start: off + j, End: off + j + len(s)}
		}
		off += j + len(s)
	}
}

func (b *builder) spanp(s string) *doc.Span { sp := b.span(s, 0); return &sp }

// actor adds an actor whose mentions are every occurrence of each form.
func (b *builder) actor(id, kind, name, country, sector, title string, forms ...string) *builder {
	a := doc.Actor{ID: id, Kind: kind, Name: name, Country: country, Sector: sector, Title: title}
	if len(forms) > 0 {
		a.Aliases = forms
	}
	for _, f := range forms {
		for i := 0; strings.Count(b.d.Text, f) > i; i++ {
			a.Mentions = append(a.Mentions, b.span(f, i))
		}
	}
	b.d.Actors = append(b.d.Actors, a)
	return b
}

// evidence is the span and text of a sentence of the fixture.
func (b *builder) evidence(s string) []doc.Evidence {
	return []doc.Evidence{{Span: b.span(s, 0), Text: s}}
}

func (b *builder) event(e doc.Event) *builder {
	if e.ID == "" {
		e.ID = fmt.Sprintf("E%d", len(b.d.Events)+1)
	}
	if e.Status == "" {
		e.Status = doc.Reported
	}
	b.d.Events = append(b.d.Events, e)
	return b
}

func side(actor, name, country, sector string) doc.Side {
	return doc.Side{Actor: actor, Name: name, Country: country, Sector: sector}
}

// richDoc is a document with every field the store keeps filled in.
func richDoc() *doc.Document {
	lead := `PHNOM PENH, 5 Agustus (Xinhua) — Perdana Menteri Kamboja Samdech Techo Hun Sen bertemu dengan Menteri Luar Negeri Rusia Sergey Lavrov di Phnom Penh pada Kamis (4/8).`
	s2 := `Hun Sen mengatakan Kamboja dan Rusia akan memperluas kerja sama ekonomi tahun depan.`
	s3 := `"Kami menyambut investasi Rusia," kata Hun Sen.`
	s4 := `Perdagangan bilateral kedua negara mencapai $1,948 miliar tahun lalu.`
	s5 := `Lavrov juga menandatangani nota kesepahaman dengan Menteri Luar Negeri Kamboja Prak Sokhonn.`
	b := article("seed-002", "Xinhua", "2022-08-05", "id", "Hun Sen bertemu Lavrov di Phnom Penh", lead, s2+" "+s3, s4, s5)
	d := b.d
	d.URL = "https://example.org/hun-sen-lavrov"
	d.PublishedFrom = "input"
	d.InputLanguage = "id"
	d.Raw = "  " + d.Text + "\n<!-- raw -->"
	d.Dateline = &doc.Dateline{Place: "Phnom Penh", Date: "2022-08-05", Outlet: "Xinhua", Span: b.span("PHNOM PENH, 5 Agustus (Xinhua) —", 0)}
	b.actor("A1", doc.KindPerson, "Samdech Techo Hun Sen", "KHM", "GOV", "Perdana Menteri", "Samdech Techo Hun Sen", "Hun Sen")
	d.Actors[0].Mentions = []doc.Span{b.span("Samdech Techo Hun Sen", 0), b.span("Hun Sen", 1), b.span("Hun Sen", 2)}
	b.actor("A2", doc.KindPerson, "Sergey Lavrov", "RUS", "GOV", "Menteri Luar Negeri", "Sergey Lavrov", "Lavrov")
	d.Actors[1].Mentions = []doc.Span{b.span("Sergey Lavrov", 0), b.span("Lavrov", 1)}
	b.actor("A3", doc.KindCountry, "Kamboja", "KHM", "", "", "Kamboja")
	b.actor("A4", doc.KindPerson, "Prak Sokhonn", "KHM", "GOV", "Menteri Luar Negeri", "Prak Sokhonn")
	d.Actors[3].Org = "Kementerian Luar Negeri Kamboja"
	b.event(doc.Event{
		Type: "CONSULT", Mode: "visit", Source: side("A2", "Sergey Lavrov", "RUS", "GOV"), Target: side("A1", "Samdech Techo Hun Sen", "KHM", "GOV"),
		Directed: true, Date: "2022-08-04", DateText: "Kamis (4/8)", DateSpan: b.spanp("Kamis (4/8)"),
		Location: &doc.Place{Name: "Phnom Penh", Country: "KHM", Span: b.spanp("di Phnom Penh")},
		Contexts: []string{"diplomatic"}, CAMEO: "042", QuadClass: 1, Goldstein: 1.9,
		Trigger: b.span("bertemu", 0), Rule: "consult.meet", Lexicon: []string{"id/verbs.tsv:12"},
		Evidence: b.evidence(lead),
	})
	b.event(doc.Event{
		Type: "COOPERATE", Mode: "economic", Status: doc.Planned, Source: side("A3", "Kamboja", "KHM", ""), Target: side("", "Rusia", "RUS", ""),
		Contexts: []string{"economic", "diplomatic"}, CAMEO: "061", QuadClass: 2, Goldstein: 6.4,
		Trigger: b.span("memperluas", 0), Rule: "cooperate.expand", Evidence: b.evidence(s2),
		DateText: "tahun depan",
	})
	b.event(doc.Event{
		Type: "AGREE", Source: side("A2", "Sergey Lavrov", "RUS", "GOV"), Target: side("A4", "Prak Sokhonn", "KHM", "GOV"),
		Date: "2022-08-04", DateEnd: "2022-08-05", Location: &doc.Place{Name: "Phnom Penh", Country: "KHM"},
		Contexts: []string{"diplomatic"}, CAMEO: "057", QuadClass: 1, Goldstein: 8,
		Trigger: b.span("menandatangani", 0), Evidence: []doc.Evidence{{Span: b.span(s5, 0), Text: s5}, {Span: b.span(s4, 0), Text: s4}},
	})
	d.Quotes = []doc.Quote{{Speaker: "A1", Text: "Kami menyambut investasi Rusia,", Span: b.span("Kami menyambut investasi Rusia,", 0)}}
	d.Figures = []doc.Figure{{Kind: "money", Value: 1.948e9, Unit: "USD", Text: "$1,948 miliar", Span: b.span("$1,948 miliar", 0)}}
	d.Diagnostics = []doc.Diagnostic{
		{Level: doc.Warning, Stage: "date", Message: "weekday Kamis agrees with 2022-08-04", Span: b.spanp("Kamis")},
		{Level: doc.Info, Message: "language declared by input"},
	}
	return d
}

// sameStoryDoc reports richDoc's first event from another outlet, in
// English, with other titles and aliases for the same two people.
func sameStoryDoc() *doc.Document {
	s1 := `Russian Foreign Minister Sergey Lavrov met Cambodian Prime Minister Hun Sen in Phnom Penh on Thursday, the Cambodian government said.`
	s2 := `PM Hun Sen told reporters the two countries would deepen economic ties.`
	b := article("antara-17", "Antara", "2022-08-06", "en", "Lavrov meets Hun Sen", s1, s2)
	b.actor("A1", doc.KindPerson, "Hun Sen", "KHM", "GOV", "Prime Minister", "PM Hun Sen", "Hun Sen")
	b.d.Actors[0].Mentions = []doc.Span{b.span("Hun Sen", 0), b.span("PM Hun Sen", 0)}
	b.actor("A2", doc.KindPerson, "Sergey Lavrov", "RUS", "GOV", "Foreign Minister", "Sergey Lavrov")
	b.event(doc.Event{
		Type: "CONSULT", Mode: "visit", Source: side("A2", "Sergey Lavrov", "RUS", "GOV"), Target: side("A1", "Hun Sen", "KHM", "GOV"),
		Directed: true, Date: "2022-08-04", DateText: "Thursday", Contexts: []string{"diplomatic"},
		CAMEO: "042", QuadClass: 1, Goldstein: 1.9, Trigger: b.span("met", 0), Evidence: b.evidence(s1),
	})
	return b.d
}

var vocab = strings.Fields(`the minister said government talks trade border security agreement president
visit capital officials meeting foreign economic cooperation military navy exercise port investment loan
bank energy pipeline fisheries rice exports tariffs summit delegation ambassador embassy protest court
election parliament budget ministry spokesman statement region island river province village police army
troops drills airport railway project bridge factory workers union farmers students teachers doctors
hospital vaccine health water power coal nickel palm oil coffee tourism visa students scholarship`)

// storyText returns a deterministic news-like body of paragraphs of 20 to
// 40 words each, about words long in total.
func storyText(seed uint64, words int) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var paras []string
	for words > 0 {
		n := min(words, 20+r.IntN(21))
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[r.IntN(len(vocab))]
		}
		paras = append(paras, strings.Join(ws, " ")+".")
		words -= n
	}
	return strings.Join(paras, "\n\n")
}
