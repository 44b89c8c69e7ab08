package api

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store/sqlite"
)

var benchCountries = []string{"IDN", "KHM", "AUS", "CHN", "USA", "RUS", "JPN", "MYS", "SGP", "THA",
	"VNM", "PHL", "IND", "KOR", "GBR", "FRA", "DEU", "LAO", "MMR", "BRN"}

// benchDocs generates n documents with 4 events each between random
// countries, dated over 2020-2024.
func benchDocs(n int) []*doc.Document {
	r := rand.New(rand.NewPCG(1, 2))
	types := PloverTypes
	ctxs := []string{"diplomatic", "economic", "military", "territory", "humanitarian"}
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]*doc.Document, n)
	for i := range docs {
		date := start.AddDate(0, 0, r.IntN(5*365)).Format(time.DateOnly)
		var b strings.Builder
		fmt.Fprintf(&b, "Story %d. ", i)
		d := &doc.Document{ID: fmt.Sprintf("bench-%06d", i), Title: fmt.Sprintf("Story %d", i), Outlet: "Bench",
			Published: date, Language: "en"}
		for j := 0; j < 4; j++ {
			a := benchCountries[r.IntN(len(benchCountries))]
			c := benchCountries[r.IntN(len(benchCountries))]
			for c == a {
				c = benchCountries[r.IntN(len(benchCountries))]
			}
			srcName, tgtName := "Minister "+a+fmt.Sprint(r.IntN(10)), "Minister "+c+fmt.Sprint(r.IntN(10))
			s0 := b.Len()
			fmt.Fprintf(&b, "%s met %s on day %d. ", srcName, tgtName, j)
			sp := doc.Span{Start: s0, End: b.Len() - 1}
			t := types[r.IntN(len(types))]
			q := slices.Index(types, t)/4 + 1
			ida, idb := fmt.Sprintf("A%d", 2*j+1), fmt.Sprintf("A%d", 2*j+2)
			d.Actors = append(d.Actors,
				doc.Actor{ID: ida, Kind: doc.KindPerson, Name: srcName, Country: a, Sector: "GOV", Title: "Minister", Aliases: []string{srcName}, Mentions: []doc.Span{{Start: s0, End: s0 + len(srcName)}}},
				doc.Actor{ID: idb, Kind: doc.KindPerson, Name: tgtName, Country: c, Sector: "GOV", Title: "Minister", Aliases: []string{tgtName}, Mentions: []doc.Span{{Start: s0 + len(srcName) + 5, End: s0 + len(srcName) + 5 + len(tgtName)}}})
			d.Events = append(d.Events, doc.Event{ID: fmt.Sprintf("E%d", j+1), Type: t, Status: doc.Reported,
				Source: doc.Side{Actor: ida, Name: srcName, Country: a, Sector: "GOV"},
				Target: doc.Side{Actor: idb, Name: tgtName, Country: c, Sector: "GOV"}, Directed: true, Date: date,
				Contexts: []string{ctxs[r.IntN(len(ctxs))]}, QuadClass: q, Goldstein: float64(r.IntN(21) - 10),
				Trigger:  doc.Span{Start: s0 + len(srcName) + 1, End: s0 + len(srcName) + 4},
				Evidence: []doc.Evidence{{Span: sp, Text: b.String()[sp.Start:sp.End]}}})
		}
		d.Text, d.Raw = b.String(), b.String()
		docs[i] = d
	}
	return docs
}

// BenchmarkAPILatency measures request latency over a real SQLite store of
// 100,000 events (25,000 documents) through a loopback HTTP server, and
// reports p50 and p99 in milliseconds for an event page filtered by pair
// and for a dyad summary.
func BenchmarkAPILatency(b *testing.B) {
	ctx := context.Background()
	opt := sqlite.DefaultOptions()
	opt.NearDupThreshold = -1
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), opt)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	t0 := time.Now()
	docs := benchDocs(25000)
	for i := 0; i < len(docs); i += 1000 {
		if _, err := db.PutDocuments(ctx, docs[i:min(i+1000, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
	st, _ := db.Stats(ctx)
	b.Logf("built %d events in %d documents in %v", st.Events, st.Documents, time.Since(t0).Round(time.Millisecond))

	srv := httptest.NewServer(New(db, DefaultOptions())) // listens on 127.0.0.1
	defer srv.Close()
	ln := srv.URL
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	get := func(path string) time.Duration {
		s := time.Now()
		resp, err := client.Get(ln + path)
		if err != nil {
			b.Fatal(err)
		}
		var buf [32 << 10]byte
		for {
			if _, err := resp.Body.Read(buf[:]); err != nil {
				break
			}
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Fatalf("GET %s = %d", path, resp.StatusCode)
		}
		return time.Since(s)
	}
	var evLat, dyLat []time.Duration
	i := 0
	b.ResetTimer()
	for b.Loop() {
		a, c := benchCountries[i%7], benchCountries[7+i%5]
		i++
		evLat = append(evLat, get("/api/v1/events?pair="+a+","+c+"&limit=50"))
		dyLat = append(dyLat, get("/api/v1/dyads/"+a+"/"+c))
	}
	b.StopTimer()
	report := func(name string, l []time.Duration) {
		slices.Sort(l)
		p := func(q float64) float64 {
			return float64(l[min(len(l)-1, int(q*float64(len(l))))].Microseconds()) / 1000
		}
		b.ReportMetric(p(0.50), name+"_p50_ms")
		b.ReportMetric(p(0.99), name+"_p99_ms")
	}
	report("events", evLat)
	report("dyad", dyLat)
}
