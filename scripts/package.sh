#!/usr/bin/env bash
# Builds Carnet's packages into dist/ (make package installs the Debian
# packages this needs first):
#   carnet-<v>-linux-amd64.tar.xz  fyne package -os linux (with its install Makefile)
#   carnet_<v>_amd64.deb           dpkg-deb: binary, .desktop, hicolor icons, man page; lintian-clean
#   carnet.exe                     fyne package -os windows, mingw-w64: GUI subsystem, icon, version resource
#   Carnet-<v>-setup.exe           NSIS installer (packaging/windows/carnet.nsi)
# The version and build number come from FyneApp.toml, the one place they are written.
# ONLY=linux builds the tarball and the .deb only; ONLY=windows the .exe and the installer only.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
GO=${GO:-go}
ONLY=${ONLY:-}
version=$(sed -n 's/^Version *= *"\(.*\)"$/\1/p' FyneApp.toml)
build=$(sed -n 's/^Build *= *\([0-9][0-9]*\)$/\1/p' FyneApp.toml)
appid=$(sed -n 's/^ID *= *"\(.*\)"$/\1/p' FyneApp.toml)
[ -n "$version" ] && [ -n "$build" ] && [ -n "$appid" ] || { echo "FyneApp.toml has no Version, Build or ID" >&2; exit 1; }
dist=$root/dist
mkdir -p "$dist"

# fyne package writes its metadata file, .syso and outputs into the source
# folder: it works on a copy, so that a shared checkout never sees them.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=$work/src
mkdir -p "$src"
tar -C "$root" --exclude=./.git --exclude=./dist --exclude=./.demo-data --exclude=./.bench-data \
	--exclude='*.test' --exclude=./carnet --exclude=./tmp -cf - . | tar -C "$src" -xf -

# The fyne CLI pinned in go.mod, built once for this machine (not with the
# Windows C compiler that the cross-build sets).
(cd "$src" && "$GO" build -o "$work/fyne" fyne.io/tools/cmd/fyne)
fyne=$work/fyne

step() { printf '== %s (%ds)\n' "$*" "$SECONDS"; }

