'use strict';
// Tests of one-shot runs: run, runSync, runFile — results, options, limits, errors,
// streaming, abort, concurrency and the sandbox's walls.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const wasipy = require('..');
const {
  run, runSync, runFile, runFileSync, WasipyError, PythonError, TimeoutError, MemoryLimitError,
  OutputLimitError, FuelExhaustedError, AbortError, HostError,
} = wasipy;

function tempDir(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wasipy-node-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('run prints and resolves to the documented result', async () => {
  const r = await run('print(6 * 7)', { timeoutMs: 1000, memoryMb: 64 });
  assert.equal(r.stdout, '42\n');
  assert.equal(r.stderr, '');
  assert.equal(r.exitCode, 0);
  assert.equal(r.outcome, 'completed');
  assert.equal(r.exception, null);
  assert.equal(r.stdoutTruncated, false);
  assert.equal(typeof r.durationMs, 'number');
  assert.ok(r.durationMs > 0);
  assert.ok(r.peakMemory > 0);
  assert.equal(r.fuelUsed, null);
});

test('runSync gives the same result on the calling thread', () => {
  const r = runSync('import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.exit(3)');
  assert.equal(r.stdout, 'out\n');
  assert.equal(r.stderr, 'err\n');
  assert.equal(r.exitCode, 3);
  assert.equal(r.outcome, 'completed');
});

test('an uncaught exception completes with exit code 1 and a PythonError in .exception', async () => {
  const r = await run('def f():\n    return 1 / 0\nf()');
  assert.equal(r.exitCode, 1);
  assert.ok(r.exception instanceof PythonError);
  assert.ok(r.exception instanceof WasipyError);
  assert.equal(r.exception.type, 'ZeroDivisionError');
  assert.equal(r.exception.message, 'division by zero');
  assert.match(r.exception.traceback, /^Traceback \(most recent call last\):\n  File "<string>", line 3, in <module>\n/);
  assert.match(r.exception.traceback, /ZeroDivisionError: division by zero\n$/);
  assert.equal(r.stderr, r.exception.traceback);
});

test('args, stdin (string, Buffer, Uint8Array) and env reach the guest', async () => {
  const argv = await run('import sys; print(sys.argv)', { args: ['a b', 'c'] });
  assert.equal(argv.stdout, "['-c', 'a b', 'c']\n");
  for (const stdin of ['hello\nworld', Buffer.from('hello\nworld'), new TextEncoder().encode('hello\nworld')]) {
    const r = await run('import sys; print(sys.stdin.read().split())', { stdin });
    assert.equal(r.stdout, "['hello', 'world']\n");
  }
  const env = await run('import os; print(sorted(k for k in os.environ if k != "WASIPY_MAX_MEMORY"), os.environ["MODE"])', { env: { MODE: 'test', B: '1' } });
  assert.equal(env.stdout, "['B', 'MODE'] test\n");
});

test('the host environment is not visible', async () => {
  process.env.WASIPY_NODE_SECRET = 'leak';
  try {
    const r = await run('import os; print("WASIPY_NODE_SECRET" in os.environ, "HOME" in os.environ, "PATH" in os.environ)');
    assert.equal(r.stdout, 'False False False\n');
  } finally {
    delete process.env.WASIPY_NODE_SECRET;
  }
});

test('Python cannot reach process, require or the host', async () => {
  const r = await run([
    'for name in ("process", "require", "globalThis", "module"):',
    '    try:',
    '        eval(name)',
    '        print(name, "reachable")',
    '    except NameError:',
    '        print(name, "missing")',
    'try:',
    '    import subprocess',
    '    print("subprocess imported")',
    'except ImportError:',
    '    print("no subprocess")',
  ].join('\n'));
  assert.equal(r.stdout, 'process missing\nrequire missing\nglobalThis missing\nmodule missing\nno subprocess\n');
});

test('files outside the mounts cannot be read; read-only mounts cannot be written', async (t) => {
  const dir = tempDir(t);
  const inside = path.join(dir, 'inside');
  fs.mkdirSync(inside);
  fs.writeFileSync(path.join(inside, 'a.txt'), 'secret');
  fs.writeFileSync(path.join(dir, 'outside.txt'), 'outside');
  const mounts = [{ host: inside, guest: '/data' }];
  const ok = await run('print(open("/data/a.txt").read())', { mounts });
  assert.equal(ok.stdout, 'secret\n');
  for (const p of ['/data/../outside.txt', path.join(dir, 'outside.txt'), '/etc/passwd']) {
    const r = await run(`open(${JSON.stringify(p)}).read()`, { mounts });
    assert.equal(r.exitCode, 1, p);
    assert.match(r.exception.type, /^(PermissionError|FileNotFoundError)$/, p);
  }
  const w = await run('open("/data/new.txt", "w").write("x")', { mounts });
  assert.equal(w.exitCode, 1);
  assert.match(w.exception.type, /^(PermissionError|OSError)$/);
  assert.equal(fs.existsSync(path.join(inside, 'new.txt')), false);
  const rw = await run('open("/data/new.txt", "w").write("x")', { mounts: [{ host: inside, guest: '/data', readOnly: false }] });
  assert.equal(rw.exitCode, 0);
  assert.equal(fs.readFileSync(path.join(inside, 'new.txt'), 'utf8'), 'x');
});

test('runFile mounts the script folder read-only and runs it by its path', async (t) => {
  const dir = tempDir(t);
  fs.writeFileSync(path.join(dir, 'helper.py'), 'VALUE = 7\n');
  const script = path.join(dir, 'main.py');
  fs.writeFileSync(script, 'import sys\nimport helper\nprint(helper.VALUE * 6, sys.argv[1:])\nraise ValueError("bad")\n');
  const r = await runFile(script, { args: ['x'] });
  assert.equal(r.stdout, "42 ['x']\n");
  assert.equal(r.exception.type, 'ValueError');
  assert.ok(r.stderr.includes(`File "${script}", line 4, in <module>`), r.stderr);
  assert.equal(runFileSync(script).stdout, '42 []\n');
});

test('timeout rejects with TimeoutError carrying the partial output', async () => {
  const started = Date.now();
  await assert.rejects(run('print("before", flush=True)\nwhile True: pass', { timeoutMs: 100 }), (e) => {
    assert.ok(e instanceof TimeoutError);
    assert.ok(e instanceof WasipyError);
    assert.equal(e.name, 'TimeoutError');
    assert.match(e.message, /100 ms/);
    assert.equal(e.result.outcome, 'timeout');
    assert.equal(e.stdout, 'before\n');
    return true;
  });
  assert.ok(Date.now() - started < 5000);
  assert.throws(() => runSync('while True: pass', { timeoutMs: 50 }), TimeoutError);
});

test('memory limit: MemoryError inside Python, MemoryLimitError when the sandbox runs out', async () => {
  const soft = await run('try:\n    x = "a" * (10**9)\nexcept MemoryError:\n    print("caught")', { memoryMb: 32 });
  assert.equal(soft.stdout, 'caught\n');
  // Growing without bound ends inside the limit: as a Python MemoryError when the interpreter
  // sees the limit coming (it checks on every loop iteration), else as MemoryLimitError when
  // the sandbox refuses to grow.
  const grow = 'x = []\nwhile True:\n    x.append("y" * 100000)';
  let result;
  try {
    result = await run(grow, { memoryMb: 16, timeoutMs: 20000 });
    assert.equal(result.exception?.type, 'MemoryError', `${result.outcome}: ${result.stderr}`);
    assert.equal(result.exitCode, 1);
  } catch (e) {
    assert.ok(e instanceof MemoryLimitError, `${e.name}: ${e.message}`);
    assert.equal(e.result.outcome, 'memory_limit');
    result = e.result;
  }
  assert.ok(result.peakMemory <= 16 * 1024 * 1024, `peak ${result.peakMemory}`);
});

test('output limit rejects with OutputLimitError and truncated output', async () => {
  await assert.rejects(run('while True: print("x" * 99)', { maxOutputBytes: 1000 }), (e) => {
    assert.ok(e instanceof OutputLimitError);
    assert.equal(e.result.stdoutTruncated, true);
    assert.equal(e.stdout.length, 1000);
    return true;
  });
});

test('fuel: a budget ends a loop with FuelExhaustedError and reports what was used', async () => {
  await assert.rejects(run('while True: pass', { fuel: 1_000_000 }), FuelExhaustedError);
  const r = await run('print(sum(range(10)))', { fuel: 10n ** 12n });
  assert.equal(r.stdout, '45\n');
  assert.equal(typeof r.fuelUsed, 'number');
  assert.ok(r.fuelUsed > 0 && r.fuelUsed < 1e12);
});

test('deterministic mode gives the same random numbers and clock every time', async () => {
  const code = 'import os, time; print(os.urandom(8).hex(), time.time())';
  const a = await run(code, { deterministic: true });
  const b = await run(code, { deterministic: { seed: 0x5eed } });
  const c = await run(code, { deterministic: { seed: 7n } });
  const real = await run(code);
  assert.equal(a.exitCode, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
  assert.notEqual(a.stdout.split(' ')[0], c.stdout.split(' ')[0]);
  assert.equal(a.stdout.split(' ')[1], '946684800.000001\n', 'the clock starts at 2000-01-01');
  assert.notEqual(real.stdout.split(' ')[1], a.stdout.split(' ')[1]);
});

test('an AbortSignal stops a running run; an aborted one does not start', async () => {
  const ac = new AbortController();
  const started = Date.now();
  const p = run('while True: pass', { signal: ac.signal });
  setTimeout(() => ac.abort(new Error('stop it')), 50);
  await assert.rejects(p, (e) => {
    assert.ok(e instanceof AbortError);
    assert.equal(e.code, 'ABORT_ERR');
    assert.equal(e.cause.message, 'stop it');
    return true;
  });
  assert.ok(Date.now() - started < 5000);
  await assert.rejects(run('print(1)', { signal: AbortSignal.abort() }), AbortError);
  assert.throws(() => runSync('print(1)', { signal: AbortSignal.abort() }), AbortError);
  // A signal that never fires changes nothing.
  assert.equal((await run('print(1)', { signal: new AbortController().signal })).stdout, '1\n');
});

test('onStdout/onStderr stream text in order, before the promise settles', async () => {
  const out = [];
  const err = [];
  const code = 'import sys\nfor i in range(5):\n    print(i, flush=True)\n    print("e", i, file=sys.stderr, flush=True)\nprint("é€😀", flush=True)';
  const r = await run(code, { onStdout: (s) => out.push(s), onStderr: (s) => err.push(s) });
  assert.ok(out.length >= 2, 'several chunks');
  assert.equal(out.join(''), '0\n1\n2\n3\n4\né€😀\n');
  assert.equal(r.stdout, out.join(''));
  assert.equal(err.join(''), 'e 0\ne 1\ne 2\ne 3\ne 4\n');
  assert.equal(r.stderr, err.join(''));
  const syncOut = [];
  let during = null;
  const rs = runSync('print("a", flush=True)\nprint("b")', {
    onStdout: (s) => {
      syncOut.push(s);
      during ??= syncOut.length;
    },
  });
  assert.equal(syncOut.join(''), 'a\nb\n');
  assert.equal(rs.stdout, 'a\nb\n');
  assert.equal(during, 1);
});

test('a throwing output callback stops the run and rejects with its error', async () => {
  const boom = new Error('boom');
  await assert.rejects(run('while True: print("x", flush=True)', { onStdout: () => { throw boom; } }), (e) => e === boom);
  assert.throws(() => runSync('while True: print("x", flush=True)', { onStdout: () => { throw boom; } }), (e) => e === boom);
});

test('bad options are TypeErrors', async () => {
  assert.throws(() => runSync(42), TypeError);
  assert.throws(() => runSync('1', { timeout: 5 }), /unknown option 'timeout'/);
  assert.throws(() => runSync('1', { timeoutMs: -1 }), TypeError);
  assert.throws(() => runSync('1', { memoryMb: 'x' }), TypeError);
  assert.throws(() => runSync('1', { args: [1] }), TypeError);
  assert.throws(() => runSync('1', { env: { A: 1 } }), TypeError);
  assert.throws(() => runSync('1', { env: { 'A=B': 'x' } }), TypeError);
  assert.throws(() => runSync('1', { fuel: -1 }), TypeError);
  assert.throws(() => runSync('1', { mounts: [{ guest: '/x' }] }), TypeError);
  assert.throws(() => runSync('1', { signal: {} }), TypeError);
  await assert.rejects(run('1', { stdin: 5 }), TypeError);
});

test('a mount that does not exist is a HostError', async () => {
  await assert.rejects(run('1', { mounts: [{ host: '/nonexistent/wasipy/dir', guest: '/x' }] }), (e) => {
    assert.ok(e instanceof HostError);
    assert.equal(e.code, 'ERR_WASIPY_MOUNT');
    return true;
  });
});

test('many concurrent runs are isolated from each other', async () => {
  const n = 64;
  const results = await Promise.all(Array.from({ length: n }, (_, i) =>
    run(`import sys\nx = ${i}\nprint(x * 2, globals().get("shared"))\nshared = ${i}`)));
  results.forEach((r, i) => assert.equal(r.stdout, `${i * 2} None\n`));
});

test('the event loop keeps running during an async run', async () => {
  let ticks = 0;
  const timer = setInterval(() => { ticks += 1; }, 5);
  try {
    await run('import time\nt = time.monotonic()\nwhile time.monotonic() - t < 0.2: pass');
  } finally {
    clearInterval(timer);
  }
  assert.ok(ticks >= 5, `only ${ticks} ticks during a 200 ms run`);
});

test('the ESM entry exports the same API', async () => {
  const esm = await import('../index.mjs');
  assert.equal(esm.run, run);
  assert.equal(esm.Python, wasipy.Python);
  assert.equal(esm.default, wasipy);
  assert.equal(esm.TimeoutError, TimeoutError);
});
