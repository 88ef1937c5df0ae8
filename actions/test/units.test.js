'use strict';
// The action's parts on their own: inputs, workflow commands and files, the channel's checks,
// mounts, tracebacks, the fallback's memory cap.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { parseInputs, splitArgs, InputError } = require('../src/inputs');
const { Runner, formatCommand } = require('../src/workflow');
const { Channel, checkRecord, CHANNEL_FILE, MAX_CHANNEL_BYTES } = require('../src/channel');
const { planMounts, workspacePath } = require('../src/mounts');
const { parseTraceback, locateInlineScript } = require('../src/traceback');
const { capMemory, PAGE } = require('../src/backends/wasm-memory');
const { softMemoryLimit, hitMemoryCap, copyTree, findSymlink } = require('../src/backends/node-wasi');
const { Capture } = require('../src/run-action');
const { makeRunner, inputs, DEFAULT_INPUTS, parseCommands, parseOutputFile, sink } = require('./helpers');

test('inputs: the runner names them INPUT_ + upper case with hyphens kept; underscores also work', () => {
  const parsed = parseInputs({ ...DEFAULT_INPUTS, INPUT_SCRIPT: 'print(1)', 'INPUT_ALLOW-READ': 'data\n\n  docs  \n', INPUT_ALLOW_WRITE: 'out' });
  assert.deepEqual(parsed.allowRead, ['data', 'docs']);
  assert.deepEqual(parsed.allowWrite, ['out']);
  assert.equal(parsed.script, 'print(1)');
  assert.equal(parsed.file, null);
  assert.equal(parsed.timeoutMs, 60000);
  assert.equal(parsed.memoryMb, 256);
  assert.equal(parsed.resultEncoding, 'json');
  assert.equal(parsed.failOnError, true);
  assert.deepEqual(parsed.env, {});
  assert.deepEqual(parsed.args, []);
});

test('inputs: every value is checked, with the input named in the error', () => {
  const bad = [
    [{}, /script.*file/],
    [{ script: 'x', file: 'a.py' }, /not both/],
    [{ script: 'x', timeout: '0' }, /^timeout/],
    [{ script: 'x', timeout: '-1' }, /^timeout/],
    [{ script: 'x', timeout: '1e3' }, /^timeout/],
    [{ script: 'x', timeout: '21601' }, /^timeout/],
    [{ script: 'x', memory: '12.5' }, /^memory/],
    [{ script: 'x', memory: '0' }, /^memory/],
    [{ script: 'x', memory: '4097' }, /^memory/],
    [{ script: 'x', 'result-encoding': 'yaml' }, /^result-encoding/],
    [{ script: 'x', 'fail-on-error': 'yes' }, /^fail-on-error/],
    [{ script: 'x', env: 'NOEQUALS' }, /^env/],
    [{ script: 'x', env: '1BAD=x' }, /^env/],
    [{ script: 'x', args: '"open' }, /^args/],
  ];
  for (const [values, message] of bad) {
    assert.throws(() => parseInputs({ ...DEFAULT_INPUTS, ...inputs(values) }), (error) => error instanceof InputError && message.test(error.message), JSON.stringify(values));
  }
  const good = parseInputs({ ...DEFAULT_INPUTS, ...inputs({ file: ' a.py ', timeout: '0.5', memory: '64', 'result-encoding': 'string', 'fail-on-error': 'False', env: 'A=1\nB = x=y \n\nC=' }) });
  assert.equal(good.file, 'a.py');
  assert.equal(good.timeoutMs, 500);
  assert.equal(good.memoryMb, 64);
  assert.equal(good.resultEncoding, 'string');
  assert.equal(good.failOnError, false);
  assert.deepEqual(good.env, { A: '1', B: ' x=y ', C: '' });
});

test('inputs: script and stdin keep their exact text', () => {
  const parsed = parseInputs({ ...DEFAULT_INPUTS, ...inputs({ script: '  x = 1\n', stdin: ' a \n\n' }) });
  assert.equal(parsed.script, '  x = 1\n');
  assert.equal(parsed.stdin, ' a \n\n');
});

test('args are split like a shell would, without expansion', () => {
  assert.deepEqual(splitArgs('a  b\nc'), ['a', 'b', 'c']);
  assert.deepEqual(splitArgs(`"two words" 'single $HOME' x\\ y "q\\"uote" ''`), ['two words', 'single $HOME', 'x y', 'q"uote', '']);
  assert.deepEqual(splitArgs('--n=3 *.py'), ['--n=3', '*.py']);
  assert.deepEqual(splitArgs(''), []);
});

