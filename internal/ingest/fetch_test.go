package ingest

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

const fetchedPage = `<!DOCTYPE html><html lang="en"><head><title>Harbour talks | Ledger</title>
<meta property="og:site_name" content="Ledger"><meta property="og:title" content="Harbour talks">
<meta property="article:published_time" content="2024-03-14T09:30:00+07:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Harbour talks</h1>
<p>The foreign ministers of Freedonia and Sylvania opened two days of talks on Wednesday about shared harbour fees and customs.</p>
<p>Officials from both delegations said the discussions would also cover fishing quotas and a joint patrol of the strait.</p>
</article><footer>Copyright 2024 Ledger</footer></body></html>`

func newServer(t *testing.T) (*httptest.Server, *sync.Map) {
	t.Helper()
	agents := &sync.Map{}
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		agents.Store("/page", r.Header.Get("User-Agent"))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, fetchedPage)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed)
	})
	mux.HandleFunc("/atom-as-xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml")
		fmt.Fprint(w, atomFeed)
	})
	mux.HandleFunc("/records", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B.\"}\n")
	})
	mux.HandleFunc("/one.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"text":"Only one."}`)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Plain words from a server.")
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		fmt.Fprint(w, fetchedPage)
	})
	mux.HandleFunc("/r/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n <= 0 {
			http.Redirect(w, r, "/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, strings.Repeat("word ", 100))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 10 {
			fmt.Fprint(w, strings.Repeat("word ", 10))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusNotFound)
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, agents
}

func TestFetch(t *testing.T) {
	srv, _ := newServer(t)
	u := srv.URL
	tests := []struct {
		name   string
		inputs []string
		opt    Options
		want   []string
	}{
		{"html page", []string{u + "/page"}, Options{},
			[]string{"doc " + urlID(u+"/page") + " @" + u + "/page The foreign ministers of Freed"}},
		{"feed yields items", []string{u + "/feed"}, Options{}, []string{
			"doc kabar-1 @" + u + "/feed#1 Menteri Luar Negeri tiba pada ",
			"doc " + urlID("https://kabar.example/a/2") + " @" + u + "/feed#2 Pelabuhan di perbatasan dibuka",
			"err " + u + "/feed#3: feed item has no text (content or description)",
			"doc " + urlID("https://kabar.example/a/4") + " @" + u + "/feed#4 Isi berita dengan tanggal yang",
		}},
		{"atom served as text/xml", []string{u + "/atom-as-xml"}, Options{}, []string{
			"doc urn:ledger:1 @" + u + "/atom-as-xml#1 The ministers of Freedonia and",
			"doc urn:ledger:2 @" + u + "/atom-as-xml#2 Storms closed the northern fer",
		}},
		{"json lines", []string{u + "/records"}, Options{}, []string{"doc a @" + u + "/records:1 A.", "doc b @" + u + "/records:2 B."}},
		{"json object", []string{u + "/one.json"}, Options{}, []string{"doc " + hashID("Only one.") + " @" + u + "/one.json Only one."}},
		{"plain text", []string{u + "/plain"}, Options{}, []string{"doc " + urlID(u+"/plain") + " @" + u + "/plain Plain words from a server."}},
		{"no content type is sniffed", []string{u + "/untyped"}, Options{}, []string{"doc " + urlID(u+"/untyped") + " @" + u + "/untyped The foreign ministers of Freed"}},
		{"redirects within the limit", []string{u + "/r/3"}, Options{MaxRedirects: 5},
			[]string{"doc " + urlID(u+"/page") + " @" + u + "/r/3 The foreign ministers of Freed"}},
		{"redirects over the limit", []string{u + "/r/9"}, Options{MaxRedirects: 5},
			[]string{"err " + u + "/r/9: stopped after 5 redirects"}},
		{"404", []string{u + "/gone"}, Options{}, []string{"err " + u + "/gone: HTTP 404 Not Found"}},
		{"body over the limit", []string{u + "/big"}, Options{MaxBytes: 100},
			[]string{"err " + u + "/big: response body is 500 bytes, over the 100 bytes limit"}},
		{"chunked body over the limit", []string{u + "/big-chunked"}, Options{MaxBytes: 100},
			[]string{"err " + u + "/big-chunked: response body is over the 100 bytes limit"}},
		{"empty page", []string{u + "/empty"}, Options{}, []string{"err " + u + "/empty: empty response body"}},
		{"slow server", []string{u + "/slow", u + "/plain"}, Options{HTTPTimeout: 100 * time.Millisecond}, []string{
			"err " + u + "/slow: context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
			"doc " + urlID(u+"/plain") + " @" + u + "/plain Plain words from a server.",
		}},
		{"connection refused", []string{"http://127.0.0.1:1/x"}, Options{}, []string{"err http://127.0.0.1:1/x: dial tcp 127.0.0.1:1: connect: connection refused"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := walkAll(t, tt.inputs, tt.opt)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Walk(%v)\n got:\n  %s\nwant:\n  %s", tt.inputs, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestFetchFields(t *testing.T) {
	srv, agents := newServer(t)
	_, items := walkAll(t, []string{srv.URL + "/r/2"}, Options{UserAgent: "dyad-test/1.0"})
	if len(items) != 1 || items[0].Doc == nil {
		t.Fatalf("got %v", items)
	}
	d := items[0].Doc
	got := fmt.Sprintf("%s|%s|%s|%s|%s|%s", d.Origin, d.URL, d.Title, d.Outlet, d.Published, d.InputLanguage)
	want := srv.URL + "/r/2|" + srv.URL + "/page|Harbour talks|Ledger|2024-03-14|en"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if strings.Contains(d.Raw, "Home") || strings.Contains(d.Raw, "Copyright") {
		t.Errorf("page chrome kept: %q", d.Raw)
	}
	if ua, _ := agents.Load("/page"); ua != "dyad-test/1.0" {
		t.Errorf("User-Agent = %q, want %q", ua, "dyad-test/1.0")
	}

	// The default User-Agent names dyad and its home page.
	walkAll(t, []string{srv.URL + "/page"}, Options{})
	if ua, _ := agents.Load("/page"); !strings.HasPrefix(ua.(string), "dyad/") || !strings.Contains(ua.(string), "https://github.com/dyad-project/dyad") {
		t.Errorf("default User-Agent = %q", ua)
	}
}

func TestFetchSentinels(t *testing.T) {
	srv, _ := newServer(t)
	_, items := walkAll(t, []string{srv.URL + "/gone", srv.URL + "/r/9", srv.URL + "/big"}, Options{MaxBytes: 100, MaxRedirects: 2})
	want := []error{ErrHTTPStatus, ErrTooManyRedirects, ErrTooLarge}
	if len(items) != len(want) {
		t.Fatalf("got %v", items)
	}
	for i, it := range items {
		if !errors.Is(it.Err, want[i]) {
			t.Errorf("item %d: %v is not %v", i, it.Err, want[i])
		}
	}
}
