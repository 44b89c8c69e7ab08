package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/dyad-project/dyad/internal/store"
)

const actorCols = `a.id, a.kind, a.name, a.country, a.sector, a.org, a.pinned, a.mentions, a.documents, a.first_seen, a.last_seen`

// queryer is what *sql.DB and *sql.Tx share.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// loadActors runs a query selecting actorCols and fills in aliases,
// titles and event counts.
func loadActors(ctx context.Context, q queryer, query string, args ...any) ([]store.RegistryActor, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	out := []store.RegistryActor{}
	for rows.Next() {
		var a store.RegistryActor
		if err := rows.Scan(&a.ID, &a.Kind, &a.Name, &a.Country, &a.Sector, &a.Org, &a.Pinned, &a.Mentions,
			&a.Documents, &a.FirstSeen, &a.LastSeen); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, a)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	for i := range out {
		a := &out[i]
		a.Aliases, a.Titles = []string{}, []store.ActorTitle{}
		rows, err := q.QueryContext(ctx, `SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY id`, a.ID)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				rows.Close()
				return nil, err
			}
			a.Aliases = append(a.Aliases, s)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		rows, err = q.QueryContext(ctx, `SELECT title, first_seen, last_seen, count FROM actor_titles
WHERE actor_id = ? ORDER BY last_seen DESC, count DESC, title`, a.ID)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var t store.ActorTitle
			if err := rows.Scan(&t.Title, &t.FirstSeen, &t.LastSeen, &t.Count); err != nil {
				rows.Close()
				return nil, err
			}
			a.Titles = append(a.Titles, t)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE source_actor_id = ?1 OR target_actor_id = ?1`, a.ID).Scan(&a.Events); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Actors lists registry actors, most mentioned first. f.Query matches a
// substring of the name or of any alias, case-insensitively.
func (db *DB) Actors(ctx context.Context, f store.ActorFilter) ([]store.RegistryActor, error) {
	limit, err := checkLimit(f.Limit)
	if err != nil {
		return nil, err
	}
	if f.Offset < 0 {
		return nil, fmt.Errorf("%w: offset: %d is negative", store.ErrBadFilter, f.Offset)
	}
	var q qb
	if strings.TrimSpace(f.Query) != "" && normName(f.Query) == "" {
		return []store.RegistryActor{}, nil // nothing searchable: no match
	}
	if s := normName(f.Query); s != "" {
		pat := "%" + likeEscape(s) + "%"
		q.add(`(a.norm_name LIKE ? ESCAPE '\' OR a.id IN (SELECT actor_id FROM actor_aliases WHERE norm_alias LIKE ? ESCAPE '\'))`, pat, pat)
	}
	if c := strings.ToUpper(strings.TrimSpace(f.Country)); c != "" {
		q.add(`a.country = ?`, c)
	}
	var out []store.RegistryActor
	err = db.view(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = loadActors(ctx, tx, `SELECT `+actorCols+` FROM actors a`+q.where()+
			` ORDER BY a.mentions DESC, a.id LIMIT ? OFFSET ?`, append(q.args, limit, f.Offset)...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: actors: %w", err)
	}
	return out, nil
}

// Actor returns one registry actor.
func (db *DB) Actor(ctx context.Context, id int64) (*store.RegistryActor, error) {
	var out []store.RegistryActor
	err := db.view(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = loadActors(ctx, tx, `SELECT `+actorCols+` FROM actors a WHERE a.id = ?`, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: actor: %w", err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("actor %d: %w", id, store.ErrNotFound)
	}
	return &out[0], nil
}

// LookupActor returns the registry actors whose name or an alias equals
// name once both are normalised (case, punctuation, spacing), most
// mentioned first.
func (db *DB) LookupActor(ctx context.Context, name string) ([]store.RegistryActor, error) {
	n := normName(name)
	if n == "" {
		return []store.RegistryActor{}, nil
	}
	var out []store.RegistryActor
	err := db.view(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = loadActors(ctx, tx, `SELECT `+actorCols+` FROM actors a
WHERE a.id IN (SELECT actor_id FROM actor_aliases WHERE norm_alias = ?1) OR a.norm_name = ?1
ORDER BY a.mentions DESC, a.id`, n)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: lookup actor: %w", err)
	}
	return out, nil
}

// MergeActors folds actor from into actor into in one transaction:
// aliases, titles, mentions, first/last seen, document links, quotes and
// event sides move over, and from is deleted. into keeps its name, kind
// and pin; its empty country, sector or org are filled from from.
func (db *DB) MergeActors(ctx context.Context, into, from int64) error {
	if into == from {
		return fmt.Errorf("%w: merge: an actor cannot be merged into itself", store.ErrBadFilter)
	}
	err := db.update(ctx, func(tx *sql.Tx) error {
		for _, id := range []int64{into, from} {
			var x int64
			err := tx.QueryRowContext(ctx, `SELECT id FROM actors WHERE id = ?`, id).Scan(&x)
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("actor %d: %w", id, store.ErrNotFound)
			}
			if err != nil {
				return err
			}
		}
		for _, s := range []string{
			`INSERT OR IGNORE INTO actor_aliases (actor_id, alias, norm_alias)
SELECT ?1, alias, norm_alias FROM actor_aliases WHERE actor_id = ?2 ORDER BY id`,
			`INSERT INTO actor_titles (actor_id, norm_title, title, first_seen, last_seen, count)
SELECT ?1, norm_title, title, first_seen, last_seen, count FROM actor_titles WHERE actor_id = ?2 AND true
ON CONFLICT (actor_id, norm_title) DO UPDATE SET
  count = count + excluded.count,
  first_seen = CASE WHEN excluded.first_seen <> '' AND (first_seen = '' OR excluded.first_seen < first_seen) THEN excluded.first_seen ELSE first_seen END,
  last_seen = max(last_seen, excluded.last_seen)`,
			`UPDATE events SET source_actor_id = ?1 WHERE source_actor_id = ?2`,
			`UPDATE events SET target_actor_id = ?1 WHERE target_actor_id = ?2`,
			`UPDATE doc_actors SET actor_id = ?1 WHERE actor_id = ?2`,
			`UPDATE quotes SET speaker_actor_id = ?1 WHERE speaker_actor_id = ?2`,
			`UPDATE actors SET
  mentions = mentions + (SELECT mentions FROM actors WHERE id = ?2),
  documents = (SELECT count(DISTINCT doc_id) FROM doc_actors WHERE actor_id = ?1),
  country = CASE WHEN pinned = 0 AND country = '' THEN (SELECT country FROM actors WHERE id = ?2) ELSE country END,
  sector = CASE WHEN pinned = 0 AND sector = '' THEN (SELECT sector FROM actors WHERE id = ?2) ELSE sector END,
  org = CASE WHEN org = '' THEN (SELECT org FROM actors WHERE id = ?2) ELSE org END,
  first_seen = (SELECT coalesce(min(nullif(first_seen, '')), '') FROM actors WHERE id IN (?1, ?2)),
  last_seen = (SELECT max(last_seen) FROM actors WHERE id IN (?1, ?2))
WHERE id = ?1`,
			`DELETE FROM actors WHERE id = ?2`,
		} {
			if _, err := tx.ExecContext(ctx, s, into, from); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sqlite: merge actors: %w", err)
	}
	return nil
}

// PinActor applies a user correction to the actors named p.Name: those
// whose name matches, or else those with a matching alias. A pin with a
// country or sector sets it and marks the actor pinned, so later documents
// cannot change it; added aliases are recorded either way. Events already
// stored keep the countries they were coded with.
func (db *DB) PinActor(ctx context.Context, p store.ActorPin) error {
	n := normName(p.Name)
	if n == "" {
		return fmt.Errorf("%w: pin: empty name", store.ErrBadFilter)
	}
	err := db.update(ctx, func(tx *sql.Tx) error {
		ids, err := pinTargets(ctx, tx, n)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return fmt.Errorf("actor %q: %w", p.Name, store.ErrNotFound)
		}
		country, sector := strings.ToUpper(strings.TrimSpace(p.Country)), strings.ToUpper(strings.TrimSpace(p.Sector))
		for _, id := range ids {
			if country != "" || sector != "" {
				if _, err := tx.ExecContext(ctx, `UPDATE actors SET pinned = 1,
  country = CASE WHEN ?1 <> '' THEN ?1 ELSE country END,
  sector = CASE WHEN ?2 <> '' THEN ?2 ELSE sector END
WHERE id = ?3`, country, sector, id); err != nil {
					return err
				}
			}
			for _, al := range p.Aliases {
				if na := normName(al); na != "" {
					if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO actor_aliases (actor_id, alias, norm_alias) VALUES (?, ?, ?)`,
						id, strings.TrimSpace(al), na); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sqlite: pin actor: %w", err)
	}
	return nil
}

func pinTargets(ctx context.Context, tx *sql.Tx, n string) ([]int64, error) {
	for _, query := range []string{
		`SELECT id FROM actors WHERE norm_name = ? ORDER BY id`,
		`SELECT actor_id FROM actor_aliases WHERE norm_alias = ? ORDER BY actor_id`,
	} {
		rows, err := tx.QueryContext(ctx, query, n)
		if err != nil {
			return nil, err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			ids = append(ids, id)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		if len(ids) > 0 {
			return ids, nil
		}
	}
	return nil, nil
}

// Stats counts what is stored.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.r.QueryRowContext(ctx, `SELECT
  (SELECT count(*) FROM documents),
  (SELECT count(*) FROM events),
  (SELECT count(*) FROM actors),
  (SELECT count(*) FROM event_clusters)`).Scan(&s.Documents, &s.Events, &s.Actors, &s.Clusters)
	if err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	return s, nil
}
