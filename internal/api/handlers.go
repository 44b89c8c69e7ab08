package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/export"
	"github.com/dyad-project/dyad/internal/store"
)

func (s *server) healthz(w http.ResponseWriter, r *http.Request) error {
	return writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *server) openapi(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(openapiJSON)))
	_, err := w.Write(openapiJSON)
	return err
}

func (s *server) stats(w http.ResponseWriter, r *http.Request) error {
	p := query(r)
	if p.err != nil {
		return p.err
	}
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, st)
}

// DocumentList is the body of GET /documents.
type DocumentList struct {
	Documents  []store.DocSummary `json:"documents"`
	NextCursor string             `json:"next_cursor,omitempty"`
}

func (s *server) documents(w http.ResponseWriter, r *http.Request) error {
	p := query(r, "q", "limit", "cursor")
	f := store.DocFilter{Query: p.str("q"), Limit: p.intIn("limit", 1, 500, 50), Cursor: p.cursor()}
	if p.err != nil {
		return p.err
	}
	docs, next, err := s.st.Documents(r.Context(), f)
	if err != nil {
		return err
	}
	if docs == nil {
		docs = []store.DocSummary{}
	}
	return writeJSON(w, http.StatusOK, DocumentList{Documents: docs, NextCursor: next})
}

// Document is the body of GET /documents/{id}: the record of SCHEMA.md with
// the cleaned text, store event ids on each event, and store metadata.
type Document struct {
	ID int64 `json:"id"`
	export.Record
	Origin      string    `json:"origin,omitempty"`
	IngestedAt  time.Time `json:"ingested_at"`
	DuplicateOf int64     `json:"duplicate_of,omitempty"`
}

func (s *server) document(w http.ResponseWriter, r *http.Request) error {
	if p := query(r); p.err != nil {
		return p.err
	}
	key := r.PathValue("id")
	var (
		d   *store.StoredDocument
		err error
	)
	if n, perr := strconv.ParseInt(key, 10, 64); perr == nil && n > 0 {
		d, err = s.st.Document(r.Context(), n)
		if errors.Is(err, store.ErrNotFound) {
			d, err = s.st.DocumentByKey(r.Context(), key)
		}
	} else {
		d, err = s.st.DocumentByKey(r.Context(), key)
	}
	if errors.Is(err, store.ErrNotFound) {
		return errNotFound("no document with id or doc_id " + strconv.Quote(key))
	}
	if err != nil {
		return err
	}
	out := Document{ID: d.ID, Origin: d.Origin, IngestedAt: d.IngestedAt, DuplicateOf: d.DuplicateOf}
	if d.Doc != nil {
		out.Record = export.DocumentRecord(d.Doc, true, d.EventIDs)
	}
	out.DocID = d.Key
	return writeJSON(w, http.StatusOK, out)
}

// EventList is the body of GET /events.
type EventList struct {
	Events     []export.EventJSON `json:"events"`
	NextCursor string             `json:"next_cursor,omitempty"`
}

func eventList(pg store.EventPage) EventList {
	return EventList{Events: export.EventsJSON(pg.Events), NextCursor: pg.NextCursor}
}

// eventFilter reads the event filter parameters.
func (s *server) eventFilter(ctx context.Context, p *params) store.EventFilter {
	f := store.EventFilter{
		Country:   p.country("country"),
		ActorID:   p.id("actor_id"),
		Actor:     p.str("actor"),
		QuadClass: p.intIn("quad_class", 1, 4, 0),
		Context:   p.context("context"),
		Status:    p.enum("status", Statuses...),
		Text:      p.str("text"),
		Limit:     p.intIn("limit", 1, 500, 50),
		Cursor:    p.cursor(),
	}
	f.From, f.To = p.dateRange()
	if t := p.v.Get("type"); t != "" {
		f.Type = p.enum("type", PloverTypes...)
	}
	if pair := p.v.Get("pair"); pair != "" {
		a, b, ok := strings.Cut(pair, ",")
		if !ok || strings.Contains(b, ",") {
			p.fail("pair must be two ISO3 codes separated by a comma, such as IDN,KHM, got %q", pair)
		} else {
			f.Pair = [2]string{p.iso3("pair", strings.TrimSpace(a)), p.iso3("pair", strings.TrimSpace(b))}
		}
	}
	switch p.v.Get("order") {
	case "", "desc":
	case "asc":
		f.Ascending = true
	default:
		p.fail("order must be asc or desc, got %q", p.v.Get("order"))
	}
	if key := p.v.Get("doc_id"); key != "" && p.err == nil {
		if n, err := strconv.ParseInt(key, 10, 64); err == nil && n > 0 {
			f.DocID = n
		} else if d, err := s.st.DocumentByKey(ctx, key); err == nil {
			f.DocID = d.ID
		} else if errors.Is(err, store.ErrNotFound) {
			p.fail("doc_id %q is not a stored document", key)
		} else {
			p.err = &apiError{status: 500, code: "internal", msg: "internal server error"}
		}
	}
	return f
}

