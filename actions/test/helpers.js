'use strict';
// What the tests share: a runner's files in a temporary folder, INPUT_* variables, and readers
// for what a step leaves behind (outputs, summary, workflow commands).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/**
 * A fresh runner: workspace, runner temp, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 * `files` maps workspace-relative paths to contents (folders are made as needed).
 */
function makeRunner(files = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wasipy-action-test-'));
  const workspace = path.join(root, 'workspace');
  const temp = path.join(root, 'temp');
  fs.mkdirSync(workspace);
  fs.mkdirSync(temp);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(workspace, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  const output = path.join(root, 'github_output');
  const summary = path.join(root, 'step_summary');
  fs.writeFileSync(output, '');
  fs.writeFileSync(summary, '');
  return {
    root,
    workspace,
    temp,
    env: {
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: temp,
    },
    outputs: () => parseOutputFile(fs.readFileSync(output, 'utf8')),
    summary: () => fs.readFileSync(summary, 'utf8'),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** INPUT_* variables as the runner sets them: `INPUT_` + the name upper-cased, hyphens kept. */
function inputs(values) {
  const env = {};
  for (const [name, value] of Object.entries(values)) env[`INPUT_${name.toUpperCase()}`] = String(value);
  return env;
}

/** The action's declared defaults, which the runner passes for inputs a workflow leaves out. */
const DEFAULT_INPUTS = inputs({
  timeout: '60',
  memory: '256',
  'result-encoding': 'json',
  'fail-on-error': 'true',
});

/**
 * Reads a GITHUB_OUTPUT file: `name<<DELIM` blocks (and `name=value` lines). Throws on
 * anything the runner would refuse, so a malformed file fails the test.
 */
function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`output ${name}: no closing delimiter`);
      outputs[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`malformed GITHUB_OUTPUT line: ${line}`);
      outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return outputs;
}

/** The runner's unescaping of command data and properties. */
function unescapeData(text) {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text) {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** The workflow commands in a log: [{ command, properties, message, index }] (index: line). */
function parseCommands(log) {
  const commands = [];
  log.split(/\r?\n/).forEach((line, index) => {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) return;
    const properties = {};
    if (match[2]) {
      for (const pair of match[2].split(',')) {
        const eq = pair.indexOf('=');
        properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3]), index });
  });
  return commands;
}

/** The annotations (error, warning, notice commands) of a log. */
function annotations(log) {
  return parseCommands(log).filter((c) => ['error', 'warning', 'notice'].includes(c.command));
}

/** A writable stream stand-in that keeps what is written. */
function sink() {
  const chunks = [];
  return {
    write(chunk) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return true;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

module.exports = { makeRunner, inputs, DEFAULT_INPUTS, parseOutputFile, parseCommands, annotations, sink };
