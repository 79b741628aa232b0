# shellcheck shell=bash
# Step of scripts/bench.sh (sourced): first frame and peak RSS of the
# baseline and of Carnet (20,000 acts, alternately), then of Carnet with
# 100,000 acts and with an empty record. Sets BASE_MS, BASE_KB, CAR_MS,
# CAR_KB, C100_MS, C100_KB, C0_MS, C0_KB and HALF.

# gui_probe CMD… runs a --startup-probe style program under Xvfb and prints
# "first-frame-ms peak-RSS-KiB"; it retries twice (xvfb-run -a can race
# with another Xvfb starting at the same moment).
gui_probe() {
	local ms
	for _ in 1 2 3; do
		if "${XVFB[@]}" /usr/bin/time -f %M -o "$WORK/probe.rss" "$@" >"$WORK/probe.out" 2>"$WORK/probe.err"; then
			ms=$(sed -n 's/^first_frame_ms=\([0-9][0-9]*\)$/\1/p' "$WORK/probe.out")
			if [ -n "$ms" ]; then
				echo "$ms $(tail -n 1 "$WORK/probe.rss")"
				return 0
			fi
		fi
		sleep 1
	done
	log "$(basename "$1") did not report its first frame; its last output:"
	tail -n 15 "$WORK/probe.err" >&2
	return 1
}

log "startup: baseline and carnet alternately, $RUNS runs each"
: >"$WORK/base.txt"
: >"$WORK/carnet.txt"
for i in $(seq "$RUNS"); do
	if r=$(gui_probe "$WORK/baseline"); then echo "$r" >>"$WORK/base.txt"; fi
	if r=$(gui_probe "$WORK/carnet" --data "$D20K" --startup-probe); then echo "$r" >>"$WORK/carnet.txt"; fi
	log "  run $i/$RUNS"
done
[ "$(wc -l <"$WORK/base.txt")" = "$RUNS" ] || fail "some baseline runs failed"
[ "$(wc -l <"$WORK/carnet.txt")" = "$RUNS" ] || fail "some carnet startup runs failed"
BASE_MS=$(awk '{print $1}' "$WORK/base.txt" | median)
BASE_KB=$(awk '{print $2}' "$WORK/base.txt" | median)
CAR_MS=$(awk '{print $1}' "$WORK/carnet.txt" | median)
CAR_KB=$(awk '{print $2}' "$WORK/carnet.txt" | median)

HALF=$(((RUNS + 1) / 2))
log "startup with 100,000 acts: $HALF runs"
: >"$WORK/carnet100k.txt"
for _ in $(seq "$HALF"); do
	if r=$(gui_probe "$WORK/carnet" --data "$D100K" --startup-probe); then echo "$r" >>"$WORK/carnet100k.txt"; fi
done
C100_MS=$(awk '{print $1}' "$WORK/carnet100k.txt" | median)
C100_KB=$(awk '{print $2}' "$WORK/carnet100k.txt" | median)

log "startup with an empty record: $HALF runs"
: >"$WORK/carnet0.txt"
mkdir -p "$WORK/empty"
for _ in $(seq "$HALF"); do
	if r=$(gui_probe "$WORK/carnet" --data "$WORK/empty" --startup-probe); then echo "$r" >>"$WORK/carnet0.txt"; fi
done
C0_MS=$(awk '{print $1}' "$WORK/carnet0.txt" | median)
C0_KB=$(awk '{print $2}' "$WORK/carnet0.txt" | median)
