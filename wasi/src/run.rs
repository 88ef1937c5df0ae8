//! One run: a fresh Store with its WASI context, limits and clock; instantiate, call
//! `_start`, and turn however it ended into a [`RunResult`].

use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::SeedableRng as _;
use wasmtime::{ResourceLimiter, Store, Trap, UpdateDeadline};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryInputPipe;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

use crate::clock::{Clock, MonotonicClockHook, WallClockHook};
use crate::error::Error;
use crate::options::{CancelHandle, Deterministic, Limits, Mount, Program, RunOptions, Stdin};
use crate::output::{HostStream, OutputLimitExceeded, OutputPipe};
use crate::result::{parse_exception, Outcome, RunResult};
use crate::runtime::Runtime;

/// The environment variable that tells the guest its soft memory limit, in bytes.
pub const MAX_MEMORY_ENV: &str = "WASIPY_MAX_MEMORY";

/// The environment variable that tells the guest the size of its wasm call stack, in bytes
/// (it bounds how deeply Python may be re-entered from native code before RecursionError).
pub const WASM_STACK_ENV: &str = "WASIPY_WASM_STACK";

/// Largest table the guest may grow to (the interpreter's function table is far smaller).
const MAX_TABLE_ELEMENTS: usize = 1_000_000;

/// Per-run state held by the Store.
pub(crate) struct RunState {
    pub(crate) wasi: WasiP1Ctx,
    pub(crate) limiter: MemoryLimiter,
    pub(crate) clock: Clock,
    pub(crate) deadline: Instant,
    /// Set when the deadline passed (in the epoch callback or in a sleep).
    pub(crate) timed_out: bool,
    /// The caller's cancel flag, and whether it stopped the run.
    pub(crate) cancel: Option<CancelHandle>,
    pub(crate) cancelled: bool,
}

impl RunState {
    /// Checks the deadline and the cancel flag, recording which one stopped the run.
    pub(crate) fn should_stop(&mut self) -> bool {
        if self.cancel.as_ref().is_some_and(CancelHandle::is_cancelled) {
            self.cancelled = true;
        } else if Instant::now() >= self.deadline {
            self.timed_out = true;
        }
        self.cancelled || self.timed_out
    }
}

/// Enforces the memory limit and remembers the peak and whether growth was refused.
pub(crate) struct MemoryLimiter {
    pub(crate) limit: usize,
    pub(crate) peak: usize,
    pub(crate) denied: bool,
}

impl ResourceLimiter for MemoryLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.limit {
            self.denied = true;
            return Ok(false);
        }
        self.peak = self.peak.max(desired);
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= MAX_TABLE_ELEMENTS)
    }

    fn instances(&self) -> usize {
        1
    }

    fn memories(&self) -> usize {
        1
    }

    fn tables(&self) -> usize {
        4
    }
}

/// The soft limit the guest is told: a margin below the hard limit (1/8, between 1 and
/// 32 MiB) for the interpreter's own needs while it raises `MemoryError`.
pub fn soft_memory_limit(hard: u64) -> u64 {
    const MIB: u64 = 1024 * 1024;
    hard.saturating_sub((hard / 8).clamp(MIB, 32 * MIB))
}

/// Checks the limits a run or a session asks for against what the runtime allows.
pub(crate) fn check_limits(runtime: &Runtime, limits: &Limits) -> Result<(), Error> {
    if limits.fuel.is_some() && !runtime.config().fuel {
        return Err(Error::FuelNotEnabled);
    }
    if limits.memory > runtime.config().max_memory {
        return Err(Error::InvalidOption(format!(
            "memory limit {} is above the runtime's max_memory {}",
            limits.memory,
            runtime.config().max_memory
        )));
    }
    Ok(())
}

