//! `math`: every function and constant of CPython 3.11's math module, with its special
//! cases, error rules ("math domain error" / "math range error") and exact algorithms
//! (fsum, hypot/dist, gamma, integer functions on big ints).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::ast::BinOp;
use crate::object::*;
use crate::objects::{floatobj, funcobj, intobj, moduleobj, tupleobj};
use crate::types;
use crate::vm::{PyErr, PyResult, Vm};

use super::mathcr;

/// Fills the `math` module.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("math"), 0));
    }
    moduleobj::module_set(m, "pi", Value::Float(std::f64::consts::PI));
    moduleobj::module_set(m, "e", Value::Float(std::f64::consts::E));
    moduleobj::module_set(m, "tau", Value::Float(std::f64::consts::TAU));
    moduleobj::module_set(m, "inf", Value::Float(f64::INFINITY));
    moduleobj::module_set(m, "nan", Value::Float(f64::NAN));
    Ok(())
}

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", math_acos),
    ("acosh", math_acosh),
    ("asin", math_asin),
    ("asinh", math_asinh),
    ("atan", math_atan),
    ("atan2", math_atan2),
    ("atanh", math_atanh),
    ("cbrt", math_cbrt),
    ("ceil", math_ceil),
    ("comb", math_comb),
    ("copysign", math_copysign),
    ("cos", math_cos),
    ("cosh", math_cosh),
    ("degrees", math_degrees),
    ("dist", math_dist),
    ("erf", math_erf),
    ("erfc", math_erfc),
    ("exp", math_exp),
    ("exp2", math_exp2),
    ("expm1", math_expm1),
    ("fabs", math_fabs),
    ("factorial", math_factorial),
    ("floor", math_floor),
    ("fmod", math_fmod),
    ("frexp", math_frexp),
    ("fsum", math_fsum),
    ("gamma", math_gamma),
    ("gcd", math_gcd),
    ("hypot", math_hypot),
    ("isclose", math_isclose),
    ("isfinite", math_isfinite),
    ("isinf", math_isinf),
    ("isnan", math_isnan),
    ("isqrt", math_isqrt),
    ("lcm", math_lcm),
    ("ldexp", math_ldexp),
    ("lgamma", math_lgamma),
    ("log", math_log),
    ("log10", math_log10),
    ("log1p", math_log1p),
    ("log2", math_log2),
    ("modf", math_modf),
    ("nextafter", math_nextafter),
    ("perm", math_perm),
    ("pow", math_pow),
    ("prod", math_prod),
    ("radians", math_radians),
    ("remainder", math_remainder),
    ("sin", math_sin),
    ("sinh", math_sinh),
    ("sqrt", math_sqrt),
    ("tan", math_tan),
    ("tanh", math_tanh),
    ("trunc", math_trunc),
    ("ulp", math_ulp),
];

// libm functions Rust's std does not expose (erf, erfc) or implements itself with different
// rounding (asinh, acosh, atanh); CPython calls the C library's.
extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: a pure C math function on a plain double.
    unsafe { erf(x) }
}
fn c_erfc(x: f64) -> f64 {
    // SAFETY: as for `c_erf`.
    unsafe { erfc(x) }
}
fn c_asinh(x: f64) -> f64 {
    // SAFETY: as for `c_erf`.
    unsafe { asinh(x) }
}
fn c_acosh(x: f64) -> f64 {
    // SAFETY: as for `c_erf`.
    unsafe { acosh(x) }
}
fn c_atanh(x: f64) -> f64 {
    // SAFETY: as for `c_erf`.
    unsafe { atanh(x) }
}

// ---------------------------------------------------------------------------------------
// Argument helpers and error rules
// ---------------------------------------------------------------------------------------

/// A float argument (`PyFloat_AsDouble`, with fast paths for exact floats and ints).
#[inline]
pub fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        _ => floatobj::to_f64(vm, v),
    }
}

