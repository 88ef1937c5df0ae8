//! `str`: construction, repr, indexing by code point, and the str methods, with CPython
//! 3.11's semantics and error messages. Character properties come from `crate::unicode`.

use std::rc::Rc;

use num_bigint::Sign;

use crate::object::*;
use crate::objects::{dictobj, intobj, listobj, sliceobj, slots, tupleobj};
use crate::types::{self, types, MethodDef};
use crate::unicode::{self, Case};
use crate::vm::{PyResult, Vm};

pub fn new_str(s: String) -> Value {
    if s.len() <= 1 {
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

/// Is `c` printable as CPython's `str.isprintable` (and repr) define it?
pub fn is_printable(c: char) -> bool {
    unicode::is_printable(c)
}

/// Appends the escape `\xNN`, `\uNNNN` or `\UNNNNNNNN` for code point `u`.
pub(crate) fn push_escape(out: &mut String, u: u32) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = if u < 0x100 {
        write!(out, "\\x{:02x}", u)
    } else if u < 0x10000 {
        write!(out, "\\u{:04x}", u)
    } else {
        write!(out, "\\U{:08x}", u)
    };
}

/// repr() of a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
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
            c if unicode::is_printable(c) => out.push(c),
            c => push_escape(&mut out, unicode::code_of(c)),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: escapes all non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, unicode::code_of(c));
        }
    }
    out
}

// ----- argument helpers with CPython's messages (shared with bytes and memoryview) -----

/// No keyword arguments: "{qual}() takes no keyword arguments".
pub(crate) fn no_kw(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", qual)));
    }
    Ok(())
}

/// A METH_NOARGS method: only self.
pub(crate) fn noargs(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<()> {
    no_kw(vm, args, qual)?;
    if args.pos.len() != 1 {
        return Err(vm.new_type_error(format!(
            "{}() takes no arguments ({} given)",
            qual,
            args.pos.len() - 1
        )));
    }
    Ok(())
}

/// A METH_O method: self and exactly one argument.
pub(crate) fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, qual: &str) -> PyResult<&'a Value> {
    no_kw(vm, args, qual)?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual,
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(&args.pos[1])
}

/// Positional-only arguments checked with `_PyArg_CheckPositional` ("{name} expected at
/// least 1 argument, got 0"); returns the arguments after self.
pub(crate) fn pos_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, args, qual)?;
    let a = &args.pos[1.min(args.pos.len())..];
    let n = a.len();
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    if n < min {
        return Err(vm.new_type_error(format!(
            "{} expected at least {} {}, got {}",
            name,
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(vm.new_type_error(format!(
            "{} expected at most {} {}, got {}",
            name,
            max,
            plural(max),
            n
        )));
    }
    Ok(a)
}

/// Positional-only arguments checked with `PyArg_ParseTuple` ("find() takes at least 1
/// argument (0 given)"); returns the arguments after self.
pub(crate) fn tuple_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, args, qual)?;
    let a = &args.pos[1.min(args.pos.len())..];
    let n = a.len();
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    if n < min {
        return Err(vm.new_type_error(format!(
            "{}() takes at least {} {} ({} given)",
            name,
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(vm.new_type_error(format!(
            "{}() takes at most {} {} ({} given)",
            name,
            max,
            plural(max),
            n
        )));
    }
    Ok(a)
}

/// Argument Clinic binding (`_PyArg_UnpackKeywords`) of the arguments after self: the first
/// `posonly` parameters are positional-only, the first `required` must be given.
pub(crate) fn clinic_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    params: &[&str],
    required: usize,
    posonly: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos[1.min(args.pos.len())..];
    clinic_bind(
        vm,
        pos,
        args.kwnames,
        args.kwvals,
        name,
        params,
        required,
        posonly,
    )
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn clinic_bind(
    vm: &mut Vm,
    pos: &[Value],
    kwnames: &[PyRef],
    kwvals: &[Value],
    name: &str,
    params: &[&str],
    required: usize,
    posonly: usize,
) -> PyResult<Vec<Option<Value>>> {
    let (nargs, nkw) = (pos.len(), kwnames.len());
    let max = params.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if nargs + nkw > max {
        return Err(vm.new_type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            max,
            if nargs == 0 { "keyword " } else { "" },
            plural(max),
            nargs + nkw
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    // A stray keyword is reported after the missing-argument checks, as CPython does.
    let mut stray: Option<String> = None;
    for (k, v) in kwnames.iter().zip(kwvals) {
        let kn = k.payload_str();
        match params.iter().position(|p| *p == kn) {
            Some(i) if i >= posonly && i >= nargs => out[i] = Some(v.clone()),
            Some(i) if i >= posonly => {
                stray.get_or_insert_with(|| {
                    format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        name,
                        kn,
                        i + 1
                    )
                });
            }
            _ => {
                stray.get_or_insert_with(|| {
                    format!("'{}' is an invalid keyword argument for {}()", kn, name)
                });
            }
        }
    }
    if nargs < posonly.min(required) {
        let least = posonly.min(required);
        return Err(vm.new_type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            name,
            if least < max { "at least" } else { "exactly" },
            least,
            plural(least),
            nargs
        )));
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.new_type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                name,
                params[i],
                i + 1
            )));
        }
    }
    if let Some(msg) = stray {
        return Err(vm.new_type_error(msg));
    }
    Ok(out)
}

