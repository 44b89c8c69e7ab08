package clean

import (
	"embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/lexicon"
)

//go:embed data/*.txt
var dataFS embed.FS

// rules is a compiled set of boilerplate rules.
type rules struct {
	exact   map[string]bool
	heading map[string]bool // headings of related-link lists
	prefix  []prefixRule
	suffix  []prefixRule
	widget  map[string]bool
	regexes []*regexp.Regexp
}

type prefixRule struct {
	key string // normalised prefix
	max int    // longest line in runes the rule applies to; 0 = any
}

// Rule kinds, as named in a user's boilerplate file.
const (
	kindExact  = "exact"
	kindPrefix = "prefix"
	kindSuffix = "suffix"
	kindWidget = "widget"
	kindRegex  = "regex"
	// kindHeading heads a list of related links: the heading and the
	// headline lines after it in its block go.
	kindHeading = "heading"
)

// maxRegexLine is the longest line, in bytes, regex rules are tried on:
// boilerplate lines are short, and skipping long paragraphs keeps
// cleaning fast.
const maxRegexLine = 400

// maxWidgetLine is the longest line, in runes, that can be a share bar.
const maxWidgetLine = 100

func loadRules(extra string) (*rules, error) {
	r := &rules{exact: map[string]bool{}, widget: map[string]bool{}, heading: map[string]bool{}}
	files := []struct {
		path, kind string
		opt        lexicon.Options
	}{
		{"data/exact.txt", kindExact, lexicon.DefaultOptions()},
		{"data/prefix.txt", kindPrefix, lexicon.DefaultOptions()},
		{"data/suffix.txt", kindSuffix, lexicon.DefaultOptions()},
		{"data/widget.txt", kindWidget, lexicon.DefaultOptions()},
		{"data/regex.txt", kindRegex, lexicon.Options{MinFields: 1, KeyFields: 1}},
		{"data/heading.txt", kindHeading, lexicon.DefaultOptions()},
	}
	for _, f := range files {
		es, err := lexicon.LoadFS(dataFS, f.path, f.opt)
		if err != nil {
			return nil, fmt.Errorf("clean: %w", err)
		}
		for _, e := range es {
			if err := r.add(f.kind, e.Field(0), e.Field(1), e); err != nil {
				return nil, err
			}
		}
	}
	if extra != "" {
		es, err := lexicon.LoadFile(extra, lexicon.Options{MinFields: 1, KeyFields: 2})
		if err != nil {
			return nil, fmt.Errorf("clean: boilerplate file: %w", err)
		}
		for _, e := range es {
			kind, pat, lim := kindExact, e.Field(0), ""
			if len(e.Fields) > 1 {
				kind, pat, lim = strings.ToLower(e.Field(0)), e.Field(1), e.Field(2)
			}
			if err := r.add(kind, pat, lim, e); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func (r *rules) add(kind, pat, lim string, e lexicon.Entry) error {
	if pat == "" {
		return fmt.Errorf("clean: %s: empty pattern: %w", e.Where(), lexicon.ErrFormat)
	}
	switch kind {
	case kindExact:
		k := exactKey(pat)
		if k == "" {
			return fmt.Errorf("clean: %s: exact line %q is only punctuation: %w", e.Where(), pat, lexicon.ErrFormat)
		}
		r.exact[k] = true
	case kindPrefix, kindSuffix:
		n := 0
		if lim != "" {
			v, err := strconv.Atoi(lim)
			if err != nil || v < 0 {
				return fmt.Errorf("clean: %s: bad length limit %q: %w", e.Where(), lim, lexicon.ErrFormat)
			}
			n = v
		}
		if kind == kindSuffix {
			r.suffix = append(r.suffix, prefixRule{key: exactKey(pat), max: n})
		} else {
			r.prefix = append(r.prefix, prefixRule{key: lineKey(pat), max: n})
		}
	case kindWidget:
		r.widget[strings.ToLower(pat)] = true
	case kindHeading:
		k := exactKey(pat)
		if k == "" {
			return fmt.Errorf("clean: %s: heading %q is only punctuation: %w", e.Where(), pat, lexicon.ErrFormat)
		}
		r.heading[k] = true
	case kindRegex:
		re, err := regexp.Compile(`^(?:` + pat + `)$`)
		if err != nil {
			return fmt.Errorf("clean: %s: %v: %w", e.Where(), err, lexicon.ErrFormat)
		}
		r.regexes = append(r.regexes, re)
	default:
		return fmt.Errorf("clean: %s: unknown rule kind %q (want exact, prefix, suffix, widget, regex or heading): %w", e.Where(), kind, lexicon.ErrFormat)
	}
	return nil
}

// lineKey is the form lines and prefixes are compared in: lower case,
// with no space before a colon ("Baca Juga :" matches "baca juga:").
func lineKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for strings.Contains(s, " :") {
		s = strings.ReplaceAll(s, " :", ":")
	}
	return s
}

// keyTrim holds the punctuation stripped around a line before an exact
// match: "- Advertisement -", "Share this:", "[ Print ]".
const keyTrim = " -–—|•·:;.,*_=~<>»«!?()[]{}\"'"

func exactKey(s string) string { return strings.Trim(lineKey(s), keyTrim) }

// match reports whether the whole line is boilerplate.
func (r *rules) match(line string) bool {
	key := lineKey(line)
	if r.exact[strings.Trim(key, keyTrim)] {
		return true
	}
	n := -1 // rune count, computed lazily
	for _, p := range r.prefix {
		if !strings.HasPrefix(key, p.key) {
			continue
		}
		// A prefix ending in a letter must end at a word boundary:
		// "baca juga" does not match "baca jugalah".
		if last, _ := utf8.DecodeLastRuneInString(p.key); isWordRune(last) && len(key) > len(p.key) {
			if next, _ := utf8.DecodeRuneInString(key[len(p.key):]); isWordRune(next) {
				continue
			}
		}
		if p.max > 0 {
			if n < 0 {
				n = utf8.RuneCountInString(line)
			}
			if n > p.max {
				continue
			}
		}
		return true
	}
	if len(r.suffix) > 0 {
		tk := strings.Trim(key, keyTrim)
		for _, p := range r.suffix {
			if !strings.HasSuffix(tk, p.key) {
				continue
			}
			if rest := tk[:len(tk)-len(p.key)]; rest != "" {
				if prev, _ := utf8.DecodeLastRuneInString(rest); isWordRune(prev) {
					continue
				}
			}
			if p.max > 0 && utf8.RuneCountInString(line) > p.max {
				continue
			}
			return true
		}
	}
	if r.isWidgetLine(key) {
		return true
	}
	if len(line) > maxRegexLine {
		return false
	}
	for _, re := range r.regexes {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isWidgetLine reports whether a short line consists only of share-bar
// words and separators.
func (r *rules) isWidgetLine(key string) bool {
	if utf8.RuneCountInString(key) > maxWidgetLine {
		return false
	}
	words := strings.FieldsFunc(key, func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune("|/·•,;:()[]", c)
	})
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !r.widget[w] {
			return false
		}
	}
	return true
}

// isHeading reports a line that heads a list of related links.
func (r *rules) isHeading(line string) bool {
	return len(line) <= 40 && r.heading[exactKey(line)]
}

// headlineLike reports a line that reads as a linked headline rather than
// a sentence of the story: at most 20 words, ending in no full stop,
// question or exclamation mark or closing quote.
func headlineLike(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || len(strings.Fields(l)) > 20 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(".!?\"”’", last)
}
