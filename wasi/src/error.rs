//! Errors that stop a run from starting. A run that starts always ends in a
//! [`RunResult`](crate::RunResult), whatever the guest does.

use std::fmt;
use std::path::PathBuf;

/// Why a [`Runtime`](crate::Runtime) could not be built or a run could not start.
#[derive(Debug)]
pub enum Error {
    /// wasmtime refused the engine configuration or the module (text from wasmtime).
    Engine(String),
    /// A mount's host directory could not be opened.
    Mount {
        /// The host directory of the mount.
        host: PathBuf,
        /// Why it could not be opened.
        reason: String,
    },
    /// An option is invalid (a NUL byte in an argument, `=` in an env key, …).
    InvalidOption(String),
    /// `limits.fuel` was set but the runtime was built without `RuntimeConfig::fuel`.
    FuelNotEnabled,
    /// The sandbox could not be instantiated (e.g. every pooling slot is in use).
    Instantiate(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Engine(msg) => write!(f, "wasmtime engine error: {msg}"),
            Error::Mount { host, reason } => {
                write!(f, "cannot mount {}: {reason}", host.display())
            }
            Error::InvalidOption(msg) => write!(f, "invalid option: {msg}"),
            Error::FuelNotEnabled => write!(
                f,
                "a fuel limit needs a runtime built with RuntimeConfig {{ fuel: true, .. }}"
            ),
            Error::Instantiate(msg) => write!(f, "cannot instantiate the sandbox: {msg}"),
        }
    }
}

impl std::error::Error for Error {}
