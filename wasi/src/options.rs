//! What one run is given: the program, its arguments, input, env, mounts, limits and where its
//! output goes. Everything is explicit; the defaults grant nothing and bound everything.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Default wall-clock limit of a run.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default hard limit of the guest's linear memory.
pub const DEFAULT_MEMORY: u64 = 256 * 1024 * 1024;
/// Default capture limit for each of stdout and stderr.
pub const DEFAULT_MAX_OUTPUT: usize = 16 * 1024 * 1024;
/// The seed used for the random generators in deterministic mode unless another is given.
pub const DEFAULT_SEED: u64 = 0x5eed;

/// One sandboxed run of python.wasm.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// What to run: `-c CODE`, a script path (as the guest sees it), `-m MODULE`, or stdin.
    pub program: Program,
    /// `sys.argv[1:]`.
    pub args: Vec<String>,
    /// The guest's standard input.
    pub stdin: Stdin,
    /// Environment variables, exactly these (nothing is inherited from the host).
    pub env: Vec<(String, String)>,
    /// Host directories the guest may see. None by default.
    pub mounts: Vec<Mount>,
    /// Resource limits.
    pub limits: Limits,
    /// Fixed clocks and seeded random generators, for reproducible runs.
    pub deterministic: Option<Deterministic>,
    /// Where the guest's stdout goes (captured by default).
    pub stdout: OutputSink,
    /// Where the guest's stderr goes (captured by default).
    pub stderr: OutputSink,
    /// Lets another thread stop the run (`Outcome::Cancelled`).
    pub cancel: Option<CancelHandle>,
}

impl RunOptions {
    /// Options to run `code` as `python -c CODE` with every other setting at its default.
    pub fn code(code: impl Into<String>) -> Self {
        RunOptions {
            program: Program::Code(code.into()),
            ..RunOptions::default()
        }
    }
}

/// What the interpreter runs; it becomes the guest's command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    /// `python -c CODE`.
    Code(String),
    /// `python PATH`: a path the guest can open, so it must lie inside a mount.
    Script(String),
    /// `python -m MODULE`.
    Module(String),
    /// `python -`: the program is read from stdin.
    Stdin,
}

impl Default for Program {
    fn default() -> Self {
        Program::Code(String::new())
    }
}

/// The guest's standard input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Stdin {
    /// Empty: reads see end of file.
    #[default]
    Empty,
    /// These bytes, then end of file.
    Bytes(Vec<u8>),
    /// The host process's own stdin. A read blocks the run until input comes: the timeout
    /// is enforced when the read returns. For interactive command-line use only.
    Inherit,
}

/// A host directory made visible to the guest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mount {
    /// The directory on the host.
    pub host: PathBuf,
    /// Where the guest sees it (an absolute path such as `/data`, or `.`).
    pub guest: String,
    /// Whether the guest may create, write, rename and delete inside it.
    pub writable: bool,
}

impl Mount {
    /// A read-only mount.
    pub fn read_only(host: impl Into<PathBuf>, guest: impl Into<String>) -> Self {
        Mount {
            host: host.into(),
            guest: guest.into(),
            writable: false,
        }
    }

    /// A read-write mount.
    pub fn read_write(host: impl Into<PathBuf>, guest: impl Into<String>) -> Self {
        Mount {
            host: host.into(),
            guest: guest.into(),
            writable: true,
        }
    }
}

/// Resource limits of one run. Each has a safe default; each ends the run in its own outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock limit, enforced within a few milliseconds even in a loop with no calls.
    pub timeout: Duration,
    /// Hard limit on the guest's linear memory, in bytes. The guest is told a slightly lower
    /// soft limit (`WASIPY_MAX_MEMORY`) so the interpreter can raise `MemoryError` first.
    pub memory: u64,
    /// Instruction budget (wasmtime fuel); needs a runtime built with fuel enabled.
    pub fuel: Option<u64>,
    /// Capture (or pass-through) limit for each of stdout and stderr, in bytes. Going past it
    /// truncates the stream at the limit and ends the run with `Outcome::OutputLimit`.
    pub max_output: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: DEFAULT_TIMEOUT,
            memory: DEFAULT_MEMORY,
            fuel: None,
            max_output: DEFAULT_MAX_OUTPUT,
        }
    }
}

/// Deterministic mode: both clocks start at fixed values and advance only by 1 µs per read
/// and by the length of each sleep (sleeps return at once); random bytes come from `seed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deterministic {
    /// Seed for the guest's random generators.
    pub seed: u64,
}

impl Default for Deterministic {
    fn default() -> Self {
        Deterministic { seed: DEFAULT_SEED }
    }
}

/// Receives each chunk of a guest output stream, in order, on the run's thread.
pub type OutputCallback = Arc<dyn Fn(&[u8]) + Send + Sync>;

/// Where a guest output stream goes. The byte limit applies to every kind.
#[derive(Clone, Default)]
pub enum OutputSink {
    /// Kept in memory and returned in the `RunResult`.
    #[default]
    Capture,
    /// Written straight to the host process's matching stream (stdout or stderr).
    Inherit,
    /// Each chunk the guest writes is handed to this callback, in order, on the run's thread.
    Callback(OutputCallback),
}

impl std::fmt::Debug for OutputSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutputSink::Capture => f.write_str("Capture"),
            OutputSink::Inherit => f.write_str("Inherit"),
            OutputSink::Callback(_) => f.write_str("Callback(..)"),
        }
    }
}

/// Stops a run from another thread: the run ends with `Outcome::Cancelled` within one epoch
/// tick (5 ms by default), also when it is sleeping. Clones share the flag.
#[derive(Clone, Debug, Default)]
pub struct CancelHandle(Arc<AtomicBool>);

impl CancelHandle {
    /// A handle that has not been cancelled.
    pub fn new() -> Self {
        CancelHandle::default()
    }

    /// Asks the run to stop. A run that has not started yet stops as soon as it starts.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Release);
    }

    /// Whether `cancel` was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}
