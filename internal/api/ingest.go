package api

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// Record is one posted article, in the input record format of SCHEMA.md.
// The news-please names maintext, date_publish and source_domain fill
// Text, Published and Outlet when those are empty.
type Record struct {
	ID        string `json:"id,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD, RFC 3339 or news-please's "2006-01-02 15:04:05"
	Outlet    string `json:"outlet,omitempty"`
	Language  string `json:"language,omitempty"`
}

// UnmarshalJSON accepts the dyad names and the news-please aliases; null
// values are empty.
func (r *Record) UnmarshalJSON(b []byte) error {
	var raw struct {
		ID           *json.RawMessage `json:"id"`
		URL          *string          `json:"url"`
		Title        *string          `json:"title"`
		Text         *string          `json:"text"`
		MainText     *string          `json:"maintext"`
		Published    *string          `json:"published"`
		DatePublish  *string          `json:"date_publish"`
		Outlet       *string          `json:"outlet"`
		SourceDomain *string          `json:"source_domain"`
		Language     *string          `json:"language"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	s := func(ps ...*string) string {
		for _, p := range ps {
			if p != nil && *p != "" {
				return *p
			}
		}
		return ""
	}
	*r = Record{
		URL: s(raw.URL), Title: s(raw.Title), Text: s(raw.Text, raw.MainText),
		Published: s(raw.Published, raw.DatePublish), Outlet: s(raw.Outlet, raw.SourceDomain),
		Language: s(raw.Language),
	}
	if raw.ID != nil {
		var id any
		if err := json.Unmarshal(*raw.ID, &id); err != nil {
			return err
		}
		switch v := id.(type) {
		case nil:
		case string:
			r.ID = v
		case float64:
			r.ID = strings.TrimSpace(string(*raw.ID))
		default:
			return fmt.Errorf("id must be a string or a number")
		}
	}
	return nil
}

// IngestResult is the outcome for one posted record.
type IngestResult struct {
	DocID       string `json:"doc_id"`                 // the record's doc_id
	ID          int64  `json:"id,omitempty"`           // store id of the document
	Status      string `json:"status"`                 // stored, duplicate, near-duplicate or error
	DuplicateOf int64  `json:"duplicate_of,omitempty"` // the first copy, for duplicates
	Events      int    `json:"events"`                 // events coded
	Error       string `json:"error,omitempty"`        // why the record was not stored
}

// IngestResponse is the body of POST /documents.
type IngestResponse struct {
	Results []IngestResult `json:"results"`
	Stored  int            `json:"stored"`
	Errors  int            `json:"errors"`
}

// decodeRecords reads one record, an array of records, or records one
// after another (JSON Lines).
func decodeRecords(body io.Reader) ([]json.RawMessage, error) {
	br := bufio.NewReader(body)
	var first byte
	for {
		c, err := br.ReadByte()
		if err == io.EOF {
			return nil, errBadRequest("request body is empty: send a JSON record or an array of records")
		}
		if err != nil {
			return nil, err
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			first = c
			br.UnreadByte()
			break
		}
	}
	dec := json.NewDecoder(br)
	var out []json.RawMessage
	if first == '[' {
		if err := dec.Decode(&out); err != nil {
			return nil, jsonError(err)
		}
	} else {
		for {
			var m json.RawMessage
			err := dec.Decode(&m)
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, jsonError(err)
			}
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return nil, errBadRequest("no records in the request body")
	}
	return out, nil
}

func jsonError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return err
	}
	return errBadRequest("request body is not valid JSON: %v", err)
}

func (s *server) postDocuments(w http.ResponseWriter, r *http.Request) error {
	if p := query(r); p.err != nil {
		return p.err
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, _ := mime.ParseMediaType(ct)
		if mt != "application/json" && mt != "application/x-ndjson" && mt != "application/jsonl" {
			return &apiError{status: http.StatusUnsupportedMediaType, code: "unsupported_media_type",
				msg: "Content-Type must be application/json, got " + mt}
		}
	}
	if s.opt.Ingest == nil {
		return &apiError{status: http.StatusNotImplemented, code: "not_implemented", msg: "this server does not ingest documents"}
	}
	raws, err := decodeRecords(r.Body)
	if err != nil {
		return err
	}
	results := make([]IngestResult, len(raws))
	var recs []Record
	var idx []int
	for i, raw := range raws {
		var rec Record
		if err := json.Unmarshal(raw, &rec); err != nil {
			results[i] = IngestResult{Status: "error", Error: fmt.Sprintf("record %d: %v", i+1, err)}
			continue
		}
		if strings.TrimSpace(rec.Text) == "" {
			results[i] = IngestResult{DocID: rec.ID, Status: "error", Error: fmt.Sprintf("record %d has no text (or maintext)", i+1)}
			continue
		}
		recs = append(recs, rec)
		idx = append(idx, i)
	}
	if len(recs) == 0 {
		if len(results) == 1 {
			return errBadRequest("%s", results[0].Error)
		}
		return writeJSON(w, http.StatusBadRequest, IngestResponse{Results: results, Errors: len(results)})
	}
	got, err := s.opt.Ingest(r.Context(), recs)
	if err != nil {
		return err
	}
	if len(got) != len(recs) {
		return fmt.Errorf("api: Ingest returned %d results for %d records", len(got), len(recs))
	}
	for j, i := range idx {
		results[i] = got[j]
	}
	out := IngestResponse{Results: results}
	for _, res := range results {
		if res.Status == "error" || res.Error != "" {
			out.Errors++
		} else {
			out.Stored++
		}
	}
	status := http.StatusCreated
	if out.Stored == 0 {
		status = http.StatusBadRequest
	}
	return writeJSON(w, status, out)
}
