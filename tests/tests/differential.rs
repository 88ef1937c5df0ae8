//! Differential tests: every `tests/cases/**/*.py` runs under python3 (the reference), the
//! native wasipy interpreter, and python.wasm in the sandbox. stdout and the exit status must
//! match exactly; stderr too for cases named `*_err.py` or holding a `# compare: stderr` line.
//!
//! `WASIPY_CASES=print,arith cargo test -p wasipy-tests --test differential` runs only the
//! cases whose path contains one of the comma-separated words. `WASIPY_ENGINES=native` or
//! `wasm` runs one engine only. Cases run on as many threads as there are cores.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use wasipy_tests::{
    cases_dir, line_diff, python3, run_process, run_wasm_script, text, Ran, TempDir,
};

const TIMEOUT: Duration = Duration::from_secs(20);
const NATIVE: &str = env!("CARGO_BIN_EXE_python-native");

fn main() {
    let root = cases_dir();
    let mut cases = Vec::new();
    collect(&root, &mut cases);
    cases.sort();
    let filter: Vec<String> = std::env::var("WASIPY_CASES")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let cases: Vec<String> = cases
        .iter()
        .map(|p| rel(p, &root))
        .filter(|name| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str())))
        .collect();
    let engines: Vec<&str> = match std::env::var("WASIPY_ENGINES").as_deref() {
        Ok("native") => vec!["native"],
        Ok("wasm") => vec!["wasm"],
        _ => vec!["native", "wasm"],
    };
    if cases.is_empty() {
        eprintln!("differential: no case matches WASIPY_CASES={filter:?}");
        std::process::exit(1);
    }
    println!(
        "differential: {} cases under {} x {engines:?} (python3 = {})",
        cases.len(),
        root.display(),
        python3()
    );

    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let passed = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let report = check_case(&root, case, &engines);
                let mut out = std::io::stdout().lock();
                use std::io::Write as _;
                match report {
                    None => {
                        passed.fetch_add(1, Ordering::Relaxed);
                        let _ = writeln!(out, "  ok    {case}");
                    }
                    Some(report) => {
                        let _ = write!(out, "  FAIL  {case}\n{report}");
                        failures
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .push(case.clone());
                    }
                }
            });
        }
    });
    let mut failed = failures.into_inner().unwrap_or_else(|p| p.into_inner());
    failed.sort();
    if !failed.is_empty() {
        println!("\nfailed cases:");
        for case in &failed {
            println!("  {case}");
        }
        println!("rerun some with WASIPY_CASES=<part of the name>,…");
    }
    println!(
        "differential: {} passed, {} failed",
        passed.load(Ordering::Relaxed),
        failed.len()
    );
    std::process::exit(if failed.is_empty() { 0 } else { 1 });
}

/// Runs one case everywhere; `None` when every engine agrees with python3.
fn check_case(root: &Path, case: &str, engines: &[&str]) -> Option<String> {
    let source = std::fs::read(root.join(case)).unwrap_or_default();
    let compare_stderr = case.ends_with("_err.py")
        || text(&source)
            .lines()
            .any(|l| l.trim() == "# compare: stderr");
    // Absolute paths everywhere: python3 prints `__main__`'s path absolute in tracebacks.
    let script = root.join(case).to_string_lossy().into_owned();
    // Every engine runs in the same fresh working folder (emptied between runs), so files a
    // case creates never land in the source tree and printed paths agree.
    let work = TempDir::new("case");
    let expected = run_process(&python3(), &[&script], work.path(), TIMEOUT);
    if expected.status.is_none() {
        return Some(format!("    python3 itself failed: {}\n", expected.note));
    }
    let mut report = String::new();
    // `# engines: native` marks a case that reads host files the sandbox deliberately does
    // not mount (e.g. /usr/share/zoneinfo).
    let native_only = text(&source)
        .lines()
        .any(|l| l.trim().starts_with("# engines: native"));
    for engine in engines {
        if native_only && *engine != "native" {
            continue;
        }
        work.reset();
        let actual = match *engine {
            "native" => run_process(NATIVE, &[&script], work.path(), TIMEOUT),
            _ => run_wasm_script(&script, root, Some(work.path()), TIMEOUT),
        };
        report.push_str(&compare(engine, &expected, &actual, compare_stderr));
    }
    (!report.is_empty()).then_some(report)
}

fn compare(engine: &str, expected: &Ran, actual: &Ran, compare_stderr: bool) -> String {
    let mut out = String::new();
    if expected.status != actual.status {
        out.push_str(&format!(
            "    [{engine}] exit status: python3 {:?}, wasipy {:?} {}\n",
            expected.status, actual.status, actual.note
        ));
    }
    if expected.stdout != actual.stdout {
        out.push_str(&format!(
            "    [{engine}] stdout differs (- python3, + wasipy):\n{}",
            line_diff(&text(&expected.stdout), &text(&actual.stdout))
        ));
    }
    if compare_stderr && expected.stderr != actual.stderr {
        out.push_str(&format!(
            "    [{engine}] stderr differs (- python3, + wasipy):\n{}",
            line_diff(&text(&expected.stderr), &text(&actual.stderr))
        ));
    }
    if !out.is_empty() && !compare_stderr && !actual.stderr.is_empty() {
        let tail: String = text(&actual.stderr).chars().rev().take(400).collect();
        let tail: String = tail.chars().rev().collect();
        out.push_str(&format!("    [{engine}] stderr: {tail:?}\n"));
    }
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn rel(path: &Path, root: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}
