//! `str`: construction, repr, indexing by code point, and the str methods.

use std::rc::Rc;

use crate::object::*;
use crate::objects::{slots, tupleobj};
use crate::types::{self, types, MethodDef};
use crate::vm::{ArgSpec, PyResult, Vm};

pub fn new_str(s: String) -> Value {
    if s.is_empty() {
        return Value::Obj(types::intern(""));
    }
    if s.len() == 1 {
        return Value::Obj(types::intern(&s));
    }
    Value::Obj(types::new_ref(&types().str_, Payload::Str(PyStr::new(s))))
}

pub fn new_str_ref(s: &str) -> PyRef {
    if s.len() <= 1 {
        return types::intern(s);
    }
    types::new_ref(&types().str_, Payload::Str(PyStr::new(s)))
}

/// Is `c` printable as CPython's `str.isprintable` defines it (approximation by category)?
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || (0x7f..0xa0).contains(&u) {
        return false;
    }
    if c == ' ' {
        return true;
    }
    if u < 0x7f {
        return true;
    }
    // Separators (Zs, Zl, Zp) other than space.
    if c.is_whitespace() || u == 0x2028 || u == 0x2029 {
        return false;
    }
    // Format characters (Cf) and private use (Co), noncharacters.
    matches!(u,
        0x00ad | 0x0600..=0x0605 | 0x061c | 0x06dd | 0x070f | 0x08e2 | 0x180e | 0x200b..=0x200f | 0x202a..=0x202e
        | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0x110bd | 0x110cd | 0x13430..=0x13438
        | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f
        | 0xe000..=0xf8ff | 0xf0000..=0xffffd | 0x100000..=0x10fffd | 0xfffe | 0xffff | 0xd800..=0xdfff
        | 0x0378 | 0x0379 | 0x0380..=0x0383 | 0x038b | 0x038d | 0x03a2 | 0xfdd0..=0xfdef
    ) == false
}

/// repr() of a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{:02x}", u));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", u));
                } else {
                    out.push_str(&format!("\\U{:08x}", u));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: escapes all non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{:02x}", u));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{:04x}", u));
        } else {
            out.push_str(&format!("\\U{:08x}", u));
        }
    }
    out
}

/// The str payload of `v`, with a TypeError naming the method otherwise.
fn self_str<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    match args.pos.first().and_then(|v| v.as_rust_str()) {
        Some(s) => Ok(s),
        None => Err(vm.new_type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            args.pos.first().map(types::type_name).unwrap_or_default()
        ))),
    }
}

fn arg_str<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.as_rust_str() {
        Some(s) => Ok(s),
        None => Err(vm.new_type_error(format!("{}must be str, not {}", what, types::type_name(v)))),
    }
}

/// The i-th code point (0-based), for in-range i.
pub fn char_at(s: &PyStr, i: usize) -> Option<char> {
    if s.is_ascii() {
        return s.as_str().as_bytes().get(i).map(|b| *b as char);
    }
    s.as_str().chars().nth(i)
}

/// Substring by code-point range [start, stop).
pub fn substr(s: &PyStr, start: usize, stop: usize) -> String {
    if stop <= start {
        return String::new();
    }
    if s.is_ascii() {
        return s.as_str()[start..stop.min(s.as_str().len())].to_string();
    }
    s.as_str().chars().skip(start).take(stop - start).collect()
}

/// Byte offset of code point `i` in `s`.
fn byte_offset(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Normalises optional start/end arguments (as slice indices) to a code-point range.
fn start_end(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let get = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.index(v)?;
                Ok(crate::objects::intobj::to_i64(&i).unwrap_or(if crate::objects::intobj::to_bigint(&i).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false) { i64::MIN } else { i64::MAX }))
            }
        }
    };
    let n = len as i64;
    let mut s = get(vm, args.first(), 0)?;
    let mut e = get(vm, args.get(1), n)?;
    if s < 0 {
        s = (s + n).max(0);
    }
    if e < 0 {
        e = (e + n).max(0);
    }
    Ok((s.min(n).max(0) as usize, e.min(n).max(0) as usize))
}

