'use strict';
// One step of the action, from the runner's environment to its outputs and exit status.
// The backend (the wasipy addon, node:wasi, or a test's fake) only runs `python -c CODE ARGS`
// in a sandbox with the mounts it is given; everything else is here.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseInputs, InputError } = require('./inputs');
const { Runner } = require('./workflow');
const { Channel, CHANNEL_FILE } = require('./channel');
const { planMounts, workspacePath, isWithin, PRIVATE_ROOT, GUEST_LIB, GUEST_CHANNEL, GUEST_INLINE, INLINE_NAME } = require('./mounts');
const { parseTraceback, locateInlineScript } = require('./traceback');
const { listLinks, removeEscapingLinks } = require('./links');

/** The `stdout` output keeps at most this much of the script's stdout. */
const MAX_STDOUT_OUTPUT = 1024 * 1024;

/** Warnings about bad channel records stop after this many. */
const MAX_PROBLEMS = 20;

/** The interpreter's command line: `python -c BOOT SCRIPT CHANNEL ENCODING ARGS...`. */
const BOOT_CODE = `import sys; sys.path.insert(0, ${JSON.stringify(GUEST_LIB)}); import _wasipy_boot; _wasipy_boot.main()`;

/** Exit codes for the outcomes that end a run early, as the `wasipy` command uses them. */
const OUTCOME_EXIT = { crashed: 121, output_limit: 122, fuel_exhausted: 123, timeout: 124, memory_limit: 125, cancelled: 130 };

/**
 * Runs the step. `env`: the process environment; `stdout`/`stderr`: where the log goes;
 * `backend`: { name, run(code, options) } or a function returning one (called once the
 * inputs are known to be valid); `pythonDir`: the folder of actions.py and _wasipy_boot.py.
 * Resolves to the process exit status (0 or 1).
 */
