'use strict';
// The backends a differential test runs each case on: CPython (the oracle, no sandbox, always)
// and the sandboxes, the node:wasi fallback and the wasipy addon, both from the packaged action
// in actions/dist. WASIPY_ACTION_TEST_BACKENDS narrows the sandboxes (comma-separated); one
// that is asked for and cannot load fails the test run instead of being skipped.

const fs = require('node:fs');
const path = require('node:path');
const { cpythonBackend } = require('./cpython-backend');

const DIST = path.join(__dirname, '..', 'dist');
const SANDBOXES = ['node-wasi', 'addon'];

/** The sandboxes to test, from WASIPY_ACTION_TEST_BACKENDS (default: both). */
function wantedSandboxes() {
  const names = (process.env.WASIPY_ACTION_TEST_BACKENDS || SANDBOXES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) if (!SANDBOXES.includes(name)) throw new Error(`unknown sandbox ${name} in WASIPY_ACTION_TEST_BACKENDS`);
  return names;
}

/** { name, sandboxed, backend } for each wanted backend. Throws when one cannot be had. */
function loadBackends() {
  return ['cpython', ...wantedSandboxes()].map((name) => {
    if (name === 'cpython') return { name, sandboxed: false, backend: cpythonBackend() };
    const wasm = path.join(DIST, 'python.wasm');
    if (!fs.existsSync(wasm)) throw new Error(`${wasm} is missing: build the action first (node actions/build.js)`);
    if (name === 'node-wasi') {
      const { nodeWasiBackend } = require(path.join(DIST, 'src', 'backends', 'node-wasi.js'));
      return { name, sandboxed: true, backend: nodeWasiBackend({ wasmPath: wasm }) };
    }
    const { addonBackend } = require(path.join(DIST, 'src', 'backends', 'addon.js'));
    // As the action does (src/backends/index.js): the compiled module built with the bundle.
    if (!process.env.WASIPY_CACHE_DIR) process.env.WASIPY_CACHE_DIR = path.join(DIST, 'cache');
    return { name, sandboxed: true, backend: addonBackend(require(path.join(DIST, 'node_modules', 'wasipy'))) };
  });
}

module.exports = { loadBackends, wantedSandboxes, DIST };
