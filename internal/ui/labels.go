package ui

import (
	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/journal"
)

// labeller translates coded domain values for display.
type labeller struct{ tr *i18n.Translator }

func (l labeller) status(s journal.Status) string {
	if s == journal.StatusNone {
		return l.tr.T("status.none")
	}
	return l.tr.T("status." + string(s))
}

func (l labeller) channel(c journal.Channel) string {
	if c == "" {
		return ""
	}
	return l.tr.T("channel." + string(c))
}

func (l labeller) mailChannel(c journal.MailChannel) string {
	return l.tr.T("mailchannel." + string(c))
}
func (l labeller) mailKind(k journal.MailKind) string   { return l.tr.T("mailkind." + string(k)) }
func (l labeller) direction(d journal.Direction) string { return l.tr.T("direction." + string(d)) }

func (l labeller) theme(code string) string { return code + " · " + l.tr.T("catalogue."+code) }

func (l labeller) actType(t journal.ActType) string {
	if t.Code == "-" {
		return l.tr.T("catalogue." + t.Theme + ".-")
	}
	return l.tr.T("catalogue." + t.Code)
}

// actTitle is the label of an act, or its translated type when it has none.
func (l labeller) actTitle(a journal.Act) string {
	if a.Label != "" {
		return a.Label
	}
	if t, ok := a.Type(); ok {
		return l.actType(t)
	}
	return a.Code
}

// problem translates a validation problem code.
func (l labeller) problem(code string) string { return l.tr.T("error." + code) }