// ----- constructor -----

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].clone();
    let rest = Args { pos: &args.pos[1..], ..args };
    let b = rest.bind(vm, &ArgSpec { name: "str", params: &["object", "encoding", "errors"], required: 0, posonly: 0, kwonly: 0 })?;
    let s: PyRef = match (&b[0], &b[1], &b[2]) {
        (None, None, None) => types::intern(""),
        (Some(o), None, None) => vm.str(o)?,
        (o, enc, errors) => {
            let o = o.clone().unwrap_or_else(|| crate::objects::bytesobj::new_bytes(vec![]));
            let data = match crate::objects::bytesobj::bytes_data(&o) {
                Some(d) => d,
                None => {
                    return Err(vm.new_type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        types::type_name(&o)
                    )))
                }
            };
            let enc = enc.as_ref().and_then(|e| e.as_rust_str().map(|s| s.to_string())).unwrap_or_else(|| "utf-8".into());
            let errors = errors.as_ref().and_then(|e| e.as_rust_str().map(|s| s.to_string())).unwrap_or_else(|| "strict".into());
            let s = crate::codecs::decode(vm, &data, &enc, &errors)?;
            new_str_ref(&s)
        }
    };
    match &cls {
        Value::Obj(c) if !Rc::ptr_eq(c, &types().str_) => {
            let has_dict = types::type_data(c).map(|t| t.has_flag(types::type_flags::HAS_DICT)).unwrap_or(false);
            let payload = Payload::Str(PyStr::new(s.payload_str()));
            Ok(if has_dict { types::new_obj_with_dict(c, payload) } else { types::new_obj(c, payload) })
        }
        _ => Ok(Value::Obj(s)),
    }
}

// ----- methods -----

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = self_str(vm, &args, "join")?;
    args.exact(vm, "str.join", 2)?;
    let items = vm.collect_iter(&args.pos[1])?;
    let mut total = 0;
    for (i, it) in items.iter().enumerate() {
        match it.as_rust_str() {
            Some(s) => total += s.len(),
            None => {
                return Err(vm.new_type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    types::type_name(it)
                )))
            }
        }
    }
    if items.len() == 1 {
        if let Value::Obj(o) = &items[0] {
            if types::is_exact_str(o) {
                return Ok(items[0].clone());
            }
        }
    }
    total += sep.len() * items.len().saturating_sub(1);
    vm.check_alloc(total)?;
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(it.as_rust_str().unwrap_or(""));
    }
    Ok(new_str(out))
}

