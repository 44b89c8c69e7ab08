package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/api/apitest"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// backend opens a store holding the fixture documents.
type backend struct {
	name string
	open func(t *testing.T) store.Store
}

// backends lists the stores every API test runs against; sqlite_test.go
// adds the real one.
var backends = []backend{
	{"memory", func(t *testing.T) store.Store {
		m := apitest.NewMemory()
		apitest.Load(t, m, apitest.Documents())
		return m
	}},
}

const testToken = "s3cret"

func testOptions(st store.Store) Options {
	opt := DefaultOptions()
	opt.Token = testToken
	opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	opt.Ingest = func(ctx context.Context, recs []Record) ([]IngestResult, error) {
		out := make([]IngestResult, len(recs))
		for i, r := range recs {
			d := &doc.Document{ID: r.ID, URL: r.URL, Title: r.Title, Outlet: r.Outlet, Published: r.Published, Language: r.Language, Text: r.Text, Raw: r.Text}
			res, err := st.PutDocument(ctx, d)
			if err != nil {
				return nil, err
			}
			out[i] = IngestResult{DocID: r.ID, ID: res.ID, Status: string(res.Status), DuplicateOf: res.DuplicateOf}
		}
		return out, nil
	}
	return opt
}

// call makes one request and decodes the JSON body into a generic value.
func call(t *testing.T, h http.Handler, method, target string, body string, hdr ...string) (int, http.Header, map[string]any) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var v map[string]any
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Fatalf("%s %s: Content-Type = %q, want application/json; body %s", method, target, ct, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("%s %s: body is not a JSON object: %v: %s", method, target, err, rec.Body)
	}
	return rec.Code, rec.Header(), v
}

func errMsg(v map[string]any) (string, string) {
	e, _ := v["error"].(map[string]any)
	c, _ := e["code"].(string)
	m, _ := e["message"].(string)
	return c, m
}

func list(v map[string]any, key string) []any {
	l, _ := v[key].([]any)
	return l
}

func forEachBackend(t *testing.T, f func(t *testing.T, st store.Store, h http.Handler)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			t.Cleanup(func() { st.Close() })
			f(t, st, New(st, testOptions(st)))
		})
	}
}

