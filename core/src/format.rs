//! String formatting: the format-spec mini-language (`format()`, f-strings), `str.format`,
//! and printf-style `%` formatting for str and bytes.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::*;
use crate::objects::{floatobj, intobj, strobj, tupleobj};
use crate::types::{self, types};
use crate::vm::{PyResult, Vm};

/// A parsed format spec.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(vm: &mut Vm, s: &str) -> PyResult<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        sp.z = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = c[start..i].iter().collect();
        sp.width = Some(w.parse().map_err(|_| vm.new_value_error("Too many decimal digits in format string"))?);
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        sp.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            return Err(vm.new_value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let ps = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == ps {
            return Err(vm.new_value_error("Format specifier missing precision"));
        }
        let p: String = c[ps..i].iter().collect();
        sp.precision = Some(p.parse().map_err(|_| vm.new_value_error("Too many decimal digits in format string"))?);
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(vm.new_value_error("Invalid format specifier"));
    }
    Ok(sp)
}

/// Pads `body` (with an optional sign/prefix part for `=` alignment) to the spec's width.
fn pad(sp: &Spec, sign_prefix: &str, body: &str, default_align: char) -> String {
    let width = sp.width.unwrap_or(0);
    let len = sign_prefix.chars().count() + body.chars().count();
    let mut align = sp.align.unwrap_or(default_align);
    let mut fill = sp.fill.unwrap_or(' ');
    if sp.zero && sp.align.is_none() {
        fill = sp.fill.unwrap_or('0');
        align = '=';
    }
    if len >= width {
        return format!("{}{}", sign_prefix, body);
    }
    let n = width - len;
    let f = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
    match align {
        '<' => format!("{}{}{}", sign_prefix, body, f(n)),
        '>' => format!("{}{}{}", f(n), sign_prefix, body),
        '^' => format!("{}{}{}{}", f(n / 2), sign_prefix, body, f(n - n / 2)),
        _ => format!("{}{}{}", sign_prefix, f(n), body),
    }
}

/// Inserts grouping separators every `every` digits of the integer part.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::with_capacity(chars.len() + chars.len() / every);
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// Grouping with zero padding: CPython pads with zeros that are also grouped.
fn group_padded(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let mut d = digits.to_string();
    loop {
        let g = group(&d, sep, every);
        if g.chars().count() >= min_width {
            return g;
        }
        d.insert(0, '0');
    }
}

