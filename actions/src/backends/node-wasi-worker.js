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

/** WASI errno EPERM, what wasmtime answers for a write under a read-only mount. */
const EPERM = 63;
/** WASI errno ENOTCAPABLE: the call is refused. */
const ENOTCAPABLE = 76;
/** path_open flags that create or truncate. */
const O_CREAT = 1;
const O_EXCL = 4;
const O_TRUNC = 8;
const FDFLAG_APPEND = 1;
/** Rights that let an fd change a file's data: FD_DATASYNC, FD_WRITE, FD_ALLOCATE, FD_FILESTAT_SET_SIZE. */
const WRITE_RIGHTS = (1n << 0n) | (1n << 6n) | (1n << 8n) | (1n << 22n);

const { wasmModule, args, env, preopens, readOnlyFds, stdin, stdout, stderr } = workerData;
const wasi = new WASI({ version: 'preview1', args, env, preopens, stdin, stdout, stderr, returnOnExit: true });

/**
 * node:wasi has no read-only preopens: these wrappers refuse every change under a read-only
 * one. `readOnly` holds its fds and every fd opened from them (a read-only tree), kept up to
 * date through path_open, fd_renumber and fd_close.
 */
function guardedImports(base, memory) {
  const readOnly = new Set(readOnlyFds);
  const refuseIn = (name, ...fdArgs) =>
    function (...callArgs) {
      if (fdArgs.some((i) => readOnly.has(callArgs[i]))) return EPERM;
      return base[name](...callArgs);
    };
  return {
    ...base,
    // uvwasi follows an absolute symbolic link out of a preopened folder: the guest may not
    // make links (today's python.wasm does not even import these calls).
    path_symlink: () => ENOTCAPABLE,
    path_link: () => ENOTCAPABLE,
    path_open(dirFd, dirFlags, pathPtr, pathLen, oflags, rightsBase, rightsInheriting, fdFlags, fdOut) {
      const inReadOnly = readOnly.has(dirFd);
      if (inReadOnly && (oflags & (O_CREAT | O_EXCL | O_TRUNC) || BigInt(rightsBase) & WRITE_RIGHTS || fdFlags & FDFLAG_APPEND)) {
        return EPERM;
      }
      const errno = base.path_open(dirFd, dirFlags, pathPtr, pathLen, oflags, rightsBase, rightsInheriting, fdFlags, fdOut);
      if (errno === 0 && inReadOnly) readOnly.add(new DataView(memory().buffer).getUint32(fdOut, true));
      return errno;
    },
    fd_renumber(from, to) {
      const errno = base.fd_renumber(from, to);
      if (errno === 0) {
        if (readOnly.has(from)) readOnly.add(to);
        else readOnly.delete(to);
        readOnly.delete(from);
      }
      return errno;
    },
    fd_close(fd) {
      const errno = base.fd_close(fd);
      if (errno === 0) readOnly.delete(fd);
      return errno;
    },
    path_create_directory: refuseIn('path_create_directory', 0),
    path_remove_directory: refuseIn('path_remove_directory', 0),
    path_unlink_file: refuseIn('path_unlink_file', 0),
    path_rename: refuseIn('path_rename', 0, 3),
    path_filestat_set_times: refuseIn('path_filestat_set_times', 0),
    fd_write: refuseIn('fd_write', 0),
    fd_pwrite: refuseIn('fd_pwrite', 0),
    fd_allocate: refuseIn('fd_allocate', 0),
    fd_filestat_set_size: refuseIn('fd_filestat_set_size', 0),
    fd_filestat_set_times: refuseIn('fd_filestat_set_times', 0),
  };
}

let instance;
const imports = {
  wasi_snapshot_preview1: guardedImports(wasi.wasiImport, () => instance.exports.memory),
};

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
