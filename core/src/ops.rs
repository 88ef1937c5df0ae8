//! Operators on builtin types: the numeric tower (int with big-int fallback, float,
//! complex), sequence concatenation/repetition, set algebra, comparisons, and the
//! CPython error messages for unsupported operand types.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ast::{BinOp, UnaryOp};
use crate::bytecode::CompareKind;
use crate::object::*;
use crate::objects::intobj::{self, int_from_bigint};
use crate::objects::{complexobj, floatobj, listobj, strobj, tupleobj};
use crate::types::{self, types};
use crate::vm::{PyResult, Vm};

/// A number of a builtin numeric type.
#[derive(Clone)]
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

/// Classifies exact builtin numbers (and payloads of numeric subclass instances when
/// `subclasses` is true).
pub fn as_num(v: &Value, subclasses: bool) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => {
            if !subclasses && types::is_heap_class(&o.class()) {
                return None;
            }
            match &o.payload {
                Payload::Int(b) => Some(match b.to_i64() {
                    Some(i) if !subclasses || types::is_exact_int(o) => Num::Int(i),
                    _ => Num::Big(b),
                }),
                Payload::Float(f) => Some(Num::Float(*f)),
                Payload::Complex(r, i) => Some(Num::Complex(*r, *i)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn num_rank(n: &Num) -> u8 {
    match n {
        Num::Int(_) | Num::Big(_) => 0,
        Num::Float(_) => 1,
        Num::Complex(..) => 2,
    }
}

pub fn num_to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        _ => BigInt::zero(),
    }
}

/// Converts an int-like to f64 with OverflowError.
pub fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => intobj::bigint_to_f64(b)
            .ok_or_else(|| vm.new_overflow_error("int too large to convert to float")),
        Num::Float(f) => Ok(*f),
        Num::Complex(r, _) => Ok(*r),
    }
}

/// `a op b` when both are builtin numbers (exact types); None otherwise.
pub fn num_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    num_binop_ex(vm, a, b, op, false)
}

/// `num_binop` for `a op b`, or for `a op= b` when `inplace` (only the error differs).
pub fn num_binop_ex(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinOp,
    inplace: bool,
) -> Option<PyResult<Value>> {
    // Inline ints and floats: straight to the arithmetic.
    let fast = match (a, b) {
        (Value::Int(x), Value::Int(y)) if op != BinOp::MatMult => {
            Some(int_op(vm, &Num::Int(*x), &Num::Int(*y), op))
        }
        (Value::Float(x), Value::Float(y)) => Some(floatobj::float_op(vm, *x, *y, op)),
        (Value::Int(x), Value::Float(y)) => Some(floatobj::float_op(vm, *x as f64, *y, op)),
        (Value::Float(x), Value::Int(y)) => Some(floatobj::float_op(vm, *x, *y as f64, op)),
        _ => None,
    };
    if let Some(r) = fast {
        if matches!(&r, Ok(v) if Vm::is_not_implemented(v)) {
            return Some(Err(binop_type_error_ex(vm, a, b, op, inplace)));
        }
        return Some(r);
    }
    let x = as_num(a, false)?;
    let y = as_num(b, false)?;
    if op == BinOp::MatMult {
        return None;
    }
    // bool & | ^ bool stays bool.
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Ok(Value::Bool(*p & *q))),
            BinOp::BitOr => return Some(Ok(Value::Bool(*p | *q))),
            BinOp::BitXor => return Some(Ok(Value::Bool(*p ^ *q))),
            _ => {}
        }
    }
    let r = num_op(vm, &x, &y, op);
    if matches!(&r, Ok(v) if Vm::is_not_implemented(v)) {
        return Some(Err(binop_type_error_ex(vm, a, b, op, inplace)));
    }
    Some(r)
}

/// Arithmetic on two numbers of the numeric tower. Returns NotImplemented for operators a
/// type lacks (e.g. `1.5 & 2`).
pub fn num_op(vm: &mut Vm, x: &Num, y: &Num, op: BinOp) -> PyResult<Value> {
    let rank = num_rank(x).max(num_rank(y));
    match rank {
        0 => int_op(vm, x, y, op),
        1 => {
            if matches!(
                op,
                BinOp::LShift
                    | BinOp::RShift
                    | BinOp::BitAnd
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::MatMult
            ) {
                return Ok(vm.not_implemented());
            }
            let a = num_to_f64(vm, x)?;
            let b = num_to_f64(vm, y)?;
            floatobj::float_op(vm, a, b, op)
        }
        _ => {
            if matches!(
                op,
                BinOp::LShift
                    | BinOp::RShift
                    | BinOp::BitAnd
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::MatMult
                    | BinOp::FloorDiv
                    | BinOp::Mod
            ) {
                return Ok(vm.not_implemented());
            }
            let a = to_complex(vm, x)?;
            let b = to_complex(vm, y)?;
            complexobj::complex_op(vm, a, b, op)
        }
    }
}

