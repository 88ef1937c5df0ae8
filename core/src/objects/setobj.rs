//! `set` and `frozenset`: the algebra follows CPython's algorithms step by step (which
//! operand is iterated, when tables are resized), so results iterate in the same order.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ast::BinOp;
use crate::bytecode::CompareKind;
use crate::dict::{fast_eq, FastEq};
use crate::object::*;
use crate::objects::slots;
use crate::set::{KeyEq, SetData};
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

/// Key equality through the VM.
pub struct VmEq<'a>(pub &'a mut Vm);

impl KeyEq for VmEq<'_> {
    fn key_eq(&mut self, stored: &Value, key: &Value) -> PyResult<bool> {
        match fast_eq(stored, key) {
            FastEq::Equal => Ok(true),
            FastEq::NotEqual => Ok(false),
            FastEq::NeedsPython => self.0.eq(stored, key),
        }
    }
}

pub fn set_cell(v: &Value) -> Option<&RefCell<SetData>> {
    match v.payload()? {
        Payload::Set(s) | Payload::FrozenSet(s) => Some(s),
        _ => None,
    }
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

pub fn is_anyset(v: &Value) -> bool {
    set_cell(v).is_some()
}

/// A snapshot of a set's data (for reading operands safely).
fn snapshot(v: &Value) -> SetData {
    set_cell(v).map(|c| c.borrow().clone()).unwrap_or_default()
}

/// Are all keys of `d` of builtin types whose `__eq__` and `__hash__` cannot be overridden
/// (comparing two such keys never runs Python code)?
fn atomic_keys(d: &SetData) -> bool {
    let t = types();
    let atomic = [
        Rc::as_ptr(&t.str_),
        Rc::as_ptr(&t.int),
        Rc::as_ptr(&t.float),
        Rc::as_ptr(&t.bytes),
    ];
    d.table.iter().all(|e| match &e.key {
        Value::Obj(o) => atomic.contains(&o.class.ptr()),
        _ => true,
    })
}

/// A set's data to read: borrowed when no Python code can run while it is read, else a
/// snapshot (a user `__eq__` may mutate the set).
enum View<'a> {
    Borrowed(std::cell::Ref<'a, SetData>),
    Owned(SetData),
}

impl std::ops::Deref for View<'_> {
    type Target = SetData;
    fn deref(&self) -> &SetData {
        match self {
            View::Borrowed(r) => r,
            View::Owned(d) => d,
        }
    }
}

/// Views of two set operands: borrowed when every key of both is atomic (comparisons
/// between them never run Python code), else snapshots.
fn views<'a>(a: &'a Value, b: &'a Value) -> (View<'a>, View<'a>) {
    let borrowed = |v: &'a Value| set_cell(v).and_then(|c| c.try_borrow().ok());
    if let (Some(x), Some(y)) = (borrowed(a), borrowed(b)) {
        if atomic_keys(&x) && atomic_keys(&y) {
            return (View::Borrowed(x), View::Borrowed(y));
        }
    }
    (View::Owned(snapshot(a)), View::Owned(snapshot(b)))
}

/// A copy of a set's data, laid out as `set.copy()` lays it out (copying into an empty
/// table compares no keys, so the source is read in place).
fn copy_of(vm: &mut Vm, v: &Value) -> PyResult<SetData> {
    match set_cell(v).map(|c| c.try_borrow()) {
        Some(Ok(d)) => d.copy(&mut VmEq(vm)),
        _ => snapshot(v).copy(&mut VmEq(vm)),
    }
}

/// Makes a set/frozenset of the given (builtin or subclass) type from data.
fn make(cls: &PyRef, frozen: bool, data: SetData) -> Value {
    let payload = if frozen {
        Payload::FrozenSet(RefCell::new(data))
    } else {
        Payload::Set(RefCell::new(data))
    };
    let has_dict = types::type_data(cls)
        .map(|t| t.has_flag(types::type_flags::HAS_DICT))
        .unwrap_or(false);
    if has_dict {
        types::new_obj_with_dict(cls, payload)
    } else {
        types::new_obj(cls, payload)
    }
}

