package carnet

import (
	"context"
	"fmt"

	"github.com/carnet-app/carnet/internal/journal"
)

// RestoreItem takes one item out of the trash, whatever its kind and
// however long ago it was deleted.
func (a *App) RestoreItem(ctx context.Context, it journal.TrashItem) error {
	switch it.Kind {
	case journal.TrashAct:
		return a.RestoreAct(ctx, it.ID)
	case journal.TrashMail:
		return a.RestoreMail(ctx, it.ID)
	case journal.TrashRequest:
		return a.RestoreRequest(ctx, it.ID)
	case journal.TrashMeeting:
		return a.RestoreMeeting(ctx, it.ID)
	}
	return fmt.Errorf("unknown kind of trashed item %q", it.Kind)
}
