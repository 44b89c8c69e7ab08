package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
)

// fetch GETs a URL and turns the response into documents.
func (w *walker) fetch(u string) error {
	req, err := http.NewRequestWithContext(w.ctx, http.MethodGet, u, nil)
	if err != nil {
		return w.fail(u, 0, err)
	}
	req.Header.Set("User-Agent", w.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/json,application/x-ndjson;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := w.opt.Client.Do(req)
	if err != nil {
		if cerr := w.ctx.Err(); cerr != nil {
			return cerr
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return w.fail(u, 0, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return w.fail(u, 0, errorf(ErrHTTPStatus, "HTTP %s", resp.Status))
	}
	if resp.ContentLength > w.opt.MaxBytes {
		return w.fail(u, 0, w.tooLarge("response body", resp.ContentLength))
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, w.opt.MaxBytes+1))
	if err != nil {
		if cerr := w.ctx.Err(); cerr != nil {
			return cerr
		}
		return w.fail(u, 0, err)
	}
	if int64(len(data)) > w.opt.MaxBytes {
		return w.fail(u, 0, errorf(ErrTooLarge, "response body is over the %s limit", size(w.opt.MaxBytes)))
	}
	final := resp.Request.URL.String()
	ct := resp.Header.Get("Content-Type")
	k := contentKind(ct, data)
	src := source{input: u, origin: u, url: final, id: urlID(final), stem: urlID(final), what: "response body"}
	if k == kindJSON || k == kindJSONL || k == kindFeed {
		// Records and feed items carry their own IDs and URLs.
		src.id, src.url = "", ""
	}
	if k == kindJSON && isJSONLines(data) {
		k = kindJSONL
	}
	return w.content(data, src, k, ct)
}

// contentKind decides what a response holds from its Content-Type, checked
// against the body where types are loose (XML, plain text, unknown).
func contentKind(contentType string, body []byte) kind {
	mt, _, _ := mime.ParseMediaType(contentType)
	sn := sniff(body)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return kindHTML
	case mt == "application/rss+xml" || mt == "application/atom+xml" || mt == "application/rdf+xml":
		return kindFeed
	case mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/x-jsonlines" || mt == "application/jsonlines":
		return kindJSONL
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return kindJSON
	case mt == "text/xml" || mt == "application/xml":
		if sn == kindHTML {
			return kindHTML
		}
		return kindFeed
	}
	return sn
}

// isJSONLines reports whether data is JSON Lines: its first line is a
// complete JSON value and more follows.
func isJSONLines(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, bomUTF8), " \t\r\n")
	if len(data) == 0 || data[0] != '{' {
		return false
	}
	nl := bytes.IndexByte(data, '\n')
	if nl < 0 {
		return false
	}
	return json.Valid(data[:nl]) && len(bytes.TrimSpace(data[nl:])) > 0
}

// stdin reads Options.Stdin, guessing its kind from its first bytes. JSON
// Lines are streamed; anything else is read whole, up to MaxBytes.
func (w *walker) stdin() error {
	const input = "stdin"
	br := bufio.NewReaderSize(w.opt.Stdin, 1<<20)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return w.fail(input, 0, err)
	}
	if len(bytes.TrimSpace(head)) == 0 {
		return w.fail(input, 0, errorf(ErrEmpty, "empty input"))
	}
	k := sniff(head)
	if k == kindJSON {
		// JSON Lines when the first line alone is a complete value.
		trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, bomUTF8), " \t\r\n")
		if trimmed[0] == '{' {
			line := head
			if bytes.IndexByte(line, '\n') < 0 {
				line, _ = br.Peek(br.Size())
			}
			if nl := bytes.IndexByte(line, '\n'); nl >= 0 && json.Valid(line[:nl]) {
				return w.jsonl(br, input, input)
			}
		}
	}
	data, err := io.ReadAll(io.LimitReader(br, w.opt.MaxBytes+1))
	if err != nil {
		return w.fail(input, 0, err)
	}
	if int64(len(data)) > w.opt.MaxBytes {
		return w.fail(input, 0, errorf(ErrTooLarge, "input is over the %s limit", size(w.opt.MaxBytes)))
	}
	return w.content(data, source{input: input, origin: input, stem: input, what: "input"}, k, "")
}
