package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/doc"
)

// record is a JSON input record with the fields ingest reads.
type record struct {
	id, url, title, text, published, outlet, language string
}

// fieldNames lists, for each record field, the JSON names it is read
// from in order of preference (news-please names second).
var fieldNames = struct {
	id, url, title, text, published, outlet, language []string
}{
	id:        []string{"id"},
	url:       []string{"url"},
	title:     []string{"title"},
	text:      []string{"text", "maintext"},
	published: []string{"published", "date_publish"},
	outlet:    []string{"outlet", "source_domain"},
	language:  []string{"language"},
}

func parseRecord(raw []byte) (record, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return record{}, errorf(ErrMalformed, "malformed JSON: record is a JSON %s, not an object", te.Value)
		}
		return record{}, errorf(ErrMalformed, "malformed JSON: %v", err)
	}
	if m == nil {
		return record{}, errorf(ErrMalformed, "malformed JSON: record is null, not an object")
	}
	get := func(names []string) string {
		for _, n := range names {
			if v := scalar(m[n]); v != "" {
				return v
			}
		}
		return ""
	}
	return record{
		id:        get(fieldNames.id),
		url:       get(fieldNames.url),
		title:     get(fieldNames.title),
		text:      get(fieldNames.text),
		published: get(fieldNames.published),
		outlet:    get(fieldNames.outlet),
		language:  get(fieldNames.language),
	}, nil
}

// scalar returns a JSON string's value, a number's text, or "" for
// anything else.
func scalar(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return ""
	}
	switch c := v[0]; {
	case c == '"':
		var s string
		if json.Unmarshal(v, &s) == nil {
			return strings.TrimSpace(s)
		}
	case c == '-' || (c >= '0' && c <= '9'):
		return string(v)
	}
	return ""
}

// htmlTag finds an HTML tag, to tell markup from text.
var htmlTag = regexp.MustCompile(`(?i)</?(?:p|br|div|span|a|img|figure|figcaption|h[1-6]|ul|ol|li|strong|em|b|i|blockquote|table|article|section|html|body|head)\b[^>]*>`)

// looksHTML reports whether a record's text is markup: it starts with '<'
// and holds tags.
func looksHTML(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "<") && htmlTag.MatchString(s)
}

// recordDoc builds a document from a record. fallbackID is used when the
// record has no id; "" means a hash of the text.
func recordDoc(rec record, origin, fallbackID string) (*doc.Document, error) {
	text := rec.text
	if strings.TrimSpace(text) == "" {
		return nil, ErrNoText
	}
	d := &doc.Document{
		ID:            rec.id,
		Origin:        origin,
		URL:           rec.url,
		Title:         rec.title,
		Outlet:        rec.outlet,
		InputLanguage: clean.LangTag(rec.language),
	}
	if looksHTML(text) {
		p, err := clean.HTML(strings.NewReader(text), "text/html; charset=utf-8", rec.url)
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(p.Text) == "" {
			return nil, errorf(ErrNoText, "record's HTML text has no text")
		}
		text = p.Text
		d.Title = first(d.Title, p.Title)
		d.Outlet = first(d.Outlet, p.Outlet)
		d.InputLanguage = first(d.InputLanguage, p.Language)
		if rec.published == "" {
			d.Published = p.Published
		}
	}
	d.Raw = text
	if rec.published != "" {
		setPublished(d, rec.published)
	}
	if d.ID == "" {
		d.ID = fallbackID
	}
	if d.ID == "" {
		d.ID = hashID(text)
	}
	return d, nil
}

// setPublished normalises a declared publication date into d, or leaves
// it empty with a warning.
func setPublished(d *doc.Document, v string) {
	if date, ok := clean.Date(v); ok {
		d.Published = date
		return
	}
	d.Diag(doc.Warning, Stage, fmt.Sprintf("unparseable published date %q ignored", v), nil)
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// jsonl reads JSON Lines from r one line at a time. Blank lines are
// skipped; a bad line is reported with its number and the next line is
// read.
func (w *walker) jsonl(r io.Reader, input, fileStem string) error {
	br := bufio.NewReaderSize(r, 1<<20)
	if head, err := br.Peek(sniffLen); len(head) > 0 && isBinary(head) {
		return w.fail(input, 0, ErrBinary)
	} else if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return w.fail(input, 0, pathErr(err))
	}
	var buf []byte
	line, records := 0, 0
	for {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		var n int64
		var err error
		buf, n, err = readLine(br, buf[:0], w.opt.MaxBytes)
		if n == 0 && err == io.EOF {
			break
		}
		line++
		if err != nil && err != io.EOF {
			return w.fail(input, line, pathErr(err))
		}
		if n > w.opt.MaxBytes {
			records++
			if e := w.fail(input, line, w.tooLarge("record", n)); e != nil {
				return e
			}
			continue
		}
		b := bytes.TrimSpace(bytes.TrimPrefix(buf, bomUTF8))
		if len(b) == 0 {
			if err == io.EOF {
				break
			}
			continue
		}
		records++
		if e := w.record(b, input, line, fmt.Sprintf("%s:%d", input, line), fmt.Sprintf("%s-%d", fileStem, line)); e != nil {
			return e
		}
		if err == io.EOF {
			break
		}
	}
	if records == 0 {
		return w.fail(input, 0, ErrEmpty)
	}
	return nil
}

