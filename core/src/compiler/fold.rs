//! Constant folding, as CPython 3.11's AST optimizer (`Python/ast_opt.c`) does it: unary and
//! binary operations on constants, tuples of constants, `constant[constant]` and `__debug__`.
//! The size limits are CPython's, so huge results are left to run time; an operation that
//! would raise is not folded (the error happens at run time, at the operation's location).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ast::*;
use crate::object::{Payload, Value};
use crate::objects::complexobj::new_complex;
use crate::objects::intobj::{
    bigint_to_f64, int_from_bigint, parse_int_literal, ratio_to_f64, to_bigint,
};
use crate::objects::{bytesobj, strobj, tupleobj};

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// The value of a literal; None when an int literal has too many digits to convert.
pub fn constant(c: &Constant) -> Option<Value> {
    Some(match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => crate::types::types().ellipsis.clone(),
        Constant::Int(digits, radix) => parse_int_literal(digits, *radix)?,
        Constant::Float(f) => Value::Float(*f),
        Constant::Imag(f) => new_complex(0.0, *f),
        Constant::Str(s) => Value::Obj(strobj::new_str_ref(s)),
        Constant::Bytes(b) => bytesobj::new_bytes(b.clone()),
    })
}

/// A literal's value, or the folded value of a foldable expression.
pub fn fold_or_const(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant(c) => constant(c),
        _ => fold(e),
    }
}

/// The folded value of a non-literal expression, if CPython's optimizer folds it.
pub fn fold(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Name { id, ctx: Ctx::Load } if id == "__debug__" => Some(Value::Bool(true)),
        ExprKind::UnaryOp { op, operand } => {
            let v = fold_or_const(operand)?;
            unary(*op, &v)
        }
        ExprKind::BinOp { left, op, right } => {
            let l = fold_or_const(left)?;
            let r = fold_or_const(right)?;
            binary(&l, *op, &r)
        }
        ExprKind::Tuple {
            elts,
            ctx: Ctx::Load,
        } => {
            let vals: Option<Vec<Value>> = elts.iter().map(fold_or_const).collect();
            Some(tupleobj::new_tuple(vals?))
        }
        ExprKind::Subscript {
            value,
            slice,
            ctx: Ctx::Load,
        } => {
            let v = fold_or_const(value)?;
            let i = fold_or_const(slice)?;
            subscript(&v, &i)
        }
        _ => None,
    }
}

/// The truth value of a constant.
pub fn const_truth(v: &Value) -> Option<bool> {
    Some(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Null => return None,
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => !b.is_zero(),
            Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
            Payload::Str(s) => !s.as_str().is_empty(),
            Payload::Bytes(b) => !b.is_empty(),
            Payload::Tuple(t) => !t.is_empty(),
            Payload::FrozenSet(s) => !s.borrow().is_empty(),
            _ if v.is(&crate::types::types().ellipsis) => true,
            _ => return None,
        },
    })
}

/// The type name of a constant (for compile-time warnings).
pub fn type_name(v: &Value) -> Option<&'static str> {
    Some(match v {
        Value::None => "NoneType",
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Float(_) => "float",
        Value::Null => return None,
        Value::Obj(o) => match &o.payload {
            Payload::Int(_) => "int",
            Payload::Complex(..) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::Tuple(_) => "tuple",
            Payload::FrozenSet(_) => "frozenset",
            _ if v.is(&crate::types::types().ellipsis) => "ellipsis",
            _ => return None,
        },
    })
}

