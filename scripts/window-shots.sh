#!/usr/bin/env bash
# window-shots.sh CARNET OUTDIR — screenshots of the real window (dialogs
# included) on a 1024×600 screen under Xvfb, driven with xdotool:
#   premiers-pas-guide.png   the first-run guide on an empty record
#   accueil-en-retard.png    Accueil with an overdue date, demo data
#   aide-mes-droits.png      the « ? » help panel of Mes droits (F1)
#   journal-tres-grande.png  the Journal with « Très grande » text
set -euo pipefail
bin=$(realpath "$1") out=$(realpath "$2")
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
Xvfb :91 -screen 0 1024x600x24 -nolisten tcp >/dev/null 2>&1 &
sleep 1
export DISPLAY=:91

# shoot DATA NAME KEYS... : start the window on DATA, press each key
# (xdotool names) 1.5 s apart, then save the window as NAME.
shoot() {
	local data=$1 name=$2; shift 2
	"$bin" --data "$data" >/dev/null 2>&1 &
	local pid=$!
	local win
	win=$(xdotool search --sync --onlyvisible --name "Carnet" | head -n1)
	sleep 4
	for k in "$@"; do
		xdotool key --window "$win" "$k"
		sleep 1.5
	done
	import -window "$win" "$out/$name"
	kill "$pid"
	wait "$pid" 2>/dev/null || true
}

shoot "$work/new" premiers-pas-guide.png
"$bin" --data "$work/demo" demo --acts 400 >/dev/null
shoot "$work/demo" accueil-en-retard.png
shoot "$work/demo" aide-mes-droits.png ctrl+4 F1
# The same demo record with the largest text, through export and import.
"$bin" --data "$work/demo" export --format json --out "$work/demo.json" >/dev/null
sed 's/"text_scale": 1\b/"text_scale": 1.5/' "$work/demo.json" >"$work/big.json"
"$bin" --data "$work/big" import "$work/big.json" >/dev/null
shoot "$work/big" journal-tres-grande.png ctrl+2
