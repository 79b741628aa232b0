// Package doc is Carnet's structured document model and its plain-text
// renderer (e-mail body, clipboard). Letters (Letter: blocks of a French
// administrative letter) and reports (Report: cover, titles, paragraphs,
// lists, tables, bar charts, key figures) are built as values of this
// package by the domain and internal/report; internal/pdf renders the same
// values to PDF, so what is printed and what is pasted always say the same
// thing. Every word a document shows is in its values. It imports only the
// standard library.
package doc

import "time"

// BlockKind says how a block of a letter's body is laid out.
type BlockKind int

// The kinds of body blocks.
const (
	Paragraph BlockKind = iota // justified text
	Bullets                    // a list, one item per line
	Heading                    // a short bold line
)

// Block is one piece of a letter's body.
type Block struct {
	Kind  BlockKind
	Text  string   // Paragraph and Heading
	Items []string // Bullets
	Note  string   // i18n key ("letternote.…") of what the block is for, shown in the UI language, never printed
}

// Letter is a French administrative letter.
type Letter struct {
	Date        time.Time // the day the letter is dated (also the PDF's creation date)
	Sender      []string  // name, address lines, identifier
	Recipient   []string  // name and address lines
	PlaceDate   string    // « Fait à Lyon, le 26 novembre 2026 »
	Mode        string    // « Lettre recommandée avec accusé de réception »
	Subject     string    // without the « Objet : » prefix
	References  []string  // « Réf. : … » lines under the subject
	Salutation  string    // « Madame, Monsieur, »
	Body        []Block
	Closing     string // formule de politesse
	Signature   string // the sender's name
	Attachments []string
}