/// `divmod(l, r)` with the semantics of `receiver`'s numeric type (receiver is l or r);
/// None when the operands are not builtin numbers.
pub fn builtin_divmod_for(
    vm: &mut Vm,
    receiver: &Value,
    l: &Value,
    r: &Value,
) -> Option<PyResult<Value>> {
    let recv = as_num(receiver, true)?;
    let (p, q) = (as_num(l, true)?, as_num(r, true)?);
    let other = if receiver.is(l) { &q } else { &p };
    if num_rank(other) > num_rank(&recv) {
        return Some(Ok(vm.not_implemented()));
    }
    Some(num_divmod(vm, &p, &q))
}

/// `divmod(x, y)` on two numbers; NotImplemented for complex operands.
pub fn num_divmod(vm: &mut Vm, x: &Num, y: &Num) -> PyResult<Value> {
    match num_rank(x).max(num_rank(y)) {
        0 => {
            if let (Num::Int(a), Num::Int(b)) = (x, y) {
                if *b != 0 && !(*a == i64::MIN && *b == -1) {
                    let (q, m) = (Integer::div_floor(a, b), Integer::mod_floor(a, b));
                    return Ok(tupleobj::new_tuple(vec![Value::Int(q), Value::Int(m)]));
                }
            }
            let (a, b) = (num_to_big(x), num_to_big(y));
            if b.is_zero() {
                return Err(vm.new_zero_division_error("integer division or modulo by zero"));
            }
            let (q, m) = a.div_mod_floor(&b);
            Ok(tupleobj::new_tuple(vec![
                int_from_bigint(q),
                int_from_bigint(m),
            ]))
        }
        1 => {
            let a = num_to_f64(vm, x)?;
            let b = num_to_f64(vm, y)?;
            if b == 0.0 {
                return Err(vm.new_zero_division_error("float divmod()"));
            }
            let (q, m) = floatobj::divmod(a, b);
            Ok(tupleobj::new_tuple(vec![Value::Float(q), Value::Float(m)]))
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn to_complex(vm: &mut Vm, n: &Num) -> PyResult<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Ok((*r, *i)),
        other => Ok((num_to_f64(vm, other)?, 0.0)),
    }
}

/// Integer arithmetic with the i64 fast path and BigInt fallback.
pub fn int_op(vm: &mut Vm, x: &Num, y: &Num, op: BinOp) -> PyResult<Value> {
    if let (Num::Int(a), Num::Int(b)) = (x, y) {
        let (a, b) = (*a, *b);
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mult => a.checked_mul(b),
            BinOp::FloorDiv => {
                if b == 0 {
                    return Err(vm.new_zero_division_error("integer division or modulo by zero"));
                }
                a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
            }
            BinOp::Mod => {
                if b == 0 {
                    return Err(vm.new_zero_division_error("integer modulo by zero"));
                }
                a.checked_rem(b).map(|_| Integer::mod_floor(&a, &b))
            }
            BinOp::Div => {
                if b == 0 {
                    return Err(vm.new_zero_division_error("division by zero"));
                }
                if a.unsigned_abs() < (1u64 << 53) && b.unsigned_abs() < (1u64 << 53) {
                    return Ok(Value::Float(a as f64 / b as f64));
                }
                return intobj::true_divide(vm, &BigInt::from(a), &BigInt::from(b));
            }
            BinOp::BitAnd => Some(a & b),
            BinOp::BitOr => Some(a | b),
            BinOp::BitXor => Some(a ^ b),
            BinOp::LShift => {
                if b < 0 {
                    return Err(vm.new_value_error("negative shift count"));
                }
                if b < 63 && a.unsigned_abs().leading_zeros() as i64 > b + 1 {
                    Some(a << b)
                } else if a == 0 {
                    Some(0)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if b < 0 {
                    return Err(vm.new_value_error("negative shift count"));
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            BinOp::Pow => {
                if b < 0 {
                    let fa = a as f64;
                    if a == 0 {
                        return Err(
                            vm.new_zero_division_error("0.0 cannot be raised to a negative power")
                        );
                    }
                    return floatobj::float_op(vm, fa, b as f64, BinOp::Pow);
                }
                if b <= u32::MAX as i64 {
                    a.checked_pow(b as u32)
                } else {
                    None
                }
            }
            BinOp::MatMult => return Ok(vm.not_implemented()),
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    let a = num_to_big(x);
    let b = num_to_big(y);
    big_op(vm, &a, &b, op)
}

fn big_op(vm: &mut Vm, a: &BigInt, b: &BigInt, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => int_from_bigint(a + b),
        BinOp::Sub => int_from_bigint(a - b),
        BinOp::Mult => {
            vm.check_alloc(usize::try_from((a.bits() + b.bits()) / 8).unwrap_or(usize::MAX))?;
            int_from_bigint(a * b)
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(vm.new_zero_division_error("integer division or modulo by zero"));
            }
            int_from_bigint(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(vm.new_zero_division_error("integer modulo by zero"));
            }
            int_from_bigint(a.mod_floor(b))
        }
        BinOp::Div => {
            if b.is_zero() {
                return Err(vm.new_zero_division_error("division by zero"));
            }
            return intobj::true_divide(vm, a, b);
        }
        BinOp::BitAnd => int_from_bigint(a & b),
        BinOp::BitOr => int_from_bigint(a | b),
        BinOp::BitXor => int_from_bigint(a ^ b),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.new_value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let Some(n) = b.to_u64() else {
                return Err(vm.new_overflow_error("too many digits in integer"));
            };
            let Ok(sh) = usize::try_from(n) else {
                return Err(vm.new_memory_error());
            };
            vm.check_alloc(sh / 8)?;
            int_from_bigint(a << sh)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.new_value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(n) => int_from_bigint(a >> (n as usize)),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if b.is_negative() {
                let fa = intobj::bigint_to_f64(a)
                    .ok_or_else(|| vm.new_overflow_error("int too large to convert to float"))?;
                let fb = intobj::bigint_to_f64(b).unwrap_or(f64::NEG_INFINITY);
                return floatobj::float_op(vm, fa, fb, BinOp::Pow);
            }
            return intobj::int_pow(vm, a, b);
        }
        BinOp::MatMult => vm.not_implemented(),
    })
}

/// Exact int == float comparison.
pub fn float_int_eq(f: f64, i: i64) -> bool {
    if f.is_nan() || f.is_infinite() {
        return false;
    }
    if f.fract() != 0.0 {
        return false;
    }
    if f.abs() < 9.0e15 {
        return f as i64 == i;
    }
    BigInt::from(i) == intobj::f64_to_bigint(f)
}

/// Compares two numbers: Some(ordering) or None when unordered (NaN).
fn num_cmp(vm: &mut Vm, x: &Num, y: &Num) -> PyResult<Option<std::cmp::Ordering>> {
    use std::cmp::Ordering;
    Ok(match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Float(f), i @ (Num::Int(_) | Num::Big(_))) => cmp_float_int(*f, i),
        (i @ (Num::Int(_) | Num::Big(_)), Num::Float(f)) => {
            cmp_float_int(*f, i).map(Ordering::reverse)
        }
        (a @ (Num::Int(_) | Num::Big(_)), b @ (Num::Int(_) | Num::Big(_))) => {
            Some(num_to_big(a).cmp(&num_to_big(b)))
        }
        _ => {
            let _ = vm;
            None
        }
    })
}

