//! The `wasipy` command as a user runs it: options, exit statuses, JSON, mounting the
//! script's folder. Tests marked "needs the interpreter" fail until core runs Python.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const WASIPY: &str = env!("CARGO_BIN_EXE_wasipy");

fn wasipy(args: &[&str]) -> Output {
    Command::new(WASIPY)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("wasipy runs")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn version_and_help() {
    let out = wasipy(&["--version"]);
    assert!(out.status.success());
    assert!(stdout(&out).starts_with("wasipy "), "{}", stdout(&out));
    assert!(stdout(&out).contains("wasmtime 48.0.8"));
    let out = wasipy(&["--help"]);
    assert!(out.status.success());
    for word in [
        "--dir",
        "--timeout",
        "--memory",
        "--fuel",
        "--max-output",
        "--json",
        "124",
    ] {
        assert!(stdout(&out).contains(word), "--help lacks {word}");
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["--bogus", "-c", "1"][..], &["--timeout", "x", "-c", "1"]] {
        let out = wasipy(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("usage: wasipy"), "{}", stderr(&out));
    }
}

#[test]
fn without_a_program_stdin_is_the_program_when_not_a_terminal() {
    // As python3: `echo 'print(1)' | python3` runs the piped program.
    for args in [&[][..], &["--timeout", "5"], &["-q"]] {
        let mut child = Command::new(WASIPY)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("wasipy runs");
        use std::io::Write as _;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"import sys\nprint(6 * 7)\nsys.exit(4)\n")
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(stdout(&out), "42\n", "{args:?}: {}", stderr(&out));
        assert_eq!(out.status.code(), Some(4));
    }
    // An empty stdin is an empty program.
    let out = wasipy(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn host_errors_exit_120() {
    let out = wasipy(&["/no/such/script.py"]);
    assert_eq!(out.status.code(), Some(120));
    assert!(stderr(&out).contains("can't open file"), "{}", stderr(&out));
    let out = wasipy(&["--dir", "/no/such/dir:/x", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(120));
    assert!(stderr(&out).contains("cannot mount"), "{}", stderr(&out));
}

#[test]
fn json_result() {
    let out = wasipy(&["--json", "-c", "pass"]);
    let text = stdout(&out);
    assert!(
        text.starts_with('{') && text.trim_end().ends_with('}'),
        "{text}"
    );
    for key in [
        "\"outcome\":\"completed\"",
        "\"exit_status\":0",
        "\"stdout\":",
        "\"stderr\":",
        "\"stdout_truncated\":false",
        "\"exception\":null",
        "\"duration_ms\":",
        "\"peak_memory\":",
    ] {
        assert!(text.contains(key), "{key} missing in {text}");
    }
}

/// Needs the interpreter: hello.py prints what python3 prints, and args reach sys.argv.
#[test]
fn hello_py_matches_python3() {
    let hello = root().join("examples/hello.py");
    let hello = hello.to_str().unwrap();
    let expected = Command::new("python3")
        .args(["-S", hello])
        .output()
        .unwrap();
    let out = wasipy(&[hello]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), stdout(&expected));
    let out = wasipy(&["-c", "import sys; print(sys.argv[1:])", "a", "--b"]);
    assert_eq!(stdout(&out), "['a', '--b']\n", "{}", stderr(&out));
}

/// Needs the interpreter: each limit ends in its documented exit status.
#[test]
fn limits_have_distinct_exit_statuses() {
    let loop_forever = "while True:\n    pass\n";
    let started = Instant::now();
    let out = wasipy(&["--timeout", "0.3", "-c", loop_forever]);
    assert_eq!(out.status.code(), Some(124), "{}", stderr(&out));
    assert!(started.elapsed() < Duration::from_secs(2));
    let out = wasipy(&["--fuel", "100000", "-c", loop_forever]);
    assert_eq!(out.status.code(), Some(123), "{}", stderr(&out));
    let out = wasipy(&["--max-output", "1000", "-c", "while True:\n    print(1)\n"]);
    assert_eq!(out.status.code(), Some(122), "{}", stderr(&out));
    assert_eq!(out.stdout.len(), 1000);
    let out = wasipy(&[
        "--memory",
        "32",
        "-c",
        "x = []\nwhile True:\n    x.append([0] * 10000)\n",
    ]);
    let status = out.status.code();
    assert!(
        status == Some(125) || status == Some(1),
        "{status:?} {}",
        stderr(&out)
    );
    let out = wasipy(&["-c", "import sys\nsys.exit(7)"]);
    assert_eq!(out.status.code(), Some(7));
    let out = wasipy(&["--json", "-c", "1/0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("\"exception\":{\"type\":\"ZeroDivisionError\""),
        "{}",
        stdout(&out)
    );
}

/// Needs the interpreter: the script's folder is readable, nothing else is, env is explicit.
#[test]
fn script_folder_is_mounted_read_only() {
    let dir = std::env::temp_dir().join(format!("wasipy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("data.txt"), "42\n").unwrap();
    let script = dir.join("s.py");
    std::fs::write(
        &script,
        "import os\nprint(open(os.path.join(os.path.dirname(__file__), 'data.txt')).read().strip())\n\
         print(os.environ.get('K'))\n\
         try:\n    open(os.path.join(os.path.dirname(__file__), 'new.txt'), 'w')\n    print('wrote')\n\
         except OSError as e:\n    print(type(e).__name__)\n",
    )
    .unwrap();
    let out = wasipy(&["--env", "K=v", script.to_str().unwrap()]);
    assert_eq!(stdout(&out), "42\nv\nPermissionError\n", "{}", stderr(&out));
    assert!(!dir.join("new.txt").exists());
    let _ = std::fs::remove_dir_all(dir);
}
