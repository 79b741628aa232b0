package journal

// French labels of the coded values. Documents addressed to France Travail
// and spreadsheet exports are always in French; the UI translates the same
// codes through its own catalogue.
var (
	frenchChannels = map[Channel]string{
		ChannelFranceTravail: "Site France Travail", ChannelJobBoard: "Site d’emploi",
		ChannelEmail: "E-mail", ChannelPost: "Courrier", ChannelInPerson: "En personne",
		ChannelPhone: "Téléphone", ChannelNetwork: "Réseau", ChannelAgency: "Agence",
		ChannelOther: "Autre",
	}
	frenchStatuses = map[Status]string{
		StatusSent: "Envoyée", StatusFollowedUp: "Relancée", StatusInterview: "Entretien",
		StatusRejected: "Refus", StatusNoAnswer: "Sans réponse", StatusHired: "Embauche",
		StatusAbandoned: "Abandonnée",
	}
)

// FrenchLabel returns the French label of a channel, or "" for none.
func (c Channel) FrenchLabel() string { return frenchChannels[c] }

// FrenchLabel returns the French label of a status, or "" for none.
func (s Status) FrenchLabel() string { return frenchStatuses[s] }

// ChannelFromFrench returns the channel whose French label or code is s.
func ChannelFromFrench(s string) (Channel, bool) {
	for c, l := range frenchChannels {
		if FoldText(l) == FoldText(s) || string(c) == s {
			return c, true
		}
	}
	return "", s == ""
}

// StatusFromFrench returns the status whose French label or code is s.
func StatusFromFrench(s string) (Status, bool) {
	for st, l := range frenchStatuses {
		if FoldText(l) == FoldText(s) || string(st) == s {
			return st, true
		}
	}
	return StatusNone, s == ""
}
