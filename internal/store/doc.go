// Package store keeps Carnet's record in one SQLite file through
// modernc.org/sqlite: embedded numbered migrations tracked in
// PRAGMA user_version, one transaction per write, FTS5 search, a trash for
// deleted rows and attachments kept as BLOBs. It implements the interfaces
// the UI and the command line declare, with the journal domain types.
package store
