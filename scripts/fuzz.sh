#!/usr/bin/env bash
# Runs every Go fuzz test of the module for FUZZTIME each (60s by default;
# .ci/run uses 10s). Seeds live in each package's testdata/fuzz/<FuzzName>/;
# a failing input is written there by the fuzzer and fails `go test` from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
FUZZTIME=${FUZZTIME:-60s}
total=0
for pkg in $($GO list -tags migrated_fynedo ./...); do
	for fuzz in $($GO test -tags migrated_fynedo -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
		echo "== $pkg $fuzz ($FUZZTIME)"
		# Go's fuzzer sometimes stops with « context deadline exceeded » when
		# -fuzztime ends while it minimises a new input: no failing input is
		# written, nothing was found. Such a run is tried again once; a real
		# failure (a crasher written to testdata) always fails.
		for attempt in 1 2; do
			if out=$($GO test -tags migrated_fynedo -run '^$' -fuzz "^${fuzz}\$" -fuzztime "$FUZZTIME" "$pkg" 2>&1); then
				break
			fi
			if [ "$attempt" = 1 ] && grep -q 'context deadline exceeded' <<<"$out" && ! grep -q 'Failing input written' <<<"$out"; then
				echo "   (stopped by the fuzzer's own deadline, nothing found: once more)"
				continue
			fi
			echo "$out"
			exit 1
		done
		echo "$out" | grep -E 'execs' | tail -1
		echo "$out" | grep -E '^ok' | tail -1
		total=$((total + 1))
	done
done
echo "fuzz: $total targets, $FUZZTIME each"
