//! `cmath`: complex math with CPython 3.11's algorithms, C99 Annex G special values and
//! error rules (ValueError "math domain error", OverflowError "math range error").

use crate::object::*;
use crate::objects::{complexobj, floatobj, funcobj, moduleobj, tupleobj};
use crate::types;
use crate::vm::{PyResult, Vm};

use super::math::{arg_f64, ldexp};
use super::mathcr;

/// Fills the `cmath` module.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("cmath"), 0));
    }
    moduleobj::module_set(m, "pi", Value::Float(std::f64::consts::PI));
    moduleobj::module_set(m, "e", Value::Float(std::f64::consts::E));
    moduleobj::module_set(m, "tau", Value::Float(std::f64::consts::TAU));
    moduleobj::module_set(m, "inf", Value::Float(f64::INFINITY));
    moduleobj::module_set(m, "infj", complexobj::new_complex(0.0, f64::INFINITY));
    moduleobj::module_set(m, "nan", Value::Float(f64::NAN));
    moduleobj::module_set(m, "nanj", complexobj::new_complex(0.0, f64::NAN));
    Ok(())
}

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", cmath_acos),
    ("acosh", cmath_acosh),
    ("asin", cmath_asin),
    ("asinh", cmath_asinh),
    ("atan", cmath_atan),
    ("atanh", cmath_atanh),
    ("cos", cmath_cos),
    ("cosh", cmath_cosh),
    ("exp", cmath_exp),
    ("isclose", cmath_isclose),
    ("isfinite", cmath_isfinite),
    ("isinf", cmath_isinf),
    ("isnan", cmath_isnan),
    ("log", cmath_log),
    ("log10", cmath_log10),
    ("phase", cmath_phase),
    ("polar", cmath_polar),
    ("rect", cmath_rect),
    ("sin", cmath_sin),
    ("sinh", cmath_sinh),
    ("sqrt", cmath_sqrt),
    ("tan", cmath_tan),
    ("tanh", cmath_tanh),
];

extern "C" {
    fn asinh(x: f64) -> f64;
}

fn c_asinh(x: f64) -> f64 {
    // SAFETY: a pure C math function on a plain double.
    unsafe { asinh(x) }
}

/// A complex number as (real, imag).
#[derive(Clone, Copy)]
struct C {
    re: f64,
    im: f64,
}

const fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// The floating-point condition a function reports (CPython's errno).
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

type CResult = (C, Errno);

// ---------------------------------------------------------------------------------------
// Arguments and errors
// ---------------------------------------------------------------------------------------

/// `PyComplex_AsCComplex`: complex values as they are, then `__complex__`, then float.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    match v {
        Value::Float(f) => return Ok(c(*f, 0.0)),
        Value::Int(i) => return Ok(c(*i as f64, 0.0)),
        Value::Obj(o) => {
            if let Payload::Complex(re, im) = o.payload {
                return Ok(c(re, im));
            }
            let cls = o.class();
            if let Some(m) = types::lookup_str(&cls, "__complex__") {
                let r = vm.call_special(&m, v, &[])?;
                return match r.payload() {
                    Some(Payload::Complex(re, im)) => Ok(c(*re, *im)),
                    _ => Err(vm.new_type_error(format!(
                        "__complex__ returned non-complex (type {})",
                        types::type_name(&r)
                    ))),
                };
            }
        }
        _ => {}
    }
    Ok(c(floatobj::to_f64(vm, v)?, 0.0))
}

fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("cmath.{}() takes no keyword arguments", name)));
    }
    match args.pos {
        [v] => Ok(v),
        _ => Err(vm.new_type_error(format!(
            "cmath.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len()
        ))),
    }
}

fn finish(vm: &mut Vm, (z, e): CResult) -> PyResult<Value> {
    match e {
        Errno::Ok => Ok(complexobj::new_complex(z.re, z.im)),
        Errno::Dom => Err(vm.new_value_error("math domain error")),
        Errno::Range => Err(vm.new_overflow_error("math range error")),
    }
}

