'use strict';
// The packaged action run exactly as the runner runs it: `node actions/dist/index.js` in a
// process of its own, with the inputs in INPUT_* variables (action.yml's defaults included, as
// the runner passes them) and GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE and
// RUNNER_TEMP in a temporary folder. Each case runs on the wasipy addon and on the node:wasi
// fallback (WASIPY_ACTION_TEST_BACKENDS picks). Then the example workflow's wasipy steps, and
// @github/local-action as a second harness.

const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { DIST, wantedSandboxes } = require('./backends');
const { makeRunner, annotations, parseCommands } = require('./helpers');

const ACTION = path.join(__dirname, '..');
const REPO = path.join(ACTION, '..');
const ENTRY = path.join(DIST, 'index.js');
const METADATA = YAML.parse(fs.readFileSync(path.join(ACTION, 'action.yml'), 'utf8'));
const SANDBOXES = wantedSandboxes();

test('the packaged action is there', () => {
  assert.ok(fs.existsSync(ENTRY), `${ENTRY} is missing: build the action first (node actions/build.js)`);
  assert.equal(METADATA.runs.using, 'node24');
  assert.equal(METADATA.runs.main, 'dist/index.js');
});

/** Runs the packaged action in a child process, as the runner does. */
function runStep(runner, withInputs, backend, extraEnv = {}) {
  const env = {
    PATH: process.env.PATH,
    HOME: runner.temp,
    ...runner.env,
    WASIPY_ACTION_BACKEND: backend,
    ...extraEnv,
  };
  for (const [name, spec] of Object.entries(METADATA.inputs)) {
    const value = name in withInputs ? withInputs[name] : spec.default;
    if (value !== undefined) env[`INPUT_${name.toUpperCase()}`] = String(value);
  }
  for (const name of Object.keys(withInputs)) {
    assert.ok(name in METADATA.inputs, `input ${name} is not declared in action.yml`);
  }
  const started = Date.now();
  const child = spawnSync(process.execPath, [ENTRY], { env, encoding: 'utf8', timeout: 60_000 });
  return {
    status: child.status,
    seconds: (Date.now() - started) / 1000,
    log: child.stdout,
    stderr: child.stderr,
    outputs: runner.outputs(),
    summary: runner.summary(),
    notes: annotations(child.stdout),
  };
}

function sandboxTest(name, files, body) {
  for (const backend of SANDBOXES) {
    test(`${name} [${backend}]`, () => {
      const runner = makeRunner(files);
      try {
        body(runner, (withInputs, extraEnv) => runStep(runner, withInputs, backend, extraEnv), backend);
      } finally {
        runner.cleanup();
      }
    });
  }
}

function explain(done) {
  return `status ${done.status}\n--- log ---\n${done.log}\n--- stderr ---\n${done.stderr}`;
}

sandboxTest('an inline script: outputs, summary, annotation, mask, result', {}, (runner, step, backend) => {
  const done = step({
    script: [
      'import actions, sys',
      'actions.summary("## Hello from the sandbox")',
      'actions.notice("all good", title="check")',
      'actions.mask("p4ssw0rd")',
      'actions.set_output("python", sys.version_info[0])',
      'print("the password is p4ssw0rd")',
      'sum(range(10))',
      '',
    ].join('\n'),
  });
  assert.equal(done.status, 0, explain(done));
  assert.deepEqual(done.outputs, { python: '3', stdout: 'the password is p4ssw0rd\n', 'exit-code': '0', outcome: 'completed', result: '45' });
  assert.equal(done.summary, '## Hello from the sandbox\n');
  assert.deepEqual(done.notes.map((n) => [n.command, n.properties.title, n.message]), [['notice', 'check', 'all good']]);
  const lines = done.log.split('\n');
  assert.ok(lines.indexOf('::add-mask::p4ssw0rd') < lines.indexOf('the password is p4ssw0rd'));
  assert.equal(/node:wasi/.test(done.log), backend === 'node-wasi', 'the fallback says so in the log');
  assert.equal(done.stderr, '');
});

sandboxTest('a file with args, stdin and env', { 'scripts/greet.py': 'import os, sys\nname = sys.stdin.read().strip()\nprint(f"{sys.argv[1:]} {name} {os.environ[\'GREETING\']}")\nresult = len(sys.argv)\n' }, (runner, step) => {
  const done = step({ file: 'scripts/greet.py', args: '--loud "big world"', stdin: 'Ada\n', env: 'GREETING=hello' });
  assert.equal(done.status, 0, explain(done));
  assert.equal(done.outputs.stdout, "['--loud', 'big world'] Ada hello\n");
  assert.equal(done.outputs.result, '3');
});

