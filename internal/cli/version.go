package cli

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

// Version is dyad's version, set at build time with
// -ldflags "-X github.com/dyad-project/dyad/internal/cli.Version=v1.2.3".
var Version = "devel"

func init() {
	register(command{name: "version", summary: "print dyad's version", run: runVersion})
}

func runVersion(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "version", "", "Prints dyad's version and build details.")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	v := Version
	if bi, ok := debug.ReadBuildInfo(); ok && v == "devel" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	fmt.Fprintf(env.Stdout, "dyad %s %s %s/%s\n", v, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}
