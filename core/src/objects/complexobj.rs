//! `complex`: arithmetic, repr and the constructor.

use crate::ast::BinOp;
use crate::modules::mathcr;
use crate::object::*;
use crate::objects::{floatobj, slots};
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

pub fn new_complex(re: f64, im: f64) -> Value {
    types::new_obj(&types().complex, Payload::Complex(re, im))
}

pub fn complex_op(vm: &mut Vm, a: (f64, f64), b: (f64, f64), op: BinOp) -> PyResult<Value> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mult => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::Div => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.new_zero_division_error("complex division by zero"));
            }
            complex_div(ar, ai, br, bi)
        }
        BinOp::Pow => {
            // CPython's complex_pow: c_powi for small integral exponents, else c_pow;
            // EDOM becomes ZeroDivisionError, an infinite part OverflowError.
            let mut edom = false;
            let n = br as i64;
            let p = if bi == 0.0 && br == n as f64 && (-100..=100).contains(&n) {
                if n > 0 {
                    c_powu((ar, ai), n)
                } else {
                    let d = c_powu((ar, ai), -n);
                    if d.0 == 0.0 && d.1 == 0.0 {
                        edom = true;
                        (0.0, 0.0)
                    } else {
                        complex_div(1.0, 0.0, d.0, d.1)
                    }
                }
            } else {
                c_pow((ar, ai), (br, bi), &mut edom)
            };
            if edom {
                return Err(vm.new_zero_division_error("0.0 to a negative or complex power"));
            }
            if p.0.is_infinite() || p.1.is_infinite() {
                return Err(vm.new_overflow_error("complex exponentiation"));
            }
            p
        }
        _ => return Ok(vm.not_implemented()),
    };
    Ok(new_complex(r, i))
}

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `x ** n` for 0 <= n by repeated squaring.
fn c_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// CPython's _Py_c_pow (polar form).
fn c_pow(a: (f64, f64), b: (f64, f64), edom: &mut bool) -> (f64, f64) {
    if b.0 == 0.0 && b.1 == 0.0 {
        return (1.0, 0.0);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            *edom = true;
        }
        return (0.0, 0.0);
    }
    let vabs = crate::fmath::hypot(a.0, a.1);
    let mut len = vabs.powf(b.0);
    let at = mathcr::atan2(a.1, a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // libm's cos/sin of an infinite phase set EDOM, which CPython reports.
    if phase.is_infinite() {
        *edom = true;
    }
    (len * mathcr::cos(phase), len * mathcr::sin(phase))
}

fn complex_div(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (f64::NAN, f64::NAN);
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

/// repr() of a complex number.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = floatobj::float_repr(x);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt(im));
    }
    let im_s = fmt(im);
    let sign = if im_s.starts_with('-') || im.is_nan() && im_s.starts_with('-') {
        ""
    } else {
        "+"
    };
    format!("({}{}{}j)", fmt(re), sign, im_s)
}

fn self_c(vm: &mut Vm, v: &Value) -> PyResult<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(r, i)) => Ok((*r, *i)),
        _ => Err(vm.new_type_error("descriptor requires a 'complex' object")),
    }
}

/// Is `v` usable as a number by complex() (complex, or has __float__ / __index__)?
fn is_number(v: &Value) -> bool {
    if crate::ops::as_num(v, true).is_some() {
        return true;
    }
    let cls = types::class_of(v);
    types::lookup_str(&cls, "__float__").is_some() || types::lookup_str(&cls, "__index__").is_some()
}

/// `complex(real=0, imag=0)`, step by step as CPython's complex_new.
fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = crate::objects::listobj::new_cls(vm, &args, "complex")?.clone();
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        ..args
    };
    let b = rest.bind(
        vm,
        &crate::vm::ArgSpec {
            name: "complex",
            params: &["real", "imag"],
            required: 0,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let exact_cls = matches!(&cls, Value::Obj(c) if std::rc::Rc::ptr_eq(c, &types().complex));
    let mut r = b[0].clone().unwrap_or(Value::Int(0));
    let i = b[1].clone();
    if i.is_none() && exact_cls && types::class_ptr(&r) == std::rc::Rc::as_ptr(&types().complex) {
        return Ok(r);
    }
    if let Some(text) = r.as_rust_str() {
        if i.is_some() {
            return Err(vm.new_type_error("complex() can't take second arg if first is a string"));
        }
        let ascii = crate::objects::intobj::to_ascii_number(text);
        if floatobj::strip_underscores(&ascii).is_none() {
            // Misplaced underscores fail before the complex parser runs.
            let r = vm.repr_string(&r)?;
            return Err(vm.new_value_error(format!("could not convert string to complex: {}", r)));
        }
        let (re, im) = parse_complex(text)
            .ok_or_else(|| vm.new_value_error("complex() arg is a malformed string"))?;
        return Ok(make(&cls, re, im));
    }
    if matches!(&i, Some(x) if x.as_str().is_some()) {
        return Err(vm.new_type_error("complex() second arg can't be a string"));
    }
    let rcls = types::class_of(&r);
    if let Some(m) = types::lookup_str(&rcls, "__complex__") {
        let c = vm.call_special(&m, &r, &[])?;
        if !matches!(c.payload(), Some(Payload::Complex(..))) {
            return Err(vm.new_type_error(format!(
                "__complex__ returned non-complex (type {})",
                types::type_name(&c)
            )));
        }
        if types::is_heap_class(&types::class_of(&c)) {
            let msg = format!(
                "__complex__ returned non-complex (type {}).  The ability to return an \
                 instance of a strict subclass of complex is deprecated, and may be removed \
                 in a future version of Python.",
                types::type_name(&c)
            );
            let cat = types::types().exc.deprecation_warning.clone();
            crate::exceptions::warn(vm, &cat, &msg)?;
        }
        r = c;
    }
    if !is_number(&r) {
        return Err(vm.new_type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            types::type_name(&r)
        )));
    }
    if let Some(iv) = &i {
        if !is_number(iv) {
            return Err(vm.new_type_error(format!(
                "complex() second argument must be a number, not '{}'",
                types::type_name(iv)
            )));
        }
    }
    let (mut cr, cr_is_complex) = match r.payload() {
        Some(Payload::Complex(a, b)) => ((*a, *b), true),
        _ => ((floatobj::float_from_value(vm, &r)?, 0.0), false),
    };
    let (mut ci, ci_is_complex) = match &i {
        None => ((cr.1, 0.0), false),
        Some(iv) => match iv.payload() {
            Some(Payload::Complex(a, b)) => ((*a, *b), true),
            _ => ((floatobj::float_from_value(vm, iv)?, 0.0), false),
        },
    };
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        ci.0 += cr.1;
    }
    Ok(make(&cls, cr.0, ci.0))
}

