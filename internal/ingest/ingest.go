package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

// Stage is the diagnostic stage name used by this package.
const Stage = "ingest"

// Sentinel errors, wrapped in every InputError so callers can tell the
// kinds apart with errors.Is.
var (
	// ErrBinary: the input holds NUL bytes or mostly control bytes.
	ErrBinary = errors.New("binary file (not text)")
	// ErrEmpty: the input, or the page or feed in it, has no text.
	ErrEmpty = errors.New("empty file")
	// ErrTooLarge: a file, record or response body is over Options.MaxBytes.
	ErrTooLarge = errors.New("over the size limit")
	// ErrNoText: a JSON record or feed item has no text field.
	ErrNoText = errors.New("record has no text (fields text or maintext)")
	// ErrMalformed: a JSON record or feed cannot be parsed.
	ErrMalformed = errors.New("malformed input")
	// ErrHTTPStatus: a URL answered with a status other than 2xx.
	ErrHTTPStatus = errors.New("HTTP error status")
	// ErrTooManyRedirects: a URL redirected more than Options.MaxRedirects times.
	ErrTooManyRedirects = errors.New("too many redirects")
)

// InputError is trouble with one input or one record of it. It does not
// stop Walk.
type InputError struct {
	Input string // the path, URL or "stdin", as given; "path#n" for feed item n
	Line  int    // 1-based line of a JSON or JSON Lines record, or 0
	Err   error
}

// Error returns "input:line: message", or "input: message" without a line.
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Input, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Input, e.Err)
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// kindError is an error with its own message that matches a sentinel.
type kindError struct {
	msg  string
	kind error
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

func errorf(kind error, format string, args ...any) error {
	return &kindError{msg: fmt.Sprintf(format, args...), kind: kind}
}

// Options configure Walk.
type Options struct {
	// MaxBytes is the most read for one file, one JSON Lines record or
	// one HTTP response body. Default 10 MiB.
	MaxBytes int64
	// HTTPTimeout bounds a whole HTTP request, body included. Default 20s.
	HTTPTimeout time.Duration
	// MaxRedirects is how many redirects a URL may follow. Default 5;
	// a negative value allows none.
	MaxRedirects int
	// UserAgent is sent with every HTTP request. Default
	// "dyad/<version> (+https://github.com/dyad-project/dyad)".
	UserAgent string
	// Client fetches URLs; nil builds one from HTTPTimeout and
	// MaxRedirects. A client given here is used as it is.
	Client *http.Client
	// Stdin is read for the input "-". Default os.Stdin.
	Stdin io.Reader
}

// DefaultMaxBytes is the default Options.MaxBytes.
const DefaultMaxBytes = 10 << 20

// DefaultOptions returns the default options.
func DefaultOptions() Options {
	return Options{
		MaxBytes:     DefaultMaxBytes,
		HTTPTimeout:  20 * time.Second,
		MaxRedirects: 5,
		UserAgent:    defaultUserAgent(),
		Client:       nil,
		Stdin:        os.Stdin,
	}
}

func defaultUserAgent() string {
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	return "dyad/" + v + " (+https://github.com/dyad-project/dyad)"
}

// withDefaults fills zero fields from DefaultOptions.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.MaxBytes <= 0 {
		o.MaxBytes = d.MaxBytes
	}
	if o.HTTPTimeout <= 0 {
		o.HTTPTimeout = d.HTTPTimeout
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = d.MaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = d.UserAgent
	}
	if o.Stdin == nil {
		o.Stdin = d.Stdin
	}
	if o.Client == nil {
		max := o.MaxRedirects
		if max < 0 {
			max = 0
		}
		o.Client = &http.Client{
			Timeout: o.HTTPTimeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) > max {
					return errorf(ErrTooManyRedirects, "stopped after %d redirects", max)
				}
				return nil
			},
		}
	}
	return o
}

// Item is one result of Walk: exactly one of Doc and Err is set. Err is
// an *InputError.
type Item struct {
	Doc *doc.Document
	Err error
}

// Walk expands inputs in order and calls fn for each document found and
// for each error concerning one input or record. An input is a path to a
// file or folder, "-" for Options.Stdin, or an http(s) URL. Walk stops
// and returns fn's error when fn returns one, and ctx's error when ctx is
// done; errors about inputs go to fn and do not stop it. Zero fields of
// opt take their defaults.
func Walk(ctx context.Context, inputs []string, opt Options, fn func(Item) error) error {
	w := &walker{ctx: ctx, opt: opt.withDefaults(), fn: fn}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case in == "-":
			err = w.stdin()
		case hasScheme(in, "http://"), hasScheme(in, "https://"):
			err = w.fetch(in)
		default:
			err = w.path(in)
		}
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

func hasScheme(s, scheme string) bool {
	return len(s) >= len(scheme) && strings.EqualFold(s[:len(scheme)], scheme)
}

// walker carries one Walk. Its methods return only errors that stop the
// walk: the callback's or the context's.
type walker struct {
	ctx context.Context
	opt Options
	fn  func(Item) error
}

func (w *walker) emit(d *doc.Document) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	return w.fn(Item{Doc: d})
}

func (w *walker) fail(input string, line int, err error) error {
	if cerr := w.ctx.Err(); cerr != nil {
		return cerr
	}
	return w.fn(Item{Err: &InputError{Input: input, Line: line, Err: err}})
}

