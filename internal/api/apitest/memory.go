package apitest

import (
	"cmp"
	"context"
	"crypto/sha256"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// Memory is an in-memory store.Store. It keeps everything in slices and
// scans them for every query: fine for tests, not for real data. Cursors
// are decimal offsets.
type Memory struct {
	mu      sync.Mutex
	docs    []*store.StoredDocument
	hashes  map[string]int64
	events  []store.EventRow
	actors  []*store.RegistryActor
	byName  map[string]*store.RegistryActor
	actDocs map[int64]map[int64]bool
	closed  bool
}

var _ store.Store = (*Memory)(nil)

// NewMemory returns an empty Memory store.
func NewMemory() *Memory {
	return &Memory{hashes: map[string]int64{}, byName: map[string]*store.RegistryActor{}, actDocs: map[int64]map[int64]bool{}}
}

// PutDocument stores d, registering its actors by lower-cased name.
func (m *Memory) PutDocument(ctx context.Context, d *doc.Document) (store.PutResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	h := fmt.Sprintf("%x", sha256.Sum256([]byte(d.Text)))
	if id, ok := m.hashes[h]; ok {
		return store.PutResult{ID: id, Status: store.Duplicate, DuplicateOf: id}, nil
	}
	id := int64(len(m.docs) + 1)
	m.hashes[h] = id
	cp := *d
	cp.Actors = slices.Clone(d.Actors)
	reg := map[string]int64{}
	for i := range cp.Actors {
		a := &cp.Actors[i]
		key := strings.ToLower(a.Name)
		ra := m.byName[key]
		if ra == nil {
			ra = &store.RegistryActor{ID: int64(len(m.actors) + 1), Kind: a.Kind, Name: a.Name, Country: a.Country, Sector: a.Sector, Org: a.Org, Aliases: []string{}, Titles: []store.ActorTitle{}}
			m.actors = append(m.actors, ra)
			m.byName[key] = ra
			m.actDocs[ra.ID] = map[int64]bool{}
		}
		for _, al := range a.Aliases {
			if !slices.Contains(ra.Aliases, al) {
				ra.Aliases = append(ra.Aliases, al)
			}
		}
		if a.Title != "" {
			found := false
			for j := range ra.Titles {
				if ra.Titles[j].Title == a.Title {
					ra.Titles[j].Count++
					ra.Titles[j].LastSeen = d.Published
					found = true
				}
			}
			if !found {
				ra.Titles = append(ra.Titles, store.ActorTitle{Title: a.Title, FirstSeen: d.Published, LastSeen: d.Published, Count: 1})
			}
		}
		ra.Mentions += len(a.Mentions)
		m.actDocs[ra.ID][id] = true
		ra.Documents = len(m.actDocs[ra.ID])
		if ra.FirstSeen == "" || d.Published < ra.FirstSeen {
			ra.FirstSeen = d.Published
		}
		if d.Published > ra.LastSeen {
			ra.LastSeen = d.Published
		}
		a.RegistryID = ra.ID
		reg[a.ID] = ra.ID
	}
	sd := &store.StoredDocument{
		DocSummary: store.DocSummary{
			ID: id, Key: d.ID, URL: d.URL, Title: d.Title, Outlet: d.Outlet, Published: d.Published,
			Language: d.Language, Origin: d.Origin, IngestedAt: time.Now().UTC(), Events: len(d.Events),
		},
		ContentHash: h,
		Doc:         &cp,
	}
	for _, e := range d.Events {
		eid := int64(len(m.events) + 1)
		sd.EventIDs = append(sd.EventIDs, eid)
		row := store.EventRow{
			ID: eid, DocID: id, DocKey: d.ID, Title: d.Title, URL: d.URL, Outlet: d.Outlet, Published: d.Published,
			Type: e.Type, Mode: e.Mode, Status: e.Status,
			Source:   store.SideRow{ActorID: reg[e.Source.Actor], Name: e.Source.Name, Country: e.Source.Country, Sector: e.Source.Sector},
			Target:   store.SideRow{ActorID: reg[e.Target.Actor], Name: e.Target.Name, Country: e.Target.Country, Sector: e.Target.Sector},
			Directed: e.Directed, Date: e.Date, DateEnd: e.DateEnd, DateText: e.DateText,
			Contexts: slices.Clone(e.Contexts), CAMEO: e.CAMEO, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
			Evidence: slices.Clone(e.Evidence), ClusterID: eid, NumMentions: 1, NumSources: 1,
		}
		if row.Contexts == nil {
			row.Contexts = []string{}
		}
		if e.Location != nil {
			row.Location, row.LocationCC = e.Location.Name, e.Location.Country
		}
		for _, aid := range []int64{row.Source.ActorID, row.Target.ActorID} {
			if aid != 0 {
				m.actors[aid-1].Events++
			}
		}
		m.events = append(m.events, row)
	}
	m.docs = append(m.docs, sd)
	return store.PutResult{ID: id, Status: store.Stored}, nil
}

// Document returns one document by store id.
func (m *Memory) Document(ctx context.Context, id int64) (*store.StoredDocument, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if id < 1 || id > int64(len(m.docs)) {
		return nil, fmt.Errorf("document %d: %w", id, store.ErrNotFound)
	}
	return m.docs[id-1], nil
}

// DocumentByKey returns a document by its doc_id.
func (m *Memory) DocumentByKey(ctx context.Context, key string) (*store.StoredDocument, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, d := range m.docs {
		if d.Key == key {
			return d, nil
		}
	}
	return nil, fmt.Errorf("document %q: %w", key, store.ErrNotFound)
}

func offset(cursor string) (int, error) {
	if cursor == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(cursor)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%w: cursor %q is not valid", store.ErrBadFilter, cursor)
	}
	return n, nil
}