/// A `Py_ssize_t` argument (`__index__`; OverflowError past the C range).
pub(crate) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = vm.index(v)?;
    intobj::to_i64(&i)
        .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C ssize_t"))
}

/// An optional slice index for find/count/startswith (None means the default); huge values
/// are clamped as CPython's `_PyEval_SliceIndex` does.
pub(crate) fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(v) => {
            let cls = types::class_of(v);
            if !intobj::is_int(v) && types::lookup_str(&cls, "__index__").is_none() {
                return Err(vm.new_type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            let i = vm.index(v)?;
            Ok(Some(match intobj::to_i64(&i) {
                Some(n) => n,
                None => match intobj::to_bigint(&i) {
                    Some(b) if b.sign() == Sign::Minus => i64::MIN,
                    _ => i64::MAX,
                },
            }))
        }
    }
}

/// CPython's ADJUST_INDICES: clamps `end` to `len` and makes negative indices relative.
/// `start` may stay beyond `len`.
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let n = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(n);
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    (s, e)
}

// ----- access to self and arguments -----

/// The str payload of `self`, with CPython's descriptor TypeError otherwise.
fn self_str<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    match args.pos.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(s),
        None => Err(vm.new_type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            args.pos.first().map(types::type_name).unwrap_or_default()
        ))),
    }
}

/// A str argument; otherwise TypeError "{what}must be str, not T".
fn arg_str<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.as_rust_str() {
        Some(s) => Ok(s),
        None => Err(vm.new_type_error(format!("{}must be str, not {}", what, types::type_name(v)))),
    }
}

/// The type name CPython's Argument Clinic shows in "must be X, not T" ("None" for None).
pub(crate) fn clinic_type_name(v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        types::type_name(v)
    }
}

/// A str argument checked by Argument Clinic: "{what}must be str, not T".
fn clinic_str<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.as_rust_str() {
        Some(s) => Ok(s),
        None => Err(vm.new_type_error(format!("{}must be str, not {}", what, clinic_type_name(v)))),
    }
}

/// `self` unchanged when it is an exact str, else a new exact str with the same text.
fn same_or_copy(v: &Value, s: &str) -> Value {
    if let Value::Obj(o) = v {
        if types::is_exact_str(o) {
            return v.clone();
        }
    }
    new_str(s.to_string())
}

// ----- indexing -----

/// The i-th code point (0-based).
pub fn char_at(s: &PyStr, i: usize) -> Option<char> {
    if s.is_ascii() {
        return s.as_str().as_bytes().get(i).map(|b| *b as char);
    }
    if i >= s.char_len() {
        return None;
    }
    s.as_str()[s.byte_offset(i)..].chars().next()
}

/// Substring by code-point range [start, stop).
pub fn substr(s: &PyStr, start: usize, stop: usize) -> String {
    if stop <= start {
        return String::new();
    }
    s.as_str()[s.byte_offset(start)..s.byte_offset(stop)].to_string()
}

/// Number of code points of a Rust str.
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `s[key]` for a str payload.
/// `s[key]`; `whole` is the str object itself (an exact str's full slice is the same object).
pub fn str_getitem(vm: &mut Vm, s: &PyStr, key: &Value, whole: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(_)) = key.payload() {
        let n = s.char_len();
        let sl = sliceobj::indices(vm, key, n)?;
        if sl.len == 0 {
            return Ok(new_str(String::new()));
        }
        if sl.step == 1 {
            let a = sl.start as usize;
            if a == 0 && sl.len == n && matches!(whole, Value::Obj(o) if types::is_exact_str(o)) {
                return Ok(whole.clone());
            }
            return Ok(new_str(substr(s, a, a + sl.len)));
        }
        let text = s.as_str();
        let mut out = String::with_capacity(sl.len);
        if s.is_ascii() {
            let b = text.as_bytes();
            let mut i = sl.start;
            for _ in 0..sl.len {
                out.push(b[i as usize] as char); // slice indices are within 0..n
                i += sl.step;
            }
        } else {
            let chars: Vec<char> = text.chars().collect();
            let mut i = sl.start;
            for _ in 0..sl.len {
                out.push(chars[i as usize]); // slice indices are within 0..n
                i += sl.step;
            }
        }
        return Ok(new_str(out));
    }
    let n = s.char_len();
    let i = match key {
        Value::Int(i) => {
            let j = if *i < 0 { *i + n as i64 } else { *i };
            if j < 0 || j >= n as i64 {
                return Err(vm.new_index_error("string index out of range"));
            }
            j as usize
        }
        _ => {
            let cls = types::class_of(key);
            if !intobj::is_int(key) && types::lookup_str(&cls, "__index__").is_none() {
                return Err(vm.new_type_error(format!(
                    "string indices must be integers, not '{}'",
                    types::type_name(key)
                )));
            }
            sliceobj::seq_index(vm, key, n, "string")?
        }
    };
    match char_at(s, i) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(Value::Obj(types::intern(c.encode_utf8(&mut buf))))
        }
        None => Err(vm.new_index_error("string index out of range")),
    }
}

