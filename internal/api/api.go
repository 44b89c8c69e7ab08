package api

import (
	"context"
	"crypto/subtle"
	_ "embed"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/store"
	"github.com/dyad-project/dyad/web"
)

// Prefix is the path prefix of every API endpoint.
const Prefix = "/api/v1"

//go:embed openapi.json
var openapiJSON []byte

// Options configures the API. Use DefaultOptions and change what you need.
type Options struct {
	// Token is the shared secret for writes (and for reads when
	// ProtectReads is set). Empty disables POST endpoints: they answer 403.
	Token string
	// ProtectReads makes GET endpoints require the token too; /healthz and
	// the dashboard's static files stay open.
	ProtectReads bool
	// MaxBodyBytes bounds a request body; larger bodies get 413. 0 means
	// 8 MiB.
	MaxBodyBytes int64
	// RequestTimeout bounds the work of one read request; past it the
	// request fails with 503. 0 means 15 s.
	RequestTimeout time.Duration
	// IngestTimeout bounds one POST /documents, which runs the whole
	// pipeline on every record. 0 means 2 min.
	IngestTimeout time.Duration
	// Ingest runs the pipeline on posted records and stores them. It must
	// return one result per record, in order. Nil makes POST /documents
	// answer 501.
	Ingest func(ctx context.Context, recs []Record) ([]IngestResult, error)
	// Logger receives request logs at debug level and server errors at
	// error level. Nil discards them.
	Logger *slog.Logger
}

// DefaultOptions returns Options with every limit filled and no token (so
// writes are disabled until one is set).
func DefaultOptions() Options {
	return Options{
		MaxBodyBytes:   8 << 20,
		RequestTimeout: 15 * time.Second,
		IngestTimeout:  2 * time.Minute,
		Logger:         slog.New(slog.DiscardHandler),
	}
}

func (o *Options) fill() {
	d := DefaultOptions()
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = d.MaxBodyBytes
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = d.RequestTimeout
	}
	if o.IngestTimeout <= 0 {
		o.IngestTimeout = d.IngestTimeout
	}
	if o.Logger == nil {
		o.Logger = d.Logger
	}
}

// server holds the state shared by the handlers.
type server struct {
	st  store.Store
	opt Options
	log *slog.Logger
}

// route is one registered endpoint.
type route struct {
	method, path string
	write        bool // needs the token always
	open         bool // never needs the token
	h            func(s *server, w http.ResponseWriter, r *http.Request) error
}

// routes lists every endpoint; the OpenAPI test checks each appears in
// openapi.json.
var routes = []route{
	{method: "GET", path: "/healthz", open: true, h: (*server).healthz},
	{method: "GET", path: Prefix + "/openapi.json", h: (*server).openapi},
	{method: "GET", path: Prefix + "/stats", h: (*server).stats},
	{method: "GET", path: Prefix + "/documents", h: (*server).documents},
	{method: "POST", path: Prefix + "/documents", write: true, h: (*server).postDocuments},
	{method: "GET", path: Prefix + "/documents/{id}", h: (*server).document},
	{method: "GET", path: Prefix + "/events", h: (*server).events},
	{method: "GET", path: Prefix + "/events/{id}", h: (*server).event},
	{method: "GET", path: Prefix + "/actors", h: (*server).actors},
	{method: "GET", path: Prefix + "/actors/{id}", h: (*server).actor},
	{method: "GET", path: Prefix + "/dyads/{a}/{b}", h: (*server).dyad},
	{method: "GET", path: Prefix + "/network", h: (*server).network},
}

// New returns the API handler: /api/v1/... and /healthz. Any other path
// answers a JSON 404.
func New(st store.Store, opt Options) http.Handler {
	mux := http.NewServeMux()
	s := mount(mux, st, opt)
	mux.Handle("/", s.wrap(route{open: true}, func(w http.ResponseWriter, r *http.Request) error {
		return errNotFound("no such path: " + r.URL.Path)
	}))
	return mux
}

// NewServer returns the API (as New) with the dashboard from package web
// served at /. This is the handler for `dyad serve`.
func NewServer(st store.Store, opt Options) http.Handler {
	mux := http.NewServeMux()
	mount(mux, st, opt)
	mux.Handle("/", web.Handler())
	return mux
}

