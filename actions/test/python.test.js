'use strict';
// The in-sandbox side (the boot module and `actions`) run for real: each case runs the whole
// step on every backend of backends.js — CPython, the oracle, and the sandboxes — and must give
// the same outputs, summary and annotations. Where python3 prints a traceback the boot must
// print the same one (checked against python3 running the script directly).

const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { runAction } = require('../src/run-action');
const { loadBackends } = require('./backends');
const { PYTHON } = require('./cpython-backend');
const { makeRunner, inputs, DEFAULT_INPUTS, annotations, sink } = require('./helpers');

const PYTHON_DIR = path.join(__dirname, '..', 'python');
const BACKENDS = loadBackends();

/** Runs the step and hands the result to `check` while the workspace still exists. */
async function step(backend, files, values, check) {
  const r = makeRunner(files);
  try {
    const stdout = sink();
    const stderr = sink();
    const status = await runAction({
      env: { ...r.env, ...DEFAULT_INPUTS, ...inputs(values) },
      stdout,
      stderr,
      backend,
      pythonDir: PYTHON_DIR,
    });
    const log = stdout.text();
    return check({
      status,
      log,
      stderr: stderr.text(),
      outputs: r.outputs(),
      summary: r.summary(),
      notes: annotations(log).map(({ command, properties, message }) => ({ command, properties, message })),
      workspace: r.workspace,
      listing: listFiles(r.workspace),
    });
  } finally {
    r.cleanup();
  }
}

function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort();
}

/** Defines one test that runs the case on every backend and checks each with `check`. */
function differential(name, files, values, check) {
  test(name, async () => {
    for (const { name: backendName, sandboxed, backend } of BACKENDS) {
      await step(backend, files, values, (done) => {
        try {
          check(done, { backend: backendName, sandboxed });
        } catch (error) {
          error.message = `[${backendName}] ${error.message}\n--- log ---\n${done.log}\n--- stderr ---\n${done.stderr}`;
          throw error;
        }
      });
    }
  });
}

differential('result: the value of the last line when it is an expression', {}, { script: 'x = [1, 2]\nx + [3]\n# trailing comment\n' }, (done) => {
  assert.equal(done.status, 0);
  assert.equal(done.outputs.result, '[1, 2, 3]');
  assert.equal(done.outputs.outcome, 'completed');
});

differential('result: a global named result wins over the last line', {}, { script: 'result = {"a": [1, None, True], "é": 1.5}\n42\n' }, (done) => {
  assert.equal(done.outputs.result, '{"a": [1, null, true], "é": 1.5}');
});

differential('result: string encoding, multi-line expressions, None', {}, { script: 'name = "wé"\n(name +\n "!")\n', 'result-encoding': 'string' }, (done) => {
  assert.equal(done.outputs.result, 'wé!');
});

differential('result: a last line that is a statement, or None, gives no result', {}, { script: 'print("hi")\nif True:\n    7\n' }, (done) => {
  assert.equal(done.outputs.result, '');
  assert.equal(done.outputs.stdout, 'hi\n');
});

differential('result: None set explicitly is null', {}, { script: 'result = None\n' }, (done) => {
  assert.equal(done.outputs.result, 'null');
});

differential('result: a value JSON cannot hold fails the step', {}, { script: '{1, 2}\n' }, (done) => {
  assert.equal(done.status, 1);
  assert.equal(done.outputs['exit-code'], '0');
  assert.equal(done.outputs.result, '');
  assert.match(done.notes.at(-1).message, /cannot be encoded as json: TypeError: Object of type set is not JSON serializable/);
});

differential(
  'a file with args: argv, __file__, __name__, sys.path[0], stdin and env',
  {
    'tools/report.py': [
      'import os, sys',
      'import helper',
      'print(sys.argv)',
      'print(__name__, __file__, sys.path[0])',
      'print(helper.twice(sys.stdin.read().strip()))',
      'print(os.environ.get("MODE"), os.environ.get("GITHUB_OUTPUT"))',
      'print(sorted(k for k in globals() if not k.startswith("__")))',
      '',
    ].join('\n'),
    'tools/helper.py': 'def twice(s):\n    return s * 2\n',
  },
  { file: 'tools/report.py', args: 'one "two words"', stdin: 'ab\n', env: 'MODE=ci' },
  (done, { sandboxed }) => {
    assert.equal(done.status, 0);
    const lines = done.outputs.stdout.split('\n');
    const script = sandboxed ? '/tools/report.py' : path.join(fs.realpathSync(done.workspace), 'tools', 'report.py');
    assert.equal(lines[0], `['${script}', 'one', 'two words']`);
    assert.equal(lines[1], `__main__ ${script} ${path.dirname(script)}`);
    assert.equal(lines[2], 'abab');
    assert.equal(lines[3], 'ci None');
    assert.equal(lines[4], "['helper', 'os', 'sys']");
  },
);

