'use strict';
// Tests of sessions (the Python class): values in both directions, errors and what they do
// to the session, abort, limits, isolation and the sandbox's walls.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { inspect } = require('node:util');

const {
  Python, PythonError, TimeoutError, AbortError, SessionClosedError, MemoryLimitError,
  OutputLimitError, FuelExhaustedError, PythonExitError, WasipyError,
} = require('..');

function session(t, options) {
  const py = new Python(options);
  t.after(() => py.close());
  return py;
}

test('the example of the issue', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wasipy-node-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'n.txt'), '5');
  const py = session(t, {
    mounts: [{ host: dir, guest: '/data', readOnly: true }],
    env: { MODE: 'test' }, timeoutMs: 500, deterministic: true,
  });
  await py.exec('def area(w, h):\n    return w * h');
  assert.equal(await py.call('area', 6, 7), 42);
  assert.deepEqual(await py.eval('[x * 2 for x in range(3)]'), [0, 2, 4]);
  py.set('config', { retries: 3, big: 2n ** 70n });
  assert.equal(await py.eval('config["big"] == 2**70 and config["retries"] == 3'), true);
  assert.equal(await py.eval('int(open("/data/n.txt").read()) + 1'), 6);
  assert.equal(await py.eval('__import__("os").environ["MODE"]'), 'test');
  py.close();
  assert.equal(py.closed, true);
  await assert.rejects(py.eval('1'), SessionClosedError);
});

test('every value kind crosses from Python to JavaScript', async (t) => {
  const py = session(t);
  const v = await py.eval(`{
    "none": None, "t": True, "f": False, "int": -7, "zero": 0,
    "max_safe": 2**53 - 1, "min_safe": -(2**53 - 1), "past_safe": 2**53, "neg_big": -(2**100),
    "i64max": 2**63 - 1, "float": 1.5, "neg_zero": -0.0, "inf": float("inf"), "nan": float("nan"),
    "str": "héllo €😀", "empty": "", "bytes": b"\\x00\\xffab", "list": [1, [2, [3]]], "tuple": (1, "a"),
    "dict": {"a": {"b": {}}}, "proto": {"__proto__": 1, "constructor": 2},
  }`);
  assert.equal(v.none, null);
  assert.equal(v.t, true);
  assert.equal(v.f, false);
  assert.equal(v.int, -7);
  assert.equal(v.zero, 0);
  assert.equal(v.max_safe, Number.MAX_SAFE_INTEGER);
  assert.equal(v.min_safe, Number.MIN_SAFE_INTEGER);
  assert.equal(v.past_safe, 2n ** 53n);
  assert.equal(v.neg_big, -(2n ** 100n));
  assert.equal(v.i64max, 2n ** 63n - 1n);
  assert.equal(v.float, 1.5);
  assert.ok(Object.is(v.neg_zero, -0));
  assert.equal(v.inf, Infinity);
  assert.ok(Number.isNaN(v.nan));
  assert.equal(v.str, 'héllo €😀');
  assert.equal(v.empty, '');
  assert.ok(Buffer.isBuffer(v.bytes));
  assert.deepEqual([...v.bytes], [0, 255, 97, 98]);
  assert.deepEqual(v.list, [1, [2, [3]]]);
  assert.deepEqual(v.tuple, [1, 'a']);
  assert.deepEqual(v.dict, { a: { b: {} } });
  assert.equal(Object.getPrototypeOf(v.dict), Object.prototype);
  assert.deepEqual(Object.keys(v.proto), ['__proto__', 'constructor']);
  assert.equal(Object.getPrototypeOf(v.proto), Object.prototype);
  assert.equal(Object.getOwnPropertyDescriptor(v.proto, '__proto__').value, 1);
});

