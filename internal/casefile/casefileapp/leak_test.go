package casefileapp

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/base64"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/carnet-app/carnet/internal/answerfind"
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/casefile"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
	"github.com/carnet-app/carnet/internal/store"
)

// The identifying data of the record: none of it may reach a case file.
var (
	person = journal.Profile{
		Name:            "Jeanne-Marie Quenteloup",
		Address:         "17 rue des Capucines Dorées\n69100 Villeurbanne",
		FranceTravailID: "7654321X",
		Agency:          "Agence Villeurbanne Gratte-Ciel",
		Adviser:         "Hervé Lacombe-Ribaud",
		Departement:     "69",
		BirthDate:       day(1987, 6, 14),
		Email:           "jm.quenteloup.1987@exemple-mail.fr",
		Language:        "fr",
		TextScale:       1,
	}
	notes     = "Appel de Mme Lacombe-Ribaud : elle évoque un « profil à risque » ; rappeler jeudi"
	proofFile = "attestation-quenteloup-employeur.pdf"
	answerPDF = "reponse-FT-quenteloup-mai.pdf"
	// secrets are searched in every output, as text, in UTF-16 and in
	// every base64 run; tokens must not appear as whole words.
	secrets = []string{"Quenteloup", "Jeanne-Marie", "Capucines", "Villeurbanne", "69100", "7654321X", "Gratte-Ciel",
		"Lacombe", "Ribaud", "Hervé", "14/06/1987", "1987-06-14", "14 juin 1987", "exemple-mail", "jm.quenteloup",
		"098 765", "DEC-2026-4471-QZ", "absence au rendez-vous", "attestation-quenteloup", "reponse-FT",
		"profil à risque", "rappeler jeudi", "travail de nuit", "17/03/2026", "2026-03-17", "17 mars", "19 mars",
		"22 mai", "2026-05-22", "2 juin", "Barbusse"}
	tokens = []string{"69", "1987"}
)

// identifyingRecord stores a record full of identifying data: the
// profile, an access request sent by registered mail (its recipient, its
// number, its letter as sent), an explanation request about a named
// decision, a rectification with proofs and a statement, and follow-ups;
// it returns the store and the IDs of the three requests.
func identifyingRecord(t *testing.T) (*store.Store, []string) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.SaveProfile(ctx, person); err != nil {
		t.Fatal(err)
	}
	letter := "Jeanne-Marie Quenteloup, 17 rue des Capucines Dorées, 69100 Villeurbanne, identifiant 7654321X, née le 14/06/1987. " + notes
	access := rights.Request{ID: "acc", Kind: rights.KindAccess, RecipientKind: rights.RecipientAgency,
		Recipient: []string{"France Travail", person.Agency, "12 avenue Henri Barbusse", "69100 Villeurbanne"},
		Mode:      rights.ModeRegistered, SentOn: day(2026, 3, 17), RegisteredNumber: "1A 098 765 4321 0",
		ReceivedOn: day(2026, 3, 19), AnsweredOn: day(2026, 5, 22), Checklist: map[string]bool{"a": true, "copy": true, "scores": true}}
	access = access.WithAskedKeys()
	explanation := rights.Request{ID: "exp", Kind: rights.KindExplanation, Mode: rights.ModeEmail, SentOn: day(2026, 3, 17),
		Decision: rights.Decision{Date: day(2026, 2, 2), Reference: "DEC-2026-4471-QZ", Nature: "radiation", ScoreWeighed: true,
			Description: "Radiation après mon absence au rendez-vous chez Hervé Lacombe-Ribaud, travail de nuit"},
		RefusedOn: day(2026, 6, 2)}
	rectification := rights.Request{ID: "rec", Kind: rights.KindRectification, Mode: rights.ModePersonalSpace, SentOn: day(2026, 3, 17),
		Corrections: []rights.Correction{{Recorded: "Quenteloup sans diplôme", Truth: "BTS obtenu en 2009", Proof: proofFile, ProofLabel: answerPDF}},
		Statement:   "Je travaille de nuit à Villeurbanne, profil à risque selon Mme Lacombe-Ribaud ; " + person.Email}
	for _, r := range []rights.Request{access, explanation, rectification} {
		if _, err := s.MarkSent(ctx, r, rights.Snapshot{PDF: []byte("%PDF-1.4 " + letter), Text: letter}); err != nil {
			t.Fatal(err)
		}
	}
	followUps := []rights.Request{
		{ID: "rem", ParentID: "acc", Kind: rights.KindReminder, Mode: rights.ModeRegistered, SentOn: day(2026, 5, 4),
			RegisteredNumber: "1A 098 765 4322 7", Recipient: access.Recipient},
		{ID: "cnil", ParentID: "exp", Kind: rights.KindCNIL, Mode: rights.ModeOnlineForm, SentOn: day(2026, 5, 20), Statement: notes},
	}
	for _, r := range followUps {
		if _, err := s.MarkSent(ctx, r, rights.Snapshot{PDF: []byte("%PDF-1.4 " + letter), Text: letter}); err != nil {
			t.Fatal(err)
		}
	}
	return s, []string{"acc", "exp", "rec", "rem", "cnil"}
}