// path handles a file or folder given on the command line.
func (w *walker) path(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return w.fail(p, 0, pathErr(err))
	}
	if fi.IsDir() {
		return w.dir(p)
	}
	k, _ := extKind(p)
	return w.file(p, k)
}

// dir walks a folder in lexical order, skipping hidden entries and files
// of unknown kinds.
func (w *walker) dir(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if cerr := w.ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			// A folder that cannot be read is reported and skipped.
			return w.fail(p, 0, pathErr(err))
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		k, known := extKind(p)
		if !known {
			return nil
		}
		if !d.Type().IsRegular() {
			// Follow symbolic links to files; skip devices, pipes and
			// links to folders (which could loop).
			fi, err := os.Stat(p)
			if err != nil {
				return w.fail(p, 0, pathErr(err))
			}
			if !fi.Mode().IsRegular() {
				return nil
			}
		}
		return w.file(p, k)
	})
}

// pathErr drops the operation and path from an *fs.PathError, which
// InputError names already: "nope.txt: no such file or directory".
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// kind is what an input holds.
type kind int

const (
	kindText  kind = iota // plain text
	kindHTML              // a web page
	kindJSON              // one JSON object, an array of them, or a stream of them
	kindJSONL             // JSON Lines: one object a line
	kindFeed              // RSS or Atom
)

// extKind maps a file extension to a kind; known is false for extensions
// folders skip.
func extKind(p string) (k kind, known bool) {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".txt", ".text", ".md":
		return kindText, true
	case ".html", ".htm", ".xhtml":
		return kindHTML, true
	case ".json":
		return kindJSON, true
	case ".jsonl", ".ndjson":
		return kindJSONL, true
	case ".xml", ".rss", ".atom":
		return kindFeed, true
	}
	return kindText, false
}

// stem is a file name without folder and extension.
func stem(p string) string {
	b := filepath.Base(p)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// hashID is the first 16 hex digits of the SHA-256 of s.
func hashID(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// size formats a byte count for messages: "12.0 MB", "2.5 KB", "100 bytes".
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

func (w *walker) tooLarge(what string, n int64) error {
	return errorf(ErrTooLarge, "%s is %s, over the %s limit", what, size(n), size(w.opt.MaxBytes))
}

// file reads one file.
func (w *walker) file(p string, k kind) error {
	f, err := os.Open(p)
	if err != nil {
		return w.fail(p, 0, pathErr(err))
	}
	defer f.Close()
	if k == kindJSONL {
		return w.jsonl(f, p, stem(p))
	}
	if fi, err := f.Stat(); err == nil && fi.Size() > w.opt.MaxBytes {
		return w.fail(p, 0, w.tooLarge("file", fi.Size()))
	}
	data, err := io.ReadAll(io.LimitReader(f, w.opt.MaxBytes+1))
	if err != nil {
		return w.fail(p, 0, pathErr(err))
	}
	if int64(len(data)) > w.opt.MaxBytes {
		return w.fail(p, 0, errorf(ErrTooLarge, "file is over the %s limit", size(w.opt.MaxBytes)))
	}
	return w.content(data, source{input: p, id: stem(p), origin: p}, k, "")
}

// source describes where some content came from.
type source struct {
	input  string // for errors: path, URL or "stdin"
	origin string // Document.Origin
	id     string // ID for a single document ("" = hash of its text)
	url    string // final URL of a fetched page
	what   string // "file", "response body" or "input", for messages
	stem   string // for "<stem>-<line>" IDs of JSON records
}

// content turns the bytes of one input into documents.
func (w *walker) content(data []byte, src source, k kind, contentType string) error {
	if src.stem == "" {
		src.stem = src.id
	}
	if len(bytes.TrimSpace(data)) == 0 {
		if src.what == "" || src.what == "file" {
			return w.fail(src.input, 0, ErrEmpty)
		}
		return w.fail(src.input, 0, errorf(ErrEmpty, "empty %s", src.what))
	}
	switch k {
	case kindHTML, kindFeed:
		// Pages and feeds declare their own charset; clean.HTML and
		// gofeed decode them.
		if !bytes.HasPrefix(data, bomUTF16LE) && !bytes.HasPrefix(data, bomUTF16BE) && isBinary(data) {
			return w.fail(src.input, 0, ErrBinary)
		}
		if k == kindHTML {
			return w.htmlDoc(data, src, contentType)
		}
		return w.feed(data, src)
	}
	data, diags, err := decodeText(data)
	if err != nil {
		return w.fail(src.input, 0, err)
	}
	switch k {
	case kindJSON:
		return w.jsonValues(data, src)
	case kindJSONL:
		return w.jsonl(strings.NewReader(string(data)), src.input, src.stem)
	}
	text := string(data)
	if strings.TrimSpace(text) == "" {
		return w.fail(src.input, 0, ErrEmpty)
	}
	d := &doc.Document{ID: src.id, Origin: src.origin, URL: src.url, Raw: text, Diagnostics: diags}
	if d.ID == "" {
		d.ID = hashID(text)
	}
	return w.emit(d)
}

// urlID is the ID of a fetched document: a hash of its URL.
func urlID(u string) string {
	if pu, err := url.Parse(u); err == nil {
		pu.Fragment = ""
		u = pu.String()
	}
	return hashID(u)
}
