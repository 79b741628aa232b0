# shellcheck shell=bash
# Step of scripts/bench.sh (sourced): writes the startup, data set and
# process tables from what the earlier steps measured, then the whole page
# ($OUT) with the machine line, how to reproduce, and notes.md.

log "writing $OUT"

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