/// The builtin base type of a set value (results of operators have the base type).
fn base_of(v: &Value) -> (PyRef, bool) {
    if is_frozen(v) {
        (types().frozenset.clone(), true)
    } else {
        (types().set.clone(), false)
    }
}

/// CPython's set_update_internal.
pub fn update_internal(vm: &mut Vm, data: &mut SetData, other: &Value) -> PyResult<()> {
    if let Some(cell) = set_cell(other) {
        // Atomic keys on both sides: no Python code runs, `other` is read in place.
        if let Ok(o) = cell.try_borrow() {
            if atomic_keys(data) && atomic_keys(&o) {
                return data.merge(&o, &mut VmEq(vm));
            }
        }
        let o = snapshot(other);
        return data.merge(&o, &mut VmEq(vm));
    }
    if let Some(Payload::Dict(d)) = other.payload() {
        if types::class_ptr(other) == Rc::as_ptr(&types().dict) {
            let entries: Vec<(i64, Value)> = d
                .data
                .borrow()
                .entries
                .iter()
                .filter(|e| !e.key.is_null())
                .map(|e| (e.hash, e.key.clone()))
                .collect();
            data.reserve_for(entries.len());
            for (h, k) in entries {
                data.add(k, h, &mut VmEq(vm))?;
            }
            return Ok(());
        }
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        data.add(k, h, &mut VmEq(vm))?;
    }
    Ok(())
}

/// `{*it}` and set displays: updates the set `target` from `other` as CPython's
/// set_update_internal (a set is merged table to table).
pub fn update_value(vm: &mut Vm, target: &Value, other: &Value) -> PyResult<()> {
    let Some(cell) = set_cell(target) else {
        return Ok(());
    };
    // The set under construction is not visible to Python code meanwhile.
    let mut data = std::mem::take(&mut *cell.borrow_mut());
    let r = update_internal(vm, &mut data, other);
    *cell.borrow_mut() = data;
    r
}

/// The frozenset constant CPython's compiler makes from a tuple of constants: built from
/// the items, then rebuilt from its own iteration order (constant merging does that).
pub fn frozen_const(vm: &mut Vm, items: &Value) -> PyResult<Value> {
    let mut fs = SetData::new();
    update_internal(vm, &mut fs, items)?;
    let mut fs2 = SetData::new();
    for (k, h) in fs.entries() {
        fs2.add(k, h, &mut VmEq(vm))?;
    }
    Ok(make(&types().frozenset, true, fs2))
}

/// A new `set` holding `data`.
pub fn set_from_data(data: SetData) -> Value {
    make(&types().set, false, data)
}

pub fn new_set_from(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let mut data = SetData::new();
    for k in items {
        let h = vm.hash(&k)?;
        data.add(k, h, &mut VmEq(vm))?;
    }
    let t = types();
    Ok(make(
        if frozen { &t.frozenset } else { &t.set },
        frozen,
        data,
    ))
}

pub fn set_add(vm: &mut Vm, set: &Value, k: Value) -> PyResult<()> {
    let Some(cell) = set_cell(set) else {
        return Ok(());
    };
    let h = vm.hash(&k)?;
    let mut data = std::mem::take(&mut *cell.borrow_mut());
    let r = data.add(k, h, &mut VmEq(vm));
    *cell.borrow_mut() = data;
    r.map(|_| ())
}

/// Hash of a key for set lookup: a set key is looked up as a frozenset.
fn key_hash(vm: &mut Vm, k: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(k) {
        Ok(h) => Ok((k.clone(), h)),
        Err(e) => {
            if let Some(Payload::Set(s)) = k.payload() {
                if vm.exception_matches(&e, &types().exc.type_error) {
                    let fs = make(&types().frozenset, true, s.borrow().clone());
                    let h = vm.hash(&fs)?;
                    return Ok((fs, h));
                }
            }
            Err(e)
        }
    }
}