// mount registers every route on mux.
func mount(mux *http.ServeMux, st store.Store, opt Options) *server {
	opt.fill()
	s := &server{st: st, opt: opt, log: opt.Logger}
	allow := map[string][]string{}
	for _, rt := range routes {
		mux.Handle(rt.method+" "+rt.path, s.wrap(rt, func(w http.ResponseWriter, r *http.Request) error { return rt.h(s, w, r) }))
		allow[rt.path] = append(allow[rt.path], rt.method)
	}
	// A pattern without a method catches the other methods of each path,
	// so 405 is JSON too.
	for path, methods := range allow {
		if contains(methods, "GET") {
			methods = append(methods, "HEAD")
		}
		allowed := strings.Join(methods, ", ")
		mux.Handle(path, s.wrap(route{open: true}, func(w http.ResponseWriter, r *http.Request) error {
			w.Header().Set("Allow", allowed)
			return &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
				msg: "method " + r.Method + " is not allowed on " + r.URL.Path + "; allowed: " + allowed}
		}))
	}
	mux.Handle(Prefix+"/", s.wrap(route{open: true}, func(w http.ResponseWriter, r *http.Request) error {
		return errNotFound("no such endpoint: " + r.Method + " " + r.URL.Path)
	}))
	return s
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// statusWriter records the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// wrap adds recovery, logging, authentication, body limits and the
// timeout around h, and writes the error h returns.
func (s *server) wrap(rt route, h func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		start := time.Now()
		w := &statusWriter{ResponseWriter: rw}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("api: panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				if w.status == 0 {
					s.writeError(w, r, errInternal)
				}
			}
			s.log.Debug("api: request", "method", r.Method, "path", r.URL.Path, "status", w.status, "duration", time.Since(start))
		}()
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if !rt.open {
			if err := s.authorize(r, rt.write); err != nil {
				s.writeError(w, r, err)
				return
			}
		}
		timeout := s.opt.RequestTimeout
		if rt.write {
			timeout = s.opt.IngestTimeout
			r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBodyBytes)
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		if err := h(w, r.WithContext(ctx)); err != nil {
			s.writeError(w, r, err)
		}
	})
}

// token returns the token a request carries, or "".
func token(r *http.Request) string {
	if t := r.Header.Get("X-Dyad-Token"); t != "" {
		return t
	}
	a := r.Header.Get("Authorization")
	if len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
		return strings.TrimSpace(a[7:])
	}
	return ""
}

func (s *server) authorize(r *http.Request, write bool) error {
	if !write && !s.opt.ProtectReads {
		return nil
	}
	if write && s.opt.Token == "" {
		return &apiError{status: http.StatusForbidden, code: "forbidden",
			msg: "writes are disabled: the server has no API token configured"}
	}
	t := token(r)
	if t == "" {
		return &apiError{status: http.StatusUnauthorized, code: "unauthorized",
			msg: "missing API token: send Authorization: Bearer <token> or X-Dyad-Token"}
	}
	if s.opt.Token == "" || subtle.ConstantTimeCompare([]byte(t), []byte(s.opt.Token)) != 1 {
		return &apiError{status: http.StatusUnauthorized, code: "unauthorized", msg: "wrong API token"}
	}
	return nil
}

// errInternal is what a client sees of an unexpected failure.
var errInternal = &apiError{status: http.StatusInternalServerError, code: "internal", msg: "internal server error"}

// toAPIError maps an error from a handler or the store to what the client
// sees, logging the ones the client should not see.
func (s *server) toAPIError(r *http.Request, err error) *apiError {
	var ae *apiError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.As(err, &mbe):
		return &apiError{status: http.StatusRequestEntityTooLarge, code: "payload_too_large",
			msg: "request body is larger than the limit of " + itoa(mbe.Limit) + " bytes"}
	case errors.Is(err, store.ErrBadFilter):
		msg := strings.TrimPrefix(err.Error(), "store: ")
		return &apiError{status: http.StatusBadRequest, code: "bad_request", msg: msg}
	case errors.Is(err, store.ErrNotFound):
		return errNotFound(strings.TrimPrefix(err.Error(), "store: "))
	case errors.Is(err, context.DeadlineExceeded):
		s.log.Warn("api: timeout", "method", r.Method, "path", r.URL.Path, "err", err)
		return &apiError{status: http.StatusServiceUnavailable, code: "timeout", msg: "the request took too long"}
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		return &apiError{status: 499, code: "canceled", msg: "request canceled"}
	}
	s.log.Error("api: error", "method", r.Method, "path", r.URL.Path, "err", err)
	return errInternal
}
