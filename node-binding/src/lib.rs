//! wasipy-node: the native half of the `wasipy` npm package.
//!
//! It exposes a deliberately small surface to the JavaScript wrapper (`index.js`), which
//! validates options, builds the error classes and decodes streamed output:
//!
//! - `runNative(spec, onStdout, onStderr, token)`: one sandboxed run on libuv's thread pool
//!   (an `AsyncTask`), resolving to a plain result object whatever the guest did;
//! - `runSyncNative(...)`: the same run on the calling thread;
//! - `CancelToken`: stops a run (or a session call) from JavaScript, e.g. on an `AbortSignal`;
//! - `NativeSession`: a Python session whose globals persist between calls.
//!
//! One [`wasipy_wasi::Runtime`] per process serves every run and session (two when fuel is
//! used: fuel metering is a property of the compiled code).

#![deny(clippy::all)]

mod engine;
mod output;
mod run;
mod session;
mod value;

pub use engine::warm_up;
pub use run::{run_native, run_sync_native, CancelToken, MountSpec, NativeRunResult, RunSpec};
pub use session::{NativeSession, SessionSpec};
