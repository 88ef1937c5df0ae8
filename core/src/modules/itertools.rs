//! The `itertools` module: lazy iterator building blocks. Each iterator is a native object
//! whose `next` the VM calls directly (no `__next__` lookup), holding no `RefCell` borrow
//! while it calls into Python.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::ast::BinOp;
use crate::object::*;
use crate::objects::{funcobj, intobj, moduleobj, strobj, tupleobj};
use crate::types::{self, type_flags, BaseKind, MethodDef};
use crate::vm::{PyResult, Vm};

// ----- helpers shared with the other modules of this family -----

/// The native payload of `v` as a `T`, if it is one.
pub(crate) fn native<T: 'static>(v: &Value) -> Option<&T> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

/// A new instance of `cls` (a native type or a Python subclass of one) holding `obj`.
pub(crate) fn new_native(cls: &PyRef, obj: impl NativeObject) -> Value {
    let p = Payload::Native(Box::new(obj));
    if types::type_data(cls)
        .map(|t| t.has_flag(type_flags::HAS_DICT))
        .unwrap_or(false)
    {
        types::new_obj_with_dict(cls, p)
    } else {
        types::new_obj(cls, p)
    }
}

/// The class argument of a native `__new__`.
pub(crate) fn new_cls(vm: &mut Vm, args: &Args, tname: &str) -> PyResult<PyRef> {
    match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => Ok(c.clone()),
        Some(other) => Err(vm.new_type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            tname,
            types::type_name(other)
        ))),
        None => Err(vm.new_type_error(format!("{}.__new__(): not enough arguments", tname))),
    }
}

/// A parameter list bound with Argument Clinic's error messages.
pub(crate) struct Sig {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub required: usize,
    pub kwonly: usize,
}

/// Binds `args` (without the leading class/self) to `sig`.
pub(crate) fn bind(
    vm: &mut Vm,
    pos: &[Value],
    args: &Args,
    sig: &Sig,
) -> PyResult<Vec<Option<Value>>> {
    let n = sig.params.len();
    let maxpos = n - sig.kwonly;
    let total = pos.len() + args.kwnames.len();
    if total > n {
        return Err(vm.new_type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            sig.name,
            n,
            if pos.is_empty() { "keyword " } else { "" },
            if n == 1 { "" } else { "s" },
            total
        )));
    }
    if pos.len() > maxpos {
        return Err(vm.new_type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            sig.name,
            if sig.required < maxpos {
                "at most"
            } else {
                "exactly"
            },
            maxpos,
            if maxpos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; n];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut unknown = None;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match sig.params.iter().position(|p| *p == k.payload_str()) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                unknown.get_or_insert(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    sig.name,
                    k.payload_str(),
                    i + 1
                ));
            }
            None => {
                unknown.get_or_insert(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.payload_str(),
                    sig.name
                ));
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(sig.required) {
        if slot.is_none() {
            return Err(vm.new_type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                sig.name,
                sig.params[i],
                i + 1
            )));
        }
    }
    if let Some(msg) = unknown {
        return Err(vm.new_type_error(msg));
    }
    Ok(out)
}

/// `x` as a Py_ssize_t (`__index__`), with CPython's OverflowError past i64.
pub(crate) fn ssize(vm: &mut Vm, x: &Value) -> PyResult<i64> {
    match vm.index(x)? {
        Value::Int(n) => Ok(n),
        _ => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn visit_cell(c: &RefCell<Value>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(v) = c.try_borrow() {
        visit(&v);
    }
}

fn take(c: &RefCell<Value>) -> Value {
    std::mem::take(&mut *c.borrow_mut())
}

fn get(c: &RefCell<Value>) -> Value {
    c.borrow().clone()
}

fn set(c: &RefCell<Value>, v: Value) {
    let old = std::mem::replace(&mut *c.borrow_mut(), v);
    drop(old);
}

/// The next item of the iterator held in `c` (`Null` = exhausted); clears it on exhaustion.
fn next_in(vm: &mut Vm, c: &RefCell<Value>) -> PyResult<Option<Value>> {
    let it = get(c);
    if it.is_null() {
        return Ok(None);
    }
    match vm.next(&it)? {
        Some(v) => Ok(Some(v)),
        None => {
            set(c, Value::Null);
            Ok(None)
        }
    }
}

/// Implements `NativeObject` for an iterator type with a `step` method.
macro_rules! native_iter {
    ($t:ty, |$s:ident, $visit:ident| $body:block) => {
        impl NativeObject for $t {
            fn traverse(&$s, $visit: &mut dyn FnMut(&Value)) $body
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn next(&self, vm: &mut Vm, me: &PyRef) -> Option<PyResult<Option<Value>>> {
                Some(self.step(vm, me))
            }
        }
    };
}

/// `__iter__` of every iterator type: the object itself.
pub(crate) fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__iter__", 1)?;
    Ok(a[0].clone())
}

/// `__next__` of every native iterator type.
pub(crate) fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__next__", 1)?;
    let r = match &a[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.next(vm, o),
            _ => None,
        },
        _ => None,
    };
    match r {
        Some(Ok(Some(v))) => Ok(v),
        Some(Ok(None)) => Err(vm.new_stop_iteration(Value::None)),
        Some(Err(e)) => Err(e),
        None => Err(vm.new_type_error(format!(
            "'{}' object is not an iterator",
            types::type_name(&a[0])
        ))),
    }
}

// ----- the module -----

