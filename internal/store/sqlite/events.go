package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

const eventCols = `e.id, e.doc_id, d.doc_key, d.title, d.url, d.outlet, d.published, e.type, e.mode, e.status,
coalesce(e.source_actor_id, 0), e.source_name, e.source_country, e.source_sector,
coalesce(e.target_actor_id, 0), e.target_name, e.target_country, e.target_sector,
e.directed, e.date, e.date_end, e.date_text, e.location_name, e.location_country,
e.contexts, e.cameo, e.quad_class, e.goldstein, e.evidence, e.cluster_id, c.num_mentions, c.num_sources, e.adate`

const eventFrom = ` FROM events e JOIN documents d ON d.id = e.doc_id JOIN event_clusters c ON c.id = e.cluster_id`

// scanEvent reads one row of eventCols; it returns the row and its adate.
func scanEvent(rows *sql.Rows) (store.EventRow, string, error) {
	var r store.EventRow
	var contexts, evidence sql.NullString
	var adate string
	err := rows.Scan(&r.ID, &r.DocID, &r.DocKey, &r.Title, &r.URL, &r.Outlet, &r.Published, &r.Type, &r.Mode, &r.Status,
		&r.Source.ActorID, &r.Source.Name, &r.Source.Country, &r.Source.Sector,
		&r.Target.ActorID, &r.Target.Name, &r.Target.Country, &r.Target.Sector,
		&r.Directed, &r.Date, &r.DateEnd, &r.DateText, &r.Location, &r.LocationCC,
		&contexts, &r.CAMEO, &r.QuadClass, &r.Goldstein, &evidence, &r.ClusterID, &r.NumMentions, &r.NumSources, &adate)
	if err != nil {
		return r, "", err
	}
	if err := unmarshalNull(contexts, &r.Contexts); err != nil {
		return r, "", err
	}
	if err := unmarshalNull(evidence, &r.Evidence); err != nil {
		return r, "", err
	}
	if r.Contexts == nil {
		r.Contexts = []string{}
	}
	if r.Evidence == nil {
		r.Evidence = []doc.Evidence{}
	}
	return r, adate, nil
}

var statuses = map[string]bool{doc.Reported: true, doc.Planned: true, doc.Negated: true, doc.Hypothetical: true}

// eventWhere turns f (without paging) into conditions. ok is false when
// the filter can match nothing (a text search with no searchable words).
func eventWhere(f store.EventFilter) (q qb, ok bool, err error) {
	bad := func(field, format string, args ...any) (qb, bool, error) {
		return qb{}, false, fmt.Errorf("%w: %s: %s", store.ErrBadFilter, field, fmt.Sprintf(format, args...))
	}
	if c := strings.ToUpper(strings.TrimSpace(f.Country)); c != "" {
		q.add(`(e.source_country = ? OR e.target_country = ?)`, c, c)
	}
	a, b := strings.ToUpper(strings.TrimSpace(f.Pair[0])), strings.ToUpper(strings.TrimSpace(f.Pair[1]))
	if a != "" || b != "" {
		if a == "" || b == "" {
			return bad("pair", "both countries are needed")
		}
		if b < a {
			a, b = b, a
		}
		q.add(`e.ca = ? AND e.cb = ?`, a, b)
	}
	if f.ActorID < 0 {
		return bad("actor_id", "negative id %d", f.ActorID)
	}
	if f.ActorID > 0 {
		q.add(`(e.source_actor_id = ? OR e.target_actor_id = ?)`, f.ActorID, f.ActorID)
	}
	if s := strings.TrimSpace(f.Actor); s != "" {
		pat := "%" + likeEscape(s) + "%"
		q.add(`(e.source_name LIKE ? ESCAPE '\' OR e.target_name LIKE ? ESCAPE '\')`, pat, pat)
	}
	if t := strings.ToUpper(strings.TrimSpace(f.Type)); t != "" {
		q.add(`e.type = ?`, t)
	}
	if f.QuadClass != 0 {
		if f.QuadClass < 1 || f.QuadClass > 4 {
			return bad("quad_class", "%d not in 1..4", f.QuadClass)
		}
		q.add(`e.quad_class = ?`, f.QuadClass)
	}
	if c := strings.ToLower(strings.TrimSpace(f.Context)); c != "" {
		q.add(`e.id IN (SELECT event_id FROM event_contexts WHERE context = ?)`, c)
	}
	if s := strings.ToLower(strings.TrimSpace(f.Status)); s != "" {
		if !statuses[s] {
			return bad("status", "%q is not reported, planned, negated or hypothetical", f.Status)
		}
		q.add(`e.status = ?`, s)
	}
	if err := dateRange(&q, "e.date", f.From, f.To); err != nil {
		return qb{}, false, err
	}
	if f.DocID < 0 {
		return bad("doc_id", "negative id %d", f.DocID)
	}
	if f.DocID > 0 {
		q.add(`e.doc_id = ?`, f.DocID)
	}
	if strings.TrimSpace(f.Text) != "" {
		fq := ftsQuery(f.Text)
		if fq == "" {
			return q, false, nil
		}
		q.add(`e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`, fq)
	}
	return q, true, nil
}

