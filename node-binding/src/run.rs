//! One-shot runs: `runNative` (async, on libuv's pool) and `runSyncNative`.
//!
//! The wrapper has already validated and normalised the options; what arrives here is a
//! [`RunSpec`] with plain fields. Whatever the guest does, a run that starts resolves to a
//! [`NativeRunResult`]; a run that cannot start resolves to one with `hostError` set, so the
//! wrapper builds every error itself (and `instanceof` works on all of them).

use std::path::PathBuf;
use std::time::Duration;

use napi::bindgen_prelude::{AsyncTask, BigInt, Buffer};
use napi::{Env, Task};
use napi_derive::napi;
use wasipy_wasi::{
    CancelHandle, Deterministic, Error, Limits, Mount, Outcome, Program, RunOptions, RunResult,
    Stdin,
};

use crate::engine;
use crate::output::{async_stream, sync_stream, JsChunkFn, Stream};

/// A host folder made visible to the guest.
#[napi(object)]
pub struct MountSpec {
    pub host: String,
    pub guest: String,
    pub writable: bool,
}

/// A run's options, validated by the wrapper.
#[napi(object)]
pub struct RunSpec {
    /// `code`, `file`, `module` or `stdin`.
    pub kind: String,
    /// The code, the guest path of the script, or the module name.
    pub source: String,
    pub args: Option<Vec<String>>,
    pub stdin: Option<Buffer>,
    /// Flattened pairs: key, value, key, value, …
    pub env: Option<Vec<String>>,
    pub mounts: Option<Vec<MountSpec>>,
    pub timeout_ms: Option<f64>,
    pub memory_bytes: Option<f64>,
    pub fuel: Option<BigInt>,
    pub max_output_bytes: Option<f64>,
    /// Deterministic mode with this seed.
    pub seed: Option<BigInt>,
}

/// How a run ended, as plain data for the wrapper.
#[napi(object)]
pub struct NativeRunResult {
    /// `completed`, `timeout`, `memory_limit`, `fuel_exhausted`, `output_limit`, `cancelled`,
    /// `crashed`, or `host_error` when the run could not start.
    pub outcome: String,
    pub exit_code: i32,
    pub stdout: String,
    pub stderr: String,
    pub stdout_truncated: bool,
    pub stderr_truncated: bool,
    pub exception_type: Option<String>,
    pub exception_message: Option<String>,
    pub duration_ms: f64,
    pub fuel_used: Option<BigInt>,
    pub peak_memory: f64,
    /// The trap message of a crash.
    pub trap: Option<String>,
    /// Why the run could not start, and the kind of that error (`invalid_option`, `mount`,
    /// `fuel`, `instantiate`, `engine`).
    pub host_error: Option<String>,
    pub host_error_kind: Option<String>,
    /// How many chunks of each stream were queued to the JavaScript callbacks.
    pub stdout_chunks: u32,
    pub stderr_chunks: u32,
}

/// Stops a run or a session call from JavaScript.
#[napi]
pub struct CancelToken {
    handle: CancelHandle,
}

#[napi]
impl CancelToken {
    #[napi(constructor)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        CancelToken {
            handle: CancelHandle::new(),
        }
    }

    /// Asks the run to stop; it ends within one epoch tick (5 ms), even while sleeping.
    #[napi]
    pub fn cancel(&self) {
        self.handle.cancel();
    }

    #[napi(getter)]
    pub fn cancelled(&self) -> bool {
        self.handle.is_cancelled()
    }
}

impl CancelToken {
    pub fn handle(&self) -> CancelHandle {
        self.handle.clone()
    }
}

/// Everything a run needs, moved to the thread that runs it.
pub struct Prepared {
    options: Result<RunOptions, (String, &'static str)>,
    fuel: bool,
    stdout: Stream,
    stderr: Stream,
}

impl Prepared {
    fn new(spec: RunSpec, stdout: Stream, stderr: Stream, cancel: Option<&CancelToken>) -> Self {
        let fuel = spec.fuel.is_some();
        let options = to_options(spec).map(|mut options| {
            options.stdout = stdout.sink.clone();
            options.stderr = stderr.sink.clone();
            options.cancel = cancel.map(CancelToken::handle);
            options
        });
        Prepared {
            options: options.map_err(|msg| (msg, "invalid_option")),
            fuel,
            stdout,
            stderr,
        }
    }

