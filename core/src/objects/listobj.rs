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

/// `list.extend(x)` / `list += x`: items of a lazy iterable are appended one by one, so
/// those taken before an exception stay in the list (as in CPython).
pub fn list_extend_iter(vm: &mut Vm, list: &Value, x: &Value) -> PyResult<()> {
    let Some(l) = cell(list) else { return Ok(()) };
    let builtin = crate::vm::is_builtin_class(x);
    if builtin
        && matches!(
            x.payload(),
            Some(
                Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::Str(_)
            )
        )
    {
        let items = vm.collect_iter(x)?;
        l.borrow_mut().extend(items);
        return Ok(());
    }
    let it = vm.iter(x)?;
    if !builtin {
        // CPython asks for a length hint (calling __len__) before iterating.
        crate::modules::operator::length_hint(vm, x, 8)?;
    }
    let mut n = 0usize;
    while let Some(v) = vm.next(&it)? {
        l.borrow_mut().push(v);
        n += 1;
        if n & 0xffff == 0 {
            vm.check_limits()?;
        }
    }
    Ok(())
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
        crate::object::release_items(old);
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

/// `o[i] = v` for a list and an index in range: the replaced value (dropped by the caller,
/// outside the list's borrow), or `v` back when not applicable.
#[inline]
pub fn list_set_index(o: &PyRef, i: i64, v: Value) -> Result<Value, Value> {
    if let Payload::List(l) = &o.payload {
        if let Ok(mut l) = l.try_borrow_mut() {
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n {
                return Ok(std::mem::replace(&mut l[j as usize], v));
            }
        }
    }
    Err(v)
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

pub fn list_setitem(
    vm: &mut Vm,
    l: &RefCell<Vec<Value>>,
    key: &Value,
    value: &Value,
) -> PyResult<()> {
    if let Some(Payload::Slice(_)) = key.payload() {
        // The slice is validated first; the new items are materialised before the list is
        // touched (and the indices recomputed, as iterating may change the length).
        let len = l.borrow().len();
        sliceobj::indices(vm, key, len)?;
        // (Only an exact list is read directly, as CPython's PySequence_Fast: a subclass's
        // own __iter__ decides its items.)
        let exact = matches!(value, Value::Obj(o) if Rc::ptr_eq(&o.class(), &types().list));
        let items = if let Some(src) = cell(value).filter(|_| exact) {
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
            crate::object::release_items(removed);
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
        // (An int past the index range keeps its "cannot fit" message.)
        if vm.exception_matches(&e, &types().exc.index_error) && !is_huge_index(key) {
            vm.new_index_error("list assignment index out of range")
        } else {
            e
        }
    })?;
    let old = std::mem::replace(&mut l.borrow_mut()[i], value.clone());
    drop(old);
    Ok(())
}

/// An int index that does not fit a machine word.
fn is_huge_index(key: &Value) -> bool {
    matches!(key.payload(), Some(Payload::Int(b)) if num_traits::ToPrimitive::to_i64(b).is_none())
}

pub fn list_delitem(vm: &mut Vm, l: &RefCell<Vec<Value>>, key: &Value) -> PyResult<()> {
    if let Some(Payload::Slice(_)) = key.payload() {
        let len = l.borrow().len();
        let s = sliceobj::indices(vm, key, len)?;
        let removed: Vec<Value> = if s.step == 1 {
            let start = s.start.max(0) as usize;
            let stop = (s.stop.max(s.start)).max(0) as usize;
            let removed: Vec<Value> = l.borrow_mut().drain(start..stop.min(len)).collect();
            // CPython releases a deleted slice last to first.
            crate::object::release_items(removed);
            return Ok(());
        } else {
            // Mark the doomed positions, then one pass keeps the rest (O(n)).
            let mut doomed = vec![false; len];
            for k in 0..s.len {
                if let Some(d) = doomed.get_mut((s.start + k as i64 * s.step) as usize) {
                    *d = true;
                }
            }
            let old = std::mem::take(&mut *l.borrow_mut());
            let mut keep = Vec::with_capacity(len - s.len.min(len));
            let mut gone = Vec::with_capacity(s.len);
            for (v, d) in old.into_iter().zip(doomed) {
                if d {
                    gone.push(v);
                } else {
                    keep.push(v);
                }
            }
            *l.borrow_mut() = keep;
            gone
        };
        // Dropped after the list is consistent (their __del__ may look at it).
        drop(removed);
        return Ok(());
    }
    let len = l.borrow().len();
    let i = sliceobj::seq_index(vm, key, len, "list").map_err(|e| {
        // (An int past the index range keeps its "cannot fit" message.)
        if vm.exception_matches(&e, &types().exc.index_error) && !is_huge_index(key) {
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

/// The class argument of a `__new__` (TypeError when called with nothing).
/// Does `cls` (a subclass of builtin `base`) define its own `__init__`? CPython's tuple,
/// frozenset and float constructors then leave keyword arguments to that `__init__`.
pub fn init_overridden(cls: &Value, base: &PyRef) -> bool {
    let Some(c) = cls.as_obj() else { return false };
    if Rc::ptr_eq(c, base) {
        return false;
    }
    match (
        types::lookup_str(c, "__init__"),
        types::lookup_str(base, "__init__"),
    ) {
        (Some(a), Some(b)) => !a.is(&b),
        _ => false,
    }
}

/// Whether the type of `obj` (a `base` instance) has a `__new__` other than `base`'s.
pub fn new_overridden(obj: &Value, base: &PyRef) -> bool {
    let cls = types::class_of(obj);
    !Rc::ptr_eq(&cls, base)
        && match (
            types::lookup_str(&cls, "__new__"),
            types::lookup_str(base, "__new__"),
        ) {
            (Some(a), Some(b)) => !a.is(&b),
            _ => false,
        }
}

pub fn new_cls<'a>(vm: &mut Vm, args: &Args<'a>, tname: &str) -> PyResult<&'a Value> {
    let cls = args
        .pos
        .first()
        .ok_or_else(|| vm.new_type_error(format!("{}.__new__(): not enough arguments", tname)))?;
    // `T(...)` itself (the common case): a builtin type's name is unique among builtin types.
    if let Some(td) = cls.as_obj().and_then(|c| types::type_data(c)) {
        if !td.is_heap() && *td.name.borrow() == tname {
            return Ok(cls);
        }
    }
    if let Some(Value::Obj(owner)) = vm.builtin_type_by_name(tname) {
        check_new_safe(vm, tname, &owner, cls)?;
    }
    Ok(cls)
}

/// CPython's checks on `T.__new__(S)`: S must be a subtype of T, and T's `__new__` must be
/// the one S's nearest builtin base uses (`int.__new__(bool)` is not safe).
pub fn check_new_safe(vm: &mut Vm, tname: &str, owner: &PyRef, cls: &Value) -> PyResult<()> {
    let sub = match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => c,
        other => {
            return Err(vm.new_type_error(format!(
                "{}.__new__(X): X is not a type object ({})",
                tname,
                types::type_name(other)
            )))
        }
    };
    let sname = types::type_data(sub).map(|t| t.name()).unwrap_or_default();
    if !types::is_subtype(sub, owner) {
        return Err(vm.new_type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            tname, sname, sname, tname
        )));
    }
    // CPython follows tp_base (the base giving the instance layout), not the MRO.
    let mut mro: Vec<PyRef> = vec![sub.clone()];
    while let Some(t) = mro.last().and_then(|c| types::type_data(c)) {
        let bases = t.bases.borrow().clone();
        let best = bases
            .iter()
            .find(|b| types::type_data(b).is_some_and(|bt| bt.kind != types::BaseKind::Object))
            .or(bases.first())
            .cloned();
        match best {
            Some(b) if mro.len() < 64 => mro.push(b),
            _ => break,
        }
    }
    // The nearest class whose `__new__` (own or inherited) is not written in Python.
    let python_new = |c: &PyRef| {
        types::lookup_str(c, "__new__").is_some_and(|n| match n.payload() {
            Some(Payload::StaticMethod(f)) => {
                matches!(f.borrow().payload(), Some(Payload::Function(_)))
            }
            Some(Payload::Function(_)) | Some(Payload::ClassMethod(_)) => true,
            _ => false,
        })
    };
    if let Some(base) = mro.iter().find(|c| !python_new(c)) {
        if !Rc::ptr_eq(base, owner) {
            let mine = types::lookup_str(owner, "__new__");
            let theirs = types::lookup_str(base, "__new__");
            let same = match (&mine, &theirs) {
                (Some(a), Some(b)) => a.is(b),
                _ => true,
            };
            if !same {
                let bname = types::type_data(base).map(|t| t.name()).unwrap_or_default();
                return Err(vm.new_type_error(format!(
                    "{}.__new__({}) is not safe, use {}.__new__()",
                    tname, sname, bname
                )));
            }
        }
    }
    Ok(())
}

/// `self` of a method called unbound with no arguments at all.
pub fn unbound_self<'a>(vm: &mut Vm, args: &Args<'a>, qual: &str) -> PyResult<&'a Value> {
    args.pos
        .first()
        .ok_or_else(|| vm.new_type_error(format!("unbound method {}() needs an argument", qual)))
}