fn sign_str(neg: bool, sign: Option<char>) -> &'static str {
    if neg {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(vm: &mut Vm, v: &BigInt, sp: &Spec) -> PyResult<String> {
    let ty = sp.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = intobj::bigint_to_f64(v).ok_or_else(|| vm.new_overflow_error("int too large to convert to float"))?;
        return format_float(vm, f, sp);
    }
    if sp.precision.is_some() {
        return Err(vm.new_value_error("Precision not allowed in integer format specifier"));
    }
    if sp.z {
        return Err(vm.new_value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let (digits, prefix) = match ty {
        'd' | 'n' => (mag.to_string(), ""),
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'c' => {
            if sp.sign.is_some() {
                return Err(vm.new_value_error("Sign not allowed with integer format specifier 'c'"));
            }
            let code = v.to_u32().filter(|c| *c <= 0x10ffff);
            let ch = code.and_then(char::from_u32).ok_or_else(|| vm.new_overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(sp, "", &ch.to_string(), '<'));
        }
        other => {
            return Err(vm.new_value_error(format!(
                "Unknown format code '{}' for object of type 'int'",
                other
            )))
        }
    };
    let prefix = if sp.alt { prefix } else { "" };
    let sign = sign_str(neg, sp.sign);
    let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
    if let Some(g) = sp.grouping {
        if g == ',' && !matches!(ty, 'd') {
            return Err(vm.new_value_error(format!("Cannot specify ',' with '{}'.", ty)));
        }
        let zero_fill = sp.zero && sp.align.is_none() || (sp.fill == Some('0') && sp.align == Some('='));
        let body = if zero_fill {
            let min = sp.width.unwrap_or(0).saturating_sub(sign.len() + prefix.len());
            group_padded(&digits, g, every, min)
        } else {
            group(&digits, g, every)
        };
        return Ok(pad(sp, &format!("{}{}", sign, prefix), &body, '>'));
    }
    Ok(pad(sp, &format!("{}{}", sign, prefix), &digits, '>'))
}

/// Formats the magnitude of a finite float in a given style.
fn float_body(f: f64, ty: char, prec: usize, alt: bool) -> String {
    match ty {
        'f' | 'F' | '%' => format!("{:.*}", prec, f),
        'e' | 'E' => {
            let s = format!("{:.*e}", prec, f);
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            let e: i32 = e.parse().unwrap_or(0);
            let mut m = m.to_string();
            if alt && !m.contains('.') {
                m.push('.');
            }
            format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
        }
        _ => {
            // 'g' style
            let p = if prec == 0 { 1 } else { prec };
            if f == 0.0 {
                return if alt { format!("{:.*}", p - 1, 0.0) } else { "0".into() };
            }
            let s = format!("{:.*e}", p - 1, f);
            let (_, e) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i32 = e.parse().unwrap_or(0);
            let body = if exp >= -4 && exp < p as i32 {
                format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, f)
            } else {
                let (m, _) = s.split_once('e').unwrap_or((&s, "0"));
                format!("{}e{}{:02}", m, if exp < 0 { '-' } else { '+' }, exp.abs())
            };
            if alt {
                if !body.contains('.') && !body.contains('e') {
                    let digits = body.chars().filter(|c| c.is_ascii_digit()).count();
                    let mut b = body;
                    b.push('.');
                    for _ in digits..p {
                        b.push('0');
                    }
                    return b;
                }
                body
            } else {
                strip_zeros(&body)
            }
        }
    }
}

fn strip_zeros(s: &str) -> String {
    let (m, e) = match s.find('e') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
    format!("{}{}", m, e)
}

pub fn format_float(vm: &mut Vm, f: f64, sp: &Spec) -> PyResult<String> {
    let ty = sp.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n') {
            return Err(vm.new_value_error(format!(
                "Unknown format code '{}' for object of type 'float'",
                t
            )));
        }
    }
    if sp.alt && ty.is_none() && sp.precision.is_none() {
        // '#' alone behaves like repr.
    }
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let mut x = f.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let body = if f.is_nan() || f.is_infinite() {
        let b = if f.is_nan() { "nan" } else { "inf" };
        let b = if upper { b.to_uppercase() } else { b.to_string() };
        if ty == Some('%') {
            format!("{}%", b)
        } else {
            b
        }
    } else {
        match ty {
            None => match sp.precision {
                None => {
                    let r = floatobj::float_repr(x);
                    if sp.alt && !r.contains('.') && !r.contains('e') {
                        format!("{}.", r)
                    } else {
                        r
                    }
                }
                Some(p) => {
                    let p = if p == 0 { 1 } else { p };
                    let s = format!("{:.*e}", p - 1, x);
                    let (_, e) = s.split_once('e').unwrap_or((&s, "0"));
                    let exp: i32 = e.parse().unwrap_or(0);
                    if exp >= -4 && exp < p as i32 {
                        let b = strip_zeros(&format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x));
                        if b.contains('.') {
                            b
                        } else {
                            format!("{}.0", b)
                        }
                    } else {
                        float_body(x, 'g', p, sp.alt)
                    }
                }
            },
            Some('%') => {
                x *= 100.0;
                format!("{}%", float_body(x, 'f', sp.precision.unwrap_or(6), sp.alt))
            }
            Some('n') => float_body(x, 'g', sp.precision.unwrap_or(6), sp.alt),
            Some(t) => {
                let lower = t.to_ascii_lowercase();
                let mut b = float_body(x, lower, sp.precision.unwrap_or(6), sp.alt);
                if sp.alt && lower == 'f' && !b.contains('.') {
                    b.push('.');
                }
                if upper {
                    b = b.to_uppercase();
                }
                b
            }
        }
    };
    if sp.z && neg {
        // Negative zero after rounding becomes positive.
        let is_zero = body.chars().filter(|c| c.is_ascii_digit()).all(|c| c == '0');
        if is_zero {
            neg = false;
        }
    }
    let sign = sign_str(neg, sp.sign);
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (&body[..i], &body[i..]),
            None => (&body[..], ""),
        };
        let zero_fill = sp.zero && sp.align.is_none();
        let grouped = if zero_fill {
            let min = sp.width.unwrap_or(0).saturating_sub(sign.len() + rest.chars().count());
            group_padded(int_part, g, 3, min)
        } else {
            group(int_part, g, 3)
        };
        return Ok(pad(sp, sign, &format!("{}{}", grouped, rest), '>'));
    }
    Ok(pad(sp, sign, &body, '>'))
}

