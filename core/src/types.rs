//! Type objects: `PyType`, the registry of builtin types (shared by every interpreter on a
//! thread: builtin types are immutable), C3 linearisation and attribute lookup along the MRO.
//!
//! Builtin types get their methods from static `MethodDef` tables, copied into the type's
//! dict the first time the dict is looked at, so start-up does not pay for them.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::dict::PyDict;
use crate::object::*;
use crate::vm::{PyResult, Vm};

/// What instances of a type carry (the layout its instances are created with).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    Property,
    /// Builtin types whose instances only the runtime creates.
    Internal,
}

pub mod type_flags {
    /// Defined by a class statement or `type(...)`.
    pub const HEAPTYPE: u32 = 1;
    /// Can be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Instances have a `__dict__`.
    pub const HAS_DICT: u32 = 4;
    /// Has abstract methods left (cannot instantiate).
    pub const ABSTRACT: u32 = 8;
    /// Defines or inherits a Python-level __getattribute__ / __getattr__ / __setattr__ /
    /// __delattr__ (slow attribute paths needed).
    pub const CUSTOM_GETATTRIBUTE: u32 = 16;
    pub const HAS_GETATTR: u32 = 32;
    pub const CUSTOM_SETATTR: u32 = 64;
    /// Instances of this (heap) type define __del__.
    pub const HAS_DEL: u32 = 128;
    /// A module-defined type over a builtin payload (e.g. `time.struct_time` over tuple):
    /// the builtin fast paths (repr, str, ...) must not bypass its own methods.
    pub const OWN_SLOTS: u32 = 256;
}

/// How a builtin method is exposed on its type.
pub enum DefKind {
    Method(NativeFn),
    ClassMethod(NativeFn),
    StaticMethod(NativeFn),
    GetSet(GetterFn, Option<SetterFn>),
    /// The attribute is None (e.g. `list.__hash__`).
    NoneAttr,
}

/// One entry of a builtin type's method table.
pub struct MethodDef {
    pub name: &'static str,
    pub kind: DefKind,
}

impl MethodDef {
    pub const fn method(name: &'static str, f: NativeFn) -> MethodDef {
        MethodDef {
            name,
            kind: DefKind::Method(f),
        }
    }
    pub const fn classmethod(name: &'static str, f: NativeFn) -> MethodDef {
        MethodDef {
            name,
            kind: DefKind::ClassMethod(f),
        }
    }
    pub const fn staticmethod(name: &'static str, f: NativeFn) -> MethodDef {
        MethodDef {
            name,
            kind: DefKind::StaticMethod(f),
        }
    }
    pub const fn getter(name: &'static str, g: GetterFn) -> MethodDef {
        MethodDef {
            name,
            kind: DefKind::GetSet(g, None),
        }
    }
    pub const fn getset(name: &'static str, g: GetterFn, s: SetterFn) -> MethodDef {
        MethodDef {
            name,
            kind: DefKind::GetSet(g, Some(s)),
        }
    }
    pub const fn none(name: &'static str) -> MethodDef {
        MethodDef {
            name,
            kind: DefKind::NoneAttr,
        }
    }
}

/// See `PyType::builtin_ctor`.
pub struct BuiltinCtor {
    pub new: Value,
    pub init: Value,
    /// When a call of the type is exactly its builtin `__new__(cls, *args)` followed by
    /// `object.__init__` (None here) or a builtin `__init__(obj, *args)`: those Rust functions.
    pub direct: Option<(NativeFn, Option<NativeFn>)>,
    /// int, complex and bytes: CPython 3.11 calls them through tp_call, which counts
    /// towards the recursion limit (int(self) inside __int__, say).
    pub counted: bool,
}

pub struct PyType {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    /// The namespace (a dict object).
    pub dict: PyRef,
    pub kind: BaseKind,
    pub flags: Cell<u32>,
    /// Names of `__slots__` declared by this class (not inherited).
    pub slot_names: RefCell<Vec<PyRef>>,
    /// First slot index of this class's own slots in instances.
    pub slot_offset: Cell<usize>,
    /// Builtin methods, copied into `dict` lazily.
    pub methods: &'static [MethodDef],
    /// Unique tag, renewed whenever this type's (or a base's) namespace changes; keys the
    /// attribute lookup cache.
    pub version: Cell<u64>,
    pub populated: Cell<bool>,
    /// For calls of a plain class: (type version, `__init__` function to run as an inline
    /// frame; dangling when such calls cannot be inlined). Weak, so the cache adds no
    /// reference the cycle collector cannot see.
    pub call_cache: RefCell<(u64, Weak<PyObject>)>,
    /// For any call of a heap type: (type version, its `__new__`, its `__init__` as found
    /// on the MRO (weak, as `call_cache`), bit 0: the `__new__` is object's, bit 1: the
    /// `__init__` is object's).
    pub ctor_cache: RefCell<(u64, Weak<PyObject>, Weak<PyObject>, u8)>,
    /// For a builtin (non-heap) type: its `__new__` and `__init__` as found on its MRO
    /// (Null when missing), which cannot change, as builtin types are immutable.
    pub builtin_ctor: std::cell::OnceCell<BuiltinCtor>,
    pub subclasses: RefCell<Vec<Weak<PyObject>>>,
    pub doc: Option<&'static str>,
    /// Module name for builtin types ("builtins" when None).
    pub module: Option<&'static str>,
}

