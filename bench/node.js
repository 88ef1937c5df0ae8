#!/usr/bin/env node
// The Node binding's benchmark (issue 6): start-up, per-call cost, memory, and many runs.
//
//   node bench/node.js [--quick] [--runs N] [--pyodide]
//
// Figures (medians; nothing here fails on timing):
//   - require('wasipy') + first run('print(1)'), in-process, in a fresh process
//   - a whole `node -e` process doing that, against `node -e 0` measured in the same run
//   - await run('1+1') per call; runSync('1+1') per call
//   - a session's eval('1+1') per call (async and sync)
//   - peak RSS of a node process after hello
//   - RSS over 10,000 sequential runs and after 1,000 concurrent ones
//   - the same for Pyodide when it is installed (`npm install pyodide` in bench/ or
//     node-binding/), beside ours; `--pyodide` installs it into bench/node_modules first.
'use strict';

const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BINDING = path.join(ROOT, 'node-binding');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const PROCESS_RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 7 : 21;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function nodeRun(script, extraEnv = {}) {
  const r = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ...extraEnv },
  });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

function wallMs(argv) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  return ms;
}

function fmtMs(ms) {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

function fmtUs(us) {
  return `${us.toFixed(1)} µs`;
}

// Peak RSS of this process from /proc/self/status (VmHWM). `process.resourceUsage().maxRSS`
// is not used: Linux carries the parent's peak across fork+exec into the child's.
const STATUS_KB = `((k) => parseInt(require('fs').readFileSync('/proc/self/status', 'utf8').split('\\n').find((l) => l.startsWith(k + ':')).slice(k.length + 1), 10) * 1024)`;
const PEAK_RSS = `${STATUS_KB}('VmHWM')`;
const RSS_PARTS = `({ rss: ${STATUS_KB}('VmRSS'), anon: ${STATUS_KB}('RssAnon'), file: ${STATUS_KB}('RssFile') })`;

function mb(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

function row(name, value, target = '') {
  console.log(`  ${name.padEnd(54)}${value.padStart(26)}  ${target}`);
}

// ---------------------------------------------------------------------------------------------

const WASIPY = JSON.stringify(BINDING);

function startup() {
  console.log(`\nStart-up (${PROCESS_RUNS} fresh processes each, medians)`);
  // In-process: from before require() to the first run's result.
  const inproc = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    const out = nodeRun(`
      const t0 = process.hrtime.bigint();
      const w = require(${WASIPY});
      const t1 = process.hrtime.bigint();
      w.run('print(1)').then((r) => {
        const t2 = process.hrtime.bigint();
        if (r.stdout !== '1\\n') throw new Error('bad output');
        console.log(JSON.stringify({ req: Number(t1 - t0) / 1e6, total: Number(t2 - t0) / 1e6 }));
      });`);
    inproc.push(JSON.parse(out));
  }
  row("require('wasipy')", fmtMs(median(inproc.map((x) => x.req))));
  row("require + first await run('print(1)')", fmtMs(median(inproc.map((x) => x.total))), 'target ≤ 5 ms');

  // Whole processes, interleaved so both see the same machine load.
  const hello = `require(${WASIPY}).run('print(1)').then((r) => process.stdout.write(r.stdout))`;
  const base = [];
  const ours = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    base.push(wallMs(['-e', '0']));
    ours.push(wallMs(['-e', hello]));
  }
  const b = median(base);
  const o = median(ours);
  row('node -e 0 (whole process)', fmtMs(b));
  row("node -e \"require('wasipy').run('print(1)')\"", fmtMs(o));
  row('  difference', fmtMs(o - b), 'target ≤ 10 ms');

  // Peak RSS after hello.
  const rss = JSON.parse(nodeRun(`
    require(${WASIPY}).run('print("hello")').then(() => console.log(${PEAK_RSS}));`));
  const rss0 = JSON.parse(nodeRun(`console.log(${PEAK_RSS})`));
  row('peak RSS, node -e 0', mb(rss0));
  row('peak RSS after run(\'print("hello")\')', mb(rss), 'target ≤ 45 MB');
  return { inproc: median(inproc.map((x) => x.total)), processDelta: o - b, rss };
}

async function perCall() {
  const { run, runSync, Python } = require(BINDING);
  console.log('\nPer call (in one process, medians of 5 batches)');
  const batches = 5;
  const n = quick ? 500 : 2000;

  // Wall-clock µs per call (median of the batches) and CPU µs per call over all threads of
  // the process (main and pool): CPU time is what a loaded machine distorts least.
  async function timeAsync(fn) {
    const per = [];
    for (let i = 0; i < n / 10; i++) await fn();
    const cpu0 = process.cpuUsage();
    for (let b = 0; b < batches; b++) {
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await fn();
      per.push(Number(process.hrtime.bigint() - t) / 1e3 / n);
    }
    const cpu = process.cpuUsage(cpu0);
    return { wall: median(per), cpu: (cpu.user + cpu.system) / (n * batches) };
  }

  function timeSync(fn) {
    const per = [];
    for (let i = 0; i < n / 10; i++) fn();
    const cpu0 = process.cpuUsage();
    for (let b = 0; b < batches; b++) {
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) fn();
      per.push(Number(process.hrtime.bigint() - t) / 1e3 / n);
    }
    const cpu = process.cpuUsage(cpu0);
    return { wall: median(per), cpu: (cpu.user + cpu.system) / (n * batches) };
  }

  const both = (t) => `${fmtUs(t.wall)} (cpu ${fmtUs(t.cpu)})`;
  const fsp = require('node:fs/promises');
  console.log(`  ${''.padEnd(54)}${'wall (cpu, all threads)'.padStart(26)}`);
  row('floor: one libuv pool round trip (fs.promises.access)', both(await timeAsync(() => fsp.access(__filename))));
  const runT = await timeAsync(() => run('1+1'));
  row("await run('1+1')", both(runT), 'target ≤ 50 µs');
  row("runSync('1+1')", both(timeSync(() => runSync('1+1'))));
  let guest = 0;
  for (let i = 0; i < 200; i++) guest += runSync('1+1').durationMs * 1000;
  row('  of which the guest (instantiate + interpreter start)', fmtUs(guest / 200));
  const py = new Python();
  const evalT = await timeAsync(() => py.eval('1+1'));
  row("await py.eval('1+1')", both(evalT), 'target ≤ 10 µs');
  row("py.evalSync('1+1')", both(timeSync(() => py.evalSync('1+1'))));
  await py.exec('def add(a, b):\n    return a + b');
  row("await py.call('add', 1, 2)", both(await timeAsync(() => py.call('add', 1, 2))));
  py.close();
  const opens = [];
  for (let i = 0; i < 20; i++) {
    const t = process.hrtime.bigint();
    new Python().close();
    opens.push(Number(process.hrtime.bigint() - t) / 1e3);
  }
  row('new Python() + close()', fmtUs(median(opens)));
  return { runT, evalT };
}

