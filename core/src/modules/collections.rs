//! The `_collections` module: `deque` (a ring buffer with an optional maximum length) and
//! its iterators, and `_count_elements` (the counting loop of `collections.Counter`).
//! The rest of `collections` is Python (`modules/py/collections/`).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::bytecode::CompareKind;
use crate::modules::itertools::{
    bind, iter_next, iter_self, native, new_cls, new_native, ssize, Sig,
};
use crate::object::*;
use crate::objects::{dictobj, funcobj, moduleobj, strobj, tupleobj};
use crate::types::{self, BaseKind, MethodDef};
use crate::vm::{PyResult, Vm};

/// Fills the `_collections` namespace.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let (deque, it, rit) = deque_types();
    moduleobj::module_set(m, "deque", Value::Obj(deque));
    moduleobj::module_set(m, "_deque_iterator", Value::Obj(it));
    moduleobj::module_set(m, "_deque_reverse_iterator", Value::Obj(rit));
    moduleobj::module_set(
        m,
        "_tuplegetter",
        Value::Obj(TUPLEGETTER_TYPE.with(|t| t.clone())),
    );
    moduleobj::module_set(
        m,
        "_count_elements",
        funcobj::new_native("_count_elements", count_elements, Some("_collections"), 0),
    );
    moduleobj::module_set(
        m,
        "_dict_version",
        funcobj::new_native("_dict_version", dict_version, Some("_collections"), 0),
    );
    Ok(())
}

thread_local! {
    static DEQUE_TYPES: (PyRef, PyRef, PyRef) = (
        crate::modules::functools::with_doc(
            types::new_builtin_type("deque", "collections", None, BaseKind::Internal, DEQUE_METHODS, true),
            "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
        ),
        types::new_builtin_type("_deque_iterator", "_collections", None, BaseKind::Internal, DEQUE_ITER_METHODS, false),
        types::new_builtin_type("_deque_reverse_iterator", "_collections", None, BaseKind::Internal, DEQUE_ITER_METHODS, false),
    );
}

fn deque_types() -> (PyRef, PyRef, PyRef) {
    DEQUE_TYPES.with(|t| t.clone())
}

// ----- deque -----

struct Deque {
    items: RefCell<VecDeque<Value>>,
    /// -1 for unbounded.
    maxlen: Cell<i64>,
    /// Bumped by every change of length or order (iterators check it).
    state: Cell<u64>,
}

impl NativeObject for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn container_len(&self) -> Option<usize> {
        Some(self.items.borrow().len())
    }
}

impl Deque {
    fn new(maxlen: i64) -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    fn maxlen(&self) -> Option<usize> {
        usize::try_from(self.maxlen.get()).ok()
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// Appends on the right, dropping from the left past maxlen.
    fn push_back(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            if self.maxlen() == Some(0) {
                return;
            }
            items.push_back(v);
            match self.maxlen() {
                Some(m) if items.len() > m => items.pop_front(),
                _ => None,
            }
        };
        self.touch();
        drop(dropped);
    }

    /// Appends on the left, dropping from the right past maxlen.
    fn push_front(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            if self.maxlen() == Some(0) {
                return;
            }
            items.push_front(v);
            match self.maxlen() {
                Some(m) if items.len() > m => items.pop_back(),
                _ => None,
            }
        };
        self.touch();
        drop(dropped);
    }

    fn clear_items(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.touch();
        drop(old);
    }

    fn extend(&self, vm: &mut Vm, me: &Value, iterable: &Value, left: bool) -> PyResult<()> {
        // Extending a deque with itself iterates over a copy.
        let items = if iterable.is(me) {
            Some(self.snapshot())
        } else {
            None
        };
        let push = |v: Value| {
            if left {
                self.push_front(v)
            } else {
                self.push_back(v)
            }
        };
        match items {
            Some(items) => items.into_iter().for_each(push),
            None => {
                let it = vm.iter(iterable)?;
                while let Some(v) = vm.next(&it)? {
                    push(v);
                }
            }
        }
        Ok(())
    }

    fn rotate(&self, n: i64) {
        let mut items = self.items.borrow_mut();
        let len = items.len();
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as i64) as usize;
        items.rotate_right(k);
        drop(items);
        self.touch();
    }
}

