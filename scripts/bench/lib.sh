# shellcheck shell=bash
# Helpers for scripts/bench.sh: statistics, number formatting, verdicts,
# table rows, /proc readings and `go test -bench` parsing. Sourced, not run.
# Expects $WORK (a scratch folder), $BENCH_DIR (this folder) and, for row,
# $ROWS (the current table file, set by table_head).

# ensure_tools installs the Debian packages behind the commands the
# benchmarks need (xvfb-run, xauth, /usr/bin/time) when they are missing,
# the way the Makefile's apt_install does, or stops with a clear message.
ensure_tools() {
	local missing=""
	command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
	command -v xauth >/dev/null 2>&1 || missing="$missing xauth"
	[ -x /usr/bin/time ] || missing="$missing time"
	[ -z "$missing" ] && return 0
	local sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	echo "bench: installing$missing" >&2
	# shellcheck disable=SC2086 # $missing is a list of package names
	if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing; }; then
		echo "bench: xvfb-run, xauth and /usr/bin/time are needed; install the Debian packages:$missing" >&2
		exit 1
	fi
}

# median reads numbers, one a line, and prints their median (empty when none).
median() {
	sort -g | awk '{v[NR] = $1} END {
		if (NR == 0) exit
		if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2
	}'
}

# calc prints the value of an awk expression, e.g. calc "3 / 2".
calc() { awk "BEGIN { printf \"%.6g\\n\", $1 }"; }

# le succeeds when number $1 is at most number $2.
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 <= b + 0) }'; }

# fmt_ms prints a duration given in milliseconds with sensible precision.
fmt_ms() {
	awk -v v="$1" 'BEGIN {
		if (v >= 1000) printf "%.2f s", v / 1000
		else if (v >= 100) printf "%.0f ms", v
		else if (v >= 1) printf "%.1f ms", v
		else printf "%.3f ms", v
	}'
}

# fmt_num prints a number with one decimal.
fmt_num() { awk -v v="$1" 'BEGIN { printf "%.1f", v }'; }

# fmt_pct prints a percentage with two decimals.
fmt_pct() { awk -v v="$1" 'BEGIN { printf "%.2f %%", v }'; }

# fmt_mib prints a size given in KiB as MiB.
fmt_mib() { awk -v v="$1" 'BEGIN { printf "%.0f MiB", v / 1024 }'; }

# fmt_ratio prints a ratio as "1.23×".
fmt_ratio() { awk -v v="$1" 'BEGIN { printf "%.2f×", v }'; }

# why prints the recorded reason a target is not met (scripts/bench/why.tsv).
why() {
	local text
	text=$(awk -F '\t' -v k="$1" '$1 == k { print $2; exit }' "$BENCH_DIR/why.tsv" 2>/dev/null || true)
	[ -n "$text" ] || text="not analysed yet: add a reason under \`$1\` in scripts/bench/why.tsv"
	printf '%s' "$text"
}

# verdict KEY VALUE LIMIT prints "met" when VALUE ≤ LIMIT, else "not met"
# with the reason recorded for KEY.
verdict() {
	if le "$2" "$3"; then
		printf 'met'
	else
		printf '**not met**: %s' "$(why "$1")"
	fi
}

# row appends one line to the current table: figure, target, measured, ratio, verdict.
row() { printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$5" >>"$ROWS"; }

# table_head starts a new table file and prints its path.
table_head() {
	ROWS="$WORK/table-$1.md"
	printf '| Figure | Target | Measured | Ratio | Verdict |\n|---|---|---|---|---|\n' >"$ROWS"
}

# cpu_ticks prints utime+stime of process $1 in clock ticks (fields 14 and
# 15 of /proc/PID/stat, counted after the command name in parentheses).
cpu_ticks() {
	local stat
	stat=$(cat "/proc/$1/stat") || return 1
	stat=${stat##*) }
	# shellcheck disable=SC2086 # split the fields on purpose
	set -- $stat
	echo $(( ${12} + ${13} ))
}

# child_named prints the PID of the child of process $1 whose command is $2,
# waiting up to 30 s for it to appear.
child_named() {
	local pid
	for _ in $(seq 300); do
		pid=$(pgrep -P "$1" -x "$2" | head -n 1 || true)
		[ -n "$pid" ] && { echo "$pid"; return 0; }
		sleep 0.1
	done
	return 1
}

# parse_gobench turns `go test -bench` output into lines of
# "Name<TAB>runs=N<TAB>unit=value<TAB>…", the GOMAXPROCS suffix removed.
parse_gobench() {
	awk '/^Benchmark/ && NF >= 4 {
		name = $1; sub(/-[0-9]+$/, "", name); out = name "\truns=" $2
		for (i = 3; i < NF; i += 2) out = out "\t" $(i + 1) "=" $i
		print out
	}'
}

# metric FILE NAME UNIT prints the value of UNIT for benchmark NAME in a
# parsed file (empty when absent).
metric() {
	awk -F '\t' -v n="$2" -v u="$3" '$1 == n {
		for (i = 2; i <= NF; i++) if (index($i, u "=") == 1) { print substr($i, length(u) + 2); exit }
	}' "$1" 2>/dev/null || true
}

# bench_ms FILE NAME prints the time of one operation in ms: the median-ms
# metric when the benchmark reports it, else ns/op.
bench_ms() {
	local v
	v=$(metric "$1" "$2" median-ms)
	if [ -n "$v" ]; then echo "$v"; return; fi
	v=$(metric "$1" "$2" ns/op)
	if [ -n "$v" ]; then calc "$v / 1e6"; fi
}

# bench_kind FILE NAME prints "median" or "mean" for what bench_ms returned.
bench_kind() {
	local n
	n=$(metric "$1" "$2" runs)
	if [ -n "$(metric "$1" "$2" median-ms)" ]; then
		echo median
	elif [ "$n" = 1 ]; then
		echo "1 run"
	else
		echo "mean of $n runs"
	fi
}
