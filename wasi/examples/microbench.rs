//! In-process micro-benchmark of the host: building the runtime, the cost of a fresh sandbox
//! running trivial code, and resident memory over 1,000 sequential runs.
//!
//! `cargo run --release -p wasipy-wasi --example microbench [-- RUNS]`
//! (`WASIPY_BENCH_POOLING=0` to compare with on-demand allocation).

use std::time::{Duration, Instant};

use wasipy_wasi::{RunOptions, Runtime, RuntimeConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let pooling = std::env::var("WASIPY_BENCH_POOLING").map_or(true, |v| v != "0");

    let rss_start = rss_kib();
    let t = Instant::now();
    let runtime = Runtime::with_config(RuntimeConfig {
        pooling,
        ..RuntimeConfig::default()
    })?;
    let build = t.elapsed();
    println!(
        "runtime build: {:.3} ms ({:?}, pooling {pooling})",
        ms(build),
        runtime.cache_status()
    );

    let options = RunOptions::code("1+1");
    // Warm-up: first-touch of the pool slot and the code pages.
    for _ in 0..10 {
        runtime.run(&options)?;
    }
    let rss_warm = rss_kib();
    let mut times = Vec::with_capacity(runs);
    let mut rss_marks = Vec::new();
    for i in 0..runs {
        let t = Instant::now();
        let result = runtime.run(&options)?;
        times.push(t.elapsed());
        if i == 0 {
            println!(
                "one run: outcome {:?}, guest said {:?}",
                result.outcome,
                result.stdout_text()
            );
        }
        if (i + 1) % (runs / 4).max(1) == 0 {
            rss_marks.push((i + 1, rss_kib()));
        }
    }
    times.sort();
    let total: Duration = times.iter().sum();
    println!(
        "fresh sandbox per run ({runs} runs): median {:.1} µs, p90 {:.1} µs, mean {:.1} µs",
        us(times[runs / 2]),
        us(times[runs * 9 / 10]),
        us(total / runs as u32)
    );
    println!("RSS: before runtime {rss_start} KiB, after warm-up {rss_warm} KiB");
    for (n, kib) in rss_marks {
        println!("RSS after {n:>5} runs: {kib} KiB");
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
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
