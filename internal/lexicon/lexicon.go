// Package lexicon loads dyad's plain-text data files: lexicons, gazetteers
// and tables. One format serves the files embedded in the binary and the
// override files a user supplies: UTF-8 text, one entry a line, fields
// separated by tabs, '#' starting a comment line, blank lines ignored.
package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Entry is one line of a data file.
type Entry struct {
	Fields []string
	File   string
	Line   int
}

// Field returns field i, or "" when the line has fewer fields.
func (e Entry) Field(i int) string {
	if i < len(e.Fields) {
		return e.Fields[i]
	}
	return ""
}

// Where returns "file:line" for explanations and error messages.
func (e Entry) Where() string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

// ErrFormat is returned (wrapped) for malformed data files.
var ErrFormat = errors.New("lexicon: bad format")

// Options control how strictly a file is checked.
type Options struct {
	// MinFields is the smallest number of fields a line may have.
	MinFields int
	// KeyFields is how many leading fields form the key checked for
	// duplicates; 0 disables the check.
	KeyFields int
	// FoldKey lower-cases the key before the duplicate check.
	FoldKey bool
}

// DefaultOptions returns options for a one-field-per-line list whose
// entries must be unique ignoring case.
func DefaultOptions() Options { return Options{MinFields: 1, KeyFields: 1, FoldKey: true} }

// Load reads a data file from r. name is used in entries and errors.
// Lines must be valid UTF-8 in NFC; fields are trimmed of spaces.
func Load(r io.Reader, name string, opt Options) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var out []Entry
	seen := map[string]int{}
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s:%d: invalid UTF-8: %w", name, ln, ErrFormat)
		}
		if !norm.NFC.IsNormalString(line) {
			return nil, fmt.Errorf("%s:%d: not in Unicode NFC: %w", name, ln, ErrFormat)
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		if len(parts) < opt.MinFields {
			return nil, fmt.Errorf("%s:%d: want at least %d tab-separated fields, got %d: %w", name, ln, opt.MinFields, len(parts), ErrFormat)
		}
		if opt.KeyFields > 0 {
			k := strings.Join(parts[:min(opt.KeyFields, len(parts))], "\t")
			if opt.FoldKey {
				k = strings.ToLower(k)
			}
			if prev, ok := seen[k]; ok {
				return nil, fmt.Errorf("%s:%d: duplicate entry %q (first on line %d): %w", name, ln, k, prev, ErrFormat)
			}
			seen[k] = ln
		}
		out = append(out, Entry{Fields: parts, File: name, Line: ln})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// LoadFS loads a file from a file system, typically an embed.FS.
func LoadFS(fsys fs.FS, path string, opt Options) ([]Entry, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	return Load(f, path, opt)
}

// LoadFile loads a user-supplied file from disk.
func LoadFile(path string, opt Options) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	return Load(f, path, opt)
}

// MustLoadFS loads an embedded file and panics on error. Use it only for
// init-time loading of files shipped in the binary, which tests check.
func MustLoadFS(fsys fs.FS, path string, opt Options) []Entry {
	e, err := LoadFS(fsys, path, opt)
	if err != nil {
		panic(err)
	}
	return e
}
