//! In-process micro-benchmark of sessions: start-up time, per-call cost of `eval("1+1")`,
//! `get`, `call`, and memory per live session (guest linear memory and host RSS).
//!
//! `cargo run --release -p wasipy-wasi --example session_bench [-- CALLS]`

use std::time::{Duration, Instant};

use wasipy_wasi::{PyValue, Runtime, Session, SessionOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let calls: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let runtime = Runtime::new()?;
    for _ in 0..10 {
        drop(runtime.session(SessionOptions::default())?);
    }

    let mut starts: Vec<Duration> = (0..200)
        .map(|_| {
            let t = Instant::now();
            let s = runtime.session(SessionOptions::default());
            let took = t.elapsed();
            drop(s);
            took
        })
        .collect();
    starts.sort();
    println!(
        "session start (instantiate + interpreter start-up): median {:.1} µs, p90 {:.1} µs",
        us(starts[starts.len() / 2]),
        us(starts[starts.len() * 9 / 10])
    );

    let mut s = runtime.session(SessionOptions::default())?;
    s.exec("def add(a, b):\n    return a + b\nn = 5")?;
    let per_call = |s: &mut Session, f: &dyn Fn(&mut Session)| {
        for _ in 0..1000 {
            f(s);
        }
        let mut batches: Vec<Duration> = (0..10)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..calls / 10 {
                    f(s);
                }
                t.elapsed() / (calls / 10)
            })
            .collect();
        batches.sort();
        batches[batches.len() / 2]
    };
    let eval = per_call(&mut s, &|s| {
        let _ = s.eval("1+1");
    });
    let get = per_call(&mut s, &|s| {
        let _ = s.get("n");
    });
    let args = [PyValue::Int(2), PyValue::Int(3)];
    let call = per_call(&mut s, &|s| {
        let _ = s.call("add", &args, &[]);
    });
    println!(
        "per call ({calls} calls, median of 10 batches): eval(\"1+1\") {:.2} µs, get(\"n\") {:.2} µs, call add(2, 3) {:.2} µs",
        us(eval),
        us(get),
        us(call)
    );
    println!(
        "guest linear memory of a fresh session: {} KiB",
        s.peak_memory() / 1024
    );

    let rss_before = rss_kib();
    let live: Vec<Session> = (0..20)
        .map(|_| {
            let mut s = runtime.session(SessionOptions::default())?;
            s.exec("x = [i for i in range(1000)]")?;
            Ok(s)
        })
        .collect::<Result<_, Box<dyn std::error::Error>>>()?;
    let rss_after = rss_kib();
    println!(
        "host RSS per live session (20 sessions, each with a small list): {} KiB",
        rss_after.saturating_sub(rss_before) / 20
    );
    drop(live);
    Ok(())
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// Resident set size from /proc (0 where there is none).
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}
