//! Builtin iterators (over lists, tuples, ranges, strs, dicts, sets, sequences, callables)
//! and the iterator types enumerate, zip, map, filter and reversed.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::*;
use crate::objects::{dictobj, intobj, rangeobj, strobj, tupleobj};
use crate::types::{self, types, MethodDef};
use crate::vm::{ArgSpec, PyResult, Vm};

fn new_iter(cls: &PyRef, st: IterState) -> Value {
    types::new_obj(cls, Payload::Iter(RefCell::new(st)))
}

pub fn new_seq_iter(obj: Value) -> Value {
    new_iter(&types().iterator, IterState::SeqIter { obj, index: 0 })
}

/// A `__getitem__`-driven iterator of class `cls` (e.g. memoryview's memory_iterator).
pub fn new_seq_iter_of(cls: &PyRef, obj: Value) -> Value {
    new_iter(cls, IterState::SeqIter { obj, index: 0 })
}

/// `iter(v)` for builtin containers; None if `v` is not one.
pub fn builtin_iter(_vm: &mut Vm, v: &Value) -> Option<PyResult<Value>> {
    let Value::Obj(o) = v else { return None };
    let t = types();
    Some(Ok(match &o.payload {
        Payload::List(_) => new_iter(
            &t.list_iterator,
            IterState::List {
                list: o.clone(),
                index: 0,
            },
        ),
        Payload::Tuple(_) => new_iter(
            &t.tuple_iterator,
            IterState::Tuple {
                tuple: o.clone(),
                index: 0,
            },
        ),
        Payload::Range(r) => match r.small {
            Some((a, b, c)) => new_iter(
                &t.range_iterator,
                IterState::Range {
                    next: a,
                    stop: b,
                    step: c,
                },
            ),
            None => new_iter(
                &t.longrange_iterator,
                IterState::BigRange {
                    next: r.start.clone(),
                    stop: r.stop.clone(),
                    step: r.step.clone(),
                },
            ),
        },
        Payload::Str(ps) => new_iter(
            // (CPython's ASCII iterator is for exact strs.)
            if ps.is_ascii() && types::is_exact_str(o) {
                &t.str_ascii_iterator
            } else {
                &t.str_iterator
            },
            IterState::Str {
                s: o.clone(),
                byte: 0,
            },
        ),
        Payload::Bytes(_) | Payload::ByteArray(_) => new_iter(
            if matches!(o.payload, Payload::Bytes(_)) {
                &t.bytes_iterator
            } else {
                &t.bytearray_iterator
            },
            IterState::Bytes {
                b: o.clone(),
                index: 0,
            },
        ),
        Payload::Dict(_) => dictobj::new_dict_iter(v, DictIterKind::Keys, false, 0),
        Payload::DictView(d, kind) => {
            dictobj::new_dict_iter(&Value::Obj(d.clone()), *kind, false, 0)
        }
        Payload::MappingProxy(d) => {
            dictobj::new_dict_iter(&Value::Obj(d.clone()), DictIterKind::Keys, false, 0)
        }
        Payload::Set(s) | Payload::FrozenSet(s) => {
            let len = s.borrow().len();
            new_iter(
                &t.set_iterator,
                IterState::Set {
                    set: o.clone(),
                    index: 0,
                    len,
                },
            )
        }
        Payload::Iter(_) => v.clone(),
        Payload::Generator(g) if g.kind == GenKind::Generator => v.clone(),
        _ => return None,
    }))
}

/// The next value of a range iterator at `next` (advanced), None when exhausted.
#[inline(always)]
pub fn range_step(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    let cur = *next;
    if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
        *next = cur.checked_add(step).unwrap_or(stop);
        return Some(cur);
    }
    None
}

/// The next item of a builtin iterator; None if `it` is not a builtin iterator.
#[inline]
pub fn fast_next(vm: &mut Vm, it: &Value) -> Option<PyResult<Option<Value>>> {
    next_builtin(vm, it, false)
}