func TestEndpoints(t *testing.T) {
	forEachBackend(t, func(t *testing.T, st store.Store, h http.Handler) {
		tests := []struct {
			name   string
			target string
			check  func(t *testing.T, v map[string]any)
		}{
			{"healthz", "/healthz", func(t *testing.T, v map[string]any) {
				if v["status"] != "ok" {
					t.Errorf("status = %v, want ok", v["status"])
				}
			}},
			{"stats", "/api/v1/stats", func(t *testing.T, v map[string]any) {
				if v["documents"] != 5.0 || v["events"] != 9.0 {
					t.Errorf("stats = %v, want 5 documents and 9 events", v)
				}
			}},
			{"documents", "/api/v1/documents", func(t *testing.T, v map[string]any) {
				if n := len(list(v, "documents")); n != 5 {
					t.Errorf("got %d documents, want 5", n)
				}
			}},
			{"documents search", "/api/v1/documents?q=Lavrov", func(t *testing.T, v map[string]any) {
				d := list(v, "documents")
				if len(d) != 1 || d[0].(map[string]any)["doc_id"] != "fix-002" {
					t.Errorf("search Lavrov = %v, want fix-002 only", d)
				}
			}},
			{"document by key", "/api/v1/documents/fix-001", func(t *testing.T, v map[string]any) {
				text, _ := v["text"].(string)
				evs := list(v, "events")
				if len(evs) != 2 || len(list(v, "actors")) != 2 || len(list(v, "quotes")) != 1 || len(list(v, "figures")) != 1 {
					t.Fatalf("fix-001: %d events, %d actors, %d quotes, %d figures; want 2, 2, 1, 1",
						len(evs), len(list(v, "actors")), len(list(v, "quotes")), len(list(v, "figures")))
				}
				e := evs[0].(map[string]any)
				if e["store_id"] == nil {
					t.Errorf("event lacks store_id: %v", e)
				}
				ev := e["evidence"].([]any)[0].(map[string]any)
				sp := ev["span"].([]any)
				if got := text[int(sp[0].(float64)):int(sp[1].(float64))]; got != ev["text"] {
					t.Errorf("evidence span covers %q, want %q", got, ev["text"])
				}
			}},
			{"events", "/api/v1/events", func(t *testing.T, v map[string]any) {
				if n := len(list(v, "events")); n != 9 {
					t.Errorf("got %d events, want 9", n)
				}
			}},
			{"events pair", "/api/v1/events?pair=khm,IDN", func(t *testing.T, v map[string]any) {
				if n := len(list(v, "events")); n != 3 {
					t.Errorf("pair KHM,IDN: got %d events, want 3", n)
				}
			}},
			{"events country type", "/api/v1/events?country=AUS&type=consult", func(t *testing.T, v map[string]any) {
				if n := len(list(v, "events")); n != 1 {
					t.Errorf("got %d events, want 1", n)
				}
			}},
			{"events quad date", "/api/v1/events?quad_class=3&from=2024-06-01&to=2024-12-31", func(t *testing.T, v map[string]any) {
				ev := list(v, "events")
				if len(ev) != 1 || ev[0].(map[string]any)["type"] != "REJECT" {
					t.Errorf("got %v, want the REJECT event", ev)
				}
			}},
			{"events status context", "/api/v1/events?status=planned&context=humanitarian", func(t *testing.T, v map[string]any) {
				if n := len(list(v, "events")); n != 1 {
					t.Errorf("got %d events, want 1", n)
				}
			}},
			{"events actor", "/api/v1/events?actor=Lavrov", func(t *testing.T, v map[string]any) {
				if n := len(list(v, "events")); n != 2 {
					t.Errorf("got %d events, want 2", n)
				}
			}},
			{"events doc_id key", "/api/v1/events?doc_id=fix-003", func(t *testing.T, v map[string]any) {
				if n := len(list(v, "events")); n != 2 {
					t.Errorf("got %d events, want 2", n)
				}
			}},
			{"events order asc", "/api/v1/events?order=asc&limit=1", func(t *testing.T, v map[string]any) {
				ev := list(v, "events")
				if len(ev) != 1 || ev[0].(map[string]any)["date"] != "2024-03-14" {
					t.Errorf("oldest event = %v, want one dated 2024-03-14", ev)
				}
			}},
			{"events text", "/api/v1/events?text=fishing", func(t *testing.T, v map[string]any) {
				if n := len(list(v, "events")); n != 1 {
					t.Errorf("got %d events, want 1", n)
				}
			}},
			{"actors", "/api/v1/actors?country=KHM", func(t *testing.T, v map[string]any) {
				if len(list(v, "actors")) == 0 {
					t.Errorf("no KHM actors")
				}
			}},
			{"actors q", "/api/v1/actors?q=retno", func(t *testing.T, v map[string]any) {
				a := list(v, "actors")
				if len(a) != 1 || a[0].(map[string]any)["name"] != "Retno Marsudi" {
					t.Errorf("q=retno: %v, want Retno Marsudi", a)
				}
			}},
			{"dyad", "/api/v1/dyads/IDN/KHM", func(t *testing.T, v map[string]any) {
				if v["total"] != 3.0 || len(list(v, "buckets")) == 0 || len(list(v, "top_contexts")) == 0 || len(list(v, "latest")) != 3 {
					t.Errorf("dyad IDN/KHM = %v, want 3 events with buckets, contexts and latest", v)
				}
			}},
			{"dyad week", "/api/v1/dyads/idn/khm?interval=week&from=2024-01-01&to=2024-04-01", func(t *testing.T, v map[string]any) {
				if v["total"] != 2.0 || v["interval"] != "week" {
					t.Errorf("dyad = total %v interval %v, want 2 week", v["total"], v["interval"])
				}
			}},
			{"network", "/api/v1/network", func(t *testing.T, v map[string]any) {
				if len(list(v, "nodes")) != 5 || len(list(v, "edges")) != 4 {
					t.Errorf("network: %d nodes, %d edges, want 5 and 4", len(list(v, "nodes")), len(list(v, "edges")))
				}
			}},
			{"network quad", "/api/v1/network?quad_class=3&from=2024-01-01&to=2024-12-31", func(t *testing.T, v map[string]any) {
				if len(list(v, "edges")) != 2 {
					t.Errorf("network quad 3: %d edges, want 2", len(list(v, "edges")))
				}
			}},
			{"openapi", "/api/v1/openapi.json", func(t *testing.T, v map[string]any) {
				if v["openapi"] != "3.1.0" {
					t.Errorf("openapi = %v", v["openapi"])
				}
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				code, _, v := call(t, h, "GET", tt.target, "")
				if code != http.StatusOK {
					t.Fatalf("GET %s = %d %v, want 200", tt.target, code, v)
				}
				tt.check(t, v)
			})
		}

		// Detail endpoints use ids from the lists.
		_, _, v := call(t, h, "GET", "/api/v1/actors?q=Hun%20Manet", "")
		act := list(v, "actors")
		if len(act) != 1 {
			t.Fatalf("actors q=Hun Manet: %v", act)
		}
		id := int64(act[0].(map[string]any)["id"].(float64))
		code, _, v := call(t, h, "GET", "/api/v1/actors/"+itoa(id), "")
		if code != 200 || len(list(v, "events")) != 4 || v["actor"].(map[string]any)["name"] != "Hun Manet" {
			t.Errorf("actor %d = %d %v, want Hun Manet with 4 events", id, code, v)
		}
		_, _, v = call(t, h, "GET", "/api/v1/documents?q=Albanese", "")
		did := int64(list(v, "documents")[0].(map[string]any)["id"].(float64))
		code, _, v = call(t, h, "GET", "/api/v1/documents/"+itoa(did), "")
		if code != 200 || v["doc_id"] != "fix-004" {
			t.Errorf("document %d = %d %v, want fix-004", did, code, v["doc_id"])
		}
		eid := int64(list(v, "events")[1].(map[string]any)["store_id"].(float64))
		code, _, v = call(t, h, "GET", "/api/v1/events/"+itoa(eid), "")
		if code != 200 || v["type"] != "COOPERATE" || v["id"] != float64(eid) || v["url"] == nil {
			t.Errorf("event %d = %d %v, want COOPERATE with its document's url", eid, code, v)
		}
		for _, p := range []string{"/api/v1/documents/99999", "/api/v1/documents/nope", "/api/v1/actors/99999", "/api/v1/events/99999"} {
			if code, _, v := call(t, h, "GET", p, ""); code != 404 {
				t.Errorf("GET %s = %d %v, want 404", p, code, v)
			}
		}
	})
}

