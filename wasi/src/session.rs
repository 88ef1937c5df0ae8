//! Sessions: one python.wasm instance kept alive between calls, so `__main__`'s globals
//! persist. The host drives it through the session ABI of docs/abi.md: instantiate without
//! `_start`, check `wasipy_abi_version() == 1`, call `wasipy_session_init`, then for each
//! call write the encoded request into a `wasipy_alloc` buffer, call `wasipy_call`, read the
//! result and free the buffer.
//!
//! Limits: `timeout` and `fuel` apply to each call, `memory` and `max_output` to the whole
//! session, `total_timeout` (optional) to all calls together. A Python exception or
//! `SystemExit` leaves the session usable; a trap (timeout, memory, fuel, output, crash,
//! cancel) kills the instance, and every later call returns [`SessionError::Closed`].
//!
//! ```no_run
//! use wasipy_wasi::{PyValue, Runtime, SessionOptions};
//! let runtime = Runtime::new()?;
//! let mut session = runtime.session(SessionOptions::default())?;
//! session.exec("def area(w, h):\n    return w * h").unwrap();
//! let r = session.call("area", &[PyValue::Int(6), PyValue::Int(7)], &[]).unwrap();
//! assert_eq!(r.value, PyValue::Int(42));
//! # Ok::<(), wasipy_wasi::Error>(())
//! ```

use std::fmt;
use std::time::{Duration, Instant};

use wasmtime::{Memory, Store, TypedFunc};

use crate::clock::Clock;
use crate::error::Error;
use crate::options::{CancelHandle, Deterministic, Limits, Mount, OutputSink, Stdin};
use crate::output::{HostStream, OutputPipe};
use crate::result::Outcome;
use crate::run::{self, GuestSetup, RunState};
use crate::runtime::{Runtime, Ticker};
use crate::value::{self, PyValue};

/// The session ABI version this host speaks (`wasipy_abi_version`).
pub const SESSION_ABI_VERSION: i32 = 1;

/// Operations of `wasipy_call` (docs/abi.md).
mod op {
    pub const EXEC: i32 = 1;
    pub const EVAL: i32 = 2;
    pub const CALL: i32 = 3;
    pub const GET: i32 = 4;
    pub const SET: i32 = 5;
    pub const EXEC_LAST: i32 = 6;
    pub const EXEC_SINGLE: i32 = 7;
    pub const CHECK_INPUT: i32 = 8;
}

/// Statuses of `wasipy_call`.
mod status {
    pub const OK: i32 = 0;
    pub const EXCEPTION: i32 = 1;
    pub const EXIT: i32 = 2;
    pub const ABI_ERROR: i32 = 3;
}

/// Options of a session: like [`RunOptions`](crate::RunOptions) minus the program (a session
/// has no script). Nothing is granted by default.
#[derive(Clone, Debug, Default)]
pub struct SessionOptions {
    /// `sys.argv[1:]` (`sys.argv[0]` is `""`).
    pub args: Vec<String>,
    /// Environment variables, exactly these.
    pub env: Vec<(String, String)>,
    /// Host directories the guest may see.
    pub mounts: Vec<Mount>,
    /// `timeout` and `fuel` apply to each call; `memory` and `max_output` to the session.
    pub limits: Limits,
    /// A budget over all calls together (`None`: unlimited).
    pub total_timeout: Option<Duration>,
    /// Fixed clocks and seeded random generators.
    pub deterministic: Option<Deterministic>,
    /// `Capture`: each call's stdout is returned with the call. `Callback`/`Inherit`: streamed.
    pub stdout: OutputSink,
    /// As `stdout`, for stderr.
    pub stderr: OutputSink,
    /// Cancels the running call (the session is then closed); a call started after the
    /// cancel fails at once.
    pub cancel: Option<CancelHandle>,
    /// What `input()` and `sys.stdin` read (empty by default; the interactive prompt
    /// inherits the terminal).
    pub stdin: Stdin,
}

