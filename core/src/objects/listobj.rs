//! `list`: methods, slice assignment, and a stable merge sort that propagates comparison
//! errors and detects mutation during the sort.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::CompareKind;
use crate::object::*;
use crate::objects::{sliceobj, slots};
use crate::types::{self, types, MethodDef};
use crate::vm::{ArgSpec, PyResult, Vm};

pub fn new_list(items: Vec<Value>) -> Value {
    types::new_obj(&types().list, Payload::List(RefCell::new(items)))
}

fn cell(v: &Value) -> Option<&RefCell<Vec<Value>>> {
    match v.payload()? {
        Payload::List(l) => Some(l),
        _ => None,
    }
}

pub fn list_append(list: &Value, v: Value) {
    if let Some(l) = cell(list) {
        l.borrow_mut().push(v);
    }
}

pub fn list_extend_vec(list: &Value, items: Vec<Value>) {
    if let Some(l) = cell(list) {
        l.borrow_mut().extend(items);
    }
}

pub fn list_items(list: &Value) -> Vec<Value> {
    match cell(list) {
        Some(l) => l.borrow().clone(),
        None => Vec::new(),
    }
}

pub fn list_set_items(list: &Value, items: Vec<Value>) {
    if let Some(l) = cell(list) {
        let old = std::mem::replace(&mut *l.borrow_mut(), items);
        drop(old);
    }
}

/// Fast `list[i]` for an int index; None when out of range (the caller raises).
#[inline]
pub fn list_get_index(o: &PyRef, i: i64) -> Option<Value> {
    if let Payload::List(l) = &o.payload {
        let l = l.borrow();
        let n = l.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j >= 0 && j < n {
            return Some(l[j as usize].clone());
        }
    }
    None
}

pub fn list_getitem(vm: &mut Vm, l: &RefCell<Vec<Value>>, key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(_)) = key.payload() {
        let len = l.borrow().len();
        let s = sliceobj::indices(vm, key, len)?;
        let b = l.borrow();
        let mut out = Vec::with_capacity(s.len);
        let mut i = s.start;
        for _ in 0..s.len {
            if let Some(v) = b.get(i as usize) {
                out.push(v.clone());
            }
            i += s.step;
        }
        return Ok(new_list(out));
    }
    let len = l.borrow().len();
    let i = sliceobj::seq_index(vm, key, len, "list")?;
    let v = l.borrow().get(i).cloned();
    v.ok_or_else(|| vm.new_index_error("list index out of range"))
}

/// Does the slice have a step other than None or 1?
fn is_extended_slice(key: &Value) -> bool {
    match key.payload() {
        Some(Payload::Slice(p)) => !(p[2].is_none() || matches!(p[2], Value::Int(1))),
        _ => false,
    }
}

pub fn list_setitem(vm: &mut Vm, l: &RefCell<Vec<Value>>, key: &Value, value: &Value) -> PyResult<()> {
    if let Some(Payload::Slice(_)) = key.payload() {
        // The slice is validated first; the new items are materialised before the list is
        // touched (and the indices recomputed, as iterating may change the length).
        let len = l.borrow().len();
        sliceobj::indices(vm, key, len)?;
        let items = if let Some(src) = cell(value) {
            src.borrow().clone()
        } else {
            match vm.collect_iter(value) {
                Ok(v) => v,
                Err(e) => {
                    if vm.exception_matches(&e, &types().exc.type_error) {
                        return Err(vm.new_type_error(if is_extended_slice(key) {
                        "must assign iterable to extended slice"
                    } else {
                        "can only assign an iterable"
                    }));
                    }
                    return Err(e);
                }
            }
        };
        let len = l.borrow().len();
        let s = sliceobj::indices(vm, key, len)?;
        if s.step == 1 {
            let start = s.start.max(0) as usize;
            let stop = (s.stop.max(s.start)).max(0) as usize;
            let removed: Vec<Value> = l.borrow_mut().splice(start..stop.min(len), items).collect();
            drop(removed);
            return Ok(());
        }
        if items.len() != s.len {
            return Err(vm.new_value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                s.len
            )));
        }
        let mut old = Vec::with_capacity(items.len());
        {
            let mut b = l.borrow_mut();
            let mut i = s.start;
            for v in items {
                old.push(std::mem::replace(&mut b[i as usize], v));
                i += s.step;
            }
        }
        drop(old);
        return Ok(());
    }
    let len = l.borrow().len();
    let i = sliceobj::seq_index(vm, key, len, "list").map_err(|e| {
        if vm.exception_matches(&e, &types().exc.index_error) {
            vm.new_index_error("list assignment index out of range")
        } else {
            e
        }
    })?;
    let old = std::mem::replace(&mut l.borrow_mut()[i], value.clone());
    drop(old);
    Ok(())
}

