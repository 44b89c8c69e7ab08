package pipeline_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/langid"
	"github.com/dyad-project/dyad/internal/text"
)

// The throughput benchmarks share one corpus: every fixture article as
// ingest delivers it (HTML already reduced to text, a JSON record to its
// main text). SetBytes counts those raw texts, so MB/s figures compare
// across the four. The pipeline benchmarks process the articles one by
// one, as documents, rather than one concatenated text: actors and events
// work per document, and a 60-article "document" would neither be
// realistic nor give per-document costs.
//
//	go test ./internal/pipeline -run '^$' -bench . -benchmem
//	DYAD_RATIOS=1 go test ./internal/pipeline -run TestThroughputRatios -v

// benchCorpus returns the fixture documents and the bytes of their raw
// texts.
func benchCorpus(b *testing.B) ([]*fixture, int64) {
	b.Helper()
	fs := loadFixtures(b)
	var n int64
	for _, f := range fs {
		n += int64(len(f.doc.Raw))
	}
	return fs, n
}

// BenchmarkWordScan is the floor the other benchmarks are read against: a
// plain byte loop counting words over the same raw texts.
func BenchmarkWordScan(b *testing.B) {
	fs, n := benchCorpus(b)
	texts := make([]string, len(fs))
	for i, f := range fs {
		texts[i] = f.doc.Raw
	}
	b.SetBytes(n)
	b.ReportAllocs()
	words := 0
	for b.Loop() {
		for _, s := range texts {
			in := false
			for i := 0; i < len(s); i++ {
				c := s[i]
				sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
				if !sp && !in {
					words++
				}
				in = !sp
			}
		}
	}
	if words == 0 {
		b.Fatal("no words")
	}
}

// benchPipeline processes every corpus document per iteration through a
// pipeline that stops after stop, and returns the sentences of one pass.
func benchPipeline(b *testing.B, stop string) int {
	fs, n := benchCorpus(b)
	p := newPipeline(b, stop)
	b.SetBytes(n)
	b.ReportAllocs()
	sentences := 0
	for b.Loop() {
		sentences = 0
		for _, f := range fs {
			d := f.Doc()
			p.Process(d)
			sentences += len(d.Sentences)
		}
	}
	if sentences == 0 {
		b.Fatal("no sentences")
	}
	return sentences
}

// BenchmarkFoundation runs clean, language identification, metadata and
// segmentation.
func BenchmarkFoundation(b *testing.B) { benchPipeline(b, "segment") }

// BenchmarkActors adds the actor stage.
func BenchmarkActors(b *testing.B) { benchPipeline(b, "actors") }

// BenchmarkFull runs every stage and reports sentences per second.
func BenchmarkFull(b *testing.B) {
	s := benchPipeline(b, "")
	if sec := b.Elapsed().Seconds(); sec > 0 {
		b.ReportMetric(float64(s)*float64(b.N)/sec, "sentences/s")
	}
}

// TestThroughputRatios runs the four throughput benchmarks and prints how
// they compare. Absolute figures on a shared machine are noise; the ratios
// are what to watch. It is skipped unless DYAD_RATIOS=1.
func TestThroughputRatios(t *testing.T) {
	if os.Getenv("DYAD_RATIOS") != "1" {
		t.Skip("set DYAD_RATIOS=1 to run the throughput benchmarks and print their ratios")
	}
	loadFixtures(t)
	newPipeline(t, "segment")
	newPipeline(t, "actors")
	newPipeline(t, "")
	res := map[string]testing.BenchmarkResult{}
	for _, bm := range []struct {
		name string
		fn   func(*testing.B)
	}{
		{"WordScan", BenchmarkWordScan},
		{"Foundation", BenchmarkFoundation},
		{"Actors", BenchmarkActors},
		{"Full", BenchmarkFull},
	} {
		r := testing.Benchmark(bm.fn)
		if r.N == 0 {
			t.Fatalf("benchmark %s failed", bm.name)
		}
		res[bm.name] = r
		t.Logf("%-10s %s %s", bm.name, r.String(), r.MemString())
	}
	mbs := func(r testing.BenchmarkResult) float64 {
		return float64(r.Bytes) * float64(r.N) / 1e6 / r.T.Seconds()
	}
	ns := func(r testing.BenchmarkResult) float64 { return float64(r.NsPerOp()) }
	w, f, a, full := res["WordScan"], res["Foundation"], res["Actors"], res["Full"]
	t.Logf("wordscan %.1f MB/s, foundation %.1f MB/s, actors %.1f MB/s, full %.1f MB/s",
		mbs(w), mbs(f), mbs(a), mbs(full))
	t.Logf("foundation/wordscan throughput: %.4f (wordscan is %.0fx faster)", mbs(f)/mbs(w), ns(f)/ns(w))
	t.Logf("actors time / foundation time: %.2fx", ns(a)/ns(f))
	t.Logf("full time / foundation time: %.2fx (events alone: %.2fx of foundation)", ns(full)/ns(f), (ns(full)-ns(a))/ns(f))
	t.Logf("full: %.0f sentences/s, %.0f docs/s", full.Extra["sentences/s"], float64(len(loadFixtures(t)))*1e9/ns(full))
}