fn cmp_float_int(f: f64, i: &Num) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Num::Int(n) = i {
        if n.unsigned_abs() < (1u64 << 53) {
            return f.partial_cmp(&(*n as f64));
        }
    }
    // Exact: compare floor(f) with the int, then the fraction.
    let fl = f.floor();
    let fb = intobj::f64_to_bigint(fl);
    let ib = num_to_big(i);
    match fb.cmp(&ib) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Greater)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

fn ord_result(o: Option<std::cmp::Ordering>, op: CompareKind) -> bool {
    use std::cmp::Ordering::*;
    match o {
        None => op == CompareKind::Ne,
        Some(o) => match op {
            CompareKind::Lt => o == Less,
            CompareKind::Le => o != Greater,
            CompareKind::Eq => o == Equal,
            CompareKind::Ne => o != Equal,
            CompareKind::Gt => o == Greater,
            CompareKind::Ge => o != Less,
        },
    }
}

/// Comparison of builtin payloads; None when the pair is not handled by builtin code.
pub fn compare_payloads(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: CompareKind,
) -> Option<PyResult<Value>> {
    if let (Some(x), Some(y)) = (as_num(a, true), as_num(b, true)) {
        if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
            if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
                return None;
            }
            // A complex equals a real only if its imaginary part is zero and its real part
            // equals the real exactly (ints are not rounded to float).
            let eq = match (&x, &y) {
                (Num::Complex(a, b), Num::Complex(c, d)) => a == c && b == d,
                (Num::Complex(re, im), other) | (other, Num::Complex(re, im)) => {
                    *im == 0.0
                        && num_cmp(vm, &Num::Float(*re), other).ok().flatten()
                            == Some(std::cmp::Ordering::Equal)
                }
                _ => false,
            };
            let r = Ok(Value::Bool(if op == CompareKind::Eq { eq } else { !eq }));
            return Some(r);
        }
        return Some(num_cmp(vm, &x, &y).map(|o| Value::Bool(ord_result(o, op))));
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        if let (Value::None, Value::None) = (a, b) {
            if matches!(op, CompareKind::Eq | CompareKind::Ne) {
                return Some(Ok(Value::Bool(op == CompareKind::Eq)));
            }
        }
        return None;
    };
    match (&x.payload, &y.payload) {
        (Payload::Str(s), Payload::Str(t)) => Some(Ok(Value::Bool(ord_result(
            Some(s.as_str().cmp(t.as_str())),
            op,
        )))),
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let p = crate::objects::bytesobj::bytes_data(a).unwrap_or_default();
            let q = crate::objects::bytesobj::bytes_data(b).unwrap_or_default();
            Some(Ok(Value::Bool(ord_result(Some(p.cmp(&q)), op))))
        }
        // A bytearray orders against any buffer (memoryview, array), either side.
        (Payload::ByteArray(_), Payload::Native(_))
        | (Payload::Native(_), Payload::ByteArray(_))
            if !matches!(op, CompareKind::Eq | CompareKind::Ne)
                && crate::objects::bytesobj::is_buffer(a)
                && crate::objects::bytesobj::is_buffer(b) =>
        {
            let p = crate::objects::bytesobj::buffer_data(a)?;
            let q = crate::objects::bytesobj::buffer_data(b)?;
            Some(Ok(Value::Bool(ord_result(Some(p.cmp(&q)), op))))
        }
        // Tuples are immutable and kept alive by `a` and `b`: no copy needed.
        (Payload::Tuple(p), Payload::Tuple(q)) => Some(seq_compare(vm, p, q, op)),
        (Payload::List(p), Payload::List(q)) => {
            // Lists of different lengths are unequal without comparing items.
            if matches!(op, CompareKind::Eq | CompareKind::Ne)
                && p.borrow().len() != q.borrow().len()
            {
                return Some(Ok(Value::Bool(op == CompareKind::Ne)));
            }
            let (p, q) = (p.borrow().clone(), q.borrow().clone());
            Some(seq_compare(vm, &p, &q, op))
        }
        (Payload::Dict(_), Payload::Dict(_)) => {
            if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
                return None;
            }
            Some(
                crate::objects::dictobj::dict_eq(vm, a, b)
                    .map(|eq| Value::Bool(eq == (op == CompareKind::Eq))),
            )
        }
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            Some(crate::objects::setobj::set_compare(vm, a, b, op))
        }
        (Payload::Range(_), Payload::Range(_)) => {
            if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
                return None;
            }
            let eq = crate::objects::rangeobj::range_eq(x, y);
            Some(Ok(Value::Bool(eq == (op == CompareKind::Eq))))
        }
        (Payload::DictView(..), _) | (_, Payload::DictView(..)) => {
            crate::objects::dictobj::view_compare(vm, a, b, op)
        }
        (Payload::Slice(p), Payload::Slice(q)) => {
            let (p, q) = (p.to_vec(), q.to_vec());
            Some(seq_compare(vm, &p, &q, op))
        }
        (Payload::Cell(_), Payload::Cell(_)) => None,
        (Payload::BoundMethod(p), Payload::BoundMethod(q)) => {
            if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
                return None;
            }
            let eq = p.1.is(&q.1) && p.0.is(&q.0);
            Some(Ok(Value::Bool(eq == (op == CompareKind::Eq))))
        }
        (Payload::NativeFunction(p), Payload::NativeFunction(q)) => {
            if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
                return None;
            }
            let eq = p.self_.is(&q.self_) && p.func as usize == q.func as usize && p.name == q.name;
            Some(Ok(Value::Bool(eq == (op == CompareKind::Eq))))
        }
        (Payload::MappingProxy(p), _) => {
            let inner = Value::Obj(p.clone());
            Some(vm.rich_compare(&inner, b, op))
        }
        _ => None,
    }
}

