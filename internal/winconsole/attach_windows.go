//go:build windows

package winconsole

import (
	"os"
	"syscall"
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uintptr(0)

var attachConsole = syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")

func init() {
	if valid(syscall.Stdout) && valid(syscall.Stderr) {
		return // redirected to a file or a pipe: leave it there
	}
	if r, _, _ := attachConsole.Call(attachParentProcess); r == 0 {
		return // started from the Start menu or Explorer: no console to write to
	}
	out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	if !valid(syscall.Stdout) {
		os.Stdout = out
	}
	if !valid(syscall.Stderr) {
		os.Stderr = out
	}
}

// valid reports whether a standard handle leads somewhere.
func valid(h syscall.Handle) bool { return h != 0 && h != syscall.InvalidHandle }