impl PyType {
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
    /// The type's dict, with builtin methods copied in on first use.
    pub fn dict(&self) -> &PyDict {
        if !self.populated.get() {
            self.populated.set(true);
            populate(self);
        }
        match &self.dict.payload {
            Payload::Dict(d) => d,
            _ => unreachable!("type dict is always a dict object"),
        }
    }
    pub fn is_heap(&self) -> bool {
        self.has_flag(type_flags::HEAPTYPE)
    }
}

fn populate(t: &PyType) {
    let d = match &t.dict.payload {
        Payload::Dict(d) => d,
        _ => return,
    };
    let owner: &'static str = leak_name(&t.name.borrow());
    for m in t.methods {
        let v = native_descr(m, owner);
        // Do not override entries set explicitly (e.g. __doc__).
        let key = intern(m.name);
        if d.get_str(&key).is_none() {
            d.set_str(key, v);
        }
    }
}

/// Builtin type names live for the whole program; keep one leaked copy per name.
pub fn leak_name(s: &str) -> &'static str {
    thread_local! {
        static NAMES: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(x) = n.iter().find(|x| **x == s) {
            return *x;
        }
        let l: &'static str = Box::leak(s.to_string().into_boxed_str());
        n.push(l);
        l
    })
}

/// Builds the descriptor object for a builtin method definition.
pub fn native_descr(m: &MethodDef, owner: &'static str) -> Value {
    let t = types();
    match &m.kind {
        DefKind::Method(f) => new_obj(
            if crate::vm::is_slot_wrapper(owner, m.name) {
                &t.wrapper_descriptor
            } else {
                &t.method_descriptor
            },
            Payload::MethodDescr(Box::new(NativeFunc {
                name: m.name,
                func: *f,
                self_: Value::Null,
                owner: Some(owner),
                flags: 0,
                doc: None,
            })),
        ),
        DefKind::ClassMethod(f) => new_obj(
            &t.classmethod_descriptor,
            Payload::ClassMethodDescr(Box::new(NativeFunc {
                name: m.name,
                func: *f,
                self_: Value::Null,
                owner: Some(owner),
                flags: 0,
                doc: None,
            })),
        ),
        DefKind::StaticMethod(f) => {
            let func = new_obj(
                &t.builtin_function,
                Payload::NativeFunction(Box::new(NativeFunc {
                    name: m.name,
                    func: *f,
                    self_: Value::Null,
                    owner: Some(owner),
                    flags: 0,
                    doc: None,
                })),
            );
            new_obj(&t.staticmethod, Payload::StaticMethod(RefCell::new(func)))
        }
        DefKind::NoneAttr => Value::None,
        DefKind::GetSet(g, s) => new_obj(
            &t.getset_descriptor,
            Payload::GetSet(Box::new(GetSetDef {
                name: m.name,
                owner,
                get: *g,
                set: *s,
            })),
        ),
    }
}

/// Allocates an object of class `cls`.
#[inline]
pub fn new_obj(cls: &PyRef, payload: Payload) -> Value {
    Value::Obj(new_ref(cls, payload))
}

#[inline]
pub fn new_ref(cls: &PyRef, payload: Payload) -> PyRef {
    let o = Rc::new(PyObject::new(ClassCell::new(cls.clone()), payload));
    crate::gc::track(&o);
    o
}

/// Allocates an object with an instance dict.
pub fn new_obj_with_dict(cls: &PyRef, payload: Payload) -> Value {
    let o = Rc::new(PyObject::new(ClassCell::new(cls.clone()), payload));
    crate::gc::track(&o);
    // Instance dicts start with room for a few attributes (avoids regrowth in __init__).
    let d = crate::dict::reuse_instance_dict()
        .unwrap_or_else(|| new_ref(&types().dict, Payload::Dict(PyDict::with_capacity(4))));
    let _ = o.dict.set(d);
    Value::Obj(o)
}

pub fn new_dict_ref() -> PyRef {
    new_ref(&types().dict, Payload::Dict(PyDict::new()))
}

/// Builds [`NameHasher`]s.
pub type NameBuildHasher = std::hash::BuildHasherDefault<NameHasher>;

/// A small multiplicative hasher for the intern table (its keys are trusted names; SipHash
/// was a fifth of the interpreter's start-up).
#[derive(Default, Clone, Copy)]
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
        self.0 = h;
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type NameMap =
    std::collections::HashMap<Box<str>, PyRef, std::hash::BuildHasherDefault<NameHasher>>;

/// A hash map with [`NameHasher`], for the compiler's tables of names (SipHash was 7 % of
/// compiling a module).
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<NameHasher>>;
/// A hash set with [`NameHasher`].
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<NameHasher>>;

