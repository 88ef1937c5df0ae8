'use strict';
// A test double for the sandbox: CPython (the oracle) runs the same command line, with guest
// paths turned into the host paths of their mounts, and host paths in stderr (tracebacks)
// turned back into guest paths, as a sandbox would print them. No sandbox at all: tests only.

const { spawn } = require('node:child_process');
const path = require('node:path');

const PYTHON = process.env.WASIPY_TEST_PYTHON || 'python3';

function cpythonBackend() {
  return {
    name: 'cpython',
    run(code, options) {
      const toHost = (guest) => {
        let best = null;
        for (const mount of options.mounts) {
          const inside = mount.guest === '/' || guest === mount.guest || guest.startsWith(`${mount.guest}/`);
          if (guest.startsWith('/') && inside && (!best || mount.guest.length > best.guest.length)) best = mount;
        }
        if (!best) return guest;
        const rest = best.guest === '/' ? guest.slice(1) : guest.slice(best.guest.length + 1);
        return rest ? path.join(best.host, ...rest.split('/')) : best.host;
      };
      // The guest's `/` is the workspace: a workspace mount's host ends with its guest path.
      const rootMount = options.mounts.find((m) => m.guest === '/' || (!m.guest.startsWith('/.wasipy') && m.host.endsWith(m.guest)));
      const cwd = rootMount ? (rootMount.guest === '/' ? rootMount.host : rootMount.host.slice(0, -rootMount.guest.length)) : undefined;
      const toGuest = (text) => {
        const places = options.mounts.map((m) => [m.host, m.guest]);
        if (cwd) places.push([cwd, '/']);
        places.sort((a, b) => b[0].length - a[0].length);
        for (const [host, guest] of places) text = text.replaceAll(`${host}/`, guest === '/' ? '/' : `${guest}/`);
        return text;
      };
      const lib = options.mounts.find((m) => m.guest === '/.wasipy/lib').host;
      const hostCode = code.replace(JSON.stringify('/.wasipy/lib'), JSON.stringify(lib));
      const args = options.args.map((arg) => (arg.startsWith('/') ? toHost(arg) : arg));
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const child = spawn(PYTHON, ['-B', '-c', hostCode, ...args], { env: options.env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs);
        const stderr = [];
        child.stdout.on('data', (chunk) => options.onStdout(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', reject);
        child.on('close', (status) => {
          clearTimeout(timer);
          if (stderr.length) options.onStderr(Buffer.from(toGuest(Buffer.concat(stderr).toString('utf8'))));
          const durationMs = performance.now() - started;
          if (timedOut) resolve({ outcome: 'timeout', exitCode: 124, durationMs });
          else resolve({ outcome: 'completed', exitCode: status ?? 1, durationMs });
        });
        child.stdin.end(options.stdin ?? '');
      });
    },
  };
}

module.exports = { cpythonBackend, PYTHON };
