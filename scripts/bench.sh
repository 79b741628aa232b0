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

# --- Preparation ----------------------------------------------------------

ensure_tools
command -v "$GO" >/dev/null || { echo "bench: Go is needed (golang-go or go.dev)" >&2; exit 1; }
log "building carnet and the baseline"
(cd "$ROOT" && "$GO" build -tags "$TAGS" -o "$WORK/carnet" . && "$GO" build -tags "$TAGS" -o "$WORK/baseline" ./tools/baseline)
export XDG_CONFIG_HOME=$WORK/xdg # Fyne's preferences stay out of the user's folder
LOAD=$(cut -d ' ' -f 1-3 /proc/loadavg)

# timed_demo DIR N generates N demo acts into DIR and prints "seconds peak-RSS-KiB".
timed_demo() {
	local start end
	start=$(date +%s%N)
	/usr/bin/time -f %M -o "$WORK/demo.rss" "$WORK/carnet" --data "$1" demo --acts "$2" >"$WORK/demo.log" 2>&1 ||
		{ cat "$WORK/demo.log" >&2; return 1; }
	end=$(date +%s%N)
	echo "$(calc "($end - $start) / 1e9") $(tail -n 1 "$WORK/demo.rss")"
}

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

# --- Data sets ------------------------------------------------------------

log "generating the 20,000-act set"
D20K=$WORK/d20k
r=$(timed_demo "$D20K" 20000) || { echo "bench: carnet demo --acts 20000 failed" >&2; exit 1; }
read -r GEN20_S GEN20_KB <<<"$r"

# The 100,000-act set is generated once per version of the generator and
# of the store, and kept in $CACHE.
key=$(cd "$ROOT" && find internal/demo app/cmd_demo.go internal/store -type f ! -name '*_test.go' -print0 |
	sort -z | xargs -0 cat | sha256sum | cut -c 1-12)
D100K=$CACHE/d100k-$key
GEN100_NOTE=""
if [ -f "$D100K/generation.txt" ]; then
	read -r GEN100_S GEN100_KB <"$D100K/generation.txt"
	GEN100_NOTE=" (generated on $(date -r "$D100K/generation.txt" +%F), cached in \`${CACHE#"$ROOT"/}\`)"
	log "reusing the 100,000-act set in $D100K"
else
	log "generating the 100,000-act set (once; kept in $CACHE)"
	mkdir -p "$CACHE"
	rm -rf "$CACHE"/d100k-*
	rm -rf "$D100K.tmp"
	r=$(timed_demo "$D100K.tmp" 100000) || { echo "bench: carnet demo --acts 100000 failed" >&2; exit 1; }
	read -r GEN100_S GEN100_KB <<<"$r"
	echo "$GEN100_S $GEN100_KB" >"$D100K.tmp/generation.txt"
	mv "$D100K.tmp" "$D100K"
fi

# --- Startup ---------------------------------------------------------------

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

# --- Whole processes: a letter, and the floor of any command -----------------

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

# --- Idle cost -------------------------------------------------------------

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

# --- Go benchmarks ---------------------------------------------------------

