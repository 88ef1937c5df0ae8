//! `float`: arithmetic with CPython's division/modulo semantics, the shortest round-trip
//! repr, parsing, and the float methods.

use crate::ast::BinOp;
use crate::object::*;
use crate::objects::slots;
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

/// `a op b` on floats.
pub fn float_op(vm: &mut Vm, a: f64, b: f64, op: BinOp) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(vm.new_zero_division_error("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(vm.new_zero_division_error("float floor division by zero"));
            }
            divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(vm.new_zero_division_error("float modulo"));
            }
            divmod(a, b).1
        }
        BinOp::Pow => return float_pow(vm, a, b),
        _ => return Ok(vm.not_implemented()),
    }))
}

/// CPython's float divmod.
pub fn divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a ** b` on floats, case by case as CPython's float_pow.
fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    let is_odd_int = |w: f64| w.is_finite() && w.fract() == 0.0 && (w / 2.0).fract() != 0.0;
    if b == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if a.is_nan() {
        return Ok(Value::Float(a));
    }
    if b.is_nan() {
        return Ok(Value::Float(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        let av = a.abs();
        return Ok(Value::Float(if av == 1.0 {
            1.0
        } else if (b > 0.0) == (av > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        let odd = is_odd_int(b);
        return Ok(Value::Float(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(vm.new_zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::Float(if is_odd_int(b) { a } else { 0.0 }));
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            // Negative numbers raised to fractional powers become complex.
            return crate::objects::complexobj::complex_op(vm, (a, 0.0), (b, 0.0), BinOp::Pow);
        }
        base = -a;
        negate = is_odd_int(b);
    }
    if base == 1.0 {
        return Ok(Value::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(vm.new_overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(if negate { -r } else { r }))
}

/// repr() of a float, as CPython prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, exp) = shortest_digits(x);
    let mut out = String::with_capacity(digits.len() + 8);
    if x < 0.0 {
        out.push('-');
    }
    if !(-4..16).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        if exp.abs() < 10 {
            out.push('0');
        }
        out.push_str(&exp.abs().to_string());
        return out;
    }
    let dp = exp + 1;
    if dp <= 0 {
        out.push_str("0.");
        for _ in 0..(-dp) {
            out.push('0');
        }
        out.push_str(&digits);
    } else if dp as usize >= digits.len() {
        out.push_str(&digits);
        for _ in 0..(dp as usize - digits.len()) {
            out.push('0');
        }
        out.push_str(".0");
    } else {
        out.push_str(&digits[..dp as usize]);
        out.push('.');
        out.push_str(&digits[dp as usize..]);
    }
    out
}

/// The shortest decimal digits that round-trip to `x` (finite, nonzero), and the decimal
/// exponent of the first digit: `x ~= 0.d1d2... * 10**(exp+1)`. Among shortest candidates
/// the nearest to `x` wins and an exact tie goes to the even digit, as in CPython's dtoa
/// (Rust's formatter rounds such ties up).
pub fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let n = digits.len();
    if !tie_possible(x) {
        return finish_digits(digits, exp);
    }
    // A tie is only possible if x has exactly n+1 significant digits, the last being 5.
    let longer = format!("{:.*e}", n, x.abs());
    let ld: Vec<u8> = longer
        .bytes()
        .filter(|c| c.is_ascii_digit())
        .take(n + 1)
        .collect();
    if ld.len() == n + 1 && ld[n] == b'5' {
        // Exact expansion (an f64 has at most 767 significant decimal digits).
        let exact = format!("{:.767e}", x.abs());
        let ed: Vec<u8> = exact
            .bytes()
            .take_while(|c| *c != b'e')
            .filter(|c| c.is_ascii_digit())
            .collect();
        let tie = ed.len() > n && ed[n] == b'5' && ed[n + 1..].iter().all(|c| *c == b'0');
        let lower = &ed[..n.min(ed.len())];
        let lower_exp: i32 = exact
            .split_once('e')
            .and_then(|(_, e)| e.parse().ok())
            .unwrap_or(exp);
        if tie
            && lower_exp == exp
            && lower
                .last()
                .map(|d| (d - b'0').is_multiple_of(2))
                .unwrap_or(false)
        {
            // Rust chose the upper neighbour; the lower one has the even last digit.
            digits = String::from_utf8_lossy(lower).into_owned();
        }
    }
    finish_digits(digits, exp)
}

fn finish_digits(mut digits: String, exp: i32) -> (String, i32) {
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    (digits, exp)
}

/// Can `x` (finite, nonzero) have a decimal expansion short enough (at most 18 significant
/// digits) for its shortest repr to be an exact tie? With x = m * 2**e (m odd), that needs
/// at most 25 fraction bits, and an integer beyond 2**53.
fn tie_possible(x: f64) -> bool {
    let bits = x.abs().to_bits();
    let (m, e) = match (bits >> 52) as i32 {
        0 => (bits & ((1 << 52) - 1), -1074),
        be => ((bits & ((1 << 52) - 1)) | (1 << 52), be - 1075),
    };
    let e = e + m.trailing_zeros() as i32;
    if e >= 0 {
        x.abs() >= 9007199254740992.0
    } else {
        e >= -25
    }
}

/// A NaN with a payload no other `float()` call returned: floats are inline values compared
/// by bits, and CPython's `float('nan')` is a new object each time (`is`, `in`, set/dict keys).
pub fn fresh_nan(x: f64) -> f64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) & ((1 << 51) - 1);
    f64::from_bits(0x7ff8_0000_0000_0000 | n.max(1)).copysign(x)
}

/// The quiet NaN with the sign of `x` if `x` is a NaN (what CPython stores for
/// `float('nan')`), `x` otherwise: packers hide `fresh_nan` payloads.
pub fn canon_nan(x: f64) -> f64 {
    if x.is_nan() {
        f64::NAN.copysign(x)
    } else {
        x
    }
}

/// Parses a float from text as `float()` does; None if invalid.
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = crate::objects::intobj::to_ascii_number(s);
    let clean = strip_underscores(&ascii)?;
    let t = clean.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    match parse_float_prefix(t.as_bytes()) {
        Some((f, n)) if n == t.len() && f.is_nan() => Some(fresh_nan(f)),
        Some((f, n)) if n == t.len() => Some(f),
        _ => None,
    }
}

/// CPython's `_Py_string_to_number_with_underscores`: an underscore must sit between two
/// digits; the underscores are then removed. None if one is misplaced.
pub fn strip_underscores(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if !s.contains('_') {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev_digit = i > 0 && b[i - 1].is_ascii_digit();
            let next_digit = b.get(i + 1).map(|n| n.is_ascii_digit()).unwrap_or(false);
            if !prev_digit || !next_digit {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

/// The longest prefix of `b` that is a float literal as `PyOS_string_to_double` reads it
/// (sign, digits with an optional point and exponent, or inf/infinity/nan): its value and
/// length. None if no prefix is a number.
pub fn parse_float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &b[i..];
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let sign = |f: f64| if neg { -f } else { f };
    if starts(b"infinity") {
        return Some((sign(f64::INFINITY), i + 8));
    }
    if starts(b"inf") {
        return Some((sign(f64::INFINITY), i + 3));
    }
    if starts(b"nan") {
        return Some((sign(f64::NAN), i + 3));
    }
    let start = i;
    let mut ndigits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        ndigits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            ndigits += 1;
        }
    }
    if ndigits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            i = j;
        }
    }
    // The slice is ASCII digits, '.', 'e' and signs, which Rust's parser accepts exactly
    // (correctly rounded).
    let text = std::str::from_utf8(&b[start..i]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((sign(v), i))
}

/// The float value of a number-like (for `float()` and math functions).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) if !types::is_heap_class(&o.class()) => Ok(*f),
            Payload::Int(b) if !types::is_heap_class(&o.class()) => {
                crate::objects::intobj::bigint_to_f64(b)
                    .ok_or_else(|| vm.new_overflow_error("int too large to convert to float"))
            }
            _ => {
                let cls = o.class();
                if let Some(m) = types::lookup_str(&cls, "__float__") {
                    let r = vm.call_special(&m, v, &[])?;
                    return match r {
                        Value::Float(f) => Ok(f),
                        Value::Obj(ref ro) if matches!(ro.payload, Payload::Float(_)) => {
                            let msg = format!(
                                "{}.__float__ returned non-float (type {}).  The ability to \
                                 return an instance of a strict subclass of float is \
                                 deprecated, and may be removed in a future version of Python.",
                                types::type_name(v),
                                types::type_name(&r)
                            );
                            let cat = types::types().exc.deprecation_warning.clone();
                            crate::exceptions::warn(vm, &cat, &msg)?;
                            match ro.payload {
                                Payload::Float(f) => Ok(f),
                                _ => Ok(0.0),
                            }
                        }
                        _ => Err(vm.new_type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            types::type_name(v),
                            types::type_name(&r)
                        ))),
                    };
                }
                if let Some(m) = types::lookup_str(&cls, "__index__") {
                    let r = vm.call_special(&m, v, &[])?;
                    return match crate::objects::intobj::to_bigint(&r) {
                        Some(b) => crate::objects::intobj::bigint_to_f64(&b).ok_or_else(|| {
                            vm.new_overflow_error("int too large to convert to float")
                        }),
                        None => Err(vm.new_type_error(format!(
                            "__index__ returned non-int (type {})",
                            types::type_name(&r)
                        ))),
                    };
                }
                match &o.payload {
                    Payload::Float(f) => Ok(*f),
                    Payload::Int(b) => crate::objects::intobj::bigint_to_f64(b)
                        .ok_or_else(|| vm.new_overflow_error("int too large to convert to float")),
                    _ => Err(vm.new_type_error(format!(
                        "must be real number, not {}",
                        types::type_name(v)
                    ))),
                }
            }
        },
        _ => Err(vm.new_type_error(format!("must be real number, not {}", types::type_name(v)))),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = crate::objects::listobj::new_cls(vm, &args, "float")?.clone();
    if args.has_kw() && !crate::objects::listobj::init_overridden(&cls, &types().float) {
        return Err(vm.new_type_error("float() takes no keyword arguments"));
    }
    let rest = &args.pos[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!(
            "float expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let f = match rest.first() {
        None => 0.0,
        Some(v) => float_from_value(vm, v)?,
    };
    match &cls {
        Value::Obj(c) if !std::rc::Rc::ptr_eq(c, &types().float) => {
            let has_dict = types::type_data(c)
                .map(|t| t.has_flag(types::type_flags::HAS_DICT))
                .unwrap_or(false);
            Ok(if has_dict {
                types::new_obj_with_dict(c, Payload::Float(f))
            } else {
                types::new_obj(c, Payload::Float(f))
            })
        }
        _ => Ok(Value::Float(f)),
    }
}

pub fn float_from_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::Obj(o) = v {
        let text = match &o.payload {
            Payload::Str(s) => Some(s.as_str().to_string()),
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let d = crate::objects::bytesobj::bytes_data(v).unwrap_or_default();
                Some(crate::objects::intobj::bytes_as_ascii_text(&d))
            }
            _ => None,
        };
        if let Some(t) = text {
            let cls = o.class();
            if !(types::is_heap_class(&cls) && types::lookup_str(&cls, "__float__").is_some()) {
                return parse_float(&t).ok_or_else(|| {
                    let r = match &o.payload {
                        Payload::Str(_) => crate::objects::strobj::repr_str(&t),
                        _ => {
                            let d = crate::objects::bytesobj::bytes_data(v).unwrap_or_default();
                            let r = crate::objects::bytesobj::bytes_repr(&d, "b");
                            if matches!(o.payload, Payload::ByteArray(_)) {
                                format!("bytearray({})", r)
                            } else {
                                r
                            }
                        }
                    };
                    vm.new_value_error(format!("could not convert string to float: {}", r))
                });
            }
        }
    }
    match to_f64(vm, v) {
        Ok(f) => Ok(f),
        Err(e) => {
            if vm.exception_matches(&e, &types().exc.type_error) {
                // Other buffers (memoryview, array) are parsed as text; errors show repr.
                if let Some(d) = crate::objects::bytesobj::buffer_data(v) {
                    if let Some(f) = parse_float(&crate::objects::intobj::bytes_as_ascii_text(&d)) {
                        return Ok(f);
                    }
                    let r = vm.repr(v)?;
                    return Err(vm.new_value_error(format!(
                        "could not convert string to float: {}",
                        r.payload_str()
                    )));
                }
                let cls = types::class_of(v);
                if types::lookup_str(&cls, "__float__").is_none()
                    && types::lookup_str(&cls, "__index__").is_none()
                {
                    return Err(vm.new_type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        types::type_name(v)
                    )));
                }
            }
            Err(e)
        }
    }
}

fn self_f(vm: &mut Vm, args: &Args) -> PyResult<f64> {
    match args.pos.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Float(f) => Ok(*f),
            _ => Err(vm.new_type_error("descriptor requires a 'float' object")),
        },
        _ => Err(vm.new_type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "float.is_integer")?;
    let f = self_f(vm, &args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "float.as_integer_ratio")?;
    let f = self_f(vm, &args)?;
    if f.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.new_value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = crate::hash::frexp(f);
    let mut mant = m;
    let mut exp = e;
    let mut i = 0;
    while mant != mant.floor() && i < 300 {
        mant *= 2.0;
        exp -= 1;
        i += 1;
    }
    let num = crate::objects::intobj::f64_to_bigint(mant);
    let (n, d) = if exp > 0 {
        (num << (exp as usize), num_bigint::BigInt::from(1))
    } else {
        (num, num_bigint::BigInt::from(1) << ((-exp) as usize))
    };
    Ok(crate::objects::tupleobj::new_tuple(vec![
        crate::objects::intobj::int_from_bigint(n),
        crate::objects::intobj::int_from_bigint(d),
    ]))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "float.conjugate")?;
    Ok(Value::Float(self_f(vm, &args)?))
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "float.__trunc__")?;
    let f = self_f(vm, &args)?;
    crate::objects::intobj::float_to_int(vm, f)
}

/// `float.__int__`, a slot wrapper (its argument error differs from `__trunc__`'s).
fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::slots::one(vm, &args)?;
    let f = self_f(vm, &args)?;
    crate::objects::intobj::float_to_int(vm, f)
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "float.__floor__")?;
    let f = self_f(vm, &args)?;
    crate::objects::intobj::float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "float.__ceil__")?;
    let f = self_f(vm, &args)?;
    crate::objects::intobj::float_to_int(vm, f.ceil())
}

/// Rounds half to even.
pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// `round(x, ndigits)` for floats: `x` rounded exactly (half to even) to a multiple of
/// `10**-ndigits`, then converted back correctly rounded, as CPython does with dtoa.
/// None when the rounded value overflows.
pub fn round_ndigits(x: f64, nd: i64) -> Option<f64> {
    use num_bigint::BigInt;
    use num_integer::Integer;
    if !x.is_finite() || x == 0.0 || nd > 323 {
        return Some(x);
    }
    if nd < -308 {
        return Some(0.0f64.copysign(x));
    }
    // |x| = m * 2**e exactly.
    let bits = x.abs().to_bits();
    let (m, e) = match (bits >> 52) as i32 {
        0 => (bits & ((1 << 52) - 1), -1074),
        be => ((bits & ((1 << 52) - 1)) | (1 << 52), be - 1075),
    };
    if nd >= 0 && e >= 0 {
        return Some(x);
    }
    let sign = |f: f64| f.copysign(x);
    // Fast path: everything fits in u128 and the result is one correctly rounded division.
    if (0..=22).contains(&nd) && -e < 127 {
        let scaled = m as u128 * 10u128.pow(nd as u32);
        if scaled.leading_zeros() > 1 {
            let sh = (-e) as u32;
            let (mut q, r) = (scaled >> sh, scaled & ((1u128 << sh) - 1));
            let half = 1u128 << (sh - 1);
            if r > half || (r == half && q & 1 == 1) {
                q += 1;
            }
            if q < (1 << 53) {
                return Some(sign(q as f64 / 10f64.powi(nd as i32)));
            }
        }
    }
    let p10 = num_traits::pow::Pow::pow(BigInt::from(10u32), nd.unsigned_abs());
    let (mut num, mut den) = (BigInt::from(m), BigInt::from(1u32));
    if nd >= 0 {
        num *= &p10;
    } else {
        den = p10.clone();
    }
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    if num_traits::Zero::is_zero(&q) {
        return Some(sign(0.0));
    }
    let f = if nd >= 0 {
        crate::objects::intobj::ratio_to_f64(&q, &p10)?
    } else {
        crate::objects::intobj::bigint_to_f64(&(q * p10))?
    };
    Some(sign(f))
}

/// `round(f, n)` as a Python value, with CPython's overflow error.
pub fn round_float_value(vm: &mut Vm, f: f64, n: i64) -> PyResult<Value> {
    match round_ndigits(f, n) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(vm.new_overflow_error("rounded value too large to represent")),
    }
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    crate::objects::listobj::pos_args(vm, &args, "float.__round__", "__round__", 0, 1)?;
    match args.pos.get(1) {
        None | Some(Value::None) => {
            if f.is_nan() {
                return Err(vm.new_value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
            }
            crate::objects::intobj::float_to_int(vm, round_half_even(f))
        }
        Some(nd) => {
            let n = vm.index(nd)?;
            let n = crate::objects::intobj::to_i64(&n).unwrap_or(
                if crate::objects::intobj::to_bigint(&n)
                    .map(|b| b.sign() == num_bigint::Sign::Minus)
                    .unwrap_or(false)
                {
                    i64::MIN
                } else {
                    i64::MAX
                },
            );
            round_float_value(vm, f, n)
        }
    }
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::slots::one(vm, &args)?;
    Ok(Value::Float(self_f(vm, &args)?))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "float.hex")?;
    let f = self_f(vm, &args)?;
    Ok(crate::objects::strobj::new_str(float_hex_str(f)))
}

pub fn float_hex_str(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let hex = format!("{:013x}", mant);
    format!(
        "{}0x{}.{}p{}{}",
        sign,
        lead,
        hex,
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = crate::objects::listobj::one_arg(vm, &args, "float.fromhex")?;
    let a = args.pos;
    let Some(text) = x.as_rust_str() else {
        return Err(vm.new_type_error("bad argument type for built-in operation"));
    };
    let f = match parse_hex_float(text) {
        Ok(f) => f,
        Err(HexError::Invalid) => {
            return Err(vm.new_value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexError::Overflow) => {
            return Err(vm.new_overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    if let Value::Obj(c) = &a[0] {
        if !std::rc::Rc::ptr_eq(c, &types().float) {
            return vm.call(&a[0], &[Value::Float(f)]);
        }
    }
    Ok(Value::Float(f))
}

enum HexError {
    Invalid,
    Overflow,
}

/// `float.fromhex`: exact parsing with round-half-even, following CPython's algorithm.
fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    let b = s.as_bytes();
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let mut i = 0;
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    let mut end = b.len();
    while end > i && is_space(b[end - 1]) {
        end -= 1;
    }
    let body = &s[i..end];
    let lower = body.to_ascii_lowercase();
    let (sign, word) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match word {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN.copysign(sign)),
        _ => {}
    }
    let w = word.as_bytes();
    let mut p = 0;
    if w.len() >= 2 && w[0] == b'0' && w[1] == b'x' {
        p = 2;
    }
    // Coefficient: integer and fraction hex digits.
    let mut digits: Vec<u8> = Vec::new();
    let mut fdigits: i64 = 0;
    while p < w.len() && w[p].is_ascii_hexdigit() {
        digits.push(hex_val(w[p]));
        p += 1;
    }
    if p < w.len() && w[p] == b'.' {
        p += 1;
        while p < w.len() && w[p].is_ascii_hexdigit() {
            digits.push(hex_val(w[p]));
            fdigits += 1;
            p += 1;
        }
    }
    if digits.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if p < w.len() && w[p] == b'p' {
        p += 1;
        let start = p;
        if p < w.len() && (w[p] == b'-' || w[p] == b'+') {
            p += 1;
        }
        if p >= w.len() || !w[p].is_ascii_digit() {
            return Err(HexError::Invalid);
        }
        while p < w.len() && w[p].is_ascii_digit() {
            p += 1;
        }
        // Saturates like strtol; anything this large is 0 or overflow anyway.
        exp = word[start..p]
            .parse::<i64>()
            .unwrap_or(if w[start] == b'-' { i64::MIN } else { i64::MAX });
    }
    if p != w.len() {
        return Err(HexError::Invalid);
    }
    // digits[0] is the most significant; strip leading zeros.
    let lead = digits.iter().take_while(|d| **d == 0).count();
    let digits = &digits[lead..];
    let nd = digits.len() as i64;
    if nd == 0 || exp < i64::MIN / 2 {
        return Ok(sign * 0.0);
    }
    if exp > i64::MAX / 2 {
        return Err(HexError::Overflow);
    }
    // HEX_DIGIT(j): the j-th digit counting from the least significant.
    let hd = |j: i64| -> u32 { digits[(nd - 1 - j) as usize] as u32 };
    let exp = exp - 4 * fdigits;
    let mut top_exp = exp + 4 * (nd - 1);
    let mut d = hd(nd - 1);
    while d != 0 {
        top_exp += 1;
        d /= 2;
    }
    if top_exp < -1021 - 53 {
        return Ok(sign * 0.0);
    }
    if top_exp > 1024 {
        return Err(HexError::Overflow);
    }
    let lsb = top_exp.max(-1021) - 53;
    let mut x = 0.0f64;
    if exp >= lsb {
        for j in (0..nd).rev() {
            x = 16.0 * x + hd(j) as f64;
        }
        return Ok(sign * crate::objects::intobj::ldexp(x, exp as i32));
    }
    let half_eps: u32 = 1 << ((lsb - exp - 1) % 4);
    let key = (lsb - exp - 1) / 4;
    let mut j = nd - 1;
    while j > key {
        x = 16.0 * x + hd(j) as f64;
        j -= 1;
    }
    let digit = hd(key);
    x = 16.0 * x + (digit & (16 - 2 * half_eps)) as f64;
    if digit & half_eps != 0 {
        let mut round_up = digit & (3 * half_eps - 1) != 0
            || (half_eps == 8 && key + 1 < nd && hd(key + 1) & 1 != 0);
        if !round_up {
            round_up = (0..key).any(|j| hd(j) != 0);
        }
        if round_up {
            x += 2.0 * half_eps as f64;
            if top_exp == 1024 && x == crate::objects::intobj::ldexp(2.0 * half_eps as f64, 53) {
                return Err(HexError::Overflow);
            }
        }
    }
    let r = crate::objects::intobj::ldexp(x, (exp + 4 * key) as i32);
    if r.is_infinite() {
        return Err(HexError::Overflow);
    }
    Ok(sign * r)
}

fn hex_val(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        _ => c - b'A' + 10,
    }
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "float.__getnewargs__")?;
    let f = self_f(vm, &args)?;
    Ok(crate::objects::tupleobj::new_tuple(vec![Value::Float(f)]))
}

fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = args.pos.get(1).and_then(|v| v.as_rust_str()).unwrap_or("");
    if t != "double" && t != "float" {
        return Err(vm.new_value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(crate::objects::strobj::new_str(
        "IEEE, little-endian".to_string(),
    ))
}

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(to_f64(vm, v)?))
}

fn get_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

pub static FLOAT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", float_new),
    MethodDef::method("is_integer", float_is_integer),
    MethodDef::method("as_integer_ratio", float_as_integer_ratio),
    MethodDef::method("conjugate", float_conjugate),
    MethodDef::method("hex", float_hex),
    MethodDef::classmethod("fromhex", float_fromhex),
    MethodDef::method("__trunc__", float_trunc),
    MethodDef::method("__int__", float_int),
    MethodDef::method("__floor__", float_floor),
    MethodDef::method("__ceil__", float_ceil),
    MethodDef::method("__round__", float_round),
    MethodDef::method("__float__", float_float),
    MethodDef::method("__getnewargs__", float_getnewargs),
    MethodDef::classmethod("__getformat__", float_getformat),
    MethodDef::getter("real", get_real),
    MethodDef::getter("imag", get_imag),
    MethodDef::method("__abs__", slots::abs),
    MethodDef::method("__neg__", slots::neg),
    MethodDef::method("__pos__", slots::pos),
    MethodDef::method("__bool__", slots::bool_),
    MethodDef::method("__repr__", slots::repr),
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
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(123456789012345678.0), "1.2345678901234568e+17");
        assert_eq!(float_repr(-0.0), "-0.0");
        // A tie between two shortest candidates goes to the even digit.
        assert_eq!(float_repr(837979727321853.0 + 0.25), "837979727321853.2");
        assert_eq!(float_repr(837979727321853.0 + 0.75), "837979727321853.8");
    }

    #[test]
    fn round_is_exact() {
        assert_eq!(round_ndigits(2.675, 2), Some(2.67));
        assert_eq!(round_ndigits(0.125, 2), Some(0.12));
        assert_eq!(round_ndigits(0.375, 2), Some(0.38));
        assert_eq!(round_ndigits(15.0, -1), Some(20.0));
        assert_eq!(round_ndigits(25.0, -1), Some(20.0));
        assert_eq!(round_ndigits(5e-324, 323), Some(0.0));
        assert_eq!(round_ndigits(1.7976931348623157e308, -308), None);
    }

    #[test]
    fn hex_round_trip() {
        assert!(matches!(parse_hex_float("0x1.8p1"), Ok(f) if f == 3.0));
        assert!(matches!(parse_hex_float("0x1p-1074"), Ok(f) if f == 5e-324));
        assert!(matches!(parse_hex_float("0x1p-1075"), Ok(f) if f == 0.0));
        assert!(matches!(
            parse_hex_float("0x1.fffffffffffff8p+1023"),
            Err(HexError::Overflow)
        ));
        assert!(matches!(parse_hex_float("0x"), Err(HexError::Invalid)));
        assert_eq!(float_hex_str(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex_str(5e-324), "0x0.0000000000001p-1022");
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse_float("1__0"), None);
        assert_eq!(parse_float("-iNfInItY"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("1e"), None);
        assert_eq!(parse_float_prefix(b"1.5e+3j"), Some((1500.0, 6)));
        assert_eq!(parse_float_prefix(b"1e+j"), Some((1.0, 1)));
    }
}
