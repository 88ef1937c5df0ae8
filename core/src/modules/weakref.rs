//! Weak references: the `_weakref` module and the machinery behind `weakref.ref`
//! (the type itself is core's `weakref` type; its constructor and call delegate here).
//!
//! A registry maps each referent (by address) to its weak reference objects, which gives
//! CPython's reuse of plain references, `getweakrefcount`/`getweakrefs`, and callbacks:
//! a referent with callback references is watched like an object with `__del__` (the VM's
//! finalizable list) and, when only that list holds it, it is dropped and the callbacks run,
//! newest first, with the dead reference as argument. Referents in reference cycles get
//! their callbacks from the cycle collector (`crate::gc`) once it frees them.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::object::*;
use crate::objects::{funcobj, listobj, moduleobj};
use crate::types::{self, types};
use crate::vm::{PyResult, Vm};

thread_local! {
    /// Referent address -> its weak reference objects (oldest first).
    static REFS: RefCell<HashMap<usize, Vec<Weak<PyObject>>>> = RefCell::new(HashMap::new());
    static SWEEP_AT: Cell<usize> = const { Cell::new(256) };
}

pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let t = Value::Obj(types().weakref.clone());
    moduleobj::module_set(m, "ref", t.clone());
    moduleobj::module_set(m, "ReferenceType", t);
    moduleobj::module_set(
        m,
        "getweakrefcount",
        funcobj::new_native("getweakrefcount", getweakrefcount, Some("_weakref"), 0),
    );
    moduleobj::module_set(
        m,
        "getweakrefs",
        funcobj::new_native("getweakrefs", getweakrefs, Some("_weakref"), 0),
    );
    Ok(())
}

/// Can `v` be weakly referenced? (CPython: not ints, strs, tuples, lists, dicts, ...,
/// unless subclassed in Python.)
fn weakrefable(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    // Python classes support weak references through their `__weakref__` slot (absent
    // when `__slots__` leaves it out); otherwise the builtin base decides.
    if types::is_heap_class(&o.class()) && types::lookup_str(&o.class(), "__weakref__").is_some() {
        return true;
    }
    !matches!(
        o.payload,
        Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Tuple(_)
            | Payload::List(_)
            | Payload::Dict(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Range(_)
            | Payload::Slice(_)
            | Payload::Iter(_)
            | Payload::Cell(_)
            | Payload::NotImplemented
            | Payload::Ellipsis
            | Payload::Object(_)
            | Payload::DictView(..)
            | Payload::MappingProxy(_)
    )
}

fn weak_data(o: &PyObject) -> Option<&WeakRefData> {
    match &o.payload {
        Payload::WeakRef(w) => Some(w),
        _ => None,
    }
}

/// The live weak reference objects to `target`, oldest first.
/// `obj.__weakref__`: its first weak reference, or None.
pub fn first_ref(target: &PyRef) -> Value {
    refs_to(target)
        .into_iter()
        .next()
        .map_or(Value::None, Value::Obj)
}

fn refs_to(target: &PyRef) -> Vec<PyRef> {
    let addr = Rc::as_ptr(target) as usize;
    REFS.with(|r| {
        r.borrow()
            .get(&addr)
            .map(|v| {
                v.iter()
                    .filter_map(|w| w.upgrade())
                    .filter(|wr| {
                        weak_data(wr)
                            .and_then(|d| d.target.borrow().upgrade())
                            .is_some_and(|t| Rc::ptr_eq(&t, target))
                    })
                    .collect()
            })
            .unwrap_or_default()
    })
}

fn register(target: &PyRef, wr: &PyRef) {
    let addr = Rc::as_ptr(target) as usize;
    REFS.with(|r| {
        let mut r = r.borrow_mut();
        let entry = r.entry(addr).or_default();
        entry.retain(|w| w.strong_count() > 0);
        entry.push(Rc::downgrade(wr));
        let at = SWEEP_AT.with(|s| s.get());
        if r.len() > at {
            r.retain(|_, v| v.iter().any(|w| w.strong_count() > 0));
            SWEEP_AT.with(|s| s.set((r.len() * 2).max(256)));
        }
    });
}

/// `weakref.ref.__new__(cls, obj, callback=None)`.
pub fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = types().weakref.clone();
    let cls = crate::modules::native::new_cls(vm, &args, &base)?;
    let a = &args.pos[1..];
    if a.is_empty() {
        return Err(vm.new_type_error("__new__ expected at least 1 argument, got 0"));
    }
    if a.len() > 2 {
        return Err(vm.new_type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    if !weakrefable(&a[0]) {
        return Err(vm.new_type_error(format!(
            "cannot create weak reference to '{}' object",
            types::type_name(&a[0])
        )));
    }
    let Value::Obj(target) = &a[0] else {
        return Err(vm.new_type_error("cannot create weak reference"));
    };
    let cb = a.get(1).cloned().unwrap_or(Value::None);
    let exact = Rc::ptr_eq(&cls, &base);
    if cb.is_none() && exact {
        // Plain references to the same object are shared.
        let existing = refs_to(target).into_iter().find(|wr| {
            std::ptr::eq(wr.class.ptr(), Rc::as_ptr(&base))
                && weak_data(wr).is_some_and(|d| d.callback.borrow().is_none())
        });
        if let Some(wr) = existing {
            return Ok(Value::Obj(wr));
        }
    }
    let data = WeakRefData {
        target: RefCell::new(Rc::downgrade(target)),
        callback: RefCell::new(cb.clone()),
        hash: Cell::new(None),
    };
    let payload = Payload::WeakRef(Box::new(data));
    let wr = if types::is_heap_class(&cls) {
        types::new_obj_with_dict(&cls, payload)
    } else {
        types::new_obj(&cls, payload)
    };
    if let Value::Obj(w) = &wr {
        register(target, w);
    }
    if !cb.is_none() && !vm.finalizable.iter().any(|o| Rc::ptr_eq(o, target)) {
        vm.finalizable.push(target.clone());
    }
    Ok(wr)
}

/// `ref()`: the referent, or None once it is gone. Objects waiting only on the finalizable
/// list are finalised first, so a reference never revives an object Python has let go of.
pub fn ref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "weakref", 1)?;
    if !vm.finalizable.is_empty() {
        vm.run_finalizers();
    }
    Ok(match args.pos[0].payload() {
        Some(Payload::WeakRef(w)) => w
            .target
            .borrow()
            .upgrade()
            .map(Value::Obj)
            .unwrap_or(Value::None),
        _ => Value::None,
    })
}