// ----- constructor -----

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.new_type_error("str.__new__(): not enough arguments"));
    };
    // Fast path: str(x) for the exact type.
    if args.pos.len() == 2 && !args.has_kw() {
        if let Value::Obj(c) = &cls {
            if Rc::ptr_eq(c, &types().str_) {
                return Ok(Value::Obj(vm.str(&args.pos[1])?));
            }
        }
    }
    crate::objects::listobj::new_cls(vm, &args, "str")?;
    let b = clinic_args(vm, &args, "str", &["object", "encoding", "errors"], 0, 0)?;
    let text_arg = |vm: &mut Vm, v: &Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(x) => match x.as_rust_str() {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(vm.new_type_error(format!(
                    "str() argument '{}' must be str, not {}",
                    what,
                    clinic_type_name(x)
                ))),
            },
        }
    };
    let enc = text_arg(vm, &b[1], "encoding")?;
    let errors = text_arg(vm, &b[2], "errors")?;
    let s: PyRef = match &b[0] {
        None => types::intern(""),
        Some(o) if enc.is_none() && errors.is_none() => vm.str(o)?,
        o => {
            let o = o
                .clone()
                .unwrap_or_else(|| crate::objects::bytesobj::new_bytes(vec![]));
            if o.as_str().is_some() {
                return Err(vm.new_type_error("decoding str is not supported"));
            }
            let data = match crate::objects::bytesobj::buffer_data(&o) {
                Some(d) => d,
                None => {
                    return Err(vm.new_type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        types::type_name(&o)
                    )))
                }
            };
            let s = crate::codecs::decode(
                vm,
                &data,
                enc.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?;
            new_str_ref(&s)
        }
    };
    match &cls {
        Value::Obj(c) if !Rc::ptr_eq(c, &types().str_) => {
            let has_dict = types::type_data(c)
                .map(|t| t.has_flag(types::type_flags::HAS_DICT))
                .unwrap_or(false);
            let payload = Payload::Str(PyStr::new(s.payload_str()));
            Ok(if has_dict {
                types::new_obj_with_dict(c, payload)
            } else {
                types::new_obj(c, payload)
            })
        }
        _ => Ok(Value::Obj(s)),
    }
}

// ----- join, split, strip, replace -----

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = self_str(vm, &args, "join")?.as_str();
    let it = one_arg(vm, &args, "str.join")?;
    // Lists and tuples are joined in place: checking and copying str items runs no
    // Python code, so holding the list borrow is safe.
    // Subclasses may override __iter__: only exact lists and tuples are read directly.
    let exact = types::class_ptr(it) == Rc::as_ptr(&types().list)
        || types::class_ptr(it) == Rc::as_ptr(&types().tuple);
    match it.payload() {
        Some(Payload::List(l)) if exact => {
            let items = l.borrow();
            if let Some(r) = join_str_items(vm, sep, &items) {
                return r;
            }
        }
        Some(Payload::Tuple(t)) if exact => {
            if let Some(r) = join_str_items(vm, sep, t) {
                return r;
            }
        }
        _ => {}
    }
    let items = match it.payload() {
        Some(Payload::List(l)) if exact => l.borrow().clone(),
        Some(Payload::Tuple(t)) if exact => t.to_vec(),
        _ => match vm.iter(it) {
            Ok(i) => {
                let mut v = Vec::new();
                while let Some(x) = vm.next(&i)? {
                    v.push(x);
                }
                v
            }
            Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {
                return Err(vm.new_type_error("can only join an iterable"))
            }
            Err(e) => return Err(e),
        },
    };
    join_values(vm, sep, &items)
}

/// Joins `items` when all are str (None otherwise, to report the error). Runs no Python
/// code, so callers may hold a borrow of the container.
fn join_str_items(vm: &mut Vm, sep: &str, items: &[Value]) -> Option<PyResult<Value>> {
    let mut total = 0usize;
    for it in items {
        total = total.saturating_add(it.as_rust_str()?.len());
    }
    if items.len() == 1 {
        if let Value::Obj(o) = &items[0] {
            if types::is_exact_str(o) {
                return Some(Ok(items[0].clone()));
            }
        }
    }
    total = total.saturating_add(sep.len().saturating_mul(items.len().saturating_sub(1)));
    if let Err(e) = vm.check_alloc(total) {
        return Some(Err(e));
    }
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(it.as_rust_str().unwrap_or(""));
    }
    Some(Ok(new_str(out)))
}