struct ItertoolsTypes {
    count: PyRef,
    cycle: PyRef,
    repeat: PyRef,
    accumulate: PyRef,
    chain: PyRef,
    compress: PyRef,
    dropwhile: PyRef,
    takewhile: PyRef,
    filterfalse: PyRef,
    groupby: PyRef,
    grouper: PyRef,
    islice: PyRef,
    pairwise: PyRef,
    starmap: PyRef,
    tee: PyRef,
    zip_longest: PyRef,
    product: PyRef,
    permutations: PyRef,
    combinations: PyRef,
    cwr: PyRef,
}

thread_local! {
    static TYPES: Rc<ItertoolsTypes> = Rc::new({
        let t = |name: &str, methods: &'static [MethodDef]| {
            types::new_builtin_type(name, "itertools", None, BaseKind::Internal, methods, true)
        };
        let internal = |name: &str, methods: &'static [MethodDef]| {
            types::new_builtin_type(name, "itertools", None, BaseKind::Internal, methods, false)
        };
        ItertoolsTypes {
            count: t("count", COUNT_METHODS),
            cycle: t("cycle", CYCLE_METHODS),
            repeat: t("repeat", REPEAT_METHODS),
            accumulate: t("accumulate", ACCUMULATE_METHODS),
            chain: t("chain", CHAIN_METHODS),
            compress: t("compress", COMPRESS_METHODS),
            dropwhile: t("dropwhile", DROPWHILE_METHODS),
            takewhile: t("takewhile", TAKEWHILE_METHODS),
            filterfalse: t("filterfalse", FILTERFALSE_METHODS),
            groupby: t("groupby", GROUPBY_METHODS),
            grouper: internal("_grouper", GROUPER_METHODS),
            islice: t("islice", ISLICE_METHODS),
            pairwise: t("pairwise", PAIRWISE_METHODS),
            starmap: t("starmap", STARMAP_METHODS),
            tee: internal("_tee", TEE_METHODS),
            zip_longest: t("zip_longest", ZIP_LONGEST_METHODS),
            product: t("product", PRODUCT_METHODS),
            permutations: t("permutations", PERMUTATIONS_METHODS),
            combinations: t("combinations", COMBINATIONS_METHODS),
            cwr: t("combinations_with_replacement", CWR_METHODS),
        }
    });
}

fn tys() -> Rc<ItertoolsTypes> {
    TYPES.with(|t| t.clone())
}

/// Fills the `itertools` namespace.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let t = tys();
    let set = |name: &str, v: &PyRef| moduleobj::module_set(m, name, Value::Obj(v.clone()));
    set("count", &t.count);
    set("cycle", &t.cycle);
    set("repeat", &t.repeat);
    set("accumulate", &t.accumulate);
    set("chain", &t.chain);
    set("compress", &t.compress);
    set("dropwhile", &t.dropwhile);
    set("takewhile", &t.takewhile);
    set("filterfalse", &t.filterfalse);
    set("groupby", &t.groupby);
    set("_grouper", &t.grouper);
    set("islice", &t.islice);
    set("pairwise", &t.pairwise);
    set("starmap", &t.starmap);
    set("_tee", &t.tee);
    set("zip_longest", &t.zip_longest);
    set("product", &t.product);
    set("permutations", &t.permutations);
    set("combinations", &t.combinations);
    set("combinations_with_replacement", &t.cwr);
    moduleobj::module_set(
        m,
        "tee",
        funcobj::new_native("tee", tee_fn, Some("itertools"), 0),
    );
    Ok(())
}

// ----- count -----

struct Count {
    cur: RefCell<Value>,
    step: Value,
}

native_iter!(Count, |self, visit| {
    visit_cell(&self.cur, visit);
    visit(&self.step);
});

impl Count {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let cur = get(&self.cur);
        let next = match (&cur, &self.step) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => vm.binary_op(&cur, &self.step, BinOp::Add)?,
        };
        set(&self.cur, next);
        Ok(Some(cur))
    }
}

/// Is `v` a number (CPython's PyNumber_Check)?
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => match &o.payload {
            Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) => true,
            _ => {
                let c = o.class();
                ["__index__", "__int__", "__float__", "__complex__"]
                    .iter()
                    .any(|n| types::lookup_str(&c, n).is_some())
            }
        },
        _ => false,
    }
}

fn count_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "count")?;
    static SIG: Sig = Sig {
        name: "count",
        params: &["start", "step"],
        required: 0,
        kwonly: 0,
    };
    let a = bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    let start = a[0].clone().unwrap_or(Value::Int(0));
    let step = a[1].clone().unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(vm.new_type_error("a number is required"));
    }
    Ok(new_native(
        &cls,
        Count {
            cur: RefCell::new(start),
            step,
        },
    ))
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = self_arg::<Count>(vm, &args, "count")?;
    let cur = get(&c.cur);
    let name = type_qualname(&args.pos[0]);
    let cur_r = vm.repr_string(&cur)?;
    if matches!(c.step, Value::Int(1)) {
        return Ok(strobj::new_str(format!("{}({})", name, cur_r)));
    }
    let step = c.step.clone();
    let step_r = vm.repr_string(&step)?;
    Ok(strobj::new_str(format!("{}({}, {})", name, cur_r, step_r)))
}

fn type_qualname(v: &Value) -> String {
    let cls = types::class_of(v);
    types::type_data(&cls)
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_default()
}

/// `self` of a method of a native type.
pub(crate) fn self_arg<'a, T: 'static>(
    vm: &mut Vm,
    args: &Args<'a>,
    tname: &str,
) -> PyResult<&'a T> {
    match args.pos.first().and_then(native::<T>) {
        Some(x) => Ok(x),
        None => Err(vm.new_type_error(format!(
            "descriptor requires a '{}' object but received a '{}'",
            tname,
            args.pos.first().map(types::type_name).unwrap_or_default()
        ))),
    }
}