// identifyingFacts are facts as an answer might give them, several naming
// the person, one hiding the name in base64.
func identifyingFacts() []answerfind.Fact {
	return []answerfind.Fact{
		{Name: "Nom", Value: person.Name}, {Name: "Identifiant France Travail", Value: person.FranceTravailID},
		{Name: "Adresse", Value: "17 rue des Capucines Dorées"}, {Name: "Date de naissance", Value: "14/06/1987"},
		{Name: "Conseiller référent", Value: person.Adviser}, {Name: "Agence de rattachement", Value: person.Agency},
		{Name: "Dossier suivi par", Value: "Mme Lacombe-Ribaud"}, {Name: "Courriel", Value: person.Email},
		{Name: "Observation", Value: notes}, {Name: "Pièce", Value: proofFile}, {Name: "Source", Value: answerPDF},
		{Name: "Code", Value: base64.StdEncoding.EncodeToString([]byte("Quenteloup"))},
		{Name: "Mise à jour", Value: "22/05/2026"}, {Name: "Contact", Value: "06 12 34 56 78"},
		{Name: "Score d’employabilité", Value: "0,42"}, {Name: "Modalité d’accompagnement", Value: "Renforcé"},
	}
}

var b64Run = regexp.MustCompile(`[A-Za-z0-9+/_-]{8,}={0,2}`)

// leaks returns the secrets found in data: as UTF-8 or UTF-16 text, in
// what any base64 run decodes to (at any of the four alignments, either
// alphabet), and in every zlib stream of a PDF. In text (not raw PDF
// bytes, where numbers are offsets and lengths) the tokens are searched
// too, as whole numbers.
func leaks(data []byte, text bool) []string {
	hay := [][]byte{data}
	hay = append(hay, inflated(data)...)
	for _, h := range append([][]byte(nil), hay...) {
		hay = append(hay, decodedBase64(h)...)
	}
	var found []string
	for _, s := range secrets {
		low := strings.ToLower(s)
		for _, h := range hay {
			lh := bytes.ToLower(h)
			if bytes.Contains(lh, []byte(low)) || bytes.Contains(h, utf16BE(s)) || bytes.Contains(h, utf16BE(low)) {
				found = append(found, s)
				break
			}
		}
	}
	for _, tok := range tokens {
		if !text {
			break
		}
		re := regexp.MustCompile(`(^|[^0-9])` + tok + `([^0-9]|$)`)
		for _, h := range hay {
			if re.Match(h) {
				found = append(found, tok)
				break
			}
		}
	}
	return found
}

func utf16BE(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u>>8), byte(u))
	}
	return out
}

