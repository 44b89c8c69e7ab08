// Package cli implements the dyad command: one file per subcommand, each
// with its own flag.FlagSet, and errors mapped to exit codes here.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Exit codes.
const (
	ExitOK      = 0 // everything worked
	ExitPartial = 1 // some inputs failed; the rest were processed
	ExitUsage   = 2 // bad command line
	ExitFatal   = 3 // nothing could be done (database, network, output)
)

// errUsage marks command-line mistakes.
var errUsage = errors.New("usage")

// errPartial reports that some inputs failed.
var errPartial = errors.New("some inputs failed")

// Env is what a command reads and writes; tests replace it.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment.
	Getenv func(string) string
}

type command struct {
	name, summary string
	run           func(ctx context.Context, env *Env, args []string) error
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// Main runs the dyad command line and returns the process exit code.
func Main(ctx context.Context, args []string) int {
	return Run(ctx, &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}, args)
}

// Run is Main with an explicit environment.
func Run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "dyad: unknown command %q\n\n", args[0])
		usage(env.Stderr)
		return ExitUsage
	}
	err := c.run(ctx, env, args[1:])
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, flag.ErrHelp):
		return ExitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.Stderr, "dyad %s: %v\n", c.name, err)
		return ExitUsage
	case errors.Is(err, errPartial):
		return ExitPartial
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(env.Stderr, "dyad %s: interrupted\n", c.name)
		return ExitFatal
	default:
		fmt.Fprintf(env.Stderr, "dyad %s: %v\n", c.name, err)
		return ExitFatal
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "dyad turns news articles into coded events between countries.")
	fmt.Fprintln(w, "\nUsage: dyad COMMAND [flags] [args]\n\nCommands:")
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'dyad COMMAND --help' for a command's flags.")
}

// newFlags returns a FlagSet that prints its usage to env.Stderr.
func newFlags(env *Env, name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet("dyad "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: dyad %s [flags] %s\n\n%s\n\nFlags:\n", name, args, strings.TrimSpace(about))
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, turning flag errors into usage errors. Flags may
// follow the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseNone parses the flags of a command that takes no arguments.
func parseNone(fs *flag.FlagSet, args []string) error {
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, pos[0])
	}
	return nil
}

// parseInputs parses the flags of a command that reads INPUT... and
// returns the inputs, of which there must be at least one.
func parseInputs(fs *flag.FlagSet, args []string) ([]string, error) {
	inputs, err := parse(fs, args)
	if err != nil {
		return nil, err
	}
	if len(inputs) == 0 {
		return nil, fmt.Errorf("%w: no INPUT given (a file, folder, URL, or - for standard input)", errUsage)
	}
	return inputs, nil
}
