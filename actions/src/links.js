'use strict';
// Symbolic links a script leaves behind. Inside the sandbox a link cannot lead out of its
// mount, but wasmtime lets a script create one whose text does (`out/x -> ../../../etc/passwd`),
// and the steps after this one follow links without a sandbox: a later upload of out/ would
// publish the runner's file. So the action lists the links in the writable folders before the
// run and, after it, removes each new or changed one that does not resolve inside the folders
// the step gave the script.

const fs = require('node:fs');
const path = require('node:path');

/** Every symbolic link under the folders: Map of path to its target text. */
function listLinks(dirs) {
  const links = new Map();
  for (const dir of dirs) {
    const pending = [dir];
    while (pending.length) {
      const current = pending.pop();
      let entries;
      try {
        entries = fs.readdirSync(current, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const child = path.join(current, entry.name);
        if (entry.isSymbolicLink()) {
          try {
            links.set(child, fs.readlinkSync(child));
          } catch {
            // Gone already.
          }
        } else if (entry.isDirectory()) {
          pending.push(child);
        }
      }
    }
  }
  return links;
}

/**
 * Removes the links under `writable` that are not in `before` (or point elsewhere now) and
 * lead outside every folder of `allowed`. Returns the removed paths.
 */
function removeEscapingLinks(before, writable, allowed) {
  const removed = [];
  for (const [link, target] of listLinks(writable)) {
    if (before.get(link) === target) continue;
    if (leadsInside(link, target, allowed)) continue;
    try {
      fs.unlinkSync(link);
      removed.push(link);
    } catch {
      // Already gone: nothing to protect.
    }
  }
  return removed;
}

function leadsInside(link, target, allowed) {
  const lexical = path.resolve(path.dirname(link), target);
  let resolved = lexical;
  try {
    resolved = fs.realpathSync(link);
  } catch {
    // Dangling or a loop: judge the text alone.
  }
  const inside = (file) => allowed.some((dir) => {
    const relative = path.relative(dir, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  });
  return inside(lexical) && inside(resolved);
}

module.exports = { listLinks, removeEscapingLinks };
