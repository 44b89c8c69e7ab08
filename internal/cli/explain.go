package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

func init() {
	register(command{name: "explain", summary: "show why each event was coded: trigger, rule, lexicon lines, evidence", run: runExplain})
}

func runExplain(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "explain", "INPUT...", `
Runs the pipeline over the inputs, storing nothing, and prints for each
document every event with how it was coded: the trigger words, the rule
that fired, the lexicon lines (file:line) behind it, its date, place and
evidence, each with its byte span in the cleaned text; then the actors
with their mentions and the document's diagnostics.`)
	format := fs.String("format", "text", "output format: text")
	var cf commonFlags
	cf.add(fs)
	inputs, err := parseInputs(fs, args)
	if err != nil {
		return err
	}
	if *format != "text" {
		return fmt.Errorf("%w: unknown --format %q (want text)", errUsage, *format)
	}
	first := true
	return processInputs(ctx, env, "explain", inputs, cf, func(out io.Writer, d *doc.Document) error {
		if !first {
			fmt.Fprintln(out)
		}
		first = false
		explain(out, d)
		return nil
	})
}

// explain prints one document's events and actors for people.
func explain(w io.Writer, d *doc.Document) {
	fmt.Fprintf(w, "== %s  (%s, published %s, %s)\n", d.ID, d.Language, orDash(d.Published), d.Origin)
	if d.Title != "" {
		fmt.Fprintf(w, "   %s\n", d.Title)
	}
	if dl := d.Dateline; dl != nil {
		fmt.Fprintf(w, "   dateline %s %q: place %s, date %s, outlet %s\n", span(dl.Span), dl.Span.Of(d.Text), orDash(dl.Place), orDash(dl.Date), orDash(dl.Outlet))
	}
	fmt.Fprintf(w, "\n%d events\n", len(d.Events))
	for _, e := range d.Events {
		head := e.Type
		if e.Mode != "" {
			head += " / " + e.Mode
		}
		fmt.Fprintf(w, "\n%s  %s  (%s)\n", e.ID, head, e.Status)
		dir := "→"
		if !e.Directed {
			dir = "↔"
		}
		fmt.Fprintf(w, "  source → target  %s %s %s\n", explainSide(d, e.Source), dir, explainSide(d, e.Target))
		date := orDash(e.Date)
		if e.DateEnd != "" {
			date += " to " + e.DateEnd
		}
		if e.DateText != "" {
			date += fmt.Sprintf("  from %q", e.DateText)
		}
		if e.DateSpan != nil {
			date += " " + span(*e.DateSpan)
		}
		fmt.Fprintf(w, "  date             %s\n", date)
		if l := e.Location; l != nil {
			loc := l.Name
			if l.Country != "" {
				loc += " (" + l.Country + ")"
			}
			if l.Span != nil {
				loc += " " + span(*l.Span)
			}
			fmt.Fprintf(w, "  location         %s\n", loc)
		}
		fmt.Fprintf(w, "  contexts         %s\n", orDash(strings.Join(e.Contexts, ", ")))
		fmt.Fprintf(w, "  cameo            %s  quad class %d  goldstein %.1f\n", orDash(e.CAMEO), e.QuadClass, e.Goldstein)
		fmt.Fprintf(w, "  trigger          %q %s\n", e.Trigger.Of(d.Text), span(e.Trigger))
		fmt.Fprintf(w, "  rule             %s\n", orDash(e.Rule))
		if len(e.Lexicon) == 0 {
			fmt.Fprintln(w, "  lexicon          -")
		}
		for i, l := range e.Lexicon {
			label := ""
			if i == 0 {
				label = "lexicon"
			}
			fmt.Fprintf(w, "  %-16s %s\n", label, l)
		}
		for i, ev := range e.Evidence {
			label := ""
			if i == 0 {
				label = "evidence"
			}
			fmt.Fprintf(w, "  %-16s %s %s\n", label, span(ev.Span), oneLine(ev.Text))
		}
	}
	fmt.Fprintf(w, "\n%d actors\n", len(d.Actors))
	for _, a := range d.Actors {
		var tags []string
		for _, t := range []string{a.Kind, a.Country, a.Sector, a.Org} {
			if t != "" {
				tags = append(tags, t)
			}
		}
		fmt.Fprintf(w, "  %s  %s (%s)", a.ID, a.Name, strings.Join(tags, ", "))
		if a.Title != "" {
			fmt.Fprintf(w, "  title %q", a.Title)
		}
		fmt.Fprintln(w)
		var ms []string
		for _, m := range a.Mentions {
			ms = append(ms, fmt.Sprintf("%s %q", span(m), m.Of(d.Text)))
		}
		fmt.Fprintf(w, "      mentions %s\n", strings.Join(ms, ", "))
	}
	if len(d.Diagnostics) > 0 {
		fmt.Fprintf(w, "\n%d diagnostics\n", len(d.Diagnostics))
		for _, g := range d.Diagnostics {
			stage := ""
			if g.Stage != "" {
				stage = g.Stage + ": "
			}
			fmt.Fprintf(w, "  %s %s%s\n", g.Level, stage, g.Message)
		}
	}
}

// explainSide prints "Name [A1] (KHM, GOV)" for one side of an event.
func explainSide(d *doc.Document, s doc.Side) string {
	name := s.Name
	if name == "" {
		name = s.Country
	}
	if name == "" {
		return "?"
	}
	if s.Actor != "" {
		name += " [" + s.Actor + "]"
	}
	var tags []string
	for _, t := range []string{s.Country, s.Sector} {
		if t != "" {
			tags = append(tags, t)
		}
	}
	if len(tags) > 0 && !(len(tags) == 1 && tags[0] == s.Name) {
		name += " (" + strings.Join(tags, ", ") + ")"
	}
	return name
}

// span prints a span as [start,end).
func span(s doc.Span) string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// oneLine folds runs of white space, newlines included, to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
