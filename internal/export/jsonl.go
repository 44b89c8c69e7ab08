package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/dyad-project/dyad/internal/store"
)

// PloverEvent is one line of the plover format: the PLOVER/POLECAT field
// names (event_type, mode, contexts, actor, recipient, event_text,
// cite_info) plus dyad's source_country/target_country aliases and its
// CAMEO-style scores. Unknown values are null.
type PloverEvent struct {
	ID               string     `json:"id"`
	Date             *string    `json:"date"`
	DateEnd          *string    `json:"date_end"`
	EventType        string     `json:"event_type"`
	Mode             *string    `json:"mode"`
	Context          []string   `json:"context"`
	Status           string     `json:"status"`
	Actor            *string    `json:"actor"`
	ActorCountry     *string    `json:"actor_country"`
	ActorSector      *string    `json:"actor_sector"`
	Recipient        *string    `json:"recipient"`
	RecipientCountry *string    `json:"recipient_country"`
	RecipientSector  *string    `json:"recipient_sector"`
	SourceCountry    *string    `json:"source_country"`
	TargetCountry    *string    `json:"target_country"`
	Directed         bool       `json:"directed"`
	Location         *PloverLoc `json:"location"`
	CAMEO            *string    `json:"cameo"`
	QuadClass        int        `json:"quad_class"`
	Goldstein        float64    `json:"goldstein"`
	EventText        string     `json:"event_text"`
	NumMentions      int        `json:"num_mentions"`
	NumSources       int        `json:"num_sources"`
	CiteInfo         PloverCite `json:"cite_info"`
}

// PloverLoc is where a plover event happened.
type PloverLoc struct {
	Name    string  `json:"name"`
	Country *string `json:"country"`
}

// PloverCite names the document a plover event was coded from.
type PloverCite struct {
	DocID     string  `json:"doc_id"`
	URL       *string `json:"url"`
	Outlet    *string `json:"outlet"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
}

// nullable returns nil for "" so it marshals as null.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Plover converts an event row to the plover format. url may be "".
func Plover(e *store.EventRow, url string) PloverEvent {
	text := ""
	for i, ev := range e.Evidence {
		if i > 0 {
			text += " "
		}
		text += ev.Text
	}
	p := PloverEvent{
		ID:               strconv.FormatInt(e.ID, 10),
		Date:             nullable(e.Date),
		DateEnd:          nullable(e.DateEnd),
		EventType:        e.Type,
		Mode:             nullable(e.Mode),
		Context:          cloneStrings(e.Contexts),
		Status:           e.Status,
		Actor:            nullable(e.Source.Name),
		ActorCountry:     nullable(e.Source.Country),
		ActorSector:      nullable(e.Source.Sector),
		Recipient:        nullable(e.Target.Name),
		RecipientCountry: nullable(e.Target.Country),
		RecipientSector:  nullable(e.Target.Sector),
		SourceCountry:    nullable(e.Source.Country),
		TargetCountry:    nullable(e.Target.Country),
		Directed:         e.Directed,
		CAMEO:            nullable(e.CAMEO),
		QuadClass:        e.QuadClass,
		Goldstein:        e.Goldstein,
		EventText:        text,
		NumMentions:      e.NumMentions,
		NumSources:       e.NumSources,
		CiteInfo: PloverCite{
			DocID:     e.DocKey,
			URL:       nullable(url),
			Outlet:    nullable(e.Outlet),
			Title:     nullable(e.Title),
			Published: nullable(e.Published),
		},
	}
	if e.Location != "" {
		p.Location = &PloverLoc{Name: e.Location, Country: nullable(e.LocationCC)}
	}
	return p
}

type jsonlWriter struct {
	bw     *bufio.Writer
	enc    *json.Encoder
	plover bool
	opt    Options
}

func newJSONLWriter(w io.Writer, plover bool, opt Options) *jsonlWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc, plover: plover, opt: opt}
}

func (j *jsonlWriter) Write(e *store.EventRow) error {
	if !j.plover {
		row := NewEventJSON(e)
		return j.enc.Encode(&row)
	}
	url := ""
	if j.opt.URL != nil {
		url = j.opt.URL(e.DocID)
	}
	p := Plover(e, url)
	return j.enc.Encode(&p)
}

func (j *jsonlWriter) Close() error { return j.bw.Flush() }

// ReadJSONL reads events written in the jsonl format.
func ReadJSONL(r io.Reader) ([]store.EventRow, error) {
	dec := json.NewDecoder(r)
	var out []store.EventRow
	for n := 1; ; n++ {
		var e EventJSON
		err := dec.Decode(&e)
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("export: jsonl record %d: %w", n, err)
		}
		out = append(out, e.Row())
	}
}
