//! The `_functools` module: `reduce`, `partial`, `cmp_to_key` and the `lru_cache` wrapper.
//! The rest of `functools` is Python (`modules/py/functools.py`).

use std::cell::{Cell, RefCell};

use crate::bytecode::CompareKind;
use crate::dict::PyDict;
use crate::modules::itertools::{native, new_cls, new_native, self_arg};
use crate::object::*;
use crate::objects::{dictobj, funcobj, moduleobj, strobj, tupleobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{PyResult, Vm};

/// Fills the `_functools` namespace.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let t = functools_types();
    moduleobj::module_set(
        m,
        "reduce",
        funcobj::new_native("reduce", reduce, Some("_functools"), 0),
    );
    moduleobj::module_set(
        m,
        "cmp_to_key",
        funcobj::new_native("cmp_to_key", cmp_to_key, Some("_functools"), 0),
    );
    moduleobj::module_set(m, "partial", Value::Obj(t.partial));
    moduleobj::module_set(m, "KeyWrapper", Value::Obj(t.key_wrapper));
    moduleobj::module_set(m, "_lru_cache_wrapper", Value::Obj(t.lru_wrapper));
    Ok(())
}

#[derive(Clone)]
struct FunctoolsTypes {
    partial: PyRef,
    key_wrapper: PyRef,
    lru_wrapper: PyRef,
}

thread_local! {
    static TYPES: FunctoolsTypes = FunctoolsTypes {
        partial: with_doc(
            types::new_builtin_type("partial", "functools", None, BaseKind::Internal, PARTIAL_METHODS, true),
            "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
        ),
        key_wrapper: types::new_builtin_type("KeyWrapper", "functools", None, BaseKind::Internal, KEY_WRAPPER_METHODS, false),
        lru_wrapper: with_doc(
            types::new_builtin_type("_lru_cache_wrapper", "functools", None, BaseKind::Internal, LRU_METHODS, true),
            "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n",
        ),
    };
}

/// Stores a type's docstring as a plain class attribute, so instances can shadow it
/// (update_wrapper assigns `__doc__` on wrapper objects).
pub(crate) fn with_doc(t: PyRef, doc: &str) -> PyRef {
    if let Some(td) = types::type_data(&t) {
        td.dict()
            .set_str(types::intern("__doc__"), strobj::new_str(doc.to_string()));
    }
    t
}

fn functools_types() -> FunctoolsTypes {
    TYPES.with(|t| t.clone())
}

// ----- reduce -----

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "reduce", 2, 3)?;
    let it = match vm.iter(&a[1]) {
        Ok(it) => it,
        Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {
            return Err(vm.new_type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = a.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => vm.call(&a[0], &[v, x])?,
        });
    }
    acc.ok_or_else(|| vm.new_type_error("reduce() of empty iterable with no initial value"))
}

// ----- partial -----

struct Partial {
    func: RefCell<Value>,
    /// A tuple.
    args: RefCell<Value>,
    /// A dict.
    keywords: RefCell<Value>,
}

impl Partial {
    // Clones: a call may run `__setstate__` on this very partial.
    fn func(&self) -> Value {
        self.func.borrow().clone()
    }
    fn args(&self) -> Value {
        self.args.borrow().clone()
    }
    fn keywords(&self) -> Value {
        self.keywords.borrow().clone()
    }
}

impl NativeObject for Partial {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func.borrow());
        visit(&self.args.borrow());
        visit(&self.keywords.borrow());
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn is_callable(v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_)
            | Payload::NativeFunction(_)
            | Payload::MethodDescr(_)
            | Payload::ClassMethodDescr(_)
            | Payload::BoundMethod(_)
            | Payload::Type(_),
        ) => true,
        _ => types::lookup_str(&types::class_of(v), "__call__").is_some(),
    }
}

/// A partial whose call and instance dict are the stock ones, so it can be flattened.
fn flattenable(v: &Value) -> Option<&Partial> {
    let p = native::<Partial>(v)?;
    let o = v.as_obj()?;
    let own_call = matches!(types::lookup_str(&o.class(), "__call__"),
        Some(Value::Obj(m)) if matches!(&m.payload, Payload::MethodDescr(nf) if nf.owner == Some("partial")));
    let empty_dict = o
        .dict()
        .map(|d| matches!(&d.payload, Payload::Dict(dd) if dd.is_empty()))
        .unwrap_or(true);
    (own_call && empty_dict).then_some(p)
}