/// Called by `Vm::run_finalizers` for an object only the finalizable list held (after its
/// `__del__`, if any): drops it and runs its weak reference callbacks.
pub fn object_died(vm: &mut Vm, obj: PyRef) {
    if Rc::strong_count(&obj) > 1 {
        // Resurrected by __del__.
        return;
    }
    let callbacks = take_callbacks(std::slice::from_ref(&obj));
    drop(obj);
    run_callbacks(vm, callbacks);
}

/// For objects about to be destroyed (by refcount or by the cycle collector): clears every
/// weak reference to them (they answer None from now on) and returns those with callbacks,
/// newest first, callbacks taken out. References that are themselves among `dying` get no
/// callback (as in CPython).
pub fn take_callbacks(dying: &[PyRef]) -> Vec<(PyRef, Value)> {
    let mut out = Vec::new();
    let is_dying = |p: &PyRef| dying.iter().any(|d| Rc::ptr_eq(d, p));
    for obj in dying {
        let refs = refs_to(obj);
        if refs.is_empty() {
            continue;
        }
        REFS.with(|r| r.borrow_mut().remove(&(Rc::as_ptr(obj) as usize)));
        for wr in refs.into_iter().rev() {
            let Some(d) = weak_data(&wr) else { continue };
            *d.target.borrow_mut() = Weak::new();
            if dying.len() > 1 && is_dying(&wr) {
                continue;
            }
            let cb = std::mem::replace(&mut *d.callback.borrow_mut(), Value::None);
            if !cb.is_none() {
                out.push((wr, cb));
            }
        }
    }
    out
}

/// Calls `callback(weakref)` for each pair (errors are reported as unraisable).
pub fn run_callbacks(vm: &mut Vm, callbacks: Vec<(PyRef, Value)>) {
    for (wr, cb) in callbacks {
        if let Err(e) = vm.call(&cb, &[Value::Obj(wr)]) {
            crate::exceptions::write_unraisable(vm, &e, "Exception ignored in", &cb);
        }
    }
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "getweakrefcount", 1)?;
    Ok(Value::Int(match &a[0] {
        Value::Obj(o) => refs_to(o).len() as i64,
        _ => 0,
    }))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "getweakrefs", 1)?;
    let refs = match &a[0] {
        Value::Obj(o) => refs_to(o).into_iter().map(Value::Obj).collect(),
        _ => Vec::new(),
    };
    Ok(listobj::new_list(refs))
}

/// Interpreter exit: runs the `weakref.finalize` callbacks still pending (if the module was
/// imported), as CPython's atexit hook does.
pub fn shutdown(vm: &mut Vm) {
    let Some(Value::Obj(m)) =
        crate::objects::dictobj::as_dict(&Value::Obj(vm.sys_modules_ref().clone()))
            .and_then(|d| d.get_rust_str("weakref"))
    else {
        return;
    };
    let Some(fin) = moduleobj::module_get(&m, "finalize") else {
        return;
    };
    if let Err(e) = vm.call_method(&fin, "_exitfunc", &[]) {
        crate::exceptions::write_unraisable(vm, &e, "Exception ignored in", &fin);
    }
}
