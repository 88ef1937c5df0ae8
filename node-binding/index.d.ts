// Types of the `wasipy` package (sandboxed Python 3.11 for Node.js).

/** A value that crosses between JavaScript and Python. */
export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Buffer
  | PyValue[]
  | { [key: string]: PyValue };

/** A value JavaScript may pass in (also `undefined` → None and any Uint8Array → bytes). */
export type PyInput =
  | undefined
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | readonly PyInput[]
  | { readonly [key: string]: PyInput };

/** A host folder the guest may see. */
export interface MountOptions {
  /** The folder on the host (resolved against the current directory). */
  host: string;
  /** Where the guest sees it (default: the same absolute path as `host`). */
  guest?: string;
  /** Read-only unless `false` (default `true`). */
  readOnly?: boolean;
}

/** Options shared by runs and sessions. Every default grants nothing and bounds everything. */
export interface SandboxOptions {
  /** `sys.argv[1:]`. */
  args?: string[];
  /** What the guest reads from stdin (empty by default). */
  stdin?: string | Uint8Array;
  /** Environment variables, exactly these (nothing is inherited from the host). */
  env?: Record<string, string> | Map<string, string>;
  /** Host folders the guest may see (none by default). */
  mounts?: MountOptions[];
  /** Wall-clock limit in ms (default 30000; per call in a session). */
  timeoutMs?: number;
  /** Guest memory limit in MiB (default 256; for the whole session). */
  memoryMb?: number;
  /** Instruction budget (wasmtime fuel; off by default; per call in a session). */
  fuel?: number | bigint;
  /** Limit of each of stdout and stderr in bytes (default 16 MiB). */
  maxOutputBytes?: number;
  /** Fixed clocks and seeded random generators (`true`: the default seed). */
  deterministic?: boolean | { seed?: number | bigint };
  /** Receives stdout text as the guest writes it. */
  onStdout?: (text: string) => void;
  /** Receives stderr text as the guest writes it. */
  onStderr?: (text: string) => void;
  /** Stops the run (or the session's call in progress, closing the session). */
  signal?: AbortSignal;
}

export interface RunOptions extends SandboxOptions {}

export interface SessionOptions extends SandboxOptions {
  /** A budget in ms over all calls of the session together. */
  totalTimeoutMs?: number;
}

export type Outcome =
  | 'completed'
  | 'timeout'
  | 'memory_limit'
  | 'fuel_exhausted'
  | 'output_limit'
  | 'cancelled'
  | 'crashed';

/** The result of a run that completed (the program exited by itself). */
export interface RunResult {
  outcome: Outcome;
  /** 0, 1 for an uncaught exception, n for `sys.exit(n)`. */
  exitCode: number;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
  /** The uncaught exception, when the program died of one (not thrown). */
  exception: PythonError | null;
  durationMs: number;
  /** Fuel consumed, when `fuel` was set. */
  fuelUsed: number | bigint | null;
  /** The largest size the guest's memory reached, in bytes. */
  peakMemory: number;
}

/** Runs `code` as `python -c code` in a fresh sandbox, on libuv's thread pool. */
export function run(code: string, options?: RunOptions): Promise<RunResult>;
/** Runs `code` in a fresh sandbox on the calling thread. */
export function runSync(code: string, options?: RunOptions): RunResult;
/** Runs a script file; its folder is mounted read-only at the same absolute path. */
export function runFile(path: string, options?: RunOptions): Promise<RunResult>;
export function runFileSync(path: string, options?: RunOptions): RunResult;

/** Keyword arguments for `Python#call`. */
export interface Kwargs {
  readonly values: { readonly [key: string]: PyInput };
}

export interface CallOptions {
  /** Aborting stops the call and closes the session. */
  signal?: AbortSignal;
}

export interface ExecResult {
  /** What the call printed (collected also when `onStdout` / `onStderr` stream it). */
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** A Python interpreter whose globals persist between calls. */
export class Python {
  constructor(options?: SessionOptions);
  static kwargs(values: { readonly [key: string]: PyInput }): Kwargs;
  exec(code: string, options?: CallOptions): Promise<ExecResult>;
  eval(expr: string, options?: CallOptions): Promise<PyValue>;
  call(name: string, ...args: (PyInput | Kwargs)[]): Promise<PyValue>;
  get(name: string, options?: CallOptions): Promise<PyValue>;
  set(name: string, value: PyInput, options?: CallOptions): Promise<void>;
  execSync(code: string): ExecResult;
  evalSync(expr: string): PyValue;
  callSync(name: string, ...args: (PyInput | Kwargs)[]): PyValue;
  getSync(name: string): PyValue;
  setSync(name: string, value: PyInput): void;
  close(): void;
  readonly closed: boolean;
  readonly peakMemory: number;
}

/** Base class of every error of this package. */
export class WasipyError extends Error {}

/** What a run or a call printed before it failed. */
interface WithOutput {
  stdout?: string;
  stderr?: string;
  /** The run's whole result (runs only). */
  result?: RunResult;
}

/** A Python exception. */
export class PythonError extends WasipyError implements WithOutput {
  /** The exception type: `ZeroDivisionError`, `json.decoder.JSONDecodeError`, … */
  type: string;
  /** `str(exception)`. */
  message: string;
  /** The traceback as CPython prints it. */
  traceback: string;
  stdout?: string;
  stderr?: string;
  result?: RunResult;
}

export class TimeoutError extends WasipyError implements WithOutput {
  stdout?: string;
  stderr?: string;
  result?: RunResult;
}
export class MemoryLimitError extends WasipyError implements WithOutput {
  stdout?: string;
  stderr?: string;
  result?: RunResult;
}
export class OutputLimitError extends WasipyError implements WithOutput {
  stdout?: string;
  stderr?: string;
  result?: RunResult;
}
export class FuelExhaustedError extends WasipyError implements WithOutput {
  stdout?: string;
  stderr?: string;
  result?: RunResult;
}
/** The sandbox trapped (interpreter bug, native stack overflow). */
export class CrashError extends WasipyError implements WithOutput {
  trap: string;
  stdout?: string;
  stderr?: string;
  result?: RunResult;
}
/** Stopped by an AbortSignal; `cause` is the signal's reason. */
export class AbortError extends WasipyError implements WithOutput {
  code: 'ABORT_ERR';
  stdout?: string;
  stderr?: string;
  result?: RunResult;
}
/** A call on a closed session; `cause` is the error that closed it, if any. */
export class SessionClosedError extends WasipyError {}
/** `sys.exit()` inside a session call. */
export class PythonExitError extends WasipyError implements WithOutput {
  exitCode: number;
  stdout?: string;
  stderr?: string;
}
/** A run or session could not start (unreadable mount, no free sandbox, engine failure). */
export class HostError extends WasipyError {
  code: 'ERR_WASIPY_MOUNT' | 'ERR_WASIPY_INSTANTIATE' | 'ERR_WASIPY_ENGINE';
}