/// The single argument of a one-argument function (`math.NAME() takes exactly one ...`).
fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    match args.pos {
        [v] => Ok(v),
        _ => Err(vm.new_type_error(format!(
            "math.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len()
        ))),
    }
}

/// The two arguments of a two-argument function.
fn two_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    match args.pos {
        [a, b] => Ok((a, b)),
        _ => Err(vm.new_type_error(format!(
            "{} expected 2 arguments, got {}",
            name,
            args.pos.len()
        ))),
    }
}

fn no_kw(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    Ok(())
}

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.new_value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.new_overflow_error("math range error")
}

/// What a C math function reports besides its result (CPython reads `errno`).
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

/// CPython's `is_error`: EDOM is a ValueError; ERANGE an OverflowError unless the result
/// underflowed.
fn check_errno(vm: &mut Vm, r: f64, e: Errno) -> PyResult<Value> {
    match e {
        Errno::Ok => Ok(Value::Float(r)),
        Errno::Dom => Err(domain_error(vm)),
        Errno::Range if r.abs() < 1.5 => Ok(Value::Float(r)),
        Errno::Range => Err(range_error(vm)),
    }
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a finite
/// value is an overflow (`can_overflow`) or a singularity (domain error).
fn math_1(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?;
    let x = arg_f64(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(r))
}

/// CPython's `math_2`: NaN from non-NaNs is a domain error, infinity from finite values an
/// overflow.
fn math_2(vm: &mut Vm, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (a, b) = two_args(vm, args, name)?;
    let x = arg_f64(vm, a)?;
    let y = arg_f64(vm, b)?;
    let r = f(x, y);
    let e = if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        }
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    check_errno(vm, r, e)
}

macro_rules! func1 {
    ($fn_name:ident, $name:literal, $f:expr, $overflow:expr) => {
        fn $fn_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_1(vm, &args, $name, $f, $overflow)
        }
    };
}

func1!(math_acos, "acos", mathcr::acos, false);
func1!(math_acosh, "acosh", c_acosh, false);
func1!(math_asin, "asin", mathcr::asin, false);
func1!(math_asinh, "asinh", c_asinh, false);
func1!(math_atan, "atan", mathcr::atan, false);
func1!(math_atanh, "atanh", c_atanh, false);
func1!(math_cbrt, "cbrt", m_cbrt, false);
func1!(math_cos, "cos", mathcr::cos, false);
func1!(math_cosh, "cosh", mathcr::cosh, true);
func1!(math_exp, "exp", f64::exp, true);
func1!(math_exp2, "exp2", f64::exp2, true);
func1!(math_expm1, "expm1", f64::exp_m1, true);
func1!(math_fabs, "fabs", f64::abs, false);
func1!(math_log1p, "log1p", m_log1p, false);
func1!(math_sin, "sin", mathcr::sin, false);
func1!(math_sinh, "sinh", mathcr::sinh, true);
func1!(math_sqrt, "sqrt", f64::sqrt, false);
func1!(math_tan, "tan", mathcr::tan, false);
func1!(math_tanh, "tanh", mathcr::tanh, false);

/// Cube root as the GNU C library computes it (what CPython on Linux returns; not always
/// correctly rounded, e.g. cbrt(27.0) is 3.0000000000000004): a polynomial estimate on the
/// mantissa, one Halley step, then the exponent's third put back.
#[allow(clippy::excessive_precision)]
fn m_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let mut u = 0.784932344976639262 - 0.145263899385486377 * xm;
    for c in [
        -1.83469277483613086,
        2.44693122563534430,
        -2.11499494167371287,
        1.50819193781584896,
    ] {
        u = c + u * xm;
    }
    let u = 0.354895765043919860 + u * xm;
    let t2 = u * u * u;
    // xe % 3 is in -2..=2 (truncating remainder), so the index is in 0..=4.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, (xe / 3) as i64)
}

