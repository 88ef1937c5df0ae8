//! The `python` command (python.wasm when built for wasm32-wasip1).
//!
//! Besides `_start` (the command line), python.wasm exports the session ABI of
//! `wasipy_core::abi` (see docs/abi.md): a host instantiates the module, calls
//! `wasipy_session_init` instead of `_start`, then drives the interpreter with `wasipy_call`.

#[global_allocator]
static ALLOC: wasipy_core::alloc::CountingAlloc = wasipy_core::alloc::CountingAlloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let status = wasipy_core::main_with_args(args);
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

/// Creates the session interpreter (idempotent); returns a status.
#[no_mangle]
pub extern "C" fn wasipy_session_init() -> u32 {
    wasipy_core::abi::session_init()
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
