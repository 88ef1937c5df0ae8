//! What a run returns: how it ended, what it printed, and what it cost.

use std::time::Duration;

/// How a run ended. Every run that starts ends in exactly one of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The program exited by itself (normally, by `sys.exit`, or by an uncaught exception).
    Completed {
        /// The process exit status (0 success, 1 uncaught exception, …).
        exit_status: i32,
    },
    /// The wall-clock limit was reached.
    Timeout,
    /// The guest needed more linear memory than the limit allows and could not recover.
    MemoryLimit,
    /// The fuel budget ran out.
    FuelExhausted,
    /// stdout or stderr went past its byte limit.
    OutputLimit,
    /// The caller cancelled the run (`CancelHandle::cancel`).
    Cancelled,
    /// The guest trapped (a bug in the interpreter, a stack overflow, …).
    Crashed {
        /// wasmtime's description of the trap.
        trap: String,
    },
}

impl Outcome {
    /// The exit status the `wasipy` command uses for this outcome (documented in the README).
    pub fn exit_status(&self) -> i32 {
        match self {
            Outcome::Completed { exit_status } => *exit_status,
            Outcome::Crashed { .. } => EXIT_CRASHED,
            Outcome::OutputLimit => EXIT_OUTPUT_LIMIT,
            Outcome::FuelExhausted => EXIT_FUEL_EXHAUSTED,
            Outcome::Timeout => EXIT_TIMEOUT,
            Outcome::MemoryLimit => EXIT_MEMORY_LIMIT,
            Outcome::Cancelled => EXIT_CANCELLED,
        }
    }

    /// A short stable name: `completed`, `timeout`, `memory_limit`, `fuel_exhausted`,
    /// `output_limit`, `cancelled` or `crashed`.
    pub fn name(&self) -> &'static str {
        match self {
            Outcome::Completed { .. } => "completed",
            Outcome::Timeout => "timeout",
            Outcome::MemoryLimit => "memory_limit",
            Outcome::FuelExhausted => "fuel_exhausted",
            Outcome::OutputLimit => "output_limit",
            Outcome::Cancelled => "cancelled",
            Outcome::Crashed { .. } => "crashed",
        }
    }
}

/// `wasipy` exit status when the host itself failed (bad mount, engine error).
pub const EXIT_HOST_ERROR: i32 = 120;
/// `wasipy` exit status for [`Outcome::Crashed`].
pub const EXIT_CRASHED: i32 = 121;
/// `wasipy` exit status for [`Outcome::OutputLimit`].
pub const EXIT_OUTPUT_LIMIT: i32 = 122;
/// `wasipy` exit status for [`Outcome::FuelExhausted`].
pub const EXIT_FUEL_EXHAUSTED: i32 = 123;
/// `wasipy` exit status for [`Outcome::Timeout`] (as GNU `timeout`).
pub const EXIT_TIMEOUT: i32 = 124;
/// `wasipy` exit status for [`Outcome::MemoryLimit`].
pub const EXIT_MEMORY_LIMIT: i32 = 125;

/// `wasipy`-style exit status for [`Outcome::Cancelled`] (as for SIGINT).
pub const EXIT_CANCELLED: i32 = 130;

/// The exception that ended the program, read from the last line of its traceback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PythonException {
    /// The exception's type as Python prints it (`ZeroDivisionError`, `json.JSONDecodeError`).
    pub type_name: String,
    /// The message after `: `, empty when there is none.
    pub message: String,
}

/// Everything about a finished run.
#[derive(Clone, Debug)]
pub struct RunResult {
    /// How the run ended.
    pub outcome: Outcome,
    /// Captured stdout (empty when stdout was not captured).
    pub stdout: Vec<u8>,
    /// Captured stderr (empty when stderr was not captured).
    pub stderr: Vec<u8>,
    /// stdout went past its limit and was cut there.
    pub stdout_truncated: bool,
    /// stderr went past its limit and was cut there.
    pub stderr_truncated: bool,
    /// The uncaught exception, when the program died of one and stderr was captured.
    pub exception: Option<PythonException>,
    /// Wall-clock time of the run, from instantiation to the end.
    pub duration: Duration,
    /// Fuel consumed, when a fuel limit was set.
    pub fuel_used: Option<u64>,
    /// The largest size the guest's linear memory reached, in bytes.
    pub peak_memory: u64,
}

