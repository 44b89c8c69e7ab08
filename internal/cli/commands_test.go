package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/api"
	"github.com/dyad-project/dyad/internal/export"
)

func TestDemoNoServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	r := run(t, "demo", "--no-serve", "--db", db)
	r.wantCode(t, ExitOK)
	if !strings.HasPrefix(r.stdout, "DOCUMENT") || strings.Contains(r.stdout, "Dashboard:") {
		t.Errorf("stdout got:\n%s\nwant a table and no dashboard URL", r.stdout)
	}
	st := stats(t, db)
	if st.Documents < 12 || st.Events == 0 {
		t.Errorf("demo stored %+v, want >= 12 documents with events", st)
	}
	for _, lang := range []string{" en ", " id "} {
		if !strings.Contains(r.stdout, lang) {
			t.Errorf("stdout has no %q document:\n%s", lang, r.stdout)
		}
	}
	r = run(t, "demo", "--no-serve", "--db", db)
	r.wantCode(t, ExitOK)
	if !strings.Contains(r.stdout, " 0 stored, 16 duplicate") {
		t.Errorf("second demo run got:\n%s\nwant every document a duplicate", r.stdout)
	}
	if after := stats(t, db); after != st {
		t.Errorf("second demo run changed the store: %+v, want %+v", after, st)
	}
}

