'use strict';
// The whole step with a fake backend in place of the sandbox: the fake plays a script (writes
// channel records, prints, ends some way) so that everything the action does around the run
// is checked exactly: what it hands the backend, outputs, summary, annotations, exit status.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { runAction, BOOT_CODE } = require('../src/run-action');
const { makeRunner, inputs, DEFAULT_INPUTS, annotations, parseCommands, sink } = require('./helpers');

const PYTHON_DIR = path.join(__dirname, '..', 'python');

/** A backend that runs `play(options, tools)` instead of Python. */
function fakeBackend(play) {
  const calls = [];
  return {
    calls,
    backend: {
      name: 'fake',
      async run(code, options) {
        calls.push({ code, options });
        const channelHost = options.mounts.find((m) => m.guest === '/.wasipy/channel').host;
        const tools = {
          record: (record) => fs.appendFileSync(path.join(channelHost, 'records.jsonl'), `${JSON.stringify(record)}\n`),
          raw: (text) => fs.appendFileSync(path.join(channelHost, 'records.jsonl'), text),
          channelHost,
        };
        const ended = await play(options, tools);
        return { durationMs: 1, ...ended };
      },
    },
  };
}

async function step(runner, values, play, extraEnv = {}) {
  const fake = fakeBackend(play);
  const stdout = sink();
  const stderr = sink();
  const status = await runAction({
    env: { ...runner.env, ...DEFAULT_INPUTS, ...inputs(values), ...extraEnv },
    stdout,
    stderr,
    backend: fake.backend,
    pythonDir: PYTHON_DIR,
  });
  return { status, log: stdout.text(), stderr: stderr.text(), calls: fake.calls, outputs: runner.outputs(), summary: runner.summary() };
}

test('the backend gets python -c BOOT with the script, channel, encoding and args; env is only the inputs', async () => {
  const r = makeRunner({ 'tools/check.py': 'print(1)\n', 'data/x.csv': '1' });
  try {
    const done = await step(
      r,
      { file: 'tools/check.py', args: "one 'two three'", env: 'MODE=ci', stdin: 'in\n', timeout: '2.5', memory: '64', 'allow-read': 'data', 'result-encoding': 'string' },
      async () => ({ outcome: 'completed', exitCode: 0 }),
      { SECRET_TOKEN: 'must-not-leak', PATH: '/usr/bin' },
    );
    assert.equal(done.status, 0);
    assert.equal(done.calls.length, 1);
    const { code, options } = done.calls[0];
    assert.equal(code, BOOT_CODE);
    assert.deepEqual(options.args, ['/tools/check.py', '/.wasipy/channel/records.jsonl', 'string', 'one', 'two three']);
    assert.deepEqual(options.env, { MODE: 'ci' });
    assert.equal(options.stdin, 'in\n');
    assert.equal(options.timeoutMs, 2500);
    assert.equal(options.memoryMb, 64);
    const real = fs.realpathSync(r.workspace);
    assert.deepEqual(
      options.mounts.map((m) => [m.guest, m.readOnly, m.host]),
      [
        ['/data', true, path.join(real, 'data')],
        ['/tools', true, path.join(real, 'tools')],
        ['/.wasipy/channel', false, options.mounts.find((m) => m.guest === '/.wasipy/channel').host],
        ['/.wasipy/lib', true, PYTHON_DIR],
      ],
    );
    assert.ok(!options.mounts.some((m) => m.host.includes(path.dirname(r.env.GITHUB_OUTPUT)) && m.guest !== '/.wasipy/channel' && !m.host.startsWith(real)));
    assert.deepEqual(done.outputs, { stdout: '', 'exit-code': '0', outcome: 'completed', result: '' });
    // The private folders are gone after the step.
    assert.deepEqual(fs.readdirSync(r.temp), []);
  } finally {
    r.cleanup();
  }
});

