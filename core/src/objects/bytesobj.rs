//! `bytes` and `bytearray`: construction, the shared method set, bytearray mutation, item
//! and slice access, with CPython 3.11's semantics and error messages. Byte-like arguments
//! go through the buffer protocol (`buffer_data`), so memoryview works wherever bytes do.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use crate::ast::BinOp;
use crate::object::*;
use crate::objects::strobj::{
    adjust_indices, c_int_arg, clinic_args, codec_args, int_flag, no_kw, noargs, one_arg, pos_args,
    slice_index, ssize_arg, tuple_args,
};
use crate::objects::{intobj, listobj, memoryview, sliceobj, slots, strobj, tupleobj};
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

pub fn new_bytes(b: Vec<u8>) -> Value {
    types::new_obj(&types().bytes, Payload::Bytes(b.into_boxed_slice()))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    types::new_obj(&types().bytearray, Payload::ByteArray(RefCell::new(b)))
}

/// A copy of the bytes of a bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_data(v: &Value) -> Option<Vec<u8>> {
    buffer_data(v)
}

/// The bytes of any buffer-protocol object (bytes, bytearray, memoryview), copied.
pub fn buffer_data(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::Native(_) => memoryview::view_bytes(v),
        _ => None,
    }
}

/// The bytes of a bytes-like object without copying when it is a bytes object.
pub fn buffer_cow(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Cow::Borrowed(b)),
        Payload::ByteArray(b) => Some(Cow::Owned(b.borrow().clone())),
        Payload::Native(_) => memoryview::view_bytes(v).map(Cow::Owned),
        _ => None,
    }
}

/// Does `v` support the buffer protocol?
pub fn is_buffer(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => true,
        Some(Payload::Native(_)) => memoryview::is_native_buffer(v),
        _ => false,
    }
}

/// repr of bytes with the given prefix ("b" or "bytearray(b"; bytearray escapes every
/// single quote, as CPython's does).
pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    repr_inner(b, prefix, prefix.starts_with("bytearray"))
}

/// repr of a bytearray (or subclass instance): `Name(b'...')`.
pub fn bytearray_repr(b: &[u8], type_name: &str) -> String {
    let mut s = repr_inner(b, &format!("{}(b", type_name), true);
    s.push(')');
    s
}

fn repr_inner(b: &[u8], prefix: &str, escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + prefix.len() + 2);
    out.push_str(prefix);
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote);
    out
}

/// Whitespace for bytes methods (`Py_ISSPACE`).
#[inline]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Which of the two types a method works on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    fn make(self, v: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => new_bytes(v),
            Kind::ByteArray => new_bytearray(v),
        }
    }
}

/// The data of `self`, checked to be of `kind`.
fn self_data<'a>(vm: &mut Vm, args: &Args<'a>, name: &str, kind: Kind) -> PyResult<Cow<'a, [u8]>> {
    let this = args.pos.first();
    match (kind, this.and_then(|v| v.payload())) {
        (Kind::Bytes, Some(Payload::Bytes(b))) => Ok(Cow::Borrowed(b)),
        (Kind::ByteArray, Some(Payload::ByteArray(b))) => Ok(Cow::Owned(b.borrow().clone())),
        _ => Err(vm.new_type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            kind.name(),
            this.map(types::type_name).unwrap_or_default()
        ))),
    }
}

/// `self` itself when it is an exact bytes object (immutable, so results may share it).
fn exact_bytes_self(args: &Args, kind: Kind) -> Option<Value> {
    match (kind, &args.pos[0]) {
        (Kind::Bytes, Value::Obj(o)) if Rc::ptr_eq(&o.class(), &types().bytes) => {
            Some(args.pos[0].clone())
        }
        _ => None,
    }
}

/// A result equal to `self`'s data: `self` for exact bytes, else a new object.
fn unchanged(args: &Args, kind: Kind, data: &[u8]) -> Value {
    exact_bytes_self(args, kind).unwrap_or_else(|| kind.make(data.to_vec()))
}

/// A bytes-like argument: "a bytes-like object is required, not 'T'".
fn buffer_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    match buffer_cow(v) {
        Some(d) => Ok(d),
        None => Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name(v)
        ))),
    }
}

/// A byte value from an int-like object, with CPython's range message.
fn byte_value(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let i = vm.index(v)?;
    match intobj::to_i64(&i) {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(vm.new_value_error(msg.to_string())),
    }
}

/// The sub argument of find/count/index: an int in range(256) or a bytes-like object.
fn sub_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(d) = buffer_cow(v) {
        return Ok(d);
    }
    let cls = types::class_of(v);
    if intobj::is_int(v) || types::lookup_str(&cls, "__index__").is_some() {
        let b = byte_value(vm, v, "byte must be in range(0, 256)")?;
        return Ok(Cow::Owned(vec![b]));
    }
    Err(vm.new_type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        types::type_name(v)
    )))
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|b| *b == needle[0]);
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn count_bytes(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_bytes(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}

/// Splits on every occurrence of `sep` (at most `max` splits).
fn split_on<'d>(data: &'d [u8], sep: &[u8], max: usize) -> Vec<&'d [u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while parts.len() < max {
        match find_bytes(rest, sep) {
            Some(p) => {
                parts.push(&rest[..p]);
                rest = &rest[p + sep.len()..];
            }
            None => break,
        }
    }
    parts.push(rest);
    parts
}

fn rsplit_on<'d>(data: &'d [u8], sep: &[u8], max: usize) -> Vec<&'d [u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while parts.len() < max {
        match rfind_bytes(rest, sep) {
            Some(p) => {
                parts.push(&rest[p + sep.len()..]);
                rest = &rest[..p];
            }
            None => break,
        }
    }
    parts.push(rest);
    parts.reverse();
    parts
}