pub fn set_contains(vm: &mut Vm, set: &Value, k: &Value) -> PyResult<bool> {
    let Some(cell) = set_cell(set) else {
        return Ok(false);
    };
    let (k, h) = key_hash(vm, k)?;
    // Fast path: keys that never need Python equality.
    let simple = !matches!(fast_eq(&k, &k), FastEq::NeedsPython);
    if simple {
        let d = cell.borrow();
        let mut eq = SimpleEq;
        if let Ok(r) = d.contains(&k, h, &mut eq) {
            return Ok(r);
        }
    }
    let data = std::mem::take(&mut *cell.borrow_mut());
    let r = data.contains(&k, h, &mut VmEq(vm));
    *cell.borrow_mut() = data;
    r
}

/// Equality for keys known not to need Python code (errors if they do).
struct SimpleEq;

impl KeyEq for SimpleEq {
    fn key_eq(&mut self, stored: &Value, key: &Value) -> PyResult<bool> {
        match fast_eq(stored, key) {
            FastEq::Equal => Ok(true),
            FastEq::NotEqual => Ok(false),
            FastEq::NeedsPython => Err(crate::vm::PyErr(
                types()
                    .empty_tuple
                    .as_obj()
                    .cloned()
                    .unwrap_or_else(|| types().tuple.clone()),
            )),
        }
    }
}

pub fn set_len(v: &Value) -> usize {
    set_cell(v).map(|c| c.borrow().len()).unwrap_or(0)
}

pub fn set_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let items = snapshot(v).keys();
    let cls = types::class_of(v);
    let tname = types::type_name(v);
    let builtin = Rc::ptr_eq(&cls, &types().set);
    if items.is_empty() {
        return Ok(format!("{}()", tname));
    }
    let id = v.id() as usize;
    if vm.repr_guard.contains(&id) {
        return Ok(format!("{}(...)", tname));
    }
    vm.repr_guard.push(id);
    // CPython lists the set to print it: a subclass's own __iter__ decides the items.
    let own_iter = !builtin
        && types::lookup_str(&cls, "__iter__")
            .is_some_and(|m| !matches!(m.payload(), Some(Payload::MethodDescr(_))));
    let items = if own_iter {
        match vm.collect_iter(v) {
            Ok(items) => items,
            Err(e) => {
                vm.repr_guard.retain(|x| *x != id);
                return Err(e);
            }
        }
    } else {
        items
    };
    let mut parts = Vec::with_capacity(items.len());
    for x in &items {
        match vm.repr_string(x) {
            Ok(s) => parts.push(s),
            Err(e) => {
                vm.repr_guard.retain(|x| *x != id);
                return Err(e);
            }
        }
    }
    vm.repr_guard.retain(|x| *x != id);
    let body = format!("{{{}}}", parts.join(", "));
    Ok(if builtin {
        body
    } else {
        format!("{}({})", tname, body)
    })
}

pub fn frozenset_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let d = snapshot(v);
    let _ = vm;
    Ok(crate::hash::hash_frozenset(
        d.table.iter().filter(|e| e.is_active()).map(|e| e.hash),
        d.len(),
    ))
}

// ----- algebra (CPython's algorithms) -----

pub fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetData> {
    if so.is(other) {
        return copy_of(vm, so);
    }
    let mut result = SetData::new();
    if is_anyset(other) {
        let (a, b) = views(so, other);
        let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
        let mut i = 0;
        while let Some((ni, k, h)) = small.next_entry(i) {
            if big.contains(&k, h, &mut VmEq(vm))? {
                result.add(k, h, &mut VmEq(vm))?;
            }
            i = ni;
        }
        return Ok(result);
    }
    let a = snapshot(so);
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if a.contains(&k, h, &mut VmEq(vm))? {
            result.add(k, h, &mut VmEq(vm))?;
        }
    }
    Ok(result)
}