/// A numeric constant: exact ints (and bools), floats, complexes.
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(_) | Value::Int(_) => Some(Num::Int(to_bigint(v)?)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(Num::Int(b.clone())),
            Payload::Complex(r, i) => Some(Num::Complex(*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

fn to_f64(n: &Num) -> Option<f64> {
    match n {
        Num::Int(b) => bigint_to_f64(b),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

fn to_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Some((*r, *i)),
        other => Some((to_f64(other)?, 0.0)),
    }
}

fn bits(b: &BigInt) -> u64 {
    b.bits()
}

fn unary(op: UnaryOp, v: &Value) -> Option<Value> {
    if op == UnaryOp::Not {
        return Some(Value::Bool(!const_truth(v)?));
    }
    match (op, num(v)?) {
        (UnaryOp::USub, Num::Int(b)) => Some(int_from_bigint(-b)),
        (UnaryOp::USub, Num::Float(f)) => Some(Value::Float(-f)),
        (UnaryOp::USub, Num::Complex(r, i)) => Some(new_complex(-r, -i)),
        (UnaryOp::UAdd, Num::Int(b)) => Some(int_from_bigint(b)),
        (UnaryOp::UAdd, Num::Float(f)) => Some(Value::Float(f)),
        (UnaryOp::UAdd, Num::Complex(r, i)) => Some(new_complex(r, i)),
        (UnaryOp::Invert, Num::Int(b)) => Some(int_from_bigint(-(b + BigInt::from(1)))),
        _ => None,
    }
}

fn is_seq(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_))
    )
}

fn binary(l: &Value, op: BinOp, r: &Value) -> Option<Value> {
    if is_seq(l) || is_seq(r) {
        return seq_binary(l, op, r);
    }
    let (x, y) = (num(l)?, num(r)?);
    if let (Num::Int(a), Num::Int(b)) = (&x, &y) {
        let both_bool = matches!((l, r), (Value::Bool(_), Value::Bool(_)));
        return int_binary(a, op, b, both_bool);
    }
    if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
        let (a, b) = (to_complex(&x)?, to_complex(&y)?);
        return match op {
            BinOp::Add => Some(new_complex(a.0 + b.0, a.1 + b.1)),
            BinOp::Sub => Some(new_complex(a.0 - b.0, a.1 - b.1)),
            BinOp::Mult => Some(new_complex(a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)),
            _ => None,
        };
    }
    let (a, b) = (to_f64(&x)?, to_f64(&y)?);
    match op {
        BinOp::Add => Some(Value::Float(a + b)),
        BinOp::Sub => Some(Value::Float(a - b)),
        BinOp::Mult => Some(Value::Float(a * b)),
        BinOp::Div if b != 0.0 => Some(Value::Float(a / b)),
        _ => None,
    }
}

fn int_binary(a: &BigInt, op: BinOp, b: &BigInt, both_bool: bool) -> Option<Value> {
    let nonzero = !a.is_zero() && !b.is_zero();
    Some(match op {
        BinOp::Add => int_from_bigint(a + b),
        BinOp::Sub => int_from_bigint(a - b),
        BinOp::Mult => {
            if nonzero && bits(a) + bits(b) > MAX_INT_SIZE {
                return None;
            }
            int_from_bigint(a * b)
        }
        BinOp::FloorDiv if !b.is_zero() => int_from_bigint(a.div_floor(b)),
        BinOp::Mod if !b.is_zero() => int_from_bigint(a.mod_floor(b)),
        BinOp::Div if !b.is_zero() => Value::Float(ratio_to_f64(a, b)?),
        BinOp::Pow if !b.is_negative() => {
            if nonzero {
                let wbits = b.to_u64()?;
                if bits(a) > MAX_INT_SIZE / wbits {
                    return None;
                }
            }
            int_from_bigint(num_traits::pow(a.clone(), b.to_usize()?))
        }
        BinOp::LShift if !b.is_negative() => {
            if nonzero {
                let wbits = b.to_u64()?;
                if wbits > MAX_INT_SIZE || bits(a) > MAX_INT_SIZE - wbits {
                    return None;
                }
            }
            if a.is_zero() {
                return Some(Value::Int(0));
            }
            int_from_bigint(a << b.to_usize()?)
        }
        BinOp::RShift if !b.is_negative() => match b.to_u64() {
            Some(n) if n < u64::from(u32::MAX) => {
                int_from_bigint(a.div_floor(&(BigInt::from(1) << n as usize)))
            }
            _ => Value::Int(if a.is_negative() { -1 } else { 0 }),
        },
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
            let r = match op {
                BinOp::BitAnd => a & b,
                BinOp::BitOr => a | b,
                _ => a ^ b,
            };
            if both_bool {
                Value::Bool(!r.is_zero())
            } else {
                int_from_bigint(r)
            }
        }
        _ => return None,
    })
}

