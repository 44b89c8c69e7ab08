package export

import (
	"bufio"
	"encoding/json"
	"io"
	"iter"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// Span is a [start, end) pair, as records write spans.
type Span [2]int

func span(s doc.Span) Span { return Span{s.Start, s.End} }

func spanPtr(s *doc.Span) *Span {
	if s == nil {
		return nil
	}
	v := span(*s)
	return &v
}

// Record is one document in the record format of SCHEMA.md.
type Record struct {
	DocID       string           `json:"doc_id"`
	URL         *string          `json:"url"`
	Title       *string          `json:"title"`
	Outlet      *string          `json:"outlet"`
	Language    string           `json:"language"`
	Published   *string          `json:"published"`
	Text        *string          `json:"text,omitempty"`
	Dateline    *RecordDateline  `json:"dateline"`
	Actors      []RecordActor    `json:"actors"`
	Events      []RecordEvent    `json:"events"`
	Quotes      []RecordQuote    `json:"quotes"`
	Figures     []RecordFigure   `json:"figures"`
	Diagnostics []doc.Diagnostic `json:"diagnostics"`
}

// RecordDateline is a record's dateline.
type RecordDateline struct {
	Place  *string `json:"place"`
	Date   *string `json:"date"`
	Outlet *string `json:"outlet"`
	Span   Span    `json:"span"`
}

// RecordActor is an actor in a record.
type RecordActor struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	Name       string   `json:"name"`
	Country    *string  `json:"country"`
	Sector     *string  `json:"sector"`
	Title      *string  `json:"title"`
	Org        *string  `json:"org"`
	Aliases    []string `json:"aliases"`
	Mentions   []Span   `json:"mentions"`
	RegistryID int64    `json:"registry_id,omitempty"`
}

// RecordSide is one side of a record event.
type RecordSide struct {
	Actor   *string `json:"actor"`
	Name    *string `json:"name"`
	Country *string `json:"country"`
	Sector  *string `json:"sector"`
}

// RecordPlace is a record event's location.
type RecordPlace struct {
	Name    string  `json:"name"`
	Country *string `json:"country"`
	Span    *Span   `json:"span,omitempty"`
}

// RecordEvidence is one evidence span of a record event.
type RecordEvidence struct {
	Span Span   `json:"span"`
	Text string `json:"text"`
}

// RecordEvent is an event in a record. StoreID is the store's event id,
// set only when the record comes from a store.
type RecordEvent struct {
	ID        string           `json:"id"`
	StoreID   int64            `json:"store_id,omitempty"`
	Type      string           `json:"type"`
	Mode      *string          `json:"mode"`
	Status    string           `json:"status"`
	Source    RecordSide       `json:"source"`
	Target    RecordSide       `json:"target"`
	Directed  bool             `json:"directed"`
	Date      *string          `json:"date"`
	DateEnd   *string          `json:"date_end"`
	DateText  *string          `json:"date_text"`
	Location  *RecordPlace     `json:"location"`
	Contexts  []string         `json:"contexts"`
	CAMEO     *string          `json:"cameo"`
	QuadClass int              `json:"quad_class"`
	Goldstein float64          `json:"goldstein"`
	Trigger   Span             `json:"trigger"`
	Evidence  []RecordEvidence `json:"evidence"`
}

// RecordQuote is a quotation in a record.
type RecordQuote struct {
	Speaker *string `json:"speaker"`
	Text    string  `json:"text"`
	Span    Span    `json:"span"`
}

// RecordFigure is a number in a record.
type RecordFigure struct {
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
	Unit  *string `json:"unit"`
	Text  string  `json:"text"`
	Span  Span    `json:"span"`
}