// decodedBase64 decodes every base64-looking run of data.
func decodedBase64(data []byte) [][]byte {
	var out [][]byte
	for _, run := range b64Run.FindAll(data, -1) {
		bare := strings.TrimRight(string(run), "=")
		for off := 0; off < 4 && off < len(bare); off++ {
			for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
				part := bare[off:]
				part = part[:len(part)-len(part)%4+min(len(part)%4, 3)]
				if len(part)%4 == 1 {
					part = part[:len(part)-1]
				}
				if b, err := enc.DecodeString(part); err == nil {
					out = append(out, b)
				}
			}
		}
	}
	return out
}

// inflated returns the content of every zlib (FlateDecode) stream in data.
func inflated(data []byte) [][]byte {
	var out [][]byte
	rest := data
	for {
		i := bytes.Index(rest, []byte("stream"))
		if i < 0 {
			return out
		}
		rest = bytes.TrimLeft(rest[i+len("stream"):], "\r\n")
		if r, err := zlib.NewReader(bytes.NewReader(rest)); err == nil {
			if b, err := io.ReadAll(io.LimitReader(r, 1<<24)); err == nil || len(b) > 0 {
				out = append(out, b)
			}
		}
	}
}

func TestTheLeakDetectorFindsHiddenData(t *testing.T) {
	hidden := []byte(`{"x":"` + base64.StdEncoding.EncodeToString([]byte("…Quenteloup…")) + `"}`)
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write([]byte("(Villeurbanne) Tj"))
	w.Close()
	stream := append(append([]byte("<< /Filter /FlateDecode >>\nstream\n"), z.Bytes()...), "\nendstream"...)
	for name, data := range map[string][]byte{
		"base64": hidden, "base64 at an odd offset": []byte("xyz" + base64.RawURLEncoding.EncodeToString([]byte("ab Lacombe"))),
		"UTF-16": append([]byte("/Title <FEFF"), utf16BE("hervé")...), "zlib stream": stream, "département": []byte(`"dep":"69"`),
	} {
		if len(leaks(data, name == "département")) == 0 {
			t.Errorf("the detector misses data hidden as %s", name)
		}
	}
	if got := leaks([]byte(`{"region":"Auvergne-Rhône-Alpes","delay_days":691}`), true); len(got) != 0 {
		t.Errorf("the detector finds %q in a clean file", got)
	}
}

// confirmFacts confirms the identifying facts from answers to each of the
// requests, each read from an answer file with an identifying name, dated
// to the day; it returns the application layer over the record.
func confirmFacts(t *testing.T, s *store.Store, requestIDs ...string) *carnet.App {
	t.Helper()
	a := carnet.New(s, func() time.Time { return day(2026, 5, 22) })
	for _, id := range requestIDs {
		for _, f := range identifyingFacts() {
			f.File, f.Page, f.ValidOn = answerPDF, 3, day(2026, 5, 22)
			if _, err := a.ConfirmFact(context.Background(), id, f); err != nil {
				t.Fatal(err)
			}
		}
	}
	return a
}

func TestCaseFilesHoldNoIdentifyingData(t *testing.T) {
	s, ids := identifyingRecord(t)
	a := confirmFacts(t, s, "acc", "exp", "rec")
	ctx := context.Background()
	for _, id := range ids {
		for _, withValues := range []bool{false, true} {
			c, err := Prepare(ctx, a, id, withValues)
			if err != nil {
				t.Fatal(err)
			}
			if c.Region != "Auvergne-Rhône-Alpes" || c.Sent != "2026-03" {
				t.Errorf("%s: région %q, sent %q", id, c.Region, c.Sent)
			}
			wantFacts := []casefile.Disclosed{{Name: "Score d’employabilité"}, {Name: "Modalité d’accompagnement"}}
			if withValues {
				wantFacts[0].Value, wantFacts[1].Value = "0,42", "Renforcé"
			}
			if !slices.Contains(c.Disclosed, wantFacts[0]) || !slices.Contains(c.Disclosed, wantFacts[1]) {
				t.Errorf("%s: disclosed %q, want %q among them", id, c.Disclosed, wantFacts)
			}
			js, err := Encode(c, FormatJSON)
			if err != nil {
				t.Fatal(err)
			}
			pdf, err := Encode(c, FormatPDF)
			if err != nil {
				t.Fatal(err)
			}
			info := poppler(t, pdf, "pdfinfo", nil)
			for name, out := range map[string][]byte{"JSON": js, "PDF": pdf, "PDF text": []byte(pdfText(t, pdf)),
				"PDF metadata": []byte(info), "case text": []byte(casefile.Text(c))} {
				if found := leaks(out, name != "PDF"); len(found) > 0 {
					t.Errorf("%s (values %v): the %s holds %q", id, withValues, name, found)
				}
			}
			metadata(t, info)
		}
	}
}

