'use strict';
// wasipy for Node.js: sandboxed Python 3.11 runs and sessions.
//
// This file is the package's public entry (CommonJS; index.mjs re-exports it for `import`).
// It validates options, turns the native results into plain objects and error classes, and
// decodes streamed output. The native addon is loaded by binding.js, the loader that
// `napi build` generates.

const path = require('node:path');

/**
 * The native addon. The addon built in this folder (wasipy.<platform>.node, which is what the
 * generated loader would find first) is required directly: the generated loader handles
 * every platform package and WASI fallback and costs a few ms of start-up to compile. It
 * stays the fallback for everything else.
 */
function loadNative() {
  const base = `./wasipy.${process.platform}-${process.arch}`;
  const abis = process.platform === 'linux' ? ['-gnu', '-musl'] : process.platform === 'win32' ? ['-msvc'] : [''];
  for (const abi of abis) {
    try {
      return require(`${base}${abi}.node`);
    } catch (error) {
      if (error?.code !== 'MODULE_NOT_FOUND') break;
    }
  }
  return require('./binding.js');
}

const native = loadNative();
// Build the shared runtime in the background while the caller goes on starting up.
native.warmUp();

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const DEFAULT_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// Errors

/** Base class of every error this package throws. */
class WasipyError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Fields shared by the errors that end a run or a call: what it printed and its result. */
function attach(error, result) {
  if (result) {
    error.result = result;
    error.stdout = result.stdout;
    error.stderr = result.stderr;
  }
  return error;
}

/** A Python exception: `.type` ('ZeroDivisionError'), `.message`, `.traceback` as CPython prints it. */
class PythonError extends WasipyError {
  constructor(type, message, traceback, result) {
    super(message === '' ? type : `${type}: ${message}`);
    this.type = type;
    this.message = message;
    this.traceback = traceback;
    attach(this, result);
  }

  toString() {
    return this.message === '' ? `PythonError: ${this.type}` : `PythonError: ${this.type}: ${this.message}`;
  }
}

/** The run or call went past its wall-clock limit (`timeoutMs`). */
class TimeoutError extends WasipyError {
  constructor(message, result) {
    super(message);
    attach(this, result);
  }
}

/** The guest needed more memory than `memoryMb` allows. */
class MemoryLimitError extends WasipyError {
  constructor(message, result) {
    super(message);
    attach(this, result);
  }
}

/** stdout or stderr went past `maxOutputBytes`. */
class OutputLimitError extends WasipyError {
  constructor(message, result) {
    super(message);
    attach(this, result);
  }
}

/** The instruction budget (`fuel`) ran out. */
class FuelExhaustedError extends WasipyError {
  constructor(message, result) {
    super(message);
    attach(this, result);
  }
}

/** The sandbox trapped (an interpreter bug or a native stack overflow); `.trap` says why. */
class CrashError extends WasipyError {
  constructor(message, trap, result) {
    super(message);
    this.trap = trap;
    attach(this, result);
  }
}

/** The run or call was stopped by its `signal`; `.cause` is the signal's reason. */
class AbortError extends WasipyError {
  constructor(message, cause, result) {
    super(message, { cause });
    this.code = 'ABORT_ERR';
    attach(this, result);
  }
}

/** A call on a closed session (closed by `close()`, or by a timeout, abort or limit). */
class SessionClosedError extends WasipyError {}

/** `sys.exit()` / `SystemExit` inside a session call; `.exitCode` is the status. */
class PythonExitError extends WasipyError {
  constructor(exitCode, result) {
    super(`Python called sys.exit(${exitCode})`);
    this.exitCode = exitCode;
    attach(this, result);
  }
}

/** A run could not start: unreadable mount, no free sandbox slot, engine failure. `.code` says which. */
class HostError extends WasipyError {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

// ---------------------------------------------------------------------------------------------
// Options

const RUN_OPTIONS = new Set([
  'args', 'stdin', 'env', 'mounts', 'timeoutMs', 'memoryMb', 'fuel', 'maxOutputBytes',
  'deterministic', 'onStdout', 'onStderr', 'signal',
]);

function typeName(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'object') return value.constructor?.name ?? 'Object';
  return typeof value;
}

