package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// stmts are the statements of the write path, prepared once on the writer
// connection and bound to each transaction with Tx.StmtContext.
type stmts struct {
	findHash, nearDup, insDoc                       *sql.Stmt
	findActor, insActor, updActor, insAlias, upsTit *sql.Stmt
	insDocActor                                     *sql.Stmt
	upsCluster, insClusterSrc, incSources           *sql.Stmt
	insEvent, insContext, insEventFTS, insDocFTS    *sql.Stmt
	insQuote, insFigure                             *sql.Stmt
	all                                             []*sql.Stmt
}

func prepare(ctx context.Context, db *sql.DB) (*stmts, error) {
	s := &stmts{}
	list := []struct {
		p *(*sql.Stmt)
		q string
	}{
		{&s.findHash, `SELECT id FROM documents WHERE content_hash = ?`},
		{&s.nearDup, `
SELECT id, simhash, coalesce(duplicate_of, id) FROM documents WHERE simhash IS NOT NULL AND (simhash & 65535) = ?1
UNION SELECT id, simhash, coalesce(duplicate_of, id) FROM documents WHERE simhash IS NOT NULL AND ((simhash >> 16) & 65535) = ?2
UNION SELECT id, simhash, coalesce(duplicate_of, id) FROM documents WHERE simhash IS NOT NULL AND ((simhash >> 32) & 65535) = ?3
UNION SELECT id, simhash, coalesce(duplicate_of, id) FROM documents WHERE simhash IS NOT NULL AND ((simhash >> 48) & 65535) = ?4`},
		{&s.insDoc, `INSERT INTO documents (doc_key, origin, url, title, outlet, published, published_from,
language, input_language, raw, text, content_hash, simhash, duplicate_of, dateline, diagnostics, n_events, ingested_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.findActor, `SELECT a.id, a.kind, a.norm_name, a.country, a.pinned, a.mentions, x.norm_alias
FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
WHERE x.norm_alias IN (SELECT value FROM json_each(?))`},
		{&s.insActor, `INSERT INTO actors (kind, name, norm_name, country, sector, org, mentions, documents, first_seen, last_seen)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?8)`},
		{&s.updActor, `UPDATE actors SET
  mentions = mentions + ?1,
  documents = documents + ?2,
  country = CASE WHEN pinned = 0 AND country = '' THEN ?3 ELSE country END,
  sector = CASE WHEN pinned = 0 AND sector = '' THEN ?4 ELSE sector END,
  org = CASE WHEN org = '' THEN ?5 ELSE org END,
  first_seen = CASE WHEN ?6 <> '' AND (first_seen = '' OR ?6 < first_seen) THEN ?6 ELSE first_seen END,
  last_seen = CASE WHEN ?6 > last_seen THEN ?6 ELSE last_seen END
WHERE id = ?7`},
		{&s.insAlias, `INSERT OR IGNORE INTO actor_aliases (actor_id, alias, norm_alias) VALUES (?, ?, ?)`},
		{&s.upsTit, `INSERT INTO actor_titles (actor_id, norm_title, title, first_seen, last_seen, count)
VALUES (?1, ?2, ?3, ?4, ?4, 1)
ON CONFLICT (actor_id, norm_title) DO UPDATE SET
  count = count + 1,
  first_seen = CASE WHEN excluded.first_seen <> '' AND (first_seen = '' OR excluded.first_seen < first_seen) THEN excluded.first_seen ELSE first_seen END,
  last_seen = max(last_seen, excluded.last_seen)`},
		{&s.insDocActor, `INSERT INTO doc_actors (doc_id, local_id, actor_id, kind, name, country, sector, title, org, aliases, mentions)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.upsCluster, `INSERT INTO event_clusters (ckey, type, ca, cb, date, num_mentions, num_sources)
VALUES (?, ?, ?, ?, ?, 1, 0)
ON CONFLICT (ckey) DO UPDATE SET num_mentions = num_mentions + 1
RETURNING id`},
		{&s.insClusterSrc, `INSERT OR IGNORE INTO cluster_sources (cluster_id, source) VALUES (?, ?)`},
		{&s.incSources, `UPDATE event_clusters SET num_sources = num_sources + 1 WHERE id = ?`},
		{&s.insEvent, `INSERT INTO events (doc_id, local_id, type, mode, status,
source_local, source_actor_id, source_name, source_country, source_sector,
target_local, target_actor_id, target_name, target_country, target_sector,
ca, cb, directed, date, date_end, date_text, date_span_start, date_span_end,
has_location, location_name, location_country, location_span_start, location_span_end,
contexts, cameo, quad_class, goldstein, trigger_start, trigger_end, rule, lexicon, evidence, cluster_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.insContext, `INSERT OR IGNORE INTO event_contexts (context, event_id) VALUES (?, ?)`},
		{&s.insEventFTS, `INSERT INTO events_fts (rowid, text) VALUES (?, ?)`},
		{&s.insDocFTS, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`},
		{&s.insQuote, `INSERT INTO quotes (doc_id, speaker_local, speaker_actor_id, text, start, "end") VALUES (?, ?, ?, ?, ?, ?)`},
		{&s.insFigure, `INSERT INTO figures (doc_id, kind, value, unit, text, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)`},
	}
	for _, l := range list {
		st, err := db.PrepareContext(ctx, l.q)
		if err != nil {
			s.close()
			return nil, fmt.Errorf("sqlite: prepare %.60q: %w", l.q, err)
		}
		*l.p = st
		s.all = append(s.all, st)
	}
	return s, nil
}