/// Interns a name: equal names share one str object.
pub fn intern(s: &str) -> PyRef {
    thread_local! {
        static INTERNED: RefCell<NameMap> =
            RefCell::new(NameMap::with_capacity_and_hasher(2048, Default::default()));
        /// One-character ASCII strings (made by iterating, indexing and splitting str),
        /// by code: an index instead of a hash lookup.
        static ASCII: [std::cell::OnceCell<PyRef>; 128] =
            const { [const { std::cell::OnceCell::new() }; 128] };
    }
    if let [b] = s.as_bytes() {
        if b.is_ascii() {
            return ASCII.with(|a| {
                a[*b as usize]
                    .get_or_init(|| new_ref(&types().str_, Payload::Str(PyStr::new(s))))
                    .clone()
            });
        }
    }
    INTERNED.with(|m| {
        if let Some(r) = m.borrow().get(s) {
            return r.clone();
        }
        let r = new_ref(&types().str_, Payload::Str(PyStr::new(s)));
        m.borrow_mut().insert(s.into(), r.clone());
        r
    })
}

pub fn type_data(o: &PyObject) -> Option<&PyType> {
    match &o.payload {
        Payload::Type(t) => Some(t),
        _ => None,
    }
}

/// Is `cls` a class defined in Python (class statement or type())?
#[inline]
pub fn is_heap_class(cls: &PyObject) -> bool {
    type_data(cls).map(|t| t.is_heap()).unwrap_or(false)
}

#[inline]
pub fn is_exact_str(o: &PyRef) -> bool {
    std::ptr::eq(o.class.ptr(), Rc::as_ptr(&types().str_))
}

#[inline]
pub fn is_exact_int(o: &PyRef) -> bool {
    std::ptr::eq(o.class.ptr(), Rc::as_ptr(&types().int))
}

/// Creates a builtin (static) type.
#[allow(clippy::too_many_arguments)]
fn make_type(
    metatype: Option<&PyRef>,
    name: &str,
    bases: Vec<PyRef>,
    kind: BaseKind,
    flags: u32,
    methods: &'static [MethodDef],
    module: Option<&'static str>,
) -> PyRef {
    let dict = Rc::new(PyObject::new(
        ClassCell::empty(),
        Payload::Dict(PyDict::new()),
    ));
    let t = PyType {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict,
        kind,
        flags: Cell::new(flags),
        slot_names: RefCell::new(Vec::new()),
        slot_offset: Cell::new(0),
        methods,
        version: Cell::new(next_type_version()),
        populated: Cell::new(methods.is_empty()),
        call_cache: RefCell::new((0, Weak::new())),
        ctor_cache: RefCell::new((0, Weak::new(), Weak::new(), 0)),
        builtin_ctor: std::cell::OnceCell::new(),
        subclasses: RefCell::new(Vec::new()),
        doc: None,
        module,
    };
    let cls = match metatype {
        Some(m) => ClassCell::new(m.clone()),
        None => ClassCell::empty(),
    };
    let obj = Rc::new(PyObject::new(cls, Payload::Type(Box::new(t))));
    // Single inheritance chain for builtin types: MRO is self + base's MRO.
    let mut mro = vec![obj.clone()];
    if let Some(b) = bases.first() {
        if let Some(bt) = type_data(b) {
            mro.extend(bt.mro.borrow().iter().cloned());
            bt.subclasses.borrow_mut().push(Rc::downgrade(&obj));
        }
    }
    if let Some(t) = type_data(&obj) {
        *t.mro.borrow_mut() = mro;
    }
    obj
}

/// Gives a builtin class a second base (ExceptionGroup derives from BaseExceptionGroup and
/// Exception): the C3 linearization of the two bases' MROs.
fn add_second_base(cls: &PyRef, extra: &PyRef) {
    let (Some(t), Some(et)) = (type_data(cls), type_data(extra)) else {
        return;
    };
    let first = t.bases.borrow().first().cloned();
    let Some(first) = first else { return };
    let Some(ft) = type_data(&first) else { return };
    let mut seqs: Vec<Vec<PyRef>> = vec![
        ft.mro.borrow().clone(),
        et.mro.borrow().clone(),
        vec![first.clone(), extra.clone()],
    ];
    let mut mro = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            break;
        }
        let Some(head) = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, h))))
        else {
            return;
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        mro.push(head);
    }
    t.bases.borrow_mut().push(extra.clone());
    *t.mro.borrow_mut() = mro;
    et.subclasses.borrow_mut().push(Rc::downgrade(cls));
}

macro_rules! exception_types {
    ($root:ident; $( $field:ident : $name:literal < $base:ident $(& $extra:ident)? ),* $(,)?) => {
        /// Builtin exception classes.
        pub struct ExcTypes {
            pub $root: PyRef,
            $( pub $field: PyRef, )*
        }

        impl ExcTypes {
            fn new(meta: &PyRef, object: &PyRef) -> ExcTypes {
                let $root = make_type(
                    Some(meta), "BaseException", vec![object.clone()], BaseKind::Exception,
                    type_flags::BASETYPE | type_flags::HAS_DICT,
                    crate::exceptions::BASE_EXCEPTION_METHODS, None,
                );
                $(
                    let $field = make_type(
                        Some(meta), $name, vec![$base.clone()], BaseKind::Exception,
                        type_flags::BASETYPE | type_flags::HAS_DICT,
                        crate::exceptions::methods_for($name), None,
                    );
                )*
                $( $( add_second_base(&$field, &$extra); )? )*
                ExcTypes { $root, $( $field, )* }
            }

            /// All exception classes with their names (for the builtins module).
            pub fn all(&self) -> Vec<(&'static str, &PyRef)> {
                vec![("BaseException", &self.$root), $( ($name, &self.$field), )*]
            }
        }
    };
}