var eventParams = []string{"country", "pair", "actor", "actor_id", "type", "quad_class", "context",
	"status", "from", "to", "text", "doc_id", "limit", "cursor", "order"}

func (s *server) events(w http.ResponseWriter, r *http.Request) error {
	p := query(r, eventParams...)
	f := s.eventFilter(r.Context(), p)
	if p.err != nil {
		return p.err
	}
	pg, err := s.st.Events(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, eventList(pg))
}

func (s *server) event(w http.ResponseWriter, r *http.Request) error {
	if p := query(r); p.err != nil {
		return p.err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	e, err := s.st.Event(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return errNotFound("no event with id " + itoa(id))
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, export.NewEventJSON(e))
}

// ActorList is the body of GET /actors.
type ActorList struct {
	Actors     []store.RegistryActor `json:"actors"`
	NextOffset int                   `json:"next_offset,omitempty"`
}

func (s *server) actors(w http.ResponseWriter, r *http.Request) error {
	p := query(r, "q", "country", "limit", "offset")
	f := store.ActorFilter{Query: p.str("q"), Country: p.country("country"),
		Limit: p.intIn("limit", 1, 500, 50), Offset: p.intIn("offset", 0, 1_000_000, 0)}
	if p.err != nil {
		return p.err
	}
	as, err := s.st.Actors(r.Context(), f)
	if err != nil {
		return err
	}
	out := ActorList{Actors: as}
	if out.Actors == nil {
		out.Actors = []store.RegistryActor{}
	}
	if len(as) == f.Limit {
		out.NextOffset = f.Offset + len(as)
	}
	return writeJSON(w, http.StatusOK, out)
}

// ActorDetail is the body of GET /actors/{id}: the registry actor and a
// page of its events.
type ActorDetail struct {
	Actor      *store.RegistryActor `json:"actor"`
	Events     []export.EventJSON   `json:"events"`
	NextCursor string               `json:"next_cursor,omitempty"`
}

func (s *server) actor(w http.ResponseWriter, r *http.Request) error {
	p := query(r, "limit", "cursor", "order")
	f := s.eventFilter(r.Context(), p)
	if p.err != nil {
		return p.err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	a, err := s.st.Actor(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return errNotFound("no actor with id " + itoa(id))
	}
	if err != nil {
		return err
	}
	if a.Aliases == nil {
		a.Aliases = []string{}
	}
	if a.Titles == nil {
		a.Titles = []store.ActorTitle{}
	}
	f.ActorID = id
	pg, err := s.st.Events(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, ActorDetail{Actor: a, Events: export.EventsJSON(pg.Events), NextCursor: pg.NextCursor})
}

// Dyad is the body of GET /dyads/{a}/{b}.
type Dyad struct {
	store.DyadStats
	Latest []export.EventJSON `json:"latest"`
}

func (s *server) dyad(w http.ResponseWriter, r *http.Request) error {
	p := query(r, "interval", "from", "to", "latest")
	a, b := p.iso3("a", r.PathValue("a")), p.iso3("b", r.PathValue("b"))
	f := store.DyadFilter{Interval: p.enum("interval", "week", "month"), Latest: p.intIn("latest", 1, 100, 10)}
	f.From, f.To = p.dateRange()
	if p.err == nil && a == b {
		p.fail("a and b must be two different countries, got %s twice", a)
	}
	if p.err != nil {
		return p.err
	}
	if f.Interval == "" {
		f.Interval = "month"
	}
	d, err := s.st.Dyad(r.Context(), a, b, f)
	if err != nil {
		return err
	}
	out := Dyad{DyadStats: *d, Latest: export.EventsJSON(d.Latest)}
	if out.Buckets == nil {
		out.Buckets = []store.Bucket{}
	}
	if out.TopContexts == nil {
		out.TopContexts = []store.Count{}
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *server) network(w http.ResponseWriter, r *http.Request) error {
	p := query(r, "from", "to", "quad_class", "status")
	f := store.NetworkFilter{QuadClass: p.intIn("quad_class", 1, 4, 0), Status: p.enum("status", Statuses...)}
	f.From, f.To = p.dateRange()
	if p.err != nil {
		return p.err
	}
	n, err := s.st.Network(r.Context(), f)
	if err != nil {
		return err
	}
	if n.Nodes == nil {
		n.Nodes = []store.Node{}
	}
	if n.Edges == nil {
		n.Edges = []store.Edge{}
	}
	return writeJSON(w, http.StatusOK, n)
}
