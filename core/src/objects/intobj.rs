//! `int` and `bool`: small ints inline (`Value::Int`), big ints as `Payload::Int(BigInt)`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::slots;
use crate::object::*;
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

/// Normalises a BigInt: inline when it fits in i64.
pub fn int_from_bigint(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => types::new_obj(&types().int, Payload::Int(b)),
    }
}

pub fn new_int(i: i64) -> Value {
    Value::Int(i)
}

/// The value of an int-like (int, bool, int subclass) as BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The value of an int-like as i64 if it fits.
pub fn to_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => b.to_i64(),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

/// Does `v` support `__index__` (ints and objects whose type defines it)?
pub fn has_index(v: &Value) -> bool {
    is_int(v) || types::lookup_str(&types::class_of(v), "__index__").is_some()
}

/// The text of a bytes-like number for int()/float(): only ASCII counts (a non-ASCII byte
/// becomes U+FFFD, which no number contains), as CPython reads bytes.
pub fn bytes_as_ascii_text(d: &[u8]) -> String {
    d.iter()
        .map(|&b| if b < 0x80 { b as char } else { '\u{fffd}' })
        .collect()
}

fn is_exact_int_value(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if types::is_exact_int(o))
}

/// CPython's DeprecationWarning for `__int__`/`__index__` returning a bool or an int subclass.
pub fn warn_int_subclass(vm: &mut Vm, name: &str, r: &Value) -> PyResult<()> {
    let msg = format!(
        "{} returned non-int (type {}).  The ability to return an instance of a strict \
         subclass of int is deprecated, and may be removed in a future version of Python.",
        name,
        types::type_name(r)
    );
    let cat = types().exc.deprecation_warning.clone();
    crate::exceptions::warn(vm, &cat, &msg)
}

thread_local! {
    /// `sys.set_int_max_str_digits` (0: no limit). The compiler checks literals against it
    /// too, so it lives here rather than in the Vm.
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

/// The int/str conversion digit limit (0: unlimited).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|c| c.set(n));
}

/// Parses a literal's digits (no underscores) in `radix`. None if it exceeds the digit limit.
pub fn parse_int_literal(digits: &str, radix: u32) -> Option<Value> {
    let limit = max_str_digits();
    if radix == 10 && limit > 0 && digits.len() > limit {
        return None;
    }
    if let Ok(i) = i64::from_str_radix(digits, radix) {
        return Some(Value::Int(i));
    }
    BigInt::parse_bytes(digits.as_bytes(), radix).map(int_from_bigint)
}

/// Correctly rounded BigInt -> f64; None on overflow.
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    if let Some(i) = b.to_i64() {
        if i.unsigned_abs() < (1u64 << 53) {
            return Some(i as f64);
        }
    }
    let bits = b.bits();
    if bits > 1024 {
        return None;
    }
    // Keep 64 significant bits plus a sticky bit, then let the conversion round.
    let neg = b.is_negative();
    let mag = b.abs();
    let f = if bits <= 64 {
        mag.to_u64().map(|u| u as f64).unwrap_or(0.0)
    } else {
        let shift = bits - 64;
        let top: BigInt = &mag >> shift;
        let mut t = top.to_u64().unwrap_or(0);
        let rest_nonzero = (&mag - (&top << shift)) != BigInt::zero();
        if rest_nonzero {
            t |= 1;
        }
        // Round to 53 bits with sticky information preserved in the low bit.
        let r = (t as f64) * 2f64.powi(shift as i32);
        if r.is_infinite() {
            return None;
        }
        r
    };
    if f.is_infinite() {
        return None;
    }
    Some(if neg { -f } else { f })
}

/// Exact f64 -> BigInt (f must be finite and integral).
pub fn f64_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let (m, e) = crate::hash::frexp(f);
    // f = m * 2^e with 0.5 <= |m| < 1; take 53 bits.
    let mant = (m * (1u64 << 53) as f64) as i64;
    let e2 = e - 53;
    let b = BigInt::from(mant);
    if e2 >= 0 {
        b << (e2 as usize)
    } else {
        b >> ((-e2) as usize)
    }
}

