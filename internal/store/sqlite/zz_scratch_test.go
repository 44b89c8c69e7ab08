package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestScratchFrames(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	ctx := context.Background()
	opt := DefaultOptions()
	opt.WALAutoCheckpoint = 1_000_000
	path := filepath.Join(t.TempDir(), "f.db")
	db, err := Open(ctx, path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if q := os.Getenv("SCRATCH_SQL"); q != "" {
		if _, err := db.w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 2000 {
		if _, err := db.PutDocument(ctx, genDoc(i)); err != nil {
			t.Fatal(err)
		}
	}
	st, _ := os.Stat(path + "-wal")
	before := st.Size()
	const n = 500
	for i := 2000; i < 2000+n; i++ {
		if _, err := db.PutDocument(ctx, genDoc(i)); err != nil {
			t.Fatal(err)
		}
	}
	st, _ = os.Stat(path + "-wal")
	t.Logf("frames/doc = %.1f", float64(st.Size()-before)/4120/n)
	if os.Getenv("SCRATCH_STAT") == "" {
		return
	}
	rows, err := db.r.Query(`SELECT name, count(*) FROM dbstat GROUP BY name ORDER BY 2 DESC`)
	if err != nil {
		t.Log(err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var n int
		rows.Scan(&name, &n)
		t.Logf("%-30s %d pages", name, n)
	}
}
