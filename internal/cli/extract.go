package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/dyad-project/dyad/internal/export"
	"github.com/dyad-project/dyad/internal/ingest"
	"github.com/dyad-project/dyad/internal/pipeline"
)

func init() {
	register(command{name: "extract", summary: "print document records (JSON Lines) for articles, storing nothing", run: runExtract})
}

type commonFlags struct {
	workers  int
	maxBytes int64
}

func (c *commonFlags) add(fsAdd interface {
	IntVar(*int, string, int, string)
	Int64Var(*int64, string, int64, string)
}) {
	fsAdd.IntVar(&c.workers, "workers", 0, "documents processed in parallel (0: one per CPU)")
	fsAdd.Int64Var(&c.maxBytes, "max-bytes", ingest.DefaultOptions().MaxBytes, "largest input file, record or download, in bytes")
}

func (c *commonFlags) ingestOptions(env *Env) ingest.Options {
	o := ingest.DefaultOptions()
	o.MaxBytes = c.maxBytes
	o.Stdin = env.Stdin
	return o
}

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "extract", "INPUT...", `
Reads articles (.txt, .html, .json, .jsonl, RSS/Atom feeds, folders, URLs,
or - for standard input) and prints one JSON record per document, in input
order, as ../shared/eval/SCHEMA.md describes. Nothing is stored.`)
	format := fs.String("format", "jsonl", "output format: jsonl (SCHEMA.md records) or plover (PLOVER JSON Lines)")
	withText := fs.Bool("with-text", false, "include the cleaned text that spans index")
	var cf commonFlags
	cf.add(fs)
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("%w: no INPUT given (a file, folder, URL, or - for standard input)", errUsage)
	}
	if *format != "jsonl" && *format != "plover" {
		return fmt.Errorf("%w: unknown --format %q (want jsonl or plover)", errUsage, *format)
	}
	p, err := pipeline.New(pipeline.DefaultOptions())
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(env.Stdout, 64*1024)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	err = p.Run(ctx, inputs, cf.ingestOptions(env), cf.workers, func(r pipeline.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "dyad extract: %v\n", r.Err)
			return nil
		}
		if *format == "plover" {
			for _, row := range export.EventRows(r.Doc) {
				p := export.Plover(&row, r.Doc.URL)
				p.ID = r.Doc.ID + "-" + p.ID
				if err := enc.Encode(p); err != nil {
					return err
				}
			}
			return nil
		}
		return enc.Encode(export.DocumentRecord(r.Doc, *withText, nil))
	})
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}