// genNames vary the people, places and dates of generated articles, so
// caches and registries see new names rather than the same few.
var (
	genFirst   = []string{"Amara", "Budi", "Chen", "Dewi", "Elena", "Farid", "Grace", "Hiroshi", "Intan", "Jorge", "Kofi", "Lina", "Mateo", "Nadia", "Omar", "Putri", "Quang", "Rahul", "Siti", "Tomas"}
	genLast    = []string{"Adeyemi", "Baskoro", "Castillo", "Dlamini", "Eriksen", "Fujimoto", "Gunawan", "Haddad", "Ivanova", "Jaramillo", "Kusuma", "Lindqvist", "Mensah", "Nakamura", "Okonkwo", "Pranoto", "Quispe", "Rahman", "Santoso", "Tanaka"}
	genCountry = [][3]string{ // English adjective, Indonesian name, capital
		{"Japanese", "Jepang", "Tokyo"}, {"Malaysian", "Malaysia", "Kuala Lumpur"}, {"Australian", "Australia", "Canberra"},
		{"Vietnamese", "Vietnam", "Hanoi"}, {"Thai", "Thailand", "Bangkok"}, {"Indian", "India", "New Delhi"},
		{"Brazilian", "Brasil", "Brasilia"}, {"Kenyan", "Kenya", "Nairobi"}, {"German", "Jerman", "Berlin"},
		{"Philippine", "Filipina", "Manila"},
	}
	genMonthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	genMonthsID = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	genDaysEN   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	genDaysID   = []string{"Senin", "Selasa", "Rabu", "Kamis", "Jumat"}
)

// articleGen makes synthetic articles of about 3 KB from fixture
// paragraphs: a generated lead with varied names, countries and dates,
// then body paragraphs drawn from fixtures of the same language.
type articleGen struct {
	paras map[string][]string // language -> body paragraphs
}

func newArticleGen(b *testing.B) *articleGen {
	b.Helper()
	g := &articleGen{paras: map[string][]string{}}
	p := newPipeline(b, "segment")
	for _, f := range loadFixtures(b) {
		d := f.Doc()
		p.Process(d)
		for _, para := range d.Paragraphs {
			if s := para.Of(d.Text); !para.Caption && len(s) > 120 {
				g.paras[f.Gold.Language] = append(g.paras[f.Gold.Language], s)
			}
		}
	}
	if len(g.paras["en"]) == 0 || len(g.paras["id"]) == 0 {
		b.Fatal("no fixture paragraphs to build articles from")
	}
	return g
}