/// `cls.__class_getitem__(item)`: `list[int]`.
pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let tname = cls
        .as_obj()
        .and_then(|c| types::type_data(c).map(|t| t.name()))
        .unwrap_or_default();
    let qual = format!("{}.__class_getitem__", tname);
    let item = one_arg(vm, &args, &qual)?;
    Ok(crate::objects::typeobj::generic_alias(&cls, item))
}

/// A METH_NOARGS method: `list.copy()`.
pub fn noargs(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", qual)));
    }
    if args.pos.len() != 1 {
        return Err(vm.new_type_error(format!(
            "{}() takes no arguments ({} given)",
            qual,
            args.pos.len().saturating_sub(1)
        )));
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
pub fn pos_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
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
    let cls = new_cls(vm, &args, "list")?.clone();
    match &cls {
        Value::Obj(c) if !Rc::ptr_eq(c, &types().list) => {
            let has_dict = types::type_data(c)
                .map(|t| t.has_flag(types::type_flags::HAS_DICT))
                .unwrap_or(false);
            let p = Payload::List(RefCell::new(Vec::new()));
            let _ = vm;
            Ok(if has_dict {
                types::new_obj_with_dict(c, p)
            } else {
                types::new_obj(c, p)
            })
        }
        _ => Ok(new_list(Vec::new())),
    }
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "__init__")?;
    // CPython refuses keywords only when the type's `__new__` is list's own (a subclass
    // with its own `__new__` may take keywords; list.__init__ then ignores them). `pos[0]`
    // exists: self_list checked it.
    if args.has_kw() && !new_overridden(&args.pos[0], &types().list) {
        return Err(vm.new_type_error("list() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "list expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let items = match args.pos.get(1) {
        Some(v) => {
            let mut items = vm.collect_iter_hinted(v)?;
            // CPython preallocates an even number of slots for a sized iterable (it
            // shows in sys.getsizeof).
            if matches!(
                v.payload(),
                Some(Payload::Range(_) | Payload::Str(_) | Payload::Dict(_) | Payload::Set(_))
                    | Some(Payload::FrozenSet(_) | Payload::Bytes(_) | Payload::DictView(..))
            ) {
                let want = (items.len() + 1) & !1;
                if items.capacity() > want {
                    items.shrink_to(want);
                } else {
                    items.reserve_exact(want - items.len());
                }
            }
            items
        }
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
    let _ = l;
    list_extend_iter(vm, &args.pos[0], x)?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "insert")?;
    let a = pos_args(vm, &args, "list.insert", "insert", 2, 2)?;
    let i = index_arg(vm, &a[0])?;
    let mut b = l.borrow_mut();
    let n = b.len() as i64;
    let j = if i < 0 {
        (i.saturating_add(n)).max(0)
    } else {
        i.min(n)
    };
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
    if !crate::objects::intobj::is_int(v)
        && types::lookup_str(&types::class_of(v), "__index__").is_none()
    {
        return Err(vm.new_type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = vm.index(v)?;
    Ok(match crate::objects::intobj::to_i64(&i) {
        Some(i) => i,
        None if crate::objects::intobj::to_bigint(&i)
            .map(|b| b.sign() == num_bigint::Sign::Minus)
            .unwrap_or(false) =>
        {
            i64::MIN
        }
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
    crate::object::release_items(old);
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

/// A fallible "less than" on two positions of the keys being sorted.
type LessThan<'a> = dyn FnMut(u32, u32) -> PyResult<bool> + 'a;

/// CPython 3.11's list sort (timsort with the powersort merge policy), step for step, on a
/// permutation of key indices: the same comparisons in the same order as CPython, so the
/// result matches even for inconsistent or partial orders. On error `perm` is still a
/// permutation (in whatever state CPython's arrays would be).
pub fn timsort(perm: &mut [u32], lt: &mut LessThan) -> PyResult<()> {
    let n = perm.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        perm,
        tmp: Vec::new(),
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        lt,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0usize;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(lo, lo + remaining)?;
        if descending {
            ms.perm[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binary_sort(lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(run, n)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse()
}

const MIN_GALLOP: usize = 7;

/// CPython's merge_compute_minrun.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's powerloop: the depth of the boundary between two adjacent runs.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'p, 'l, 'c> {
    perm: &'p mut [u32],
    tmp: Vec<u32>,
    min_gallop: usize,
    pending: Vec<Run>,
    lt: &'l mut LessThan<'c>,
}

impl MergeState<'_, '_, '_> {
    #[inline]
    fn lt(&mut self, a: u32, b: u32) -> PyResult<bool> {
        (self.lt)(a, b)
    }

    /// Length of the run starting at `lo` (< hi), and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut i = lo + 1;
        if self.lt(self.perm[i], self.perm[i - 1])? {
            i += 1;
            while i < hi && self.lt(self.perm[i], self.perm[i - 1])? {
                i += 1;
                n += 1;
            }
            return Ok((n, true));
        }
        i += 1;
        while i < hi && !self.lt(self.perm[i], self.perm[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, false))
    }

    /// Binary insertion sort of perm[lo..hi], where perm[lo..start] is already sorted.
    fn binary_sort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.perm[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.perm[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.perm.copy_within(l..start, l + 1);
            self.perm[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    fn found_new_run(&mut self, n2: usize, total: usize) -> PyResult<()> {
        if let Some(top) = self.pending.last().copied() {
            let power = powerloop(top.base, top.len, n2, total);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            if let Some(t) = self.pending.last_mut() {
                t.power = power;
            }
        }
        Ok(())
    }

    fn force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Merges runs i and i+1 of the pending stack.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let (a, b) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        // Where does b start in a? Earlier elements of a are already in place.
        let key = self.perm[b.base];
        let k = self.gallop_right(key, Buf::Perm, a.base, a.len, 0)?;
        let (base_a, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Later elements of b are already in place.
        let key = self.perm[base_a + na - 1];
        let nb = self.gallop_left(key, Buf::Perm, b.base, b.len, b.len - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, b.base, nb)
        } else {
            self.merge_hi(base_a, na, b.base, nb)
        }
    }

    #[inline]
    fn get(&self, buf: Buf, i: isize) -> u32 {
        match buf {
            Buf::Perm => self.perm[i as usize],
            Buf::Tmp => self.tmp[i as usize],
        }
    }

    /// CPython's gallop_left: where `key` goes in the sorted run buf[a..a+n], left of equal
    /// items, searching outward from `hint`.
    fn gallop_left(
        &mut self,
        key: u32,
        buf: Buf,
        a: usize,
        n: usize,
        hint: usize,
    ) -> PyResult<usize> {
        let a = a as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if self.lt(self.get(buf, a + hint), key)? {
            let maxofs = n as isize - hint;
            while ofs < maxofs {
                if self.lt(self.get(buf, a + hint + ofs), key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(self.get(buf, a + hint - ofs), key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(self.get(buf, a + m), key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// CPython's gallop_right: where `key` goes in the sorted run buf[a..a+n], right of equal
    /// items, searching outward from `hint`.
    fn gallop_right(
        &mut self,
        key: u32,
        buf: Buf,
        a: usize,
        n: usize,
        hint: usize,
    ) -> PyResult<usize> {
        let a = a as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if self.lt(key, self.get(buf, a + hint))? {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(key, self.get(buf, a + hint - ofs))? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            let maxofs = n as isize - hint;
            while ofs < maxofs {
                if self.lt(key, self.get(buf, a + hint + ofs))? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(key, self.get(buf, a + m))? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// CPython's merge_lo: merges perm[pa..pa+na] with the following perm[pb..pb+nb]
    /// (na <= nb), copying run a out to `tmp`.
    fn merge_lo(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.perm[pa..pa + na]);
        let (mut dest, mut a, mut b) = (pa, 0usize, pb);
        self.perm[dest] = self.perm[b];
        dest += 1;
        b += 1;
        nb -= 1;
        // Ok(true): "CopyB" ending; Ok(false): "Succeed".
        let r = (|| -> PyResult<bool> {
            if nb == 0 {
                return Ok(false);
            }
            if na == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(self.perm[b], self.tmp[a])? {
                        self.perm[dest] = self.perm[b];
                        dest += 1;
                        b += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            return Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.perm[dest] = self.tmp[a];
                        dest += 1;
                        a += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(self.perm[b], Buf::Tmp, a, na, 0)?;
                    acount = k;
                    if k > 0 {
                        self.perm[dest..dest + k].copy_from_slice(&self.tmp[a..a + k]);
                        dest += k;
                        a += k;
                        na -= k;
                        if na == 1 {
                            return Ok(true);
                        }
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    self.perm[dest] = self.perm[b];
                    dest += 1;
                    b += 1;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(false);
                    }
                    let k = self.gallop_left(self.tmp[a], Buf::Perm, b, nb, 0)?;
                    bcount = k;
                    if k > 0 {
                        self.perm.copy_within(b..b + k, dest);
                        dest += k;
                        b += k;
                        nb -= k;
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    self.perm[dest] = self.tmp[a];
                    dest += 1;
                    a += 1;
                    na -= 1;
                    if na == 1 {
                        return Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        if let Ok(true) = r {
            // The last element of a belongs at the end of the merge.
            self.perm.copy_within(b..b + nb, dest);
            self.perm[dest + nb] = self.tmp[a];
            return Ok(());
        }
        // Succeed or Fail: put back what is left of a.
        self.perm[dest..dest + na].copy_from_slice(&self.tmp[a..a + na]);
        r.map(|_| ())
    }

    /// CPython's merge_hi: merges perm[pa..pa+na] with the following perm[pb..pb+nb]
    /// (na > nb) from the right, copying run b out to `tmp`.
    fn merge_hi(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.perm[pb..pb + nb]);
        // Positions of the last remaining elements (isize: they may step below the base).
        let mut dest = (pb + nb - 1) as isize;
        let mut a = (pa + na - 1) as isize;
        let mut b = nb as isize - 1;
        let p = |i: isize| i as usize;
        self.perm[p(dest)] = self.perm[p(a)];
        dest -= 1;
        a -= 1;
        na -= 1;
        // Ok(true): "CopyA" ending; Ok(false): "Succeed".
        let r = (|| -> PyResult<bool> {
            if na == 0 {
                return Ok(false);
            }
            if nb == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(self.tmp[p(b)], self.perm[p(a)])? {
                        self.perm[p(dest)] = self.perm[p(a)];
                        dest -= 1;
                        a -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            return Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.perm[p(dest)] = self.tmp[p(b)];
                        dest -= 1;
                        b -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(self.tmp[p(b)], Buf::Perm, pa, na, na - 1)?;
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        let k = k as isize;
                        dest -= k;
                        a -= k;
                        self.perm.copy_within(p(a + 1)..p(a + 1 + k), p(dest + 1));
                        na -= k as usize;
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    self.perm[p(dest)] = self.tmp[p(b)];
                    dest -= 1;
                    b -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return Ok(true);
                    }
                    let k = self.gallop_left(self.perm[p(a)], Buf::Tmp, 0, nb, nb - 1)?;
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        let k = k as isize;
                        dest -= k;
                        b -= k;
                        self.perm[p(dest + 1)..p(dest + 1 + k)]
                            .copy_from_slice(&self.tmp[p(b + 1)..p(b + 1 + k)]);
                        nb -= k as usize;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    self.perm[p(dest)] = self.perm[p(a)];
                    dest -= 1;
                    a -= 1;
                    na -= 1;
                    if na == 0 {
                        return Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        if let Ok(true) = r {
            // The first element of b belongs at the front of the merge.
            let na_i = na as isize;
            self.perm
                .copy_within(p(a + 1 - na_i)..p(a + 1), p(dest + 1 - na_i));
            dest -= na_i;
            self.perm[p(dest)] = self.tmp[p(b)];
            return Ok(());
        }
        // Succeed or Fail: put back what is left of b.
        if nb > 0 {
            let start = p(dest - (nb as isize - 1));
            self.perm[start..start + nb].copy_from_slice(&self.tmp[0..nb]);
        }
        r.map(|_| ())
    }
}

/// Which buffer a gallop searches.
#[derive(Clone, Copy)]
enum Buf {
    Perm,
    Tmp,
}

/// Sorts `items` in place as `list.sort(key=..., reverse=...)` does.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    if n > u32::MAX as usize {
        return Err(vm.new_memory_error());
    }
    // Keys are computed in the original order; a reverse sort then sorts the reversed
    // sequence stably and reverses the result (CPython's way to keep equal items in order).
    let keys: Option<Vec<Value>> = if key.is_none() {
        None
    } else {
        let mut ks = Vec::with_capacity(n);
        for v in items.iter() {
            ks.push(vm.call(key, std::slice::from_ref(v))?);
        }
        Some(ks)
    };
    let mut perm: Vec<u32> = if reverse {
        (0..n as u32).rev().collect()
    } else {
        (0..n as u32).collect()
    };
    let result = {
        let ks: &[Value] = keys.as_deref().unwrap_or(items);
        // Homogeneous keys of a totally ordered builtin type: Rust's stable sort gives the
        // same (unique) result without any Python-level comparison.
        if ks.iter().all(|v| matches!(v, Value::Int(_))) {
            perm.sort_by_key(|&i| {
                if let Value::Int(x) = ks[i as usize] {
                    x
                } else {
                    0
                }
            });
            Ok(())
        } else if ks
            .iter()
            .all(|v| matches!(v, Value::Obj(o) if types::is_exact_str(o)))
        {
            perm.sort_by(|&a, &b| {
                ks[a as usize]
                    .as_rust_str()
                    .unwrap_or("")
                    .cmp(ks[b as usize].as_rust_str().unwrap_or(""))
            });
            Ok(())
        } else if ks
            .iter()
            .all(|v| matches!(v, Value::Float(f) if !f.is_nan()))
        {
            perm.sort_by(|&a, &b| match (&ks[a as usize], &ks[b as usize]) {
                (Value::Float(x), Value::Float(y)) => {
                    x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal)
                }
                _ => std::cmp::Ordering::Equal,
            });
            Ok(())
        } else {
            timsort(&mut perm, &mut |a, b| {
                lt_values(vm, &ks[a as usize], &ks[b as usize])
            })
        }
    };
    // On error too: as in CPython, the items stay in the order the sort left them.
    apply_order(items, &perm, reverse);
    result
}

/// Rearranges `items` by the permutation `perm`, then undoes the initial reversal.
fn apply_order(items: &mut Vec<Value>, perm: &[u32], reverse: bool) {
    let mut slots: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    // `perm` is a permutation of 0..len, so every slot is taken exactly once.
    items.extend(
        perm.iter()
            .map(|&i| slots[i as usize].take().unwrap_or(Value::None)),
    );
    if reverse {
        items.reverse();
    }
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
            (Payload::Str(s), Payload::Str(t))
                if types::is_exact_str(x) && types::is_exact_str(y) =>
            {
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
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(
        vm,
        &ArgSpec {
            name: "sort",
            params: &["key", "reverse"],
            required: 0,
            posonly: 0,
            kwonly: 2,
        },
    )?;
    let key = b[0].clone().unwrap_or(Value::None);
    let reverse = match &b[1] {
        Some(Value::Bool(r)) => *r,
        Some(Value::Int(i)) => *i != 0,
        // Argument Clinic reads `reverse` as a C int.
        Some(v) => {
            let i = vm.index(v)?;
            vm.truthy(&i)?
        }
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
    noargs(vm, &args, "list.__reversed__")?;
    Ok(types::new_obj(
        &types().list_reverseiterator,
        Payload::Iter(RefCell::new(IterState::ListReverse {
            list: l.as_obj().cloned().unwrap_or_else(|| types().list.clone()),
            index: n as isize - 1,
        })),
    ))
}

fn list_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_list(vm, &args, "__sizeof__")?;
    let l = l.borrow();
    let (n, cap) = (l.len(), l.capacity());
    // CPython's allocation for how this list was most likely built: grown by appends
    // (a doubled Vec), preallocated to an even size (list(), literals) or exact.
    let alloc = if cap.is_power_of_two() && cap >= 4 && n * 2 > cap {
        append_alloc(n)
    } else if cap == n && n >= 3 && n % 2 == 1 {
        n + 1
    } else {
        cap
    };
    Ok(Value::Int(40 + 8 * alloc as i64))
}

/// CPython's list allocation after `n` appends to an empty list (list_resize's growth).
fn append_alloc(n: usize) -> usize {
    let mut alloc = 0;
    while alloc < n {
        let size = alloc + 1;
        alloc = (size + (size >> 3) + 6) & !3;
    }
    alloc
}

fn list_getitem_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "list.__getitem__() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    slots::getitem(vm, args)
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
    MethodDef::classmethod("__class_getitem__", class_getitem),
    MethodDef::none("__hash__"),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__getitem__", list_getitem_m),
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