func TestPagination(t *testing.T) {
	forEachBackend(t, func(t *testing.T, st store.Store, h http.Handler) {
		for _, tc := range []struct{ path, key, idKey string }{
			{"/api/v1/events?limit=2", "events", "id"},
			{"/api/v1/events?limit=1&order=asc&country=IDN", "events", "id"},
			{"/api/v1/documents?limit=2", "documents", "id"},
		} {
			seen := map[float64]bool{}
			target := tc.path
			for pages := 0; ; pages++ {
				if pages > 20 {
					t.Fatalf("%s: more than 20 pages", tc.path)
				}
				code, _, v := call(t, h, "GET", target, "")
				if code != 200 {
					t.Fatalf("GET %s = %d %v", target, code, v)
				}
				for _, it := range list(v, tc.key) {
					id := it.(map[string]any)[tc.idKey].(float64)
					if seen[id] {
						t.Errorf("%s: id %v seen twice", tc.path, id)
					}
					seen[id] = true
				}
				next, _ := v["next_cursor"].(string)
				if next == "" {
					break
				}
				target = tc.path + "&cursor=" + next
			}
			base := strings.Split(tc.path, "?")[0]
			q := strings.ReplaceAll(strings.SplitN(tc.path, "?", 2)[1], "limit=", "x=")
			q = regexp.MustCompile(`x=\d+&?`).ReplaceAllString(q, "")
			_, _, all := call(t, h, "GET", base+"?limit=500&"+q, "")
			if want := len(list(all, tc.key)); len(seen) != want {
				t.Errorf("%s: walked %d items, want %d", tc.path, len(seen), want)
			}
		}
		// actors by offset
		seen := map[float64]bool{}
		for off := 0; off < 100; {
			_, _, v := call(t, h, "GET", "/api/v1/actors?limit=3&offset="+itoa(int64(off)), "")
			for _, a := range list(v, "actors") {
				id := a.(map[string]any)["id"].(float64)
				if seen[id] {
					t.Errorf("actor %v seen twice", id)
				}
				seen[id] = true
			}
			n, _ := v["next_offset"].(float64)
			if n == 0 {
				break
			}
			off = int(n)
		}
		_, _, all := call(t, h, "GET", "/api/v1/actors?limit=500", "")
		if want := len(list(all, "actors")); len(seen) != want || want < 5 {
			t.Errorf("walked %d actors, want %d (at least 5)", len(seen), want)
		}
	})
}