// dateRange adds inclusive From/To conditions on col, validating both.
func dateRange(q *qb, col, from, to string) error {
	if from != "" {
		if !isDate(from) {
			return fmt.Errorf("%w: from: %q is not YYYY-MM-DD", store.ErrBadFilter, from)
		}
		q.add(col+` >= ?`, from)
	}
	if to != "" {
		if !isDate(to) {
			return fmt.Errorf("%w: to: %q is not YYYY-MM-DD", store.ErrBadFilter, to)
		}
		q.add(col+` <> '' AND `+col+` <= ?`, to)
	}
	return nil
}

// Events lists events matching f sorted by (date, id), newest first unless
// f.Ascending; events without a date come last either way.
func (db *DB) Events(ctx context.Context, f store.EventFilter) (store.EventPage, error) {
	page := store.EventPage{Events: []store.EventRow{}}
	limit, err := checkLimit(f.Limit)
	if err != nil {
		return page, err
	}
	q, ok, err := eventWhere(f)
	if err != nil {
		return page, err
	}
	kind, order := "ed", ` ORDER BY e.date DESC, e.id DESC`
	if f.Ascending {
		kind, order = "ea", ` ORDER BY e.adate, e.id`
	}
	if f.Cursor != "" {
		parts, err := decodeCursor(f.Cursor, kind, 2)
		if err != nil {
			return page, err
		}
		id, err := strconv.ParseInt(parts[1], 10, 64)
		key := parts[0]
		if err != nil || !(isDate(key) || f.Ascending && key == "~" || !f.Ascending && key == "") {
			return page, fmt.Errorf("%w: cursor: malformed", store.ErrBadFilter)
		}
		if f.Ascending {
			q.add(`(e.adate, e.id) > (?, ?)`, key, id)
		} else {
			q.add(`(e.date, e.id) < (?, ?)`, key, id)
		}
	}
	if !ok {
		return page, nil
	}
	rows, err := db.r.QueryContext(ctx, `SELECT `+eventCols+eventFrom+q.where()+order+` LIMIT ?`, append(q.args, limit+1)...)
	if err != nil {
		return page, fmt.Errorf("sqlite: events: %w", err)
	}
	defer rows.Close()
	var lastKey string
	for rows.Next() {
		if len(page.Events) == limit {
			last := page.Events[limit-1]
			page.NextCursor = encodeCursor(kind, lastKey, strconv.FormatInt(last.ID, 10))
			break
		}
		r, adate, err := scanEvent(rows)
		if err != nil {
			return page, fmt.Errorf("sqlite: events: %w", err)
		}
		lastKey = r.Date
		if f.Ascending {
			lastKey = adate
		}
		page.Events = append(page.Events, r)
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("sqlite: events: %w", err)
	}
	return page, nil
}

// Event returns one event by store id.
func (db *DB) Event(ctx context.Context, id int64) (*store.EventRow, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT `+eventCols+eventFrom+` WHERE e.id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: event: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlite: event: %w", err)
		}
		return nil, fmt.Errorf("event %d: %w", id, store.ErrNotFound)
	}
	r, _, err := scanEvent(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: event: %w", err)
	}
	return &r, nil
}