/// Lexicographic comparison of sequences (CPython's algorithm: identity-or-equality to find
/// the first difference, then compare that pair).
pub fn seq_compare(vm: &mut Vm, p: &[Value], q: &[Value], op: CompareKind) -> PyResult<Value> {
    // Items may be containers themselves: bound the recursion as CPython does.
    vm.enter_native(" in comparison")?;
    let r = seq_compare_items(vm, p, q, op);
    vm.leave_native();
    r
}

fn seq_compare_items(vm: &mut Vm, p: &[Value], q: &[Value], op: CompareKind) -> PyResult<Value> {
    let n = p.len().min(q.len());
    let mut i = 0;
    while i < n {
        if !(p[i].is(&q[i]) || vm.eq(&p[i], &q[i])?) {
            break;
        }
        i += 1;
    }
    if i >= n {
        let o = p.len().cmp(&q.len());
        return Ok(Value::Bool(ord_result(Some(o), op)));
    }
    match op {
        CompareKind::Eq => Ok(Value::Bool(false)),
        CompareKind::Ne => Ok(Value::Bool(true)),
        _ => vm.rich_compare(&p[i], &q[i], op),
    }
}

/// Fast-path comparison for two builtin-class operands.
pub fn builtin_compare(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: CompareKind,
) -> Option<PyResult<Value>> {
    match compare_payloads(vm, a, b, op) {
        Some(r) => Some(r),
        None => {
            // Builtin types that define no such comparison.
            if has_custom_compare(a) || has_custom_compare(b) {
                return None;
            }
            // Code objects are made per access: equal when they wrap one compiled Code.
            let same = match (a.payload(), b.payload()) {
                (Some(Payload::Code(x)), Some(Payload::Code(y))) => std::rc::Rc::ptr_eq(x, y),
                _ => a.is(b),
            };
            Some(match op {
                CompareKind::Eq => Ok(Value::Bool(same)),
                CompareKind::Ne => Ok(Value::Bool(!same)),
                _ => Err(vm.new_type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    types::type_name(a),
                    types::type_name(b)
                ))),
            })
        }
    }
}

/// Builtin objects whose comparison is defined by a module type (Native payload) or a
/// non-heap type that still provides its own comparison methods.
fn has_custom_compare(v: &Value) -> bool {
    match v {
        Value::Obj(o) => matches!(
            o.payload,
            Payload::Native(_) | Payload::Object(_) | Payload::Type(_) | Payload::WeakRef(_)
        ),
        _ => false,
    }
}