# gobench PKG runs the package's benchmarks; results go to $WORK/PKG.tsv and
# the package's state (ok, absent, build failed: …, failed) to $WORK/PKG.status.
gobench() {
	local slug=$WORK/${1//\//-} rc=0
	: >"$slug.tsv"
	if [ ! -d "$ROOT/$1" ]; then
		echo absent >"$slug.status"
		return
	fi
	log "go test -bench . -benchtime $BENCHTIME ./$1"
	(cd "$ROOT" && LANG=en_US.UTF-8 "$GO" test -tags "$TAGS" -run '^$' -bench . -benchtime "$BENCHTIME" \
		-count 1 -v -timeout 20m "./$1") >"$slug.out" 2>&1 || rc=$?
	parse_gobench <"$slug.out" >"$slug.tsv"
	if [ "$rc" = 0 ]; then
		echo ok >"$slug.status"
	elif grep -q -e '\[build failed\]' -e '\[setup failed\]' "$slug.out"; then
		echo "build failed: $(grep -m 1 -E '\.go:[0-9]+' "$slug.out" | sed 's/|/\\|/g')" >"$slug.status"
		fail "./$1 did not build"
	else
		echo failed >"$slug.status"
		fail "benchmarks of ./$1 failed; output follows"
		tail -n 20 "$slug.out" >&2
	fi
}

# missing PKG NAME prints why a benchmark has no result.
missing() {
	local slug=$WORK/${1//\//-} status
	status=$(cat "$slug.status")
	case $status in
	"build failed"*) printf 'not measured: the package did not build (%s)' "${status#build failed: }" ;;
	*)
		if grep -q "^--- FAIL: $2\b" "$slug.out" 2>/dev/null; then
			printf 'not measured: the benchmark failed'
		elif grep -q "^--- SKIP: $2\b" "$slug.out" 2>/dev/null; then
			printf 'not measured: the benchmark skipped itself'
		else
			printf 'not measured: benchmark missing'
		fi
		;;
	esac
}

for pkg in internal/store internal/pdf internal/carnet; do gobench "$pkg"; done
STORE=$WORK/internal-store.tsv
PDFB=$WORK/internal-pdf.tsv
CARNETB=$WORK/internal-carnet.tsv

# time_row KEY PKG FILE NAME FIGURE LIMIT-MS TARGET adds a row for the time
# of one benchmark; LIMIT-MS empty means no target.
time_row() {
	local v verdict_text
	v=$(bench_ms "$3" "$4")
	if [ -z "$v" ]; then
		row "$5" "$7" "—" "—" "$(missing "$2" "$4")"
		return
	fi
	verdict_text="no target set"
	[ -z "$6" ] || verdict_text=$(verdict "$1" "$v" "$6")
	row "$5" "$7" "$(fmt_ms "$v") ($(bench_kind "$3" "$4"))" "—" "$verdict_text"
}

# metric_row KEY PKG FILE NAME UNIT FIGURE LIMIT TARGET adds a row for a
# custom metric in ms.
metric_row() {
	local v
	v=$(metric "$3" "$4" "$5")
	if [ -z "$v" ]; then
		if [ -n "$(metric "$3" "$4" runs)" ]; then
			row "$6" "$8" "—" "—" "not measured: the benchmark does not report \`$5\`"
		else
			row "$6" "$8" "—" "—" "$(missing "$2" "$4")"
		fi
		return
	fi
	row "$6" "$8" "$(fmt_ms "$v")" "—" "$(verdict "$1" "$v" "$7")"
}

# --- The document ----------------------------------------------------------

log "writing $OUT"
KNOWN="BenchmarkSearch100k BenchmarkJournalFirstPage100k BenchmarkFilterChange100k BenchmarkSaveAct BenchmarkColdOpen20k BenchmarkLetterPDF BenchmarkDossierPDF12Months BenchmarkDossierZIP12Months"

table_head startup
if [ -n "$CAR_MS" ] && [ -n "$BASE_MS" ]; then
	ratio=$(calc "$CAR_MS / $BASE_MS")
	row "First frame, 20,000 acts (median of $RUNS)" "≤ 1.3 × baseline" \
		"$(fmt_ms "$CAR_MS") (baseline $(fmt_ms "$BASE_MS"))" "$(fmt_ratio "$ratio")" "$(verdict startup-frame "$ratio" 1.3)"
	ratio=$(calc "$CAR_KB / $BASE_KB")
	row "Peak RSS, 20,000 acts (median of $RUNS)" "≤ 1.5 × baseline" \
		"$(fmt_mib "$CAR_KB") (baseline $(fmt_mib "$BASE_KB"))" "$(fmt_ratio "$ratio")" "$(verdict startup-rss "$ratio" 1.5)"
else
	row "First frame and peak RSS, 20,000 acts" "≤ 1.3 × / ≤ 1.5 × baseline" "—" "—" "not measured: the probe runs failed"