pub fn format_str(vm: &mut Vm, s: &str, spec: &str) -> PyResult<String> {
    let sp = parse_spec(vm, spec)?;
    format_str_spec(vm, s, &sp)
}

fn format_str_spec(vm: &mut Vm, s: &str, sp: &Spec) -> PyResult<String> {
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(vm.new_value_error(format!("Unknown format code '{}' for object of type 'str'", t)));
        }
    }
    if sp.sign.is_some() {
        return Err(vm.new_value_error("Sign not allowed in string format specifier"));
    }
    if sp.alt {
        return Err(vm.new_value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.grouping.is_some() {
        return Err(vm.new_value_error(format!("Cannot specify '{}' with 's'.", sp.grouping.unwrap_or(','))));
    }
    if sp.align == Some('=') {
        return Err(vm.new_value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let mut sp2 = sp.clone();
    if sp.zero && sp.align.is_none() {
        sp2.zero = false;
        sp2.fill = Some(sp.fill.unwrap_or('0'));
        sp2.align = Some('<');
    }
    Ok(pad(&sp2, "", &body, '<'))
}

fn format_complex(vm: &mut Vm, re: f64, im: f64, spec: &str) -> PyResult<String> {
    let sp = parse_spec(vm, spec)?;
    if spec.is_empty() {
        return Ok(crate::objects::complexobj::complex_repr(re, im));
    }
    if sp.zero {
        return Err(vm.new_value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.new_value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let mut inner = sp.clone();
    inner.width = None;
    inner.fill = None;
    inner.align = None;
    let no_type = sp.ty.is_none();
    if no_type {
        inner.ty = Some('g');
        if inner.precision.is_none() {
            inner.ty = None;
        }
    }
    let show_real = !(no_type && re == 0.0 && re.is_sign_positive());
    let r = if show_real { format_float(vm, re, &inner)? } else { String::new() };
    let mut isp = inner.clone();
    isp.sign = if show_real { Some('+') } else { sp.sign };
    let i = format_float(vm, im, &isp)?;
    let body = if show_real && no_type { format!("({}{}j)", r, i) } else { format!("{}{}j", r, i) };
    Ok(pad(&sp, "", &body, '>'))
}

/// `format(v, spec)` for builtin types; None when the generic `__format__` path applies.
pub fn builtin_format(vm: &mut Vm, v: &Value, spec: &str) -> Option<PyResult<String>> {
    match v {
        Value::Bool(b) if spec.is_empty() => return Some(Ok((if *b { "True" } else { "False" }).into())),
        Value::Bool(b) => {
            return Some(parse_spec(vm, spec).and_then(|sp| {
                if sp.ty.is_none() {
                    let s = if *b { "True" } else { "False" };
                    return format_str_spec(vm, s, &sp);
                }
                format_int(vm, &BigInt::from(*b as i64), &sp)
            }))
        }
        Value::Int(i) => {
            if spec.is_empty() {
                return Some(Ok(i.to_string()));
            }
            return Some(parse_spec(vm, spec).and_then(|sp| format_int(vm, &BigInt::from(*i), &sp)));
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Some(Ok(floatobj::float_repr(*f)));
            }
            return Some(parse_spec(vm, spec).and_then(|sp| format_float(vm, *f, &sp)));
        }
        Value::None => {
            if spec.is_empty() {
                return Some(Ok("None".into()));
            }
            return Some(Err(vm.new_type_error("unsupported format string passed to NoneType.__format__")));
        }
        _ => {}
    }
    let Value::Obj(o) = v else { return None };
    match &o.payload {
        Payload::Str(s) => {
            let s = s.as_str().to_string();
            Some(format_str(vm, &s, spec))
        }
        Payload::Int(b) => {
            if spec.is_empty() {
                return Some(crate::objects::intobj::int_to_str(vm, v));
            }
            let b = b.clone();
            Some(parse_spec(vm, spec).and_then(|sp| format_int(vm, &b, &sp)))
        }
        Payload::Float(f) => {
            if spec.is_empty() {
                return Some(Ok(floatobj::float_repr(*f)));
            }
            let f = *f;
            Some(parse_spec(vm, spec).and_then(|sp| format_float(vm, f, &sp)))
        }
        Payload::Complex(r, i) => {
            let (r, i) = (*r, *i);
            Some(format_complex(vm, r, i, spec))
        }
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

/// `fmt.format(*args, **kwargs)` (or `format_map(mapping)`).
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwnames: &[PyRef],
    kwvals: &[Value],
    mapping: Option<&Value>,
) -> PyResult<String> {
    let mut auto = 0usize;
    let mut mode = 0u8; // 0 unknown, 1 auto, 2 manual
    format_inner(vm, fmt, args, kwnames, kwvals, mapping, &mut auto, &mut mode, 2)
}

#[allow(clippy::too_many_arguments)]
fn format_inner(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwnames: &[PyRef],
    kwvals: &[Value],
    mapping: Option<&Value>,
    auto: &mut usize,
    mode: &mut u8,
    depth: u32,
) -> PyResult<String> {
    let c: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '{' {
            if c.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nesting for the spec).
            let mut j = i + 1;
            let mut level = 1;
            while j < c.len() {
                if c[j] == '{' {
                    level += 1;
                } else if c[j] == '}' {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                } else if c[j] == '[' {
                    // Skip to ']' inside the field name.
                    while j < c.len() && c[j] != ']' {
                        j += 1;
                    }
                }
                j += 1;
            }
            if j >= c.len() {
                return Err(vm.new_value_error("expected '}' before end of string"));
            }
            let field: String = c[i + 1..j].iter().collect();
            i = j + 1;
            // Split field_name [!conv] [:spec].
            let fc: Vec<char> = field.chars().collect();
            let mut k = 0;
            let mut in_bracket = false;
            while k < fc.len() {
                match fc[k] {
                    '[' => in_bracket = true,
                    ']' => in_bracket = false,
                    '!' | ':' if !in_bracket => break,
                    _ => {}
                }
                k += 1;
            }
            let name: String = fc[..k].iter().collect();
            let mut conv = None;
            let mut spec = String::new();
            if k < fc.len() && fc[k] == '!' {
                if k + 1 >= fc.len() {
                    return Err(vm.new_value_error("end of string while looking for conversion specifier"));
                }
                conv = Some(fc[k + 1]);
                k += 2;
                if k < fc.len() && fc[k] != ':' {
                    return Err(vm.new_value_error("expected ':' after conversion specifier"));
                }
            }
            if k < fc.len() && fc[k] == ':' {
                spec = fc[k + 1..].iter().collect();
            }
            let value = resolve_field(vm, &name, args, kwnames, kwvals, mapping, auto, mode)?;
            let value = match conv {
                None => value,
                Some('r') => Value::Obj(vm.repr(&value)?),
                Some('s') => Value::Obj(vm.str(&value)?),
                Some('a') => strobj::new_str(vm.ascii(&value)?),
                Some(other) => {
                    return Err(vm.new_value_error(format!(
                        "Unknown conversion specifier {}",
                        other
                    )))
                }
            };
            if spec.contains('{') {
                if depth == 0 {
                    return Err(vm.new_value_error("Max string recursion exceeded"));
                }
                spec = format_inner(vm, &spec, args, kwnames, kwvals, mapping, auto, mode, depth - 1)?;
            }
            let r = vm.format(&value, &spec)?;
            out.push_str(r.as_rust_str().unwrap_or(""));
        } else if ch == '}' {
            if c.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.new_value_error("Single '}' encountered in format string"));
        } else {
            out.push(ch);
            i += 1;
        }
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn resolve_field(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwnames: &[PyRef],
    kwvals: &[Value],
    mapping: Option<&Value>,
    auto: &mut usize,
    mode: &mut u8,
) -> PyResult<Value> {
    // First part: up to '.' or '['.
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    let mut rest = &name[end..];
    let mut value = if first.is_empty() {
        if *mode == 2 {
            return Err(vm.new_value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        *mode = 1;
        let idx = *auto;
        *auto += 1;
        match args.get(idx) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.new_index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    idx
                )))
            }
        }
    } else if let Ok(idx) = first.parse::<usize>() {
        if *mode == 1 {
            return Err(vm.new_value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *mode = 2;
        match args.get(idx) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.new_index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    idx
                )))
            }
        }
    } else {
        let found = kwnames.iter().position(|k| k.payload_str() == first).map(|i| kwvals[i].clone());
        match (found, mapping) {
            (Some(v), _) => v,
            (None, Some(m)) => vm.getitem(m, &strobj::new_str(first.to_string()))?,
            (None, None) => return Err(vm.new_key_error(strobj::new_str(first.to_string()))),
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..e];
            if attr.is_empty() {
                return Err(vm.new_value_error("Empty attribute in format string"));
            }
            value = vm.get_attr_str(&value, attr)?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(e) = r.find(']') else {
                return Err(vm.new_value_error("Missing ']' in format string"));
            };
            let key = &r[..e];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => strobj::new_str(key.to_string()),
            };
            value = vm.getitem(&value, &k)?;
            rest = &r[e + 1..];
        } else {
            return Err(vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

// ----- % formatting -----

struct PercentArgs {
    items: Vec<Value>,
    mapping: Option<Value>,
    pos: usize,
}

impl PercentArgs {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.pos) {
            Some(v) => {
                self.pos += 1;
                Ok(v.clone())
            }
            None => Err(vm.new_type_error("not enough arguments for format string")),
        }
    }
}

