package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func commandNames() []string {
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func TestCommandsRegistered(t *testing.T) {
	for _, want := range []string{"extract", "ingest", "demo", "serve", "export", "query", "actors", "explain", "version"} {
		if _, ok := commands[want]; !ok {
			t.Errorf("command %q is not registered", want)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, name := range commandNames() {
		t.Run(name, func(t *testing.T) {
			r := run(t, name, "--help")
			r.wantCode(t, ExitOK)
			if !strings.Contains(r.stderr, "Usage: dyad "+name) {
				t.Errorf("--help printed %q, want a usage line for %s", r.stderr, name)
			}
		})
	}
	r := run(t, "--help")
	r.wantCode(t, ExitOK)
	for _, name := range commandNames() {
		if !strings.Contains(r.stderr, "  "+name+" ") {
			t.Errorf("dyad --help does not list %s:\n%s", name, r.stderr)
		}
	}
}

func TestUnknownFlag(t *testing.T) {
	for _, name := range commandNames() {
		t.Run(name, func(t *testing.T) {
			r := run(t, name, "--no-such-flag")
			r.wantCode(t, ExitUsage)
			if !strings.Contains(r.stderr, "no-such-flag") {
				t.Errorf("stderr %q does not name the flag", r.stderr)
			}
		})
	}
	run(t, "no-such-command").wantCode(t, ExitUsage)
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"extract no input", []string{"extract"}, "no INPUT"},
		{"ingest no input", []string{"ingest", "--db", db}, "no INPUT"},
		{"explain format", []string{"explain", "--format", "html", "x.txt"}, "--format"},
		{"export format", []string{"export", "--db", db, "--format", "xml"}, "--format"},
		{"export bad date", []string{"export", "--db", db, "--from", "2024-13-01"}, "--from"},
		{"query bad to", []string{"query", "--db", db, "--to", "yesterday"}, "--to"},
		{"query pair", []string{"query", "--db", db, "--pair", "IDN"}, "--pair"},
		{"query country", []string{"query", "--db", db, "--country", "Indonesia"}, "--country"},
		{"query type", []string{"query", "--db", db, "--type", "HUG"}, "--type"},
		{"query quad", []string{"query", "--db", db, "--quad-class", "5"}, "--quad-class"},
		{"query status", []string{"query", "--db", db, "--status", "rumoured"}, "--status"},
		{"query from after to", []string{"query", "--db", db, "--from", "2024-02-01", "--to", "2024-01-01"}, "after --to"},
		{"actors none", []string{"actors", "--db", db}, "no subcommand"},
		{"actors unknown", []string{"actors", "--db", db, "delete"}, "unknown subcommand"},
		{"actors show id", []string{"actors", "--db", db, "show", "abc"}, "not a positive number"},
		{"actors merge args", []string{"actors", "--db", db, "merge", "1"}, "takes 2"},
		{"serve protect", []string{"serve", "--db", db, "--protect-reads"}, "needs a token"},
		{"serve arg", []string{"serve", "--db", db, "extra"}, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, tt.args...)
			r.wantCode(t, ExitUsage)
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr got %q, want it to contain %q", r.stderr, tt.want)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	dir := demoFiles(t, 2)
	ents, _ := os.ReadDir(dir)
	file := filepath.Join(dir, ents[0].Name())
	r := run(t, "extract", file)
	r.wantCode(t, ExitOK)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 1 {
		t.Fatalf("got %d records, want 1:\n%s", len(lines), r.stdout)
	}
	var rec struct {
		DocID    string            `json:"doc_id"`
		Language string            `json:"language"`
		Events   []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatalf("record is not JSON: %v\n%s", err, lines[0])
	}
	if want := strings.TrimSuffix(ents[0].Name(), ".txt"); rec.DocID != want || rec.Language != "en" {
		t.Errorf("doc_id, language got %q, %q; want %q, en", rec.DocID, rec.Language, want)
	}
}

func TestExtractPlover(t *testing.T) {
	in := filepath.Join(t.TempDir(), "a.txt")
	text := "Vietnamese Foreign Minister Tran Van Hoa met Japanese Foreign Minister Kenji Sato in Hanoi on Tuesday. " +
		"The two ministers agreed to expand cooperation in trade."
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "extract", "--format", "plover", in)
	r.wantCode(t, ExitOK)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	var types []string
	for _, l := range lines {
		var e struct {
			ID        string `json:"id"`
			EventType string `json:"event_type"`
			Actor     string `json:"actor_country"`
			Recipient string `json:"recipient_country"`
			CiteInfo  struct {
				DocID string `json:"doc_id"`
			} `json:"cite_info"`
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("plover line %q: %v", l, err)
		}
		if e.CiteInfo.DocID != "a" || !strings.HasPrefix(e.ID, "a-") {
			t.Errorf("event %q cites %q, want document a", e.ID, e.CiteInfo.DocID)
		}
		types = append(types, e.EventType+" "+e.Actor+"-"+e.Recipient)
	}
	if len(types) != 2 || types[0] != "CONSULT VNM-JPN" && types[0] != "CONSULT JPN-VNM" || !strings.HasPrefix(types[1], "AGREE ") {
		t.Errorf("plover events = %q, want a CONSULT and an AGREE between VNM and JPN", types)
	}
}

func TestExtractBadJSONLLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(path, []byte(genArticle(1)+"\n{not json\n"+genArticle(2)+"\n"), 0o644)
	r := run(t, "extract", path)
	r.wantCode(t, ExitPartial)
	if !strings.Contains(r.stderr, path+":2") {
		t.Errorf("stderr %q does not name %s:2", r.stderr, path)
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var rec struct {
			DocID string `json:"doc_id"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("bad record %q: %v", l, err)
		}
		ids = append(ids, rec.DocID)
	}
	if got := strings.Join(ids, ","); got != "gen-0000001,gen-0000002" {
		t.Errorf("records got %s, want gen-0000001,gen-0000002", got)
	}
}
