package main

// On Windows, carnet.exe is a GUI program; the command line gets its
// console back from winconsole.
import _ "github.com/carnet-app/carnet/internal/winconsole"
