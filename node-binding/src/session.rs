//! `NativeSession`: a Python interpreter whose globals persist between calls.
//!
//! The wrapper (`Python` in index.js) serialises the calls of one session, so at most one call
//! holds the session at a time; calls run on libuv's pool (`callAsync`) or on the calling
//! thread (`callSync`). Output streaming works per call: the session's sinks route each chunk
//! to the callback installed by the call in progress (a thread-safe function for async calls,
//! a direct call for sync ones).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use napi::bindgen_prelude::{AsyncTask, BigInt, Buffer, ToNapiValue, TypeName, Unknown};
use napi::{sys, Env, JsValue, Status, Task, ValueType};
use napi_derive::napi;
use wasipy_wasi::{
    CallResult, CancelHandle, Deterministic, Limits, Mount, OutputCallback, OutputSink, PyValue,
    Session, SessionError, SessionOptions, Stdin,
};

use crate::engine;
use crate::output::{async_stream, sync_stream, JsChunkFn, Stream};
use crate::run::{duration_ms, text, unsigned, whole_number, MountSpec};
use crate::value::{to_js, ConvError, FromJs};

/// A session's options, validated by the wrapper.
#[napi(object)]
pub struct SessionSpec {
    pub args: Option<Vec<String>>,
    /// Flattened pairs: key, value, key, value, …
    pub env: Option<Vec<String>>,
    pub mounts: Option<Vec<MountSpec>>,
    /// Per call.
    pub timeout_ms: Option<f64>,
    /// Over all calls together.
    pub total_timeout_ms: Option<f64>,
    /// For the whole session.
    pub memory_bytes: Option<f64>,
    /// Per call.
    pub fuel: Option<BigInt>,
    /// For the whole session, each of stdout and stderr.
    pub max_output_bytes: Option<f64>,
    pub seed: Option<BigInt>,
    pub stdin: Option<Buffer>,
    /// Whether calls stream stdout / stderr to callbacks (else each call returns its output).
    pub stream_stdout: bool,
    pub stream_stderr: bool,
}

/// Where the session's output goes during the call in progress.
type Slot = Arc<Mutex<Option<OutputCallback>>>;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A poisoned lock means a call panicked; the data (a session or a slot) is still sound
    // to drop or reuse, and the next call will report the session's state.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

struct Shared {
    session: Mutex<Option<Session>>,
    /// Set by `close()`; a call in progress drops the session when it ends.
    closing: AtomicBool,
    stdout: Slot,
    stderr: Slot,
}

/// A live Python session.
#[napi]
pub struct NativeSession {
    shared: Arc<Shared>,
    cancel: CancelHandle,
}

fn routed(slot: &Slot) -> OutputSink {
    let slot = Arc::clone(slot);
    OutputSink::Callback(Arc::new(move |chunk: &[u8]| {
        let current = lock(&slot).clone();
        if let Some(callback) = current {
            callback(chunk);
        }
    }))
}

fn to_session_options(
    spec: SessionSpec,
    stdout: &Slot,
    stderr: &Slot,
) -> Result<SessionOptions, String> {
    let env = spec.env.unwrap_or_default();
    if !env.len().is_multiple_of(2) {
        return Err("env must hold key/value pairs".into());
    }
    let defaults = Limits::default();
    Ok(SessionOptions {
        args: spec.args.unwrap_or_default(),
        env: env
            .chunks_exact(2)
            .map(|pair| (pair[0].clone(), pair[1].clone()))
            .collect(),
        mounts: spec
            .mounts
            .unwrap_or_default()
            .into_iter()
            .map(|m| Mount {
                host: m.host.into(),
                guest: m.guest,
                writable: m.writable,
            })
            .collect(),
        limits: Limits {
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
        },
        total_timeout: spec
            .total_timeout_ms
            .map(|ms| duration_ms(ms, "totalTimeoutMs"))
            .transpose()?,
        deterministic: spec
            .seed
            .map(|s| unsigned(&s, "seed").map(|seed| Deterministic { seed }))
            .transpose()?,
        stdout: if spec.stream_stdout {
            routed(stdout)
        } else {
            OutputSink::Capture
        },
        stderr: if spec.stream_stderr {
            routed(stderr)
        } else {
            OutputSink::Capture
        },
        cancel: None,
        stdin: match spec.stdin {
            Some(bytes) => Stdin::Bytes(bytes.to_vec()),
            None => Stdin::Empty,
        },
    })
}