fn m_log1p(x: f64) -> f64 {
    // log1p(±0) keeps the sign of zero.
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

/// Functions that report their own errors (CPython's `math_1a`).
fn math_1a(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> (f64, Errno)) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?;
    let x = arg_f64(vm, v)?;
    let (r, e) = f(x);
    check_errno(vm, r, e)
}

fn math_erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "erf", |x| (c_erf(x), Errno::Ok))
}

fn math_erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "erfc", |x| (c_erfc(x), Errno::Ok))
}

fn math_gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "gamma", m_tgamma)
}

fn math_lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "lgamma", m_lgamma)
}

fn math_atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "atan2", mathcr::atan2)
}

fn math_copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "copysign", f64::copysign)
}

fn math_remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "remainder", m_remainder)
}

/// IEEE 754 remainder: x - n*y for the integer n nearest x/y (ties to even); exact.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Half-way: pick the even multiple. Exact, as m - 2*(multiple of absy).
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn math_fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "fmod")?;
    let x = arg_f64(vm, a)?;
    let y = arg_f64(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn math_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "pow")?;
    let x = arg_f64(vm, a)?;
    let y = arg_f64(vm, b)?;
    let (r, e) = if !x.is_finite() || !y.is_finite() {
        // IEEE special values, handled directly as CPython does.
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        (r, Errno::Ok)
    } else {
        let r = x.powf(y);
        let e = if r.is_nan() {
            Errno::Dom
        } else if r.is_infinite() {
            if x == 0.0 {
                Errno::Dom
            } else {
                Errno::Range
            }
        } else {
            Errno::Ok
        };
        (r, e)
    };
    check_errno(vm, r, e)
}

fn math_degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "degrees")?;
    let x = arg_f64(vm, v)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn math_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "radians")?;
    let x = arg_f64(vm, v)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn math_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "isfinite")?;
    Ok(Value::Bool(arg_f64(vm, v)?.is_finite()))
}

fn math_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "isinf")?;
    Ok(Value::Bool(arg_f64(vm, v)?.is_infinite()))
}

fn math_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "isnan")?;
    Ok(Value::Bool(arg_f64(vm, v)?.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn math_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    if args.pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    // Argument Clinic's order: required parameters, then leftover keywords.
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
    let rel = args.kw("rel_tol").cloned();
    let abs = args.kw("abs_tol").cloned();
    let a = arg_f64(vm, &a)?;
    let b = arg_f64(vm, &b)?;
    let rel_tol = match rel {
        Some(v) => arg_f64(vm, &v)?,
        None => 1e-09,
    };
    let abs_tol = match abs {
        Some(v) => arg_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ---------------------------------------------------------------------------------------
// Rounding to integers
// ---------------------------------------------------------------------------------------

/// `int` value of an int-like (bool and int subclasses become exact ints).
fn exact_int(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(_) if types::is_exact_int(o) => Some(v.clone()),
            Payload::Int(b) => Some(intobj::int_from_bigint(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// floor/ceil: exact floats directly, else `__floor__`/`__ceil__`, else via float.
fn round_op(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    special: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?;
    let x = match v {
        Value::Float(x) => *x,
        Value::Int(_) => return Ok(v.clone()),
        _ => {
            let cls = types::class_of(v);
            if let Some(m) = types::lookup_str(&cls, special) {
                return vm.call_special(&m, v, &[]);
            }
            if let Some(i) = exact_int(v) {
                return Ok(i);
            }
            floatobj::to_f64(vm, v)?
        }
    };
    intobj::float_to_int(vm, f(x))
}

fn math_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_op(vm, &args, "floor", "__floor__", f64::floor)
}

fn math_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_op(vm, &args, "ceil", "__ceil__", f64::ceil)
}

fn math_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "trunc")?;
    match v {
        Value::Float(x) => return intobj::float_to_int(vm, x.trunc()),
        Value::Int(_) => return Ok(v.clone()),
        _ => {}
    }
    let cls = types::class_of(v);
    if let Some(m) = types::lookup_str(&cls, "__trunc__") {
        return vm.call_special(&m, v, &[]);
    }
    // Builtin numbers without a `__trunc__` entry in their method table.
    if let Some(i) = exact_int(v) {
        return Ok(i);
    }
    if let Some(Payload::Float(x)) = v.payload() {
        return intobj::float_to_int(vm, x.trunc());
    }
    Err(vm.new_type_error(format!(
        "type {} doesn't define __trunc__ method",
        types::type_name(v)
    )))
}

// ---------------------------------------------------------------------------------------
// Float decomposition
// ---------------------------------------------------------------------------------------

/// C's frexp: x = m * 2**e with 0.5 <= |m| < 1, for finite nonzero x.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first (exact).
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adj)
}