/// The outcome of one successful call: its value plus what it printed (when captured).
#[derive(Clone, Debug, PartialEq)]
pub struct CallResult<T> {
    /// The call's value.
    pub value: T,
    /// What the call wrote to stdout (empty unless stdout is `Capture`).
    pub stdout: Vec<u8>,
    /// What the call wrote to stderr (empty unless stderr is `Capture`).
    pub stderr: Vec<u8>,
    /// Wall-clock time of the call.
    pub duration: Duration,
    /// Fuel the call consumed, when a fuel limit is set.
    pub fuel_used: Option<u64>,
}

/// Why a call did not return a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    /// The code raised an exception (also a value that cannot cross: `TypeError`). The
    /// session stays usable.
    Python {
        /// The exception type's qualified name (`ZeroDivisionError`, `JSONDecodeError`).
        type_name: String,
        /// `str(exception)`.
        message: String,
        /// The traceback as python3 prints it, ending with `Type: message\n`.
        traceback: String,
        /// What the call wrote to stdout before the exception (when captured).
        stdout: Vec<u8>,
        /// What the call wrote to stderr (when captured).
        stderr: Vec<u8>,
    },
    /// `SystemExit` (status as python3 would exit with: `None` 0, a non-int 1, whose text
    /// went to stderr). The session stays usable, except after `os._exit`, which ends the
    /// instance (then [`Session::is_closed`] is true).
    Exit {
        /// The exit status.
        status: i32,
    },
    /// The call's timeout, or the session's total timeout, ran out. The session is closed.
    Timeout,
    /// The guest needed more memory than the session's limit. The session is closed.
    MemoryLimit,
    /// The call used up its fuel. The session is closed.
    FuelExhausted,
    /// stdout or stderr went past the session's output limit. The session is closed.
    OutputLimit,
    /// The call was cancelled through the [`CancelHandle`]. The session is closed.
    Cancelled,
    /// The guest trapped (interpreter bug, stack overflow). The session is closed.
    Crashed {
        /// wasmtime's description of the trap.
        trap: String,
    },
    /// The session was closed by an earlier error.
    Closed,
    /// Guest and host disagree on the session ABI, or a message was malformed.
    Abi(String),
}

impl SessionError {
    /// Whether the session can take more calls after this error.
    pub fn keeps_session(&self) -> bool {
        matches!(
            self,
            SessionError::Python { .. } | SessionError::Exit { .. } | SessionError::Abi(_)
        )
    }
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::Python {
                type_name, message, ..
            } if message.is_empty() => write!(f, "{type_name}"),
            SessionError::Python {
                type_name, message, ..
            } => write!(f, "{type_name}: {message}"),
            SessionError::Exit { status } => write!(f, "SystemExit with status {status}"),
            SessionError::Timeout => f.write_str("timeout"),
            SessionError::MemoryLimit => f.write_str("memory limit reached"),
            SessionError::FuelExhausted => f.write_str("fuel exhausted"),
            SessionError::OutputLimit => f.write_str("output limit reached"),
            SessionError::Cancelled => f.write_str("cancelled"),
            SessionError::Crashed { trap } => write!(f, "the interpreter crashed: {trap}"),
            SessionError::Closed => f.write_str("the session is closed"),
            SessionError::Abi(message) => write!(f, "session ABI error: {message}"),
        }
    }
}

impl std::error::Error for SessionError {}

/// What the interactive prompt should do with the lines typed so far
/// ([`Session::check_input`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputStatus {
    /// Run it ([`Session::exec_single`]); invalid input then reports its SyntaxError.
    Complete,
    /// Ask for another line (the `... ` prompt).
    Incomplete,
    /// Only blank lines and comments: nothing to run.
    Empty,
}

/// A live interpreter. `Send` (it may move between threads), used by one thread at a time.
pub struct Session {
    live: Option<Live>,
    stdout: OutputPipe,
    stderr: OutputPipe,
    limits: Limits,
    total_deadline: Option<Instant>,
    cancel: Option<CancelHandle>,
    fuel_metered: bool,
    ticker: Ticker,
    peak_memory: u64,
}

