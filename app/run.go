package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/carnet-app/carnet/i18n"
)

// Version is Carnet's version, printed by "carnet version" and shown in the
// « À propos » box. main sets it from FyneApp.toml, the one place it is
// written; "dev" is what tests and a build without main see.
var Version = "dev"

// errUsage marks a command line the user must correct; its message is shown as is.
var errUsage = errors.New("usage")

// env is what every subcommand receives.
type env struct {
	dataDir string
	stdout  io.Writer
	stderr  io.Writer
	tr      *i18n.Translator
	now     func() time.Time
}

// Run executes the command line and returns the process exit code: 0 on
// success, 1 on any error (told on stderr in a sentence), 2 for bad usage.
func Run(args []string, stdout, stderr io.Writer) int { return runAt(args, stdout, stderr, time.Now) }

// runAt is Run with the clock now (tests).
func runAt(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	e := &env{stdout: stdout, stderr: stderr, tr: i18n.New(i18n.FromEnvironment()), now: now}
	normaliseLocale(e.tr.Lang())
	global := flag.NewFlagSet("carnet", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	dataFlag := global.String("data", "", "data folder")
	probe := global.Bool("startup-probe", false, "open the window, draw the first frame, print first_frame_ms and exit")
	capture := global.String("capture", "", "write a PNG of every screen to this folder and exit")
	if err := global.Parse(args); err != nil {
		fmt.Fprintln(stderr, e.tr.T("cli.bad_flag", err.Error()))
		fmt.Fprintln(stderr, e.tr.T("cli.usage"))
		return 2
	}
	dir, err := resolveDataDir(*dataFlag)
	if err != nil {
		fmt.Fprintln(stderr, e.tr.T("cli.no_data_dir", err.Error()))
		return 1
	}
	e.dataDir = dir
	rest := global.Args()
	if len(rest) == 0 {
		return e.report(runGUI(e, guiOptions{probe: *probe, captureDir: *capture}))
	}
	commands := map[string]func(*env, []string) error{
		"version":  cmdVersion,
		"demo":     cmdDemo,
		"export":   cmdExport,
		"import":   cmdImport,
		"check":    cmdCheck,
		"deadline": cmdDeadline,
		"requests": cmdRequests,
		"letter":   cmdLetter,
		"notices":  cmdNotices,
		"report":   cmdReport,
		"backup":   cmdBackup,
		"restore":  cmdRestore,

		"case-file": cmdCaseFile,
		"answer":    cmdAnswer,
		"facts":     cmdFacts,
	}
	cmd, ok := commands[rest[0]]
	if !ok {
		fmt.Fprintln(stderr, e.tr.T("cli.unknown_command", rest[0]))
		fmt.Fprintln(stderr, e.tr.T("cli.usage"))
		return 2
	}
	return e.report(cmd(e, rest[1:]))
}

// report prints err for a person and returns the exit code.
func (e *env) report(err error) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, errUsage) {
		fmt.Fprintln(e.stderr, strings.TrimSuffix(err.Error(), ": "+errUsage.Error()))
		fmt.Fprintln(e.stderr, e.tr.T("cli.usage"))
		return 2
	}
	fmt.Fprintln(e.stderr, e.tr.T("cli.error", e.explain(err)))
	return 1
}

// usageError wraps a message about a wrong command line.
func usageError(msg string) error { return fmt.Errorf("%s: %w", msg, errUsage) }

// newFlags returns a flag set for a subcommand whose errors become usage errors.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func cmdVersion(e *env, args []string) error {
	fmt.Fprintln(e.stdout, "carnet "+Version)
	return nil
}