// DocumentRecord converts d to the record format. withText includes the
// cleaned text; eventIDs, when not nil, are the store ids of d.Events in
// order.
func DocumentRecord(d *doc.Document, withText bool, eventIDs []int64) Record {
	r := Record{
		DocID:       d.ID,
		URL:         nullable(d.URL),
		Title:       nullable(d.Title),
		Outlet:      nullable(d.Outlet),
		Language:    d.Language,
		Published:   nullable(d.Published),
		Actors:      make([]RecordActor, 0, len(d.Actors)),
		Events:      make([]RecordEvent, 0, len(d.Events)),
		Quotes:      make([]RecordQuote, 0, len(d.Quotes)),
		Figures:     make([]RecordFigure, 0, len(d.Figures)),
		Diagnostics: d.Diagnostics,
	}
	if r.Language == "" {
		r.Language = "und"
	}
	if r.Diagnostics == nil {
		r.Diagnostics = []doc.Diagnostic{}
	}
	if withText {
		t := d.Text
		r.Text = &t
	}
	if dl := d.Dateline; dl != nil {
		r.Dateline = &RecordDateline{Place: nullable(dl.Place), Date: nullable(dl.Date), Outlet: nullable(dl.Outlet), Span: span(dl.Span)}
	}
	for _, a := range d.Actors {
		ra := RecordActor{
			ID: a.ID, Kind: a.Kind, Name: a.Name,
			Country: nullable(a.Country), Sector: nullable(a.Sector),
			Title: nullable(a.Title), Org: nullable(a.Org),
			Aliases: cloneStrings(a.Aliases), Mentions: make([]Span, len(a.Mentions)),
			RegistryID: a.RegistryID,
		}
		for i, m := range a.Mentions {
			ra.Mentions[i] = span(m)
		}
		r.Actors = append(r.Actors, ra)
	}
	for i, e := range d.Events {
		re := RecordEvent{
			ID: e.ID, Type: e.Type, Mode: nullable(e.Mode), Status: e.Status,
			Source: side(e.Source), Target: side(e.Target), Directed: e.Directed,
			Date: nullable(e.Date), DateEnd: nullable(e.DateEnd), DateText: nullable(e.DateText),
			Contexts: cloneStrings(e.Contexts), CAMEO: nullable(e.CAMEO),
			QuadClass: e.QuadClass, Goldstein: e.Goldstein, Trigger: span(e.Trigger),
			Evidence: make([]RecordEvidence, len(e.Evidence)),
		}
		if i < len(eventIDs) {
			re.StoreID = eventIDs[i]
		}
		if l := e.Location; l != nil {
			re.Location = &RecordPlace{Name: l.Name, Country: nullable(l.Country), Span: spanPtr(l.Span)}
		}
		for j, ev := range e.Evidence {
			re.Evidence[j] = RecordEvidence{Span: span(ev.Span), Text: ev.Text}
		}
		r.Events = append(r.Events, re)
	}
	for _, q := range d.Quotes {
		r.Quotes = append(r.Quotes, RecordQuote{Speaker: nullable(q.Speaker), Text: q.Text, Span: span(q.Span)})
	}
	for _, f := range d.Figures {
		r.Figures = append(r.Figures, RecordFigure{Kind: f.Kind, Value: f.Value, Unit: nullable(f.Unit), Text: f.Text, Span: span(f.Span)})
	}
	return r
}

func side(s doc.Side) RecordSide {
	return RecordSide{Actor: nullable(s.Actor), Name: nullable(s.Name), Country: nullable(s.Country), Sector: nullable(s.Sector)}
}

// WriteDocuments writes one record per document as JSON Lines.
func WriteDocuments(w io.Writer, docs iter.Seq2[*doc.Document, error], withText bool) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for d, err := range docs {
		if err != nil {
			bw.Flush()
			return err
		}
		if err := enc.Encode(DocumentRecord(d, withText, nil)); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// EventJSON is how the jsonl format and the HTTP API write an event row:
// the store.EventRow fields with evidence as {"span": [start, end],
// "text": ...} like the records, and contexts never null.
type EventJSON struct {
	store.EventRow
	Evidence []RecordEvidence `json:"evidence"`
}

// NewEventJSON wraps e for encoding.
func NewEventJSON(e *store.EventRow) EventJSON {
	j := EventJSON{EventRow: *e, Evidence: make([]RecordEvidence, len(e.Evidence))}
	j.EventRow.Evidence = nil
	if j.Contexts == nil {
		j.Contexts = []string{}
	}
	for i, ev := range e.Evidence {
		j.Evidence[i] = RecordEvidence{Span: span(ev.Span), Text: ev.Text}
	}
	return j
}

// EventsJSON wraps every row of rs; the result is never nil.
func EventsJSON(rs []store.EventRow) []EventJSON {
	out := make([]EventJSON, len(rs))
	for i := range rs {
		out[i] = NewEventJSON(&rs[i])
	}
	return out
}

// Row returns the decoded store.EventRow.
func (j *EventJSON) Row() store.EventRow {
	e := j.EventRow
	e.Evidence = make([]doc.Evidence, len(j.Evidence))
	for i, ev := range j.Evidence {
		e.Evidence[i] = doc.Evidence{Span: doc.Span{Start: ev.Span[0], End: ev.Span[1]}, Text: ev.Text}
	}
	if e.Contexts == nil {
		e.Contexts = []string{}
	}
	return e
}

// EventRows views a processed document's events as event rows, as the
// store would return them, so every event format serves unstored
// documents too (`dyad extract --format plover`). Ids count from 1 within
// the document; cluster figures are those of a lone document.
func EventRows(d *doc.Document) []store.EventRow {
	rows := make([]store.EventRow, 0, len(d.Events))
	for i, e := range d.Events {
		r := store.EventRow{
			ID: int64(i + 1), DocKey: d.ID, Title: d.Title, URL: d.URL, Outlet: d.Outlet, Published: d.Published,
			Type: e.Type, Mode: e.Mode, Status: e.Status, Directed: e.Directed,
			Source: store.SideRow{Name: e.Source.Name, Country: e.Source.Country, Sector: e.Source.Sector},
			Target: store.SideRow{Name: e.Target.Name, Country: e.Target.Country, Sector: e.Target.Sector},
			Date:   e.Date, DateEnd: e.DateEnd, DateText: e.DateText,
			Contexts: cloneStrings(e.Contexts), CAMEO: e.CAMEO, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
			Evidence: e.Evidence, NumMentions: 1, NumSources: 1,
		}
		if e.Location != nil {
			r.Location, r.LocationCC = e.Location.Name, e.Location.Country
		}
		rows = append(rows, r)
	}
	return rows
}
