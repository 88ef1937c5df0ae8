'use strict';
// The action's inputs, read from the INPUT_* variables the runner sets and checked once.
// Every mistake becomes an InputError whose message names the input.

/** Default wall-clock limit, seconds. */
const DEFAULT_TIMEOUT_S = 60;
/** Default memory limit, MB (MiB). */
const DEFAULT_MEMORY_MB = 256;
/** wasm32 cannot address more than 4 GiB. */
const MAX_MEMORY_MB = 4096;
/** GitHub stops a job after 6 hours at most. */
const MAX_TIMEOUT_S = 6 * 60 * 60;

class InputError extends Error {
  constructor(message) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * The runner passes input `allow-read` as INPUT_ALLOW-READ: `INPUT_` + the name upper-cased
 * with spaces turned into `_` (hyphens are kept). The `_` spelling is accepted too, since some
 * shells and test harnesses cannot set a variable with a hyphen in its name.
 */
function rawInput(env, name) {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  const value = env[key] ?? env[key.replace(/-/g, '_')];
  return value ?? '';
}

/** Reads and checks every input. `env` is the process environment. */
function parseInputs(env) {
  const script = rawInput(env, 'script');
  const file = rawInput(env, 'file').trim();
  if (script.trim() && file) throw new InputError('give either `script` or `file`, not both');
  if (!script.trim() && !file) throw new InputError('give the Python to run: `script` (inline) or `file`');

  return {
    script: script.trim() ? script : null,
    file: file || null,
    args: splitArgs(rawInput(env, 'args')),
    stdin: rawInput(env, 'stdin'),
    timeoutMs: Math.round(number(env, 'timeout', DEFAULT_TIMEOUT_S, 0, MAX_TIMEOUT_S) * 1000),
    memoryMb: integer(env, 'memory', DEFAULT_MEMORY_MB, 1, MAX_MEMORY_MB),
    allowRead: lines(rawInput(env, 'allow-read')),
    allowWrite: lines(rawInput(env, 'allow-write')),
    env: parseEnv(rawInput(env, 'env')),
    resultEncoding: choice(env, 'result-encoding', ['json', 'string'], 'json'),
    failOnError: boolean(env, 'fail-on-error', true),
  };
}

/**
 * Splits `args` into words as a shell would, without any expansion: blanks and newlines
 * separate words, '…' quotes literally, "…" quotes with \" and \\ escapes, and a backslash
 * outside quotes takes the next character literally.
 */
function splitArgs(text) {
  const words = [];
  let word = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new InputError("args: a ' quote is not closed");
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      word = word ?? '';
      let closed = false;
      for (i++; i < text.length; i++) {
        if (text[i] === '"') {
          closed = true;
          break;
        }
        if (text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) i++;
        word += text[i];
      }
      if (!closed) throw new InputError('args: a " quote is not closed');
    } else if (c === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** A multi-line list: one item a line, blank lines and surrounding blanks ignored. */
function lines(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** KEY=VALUE lines; the value is everything after the first `=`, kept as written. */
function parseEnv(text) {
  const env = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const eq = line.indexOf('=');
    const key = (eq < 0 ? line : line.slice(0, eq)).trim();
    if (eq < 0) throw new InputError(`env: expected KEY=VALUE, got ${JSON.stringify(line.trim())}`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new InputError(`env: ${JSON.stringify(key)} is not a valid variable name`);
    }
    env[key] = line.slice(eq + 1);
  }
  return env;
}

function number(env, name, fallback, min, max) {
  const text = rawInput(env, name).trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(text) || !(value > min) || value > max) {
    throw new InputError(`${name}: expected a number of seconds above ${min} and at most ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}

function integer(env, name, fallback, min, max) {
  const text = rawInput(env, name).trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new InputError(`${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}

function choice(env, name, allowed, fallback) {
  const text = rawInput(env, name).trim();
  if (!text) return fallback;
  if (!allowed.includes(text)) {
    throw new InputError(`${name}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(text)}`);
  }
  return text;
}

/** The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
function boolean(env, name, fallback) {
  const text = rawInput(env, name).trim();
  if (!text) return fallback;
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new InputError(`${name}: expected true or false, got ${JSON.stringify(text)}`);
}

module.exports = {
  parseInputs,
  splitArgs,
  rawInput,
  InputError,
  DEFAULT_TIMEOUT_S,
  DEFAULT_MEMORY_MB,
};