static COUNT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", count_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
    MethodDef::method("__repr__", count_repr),
];

// ----- cycle -----

struct Cycle {
    it: RefCell<Value>,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}

native_iter!(Cycle, |self, visit| {
    visit_cell(&self.it, visit);
    if let Ok(s) = self.saved.try_borrow() {
        s.iter().for_each(visit);
    }
});

impl Cycle {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        if let Some(v) = next_in(vm, &self.it)? {
            self.saved.borrow_mut().push(v.clone());
            return Ok(Some(v));
        }
        let saved = self.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = self.index.get() % saved.len();
        self.index.set(i + 1);
        Ok(Some(saved[i].clone()))
    }
}

fn cycle_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "cycle")?;
    no_kw_if_exact(vm, &cls, &args, "cycle", &tys().cycle)?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    if a.len() != 1 {
        return Err(vm.new_type_error(format!("cycle expected 1 argument, got {}", a.len())));
    }
    let it = vm.iter(&a[0])?;
    Ok(new_native(
        &cls,
        Cycle {
            it: RefCell::new(it),
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
        },
    ))
}

/// CPython rejects keyword arguments only for the exact type (subclasses may take some).
fn no_kw_if_exact(
    vm: &mut Vm,
    cls: &PyRef,
    args: &Args,
    name: &str,
    exact: &PyRef,
) -> PyResult<()> {
    if Rc::ptr_eq(cls, exact) || !types::is_heap_class(cls) {
        args.no_kw(vm, name)?;
    }
    Ok(())
}

static CYCLE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", cycle_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- repeat -----

struct Repeat {
    elem: Value,
    /// Items left; -1 for forever.
    left: Cell<i64>,
}

native_iter!(Repeat, |self, visit| {
    visit(&self.elem);
});

impl Repeat {
    fn step(&self, _vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        match self.left.get() {
            0 => Ok(None),
            n => {
                if n > 0 {
                    self.left.set(n - 1);
                }
                Ok(Some(self.elem.clone()))
            }
        }
    }
}

fn repeat_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "repeat")?;
    static SIG: Sig = Sig {
        name: "repeat",
        params: &["object", "times"],
        required: 1,
        kwonly: 0,
    };
    let a = bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    let elem = a[0].clone().unwrap_or(Value::None);
    let left = match &a[1] {
        None => -1,
        Some(t) => ssize(vm, t)?.max(0),
    };
    Ok(new_native(
        &cls,
        Repeat {
            elem,
            left: Cell::new(left),
        },
    ))
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = self_arg::<Repeat>(vm, &args, "repeat")?;
    let name = type_qualname(&args.pos[0]);
    let e = vm.repr_string(&r.elem)?;
    Ok(strobj::new_str(match r.left.get() {
        -1 => format!("{}({})", name, e),
        n => format!("{}({}, {})", name, e, n),
    }))
}

fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = self_arg::<Repeat>(vm, &args, "repeat")?;
    match r.left.get() {
        -1 => Err(vm.new_type_error("len() of unsized object")),
        n => Ok(Value::Int(n)),
    }
}

static REPEAT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", repeat_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
    MethodDef::method("__repr__", repeat_repr),
    MethodDef::method("__length_hint__", repeat_length_hint),
];

// ----- accumulate -----

struct Accumulate {
    it: RefCell<Value>,
    func: Value,
    total: RefCell<Value>,
    initial: RefCell<Value>,
}

native_iter!(Accumulate, |self, visit| {
    visit_cell(&self.it, visit);
    visit(&self.func);
    visit_cell(&self.total, visit);
    visit_cell(&self.initial, visit);
});

impl Accumulate {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let initial = take(&self.initial);
        if !initial.is_null() {
            set(&self.total, initial.clone());
            return Ok(Some(initial));
        }
        let Some(v) = next_in(vm, &self.it)? else {
            return Ok(None);
        };
        let total = get(&self.total);
        let new = if total.is_null() {
            v
        } else if self.func.is_none() {
            vm.binary_op(&total, &v, BinOp::Add)?
        } else {
            vm.call(&self.func, &[total, v])?
        };
        set(&self.total, new.clone());
        Ok(Some(new))
    }
}

fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "accumulate")?;
    static SIG: Sig = Sig {
        name: "accumulate",
        params: &["iterable", "func", "initial"],
        required: 1,
        kwonly: 1,
    };
    let a = bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    let it = vm.iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let initial = match a[2].clone() {
        None | Some(Value::None) => Value::Null,
        Some(v) => v,
    };
    Ok(new_native(
        &cls,
        Accumulate {
            it: RefCell::new(it),
            func: a[1].clone().unwrap_or(Value::None),
            total: RefCell::new(Value::Null),
            initial: RefCell::new(initial),
        },
    ))
}

static ACCUMULATE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", accumulate_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- chain -----

struct Chain {
    /// Iterator over the iterables (`Null` once exhausted).
    source: RefCell<Value>,
    /// Iterator over the current iterable.
    active: RefCell<Value>,
}

native_iter!(Chain, |self, visit| {
    visit_cell(&self.source, visit);
    visit_cell(&self.active, visit);
});

impl Chain {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        loop {
            if get(&self.active).is_null() {
                let Some(iterable) = next_in(vm, &self.source)? else {
                    return Ok(None);
                };
                let it = vm.iter(&iterable)?;
                set(&self.active, it);
            }
            if let Some(v) = next_in(vm, &self.active)? {
                return Ok(Some(v));
            }
        }
    }
}