// Dyad summarises the reported events between countries a and b (in
// either direction; a == b gives domestic events). Only events with a
// date count, since they are bucketed by period.
func (db *DB) Dyad(ctx context.Context, a, b string, f store.DyadFilter) (*store.DyadStats, error) {
	a, b = strings.ToUpper(strings.TrimSpace(a)), strings.ToUpper(strings.TrimSpace(b))
	if a == "" || b == "" {
		return nil, fmt.Errorf("%w: pair: both countries are needed", store.ErrBadFilter)
	}
	interval := f.Interval
	switch interval {
	case "":
		interval = "month"
	case "month", "week":
	default:
		return nil, fmt.Errorf("%w: interval: %q is not week or month", store.ErrBadFilter, f.Interval)
	}
	latest := f.Latest
	if latest == 0 {
		latest = 10
	}
	if latest < 0 || latest > 500 {
		return nil, fmt.Errorf("%w: latest: %d not in 1..500", store.ErrBadFilter, f.Latest)
	}
	ca, cb := a, b
	if cb < ca {
		ca, cb = cb, ca
	}
	q, err := dyadWhere(ca, cb, f)
	if err != nil {
		return nil, err
	}
	buckets, contexts, latestSQL := dyadQueries(q, interval)
	st := &store.DyadStats{A: a, B: b, Interval: interval, Buckets: []store.Bucket{}, TopContexts: []store.Count{}, Latest: []store.EventRow{}}
	err = db.view(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, buckets, q.args...)
		if err != nil {
			return err
		}
		var sum float64
		for rows.Next() {
			var bk store.Bucket
			var g float64
			if err := rows.Scan(&bk.Period, &bk.Type, &bk.QuadClass, &bk.Count, &g); err != nil {
				rows.Close()
				return err
			}
			bk.Goldstein = g / float64(bk.Count)
			st.Buckets = append(st.Buckets, bk)
			st.Total += bk.Count
			sum += g
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if st.Total > 0 {
			st.MeanGoldstein = sum / float64(st.Total)
		}

		rows, err = tx.QueryContext(ctx, contexts, q.args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var c store.Count
			if err := rows.Scan(&c.Name, &c.Count); err != nil {
				rows.Close()
				return err
			}
			st.TopContexts = append(st.TopContexts, c)
		}
		if err := rows.Close(); err != nil {
			return err
		}

		rows, err = tx.QueryContext(ctx, latestSQL, append(q.args, latest)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			r, _, err := scanEvent(rows)
			if err != nil {
				return err
			}
			st.Latest = append(st.Latest, r)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: dyad: %w", err)
	}
	return st, nil
}

// dyadWhere selects the reported, dated events between ca <= cb. +e.status
// keeps the planner on events_pair_cover, which covers the buckets and
// contexts queries; "dated" is written as a range (greater than the
// empty string) that the index can use.
func dyadWhere(ca, cb string, f store.DyadFilter) (qb, error) {
	var q qb
	q.add(`e.ca = ? AND e.cb = ? AND +e.status = 'reported' AND e.date > ''`, ca, cb)
	err := dateRange(&q, "e.date", f.From, f.To)
	return q, err
}

// dyadQueries returns Dyad's three queries over the events q selects: the
// buckets, grouped by period (ISO week 2024-W09 or month 2024-03), type
// and quad class; the top ten contexts; and the latest events (with a
// LIMIT argument after q's).
func dyadQueries(q qb, interval string) (buckets, contexts, latest string) {
	period := `substr(e.date, 1, 7)`
	if interval == "week" {
		period = `coalesce(strftime('%G-W%V', e.date), substr(e.date, 1, 7))`
	}
	buckets = `SELECT ` + period + ` AS p, e.type, e.quad_class, count(*), sum(e.goldstein) FROM events e` + q.where() +
		` GROUP BY p, e.type, e.quad_class ORDER BY p, e.type, e.quad_class`
	// CROSS JOIN fixes the join order: the pair's events from the covering
	// index, then each one's contexts.
	contexts = `SELECT x.context, count(*) AS n FROM events e CROSS JOIN event_contexts x ON x.event_id = e.id` + q.where() +
		` GROUP BY x.context ORDER BY n DESC, x.context LIMIT 10`
	latest = `SELECT ` + eventCols + eventFrom + q.where() + ` ORDER BY e.date DESC, e.id DESC LIMIT ?`
	return buckets, contexts, latest
}

// Network returns the countries and the weighted pairs between them.
// Events with a side without a country are left out; an event within one
// country counts for its node but makes no edge.
func (db *DB) Network(ctx context.Context, f store.NetworkFilter) (*store.Network, error) {
	var q qb
	q.add(`e.ca <> '' AND e.cb <> ''`)
	status := strings.ToLower(strings.TrimSpace(f.Status))
	if status == "" {
		status = doc.Reported
	}
	if !statuses[status] {
		return nil, fmt.Errorf("%w: status: %q is not reported, planned, negated or hypothetical", store.ErrBadFilter, f.Status)
	}
	q.add(`e.status = ?`, status)
	if f.QuadClass != 0 {
		if f.QuadClass < 1 || f.QuadClass > 4 {
			return nil, fmt.Errorf("%w: quad_class: %d not in 1..4", store.ErrBadFilter, f.QuadClass)
		}
		q.add(`e.quad_class = ?`, f.QuadClass)
	}
	if err := dateRange(&q, "e.date", f.From, f.To); err != nil {
		return nil, err
	}
	rows, err := db.r.QueryContext(ctx, `SELECT e.ca, e.cb, count(*), sum(e.goldstein) FROM events e`+q.where()+` GROUP BY e.ca, e.cb`, q.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: network: %w", err)
	}
	defer rows.Close()
	net := &store.Network{Nodes: []store.Node{}, Edges: []store.Edge{}}
	nodes := map[string]int{}
	for rows.Next() {
		var a, b string
		var n int
		var g float64
		if err := rows.Scan(&a, &b, &n, &g); err != nil {
			return nil, fmt.Errorf("sqlite: network: %w", err)
		}
		nodes[a] += n
		if a != b {
			nodes[b] += n
			net.Edges = append(net.Edges, store.Edge{A: a, B: b, Count: n, MeanGoldstein: g / float64(n)})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: network: %w", err)
	}
	for c, n := range nodes {
		net.Nodes = append(net.Nodes, store.Node{Country: c, Events: n})
	}
	sort.Slice(net.Nodes, func(i, j int) bool {
		x, y := net.Nodes[i], net.Nodes[j]
		return x.Events > y.Events || x.Events == y.Events && x.Country < y.Country
	})
	sort.Slice(net.Edges, func(i, j int) bool {
		x, y := net.Edges[i], net.Edges[j]
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		if x.A != y.A {
			return x.A < y.A
		}
		return x.B < y.B
	})
	return net, nil
}