fn deque_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Deque> {
    native::<Deque>(v).ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a 'collections.deque' object but received a '{}'",
            types::type_name(v)
        ))
    })
}

/// `self` and exactly one argument (METH_O).
fn self_and_one<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Deque, &'a Value)> {
    let d = deque_of(vm, args.pos.first().unwrap_or(&Value::None))?;
    if args.has_kw() {
        args.no_kw(vm, &format!("deque.{}", name))?;
    }
    match args.pos {
        [_, v] => Ok((d, v)),
        _ => Err(vm.new_type_error(format!(
            "deque.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len().saturating_sub(1)
        ))),
    }
}

/// `self` and no arguments (METH_NOARGS).
fn self_only<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Deque> {
    let d = deque_of(vm, args.pos.first().unwrap_or(&Value::None))?;
    if args.has_kw() {
        args.no_kw(vm, &format!("deque.{}", name))?;
    }
    if args.pos.len() != 1 {
        return Err(vm.new_type_error(format!(
            "deque.{}() takes no arguments ({} given)",
            name,
            args.pos.len() - 1
        )));
    }
    Ok(d)
}

fn deque_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "deque")?;
    Ok(new_native(&cls, Deque::new(-1)))
}

fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, args.pos.first().unwrap_or(&Value::None))?;
    static SIG: Sig = Sig {
        name: "deque",
        params: &["iterable", "maxlen"],
        required: 0,
        kwonly: 0,
    };
    let a = bind(vm, args.pos.get(1..).unwrap_or(&[]), &args, &SIG)?;
    let maxlen = match &a[1] {
        None | Some(Value::None) => -1,
        Some(v) => {
            if !crate::objects::intobj::is_int(v) {
                return Err(vm.new_type_error("an integer is required"));
            }
            let m = ssize(vm, v)?;
            if m < 0 {
                return Err(vm.new_value_error("maxlen must be non-negative"));
            }
            m
        }
    };
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        d.clear_items();
    }
    if let Some(it) = &a[0] {
        d.extend(vm, &args.pos[0], it, false)?;
    }
    Ok(Value::None)
}

fn deque_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, v) = self_and_one(vm, &args, "append")?;
    d.push_back(v.clone());
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, v) = self_and_one(vm, &args, "appendleft")?;
    d.push_front(v.clone());
    Ok(Value::None)
}

fn deque_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "pop")?;
    let v = d.items.borrow_mut().pop_back();
    match v {
        Some(v) => {
            d.touch();
            Ok(v)
        }
        None => Err(vm.new_index_error("pop from an empty deque")),
    }
}

fn deque_popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "popleft")?;
    let v = d.items.borrow_mut().pop_front();
    match v {
        Some(v) => {
            d.touch();
            Ok(v)
        }
        None => Err(vm.new_index_error("pop from an empty deque")),
    }
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, it) = self_and_one(vm, &args, "extend")?;
    d.extend(vm, &args.pos[0], it, false)?;
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, it) = self_and_one(vm, &args, "extendleft")?;
    d.extend(vm, &args.pos[0], it, true)?;
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "clear")?;
    d.clear_items();
    Ok(Value::None)
}