impl RunResult {
    /// stdout as text (invalid UTF-8 replaced).
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// stderr as text (invalid UTF-8 replaced).
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

/// Reads the exception from CPython-style stderr: the last non-empty line, when the output
/// looks like a traceback (`Traceback (most recent call last):` or a `  File "…"` line, which
/// a SyntaxError prints without the header) and that line is `Name` or `Name: message`.
pub fn parse_exception(stderr: &[u8]) -> Option<PythonException> {
    let text = String::from_utf8_lossy(stderr);
    let mut lines = text.lines().rev().filter(|l| !l.trim().is_empty());
    let last = lines.next()?;
    // The text is the tail of stderr: a huge source line (a SyntaxError's caret line) can push
    // the `File` line out of it, but the line before the exception line is then indented.
    // An error raised before any frame runs (RecursionError while compiling) is printed as
    // the bare exception line.
    let previous = lines.next();
    let bare_builtin = previous.is_none()
        && last.split(':').next().is_some_and(|n| {
            [
                "Error",
                "Exception",
                "Exit",
                "Interrupt",
                "Warning",
                "Group",
            ]
            .iter()
            .any(|s| n.ends_with(s))
        });
    let looks_like_traceback = text.contains("Traceback (most recent call last):")
        || text.lines().any(|l| l.starts_with("  File \""))
        || previous.is_some_and(|l| l.starts_with("    "))
        || bare_builtin;
    if !looks_like_traceback {
        return None;
    }
    if last.starts_with(' ') {
        return None;
    }
    let (name, message) = match last.split_once(": ") {
        Some((name, message)) => (name, message),
        None => (last.strip_suffix(':').unwrap_or(last), ""),
    };
    let is_name = !name.is_empty()
        && name.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && chars.all(|c| c.is_alphanumeric() || c == '_')
        });
    is_name.then(|| PythonException {
        type_name: name.to_string(),
        message: message.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exc(t: &str, m: &str) -> Option<PythonException> {
        Some(PythonException {
            type_name: t.into(),
            message: m.into(),
        })
    }

    #[test]
    fn parses_a_bare_exception_line() {
        assert_eq!(
            parse_exception(
                b"RecursionError: maximum recursion depth exceeded during compilation\n"
            ),
            exc(
                "RecursionError",
                "maximum recursion depth exceeded during compilation"
            )
        );
        assert_eq!(parse_exception(b"Note: something\n"), None);
    }

    #[test]
    fn parses_a_traceback() {
        let err = b"Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    1/0\nZeroDivisionError: division by zero\n";
        assert_eq!(
            parse_exception(err),
            exc("ZeroDivisionError", "division by zero")
        );
    }

    #[test]
    fn parses_a_syntax_error_and_bare_names() {
        let err = b"  File \"x.py\", line 1\n    def\n       ^\nSyntaxError: invalid syntax\n";
        assert_eq!(parse_exception(err), exc("SyntaxError", "invalid syntax"));
        let err = b"Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nKeyboardInterrupt\n";
        assert_eq!(parse_exception(err), exc("KeyboardInterrupt", ""));
        let err = b"Traceback (most recent call last):\njson.decoder.JSONDecodeError: Expecting value: line 1\n";
        assert_eq!(
            parse_exception(err),
            exc("json.decoder.JSONDecodeError", "Expecting value: line 1")
        );
    }

    #[test]
    fn ignores_other_stderr() {
        assert_eq!(parse_exception(b"warning: something\n"), None);
        assert_eq!(parse_exception(b""), None);
        assert_eq!(
            parse_exception(b"Traceback (most recent call last):\n  oops it was cut"),
            None
        );
        assert_eq!(parse_exception(&[0xff, 0xfe, b'\n']), None);
    }
}
