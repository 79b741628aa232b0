package carnet

import (
	"context"

	"github.com/carnet-app/carnet/internal/journal"
)

// PageSize is how many acts the Journal loads at a time.
const PageSize = 100

// ActsPage is one page of the Journal: the acts after a given one, and,
// with the first page, the totals of the whole filter.
type ActsPage struct {
	Acts   []journal.Act
	Totals journal.Totals // set on the first page only
	More   bool           // another page follows
}

// JournalPage returns the page of acts matching f that follows after (nil:
// the first page, with the totals). It reads PageSize acts at most, through
// the record's keyset pagination.
func (a *App) JournalPage(ctx context.Context, f journal.ActFilter, after *journal.Act) (ActsPage, error) {
	var p ActsPage
	acts, err := a.ActsPage(ctx, f, after, PageSize+1)
	if err != nil {
		return p, err
	}
	if len(acts) > PageSize {
		acts, p.More = acts[:PageSize], true
	}
	p.Acts = acts
	if after == nil {
		if err := ctx.Err(); err != nil {
			return p, err
		}
		p.Totals, err = a.ActTotals(ctx, f)
	}
	return p, err
}