/// A copy: a plain deque for exact deques, `type(d)(d[, maxlen])` for subclasses.
fn copy_of(vm: &mut Vm, me: &Value, d: &Deque) -> PyResult<Value> {
    let cls = types::class_of(me);
    if !types::is_heap_class(&cls) {
        let new = Deque::new(d.maxlen.get());
        *new.items.borrow_mut() = d.items.borrow().clone();
        return Ok(new_native(&cls, new));
    }
    let clsv = Value::Obj(cls);
    match d.maxlen() {
        Some(m) => vm.call(&clsv, &[me.clone(), Value::Int(m as i64)]),
        None => vm.call(&clsv, std::slice::from_ref(me)),
    }
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "copy")?;
    copy_of(vm, &args.pos[0], d)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, x) = self_and_one(vm, &args, "count")?;
    let state = d.state.get();
    let mut n = 0i64;
    let mut i = 0;
    while let Some(v) = d.get(i) {
        if v.is(x) || vm.eq(&v, x)? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(vm.new_runtime_error("deque mutated during iteration"));
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// A slice index argument (clipped to the i64 range, like CPython's slice indices).
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index(v) {
        Ok(Value::Int(n)) => Ok(n),
        Ok(Value::Obj(o)) => Ok(match &o.payload {
            Payload::Int(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
            _ => i64::MAX,
        }),
        Ok(_) => Ok(0),
        Err(e) if vm.exception_matches(&e, &types::types().exc.type_error) => {
            Err(vm.new_type_error("slice indices must be integers or have an __index__ method"))
        }
        Err(e) => Err(e),
    }
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, args.pos.first().unwrap_or(&Value::None))?;
    args.no_kw(vm, "index")?;
    if args.pos.len() < 2 {
        return Err(vm.new_type_error("index() takes at least 1 argument (0 given)"));
    }
    if args.pos.len() > 4 {
        return Err(vm.new_type_error(format!(
            "index() takes at most 3 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let a = args.pos;
    let x = &a[1];
    let len = d.len() as i64;
    let mut start = match a.get(2) {
        Some(v) => slice_index(vm, v)?,
        None => 0,
    };
    let mut stop = match a.get(3) {
        Some(v) => slice_index(vm, v)?,
        None => len,
    };
    if start < 0 {
        start = (start.saturating_add(len)).max(0);
    }
    if stop < 0 {
        stop = (stop.saturating_add(len)).max(0);
    }
    let stop = stop.min(len);
    let state = d.state.get();
    let mut i = start;
    while i < stop {
        let Some(v) = d.get(i as usize) else { break };
        if v.is(x) || vm.eq(&v, x)? {
            return Ok(Value::Int(i));
        }
        if d.state.get() != state {
            return Err(vm.new_runtime_error("deque mutated during iteration"));
        }
        i += 1;
    }
    let r = vm.repr_string(x)?;
    Err(vm.new_value_error(format!("{} is not in deque", r)))
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, args.pos.first().unwrap_or(&Value::None))?;
    args.no_kw(vm, "deque.insert")?;
    if args.pos.len() != 3 {
        return Err(vm.new_type_error(format!(
            "insert expected 2 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    let i = ssize(vm, &args.pos[1])?;
    let v = args.pos[2].clone();
    let n = d.len() as i64;
    if d.maxlen() == Some(d.len()) {
        return Err(vm.new_index_error("deque already at its maximum size"));
    }
    if i >= n {
        d.push_back(v);
    } else if i <= -n || i == 0 {
        d.push_front(v);
    } else {
        let at = if i < 0 { i + n } else { i };
        d.items.borrow_mut().insert(at as usize, v);
        d.touch();
    }
    Ok(Value::None)
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, x) = self_and_one(vm, &args, "remove")?;
    let state = d.state.get();
    let mut i = 0;
    while let Some(v) = d.get(i) {
        let eq = v.is(x) || vm.eq(&v, x)?;
        if d.state.get() != state {
            return Err(vm.new_index_error("deque mutated during iteration"));
        }
        if eq {
            let removed = d.items.borrow_mut().remove(i);
            d.touch();
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    let r = vm.repr_string(x)?;
    Err(vm.new_value_error(format!("{} is not in deque", r)))
}

fn deque_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "reverse")?;
    d.items.borrow_mut().make_contiguous().reverse();
    d.touch();
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, args.pos.first().unwrap_or(&Value::None))?;
    args.no_kw(vm, "deque.rotate")?;
    let rest = args.pos.get(1..).unwrap_or(&[]);
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!(
            "deque.rotate expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let n = match rest.first() {
        Some(v) => ssize(vm, v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(Value::None)
}

fn deque_maxlen(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = deque_of(vm, v)?;
    Ok(match d.maxlen.get() {
        -1 => Value::None,
        m => Value::Int(m),
    })
}

fn deque_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

/// An item index: negative counts from the right; IndexError when out of range.
fn item_index(vm: &mut Vm, d: &Deque, key: &Value) -> PyResult<usize> {
    item_index_or(vm, d, key, false)
}

/// `overflow`: an index beyond a C ssize_t raises OverflowError (as deque item assignment
/// and deletion do) rather than IndexError.
fn item_index_or(vm: &mut Vm, d: &Deque, key: &Value, overflow: bool) -> PyResult<usize> {
    let i = match vm.index_i64(key) {
        Err(e) if overflow && vm.exception_matches(&e, &types::types().exc.index_error) => {
            return Err(vm.new_overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                types::type_name(key)
            )));
        }
        r => r?,
    };
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, key) = self_and_one(vm, &args, "__getitem__")?;
    let i = item_index(vm, d, key)?;
    d.get(i)
        .ok_or_else(|| vm.new_index_error("deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, args.pos.first().unwrap_or(&Value::None))?;
    let a = args.exact(vm, "__setitem__", 3)?;
    let i = item_index_or(vm, d, &a[1], true)?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, a[2].clone()));
    drop(old);
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, key) = self_and_one(vm, &args, "__delitem__")?;
    let i = item_index_or(vm, d, key, true)?;
    let old = d.items.borrow_mut().remove(i);
    d.touch();
    drop(old);
    Ok(Value::None)
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, x) = self_and_one(vm, &args, "__contains__")?;
    let state = d.state.get();
    let mut i = 0;
    while let Some(v) = d.get(i) {
        if v.is(x) || vm.eq(&v, x)? {
            return Ok(Value::Bool(true));
        }
        if d.state.get() != state {
            return Err(vm.new_runtime_error("deque mutated during iteration"));
        }
        i += 1;
    }
    Ok(Value::Bool(false))
}

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "__repr__")?;
    let me = &args.pos[0];
    let name = types::type_data(&types::class_of(me))
        .map(|t| t.name())
        .unwrap_or_default();
    let id = me.id() as usize;
    if vm.repr_guard.contains(&id) {
        return Ok(strobj::new_str("[...]".into()));
    }
    let items = d.snapshot();
    vm.enter_native(" while getting the repr of an object")?;
    vm.repr_guard.push(id);
    let mut parts = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for x in &items {
        match vm.repr(x) {
            Ok(r) => parts.push(r),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.repr_guard.pop();
    vm.leave_native();
    result?;
    let mut s = format!("{}([", name);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(p.payload_str());
    }
    s.push(']');
    if let Some(m) = d.maxlen() {
        s.push_str(&format!(", maxlen={}", m));
    }
    s.push(')');
    Ok(strobj::new_str(s))
}

fn deque_richcompare(vm: &mut Vm, args: Args, op: CompareKind) -> PyResult<Value> {
    let a = args.exact(vm, op.dunder(), 2)?;
    let (Some(x), Some(y)) = (native::<Deque>(&a[0]), native::<Deque>(&a[1])) else {
        return Ok(vm.not_implemented());
    };
    let (xs, ys) = (x.snapshot(), y.snapshot());
    if xs.len() != ys.len() && matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(Value::Bool(op == CompareKind::Ne));
    }
    // The first differing pair decides, as for lists.
    for (p, q) in xs.iter().zip(ys.iter()) {
        if p.is(q) || vm.eq(p, q)? {
            continue;
        }
        return match op {
            CompareKind::Eq => Ok(Value::Bool(false)),
            CompareKind::Ne => Ok(Value::Bool(true)),
            _ => vm.rich_compare(p, q, op),
        };
    }
    let (n, m) = (xs.len(), ys.len());
    Ok(Value::Bool(match op {
        CompareKind::Lt => n < m,
        CompareKind::Le => n <= m,
        CompareKind::Eq => n == m,
        CompareKind::Ne => n != m,
        CompareKind::Gt => n > m,
        CompareKind::Ge => n >= m,
    }))
}