func TestBadParams(t *testing.T) {
	forEachBackend(t, func(t *testing.T, st store.Store, h http.Handler) {
		tests := []struct{ target, want string }{
			{"/api/v1/events?quad_class=7", "quad_class must be 1-4, got 7"},
			{"/api/v1/events?quad_class=x", "quad_class must be an integer"},
			{"/api/v1/events?country=INDONESIA", "country must be a three-letter"},
			{"/api/v1/events?country=I1N", "country must be a three-letter"},
			{"/api/v1/events?pair=IDN", "pair must be two ISO3 codes"},
			{"/api/v1/events?pair=IDN,KHM,AUS", "pair must be two ISO3 codes"},
			{"/api/v1/events?pair=IDN,12", "pair must be a three-letter"},
			{"/api/v1/events?from=2024-13-01", "from must be a date YYYY-MM-DD"},
			{"/api/v1/events?to=yesterday", "to must be a date YYYY-MM-DD"},
			{"/api/v1/events?from=2024-05-01&to=2024-01-01", "is after to"},
			{"/api/v1/events?limit=0", "limit must be 1-500, got 0"},
			{"/api/v1/events?limit=501", "limit must be 1-500, got 501"},
			{"/api/v1/events?type=HUG", "type must be one of"},
			{"/api/v1/events?status=maybe", "status must be one of"},
			{"/api/v1/events?order=up", "order must be asc or desc"},
			{"/api/v1/events?context=Bad%20Context", "context must be a PLOVER context"},
			{"/api/v1/events?actor_id=-3", "actor_id must be a positive integer"},
			{"/api/v1/events?doc_id=no-such-doc", "is not a stored document"},
			{"/api/v1/events?cursor=%21%21garbage%21%21", ""},
			{"/api/v1/events?text=" + strings.Repeat("a", 201), "text must be at most 200 bytes"},
			{"/api/v1/events?countyr=IDN", `unknown parameter "countyr"`},
			{"/api/v1/events?country=IDN&country=KHM", `parameter "country" given 2 times`},
			{"/api/v1/documents?limit=-1", "limit must be 1-500"},
			{"/api/v1/documents/fix-001?x=1", "unknown parameter"},
			{"/api/v1/actors?offset=-1", "offset must be 0-1000000"},
			{"/api/v1/actors?country=id", "country must be a three-letter"},
			{"/api/v1/actors/abc", "id must be a positive integer"},
			{"/api/v1/events/0", "id must be a positive integer"},
			{"/api/v1/dyads/IDN/KH", "b must be a three-letter"},
			{"/api/v1/dyads/IDN/IDN", "two different countries"},
			{"/api/v1/dyads/IDN/KHM?interval=day", "interval must be one of week, month"},
			{"/api/v1/dyads/IDN/KHM?latest=1000", "latest must be 1-100"},
			{"/api/v1/network?quad_class=5", "quad_class must be 1-4, got 5"},
			{"/api/v1/network?from=2024-02-30", "from must be a date"},
		}
		for _, tt := range tests {
			code, _, v := call(t, h, "GET", tt.target, "")
			c, m := errMsg(v)
			if code != 400 || c != "bad_request" || !strings.Contains(m, tt.want) {
				t.Errorf("GET %s = %d %s %q, want 400 bad_request containing %q", tt.target, code, c, m, tt.want)
			}
		}
	})
}

func TestAuth(t *testing.T) {
	st := apitest.NewMemory()
	apitest.Load(t, st, apitest.Documents())
	rec := `{"id":"new-1","text":"Indonesia and Japan met."}`

	h := New(st, testOptions(st))
	for _, tc := range []struct {
		name string
		hdr  []string
		want int
	}{
		{"no token", nil, 401},
		{"wrong bearer", []string{"Authorization", "Bearer nope"}, 401},
		{"wrong header", []string{"X-Dyad-Token", "nope"}, 401},
		{"bearer", []string{"Authorization", "Bearer " + testToken}, 201},
		{"header", []string{"X-Dyad-Token", testToken, "Content-Type", "application/json"}, 201},
	} {
		code, hdr, v := call(t, h, "POST", "/api/v1/documents", rec, tc.hdr...)
		if code != tc.want {
			t.Errorf("%s: POST = %d %v, want %d", tc.name, code, v, tc.want)
		}
		if code == 401 && hdr.Get("WWW-Authenticate") == "" {
			t.Errorf("%s: 401 without WWW-Authenticate", tc.name)
		}
	}
	// Reads are open unless protected.
	if code, _, _ := call(t, h, "GET", "/api/v1/events", ""); code != 200 {
		t.Errorf("open read = %d, want 200", code)
	}

	opt := testOptions(st)
	opt.Token = ""
	code, _, v := call(t, New(st, opt), "POST", "/api/v1/documents", rec, "Authorization", "Bearer x")
	if c, m := errMsg(v); code != 403 || !strings.Contains(m, "no API token") {
		t.Errorf("POST without configured token = %d %s %q, want 403", code, c, m)
	}

	opt = testOptions(st)
	opt.ProtectReads = true
	hp := New(st, opt)
	if code, _, _ := call(t, hp, "GET", "/api/v1/events", ""); code != 401 {
		t.Errorf("protected read without token = %d, want 401", code)
	}
	if code, _, _ := call(t, hp, "GET", "/api/v1/events", "", "X-Dyad-Token", testToken); code != 200 {
		t.Errorf("protected read with token = %d, want 200", code)
	}
	if code, _, _ := call(t, hp, "GET", "/healthz", ""); code != 200 {
		t.Errorf("healthz with protected reads = %d, want 200", code)
	}
}

