//! `range`: O(1) length, membership, indexing and slicing, with big-int bounds.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::*;
use crate::objects::{intobj, slots};
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

pub fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let small = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(c)) => Some((a, b, c)),
        _ => None,
    };
    types::new_obj(
        &types().range,
        Payload::Range(Box::new(RangeData {
            start,
            stop,
            step,
            small,
        })),
    )
}

/// The length of `range(start, stop, step)` for i64 bounds (`step` is not 0).
pub fn small_range_len(start: i64, stop: i64, step: i64) -> i128 {
    let (a, b, c) = (start as i128, stop as i128, step as i128);
    if c > 0 {
        if b > a {
            (b - a - 1) / c + 1
        } else {
            0
        }
    } else if a > b {
        (a - b - 1) / (-c) + 1
    } else {
        0
    }
}

pub fn range_len(r: &RangeData) -> BigInt {
    if let Some((a, b, c)) = r.small {
        return BigInt::from(small_range_len(a, b, c));
    }
    let (a, b, c) = (&r.start, &r.stop, &r.step);
    if c.is_positive() {
        if b > a {
            (b - a - 1u32).div_floor(c) + 1u32
        } else {
            BigInt::zero()
        }
    } else if a > b {
        (a - b - 1u32).div_floor(&(-c)) + 1u32
    } else {
        BigInt::zero()
    }
}

pub fn range_data(v: &Value) -> Option<&RangeData> {
    match v.payload()? {
        Payload::Range(r) => Some(r),
        _ => None,
    }
}

pub fn range_eq(x: &PyObject, y: &PyObject) -> bool {
    let (Payload::Range(a), Payload::Range(b)) = (&x.payload, &y.payload) else {
        return false;
    };
    let (la, lb) = (range_len(a), range_len(b));
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    if la == BigInt::from(1) {
        return true;
    }
    a.step == b.step
}

pub fn range_contains(vm: &mut Vm, r: &RangeData, item: &Value) -> PyResult<bool> {
    let Some(v) = (match item {
        Value::Int(_) | Value::Bool(_) => intobj::to_bigint(item),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) && types::is_exact_int(o) => {
            intobj::to_bigint(item)
        }
        _ => None,
    }) else {
        // Fall back to equality over the items.
        let n = range_len(r).to_i64().unwrap_or(i64::MAX);
        let mut i = 0;
        while i < n {
            let x = intobj::int_from_bigint(&r.start + &r.step * i);
            if vm.eq(&x, item)? {
                return Ok(true);
            }
            i += 1;
            if i % 4096 == 0 {
                vm.check_limits()?;
            }
        }
        return Ok(false);
    };
    let in_bounds = if r.step.is_positive() {
        v >= r.start && v < r.stop
    } else {
        v <= r.start && v > r.stop
    };
    if !in_bounds {
        return Ok(false);
    }
    Ok(((&v - &r.start) % &r.step).is_zero())
}

/// int or bool (whose membership is computed arithmetically).
fn is_exact_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                && (types::is_exact_int(o)
                    || types::class_ptr(v) == std::rc::Rc::as_ptr(&types().bool_))
        }
        _ => false,
    }
}

pub fn range_item(r: &RangeData, i: &BigInt) -> Value {
    intobj::int_from_bigint(&r.start + &r.step * i)
}

pub fn range_getitem(vm: &mut Vm, r: &RangeData, key: &Value) -> PyResult<Value> {
    let len = range_len(r);
    if let Some(Payload::Slice(_)) = key.payload() {
        // CPython's compute_slice: slice the index space with big ints, map to values.
        let (start, stop, step) = crate::objects::sliceobj::long_indices(vm, key, &len)?;
        return Ok(new_range(
            &r.start + &r.step * start,
            &r.start + &r.step * stop,
            &r.step * step,
        ));
    }
    let idx = match key {
        Value::Int(_) | Value::Bool(_) => intobj::to_bigint(key).unwrap_or_default(),
        _ => {
            let cls = types::class_of(key);
            if types::lookup_str(&cls, "__index__").is_none() {
                return Err(vm.new_type_error(format!(
                    "range indices must be integers or slices, not {}",
                    types::type_name(key)
                )));
            }
            let i = vm.index(key)?;
            intobj::to_bigint(&i).unwrap_or_default()
        }
    };
    let i = if idx.is_negative() { &idx + &len } else { idx };
    if i.is_negative() || i >= len {
        return Err(vm.new_index_error("range object index out of range"));
    }
    Ok(range_item(r, &i))
}