/// The comparison a builtin `__lt__`-style method implements, for subclass instances.
pub fn builtin_compare_typed(
    vm: &mut Vm,
    x: &Value,
    y: &Value,
    op: CompareKind,
) -> Option<PyResult<Value>> {
    // `int.__eq__(1.0)` and `float.__lt__(1j)` are NotImplemented: a numeric receiver only
    // handles operands at or below its rank in the tower.
    if let (Some(p), Some(q)) = (as_num(x, true), as_num(y, true)) {
        if num_rank(&q) > num_rank(&p) {
            return Some(Ok(vm.not_implemented()));
        }
    }
    match compare_payloads(vm, x, y, op) {
        Some(r) => Some(r),
        None => {
            if has_custom_compare(x) || has_custom_compare(y) {
                return None;
            }
            Some(Ok(vm.not_implemented()))
        }
    }
}

pub fn binop_dunders(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mult => ("__mul__", "__rmul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
    }
}

pub fn inplace_dunder(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__iadd__",
        BinOp::Sub => "__isub__",
        BinOp::Mult => "__imul__",
        BinOp::MatMult => "__imatmul__",
        BinOp::Div => "__itruediv__",
        BinOp::Mod => "__imod__",
        BinOp::Pow => "__ipow__",
        BinOp::LShift => "__ilshift__",
        BinOp::RShift => "__irshift__",
        BinOp::BitOr => "__ior__",
        BinOp::BitXor => "__ixor__",
        BinOp::BitAnd => "__iand__",
        BinOp::FloorDiv => "__ifloordiv__",
    }
}

/// The TypeError for an unsupported `a op b`, worded as CPython words it.
pub fn binop_type_error(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> crate::vm::PyErr {
    binop_type_error_ex(vm, a, b, op, false)
}

/// The TypeError of `a op b` (or of `a op= b` when `inplace`).
/// Is `v` a str, list, tuple, bytes or bytearray (or an instance of a subclass)?
pub fn is_builtin_seq(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::Str(_)
                | Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        )
    )
}

/// Is `v` a str, list, tuple, bytes or bytearray whose type still has the builtin
/// sequence slot behind `names` (all of them resolve to the builtin base's own methods)?
/// CPython clears a class's sq_concat/sq_repeat/sq_inplace_* slot when the class defines
/// `__add__`, `__mul__`/`__rmul__`, `__iadd__` or `__imul__` itself; a failed operator on
/// it is then "unsupported operand type(s)", not the sequence's own message.
pub fn seq_slot_kept(v: &Value, names: &[&'static str]) -> bool {
    let t = types::types();
    let base = match v.payload() {
        Some(Payload::Str(_)) => &t.str_,
        Some(Payload::List(_)) => &t.list,
        Some(Payload::Tuple(_)) => &t.tuple,
        Some(Payload::Bytes(_)) => &t.bytes,
        Some(Payload::ByteArray(_)) => &t.bytearray,
        _ => return false,
    };
    let cls = types::class_of(v);
    if Rc::ptr_eq(&cls, base) {
        return names.iter().all(|n| types::lookup_str(base, n).is_some());
    }
    names.iter().all(
        |n| match (types::lookup_str(&cls, n), types::lookup_str(base, n)) {
            (Some(x), Some(y)) => x.is(&y),
            _ => false,
        },
    )
}

pub fn binop_type_error_ex(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinOp,
    inplace: bool,
) -> crate::vm::PyErr {
    let (ta, tb) = (types::type_name(a), types::type_name(b));
    let concat =
        |v: &Value| seq_slot_kept(v, &["__add__"]) || (inplace && seq_slot_kept(v, &["__iadd__"]));
    // In place, the left operand's sq_inplace_repeat also counts.
    let repeat = |v: &Value| seq_slot_kept(v, &["__mul__", "__rmul__"]);
    let repeat_a = repeat(a) || (inplace && seq_slot_kept(a, &["__imul__"]));
    if op == BinOp::Add && concat(a) {
        let msg = match a.payload() {
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                format!("can't concat {} to {}", tb, ta)
            }
            // (str, list and tuple name their own type, not a subclass.)
            Some(Payload::Str(_)) => format!("can only concatenate str (not \"{}\") to str", tb),
            Some(Payload::List(_)) => {
                format!("can only concatenate list (not \"{}\") to list", tb)
            }
            _ => format!("can only concatenate tuple (not \"{}\") to tuple", tb),
        };
        return vm.new_type_error(msg);
    }
    // In place, CPython tries the right operand's repeat only when the left type has no
    // sequence methods at all (sets, dicts, ranges, views and every class statement's
    // type have them, for `in` and len).
    let left_has_seq_methods = inplace && {
        let cls = types::class_of(a);
        let t = types::types();
        matches!(
            a.payload(),
            Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::Dict(_))
        ) || types::is_heap_class(&cls)
            || [
                &t.range,
                &t.dict_keys,
                &t.dict_values,
                &t.dict_items,
                &t.mappingproxy,
            ]
            .iter()
            .any(|c| Rc::ptr_eq(c, &cls))
            || crate::objects::memoryview::is_memoryview(a)
    };
    if op == BinOp::Mult && (repeat_a || (repeat(b) && !left_has_seq_methods)) {
        let other = if repeat_a { b } else { a };
        return vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            types::type_name(other)
        ));
    }
    let sym = if inplace {
        format!("{}=", op.symbol())
    } else if op == BinOp::Pow {
        "** or pow()".to_string()
    } else {
        op.symbol().to_string()
    };
    vm.new_type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym, ta, tb
    ))
}

