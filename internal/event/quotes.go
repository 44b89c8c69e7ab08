package event

import (
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
	var ms []mspan
	var speech []doc.Span
	for si, s := range ar.Sentences {
		_ = si
		for _, m := range s.Mentions {
			if m.Actor >= 0 {
				ms = append(ms, mspan{m.Span, m.Actor})
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
			out = append(out, doc.Quote{Text: strings.Trim(q.Of(t), "\" "), Span: q, Speaker: speaker(d, q, p.Span, ms, speech)})
		}
		if open >= 0 && len(pt)-open > 40 {
			q := doc.Span{Start: p.Start + open, End: p.End}
			out = append(out, doc.Quote{Text: strings.Trim(q.Of(t), "\" "), Span: q, Speaker: speaker(d, q, p.Span, ms, speech)})
		}
	}
	return out
}

type mspan struct {
	sp    doc.Span
	actor int
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

var currencyWords = map[string]string{"dollars": "USD", "dollar": "USD", "dolar": "USD", "rupiah": "IDR", "euro": "EUR", "euros": "EUR", "yen": "JPY",
	"riel": "KHR", "ringgit": "MYR", "baht": "THB", "yuan": "CNY", "pesos": "PHP", "rupees": "INR", "won": "KRW", "dong": "VND"}

// currencyBefore reads a currency written before a number: "$", "US$",
// "USD", "Rp", "AU$", "€". It returns the unit and the token where the
// figure starts.
func currencyBefore(t string, toks []doc.Token, i int) (string, int) {
	if i == 0 {
		return "", i
	}
	p := toks[i-1]
	pt := strings.ToLower(strings.TrimSuffix(p.Span.Of(t), "."))
	if pt == "$" || pt == "€" || pt == "£" || pt == "¥" {
		unit := currencies[pt]
		if i >= 2 && toks[i-2].End == p.Start {
			prefix := strings.ToLower(toks[i-2].Span.Of(t))
			if u, ok := currencies[prefix+"$"]; ok {
				return u, i - 2
			}
			if prefix == "au" {
				return "AUD", i - 2
			}
		}
		return unit, i - 1
	}
	if u, ok := currencies[pt]; ok && len(pt) > 1 {
		return u, i - 1
	}
	return "", i
}

// figures finds money, percentages and counts from the number tokens.
func figures(d *doc.Document, lang string) []doc.Figure {
	t := d.Text
	var out []doc.Figure
	for _, s := range d.Sentences {
		toks := s.Tokens
		for i, tok := range toks {
			if tok.Kind != doc.Number {
				continue
			}
			raw := tok.Span.Of(t)
			if strings.ContainsAny(raw, "/:") || strings.Count(raw, "-") > 0 {
				continue // a date, a time or a range
			}
			v, ok := ParseNumber(raw, lang)
			if !ok {
				continue
			}
			unit, start := currencyBefore(t, toks, i)
			end := i + 1
			if end < len(toks) {
				if sc, ok := scales[strings.ToLower(toks[end].Span.Of(t))]; ok && len(toks[end].Span.Of(t)) > 1 {
					v *= sc
					end++
				}
			}
			if end < len(toks) {
				w := strings.ToLower(toks[end].Span.Of(t))
				if u, ok := currencyWords[w]; ok && unit == "" {
					unit = u
					end++
					if end < len(toks) && (toks[end].Span.Of(t) == "AS" || toks[end].Span.Of(t) == "US") && unit == "USD" {
						end++
					}
				}
			}
			sp := doc.Span{Start: toks[start].Start, End: toks[end-1].End}
			switch {
			case unit != "":
				out = append(out, doc.Figure{Kind: "money", Value: v, Unit: unit, Text: sp.Of(t), Span: sp})
			case end < len(toks) && (toks[end].Span.Of(t) == "%" || strings.EqualFold(toks[end].Span.Of(t), "persen") || strings.EqualFold(toks[end].Span.Of(t), "percent")):
				sp.End = toks[end].End
				out = append(out, doc.Figure{Kind: "percent", Value: v, Unit: "%", Text: sp.Of(t), Span: sp})
			case strings.ContainsAny(raw, ".,") && len(raw) > 4 || v >= 1000 && !(v >= 1900 && v <= 2100 && !strings.ContainsAny(raw, ".,")):
				if end > i+1 {
					out = append(out, doc.Figure{Kind: "count", Value: v, Text: sp.Of(t), Span: sp})
				} else {
					out = append(out, doc.Figure{Kind: "count", Value: v, Text: raw, Span: tok.Span})
				}
			}
		}
	}
	return out
}
