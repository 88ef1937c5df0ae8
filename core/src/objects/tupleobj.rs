//! `tuple`.

use std::rc::Rc;

use crate::object::*;
use crate::objects::{sliceobj, slots};
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return types().empty_tuple.clone();
    }
    if items.iter().all(is_atomic) {
        // Nothing in it can lead back to a container, so it can never be part of a cycle:
        // the collector does not track it (CPython untracks such tuples too).
        let o = Rc::new(PyObject::new(
            ClassCell::new(types().tuple.clone()),
            Payload::Tuple(items.into_boxed_slice()),
        ));
        return Value::Obj(o);
    }
    types::new_obj(&types().tuple, Payload::Tuple(items.into_boxed_slice()))
}

/// A value that references no container: numbers, None, exact str/bytes/int/float/complex
/// objects, and untracked tuples.
/// The tuple of `items` for an iterator that makes one per step (enumerate, zip, dict
/// items). `cache` holds the tuple it made last: when nothing else holds that one any more
/// (the loop that unpacked it has let it go), its slots are refilled instead of allocating a
/// new tuple, as CPython does. `cache` then holds the result.
pub fn recycled_tuple(cache: &mut Value, mut items: impl ExactSizeIterator<Item = Value>) -> Value {
    if let Value::Obj(o) = cache {
        let mut refilled = None;
        if let Some(obj) = Rc::get_mut(o) {
            if let Payload::Tuple(slots) = &mut obj.payload {
                if slots.len() == items.len() && !slots.is_empty() {
                    let mut atomic = true;
                    for (slot, v) in slots.iter_mut().zip(&mut items) {
                        atomic &= is_atomic(&v);
                        // Dropping an old item cannot run Python code (finalizers are queued).
                        *slot = v;
                    }
                    refilled = Some(atomic);
                }
            }
        }
        if let Some(atomic) = refilled {
            if !atomic {
                // Made untracked for atomic items, it may now hold containers.
                crate::gc::track(o);
            }
            return Value::Obj(o.clone());
        }
    }
    let t = new_tuple(items.collect());
    *cache = t.clone();
    t
}

fn is_atomic(v: &Value) -> bool {
    let Value::Obj(o) = v else { return true };
    match &o.payload {
        Payload::Str(_) | Payload::Bytes(_) | Payload::Int(_) | Payload::Float(_) => {
            !types::is_heap_class(&o.class())
        }
        Payload::Tuple(_) => {
            o.gc_slot.get() == u32::MAX && std::ptr::eq(o.class.ptr(), Rc::as_ptr(&types().tuple))
        }
        _ => false,
    }
}

pub fn tuple_items(v: &Value) -> Option<&[Value]> {
    match v.payload()? {
        Payload::Tuple(t) => Some(t),
        _ => None,
    }
}

/// `t[key]` for int or slice keys.
pub fn tuple_getitem(vm: &mut Vm, t: &[Value], key: &Value, whole: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(_)) = key.payload() {
        let s = sliceobj::indices(vm, key, t.len())?;
        if s.step == 1
            && s.start == 0
            && s.len == t.len()
            && types::class_ptr(whole) == Rc::as_ptr(&types().tuple)
        {
            return Ok(whole.clone());
        }
        let mut out = Vec::with_capacity(s.len);
        let mut i = s.start;
        for _ in 0..s.len {
            out.push(t[i as usize].clone());
            i += s.step;
        }
        return Ok(new_tuple(out));
    }
    let i = sliceobj::seq_index(vm, key, t.len(), "tuple")?;
    Ok(t[i].clone())
}