/// The instance and its session exports; dropped when the session closes.
struct Live {
    /// `RuntimeConfig::max_wasm_stack`: the native stack a guest call may need.
    wasm_stack: usize,
    store: Store<RunState>,
    memory: Memory,
    alloc: TypedFunc<i32, i32>,
    free: TypedFunc<(i32, i32), ()>,
    call: TypedFunc<(i32, i32, i32), i32>,
    result_ptr: TypedFunc<(), i32>,
    result_len: TypedFunc<(), i32>,
}

/// A reply of the guest: status and encoded result.
struct Reply {
    status: i32,
    body: Vec<u8>,
}

/// Why an exchange with the guest failed without a trap.
enum Broken {
    Trap(wasmtime::Error),
    /// `wasipy_alloc` returned 0.
    NoMemory,
    /// The result lies outside guest memory.
    BadResult,
}

impl From<wasmtime::Error> for Broken {
    fn from(e: wasmtime::Error) -> Self {
        Broken::Trap(e)
    }
}

impl Live {
    /// One guest call, on a thread with the native stack it may need.
    fn exchange(&mut self, op: i32, request: &[u8]) -> Result<Reply, Broken> {
        let wasm_stack = self.wasm_stack;
        crate::stack::with_stack(wasm_stack, || self.exchange_here(op, request)).unwrap_or_else(
            |e| {
                Err(Broken::Trap(wasmtime::Error::msg(format!(
                    "no thread with enough stack for the guest: {e}"
                ))))
            },
        )
    }

    fn exchange_here(&mut self, op: i32, request: &[u8]) -> Result<Reply, Broken> {
        let len = request.len() as i32;
        let ptr = if request.is_empty() {
            0
        } else {
            let ptr = self.alloc.call(&mut self.store, len)?;
            if ptr == 0 {
                return Err(Broken::NoMemory);
            }
            self.memory
                .write(&mut self.store, ptr as u32 as usize, request)
                .map_err(|_| Broken::BadResult)?;
            ptr
        };
        let status = self.call.call(&mut self.store, (op, ptr, len))?;
        if ptr != 0 {
            self.free.call(&mut self.store, (ptr, len))?;
        }
        let at = self.result_ptr.call(&mut self.store, ())? as u32 as usize;
        let n = self.result_len.call(&mut self.store, ())? as u32 as usize;
        let body = at
            .checked_add(n)
            .and_then(|end| self.memory.data(&self.store).get(at..end))
            .ok_or(Broken::BadResult)?
            .to_vec();
        Ok(Reply { status, body })
    }
}