fn deque_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_richcompare(vm, args, CompareKind::Lt)
}
fn deque_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_richcompare(vm, args, CompareKind::Le)
}
fn deque_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_richcompare(vm, args, CompareKind::Eq)
}
fn deque_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_richcompare(vm, args, CompareKind::Ne)
}
fn deque_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_richcompare(vm, args, CompareKind::Gt)
}
fn deque_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_richcompare(vm, args, CompareKind::Ge)
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, other) = self_and_one(vm, &args, "__add__")?;
    if native::<Deque>(other).is_none() {
        return Err(vm.new_type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            types::type_name(other)
        )));
    }
    let new = copy_of(vm, &args.pos[0], d)?;
    let nd = deque_of(vm, &new)?;
    nd.extend(vm, &new, other, false)?;
    Ok(new)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, other) = self_and_one(vm, &args, "__iadd__")?;
    d.extend(vm, &args.pos[0], other, false)?;
    Ok(args.pos[0].clone())
}

/// Repeats the deque's items `n` times in place, keeping at most maxlen (the rightmost).
fn repeat_in_place(vm: &mut Vm, d: &Deque, n: i64) -> PyResult<()> {
    let items = d.snapshot();
    if n <= 0 || items.is_empty() {
        d.clear_items();
        return Ok(());
    }
    if n == 1 {
        return Ok(());
    }
    let total = (items.len() as u128) * (n as u128);
    let keep = match d.maxlen() {
        Some(m) => total.min(m as u128),
        None => total,
    };
    if keep > isize::MAX as u128 / 16 {
        return Err(vm.new_memory_error());
    }
    let keep = keep as usize;
    vm.check_alloc(keep * std::mem::size_of::<Value>())?;
    let skip = (total - keep as u128) % items.len() as u128;
    let new: VecDeque<Value> = items
        .iter()
        .cycle()
        .skip(skip as usize)
        .take(keep)
        .cloned()
        .collect();
    let old = std::mem::replace(&mut *d.items.borrow_mut(), new);
    d.touch();
    drop(old);
    Ok(())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if !crate::objects::intobj::is_int(v)
        && types::lookup_str(&types::class_of(v), "__index__").is_none()
    {
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            types::type_name(v)
        )));
    }
    // CPython's sequence_repeat: counts beyond a C ssize_t overflow by name.
    let i = vm.index(v)?;
    crate::objects::intobj::to_i64(&i).ok_or_else(|| {
        vm.new_overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            types::type_name(v)
        ))
    })
}

