package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal; tests replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// terminalWidth returns the width of w when it is a terminal, else 0.
var terminalWidth = func(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return width
}

// progress shows documents done on a terminal and does nothing otherwise,
// so piped or logged output stays clean.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress returns a progress bar on w when w is a terminal. total is
// the number of documents, or -1 for a spinner with a rate.
func newProgress(w io.Writer, total int) *progress {
	if !isTerminal(w) {
		return &progress{}
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)}
}

// Add counts one more document.
func (p *progress) Add() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// Clear erases the bar so a message can be printed on a clean line; the
// next Add draws it again.
func (p *progress) Clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

// Finish erases the bar for good.
func (p *progress) Finish() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}

// countDocuments returns how many documents inputs hold when that is
// known without reading them: every input is a text or HTML file, one
// document each. Otherwise (folders, JSON Lines, feeds, URLs, stdin) -1.
func countDocuments(inputs []string) int {
	for _, in := range inputs {
		switch strings.ToLower(filepath.Ext(in)) {
		case ".txt", ".html", ".htm":
		default:
			return -1
		}
		fi, err := os.Stat(in)
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
	}
	return len(inputs)
}