fn chain_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "chain")?;
    no_kw_if_exact(vm, &cls, &args, "chain", &tys().chain)?;
    let source = vm.iter(&tupleobj::new_tuple(
        args.pos.get(1..).unwrap_or(&[]).to_vec(),
    ))?;
    Ok(new_native(
        &cls,
        Chain {
            source: RefCell::new(source),
            active: RefCell::new(Value::Null),
        },
    ))
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "chain")?;
    let a = args.exact(vm, "from_iterable", 2)?;
    if a.len() != 2 {
        return Err(vm.new_type_error("chain.from_iterable() takes exactly one argument"));
    }
    let source = vm.iter(&a[1])?;
    Ok(new_native(
        &cls,
        Chain {
            source: RefCell::new(source),
            active: RefCell::new(Value::Null),
        },
    ))
}

fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let item = args.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(crate::objects::typeobj::generic_alias(&cls, &item))
}

static CHAIN_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", chain_new),
    MethodDef::classmethod("from_iterable", chain_from_iterable),
    MethodDef::classmethod("__class_getitem__", class_getitem),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- compress -----

struct Compress {
    data: RefCell<Value>,
    selectors: RefCell<Value>,
}

native_iter!(Compress, |self, visit| {
    visit_cell(&self.data, visit);
    visit_cell(&self.selectors, visit);
});

impl Compress {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = next_in(vm, &self.data)? else {
                return Ok(None);
            };
            let Some(s) = next_in(vm, &self.selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        }
    }
}

fn compress_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "compress")?;
    static SIG: Sig = Sig {
        name: "compress",
        params: &["data", "selectors"],
        required: 2,
        kwonly: 0,
    };
    let a = bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    let data = vm.iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = vm.iter(a[1].as_ref().unwrap_or(&Value::None))?;
    Ok(new_native(
        &cls,
        Compress {
            data: RefCell::new(data),
            selectors: RefCell::new(selectors),
        },
    ))
}

static COMPRESS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", compress_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- dropwhile, takewhile, filterfalse -----

/// The shared state of the predicate-driven iterators.
struct Predicated {
    func: Value,
    it: RefCell<Value>,
    /// dropwhile: still dropping; takewhile: stopped.
    flag: Cell<bool>,
}

struct DropWhile(Predicated);
struct TakeWhile(Predicated);
struct FilterFalse(Predicated);

native_iter!(DropWhile, |self, visit| {
    visit(&self.0.func);
    visit_cell(&self.0.it, visit);
});
native_iter!(TakeWhile, |self, visit| {
    visit(&self.0.func);
    visit_cell(&self.0.it, visit);
});
native_iter!(FilterFalse, |self, visit| {
    visit(&self.0.func);
    visit_cell(&self.0.it, visit);
});

impl DropWhile {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let p = &self.0;
        loop {
            let Some(v) = next_in(vm, &p.it)? else {
                return Ok(None);
            };
            if !p.flag.get() {
                return Ok(Some(v));
            }
            let r = vm.call(&p.func, std::slice::from_ref(&v))?;
            if !vm.truthy(&r)? {
                p.flag.set(false);
                return Ok(Some(v));
            }
        }
    }
}

impl TakeWhile {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let p = &self.0;
        if p.flag.get() {
            return Ok(None);
        }
        let Some(v) = next_in(vm, &p.it)? else {
            return Ok(None);
        };
        let r = vm.call(&p.func, std::slice::from_ref(&v))?;
        if vm.truthy(&r)? {
            return Ok(Some(v));
        }
        p.flag.set(true);
        Ok(None)
    }
}

impl FilterFalse {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let p = &self.0;
        loop {
            let Some(v) = next_in(vm, &p.it)? else {
                return Ok(None);
            };
            let keep = if p.func.is_none() {
                !vm.truthy(&v)?
            } else {
                let r = vm.call(&p.func, std::slice::from_ref(&v))?;
                !vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
    }
}

/// Parses `(predicate, iterable)` for the predicate-driven iterators.
fn predicated(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    exact: &PyRef,
    flag: bool,
) -> PyResult<(PyRef, Predicated)> {
    let cls = new_cls(vm, args, name)?;
    no_kw_if_exact(vm, &cls, args, name, exact)?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    if a.len() != 2 {
        return Err(vm.new_type_error(format!("{} expected 2 arguments, got {}", name, a.len())));
    }
    let it = vm.iter(&a[1])?;
    Ok((
        cls,
        Predicated {
            func: a[0].clone(),
            it: RefCell::new(it),
            flag: Cell::new(flag),
        },
    ))
}

fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, p) = predicated(vm, &args, "dropwhile", &tys().dropwhile, true)?;
    Ok(new_native(&cls, DropWhile(p)))
}

fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, p) = predicated(vm, &args, "takewhile", &tys().takewhile, false)?;
    Ok(new_native(&cls, TakeWhile(p)))
}

fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, p) = predicated(vm, &args, "filterfalse", &tys().filterfalse, false)?;
    Ok(new_native(&cls, FilterFalse(p)))
}

static DROPWHILE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", dropwhile_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];
static TAKEWHILE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", takewhile_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];
static FILTERFALSE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", filterfalse_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- groupby -----

struct GroupBy {
    it: RefCell<Value>,
    keyfunc: Value,
    tgtkey: RefCell<Value>,
    currkey: RefCell<Value>,
    currvalue: RefCell<Value>,
    /// Address of the current `_grouper` (0 = none); older groupers are exhausted.
    currgrouper: Cell<usize>,
}

