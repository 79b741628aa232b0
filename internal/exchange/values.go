package exchange

import (
	"errors"
	"strconv"

	"github.com/carnet-app/carnet/internal/journal"
)

// fieldError turns a domain validation error into an *InputError at line,
// naming the first field at fault (in name order) with its value, taken
// from values, and the problem code as the reason.
func fieldError(line int, err error, values map[string]string) error {
	var v *journal.ValidationError
	if errors.As(err, &v) {
		for _, k := range sortedKeys(v.Fields) {
			return inputError(line, k, ProblemField, values[k], v.Fields[k])
		}
	}
	return inputError(line, "", ProblemField, err.Error(), "")
}

// pick returns the value of a list field to show: the first that is not
// storable text, else the longest (the one over its cap, if any is).
func pick(list []string) string {
	best := ""
	for _, s := range list {
		if !journal.ValidText(s) {
			return s
		}
		if len(s) > len(best) {
			best = s
		}
	}
	return best
}

func attachmentValues(v map[string]string, field string, list []journal.Attachment) {
	var ids, names, types, sums []string
	for _, a := range list {
		ids, names, types, sums = append(ids, a.ID), append(names, a.Name), append(types, a.MimeType), append(sums, a.SHA256)
	}
	v[field+".id"], v[field+".name"], v[field+".mime_type"], v[field+".sha256"] = pick(ids), pick(names), pick(types), pick(sums)
}

func actValues(a journal.Act) map[string]string {
	v := map[string]string{"id": a.ID, "date": date(a.Date), "start_time": a.StartTime,
		"minutes": strconv.Itoa(a.Minutes), "type": a.Theme + " " + a.Code, "theme": a.Theme, "code": a.Code,
		"label": a.Label, "organisation": a.Organisation, "contact_name": a.Contact.Name,
		"contact_role": a.Contact.Role, "contact_email": a.Contact.Email, "contact_phone": a.Contact.Phone,
		"channel": string(a.Channel), "offer_ref": a.OfferRef, "notes": a.Notes, "status": string(a.Status),
		"next_action": a.NextAction, "next_action_on": date(a.NextActionOn), "status_since": date(a.StatusSince)}
	var hist []string
	for _, h := range a.History {
		hist = append(hist, h.ID)
	}
	v["history.id"] = pick(hist)
	attachmentValues(v, "attachments", a.Attachments)
	return v
}

func mailValues(m journal.Mail) map[string]string {
	v := map[string]string{"id": m.ID, "date": date(m.Date), "direction": string(m.Direction),
		"channel": string(m.Channel), "kind": string(m.Kind), "subject": m.Subject, "notes": m.Notes,
		"reply_by": date(m.ReplyBy), "reply_mail": m.ReplyMailID,
		"period": date(m.PeriodFrom) + " – " + date(m.PeriodTo)}
	attachmentValues(v, "attachments", m.Attachments)
	return v
}

func meetingValues(m journal.Meeting) map[string]string {
	v := map[string]string{"id": m.ID, "date": date(m.Date), "start_time": m.StartTime, "mode": string(m.Mode),
		"adviser": m.Adviser, "place": m.Place, "notes": m.Notes, "next_date": date(m.NextDate),
		"questions": pick(m.Questions), "documents": pick(m.Documents),
		"list": strconv.Itoa(max(len(m.Questions), len(m.Documents), len(m.Agreed)))}
	var texts, ids []string
	for _, a := range m.Agreed {
		texts, ids = append(texts, a.Text), append(ids, a.ActID)
	}
	v["agreed"], v["agreed.act_id"] = pick(texts), pick(ids)
	return v
}

func profileValues(p journal.Profile) map[string]string {
	return map[string]string{"name": p.Name, "address": p.Address, "france_travail_id": p.FranceTravailID,
		"agency": p.Agency, "adviser": p.Adviser, "departement": p.Departement, "email": p.Email,
		"language": p.Language, "target": strconv.Itoa(p.TargetMinutes),
		"text_scale": strconv.FormatFloat(p.TextScale, 'g', -1, 64), "birth_date": date(p.BirthDate), "theme": p.Theme}
}
