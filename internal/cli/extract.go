package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/export"
	"github.com/dyad-project/dyad/internal/ingest"
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
	inputs, err := parseInputs(fs, args)
	if err != nil {
		return err
	}
	if *format != "jsonl" && *format != "plover" {
		return fmt.Errorf("%w: unknown --format %q (want jsonl or plover)", errUsage, *format)
	}
	var enc *json.Encoder
	return processInputs(ctx, env, "extract", inputs, cf, func(out io.Writer, d *doc.Document) error {
		if enc == nil {
			enc = json.NewEncoder(out)
			enc.SetEscapeHTML(false)
		}
		if *format == "plover" {
			for _, row := range export.EventRows(d) {
				p := export.Plover(&row, d.URL)
				p.ID = d.ID + "-" + p.ID
				if err := enc.Encode(p); err != nil {
					return err
				}
			}
			return nil
		}
		return enc.Encode(export.DocumentRecord(d, *withText, nil))
	})
}
