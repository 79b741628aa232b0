package ui

import (
	"strings"
	"testing"
)

// TestWhatWasNoticedAtOpenIsToldOnce.
func TestWhatWasNoticedAtOpenIsToldOnce(t *testing.T) {
	u, _ := newTestUI(t)
	u.ShowNotices(nil)
	if u.noticesShown != nil {
		t.Fatal("a dialog without anything to tell")
	}
	u.ShowNotices([]string{u.tr.T("notice.folder_tightened")})
	if u.noticesShown == nil {
		t.Fatal("the notice was not shown")
	}
	top := u.win.Canvas().Overlays().Top()
	if all := strings.Join(labelsIn(top), " "); !strings.Contains(all, "rendu privé") {
		t.Fatalf("the notice says %q", all)
	}
}
