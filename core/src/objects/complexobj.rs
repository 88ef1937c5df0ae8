//! `complex`: arithmetic, repr and the constructor.

use crate::ast::BinOp;
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
            if br == 0.0 && bi == 0.0 {
                (1.0, 0.0)
            } else if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(vm.new_zero_division_error("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else if bi == 0.0 && br == br.trunc() && br.abs() <= 100.0 {
                // Integer power by repeated multiplication (as CPython does for small ints).
                let mut n = br as i64;
                let mut base = (ar, ai);
                let inv = n < 0;
                if inv {
                    n = -n;
                }
                let mut acc = (1.0, 0.0);
                while n > 0 {
                    if n & 1 == 1 {
                        acc = (acc.0 * base.0 - acc.1 * base.1, acc.0 * base.1 + acc.1 * base.0);
                    }
                    base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
                    n >>= 1;
                }
                if inv {
                    complex_div(1.0, 0.0, acc.0, acc.1)
                } else {
                    acc
                }
            } else {
                let vabs = ar.hypot(ai);
                let mut len = vabs.powf(br);
                let at = ai.atan2(ar);
                let mut phase = at * br;
                if bi != 0.0 {
                    len /= (at * bi).exp();
                    phase += bi * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        _ => return Ok(vm.not_implemented()),
    };
    if (r.is_infinite() || i.is_infinite()) && op == BinOp::Pow && ar.is_finite() && ai.is_finite() {
        return Err(vm.new_overflow_error("complex exponentiation"));
    }
    Ok(new_complex(r, i))
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
    let sign = if im_s.starts_with('-') || im.is_nan() && im_s.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", fmt(re), sign, im_s)
}

fn self_c(vm: &mut Vm, v: &Value) -> PyResult<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(r, i)) => Ok((*r, *i)),
        _ => Err(vm.new_type_error("descriptor requires a 'complex' object")),
    }
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args { pos: &args.pos[1..], ..args };
    let b = rest.bind(
        vm,
        &crate::vm::ArgSpec { name: "complex", params: &["real", "imag"], required: 0, posonly: 0, kwonly: 0 },
    )?;
    let parse_part = |vm: &mut Vm, v: &Value| -> PyResult<(f64, f64)> {
        match v.payload() {
            Some(Payload::Complex(r, i)) => Ok((*r, *i)),
            _ => Ok((floatobj::to_f64(vm, v)?, 0.0)),
        }
    };
    let (re, im) = match (&b[0], &b[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), None) => {
            if let Some(s) = r.as_rust_str() {
                let s = s.to_string();
                parse_complex(&s).ok_or_else(|| vm.new_value_error("complex() arg is a malformed string"))?
            } else {
                let cls = types::class_of(r);
                if let Some(m) = types::lookup_str(&cls, "__complex__") {
                    let c = vm.call_special(&m, r, &[])?;
                    parse_part(vm, &c)?
                } else {
                    match parse_part(vm, r) {
                        Ok(p) => p,
                        Err(_) => {
                            return Err(vm.new_type_error(format!(
                                "complex() first argument must be a string or a number, not '{}'",
                                types::type_name(r)
                            )))
                        }
                    }
                }
            }
        }
        (r, Some(i)) => {
            if r.as_ref().map(|x| x.as_str().is_some()).unwrap_or(false) {
                return Err(vm.new_type_error("complex() can't take second arg if first is a string"));
            }
            if i.as_str().is_some() {
                return Err(vm.new_type_error("complex() second arg can't be a string"));
            }
            let (rr, ri) = match r {
                Some(r) => parse_part(vm, r)?,
                None => (0.0, 0.0),
            };
            let (ir, ii) = parse_part(vm, i)?;
            (rr - ii, ri + ir)
        }
    };
    Ok(new_complex(re, im))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].trim();
    }
    if t.is_empty() {
        return None;
    }
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && bytes[i - 1] != b'e' && bytes[i - 1] != b'E' {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => {
                let re = floatobj::parse_float(&body[..i])?;
                let im_s = &body[i..];
                let im = if im_s == "+" {
                    1.0
                } else if im_s == "-" {
                    -1.0
                } else {
                    floatobj::parse_float(im_s)?
                };
                Some((re, im))
            }
            None => {
                let im = if body.is_empty() || body == "+" {
                    1.0
                } else if body == "-" {
                    -1.0
                } else {
                    floatobj::parse_float(body)?
                };
                Some((0.0, im))
            }
        };
    }
    floatobj::parse_float(t).map(|r| (r, 0.0))
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(vm, &args.pos[0])?;
    Ok(new_complex(r, -i))
}

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(self_c(vm, v)?.0))
}

fn get_imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(self_c(vm, v)?.1))
}

fn complex_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(vm, &args.pos[0])?;
    Ok(crate::objects::tupleobj::new_tuple(vec![Value::Float(r), Value::Float(i)]))
}

pub static COMPLEX_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", complex_new),
    MethodDef::method("conjugate", complex_conjugate),
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
