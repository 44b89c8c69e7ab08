package cli

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/store"
	"github.com/dyad-project/dyad/internal/store/sqlite"
)

var summaryLine = regexp.MustCompile(`(?m)^ingested (\d+) documents: (\d+) stored, (\d+) duplicate, (\d+) near-duplicate, (\d+) failed \((\d+) events\) in \d+\.\ds$`)

// summary returns the numbers of ingest's summary line: documents,
// stored, duplicate, near-duplicate, failed, events.
func summary(t testing.TB, stderr string) [6]string {
	t.Helper()
	m := summaryLine.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary line in stderr:\n%s", stderr)
	}
	return [6]string(m[1:])
}

func stats(t testing.TB, path string) store.Stats {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path, sqlite.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestIngestTwice(t *testing.T) {
	dir := demoFiles(t, 4)
	db := filepath.Join(t.TempDir(), "sub", "dyad.db")
	r := run(t, "ingest", "--db", db, dir)
	r.wantCode(t, ExitOK)
	s := summary(t, r.stderr)
	if s[0] != "4" || s[1] != "4" || s[4] != "0" {
		t.Fatalf("first run: %v, want 4 documents, 4 stored, 0 failed", s)
	}
	if r.stdout != "" {
		t.Errorf("ingest printed to stdout: %q", r.stdout)
	}
	if strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("stderr got %q, want only the summary line when not a terminal", r.stderr)
	}
	before := stats(t, db)

	r = run(t, "ingest", "--db", db, dir)
	r.wantCode(t, ExitOK)
	s = summary(t, r.stderr)
	if s[1] != "0" || s[2] != "4" || s[5] != "0" {
		t.Errorf("second run: %v, want 0 stored, 4 duplicate, 0 events", s)
	}
	if after := stats(t, db); after != before {
		t.Errorf("second run changed the store: got %+v, want %+v", after, before)
	}
}

func TestIngestEnvDB(t *testing.T) {
	dir := demoFiles(t, 1)
	db := filepath.Join(t.TempDir(), "env.db")
	var out, errb syncBuffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string {
		if k == "DYAD_DB" {
			return db
		}
		return ""
	}}
	if code := Run(context.Background(), env, []string{"ingest", dir}); code != ExitOK {
		t.Fatalf("exit code %d: %s", code, errb.String())
	}
	if got := stats(t, db).Documents; got != 1 {
		t.Errorf("documents in $DYAD_DB got %d, want 1", got)
	}
}

func TestIngestPartial(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(genArticle(1)+"\n{\"id\": \"x\"}\n"+genArticle(2)+"\n"), 0o644)
	db := filepath.Join(dir, "dyad.db")
	r := run(t, "ingest", "--db", db, in, filepath.Join(dir, "missing.txt"))
	r.wantCode(t, ExitPartial)
	if !strings.Contains(r.stderr, "dyad ingest: "+in+":2:") {
		t.Errorf("stderr %q does not report %s:2", r.stderr, in)
	}
	if !strings.Contains(r.stderr, "dyad ingest: "+filepath.Join(dir, "missing.txt")) {
		t.Errorf("stderr %q does not report the missing file", r.stderr)
	}
	s := summary(t, r.stderr)
	if s[0] != "4" || s[1] != "2" || s[4] != "2" {
		t.Errorf("summary %v, want 4 documents, 2 stored, 2 failed", s)
	}
}

func TestIngestProgress(t *testing.T) {
	old := isTerminal
	isTerminal = func(io.Writer) bool { return true }
	defer func() { isTerminal = old }()
	dir := demoFiles(t, 2)
	ents, _ := os.ReadDir(dir)
	var files []string
	for _, e := range ents {
		files = append(files, filepath.Join(dir, e.Name()))
	}
	if got := countDocuments(files); got != 2 {
		t.Errorf("countDocuments(two .txt files) got %d, want 2", got)
	}
	if got := countDocuments([]string{dir}); got != -1 {
		t.Errorf("countDocuments(folder) got %d, want -1", got)
	}
	r := run(t, append([]string{"ingest", "--db", filepath.Join(t.TempDir(), "p.db")}, files...)...)
	r.wantCode(t, ExitOK)
	if !strings.Contains(r.stderr, "ingesting") || !strings.Contains(r.stderr, "docs/s") {
		t.Errorf("no progress bar on a terminal; stderr:\n%q", r.stderr)
	}
	// The bar is erased with a carriage return before the summary.
	last := r.stderr[strings.LastIndexByte(r.stderr, '\r')+1:]
	summary(t, last)
}

