//! `bytes` and `bytearray`.

use crate::ast::BinOp;
use crate::object::*;
use crate::objects::slots;
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

pub fn new_bytes(b: Vec<u8>) -> Value {
    types::new_obj(&types().bytes, Payload::Bytes(b.into_boxed_slice()))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    types::new_obj(&types().bytearray, Payload::ByteArray(std::cell::RefCell::new(b)))
}

/// A copy of the bytes of a bytes-like object.
pub fn bytes_data(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// The bytes of any buffer-protocol object (bytes, bytearray, memoryview).
pub fn buffer_data(v: &Value) -> Option<Vec<u8>> {
    bytes_data(v)
}

/// repr of bytes with the given prefix ("b" or "bytearray(b").
pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push_str(prefix);
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_binop(vm: &mut Vm, receiver: &Value, l: &Value, r: &Value, op: BinOp) -> PyResult<Value> {
    let on_left = receiver.is(l);
    let is_ba = matches!(receiver.payload(), Some(Payload::ByteArray(_)));
    let make = |v: Vec<u8>| if is_ba { new_bytearray(v) } else { new_bytes(v) };
    match op {
        BinOp::Add if on_left => match bytes_data(r) {
            Some(rb) => {
                let mut v = bytes_data(l).unwrap_or_default();
                v.extend_from_slice(&rb);
                Ok(make(v))
            }
            None => Ok(vm.not_implemented()),
        },
        BinOp::Mult => {
            let (seq, n) = if on_left { (l, r) } else { (r, l) };
            let count = match crate::objects::intobj::to_i64(n) {
                Some(c) => c.max(0) as usize,
                None => return Ok(vm.not_implemented()),
            };
            let d = bytes_data(seq).unwrap_or_default();
            vm.check_alloc(d.len().saturating_mul(count))?;
            Ok(make(d.repeat(count)))
        }
        BinOp::Mod if on_left => crate::format::percent_format_bytes(vm, l, r),
        _ => Ok(vm.not_implemented()),
    }
}

pub fn bytearray_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let Some(Payload::ByteArray(cell)) = a.payload() else { return None };
    match op {
        BinOp::Add => {
            let Some(d) = bytes_data(b) else {
                return Some(Err(vm.new_type_error(format!("can't concat {} to bytearray", types::type_name(b)))));
            };
            cell.borrow_mut().extend_from_slice(&d);
            Some(Ok(a.clone()))
        }
        BinOp::Mult => {
            let n = crate::objects::intobj::to_i64(b)?.max(0) as usize;
            let d = cell.borrow().clone();
            *cell.borrow_mut() = d.repeat(n);
            Some(Ok(a.clone()))
        }
        _ => None,
    }
}

/// Bytes from an object for `bytes(x)`.
pub fn bytes_from_value(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_data(v) {
        return Ok(d);
    }
    match v {
        Value::Int(n) => {
            if *n < 0 {
                return Err(vm.new_value_error("negative count"));
            }
            vm.check_alloc(*n as usize)?;
            return Ok(vec![0; *n as usize]);
        }
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => {
            return Err(vm.new_type_error("string argument without an encoding"));
        }
        _ => {}
    }
    let cls = types::class_of(v);
    if let Some(m) = types::lookup_str(&cls, "__bytes__") {
        let r = vm.call_special(&m, v, &[])?;
        return bytes_data(&r).ok_or_else(|| vm.new_type_error(format!("__bytes__ returned non-bytes (type {})", types::type_name(&r))));
    }
    if types::lookup_str(&cls, "__index__").is_some() && !matches!(v, Value::Obj(o) if matches!(o.payload, Payload::List(_) | Payload::Tuple(_))) {
        let n = vm.index_i64(v)?;
        if n < 0 {
            return Err(vm.new_value_error("negative count"));
        }
        vm.check_alloc(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(_) => {
            return Err(vm.new_type_error(format!("cannot convert '{}' object to bytes", types::type_name(v))));
        }
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let i = match crate::objects::intobj::to_i64(&x) {
            Some(i) => i,
            None => {
                let idx = vm.index(&x).map_err(|_| {
                    vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", types::type_name(&x)))
                })?;
                crate::objects::intobj::to_i64(&idx).unwrap_or(-1)
            }
        };
        if !(0..256).contains(&i) {
            return Err(vm.new_value_error("bytes must be in range(0, 256)"));
        }
        out.push(i as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].clone();
    let rest = Args { pos: &args.pos[1..], ..args };
    let b = rest.bind(vm, &crate::vm::ArgSpec { name: "bytes", params: &["source", "encoding", "errors"], required: 0, posonly: 0, kwonly: 0 })?;
    let data = match (&b[0], &b[1]) {
        (None, None) => Vec::new(),
        (Some(s), Some(enc)) => {
            let Some(text) = s.as_rust_str().map(|x| x.to_string()) else {
                return Err(vm.new_type_error("encoding without a string argument"));
            };
            let enc = enc.as_rust_str().unwrap_or("utf-8").to_string();
            let errors = b[2].as_ref().and_then(|e| e.as_rust_str().map(|x| x.to_string())).unwrap_or_else(|| "strict".into());
            crate::codecs::encode(vm, &text, &enc, &errors)?
        }
        (Some(s), None) => bytes_from_value(vm, s)?,
        (None, Some(_)) => return Err(vm.new_type_error("encoding without a string argument")),
    };
    match &cls {
        Value::Obj(c) if !std::rc::Rc::ptr_eq(c, &types().bytes) => Ok(types::new_obj(c, Payload::Bytes(data.into_boxed_slice()))),
        _ => Ok(new_bytes(data)),
    }
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].clone();
    let rest = Args { pos: &args.pos[1..], ..args };
    let b = rest.bind(vm, &crate::vm::ArgSpec { name: "bytearray", params: &["source", "encoding", "errors"], required: 0, posonly: 0, kwonly: 0 })?;
    let data = match (&b[0], &b[1]) {
        (None, _) => Vec::new(),
        (Some(s), Some(enc)) => {
            let text = s.as_rust_str().unwrap_or("").to_string();
            let enc = enc.as_rust_str().unwrap_or("utf-8").to_string();
            crate::codecs::encode(vm, &text, &enc, "strict")?
        }
        (Some(s), None) => bytes_from_value(vm, s)?,
    };
    match &cls {
        Value::Obj(c) if !std::rc::Rc::ptr_eq(c, &types().bytearray) => {
            Ok(types::new_obj_with_dict(c, Payload::ByteArray(std::cell::RefCell::new(data))))
        }
        _ => Ok(new_bytearray(data)),
    }
}

fn self_bytes(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    args.pos.first().and_then(bytes_data).ok_or_else(|| vm.new_type_error("descriptor requires a bytes-like object"))
}

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_bytes(vm, &args)?;
    let rest = Args { pos: &args.pos[1..], ..args };
    let b = rest.bind(vm, &crate::vm::ArgSpec { name: "decode", params: &["encoding", "errors"], required: 0, posonly: 0, kwonly: 0 })?;
    let enc = b[0].as_ref().and_then(|e| e.as_rust_str().map(|s| s.to_string())).unwrap_or_else(|| "utf-8".into());
    let errors = b[1].as_ref().and_then(|e| e.as_rust_str().map(|s| s.to_string())).unwrap_or_else(|| "strict".into());
    let s = crate::codecs::decode(vm, &d, &enc, &errors)?;
    Ok(crate::objects::strobj::new_str(s))
}

