// Package app is Carnet's composition root: it parses the command line,
// opens the store in the data folder, and either runs a subcommand or builds
// the window from the ui package. It is the only package that knows the
// concrete types.
package app
