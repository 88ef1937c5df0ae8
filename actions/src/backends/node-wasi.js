'use strict';
// The fallback backend, for runners with no prebuilt addon (macOS, Windows): python.wasm
// under Node's own node:wasi, in a Worker. What it enforces, and how:
// - time: the Worker is terminated at the timeout (outcome `timeout`);
// - memory: the module's memory gets a maximum (wasm-memory.js), and the interpreter is told
//   the same soft limit as under the addon, so it raises MemoryError first;
// - output: stdout and stderr go to files that are polled every few milliseconds; past the
//   limit the run is stopped (so the cap is approximate: what the guest writes within one
//   poll can pass it);
// - read-only folders: node:wasi has no read-only mounts. The worker wraps the WASI calls and
//   refuses every change under a read-only mount (EPERM, as wasmtime answers); and the guest
//   gets a copy, so a call the wrapper missed could only change the copy. Symbolic links in
//   it are followed only when they stay inside the folder; the others are left out;
// - writable folders are mounted as they are, and refused when they hold a symbolic link:
//   uvwasi follows an absolute link out of the sandbox. The guest may not create links.
// Not enforced: the CPU the guest uses within its time, and the size of files it writes.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Worker } = require('node:worker_threads');
const { capMemory } = require('./wasm-memory');

const POLL_MS = 10;
const DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;
const MIB = 1024 * 1024;

/**
 * A backend that runs `wasmPath` (python.wasm). `run(code, options)` runs `python -c code
 * ...options.args` and resolves to { outcome, exitCode, durationMs, trap? }.
 */
function nodeWasiBackend({ wasmPath, tempRoot = os.tmpdir() }) {
  let wasm = null;
  return {
    name: 'node-wasi',
    async run(code, options) {
      if (!wasm) wasm = fs.readFileSync(wasmPath);
      return runInWorker(wasm, code, options, tempRoot);
    },
  };
}