pub(crate) fn open(runtime: &Runtime, options: SessionOptions) -> Result<Session, Error> {
    let limits = options.limits.clone();
    run::check_limits(runtime, &limits)?;
    let stdout = OutputPipe::new(
        options.stdout.clone(),
        limits.max_output,
        HostStream::Stdout,
    );
    let stderr = OutputPipe::new(
        options.stderr.clone(),
        limits.max_output,
        HostStream::Stderr,
    );
    let clock = match options.deterministic {
        Some(_) => Clock::virtual_clock(),
        None => Clock::real(),
    };
    let mut argv = vec![String::new()];
    argv.extend(options.args.iter().cloned());
    let wasi = run::wasi_context(
        &GuestSetup {
            argv,
            env: &options.env,
            stdin: &options.stdin,
            mounts: &options.mounts,
            memory: limits.memory,
            wasm_stack: runtime.config().max_wasm_stack,
            deterministic: options.deterministic,
        },
        &stdout,
        &stderr,
        &clock,
    )?;
    let created = Instant::now();
    let total_deadline = options
        .total_timeout
        .map(|t| run::deadline_after(created, t));
    let mut deadline = run::deadline_after(created, limits.timeout);
    if let Some(total) = total_deadline {
        deadline = deadline.min(total);
    }
    let mut store = run::new_store(
        runtime,
        wasi,
        &limits,
        clock,
        deadline,
        options.cancel.clone(),
    )?;
    let ticker = runtime.ticker().clone();
    let _active = ticker.begin_run();
    let instance = runtime
        .instance_pre()
        .instantiate(&mut store)
        .map_err(|e| match store.data().limiter.denied {
            true => Error::Instantiate(format!(
                "the guest's initial memory is above the memory limit ({} bytes)",
                limits.memory
            )),
            false => Error::Instantiate(format!("{e:#}")),
        })?;
    let missing = |name: &str, e: wasmtime::Error| {
        Error::Instantiate(format!(
            "the module has no usable session export `{name}` (is it python.wasm?): {e:#}"
        ))
    };
    let memory = instance
        .get_memory(&mut store, "memory")
        .ok_or_else(|| Error::Instantiate("the module exports no memory".into()))?;
    macro_rules! export {
        ($name:literal) => {
            instance
                .get_typed_func(&mut store, $name)
                .map_err(|e| missing($name, e))?
        };
    }
    let version: TypedFunc<(), i32> = export!("wasipy_abi_version");
    let init: TypedFunc<(), i32> = export!("wasipy_session_init");
    let mut live = Live {
        wasm_stack: runtime.config().max_wasm_stack,
        memory,
        alloc: export!("wasipy_alloc"),
        free: export!("wasipy_free"),
        call: export!("wasipy_call"),
        result_ptr: export!("wasipy_result_ptr"),
        result_len: export!("wasipy_result_len"),
        store,
    };
    let start_failed = |what: &str, e: wasmtime::Error, live: &Live| {
        let outcome = run::classify(Err(e), &live.store, &stdout, &stderr);
        Error::Instantiate(format!(
            "the session could not {what}: {}",
            describe(&outcome)
        ))
    };
    let guest_version = version
        .call(&mut live.store, ())
        .map_err(|e| start_failed("check the ABI version", e, &live))?;
    if guest_version != SESSION_ABI_VERSION {
        return Err(Error::Instantiate(format!(
            "the guest speaks session ABI version {guest_version}, this host version {SESSION_ABI_VERSION}"
        )));
    }
    let init_status = init
        .call(&mut live.store, ())
        .map_err(|e| start_failed("start the interpreter", e, &live))?;
    if init_status != status::OK {
        return Err(Error::Instantiate(format!(
            "wasipy_session_init failed with status {init_status}"
        )));
    }
    // Start-up output (there is normally none) belongs to no call.
    let _ = stdout.finish();
    let _ = stderr.finish();
    let peak_memory = live.store.data().limiter.peak as u64;
    Ok(Session {
        live: Some(live),
        stdout,
        stderr,
        fuel_metered: runtime.config().fuel,
        limits,
        total_deadline,
        cancel: options.cancel,
        ticker: ticker.clone(),
        peak_memory,
    })
}

fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Crashed { trap } => format!("crashed: {trap}"),
        Outcome::Completed { exit_status } => format!("exited with status {exit_status}"),
        other => other.name().replace('_', " "),
    }
}

impl Session {
    /// Runs statements in `__main__`.
    pub fn exec(&mut self, code: &str) -> Result<CallResult<()>, SessionError> {
        self.str_call(op::EXEC, code).map(drop_value)
    }

    /// Runs statements; the value is that of a final expression statement (else `None`).
    pub fn exec_last(&mut self, code: &str) -> Result<CallResult<PyValue>, SessionError> {
        self.str_call(op::EXEC_LAST, code)
    }

    /// Evaluates an expression (leading blanks ignored).
    pub fn eval(&mut self, expr: &str) -> Result<CallResult<PyValue>, SessionError> {
        self.str_call(op::EVAL, expr)
    }

    /// Calls the function `name` (a global of `__main__` or a builtin) with these arguments.
    pub fn call(
        &mut self,
        name: &str,
        args: &[PyValue],
        kwargs: &[(String, PyValue)],
    ) -> Result<CallResult<PyValue>, SessionError> {
        let request = PyValue::Tuple(vec![
            PyValue::Str(name.to_string()),
            PyValue::List(args.to_vec()),
            PyValue::Dict(kwargs.to_vec()),
        ]);
        self.value_call(op::CALL, &request)
    }