/// A complex of class `cls` (complex or a subclass).
fn make(cls: &Value, re: f64, im: f64) -> Value {
    match cls {
        Value::Obj(c) if !std::rc::Rc::ptr_eq(c, &types().complex) => {
            let has_dict = types::type_data(c)
                .map(|t| t.has_flag(types::type_flags::HAS_DICT))
                .unwrap_or(false);
            let p = Payload::Complex(re, im);
            if has_dict {
                types::new_obj_with_dict(c, p)
            } else {
                types::new_obj(c, p)
            }
        }
        _ => new_complex(re, im),
    }
}

/// Parses `complex(str)`, following CPython's complex_from_string_inner.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let ascii = crate::objects::intobj::to_ascii_number(s);
    let clean = floatobj::strip_underscores(&ascii)?;
    let b = clean.as_bytes();
    let space = |c: u8| c.is_ascii_whitespace() || c == 0x0b;
    let mut i = 0;
    while i < b.len() && space(b[i]) {
        i += 1;
    }
    let mut bracket = false;
    if i < b.len() && b[i] == b'(' {
        bracket = true;
        i += 1;
        while i < b.len() && space(b[i]) {
            i += 1;
        }
    }
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let is_j = |c: u8| c == b'j' || c == b'J';
    let (mut x, mut y) = (0.0, 0.0);
    match floatobj::parse_float_prefix(&b[i..]) {
        Some((z, n)) => {
            i += n;
            if at(i) == b'+' || at(i) == b'-' {
                x = z;
                match floatobj::parse_float_prefix(&b[i..]) {
                    Some((w, m)) => {
                        y = w;
                        i += m;
                    }
                    None => {
                        y = if at(i) == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(at(i)) {
                    return None;
                }
                i += 1;
            } else if is_j(at(i)) {
                i += 1;
                y = z;
            } else {
                x = z;
            }
        }
        None => {
            if at(i) == b'+' || at(i) == b'-' {
                y = if at(i) == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                y = 1.0;
            }
            if !is_j(at(i)) {
                return None;
            }
            i += 1;
        }
    }
    while i < b.len() && space(b[i]) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return None;
        }
        i += 1;
        while i < b.len() && space(b[i]) {
            i += 1;
        }
    }
    (i == b.len()).then_some((x, y))
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "complex.conjugate")?;
    let (r, i) = self_c(vm, &args.pos[0])?;
    Ok(new_complex(r, -i))
}

fn complex_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "complex.__complex__")?;
    let (r, i) = self_c(vm, &args.pos[0])?;
    Ok(new_complex(r, i))
}

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(self_c(vm, v)?.0))
}

fn get_imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(self_c(vm, v)?.1))
}

fn complex_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::listobj::noargs(vm, &args, "complex.__getnewargs__")?;
    let (r, i) = self_c(vm, &args.pos[0])?;
    Ok(crate::objects::tupleobj::new_tuple(vec![
        Value::Float(r),
        Value::Float(i),
    ]))
}

pub static COMPLEX_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", complex_new),
    MethodDef::method("conjugate", complex_conjugate),
    MethodDef::method("__complex__", complex_complex),
    MethodDef::method("__getnewargs__", complex_getnewargs),
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
    MethodDef::method("__add__", slots::add),
    MethodDef::method("__radd__", slots::radd),
    MethodDef::method("__sub__", slots::sub),
    MethodDef::method("__rsub__", slots::rsub),
    MethodDef::method("__mul__", slots::mul),
    MethodDef::method("__rmul__", slots::rmul),
    MethodDef::method("__truediv__", slots::truediv),
    MethodDef::method("__rtruediv__", slots::rtruediv),
    MethodDef::method("__pow__", slots::pow),
    MethodDef::method("__rpow__", slots::rpow),
];
