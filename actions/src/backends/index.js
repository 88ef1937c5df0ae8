'use strict';
// Picks the runtime: the wasipy addon (wasmtime, every limit enforced) where the bundle has a
// build for this platform, else python.wasm under node:wasi (see node-wasi.js for what that
// cannot enforce). WASIPY_ACTION_BACKEND=addon|node-wasi forces one (for tests and debugging).

const fs = require('node:fs');
const path = require('node:path');
const { addonBackend } = require('./addon');
const { nodeWasiBackend } = require('./node-wasi');

/**
 * The backend for `actionDir` (the folder holding python.wasm and node_modules/wasipy).
 * `log(line)` receives one line saying which backend runs and, for the fallback, why.
 */
function selectBackend({ actionDir, env, log, tempRoot }) {
  const forced = env.WASIPY_ACTION_BACKEND || '';
  if (forced && forced !== 'addon' && forced !== 'node-wasi') {
    throw new Error(`WASIPY_ACTION_BACKEND must be addon or node-wasi, not ${JSON.stringify(forced)}`);
  }
  let reason = 'forced by WASIPY_ACTION_BACKEND';
  if (forced !== 'node-wasi') {
    try {
      useBundledCache(actionDir);
      return addonBackend(require('wasipy'));
    } catch (error) {
      if (forced === 'addon') throw new Error(`the wasipy addon cannot be loaded: ${error.message}`);
      reason = `no wasipy addon for ${process.platform}-${process.arch} (${firstLine(error.message)})`;
    }
  }
  log(`wasipy: running python.wasm under node:wasi: ${reason}. Time, memory and output limits hold; see the action's README for what this fallback does not enforce.`);
  return nodeWasiBackend({ wasmPath: path.join(actionDir, 'python.wasm'), tempRoot });
}

/**
 * Points the addon's compiled-module cache at the one built with the bundle (dist/cache), unless
 * the step sets WASIPY_CACHE_DIR. A runner whose CPU has the build machine's features loads the
 * compiled python.wasm from it in a millisecond; another one compiles it once (seconds) and
 * writes it there for the job's later steps. It holds native code: it is trusted as the
 * action's own files are.
 */
function useBundledCache(actionDir) {
  const bundled = path.join(actionDir, 'cache');
  if (!process.env.WASIPY_CACHE_DIR && fs.existsSync(bundled)) process.env.WASIPY_CACHE_DIR = bundled;
}

function firstLine(text) {
  return String(text).split('\n')[0].slice(0, 200);
}

module.exports = { selectBackend };