fn split_impl(vm: &mut Vm, args: Args, name: &'static str, right: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let rest = Args { pos: &args.pos[1..], ..args };
    let b = rest.bind(vm, &ArgSpec { name, params: &["sep", "maxsplit"], required: 0, posonly: 0, kwonly: 0 })?;
    let maxsplit = match &b[1] {
        Some(v) => crate::objects::intobj::to_i64(&vm.index(v)?).unwrap_or(-1),
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let parts: Vec<String> = match &b[0] {
        None | Some(Value::None) => {
            // Whitespace splitting.
            let mut parts = Vec::new();
            if !right {
                let mut rest = s.trim_start();
                while !rest.is_empty() {
                    if parts.len() == max {
                        parts.push(rest.to_string());
                        break;
                    }
                    match rest.find(char::is_whitespace) {
                        Some(i) => {
                            parts.push(rest[..i].to_string());
                            rest = rest[i..].trim_start();
                        }
                        None => {
                            parts.push(rest.to_string());
                            break;
                        }
                    }
                }
            } else {
                let mut rest = s.trim_end();
                while !rest.is_empty() {
                    if parts.len() == max {
                        parts.push(rest.to_string());
                        break;
                    }
                    match rest.rfind(char::is_whitespace) {
                        Some(i) => {
                            let c = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            parts.push(rest[i + c..].to_string());
                            rest = rest[..i].trim_end();
                        }
                        None => {
                            parts.push(rest.to_string());
                            break;
                        }
                    }
                }
                parts.reverse();
            }
            parts
        }
        Some(sepv) => {
            let sep = arg_str(vm, sepv, "")?;
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            if !right {
                if max == usize::MAX {
                    s.split(sep).map(|x| x.to_string()).collect()
                } else {
                    s.splitn(max + 1, sep).map(|x| x.to_string()).collect()
                }
            } else {
                let mut v: Vec<String> = if max == usize::MAX {
                    s.rsplit(sep).map(|x| x.to_string()).collect()
                } else {
                    s.rsplitn(max + 1, sep).map(|x| x.to_string()).collect()
                };
                v.reverse();
                v
            }
        }
    };
    Ok(crate::objects::listobj::new_list(parts.into_iter().map(new_str).collect()))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    if args.pos.len() > 2 {
        return Err(vm.new_type_error(format!("{} expected at most 1 argument, got {}", name, args.pos.len() - 1)));
    }
    let r = match args.pos.get(1) {
        None | Some(Value::None) => {
            let mut t = s;
            if left {
                t = t.trim_start();
            }
            if right {
                t = t.trim_end();
            }
            t
        }
        Some(c) => {
            let chars: Vec<char> = arg_str(vm, c, &format!("{} arg ", name))?.chars().collect();
            let mut t = s;
            if left {
                t = t.trim_start_matches(|x| chars.contains(&x));
            }
            if right {
                t = t.trim_end_matches(|x| chars.contains(&x));
            }
            t
        }
    };
    if r.len() == s.len() {
        return Ok(args.pos[0].clone());
    }
    Ok(new_str(r.to_string()))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "replace")?;
    let a = args.range(vm, "replace", 3, 4)?;
    let old = arg_str(vm, &a[1], "replace() argument 1 ")?;
    let new = arg_str(vm, &a[2], "replace() argument 2 ")?;
    let count = match a.get(3) {
        Some(v) => crate::objects::intobj::to_i64(&vm.index(v)?).unwrap_or(-1),
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            // Insert `new` between every character.
            let mut out = String::new();
            out.push_str(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(new_str(out));
        }
        let n = s.matches(old).count();
        vm.check_alloc(s.len() + n * new.len())?;
        return Ok(new_str(s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut done = 0;
        if done < count {
            out.push_str(new);
            done += 1;
        }
        for c in s.chars() {
            out.push(c);
            if done < count {
                out.push_str(new);
                done += 1;
            }
        }
        return Ok(new_str(out));
    }
    Ok(new_str(s.replacen(old, new, count as usize)))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let a = args.range(vm, name, 2, 4)?;
    let len = char_count(s);
    let (st, en) = start_end(vm, &a[2..], len)?;
    if st > len || (st > en && !(st == len && en == len)) {
        // CPython: start beyond end never matches (even the empty affix) unless both at end.
        if st > en {
            return Ok(Value::Bool(false));
        }
    }
    let (bs, be) = (byte_offset(s, st), byte_offset(s, en.max(st)));
    let sub = &s[bs..be];
    let check = |vm: &mut Vm, p: &Value| -> PyResult<bool> {
        match p.as_rust_str() {
            Some(p) => Ok(if ends { sub.ends_with(p) } else { sub.starts_with(p) }),
            None => Err(vm.new_type_error(format!(
                "tuple for {} must only contain str, not {}",
                name,
                types::type_name(p)
            ))),
        }
    };
    match a[1].payload() {
        Some(Payload::Tuple(items)) => {
            let items = items.to_vec();
            for p in &items {
                if check(vm, p)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        Some(Payload::Str(p)) => Ok(Value::Bool(if ends { sub.ends_with(p.as_str()) } else { sub.starts_with(p.as_str()) })),
        _ => Err(vm.new_type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            types::type_name(&a[1])
        ))),
    }
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}
fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

/// Finds `sub` in s[start:end]; returns the code-point index.
fn find_impl(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<Option<usize>> {
    let s = self_str(vm, args, name)?;
    let a = args.range(vm, name, 2, 4)?;
    let sub = arg_str(vm, &a[1], &format!("{}() argument 1 ", name)).map_err(|_| {
        vm.new_type_error(format!("must be str, not {}", types::type_name(&a[1])))
    })?;
    let len = char_count(s);
    let (st, en) = start_end(vm, &a[2..], len)?;
    if st > en || st > len {
        return Ok(None);
    }
    let (bs, be) = (byte_offset(s, st), byte_offset(s, en));
    let hay = &s[bs..be];
    let pos = if right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(pos.map(|p| st + char_count(&hay[..p])))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "find", false)?.map(|i| i as i64).unwrap_or(-1)))
}
fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "rfind", true)?.map(|i| i as i64).unwrap_or(-1)))
}
fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_value_error("substring not found")),
    }
}
fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "count")?;
    let a = args.range(vm, "count", 2, 4)?;
    let sub = arg_str(vm, &a[1], "")?;
    let len = char_count(s);
    let (st, en) = start_end(vm, &a[2..], len)?;
    if st > en {
        return Ok(Value::Int(0));
    }
    let hay = &s[byte_offset(s, st)..byte_offset(s, en)];
    if sub.is_empty() {
        return Ok(Value::Int(char_count(hay) as i64 + 1));
    }
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

