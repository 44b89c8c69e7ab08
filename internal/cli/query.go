package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/store"
)

func init() {
	register(command{name: "query", summary: "print a table of stored events matching filters", run: runQuery})
}

// queryEvidenceWidth is the evidence column's width when standard output
// is not a terminal.
const queryEvidenceWidth = 60

func runQuery(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "query", "", `
Prints the stored events that match the filters as a table, newest first:
date, type, source and target, status, quad class, Goldstein score and
the start of the evidence. Use dyad export for every field.`)
	dbPath := addDBFlag(fs, defaultDBPath(env))
	var ef eventFlags
	ef.add(fs, 50)
	if err := parseNone(fs, args); err != nil {
		return err
	}
	f, err := ef.filter()
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()

	fetch := ef.limit
	if fetch > 0 {
		fetch++ // one more tells whether there are more
	}
	rows := [][]string{{"DATE", "TYPE", "SOURCE → TARGET", "STATUS", "QUAD", "GOLDSTEIN", "EVIDENCE"}}
	more := false
	for e, err := range events(ctx, st, f, fetch) {
		if err != nil {
			return err
		}
		if ef.limit > 0 && len(rows)-1 == ef.limit {
			more = true
			break
		}
		ev := ""
		if len(e.Evidence) > 0 {
			ev = strings.Join(strings.Fields(e.Evidence[0].Text), " ")
		}
		typ := e.Type
		if e.Mode != "" {
			typ += "/" + e.Mode
		}
		rows = append(rows, []string{orDash(e.Date), typ, truncate(side(e.Source), 32) + " → " + truncate(side(e.Target), 32), e.Status,
			strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', 1, 64), ev})
	}
	printTable(env, rows)
	n := len(rows) - 1
	switch {
	case more:
		fmt.Fprintf(env.Stdout, "%d events shown; more match (raise --limit, or 0 for all)\n", n)
	case n == 1:
		fmt.Fprintln(env.Stdout, "1 event")
	default:
		fmt.Fprintf(env.Stdout, "%d events\n", n)
	}
	return nil
}

// side names one side of an event: "Name (CCC)", "CCC" or "?".
func side(s store.SideRow) string {
	switch {
	case s.Name != "" && s.Country != "":
		return s.Name + " (" + s.Country + ")"
	case s.Name != "":
		return s.Name
	case s.Country != "":
		return s.Country
	}
	return "?"
}

// printTable prints rows in aligned columns, two spaces apart. The last
// column is cut to fit a terminal, or to queryEvidenceWidth otherwise.
func printTable(env *Env, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	cols := len(rows[0])
	widths := make([]int, cols)
	for _, r := range rows {
		for i, c := range r[:cols-1] {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	last := queryEvidenceWidth
	if tw := terminalWidth(env.Stdout); tw > 0 {
		used := 0
		for _, w := range widths[:cols-1] {
			used += w + 2
		}
		last = max(tw-used-1, 20)
	}
	var b strings.Builder
	for _, r := range rows {
		b.Reset()
		for i, c := range r {
			if i == cols-1 {
				b.WriteString(truncate(c, last))
				break
			}
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
		}
		fmt.Fprintln(env.Stdout, strings.TrimRight(b.String(), " "))
	}
}

// truncate cuts s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
