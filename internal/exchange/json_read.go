package exchange

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/defence"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// Item is one record of a Carnet JSON file, with the line where it starts.
// Exactly one of the pointers is set.
type Item struct {
	Line    int
	Profile *journal.Profile
	Act     *journal.Act
	Mail    *journal.Mail
	Request *rights.Request
	Meeting *journal.Meeting
	// AnswerFile and Fact come after the requests they belong to.
	AnswerFile *answerfind.AnswerFile
	Fact       *answerfind.ConfirmedFact
	// Notice comes after the mail it marks.
	Notice *defence.Record
}

// ReadJSON parses a whole Carnet JSON file held in memory; see DecodeJSON.
// Nothing is returned but the error when the file is refused.
func ReadJSON(data []byte) (Bundle, error) {
	var b Bundle
	err := DecodeJSON(bytes.NewReader(data), func(it Item) error {
		switch {
		case it.Profile != nil:
			b.Profile = it.Profile
		case it.Act != nil:
			b.Acts = append(b.Acts, *it.Act)
		case it.Mail != nil:
			b.Mails = append(b.Mails, *it.Mail)
		case it.Request != nil:
			b.Requests = append(b.Requests, *it.Request)
		case it.Meeting != nil:
			b.Meetings = append(b.Meetings, *it.Meeting)
		case it.AnswerFile != nil:
			b.AnswerFiles = append(b.AnswerFiles, *it.AnswerFile)
		case it.Fact != nil:
			b.Facts = append(b.Facts, *it.Fact)
		case it.Notice != nil:
			b.Notices = append(b.Notices, *it.Notice)
		}
		return nil
	})
	if err != nil {
		return Bundle{}, err
	}
	return b, nil
}

// DecodeJSON reads a Carnet JSON file from r one record at a time and
// calls each with every record, in file order, once it is checked; memory
// holds one record, not the file. A UTF-8 byte-order mark is skipped. It
// returns the first error of each, or an *InputError naming the line at
// fault for a truncated or malformed file, a UTF-16 file, an unknown format,
// a field with an invalid value, an identifier used twice, a status that is
// not the last entry of its history or a proof whose checksum does not
// match. Records already passed to each stay passed: a caller that must
// keep all or nothing collects them in a transaction.
func DecodeJSON(r io.Reader, each func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(64)
	if enc := wideEncoding(head); enc != "" {
		return inputError(1, "", ProblemEncoding, enc, "")
	}
	if bytes.HasPrefix(head, []byte(utf8BOM)) {
		_, _ = br.Discard(len(utf8BOM))
	}
	lr := newLineReader(br)
	dec := json.NewDecoder(lr)
	dec.DisallowUnknownFields()
	jr := &jsonReader{lines: lr, dec: dec, ids: map[string]bool{}, each: each}
	return jr.read()
}

type jsonReader struct {
	lines   *lineReader
	dec     *json.Decoder
	ids     map[string]bool
	each    func(Item) error
	format  string
	version int
}

// lineAt returns the 1-based line of a byte offset.
func (r *jsonReader) lineAt(offset int64) int { return r.lines.lineAt(offset) }

// token reads the next token, turning errors into *InputError.
func (r *jsonReader) token() (json.Token, error) {
	tok, err := r.dec.Token()
	if err != nil {
		return nil, r.fail(err, -1)
	}
	return tok, nil
}

// decode reads the next value into v, turning errors into *InputError with
// the line in the file: the decoder counts offsets from the value's start.
func (r *jsonReader) decode(v any) error {
	pre := r.dec.InputOffset()
	if r.lines.byteAt(pre) == ',' || r.lines.byteAt(pre) == ':' {
		pre++
	}
	if err := r.dec.Decode(v); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			// The decoder counts syntax offsets from the start of the
			// stream's values, not of this one: scan the value again.
			held, at := r.lines.from(pre)
			var raw json.RawMessage
			if err2 := json.Unmarshal(held, &raw); errors.As(err2, &syn) {
				return inputError(r.lineAt(at+syn.Offset-1), "", ProblemSyntax, "", "")
			}
			return inputError(r.lineAt(r.dec.InputOffset()), "", ProblemSyntax, "", "")
		}
		return r.fail(err, pre)
	}
	return nil
}

