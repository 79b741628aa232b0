# Carnet — build, run and test. Every Go command uses the migrated_fynedo tag.
# `make run` and `make test` install the Debian/Ubuntu packages they need
# when they are missing (apt-get, with sudo when not root).

GO        ?= go
TAGS      := migrated_fynedo
BIN       := carnet
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
              libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS  := $(BUILD_PKGS) poppler-utils xvfb xauth libreoffice-calc-nogui strace
DEMO_DIR  ?= $(CURDIR)/.demo-data

.PHONY: run test build deps-build deps-test screenshots demo lint clean fuzz torture

# Install the missing Debian packages among those given in $(1).
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps-build:
	$(call apt_install,$(BUILD_PKGS))
	@command -v $(GO) >/dev/null || { echo "Go is needed: install it from your distribution (golang-go) or go.dev"; exit 1; }

deps-test:
	$(call apt_install,$(TEST_PKGS))

build: deps-build
	$(GO) build -tags $(TAGS) -o $(BIN) .

run: build
	./$(BIN)

test: deps-test
	$(GO) vet -tags $(TAGS) ./...
	LANG=en_US.UTF-8 $(GO) test -tags $(TAGS) -count=1 ./...

demo: build
	rm -rf $(DEMO_DIR)
	./$(BIN) --data $(DEMO_DIR) demo --acts 400

# PNGs of every screen with demo data, drawn by the real window under Xvfb.
screenshots: build deps-test
	rm -rf $(DEMO_DIR)
	./$(BIN) --data $(DEMO_DIR) demo --acts 400
	./$(BIN) --data $(DEMO_DIR) backup
	./$(BIN) --data $(DEMO_DIR) answer --request $$(./$(BIN) --data $(DEMO_DIR) requests | awk '$$2 == "access" && $$3 == "incomplete" { print $$1; exit }') scripts/demo-answer.txt >/dev/null
	id=$$(./$(BIN) --data $(DEMO_DIR) requests | awk '$$2 == "access" && $$3 == "incomplete" { print $$1; exit }'); \
		./$(BIN) --data $(DEMO_DIR) facts --request $$id --confirm "Score d’employabilité" >/dev/null && \
		./$(BIN) --data $(DEMO_DIR) facts --request $$id --confirm "Modalité d’accompagnement" >/dev/null
	xvfb-run -a -s "-screen 0 1024x600x24" ./$(BIN) --data $(DEMO_DIR) --capture docs/screenshots
	sh scripts/letter-pages.sh $(DEMO_DIR) ./$(BIN)
	./$(BIN) --data $(DEMO_DIR) report proof --from $$(date -d '3 months ago' +%F) --to $$(date +%F) --out $(DEMO_DIR)/dossier.pdf
	pdftoppm -png -r 80 -f 1 -l 3 $(DEMO_DIR)/dossier.pdf docs/screenshots/dossier
	./$(BIN) --data $(DEMO_DIR) report meeting --out $(DEMO_DIR)/entretien.pdf
	pdftoppm -png -r 80 -f 1 -l 1 -singlefile $(DEMO_DIR)/entretien.pdf docs/screenshots/fiche-entretien
	$(call apt_install,xdotool imagemagick)
	bash scripts/window-shots.sh ./$(BIN) docs/screenshots

# Measures the performance targets and rewrites docs/BENCHMARKS.md (5 to 10 min).
.PHONY: bench
bench: deps-build
	$(call apt_install,xvfb xauth time)
	GO=$(GO) bash scripts/bench.sh

# Every fuzz test for 60 s (FUZZTIME=10s for a quick pass).
fuzz: deps-test
	GO=$(GO) bash scripts/fuzz.sh

# The long reliability runs: 200 kills, every flip of the damage test.
torture: deps-test
	TORTURE=1 LANG=en_US.UTF-8 $(GO) test -tags $(TAGS) -count=1 -timeout 30m -run 'TestKilledWriters|TestCheckCatches' ./internal/store/ ./app/

# Installable packages into dist/ (scripts/package.sh): the Linux tarball,
# the .deb (lintian-clean), carnet.exe and the NSIS installer; then their
# tests (scripts/package-test.sh: wine64, dpkg -x). librsvg2-bin is for
# `make icons`, which renders assets/icon.svg to the PNGs.
PACKAGE_PKGS      := $(BUILD_PKGS) dpkg-dev xz-utils lintian desktop-file-utils icoutils nsis \
                     gcc-mingw-w64-x86-64
PACKAGE_TEST_PKGS := wine64 gcc-mingw-w64-x86-64 xvfb xauth poppler-utils desktop-file-utils p7zip-full file

.PHONY: package package-test icons
package: deps-build
	$(call apt_install,$(PACKAGE_PKGS))
	GO=$(GO) bash scripts/package.sh

package-test:
	$(call apt_install,$(PACKAGE_TEST_PKGS))
	bash scripts/package-test.sh

icons:
	$(call apt_install,librsvg2-bin)
	for s in 32 48 128 256; do rsvg-convert -w $$s -h $$s assets/icon.svg -o assets/icon-$$s.png; done
	rsvg-convert -w 512 -h 512 assets/icon.svg -o assets/icon.png

lint:
	$(GO) run honnef.co/go/tools/cmd/staticcheck@latest -tags $(TAGS) ./...

clean:
	rm -rf $(BIN) $(DEMO_DIR)
