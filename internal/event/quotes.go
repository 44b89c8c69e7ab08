package event

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/doc"
)

var speechWords = map[string]bool{
	"said": true, "says": true, "say": true, "stated": true, "added": true, "told": true, "noted": true, "explained": true, "cautioned": true,
	"stressed": true, "emphasised": true, "emphasized": true, "remarked": true, "continued": true, "according": true, "asserted": true, "declared": true,
	"kata": true, "katanya": true, "ujar": true, "ujarnya": true, "ucap": true, "ucapnya": true, "tambah": true, "tambahnya": true, "imbuh": true,
	"imbuhnya": true, "tutur": true, "tuturnya": true, "jelas": true, "jelasnya": true, "mengatakan": true, "menyatakan": true, "menjelaskan": true,
	"menegaskan": true, "menambahkan": true, "ungkap": true, "ungkapnya": true, "terang": true, "terangnya": true, "menurut": true, "sebut": true, "sebutnya": true,
}

// quotes finds quotations ("..." within a paragraph, possibly over
// several sentences) and their speakers from the attribution after or
// before them.
func quotes(d *doc.Document, ar *actor.Result, lang string) []doc.Quote {
	type ment struct {
		sp    doc.Span
		actor int
	}
	var ms []ment
	var speech []doc.Span
	for si, s := range ar.Sentences {
		_ = si
		for _, m := range s.Mentions {
			if m.Actor >= 0 {
				ms = append(ms, ment{m.Span, m.Actor})
			}
		}
		for _, w := range s.Words {
			if speechWords[w.Lower] {
				speech = append(speech, w.Span)
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].sp.Start < ms[j].sp.Start })
	var out []doc.Quote
	t := d.Text
	for _, p := range d.Paragraphs {
		pt := p.Span.Of(t)
		open := -1
		for i := 0; i < len(pt); i++ {
			if pt[i] != '"' {
				continue
			}
			if open < 0 {
				open = i
				continue
			}
			q := doc.Span{Start: p.Start + open, End: p.Start + i + 1}
			open = -1
			if q.Len() < 12 {
				continue // a scare-quoted term, not a quotation
			}
			out = append(out, doc.Quote{Text: strings.Trim(q.Of(t), "\" "), Span: q, Speaker: speaker(d, q, p.Span, ms2(ms), speech)})
		}
		if open >= 0 && len(pt)-open > 40 {
			q := doc.Span{Start: p.Start + open, End: p.End}
			out = append(out, doc.Quote{Text: strings.Trim(q.Of(t), "\" "), Span: q, Speaker: speaker(d, q, p.Span, ms2(ms), speech)})
		}
	}
	return out
}

type mspan struct {
	sp    doc.Span
	actor int
}

func ms2[T any](in []T) []mspan {
	out := make([]mspan, len(in))
	for i, x := range in {
		switch v := any(x).(type) {
		case struct {
			sp    doc.Span
			actor int
		}:
			out[i] = mspan{v.sp, v.actor}
		}
	}
	return out
}

// speaker attributes a quote: an actor after the quote near a speech
// word ("said X", "X said", "kata X"), else one before it ("X said:").
func speaker(d *doc.Document, q, para doc.Span, ms []mspan, speech []doc.Span) string {
	hasSpeech := func(a, b int) bool {
		for _, s := range speech {
			if s.Start >= a && s.End <= b {
				return true
			}
		}
		return false
	}
	// After: within the paragraph, up to 120 bytes past the quote.
	limit := q.End + 120
	if limit > para.End {
		limit = para.End
	}
	if hasSpeech(q.End, limit) {
		for _, m := range ms {
			if m.sp.Start >= q.End && m.sp.Start < limit {
				return d.Actors[m.actor].ID
			}
		}
	}
	// Before: in the same paragraph, shortly before the quote.
	start := q.Start - 150
	if start < para.Start {
		start = para.Start
	}
	if hasSpeech(start, q.Start) {
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].sp.End <= q.Start && ms[k].sp.Start >= start {
				return d.Actors[ms[k].actor].ID
			}
		}
	}
	return ""
}

var (
	currencyRe = regexp.MustCompile(`(?i)(US\$|USD|S\$|SGD|A\$|AUD|NZ\$|NZD|RM|Rp\.?|IDR|EUR|€|£|GBP|¥|JPY|\$)\s?(\d[\d.,]*)(?:\s*(triliun|trillion|tn|miliar|milyar|billion|bn|juta|million|mln|mn|ribu|thousand|m|b)\b)?`)
	wordCurRe  = regexp.MustCompile(`(?i)\b(\d[\d.,]*)\s*(triliun|trillion|miliar|milyar|billion|juta|million|ribu|thousand)?\s*(dolar AS|dolar Amerika Serikat|dollars|US dollars|dolar|rupiah|euros?|yen|riel|ringgit|baht|yuan)\b`)
	percentRe  = regexp.MustCompile(`(?i)\b(\d[\d.,]*)\s*(%|persen|percent|per cent)`)
	countRe    = regexp.MustCompile(`\b(\d{1,3}(?:[.,]\d{3})+|\d{4,})\b`)
)