fn percent_args(vm: &mut Vm, args: &Value) -> PercentArgs {
    if let Some(t) = tupleobj::tuple_items(args) {
        if types::class_ptr(args) == std::rc::Rc::as_ptr(&types().tuple) || true {
            return PercentArgs { items: t.to_vec(), mapping: None, pos: 0 };
        }
    }
    let is_mapping = !matches!(args.payload(), Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)))
        && types::lookup_str(&types::class_of(args), "__getitem__").is_some()
        && !matches!(args.payload(), Some(Payload::Tuple(_) | Payload::List(_) | Payload::Range(_)));
    let _ = vm;
    PercentArgs { items: vec![args.clone()], mapping: if is_mapping { Some(args.clone()) } else { None }, pos: 0 }
}

/// One %-conversion on a value; returns the text.
fn percent_one(vm: &mut Vm, conv: char, v: &Value, sp: &Spec, bytes_mode: bool) -> PyResult<String> {
    match conv {
        's' | 'r' | 'a' => {
            let s = if bytes_mode && conv == 's' {
                match crate::objects::bytesobj::bytes_data(v) {
                    Some(d) => String::from_utf8_lossy(&d).to_string(),
                    None => {
                        return Err(vm.new_type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            types::type_name(v)
                        )))
                    }
                }
            } else {
                match conv {
                    's' => vm.str_string(v)?,
                    'r' => vm.repr_string(v)?,
                    _ => vm.ascii(v)?,
                }
            };
            let body: String = match sp.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            };
            let mut sp2 = sp.clone();
            sp2.zero = false;
            Ok(pad(&sp2, "", &body, '>'))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = match v {
                Value::Float(f) => intobj::to_bigint(&intobj::float_to_int(vm, *f)?).unwrap_or_default(),
                _ => match intobj::to_bigint(v) {
                    Some(b) => b,
                    None => {
                        let cls = types::class_of(v);
                        if matches!(conv, 'd' | 'i' | 'u') {
                            if let Some(m) = types::lookup_str(&cls, "__int__") {
                                let r = vm.call_special(&m, v, &[])?;
                                intobj::to_bigint(&r).unwrap_or_default()
                            } else if let Some(m) = types::lookup_str(&cls, "__index__") {
                                let r = vm.call_special(&m, v, &[])?;
                                intobj::to_bigint(&r).unwrap_or_default()
                            } else if let Payload::Float(f) = v.payload().map(|p| p).unwrap_or(&Payload::Ellipsis) {
                                intobj::f64_to_bigint(f.trunc())
                            } else {
                                return Err(vm.new_type_error(format!(
                                    "%{} format: a real number is required, not {}",
                                    conv,
                                    types::type_name(v)
                                )));
                            }
                        } else {
                            match types::lookup_str(&cls, "__index__") {
                                Some(m) => {
                                    let r = vm.call_special(&m, v, &[])?;
                                    intobj::to_bigint(&r).unwrap_or_default()
                                }
                                None => {
                                    return Err(vm.new_type_error(format!(
                                        "%{} format: an integer is required, not {}",
                                        conv,
                                        types::type_name(v)
                                    )))
                                }
                            }
                        }
                    }
                },
            };
            let neg = n.is_negative();
            let mag = n.abs();
            let mut digits = match conv {
                'x' => mag.to_str_radix(16),
                'X' => mag.to_str_radix(16).to_uppercase(),
                'o' => mag.to_str_radix(8),
                _ => mag.to_string(),
            };
            if let Some(p) = sp.precision {
                while digits.len() < p {
                    digits.insert(0, '0');
                }
            }
            let prefix = if sp.alt {
                match conv {
                    'x' => "0x",
                    'X' => "0X",
                    'o' => "0o",
                    _ => "",
                }
            } else {
                ""
            };
            let sign = sign_str(neg, sp.sign);
            Ok(pad(sp, &format!("{}{}", sign, prefix), &digits, '>'))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match floatobj::to_f64(vm, v) {
                Ok(f) => f,
                Err(_) => {
                    return Err(vm.new_type_error(format!(
                        "must be real number, not {}",
                        types::type_name(v)
                    )))
                }
            };
            let mut sp2 = sp.clone();
            sp2.ty = Some(conv);
            if sp2.precision.is_none() {
                sp2.precision = Some(6);
            }
            format_float(vm, f, &sp2)
        }
        'c' => {
            if bytes_mode {
                let b = match v {
                    Value::Int(i) if (0..256).contains(i) => *i as u8,
                    _ => match crate::objects::bytesobj::bytes_data(v) {
                        Some(d) if d.len() == 1 => d[0],
                        _ => return Err(vm.new_type_error("%c requires an integer in range(256) or a single byte")),
                    },
                };
                return Ok(pad(sp, "", &(b as char).to_string(), '>'));
            }
            let ch = match v {
                Value::Int(i) => char::from_u32(*i as u32).filter(|_| (0..0x110000).contains(i)).ok_or_else(|| vm.new_overflow_error("%c arg not in range(0x110000)"))?,
                _ => match v.as_rust_str() {
                    Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                    _ => return Err(vm.new_type_error("%c requires int or char")),
                },
            };
            Ok(pad(sp, "", &ch.to_string(), '>'))
        }
        other => Err(vm.new_value_error(format!(
            "unsupported format character '{}' ({:#x}) at index {}",
            other, other as u32, 0
        ))),
    }
}