/// Correctly rounded int / int.
pub fn true_divide(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.new_zero_division_error("division by zero"));
    }
    match ratio_to_f64(a, b) {
        Some(f) => Ok(Value::Float(f)),
        None => Err(vm.new_overflow_error("integer division result too large for a float")),
    }
}

/// `num / den` (den != 0) correctly rounded to the nearest f64, ties to even, with gradual
/// underflow; None when the result overflows.
pub fn ratio_to_f64(num: &BigInt, den: &BigInt) -> Option<f64> {
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (num.to_i64(), den.to_i64()) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            // Both exact as floats: one IEEE division rounds correctly.
            return Some(x as f64 / y as f64);
        }
    }
    let neg = num.is_negative() != den.is_negative();
    let sign = |f: f64| if neg { -f } else { f };
    if num.is_zero() {
        return Some(sign(0.0));
    }
    let (a, b) = (num.magnitude(), den.magnitude());
    let (sa, sb) = (a.bits() as i64, b.bits() as i64);
    // a/b lies in [2**(sa-sb-1), 2**(sa-sb+1)).
    if sa - sb > 1025 {
        return None;
    }
    if sa - sb < -1076 {
        return Some(sign(0.0));
    }
    // q = floor(a * 2**shift / b) has 56 or 57 bits; r != 0 is the sticky bit.
    let shift = 56 + sb - sa;
    let (q, r) = if shift >= 0 {
        (a << shift as usize).div_rem(b)
    } else {
        a.div_rem(&(b << (-shift) as usize))
    };
    let qb = q.bits() as i64;
    // Bits to drop: down to 53 significant bits, or fewer where the result is subnormal
    // (its last bit may not weigh less than 2**-1074).
    let drop = (qb - 53).max(shift - 1074);
    let mut m = (&q >> drop as usize).to_u64().unwrap_or(0);
    let half = drop > 0 && q.bit(drop as u64 - 1);
    let rest = drop > 1
        && q.trailing_zeros()
            .map(|t| t < drop as u64 - 1)
            .unwrap_or(false);
    let sticky = rest || !r.is_zero();
    if half && (sticky || m & 1 == 1) {
        m += 1;
    }
    let f = ldexp(m as f64, (drop - shift) as i32);
    if f.is_infinite() {
        return None;
    }
    Some(sign(f))
}

/// `m * 2**e`, exact whenever the result is representable.
pub fn ldexp(mut m: f64, mut e: i32) -> f64 {
    while e > 1000 {
        m *= 2f64.powi(1000);
        e -= 1000;
        if m.is_infinite() {
            return m;
        }
    }
    while e < -1000 {
        m *= 2f64.powi(-1000);
        e += 1000;
    }
    m * 2f64.powi(e)
}

/// `a ** b` for non-negative b, with a size pre-check.
pub fn int_pow(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if a.is_zero() || a.is_one() {
        return Ok(if b.is_zero() {
            Value::Int(1)
        } else {
            int_from_bigint(a.clone())
        });
    }
    if *a == BigInt::from(-1) {
        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
    }
    let Some(e) = b.to_u64() else {
        return Err(vm.new_memory_error());
    };
    let bits = (a.bits() as f64 - 1.0).max(1.0) * e as f64;
    if bits > 8.0 * (crate::alloc::limit() as f64).min(17179869184.0) {
        return Err(vm.new_memory_error());
    }
    vm.check_alloc((bits / 8.0) as usize)?;
    Ok(int_from_bigint(num_traits::pow::Pow::pow(a, e)))
}

/// Decimal string of an int, with the int_max_str_digits limit.
pub fn int_to_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok((*b as i64).to_string()),
        _ => {
            let b = to_bigint(v).unwrap_or_default();
            let limit = max_str_digits();
            if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
                return Err(vm.new_value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    limit
                )));
            }
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if limit > 0 && digits > limit {
                return Err(vm.new_value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    limit
                )));
            }
            Ok(s)
        }
    }
}