native_iter!(GroupBy, |self, visit| {
    visit_cell(&self.it, visit);
    visit(&self.keyfunc);
    visit_cell(&self.tgtkey, visit);
    visit_cell(&self.currkey, visit);
    visit_cell(&self.currvalue, visit);
});

impl GroupBy {
    /// Advances the underlying iterator: false when it is exhausted.
    fn advance(&self, vm: &mut Vm) -> PyResult<bool> {
        let Some(v) = next_in(vm, &self.it)? else {
            return Ok(false);
        };
        let key = if self.keyfunc.is_none() {
            v.clone()
        } else {
            vm.call(&self.keyfunc, std::slice::from_ref(&v))?
        };
        set(&self.currvalue, v);
        set(&self.currkey, key);
        Ok(true)
    }

    fn step(&self, vm: &mut Vm, me: &PyRef) -> PyResult<Option<Value>> {
        self.currgrouper.set(0);
        loop {
            let currkey = get(&self.currkey);
            if currkey.is_null() {
                if !self.advance(vm)? {
                    return Ok(None);
                }
                continue;
            }
            let tgtkey = get(&self.tgtkey);
            if tgtkey.is_null() || !vm.eq(&tgtkey, &currkey)? {
                break;
            }
            if !self.advance(vm)? {
                return Ok(None);
            }
        }
        let key = get(&self.currkey);
        set(&self.tgtkey, key.clone());
        let g = types::new_ref(
            &tys().grouper,
            Payload::Native(Box::new(Grouper {
                parent: me.clone(),
                tgtkey: key.clone(),
            })),
        );
        self.currgrouper.set(Rc::as_ptr(&g) as usize);
        Ok(Some(tupleobj::new_tuple(vec![key, Value::Obj(g)])))
    }
}

fn groupby_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "groupby")?;
    static SIG: Sig = Sig {
        name: "groupby",
        params: &["iterable", "key"],
        required: 1,
        kwonly: 0,
    };
    let a = bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    let it = vm.iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let gb = GroupBy {
        it: RefCell::new(it),
        keyfunc: a[1].clone().unwrap_or(Value::None),
        tgtkey: RefCell::new(Value::Null),
        currkey: RefCell::new(Value::Null),
        currvalue: RefCell::new(Value::Null),
        currgrouper: Cell::new(0),
    };
    Ok(new_native(&cls, gb))
}

static GROUPBY_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", groupby_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

/// One group of a `groupby`: valid until the groupby moves on.
struct Grouper {
    parent: PyRef,
    tgtkey: Value,
}

native_iter!(Grouper, |self, visit| {
    visit(&Value::Obj(self.parent.clone()));
    visit(&self.tgtkey);
});

impl Grouper {
    fn step(&self, vm: &mut Vm, me: &PyRef) -> PyResult<Option<Value>> {
        let Payload::Native(n) = &self.parent.payload else {
            return Ok(None);
        };
        let Some(gb) = n.as_any().downcast_ref::<GroupBy>() else {
            return Ok(None);
        };
        if gb.currgrouper.get() != Rc::as_ptr(me) as usize {
            return Ok(None);
        }
        if get(&gb.currvalue).is_null() && !gb.advance(vm)? {
            return Ok(None);
        }
        let currkey = get(&gb.currkey);
        if !vm.eq(&self.tgtkey, &currkey)? {
            return Ok(None);
        }
        Ok(Some(take(&gb.currvalue)))
    }
}

static GROUPER_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- islice -----

struct ISlice {
    it: RefCell<Value>,
    /// Index of the next item to return.
    next: Cell<i64>,
    /// -1 for no stop.
    stop: i64,
    step: i64,
    /// Items consumed so far.
    cnt: Cell<i64>,
}

native_iter!(ISlice, |self, visit| {
    visit_cell(&self.it, visit);
});

impl ISlice {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        if get(&self.it).is_null() {
            return Ok(None);
        }
        while self.cnt.get() < self.next.get() {
            if next_in(vm, &self.it)?.is_none() {
                return Ok(None);
            }
            self.cnt.set(self.cnt.get() + 1);
        }
        if self.stop != -1 && self.cnt.get() >= self.stop {
            set(&self.it, Value::Null);
            return Ok(None);
        }
        let Some(v) = next_in(vm, &self.it)? else {
            return Ok(None);
        };
        self.cnt.set(self.cnt.get() + 1);
        let old = self.next.get();
        let mut n = old.saturating_add(self.step);
        if n < old || (self.stop != -1 && n > self.stop) {
            n = self.stop;
        }
        self.next.set(n);
        Ok(Some(v))
    }
}

/// An islice argument as CPython converts it: -1 when it is not an index-sized int.
fn islice_arg(vm: &mut Vm, v: &Value) -> i64 {
    match vm.index(v) {
        Ok(Value::Int(n)) => n,
        _ => -1,
    }
}