exception_types! {
    base_exception;
    base_exception_group: "BaseExceptionGroup" < base_exception,
    exception: "Exception" < base_exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    exception_group: "ExceptionGroup" < base_exception_group & exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    stop_async_iteration: "StopAsyncIteration" < exception,
    stop_iteration: "StopIteration" < exception,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    bytes_warning: "BytesWarning" < warning,
    deprecation_warning: "DeprecationWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    user_warning: "UserWarning" < warning,
    // After Exception's tree: BaseException.__subclasses__() lists them last, as CPython.
    generator_exit: "GeneratorExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    system_exit: "SystemExit" < base_exception,
}

/// The builtin types.
pub struct Types {
    pub type_: PyRef,
    pub object: PyRef,
    pub int: PyRef,
    pub bool_: PyRef,
    pub float: PyRef,
    pub complex: PyRef,
    pub str_: PyRef,
    pub bytes: PyRef,
    pub bytearray: PyRef,
    pub tuple: PyRef,
    pub list: PyRef,
    pub dict: PyRef,
    pub set: PyRef,
    pub frozenset: PyRef,
    pub range: PyRef,
    pub slice: PyRef,
    pub none_type: PyRef,
    pub not_implemented_type: PyRef,
    pub ellipsis_type: PyRef,
    pub function: PyRef,
    pub builtin_function: PyRef,
    pub method_descriptor: PyRef,
    pub classmethod_descriptor: PyRef,
    /// `wrapper_descriptor` / `method-wrapper`: the slot dunders of builtin types, unbound and
    /// bound (the same payloads as method_descriptor / builtin_function_or_method).
    pub wrapper_descriptor: PyRef,
    pub method_wrapper: PyRef,
    pub getset_descriptor: PyRef,
    /// The type of `__slots__` descriptors (same methods as getset_descriptor).
    pub member_descriptor: PyRef,
    pub method: PyRef,
    pub classmethod: PyRef,
    pub staticmethod: PyRef,
    pub property: PyRef,
    pub module: PyRef,
    pub code: PyRef,
    pub cell: PyRef,
    pub generator: PyRef,
    pub coroutine: PyRef,
    pub async_generator: PyRef,
    pub super_: PyRef,
    pub mappingproxy: PyRef,
    pub dict_keys: PyRef,
    pub dict_values: PyRef,
    pub dict_items: PyRef,
    pub weakref: PyRef,
    pub list_iterator: PyRef,
    pub list_reverseiterator: PyRef,
    pub tuple_iterator: PyRef,
    pub range_iterator: PyRef,
    pub longrange_iterator: PyRef,
    pub str_iterator: PyRef,
    pub str_ascii_iterator: PyRef,
    pub memory_iterator: PyRef,
    pub bytes_iterator: PyRef,
    pub bytearray_iterator: PyRef,
    pub dict_keyiterator: PyRef,
    pub dict_valueiterator: PyRef,
    pub dict_itemiterator: PyRef,
    pub dict_reversekeyiterator: PyRef,
    pub dict_reversevalueiterator: PyRef,
    pub dict_reverseitemiterator: PyRef,
    pub set_iterator: PyRef,
    pub iterator: PyRef,
    pub callable_iterator: PyRef,
    pub enumerate: PyRef,
    pub zip: PyRef,
    pub map: PyRef,
    pub filter: PyRef,
    pub reversed: PyRef,
    pub traceback: PyRef,
    pub frame: PyRef,
    pub exc: ExcTypes,
    pub none_value: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
}

thread_local! {
    static TYPES: &'static Types = Box::leak(Box::new(Types::new()));
}

/// The builtin types of this thread.
#[inline]
pub fn types() -> &'static Types {
    TYPES.with(|t| *t)
}