/// `int(s, base)` parsing with Python's rules (whitespace, sign, underscores, prefixes).
pub fn parse_int_str(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    let orig = s;
    let err = |vm: &mut Vm| {
        let r = crate::objects::strobj::repr_str(orig);
        vm.new_value_error(format!(
            "invalid literal for int() with base {}: {}",
            base, r
        ))
    };
    let ascii = to_ascii_number(s);
    let t = ascii.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let mut body = t;
    let lower = t.to_ascii_lowercase();
    if base == 0 || base == 16 || base == 8 || base == 2 {
        let pre = if lower.starts_with("0x") {
            Some(16)
        } else if lower.starts_with("0o") {
            Some(8)
        } else if lower.starts_with("0b") {
            Some(2)
        } else {
            None
        };
        if let Some(p) = pre {
            if base == 0 || base == p {
                base = p;
                body = &t[2..];
                // Underscore allowed right after the prefix.
                if let Some(rest) = body.strip_prefix('_') {
                    body = rest;
                }
            }
        }
    }
    if base == 0 {
        base = 10;
        if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_') {
            return Err(err(vm));
        }
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(err(vm));
    }
    let mut digits = String::with_capacity(body.len());
    for c in body.chars() {
        if c == '_' {
            continue;
        }
        if !c.is_digit(base) {
            return Err(err(vm));
        }
        digits.push(c);
    }
    let limit = max_str_digits();
    if base == 10 && limit > 0 && digits.len() > limit {
        return Err(vm.new_value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            limit,
            digits.len()
        )));
    }
    let v = match i64::from_str_radix(&digits, base) {
        Ok(i) => BigInt::from(i),
        Err(_) => match BigInt::parse_bytes(digits.as_bytes(), base) {
            Some(b) => b,
            None => return Err(err(vm)),
        },
    };
    Ok(int_from_bigint(if neg { -v } else { v }))
}

/// First code points of the runs of ten decimal digits (category Nd) in Unicode 14.
const DECIMAL_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a non-ASCII Unicode decimal digit.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let u = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|z| *z <= u);
    let z = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (u - z < 10).then_some(u - z)
}

/// Python's `str.isspace` for one character.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become ASCII
/// digits, Unicode spaces become ' ', any other non-ASCII character becomes '?' (invalid).
pub fn to_ascii_number(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if let Some(d) = unicode_decimal(c) {
                char::from_digit(d, 10).unwrap_or('?')
            } else if is_py_space(c) {
                ' '
            } else {
                '?'
            }
        })
        .collect();
    std::borrow::Cow::Owned(out)
}

// ----- constructor -----

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // int.__new__(cls, x=0, base=10)
    let cls = crate::objects::listobj::new_cls(vm, &args, "int")?.clone();
    // CPython parses int() with PyArg_ParseTupleAndKeywords, hence its own wording.
    let rest = args.pos.get(1..).unwrap_or(&[]);
    if rest.len() + args.kwnames.len() > 2 {
        return Err(vm.new_type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            rest.len() + args.kwnames.len()
        )));
    }
    let mut bound: [Option<Value>; 2] = [rest.first().cloned(), rest.get(1).cloned()];
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        if k.payload_str() != "base" {
            return Err(vm.new_type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                k.payload_str()
            )));
        }
        if bound[1].is_some() {
            return Err(
                vm.new_type_error("argument for int() given by name ('base') and position (2)")
            );
        }
        bound[1] = Some(v.clone());
    }
    let x = bound[0].clone();
    let base = bound[1].clone();
    let v = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.new_type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = match to_i64(&vm.index(&b)?) {
                Some(b) => b,
                None => return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match &x {
                Value::Obj(o) => match &o.payload {
                    Payload::Str(s) => {
                        let s = s.as_str().to_string();
                        parse_int_str(vm, &s, base as u32)?
                    }
                    Payload::Bytes(_) | Payload::ByteArray(_) => {
                        let data = crate::objects::bytesobj::bytes_data(&x).unwrap_or_default();
                        let s = bytes_as_ascii_text(&data);
                        parse_int_str(vm, &s, base as u32).map_err(|_| {
                            let r = crate::objects::bytesobj::bytes_repr(&data, "b");
                            vm.new_value_error(format!(
                                "invalid literal for int() with base {}: {}",
                                base, r
                            ))
                        })?
                    }
                    _ => {
                        return Err(
                            vm.new_type_error("int() can't convert non-string with explicit base")
                        )
                    }
                },
                _ => {
                    return Err(
                        vm.new_type_error("int() can't convert non-string with explicit base")
                    )
                }
            }
        }
    };
    wrap_subclass(vm, &cls, v)
}