// fail converts a decoding error into an *InputError with its line. base
// is the offset the decoder's own offsets count from, or -1 when they are
// offsets in the file.
func (r *jsonReader) fail(err error, base int64) error {
	var in *InputError
	if errors.As(err, &in) {
		return in
	}
	at := func(off int64) int {
		if base >= 0 {
			off += base
		}
		return r.lineAt(off)
	}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return inputError(r.lineAt(1<<62), "", ProblemTruncated, "", "")
	case errors.As(err, &syn):
		return inputError(at(syn.Offset), "", ProblemSyntax, "", "")
	case errors.As(err, &typ):
		value := typ.Value
		// The offset is that of the value's last byte.
		if held, from := r.lines.from(base); base >= 0 && typ.Offset+base-from < int64(len(held)) && typ.Offset+base >= from {
			if raw := lastLiteral(held[:typ.Offset+base-from+1]); raw != "" {
				value = raw
			}
		}
		return inputError(at(typ.Offset), typ.Field, ProblemField, value, ReasonType)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		line := r.lineAt(r.dec.InputOffset())
		if held, at := r.lines.from(base); base >= 0 {
			if i := bytes.Index(held, []byte(`"`+name+`"`)); i >= 0 {
				line = r.lineAt(at + int64(i))
			}
		}
		return inputError(line, name, ProblemField, name, ReasonUnknownField)
	}
	return inputError(r.lineAt(r.dec.InputOffset()), "", ProblemSyntax, err.Error(), "")
}

func (r *jsonReader) expectDelim(d json.Delim) error {
	tok, err := r.token()
	if err != nil {
		return err
	}
	if tok != d {
		return inputError(r.lineAt(r.dec.InputOffset()), "", ProblemFormat, "", "")
	}
	return nil
}

func (r *jsonReader) read() error {
	if err := r.expectDelim('{'); err != nil {
		return err
	}
	for r.dec.More() {
		tok, err := r.token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		switch key {
		case "format":
			err = r.decode(&r.format)
		case "version":
			err = r.decode(&r.version)
		case "profile":
			err = r.checkFormat(false)
			if err == nil {
				err = r.readProfile()
			}
		case "acts", "mails", "requests", "meetings", "answer_files", "facts", "notices":
			err = r.checkFormat(false)
			if err == nil {
				err = r.readArray(key)
			}
		default:
			return inputError(r.lineAt(r.dec.InputOffset()), key, ProblemFormat, key, "")
		}
		if err != nil {
			return err
		}
	}
	if err := r.expectDelim('}'); err != nil {
		return err
	}
	if _, err := r.dec.Token(); err != io.EOF {
		return inputError(r.lineAt(r.dec.InputOffset()), "", ProblemSyntax, "", "")
	}
	return r.checkFormat(true)
}

// checkFormat refuses a file whose format or version is not Carnet's. Before
// the end (end false) a file that has not named its format yet may go on.
func (r *jsonReader) checkFormat(end bool) error {
	if !end && r.format == "" && r.version == 0 {
		return nil
	}
	if r.format != FormatName || r.version != FormatVersion {
		return inputError(1, "format", ProblemFormat, r.format, "")
	}
	return nil
}

// readArray reads every element of the array named key, each with the line
// where it starts.
func (r *jsonReader) readArray(key string) error {
	if err := r.expectDelim('['); err != nil {
		return err
	}
	for r.dec.More() {
		start := r.dec.InputOffset()
		// The element starts after the separator and spaces that follow start.
		for c := r.lines.byteAt(start); c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n'; c = r.lines.byteAt(start) {
			start++
		}
		r.lines.mark(start)
		line := r.lineAt(start)
		var err error
		switch key {
		case "acts":
			err = r.readAct(line)
		case "mails":
			err = r.readMail(line)
		case "requests":
			err = r.readRequest(line)
		case "meetings":
			err = r.readMeeting(line)
		case "answer_files":
			err = r.readAnswerFile(line)
		case "facts":
			err = r.readFact(line)
		case "notices":
			err = r.readNotice(line)
		}
		if err != nil {
			return err
		}
	}
	return r.expectDelim(']')
}

