'use strict';
// The private channel between the `actions` Python module and the action: a JSON Lines file
// in a folder of its own, mounted read-write at /.wasipy/channel. The script may write
// anything there, so nothing in it is trusted: the file must be a regular file (never followed
// through a symbolic link), reading stops at a size cap, and each line must be one record of a
// known kind with exactly the expected fields, or it is dropped with a problem that does not
// quote its content.

const fs = require('node:fs');
const path = require('node:path');

/** The channel file's name in its folder. */
const CHANNEL_FILE = 'records.jsonl';
/** Reading stops here: 1 MiB of summary, 1 MiB of result and room for the rest. */
const MAX_CHANNEL_BYTES = 8 * 1024 * 1024;

const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;
/** Outputs the action sets itself. */
const RESERVED_OUTPUTS = new Set(['stdout', 'exit-code', 'outcome', 'result']);
const LEVELS = new Set(['error', 'warning', 'notice']);

/** Each kind: its required fields and its optional ones, with their checks. */
const SCHEMAS = {
  output: { required: { name: isOutputName, value: isString }, optional: {} },
  summary: { required: { markdown: isString }, optional: {} },
  annotation: {
    required: { level: (v) => LEVELS.has(v), message: isString },
    optional: {
      title: isString,
      file: isString,
      line: isPositiveInt,
      end_line: isPositiveInt,
      col: isPositiveInt,
      end_col: isPositiveInt,
    },
  },
  mask: { required: { value: (v) => isString(v) && v !== '' }, optional: {} },
  result: { required: {}, optional: { value: isString, error: isString } },
};

class Channel {
  /** `dir` is the host folder mounted as the channel. */
  constructor(dir) {
    this.file = path.join(dir, CHANNEL_FILE);
    this.offset = 0;
    this.partial = Buffer.alloc(0);
    this.lineNumber = 0;
    this.full = false;
  }

  /**
   * Reads what was appended since the last call and returns { records, problems }. Only
   * complete lines are taken; a line still being written waits for the next call.
   * `final` is true after the run: an unterminated last line is then taken as it is.
   */
  drain({ final = false } = {}) {
    const records = [];
    const problems = [];
    const data = this.readNew(problems);
    let buffer = data.length ? Buffer.concat([this.partial, data]) : this.partial;
    let start = 0;
    for (;;) {
      const end = buffer.indexOf(0x0a, start);
      if (end < 0) break;
      this.take(buffer.subarray(start, end), records, problems);
      start = end + 1;
    }
    buffer = buffer.subarray(start);
    if (final && buffer.length) {
      this.take(buffer, records, problems);
      buffer = Buffer.alloc(0);
    }
    this.partial = Buffer.from(buffer);
    return { records, problems };
  }

  readNew(problems) {
    if (this.full) return Buffer.alloc(0);
    let fd;
    try {
      // O_NOFOLLOW: a script that swaps the file for a link must not make the action read
      // (and report on) a file of the runner's.
      fd = fs.openSync(this.file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0));
    } catch (error) {
      if (error.code === 'ENOENT') return Buffer.alloc(0);
      problems.push(`the channel file cannot be opened (${error.code || error.message})`);
      this.full = true;
      return Buffer.alloc(0);
    }
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) {
        problems.push('the channel file is not a regular file');
        this.full = true;
        return Buffer.alloc(0);
      }
      const available = Math.min(stat.size, MAX_CHANNEL_BYTES) - this.offset;
      if (stat.size > MAX_CHANNEL_BYTES && !this.full) {
        problems.push(`the channel holds over ${MAX_CHANNEL_BYTES} bytes: records past that are ignored`);
        this.full = true;
      }
      if (available <= 0) return Buffer.alloc(0);
      const data = Buffer.alloc(available);
      const read = fs.readSync(fd, data, 0, available, this.offset);
      this.offset += read;
      return data.subarray(0, read);
    } finally {
      fs.closeSync(fd);
    }
  }

  take(line, records, problems) {
    this.lineNumber += 1;
    const text = line.toString('utf8').replace(/\r$/, '');
    if (!text.trim()) return;
    let record;
    try {
      record = JSON.parse(text);
    } catch {
      problems.push(`record ${this.lineNumber} is not JSON`);
      return;
    }
    const problem = checkRecord(record);
    if (problem) problems.push(`record ${this.lineNumber} ignored: ${problem}`);
    else records.push(record);
  }
}

/** Null when `record` is a valid record, else why not (without quoting its values). */
function checkRecord(record) {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return 'not an object';
  const schema = Object.prototype.hasOwnProperty.call(SCHEMAS, record.kind) ? SCHEMAS[record.kind] : null;
  if (!schema) return 'unknown kind';
  for (const [key, check] of Object.entries(schema.required)) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) return `${record.kind}: missing ${key}`;
    if (!check(record[key])) return `${record.kind}: bad ${key}`;
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'kind' || Object.prototype.hasOwnProperty.call(schema.required, key)) continue;
    const check = Object.prototype.hasOwnProperty.call(schema.optional, key) ? schema.optional[key] : null;
    if (!check) return `${record.kind}: unexpected field ${JSON.stringify(key.slice(0, 40))}`;
    if (!check(value)) return `${record.kind}: bad ${key}`;
  }
  if (record.kind === 'output' && RESERVED_OUTPUTS.has(record.name)) {
    return `output ${record.name} is set by the action itself`;
  }
  if (record.kind === 'result' && ('value' in record) === ('error' in record)) {
    return 'result: needs exactly one of value and error';
  }
  return null;
}

function isString(value) {
  return typeof value === 'string';
}

function isOutputName(value) {
  return typeof value === 'string' && OUTPUT_NAME.test(value);
}

function isPositiveInt(value) {
  return Number.isSafeInteger(value) && value >= 1;
}

module.exports = { Channel, checkRecord, CHANNEL_FILE, MAX_CHANNEL_BYTES };
