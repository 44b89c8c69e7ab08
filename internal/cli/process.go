package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/pipeline"
)

// processInputs runs the pipeline over inputs without storing anything
// and calls emit for each document, in input order, with a buffered
// standard output. An input that cannot be read is reported on standard
// error under the command's name and the run goes on; the result is then
// errPartial.
func processInputs(ctx context.Context, env *Env, name string, inputs []string, cf commonFlags, emit func(out io.Writer, d *doc.Document) error) error {
	p, err := pipeline.New(pipeline.DefaultOptions())
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(env.Stdout, 64*1024)
	failed := 0
	err = p.Run(ctx, inputs, cf.ingestOptions(env), cf.workers, func(r pipeline.Result) error {
		if r.Err != nil {
			failed++
			out.Flush() // keep stdout and stderr in input order on a terminal
			fmt.Fprintf(env.Stderr, "dyad %s: %v\n", name, r.Err)
			return nil
		}
		return emit(out, r.Doc)
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
