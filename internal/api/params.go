package api

import (
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// PloverTypes are the 16 PLOVER event types the type filter accepts.
var PloverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

// Statuses are the event status values.
var Statuses = []string{"reported", "planned", "negated", "hypothetical"}

var (
	reISO3    = regexp.MustCompile(`^[A-Z]{3}$`)
	reContext = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,39}$`)
)

// maxText bounds free-text parameters.
const maxText = 200

// params validates a request's query string; the first problem found is
// kept in err, and later getters return zero values.
type params struct {
	v   url.Values
	err *apiError
}

// query returns the request's parameters, rejecting unknown and repeated
// ones so a typo is an error rather than a silently ignored filter.
func query(r *http.Request, allowed ...string) *params {
	v, err := url.ParseQuery(r.URL.RawQuery)
	p := &params{v: v}
	if err != nil {
		p.err = errBadRequest("malformed query string: %v", err)
		return p
	}
	for k, vs := range v {
		if !contains(allowed, k) {
			p.err = errBadRequest("unknown parameter %q; this endpoint takes: %s", k, strings.Join(allowed, ", "))
			return p
		}
		if len(vs) > 1 {
			p.err = errBadRequest("parameter %q given %d times", k, len(vs))
			return p
		}
	}
	return p
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = errBadRequest(format, args...)
	}
}

// str returns a free-text parameter of at most maxText bytes.
func (p *params) str(name string) string {
	s := strings.TrimSpace(p.v.Get(name))
	if len(s) > maxText {
		p.fail("%s must be at most %d bytes, got %d", name, maxText, len(s))
		return ""
	}
	return s
}

// country returns an ISO 3166-1 alpha-3 code (or IGO), upper-cased.
func (p *params) country(name string) string {
	s := p.v.Get(name)
	if s == "" {
		return ""
	}
	return p.iso3(name, s)
}

func (p *params) iso3(name, s string) string {
	u := strings.ToUpper(s)
	if !reISO3.MatchString(u) {
		p.fail("%s must be a three-letter ISO 3166-1 alpha-3 code such as IDN, got %q", name, s)
		return ""
	}
	return u
}

// date returns a YYYY-MM-DD parameter.
func (p *params) date(name string) string {
	s := p.v.Get(name)
	if s == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		p.fail("%s must be a date YYYY-MM-DD, got %q", name, s)
		return ""
	}
	return s
}

// dateRange returns the from and to parameters, checking from <= to.
func (p *params) dateRange() (string, string) {
	from, to := p.date("from"), p.date("to")
	if from != "" && to != "" && from > to {
		p.fail("from (%s) is after to (%s)", from, to)
	}
	return from, to
}

// intIn returns an integer parameter in [lo, hi], or def when absent.
func (p *params) intIn(name string, lo, hi, def int) int {
	s := p.v.Get(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		p.fail("%s must be an integer, got %q", name, s)
		return def
	}
	if n < lo || n > hi {
		p.fail("%s must be %d-%d, got %d", name, lo, hi, n)
		return def
	}
	return n
}

// id returns a positive integer parameter, or 0 when absent.
func (p *params) id(name string) int64 {
	s := p.v.Get(name)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 {
		p.fail("%s must be a positive integer, got %q", name, s)
		return 0
	}
	return n
}

// enum returns a parameter that must be one of vals (compared after fold).
func (p *params) enum(name string, vals ...string) string {
	s := p.v.Get(name)
	if s == "" {
		return ""
	}
	for _, v := range vals {
		if strings.EqualFold(s, v) {
			return v
		}
	}
	p.fail("%s must be one of %s, got %q", name, strings.Join(vals, ", "), s)
	return ""
}

// context returns a PLOVER context name.
func (p *params) context(name string) string {
	s := p.v.Get(name)
	if s == "" {
		return ""
	}
	l := strings.ToLower(s)
	if !reContext.MatchString(l) {
		p.fail("%s must be a PLOVER context name such as diplomatic, got %q", name, s)
		return ""
	}
	return l
}

// cursor returns an opaque paging cursor; the store validates it.
func (p *params) cursor() string {
	s := p.v.Get("cursor")
	if len(s) > 1024 {
		p.fail("cursor is too long")
		return ""
	}
	return s
}

// pathID parses a positive integer path value.
func pathID(r *http.Request, name string) (int64, error) {
	s := r.PathValue(name)
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 {
		return 0, errBadRequest("%s must be a positive integer, got %q", name, s)
	}
	return n, nil
}