func (r *jsonReader) readProfile() error {
	var p profileJSON
	if err := r.decode(&p); err != nil {
		return err
	}
	prof := journal.Profile{Name: p.Name, Address: p.Address, FranceTravailID: p.FranceTravailID,
		Agency: p.Agency, Adviser: p.Adviser, Departement: p.Departement,
		TargetMinutes: p.TargetMinutes, Language: p.Language, TextScale: p.TextScale, Email: p.Email, BackupDir: p.BackupDir,
		Theme: p.Theme}
	line := r.lineAt(r.dec.InputOffset())
	f := fields{line: line}
	prof.ContractDate = f.date("contract_date", p.ContractDate, false)
	prof.BirthDate = f.date("birth_date", p.BirthDate, false)
	if !journal.BirthDateInRange(prof.BirthDate) {
		f.bad("birth_date", p.BirthDate, journal.ProblemBirthDate)
	}
	if p.Email != "" && !journal.ValidEmail(p.Email) {
		f.bad("email", p.Email, journal.ProblemEmail)
	}
	if f.err != nil {
		return f.err
	}
	if err := prof.Validate(); err != nil {
		return fieldError(line, err, profileValues(prof))
	}
	return r.each(Item{Line: line, Profile: &prof})
}

func (r *jsonReader) readAct(line int) error {
	var in actJSON
	if err := r.decode(&in); err != nil {
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
		if !slices.Contains(journal.Statuses(), st) {
			f.bad("history.status", h.Status, journal.ProblemUnknownValue)
		}
		f.id(r, "history.id", "h:", h.ID)
		a.History = append(a.History, journal.StatusChange{ID: h.ID, Status: st,
			Date: f.date("history.date", h.Date, true), CreatedAt: f.stamp("history.created_at", h.CreatedAt, true)})
	}
	if last := lastStatus(a.History); f.err == nil && a.Status != last {
		f.bad("status", string(a.Status), ReasonStatusHistory)
	}
	a.Attachments = f.attachments(r, in.Attachments)
	if err := r.finish(line, in.ID, f, a, actValues(a)); err != nil {
		return err
	}
	return r.each(Item{Line: line, Act: &a})
}

// lastStatus returns the status the store reads as current: the entry with
// the latest date, then the latest creation, then the last in the file.
func lastStatus(h []journal.StatusChange) journal.Status {
	if len(h) == 0 {
		return journal.StatusNone
	}
	last := h[0]
	for _, c := range h[1:] {
		if !c.Date.Before(last.Date) && (c.Date.After(last.Date) || !c.CreatedAt.Before(last.CreatedAt)) {
			last = c
		}
	}
	return last.Status
}

func (r *jsonReader) readMail(line int) error {
	var in mailJSON
	if err := r.decode(&in); err != nil {
		return err
	}
	f := fields{line: line}
	m := journal.Mail{ID: in.ID, Direction: journal.Direction(in.Direction), Date: f.date("date", in.Date, true),
		Channel: journal.MailChannel(in.Channel), Kind: journal.MailKind(in.Kind), Subject: in.Subject,
		Notes: in.Notes, ReplyBy: f.date("reply_by", in.ReplyBy, false), ReplyMailID: in.ReplyMailID,
		PeriodFrom: f.date("period_from", in.PeriodFrom, false), PeriodTo: f.date("period_to", in.PeriodTo, false),
		CreatedAt: f.stamp("created_at", in.CreatedAt, true), UpdatedAt: f.stamp("updated_at", in.UpdatedAt, true),
		DeletedAt: f.stamp("deleted_at", in.DeletedAt, false)}
	m.Attachments = f.attachments(r, in.Attachments)
	if err := r.finish(line, in.ID, f, m, mailValues(m)); err != nil {
		return err
	}
	return r.each(Item{Line: line, Mail: &m})
}

