// Package journal is Carnet's domain model for the job-search record: acts
// (démarches) with their status history, mail exchanged with France Travail,
// attachments, the user's profile and the weekly-hours arithmetic.
//
// It imports only the standard library and golang.org/x/text: no SQL, no Fyne.
package journal
