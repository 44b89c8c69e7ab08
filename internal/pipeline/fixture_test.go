package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/ingest"
	"github.com/dyad-project/dyad/internal/pipeline"
	"golang.org/x/tools/txtar"
)

// articlesDir holds the fixture articles: one txtar per article with a
// comment, meta.json, one input section, gold.json and the want/ sections
// that TestGolden -update writes.
const articlesDir = "../../testdata/articles"

// inputSections are the input sections a fixture may have, with the file
// extension ingest needs to read each the way it reads a real file.
var inputSections = map[string]string{
	"input.txt":  ".txt",
	"input.html": ".html",
	"input.json": ".json",
}

// fixtureMeta is a fixture's meta.json: what a crawler would know about the
// article besides its body.
type fixtureMeta struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Title     string `json:"title"`
}

// fixture is one parsed fixture article.
type fixture struct {
	Name    string // file name, e.g. en-01-phl-vnm-ambassador-rice.txtar
	Path    string
	Archive *txtar.Archive
	Meta    fixtureMeta
	Input   string // name of the input section
	Source  []byte // the input section as stored (text, HTML or JSON)
	Gold    goldDoc
	doc     doc.Document // as ingest and meta.json give it, before the pipeline
}

// Doc returns a fresh copy of the fixture's document, ready for
// pipeline.Process.
func (f *fixture) Doc() *doc.Document {
	d := f.doc
	d.Diagnostics = slices.Clone(f.doc.Diagnostics)
	return &d
}

// section returns the data of the named section, or nil.
func section(a *txtar.Archive, name string) []byte {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// fixtureFiles lists the fixture archives in name order.
func fixtureFiles(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(articlesDir, "*.txtar"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatalf("no fixtures in %s", articlesDir)
	}
	slices.Sort(paths)
	return paths
}

// loadFixture parses one fixture archive and builds its document the way
// `dyad extract` would: the input is written to a file with the extension
// of its section and read back with ingest.Walk, so HTML goes through
// clean.HTML and a JSON record through the record reader. meta.json then
// stands in for what the crawler knew: its id, URL, title, outlet and
// publication date win; the page's or record's own fill the gaps.
func loadFixture(tb testing.TB, path string) *fixture {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	f := &fixture{Name: filepath.Base(path), Path: path, Archive: txtar.Parse(data)}
	if err := json.Unmarshal(section(f.Archive, "meta.json"), &f.Meta); err != nil {
		tb.Fatalf("%s: meta.json: %v", f.Name, err)
	}
	if err := json.Unmarshal(section(f.Archive, "gold.json"), &f.Gold); err != nil {
		tb.Fatalf("%s: gold.json: %v", f.Name, err)
	}
	var ext string
	for _, af := range f.Archive.Files {
		if e, ok := inputSections[af.Name]; ok {
			if f.Input != "" {
				tb.Fatalf("%s: two input sections, %s and %s", f.Name, f.Input, af.Name)
			}
			f.Input, f.Source, ext = af.Name, af.Data, e
		}
	}
	if f.Input == "" {
		tb.Fatalf("%s: no input section (input.txt, input.html or input.json)", f.Name)
	}

	stem := f.Meta.ID
	if stem == "" {
		stem = strings.TrimSuffix(f.Name, ".txtar")
	}
	tmp := filepath.Join(tb.TempDir(), stem+ext)
	if err := os.WriteFile(tmp, f.Source, 0o644); err != nil {
		tb.Fatal(err)
	}
	var docs []*doc.Document
	err = ingest.Walk(context.Background(), []string{tmp}, ingest.DefaultOptions(), func(it ingest.Item) error {
		if it.Err != nil {
			tb.Fatalf("%s: ingest: %v", f.Name, it.Err)
		}
		docs = append(docs, it.Doc)
		return nil
	})
	if err != nil {
		tb.Fatalf("%s: ingest: %v", f.Name, err)
	}
	if len(docs) != 1 {
		tb.Fatalf("%s: ingest gave %d documents, want 1", f.Name, len(docs))
	}
	d := docs[0]
	d.Origin = filepath.ToSlash(filepath.Join("testdata/articles", f.Name))
	if f.Meta.ID != "" {
		d.ID = f.Meta.ID
	}
	d.URL = first(f.Meta.URL, d.URL)
	d.Title = first(f.Meta.Title, d.Title)
	d.Outlet = first(f.Meta.Outlet, d.Outlet)
	if f.Meta.Published != "" {
		date, ok := clean.Date(f.Meta.Published)
		if !ok {
			tb.Fatalf("%s: meta.json: unparseable published %q", f.Name, f.Meta.Published)
		}
		d.Published = date
	}
	f.doc = *d
	return f
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

var (
	fixturesOnce sync.Once
	fixturesAll  []*fixture
	fixturesErr  string
)

// loadFixtures loads every fixture once per test binary; benchmarks and
// the fuzz seed corpus share them.
func loadFixtures(tb testing.TB) []*fixture {
	tb.Helper()
	fixturesOnce.Do(func() {
		// A recorder TB would be cleaner; loading is cheap and errors are
		// fatal anyway, so load with tb and remember a failure for later
		// callers.
		ok := false
		defer func() {
			if !ok {
				fixturesErr = "loading fixtures failed in an earlier test"
			}
		}()
		for _, p := range fixtureFiles(tb) {
			fixturesAll = append(fixturesAll, loadFixture(tb, p))
		}
		ok = true
	})
	if fixturesErr != "" {
		tb.Fatal(fixturesErr)
	}
	return fixturesAll
}

var (
	pipeMu sync.Mutex
	pipes  = map[string]*pipeline.Pipeline{}
)

// newPipeline returns a shared pipeline that stops after stage ("" runs
// every stage). Building one loads every lexicon, so tests share them.
func newPipeline(tb testing.TB, stop string) *pipeline.Pipeline {
	tb.Helper()
	pipeMu.Lock()
	defer pipeMu.Unlock()
	if p := pipes[stop]; p != nil {
		return p
	}
	opt := pipeline.DefaultOptions()
	opt.Stop = stop
	p, err := pipeline.New(opt)
	if err != nil {
		tb.Fatal(err)
	}
	pipes[stop] = p
	return p
}