/// `sep.join(items)` for already collected items.
pub fn join_values(vm: &mut Vm, sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut total = 0usize;
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
    total = total.saturating_add(sep.len().saturating_mul(items.len().saturating_sub(1)));
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

/// Splits on runs of whitespace (str.split() without a separator).
pub fn split_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_start_matches(unicode::is_space);
    while !rest.is_empty() {
        if parts.len() == maxsplit {
            parts.push(rest);
            break;
        }
        match rest.find(unicode::is_space) {
            Some(i) => {
                parts.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(unicode::is_space);
            }
            None => {
                parts.push(rest);
                break;
            }
        }
    }
    parts
}

fn rsplit_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_end_matches(unicode::is_space);
    while !rest.is_empty() {
        if parts.len() == maxsplit {
            parts.push(rest);
            break;
        }
        match rest.rfind(unicode::is_space) {
            Some(i) => {
                let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                parts.push(&rest[i + w..]);
                rest = rest[..i].trim_end_matches(unicode::is_space);
            }
            None => {
                parts.push(rest);
                break;
            }
        }
    }
    parts.reverse();
    parts
}

fn split_impl(vm: &mut Vm, args: Args, name: &'static str, right: bool) -> PyResult<Value> {
    let this = &args.pos[0];
    let s = self_str(vm, &args, name)?.as_str();
    let b = clinic_args(vm, &args, name, &["sep", "maxsplit"], 0, 0)?;
    let maxsplit = match &b[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        usize::try_from(maxsplit).unwrap_or(usize::MAX)
    };
    let parts: Vec<&str> = match &b[0] {
        None | Some(Value::None) => {
            if right {
                rsplit_whitespace(s, max)
            } else {
                split_whitespace(s, max)
            }
        }
        Some(sepv) => {
            let Some(sep) = sepv.as_rust_str() else {
                return Err(vm.new_type_error(format!(
                    "must be str or None, not {}",
                    types::type_name(sepv)
                )));
            };
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            match (right, max == usize::MAX) {
                (false, true) => s.split(sep).collect(),
                (false, false) => s.splitn(max.saturating_add(1), sep).collect(),
                (true, true) => {
                    let mut v: Vec<&str> = s.rsplit(sep).collect();
                    v.reverse();
                    v
                }
                (true, false) => {
                    let mut v: Vec<&str> = s.rsplitn(max.saturating_add(1), sep).collect();
                    v.reverse();
                    v
                }
            }
        }
    };
    let items = parts
        .into_iter()
        .map(|p| {
            if p.len() == s.len() {
                same_or_copy(this, s)
            } else {
                new_str(p.to_string())
            }
        })
        .collect();
    Ok(listobj::new_list(items))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?.as_str();
    let a = pos_args(vm, &args, &format!("str.{}", name), name, 0, 1)?;
    let r = match a.first() {
        None | Some(Value::None) => {
            let mut t = s;
            if left {
                t = t.trim_start_matches(unicode::is_space);
            }
            if right {
                t = t.trim_end_matches(unicode::is_space);
            }
            t
        }
        Some(c) => {
            let Some(chars) = c.as_rust_str() else {
                return Err(vm.new_type_error(format!("{} arg must be None or str", name)));
            };
            let mut t = s;
            if chars.is_ascii() {
                let set = chars.as_bytes();
                if left {
                    t = t.trim_start_matches(|x: char| x.is_ascii() && set.contains(&(x as u8)));
                }
                if right {
                    t = t.trim_end_matches(|x: char| x.is_ascii() && set.contains(&(x as u8)));
                }
            } else {
                let set: Vec<char> = chars.chars().collect();
                if left {
                    t = t.trim_start_matches(|x| set.contains(&x));
                }
                if right {
                    t = t.trim_end_matches(|x| set.contains(&x));
                }
            }
            t
        }
    };
    if r.len() == s.len() {
        return Ok(same_or_copy(&args.pos[0], s));
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
    let s = self_str(vm, &args, "replace")?.as_str();
    let a = pos_args(vm, &args, "str.replace", "replace", 2, 3)?;
    let old = clinic_str(vm, &a[0], "replace() argument 1 ")?;
    let new = clinic_str(vm, &a[1], "replace() argument 2 ")?;
    let count = match a.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        usize::try_from(count).unwrap_or(usize::MAX)
    };
    if max == 0 {
        return Ok(same_or_copy(&args.pos[0], s));
    }
    if old.is_empty() {
        // Insert `new` before every character and at the end, up to `max` times.
        let n = char_count(s) + 1;
        let k = n.min(max);
        vm.check_alloc(s.len().saturating_add(new.len().saturating_mul(k)))?;
        let mut out = String::with_capacity(s.len() + new.len() * k);
        let mut done = 0;
        for c in s.chars() {
            if done < k {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < k {
            out.push_str(new);
        }
        return Ok(new_str(out));
    }
    let n = s.matches(old).take(max).count();
    if n == 0 {
        return Ok(same_or_copy(&args.pos[0], s));
    }
    let total = (s.len() - n * old.len()).saturating_add(n.saturating_mul(new.len()));
    vm.check_alloc(total)?;
    Ok(new_str(if max == usize::MAX {
        s.replace(old, new)
    } else {
        s.replacen(old, new, max)
    }))
}

// ----- searching -----

/// The str argument of find/count/index, and the adjusted (start, end) code-point range.
fn search_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a PyStr, &'a str, i64, i64)> {
    let s = self_str(vm, args, name)?;
    let a = tuple_args(vm, args, &format!("str.{}", name), name, 1, 3)?;
    let st = slice_index(vm, a.get(1))?;
    let en = slice_index(vm, a.get(2))?;
    let sub = arg_str(vm, &a[0], "")?;
    let (st, en) = adjust_indices(st, en, s.char_len());
    Ok((s, sub, st, en))
}

/// Finds `sub` in s[start:end]; returns the code-point index.
fn find_impl(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<Option<usize>> {
    let (s, sub, st, en) = search_args(vm, args, name)?;
    let sublen = char_count(sub) as i64;
    if en - st < sublen {
        return Ok(None);
    }
    let (st, en) = (st as usize, en as usize);
    let (bs, be) = (s.byte_offset(st), s.byte_offset(en));
    let hay = &s.as_str()[bs..be];
    let pos = if right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(pos.map(|p| {
        st + if s.is_ascii() {
            p
        } else {
            char_count(&hay[..p])
        }
    }))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, &args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}
fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, &args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
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
    let (s, sub, st, en) = search_args(vm, &args, "count")?;
    let sublen = char_count(sub) as i64;
    if en - st < sublen {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(en - st + 1));
    }
    let hay = &s.as_str()[s.byte_offset(st as usize)..s.byte_offset(en as usize)];
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let a = tuple_args(vm, &args, &format!("str.{}", name), name, 1, 3)?;
    let st = slice_index(vm, a.get(1))?;
    let en = slice_index(vm, a.get(2))?;
    let (st, en) = adjust_indices(st, en, s.char_len());
    let matches = |p: &str| -> bool {
        let plen = char_count(p) as i64;
        if en - plen < st {
            return false;
        }
        let (bs, be) = (s.byte_offset(st as usize), s.byte_offset(en as usize));
        let sub = &s.as_str()[bs..be];
        if ends {
            sub.ends_with(p)
        } else {
            sub.starts_with(p)
        }
    };
    match a[0].payload() {
        Some(Payload::Str(p)) => Ok(Value::Bool(matches(p.as_str()))),
        Some(Payload::Tuple(items)) => {
            for p in items.iter() {
                match p.as_rust_str() {
                    Some(p) => {
                        if matches(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        return Err(vm.new_type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            name,
                            types::type_name(p)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.new_type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            types::type_name(&a[0])
        ))),
    }
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}
fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

// ----- case mapping -----

fn map_case(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?.as_str();
    noargs(vm, &args, &format!("str.{}", name))?;
    Ok(new_str(f(s)))
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        unicode::push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        unicode::push_case(&mut out, c, Case::Upper);
    }
    out
}

fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        unicode::push_case(&mut out, c, Case::Fold);
    }
    out
}

fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if unicode::is_upper(c) {
            unicode::push_lower_at(&mut out, &chars, i);
        } else if unicode::is_lower(c) {
            unicode::push_case(&mut out, c, Case::Upper);
        } else {
            out.push(c);
        }
    }
    out
}

fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            unicode::push_case(&mut out, c, Case::Title);
        } else {
            unicode::push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            unicode::push_lower_at(&mut out, &chars, i);
        } else {
            unicode::push_case(&mut out, c, Case::Title);
        }
        prev_cased = unicode::is_cased(c);
    }
    out
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_case(vm, args, "upper", upper)
}
fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_case(vm, args, "lower", lower)
}
fn str_casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_case(vm, args, "casefold", casefold)
}
fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_case(vm, args, "swapcase", swapcase)
}
fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_case(vm, args, "capitalize", capitalize)
}
fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_case(vm, args, "title", title)
}

// ----- predicates -----

fn pred_str(vm: &mut Vm, args: Args, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?.as_str();
    noargs(vm, &args, &format!("str.{}", name))?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isdigit", unicode::is_digit)
}
fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isdecimal", unicode::is_decimal)
}
fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isnumeric", unicode::is_numeric)
}
fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isalpha", unicode::is_alpha)
}
fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isalnum", unicode::is_alnum)
}
fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_str(vm, args, "isspace", unicode::is_space)
}
fn str_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "isascii")?.as_str();
    noargs(vm, &args, "str.isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}
fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "isprintable")?.as_str();
    noargs(vm, &args, "str.isprintable")?;
    Ok(Value::Bool(s.chars().all(unicode::is_printable)))
}

fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "isupper")?.as_str();
    noargs(vm, &args, "str.isupper")?;
    let mut cased = false;
    for c in s.chars() {
        if unicode::is_lower(c) || unicode::is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= unicode::is_upper(c);
    }
    Ok(Value::Bool(cased))
}
fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "islower")?.as_str();
    noargs(vm, &args, "str.islower")?;
    let mut cased = false;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= unicode::is_lower(c);
    }
    Ok(Value::Bool(cased))
}
fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "istitle")?.as_str();
    noargs(vm, &args, "str.istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if unicode::is_lower(c) {
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

/// Is `s` a valid identifier (XID_Start or '_' followed by XID_Continue)?
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if unicode::is_xid_start(c) => cs.all(unicode::is_xid_continue),
        _ => false,
    }
}

fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "isidentifier")?.as_str();
    noargs(vm, &args, "str.isidentifier")?;
    Ok(Value::Bool(is_identifier(s)))
}

// ----- padding -----

/// The fill character argument of center/ljust/rjust.
fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(fs) = v.as_rust_str() else {
        return Err(vm.new_type_error(format!(
            "The fill character must be a unicode character, not {}",
            types::type_name(v)
        )));
    };
    let mut cs = fs.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.new_type_error("The fill character must be exactly one character long")),
    }
}

/// Pads `s` (of `len` code points) with `left` and `right` copies of `fill`.
fn padded(vm: &mut Vm, s: &str, fill: char, left: usize, right: usize) -> PyResult<Value> {
    let extra = (left + right).saturating_mul(fill.len_utf8());
    vm.check_alloc(s.len().saturating_add(extra))?;
    let mut out = String::with_capacity(s.len() + extra);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_str(out))
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, align: char) -> PyResult<Value> {
    let ps = self_str(vm, &args, name)?;
    let a = pos_args(vm, &args, &format!("str.{}", name), name, 1, 2)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = fill_char(vm, a.get(1))?;
    let len = ps.char_len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args.pos[0], ps.as_str()));
    }
    let marg = vm.alloc_count(width - len, fill.len_utf8())?;
    let (left, right) = match align {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    padded(vm, ps.as_str(), fill, left, right)
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
    let ps = self_str(vm, &args, "zfill")?;
    let w = one_arg(vm, &args, "str.zfill")?;
    let width = ssize_arg(vm, w)?;
    let s = ps.as_str();
    let len = ps.char_len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args.pos[0], s));
    }
    let fill = (width - len) as usize;
    vm.check_alloc(s.len().saturating_add(fill))?;
    let mut out = String::with_capacity(s.len() + fill);
    let rest = match s.as_bytes().first() {
        Some(c @ (b'+' | b'-')) => {
            out.push(*c as char);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(new_str(out))
}

// ----- partition, splitlines, affixes, tabs -----

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let s = self_str(vm, &args, name)?.as_str();
    let sepv = one_arg(vm, &args, &format!("str.{}", name))?;
    let sep = arg_str(vm, sepv, "")?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let found = if right { s.rfind(sep) } else { s.find(sep) };
    let empty = || new_str(String::new());
    // CPython returns `self` and the separator object themselves, even for subclasses.
    let parts = match found {
        Some(i) => vec![
            new_str(s[..i].to_string()),
            sepv.clone(),
            new_str(s[i + sep.len()..].to_string()),
        ],
        None if right => vec![empty(), empty(), args.pos[0].clone()],
        None => vec![args.pos[0].clone(), empty(), empty()],
    };
    Ok(tupleobj::new_tuple(parts))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

/// Splits lines at all of Python's line boundaries.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    splitlines_str(s, keepends)
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// `splitlines` as slices of `s`.
pub fn splitlines_str(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !unicode::is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some((_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(if keepends {
            &s[start..end]
        } else {
            &s[start..i]
        });
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "splitlines")?.as_str();
    let b = clinic_args(vm, &args, "splitlines", &["keepends"], 0, 0)?;
    let keep = match &b[0] {
        Some(v) => int_flag(vm, v)?,
        None => false,
    };
    let this = &args.pos[0];
    let items = splitlines_str(s, keep)
        .into_iter()
        .map(|p| {
            if p.len() == s.len() {
                same_or_copy(this, s)
            } else {
                new_str(p.to_string())
            }
        })
        .collect();
    Ok(listobj::new_list(items))
}

/// An `int`-typed boolean argument (clinic's `bool(accept={int})`).
pub(crate) fn int_flag(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Float(_) => {
            Err(vm.new_type_error("'float' object cannot be interpreted as an integer"))
        }
        _ => {
            // Read as a C int (`_PyLong_AsInt`).
            let i = vm.index(v)?;
            match i {
                Value::Int(n) if i32::try_from(n).is_ok() => Ok(n != 0),
                Value::Bool(b) => Ok(b),
                _ => Err(vm.new_overflow_error("Python int too large to convert to C int")),
            }
        }
    }
}

fn affix_remove(vm: &mut Vm, args: Args, suffix: bool) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let s = self_str(vm, &args, name)?.as_str();
    let p = one_arg(vm, &args, &format!("str.{}", name))?;
    let p = clinic_str(vm, p, &format!("{}() argument ", name))?;
    let r = if suffix {
        s.strip_suffix(p)
    } else {
        s.strip_prefix(p)
    };
    match r {
        Some(r) if !p.is_empty() => Ok(new_str(r.to_string())),
        _ => Ok(same_or_copy(&args.pos[0], s)),
    }
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, false)
}
fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, true)
}