// finish checks a decoded record: a new, non-empty ID, fields that parsed,
// and the domain's validation. It returns the first *InputError.
func (r *jsonReader) finish(line int, id string, f fields, record interface{ Validate() error }, values map[string]string) error {
	if err := r.checkID(line, "id", "r:", id); err != nil {
		return err
	}
	if f.err != nil {
		return f.err
	}
	if err := record.Validate(); err != nil {
		return fieldError(line, err, values)
	}
	return nil
}

// checkID refuses an empty, overlong or already seen identifier; space
// keeps records, history entries and proofs apart.
func (r *jsonReader) checkID(line int, field, space, id string) error {
	switch {
	case id == "":
		return inputError(line, field, ProblemField, "", ReasonMissing)
	case len(id) > journal.MaxIDLen:
		return inputError(line, field, ProblemField, id, journal.ProblemTooLong)
	case !journal.ValidText(id):
		return inputError(line, field, ProblemField, id, journal.ProblemText)
	case r.ids[space+id]:
		return inputError(line, field, ProblemDuplicate, id, "")
	}
	r.ids[space+id] = true
	return nil
}

// fields parses the text fields of one record and keeps the first error.
type fields struct {
	line int
	err  *InputError
}

func (f *fields) bad(field, value, reason string) {
	if f.err == nil {
		f.err = inputError(f.line, field, ProblemField, value, reason)
	}
}

func (f *fields) id(r *jsonReader, field, space, id string) {
	if f.err != nil {
		return
	}
	if err := r.checkID(f.line, field, space, id); err != nil {
		f.err = err.(*InputError)
	}
}

func (f *fields) date(field, s string, required bool) time.Time {
	if s == "" && !required {
		return time.Time{}
	}
	t, err := journal.ParseISODate(s)
	if err != nil {
		f.bad(field, s, journal.ProblemInvalidDate)
	}
	return t
}

func (f *fields) stamp(field, s string, required bool) time.Time {
	if s == "" && !required {
		return time.Time{}
	}
	t, err := time.Parse(journal.TimestampLayout, s)
	if err != nil {
		f.bad(field, s, journal.ProblemInvalidDate)
	}
	return t
}

func (f *fields) attachments(r *jsonReader, in []attachmentJSON) []journal.Attachment {
	var out []journal.Attachment
	for _, a := range in {
		att := journal.Attachment{ID: a.ID, Name: a.Name, MimeType: a.MimeType, Size: a.Size,
			SHA256: a.SHA256, Data: a.Data, CreatedAt: f.stamp("attachments.created_at", a.CreatedAt, true)}
		if att.Data == nil {
			att.Data = []byte{}
		}
		f.id(r, "attachments.id", "a:", a.ID)
		switch {
		case a.Name == "":
			f.bad("attachments.name", a.Name, journal.ProblemRequired)
		case att.Size > journal.MaxAttachmentSize:
			f.bad("attachments.size", a.Name, journal.ProblemTooLarge)
		case !att.Verify():
			if f.err == nil {
				f.err = inputError(f.line, "attachments.sha256", ProblemChecksum, a.Name, "")
			}
		}
		out = append(out, att)
	}
	return out
}

// lastLiteral returns the JSON string, number or literal that ends data,
// as written in the file, or "".
func lastLiteral(data []byte) string {
	data = bytes.TrimRight(data, " \t\r\n")
	if n := len(data); n > 1 && data[n-1] == '"' {
		for j := n - 2; j >= 0; j-- {
			if data[j] == '"' && (j == 0 || data[j-1] != '\\') {
				return string(data[j:])
			}
		}
		return ""
	}
	return string(data[bytes.LastIndexAny(data, ":[,{ \t\r\n")+1:])
}
