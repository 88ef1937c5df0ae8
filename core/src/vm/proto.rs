//! Object protocols: repr/str, hashing, comparison, truth, iteration, length, membership,
//! subscription and the numeric operators, each with a fast path for builtin types and the
//! special-method protocol for everything else.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::ast::{BinOp, UnaryOp};
use crate::bytecode::CompareKind;
use crate::object::*;
use crate::objects::{self, strobj};
use crate::ops;
use crate::types::{self, types};

/// Is `v` of a builtin (non-heap) class, so builtin fast paths apply?
#[inline]
pub fn is_builtin_class(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match types::type_data(&o.class()) {
            Some(t) => !t.has_flag(types::type_flags::HEAPTYPE | types::type_flags::OWN_SLOTS),
            None => true,
        },
        _ => true,
    }
}

impl Vm {
    // ----- repr / str -----

    pub fn repr(&mut self, v: &Value) -> PyResult<PyRef> {
        if is_builtin_class(v) {
            if let Some(r) = objects::builtin_repr(self, v) {
                return r.map(|s| strobj::new_str_ref(&s));
            }
        }
        self.enter_native(" while getting the repr of an object")?;
        let r = self.repr_slow(v);
        self.leave_native();
        r
    }

    fn repr_slow(&mut self, v: &Value) -> PyResult<PyRef> {
        let cls = types::class_of(v);
        match types::lookup_str(&cls, "__repr__") {
            Some(m) => {
                let r = self.call_special(&m, v, &[])?;
                match r {
                    Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(o),
                    other => Err(self.new_type_error(format!(
                        "__repr__ returned non-string (type {})",
                        types::type_name(&other)
                    ))),
                }
            }
            None => Ok(strobj::new_str_ref(&objects::objectobj::default_repr(v))),
        }
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.repr(v)?.payload_str().to_string())
    }

    pub fn str(&mut self, v: &Value) -> PyResult<PyRef> {
        match v {
            Value::Obj(o) if types::is_exact_str(o) => return Ok(o.clone()),
            Value::Int(i) => return Ok(int_to_str(*i)),
            _ => {}
        }
        if is_builtin_class(v) {
            if let Some(r) = objects::builtin_str(self, v) {
                return r.map(|s| strobj::new_str_ref(&s));
            }
        }
        let cls = types::class_of(v);
        match types::lookup_str(&cls, "__str__") {
            Some(m) => {
                self.enter_native(" while getting the str of an object")?;
                // object.__str__ goes straight to the type's __repr__ (CPython's
                // object_str calls tp_repr without another recursion-limit unit).
                let inherited = matches!((&m, types::lookup_str(&types().object, "__str__")),
                    (Value::Obj(a), Some(Value::Obj(b))) if Rc::ptr_eq(a, &b));
                let r = if inherited {
                    // (Unchecked: a non-str result is reported as `__str__`'s.)
                    match types::lookup_str(&cls, "__repr__") {
                        Some(rm) => self.call_special(&rm, v, &[]),
                        None => Ok(strobj::new_str(objects::objectobj::default_repr(v))),
                    }
                } else {
                    self.call_special(&m, v, &[])
                };
                self.leave_native();
                match r? {
                    Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(o),
                    other => Err(self.new_type_error(format!(
                        "__str__ returned non-string (type {})",
                        types::type_name(&other)
                    ))),
                }
            }
            None => self.repr(v),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.str(v)?.payload_str().to_string())
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(strobj::ascii_escape(r.payload_str()))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        if is_builtin_class(v) {
            if let Some(r) = crate::format::builtin_format(self, v, spec) {
                return r.map(strobj::new_str);
            }
        }
        let cls = types::class_of(v);
        match types::lookup_str(&cls, "__format__") {
            Some(m) => {
                // A native __format__ (object.__format__, say) is a builtin call, which
                // CPython counts towards the recursion limit (a Python one is a frame).
                let native =
                    matches!(&m, Value::Obj(c) if matches!(c.payload, Payload::MethodDescr(_)));
                if native {
                    self.enter_native(crate::builtins::CALLING)?;
                }
                let r = self.call_special(&m, v, &[strobj::new_str(spec.to_string())]);
                if native {
                    self.leave_native();
                }
                let r = r?;
                match &r {
                    Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(r),
                    _ => Err(self.new_type_error(format!(
                        "__format__ must return a str, not {}",
                        types::type_name(&r)
                    ))),
                }
            }
            None => Err(self.new_type_error("object has no __format__")),
        }
    }

    // ----- hashing and equality -----

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => return Ok(crate::hash::hash_int(*i)),
            Value::Bool(b) => return Ok(*b as i64),
            Value::Float(f) => return Ok(crate::hash::hash_float(*f)),
            Value::None => return Ok(0x5f3759df),
            Value::Obj(o) => {
                if !types::is_heap_class(&o.class()) {
                    if let Some(h) = objects::builtin_hash(self, v) {
                        return h;
                    }
                }
            }
            Value::Null => return Ok(0),
        }
        let cls = types::class_of(v);
        match types::lookup_str(&cls, "__hash__") {
            Some(Value::None) | None => {
                Err(self.new_type_error(format!("unhashable type: '{}'", types::type_name(v))))
            }
            Some(m) => {
                let r = self.call_special(&m, v, &[])?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(b as i64),
                    Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                        if let Payload::Int(b) = &o.payload {
                            Ok(crate::hash::hash_bigint(b))
                        } else {
                            Ok(0)
                        }
                    }
                    _ => Err(self.new_type_error("__hash__ method should return an integer")),
                }
            }
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Float(x), Value::Float(y)) => return Ok(x == y),
            _ => {}
        }
        let r = self.rich_compare(a, b, CompareKind::Eq)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// Rich comparison with reflected operands and the identity fallback for ==/!=.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
        if is_builtin_class(a) && is_builtin_class(b) {
            if let Some(r) = ops::builtin_compare(self, a, b, op) {
                return r;
            }
        }
        self.enter_native(" in comparison")?;
        let r = self.rich_compare_slow(a, b, op);
        self.leave_native();
        r
    }

    fn rich_compare_slow(&mut self, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
        let ta = types::class_of(a);
        let tb = types::class_of(b);
        let mut checked_reflected = false;
        if !Rc::ptr_eq(&ta, &tb) && types::is_subtype(&tb, &ta) {
            if let Some(m) = types::lookup_str(&tb, op.swapped().dunder()) {
                checked_reflected = true;
                let r = self.call_compare_slot(&m, b, a, op.swapped())?;
                if !Vm::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = types::lookup_str(&ta, op.dunder()) {
            let r = self.call_compare_slot(&m, a, b, op)?;
            if !Vm::is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !checked_reflected {
            if let Some(m) = types::lookup_str(&tb, op.swapped().dunder()) {
                let r = self.call_compare_slot(&m, b, a, op.swapped())?;
                if !Vm::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareKind::Eq => Ok(Value::Bool(a.is(b))),
            CompareKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.new_type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                types::type_name(a),
                types::type_name(b)
            ))),
        }
    }

    fn call_compare_slot(
        &mut self,
        m: &Value,
        x: &Value,
        y: &Value,
        op: CompareKind,
    ) -> PyResult<Value> {
        // Builtin slot implementations: call the native comparison directly.
        if let Some(Payload::MethodDescr(_)) = m.payload() {
            if let Some(r) = ops::builtin_compare_typed(self, x, y, op) {
                return r;
            }
        }
        self.call_special(m, x, std::slice::from_ref(y))
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => return Ok(*b),
            Value::None | Value::Null => return Ok(false),
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(*f != 0.0),
            Value::Obj(o) => {
                if !types::is_heap_class(&o.class()) {
                    if let Some(b) = objects::builtin_truthy(o) {
                        return Ok(b);
                    }
                }
            }
        }
        let cls = types::class_of(v);
        if let Some(m) = types::lookup_str(&cls, "__bool__") {
            let r = self.call_special(&m, v, &[])?;
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(self.new_type_error(format!(
                    "__bool__ should return bool, returned {}",
                    types::type_name(&other)
                ))),
            };
        }
        if let Some(m) = types::lookup_str(&cls, "__len__") {
            let r = self.call_special(&m, v, &[])?;
            let n = self.len_result(&r)?;
            return Ok(n != 0);
        }
        Ok(true)
    }

    // ----- length and membership -----

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        // A `__len__` past usize (wasm32) saturates: callers use it as a size hint or bound.
        self.len_i64(v)
            .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// `len(v)` as Python sees it (up to sys.maxsize on every target).
    pub fn len_i64(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Obj(o) = v {
            if !types::is_heap_class(&o.class()) {
                if let Some(n) = objects::builtin_len(o) {
                    return Ok(n as i64);
                }
            }
        }
        let cls = types::class_of(v);
        match types::lookup_str(&cls, "__len__") {
            Some(m) => {
                let r = self.call_special(&m, v, &[])?;
                self.len_result(&r)
            }
            None => Err(self.new_type_error(format!(
                "object of type '{}' has no len()",
                types::type_name(v)
            ))),
        }
    }

    fn len_result(&mut self, r: &Value) -> PyResult<i64> {
        let i = match r {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other => {
                let n = self.index(other)?;
                let big = crate::objects::intobj::to_bigint(&n).unwrap_or_default();
                match i64::try_from(&big) {
                    Ok(i) => i,
                    Err(_) => {
                        if big.sign() == num_bigint::Sign::Minus {
                            return Err(self.new_value_error("__len__() should return >= 0"));
                        }
                        return Err(
                            self.new_overflow_error("cannot fit 'int' into an index-sized integer")
                        );
                    }
                }
            }
        };
        if i < 0 {
            return Err(self.new_value_error("__len__() should return >= 0"));
        }
        Ok(i)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if is_builtin_class(container) {
            if let Some(r) = objects::builtin_contains(self, container, item) {
                return r;
            }
        }
        let cls = types::class_of(container);
        if let Some(m) = types::lookup_str(&cls, "__contains__") {
            if m.is_none() {
                return Err(self.new_type_error(format!(
                    "'{}' object is not a container",
                    types::type_name(container)
                )));
            }
            let r = self.call_special(&m, container, std::slice::from_ref(item))?;
            return self.truthy(&r);
        }
        // Fall back to iteration.
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) => {
                if self.exception_matches(&e, &types().exc.type_error) {
                    return Err(self.new_type_error(format!(
                        "argument of type '{}' is not iterable",
                        types::type_name(container)
                    )));
                }
                return Err(e);
            }
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ----- iteration -----

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if is_builtin_class(v) {
            if let Some(r) = objects::iterobj::builtin_iter(self, v) {
                return r;
            }
        }
        let cls = types::class_of(v);
        match types::lookup_str(&cls, "__iter__") {
            Some(Value::None) => {}
            Some(m) => {
                let it = self.call_special(&m, v, &[])?;
                let itcls = types::class_of(&it);
                if types::lookup_str(&itcls, "__next__").is_none() {
                    return Err(self.new_type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        types::type_name(&it)
                    )));
                }
                return Ok(it);
            }
            None => {
                if types::lookup_str(&cls, "__getitem__").is_some() {
                    return Ok(objects::iterobj::new_seq_iter(v.clone()));
                }
            }
        }
        Err(self.new_type_error(format!("'{}' object is not iterable", types::type_name(v))))
    }

    /// The next item of a builtin iterator without Python calls, if `it` is one.
    #[inline(always)]
    pub fn fast_next(&mut self, it: &Value) -> Option<PyResult<Option<Value>>> {
        // `for i in range(...)` inline: the out-of-line call returns its nested result
        // through memory (15 % of a simple counted loop under wasm).
        if let Value::Obj(o) = it {
            if let Payload::Iter(cell) = &o.payload {
                if let Ok(mut st) = cell.try_borrow_mut() {
                    if let IterState::Range { next, stop, step } = &mut *st {
                        if let Some(cur) = objects::iterobj::range_step(next, *stop, *step) {
                            return Some(Ok(Some(Value::Int(cur))));
                        }
                    }
                }
            }
        }
        objects::iterobj::fast_next(self, it)
    }

    /// `next(it)`: Ok(None) when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = objects::iterobj::fast_next(self, it) {
            return r;
        }
        if let Some(Payload::Generator(_)) = it.payload() {
            return objects::genobj::gen_next(self, it);
        }
        let cls = types::class_of(it);
        match types::lookup_str(&cls, "__next__") {
            Some(m) => match self.call_special(&m, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.exception_matches(&e, &types().exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(self.new_type_error(format!(
                "'{}' object is not an iterator",
                types::type_name(it)
            ))),
        }
    }

    /// Collects an iterable into a Vec.
    pub fn collect_iter(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if !types::is_heap_class(&o.class()) {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    // A huge range is a MemoryError up front, as CPython's length hint makes it.
                    Payload::Range(r) => {
                        let n = num_traits::ToPrimitive::to_usize(&objects::rangeobj::range_len(r));
                        let size = std::mem::size_of::<Value>();
                        self.check_alloc(n.map_or(usize::MAX, |n| n.saturating_mul(size)))?;
                    }
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
            if out.len() & 0xffff == 0 {
                // The next doubling must fit (a wasm32 Vec panics past isize::MAX bytes).
                let size = std::mem::size_of::<Value>();
                self.check_alloc(out.capacity().saturating_mul(2 * size))?;
                self.check_limits()?;
            }
        }
        Ok(out)
    }

    /// `collect_iter` for list(), tuple() and list.extend(): as in CPython, an object of a
    /// Python class is asked for its length hint (`__len__`, `__length_hint__`) once its
    /// iterator is made.
    pub fn collect_iter_hinted(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if is_builtin_class(v) {
            return self.collect_iter(v);
        }
        let it = self.iter(v)?;
        crate::modules::operator::length_hint(self, v, 8)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
            if out.len() & 0xffff == 0 {
                self.check_limits()?;
            }
        }
        Ok(out)
    }

    // ----- subscription -----

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if is_builtin_class(obj) {
            if let Some(r) = objects::builtin_getitem(self, obj, key) {
                return r;
            }
        }
        let cls = types::class_of(obj);
        if let Some(m) = types::lookup_str(&cls, "__getitem__") {
            return self.call_special(&m, obj, std::slice::from_ref(key));
        }
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                if let Some(cg) = types::lookup_str(o, "__class_getitem__").filter(|c| !c.is_none())
                {
                    let f = match cg.payload() {
                        Some(Payload::ClassMethod(f)) => f.borrow().clone(),
                        _ => cg.clone(),
                    };
                    return self.call(&f, &[obj.clone(), key.clone()]);
                }
                // `type[int]` is special-cased, as in CPython.
                if Rc::ptr_eq(o, &types().type_) {
                    return Ok(crate::objects::typeobj::generic_alias(obj, key));
                }
                let name = types::type_data(o).map(|t| t.name()).unwrap_or_default();
                return Err(self.new_type_error(format!("type '{}' is not subscriptable", name)));
            }
        }
        Err(self.new_type_error(format!(
            "'{}' object is not subscriptable",
            types::type_name(obj)
        )))
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if is_builtin_class(obj) {
            if let Some(r) = objects::builtin_setitem(self, obj, &key, &value) {
                return r;
            }
        }
        let cls = types::class_of(obj);
        match types::lookup_str(&cls, "__setitem__") {
            Some(m) => {
                self.call_special(&m, obj, &[key, value])?;
                Ok(())
            }
            None => Err(self.new_type_error(format!(
                "'{}' object does not support item assignment",
                types::type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if is_builtin_class(obj) {
            if let Some(r) = objects::builtin_delitem(self, obj, key) {
                return r;
            }
        }
        let cls = types::class_of(obj);
        match types::lookup_str(&cls, "__delitem__") {
            Some(m) => {
                self.call_special(&m, obj, std::slice::from_ref(key))?;
                Ok(())
            }
            None => Err(self.delitem_unsupported(obj, key)),
        }
    }

    /// CPython says "doesn't" when the type has sequence slots and the key is an index,
    /// "does not" otherwise (`del (1,)[0]` vs `del (5)[0]`, `del (1,)['k']`).
    #[cold]
    pub fn delitem_unsupported(&mut self, obj: &Value, key: &Value) -> super::PyErr {
        let cls = types::class_of(obj);
        let seq = types::is_heap_class(&cls)
            || ["__len__", "__contains__", "__getitem__"]
                .iter()
                .any(|n| types::lookup_str(&cls, n).is_some());
        let index = match key {
            Value::Int(_) | Value::Bool(_) => true,
            _ => types::lookup_str(&types::class_of(key), "__index__").is_some(),
        };
        let word = if seq && index { "doesn't" } else { "does not" };
        self.new_type_error(format!(
            "'{}' object {} support item deletion",
            types::type_name(obj),
            word
        ))
    }

    // ----- numeric operators -----

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        self.binary_op_ex(a, b, op, false)
    }

    /// `a op b`, or the fallback of `a op= b` (whose error names the in-place operator).
    fn binary_op_ex(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if let Some(r) = ops::num_binop(self, a, b, op) {
            return r;
        }
        if is_builtin_class(a) && is_builtin_class(b) {
            if let Some(r) = ops::builtin_binop(self, a, b, op) {
                let r = r?;
                if !Vm::is_not_implemented(&r) {
                    return Ok(r);
                }
                return Err(ops::binop_type_error_ex(self, a, b, op, inplace));
            }
        }
        let r = self.binary_op_slots(a, b, op)?;
        if Vm::is_not_implemented(&r) {
            return Err(ops::binop_type_error_ex(self, a, b, op, inplace));
        }
        Ok(r)
    }

    /// The special-method protocol for `a op b`; NotImplemented if neither side handles it.
    fn binary_op_slots(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (name, rname) = ops::binop_dunders(op);
        let ta = types::class_of(a);
        let tb = types::class_of(b);
        let slota = types::lookup_str(&ta, name);
        let mut slotb = if Rc::ptr_eq(&ta, &tb) {
            None
        } else {
            types::lookup_str(&tb, rname)
        };
        if let Some(sb) = &slotb {
            if types::is_subtype(&tb, &ta) {
                let ta_r = types::lookup_str(&ta, rname);
                let overridden = match &ta_r {
                    Some(x) => !x.is(sb),
                    None => true,
                };
                if overridden {
                    let r = self.call_binop_slot(sb, b, a, op, true)?;
                    if !Vm::is_not_implemented(&r) {
                        return Ok(r);
                    }
                    slotb = None;
                }
            }
        }
        // A subclass of a builtin sequence that defines the reflected method in Python
        // calls the inherited `+`/`*` first, which raises instead of giving the other
        // operand its turn.
        let seq_slot_first = slota
            .as_ref()
            .is_some_and(|m| matches!(m.payload(), Some(Payload::MethodDescr(_))))
            && seq_numeric_slot(a, op);
        // A builtin sequence's `+` and `*` (CPython's sq_concat/sq_repeat) come after both
        // operands' numeric slots: the right operand's own reflected method goes first.
        if let (Some(sa), Some(sb)) = (&slota, &slotb) {
            if matches!(op, BinOp::Add | BinOp::Mult)
                && !seq_slot_first
                && ops::is_builtin_seq(a)
                && matches!(sa.payload(), Some(Payload::MethodDescr(_)))
                && !matches!(sb.payload(), Some(Payload::MethodDescr(_)))
            {
                let r = self.call_binop_slot(sb, b, a, op, true)?;
                if !Vm::is_not_implemented(&r) {
                    return Ok(r);
                }
                slotb = None;
            }
        }
        if let Some(sa) = &slota {
            let r = self.call_binop_slot(sa, a, b, op, false)?;
            if !Vm::is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(sb) = &slotb {
            let r = self.call_binop_slot(sb, b, a, op, true)?;
            if !Vm::is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Ok(self.not_implemented())
    }

    fn call_binop_slot(
        &mut self,
        m: &Value,
        x: &Value,
        y: &Value,
        op: BinOp,
        reflected: bool,
    ) -> PyResult<Value> {
        if let Some(Payload::MethodDescr(_)) = m.payload() {
            // A builtin implementation: compute directly on the payloads.
            let (l, r) = if reflected { (y, x) } else { (x, y) };
            // Sequences' __add__/__mul__ raise when called directly; as an operator slot
            // they give the other operand its turn, unless the receiver's class has a
            // numeric slot that calls them (then they raise, as in CPython).
            let raises = seq_numeric_slot(x, op);
            if let Some(res) = ops::builtin_binop_for(self, x, l, r, op) {
                let v = res?;
                if !(raises && Vm::is_not_implemented(&v)) {
                    return Ok(v);
                }
            } else if ops::is_builtin_seq(x) && !raises {
                return Ok(self.not_implemented());
            }
        }
        self.call_special(m, x, std::slice::from_ref(y))
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = ops::num_binop_ex(self, &a, &b, op, true) {
            return r;
        }
        let mut slots = !is_builtin_class(&a);
        let seq_op = matches!(op, BinOp::Add | BinOp::Mult) && ops::is_builtin_seq(&a);
        if !slots {
            // `seq += x` / `seq *= x`: as in `seq + x`, x's own reflected method goes first.
            if seq_op && !is_builtin_class(&b) {
                let rname = ops::binop_dunders(op).1;
                if let Some(m) = types::lookup_str(&types::class_of(&b), rname) {
                    if !matches!(m.payload(), Some(Payload::MethodDescr(_))) {
                        let r = self.call_special(&m, &b, std::slice::from_ref(&a))?;
                        if !Vm::is_not_implemented(&r) {
                            return Ok(r);
                        }
                    }
                }
            }
            if let Some(r) = ops::builtin_inplace(self, &a, &b, op) {
                let r = r?;
                if Vm::is_not_implemented(&r) {
                    return self.binary_op_ex(&a, &b, op, true);
                }
                return Ok(r);
            }
            // Module-defined (native) types implement in-place operators as methods.
            slots = matches!(a.payload(), Some(Payload::Native(_)));
        }
        if slots {
            let name = ops::inplace_dunder(op);
            let ta = types::class_of(&a);
            let inplace = types::lookup_str(&ta, name);
            // `*=` on a list/bytearray subclass with a Python `*` method: CPython's
            // nb_inplace_multiply comes from a Python `__imul__` only, so the binary operator
            // goes before the inherited in-place repeat (`+=` keeps list's in-place concat).
            if op == BinOp::Mult
                && seq_op
                && inplace
                    .as_ref()
                    .is_some_and(|m| matches!(m.payload(), Some(Payload::MethodDescr(_))))
                && seq_numeric_slot(&a, op)
            {
                let r = self.binary_op_slots(&a, &b, op)?;
                if !Vm::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            if let Some(m) = inplace {
                // A subclass's inherited builtin `*=` repeats by integers only; anything
                // else goes to the binary operator (CPython's sq_inplace_repeat).
                let skip = seq_op
                    && op == BinOp::Mult
                    && matches!(m.payload(), Some(Payload::MethodDescr(_)))
                    && !crate::objects::intobj::has_index(&b);
                if !skip {
                    let r = self.call_special(&m, &a, std::slice::from_ref(&b))?;
                    if !Vm::is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if op == BinOp::Mult && types::is_heap_class(&ta) {
                return self.inplace_mul_heap(&a, &b);
            }
        }
        self.binary_op_ex(&a, &b, op, true)
    }

    /// `a *= seq` for an instance of a class statement's type: CPython does not fall back
    /// to the right operand's sequence repeat (the left type has sequence slots).
    #[cold]
    fn inplace_mul_heap(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        // The right operand repeats only through its builtin type's own __rmul__ (a class
        // with a Python `*` method has a numeric slot: the binary operator handles it).
        let builtin_seq = ops::seq_slot_kept(b, &["__rmul__"])
            && !seq_numeric_slot(b, BinOp::Mult)
            && !crate::ops::is_builtin_seq(a);
        if !builtin_seq {
            return self.binary_op_ex(a, b, BinOp::Mult, true);
        }
        if let Some(m) = types::lookup_str(&types::class_of(a), "__mul__") {
            let r = self.call_special(&m, a, std::slice::from_ref(b))?;
            if !Vm::is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Err(ops::binop_type_error_ex(self, a, b, BinOp::Mult, true))
    }

    pub fn unary_op(&mut self, v: &Value, op: UnaryOp) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(v)?));
        }
        if is_builtin_class(v) {
            if let Some(r) = ops::builtin_unary(self, v, op) {
                return r;
            }
        }
        let name = match op {
            UnaryOp::USub => "__neg__",
            UnaryOp::UAdd => "__pos__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => "__bool__",
        };
        let cls = types::class_of(v);
        match types::lookup_str(&cls, name) {
            Some(m) => self.call_special(&m, v, &[]),
            None => {
                let sym = match op {
                    UnaryOp::USub => "-",
                    UnaryOp::UAdd => "+",
                    _ => "~",
                };
                Err(self.new_type_error(format!(
                    "bad operand type for unary {}: '{}'",
                    sym,
                    types::type_name(v)
                )))
            }
        }
    }

    /// `operator.index(v)`: an int from an object with `__index__`.
    pub fn index(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) && types::is_exact_int(o) => {
                return Ok(v.clone())
            }
            // Int subclasses are ints already: CPython never calls their __index__.
            Value::Obj(o) => {
                if let Payload::Int(b) = &o.payload {
                    return Ok(crate::objects::intobj::int_from_bigint(b.clone()));
                }
            }
            _ => {}
        }
        let cls = types::class_of(v);
        match types::lookup_str(&cls, "__index__") {
            Some(m) => {
                let r = self.call_special(&m, v, &[])?;
                match &r {
                    Value::Int(_) => Ok(r),
                    Value::Bool(b) => {
                        crate::objects::intobj::warn_int_subclass(self, "__index__", &r)?;
                        Ok(Value::Int(*b as i64))
                    }
                    Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                        if types::is_exact_int(o) {
                            return Ok(r);
                        }
                        crate::objects::intobj::warn_int_subclass(self, "__index__", &r)?;
                        match &o.payload {
                            Payload::Int(b) => {
                                Ok(crate::objects::intobj::int_from_bigint(b.clone()))
                            }
                            _ => Ok(r),
                        }
                    }
                    _ => Err(self.new_type_error(format!(
                        "__index__ returned non-int (type {})",
                        types::type_name(&r)
                    ))),
                }
            }
            None => Err(self.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                types::type_name(v)
            ))),
        }
    }

    /// An index-sized integer (for sequence indexing): OverflowError/IndexError past i64.
    pub fn index_i64(&mut self, v: &Value) -> PyResult<i64> {
        let i = self.index(v)?;
        match i {
            Value::Int(n) => Ok(n),
            _ => Err(self.new_index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                types::type_name(v)
            ))),
        }
    }

    /// `isinstance(v, cls)` with `__instancecheck__`.
    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Obj(c) => {
                if let Payload::Tuple(items) = &c.payload {
                    let items = items.to_vec();
                    for i in &items {
                        // Nested tuples recurse (CPython counts each level).
                        self.enter_native(" in __instancecheck__")?;
                        let r = self.isinstance(v, i);
                        self.leave_native();
                        if r? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                if let Payload::Type(_) = &c.payload {
                    if types::class_ptr(v) == Rc::as_ptr(c) {
                        return Ok(true);
                    }
                    let meta = c.class();
                    if !Rc::ptr_eq(&meta, &types().type_) {
                        if let Some(m) = types::lookup_str(&meta, "__instancecheck__") {
                            let r = self.call_special(&m, cls, std::slice::from_ref(v))?;
                            return self.truthy(&r);
                        }
                    }
                    if types::isinstance(v, c) {
                        return Ok(true);
                    }
                    // __class__ may be overridden (proxies).
                    if let Value::Obj(_) = v {
                        if let Ok(Some(Value::Obj(k))) =
                            self.get_attr_opt(v, &types::intern("__class__"))
                        {
                            if !Rc::ptr_eq(&k, &types::class_of(v))
                                && matches!(k.payload, Payload::Type(_))
                            {
                                return Ok(types::is_subtype(&k, c));
                            }
                        }
                    }
                    return Ok(false);
                }
                let meta = c.class();
                if let Some(m) = types::lookup_str(&meta, "__instancecheck__") {
                    let r = self.call_special(&m, cls, std::slice::from_ref(v))?;
                    return self.truthy(&r);
                }
                if crate::objects::typeobj::is_generic_alias(cls) {
                    return Err(self.new_type_error(
                        "isinstance() argument 2 cannot be a parameterized generic",
                    ));
                }
                if crate::objects::typeobj::is_union(cls) {
                    let args = crate::objects::typeobj::union_args(cls);
                    for a in &args {
                        if self.isinstance(v, a)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Err(self.new_type_error(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                ))
            }
            _ => Err(self
                .new_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
        }
    }

    /// `issubclass(c, cls)` with `__subclasscheck__`.
    pub fn issubclass(&mut self, c: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(Payload::Tuple(items)) = cls.payload() {
            let items = items.to_vec();
            for i in &items {
                self.enter_native(" in __subclasscheck__")?;
                let r = self.issubclass(c, i);
                self.leave_native();
                if r? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let Value::Obj(co) = cls else {
            // CPython checks the first argument before the second.
            if !matches!(c.payload(), Some(Payload::Type(_))) {
                return Err(self.new_type_error("issubclass() arg 1 must be a class"));
            }
            return Err(self.new_type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ));
        };
        let meta = co.class();
        if !Rc::ptr_eq(&meta, &types().type_) {
            if let Some(m) = types::lookup_str(&meta, "__subclasscheck__") {
                let r = self.call_special(&m, cls, std::slice::from_ref(c))?;
                return self.truthy(&r);
            }
        }
        if crate::objects::typeobj::is_generic_alias(cls) {
            return Err(
                self.new_type_error("issubclass() argument 2 cannot be a parameterized generic")
            );
        }
        if crate::objects::typeobj::is_union(cls) {
            let args = crate::objects::typeobj::union_args(cls);
            for a in &args {
                if self.issubclass(c, a)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match c {
            Value::Obj(cobj) if matches!(cobj.payload, Payload::Type(_)) => {
                if !matches!(co.payload, Payload::Type(_)) {
                    return Err(self.new_type_error(
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                    ));
                }
                Ok(types::is_subtype(cobj, co))
            }
            // Class-like objects with a `__bases__` tuple take part too.
            _ => {
                if self.abstract_bases(c)?.is_none() {
                    return Err(self.new_type_error("issubclass() arg 1 must be a class"));
                }
                if !matches!(co.payload, Payload::Type(_)) && self.abstract_bases(cls)?.is_none() {
                    return Err(self.new_type_error(
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                    ));
                }
                self.abstract_issubclass(c, cls, 0)
            }
        }
    }

    /// The `__bases__` tuple of a class-like object, if it has one.
    fn abstract_bases(&mut self, v: &Value) -> PyResult<Option<Vec<Value>>> {
        match self.get_attr_opt(v, &types::intern("__bases__"))? {
            Some(Value::Obj(o)) => match &o.payload {
                Payload::Tuple(items) => Ok(Some(items.to_vec())),
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// Walks `__bases__` from `derived` looking for `cls`.
    fn abstract_issubclass(&mut self, derived: &Value, cls: &Value, depth: u32) -> PyResult<bool> {
        let mut derived = derived.clone();
        let mut depth = depth;
        loop {
            depth += 1;
            if depth > 1000 {
                return Err(self.new_recursion_error("maximum recursion depth exceeded"));
            }
            if derived.is(cls) {
                return Ok(true);
            }
            let bases = self.abstract_bases(&derived)?.unwrap_or_default();
            match bases.as_slice() {
                [] => return Ok(false),
                [one] => derived = one.clone(),
                many => {
                    for b in many {
                        if self.abstract_issubclass(b, cls, depth)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
            }
        }
    }
}

/// The decimal text of a small int as a str object, without going through `fmt`.
fn int_to_str(i: i64) -> PyRef {
    // i64::MIN is 19 digits and a sign.
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    // SAFETY: buf[pos..] holds only ASCII digits and '-', which is valid UTF-8 (checking
    // it with from_utf8 cost as much as the conversion).
    strobj::new_str_ref(unsafe { std::str::from_utf8_unchecked(&buf[pos..]) })
}

/// Is `v` an instance of a builtin sequence's subclass that defines `op`'s forward or
/// reflected `+`/`*` method in Python? CPython then gives the type a numeric slot
/// (slot_nb_add, slot_nb_multiply) which calls the inherited sequence method, and that
/// raises its TypeError instead of returning NotImplemented.
fn seq_numeric_slot(v: &Value, op: BinOp) -> bool {
    if !matches!(op, BinOp::Add | BinOp::Mult) || !ops::is_builtin_seq(v) {
        return false;
    }
    let cls = types::class_of(v);
    if !types::is_heap_class(&cls) {
        return false;
    }
    let (name, rname) = ops::binop_dunders(op);
    [name, rname].iter().any(|n| {
        types::lookup_str(&cls, n)
            .is_some_and(|m| !matches!(m.payload(), Some(Payload::MethodDescr(_))))
    })
}
