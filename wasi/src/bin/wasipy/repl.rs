//! The interactive prompt: a session and a read-eval-print loop like python3's. `>>> ` and
//! `... ` prompts; the guest decides when the lines typed so far form a statement
//! (`Session::check_input`, the rules of python3's prompt); each statement runs with
//! `exec_single`, which echoes expression values; tracebacks go to stderr. Line editing and
//! history come from rustyline (history in `~/.wasipy_history`). Ctrl-D exits; Ctrl-C drops
//! the line being typed, or stops the running statement, after which the session is
//! restarted (its state is lost: a wasm instance that was stopped cannot go on). A second
//! Ctrl-C while a stop is pending (the guest blocked in `input()`) ends wasipy.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use rustyline::error::ReadlineError;
use rustyline::{Config, DefaultEditor};
use wasipy_wasi::{
    CancelHandle, InputStatus, Runtime, Session, SessionError, SessionOptions, EXIT_CANCELLED,
    EXIT_HOST_ERROR, WASMTIME_VERSION,
};

const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// What python3's `site` adds for its prompt and the interpreter does not have yet: `exit`
/// and `quit` (skipped once the interpreter defines them).
const PRELUDE: &str = "\
import builtins as _b
if not hasattr(_b, 'exit'):
    class Quitter:
        def __init__(self, name):
            self.name = name
        def __repr__(self):
            return f'Use {self.name}() or Ctrl-D (i.e. EOF) to exit'
        def __call__(self, code=None):
            raise SystemExit(code)
    Quitter.__module__ = '_sitebuiltins'
    _b.exit, _b.quit = Quitter('exit'), Quitter('quit')
    del Quitter
del _b
";

/// Turns Ctrl-C (SIGINT) into a cancel of the running statement. SIGINT is blocked in every
/// thread (so it must be installed before any thread starts) and received by one thread
/// with `sigwait`, which may then do ordinary work. While the line editor reads, the
/// terminal is in raw mode and Ctrl-C is a key, not a signal.
pub(crate) struct Interrupts {
    armed: Arc<Mutex<Option<CancelHandle>>>,
}

impl Interrupts {
    pub(crate) fn install() -> Interrupts {
        let armed: Arc<Mutex<Option<CancelHandle>>> = Arc::default();
        #[cfg(unix)]
        block_and_watch_sigint(Arc::clone(&armed));
        Interrupts { armed }
    }

    fn lock(&self) -> MutexGuard<'_, Option<CancelHandle>> {
        lock(&self.armed)
    }

    /// Runs `f` with Ctrl-C aimed at `cancel`.
    fn during<T>(&self, cancel: &CancelHandle, f: impl FnOnce() -> T) -> T {
        *self.lock() = Some(cancel.clone());
        let out = f();
        *self.lock() = None;
        out
    }
}

fn lock(m: &Mutex<Option<CancelHandle>>) -> MutexGuard<'_, Option<CancelHandle>> {
    // Poisoning needs a panic while the lock is held; nothing in the guarded code panics.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(unix)]
fn block_and_watch_sigint(armed: Arc<Mutex<Option<CancelHandle>>>) {
    // SAFETY: plain libc calls on a local, zero-initialised signal set.
    let set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        if libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) != 0 {
            return;
        }
        set
    };
    let spawned = std::thread::Builder::new()
        .name("wasipy-sigint".into())
        .spawn(move || loop {
            let mut signal = 0;
            // SAFETY: `set` is a valid signal set; `signal` a valid out-pointer.
            if unsafe { libc::sigwait(&set, &mut signal) } != 0 {
                continue;
            }
            match &*lock(&armed) {
                Some(cancel) if cancel.is_cancelled() => {
                    eprintln!("\nKeyboardInterrupt");
                    std::process::exit(EXIT_CANCELLED);
                }
                Some(cancel) => cancel.cancel(),
                None => {}
            }
        });
    if spawned.is_err() {
        // Without the watcher Ctrl-C must keep its default effect (end the process).
        // SAFETY: as above.
        unsafe {
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        }
    }
}