/// C's ldexp: x * 2**n, correctly rounded (including into the subnormal range).
pub fn ldexp(x: f64, n: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mut n = n.clamp(-2200, 2200) as i32;
    let mut y = x;
    if n > 1023 {
        y *= 2f64.powi(1023);
        n -= 1023;
        if n > 1023 {
            y *= 2f64.powi(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // Scale in two steps, keeping 53 bits of headroom so rounding happens once.
        let k = 2f64.powi(-1022) * 2f64.powi(53);
        y *= k;
        n += 1022 - 53;
        if n < -1022 {
            y *= k;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn math_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "frexp")?;
    let x = arg_f64(vm, v)?;
    let (m, e) = frexp(x);
    Ok(tupleobj::new_tuple(vec![
        Value::Float(m),
        Value::Int(e as i64),
    ]))
}

fn math_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "ldexp")?;
    let x = arg_f64(vm, a)?;
    if !intobj::is_int(b) {
        return Err(vm.new_type_error("Expected an int as second argument to ldexp."));
    }
    let n = match intobj::to_i64(b) {
        Some(n) => n,
        None => match intobj::to_bigint(b) {
            Some(big) if big.is_negative() => i64::MIN,
            _ => i64::MAX,
        },
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if n > i32::MAX as i64 {
        return Err(range_error(vm));
    } else if n < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        ldexp(x, n)
    };
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn math_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "modf")?;
    let x = arg_f64(vm, v)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(tupleobj::new_tuple(vec![
        Value::Float(frac),
        Value::Float(int),
    ]))
}

/// The next float after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn math_nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "nextafter")?;
    let x = arg_f64(vm, a)?;
    let y = arg_f64(vm, b)?;
    Ok(Value::Float(nextafter(x, y)))
}

fn math_ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ulp")?;
    let x = arg_f64(vm, v)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        // The largest finite float: measure the gap below it.
        return Ok(Value::Float(x - nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(x2 - x))
}

// ---------------------------------------------------------------------------------------
// Logarithms
// ---------------------------------------------------------------------------------------

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log2()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            mathcr::log10(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// CPython's `loghelper`: ints of any size are handled exactly (log of m * 2**e), other
/// values go through the float rules.
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if intobj::is_int(v) {
        let big = match v {
            Value::Int(i) => {
                if *i <= 0 {
                    return Err(domain_error(vm));
                }
                return Ok(f(*i as f64));
            }
            Value::Bool(b) => {
                if !*b {
                    return Err(domain_error(vm));
                }
                return Ok(f(1.0));
            }
            _ => intobj::to_bigint(v).unwrap_or_default(),
        };
        if big.sign() != Sign::Plus {
            return Err(domain_error(vm));
        }
        if let Some(x) = intobj::bigint_to_f64(&big) {
            return Ok(f(x));
        }
        let (m, e) = bigint_frexp(&big);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = arg_f64(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain_error(vm));
    }
    Ok(r)
}