test('workflow commands: message and properties cannot start another command', () => {
  const line = formatCommand('error', { file: 'a,b:c.py', line: 3, title: '100%\nx' }, 'bad\n::set-env name=X::1\r%');
  assert.equal(line.split('\n').length, 1);
  assert.equal(line, '::error file=a%2Cb%3Ac.py,line=3,title=100%25%0Ax::bad%0A::set-env name=X::1%0D%25');
  const [parsed] = parseCommands(line);
  assert.deepEqual(parsed.properties, { file: 'a,b:c.py', line: '3', title: '100%\nx' });
  assert.equal(parsed.message, 'bad\n::set-env name=X::1\r%');
});

test('a command after a partial line of output starts on a line of its own', () => {
  const out = sink();
  const runner = new Runner({ env: {}, stdout: out });
  runner.passthrough(Buffer.from('no newline yet'));
  runner.mask('s3cret');
  runner.passthrough(Buffer.from('line\n'));
  runner.mask('other');
  assert.equal(out.text(), 'no newline yet\n::add-mask::s3cret\nline\n::add-mask::other\n');
});

test('GITHUB_OUTPUT: each value in a block with a fresh random delimiter', () => {
  const r = makeRunner();
  try {
    const runner = new Runner({ env: r.env, stdout: sink() });
    runner.setOutput('multi', 'a\nEOF\nb');
    runner.setOutput('empty', '');
    runner.setOutput('tricky', 'x<<y\nname=value');
    const text = fs.readFileSync(r.env.GITHUB_OUTPUT, 'utf8');
    const delimiters = [...text.matchAll(/<<(ghadelimiter_[0-9a-f-]{36})\n/g)].map((m) => m[1]);
    assert.equal(new Set(delimiters).size, 3);
    assert.deepEqual(parseOutputFile(text), { multi: 'a\nEOF\nb', empty: '', tricky: 'x<<y\nname=value' });
  } finally {
    r.cleanup();
  }
});

test('step summary: appended, and cut whole at 1 MiB', () => {
  const r = makeRunner();
  try {
    const runner = new Runner({ env: r.env, stdout: sink() });
    assert.equal(runner.appendSummary('# one\n'), true);
    assert.equal(runner.appendSummary('x'.repeat(1024 * 1024)), false);
    assert.equal(runner.appendSummary('# later\n'), true);
    assert.equal(r.summary(), '# one\n');
  } finally {
    r.cleanup();
  }
});

test('channel: valid records pass; forged or malformed ones are dropped without quoting them', () => {
  const ok = [
    { kind: 'output', name: 'a-b_1', value: 'x' },
    { kind: 'summary', markdown: '# h' },
    { kind: 'annotation', level: 'notice', message: 'm', file: 'a.py', line: 1, end_line: 2, col: 3, end_col: 4, title: 't' },
    { kind: 'mask', value: 'secret' },
    { kind: 'result', value: '1' },
    { kind: 'result', error: 'TypeError: x' },
  ];
  for (const record of ok) assert.equal(checkRecord(record), null, JSON.stringify(record));
  const forged = [
    [null, /not an object/],
    [[1], /not an object/],
    [{ kind: 'env', name: 'PATH', value: '/evil' }, /unknown kind/],
    [{ kind: 'toString' }, /unknown kind/],
    [{ kind: 'output', name: 'a\nb', value: 'x' }, /bad name/],
    [{ kind: 'output', name: 'x<<EOF', value: 'x' }, /bad name/],
    [{ kind: 'output', name: '1st', value: 'x' }, /bad name/],
    [{ kind: 'output', name: 'result', value: 'forged' }, /set by the action/],
    [{ kind: 'output', name: 'a', value: 3 }, /bad value/],
    [{ kind: 'output', name: 'a', value: 'x', path: '/etc/passwd' }, /unexpected field/],
    [{ kind: 'annotation', level: 'fatal', message: 'm' }, /bad level/],
    [{ kind: 'annotation', level: 'error', message: 'm', line: 0 }, /bad line/],
    [{ kind: 'annotation', level: 'error', message: 'm', line: 1.5 }, /bad line/],
    [{ kind: 'annotation', level: 'error' }, /missing message/],
    [{ kind: 'mask', value: '' }, /bad value/],
    [{ kind: 'result' }, /exactly one/],
    [{ kind: 'result', value: 'a', error: 'b' }, /exactly one/],
    [{ kind: 'summary', markdown: 'x', __proto__: { y: 1 } }, null],
  ];
  for (const [record, problem] of forged) {
    const found = checkRecord(record);
    if (problem === null) assert.equal(found, null);
    else assert.match(found, problem, JSON.stringify(record));
  }
});

