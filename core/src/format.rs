//! String formatting as CPython 3.11 does it: the format-spec mini-language (`format()`,
//! f-strings, `__format__` of str/int/float/complex), `str.format`/`format_map`, and
//! printf-style `%` formatting for str and bytes.
//!
//! The number layout follows CPython's `calc_number_widths`/`fill_number` (sign, prefix,
//! zero padding with grouping) and `PyOS_double_to_string` (digit generation, `#`, `z`).

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::object::*;
use crate::objects::{bytesobj, floatobj, intobj, strobj, tupleobj};
use crate::types::{self, types};
use crate::unicode;
use crate::vm::{PyResult, Vm};

// ----- the format-spec mini-language -----

/// CPython's `PY_SSIZE_T_MAX` on the 64-bit platforms it is compared with (widths and
/// indices beyond it are errors), also in a wasm32 build.
const SSIZE_MAX: i64 = i64::MAX;

/// A width or precision as a byte count for `check_alloc` (saturating on wasm32, so that a
/// width past 4 GiB is a MemoryError rather than a truncated width).
fn usz(n: i64) -> usize {
    usize::try_from(n.max(0)).unwrap_or(usize::MAX)
}

/// Digit grouping requested by a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// ',' every three digits.
    Comma,
    /// '_' every three digits.
    Underscore,
    /// '_' every four digits (b, o, x, X).
    UnderscoreFour,
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    /// '\0' (not given), '+', '-' or ' '.
    pub sign: char,
    pub no_neg_0: bool,
    pub alt: bool,
    /// -1 when not given.
    pub width: i64,
    pub grouping: Grouping,
    /// -1 when not given.
    pub precision: i64,
    /// '\0' when not given.
    pub ty: char,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a decimal integer (any Unicode decimal digits) at `*i`; returns the digit count.
fn spec_integer(vm: &mut Vm, c: &[char], i: &mut usize, out: &mut i64) -> PyResult<usize> {
    let start = *i;
    let mut acc: i64 = 0;
    while let Some(d) = c.get(*i).and_then(|ch| unicode::decimal_value(*ch)) {
        let d = d as i64;
        if acc > (SSIZE_MAX - d) / 10 {
            return Err(vm.new_value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *i += 1;
    }
    *out = acc;
    Ok(*i - start)
}

/// CPython's `parse_internal_render_format_spec`.
pub fn parse_spec(
    vm: &mut Vm,
    spec: &str,
    default_type: char,
    default_align: char,
    type_name: &dyn Fn() -> String,
) -> PyResult<Spec> {
    // Specs are short: decode into a stack buffer when they fit.
    let mut buf = ['\0'; 24];
    let owned: Vec<char>;
    let c: &[char] = if spec.len() <= buf.len() {
        let mut n = 0;
        for ch in spec.chars() {
            buf[n] = ch;
            n += 1;
        }
        &buf[..n]
    } else {
        owned = spec.chars().collect();
        &owned
    };
    let end = c.len();
    let mut i = 0;
    let mut sp = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alt: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(c[1]) {
        sp.align = c[1];
        sp.fill = c[0];
        fill_specified = true;
        align_specified = true;
        i = 2;
    } else if end >= 1 && is_align(c[0]) {
        sp.align = c[0];
        align_specified = true;
        i = 1;
    }
    if i < end && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = c[i];
        i += 1;
    }
    if i < end && c[i] == 'z' {
        sp.no_neg_0 = true;
        i += 1;
    }
    if i < end && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if !fill_specified && i < end && c[i] == '0' {
        sp.fill = '0';
        if !align_specified && default_align == '>' {
            sp.align = '=';
        }
        i += 1;
    }
    let mut w = 0;
    if spec_integer(vm, c, &mut i, &mut w)? > 0 {
        sp.width = w;
    }
    if i < end && c[i] == ',' {
        sp.grouping = Grouping::Comma;
        i += 1;
    }
    if i < end && c[i] == '_' {
        if sp.grouping != Grouping::None {
            return Err(vm.new_value_error("Cannot specify both ',' and '_'."));
        }
        sp.grouping = Grouping::Underscore;
        i += 1;
    }
    if i < end && c[i] == ',' && sp.grouping == Grouping::Underscore {
        return Err(vm.new_value_error("Cannot specify both ',' and '_'."));
    }
    if i < end && c[i] == '.' {
        i += 1;
        let mut p = 0;
        if spec_integer(vm, c, &mut i, &mut p)? == 0 {
            return Err(vm.new_value_error("Format specifier missing precision"));
        }
        sp.precision = p;
    }
    if end - i > 1 {
        return Err(vm.new_value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            type_name()
        )));
    }
    if end - i == 1 {
        sp.ty = c[i];
    }
    if sp.grouping != Grouping::None {
        match sp.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if sp.grouping == Grouping::Underscore => {
                sp.grouping = Grouping::UnderscoreFour
            }
            t => {
                let sep = if sp.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                return Err(vm.new_value_error(if (t as u32) > 32 && (t as u32) < 128 {
                    format!("Cannot specify '{}' with '{}'.", sep, t)
                } else {
                    format!("Cannot specify '{}' with '\\x{:x}'.", sep, t as u32)
                }));
            }
        }
    }
    Ok(sp)
}

fn unknown_presentation(vm: &mut Vm, ty: char, type_name: &dyn Fn() -> String) -> crate::vm::PyErr {
    let type_name = type_name();
    vm.new_value_error(if (ty as u32) > 32 && (ty as u32) < 128 {
        format!(
            "Unknown format code '{}' for object of type '{}'",
            ty, type_name
        )
    } else {
        format!(
            "Unknown format code '\\x{:x}' for object of type '{}'",
            ty as u32, type_name
        )
    })
}

/// Inserts the grouping separator into `digits` (ASCII), padding with zeros on the left
/// up to `min_width` characters as CPython's `_PyUnicode_InsertThousandsGrouping` does.
fn group_digits(digits: &str, sep: Option<char>, every: usize, min_width: i64) -> String {
    // (zeros, digits) per group, from the right.
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    match sep {
        Some(_) => loop {
            let l = (every as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            groups.push((n_zeros as usize, n_chars as usize));
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        },
        None => {
            let len = remaining.max(min_width).max(1);
            groups.push((
                (len - remaining).max(0) as usize,
                remaining.min(len).max(0) as usize,
            ));
        }
    }
    let mut out = String::with_capacity(digits.len() + 2 * groups.len());
    let mut pos = 0;
    for (k, (zeros, n)) in groups.iter().rev().enumerate() {
        if k > 0 {
            if let Some(s) = sep {
                out.push(s);
            }
        }
        out.extend(std::iter::repeat_n('0', *zeros));
        out.push_str(&digits[pos..pos + n]);
        pos += n;
    }
    out
}

/// The parts of a formatted number before padding (CPython's `NumberFieldWidths` inputs).
struct NumberParts<'a> {
    /// '-' if the number is negative.
    negative: bool,
    prefix: &'a str,
    /// The leading run of digits (ASCII).
    digits: &'a str,
    /// Whether a '.' follows the digits.
    decimal: bool,
    /// Everything after the digits and the decimal point.
    remainder: &'a str,
}

