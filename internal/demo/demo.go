// Package demo generates a fictitious but realistic record — a profile, job
// search acts over the last 18 months with statuses, proofs and mail from
// France Travail — for trying the app, screenshots, tests and benchmarks.
// The same seed and day always give the same record.
package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/rights"
)

// Record is a generated record.
type Record struct {
	Profile  journal.Profile
	Acts     []journal.Act
	Mails    []journal.Mail
	Requests []rights.Request // in every state; sent ones have no snapshot yet
	Meetings []journal.Meeting
	// Notices are one notice of each kind with the mail each marks (also
	// in Mails) and the letters sent for it, to store after the rest.
	Notices []Notice
}

// Generate returns a record of n acts dated over the 18 months before today,
// with about one mail per 8 acts. It is deterministic in (n, seed, today).
func Generate(n int, seed uint64, today time.Time) Record {
	g := &generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), today: journal.Day(today)}
	rec := Record{Profile: g.profile()}
	for i := 0; i < n; i++ {
		rec.Acts = append(rec.Acts, g.act(i, n))
	}
	for i := 0; i < (n+7)/8; i++ {
		m := g.mail(i, (n+7)/8)
		if m.ReplyBy.IsZero() || !m.ReplyBy.Before(g.today) {
			rec.Mails = append(rec.Mails, m)
			continue
		}
		r := g.reply(m)
		m.ReplyMailID = r.ID
		rec.Mails = append(rec.Mails, m, r)
	}
	rec.Requests = g.requests()
	rec.Meetings = g.meetings()
	rec.Notices = g.notices()
	for _, n := range rec.Notices {
		rec.Mails = append(rec.Mails, n.Mail)
	}
	return rec
}

type generator struct {
	rng   *rand.Rand
	today time.Time
}

func (g *generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *generator) id() string {
	return fmt.Sprintf("%016x%016x", g.rng.Uint64(), g.rng.Uint64())
}

func (g *generator) profile() journal.Profile {
	p := journal.DefaultProfile()
	p.Name = "Camille Martin"
	p.Address = "12 rue des Lilas\nAppartement 4\n69003 Lyon"
	p.FranceTravailID = "1234567A"
	p.Agency = "France Travail Lyon Part-Dieu"
	p.Adviser = "M. Olivier Bernard"
	p.Departement = "69"
	p.BirthDate = time.Date(1988, 4, 12, 0, 0, 0, 0, time.UTC)
	p.Email = "camille.martin@example.org" // example.org is reserved for examples (RFC 2606)
	return p
}

// stamp returns a creation time a few hours to a few days after the day.
func (g *generator) stamp(day time.Time, lateChance int) time.Time {
	delay := time.Duration(8+g.rng.IntN(12))*time.Hour + time.Duration(g.rng.IntN(60))*time.Minute
	if g.rng.IntN(100) < lateChance {
		delay += time.Duration(2+g.rng.IntN(8)) * 24 * time.Hour
	}
	t := day.Add(delay)
	if now := g.today.Add(23 * time.Hour); t.After(now) {
		t = now
	}
	return t
}