fi
if [ -n "$C0_MS" ] && [ -n "$BASE_MS" ]; then
	row "First frame and peak RSS, empty record (median of $HALF)" "none set (the cost of the window itself)" \
		"$(fmt_ms "$C0_MS"), $(fmt_mib "$C0_KB")" "$(fmt_ratio "$(calc "$C0_MS / $BASE_MS")") / $(fmt_ratio "$(calc "$C0_KB / $BASE_KB")")" "no target set"
fi
if [ -n "$C100_MS" ] && [ -n "$BASE_MS" ]; then
	row "First frame and peak RSS, 100,000 acts (median of $HALF)" "none set (how startup grows with the record)" \
		"$(fmt_ms "$C100_MS"), $(fmt_mib "$C100_KB")" "$(fmt_ratio "$(calc "$C100_MS / $BASE_MS")") / $(fmt_ratio "$(calc "$C100_KB / $BASE_KB")")" "no target set"
fi
RUNS_LINE="Runs, first frame in ms: baseline $(awk '{printf "%s ", $1}' "$WORK/base.txt")— carnet $(awk '{printf "%s ", $1}' "$WORK/carnet.txt")"

table_head data
row "Demo set, 20,000 acts (\`carnet demo --acts 20000\`)" "none set" "$(fmt_ms "$(calc "$GEN20_S * 1000")"), peak RSS $(fmt_mib "$GEN20_KB")" "—" "no target set"
row "Demo set, 100,000 acts$GEN100_NOTE" "≤ 60 s" "$(fmt_ms "$(calc "$GEN100_S * 1000")"), peak RSS $(fmt_mib "$GEN100_KB")" "—" "$(verdict demo-100k "$GEN100_S" 60)"

table_head gobench
metric_row search-median internal/store "$STORE" BenchmarkSearch100k median-ms "Search, 100,000 acts: median of 100 queries (\`BenchmarkSearch100k\`)" 10 "≤ 10 ms"
metric_row search-worst internal/store "$STORE" BenchmarkSearch100k worst-ms "Search, 100,000 acts: worst of 100 queries" 50 "≤ 50 ms"
time_row first-page internal/store "$STORE" BenchmarkJournalFirstPage100k "Journal first page + totals, 100,000 acts (\`BenchmarkJournalFirstPage100k\`)" 100 "≤ 100 ms"
time_row filter-change internal/store "$STORE" BenchmarkFilterChange100k "Filter change, 100,000 acts (\`BenchmarkFilterChange100k\`)" "" "none set"
time_row save-act internal/store "$STORE" BenchmarkSaveAct "Save one act, synchronous=FULL (\`BenchmarkSaveAct\`)" 5 "≤ 5 ms"
time_row cold-open internal/store "$STORE" BenchmarkColdOpen20k "Cold open + profile + first page, 20,000 acts (\`BenchmarkColdOpen20k\`)" "" "none set"
subs=$(awk -F '\t' 'index($1, "BenchmarkLetterPDF/") == 1 { print $1 }' "$PDFB")
if [ -n "$subs" ]; then
	for name in $subs; do
		time_row letter-pdf internal/pdf "$PDFB" "$name" "Letter PDF, warm (\`$name\`)" 10 "≤ 10 ms"
	done
else
	time_row letter-pdf internal/pdf "$PDFB" BenchmarkLetterPDF "Letter PDF, warm (\`BenchmarkLetterPDF\`)" 10 "≤ 10 ms"
