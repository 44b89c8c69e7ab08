package clean

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	"golang.org/x/text/unicode/norm"
)

// Stage is the diagnostic stage name used by this package.
const Stage = "clean"

// Options configure a Cleaner. The zero value is the default.
type Options struct {
	// ExtraBoilerplate is the path of a user file of boilerplate rules
	// added to the embedded ones, or "" for none. Each line is
	// "kind<TAB>pattern[<TAB>max]" with kind exact, prefix, suffix,
	// widget, regex or heading; a line with one field is an exact line.
	ExtraBoilerplate string
	// KeepBoilerplate turns boilerplate removal off.
	KeepBoilerplate bool
	// KeepWrapped turns off the joining of hard-wrapped lines.
	KeepWrapped bool
}

// DefaultOptions returns the options used by the package-level Text:
// embedded rules only, boilerplate removed, wrapped lines joined.
func DefaultOptions() Options {
	return Options{ExtraBoilerplate: "", KeepBoilerplate: false, KeepWrapped: false}
}

// Cleaner cleans text with a fixed set of boilerplate rules. It is safe
// for concurrent use.
type Cleaner struct {
	opt   Options
	rules *rules
}

// New returns a Cleaner with the embedded rules plus the rules of
// opt.ExtraBoilerplate, if set.
func New(opt Options) (*Cleaner, error) {
	r, err := loadRules(opt.ExtraBoilerplate)
	if err != nil {
		return nil, err
	}
	return &Cleaner{opt: opt, rules: r}, nil
}

// defaultCleaner is built at init from the embedded rules, which
// TestEmbeddedRules checks.
var defaultCleaner = func() *Cleaner {
	c, err := New(DefaultOptions())
	if err != nil {
		panic(err)
	}
	return c
}()

// Text cleans raw with the default Cleaner. See Cleaner.Text.
func Text(raw string) (string, []doc.Diagnostic) { return defaultCleaner.Text(raw) }

// Text returns raw cleaned for all later stages, with diagnostics about
// what had to be repaired. The result is valid UTF-8 in NFC, holds one
// paragraph a line separated by a single "\n", and has no leading or
// trailing white space. Cleaning is idempotent.
func (c *Cleaner) Text(raw string) (string, []doc.Diagnostic) {
	var diags []doc.Diagnostic
	if !utf8.ValidString(raw) {
		n := countInvalid(raw)
		diags = append(diags, doc.Diagnostic{Level: doc.Warning, Stage: Stage,
			Message: fmt.Sprintf("invalid UTF-8: %d byte(s) replaced with U+FFFD", n)})
	}
	s, ctl := mapRunes(raw)
	if ctl > 0 {
		diags = append(diags, doc.Diagnostic{Level: doc.Info, Stage: Stage,
			Message: fmt.Sprintf("removed %d control character(s)", ctl)})
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}

	// Split into trimmed lines; blank lines separate blocks.
	var blocks [][]string
	var cur []string
	for line := range strings.SplitSeq(s, "\n") {
		line = squeeze(line)
		if line == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	// Only text laid out in blank-line separated blocks is checked for
	// hard wrapping. Our output has no blank lines, so a second pass never
	// joins lines the first pass kept apart: this keeps Text idempotent.
	joinable := !c.opt.KeepWrapped && len(blocks) > 1

	var b strings.Builder
	b.Grow(len(s))
	for _, blk := range blocks {
		lines := blk[:0:0]
		heading := false // inside a list of related links
		for _, l := range blk {
			if !c.opt.KeepBoilerplate {
				if c.rules.isHeading(l) {
					heading = true
					continue
				}
				if heading && headlineLike(l) {
					continue
				}
				heading = false
				if c.rules.match(l) {
					continue
				}
			}
			lines = append(lines, l)
		}
		if joinable && looksWrapped(lines) {
			j := joinLines(lines)
			if !c.opt.KeepBoilerplate && c.rules.match(j) {
				continue
			}
			lines = []string{j}
		}
		for _, l := range lines {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l)
		}
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		// Joining lines can in theory put a combining mark after a
		// character it composes with.
		out = norm.NFC.String(out)
	}
	return out, diags
}

