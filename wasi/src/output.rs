//! The guest's stdout/stderr: a byte-limited pipe that captures, passes through to the host's
//! own stream, or calls back. Past the limit it keeps what fits, flags the truncation and stops
//! the run with a trap (wasmtime's `MemoryOutputPipe` traps without telling us why or keeping
//! the flag, hence our own).

use std::io::Write;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};

use bytes::Bytes;
use tokio::io::AsyncWrite;
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamError, StreamResult};

use crate::options::OutputSink;

/// Which host stream `OutputSink::Inherit` writes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HostStream {
    Stdout,
    Stderr,
}

/// Largest write permit handed to the guest at once.
const PERMIT: usize = 1 << 20;

/// A guest output stream; clones share one state.
#[derive(Clone)]
pub(crate) struct OutputPipe {
    state: Arc<Mutex<PipeState>>,
    host: HostStream,
}

struct PipeState {
    sink: OutputSink,
    limit: usize,
    written: usize,
    captured: Vec<u8>,
    /// The last bytes delivered, whatever the sink: the traceback's last line lives here.
    tail: Vec<u8>,
    truncated: bool,
}

/// How many trailing bytes [`OutputPipe::tail`] keeps.
const TAIL: usize = 4096;

/// Marker error carried by the trap that ends a run which wrote past its output limit.
#[derive(Debug)]
pub(crate) struct OutputLimitExceeded;

impl std::fmt::Display for OutputLimitExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("output limit exceeded")
    }
}

impl std::error::Error for OutputLimitExceeded {}

impl OutputPipe {
    pub(crate) fn new(sink: OutputSink, limit: usize, host: HostStream) -> Self {
        OutputPipe {
            state: Arc::new(Mutex::new(PipeState {
                sink,
                limit,
                written: 0,
                captured: Vec::new(),
                tail: Vec::new(),
                truncated: false,
            })),
            host,
        }
    }

    /// The captured bytes (empty unless the sink is `Capture`) and the truncation flag.
    pub(crate) fn finish(&self) -> (Vec<u8>, bool) {
        let mut state = self.lock();
        (std::mem::take(&mut state.captured), state.truncated)
    }

    fn lock(&self) -> MutexGuard<'_, PipeState> {
        // A poisoned lock only means a callback panicked mid-write; the state stays usable.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Delivers `bytes`, up to the limit. Returns `Err` once the limit is passed.
    fn deliver(&self, bytes: &[u8]) -> StreamResult<()> {
        let mut state = self.lock();
        if state.truncated {
            return Err(StreamError::Trap(OutputLimitExceeded.into()));
        }
        let room = state.limit.saturating_sub(state.written);
        let (now, over) = if bytes.len() > room {
            (&bytes[..room], true)
        } else {
            (bytes, false)
        };
        state.written += now.len();
        if !now.is_empty() {
            let keep = &now[now.len().saturating_sub(TAIL)..];
            let drop_front = (state.tail.len() + keep.len()).saturating_sub(TAIL);
            state.tail.drain(..drop_front);
            state.tail.extend_from_slice(keep);
            match &state.sink {
                OutputSink::Capture => state.captured.extend_from_slice(now),
                OutputSink::Inherit => {
                    let written = match self.host {
                        HostStream::Stdout => {
                            let mut out = std::io::stdout().lock();
                            out.write_all(now).and_then(|()| out.flush())
                        }
                        HostStream::Stderr => std::io::stderr().lock().write_all(now),
                    };
                    if let Err(e) = written {
                        return Err(if e.kind() == std::io::ErrorKind::BrokenPipe {
                            StreamError::Closed
                        } else {
                            StreamError::LastOperationFailed(e.into())
                        });
                    }
                }
                OutputSink::Callback(callback) => {
                    let callback = Arc::clone(callback);
                    drop(state);
                    callback(now);
                    state = self.lock();
                }
            }
        }
        if over {
            state.truncated = true;
            return Err(StreamError::Trap(OutputLimitExceeded.into()));
        }
        Ok(())
    }

    /// The last few KiB delivered (for reading the exception when stderr was not captured).
    pub(crate) fn tail(&self) -> Vec<u8> {
        self.lock().tail.clone()
    }

    /// Bytes delivered so far, and whether they end with a newline (true when none).
    pub(crate) fn progress(&self) -> (u64, bool) {
        let state = self.lock();
        let ends_line = state.tail.last().is_none_or(|&b| b == b'\n');
        (state.written as u64, ends_line)
    }

    /// Whether the run went past this stream's limit.
    pub(crate) fn truncated(&self) -> bool {
        self.lock().truncated
    }
}

impl IsTerminal for OutputPipe {
    fn is_terminal(&self) -> bool {
        let inherit = matches!(self.lock().sink, OutputSink::Inherit);
        inherit
            && match self.host {
                HostStream::Stdout => std::io::IsTerminal::is_terminal(&std::io::stdout()),
                HostStream::Stderr => std::io::IsTerminal::is_terminal(&std::io::stderr()),
            }
    }
}

impl StdoutStream for OutputPipe {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for OutputPipe {
    async fn ready(&mut self) {}
}

#[wasmtime_wasi::async_trait]
impl OutputStream for OutputPipe {
    fn write(&mut self, bytes: Bytes) -> StreamResult<()> {
        self.deliver(&bytes)
    }

    fn flush(&mut self) -> StreamResult<()> {
        Ok(())
    }

    fn check_write(&mut self) -> StreamResult<usize> {
        // Always grant a permit: a write past the limit must reach `deliver` to end the run.
        Ok(PERMIT)
    }
}

impl AsyncWrite for OutputPipe {
    fn poll_write(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Poll::Ready(match self.deliver(buf) {
            Ok(()) => Ok(buf.len()),
            Err(_) => Err(std::io::Error::other(OutputLimitExceeded)),
        })
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