fn split_ws(data: &[u8], max: usize) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut i = 0;
    let n = data.len();
    loop {
        while i < n && is_space(data[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        if parts.len() == max {
            parts.push(&data[i..]);
            break;
        }
        let start = i;
        while i < n && !is_space(data[i]) {
            i += 1;
        }
        parts.push(&data[start..i]);
    }
    parts
}

fn rsplit_ws(data: &[u8], max: usize) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut i = data.len();
    loop {
        while i > 0 && is_space(data[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if parts.len() == max {
            parts.push(&data[..i]);
            break;
        }
        let end = i;
        while i > 0 && !is_space(data[i - 1]) {
            i -= 1;
        }
        parts.push(&data[i..end]);
    }
    parts.reverse();
    parts
}

// ----- construction -----

/// The bytes for `bytes(x)` / `bytearray(x)` from a non-str, non-encoding argument.
fn bytes_from_object(vm: &mut Vm, v: &Value, kind: Kind) -> PyResult<Vec<u8>> {
    let range_msg = match kind {
        Kind::Bytes => "bytes must be in range(0, 256)",
        Kind::ByteArray => "byte must be in range(0, 256)",
    };
    if intobj::has_index(v) {
        // An __index__ failing with TypeError lets the other ways be tried (CPython).
        match vm.index(v) {
            Ok(i) => {
                let n = intobj::to_i64(&i).ok_or_else(|| {
                    vm.new_overflow_error("cannot fit 'int' into an index-sized integer")
                })?;
                if n < 0 {
                    return Err(vm.new_value_error("negative count"));
                }
                let n = vm.alloc_count(n, 1)?;
                return Ok(vec![0; n]);
            }
            Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    if let Some(d) = buffer_data(v) {
        return Ok(d);
    }
    let items: Vec<Value> = match v.payload() {
        Some(Payload::List(l)) if is_exact_seq(v) => l.borrow().clone(),
        Some(Payload::Tuple(t)) if is_exact_seq(v) => t.to_vec(),
        _ => {
            let it = match vm.iter(v) {
                Ok(it) => it,
                Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {
                    return Err(vm.new_type_error(format!(
                        "cannot convert '{}' object to {}",
                        types::type_name(v),
                        kind.name()
                    )))
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(x) = vm.next(&it)? {
                out.push(byte_value(vm, &x, range_msg)?);
            }
            return Ok(out);
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        out.push(byte_value(vm, x, range_msg)?);
    }
    Ok(out)
}

/// Bytes from an object as `bytes(x)` makes them (used by other modules).
pub fn bytes_from_value(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() {
        return Err(vm.new_type_error("string argument without an encoding"));
    }
    let cls = types::class_of(v);
    if !matches!(v.payload(), Some(Payload::Bytes(_))) {
        if let Some(m) = types::lookup_str(&cls, "__bytes__") {
            return call_dunder_bytes(vm, &m, v);
        }
    }
    bytes_from_object(vm, v, Kind::Bytes)
}

fn call_dunder_bytes(vm: &mut Vm, m: &Value, v: &Value) -> PyResult<Vec<u8>> {
    let r = vm.call_special(m, v, &[])?;
    match r.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ => Err(vm.new_type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            types::type_name(&r)
        ))),
    }
}

fn text_args(
    vm: &mut Vm,
    b: &[Option<Value>],
    fname: &str,
) -> PyResult<(Option<String>, Option<String>)> {
    let mut get = |i: usize, what: &str| -> PyResult<Option<String>> {
        match &b[i] {
            None => Ok(None),
            Some(v) => match v.as_rust_str() {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(vm.new_type_error(format!(
                    "{}() argument '{}' must be str, not {}",
                    fname,
                    what,
                    strobj::clinic_type_name(v)
                ))),
            },
        }
    };
    Ok((get(1, "encoding")?, get(2, "errors")?))
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.new_type_error("bytes.__new__(): not enough arguments"));
    };
    crate::objects::listobj::new_cls(vm, &args, "bytes")?;
    let b = clinic_args(vm, &args, "bytes", &["source", "encoding", "errors"], 0, 0)?;
    let (enc, errors) = text_args(vm, &b, "bytes")?;
    let data = match &b[0] {
        None => {
            if enc.is_some() {
                return Err(vm.new_type_error("encoding without a string argument"));
            }
            if errors.is_some() {
                return Err(vm.new_type_error("errors without a string argument"));
            }
            Vec::new()
        }
        Some(x) => {
            if let Some(enc) = &enc {
                let Some(text) = x.as_rust_str() else {
                    return Err(vm.new_type_error("encoding without a string argument"));
                };
                crate::codecs::encode(vm, text, enc, errors.as_deref().unwrap_or("strict"))?
            } else if errors.is_some() {
                return Err(vm.new_type_error(if x.as_str().is_some() {
                    "string argument without an encoding"
                } else {
                    "errors without a string argument"
                }));
            } else {
                let xcls = types::class_of(x);
                if let Some(m) = types::lookup_str(&xcls, "__bytes__") {
                    if let Value::Obj(c) = &cls {
                        if Rc::ptr_eq(c, &types().bytes) {
                            // bytes(x) returns what __bytes__ gave (a subclass stays one).
                            let r = vm.call_special(&m, x, &[])?;
                            if !matches!(r.payload(), Some(Payload::Bytes(_))) {
                                return Err(vm.new_type_error(format!(
                                    "__bytes__ returned non-bytes (type {})",
                                    types::type_name(&r)
                                )));
                            }
                            return Ok(r);
                        }
                    }
                    call_dunder_bytes(vm, &m, x)?
                } else if x.as_str().is_some() {
                    return Err(vm.new_type_error("string argument without an encoding"));
                } else {
                    bytes_from_object(vm, x, Kind::Bytes)?
                }
            }
        }
    };
    match &cls {
        Value::Obj(c) if !Rc::ptr_eq(c, &types().bytes) => {
            let has_dict = types::type_data(c)
                .map(|t| t.has_flag(types::type_flags::HAS_DICT))
                .unwrap_or(false);
            let payload = Payload::Bytes(data.into_boxed_slice());
            Ok(if has_dict {
                types::new_obj_with_dict(c, payload)
            } else {
                types::new_obj(c, payload)
            })
        }
        _ => Ok(new_bytes(data)),
    }
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // As CPython's: `__new__` makes an empty bytearray (whatever the arguments) and
    // `__init__` fills it, so a subclass whose `__init__` skips the base's stays empty.
    let cls = crate::objects::listobj::new_cls(vm, &args, "bytearray")?;
    match cls {
        Value::Obj(c) if !Rc::ptr_eq(c, &types().bytearray) => Ok(types::new_obj_with_dict(
            c,
            Payload::ByteArray(RefCell::new(Vec::new())),
        )),
        _ => Ok(new_bytearray(Vec::new())),
    }
}

fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = match args.pos.first() {
        Some(v) if matches!(v.payload(), Some(Payload::ByteArray(_))) => v.clone(),
        _ => {
            return Err(vm.new_type_error(
                "descriptor '__init__' requires a 'bytearray' object but received another type",
            ))
        }
    };
    let Some(Payload::ByteArray(cell)) = this.payload() else {
        return Err(vm.new_type_error("bytearray expected"));
    };
    cell.borrow_mut().clear();
    let b = clinic_args(
        vm,
        &args,
        "bytearray",
        &["source", "encoding", "errors"],
        0,
        0,
    )?;
    let (enc, errors) = text_args(vm, &b, "bytearray")?;
    let no_string = |vm: &mut Vm| {
        vm.new_type_error(if enc.is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        })
    };
    let data = match &b[0] {
        None => {
            if enc.is_some() || errors.is_some() {
                return Err(no_string(vm));
            }
            Vec::new()
        }
        Some(x) => {
            if let Some(text) = x.as_rust_str() {
                let Some(enc) = &enc else {
                    return Err(vm.new_type_error("string argument without an encoding"));
                };
                crate::codecs::encode(vm, text, enc, errors.as_deref().unwrap_or("strict"))?
            } else if enc.is_some() || errors.is_some() {
                return Err(no_string(vm));
            } else {
                bytes_from_object(vm, x, Kind::ByteArray)?
            }
        }
    };
    *cell.borrow_mut() = data;
    Ok(Value::None)
}