/// A C `int` argument (`__index__`; OverflowError past 32 bits).
pub(crate) fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = vm.index(v)?;
    match intobj::to_i64(&i) {
        Some(n) if n >= i32::MIN as i64 && n <= i32::MAX as i64 => Ok(n),
        // Argument Clinic's `int` converter has one message either way.
        _ => Err(vm.new_overflow_error("Python int too large to convert to C int")),
    }
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "expandtabs")?.as_str();
    let b = clinic_args(vm, &args, "expandtabs", &["tabsize"], 0, 0)?;
    let ts = match &b[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    if !s.contains('\t') {
        return Ok(same_or_copy(&args.pos[0], s));
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    vm.check_alloc(
                        out.len()
                            .saturating_add(usize::try_from(n).unwrap_or(usize::MAX)),
                    )?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
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

// ----- encode, format, translate -----

/// The `encoding`/`errors` text arguments of encode/decode.
pub(crate) fn codec_args(
    vm: &mut Vm,
    b: &[Option<Value>],
    fname: &str,
) -> PyResult<(String, String)> {
    let mut get = |i: usize, what: &str, default: &str| -> PyResult<String> {
        match &b[i] {
            None => Ok(default.to_string()),
            Some(v) => match v.as_rust_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.new_type_error(format!(
                    "{}() argument '{}' must be str, not {}",
                    fname,
                    what,
                    clinic_type_name(v)
                ))),
            },
        }
    };
    let enc = get(0, "encoding", "utf-8")?;
    let errors = get(1, "errors", "strict")?;
    Ok((enc, errors))
}

fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "encode")?.as_str();
    let b = clinic_args(vm, &args, "encode", &["encoding", "errors"], 0, 0)?;
    let (enc, errors) = codec_args(vm, &b, "encode")?;
    let data = crate::codecs::encode(vm, s, &enc, &errors)?;
    Ok(crate::objects::bytesobj::new_bytes(data))
}

/// A format string without fields: CPython returns the string itself (a str subclass
/// instance stays one; the empty string is the exact "").
fn format_is_literal(s: &str) -> bool {
    !s.is_empty() && !s.contains(['{', '}'])
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "format")?.as_str();
    if format_is_literal(s) {
        return Ok(args.pos[0].clone());
    }
    let r = crate::format::str_format(vm, s, &args.pos[1..], args.kwnames, args.kwvals, None)?;
    Ok(new_str(r))
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "format_map")?.as_str();
    let m = one_arg(vm, &args, "str.format_map")?;
    if format_is_literal(s) {
        return Ok(args.pos[0].clone());
    }
    let r = crate::format::str_format(vm, s, &[], &[], &[], Some(m))?;
    Ok(new_str(r))
}

