// Output as it is written, and an AbortSignal: node node-binding/examples/streaming.js
'use strict';
const { run, AbortError } = require('..');

async function main() {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('enough')), 300);
  try {
    await run('import time\ni = 0\nwhile True:\n    print("tick", i, flush=True)\n    i += 1\n    time.sleep(0.1)', {
      onStdout: (text) => process.stdout.write(`[python] ${text}`),
      signal: controller.signal,
    });
  } catch (e) {
    if (e instanceof AbortError) console.log(`aborted (${e.cause.message}); output so far: ${JSON.stringify(e.stdout)}`);
    else throw e;
  }
}

main();