// record parses one JSON record and emits its document or error.
func (w *walker) record(raw []byte, input string, line int, origin, fallbackID string) error {
	rec, err := parseRecord(raw)
	if err != nil {
		return w.fail(input, line, err)
	}
	d, err := recordDoc(rec, origin, fallbackID)
	if err != nil {
		return w.fail(input, line, err)
	}
	return w.emit(d)
}

// readLine appends the next line of br (without its newline) to buf,
// keeping at most max+1 bytes; n is the line's full length, so n > max
// means the line was cut. err is io.EOF on the last line.
func readLine(br *bufio.Reader, buf []byte, max int64) ([]byte, int64, error) {
	var n int64
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if int64(len(buf)) <= max {
			keep := chunk[:min(len(chunk), int(max+1-int64(len(buf))))]
			buf = append(buf, keep...)
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			buf = bytes.TrimSuffix(buf, []byte("\n"))
			return bytes.TrimSuffix(buf, []byte("\r")), n - 1, nil
		default:
			return buf, n, err
		}
	}
}

// jsonValues reads a JSON document held in memory: one object, an array
// of objects, or several objects one after another. A single object in a
// file takes the file's stem as its fallback ID; objects of an array
// take a hash of their text; a stream of objects takes "<stem>-<line>".
func (w *walker) jsonValues(data []byte, src source) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	lines := lineCounter{data: data}
	records := 0
	for top := 0; ; top++ {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		start := skipJSONSpace(data, int(dec.InputOffset()))
		if start >= len(data) {
			break
		}
		if data[start] == '[' {
			if _, err := dec.Token(); err != nil {
				return w.fail(src.input, lines.at(start), errorf(ErrMalformed, "malformed JSON: %v", err))
			}
			for dec.More() {
				if err := w.ctx.Err(); err != nil {
					return err
				}
				s := skipJSONSpace(data, int(dec.InputOffset()))
				ln := lines.at(s)
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					return w.fail(src.input, ln, errorf(ErrMalformed, "malformed JSON: %v", err))
				}
				records++
				if int64(len(raw)) > w.opt.MaxBytes {
					if e := w.fail(src.input, ln, w.tooLarge("record", int64(len(raw)))); e != nil {
						return e
					}
					continue
				}
				if e := w.record(raw, src.input, ln, fmt.Sprintf("%s:%d", src.origin, ln), ""); e != nil {
					return e
				}
			}
			if _, err := dec.Token(); err != nil {
				return w.fail(src.input, lines.at(int(dec.InputOffset())), errorf(ErrMalformed, "malformed JSON: %v", err))
			}
			continue
		}
		ln := lines.at(start)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return w.fail(src.input, ln, errorf(ErrMalformed, "malformed JSON: %v", err))
		}
		records++
		single := top == 0 && skipJSONSpace(data, int(dec.InputOffset())) >= len(data)
		origin, id := fmt.Sprintf("%s:%d", src.origin, ln), fmt.Sprintf("%s-%d", src.stem, ln)
		if single {
			origin, id = src.origin, src.id
		}
		if e := w.record(raw, src.input, ln, origin, id); e != nil {
			return e
		}
	}
	if records == 0 {
		return w.fail(src.input, 0, ErrEmpty)
	}
	return nil
}

func skipJSONSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r' || data[i] == ',') {
		i++
	}
	return i
}

// lineCounter turns increasing byte offsets into 1-based line numbers.
type lineCounter struct {
	data []byte
	off  int
	line int
}

func (c *lineCounter) at(off int) int {
	off = min(off, len(c.data))
	if off < c.off {
		c.off, c.line = 0, 0
	}
	c.line += bytes.Count(c.data[c.off:off], []byte("\n"))
	c.off = off
	return c.line + 1
}
