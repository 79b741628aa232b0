// Package winconsole gives carnet.exe's command line its console back on
// Windows. carnet.exe is built as a GUI program, so that no console window
// opens when it starts from the Start menu; Windows then starts it with no
// standard output at all, and « carnet version » typed in cmd or
// PowerShell would print nothing. Imported for its side effect, it
// attaches to the console of the program that started it, when there is
// one and the output is not already redirected to a file or a pipe. On
// other systems it does nothing.
package winconsole