fn islice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "islice")?;
    no_kw_if_exact(vm, &cls, &args, "islice", &tys().islice)?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    if a.len() < 2 {
        return Err(vm.new_type_error(format!(
            "islice expected at least 2 arguments, got {}",
            a.len()
        )));
    }
    if a.len() > 4 {
        return Err(vm.new_type_error(format!(
            "islice expected at most 4 arguments, got {}",
            a.len()
        )));
    }
    let (start_v, stop_v) = if a.len() == 2 {
        (&Value::None, &a[1])
    } else {
        (&a[1], &a[2])
    };
    let start = if start_v.is_none() {
        0
    } else {
        islice_arg(vm, start_v)
    };
    let mut stop = -1;
    if !stop_v.is_none() {
        stop = islice_arg(vm, stop_v);
        if stop == -1 {
            return Err(vm.new_value_error(
                "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            ));
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.new_value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    let step = match a.get(3) {
        Some(v) if !v.is_none() => islice_arg(vm, v),
        _ => 1,
    };
    if step < 1 {
        return Err(vm.new_value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.iter(&a[0])?;
    let s = ISlice {
        it: RefCell::new(it),
        next: Cell::new(start),
        stop,
        step,
        cnt: Cell::new(0),
    };
    Ok(new_native(&cls, s))
}

static ISLICE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", islice_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- pairwise -----

struct Pairwise {
    it: RefCell<Value>,
    old: RefCell<Value>,
}

native_iter!(Pairwise, |self, visit| {
    visit_cell(&self.it, visit);
    visit_cell(&self.old, visit);
});

impl Pairwise {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let mut old = get(&self.old);
        if old.is_null() {
            let Some(v) = next_in(vm, &self.it)? else {
                return Ok(None);
            };
            set(&self.old, v.clone());
            old = v;
        }
        let Some(new) = next_in(vm, &self.it)? else {
            set(&self.old, Value::Null);
            return Ok(None);
        };
        set(&self.old, new.clone());
        Ok(Some(tupleobj::new_tuple(vec![old, new])))
    }
}

fn pairwise_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "pairwise")?;
    no_kw_if_exact(vm, &cls, &args, "pairwise", &tys().pairwise)?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    if a.len() != 1 {
        return Err(vm.new_type_error(format!("pairwise expected 1 argument, got {}", a.len())));
    }
    let it = vm.iter(&a[0])?;
    Ok(new_native(
        &cls,
        Pairwise {
            it: RefCell::new(it),
            old: RefCell::new(Value::Null),
        },
    ))
}

static PAIRWISE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", pairwise_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- starmap -----

struct StarMap {
    func: Value,
    it: RefCell<Value>,
}

native_iter!(StarMap, |self, visit| {
    visit(&self.func);
    visit_cell(&self.it, visit);
});

impl StarMap {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let Some(args) = next_in(vm, &self.it)? else {
            return Ok(None);
        };
        let r = match tupleobj::tuple_items(&args) {
            Some(t) => vm.call(&self.func, t)?,
            None => {
                let items = vm.collect_iter(&args)?;
                vm.call(&self.func, &items)?
            }
        };
        Ok(Some(r))
    }
}

fn starmap_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "starmap")?;
    no_kw_if_exact(vm, &cls, &args, "starmap", &tys().starmap)?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    if a.len() != 2 {
        return Err(vm.new_type_error(format!("starmap expected 2 arguments, got {}", a.len())));
    }
    let it = vm.iter(&a[1])?;
    Ok(new_native(
        &cls,
        StarMap {
            func: a[0].clone(),
            it: RefCell::new(it),
        },
    ))
}

static STARMAP_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", starmap_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- tee -----

/// Items are buffered in linked blocks; a block is freed once every tee has moved past it.
const TEE_BLOCK: usize = 57;

struct TeeBlock {
    values: RefCell<Vec<Value>>,
    next: RefCell<Option<Rc<TeeBlock>>>,
}

impl TeeBlock {
    fn new() -> Rc<TeeBlock> {
        Rc::new(TeeBlock {
            values: RefCell::new(Vec::with_capacity(TEE_BLOCK)),
            next: RefCell::new(None),
        })
    }
}

/// What the tees of one `tee()` call share.
struct TeeSource {
    it: Value,
    running: Cell<bool>,
}

struct Tee {
    source: Rc<TeeSource>,
    block: RefCell<Rc<TeeBlock>>,
    index: Cell<usize>,
}

native_iter!(Tee, |self, visit| {
    visit(&self.source.it);
    if let Ok(b) = self.block.try_borrow() {
        if let Ok(v) = b.values.try_borrow() {
            v.iter().for_each(visit);
        }
    }
});

impl Tee {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        if self.index.get() == TEE_BLOCK {
            let cur = self.block.borrow().clone();
            let next = cur
                .next
                .borrow_mut()
                .get_or_insert_with(TeeBlock::new)
                .clone();
            *self.block.borrow_mut() = next;
            self.index.set(0);
        }
        let block = self.block.borrow().clone();
        let i = self.index.get();
        if let Some(v) = block.values.borrow().get(i) {
            self.index.set(i + 1);
            return Ok(Some(v.clone()));
        }
        if self.source.running.get() {
            return Err(vm.new_runtime_error("cannot re-enter the tee iterator"));
        }
        self.source.running.set(true);
        let r = vm.next(&self.source.it);
        self.source.running.set(false);
        match r? {
            Some(v) => {
                block.values.borrow_mut().push(v.clone());
                self.index.set(i + 1);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    fn copy(&self) -> Tee {
        Tee {
            source: self.source.clone(),
            block: RefCell::new(self.block.borrow().clone()),
            index: Cell::new(self.index.get()),
        }
    }
}

fn new_tee(it: Value) -> Value {
    let src = Rc::new(TeeSource {
        it,
        running: Cell::new(false),
    });
    let tee = Tee {
        source: src,
        block: RefCell::new(TeeBlock::new()),
        index: Cell::new(0),
    };
    types::new_obj(&tys().tee, Payload::Native(Box::new(tee)))
}

/// `tee(iterable, n=2)`.
fn tee_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "itertools.tee")?;
    let a = args.range(vm, "tee", 1, 2)?;
    let n = match a.get(1) {
        Some(v) => ssize(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.new_value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(tupleobj::new_tuple(Vec::new()));
    }
    let it = vm.iter(&a[0])?;
    let first = match vm.get_attr_opt(&it, &types::intern("__copy__"))? {
        Some(_) => it,
        None => new_tee(it),
    };
    let mut out = Vec::with_capacity(n.min(1024) as usize);
    out.push(first.clone());
    for _ in 1..n {
        let c = vm.call_method(&first, "__copy__", &[])?;
        out.push(c);
    }
    Ok(tupleobj::new_tuple(out))
}

fn tee_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_cls(vm, &args, "_tee")?;
    args.no_kw(vm, "_tee")?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    if a.len() != 1 {
        return Err(vm.new_type_error(format!("_tee expected 1 argument, got {}", a.len())));
    }
    let it = vm.iter(&a[0])?;
    if let Some(t) = native::<Tee>(&it) {
        return Ok(types::new_obj(
            &tys().tee,
            Payload::Native(Box::new(t.copy())),
        ));
    }
    Ok(new_tee(it))
}

