// Package api serves dyad's HTTP JSON API under /api/v1 and, through
// NewServer, the embedded dashboard at /.
//
// # Mounting
//
// New returns the API alone (paths /api/v1/... and /healthz; anything else
// is a JSON 404). NewServer returns the API plus the dashboard from package
// web at /, which is what `dyad serve` should listen with:
//
//	h := api.NewServer(st, opt)
//	srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 10 * time.Second}
//
// # Errors
//
// Every error is JSON, {"error": {"code": "bad_request", "message": "..."}},
// with 400 for malformed parameters, 401 for a missing or wrong token, 403
// when writes are disabled, 404, 405, 413 for an oversized body, 503 when a
// request runs past Options.RequestTimeout, and 500 with a generic message
// (the detail goes to the log).
//
// # Authentication
//
// Writes (POST) need Options.Token, sent as "Authorization: Bearer TOKEN" or
// "X-Dyad-Token: TOKEN"; with no token configured, writes are refused with
// 403. With Options.ProtectReads, reads need it too (except /healthz).
//
// The API is described by the OpenAPI 3.1 document served at
// /api/v1/openapi.json (openapi.json in this folder).
package api