pub fn difference_update_internal(
    vm: &mut Vm,
    data: &mut SetData,
    other: &Value,
    same: bool,
) -> PyResult<()> {
    if same {
        data.clear();
        return Ok(());
    }
    if is_anyset(other) {
        let o = snapshot(other);
        let mut i = 0;
        while let Some((ni, k, h)) = o.next_entry(i) {
            data.discard(&k, h, &mut VmEq(vm))?;
            i = ni;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = vm.hash(&k)?;
            data.discard(&k, h, &mut VmEq(vm))?;
        }
    }
    if data.fill - data.used > (data.table.len() - 1) / 4 {
        let n = if data.used > 50000 {
            data.used * 2
        } else {
            data.used * 4
        };
        data.resize(n);
    }
    Ok(())
}

fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetData> {
    let other_size = if is_anyset(other) {
        set_len(other)
    } else if let Some(Payload::Dict(d)) = other.payload() {
        d.len()
    } else {
        let mut r = copy_of(vm, so)?;
        difference_update_internal(vm, &mut r, other, so.is(other))?;
        return Ok(r);
    };
    if (set_len(so) >> 2) > other_size {
        let mut r = copy_of(vm, so)?;
        difference_update_internal(vm, &mut r, other, so.is(other))?;
        return Ok(r);
    }
    let mut result = SetData::new();
    if is_anyset(other) {
        let (a, o) = views(so, other);
        let mut i = 0;
        while let Some((ni, k, h)) = a.next_entry(i) {
            if !o.contains(&k, h, &mut VmEq(vm))? {
                result.add(k, h, &mut VmEq(vm))?;
            }
            i = ni;
        }
        return Ok(result);
    }
    let a = snapshot(so);
    if let Some(Payload::Dict(d)) = other.payload() {
        let mut i = 0;
        while let Some((ni, k, h)) = a.next_entry(i) {
            if d.get_hashed(vm, &k, h)?.is_none() {
                result.add(k, h, &mut VmEq(vm))?;
            }
            i = ni;
        }
    }
    Ok(result)
}

pub fn symmetric_difference_update(
    vm: &mut Vm,
    data: &mut SetData,
    other: &Value,
    same: bool,
) -> PyResult<()> {
    if same {
        data.clear();
        return Ok(());
    }
    if let Some(Payload::Dict(d)) = other.payload() {
        if types::class_ptr(other) == Rc::as_ptr(&types().dict) {
            // An exact dict is walked in insertion order.
            let entries: Vec<(i64, Value)> = d
                .data
                .borrow()
                .entries
                .iter()
                .filter(|e| !e.key.is_null())
                .map(|e| (e.hash, e.key.clone()))
                .collect();
            for (h, k) in entries {
                if data.discard(&k, h, &mut VmEq(vm))?.is_none() {
                    data.add(k, h, &mut VmEq(vm))?;
                }
            }
            return Ok(());
        }
    }
    let o = if is_anyset(other) {
        snapshot(other)
    } else {
        let mut d = SetData::new();
        update_internal(vm, &mut d, other)?;
        d
    };
    let mut i = 0;
    while let Some((ni, k, h)) = o.next_entry(i) {
        if data.discard(&k, h, &mut VmEq(vm))?.is_none() {
            data.add(k, h, &mut VmEq(vm))?;
        }
        i = ni;
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetData> {
    let mut d = SetData::new();
    update_internal(vm, &mut d, other)?;
    symmetric_difference_update(vm, &mut d, so, false)?;
    Ok(d)
}

fn union(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetData> {
    let mut d = copy_of(vm, so)?;
    if !so.is(other) {
        update_internal(vm, &mut d, other)?;
    }
    Ok(d)
}

fn issubset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (x, y) = views(a, b);
    if x.len() > y.len() {
        return Ok(false);
    }
    let mut i = 0;
    while let Some((ni, k, h)) = x.next_entry(i) {
        if !y.contains(&k, h, &mut VmEq(vm))? {
            return Ok(false);
        }
        i = ni;
    }
    Ok(true)
}

pub fn set_binop(
    vm: &mut Vm,
    receiver: &Value,
    l: &Value,
    r: &Value,
    op: BinOp,
) -> PyResult<Value> {
    if !is_anyset(l) || !is_anyset(r) {
        return Ok(vm.not_implemented());
    }
    let _ = receiver;
    let (cls, frozen) = base_of(l);
    let data = match op {
        BinOp::BitOr => union(vm, l, r)?,
        BinOp::BitAnd => intersection(vm, l, r)?,
        BinOp::Sub => difference(vm, l, r)?,
        BinOp::BitXor => symmetric_difference(vm, l, r)?,
        _ => return Ok(vm.not_implemented()),
    };
    Ok(make(&cls, frozen, data))
}

pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let cell = set_cell(a)?;
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) {
        return None;
    }
    if !is_anyset(b) {
        return Some(Ok(vm.not_implemented()));
    }
    Some(apply_inplace(vm, cell, a, b, op).map(|_| a.clone()))
}

pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let (la, lb) = (set_len(a), set_len(b));
    let r = match op {
        CompareKind::Eq => la == lb && issubset(vm, a, b)?,
        CompareKind::Ne => !(la == lb && issubset(vm, a, b)?),
        CompareKind::Le => issubset(vm, a, b)?,
        CompareKind::Lt => la < lb && issubset(vm, a, b)?,
        CompareKind::Ge => issubset(vm, b, a)?,
        CompareKind::Gt => la > lb && issubset(vm, b, a)?,
    };
    Ok(Value::Bool(r))
}

// ----- methods -----

fn self_set<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match args.pos.first() {
        Some(v) if is_anyset(v) => Ok(v),
        other => Err(vm.new_type_error(format!(
            "descriptor '{}' for 'set' objects doesn't apply to a '{}' object",
            name,
            other.map(types::type_name).unwrap_or_default()
        ))),
    }
}

/// `self` of a method only `set` has (not frozenset).
fn self_mutable<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<SetData>> {
    match args.pos.first() {
        Some(v) if !is_frozen(v) => {
            if let Some(c) = set_cell(v) {
                return Ok(c);
            }
        }
        _ => {}
    }
    Err(vm.new_type_error(format!(
        "descriptor '{}' for 'set' objects doesn't apply to a '{}' object",
        name,
        args.pos.first().map(types::type_name).unwrap_or_default()
    )))
}

/// "set.name" or "frozenset.name", for argument errors.
fn qual(s: &Value, name: &str) -> String {
    format!(
        "{}.{}",
        if is_frozen(s) { "frozenset" } else { "set" },
        name
    )
}

/// Runs `f` on a set's data moved out of its cell (so no borrow is held while `f` may run
/// Python `__eq__`), then puts it back.
fn with_data<R>(cell: &RefCell<SetData>, f: impl FnOnce(&mut SetData) -> R) -> R {
    let mut data = std::mem::take(&mut *cell.borrow_mut());
    let r = f(&mut data);
    *cell.borrow_mut() = data;
    r
}