fn apply(vm: &mut Vm, args: &Args, name: &str, f: fn(C) -> CResult) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?;
    let z = to_complex(vm, v)?;
    finish(vm, f(z))
}

macro_rules! cfunc {
    ($fn_name:ident, $name:literal, $f:expr) => {
        fn $fn_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            apply(vm, &args, $name, $f)
        }
    };
}

cfunc!(cmath_acos, "acos", c_acos);
cfunc!(cmath_acosh, "acosh", c_acosh);
cfunc!(cmath_asin, "asin", c_asin);
cfunc!(cmath_asinh, "asinh", c_asinh_z);
cfunc!(cmath_atan, "atan", c_atan);
cfunc!(cmath_atanh, "atanh", c_atanh);
cfunc!(cmath_cos, "cos", c_cos);
cfunc!(cmath_cosh, "cosh", c_cosh);
cfunc!(cmath_exp, "exp", c_exp);
cfunc!(cmath_log10, "log10", c_log10);
cfunc!(cmath_sin, "sin", c_sin);
cfunc!(cmath_sinh, "sinh", c_sinh);
cfunc!(cmath_sqrt, "sqrt", c_sqrt);
cfunc!(cmath_tan, "tan", c_tan);
cfunc!(cmath_tanh, "tanh", c_tanh);

// ---------------------------------------------------------------------------------------
// Special values (C99 Annex G), indexed by the class of the real and imaginary parts
// ---------------------------------------------------------------------------------------

/// Classes of a double: -inf, negative, -0, +0, positive, +inf, nan.
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        let neg = d.is_sign_negative();
        match (d != 0.0, neg) {
            (true, true) => 1,
            (true, false) => 4,
            (false, true) => 2,
            (false, false) => 3,
        }
    } else if d.is_nan() {
        6
    } else if d.is_sign_negative() {
        0
    } else {
        5
    }
}

type Table = [[C; 7]; 7];

const PI: f64 = std::f64::consts::PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const INF: f64 = f64::INFINITY;
const NINF: f64 = f64::NEG_INFINITY;
const NAN: f64 = f64::NAN;
/// Cells for finite nonzero inputs, which never reach a table.
const U: C = c(NAN, NAN);

/// Builds a table from rows of (real, imag) pairs.
const fn table(rows: [[(f64, f64); 7]; 7]) -> Table {
    let mut t = [[U; 7]; 7];
    let mut i = 0;
    while i < 7 {
        let mut j = 0;
        while j < 7 {
            t[i][j] = c(rows[i][j].0, rows[i][j].1);
            j += 1;
        }
        i += 1;
    }
    t
}

const UU: (f64, f64) = (NAN, NAN);
const NN: (f64, f64) = (NAN, NAN);

static ACOS_SV: Table = table([
    [
        (P34, INF),
        (PI, INF),
        (PI, INF),
        (PI, NINF),
        (PI, NINF),
        (P34, NINF),
        (NAN, INF),
    ],
    [(P12, INF), UU, UU, UU, UU, (P12, NINF), NN],
    [
        (P12, INF),
        UU,
        (P12, 0.0),
        (P12, -0.0),
        UU,
        (P12, NINF),
        (P12, NAN),
    ],
    [
        (P12, INF),
        UU,
        (P12, 0.0),
        (P12, -0.0),
        UU,
        (P12, NINF),
        (P12, NAN),
    ],
    [(P12, INF), UU, UU, UU, UU, (P12, NINF), NN],
    [
        (P14, INF),
        (0.0, INF),
        (0.0, INF),
        (0.0, NINF),
        (0.0, NINF),
        (P14, NINF),
        (NAN, INF),
    ],
    [(NAN, INF), NN, NN, NN, NN, (NAN, NINF), NN],
]);

static ACOSH_SV: Table = table([
    [
        (INF, -P34),
        (INF, -PI),
        (INF, -PI),
        (INF, PI),
        (INF, PI),
        (INF, P34),
        (INF, NAN),
    ],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [(INF, -P12), UU, (0.0, -P12), (0.0, P12), UU, (INF, P12), NN],
    [(INF, -P12), UU, (0.0, -P12), (0.0, P12), UU, (INF, P12), NN],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [
        (INF, -P14),
        (INF, -0.0),
        (INF, -0.0),
        (INF, 0.0),
        (INF, 0.0),
        (INF, P14),
        (INF, NAN),
    ],
    [(INF, NAN), NN, NN, NN, NN, (INF, NAN), NN],
]);

