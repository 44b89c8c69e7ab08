// Package apitest provides an in-memory store.Store and a small set of
// hand-made documents, for tests of the API, the exports and the dashboard
// that should not depend on a database backend.
package apitest
