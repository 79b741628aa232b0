package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carnet-app/carnet/internal/journal"
)

// trashLines returns the text of each row of the trash dialog.
func trashLines(d *trashDialog) []string {
	var out []string
	for _, o := range d.rows.Objects {
		if c, ok := o.(*fyne.Container); ok {
			out = append(out, c.Objects[0].(*widget.Label).Text)
		}
	}
	return out
}

func TestTheTrashRestoresAnyItemNotOnlyTheLast(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	day := time.Date(2026, 11, 10, 0, 0, 0, 0, time.UTC)
	first, err := st.SaveAct(ctx, journal.Act{Date: day, Minutes: 45, Theme: "P03", Code: "Q14", Organisation: "Boulangerie Dupont"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	second, err := st.SaveAct(ctx, journal.Act{Date: day, Minutes: 30, Theme: "P03", Code: "Q14", Label: "Relance", Organisation: "Keolis"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{first.ID, second.ID} {
		if err := st.TrashAct(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	u.changed(changedActs)
	u.Show(ScreenJournal)
	if strings.Contains(u.journal.count.Text, "2") {
		t.Fatalf("the deleted acts are still counted: %q", u.journal.count.Text)
	}
	test.Tap(u.journal.trashButton)
	d := u.lastTrash
	lines := trashLines(d)
	if len(lines) != 2 {
		t.Fatalf("trash lines: %q", lines)
	}
	// Restore the older deletion, which an undo bar could no longer reach.
	var older *fyne.Container
	for _, o := range d.rows.Objects {
		c := o.(*fyne.Container)
		if strings.Contains(c.Objects[0].(*widget.Label).Text, "Boulangerie Dupont") {
			older = c
		}
	}
	if older == nil {
		t.Fatalf("the first act is not in the trash: %q", lines)
	}
	for _, o := range older.Objects {
		if b, ok := o.(*widget.Button); ok {
			test.Tap(b)
		}
	}
	if !strings.Contains(d.status.Text, "Restauré") || len(trashLines(d)) != 1 {
		t.Fatalf("after restoring: status %q, lines %q", d.status.Text, trashLines(d))
	}
	rows := visibleRows(u.journal)
	if len(rows) != 1 || !strings.Contains(rows[0], "Boulangerie Dupont") {
		t.Fatalf("journal after restoring: %q", rows)
	}
}