/// What one call does.
pub enum Op {
    Exec(String),
    Eval(String),
    Call(String, Vec<PyValue>, Vec<(String, PyValue)>),
    Get(String),
    Set(String, PyValue),
}

/// How a call ended, carried back to the JavaScript thread.
pub struct CallOutcome {
    result: Result<CallResult<PyValue>, SessionError>,
    closed: bool,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    stdout_chunks: u32,
    stderr_chunks: u32,
}

fn perform(session: &mut Session, op: Op) -> Result<CallResult<PyValue>, SessionError> {
    fn unit(r: CallResult<()>) -> CallResult<PyValue> {
        CallResult {
            value: PyValue::None,
            stdout: r.stdout,
            stderr: r.stderr,
            duration: r.duration,
            fuel_used: r.fuel_used,
        }
    }
    match op {
        Op::Exec(code) => session.exec(&code).map(unit),
        Op::Eval(expr) => session.eval(&expr),
        Op::Call(name, args, kwargs) => session.call(&name, &args, &kwargs),
        Op::Get(name) => session.get(&name),
        Op::Set(name, value) => session.set(&name, &value).map(unit),
    }
}

/// Runs one call on the current thread.
fn execute(shared: &Shared, op: Op, stdout: Stream, stderr: Stream) -> CallOutcome {
    let install = |slot: &Slot, stream: &Stream| {
        *lock(slot) = match &stream.sink {
            OutputSink::Callback(callback) => Some(Arc::clone(callback)),
            _ => None,
        };
    };
    install(&shared.stdout, &stdout);
    install(&shared.stderr, &stderr);
    let (result, closed) = {
        let mut guard = lock(&shared.session);
        let result = match guard.as_mut() {
            Some(session) => perform(session, op),
            None => Err(SessionError::Closed),
        };
        let closed =
            guard.as_ref().is_none_or(Session::is_closed) || shared.closing.load(Ordering::Acquire);
        if closed {
            // Frees the sandbox slot now rather than when JavaScript collects the object.
            *guard = None;
        }
        (result, closed)
    };
    *lock(&shared.stdout) = None;
    *lock(&shared.stderr) = None;
    let (out, err) = match &result {
        Ok(r) => (r.stdout.clone(), r.stderr.clone()),
        Err(SessionError::Python { stdout, stderr, .. }) => (stdout.clone(), stderr.clone()),
        Err(_) => (Vec::new(), Vec::new()),
    };
    CallOutcome {
        closed,
        stdout: stdout.bytes(out),
        stderr: stderr.bytes(err),
        stdout_chunks: stdout.chunks(),
        stderr_chunks: stderr.chunks(),
        result,
    }
}

/// An async call, on libuv's pool.
pub struct CallTask {
    shared: Arc<Shared>,
    work: Option<(Op, Stream, Stream)>,
}

impl Task for CallTask {
    type Output = CallOutcome;
    type JsValue = CallOutcome;

    fn compute(&mut self) -> napi::Result<CallOutcome> {
        match self.work.take() {
            Some((op, stdout, stderr)) => Ok(execute(&self.shared, op, stdout, stderr)),
            None => Err(napi::Error::from_reason("the call was already executed")),
        }
    }

    fn resolve(&mut self, _env: Env, output: CallOutcome) -> napi::Result<CallOutcome> {
        Ok(output)
    }
}

impl TypeName for CallOutcome {
    fn type_name() -> &'static str {
        "CallOutcome"
    }

    fn value_type() -> ValueType {
        ValueType::Object
    }
}

impl ToNapiValue for CallOutcome {
    unsafe fn to_napi_value(env: sys::napi_env, outcome: Self) -> napi::Result<sys::napi_value> {
        outcome_object(env, outcome).map_err(conv_error)
    }
}

fn conv_error(e: ConvError) -> napi::Error {
    match e {
        ConvError::Type(msg) => napi::Error::new(Status::InvalidArg, msg),
        ConvError::Napi(msg) => napi::Error::new(Status::GenericFailure, msg),
    }
}