static ASINH_SV: Table = table([
    [
        (NINF, -P14),
        (NINF, -0.0),
        (NINF, -0.0),
        (NINF, 0.0),
        (NINF, 0.0),
        (NINF, P14),
        (NINF, NAN),
    ],
    [(NINF, -P12), UU, UU, UU, UU, (NINF, P12), NN],
    [
        (NINF, -P12),
        UU,
        (-0.0, -0.0),
        (-0.0, 0.0),
        UU,
        (NINF, P12),
        NN,
    ],
    [(INF, -P12), UU, (0.0, -0.0), (0.0, 0.0), UU, (INF, P12), NN],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [
        (INF, -P14),
        (INF, -0.0),
        (INF, -0.0),
        (INF, 0.0),
        (INF, 0.0),
        (INF, P14),
        (INF, NAN),
    ],
    [(INF, NAN), NN, (NAN, -0.0), (NAN, 0.0), NN, (INF, NAN), NN],
]);

static ATANH_SV: Table = table([
    [
        (-0.0, -P12),
        (-0.0, -P12),
        (-0.0, -P12),
        (-0.0, P12),
        (-0.0, P12),
        (-0.0, P12),
        (-0.0, NAN),
    ],
    [(-0.0, -P12), UU, UU, UU, UU, (-0.0, P12), NN],
    [
        (-0.0, -P12),
        UU,
        (-0.0, -0.0),
        (-0.0, 0.0),
        UU,
        (-0.0, P12),
        (-0.0, NAN),
    ],
    [
        (0.0, -P12),
        UU,
        (0.0, -0.0),
        (0.0, 0.0),
        UU,
        (0.0, P12),
        (0.0, NAN),
    ],
    [(0.0, -P12), UU, UU, UU, UU, (0.0, P12), NN],
    [
        (0.0, -P12),
        (0.0, -P12),
        (0.0, -P12),
        (0.0, P12),
        (0.0, P12),
        (0.0, P12),
        (0.0, NAN),
    ],
    [(0.0, -P12), NN, NN, NN, NN, (0.0, P12), NN],
]);

static COSH_SV: Table = table([
    [
        (INF, NAN),
        UU,
        (INF, 0.0),
        (INF, -0.0),
        UU,
        (INF, NAN),
        (INF, NAN),
    ],
    [NN, UU, UU, UU, UU, NN, NN],
    [
        (NAN, 0.0),
        UU,
        (1.0, 0.0),
        (1.0, -0.0),
        UU,
        (NAN, 0.0),
        (NAN, 0.0),
    ],
    [
        (NAN, 0.0),
        UU,
        (1.0, -0.0),
        (1.0, 0.0),
        UU,
        (NAN, 0.0),
        (NAN, 0.0),
    ],
    [NN, UU, UU, UU, UU, NN, NN],
    [
        (INF, NAN),
        UU,
        (INF, -0.0),
        (INF, 0.0),
        UU,
        (INF, NAN),
        (INF, NAN),
    ],
    [NN, NN, (NAN, 0.0), (NAN, 0.0), NN, NN, NN],
]);

static EXP_SV: Table = table([
    [
        (0.0, 0.0),
        UU,
        (0.0, -0.0),
        (0.0, 0.0),
        UU,
        (0.0, 0.0),
        (0.0, 0.0),
    ],
    [NN, UU, UU, UU, UU, NN, NN],
    [NN, UU, (1.0, -0.0), (1.0, 0.0), UU, NN, NN],
    [NN, UU, (1.0, -0.0), (1.0, 0.0), UU, NN, NN],
    [NN, UU, UU, UU, UU, NN, NN],
    [
        (INF, NAN),
        UU,
        (INF, -0.0),
        (INF, 0.0),
        UU,
        (INF, NAN),
        (INF, NAN),
    ],
    [NN, NN, (NAN, -0.0), (NAN, 0.0), NN, NN, NN],
]);