test('every value kind crosses from JavaScript to Python and back', async (t) => {
  const py = session(t);
  const cases = [
    [null, 'NoneType', null],
    [undefined, 'NoneType', null],
    [true, 'bool', true],
    [42, 'int', 42],
    [-0, 'float', -0],
    [2.5, 'float', 2.5],
    [1e300, 'float', 1e300],
    [2 ** 53, 'float', 2 ** 53],
    [Number.MAX_SAFE_INTEGER, 'int', Number.MAX_SAFE_INTEGER],
    [5n, 'int', 5],
    [2n ** 64n, 'int', 2n ** 64n],
    [-(2n ** 200n) + 1n, 'int', -(2n ** 200n) + 1n],
    ['ünï €😀', 'str', 'ünï €😀'],
    [Buffer.from([1, 2, 3]), 'bytes', Buffer.from([1, 2, 3])],
    [new Uint8Array([9, 8]), 'bytes', Buffer.from([9, 8])],
    [new Uint8Array(new ArrayBuffer(8), 2, 3).fill(7), 'bytes', Buffer.from([7, 7, 7])],
    [[1, 'a', [null]], 'list', [1, 'a', [null]]],
    [{ a: 1, b: { c: [2n ** 80n] } }, 'dict', { a: 1, b: { c: [2n ** 80n] } }],
    [Object.assign(Object.create(null), { x: 1 }), 'dict', { x: 1 }],
  ];
  await py.exec('def kind(v):\n    return type(v).__name__');
  for (const [value, kind, back] of cases) {
    assert.equal(await py.call('kind', value), kind, `type of ${inspect(value)}`);
    await py.set('v', value);
    const got = await py.get('v');
    if (typeof back === 'number' && Object.is(back, -0)) assert.ok(Object.is(got, -0));
    else assert.deepEqual(got, back, `round trip of ${inspect(value)}`);
  }
  // Python sees exact values: no silent truncation of big ints either way.
  await py.set('big', 2n ** 70n + 1n);
  assert.equal(await py.eval('big == 2**70 + 1'), true);
  assert.equal(await py.eval('str(big)'), (2n ** 70n + 1n).toString());
  assert.equal(await py.eval('2**70 + 1'), 2n ** 70n + 1n);
  assert.equal(await py.eval('9007199254740993'), 9007199254740993n);
});

test('values that cannot cross raise a TypeError naming the type', async (t) => {
  const py = session(t);
  class Point {}
  const cyclic = {};
  cyclic.self = cyclic;
  for (const [value, name] of [
    [new Date(), 'Date'], [new Map(), 'Map'], [new Set(), 'Set'], [() => 1, 'function'],
    [Symbol('s'), 'symbol'], [new Float64Array(2), 'Float64Array'], [new Point(), 'Point'],
    [new ArrayBuffer(4), 'ArrayBuffer'], [[1, [new Date()]], 'Date'],
  ]) {
    await assert.rejects(py.set('x', value), (e) => {
      assert.ok(e instanceof TypeError, e);
      assert.match(e.message, new RegExp(`\\b${name}\\b`));
      return true;
    });
  }
  await assert.rejects(py.set('x', cyclic), /nested more than 200 levels/);
  // Python values that cannot cross: a TypeError raised in Python, as PythonError.
  await assert.rejects(py.eval('object()'), (e) => e instanceof PythonError && e.type === 'TypeError');
  await assert.rejects(py.eval('{1: 2}'), (e) => e instanceof PythonError && e.type === 'TypeError');
  // The session is still usable.
  assert.equal(await py.eval('1 + 1'), 2);
});

test('a Python exception is a PythonError and leaves the session usable', async (t) => {
  const py = session(t);
  await py.exec('def f(x):\n    return g(x)\ndef g(x):\n    return 1 / x\nstate = "kept"');
  await assert.rejects(py.call('f', 0), (e) => {
    assert.ok(e instanceof PythonError);
    assert.ok(e instanceof WasipyError);
    assert.equal(e.name, 'PythonError');
    assert.equal(e.type, 'ZeroDivisionError');
    assert.equal(e.message, 'division by zero');
    assert.match(e.traceback, /^Traceback \(most recent call last\):\n/);
    assert.match(e.traceback, /line 2, in f\n/);
    assert.match(e.traceback, /line 4, in g\n/);
    assert.match(e.traceback, /ZeroDivisionError: division by zero\n$/);
    return true;
  });
  await assert.rejects(py.exec('raise KeyError("k")'), (e) => e.type === 'KeyError' && e.message === "'k'");
  await assert.rejects(py.exec('def ('), (e) => e instanceof PythonError && e.type === 'SyntaxError');
  await assert.rejects(py.get('missing'), (e) => e.type === 'NameError');
  assert.equal(await py.get('state'), 'kept');
  assert.equal(py.closed, false);
});

