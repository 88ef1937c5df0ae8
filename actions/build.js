#!/usr/bin/env node
'use strict';
// Builds the packaged action into actions/dist/ (a build output, git-ignored):
//
//   node actions/build.js            python.wasm + the wasipy addon for this platform (Linux x64
//                                    on the release machine), bundled with the action's code
//   node actions/build.js --wasm-only   python.wasm only: the action then runs under node:wasi
//
// dist/ holds everything the runner needs, with no npm install at run time:
//   index.js                 the entry (action.yml: runs.main)
//   src/, python/            the action's code and its in-sandbox Python modules
//   python.wasm              the interpreter, for the node:wasi fallback
//   node_modules/wasipy/     the Node binding: its loader and the .node addon
//   cache/                   python.wasm compiled by the addon on this machine (a runner with
//                            the same CPU features starts without compiling it)
//   build.json               what was built: versions, sizes, sha256

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ACTION = __dirname;
const ROOT = path.resolve(ACTION, '..');
const DIST = path.join(ACTION, 'dist');
const BINDING = path.join(ROOT, 'node-binding');

function main(argv) {
  const wasmOnly = argv.includes('--wasm-only');
  const unknown = argv.filter((a) => a !== '--wasm-only');
  if (unknown.length) throw new Error(`unknown argument(s): ${unknown.join(' ')}`);

  const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
  const wasm = buildPythonWasm(targetDir);
  const addon = wasmOnly ? null : buildAddon();

  step('Bundle actions/dist');
  fs.rmSync(DIST, { recursive: true, force: true });
  fs.mkdirSync(DIST);
  copyDir(path.join(ACTION, 'src'), path.join(DIST, 'src'), (name) => name.endsWith('.js'));
  copyDir(path.join(ACTION, 'python'), path.join(DIST, 'python'), (name) => name.endsWith('.py'));
  fs.copyFileSync(wasm, path.join(DIST, 'python.wasm'));
  fs.writeFileSync(path.join(DIST, 'index.js'), "'use strict';\n// Built by actions/build.js: the action's entry point.\nrequire('./src/main.js').main();\n");
  fs.writeFileSync(path.join(DIST, 'package.json'), `${JSON.stringify({ private: true, type: 'commonjs' }, null, 2)}\n`);
  const files = { 'python.wasm': describe(path.join(DIST, 'python.wasm')) };
  if (addon) {
    const target = path.join(DIST, 'node_modules', 'wasipy');
    fs.mkdirSync(target, { recursive: true });
    for (const file of addon.files) {
      fs.copyFileSync(file, path.join(target, path.basename(file)));
      files[`node_modules/wasipy/${path.basename(file)}`] = describe(file);
    }
  }
  if (addon) {
    // Compile python.wasm for this machine into dist/cache (see src/backends/index.js).
    step('Precompile python.wasm into actions/dist/cache');
    const cache = path.join(DIST, 'cache');
    const code = "require('./node_modules/wasipy').run('pass').then((r) => process.exit(r.exitCode))";
    execFileSync(process.execPath, ['-e', code], { cwd: DIST, stdio: 'inherit', env: { ...process.env, WASIPY_CACHE_DIR: cache } });
    for (const name of fs.readdirSync(cache)) files[`cache/${name}`] = describe(path.join(cache, name));
  }
  const info = {
    builtAt: new Date().toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    dirty: git(['status', '--porcelain']) !== '',
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    addon: addon ? addon.name : null,
    files,
  };
  fs.writeFileSync(path.join(DIST, 'build.json'), `${JSON.stringify(info, null, 2)}\n`);
  for (const [name, { bytes }] of Object.entries(files)) console.log(`  ${name}: ${bytes} bytes`);
  console.log(`actions/dist ready (${addon ? `addon ${addon.name}` : 'no addon: node:wasi only'})`);
}

/** python.wasm exactly as wasi/build.rs builds it (same command, same target dir). */
function buildPythonWasm(targetDir) {
  step('Build python.wasm (wasm32-wasip1, profile wasm)');
  const guestDir = path.join(targetDir, 'wasm-guest');
  run('cargo', ['build', '--locked', '-p', 'wasipy-core', '--bin', 'python', '--target', 'wasm32-wasip1', '--profile', 'wasm', '--target-dir', guestDir], ROOT);
  const wasm = path.join(guestDir, 'wasm32-wasip1', 'wasm', 'python.wasm');
  if (!fs.existsSync(wasm)) throw new Error(`the build did not produce ${wasm}`);
  return wasm;
}

/** The Node binding's release build; returns { name, files } to copy into the package. */
function buildAddon() {
  step('Build the wasipy Node addon (node-binding, release)');
  if (!fs.existsSync(path.join(BINDING, 'package.json'))) {
    throw new Error('node-binding/ is missing: build with --wasm-only for a node:wasi-only bundle');
  }
  if (!fs.existsSync(path.join(BINDING, 'node_modules', '.bin', 'napi'))) run('npm', ['ci', '--no-audit', '--no-fund'], BINDING);
  run('npm', ['run', 'build'], BINDING);
  // The package as npm would publish it: package.json plus its `files` (names and *.ext globs).
  const manifest = JSON.parse(fs.readFileSync(path.join(BINDING, 'package.json'), 'utf8'));
  const patterns = manifest.files || [];
  const wanted = (name) => patterns.some((p) => (p.startsWith('*.') ? name.endsWith(p.slice(1)) : name === p));
  const files = ['package.json', ...fs.readdirSync(BINDING).filter((name) => name !== 'package.json' && wanted(name))];
  const nodes = files.filter((name) => name.endsWith('.node'));
  if (nodes.length !== 1) throw new Error(`expected one .node file in node-binding/, found: ${nodes.join(', ') || 'none'}`);
  return { name: nodes[0], files: files.map((name) => path.join(BINDING, name)) };
}

function copyDir(from, to, keep) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    if (entry.isDirectory()) copyDir(src, path.join(to, entry.name), keep);
    else if (entry.isFile() && keep(entry.name)) fs.copyFileSync(src, path.join(to, entry.name));
  }
}

function describe(file) {
  const bytes = fs.readFileSync(file);
  return { bytes: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

function run(command, args, cwd) {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit' });
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function step(text) {
  console.log(`\n==> ${text}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`\nactions/build.js: FAILED: ${error.message}`);
  process.exit(1);
}
