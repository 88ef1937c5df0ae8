#!/usr/bin/env bash
# Runs every test of wasipy: formatting, clippy, and the whole workspace's tests in release
# mode (one profile, so wasmtime is compiled once for clippy-free builds and tests alike).
# Installs what is missing first: the wasm32-wasip1 target, rustfmt/clippy, and the stock
# wasmtime CLI 48.0.8 (about 18 minutes to build the first time; reused afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

WASMTIME_VERSION=48.0.8
step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\ntest.sh: FAILED at: %s\n' "$*" >&2; exit 1; }
started=$(date +%s)

step "Toolchain"
command -v cargo >/dev/null || fail "cargo not found; install Rust with rustup"
command -v python3 >/dev/null || fail "python3 not found; the differential tests compare against it"
if ! rustup target list --installed | grep -qx wasm32-wasip1; then
    rustup target add wasm32-wasip1 || fail "rustup target add wasm32-wasip1"
fi
for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
        rustup component add "$component" || fail "rustup component add $component"
    fi
done
cargo --version; python3 --version

step "wasmtime CLI $WASMTIME_VERSION"
if ! wasmtime --version 2>/dev/null | grep -q " $WASMTIME_VERSION"; then
    echo "installing wasmtime-cli@$WASMTIME_VERSION (first time only, ~18 min on 2 cores)"
    cargo install "wasmtime-cli@$WASMTIME_VERSION" --locked || fail "cargo install wasmtime-cli"
fi
wasmtime --version

step "cargo fmt --check"
cargo fmt --all --check || fail "cargo fmt --all --check (run: cargo fmt --all)"

step "cargo clippy"
cargo clippy --release --locked --workspace --all-targets -- -D warnings || fail "cargo clippy"

step "cargo test (release)"
cargo test --release --locked --workspace --no-fail-fast || fail "cargo test --workspace --release"

step "Node binding: npm packages, addon, node --test"
command -v node >/dev/null || fail "node not found; the Node binding tests need Node 20 or later"
if [ ! -d node-binding/node_modules/@napi-rs/cli ]; then
    (cd node-binding && npm ci --no-audit --no-fund) || fail "npm ci in node-binding/"
fi
node node-binding/scripts/build-addon.js || fail "building the Node addon"
(cd node-binding && node --test test/) || fail "node --test (node-binding/test)"

step "GitHub Action (actions/): build the bundle, then node --test"
if ! cmp -s actions/package-lock.json actions/node_modules/.wasipy-lock; then
    (cd actions && npm ci --no-audit --no-fund) || fail "npm ci in actions/"
    cp actions/package-lock.json actions/node_modules/.wasipy-lock
fi
node actions/build.js || fail "node actions/build.js"
node --test actions/test/ || fail "node --test actions/test/"

printf '\ntest.sh: all passed in %ss\n' "$(( $(date +%s) - started ))"