pub fn range_repr(r: &RangeData) -> String {
    if r.step == BigInt::from(1) {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = intobj::to_bigint(v) {
        return Ok(b);
    }
    let cls = types::class_of(v);
    if types::lookup_str(&cls, "__index__").is_none() {
        return Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(v)
        )));
    }
    let i = vm.index(v)?;
    Ok(intobj::to_bigint(&i).unwrap_or_default())
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::new_cls(vm, &args, "range")?;
    if args.has_kw() {
        return Err(vm.new_type_error("range() takes no keyword arguments"));
    }
    let a = &args.pos[1..];
    let (start, stop, step) = match a.len() {
        1 => (BigInt::zero(), arg_int(vm, &a[0])?, BigInt::from(1)),
        2 => (arg_int(vm, &a[0])?, arg_int(vm, &a[1])?, BigInt::from(1)),
        3 => (
            arg_int(vm, &a[0])?,
            arg_int(vm, &a[1])?,
            arg_int(vm, &a[2])?,
        ),
        0 => return Err(vm.new_type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(vm.new_type_error(format!("range expected at most 3 arguments, got {}", n)))
        }
    };
    if step.is_zero() {
        return Err(vm.new_value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

fn self_range<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a RangeData> {
    args.pos
        .first()
        .and_then(range_data)
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'range' object"))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = self_range(vm, &args)?;
    let x = crate::objects::listobj::one_arg(vm, &args, "range.count")?;
    if is_exact_int(x) {
        return Ok(Value::Int(range_contains(vm, r, x)? as i64));
    }
    // Any other object: count equal items.
    let n = range_len(r).to_i64().unwrap_or(i64::MAX);
    let mut count = 0;
    for i in 0..n {
        let v = range_item(r, &BigInt::from(i));
        if vm.eq(&v, x)? {
            count += 1;
        }
        if i % 4096 == 4095 {
            vm.check_limits()?;
        }
    }
    Ok(Value::Int(count))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = self_range(vm, &args)?;
    let x = crate::objects::listobj::one_arg(vm, &args, "range.index")?;
    if is_exact_int(x) {
        if range_contains(vm, r, x)? {
            let v = intobj::to_bigint(x).unwrap_or_default();
            return Ok(intobj::int_from_bigint((v - &r.start) / &r.step));
        }
        let rep = vm.repr_string(x)?;
        return Err(vm.new_value_error(format!("{} is not in range", rep)));
    }
    // Any other object: linear search by equality.
    let n = range_len(r).to_i64().unwrap_or(i64::MAX);
    for i in 0..n {
        let v = range_item(r, &BigInt::from(i));
        if vm.eq(&v, x)? {
            return Ok(Value::Int(i));
        }
        if i % 4096 == 4095 {
            vm.check_limits()?;
        }
    }
    Err(vm.new_value_error("sequence.index(x): x not in sequence"))
}

fn get_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = range_data(v).ok_or_else(|| vm.new_type_error("range expected"))?;
    Ok(intobj::int_from_bigint(r.start.clone()))
}
fn get_stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = range_data(v).ok_or_else(|| vm.new_type_error("range expected"))?;
    Ok(intobj::int_from_bigint(r.stop.clone()))
}
fn get_step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = range_data(v).ok_or_else(|| vm.new_type_error("range expected"))?;
    Ok(intobj::int_from_bigint(r.step.clone()))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = self_range(vm, &args)?;
    crate::objects::listobj::noargs(vm, &args, "range.__reversed__")?;
    let len = range_len(r);
    let last = &r.start + &r.step * (&len - 1u32);
    let new_stop = &r.start - &r.step;
    let rev = new_range(last, new_stop, -r.step.clone());
    let rd = range_data(&rev).ok_or_else(|| vm.new_type_error("range"))?;
    let _ = rd;
    vm.iter(&rev)
}

fn range_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = self_range(vm, &args)?;
    let t = crate::objects::tupleobj::new_tuple(vec![
        intobj::int_from_bigint(r.start.clone()),
        intobj::int_from_bigint(r.stop.clone()),
        intobj::int_from_bigint(r.step.clone()),
    ]);
    Ok(crate::objects::tupleobj::new_tuple(vec![
        Value::Obj(types().range.clone()),
        t,
    ]))
}

pub static RANGE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", range_new),
    MethodDef::method("count", range_count),
    MethodDef::method("index", range_index),
    MethodDef::method("__reversed__", range_reversed),
    MethodDef::method("__reduce__", range_reduce),
    MethodDef::getter("start", get_start),
    MethodDef::getter("stop", get_stop),
    MethodDef::getter("step", get_step),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__hash__", slots::hash),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__getitem__", slots::getitem),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__bool__", slots::bool_),
];