/// A Store for one run or one session: WASI context, memory limiter, clock, deadline, cancel
/// flag, fuel (`u64::MAX` when the engine meters fuel but no budget is set), and the epoch
/// callback that stops the guest at the deadline or on cancel.
pub(crate) fn new_store(
    runtime: &Runtime,
    wasi: WasiP1Ctx,
    limits: &Limits,
    clock: Clock,
    deadline: Instant,
    cancel: Option<CancelHandle>,
) -> Result<Store<RunState>, Error> {
    let memory_limit = usize::try_from(limits.memory).unwrap_or(usize::MAX);
    let mut store = Store::new(
        runtime.engine(),
        RunState {
            wasi,
            limiter: MemoryLimiter {
                limit: memory_limit,
                peak: 0,
                denied: false,
            },
            clock,
            deadline,
            timed_out: false,
            cancel,
            cancelled: false,
        },
    );
    store.limiter(|state| &mut state.limiter);
    if runtime.config().fuel {
        store
            .set_fuel(limits.fuel.unwrap_or(u64::MAX))
            .map_err(|e| Error::Engine(format!("{e:#}")))?;
    }
    store.set_epoch_deadline(1);
    store.epoch_deadline_callback(|mut ctx| {
        Ok(if ctx.data_mut().should_stop() {
            UpdateDeadline::Interrupt
        } else {
            UpdateDeadline::Continue(1)
        })
    });
    Ok(store)
}

/// `start + timeout`; a timeout too large for the clock means no deadline in practice
/// (about a century).
pub(crate) fn deadline_after(start: Instant, timeout: Duration) -> Instant {
    start
        .checked_add(timeout)
        .or_else(|| start.checked_add(Duration::from_secs(100 * 365 * 24 * 3600)))
        .unwrap_or(start)
}