async function memory() {
  console.log('\nMemory over many runs (one fresh process)');
  const out = nodeRun(`
    const { run } = require(${WASIPY});
    const rss = () => ${RSS_PARTS};
    (async () => {
      const samples = {};
      for (let i = 1; i <= 10000; i++) {
        const r = await run('x = [i * i for i in range(100)]\\nprint(len(x))');
        if (r.stdout !== '100\\n') throw new Error('bad output');
        if (i === 100 || i === 1000 || i === 5000 || i === 10000) samples[i] = rss();
      }
      const conc = [];
      for (let round = 0; round < 3; round++) {
        const rs = await Promise.all(Array.from({ length: 1000 }, (_, j) => run('print(' + j + ')')));
        rs.forEach((r, j) => { if (r.stdout !== j + '\\n') throw new Error('bad output'); });
        conc.push(rss());
      }
      console.log(JSON.stringify({ samples, conc }));
    })();`);
  const { samples, conc } = JSON.parse(out);
  const show = (v) => `${mb(v.rss)} (anon ${mb(v.anon)}, file ${mb(v.file)})`;
  for (const [k, v] of Object.entries(samples)) row(`RSS after ${k} sequential runs`, show(v));
  conc.forEach((v, i) => row(`RSS after ${i + 1} × 1,000 concurrent runs`, show(v)));
  row('growth of anonymous RSS, run 100 → 10,000', mb(samples[10000].anon - samples[100].anon), 'target: flat');
  row('growth of file-backed RSS (code paged in)', mb(samples[10000].file - samples[100].file));
  return { samples, conc };
}

function findPyodide() {
  for (const base of [__dirname, BINDING]) {
    try {
      return require.resolve('pyodide', { paths: [base] });
    } catch {
      // not installed there
    }
  }
  return null;
}

function pyodide() {
  if (args.includes('--pyodide') && !findPyodide()) {
    console.log('\nInstalling pyodide into bench/node_modules (npm, no-save)…');
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', __dirname, 'pyodide'], { stdio: 'inherit' });
  }
  const where = findPyodide();
  if (!where) {
    console.log('\nPyodide: not installed (node bench/node.js --pyodide installs it for the comparison)');
    return null;
  }
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(where), 'package.json'), 'utf8')).version;
  console.log(`\nPyodide ${version} (${path.relative(ROOT, path.dirname(where))}), same figures`);
  const runs = Math.max(3, Math.min(PROCESS_RUNS, 5));
  const res = [];
  for (let i = 0; i < runs; i++) {
    res.push(JSON.parse(nodeRun(`
      const t0 = process.hrtime.bigint();
      const { loadPyodide } = require(${JSON.stringify(where)});
      loadPyodide().then(async (py) => {
        const t1 = process.hrtime.bigint();
        let out = '';
        py.setStdout({ batched: (s) => { out += s; } });
        py.runPython('print(1)');
        const t2 = process.hrtime.bigint();
        const n = 2000;
        for (let i = 0; i < 200; i++) py.runPython('1+1');
        const t3 = process.hrtime.bigint();
        for (let i = 0; i < n; i++) py.runPython('1+1');
        const t4 = process.hrtime.bigint();
        console.log(JSON.stringify({ load: Number(t1 - t0) / 1e6, first: Number(t2 - t0) / 1e6,
          call: Number(t4 - t3) / 1e3 / n, rss: ${PEAK_RSS} }));
      });`)));
  }
  row('require + loadPyodide()', fmtMs(median(res.map((r) => r.load))));
  row("… + first runPython('print(1)')", fmtMs(median(res.map((r) => r.first))));
  row("runPython('1+1') per call (one interpreter)", fmtUs(median(res.map((r) => r.call))));
  row('peak RSS after hello', mb(median(res.map((r) => r.rss))));
  return res;
}

async function main() {
  const { run } = require(BINDING);
  // Make sure the compiled module is in the cache before timing start-up.
  await run('pass');
  console.log(`node ${process.version}, ${require('node:os').cpus().length} cores, load ${require('node:os').loadavg()[0].toFixed(2)} (1-min average; a busy machine inflates every figure)`);
  startup();
  await perCall();
  if (!quick) await memory();
  pyodide();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
