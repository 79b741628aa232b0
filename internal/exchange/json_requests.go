package exchange

import (
	"github.com/carnet-app/carnet/internal/rights"
)

type decisionJSON struct {
	Date         string `json:"date"`
	Reference    string `json:"reference"`
	Nature       string `json:"nature"`
	Description  string `json:"description"`
	ScoreWeighed bool   `json:"score_weighed"`
}

type correctionJSON struct {
	Recorded string `json:"recorded"`
	Truth    string `json:"truth"`
	Proof    string `json:"proof"`
	// ProofLabel is omitted when empty, so records exported before it
	// existed round-trip byte for byte.
	ProofLabel string `json:"proof_label,omitempty"`
}

type snapshotJSON struct {
	PDF       []byte `json:"pdf"`
	Text      string `json:"text"`
	CreatedAt string `json:"created_at"`
}

type requestJSON struct {
	ID               string           `json:"id"`
	Kind             string           `json:"kind"`
	ParentID         string           `json:"parent_id"`
	RecipientKind    string           `json:"recipient_kind"`
	Recipient        []string         `json:"recipient"`
	ElectronicCopy   bool             `json:"electronic_copy"`
	Decision         decisionJSON     `json:"decision"`
	Corrections      []correctionJSON `json:"corrections"`
	Statement        string           `json:"statement"`
	Mode             string           `json:"mode"`
	SentOn           string           `json:"sent_on"`
	RegisteredNumber string           `json:"registered_number"`
	ReceivedOn       string           `json:"received_on"`
	ExtensionOn      string           `json:"extension_on"`
	AnsweredOn       string           `json:"answered_on"`
	RefusedOn        string           `json:"refused_on"`
	RoutesMentioned  bool             `json:"routes_mentioned,omitempty"`
	Asked            []string         `json:"asked,omitempty"`
	Checklist        map[string]bool  `json:"checklist"`
	Snapshot         *snapshotJSON    `json:"snapshot"`
	CreatedAt        string           `json:"created_at"`
	UpdatedAt        string           `json:"updated_at"`
}

func requestToJSON(r rights.Request) requestJSON {
	out := requestJSON{ID: r.ID, Kind: string(r.Kind), ParentID: r.ParentID, RecipientKind: string(r.RecipientKind),
		Recipient: append([]string{}, r.Recipient...), ElectronicCopy: r.ElectronicCopy,
		Decision: decisionJSON{Date: date(r.Decision.Date), Reference: r.Decision.Reference, Nature: r.Decision.Nature,
			Description: r.Decision.Description, ScoreWeighed: r.Decision.ScoreWeighed},
		Corrections: []correctionJSON{}, Statement: r.Statement, Mode: string(r.Mode), SentOn: date(r.SentOn),
		RegisteredNumber: r.RegisteredNumber, ReceivedOn: date(r.ReceivedOn), ExtensionOn: date(r.ExtensionOn),
		AnsweredOn: date(r.AnsweredOn), RefusedOn: date(r.RefusedOn), RoutesMentioned: r.RoutesMentioned,
		Asked: append([]string(nil), r.AskedKeys...), Checklist: map[string]bool{},
		CreatedAt: stamp(r.CreatedAt), UpdatedAt: stamp(r.UpdatedAt)}
	for _, c := range r.Corrections {
		out.Corrections = append(out.Corrections, correctionJSON(c))
	}
	for k, v := range r.Checklist {
		out.Checklist[k] = v
	}
	if r.Snapshot != nil {
		out.Snapshot = &snapshotJSON{PDF: r.Snapshot.PDF, Text: r.Snapshot.Text, CreatedAt: stamp(r.Snapshot.CreatedAt)}
	}
	return out
}

func (r *jsonReader) readRequest(line int) error {
	var in requestJSON
	if err := r.decode(&in); err != nil {
		return err
	}
	f := fields{line: line}
	req := rights.Request{ID: in.ID, Kind: rights.Kind(in.Kind), ParentID: in.ParentID,
		RecipientKind: rights.RecipientKind(in.RecipientKind), Recipient: in.Recipient,
		ElectronicCopy: in.ElectronicCopy, Statement: in.Statement, Mode: rights.SendMode(in.Mode),
		Decision: rights.Decision{Date: f.date("decision.date", in.Decision.Date, false), Reference: in.Decision.Reference,
			Nature: in.Decision.Nature, Description: in.Decision.Description, ScoreWeighed: in.Decision.ScoreWeighed},
		SentOn: f.date("sent_on", in.SentOn, false), RegisteredNumber: in.RegisteredNumber,
		ReceivedOn: f.date("received_on", in.ReceivedOn, false), ExtensionOn: f.date("extension_on", in.ExtensionOn, false),
		AnsweredOn: f.date("answered_on", in.AnsweredOn, false), RefusedOn: f.date("refused_on", in.RefusedOn, false),
		RoutesMentioned: in.RoutesMentioned, AskedKeys: in.Asked, Checklist: in.Checklist, CreatedAt: f.stamp("created_at", in.CreatedAt, true),
		UpdatedAt: f.stamp("updated_at", in.UpdatedAt, true)}
	for _, c := range in.Corrections {
		req.Corrections = append(req.Corrections, rights.Correction(c))
	}
	if in.Snapshot != nil {
		req.Snapshot = &rights.Snapshot{PDF: in.Snapshot.PDF, Text: in.Snapshot.Text,
			CreatedAt: f.stamp("snapshot.created_at", in.Snapshot.CreatedAt, true)}
	}
	if err := r.finish(line, in.ID, f, req, map[string]string{"id": in.ID, "kind": in.Kind, "mode": in.Mode,
		"parent_id": in.ParentID, "recipient_kind": in.RecipientKind}); err != nil {
		return err
	}
	return r.each(Item{Line: line, Request: &req})
}