fn partial_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "partial")?;
    let Some(func) = args.pos.get(1) else {
        return Err(vm.new_type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let extra = args.pos.get(2..).unwrap_or(&[]);
    let (func, mut all_args, kw) = match flattenable(func) {
        Some(inner) => {
            let mut a = tupleobj::tuple_items(&inner.args())
                .map(|t| t.to_vec())
                .unwrap_or_default();
            a.reserve(extra.len());
            let kw = dictobj::new_dict();
            dictobj::dict_update_from(vm, &kw, &inner.keywords())?;
            (inner.func(), a, kw)
        }
        None => (
            func.clone(),
            Vec::with_capacity(extra.len()),
            dictobj::new_dict(),
        ),
    };
    all_args.extend_from_slice(extra);
    if let Some(d) = dictobj::as_dict(&kw) {
        for (k, v) in args.kwnames.iter().zip(args.kwvals) {
            d.set_str(k.clone(), v.clone());
        }
    }
    let p = Partial {
        func: RefCell::new(func),
        args: RefCell::new(tupleobj::new_tuple(all_args)),
        keywords: RefCell::new(kw),
    };
    let v = new_native(&cls, p);
    if let Value::Obj(o) = &v {
        // Instances always have a __dict__ (attributes can be set on partials).
        vm.ensure_dict(o);
    }
    Ok(v)
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = self_arg::<Partial>(vm, &args, "functools.partial")?;
    let (func, stored_args, keywords) = (p.func(), p.args(), p.keywords());
    let stored = tupleobj::tuple_items(&stored_args).unwrap_or(&[]);
    let rest = args.pos.get(1..).unwrap_or(&[]);
    let all: Vec<Value>;
    let pos: &[Value] = if stored.is_empty() {
        rest
    } else {
        all = stored.iter().chain(rest.iter()).cloned().collect();
        &all
    };
    let kw = dictobj::as_dict(&keywords);
    match kw {
        Some(d) if !d.is_empty() => {
            let mut names: Vec<PyRef> = Vec::with_capacity(d.len() + args.kwnames.len());
            let mut vals: Vec<Value> = Vec::with_capacity(names.capacity());
            for (k, v) in d.items() {
                if args
                    .kwnames
                    .iter()
                    .any(|n| Some(n.payload_str()) == k.as_rust_str())
                {
                    continue;
                }
                if let Value::Obj(ko) = k {
                    names.push(ko);
                    vals.push(v);
                }
            }
            names.extend(args.kwnames.iter().cloned());
            vals.extend(args.kwvals.iter().cloned());
            vm.call_kw(&func, pos, &names, &vals)
        }
        _ => vm.call_kw(&func, pos, args.kwnames, args.kwvals),
    }
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = self_arg::<Partial>(vm, &args, "functools.partial")?;
    let me = &args.pos[0];
    let id = me.id() as usize;
    if vm.repr_guard.contains(&id) {
        return Ok(strobj::new_str("...".into()));
    }
    vm.enter_native(" while getting the repr of an object")?;
    vm.repr_guard.push(id);
    let r = partial_repr_inner(vm, p);
    vm.repr_guard.pop();
    vm.leave_native();
    let inner = r?;
    Ok(strobj::new_str(format!(
        "{}({})",
        types::type_name(me),
        inner
    )))
}

fn partial_repr_inner(vm: &mut Vm, p: &Partial) -> PyResult<String> {
    let (func, stored_args, keywords) = (p.func(), p.args(), p.keywords());
    let mut s = vm.repr_string(&func)?;
    for a in tupleobj::tuple_items(&stored_args).unwrap_or(&[]) {
        s.push_str(", ");
        s.push_str(&vm.repr_string(a)?);
    }
    if let Some(d) = dictobj::as_dict(&keywords) {
        for (k, v) in d.items() {
            s.push_str(", ");
            s.push_str(&vm.str_string(&k)?);
            s.push('=');
            s.push_str(&vm.repr_string(&v)?);
        }
    }
    Ok(s)
}

fn partial_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = native::<Partial>(v).ok_or_else(|| vm.new_type_error("partial expected"))?;
    Ok(p.func())
}

