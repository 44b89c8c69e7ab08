package cli

import (
	"context"
	"flag"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/api"
	"github.com/dyad-project/dyad/internal/export"
	"github.com/dyad-project/dyad/internal/store"
)

// eventFlags are the event filters export and query share.
type eventFlags struct {
	country, pair, actor, typ, context, status, from, to, text string
	quad, limit                                                int
}

func (ef *eventFlags) add(fs *flag.FlagSet, defLimit int) {
	fs.StringVar(&ef.country, "country", "", "events with this country (ISO 3166-1 alpha-3, or IGO) on either side")
	fs.StringVar(&ef.pair, "pair", "", "events between two countries, in either direction: A,B")
	fs.StringVar(&ef.actor, "actor", "", "events with this actor on either side: a registry id, or part of a name")
	fs.StringVar(&ef.typ, "type", "", "PLOVER event type: "+strings.Join(api.PloverTypes, ", "))
	fs.IntVar(&ef.quad, "quad-class", 0, "quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	fs.StringVar(&ef.context, "context", "", "PLOVER context, such as diplomatic or economic")
	fs.StringVar(&ef.status, "status", "", "event status: "+strings.Join(api.Statuses, ", "))
	fs.StringVar(&ef.from, "from", "", "events on or after this date (YYYY-MM-DD)")
	fs.StringVar(&ef.to, "to", "", "events on or before this date (YYYY-MM-DD)")
	fs.StringVar(&ef.text, "text", "", "words in the evidence text")
	fs.IntVar(&ef.limit, "limit", defLimit, "most events to print (0: all)")
}

var countryCode = regexp.MustCompile(`^[A-Z]{3}$`)

// filter validates the flags and returns the store filter. Mistakes are
// usage errors naming the flag.
func (ef *eventFlags) filter() (store.EventFilter, error) {
	var f store.EventFilter
	bad := func(flag, format string, a ...any) error {
		return fmt.Errorf("%w: --%s: %s", errUsage, flag, fmt.Sprintf(format, a...))
	}
	country := func(flag, s string) (string, error) {
		c := strings.ToUpper(strings.TrimSpace(s))
		if !countryCode.MatchString(c) {
			return "", bad(flag, "%q is not a three-letter country code (ISO 3166-1 alpha-3, or IGO)", s)
		}
		return c, nil
	}
	var err error
	if ef.country != "" {
		if f.Country, err = country("country", ef.country); err != nil {
			return f, err
		}
	}
	if ef.pair != "" {
		a, b, ok := strings.Cut(ef.pair, ",")
		if !ok {
			return f, bad("pair", "%q is not two country codes A,B", ef.pair)
		}
		if f.Pair[0], err = country("pair", a); err != nil {
			return f, err
		}
		if f.Pair[1], err = country("pair", b); err != nil {
			return f, err
		}
	}
	if ef.actor != "" {
		if id, err := strconv.ParseInt(ef.actor, 10, 64); err == nil && id > 0 {
			f.ActorID = id
		} else {
			f.Actor = ef.actor
		}
	}
	if ef.typ != "" {
		f.Type = strings.ToUpper(ef.typ)
		if !slices.Contains(api.PloverTypes, f.Type) {
			return f, bad("type", "unknown PLOVER type %q (want one of %s)", ef.typ, strings.Join(api.PloverTypes, ", "))
		}
	}
	if ef.quad != 0 {
		if ef.quad < 1 || ef.quad > 4 {
			return f, bad("quad-class", "%d is not 1, 2, 3 or 4", ef.quad)
		}
		f.QuadClass = ef.quad
	}
	f.Context = strings.ToLower(strings.TrimSpace(ef.context))
	if ef.status != "" {
		f.Status = strings.ToLower(ef.status)
		if !slices.Contains(api.Statuses, f.Status) {
			return f, bad("status", "unknown status %q (want one of %s)", ef.status, strings.Join(api.Statuses, ", "))
		}
	}
	for _, d := range []struct {
		flag, v string
		to      *string
	}{{"from", ef.from, &f.From}, {"to", ef.to, &f.To}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return f, bad(d.flag, "%q is not a date YYYY-MM-DD", d.v)
		}
		*d.to = d.v
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, fmt.Errorf("%w: --from %s is after --to %s", errUsage, f.From, f.To)
	}
	f.Text = strings.TrimSpace(ef.text)
	if ef.limit < 0 {
		return f, bad("limit", "%d is negative", ef.limit)
	}
	return f, nil
}

// events yields the events matching f from st, at most limit of them (0:
// all), paging through the store. Rows are copied, never shared.
func events(ctx context.Context, st store.Store, f store.EventFilter, limit int) iter.Seq2[store.EventRow, error] {
	if limit > 0 && limit < 500 {
		f.Limit = limit
	}
	all := export.FromStore(ctx, st, f)
	return func(yield func(store.EventRow, error) bool) {
		n := 0
		for e, err := range all {
			if err != nil {
				yield(e, err)
				return
			}
			if limit > 0 && n >= limit {
				return
			}
			n++
			if !yield(e, nil) {
				return
			}
		}
	}
}