/// `seq * deque`: the left sequence's repeat rejects the deque.
fn deque_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(other) = args.pos.get(1) {
        if matches!(
            other.payload(),
            Some(
                Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
                    | Payload::List(_)
                    | Payload::Tuple(_)
            )
        ) {
            return Err(vm.new_type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                types::type_name(&args.pos[0])
            )));
        }
    }
    deque_mul(vm, args)
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, n) = self_and_one(vm, &args, "__mul__")?;
    let n = repeat_count(vm, n)?;
    let new = copy_of(vm, &args.pos[0], d)?;
    let nd = deque_of(vm, &new)?;
    repeat_in_place(vm, nd, n)?;
    Ok(new)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, n) = self_and_one(vm, &args, "__imul__")?;
    let n = repeat_count(vm, n)?;
    repeat_in_place(vm, d, n)?;
    Ok(args.pos[0].clone())
}

fn deque_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "__iter__")?;
    let Value::Obj(me) = &args.pos[0] else {
        return Err(vm.new_type_error("deque expected"));
    };
    let it = DequeIter {
        deque: me.clone(),
        index: Cell::new(0),
        left: Cell::new(d.len()),
        state: d.state.get(),
        reverse: false,
    };
    Ok(types::new_obj(
        &deque_types().1,
        Payload::Native(Box::new(it)),
    ))
}

