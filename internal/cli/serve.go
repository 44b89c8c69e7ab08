package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/dyad-project/dyad/internal/api"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/ingest"
	"github.com/dyad-project/dyad/internal/pipeline"
	"github.com/dyad-project/dyad/internal/store"
)

func init() {
	register(command{name: "serve", summary: "serve the dashboard and the HTTP API over the database", run: runServe})
}

// defaultAddr is where serve and demo listen unless told otherwise.
const defaultAddr = "127.0.0.1:8080"

// shutdownGrace is how long requests in flight may take to finish once
// the server is told to stop.
const shutdownGrace = 10 * time.Second

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve", "", `
Serves the dashboard at / and the JSON API at /api/v1/ over the database.
POST /api/v1/documents codes and stores posted articles; it needs the
token (--token or DYAD_TOKEN), without which writes are refused. Stops
cleanly on Ctrl-C, letting requests in flight finish.`)
	dbPath := addDBFlag(fs, defaultDBPath(env))
	addr := fs.String("addr", defaultAddr, "address to listen on (host:port; port 0 picks a free one)")
	token := fs.String("token", "", "shared secret for writes, sent as \"Authorization: Bearer TOKEN\" (default $DYAD_TOKEN)")
	protect := fs.Bool("protect-reads", false, "require the token for reads too (the dashboard's files and /healthz stay open)")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	if *token == "" {
		*token = env.getenv("DYAD_TOKEN")
	}
	if *protect && *token == "" {
		return fmt.Errorf("%w: --protect-reads needs a token (--token or DYAD_TOKEN)", errUsage)
	}
	st, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	return serve(ctx, env, st, serveConfig{addr: *addr, token: *token, protectReads: *protect})
}

// serveConfig is what serve needs besides the store.
type serveConfig struct {
	addr         string
	token        string
	protectReads bool
}

// serve listens on cfg.addr, prints the dashboard URL and serves until ctx
// is done, then shuts down gracefully. Being stopped is not an error.
func serve(ctx context.Context, env *Env, st store.Store, cfg serveConfig) error {
	popt := pipeline.DefaultOptions()
	// Requests in flight finish after ctx is done; so do their lookups.
	popt.Registry = storeRegistry{ctx: context.WithoutCancel(ctx), st: st}
	p, err := pipeline.New(popt)
	if err != nil {
		return err
	}
	opt := api.DefaultOptions()
	opt.Token = cfg.token
	opt.ProtectReads = cfg.protectReads
	opt.Ingest = apiIngest(p, st)
	opt.Logger = slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", cfg.addr, err)
	}
	srv := &http.Server{
		Handler:           api.NewServer(st, opt),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	bound := ln.Addr().String()
	if cfg.token == "" && !isLoopback(bound) {
		fmt.Fprintf(env.Stderr, "dyad: warning: serving on %s, reachable from other machines, without a token: anyone can read the data (writes stay disabled); set --token or DYAD_TOKEN\n", bound)
	}
	fmt.Fprintf(env.Stdout, "Dashboard: http://%s/\nAPI:       http://%s%s/\n", bound, bound, api.Prefix)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving on %s: %w", bound, err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// isLoopback reports whether a host:port listens on a loopback address
// only.
func isLoopback(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// apiIngest returns the api.Options.Ingest hook: records become documents
// exactly as JSON Lines input would (news-please names, dates, HTML text),
// run through the pipeline in parallel and are stored in order.
func apiIngest(p *pipeline.Pipeline, st store.Store) func(context.Context, []api.Record) ([]api.IngestResult, error) {
	return func(ctx context.Context, recs []api.Record) ([]api.IngestResult, error) {
		docs, results := recordDocuments(ctx, recs)
		var wg sync.WaitGroup
		sem := make(chan struct{}, runtime.GOMAXPROCS(0))
		for _, d := range docs {
			if d == nil {
				continue
			}
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				p.Process(d)
			}()
		}
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for i, d := range docs {
			if d == nil {
				continue
			}
			res, err := st.PutDocument(ctx, d)
			if err != nil {
				return nil, fmt.Errorf("storing record %d (%s): %w", i+1, d.ID, err)
			}
			results[i] = api.IngestResult{DocID: d.ID, ID: res.ID, Status: string(res.Status), DuplicateOf: res.DuplicateOf, Events: len(d.Events)}
		}
		return results, nil
	}
}

// recordDocuments turns posted records into documents by reading them as
// JSON Lines, so they are read exactly as a .jsonl file would be. A record
// that cannot be read gets a nil document and an error result.
func recordDocuments(ctx context.Context, recs []api.Record) ([]*doc.Document, []api.IngestResult) {
	docs := make([]*doc.Document, len(recs))
	results := make([]api.IngestResult, len(recs))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if r.ID == "" {
			// A record without an id would be named after its line.
			sum := sha256.Sum256([]byte(r.Text))
			r.ID = hex.EncodeToString(sum[:8])
		}
		enc.Encode(r) // cannot fail: strings only
	}
	opt := ingest.DefaultOptions()
	opt.Stdin = &buf
	opt.MaxBytes = int64(buf.Len()) + 1
	i := 0
	ingest.Walk(ctx, []string{"-"}, opt, func(it ingest.Item) error {
		if i >= len(recs) {
			return nil
		}
		if it.Err != nil {
			results[i] = api.IngestResult{DocID: recs[i].ID, Status: "error", Error: fmt.Sprintf("record %d: %v", i+1, unwrapInput(it.Err))}
		} else {
			it.Doc.Origin = "api"
			docs[i] = it.Doc
		}
		i++
		return nil
	})
	for ; i < len(recs); i++ {
		results[i] = api.IngestResult{DocID: recs[i].ID, Status: "error", Error: fmt.Sprintf("record %d was not read", i+1)}
	}
	return docs, results
}

// unwrapInput drops the "stdin:line:" prefix of an ingest error, which
// means nothing to an API client.
func unwrapInput(err error) error {
	var ie *ingest.InputError
	if errors.As(err, &ie) {
		return ie.Err
	}
	return err
}