function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function checkKeys(options, allowed, what) {
  for (const key of Object.keys(options)) {
    if (!allowed.has(key)) throw new TypeError(`${what}: unknown option '${key}'`);
  }
}

function positive(value, name, { allowZero = false } = {}) {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new TypeError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} finite number, got ${typeName(value)} ${String(value)}`);
  }
  return value;
}

function wholeBig(value, name) {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === 'bigint' && value >= 0n && value < 2n ** 64n) return value;
  throw new TypeError(`${name} must be a whole number between 0 and 2**64-1 (number or bigint), got ${typeName(value)} ${String(value)}`);
}

function toBuffer(value, name) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError(`${name} must be a string, Buffer or Uint8Array, got ${typeName(value)}`);
}

/** Options shared by runs and sessions, checked and flattened for the native side. */
function commonSpec(spec, options, what) {
  if (options.args !== undefined) {
    if (!Array.isArray(options.args) || !options.args.every((a) => typeof a === 'string')) {
      throw new TypeError(`${what}: args must be an array of strings`);
    }
    spec.args = options.args;
  }
  if (options.env !== undefined) {
    const env = options.env instanceof Map ? Object.fromEntries(options.env) : options.env;
    if (!isPlainObject(env)) throw new TypeError(`${what}: env must be a plain object of strings`);
    const flat = [];
    for (const [key, value] of Object.entries(env)) {
      if (typeof value !== 'string') throw new TypeError(`${what}: env.${key} must be a string, got ${typeName(value)}`);
      flat.push(key, value);
    }
    spec.env = flat;
  }
  if (options.mounts !== undefined) {
    if (!Array.isArray(options.mounts)) throw new TypeError(`${what}: mounts must be an array`);
    spec.mounts = options.mounts.map((m, i) => {
      if (!isPlainObject(m) || typeof m.host !== 'string') {
        throw new TypeError(`${what}: mounts[${i}] must be { host, guest?, readOnly? } with a string host`);
      }
      checkKeys(m, MOUNT_KEYS, `${what}: mounts[${i}]`);
      const host = path.resolve(m.host);
      const guest = m.guest === undefined ? host : m.guest;
      if (typeof guest !== 'string') throw new TypeError(`${what}: mounts[${i}].guest must be a string`);
      if (m.readOnly !== undefined && typeof m.readOnly !== 'boolean') {
        throw new TypeError(`${what}: mounts[${i}].readOnly must be a boolean`);
      }
      return { host, guest, writable: m.readOnly === false };
    });
  }
  if (options.timeoutMs !== undefined) spec.timeoutMs = positive(options.timeoutMs, `${what}: timeoutMs`);
  if (options.memoryMb !== undefined) {
    spec.memoryBytes = Math.round(positive(options.memoryMb, `${what}: memoryMb`) * 1024 * 1024);
  }
  if (options.fuel !== undefined) spec.fuel = wholeBig(options.fuel, `${what}: fuel`);
  if (options.maxOutputBytes !== undefined) {
    const n = options.maxOutputBytes;
    if (!Number.isSafeInteger(n) || n < 0) throw new TypeError(`${what}: maxOutputBytes must be a whole number ≥ 0`);
    spec.maxOutputBytes = n;
  }
  const det = options.deterministic;
  if (det === true) {
    spec.seed = 0x5eedn;
  } else if (isPlainObject(det)) {
    checkKeys(det, SEED_KEYS, `${what}: deterministic`);
    spec.seed = det.seed === undefined ? 0x5eedn : wholeBig(det.seed, `${what}: deterministic.seed`);
  } else if (det !== undefined && det !== false) {
    throw new TypeError(`${what}: deterministic must be a boolean or { seed }`);
  }
  for (const name of ['onStdout', 'onStderr']) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new TypeError(`${what}: ${name} must be a function`);
    }
  }
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TypeError(`${what}: signal must be an AbortSignal`);
  }
  return spec;
}

const MOUNT_KEYS = new Set(['host', 'guest', 'readOnly']);
const SEED_KEYS = new Set(['seed']);

function runSpec(kind, source, options, what) {
  if (typeof source !== 'string') throw new TypeError(`${what}: expected a string, got ${typeName(source)}`);
  const spec = { kind, source };
  if (options === undefined) return spec;
  if (!isPlainObject(options)) throw new TypeError(`${what}: options must be a plain object`);
  checkKeys(options, RUN_OPTIONS, what);
  commonSpec(spec, options, what);
  if (options.stdin !== undefined) spec.stdin = toBuffer(options.stdin, `${what}: stdin`);
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Streaming

/**
 * Wraps a user's output callback: decodes UTF-8 across chunk boundaries, counts deliveries
 * (so a promise settles only after the last queued chunk), and turns an exception thrown by
 * the callback into the run's error (the run is cancelled).
 */
class Stream {
  constructor(user, control) {
    this.user = user;
    this.control = control;
    this.decoder = new TextDecoder('utf-8');
    this.received = 0;
    this.waitFor = 0;
    this.wake = null;
    this.chunk = (buffer) => {
      this.received += 1;
      this.deliver(this.decoder.decode(buffer, { stream: true }));
      if (this.wake !== null && this.received >= this.waitFor) {
        const wake = this.wake;
        this.wake = null;
        wake();
      }
    };
  }

  deliver(text) {
    if (text === '' || this.control.callbackError !== undefined) return;
    try {
      this.user(text);
    } catch (error) {
      this.control.callbackError = error;
      this.control.token.cancel();
    }
  }

  /** Resolves once `count` chunks have arrived, then flushes the decoder. */
  async drain(count) {
    if (this.received < count) {
      await new Promise((resolve) => {
        this.waitFor = count;
        this.wake = resolve;
      });
    }
    this.finish();
  }

  finish() {
    this.deliver(this.decoder.decode());
  }
}

/** What one call needs around the native one: cancel token, streams, abort wiring. */
class Control {
  constructor(options) {
    this.signal = options?.signal;
    this.callbackError = undefined;
    const streaming = options?.onStdout !== undefined || options?.onStderr !== undefined;
    this.token = this.signal !== undefined || streaming ? new native.CancelToken() : undefined;
    this.stdout = options?.onStdout ? new Stream(options.onStdout, this) : undefined;
    this.stderr = options?.onStderr ? new Stream(options.onStderr, this) : undefined;
    this.onAbort = undefined;
  }

  /** Throws when the signal is already aborted; otherwise listens to it. */
  start(what) {
    const signal = this.signal;
    if (signal === undefined) return;
    if (signal.aborted) throw new AbortError(`${what} was aborted before it started`, signal.reason);
    this.onAbort = () => this.token.cancel();
    signal.addEventListener('abort', this.onAbort, { once: true });
  }

  stop() {
    if (this.onAbort !== undefined) this.signal.removeEventListener('abort', this.onAbort);
  }

  async drain(res) {
    if (this.stdout) await this.stdout.drain(res.stdoutChunks);
    if (this.stderr) await this.stderr.drain(res.stderrChunks);
  }

  finishSync() {
    this.stdout?.finish();
    this.stderr?.finish();
  }
}

// ---------------------------------------------------------------------------------------------
// Results

function num(big) {
  if (big === null || big === undefined) return null;
  return big <= BigInt(MAX_SAFE) ? Number(big) : big;
}

/** The traceback as CPython printed it: stderr from the last `Traceback` header on. */
function tracebackOf(stderr) {
  const at = stderr.lastIndexOf('Traceback (most recent call last):\n');
  if (at >= 0) return stderr.slice(at);
  return stderr;
}

function hostError(res) {
  const message = res.hostError;
  if (res.hostErrorKind === 'invalid_option' || res.hostErrorKind === 'fuel') return new TypeError(message);
  return new HostError(message, `ERR_WASIPY_${res.hostErrorKind.toUpperCase()}`);
}

/** The public result object of a run, or the error its outcome calls for. */
function settle(res, spec, control, what) {
  if (res.outcome === 'host_error') throw hostError(res);
  const result = {
    outcome: res.outcome,
    exitCode: res.exitCode,
    stdout: res.stdout,
    stderr: res.stderr,
    stdoutTruncated: res.stdoutTruncated,
    stderrTruncated: res.stderrTruncated,
    exception: null,
    durationMs: res.durationMs,
    fuelUsed: num(res.fuelUsed),
    peakMemory: res.peakMemory,
  };
  if (res.exceptionType != null) {
    result.exception = new PythonError(res.exceptionType, res.exceptionMessage, tracebackOf(res.stderr), result);
  }
  if (control?.callbackError !== undefined) throw control.callbackError;
  const fail = outcomeError(res, spec, control, what, result);
  if (fail) throw fail;
  return result;
}

function outcomeError(res, spec, control, what, result) {
  switch (res.outcome) {
    case 'completed':
      return null;
    case 'timeout':
      return new TimeoutError(`${what} timed out after ${spec.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`, result);
    case 'memory_limit':
      return new MemoryLimitError(`${what} went past its memory limit${spec.memoryBytes ? ` of ${spec.memoryBytes / 1048576} MB` : ''}`, result);
    case 'output_limit':
      return new OutputLimitError(`${what} went past its output limit${spec.maxOutputBytes !== undefined ? ` of ${spec.maxOutputBytes} bytes` : ''}`, result);
    case 'fuel_exhausted':
      return new FuelExhaustedError(`${what} ran out of fuel (${spec.fuel} units)`, result);
    case 'cancelled':
      return new AbortError(`${what} was aborted`, control?.signal?.reason, result);
    case 'crashed':
      return new CrashError(`${what} crashed: ${res.trap}`, res.trap, result);
    default:
      return new WasipyError(`${what} ended with an unknown outcome '${res.outcome}'`);
  }
}

// ---------------------------------------------------------------------------------------------
// Runs

async function runProgram(kind, source, options, what) {
  const spec = runSpec(kind, source, options, what);
  if (options === undefined) {
    return settle(await native.runNative(spec, undefined, undefined, undefined), spec, undefined, what);
  }
  const control = new Control(options);
  control.start(what);
  let res;
  try {
    res = await native.runNative(spec, control.stdout?.chunk, control.stderr?.chunk, control.token);
    await control.drain(res);
  } finally {
    control.stop();
  }
  return settle(res, spec, control, what);
}

function runProgramSync(kind, source, options, what) {
  const spec = runSpec(kind, source, options, what);
  if (options === undefined) {
    return settle(native.runSyncNative(spec, undefined, undefined, undefined), spec, undefined, what);
  }
  const control = new Control(options);
  control.start(what);
  let res;
  try {
    res = native.runSyncNative(spec, control.stdout?.chunk, control.stderr?.chunk, control.token);
    control.finishSync();
  } finally {
    control.stop();
  }
  return settle(res, spec, control, what);
}

/** Runs `code` (as `python -c code`) in a fresh sandbox on libuv's thread pool. */
function run(code, options) {
  return runProgram('code', code, options, 'Python run');
}

/** Runs `code` in a fresh sandbox on the calling thread (blocks the event loop). */
function runSync(code, options) {
  return runProgramSync('code', code, options, 'Python run');
}

/**
 * Runs a script file. Its folder is mounted read-only at the same absolute path (as the
 * `wasipy` command does), so tracebacks name the real path and sibling modules import.
 */
function fileArgs(file, options) {
  if (typeof file !== 'string') throw new TypeError(`runFile: expected a path string, got ${typeName(file)}`);
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const opts = options === undefined ? {} : { ...options };
  const mounts = opts.mounts === undefined ? [] : [...opts.mounts];
  mounts.push({ host: dir, guest: dir, readOnly: true });
  opts.mounts = mounts;
  return [abs, opts];
}

function runFile(file, options) {
  const [abs, opts] = fileArgs(file, options);
  return runProgram('file', abs, opts, 'Python run');
}

function runFileSync(file, options) {
  const [abs, opts] = fileArgs(file, options);
  return runProgramSync('file', abs, opts, 'Python run');
}


// ---------------------------------------------------------------------------------------------
// Sessions

const SESSION_OPTIONS = new Set([
  'args', 'stdin', 'env', 'mounts', 'timeoutMs', 'totalTimeoutMs', 'memoryMb', 'fuel',
  'maxOutputBytes', 'deterministic', 'onStdout', 'onStderr', 'signal',
]);
const CALL_OPTIONS = new Set(['signal']);

/** Keyword arguments for `Python#call`: `py.call('f', 1, Python.kwargs({ sep: ',' }))`. */
class Kwargs {
  constructor(values) {
    if (!isPlainObject(values)) throw new TypeError(`Python.kwargs: expected a plain object, got ${typeName(values)}`);
    this.values = values;
  }
}

/** A native error thrown while converting arguments: TypeError for values that cannot cross. */
function nativeError(error) {
  if (error && error.code === 'InvalidArg') return new TypeError(error.message);
  return error;
}

function openError(error) {
  const m = /^\[([a-z_]+)\] ([\s\S]*)$/.exec(error?.message ?? '');
  if (!m) return error;
  return hostError({ hostError: m[2], hostErrorKind: m[1] });
}

/**
 * A Python interpreter whose globals persist between calls, in its own sandbox. Calls run one
 * at a time, in the order they are made, on libuv's thread pool (`exec`, `eval`, `call`,
 * `get`, `set`) or on the calling thread (the `…Sync` variants).
 *
 * A Python exception rejects the call with a PythonError and leaves the session usable. A
 * timeout, an abort, a memory, fuel or output limit, or a crash ends the session: that call
 * rejects with its error, every later one with a SessionClosedError that names the cause.
 */
class Python {
  #native;
  #spec;
  #pending = [];
  #busy = false;
  #closedBy = null;
  #userClosed = false;
  #signal;
  #onAbort;
  #onStdout;
  #onStderr;

  constructor(options = {}) {
    if (!isPlainObject(options)) throw new TypeError('Python: options must be a plain object');
    checkKeys(options, SESSION_OPTIONS, 'Python');
    const spec = commonSpec({ streamStdout: options.onStdout !== undefined, streamStderr: options.onStderr !== undefined }, options, 'Python');
    if (options.totalTimeoutMs !== undefined) spec.totalTimeoutMs = positive(options.totalTimeoutMs, 'Python: totalTimeoutMs');
    if (options.stdin !== undefined) spec.stdin = toBuffer(options.stdin, 'Python: stdin');
    if (options.signal?.aborted) throw new AbortError('Python session was aborted before it started', options.signal.reason);
    try {
      this.#native = native.NativeSession.open(spec);
    } catch (error) {
      throw openError(error);
    }
    this.#spec = spec;
    this.#onStdout = options.onStdout;
    this.#onStderr = options.onStderr;
    if (options.signal !== undefined) {
      this.#signal = options.signal;
      this.#onAbort = () => {
        this.#closedBy ??= new AbortError('Python session was aborted', options.signal.reason);
        this.#native.cancel();
        if (!this.#busy) this.#native.close();
      };
      options.signal.addEventListener('abort', this.#onAbort, { once: true });
    }
  }

  /** `Python.kwargs({...})`: keyword arguments, as the last argument of `call`. */
  static kwargs(values) {
    return new Kwargs(values);
  }

  /** Runs statements in `__main__`; resolves to `{ stdout, stderr, durationMs }`. */
  exec(code, options) {
    return this.#async('exec', str(code, 'exec'), undefined, options);
  }

  /** Evaluates an expression; resolves to its value. */
  eval(expr, options) {
    return this.#async('eval', str(expr, 'eval'), undefined, options);
  }

  /** Calls the global (or builtin) function `name`; a final `Python.kwargs({...})` gives keyword arguments. */
  call(name, ...args) {
    return this.#async('call', str(name, 'call'), callPayload(args), undefined);
  }

  /** Resolves to the value of the global `name`. */
  get(name, options) {
    return this.#async('get', str(name, 'get'), undefined, options);
  }

  /** Sets the global `name` to a copy of `value`. */
  set(name, value, options) {
    return this.#async('set', str(name, 'set'), [value], options);
  }

  execSync(code) {
    return this.#sync('exec', str(code, 'execSync'), undefined);
  }

  evalSync(expr) {
    return this.#sync('eval', str(expr, 'evalSync'), undefined);
  }

  callSync(name, ...args) {
    return this.#sync('call', str(name, 'callSync'), callPayload(args));
  }

  getSync(name) {
    return this.#sync('get', str(name, 'getSync'), undefined);
  }

  setSync(name, value) {
    return this.#sync('set', str(name, 'setSync'), [value]);
  }

  /** Ends the session and frees its sandbox. A call in progress is stopped; queued calls reject. */
  close() {
    if (this.#userClosed) return;
    this.#userClosed = true;
    this.#closedBy ??= new SessionClosedError('the Python session was closed by close()');
    this.#native.close();
    if (this.#onAbort !== undefined) this.#signal.removeEventListener('abort', this.#onAbort);
  }

  /** Whether the session is closed (by `close()`, or by a timeout, abort, limit or crash). */
  get closed() {
    return this.#userClosed || this.#native.closed;
  }

  /** The largest size the session's memory reached, in bytes. */
  get peakMemory() {
    return this.#native.peakMemory;
  }

  #async(op, text, payload, options) {
    if (options !== undefined) {
      if (!isPlainObject(options)) return Promise.reject(new TypeError(`${op}: options must be a plain object`));
      try {
        checkKeys(options, CALL_OPTIONS, op);
        if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw new TypeError(`${op}: signal must be an AbortSignal`);
      } catch (error) {
        return Promise.reject(error);
      }
    }
    if (!this.#busy && options === undefined && this.#onStdout === undefined && this.#onStderr === undefined) {
      // Fast path (idle session, no streaming, no signal): one native promise, one `then`.
      let pending;
      try {
        pending = this.#native.callAsync(op, text, payload, undefined, undefined);
      } catch (error) {
        return Promise.reject(nativeError(error));
      }
      this.#busy = true;
      return pending.then(
        (res) => {
          this.#next();
          return this.#settle(op, res, undefined);
        },
        (error) => {
          this.#next();
          throw nativeError(error);
        },
      );
    }
    return new Promise((resolve, reject) => {
      this.#pending.push({ op, text, payload, options, resolve, reject });
      if (!this.#busy) this.#next();
    });
  }

  #next() {
    const job = this.#pending.shift();
    if (job === undefined) {
      this.#busy = false;
      return;
    }
    this.#busy = true;
    // The next call starts (or the session becomes idle) before this one's caller resumes,
    // so a sync call right after `await py.eval(…)` finds the session free.
    this.#dispatch(job).then(
      (value) => {
        this.#next();
        job.resolve(value);
      },
      (error) => {
        this.#next();
        job.reject(error);
      },
    );
  }

  async #dispatch({ op, text, payload, options }) {
    const signal = options?.signal;
    if (this.#onStdout === undefined && this.#onStderr === undefined && signal === undefined) {
      let res;
      try {
        res = await this.#native.callAsync(op, text, payload, undefined, undefined);
      } catch (error) {
        throw nativeError(error);
      }
      return this.#settle(op, res, undefined);
    }
    const control = this.#control(signal, op);
    let res;
    try {
      res = await this.#native.callAsync(op, text, payload, control.stdout?.chunk, control.stderr?.chunk);
      await control.drain(res);
    } catch (error) {
      throw nativeError(error);
    } finally {
      control.stop();
    }
    return this.#settle(op, res, control);
  }

  #sync(op, text, payload) {
    if (this.#busy) throw new WasipyError(`${op}: the session is busy with an async call; await it first`);
    if (this.#onStdout === undefined && this.#onStderr === undefined) {
      let res;
      try {
        res = this.#native.callSync(op, text, payload, undefined, undefined);
      } catch (error) {
        throw nativeError(error);
      }
      return this.#settle(op, res, undefined);
    }
    const control = this.#control(undefined, op);
    let res;
    try {
      res = this.#native.callSync(op, text, payload, control.stdout?.chunk, control.stderr?.chunk);
      control.finishSync();
    } catch (error) {
      throw nativeError(error);
    } finally {
      control.stop();
    }
    return this.#settle(op, res, control);
  }

  /** Streams for the session's callbacks plus the call's own signal (which cancels the session). */
  #control(signal, op) {
    const control = new Control({ onStdout: this.#onStdout, onStderr: this.#onStderr });
    // A callback that throws cancels the session's call.
    control.token = { cancel: () => this.#native.cancel() };
    if (signal !== undefined) {
      if (signal.aborted) {
        this.#closedBy ??= new AbortError(`Python ${op} was aborted`, signal.reason);
        this.#native.close();
      } else {
        control.signal = signal;
        control.onAbort = () => {
          this.#closedBy ??= new AbortError(`Python ${op} was aborted`, signal.reason);
          this.#native.cancel();
        };
        signal.addEventListener('abort', control.onAbort, { once: true });
      }
    }
    return control;
  }

  #settle(op, res, control) {
    if (control?.callbackError !== undefined) {
      this.#closedBy ??= new SessionClosedError(`the Python session was closed because an output callback threw: ${control.callbackError}`);
      throw control.callbackError;
    }
    const output = { stdout: res.stdout, stderr: res.stderr };
    if (res.ok) {
      if (op === 'exec') return { stdout: res.stdout, stderr: res.stderr, durationMs: res.durationMs };
      if (op === 'set') return undefined;
      return res.value;
    }
    const what = `Python ${op}`;
    let error;
    switch (res.kind) {
      case 'python':
        throw new PythonError(res.type, res.message, res.traceback, output);
      case 'exit':
        error = new PythonExitError(res.status, output);
        if (!res.closed) throw error;
        break;
      case 'timeout':
        error = new TimeoutError(`${what} timed out after ${this.#spec.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms (or the session's totalTimeoutMs ran out); the session is closed`, output);
        break;
      case 'memory_limit':
        error = new MemoryLimitError(`${what} went past the session's memory limit; the session is closed`, output);
        break;
      case 'output_limit':
        error = new OutputLimitError(`${what} went past the session's output limit; the session is closed`, output);
        break;
      case 'fuel_exhausted':
        error = new FuelExhaustedError(`${what} ran out of fuel (${this.#spec.fuel} units per call); the session is closed`, output);
        break;
      case 'crashed':
        error = new CrashError(`${what} crashed: ${res.trap}; the session is closed`, res.trap, output);
        break;
      case 'cancelled':
        error = this.#closedBy instanceof AbortError || this.#closedBy instanceof SessionClosedError
          ? this.#closedBy
          : new AbortError(`${what} was aborted`, undefined, output);
        break;
      case 'closed':
        throw new SessionClosedError(this.#closedBy
          ? `the Python session is closed (${this.#closedBy.name}: ${this.#closedBy.message})`
          : 'the Python session is closed', { cause: this.#closedBy ?? undefined });
      default:
        error = new WasipyError(`${what} failed: ${res.message ?? res.kind}`);
        if (!res.closed) throw error;
    }
    if (this.#closedBy === null || res.kind !== 'cancelled') this.#closedBy ??= error;
    throw error;
  }
}

if (typeof Symbol.dispose === 'symbol') {
  Python.prototype[Symbol.dispose] = function dispose() {
    this.close();
  };
}

function str(value, what) {
  if (typeof value !== 'string') throw new TypeError(`${what}: expected a string, got ${typeName(value)}`);
  return value;
}

function callPayload(args) {
  let kwargs = {};
  if (args.length > 0 && args[args.length - 1] instanceof Kwargs) {
    kwargs = args[args.length - 1].values;
    args = args.slice(0, -1);
  }
  return [args, kwargs];
}

module.exports = {
  Python,
  run,
  runSync,
  runFile,
  runFileSync,
  WasipyError,
  PythonError,
  TimeoutError,
  MemoryLimitError,
  OutputLimitError,
  FuelExhaustedError,
  CrashError,
  AbortError,
  SessionClosedError,
  PythonExitError,
  HostError,
};

// For tests and tools only (not part of the public API).
module.exports._internal = { native };