/// A positive big int as m * 2**e with 0.5 <= m < 1, m correctly rounded to 53 bits.
fn bigint_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(64);
    let mag = b.magnitude();
    let top: u64 = (mag >> shift).to_u64().unwrap_or(u64::MAX);
    // A sticky bit for anything shifted out, so the u64 -> f64 rounding is the exact one.
    let sticky = shift > 0 && mag.trailing_zeros().map(|z| z < shift).unwrap_or(false);
    let top = top | sticky as u64;
    let topbits = bits - shift;
    let m = top as f64 / 2f64.powi(topbits as i32);
    if m >= 1.0 {
        (m / 2.0, bits + 1)
    } else {
        (m, bits)
    }
}

fn math_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("log() takes no keyword arguments"));
    }
    let (x, base) = match args.pos {
        [x] => (x, None),
        [x, b] => (x, Some(b)),
        _ => return Err(vm.new_type_error("math.log requires 1 to 2 arguments")),
    };
    let num = loghelper(vm, x, m_log)?;
    let Some(base) = base else {
        return Ok(Value::Float(num));
    };
    let den = loghelper(vm, base, m_log)?;
    if den == 0.0 {
        return Err(vm.new_zero_division_error("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn math_log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "log2")?;
    Ok(Value::Float(loghelper(vm, v, m_log2)?))
}

fn math_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "log10")?;
    Ok(Value::Float(loghelper(vm, v, m_log10)?))
}

// ---------------------------------------------------------------------------------------
// Gamma functions (CPython's Lanczos implementation, so results match it)
// ---------------------------------------------------------------------------------------