    /// The value of a global of `__main__` (or a builtin).
    pub fn get(&mut self, name: &str) -> Result<CallResult<PyValue>, SessionError> {
        self.str_call(op::GET, name)
    }

    /// Sets a global of `__main__`.
    pub fn set(&mut self, name: &str, value: &PyValue) -> Result<CallResult<()>, SessionError> {
        let request = PyValue::Tuple(vec![PyValue::Str(name.to_string()), value.clone()]);
        self.value_call(op::SET, &request).map(drop_value)
    }

    /// Runs one statement typed at the interactive prompt: expression values are printed
    /// through `sys.displayhook` (and kept in `_`); the filename is `<stdin>`.
    pub fn exec_single(&mut self, code: &str) -> Result<CallResult<()>, SessionError> {
        self.str_call(op::EXEC_SINGLE, code).map(drop_value)
    }

    /// Whether the lines typed at the interactive prompt (joined by `\n`) are ready to run,
    /// need more lines, or are empty, as python3's prompt decides.
    pub fn check_input(&mut self, source: &str) -> Result<InputStatus, SessionError> {
        let r = self.str_call(op::CHECK_INPUT, source)?;
        match r.value {
            PyValue::Int(0) => Ok(InputStatus::Complete),
            PyValue::Int(1) => Ok(InputStatus::Incomplete),
            PyValue::Int(2) => Ok(InputStatus::Empty),
            other => Err(SessionError::Abi(format!("check_input returned {other:?}"))),
        }
    }

    /// How many bytes the session has written to stdout so far, and whether they end a line
    /// (true when there are none). The interactive prompt uses it to start its prompt on a
    /// fresh line after `print(x, end='')`.
    pub fn stdout_progress(&self) -> (u64, bool) {
        self.stdout.progress()
    }

    /// Whether an earlier error closed the session.
    pub fn is_closed(&self) -> bool {
        self.live.is_none()
    }

    /// The largest size the guest's linear memory has reached, in bytes.
    pub fn peak_memory(&self) -> u64 {
        match &self.live {
            Some(live) => live.store.data().limiter.peak as u64,
            None => self.peak_memory,
        }
    }

    /// Ends the session and frees its instance (dropping it does the same).
    pub fn close(self) {}

    fn str_call(&mut self, op: i32, text: &str) -> Result<CallResult<PyValue>, SessionError> {
        let len = u32::try_from(text.len())
            .map_err(|_| SessionError::Abi("source too large to cross (4 GiB)".into()))?;
        let mut request = Vec::with_capacity(5 + text.len());
        request.push(0x06);
        request.extend_from_slice(&len.to_le_bytes());
        request.extend_from_slice(text.as_bytes());
        self.request(op, &request)
    }

    fn value_call(
        &mut self,
        op: i32,
        request: &PyValue,
    ) -> Result<CallResult<PyValue>, SessionError> {
        let mut bytes = Vec::new();
        value::encode(request, &mut bytes).map_err(SessionError::Abi)?;
        self.request(op, &bytes)
    }