fn map_str(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    args.exact(vm, name, 1)?;
    Ok(new_str(f(s)))
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "upper", |s| s.to_uppercase())
}
fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "lower", |s| s.to_lowercase())
}
fn str_casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "casefold", |s| s.to_lowercase().replace('ß', "ss"))
}
fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "swapcase", |s| {
        s.chars()
            .map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<String>()
                } else if c.is_lowercase() {
                    c.to_uppercase().collect::<String>()
                } else {
                    c.to_string()
                }
            })
            .collect()
    })
}
fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "capitalize", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(f) => {
                let mut out: String = title_char(f);
                out.push_str(&cs.as_str().to_lowercase());
                out
            }
            None => String::new(),
        }
    })
}

fn title_char(c: char) -> String {
    // Titlecase for digraphs; uppercase otherwise.
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => "ǅ".into(),
        'ǉ' | 'ǈ' | 'Ǉ' => "ǈ".into(),
        'ǌ' | 'ǋ' | 'Ǌ' => "ǋ".into(),
        'ǳ' | 'ǲ' | 'Ǳ' => "ǲ".into(),
        _ => c.to_uppercase().collect(),
    }
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
}

fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "title", |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.push_str(&title_char(c));
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

fn pred_str(vm: &mut Vm, args: Args, name: &str, empty: bool, f: fn(char) -> bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    args.exact(vm, name, 1)?;
    if s.is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(s.chars().all(f)))
}

fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isdigit", false, |c| c.is_ascii_digit() || crate::unicode::is_digit(c))
}
fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isdecimal", false, |c| c.is_ascii_digit() || crate::unicode::is_decimal(c))
}
fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isnumeric", false, |c| c.is_numeric())
}
fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isalpha", false, |c| c.is_alphabetic() && !c.is_numeric() && !crate::unicode::is_mark(c))
}
fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isalnum", false, |c| (c.is_alphabetic() && !crate::unicode::is_mark(c)) || c.is_numeric())
}
fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isspace", false, |c| c.is_whitespace() || matches!(c, '\x1c'..='\x1f'))
}
fn str_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isascii", true, |c| c.is_ascii())
}
fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isprintable", true, is_printable)
}

fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "isupper")?;
    Ok(Value::Bool(s.chars().any(is_cased) && !s.chars().any(|c| c.is_lowercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ'))))
}
fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "islower")?;
    Ok(Value::Bool(s.chars().any(is_cased) && !s.chars().any(|c| c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ'))))
}
fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ') {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if crate::lexer::is_id_start(c) => cs.all(crate::lexer::is_id_continue),
        _ => false,
    }
}

fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "isidentifier")?;
    Ok(Value::Bool(is_identifier(s)))
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, align: char) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let a = args.range(vm, name, 2, 3)?;
    let width = crate::objects::intobj::to_i64(&vm.index(&a[1])?).unwrap_or(0);
    let fill = match a.get(2) {
        Some(f) => {
            let fs = arg_str(vm, f, &format!("{}() argument 2 ", name))?;
            let mut cs = fs.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.new_type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let len = char_count(s) as i64;
    if width <= len {
        return Ok(args.pos[0].clone());
    }
    let total = (width - len) as usize;
    vm.check_alloc(total * fill.len_utf8())?;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's center: extra padding goes left when total is odd and width is odd.
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::with_capacity(s.len() + total);
    for _ in 0..left {
        out.push(fill);
    }
    out.push_str(s);
    for _ in 0..right {
        out.push(fill);
    }
    Ok(new_str(out))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", '^')
}
fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", '<')
}
fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", '>')
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "zfill")?;
    let a = args.exact(vm, "zfill", 2)?;
    let width = crate::objects::intobj::to_i64(&vm.index(&a[1])?).unwrap_or(0);
    let len = char_count(s) as i64;
    if width <= len {
        return Ok(args.pos[0].clone());
    }
    let fill = (width - len) as usize;
    let mut out = String::with_capacity(width as usize);
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    if let Some(c) = sign {
        out.push(c);
    }
    for _ in 0..fill {
        out.push('0');
    }
    out.push_str(rest);
    Ok(new_str(out))
}