fn percent_format(vm: &mut Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let mut pa = percent_args(vm, args);
    let c: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let mut used_mapping = false;
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= c.len() {
            return Err(vm.new_value_error("incomplete format"));
        }
        let mut value: Option<Value> = None;
        if c[i] == '(' {
            let Some(m) = pa.mapping.clone() else {
                return Err(vm.new_type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let ks = i + 1;
            i += 1;
            while i < c.len() && depth > 0 {
                if c[i] == '(' {
                    depth += 1;
                } else if c[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.new_value_error("incomplete format key"));
            }
            let key: String = c[ks..i - 1].iter().collect();
            let k = if bytes_mode { crate::objects::bytesobj::new_bytes(key.into_bytes()) } else { strobj::new_str(key) };
            value = Some(vm.getitem(&m, &k)?);
            used_mapping = true;
        }
        let mut sp = Spec::default();
        while i < c.len() {
            match c[i] {
                '-' => sp.align = Some('<'),
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                '0' => sp.zero = true,
                _ => break,
            }
            i += 1;
        }
        if sp.align == Some('<') {
            sp.zero = false;
        }
        if i < c.len() && c[i] == '*' {
            let w = pa.next(vm)?;
            let w = intobj::to_i64(&w).ok_or_else(|| vm.new_type_error("* wants int"))?;
            if w < 0 {
                sp.align = Some('<');
                sp.zero = false;
            }
            sp.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let ws = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            if i > ws {
                sp.width = c[ws..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            if i < c.len() && c[i] == '*' {
                let p = pa.next(vm)?;
                sp.precision = Some(intobj::to_i64(&p).unwrap_or(0).max(0) as usize);
                i += 1;
            } else {
                let ps = i;
                while i < c.len() && c[i].is_ascii_digit() {
                    i += 1;
                }
                sp.precision = Some(c[ps..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < c.len() && matches!(c[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= c.len() {
            return Err(vm.new_value_error("incomplete format"));
        }
        let conv = c[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if !matches!(conv, 's' | 'r' | 'a' | 'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' | 'b') {
            return Err(vm.new_value_error(format!(
                "unsupported format character '{}' ({:#x}) at index {}",
                conv,
                conv as u32,
                i - 1
            )));
        }
        let conv = if conv == 'b' && bytes_mode { 's' } else { conv };
        let v = match value {
            Some(v) => v,
            None => pa.next(vm)?,
        };
        let _ = start;
        sp.fill = Some(if sp.zero && matches!(conv, 'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G') { '0' } else { ' ' });
        if sp.align.is_none() {
            sp.align = Some(if sp.zero && sp.fill == Some('0') { '=' } else { '>' });
        }
        let s = percent_one(vm, conv, &v, &sp, bytes_mode)?;
        out.push_str(&s);
    }
    if pa.mapping.is_none() && pa.pos < pa.items.len() {
        return Err(vm.new_type_error(format!(
            "not all arguments converted during {} formatting",
            if bytes_mode { "bytes" } else { "string" }
        )));
    }
    let _ = used_mapping;
    Ok(out)
}

/// `str % args`.
pub fn percent_format_str(vm: &mut Vm, l: &Value, r: &Value) -> PyResult<Value> {
    let Some(fmt) = l.as_rust_str().map(|s| s.to_string()) else { return Ok(vm.not_implemented()) };
    percent_format(vm, &fmt, r, false).map(strobj::new_str)
}

/// `bytes % args`.
pub fn percent_format_bytes(vm: &mut Vm, l: &Value, r: &Value) -> PyResult<Value> {
    let Some(d) = crate::objects::bytesobj::bytes_data(l) else { return Ok(vm.not_implemented()) };
    let fmt: String = d.iter().map(|b| *b as char).collect();
    let s = percent_format(vm, &fmt, r, true)?;
    let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    Ok(crate::objects::bytesobj::new_bytes(bytes))
}

pub fn bigint_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