const crashEnv = "DYAD_CLI_CRASH"

// TestHelperIngest is the child of TestIngestCrashSafety: it runs dyad
// ingest until it is killed. It does nothing in a normal run.
func TestHelperIngest(t *testing.T) {
	args := os.Getenv(crashEnv)
	if args == "" {
		t.Skip("helper process for TestIngestCrashSafety")
	}
	var argv []string
	if err := json.Unmarshal([]byte(args), &argv); err != nil {
		t.Fatal(err)
	}
	Main(context.Background(), argv)
}

// TestIngestCrashSafety kills dyad ingest with SIGKILL part-way through a
// big JSON Lines file, runs it again to the end, and checks the database
// is intact and holds every record exactly once.
func TestIngestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a subprocess")
	}
	const records = 1200
	dir := t.TempDir()
	in := filepath.Join(dir, "big.jsonl")
	writeJSONL(t, in, 0, records)
	db := filepath.Join(dir, "crash.db")
	args := []string{"ingest", "--db", db, "--workers", "2", in}

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperIngest$", "-test.count=1")
	argv, _ := json.Marshal(args)
	cmd.Env = append(os.Environ(), crashEnv+"="+string(argv))
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	for countDocs(db) < 100 {
		select {
		case err := <-exited:
			t.Fatalf("ingest exited before it was killed: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("ingest stored fewer than 100 documents in 60s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(time.Duration(20+time.Now().UnixNano()%80) * time.Millisecond) // land the kill mid-transaction
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited
	killedAt := stats(t, db).Documents
	if killedAt >= records {
		t.Fatalf("ingest finished (%d documents) before it was killed", killedAt)
	}
	t.Logf("killed after %d documents", killedAt)

	r := run(t, args...)
	r.wantCode(t, ExitOK)
	s := summary(t, r.stderr)
	if s[0] != itoa(records) || s[2] != itoa(killedAt) || s[4] != "0" {
		t.Errorf("re-run summary %v, want %d documents, %d duplicate, 0 failed", s, records, killedAt)
	}

	ctx := context.Background()
	st, err := sqlite.Open(ctx, db, sqlite.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stt, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stt.Documents != records {
		t.Errorf("documents got %d, want %d (one per distinct record)", stt.Documents, records)
	}
	keys := map[string]bool{}
	events := 0
	cursor := ""
	for {
		docs, next, err := st.Documents(ctx, store.DocFilter{Limit: 500, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if keys[d.Key] {
				t.Errorf("document %s stored twice", d.Key)
			}
			keys[d.Key] = true
			events += d.Events
		}
		if next == "" {
			break
		}
		cursor = next
	}
	if len(keys) != records || events != stt.Events {
		t.Errorf("got %d distinct documents with %d events, want %d with %d", len(keys), events, records, stt.Events)
	}
	sdb, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	var check string
	if err := sdb.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check got %q, %v; want ok", check, err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// countDocs counts stored documents through a read-only connection, as
// another process would; 0 while the database is not there yet.
func countDocs(path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
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

// BenchmarkIngest ingests generated 3 KB articles into a new database
// through the pipeline and the store, as dyad ingest does.
func BenchmarkIngest(b *testing.B) {
	dir := b.TempDir()
	in := filepath.Join(dir, "bench.jsonl")
	writeJSONL(b, in, 0, b.N)
	db := filepath.Join(dir, "bench.db")
	b.ResetTimer()
	start := time.Now()
	r := run(b, "ingest", "--db", db, in)
	elapsed := time.Since(start)
	b.StopTimer()
	r.wantCode(b, ExitOK)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "docs/s")
}
