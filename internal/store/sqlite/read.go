package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// Document returns one document by store id. Paragraphs and Sentences are
// not stored: they are derived from Text by the pipeline.
func (db *DB) Document(ctx context.Context, id int64) (*store.StoredDocument, error) {
	var sd *store.StoredDocument
	err := db.view(ctx, func(tx *sql.Tx) error {
		var err error
		sd, err = loadDocument(ctx, tx, id)
		return err
	})
	return sd, err
}

// DocumentByKey returns a document by its doc_id; when several stored
// documents share the key (different texts), the latest stored is returned.
func (db *DB) DocumentByKey(ctx context.Context, key string) (*store.StoredDocument, error) {
	var sd *store.StoredDocument
	err := db.view(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE doc_key = ? ORDER BY id DESC LIMIT 1`, key).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("document %q: %w", key, store.ErrNotFound)
		}
		if err != nil {
			return err
		}
		sd, err = loadDocument(ctx, tx, id)
		return err
	})
	return sd, err
}

func loadDocument(ctx context.Context, tx *sql.Tx, id int64) (*store.StoredDocument, error) {
	d := &doc.Document{}
	sd := &store.StoredDocument{Doc: d}
	var raw, dateline, diags sql.NullString
	var hash []byte
	var dup sql.NullInt64
	var ingested int64
	err := tx.QueryRowContext(ctx, `SELECT id, doc_key, origin, url, title, outlet, published, published_from,
language, input_language, raw, text, content_hash, duplicate_of, dateline, diagnostics, n_events, ingested_at
FROM documents WHERE id = ?`, id).Scan(&sd.ID, &d.ID, &d.Origin, &d.URL, &d.Title, &d.Outlet, &d.Published,
		&d.PublishedFrom, &d.Language, &d.InputLanguage, &raw, &d.Text, &hash, &dup, &dateline, &diags,
		&sd.Events, &ingested)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	d.Raw = d.Text
	if raw.Valid {
		d.Raw = raw.String
	}
	sd.Key, sd.URL, sd.Title, sd.Outlet, sd.Published = d.ID, d.URL, d.Title, d.Outlet, d.Published
	sd.Language, sd.Origin, sd.DuplicateOf = d.Language, d.Origin, dup.Int64
	sd.IngestedAt = time.UnixMilli(ingested).UTC()
	sd.ContentHash = hex.EncodeToString(hash)
	if err := unmarshalNull(dateline, &d.Dateline); err != nil {
		return nil, err
	}
	if err := unmarshalNull(diags, &d.Diagnostics); err != nil {
		return nil, err
	}

	rows, err := tx.QueryContext(ctx, `SELECT local_id, coalesce(actor_id, 0), kind, name, country, sector, title, org, aliases, mentions
FROM doc_actors WHERE doc_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var a doc.Actor
		var aliases, mentions sql.NullString
		if err := rows.Scan(&a.ID, &a.RegistryID, &a.Kind, &a.Name, &a.Country, &a.Sector, &a.Title, &a.Org, &aliases, &mentions); err != nil {
			rows.Close()
			return nil, err
		}
		if err := unmarshalNull(aliases, &a.Aliases); err != nil {
			rows.Close()
			return nil, err
		}
		if a.Mentions, err = parseSpans(mentions); err != nil {
			rows.Close()
			return nil, err
		}
		d.Actors = append(d.Actors, a)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}

	rows, err = tx.QueryContext(ctx, `SELECT id, local_id, type, mode, status,
source_local, source_name, source_country, source_sector,
target_local, target_name, target_country, target_sector,
directed, date, date_end, date_text, date_span_start, date_span_end,
has_location, location_name, location_country, location_span_start, location_span_end,
contexts, cameo, quad_class, goldstein, trigger_start, trigger_end, rule, lexicon, evidence
FROM events WHERE doc_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var e doc.Event
		var eid int64
		var dsStart, dsEnd, lsStart, lsEnd sql.NullInt64
		var hasLoc bool
		var loc doc.Place
		var contexts, lexicon, evidence sql.NullString
		if err := rows.Scan(&eid, &e.ID, &e.Type, &e.Mode, &e.Status,
			&e.Source.Actor, &e.Source.Name, &e.Source.Country, &e.Source.Sector,
			&e.Target.Actor, &e.Target.Name, &e.Target.Country, &e.Target.Sector,
			&e.Directed, &e.Date, &e.DateEnd, &e.DateText, &dsStart, &dsEnd,
			&hasLoc, &loc.Name, &loc.Country, &lsStart, &lsEnd,
			&contexts, &e.CAMEO, &e.QuadClass, &e.Goldstein, &e.Trigger.Start, &e.Trigger.End, &e.Rule,
			&lexicon, &evidence); err != nil {
			rows.Close()
			return nil, err
		}
		if dsStart.Valid {
			e.DateSpan = &doc.Span{Start: int(dsStart.Int64), End: int(dsEnd.Int64)}
		}
		if hasLoc {
			if lsStart.Valid {
				loc.Span = &doc.Span{Start: int(lsStart.Int64), End: int(lsEnd.Int64)}
			}
			e.Location = &loc
		}
		for _, j := range []struct {
			s sql.NullString
			v any
		}{{contexts, &e.Contexts}, {lexicon, &e.Lexicon}, {evidence, &e.Evidence}} {
			if err := unmarshalNull(j.s, j.v); err != nil {
				rows.Close()
				return nil, err
			}
		}
		d.Events = append(d.Events, e)
		sd.EventIDs = append(sd.EventIDs, eid)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}

	rows, err = tx.QueryContext(ctx, `SELECT speaker_local, text, start, "end" FROM quotes WHERE doc_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var q doc.Quote
		if err := rows.Scan(&q.Speaker, &q.Text, &q.Span.Start, &q.Span.End); err != nil {
			rows.Close()
			return nil, err
		}
		d.Quotes = append(d.Quotes, q)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}

	rows, err = tx.QueryContext(ctx, `SELECT kind, value, unit, text, start, "end" FROM figures WHERE doc_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var f doc.Figure
		if err := rows.Scan(&f.Kind, &f.Value, &f.Unit, &f.Text, &f.Span.Start, &f.Span.End); err != nil {
			rows.Close()
			return nil, err
		}
		d.Figures = append(d.Figures, f)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	return sd, nil
}

// Documents lists documents newest first (by published date, then id;
// undated last), or searches them with FTS5 when f.Query is set. A query
// with nothing searchable in it matches no documents.
func (db *DB) Documents(ctx context.Context, f store.DocFilter) ([]store.DocSummary, string, error) {
	limit, err := checkLimit(f.Limit)
	if err != nil {
		return nil, "", err
	}
	var q qb
	if f.Cursor != "" {
		parts, err := decodeCursor(f.Cursor, "d", 2)
		if err != nil {
			return nil, "", err
		}
		id, err := strconv.ParseInt(parts[1], 10, 64)
		if err != nil {
			return nil, "", fmt.Errorf("%w: cursor: malformed", store.ErrBadFilter)
		}
		q.add(`(d.published, d.id) < (?, ?)`, parts[0], id)
	}
	var sqlText string
	var args []any
	if f.Query != "" {
		fq := ftsQuery(f.Query)
		if fq == "" {
			return nil, "", nil
		}
		args = append(args, db.opt.SnippetOpen, db.opt.SnippetClose, db.opt.SnippetTokens)
		q.add(`documents_fts MATCH ?`, fq)
		sqlText = `SELECT d.id, d.doc_key, d.url, d.title, d.outlet, d.published, d.language, d.origin,
d.ingested_at, d.n_events, coalesce(d.duplicate_of, 0), snippet(documents_fts, 1, ?, ?, '…', ?)
FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid` + q.where() +
			` ORDER BY d.published DESC, d.id DESC LIMIT ?`
	} else {
		sqlText = `SELECT d.id, d.doc_key, d.url, d.title, d.outlet, d.published, d.language, d.origin,
d.ingested_at, d.n_events, coalesce(d.duplicate_of, 0), ''
FROM documents d` + q.where() + ` ORDER BY d.published DESC, d.id DESC LIMIT ?`
	}
	args = append(args, q.args...)
	args = append(args, limit+1)
	rows, err := db.r.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, "", fmt.Errorf("sqlite: documents: %w", err)
	}
	defer rows.Close()
	var out []store.DocSummary
	for rows.Next() {
		var s store.DocSummary
		var ingested int64
		if err := rows.Scan(&s.ID, &s.Key, &s.URL, &s.Title, &s.Outlet, &s.Published, &s.Language, &s.Origin,
			&ingested, &s.Events, &s.DuplicateOf, &s.Snippet); err != nil {
			return nil, "", err
		}
		s.IngestedAt = time.UnixMilli(ingested).UTC()
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("sqlite: documents: %w", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		last := out[limit-1]
		next = encodeCursor("d", last.Published, strconv.FormatInt(last.ID, 10))
	}
	return out, next, nil
}

// qb collects WHERE conditions, fixed SQL text with ? placeholders, and
// their arguments; values never enter the SQL text.
type qb struct {
	conds []string
	args  []any
}

func (q *qb) add(cond string, args ...any) {
	q.conds = append(q.conds, cond)
	q.args = append(q.args, args...)
}

func (q *qb) where() string {
	if len(q.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.conds, " AND ")
}

// checkLimit validates a page size: 0 means 50, otherwise 1..500.
func checkLimit(n int) (int, error) {
	if n == 0 {
		return 50, nil
	}
	if n < 1 || n > 500 {
		return 0, fmt.Errorf("%w: limit %d not in 1..500", store.ErrBadFilter, n)
	}
	return n, nil
}

// encodeCursor makes an opaque cursor: kind, then the sort key fields.
func encodeCursor(kind string, fields ...string) string {
	esc := make([]string, len(fields))
	for i, f := range fields {
		esc[i] = url.QueryEscape(f)
	}
	return base64.RawURLEncoding.EncodeToString([]byte("v1|" + kind + "|" + strings.Join(esc, "|")))
}

// decodeCursor checks a cursor's version and kind and returns its n fields.
func decodeCursor(c, kind string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, fmt.Errorf("%w: cursor: not base64", store.ErrBadFilter)
	}
	parts := strings.Split(string(b), "|")
	if len(parts) != n+2 || parts[0] != "v1" || parts[1] != kind {
		return nil, fmt.Errorf("%w: cursor: malformed or from another listing", store.ErrBadFilter)
	}
	parts = parts[2:]
	for i, p := range parts {
		if parts[i], err = url.QueryUnescape(p); err != nil {
			return nil, fmt.Errorf("%w: cursor: malformed", store.ErrBadFilter)
		}
	}
	return parts, nil
}

// isDate reports whether s is YYYY-MM-DD (a real calendar date).
func isDate(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// unmarshalNull decodes a JSON column into v, leaving v alone for NULL.
func unmarshalNull(s sql.NullString, v any) error {
	if !s.Valid || s.String == "" {
		return nil
	}
	if err := json.Unmarshal([]byte(s.String), v); err != nil {
		return fmt.Errorf("sqlite: corrupt JSON column: %w", err)
	}
	return nil
}

// parseSpans decodes spansOrNull's [[start,end],...].
func parseSpans(s sql.NullString) ([]doc.Span, error) {
	if !s.Valid || s.String == "" {
		return nil, nil
	}
	var pairs [][2]int
	if err := json.Unmarshal([]byte(s.String), &pairs); err != nil {
		return nil, fmt.Errorf("sqlite: corrupt spans: %w", err)
	}
	out := make([]doc.Span, len(pairs))
	for i, p := range pairs {
		out[i] = doc.Span{Start: p[0], End: p[1]}
	}
	return out, nil
}
