//! wasipy-wasi: the sandbox host. It runs python.wasm (the wasipy interpreter compiled to
//! wasm32-wasip1, embedded in this crate) under wasmtime with WASI preview 1, giving each run a
//! fresh Store with explicit capabilities (args, env, stdin, mounts) and hard limits (time,
//! memory, fuel, output), and reports how it ended.
//!
//! ```no_run
//! use wasipy_wasi::{Runtime, RunOptions, Outcome};
//! let runtime = Runtime::new()?;
//! let result = runtime.run(&RunOptions::code("print(1 + 1)"))?;
//! assert_eq!(result.outcome, Outcome::Completed { exit_status: 0 });
//! assert_eq!(result.stdout, b"2\n");
//! # Ok::<(), wasipy_wasi::Error>(())
//! ```
//!
//! A [`Session`] keeps one interpreter alive between calls (`exec`, `eval`, `call`, `get`,
//! `set`), with values crossing as [`PyValue`]s.

mod cache;
mod clock;
mod error;
mod options;
mod output;
mod result;
mod run;
mod runtime;
mod session;
mod snapshot;
mod stack;
mod value;

pub use cache::{CacheStatus, ModuleCache, WASMTIME_VERSION};
pub use error::Error;
/// The big-int type of [`PyValue::BigInt`] (re-exported `num_bigint::BigInt`).
pub use num_bigint::BigInt;
pub use options::{
    CancelHandle, Deterministic, Limits, Mount, OutputCallback, OutputSink, Program, RunOptions,
    Stdin, DEFAULT_MAX_OUTPUT, DEFAULT_MEMORY, DEFAULT_SEED, DEFAULT_TIMEOUT,
};
pub use result::{
    parse_exception, Outcome, PythonException, RunResult, EXIT_CANCELLED, EXIT_CRASHED,
    EXIT_FUEL_EXHAUSTED, EXIT_HOST_ERROR, EXIT_MEMORY_LIMIT, EXIT_OUTPUT_LIMIT, EXIT_TIMEOUT,
};
pub use run::{soft_memory_limit, MAX_MEMORY_ENV};
pub use runtime::{python_wasm, Runtime, RuntimeConfig, PYTHON_WASM_BUILD_PATH};
pub use session::{
    CallResult, InputStatus, Session, SessionError, SessionOptions, SESSION_ABI_VERSION,
};
pub use value::{PyValue, MAX_DEPTH as MAX_VALUE_DEPTH};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Runtime>();
        assert_send_sync::<RunOptions>();
        assert_send_sync::<SessionOptions>();
        fn assert_send<T: Send>() {}
        assert_send::<Session>();
    }
}
