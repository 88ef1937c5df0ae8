//! The host's limits and outcomes, proven with tiny hand-written guests (WAT), independently
//! of the interpreter: timeout (loop without calls, and a long sleep), memory, fuel, output
//! flood, crash, stack overflow, exit status, nothing ambient, deterministic mode, the module
//! cache, and that one runtime stays healthy across all of them and across threads.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use wasipy_wasi::{
    CacheStatus, CancelHandle, Deterministic, Error, Limits, ModuleCache, Outcome, OutputSink,
    RunOptions, Runtime, RuntimeConfig,
};

/// Timing tests run one at a time so a busy neighbour cannot delay the epoch ticker.
static TIMING: Mutex<()> = Mutex::new(());

fn timing_lock() -> MutexGuard<'static, ()> {
    TIMING.lock().unwrap_or_else(|p| p.into_inner())
}

fn runtime_with(wat_src: &str, config: RuntimeConfig) -> Runtime {
    let wasm = wat::parse_str(wat_src).expect("test guest is valid WAT");
    Runtime::from_wasm(
        &wasm,
        RuntimeConfig {
            cache: ModuleCache::Disabled,
            ..config
        },
    )
    .expect("runtime builds")
}

fn runtime(wat_src: &str) -> Runtime {
    runtime_with(wat_src, RuntimeConfig::default())
}

fn options(limits: Limits) -> RunOptions {
    RunOptions {
        limits,
        ..RunOptions::default()
    }
}

const WASI_IMPORTS: &str = r#"
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
"#;

fn guest(body: &str) -> String {
    format!("(module {WASI_IMPORTS} (memory (export \"memory\") 1) {body})")
}

const LOOP_WITHOUT_CALLS: &str = r#"(func (export "_start") (loop (br 0)))"#;

#[test]
fn timeout_stops_a_loop_without_calls_on_time() {
    let _serial = timing_lock();
    let rt = runtime(&guest(LOOP_WITHOUT_CALLS));
    for timeout_ms in [50u64, 200] {
        let timeout = Duration::from_millis(timeout_ms);
        let r = rt
            .run(&options(Limits {
                timeout,
                ..Limits::default()
            }))
            .unwrap();
        assert_eq!(r.outcome, Outcome::Timeout);
        assert!(r.duration >= timeout, "fired early: {:?}", r.duration);
        assert!(
            r.duration < timeout + Duration::from_millis(50),
            "fired late: {:?} for {timeout:?}",
            r.duration
        );
    }
}

/// A 1-hour sleep (poll_oneoff) is cut at the deadline, not slept through.
#[test]
fn timeout_cuts_a_long_sleep() {
    let _serial = timing_lock();
    let rt = runtime(&guest(SLEEP_ONE_HOUR));
    let timeout = Duration::from_millis(100);
    let r = rt
        .run(&options(Limits {
            timeout,
            ..Limits::default()
        }))
        .unwrap();
    assert_eq!(r.outcome, Outcome::Timeout);
    assert!(
        r.duration < timeout + Duration::from_millis(50),
        "{:?}",
        r.duration
    );
}

