package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dyad-project/dyad/internal/store/sqlite"
)

// getenv reads the environment through env, which tests may leave nil.
func (env *Env) getenv(key string) string {
	if env.Getenv == nil {
		return ""
	}
	return env.Getenv(key)
}

// defaultDBPath is $DYAD_DB, else <user cache dir>/dyad/dyad.db.
func defaultDBPath(env *Env) string {
	if p := env.getenv("DYAD_DB"); p != "" {
		return p
	}
	return cachePath("dyad.db")
}

// cachePath returns <user cache dir>/dyad/name, or a path relative to the
// working directory when there is no cache directory.
func cachePath(name string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return filepath.Join(".dyad", name)
	}
	return filepath.Join(dir, "dyad", name)
}

// addDBFlag adds --db to fs and returns the path it sets.
func addDBFlag(fs *flag.FlagSet, def string) *string {
	return fs.String("db", def, "SQLite database file (created when missing; default $DYAD_DB or the user cache directory)")
}

// openStore opens the database at path, naming it in errors.
func openStore(ctx context.Context, path string) (*sqlite.DB, error) {
	db, err := sqlite.Open(ctx, path, sqlite.DefaultOptions())
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	return db, nil
}
