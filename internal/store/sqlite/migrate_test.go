package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/pressly/goose/v3"
)

// latestVersion is the number of embedded migrations (versions run 1..n).
func latestVersion(t *testing.T) int64 {
	t.Helper()
	entries, err := migrationFS.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	return int64(len(entries))
}

func TestMigrateTwiceIsNoop(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(ctx, path, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutDocument(ctx, genDoc(1)); err != nil {
		t.Fatal(err)
	}
	v1, err := db.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := latestVersion(t); v1 != want {
		t.Errorf("version after Open = %d, want %d", v1, want)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db.w, migrations())
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Up(ctx)
	if err != nil || len(res) != 0 {
		t.Errorf("second Up applied %d migrations, err %v; want none", len(res), err)
	}
	db.Close()
	db, err = Open(ctx, path, Options{Migrate: false, ReadConns: 1, BusyTimeout: 1e9, CacheSizeKB: 1024, NearDupThreshold: 3})
	if err != nil {
		t.Fatalf("reopen without migrating: %v", err)
	}
	if st, err := db.Stats(ctx); err != nil || st.Documents != 1 {
		t.Errorf("Stats after reopen = %+v, %v", st, err)
	}
	db.Close()
}

func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, raw, migrations())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if v, _ := p.GetDBVersion(ctx); v != 1 {
		t.Fatalf("version = %d, want 1", v)
	}
	raw.Close()

	if _, err := Open(ctx, path, Options{Migrate: false, ReadConns: 1, BusyTimeout: 1e9, CacheSizeKB: 1024}); err == nil {
		t.Error("Open without Migrate on an old schema succeeded")
	}
	db, err := Open(ctx, path, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, err := db.SchemaVersion(ctx); err != nil || v != latestVersion(t) {
		t.Errorf("version after upgrade = %d, %v", v, err)
	}
	var n int
	if err := db.r.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_date'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("index of migration 2 missing: %d, %v", n, err)
	}
	if _, err := db.PutDocument(ctx, genDoc(2)); err != nil {
		t.Fatal(err)
	}
}
