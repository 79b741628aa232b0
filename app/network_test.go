package app

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// childEnv makes the test binary run the command line instead of the tests
// (see TestMain), so that strace can watch a real Carnet process.
const childEnv = "CARNET_TEST_RUN_CLI"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(Run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// inetSocket matches a socket or connect call of an IP family in strace's log.
var inetSocket = regexp.MustCompile(`AF_INET6?\b`)

// traced runs Carnet with args under strace and returns the calls it made
// to socket and connect.
func traced(t *testing.T, wrap []string, args ...string) []string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(t.TempDir(), "strace.log")
	cmdline := append(append(append([]string{}, wrap...), "strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", log, self), args...)
	cmd := exec.Command(cmdline[0], cmdline[1:]...)
	cmd.Env = append(os.Environ(), childEnv+"=1", "LANG=fr_FR.UTF-8")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("carnet %s under strace: %v\n%s", strings.Join(args, " "), err, out.String())
	}
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	var calls []string
	for _, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, "socket(") || strings.Contains(line, "connect(") {
			calls = append(calls, line)
		}
	}
	return calls
}

// TestNoNetworkConnection runs the command line's flows, and the window
// once, under strace: no IP socket may be opened, ever.
func TestNoNetworkConnection(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("strace is not installed (make test installs it)")
	}
	if err := exec.Command("strace", "-o", os.DevNull, "true").Run(); err != nil {
		t.Skipf("strace cannot trace here (ptrace refused): %v", err)
	}
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	pass := filepath.Join(tmp, "passphrase")
	if err := os.WriteFile(pass, []byte("une phrase de passe assez longue\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	flows := [][]string{
		{"--data", data, "demo", "--acts", "120"},
		{"--data", data, "check"},
		{"--data", data, "requests"},
		{"--data", data, "export", "--format", "json", "--out", filepath.Join(tmp, "e.json")},
		{"--data", data, "export", "--format", "csv", "--out", filepath.Join(tmp, "e.csv")},
		{"--data", data, "export", "--format", "ics", "--out", filepath.Join(tmp, "e.ics")},
		{"--data", data, "letter", "access", "--out", filepath.Join(tmp, "l.pdf")},
		{"--data", data, "report", "proof", "--from", "2026-01-01", "--to", "2026-12-31", "--out", filepath.Join(tmp, "d.zip")},
		{"--data", data, "report", "meeting", "--out", filepath.Join(tmp, "b.pdf")},
		{"--data", filepath.Join(tmp, "other"), "import", filepath.Join(tmp, "e.json")},
		{"--data", data, "backup"},
		{"--data", data, "backup", "--out", filepath.Join(tmp, "b.age"), "--passphrase-file", pass},
		{"--data", filepath.Join(tmp, "restored"), "restore", filepath.Join(tmp, "b.age"), "--passphrase-file", pass},
	}
	total := 0
	for _, args := range flows {
		calls := traced(t, nil, args...)
		total += len(calls)
		for _, c := range calls {
			if inetSocket.MatchString(c) {
				t.Errorf("carnet %s opened an IP socket: %s", strings.Join(args[2:], " "), c)
			}
		}
	}
	if _, err := exec.LookPath("xvfb-run"); err == nil {
		calls := traced(t, []string{"xvfb-run", "-a", "-s", "-screen 0 1280x800x24"}, "--data", data, "--startup-probe")
		for _, c := range calls {
			if inetSocket.MatchString(c) {
				t.Errorf("the window opened an IP socket: %s", c)
			}
		}
		t.Logf("the window made %d socket or connect calls, none of them IP (the X display is a local socket)", len(calls))
	} else {
		t.Log("xvfb-run is not installed: the window was not traced")
	}
	t.Logf("%d command-line flows made %d socket or connect calls, none of them IP", len(flows), total)
}