pub(crate) fn run(runtime: &Runtime, options: &RunOptions) -> Result<RunResult, Error> {
    let limits = &options.limits;
    check_limits(runtime, limits)?;

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
    let wasi = wasi_context(
        &GuestSetup {
            argv: guest_argv(options)?,
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

    let started = Instant::now();
    let deadline = deadline_after(started, limits.timeout);
    let fuel_budget = limits.fuel.unwrap_or(u64::MAX);
    let mut store = new_store(
        runtime,
        wasi,
        limits,
        clock,
        deadline,
        options.cancel.clone(),
    )?;

    let wasm_stack = runtime.config().max_wasm_stack;
    let call = crate::stack::with_stack(wasm_stack, || {
        match runtime.instance_pre().instantiate(&mut store) {
            Ok(instance) => Ok(instance
                .get_typed_func::<(), ()>(&mut store, "_start")
                .and_then(|start| start.call(&mut store, ()))),
            // The initial memory is above the limit: that is the run's outcome.
            Err(e) if store.data().limiter.denied => Ok(Err(e)),
            // No free pooling slot, or a module that does not fit the engine's limits.
            Err(e) => Err(Error::Instantiate(format!("{e:#}"))),
        }
    })
    .map_err(|e| Error::Instantiate(format!("no thread with enough stack for the guest: {e}")))??;
    let duration = started.elapsed();

    let outcome = classify(call, &store, &stdout, &stderr);
    let fuel_used = match (limits.fuel, store.get_fuel()) {
        (Some(_), Ok(left)) => Some(fuel_budget.saturating_sub(left)),
        _ => None,
    };
    let peak_memory = store.data().limiter.peak as u64;
    drop(store);

    let (stdout_bytes, stdout_truncated) = stdout.finish();
    let (stderr_bytes, stderr_truncated) = stderr.finish();
    // The whole captured stderr when there is one: a traceback quoting a huge source line
    // does not fit in the tail.
    let exception = match outcome {
        Outcome::Completed { exit_status } if exit_status != 0 => {
            if stderr_bytes.is_empty() {
                parse_exception(&stderr.tail())
            } else {
                parse_exception(&stderr_bytes)
            }
        }
        _ => None,
    };
    Ok(RunResult {
        outcome,
        stdout: stdout_bytes,
        stderr: stderr_bytes,
        stdout_truncated,
        stderr_truncated,
        exception,
        duration,
        fuel_used,
        peak_memory,
    })
}

/// What the guest is given, for a run or a session.
pub(crate) struct GuestSetup<'a> {
    pub(crate) argv: Vec<String>,
    pub(crate) env: &'a [(String, String)],
    pub(crate) stdin: &'a Stdin,
    pub(crate) mounts: &'a [Mount],
    /// The hard memory limit (the guest is told the soft one).
    pub(crate) memory: u64,
    /// The engine's `max_wasm_stack`, told to the guest.
    pub(crate) wasm_stack: usize,
    pub(crate) deterministic: Option<Deterministic>,
}

/// Builds the WASI context: command line, env, stdio, clocks, random, mounts. Nothing else.
pub(crate) fn wasi_context(
    setup: &GuestSetup<'_>,
    stdout: &OutputPipe,
    stderr: &OutputPipe,
    clock: &Clock,
) -> Result<WasiP1Ctx, Error> {
    let argv = &setup.argv;
    if let Some(bad) = argv.iter().find(|a| a.contains('\0')) {
        return Err(Error::InvalidOption(format!(
            "a command-line argument contains a NUL byte: {:?}",
            truncate(bad, 40)
        )));
    }
    let mut builder = WasiCtxBuilder::new();
    builder.args(argv);
    for (key, value) in setup.env {
        if key.is_empty() || key.contains('=') || key.contains('\0') || value.contains('\0') {
            return Err(Error::InvalidOption(format!(
                "environment variable {key:?} is not a valid NAME=VALUE pair"
            )));
        }
        if key != MAX_MEMORY_ENV && key != WASM_STACK_ENV {
            builder.env(key, value);
        }
    }
    builder.env(MAX_MEMORY_ENV, soft_memory_limit(setup.memory).to_string());
    builder.env(WASM_STACK_ENV, setup.wasm_stack.to_string());
    match setup.stdin {
        Stdin::Empty => {}
        Stdin::Bytes(bytes) => {
            builder.stdin(MemoryInputPipe::new(bytes.clone()));
        }
        Stdin::Inherit => {
            builder.stdin(wasmtime_wasi::cli::stdin());
        }
    }
    builder.stdout(stdout.clone());
    builder.stderr(stderr.clone());
    builder.wall_clock(WallClockHook(clock.clone()));
    builder.monotonic_clock(MonotonicClockHook(clock.clone()));
    if let Some(det) = setup.deterministic {
        builder.secure_random(StdRng::seed_from_u64(det.seed));
        builder.insecure_random(StdRng::seed_from_u64(det.seed.rotate_left(32) ^ 0x9e37));
        builder.insecure_random_seed(u128::from(det.seed));
    }
    builder.allow_blocking_current_thread(true);
    for mount in setup.mounts {
        let perms = if mount.writable {
            FsPerms::ReadWrite
        } else {
            FsPerms::ReadOnly
        };
        builder
            .preopened_dir(&mount.host, &mount.guest, perms)
            .map_err(|e| Error::Mount {
                host: mount.host.clone(),
                reason: format!("{e:#}"),
            })?;
    }
    Ok(builder.build_p1())
}

/// `python [-c CODE | -m MODULE | FILE | -] ARGS…` as the guest sees it.
fn guest_argv(options: &RunOptions) -> Result<Vec<String>, Error> {
    let mut argv = vec!["python".to_string()];
    match &options.program {
        Program::Code(code) => argv.extend(["-c".to_string(), code.clone()]),
        Program::Script(path) => argv.push(path.clone()),
        Program::Module(name) => argv.extend(["-m".to_string(), name.clone()]),
        Program::Stdin => argv.push("-".to_string()),
    }
    argv.extend(options.args.iter().cloned());
    Ok(argv)
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// Maps how `_start` (or a session call) returned to an [`Outcome`]. Host-side flags win over
/// the trap text: the output pipe and the deadline know why they stopped the guest.
pub(crate) fn classify(
    call: wasmtime::Result<()>,
    store: &Store<RunState>,
    stdout: &OutputPipe,
    stderr: &OutputPipe,
) -> Outcome {
    let error = match call {
        Ok(()) => return Outcome::Completed { exit_status: 0 },
        Err(error) => error,
    };
    let state = store.data();
    if stdout.truncated() || stderr.truncated() || error.is::<OutputLimitExceeded>() {
        return Outcome::OutputLimit;
    }
    if let Some(exit) = error.downcast_ref::<I32Exit>() {
        return Outcome::Completed {
            exit_status: exit.0,
        };
    }
    if state.cancelled {
        return Outcome::Cancelled;
    }
    match error.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => return Outcome::FuelExhausted,
        Some(Trap::Interrupt) => return Outcome::Timeout,
        _ => {}
    }
    if state.timed_out {
        return Outcome::Timeout;
    }
    if state.limiter.denied {
        return Outcome::MemoryLimit;
    }
    Outcome::Crashed {
        trap: trap_text(&error),
    }
}

/// The trap's own message, without wasmtime's backtrace.
fn trap_text(error: &wasmtime::Error) -> String {
    match error.downcast_ref::<Trap>() {
        Some(trap) => trap.to_string(),
        None => format!("{error:#}"),
    }
}
