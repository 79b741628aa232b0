// Package defence is the domain of a jobseeker's defence against a control,
// a warning or a sanction of France Travail: the notices a mail can be
// marked as (control questionnaire, information before a sanction,
// warning, suspension or suppression, radiation, repayment claim) and
// their validation, the deadlines they set counted on the safe side
// (LEGAL.md §6), the four letters answering them (observations, lifting a
// suspension, referral to the regional mediator, prior administrative
// appeal) as doc letters, and the wizard that says which letter comes
// next. Deadlines and addressees come from the notice the user received:
// Carnet offers typical values marked « à vérifier », never invents them.
// It imports only the standard library and the domain packages doc,
// journal, rights and report.
package defence