/// An operand for an in-place update: sets and dicts as they are, other iterables drained
/// into a list first (so their Python code runs before the target set is touched). An
/// iteration error is returned after the items produced before it.
fn prepare_operand(vm: &mut Vm, o: &Value) -> PyResult<(Value, Option<crate::vm::PyErr>)> {
    if is_anyset(o)
        || matches!(o.payload(), Some(Payload::Dict(_)))
            && types::class_ptr(o) == Rc::as_ptr(&types().dict)
    {
        return Ok((o.clone(), None));
    }
    let it = vm.iter(o)?;
    let mut items = Vec::new();
    loop {
        match vm.next(&it) {
            Ok(Some(x)) => items.push(x),
            Ok(None) => return Ok((crate::objects::listobj::new_list(items), None)),
            Err(e) => return Ok((crate::objects::listobj::new_list(items), Some(e))),
        }
    }
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match crate::objects::listobj::new_cls(vm, &args, "set")? {
        Value::Obj(c) => c.clone(),
        _ => types().set.clone(),
    };
    Ok(make(&cls, false, SetData::new()))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args, "__init__")?;
    if args.has_kw() {
        return Err(vm.new_type_error("set() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        // CPython names the receiver's type here (a subclass's own name).
        return Err(vm.new_type_error(format!(
            "{} expected at most 1 argument, got {}",
            types::type_name(&args.pos[0]),
            args.pos.len() - 1
        )));
    }
    let mut data = SetData::new();
    if let Some(it) = args.pos.get(1) {
        update_internal(vm, &mut data, it)?;
    }
    if let Some(c) = set_cell(s) {
        let old = c.borrow_mut().clear();
        drop(old);
        c.borrow_mut().replace_body(data);
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match crate::objects::listobj::new_cls(vm, &args, "frozenset")? {
        Value::Obj(c) => c.clone(),
        _ => types().frozenset.clone(),
    };
    if args.has_kw()
        && !crate::objects::listobj::init_overridden(&Value::Obj(cls.clone()), &types().frozenset)
    {
        return Err(vm.new_type_error("frozenset() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "{} expected at most 1 argument, got {}",
            types::type_data(&cls).map(|t| t.name()).unwrap_or_default(),
            args.pos.len() - 1
        )));
    }
    let exact = Rc::ptr_eq(&cls, &types().frozenset);
    if let Some(it) = args.pos.get(1) {
        if exact && is_frozen(it) && types::class_ptr(it) == Rc::as_ptr(&types().frozenset) {
            return Ok(it.clone());
        }
    }
    let mut data = SetData::new();
    if let Some(it) = args.pos.get(1) {
        update_internal(vm, &mut data, it)?;
    }
    Ok(make(&cls, true, data))
}

fn set_add_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_mutable(vm, &args, "add")?;
    let x = crate::objects::listobj::one_arg(vm, &args, "set.add")?;
    set_add(vm, &args.pos[0], x.clone())?;
    Ok(Value::None)
}

fn set_discard_impl(vm: &mut Vm, args: Args, name: &str, must: bool) -> PyResult<Value> {
    let cell = self_mutable(vm, &args, name)?;
    let x = crate::objects::listobj::one_arg(vm, &args, &format!("set.{}", name))?;
    let (k, h) = key_hash(vm, x)?;
    let r = with_data(cell, |data| data.discard(&k, h, &mut VmEq(vm)));
    match r? {
        Some(old) => {
            drop(old);
            Ok(Value::None)
        }
        None if must => Err(vm.new_key_error(x.clone())),
        None => Ok(Value::None),
    }
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_discard_impl(vm, args, "discard", false)
}
fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_discard_impl(vm, args, "remove", true)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = self_mutable(vm, &args, "pop")?;
    crate::objects::listobj::noargs(vm, &args, "set.pop")?;
    let r = cell.borrow_mut().pop();
    r.ok_or_else(|| {
        vm.new_key_error(crate::objects::strobj::new_str(
            "pop from an empty set".into(),
        ))
    })
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = self_mutable(vm, &args, "clear")?;
    crate::objects::listobj::noargs(vm, &args, "set.clear")?;
    let old = cell.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args, "copy")?;
    crate::objects::listobj::noargs(vm, &args, &qual(s, "copy"))?;
    if is_frozen(s) && types::class_ptr(s) == Rc::as_ptr(&types().frozenset) {
        return Ok(s.clone());
    }
    let (cls, frozen) = base_of(s);
    let d = snapshot(s).copy(&mut VmEq(vm))?;
    Ok(make(&cls, frozen, d))
}

