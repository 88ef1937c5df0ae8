//! The guest's clocks, its only way to wait (`poll_oneoff`), and `proc_exit`.
//!
//! Real mode reads the host clocks. Deterministic mode runs a virtual clock that starts at
//! 2000-01-01T00:00:00Z and advances 1 µs per read and by the length of every sleep.
//!
//! wasmtime-wasi's `poll_oneoff` sleeps in host code, where epoch interruption cannot reach,
//! so `time.sleep(10**9)` would outlive the timeout. We replace it: every sleep is cut at the
//! run's deadline or cancellation (and then traps as a timeout or a cancel), and in
//! deterministic mode sleeps only advance the virtual clock. There are no sockets and stdin
//! is a memory pipe, so every fd subscription is ready at once.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use wasmtime::{Caller, Extern, Linker, Trap};
use wasmtime_wasi::{HostMonotonicClock, HostWallClock, I32Exit};

use crate::run::RunState;

/// Wall-clock time at the start of a deterministic run: 2000-01-01T00:00:00Z.
const VIRTUAL_EPOCH: Duration = Duration::from_secs(946_684_800);
/// How far the virtual clock moves on each read.
const VIRTUAL_READ_STEP_NS: u64 = 1_000;

/// The clock of one run, shared by the WASI clock hooks and `poll_oneoff`.
#[derive(Clone)]
pub(crate) enum Clock {
    Real { start: Instant },
    Virtual(Arc<AtomicU64>),
}

impl Clock {
    pub(crate) fn real() -> Self {
        Clock::Real {
            start: Instant::now(),
        }
    }

    pub(crate) fn virtual_clock() -> Self {
        Clock::Virtual(Arc::new(AtomicU64::new(0)))
    }

    /// Time since the Unix epoch.
    fn wall(&self) -> Duration {
        match self {
            Clock::Real { .. } => SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default(),
            Clock::Virtual(ns) => {
                VIRTUAL_EPOCH
                    + Duration::from_nanos(ns.fetch_add(VIRTUAL_READ_STEP_NS, Ordering::Relaxed))
            }
        }
    }

    /// Monotonic nanoseconds since the run began.
    fn monotonic(&self) -> u64 {
        match self {
            Clock::Real { start } => u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX),
            Clock::Virtual(ns) => ns.fetch_add(VIRTUAL_READ_STEP_NS, Ordering::Relaxed),
        }
    }

    /// Waits `ns` nanoseconds in slices, stopping early when `stop` says so (deadline or
    /// cancel). Returns false when stopped.
    fn sleep(&self, ns: u64, mut stop: impl FnMut() -> bool) -> bool {
        const SLICE: Duration = Duration::from_millis(5);
        match self {
            Clock::Virtual(clock) => {
                clock.fetch_add(ns, Ordering::Relaxed);
                true
            }
            Clock::Real { .. } => {
                let until = Instant::now() + Duration::from_nanos(ns);
                loop {
                    if stop() {
                        return false;
                    }
                    let left = until.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return true;
                    }
                    std::thread::sleep(left.min(SLICE));
                }
            }
        }
    }
}

/// `HostWallClock` over a run's [`Clock`].
pub(crate) struct WallClockHook(pub(crate) Clock);

impl HostWallClock for WallClockHook {
    fn resolution(&self) -> Duration {
        Duration::from_nanos(1)
    }
    fn now(&self) -> Duration {
        self.0.wall()
    }
}

/// `HostMonotonicClock` over a run's [`Clock`].
pub(crate) struct MonotonicClockHook(pub(crate) Clock);

impl HostMonotonicClock for MonotonicClockHook {
    fn resolution(&self) -> u64 {
        1
    }
    fn now(&self) -> u64 {
        self.0.monotonic()
    }
}

/// Replaces two of wasmtime-wasi's preview-1 functions in `linker`: `poll_oneoff` with
/// [`poll_oneoff`], and `proc_exit` with one that accepts every status (wasmtime-wasi traps
/// on 126 and above; python3 may exit with any status, which the OS reduces to 0..=255).
pub(crate) fn shadow_wasi_functions(linker: &mut Linker<RunState>) -> wasmtime::Result<()> {
    linker.allow_shadowing(true);
    linker.func_wrap("wasi_snapshot_preview1", "poll_oneoff", poll_oneoff)?;
    linker.func_wrap(
        "wasi_snapshot_preview1",
        "proc_exit",
        |status: i32| -> wasmtime::Result<()> { Err(I32Exit(status & 0xff).into()) },
    )?;
    linker.allow_shadowing(false);
    Ok(())
}

