package store

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
	"github.com/carnet-app/carnet/internal/recorderr"
)

// holdWrite starts a write transaction on s that saves an act and stays
// open until release is closed; it returns once the transaction holds the
// write lock, and done receives its result.
func holdWrite(t *testing.T, s *Store, release chan struct{}) (done chan error) {
	t.Helper()
	started := make(chan struct{})
	done = make(chan error, 1)
	go func() {
		done <- s.inTx(context.Background(), func(tx *sql.Tx) error {
			if err := saveAct(context.Background(), tx, withID(sampleAct("Première"), "first"), s.now()); err != nil {
				return err
			}
			close(started)
			<-release
			return nil
		})
	}()
	select {
	case <-started:
	case err := <-done:
		t.Fatalf("the first writer failed: %v", err)
	}
	return done
}

func withID(a journal.Act, id string) journal.Act {
	a.ID = id
	return a
}

func TestASecondWriterWaitsForTheFirstAndNeitherLosesAWrite(t *testing.T) {
	dir := t.TempDir()
	first, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	release := make(chan struct{})
	done := holdWrite(t, first, release)

	second, err := Open(dir)
	if err != nil {
		t.Fatalf("a second Carnet could not open the record while the first writes: %v", err)
	}
	defer second.Close()
	time.AfterFunc(700*time.Millisecond, func() { close(release) })
	began := time.Now()
	if _, err := second.SaveAct(context.Background(), withID(sampleAct("Seconde"), "second"), nil, nil); err != nil {
		t.Fatalf("the second writer gave up: %v", err)
	}
	if waited := time.Since(began); waited < 500*time.Millisecond {
		t.Errorf("the second writer waited %v only", waited)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"first", "second"} {
		if _, err := second.Act(context.Background(), id); err != nil {
			t.Errorf("act %s: %v", id, err)
		}
	}
}

func TestASecondWriterThatWaitedTooLongIsToldTheRecordIsBusy(t *testing.T) {
	old := busyTimeout
	busyTimeout = 300 * time.Millisecond
	t.Cleanup(func() { busyTimeout = old })
	dir := t.TempDir()
	first, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	release := make(chan struct{})
	done := holdWrite(t, first, release)
	second, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	_, err = second.SaveAct(context.Background(), withID(sampleAct("Seconde"), "second"), nil, nil)
	close(release)
	if !errors.Is(err, recorderr.ErrBusy) {
		t.Errorf("second writer: %v, want ErrBusy", err)
	}
	if err := <-done; err != nil {
		t.Fatalf("the first writer lost its write: %v", err)
	}
	if _, err := second.Act(context.Background(), "first"); err != nil {
		t.Errorf("the first write: %v", err)
	}
}

func TestTheDefaultWaitOutlastsAnImport(t *testing.T) {
	if busyTimeout < 30*time.Second {
		t.Errorf("busy timeout %v, want at least 30 s", busyTimeout)
	}
}