sandboxTest('a failing script: the traceback as an error at the script line', { 'app/main.py': 'import json\n\ndef load(text):\n    return json.loads(text)\n\nload("{oops")\n' }, (runner, step) => {
  const done = step({ file: 'app/main.py' });
  assert.equal(done.status, 1, explain(done));
  assert.equal(done.outputs['exit-code'], '1');
  assert.equal(done.outputs.outcome, 'completed');
  const errors = done.notes.filter((n) => n.command === 'error');
  assert.equal(errors.length, 1, explain(done));
  assert.equal(errors[0].properties.file, 'app/main.py');
  assert.equal(errors[0].properties.line, '4');
  assert.match(errors[0].properties.title, /^json\.decoder\.JSONDecodeError: |^JSONDecodeError: /);
  assert.match(errors[0].message, /^Traceback \(most recent call last\):\n {2}File "\/app\/main\.py", line 6, in <module>/);
  assert.match(done.stderr, /Traceback \(most recent call last\):/);
});

sandboxTest('a timeout stops the script on time', {}, (runner, step) => {
  const done = step({ script: 'n = 0\nwhile True:\n    n += 1\n', timeout: '1' });
  assert.equal(done.status, 1, explain(done));
  assert.equal(done.outputs.outcome, 'timeout');
  assert.equal(done.outputs['exit-code'], '124');
  assert.ok(done.seconds < 10, `took ${done.seconds} s`);
  assert.match(done.notes.at(-1).message, /ran out of time: the limit is 1 s/);
});

sandboxTest('a memory bomb is stopped at the memory limit', {}, (runner, step) => {
  const done = step({ script: 'chunks = []\nwhile True:\n    chunks.append("x" * (1 << 20))\n', memory: '48' });
  assert.equal(done.status, 1, explain(done));
  const error = done.notes.at(-1);
  assert.equal(error.command, 'error');
  if (done.outputs.outcome === 'completed') {
    assert.equal(error.properties.title, 'MemoryError', explain(done));
  } else {
    assert.equal(done.outputs.outcome, 'memory_limit', explain(done));
    assert.equal(done.outputs['exit-code'], '125');
    assert.match(error.message, /ran out of memory: the limit is 48 MB/);
  }
});

sandboxTest('a write to a path not allowed fails, and nothing is written', { 'data/in.txt': 'keep me', 'tools/w.py': '' }, (runner, step) => {
  const done = step({
    script: 'open("data/in.txt", "w").write("overwritten")\n',
    'allow-read': 'data',
    'allow-write': 'out',
  });
  assert.equal(done.status, 1, explain(done));
  const error = done.notes.at(-1);
  assert.match(error.properties.title, /^(PermissionError|OSError): /, explain(done));
  assert.equal(fs.readFileSync(path.join(runner.workspace, 'data', 'in.txt'), 'utf8'), 'keep me');

  const outside = step({ script: 'open("tools/new.py", "w").write("x")\n', 'allow-write': 'out' });
  assert.equal(outside.status, 1, explain(outside));
  assert.match(outside.notes.at(-1).properties.title, /^(FileNotFoundError|PermissionError): /, explain(outside));
  assert.ok(!fs.existsSync(path.join(runner.workspace, 'tools', 'new.py')));

  const allowed = step({ script: 'open("out/ok.txt", "w").write("fine")\n', 'allow-write': 'out' });
  assert.equal(allowed.status, 0, explain(allowed));
  assert.equal(fs.readFileSync(path.join(runner.workspace, 'out', 'ok.txt'), 'utf8'), 'fine');
});

sandboxTest('a symbolic link out of the workspace does not outlive the step', { 'out/.keep': '' }, (runner, step) => {
  const done = step({
    script: 'import os\ntry:\n    os.symlink("../../../../../../../../etc/passwd", "out/passwd")\n    print("made")\nexcept (OSError, AttributeError) as e:\n    print(type(e).__name__)\n',
    'allow-write': 'out',
  });
  assert.equal(done.status, 0, explain(done));
  let exists = true;
  try {
    fs.lstatSync(path.join(runner.workspace, 'out', 'passwd'));
  } catch {
    exists = false;
  }
  assert.equal(exists, false, explain(done));
  if (done.outputs.stdout === 'made\n') {
    assert.ok(done.notes.some((n) => n.command === 'warning' && /removed out\/passwd: a symbolic link/.test(n.message)), explain(done));
  } else {
    assert.match(done.outputs.stdout, /^(PermissionError|AttributeError)\n$/);
  }
});