fn multi(vm: &mut Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let s = self_set(vm, &args, name)?.clone();
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", qual(&s, name))));
    }
    let (cls, frozen) = base_of(&s);
    let others = &args.pos[1..];
    if others.is_empty() {
        return Ok(make(&cls, frozen, snapshot(&s).copy(&mut VmEq(vm))?));
    }
    // Step by step as CPython's set_union / set_intersection_multi / set_difference_multi.
    match op {
        BinOp::BitOr => {
            let mut d = snapshot(&s).copy(&mut VmEq(vm))?;
            for o in others {
                if !o.is(&s) {
                    update_internal(vm, &mut d, o)?;
                }
            }
            Ok(make(&cls, frozen, d))
        }
        BinOp::BitAnd => {
            let mut cur = s.clone();
            for o in others {
                let d = intersection(vm, &cur, o)?;
                cur = make(&cls, frozen, d);
            }
            Ok(cur)
        }
        _ => {
            let mut d = difference(vm, &s, &others[0])?;
            for o in &others[1..] {
                difference_update_internal(vm, &mut d, o, false)?;
            }
            Ok(make(&cls, frozen, d))
        }
    }
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "union", BinOp::BitOr)
}
fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "intersection", BinOp::BitAnd)
}
fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "difference", BinOp::Sub)
}
fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args, "symmetric_difference")?;
    let o = crate::objects::listobj::one_arg(vm, &args, &qual(s, "symmetric_difference"))?;
    let (cls, frozen) = base_of(s);
    let d = symmetric_difference(vm, s, o)?;
    Ok(make(&cls, frozen, d))
}

/// The in-place update methods, one operand at a time.
fn update_m(vm: &mut Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let cell = self_mutable(vm, &args, name)?;
    if args.has_kw() {
        return Err(vm.new_type_error(format!("set.{}() takes no keyword arguments", name)));
    }
    let s = args.pos[0].clone();
    if op == BinOp::BitAnd && args.pos.len() > 2 {
        // CPython computes the whole intersection before replacing the contents.
        let mut cur = s.clone();
        for o in &args.pos[1..] {
            let d = intersection(vm, &cur, o)?;
            cur = make(&types().set, false, d);
        }
        if let Some(Payload::Set(c)) = cur.payload() {
            let d = std::mem::take(&mut *c.borrow_mut());
            cell.borrow_mut().replace_body(d);
        }
        return Ok(Value::None);
    }
    for o in &args.pos[1..] {
        apply_inplace(vm, cell, &s, o, op)?;
    }
    Ok(Value::None)
}

/// `s op= o` on the set's cell.
fn apply_inplace(
    vm: &mut Vm,
    cell: &RefCell<SetData>,
    s: &Value,
    o: &Value,
    op: BinOp,
) -> PyResult<()> {
    let same = s.is(o);
    if op == BinOp::BitAnd {
        let d = intersection(vm, s, o)?;
        cell.borrow_mut().replace_body(d);
        return Ok(());
    }
    let (operand, pending) = prepare_operand(vm, o)?;
    with_data(cell, |data| match op {
        BinOp::BitOr => {
            if same {
                Ok(())
            } else {
                update_internal(vm, data, &operand)
            }
        }
        BinOp::Sub => difference_update_internal(vm, data, &operand, same),
        _ => symmetric_difference_update(vm, data, &operand, same),
    })?;
    match pending {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_m(vm, args, "update", BinOp::BitOr)
}
fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_m(vm, args, "intersection_update", BinOp::BitAnd)
}
fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_m(vm, args, "difference_update", BinOp::Sub)
}
fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_mutable(vm, &args, "symmetric_difference_update")?;
    crate::objects::listobj::one_arg(vm, &args, "set.symmetric_difference_update")?;
    update_m(vm, args, "symmetric_difference_update", BinOp::BitXor)
}

fn as_set_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_anyset(v) {
        return Ok(v.clone());
    }
    let mut d = SetData::new();
    update_internal(vm, &mut d, v)?;
    Ok(make(&types().set, false, d))
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args, "issubset")?;
    let o = crate::objects::listobj::one_arg(vm, &args, &qual(s, "issubset"))?;
    let o = as_set_value(vm, o)?;
    Ok(Value::Bool(issubset(vm, s, &o)?))
}
fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args, "issuperset")?;
    let o = crate::objects::listobj::one_arg(vm, &args, &qual(s, "issuperset"))?;
    if is_anyset(o) {
        return Ok(Value::Bool(issubset(vm, o, s)?));
    }
    // Any iterable: every item must be in self.
    let mine = snapshot(s);
    let it = vm.iter(o)?;
    while let Some(k) = vm.next(&it)? {
        let (k, h) = key_hash(vm, &k)?;
        if !mine.contains(&k, h, &mut VmEq(vm))? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args, "isdisjoint")?;
    let o = crate::objects::listobj::one_arg(vm, &args, &qual(s, "isdisjoint"))?;
    let mine = snapshot(s);
    let it = vm.iter(o)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if mine.contains(&k, h, &mut VmEq(vm))? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args, "__reduce__")?;
    let cls = Value::Obj(types::class_of(s));
    let items = crate::objects::listobj::new_list(snapshot(s).keys());
    // CPython's state is `__getstate__()`: the instance dict, None when it is empty.
    let state = vm.call_method(s, "__getstate__", &[])?;
    Ok(crate::objects::tupleobj::new_tuple(vec![
        cls,
        crate::objects::tupleobj::new_tuple(vec![items]),
        state,
    ]))
}

