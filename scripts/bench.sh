#!/usr/bin/env bash
# bench.sh measures Carnet against the performance targets of issue 8 and
# rewrites docs/BENCHMARKS.md: startup against a minimal Fyne program
# (tools/baseline), demo data sets, the Go benchmarks of internal/store,
# internal/pdf and internal/carnet, a whole `letter` process and the idle
# CPU of the window. Run it with `make bench` (5 to 10 minutes on 2 cores).
#
# Environment: RUNS (startup and letter runs, default 10), BENCHTIME (go test
# -benchtime, default 1s), IDLE_SECONDS (default 30), SETTLE_SECONDS (wait
# before the idle reading, default 10), BENCH_CACHE (where the 100,000-act
# set is kept, default .bench-data), BENCH_OUT (default docs/BENCHMARKS.md).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=$ROOT/scripts/bench
# shellcheck source=scripts/bench/lib.sh
. "$BENCH_DIR/lib.sh"

GO=${GO:-go}
TAGS=migrated_fynedo
RUNS=${RUNS:-10}
BENCHTIME=${BENCHTIME:-1s}
IDLE_SECONDS=${IDLE_SECONDS:-30}
SETTLE_SECONDS=${SETTLE_SECONDS:-10}
CACHE=${BENCH_CACHE:-$ROOT/.bench-data}
OUT=${BENCH_OUT:-$ROOT/docs/BENCHMARKS.md}
XVFB=(xvfb-run -a -s "-screen 0 1280x800x24")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-bench.XXXXXX")
GUI_PID=""
XVFB_PID=""
cleanup() {
	[ -z "$GUI_PID" ] || kill "$GUI_PID" 2>/dev/null || true
	if [ -n "$XVFB_PID" ]; then
		kill "$XVFB_PID" 2>/dev/null || true
		wait "$XVFB_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

FAILURES=0 # measurements that could not be taken (not missed targets)
STARTED=$(date +%s)
log() { printf 'bench: %s\n' "$*" >&2; }
fail() { log "$*"; FAILURES=$((FAILURES + 1)); }

ensure_tools
command -v "$GO" >/dev/null || { echo "bench: Go is needed (golang-go or go.dev)" >&2; exit 1; }
log "building carnet and the baseline"
(cd "$ROOT" && "$GO" build -tags "$TAGS" -o "$WORK/carnet" . && "$GO" build -tags "$TAGS" -o "$WORK/baseline" ./tools/baseline)
export XDG_CONFIG_HOME=$WORK/xdg # Fyne's preferences stay out of the user's folder
LOAD=$(cut -d ' ' -f 1-3 /proc/loadavg)

# Each step is a file of scripts/bench/, sourced in this order; they share
# the variables above and those each step's header lists.
# shellcheck source=scripts/bench/data.sh
. "$BENCH_DIR/data.sh"
# shellcheck source=scripts/bench/startup.sh
. "$BENCH_DIR/startup.sh"
# shellcheck source=scripts/bench/process.sh
. "$BENCH_DIR/process.sh"
# shellcheck source=scripts/bench/gobench.sh
. "$BENCH_DIR/gobench.sh"
# shellcheck source=scripts/bench/page.sh
. "$BENCH_DIR/page.sh"
if [ "$FAILURES" -gt 0 ]; then
	log "$FAILURES measurement(s) could not be taken; see the rows marked \"not measured\""
	exit 1
fi
