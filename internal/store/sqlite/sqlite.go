package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/dyad-project/dyad/internal/store"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

var _ store.Store = (*DB)(nil)

// Options tunes a database. DefaultOptions fills every field.
type Options struct {
	// BusyTimeout is how long a connection waits for a lock held by
	// another process before failing with SQLITE_BUSY.
	BusyTimeout time.Duration
	// CacheSizeKB is the page cache of each connection, in KiB.
	CacheSizeKB int
	// MmapSize is the number of bytes of the file mapped into memory by
	// each connection; 0 turns memory mapping off.
	MmapSize int64
	// WALAutoCheckpoint is the WAL size, in pages, that triggers a
	// checkpoint. A larger WAL writes a page that many transactions touch
	// to the database file once per checkpoint instead of once per few
	// transactions: 10,000 pages (about 40 MB) makes ingest about 50%
	// faster than SQLite's default of 1,000.
	WALAutoCheckpoint int
	// ReadConns is the size of the read pool.
	ReadConns int
	// NearDupThreshold is the largest Hamming distance between two
	// simhashes that makes a document a near duplicate of another. The
	// band index guarantees finding every match up to 3; larger values
	// find only matches that share a 16-bit band. A negative value turns
	// near-duplicate detection off.
	NearDupThreshold int
	// NearDupMinWords is the fewest words a text needs for near-duplicate
	// detection; shorter texts share too many shingles by chance.
	NearDupMinWords int
	// SnippetOpen and SnippetClose mark matched terms in search snippets.
	// The snippet text is not HTML-escaped.
	SnippetOpen, SnippetClose string
	// SnippetTokens is the length of a search snippet in tokens (at most 64).
	SnippetTokens int
	// Migrate applies pending migrations on Open. When false, Open fails
	// if the database is not at the latest version.
	Migrate bool
}

// DefaultOptions returns the options Open uses when given the zero Options.
func DefaultOptions() Options {
	return Options{
		BusyTimeout:       10 * time.Second,
		CacheSizeKB:       32 << 10,
		MmapSize:          0,
		WALAutoCheckpoint: 10_000,
		ReadConns:         max(4, runtime.GOMAXPROCS(0)),
		NearDupThreshold:  3,
		NearDupMinWords:   20,
		SnippetOpen:       "«",
		SnippetClose:      "»",
		SnippetTokens:     16,
		Migrate:           true,
	}
}

// DB is a dyad store in one SQLite file. It is safe for concurrent use.
type DB struct {
	w   *sql.DB // the single writer connection
	r   *sql.DB // the read pool
	opt Options
	st  *stmts
}

// Open opens or creates the database at path, creating its directory, and
// brings its schema to the latest version. A zero opt means
// DefaultOptions().
func Open(ctx context.Context, path string, opt Options) (*DB, error) {
	if opt == (Options{}) {
		opt = DefaultOptions()
	}
	if path == "" || path == ":memory:" {
		return nil, errors.New("sqlite: a file path is required")
	}
	if opt.ReadConns < 1 {
		opt.ReadConns = 1
	}
	if opt.SnippetTokens < 1 || opt.SnippetTokens > 64 {
		opt.SnippetTokens = 16
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
	}
	pragmas := []string{
		"busy_timeout(" + strconv.FormatInt(opt.BusyTimeout.Milliseconds(), 10) + ")",
		"journal_mode(WAL)",
		"synchronous(NORMAL)",
		"foreign_keys(1)",
		"cache_size(-" + strconv.Itoa(opt.CacheSizeKB) + ")",
		"temp_store(MEMORY)",
		"wal_autocheckpoint(" + strconv.Itoa(opt.WALAutoCheckpoint) + ")",
		"mmap_size(" + strconv.FormatInt(opt.MmapSize, 10) + ")",
	}
	dsn := func(extra ...string) string {
		q := url.Values{}
		for _, p := range pragmas {
			q.Add("_pragma", p)
		}
		for i := 0; i+1 < len(extra); i += 2 {
			q.Set(extra[i], extra[i+1])
		}
		return path + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", dsn("_txlock", "immediate"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := migrate(ctx, w, opt.Migrate); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", dsn("_txlock", "deferred"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	r.SetMaxOpenConns(opt.ReadConns)
	r.SetMaxIdleConns(opt.ReadConns)
	db := &DB{w: w, r: r, opt: opt}
	if db.st, err = prepare(ctx, w); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// migrations returns the embedded migration files.
func migrations() fs.FS {
	sub, err := fs.Sub(migrationFS, "migrations")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	return sub
}

// migrate brings the schema to the latest version, or checks it is there.
func migrate(ctx context.Context, db *sql.DB, apply bool) error {
	p, err := goose.NewProvider(goose.DialectSQLite3, db, migrations())
	if err != nil {
		return fmt.Errorf("sqlite: migrations: %w", err)
	}
	if !apply {
		pending, err := p.HasPending(ctx)
		if err != nil {
			return fmt.Errorf("sqlite: migrations: %w", err)
		}
		if pending {
			return errors.New("sqlite: database schema is out of date and Options.Migrate is false")
		}
		return nil
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("sqlite: migrate: %w", err)
	}
	return nil
}

// SchemaVersion returns the schema version the database is at.
func (db *DB) SchemaVersion(ctx context.Context) (int64, error) {
	p, err := goose.NewProvider(goose.DialectSQLite3, db.r, migrations())
	if err != nil {
		return 0, err
	}
	return p.GetDBVersion(ctx)
}

// Close runs PRAGMA optimize and releases the database.
func (db *DB) Close() error {
	var errs []error
	if db.st != nil {
		db.st.close()
	}
	if db.w != nil {
		// Best effort: optimize refreshes planner statistics.
		db.w.Exec("PRAGMA optimize")
		errs = append(errs, db.w.Close())
	}
	if db.r != nil {
		errs = append(errs, db.r.Close())
	}
	return errors.Join(errs...)
}

// update runs fn in a write transaction, committing when it returns nil
// and rolling back otherwise.
func (db *DB) update(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: commit: %w", err)
	}
	return nil
}

// view runs fn in a read transaction, so that its queries see one snapshot.
func (db *DB) view(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: begin: %w", err)
	}
	defer tx.Rollback()
	return fn(tx)
}
