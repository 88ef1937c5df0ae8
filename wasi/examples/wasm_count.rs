//! Counts the wasm instructions (fuel) a script costs in a given python.wasm: a deterministic
//! measure for comparing interpreter builds under load, where wall time is noisy.
//!
//! `cargo run --release -p wasipy-wasi --example wasm_count -- PYTHON.WASM SCRIPT.py...`
//!
//! With `WASM_COUNT_NO_FUEL=1` fuel is off (the code runs as in production): run it under
//! `valgrind --tool=callgrind` to count the machine instructions of a build instead.

use wasipy_wasi::{Limits, Mount, Program, RunOptions, Runtime, RuntimeConfig};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: wasm_count PYTHON.WASM SCRIPT.py...");
        std::process::exit(2);
    }
    let wasm = std::fs::read(&args[0]).unwrap_or_else(|e| {
        eprintln!("cannot read {}: {e}", args[0]);
        std::process::exit(2)
    });
    let fuel = std::env::var_os("WASM_COUNT_NO_FUEL").is_none();
    let config = RuntimeConfig {
        fuel,
        // One run at a time (a smaller pool reservation also lets valgrind run it).
        max_concurrent_runs: 1,
        ..RuntimeConfig::default()
    };
    let runtime = Runtime::from_wasm(&wasm, config).unwrap_or_else(|e| {
        eprintln!("cannot load the module: {e}");
        std::process::exit(2)
    });
    for script in &args[1..] {
        let path = std::fs::canonicalize(script).unwrap_or_else(|e| {
            eprintln!("{script}: {e}");
            std::process::exit(2)
        });
        let dir = path.parent().map(|p| p.to_path_buf()).unwrap_or_default();
        let options = RunOptions {
            program: Program::Script(path.to_string_lossy().into_owned()),
            mounts: vec![Mount::read_only(&dir, dir.to_string_lossy())],
            limits: Limits {
                fuel: fuel.then_some(u64::MAX / 2),
                timeout: std::time::Duration::from_secs(600),
                ..Limits::default()
            },
            ..RunOptions::default()
        };
        match runtime.run(&options) {
            Ok(r) => println!(
                "{:>8.1}M  {}  ({:?}, {:.0} ms)",
                r.fuel_used.unwrap_or(0) as f64 / 1e6,
                script,
                r.outcome,
                r.duration.as_secs_f64() * 1000.0
            ),
            Err(e) => println!("{script}: cannot run: {e}"),
        }
    }
}