fi
time_row dossier-pdf internal/carnet "$CARNETB" BenchmarkDossierPDF12Months "Dossier PDF, 12 months (\`BenchmarkDossierPDF12Months\`)" 2000 "≤ 2 s"
time_row dossier-zip internal/carnet "$CARNETB" BenchmarkDossierZIP12Months "Dossier ZIP, 12 months with proofs (\`BenchmarkDossierZIP12Months\`)" 3000 "≤ 3 s"
# The ZIP may hold one proof at a time besides what building the PDF needs
# and its own buffers: its peak heap is compared with the PDF dossier's peak,
# plus one proof, plus 1 MiB for the ZIP writer's deflate state.
heap=$(metric "$CARNETB" BenchmarkDossierZIP12Months peak-heap-MiB)
proof=$(metric "$CARNETB" BenchmarkDossierZIP12Months proof-MiB)
pdfheap=$(metric "$CARNETB" BenchmarkDossierPDF12Months peak-heap-MiB)
pdfmib=$(metric "$CARNETB" BenchmarkDossierZIP12Months pdf-MiB)
HEAP_TARGET="≤ the PDF dossier's peak heap + one proof + 1 MiB of ZIP buffers"
if [ -z "$heap" ] || [ -z "$proof" ]; then
	if [ -n "$(metric "$CARNETB" BenchmarkDossierZIP12Months runs)" ]; then
		row "Dossier ZIP, peak heap" "$HEAP_TARGET" "—" "—" "not measured: the benchmark does not report \`peak-heap-MiB\` and \`proof-MiB\`"
	else
		row "Dossier ZIP, peak heap" "$HEAP_TARGET" "—" "—" "$(missing internal/carnet BenchmarkDossierZIP12Months)"
	fi
elif [ -z "$pdfheap" ]; then
	row "Dossier ZIP, peak heap" "$HEAP_TARGET" "$(fmt_num "$heap") MiB (one proof $(fmt_num "$proof") MiB)" "—" \
		"cannot judge: \`BenchmarkDossierPDF12Months\` reports no \`peak-heap-MiB\`"
else
	limit=$(calc "$pdfheap + $proof + 1")
	row "Dossier ZIP, peak heap above the heap before it" "$HEAP_TARGET" \
		"$(fmt_num "$heap") MiB (PDF dossier $(fmt_num "$pdfheap") MiB, one proof $(fmt_num "$proof") MiB${pdfmib:+, PDF file $(fmt_num "$pdfmib") MiB})" \
		"$(fmt_ratio "$(calc "$heap / $limit")")" "$(verdict dossier-heap "$heap" "$limit")"
fi

table_head process
if [ -n "$LETTER_MS" ]; then
	row "\`carnet --data D20k letter access --out F.pdf\`, whole process (median of $RUNS)" "≤ 0.1 s" \
		"$(fmt_ms "$LETTER_MS")" "—" "$(verdict letter-process "$LETTER_MS" 100)"
else
	row "\`carnet letter access\`, whole process" "≤ 0.1 s" "—" "—" "not measured: the command failed"
fi
if [ -n "$VERSION_MS" ]; then
	row "\`carnet version\`, whole process (median of $RUNS): the floor of every command" "none set" \
		"$(fmt_ms "$VERSION_MS")" "—" "no target set"
fi
if [ -n "$IDLE_PCT" ]; then
	base_text="" ratio="—"
	if [ -n "$IDLE_BASE" ]; then
		base_text=", baseline $(fmt_pct "$IDLE_BASE")"
		le "$IDLE_BASE" 0 || ratio=$(fmt_ratio "$(calc "$IDLE_PCT / $IDLE_BASE")")
	fi
	row "Idle window on Accueil, 20,000 acts: CPU over ${IDLE_SECONDS} s" "≤ 1 % of one core" \
		"$(fmt_pct "$IDLE_PCT") (${IDLE_CPU_S} s of CPU)$base_text" "$ratio" "$(verdict idle-cpu "$IDLE_PCT" 1)"
else
	row "Idle window on Accueil, 20,000 acts" "≤ 1 % of one core" "—" "—" "not measured: the window did not stay open"
fi

# Benchmarks found in the packages but not mapped to a row above.
: >"$WORK/other.md"
for pkg in internal/store internal/pdf internal/carnet; do
	while IFS=$'\t' read -r name fields; do
		case " $KNOWN " in *" ${name%%/*} "*) continue ;; esac
		echo "| \`$pkg\` | \`$name\` | $(printf '%s' "$fields" | tr '\t' ' ') |" >>"$WORK/other.md"
	done <"$WORK/${pkg//\//-}.tsv"
