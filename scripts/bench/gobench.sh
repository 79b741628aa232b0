# shellcheck shell=bash
# Step of scripts/bench.sh (sourced): runs the Go benchmarks of
# internal/store, internal/pdf and internal/carnet and writes their table
# ($WORK/table-gobench.md) and the list of benchmarks no row names
# ($WORK/other.md). A missing benchmark gives a "not measured" row.

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

# Issue 9, defect 3: a 200 MB JSON file imported streaming, in under 15 s
# and 300 MB of peak RSS; "text" (acts only) is the worst case per byte.
for kind in text proofs; do
	name=BenchmarkImportJSON/$kind
	v=$(bench_ms "$STORE" "$name")
	rss=$(metric "$STORE" "$name" peak-RSS-MB)
	if [ -z "$v" ]; then
		row "Import of a 200 MB JSON file, $kind (\`$name\`)" "≤ 15 s, ≤ 300 MB RSS" "—" "—" "$(missing internal/store "$name")"
		continue
	fi
	verdict_text=$(verdict "import-$kind" "$v" 15000)
	if [ -n "$rss" ] && ! le "$rss" 300; then
		verdict_text="**not met**: peak RSS $(fmt_num "$rss") MB; $(why "import-$kind")"
	fi
	row "Import of a 200 MB JSON file, $kind (\`$name\`)" "≤ 15 s, ≤ 300 MB RSS" \
		"$(fmt_ms "$v"), peak RSS $(fmt_num "$rss") MB, $(fmt_num "$(metric "$STORE" "$name" MB/s)") MB/s" "—" "$verdict_text"
done

KNOWN="BenchmarkImportJSON BenchmarkSearch100k BenchmarkJournalFirstPage100k BenchmarkFilterChange100k BenchmarkSaveAct BenchmarkColdOpen20k BenchmarkLetterPDF BenchmarkDossierPDF12Months BenchmarkDossierZIP12Months"
# Benchmarks found in the packages but not mapped to a row above.
: >"$WORK/other.md"
for pkg in internal/store internal/pdf internal/carnet; do
	while IFS=$'\t' read -r name fields; do
		case " $KNOWN " in *" ${name%%/*} "*) continue ;; esac
		echo "| \`$pkg\` | \`$name\` | $(printf '%s' "$fields" | tr '\t' ' ') |" >>"$WORK/other.md"
	done <"$WORK/${pkg//\//-}.tsv"
done
