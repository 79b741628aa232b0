# shellcheck shell=bash
# Step of scripts/bench.sh (sourced): whole processes (a letter, and
# `carnet version` as the floor of every command) and the idle CPU of the
# baseline's and Carnet's windows. Sets LETTER_MS, VERSION_MS, IDLE_BASE,
# IDLE_PCT and IDLE_CPU_S.

# process_ms FILE CMD… runs CMD $RUNS times and appends each wall time in ms
# to FILE; it stops at the first failure.
process_ms() {
	local file=$1 start end
	shift
	: >"$file"
	for _ in $(seq "$RUNS"); do
		start=$(date +%s%N)
		"$@" >"$WORK/process.log" 2>&1 || { fail "$* failed: $(tail -n 1 "$WORK/process.log")"; return 0; }
		end=$(date +%s%N)
		calc "($end - $start) / 1e6" >>"$file"
	done
}

log "letter access and version: $RUNS processes each"
process_ms "$WORK/letter.txt" "$WORK/carnet" --data "$D20K" letter access --out "$WORK/letter.pdf"
process_ms "$WORK/version.txt" "$WORK/carnet" version
LETTER_MS=$(median <"$WORK/letter.txt")
VERSION_MS=$(median <"$WORK/version.txt")

# idle_cpu CMD… opens a window under Xvfb, lets it settle, and writes to
# $WORK/idle.result the share of one core (in %) and the CPU seconds the
# program used while idle. It runs in the main shell so that the EXIT trap
# can stop the window.
idle_cpu() {
	local pid hz t1 t2 s1 s2 out=""
	"${XVFB[@]}" "$@" >"$WORK/idle.log" 2>&1 &
	XVFB_PID=$!
	if pid=$(child_named "$XVFB_PID" "$(basename "$1")"); then
		GUI_PID=$pid
		sleep "$SETTLE_SECONDS"
		if kill -0 "$pid" 2>/dev/null; then
			hz=$(getconf CLK_TCK)
			t1=$(cpu_ticks "$pid")
			s1=$(date +%s%N)
			sleep "$IDLE_SECONDS"
			t2=$(cpu_ticks "$pid")
			s2=$(date +%s%N)
			out="$(calc "($t2 - $t1) / $hz / (($s2 - $s1) / 1e9) * 100") $(calc "($t2 - $t1) / $hz")"
		fi
		kill "$pid" 2>/dev/null || true
	fi
	wait "$XVFB_PID" 2>/dev/null || true
	GUI_PID=""
	XVFB_PID=""
	if [ -z "$out" ]; then
		log "$(basename "$1") did not stay open for the idle reading: $(tail -n 3 "$WORK/idle.log")"
		return 1
	fi
	echo "$out" >"$WORK/idle.result"
}

log "idle: baseline, then carnet on Accueil; ${SETTLE_SECONDS} s to settle, ${IDLE_SECONDS} s measured"
IDLE_BASE="" IDLE_PCT=""
if idle_cpu "$WORK/baseline" -stay; then
	read -r IDLE_BASE _ <"$WORK/idle.result"
else
	fail "no idle reading for the baseline"
fi
if idle_cpu "$WORK/carnet" --data "$D20K"; then
	read -r IDLE_PCT IDLE_CPU_S <"$WORK/idle.result"
else
	fail "no idle reading for carnet"
fi
