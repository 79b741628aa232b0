#!/usr/bin/env bash
# Tests the packages that scripts/package.sh wrote into dist/ (make package-test):
#   - each file is what it says (file(1)): a GUI PE32+ carnet.exe that needs no DLL
#     beside it, a Nullsoft installer;
#   - carnet.exe under wine64, headless: version, demo --acts 50, check,
#     letter access --out x.pdf (a valid PDF for pdfinfo), and --startup-probe under Xvfb;
#     a small bcryptprimitives.dll stands in for the one Debian 12's wine lacks;
#   - the installer holds that same carnet.exe (7z lists and extracts NSIS archives);
#   - the .deb, unpacked with dpkg -x into a temporary root: its carnet version
#     runs, its .desktop passes desktop-file-validate, its Depends are installed here;
#   - the tarball holds the binary, the .desktop and the icon.
# It ends with "N passed, N failed" and exits non-zero when any check failed.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
version=$(sed -n 's/^Version *= *"\(.*\)"$/\1/p' FyneApp.toml)
appid=$(sed -n 's/^ID *= *"\(.*\)"$/\1/p' FyneApp.toml)
dist=$root/dist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# check NAME CMD... runs CMD and tells whether it succeeded, with its output when not.
check() {
	local name=$1
	shift
	if "$@" >"$work/out" 2>&1; then
		passed=$((passed + 1))
		echo "ok   $name"
	else
		failed=$((failed + 1))
		echo "FAIL $name"
		sed 's/^/     /' "$work/out" | tail -20
	fi
}

# prints CMD... runs CMD and checks that its standard output is exactly WANT.
prints() {
	local want=$1 got
	shift
	got=$("$@") || return 1
	[ "$got" = "$want" ] || { echo "printed «$got», want «$want»"; return 1; }
}

# system_dlls_only EXE checks that EXE imports Windows' own DLLs only.
system_dlls_only() {
	local dlls
	dlls=$(x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^.*DLL Name: //p')
	echo "$dlls" | grep -qi '^kernel32.dll$' || { echo "no import table read: $dlls"; return 1; }
	! echo "$dlls" | grep -viE '^(kernel32|user32|gdi32|opengl32|shell32|ole32|oleaut32|advapi32|winmm|ws2_32|msvcrt|imm32|dwmapi|shcore|ntdll|bcrypt|comdlg32|powrprof|uxtheme|version|setupapi|userenv|crypt32|secur32|winspool\.drv)\.dll$'
}

is() { file -b "$1" | grep -q -- "$2" || { file -b "$1"; return 1; }; }

exe=$dist/carnet.exe
setup=$dist/Carnet-$version-setup.exe
deb=$dist/carnet_${version}_amd64.deb
tarball=$dist/carnet-$version-linux-amd64.tar.xz
for f in "$exe" "$setup" "$deb" "$tarball"; do
	check "dist has $(basename "$f")" test -s "$f"
done

# ---- Windows ----
if [ -s "$exe" ]; then
	check "carnet.exe is a GUI PE32+ x86-64 executable" is "$exe" 'PE32+ executable (GUI) x86-64'
	# Only Windows' own DLLs: nothing (libssp, libgcc…) has to sit beside carnet.exe.
	check "carnet.exe imports only Windows system DLLs" system_dlls_only "$exe"
	wine=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
	export WINEPREFIX=$work/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
	"$wine" wineboot --init >/dev/null 2>&1
	# Debian 12's wine lacks bcryptprimitives.dll, which Go programs need at start-up.
	x86_64-w64-mingw32-gcc -O2 -shared -Wl,--kill-at -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
		packaging/windows/wine-bcryptprimitives.c -ladvapi32
	data=$work/wine-data
	mkdir -p "$data"
	windata="Z:${data//\//\\}" # wine's drive Z: is /
	win() { (cd "$data" && timeout 300 "$wine" "$exe" --data "$windata" "$@"); }
	check "wine: carnet.exe version prints carnet $version" prints "carnet $version" win version
	check "wine: carnet.exe demo --acts 50" win demo --acts 50
	check "wine: carnet.exe check" win check
	check "wine: carnet.exe letter access --out x.pdf" win letter access --out x.pdf
	check "wine: the letter is a valid PDF" pdfinfo "$data/x.pdf"
	# Tried twice: a fresh wine prefix once missed its first window (seen 1 run in 3).
	probe() { (cd "$data" && timeout 180 xvfb-run -a -s '-screen 0 1280x800x24' "$wine" "$exe" --data "$windata" --startup-probe 2>&1) | grep -E '^first_frame_ms=[0-9]+'; }
	probe_twice() { probe || probe; }
	check "wine: the window draws its first frame (--startup-probe, Xvfb, Mesa)" probe_twice
fi
if [ -s "$setup" ]; then
	check "the installer is a Nullsoft installer" is "$setup" 'Nullsoft Installer'
	check "the installer holds this carnet.exe" sh -c \
		"7z e -y -o'$work/nsis' '$setup' carnet.exe >/dev/null && cmp '$work/nsis/carnet.exe' '$exe'"
fi

# ---- Debian ----
if [ -s "$deb" ]; then
	r=$work/debroot
	check "dpkg -x unpacks the .deb" dpkg -x "$deb" "$r"
	check "the .deb's carnet version prints carnet $version" prints "carnet $version" \
		env CARNET_DATA="$work/deb-data" "$r/usr/bin/carnet" version
	check "the .deb's .desktop passes desktop-file-validate" desktop-file-validate "$r/usr/share/applications/$appid.desktop"
	check "the .deb has the icon at 48, 128 and 512 px" sh -c \
		"for s in 48 128 512; do file '$r/usr/share/icons/hicolor/'\$s'x'\$s'/apps/$appid.png' | grep -q \"\$s x \$s\" || exit 1; done"
	check "the .deb has its man page" sh -c "zcat '$r/usr/share/man/man1/carnet.1.gz' | grep -q '^.SH COMMANDS'"
	check "every package the .deb depends on is installed here" sh -c \
		"dpkg-deb -f '$deb' Depends | tr ',' '\n' | sed 's/(.*)//; s/ //g' | xargs dpkg -s >/dev/null"
	check "the .deb's version is $version" prints "$version" dpkg-deb -f "$deb" Version
fi

# ---- Linux tarball ----
if [ -s "$tarball" ]; then
	check "the tarball holds carnet, its .desktop, its icon and the install Makefile" sh -c \
		"tar -tJf '$tarball' | grep -c -e '/bin/carnet\$' -e '/$appid.desktop\$' -e '/$appid.png\$' -e '/Makefile\$' | grep -qx 4"
	check "the tarball's make install puts carnet, its .desktop and its icon in place" sh -c \
		"mkdir -p '$work/tarx' && tar -C '$work/tarx' -xJf '$tarball' && make -s -C '$work/tarx/carnet' install DESTDIR='$work/tarroot' PREFIX=/usr &&
		test -x '$work/tarroot/usr/bin/carnet' && test -s '$work/tarroot/usr/share/applications/$appid.desktop' && test -s '$work/tarroot/usr/share/pixmaps/$appid.png'"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