func countInvalid(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			n++
		}
		i += w
	}
	return n
}

// mapRunes repairs invalid UTF-8, normalises line endings, maps quotes
// and spaces to ASCII and drops control and format characters. It
// returns the number of control characters dropped.
func mapRunes(raw string) (string, int) {
	var b strings.Builder
	b.Grow(len(raw))
	ctl := 0
	prevCR := false
	for _, r := range raw {
		if r >= 0x20 && r < 0x7F {
			// Printable ASCII, most of any text, needs no mapping.
			prevCR = false
			b.WriteByte(byte(r))
			continue
		}
		if prevCR && r == '\n' {
			prevCR = false
			continue
		}
		prevCR = false
		switch r {
		case '\n':
			b.WriteByte('\n')
			continue
		case '\r':
			prevCR = true
			b.WriteByte('\n')
			continue
		case '\v', '\f', 0x85, 0x2028, 0x2029:
			b.WriteByte('\n')
			continue
		case '\t':
			b.WriteByte(' ')
			continue
		case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035:
			b.WriteByte('\'')
			continue
		case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036:
			b.WriteByte('"')
			continue
		}
		switch {
		case r < 0x20 || (r >= 0x7F && r <= 0x9F):
			ctl++
		case unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case unicode.Is(unicode.Cf, r):
			// soft hyphen, zero-width characters, bidi marks, BOM
		default:
			b.WriteRune(r) // utf8.RuneError for invalid bytes
		}
	}
	return b.String(), ctl
}

// squeeze collapses runs of spaces to one and trims the line.
func squeeze(line string) string {
	line = strings.Trim(line, " ")
	if !strings.Contains(line, "  ") {
		return line
	}
	var b strings.Builder
	b.Grow(len(line))
	sp := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == ' ' {
			if sp {
				continue
			}
			sp = true
		} else {
			sp = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// looksWrapped reports whether the lines of a block are one paragraph
// broken at a fixed width: each line but the last is long, and the next
// line's first word would not have fitted on it (a greedy wrapper broke
// it), and most of them do not end a sentence.
func looksWrapped(lines []string) bool {
	n := len(lines)
	if n < 2 {
		return false
	}
	w := 0
	lens := make([]int, n)
	for i, l := range lines {
		if isListItem(l) {
			return false
		}
		lens[i] = utf8.RuneCountInString(l)
		w = max(w, lens[i])
	}
	if w < 40 || w > 120 {
		return false
	}
	open := 0
	for i := 0; i < n-1; i++ {
		if lens[i] < 25 {
			return false
		}
		next := lines[i+1]
		fw := strings.IndexByte(next, ' ')
		if fw < 0 {
			fw = len(next)
		}
		if lens[i]+1+utf8.RuneCountInString(next[:fw]) <= w {
			return false // the next word would have fitted: a real break
		}
		if !endsSentence(lines[i]) {
			open++
		}
	}
	if n == 2 {
		r, _ := utf8.DecodeRuneInString(lines[1])
		last, _ := utf8.DecodeLastRuneInString(lines[0])
		return open == 1 && (unicode.IsLower(r) || strings.ContainsRune(",;-–(", last))
	}
	return open*2 >= n-1
}

func endsSentence(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?:\"')…", r)
}

func isListItem(l string) bool {
	r, w := utf8.DecodeRuneInString(l)
	if strings.ContainsRune("-*•·▪◦‣–—>", r) && len(l) > w && l[w] == ' ' {
		return true
	}
	i := 0
	for i < len(l) && i < 3 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' '
}

// joinLines joins wrapped lines with a space, or with nothing after a
// hyphen that follows a letter ("Asia-" + "Africa").
func joinLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			hy := false
			if strings.HasSuffix(prev, "-") && len(prev) > 1 {
				r, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
				hy = unicode.IsLetter(r)
			}
			if !hy {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}
