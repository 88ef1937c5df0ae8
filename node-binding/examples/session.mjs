// A session whose globals persist: node node-binding/examples/session.mjs
import { Python, PythonError, TimeoutError, SessionClosedError } from '../index.mjs';

const py = new Python({ env: { MODE: 'test' }, timeoutMs: 500, deterministic: true });
await py.exec('def area(w, h):\n    return w * h');
console.log('area(6, 7) =', await py.call('area', 6, 7));
console.log('comprehension =', await py.eval('[x * 2 for x in range(3)]'));

await py.set('config', { retries: 3, big: 2n ** 70n, blob: Buffer.from('hi') });
console.log('back from Python =', await py.eval('{"big_plus_one": config["big"] + 1, "blob": config["blob"] * 2}'));
console.log('sorted, reversed =', await py.call('sorted', [3, 1, 2], Python.kwargs({ reverse: true })));

try {
  await py.eval('{}["missing"]');
} catch (e) {
  if (e instanceof PythonError) console.log(`PythonError ${e.type}: ${e.message}\n${e.traceback}`);
}
console.log('still usable:', await py.eval('config["retries"]'));

try {
  await py.exec('while True: pass');
} catch (e) {
  console.log(e instanceof TimeoutError, e.message);
}
try {
  await py.eval('1');
} catch (e) {
  console.log(e instanceof SessionClosedError, e.message);
}
py.close();
