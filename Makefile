# Incident Desk: `make serve` and `make test` set up a fresh machine themselves.
# Every install step checks first, so a warm machine skips straight to work.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

TRUNK_VERSION := 0.21.14
# Splits the lazily loaded pages out of the wasm (build/split-wasm.mjs).
WASM_SPLIT_VERSION := 0.2.4
# wasm-bindgen-cli must match the wasm-bindgen crate exactly, so read it from the lock file.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TRUNK := trunk --skip-version-check

.PHONY: serve build test test-lint test-host test-browser test-size test-e2e size bench tools rust-tools browser npm-packages clean

serve: tools ## Build and serve on http://127.0.0.1:8080, rebuilding on change
	$(TRUNK) serve --release

build: tools ## Release build into dist/
	$(TRUNK) build --release

test: tools ## Every test layer: lints, host, browser, end-to-end
	$(MAKE) --no-print-directory test-lint
	$(MAKE) --no-print-directory test-host
	$(MAKE) --no-print-directory test-browser
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory test-size
	$(MAKE) --no-print-directory test-e2e

# Every warning is an error, on the host and on the wasm target: only the
# latter sees the browser code (localStorage, the cfg(wasm32) blocks).
test-lint:
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo clippy --locked --package incident-desk --target wasm32-unknown-unknown --lib --bins --features split -- -D warnings
	cargo clippy --locked --workspace --target wasm32-unknown-unknown --lib --bins -- -D warnings

# Pandoc is required here, so its checks of the reports cannot be skipped.
# The app crate's tests/ are browser tests, empty on the host: not linked here.
test-host:
	REQUIRE_PANDOC=1 cargo test --locked --package incident-desk-core --lib --tests
	cargo test --locked --package incident-desk --lib
	node --test style/

test-browser:
	cargo test --locked --target wasm32-unknown-unknown --test store --test govuk_components --test team_zone --test team_folder

test-size: ## The release build within its first-load size budget
	node bench/size.mjs dist --budget bench/size-budget.txt

test-e2e:
	node --test --test-concurrency=2 e2e/

size: build ## Sizes of the release build, raw and compressed
	node bench/size.mjs dist

bench: build ## Figures, never pass or fail: one save as the register grows, then the release build in Chromium
	cargo run --locked --release --example store_save
	cargo run --locked --release --example sync_round
	node bench/browser.mjs

tools: rust-tools browser npm-packages

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ] || cargo install trunk --version $(TRUNK_VERSION) --locked
	@# No --locked: wasm-bindgen-cli's own lock file names a crate version crates.io no longer has.
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@cargo install --list | grep -qx "wasm_split_cli_support v$(WASM_SPLIT_VERSION):" || cargo install wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary --locked
	@# Trunk builds offline (it must never download tools), so fetch crates first.
	@cargo fetch --locked --quiet

# Debian's Chromium for the browser tests, and its pandoc, which the host
# tests convert reports with as a team would.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v pandoc >/dev/null || { \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver pandoc; }

npm-packages: node_modules/.package-lock.json

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

clean:
	rm -rf dist target node_modules style/build
