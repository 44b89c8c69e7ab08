package cli

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/store"
)

func init() {
	register(command{name: "actors", summary: "list, search, show, merge and pin actors of the registry", run: runActors})
}

func runActors(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "actors", "list | search QUERY | show ID | merge INTO FROM | pin FILE.tsv", `
Works on the cross-document actor registry: the people, institutions and
groups seen in stored documents.

  list               actors, most mentioned first
  search QUERY       actors whose name or an alias contains QUERY
  show ID            one actor: aliases, titles with first and last seen
  merge INTO FROM    fold actor FROM into actor INTO (same person twice)
  pin FILE.tsv       fix countries and sectors: one actor a line,
                     name<TAB>country<TAB>sector<TAB>aliases,comma,separated
                     ('#' starts a comment; empty fields change nothing)`)
	dbPath := addDBFlag(fs, defaultDBPath(env))
	country := fs.String("country", "", "list or search only actors of this country")
	limit := fs.Int("limit", 50, "most actors to list")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return fmt.Errorf("%w: no subcommand given (list, search, show, merge or pin)", errUsage)
	}
	want := map[string]int{"list": 0, "search": 1, "show": 1, "merge": 2, "pin": 1}
	n, ok := want[pos[0]]
	if !ok {
		return fmt.Errorf("%w: unknown subcommand %q (want list, search, show, merge or pin)", errUsage, pos[0])
	}
	if len(pos)-1 != n {
		return fmt.Errorf("%w: actors %s takes %d argument(s), got %d", errUsage, pos[0], n, len(pos)-1)
	}
	if *limit < 1 {
		return fmt.Errorf("%w: --limit: %d is not positive", errUsage, *limit)
	}
	var ids []int64
	if pos[0] == "show" || pos[0] == "merge" {
		for _, a := range pos[1:] {
			id, err := strconv.ParseInt(a, 10, 64)
			if err != nil || id <= 0 {
				return fmt.Errorf("%w: actor id %q is not a positive number (see dyad actors list)", errUsage, a)
			}
			ids = append(ids, id)
		}
	}
	st, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()

	switch pos[0] {
	case "list", "search":
		f := store.ActorFilter{Country: strings.ToUpper(*country), Limit: *limit}
		if pos[0] == "search" {
			f.Query = pos[1]
		}
		as, err := st.Actors(ctx, f)
		if err != nil {
			return err
		}
		printActors(env, as)
	case "show":
		a, err := st.Actor(ctx, ids[0])
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("no actor with id %d", ids[0])
		}
		if err != nil {
			return err
		}
		printActor(env, a)
	case "merge":
		if ids[0] == ids[1] {
			return fmt.Errorf("%w: cannot merge actor %d into itself", errUsage, ids[0])
		}
		if err := st.MergeActors(ctx, ids[0], ids[1]); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("merging actor %d into %d: %w", ids[1], ids[0], err)
			}
			return err
		}
		fmt.Fprintf(env.Stdout, "merged actor %d into %d\n", ids[1], ids[0])
	case "pin":
		return pinActors(ctx, env, st, pos[1])
	}
	return nil
}

func printActors(env *Env, as []store.RegistryActor) {
	rows := [][]string{{"ID", "NAME", "COUNTRY", "SECTOR", "MENTIONS", "DOCS", "TITLES"}}
	for _, a := range as {
		var titles []string
		for _, t := range a.Titles {
			titles = append(titles, t.Title)
		}
		rows = append(rows, []string{strconv.FormatInt(a.ID, 10), truncate(a.Name, 40), orDash(a.Country), orDash(a.Sector),
			strconv.Itoa(a.Mentions), strconv.Itoa(a.Documents), strings.Join(titles, "; ")})
	}
	printTable(env, rows)
	fmt.Fprintf(env.Stdout, "%d actors\n", len(as))
}

func printActor(env *Env, a *store.RegistryActor) {
	w := env.Stdout
	pinned := ""
	if a.Pinned {
		pinned = " (pinned)"
	}
	fmt.Fprintf(w, "%d  %s\n", a.ID, a.Name)
	fmt.Fprintf(w, "  kind:      %s\n", a.Kind)
	fmt.Fprintf(w, "  country:   %s%s\n", orDash(a.Country), pinned)
	fmt.Fprintf(w, "  sector:    %s\n", orDash(a.Sector))
	if a.Org != "" {
		fmt.Fprintf(w, "  org:       %s\n", a.Org)
	}
	fmt.Fprintf(w, "  seen:      %s to %s\n", orDash(a.FirstSeen), orDash(a.LastSeen))
	fmt.Fprintf(w, "  counts:    %d mentions in %d documents, %d events\n", a.Mentions, a.Documents, a.Events)
	fmt.Fprintf(w, "  aliases:   %s\n", orDash(strings.Join(a.Aliases, "; ")))
	if len(a.Titles) == 0 {
		fmt.Fprintln(w, "  titles:    -")
		return
	}
	fmt.Fprintln(w, "  titles:")
	for _, t := range a.Titles {
		fmt.Fprintf(w, "    %s  (%d×, %s to %s)\n", t.Title, t.Count, orDash(t.FirstSeen), orDash(t.LastSeen))
	}
}

// pinActors applies every line of a pin file. A line naming no stored
// actor is reported with its file:line and the others still apply.
func pinActors(ctx context.Context, env *Env, st store.Store, path string) error {
	entries, err := lexicon.LoadFile(path, lexicon.Options{MinFields: 2})
	if err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	pinned, failed := 0, 0
	for _, e := range entries {
		p := store.ActorPin{Name: e.Field(0), Country: strings.ToUpper(e.Field(1)), Sector: strings.ToUpper(e.Field(2))}
		for _, a := range strings.Split(e.Field(3), ",") {
			if a = strings.TrimSpace(a); a != "" {
				p.Aliases = append(p.Aliases, a)
			}
		}
		if p.Country != "" && !countryCode.MatchString(p.Country) {
			failed++
			fmt.Fprintf(env.Stderr, "dyad actors: %s: country %q is not a three-letter code (ISO 3166-1 alpha-3, or IGO)\n", e.Where(), e.Field(1))
			continue
		}
		err := st.PinActor(ctx, p)
		switch {
		case errors.Is(err, store.ErrNotFound):
			failed++
			fmt.Fprintf(env.Stderr, "dyad actors: %s: no stored actor is named %q\n", e.Where(), p.Name)
		case err != nil:
			return fmt.Errorf("%s: %w", e.Where(), err)
		default:
			pinned++
		}
	}
	fmt.Fprintf(env.Stdout, "pinned %d actors from %s (%d lines failed)\n", pinned, path, failed)
	if failed > 0 {
		return errPartial
	}
	return nil
}