test('records become outputs, summary, annotations and masks; stdout passes through', async () => {
  const r = makeRunner({ 'src/app.py': '' });
  try {
    const done = await step(r, { script: 'pass' }, async (options, { record }) => {
      record({ kind: 'output', name: 'count', value: '3' });
      record({ kind: 'output', name: 'multi', value: 'line 1\nline 2' });
      record({ kind: 'summary', markdown: '## Report\n' });
      record({ kind: 'summary', markdown: '| a |\n|---|\n| 1 |\n' });
      record({ kind: 'annotation', level: 'warning', message: 'slow\nreally', file: '/src/app.py', line: 3, end_line: 4, col: 2, end_col: 9, title: 'perf: yes' });
      record({ kind: 'annotation', level: 'notice', message: 'done' });
      record({ kind: 'annotation', level: 'error', message: 'private', file: '/.wasipy/lib/actions.py', line: 1 });
      record({ kind: 'result', value: '{"ok": true}' });
      options.onStdout(Buffer.from('hello\n::notice::from the script\n'));
      return { outcome: 'completed', exitCode: 0 };
    });
    assert.equal(done.status, 0);
    assert.deepEqual(done.outputs, { count: '3', multi: 'line 1\nline 2', stdout: 'hello\n::notice::from the script\n', 'exit-code': '0', outcome: 'completed', result: '{"ok": true}' });
    assert.equal(done.summary, '## Report\n| a |\n|---|\n| 1 |\n');
    const notes = annotations(done.log);
    assert.deepEqual(
      notes.map(({ command, properties, message }) => ({ command, properties, message })),
      [
        { command: 'warning', properties: { title: 'perf: yes', file: 'src/app.py', line: '3', endLine: '4', col: '2', endColumn: '9' }, message: 'slow\nreally' },
        { command: 'notice', properties: {}, message: 'done' },
        { command: 'error', properties: {}, message: 'private' },
        { command: 'notice', properties: {}, message: 'from the script' },
      ],
    );
  } finally {
    r.cleanup();
  }
});

test('a mask is printed before any later output of the script', async () => {
  const r = makeRunner();
  try {
    const done = await step(r, { script: 'pass' }, async (options, { record }) => {
      options.onStdout(Buffer.from('token: '));
      record({ kind: 'mask', value: 'hunter2' });
      options.onStdout(Buffer.from('hunter2\n'));
      options.onStderr(Buffer.from('hunter2 on stderr\n'));
      return { outcome: 'completed', exitCode: 0 };
    });
    const lines = done.log.split('\n');
    const mask = lines.indexOf('::add-mask::hunter2');
    assert.ok(mask > 0, done.log);
    assert.equal(lines[mask - 1], 'token: ', 'the partial line was ended first');
    assert.equal(lines[mask + 1], 'hunter2');
  } finally {
    r.cleanup();
  }
});

test('forged or malformed records are refused with a warning; the rest still apply', async () => {
  const r = makeRunner();
  try {
    const done = await step(r, { script: 'pass' }, async (options, { record, raw }) => {
      record({ kind: 'output', name: 'ok', value: 'fine' });
      record({ kind: 'output', name: 'x<<EOF\nevil', value: 'v' });
      record({ kind: 'output', name: 'exit-code', value: '0' });
      record({ kind: 'env', name: 'PATH', value: '/tmp/evil' });
      record({ kind: 'output', name: 'y', value: 'v', file: '/home/runner/work/_temp/x' });
      raw('::set-env name=A::b\n');
      raw('{"kind": "mask", "value": "half a rec');
      return { outcome: 'completed', exitCode: 7 };
    });
    assert.equal(done.status, 1);
    assert.deepEqual(done.outputs, { ok: 'fine', stdout: '', 'exit-code': '7', outcome: 'completed', result: '' });
    const warnings = annotations(done.log).filter((a) => a.command === 'warning').map((a) => a.message);
    assert.deepEqual(warnings, [
      'actions module: record 2 ignored: output: bad name',
      'actions module: record 3 ignored: output exit-code is set by the action itself',
      'actions module: record 4 ignored: unknown kind',
      'actions module: record 5 ignored: output: unexpected field "file"',
      'actions module: record 6 is not JSON',
      'actions module: record 7 is not JSON',
    ]);
    assert.ok(!done.log.includes('evil') && !done.log.includes('half a rec'));
    const [failure] = annotations(done.log).filter((a) => a.command === 'error');
    assert.equal(failure.message, 'the script exited with status 7');
  } finally {
    r.cleanup();
  }
});