pub fn list_delitem(vm: &mut Vm, l: &RefCell<Vec<Value>>, key: &Value) -> PyResult<()> {
    if let Some(Payload::Slice(_)) = key.payload() {
        let len = l.borrow().len();
        let s = sliceobj::indices(vm, key, len)?;
        let removed: Vec<Value>;
        if s.step == 1 {
            let start = s.start.max(0) as usize;
            let stop = (s.stop.max(s.start)).max(0) as usize;
            removed = l.borrow_mut().drain(start..stop.min(len)).collect();
        } else {
            let mut idx: Vec<usize> = (0..s.len).map(|k| (s.start + k as i64 * s.step) as usize).collect();
            idx.sort_unstable();
            let mut b = l.borrow_mut();
            let mut out = Vec::with_capacity(idx.len());
            for &i in idx.iter().rev() {
                out.push(b.remove(i));
            }
            removed = out;
        }
        drop(removed);
        return Ok(());
    }
    let len = l.borrow().len();
    let i = sliceobj::seq_index(vm, key, len, "list").map_err(|e| {
        if vm.exception_matches(&e, &types().exc.index_error) {
            vm.new_index_error("list assignment index out of range")
        } else {
            e
        }
    })?;
    let old = l.borrow_mut().remove(i);
    drop(old);
    Ok(())
}

// ----- argument checks for builtin methods (counts exclude self; CPython's wording) -----

/// A METH_NOARGS method: `list.copy()`.
pub fn noargs(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", qual)));
    }
    if args.pos.len() != 1 {
        return Err(vm.new_type_error(format!("{}() takes no arguments ({} given)", qual, args.pos.len().saturating_sub(1))));
    }
    Ok(())
}

/// A METH_O method: `list.append(x)`; returns x.
pub fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, qual: &str) -> PyResult<&'a Value> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", qual)));
    }
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual,
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(&args.pos[1])
}

/// A positional-only method taking `min..=max` arguments (`_PyArg_CheckPositional`); returns
/// the arguments after self.
pub fn pos_args<'a>(vm: &mut Vm, args: &Args<'a>, qual: &str, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", qual)));
    }
    let a = args.pos.get(1..).unwrap_or(&[]);
    let n = a.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.new_type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            if min == max { "" } else { "at least " },
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(vm.new_type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            if min == max { "" } else { "at most " },
            max,
            plural(max),
            n
        )));
    }
    Ok(a)
}

