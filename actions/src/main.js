'use strict';
// The action's entry point, as the runner starts it: `node dist/index.js` with the inputs in
// INPUT_* variables. Everything happens in run-action.js; this file wires in the real world.

const path = require('node:path');
const { runAction } = require('./run-action');
const { selectBackend } = require('./backends');
const { formatCommand } = require('./workflow');

const actionDir = path.resolve(__dirname, '..');

runAction({
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  backend: () =>
    selectBackend({
      actionDir,
      env: process.env,
      log: (line) => process.stdout.write(`${line}\n`),
      tempRoot: process.env.RUNNER_TEMP || undefined,
    }),
  pythonDir: path.join(actionDir, 'python'),
}).then(
  (status) => finish(status),
  (error) => {
    process.stdout.write(`${formatCommand('error', { title: 'wasipy: internal error' }, error && error.stack ? error.stack : String(error))}\n`);
    finish(1);
  },
);

/** Exits with `status` once the event loop is idle, or after a second if something lingers. */
function finish(status) {
  process.exitCode = status;
  setTimeout(() => process.exit(status), 1000).unref();
}