func (s *stmts) close() {
	for _, st := range s.all {
		st.Close()
	}
}

// txStmts are stmts bound to one transaction, and the full-text rows
// waiting to be written at its end.
type txStmts struct {
	ctx context.Context
	tx  *sql.Tx
	s   *stmts
	m   map[*sql.Stmt]*sql.Stmt
	// FTS5 flushes its pending terms to a new segment (and may merge
	// segments) whenever a later statement opens a savepoint, so rows
	// inserted between other writes cost a segment each. They are
	// written together by flushFTS, last in the transaction.
	docFTS   []docFTSRow
	eventFTS []eventFTSRow
}

type docFTSRow struct {
	id          int64
	title, text string
}

type eventFTSRow struct {
	id   int64
	text string
}

// flushFTS writes the pending full-text rows.
func (t *txStmts) flushFTS() error {
	if len(t.docFTS) > 0 {
		st := t.get(t.s.insDocFTS)
		for _, r := range t.docFTS {
			if _, err := st.ExecContext(t.ctx, r.id, r.title, r.text); err != nil {
				return fmt.Errorf("sqlite: put: full-text index: %w", err)
			}
		}
	}
	if len(t.eventFTS) > 0 {
		st := t.get(t.s.insEventFTS)
		for _, r := range t.eventFTS {
			if _, err := st.ExecContext(t.ctx, r.id, r.text); err != nil {
				return fmt.Errorf("sqlite: put: full-text index: %w", err)
			}
		}
	}
	t.docFTS, t.eventFTS = t.docFTS[:0], t.eventFTS[:0]
	return nil
}

func (t *txStmts) get(s *sql.Stmt) *sql.Stmt {
	if b, ok := t.m[s]; ok {
		return b
	}
	b := t.tx.StmtContext(t.ctx, s)
	t.m[s] = b
	return b
}

// PutDocument stores d with its actors, events, quotes and figures in one
// transaction. It sets d.Actors[i].RegistryID once the transaction has
// committed. See store.Store.
func (db *DB) PutDocument(ctx context.Context, d *doc.Document) (store.PutResult, error) {
	res, err := db.PutDocuments(ctx, []*doc.Document{d})
	if err != nil {
		return store.PutResult{}, err
	}
	return res[0], nil
}

// PutDocuments stores a batch of documents in one transaction, which is
// faster than one PutDocument each for small documents. After a crash
// either the whole batch is stored or none of it; on error nothing of the
// batch is stored. Duplicates within the batch are found as across
// batches. The results are in the order of docs.
func (db *DB) PutDocuments(ctx context.Context, docs []*doc.Document) ([]store.PutResult, error) {
	for i, d := range docs {
		if d == nil {
			return nil, fmt.Errorf("sqlite: put: document %d is nil", i)
		}
	}
	res := make([]store.PutResult, len(docs))
	regIDs := make([][]int64, len(docs))
	now := time.Now().UnixMilli()
	err := db.update(ctx, func(tx *sql.Tx) error {
		t := &txStmts{ctx: ctx, tx: tx, s: db.st, m: make(map[*sql.Stmt]*sql.Stmt, len(db.st.all))}
		for i, d := range docs {
			r, ids, err := db.put(t, d, now)
			if err != nil {
				return fmt.Errorf("sqlite: put %q: %w", d.ID, err)
			}
			res[i], regIDs[i] = r, ids
		}
		return t.flushFTS()
	})
	if err != nil {
		return nil, err
	}
	for i, d := range docs {
		if regIDs[i] != nil {
			for j := range d.Actors {
				d.Actors[j].RegistryID = regIDs[i][j]
			}
		}
	}
	return res, nil
}