fn self_list<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match args.pos.first().and_then(cell) {
        Some(l) => Ok(l),
        None => Err(vm.new_type_error(format!(
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            name,
            args.pos.first().map(types::type_name).unwrap_or_default()
        ))),
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].clone();
    match &cls {
        Value::Obj(c) if !Rc::ptr_eq(c, &types().list) => {
            let has_dict = types::type_data(c).map(|t| t.has_flag(types::type_flags::HAS_DICT)).unwrap_or(false);
            let p = Payload::List(RefCell::new(Vec::new()));
            let _ = vm;
            Ok(if has_dict { types::new_obj_with_dict(c, p) } else { types::new_obj(c, p) })
        }
        _ => Ok(new_list(Vec::new())),
    }
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "__init__")?;
    if args.has_kw() {
        return Err(vm.new_type_error("list() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.new_type_error(format!("list expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let items = match args.pos.get(1) {
        Some(v) => vm.collect_iter(v)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

fn list_append_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "append")?;
    let x = one_arg(vm, &args, "list.append")?;
    l.borrow_mut().push(x.clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "extend")?;
    let x = one_arg(vm, &args, "list.extend")?;
    let items = vm.collect_iter(x)?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "insert")?;
    let a = pos_args(vm, &args, "list.insert", "insert", 2, 2)?;
    let i = index_arg(vm, &a[0])?;
    let mut b = l.borrow_mut();
    let n = b.len() as i64;
    let j = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) };
    b.insert(j as usize, a[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "pop")?;
    let a = pos_args(vm, &args, "list.pop", "pop", 0, 1)?;
    let idx = match a.first() {
        Some(v) => Some(index_arg(vm, v)?),
        None => None,
    };
    let len = l.borrow().len();
    if len == 0 {
        return Err(vm.new_index_error("pop from empty list"));
    }
    let i = match idx {
        Some(i) => {
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(vm.new_index_error("pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    Ok(l.borrow_mut().remove(i))
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "remove")?;
    let x = one_arg(vm, &args, "list.remove")?;
    let mut i = 0;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if item.is(x) || vm.eq(&item, x)? {
            let mut b = l.borrow_mut();
            if i < b.len() {
                let old = b.remove(i);
                drop(b);
                drop(old);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.new_value_error("list.remove(x): x not in list"))
}

/// An index argument as C `Py_ssize_t` (`__index__`, OverflowError past i64).
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let i = vm.index(v)?;
    crate::objects::intobj::to_i64(&i)
        .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C ssize_t"))
}

/// A slice-style index argument (`_PyEval_SliceIndexNotNone`): big values saturate.
pub fn slice_index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    if !crate::objects::intobj::is_int(v) && types::lookup_str(&types::class_of(v), "__index__").is_none() {
        return Err(vm.new_type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = vm.index(v)?;
    Ok(match crate::objects::intobj::to_i64(&i) {
        Some(i) => i,
        None if crate::objects::intobj::to_bigint(&i).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false) => i64::MIN,
        None => i64::MAX,
    })
}

/// Start/stop arguments of index() (with clamping).
pub fn index_range(vm: &mut Vm, a: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let mut start = match a.first() {
        Some(v) => slice_index_arg(vm, v)?,
        None => 0,
    };
    let mut stop = match a.get(1) {
        Some(v) => slice_index_arg(vm, v)?,
        None => n,
    };
    if start < 0 {
        start = start.saturating_add(n).max(0);
    }
    if stop < 0 {
        stop = stop.saturating_add(n).max(0);
    }
    Ok((start.min(n) as usize, stop.min(n).max(0) as usize))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "index")?;
    let a = pos_args(vm, &args, "list.index", "index", 1, 3)?;
    let len = l.borrow().len();
    let (start, stop) = index_range(vm, &a[1..], len)?;
    let mut i = start;
    while i < stop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if item.is(&a[0]) || vm.eq(&item, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr_string(&a[0])?;
    Err(vm.new_value_error(format!("{} is not in list", r)))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "count")?;
    let v = one_arg(vm, &args, "list.count")?;
    let items = l.borrow().clone();
    let mut n = 0;
    for x in &items {
        if x.is(v) || vm.eq(x, v)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "clear")?;
    noargs(vm, &args, "list.clear")?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "copy")?;
    noargs(vm, &args, "list.copy")?;
    Ok(new_list(l.borrow().clone()))
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "reverse")?;
    noargs(vm, &args, "list.reverse")?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

/// Stable merge sort of `perm` (indices into some keys) using a fallible `lt` on indices:
/// binary insertion sort for short runs, then bottom-up merges. Moving u32 indices instead
/// of values avoids reference-count traffic.
pub fn merge_sort(perm: &mut [u32], lt: &mut dyn FnMut(u32, u32) -> PyResult<bool>) -> PyResult<()> {
    let n = perm.len();
    if n < 2 {
        return Ok(());
    }
    const RUN: usize = 32;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = perm[i];
            // Fast check: already in place (common for partly sorted data).
            if !lt(x, perm[i - 1])? {
                continue;
            }
            let (mut lo, mut hi) = (start, i - 1);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(x, perm[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            perm[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<u32> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (lo + 2 * width).min(n);
            // Already ordered across the boundary: nothing to merge.
            if !lt(perm[mid], perm[mid - 1])? {
                lo = hi;
                continue;
            }
            buf.clear();
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                if lt(perm[j], perm[i])? {
                    buf.push(perm[j]);
                    j += 1;
                } else {
                    buf.push(perm[i]);
                    i += 1;
                }
            }
            buf.extend_from_slice(&perm[i..mid]);
            buf.extend_from_slice(&perm[j..hi]);
            perm[lo..hi].copy_from_slice(&buf);
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// Sorts `items` in place as `list.sort(key=..., reverse=...)` does.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: &Value, reverse: bool) -> PyResult<()> {
    if reverse {
        items.reverse();
    }
    let keys: Option<Vec<Value>> = if key.is_none() {
        None
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for v in items.iter() {
            ks.push(vm.call(key, std::slice::from_ref(v))?);
        }
        Some(ks)
    };
    let ks: &[Value] = keys.as_deref().unwrap_or(items);
    // Homogeneous keys of a totally ordered builtin type: Rust's stable sort gives the
    // same (unique) result without any Python-level comparison.
    let order: Option<Vec<u32>> = if ks.iter().all(|v| matches!(v, Value::Int(_))) {
        let mut perm: Vec<u32> = (0..ks.len() as u32).collect();
        perm.sort_by_key(|&i| if let Value::Int(x) = ks[i as usize] { x } else { 0 });
        Some(perm)
    } else if ks.iter().all(|v| matches!(v, Value::Obj(o) if types::is_exact_str(o))) {
        let mut perm: Vec<u32> = (0..ks.len() as u32).collect();
        perm.sort_by(|&a, &b| ks[a as usize].as_rust_str().unwrap_or("").cmp(ks[b as usize].as_rust_str().unwrap_or("")));
        Some(perm)
    } else if ks.iter().all(|v| matches!(v, Value::Float(f) if !f.is_nan())) {
        let mut perm: Vec<u32> = (0..ks.len() as u32).collect();
        perm.sort_by(|&a, &b| match (&ks[a as usize], &ks[b as usize]) {
            (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
            _ => std::cmp::Ordering::Equal,
        });
        Some(perm)
    } else {
        None
    };
    let perm = match order {
        Some(p) => p,
        None => {
            let mut perm: Vec<u32> = (0..ks.len() as u32).collect();
            merge_sort(&mut perm, &mut |a, b| lt_values(vm, &ks[a as usize], &ks[b as usize]))?;
            perm
        }
    };
    let mut slots: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(perm.iter().map(|&i| slots[i as usize].take().unwrap_or(Value::None)));
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// `a < b` for sorting, with fast paths for builtin scalars and tuples of them.
pub fn lt_values(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_lt(a, b) {
        return Ok(r);
    }
    let r = vm.rich_compare(a, b, CompareKind::Lt)?;
    vm.truthy(&r)
}

/// `a < b` without running Python code, when both are ints, floats, exact strs, or tuples
/// whose first differing items are such; None otherwise.
fn fast_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => Some((*x as f64) < *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => Some(*x < *y as f64),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) if types::is_exact_str(x) && types::is_exact_str(y) => {
                Some(s.as_str() < t.as_str())
            }
            (Payload::Tuple(p), Payload::Tuple(q)) if is_exact_tuple(x) && is_exact_tuple(y) => {
                for (u, w) in p.iter().zip(q.iter()) {
                    if u.is(w) {
                        continue;
                    }
                    match crate::dict::fast_eq(u, w) {
                        crate::dict::FastEq::Equal => continue,
                        crate::dict::FastEq::NotEqual => return fast_lt(u, w),
                        crate::dict::FastEq::NeedsPython => return None,
                    }
                }
                Some(p.len() < q.len())
            }
            _ => None,
        },
        _ => None,
    }
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "sort")?;
    let rest = Args { pos: &args.pos[1..], ..args };
    if !rest.pos.is_empty() {
        return Err(vm.new_type_error("sort() takes no positional arguments"));
    }
    let b = rest.bind(vm, &ArgSpec { name: "sort", params: &["key", "reverse"], required: 0, posonly: 0, kwonly: 2 })?;
    let key = b[0].clone().unwrap_or(Value::None);
    let reverse = match &b[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // Take the items out so mutation during the sort is detected, as in CPython.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_values(vm, &mut items, &key, reverse);
    let modified = !l.borrow().is_empty();
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    r?;
    if modified {
        return Err(vm.new_value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.pos.first().cloned().unwrap_or(Value::None);
    let n = self_list(vm, &args, "__reversed__")?.borrow().len();
    Ok(types::new_obj(
        &types().list_reverseiterator,
        Payload::Iter(RefCell::new(IterState::ListReverse {
            list: l.as_obj().cloned().unwrap_or_else(|| types().list.clone()),
            index: n as isize - 1,
        })),
    ))
}

fn list_class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(crate::objects::typeobj::generic_alias(&args.pos[0], &args.pos[1]))
}

fn list_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "__sizeof__")?;
    Ok(Value::Int(40 + 8 * l.borrow().capacity() as i64))
}

pub static LIST_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", list_new),
    MethodDef::method("__init__", list_init),
    MethodDef::method("append", list_append_m),
    MethodDef::method("extend", list_extend),
    MethodDef::method("insert", list_insert),
    MethodDef::method("pop", list_pop),
    MethodDef::method("remove", list_remove),
    MethodDef::method("index", list_index),
    MethodDef::method("count", list_count),
    MethodDef::method("clear", list_clear),
    MethodDef::method("copy", list_copy),
    MethodDef::method("reverse", list_reverse),
    MethodDef::method("sort", list_sort),
    MethodDef::method("__reversed__", list_reversed),
    MethodDef::method("__sizeof__", list_sizeof),
    MethodDef::classmethod("__class_getitem__", list_class_getitem),
    MethodDef::none("__hash__"),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__getitem__", slots::getitem),
    MethodDef::method("__setitem__", slots::setitem),
    MethodDef::method("__delitem__", slots::delitem),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__lt__", slots::lt),
    MethodDef::method("__le__", slots::le),
    MethodDef::method("__gt__", slots::gt),
    MethodDef::method("__ge__", slots::ge),
    MethodDef::method("__add__", slots::add),
    MethodDef::method("__iadd__", slots::iadd),
    MethodDef::method("__mul__", slots::mul),
    MethodDef::method("__rmul__", slots::rmul),
    MethodDef::method("__imul__", slots::imul),
];

fn is_exact_tuple(o: &PyRef) -> bool {
    std::ptr::eq(o.class.ptr(), Rc::as_ptr(&types().tuple))
}