/// The plain object the wrapper reads: `{ ok, value | kind…, stdout, stderr, … }`.
unsafe fn outcome_object(
    env: sys::napi_env,
    outcome: CallOutcome,
) -> Result<sys::napi_value, ConvError> {
    let mut obj = std::ptr::null_mut();
    check(sys::napi_create_object(env, &mut obj))?;
    let set = |name: &std::ffi::CStr, value: sys::napi_value| -> Result<(), ConvError> {
        check(sys::napi_set_named_property(env, obj, name.as_ptr(), value))
    };
    let str_value = |s: &str| to_js(env, &PyValue::Str(s.to_string()));
    let num_value = |n: f64| to_js(env, &PyValue::Float(n));
    let bool_value = |b: bool| to_js(env, &PyValue::Bool(b));
    set(c"stdout", str_value(&text(outcome.stdout))?)?;
    set(c"stderr", str_value(&text(outcome.stderr))?)?;
    set(
        c"stdoutChunks",
        num_value(f64::from(outcome.stdout_chunks))?,
    )?;
    set(
        c"stderrChunks",
        num_value(f64::from(outcome.stderr_chunks))?,
    )?;
    set(c"closed", bool_value(outcome.closed)?)?;
    match outcome.result {
        Ok(r) => {
            set(c"ok", bool_value(true)?)?;
            set(c"value", to_js(env, &r.value)?)?;
            set(c"durationMs", num_value(r.duration.as_secs_f64() * 1000.0)?)?;
            if let Some(fuel) = r.fuel_used {
                set(c"fuelUsed", to_js(env, &PyValue::int(fuel))?)?;
            }
        }
        Err(e) => {
            set(c"ok", bool_value(false)?)?;
            let kind = match &e {
                SessionError::Python {
                    type_name,
                    message,
                    traceback,
                    ..
                } => {
                    set(c"type", str_value(type_name)?)?;
                    set(c"message", str_value(message)?)?;
                    set(c"traceback", str_value(traceback)?)?;
                    "python"
                }
                SessionError::Exit { status } => {
                    set(c"status", to_js(env, &PyValue::Int(i64::from(*status)))?)?;
                    "exit"
                }
                SessionError::Timeout => "timeout",
                SessionError::MemoryLimit => "memory_limit",
                SessionError::FuelExhausted => "fuel_exhausted",
                SessionError::OutputLimit => "output_limit",
                SessionError::Cancelled => "cancelled",
                SessionError::Crashed { trap } => {
                    set(c"trap", str_value(trap)?)?;
                    "crashed"
                }
                SessionError::Closed => "closed",
                SessionError::Abi(msg) => {
                    set(c"message", str_value(msg)?)?;
                    "abi"
                }
            };
            set(c"kind", str_value(kind)?)?;
        }
    }
    Ok(obj)
}

fn check(status: sys::napi_status) -> Result<(), ConvError> {
    if status == sys::Status::napi_ok {
        Ok(())
    } else {
        Err(ConvError::Napi(format!("N-API call failed ({status})")))
    }
}

/// Reads the operation and its payload (converted to Python values on this thread).
fn read_op(env: &Env, op: &str, text: String, payload: Option<Unknown<'_>>) -> napi::Result<Op> {
    let value = match payload {
        // SAFETY: `env` is this thread's live environment and `payload` one of its values.
        Some(payload) => Some(unsafe {
            FromJs::new(env.raw())
                .and_then(|conv| conv.convert(payload.raw()))
                .map_err(conv_error)?
        }),
        None => None,
    };
    let bad = || napi::Error::new(Status::InvalidArg, format!("bad payload for {op:?}"));
    // `set` sends `[value]`, `call` sends `[args, kwargs]` (an Array, so null survives).
    let mut parts = match value {
        Some(PyValue::List(parts)) => parts,
        None => Vec::new(),
        Some(_) => return Err(bad()),
    };
    Ok(match (op, parts.len()) {
        ("exec", 0) => Op::Exec(text),
        ("eval", 0) => Op::Eval(text),
        ("get", 0) => Op::Get(text),
        ("set", 1) => Op::Set(text, parts.pop().ok_or_else(bad)?),
        ("call", 2) => {
            let kwargs = match parts.pop() {
                Some(PyValue::Dict(kwargs)) => kwargs,
                _ => return Err(bad()),
            };
            match parts.pop() {
                Some(PyValue::List(args)) => Op::Call(text, args, kwargs),
                _ => return Err(bad()),
            }
        }
        _ => return Err(bad()),
    })
}