// put writes one document inside t's transaction and returns the registry
// ids of its actors (nil for a duplicate).
func (db *DB) put(t *txStmts, d *doc.Document, now int64) (store.PutResult, []int64, error) {
	ctx, s := t.ctx, t.s
	sum := sha256.Sum256([]byte(d.Text))
	var existing int64
	switch err := t.get(s.findHash).QueryRowContext(ctx, sum[:]).Scan(&existing); {
	case err == nil:
		return store.PutResult{ID: existing, Status: store.Duplicate, DuplicateOf: existing}, nil, nil
	case !errors.Is(err, sql.ErrNoRows):
		return store.PutResult{}, nil, err
	}

	// Near duplicates.
	var simh sql.NullInt64
	var dupOf sql.NullInt64
	if h, words := simhash(d.Text, db.opt.NearDupMinWords); words > 0 && words >= db.opt.NearDupMinWords {
		simh = sql.NullInt64{Int64: int64(h), Valid: true}
		if db.opt.NearDupThreshold >= 0 {
			b := bands(h)
			rows, err := t.get(s.nearDup).QueryContext(ctx, b[0], b[1], b[2], b[3])
			if err != nil {
				return store.PutResult{}, nil, err
			}
			bestDist := 65
			var bestRoot int64
			for rows.Next() {
				var id, sh, root int64
				if err := rows.Scan(&id, &sh, &root); err != nil {
					rows.Close()
					return store.PutResult{}, nil, err
				}
				dist := bits.OnesCount64(uint64(sh) ^ h)
				if dist <= db.opt.NearDupThreshold && (dist < bestDist || dist == bestDist && root < bestRoot) {
					bestDist, bestRoot = dist, root
				}
			}
			if err := rows.Close(); err != nil {
				return store.PutResult{}, nil, err
			}
			if bestRoot != 0 {
				dupOf = sql.NullInt64{Int64: bestRoot, Valid: true}
			}
		}
	}

	var raw any
	if d.Raw != d.Text {
		raw = d.Raw
	}
	dateline, err := jsonOrNull(d.Dateline != nil, d.Dateline)
	if err != nil {
		return store.PutResult{}, nil, err
	}
	diags, err := jsonOrNull(len(d.Diagnostics) > 0, d.Diagnostics)
	if err != nil {
		return store.PutResult{}, nil, err
	}
	r, err := t.get(s.insDoc).ExecContext(ctx, d.ID, d.Origin, d.URL, d.Title, d.Outlet, d.Published,
		d.PublishedFrom, d.Language, d.InputLanguage, raw, d.Text, sum[:], simh, dupOf,
		dateline, diags, len(d.Events), now)
	if err != nil {
		return store.PutResult{}, nil, err
	}
	docID, err := r.LastInsertId()
	if err != nil {
		return store.PutResult{}, nil, err
	}
	t.docFTS = append(t.docFTS, docFTSRow{docID, d.Title, d.Text})

	// Actors and the registry.
	regIDs := make([]int64, len(d.Actors))
	local := make(map[string]int64, len(d.Actors))
	counted := make(map[int64]bool, len(d.Actors))
	for i := range d.Actors {
		a := &d.Actors[i]
		id, err := db.registerActor(t, a, d.Published, counted)
		if err != nil {
			return store.PutResult{}, nil, err
		}
		regIDs[i] = id
		if a.ID != "" && id != 0 {
			local[a.ID] = id
		}
		aliases, err := jsonOrNull(len(a.Aliases) > 0, a.Aliases)
		if err != nil {
			return store.PutResult{}, nil, err
		}
		if _, err := t.get(s.insDocActor).ExecContext(ctx, docID, a.ID, nullID(id), a.Kind, a.Name,
			a.Country, a.Sector, a.Title, a.Org, aliases, spansOrNull(a.Mentions)); err != nil {
			return store.PutResult{}, nil, err
		}
	}

	// Events and their clusters.
	source := d.Outlet
	if source == "" {
		source = "doc:" + d.ID
	}
	for i := range d.Events {
		e := &d.Events[i]
		ca, cb := e.Source.Country, e.Target.Country
		if cb < ca {
			ca, cb = cb, ca
		}
		var ckey any
		if e.Date != "" && cb != "" {
			ckey = e.Type + "|" + ca + "|" + cb + "|" + e.Date
		}
		var clusterID int64
		if err := t.get(s.upsCluster).QueryRowContext(ctx, ckey, e.Type, ca, cb, e.Date).Scan(&clusterID); err != nil {
			return store.PutResult{}, nil, err
		}
		cr, err := t.get(s.insClusterSrc).ExecContext(ctx, clusterID, source)
		if err != nil {
			return store.PutResult{}, nil, err
		}
		if n, _ := cr.RowsAffected(); n == 1 {
			if _, err := t.get(s.incSources).ExecContext(ctx, clusterID); err != nil {
				return store.PutResult{}, nil, err
			}
		}
		var dsStart, dsEnd, lsStart, lsEnd sql.NullInt64
		if e.DateSpan != nil {
			dsStart, dsEnd = sql.NullInt64{Int64: int64(e.DateSpan.Start), Valid: true}, sql.NullInt64{Int64: int64(e.DateSpan.End), Valid: true}
		}
		var loc doc.Place
		if e.Location != nil {
			loc = *e.Location
			if loc.Span != nil {
				lsStart, lsEnd = sql.NullInt64{Int64: int64(loc.Span.Start), Valid: true}, sql.NullInt64{Int64: int64(loc.Span.End), Valid: true}
			}
		}
		contexts, err := jsonOrNull(len(e.Contexts) > 0, e.Contexts)
		if err != nil {
			return store.PutResult{}, nil, err
		}
		lexicon, err := jsonOrNull(len(e.Lexicon) > 0, e.Lexicon)
		if err != nil {
			return store.PutResult{}, nil, err
		}
		evidence, err := jsonOrNull(len(e.Evidence) > 0, e.Evidence)
		if err != nil {
			return store.PutResult{}, nil, err
		}
		er, err := t.get(s.insEvent).ExecContext(ctx, docID, e.ID, e.Type, e.Mode, e.Status,
			e.Source.Actor, nullID(local[e.Source.Actor]), e.Source.Name, e.Source.Country, e.Source.Sector,
			e.Target.Actor, nullID(local[e.Target.Actor]), e.Target.Name, e.Target.Country, e.Target.Sector,
			ca, cb, e.Directed, e.Date, e.DateEnd, e.DateText, dsStart, dsEnd,
			e.Location != nil, loc.Name, loc.Country, lsStart, lsEnd,
			contexts, e.CAMEO, e.QuadClass, e.Goldstein, e.Trigger.Start, e.Trigger.End, e.Rule,
			lexicon, evidence, clusterID)
		if err != nil {
			return store.PutResult{}, nil, err
		}
		eventID, err := er.LastInsertId()
		if err != nil {
			return store.PutResult{}, nil, err
		}
		for _, c := range e.Contexts {
			if _, err := t.get(s.insContext).ExecContext(ctx, c, eventID); err != nil {
				return store.PutResult{}, nil, err
			}
		}
		if len(e.Evidence) > 0 {
			text := e.Evidence[0].Text
			for _, ev := range e.Evidence[1:] {
				text += "\n" + ev.Text
			}
			t.eventFTS = append(t.eventFTS, eventFTSRow{eventID, text})
		}
	}

	for _, q := range d.Quotes {
		if _, err := t.get(s.insQuote).ExecContext(ctx, docID, q.Speaker, nullID(local[q.Speaker]), q.Text, q.Span.Start, q.Span.End); err != nil {
			return store.PutResult{}, nil, err
		}
	}
	for _, f := range d.Figures {
		if _, err := t.get(s.insFigure).ExecContext(ctx, docID, f.Kind, f.Value, f.Unit, f.Text, f.Span.Start, f.Span.End); err != nil {
			return store.PutResult{}, nil, err
		}
	}
	res := store.PutResult{ID: docID, Status: store.Stored}
	if dupOf.Valid {
		res.Status, res.DuplicateOf = store.NearDuplicate, dupOf.Int64
	}
	return res, regIDs, nil
}