const LANCZOS_N: usize = 13;
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator x*(x+1)*...*(x+LANCZOS_N-2) as coefficients.
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// Gamma of 1..=23 (exact).
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// The Lanczos sum for x > 0, as a rational function (in 1/x for large x).
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi*x), accurate near integers (for the reflection formula); finite x only.
fn m_sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => mathcr::sin(pi * y),
        1 => mathcr::cos(pi * (y - 0.5)),
        2 => mathcr::sin(pi * (1.0 - y)),
        3 => -mathcr::cos(pi * (y - 1.5)),
        _ => mathcr::sin(pi * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

fn m_tgamma(x: f64) -> (f64, Errno) {
    let pi = std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            // x is an integer in 1..=23 here (zero and negatives returned above).
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / m_sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, used to correct the result.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -pi / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn m_lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

// ---------------------------------------------------------------------------------------
// Sums and norms
// ---------------------------------------------------------------------------------------

/// `fsum(iterable)`: the correctly rounded sum (Shewchuk's exact partials, CPython's
/// final half-even correction and special-value rules).
fn math_fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seq = one_arg(vm, &args, "fsum")?;
    let it = vm.iter(seq)?;
    let mut p: Vec<f64> = Vec::with_capacity(32);
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let mut x = arg_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From a nan or inf summand, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(vm.new_overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.new_value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut lo = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        // Sum from the top while the additions stay exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across the remaining partials.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// sqrt(sum(x*x)) for non-negative coordinates, as CPython computes it (scaling, exact
/// squares by Veltkamp-Dekker splitting, compensated sums, a final correction).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    let mut frac3 = 0.0f64;
    if max_e >= -1023 {
        let scale = ldexp(1.0, -(max_e as i64));
        for &v in vec.iter() {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            let x = 2.0 * hi * lo;
            let oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        let x = -hi * hi;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        let x = -2.0 * hi * lo;
        let oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        let x = -lo * lo;
        let oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Tiny values: divide by max instead (the scale would overflow).
    for v in vec.iter_mut() {
        let x = *v / max;
        let x = x * x;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn math_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "hypot")?;
    let mut coords = Vec::with_capacity(args.pos.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for v in args.pos {
        let x = arg_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

fn math_dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, q) = two_args(vm, &args, "dist")?;
    let p = as_tuple_items(vm, p)?;
    let q = as_tuple_items(vm, q)?;
    if p.len() != q.len() {
        return Err(vm.new_value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let px = arg_f64(vm, a)?;
        let qx = arg_f64(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

fn as_tuple_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = tupleobj::tuple_items(v) {
        return Ok(items.to_vec());
    }
    vm.collect_iter(v)
}

/// `prod(iterable, /, *, start=1)`, with CPython's int and float fast paths.
fn math_prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() + args.kwvals.len() > 2 {
        return Err(vm.new_type_error(format!(
            "prod() takes at most 2 arguments ({} given)",
            args.pos.len() + args.kwvals.len()
        )));
    }
    let [iterable] = args.pos else {
        return Err(vm.new_type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    };
    let mut start = None;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let name = k.payload_str();
        if name != "start" {
            return Err(vm.new_type_error(format!(
                "'{}' is an invalid keyword argument for prod()",
                name
            )));
        }
        start = Some(v.clone());
    }
    let it = vm.iter(iterable)?;
    let mut result = start.unwrap_or(Value::Int(1));
    if let Value::Int(mut acc) = result {
        loop {
            let Some(item) = vm.next(&it)? else {
                return Ok(Value::Int(acc));
            };
            if let Value::Int(b) = item {
                if let Some(p) = acc.checked_mul(b) {
                    acc = p;
                    continue;
                }
            }
            result = vm.binary_op(&Value::Int(acc), &item, BinOp::Mult)?;
            break;
        }
    }
    if let Value::Float(mut acc) = result {
        loop {
            let Some(item) = vm.next(&it)? else {
                return Ok(Value::Float(acc));
            };
            match item {
                Value::Float(x) => acc *= x,
                Value::Int(i) => acc *= i as f64,
                _ => {
                    result = vm.binary_op(&Value::Float(acc), &item, BinOp::Mult)?;
                    break;
                }
            }
        }
    }
    while let Some(item) = vm.next(&it)? {
        result = vm.binary_op(&result, &item, BinOp::Mult)?;
    }
    Ok(result)
}

// ---------------------------------------------------------------------------------------
// Integer functions
// ---------------------------------------------------------------------------------------

/// An integer argument via `__index__`, as BigInt.
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = match v {
        Value::Int(i) => return Ok(BigInt::from(*i)),
        _ => vm.index(v)?,
    };
    Ok(intobj::to_bigint(&i).unwrap_or_default())
}

fn math_gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "gcd")?;
    let mut small: Option<i64> = Some(0);
    let mut big = BigInt::zero();
    for v in args.pos {
        if let (Some(acc), Value::Int(b)) = (small, v) {
            small = gcd_i64(acc, *b);
            if small.is_none() {
                big = BigInt::from(acc).gcd(&BigInt::from(*b));
            }
            continue;
        }
        let b = index_big(vm, v)?;
        if let Some(acc) = small.take() {
            big = BigInt::from(acc);
        }
        big = big_gcd(&big, &b);
    }
    Ok(match small {
        Some(s) => Value::Int(s),
        None => intobj::int_from_bigint(big),
    })
}

/// gcd of two big ints by Lehmer's method: Euclid steps on the leading 63 bits, applied
/// to the full numbers as one linear combination (num-integer's binary gcd is about 40x
/// slower than CPython's on 600-digit numbers, which fractions feel).
fn big_gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut a, mut b) = (a.abs(), b.abs());
    if a < b {
        std::mem::swap(&mut a, &mut b);
    }
    while b.bits() > 63 {
        let shift = a.bits() - 63;
        // Both fit in 63 bits after the shift (b <= a).
        let mut x = (&a >> shift).to_i128().unwrap_or(0);
        let mut y = (&b >> shift).to_i128().unwrap_or(0);
        let (mut ca, mut cb, mut cc, mut cd) = (1i128, 0i128, 0i128, 1i128);
        while y + cc != 0 && y + cd != 0 {
            let q = (x + ca) / (y + cc);
            if q != (x + cb) / (y + cd) {
                break;
            }
            (ca, cc) = (cc, ca - q * cc);
            (cb, cd) = (cd, cb - q * cd);
            (x, y) = (y, x - q * y);
        }
        if cb == 0 {
            let r = &a % &b;
            a = b;
            b = r;
        } else {
            let na = &a * BigInt::from(ca) + &b * BigInt::from(cb);
            let nb = &a * BigInt::from(cc) + &b * BigInt::from(cd);
            a = na;
            b = nb;
        }
    }
    if b.is_zero() {
        return a;
    }
    // b fits in 63 bits: finish in machine words.
    let (Some(mut x), Some(mut y)) = ((&a % &b).to_u64(), b.to_u64()) else {
        return a.gcd(&b);
    };
    while x != 0 {
        let t = y % x;
        y = x;
        x = t;
    }
    BigInt::from(y)
}

/// gcd of two i64 values; None when the result does not fit (gcd(i64::MIN, 0)).
fn gcd_i64(a: i64, b: i64) -> Option<i64> {
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    while y != 0 {
        let t = x % y;
        x = y;
        y = t;
    }
    i64::try_from(x).ok()
}

fn math_lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "lcm")?;
    let mut acc = BigInt::one();
    for v in args.pos {
        let b = index_big(vm, v)?;
        if acc.is_zero() || b.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = big_gcd(&acc, &b);
        acc = (&acc / &g * &b).abs();
    }
    Ok(intobj::int_from_bigint(acc))
}

