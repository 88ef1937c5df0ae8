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

fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if a.is_nan() {
        return Ok(Value::Float(if b == 0.0 { 1.0 } else { a }));
    }
    if b.is_nan() {
        return Ok(Value::Float(if a == 1.0 { 1.0 } else { b }));
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(vm.new_zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        // Negative base, fractional exponent: complex result.
        return crate::objects::complexobj::complex_op(vm, (a, 0.0), (b, 0.0), BinOp::Pow);
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.new_overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
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
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let s = format!("{:e}", x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
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
        out.push_str(&format!("{:02}", exp.abs()));
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

/// Parses a float from text as `float()` does; None if invalid.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes()[0] {
        b'-' => (-1.0, &lower[1..]),
        b'+' => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    // Underscores only between digits.
    let bytes = body.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'_' {
            let prev = if i > 0 { bytes[i - 1] } else { 0 };
            let next = bytes.get(i + 1).copied().unwrap_or(0);
            if !prev.is_ascii_digit() || !next.is_ascii_digit() {
                return None;
            }
        } else if !(c.is_ascii_digit() || c == b'.' || c == b'e' || c == b'+' || c == b'-') {
            return None;
        }
    }
    let cleaned: String = body.chars().filter(|c| *c != '_').collect();
    if cleaned.starts_with('+') || cleaned.starts_with('-') {
        return None;
    }
    // Rust accepts "1." ".5" "1e5"; reject forms Python rejects ("e5", ".", "1e").
    if cleaned == "." || cleaned.starts_with('e') || cleaned.ends_with('e') || cleaned.starts_with(".e") {
        return None;
    }
    cleaned.parse::<f64>().ok().map(|v| sign * v)
}

/// The float value of a number-like (for `float()` and math functions).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) if !types::is_heap_class(&o.class()) => Ok(*f),
            Payload::Int(b) if !types::is_heap_class(&o.class()) => crate::objects::intobj::bigint_to_f64(b)
                .ok_or_else(|| vm.new_overflow_error("int too large to convert to float")),
            _ => {
                let cls = o.class();
                if let Some(m) = types::lookup_str(&cls, "__float__") {
                    let r = vm.call_special(&m, v, &[])?;
                    return match r {
                        Value::Float(f) => Ok(f),
                        Value::Obj(ro) if matches!(ro.payload, Payload::Float(_)) => match ro.payload {
                            Payload::Float(f) => Ok(f),
                            _ => Ok(0.0),
                        },
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
                        Some(b) => crate::objects::intobj::bigint_to_f64(&b)
                            .ok_or_else(|| vm.new_overflow_error("int too large to convert to float")),
                        None => Err(vm.new_type_error("__index__ returned non-int")),
                    };
                }
                match &o.payload {
                    Payload::Float(f) => Ok(*f),
                    Payload::Int(b) => crate::objects::intobj::bigint_to_f64(b)
                        .ok_or_else(|| vm.new_overflow_error("int too large to convert to float")),
                    _ => Err(vm.new_type_error(format!("must be real number, not {}", types::type_name(v)))),
                }
            }
        },
        _ => Err(vm.new_type_error(format!("must be real number, not {}", types::type_name(v)))),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or(Value::Obj(types().float.clone()));
    if args.has_kw() {
        return Err(vm.new_type_error("float() takes no keyword arguments"));
    }
    let rest = &args.pos[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!("float expected at most 1 argument, got {}", rest.len())));
    }
    let f = match rest.first() {
        None => 0.0,
        Some(v) => float_from_value(vm, v)?,
    };
    match &cls {
        Value::Obj(c) if !std::rc::Rc::ptr_eq(c, &types().float) => {
            let has_dict = types::type_data(c).map(|t| t.has_flag(types::type_flags::HAS_DICT)).unwrap_or(false);
            Ok(if has_dict { types::new_obj_with_dict(c, Payload::Float(f)) } else { types::new_obj(c, Payload::Float(f)) })
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
                Some(String::from_utf8_lossy(&d).to_string())
            }
            _ => None,
        };
        if let Some(t) = text {
            let cls = o.class();
            if !(types::is_heap_class(&cls) && types::lookup_str(&cls, "__float__").is_some()) {
                return parse_float(&t).ok_or_else(|| {
                    let r = match &o.payload {
                        Payload::Str(_) => crate::objects::strobj::repr_str(&t),
                        _ => crate::objects::bytesobj::bytes_repr(t.as_bytes(), "b"),
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
                let cls = types::class_of(v);
                if types::lookup_str(&cls, "__float__").is_none() && types::lookup_str(&cls, "__index__").is_none() {
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
    let f = self_f(vm, &args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
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
    Ok(Value::Float(self_f(vm, &args)?))
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    crate::objects::intobj::float_to_int(vm, f)
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    crate::objects::intobj::float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
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

/// `round(x, ndigits)` for floats, correctly rounded via decimal formatting.
pub fn round_ndigits(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 308 {
        return x;
    }
    if nd < -308 {
        return 0.0f64.copysign(x);
    }
    if nd >= 0 {
        // Format with nd decimals (exact, round-half-even on the true value) then parse.
        let s = format!("{:.*}", nd as usize, x);
        return s.parse().unwrap_or(x);
    }
    let p = 10f64.powi((-nd) as i32);
    let y = x / p;
    let r = round_half_even(y) * p;
    if r.is_infinite() {
        return x;
    }
    r
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
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
            let n = crate::objects::intobj::to_i64(&n).unwrap_or(if crate::objects::intobj::to_bigint(&n).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false) { i64::MIN } else { i64::MAX });
            Ok(Value::Float(round_ndigits(f, n)))
        }
    }
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(self_f(vm, &args)?))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
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
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let mut hex = format!("{:013x}", mant);
    while hex.len() > 1 && hex.ends_with('0') {
        hex.pop();
    }
    format!("{}0x{}.{}p{}{}", sign, lead, hex, if e >= 0 { "+" } else { "-" }, e.abs())
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.pos.get(1).and_then(|v| v.as_rust_str()).unwrap_or("").to_string();
    match parse_hex_float(&s) {
        Some(f) => {
            let cls = &args.pos[0];
            if let Value::Obj(c) = cls {
                if !std::rc::Rc::ptr_eq(c, &types().float) {
                    return vm.call(cls, &[Value::Float(f)]);
                }
            }
            Ok(Value::Float(f))
        }
        None => Err(vm.new_value_error("invalid hexadecimal floating-point string")),
    }
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    if t == "inf" || t == "infinity" {
        return Some(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if t == "nan" {
        return Some(f64::NAN);
    }
    let t = t.strip_prefix("0x").unwrap_or(&t);
    let (m, e) = match t.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (t, 0),
    };
    let (ip, fp) = match m.split_once('.') {
        Some((a, b)) => (a, b),
        None => (m, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in ip.chars() {
        v = v * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in fp.chars() {
        v += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    let r = v * 2f64.powi(e.clamp(-2000, 2000) as i32);
    Some(if neg { -r } else { r })
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args)?;
    Ok(crate::objects::tupleobj::new_tuple(vec![Value::Float(f)]))
}

fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = args.pos.get(1).and_then(|v| v.as_rust_str()).unwrap_or("");
    if t != "double" && t != "float" {
        return Err(vm.new_value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(crate::objects::strobj::new_str("IEEE, little-endian".to_string()))
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
    MethodDef::method("__int__", float_trunc),
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