fn partial_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = native::<Partial>(v).ok_or_else(|| vm.new_type_error("partial expected"))?;
    Ok(p.args())
}

fn partial_keywords(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = native::<Partial>(v).ok_or_else(|| vm.new_type_error("partial expected"))?;
    Ok(p.keywords())
}

/// Setter of read-only members (CPython's wording for READONLY struct members).
fn readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.new_attribute_error("readonly attribute"))
}

fn partial_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = self_arg::<Partial>(vm, &args, "functools.partial")?;
    let me = &args.pos[0];
    let cls = Value::Obj(types::class_of(me));
    let (func, stored_args, keywords) = (p.func(), p.args(), p.keywords());
    let kw = match dictobj::as_dict(&keywords) {
        Some(d) if !d.is_empty() => keywords.clone(),
        _ => Value::None,
    };
    let dict = match me.as_obj().and_then(|o| o.dict().cloned()) {
        Some(d) if matches!(&d.payload, Payload::Dict(dd) if !dd.is_empty()) => Value::Obj(d),
        _ => Value::None,
    };
    Ok(tupleobj::new_tuple(vec![
        cls,
        tupleobj::new_tuple(vec![func.clone()]),
        tupleobj::new_tuple(vec![func, stored_args, kw, dict]),
    ]))
}

/// `partial.__setstate__((func, args, keywords, dict))`, the other half of `__reduce__`
/// (used by pickle and copy).
fn partial_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = self_arg::<Partial>(vm, &args, "functools.partial")?;
    let state = args.pos.get(1).cloned().unwrap_or(Value::None);
    let items = match state.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.new_type_error("argument to __setstate__ must be a tuple")),
    };
    let Ok([func, fargs, kw, dict]) = <[Value; 4]>::try_from(items) else {
        return Err(vm.new_type_error("invalid partial state"));
    };
    let fargs_ok = matches!(fargs.payload(), Some(Payload::Tuple(_)));
    let kw_ok = kw.is_none() || dictobj::as_dict(&kw).is_some();
    if !is_callable(&func) || !fargs_ok || !kw_ok {
        return Err(vm.new_type_error("invalid partial state"));
    }
    let fargs = if types::class_ptr(&fargs) == std::rc::Rc::as_ptr(&types().tuple) {
        fargs
    } else {
        tupleobj::new_tuple(tupleobj::tuple_items(&fargs).unwrap_or(&[]).to_vec())
    };
    let kw = if kw.is_none() {
        dictobj::new_dict()
    } else if types::class_ptr(&kw) == std::rc::Rc::as_ptr(&types().dict) {
        kw
    } else {
        let copy = dictobj::new_dict();
        dictobj::dict_update_from(vm, &copy, &kw)?;
        copy
    };
    *p.func.borrow_mut() = func;
    *p.args.borrow_mut() = fargs;
    *p.keywords.borrow_mut() = kw;
    if !dict.is_none() {
        let me = args.pos[0].clone();
        vm.set_attr(&me, &types::intern("__dict__"), dict)?;
    }
    Ok(Value::None)
}

fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let item = args.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(crate::objects::typeobj::generic_alias(&cls, &item))
}

static PARTIAL_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", partial_new),
    MethodDef::method("__call__", partial_call),
    MethodDef::method("__repr__", partial_repr),
    MethodDef::method("__reduce__", partial_reduce),
    MethodDef::method("__setstate__", partial_setstate),
    MethodDef::classmethod("__class_getitem__", class_getitem),
    MethodDef::getset("func", partial_func, readonly),
    MethodDef::getset("args", partial_args, readonly),
    MethodDef::getset("keywords", partial_keywords, readonly),
];

// ----- cmp_to_key -----

/// `cmp_to_key(mycmp)` returns a KeyWrapper without an object; calling it wraps one.
struct KeyWrapper {
    cmp: Value,
    /// `Null` for the factory returned by cmp_to_key (reads as None, like a C member).
    obj: RefCell<Value>,
}