/// Items (counting nested tuples and frozensets) of a constant, up to `limit`; None above.
fn complexity(v: &Value, limit: usize) -> Option<usize> {
    let mut total = 0usize;
    if let Some(Payload::Tuple(t)) = v.payload() {
        total += t.len();
        if total > limit {
            return None;
        }
        for x in t.iter() {
            total += complexity(x, limit - total)?;
            if total > limit {
                return None;
            }
        }
    }
    Some(total)
}

fn seq_len(v: &Value) -> Option<usize> {
    Some(match v.payload()? {
        Payload::Str(s) => s.as_str().chars().count(),
        Payload::Bytes(b) => b.len(),
        Payload::Tuple(t) => t.len(),
        _ => return None,
    })
}

fn seq_binary(l: &Value, op: BinOp, r: &Value) -> Option<Value> {
    match op {
        BinOp::Add => match (l.payload()?, r.payload()?) {
            (Payload::Str(a), Payload::Str(b)) => {
                Some(strobj::new_str(format!("{}{}", a.as_str(), b.as_str())))
            }
            (Payload::Bytes(a), Payload::Bytes(b)) => {
                Some(bytesobj::new_bytes([&a[..], &b[..]].concat()))
            }
            (Payload::Tuple(a), Payload::Tuple(b)) => Some(tupleobj::new_tuple(
                a.iter().chain(b.iter()).cloned().collect(),
            )),
            _ => None,
        },
        BinOp::Mult => {
            let (seq, n) = if is_seq(l) { (l, r) } else { (r, l) };
            if is_seq(n) {
                return None;
            }
            let Num::Int(count) = num(n)? else {
                return None;
            };
            let size = seq_len(seq)?;
            if size == 0 {
                return Some(seq.clone());
            }
            let is_tuple = matches!(seq.payload(), Some(Payload::Tuple(_)));
            let limit = if is_tuple {
                MAX_COLLECTION_SIZE
            } else {
                MAX_STR_SIZE
            };
            let n = if count.is_negative() {
                0
            } else {
                count.to_usize().unwrap_or(usize::MAX)
            };
            if let Some(max) = limit.checked_div(size) {
                if count.is_negative() || n > max {
                    return None;
                }
                if n > 0 && is_tuple {
                    complexity(seq, MAX_TOTAL_ITEMS / n)?;
                }
            }
            Some(match seq.payload()? {
                Payload::Str(s) => strobj::new_str(s.as_str().repeat(n)),
                Payload::Bytes(b) => bytesobj::new_bytes(b.repeat(n)),
                Payload::Tuple(t) => {
                    let mut out = Vec::with_capacity(t.len() * n);
                    for _ in 0..n {
                        out.extend(t.iter().cloned());
                    }
                    tupleobj::new_tuple(out)
                }
                _ => return None,
            })
        }
        _ => None,
    }
}

fn subscript(v: &Value, i: &Value) -> Option<Value> {
    let idx = match i {
        Value::Int(_) | Value::Bool(_) => to_bigint(i)?.to_i64()?,
        _ => return None,
    };
    let len = seq_len(v)? as i64;
    let k = if idx < 0 { idx + len } else { idx };
    if k < 0 || k >= len {
        return None;
    }
    let k = k as usize;
    Some(match v.payload()? {
        Payload::Str(s) => strobj::new_str(s.as_str().chars().nth(k)?.to_string()),
        Payload::Bytes(b) => Value::Int(i64::from(b[k])),
        Payload::Tuple(t) => t[k].clone(),
        _ => return None,
    })
}