pub static SET_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", set_new),
    MethodDef::method("__init__", set_init),
    MethodDef::method("add", set_add_m),
    MethodDef::method("discard", set_discard),
    MethodDef::method("remove", set_remove),
    MethodDef::method("pop", set_pop),
    MethodDef::method("clear", set_clear),
    MethodDef::method("copy", set_copy),
    MethodDef::method("union", set_union),
    MethodDef::method("intersection", set_intersection),
    MethodDef::method("difference", set_difference),
    MethodDef::method("symmetric_difference", set_symmetric_difference),
    MethodDef::method("update", set_update),
    MethodDef::method("intersection_update", set_intersection_update),
    MethodDef::method("difference_update", set_difference_update),
    MethodDef::method(
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    MethodDef::method("issubset", set_issubset),
    MethodDef::method("issuperset", set_issuperset),
    MethodDef::method("isdisjoint", set_isdisjoint),
    MethodDef::method("__reduce__", set_reduce),
    MethodDef::classmethod("__class_getitem__", crate::objects::listobj::class_getitem),
    MethodDef::none("__hash__"),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__lt__", slots::lt),
    MethodDef::method("__le__", slots::le),
    MethodDef::method("__gt__", slots::gt),
    MethodDef::method("__ge__", slots::ge),
    MethodDef::method("__or__", slots::or),
    MethodDef::method("__ror__", slots::ror),
    MethodDef::method("__and__", slots::and),
    MethodDef::method("__rand__", slots::rand),
    MethodDef::method("__sub__", slots::sub),
    MethodDef::method("__rsub__", slots::rsub),
    MethodDef::method("__xor__", slots::xor),
    MethodDef::method("__rxor__", slots::rxor),
    MethodDef::method("__ior__", slots::ior),
    MethodDef::method("__iand__", slots::iand),
    MethodDef::method("__isub__", slots::isub),
    MethodDef::method("__ixor__", slots::ixor),
];

pub static FROZENSET_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", frozenset_new),
    MethodDef::method("copy", set_copy),
    MethodDef::method("union", set_union),
    MethodDef::method("intersection", set_intersection),
    MethodDef::method("difference", set_difference),
    MethodDef::method("symmetric_difference", set_symmetric_difference),
    MethodDef::method("issubset", set_issubset),
    MethodDef::method("issuperset", set_issuperset),
    MethodDef::method("isdisjoint", set_isdisjoint),
    MethodDef::method("__reduce__", set_reduce),
    MethodDef::classmethod("__class_getitem__", crate::objects::listobj::class_getitem),
    MethodDef::method("__hash__", slots::hash),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__lt__", slots::lt),
    MethodDef::method("__le__", slots::le),
    MethodDef::method("__gt__", slots::gt),
    MethodDef::method("__ge__", slots::ge),
    MethodDef::method("__or__", slots::or),
    MethodDef::method("__ror__", slots::ror),
    MethodDef::method("__and__", slots::and),
    MethodDef::method("__rand__", slots::rand),
    MethodDef::method("__sub__", slots::sub),
    MethodDef::method("__rsub__", slots::rsub),
    MethodDef::method("__xor__", slots::xor),
    MethodDef::method("__rxor__", slots::rxor),
];