test('channel: reads only complete lines, in order, across calls', () => {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'channel-'));
  try {
    const file = path.join(dir, CHANNEL_FILE);
    const channel = new Channel(dir);
    assert.deepEqual(channel.drain(), { records: [], problems: [] });
    fs.writeFileSync(file, '{"kind":"mask","value":"a"}\n{"kind":"mask",');
    assert.deepEqual(channel.drain().records, [{ kind: 'mask', value: 'a' }]);
    fs.appendFileSync(file, '"value":"b"}\nnot json\n{"kind":"nope"}\n{"kind":"summary","markdown":"é"}');
    const second = channel.drain();
    assert.deepEqual(second.records, [{ kind: 'mask', value: 'b' }]);
    assert.deepEqual(second.problems, ['record 3 is not JSON', 'record 4 ignored: unknown kind']);
    assert.deepEqual(channel.drain({ final: true }).records, [{ kind: 'summary', markdown: 'é' }]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('channel: a link in place of the file is not followed; the size is capped', () => {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'channel-'));
  try {
    const secret = path.join(dir, 'secret.txt');
    fs.writeFileSync(secret, '{"kind":"mask","value":"host file"}\n');
    const linkDir = path.join(dir, 'link');
    fs.mkdirSync(linkDir);
    fs.symlinkSync(secret, path.join(linkDir, CHANNEL_FILE));
    const linked = new Channel(linkDir).drain({ final: true });
    assert.deepEqual(linked.records, []);
    assert.equal(linked.problems.length, 1);
    assert.match(linked.problems[0], /cannot be opened/);
    assert.doesNotMatch(linked.problems[0], /host file/);

    const bigDir = path.join(dir, 'big');
    fs.mkdirSync(bigDir);
    const line = `${JSON.stringify({ kind: 'summary', markdown: 'x'.repeat(1000) })}\n`;
    fs.writeFileSync(path.join(bigDir, CHANNEL_FILE), line.repeat(Math.ceil(MAX_CHANNEL_BYTES / line.length) + 10));
    const big = new Channel(bigDir).drain({ final: true });
    assert.ok(big.records.length < MAX_CHANNEL_BYTES / line.length + 1);
    assert.ok(big.problems.some((p) => /over 8388608 bytes/.test(p)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('mounts: the workspace is the guest root, with only the allowed folders', () => {
  const r = makeRunner({ 'data/a.csv': 'a', 'scripts/run.py': 'print(1)', 'docs/x.md': '' });
  try {
    const dirs = { lib: '/opt/lib', channel: '/tmp/ch', inline: null };
    const plan = planMounts({ allowRead: ['data', 'docs/', './data'], allowWrite: ['out/new', 'docs'], file: 'scripts/run.py' }, r.workspace, dirs);
    const real = fs.realpathSync(r.workspace);
    assert.deepEqual(plan.mounts, [
      { host: path.join(real, 'data'), guest: '/data', readOnly: true },
      { host: path.join(real, 'docs'), guest: '/docs', readOnly: false },
      { host: path.join(real, 'scripts'), guest: '/scripts', readOnly: true },
      { host: '/tmp/ch', guest: '/.wasipy/channel', readOnly: false },
      { host: '/opt/lib', guest: '/.wasipy/lib', readOnly: true },
      { host: path.join(real, 'out', 'new'), guest: '/out/new', readOnly: false },
    ]);
    assert.equal(plan.script, '/scripts/run.py');
    assert.ok(fs.statSync(path.join(r.workspace, 'out', 'new')).isDirectory(), 'allow-write made the folder');

    // The script's folder is not mounted again when an allowed folder holds it.
    const covered = planMounts({ allowRead: [], allowWrite: ['.'], file: 'scripts/run.py' }, r.workspace, dirs);
    assert.deepEqual(covered.mounts.map((m) => m.guest), ['/', '/.wasipy/channel', '/.wasipy/lib']);

    const inline = planMounts({ allowRead: [], allowWrite: [], file: null }, r.workspace, { ...dirs, inline: '/tmp/in' });
    assert.equal(inline.script, '/.wasipy/inline/script.py');
    assert.deepEqual(inline.mounts.map((m) => [m.guest, m.readOnly]), [['/.wasipy/channel', false], ['/.wasipy/inline', true], ['/.wasipy/lib', true]]);
  } finally {
    r.cleanup();
  }
});

test('mounts: paths that leave the workspace, or are not there, are refused', () => {
  const r = makeRunner({ 'data/a.csv': 'a', 'run.py': '' });
  try {
    fs.symlinkSync('/etc', path.join(r.workspace, 'etc-link'));
    fs.symlinkSync('/nonexistent/x', path.join(r.workspace, 'dangling'));
    const dirs = { lib: '/l', channel: '/c', inline: '/i' };
    const refuse = (read, write, file, message) =>
      assert.throws(() => planMounts({ allowRead: read, allowWrite: write, file }, r.workspace, dirs), (e) => e instanceof InputError && message.test(e.message));
    refuse(['../'], [], null, /outside the workspace/);
    refuse(['data/../../x'], [], null, /outside the workspace/);
    refuse(['/etc'], [], null, /relative to the workspace/);
    refuse(['etc-link'], [], null, /leads out of the workspace/);
    refuse([], ['etc-link/new'], null, /leads out of the workspace/);
    refuse([], ['dangling'], null, /broken symbolic link/);
    refuse(['missing'], [], null, /does not exist/);
    refuse(['data/a.csv'], [], null, /not a folder/);
    refuse(['.wasipy/lib'], [], null, /reserved/);
    refuse([], [], 'nope.py', /does not exist/);
    refuse([], [], 'data', /not a file/);
    refuse([], [], '../run.py', /outside the workspace/);
    assert.ok(!fs.existsSync('/etc/new'));
  } finally {
    r.cleanup();
  }
});

test('guest paths map back to workspace paths; private ones do not', () => {
  assert.equal(workspacePath('/scripts/a.py'), 'scripts/a.py');
  assert.equal(workspacePath('scripts/../b.py'), 'b.py');
  assert.equal(workspacePath('/../../etc/passwd'), 'etc/passwd');
  assert.equal(workspacePath('/.wasipy/lib/actions.py'), null);
  assert.equal(workspacePath('/'), null);
});

test('tracebacks: the last one, its frames, and a SyntaxError caret', () => {
  const chained = [
    'noise',
    'Traceback (most recent call last):',
    '  File "/a.py", line 2, in <module>',
    '    x()',
    'KeyError: 1',
    '',
    'During handling of the above exception, another exception occurred:',
    '',
    'Traceback (most recent call last):',
    '  File "/a.py", line 4, in <module>',
    '    f()',
    '  File "/lib/b.py", line 9, in f',
    '    raise ValueError("bad: yes")',
    'ValueError: bad: yes',
    '',
  ].join('\n');
  const parsed = parseTraceback(chained);
  assert.equal(parsed.type, 'ValueError');
  assert.equal(parsed.message, 'bad: yes');
  assert.deepEqual(parsed.frames, [{ file: '/a.py', line: 4 }, { file: '/lib/b.py', line: 9 }]);
  assert.ok(parsed.text.startsWith('Traceback (most recent call last):\n  File "/a.py", line 4'));

  const syntax = parseTraceback('  File "/s.py", line 3\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n');
  assert.equal(syntax.type, 'SyntaxError');
  assert.deepEqual(syntax.frames, [{ file: '/s.py', line: 3 }]);
  assert.deepEqual(syntax.caret, { source: 'x = (1,', offset: 4 });

  assert.equal(parseTraceback('just some output\n'), null);
  assert.equal(parseTraceback(''), null);
  assert.equal(parseTraceback('Traceback (most recent call last):\n  File "/x.py", line 1, in <module>\nKeyboardInterrupt\n').type, 'KeyboardInterrupt');
});

test('inline scripts are found in the workflow file, once, to point annotations at it', () => {
  const workflow = ['jobs:', '  a:', '    steps:', '      - uses: o/r/actions@v1', '        with:', '          script: |', '            import sys', '', '            print(sys.argv)', '      - uses: o/r/actions@v1', '        with:', '          script: print(2)', ''].join('\n');
  const read = (file) => {
    assert.equal(file, '.github/workflows/ci.yml');
    return workflow;
  };
  const ref = 'o/r/.github/workflows/ci.yml@refs/heads/main';
  assert.deepEqual(locateInlineScript(read, ref, 'import sys\n\nprint(sys.argv)\n'), { file: '.github/workflows/ci.yml', line: 7 });
  assert.deepEqual(locateInlineScript(read, ref, '\nimport sys\n\nprint(sys.argv)\n'), { file: '.github/workflows/ci.yml', line: 6 });
  assert.deepEqual(locateInlineScript(read, ref, 'print(2)'), { file: '.github/workflows/ci.yml', line: 12 });
  assert.equal(locateInlineScript(read, ref, 'print(3)'), null);
  assert.equal(locateInlineScript(() => workflow + workflow, ref, 'import sys\n\nprint(sys.argv)'), null, 'ambiguous');
  assert.equal(locateInlineScript(read, undefined, 'print(2)'), null);
  assert.equal(
    locateInlineScript(() => {
      throw new Error('ENOENT');
    }, ref, 'print(2)'),
    null,
  );
});

test('fallback memory cap: the module gets a maximum the engine enforces', () => {
  // (module (memory (export "m") 2))
  const module = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x05, 0x03, 0x01, 0x00, 0x02, 0x07, 0x05, 0x01, 0x01, 0x6d, 0x02, 0x00]);
  const capped = capMemory(module, 5 * PAGE);
  const memory = new WebAssembly.Instance(new WebAssembly.Module(capped)).exports.m;
  assert.equal(memory.buffer.byteLength, 2 * PAGE);
  memory.grow(3);
  assert.throws(() => memory.grow(1), RangeError);
  assert.throws(() => capMemory(module, PAGE), /needs 0.125 MiB of memory to start/);
  assert.throws(() => capMemory(Buffer.from('not wasm'), PAGE), /not a wasm module/);
  // A declared maximum below the cap is kept.
  const declared = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x05, 0x04, 0x01, 0x01, 0x01, 0x02, 0x07, 0x05, 0x01, 0x01, 0x6d, 0x02, 0x00]);
  const small = new WebAssembly.Instance(new WebAssembly.Module(capMemory(declared, 100 * PAGE))).exports.m;
  small.grow(1);
  assert.throws(() => small.grow(1), RangeError);
});

test('fallback soft memory limit matches the host library', () => {
  const MIB = 1024 * 1024;
  assert.equal(softMemoryLimit(256 * MIB), 224 * MIB);
  assert.equal(softMemoryLimit(4 * MIB), 3 * MIB);
  assert.equal(softMemoryLimit(1024 * MIB), 992 * MIB);
});

test('fallback: a trap is the memory limit when the memory is full or an allocation could not fit', () => {
  const MIB = 1024 * 1024;
  assert.equal(hitMemoryCap(64 * MIB - 1000, 64 * MIB, ''), true);
  assert.equal(hitMemoryCap(40 * MIB, 64 * MIB, 'memory allocation of 33554432 bytes failed\n'), true);
  assert.equal(hitMemoryCap(40 * MIB, 64 * MIB, 'memory allocation of 1048576 bytes failed\n'), false);
  assert.equal(hitMemoryCap(40 * MIB, 64 * MIB, 'wasm trap: unreachable'), false);
  assert.equal(hitMemoryCap(0, 64 * MIB, 'memory allocation of 99999999999 bytes failed'), false);
});

test('fallback copies read-only folders without links that lead out, and spots links', () => {
  const r = makeRunner({ 'src/a.txt': 'a', 'src/sub/b.txt': 'b', 'outside.txt': 'secret' });
  try {
    const src = path.join(r.workspace, 'src');
    fs.symlinkSync(path.join(r.workspace, 'outside.txt'), path.join(src, 'out-link'));
    fs.symlinkSync('sub/b.txt', path.join(src, 'in-link'));
    fs.symlinkSync('.', path.join(src, 'sub', 'loop'));
    const copy = path.join(r.temp, 'copy');
    copyTree(src, copy);
    assert.equal(fs.readFileSync(path.join(copy, 'in-link'), 'utf8'), 'b');
    assert.ok(!fs.lstatSync(path.join(copy, 'in-link')).isSymbolicLink());
    assert.ok(!fs.existsSync(path.join(copy, 'out-link')));
    assert.equal(fs.readFileSync(path.join(copy, 'sub', 'b.txt'), 'utf8'), 'b');
    assert.equal(findSymlink(copy), null);
    assert.match(findSymlink(src), /link|loop/);
  } finally {
    r.cleanup();
  }
});

test('capture keeps the first bytes, or the last ones', () => {
  const head = new Capture(5);
  head.add(Buffer.from('abc'));
  head.add(Buffer.from('defg'));
  assert.equal(head.text(), 'abcde');
  assert.equal(head.truncated, true);
  const tail = new Capture(5, { keepTail: true });
  for (const piece of ['abc', 'defg', 'hi']) tail.add(Buffer.from(piece));
  assert.equal(tail.text(), 'efghi');
});