// ----- operators -----

pub fn bytes_binop(
    vm: &mut Vm,
    receiver: &Value,
    l: &Value,
    r: &Value,
    op: BinOp,
) -> PyResult<Value> {
    let on_left = receiver.is(l);
    let kind = if matches!(receiver.payload(), Some(Payload::ByteArray(_))) {
        Kind::ByteArray
    } else {
        Kind::Bytes
    };
    match op {
        BinOp::Add if on_left => match buffer_cow(r) {
            Some(rb) => {
                let lb = buffer_cow(l).unwrap_or_default();
                vm.check_alloc(lb.len().saturating_add(rb.len()))?;
                let mut v = Vec::with_capacity(lb.len() + rb.len());
                v.extend_from_slice(&lb);
                v.extend_from_slice(&rb);
                Ok(kind.make(v))
            }
            None => Err(vm.new_type_error(format!(
                "can't concat {} to {}",
                types::type_name(r),
                types::type_name(l)
            ))),
        },
        BinOp::Mult => {
            let (seq, n) = if on_left { (l, r) } else { (r, l) };
            let cls = types::class_of(n);
            if !intobj::is_int(n) && types::lookup_str(&cls, "__index__").is_none() {
                return Ok(vm.not_implemented());
            }
            let i = vm.index(n)?;
            let count = intobj::to_i64(&i)
                .ok_or_else(|| {
                    vm.new_overflow_error(format!(
                        "cannot fit '{}' into an index-sized integer",
                        types::type_name(n)
                    ))
                })?
                .max(0);
            let d = buffer_cow(seq).unwrap_or_default();
            if count == 1 {
                if let Some(v) = exact_bytes_value(seq) {
                    return Ok(v);
                }
            }
            if d.is_empty() {
                return Ok(kind.make(Vec::new()));
            }
            let total = match (d.len() as i64).checked_mul(count) {
                Some(t) => t,
                None if matches!(kind, Kind::Bytes) => {
                    return Err(vm.new_overflow_error("repeated bytes are too long"))
                }
                None => return Err(vm.new_memory_error()),
            };
            let total = vm.alloc_count(total, 1)?;
            Ok(kind.make(d.repeat(total / d.len())))
        }
        // As `__rmod__` too: bytes (bytearray) formats any bytes (bytearray) left operand.
        BinOp::Mod
            if on_left
                || matches!(
                    (&kind, l.payload()),
                    (Kind::Bytes, Some(Payload::Bytes(_)))
                        | (Kind::ByteArray, Some(Payload::ByteArray(_)))
                ) =>
        {
            crate::format::percent_format_bytes(vm, l, r)
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn exact_bytes_value(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) if Rc::ptr_eq(&o.class(), &types().bytes) => Some(v.clone()),
        _ => None,
    }
}

/// `bytearray += x` and `bytearray *= n`; None for other operators.
pub fn bytearray_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let Some(Payload::ByteArray(cell)) = a.payload() else {
        return None;
    };
    match op {
        BinOp::Add => Some((|| {
            let Some(d) = buffer_data(b) else {
                return Err(vm.new_type_error(format!(
                    "can't concat {} to {}",
                    types::type_name(b),
                    types::type_name(a)
                )));
            };
            if !d.is_empty() {
                memoryview::check_resizable(vm, a)?;
            }
            if a.is(b) && !d.is_empty() {
                // CPython holds a buffer of the operand while resizing: `ba += ba` fails.
                let cls = types().exc.buffer_error.clone();
                return Err(vm.new_exception_msg(
                    &cls,
                    "Existing exports of data: object cannot be re-sized",
                ));
            }
            vm.check_alloc(cell.borrow().len().saturating_add(d.len()))?;
            cell.borrow_mut().extend_from_slice(&d);
            Ok(a.clone())
        })()),
        BinOp::Mult => {
            if !intobj::has_index(b) {
                return None;
            }
            Some((|| {
                let i = vm.index(b)?;
                let n = intobj::to_i64(&i)
                    .ok_or_else(|| {
                        vm.new_overflow_error(format!(
                            "cannot fit '{}' into an index-sized integer",
                            types::type_name(b)
                        ))
                    })?
                    .max(0);
                let len = cell.borrow().len();
                if n != 1 {
                    memoryview::check_resizable(vm, a)?;
                }
                let n = if len == 0 { 0 } else { n };
                let total = (len as i64).checked_mul(n).unwrap_or(i64::MAX);
                let total = vm.alloc_count(total, 1)?;
                let d = cell.borrow().clone();
                *cell.borrow_mut() = d.repeat(total / len.max(1));
                Ok(a.clone())
            })())
        }
        _ => None,
    }
}

// ----- item access -----

/// An index into a sequence of `len` items: IndexError `msg` when out of range.
fn byte_index(vm: &mut Vm, key: &Value, len: usize, kind: Kind) -> PyResult<usize> {
    let i = byte_index_raw(vm, key, kind)?;
    byte_index_check(vm, i, len, kind)
}

/// The integer value of an index key (TypeError for a non-integer), not yet range-checked.
fn byte_index_raw(vm: &mut Vm, key: &Value, kind: Kind) -> PyResult<i64> {
    Ok(match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let cls = types::class_of(key);
            if !intobj::is_int(key) && types::lookup_str(&cls, "__index__").is_none() {
                let what = if kind == Kind::Bytes {
                    "byte"
                } else {
                    "bytearray"
                };
                return Err(vm.new_type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    types::type_name(key)
                )));
            }
            let v = vm.index(key)?;
            intobj::to_i64(&v)
                .ok_or_else(|| vm.new_index_error("cannot fit 'int' into an index-sized integer"))?
        }
    })
}

/// `i` (negative counts from the end) as a position in `0..len`, else IndexError.
fn byte_index_check(vm: &mut Vm, i: i64, len: usize, kind: Kind) -> PyResult<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error(if kind == Kind::Bytes {
            "index out of range"
        } else {
            "bytearray index out of range"
        }));
    }
    Ok(j as usize)
}

/// `b[key]` for bytes and bytearray.
pub fn bytes_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let kind = if matches!(v.payload(), Some(Payload::ByteArray(_))) {
        Kind::ByteArray
    } else {
        Kind::Bytes
    };
    let data = buffer_cow(v).unwrap_or_default();
    if let Some(Payload::Slice(_)) = key.payload() {
        let sl = sliceobj::indices(vm, key, data.len())?;
        if sl.step == 1 {
            let a = sl.start.max(0) as usize;
            if kind == Kind::Bytes && a == 0 && sl.len == data.len() {
                if let Some(x) = exact_bytes_value(v) {
                    return Ok(x);
                }
            }
            return Ok(kind.make(data[a..a + sl.len].to_vec()));
        }
        let mut out = Vec::with_capacity(sl.len);
        let mut i = sl.start;
        for _ in 0..sl.len {
            out.push(data[i as usize]); // slice indices lie within 0..len
            i += sl.step;
        }
        return Ok(kind.make(out));
    }
    let i = byte_index(vm, key, data.len(), kind)?;
    Ok(Value::Int(data[i] as i64))
}

