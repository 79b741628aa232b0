package exchange

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

// ReadJSON parses a whole Carnet JSON file. It returns an *InputError naming
// the line at fault for a truncated or malformed file, an unknown format, a
// field with an invalid value or an attachment whose checksum does not
// match; nothing is returned then but the error.
func ReadJSON(data []byte) (Bundle, error) {
	r := &jsonReader{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	// A first pass over the whole text gives syntax errors at their true offset.
	var whole json.RawMessage
	if err := json.Unmarshal(data, &whole); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) && syn.Offset >= int64(len(bytes.TrimRight(data, " \t\r\n"))) {
			return Bundle{}, &InputError{Line: r.lineAt(int64(len(data))), Problem: ProblemTruncated}
		}
		if errors.As(err, &syn) {
			return Bundle{}, &InputError{Line: r.lineAt(syn.Offset - 1), Problem: ProblemSyntax}
		}
		return Bundle{}, &InputError{Line: 1, Problem: ProblemSyntax, Value: err.Error()}
	}
	r.dec.DisallowUnknownFields()
	b, err := r.read()
	if err != nil {
		return Bundle{}, err
	}
	return b, nil
}

type jsonReader struct {
	data []byte
	dec  *json.Decoder
	ids  map[string]bool
}

// lineAt returns the 1-based line of a byte offset.
func (r *jsonReader) lineAt(offset int64) int {
	if offset > int64(len(r.data)) {
		offset = int64(len(r.data))
	}
	return bytes.Count(r.data[:offset], []byte("\n")) + 1
}

// fail converts a decoding error into an *InputError with its line.
func (r *jsonReader) fail(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return &InputError{Line: r.lineAt(int64(len(r.data))), Problem: ProblemTruncated}
	case errors.As(err, &syn):
		return &InputError{Line: r.lineAt(r.dec.InputOffset()), Problem: ProblemSyntax}
	case errors.As(err, &typ):
		return &InputError{Line: r.lineAt(typ.Offset), Field: typ.Field, Problem: ProblemField}
	}
	var in *InputError
	if errors.As(err, &in) {
		return in
	}
	return &InputError{Line: r.lineAt(r.dec.InputOffset()), Problem: ProblemSyntax, Value: err.Error()}
}

func (r *jsonReader) expectDelim(d json.Delim) error {
	tok, err := r.dec.Token()
	if err != nil {
		return r.fail(err)
	}
	if tok != d {
		return &InputError{Line: r.lineAt(r.dec.InputOffset()), Problem: ProblemFormat}
	}
	return nil
}

func (r *jsonReader) read() (Bundle, error) {
	var b Bundle
	r.ids = map[string]bool{}
	if err := r.expectDelim('{'); err != nil {
		return b, err
	}
	var format string
	var version int
	for r.dec.More() {
		tok, err := r.dec.Token()
		if err != nil {
			return b, r.fail(err)
		}
		key, _ := tok.(string)
		switch key {
		case "format":
			err = r.dec.Decode(&format)
		case "version":
			err = r.dec.Decode(&version)
		case "profile":
			err = r.readProfile(&b)
		case "acts":
			err = r.readArray(func(line int) error { return r.readAct(&b, line) })
		case "mails":
			err = r.readArray(func(line int) error { return r.readMail(&b, line) })
		case "requests":
			err = r.readArray(func(line int) error { return r.readRequest(&b, line) })
		case "meetings":
			err = r.readArray(func(line int) error { return r.readMeeting(&b, line) })
		default:
			return b, &InputError{Line: r.lineAt(r.dec.InputOffset()), Problem: ProblemFormat, Value: key}
		}
		if err != nil {
			return b, r.fail(err)
		}
	}
	if err := r.expectDelim('}'); err != nil {
		return b, err
	}
	if _, err := r.dec.Token(); err != io.EOF {
		return b, &InputError{Line: r.lineAt(r.dec.InputOffset()), Problem: ProblemSyntax}
	}
	if format != FormatName || version != FormatVersion {
		return b, &InputError{Line: 1, Problem: ProblemFormat, Value: format}
	}
	return b, nil
}

// readArray calls item for every element of a JSON array, with the line
// where the element starts.
func (r *jsonReader) readArray(item func(line int) error) error {
	if err := r.expectDelim('['); err != nil {
		return err
	}
	for r.dec.More() {
		start := r.dec.InputOffset()
		// The element starts after the separator and spaces that follow start.
		for start < int64(len(r.data)) && bytes.IndexByte([]byte(", \t\r\n"), r.data[start]) >= 0 {
			start++
		}
		if err := item(r.lineAt(start)); err != nil {
			return err
		}
	}
	return r.expectDelim(']')
}

func (r *jsonReader) readProfile(b *Bundle) error {
	var p profileJSON
	if err := r.dec.Decode(&p); err != nil {
		return err
	}
	prof := journal.Profile{Name: p.Name, Address: p.Address, FranceTravailID: p.FranceTravailID,
		Agency: p.Agency, Adviser: p.Adviser, Departement: p.Departement,
		TargetMinutes: p.TargetMinutes, Language: p.Language, TextScale: p.TextScale, Email: p.Email}
	f := fields{line: r.lineAt(r.dec.InputOffset())}
	prof.ContractDate = f.date("contract_date", p.ContractDate, false)
	prof.BirthDate = f.date("birth_date", p.BirthDate, false)
	if !journal.BirthDateInRange(prof.BirthDate) {
		f.bad("birth_date", p.BirthDate)
	}
	if p.Email != "" && !journal.ValidEmail(p.Email) {
		f.bad("email", p.Email)
	}
	if f.err != nil {
		return f.err
	}
	if err := prof.Validate(); err != nil {
		return fieldError(r.lineAt(r.dec.InputOffset()), err)
	}
	b.Profile = &prof
	return nil
}

