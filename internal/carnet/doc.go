// Package carnet is Carnet's application layer: every use case that both
// faces (the window in internal/ui and the command line in app) need, on top
// of the domain packages and the record. It builds the proof dossier and the
// meeting brief, prepares and sends letters, plans agreed actions, computes
// the figures of Accueil and Rapports, and turns errors into sentences in
// the user's language. It knows the record only through the Record
// interface; app passes the concrete store.
package carnet