// metadata checks that the PDF's metadata are the neutral, fixed ones.
func metadata(t *testing.T, info string) {
	t.Helper()
	fields := map[string]string{}
	for _, line := range strings.Split(info, "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			fields[k] = strings.TrimSpace(v)
		}
	}
	want := map[string]string{"Title": casefile.Title, "Creator": "Carnet", "Author": "", "Subject": "", "Keywords": ""}
	for k, v := range want {
		if fields[k] != v {
			t.Errorf("PDF %s is %q, want %q", k, fields[k], v)
		}
	}
	if !strings.HasPrefix(fields["Producer"], "FPDF") {
		t.Errorf("PDF Producer is %q", fields["Producer"])
	}
	if !strings.Contains(fields["CreationDate"], "2000") || !strings.Contains(fields["ModDate"], "2000") {
		t.Errorf("PDF dates %q and %q are not the fixed ones", fields["CreationDate"], fields["ModDate"])
	}
}

func TestPrepareRefusesADraftAndFollowsAFollowUpToItsRequest(t *testing.T) {
	s, _ := identifyingRecord(t)
	ctx := context.Background()
	if _, err := s.SaveRequest(ctx, rights.Request{ID: "draft", Kind: rights.KindObjection}); err != nil {
		t.Fatal(err)
	}
	if _, err := Prepare(ctx, s, "draft", false); err != ErrNotSent {
		t.Errorf("a draft gives %v, want ErrNotSent", err)
	}
	if _, err := Prepare(ctx, s, "nope", false); err == nil {
		t.Error("an unknown request gives no error")
	}
	c, err := Prepare(ctx, s, "rem", false)
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != "access" || len(c.Escalation.Steps) != 1 || c.Escalation.Outcome != casefile.OutcomePartial {
		t.Errorf("the reminder's case file: %+v", c)
	}
}

func TestFactsOfTakesTheLatestValueFromTheRequestAndItsFollowUps(t *testing.T) {
	entry := func(req, value string) answerfind.ConfirmedFact {
		return answerfind.ConfirmedFact{RequestID: req, Fact: answerfind.Fact{Name: "Modalité", Value: value, File: answerPDF}}
	}
	hist := []answerfind.FactHistory{
		{Name: "Modalité", Entries: []answerfind.ConfirmedFact{entry("acc", "Guidé"), entry("rem", "Renforcé"), entry("other", "Suivi")}},
		{Name: "Score", Entries: []answerfind.ConfirmedFact{{RequestID: "other", Fact: answerfind.Fact{Name: "Score", Value: "1"}}}},
		{Name: "Segment", Entries: []answerfind.ConfirmedFact{{RequestID: "acc", Fact: answerfind.Fact{Name: "Segment", Value: "C"}}}},
	}
	all := []rights.Request{{ID: "acc"}, {ID: "rem", ParentID: "acc", Kind: rights.KindReminder}, {ID: "other"}}
	got := FactsOf(hist, all[0], all)
	want := []casefile.Fact{{Name: "Modalité", Value: "Renforcé"}, {Name: "Segment", Value: "C"}}
	if !slices.Equal(got, want) {
		t.Errorf("FactsOf = %q, want %q", got, want)
	}
}