static LOG_SV: Table = table([
    [
        (INF, -P34),
        (INF, -PI),
        (INF, -PI),
        (INF, PI),
        (INF, PI),
        (INF, P34),
        (INF, NAN),
    ],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [(INF, -P12), UU, (NINF, -PI), (NINF, PI), UU, (INF, P12), NN],
    [
        (INF, -P12),
        UU,
        (NINF, -0.0),
        (NINF, 0.0),
        UU,
        (INF, P12),
        NN,
    ],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [
        (INF, -P14),
        (INF, -0.0),
        (INF, -0.0),
        (INF, 0.0),
        (INF, 0.0),
        (INF, P14),
        (INF, NAN),
    ],
    [(INF, NAN), NN, NN, NN, NN, (INF, NAN), NN],
]);

static SINH_SV: Table = table([
    [
        (INF, NAN),
        UU,
        (NINF, -0.0),
        (NINF, 0.0),
        UU,
        (INF, NAN),
        (INF, NAN),
    ],
    [NN, UU, UU, UU, UU, NN, NN],
    [
        (0.0, NAN),
        UU,
        (-0.0, -0.0),
        (-0.0, 0.0),
        UU,
        (0.0, NAN),
        (0.0, NAN),
    ],
    [
        (0.0, NAN),
        UU,
        (0.0, -0.0),
        (0.0, 0.0),
        UU,
        (0.0, NAN),
        (0.0, NAN),
    ],
    [NN, UU, UU, UU, UU, NN, NN],
    [
        (INF, NAN),
        UU,
        (INF, -0.0),
        (INF, 0.0),
        UU,
        (INF, NAN),
        (INF, NAN),
    ],
    [NN, NN, (NAN, -0.0), (NAN, 0.0), NN, NN, NN],
]);

static SQRT_SV: Table = table([
    [
        (INF, NINF),
        (0.0, NINF),
        (0.0, NINF),
        (0.0, INF),
        (0.0, INF),
        (INF, INF),
        (NAN, INF),
    ],
    [(INF, NINF), UU, UU, UU, UU, (INF, INF), NN],
    [(INF, NINF), UU, (0.0, -0.0), (0.0, 0.0), UU, (INF, INF), NN],
    [(INF, NINF), UU, (0.0, -0.0), (0.0, 0.0), UU, (INF, INF), NN],
    [(INF, NINF), UU, UU, UU, UU, (INF, INF), NN],
    [
        (INF, NINF),
        (INF, -0.0),
        (INF, -0.0),
        (INF, 0.0),
        (INF, 0.0),
        (INF, INF),
        (INF, NAN),
    ],
    [(INF, NINF), NN, NN, NN, NN, (INF, INF), NN],
]);

static TANH_SV: Table = table([
    [
        (-1.0, 0.0),
        UU,
        (-1.0, -0.0),
        (-1.0, 0.0),
        UU,
        (-1.0, 0.0),
        (-1.0, 0.0),
    ],
    [NN, UU, UU, UU, UU, NN, NN],
    [NN, UU, (-0.0, -0.0), (-0.0, 0.0), UU, NN, NN],
    [NN, UU, (0.0, -0.0), (0.0, 0.0), UU, NN, NN],
    [NN, UU, UU, UU, UU, NN, NN],
    [
        (1.0, 0.0),
        UU,
        (1.0, -0.0),
        (1.0, 0.0),
        UU,
        (1.0, 0.0),
        (1.0, 0.0),
    ],
    [NN, NN, (NAN, -0.0), (NAN, 0.0), NN, NN, NN],
]);