fn str_format_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__format__")?.as_str();
    let spec = one_arg(vm, &args, "str.__format__")?;
    let Some(spec) = spec.as_rust_str() else {
        return Err(vm.new_type_error(format!(
            "__format__() argument must be str, not {}",
            clinic_type_name(spec)
        )));
    };
    if spec.is_empty() {
        // str(self): a subclass may override __str__.
        if let Value::Obj(o) = &args.pos[0] {
            if types::is_heap_class(&o.class()) {
                let self_ = args.pos[0].clone();
                return vm.str(&self_).map(Value::Obj);
            }
        }
        return Ok(same_or_copy(&args.pos[0], s));
    }
    crate::format::format_str(vm, s, spec).map(new_str)
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A staticmethod: all positional arguments are the parameters.
    no_kw(vm, &args, "str.maketrans")?;
    let a = args.pos;
    if a.is_empty() {
        return Err(vm.new_type_error("maketrans expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(vm.new_type_error(format!(
            "maketrans expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let d = dictobj::new_dict();
    let Some(dd) = dictobj::as_dict(&d) else {
        return Err(vm.new_memory_error());
    };
    if a.len() == 1 {
        let Some(src) = dictobj::as_dict(&a[0]) else {
            return Err(
                vm.new_type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = if let Some(ks) = k.as_rust_str() {
                let mut cs = ks.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => Value::Int(unicode::code_of(c) as i64),
                    _ => {
                        return Err(vm
                            .new_value_error("string keys in translate table must be of length 1"))
                    }
                }
            } else if intobj::is_int(&k) {
                k.clone()
            } else {
                return Err(
                    vm.new_type_error("keys in translate table must be strings or integers")
                );
            };
            dd.set(vm, key, v)?;
        }
        return Ok(d);
    }
    // Argument Clinic checks y and z before the implementation looks at x.
    let y = clinic_str(vm, &a[1], "maketrans() argument 2 ")?;
    if let Some(z) = a.get(2) {
        clinic_str(vm, z, "maketrans() argument 3 ")?;
    }
    let Some(x) = a[0].as_rust_str() else {
        return Err(vm.new_type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if char_count(x) != char_count(y) {
        return Err(vm.new_value_error("the first two maketrans arguments must have equal length"));
    }
    for (c, t) in x.chars().zip(y.chars()) {
        dd.set(
            vm,
            Value::Int(unicode::code_of(c) as i64),
            Value::Int(unicode::code_of(t) as i64),
        )?;
    }
    if let Some(z) = a.get(2) {
        let z = clinic_str(vm, z, "maketrans() argument 3 ")?;
        for c in z.chars() {
            dd.set(vm, Value::Int(unicode::code_of(c) as i64), Value::None)?;
        }
    }
    Ok(d)
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "translate")?.as_str();
    let table = one_arg(vm, &args, "str.translate")?.clone();
    let exact_dict = matches!(&table, Value::Obj(o) if Rc::ptr_eq(&o.class(), &types().dict));
    let mut out = String::with_capacity(s.len());
    // Results for ASCII characters, cached as CPython does.
    let mut cache: [Option<Option<Value>>; 128] = std::array::from_fn(|_| None);
    for c in s.chars() {
        let code = unicode::code_of(c);
        let cached = if code < 128 {
            cache[code as usize].clone()
        } else {
            None
        };
        let mapped: Option<Value> = match cached {
            Some(m) => m,
            None => {
                let key = Value::Int(code as i64);
                let m = if exact_dict {
                    match dictobj::as_dict(&table) {
                        Some(d) => d.get(vm, &key)?,
                        None => None,
                    }
                } else {
                    match vm.getitem(&table, &key) {
                        Ok(v) => Some(v),
                        Err(e) if vm.exception_matches(&e, &types().exc.lookup_error) => None,
                        Err(e) => return Err(e),
                    }
                };
                if code < 128 {
                    cache[code as usize] = Some(m.clone());
                }
                m
            }
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(v) => {
                if let Some(t) = v.as_rust_str() {
                    out.push_str(t);
                } else if intobj::is_int(&v) {
                    let ch = intobj::to_i64(&v)
                        .filter(|i| (0..0x110000).contains(i))
                        .and_then(|i| unicode::char_of(i as u32));
                    match ch {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(
                                vm.new_value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(
                        vm.new_type_error("character mapping must return integer, None or str")
                    );
                }
            }
        }
    }
    Ok(new_str(out))
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__getnewargs__")?.as_str();
    noargs(vm, &args, "str.__getnewargs__")?;
    Ok(tupleobj::new_tuple(vec![new_str(s.to_string())]))
}

fn str_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ps = self_str(vm, &args, "__sizeof__")?;
    noargs(vm, &args, "str.__sizeof__")?;
    let n = ps.char_len();
    if ps.is_ascii() {
        return Ok(Value::Int(49 + n as i64));
    }
    let max = ps.as_str().chars().map(unicode::code_of).max().unwrap_or(0);
    let size = match max {
        0..=0xff => 73 + n,
        0x100..=0xffff => 72 + 2 * (n + 1),
        _ => 72 + 4 * (n + 1),
    };
    Ok(Value::Int(size as i64))
}

/// `str.__mul__` / `str.__rmul__`: the count must support `__index__`.
fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_str(vm, &args, "__mul__")?;
    let n = one_arg(vm, &args, "str.__mul__")?;
    let i = vm.index(n)?;
    let Some(count) = intobj::to_i64(&i) else {
        return Err(vm.new_overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            types::type_name(n)
        )));
    };
    crate::ops::seq_repeat(vm, &args.pos[0], &Value::Int(count))
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
    MethodDef::method("__format__", str_format_spec),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__str__", slots::str_),
    MethodDef::method("__hash__", slots::hash),
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
    MethodDef::method("__mul__", str_mul),
    MethodDef::method("__rmul__", str_mul),
    MethodDef::method("__mod__", slots::mod_),
    MethodDef::method("__rmod__", slots::rmod),
];

/// Whether both values are exact `str` objects (not subclasses).
#[inline]
pub fn is_exact_str_pair(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Obj(x), Value::Obj(y)) if types::is_exact_str(x) && types::is_exact_str(y))
}

/// `a += b` on two exact strs, in place when `a` is not shared (no other reference, no weak
/// reference); false (and nothing changed) otherwise.
pub fn append_in_place(a: &mut Value, b: &Value) -> bool {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return false;
    };
    let Payload::Str(other) = &y.payload else {
        return false;
    };
    if Rc::ptr_eq(x, y) {
        return false;
    }
    match Rc::get_mut(x).map(|o| &mut o.payload) {
        Some(Payload::Str(s)) => {
            s.push_str(other);
            true
        }
        _ => false,
    }
}
