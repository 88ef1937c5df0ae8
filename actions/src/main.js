'use strict';
// The action's entry points. The runner starts `node dist/index.js`, which calls main();
// run() is the same step without the exit, for harnesses that import the action and call
// run() themselves (@github/local-action). Everything else happens in run-action.js.

const path = require('node:path');
const { runAction } = require('./run-action');
const { selectBackend } = require('./backends');
const { formatCommand } = require('./workflow');

const actionDir = path.resolve(__dirname, '..');

/** Runs the step with the process's environment; resolves to its exit status (also set as process.exitCode). */
async function run() {
  let status;
  try {
    status = await runAction({
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
    });
  } catch (error) {
    const text = error && error.stack ? error.stack : String(error);
    process.stdout.write(`${formatCommand('error', { title: 'wasipy: internal error' }, text)}\n`);
    status = 1;
  }
  process.exitCode = status;
  return status;
}

/** run(), then exit once the event loop is idle, or after a second if something lingers. */
function main() {
  run().then((status) => {
    setTimeout(() => process.exit(status), 1000).unref();
  });
}

module.exports = { run, main };

if (require.main === module) main();