differential('the script starts with the globals python3 gives a script', { 'g.py': 'print(sorted(globals()))\n' }, { file: 'g.py' }, (done, { sandboxed }) => {
  assert.equal(done.status, 0);
  if (!sandboxed) {
    const direct = spawnSync(PYTHON, [path.join(done.workspace, 'g.py')], { encoding: 'utf8' });
    assert.equal(done.outputs.stdout, direct.stdout);
  }
  assert.match(done.outputs.stdout, /'__builtins__', '__cached__', '__doc__', '__file__', '__loader__', '__name__', '__package__', '__spec__'\]\n$/);
});

differential('sys.exit: the status is the exit code, and the result is still recorded', {}, { script: 'import sys\nresult = "partial"\nsys.exit(3)\n' }, (done) => {
  assert.equal(done.status, 1);
  assert.equal(done.outputs['exit-code'], '3');
  assert.equal(done.outputs.result, '"partial"');
  assert.deepEqual(done.notes.at(-1).message, 'the script exited with status 3');
});

differential('the actions module: outputs, summary, annotations, masks', { 'data/prices.csv': 'a,1\nb,x\n' }, {
  script: [
    'import actions',
    'actions.set_output("count", 2)',
    'actions.set_output("names", "a\\nb")',
    'actions.summary("## Prices")',
    'actions.summary("| item | ok |\\n|---|---|\\n| b | no |\\n")',
    'actions.error("not a number", file="data/prices.csv", line=2, col=3, title="bad price")',
    'actions.warning("check me", file="/data/prices.csv", line=1, end_line=2)',
    'actions.notice("2 rows, 100%")',
    'actions.mask("tok-123")',
    'print("token tok-123")',
    'for bad in ("no spaces", "result", "", 5):',
    '    try:',
    '        actions.set_output(bad, 1)',
    '    except (ValueError, TypeError) as e:',
    '        print(type(e).__name__)',
    '',
  ].join('\n'),
  'allow-read': 'data',
}, (done) => {
  assert.equal(done.status, 0);
  assert.equal(done.outputs.count, '2');
  assert.equal(done.outputs.names, 'a\nb');
  assert.equal(done.summary, '## Prices\n| item | ok |\n|---|---|\n| b | no |\n');
  assert.deepEqual(done.notes, [
    { command: 'error', properties: { title: 'bad price', file: 'data/prices.csv', line: '2', col: '3' }, message: 'not a number' },
    { command: 'warning', properties: { file: 'data/prices.csv', line: '1', endLine: '2' }, message: 'check me' },
    { command: 'notice', properties: {}, message: '2 rows, 100%' },
  ]);
  const lines = done.log.split('\n');
  assert.ok(lines.indexOf('::add-mask::tok-123') >= 0 && lines.indexOf('::add-mask::tok-123') < lines.indexOf('token tok-123'));
  assert.equal(done.outputs.stdout, 'token tok-123\nValueError\nValueError\nValueError\nTypeError\n');
});

differential(
  'an uncaught exception: the traceback python3 prints, as an error at the script line',
  { 'app/main.py': 'import lib\n\nlib.run(0)\n', 'app/lib.py': 'def run(n):\n    return 10 // n\n' },
  { file: 'app/main.py' },
  (done, { sandboxed }) => {
    assert.equal(done.status, 1);
    assert.equal(done.outputs['exit-code'], '1');
    const [error] = done.notes;
    assert.equal(error.command, 'error');
    assert.deepEqual(error.properties, { title: 'ZeroDivisionError: integer division or modulo by zero', file: 'app/lib.py', line: '2' });
    if (!sandboxed) {
      // The boot adds nothing to what python3 prints for the same script.
      const direct = spawnSync(PYTHON, [path.join(done.workspace, 'app', 'main.py')], { encoding: 'utf8' });
      assert.equal(done.stderr, direct.stderr.replaceAll(`${done.workspace}/`, '/'));
    }
  },
);

