// Package answerfind proposes, for each item a request asked France
// Travail for, the passages of the answer that address it, or none
// (« non trouvé »). It searches extracted text (pages from any file) with
// the French lexicon embedded in lexicon.tsv, accents and case folded as
// in the journal search (journal.FoldText). Precision comes before recall:
// a word counts only in a sentence that answers (a value, a definition),
// never in a header or footer repeated on most pages, a letterhead or
// reference line, a sentence that restates the question or refuses to
// answer, or a phrase that means something else (« notre score de
// satisfaction »). Nothing is ticked here: the finder only proposes, the
// user confirms. Facts proposes the label and value pairs the answer
// discloses (« Score d’employabilité : 0,42 », a table row, a CSV of
// indicators), for names of the lexicon's fact lines only. It imports only the standard library, x/text and the
// journal domain.
package answerfind
