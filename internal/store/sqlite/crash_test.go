package sqlite

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/store"
)

const crashEnv = "DYAD_STORE_CRASH_DB"

// TestHelperIngestLoop is the child of TestCrashSafety: it ingests
// generated documents until it is killed. It does nothing in a normal run.
func TestHelperIngestLoop(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("helper process for TestCrashSafety")
	}
	ctx := context.Background()
	db, err := Open(ctx, path, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if _, err := db.PutDocument(ctx, genDoc(i)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCrashSafety kills an ingesting process with SIGKILL and checks the
// database is intact, holds only whole documents, and that ingesting the
// same documents again adds each exactly once.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a subprocess")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperIngestLoop$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	// Wait until a few hundred documents are in, reading as another process would.
	deadline := time.Now().Add(30 * time.Second)
	for {
		if n := countDocs(path); n >= 300 {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("helper exited early: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("helper stored too few documents in 30s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(time.Duration(50+time.Now().UnixNano()%100) * time.Millisecond) // land the kill mid-transaction
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited

	db, err := Open(ctx, path, DefaultOptions())
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer db.Close()
	var check string
	if err := db.r.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	var partial int
	if err := db.r.QueryRow(`SELECT count(*) FROM documents d WHERE
  (SELECT count(*) FROM events e WHERE e.doc_id = d.id) <> 3 OR
  (SELECT count(*) FROM doc_actors a WHERE a.doc_id = d.id) <> 4 OR
  d.n_events <> 3`).Scan(&partial); err != nil {
		t.Fatal(err)
	}
	if partial != 0 {
		t.Errorf("%d documents stored partially", partial)
	}
	var orphans int
	db.r.QueryRow(`SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)`).Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d events without a document", orphans)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	killedAt := st.Documents
	t.Logf("killed after %d documents", killedAt)
	if st.Events != 3*killedAt {
		t.Errorf("events = %d, want %d", st.Events, 3*killedAt)
	}

	// Ingest the same stream again, past where the child stopped.
	total := killedAt + 200
	dups := 0
	for i := range total {
		r, err := db.PutDocument(ctx, genDoc(i))
		if err != nil {
			t.Fatal(err)
		}
		if r.Status == store.Duplicate {
			dups++
		}
	}
	if dups != killedAt {
		t.Errorf("re-ingest found %d duplicates, want %d", dups, killedAt)
	}
	st, err = db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var keys int
	db.r.QueryRow(`SELECT count(DISTINCT doc_key) FROM documents`).Scan(&keys)
	if st.Documents != total || keys != total || st.Events != 3*total {
		t.Errorf("after re-ingest: %+v, %d keys; want %d documents", st, keys, total)
	}
}

// countDocs counts documents through a separate read-only connection; 0
// while the schema does not exist yet.
func countDocs(path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := sql.Open("sqlite", path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0
	}
	return n
}