#[napi]
impl NativeSession {
    /// Starts a session. Errors carry `[kind] ` before the message (`invalid_option`, `mount`,
    /// `instantiate`, `engine`, `fuel`).
    #[napi(factory)]
    pub fn open(spec: SessionSpec) -> napi::Result<NativeSession> {
        let fail = |kind: &str, msg: String| napi::Error::from_reason(format!("[{kind}] {msg}"));
        let fuel = spec.fuel.is_some();
        let shared_slots = (Slot::default(), Slot::default());
        let mut options = to_session_options(spec, &shared_slots.0, &shared_slots.1)
            .map_err(|e| fail("invalid_option", e))?;
        let cancel = CancelHandle::new();
        options.cancel = Some(cancel.clone());
        let runtime = engine::runtime(fuel).map_err(|e| fail("engine", e))?;
        let session = runtime.session(options).map_err(|e| {
            let kind = match &e {
                wasipy_wasi::Error::InvalidOption(_) => "invalid_option",
                wasipy_wasi::Error::Mount { .. } => "mount",
                wasipy_wasi::Error::FuelNotEnabled => "fuel",
                wasipy_wasi::Error::Instantiate(_) => "instantiate",
                wasipy_wasi::Error::Engine(_) => "engine",
            };
            fail(kind, e.to_string())
        })?;
        Ok(NativeSession {
            shared: Arc::new(Shared {
                session: Mutex::new(Some(session)),
                closing: AtomicBool::new(false),
                stdout: shared_slots.0,
                stderr: shared_slots.1,
            }),
            cancel,
        })
    }

    /// One call on libuv's pool. `op` is `exec`, `eval`, `call`, `get` or `set`; `text` the
    /// code, expression or name; `payload` the value of `set`, or `[args, kwargs]` of `call`.
    #[napi(ts_return_type = "Promise<CallOutcome>")]
    pub fn call_async(
        &self,
        env: Env,
        op: String,
        text: String,
        payload: Option<Unknown<'_>>,
        on_stdout: Option<JsChunkFn<'_>>,
        on_stderr: Option<JsChunkFn<'_>>,
    ) -> napi::Result<AsyncTask<CallTask>> {
        let op = read_op(&env, &op, text, payload)?;
        let stdout = async_stream(on_stdout)?;
        let stderr = async_stream(on_stderr)?;
        Ok(AsyncTask::new(CallTask {
            shared: Arc::clone(&self.shared),
            work: Some((op, stdout, stderr)),
        }))
    }

    /// One call on the calling thread; output callbacks are called during the call.
    #[napi(ts_return_type = "CallOutcome")]
    pub fn call_sync(
        &self,
        env: Env,
        op: String,
        text: String,
        payload: Option<Unknown<'_>>,
        on_stdout: Option<JsChunkFn<'_>>,
        on_stderr: Option<JsChunkFn<'_>>,
    ) -> napi::Result<CallOutcome> {
        let op = read_op(&env, &op, text, payload)?;
        let stdout = sync_stream(&env, on_stdout)?;
        let stderr = sync_stream(&env, on_stderr)?;
        Ok(execute(&self.shared, op, stdout, stderr))
    }

    /// Stops the call in progress; the session is then closed.
    #[napi]
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// Closes the session: at once when idle, else the call in progress is cancelled and the
    /// session is dropped when it returns.
    #[napi]
    pub fn close(&self) {
        self.shared.closing.store(true, Ordering::Release);
        match self.shared.session.try_lock() {
            Ok(mut guard) => *guard = None,
            Err(_) => self.cancel.cancel(),
        }
    }

    /// Whether the session is closed (by `close()` or by an error that ends it).
    #[napi(getter)]
    pub fn closed(&self) -> bool {
        if self.shared.closing.load(Ordering::Acquire) {
            return true;
        }
        match self.shared.session.try_lock() {
            Ok(guard) => guard.as_ref().is_none_or(Session::is_closed),
            Err(_) => false,
        }
    }

    /// The largest size the guest's memory reached, in bytes (0 once closed).
    #[napi(getter)]
    pub fn peak_memory(&self) -> f64 {
        match self.shared.session.try_lock() {
            Ok(guard) => guard.as_ref().map_or(0.0, |s| s.peak_memory() as f64),
            Err(_) => 0.0,
        }
    }
}
