#!/bin/sh
# letter-pages.sh — draw every kind of letter from demo data and save each
# page as a PNG in docs/screenshots/, named lettre-<kind>-<page>.png.
#
# Usage: scripts/letter-pages.sh DATA_DIR [CARNET_BIN]
#
#   DATA_DIR    a data folder with demo data, made by
#               ./carnet --data DATA_DIR demo --acts 400
#   CARNET_BIN  the carnet binary (default: ./carnet)
#
# Needs pdftoppm and pdfinfo (poppler-utils). The letters that answer a
# request are drawn from a tracked request of the demo, with --new so that a
# fresh letter is drawn even when that request was already sent:
#   explanation, rectification, objection  the request of that kind
#   reminder, cnil, cada                   an access request overdue or
#                                          answered incompletely
# A kind with no suitable request is skipped with a message.
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "usage: $0 DATA_DIR [CARNET_BIN]" >&2
	exit 2
fi
data=$1
carnet=${2:-./carnet}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/docs/screenshots"

for tool in pdftoppm pdfinfo; do
	command -v "$tool" >/dev/null || { echo "$tool is needed (poppler-utils)" >&2; exit 1; }
done
[ -x "$carnet" ] || { echo "no carnet binary at $carnet (make build)" >&2; exit 1; }
[ -d "$data" ] || { echo "no data folder $data (carnet --data $data demo --acts 400)" >&2; exit 1; }
mkdir -p "$out"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$carnet" --data "$data" requests >"$tmp/requests.tsv"

# request_of KIND [STATUS...] prints the ID of the first tracked request of
# KIND, whose status is one of STATUS when given, or nothing.
request_of() {
	want=$1
	shift
	awk -F '\t' -v kind="$want" -v statuses="$*" '
		BEGIN { n = split(statuses, s, " "); for (i = 1; i <= n; i++) ok[s[i]] = 1 }
		$2 == kind && (n == 0 || ($3 in ok)) { print $1; exit }
	' "$tmp/requests.tsv"
}

# pages KIND PDF converts every page of PDF to $out/lettre-KIND-<page>.png.
pages() {
	name=$1
	pdf=$2
	rm -f "$out/lettre-$name-"[0-9]*.png
	count=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
	page=1
	while [ "$page" -le "$count" ]; do
		pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile "$pdf" "$out/lettre-$name-$page"
		page=$((page + 1))
	done
	echo "$name: $count page(s) in $out/lettre-$name-*.png"
}

# letter KIND [ID] draws the letter of KIND (for request ID) and its pages.
letter() {
	kind=$1
	pdf="$tmp/$kind.pdf"
	if [ $# -gt 1 ]; then
		"$carnet" --data "$data" letter "$kind" --request "$2" --new --out "$pdf" >/dev/null
	else
		"$carnet" --data "$data" letter "$kind" --out "$pdf" >/dev/null
	fi
	pages "$kind" "$pdf"
}

letter access

for kind in explanation rectification objection; do
	id=$(request_of "$kind")
	if [ -z "$id" ]; then
		echo "$kind: skipped, no $kind request in $data"
		continue
	fi
	letter "$kind" "$id"
done

first=$(request_of access overdue incomplete)
for kind in reminder cnil cada; do
	if [ -z "$first" ]; then
		echo "$kind: skipped, no access request overdue or incomplete in $data"
		continue
	fi
	letter "$kind" "$first"
done