fn tee_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = self_arg::<Tee>(vm, &args, "_tee")?;
    Ok(types::new_obj(
        &tys().tee,
        Payload::Native(Box::new(t.copy())),
    ))
}

static TEE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", tee_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
    MethodDef::method("__copy__", tee_copy),
];

// ----- zip_longest -----

struct ZipLongest {
    /// The iterators; `Null` once one is exhausted.
    its: RefCell<Vec<Value>>,
    active: Cell<usize>,
    fill: Value,
}

native_iter!(ZipLongest, |self, visit| {
    if let Ok(its) = self.its.try_borrow() {
        its.iter().for_each(&mut *visit);
    }
    visit(&self.fill);
});

impl ZipLongest {
    fn step(&self, vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let n = self.its.borrow().len();
        if n == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let it = self.its.borrow().get(i).cloned().unwrap_or(Value::Null);
            if it.is_null() {
                out.push(self.fill.clone());
                continue;
            }
            match vm.next(&it)? {
                Some(v) => out.push(v),
                None => {
                    let left = self.active.get().saturating_sub(1);
                    self.active.set(left);
                    if left == 0 {
                        return Ok(None);
                    }
                    if let Some(slot) = self.its.borrow_mut().get_mut(i) {
                        *slot = Value::Null;
                    }
                    out.push(self.fill.clone());
                }
            }
        }
        Ok(Some(tupleobj::new_tuple(out)))
    }
}

fn zip_longest_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "zip_longest")?;
    let fill = match (args.kwnames, args.kwvals) {
        ([], _) => Value::None,
        ([k], [v]) if k.payload_str() == "fillvalue" => v.clone(),
        _ => return Err(vm.new_type_error("zip_longest() got an unexpected keyword argument")),
    };
    let mut its = Vec::with_capacity(args.pos.len() - 1);
    for x in args.pos.get(1..).unwrap_or(&[]) {
        its.push(vm.iter(x)?);
    }
    let n = its.len();
    Ok(new_native(
        &cls,
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(n),
            fill,
        },
    ))
}

static ZIP_LONGEST_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", zip_longest_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

// ----- combinatorics -----

/// State shared by product, permutations, combinations and combinations_with_replacement.
struct Combinatoric {
    /// product: one pool per position; the others: a single pool.
    pools: Vec<Vec<Value>>,
    indices: RefCell<Vec<usize>>,
    /// permutations only.
    cycles: RefCell<Vec<usize>>,
    r: usize,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl Combinatoric {
    fn new(pools: Vec<Vec<Value>>, r: usize) -> Combinatoric {
        Combinatoric {
            pools,
            indices: RefCell::new(Vec::new()),
            cycles: RefCell::new(Vec::new()),
            r,
            started: Cell::new(false),
            stopped: Cell::new(false),
        }
    }

    fn pool(&self) -> &[Value] {
        self.pools.first().map(|p| p.as_slice()).unwrap_or(&[])
    }

    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.pools.iter().flatten().for_each(visit);
    }

    /// The tuple of pool items at `indices[..r]` (single pool).
    fn emit(&self) -> Value {
        let pool = self.pool();
        let idx = self.indices.borrow();
        tupleobj::new_tuple(idx[..self.r].iter().map(|&i| pool[i].clone()).collect())
    }

    fn stop(&self) -> PyResult<Option<Value>> {
        self.stopped.set(true);
        Ok(None)
    }
}

struct Product(Combinatoric);
struct Permutations(Combinatoric);
struct Combinations(Combinatoric);
struct CombinationsWR(Combinatoric);

native_iter!(Product, |self, visit| {
    self.0.visit(visit);
});
native_iter!(Permutations, |self, visit| {
    self.0.visit(visit);
});
native_iter!(Combinations, |self, visit| {
    self.0.visit(visit);
});
native_iter!(CombinationsWR, |self, visit| {
    self.0.visit(visit);
});

impl Product {
    fn step(&self, _vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let c = &self.0;
        if c.stopped.get() {
            return Ok(None);
        }
        let mut idx = c.indices.borrow_mut();
        if !c.started.get() {
            c.started.set(true);
            if c.pools.iter().any(|p| p.is_empty()) {
                drop(idx);
                return c.stop();
            }
            *idx = vec![0; c.pools.len()];
        } else {
            let mut i = c.pools.len();
            loop {
                if i == 0 {
                    drop(idx);
                    return c.stop();
                }
                i -= 1;
                idx[i] += 1;
                if idx[i] < c.pools[i].len() {
                    break;
                }
                idx[i] = 0;
            }
        }
        Ok(Some(tupleobj::new_tuple(
            idx.iter()
                .zip(&c.pools)
                .map(|(&i, p)| p[i].clone())
                .collect(),
        )))
    }
}

