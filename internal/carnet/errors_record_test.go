package carnet

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/carnet-app/carnet/i18n"
	"github.com/carnet-app/carnet/internal/recorderr"
)

func TestProblemsOfTheRecordFileBecomeSentencesWithTheNextStep(t *testing.T) {
	driver := errors.New("database is locked (5) (SQLITE_BUSY)")
	tests := []struct {
		name   string
		err    error
		fr, en string // parts of the sentences
	}{
		{"damaged", recorderr.Wrap(recorderr.ErrDamaged, errors.New("refused")), "lecture seule", "restore the latest backup"},
		{"busy", fmt.Errorf("import: %w", recorderr.Wrap(recorderr.ErrBusy, driver)), "Un autre Carnet", "Another Carnet"},
		{"full", recorderr.Wrap(recorderr.ErrFull, errors.New("database or disk is full (13)")), "rien n’a été importé", "nothing was imported"},
		{"read-only folder", recorderr.Wrap(recorderr.ErrReadOnly, &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrPermission}), "Vous pouvez encore le lire", "You can still read it"},
		{"not Carnet's", recorderr.Wrap(recorderr.ErrNotCarnet, errors.New("empty")), "n’est pas un carnet", "not a Carnet record"},
		{"newer", recorderr.Wrap(recorderr.ErrNewer, errors.New("schema 99")), "plus récente", "newer version"},
		{"outdated and read-only", recorderr.Wrap(recorderr.ErrOutdated, errors.New("schema 3")), "mis à jour", "upgraded"},
	}
	fr, en := i18n.New("fr"), i18n.New("en")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Explain(fr, tt.err); !strings.Contains(got, tt.fr) || strings.Contains(got, "(5)") {
				t.Errorf("fr: %q, want %q in it", got, tt.fr)
			}
			if got := Explain(en, tt.err); !strings.Contains(got, tt.en) {
				t.Errorf("en: %q, want %q in it", got, tt.en)
			}
		})
	}
}