func TestPostDocuments(t *testing.T) {
	st := apitest.NewMemory()
	h := New(st, testOptions(st))
	auth := []string{"Authorization", "Bearer " + testToken}
	body := `[{"id":"np-1","maintext":"Vietnam and Laos signed a deal.","date_publish":"2024-01-02 10:00:00","source_domain":"vn.example"},
	          {"id":"np-2","title":"no text"},
	          {"id":3,"text":"Thailand protested."}]`
	code, _, v := call(t, h, "POST", "/api/v1/documents", body, auth...)
	if code != 201 || v["stored"] != 2.0 || v["errors"] != 1.0 {
		t.Fatalf("POST = %d %v, want 201 with 2 stored, 1 error", code, v)
	}
	res := list(v, "results")
	if r := res[1].(map[string]any); r["status"] != "error" || !strings.Contains(r["error"].(string), "no text") {
		t.Errorf("result 2 = %v, want a no-text error", r)
	}
	d, err := st.DocumentByKey(context.Background(), "np-1")
	if err != nil || d.Published != "2024-01-02 10:00:00" || d.Outlet != "vn.example" || d.Doc.Text == "" {
		t.Errorf("np-1 stored as %+v, %v; want news-please aliases mapped", d, err)
	}
	if _, err := st.DocumentByKey(context.Background(), "3"); err != nil {
		t.Errorf("numeric id not stored as \"3\": %v", err)
	}
	// JSON Lines and duplicates
	code, _, v = call(t, h, "POST", "/api/v1/documents", "{\"id\":\"a\",\"text\":\"Thailand protested.\"}\n{\"id\":\"b\",\"text\":\"Fresh.\"}\n", auth...)
	if code != 201 || list(v, "results")[0].(map[string]any)["status"] != "duplicate" {
		t.Errorf("JSONL POST = %d %v, want 201 with a duplicate first", code, v)
	}
	for _, tc := range []struct{ body, ct, want string }{
		{"", "", "empty"},
		{"{", "", "not valid JSON"},
		{"[]", "", "no records"},
		{`{"title":"x"}`, "", "no text"},
		{`{"text":5}`, "", "cannot unmarshal"},
		{`{"text":"x"}`, "text/plain", "Content-Type"},
	} {
		hd := append([]string{}, auth...)
		if tc.ct != "" {
			hd = append(hd, "Content-Type", tc.ct)
		}
		code, _, v := call(t, h, "POST", "/api/v1/documents", tc.body, hd...)
		_, m := errMsg(v)
		if code/100 != 4 || !strings.Contains(m+jsonString(v), tc.want) {
			t.Errorf("POST %q = %d %v, want 4xx mentioning %q", tc.body, code, v, tc.want)
		}
	}
	// No pipeline wired.
	opt := testOptions(st)
	opt.Ingest = nil
	if code, _, _ := call(t, New(st, opt), "POST", "/api/v1/documents", `{"text":"x"}`, auth...); code != 501 {
		t.Errorf("POST without Ingest = %d, want 501", code)
	}
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestOversizedBody(t *testing.T) {
	st := apitest.NewMemory()
	opt := testOptions(st)
	opt.MaxBodyBytes = 1024
	h := New(st, opt)
	big := `{"id":"big","text":"` + strings.Repeat("x", 4096) + `"}`
	code, _, v := call(t, h, "POST", "/api/v1/documents", big, "Authorization", "Bearer "+testToken)
	if c, _ := errMsg(v); code != 413 || c != "payload_too_large" {
		t.Errorf("oversized POST = %d %v, want 413 payload_too_large", code, v)
	}
}

func TestUnknownRouteAndMethod(t *testing.T) {
	st := apitest.NewMemory()
	h := New(st, testOptions(st))
	for _, p := range []string{"/api/v1/nope", "/api/v2/events", "/api/v1/events/", "/", "/favicon.ico"} {
		code, _, v := call(t, h, "GET", p, "")
		if c, _ := errMsg(v); code != 404 || c != "not_found" {
			t.Errorf("GET %s = %d %v, want 404 not_found", p, code, v)
		}
	}
	code, hdr, v := call(t, h, "DELETE", "/api/v1/events", "")
	if c, _ := errMsg(v); code != 405 || c != "method_not_allowed" || !strings.Contains(hdr.Get("Allow"), "GET") {
		t.Errorf("DELETE /events = %d %v Allow %q, want 405 with Allow GET", code, v, hdr.Get("Allow"))
	}
	code, hdr, _ = call(t, h, "PUT", "/api/v1/documents", "{}")
	if code != 405 || !strings.Contains(hdr.Get("Allow"), "POST") {
		t.Errorf("PUT /documents = %d Allow %q, want 405 with POST allowed", code, hdr.Get("Allow"))
	}
}

// faulty is a store whose reads panic or block.
type faulty struct {
	*apitest.Memory
	mode string
}

func (f faulty) Events(ctx context.Context, ef store.EventFilter) (store.EventPage, error) {
	switch f.mode {
	case "panic":
		panic("boom: secret detail")
	case "block":
		<-ctx.Done()
		return store.EventPage{}, ctx.Err()
	}
	return store.EventPage{}, io.ErrUnexpectedEOF
}

func TestServerErrors(t *testing.T) {
	var logs bytes.Buffer
	for _, tc := range []struct {
		mode string
		want int
		code string
	}{{"panic", 500, "internal"}, {"block", 503, "timeout"}, {"error", 500, "internal"}} {
		st := faulty{apitest.NewMemory(), tc.mode}
		opt := testOptions(st)
		opt.RequestTimeout = 50 * time.Millisecond
		opt.Logger = slog.New(slog.NewTextHandler(&logs, nil))
		code, _, v := call(t, New(st, opt), "GET", "/api/v1/events", "")
		c, m := errMsg(v)
		if code != tc.want || c != tc.code || strings.Contains(m, "secret") || strings.Contains(m, "goroutine") {
			t.Errorf("%s: %d %s %q, want %d %s without details", tc.mode, code, c, m, tc.want, tc.code)
		}
	}
	if !strings.Contains(logs.String(), "secret detail") {
		t.Errorf("panic detail not logged: %s", logs.String())
	}
}

func TestOpenAPICoversRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi = %q, want 3.1.0", doc.OpenAPI)
	}
	for _, rt := range routes {
		ops, ok := doc.Paths[rt.path]
		if !ok {
			t.Errorf("route %s %s missing from openapi.json paths", rt.method, rt.path)
			continue
		}
		if _, ok := ops[strings.ToLower(rt.method)]; !ok {
			t.Errorf("route %s %s: openapi.json has no %s operation", rt.method, rt.path, strings.ToLower(rt.method))
		}
		// Every query parameter the handler accepts is documented.
	}
	if n := len(doc.Paths); n != len(pathsOf(routes)) {
		t.Errorf("openapi.json has %d paths, the server %d", n, len(pathsOf(routes)))
	}
	// Query parameters named in the events handler appear in the document.
	for _, p := range eventParams {
		if !bytes.Contains(openapiJSON, []byte(`"name": "`+p+`"`)) && !bytes.Contains(openapiJSON, []byte(`"`+p+`": {"name"`)) {
			t.Errorf("event parameter %q not documented in openapi.json", p)
		}
	}
}

func pathsOf(rs []route) map[string]bool {
	m := map[string]bool{}
	for _, r := range rs {
		m[r.path] = true
	}
	return m
}

func TestNewServerServesDashboard(t *testing.T) {
	st := apitest.NewMemory()
	h := NewServer(st, testOptions(st))
	req := httptest.NewRequest("GET", "/", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "<html") {
		t.Errorf("GET / = %d %.80q, want the dashboard", rec.Code, rec.Body.String())
	}
	if code, _, _ := call(t, h, "GET", "/api/v1/nope", ""); code != 404 {
		t.Errorf("GET /api/v1/nope under NewServer = %d, want 404", code)
	}
}
