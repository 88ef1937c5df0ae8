#!/usr/bin/env bash
# Sets up wasipy on a fresh machine (rustup's Rust, Node 20, access to the package registries):
# installs what is missing, builds the release `wasipy` (which builds python.wasm), writes
# dist/python.wasm for the stock `wasmtime` CLI, and runs examples/hello.py in the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nsetup.sh: FAILED: %s\n' "$*" >&2; exit 1; }

step "Rust toolchain"
command -v cargo >/dev/null || fail "cargo not found; install Rust with rustup (https://rustup.rs)"
command -v rustup >/dev/null || fail "rustup not found; wasipy needs rustup to add the wasm32-wasip1 target"
cargo --version
if ! rustup target list --installed | grep -qx wasm32-wasip1; then
    rustup target add wasm32-wasip1 || fail "rustup target add wasm32-wasip1"
fi

# ---- node-binding: npm packages are installed here (npm ci in node-binding/) once it exists.

step "Build wasipy (release; builds python.wasm inside it)"
cargo build --release --locked -p wasipy-wasi --bin wasipy || fail "cargo build"
WASIPY="${CARGO_TARGET_DIR:-target}/release/wasipy"

step "Write dist/python.wasm (for: wasmtime run --dir DIR::DIR dist/python.wasm script.py)"
mkdir -p dist
"$WASIPY" --export-wasm dist/python.wasm || fail "writing dist/python.wasm"
ls -l dist/python.wasm

step "GitHub Action: npm packages (actions/) and the bundle actions/dist"
if ! cmp -s actions/package-lock.json actions/node_modules/.wasipy-lock; then
    (cd actions && npm ci --no-audit --no-fund) || fail "npm ci in actions/"
    cp actions/package-lock.json actions/node_modules/.wasipy-lock
fi
node actions/build.js || fail "node actions/build.js"

step "Run examples/hello.py in the sandbox"
"$WASIPY" examples/hello.py || fail "wasipy examples/hello.py exited with status $?"

printf '\nReady: %s script.py   (see %s --help)\n' "$WASIPY" "$WASIPY"