/// `a op b` for builtin non-numeric operands; Some(NotImplemented) when the pair is not
/// supported by the left operand's type; None when not a builtin case at all.
pub fn builtin_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let r = builtin_binop_for(vm, a, a, b, op)?;
    match r {
        Ok(v) if Vm::is_not_implemented(&v) => {
            // Module-defined (native) types answer through their special methods.
            if matches!(b.payload(), Some(Payload::Native(_))) {
                return None;
            }
            // Reflected operation of the right operand's builtin type.
            builtin_binop_for(vm, b, a, b, op).or(Some(Ok(v)))
        }
        other => Some(other),
    }
}

/// Computes `l op r` with the semantics of `receiver`'s builtin type (receiver is l or r).
pub fn builtin_binop_for(
    vm: &mut Vm,
    receiver: &Value,
    l: &Value,
    r: &Value,
    op: BinOp,
) -> Option<PyResult<Value>> {
    if let Some(x) = as_num(receiver, true) {
        let _ = x;
        let (Some(p), Some(q)) = (as_num(l, true), as_num(r, true)) else {
            return Some(Ok(vm.not_implemented()));
        };
        // The receiver's type must be at least as high in the tower as the other.
        let rr = num_rank(&as_num(receiver, true)?);
        let other_rank = if receiver.is(l) {
            num_rank(&q)
        } else {
            num_rank(&p)
        };
        if other_rank > rr {
            return Some(Ok(vm.not_implemented()));
        }
        if let (Value::Bool(p), Value::Bool(q)) = (l, r) {
            match op {
                BinOp::BitAnd => return Some(Ok(Value::Bool(*p & *q))),
                BinOp::BitOr => return Some(Ok(Value::Bool(*p | *q))),
                BinOp::BitXor => return Some(Ok(Value::Bool(*p ^ *q))),
                _ => {}
            }
        }
        return Some(num_op(vm, &p, &q, op));
    }
    let Value::Obj(ro) = receiver else {
        return None;
    };
    let on_left = receiver.is(l);
    match &ro.payload {
        Payload::Str(_) => {
            // str's `%` formats whenever the left operand is a str (CPython's unicode_mod),
            // also as the reflected `__rmod__` of a str right operand.
            if op == BinOp::Mod && (on_left || l.as_str().is_some()) {
                return Some(crate::format::percent_format_str(vm, l, r));
            }
            if !on_left {
                if op == BinOp::Mult {
                    return Some(seq_repeat(vm, r, l));
                }
                return Some(Ok(vm.not_implemented()));
            }
            match op {
                BinOp::Add => match (l.as_str(), r.as_str()) {
                    // Adding an empty string gives the other operand itself (exact strs).
                    (Some(x), Some(_))
                        if x.as_str().is_empty()
                            && matches!(r, Value::Obj(o) if types::is_exact_str(o)) =>
                    {
                        Some(Ok(r.clone()))
                    }
                    (Some(_), Some(y))
                        if y.as_str().is_empty()
                            && matches!(l, Value::Obj(o) if types::is_exact_str(o)) =>
                    {
                        Some(Ok(l.clone()))
                    }
                    (Some(x), Some(y)) => {
                        let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                        s.push_str(x.as_str());
                        s.push_str(y.as_str());
                        Some(Ok(strobj::new_str(s)))
                    }
                    _ => Some(Ok(vm.not_implemented())),
                },
                BinOp::Mult => Some(seq_repeat(vm, l, r)),
                _ => Some(Ok(vm.not_implemented())),
            }
        }
        Payload::List(_) | Payload::Tuple(_) => {
            if !on_left {
                if op == BinOp::Mult {
                    return Some(seq_repeat(vm, r, l));
                }
                return Some(Ok(vm.not_implemented()));
            }
            match op {
                BinOp::Add => {
                    let same = matches!(
                        (l.payload(), r.payload()),
                        (Some(Payload::List(_)), Some(Payload::List(_)))
                            | (Some(Payload::Tuple(_)), Some(Payload::Tuple(_)))
                    );
                    if !same {
                        return Some(Ok(vm.not_implemented()));
                    }
                    // One allocation of the final size (the operands may be the same list).
                    let items = match (l.payload(), r.payload()) {
                        (Some(Payload::List(a)), Some(Payload::List(b))) => {
                            let (a, b) = (a.borrow(), b.borrow());
                            let mut v = Vec::with_capacity(a.len() + b.len());
                            v.extend_from_slice(&a);
                            v.extend_from_slice(&b);
                            v
                        }
                        (Some(Payload::Tuple(a)), Some(Payload::Tuple(b))) => {
                            // An empty operand gives the other exact tuple itself.
                            let exact =
                                |v: &Value| types::class_ptr(v) == Rc::as_ptr(&types().tuple);
                            if b.is_empty() && exact(l) {
                                return Some(Ok(l.clone()));
                            }
                            if a.is_empty() && exact(r) {
                                return Some(Ok(r.clone()));
                            }
                            let mut v = Vec::with_capacity(a.len() + b.len());
                            v.extend_from_slice(a);
                            v.extend_from_slice(b);
                            v
                        }
                        _ => return Some(Ok(vm.not_implemented())),
                    };
                    Some(Ok(match l.payload() {
                        Some(Payload::List(_)) => listobj::new_list(items),
                        _ => tupleobj::new_tuple(items),
                    }))
                }
                BinOp::Mult => Some(seq_repeat(vm, l, r)),
                _ => Some(Ok(vm.not_implemented())),
            }
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => Some(crate::objects::bytesobj::bytes_binop(
            vm, receiver, l, r, op,
        )),
        Payload::Set(_) | Payload::FrozenSet(_) => {
            Some(crate::objects::setobj::set_binop(vm, receiver, l, r, op))
        }
        Payload::Dict(_) => {
            if op == BinOp::BitOr && on_left {
                return Some(crate::objects::dictobj::dict_or(vm, l, r));
            }
            if op == BinOp::BitOr && !on_left {
                return Some(crate::objects::dictobj::dict_or(vm, l, r));
            }
            Some(Ok(vm.not_implemented()))
        }
        Payload::DictView(..) => Some(crate::objects::dictobj::view_binop(vm, l, r, op)),
        Payload::Type(_) => {
            if op == BinOp::BitOr {
                return Some(crate::objects::typeobj::make_union(vm, l, r));
            }
            Some(Ok(vm.not_implemented()))
        }
        Payload::MappingProxy(_) if op == BinOp::BitOr => {
            // `|` of the underlying mappings.
            let unproxy = |v: &Value| match v.payload() {
                Some(Payload::MappingProxy(d)) => Value::Obj(d.clone()),
                _ => v.clone(),
            };
            Some(vm.binary_op(&unproxy(l), &unproxy(r), op))
        }
        Payload::Native(_) => None,
        _ => Some(Ok(vm.not_implemented())),
    }
}

/// `seq * n`.
pub fn seq_repeat(vm: &mut Vm, seq: &Value, n: &Value) -> PyResult<Value> {
    let count = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            if let Payload::Int(b) = &o.payload {
                if let Some(i) = b.to_i64() {
                    i
                } else {
                    return Err(vm.new_overflow_error(format!(
                        "cannot fit '{}' into an index-sized integer",
                        types::type_name(n)
                    )));
                }
            } else {
                0
            }
        }
        _ => {
            let cls = types::class_of(n);
            if types::lookup_str(&cls, "__index__").is_some() {
                match vm.index(n)? {
                    Value::Int(i) => i,
                    _ => {
                        return Err(vm.new_overflow_error(format!(
                            "cannot fit '{}' into an index-sized integer",
                            types::type_name(n)
                        )))
                    }
                }
            } else {
                return Ok(vm.not_implemented());
            }
        }
    };
    let count = count.max(0);
    match seq.payload() {
        Some(Payload::Str(s)) => {
            let len = s.as_str().len();
            if len == 0 {
                return Ok(strobj::new_str(String::new()));
            }
            if count == 1 && matches!(seq, Value::Obj(o) if types::is_exact_str(o)) {
                return Ok(seq.clone());
            }
            if len as i128 * count as i128 > i64::MAX as i128 {
                return Err(vm.new_overflow_error("repeated string is too long"));
            }
            let total = vm.alloc_count(len as i64 * count, 1)?;
            Ok(strobj::new_str(s.as_str().repeat(total / len)))
        }
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            let count = if items.is_empty() { 0 } else { count };
            let total = (items.len() as i64).checked_mul(count).unwrap_or(i64::MAX);
            let total = vm.alloc_count(total, std::mem::size_of::<Value>())?;
            let count = total / items.len().max(1);
            let mut out = Vec::with_capacity(total);
            for _ in 0..count {
                out.extend(items.iter().cloned());
            }
            Ok(listobj::new_list(out))
        }
        Some(Payload::Tuple(t)) => {
            if count == 1 && types::class_ptr(seq) == Rc::as_ptr(&types().tuple) {
                return Ok(seq.clone());
            }
            let items = t.to_vec();
            let count = if items.is_empty() { 0 } else { count };
            let total = (items.len() as i64).checked_mul(count).unwrap_or(i64::MAX);
            let total = vm.alloc_count(total, std::mem::size_of::<Value>())?;
            let count = total / items.len().max(1);
            let mut out = Vec::with_capacity(total);
            for _ in 0..count {
                out.extend(items.iter().cloned());
            }
            Ok(tupleobj::new_tuple(out))
        }
        _ => Ok(vm.not_implemented()),
    }
}