/// `bytearray[key] = value`.
pub fn bytearray_setitem(vm: &mut Vm, target: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let Some(Payload::ByteArray(b)) = target.payload() else {
        return Err(vm.new_type_error("expected a bytearray"));
    };
    if let Some(Payload::Slice(_)) = key.payload() {
        let is_number = matches!(value, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || matches!(
                value.payload(),
                Some(Payload::Int(_) | Payload::Float(_) | Payload::Complex(..))
            )
            || {
                let cls = types::class_of(value);
                types::lookup_str(&cls, "__index__").is_some()
            };
        if is_number || value.as_str().is_some() {
            return Err(vm.new_type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let data = match buffer_data(value) {
            Some(d) => d,
            None => bytes_from_object(vm, value, Kind::ByteArray)?,
        };
        let len = b.borrow().len();
        let s = sliceobj::indices(vm, key, len)?;
        if s.step == 1 {
            let start = s.start.max(0) as usize;
            let stop = start + s.len;
            if data.len() != s.len {
                memoryview::check_resizable(vm, target)?;
            }
            b.borrow_mut().splice(start..stop, data);
            return Ok(());
        }
        if data.is_empty() {
            // CPython deletes the extended slice when the new value is empty.
            return bytearray_delitem(vm, target, key);
        }
        if data.len() != s.len {
            return Err(vm.new_value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                data.len(),
                s.len
            )));
        }
        let mut bm = b.borrow_mut();
        let mut i = s.start;
        for x in data {
            bm[i as usize] = x; // slice indices lie within 0..len
            i += s.step;
        }
        return Ok(());
    }
    // CPython converts the value before checking the index against the length.
    let i = byte_index_raw(vm, key, Kind::ByteArray)?;
    let x = byte_value(vm, value, "byte must be in range(0, 256)")?;
    let len = b.borrow().len();
    let i = byte_index_check(vm, i, len, Kind::ByteArray)?;
    let mut bm = b.borrow_mut();
    if i < bm.len() {
        bm[i] = x;
    }
    Ok(())
}

/// `del bytearray[key]`.
pub fn bytearray_delitem(vm: &mut Vm, target: &Value, key: &Value) -> PyResult<()> {
    let Some(Payload::ByteArray(b)) = target.payload() else {
        return Err(vm.new_type_error("expected a bytearray"));
    };
    let len = b.borrow().len();
    if let Some(Payload::Slice(_)) = key.payload() {
        let s = sliceobj::indices(vm, key, len)?;
        if s.step != 1 {
            // CPython checks for exports before noticing an empty extended slice.
            memoryview::check_resizable(vm, target)?;
        }
        if s.len == 0 {
            return Ok(());
        }
        memoryview::check_resizable(vm, target)?;
        if s.step == 1 {
            let start = s.start as usize;
            b.borrow_mut().drain(start..start + s.len);
            return Ok(());
        }
        let mut remove = vec![false; len];
        let mut i = s.start;
        for _ in 0..s.len {
            remove[i as usize] = true; // slice indices lie within 0..len
            i += s.step;
        }
        let mut k = 0;
        b.borrow_mut().retain(|_| {
            let keep = !remove[k];
            k += 1;
            keep
        });
        return Ok(());
    }
    let i = byte_index(vm, key, len, Kind::ByteArray)?;
    memoryview::check_resizable(vm, target)?;
    b.borrow_mut().remove(i);
    Ok(())
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return Err(vm.new_type_error(format!(
            "expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    bytearray_setitem(vm, &args.pos[0], &args.pos[1], &args.pos[2])?;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    bytearray_delitem(vm, &args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

// ----- shared methods (bytes and bytearray) -----

fn m_decode(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let d = self_data(vm, &args, "decode", kind)?;
    let b = clinic_args(vm, &args, "decode", &["encoding", "errors"], 0, 0)?;
    let (enc, errors) = codec_args(vm, &b, "decode")?;
    let s = crate::codecs::decode(vm, &d, &enc, &errors)?;
    Ok(strobj::new_str(s))
}

/// `hex(sep, bytes_per_sep)` shared with memoryview.
pub fn hex_impl(
    vm: &mut Vm,
    d: &[u8],
    sep: Option<&Value>,
    per: Option<&Value>,
) -> PyResult<Value> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    // bytes_per_sep is converted first (Argument Clinic), then sep: len(), then its type.
    let per = match per {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let sep_char = match sep {
        None => None,
        Some(s) => {
            if vm.len(s)? != 1 {
                return Err(vm.new_value_error("sep must be length 1."));
            }
            let ch = if let Some(t) = s.as_rust_str() {
                t.chars().next()
            } else if let Some(Payload::Bytes(b)) = s.payload() {
                b.first().map(|x| *x as char)
            } else {
                return Err(vm.new_type_error("sep must be str or bytes."));
            };
            match ch {
                Some(c) if c.is_ascii() => Some(c),
                _ => return Err(vm.new_value_error("sep must be ASCII.")),
            }
        }
    };
    let mut out = String::with_capacity(d.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in d.iter().enumerate() {
        if i > 0 {
            if let Some(c) = sep_char {
                let boundary = if group == 0 {
                    false
                } else if per > 0 {
                    (d.len() - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(c);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    Ok(strobj::new_str(out))
}

fn m_hex(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let d = self_data(vm, &args, "hex", kind)?;
    let b = clinic_args(vm, &args, "hex", &["sep", "bytes_per_sep"], 0, 0)?;
    hex_impl(vm, &d, b[0].as_ref(), b[1].as_ref())
}

fn fromhex_impl(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    // A classmethod: pos[0] is the class.
    let cls = args.pos[0].clone();
    let s = one_arg(vm, &args, &format!("{}.fromhex", kind.name()))?;
    let Some(text) = s.as_rust_str() else {
        return Err(vm.new_type_error(format!(
            "fromhex() argument must be str, not {}",
            strobj::clinic_type_name(s)
        )));
    };
    let bad = |vm: &mut Vm, pos: usize| {
        vm.new_value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            pos
        ))
    };
    if !text.is_ascii() {
        let pos = text.chars().position(|c| !c.is_ascii()).unwrap_or(0);
        return Err(bad(vm, pos));
    }
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16).ok_or_else(|| bad(vm, i))?;
        let lo = b
            .get(i + 1)
            .and_then(|c| (*c as char).to_digit(16))
            .ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let result = kind.make(out);
    let base = match kind {
        Kind::Bytes => &types().bytes,
        Kind::ByteArray => &types().bytearray,
    };
    match &cls {
        Value::Obj(c) if !Rc::ptr_eq(c, base) => vm.call(&cls, &[result]),
        _ => Ok(result),
    }
}

/// An exact list or tuple (a subclass may override __iter__).
fn is_exact_seq(v: &Value) -> bool {
    let c = types::class_ptr(v);
    c == Rc::as_ptr(&types().list) || c == Rc::as_ptr(&types().tuple)
}

fn m_join(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let sep = self_data(vm, &args, "join", kind)?.into_owned();
    let it = one_arg(vm, &args, &format!("{}.join", kind.name()))?;
    let items = match it.payload() {
        Some(Payload::List(l)) if is_exact_seq(it) => l.borrow().clone(),
        Some(Payload::Tuple(t)) if is_exact_seq(it) => t.to_vec(),
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
    if kind == Kind::Bytes && items.len() == 1 {
        if let Some(x) = exact_bytes_value(&items[0]) {
            return Ok(x);
        }
    }
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer_cow(it) {
            Some(d) => out.extend_from_slice(&d),
            None => {
                return Err(vm.new_type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    types::type_name(it)
                )))
            }
        }
    }
    Ok(kind.make(out))
}

fn split_impl(vm: &mut Vm, args: Args, kind: Kind, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let d = self_data(vm, &args, name, kind)?;
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
    let parts = match &b[0] {
        None | Some(Value::None) => {
            if right {
                rsplit_ws(&d, max)
            } else {
                split_ws(&d, max)
            }
        }
        Some(s) => {
            let sep = buffer_arg(vm, s)?.into_owned();
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            let parts = if right {
                rsplit_on(&d, &sep, max)
            } else {
                split_on(&d, &sep, max)
            };
            return Ok(listobj::new_list(
                parts.into_iter().map(|p| kind.make(p.to_vec())).collect(),
            ));
        }
    };
    let whole = d.len();
    Ok(listobj::new_list(
        parts
            .into_iter()
            .map(|p| {
                if p.len() == whole {
                    unchanged(&args, kind, p)
                } else {
                    kind.make(p.to_vec())
                }
            })
            .collect(),
    ))
}

fn m_split(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    split_impl(vm, args, kind, false)
}
fn m_rsplit(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    split_impl(vm, args, kind, true)
}

fn strip_impl(
    vm: &mut Vm,
    args: Args,
    kind: Kind,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let d = self_data(vm, &args, name, kind)?;
    let a = pos_args(vm, &args, &format!("{}.{}", kind.name(), name), name, 0, 1)?;
    let set: Option<Vec<u8>> = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(vm, v)?.into_owned()),
    };
    let strip = |b: u8| match &set {
        None => is_space(b),
        Some(s) => s.contains(&b),
    };
    let mut start = 0;
    let mut end = d.len();
    if left {
        while start < end && strip(d[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(d[end - 1]) {
            end -= 1;
        }
    }
    if start == 0 && end == d.len() {
        return Ok(unchanged(&args, kind, &d));
    }
    Ok(kind.make(d[start..end].to_vec()))
}

fn m_strip(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    strip_impl(vm, args, kind, "strip", true, true)
}
fn m_lstrip(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    strip_impl(vm, args, kind, "lstrip", true, false)
}
fn m_rstrip(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    strip_impl(vm, args, kind, "rstrip", false, true)
}

/// Self's data, the sub argument and the adjusted range of find/count/index.
type Search<'a> = (Cow<'a, [u8]>, Vec<u8>, i64, i64);

fn search_args<'a>(vm: &mut Vm, args: &Args<'a>, kind: Kind, name: &str) -> PyResult<Search<'a>> {
    let d = self_data(vm, args, name, kind)?;
    let a = tuple_args(vm, args, &format!("{}.{}", kind.name(), name), name, 1, 3)?;
    let st = slice_index(vm, a.get(1))?;
    let en = slice_index(vm, a.get(2))?;
    let sub = sub_arg(vm, &a[0])?.into_owned();
    let (st, en) = adjust_indices(st, en, d.len());
    Ok((d, sub, st, en))
}

fn find_impl(
    vm: &mut Vm,
    args: &Args,
    kind: Kind,
    name: &str,
    right: bool,
) -> PyResult<Option<usize>> {
    let (d, sub, st, en) = search_args(vm, args, kind, name)?;
    if en - st < sub.len() as i64 {
        return Ok(None);
    }
    let hay = &d[st as usize..en as usize];
    let p = if right {
        rfind_bytes(hay, &sub)
    } else {
        find_bytes(hay, &sub)
    };
    Ok(p.map(|p| p + st as usize))
}

fn m_find(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, &args, kind, "find", false)?.map_or(-1, |i| i as i64),
    ))
}
fn m_rfind(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, &args, kind, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}
fn m_index(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    match find_impl(vm, &args, kind, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_value_error("subsection not found")),
    }
}
fn m_rindex(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    match find_impl(vm, &args, kind, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_value_error("subsection not found")),
    }
}

