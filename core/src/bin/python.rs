//! The `python` command (python.wasm when built for wasm32-wasip1).
//!
//! Besides `_start` (the command line), python.wasm exports the session ABI of
//! `wasipy_core::abi` (see docs/abi.md): a host instantiates the module, calls
//! `wasipy_session_init` instead of `_start`, then drives the interpreter with `wasipy_call`.
//!
//! The exports are not wrapped by the linker (wasm-ld wraps a command's exports with
//! `__wasm_call_ctors`/`__wasm_call_dtors` only when the module has constructors, and this one
//! has none), so the interpreter's state lives on between calls; the host's session tests
//! check that. What `_start` does before `main` that a session still needs — wasi-libc's
//! `__wasi_init_tp`, which sets up the C library's thread block (locale, thread id) — is done
//! by `wasipy_session_init`.

#[global_allocator]
static ALLOC: wasipy_core::alloc::CountingAlloc = wasipy_core::alloc::CountingAlloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let status = wasipy_core::main_with_args(args);
    #[cfg(unix)]
    if wasipy_core::EXIT_BY_SIGINT.load(std::sync::atomic::Ordering::Relaxed) {
        extern "C" {
            fn raise(sig: i32) -> i32;
        }
        // SAFETY: raise(3) with SIGINT (2) has no memory effects; with the default
        // disposition it ends the process, else the exit below runs.
        unsafe {
            raise(2);
        }
    }
    std::process::exit(status);
}

/// The ABI version the host must check before anything else.
#[no_mangle]
pub extern "C" fn wasipy_abi_version() -> u32 {
    wasipy_core::abi::ABI_VERSION
}

/// Allocates `len` bytes of guest memory for a request (0 on failure).
#[no_mangle]
pub extern "C" fn wasipy_alloc(len: u32) -> *mut u8 {
    wasipy_core::abi::alloc_buffer(len)
}

/// Frees a buffer from `wasipy_alloc`.
///
/// # Safety
/// `ptr` and `len` must come from one `wasipy_alloc` call that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn wasipy_free(ptr: *mut u8, len: u32) {
    wasipy_core::abi::free_buffer(ptr, len)
}

#[cfg(target_os = "wasi")]
extern "C" {
    /// wasi-libc's start-up of its thread block, called by `_start` (crt1-command.c).
    fn __wasi_init_tp();
}

/// Creates the session interpreter (idempotent); returns a status. `sys.argv` is the WASI
/// command line (`[""]` when empty).
#[no_mangle]
pub extern "C" fn wasipy_session_init() -> u32 {
    init_libc();
    wasipy_core::abi::session_init_with_argv(std::env::args().collect())
}

/// What `_start` does for the C library before `main` (its thread block), for the exports a
/// host calls instead of `_start`. Once per instance: the flag is in the memory a snapshot
/// keeps, so a run started from one (which `_start` then sets up again) skips it.
fn init_libc() {
    #[cfg(target_os = "wasi")]
    {
        use std::sync::atomic::{AtomicBool, Ordering};
        static LIBC_READY: AtomicBool = AtomicBool::new(false);
        if !LIBC_READY.swap(true, Ordering::Relaxed) {
            // SAFETY: runs once, before any other code of this instance when the host calls
            // `wasipy_session_init` or `wasipy_preinit` instead of `_start`, exactly as
            // `_start` would.
            unsafe { __wasi_init_tp() };
        }
    }
}

/// Builds the interpreter's run-independent state (`wasipy_core::preinit`) so the host can
/// snapshot the memory; returns 0. Makes no WASI call.
#[no_mangle]
pub extern "C" fn wasipy_preinit() -> u32 {
    init_libc();
    wasipy_core::preinit();
    0
}

/// Runs operation `op` on the request at `ptr..ptr+len`; the result is then available through
/// `wasipy_result_ptr`/`wasipy_result_len` until the next call. Returns the status.
///
/// # Safety
/// `ptr..ptr+len` must be a readable buffer (normally from `wasipy_alloc`).
#[no_mangle]
pub unsafe extern "C" fn wasipy_call(op: u32, ptr: *const u8, len: u32) -> u32 {
    wasipy_core::abi::call_raw(op, ptr, len)
}

#[no_mangle]
pub extern "C" fn wasipy_result_ptr() -> *const u8 {
    wasipy_core::abi::result_ptr()
}

#[no_mangle]
pub extern "C" fn wasipy_result_len() -> u32 {
    wasipy_core::abi::result_len()
}
