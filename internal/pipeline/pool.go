package pipeline

import (
	"context"
	"runtime"
	"sync"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/ingest"
)

// Result is one input document after the pipeline, or the error that
// kept an input (or one record of it) from being read.
type Result struct {
	Doc *doc.Document
	Err error
}

// Run reads inputs, processes each document on a pool of workers and
// calls fn with the results in input order. workers <= 0 means one per CPU.
// fn returning an error stops the run.
func (p *Pipeline) Run(ctx context.Context, inputs []string, iopt ingest.Options, workers int, fn func(Result) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq int
		res Result
	}
	jobs := make(chan job, workers*2)
	done := make(chan job, workers*2)
	var walkErr error
	go func() {
		defer close(jobs)
		seq := 0
		walkErr = ingest.Walk(ctx, inputs, iopt, func(it ingest.Item) error {
			select {
			case jobs <- job{seq: seq, res: Result{Doc: it.Doc, Err: it.Err}}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.res.Doc != nil {
					p.Process(j.res.Doc)
				}
				select {
				case done <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	pending := map[int]Result{}
	next := 0
	var fnErr error
	for j := range done {
		if fnErr != nil {
			continue
		}
		pending[j.seq] = j.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := fn(r); err != nil {
				fnErr = err
				cancel()
				break
			}
		}
	}
	if fnErr != nil {
		return fnErr
	}
	if walkErr != nil && ctx.Err() == nil {
		return walkErr
	}
	return ctx.Err()
}