done

cpu=$(awk -F ': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
gocpu=$(cat "$WORK"/*.out 2>/dev/null | awk -F ': ' '/^cpu: / { sub(/ +$/, "", $2); print $2; exit }')
[ -z "$gocpu" ] || [ "$gocpu" = "$cpu" ] || cpu="$cpu (Go reads \"$gocpu\")"
mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
os=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-Linux}" || echo Linux)
fyne=$(awk '$1 == "fyne.io/fyne/v2" { print $2; exit }' "$ROOT/go.mod")
gover=$("$GO" env GOVERSION)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=""
if git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | grep -q .; then dirty=", with uncommitted changes"; fi
minutes=$(calc "($(date +%s) - $STARTED) / 60")

# shellcheck disable=SC2016 # backquotes in printf formats are Markdown
{
	cat <<EOF
# Benchmarks

Written by \`make bench\` (\`scripts/bench.sh\`): do not edit this page by hand. Findings go in
\`scripts/bench/notes.md\` and the reason a target is missed in \`scripts/bench/why.tsv\`; the
script copies both here.

**Machine:** ${cpu:-unknown CPU}, $(nproc) cores, $mem RAM, $os; Go ${gover#go}, Fyne ${fyne#v};
load average $LOAD at the start and $(cut -d ' ' -f 1-3 /proc/loadavg) at the end; commit $commit$dirty; $(date +%F); the run took
$(printf '%.0f' "$minutes") min.

## Startup

Alternate runs under \`xvfb-run -a -s "-screen 0 1280x800x24"\` of the baseline (\`tools/baseline\`,
a 1100×760 window with one label) and of \`carnet --data D20k --startup-probe\`, each under
\`/usr/bin/time -f %M\` (peak RSS of the program itself, not of Xvfb).

EOF
	cat "$WORK/table-startup.md"
	printf '\n%s\n\n' "$RUNS_LINE"
	printf '## Data sets\n\nThe real demo generator, as a process: `carnet --data D demo --acts N`.\n\n'
	cat "$WORK/table-data.md"
	printf '\n## Go benchmarks\n\n`go test -tags %s -run '"'"'^$'"'"' -bench . -benchtime %s` in `internal/store`, `internal/pdf`\nand `internal/carnet`.\n\n' "$TAGS" "$BENCHTIME"
	cat "$WORK/table-gobench.md"
	if [ -s "$WORK/other.md" ]; then
		printf '\nOther benchmarks in these packages:\n\n| Package | Benchmark | Results |\n|---|---|---|\n'
		cat "$WORK/other.md"
	fi
	printf '\n## Whole process and idle window\n\n'
	cat "$WORK/table-process.md"
	cat <<EOF

## How to reproduce

\`\`\`sh
make bench                  # builds, measures, rewrites this page (about $(printf '%.0f' "$minutes") min here)
RUNS=3 BENCHTIME=100ms make bench   # a quicker, rougher pass
\`\`\`

\`make bench\` installs what it needs (the cgo build packages, \`xvfb\`, \`xauth\`, \`time\`) with apt
when missing. The 100,000-act set is kept in \`.bench-data/\` and regenerated when the demo
generator or the store changes. By hand:

\`\`\`sh
go build -tags migrated_fynedo -o /tmp/carnet . && go build -tags migrated_fynedo -o /tmp/baseline ./tools/baseline
/tmp/carnet --data /tmp/d20k demo --acts 20000
xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/time -f %M /tmp/baseline
xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/time -f %M /tmp/carnet --data /tmp/d20k --startup-probe
go test -tags migrated_fynedo -run '^\$' -bench . ./internal/store/ ./internal/pdf/ ./internal/carnet/
\`\`\`

## Notes

EOF
	cat "$BENCH_DIR/notes.md"
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
log "wrote $OUT"
if [ "$FAILURES" -gt 0 ]; then
	log "$FAILURES measurement(s) could not be taken; see the rows marked \"not measured\""
	exit 1
fi