/// For `int.__new__(Sub, ...)`: re-wraps an int value in the subclass.
fn wrap_subclass(_vm: &mut Vm, cls: &Value, v: Value) -> PyResult<Value> {
    match cls {
        Value::Obj(c) if !std::rc::Rc::ptr_eq(c, &types().int) => {
            let b = to_bigint(&v).unwrap_or_default();
            let has_dict = types::type_data(c)
                .map(|t| t.has_flag(types::type_flags::HAS_DICT))
                .unwrap_or(false);
            Ok(if has_dict {
                types::new_obj_with_dict(c, Payload::Int(b))
            } else {
                types::new_obj(c, Payload::Int(b))
            })
        }
        _ => Ok(v),
    }
}

/// `int(x)` for one argument.
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return float_to_int(vm, *f),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) if types::is_exact_int(o) => return Ok(int_from_bigint(b.clone())),
            Payload::Str(s) if !types::is_heap_class(&o.class()) => {
                let s = s.as_str().to_string();
                return parse_int_str(vm, &s, 10);
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let data = crate::objects::bytesobj::bytes_data(x).unwrap_or_default();
                let s = bytes_as_ascii_text(&data);
                return parse_int_str(vm, &s, 10).map_err(|_| {
                    let r = crate::objects::bytesobj::bytes_repr(&data, "b");
                    vm.new_value_error(format!("invalid literal for int() with base 10: {}", r))
                });
            }
            _ => {}
        },
        _ => {}
    }
    let cls = types::class_of(x);
    for name in ["__int__", "__index__"] {
        if let Some(m) = types::lookup_str(&cls, name) {
            let r = vm.call_special(&m, x, &[])?;
            if is_int(&r) {
                if !matches!(r, Value::Int(_)) && !is_exact_int_value(&r) {
                    warn_int_subclass(vm, name, &r)?;
                }
                return Ok(int_from_bigint(to_bigint(&r).unwrap_or_default()));
            }
            return Err(vm.new_type_error(format!(
                "{} returned non-int (type {})",
                name,
                types::type_name(&r)
            )));
        }
    }
    if let Some(m) = types::lookup_str(&cls, "__trunc__") {
        let cat = types().exc.deprecation_warning.clone();
        crate::exceptions::warn(
            vm,
            &cat,
            "The delegation of int() to __trunc__ is deprecated.",
        )?;
        let r = vm.call_special(&m, x, &[])?;
        if is_int(&r) {
            return Ok(int_from_bigint(to_bigint(&r).unwrap_or_default()));
        }
        if types::lookup_str(&types::class_of(&r), "__index__").is_none() {
            return Err(vm.new_type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                types::type_name(&r)
            )));
        }
        return vm.index(&r);
    }
    if let Value::Obj(o) = x {
        if let Payload::Str(s) = &o.payload {
            let s = s.as_str().to_string();
            return parse_int_str(vm, &s, 10);
        }
        if let Payload::Float(f) = &o.payload {
            return float_to_int(vm, *f);
        }
        // Other buffers (memoryview, array) are parsed as bytes.
        if let Some(data) = crate::objects::bytesobj::buffer_data(x) {
            let s = bytes_as_ascii_text(&data);
            return parse_int_str(vm, &s, 10).map_err(|_| {
                let r = crate::objects::bytesobj::bytes_repr(&data, "b");
                vm.new_value_error(format!("invalid literal for int() with base 10: {}", r))
            });
        }
    }
    Err(vm.new_type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        types::type_name(x)
    )))
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(int_from_bigint(f64_to_bigint(t)))
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::new_cls(vm, &args, "bool")?;
    let rest = args.pos.get(1..).unwrap_or(&[]);
    if args.has_kw() {
        return Err(vm.new_type_error("bool() takes no keyword arguments"));
    }
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!(
            "bool expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    match rest.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

// ----- methods -----

fn self_int(vm: &mut Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    match args.pos.first().and_then(to_bigint) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!("descriptor '{}' requires a 'int' object", name))),
    }
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "int.bit_length")?;
    if let Some(i) = to_i64(&args.pos[0]) {
        return Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64));
    }
    let b = self_int(vm, &args, "bit_length")?;
    Ok(Value::Int(b.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "int.bit_count")?;
    let b = self_int(vm, &args, "bit_count")?;
    let n: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "conjugate")?;
    crate::objects::listobj::noargs(vm, &args, "int.conjugate")?;
    Ok(int_from_bigint(b))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "as_integer_ratio")?;
    crate::objects::listobj::noargs(vm, &args, "int.as_integer_ratio")?;
    Ok(crate::objects::tupleobj::new_tuple(vec![
        int_from_bigint(b),
        Value::Int(1),
    ]))
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "to_bytes")?;
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let bound = rest.bind(
        vm,
        &crate::vm::ArgSpec {
            name: "to_bytes",
            params: &["length", "byteorder", "signed"],
            required: 0,
            posonly: 0,
            kwonly: 1,
        },
    )?;
    // Argument Clinic converts every argument before the checks of the implementation.
    let length = match &bound[0] {
        Some(v) => match to_i64(&vm.index(v)?) {
            Some(n) => n,
            None => {
                return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t"))
            }
        },
        None => 1,
    };
    let order = match &bound[1] {
        Some(v) => match v.as_rust_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.new_type_error(format!(
                    "to_bytes() argument 'byteorder' must be str, not {}",
                    crate::objects::strobj::clinic_type_name(v)
                )))
            }
        },
        None => "big".to_string(),
    };
    let signed = match &bound[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if order != "big" && order != "little" {
        return Err(vm.new_value_error("byteorder must be either 'little' or 'big'"));
    }
    if length < 0 {
        return Err(vm.new_value_error("length argument must be non-negative"));
    }
    if !signed && b.is_negative() {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
    }
    let length = vm.alloc_count(length, 1)?;
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if b.is_zero() {
        bytes = vec![];
    }
    // Trim redundant sign bytes for signed.
    if bytes.len() > length {
        return Err(vm.new_overflow_error("int too big to convert"));
    }
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if signed && length > 0 {
        let top = bytes[length - 1] & 0x80 != 0;
        if top != b.is_negative() {
            return Err(vm.new_overflow_error("int too big to convert"));
        }
    }
    if order == "big" {
        bytes.reverse();
    }
    Ok(crate::objects::bytesobj::new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = crate::objects::listobj::unbound_self(vm, &args, "int.from_bytes")?.clone();
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let bound = rest.bind(
        vm,
        &crate::vm::ArgSpec {
            name: "from_bytes",
            params: &["bytes", "byteorder", "signed"],
            required: 1,
            posonly: 0,
            kwonly: 1,
        },
    )?;
    let order = match &bound[1] {
        Some(v) => match v.as_rust_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.new_type_error(format!(
                    "from_bytes() argument 'byteorder' must be str, not {}",
                    crate::objects::strobj::clinic_type_name(v)
                )))
            }
        },
        None => "big".to_string(),
    };
    let signed = match &bound[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if order != "big" && order != "little" {
        return Err(vm.new_value_error("byteorder must be either 'little' or 'big'"));
    }
    let data = match &bound[0] {
        // PyObject_Bytes: ints and strs are not byte sources here.
        Some(v) if is_int(v) || v.as_str().is_some() => {
            return Err(vm.new_type_error(format!(
                "cannot convert '{}' object to bytes",
                types::type_name(v)
            )));
        }
        Some(v) => crate::objects::bytesobj::bytes_from_value(vm, v)?,
        None => Vec::new(),
    };
    let mut d = data;
    if order == "big" {
        d.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&d)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &d)
    };
    let r = int_from_bigint(v);
    if let Value::Obj(c) = &cls {
        if !std::rc::Rc::ptr_eq(c, &types().int) {
            return vm.call(&cls, &[r]);
        }
    }
    Ok(r)
}

