package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// The query benchmarks run over a store of 100,000 events in 25,000
// documents, shaped like internal/api's BenchmarkAPILatency store. The
// store is built once and cached under os.TempDir, keyed by the schema
// version, a hash of the migrations and queryGenVersion; each benchmark works on a fresh copy, so
// that PRAGMA optimize at Close never changes the cached file.

// queryGenVersion names the generator; bump it when queryBenchDocs changes.
const queryGenVersion = 1

var queryCountries = []string{"IDN", "KHM", "AUS", "CHN", "USA", "RUS", "JPN", "MYS", "SGP", "THA",
	"VNM", "PHL", "IND", "KOR", "GBR", "FRA", "DEU", "LAO", "MMR", "BRN"}

var queryTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// queryBenchDocs generates n documents with 4 events each between random
// countries, dated over 2020-2024 (the generator of BenchmarkAPILatency).
func queryBenchDocs(n int) []*doc.Document {
	r := rand.New(rand.NewPCG(1, 2))
	ctxs := []string{"diplomatic", "economic", "military", "territory", "humanitarian"}
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]*doc.Document, n)
	for i := range docs {
		date := start.AddDate(0, 0, r.IntN(5*365)).Format(time.DateOnly)
		var b strings.Builder
		fmt.Fprintf(&b, "Story %d. ", i)
		d := &doc.Document{ID: fmt.Sprintf("bench-%06d", i), Title: fmt.Sprintf("Story %d", i), Outlet: "Bench",
			URL: fmt.Sprintf("https://example.org/%d", i), Published: date, Language: "en"}
		for j := range 4 {
			a := queryCountries[r.IntN(len(queryCountries))]
			c := queryCountries[r.IntN(len(queryCountries))]
			for c == a {
				c = queryCountries[r.IntN(len(queryCountries))]
			}
			srcName, tgtName := "Minister "+a+fmt.Sprint(r.IntN(10)), "Minister "+c+fmt.Sprint(r.IntN(10))
			s0 := b.Len()
			fmt.Fprintf(&b, "%s met %s on day %d. ", srcName, tgtName, j)
			sp := doc.Span{Start: s0, End: b.Len() - 1}
			t := queryTypes[r.IntN(len(queryTypes))]
			q := slices.Index(queryTypes, t)/4 + 1
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

var queryDB struct {
	once sync.Once
	path string
	err  error
}

// queryBenchFile returns the cached 100,000-event store, building it once.
func queryBenchFile(b *testing.B) string {
	queryDB.once.Do(func() {
		path := filepath.Join(os.TempDir(), fmt.Sprintf("dyad-querybench-g%d-s%d-%s.db", queryGenVersion, latestMigration(), schemaHash()))
		if _, err := os.Stat(path); err == nil {
			queryDB.path = path
			return
		}
		ctx := context.Background()
		tmp := path + ".building"
		for _, s := range []string{"", "-wal", "-shm"} {
			os.Remove(tmp + s)
		}
		opt := DefaultOptions()
		opt.NearDupThreshold = -1
		db, err := Open(ctx, tmp, opt)
		if err != nil {
			queryDB.err = err
			return
		}
		t0 := time.Now()
		docs := queryBenchDocs(25000)
		for i := 0; i < len(docs); i += 1000 {
			if _, err := db.PutDocuments(ctx, docs[i:min(i+1000, len(docs))]); err != nil {
				db.Close()
				queryDB.err = err
				return
			}
		}
		if _, err := db.w.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			queryDB.err = err
		}
		db.st.close()
		db.st = nil
		db.w.Close() // no PRAGMA optimize: the file has no planner statistics, like a fresh store
		db.r.Close()
		b.Logf("built %s in %v", path, time.Since(t0).Round(time.Millisecond))
		queryDB.err = os.Rename(tmp, path)
		queryDB.path = path
	})
	if queryDB.err != nil {
		b.Fatal(queryDB.err)
	}
	return queryDB.path
}

// latestMigration is the number of embedded migration files.
func latestMigration() int {
	entries, _ := migrationFS.ReadDir("migrations")
	return len(entries)
}

// schemaHash is a short hash of the migration files, so that editing a
// migration that is not yet released invalidates the cache too.
func schemaHash() string {
	h := sha256.New()
	entries, _ := migrationFS.ReadDir("migrations")
	for _, e := range entries {
		b, _ := migrationFS.ReadFile("migrations/" + e.Name())
		h.Write([]byte(e.Name()))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// openQueryBench opens a private copy of the cached store. With analyze,
// planner statistics are gathered first, as PRAGMA optimize does on Close.
func openQueryBench(b *testing.B, analyze bool) *DB {
	src := queryBenchFile(b)
	dst := filepath.Join(b.TempDir(), "q.db")
	in, err := os.Open(src)
	if err != nil {
		b.Fatal(err)
	}
	out, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	in.Close()
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
	db, err := Open(context.Background(), dst, DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	if analyze {
		if _, err := db.w.Exec(`ANALYZE`); err != nil {
			b.Fatal(err)
		}
		// New connections load the statistics.
		db.r.SetMaxIdleConns(0)
		db.r.SetMaxIdleConns(db.opt.ReadConns)
	}
	return db
}

// BenchmarkQueryLatency reports p50 and p99 of Events filtered by pair and
// of Dyad over 100,000 events, with the pairs BenchmarkAPILatency asks for.
func BenchmarkQueryLatency(b *testing.B) {
	for _, analyze := range []bool{false, true} {
		b.Run(fmt.Sprintf("analyze=%v", analyze), func(b *testing.B) {
			ctx := context.Background()
			db := openQueryBench(b, analyze)
			defer db.Close()
			var evLat, dyLat []time.Duration
			i := 0
			b.ResetTimer()
			for b.Loop() {
				a, c := queryCountries[i%7], queryCountries[7+i%5]
				i++
				t0 := time.Now()
				pg, err := db.Events(ctx, store.EventFilter{Pair: [2]string{a, c}, Limit: 50})
				if err != nil || len(pg.Events) != 50 {
					b.Fatalf("events %s,%s: %d, %v", a, c, len(pg.Events), err)
				}
				evLat = append(evLat, time.Since(t0))
				t0 = time.Now()
				st, err := db.Dyad(ctx, a, c, store.DyadFilter{Interval: "month"})
				if err != nil || st.Total == 0 || len(st.TopContexts) == 0 || len(st.Latest) != 10 {
					b.Fatalf("dyad %s,%s: %+v, %v", a, c, st, err)
				}
				dyLat = append(dyLat, time.Since(t0))
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
		})
	}
}
