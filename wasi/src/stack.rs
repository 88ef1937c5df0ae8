//! Native stack for wasm code. wasmtime runs guest code on the calling thread's stack and
//! traps once the guest has used `RuntimeConfig::max_wasm_stack` of it; the calling thread
//! must really have that much (plus room for host calls), or the process would overflow its
//! stack instead of trapping. [`with_stack`] runs a guest call inline when the current thread
//! has enough stack left, and otherwise on a helper thread that does.

use std::cell::Cell;

/// Room kept for host functions the guest calls and for wasmtime's own frames.
const MARGIN: usize = 256 << 10;

thread_local! {
    /// Lowest usable address of this thread's stack (0: unknown, computed on first use).
    static LOW: Cell<usize> = const { Cell::new(0) };
}

#[cfg(target_os = "linux")]
fn stack_low() -> Option<usize> {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread; attr is destroyed
    // after pthread_attr_getstack has read the stack's bounds out of it.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let r = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if r != 0 || addr.is_null() {
            return None;
        }
        // The guard page(s) sit at the low end of the reported range.
        Some(addr as usize + 64 * 1024)
    }
}

#[cfg(not(target_os = "linux"))]
fn stack_low() -> Option<usize> {
    None
}

/// Bytes of stack left below the caller's frame, when the platform says.
fn remaining() -> Option<usize> {
    let mut low = LOW.with(Cell::get);
    if low == 0 {
        low = stack_low()?;
        LOW.with(|l| l.set(low));
    }
    let here = 0u8;
    let sp = std::hint::black_box(&here) as *const u8 as usize;
    sp.checked_sub(low)
}

/// Runs `f` (a call into wasm that may use up to `wasm_stack` bytes of native stack) on this
/// thread when it has the room, else on a scoped thread with a big enough stack. Errors
/// only when that thread cannot be created.
pub(crate) fn with_stack<R: Send>(
    wasm_stack: usize,
    f: impl FnOnce() -> R + Send,
) -> std::io::Result<R> {
    let needed = wasm_stack + MARGIN;
    match remaining() {
        Some(left) if left < needed => std::thread::scope(|s| {
            let handle = std::thread::Builder::new()
                .name("wasipy-guest".into())
                .stack_size(needed + MARGIN)
                .spawn_scoped(s, f)?;
            // A panic in the guest call is re-raised here, as if it had run inline.
            Ok(handle
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p)))
        }),
        // Enough room, or a platform where we cannot tell (their threads' default stacks
        // are at least as large as the default max_wasm_stack).
        _ => Ok(f()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_threads_get_a_helper_with_room() {
        let need = 4 << 20;
        let r = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || with_stack(need, || remaining().unwrap_or(usize::MAX)).unwrap())
            .unwrap()
            .join()
            .unwrap();
        assert!(r >= need, "only {r} bytes of stack left");
    }
}