fn str_partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let s = self_str(vm, &args, name)?;
    let a = args.exact(vm, name, 2)?;
    let sep = arg_str(vm, &a[1], "")?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let found = if right { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => vec![new_str(s[..i].to_string()), a[1].clone(), new_str(s[i + sep.len()..].to_string())],
        None => {
            if right {
                vec![new_str(String::new()), new_str(String::new()), args.pos[0].clone()]
            } else {
                vec![args.pos[0].clone(), new_str(String::new()), new_str(String::new())]
            }
        }
    };
    Ok(tupleobj::new_tuple(parts))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_partition_impl(vm, args, false)
}
fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_partition_impl(vm, args, true)
}

/// Splits lines at all of Python's line boundaries.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = i + 1;
            if c == '\r' && i + 1 < chars.len() && chars[i + 1] == '\n' {
                end = i + 2;
            }
            let line: String = if keepends { chars[start..end].iter().collect() } else { chars[start..i].iter().collect() };
            out.push(line);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        out.push(chars[start..].iter().collect());
    }
    out
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "splitlines")?;
    let rest = Args { pos: &args.pos[1..], ..args };
    let b = rest.bind(vm, &ArgSpec { name: "splitlines", params: &["keepends"], required: 0, posonly: 0, kwonly: 0 })?;
    let keep = match &b[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(crate::objects::listobj::new_list(splitlines(s, keep).into_iter().map(new_str).collect()))
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "removeprefix")?;
    let a = args.exact(vm, "removeprefix", 2)?;
    let p = arg_str(vm, &a[1], "removeprefix() argument ")?;
    match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r.to_string())),
        _ => Ok(args.pos[0].clone()),
    }
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "removesuffix")?;
    let a = args.exact(vm, "removesuffix", 2)?;
    let p = arg_str(vm, &a[1], "removesuffix() argument ")?;
    match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r.to_string())),
        _ => Ok(args.pos[0].clone()),
    }
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "expandtabs")?;
    let rest = Args { pos: &args.pos[1..], ..args };
    let b = rest.bind(vm, &ArgSpec { name: "expandtabs", params: &["tabsize"], required: 0, posonly: 0, kwonly: 0 })?;
    let ts = match &b[0] {
        Some(v) => crate::objects::intobj::to_i64(&vm.index(v)?).unwrap_or(8),
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    for _ in 0..n {
                        out.push(' ');
                    }
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "encode")?.to_string();
    let rest = Args { pos: &args.pos[1..], ..args };
    let b = rest.bind(vm, &ArgSpec { name: "encode", params: &["encoding", "errors"], required: 0, posonly: 0, kwonly: 0 })?;
    let enc = b[0].as_ref().and_then(|e| e.as_rust_str().map(|s| s.to_string())).unwrap_or_else(|| "utf-8".into());
    let errors = b[1].as_ref().and_then(|e| e.as_rust_str().map(|s| s.to_string())).unwrap_or_else(|| "strict".into());
    let data = crate::codecs::encode(vm, &s, &enc, &errors)?;
    Ok(crate::objects::bytesobj::new_bytes(data))
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "format")?.to_string();
    let r = crate::format::str_format(vm, &s, &args.pos[1..], args.kwnames, args.kwvals, None)?;
    Ok(new_str(r))
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "format_map")?.to_string();
    let a = args.exact(vm, "format_map", 2)?;
    let r = crate::format::str_format(vm, &s, &[], &[], &[], Some(&a[1]))?;
    Ok(new_str(r))
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "maketrans", 1, 3)?;
    let d = crate::objects::dictobj::new_dict();
    let dd = crate::objects::dictobj::as_dict(&d).expect("new dict");
    if a.len() == 1 {
        let Some(src) = crate::objects::dictobj::as_dict(&a[0]) else {
            return Err(vm.new_type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in src.items() {
            let key = match &k {
                Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => {
                    let ks = o.payload_str();
                    let mut cs = ks.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => return Err(vm.new_value_error("string keys in translate table must be of length 1")),
                    }
                }
                Value::Int(_) => k.clone(),
                _ => return Err(vm.new_type_error("keys in translate table must be strings or integers")),
            };
            dd.set(vm, key, v)?;
        }
        return Ok(d);
    }
    let x: Vec<char> = arg_str(vm, &a[0], "")?.chars().collect();
    let y: Vec<char> = arg_str(vm, &a[1], "")?.chars().collect();
    if x.len() != y.len() {
        return Err(vm.new_value_error("the first two maketrans arguments must have equal length"));
    }
    for (c, t) in x.iter().zip(y.iter()) {
        dd.set(vm, Value::Int(*c as i64), Value::Int(*t as i64))?;
    }
    if let Some(z) = a.get(2) {
        for c in arg_str(vm, z, "")?.chars() {
            dd.set(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "translate")?.to_string();
    let a = args.exact(vm, "translate", 2)?;
    let table = a[1].clone();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => match char::from_u32(i as u32) {
                Some(ch) if (0..=0x10ffff).contains(&i) => out.push(ch),
                _ => return Err(vm.new_value_error("character mapping must be in range(0x110000)")),
            },
            Ok(v) => match v.as_rust_str() {
                Some(t) => out.push_str(t),
                None => return Err(vm.new_type_error("character mapping must return integer, None or str")),
            },
            Err(e) if vm.exception_matches(&e, &types().exc.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_str(out))
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__getnewargs__")?;
    Ok(tupleobj::new_tuple(vec![new_str(s.to_string())]))
}

fn str_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__sizeof__")?;
    let n = char_count(s);
    let width = s.chars().map(|c| if (c as u32) < 256 { 1 } else if (c as u32) < 65536 { 2 } else { 4 }).max().unwrap_or(1);
    let base = if s.is_ascii() { 49 } else if width == 1 { 73 } else { 74 };
    Ok(Value::Int((base + n * width) as i64))
}

pub static STR_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", str_new),
    MethodDef::method("join", str_join),
    MethodDef::method("split", str_split),
    MethodDef::method("rsplit", str_rsplit),
    MethodDef::method("strip", str_strip),
    MethodDef::method("lstrip", str_lstrip),
    MethodDef::method("rstrip", str_rstrip),
    MethodDef::method("replace", str_replace),
    MethodDef::method("startswith", str_startswith),
    MethodDef::method("endswith", str_endswith),
    MethodDef::method("find", str_find),
    MethodDef::method("rfind", str_rfind),
    MethodDef::method("index", str_index),
    MethodDef::method("rindex", str_rindex),
    MethodDef::method("count", str_count),
    MethodDef::method("upper", str_upper),
    MethodDef::method("lower", str_lower),
    MethodDef::method("casefold", str_casefold),
    MethodDef::method("swapcase", str_swapcase),
    MethodDef::method("capitalize", str_capitalize),
    MethodDef::method("title", str_title),
    MethodDef::method("isdigit", str_isdigit),
    MethodDef::method("isdecimal", str_isdecimal),
    MethodDef::method("isnumeric", str_isnumeric),
    MethodDef::method("isalpha", str_isalpha),
    MethodDef::method("isalnum", str_isalnum),
    MethodDef::method("isspace", str_isspace),
    MethodDef::method("isascii", str_isascii),
    MethodDef::method("isprintable", str_isprintable),
    MethodDef::method("isupper", str_isupper),
    MethodDef::method("islower", str_islower),
    MethodDef::method("istitle", str_istitle),
    MethodDef::method("isidentifier", str_isidentifier),
    MethodDef::method("center", str_center),
    MethodDef::method("ljust", str_ljust),
    MethodDef::method("rjust", str_rjust),
    MethodDef::method("zfill", str_zfill),
    MethodDef::method("partition", str_partition),
    MethodDef::method("rpartition", str_rpartition),
    MethodDef::method("splitlines", str_splitlines),
    MethodDef::method("removeprefix", str_removeprefix),
    MethodDef::method("removesuffix", str_removesuffix),
    MethodDef::method("expandtabs", str_expandtabs),
    MethodDef::method("encode", str_encode),
    MethodDef::method("format", str_format),
    MethodDef::method("format_map", str_format_map),
    MethodDef::staticmethod("maketrans", str_maketrans),
    MethodDef::method("translate", str_translate),
    MethodDef::method("__getnewargs__", str_getnewargs),
    MethodDef::method("__sizeof__", str_sizeof),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__str__", slots::str_),
    MethodDef::method("__hash__", slots::hash),
    MethodDef::method("__format__", slots::format),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__getitem__", slots::getitem),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__lt__", slots::lt),
    MethodDef::method("__le__", slots::le),
    MethodDef::method("__gt__", slots::gt),
    MethodDef::method("__ge__", slots::ge),
    MethodDef::method("__add__", slots::add),
    MethodDef::method("__mul__", slots::mul),
    MethodDef::method("__rmul__", slots::rmul),
    MethodDef::method("__mod__", slots::mod_),
    MethodDef::method("__rmod__", slots::rmod),
];
