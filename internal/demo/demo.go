// Package demo holds the sample articles `dyad demo` ingests: a few
// English and Indonesian news stories about relations between countries,
// embedded in the binary so the demo needs no download.
//
// Each file under data/ starts with header lines (Title, Published,
// Outlet), then a blank line, then the article body.
package demo

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

//go:embed data/*.txt
var files embed.FS

// ErrFormat is returned (wrapped, naming the file and line) for a sample
// file whose header is malformed.
var ErrFormat = errors.New("demo: bad article format")

// Files returns the sample article files, rooted at the folder holding them.
func Files() fs.FS {
	sub, err := fs.Sub(files, "data")
	if err != nil {
		panic(err) // the folder is embedded; only a build mistake gets here
	}
	return sub
}

// Documents parses every sample article into a document ready for the
// pipeline, in file name order. ID is the file name without its extension
// and Origin is "demo/<file>".
func Documents() ([]*doc.Document, error) {
	entries, err := fs.ReadDir(files, "data")
	if err != nil {
		return nil, err
	}
	var out []*doc.Document
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".txt" {
			continue
		}
		b, err := fs.ReadFile(files, "data/"+e.Name())
		if err != nil {
			return nil, err
		}
		d, err := Parse(e.Name(), string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// Parse parses one sample article: "Key: value" header lines up to the
// first blank line, then the body. Title and Outlet are optional;
// Published, when present, must be YYYY-MM-DD. name is the file name,
// used for the ID, the Origin and errors.
func Parse(name, text string) (*doc.Document, error) {
	d := &doc.Document{
		ID:     strings.TrimSuffix(name, path.Ext(name)),
		Origin: "demo/" + name,
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), len(text)+1)
	line, offset := 0, 0
	for sc.Scan() {
		line++
		l := sc.Text()
		offset += len(l) + 1
		if strings.TrimSpace(l) == "" {
			break
		}
		key, val, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("%w: %s:%d: header line %q is not \"Key: value\" (a blank line must end the header)", ErrFormat, name, line, l)
		}
		val = strings.TrimSpace(val)
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			d.Title = val
		case "outlet":
			d.Outlet = val
		case "published":
			if _, err := time.Parse(time.DateOnly, val); err != nil {
				return nil, fmt.Errorf("%w: %s:%d: Published %q is not YYYY-MM-DD", ErrFormat, name, line, val)
			}
			d.Published = val
		case "language":
			d.InputLanguage = val
		case "url":
			d.URL = val
		default:
			return nil, fmt.Errorf("%w: %s:%d: unknown header %q", ErrFormat, name, line, key)
		}
	}
	if offset > len(text) {
		offset = len(text)
	}
	d.Raw = strings.TrimSpace(text[offset:])
	if d.Raw == "" {
		return nil, fmt.Errorf("%w: %s: no article body after the header", ErrFormat, name)
	}
	return d, nil
}
