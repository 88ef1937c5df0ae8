#!/usr/bin/env node
// Builds the native addon with plain cargo, in the workspace's own target dir, and copies it
// to the file name the generated loader (binding.js) looks for: wasipy.<platform>.node.
//
// Why not `napi build`: it always passes `--target <host triple>`, which puts the build in
// target/<triple>/release, a second copy of wasmtime (6-7 minutes on 2 cores) beside the one
// that the `wasipy` command and the workspace tests already share in target/release.
//
// With `--loader` it also regenerates the napi-rs loader (binding.js) and its types
// (binding.d.ts) through @napi-rs/cli's own API, exactly as `napi build --platform` does:
// napi-derive writes the type definitions during the build, the CLI turns them into the
// .d.ts and the export list of the loader. Needed after a change to the native API only.
//
//   node scripts/build-addon.js [--debug] [--loader]
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const workspace = path.resolve(root, '..');
const debug = process.argv.includes('--debug');
const profile = debug ? 'debug' : 'release';

function platformSuffix() {
  const { platform, arch } = process;
  if (platform === 'linux') {
    const musl = !process.report?.getReport?.().header?.glibcVersionRuntime;
    return `linux-${arch}-${musl ? 'musl' : 'gnu'}`;
  }
  if (platform === 'win32') return `win32-${arch}-msvc`;
  return `${platform}-${arch}`;
}

function libraryName() {
  if (process.platform === 'win32') return 'wasipy_node.dll';
  if (process.platform === 'darwin') return 'libwasipy_node.dylib';
  return 'libwasipy_node.so';
}

const loader = process.argv.includes('--loader');
const env = { ...process.env };
let typeDefDir = null;
if (loader) {
  typeDefDir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'wasipy-napi-types-'));
  env.NAPI_TYPE_DEF_TMP_FOLDER = typeDefDir;
  // napi-build reruns the build script (and so recompiles this crate) when this changes.
  env.NAPI_FORCE_BUILD_WASIPY_NODE = String(Date.now());
}

const cargo = process.env.CARGO || 'cargo';
const args = ['build', '-p', 'wasipy-node', '--locked'];
if (!debug) args.push('--release');
execFileSync(cargo, args, { cwd: workspace, stdio: 'inherit', env });

const targetDir = process.env.CARGO_TARGET_DIR
  ? path.resolve(workspace, process.env.CARGO_TARGET_DIR)
  : path.join(workspace, 'target');
const built = path.join(targetDir, profile, libraryName());
const dest = path.join(root, `wasipy.${platformSuffix()}.node`);
// Copy to a temporary name and rename: a node process that has the old addon mapped keeps
// its (unlinked) copy instead of crashing on a file rewritten under it.
const tmp = `${dest}.${process.pid}.tmp`;
fs.copyFileSync(built, tmp);
fs.renameSync(tmp, dest);
console.log(`built ${path.relative(process.cwd(), dest)} (${(fs.statSync(dest).size / 1048576).toFixed(1)} MB)`);

async function writeLoader() {
  const { generateTypeDef, writeJsBinding } = await import('@napi-rs/cli');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const { exports, dts } = await generateTypeDef({ typeDefDir, cwd: root, declareBindingTarget: true });
  fs.writeFileSync(path.join(root, 'binding.d.ts'), dts);
  await writeJsBinding({
    platform: true,
    idents: exports,
    jsBinding: 'binding.js',
    binaryName: pkg.napi.binaryName,
    packageName: pkg.name,
    version: pkg.version,
    outputDir: root,
  });
  fs.rmSync(typeDefDir, { recursive: true, force: true });
  console.log(`wrote binding.js and binding.d.ts (exports: ${exports.join(', ')})`);
}

if (loader) {
  writeLoader().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