static RECT_SV: Table = table([
    [
        (INF, NAN),
        UU,
        (NINF, 0.0),
        (NINF, -0.0),
        UU,
        (INF, NAN),
        (INF, NAN),
    ],
    [NN, UU, UU, UU, UU, NN, NN],
    [
        (0.0, 0.0),
        UU,
        (-0.0, 0.0),
        (-0.0, -0.0),
        UU,
        (0.0, 0.0),
        (0.0, 0.0),
    ],
    [
        (0.0, 0.0),
        UU,
        (0.0, -0.0),
        (0.0, 0.0),
        UU,
        (0.0, 0.0),
        (0.0, 0.0),
    ],
    [NN, UU, UU, UU, UU, NN, NN],
    [
        (INF, NAN),
        UU,
        (INF, -0.0),
        (INF, 0.0),
        UU,
        (INF, NAN),
        (INF, NAN),
    ],
    [NN, NN, (NAN, 0.0), (NAN, 0.0), NN, NN, NN],
]);

fn special(t: &Table, z: C) -> C {
    t[special_type(z.re)][special_type(z.im)]
}

fn is_finite(z: C) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

// ---------------------------------------------------------------------------------------
// The functions
// ---------------------------------------------------------------------------------------

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
/// Scaling that makes subnormal parts normal (odd), and the matching square-root scale.
const SCALE_UP: i64 = 53;
const SCALE_DOWN: i64 = -27;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}

fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}

fn c_acos(z: C) -> CResult {
    if !is_finite(z) {
        return (special(&ACOS_SV, z), Errno::Ok);
    }
    let r = if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        // Large arguments: avoid overflow.
        let re = mathcr::atan2(z.im.abs(), z.re);
        let l = crate::fmath::hypot(z.re / 2.0, z.im / 2.0).ln() + LN2 * 2.0;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        c(re, im)
    } else {
        let s1 = c_sqrt(c(1.0 - z.re, -z.im)).0;
        let s2 = c_sqrt(c(1.0 + z.re, z.im)).0;
        c(
            2.0 * mathcr::atan2(s1.re, s2.re),
            c_asinh(s2.re * s1.im - s2.im * s1.re),
        )
    };
    (r, Errno::Ok)
}

fn c_acosh(z: C) -> CResult {
    if !is_finite(z) {
        return (special(&ACOSH_SV, z), Errno::Ok);
    }
    let r = if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        c(
            crate::fmath::hypot(z.re / 2.0, z.im / 2.0).ln() + LN2 * 2.0,
            mathcr::atan2(z.im, z.re),
        )
    } else {
        let s1 = c_sqrt(c(z.re - 1.0, z.im)).0;
        let s2 = c_sqrt(c(z.re + 1.0, z.im)).0;
        c(
            c_asinh(s1.re * s2.re + s1.im * s2.im),
            2.0 * mathcr::atan2(s1.im, s2.re),
        )
    };
    (r, Errno::Ok)
}