/// The lines of the statement being typed.
#[derive(Debug, Default)]
pub(crate) struct Pending {
    lines: Vec<String>,
}

/// What to do after a line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// Run this source.
    Run(String),
    /// Prompt for another line.
    More,
    /// Nothing to run (blank lines, comments).
    Nothing,
}

impl Pending {
    /// The prompt for the next line.
    pub(crate) fn prompt(&self) -> &'static str {
        if self.lines.is_empty() {
            PS1
        } else {
            PS2
        }
    }

    /// Adds a typed line; `check` tells whether the source so far is complete.
    pub(crate) fn push(
        &mut self,
        line: &str,
        check: impl FnOnce(&str) -> Result<InputStatus, SessionError>,
    ) -> Result<Step, SessionError> {
        self.lines.push(line.to_string());
        let source = self.lines.join("\n");
        let status = check(&source);
        if !matches!(status, Ok(InputStatus::Incomplete)) {
            self.lines.clear();
        }
        Ok(match status? {
            InputStatus::Incomplete => Step::More,
            InputStatus::Empty => Step::Nothing,
            InputStatus::Complete => Step::Run(source),
        })
    }

    /// Forgets the lines typed so far (Ctrl-C).
    pub(crate) fn clear(&mut self) {
        self.lines.clear();
    }
}

/// Runs the prompt until Ctrl-D or `exit()`; returns the exit status.
pub(crate) fn run(
    runtime: &Runtime,
    options: SessionOptions,
    interrupts: Interrupts,
    quiet: bool,
) -> i32 {
    if !quiet {
        eprintln!(
            "wasipy {} (Python 3.11 compatible) in a wasmtime {WASMTIME_VERSION} sandbox",
            env!("CARGO_PKG_VERSION")
        );
        eprintln!(
            "Limits per statement: {} s; memory {} MiB. Ctrl-D exits; Ctrl-C interrupts.",
            options.limits.timeout.as_secs_f64(),
            options.limits.memory / (1024 * 1024)
        );
    }
    let Some((mut session, mut cancel)) = start(runtime, &options) else {
        return EXIT_HOST_ERROR;
    };
    let config = Config::builder()
        .max_history_size(1000)
        .map(|b| b.auto_add_history(false).build())
        .unwrap_or_default();
    let mut editor = match DefaultEditor::with_config(config) {
        Ok(editor) => editor,
        Err(e) => {
            eprintln!("wasipy: error: cannot use the terminal: {e}");
            return EXIT_HOST_ERROR;
        }
    };
    let history = history_file();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let mut pending = Pending::default();
    let status = loop {
        let line = match editor.readline(pending.prompt()) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                eprintln!("KeyboardInterrupt");
                pending.clear();
                continue;
            }
            Err(ReadlineError::Eof) => {
                eprintln!();
                break 0;
            }
            Err(e) => {
                eprintln!("wasipy: error: cannot read the terminal: {e}");
                break EXIT_HOST_ERROR;
            }
        };
        if !line.trim().is_empty() {
            let _ = editor.add_history_entry(line.as_str());
        }
        let step = pending.push(&line, |source| session.check_input(source));
        let source = match step {
            Ok(Step::Run(source)) => source,
            Ok(Step::More | Step::Nothing) => continue,
            Err(e) => {
                // The check itself failed: the session is broken.
                report(&e, &options);
                match restart(runtime, &options) {
                    Some(fresh) => (session, cancel) = fresh,
                    None => break EXIT_HOST_ERROR,
                }
                continue;
            }
        };
        let (written_before, _) = session.stdout_progress();
        let result = interrupts.during(&cancel, || session.exec_single(&source));
        let (written, ends_line) = session.stdout_progress();
        if written > written_before && !ends_line {
            // The line editor redraws the prompt's line: keep `print(x, end='')` visible.
            println!();
        }
        match result {
            Ok(_) => {}
            Err(SessionError::Python { traceback, .. }) => eprint!("{traceback}"),
            Err(SessionError::Exit { status }) => break status,
            Err(e) => {
                report(&e, &options);
                if e.keeps_session() {
                    continue;
                }
                match restart(runtime, &options) {
                    Some(fresh) => (session, cancel) = fresh,
                    None => break EXIT_HOST_ERROR,
                }
            }
        }
    };
    if let Some(path) = &history {
        let _ = editor.save_history(path);
    }
    status
}

