package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/pipeline"
	"github.com/dyad-project/dyad/internal/store"
	"github.com/dyad-project/dyad/internal/store/sqlite"
)

func init() {
	register(command{name: "ingest", summary: "code articles and store them in the database", run: runIngest})
}

// ingestTally counts what an ingest run did.
type ingestTally struct {
	stored, duplicate, near, failed int
	events                          int // events written (stored and near-duplicate documents)
}

func (t *ingestTally) docs() int { return t.stored + t.duplicate + t.near + t.failed }

// add counts one stored document.
func (t *ingestTally) add(res store.PutResult, events int) {
	switch res.Status {
	case store.Duplicate:
		t.duplicate++
		return
	case store.NearDuplicate:
		t.near++
	default:
		t.stored++
	}
	t.events += events
}

func (t *ingestTally) String() string {
	return fmt.Sprintf("%d documents: %d stored, %d duplicate, %d near-duplicate, %d failed (%d events)",
		t.docs(), t.stored, t.duplicate, t.near, t.failed, t.events)
}

// Documents are stored in batches, one transaction each, which is about
// twice as fast as a transaction per document. A batch is written when it
// holds batchSize documents, or when a document arrives batchWait or more
// after the batch's first, so a slow stream (feeds, URLs) lands steadily.
const (
	batchSize = 64
	batchWait = 500 * time.Millisecond
)

// storeBatch collects processed documents and stores them together.
type storeBatch struct {
	st    *sqlite.DB
	tally *ingestTally
	docs  []*doc.Document
	since time.Time // when the first pending document came
}

func (b *storeBatch) add(ctx context.Context, d *doc.Document) error {
	if len(b.docs) == 0 {
		b.since = time.Now()
	}
	b.docs = append(b.docs, d)
	if len(b.docs) >= batchSize || time.Since(b.since) >= batchWait {
		return b.flush(ctx)
	}
	return nil
}

// flush stores the pending documents in one transaction. Should that
// fail, they are stored one by one, so the error names the document at
// fault and the documents before it are kept.
func (b *storeBatch) flush(ctx context.Context) error {
	if len(b.docs) == 0 {
		return nil
	}
	docs := b.docs
	b.docs = b.docs[:0]
	res, err := b.st.PutDocuments(ctx, docs)
	if err == nil {
		for i, r := range res {
			b.tally.add(r, len(docs[i].Events))
		}
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	for _, d := range docs {
		r, err := b.st.PutDocument(ctx, d)
		if err != nil {
			return fmt.Errorf("storing %s: %w", d.Origin, err)
		}
		b.tally.add(r, len(d.Events))
	}
	return nil
}

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "ingest", "INPUT...", `
Reads articles (.txt, .html, .json, .jsonl, RSS/Atom feeds, folders, URLs,
or - for standard input), codes their events and stores them in the
database. A document already stored (same cleaned text) is not stored
again, so an interrupted run can simply be repeated. Errors about one
input or record are printed and the rest go on; the exit code is 1 when
any input failed.`)
	dbPath := addDBFlag(fs, defaultDBPath(env))
	useRegistry := fs.Bool("registry", true, "give names seen without a title the country the database's actor registry knows them by")
	var cf commonFlags
	cf.add(fs)
	inputs, err := parseInputs(fs, args)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	popt := pipeline.DefaultOptions()
	if *useRegistry {
		popt.Registry = storeRegistry{ctx: ctx, st: st}
	}
	p, err := pipeline.New(popt)
	if err != nil {
		return err
	}

	start := time.Now()
	bar := newProgress(env.Stderr, countDocuments(inputs))
	var t ingestTally
	b := storeBatch{st: st, tally: &t}
	err = p.Run(ctx, inputs, cf.ingestOptions(env), cf.workers, func(r pipeline.Result) error {
		bar.Add()
		if r.Err != nil {
			t.failed++
			bar.Clear()
			fmt.Fprintf(env.Stderr, "dyad ingest: %v\n", r.Err)
			return nil
		}
		return b.add(ctx, r.Doc)
	})
	// Store what was processed even when interrupted: it takes milliseconds.
	if ferr := b.flush(context.WithoutCancel(ctx)); err == nil {
		err = ferr
	}
	bar.Finish()
	fmt.Fprintf(env.Stderr, "ingested %v in %.1fs\n", &t, time.Since(start).Seconds())
	if err != nil {
		return err
	}
	if t.failed > 0 {
		return errPartial
	}
	return nil
}