/// asin(z) = -i asinh(iz).
fn c_asin(z: C) -> CResult {
    let (s, e) = c_asinh_z(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn c_asinh_z(z: C) -> CResult {
    if !is_finite(z) {
        return (special(&ASINH_SV, z), Errno::Ok);
    }
    let r = if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let l = crate::fmath::hypot(z.re / 2.0, z.im / 2.0).ln() + LN2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        c(re, mathcr::atan2(z.im, z.re.abs()))
    } else {
        let s1 = c_sqrt(c(1.0 + z.im, -z.re)).0;
        let s2 = c_sqrt(c(1.0 - z.im, z.re)).0;
        c(
            c_asinh(s1.re * s2.im - s2.re * s1.im),
            mathcr::atan2(z.im, s1.re * s2.re - s1.im * s2.im),
        )
    };
    (r, Errno::Ok)
}

/// atan(z) = -i atanh(iz).
fn c_atan(z: C) -> CResult {
    let (s, e) = c_atanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn c_atanh(z: C) -> CResult {
    if !is_finite(z) {
        return (special(&ATANH_SV, z), Errno::Ok);
    }
    // Reduce to z.re >= 0 with atanh(z) = -atanh(-z).
    if z.re < 0.0 {
        let (r, e) = c_atanh(c(-z.re, -z.im));
        return (c(-r.re, -r.im), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large_double() || ay > sqrt_large_double() {
        // Large |z|: atanh(z) ~ 1/z +/- i*pi/2.
        let h = crate::fmath::hypot(z.re / 2.0, z.im / 2.0);
        return (
            c(z.re / 4.0 / h / h, -(PI / 2.0).copysign(-z.im)),
            Errno::Ok,
        );
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return (c(INF, z.im), Errno::Dom);
        }
        let re = -(ay.sqrt() / crate::fmath::hypot(ay, 2.0).sqrt()).ln();
        let im = (mathcr::atan2(2.0, -ay) / 2.0).copysign(z.im);
        return (c(re, im), Errno::Ok);
    }
    let re = m_log1p(4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)) / 4.0;
    let im = -mathcr::atan2(-2.0 * z.im, (1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    (c(re, im), Errno::Ok)
}

fn m_log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

/// cos(z) = cosh(iz).
fn c_cos(z: C) -> CResult {
    c_cosh(c(-z.im, z.re))
}

fn c_cosh(z: C) -> CResult {
    if !is_finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(
                    INF.copysign(mathcr::cos(z.im)),
                    INF.copysign(mathcr::sin(z.im)),
                )
            } else {
                c(
                    INF.copysign(mathcr::cos(z.im)),
                    -INF.copysign(mathcr::sin(z.im)),
                )
            }
        } else {
            special(&COSH_SV, z)
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.re.abs() > log_large_double() {
        // cosh(z.re) overflows but cosh(z) may not.
        let x_minus_one = z.re - 1.0f64.copysign(z.re);
        c(
            mathcr::cos(z.im) * mathcr::cosh(x_minus_one) * std::f64::consts::E,
            mathcr::sin(z.im) * mathcr::sinh(x_minus_one) * std::f64::consts::E,
        )
    } else {
        c(
            mathcr::cos(z.im) * mathcr::cosh(z.re),
            mathcr::sin(z.im) * mathcr::sinh(z.re),
        )
    };
    (r, overflow_check(r))
}

fn overflow_check(r: C) -> Errno {
    if r.re.is_infinite() || r.im.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

fn c_exp(z: C) -> CResult {
    if !is_finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(
                    INF.copysign(mathcr::cos(z.im)),
                    INF.copysign(mathcr::sin(z.im)),
                )
            } else {
                c(
                    0.0f64.copysign(mathcr::cos(z.im)),
                    0.0f64.copysign(mathcr::sin(z.im)),
                )
            }
        } else {
            special(&EXP_SV, z)
        };
        let e = if z.im.is_infinite() && (z.re.is_finite() || (z.re.is_infinite() && z.re > 0.0)) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.re > log_large_double() {
        let l = (z.re - 1.0).exp();
        c(
            l * mathcr::cos(z.im) * std::f64::consts::E,
            l * mathcr::sin(z.im) * std::f64::consts::E,
        )
    } else {
        let l = z.re.exp();
        c(l * mathcr::cos(z.im), l * mathcr::sin(z.im))
    };
    (r, overflow_check(r))
}

fn c_log(z: C) -> CResult {
    if !is_finite(z) {
        return (special(&LOG_SV, z), Errno::Ok);
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        crate::fmath::hypot(ax / 2.0, ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal: rescale.
            crate::fmath::hypot(ldexp(ax, 53), ldexp(ay, 53)).ln() - 53.0 * LN2
        } else {
            // log(±0 ± 0i)
            return (c(NINF, mathcr::atan2(z.im, z.re)), Errno::Dom);
        }
    } else {
        let h = crate::fmath::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            m_log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    (c(re, mathcr::atan2(z.im, z.re)), Errno::Ok)
}

fn c_log10(z: C) -> CResult {
    let (r, e) = c_log(z);
    (c(r.re / LN10, r.im / LN10), e)
}

/// sin(z) = -i sinh(iz).
fn c_sin(z: C) -> CResult {
    let (s, e) = c_sinh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn c_sinh(z: C) -> CResult {
    if !is_finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(
                    INF.copysign(mathcr::cos(z.im)),
                    INF.copysign(mathcr::sin(z.im)),
                )
            } else {
                c(
                    -INF.copysign(mathcr::cos(z.im)),
                    INF.copysign(mathcr::sin(z.im)),
                )
            }
        } else {
            special(&SINH_SV, z)
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.re.abs() > log_large_double() {
        let x_minus_one = z.re - 1.0f64.copysign(z.re);
        c(
            mathcr::cos(z.im) * mathcr::sinh(x_minus_one) * std::f64::consts::E,
            mathcr::sin(z.im) * mathcr::cosh(x_minus_one) * std::f64::consts::E,
        )
    } else {
        c(
            mathcr::cos(z.im) * mathcr::sinh(z.re),
            mathcr::sin(z.im) * mathcr::cosh(z.re),
        )
    };
    (r, overflow_check(r))
}

fn c_sqrt(z: C) -> CResult {
    if !is_finite(z) {
        return (special(&SQRT_SV, z), Errno::Ok);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (c(0.0, z.im), Errno::Ok);
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) may be subnormal: rescale.
        ax = ldexp(ax, SCALE_UP);
        ldexp(
            (ax + crate::fmath::hypot(ax, ldexp(ay, SCALE_UP))).sqrt(),
            SCALE_DOWN,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + crate::fmath::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    };
    (r, Errno::Ok)
}

/// tan(z) = -i tanh(iz).
fn c_tan(z: C) -> CResult {
    let (s, e) = c_tanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn c_tanh(z: C) -> CResult {
    if !is_finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0.0f64.copysign(2.0 * mathcr::sin(z.im) * mathcr::cos(z.im));
            if z.re > 0.0 {
                c(1.0, im)
            } else {
                c(-1.0, im)
            }
        } else {
            special(&TANH_SV, z)
        };
        let e = if z.im.is_infinite() && z.re.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.re.abs() > log_large_double() {
        c(
            1.0f64.copysign(z.re),
            4.0 * mathcr::sin(z.im) * mathcr::cos(z.im) * (-2.0 * z.re.abs()).exp(),
        )
    } else {
        let tx = mathcr::tanh(z.re);
        let ty = mathcr::tan(z.im);
        let cx = 1.0 / mathcr::cosh(z.re);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

/// CPython's complex division (Smith's method); EDOM for a zero divisor.
fn c_quot(a: C, b: C) -> CResult {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return (c(0.0, 0.0), Errno::Dom);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        (
            c((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom),
            Errno::Ok,
        )
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        (
            c((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom),
            Errno::Ok,
        )
    } else {
        (c(NAN, NAN), Errno::Ok)
    }
}

/// `log(z[, base])`. Like CPython, only the last step's condition is reported.
fn cmath_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("cmath.log() takes no keyword arguments"));
    }
    let (x, base) = match args.pos {
        [x] => (x, None),
        [x, b] => (x, Some(b)),
        [] => return Err(vm.new_type_error("log expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.new_type_error(format!(
                "log expected at most 2 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    let z = to_complex(vm, x)?;
    let mut r = c_log(z);
    if let Some(b) = base {
        let bz = to_complex(vm, b)?;
        let (lb, base_errno) = c_log(bz);
        // The base's log replaces the condition; a zero divisor sets it again.
        let (q, quot_errno) = c_quot(r.0, lb);
        r = (
            q,
            if quot_errno == Errno::Ok {
                base_errno
            } else {
                quot_errno
            },
        );
    }
    finish(vm, r)
}

/// `atan2` with CPython's handling of infinities and zeros.
fn c_atan2(z: C) -> f64 {
    if z.re.is_nan() || z.im.is_nan() {
        return NAN;
    }
    if z.im.is_infinite() {
        if z.re.is_infinite() {
            if z.re.is_sign_positive() {
                return (0.25 * PI).copysign(z.im);
            }
            return (0.75 * PI).copysign(z.im);
        }
        return (0.5 * PI).copysign(z.im);
    }
    if z.re.is_infinite() || z.im == 0.0 {
        if z.re.is_sign_positive() {
            return 0.0f64.copysign(z.im);
        }
        return PI.copysign(z.im);
    }
    mathcr::atan2(z.im, z.re)
}

/// abs(z), with ERANGE on overflow.
fn c_abs(z: C) -> (f64, Errno) {
    if !is_finite(z) {
        if z.re.is_infinite() {
            return (z.re.abs(), Errno::Ok);
        }
        if z.im.is_infinite() {
            return (z.im.abs(), Errno::Ok);
        }
        return (NAN, Errno::Ok);
    }
    let r = crate::fmath::hypot(z.re, z.im);
    (
        r,
        if r.is_finite() {
            Errno::Ok
        } else {
            Errno::Range
        },
    )
}

fn cmath_phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "phase")?;
    let z = to_complex(vm, v)?;
    let phi = c_atan2(z);
    // CPython checks errno after libm's atan2, which sets ERANGE when a finite nonzero
    // quotient underflows to zero (polar() resets errno in abs() and does not see it).
    if phi == 0.0 && z.im != 0.0 && z.im.is_finite() && z.re.is_finite() {
        return Err(vm.new_overflow_error("math range error"));
    }
    Ok(Value::Float(phi))
}

fn cmath_polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "polar")?;
    let z = to_complex(vm, v)?;
    let phi = c_atan2(z);
    let (r, e) = c_abs(z);
    if e == Errno::Range {
        return Err(vm.new_overflow_error("math range error"));
    }
    Ok(tupleobj::new_tuple(vec![
        Value::Float(r),
        Value::Float(phi),
    ]))
}

fn cmath_rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("cmath.rect() takes no keyword arguments"));
    }
    let [rv, pv] = args.pos else {
        return Err(vm.new_type_error(format!("rect expected 2 arguments, got {}", args.pos.len())));
    };
    let r = arg_f64(vm, rv)?;
    let phi = arg_f64(vm, pv)?;
    let res = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            if r > 0.0 {
                c(
                    INF.copysign(mathcr::cos(phi)),
                    INF.copysign(mathcr::sin(phi)),
                )
            } else {
                c(
                    -INF.copysign(mathcr::cos(phi)),
                    -INF.copysign(mathcr::sin(phi)),
                )
            }
        } else {
            special(&RECT_SV, c(r, phi))
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        (z, e)
    } else if phi == 0.0 {
        (c(r, r * phi), Errno::Ok)
    } else {
        (c(r * mathcr::cos(phi), r * mathcr::sin(phi)), Errno::Ok)
    };
    finish(vm, res)
}