/// Lays out a number with sign, prefix, grouping and padding (`calc_number_widths` +
/// `fill_number`). `upper` upper-cases the prefix and digits (for 'X').
fn layout_number(sp: &Spec, p: &NumberParts, upper: bool) -> String {
    let sign = match sp.sign {
        '+' => Some(if p.negative { '-' } else { '+' }),
        ' ' => Some(if p.negative { '-' } else { ' ' }),
        _ if p.negative => Some('-'),
        _ => None,
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = p.prefix.chars().count() as i64;
    let n_remainder = p.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + p.decimal as i64 + n_remainder;
    let min_width = if sp.fill == '0' && sp.align == '=' {
        sp.width - non_digit
    } else {
        0
    };
    let (sep, every) = match sp.grouping {
        Grouping::None => (None, 3),
        Grouping::Comma => (Some(','), 3),
        Grouping::Underscore => (Some('_'), 3),
        Grouping::UnderscoreFour => (Some('_'), 4),
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group_digits(p.digits, sep, every, min_width)
    };
    let n_grouped = grouped.len() as i64;
    let padding = sp.width - (non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match sp.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut out = String::with_capacity((sp.width.max(0) as usize).max(p.digits.len() + 8));
    let fill = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(sp.fill, n as usize));
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&p.prefix.to_ascii_uppercase());
    } else {
        out.push_str(p.prefix);
    }
    fill(&mut out, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if p.decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    fill(&mut out, rpad);
    out
}