func (r *jsonReader) readAct(b *Bundle, line int) error {
	var in actJSON
	if err := r.dec.Decode(&in); err != nil {
		return err
	}
	f := fields{line: line}
	a := journal.Act{ID: in.ID, Date: f.date("date", in.Date, true), StartTime: in.StartTime,
		Minutes: in.Minutes, Theme: in.Theme, Code: in.Code, Label: in.Label,
		Organisation: in.Organisation, Contact: journal.Contact(in.Contact),
		Channel: journal.Channel(in.Channel), OfferRef: in.OfferRef, Notes: in.Notes,
		Private: in.Private, Status: journal.Status(in.Status), NextAction: in.NextAction,
		NextActionOn: f.date("next_action_on", in.NextActionOn, false),
		CreatedAt:    f.stamp("created_at", in.CreatedAt, true), UpdatedAt: f.stamp("updated_at", in.UpdatedAt, true),
		DeletedAt: f.stamp("deleted_at", in.DeletedAt, false)}
	for _, h := range in.History {
		st := journal.Status(h.Status)
		if _, ok := journal.StatusFromFrench(h.Status); !ok || st == journal.StatusNone || h.ID == "" {
			f.bad("history.status", h.Status)
		}
		a.History = append(a.History, journal.StatusChange{ID: h.ID, Status: st,
			Date: f.date("history.date", h.Date, true), CreatedAt: f.stamp("history.created_at", h.CreatedAt, true)})
	}
	a.Attachments = f.attachments(in.Attachments)
	if err := r.finish(line, in.ID, f, a); err != nil {
		return err
	}
	b.Acts = append(b.Acts, a)
	return nil
}

func (r *jsonReader) readMail(b *Bundle, line int) error {
	var in mailJSON
	if err := r.dec.Decode(&in); err != nil {
		return err
	}
	f := fields{line: line}
	m := journal.Mail{ID: in.ID, Direction: journal.Direction(in.Direction), Date: f.date("date", in.Date, true),
		Channel: journal.MailChannel(in.Channel), Kind: journal.MailKind(in.Kind), Subject: in.Subject,
		Notes: in.Notes, ReplyBy: f.date("reply_by", in.ReplyBy, false), ReplyMailID: in.ReplyMailID,
		PeriodFrom: f.date("period_from", in.PeriodFrom, false), PeriodTo: f.date("period_to", in.PeriodTo, false),
		CreatedAt: f.stamp("created_at", in.CreatedAt, true), UpdatedAt: f.stamp("updated_at", in.UpdatedAt, true),
		DeletedAt: f.stamp("deleted_at", in.DeletedAt, false)}
	m.Attachments = f.attachments(in.Attachments)
	if err := r.finish(line, in.ID, f, m); err != nil {
		return err
	}
	b.Mails = append(b.Mails, m)
	return nil
}

// finish checks a decoded record: a new, non-empty ID, fields that parsed,
// and the domain's validation. It returns the first *InputError.
func (r *jsonReader) finish(line int, id string, f fields, record interface{ Validate() error }) error {
	if err := r.checkID(line, "id", id); err != nil {
		return err
	}
	if f.err != nil {
		return f.err
	}
	if err := record.Validate(); err != nil {
		return fieldError(line, err)
	}
	return nil
}

func (r *jsonReader) checkID(line int, field, id string) error {
	if id == "" {
		return &InputError{Line: line, Field: field, Problem: ProblemField}
	}
	if r.ids[id] {
		return &InputError{Line: line, Field: field, Problem: ProblemDuplicate, Value: id}
	}
	r.ids[id] = true
	return nil
}

// fields parses the text fields of one record and keeps the first error.
type fields struct {
	line int
	err  *InputError
}

func (f *fields) bad(field, value string) {
	if f.err == nil {
		f.err = &InputError{Line: f.line, Field: field, Problem: ProblemField, Value: value}
	}
}

func (f *fields) date(field, s string, required bool) time.Time {
	if s == "" && !required {
		return time.Time{}
	}
	t, err := journal.ParseISODate(s)
	if err != nil {
		f.bad(field, s)
	}
	return t
}

func (f *fields) stamp(field, s string, required bool) time.Time {
	if s == "" && !required {
		return time.Time{}
	}
	t, err := time.Parse(journal.TimestampLayout, s)
	if err != nil {
		f.bad(field, s)
	}
	return t
}

func (f *fields) attachments(in []attachmentJSON) []journal.Attachment {
	var out []journal.Attachment
	for _, a := range in {
		att := journal.Attachment{ID: a.ID, Name: a.Name, MimeType: a.MimeType, Size: a.Size,
			SHA256: a.SHA256, Data: a.Data, CreatedAt: f.stamp("attachments.created_at", a.CreatedAt, true)}
		if att.Data == nil {
			att.Data = []byte{}
		}
		switch {
		case a.ID == "" || a.Name == "":
			f.bad("attachments.id", a.ID)
		case att.Size > journal.MaxAttachmentSize:
			f.bad("attachments.size", a.Name)
		case !att.Verify():
			if f.err == nil {
				f.err = &InputError{Line: f.line, Field: "attachments.sha256", Problem: ProblemChecksum, Value: a.Name}
			}
		}
		out = append(out, att)
	}
	return out
}

// fieldError turns a domain validation error into an *InputError at line.
func fieldError(line int, err error) error {
	var v *journal.ValidationError
	if errors.As(err, &v) {
		for _, k := range sortedKeys(v.Fields) {
			return &InputError{Line: line, Field: k, Problem: ProblemField, Value: v.Fields[k]}
		}
	}
	return &InputError{Line: line, Problem: ProblemField, Value: err.Error()}
}
