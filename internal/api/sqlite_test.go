package api

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyad-project/dyad/internal/api/apitest"
	"github.com/dyad-project/dyad/internal/store"
	"github.com/dyad-project/dyad/internal/store/sqlite"
)

func init() {
	backends = append(backends, backend{"sqlite", openSQLite})
}

// openSQLite opens a fresh SQLite store in a temporary folder holding the
// fixture documents.
func openSQLite(t *testing.T) store.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	apitest.Load(t, db, apitest.Documents())
	return db
}