// registerActor finds or creates a's registry actor and records this
// document's mentions, aliases and title. Country actors and actors
// without a name are not registered (id 0). counted holds the registry
// actors whose document count this document already raised.
func (db *DB) registerActor(t *txStmts, a *doc.Actor, published string, counted map[int64]bool) (int64, error) {
	ctx, s := t.ctx, t.s
	if a.Kind == doc.KindCountry {
		return 0, nil
	}
	nname := normName(a.Name)
	if nname == "" {
		return 0, nil
	}
	type alias struct{ text, norm string }
	aliases := []alias{{a.Name, nname}}
	for _, al := range a.Aliases {
		n := normName(al)
		if n == "" {
			continue
		}
		dup := false
		for _, x := range aliases {
			if x.norm == n {
				dup = true
				break
			}
		}
		if !dup {
			aliases = append(aliases, alias{al, n})
		}
	}
	keys := make([]string, len(aliases))
	for i, al := range aliases {
		keys[i] = al.norm
	}
	keyJSON, err := json.Marshal(keys)
	if err != nil {
		return 0, err
	}
	rows, err := t.get(s.findActor).QueryContext(ctx, string(keyJSON))
	if err != nil {
		return 0, err
	}
	var best struct {
		id, mentions int64
		score        int
		nameMatch    bool
	}
	// have holds the aliases each candidate already has, so that only
	// new ones are inserted.
	type known struct {
		id   int64
		norm string
	}
	var have []known
	for rows.Next() {
		var id, mentions int64
		var kind, norm, country, alias string
		var pinned bool
		if err := rows.Scan(&id, &kind, &norm, &country, &pinned, &mentions, &alias); err != nil {
			rows.Close()
			return 0, err
		}
		have = append(have, known{id, alias})
		if country != a.Country && country != "" && a.Country != "" && !pinned {
			continue // a namesake from another country
		}
		// Prefer the same country, a pin, the same kind, then the most
		// mentioned, then a match on the canonical name.
		score := 0
		if country == a.Country && country != "" {
			score += 4
		}
		if pinned {
			score += 2
		}
		if kind == a.Kind {
			score++
		}
		nameMatch := norm == nname
		if best.id == 0 || score > best.score || score == best.score && (mentions > best.mentions ||
			mentions == best.mentions && (nameMatch && !best.nameMatch || nameMatch == best.nameMatch && id < best.id)) {
			best.id, best.mentions, best.score, best.nameMatch = id, mentions, score, nameMatch
		}
	}
	if err := rows.Close(); err != nil {
		return 0, err
	}
	id := best.id
	if id == 0 {
		r, err := t.get(s.insActor).ExecContext(ctx, a.Kind, a.Name, nname, a.Country, a.Sector, a.Org, len(a.Mentions), published)
		if err != nil {
			return 0, err
		}
		if id, err = r.LastInsertId(); err != nil {
			return 0, err
		}
	} else {
		docs := 1
		if counted[id] {
			docs = 0
		}
		if _, err := t.get(s.updActor).ExecContext(ctx, len(a.Mentions), docs, a.Country, a.Sector, a.Org, published, id); err != nil {
			return 0, err
		}
	}
	counted[id] = true
	for _, al := range aliases {
		if slices.Contains(have, known{id, al.norm}) {
			continue
		}
		if _, err := t.get(s.insAlias).ExecContext(ctx, id, al.text, al.norm); err != nil {
			return 0, err
		}
	}
	if nt := normName(a.Title); nt != "" {
		if _, err := t.get(s.upsTit).ExecContext(ctx, id, nt, a.Title, published); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// jsonOrNull encodes v as JSON text, or returns nil (SQL NULL) when !ok.
func jsonOrNull(ok bool, v any) (any, error) {
	if !ok {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// spansOrNull encodes spans compactly as [[start,end],...], or NULL.
func spansOrNull(sp []doc.Span) any {
	if len(sp) == 0 {
		return nil
	}
	b := make([]byte, 0, 2+len(sp)*12)
	b = append(b, '[')
	for i, s := range sp {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(s.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(s.End), 10)
		b = append(b, ']')
	}
	b = append(b, ']')
	return string(b)
}

// nullID maps 0 to SQL NULL.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
