// One-shot runs: node node-binding/examples/run.js
'use strict';
const { run, runSync, TimeoutError } = require('..');

async function main() {
  const r = await run('print(6 * 7)', { timeoutMs: 1000, memoryMb: 64 });
  console.log('stdout:', JSON.stringify(r.stdout), 'exit code:', r.exitCode, `(${r.durationMs.toFixed(2)} ms)`);

  const failed = runSync('import json\njson.loads("{bad")');
  console.log('exception:', failed.exception.type, '-', failed.exception.message);

  const withInput = await run('import sys, os\nprint(os.environ["GREETING"], sys.stdin.read().upper(), sys.argv[1:])', {
    env: { GREETING: 'hello' },
    stdin: 'from stdin',
    args: ['--flag'],
  });
  process.stdout.write(withInput.stdout);

  try {
    await run('while True: pass', { timeoutMs: 100 });
  } catch (e) {
    console.log(e instanceof TimeoutError ? `stopped: ${e.message}` : e);
  }
}

main();