fn deque_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "__reversed__")?;
    let Value::Obj(me) = &args.pos[0] else {
        return Err(vm.new_type_error("deque expected"));
    };
    let n = d.len();
    let it = DequeIter {
        deque: me.clone(),
        index: Cell::new(n),
        left: Cell::new(n),
        state: d.state.get(),
        reverse: true,
    };
    Ok(types::new_obj(
        &deque_types().2,
        Payload::Native(Box::new(it)),
    ))
}

fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "__reduce__")?;
    let me = &args.pos[0];
    let cls = Value::Obj(types::class_of(me));
    let state = match me.as_obj().and_then(|o| o.dict().cloned()) {
        Some(dict) if matches!(&dict.payload, Payload::Dict(dd) if !dd.is_empty()) => {
            Value::Obj(dict)
        }
        _ => Value::None,
    };
    let init = match d.maxlen() {
        Some(m) => tupleobj::new_tuple(vec![tupleobj::new_tuple(Vec::new()), Value::Int(m as i64)]),
        None => tupleobj::new_tuple(Vec::new()),
    };
    let it = deque_iter(vm, Args::new(std::slice::from_ref(me)))?;
    Ok(tupleobj::new_tuple(vec![cls, init, state, it]))
}

fn deque_class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let item = args.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(crate::objects::typeobj::generic_alias(&cls, &item))
}

fn deque_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_only(vm, &args, "__sizeof__")?;
    Ok(Value::Int(
        (64 + d.items.borrow().capacity() * std::mem::size_of::<Value>()) as i64,
    ))
}

static DEQUE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", deque_new),
    MethodDef::method("__init__", deque_init),
    MethodDef::method("append", deque_append),
    MethodDef::method("appendleft", deque_appendleft),
    MethodDef::method("pop", deque_pop),
    MethodDef::method("popleft", deque_popleft),
    MethodDef::method("extend", deque_extend),
    MethodDef::method("extendleft", deque_extendleft),
    MethodDef::method("clear", deque_clear),
    MethodDef::method("copy", deque_copy),
    MethodDef::method("__copy__", deque_copy),
    MethodDef::method("count", deque_count),
    MethodDef::method("index", deque_index),
    MethodDef::method("insert", deque_insert),
    MethodDef::method("remove", deque_remove),
    MethodDef::method("reverse", deque_reverse),
    MethodDef::method("rotate", deque_rotate),
    MethodDef::getter("maxlen", deque_maxlen),
    MethodDef::method("__len__", deque_len),
    MethodDef::method("__getitem__", deque_getitem),
    MethodDef::method("__setitem__", deque_setitem),
    MethodDef::method("__delitem__", deque_delitem),
    MethodDef::method("__contains__", deque_contains),
    MethodDef::method("__iter__", deque_iter),
    MethodDef::method("__reversed__", deque_reversed),
    MethodDef::method("__repr__", deque_repr),
    MethodDef::method("__lt__", deque_lt),
    MethodDef::method("__le__", deque_le),
    MethodDef::method("__eq__", deque_eq),
    MethodDef::method("__ne__", deque_ne),
    MethodDef::method("__gt__", deque_gt),
    MethodDef::method("__ge__", deque_ge),
    MethodDef::method("__add__", deque_add),
    MethodDef::method("__iadd__", deque_iadd),
    MethodDef::method("__mul__", deque_mul),
    MethodDef::method("__rmul__", deque_rmul),
    MethodDef::method("__imul__", deque_imul),
    MethodDef::method("__reduce__", deque_reduce),
    MethodDef::method("__sizeof__", deque_sizeof),
    MethodDef::classmethod("__class_getitem__", deque_class_getitem),
    MethodDef::none("__hash__"),
];

