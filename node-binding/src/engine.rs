//! The process-wide runtimes, built on first use and shared by every run and session.
//!
//! Fuel metering changes the compiled code, so runs that set a fuel limit use a second
//! runtime built with `fuel: true`; runs without one never pay for metering.

use std::sync::OnceLock;

use wasipy_wasi::{Runtime, RuntimeConfig};

/// How many sandboxes (runs in progress plus open sessions) may be alive at once. Each slot
/// reserves address space only (no memory) until it is used; at most as many runs execute at
/// once as libuv has pool threads, so the rest is room for open sessions.
pub const MAX_INSTANCES: u32 = 1000;

static PLAIN: OnceLock<Result<Runtime, String>> = OnceLock::new();
static FUELED: OnceLock<Result<Runtime, String>> = OnceLock::new();

/// The shared runtime (with fuel metering when `fuel` is true), or why it could not be built.
pub fn runtime(fuel: bool) -> Result<&'static Runtime, String> {
    let cell = if fuel { &FUELED } else { &PLAIN };
    cell.get_or_init(|| {
        Runtime::with_config(RuntimeConfig {
            fuel,
            max_concurrent_runs: MAX_INSTANCES,
            ..RuntimeConfig::default()
        })
        .map_err(|e| e.to_string())
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// Starts building the shared runtime (without fuel) on a background thread, so that the
/// first run finds it ready: loading the compiled module and setting up the pooling
/// allocator then overlap with the rest of the caller's start-up. A run that comes first
/// simply waits for it (`OnceLock` runs the initialisation once).
#[napi_derive::napi]
pub fn warm_up() {
    if PLAIN.get().is_some() {
        return;
    }
    // Without a thread the first run builds the runtime itself: nothing is lost.
    let _ = std::thread::Builder::new()
        .name("wasipy-warm-up".into())
        .spawn(|| {
            let _ = runtime(false);
        });
}