impl Types {
    fn new() -> Types {
        use crate::objects as o;
        use type_flags::*;
        let type_ = make_type(
            None,
            "type",
            vec![],
            BaseKind::Type,
            BASETYPE,
            o::typeobj::TYPE_METHODS,
            None,
        );
        type_.class.set(type_.clone());
        let object = make_type(
            Some(&type_),
            "object",
            vec![],
            BaseKind::Object,
            BASETYPE,
            o::objectobj::OBJECT_METHODS,
            None,
        );
        // `type` derives from `object`.
        if let Some(t) = type_data(&type_) {
            *t.bases.borrow_mut() = vec![object.clone()];
            *t.mro.borrow_mut() = vec![type_.clone(), object.clone()];
        }
        let m = &type_;
        let bt = |name: &str, kind: BaseKind, methods: &'static [MethodDef]| {
            make_type(
                Some(m),
                name,
                vec![object.clone()],
                kind,
                BASETYPE,
                methods,
                None,
            )
        };
        let internal = |name: &str, methods: &'static [MethodDef]| {
            make_type(
                Some(m),
                name,
                vec![object.clone()],
                BaseKind::Internal,
                0,
                methods,
                None,
            )
        };
        let int = bt("int", BaseKind::Int, o::intobj::INT_METHODS);
        let bool_ = make_type(
            Some(m),
            "bool",
            vec![int.clone()],
            BaseKind::Bool,
            0,
            o::intobj::BOOL_METHODS,
            None,
        );
        let iter_methods = o::iterobj::ITER_METHODS;
        let exc = ExcTypes::new(m, &object);
        let none_type = internal("NoneType", o::objectobj::NONE_METHODS);
        let not_implemented_type = internal("NotImplementedType", o::objectobj::NOTIMPL_METHODS);
        let ellipsis_type = internal("ellipsis", o::objectobj::ELLIPSIS_METHODS);
        let tuple = bt("tuple", BaseKind::Tuple, o::tupleobj::TUPLE_METHODS);
        let empty_tuple = Value::Obj(Rc::new(PyObject::new(
            ClassCell::new(tuple.clone()),
            Payload::Tuple(Box::new([])),
        )));
        let dict_type = bt("dict", BaseKind::Dict, o::dictobj::DICT_METHODS);
        let t = Types {
            float: bt("float", BaseKind::Float, o::floatobj::FLOAT_METHODS),
            complex: bt("complex", BaseKind::Complex, o::complexobj::COMPLEX_METHODS),
            str_: bt("str", BaseKind::Str, o::strobj::STR_METHODS),
            bytes: bt("bytes", BaseKind::Bytes, o::bytesobj::BYTES_METHODS),
            bytearray: bt(
                "bytearray",
                BaseKind::ByteArray,
                o::bytesobj::BYTEARRAY_METHODS,
            ),
            list: bt("list", BaseKind::List, o::listobj::LIST_METHODS),
            set: bt("set", BaseKind::Set, o::setobj::SET_METHODS),
            frozenset: bt(
                "frozenset",
                BaseKind::FrozenSet,
                o::setobj::FROZENSET_METHODS,
            ),
            range: internal("range", o::rangeobj::RANGE_METHODS),
            slice: internal("slice", o::sliceobj::SLICE_METHODS),
            function: internal("function", o::funcobj::FUNCTION_METHODS),
            builtin_function: internal(
                "builtin_function_or_method",
                o::funcobj::BUILTIN_FUNCTION_METHODS,
            ),
            method_descriptor: internal("method_descriptor", o::funcobj::METHOD_DESCR_METHODS),
            wrapper_descriptor: internal("wrapper_descriptor", o::funcobj::METHOD_DESCR_METHODS),
            method_wrapper: internal("method-wrapper", o::funcobj::BUILTIN_FUNCTION_METHODS),
            classmethod_descriptor: internal(
                "classmethod_descriptor",
                o::funcobj::METHOD_DESCR_METHODS,
            ),
            getset_descriptor: internal("getset_descriptor", o::funcobj::GETSET_DESCR_METHODS),
            member_descriptor: internal("member_descriptor", o::funcobj::GETSET_DESCR_METHODS),
            method: internal("method", o::funcobj::METHOD_METHODS),
            classmethod: bt(
                "classmethod",
                BaseKind::Internal,
                o::funcobj::CLASSMETHOD_METHODS,
            ),
            staticmethod: bt(
                "staticmethod",
                BaseKind::Internal,
                o::funcobj::STATICMETHOD_METHODS,
            ),
            property: bt("property", BaseKind::Property, o::funcobj::PROPERTY_METHODS),
            module: bt("module", BaseKind::Module, o::moduleobj::MODULE_METHODS),
            code: internal("code", o::funcobj::CODE_METHODS),
            cell: internal("cell", o::funcobj::CELL_METHODS),
            generator: internal("generator", o::genobj::GENERATOR_METHODS),
            coroutine: internal("coroutine", o::genobj::COROUTINE_METHODS),
            async_generator: internal("async_generator", o::genobj::ASYNC_GENERATOR_METHODS),
            super_: bt("super", BaseKind::Internal, o::objectobj::SUPER_METHODS),
            mappingproxy: internal("mappingproxy", o::dictobj::MAPPINGPROXY_METHODS),
            dict_keys: internal("dict_keys", o::dictobj::DICT_KEYS_METHODS),
            dict_values: internal("dict_values", o::dictobj::DICT_VALUES_METHODS),
            dict_items: internal("dict_items", o::dictobj::DICT_ITEMS_METHODS),
            weakref: make_type(
                Some(m),
                "ReferenceType",
                vec![object.clone()],
                BaseKind::Internal,
                BASETYPE,
                o::objectobj::WEAKREF_METHODS,
                Some("weakref"),
            ),
            list_iterator: internal("list_iterator", iter_methods),
            list_reverseiterator: internal("list_reverseiterator", iter_methods),
            tuple_iterator: internal("tuple_iterator", iter_methods),
            range_iterator: internal("range_iterator", iter_methods),
            longrange_iterator: internal("longrange_iterator", iter_methods),
            str_iterator: internal("str_iterator", iter_methods),
            str_ascii_iterator: internal("str_ascii_iterator", iter_methods),
            memory_iterator: internal("memory_iterator", iter_methods),
            bytes_iterator: internal("bytes_iterator", iter_methods),
            bytearray_iterator: internal("bytearray_iterator", iter_methods),
            dict_keyiterator: internal("dict_keyiterator", iter_methods),
            dict_valueiterator: internal("dict_valueiterator", iter_methods),
            dict_itemiterator: internal("dict_itemiterator", iter_methods),
            dict_reversekeyiterator: internal("dict_reversekeyiterator", iter_methods),
            dict_reversevalueiterator: internal("dict_reversevalueiterator", iter_methods),
            dict_reverseitemiterator: internal("dict_reverseitemiterator", iter_methods),
            set_iterator: internal("set_iterator", iter_methods),
            iterator: internal("iterator", iter_methods),
            callable_iterator: internal("callable_iterator", iter_methods),
            enumerate: bt(
                "enumerate",
                BaseKind::Internal,
                o::iterobj::ENUMERATE_METHODS,
            ),
            zip: bt("zip", BaseKind::Internal, o::iterobj::ZIP_METHODS),
            map: bt("map", BaseKind::Internal, o::iterobj::MAP_METHODS),
            filter: bt("filter", BaseKind::Internal, o::iterobj::FILTER_METHODS),
            reversed: bt("reversed", BaseKind::Internal, o::iterobj::REVERSED_METHODS),
            traceback: internal("traceback", o::objectobj::TRACEBACK_METHODS),
            frame: internal("frame", &[]),
            none_value: Value::None,
            not_implemented: Value::Null,
            ellipsis: Value::Null,
            empty_tuple,
            exc,
            none_type,
            not_implemented_type,
            ellipsis_type,
            tuple,
            dict: dict_type,
            int,
            bool_,
            object,
            type_,
        };
        // Dicts of the type objects were created before `dict` existed: fix their class.
        let all_types: Vec<PyRef> = t.all_types();
        for ty in &all_types {
            if let Some(td) = type_data(ty) {
                td.dict.class.set(t.dict.clone());
            }
        }
        if let Some(st) = type_data(&t.super_) {
            st.flags
                .set(st.flags.get() | type_flags::CUSTOM_GETATTRIBUTE);
        }
        let mut t = t;
        t.not_implemented = new_obj(&t.not_implemented_type, Payload::NotImplemented);
        t.ellipsis = new_obj(&t.ellipsis_type, Payload::Ellipsis);
        t
    }

    fn all_types(&self) -> Vec<PyRef> {
        let mut v = vec![
            self.type_.clone(),
            self.object.clone(),
            self.int.clone(),
            self.bool_.clone(),
            self.float.clone(),
            self.complex.clone(),
            self.str_.clone(),
            self.bytes.clone(),
            self.bytearray.clone(),
            self.tuple.clone(),
            self.list.clone(),
            self.dict.clone(),
            self.set.clone(),
            self.frozenset.clone(),
            self.range.clone(),
            self.slice.clone(),
            self.none_type.clone(),
            self.not_implemented_type.clone(),
            self.ellipsis_type.clone(),
            self.function.clone(),
            self.builtin_function.clone(),
            self.method_descriptor.clone(),
            self.wrapper_descriptor.clone(),
            self.method_wrapper.clone(),
            self.classmethod_descriptor.clone(),
            self.getset_descriptor.clone(),
            self.member_descriptor.clone(),
            self.method.clone(),
            self.classmethod.clone(),
            self.staticmethod.clone(),
            self.property.clone(),
            self.module.clone(),
            self.code.clone(),
            self.cell.clone(),
            self.generator.clone(),
            self.coroutine.clone(),
            self.async_generator.clone(),
            self.super_.clone(),
            self.mappingproxy.clone(),
            self.dict_keys.clone(),
            self.dict_values.clone(),
            self.dict_items.clone(),
            self.weakref.clone(),
            self.list_iterator.clone(),
            self.list_reverseiterator.clone(),
            self.tuple_iterator.clone(),
            self.range_iterator.clone(),
            self.longrange_iterator.clone(),
            self.str_iterator.clone(),
            self.str_ascii_iterator.clone(),
            self.memory_iterator.clone(),
            self.bytes_iterator.clone(),
            self.bytearray_iterator.clone(),
            self.dict_keyiterator.clone(),
            self.dict_valueiterator.clone(),
            self.dict_itemiterator.clone(),
            self.dict_reversekeyiterator.clone(),
            self.dict_reversevalueiterator.clone(),
            self.dict_reverseitemiterator.clone(),
            self.set_iterator.clone(),
            self.iterator.clone(),
            self.callable_iterator.clone(),
            self.enumerate.clone(),
            self.zip.clone(),
            self.map.clone(),
            self.filter.clone(),
            self.reversed.clone(),
            self.traceback.clone(),
            self.frame.clone(),
        ];
        for (_, e) in self.exc.all() {
            v.push(e.clone());
        }
        v
    }
}