fn m_count(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let (d, sub, st, en) = search_args(vm, &args, kind, "count")?;
    if en - st < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(
        count_bytes(&d[st as usize..en as usize], &sub) as i64
    ))
}

fn affix_impl(vm: &mut Vm, args: Args, kind: Kind, name: &str, ends: bool) -> PyResult<Value> {
    let d = self_data(vm, &args, name, kind)?;
    let a = tuple_args(vm, &args, &format!("{}.{}", kind.name(), name), name, 1, 3)?;
    let st = slice_index(vm, a.get(1))?;
    let en = slice_index(vm, a.get(2))?;
    let (st, en) = adjust_indices(st, en, d.len());
    let matches = |p: &[u8]| -> bool {
        if en - (p.len() as i64) < st {
            return false;
        }
        let sub = &d[st as usize..en as usize];
        if ends {
            sub.ends_with(p)
        } else {
            sub.starts_with(p)
        }
    };
    if let Some(Payload::Tuple(items)) = a[0].payload() {
        for p in items.iter() {
            let pd = buffer_arg(vm, p)?;
            if matches(&pd) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match buffer_cow(&a[0]) {
        Some(p) => Ok(Value::Bool(matches(&p))),
        None => Err(vm.new_type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            types::type_name(&a[0])
        ))),
    }
}

fn m_startswith(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    affix_impl(vm, args, kind, "startswith", false)
}
fn m_endswith(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    affix_impl(vm, args, kind, "endswith", true)
}