fn bytes_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_bytes(vm, &args)?;
    let sep = args.pos.get(1).and_then(|v| v.as_rust_str()).map(|s| s.to_string());
    let mut out = String::with_capacity(d.len() * 2);
    for (i, b) in d.iter().enumerate() {
        if i > 0 {
            if let Some(s) = &sep {
                out.push_str(s);
            }
        }
        out.push_str(&format!("{:02x}", b));
    }
    Ok(crate::objects::strobj::new_str(out))
}

fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.pos.get(1).and_then(|v| v.as_rust_str()).unwrap_or("").to_string();
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.new_value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    pos
                )));
            }
        }
    }
    let is_ba = matches!(&args.pos[0], Value::Obj(c) if std::rc::Rc::ptr_eq(c, &types().bytearray));
    Ok(if is_ba { new_bytearray(out) } else { new_bytes(out) })
}

fn bytes_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = self_bytes(vm, &args)?;
    let items = vm.collect_iter(args.pos.get(1).unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_data(it) {
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
    let is_ba = matches!(args.pos[0].payload(), Some(Payload::ByteArray(_)));
    Ok(if is_ba { new_bytearray(out) } else { new_bytes(out) })
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "append", 2)?;
    let i = vm.index_i64(&a[1])?;
    if !(0..256).contains(&i) {
        return Err(vm.new_value_error("byte must be in range(0, 256)"));
    }
    if let Some(Payload::ByteArray(b)) = a[0].payload() {
        b.borrow_mut().push(i as u8);
    }
    Ok(Value::None)
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "extend", 2)?;
    let d = bytes_from_value(vm, &a[1])?;
    if let Some(Payload::ByteArray(b)) = a[0].payload() {
        b.borrow_mut().extend_from_slice(&d);
    }
    Ok(Value::None)
}

pub static BYTES_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", bytes_new),
    MethodDef::method("decode", bytes_decode),
    MethodDef::method("hex", bytes_hex),
    MethodDef::classmethod("fromhex", bytes_fromhex),
    MethodDef::method("join", bytes_join),
    MethodDef::method("__repr__", slots::repr),
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
    MethodDef::method("__mul__", slots::mul),
    MethodDef::method("__rmul__", slots::rmul),
    MethodDef::method("__mod__", slots::mod_),
];

pub static BYTEARRAY_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", bytearray_new),
    MethodDef::method("decode", bytes_decode),
    MethodDef::method("hex", bytes_hex),
    MethodDef::classmethod("fromhex", bytes_fromhex),
    MethodDef::method("join", bytes_join),
    MethodDef::method("append", bytearray_append),
    MethodDef::method("extend", bytearray_extend),
    MethodDef::none("__hash__"),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__getitem__", slots::getitem),
    MethodDef::method("__setitem__", slots::setitem),
    MethodDef::method("__delitem__", slots::delitem),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__lt__", slots::lt),
    MethodDef::method("__le__", slots::le),
    MethodDef::method("__gt__", slots::gt),
    MethodDef::method("__ge__", slots::ge),
    MethodDef::method("__add__", slots::add),
    MethodDef::method("__iadd__", slots::iadd),
    MethodDef::method("__mul__", slots::mul),
    MethodDef::method("__rmul__", slots::rmul),
    MethodDef::method("__imul__", slots::imul),
];