/// Creates a builtin type at runtime (for module-defined types such as `collections.deque`).
pub fn new_builtin_type(
    name: &str,
    module: &'static str,
    base: Option<&PyRef>,
    kind: BaseKind,
    methods: &'static [MethodDef],
    subclassable: bool,
) -> PyRef {
    let t = types();
    let base = base.unwrap_or(&t.object).clone();
    let mut flags = if subclassable {
        type_flags::BASETYPE
    } else {
        0
    };
    // A type with a payload of its own, or one that defines how it prints, hashes or
    // compares, must not take the fast paths meant for `object`'s payload.
    let slots = ["__repr__", "__str__", "__format__", "__hash__", "__eq__"];
    if !matches!(kind, BaseKind::Object | BaseKind::Internal)
        || methods.iter().any(|m| slots.contains(&m.name))
    {
        flags |= type_flags::OWN_SLOTS;
    }
    let obj = make_type(
        Some(&t.type_),
        name,
        vec![base],
        kind,
        flags,
        methods,
        Some(module),
    );
    if let Some(td) = type_data(&obj) {
        td.dict.class.set(t.dict.clone());
        td.dict().set_str(
            intern("__module__"),
            Value::Obj(new_ref(&t.str_, Payload::Str(PyStr::new(module)))),
        );
    }
    obj
}

