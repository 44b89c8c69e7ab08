package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"

	"github.com/dyad-project/dyad/internal/store"
)

// Formats lists the format names Write accepts.
var Formats = []string{"csv", "jsonl", "plover", "parquet"}

// ErrFormat is returned for an unknown format name.
var ErrFormat = errors.New("export: unknown format")

// Options tunes the writers. The zero value is usable.
type Options struct {
	// URL returns a document's URL for the plover cite_info, given its
	// store id; nil leaves url null. EventRow carries no URL, so the CLI
	// can pass a cached lookup such as [StoreURLs].
	URL func(docID int64) string
	// RowGroupSize is how many rows a parquet row group holds before it is
	// flushed; 0 means 65,536.
	RowGroupSize int
}

// DefaultOptions returns Options with every field filled.
func DefaultOptions() Options {
	return Options{RowGroupSize: 65536}
}

// EventWriter writes events one at a time in one format. Close must be
// called to finish the output (parquet writes its footer there); it does
// not close the underlying writer.
type EventWriter interface {
	Write(e *store.EventRow) error
	Close() error
}

// NewWriter returns an EventWriter for format (one of Formats).
func NewWriter(w io.Writer, format string, opt Options) (EventWriter, error) {
	switch format {
	case "csv":
		return newCSVWriter(w)
	case "jsonl":
		return newJSONLWriter(w, false, opt), nil
	case "plover":
		return newJSONLWriter(w, true, opt), nil
	case "parquet":
		return newParquetWriter(w, opt), nil
	}
	return nil, fmt.Errorf("%w %q (want one of %v)", ErrFormat, format, Formats)
}

// Write writes every event that events yields to w in format, stopping at
// the first error the iterator or the writer returns.
func Write(w io.Writer, format string, events iter.Seq2[store.EventRow, error], opt Options) error {
	ew, err := NewWriter(w, format, opt)
	if err != nil {
		return err
	}
	for e, err := range events {
		if err != nil {
			ew.Close()
			return err
		}
		if err := ew.Write(&e); err != nil {
			ew.Close()
			return err
		}
	}
	return ew.Close()
}

// Slice yields the events of a slice, for Write.
func Slice(rows []store.EventRow) iter.Seq2[store.EventRow, error] {
	return func(yield func(store.EventRow, error) bool) {
		for _, r := range rows {
			if !yield(r, nil) {
				return
			}
		}
	}
}

// FromStore yields every event matching f, walking the store's cursor pages
// (f.Limit is the page size; 0 means 500). Only one page is held at a time.
func FromStore(ctx context.Context, st store.Store, f store.EventFilter) iter.Seq2[store.EventRow, error] {
	return func(yield func(store.EventRow, error) bool) {
		if f.Limit == 0 {
			f.Limit = 500
		}
		for {
			page, err := st.Events(ctx, f)
			if err != nil {
				yield(store.EventRow{}, err)
				return
			}
			for _, e := range page.Events {
				if !yield(e, nil) {
					return
				}
			}
			if page.NextCursor == "" || len(page.Events) == 0 {
				return
			}
			f.Cursor = page.NextCursor
		}
	}
}

// StoreURLs returns a URL lookup for Options.URL that asks st for each
// document once and remembers the answer. Lookup errors give "".
func StoreURLs(ctx context.Context, st store.Store) func(docID int64) string {
	cache := map[int64]string{}
	return func(id int64) string {
		if u, ok := cache[id]; ok {
			return u
		}
		u := ""
		if d, err := st.Document(ctx, id); err == nil {
			u = d.URL
		}
		cache[id] = u
		return u
	}
}

func cloneStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return slices.Clone(s)
}