async function runAction({ env, stdout, stderr, backend, pythonDir }) {
  const runner = new Runner({ env, stdout });
  let inputs;
  try {
    inputs = parseInputs(env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    runner.annotate('error', error.message, { title: 'wasipy: invalid input' });
    return 1;
  }
  const level = inputs.failOnError ? 'error' : 'warning';
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const temp = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'wasipy-action-'));
  try {
    const dirs = { lib: pythonDir, channel: path.join(temp, 'channel'), inline: null };
    fs.mkdirSync(dirs.channel);
    if (inputs.script !== null) {
      dirs.inline = path.join(temp, 'inline');
      fs.mkdirSync(dirs.inline);
      fs.writeFileSync(path.join(dirs.inline, INLINE_NAME), inputs.script);
    }
    let plan;
    try {
      plan = planMounts(inputs, workspace, dirs);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      runner.annotate('error', error.message, { title: 'wasipy: invalid input' });
      return 1;
    }
    for (const mount of plan.mounts) {
      runner.command('debug', {}, `mount ${mount.guest} ${mount.readOnly ? 'ro' : 'rw'} <- ${mount.host}`);
    }

    const inline = inputs.script !== null
      ? locateInlineScript((file) => readWorkspaceFile(workspace, file), env.GITHUB_WORKFLOW_REF, inputs.script)
      : null;
    const place = (guestFile, line) => locate(guestFile, line, plan.script, inline);

    const channel = new Channel(dirs.channel);
    const state = { result: null, resultError: null, problems: 0 };
    const drain = (final) => {
      const { records, problems } = channel.drain({ final });
      for (const record of records) apply(record, runner, state, place);
      for (const problem of problems) {
        state.problems += 1;
        if (state.problems <= MAX_PROBLEMS) runner.annotate('warning', `actions module: ${problem}`, { title: 'wasipy' });
        if (state.problems === MAX_PROBLEMS + 1) runner.annotate('warning', 'actions module: more records were ignored', { title: 'wasipy' });
      }
    };

    const workspaceMounts = plan.mounts.filter((m) => !isWithin(m.guest, PRIVATE_ROOT));
    const writable = workspaceMounts.filter((m) => !m.readOnly).map((m) => m.host);
    const linksBefore = listLinks(writable);
    const removeLinks = () => {
      for (const link of removeEscapingLinks(linksBefore, writable, workspaceMounts.map((m) => m.host))) {
        const shown = path.relative(fs.realpathSync(workspace), link).split(path.sep).join('/');
        runner.annotate('warning', `removed ${shown}: a symbolic link the script made that leads outside the folders it was given`, { title: 'wasipy' });
      }
    };

    const captured = new Capture(MAX_STDOUT_OUTPUT);
    const stderrText = new Capture(256 * 1024, { keepTail: true });
    const run = typeof backend === 'function' ? backend() : backend;
    runner.command('debug', {}, `backend ${run.name}`);
    let ended;
    try {
      ended = await run.run(BOOT_CODE, {
        args: [plan.script, `${GUEST_CHANNEL}/${CHANNEL_FILE}`, inputs.resultEncoding, ...inputs.args],
        env: inputs.env,
        stdin: inputs.stdin,
        mounts: plan.mounts,
        timeoutMs: inputs.timeoutMs,
        memoryMb: inputs.memoryMb,
        onStdout: (chunk) => {
          drain(false);
          captured.add(chunk);
          runner.passthrough(chunk);
        },
        onStderr: (chunk) => {
          drain(false);
          stderrText.add(chunk);
          stderr.write(chunk);
        },
      });
    } catch (error) {
      drain(true);
      removeLinks();
      runner.annotate('error', `wasipy could not run the script: ${error.message}`, { title: 'wasipy' });
      return 1;
    }
    drain(true);
    removeLinks();

    const outcome = ended.outcome;
    const exitCode = outcome === 'completed' ? ended.exitCode : OUTCOME_EXIT[outcome] ?? 120;
    if (captured.truncated) {
      runner.annotate('warning', `the stdout output holds the first ${MAX_STDOUT_OUTPUT} bytes of the script's stdout`, { title: 'wasipy' });
    }
    runner.setOutput('stdout', captured.text());
    runner.setOutput('exit-code', String(exitCode));
    runner.setOutput('outcome', outcome);
    runner.setOutput('result', state.result ?? '');

    // A traceback frame points into the repository only from a file the sandbox had mounted.
    const placeFrame = (guestFile, line) => {
      if (!guestFile.startsWith('/')) return { file: undefined, line: undefined };
      const mounted = plan.mounts.some((m) => !isWithin(m.guest, PRIVATE_ROOT) && isWithin(guestFile, m.guest));
      return mounted || guestFile === plan.script ? place(guestFile, line) : { file: undefined, line: undefined };
    };
    const failure = describeFailure(ended, exitCode, inputs, stderrText.text(), placeFrame);
    if (failure) runner.annotate(level, failure.message, failure.where);
    if (state.resultError) {
      runner.annotate(level, `the result cannot be encoded as ${inputs.resultEncoding}: ${state.resultError}`, { title: 'wasipy: result' });
    }
    return (failure || state.resultError) && inputs.failOnError ? 1 : 0;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/** Carries out one checked record of the channel. */
function apply(record, runner, state, place) {
  switch (record.kind) {
    case 'output':
      runner.setOutput(record.name, record.value);
      break;
    case 'summary':
      if (!runner.appendSummary(record.markdown)) {
        runner.annotate('warning', 'the step summary is over 1 MiB: the rest of it is left out', { title: 'wasipy' });
      }
      break;
    case 'annotation': {
      const where = record.file !== undefined ? place(record.file, record.line) : { line: record.line };
      runner.annotate(record.level, record.message, {
        title: record.title,
        file: where.file,
        line: where.line,
        endLine:
          record.end_line !== undefined && record.line !== undefined && where.line !== undefined
            ? where.line + record.end_line - record.line
            : undefined,
        col: record.col,
        endColumn: record.end_col,
      });
      break;
    }
    case 'mask':
      runner.mask(record.value);
      break;
    case 'result':
      if (record.error !== undefined) state.resultError = record.error;
      else state.result = record.value;
      break;
    default:
      break;
  }
}

/**
 * Where a guest file and line are for the runner: a workspace file, or the workflow line of
 * an inline script. { file, line } with file undefined when it has no place in the repository.
 */
function locate(guestFile, line, script, inline) {
  const normal = path.posix.normalize(path.posix.join('/', guestFile));
  if (normal === script && script === `${GUEST_INLINE}/${INLINE_NAME}`) {
    if (inline && line !== undefined) return { file: inline.file, line: inline.line + line - 1 };
    return { file: undefined, line: undefined };
  }
  const file = workspacePath(normal);
  return file ? { file, line } : { file: undefined, line: undefined };
}

/** The annotation for a run that did not end well, or null. */
function describeFailure(ended, exitCode, inputs, stderr, place) {
  switch (ended.outcome) {
    case 'completed':
      break;
    case 'timeout':
      return { message: `the script ran out of time: the limit is ${inputs.timeoutMs / 1000} s (input \`timeout\`)`, where: { title: 'wasipy: timeout' } };
    case 'memory_limit':
      return { message: `the script ran out of memory: the limit is ${inputs.memoryMb} MB (input \`memory\`)`, where: { title: 'wasipy: memory limit' } };
    case 'output_limit':
      return { message: 'the script wrote more output than the limit allows', where: { title: 'wasipy: output limit' } };
    case 'crashed':
      return { message: `the interpreter crashed: ${ended.trap || 'wasm trap'}`, where: { title: 'wasipy: crash' } };
    default:
      return { message: `the run ended early (${ended.outcome})`, where: { title: 'wasipy' } };
  }
  if (exitCode === 0) return null;
  const traceback = parseTraceback(stderr);
  if (!traceback) {
    return { message: `the script exited with status ${exitCode}`, where: { title: 'wasipy: exit status' } };
  }
  // The innermost frame that is in the script or the workspace.
  let where = { file: undefined, line: undefined };
  for (let i = traceback.frames.length - 1; i >= 0; i--) {
    const candidate = place(traceback.frames[i].file, traceback.frames[i].line);
    if (candidate.file || candidate.line) {
      where = candidate;
      break;
    }
  }
  const title = traceback.message ? `${traceback.type}: ${traceback.message}` : traceback.type;
  return {
    message: traceback.text,
    where: { file: where.file, line: where.line, title: title.length > 200 ? `${title.slice(0, 199)}…` : title },
  };
}

function readWorkspaceFile(workspace, relative) {
  const file = path.join(workspace, ...relative.split('/'));
  const stat = fs.statSync(file);
  if (!stat.isFile() || stat.size > 4 * 1024 * 1024) return null;
  return fs.readFileSync(file, 'utf8');
}

/** Collects chunks up to a byte cap: the first bytes, or with keepTail the last ones. */
class Capture {
  constructor(limit, { keepTail = false } = {}) {
    this.limit = limit;
    this.keepTail = keepTail;
    this.chunks = [];
    this.size = 0;
    this.truncated = false;
  }

  add(chunk) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    if (this.keepTail) {
      this.chunks.push(bytes);
      this.size += bytes.length;
      while (this.size - this.chunks[0].length >= this.limit) this.size -= this.chunks.shift().length;
      return;
    }
    const room = this.limit - this.size;
    if (room <= 0) {
      this.truncated = this.truncated || bytes.length > 0;
      return;
    }
    if (bytes.length > room) this.truncated = true;
    const kept = bytes.subarray(0, room);
    this.chunks.push(kept);
    this.size += kept.length;
  }

  text() {
    let bytes = Buffer.concat(this.chunks);
    if (this.keepTail && bytes.length > this.limit) bytes = bytes.subarray(bytes.length - this.limit);
    return bytes.toString('utf8');
  }
}

module.exports = { runAction, BOOT_CODE, OUTCOME_EXIT, Capture, locate };
