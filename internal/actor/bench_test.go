package actor_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/ingest"
	"github.com/dyad-project/dyad/internal/pipeline"
)

// BenchmarkExtract runs actor extraction alone over the fixture articles,
// read and taken through the foundation stages once beforehand: the
// pipeline benchmarks measure the stage among the others, this one with
// less noise.
func BenchmarkExtract(b *testing.B) {
	paths, err := filepath.Glob("../../testdata/articles/*.txtar")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no fixtures: %v", err)
	}
	dir := b.TempDir()
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range txtar.Parse(data).Files {
			if ext, ok := strings.CutPrefix(f.Name, "input."); ok {
				name := strings.TrimSuffix(filepath.Base(p), ".txtar") + "." + ext
				if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	x := actor.New(actor.Options{})
	p, err := pipeline.New(pipeline.Options{Actors: x, Stop: "segment"})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*doc.Document
	var ndiags []int // the diagnostics of the foundation stages
	var n int64
	err = ingest.Walk(context.Background(), []string{dir}, ingest.DefaultOptions(), func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		p.Process(it.Doc)
		docs = append(docs, it.Doc)
		ndiags = append(ndiags, len(it.Doc.Diagnostics))
		n += int64(len(it.Doc.Text))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			d.Diagnostics = d.Diagnostics[:ndiags[i]]
			x.Extract(d).Release()
		}
	}
}
