package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

func BenchmarkPutDocument(b *testing.B) {
	ctx := context.Background()
	db := openTemp(b)
	defer db.Close()
	docs := make([]*doc.Document, b.N)
	for i := range docs {
		docs[i] = genDoc(i)
	}
	b.SetBytes(int64(len(docs[0].Text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := range b.N {
		if _, err := db.PutDocument(ctx, docs[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu0).Seconds(), "docs/cpu-s")
}

// cpuTime is the user and system CPU time of the process so far: docs per
// CPU second is throughput per core, whatever else the machine runs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkPutDocumentsBatch100(b *testing.B) {
	ctx := context.Background()
	db := openTemp(b)
	defer db.Close()
	docs := make([]*doc.Document, b.N)
	for i := range docs {
		docs[i] = genDoc(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i += 100 {
		if _, err := db.PutDocuments(ctx, docs[i:min(i+100, b.N)]); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu0).Seconds(), "docs/cpu-s")
}

// BenchmarkIngest100k ingests 100,000 generated documents once and
// reports throughput and memory sampled every 5,000 documents: the heap
// in use at the first and last samples and its peak, and the peak RSS.
func BenchmarkIngest100k(b *testing.B) {
	const n, every = 100_000, 5_000
	ctx := context.Background()
	for range b.N {
		db, err := Open(ctx, filepath.Join(b.TempDir(), "ingest.db"), DefaultOptions())
		if err != nil {
			b.Fatal(err)
		}
		var ms runtime.MemStats
		var first, last, peak uint64
		b.ResetTimer()
		for i := range n {
			if _, err := db.PutDocument(ctx, genDoc(i)); err != nil {
				b.Fatal(err)
			}
			if (i+1)%every == 0 {
				runtime.ReadMemStats(&ms)
				if first == 0 {
					first = ms.HeapInuse
				}
				last = ms.HeapInuse
				peak = max(peak, ms.HeapInuse)
			}
		}
		b.StopTimer()
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
		b.ReportMetric(float64(first)/(1<<20), "heap-first-MB")
		b.ReportMetric(float64(last)/(1<<20), "heap-last-MB")
		b.ReportMetric(float64(peak)/(1<<20), "heap-peak-MB")
		b.ReportMetric(float64(peakRSS())/(1<<20), "rss-peak-MB")
		db.Close()
	}
}

// peakRSS reads VmHWM from /proc/self/status, in bytes (0 if unknown).
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
