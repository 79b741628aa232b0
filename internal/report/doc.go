// Package report builds Carnet's outputs for others to read: the
// proof-of-search dossier for a period (what a control questionnaire asks
// for), its CSV and ZIP forms with every proof file under safe names, and
// the one-page brief for the next adviser meeting. It builds plain values,
// then lays them out as internal/doc documents (DossierDocument,
// BriefDocument) with every word, date and duration in French;
// internal/pdf draws those documents and knows nothing of the domain.
package report
