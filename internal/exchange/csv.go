package exchange

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// utf8BOM starts every CSV file, so spreadsheets read it as UTF-8.
const utf8BOM = "\ufeff"

// csvHeader names the CSV columns, in French, in order.
var csvHeader = []string{"identifiant", "date", "heure", "durée (min)", "thème", "code",
	"type", "intitulé", "organisation", "contact", "fonction", "e-mail", "téléphone", "canal",
	"référence de l’offre", "statut", "historique", "prochaine action",
	"date de la prochaine action", "notes", "privé", "pièces jointes", "saisi le"}

// WriteCSV writes one row per act, oldest first: UTF-8 with BOM, ";"
// separator, French dates. Cells that a spreadsheet would run as a formula
// are neutralised. It returns the writer's error.
func WriteCSV(w io.Writer, acts []journal.Act) error {
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	b := Bundle{Acts: acts}
	sortBundle(&b)
	for _, a := range b.Acts {
		typeLabel := ""
		if t, ok := a.Type(); ok {
			typeLabel = t.Label
		}
		var history, files []string
		for _, h := range a.History {
			history = append(history, journal.FormatShortDate(h.Date)+" "+h.Status.FrenchLabel())
		}
		for _, f := range a.Attachments {
			files = append(files, f.Name)
		}
		row := []string{a.ID, journal.FormatShortDate(a.Date), a.StartTime, strconv.Itoa(a.Minutes),
			a.Theme, a.Code, typeLabel, a.Label, a.Organisation, a.Contact.Name, a.Contact.Role,
			a.Contact.Email, a.Contact.Phone, a.Channel.FrenchLabel(), a.OfferRef,
			a.Status.FrenchLabel(), strings.Join(history, " ; "), a.NextAction,
			journal.FormatShortDate(a.NextActionOn), a.Notes, yesNo(a.Private),
			strings.Join(files, " ; "), journal.FormatShortDate(a.CreatedAt)}
		for i := range row {
			row[i] = NeutraliseCell(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// NeutraliseCell prefixes with an apostrophe a cell that starts with =, +,
// -, @, a tab or a carriage return, so a spreadsheet shows it as text
// instead of running it as a formula.
func NeutraliseCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// unneutralise undoes NeutraliseCell when reading back a Carnet CSV.
func unneutralise(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		return s[1:]
	}
	return s
}

func yesNo(b bool) string {
	if b {
		return "oui"
	}
	return "non"
}

// ReadCSV parses a CSV file written by WriteCSV (or edited in a spreadsheet
// with the same header). Rows without an identifier get a new one; the
// status becomes a one-entry history on the act's date. It returns an
// *InputError with the line at fault, and nothing else, for any bad row.
//
// Text that is not valid UTF-8 or holds a NUL character is refused, not
// repaired, so that what is stored is exactly what the file says; a UTF-16
// file is refused naming its encoding.
func ReadCSV(data []byte, now time.Time) ([]journal.Act, error) {
	if enc := wideEncoding(data[:min(len(data), 64)]); enc != "" {
		return nil, inputError(1, "", ProblemEncoding, enc, "")
	}
	data = bytes.TrimPrefix(data, []byte(utf8BOM))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = ';'
	cr.FieldsPerRecord = len(csvHeader)
	header, err := cr.Read()
	if err != nil {
		return nil, csvError(err, 1)
	}
	for i, h := range header {
		if strings.TrimSpace(h) != csvHeader[i] {
			return nil, inputError(1, h, ProblemHeader, h, "")
		}
	}
	var acts []journal.Act
	seen := map[string]bool{}
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// FieldPos panics after a failed Read: the error has the line.
			return nil, csvError(err, 0)
		}
		line, _ := cr.FieldPos(0)
		for i := range row {
			row[i] = unneutralise(row[i])
		}
		a, err := actFromRow(row, line, now)
		if err != nil {
			return nil, err
		}
		if seen[a.ID] {
			return nil, inputError(line, "identifiant", ProblemDuplicate, a.ID, "")
		}
		seen[a.ID] = true
		acts = append(acts, a)
	}
	return acts, nil
}

func csvError(err error, line int) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return inputError(pe.Line, "", ProblemSyntax, pe.Err.Error(), "")
	}
	return inputError(line, "", ProblemSyntax, err.Error(), "")
}

func actFromRow(row []string, line int, now time.Time) (journal.Act, error) {
	bad := func(field, value string) error {
		reason := journal.ProblemInvalidDate
		switch field {
		case "durée (min)":
			reason = journal.ProblemDuration
		case "canal", "statut":
			reason = journal.ProblemUnknownValue
		}
		if !journal.ValidText(value) {
			reason = journal.ProblemText
		}
		return inputError(line, field, ProblemField, value, reason)
	}
	col := func(name string) string {
		for i, h := range csvHeader {
			if h == name {
				return strings.TrimSpace(row[i])
			}
		}
		return ""
	}
	a := journal.Act{ID: col("identifiant"), StartTime: col("heure"), Theme: col("thème"),
		Code: col("code"), Label: col("intitulé"), Organisation: col("organisation"),
		Contact: journal.Contact{Name: col("contact"), Role: col("fonction"), Email: col("e-mail"),
			Phone: col("téléphone")}, OfferRef: col("référence de l’offre"),
		NextAction: col("prochaine action"), Notes: col("notes"), Private: col("privé") == "oui"}
	var err error
	if a.Date, err = journal.ParseFrenchDate(col("date")); err != nil {
		return a, bad("date", col("date"))
	}
	if a.Minutes, err = strconv.Atoi(col("durée (min)")); err != nil {
		return a, bad("durée (min)", col("durée (min)"))
	}
	if s := col("date de la prochaine action"); s != "" {
		if a.NextActionOn, err = journal.ParseFrenchDate(s); err != nil {
			return a, bad("date de la prochaine action", s)
		}
	}
	var ok bool
	if a.Channel, ok = journal.ChannelFromFrench(col("canal")); !ok {
		return a, bad("canal", col("canal"))
	}
	if a.Status, ok = journal.StatusFromFrench(col("statut")); !ok {
		return a, bad("statut", col("statut"))
	}
	if a.ID == "" {
		a.ID = journal.NewID()
	}
	a.CreatedAt = now.UTC().Truncate(time.Second)
	if s := col("saisi le"); s != "" {
		if d, err := journal.ParseFrenchDate(s); err == nil {
			a.CreatedAt = d
		} else {
			return a, bad("saisi le", s)
		}
	}
	a.UpdatedAt = a.CreatedAt
	if a.Status != journal.StatusNone {
		a.History = []journal.StatusChange{{ID: csvHistoryID(a.ID), Status: a.Status, Date: a.Date, CreatedAt: a.CreatedAt}}
	}
	if err := a.Validate(); err != nil {
		return a, fieldError(line, err, actValues(a))
	}
	return a, nil
}

// csvHistoryID names the one history entry of a CSV row: the act's ID with
// "-csv", or a digest of it when that would pass journal.MaxIDLen.
func csvHistoryID(actID string) string {
	if id := actID + "-csv"; len(id) <= journal.MaxIDLen {
		return id
	}
	sum := sha256.Sum256([]byte(actID))
	return "csv-" + hex.EncodeToString(sum[:16])
}
