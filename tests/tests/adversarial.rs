//! The sandbox against hostile Python (issue 3): hangs, bombs, floods, escapes, and hostile
//! source. Each run must end in its documented outcome within its limit, and the shared
//! runtime must serve a normal run right after.
//!
//! Every test here needs the interpreter to run Python; they fail against the core stub.
//! The same limits are proven without the interpreter in wasi/tests/{limits,sandbox_fs}.rs.

use std::time::Duration;

use wasipy_tests::{python3, run_code, run_process, runtime, TempDir};
use wasipy_wasi::{Limits, Mount, Outcome, Program, RunOptions, RunResult};

fn limits(timeout_ms: u64, memory_mib: u64) -> Limits {
    Limits {
        timeout: Duration::from_millis(timeout_ms),
        memory: memory_mib << 20,
        ..Limits::default()
    }
}

fn with_limits(limits: Limits) -> RunOptions {
    RunOptions {
        limits,
        ..RunOptions::default()
    }
}

/// The runtime still runs a normal program correctly.
fn assert_healthy() {
    let r = run_code("print(1 + 1)", RunOptions::default());
    assert_eq!(r.outcome, Outcome::Completed { exit_status: 0 });
    assert_eq!(r.stdout, b"2\n");
}

fn exception_type(r: &RunResult) -> String {
    r.exception
        .as_ref()
        .map(|e| e.type_name.clone())
        .unwrap_or_else(|| {
            format!(
                "<none; outcome {:?}, stderr {:?}>",
                r.outcome,
                r.stderr_text()
            )
        })
}

fn assert_raised(r: &RunResult, allowed: &[&str]) {
    assert_eq!(
        r.outcome,
        Outcome::Completed { exit_status: 1 },
        "{}",
        r.stderr_text()
    );
    let t = exception_type(r);
    assert!(
        allowed.contains(&t.as_str()),
        "raised {t}, expected one of {allowed:?}"
    );
}

fn assert_times_out(code: &str) {
    let r = run_code(code, with_limits(limits(300, 256)));
    assert_eq!(r.outcome, Outcome::Timeout, "{}", r.stderr_text());
    assert!(r.duration < Duration::from_millis(350), "{:?}", r.duration);
    assert_healthy();
}

#[test]
fn infinite_loop_without_calls() {
    assert_times_out("while True:\n    pass\n");
}

#[test]
fn infinite_loop_with_calls() {
    assert_times_out("def f():\n    return 1\nwhile True:\n    f()\n");
}

#[test]
fn long_sleep_is_cut_at_the_timeout() {
    assert_times_out("import time\ntime.sleep(3600)\n");
}

#[test]
fn recursion_bomb() {
    let r = run_code(
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        with_limits(limits(10_000, 256)),
    );
    assert_raised(&r, &["RecursionError"]);
    assert_healthy();
}

#[test]
fn recursion_through_native_callbacks_with_a_raised_limit() {
    // Python re-entered from native code (a sort key, a __repr__ run by repr(), a
    // generator drained by list()) with the recursion limit raised far past what the wasm
    // stack holds: RecursionError, not a stack-overflow trap.
    for code in [
        "import sys\nsys.setrecursionlimit(10**6)\n\
         def g(n):\n    return sorted([n], key=lambda x: g(n + 1))\ng(0)\n",
        "import sys\nsys.setrecursionlimit(10**6)\n\
         class T:\n    def __init__(self, c): self.c = c\n\
         \x20   def __repr__(self): return 'T(' + repr(self.c) + ')'\n\
         t = None\nfor _ in range(100000): t = T(t)\nrepr(t)\n",
        "import sys\nsys.setrecursionlimit(10**6)\n\
         def gen(n):\n    yield from list(gen(n + 1))\nlist(gen(0))\n",
    ] {
        let r = run_code(code, with_limits(limits(20_000, 256)));
        assert_raised(&r, &["RecursionError"]);
        assert_healthy();
    }
}

#[test]
fn memory_bombs() {
    for code in [
        "'x' * 10**10",
        "[0] * 10**10",
        "10 ** 10**9",
        "x = []\nwhile True:\n    x.append([0] * 10000)\n",
        "s = 'ab'\nwhile True:\n    s = s + s\n",
    ] {
        let r = run_code(code, with_limits(limits(20_000, 64)));
        let ok = r.outcome == Outcome::MemoryLimit || exception_type(&r) == "MemoryError";
        assert!(ok, "{code:?}: {:?} {}", r.outcome, r.stderr_text());
        assert!(r.peak_memory <= 64 << 20);
        assert_healthy();
    }
}

#[test]
fn output_flood() {
    let mut options = with_limits(limits(20_000, 256));
    options.limits.max_output = 100_000;
    let r = run_code("while True:\n    print('x' * 1000)\n", options);
    assert_eq!(r.outcome, Outcome::OutputLimit);
    assert_eq!(r.stdout.len(), 100_000);
    assert!(r.stdout_truncated);
    assert_healthy();
}

#[test]
fn no_host_files() {
    for path in [
        "/etc/passwd",
        "../../../../etc/passwd",
        "/proc/self/environ",
    ] {
        let r = run_code(
            &format!("print(open({path:?}).read())"),
            RunOptions::default(),
        );
        assert_raised(&r, &["FileNotFoundError", "PermissionError"]);
    }
    assert_healthy();
}

/// `<tmp>/{data/inside.txt, data/link -> ../secret.txt, secret.txt}`, data mounted at /data.
fn fixture(writable: bool) -> (TempDir, RunOptions) {
    let tmp = TempDir::new("adversarial");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("inside.txt"), "inside").unwrap();
    std::fs::write(tmp.path().join("secret.txt"), "secret").unwrap();
    std::os::unix::fs::symlink("../secret.txt", data.join("link")).unwrap();
    std::os::unix::fs::symlink("/etc", data.join("etc")).unwrap();
    let options = RunOptions {
        mounts: vec![Mount {
            host: data,
            guest: "/data".into(),
            writable,
        }],
        ..RunOptions::default()
    };
    (tmp, options)
}