/// Forward or reverse iterator over a deque; fails if the deque changes meanwhile.
struct DequeIter {
    deque: PyRef,
    /// Forward: next index; reverse: one past the next index.
    index: Cell<usize>,
    left: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeObject for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&Value::Obj(self.deque.clone()));
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn next(&self, vm: &mut Vm, _me: &PyRef) -> Option<PyResult<Option<Value>>> {
        let Payload::Native(n) = &self.deque.payload else {
            return Some(Ok(None));
        };
        let Some(d) = n.as_any().downcast_ref::<Deque>() else {
            return Some(Ok(None));
        };
        if d.state.get() != self.state {
            self.left.set(0);
            return Some(Err(vm.new_runtime_error("deque mutated during iteration")));
        }
        if self.left.get() == 0 {
            return Some(Ok(None));
        }
        let i = self.index.get();
        let v = if self.reverse {
            self.index.set(i - 1);
            d.get(i - 1)
        } else {
            self.index.set(i + 1);
            d.get(i)
        };
        self.left.set(self.left.get() - 1);
        Some(Ok(v))
    }
}

fn deque_iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__length_hint__", 1)?;
    match native::<DequeIter>(&a[0]) {
        Some(it) => Ok(Value::Int(it.left.get() as i64)),
        None => Err(vm.new_type_error("_deque_iterator expected")),
    }
}

static DEQUE_ITER_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
    MethodDef::method("__length_hint__", deque_iter_length_hint),
];

// ----- Counter's counting loop -----

/// Is `name` on `cls` still dict's own method (not overridden in Python)?
fn is_dict_method(cls: &PyObject, name: &'static str) -> bool {
    matches!(types::lookup_str(cls, name), Some(Value::Obj(m)) if matches!(&m.payload, Payload::MethodDescr(nf) if nf.owner == Some("dict")))
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each x.
/// _dict_version(d): a number that changes whenever keys are added or removed (not when a
/// value is replaced); OrderedDict's iterators use it to detect mutation.
fn dict_version(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "_dict_version", 1)?;
    match dictobj::as_dict(&a[0]) {
        Some(d) => Ok(Value::Int(d.version() as i64)),
        None => Err(vm.new_type_error("expected a dict")),
    }
}

fn count_elements(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "_count_elements", 2)?;
    let (mapping, iterable) = (&a[0], &a[1]);
    let it = vm.iter(iterable)?;
    let cls = types::class_of(mapping);
    let direct = dictobj::as_dict(mapping).is_some()
        && is_dict_method(&cls, "get")
        && is_dict_method(&cls, "__setitem__");
    if let (true, Some(d)) = (direct, dictobj::as_dict(mapping)) {
        while let Some(x) = vm.next(&it)? {
            let h = vm.hash(&x)?;
            let new = match d.get_hashed(vm, &x, h)? {
                Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
                Some(old) => vm.binary_op(&old, &Value::Int(1), crate::ast::BinOp::Add)?,
                None => Value::Int(1),
            };
            d.set_hashed(vm, x, h, new)?;
        }
        return Ok(Value::None);
    }
    let get = vm.get_attr_str(mapping, "get")?;
    while let Some(x) = vm.next(&it)? {
        let old = vm.call(&get, &[x.clone(), Value::Int(0)])?;
        let new = vm.binary_op(&old, &Value::Int(1), crate::ast::BinOp::Add)?;
        vm.setitem(mapping, x, new)?;
    }
    Ok(Value::None)
}

// ----- namedtuple field accessors -----

