'use strict';
// Finds the uncaught exception in a script's stderr, as CPython prints it, and where it points:
// the innermost frame in a file the sandbox took from the workspace (or the inline script).

const FRAME = /^ {2}File "(.*)", line (\d+)(?:, in .*)?$/;
const HEADER = 'Traceback (most recent call last):';
/** The last line of a traceback: `Type: message`, or just `Type`. */
const EXCEPTION_LINE = /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?::\s?(.*))?$/;

/**
 * The last traceback in `stderr`, or null. Returns { text, type, message, frames: [{ file,
 * line }], caret } where caret is the column (1-based) a SyntaxError's `^` marks, if any.
 */
function parseTraceback(stderr) {
  const lines = stderr.replace(/\r\n/g, '\n').split('\n');
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (!lines.length) return null;
  const last = lines[lines.length - 1].match(EXCEPTION_LINE);
  if (!last) return null;

  let start = lines.lastIndexOf(HEADER);
  if (start < 0) {
    // A SyntaxError in the script itself has no header: `  File "…", line N` then the source.
    start = findLast(lines, (line) => FRAME.test(line));
    if (start < 0 || lines.length - start > 6) return null;
  }
  const block = lines.slice(start);
  const frames = [];
  let caret = null;
  for (let i = 0; i < block.length; i++) {
    const frame = block[i].match(FRAME);
    if (!frame) continue;
    frames.push({ file: frame[1], line: Number(frame[2]) });
  }
  if (!frames.length && start === lines.lastIndexOf(HEADER) && block.length > 2) return null;
  if (last[1].endsWith('SyntaxError') || last[1].endsWith('IndentationError') || last[1].endsWith('TabError')) {
    // `    source line` then `    ^^^`: the caret's offset in the stripped source line.
    const caretLine = block.findIndex((line) => /^ {4}\s*\^+\s*$/.test(line));
    if (caretLine > 0) caret = { source: block[caretLine - 1].slice(4), offset: block[caretLine].indexOf('^') - 4 };
  }
  return { text: block.join('\n'), type: last[1], message: last[2] ?? '', frames, caret };
}

function findLast(items, predicate) {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}

/**
 * Where the inline script's first line is in the workflow file, so that an annotation can
 * point at the real line: { file (workspace-relative), line } or null. The workflow file is
 * GITHUB_WORKFLOW_REF's path, read from the workspace when the step checked it out; the
 * script must appear there exactly once (compared line by line, indentation aside).
 */
function locateInlineScript(readFile, workflowRef, script) {
  const match = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef || '');
  if (!match) return null;
  const file = match[1];
  let text;
  try {
    text = readFile(file);
  } catch {
    return null;
  }
  if (typeof text !== 'string') return null;
  const wanted = script.replace(/\r\n/g, '\n').split('\n').map((line) => line.trim());
  let skipped = 0;
  while (wanted.length && wanted[0] === '') {
    wanted.shift();
    skipped++;
  }
  while (wanted.length && wanted[wanted.length - 1] === '') wanted.pop();
  if (!wanted.length) return null;
  const lines = text.replace(/\r\n/g, '\n').split('\n').map((line) => line.trim());
  // A one-line script can also be the plain scalar of `script: …` itself.
  const sameLine = wanted.length === 1 ? [`script: ${wanted[0]}`] : [];
  const found = [];
  for (let i = 0; i + wanted.length <= lines.length && found.length < 2; i++) {
    if (wanted.every((line, j) => lines[i + j] === line) || sameLine.includes(lines[i])) found.push(i);
  }
  if (found.length !== 1) return null;
  // The workflow line of script line 1 (1-based): script line n is at found + n - skipped.
  return { file, line: found[0] + 1 - skipped };
}

module.exports = { parseTraceback, locateInlineScript };