test('links the script leaves in a writable folder are removed when they lead out', async () => {
  const r = makeRunner({ 'out/keep.txt': 'k', 'data/in.txt': 'i', 'secret/key.txt': 's' });
  try {
    fs.symlinkSync('/etc/hostname', path.join(r.workspace, 'out', 'old-link'));
    const done = await step(r, { script: 'pass', 'allow-write': 'out', 'allow-read': 'data' }, async (options) => {
      const out = options.mounts.find((m) => m.guest === '/out').host;
      fs.symlinkSync('../../../../../../../etc/passwd', path.join(out, 'passwd'));
      fs.symlinkSync('../secret/key.txt', path.join(out, 'key'));
      fs.symlinkSync('../data/in.txt', path.join(out, 'data-in'));
      fs.symlinkSync('keep.txt', path.join(out, 'keep-link'));
      fs.mkdirSync(path.join(out, 'deep'));
      fs.symlinkSync('/etc', path.join(out, 'deep', 'etc'));
      return { outcome: 'completed', exitCode: 0 };
    });
    assert.equal(done.status, 0);
    const out = path.join(r.workspace, 'out');
    assert.deepEqual(fs.readdirSync(out).sort(), ['data-in', 'deep', 'keep-link', 'keep.txt', 'old-link']);
    assert.deepEqual(fs.readdirSync(path.join(out, 'deep')), []);
    const warnings = annotations(done.log).map((a) => a.message).sort();
    assert.deepEqual(warnings, [
      'removed out/deep/etc: a symbolic link the script made that leads outside the folders it was given',
      'removed out/key: a symbolic link the script made that leads outside the folders it was given',
      'removed out/passwd: a symbolic link the script made that leads outside the folders it was given',
    ]);
  } finally {
    r.cleanup();
  }
});

test('a flood of bad records gives a bounded number of warnings', async () => {
  const r = makeRunner();
  try {
    const done = await step(r, { script: 'pass' }, async (options, { raw }) => {
      raw('garbage\n'.repeat(1000));
      return { outcome: 'completed', exitCode: 0 };
    });
    const warnings = annotations(done.log).filter((a) => a.command === 'warning').map((a) => a.message);
    assert.equal(warnings.length, 21);
    assert.equal(warnings[20], 'actions module: more records were ignored');
  } finally {
    r.cleanup();
  }
});

test('an uncaught exception becomes an error annotation at the innermost workspace frame', async () => {
  const r = makeRunner({ 'app/main.py': '', 'app/lib.py': '' });
  try {
    const traceback = [
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 4, in <module>',
      '    run()',
      '  File "/app/lib.py", line 12, in run',
      '    json.loads(text)',
      '  File "/.wasipy/lib/json.py", line 3, in loads',
      '  File "<frozen json.decoder>", line 353, in raw_decode',
      '  File "/elsewhere/x.py", line 1, in f',
      'ValueError: bad, really: bad',
      '',
    ].join('\n');
    const done = await step(r, { file: 'app/main.py', 'allow-read': 'app' }, async (options) => {
      options.onStderr(Buffer.from(traceback));
      return { outcome: 'completed', exitCode: 1 };
    });
    assert.equal(done.status, 1);
    assert.equal(done.stderr, traceback, 'stderr passes through');
    const [error] = annotations(done.log);
    assert.equal(error.command, 'error');
    assert.deepEqual(error.properties, { title: 'ValueError: bad, really: bad', file: 'app/lib.py', line: '12' });
    assert.equal(error.message, traceback.trimEnd());
    assert.equal(done.outputs['exit-code'], '1');
  } finally {
    r.cleanup();
  }
});