    fn execute(self) -> NativeRunResult {
        let Prepared {
            options,
            fuel,
            stdout,
            stderr,
        } = self;
        let outcome = options.and_then(|options| {
            let runtime = engine::runtime(fuel).map_err(|e| (e, "engine"))?;
            let result = runtime.run(&options).map_err(|e| {
                let kind = host_error_kind(&e);
                (e.to_string(), kind)
            });
            // The sinks inside `options` must go before the collected bytes are taken.
            drop(options);
            result
        });
        match outcome {
            Ok(result) => to_result(result, &stdout, &stderr),
            Err((message, kind)) => host_error(message, kind),
        }
    }
}

fn host_error_kind(e: &Error) -> &'static str {
    match e {
        Error::InvalidOption(_) => "invalid_option",
        Error::Mount { .. } => "mount",
        Error::FuelNotEnabled => "fuel",
        Error::Instantiate(_) => "instantiate",
        Error::Engine(_) => "engine",
    }
}

fn to_options(spec: RunSpec) -> Result<RunOptions, String> {
    let program = match spec.kind.as_str() {
        "code" => Program::Code(spec.source),
        "file" => Program::Script(spec.source),
        "module" => Program::Module(spec.source),
        "stdin" => Program::Stdin,
        other => return Err(format!("unknown program kind {other:?}")),
    };
    let env = spec.env.unwrap_or_default();
    if !env.len().is_multiple_of(2) {
        return Err("env must hold key/value pairs".into());
    }
    let env = env
        .chunks_exact(2)
        .map(|pair| (pair[0].clone(), pair[1].clone()))
        .collect();
    let defaults = Limits::default();
    let limits = Limits {
        timeout: match spec.timeout_ms {
            Some(ms) => duration_ms(ms, "timeoutMs")?,
            None => defaults.timeout,
        },
        memory: match spec.memory_bytes {
            Some(bytes) => whole_number(bytes, "memory")?,
            None => defaults.memory,
        },
        fuel: spec.fuel.map(|b| unsigned(&b, "fuel")).transpose()?,
        max_output: match spec.max_output_bytes {
            Some(bytes) => usize::try_from(whole_number(bytes, "maxOutputBytes")?)
                .map_err(|_| "maxOutputBytes is too large".to_string())?,
            None => defaults.max_output,
        },
    };
    Ok(RunOptions {
        program,
        args: spec.args.unwrap_or_default(),
        stdin: match spec.stdin {
            Some(bytes) => Stdin::Bytes(bytes.to_vec()),
            None => Stdin::Empty,
        },
        env,
        mounts: spec
            .mounts
            .unwrap_or_default()
            .into_iter()
            .map(|m| Mount {
                host: PathBuf::from(m.host),
                guest: m.guest,
                writable: m.writable,
            })
            .collect(),
        limits,
        deterministic: spec
            .seed
            .map(|s| unsigned(&s, "seed").map(|seed| Deterministic { seed }))
            .transpose()?,
        ..RunOptions::default()
    })
}

pub fn duration_ms(ms: f64, name: &str) -> Result<Duration, String> {
    if !ms.is_finite() || ms < 0.0 {
        return Err(format!("{name} must be a finite number ≥ 0, not {ms}"));
    }
    Ok(Duration::try_from_secs_f64(ms / 1000.0).unwrap_or(Duration::MAX))
}

pub fn whole_number(n: f64, name: &str) -> Result<u64, String> {
    if !n.is_finite() || n < 0.0 || n.fract() != 0.0 || n > 9_007_199_254_740_991.0 {
        return Err(format!("{name} must be a whole number ≥ 0, not {n}"));
    }
    // In range and integral (checked above): the conversion is exact.
    Ok(n as u64)
}

