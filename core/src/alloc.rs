//! Memory accounting: a global allocator that counts live bytes, flags when the soft limit
//! is passed (the VM then raises MemoryError at its next check), and keeps an emergency
//! reserve so that running out of real memory becomes a MemoryError instead of an abort.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering::Relaxed};

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
static EXHAUSTED: AtomicBool = AtomicBool::new(false);
static RESERVE: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());

const RESERVE_SIZE: usize = 1 << 20;

/// The counting allocator (installed by the `python` binary).
pub struct CountingAlloc;

fn reserve_layout() -> Layout {
    // 1 MiB aligned to 16 is always a valid layout.
    Layout::from_size_align(RESERVE_SIZE, 16).unwrap_or(Layout::new::<u8>())
}

fn release_reserve() -> bool {
    let p = RESERVE.swap(std::ptr::null_mut(), Relaxed);
    if p.is_null() {
        return false;
    }
    // SAFETY: `p` was allocated by System with reserve_layout() in `acquire_reserve`.
    unsafe { System.dealloc(p, reserve_layout()) };
    true
}

/// Sets aside the emergency reserve (call once at start-up, and after a MemoryError).
pub fn acquire_reserve() {
    if RESERVE.load(Relaxed).is_null() {
        // SAFETY: the layout has non-zero size.
        let p = unsafe { System.alloc(reserve_layout()) };
        if !p.is_null() {
            RESERVE.store(p, Relaxed);
        }
    }
}

#[inline]
fn note_alloc(size: usize) {
    let now = ALLOCATED.fetch_add(size, Relaxed) + size;
    if now > LIMIT.load(Relaxed) {
        EXHAUSTED.store(true, Relaxed);
    }
    if now > PEAK.load(Relaxed) {
        PEAK.store(now, Relaxed);
    }
}

unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let mut p = System.alloc(layout);
        if p.is_null() && release_reserve() {
            EXHAUSTED.store(true, Relaxed);
            p = System.alloc(layout);
        }
        if !p.is_null() {
            note_alloc(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let mut p = System.alloc_zeroed(layout);
        if p.is_null() && release_reserve() {
            EXHAUSTED.store(true, Relaxed);
            p = System.alloc_zeroed(layout);
        }
        if !p.is_null() {
            note_alloc(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        ALLOCATED.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let mut p = System.realloc(ptr, layout, new_size);
        if p.is_null() && release_reserve() {
            EXHAUSTED.store(true, Relaxed);
            p = System.realloc(ptr, layout, new_size);
        }
        if !p.is_null() {
            ALLOCATED.fetch_sub(layout.size(), Relaxed);
            note_alloc(new_size);
        }
        p
    }
}

/// Sets the soft limit in bytes.
pub fn set_limit(bytes: usize) {
    LIMIT.store(bytes, Relaxed);
}

pub fn limit() -> usize {
    LIMIT.load(Relaxed)
}

pub fn allocated() -> usize {
    ALLOCATED.load(Relaxed)
}

pub fn peak() -> usize {
    PEAK.load(Relaxed)
}

/// Has the soft limit been passed (or real memory run out) since the last MemoryError?
#[inline]
pub fn over_limit() -> bool {
    EXHAUSTED.load(Relaxed)
}

/// Resets the flag after raising MemoryError and re-arms the reserve.
pub fn clear_exhausted() {
    EXHAUSTED.store(false, Relaxed);
    if ALLOCATED.load(Relaxed) <= LIMIT.load(Relaxed) {
        acquire_reserve();
    }
}

/// Would `bytes` more go past the soft limit?
pub fn would_exceed(bytes: usize) -> bool {
    let limit = LIMIT.load(Relaxed);
    ALLOCATED.load(Relaxed).saturating_add(bytes) > limit
}