fn m_replace(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let d = self_data(vm, &args, "replace", kind)?;
    let a = pos_args(
        vm,
        &args,
        &format!("{}.replace", kind.name()),
        "replace",
        2,
        3,
    )?;
    let old = buffer_arg(vm, &a[0])?.into_owned();
    let new = buffer_arg(vm, &a[1])?.into_owned();
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
        return Ok(unchanged(&args, kind, &d));
    }
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        let k = (d.len() + 1).min(max);
        vm.check_alloc(d.len().saturating_add(new.len().saturating_mul(k)))?;
        let mut done = 0;
        for &b in d.iter() {
            if done < k {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(b);
        }
        if done < k {
            out.extend_from_slice(&new);
        }
        return Ok(kind.make(out));
    }
    let mut rest: &[u8] = &d;
    let mut n = 0;
    while n < max {
        match find_bytes(rest, &old) {
            Some(p) => {
                out.extend_from_slice(&rest[..p]);
                out.extend_from_slice(&new);
                rest = &rest[p + old.len()..];
                n += 1;
                if out.len() > 1 << 20 {
                    vm.check_alloc(out.len())?;
                }
            }
            None => break,
        }
    }
    if n == 0 {
        return Ok(unchanged(&args, kind, &d));
    }
    out.extend_from_slice(rest);
    Ok(kind.make(out))
}

fn partition_impl(vm: &mut Vm, args: Args, kind: Kind, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let d = self_data(vm, &args, name, kind)?;
    let sepv = one_arg(vm, &args, &format!("{}.{}", kind.name(), name))?;
    let sep = buffer_arg(vm, sepv)?.into_owned();
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let found = if right {
        rfind_bytes(&d, &sep)
    } else {
        find_bytes(&d, &sep)
    };
    let empty = || kind.make(Vec::new());
    let parts = match found {
        Some(i) => vec![
            kind.make(d[..i].to_vec()),
            // bytes.partition hands back the separator object itself (CPython).
            match kind {
                Kind::Bytes => sepv.clone(),
                Kind::ByteArray => kind.make(sep.clone()),
            },
            kind.make(d[i + sep.len()..].to_vec()),
        ],
        None if right => vec![empty(), empty(), unchanged(&args, kind, &d)],
        None => vec![unchanged(&args, kind, &d), empty(), empty()],
    };
    Ok(tupleobj::new_tuple(parts))
}

fn m_partition(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    partition_impl(vm, args, kind, false)
}
fn m_rpartition(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    partition_impl(vm, args, kind, true)
}

fn pad_impl(vm: &mut Vm, args: Args, kind: Kind, name: &str, align: char) -> PyResult<Value> {
    let d = self_data(vm, &args, name, kind)?;
    let a = pos_args(vm, &args, &format!("{}.{}", kind.name(), name), name, 1, 2)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(f) => match f.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => b[0],
            Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => b.borrow()[0],
            _ => {
                return Err(vm.new_type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    strobj::clinic_type_name(f)
                )))
            }
        },
    };
    let len = d.len() as i64;
    if width <= len {
        return Ok(unchanged(&args, kind, &d));
    }
    let marg = (width - len) as usize;
    let (left, right) = match align {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    vm.check_alloc(usize::try_from(width).unwrap_or(usize::MAX))?;
    let mut out = Vec::with_capacity(width as usize);
    out.resize(left, fill);
    out.extend_from_slice(&d);
    out.resize(left + d.len() + right, fill);
    Ok(kind.make(out))
}

fn m_center(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pad_impl(vm, args, kind, "center", '^')
}
fn m_ljust(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pad_impl(vm, args, kind, "ljust", '<')
}
fn m_rjust(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pad_impl(vm, args, kind, "rjust", '>')
}

fn m_zfill(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let d = self_data(vm, &args, "zfill", kind)?;
    let w = one_arg(vm, &args, &format!("{}.zfill", kind.name()))?;
    let width = ssize_arg(vm, w)?;
    let len = d.len() as i64;
    if width <= len {
        return Ok(unchanged(&args, kind, &d));
    }
    let fill = (width - len) as usize;
    vm.check_alloc(usize::try_from(width).unwrap_or(usize::MAX))?;
    let mut out = Vec::with_capacity(width as usize);
    let rest: &[u8] = match d.first() {
        Some(c @ (b'+' | b'-')) => {
            out.push(*c);
            &d[1..]
        }
        _ => &d,
    };
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(rest);
    Ok(kind.make(out))
}

