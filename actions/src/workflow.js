'use strict';
// The runner's side of a step: workflow commands printed on stdout (`::error file=…::msg`,
// `::add-mask::`) and the environment files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
// Formats: GitHub's "Workflow commands for GitHub Actions" reference. No dependencies.

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');

/** GitHub's limit for one step's summary: larger uploads are refused whole. */
const MAX_SUMMARY_BYTES = 1024 * 1024;

/** Escapes a command's message: `%`, CR and LF would end or corrupt the command line. */
function escapeData(text) {
  return String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value: as data, plus `:` and `,` that delimit properties. */
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Formats `::name key=value,…::message`. Properties whose value is undefined or null are left
 * out; the rest are escaped, so neither a property nor the message can start a new command.
 */
function formatCommand(name, properties, message) {
  const props = Object.entries(properties || {})
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  return `::${name}${props.length ? ' ' + props.join(',') : ''}::${escapeData(message)}`;
}

/**
 * Where the step's commands and files go. `stdout` is a writable stream (the runner reads
 * commands from the process's stdout); `env` holds GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
class Runner {
  constructor({ env = process.env, stdout = process.stdout } = {}) {
    this.env = env;
    this.stdout = stdout;
    this.summaryBytes = 0;
    this.summaryDropped = false;
    this.atLineStart = true;
  }

  /** Prints one workflow command on its own line. */
  command(name, properties, message) {
    // A command only counts at the start of a line: after a partial line of the script's
    // output it would be printed as text (a mask would show the secret it should hide).
    const prefix = this.atLineStart ? '' : os.EOL;
    this.stdout.write(prefix + formatCommand(name, properties, message) + os.EOL);
    this.atLineStart = true;
  }

  /** Copies a piece of the script's stdout to the log, as it is. */
  passthrough(chunk) {
    if (!chunk.length) return;
    this.stdout.write(chunk);
    const last = typeof chunk === 'string' ? chunk.charCodeAt(chunk.length - 1) : chunk[chunk.length - 1];
    this.atLineStart = last === 0x0a;
  }

  /**
   * An annotation: level is error, warning or notice; where holds file, line, endLine, col,
   * endColumn and title (all optional).
   */
  annotate(level, message, where = {}) {
    this.command(
      level,
      {
        title: where.title,
        file: where.file,
        line: where.line,
        endLine: where.endLine,
        col: where.col,
        endColumn: where.endColumn,
      },
      message,
    );
  }

  /** Masks `value` in the rest of the log; the runner also masks each line of it. */
  mask(value) {
    if (value) this.command('add-mask', {}, value);
  }

  /** Writes `name` to GITHUB_OUTPUT with a random delimiter, the multi-line form. */
  setOutput(name, value) {
    const file = this.env.GITHUB_OUTPUT;
    if (!file) throw new Error('GITHUB_OUTPUT is not set: is this running as a GitHub Action step?');
    const text = String(value);
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    // Cannot happen by chance; refuse rather than write a line that would end the value early.
    if (name.includes(delimiter) || text.includes(delimiter)) {
      throw new Error(`output ${name}: the value contains the delimiter`);
    }
    appendFile(file, `${name}<<${delimiter}${os.EOL}${text}${os.EOL}${delimiter}${os.EOL}`);
  }

  /**
   * Appends Markdown to GITHUB_STEP_SUMMARY. Past 1 MiB in total for the step the rest is
   * dropped (GitHub would refuse the whole summary) and false is returned once.
   */
  appendSummary(markdown) {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set');
    if (this.summaryDropped) return true;
    const size = Buffer.byteLength(markdown);
    if (this.summaryBytes + size > MAX_SUMMARY_BYTES) {
      this.summaryDropped = true;
      return false;
    }
    this.summaryBytes += size;
    appendFile(file, markdown);
    return true;
  }
}

function appendFile(file, text) {
  const fd = fs.openSync(file, 'a');
  try {
    fs.writeSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
}

module.exports = { Runner, formatCommand, escapeData, escapeProperty, MAX_SUMMARY_BYTES };