func TestExportRoundTrip(t *testing.T) {
	db := seededDB(t)
	want := stats(t, db).Events
	dir := t.TempDir()

	r := run(t, "export", "--db", db, "--format", "csv")
	r.wantCode(t, ExitOK)
	rows, err := export.ReadCSV(strings.NewReader(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != want {
		t.Errorf("csv on stdout: got %d events, want %d", len(rows), want)
	}
	if first := r.stdout[:strings.IndexByte(r.stdout, '\n')]; first != strings.Join(export.CSVHeader, ",") {
		t.Errorf("csv header got %q", first)
	}

	out := filepath.Join(dir, "events.jsonl")
	r = run(t, "export", "--db", db, "--format", "jsonl", "-o", out, "--pair", "idn,aus")
	r.wantCode(t, ExitOK)
	f, _ := os.ReadFile(out)
	jrows, err := export.ReadJSONL(bytes.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	if len(jrows) == 0 || !strings.Contains(r.stderr, "exported ") {
		t.Errorf("jsonl IDN-AUS: %d events, stderr %q", len(jrows), r.stderr)
	}
	for _, e := range jrows {
		if p := e.Source.Country + e.Target.Country; p != "IDNAUS" && p != "AUSIDN" {
			t.Errorf("event %d is %s → %s, not between IDN and AUS", e.ID, e.Source.Country, e.Target.Country)
		}
	}

	out = filepath.Join(dir, "events.parquet")
	run(t, "export", "--db", db, "--format", "parquet", "-o", out, "--limit", "5").wantCode(t, ExitOK)
	pf, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	fi, _ := pf.Stat()
	prows, err := export.ReadParquet(pf, fi.Size())
	if err != nil {
		t.Fatal(err)
	}
	if len(prows) != 5 {
		t.Errorf("parquet --limit 5: got %d events", len(prows))
	}

	r = run(t, "export", "--db", db, "--format", "plover", "--type", "agree", "--status", "reported")
	r.wantCode(t, ExitOK)
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var e export.PloverEvent
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("plover line %q: %v", l, err)
		}
		if e.EventType != "AGREE" || e.Status != "reported" {
			t.Errorf("plover event %s is %s/%s, want AGREE/reported", e.ID, e.EventType, e.Status)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("export left files behind: %v", entries)
	}
}

func TestQuery(t *testing.T) {
	db := seededDB(t)
	r := run(t, "query", "--db", db, "--limit", "3")
	r.wantCode(t, ExitOK)
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	if !regexp.MustCompile(`^DATE +TYPE +SOURCE → TARGET +STATUS +QUAD +GOLDSTEIN +EVIDENCE$`).MatchString(lines[0]) {
		t.Errorf("header got %q", lines[0])
	}
	if len(lines) != 5 || !strings.HasPrefix(lines[4], "3 events shown; more match") {
		t.Errorf("got %d lines ending %q, want 3 events and a count line", len(lines), lines[len(lines)-1])
	}
	for _, l := range lines[1:4] {
		if n := len([]rune(l)); n > 250 {
			t.Errorf("row of %d runes, want the evidence cut: %q", n, l)
		}
	}

	r = run(t, "query", "--db", db, "--country", "THA", "--from", "2024-01-01", "--to", "2024-12-31", "--limit", "0")
	r.wantCode(t, ExitOK)
	if !strings.Contains(r.stdout, "(THA)") || !regexp.MustCompile(`(?m)^\d+ events?$`).MatchString(r.stdout) {
		t.Errorf("THA events in 2024:\n%s", r.stdout)
	}
	r = run(t, "query", "--db", db, "--text", "nothing-matches-this")
	r.wantCode(t, ExitOK)
	if !strings.HasSuffix(r.stdout, "0 events\n") {
		t.Errorf("no match got:\n%s", r.stdout)
	}
}

func TestActors(t *testing.T) {
	db := seededDB(t)
	r := run(t, "actors", "--db", db, "list")
	r.wantCode(t, ExitOK)
	if !regexp.MustCompile(`^ID +NAME +COUNTRY +SECTOR +MENTIONS +DOCS +TITLES\n`).MatchString(r.stdout) {
		t.Errorf("list header got:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "Chaiwat Srisuwan") {
		t.Errorf("list has no Chaiwat Srisuwan:\n%s", r.stdout)
	}

	r = run(t, "actors", "--db", db, "search", "chaiwat")
	r.wantCode(t, ExitOK)
	m := regexp.MustCompile(`(?m)^(\d+) +Chaiwat Srisuwan +THA`).FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("search chaiwat got:\n%s", r.stdout)
	}
	id := m[1]
	r = run(t, "actors", "--db", db, "show", id)
	r.wantCode(t, ExitOK)
	if !strings.Contains(r.stdout, "Thai Foreign Minister") || !strings.Contains(r.stdout, "aliases:") {
		t.Errorf("show %s got:\n%s", id, r.stdout)
	}
	run(t, "actors", "--db", db, "show", "999999").wantCode(t, ExitFatal)

	pin := filepath.Join(t.TempDir(), "pin.tsv")
	os.WriteFile(pin, []byte("# corrections\nChaiwat Srisuwan\tTHA\tGOV\tChaiwat S.\nNo Such Person\tIDN\n"), 0o644)
	r = run(t, "actors", "--db", db, "pin", pin)
	r.wantCode(t, ExitPartial)
	if !strings.Contains(r.stderr, pin+":3:") || !strings.Contains(r.stdout, "pinned 1 actors") {
		t.Errorf("pin got stdout %q, stderr %q; want line 3 reported and 1 pinned", r.stdout, r.stderr)
	}
	r = run(t, "actors", "--db", db, "show", id)
	if !strings.Contains(r.stdout, "(pinned)") || !strings.Contains(r.stdout, "Chaiwat S.") {
		t.Errorf("after pin, show got:\n%s", r.stdout)
	}
	os.WriteFile(pin, []byte("only-one-field\n"), 0o644)
	r = run(t, "actors", "--db", db, "pin", pin)
	r.wantCode(t, ExitUsage)
	if !strings.Contains(r.stderr, pin+":1") {
		t.Errorf("malformed pin file: stderr %q does not name %s:1", r.stderr, pin)
	}

	r = run(t, "actors", "--db", db, "search", "Khamsone")
	m2 := regexp.MustCompile(`(?m)^(\d+) +Khamsone`).FindStringSubmatch(r.stdout)
	if m2 == nil {
		t.Fatalf("search Khamsone got:\n%s", r.stdout)
	}
	r = run(t, "actors", "--db", db, "merge", id, m2[1])
	r.wantCode(t, ExitOK)
	run(t, "actors", "--db", db, "show", m2[1]).wantCode(t, ExitFatal)
	r = run(t, "actors", "--db", db, "show", id)
	if !strings.Contains(r.stdout, "Khamsone") {
		t.Errorf("after merge, show %s has no Khamsone alias:\n%s", id, r.stdout)
	}
}

func TestExplain(t *testing.T) {
	dir := demoFiles(t, 1)
	r := run(t, "explain", dir)
	r.wantCode(t, ExitOK)
	for _, want := range []string{
		"== en-01-tha-lao-bridge-agreement",
		"source → target  ",
		`trigger          "agree`,
		"rule             phrase",
		"triggers.tsv:",
		"evidence         [",
		"actors\n",
		`mentions [`,
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explain output lacks %q:\n%s", want, r.stdout)
		}
	}
	if !regexp.MustCompile(`(?m)^  lexicon +\S+\.tsv:\d+$`).MatchString(r.stdout) {
		t.Errorf("no lexicon file:line in:\n%s", r.stdout)
	}
}

func TestServe(t *testing.T) {
	db := seededDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string {
		if k == "DYAD_TOKEN" {
			return "secret"
		}
		return ""
	}}
	done := make(chan int, 1)
	go func() { done <- Run(ctx, env, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}) }()

	url := ""
	re := regexp.MustCompile(`Dashboard: (http://127\.0\.0\.1:\d+)/`)
	for deadline := time.Now().Add(10 * time.Second); url == ""; {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			url = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, errb.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve printed no URL: %q %q", out.String(), errb.String())
		}
		time.Sleep(10 * time.Millisecond)
	}

	resp, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /healthz: %s", resp.Status)
	}
	resp, err = http.Get(url + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("GET /: %s %s, want the dashboard", resp.Status, resp.Header.Get("Content-Type"))
	}

	body := `[{"title":"Talks","published":"2024-03-05 10:00:00","text":"JAKARTA — Indonesian Foreign Minister Sekar Ayuningtyas met Malaysian Foreign Minister Ahmad Fauzi in Jakarta on Monday. The two ministers agreed to expand cooperation on border security."},
	{"id":"empty","text":""}]`
	req, _ := http.NewRequest("POST", url+api.Prefix+"/documents", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer secret")
	req.Header.Set("Content-Type", "application/json")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var ir api.IngestResponse
	json.NewDecoder(resp.Body).Decode(&ir)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated || ir.Stored != 1 || ir.Errors != 1 || len(ir.Results) != 2 {
		t.Fatalf("POST /documents: %s %+v", resp.Status, ir)
	}
	res := ir.Results[0]
	if res.Status != "stored" || len(res.DocID) != 16 || res.ID == 0 {
		t.Errorf("first result %+v, want stored with a 16-hex doc_id", res)
	}
	resp, err = http.Get(url + api.Prefix + "/documents/" + itoa(int(res.ID)))
	if err != nil {
		t.Fatal(err)
	}
	var d api.Document
	json.NewDecoder(resp.Body).Decode(&d)
	resp.Body.Close()
	if d.Published == nil || *d.Published != "2024-03-05" || d.Origin != "api" {
		t.Errorf("stored document: published %v, origin %q; want 2024-03-05, api", d.Published, d.Origin)
	}

	cancel()
	select {
	case code := <-done:
		if code != ExitOK {
			t.Errorf("serve exited with %d after cancel, want 0: %s", code, errb.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
	if strings.Contains(errb.String(), "warning") {
		t.Errorf("warning on loopback: %s", errb.String())
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:8080", true},
		{"[::1]:8080", true},
		{"localhost:80", true},
		{"0.0.0.0:8080", false},
		{"[::]:8080", false},
		{"192.168.1.2:80", false},
	}
	for _, tt := range tests {
		if got := isLoopback(tt.addr); got != tt.want {
			t.Errorf("isLoopback(%q) got %v, want %v", tt.addr, got, tt.want)
		}
	}
}