/// Subscription at 0: relative monotonic clock, 3600 s. Exits 0 when the monotonic clock
/// moved by at least an hour across the sleep, 1 otherwise.
const SLEEP_ONE_HOUR: &str = r#"
  (data (i32.const 0) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\a0\b8\30\46\03\00\00")
  (func (export "_start")
    (drop (call $clock_time_get (i32.const 1) (i64.const 1) (i32.const 200)))
    (drop (call $poll_oneoff (i32.const 0) (i32.const 100) (i32.const 1) (i32.const 160)))
    (drop (call $clock_time_get (i32.const 1) (i64.const 1) (i32.const 208)))
    (call $proc_exit
      (i64.lt_u (i64.sub (i64.load (i32.const 208)) (i64.load (i32.const 200)))
                (i64.const 3600000000000))))
"#;

#[test]
fn deterministic_mode_sleeps_on_a_virtual_clock() {
    let rt = runtime(&guest(SLEEP_ONE_HOUR));
    let mut opts = options(Limits::default());
    opts.deterministic = Some(Deterministic::default());
    let r = rt.run(&opts).unwrap();
    assert_eq!(r.outcome, Outcome::Completed { exit_status: 0 });
    assert!(r.duration < Duration::from_secs(1));
}

#[test]
fn deterministic_mode_seeds_random() {
    let rt = runtime(&guest(
        r#"(data (i32.const 0) "\10\00\00\00\20\00\00\00")
           (func (export "_start")
             (drop (call $random_get (i32.const 16) (i32.const 32)))
             (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))"#,
    ));
    let run = |seed: Option<u64>| {
        let mut opts = options(Limits::default());
        opts.deterministic = seed.map(|seed| Deterministic { seed });
        rt.run(&opts).unwrap().stdout
    };
    assert_eq!(run(Some(1)), run(Some(1)));
    assert_ne!(run(Some(1)), run(Some(2)));
    assert_ne!(run(None), run(None));
    assert_eq!(run(None).len(), 32);
}

const GROW_UNTIL_REFUSED_THEN_TRAP: &str = r#"
  (func (export "_start")
    (loop (br_if 0 (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
    unreachable)"#;

#[test]
fn memory_limit_is_a_hard_stop() {
    let rt = runtime(&guest(GROW_UNTIL_REFUSED_THEN_TRAP));
    let limit = 8 * 1024 * 1024;
    let r = rt
        .run(&options(Limits {
            memory: limit,
            ..Limits::default()
        }))
        .unwrap();
    assert_eq!(r.outcome, Outcome::MemoryLimit);
    assert!(
        r.peak_memory <= limit && r.peak_memory > limit / 2,
        "{}",
        r.peak_memory
    );
}

#[test]
fn a_guest_that_handles_refused_growth_completes() {
    let rt = runtime(&guest(
        r#"(func (export "_start")
             (loop (br_if 0 (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
             (call $proc_exit (i32.const 0)))"#,
    ));
    let r = rt
        .run(&options(Limits {
            memory: 4 << 20,
            ..Limits::default()
        }))
        .unwrap();
    assert_eq!(r.outcome, Outcome::Completed { exit_status: 0 });
    assert!(
        r.peak_memory <= 4 << 20 && r.peak_memory > 3 << 20,
        "{}",
        r.peak_memory
    );
}

#[test]
fn fuel_runs_out() {
    let rt = runtime_with(
        &guest(LOOP_WITHOUT_CALLS),
        RuntimeConfig {
            fuel: true,
            ..RuntimeConfig::default()
        },
    );
    let r = rt
        .run(&options(Limits {
            fuel: Some(1_000_000),
            ..Limits::default()
        }))
        .unwrap();
    assert_eq!(r.outcome, Outcome::FuelExhausted);
    assert_eq!(r.fuel_used, Some(1_000_000));
}

#[test]
fn fuel_needs_a_fuel_runtime() {
    let rt = runtime(&guest(LOOP_WITHOUT_CALLS));
    let err = rt
        .run(&options(Limits {
            fuel: Some(1),
            ..Limits::default()
        }))
        .unwrap_err();
    assert!(matches!(err, Error::FuelNotEnabled));
}

/// Writes 1 KiB to fd 1 (or 2) forever.
fn flood(fd: u32) -> String {
    guest(&format!(
        r#"(data (i32.const 0) "\10\00\00\00\00\04\00\00")
           (func (export "_start")
             (loop (drop (call $fd_write (i32.const {fd}) (i32.const 0) (i32.const 1) (i32.const 8)))
                   (br 0)))"#
    ))
}

#[test]
fn output_flood_is_cut_at_the_limit() {
    for fd in [1, 2] {
        let rt = runtime(&flood(fd));
        let r = rt
            .run(&options(Limits {
                max_output: 10_000,
                ..Limits::default()
            }))
            .unwrap();
        assert_eq!(r.outcome, Outcome::OutputLimit);
        let (out, truncated) = if fd == 1 {
            (&r.stdout, r.stdout_truncated)
        } else {
            (&r.stderr, r.stderr_truncated)
        };
        assert_eq!(out.len(), 10_000);
        assert!(truncated);
    }
}

#[test]
fn output_can_stream_to_a_callback() {
    let rt = runtime(&flood(1));
    let seen = Arc::new(Mutex::new(0usize));
    let counter = Arc::clone(&seen);
    let mut opts = options(Limits {
        max_output: 5_000,
        ..Limits::default()
    });
    opts.stdout = OutputSink::Callback(Arc::new(move |bytes: &[u8]| {
        *counter.lock().unwrap() += bytes.len();
    }));
    let r = rt.run(&opts).unwrap();
    assert_eq!(r.outcome, Outcome::OutputLimit);
    assert!(r.stdout.is_empty());
    assert_eq!(*seen.lock().unwrap(), 5_000);
}

#[test]
fn traps_are_crashes() {
    let rt = runtime(&guest(r#"(func (export "_start") unreachable)"#));
    let r = rt.run(&RunOptions::default()).unwrap();
    match r.outcome {
        Outcome::Crashed { trap } => assert!(trap.contains("unreachable"), "{trap}"),
        other => panic!("expected a crash, got {other:?}"),
    }
}

#[test]
fn stack_overflow_is_a_crash() {
    let rt = runtime(&guest(r#"(func $f (export "_start") (call $f))"#));
    let r = rt.run(&RunOptions::default()).unwrap();
    match r.outcome {
        Outcome::Crashed { trap } => assert!(trap.contains("stack"), "{trap}"),
        other => panic!("expected a crash, got {other:?}"),
    }
}

#[test]
fn every_exit_status_is_reported_as_a_process_would() {
    for (status, seen) in [
        (0, 0),
        (125, 125),
        (200, 200),
        (255, 255),
        (256, 0),
        (-1, 255),
    ] {
        let rt = runtime(&guest(&format!(
            r#"(func (export "_start") (call $proc_exit (i32.const {status})))"#
        )));
        let r = rt.run(&RunOptions::default()).unwrap();
        assert_eq!(
            r.outcome,
            Outcome::Completed { exit_status: seen },
            "exit({status})"
        );
    }
}

#[test]
fn exit_status_is_reported() {
    let rt = runtime(&guest(
        r#"(func (export "_start") (call $proc_exit (i32.const 3)))"#,
    ));
    let r = rt.run(&RunOptions::default()).unwrap();
    assert_eq!(r.outcome, Outcome::Completed { exit_status: 3 });
    assert_eq!(r.outcome.exit_status(), 3);
}

/// Exits with the number of environment variables the guest sees.
#[test]
fn env_is_exactly_what_was_granted() {
    let rt = runtime(&guest(
        r#"(func (export "_start")
             (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))
             (call $proc_exit (i32.load (i32.const 0))))"#,
    ));
    let r = rt.run(&RunOptions::default()).unwrap();
    // Only the soft memory limit and the wasm stack size the host always passes, though this
    // process has HOME, PATH….
    assert_eq!(r.outcome, Outcome::Completed { exit_status: 2 });
    let opts = RunOptions {
        env: vec![("A".into(), "1".into()), ("B".into(), "2".into())],
        ..RunOptions::default()
    };
    let r = rt.run(&opts).unwrap();
    assert_eq!(r.outcome, Outcome::Completed { exit_status: 4 });
}

/// path_open on fd 3 (the first preopen) fails with EBADF (8) when nothing is mounted.
#[test]
fn no_files_without_a_mount() {
    let rt = runtime(&guest(
        r#"(data (i32.const 0) "etc/passwd")
           (func (export "_start")
             (call $proc_exit (call $path_open (i32.const 3) (i32.const 0) (i32.const 0)
                 (i32.const 10) (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0)
                 (i32.const 100))))"#,
    ));
    let r = rt.run(&RunOptions::default()).unwrap();
    assert_eq!(r.outcome, Outcome::Completed { exit_status: 8 });
}

#[test]
fn bad_options_are_errors_not_panics() {
    let rt = runtime(&guest(LOOP_WITHOUT_CALLS));
    let bad = [
        RunOptions::code("print(1)\0"),
        RunOptions {
            env: vec![("A=B".into(), "x".into())],
            ..RunOptions::default()
        },
        RunOptions {
            mounts: vec![wasipy_wasi::Mount::read_only("/no/such/dir", "/x")],
            ..RunOptions::default()
        },
        options(Limits {
            memory: u64::MAX,
            ..Limits::default()
        }),
    ];
    // Extreme but valid limits run normally.
    let rt_ok = runtime(&guest(r#"(func (export "_start"))"#));
    let extreme = options(Limits {
        timeout: Duration::MAX,
        max_output: 0,
        ..Limits::default()
    });
    assert_eq!(
        rt_ok.run(&extreme).unwrap().outcome,
        Outcome::Completed { exit_status: 0 }
    );
    for opts in &bad {
        let err = rt.run(opts).unwrap_err();
        assert!(
            matches!(err, Error::InvalidOption(_) | Error::Mount { .. }),
            "{err:?}"
        );
    }
}

/// One runtime serves every outcome in turn, and runs from several threads at once.
#[test]
fn the_runtime_stays_healthy() {
    let _serial = timing_lock();
    let rt = Arc::new(runtime(&guest(
        r#"(data (i32.const 0) "\10\00\00\00\03\00\00\00")
           (data (i32.const 16) "ok\n")
           (func (export "_start")
             (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))"#,
    )));
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let rt = Arc::clone(&rt);
            std::thread::spawn(move || {
                for _ in 0..50 {
                    let r = rt.run(&RunOptions::default()).unwrap();
                    assert_eq!(r.outcome, Outcome::Completed { exit_status: 0 });
                    assert_eq!(r.stdout, b"ok\n");
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

#[test]
fn cache_is_written_reused_and_repaired() {
    let dir = std::env::temp_dir().join(format!("wasipy-cache-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let wasm = wat::parse_str(guest(r#"(func (export "_start"))"#)).unwrap();
    let config = RuntimeConfig {
        cache: ModuleCache::Dir(dir.clone()),
        ..RuntimeConfig::default()
    };
    let build = || Runtime::from_wasm(&wasm, config.clone()).unwrap();

    let first = build();
    let CacheStatus::Written(path) = first.cache_status().clone() else {
        panic!(
            "expected a fresh cache file, got {:?}",
            first.cache_status()
        );
    };
    assert_eq!(build().cache_status(), &CacheStatus::Hit(path.clone()));

    std::fs::write(&path, b"not a compiled module").unwrap();
    let repaired = build();
    assert_eq!(repaired.cache_status(), &CacheStatus::Written(path.clone()));
    let r = repaired.run(&RunOptions::default()).unwrap();
    assert_eq!(r.outcome, Outcome::Completed { exit_status: 0 });
    assert_eq!(build().cache_status(), &CacheStatus::Hit(path.clone()));

    // Other builds of the wasm: only the newest few are kept next to the current one.
    for i in 0..8 {
        let body = format!(r#"(func (export "_start")) (func (export "f{i}"))"#);
        let other = wat::parse_str(guest(&body)).unwrap();
        Runtime::from_wasm(&other, config.clone()).unwrap();
    }
    let files = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(files, 5, "the newest module and 4 others");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unwritable_cache_dir_just_compiles() {
    let wasm = wat::parse_str(guest(r#"(func (export "_start"))"#)).unwrap();
    let rt = Runtime::from_wasm(
        &wasm,
        RuntimeConfig {
            cache: ModuleCache::Dir("/proc/wasipy-cannot-write-here".into()),
            ..RuntimeConfig::default()
        },
    )
    .unwrap();
    assert_eq!(rt.cache_status(), &CacheStatus::Compiled);
}

#[test]
fn initial_memory_above_the_limit_is_a_memory_limit() {
    let rt = runtime(r#"(module (memory (export "memory") 200) (func (export "_start")))"#);
    let r = rt
        .run(&options(Limits {
            memory: 8 << 20,
            ..Limits::default()
        }))
        .unwrap();
    assert_eq!(r.outcome, Outcome::MemoryLimit);
}

/// With every pooling slot busy, a run fails to start with an error (no panic, no hang).
#[test]
fn a_full_pool_is_an_error() {
    let _serial = timing_lock();
    let rt = Arc::new(runtime_with(
        &guest(LOOP_WITHOUT_CALLS),
        RuntimeConfig {
            max_concurrent_runs: 1,
            ..RuntimeConfig::default()
        },
    ));
    let busy = {
        let rt = Arc::clone(&rt);
        std::thread::spawn(move || {
            rt.run(&options(Limits {
                timeout: Duration::from_millis(400),
                ..Limits::default()
            }))
        })
    };
    std::thread::sleep(Duration::from_millis(100));
    let second = rt.run(&options(Limits {
        timeout: Duration::from_millis(50),
        ..Limits::default()
    }));
    assert!(matches!(second, Err(Error::Instantiate(_))), "{second:?}");
    assert_eq!(busy.join().unwrap().unwrap().outcome, Outcome::Timeout);
    // The slot is free again.
    let third = rt.run(&options(Limits {
        timeout: Duration::from_millis(50),
        ..Limits::default()
    }));
    assert_eq!(third.unwrap().outcome, Outcome::Timeout);
}

/// Another thread cancels a busy loop and a long sleep; both end within a few ticks.
#[test]
fn a_run_can_be_cancelled() {
    let _serial = timing_lock();
    for body in [LOOP_WITHOUT_CALLS, SLEEP_ONE_HOUR] {
        let rt = runtime(&guest(body));
        let cancel = CancelHandle::new();
        let mut opts = options(Limits::default());
        opts.cancel = Some(cancel.clone());
        let canceller = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            cancel.cancel();
        });
        let r = rt.run(&opts).unwrap();
        canceller.join().unwrap();
        assert_eq!(r.outcome, Outcome::Cancelled);
        assert!(r.duration < Duration::from_millis(150), "{:?}", r.duration);
    }
}