/// `fast_next`, or (with `sub_ok`) the builtin `__next__` even for an instance of a
/// Python subclass of enumerate/zip/map/filter/reversed, which may override `__next__`.
fn next_builtin(vm: &mut Vm, it: &Value, sub_ok: bool) -> Option<PyResult<Option<Value>>> {
    let Value::Obj(o) = it else { return None };
    let cell = match &o.payload {
        Payload::Iter(cell) => cell,
        // Module-defined iterators (itertools, deque iterators); subclasses may override
        // __next__, so only exact builtin classes take this path.
        Payload::Native(n) if !types::is_heap_class(&o.class()) => {
            return n.next(vm, o).map(|r| stop_is_end(vm, r))
        }
        _ => return None,
    };
    let mut st = cell.borrow_mut();
    let r: Option<Value> = match &mut *st {
        IterState::Range { next, stop, step } => {
            if let Some(cur) = range_step(next, *stop, *step) {
                return Some(Ok(Some(Value::Int(cur))));
            }
            None
        }
        IterState::List { list, index } => {
            if let Payload::List(l) = &list.payload {
                let l = l.borrow();
                if *index < l.len() {
                    let v = l[*index].clone();
                    *index += 1;
                    return Some(Ok(Some(v)));
                }
            }
            None
        }
        IterState::ListReverse { list, index } => {
            if let Payload::List(l) = &list.payload {
                let l = l.borrow();
                if *index >= 0 && (*index as usize) < l.len() {
                    let v = l[*index as usize].clone();
                    *index -= 1;
                    return Some(Ok(Some(v)));
                }
            }
            None
        }
        IterState::Tuple { tuple, index } => {
            if let Payload::Tuple(t) = &tuple.payload {
                if *index < t.len() {
                    let v = t[*index].clone();
                    *index += 1;
                    return Some(Ok(Some(v)));
                }
            }
            None
        }
        IterState::BigRange { next, stop, step } => {
            let more = if *step > num_bigint::BigInt::from(0) {
                *next < *stop
            } else {
                *next > *stop
            };
            if more {
                let cur = next.clone();
                *next += &*step;
                return Some(Ok(Some(intobj::int_from_bigint(cur))));
            }
            None
        }
        IterState::Str { s, byte } => {
            let text = s.payload_str();
            match text[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    return Some(Ok(Some(Value::Obj(types::intern(c.encode_utf8(&mut buf))))));
                }
                None => None,
            }
        }
        IterState::Bytes { b, index } => {
            let v = match &b.payload {
                Payload::Bytes(d) => d.get(*index).copied(),
                Payload::ByteArray(d) => d.borrow().get(*index).copied(),
                _ => None,
            };
            match v {
                Some(x) => {
                    *index += 1;
                    return Some(Ok(Some(Value::Int(x as i64))));
                }
                None => None,
            }
        }
        IterState::Dict {
            dict,
            index,
            len,
            remaining,
            kind,
            reverse,
            last,
        } => {
            let Payload::Dict(d) = &dict.payload else {
                return Some(Ok(None));
            };
            let data = d.data.borrow();
            if data.len() != *len {
                // Sticky, as in CPython: every later next() raises again.
                *len = usize::MAX;
                drop(data);
                drop(st);
                return Some(Err(
                    vm.new_runtime_error("dictionary changed size during iteration")
                ));
            }
            let entry = if *reverse {
                let mut i = *index;
                let mut found = None;
                while i > 0 {
                    i -= 1;
                    let e = &data.entries[i.min(data.entries.len().saturating_sub(1))];
                    if i < data.entries.len() && !e.key.is_null() {
                        found = Some((e.key.clone(), e.value.clone()));
                        break;
                    }
                }
                *index = i;
                found
            } else {
                match data.next_entry(*index) {
                    Some((ni, k, v)) => {
                        *index = ni;
                        Some((k, v))
                    }
                    None => {
                        *index = data.entries.len();
                        None
                    }
                }
            };
            if entry.is_some() && *remaining == 0 && !*reverse {
                // Same size, but more keys than there were: keys were replaced.
                drop(data);
                *st = IterState::Exhausted;
                drop(st);
                return Some(Err(
                    vm.new_runtime_error("dictionary keys changed during iteration")
                ));
            }
            match entry {
                Some((k, v)) => {
                    *remaining = remaining.saturating_sub(1);
                    let out = match kind {
                        DictIterKind::Keys => k,
                        DictIterKind::Values => v,
                        DictIterKind::Items => tupleobj::recycled_tuple(last, [k, v].into_iter()),
                    };
                    return Some(Ok(Some(out)));
                }
                None => None,
            }
        }
        IterState::Set { set, index, len } => {
            let cell = match &set.payload {
                Payload::Set(s) | Payload::FrozenSet(s) => s,
                _ => return Some(Ok(None)),
            };
            let data = cell.borrow();
            if data.len() != *len {
                // Sticky, as in CPython: every later next() raises again.
                *len = usize::MAX;
                drop(data);
                drop(st);
                return Some(Err(
                    vm.new_runtime_error("Set changed size during iteration")
                ));
            }
            match data.next_entry(*index) {
                Some((ni, k, _)) => {
                    *index = ni;
                    return Some(Ok(Some(k)));
                }
                None => None,
            }
        }
        // enumerate() and zip() over lists, tuples and ranges step them in place (nothing
        // there can call back into Python); over anything else they take the slow path.
        IterState::Enumerate { .. } if !sub_ok && types::is_heap_class(&o.class()) => None?,
        IterState::Enumerate { it, count, last } => match (&*count, pure_next(it)) {
            (&Value::Int(c), Some(Some(v))) if c < i64::MAX => {
                *count = Value::Int(c + 1);
                let pair = [Value::Int(c), v].into_iter();
                return Some(Ok(Some(tupleobj::recycled_tuple(last, pair))));
            }
            // The item is taken: a count past i64 goes on as a big int (the count is an
            // int, so adding runs no Python code).
            (c, Some(Some(v))) if intobj::to_bigint(c).is_some() => {
                let cur = c.clone();
                let next = intobj::to_bigint(&cur).unwrap_or_default() + 1;
                *count = intobj::int_from_bigint(next);
                let pair = [cur, v].into_iter();
                return Some(Ok(Some(tupleobj::recycled_tuple(last, pair))));
            }
            (_, Some(None)) => None,
            _ => {
                drop(st);
                return Some(slow_next(vm, o, cell));
            }
        },
        IterState::Zip { its, strict, last }
            if !*strict
                && !its.is_empty()
                && its.iter().all(is_pure_iter)
                && (sub_ok || !types::is_heap_class(&o.class())) =>
        {
            let mut items = Vec::with_capacity(its.len());
            for i in its.iter() {
                match pure_next(i) {
                    Some(Some(v)) => items.push(v),
                    _ => break,
                }
            }
            if items.len() < its.len() {
                None
            } else {
                return Some(Ok(Some(tupleobj::recycled_tuple(last, items.into_iter()))));
            }
        }
        IterState::Exhausted if !sub_ok && types::is_heap_class(&o.class()) => None?,
        IterState::Exhausted => None,
        _ => {
            drop(st);
            if !sub_ok && types::is_heap_class(&o.class()) {
                return None;
            }
            let r = slow_next(vm, o, cell);
            return Some(stop_is_end(vm, r));
        }
    };
    if r.is_none() {
        *st = IterState::Exhausted;
    }
    Some(Ok(r))
}

