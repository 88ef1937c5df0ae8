//! Generic special methods shared by builtin types. Each one works on the builtin payload of
//! `self`, so it also serves subclass instances that do not override it (`super().__add__`,
//! `int.__add__(x, y)`).

use crate::ast::{BinOp, UnaryOp};
use crate::bytecode::CompareKind;
use crate::object::*;
use crate::ops;
use crate::types;
use crate::vm::{PyResult, Vm};

fn two<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let _ = name;
    Ok((&args.pos[0], &args.pos[1]))
}

/// The only argument of a slot wrapper taking none besides self (`__int__`, `__float__`,
/// `__index__`): "expected 0 arguments, got N" as CPython's wrappers say.
pub(crate) fn one<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a Value> {
    match args.pos.first() {
        Some(v) if args.pos.len() == 1 => Ok(v),
        _ => Err(vm.new_type_error(format!(
            "expected 0 arguments, got {}",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

fn binop(vm: &mut Vm, args: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (s, o) = two(vm, &args, "")?;
    let (l, r) = if reflected { (o, s) } else { (s, o) };
    match ops::builtin_binop_for(vm, s, l, r, op) {
        Some(Ok(r)) if !Vm::is_not_implemented(&r) => Ok(r),
        Some(Err(e)) => Err(e),
        _ => sequence_fallback(vm, s, o, op),
    }
}

/// Sequences' `__add__`/`__mul__`/`__rmul__` (CPython's sq_concat and sq_repeat) raise
/// instead of returning NotImplemented; `__mul__` accepts any `__index__` object.
fn sequence_fallback(vm: &mut Vm, s: &Value, o: &Value, op: BinOp) -> PyResult<Value> {
    let seq = match s.payload() {
        Some(Payload::List(_)) => "list",
        Some(Payload::Tuple(_)) => "tuple",
        Some(Payload::Str(_)) => "str",
        Some(Payload::Bytes(_)) => "bytes",
        Some(Payload::ByteArray(_)) => "bytearray",
        _ => return Ok(vm.not_implemented()),
    };
    match op {
        BinOp::Add => Err(vm.new_type_error(if matches!(seq, "bytes" | "bytearray") {
            format!("can't concat {} to {}", types::type_name(o), seq)
        } else {
            format!(
                "can only concatenate {} (not \"{}\") to {}",
                seq,
                types::type_name(o),
                seq
            )
        })),
        BinOp::Mult => {
            let n = vm.index(o)?;
            match ops::builtin_binop_for(vm, s, s, &n, op) {
                Some(r) => r,
                None => Ok(vm.not_implemented()),
            }
        }
        _ => Ok(vm.not_implemented()),
    }
}

macro_rules! binop_slots {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            pub fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> { binop(vm, args, $op, false) }
            pub fn $rname(vm: &mut Vm, args: Args) -> PyResult<Value> { binop(vm, args, $op, true) }
        )*
    };
}

binop_slots! {
    add, radd => BinOp::Add;
    sub, rsub => BinOp::Sub;
    mul, rmul => BinOp::Mult;
    truediv, rtruediv => BinOp::Div;
    floordiv, rfloordiv => BinOp::FloorDiv;
    mod_, rmod => BinOp::Mod;
    pow_inner, rpow_inner => BinOp::Pow;
    lshift, rlshift => BinOp::LShift;
    rshift, rrshift => BinOp::RShift;
    and, rand => BinOp::BitAnd;
    or, ror => BinOp::BitOr;
    xor, rxor => BinOp::BitXor;
    matmul, rmatmul => BinOp::MatMult;
}

/// `__pow__(self, other, mod=None)`.
pub fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() == 3 && !args.pos[2].is_none() {
        return crate::builtins::pow3(vm, &args.pos[0], &args.pos[1], &args.pos[2]);
    }
    let a = Args {
        pos: &args.pos[..args.pos.len().min(2)],
        ..args
    };
    pow_inner(vm, a)
}

/// `__rpow__(self, other, mod=None)`: `pow(other, self, mod)`.
pub fn rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() == 3 && !args.pos[2].is_none() {
        return crate::builtins::pow3(vm, &args.pos[1], &args.pos[0], &args.pos[2]);
    }
    let a = Args {
        pos: &args.pos[..args.pos.len().min(2)],
        ..args
    };
    rpow_inner(vm, a)
}

fn divmod_impl(vm: &mut Vm, x: &Value, y: &Value, recv: &Value) -> PyResult<Value> {
    if let Some(r) = ops::builtin_divmod_for(vm, recv, x, y) {
        return r;
    }
    let q = match ops::builtin_binop_for(vm, recv, x, y, BinOp::FloorDiv) {
        Some(r) => r?,
        None => return Ok(vm.not_implemented()),
    };
    if Vm::is_not_implemented(&q) {
        return Ok(q);
    }
    let m = match ops::builtin_binop_for(vm, recv, x, y, BinOp::Mod) {
        Some(r) => r?,
        None => return Ok(vm.not_implemented()),
    };
    Ok(crate::objects::tupleobj::new_tuple(vec![q, m]))
}

pub fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, o) = two(vm, &args, "__divmod__")?;
    divmod_impl(vm, s, o, s)
}

pub fn rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, o) = two(vm, &args, "__rdivmod__")?;
    divmod_impl(vm, o, s, s)
}