#[test]
fn mounts_are_readable_but_cannot_be_left() {
    let (_tmp, options) = fixture(false);
    let r = run_code("print(open('/data/inside.txt').read())", options.clone());
    assert_eq!(r.stdout, b"inside\n", "{}", r.stderr_text());
    for path in ["/data/../secret.txt", "/data/link", "/data/etc/passwd"] {
        let r = run_code(&format!("print(open({path:?}).read())"), options.clone());
        assert_raised(&r, &["FileNotFoundError", "PermissionError"]);
    }
    assert_healthy();
}

#[test]
fn symlinks_made_in_a_rw_mount_cannot_point_out() {
    let (tmp, options) = fixture(true);
    let code = "import os\nos.symlink('/etc', '/data/out')\nprint(open('/data/out/passwd').read())";
    let r = run_code(code, options.clone());
    assert_raised(&r, &["FileNotFoundError", "PermissionError", "OSError"]);
    let code =
        "import os\nos.symlink('../secret.txt', '/data/out2')\nprint(open('/data/out2').read())";
    let r = run_code(code, options);
    assert_raised(&r, &["FileNotFoundError", "PermissionError", "OSError"]);
    assert!(!String::from_utf8_lossy(&r.stdout).contains("secret"));
    drop(tmp);
    assert_healthy();
}

#[test]
fn read_only_mounts_cannot_be_written() {
    let (tmp, options) = fixture(false);
    let r = run_code("open('/data/new.txt', 'w').write('x')", options);
    assert_raised(&r, &["PermissionError", "OSError", "FileNotFoundError"]);
    assert!(!tmp.path().join("data/new.txt").exists());
    assert_healthy();
}

#[test]
fn env_is_only_what_was_granted() {
    let code = "import os\nprint(sorted(os.environ.items()))";
    let r = run_code(code, RunOptions::default());
    assert_eq!(r.stdout_text(), "[]\n", "{}", r.stderr_text());
    let options = RunOptions {
        env: vec![("GRANTED".into(), "yes".into())],
        ..RunOptions::default()
    };
    let r = run_code(code, options);
    assert_eq!(
        r.stdout_text(),
        "[('GRANTED', 'yes')]\n",
        "{}",
        r.stderr_text()
    );
    assert_healthy();
}

#[test]
fn no_sockets() {
    let code = "import socket\ns = socket.socket()\ns.connect(('127.0.0.1', 9))\n";
    let r = run_code(code, RunOptions::default());
    assert_raised(
        &r,
        &[
            "ModuleNotFoundError",
            "ImportError",
            "OSError",
            "PermissionError",
            "AttributeError",
        ],
    );
    assert_healthy();
}

/// Runs `source` as a script file from a mounted temp folder.
fn run_source(source: &[u8], limits: Limits) -> RunResult {
    let tmp = TempDir::new("source");
    let dir = tmp.path().to_string_lossy().into_owned();
    std::fs::write(tmp.path().join("case.py"), source).unwrap();
    let options = RunOptions {
        program: Program::Script(format!("{dir}/case.py")),
        mounts: vec![Mount::read_only(tmp.path(), dir)],
        limits,
        ..RunOptions::default()
    };
    runtime().run(&options).expect("the sandbox starts")
}

/// The exception python3 dies of for this source (its last stderr line's type).
fn python3_exception(source: &[u8]) -> String {
    let tmp = TempDir::new("py3");
    let path = tmp.path().join("case.py");
    std::fs::write(&path, source).unwrap();
    let ran = run_process(
        &python3(),
        &[&path.to_string_lossy()],
        tmp.path(),
        Duration::from_secs(60),
    );
    wasipy_wasi::parse_exception(&ran.stderr)
        .map(|e| e.type_name)
        .unwrap_or_default()
}

#[test]
fn hostile_source_files() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("invalid UTF-8", b"print('\xff\xfe')\n".to_vec()),
        ("null byte", b"print(1)\x00\n".to_vec()),
        (
            "deep parentheses",
            format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000)).into_bytes(),
        ),
        (
            "deep lists",
            format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
        ),
        (
            "deep unary",
            format!("x = {}1\n", "-".repeat(100_000)).into_bytes(),
        ),
        (
            "deep blocks",
            (0..1000)
                .map(|i| format!("{}if True:\n", " ".repeat(i)))
                .collect::<String>()
                .into_bytes(),
        ),
    ];
    for (name, source) in cases {
        let r = run_source(&source, limits(20_000, 256));
        let expected = python3_exception(&source);
        assert_eq!(
            r.outcome,
            Outcome::Completed { exit_status: 1 },
            "{name}: {}",
            r.stderr_text()
        );
        let got = exception_type(&r);
        let acceptable = got == expected
            || ["SyntaxError", "RecursionError", "MemoryError"].contains(&got.as_str());
        assert!(
            acceptable,
            "{name}: raised {got}, python3 raised {expected}"
        );
        assert_healthy();
    }
}

#[test]
fn huge_source_file() {
    let source = "x = 1\n".repeat(2_000_000);
    let r = run_source(source.as_bytes(), limits(30_000, 256));
    let ok = r.outcome == Outcome::Completed { exit_status: 0 }
        || exception_type(&r) == "MemoryError"
        || r.outcome == Outcome::MemoryLimit;
    assert!(ok, "{:?} {}", r.outcome, r.stderr_text());
    assert_healthy();
}
