'use strict';
// What the sandbox sees. Its `/` stands for the workspace, but only the folders the step
// allows are there: `allow-read: data` is the workspace's data/ at /data, read-only, so the
// script opens 'data/x.csv' as it would from the workspace. The script's own folder is there
// read-only too. The action's private folders live under /.wasipy, a name the inputs may not
// use: lib (the `actions` module), channel (its records) and inline (an inline script).

const fs = require('node:fs');
const path = require('node:path');
const { InputError } = require('./inputs');

/** The guest folder of the action's private mounts. */
const PRIVATE_ROOT = '/.wasipy';
const GUEST_LIB = `${PRIVATE_ROOT}/lib`;
const GUEST_CHANNEL = `${PRIVATE_ROOT}/channel`;
const GUEST_INLINE = `${PRIVATE_ROOT}/inline`;
/** The file name of an inline script inside GUEST_INLINE. */
const INLINE_NAME = 'script.py';

/**
 * The mounts of one run and the script's guest path.
 * `inputs`: parsed inputs; `workspace`: host folder; `dirs`: host folders { lib, channel,
 * inline } (inline only for an inline script, which must already be written there).
 * Returns { mounts: [{ host, guest, readOnly }], script (guest path), scriptHost (host path,
 * or null for an inline script) }.
 */
function planMounts(inputs, workspace, dirs) {
  const root = realDir(workspace, 'GITHUB_WORKSPACE');
  const byGuest = new Map();
  const add = (host, guest, readOnly) => {
    const previous = byGuest.get(guest);
    byGuest.set(guest, { host, guest, readOnly: previous ? previous.readOnly && readOnly : readOnly });
  };

  for (const entry of inputs.allowRead) {
    const place = resolveInWorkspace(root, entry, 'allow-read');
    if (!place.exists) throw new InputError(`allow-read: ${entry} does not exist in the workspace`);
    if (!place.isDirectory) throw new InputError(`allow-read: ${entry} is not a folder (mount its folder instead)`);
    add(place.host, place.guest, true);
  }
  for (const entry of inputs.allowWrite) {
    const place = resolveInWorkspace(root, entry, 'allow-write');
    if (!place.exists) {
      fs.mkdirSync(place.host, { recursive: true });
      place.host = fs.realpathSync(place.host);
      if (!isWithinHost(place.host, root)) throw new InputError(`allow-write: ${entry} is outside the workspace`);
    } else if (!place.isDirectory) {
      throw new InputError(`allow-write: ${entry} is not a folder`);
    }
    add(place.host, place.guest, false);
  }

  let script;
  let scriptHost = null;
  if (inputs.file) {
    const place = resolveInWorkspace(root, inputs.file, 'file');
    if (!place.exists) throw new InputError(`file: ${inputs.file} does not exist in the workspace`);
    if (!place.isFile) throw new InputError(`file: ${inputs.file} is not a file`);
    script = place.guest;
    scriptHost = place.host;
    const folderGuest = path.posix.dirname(place.guest);
    const covered = [...byGuest.keys()].some((guest) => isWithin(folderGuest, guest));
    if (!covered) add(path.dirname(place.host), folderGuest, true);
  } else {
    add(dirs.inline, GUEST_INLINE, true);
    script = `${GUEST_INLINE}/${INLINE_NAME}`;
  }
  add(dirs.lib, GUEST_LIB, true);
  add(dirs.channel, GUEST_CHANNEL, false);

  // Parents before children (fewer path parts first), then by name: a stable, readable order.
  const depth = (guest) => (guest === '/' ? 0 : guest.split('/').length - 1);
  const mounts = [...byGuest.values()].sort((a, b) => depth(a.guest) - depth(b.guest) || (a.guest < b.guest ? -1 : 1));
  return { mounts, script, scriptHost };
}

/**
 * Resolves a workspace-relative path from an input. Refuses absolute paths, paths that leave
 * the workspace (`..`, or a symbolic link that leads out) and the private /.wasipy.
 */
function resolveInWorkspace(root, entry, input) {
  if (entry.includes('\0')) throw new InputError(`${input}: a path cannot hold a NUL character`);
  const slashed = path.sep === '\\' ? entry.replace(/\\/g, '/') : entry;
  if (path.posix.isAbsolute(slashed) || path.win32.isAbsolute(entry)) {
    throw new InputError(`${input}: ${entry} must be relative to the workspace`);
  }
  const relative = path.posix.normalize(slashed).replace(/\/+$/, '') || '.';
  if (relative === '..' || relative.startsWith('../')) {
    throw new InputError(`${input}: ${entry} is outside the workspace`);
  }
  const guest = relative === '.' ? '/' : `/${relative}`;
  if (isWithin(guest, PRIVATE_ROOT)) {
    throw new InputError(`${input}: ${PRIVATE_ROOT.slice(1)} is reserved for the action`);
  }
  const lexical = path.join(root, ...relative.split('/'));
  // The deepest part of the path that exists must resolve inside the workspace.
  let existing = lexical;
  while (!lexists(existing)) existing = path.dirname(existing);
  let real;
  try {
    real = fs.realpathSync(existing);
  } catch {
    throw new InputError(`${input}: ${entry} goes through a broken symbolic link`);
  }
  if (!isWithinHost(real, root)) {
    throw new InputError(`${input}: ${entry} leads out of the workspace through a symbolic link`);
  }
  if (existing !== lexical) {
    return { host: lexical, guest, exists: false, isDirectory: false, isFile: false };
  }
  const stat = fs.statSync(real);
  return { host: real, guest, exists: true, isDirectory: stat.isDirectory(), isFile: stat.isFile() };
}

function lexists(file) {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function realDir(dir, what) {
  let real;
  try {
    real = fs.realpathSync(dir);
  } catch {
    throw new InputError(`${what}: ${dir} does not exist`);
  }
  if (!fs.statSync(real).isDirectory()) throw new InputError(`${what}: ${dir} is not a folder`);
  return real;
}

/** Whether guest path `inner` is `outer` or inside it. */
function isWithin(inner, outer) {
  return inner === outer || outer === '/' || inner.startsWith(`${outer}/`);
}

/** Whether host path `inner` is `outer` or inside it. */
function isWithinHost(inner, outer) {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The workspace-relative path of a guest path, or null when it is not in the workspace (the
 * private folders, `..`). Relative guest paths are taken from `/`, the guest's working folder.
 */
function workspacePath(guestPath) {
  if (typeof guestPath !== 'string' || guestPath.includes('\0')) return null;
  const normal = path.posix.normalize(path.posix.join('/', guestPath));
  if (isWithin(normal, PRIVATE_ROOT) || normal === '/') return null;
  return normal.slice(1);
}

module.exports = {
  planMounts,
  resolveInWorkspace,
  workspacePath,
  isWithin,
  PRIVATE_ROOT,
  GUEST_LIB,
  GUEST_CHANNEL,
  GUEST_INLINE,
  INLINE_NAME,
};