impl NativeObject for KeyWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cmp);
        if let Ok(o) = self.obj.try_borrow() {
            visit(&o);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn cmp_to_key(vm: &mut Vm, args: Args) -> PyResult<Value> {
    static SIG: crate::modules::itertools::Sig = crate::modules::itertools::Sig {
        name: "cmp_to_key",
        params: &["mycmp"],
        required: 1,
        kwonly: 0,
    };
    let a = crate::modules::itertools::bind(vm, args.pos, &args, &SIG)?;
    let cmp = a[0].clone().unwrap_or(Value::None);
    let kw = KeyWrapper {
        cmp,
        obj: RefCell::new(Value::Null),
    };
    Ok(types::new_obj(
        &functools_types().key_wrapper,
        Payload::Native(Box::new(kw)),
    ))
}

fn key_wrapper_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = self_arg::<KeyWrapper>(vm, &args, "functools.KeyWrapper")?;
    static SIG: crate::modules::itertools::Sig = crate::modules::itertools::Sig {
        name: "K",
        params: &["obj"],
        required: 1,
        kwonly: 0,
    };
    let a = crate::modules::itertools::bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    let kw = KeyWrapper {
        cmp: k.cmp.clone(),
        obj: RefCell::new(a[0].clone().unwrap_or(Value::None)),
    };
    Ok(types::new_obj(
        &functools_types().key_wrapper,
        Payload::Native(Box::new(kw)),
    ))
}

fn key_wrapper_compare(vm: &mut Vm, args: Args, op: CompareKind) -> PyResult<Value> {
    let a = args.exact(vm, op.dunder(), 2)?;
    let x = self_arg::<KeyWrapper>(vm, &args, "functools.KeyWrapper")?;
    let Some(y) = native::<KeyWrapper>(&a[1]) else {
        return Err(vm.new_type_error("other argument must be K instance"));
    };
    let (xo, yo) = (x.obj.borrow().clone(), y.obj.borrow().clone());
    if xo.is_null() || yo.is_null() {
        return Err(vm.new_attribute_error("object"));
    }
    let r = vm.call(&x.cmp, &[xo, yo])?;
    vm.rich_compare(&r, &Value::Int(0), op)
}

fn kw_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_wrapper_compare(vm, args, CompareKind::Lt)
}
fn kw_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_wrapper_compare(vm, args, CompareKind::Le)
}
fn kw_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_wrapper_compare(vm, args, CompareKind::Eq)
}
fn kw_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_wrapper_compare(vm, args, CompareKind::Ne)
}
fn kw_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_wrapper_compare(vm, args, CompareKind::Gt)
}
fn kw_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_wrapper_compare(vm, args, CompareKind::Ge)
}

fn kw_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let k = native::<KeyWrapper>(v).ok_or_else(|| vm.new_type_error("KeyWrapper expected"))?;
    let o = k.obj.borrow().clone();
    Ok(if o.is_null() { Value::None } else { o })
}

fn kw_set_obj(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let k = native::<KeyWrapper>(v).ok_or_else(|| vm.new_type_error("KeyWrapper expected"))?;
    let old = std::mem::replace(&mut *k.obj.borrow_mut(), new.unwrap_or(Value::Null));
    drop(old);
    Ok(())
}

static KEY_WRAPPER_METHODS: &[MethodDef] = &[
    MethodDef::method("__call__", key_wrapper_call),
    MethodDef::method("__lt__", kw_lt),
    MethodDef::method("__le__", kw_le),
    MethodDef::method("__eq__", kw_eq),
    MethodDef::method("__ne__", kw_ne),
    MethodDef::method("__gt__", kw_gt),
    MethodDef::method("__ge__", kw_ge),
    MethodDef::getset("obj", kw_obj, kw_set_obj),
    MethodDef::none("__hash__"),
];

// ----- lru_cache -----

/// A cache entry of a bounded cache, in a doubly linked recency list (slot 0 is the root).
#[derive(Clone, Default)]
struct Link {
    key: Value,
    result: Value,
    prev: usize,
    next: usize,
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
struct LruCache {
    func: Value,
    /// None: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    cache_info_type: Value,
    /// key -> result (unbounded) or key -> link index (bounded).
    map: PyRef,
    links: RefCell<Vec<Link>>,
    free: RefCell<Vec<usize>>,
    hits: Cell<i64>,
    misses: Cell<i64>,
    kwd_mark: Value,
}

impl NativeObject for LruCache {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.cache_info_type);
        visit(&Value::Obj(self.map.clone()));
        if let Ok(links) = self.links.try_borrow() {
            for l in links.iter() {
                visit(&l.key);
                visit(&l.result);
            }
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.links.borrow_mut());
        drop(old);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn descr_get(
        &self,
        _vm: &mut Vm,
        me: &PyRef,
        obj: &Value,
        _cls: &PyRef,
    ) -> Option<PyResult<Value>> {
        // A cached function on a class binds like a function.
        Some(Ok(funcobj::new_bound_method(
            Value::Obj(me.clone()),
            obj.clone(),
        )))
    }
}