func limit(n int) (int, error) {
	if n == 0 {
		return 50, nil
	}
	if n < 1 || n > 500 {
		return 0, fmt.Errorf("%w: limit must be 1-500, got %d", store.ErrBadFilter, n)
	}
	return n, nil
}

func page[T any](all []T, cursor string, lim int) ([]T, string, error) {
	off, err := offset(cursor)
	if err != nil {
		return nil, "", err
	}
	lim, err = limit(lim)
	if err != nil {
		return nil, "", err
	}
	if off > len(all) {
		off = len(all)
	}
	end := min(off+lim, len(all))
	next := ""
	if end < len(all) {
		next = strconv.Itoa(end)
	}
	return all[off:end], next, nil
}

// Documents lists documents newest first; Query matches title or text
// case-insensitively.
func (m *Memory) Documents(ctx context.Context, f store.DocFilter) ([]store.DocSummary, string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var all []store.DocSummary
	q := strings.ToLower(f.Query)
	for _, d := range m.docs {
		s := d.DocSummary
		if q != "" {
			i := strings.Index(strings.ToLower(d.Doc.Text), q)
			if i < 0 && !strings.Contains(strings.ToLower(d.Title), q) {
				continue
			}
			if i >= 0 {
				s.Snippet = d.Doc.Text[max(0, i-20):min(len(d.Doc.Text), i+len(q)+20)]
			}
		}
		all = append(all, s)
	}
	slices.SortStableFunc(all, func(a, b store.DocSummary) int {
		return cmp.Or(cmp.Compare(b.Published, a.Published), cmp.Compare(b.ID, a.ID))
	})
	p, next, err := page(all, f.Cursor, f.Limit)
	if p == nil && err == nil {
		p = []store.DocSummary{}
	}
	return p, next, err
}

func either(e *store.EventRow, f func(s store.SideRow) bool) bool { return f(e.Source) || f(e.Target) }

func (m *Memory) match(e *store.EventRow, f store.EventFilter) bool {
	switch {
	case f.Country != "" && !either(e, func(s store.SideRow) bool { return s.Country == f.Country }):
	case f.Pair[0] != "" && !(e.Source.Country == f.Pair[0] && e.Target.Country == f.Pair[1] || e.Source.Country == f.Pair[1] && e.Target.Country == f.Pair[0]):
	case f.ActorID != 0 && !either(e, func(s store.SideRow) bool { return s.ActorID == f.ActorID }):
	case f.Actor != "" && !either(e, func(s store.SideRow) bool {
		return strings.Contains(strings.ToLower(s.Name), strings.ToLower(f.Actor))
	}):
	case f.Type != "" && e.Type != f.Type:
	case f.QuadClass != 0 && e.QuadClass != f.QuadClass:
	case f.Context != "" && !slices.Contains(e.Contexts, f.Context):
	case f.Status != "" && e.Status != f.Status:
	case f.From != "" && e.Date < f.From:
	case f.To != "" && e.Date > f.To:
	case f.DocID != 0 && e.DocID != f.DocID:
	case f.Text != "" && !slices.ContainsFunc(e.Evidence, func(x doc.Evidence) bool {
		return strings.Contains(strings.ToLower(x.Text), strings.ToLower(f.Text))
	}):
	default:
		return true
	}
	return false
}

