// Package rights is the domain of « Mes droits »: the kinds of request a
// jobseeker can send France Travail (GDPR access, explanation of an
// algorithmic decision, rectification, objection, reminder, CNIL complaint,
// CADA referral), the letters' content as structured documents, the
// response checklist, and the legal clocks computed with the Regulation
// 1182/71 rules and French public holidays. It imports only the standard
// library, the doc model and the journal domain.
package rights
