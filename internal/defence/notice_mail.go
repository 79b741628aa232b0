package defence

import "github.com/carnet-app/carnet/internal/journal"

// KindsForMail returns the notice kinds a mail of kind k may be marked as,
// the likeliest first: a control questionnaire is a control, a warning a
// warning or an information before a sanction, a decision a sanction, a
// radiation or a warning, an overpayment a repayment claim; any other
// kind of mail may be any notice.
func KindsForMail(k journal.MailKind) []Kind {
	switch k {
	case journal.KindControl:
		return []Kind{KindControl}
	case journal.KindWarning:
		return []Kind{KindWarning, KindPreSanction}
	case journal.KindDecision:
		return []Kind{KindSanction, KindRadiation, KindWarning}
	case journal.KindOverpayment:
		return []Kind{KindRepayment}
	}
	return Kinds()
}

// NoticeFromMail returns a notice pre-filled from a mail: the likeliest
// kind for the mail's kind, its date and, when the mail has one, the
// period it asks about. The reference, the failure, the time limit, the
// addressee and the day it was seen come from the notice itself and are
// the user's to enter: Carnet does not guess them.
func NoticeFromMail(m journal.Mail) Notice {
	n := Notice{MailID: m.ID, Kind: KindsForMail(m.Kind)[0], Date: journal.Day(m.Date)}
	if !m.PeriodFrom.IsZero() && !m.PeriodTo.IsZero() {
		n.PeriodFrom, n.PeriodTo = journal.Day(m.PeriodFrom), journal.Day(m.PeriodTo)
	}
	return n
}
