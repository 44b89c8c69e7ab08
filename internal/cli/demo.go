package cli

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/dyad-project/dyad/internal/demo"
	"github.com/dyad-project/dyad/internal/pipeline"
)

func init() {
	register(command{name: "demo", summary: "store the bundled sample articles and serve the dashboard", run: runDemo})
}

func runDemo(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "demo", "", `
Codes the sample English and Indonesian articles bundled with dyad, stores
them in a demo database (kept apart from the one ingest uses), prints what
was stored and serves the dashboard and the API over it, as dyad serve
does. Running it again stores nothing twice.`)
	dbPath := fs.String("db", cachePath("demo.db"), "SQLite database file for the demo")
	addr := fs.String("addr", defaultAddr, "address to listen on (host:port; port 0 picks a free one)")
	noServe := fs.Bool("no-serve", false, "stop after storing the articles")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	docs, err := demo.Documents()
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	popt := pipeline.DefaultOptions()
	popt.Registry = storeRegistry{ctx: ctx, st: st}
	p, err := pipeline.New(popt)
	if err != nil {
		return err
	}

	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DOCUMENT\tLANG\tPUBLISHED\tACTORS\tEVENTS\tSTORED")
	var t ingestTally
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.Process(d)
		res, err := st.PutDocument(ctx, d)
		if err != nil {
			return fmt.Errorf("storing %s: %w", d.Origin, err)
		}
		t.add(res, len(d.Events))
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", d.ID, d.Language, orDash(d.Published), len(d.Actors), len(d.Events), res.Status)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "\n%v; the database %s holds %d documents, %d events, %d actors\n",
		&t, *dbPath, stats.Documents, stats.Events, stats.Actors)
	if *noServe {
		return nil
	}
	fmt.Fprintln(env.Stdout)
	return serve(ctx, env, st, serveConfig{addr: *addr})
}

// orDash returns s, or "-" when it is empty, for table cells.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