# ---- Linux: the fyne tarball, then the .deb from the same binary ----
build_linux() {
	step "Linux tarball"
	rm -f "$dist"/carnet-*-linux-amd64.tar.xz "$dist"/carnet_*_amd64.deb
	# PIE: the hardening Debian expects of a binary (lintian's hardening-no-pie).
	(cd "$src" && GOFLAGS="${GOFLAGS:-} -buildmode=pie" "$fyne" package -os linux --release --tags migrated_fynedo \
		>/dev/null 2>"$work/fyne-linux.log") ||
		{ cat "$work/fyne-linux.log" >&2; exit 1; }
	local t=$work/tar deb=$work/deb
	mkdir -p "$t" && tar -C "$t" -xJf "$(ls "$src"/*.tar.xz)"
	# fyne 1.7.2's install Makefile names the icon without its .png, so its
	# install targets fail: give it the file's real name, then pack again.
	sed -i 's/^Icon := "\(.*\)"$/Icon := "\1.png"/' "$t"/*/Makefile
	(cd "$t" && tar --owner=0 --group=0 -cf - *) | xz -T0 >"$dist/carnet-$version-linux-amd64.tar.xz"

	step "Debian package"
	local bin desktop
	bin=$(find "$t" -path '*/bin/*' -type f | head -1)
	desktop=$(find "$t" -name '*.desktop' | head -1)
	install -D -m 0755 "$bin" "$deb/usr/bin/carnet"
	# The .desktop fyne wrote from FyneApp.toml, pointing at /usr/bin/carnet.
	sed -e 's/^Exec=.*/Exec=carnet/' "$desktop" | install -D -m 0644 /dev/stdin "$deb/usr/share/applications/$appid.desktop"
	desktop-file-validate "$deb/usr/share/applications/$appid.desktop"
	for s in 48 128 512; do
		local png=assets/icon-$s.png
		[ "$s" = 512 ] && png=assets/icon.png
		install -D -m 0644 "$png" "$deb/usr/share/icons/hicolor/${s}x${s}/apps/$appid.png"
	done
	install -D -m 0644 packaging/debian/copyright "$deb/usr/share/doc/carnet/copyright"
	local date maint
	date=$(git log -1 --format=%cD 2>/dev/null || date -R)
	maint=$(sed -n 's/^Maintainer: //p' packaging/debian/control.in)
	printf 'carnet (%s) unstable; urgency=medium\n\n  * Carnet %s, built from its repository (see README).\n\n -- %s  %s\n' \
		"$version" "$version" "$maint" "$date" | gzip -9n >"$work/changelog.gz"
	install -D -m 0644 "$work/changelog.gz" "$deb/usr/share/doc/carnet/changelog.gz"
	# The man page is the CLI's own help (English), in man(7) form.
	LANG=en_US.UTF-8 "$deb/usr/bin/carnet" --help >"$work/help.txt" 2>&1 || true
	sed -n '/^Usage:/,$p' "$work/help.txt" | tail -n +2 >"$work/commands.txt"
	[ -s "$work/commands.txt" ] || { echo "carnet --help printed no usage" >&2; cat "$work/help.txt" >&2; exit 1; }
	mkdir -p "$deb/usr/share/man/man1"
	manpage "$(date -d "$date" +%Y-%m-%d)" <"$work/commands.txt" | gzip -9n >"$deb/usr/share/man/man1/carnet.1.gz"

	# Depends: what the binary really links (dpkg-shlibdeps wants a debian/control).
	# GLFW also dlopens libXcursor, libXi, libXinerama, libXrandr, libXrender and
	# libXxf86vm when they are there (it works without them): control.in
	# recommends them.
	mkdir -p "$work/shlibs/debian"
	printf 'Source: carnet\n\nPackage: carnet\nArchitecture: amd64\n' >"$work/shlibs/debian/control"
	local depends
	depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$deb/usr/bin/carnet" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
	[ -n "$depends" ] || { echo "dpkg-shlibdeps found no dependency" >&2; exit 1; }
	local size
	size=$(du -sk --exclude=DEBIAN "$deb" | cut -f1)
	mkdir -p "$deb/DEBIAN"
	sed -e "s/@VERSION@/$version/" -e "s/@DEPENDS@/$depends/" -e "s/@SIZE@/$size/" \
		packaging/debian/control.in >"$deb/DEBIAN/control"
	(cd "$deb" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
	chmod 0644 "$deb/DEBIAN/control" "$deb/DEBIAN/md5sums"
	find "$deb" -type d -exec chmod 0755 {} +
	dpkg-deb --root-owner-group -Zxz --build "$deb" "$dist/carnet_${version}_amd64.deb" >/dev/null
	step "lintian"
	lintian --fail-on error \
		"$dist/carnet_${version}_amd64.deb"
}

# manpage DATE writes carnet(1) from the CLI's command list on stdin.
manpage() {
	cat <<EOF
.TH CARNET 1 "$1" "Carnet $version" "User Commands"
.SH NAME
carnet \\- private, local journal of a job search and of the mail with France Travail
.SH SYNOPSIS
.B carnet
[\\fB\\-\\-data\\fR \\fIFOLDER\\fR] [\\fIcommand\\fR]
.SH DESCRIPTION
Without a command, \\fBcarnet\\fR opens its window. The commands below work on the
same data folder without a display, for scripting. Errors go to standard error
with a non\\-zero exit status.
.PP
Carnet sends nothing over the network: the record stays on this computer
unless you export it. Carnet is not a lawyer: its letters rest on the law,
but it gives no legal advice.
.SH COMMANDS
.nf
EOF
	sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
	cat <<'EOF'
.fi
.SH OPTIONS
.TP
.BI \-\-data " FOLDER"
Use the record in FOLDER instead of the default one.
.SH ENVIRONMENT
.TP
.B CARNET_DATA
The data folder, when \fB\-\-data\fR is not given.
.TP
.B LANG
The language of the window and of the messages (French or English).
.SH FILES
.TP
.I ~/.local/share/carnet/
The default data folder (\fI$XDG_DATA_HOME/carnet\fR when that is set): one SQLite
file holds the whole record; backups are kept beside it.
.SH LICENCE
GNU General Public License, version 3 or later.
EOF
}

# ---- Windows: carnet.exe, then the NSIS installer ----
build_windows() {
	step "Windows carnet.exe"
	rm -f "$dist/carnet.exe" "$dist"/Carnet-*-setup.exe
	# fyne builds C with -fstack-protector-strong: mingw-w64 needs libssp for it,
	# linked in statically so that carnet.exe needs no DLL beside it.
	(cd "$src" && CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ GOARCH=amd64 CGO_LDFLAGS="-l:libssp.a" \
		"$fyne" package -os windows --release --tags migrated_fynedo \
		>/dev/null 2>"$work/fyne-windows.log") || { cat "$work/fyne-windows.log" >&2; exit 1; }
	mv "$src/Carnet.exe" "$dist/carnet.exe"

	step "Windows installer"
	icotool -c -o "$work/carnet.ico" assets/icon-32.png assets/icon-48.png assets/icon-128.png -r assets/icon-256.png
	makensis -V2 -DVERSION="$version" -DBUILD="$build" -DEXE="$dist/carnet.exe" -DICON="$work/carnet.ico" \
		-DLICENSE="$root/LICENSE" -DOUTFILE="$dist/Carnet-$version-setup.exe" packaging/windows/carnet.nsi
}

case "$ONLY" in
linux) build_linux ;;
windows) build_windows ;;
"") build_linux; build_windows ;;
*) echo "ONLY is linux or windows" >&2; exit 2 ;;
esac
step "done"
ls -l "$dist"