// article returns synthetic article i; the same i always gives the same
// article.
func (g *articleGen) article(i int) *doc.Document {
	r := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	year, month, day := 2019+r.IntN(7), r.IntN(12), 1+r.IntN(28)
	src, dst := genCountry[r.IntN(len(genCountry))], genCountry[r.IntN(len(genCountry))]
	n1 := pick(genFirst) + " " + pick(genLast)
	n2 := pick(genFirst) + " " + pick(genLast)
	lang := "en"
	var sb strings.Builder
	if i%2 == 0 {
		fmt.Fprintf(&sb, "%s foreign minister meets %s counterpart\n\n", src[0], dst[0])
		fmt.Fprintf(&sb, "%s, %s %d (Dyad) — %s Foreign Minister %s met %s Foreign Minister %s in %s on %s to discuss trade and maritime security, officials said.\n\n",
			strings.ToUpper(dst[2]), genMonthsEN[month], day, src[0], n1, dst[0], n2, dst[2], pick(genDaysEN))
	} else {
		lang = "id"
		fmt.Fprintf(&sb, "Menlu %s bertemu Menlu %s\n\n", src[1], dst[1])
		fmt.Fprintf(&sb, "%s, %d %s (Dyad) - Menteri Luar Negeri %s %s bertemu dengan Menteri Luar Negeri %s %s di %s pada hari %s untuk membahas perdagangan dan keamanan maritim, kata pejabat.\n\n",
			strings.ToUpper(dst[2]), day, genMonthsID[month], src[1], n1, dst[1], n2, dst[2], pick(genDaysID))
	}
	pool := g.paras[lang]
	for sb.Len() < 3000 {
		sb.WriteString(pick(pool))
		sb.WriteString("\n\n")
	}
	return &doc.Document{
		ID:        fmt.Sprintf("gen-%05d", i),
		Origin:    "generated",
		Published: fmt.Sprintf("%04d-%02d-%02d", year, month+1, day),
		Raw:       sb.String(),
	}
}

// BenchmarkPipelineMemory streams 20,000 generated articles of about 3 KB
// through Process one by one and reports the peak heap in use, sampled
// every 1,000 documents. A stage that keeps something per document (a
// cache without bound, a registry in memory) shows as a peak that grows
// with the number of documents. Run it once:
//
//	go test ./internal/pipeline -run '^$' -bench PipelineMemory -benchtime 1x
func BenchmarkPipelineMemory(b *testing.B) {
	const docs, every = 20000, 1000
	g := newArticleGen(b)
	p := newPipeline(b, "")
	var ms runtime.MemStats
	var peak, first, last uint64
	var bytes int64
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		peak, bytes = ms.HeapInuse, 0
		for i := range docs {
			d := g.article(i)
			bytes += int64(len(d.Raw))
			p.Process(d)
			if (i+1)%every == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
				if i+1 == every {
					first = ms.HeapInuse
				}
				last = ms.HeapInuse
			}
		}
	}
	b.SetBytes(bytes)
	const mb = 1 << 20
	b.ReportMetric(float64(peak)/mb, "peak-heap-MB")
	b.ReportMetric(float64(first)/mb, "heap-at-1k-MB")
	b.ReportMetric(float64(last)/mb, "heap-at-20k-MB")
	if sec := b.Elapsed().Seconds(); sec > 0 {
		b.ReportMetric(float64(docs)*float64(b.N)/sec, "docs/s")
	}
}

// BenchmarkCleanLangSegment measures exactly the foundation throughput the
// project's targets name: cleaning, language identification and
// segmentation, without metadata, over the same raw texts as
// BenchmarkWordScan.
func BenchmarkCleanLangSegment(b *testing.B) {
	fs, n := benchCorpus(b)
	id := langid.New()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range fs {
			d := f.Doc()
			d.Text, _ = clean.Text(d.Raw)
			d.Language = id.Identify(d.Text).Lang
			text.Segment(d)
		}
	}
}

// BenchmarkActorStage measures the actor stage alone: the documents go
// through the foundation stages once, before the timer, and each
// iteration extracts (and releases) the actors of every one. Its time
// over BenchmarkFoundation's is the actor stage's share with less noise
// than the difference of BenchmarkActors and BenchmarkFoundation.
func BenchmarkActorStage(b *testing.B) {
	fs, n := benchCorpus(b)
	p := newPipeline(b, "segment")
	x := actor.New(actor.Options{})
	docs := make([]*doc.Document, len(fs))
	for i, f := range fs {
		docs[i] = f.Doc()
		p.Process(docs[i])
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			// A fresh copy, as the pipeline's documents come: no actors
			// yet, and diagnostics that grow by copying.
			dc := *d
			dc.Diagnostics = dc.Diagnostics[:len(dc.Diagnostics):len(dc.Diagnostics)]
			dc.Actors = nil
			x.Extract(&dc).Release()
		}
	}
}