/// A session whose Ctrl-C handle is fresh (a cancelled handle stays cancelled).
fn start(runtime: &Runtime, options: &SessionOptions) -> Option<(Session, CancelHandle)> {
    let cancel = CancelHandle::new();
    let options = SessionOptions {
        cancel: Some(cancel.clone()),
        ..options.clone()
    };
    match runtime.session(options) {
        Ok(mut session) => {
            if let Err(e) = session.exec(PRELUDE) {
                eprintln!("wasipy: warning: exit() and quit() are missing: {e}");
            }
            Some((session, cancel))
        }
        Err(e) => {
            eprintln!("wasipy: error: cannot start the interpreter: {e}");
            None
        }
    }
}

fn restart(runtime: &Runtime, options: &SessionOptions) -> Option<(Session, CancelHandle)> {
    let fresh = start(runtime, options)?;
    eprintln!("wasipy: the session was restarted; earlier definitions are gone");
    Some(fresh)
}

/// Tells the user why a statement was stopped.
fn report(error: &SessionError, options: &SessionOptions) {
    match error {
        SessionError::Cancelled => eprintln!("KeyboardInterrupt"),
        SessionError::Timeout => eprintln!(
            "wasipy: timeout: the statement ran for more than {} s",
            options.limits.timeout.as_secs_f64()
        ),
        SessionError::MemoryLimit => eprintln!(
            "wasipy: memory limit reached ({} MiB)",
            options.limits.memory / (1024 * 1024)
        ),
        other => eprintln!("wasipy: {other}"),
    }
}

/// `~/.wasipy_history` (python3 keeps `~/.python_history`).
fn history_file() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".wasipy_history"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for the guest's check: complete unless the last line ends with `:` or is
    /// indented, empty for blank input.
    fn fake_check(source: &str) -> Result<InputStatus, SessionError> {
        let last = source.rsplit('\n').next().unwrap_or("");
        Ok(if source.trim().is_empty() {
            InputStatus::Empty
        } else if last.ends_with(':') || last.starts_with(' ') {
            InputStatus::Incomplete
        } else {
            InputStatus::Complete
        })
    }

    #[test]
    fn prompts_and_multi_line_statements() {
        let mut p = Pending::default();
        assert_eq!(p.prompt(), ">>> ");
        assert_eq!(p.push("x = 1", fake_check), Ok(Step::Run("x = 1".into())));
        assert_eq!(p.prompt(), ">>> ");
        assert_eq!(p.push("if x:", fake_check), Ok(Step::More));
        assert_eq!(p.prompt(), "... ");
        assert_eq!(p.push("    print(x)", fake_check), Ok(Step::More));
        assert_eq!(
            p.push("", fake_check),
            Ok(Step::Run("if x:\n    print(x)\n".into()))
        );
        assert_eq!(p.prompt(), ">>> ");
        assert_eq!(p.push("   ", fake_check), Ok(Step::Nothing));
        assert_eq!(p.prompt(), ">>> ");
    }

    #[test]
    fn ctrl_c_and_errors_drop_the_pending_lines() {
        let mut p = Pending::default();
        assert_eq!(p.push("def f():", fake_check), Ok(Step::More));
        p.clear();
        assert_eq!(p.prompt(), ">>> ");
        assert_eq!(p.push("def g():", fake_check), Ok(Step::More));
        assert_eq!(
            p.push("    pass", |_| Err(SessionError::Timeout)),
            Err(SessionError::Timeout)
        );
        assert_eq!(p.prompt(), ">>> ");
    }
}