impl LruCache {
    fn map(&self) -> &PyDict {
        match &self.map.payload {
            Payload::Dict(d) => d,
            _ => unreachable!("the cache map is created as a dict"),
        }
    }

    /// The cache key of a call, as CPython builds it.
    fn make_key(&self, args: &[Value], kwnames: &[PyRef], kwvals: &[Value]) -> Value {
        if !self.typed && kwnames.is_empty() {
            if let [one] = args {
                if let Value::Int(_) = one {
                    return one.clone();
                }
                if let Value::Obj(o) = one {
                    if types::is_exact_str(o) || types::is_exact_int(o) {
                        return one.clone();
                    }
                }
            }
            return tupleobj::new_tuple(args.to_vec());
        }
        let mut key = Vec::with_capacity(args.len() * 2 + kwnames.len() * 3 + 1);
        key.extend_from_slice(args);
        if !kwnames.is_empty() {
            key.push(self.kwd_mark.clone());
            for (k, v) in kwnames.iter().zip(kwvals) {
                key.push(Value::Obj(k.clone()));
                key.push(v.clone());
            }
        }
        if self.typed {
            key.extend(args.iter().map(|a| Value::Obj(types::class_of(a))));
            key.extend(kwvals.iter().map(|v| Value::Obj(types::class_of(v))));
        }
        tupleobj::new_tuple(key)
    }

    fn unlink(links: &mut [Link], i: usize) {
        let (p, n) = (links[i].prev, links[i].next);
        links[p].next = n;
        links[n].prev = p;
    }

    /// Links `i` as the most recently used entry (just before the root).
    fn push_recent(links: &mut [Link], i: usize) {
        let last = links[0].prev;
        links[i].prev = last;
        links[i].next = 0;
        links[last].next = i;
        links[0].prev = i;
    }

    fn call(
        &self,
        vm: &mut Vm,
        args: &[Value],
        kwnames: &[PyRef],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        let Some(maxsize) = self.maxsize else {
            let key = self.make_key(args, kwnames, kwvals);
            let h = vm.hash(&key)?;
            if let Some(r) = self.map().get_hashed(vm, &key, h)? {
                self.hits.set(self.hits.get() + 1);
                return Ok(r);
            }
            self.misses.set(self.misses.get() + 1);
            let r = vm.call_kw(&self.func, args, kwnames, kwvals)?;
            self.map().set_hashed(vm, key, h, r.clone())?;
            return Ok(r);
        };
        if maxsize == 0 {
            self.misses.set(self.misses.get() + 1);
            return vm.call_kw(&self.func, args, kwnames, kwvals);
        }
        let key = self.make_key(args, kwnames, kwvals);
        let h = vm.hash(&key)?;
        if let Some(Value::Int(i)) = self.map().get_hashed(vm, &key, h)? {
            let mut links = self.links.borrow_mut();
            let i = i as usize;
            // A link freed while its key was being evicted counts as a miss.
            if i > 0 && i < links.len() && !links[i].key.is_null() {
                Self::unlink(&mut links, i);
                Self::push_recent(&mut links, i);
                self.hits.set(self.hits.get() + 1);
                return Ok(links[i].result.clone());
            }
        }
        self.misses.set(self.misses.get() + 1);
        let r = vm.call_kw(&self.func, args, kwnames, kwvals)?;
        // The call may have cached this key already (recursion): keep that entry.
        if self.map().get_hashed(vm, &key, h)?.is_some() {
            return Ok(r);
        }
        if self.map().len() >= maxsize {
            // Evict the least recently used entry.
            let old = {
                let mut links = self.links.borrow_mut();
                let oldest = links[0].next;
                if oldest == 0 {
                    None
                } else {
                    Self::unlink(&mut links, oldest);
                    let l = std::mem::take(&mut links[oldest]);
                    self.free.borrow_mut().push(oldest);
                    Some(l)
                }
            };
            if let Some(l) = old {
                self.map().remove(vm, &l.key)?;
            }
        }
        let i = {
            let mut links = self.links.borrow_mut();
            let i = match self.free.borrow_mut().pop() {
                Some(i) => i,
                None => {
                    links.push(Link::default());
                    links.len() - 1
                }
            };
            links[i].key = key.clone();
            links[i].result = r.clone();
            Self::push_recent(&mut links, i);
            i
        };
        self.map().set_hashed(vm, key, h, Value::Int(i as i64))?;
        Ok(r)
    }

