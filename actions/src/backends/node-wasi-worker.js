'use strict';
// Runs python.wasm under node:wasi inside a Worker, so that the parent can stop it at the
// timeout (Worker.terminate interrupts wasm code, even a loop that makes no calls).

const { parentPort, workerData } = require('node:worker_threads');

// node:wasi warns once that it is experimental; that line means nothing to a workflow's reader.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  if (/WASI/.test(String(warning && warning.message ? warning.message : warning))) return;
  return emitWarning.call(process, warning, ...rest);
};
const { WASI } = require('node:wasi');

/** WASI errno ENOTCAPABLE: the call is refused. */
const ENOTCAPABLE = 76;

const { wasmModule, args, env, preopens, stdin, stdout, stderr } = workerData;
const wasi = new WASI({ version: 'preview1', args, env, preopens, stdin, stdout, stderr, returnOnExit: true });
// uvwasi follows an absolute symbolic link out of a preopened folder: the guest may not make
// links (today's python.wasm does not even import these calls).
const imports = {
  wasi_snapshot_preview1: {
    ...wasi.wasiImport,
    path_symlink: () => ENOTCAPABLE,
    path_link: () => ENOTCAPABLE,
  },
};

let instance;
try {
  instance = new WebAssembly.Instance(wasmModule, imports);
  const exitCode = wasi.start(instance);
  parentPort.postMessage({ exitCode });
} catch (error) {
  const memory = instance && instance.exports.memory;
  parentPort.postMessage({
    trap: String(error && error.message ? error.message : error),
    memoryBytes: memory ? memory.buffer.byteLength : 0,
  });
}