// Events lists matching events by date, newest first unless Ascending.
func (m *Memory) Events(ctx context.Context, f store.EventFilter) (store.EventPage, error) {
	if err := ctx.Err(); err != nil {
		return store.EventPage{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	all := []store.EventRow{}
	for i := range m.events {
		if m.match(&m.events[i], f) {
			all = append(all, m.events[i])
		}
	}
	slices.SortStableFunc(all, func(a, b store.EventRow) int {
		c := cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
		if !f.Ascending {
			c = -c
		}
		return c
	})
	p, next, err := page(all, f.Cursor, f.Limit)
	return store.EventPage{Events: p, NextCursor: next}, err
}

// Event returns one event by store id.
func (m *Memory) Event(ctx context.Context, id int64) (*store.EventRow, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if id < 1 || id > int64(len(m.events)) {
		return nil, fmt.Errorf("event %d: %w", id, store.ErrNotFound)
	}
	e := m.events[id-1]
	return &e, nil
}

func period(date, interval string) string {
	if len(date) < 10 {
		return ""
	}
	if interval == "week" {
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			return ""
		}
		y, w := t.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w)
	}
	return date[:7]
}

// Dyad summarises the reported events between a and b.
func (m *Memory) Dyad(ctx context.Context, a, b string, f store.DyadFilter) (*store.DyadStats, error) {
	iv := cmp.Or(f.Interval, "month")
	if iv != "month" && iv != "week" {
		return nil, fmt.Errorf("%w: interval %q", store.ErrBadFilter, iv)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	ds := &store.DyadStats{A: a, B: b, Interval: iv, Buckets: []store.Bucket{}, TopContexts: []store.Count{}, Latest: []store.EventRow{}}
	type key struct {
		p, t string
		q    int
	}
	buckets := map[key]*store.Bucket{}
	ctxs := map[string]int{}
	var sum float64
	var rows []store.EventRow
	for _, e := range m.events {
		if !m.match(&e, store.EventFilter{Pair: [2]string{a, b}, From: f.From, To: f.To}) || e.Status == doc.Negated || e.Status == doc.Hypothetical {
			continue
		}
		rows = append(rows, e)
		ds.Total++
		sum += e.Goldstein
		k := key{period(e.Date, iv), e.Type, e.QuadClass}
		bk := buckets[k]
		if bk == nil {
			bk = &store.Bucket{Period: k.p, Type: k.t, QuadClass: k.q}
			buckets[k] = bk
		}
		bk.Goldstein = (bk.Goldstein*float64(bk.Count) + e.Goldstein) / float64(bk.Count+1)
		bk.Count++
		for _, c := range e.Contexts {
			ctxs[c]++
		}
	}
	if ds.Total > 0 {
		ds.MeanGoldstein = sum / float64(ds.Total)
	}
	for _, k := range slices.SortedFunc(maps.Keys(buckets), func(x, y key) int {
		return cmp.Or(cmp.Compare(x.p, y.p), cmp.Compare(x.q, y.q), cmp.Compare(x.t, y.t))
	}) {
		ds.Buckets = append(ds.Buckets, *buckets[k])
	}
	for c, n := range ctxs {
		ds.TopContexts = append(ds.TopContexts, store.Count{Name: c, Count: n})
	}
	slices.SortFunc(ds.TopContexts, func(x, y store.Count) int { return cmp.Or(y.Count-x.Count, cmp.Compare(x.Name, y.Name)) })
	slices.SortFunc(rows, func(x, y store.EventRow) int { return cmp.Or(cmp.Compare(y.Date, x.Date), cmp.Compare(y.ID, x.ID)) })
	ds.Latest = rows[:min(len(rows), cmp.Or(f.Latest, 10))]
	if ds.Latest == nil {
		ds.Latest = []store.EventRow{}
	}
	return ds, nil
}

// Network returns the country network of reported (or f.Status) events.
func (m *Memory) Network(ctx context.Context, f store.NetworkFilter) (*store.Network, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := cmp.Or(f.Status, doc.Reported)
	nodes := map[string]int{}
	type pair struct{ a, b string }
	edges := map[pair]*store.Edge{}
	for _, e := range m.events {
		if !m.match(&e, store.EventFilter{From: f.From, To: f.To, QuadClass: f.QuadClass, Status: st}) {
			continue
		}
		a, b := e.Source.Country, e.Target.Country
		if a == "" || b == "" || a == b {
			continue
		}
		if b < a {
			a, b = b, a
		}
		nodes[a]++
		nodes[b]++
		ed := edges[pair{a, b}]
		if ed == nil {
			ed = &store.Edge{A: a, B: b}
			edges[pair{a, b}] = ed
		}
		ed.MeanGoldstein = (ed.MeanGoldstein*float64(ed.Count) + e.Goldstein) / float64(ed.Count+1)
		ed.Count++
	}
	n := &store.Network{Nodes: []store.Node{}, Edges: []store.Edge{}}
	for _, c := range slices.Sorted(maps.Keys(nodes)) {
		n.Nodes = append(n.Nodes, store.Node{Country: c, Events: nodes[c]})
	}
	for _, k := range slices.SortedFunc(maps.Keys(edges), func(x, y pair) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) }) {
		n.Edges = append(n.Edges, *edges[k])
	}
	return n, nil
}

