//! The object model: `Value` (small values inline, everything else behind an `Rc`),
//! `PyObject` (class pointer, optional `__dict__`, payload) and the payload kinds.
//!
//! Rule for all code touching `RefCell`s inside objects: never call into Python (anything
//! that takes `&mut Vm` and may run user code) while holding a borrow. Copy out, drop the
//! borrow, then call.

use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell, UnsafeCell};
use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::bytecode::Code;
use crate::dict::PyDict;
use crate::set::SetData;

pub type PyRef = Rc<PyObject>;

/// A Python value. Small immutable values are stored inline.
///
/// `repr(u64)`: a word-sized tag puts every payload at offset 8, so a value is copied as two
/// aligned words. With the default layout (tag byte, `bool` at offset 1) a copy under wasm
/// was a byte plus two overlapping 8-byte moves through a stack temporary, and the reload
/// stalled on store forwarding (a third of the time of a simple loop).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Internal marker: an unbound local, an empty stack slot, "no self" for method calls.
    /// Never visible to Python code.
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(PyRef),
}

impl Clone for Value {
    /// Only `Obj` owns anything; every other variant is plain data copied bitwise (this
    /// avoids a jump over all variants on the hottest path of the interpreter).
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Obj(o) => Value::Obj(o.clone()),
            // SAFETY: a non-`Obj` value holds no pointer or resource; a bitwise copy is a
            // valid, independent value.
            _ => unsafe { std::ptr::read(self) },
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "<NULL>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{}", i),
            Value::Float(x) => write!(f, "{:?}", x),
            Value::Obj(o) => write!(
                f,
                "<{} object at {:p}>",
                o.payload.kind_name(),
                Rc::as_ptr(o)
            ),
        }
    }
}

