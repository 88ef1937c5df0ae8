//! `slice` objects and index normalisation shared by the sequence types.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::*;
use crate::objects::{intobj, slots, tupleobj};
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    types::new_obj(
        &types().slice,
        Payload::Slice(Box::new([start, stop, step])),
    )
}

/// Resolved slice: start, stop, step, and the number of items.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

fn slice_part(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    match intobj::to_bigint(v) {
        Some(b) => Ok(Some(b)),
        None => {
            let cls = types::class_of(v);
            if types::lookup_str(&cls, "__index__").is_none() {
                return Err(vm.new_type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            let i = vm.index(v)?;
            Ok(intobj::to_bigint(&i))
        }
    }
}

/// A slice bound as an i64 (None stays None); an int beyond i64 becomes `neg` or `pos`.
fn part_i64(vm: &mut Vm, v: &Value, neg: i64, pos: i64) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        _ => Ok(slice_part(vm, v)?.map(|b| {
            b.to_i64()
                .unwrap_or(if b.is_negative() { neg } else { pos })
        })),
    }
}

/// CPython's PySlice_GetIndicesEx for a sequence of length `len`.
pub fn indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<SliceIdx> {
    let Some(Payload::Slice(parts)) = slice.payload() else {
        return Err(vm.new_type_error("expected slice"));
    };
    let step: i64 = match part_i64(vm, &parts[2], -i64::MAX, i64::MAX)? {
        None => 1,
        Some(0) => return Err(vm.new_value_error("slice step cannot be zero")),
        Some(s) => s,
    };
    let n = len as i64;
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += n;
                    if i < 0 {
                        i = if step < 0 { -1 } else { 0 };
                    }
                } else if i >= n {
                    i = if step < 0 { n - 1 } else { n };
                }
                i
            }
        }
    };
    let start_v = part_i64(vm, &parts[0], i64::MIN / 2, i64::MAX / 2)?;
    let stop_v = part_i64(vm, &parts[1], i64::MIN / 2, i64::MAX / 2)?;
    let (dstart, dstop) = if step < 0 { (n - 1, -1) } else { (0, n) };
    let start = clamp(start_v, dstart);
    let stop = clamp(stop_v, dstop);
    let len = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok(SliceIdx {
        start,
        stop,
        step,
        len,
    })
}

/// CPython's _PySlice_GetLongIndices: (start, stop, step) clamped to a big `len`.
pub fn long_indices(
    vm: &mut Vm,
    slice: &Value,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let parts = match slice.payload() {
        Some(Payload::Slice(p)) => p.clone(),
        _ => return Err(vm.new_type_error("expected slice")),
    };
    let step = slice_part(vm, &parts[2])?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(vm.new_value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: Option<BigInt>, dflt: &BigInt| -> BigInt {
        match v {
            None => dflt.clone(),
            Some(mut i) => {
                if i.is_negative() {
                    i += len;
                    if i < lower {
                        i = lower.clone();
                    }
                } else if i > upper {
                    i = upper.clone();
                }
                i
            }
        }
    };
    let start = slice_part(vm, &parts[0])?;
    let stop = slice_part(vm, &parts[1])?;
    let start = clamp(start, if neg { &upper } else { &lower });
    let stop = clamp(stop, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

/// Normalises an index for a sequence of length `len` (IndexError with `what`).
pub fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let cls = types::class_of(key);
            if types::lookup_str(&cls, "__index__").is_none() {
                return Err(vm.new_type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    types::type_name(key)
                )));
            }
            let v = vm.index(key)?;
            match intobj::to_i64(&v) {
                Some(i) => i,
                None => {
                    return Err(vm.new_index_error(format!(
                        "cannot fit '{}' into an index-sized integer",
                        types::type_name(key)
                    )))
                }
            }
        }
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error(format!("{} index out of range", what)));
    }
    Ok(j as usize)
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = crate::objects::listobj::pos_args(vm, &args, "slice", "slice", 1, 3)?;
    Ok(match r.len() {
        1 => new_slice(Value::None, r[0].clone(), Value::None),
        2 => new_slice(r[0].clone(), r[1].clone(), Value::None),
        _ => new_slice(r[0].clone(), r[1].clone(), r[2].clone()),
    })
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let len = crate::objects::listobj::one_arg(vm, &args, "slice.indices")?;
    let n = vm.index(len)?;
    let n = intobj::to_bigint(&n).unwrap_or_default();
    if n.is_negative() {
        return Err(vm.new_value_error("length should not be negative"));
    }
    let (start, stop, step) = long_indices(vm, &args.pos[0], &n)?;
    Ok(tupleobj::new_tuple(vec![
        intobj::int_from_bigint(start),
        intobj::int_from_bigint(stop),
        intobj::int_from_bigint(step),
    ]))
}

fn part(i: usize) -> impl Fn(&mut Vm, &Value) -> PyResult<Value> {
    move |_vm, v| match v.payload() {
        Some(Payload::Slice(p)) => Ok(p[i].clone()),
        _ => Ok(Value::None),
    }
}

fn get_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    part(0)(vm, v)
}
fn get_stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    part(1)(vm, v)
}
fn get_step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    part(2)(vm, v)
}

/// `slice.__reduce__`: `(slice, (start, stop, step))`, for copy and pickle.
fn slice_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "slice.__reduce__")?;
    let parts = match args.pos[0].payload() {
        Some(Payload::Slice(p)) => p.to_vec(),
        _ => return Err(vm.new_type_error("descriptor '__reduce__' requires a 'slice' object")),
    };
    Ok(tupleobj::new_tuple(vec![
        Value::Obj(types().slice.clone()),
        tupleobj::new_tuple(parts),
    ]))
}

pub static SLICE_METHODS: &[MethodDef] = &[
    MethodDef::none("__hash__"),
    MethodDef::method("__reduce__", slice_reduce),
    MethodDef::staticmethod("__new__", slice_new),
    MethodDef::method("indices", slice_indices),
    MethodDef::getter("start", get_start),
    MethodDef::getter("stop", get_stop),
    MethodDef::getter("step", get_step),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::none("__hash__"),
];