fn math_isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "isqrt")?;
    let n = index_big(vm, v)?;
    if n.is_negative() {
        return Err(vm.new_value_error("isqrt() argument must be nonnegative"));
    }
    if let Some(u) = n.to_u64() {
        return Ok(intobj::int_from_bigint(BigInt::from(isqrt_u64(u))));
    }
    Ok(intobj::int_from_bigint(n.sqrt()))
}

fn isqrt_u64(n: u64) -> u64 {
    let mut r = (n as f64).sqrt() as u64;
    // Correct the float estimate (off by at most a little for large n).
    while r.checked_mul(r).map(|s| s > n).unwrap_or(true) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).map(|s| s <= n).unwrap_or(false) {
        r += 1;
    }
    r
}

fn math_factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "factorial")?;
    let n = index_big(vm, v)?;
    factorial(vm, &n)
}

fn factorial(vm: &mut Vm, n: &BigInt) -> PyResult<Value> {
    let Some(n) = n.to_i64() else {
        if n.is_negative() {
            return Err(vm.new_value_error("factorial() not defined for negative values"));
        }
        return Err(
            vm.new_overflow_error("factorial() argument should not exceed 9223372036854775807")
        );
    };
    if n < 0 {
        return Err(vm.new_value_error("factorial() not defined for negative values"));
    }
    let n = n as u64;
    if n <= 20 {
        return Ok(Value::Int((1..=n).product::<u64>() as i64));
    }
    // About n*log2(n) bits.
    vm.check_alloc(((n as f64) * (n as f64).log2() / 8.0) as usize)?;
    Ok(intobj::int_from_bigint(range_product(1, n)))
}

/// The product lo * (lo+1) * ... * hi (lo <= hi), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut word: u128 = 1;
        for i in lo..=hi {
            match word.checked_mul(i as u128) {
                Some(w) if w < (1u128 << 64) => word = w,
                _ => {
                    acc *= word;
                    word = i as u128;
                }
            }
        }
        return acc * word;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// The product (base+lo) * ... * (base+hi-1) for big bases.