    /// One exchange with the guest, under the per-call limits.
    fn request(&mut self, op: i32, request: &[u8]) -> Result<CallResult<PyValue>, SessionError> {
        if request.len() > i32::MAX as usize {
            return Err(SessionError::Abi(
                "request too large to cross (2 GiB)".into(),
            ));
        }
        if self.live.is_none() {
            return Err(SessionError::Closed);
        }
        let started = Instant::now();
        if self.cancel.as_ref().is_some_and(CancelHandle::is_cancelled) {
            return Err(self.shut(SessionError::Cancelled));
        }
        let mut deadline = run::deadline_after(started, self.limits.timeout);
        if let Some(total) = self.total_deadline {
            if total <= started {
                return Err(self.shut(SessionError::Timeout));
            }
            deadline = deadline.min(total);
        }
        let Some(live) = self.live.as_mut() else {
            return Err(SessionError::Closed);
        };
        live.store.data_mut().deadline = deadline;
        live.store.set_epoch_deadline(1);
        let budget = self.limits.fuel.unwrap_or(u64::MAX);
        if self.fuel_metered {
            if let Err(e) = live.store.set_fuel(budget) {
                let trap = format!("cannot set fuel: {e:#}");
                return Err(self.shut(SessionError::Crashed { trap }));
            }
        }
        let exchanged = {
            let _active = self.ticker.begin_run();
            live.exchange(op, request)
        };
        let duration = started.elapsed();
        let fuel_used = match (self.limits.fuel, live.store.get_fuel()) {
            (Some(_), Ok(left)) => Some(budget.saturating_sub(left)),
            _ => None,
        };
        let reply = match exchanged {
            Ok(reply) => reply,
            Err(broken) => {
                let error = match broken {
                    Broken::Trap(e) => {
                        let outcome =
                            run::classify(Err(e), &live.store, &self.stdout, &self.stderr);
                        outcome_error(outcome)
                    }
                    Broken::NoMemory => SessionError::MemoryLimit,
                    Broken::BadResult => {
                        SessionError::Abi("the guest's result lies outside its memory".into())
                    }
                };
                return Err(self.shut(error));
            }
        };
        let (stdout, _) = self.stdout.finish();
        let (stderr, _) = self.stderr.finish();
        let decoded = value::decode(&reply.body).map_err(|e| {
            SessionError::Abi(format!("malformed result (status {}): {e}", reply.status))
        })?;
        match reply.status {
            status::OK => Ok(CallResult {
                value: decoded,
                stdout,
                stderr,
                duration,
                fuel_used,
            }),
            status::EXCEPTION => match decoded {
                PyValue::Tuple(parts) => match <[PyValue; 3]>::try_from(parts) {
                    Ok(
                        [PyValue::Str(type_name), PyValue::Str(message), PyValue::Str(traceback)],
                    ) => Err(SessionError::Python {
                        type_name,
                        message,
                        traceback,
                        stdout,
                        stderr,
                    }),
                    _ => Err(SessionError::Abi("malformed exception result".into())),
                },
                _ => Err(SessionError::Abi("malformed exception result".into())),
            },
            status::EXIT => match decoded {
                PyValue::Int(code) => Err(SessionError::Exit {
                    status: i32::try_from(code).unwrap_or(1),
                }),
                _ => Err(SessionError::Abi("malformed exit status".into())),
            },
            status::ABI_ERROR => Err(SessionError::Abi(match decoded {
                PyValue::Str(message) => message,
                other => format!("{other:?}"),
            })),
            other => Err(SessionError::Abi(format!("unknown status {other}"))),
        }
    }

    /// Drops the instance (freeing its memory and pooling slot) and returns `error`.
    fn shut(&mut self, error: SessionError) -> SessionError {
        if let Some(live) = self.live.take() {
            self.peak_memory = live.store.data().limiter.peak as u64;
        }
        // Whatever was captured belongs to no call any more.
        let _ = self.stdout.finish();
        let _ = self.stderr.finish();
        error
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("closed", &self.is_closed())
            .field("limits", &self.limits)
            .field("peak_memory", &self.peak_memory())
            .finish_non_exhaustive()
    }
}

fn drop_value(r: CallResult<PyValue>) -> CallResult<()> {
    CallResult {
        value: (),
        stdout: r.stdout,
        stderr: r.stderr,
        duration: r.duration,
        fuel_used: r.fuel_used,
    }
}

/// The error for a call that ended the instance.
fn outcome_error(outcome: Outcome) -> SessionError {
    match outcome {
        // `os._exit(n)` (proc_exit): the instance is gone.
        Outcome::Completed { exit_status } => SessionError::Exit {
            status: exit_status,
        },
        Outcome::Timeout => SessionError::Timeout,
        Outcome::MemoryLimit => SessionError::MemoryLimit,
        Outcome::FuelExhausted => SessionError::FuelExhausted,
        Outcome::OutputLimit => SessionError::OutputLimit,
        Outcome::Cancelled => SessionError::Cancelled,
        Outcome::Crashed { trap } => SessionError::Crashed { trap },
    }
}