    fn clear_cache(&self) {
        let old_links = std::mem::replace(&mut *self.links.borrow_mut(), vec![Link::default()]);
        self.free.borrow_mut().clear();
        self.map().clear();
        self.hits.set(0);
        self.misses.set(0);
        drop(old_links);
    }
}

fn lru_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "_lru_cache_wrapper")?;
    args.no_kw(vm, "_lru_cache_wrapper")?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    if a.len() != 4 {
        return Err(vm.new_type_error(format!(
            "_lru_cache_wrapper expected 4 arguments, got {}",
            a.len()
        )));
    }
    if !is_callable(&a[0]) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let maxsize = match &a[1] {
        Value::None => None,
        v => {
            let n = crate::modules::itertools::ssize(vm, v)?;
            Some(n.max(0) as usize)
        }
    };
    let typed = vm.truthy(&a[2])?;
    let cache = LruCache {
        func: a[0].clone(),
        maxsize,
        typed,
        cache_info_type: a[3].clone(),
        map: types::new_dict_ref(),
        links: RefCell::new(vec![Link::default()]),
        free: RefCell::new(Vec::new()),
        hits: Cell::new(0),
        misses: Cell::new(0),
        kwd_mark: KWD_MARK.with(|m| m.clone()),
    };
    let v = new_native(&cls, cache);
    if let Value::Obj(o) = &v {
        vm.ensure_dict(o);
    }
    Ok(v)
}

thread_local! {
    /// Separates positional from keyword arguments in cache keys.
    static KWD_MARK: Value = types::new_obj(&types().object, Payload::Object(RefCell::new(Vec::new())));
}

fn lru_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = self_arg::<LruCache>(vm, &args, "functools._lru_cache_wrapper")?;
    // CPython calls the wrapper through tp_call, which costs one level of the recursion
    // limit on top of the wrapped function's frame: memoised recursion fails at the same
    // depth (about 500 under the default limit) as there.
    if vm.depth >= vm.recursion_limit {
        return Err(vm.new_recursion_error(
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    vm.depth += 1;
    let r = c.call(
        vm,
        args.pos.get(1..).unwrap_or(&[]),
        args.kwnames,
        args.kwvals,
    );
    vm.depth = vm.depth.saturating_sub(1);
    r
}

fn lru_cache_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = self_arg::<LruCache>(vm, &args, "functools._lru_cache_wrapper")?;
    let maxsize = match c.maxsize {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    };
    let size = Value::Int(c.map().len() as i64);
    let info = c.cache_info_type.clone();
    vm.call(
        &info,
        &[
            Value::Int(c.hits.get()),
            Value::Int(c.misses.get()),
            maxsize,
            size,
        ],
    )
}

fn lru_cache_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = self_arg::<LruCache>(vm, &args, "functools._lru_cache_wrapper")?;
    c.clear_cache();
    Ok(Value::None)
}

/// Binds the wrapper like a function when it is a class attribute.
fn lru_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(funcobj::new_bound_method(a[0].clone(), a[1].clone()))
}

fn lru_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    vm.get_attr_str(&me, "__qualname__")
}

fn lru_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__copy__", 1, 2)?;
    Ok(a[0].clone())
}

static LRU_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", lru_new),
    MethodDef::method("__call__", lru_call),
    MethodDef::method("__get__", lru_get),
    MethodDef::method("cache_info", lru_cache_info),
    MethodDef::method("cache_clear", lru_cache_clear),
    MethodDef::method("__reduce__", lru_reduce),
    MethodDef::method("__copy__", lru_copy),
    MethodDef::method("__deepcopy__", lru_copy),
];