fn cmath_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "isfinite")?;
    let z = to_complex(vm, v)?;
    Ok(Value::Bool(is_finite(z)))
}

fn cmath_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "isnan")?;
    let z = to_complex(vm, v)?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

fn cmath_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "isinf")?;
    let z = to_complex(vm, v)?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` for complex numbers.
fn cmath_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    if args.pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let Some(a) = args.pos.first().or_else(|| args.kw("a")).cloned() else {
        return Err(vm.new_type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let Some(b) = args.pos.get(1).or_else(|| args.kw("b")).cloned() else {
        return Err(vm.new_type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    for k in args.kwnames {
        let name = k.payload_str();
        match NAMES.iter().position(|n| *n == name) {
            Some(i) if i < args.pos.len() => {
                return Err(vm.new_type_error(format!(
                    "argument for isclose() given by name ('{}') and position ({})",
                    name,
                    i + 1
                )))
            }
            Some(_) => {}
            None => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for isclose()",
                    name
                )))
            }
        }
    }
    let a = to_complex(vm, &a)?;
    let b = to_complex(vm, &b)?;
    let rel_tol = match args.kw("rel_tol") {
        Some(v) => arg_f64(vm, v)?,
        None => 1e-09,
    };
    let abs_tol = match args.kw("abs_tol") {
        Some(v) => arg_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(Value::Bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = c_abs(c(a.re - b.re, a.im - b.im)).0;
    Ok(Value::Bool(
        diff <= rel_tol * c_abs(b).0 || diff <= rel_tol * c_abs(a).0 || diff <= abs_tol,
    ))
}
