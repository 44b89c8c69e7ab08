// Package sqlite is dyad's embedded store: a single SQLite file (pure Go,
// modernc.org/sqlite) holding documents, the actor registry, events,
// quotes and figures. *DB implements store.Store.
//
// # Connections
//
// The database runs in WAL mode with synchronous=NORMAL. All writes go
// through one connection (a *sql.DB with MaxOpenConns(1) whose
// transactions start with BEGIN IMMEDIATE), so writers queue in Go rather
// than failing with SQLITE_BUSY; reads use a separate pool and, thanks to
// WAL, never wait for the writer.
//
// # Durability
//
// PutDocument writes a document and everything in it in one transaction:
// after a crash (even kill -9) either all of it is stored or none.
// PutDocuments writes a whole batch in one transaction: after a crash
// either the whole batch is stored or none of it. With synchronous=NORMAL
// a power loss (not a process crash) may lose the last transactions, never
// corrupt the file.
//
// # Schema
//
// The schema is versioned with goose migrations embedded from
// migrations/*.sql and applied by Open. Documents are indexed for full
// text (FTS5) over title and text, events over their evidence text. Exact
// duplicates are found by the SHA-256 of the cleaned text, near
// duplicates by a 64-bit simhash of word 3-shingles, looked up through
// four indexed 16-bit bands.
//
// # Registry
//
// Each person, institution or group actor of a stored document is matched
// to the cross-document registry by its normalised name or aliases (see
// normName) and a compatible country, or added to it. Events are clustered
// across documents by type, unordered country pair and date.
package sqlite