impl Value {
    /// Drops the value with the `Obj` test inline: at opt-level "s" the drop glue of a
    /// `Value` stays a call even for the variants that own nothing.
    #[inline(always)]
    pub fn release(self) {
        if let Value::Obj(o) = self {
            drop(o);
        }
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&PyRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The `str` payload, if this is a str (or str subclass instance).
    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn as_rust_str(&self) -> Option<&str> {
        self.as_str().map(|s| s.as_str())
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A stable identity number (`id()`).
    pub fn id(&self) -> i64 {
        match self {
            Value::Null => 0,
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + *b as i64 * 16,
            // Inline values get ids outside the range of heap addresses (which are aligned).
            Value::Int(i) => (((*i as i128) << 3) | 1) as i64 & i64::MAX,
            Value::Float(x) => ((x.to_bits() << 3) | 3) as i64 & i64::MAX,
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize as i64,
        }
    }

    pub fn from_obj(o: PyRef) -> Value {
        Value::Obj(o)
    }
}

/// Holds an object's class; replaceable for `__class__` assignment. Empty only while the
/// `type` object itself is being bootstrapped.
pub struct ClassCell(UnsafeCell<Option<PyRef>>);

impl ClassCell {
    pub fn new(cls: PyRef) -> ClassCell {
        ClassCell(UnsafeCell::new(Some(cls)))
    }

    /// An empty cell, for bootstrapping `type` (whose class is itself).
    pub(crate) fn empty() -> ClassCell {
        ClassCell(UnsafeCell::new(None))
    }

    /// The class (a new strong reference).
    #[inline]
    pub fn get(&self) -> PyRef {
        // SAFETY: single-threaded (Rc is !Send); no reference into the cell ever escapes,
        // `set` replaces the value without any outstanding borrow.
        match unsafe { &*self.0.get() } {
            Some(c) => c.clone(),
            // Only `type` starts empty and it is set before any other object exists.
            None => unreachable!("class of the type object is set at bootstrap"),
        }
    }

    /// The class's address, for identity checks without touching the refcount.
    #[inline]
    pub fn ptr(&self) -> *const PyObject {
        // SAFETY: as for `get`.
        match unsafe { &*self.0.get() } {
            Some(c) => Rc::as_ptr(c),
            None => std::ptr::null(),
        }
    }

    /// The class object, borrowed without touching the refcount (for reads of type data on
    /// hot paths). None only for `type` during bootstrap.
    ///
    /// The borrow must end before anything that could run Python code or assign
    /// `__class__`: the cell owns the only reference this borrow relies on.
    #[inline]
    pub fn peek(&self) -> Option<&PyObject> {
        // SAFETY: as for `get`; the object behind the pointer lives at least as long as the
        // cell holds it, and callers do not replace the class while the borrow is alive.
        unsafe { (*self.0.get()).as_deref() }
    }

    pub fn set(&self, cls: PyRef) {
        // SAFETY: as for `get`; the old class is dropped after the cell is updated.
        let old = unsafe { (*self.0.get()).replace(cls) };
        drop(old);
    }
}

/// The instance `__dict__` slot: set once (as a `OnceCell`), or replaced by an assignment
/// to `obj.__dict__`. A replaced dict is kept alive until `drain_replaced_dicts` runs at a
/// point where no Rust code can still hold a borrow into it.
#[derive(Default)]
pub struct DictCell(UnsafeCell<Option<PyRef>>);

thread_local! {
    static REPLACED_DICTS: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
}

impl DictCell {
    pub fn new() -> DictCell {
        DictCell(UnsafeCell::new(None))
    }

    #[inline]
    pub fn get(&self) -> Option<&PyRef> {
        // SAFETY: the slot is only written by `set` (when empty, so no borrow exists),
        // `replace` (which keeps the old value alive, see there) and `take` (`&mut self`).
        unsafe { (*self.0.get()).as_ref() }
    }

    pub fn set(&self, d: PyRef) -> Result<(), PyRef> {
        // SAFETY: as for `get`; an empty slot has no outstanding borrows of its contents.
        let slot = unsafe { &mut *self.0.get() };
        if slot.is_some() {
            return Err(d);
        }
        *slot = Some(d);
        Ok(())
    }

    /// `obj.__dict__ = d`. The old dict is parked (not dropped), as a caller up the Rust
    /// stack may hold a reference into it.
    pub fn replace(&self, d: PyRef) {
        // SAFETY: as for `get`; the replaced Rc is moved to REPLACED_DICTS, so whatever a
        // borrow of it pointed to stays allocated.
        let old = unsafe { (*self.0.get()).replace(d) };
        if let Some(old) = old {
            REPLACED_DICTS.with(|r| r.borrow_mut().push(old));
        }
    }

    pub fn take(&mut self) -> Option<PyRef> {
        self.0.get_mut().take()
    }
}

/// Frees the dicts replaced by `__dict__` assignments. Only for points where no native code
/// is on the stack below the running frame loop.
pub fn drain_replaced_dicts() {
    let old = REPLACED_DICTS.with(|r| std::mem::take(&mut *r.borrow_mut()));
    drop(old);
}

/// A heap object.
pub struct PyObject {
    pub class: ClassCell,
    /// The instance `__dict__` (a dict object), for objects that have one.
    pub dict: DictCell,
    pub payload: Payload,
    /// Slot in the cycle collector's registry (`u32::MAX`: not tracked).
    pub gc_slot: Cell<u32>,
}

impl PyObject {
    /// A new, untracked object.
    pub fn new(class: ClassCell, payload: Payload) -> PyObject {
        PyObject {
            class,
            dict: DictCell::new(),
            payload,
            gc_slot: Cell::new(u32::MAX),
        }
    }

    #[inline]
    pub fn class(&self) -> PyRef {
        self.class.get()
    }

    #[inline]
    pub fn dict(&self) -> Option<&PyRef> {
        self.dict.get()
    }
}

/// Python `str` data: UTF-8 text, cached hash and code point count, and (built on first
/// indexing of a long non-ASCII str) the byte offset of every 32nd code point.
/// Freeing deeply nested objects (a long linked list, `[[[...]]]`) must not recurse once
/// per level on the Rust stack. As CPython's "trashcan" does, dropping a container past a
/// fixed nesting depth defers its contents to a queue that the outermost drop empties.
impl Drop for PyObject {
    fn drop(&mut self) {
        let slot = self.gc_slot.get();
        if slot != u32::MAX {
            crate::gc::untrack(slot);
        }
        if !self.payload.may_hold_objects() && self.dict.get().is_none() {
            return;
        }
        let dict = self.dict.take();
        // A plain instance without slot values: only its dict needs the trashcan (the
        // empty slot vector is dropped in place).
        let payload = match &self.payload {
            Payload::Object(slots) if slots.try_borrow().is_ok_and(|v| v.is_empty()) => None,
            _ => Some(std::mem::replace(
                &mut self.payload,
                Payload::NotImplemented,
            )),
        };
        trashcan::drop_contents(payload, dict);
    }
}

pub use trashcan::RELEASED;

/// Drops items removed from a list (clear, slice deletion) last to first, as CPython does,
/// logging finalizable ones for `run_finalizers`.
pub fn release_items(items: Vec<Value>) {
    items.into_iter().rev().for_each(trashcan::release);
}

mod trashcan {
    use super::{Payload, PyRef, Value};
    use std::cell::{Cell, RefCell};

    /// Nesting depth of drops after which contents are deferred.
    const MAX_DEPTH: u32 = 50;

    /// The trashcan's state, in one cell (each thread-local access costs on the drop path).
    #[derive(Clone, Copy)]
    struct State {
        depth: u32,
        draining: bool,
        /// Something is in `DEFERRED`.
        deferred: bool,
    }

    thread_local! {
        static STATE: Cell<State> = const {
            Cell::new(State { depth: 0, draining: false, deferred: false })
        };
        static DEFERRED: RefCell<Vec<(Option<Payload>, Option<PyRef>)>> = const { RefCell::new(Vec::new()) };
        /// Addresses of finalizable objects in the order container deaths released them.
        pub static RELEASED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    }

    fn state() -> State {
        STATE.try_with(|s| s.get()).unwrap_or(State {
            depth: 0,
            draining: true,
            deferred: false,
        })
    }

    fn set_state(st: State) {
        let _ = STATE.try_with(|s| s.set(st));
    }

    /// Drops one item of a dying list or tuple, logging it in `RELEASED` when this frees
    /// an object with `__del__` (then only the VM's finalizable list still holds it).
    pub(super) fn release(v: Value) {
        if let Value::Obj(o) = &v {
            if std::rc::Rc::strong_count(o) == 2
                && crate::types::type_data(&o.class())
                    .is_some_and(|t| t.has_flag(crate::types::type_flags::HAS_DEL))
            {
                let _ = RELEASED.try_with(|r| r.borrow_mut().push(std::rc::Rc::as_ptr(o) as usize));
            }
        }
    }

    pub(super) fn drop_contents(payload: Option<Payload>, dict: Option<PyRef>) {
        let st = state();
        if st.depth >= MAX_DEPTH {
            // During thread teardown the queue may already be gone: drop in place then.
            let mut item = Some((payload, dict));
            if DEFERRED
                .try_with(|q| q.borrow_mut().push(item.take().expect("taken once")))
                .is_ok()
            {
                set_state(State {
                    deferred: true,
                    ..st
                });
            }
            drop(item);
            return;
        }
        set_state(State {
            depth: st.depth + 1,
            ..st
        });
        // As CPython's list and tuple deallocators, items go from the last to the first;
        // the order in which finalizable items die is logged for `run_finalizers`.
        match payload {
            Some(Payload::List(l)) => l.into_inner().into_iter().rev().for_each(release),
            Some(Payload::Tuple(t)) => t.into_vec().into_iter().rev().for_each(release),
            other => drop(other),
        }
        if let Some(d) = dict {
            crate::dict::recycle_instance_dict(d);
        }
        let now = state();
        set_state(State {
            depth: st.depth,
            ..now
        });
        if st.depth == 0 && now.deferred && !now.draining {
            set_state(State {
                depth: 0,
                draining: true,
                deferred: false,
            });
            while let Some((p, d)) = DEFERRED.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
                let cur = state();
                set_state(State { depth: 1, ..cur });
                drop(p);
                drop(d);
                let cur = state();
                set_state(State { depth: 0, ..cur });
            }
            set_state(State {
                depth: 0,
                draining: false,
                deferred: false,
            });
        }
    }
}

/// Python `str` data: UTF-8 text, cached hash and code point count.
pub struct PyStr {
    /// A String (not a Box<str>) so that `s += t` on an unshared string can grow in place.
    s: String,
    hash: Cell<i64>,
    chars: u32,
    offsets: OnceCell<Box<[usize]>>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: String = s.into().into_string();
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            hash: Cell::new(-1),
            chars: chars.min(u32::MAX as usize) as u32,
            offsets: OnceCell::new(),
        }
    }

    /// Byte offset of code point `i` (`len()` for `i >= char_len()`): O(1) for ASCII, and
    /// O(32) through the cached offset table otherwise.
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        if i >= self.char_len() {
            return self.s.len();
        }
        if i < 64 {
            return self
                .s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b);
        }
        let offs = self
            .offsets
            .get_or_init(|| self.s.char_indices().step_by(32).map(|(b, _)| b).collect());
        let base = offs[i / 32]; // i < char_len, so i / 32 indexes an existing checkpoint
        self.s[base..]
            .char_indices()
            .nth(i % 32)
            .map_or(self.s.len(), |(b, _)| base + b)
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        if self.chars == u32::MAX {
            self.s.chars().count()
        } else {
            self.chars as usize
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.s.len()
    }

    /// Appends `other` (for `s += t` when nothing else holds `s`).
    pub fn push_str(&mut self, other: &PyStr) {
        self.s.push_str(&other.s);
        self.chars = if self.chars == u32::MAX || other.chars == u32::MAX {
            u32::MAX
        } else {
            self.chars.saturating_add(other.chars)
        };
        self.hash.set(-1);
        self.offsets = OnceCell::new();
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }
}

