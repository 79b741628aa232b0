# shellcheck shell=bash
# Step of scripts/bench.sh (sourced): generates the 20,000-act set in $WORK
# and the 100,000-act set, cached in $CACHE per version of the generator and
# of the store. Sets D20K, D100K, GEN20_S, GEN20_KB, GEN100_S, GEN100_KB and
# GEN100_NOTE.

# timed_demo DIR N generates N demo acts into DIR and prints "seconds peak-RSS-KiB".
timed_demo() {
	local start end
	start=$(date +%s%N)
	/usr/bin/time -f %M -o "$WORK/demo.rss" "$WORK/carnet" --data "$1" demo --acts "$2" >"$WORK/demo.log" 2>&1 ||
		{ cat "$WORK/demo.log" >&2; return 1; }
	end=$(date +%s%N)
	echo "$(calc "($end - $start) / 1e9") $(tail -n 1 "$WORK/demo.rss")"
}

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