/// `int.__index__` and `int.__int__` (slot wrappers): the int itself.
fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__index__")?;
    crate::objects::slots::one(vm, &args)?;
    Ok(int_from_bigint(b))
}

/// `int.__trunc__`/`__floor__`/`__ceil__` (methods named in their argument errors).
fn int_rounding(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let b = self_int(vm, &args, name)?;
    crate::objects::listobj::noargs(vm, &args, &format!("int.{}", name))?;
    Ok(int_from_bigint(b))
}

fn int_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_rounding(vm, args, "__trunc__")
}

fn int_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_rounding(vm, args, "__floor__")
}

fn int_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_rounding(vm, args, "__ceil__")
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__float__")?;
    crate::objects::slots::one(vm, &args)?;
    match bigint_to_f64(&b) {
        Some(f) => Ok(Value::Float(f)),
        None => Err(vm.new_overflow_error("int too large to convert to float")),
    }
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__round__")?;
    crate::objects::listobj::pos_args(vm, &args, "int.__round__", "__round__", 0, 1)?;
    let nd = match args.pos.get(1) {
        None => return Ok(int_from_bigint(b)),
        Some(v) => to_bigint(&vm.index(v)?).unwrap_or_default(),
    };
    if !nd.is_negative() {
        return Ok(int_from_bigint(b));
    }
    // Round to 10**(-nd) with half-even.
    let Some(p) = (-nd).to_u32() else {
        return Ok(Value::Int(0));
    };
    let m = num_traits::pow::Pow::pow(&BigInt::from(10), p);
    let (q, r) = b.div_mod_floor(&m);
    let twice = &r * 2;
    let q = if twice > m || (twice == m && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(int_from_bigint(q * m))
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__getnewargs__")?;
    crate::objects::listobj::noargs(vm, &args, "int.__getnewargs__")?;
    Ok(crate::objects::tupleobj::new_tuple(vec![int_from_bigint(
        b,
    )]))
}

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = to_bigint(v).ok_or_else(|| vm.new_type_error("int expected"))?;
    Ok(int_from_bigint(b))
}

