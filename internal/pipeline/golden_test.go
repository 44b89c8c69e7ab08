package pipeline_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite golden files")

// wantSections are the sections TestGolden generates, in the order -update
// writes them after the fixture's own sections.
var wantSections = []struct {
	name string
	gen  func(*doc.Document) []byte
}{
	{"want/meta.json", wantMeta},
	{"want/sentences.tsv", wantSentences},
	{"want/actors.tsv", wantActors},
	{"want/events.tsv", wantEvents},
}

// TestGolden runs the whole pipeline over every fixture article and
// compares its output with the fixture's want/ sections. Run with -update
// to rewrite them, then review the diff like code.
func TestGolden(t *testing.T) {
	p := newPipeline(t, "")
	for _, path := range fixtureFiles(t) {
		f := loadFixture(t, path)
		t.Run(strings.TrimSuffix(f.Name, ".txtar"), func(t *testing.T) {
			d := f.Doc()
			p.Process(d)
			got := make(map[string][]byte, len(wantSections))
			for _, ws := range wantSections {
				got[ws.name] = ws.gen(d)
			}
			if *update {
				if err := rewriteWant(f, got); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, ws := range wantSections {
				want := section(f.Archive, ws.name)
				if want == nil {
					t.Errorf("%s: section %s missing; run go test ./internal/pipeline -run TestGolden -update", f.Name, ws.name)
					continue
				}
				if msg := lineDiff(got[ws.name], want); msg != "" {
					t.Errorf("%s: section %s differs (go test ./internal/pipeline -run TestGolden -update rewrites it):\n%s", f.Name, ws.name, msg)
				}
			}
		})
	}
}

// rewriteWant replaces the fixture's want/ sections with got, keeping every
// other section (comment, meta.json, the input, gold.json) as it is and in
// order. The file is written only when it changes.
func rewriteWant(f *fixture, got map[string][]byte) error {
	old, err := os.ReadFile(f.Path)
	if err != nil {
		return err
	}
	a := txtar.Parse(old)
	files := a.Files[:0:0]
	for _, af := range a.Files {
		if !strings.HasPrefix(af.Name, "want/") {
			files = append(files, af)
		}
	}
	for _, ws := range wantSections {
		files = append(files, txtar.File{Name: ws.name, Data: got[ws.name]})
	}
	a.Files = files
	out := txtar.Format(a)
	if bytes.Equal(out, old) {
		return nil
	}
	return os.WriteFile(f.Path, out, 0o644)
}

// lineDiff describes the first line where got and want differ, or returns
// "" when they are equal.
func lineDiff(got, want []byte) string {
	if bytes.Equal(got, want) {
		return ""
	}
	g := strings.Split(strings.TrimSuffix(string(got), "\n"), "\n")
	w := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		switch {
		case i >= len(g):
			return fmt.Sprintf("line %d:\n  got:  (end; %d lines)\n  want: %s\n  (want has %d lines)", i+1, len(g), w[i], len(w))
		case i >= len(w):
			return fmt.Sprintf("line %d:\n  got:  %s\n  want: (end; %d lines)\n  (got has %d lines)", i+1, g[i], len(w), len(g))
		default:
			gl, wl = g[i], w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d (got %d lines, want %d):\n  got:  %s\n  want: %s", i+1, len(g), len(w), gl, wl)
		}
	}
	return "differ only in trailing newline"
}

// wantMeta prints what the foundation stages decided about the document.
func wantMeta(d *doc.Document) []byte {
	type dateline struct {
		Place  string `json:"place"`
		Date   string `json:"date"`
		Outlet string `json:"outlet"`
		Span   [2]int `json:"span"`
		Text   string `json:"text"`
	}
	m := struct {
		DocID         string    `json:"doc_id"`
		Language      string    `json:"language"`
		Published     string    `json:"published"`
		PublishedFrom string    `json:"published_from"`
		Dateline      *dateline `json:"dateline"`
	}{d.ID, d.Language, d.Published, d.PublishedFrom, nil}
	if dl := d.Dateline; dl != nil {
		m.Dateline = &dateline{dl.Place, dl.Date, dl.Outlet, [2]int{dl.Span.Start, dl.Span.End}, dl.Span.Of(d.Text)}
	}
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		panic(err) // plain strings and ints cannot fail to marshal
	}
	return append(b, '\n')
}

// wantSentences prints one line per sentence: paragraph, start, end and the
// sentence's opening bytes.
func wantSentences(d *doc.Document) []byte {
	var b strings.Builder
	b.WriteString("# para\tstart\tend\ttext (first 60 bytes)\n")
	for _, s := range d.Sentences {
		fmt.Fprintf(&b, "%d\t%d\t%d\t%s\n", s.Para, s.Start, s.End, esc(prefix(s.Of(d.Text), 60)))
	}
	return []byte(b.String())
}

// wantActors prints one line per actor.
func wantActors(d *doc.Document) []byte {
	var b strings.Builder
	b.WriteString("# id\tkind\tname\tcountry\tsector\ttitle\taliases\tmentions\n")
	for _, a := range d.Actors {
		ms := make([]string, len(a.Mentions))
		for i, m := range a.Mentions {
			ms[i] = spanString(m)
		}
		row(&b, a.ID, a.Kind, a.Name, a.Country, a.Sector, a.Title, strings.Join(a.Aliases, "|"), strings.Join(ms, ","))
	}
	return []byte(b.String())
}

// wantEvents prints one line per event.
func wantEvents(d *doc.Document) []byte {
	var b strings.Builder
	b.WriteString("# id\ttype\tmode\tstatus\tsource\ttarget\tdate\tdate_end\tlocation\tcontexts\tcameo\tquad\tgoldstein\trule\n")
	for _, e := range d.Events {
		loc := ""
		if e.Location != nil {
			loc = e.Location.Name
			if e.Location.Country != "" {
				loc += " (" + e.Location.Country + ")"
			}
		}
		row(&b, e.ID, e.Type, e.Mode, e.Status, side(e.Source), side(e.Target), e.Date, e.DateEnd, loc,
			strings.Join(e.Contexts, ","), e.CAMEO, strconv.Itoa(e.QuadClass),
			strconv.FormatFloat(e.Goldstein, 'g', -1, 64), e.Rule)
	}
	return []byte(b.String())
}

// side prints an event side as COUNTRY/name, "-" standing for an empty
// field so the columns stay readable.
func side(s doc.Side) string {
	return dash(s.Country) + "/" + dash(s.Name)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func row(b *strings.Builder, cols ...string) {
	for i, c := range cols {
		if i > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(esc(c))
	}
	b.WriteByte('\n')
}

func spanString(s doc.Span) string { return strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End) }

// prefix returns at most n bytes of s, cut back to a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// esc escapes backslashes, tabs and line breaks so a value stays in one
// TSV cell.
var escaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

func esc(s string) string { return escaper.Replace(s) }