fn m_splitlines(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let d = self_data(vm, &args, "splitlines", kind)?;
    let b = clinic_args(vm, &args, "splitlines", &["keepends"], 0, 0)?;
    let keep = match &b[0] {
        Some(v) => int_flag(vm, v)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            let line = if keep { &d[start..end] } else { &d[start..i] };
            out.push(kind.make(line.to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(if start == 0 {
            unchanged(&args, kind, &d)
        } else {
            kind.make(d[start..].to_vec())
        });
    }
    Ok(listobj::new_list(out))
}

fn m_expandtabs(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let d = self_data(vm, &args, "expandtabs", kind)?;
    let b = clinic_args(vm, &args, "expandtabs", &["tabsize"], 0, 0)?;
    let ts = match &b[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in d.iter() {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    vm.check_alloc(
                        out.len()
                            .saturating_add(usize::try_from(n).unwrap_or(usize::MAX)),
                    )?;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(kind.make(out))
}

fn affix_remove(vm: &mut Vm, args: Args, kind: Kind, suffix: bool) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let d = self_data(vm, &args, name, kind)?;
    let p = one_arg(vm, &args, &format!("{}.{}", kind.name(), name))?;
    let p = buffer_arg(vm, p)?;
    let r = if suffix {
        d.strip_suffix(&p[..])
    } else {
        d.strip_prefix(&p[..])
    };
    match r {
        Some(r) if !p.is_empty() => Ok(kind.make(r.to_vec())),
        _ => Ok(unchanged(&args, kind, &d)),
    }
}

fn m_removeprefix(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    affix_remove(vm, args, kind, false)
}
fn m_removesuffix(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    affix_remove(vm, args, kind, true)
}

fn m_translate(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let d = self_data(vm, &args, "translate", kind)?;
    let b = clinic_args(vm, &args, "translate", &["table", "delete"], 1, 1)?;
    let table = match &b[0] {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = buffer_arg(vm, t)?.into_owned();
            if t.len() != 256 {
                return Err(vm.new_value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &b[1] {
        Some(v) => buffer_arg(vm, v)?.into_owned(),
        None => Vec::new(),
    };
    let mut del = [false; 256];
    for x in &delete {
        del[*x as usize] = true;
    }
    let out: Vec<u8> = d
        .iter()
        .filter(|x| !del[**x as usize])
        .map(|x| match &table {
            Some(t) => t[*x as usize],
            None => *x,
        })
        .collect();
    if table.is_none() && out.len() == d.len() {
        return Ok(unchanged(&args, kind, &d));
    }
    Ok(kind.make(out))
}

fn maketrans_impl(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    no_kw(vm, &args, &format!("{}.maketrans", kind.name()))?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let frm = buffer_arg(vm, &args.pos[0])?.into_owned();
    let to = buffer_arg(vm, &args.pos[1])?.into_owned();
    if frm.len() != to.len() {
        return Err(vm.new_value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, x) in frm.iter().zip(to.iter()) {
        t[*f as usize] = *x;
    }
    Ok(new_bytes(t))
}

fn map_bytes(
    vm: &mut Vm,
    args: Args,
    kind: Kind,
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let d = self_data(vm, &args, name, kind)?;
    noargs(vm, &args, &format!("{}.{}", kind.name(), name))?;
    Ok(kind.make(f(&d)))
}

fn m_lower(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    map_bytes(vm, args, kind, "lower", |d| d.to_ascii_lowercase())
}
fn m_upper(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    map_bytes(vm, args, kind, "upper", |d| d.to_ascii_uppercase())
}
fn m_swapcase(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    map_bytes(vm, args, kind, "swapcase", |d| {
        d.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn m_capitalize(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    map_bytes(vm, args, kind, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn m_title(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    map_bytes(vm, args, kind, "title", |d| {
        let mut prev = false;
        d.iter()
            .map(|c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, args: Args, kind: Kind, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let d = self_data(vm, &args, name, kind)?;
    noargs(vm, &args, &format!("{}.{}", kind.name(), name))?;
    Ok(Value::Bool(f(&d)))
}

fn m_isalnum(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pred(vm, args, kind, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}
fn m_isalpha(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pred(vm, args, kind, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}
fn m_isdigit(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pred(vm, args, kind, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}
fn m_isspace(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pred(vm, args, kind, "isspace", |d| {
        !d.is_empty() && d.iter().all(|c| is_space(*c))
    })
}
fn m_isascii(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pred(vm, args, kind, "isascii", |d| d.is_ascii())
}
fn m_islower(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pred(vm, args, kind, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}
fn m_isupper(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pred(vm, args, kind, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
fn m_istitle(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    pred(vm, args, kind, "istitle", |d| {
        let (mut cased, mut prev) = (false, false);
        for c in d {
            if c.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

fn ba_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "__repr__")?;
    noargs(vm, &args, "bytearray.__repr__")?;
    let d = cell.borrow().clone();
    Ok(strobj::new_str(bytearray_repr(
        &d,
        &types::type_name(&args.pos[0]),
    )))
}

fn m_getnewargs(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let d = self_data(vm, &args, "__getnewargs__", kind)?;
    noargs(vm, &args, &format!("{}.__getnewargs__", kind.name()))?;
    Ok(tupleobj::new_tuple(vec![new_bytes(d.into_owned())]))
}

fn m_sizeof(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let d = self_data(vm, &args, "__sizeof__", kind)?;
    noargs(vm, &args, &format!("{}.__sizeof__", kind.name()))?;
    Ok(Value::Int(match kind {
        Kind::Bytes => 33 + d.len() as i64,
        Kind::ByteArray => 56 + if d.is_empty() { 0 } else { d.len() as i64 + 1 },
    }))
}

fn m_mod(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    self_data(vm, &args, "__mod__", kind)?;
    let other = one_arg(vm, &args, &format!("{}.__mod__", kind.name()))?;
    crate::format::percent_format_bytes(vm, &args.pos[0], other)
}

fn bytes_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    m_getnewargs(vm, args, Kind::Bytes)
}

fn bytes_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_data(vm, &args, "__bytes__", Kind::Bytes)?;
    noargs(vm, &args, "bytes.__bytes__")?;
    Ok(unchanged(&args, Kind::Bytes, &d))
}

// ----- bytearray mutation -----

fn ba_cell<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.new_type_error(format!(
            "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
            name,
            args.pos.first().map(types::type_name).unwrap_or_default()
        ))),
    }
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "append")?;
    let v = one_arg(vm, &args, "bytearray.append")?;
    let b = byte_value(vm, v, "byte must be in range(0, 256)")?;
    memoryview::check_resizable(vm, &args.pos[0])?;
    cell.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "extend")?;
    let v = one_arg(vm, &args, "bytearray.extend")?;
    let data = match buffer_data(v) {
        Some(d) => d,
        None => {
            let it = match vm.iter(v) {
                Ok(it) => it,
                Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {
                    return Err(vm.new_type_error(format!(
                        "can't extend bytearray with {}",
                        types::type_name(v)
                    )))
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(x) = vm.next(&it)? {
                out.push(byte_value(vm, &x, "byte must be in range(0, 256)")?);
            }
            out
        }
    };
    if !data.is_empty() {
        memoryview::check_resizable(vm, &args.pos[0])?;
    }
    vm.check_alloc(cell.borrow().len().saturating_add(data.len()))?;
    cell.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "insert")?;
    args.no_kw(vm, "bytearray.insert")?;
    let a = pos_args(vm, &args, "bytearray.insert", "insert", 2, 2).map_err(|_| {
        vm.new_type_error(format!(
            "insert expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        ))
    })?;
    let idx = ssize_arg(vm, &a[0])?;
    let b = byte_value(vm, &a[1], "byte must be in range(0, 256)")?;
    memoryview::check_resizable(vm, &args.pos[0])?;
    let mut bm = cell.borrow_mut();
    let n = bm.len() as i64;
    let i = if idx < 0 {
        (idx + n).max(0)
    } else {
        idx.min(n)
    };
    bm.insert(i as usize, b);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "pop")?;
    let a = pos_args(vm, &args, "bytearray.pop", "pop", 0, 1)?;
    let idx = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let n = cell.borrow().len() as i64;
    if n == 0 {
        return Err(vm.new_index_error("pop from empty bytearray"));
    }
    let i = if idx < 0 { idx + n } else { idx };
    if i < 0 || i >= n {
        return Err(vm.new_index_error("pop index out of range"));
    }
    memoryview::check_resizable(vm, &args.pos[0])?;
    let b = cell.borrow_mut().remove(i as usize);
    Ok(Value::Int(b as i64))
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "remove")?;
    let v = one_arg(vm, &args, "bytearray.remove")?;
    let b = byte_value(vm, v, "byte must be in range(0, 256)")?;
    let pos = cell.borrow().iter().position(|x| *x == b);
    match pos {
        Some(p) => {
            memoryview::check_resizable(vm, &args.pos[0])?;
            cell.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.new_value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "reverse")?;
    noargs(vm, &args, "bytearray.reverse")?;
    cell.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "clear")?;
    noargs(vm, &args, "bytearray.clear")?;
    if !cell.borrow().is_empty() {
        memoryview::check_resizable(vm, &args.pos[0])?;
    }
    cell.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "copy")?;
    noargs(vm, &args, "bytearray.copy")?;
    let d = cell.borrow().clone();
    Ok(new_bytearray(d))
}

/// `bytearray.__alloc__()`: the bytes allocated, counting CPython's trailing NUL (0 for a
/// never-filled bytearray).
fn ba_alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "__alloc__")?;
    noargs(vm, &args, "bytearray.__alloc__")?;
    let cap = cell.borrow().capacity();
    Ok(Value::Int(if cap == 0 { 0 } else { cap as i64 + 1 }))
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ba_cell(vm, &args, "__iadd__")?;
    let other = one_arg(vm, &args, "bytearray.__iadd__")?;
    bytearray_inplace(vm, &args.pos[0], other, BinOp::Add)
        .unwrap_or_else(|| Ok(vm.not_implemented()))
}

fn ba_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ba_cell(vm, &args, "__imul__")?;
    let other = one_arg(vm, &args, "bytearray.__imul__")?;
    match bytearray_inplace(vm, &args.pos[0], other, BinOp::Mult) {
        Some(r) => r,
        None => Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(other)
        ))),
    }
}

// ----- method tables -----

/// Generates the bytes and bytearray entry points of the shared methods.
macro_rules! shared_methods {
    ($($name:ident),* $(,)?) => {
        mod for_bytes {
            use super::*;
            $(pub fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> { super::$name(vm, args, Kind::Bytes) })*
            pub fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> { super::fromhex_impl(vm, args, Kind::Bytes) }
            pub fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> { super::maketrans_impl(vm, args, Kind::Bytes) }
        }
        mod for_bytearray {
            use super::*;
            $(pub fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> { super::$name(vm, args, Kind::ByteArray) })*
            pub fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> { super::fromhex_impl(vm, args, Kind::ByteArray) }
            pub fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> { super::maketrans_impl(vm, args, Kind::ByteArray) }
        }
    };
}

shared_methods!(
    m_decode,
    m_hex,
    m_join,
    m_split,
    m_rsplit,
    m_strip,
    m_lstrip,
    m_rstrip,
    m_find,
    m_rfind,
    m_index,
    m_rindex,
    m_count,
    m_startswith,
    m_endswith,
    m_replace,
    m_partition,
    m_rpartition,
    m_center,
    m_ljust,
    m_rjust,
    m_zfill,
    m_splitlines,
    m_expandtabs,
    m_removeprefix,
    m_removesuffix,
    m_translate,
    m_lower,
    m_upper,
    m_swapcase,
    m_capitalize,
    m_title,
    m_isalnum,
    m_isalpha,
    m_isdigit,
    m_isspace,
    m_isascii,
    m_islower,
    m_isupper,
    m_istitle,
    m_sizeof,
    m_mod,
);

macro_rules! method_table {
    ($m:ident; $($extra:expr),* $(,)?) => {
        &[
            MethodDef::method("decode", $m::m_decode),
            MethodDef::method("hex", $m::m_hex),
            MethodDef::classmethod("fromhex", $m::fromhex),
            MethodDef::staticmethod("maketrans", $m::maketrans),
            MethodDef::method("join", $m::m_join),
            MethodDef::method("split", $m::m_split),
            MethodDef::method("rsplit", $m::m_rsplit),
            MethodDef::method("strip", $m::m_strip),
            MethodDef::method("lstrip", $m::m_lstrip),
            MethodDef::method("rstrip", $m::m_rstrip),
            MethodDef::method("find", $m::m_find),
            MethodDef::method("rfind", $m::m_rfind),
            MethodDef::method("index", $m::m_index),
            MethodDef::method("rindex", $m::m_rindex),
            MethodDef::method("count", $m::m_count),
            MethodDef::method("startswith", $m::m_startswith),
            MethodDef::method("endswith", $m::m_endswith),
            MethodDef::method("replace", $m::m_replace),
            MethodDef::method("partition", $m::m_partition),
            MethodDef::method("rpartition", $m::m_rpartition),
            MethodDef::method("center", $m::m_center),
            MethodDef::method("ljust", $m::m_ljust),
            MethodDef::method("rjust", $m::m_rjust),
            MethodDef::method("zfill", $m::m_zfill),
            MethodDef::method("splitlines", $m::m_splitlines),
            MethodDef::method("expandtabs", $m::m_expandtabs),
            MethodDef::method("removeprefix", $m::m_removeprefix),
            MethodDef::method("removesuffix", $m::m_removesuffix),
            MethodDef::method("translate", $m::m_translate),
            MethodDef::method("lower", $m::m_lower),
            MethodDef::method("upper", $m::m_upper),
            MethodDef::method("swapcase", $m::m_swapcase),
            MethodDef::method("capitalize", $m::m_capitalize),
            MethodDef::method("title", $m::m_title),
            MethodDef::method("isalnum", $m::m_isalnum),
            MethodDef::method("isalpha", $m::m_isalpha),
            MethodDef::method("isdigit", $m::m_isdigit),
            MethodDef::method("isspace", $m::m_isspace),
            MethodDef::method("isascii", $m::m_isascii),
            MethodDef::method("islower", $m::m_islower),
            MethodDef::method("isupper", $m::m_isupper),
            MethodDef::method("istitle", $m::m_istitle),
            MethodDef::method("__sizeof__", $m::m_sizeof),
            MethodDef::method("__mod__", $m::m_mod),
            MethodDef::method("__rmod__", slots::rmod),
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
            $($extra,)*
        ]
    };
}

pub static BYTES_METHODS: &[MethodDef] = method_table!(for_bytes;
    MethodDef::staticmethod("__new__", bytes_new),
    MethodDef::method("__bytes__", bytes_bytes),
    MethodDef::method("__getnewargs__", bytes_getnewargs),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__str__", slots::str_),
    MethodDef::method("__hash__", slots::hash),
);

pub static BYTEARRAY_METHODS: &[MethodDef] = method_table!(for_bytearray;
    MethodDef::staticmethod("__new__", bytearray_new),
    MethodDef::method("__init__", bytearray_init),
    MethodDef::method("append", ba_append),
    MethodDef::method("extend", ba_extend),
    MethodDef::method("insert", ba_insert),
    MethodDef::method("pop", ba_pop),
    MethodDef::method("remove", ba_remove),
    MethodDef::method("reverse", ba_reverse),
    MethodDef::method("clear", ba_clear),
    MethodDef::method("copy", ba_copy),
    MethodDef::method("__alloc__", ba_alloc),
    MethodDef::method("__iadd__", ba_iadd),
    MethodDef::method("__imul__", ba_imul),
    MethodDef::method("__setitem__", ba_setitem),
    MethodDef::method("__delitem__", ba_delitem),
    MethodDef::method("__repr__", ba_repr),
    MethodDef::none("__hash__"),
);

/// `item in b` for bytes and bytearray: an int in range(256) or a bytes-like object.
pub fn bytes_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let hay = buffer_cow(v).unwrap_or_default();
    if let Some(n) = buffer_cow(item) {
        return Ok(find_bytes(&hay, &n).is_some());
    }
    let cls = types::class_of(item);
    if intobj::is_int(item) || types::lookup_str(&cls, "__index__").is_some() {
        let b = byte_value(vm, item, "byte must be in range(0, 256)")?;
        return Ok(hay.contains(&b));
    }
    Err(vm.new_type_error(format!(
        "a bytes-like object is required, not '{}'",
        types::type_name(item)
    )))
}