fn get_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn get_denominator(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_int(vm, &args, "__sizeof__")?;
    crate::objects::listobj::noargs(vm, &args, "int.__sizeof__")?;
    // CPython stores 30-bit digits (3.11 counts one for zero).
    let digits = ((b.bits() as i64 + 29) / 30).max(1);
    Ok(Value::Int(24 + 4 * digits))
}

/// `int.__repr__`: decimal digits, also for a bool (`int.__repr__(True)` is `'1'`).
fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Bool(b)) if args.pos.len() == 1 => {
            Ok(crate::objects::strobj::new_str((*b as i64).to_string()))
        }
        _ => slots::repr(vm, args),
    }
}

pub static INT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", int_new),
    MethodDef::method("bit_length", int_bit_length),
    MethodDef::method("bit_count", int_bit_count),
    MethodDef::method("conjugate", int_conjugate),
    MethodDef::method("as_integer_ratio", int_as_integer_ratio),
    MethodDef::method("to_bytes", int_to_bytes),
    MethodDef::classmethod("from_bytes", int_from_bytes),
    MethodDef::method("__index__", int_index),
    MethodDef::method("__int__", int_index),
    MethodDef::method("__trunc__", int_trunc),
    MethodDef::method("__floor__", int_floor),
    MethodDef::method("__ceil__", int_ceil),
    MethodDef::method("__float__", int_float),
    MethodDef::method("__round__", int_round),
    MethodDef::method("__getnewargs__", int_getnewargs),
    MethodDef::method("__sizeof__", int_sizeof),
    MethodDef::getter("real", get_real),
    MethodDef::getter("imag", get_imag),
    MethodDef::getter("numerator", get_real),
    MethodDef::getter("denominator", get_denominator),
    MethodDef::method("__abs__", slots::abs),
    MethodDef::method("__neg__", slots::neg),
    MethodDef::method("__pos__", slots::pos),
    MethodDef::method("__invert__", slots::invert),
    MethodDef::method("__bool__", slots::bool_),
    MethodDef::method("__repr__", int_repr),
    MethodDef::method("__hash__", slots::hash),
    MethodDef::method("__format__", slots::format),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__lt__", slots::lt),
    MethodDef::method("__le__", slots::le),
    MethodDef::method("__gt__", slots::gt),
    MethodDef::method("__ge__", slots::ge),
    MethodDef::method("__add__", slots::add),
    MethodDef::method("__radd__", slots::radd),
    MethodDef::method("__sub__", slots::sub),
    MethodDef::method("__rsub__", slots::rsub),
    MethodDef::method("__mul__", slots::mul),
    MethodDef::method("__rmul__", slots::rmul),
    MethodDef::method("__truediv__", slots::truediv),
    MethodDef::method("__rtruediv__", slots::rtruediv),
    MethodDef::method("__floordiv__", slots::floordiv),
    MethodDef::method("__rfloordiv__", slots::rfloordiv),
    MethodDef::method("__mod__", slots::mod_),
    MethodDef::method("__rmod__", slots::rmod),
    MethodDef::method("__divmod__", slots::divmod),
    MethodDef::method("__rdivmod__", slots::rdivmod),
    MethodDef::method("__pow__", slots::pow),
    MethodDef::method("__rpow__", slots::rpow),
    MethodDef::method("__lshift__", slots::lshift),
    MethodDef::method("__rlshift__", slots::rlshift),
    MethodDef::method("__rshift__", slots::rshift),
    MethodDef::method("__rrshift__", slots::rrshift),
    MethodDef::method("__and__", slots::and),
    MethodDef::method("__rand__", slots::rand),
    MethodDef::method("__or__", slots::or),
    MethodDef::method("__ror__", slots::ror),
    MethodDef::method("__xor__", slots::xor),
    MethodDef::method("__rxor__", slots::rxor),
];