test('exec returns the call output; errors carry what was printed', async (t) => {
  const py = session(t);
  const r = await py.exec('import sys\nprint("out")\nprint("err", file=sys.stderr)');
  assert.equal(r.stdout, 'out\n');
  assert.equal(r.stderr, 'err\n');
  assert.equal(typeof r.durationMs, 'number');
  await assert.rejects(py.exec('print("partial")\n1/0'), (e) => e.stdout === 'partial\n');
  await assert.rejects(py.exec('raise SystemExit(4)'), (e) => e instanceof PythonExitError && e.exitCode === 4);
  assert.equal(await py.eval('2'), 2);
});

test('keyword arguments and builtins through call', async (t) => {
  const py = session(t);
  assert.deepEqual(await py.call('sorted', [3, 1, 2], Python.kwargs({ reverse: true })), [3, 2, 1]);
  await py.exec('def join(*parts, sep="-"):\n    return sep.join(parts)');
  assert.equal(await py.call('join', 'a', 'b', Python.kwargs({ sep: '+' })), 'a+b');
  assert.equal(await py.call('join', 'a', 'b'), 'a-b');
  assert.throws(() => Python.kwargs([1]), TypeError);
});

test('calls run in order, sync variants share the globals', async (t) => {
  const py = session(t);
  const order = [];
  const all = [];
  for (let i = 0; i < 20; i++) all.push(py.exec(`n = ${i}`).then(() => order.push(i)));
  all.push(py.eval('n').then((n) => order.push(`n=${n}`)));
  await Promise.all(all);
  assert.deepEqual(order, [...Array.from({ length: 20 }, (_, i) => i), 'n=19']);
  py.setSync('x', [1, 2]);
  assert.deepEqual(py.evalSync('x + [3]'), [1, 2, 3]);
  assert.deepEqual(py.execSync('print(x)').stdout, '[1, 2]\n');
  assert.equal(py.callSync('len', 'abc'), 3);
  assert.deepEqual(py.getSync('x'), [1, 2]);
  assert.throws(() => py.evalSync('1/0'), PythonError);
  const pending = py.eval('1');
  assert.throws(() => py.evalSync('1'), /busy/);
  await pending;
});

test('a timeout closes the session with a clear error on the next call', async (t) => {
  const py = session(t, { timeoutMs: 100 });
  await py.exec('x = 1');
  const started = Date.now();
  await assert.rejects(py.exec('while True: pass'), (e) => {
    assert.ok(e instanceof TimeoutError);
    assert.match(e.message, /100 ms/);
    return true;
  });
  assert.ok(Date.now() - started < 5000);
  assert.equal(py.closed, true);
  await assert.rejects(py.eval('x'), (e) => {
    assert.ok(e instanceof SessionClosedError);
    assert.match(e.message, /TimeoutError/);
    assert.ok(e.cause instanceof TimeoutError);
    return true;
  });
  assert.throws(() => py.evalSync('x'), SessionClosedError);
});

test('the timeout applies per call, totalTimeoutMs over all calls', async (t) => {
  const py = session(t, { timeoutMs: 300 });
  for (let i = 0; i < 3; i++) {
    await py.exec('import time\nt = time.monotonic()\nwhile time.monotonic() - t < 0.15: pass');
  }
  const total = session(t, { totalTimeoutMs: 250 });
  await total.exec('import time\nt = time.monotonic()\nwhile time.monotonic() - t < 0.15: pass');
  await assert.rejects(total.exec('t = time.monotonic()\nwhile time.monotonic() - t < 0.15: pass'), TimeoutError);
});

test('an AbortSignal stops a running call and closes the session', async (t) => {
  const py = session(t);
  const ac = new AbortController();
  setTimeout(() => ac.abort(new Error('enough')), 50);
  await assert.rejects(py.exec('while True: pass', { signal: ac.signal }), (e) => {
    assert.ok(e instanceof AbortError);
    assert.equal(e.cause.message, 'enough');
    return true;
  });
  await assert.rejects(py.eval('1'), (e) => e instanceof SessionClosedError && /AbortError/.test(e.message));

  const ac2 = new AbortController();
  const py2 = session(t, { signal: ac2.signal });
  assert.equal(await py2.eval('1'), 1);
  const p = py2.exec('while True: pass');
  setTimeout(() => ac2.abort(), 50);
  await assert.rejects(p, AbortError);
  assert.equal(py2.closed, true);
  assert.throws(() => new Python({ signal: AbortSignal.abort() }), AbortError);
});