test('tracebacks in the sandboxes are the ones python3 prints', async () => {
  const files = { 'app/run.py': 'import helpers\n\ndef main(n):\n    return helpers.inverse(n)\n\nmain(2)\nmain(0)\n', 'app/helpers.py': 'def inverse(n):\n    return 1 / n\n' };
  const stderrs = {};
  for (const { name, backend } of BACKENDS) {
    stderrs[name] = await step(backend, files, { file: 'app/run.py' }, (done) => done.stderr);
  }
  assert.match(stderrs.cpython, /line 7, in <module>\n {4}main\(0\)\n/);
  for (const [name, text] of Object.entries(stderrs)) assert.equal(text, stderrs.cpython, name);
});

differential('a syntax error points at its line', { 'bad.py': 'x = 1\ny = (x +\n' }, { file: 'bad.py' }, (done) => {
  assert.equal(done.status, 1);
  const [error] = done.notes;
  assert.equal(error.properties.file, 'bad.py');
  assert.equal(error.properties.line, '2');
  assert.match(error.properties.title, /^SyntaxError: '\(' was never closed$/);
});

differential('a script saved with a BOM and CRLF line ends runs', { 'win.py': '\ufeffx = 2\r\nprint(x)\r\nx * 21\r\n' }, { file: 'win.py' }, (done) => {
  assert.equal(done.status, 0);
  assert.equal(done.outputs.stdout, '2\n');
  assert.equal(done.outputs.result, '42');
});

differential('a timeout stops a loop', {}, { script: 'while True:\n    pass\n', timeout: '0.5' }, (done) => {
  assert.equal(done.status, 1);
  assert.equal(done.outputs.outcome, 'timeout');
  assert.equal(done.outputs['exit-code'], '124');
  assert.match(done.notes.at(-1).message, /ran out of time: the limit is 0.5 s/);
});

test('sandboxes: only the allowed folders are there, read-only unless allow-write', async () => {
  const files = { 'data/in.txt': 'input', 'secret/key.txt': 'hunter2', 'tools/job.py': '' };
  const script = [
    'import os',
    'def attempt(what, f):',
    '    try:',
    '        print(what, "ok", f())',
    '    except OSError as e:',
    '        print(what, type(e).__name__)',
    'attempt("read data", lambda: open("data/in.txt").read())',
    'attempt("read secret", lambda: open("secret/key.txt").read())',
    'attempt("read parent", lambda: open("../secret/key.txt").read())',
    'attempt("write data", lambda: open("data/new.txt", "w").write("x"))',
    'attempt("write out", lambda: open("out/result.txt", "w").write("done"))',
    'attempt("list root", lambda: sorted(os.listdir("/")))',
    '',
  ].join('\n');
  for (const { name, sandboxed, backend } of BACKENDS) {
    if (!sandboxed) continue;
    const done = await step(backend, files, { script, 'allow-read': 'data', 'allow-write': 'out' }, (d) => d);
    const lines = done.outputs.stdout.split('\n');
    assert.equal(lines[0], 'read data ok input', name);
    assert.match(lines[1], /^read secret (FileNotFoundError|PermissionError)$/, name);
    assert.match(lines[2], /^read parent (FileNotFoundError|PermissionError)$/, name);
    assert.match(lines[3], /^write data (PermissionError|OSError)$/, name);
    assert.equal(lines[4], 'write out ok 4', name);
    assert.deepEqual(done.listing, ['data/in.txt', 'out/result.txt', 'secret/key.txt', 'tools/job.py'], name);
  }
});

test('sandboxes: a memory bomb ends in MemoryError or the memory limit, and the step fails', async () => {
  for (const { name, sandboxed, backend } of BACKENDS) {
    if (!sandboxed) continue;
    const done = await step(backend, {}, { script: 'blocks = []\nwhile True:\n    blocks.append(bytearray(1 << 20))\n', memory: '64' }, (d) => d);
    assert.equal(done.status, 1, name);
    const error = done.notes.at(-1);
    assert.equal(error.command, 'error', name);
    if (done.outputs.outcome === 'completed') {
      assert.equal(done.outputs['exit-code'], '1', name);
      assert.equal(error.properties.title, 'MemoryError', name);
      assert.equal(error.properties.line, undefined, 'an inline script with no workflow file has no line');
    } else {
      assert.equal(done.outputs.outcome, 'memory_limit', name);
      assert.equal(done.outputs['exit-code'], '125', name);
    }
  }
});
