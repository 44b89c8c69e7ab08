package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dyad-project/dyad/internal/export"
	"github.com/dyad-project/dyad/internal/store"
)

func init() {
	register(command{name: "export", summary: "write stored events as csv, jsonl, plover or parquet", run: runExport})
}

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "export", "", `
Writes the stored events that match the filters, newest first, in one of
the formats csv (one row per event), jsonl (one event object a line),
plover (PLOVER/POLECAT JSON Lines) or parquet. Output goes to standard
output unless -o names a file, which is written whole or not at all.`)
	format := fs.String("format", "csv", "output format: "+strings.Join(export.Formats, ", "))
	out := fs.String("o", "", "output file (default standard output)")
	dbPath := addDBFlag(fs, defaultDBPath(env))
	var ef eventFlags
	ef.add(fs, 0)
	if err := parseNone(fs, args); err != nil {
		return err
	}
	if !slices.Contains(export.Formats, *format) {
		return fmt.Errorf("%w: unknown --format %q (want one of %s)", errUsage, *format, strings.Join(export.Formats, ", "))
	}
	f, err := ef.filter()
	if err != nil {
		return err
	}
	if *format == "parquet" && *out == "" && isTerminal(env.Stdout) {
		return fmt.Errorf("%w: parquet is binary: name a file with -o or redirect standard output", errUsage)
	}
	st, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()

	n := 0
	counted := func(yield func(store.EventRow, error) bool) {
		for e, err := range events(ctx, st, f, ef.limit) {
			if err == nil {
				n++
			}
			if !yield(e, err) {
				return
			}
		}
	}
	opt := export.DefaultOptions()
	opt.URL = export.StoreURLs(ctx, st)
	write := func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 256*1024)
		if err := export.Write(bw, *format, counted, opt); err != nil {
			return err
		}
		return bw.Flush()
	}
	if *out == "" || *out == "-" {
		return write(env.Stdout)
	}
	if err := writeFileAtomic(*out, write); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "exported %d events to %s\n", n, *out)
	return nil
}

// writeFileAtomic writes a file through a temporary file in the same
// folder, renamed over path only when write succeeded, so a failed or
// interrupted export never leaves half a file.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