fn compare(vm: &mut Vm, args: Args, op: CompareKind) -> PyResult<Value> {
    let (s, o) = two(vm, &args, op.dunder())?;
    match ops::builtin_compare_typed(vm, s, o, op) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

pub fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Eq)
}
pub fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Ne)
}
pub fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Lt)
}
pub fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Le)
}
pub fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Gt)
}
pub fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Ge)
}

fn unary(vm: &mut Vm, args: Args, op: UnaryOp) -> PyResult<Value> {
    let s = one(vm, &args)?;
    match ops::builtin_unary(vm, s, op) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

pub fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, UnaryOp::USub)
}
pub fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, UnaryOp::UAdd)
}
pub fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, UnaryOp::Invert)
}

pub fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one(vm, &args)?;
    crate::builtins::builtin_abs_value(vm, s)
}

pub fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one(vm, &args)?;
    match s {
        Value::Obj(o) => Ok(Value::Bool(super::builtin_truthy(o).unwrap_or(true))),
        other => Ok(Value::Bool(vm.truthy(other)?)),
    }
}

pub fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one(vm, &args)?;
    match super::builtin_repr(vm, s) {
        Some(r) => Ok(crate::objects::strobj::new_str(r?)),
        None => Ok(crate::objects::strobj::new_str(
            super::objectobj::default_repr(s),
        )),
    }
}

pub fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one(vm, &args)?;
    match super::builtin_str(vm, s) {
        Some(r) => Ok(crate::objects::strobj::new_str(r?)),
        None => repr(vm, args),
    }
}

pub fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one(vm, &args)?;
    match super::builtin_hash(vm, s) {
        Some(r) => Ok(Value::Int(r?)),
        None => Ok(Value::Int(s.id() >> 4)),
    }
}

pub fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, spec) = two(vm, &args, "__format__")?;
    let Some(spec) = spec.as_rust_str().map(|x| x.to_string()) else {
        return Err(vm.new_type_error(format!(
            "__format__() argument must be str, not {}",
            crate::objects::strobj::clinic_type_name(spec)
        )));
    };
    // An empty spec means str(self), which a subclass may override (CPython does the same).
    if spec.is_empty() {
        if let Value::Obj(o) = s {
            if types::is_heap_class(&o.class()) {
                return vm.str(s).map(Value::Obj);
            }
        }
    }
    match crate::format::builtin_format(vm, s, &spec) {
        Some(r) => Ok(crate::objects::strobj::new_str(r?)),
        None => {
            let st = vm.str_string(s)?;
            crate::format::format_str(vm, &st, &spec).map(crate::objects::strobj::new_str)
        }
    }
}

pub fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one(vm, &args)?;
    match s {
        Value::Obj(o) => match super::builtin_len(o) {
            Some(n) => Ok(Value::Int(n as i64)),
            // Only a range can be too long for a Py_ssize_t.
            None if matches!(o.payload, Payload::Range(_)) => {
                Err(vm.new_overflow_error("Python int too large to convert to C ssize_t"))
            }
            None => Err(vm.new_type_error("object has no len()")),
        },
        _ => Err(vm.new_type_error("object has no len()")),
    }
}

pub fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, k) = two(vm, &args, "__getitem__")?;
    match super::builtin_getitem(vm, s, k) {
        Some(r) => r,
        None => Err(vm.new_type_error(format!(
            "'{}' object is not subscriptable",
            types::type_name(s)
        ))),
    }
}

pub fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return Err(vm.new_type_error(format!(
            "expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    match super::builtin_setitem(vm, &args.pos[0], &args.pos[1], &args.pos[2]) {
        Some(r) => r.map(|_| Value::None),
        None => Err(vm.new_type_error("object does not support item assignment")),
    }
}

pub fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, k) = two(vm, &args, "__delitem__")?;
    match super::builtin_delitem(vm, s, k) {
        Some(r) => r.map(|_| Value::None),
        None => Err(vm.new_type_error("object doesn't support item deletion")),
    }
}

pub fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, k) = two(vm, &args, "__contains__")?;
    match super::builtin_contains(vm, s, k) {
        Some(r) => r.map(Value::Bool),
        None => Err(vm.new_type_error("object is not a container")),
    }
}

pub fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one(vm, &args)?;
    match super::iterobj::builtin_iter(vm, s) {
        Some(r) => r,
        None => Err(vm.new_type_error(format!("'{}' object is not iterable", types::type_name(s)))),
    }
}

pub fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, o) = two(vm, &args, "__iadd__")?;
    match ops::builtin_inplace(vm, s, o, BinOp::Add) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

pub fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, o) = two(vm, &args, "__imul__")?;
    // Called as a method (the operator reaches builtin_inplace directly), it wants an index.
    if !crate::objects::intobj::has_index(o) {
        return Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(o)
        )));
    }
    match ops::builtin_inplace(vm, s, o, BinOp::Mult) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! inplace_slots {
    ($($name:ident => $op:expr;)*) => {
        $(
            pub fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (s, o) = two(vm, &args, "")?;
                match ops::builtin_inplace(vm, s, o, $op) {
                    Some(r) => r,
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

inplace_slots! {
    ior => BinOp::BitOr;
    iand => BinOp::BitAnd;
    ixor => BinOp::BitXor;
    isub => BinOp::Sub;
}