/// A StopIteration raised inside an iterator's `__next__` (by the function `map` or `filter`
/// calls, say) ends the iteration, as CPython's consumers treat it; the iterator itself is
/// not marked exhausted.
fn stop_is_end(vm: &mut Vm, r: PyResult<Option<Value>>) -> PyResult<Option<Value>> {
    match r {
        Err(e) if vm.exception_matches(&e, &types().exc.stop_iteration) => Ok(None),
        r => r,
    }
}

/// Is `it` an iterator over a list, tuple or range (or an exhausted one), which
/// `pure_next` steps?
fn is_pure_iter(it: &Value) -> bool {
    match it.payload() {
        Some(Payload::Iter(cell)) => cell.try_borrow().is_ok_and(|st| {
            matches!(
                &*st,
                IterState::List { .. }
                    | IterState::Tuple { .. }
                    | IterState::Range { .. }
                    | IterState::Exhausted
            )
        }),
        _ => false,
    }
}

/// The next item of `it` when `is_pure_iter(it)`, stepped in place: `Some(None)` once
/// exhausted; None for any other iterator, untouched.
fn pure_next(it: &Value) -> Option<Option<Value>> {
    let Value::Obj(o) = it else { return None };
    let Payload::Iter(cell) = &o.payload else {
        return None;
    };
    let mut st = cell.try_borrow_mut().ok()?;
    let next = match &mut *st {
        IterState::Range { next, stop, step } => range_step(next, *stop, *step).map(Value::Int),
        IterState::List { list, index } => match &list.payload {
            Payload::List(l) => l.borrow().get(*index).cloned().inspect(|_| *index += 1),
            _ => None,
        },
        IterState::Tuple { tuple, index } => match &tuple.payload {
            Payload::Tuple(t) => t.get(*index).cloned().inspect(|_| *index += 1),
            _ => None,
        },
        IterState::Exhausted => None,
        _ => return None,
    };
    if next.is_none() {
        *st = IterState::Exhausted;
    }
    Some(next)
}

