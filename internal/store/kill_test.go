package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/carnet-app/carnet/internal/journal"
)

const killChildEnv = "CARNET_KILL_CHILD_DIR"

// killCount is how many times TestKilledWritersLoseNothingTheyReported
// kills its child: 20 by default, 5 with -short, 200 with TORTURE=1.
func killCount() int {
	switch {
	case os.Getenv("TORTURE") != "":
		return 200
	case testing.Short():
		return 5
	}
	return 20
}

// batchSize is the number of acts each import of the child carries.
const batchSize = 25

func batchActs(batch int) []journal.Act {
	stamp := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	acts := make([]journal.Act, batchSize)
	for k := range acts {
		a := sampleAct(fmt.Sprintf("Import %d-%d", batch, k))
		a.ID, a.Status = fmt.Sprintf("batch-%d-%d", batch, k), ""
		a.Notes = strings.Repeat("notes d’import ", 40)
		a.CreatedAt, a.UpdatedAt = stamp, stamp
		acts[k] = a
	}
	return acts
}

// TestKillChild is the child of TestKilledWritersLoseNothingTheyReported:
// it writes to the record in a loop, alternating single acts with a proof
// and imports of batchSize acts, and prints each one on stdout once it is
// committed. It does nothing when not started by that test.
func TestKillChild(t *testing.T) {
	dir := os.Getenv(killChildEnv)
	if dir == "" {
		t.Skip("started only by TestKilledWritersLoseNothingTheyReported")
	}
	s, err := Open(dir)
	if err != nil {
		fmt.Println("open failed:", err)
		os.Exit(3)
	}
	ctx := context.Background()
	seed, _ := strconv.Atoi(os.Getenv("CARNET_KILL_SEED"))
	for i := 0; ; i++ {
		if i%3 == 2 {
			batch := seed*1000 + i
			if _, err := s.Import(ctx, nil, batchActs(batch), nil, nil, nil); err != nil {
				fmt.Println("import failed:", err)
				os.Exit(3)
			}
			fmt.Printf("batch %d\n", batch)
			continue
		}
		a := sampleAct(fmt.Sprintf("Entreprise %d-%d", seed, i))
		a.ID = fmt.Sprintf("act-%d-%d", seed, i)
		saved, err := s.SaveAct(ctx, a, attachmentFixture(), nil)
		if err != nil {
			fmt.Println("save failed:", err)
			os.Exit(3)
		}
		fmt.Printf("act %s\n", saved.ID)
	}
}

// TestKilledWritersLoseNothingTheyReported starts a child that writes to
// a record (a new one every 20 kills) (single acts with a proof, imports of 25 acts) and kills it
// with SIGKILL after a random delay, again and again with a fixed seed.
// After each kill the record opens, check finds nothing wrong (integrity,
// seals, sums, rules), every write the child reported is there, and every
// import is there whole or not at all.
func TestKilledWritersLoseNothingTheyReported(t *testing.T) {
	if os.Getenv(killChildEnv) != "" {
		t.Skip("child")
	}
	var dir string
	rng := rand.New(rand.NewPCG(1, 200))
	n := killCount()
	reported := 0
	ctx := context.Background()
	for k := 0; k < n; k++ {
		if k%20 == 0 {
			dir = t.TempDir() // a new record every 20 kills keeps each check short
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), killChildEnv+"="+dir, "CARNET_KILL_SEED="+strconv.Itoa(k))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan []string)
		go func() {
			var got []string
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				got = append(got, sc.Text())
			}
			lines <- got
		}()
		time.Sleep(time.Duration(20+rng.IntN(400)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		got := <-lines
		_ = cmd.Wait()

		s, err := Open(dir)
		if err != nil {
			t.Fatalf("kill %d: the record does not open: %v", k, err)
		}
		if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
			t.Fatalf("kill %d: check: %v %v", k, problems, err)
		}
		acts, err := s.FullActs(ctx, time.Time{}, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]journal.Act{}
		batches := map[string]int{}
		for _, a := range acts {
			have[a.ID] = a
			if strings.HasPrefix(a.ID, "batch-") {
				batches[a.ID[:strings.LastIndex(a.ID, "-")]]++
			}
		}
		for _, line := range got {
			kind, id, _ := strings.Cut(line, " ")
			switch kind {
			case "act":
				if a, ok := have[id]; !ok || len(a.Attachments) != 1 {
					t.Errorf("kill %d: act %s was reported committed but is missing or without its proof", k, id)
				}
			case "batch":
				if batches["batch-"+id] != batchSize {
					t.Errorf("kill %d: import %s was reported committed but holds %d acts", k, id, batches["batch-"+id])
				}
			default:
				t.Fatalf("kill %d: child said %q", k, line)
			}
			reported++
		}
		for b, c := range batches {
			if c != batchSize {
				t.Errorf("kill %d: import %s half-written: %d acts of %d", k, b, c, batchSize)
			}
		}
		s.Close()
	}
	t.Logf("%d kills survived; %d writes reported committed, all found", n, reported)
}