thread_local! {
    static TUPLEGETTER_TYPE: PyRef =
        types::new_builtin_type("_tuplegetter", "_collections", None, BaseKind::Internal, TUPLEGETTER_METHODS, false);
}

/// `_tuplegetter(index, doc)`: the read-only descriptor for a namedtuple field.
struct TupleGetter {
    index: usize,
    doc: RefCell<Value>,
}

impl NativeObject for TupleGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(d) = self.doc.try_borrow() {
            visit(&d);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn descr_get(
        &self,
        vm: &mut Vm,
        _me: &PyRef,
        obj: &Value,
        _cls: &PyRef,
    ) -> Option<PyResult<Value>> {
        // Instance access only; the class access path returns the descriptor itself.
        let items = tupleobj::tuple_items(obj)?;
        Some(
            items
                .get(self.index)
                .cloned()
                .ok_or_else(|| vm.new_index_error("tuple index out of range")),
        )
    }
    fn is_data_descr(&self) -> bool {
        true
    }
}

fn tuplegetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "_tuplegetter")?;
    args.no_kw(vm, "_tuplegetter")?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    if a.len() != 2 {
        return Err(vm.new_type_error(format!(
            "_tuplegetter expected 2 arguments, got {}",
            a.len()
        )));
    }
    let index = ssize(vm, &a[0])?;
    let index =
        usize::try_from(index).map_err(|_| vm.new_index_error("tuple index out of range"))?;
    Ok(new_native(
        &cls,
        TupleGetter {
            index,
            doc: RefCell::new(a[1].clone()),
        },
    ))
}

fn tuplegetter_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a TupleGetter> {
    native::<TupleGetter>(v).ok_or_else(|| vm.new_type_error("_tuplegetter expected"))
}

fn tuplegetter_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    let g = tuplegetter_of(vm, &a[0])?;
    let obj = &a[1];
    if obj.is_none() {
        return Ok(a[0].clone());
    }
    let Some(items) = tupleobj::tuple_items(obj) else {
        return Err(vm.new_type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            types::type_name(obj)
        )));
    };
    items
        .get(g.index)
        .cloned()
        .ok_or_else(|| vm.new_index_error("tuple index out of range"))
}

fn tuplegetter_set(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_attribute_error("can't set attribute"))
}

fn tuplegetter_delete(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_attribute_error("can't delete attribute"))
}

fn tuplegetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__repr__", 1)?;
    let g = tuplegetter_of(vm, &a[0])?;
    let doc = g.doc.borrow().clone();
    let d = vm.repr_string(&doc)?;
    Ok(strobj::new_str(format!(
        "{}({}, {})",
        types::type_name(&a[0]).rsplit('.').next().unwrap_or(""),
        g.index,
        d
    )))
}

fn tuplegetter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__reduce__", 1)?;
    let g = tuplegetter_of(vm, &a[0])?;
    let doc = g.doc.borrow().clone();
    let cls = Value::Obj(types::class_of(&a[0]));
    Ok(tupleobj::new_tuple(vec![
        cls,
        tupleobj::new_tuple(vec![Value::Int(g.index as i64), doc]),
    ]))
}

fn tuplegetter_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tuplegetter_of(vm, v)?.doc.borrow().clone())
}

fn tuplegetter_set_doc(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let g = tuplegetter_of(vm, v)?;
    let old = std::mem::replace(&mut *g.doc.borrow_mut(), new.unwrap_or(Value::None));
    drop(old);
    Ok(())
}

static TUPLEGETTER_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", tuplegetter_new),
    MethodDef::method("__get__", tuplegetter_get),
    MethodDef::method("__set__", tuplegetter_set),
    MethodDef::method("__delete__", tuplegetter_delete),
    MethodDef::method("__repr__", tuplegetter_repr),
    MethodDef::method("__reduce__", tuplegetter_reduce),
    MethodDef::getset("__doc__", tuplegetter_doc, tuplegetter_set_doc),
];
