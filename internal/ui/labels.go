package ui

import (
	"strings"
	"time"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
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

func (l labeller) requestKind(k rights.Kind) string     { return l.tr.T("kind." + string(k)) }
func (l labeller) requestStatus(s rights.Status) string { return l.tr.T("rstatus." + string(s)) }
func (l labeller) sendMode(m rights.SendMode) string    { return l.tr.T("mode." + string(m)) }
func (l labeller) decisionNature(n string) string       { return l.tr.T("nature." + n) }
func (l labeller) clock(k rights.ClockKind) string      { return l.tr.T("clock." + string(k)) }
func (l labeller) recipientKind(k rights.RecipientKind) string {
	return l.tr.T("recipient." + string(k))
}

// missing translates the keys of fields a letter lacks into one line each.
func (l labeller) missing(keys []string) string {
	var lines []string
	for _, k := range keys {
		lines = append(lines, "– "+l.tr.T("missing."+k))
	}
	return strings.Join(lines, "\n")
}

// longDate writes a date in words in the UI language.
func (l labeller) longDate(t time.Time) string {
	if l.tr.Lang() == "en" {
		return journal.FormatLongDateEN(t)
	}
	return journal.FormatLongDate(t)
}