impl Combinations {
    fn step(&self, _vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let c = &self.0;
        if c.stopped.get() {
            return Ok(None);
        }
        let (n, r) = (c.pool().len(), c.r);
        if !c.started.get() {
            c.started.set(true);
            if r > n {
                return c.stop();
            }
            *c.indices.borrow_mut() = (0..r).collect();
            return Ok(Some(c.emit()));
        }
        {
            let mut idx = c.indices.borrow_mut();
            let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                drop(idx);
                return c.stop();
            };
            idx[i] += 1;
            for j in i + 1..r {
                idx[j] = idx[j - 1] + 1;
            }
        }
        Ok(Some(c.emit()))
    }
}

impl CombinationsWR {
    fn step(&self, _vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let c = &self.0;
        if c.stopped.get() {
            return Ok(None);
        }
        let (n, r) = (c.pool().len(), c.r);
        if !c.started.get() {
            c.started.set(true);
            if n == 0 && r > 0 {
                return c.stop();
            }
            *c.indices.borrow_mut() = vec![0; r];
            return Ok(Some(c.emit()));
        }
        {
            let mut idx = c.indices.borrow_mut();
            let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                drop(idx);
                return c.stop();
            };
            let v = idx[i] + 1;
            for x in idx[i..r].iter_mut() {
                *x = v;
            }
        }
        Ok(Some(c.emit()))
    }
}

impl Permutations {
    fn step(&self, _vm: &mut Vm, _me: &PyRef) -> PyResult<Option<Value>> {
        let c = &self.0;
        if c.stopped.get() {
            return Ok(None);
        }
        let (n, r) = (c.pool().len(), c.r);
        if !c.started.get() {
            c.started.set(true);
            if r > n {
                return c.stop();
            }
            *c.indices.borrow_mut() = (0..n).collect();
            *c.cycles.borrow_mut() = (n - r + 1..=n).rev().collect();
            return Ok(Some(c.emit()));
        }
        if n == 0 {
            return c.stop();
        }
        {
            let mut idx = c.indices.borrow_mut();
            let mut cycles = c.cycles.borrow_mut();
            let mut found = false;
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    // Rotate indices[i..] left by one.
                    idx[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    idx.swap(i, n - j);
                    found = true;
                    break;
                }
            }
            if !found {
                drop((idx, cycles));
                return c.stop();
            }
        }
        Ok(Some(c.emit()))
    }
}

/// `tuple(iterable)` as a Vec.
fn pool_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.collect_iter(v)
}

fn product_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "product")?;
    let mut repeat = 1i64;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        if k.payload_str() != "repeat" {
            return Err(vm.new_type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                k.payload_str()
            )));
        }
        repeat = ssize(vm, v)?;
    }
    if repeat < 0 {
        return Err(vm.new_value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(args.pos.len() - 1);
    for x in args.pos.get(1..).unwrap_or(&[]) {
        base.push(pool_of(vm, x)?);
    }
    let npools = base
        .len()
        .checked_mul(repeat as usize)
        .filter(|n| *n <= isize::MAX as usize / 64);
    let Some(npools) = npools else {
        return Err(vm.new_overflow_error("repeat argument too large"));
    };
    vm.check_alloc(npools * std::mem::size_of::<Vec<Value>>())?;
    let mut pools = Vec::with_capacity(npools);
    if !base.is_empty() {
        for _ in 0..repeat {
            pools.extend(base.iter().cloned());
        }
    }
    Ok(new_native(&cls, Product(Combinatoric::new(pools, 0))))
}

static PRODUCT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", product_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

fn r_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let r = ssize(vm, v)?;
    if r < 0 {
        return Err(vm.new_value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

fn combinations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "combinations")?;
    static SIG: Sig = Sig {
        name: "combinations",
        params: &["iterable", "r"],
        required: 2,
        kwonly: 0,
    };
    let a = bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    // r is converted before the pool is read, and checked after (as CPython does).
    let r = ssize(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let pool = pool_of(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let r = r_arg(vm, &Value::Int(r))?;
    Ok(new_native(
        &cls,
        Combinations(Combinatoric::new(vec![pool], r)),
    ))
}

fn cwr_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "combinations_with_replacement")?;
    static SIG: Sig = Sig {
        name: "combinations_with_replacement",
        params: &["iterable", "r"],
        required: 2,
        kwonly: 0,
    };
    let a = bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    // r is converted before the pool is read, and checked after (as CPython does).
    let r = ssize(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let pool = pool_of(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let r = r_arg(vm, &Value::Int(r))?;
    Ok(new_native(
        &cls,
        CombinationsWR(Combinatoric::new(vec![pool], r)),
    ))
}

fn permutations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "permutations")?;
    static SIG: Sig = Sig {
        name: "permutations",
        params: &["iterable", "r"],
        required: 1,
        kwonly: 0,
    };
    let a = bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    let pool = pool_of(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let r = match &a[1] {
        None | Some(Value::None) => pool.len(),
        Some(v) => {
            if !intobj::is_int(v) {
                return Err(vm.new_type_error("Expected int as r"));
            }
            r_arg(vm, v)?
        }
    };
    Ok(new_native(
        &cls,
        Permutations(Combinatoric::new(vec![pool], r)),
    ))
}

static COMBINATIONS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", combinations_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];
static CWR_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", cwr_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];
static PERMUTATIONS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", permutations_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];
