package pipeline_test

import (
	"fmt"
	"runtime"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
)

// FuzzPipeline runs the whole pipeline over arbitrary raw text and checks
// what every later consumer relies on: no panic, valid UTF-8 in Text, and
// every span inside Text, ordered and on rune boundaries. It is seeded from
// the fixture articles (as ingest gives them, and their HTML or JSON as
// stored, which is what a mis-sniffed input would look like).
//
//	go test ./internal/pipeline -run '^$' -fuzz FuzzPipeline -fuzztime 60s
func FuzzPipeline(f *testing.F) {
	for _, fx := range loadFixtures(f) {
		f.Add(fx.doc.Raw)
		if fx.Input != "input.txt" {
			f.Add(string(fx.Source))
		}
	}
	for _, s := range []string{
		"",
		" ",
		"\n\n\n",
		"a",
		"Dr.",
		"JAKARTA, 5 Agustus (Antara) —",
		"\"",
		"\xff\xfe\x00",
		"Indonesia dan Kamboja sepakat.",
		"é\u0301\u200b\u00a0…",
	} {
		f.Add(s)
	}
	p := newPipeline(f, "")
	f.Fuzz(func(t *testing.T, raw string) {
		d := &doc.Document{ID: "fuzz", Raw: raw, Published: "2024-03-15"}
		// A hang is a bug too: the fuzzer itself never times an input
		// out, so fail with every goroutine's stack after processTimeout.
		done := make(chan struct{})
		go func() {
			defer close(done)
			p.Process(d)
		}()
		select {
		case <-done:
		case <-time.After(processTimeout):
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("Process did not finish within %v on %d bytes of input; goroutines:\n%s", processTimeout, len(raw), buf)
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("Text is not valid UTF-8: %q", d.Text)
		}
		for _, s := range docSpans(d) {
			if err := checkSpan(d.Text, s.span); err != nil {
				t.Errorf("%s: %v", s.what, err)
			}
		}
	})
}

// processTimeout bounds one Process call in FuzzPipeline. A fixture-sized
// article takes milliseconds; fuzz inputs stay under a few hundred KB.
const processTimeout = 10 * time.Second

type namedSpan struct {
	what string
	span doc.Span
}

// docSpans lists every span the stages put on d, named for messages.
func docSpans(d *doc.Document) []namedSpan {
	var out []namedSpan
	add := func(sp doc.Span, format string, args ...any) {
		out = append(out, namedSpan{fmt.Sprintf(format, args...), sp})
	}
	if d.Dateline != nil {
		add(d.Dateline.Span, "dateline")
	}
	for i, p := range d.Paragraphs {
		add(p.Span, "paragraph %d", i)
	}
	for i, s := range d.Sentences {
		add(s.Span, "sentence %d", i)
		for j, tk := range s.Tokens {
			add(tk.Span, "sentence %d token %d", i, j)
		}
	}
	for _, a := range d.Actors {
		for j, m := range a.Mentions {
			add(m, "actor %s mention %d", a.ID, j)
		}
	}
	for _, e := range d.Events {
		add(e.Trigger, "event %s trigger", e.ID)
		if e.DateSpan != nil {
			add(*e.DateSpan, "event %s date", e.ID)
		}
		if e.Location != nil && e.Location.Span != nil {
			add(*e.Location.Span, "event %s location", e.ID)
		}
		for j, ev := range e.Evidence {
			add(ev.Span, "event %s evidence %d", e.ID, j)
		}
	}
	for i, q := range d.Quotes {
		add(q.Span, "quote %d", i)
	}
	for i, fg := range d.Figures {
		add(fg.Span, "figure %d", i)
	}
	for i, dg := range d.Diagnostics {
		if dg.Span != nil {
			add(*dg.Span, "diagnostic %d (%s)", i, dg.Message)
		}
	}
	return out
}

// checkSpan reports a span outside text, reversed, or cutting a rune.
func checkSpan(text string, s doc.Span) error {
	switch {
	case s.Start < 0 || s.End > len(text) || s.Start > s.End:
		return fmt.Errorf("span [%d,%d) outside [0,%d] or reversed", s.Start, s.End, len(text))
	case s.Start < len(text) && !utf8.RuneStart(text[s.Start]):
		return fmt.Errorf("span [%d,%d) starts inside a rune", s.Start, s.End)
	case s.End < len(text) && !utf8.RuneStart(text[s.End]):
		return fmt.Errorf("span [%d,%d) ends inside a rune", s.Start, s.End)
	}
	return nil
}