/// Iterators that call back into Python: state is copied out while calling.
fn slow_next(vm: &mut Vm, _o: &PyRef, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
    enum Step {
        Seq(Value, i64),
        Callable(Value, Value),
        Enumerate(Value, Value),
        Zip(Rc<[Value]>, bool),
        Map(Value, Rc<[Value]>),
        Filter(Value, Value),
        Reversed(Value, i64),
    }
    let step = match &*cell.borrow() {
        IterState::SeqIter { obj, index } => Step::Seq(obj.clone(), *index),
        IterState::Callable { func, sentinel } => Step::Callable(func.clone(), sentinel.clone()),
        IterState::Enumerate { it, count, .. } => Step::Enumerate(it.clone(), count.clone()),
        IterState::Zip { its, strict, .. } => Step::Zip(its.clone(), *strict),
        IterState::Map { func, its } => Step::Map(func.clone(), its.clone()),
        IterState::Filter { func, it } => Step::Filter(func.clone(), it.clone()),
        IterState::Reversed { seq, index } => Step::Reversed(seq.clone(), *index),
        _ => return Ok(None),
    };
    let exhaust = |cell: &RefCell<IterState>| {
        *cell.borrow_mut() = IterState::Exhausted;
    };
    match step {
        Step::Seq(obj, index) => match vm.getitem(&obj, &Value::Int(index)) {
            Ok(v) => {
                if let IterState::SeqIter { index: i, .. } = &mut *cell.borrow_mut() {
                    *i = index + 1;
                }
                Ok(Some(v))
            }
            Err(e)
                if vm.exception_matches(&e, &types().exc.index_error)
                    || vm.exception_matches(&e, &types().exc.stop_iteration) =>
            {
                exhaust(cell);
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Step::Callable(func, sentinel) => {
            let v = match vm.call(&func, &[]) {
                Ok(v) => v,
                Err(e) if vm.exception_matches(&e, &types().exc.stop_iteration) => {
                    exhaust(cell);
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if v.is(&sentinel) || vm.eq(&v, &sentinel)? {
                exhaust(cell);
                return Ok(None);
            }
            Ok(Some(v))
        }
        Step::Enumerate(it, count) => match vm.next(&it)? {
            Some(v) => {
                let next_count = match &count {
                    Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                    other => vm.binary_op(other, &Value::Int(1), crate::ast::BinOp::Add)?,
                };
                match &mut *cell.borrow_mut() {
                    IterState::Enumerate { count: c, last, .. } => {
                        *c = next_count;
                        Ok(Some(tupleobj::recycled_tuple(last, [count, v].into_iter())))
                    }
                    _ => Ok(Some(tupleobj::new_tuple(vec![count, v]))),
                }
            }
            // Not marked exhausted: like CPython's, it asks the iterator again next time
            // (one that resumes after a StopIteration raised inside it goes on).
            None => Ok(None),
        },
        Step::Zip(its, strict) => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            exhaust(cell);
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.new_value_error(format!(
                                    "zip() argument {} is shorter than argument{}{}",
                                    i + 1,
                                    plural,
                                    i
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.new_value_error(format!(
                                        "zip() argument {} is longer than argument{}{}",
                                        j + 1,
                                        plural,
                                        j
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            match &mut *cell.borrow_mut() {
                IterState::Zip { last, .. } => {
                    Ok(Some(tupleobj::recycled_tuple(last, out.into_iter())))
                }
                _ => Ok(Some(tupleobj::new_tuple(out))),
            }
        }
        Step::Map(func, its) => {
            if let [it] = &its[..] {
                return match vm.next(it)? {
                    Some(v) => vm.call(&func, std::slice::from_ref(&v)).map(Some),
                    None => Ok(None),
                };
            }
            let mut args = Vec::with_capacity(its.len());
            for it in its.iter() {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, &args).map(Some)
        }
        Step::Filter(func, it) => loop {
            let Some(v) = vm.next(&it)? else {
                return Ok(None);
            };
            let keep = if func.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(&func, std::slice::from_ref(&v))?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Step::Reversed(seq, index) => {
            if index < 0 {
                exhaust(cell);
                return Ok(None);
            }
            match vm.getitem(&seq, &Value::Int(index)) {
                Ok(v) => {
                    if let IterState::Reversed { index: i, .. } = &mut *cell.borrow_mut() {
                        *i = index - 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if vm.exception_matches(&e, &types().exc.index_error)
                        || vm.exception_matches(&e, &types().exc.stop_iteration) =>
                {
                    exhaust(cell);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(crate::objects::listobj::unbound_self(vm, &args, "iterator.__iter__")?.clone())
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = crate::objects::listobj::unbound_self(vm, &args, "iterator.__next__")?;
    let r = match next_builtin(vm, it, true) {
        Some(r) => r,
        None => vm.next(it),
    };
    match r? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(Value::None)),
    }
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = crate::objects::listobj::unbound_self(vm, &args, "iterator.__length_hint__")?;
    let Some(Payload::Iter(cell)) = it.payload() else {
        return Ok(Value::Int(0));
    };
    let n: i64 = match &*cell.borrow() {
        IterState::List { list, index } => match &list.payload {
            Payload::List(l) => l.borrow().len().saturating_sub(*index) as i64,
            _ => 0,
        },
        IterState::ListReverse { index, .. } => (*index + 1).max(0) as i64,
        IterState::Tuple { tuple, index } => match &tuple.payload {
            Payload::Tuple(t) => t.len().saturating_sub(*index) as i64,
            _ => 0,
        },
        IterState::Range { next, stop, step } => range_left(*next, *stop, *step),
        IterState::Str { s, byte } => s.payload_str()[*byte..].chars().count() as i64,
        IterState::Bytes { b, index } => bytes_len(b).saturating_sub(*index) as i64,
        IterState::Dict {
            dict,
            len,
            remaining,
            ..
        } => match &dict.payload {
            Payload::Dict(d) if d.len() == *len => *remaining as i64,
            _ => 0,
        },
        IterState::Set { len, .. } => *len as i64,
        IterState::Reversed { index, .. } => index + 1,
        _ => 0,
    };
    let _ = vm;
    Ok(Value::Int(n.max(0)))
}

fn iter_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__setstate__", 2)?;
    let n = vm.index_i64(&a[1])?;
    if let Some(Payload::Iter(cell)) = a[0].payload() {
        match &mut *cell.borrow_mut() {
            IterState::List { index, .. } | IterState::Tuple { index, .. } => {
                *index = n.max(0) as usize
            }
            IterState::SeqIter { index, .. } => *index = n,
            IterState::Bytes { b, index } => *index = (n.max(0) as usize).min(bytes_len(b)),
            // Counted from the current position (the start, for a new or unpickled
            // iterator, as our __reduce__ makes them), clamped to the end.
            IterState::Range { next, stop, step } => {
                let left = range_left(*next, *stop, *step);
                // (Past the end it stops at `stop`: next + left*step may not fit an i64.)
                *next = if n >= left {
                    *stop
                } else {
                    (*next as i128 + n.max(0) as i128 * *step as i128) as i64
                };
            }
            IterState::ListReverse { list, index } => {
                let len = match &list.payload {
                    Payload::List(l) => l.borrow().len() as i64,
                    _ => 0,
                };
                *index = n.clamp(-1, len - 1) as isize;
            }
            IterState::Str { s, byte } => {
                let text = s.payload_str();
                *byte = text
                    .char_indices()
                    .nth(n.max(0) as usize)
                    .map_or(text.len(), |(b, _)| b);
            }
            _ => {}
        }
    }
    Ok(Value::None)
}

/// The items a range iterator at `next` still yields.
fn range_left(next: i64, stop: i64, step: i64) -> i64 {
    crate::objects::rangeobj::small_range_len(next, stop, step) as i64
}

fn bytes_len(b: &PyRef) -> usize {
    match &b.payload {
        Payload::Bytes(d) => d.len(),
        Payload::ByteArray(d) => d.borrow().len(),
        _ => 0,
    }
}

/// `reversed.__setstate__` (clamped to the sequence, as CPython) and `zip.__setstate__`
/// (the strict flag).
fn iter_obj_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__setstate__", 2)?;
    let Some(Payload::Iter(cell)) = a[0].payload() else {
        return Ok(Value::None);
    };
    let seq = match &*cell.borrow() {
        IterState::Reversed { seq, .. } => Some(seq.clone()),
        _ => None,
    };
    if let Some(seq) = seq {
        let n = vm.index_i64(&a[1])?;
        let len = vm.len(&seq)? as i64;
        if let IterState::Reversed { index, .. } = &mut *cell.borrow_mut() {
            *index = n.clamp(-1, len - 1);
        }
    } else {
        let flag = vm.truthy(&a[1])?;
        if let IterState::Zip { strict, .. } = &mut *cell.borrow_mut() {
            *strict = flag;
        }
    }
    Ok(Value::None)
}

/// `__reduce__` of the sequence iterators (copy and pickle): `iter(seq)` plus the position
/// for `__setstate__`, as CPython (an exhausted one rebuilds over an empty sequence);
/// enumerate, zip, map, filter and reversed rebuild from their class and arguments; dict
/// and set iterators from a list of the items still to come.
fn iter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = crate::objects::listobj::unbound_self(vm, &args, "iterator.__reduce__")?;
    let tname = types::type_name(it);
    let builtin = |name: &str| {
        crate::objects::dictobj::dict_get_str(&vm.builtins_dict, &types::intern(name))
            .unwrap_or(Value::None)
    };
    let (iter_fn, reversed_fn) = (builtin("iter"), builtin("reversed"));
    let builtin_iter = iter_fn.clone();
    let call = |f: Value, seq: Value, pos: Option<i64>| {
        let mut t = vec![f, tupleobj::new_tuple(vec![seq])];
        if let Some(p) = pos {
            t.push(Value::Int(p));
        }
        tupleobj::new_tuple(t)
    };
    let Some(Payload::Iter(cell)) = it.payload() else {
        return Err(vm.new_type_error(format!("cannot pickle '{}' object", tname)));
    };
    let cls = Value::Obj(types::class_of(it));
    // A dict or set iterator: a copy of its state, listed below (outside the borrow).
    let mut rest = None;
    let r = match &*cell.borrow() {
        IterState::List { list, index } => {
            call(iter_fn, Value::Obj(list.clone()), Some(*index as i64))
        }
        IterState::Tuple { tuple, index } => {
            call(iter_fn, Value::Obj(tuple.clone()), Some(*index as i64))
        }
        IterState::ListReverse { list, index } => {
            if *index < 0 {
                call(iter_fn, crate::objects::listobj::new_list(Vec::new()), None)
            } else {
                call(reversed_fn, Value::Obj(list.clone()), Some(*index as i64))
            }
        }
        IterState::Range { next, stop, step } => {
            let r = crate::objects::rangeobj::new_range(
                BigInt::from(*next),
                BigInt::from(*stop),
                BigInt::from(*step),
            );
            call(iter_fn, r, Some(0))
        }
        IterState::Str { s, byte } => {
            let pos = s.payload_str()[..*byte].chars().count() as i64;
            call(iter_fn, Value::Obj(s.clone()), Some(pos))
        }
        IterState::Bytes { b, index } => call(iter_fn, Value::Obj(b.clone()), Some(*index as i64)),
        IterState::SeqIter { obj, index } => call(iter_fn, obj.clone(), Some(*index)),
        IterState::Enumerate { it, count, .. } => tupleobj::new_tuple(vec![
            cls,
            tupleobj::new_tuple(vec![it.clone(), count.clone()]),
        ]),
        IterState::Zip { its, strict, .. } => {
            let mut t = vec![cls, tupleobj::new_tuple(its.to_vec())];
            if *strict {
                t.push(Value::Bool(true));
            }
            tupleobj::new_tuple(t)
        }
        IterState::Map { func, its } => {
            let argv = std::iter::once(func.clone())
                .chain(its.iter().cloned())
                .collect();
            tupleobj::new_tuple(vec![cls, tupleobj::new_tuple(argv)])
        }
        IterState::Filter { func, it } => tupleobj::new_tuple(vec![
            cls,
            tupleobj::new_tuple(vec![func.clone(), it.clone()]),
        ]),
        IterState::Reversed { seq, index } => call(cls, seq.clone(), Some(*index)),
        IterState::Dict {
            dict,
            index,
            len,
            remaining,
            kind,
            reverse,
            ..
        } => {
            let st = IterState::Dict {
                dict: dict.clone(),
                index: *index,
                len: *len,
                remaining: *remaining,
                kind: *kind,
                reverse: *reverse,
                last: Value::None,
            };
            rest = Some(st);
            Value::None
        }
        IterState::Set { set, index, len } => {
            rest = Some(IterState::Set {
                set: set.clone(),
                index: *index,
                len: *len,
            });
            Value::None
        }
        IterState::Exhausted => {
            let empty = match tname.as_str() {
                "tuple_iterator" | "bytes_iterator" | "bytearray_iterator" | "reversed" => {
                    tupleobj::new_tuple(Vec::new())
                }
                "str_ascii_iterator" | "str_iterator" => {
                    crate::objects::strobj::new_str(String::new())
                }
                _ => crate::objects::listobj::new_list(Vec::new()),
            };
            call(if tname == "reversed" { cls } else { iter_fn }, empty, None)
        }
        _ => return Err(vm.new_type_error(format!("cannot pickle '{}' object", tname))),
    };
    if let Some(st) = rest {
        let copy = new_iter(&types::class_of(it), st);
        let items = crate::objects::listobj::new_list(vm.collect_iter(&copy)?);
        return Ok(call(builtin_iter, items, None));
    }
    Ok(r)
}

pub static ITER_METHODS: &[MethodDef] = &[
    MethodDef::method("__reduce__", iter_reduce),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
    MethodDef::method("__length_hint__", iter_length_hint),
    MethodDef::method("__setstate__", iter_setstate),
];

// ----- enumerate, zip, map, filter, reversed -----

fn cls_of(args: &Args, dflt: &PyRef) -> PyRef {
    match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => dflt.clone(),
    }
}

fn make_iter_obj(cls: &PyRef, st: IterState) -> Value {
    if types::is_heap_class(cls) {
        types::new_obj_with_dict(cls, Payload::Iter(RefCell::new(st)))
    } else {
        new_iter(cls, st)
    }
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::new_cls(vm, &args, "enumerate")?;
    let cls = cls_of(&args, &types().enumerate);
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    if rest.pos.is_empty() && !rest.has_kw() {
        return Err(vm.new_type_error("enumerate() missing required argument 'iterable'"));
    }
    if rest.has_kw() && rest.pos.len() + rest.kwnames.len() <= 2 {
        // CPython names an unknown keyword, or (with no iterable) the first keyword.
        let names = || rest.kwnames.iter().map(|k| k.payload_str());
        let bad = names()
            .find(|n| *n != "iterable" && *n != "start")
            .or_else(|| {
                (rest.pos.is_empty() && !names().any(|n| n == "iterable"))
                    .then(|| names().next())
                    .flatten()
            });
        if let Some(n) = bad {
            return Err(vm.new_type_error(format!(
                "'{}' is an invalid keyword argument for enumerate()",
                n
            )));
        }
    }
    let b = rest.bind(
        vm,
        &ArgSpec {
            name: "enumerate",
            params: &["iterable", "start"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let iterable = b[0].clone().unwrap_or(Value::None);
    // `start` is converted (Argument Clinic) before the iterable is iterated.
    let count = match &b[1] {
        Some(s) => {
            if !intobj::is_int(s) {
                let cls2 = types::class_of(s);
                if types::lookup_str(&cls2, "__index__").is_none() {
                    return Err(vm.new_type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        types::type_name(s)
                    )));
                }
            }
            vm.index(s)?
        }
        None => Value::Int(0),
    };
    let it = vm.iter(&iterable)?;
    Ok(make_iter_obj(
        &cls,
        IterState::Enumerate {
            it,
            count,
            last: Value::Null,
        },
    ))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::new_cls(vm, &args, "zip")?;
    let cls = cls_of(&args, &types().zip);
    let mut strict = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        if k.payload_str() == "strict" {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.new_type_error(format!(
                "'{}' is an invalid keyword argument for zip()",
                k.payload_str()
            )));
        }
    }
    let mut its = Vec::new();
    for a in &args.pos[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(make_iter_obj(
        &cls,
        IterState::Zip {
            its: its.into(),
            strict,
            last: Value::Null,
        },
    ))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(&args, &types().map);
    args.no_kw(vm, "map")?;
    if args.pos.len() < 3 {
        return Err(vm.new_type_error("map() must have at least two arguments."));
    }
    let func = args.pos[1].clone();
    let mut its = Vec::new();
    for a in &args.pos[2..] {
        its.push(vm.iter(a)?);
    }
    Ok(make_iter_obj(
        &cls,
        IterState::Map {
            func,
            its: its.into(),
        },
    ))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(&args, &types().filter);
    args.no_kw(vm, "filter")?;
    if args.pos.len() != 3 {
        return Err(vm.new_type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let it = vm.iter(&args.pos[2])?;
    Ok(make_iter_obj(
        &cls,
        IterState::Filter {
            func: args.pos[1].clone(),
            it,
        },
    ))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(&args, &types().reversed);
    args.no_kw(vm, "reversed")?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let seq = &args.pos[1];
    let scls = types::class_of(seq);
    if let Some(m) = types::lookup_str(&scls, "__reversed__") {
        if m.is_none() {
            return Err(vm.new_type_error(format!(
                "'{}' object is not reversible",
                types::type_name(seq)
            )));
        }
        return vm.call_special(&m, seq, &[]);
    }
    if let Some(Payload::Range(r)) = seq.payload() {
        let len = rangeobj::range_len(r);
        let last = &r.start + &r.step * (&len - 1u32);
        let stop = &r.start - &r.step;
        let rev = rangeobj::new_range(last, stop, -r.step.clone());
        return vm.iter(&rev);
    }
    // A sequence (__getitem__, not a mapping) without __len__ fails in len() below.
    let has_getitem = types::lookup_str(&scls, "__getitem__").is_some();
    if !has_getitem
        || matches!(
            seq.payload(),
            Some(Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_))
        )
    {
        return Err(vm.new_type_error(format!(
            "'{}' object is not reversible",
            types::type_name(seq)
        )));
    }
    let n = vm.len(seq)? as i64;
    Ok(make_iter_obj(
        &cls,
        IterState::Reversed {
            seq: seq.clone(),
            index: n - 1,
        },
    ))
}

pub static ENUMERATE_METHODS: &[MethodDef] = &[
    MethodDef::method("__reduce__", iter_reduce),
    MethodDef::staticmethod("__new__", enumerate_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
    MethodDef::classmethod("__class_getitem__", crate::objects::listobj::class_getitem),
];
pub static ZIP_METHODS: &[MethodDef] = &[
    MethodDef::method("__reduce__", iter_reduce),
    MethodDef::method("__setstate__", iter_obj_setstate),
    MethodDef::staticmethod("__new__", zip_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];
pub static MAP_METHODS: &[MethodDef] = &[
    MethodDef::method("__reduce__", iter_reduce),
    MethodDef::staticmethod("__new__", map_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];
pub static FILTER_METHODS: &[MethodDef] = &[
    MethodDef::method("__reduce__", iter_reduce),
    MethodDef::staticmethod("__new__", filter_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];
pub static REVERSED_METHODS: &[MethodDef] = &[
    MethodDef::method("__reduce__", iter_reduce),
    MethodDef::method("__setstate__", iter_obj_setstate),
    MethodDef::staticmethod("__new__", reversed_new),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
    MethodDef::method("__length_hint__", iter_length_hint),
];

/// `iter(callable, sentinel)`.
pub fn callable_iter(func: Value, sentinel: Value) -> Value {
    new_iter(
        &types().callable_iterator,
        IterState::Callable { func, sentinel },
    )
}

pub fn strip_unused(_: &Rc<PyObject>) {
    let _ = strobj::new_str;
    let _ = ToPrimitive::to_i64(&0i32);
}