/// hash() of a tuple. Nested tuples are walked with an explicit stack, so a deeply nested
/// tuple hashes without deep recursion (as in CPython, where this just works).
pub fn tuple_hash(vm: &mut Vm, t: &PyRef) -> PyResult<i64> {
    // Each level: the tuple, the next item to hash, the item hashes so far.
    let mut stack: Vec<(PyRef, usize, Vec<i64>)> = vec![(t.clone(), 0, Vec::new())];
    loop {
        let Some((cur, i, _)) = stack.last() else {
            return Ok(0);
        };
        let Payload::Tuple(items) = &cur.payload else {
            return Ok(0);
        };
        if let Some(x) = items.get(*i) {
            let x = x.clone();
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            match &x {
                Value::Obj(o)
                    if matches!(o.payload, Payload::Tuple(_))
                        && types::class_ptr(&x) == Rc::as_ptr(&types().tuple) =>
                {
                    stack.push((o.clone(), 0, Vec::new()));
                }
                _ => {
                    let h = vm.hash(&x)?;
                    if let Some(top) = stack.last_mut() {
                        top.2.push(h);
                    }
                }
            }
            continue;
        }
        let Some((_, _, hashes)) = stack.pop() else {
            return Ok(0);
        };
        let h = crate::hash::hash_tuple(hashes.into_iter());
        match stack.last_mut() {
            Some(parent) => parent.2.push(h),
            None => return Ok(h),
        }
    }
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = crate::objects::listobj::new_cls(vm, &args, "tuple")?.clone();
    if args.has_kw() && !crate::objects::listobj::init_overridden(&cls, &types().tuple) {
        return Err(vm.new_type_error("tuple() takes no keyword arguments"));
    }
    let rest = &args.pos[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!(
            "tuple expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let items = match rest.first() {
        None => Vec::new(),
        Some(v) => {
            if let (Value::Obj(c), Some(Payload::Tuple(_))) = (&cls, v.payload()) {
                if Rc::ptr_eq(c, &types().tuple)
                    && types::class_ptr(v) == Rc::as_ptr(&types().tuple)
                {
                    return Ok(v.clone());
                }
            }
            vm.collect_iter_hinted(v)?
        }
    };
    match &cls {
        Value::Obj(c) if !Rc::ptr_eq(c, &types().tuple) => {
            let has_dict = types::type_data(c)
                .map(|t| t.has_flag(types::type_flags::HAS_DICT))
                .unwrap_or(false);
            let p = Payload::Tuple(items.into_boxed_slice());
            Ok(if has_dict {
                types::new_obj_with_dict(c, p)
            } else {
                types::new_obj(c, p)
            })
        }
        _ => Ok(new_tuple(items)),
    }
}

fn self_tuple<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a [Value]> {
    match args.pos.first().and_then(tuple_items) {
        Some(t) => Ok(t),
        None => Err(vm.new_type_error("descriptor requires a 'tuple' object")),
    }
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = self_tuple(vm, &args)?;
    let a = crate::objects::listobj::pos_args(vm, &args, "tuple.index", "index", 1, 3)?;
    let (start, stop) = crate::objects::listobj::index_range(vm, &a[1..], t.len())?;
    for (i, x) in t.iter().enumerate().take(stop).skip(start) {
        if x.is(&a[0]) || vm.eq(x, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.new_value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = self_tuple(vm, &args)?;
    let v = crate::objects::listobj::one_arg(vm, &args, "tuple.count")?;
    let mut n = 0;
    for x in t {
        if x.is(v) || vm.eq(x, v)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = self_tuple(vm, &args)?.to_vec();
    Ok(new_tuple(vec![new_tuple(t)]))
}

pub static TUPLE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", tuple_new),
    MethodDef::method("index", tuple_index),
    MethodDef::method("count", tuple_count),
    MethodDef::method("__getnewargs__", tuple_getnewargs),
    MethodDef::classmethod("__class_getitem__", crate::objects::listobj::class_getitem),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__hash__", slots::hash),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__getitem__", slots::getitem),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__lt__", slots::lt),
    MethodDef::method("__le__", slots::le),
    MethodDef::method("__gt__", slots::gt),
    MethodDef::method("__ge__", slots::ge),
    MethodDef::method("__add__", slots::add),
    MethodDef::method("__mul__", slots::mul),
    MethodDef::method("__rmul__", slots::rmul),
];
