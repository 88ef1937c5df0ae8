//! Streaming the guest's stdout/stderr to JavaScript callbacks while also collecting it.
//!
//! The host's `OutputSink::Callback` hands every chunk to a Rust closure on the thread that
//! runs the guest. For an async run that is a libuv pool thread, so the chunk travels to the
//! JavaScript callback through a thread-safe function (queued, delivered in order on the main
//! thread); for `runSync` it is the main thread itself, inside the native call, so the chunk
//! is delivered synchronously. Either way the bytes are also collected, so the result carries
//! the whole output as well, and the chunks are counted so the wrapper can wait for the last
//! queued ones before it settles the promise.

use std::ptr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, ThreadId};

use napi::bindgen_prelude::{Buffer, Function};
use napi::sys;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::{Env, JsValue, Status};
use wasipy_wasi::OutputSink;

/// A JavaScript output callback taking one `Buffer` chunk.
pub type JsChunkFn<'a> = Function<'a, Buffer, ()>;

/// Thread-safe function type used for async runs: chunks are queued without a size bound
/// (the host's output limit bounds the total) and errors are not passed as first argument.
type ChunkTsfn = ThreadsafeFunction<Buffer, (), Buffer, Status, false>;

/// What one output stream collected: all bytes, and how many chunks went to JavaScript.
#[derive(Default)]
pub struct Collected {
    bytes: Mutex<Vec<u8>>,
    chunks: AtomicU32,
}

impl Collected {
    pub fn push(&self, chunk: &[u8]) {
        // A poisoned lock only means another push panicked; the bytes are still valid.
        let mut bytes = self.bytes.lock().unwrap_or_else(|p| p.into_inner());
        bytes.extend_from_slice(chunk);
    }

    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.bytes.lock().unwrap_or_else(|p| p.into_inner()))
    }

    pub fn chunks(&self) -> u32 {
        self.chunks.load(Ordering::Acquire)
    }

    fn count(&self) {
        self.chunks.fetch_add(1, Ordering::AcqRel);
    }
}

/// A stream's sink plus, when it streams, what it collected.
pub struct Stream {
    pub sink: OutputSink,
    pub collected: Option<Arc<Collected>>,
}

impl Stream {
    fn capture() -> Self {
        Stream {
            sink: OutputSink::Capture,
            collected: None,
        }
    }

    /// The bytes of this stream: collected ones when streamed, else the host's capture.
    pub fn bytes(&self, captured: Vec<u8>) -> Vec<u8> {
        match &self.collected {
            Some(collected) => collected.take(),
            None => captured,
        }
    }

    pub fn chunks(&self) -> u32 {
        self.collected.as_ref().map_or(0, |c| c.chunks())
    }
}

/// A sink for an async run: chunks go to `callback` through a thread-safe function.
pub fn async_stream(callback: Option<JsChunkFn<'_>>) -> napi::Result<Stream> {
    let Some(callback) = callback else {
        return Ok(Stream::capture());
    };
    let tsfn: ChunkTsfn = callback
        .build_threadsafe_function::<Buffer>()
        .callee_handled::<false>()
        .build()?;
    let collected = Arc::new(Collected::default());
    let sink_collected = Arc::clone(&collected);
    let sink = OutputSink::Callback(Arc::new(move |chunk: &[u8]| {
        sink_collected.push(chunk);
        // Unbounded queue: NonBlocking never fails for lack of room. `Closing` means the
        // environment is shutting down; the chunk is then still in the collected output.
        let status = tsfn.call(Buffer::from(chunk), ThreadsafeFunctionCallMode::NonBlocking);
        if status == Status::Ok {
            sink_collected.count();
        }
    }));
    Ok(Stream {
        sink,
        collected: Some(collected),
    })
}

/// A JavaScript function called synchronously on the thread that created it (the main
/// thread, during `runSync` or a synchronous session call).
struct SyncCallback {
    env: sys::napi_env,
    func: sys::napi_ref,
    thread: ThreadId,
}