sandboxTest('bad inputs fail the step with a clear error', {}, (runner, step) => {
  const done = step({ script: 'print(1)', 'allow-read': '../../etc' });
  assert.equal(done.status, 1);
  assert.deepEqual(done.notes.map((n) => [n.command, n.properties.title, n.message]), [['error', 'wasipy: invalid input', 'allow-read: ../../etc is outside the workspace']]);
});

/** The example workflow's steps that use the action, with their ids and inputs. */
function exampleSteps() {
  const workflow = YAML.parse(fs.readFileSync(path.join(REPO, 'examples', 'workflows', 'wasipy-action.yml'), 'utf8'));
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  return steps.filter((s) => typeof s.uses === 'string' && /\/actions@v1$/.test(s.uses));
}

sandboxTest('the example workflow', {}, (runner, step) => {
  fs.cpSync(path.join(REPO, 'examples'), path.join(runner.workspace, 'examples'), { recursive: true });
  const steps = exampleSteps();
  assert.deepEqual(steps.map((s) => s.id), ['sizes', 'stats', 'slow']);
  const results = {};
  for (const s of steps) {
    fs.writeFileSync(runner.env.GITHUB_OUTPUT, '');
    const done = step(s.with, { GITHUB_WORKFLOW_REF: 'o/r/examples/workflows/wasipy-action.yml@refs/heads/main' });
    results[s.id] = done;
  }
  const { sizes, stats, slow } = results;
  assert.equal(sizes.status, 0, explain(sizes));
  assert.deepEqual(JSON.parse(sizes.outputs.result), { files: 3, too_big: ['python.wasm'] });
  assert.equal(sizes.outputs['too-big'], '1');
  assert.match(sizes.summary, /^## demo: sizes\n\n\| file \| KB \| within limit \|\n/);
  assert.deepEqual(sizes.notes.map((n) => [n.command, n.properties.file, n.message]), [['warning', 'examples/action/manifest.json', 'python.wasm is 3345 KB, over 1024 KB']]);

  assert.equal(stats.status, 0, explain(stats));
  assert.equal(stats.outputs.stdout, '3 files, kb: min 9, max 3345\n');
  assert.deepEqual(JSON.parse(stats.outputs.result), { count: 3, total: 3474, mean: 1158 });

  assert.equal(slow.status, 0, explain(slow));
  assert.equal(slow.outputs.outcome, 'timeout');
  assert.equal(slow.outputs['exit-code'], '124');
  assert.equal(slow.notes.at(-1).command, 'warning');
});

test('every input of action.yml is read by the action, and no other', () => {
  const source = fs.readFileSync(path.join(ACTION, 'src', 'inputs.js'), 'utf8');
  const read = [...source.matchAll(/(?:rawInput|number|integer|choice|boolean)\(env, '([a-z-]+)'/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(read)].sort(), Object.keys(METADATA.inputs).sort());
  assert.deepEqual(Object.keys(METADATA.outputs).sort(), ['exit-code', 'outcome', 'result', 'stdout']);
});

test('@github/local-action runs the packaged action too', () => {
  const cli = path.join(ACTION, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');
  assert.ok(fs.existsSync(cli), 'npm ci in actions/ installs @github/local-action');
  const runner = makeRunner({ 'data/n.txt': '6' });
  try {
    const dotenv = path.join(runner.root, '.env');
    const lines = {
      INPUT_SCRIPT: 'import actions\\nactions.set_output("seen", open("data/n.txt").read())\\nint(open("data/n.txt").read()) * 7',
      'INPUT_ALLOW-READ': 'data',
      GITHUB_OUTPUT: runner.env.GITHUB_OUTPUT,
      GITHUB_STEP_SUMMARY: runner.env.GITHUB_STEP_SUMMARY,
      GITHUB_WORKSPACE: runner.workspace,
      RUNNER_TEMP: runner.temp,
      WASIPY_ACTION_BACKEND: SANDBOXES.includes('addon') ? 'addon' : 'node-wasi',
    };
    fs.writeFileSync(dotenv, Object.entries(lines).map(([k, v]) => `${k}="${v}"`).join('\n'));
    const child = spawnSync(process.execPath, [cli, 'run', ACTION, 'dist/src/main.js', dotenv], { cwd: ACTION, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH, HOME: runner.temp } });
    assert.equal(child.status, 0, `${child.stdout}\n${child.stderr}`);
    assert.match(child.stdout, /Running Action/);
    assert.deepEqual(runner.outputs(), { seen: '6', stdout: '', 'exit-code': '0', outcome: 'completed', result: '42' });
    assert.deepEqual(parseCommands(child.stdout).filter((c) => c.command === 'error'), []);
  } finally {
    runner.cleanup();
  }
});
