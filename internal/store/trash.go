package store

import (
	"context"

	"github.com/carnet-app/carnet/internal/journal"
)

// ListTrash returns every item in the trash (acts, mail, requests and
// meetings), the most recently deleted first.
func (s *Store) ListTrash(ctx context.Context) ([]journal.TrashItem, error) {
	return queryAll(ctx, s, scanTrashItem, `
		SELECT 'act', id, date, label, organisation, theme, code, deleted_at FROM acts WHERE deleted_at <> ''
		UNION ALL SELECT 'mail', id, date, subject, '', '', '', deleted_at FROM mails WHERE deleted_at <> ''
		UNION ALL SELECT 'request', id, substr(created_at, 1, 10), kind, '', '', '', deleted_at FROM requests WHERE deleted_at <> ''
		UNION ALL SELECT 'meeting', id, date, adviser, '', '', '', deleted_at FROM meetings WHERE deleted_at <> ''
		ORDER BY 8 DESC, 2`)
}

func scanTrashItem(row scanner) (journal.TrashItem, error) {
	var it journal.TrashItem
	var kind, date, deleted string
	err := row.Scan(&kind, &it.ID, &date, &it.Title, &it.Detail, &it.Theme, &it.Code, &deleted)
	it.Kind, it.Date, it.DeletedAt = journal.TrashKind(kind), parseDate(date), parseStamp(deleted)
	return it, err
}
