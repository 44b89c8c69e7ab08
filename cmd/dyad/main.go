// Command dyad turns news articles into coded events between countries.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/dyad-project/dyad/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