/// Empties the attribute lookup cache (the collector must not see its references).
pub fn clear_lookup_cache() {
    LOOKUP_CACHE.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            for e in c.iter_mut() {
                *e = CacheEntry::default();
            }
        }
    });
}

static TYPE_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A fresh, never reused type version tag.
pub fn next_type_version() -> u64 {
    TYPE_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Invalidates cached lookups on `cls` and all its subclasses (after a namespace change).
pub fn type_modified(cls: &PyObject) {
    let Some(t) = type_data(cls) else { return };
    t.version.set(next_type_version());
    let subs: Vec<PyRef> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect();
    for s in subs {
        type_modified(&s);
    }
}

const CACHE_SIZE: usize = 4096;

/// One slot of the attribute lookup cache: (type version, name) -> result.
#[derive(Clone, Default)]
struct CacheEntry {
    version: u64,
    name: Option<PyRef>,
    /// (address, length) of the name for entries made by `lookup_str`, else (0, 0).
    literal: (usize, usize),
    value: Option<Value>,
}

thread_local! {
    static LOOKUP_CACHE: RefCell<Vec<CacheEntry>> = RefCell::new(vec![CacheEntry::default(); CACHE_SIZE]);
}

#[inline]
fn cache_slot(version: u64, hash: i64) -> usize {
    ((version.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ hash as u64) >> 20) as usize & (CACHE_SIZE - 1)
}

fn lookup_uncached(t: &PyType, name: &str, hash: i64) -> Option<Value> {
    let mro = t.mro.borrow();
    for c in mro.iter() {
        if let Some(ct) = type_data(c) {
            if let Some(v) = ct.dict().data.borrow().get_str(name, hash) {
                return Some(v);
            }
        }
    }
    None
}

/// Looks `name` up along the MRO of type `cls` (no descriptors invoked). Cached per type
/// version, as CPython's method cache.
pub fn lookup(cls: &PyObject, name: &PyRef) -> Option<Value> {
    let t = type_data(cls)?;
    let Payload::Str(s) = &name.payload else {
        return None;
    };
    let version = t.version.get();
    let h = s.hash();
    let slot = cache_slot(version, h);
    let hit = LOOKUP_CACHE.with(|c| {
        let c = c.borrow();
        let e = &c[slot];
        match &e.name {
            Some(n)
                if e.version == version
                    && (Rc::ptr_eq(n, name) || n.payload_str() == s.as_str()) =>
            {
                Some(e.value.clone())
            }
            _ => None,
        }
    });
    if let Some(v) = hit {
        return v;
    }
    let v = lookup_uncached(t, s.as_str(), h);
    // Populating a builtin type's dict may have happened during the walk; the version is
    // unchanged by that (same contents), so the entry stays valid.
    LOOKUP_CACHE.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            c[slot] = CacheEntry {
                version,
                name: Some(intern_if_needed(name)),
                literal: (0, 0),
                value: v.clone(),
            };
        }
    });
    v
}

fn intern_if_needed(name: &PyRef) -> PyRef {
    name.clone()
}