var scales = map[string]float64{"ribu": 1e3, "thousand": 1e3, "juta": 1e6, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
	"miliar": 1e9, "milyar": 1e9, "billion": 1e9, "bn": 1e9, "b": 1e9, "triliun": 1e12, "trillion": 1e12, "tn": 1e12}

var currencies = map[string]string{"us$": "USD", "usd": "USD", "$": "USD", "s$": "SGD", "sgd": "SGD", "a$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD",
	"rm": "MYR", "rp": "IDR", "rp.": "IDR", "idr": "IDR", "eur": "EUR", "€": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY",
	"dolar as": "USD", "dolar amerika serikat": "USD", "dollars": "USD", "us dollars": "USD", "dolar": "USD", "rupiah": "IDR", "euro": "EUR", "euros": "EUR",
	"yen": "JPY", "riel": "KHR", "ringgit": "MYR", "baht": "THB", "yuan": "CNY"}

// ParseNumber reads a number written in the language's convention:
// Indonesian "1,948" is 1.948 and "131.000" is 131000; English "131,000"
// is 131000 and "1.948" is 1.948.
func ParseNumber(s, lang string) (float64, bool) {
	s = strings.TrimRight(s, ".,")
	if s == "" {
		return 0, false
	}
	dec, thou := ".", ","
	if lang == "id" {
		dec, thou = ",", "."
	}
	var b strings.Builder
	parts := strings.Split(s, thou)
	for i, p := range parts {
		if i > 0 && len(strings.SplitN(p, dec, 2)[0]) != 3 {
			// Not a thousands group: the writer used the other convention.
			return parseOther(s, lang)
		}
		b.WriteString(p)
	}
	v, err := strconv.ParseFloat(strings.Replace(b.String(), dec, ".", 1), 64)
	return v, err == nil
}

func parseOther(s, lang string) (float64, bool) {
	other := "en"
	if lang != "id" {
		other = "id"
	}
	if lang == other {
		return 0, false
	}
	dec, thou := ".", ","
	if other == "id" {
		dec, thou = ",", "."
	}
	v, err := strconv.ParseFloat(strings.Replace(strings.ReplaceAll(s, thou, ""), dec, ".", 1), 64)
	return v, err == nil
}

// figures finds money, percentages and counts.
func figures(d *doc.Document, lang string) []doc.Figure {
	t := d.Text
	var out []doc.Figure
	taken := func(a, b int) bool {
		for _, f := range out {
			if a < f.Span.End && b > f.Span.Start {
				return true
			}
		}
		return false
	}
	for _, m := range currencyRe.FindAllStringSubmatchIndex(t, -1) {
		cur := strings.ToLower(t[m[2]:m[3]])
		v, ok := ParseNumber(t[m[4]:m[5]], lang)
		if !ok {
			continue
		}
		end := m[5]
		if m[6] >= 0 {
			sc := strings.ToLower(t[m[6]:m[7]])
			if (sc == "m" || sc == "b") && cur != "$" && cur != "us$" {
				sc = ""
			}
			if sc != "" {
				v *= scales[sc]
				end = m[7]
			}
		}
		out = append(out, doc.Figure{Kind: "money", Value: v, Unit: currencies[cur], Text: t[m[0]:end], Span: doc.Span{Start: m[0], End: end}})
	}
	for _, m := range wordCurRe.FindAllStringSubmatchIndex(t, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		v, ok := ParseNumber(t[m[2]:m[3]], lang)
		if !ok {
			continue
		}
		if m[4] >= 0 {
			v *= scales[strings.ToLower(t[m[4]:m[5]])]
		}
		out = append(out, doc.Figure{Kind: "money", Value: v, Unit: currencies[strings.ToLower(t[m[6]:m[7]])], Text: t[m[0]:m[1]], Span: doc.Span{Start: m[0], End: m[1]}})
	}
	for _, m := range percentRe.FindAllStringSubmatchIndex(t, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		v, ok := ParseNumber(t[m[2]:m[3]], lang)
		if !ok {
			continue
		}
		out = append(out, doc.Figure{Kind: "percent", Value: v, Unit: "%", Text: t[m[0]:m[1]], Span: doc.Span{Start: m[0], End: m[1]}})
	}
	for _, m := range countRe.FindAllStringSubmatchIndex(t, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		s := t[m[2]:m[3]]
		v, ok := ParseNumber(s, lang)
		if !ok || !strings.ContainsAny(s, ".,") && v >= 1900 && v <= 2100 {
			continue // a year
		}
		if m[1] < len(t) && (t[m[1]] == '/' || t[m[1]] == '-') || m[0] > 0 && (t[m[0]-1] == '/' || t[m[0]-1] == '-') {
			continue // part of a date
		}
		out = append(out, doc.Figure{Kind: "count", Value: v, Text: s, Span: doc.Span{Start: m[2], End: m[3]}})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}