// Actors lists registry actors, most mentioned first.
func (m *Memory) Actors(ctx context.Context, f store.ActorFilter) ([]store.RegistryActor, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	q := strings.ToLower(f.Query)
	all := []store.RegistryActor{}
	for _, a := range m.actors {
		if f.Country != "" && a.Country != f.Country {
			continue
		}
		if q != "" && !strings.Contains(strings.ToLower(a.Name), q) && !slices.ContainsFunc(a.Aliases, func(s string) bool {
			return strings.Contains(strings.ToLower(s), q)
		}) {
			continue
		}
		all = append(all, *a)
	}
	slices.SortStableFunc(all, func(x, y store.RegistryActor) int { return cmp.Or(y.Mentions-x.Mentions, cmp.Compare(x.ID, y.ID)) })
	lim, err := limit(f.Limit)
	if err != nil {
		return nil, err
	}
	off := min(f.Offset, len(all))
	return all[off:min(off+lim, len(all))], nil
}

// Actor returns one registry actor.
func (m *Memory) Actor(ctx context.Context, id int64) (*store.RegistryActor, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, a := range m.actors {
		if a.ID == id {
			c := *a
			return &c, nil
		}
	}
	return nil, fmt.Errorf("actor %d: %w", id, store.ErrNotFound)
}

// LookupActor returns actors whose name or alias equals name.
func (m *Memory) LookupActor(ctx context.Context, name string) ([]store.RegistryActor, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []store.RegistryActor
	for _, a := range m.actors {
		if strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, name) }) {
			out = append(out, *a)
		}
	}
	return out, nil
}

// MergeActors is not supported by Memory beyond existence checks.
func (m *Memory) MergeActors(ctx context.Context, into, from int64) error {
	return fmt.Errorf("apitest: MergeActors not implemented")
}

// PinActor sets an actor's country and sector.
func (m *Memory) PinActor(ctx context.Context, p store.ActorPin) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	a := m.byName[strings.ToLower(p.Name)]
	if a == nil {
		return fmt.Errorf("actor %q: %w", p.Name, store.ErrNotFound)
	}
	a.Country, a.Sector, a.Pinned = cmp.Or(p.Country, a.Country), cmp.Or(p.Sector, a.Sector), true
	return nil
}

// Stats counts what is stored.
func (m *Memory) Stats(ctx context.Context) (store.Stats, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return store.Stats{Documents: len(m.docs), Events: len(m.events), Actors: len(m.actors), Clusters: len(m.events)}, nil
}

// Close marks the store closed.
func (m *Memory) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	return nil
}
