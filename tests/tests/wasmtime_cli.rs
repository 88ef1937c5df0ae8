//! python.wasm under the stock `wasmtime` command line (48.0.8), as a user of
//! `dist/python.wasm` would run it, compared with the wasipy host and with python3.
//! scripts/test.sh installs the CLI when it is missing; these tests never skip.
//!
//! Tests marked "needs the interpreter" fail until core runs Python.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use wasipy_tests::{python3, ran_from_result, run_code, run_process, workspace_root, Ran};
use wasipy_wasi::{RunOptions, PYTHON_WASM_BUILD_PATH};

const TIMEOUT: Duration = Duration::from_secs(60);

/// `$WASIPY_WASMTIME`, `wasmtime` on PATH, or `~/.cargo/bin/wasmtime`.
fn wasmtime() -> String {
    if let Ok(path) = std::env::var("WASIPY_WASMTIME") {
        return path;
    }
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join("wasmtime").is_file()))
        .unwrap_or(false);
    if on_path {
        return "wasmtime".into();
    }
    let cargo_bin = std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".cargo/bin/wasmtime"))
        .filter(|p| p.is_file());
    match cargo_bin {
        Some(p) => p.to_string_lossy().into_owned(),
        None => panic!(
            "\n\nThe wasmtime CLI is not installed. These tests do not skip: run scripts/test.sh \
             (it installs it) or `cargo install wasmtime-cli@48.0.8 --locked`.\n"
        ),
    }
}

/// `wasmtime run [--dir D::D] python.wasm ARGS…`.
fn wasmtime_run(dirs: &[&str], args: &[&str]) -> Ran {
    let mut all = vec!["run".to_string()];
    for d in dirs {
        all.push("--dir".into());
        all.push(format!("{d}::{d}"));
    }
    all.push(PYTHON_WASM_BUILD_PATH.into());
    all.extend(args.iter().map(|a| a.to_string()));
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    run_process(&wasmtime(), &all, &workspace_root(), TIMEOUT)
}

#[test]
fn stock_wasmtime_is_48_0_8() {
    let out = Command::new(wasmtime())
        .arg("--version")
        .output()
        .expect("wasmtime runs");
    let version = String::from_utf8_lossy(&out.stdout);
    assert!(
        version.contains("48.0.8"),
        "wasmtime --version says {version:?}"
    );
}

/// The same program gives the same output and status under both hosts (works with any guest).
#[test]
fn stock_wasmtime_and_wasipy_agree() {
    for code in ["print(6 * 7)", "pass"] {
        let stock = wasmtime_run(&[], &["-c", code]);
        let ours = ran_from_result(run_code(code, RunOptions::default()));
        assert_eq!(stock.status, ours.status, "{code}: {}", stock.note);
        assert_eq!(stock.stdout, ours.stdout, "{code}");
        assert_eq!(stock.stderr, ours.stderr, "{code}");
    }
}

/// Needs the interpreter: hello.py and fib.py print what python3 prints.
#[test]
fn hello_and_fib_under_stock_wasmtime_match_python3() {
    let root = workspace_root();
    for script in ["examples/hello.py", "bench/programs/fib.py"] {
        let path = root.join(script);
        let dir = path.parent().unwrap().to_string_lossy().into_owned();
        let path = path.to_string_lossy().into_owned();
        let expected = run_process(&python3(), &[&path], &root, TIMEOUT);
        let actual = wasmtime_run(&[&dir], &[&path]);
        assert_eq!(actual.status, expected.status, "{script}: {}", actual.note);
        assert_eq!(
            String::from_utf8_lossy(&actual.stdout),
            String::from_utf8_lossy(&expected.stdout),
            "{script}"
        );
    }
}

/// Needs the interpreter: `sys.exit(n)` and an uncaught exception give python3's statuses.
#[test]
fn exit_statuses_under_stock_wasmtime() {
    assert_eq!(
        wasmtime_run(&[], &["-c", "import sys; sys.exit(3)"]).status,
        Some(3)
    );
    let ran = wasmtime_run(&[], &["-c", "1/0"]);
    assert_eq!(ran.status, Some(1));
    assert!(String::from_utf8_lossy(&ran.stderr).ends_with("ZeroDivisionError: division by zero\n"));
}