async function runInWorker(wasm, code, options, tempRoot) {
  const started = performance.now();
  const memoryBytes = options.memoryMb * MIB;
  const module = await WebAssembly.compile(capMemory(wasm, memoryBytes));
  const work = fs.mkdtempSync(path.join(tempRoot, 'wasipy-wasi-'));
  const fds = [];
  const open = (file, flags) => {
    const fd = fs.openSync(file, flags);
    fds.push(fd);
    return fd;
  };
  try {
    const preopens = {};
    // node:wasi numbers the preopens from fd 3 in the order of the object's keys.
    const readOnlyFds = [];
    options.mounts.forEach((mount, index) => {
      if (mount.readOnly) {
        readOnlyFds.push(3 + index);
        const copy = path.join(work, 'ro', String(index));
        copyTree(mount.host, copy);
        preopens[mount.guest] = copy;
      } else {
        const link = findSymlink(mount.host);
        if (link) {
          throw new Error(
            `the node:wasi fallback cannot mount ${mount.guest} writable: it holds a symbolic link ` +
              `(${link}), which node:wasi would follow out of the sandbox`,
          );
        }
        preopens[mount.guest] = mount.host;
      }
    });
    fs.writeFileSync(path.join(work, 'stdin'), options.stdin ?? '');
    const streams = {
      stdin: open(path.join(work, 'stdin'), 'r'),
      stdout: open(path.join(work, 'stdout'), 'w'),
      stderr: open(path.join(work, 'stderr'), 'w'),
    };
    const tails = [
      new Tail(open(path.join(work, 'stdout'), 'r'), options.onStdout),
      new Tail(open(path.join(work, 'stderr'), 'r'), options.onStderr),
    ];
    const env = { ...options.env, WASIPY_MAX_MEMORY: String(softMemoryLimit(memoryBytes)) };
    const worker = new Worker(path.join(__dirname, 'node-wasi-worker.js'), {
      workerData: {
        wasmModule: module,
        args: ['python', '-c', code, ...(options.args || [])],
        env,
        preopens,
        readOnlyFds,
        ...streams,
      },
      stdout: false,
      stderr: false,
    });
    const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    // Settles only once the worker thread is gone: the fds it writes to are closed (and their
    // numbers free for reuse) after that, never while it may still write.
    const ended = await new Promise((resolve) => {
      let first = null;
      const settle = (value) => {
        if (first) return;
        first = value;
        clearTimeout(timer);
        clearInterval(poller);
      };
      const stop = (outcome) => {
        settle({ outcome });
        worker.terminate();
      };
      const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
      const poller = setInterval(() => {
        if (tails.some((tail) => tail.poll() > maxOutput)) stop('output_limit');
      }, POLL_MS);
      worker.on('message', (message) => settle(message));
      worker.on('error', (error) => settle({ trap: String(error && error.message ? error.message : error) }));
      worker.on('exit', () => {
        settle({ trap: 'the worker ended without a result' });
        resolve(first);
      });
    });
    for (const tail of tails) tail.poll();
    const durationMs = performance.now() - started;
    if (ended.outcome) return { outcome: ended.outcome, exitCode: EXIT[ended.outcome], durationMs };
    if (ended.trap !== undefined) {
      const outcome = hitMemoryCap(ended.memoryBytes, memoryBytes, tails[1].last()) ? 'memory_limit' : 'crashed';
      return { outcome, exitCode: EXIT[outcome], durationMs, trap: ended.trap };
    }
    return { outcome: 'completed', exitCode: ended.exitCode ?? 0, durationMs };
  } finally {
    for (const fd of fds) fs.closeSync(fd);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Whether a trap came from the memory cap: the memory is within a MiB of it, or Rust's
 * allocation-failure message (printed before it aborts) asked for more than was left.
 */
function hitMemoryCap(used, cap, stderrTail) {
  if (!used) return false;
  if (used + MIB > cap) return true;
  const failed = /memory allocation of (\d+) bytes failed/.exec(stderrTail);
  return Boolean(failed) && used + Number(failed[1]) > cap;
}

/** The exit codes of the `wasipy` command for each way a run can end early. */
const EXIT = { crashed: 121, output_limit: 122, timeout: 124, memory_limit: 125 };

/** As the host library: 1/8 below the hard limit, between 1 and 32 MiB below. */
function softMemoryLimit(hard) {
  return Math.max(0, hard - Math.min(Math.max(Math.floor(hard / 8), MIB), 32 * MIB));
}

/** Follows a file that another thread writes, handing each new piece to `onData`. */
class Tail {
  constructor(fd, onData) {
    this.fd = fd;
    this.onData = onData;
    this.offset = 0;
    this.buffer = Buffer.alloc(64 * 1024);
    this.tail = Buffer.alloc(0);
  }

  /** The last few KiB read, as text. */
  last() {
    return this.tail.toString('utf8');
  }

  /** Reads what is new; returns the size seen so far. */
  poll() {
    for (;;) {
      const read = fs.readSync(this.fd, this.buffer, 0, this.buffer.length, this.offset);
      if (read <= 0) return this.offset;
      this.offset += read;
      const piece = Buffer.from(this.buffer.subarray(0, read));
      this.tail = Buffer.concat([this.tail, piece]).subarray(-4096);
      if (this.onData) this.onData(piece);
    }
  }
}

/**
 * Copies folder `source` to `target`: folders and regular files, and what a symbolic link
 * points at when that is inside `source` (each real folder once). Other links, sockets and
 * devices are left out.
 */
function copyTree(source, target) {
  const root = fs.realpathSync(source);
  const seen = new Set();
  const copyDir = (from, to) => {
    const real = fs.realpathSync(from);
    if (seen.has(real)) return;
    seen.add(real);
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const src = path.join(from, entry.name);
      const dst = path.join(to, entry.name);
      if (entry.isSymbolicLink()) {
        let resolved;
        try {
          resolved = fs.realpathSync(src);
        } catch {
          continue;
        }
        const relative = path.relative(root, resolved);
        if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
        const stat = fs.statSync(resolved);
        if (stat.isDirectory()) copyDir(resolved, dst);
        else if (stat.isFile()) fs.copyFileSync(resolved, dst);
      } else if (entry.isDirectory()) {
        copyDir(src, dst);
      } else if (entry.isFile()) {
        fs.copyFileSync(src, dst);
      }
    }
  };
  copyDir(root, target);
}

/** The first symbolic link under `dir` (a relative path), or null. */
function findSymlink(dir) {
  const pending = [''];
  while (pending.length) {
    const relative = pending.pop();
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isSymbolicLink()) return child;
      if (entry.isDirectory()) pending.push(child);
    }
  }
  return null;
}

module.exports = { nodeWasiBackend, softMemoryLimit, hitMemoryCap, copyTree, findSymlink };
