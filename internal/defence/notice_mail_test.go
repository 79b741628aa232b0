package defence

import (
	"reflect"
	"testing"

	"github.com/carnet-app/carnet/internal/journal"
)

func TestNoticeFromMail(t *testing.T) {
	tests := []struct {
		mail journal.Mail
		want Notice
	}{
		{journal.Mail{ID: "m1", Kind: journal.KindControl, Date: day("2026-11-02"), Subject: "Contrôle", PeriodFrom: day("2026-09-01"), PeriodTo: day("2026-10-31")},
			Notice{MailID: "m1", Kind: KindControl, Date: day("2026-11-02"), PeriodFrom: day("2026-09-01"), PeriodTo: day("2026-10-31")}},
		{journal.Mail{ID: "m2", Kind: journal.KindWarning, Date: day("2026-11-20"), Subject: "Avertissement AV-2026-118"},
			Notice{MailID: "m2", Kind: KindWarning, Date: day("2026-11-20")}},
		{journal.Mail{ID: "m3", Kind: journal.KindDecision, Date: day("2026-09-15")}, Notice{MailID: "m3", Kind: KindSanction, Date: day("2026-09-15")}},
		{journal.Mail{ID: "m4", Kind: journal.KindOverpayment, Date: day("2026-11-10")}, Notice{MailID: "m4", Kind: KindRepayment, Date: day("2026-11-10")}},
		{journal.Mail{ID: "m5", Kind: journal.KindConvocation, Date: day("2026-11-10")}, Notice{MailID: "m5", Kind: KindControl, Date: day("2026-11-10")}},
	}
	for _, tt := range tests {
		if got := NoticeFromMail(tt.mail); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("NoticeFromMail(%s) = %+v, want %+v", tt.mail.Kind, got, tt.want)
		}
	}
	for _, k := range journal.MailKinds() {
		if len(KindsForMail(k)) == 0 {
			t.Errorf("a %s mail can be marked as no notice", k)
		}
	}
}