test('close() stops a call in progress and rejects queued ones', async (t) => {
  const py = session(t);
  const running = py.exec('while True: pass');
  const queued = py.eval('1');
  setTimeout(() => py.close(), 50);
  await assert.rejects(running, WasipyError);
  await assert.rejects(queued, SessionClosedError);
});

test('limits: memory for the session, output, fuel per call', async (t) => {
  const mem = session(t, { memoryMb: 16, timeoutMs: 20000 });
  // The interpreter raises MemoryError before the sandbox refuses to grow (then the session
  // stays usable), or the sandbox stops it (then the session is closed).
  const err = await mem.exec('x = []\nwhile True:\n    x.append("y" * 100000)').then(
    () => assert.fail('an unbounded list must not fit in 16 MiB'),
    (e) => e,
  );
  if (err instanceof PythonError) {
    assert.equal(err.type, 'MemoryError');
    await mem.exec('del x');
    assert.equal(await mem.eval('1 + 1'), 2);
  } else {
    assert.ok(err instanceof MemoryLimitError, `${err.name}: ${err.message}`);
    await assert.rejects(mem.eval('1'), SessionClosedError);
  }

  const out = session(t, { maxOutputBytes: 100 });
  await assert.rejects(out.exec('while True: print("x" * 10)'), OutputLimitError);

  const fuel = session(t, { fuel: 5_000_000 });
  assert.equal(await fuel.eval('sum(range(100))'), 4950);
  assert.equal(await fuel.eval('sum(range(100))'), 4950, 'the budget is per call');
  await assert.rejects(fuel.exec('while True: pass'), FuelExhaustedError);
});

test('onStdout / onStderr stream each call\'s output', async (t) => {
  const out = [];
  const err = [];
  const py = session(t, { onStdout: (s) => out.push(s), onStderr: (s) => err.push(s) });
  const r = await py.exec('import sys\nfor i in range(3):\n    print(i, flush=True)\nprint("e", file=sys.stderr)');
  assert.equal(out.join(''), '0\n1\n2\n');
  assert.equal(err.join(''), 'e\n');
  assert.equal(r.stdout, '0\n1\n2\n');
  assert.equal(await py.eval('print("from eval") or 5'), 5);
  assert.equal(out.join(''), '0\n1\n2\nfrom eval\n');
  py.execSync('print("sync")');
  assert.equal(out.at(-1), 'sync\n');
});

test('two sessions in one process do not see each other', async (t) => {
  const a = session(t);
  const b = session(t);
  await a.exec('secret = "a"\nimport sys\nsys.shared = 1');
  await assert.rejects(b.get('secret'), (e) => e.type === 'NameError');
  assert.equal(await b.eval('hasattr(__import__("sys"), "shared")'), false);
  await b.exec('secret = "b"');
  assert.equal(await a.get('secret'), 'a');
  // Many sessions at once, each with its own state.
  const many = Array.from({ length: 20 }, () => session(t));
  await Promise.all(many.map((py, i) => py.set('i', i)));
  assert.deepEqual(await Promise.all(many.map((py) => py.eval('i * 10'))), Array.from({ length: 20 }, (_, i) => i * 10));
});

test('a session cannot reach process, require, the host env or files outside its mounts', async (t) => {
  process.env.WASIPY_NODE_SECRET = 'leak';
  t.after(() => delete process.env.WASIPY_NODE_SECRET);
  const py = session(t);
  for (const name of ['process', 'require', 'globalThis', 'Buffer']) {
    await assert.rejects(py.eval(name), (e) => e.type === 'NameError', name);
  }
  assert.equal(await py.eval('"WASIPY_NODE_SECRET" in __import__("os").environ'), false);
  assert.equal(await py.eval('"HOME" in __import__("os").environ'), false);
  await assert.rejects(py.eval(`open(${JSON.stringify(__filename)}).read()`), (e) => /^(FileNotFoundError|PermissionError)$/.test(e.type));
  await assert.rejects(py.eval('open("/etc/passwd").read()'), (e) => /^(FileNotFoundError|PermissionError)$/.test(e.type));
});

test('bad session options and arguments are TypeErrors', async (t) => {
  assert.throws(() => new Python({ timeout: 1 }), /unknown option 'timeout'/);
  assert.throws(() => new Python({ totalTimeoutMs: -5 }), TypeError);
  const py = session(t);
  assert.throws(() => py.eval(5), TypeError);
  await assert.rejects(py.eval('1', { sigal: null }), TypeError);
});