pub fn unsigned(b: &BigInt, name: &str) -> Result<u64, String> {
    let (negative, value, lossless) = b.get_u64();
    if negative || !lossless {
        return Err(format!("{name} must be between 0 and 2**64-1"));
    }
    Ok(value)
}

fn to_result(result: RunResult, stdout: &Stream, stderr: &Stream) -> NativeRunResult {
    let trap = match &result.outcome {
        Outcome::Crashed { trap } => Some(trap.clone()),
        _ => None,
    };
    let stdout_bytes = stdout.bytes(result.stdout);
    let stderr_bytes = stderr.bytes(result.stderr);
    let (exception_type, exception_message) = match result.exception {
        Some(e) => (Some(e.type_name), Some(e.message)),
        None => (None, None),
    };
    NativeRunResult {
        outcome: result.outcome.name().to_string(),
        exit_code: result.outcome.exit_status(),
        stdout: text(stdout_bytes),
        stderr: text(stderr_bytes),
        stdout_truncated: result.stdout_truncated,
        stderr_truncated: result.stderr_truncated,
        exception_type,
        exception_message,
        duration_ms: result.duration.as_secs_f64() * 1000.0,
        fuel_used: result.fuel_used.map(BigInt::from),
        peak_memory: result.peak_memory as f64,
        trap,
        host_error: None,
        host_error_kind: None,
        stdout_chunks: stdout.chunks(),
        stderr_chunks: stderr.chunks(),
    }
}

fn host_error(message: String, kind: &str) -> NativeRunResult {
    NativeRunResult {
        outcome: "host_error".into(),
        exit_code: wasipy_wasi::EXIT_HOST_ERROR,
        stdout: String::new(),
        stderr: String::new(),
        stdout_truncated: false,
        stderr_truncated: false,
        exception_type: None,
        exception_message: None,
        duration_ms: 0.0,
        fuel_used: None,
        peak_memory: 0.0,
        trap: None,
        host_error: Some(message),
        host_error_kind: Some(kind.into()),
        stdout_chunks: 0,
        stderr_chunks: 0,
    }
}

/// Output as text; invalid UTF-8 becomes U+FFFD (as `TextDecoder` does).
pub fn text(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// The async run, executed on a libuv pool thread.
pub struct RunTask(Option<Prepared>);

impl Task for RunTask {
    type Output = NativeRunResult;
    type JsValue = NativeRunResult;

    fn compute(&mut self) -> napi::Result<NativeRunResult> {
        match self.0.take() {
            Some(prepared) => Ok(prepared.execute()),
            None => Err(napi::Error::from_reason("the run was already executed")),
        }
    }

    fn resolve(&mut self, _env: Env, output: NativeRunResult) -> napi::Result<NativeRunResult> {
        Ok(output)
    }
}

/// Starts a run on libuv's pool; the promise resolves to a [`NativeRunResult`].
#[napi(ts_return_type = "Promise<NativeRunResult>")]
pub fn run_native(
    spec: RunSpec,
    on_stdout: Option<JsChunkFn<'_>>,
    on_stderr: Option<JsChunkFn<'_>>,
    cancel: Option<&CancelToken>,
) -> napi::Result<AsyncTask<RunTask>> {
    let stdout = async_stream(on_stdout)?;
    let stderr = async_stream(on_stderr)?;
    Ok(AsyncTask::new(RunTask(Some(Prepared::new(
        spec, stdout, stderr, cancel,
    )))))
}

/// Runs on the calling thread; output callbacks are called synchronously during the run.
#[napi]
pub fn run_sync_native(
    env: Env,
    spec: RunSpec,
    on_stdout: Option<JsChunkFn<'_>>,
    on_stderr: Option<JsChunkFn<'_>>,
    cancel: Option<&CancelToken>,
) -> napi::Result<NativeRunResult> {
    let stdout = sync_stream(&env, on_stdout)?;
    let stderr = sync_stream(&env, on_stderr)?;
    Ok(Prepared::new(spec, stdout, stderr, cancel).execute())
}