/// A user-visible function defined in Python.
pub struct PyFunction {
    pub code: Rc<Code>,
    pub globals: PyRef,
    /// The builtins dict resolved from `globals` when the function was created.
    pub builtins: PyRef,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub defaults: RefCell<Option<PyRef>>,
    pub kwdefaults: RefCell<Option<PyRef>>,
    pub closure: Option<Box<[PyRef]>>,
    pub doc: RefCell<Value>,
    pub annotations: RefCell<Option<PyRef>>,
    pub module: RefCell<Value>,
}

/// Arguments passed to a native function: positional values, then keyword names and values.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [PyRef],
    pub kwvals: &'a [Value],
}

pub type NativeFn = fn(&mut crate::vm::Vm, Args) -> crate::vm::PyResult<Value>;

/// Flags of a native function.
pub mod native_flags {
    /// Needs the caller's globals/locals (globals(), locals(), vars(), eval, exec, dir).
    pub const NEEDS_FRAME: u8 = 1;
    /// Also needs a snapshot of the caller's local variables (locals(), vars(), dir()).
    pub const NEEDS_LOCALS: u8 = 2;
}

/// A function implemented in Rust, optionally bound to `self`.
pub struct NativeFunc {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Value,
    /// Type or module qualifier used in repr and `__qualname__`.
    pub owner: Option<&'static str>,
    pub flags: u8,
    pub doc: Option<&'static str>,
}

