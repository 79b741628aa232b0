// Package casefile builds the anonymised case file of a request to France
// Travail, which a user may hand to an association documenting France
// Travail's algorithms: the request kinds, the months (never the days) of
// sending, receipt, answer and escalation, the answer delays in days, the
// items asked and answered, the names of the disclosed scores and
// categories (their values only on request), the escalation's outcome and
// the region. It never holds a name, an identifier, an address, a date of
// birth, an adviser, an agency, a département, free text, a file name or
// a file's content: Build copies only those fields, never a string the
// user typed. It writes the case file as versioned JSON (described by
// docs/case-file.schema.json) and lays it out as a one-page internal/doc
// document. It imports only the standard library and domain packages.
package casefile
