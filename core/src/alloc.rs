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

/// Free lists of small blocks, one per 16-byte size class, in front of the system allocator
/// (wasi-libc's dlmalloc): the interpreter allocates and frees objects, dicts and frames of a
/// few sizes at a high rate, and a pop or push here is a handful of instructions against a
/// hundred or more in malloc/free. Only for single-threaded wasm; native builds (tests, tools)
/// use the system allocator directly.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
mod pool {
    use std::alloc::Layout;
    use std::cell::UnsafeCell;

    /// Blocks of 1..=MAX_SIZE bytes with alignment <= MAX_ALIGN are pooled.
    const MAX_SIZE: usize = 256;
    const MAX_ALIGN: usize = 8;
    const CLASSES: usize = MAX_SIZE / 16;
    /// Bytes kept in all lists together; past it, freed blocks go back to the system
    /// allocator (a larger reserve only holds memory that malloc could otherwise reuse for
    /// other sizes: steady loops recycle a few blocks per class).
    const BUDGET: usize = 64 << 10;

    struct Lists {
        heads: [*mut u8; CLASSES],
        /// Bytes held in all lists.
        held: usize,
    }

    struct Shared(UnsafeCell<Lists>);

    // SAFETY: wasm32 without the atomics feature has exactly one thread.
    unsafe impl Sync for Shared {}

    static LISTS: Shared = Shared(UnsafeCell::new(Lists {
        heads: [std::ptr::null_mut(); CLASSES],
        held: 0,
    }));

    /// The size class of `layout` and the layout every block of that class is allocated
    /// with (so that any pooled block fits any request of its class).
    #[inline]
    pub fn class(layout: Layout) -> Option<(usize, Layout)> {
        let size = layout.size();
        if size == 0 || size > MAX_SIZE || layout.align() > MAX_ALIGN {
            return None;
        }
        let c = (size - 1) >> 4;
        // (c + 1) * 16 <= MAX_SIZE and the alignment is a power of two <= 8: always valid.
        Layout::from_size_align((c + 1) << 4, MAX_ALIGN)
            .ok()
            .map(|l| (c, l))
    }

    /// A pooled block of class `c`, or null.
    #[inline]
    pub unsafe fn pop(c: usize) -> *mut u8 {
        let lists = &mut *LISTS.0.get();
        let head = lists.heads[c];
        if !head.is_null() {
            // SAFETY: a pooled block is at least 16 bytes and 8-aligned; its first word
            // holds the next link, written by `push`.
            lists.heads[c] = *(head as *mut *mut u8);
            lists.held -= (c + 1) << 4;
        }
        head
    }

    /// Keeps `p` (a block of class `c`) for reuse; false when the class's list is full.
    #[inline]
    pub unsafe fn push(c: usize, p: *mut u8) -> bool {
        let lists = &mut *LISTS.0.get();
        let size = (c + 1) << 4;
        if lists.held + size > BUDGET {
            return false;
        }
        *(p as *mut *mut u8) = lists.heads[c];
        lists.heads[c] = p;
        lists.held += size;
        true
    }
}

unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        #[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
        let layout = match pool::class(layout) {
            Some((c, class_layout)) => {
                let p = pool::pop(c);
                if !p.is_null() {
                    note_alloc(layout.size());
                    return p;
                }
                class_layout
            }
            None => layout,
        };
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
        // Pooled sizes come from `alloc` (a reused block is not zeroed).
        #[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
        if pool::class(layout).is_some() {
            let p = self.alloc(layout);
            if !p.is_null() {
                std::ptr::write_bytes(p, 0, layout.size());
            }
            return p;
        }
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
        #[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
        let layout = match pool::class(layout) {
            Some((c, class_layout)) => {
                if pool::push(c, ptr) {
                    return;
                }
                class_layout
            }
            None => layout,
        };
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old_size = layout.size();
        // A block that may end up pooled must have its class's full size.
        #[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
        let (layout, real_size) = {
            let old = pool::class(layout).map_or(layout, |(_, l)| l);
            let new = Layout::from_size_align(new_size, layout.align())
                .ok()
                .and_then(pool::class)
                .map_or(new_size, |(_, l)| l.size());
            (old, new)
        };
        #[cfg(not(all(target_family = "wasm", not(target_feature = "atomics"))))]
        let real_size = new_size;
        let mut p = System.realloc(ptr, layout, real_size);
        if p.is_null() && release_reserve() {
            EXHAUSTED.store(true, Relaxed);
            p = System.realloc(ptr, layout, real_size);
        }
        if !p.is_null() {
            ALLOCATED.fetch_sub(old_size, Relaxed);
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