/// What `property(...)` holds.
pub struct PropertyData {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub name: RefCell<Value>,
}

/// The payload of exception instances.
pub struct ExceptionData {
    pub args: RefCell<Value>,
    pub traceback: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Frames the exception passed through (innermost last), before a traceback object
    /// is materialised.
    pub tb_entries: RefCell<Vec<TbEntry>>,
    pub notes: RefCell<Value>,
}

/// One traceback entry: a code object and the instruction index.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub lasti: u32,
    /// The frame's globals (for `tb_frame.f_globals`).
    pub globals: Option<PyRef>,
}

/// Generator, coroutine and async generator state.
pub struct GenData {
    pub frame: RefCell<Option<Box<crate::frame::Frame>>>,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub code: Rc<Code>,
    pub running: Cell<bool>,
    /// Async generators: a step (`__anext__`/`asend`/`athrow`/`aclose` awaitable) has started
    /// and not yet produced a value or finished (CPython's ag_running_async).
    pub running_async: Cell<bool>,
    pub kind: GenKind,
    /// The sub-iterator a `yield from`/`await` delegates to.
    pub yield_from: RefCell<Value>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// Builtin iterator states.
pub enum IterState {
    /// Over a list by index (sees mutation as CPython does).
    List {
        list: PyRef,
        index: usize,
    },
    ListReverse {
        list: PyRef,
        index: isize,
    },
    Tuple {
        tuple: PyRef,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        next: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    /// Over a str by byte offset.
    Str {
        s: PyRef,
        byte: usize,
    },
    Bytes {
        b: PyRef,
        index: usize,
    },
    /// Over dict keys/values/items by entry index; `len` detects size changes (usize::MAX
    /// once reported, so the error repeats), `remaining` counts the items still expected.
    Dict {
        dict: PyRef,
        index: usize,
        len: usize,
        remaining: usize,
        kind: DictIterKind,
        reverse: bool,
        /// The items tuple made last (see `tupleobj::recycled_tuple`).
        last: Value,
    },
    Set {
        set: PyRef,
        index: usize,
        len: usize,
    },
    /// `iter(obj)` for objects with only `__getitem__`.
    SeqIter {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        count: Value,
        /// The tuple made last (see `tupleobj::recycled_tuple`).
        last: Value,
    },
    // (shared slices: a step copies the iterators out without allocating)
    Zip {
        its: Rc<[Value]>,
        strict: bool,
        /// The tuple made last (see `tupleobj::recycled_tuple`).
        last: Value,
    },
    Map {
        func: Value,
        its: Rc<[Value]>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

/// Extension point for types defined by modules (deque, StringIO, ...).
pub trait NativeObject: Any {
    /// Calls `visit` on every Python value this object holds (for the cycle collector).
    fn traverse(&self, visit: &mut dyn FnMut(&Value));
    /// Drops every held Python value (breaks cycles).
    fn clear(&self) {}
    fn as_any(&self) -> &dyn Any;
    /// For native iterator types: the next item (`Ok(None)` when exhausted), taken by the
    /// VM without a `__next__` lookup. `None` if this object is not an iterator. `me` is
    /// the object itself; implementations must not hold a `RefCell` borrow across calls
    /// into Python.
    fn next(
        &self,
        _vm: &mut crate::vm::Vm,
        _me: &PyRef,
    ) -> Option<crate::vm::PyResult<Option<Value>>> {
        None
    }
    /// For native containers: `len()` (also their truth value) without a `__len__` call.
    fn container_len(&self) -> Option<usize> {
        None
    }
    /// For native descriptor types: `__get__(obj, cls)` on an instance without a method
    /// lookup (`me` is the descriptor itself). None to fall back to `__get__`.
    fn descr_get(
        &self,
        _vm: &mut crate::vm::Vm,
        _me: &PyRef,
        _obj: &Value,
        _cls: &PyRef,
    ) -> Option<crate::vm::PyResult<Value>> {
        None
    }
    /// For native descriptor types: whether `__set__`/`__delete__` are defined. The VM asks
    /// this instead of looking those methods up, so types that define them must say so.
    fn is_data_descr(&self) -> bool {
        false
    }
}

/// Builtin payload kinds.
pub enum Payload {
    /// An instance with no builtin base (object() and most user classes). Slot values live
    /// here (for `__slots__`).
    Object(RefCell<Vec<Value>>),
    /// A big int, or an int-subclass instance.
    Int(BigInt),
    /// A float-subclass instance (exact floats are inline).
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(PyDict),
    Set(RefCell<SetData>),
    FrozenSet(RefCell<SetData>),
    Range(Box<RangeData>),
    Slice(Box<[Value; 3]>),
    Cell(RefCell<Value>),
    Function(Box<PyFunction>),
    NativeFunction(Box<NativeFunc>),
    /// A builtin method (unbound) stored in a builtin type's dict.
    MethodDescr(Box<NativeFunc>),
    /// A builtin classmethod (e.g. `dict.fromkeys`).
    ClassMethodDescr(Box<NativeFunc>),
    BoundMethod(Box<(Value, Value)>),
    ClassMethod(RefCell<Value>),
    StaticMethod(RefCell<Value>),
    Property(Box<PropertyData>),
    Type(Box<crate::types::PyType>),
    Module(Box<ModuleData>),
    Code(Rc<Code>),
    Exception(Box<ExceptionData>),
    Generator(Box<GenData>),
    Iter(RefCell<IterState>),
    Super(Box<(Value, Value)>),
    MappingProxy(PyRef),
    DictView(PyRef, DictIterKind),
    NotImplemented,
    Ellipsis,
    WeakRef(Box<WeakRefData>),
    /// A computed attribute of a builtin type (e.g. `int.real`, `function.__name__`).
    GetSet(Box<GetSetDef>),
    /// A `__slots__` member: the slot index in `Payload::Object` storage.
    Member(Box<MemberDef>),
    Native(Box<dyn NativeObject>),
}

pub type GetterFn = fn(&mut crate::vm::Vm, &Value) -> crate::vm::PyResult<Value>;
/// Sets (Some) or deletes (None) the attribute.
pub type SetterFn = fn(&mut crate::vm::Vm, &Value, Option<Value>) -> crate::vm::PyResult<()>;

pub struct MemberDef {
    pub name: PyRef,
    pub index: usize,
    pub owner: PyRef,
}

pub struct GetSetDef {
    pub name: &'static str,
    pub owner: &'static str,
    pub get: GetterFn,
    pub set: Option<SetterFn>,
}

pub struct WeakRefData {
    pub target: RefCell<std::rc::Weak<PyObject>>,
    pub callback: RefCell<Value>,
    pub hash: Cell<Option<i64>>,
}

pub struct ModuleData {
    pub name: RefCell<String>,
}

/// A `range` object.
pub struct RangeData {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    /// The same in i64 when all fit (fast path).
    pub small: Option<(i64, i64, i64)>,
}

impl Payload {
    /// Can this payload hold references to other objects (so dropping it may cascade)?
    #[inline]
    fn may_hold_objects(&self) -> bool {
        !matches!(
            self,
            Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
                | Payload::NotImplemented
                | Payload::Ellipsis
        )
    }

    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Object(_) => "object",
            Payload::Int(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex(..) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range(_) => "range",
            Payload::Slice(_) => "slice",
            Payload::Cell(_) => "cell",
            Payload::Function(_) => "function",
            Payload::NativeFunction(_) => "builtin_function_or_method",
            Payload::MethodDescr(_) => "method_descriptor",
            Payload::ClassMethodDescr(_) => "classmethod_descriptor",
            Payload::BoundMethod(_) => "method",
            Payload::ClassMethod(_) => "classmethod",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::Property(_) => "property",
            Payload::Type(_) => "type",
            Payload::Module(_) => "module",
            Payload::Code(_) => "code",
            Payload::Exception(_) => "exception",
            Payload::Generator(_) => "generator",
            Payload::Iter(_) => "iterator",
            Payload::Super(_) => "super",
            Payload::MappingProxy(_) => "mappingproxy",
            Payload::DictView(..) => "dict_view",
            Payload::NotImplemented => "NotImplementedType",
            Payload::Ellipsis => "ellipsis",
            Payload::WeakRef(_) => "weakref",
            Payload::GetSet(_) => "getset_descriptor",
            Payload::Member(_) => "member_descriptor",
            Payload::Native(_) => "native",
        }
    }
}
