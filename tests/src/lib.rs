//! Helpers shared by wasipy's integration tests: where things are, one shared sandbox
//! runtime, and running a program under python3, the native interpreter or python.wasm.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use wasipy_wasi::{Limits, Mount, Outcome, Program, RunOptions, RunResult, Runtime};

/// The workspace root (the folder holding `tests/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lives in the workspace root")
        .to_path_buf()
}

/// `tests/cases`: the differential cases.
pub fn cases_dir() -> PathBuf {
    workspace_root().join("tests").join("cases")
}

/// The reference interpreter: `$WASIPY_PYTHON3`, else `python3` on PATH.
pub fn python3() -> String {
    std::env::var("WASIPY_PYTHON3").unwrap_or_else(|_| "python3".to_string())
}

/// One runtime for the whole test process (the Engine and compiled module are shared).
pub fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| Runtime::new().expect("the wasipy runtime builds"))
}

/// What a program did, whichever engine ran it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ran {
    /// Exit status; `None` when the run ended by a limit or a signal (see `note`).
    pub status: Option<i32>,
    /// Captured stdout.
    pub stdout: Vec<u8>,
    /// Captured stderr.
    pub stderr: Vec<u8>,
    /// How a run that did not exit by itself ended (timeout, crash, …).
    pub note: String,
}

/// Runs `python [args…]` as a child process in `cwd` with a timeout (killed past it).
pub fn run_process(program: &str, args: &[&str], cwd: &Path, timeout: Duration) -> Ran {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .current_dir(cwd)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            return Ran {
                status: None,
                stdout: Vec::new(),
                stderr: Vec::new(),
                note: format!("cannot start {program}: {e}"),
            }
        }
    };
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(timeout) {
        Ok(Ok(out)) => Ran {
            status: shell_status(&out.status),
            stdout: out.stdout,
            stderr: out.stderr,
            note: if shell_status(&out.status).is_none() {
                format!("killed by a signal ({})", out.status)
            } else {
                String::new()
            },
        },
        Ok(Err(e)) => Ran {
            status: None,
            stdout: Vec::new(),
            stderr: Vec::new(),
            note: format!("waiting for {program} failed: {e}"),
        },
        Err(_) => {
            // The child is ours; end it by its id so the reader thread finishes.
            let _ = Command::new("kill").args(["-9", &id.to_string()]).status();
            Ran {
                status: None,
                stdout: Vec::new(),
                stderr: Vec::new(),
                note: format!("timed out after {timeout:?}"),
            }
        }
    }
}

/// The exit status as a shell reports it. CPython dies of an uncaught KeyboardInterrupt by
/// re-raising SIGINT on itself, which a shell shows as 130 (128 + 2): the status python.wasm,
/// which has no signals, exits with.
fn shell_status(status: &std::process::ExitStatus) -> Option<i32> {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if status.signal() == Some(2) {
            return Some(130);
        }
    }
    status.code()
}

/// Runs `script` (an absolute path inside `dir`) in python.wasm through the library, with
/// `dir` mounted read-only at its own absolute path, as the `wasipy` command does. With `cwd`,
/// that folder is mounted read-write at its own path and is the guest's working directory.
pub fn run_wasm_script(script: &str, dir: &Path, cwd: Option<&Path>, timeout: Duration) -> Ran {
    let mut mounts = vec![Mount::read_only(dir, dir.to_string_lossy())];
    let mut env = Vec::new();
    if let Some(cwd) = cwd {
        mounts.push(Mount::read_write(cwd, cwd.to_string_lossy()));
        env.push(("WASIPY_CWD".to_string(), cwd.to_string_lossy().into_owned()));
    }
    let options = RunOptions {
        program: Program::Script(script.to_string()),
        mounts,
        env,
        limits: Limits {
            timeout,
            ..Limits::default()
        },
        ..RunOptions::default()
    };
    match runtime().run(&options) {
        Ok(result) => ran_from_result(result),
        Err(e) => Ran {
            status: None,
            stdout: Vec::new(),
            stderr: Vec::new(),
            note: format!("the sandbox did not start: {e}"),
        },
    }
}

/// A [`RunResult`] as a [`Ran`].
pub fn ran_from_result(result: RunResult) -> Ran {
    let (status, note) = match &result.outcome {
        Outcome::Completed { exit_status } => (Some(*exit_status), String::new()),
        other => (None, format!("{other:?}")),
    };
    Ran {
        status,
        stdout: result.stdout,
        stderr: result.stderr,
        note,
    }
}

/// Runs Python `code` (`-c`) in python.wasm with `options` as a base.
pub fn run_code(code: &str, mut options: RunOptions) -> RunResult {
    options.program = Program::Code(code.to_string());
    runtime().run(&options).expect("the sandbox starts")
}

/// A fresh empty folder under the system temp dir, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    /// Creates `<tmp>/wasipy-<tag>-<pid>-<n>`.
    pub fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "wasipy-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("temp dir can be created");
        TempDir(path)
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Empties the folder (for the next engine to start from the same clean state).
    pub fn reset(&self) {
        let _ = std::fs::remove_dir_all(&self.0);
        let _ = std::fs::create_dir_all(&self.0);
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Text for a diff: lossy UTF-8.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A short line diff of `expected` and `actual` (first differences, with line numbers).
pub fn line_diff(expected: &str, actual: &str) -> String {
    const MAX_LINES: usize = 12;
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (el, al) = (e.get(i), a.get(i));
        if el == al {
            continue;
        }
        if shown == MAX_LINES {
            out.push_str("        … more differences\n");
            break;
        }
        shown += 1;
        if let Some(l) = el {
            out.push_str(&format!("      -{:>4}| {:?}\n", i + 1, l));
        }
        if let Some(l) = al {
            out.push_str(&format!("      +{:>4}| {:?}\n", i + 1, l));
        }
    }
    out
}