/// Pads `body` (`len` characters) to the spec's width with its fill and alignment
/// (CPython's `calc_padding` + `fill_padding`).
fn pad_text(sp: &Spec, body: &str, len: usize) -> String {
    let width = sp.width.max(0) as usize;
    if len >= width {
        return body.to_string();
    }
    let total = width - len;
    let left = match sp.align {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(body.len() + total * sp.fill.len_utf8());
    out.extend(std::iter::repeat_n(sp.fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(sp.fill, total - left));
    out
}

// ----- str -----

/// `format(s, spec)` for a str.
pub fn format_str(vm: &mut Vm, s: &str, spec: &str) -> PyResult<String> {
    format_str_typed(vm, s, spec, &|| "str".to_string())
}

fn format_str_typed(
    vm: &mut Vm,
    s: &str,
    spec: &str,
    type_name: &dyn Fn() -> String,
) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let sp = parse_spec(vm, spec, 's', '<', type_name)?;
    if sp.ty != 's' {
        return Err(unknown_presentation(vm, sp.ty, type_name));
    }
    format_str_spec(vm, s, &sp)
}

fn format_str_spec(vm: &mut Vm, s: &str, sp: &Spec) -> PyResult<String> {
    if sp.sign != '\0' {
        return Err(vm.new_value_error(if sp.sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if sp.no_neg_0 {
        return Err(
            vm.new_value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if sp.alt {
        return Err(vm.new_value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == '=' {
        return Err(vm.new_value_error("'=' alignment not allowed in string format specifier"));
    }
    let mut len = strobj::char_count(s);
    let body = if sp.precision >= 0 && len as i64 > sp.precision {
        len = sp.precision as usize;
        match s.char_indices().nth(len) {
            Some((b, _)) => &s[..b],
            None => s,
        }
    } else {
        s
    };
    vm.check_alloc(usz(sp.width))?;
    Ok(pad_text(sp, body, len))
}

// ----- int -----

/// `format(v, spec)` for an int.
pub fn format_int_spec(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let tn = || types::type_name(v);
    let sp = parse_spec(vm, spec, 'd', '>', &tn)?;
    match sp.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => match v {
            Value::Int(i) => format_int_parts(vm, IntRef::Small(*i), &sp),
            Value::Bool(b) => format_int_parts(vm, IntRef::Small(*b as i64), &sp),
            _ => {
                let b = intobj::to_bigint(v).unwrap_or_default();
                format_int_parts(vm, IntRef::Big(&b), &sp)
            }
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let b = intobj::to_bigint(v).unwrap_or_default();
            let f = intobj::bigint_to_f64(&b)
                .ok_or_else(|| vm.new_overflow_error("int too large to convert to float"))?;
            format_float(vm, f, &sp)
        }
        t => Err(unknown_presentation(vm, t, &tn)),
    }
}

/// An int to format, without allocating for machine-size values.
#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// Formats an int with a parsed spec of type b, c, d, o, x, X or n.
pub fn format_int(vm: &mut Vm, v: &BigInt, sp: &Spec) -> PyResult<String> {
    format_int_parts(vm, IntRef::Big(v), sp)
}

fn format_int_parts(vm: &mut Vm, v: IntRef, sp: &Spec) -> PyResult<String> {
    if sp.precision != -1 {
        return Err(vm.new_value_error("Precision not allowed in integer format specifier"));
    }
    if sp.no_neg_0 {
        return Err(vm.new_value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if sp.ty == 'c' {
        if sp.sign != '\0' {
            return Err(vm.new_value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if sp.alt {
            return Err(vm.new_value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = match v {
            IntRef::Small(i) => i,
            IntRef::Big(b) => num_traits::ToPrimitive::to_i64(b).ok_or_else(|| {
                vm.new_overflow_error("Python int too large to convert to C long")
            })?,
        };
        if !(0..=0x10ffff).contains(&x) {
            return Err(vm.new_overflow_error("%c arg not in range(0x110000)"));
        }
        let ch = unicode::char_of(x as u32).unwrap_or('\u{fffd}');
        let s = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &s,
        };
        vm.check_alloc(usz(sp.width))?;
        return Ok(layout_number(sp, &parts, false));
    }
    let prefix = match sp.ty {
        'b' => "0b",
        'o' => "0o",
        'x' | 'X' => "0x",
        _ => "",
    };
    let (negative, digits) = match v {
        IntRef::Small(i) => {
            let m = i.unsigned_abs();
            let d = match sp.ty {
                'b' => format!("{:b}", m),
                'o' => format!("{:o}", m),
                'x' | 'X' => format!("{:x}", m),
                _ => m.to_string(),
            };
            (i < 0, d)
        }
        IntRef::Big(b) => {
            let mag = b.abs();
            let d = match sp.ty {
                'b' => mag.to_str_radix(2),
                'o' => mag.to_str_radix(8),
                'x' | 'X' => mag.to_str_radix(16),
                _ => intobj::int_to_str(vm, &intobj::int_from_bigint(mag))?,
            };
            (b.is_negative(), d)
        }
    };
    if sp.width == -1 && sp.sign == '\0' && sp.grouping == Grouping::None && !sp.alt && sp.ty != 'X'
    {
        return Ok(if negative {
            format!("-{}", digits)
        } else {
            digits
        });
    }
    let prefix = if sp.alt { prefix } else { "" };
    vm.check_alloc(usz(sp.width).saturating_add(digits.len()))?;
    let parts = NumberParts {
        negative,
        prefix,
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(layout_number(sp, &parts, sp.ty == 'X'))
}

// ----- float -----

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
pub struct DtoaFlags {
    pub alt: bool,
    pub add_dot_0: bool,
    pub no_neg_0: bool,
}

/// Decimal digits of |x| (no trailing zeros, "0" for zero) and the decimal point position,
/// as `_Py_dg_dtoa` returns them: mode 0 shortest, 2 `ndigits` significant, 3 `ndigits`
/// after the point.
fn dtoa(x: f64, mode: u8, ndigits: usize) -> (String, i64) {
    let x = x.abs();
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    let (mut digits, mut decpt): (String, i64) = match mode {
        0 => {
            let r = floatobj::float_repr(x);
            let (mant, exp) = match r.split_once('e') {
                Some((m, e)) => (m.to_string(), e.parse::<i64>().unwrap_or(0)),
                None => (r.clone(), 0),
            };
            let (ip, fp) = mant.split_once('.').unwrap_or((&mant, ""));
            (format!("{}{}", ip, fp), ip.len() as i64 + exp)
        }
        2 => {
            let s = format!("{:.*e}", ndigits.saturating_sub(1), x);
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            (m.replace('.', ""), e.parse::<i64>().unwrap_or(0) + 1)
        }
        _ => {
            let s = format!("{:.*}", ndigits, x);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            (format!("{}{}", ip, fp), ip.len() as i64)
        }
    };
    let lead = digits.bytes().take_while(|b| *b == b'0').count();
    if lead == digits.len() {
        return ("0".to_string(), 1);
    }
    digits.drain(..lead);
    decpt -= lead as i64;
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    (digits, decpt)
}

/// `format!("{:.*}", precision, x)` when `x * 10**precision` is exactly an integer below
/// 2**53 (money, halves, counts: where Rust's formatter falls back to its slow bignum
/// algorithm): the integer's digits with the point put in.
fn fixed_exact(x: f64, precision: usize) -> Option<String> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let p = *POW10.get(precision)?;
    let prod = x * p;
    // (x is finite: so is the product, or it is infinite and too big.) The product is
    // exact when its rounding error (itself a double) is zero.
    if prod.abs() >= 9_007_199_254_740_992.0 || prod.fract() != 0.0 || x.mul_add(p, -prod) != 0.0 {
        return None;
    }
    let digits = (prod.abs() as u64).to_string();
    let mut s = String::with_capacity(digits.len() + precision + 3);
    if x.is_sign_negative() {
        s.push('-');
    }
    if precision == 0 {
        s.push_str(&digits);
        return Some(s);
    }
    if digits.len() <= precision {
        s.push_str("0.");
        s.extend(std::iter::repeat_n('0', precision - digits.len()));
        s.push_str(&digits);
    } else {
        let (int, frac) = digits.split_at(digits.len() - precision);
        s.push_str(int);
        s.push('.');
        s.push_str(frac);
    }
    Some(s)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`: code is one of e E f F g
/// G r.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if x < 0.0 {
            format!("-{}", s)
        } else {
            s.to_string()
        };
    }
    if code == 'f' {
        // Rust's fixed formatting is correctly rounded (ties to even), like dtoa mode 3.
        let mut s = fixed_exact(x, precision).unwrap_or_else(|| format!("{:.*}", precision, x));
        if flags.no_neg_0
            && s.starts_with('-')
            && s.bytes().all(|b| matches!(b, b'-' | b'0' | b'.'))
        {
            s.remove(0);
        }
        if flags.alt && precision == 0 {
            s.push('.');
        }
        return s;
    }
    let (mode, mut precision) = match code {
        'e' => (2, precision + 1),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    let (digits, decpt0) = dtoa(x, mode, precision);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && digits == "0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = decpt0;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision as i64;
        }
        'f' => vdigits_end = decpt + precision as i64,
        'g' => {
            let lim = if flags.add_dot_0 {
                precision as i64 - 1
            } else {
                precision as i64
            };
            if decpt <= -4 || decpt > lim {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision as i64;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
            precision = 0;
        }
    }
    let _ = precision;
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let mut out = String::with_capacity((vdigits_end - vdigits_start) as usize + 8);
    if negative {
        out.push('-');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        if exp.abs() < 10 {
            out.push('0');
        }
        out.push_str(&exp.abs().to_string());
    }
    out
}

/// Splits a formatted float into `NumberParts` (CPython's `parse_number`).
fn float_parts(buf: &str) -> NumberParts<'_> {
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf),
    };
    let nd = body.bytes().take_while(u8::is_ascii_digit).count();
    let digits = &body[..nd];
    let rest = &body[nd..];
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    }
}

/// `format(v, spec)` for a float.
pub fn format_float_spec(vm: &mut Vm, v: &Value, f: f64, spec: &str) -> PyResult<String> {
    let tn = || types::type_name(v);
    let sp = parse_spec(vm, spec, '\0', '>', &tn)?;
    match sp.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float(vm, f, &sp),
        t => Err(unknown_presentation(vm, t, &tn)),
    }
}

/// Formats a float with a parsed spec (`format_float_internal`).
pub fn format_float(vm: &mut Vm, f: f64, sp: &Spec) -> PyResult<String> {
    if sp.precision > i32::MAX as i64 {
        return Err(vm.new_value_error("precision too big"));
    }
    let flags = DtoaFlags {
        alt: sp.alt,
        add_dot_0: sp.ty == '\0',
        no_neg_0: sp.no_neg_0,
    };
    let mut ty = match sp.ty {
        '\0' => 'r',
        'n' => 'g',
        t => t,
    };
    let mut val = f;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = if sp.precision < 0 {
        if ty == 'r' {
            0
        } else {
            6
        }
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        sp.precision as usize
    };
    vm.check_alloc(precision.saturating_add(usz(sp.width)))?;
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    if sp.width == -1 && sp.sign != '+' && sp.sign != ' ' && sp.grouping == Grouping::None {
        return Ok(buf);
    }
    Ok(layout_number(sp, &float_parts(&buf), false))
}

// ----- complex -----

/// `format(z, spec)` for a complex (`format_complex_internal`).
pub fn format_complex(vm: &mut Vm, v: &Value, re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::objects::complexobj::complex_repr(re, im));
    }
    let tn = || types::type_name(v);
    let sp = parse_spec(vm, spec, '\0', '>', &tn)?;
    if !matches!(sp.ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_presentation(vm, sp.ty, &tn));
    }
    if sp.precision > i32::MAX as i64 {
        return Err(vm.new_value_error("precision too big"));
    }
    if sp.fill == '0' {
        return Err(vm.new_value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == '=' {
        return Err(
            vm.new_value_error("'=' alignment flag is not allowed in complex format specifier")
        );
    }
    let flags = DtoaFlags {
        alt: sp.alt,
        add_dot_0: false,
        no_neg_0: sp.no_neg_0,
    };
    let mut ty = sp.ty;
    let mut skip_re = false;
    let mut add_parens = false;
    let mut default_precision = 6;
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = if sp.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        sp.precision as usize
    };
    vm.check_alloc(precision.saturating_mul(2).saturating_add(usz(sp.width)))?;
    let re_buf = double_to_string(re, ty, precision, flags);
    let im_buf = double_to_string(im, ty, precision, flags);
    let mut inner = sp.clone();
    inner.fill = '\0';
    inner.align = '<';
    inner.width = -1;
    let re_s = layout_number(&inner, &float_parts(&re_buf), false);
    if !skip_re {
        inner.sign = '+';
    }
    let im_s = layout_number(&inner, &float_parts(&im_buf), false);
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_s);
    }
    body.push_str(&im_s);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count();
    Ok(pad_text(&sp, &body, len))
}

/// `format(v, spec)` for builtin types; None when the generic `__format__` path applies.
pub fn builtin_format(vm: &mut Vm, v: &Value, spec: &str) -> Option<PyResult<String>> {
    match v {
        Value::Bool(b) if spec.is_empty() => {
            return Some(Ok((if *b { "True" } else { "False" }).into()))
        }
        Value::Bool(_) => return Some(format_int_spec(vm, v, spec)),
        Value::Int(i) => {
            if spec.is_empty() {
                return Some(Ok(i.to_string()));
            }
            return Some(format_int_spec(vm, v, spec));
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Some(Ok(floatobj::float_repr(*f)));
            }
            return Some(format_float_spec(vm, v, *f, spec));
        }
        Value::None => {
            if spec.is_empty() {
                return Some(Ok("None".into()));
            }
            return Some(Err(vm.new_type_error(
                "unsupported format string passed to NoneType.__format__",
            )));
        }
        _ => {}
    }
    let Value::Obj(o) = v else { return None };
    match &o.payload {
        Payload::Str(s) => {
            let tn = || types::type_name(v);
            Some(format_str_typed(vm, s.as_str(), spec, &tn))
        }
        Payload::Int(_) => {
            if spec.is_empty() {
                return Some(intobj::int_to_str(vm, v));
            }
            Some(format_int_spec(vm, v, spec))
        }
        Payload::Float(f) => {
            if spec.is_empty() {
                return Some(Ok(floatobj::float_repr(*f)));
            }
            Some(format_float_spec(vm, v, *f, spec))
        }
        Payload::Complex(r, i) => Some(format_complex(vm, v, *r, *i, spec)),
        _ => {
            if spec.is_empty() {
                return None;
            }
            match &o.payload {
                Payload::Native(_) | Payload::Object(_) | Payload::Exception(_) => None,
                _ => Some(Err(vm.new_type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    types::type_name(v)
                )))),
            }
        }
    }
}

// ----- str.format -----

/// Where `str.format` fields get their values.
struct FormatArgs<'a> {
    /// None for `format_map` (positional fields are an error).
    args: Option<&'a [Value]>,
    kwnames: &'a [PyRef],
    kwvals: &'a [Value],
    /// The mapping of `format_map`.
    mapping: Option<&'a Value>,
    /// 0 unknown, 1 automatic numbering, 2 manual.
    numbering: u8,
    next_auto: usize,
}

/// `fmt.format(*args, **kwargs)` (`mapping` set: `fmt.format_map(mapping)`).
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwnames: &[PyRef],
    kwvals: &[Value],
    mapping: Option<&Value>,
) -> PyResult<String> {
    let mut fa = FormatArgs {
        args: if mapping.is_some() { None } else { Some(args) },
        kwnames,
        kwvals,
        mapping,
        numbering: 0,
        next_auto: 0,
    };
    build_string(vm, fmt, &mut fa, 2)
}

/// A parsed replacement field (slices of the format string).
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    spec_needs_expanding: bool,
}

// The parser works on byte offsets: every delimiter it looks for is ASCII, so the offsets
// it slices at are always character boundaries.
fn build_string(vm: &mut Vm, s: &str, fa: &mut FormatArgs, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.new_value_error("Max string recursion exceeded"));
    }
    let c = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 16);
    let mut i = 0;
    let end = c.len();
    while i < end {
        // Literal text up to the first '{' or '}'.
        let start = i;
        let mut ch = 0u8;
        let mut markup = false;
        while i < end {
            ch = c[i];
            i += 1;
            if ch == b'{' || ch == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = i >= end;
        let mut lit_end = i;
        if markup && ch == b'}' && (at_end || c[i] != b'}') {
            return Err(vm.new_value_error("Single '}' encountered in format string"));
        }
        if markup && at_end && ch == b'{' {
            return Err(vm.new_value_error("Single '{' encountered in format string"));
        }
        if markup {
            if !at_end && c[i] == ch {
                // An escaped brace: literal text including one brace.
                i += 1;
                markup = false;
            } else {
                lit_end -= 1;
            }
        }
        out.push_str(&s[start..lit_end]);
        if !markup {
            continue;
        }
        let field = parse_field(vm, s, &mut i)?;
        output_field(vm, &field, fa, depth, &mut out)?;
    }
    Ok(out)
}

/// CPython's `parse_field`: reads a field starting after '{', leaving `*i` after its '}'.
fn parse_field<'s>(vm: &mut Vm, s: &'s str, i: &mut usize) -> PyResult<Field<'s>> {
    let c = s.as_bytes();
    let end = c.len();
    let name_start = *i;
    let mut ch = 0u8;
    while *i < end {
        ch = c[*i];
        *i += 1;
        match ch {
            b'{' => return Err(vm.new_value_error("unexpected '{' in field name")),
            b'[' => {
                while *i < end && c[*i] != b']' {
                    *i += 1;
                }
                continue;
            }
            b'}' | b':' | b'!' => break,
            _ => continue,
        }
    }
    let terminated = matches!(ch, b'}' | b':' | b'!') && *i > name_start;
    let name_end = if terminated { *i - 1 } else { *i };
    let mut field = Field {
        name: &s[name_start..name_end],
        conversion: None,
        spec: "",
        spec_needs_expanding: false,
    };
    if terminated && (ch == b'!' || ch == b':') {
        if ch == b'!' {
            let Some(conv) = s[*i..].chars().next() else {
                return Err(
                    vm.new_value_error("end of string while looking for conversion specifier")
                );
            };
            field.conversion = Some(conv);
            *i += conv.len_utf8();
            if *i < end {
                let next = c[*i];
                *i += 1;
                if next == b'}' {
                    return Ok(field);
                }
                if next != b':' {
                    return Err(vm.new_value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *i;
        let mut count = 1;
        while *i < end {
            let x = c[*i];
            *i += 1;
            match x {
                b'{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                b'}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = &s[spec_start..*i - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(vm.new_value_error("unmatched '{' in format spec"));
    }
    if !terminated || ch != b'}' {
        return Err(vm.new_value_error("expected '}' before end of string"));
    }
    Ok(field)
}

fn output_field(
    vm: &mut Vm,
    field: &Field,
    fa: &mut FormatArgs,
    depth: u32,
    out: &mut String,
) -> PyResult<()> {
    let mut obj = get_field_object(vm, field.name, fa)?;
    if let Some(conv) = field.conversion {
        obj = match conv {
            'r' => Value::Obj(vm.repr(&obj)?),
            's' => Value::Obj(vm.str(&obj)?),
            'a' => strobj::new_str(vm.ascii(&obj)?),
            other => {
                let u = other as u32;
                return Err(vm.new_value_error(if u > 32 && u < 127 {
                    format!("Unknown conversion specifier {}", other)
                } else {
                    format!("Unknown conversion specifier \\x{:x}", u)
                }));
            }
        };
    }
    let expanded;
    let spec: &str = if field.spec_needs_expanding {
        expanded = build_string(vm, field.spec, fa, depth - 1)?;
        &expanded
    } else {
        field.spec
    };
    if is_builtin_value(&obj) {
        if let Some(r) = builtin_format(vm, &obj, spec) {
            out.push_str(&r?);
            return Ok(());
        }
    }
    let r = vm.format(&obj, spec)?;
    out.push_str(r.as_rust_str().unwrap_or(""));
    Ok(())
}

/// Is `v` of a builtin (non-heap) class, so `builtin_format` applies directly?
fn is_builtin_value(v: &Value) -> bool {
    match v {
        Value::Obj(o) => !types::is_heap_class(&o.class()),
        _ => true,
    }
}

/// A field-name integer (`get_integer` of unicode_format.h): None if not all decimal digits.
fn field_integer(vm: &mut Vm, s: &str) -> PyResult<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for ch in s.chars() {
        let Some(d) = unicode::decimal_value(ch) else {
            return Ok(None);
        };
        let d = d as i64;
        if acc > (SSIZE_MAX - d) / 10 {
            return Err(vm.new_value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

fn get_field_object(vm: &mut Vm, name: &str, fa: &mut FormatArgs) -> PyResult<Value> {
    let nb = name.as_bytes();
    let first_end = nb
        .iter()
        .position(|ch| *ch == b'.' || *ch == b'[')
        .unwrap_or(nb.len());
    let first = &name[..first_end];
    let mut index = field_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if fa.numbering == 0 {
            fa.numbering = if empty { 1 } else { 2 };
        }
        if fa.numbering == 2 && empty {
            return Err(vm.new_value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if fa.numbering == 1 && !empty {
            return Err(vm.new_value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(fa.next_auto as i64);
            fa.next_auto += 1;
        }
    }
    let mut obj = match index {
        None => {
            if let Some(m) = fa.mapping {
                vm.getitem(m, &strobj::new_str(first.to_string()))?
            } else {
                match fa.kwnames.iter().position(|k| k.payload_str() == first) {
                    Some(p) => fa.kwvals[p].clone(),
                    None => return Err(vm.new_key_error(strobj::new_str(first.to_string()))),
                }
            }
        }
        Some(idx) => {
            let Some(args) = fa.args else {
                return Err(vm.new_value_error("Format string contains positional fields"));
            };
            match args.get(usize::try_from(idx).unwrap_or(usize::MAX)) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.new_index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        idx
                    )))
                }
            }
        }
    };
    let mut i = first_end;
    while i < nb.len() {
        let kind = nb[i];
        i += 1;
        let part_start = i;
        let part: &str = match kind {
            b'.' => {
                while i < nb.len() && nb[i] != b'.' && nb[i] != b'[' {
                    i += 1;
                }
                &name[part_start..i]
            }
            b'[' => {
                while i < nb.len() && nb[i] != b']' {
                    i += 1;
                }
                if i >= nb.len() {
                    return Err(vm.new_value_error("Missing ']' in format string"));
                }
                i += 1;
                &name[part_start..i - 1]
            }
            _ => {
                return Err(
                    vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        };
        if part.is_empty() {
            return Err(vm.new_value_error("Empty attribute in format string"));
        }
        obj = if kind == b'.' {
            let n = types::intern(part);
            vm.get_attr(&obj, &n)?
        } else {
            match field_integer(vm, part)? {
                Some(idx) => vm.getitem(&obj, &Value::Int(idx))?,
                None => vm.getitem(&obj, &strobj::new_str(part.to_string()))?,
            }
        };
    }
    Ok(obj)
}

// ----- % formatting -----

/// The state of a `%` operation: the format, the arguments and the mapping.
struct Percent {
    args: Value,
    /// Number of positional args (-1: a single non-tuple argument).
    arglen: i64,
    argidx: i64,
    dict: Option<Value>,
}

impl Percent {
    fn next_arg(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(t) = tupleobj::tuple_items(&self.args) {
                if let Some(v) = t.get(idx as usize) {
                    return Ok(v.clone());
                }
            }
        }
        Err(vm.new_type_error("not enough arguments for format string"))
    }
}

fn percent_state(args: &Value, bytes_mode: bool) -> Percent {
    let (arglen, argidx) = match tupleobj::tuple_items(args) {
        Some(t) => (t.len() as i64, 0),
        None => (-1, -2),
    };
    let excluded = match args.payload() {
        Some(Payload::Tuple(_)) | Some(Payload::Str(_)) => true,
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => bytes_mode,
        _ => false,
    };
    let is_mapping = !excluded
        && match args {
            Value::Obj(o) => {
                matches!(
                    o.payload,
                    Payload::Dict(_) | Payload::List(_) | Payload::Bytes(_) | Payload::ByteArray(_)
                ) || types::lookup_str(&o.class(), "__getitem__").is_some()
            }
            _ => false,
        };
    Percent {
        args: args.clone(),
        arglen,
        argidx,
        dict: if is_mapping { Some(args.clone()) } else { None },
    }
}

/// A parsed `%` conversion.
struct Conv {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: i64,
    prec: i64,
    ch: char,
}

/// `PyNumber_Check`.
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)
            ) || {
                let cls = o.class();
                types::lookup_str(&cls, "__index__").is_some()
                    || types::lookup_str(&cls, "__int__").is_some()
                    || types::lookup_str(&cls, "__float__").is_some()
            }
        }
        _ => false,
    }
}

/// `%d %i %u %o %x %X` of a value: the digits with sign and (for `#`) prefix.
fn percent_long(vm: &mut Vm, v: &Value, cv: &Conv) -> PyResult<String> {
    let wrong = |vm: &mut Vm| {
        vm.new_type_error(if matches!(cv.ch, 'o' | 'x' | 'X') {
            format!(
                "%{} format: an integer is required, not {}",
                cv.ch,
                types::type_name(v)
            )
        } else {
            format!(
                "%{} format: a real number is required, not {}",
                cv.ch,
                types::type_name(v)
            )
        })
    };
    if let (Value::Int(i), 'd' | 'i' | 'u', false) = (v, cv.ch, cv.prec > 0) {
        return Ok(i.to_string());
    }
    if !is_number(v) {
        return Err(wrong(vm));
    }
    let n: BigInt = match intobj::to_bigint(v) {
        Some(b) if !matches!(v.payload(), Some(Payload::Float(_))) => b,
        _ => {
            let r = if matches!(cv.ch, 'o' | 'x' | 'X') {
                vm.index(v)
            } else {
                intobj::int_from_value(vm, v)
            };
            match r {
                Ok(i) => intobj::to_bigint(&i).unwrap_or_default(),
                Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {
                    return Err(wrong(vm))
                }
                Err(e) => return Err(e),
            }
        }
    };
    let negative = n.is_negative();
    let mag = n.abs();
    let digits = match cv.ch {
        'o' => mag.to_str_radix(8),
        'x' => mag.to_str_radix(16),
        'X' => mag.to_str_radix(16).to_ascii_uppercase(),
        _ => match num_traits::ToPrimitive::to_i64(&mag) {
            Some(i) => i.to_string(),
            None => intobj::int_to_str(vm, &intobj::int_from_bigint(mag))?,
        },
    };
    let mut out = String::with_capacity(digits.len() + 4);
    if negative {
        out.push('-');
    }
    if cv.alt {
        match cv.ch {
            'o' => out.push_str("0o"),
            'x' => out.push_str("0x"),
            'X' => out.push_str("0X"),
            _ => {}
        }
    }
    if cv.prec > digits.len() as i64 {
        vm.check_alloc(usz(cv.prec))?;
        out.extend(std::iter::repeat_n('0', cv.prec as usize - digits.len()));
    }
    out.push_str(&digits);
    Ok(out)
}

/// `PyFloat_AsDouble` with the `%` formatting error message.
fn percent_float_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    if let Some(Payload::Float(f)) = v.payload() {
        return Ok(*f);
    }
    // An int subclass may override __float__.
    if let (Some(Payload::Int(b)), Value::Obj(o)) = (v.payload(), v) {
        if types::is_exact_int(o) {
            return intobj::bigint_to_f64(b)
                .ok_or_else(|| vm.new_overflow_error("int too large to convert to float"));
        }
    }
    let cls = types::class_of(v);
    if types::lookup_str(&cls, "__float__").is_none()
        && types::lookup_str(&cls, "__index__").is_none()
    {
        return Err(vm.new_type_error(format!("must be real number, not {}", types::type_name(v))));
    }
    floatobj::to_f64(vm, v)
}

/// Formats one conversion; returns the text before padding, and whether it is signed
/// (numeric, so it takes sign flags and zero padding).
fn percent_convert(
    vm: &mut Vm,
    cv: &Conv,
    v: &Value,
    bytes_mode: bool,
) -> PyResult<(Vec<u8>, bool)> {
    let text: Vec<u8> = match cv.ch {
        's' | 'r' | 'a' | 'b' => {
            if bytes_mode {
                if cv.ch == 'r' || cv.ch == 'a' {
                    vm.ascii(v)?.into_bytes()
                } else {
                    bytes_for_percent(vm, v)?
                }
            } else {
                match cv.ch {
                    's' => match v {
                        Value::Obj(o) if types::is_exact_str(o) => {
                            o.payload_str().as_bytes().to_vec()
                        }
                        _ => vm.str_string(v)?.into_bytes(),
                    },
                    'r' => vm.repr_string(v)?.into_bytes(),
                    _ => vm.ascii(v)?.into_bytes(),
                }
            }
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            if bytes_mode && cv.ch == 'i' {
                // CPython's bytes formatting reads %i as %d (its messages say "%d").
                let as_d = Conv { ch: 'd', ..*cv };
                return Ok((percent_long(vm, v, &as_d)?.into_bytes(), true));
            }
            return Ok((percent_long(vm, v, cv)?.into_bytes(), true));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match percent_float_value(vm, v) {
                Ok(x) => x,
                // bytes % reports every conversion failure this way.
                Err(_) if bytes_mode => {
                    return Err(vm.new_type_error(format!(
                        "float argument required, not {}",
                        types::type_name(v)
                    )))
                }
                Err(e) => return Err(e),
            };
            let prec = if cv.prec < 0 { 6 } else { usz(cv.prec) };
            vm.check_alloc(prec)?;
            let flags = DtoaFlags {
                alt: cv.alt,
                ..Default::default()
            };
            return Ok((double_to_string(x, cv.ch, prec, flags).into_bytes(), true));
        }
        'c' => {
            if bytes_mode {
                return Ok((vec![percent_byte_char(vm, v)?], false));
            }
            let mut buf = [0u8; 4];
            return Ok((
                percent_char(vm, v)?
                    .encode_utf8(&mut buf)
                    .as_bytes()
                    .to_vec(),
                false,
            ));
        }
        _ => unreachable!("conversion characters are validated by the caller"),
    };
    Ok((text, false))
}

fn bytes_for_percent(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytesobj::buffer_data(v) {
        return Ok(d);
    }
    let cls = types::class_of(v);
    if let Some(m) = types::lookup_str(&cls, "__bytes__") {
        let r = vm.call_special(&m, v, &[])?;
        return match r.payload() {
            Some(Payload::Bytes(b)) => Ok(b.to_vec()),
            _ => Err(vm.new_type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                types::type_name(&r)
            ))),
        };
    }
    Err(vm.new_type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        types::type_name(v)
    )))
}

fn percent_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    if let Some(s) = v.as_rust_str() {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.new_type_error("%c requires int or char")),
        };
    }
    let i = match vm.index(v) {
        Ok(i) => i,
        Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {
            return Err(vm.new_type_error("%c requires int or char"))
        }
        Err(e) => return Err(e),
    };
    match intobj::to_i64(&i).filter(|x| (0..0x110000).contains(x)) {
        Some(x) => Ok(unicode::char_of(x as u32).unwrap_or('\u{fffd}')),
        None => Err(vm.new_overflow_error("%c arg not in range(0x110000)")),
    }
}

fn percent_byte_char(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_)) = v.payload() {
        if let Some(d) = bytesobj::buffer_data(v) {
            if d.len() == 1 {
                return Ok(d[0]);
            }
        }
        return Err(vm.new_type_error("%c requires an integer in range(256) or a single byte"));
    }
    let i = match vm.index(v) {
        Ok(i) => i,
        Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {
            return Err(vm.new_type_error("%c requires an integer in range(256) or a single byte"))
        }
        Err(e) => return Err(e),
    };
    match intobj::to_i64(&i).filter(|x| (0..256).contains(x)) {
        Some(x) => Ok(x as u8),
        None => Err(vm.new_overflow_error("%c arg not in range(256)")),
    }
}

/// Pads a converted value as `unicode_format_arg_output` does. Lengths count characters
/// (str) or bytes (bytes); signs and prefixes are ASCII.
fn percent_output(out: &mut Vec<u8>, cv: &Conv, s: &[u8], signed: bool, bytes_mode: bool) {
    let units = |b: &[u8]| -> i64 {
        if bytes_mode {
            b.len() as i64
        } else {
            b.iter().filter(|x| (**x & 0xc0) != 0x80).count() as i64
        }
    };
    let fill = if signed && cv.zero { b'0' } else { b' ' };
    let mut len = units(s);
    let mut width = cv.width;
    if (width == -1 || width <= len) && (cv.prec == -1 || cv.prec >= len) && !(cv.sign || cv.blank)
    {
        out.extend_from_slice(s);
        return;
    }
    let mut body_end = s.len();
    if matches!(cv.ch, 's' | 'r' | 'a' | 'b') && cv.prec >= 0 && len > cv.prec {
        len = cv.prec;
        body_end = if bytes_mode {
            len as usize
        } else {
            // Byte offset of character `len` (a UTF-8 lead byte).
            s.iter()
                .enumerate()
                .filter(|(_, x)| (**x & 0xc0) != 0x80)
                .nth(len as usize)
                .map_or(s.len(), |(i, _)| i)
        };
    }
    let mut pindex = 0usize;
    let mut signchar = None;
    let mut sign = signed;
    if sign {
        match s.first() {
            Some(&c @ (b'-' | b'+')) => {
                signchar = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if cv.sign => signchar = Some(b'+'),
            _ if cv.blank => signchar = Some(b' '),
            _ => sign = false,
        }
    }
    if width < len {
        width = len;
    }
    if sign {
        if fill != b' ' {
            out.extend(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = cv.alt && matches!(cv.ch, 'x' | 'X' | 'o');
    if prefixed {
        if fill != b' ' {
            out.extend_from_slice(&s[pindex..pindex + 2]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !cv.ljust {
        out.resize(out.len() + (width - len) as usize, fill);
        width = len;
    }
    if fill == b' ' {
        if sign {
            out.extend(signchar);
        }
        if prefixed {
            out.extend_from_slice(&s[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend_from_slice(&s[pindex..body_end]);
    if width > len {
        out.resize(out.len() + (width - len) as usize, b' ');
    }
}

/// The `%` operation on a format given as bytes (UTF-8 for str): the result's bytes.
fn percent_format(vm: &mut Vm, fmt: &[u8], args: &Value, bytes_mode: bool) -> PyResult<Vec<u8>> {
    let mut st = percent_state(args, bytes_mode);
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + 16);
    let n = fmt.len();
    let mut pos = 0;
    while pos < n {
        if fmt[pos] != b'%' {
            let start = pos;
            while pos < n && fmt[pos] != b'%' {
                pos += 1;
            }
            out.extend_from_slice(&fmt[start..pos]);
            continue;
        }
        pos += 1;
        if pos < n && fmt[pos] == b'%' {
            out.push(b'%');
            pos += 1;
            continue;
        }
        let mut cv = Conv {
            ljust: false,
            sign: false,
            blank: false,
            alt: false,
            zero: false,
            width: -1,
            prec: -1,
            ch: '\0',
        };
        let mut arg_override: Option<Value> = None;
        if pos < n && fmt[pos] == b'(' {
            let Some(dict) = st.dict.clone() else {
                return Err(vm.new_type_error("format requires a mapping"));
            };
            pos += 1;
            let keystart = pos;
            let mut depth = 1;
            while depth > 0 && pos < n {
                match fmt[pos] {
                    b')' => depth -= 1,
                    b'(' => depth += 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err(vm.new_value_error("incomplete format key"));
            }
            let key_chars = &fmt[keystart..pos - 1];
            let key = if bytes_mode {
                bytesobj::new_bytes(key_chars.to_vec())
            } else {
                strobj::new_str(String::from_utf8_lossy(key_chars).into_owned())
            };
            arg_override = Some(vm.getitem(&dict, &key)?);
        }
        if let Some(a) = arg_override.take() {
            st.args = a;
            st.arglen = -1;
            st.argidx = -2;
        }
        // Flags.
        while pos < n {
            match fmt[pos] {
                b'-' => cv.ljust = true,
                b'+' => cv.sign = true,
                b' ' => cv.blank = true,
                b'#' => cv.alt = true,
                b'0' => cv.zero = true,
                _ => break,
            }
            pos += 1;
        }
        // Width.
        if pos < n && fmt[pos] == b'*' {
            let v = st.next_arg(vm)?;
            if !intobj::is_int(&v) {
                return Err(vm.new_type_error("* wants int"));
            }
            let w = intobj::to_i64(&v).ok_or_else(|| {
                vm.new_overflow_error("Python int too large to convert to C ssize_t")
            })?;
            if w < 0 {
                cv.ljust = true;
            }
            cv.width = w.saturating_abs();
            pos += 1;
        } else if pos < n && fmt[pos].is_ascii_digit() {
            let mut w: i64 = 0;
            while pos < n && fmt[pos].is_ascii_digit() {
                let d = (fmt[pos] - b'0') as i64;
                if w > (SSIZE_MAX - d) / 10 {
                    return Err(vm.new_value_error("width too big"));
                }
                w = w * 10 + d;
                pos += 1;
            }
            cv.width = w;
        }
        // Precision.
        if pos < n && fmt[pos] == b'.' {
            cv.prec = 0;
            pos += 1;
            if pos < n && fmt[pos] == b'*' {
                let v = st.next_arg(vm)?;
                if !intobj::is_int(&v) {
                    return Err(vm.new_type_error("* wants int"));
                }
                let p = intobj::to_i64(&v)
                    .filter(|p| *p >= i32::MIN as i64 && *p <= i32::MAX as i64)
                    .ok_or_else(|| {
                        vm.new_overflow_error("Python int too large to convert to C int")
                    })?;
                cv.prec = p.max(0);
                pos += 1;
            } else if pos < n && fmt[pos].is_ascii_digit() {
                let mut p: i64 = 0;
                while pos < n && fmt[pos].is_ascii_digit() {
                    let d = (fmt[pos] - b'0') as i64;
                    if p > (i32::MAX as i64 - d) / 10 {
                        return Err(vm.new_value_error("precision too big"));
                    }
                    p = p * 10 + d;
                    pos += 1;
                }
                cv.prec = p;
            }
        }
        if pos < n && matches!(fmt[pos], b'h' | b'l' | b'L') {
            pos += 1;
        }
        if pos >= n {
            return Err(vm.new_value_error("incomplete format"));
        }
        // The conversion character (any character of a str format).
        let conv_pos = pos;
        if bytes_mode || fmt[pos].is_ascii() {
            cv.ch = fmt[pos] as char;
            pos += 1;
        } else {
            let text = std::str::from_utf8(&fmt[pos..]).unwrap_or("");
            cv.ch = text.chars().next().unwrap_or('\u{fffd}');
            pos += cv.ch.len_utf8();
        }
        let v = st.next_arg(vm)?;
        let valid = if bytes_mode {
            matches!(
                cv.ch,
                's' | 'b'
                    | 'r'
                    | 'a'
                    | 'd'
                    | 'i'
                    | 'u'
                    | 'o'
                    | 'x'
                    | 'X'
                    | 'e'
                    | 'E'
                    | 'f'
                    | 'F'
                    | 'g'
                    | 'G'
                    | 'c'
            )
        } else {
            matches!(
                cv.ch,
                's' | 'r'
                    | 'a'
                    | 'd'
                    | 'i'
                    | 'u'
                    | 'o'
                    | 'x'
                    | 'X'
                    | 'e'
                    | 'E'
                    | 'f'
                    | 'F'
                    | 'g'
                    | 'G'
                    | 'c'
            )
        };
        if !valid {
            let u = cv.ch as u32;
            // CPython formats the (signed) C char with %c, which overflows, unless the
            // character was read by the width/precision digit loop (which masks it).
            let head = fmt.get(..conv_pos).unwrap_or_default();
            let run = head.iter().rev().take_while(|c| c.is_ascii_digit()).count();
            let before = head.len().checked_sub(run + 1).and_then(|i| head.get(i));
            // Precision digits, or width digits (leading zeros are flags).
            let after_digit = run > 0
                && (before == Some(&b'.') || head.iter().rev().take(run).any(|c| *c != b'0'));
            if bytes_mode && u >= 0x80 && !after_digit {
                return Err(vm.new_overflow_error("character argument not in range(0x110000)"));
            }
            let shown = if bytes_mode || (31..=126).contains(&u) {
                cv.ch
            } else {
                '?'
            };
            let index = if bytes_mode {
                conv_pos
            } else {
                fmt[..conv_pos]
                    .iter()
                    .filter(|x| (**x & 0xc0) != 0x80)
                    .count()
            };
            return Err(vm.new_value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown, u, index
            )));
        }
        let (text, signed) = percent_convert(vm, &cv, &v, bytes_mode)?;
        vm.check_alloc(usize::try_from(cv.width.max(0)).unwrap_or(usize::MAX))?;
        percent_output(&mut out, &cv, &text, signed, bytes_mode);
        if st.dict.is_some() && st.argidx < st.arglen {
            return Err(vm.new_type_error(format!(
                "not all arguments converted during {} formatting",
                if bytes_mode { "bytes" } else { "string" }
            )));
        }
    }
    if st.argidx < st.arglen && st.dict.is_none() {
        return Err(vm.new_type_error(format!(
            "not all arguments converted during {} formatting",
            if bytes_mode { "bytes" } else { "string" }
        )));
    }
    Ok(out)
}

/// `str % args`.
pub fn percent_format_str(vm: &mut Vm, l: &Value, r: &Value) -> PyResult<Value> {
    let Some(fmt) = l.as_rust_str() else {
        return Ok(vm.not_implemented());
    };
    let out = percent_format(vm, fmt.as_bytes(), r, false)?;
    if !fmt.is_empty() && !fmt.contains('%') {
        // CPython hands back the format object itself (a str subclass stays one).
        return Ok(l.clone());
    }
    // The output is the format's UTF-8 text with UTF-8 text inserted at ASCII boundaries.
    Ok(strobj::new_str(String::from_utf8(out).unwrap_or_else(
        |e| String::from_utf8_lossy(e.as_bytes()).into_owned(),
    )))
}

/// `bytes % args` (the result has the type of `l`: bytes or bytearray).
pub fn percent_format_bytes(vm: &mut Vm, l: &Value, r: &Value) -> PyResult<Value> {
    let Some(d) = bytesobj::buffer_cow(l) else {
        return Ok(vm.not_implemented());
    };
    let d = d.into_owned();
    let out = percent_format(vm, &d, r, true)?;
    Ok(match l.payload() {
        Some(Payload::ByteArray(_)) => bytesobj::new_bytearray(out),
        _ => bytesobj::new_bytes(out),
    })
}

pub fn bigint_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(group_digits("1234", Some(','), 3, 8), "0,001,234");
        assert_eq!(group_digits("1234567", Some('_'), 3, 0), "1_234_567");
        assert_eq!(group_digits("42", None, 3, 5), "00042");
    }

    #[test]
    fn doubles() {
        let f = DtoaFlags::default();
        assert_eq!(double_to_string(1.5, 'e', 2, f), "1.50e+00");
        assert_eq!(double_to_string(0.0001, 'g', 6, f), "0.0001");
        assert_eq!(
            double_to_string(
                1e16,
                'r',
                0,
                DtoaFlags {
                    add_dot_0: true,
                    ..f
                }
            ),
            "1e+16"
        );
        assert_eq!(
            double_to_string(
                12.0,
                'r',
                0,
                DtoaFlags {
                    add_dot_0: true,
                    ..f
                }
            ),
            "12.0"
        );
        assert_eq!(
            double_to_string(
                -0.0001,
                'f',
                2,
                DtoaFlags {
                    no_neg_0: true,
                    ..f
                }
            ),
            "0.00"
        );
        assert_eq!(double_to_string(123456.0, 'g', 3, f), "1.23e+05");
        assert_eq!(
            double_to_string(2.0, 'g', 3, DtoaFlags { alt: true, ..f }),
            "2.00"
        );
    }
}