test("an inline script's traceback points at its line in the workflow file", async () => {
  const workflow = 'jobs:\n  t:\n    steps:\n      - uses: ./actions\n        with:\n          script: |\n            x = 1\n            y = x / 0\n';
  const r = makeRunner({ '.github/workflows/t.yml': workflow });
  try {
    const done = await step(
      r,
      { script: 'x = 1\ny = x / 0\n' },
      async (options) => {
        options.onStderr(Buffer.from('Traceback (most recent call last):\n  File "/.wasipy/inline/script.py", line 2, in <module>\n    y = x / 0\nZeroDivisionError: division by zero\n'));
        return { outcome: 'completed', exitCode: 1 };
      },
      { GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/t.yml@refs/pull/1/merge' },
    );
    const [error] = annotations(done.log);
    assert.deepEqual(error.properties, { title: 'ZeroDivisionError: division by zero', file: '.github/workflows/t.yml', line: '8' });
  } finally {
    r.cleanup();
  }
});

test('limits: each outcome has its exit code, message and failure; fail-on-error: false passes', async () => {
  const cases = [
    ['timeout', '124', /ran out of time: the limit is 60 s/],
    ['memory_limit', '125', /ran out of memory: the limit is 256 MB/],
    ['output_limit', '122', /more output than the limit/],
    ['crashed', '121', /interpreter crashed: unreachable/],
  ];
  for (const [outcome, exitCode, message] of cases) {
    const r = makeRunner();
    try {
      const failing = await step(r, { script: 'pass' }, async () => ({ outcome, exitCode: 0, trap: 'unreachable' }));
      assert.equal(failing.status, 1, outcome);
      assert.equal(failing.outputs['exit-code'], exitCode);
      assert.equal(failing.outputs.outcome, outcome);
      const [error] = annotations(failing.log);
      assert.equal(error.command, 'error');
      assert.match(error.message, message);
    } finally {
      r.cleanup();
    }
    const q = makeRunner();
    try {
      const tolerated = await step(q, { script: 'pass', 'fail-on-error': 'false' }, async () => ({ outcome, exitCode: 0, trap: 'unreachable' }));
      assert.equal(tolerated.status, 0, outcome);
      assert.equal(tolerated.outputs.outcome, outcome);
      assert.equal(annotations(tolerated.log)[0].command, 'warning');
    } finally {
      q.cleanup();
    }
  }
});

test('invalid inputs fail the step before anything runs', async () => {
  const r = makeRunner({ 'a.py': '' });
  try {
    for (const values of [{}, { script: 'x', file: 'a.py' }, { file: 'missing.py' }, { script: 'x', 'allow-read': '../..' }, { script: 'x', memory: 'lots' }]) {
      const done = await step(r, values, async () => assert.fail('the backend must not run'));
      assert.equal(done.status, 1);
      const [error] = annotations(done.log);
      assert.equal(error.command, 'error');
      assert.equal(error.properties.title, 'wasipy: invalid input');
    }
    assert.deepEqual(r.outputs(), {});
  } finally {
    r.cleanup();
  }
});

test('a result that cannot be encoded fails the step; a backend error is reported', async () => {
  const r = makeRunner();
  try {
    const done = await step(r, { script: 'pass' }, async (options, { record }) => {
      record({ kind: 'result', error: 'TypeError: Object of type set is not JSON serializable' });
      return { outcome: 'completed', exitCode: 0 };
    });
    assert.equal(done.status, 1);
    assert.equal(done.outputs.result, '');
    assert.match(annotations(done.log)[0].message, /cannot be encoded as json: TypeError: Object of type set/);

    const broken = await step(r, { script: 'pass' }, async () => {
      throw new Error('engine exploded');
    });
    assert.equal(broken.status, 1);
    assert.match(annotations(broken.log)[0].message, /could not run the script: engine exploded/);
  } finally {
    r.cleanup();
  }
});

test('the stdout output keeps the first MiB and says so', async () => {
  const r = makeRunner();
  try {
    const done = await step(r, { script: 'pass' }, async (options) => {
      for (let i = 0; i < 3; i++) options.onStdout(Buffer.alloc(512 * 1024, 'x'));
      return { outcome: 'completed', exitCode: 0 };
    });
    assert.equal(done.outputs.stdout.length, 1024 * 1024);
    assert.ok(annotations(done.log).some((a) => a.command === 'warning' && /first 1048576 bytes/.test(a.message)));
    assert.equal(done.log.length > 1.5 * 1024 * 1024, true, 'the log still has all of it');
  } finally {
    r.cleanup();
  }
});

test('debug lines show the mounts and the backend', async () => {
  const r = makeRunner();
  try {
    const done = await step(r, { script: 'pass' }, async () => ({ outcome: 'completed', exitCode: 0 }));
    const debug = parseCommands(done.log).filter((c) => c.command === 'debug').map((c) => c.message);
    assert.ok(debug.some((line) => /^mount \/\.wasipy\/inline ro <- /.test(line)));
    assert.ok(debug.includes('backend fake'));
  } finally {
    r.cleanup();
  }
});