fn big_range_product(base: &BigInt, lo: u64, hi: u64) -> BigInt {
    if hi - lo <= 8 {
        let mut acc = BigInt::one();
        for i in lo..hi {
            acc *= base + i;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    big_range_product(base, lo, mid) * big_range_product(base, mid, hi)
}

/// n! / (n-k)! for 0 <= k <= n.
fn falling_factorial(vm: &mut Vm, n: &BigInt, k: u64) -> PyResult<BigInt> {
    if k == 0 {
        return Ok(BigInt::one());
    }
    let nbits = n.bits().max(1) as f64;
    vm.check_alloc((k as f64 * nbits / 8.0) as usize)?;
    if let Some(nu) = n.to_u64() {
        return Ok(range_product(nu - k + 1, nu));
    }
    let base = n - k;
    Ok(big_range_product(&base, 1, k + 1))
}

fn math_perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "perm")?;
    let (n, k) = match args.pos {
        [n] => (n, None),
        [n, k] => (n, Some(k)),
        [] => return Err(vm.new_type_error("perm expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.new_type_error(format!(
                "perm expected at most 2 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    let nb = index_big(vm, n)?;
    let k = match k {
        None | Some(Value::None) => return factorial(vm, &nb),
        Some(k) => k,
    };
    let kb = index_big(vm, k)?;
    if nb.is_negative() {
        return Err(vm.new_value_error("n must be a non-negative integer"));
    }
    if kb.is_negative() {
        return Err(vm.new_value_error("k must be a non-negative integer"));
    }
    if kb > nb {
        return Ok(Value::Int(0));
    }
    let Some(k) = kb.to_i64() else {
        return Err(vm.new_overflow_error("k must not exceed 9223372036854775807"));
    };
    Ok(intobj::int_from_bigint(falling_factorial(
        vm, &nb, k as u64,
    )?))
}

fn math_comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = two_args(vm, &args, "comb")?;
    let nb = index_big(vm, n)?;
    let kb = index_big(vm, k)?;
    if nb.is_negative() {
        return Err(vm.new_value_error("n must be a non-negative integer"));
    }
    if kb.is_negative() {
        return Err(vm.new_value_error("k must be a non-negative integer"));
    }
    if kb > nb {
        return Ok(Value::Int(0));
    }
    let rest = &nb - &kb;
    let kmin = if rest < kb { rest } else { kb };
    let Some(k) = kmin.to_i64() else {
        return Err(vm.new_overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let k = k as u64;
    if k == 0 {
        return Ok(Value::Int(1));
    }
    // Small cases exactly in u128: c(n, i+1) = c(n, i) * (n - i) / (i + 1).
    if let Some(n) = nb.to_u64() {
        let mut c: u128 = 1;
        let mut ok = true;
        for i in 0..k {
            match c.checked_mul((n - i) as u128) {
                Some(p) => c = p / (i as u128 + 1),
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return Ok(intobj::int_from_bigint(BigInt::from(c)));
        }
    }
    let num = falling_factorial(vm, &nb, k)?;
    let den = range_product(1, k);
    Ok(intobj::int_from_bigint(num / den))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_ldexp_round_trip() {
        for &x in &[1.0, -3.5, 1e-310, 5e-324, 1.7976931348623157e308, 0.1] {
            let (m, e) = frexp(x);
            assert!((0.5..1.0).contains(&m.abs()), "{x}");
            assert_eq!(ldexp(m, e as i64), x);
        }
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        assert_eq!(ldexp(3.0, -1075), 1e-323); // 1.5 ulp rounds to even (2)
        assert!(ldexp(1.0, 1024).is_infinite());
    }

    #[test]
    fn integer_helpers() {
        assert_eq!(isqrt_u64(u64::MAX), 4294967295);
        assert_eq!(isqrt_u64(15), 3);
        assert_eq!(
            range_product(1, 25).to_string(),
            "15511210043330985984000000"
        );
        assert_eq!(gcd_i64(i64::MIN, 0), None);
        assert_eq!(gcd_i64(-12, 18), Some(6));
    }

    #[test]
    fn nextafter_steps() {
        assert_eq!(nextafter(0.0, -1.0), -5e-324);
        assert_eq!(nextafter(1.0, 2.0), 1.0000000000000002);
        assert_eq!(nextafter(-1.0, 0.0), -0.9999999999999999);
    }
}