/// In-place operators of builtin mutable types (list +=, set |=, ...); None to fall back
/// to the binary operator.
pub fn builtin_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    match a.payload()? {
        Payload::List(_) => match op {
            BinOp::Add => Some((|| {
                listobj::list_extend_iter(vm, a, b)?;
                Ok(a.clone())
            })()),
            BinOp::Mult => Some((|| {
                let r = seq_repeat(vm, a, b)?;
                if Vm::is_not_implemented(&r) {
                    return Err(binop_type_error(vm, a, b, op));
                }
                let items = listobj::list_items(&r);
                listobj::list_set_items(a, items);
                Ok(a.clone())
            })()),
            _ => None,
        },
        Payload::Set(_) => crate::objects::setobj::set_inplace(vm, a, b, op),
        Payload::Dict(_) if op == BinOp::BitOr => Some(crate::objects::dictobj::dict_ior(vm, a, b)),
        Payload::ByteArray(_) => crate::objects::bytesobj::bytearray_inplace(vm, a, b, op),
        Payload::MappingProxy(_) if op == BinOp::BitOr => Some(Err(
            vm.new_type_error("'|=' is not supported by mappingproxy; use '|' instead")
        )),
        _ => None,
    }
}

/// Unary operators of builtin types.
pub fn builtin_unary(vm: &mut Vm, v: &Value, op: UnaryOp) -> Option<PyResult<Value>> {
    let n = as_num(v, true)?;
    Some(match (n, op) {
        (Num::Int(i), UnaryOp::USub) => Ok(match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => int_from_bigint(-BigInt::from(i)),
        }),
        (Num::Int(i), UnaryOp::UAdd) => Ok(Value::Int(i)),
        (Num::Int(i), UnaryOp::Invert) => Ok(Value::Int(!i)),
        (Num::Big(b), UnaryOp::USub) => Ok(int_from_bigint(-b)),
        (Num::Big(b), UnaryOp::UAdd) => Ok(int_from_bigint(b.clone())),
        (Num::Big(b), UnaryOp::Invert) => Ok(int_from_bigint(-b - 1)),
        (Num::Float(f), UnaryOp::USub) => Ok(Value::Float(-f)),
        (Num::Float(f), UnaryOp::UAdd) => Ok(Value::Float(f)),
        (Num::Complex(r, i), UnaryOp::USub) => Ok(complexobj::new_complex(-r, -i)),
        (Num::Complex(r, i), UnaryOp::UAdd) => Ok(complexobj::new_complex(r, i)),
        (Num::Float(_) | Num::Complex(..), UnaryOp::Invert) => Err(vm.new_type_error(format!(
            "bad operand type for unary ~: '{}'",
            types::type_name(v)
        ))),
        (_, UnaryOp::Not) => Ok(Value::Bool(false)),
    })
}

