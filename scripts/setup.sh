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

step "Node.js and npm (for the Node binding)"
command -v node >/dev/null || fail "node not found; the Node binding needs Node 20 or later"
command -v npm >/dev/null || fail "npm not found; the Node binding needs npm"
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
    || fail "Node $(node --version) is too old; the Node binding needs Node 20 or later"
node --version
(cd node-binding && npm ci --no-audit --no-fund) || fail "npm ci in node-binding/"

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

step "Build the Node addon (node-binding/, shares target/release with wasipy)"
node node-binding/scripts/build-addon.js || fail "building the Node addon"
node -e 'require("./node-binding").run("print(\"hello from Node, in the sandbox\")").then((r) => process.stdout.write(r.stdout))' \
    || fail "running Python from Node"

printf '\nReady: %s script.py   (see %s --help)\n' "$WASIPY" "$WASIPY"
printf 'Node:  require("./node-binding")  (see README, "The Node binding")\n'