pub static BOOL_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", bool_new),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__and__", slots::and),
    MethodDef::method("__rand__", slots::rand),
    MethodDef::method("__or__", slots::or),
    MethodDef::method("__ror__", slots::ror),
    MethodDef::method("__xor__", slots::xor),
    MethodDef::method("__rxor__", slots::rxor),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_is_correctly_rounded() {
        let b = |s: &str| BigInt::parse_bytes(s.as_bytes(), 10).unwrap();
        assert_eq!(ratio_to_f64(&b("1"), &b("3")), Some(1.0 / 3.0));
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: even wins.
        assert_eq!(
            ratio_to_f64(&(BigInt::from(1u64 << 53) + 1), &b("1")),
            Some(9007199254740992.0)
        );
        assert_eq!(
            ratio_to_f64(&(BigInt::from(1u64 << 53) + 3), &b("1")),
            Some(9007199254740996.0)
        );
        // Smallest subnormal, and half of it rounding to zero (tie to even).
        let p1074 = BigInt::from(1) << 1074usize;
        assert_eq!(ratio_to_f64(&b("1"), &p1074), Some(5e-324));
        assert_eq!(ratio_to_f64(&b("1"), &(&p1074 * 2)), Some(0.0));
        assert_eq!(ratio_to_f64(&b("3"), &(&p1074 * 2)), Some(1e-323));
        assert_eq!(ratio_to_f64(&(BigInt::from(1) << 1024usize), &b("1")), None);
        assert_eq!(ratio_to_f64(&b("-7"), &b("2")), Some(-3.5));
    }

    #[test]
    fn unicode_digits_and_spaces() {
        assert_eq!(unicode_decimal('\u{0663}'), Some(3));
        assert_eq!(unicode_decimal('\u{ff19}'), Some(9));
        assert_eq!(unicode_decimal('\u{00b2}'), None);
        assert_eq!(to_ascii_number("\u{2003}\u{0661}\u{0662}"), " 12");
        assert_eq!(to_ascii_number("1\u{00e9}"), "1?");
    }
}