/// Constant folding at compile time (only operations that cannot fail or explode).
pub fn fold_const_binop(l: &Value, op: BinOp, r: &Value) -> Option<Value> {
    let (x, y) = match (l, r) {
        (Value::Int(x), Value::Int(y)) => (*x, *y),
        _ => return None,
    };
    match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mult => x.checked_mul(y).map(Value::Int),
        BinOp::Pow if (0..=64).contains(&y) => x.checked_pow(y as u32).map(Value::Int),
        BinOp::LShift if (0..32).contains(&y) && x.unsigned_abs() < (1 << 30) => {
            Some(Value::Int(x << y))
        }
        _ => None,
    }
}

/// `-constant` at compile time.
pub fn negate_const(v: &Value) -> Option<Value> {
    match v {
        Value::Int(i) => i.checked_neg().map(Value::Int),
        Value::Float(f) => Some(Value::Float(-f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(int_from_bigint(-b)),
            Payload::Complex(r, i) => Some(complexobj::new_complex(-r, -i)),
            _ => None,
        },
        _ => None,
    }
}

/// Would CPython's AST optimiser fold this binary operation into a constant? (Tracebacks
/// show no operator anchors for folded expressions.)
pub fn fold_const_binop_ast(e: &crate::ast::Expr) -> bool {
    use crate::ast::{Constant, ExprKind};
    let ExprKind::BinOp { left, op, right } = &e.kind else {
        return false;
    };
    let is_num = |x: &crate::ast::Expr| {
        matches!(
            x.kind,
            ExprKind::Constant(
                Constant::Int(..)
                    | Constant::Float(_)
                    | Constant::Imag(_)
                    | Constant::True
                    | Constant::False
            )
        )
    };
    let is_const = |x: &crate::ast::Expr| {
        matches!(x.kind, ExprKind::Constant(_))
            || matches!(x.kind, ExprKind::BinOp { .. } if fold_const_binop_ast(x))
    };
    if !is_const(left) || !is_const(right) {
        return false;
    }
    let zero = |x: &crate::ast::Expr| match &x.kind {
        ExprKind::Constant(Constant::Int(d, _)) => d.chars().all(|c| c == '0'),
        ExprKind::Constant(Constant::Float(f)) => *f == 0.0,
        ExprKind::Constant(Constant::False) => true,
        _ => false,
    };
    match op {
        BinOp::Div | BinOp::FloorDiv | BinOp::Mod => is_num(left) && is_num(right) && !zero(right),
        BinOp::Add | BinOp::Sub | BinOp::Mult => true,
        _ => is_num(left) && is_num(right),
    }
}
