package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-project/dyad/internal/demo"
)

// syncBuffer is a bytes.Buffer safe for a command writing while a test
// reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// result is what one command run printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

// run runs dyad with args and no standard input, as the tests' user.
func run(t testing.TB, args ...string) result {
	t.Helper()
	return runIn(t, context.Background(), nil, args...)
}

// runIn runs dyad with a context and standard input.
func runIn(t testing.TB, ctx context.Context, stdin io.Reader, args ...string) result {
	t.Helper()
	var out, errb syncBuffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	env := &Env{Stdin: stdin, Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code := Run(ctx, env, args)
	return result{out.String(), errb.String(), code}
}

// wantCode fails the test when r did not exit with code.
func (r result) wantCode(t testing.TB, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit code got %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
}

// demoFiles copies the first n bundled sample articles (all when n <= 0)
// into a new folder and returns it.
func demoFiles(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	fsys := demo.Files()
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	if n > 0 && n < len(ents) {
		ents = ents[:n]
	}
	for _, e := range ents {
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// seededDB returns a temporary database holding the sample articles.
func seededDB(t testing.TB) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "seed.db")
	run(t, "demo", "--no-serve", "--db", db).wantCode(t, ExitOK)
	return db
}

var (
	genCountries = []struct{ adj, name, capital string }{
		{"Indonesian", "Indonesia", "Jakarta"}, {"Cambodian", "Cambodia", "Phnom Penh"},
		{"Japanese", "Japan", "Tokyo"}, {"Thai", "Thailand", "Bangkok"},
		{"Vietnamese", "Vietnam", "Hanoi"}, {"Australian", "Australia", "Canberra"},
		{"Malaysian", "Malaysia", "Kuala Lumpur"}, {"Philippine", "Philippines", "Manila"},
	}
	genFirst = strings.Fields("Arif Budi Chandra Dewi Eko Fajar Gita Hadi Indra Joko Kartika Lestari Made Nina Oka Putri")
	genLast  = strings.Fields("Santoso Wibowo Hartono Kusuma Pratama Saputra Halim Nugroho Wijaya Gunawan Sutanto Tanoto")
	genVerbs = []string{"agreed to expand", "signed an agreement on", "discussed", "pledged support for", "called for talks on"}
	genTopic = strings.Fields("trade fisheries energy tourism education health railways ports rice nickel coffee security")
	genFill  = strings.Fields(`officials said the programme would run for three years and cover border provinces
ports and farming districts while a joint committee meets every quarter to review progress and report to both
governments on spending schedules and the number of projects completed during the period`)
)

// genArticle returns generated article i as a JSON Lines record of about
// 3 KB: an English story about two countries' ministers, unique per i.
func genArticle(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	a := genCountries[r.IntN(len(genCountries))]
	b := genCountries[r.IntN(len(genCountries))]
	for b == a {
		b = genCountries[r.IntN(len(genCountries))]
	}
	person := func() string {
		return genFirst[r.IntN(len(genFirst))] + " " + genLast[r.IntN(len(genLast))]
	}
	pa, pb := person(), person()
	var s strings.Builder
	fmt.Fprintf(&s, "%s — %s Foreign Minister %s met %s Foreign Minister %s in %s on Monday, story %d.",
		strings.ToUpper(a.capital), a.adj, pa, b.adj, pb, a.capital, i)
	for s.Len() < 3000 {
		s.WriteString("\n\n")
		fmt.Fprintf(&s, "%s and %s %s %s, %s said after the meeting on %d May.",
			a.name, b.name, genVerbs[r.IntN(len(genVerbs))], genTopic[r.IntN(len(genTopic))],
			[]string{pa, pb}[r.IntN(2)], 1+r.IntN(28))
		for range 2 + r.IntN(3) {
			s.WriteByte(' ')
			n := 12 + r.IntN(10)
			start := r.IntN(len(genFill) - n)
			w := strings.Join(genFill[start:start+n], " ")
			s.WriteString(strings.ToUpper(w[:1]) + w[1:] + fmt.Sprintf(" (%d).", r.IntN(1000)))
		}
	}
	rec, _ := json.Marshal(map[string]string{
		"id": fmt.Sprintf("gen-%07d", i), "title": fmt.Sprintf("%s and %s talks %d", a.name, b.name, i),
		"published": fmt.Sprintf("2024-05-%02d", 1+i%28), "outlet": "Generated", "text": s.String(),
	})
	return string(rec)
}

// writeJSONL writes records [from, to) of genArticle to a new file.
func writeJSONL(t testing.TB, path string, from, to int) {
	t.Helper()
	var b bytes.Buffer
	for i := from; i < to; i++ {
		b.WriteString(genArticle(i))
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