/// Like `lookup` with a name written in the Rust source (`"__eq__"`): the cache knows the
/// literal by its address and length, so a hit neither hashes nor compares the text. (A
/// static string's address is never reused for other text; entries made by the other
/// lookups have no address and never match here.)
pub fn lookup_str(cls: &PyObject, name: &'static str) -> Option<Value> {
    let t = type_data(cls)?;
    let version = t.version.get();
    let key = (name.as_ptr() as usize, name.len());
    let slot = cache_slot(
        version,
        (key.0 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) as i64,
    );
    let hit = LOOKUP_CACHE.with(|c| {
        let c = c.borrow();
        let e = &c[slot];
        (e.version == version && e.literal == key).then(|| e.value.clone())
    });
    if let Some(v) = hit {
        return v;
    }
    let v = lookup_uncached(t, name, crate::hash::hash_str(name));
    LOOKUP_CACHE.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            c[slot] = CacheEntry {
                version,
                name: None,
                literal: key,
                value: v.clone(),
            };
        }
    });
    v
}

/// Is `a` a subclass of `b` (by MRO)?
pub fn is_subtype(a: &PyObject, b: &PyObject) -> bool {
    if std::ptr::eq(a, b) {
        return true;
    }
    match type_data(a) {
        Some(t) => t
            .mro
            .borrow()
            .iter()
            .any(|c| std::ptr::eq(Rc::as_ptr(c), b)),
        None => false,
    }
}

/// C3 linearisation of `cls` with `bases`.
pub fn compute_mro(vm: &mut Vm, cls: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            let n = type_data(b).map(|t| t.name()).unwrap_or_default();
            return Err(vm.new_type_error(format!("duplicate base class {}", n)));
        }
    }
    let mut seqs: Vec<Vec<PyRef>> = Vec::new();
    for b in bases {
        match type_data(b) {
            Some(bt) => seqs.push(bt.mro.borrow().clone()),
            None => return Err(vm.new_type_error("bases must be types")),
        }
    }
    seqs.push(bases.to_vec());
    let mut result = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|s2| s2[1..].iter().any(|x| Rc::ptr_eq(x, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if Rc::ptr_eq(&s[0], &c) {
                        s.remove(0);
                    }
                }
                result.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_data(&s[0]).map(|t| t.name()).unwrap_or_default();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(vm.new_type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// The name of a value's type, as used in error messages.
pub fn type_name(v: &Value) -> String {
    let t = types();
    let cls = match v {
        Value::Null | Value::None => return "NoneType".into(),
        Value::Bool(_) => return "bool".into(),
        Value::Int(_) => return "int".into(),
        Value::Float(_) => return "float".into(),
        Value::Obj(o) => o.class(),
    };
    let _ = t;
    type_data(&cls)
        .map(tp_name)
        .unwrap_or_else(|| "object".into())
}

/// A type's name as CPython's `tp_name`: dotted for types defined by modules
/// ('collections.deque'), plain for builtins and classes.
pub fn tp_name(t: &PyType) -> String {
    match t.module {
        Some(m) if !t.is_heap() && m != "builtins" => format!("{}.{}", m, t.name()),
        _ if t.is_heap() => {
            // Classes of frozen modules standing in for C modules ('datetime.date').
            let m = t.dict().get_rust_str("__module__");
            match m.as_ref().and_then(|m| m.as_rust_str()) {
                Some(m) if crate::modules::is_c_standin(m) => format!("{}.{}", m, t.name()),
                Some(m) if crate::modules::is_c_class(m, &t.name()) => {
                    format!("{}.{}", m, t.name())
                }
                // A C type in CPython ("'types.SimpleNamespace' object ...").
                Some("types") if t.name() == "SimpleNamespace" => "types.SimpleNamespace".into(),
                _ => t.name(),
            }
        }
        _ => t.name(),
    }
}

/// The class of a value.
#[inline]
pub fn class_of(v: &Value) -> PyRef {
    let t = types();
    match v {
        Value::Null | Value::None => t.none_type.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Obj(o) => o.class(),
    }
}

/// The address of a value's class (no refcount traffic).
#[inline]
pub fn class_ptr(v: &Value) -> *const PyObject {
    let t = types();
    match v {
        Value::Null | Value::None => Rc::as_ptr(&t.none_type),
        Value::Bool(_) => Rc::as_ptr(&t.bool_),
        Value::Int(_) => Rc::as_ptr(&t.int),
        Value::Float(_) => Rc::as_ptr(&t.float),
        Value::Obj(o) => o.class.ptr(),
    }
}

/// Is `v` an instance of `cls` (by MRO, no __instancecheck__)?
pub fn isinstance(v: &Value, cls: &PyRef) -> bool {
    let p = class_ptr(v);
    if std::ptr::eq(p, Rc::as_ptr(cls)) {
        return true;
    }
    let c = class_of(v);
    is_subtype(&c, cls)
}

/// What must agree for instances of two classes to share a layout (`__class__` and
/// `__bases__` assignment): the builtin base, every `__slots__` name along the MRO, and
/// whether instances have a `__dict__`.
pub fn instance_layout(t: &PyType) -> (BaseKind, Vec<String>, bool) {
    let slots = t
        .mro
        .borrow()
        .iter()
        .filter_map(|c| type_data(c))
        .flat_map(|ct| {
            ct.slot_names
                .borrow()
                .iter()
                .map(|n| n.payload_str().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    (t.kind, slots, t.has_flag(type_flags::HAS_DICT))
}
