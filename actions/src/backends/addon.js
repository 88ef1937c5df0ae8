'use strict';
// The backend on the wasipy Node binding (node-binding/, npm package `wasipy`): wasmtime with
// every limit enforced in the host. A run that a limit ends rejects with the binding's error
// class (TimeoutError, MemoryLimitError, …), which carries the run's result: its outcome is
// what the action reports.

/** A backend over the loaded `wasipy` package. */
function addonBackend(binding) {
  return {
    name: 'addon',
    async run(code, options) {
      let result;
      try {
        result = await binding.run(code, {
          args: options.args,
          env: options.env,
          stdin: options.stdin,
          mounts: options.mounts.map(({ host, guest, readOnly }) => ({ host, guest, readOnly })),
          timeoutMs: options.timeoutMs,
          memoryMb: options.memoryMb,
          onStdout: options.onStdout,
          onStderr: options.onStderr,
        });
      } catch (error) {
        if (!error || !error.result || typeof error.result.outcome !== 'string') throw error;
        result = { ...error.result, trap: error.trap };
      }
      return { outcome: result.outcome, exitCode: result.exitCode, durationMs: result.durationMs, trap: result.trap };
    },
  };
}

module.exports = { addonBackend };