// WASI preview 1 errno values and layouts (wasi_snapshot_preview1.witx).
const ERRNO_SUCCESS: i32 = 0;
const ERRNO_FAULT: i32 = 21;
const ERRNO_INVAL: i32 = 28;
const SUBSCRIPTION_SIZE: usize = 48;
const EVENT_SIZE: usize = 32;
const EVENTTYPE_CLOCK: u8 = 0;
const SUBCLOCKFLAG_ABSTIME: u16 = 1;
const CLOCK_REALTIME: u32 = 0;

/// One subscription as read from guest memory.
struct Subscription {
    userdata: u64,
    event_type: u8,
    /// For clocks: nanoseconds to wait; `None` for an fd (ready now) or a bad clock.
    wait: Option<u64>,
    error: u16,
}

/// `poll_oneoff(in, out, nsubscriptions, nevents_out) -> errno`.
fn poll_oneoff(
    mut caller: Caller<'_, RunState>,
    in_ptr: i32,
    out_ptr: i32,
    nsubscriptions: i32,
    nevents_ptr: i32,
) -> wasmtime::Result<i32> {
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
        return Ok(ERRNO_INVAL);
    };
    let (mem, state) = memory.data_and_store_mut(&mut caller);
    let count = nsubscriptions as u32 as usize;
    if count == 0 {
        return Ok(ERRNO_INVAL);
    }
    let Some(input) = guest_slice(mem, in_ptr, count * SUBSCRIPTION_SIZE) else {
        return Ok(ERRNO_FAULT);
    };
    let subscriptions: Vec<Subscription> = input
        .chunks_exact(SUBSCRIPTION_SIZE)
        .map(|raw| read_subscription(raw, &state.clock))
        .collect();

    // Ready now: fd subscriptions, bad clocks and expired timers. Otherwise wait for the
    // earliest timer (cut at the run's deadline).
    let ready_now = |s: &Subscription| s.wait.is_none_or(|w| w == 0);
    let fire_until = if subscriptions.iter().any(ready_now) {
        0
    } else {
        let earliest = subscriptions
            .iter()
            .filter_map(|s| s.wait)
            .min()
            .unwrap_or(0);
        let clock = state.clock.clone();
        if !clock.sleep(earliest, || state.should_stop()) {
            return Err(Trap::Interrupt.into());
        }
        earliest
    };

    let fired: Vec<&Subscription> = subscriptions
        .iter()
        .filter(|s| s.wait.is_none_or(|w| w <= fire_until))
        .collect();
    let Some(out) = guest_slice_mut(mem, out_ptr, fired.len() * EVENT_SIZE) else {
        return Ok(ERRNO_FAULT);
    };
    for (event, s) in out.chunks_exact_mut(EVENT_SIZE).zip(&fired) {
        event.fill(0);
        event[0..8].copy_from_slice(&s.userdata.to_le_bytes());
        event[8..10].copy_from_slice(&s.error.to_le_bytes());
        event[10] = s.event_type;
    }
    let Some(nevents) = guest_slice_mut(mem, nevents_ptr, 4) else {
        return Ok(ERRNO_FAULT);
    };
    nevents.copy_from_slice(&(fired.len() as u32).to_le_bytes());
    Ok(ERRNO_SUCCESS)
}

fn read_subscription(raw: &[u8], clock: &Clock) -> Subscription {
    let u64_at = |at: usize| u64::from_le_bytes(raw[at..at + 8].try_into().unwrap_or([0; 8]));
    let userdata = u64_at(0);
    let event_type = raw[8];
    if event_type != EVENTTYPE_CLOCK {
        return Subscription {
            userdata,
            event_type,
            wait: None,
            error: if event_type > 2 {
                ERRNO_INVAL as u16
            } else {
                0
            },
        };
    }
    let clock_id = u32::from_le_bytes(raw[16..20].try_into().unwrap_or([0; 4]));
    let timeout = u64_at(24);
    let flags = u16::from_le_bytes(raw[40..42].try_into().unwrap_or([0; 2]));
    let wait = if flags & SUBCLOCKFLAG_ABSTIME == 0 {
        timeout
    } else if clock_id == CLOCK_REALTIME {
        let now = u64::try_from(clock.wall().as_nanos()).unwrap_or(u64::MAX);
        timeout.saturating_sub(now)
    } else {
        timeout.saturating_sub(clock.monotonic())
    };
    if clock_id > 3 {
        return Subscription {
            userdata,
            event_type,
            wait: None,
            error: ERRNO_INVAL as u16,
        };
    }
    Subscription {
        userdata,
        event_type,
        wait: Some(wait),
        error: 0,
    }
}

fn guest_slice(mem: &[u8], ptr: i32, len: usize) -> Option<&[u8]> {
    let start = ptr as u32 as usize;
    mem.get(start..start.checked_add(len)?)
}

fn guest_slice_mut(mem: &mut [u8], ptr: i32, len: usize) -> Option<&mut [u8]> {
    let start = ptr as u32 as usize;
    mem.get_mut(start..start.checked_add(len)?)
}