// SAFETY: the raw handles are only used on `thread`, the JavaScript thread that created them
// (checked in `call` and `drop`); other threads only move the struct around inside the
// host's sink, which is called on the thread running the guest — the same thread for a
// synchronous run.
unsafe impl Send for SyncCallback {}
// SAFETY: as above: no access happens off `thread`.
unsafe impl Sync for SyncCallback {}

impl SyncCallback {
    fn new(env: &Env, callback: &JsChunkFn<'_>) -> napi::Result<Self> {
        let mut func = ptr::null_mut();
        // SAFETY: `callback` is a live function value of this env on this thread.
        let status = unsafe { sys::napi_create_reference(env.raw(), callback.raw(), 1, &mut func) };
        check(status, "cannot keep a reference to the output callback")?;
        Ok(SyncCallback {
            env: env.raw(),
            func,
            thread: thread::current().id(),
        })
    }

    /// Calls the function with a Buffer copy of `chunk`. Returns whether it was called.
    fn call(&self, chunk: &[u8]) -> bool {
        if thread::current().id() != self.thread {
            return false;
        }
        // SAFETY: we are on the env's own thread, inside the native call that created this
        // callback (the run is synchronous), so the env and the reference are alive. A handle
        // scope per chunk keeps a long run from piling up handles.
        unsafe {
            let mut scope = ptr::null_mut();
            if sys::napi_open_handle_scope(self.env, &mut scope) != sys::Status::napi_ok {
                return false;
            }
            let mut called = false;
            let mut func = ptr::null_mut();
            let mut undefined = ptr::null_mut();
            let mut data = ptr::null_mut();
            let mut buffer = ptr::null_mut();
            if sys::napi_get_reference_value(self.env, self.func, &mut func) == sys::Status::napi_ok
                && sys::napi_get_undefined(self.env, &mut undefined) == sys::Status::napi_ok
                && sys::napi_create_buffer_copy(
                    self.env,
                    chunk.len(),
                    chunk.as_ptr().cast(),
                    &mut data,
                    &mut buffer,
                ) == sys::Status::napi_ok
            {
                let mut ret = ptr::null_mut();
                let argv = [buffer];
                let status =
                    sys::napi_call_function(self.env, undefined, func, 1, argv.as_ptr(), &mut ret);
                called = status == sys::Status::napi_ok;
                if !called {
                    // The wrapper's callback never throws; should one still escape, clear it
                    // so the run goes on (the chunk is still collected).
                    let mut exception = ptr::null_mut();
                    sys::napi_get_and_clear_last_exception(self.env, &mut exception);
                }
            }
            sys::napi_close_handle_scope(self.env, scope);
            called
        }
    }
}

impl Drop for SyncCallback {
    fn drop(&mut self) {
        if thread::current().id() == self.thread {
            // SAFETY: on the env's own thread; the reference was created by `new`.
            unsafe {
                sys::napi_delete_reference(self.env, self.func);
            }
        }
        // Dropped elsewhere (cannot happen for a synchronous run): leak the reference rather
        // than touch the env from a foreign thread.
    }
}

/// A sink for a synchronous run: chunks go straight to `callback` on this thread.
pub fn sync_stream(env: &Env, callback: Option<JsChunkFn<'_>>) -> napi::Result<Stream> {
    let Some(callback) = callback else {
        return Ok(Stream::capture());
    };
    let js = SyncCallback::new(env, &callback)?;
    let collected = Arc::new(Collected::default());
    let sink_collected = Arc::clone(&collected);
    let sink = OutputSink::Callback(Arc::new(move |chunk: &[u8]| {
        sink_collected.push(chunk);
        if js.call(chunk) {
            sink_collected.count();
        }
    }));
    Ok(Stream {
        sink,
        collected: Some(collected),
    })
}

fn check(status: sys::napi_status, what: &str) -> napi::Result<()> {
    if status == sys::Status::napi_ok {
        Ok(())
    } else {
        Err(napi::Error::new(Status::from(status), what.to_string()))
    }
}
