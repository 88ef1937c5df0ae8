//! `_json`: the fast core of the frozen `json` package (`modules/py/json/`). The encoder
//! writes the whole document into one `String` with fast paths for exact builtin types; the
//! scanner parses bytes of the UTF-8 text directly and memoizes object keys. Both reproduce
//! CPython 3.11's output, chunking and error messages.

use std::borrow::Cow;
use std::cell::RefCell;

use crate::dict::{DictData, PyDict};
use crate::object::*;
use crate::objects::{floatobj, funcobj, intobj, listobj, moduleobj, strobj, tupleobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

/// Fills the `_json` module.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("_json"), 0));
    }
    moduleobj::module_set(m, "Scanner", Value::Obj(scanner_type()));
    Ok(())
}

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("encode_basestring_ascii", json_encode_basestring_ascii),
    ("encode_basestring", json_encode_basestring),
    ("encode", json_encode),
    ("scanstring", json_scanstring),
    ("make_scanner", json_make_scanner),
    ("skip_ws", json_skip_ws),
];

// ---------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------

fn json_encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "encode_basestring_ascii", 1)?;
    let s = first_str_arg(vm, &a[0])?;
    let mut out = String::with_capacity(s.len() + 2);
    write_json_str(&mut out, s, true);
    Ok(strobj::new_str(out))
}

fn json_encode_basestring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "encode_basestring", 1)?;
    let s = first_str_arg(vm, &a[0])?;
    let mut out = String::with_capacity(s.len() + 2);
    write_json_str(&mut out, s, false);
    Ok(strobj::new_str(out))
}

fn first_str_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a str> {
    match v.as_rust_str() {
        Some(s) => Ok(s),
        None => Err(vm.new_type_error(format!(
            "first argument must be a string, not {}",
            types::type_name(v)
        ))),
    }
}

/// `_json.encode(obj, default, indent, key_separator, item_separator, sort_keys, skipkeys,
/// allow_nan, ensure_ascii, check_circular, chunked)`.
///
/// With `chunked` false: the document as one str (CPython's one-shot path). With `chunked`
/// true: `(chunks, error)`, the chunks CPython's pure-Python `iterencode` would yield before
/// `error` (None when encoding succeeded).
fn json_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "encode", 11)?;
    let indent = match &a[2] {
        Value::None => None,
        v => match v.as_rust_str() {
            Some(s) => Some(s.to_string()),
            None => {
                return Err(vm.new_type_error(format!(
                    "indent must be str or None, not {}",
                    types::type_name(v)
                )))
            }
        },
    };
    let key_sep = separator_arg(vm, &a[3], 5)?;
    let item_sep = separator_arg(vm, &a[4], 6)?;
    let sort_keys = vm.truthy(&a[5])?;
    let skipkeys = vm.truthy(&a[6])?;
    let allow_nan = vm.truthy(&a[7])?;
    let ensure_ascii = vm.truthy(&a[8])?;
    let check_circular = vm.truthy(&a[9])?;
    let chunked = vm.truthy(&a[10])?;
    let mut enc = Encoder {
        default: a[1].clone(),
        // CPython's C encoder serves one-shot encodes without indent; its messages differ.
        c_mode: !chunked && indent.is_none(),
        indent,
        key_sep,
        item_sep,
        sort_keys,
        skipkeys,
        allow_nan,
        ensure_ascii,
        check_circular,
        markers: Vec::new(),
        out: String::new(),
        bounds: if chunked { Some(Vec::new()) } else { None },
        level: 0,
    };
    let r = enc.encode(vm, &a[0]);
    if !chunked {
        r?;
        return Ok(strobj::new_str(enc.out));
    }
    let bounds = enc.bounds.take().unwrap_or_default();
    let mut chunks = Vec::with_capacity(bounds.len());
    let mut prev = 0;
    for b in bounds {
        // Bounds are recorded in increasing order at char boundaries of `out`.
        chunks.push(Value::Obj(strobj::new_str_ref(
            enc.out.get(prev..b).unwrap_or(""),
        )));
        prev = b;
    }
    let err = match r {
        Ok(()) => Value::None,
        Err(e) => Value::Obj(e.0),
    };
    Ok(tupleobj::new_tuple(vec![listobj::new_list(chunks), err]))
}

fn separator_arg(vm: &mut Vm, v: &Value, argno: usize) -> PyResult<String> {
    match v.as_rust_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.new_type_error(format!(
            "make_encoder() argument {} must be str, not {}",
            argno,
            types::type_name(v)
        ))),
    }
}

const ENCODE_DEPTH: &str = " while encoding a JSON object";

/// One encoding run.
struct Encoder {
    default: Value,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    ensure_ascii: bool,
    check_circular: bool,
    c_mode: bool,
    /// Ids of the containers being encoded (the current path), for circular checks.
    markers: Vec<usize>,
    out: String,
    /// Chunk ends in `out`, where the pure-Python encoder would `yield` (chunked mode only).
    bounds: Option<Vec<usize>>,
    level: usize,
}

/// How a value is written: inline scalars versus values that recurse.
fn is_scalar(v: &Value) -> bool {
    match v {
        Value::Obj(o) => matches!(
            o.payload,
            Payload::Str(_) | Payload::Int(_) | Payload::Float(_)
        ),
        _ => true,
    }
}

impl Encoder {
    /// Encodes `v` into `out`; in chunked mode, `out` is cut back to the last chunk on error.
    fn encode(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let r = self.value(vm, v);
        if r.is_err() {
            if let Some(last) = self.bounds.as_ref().map(|b| b.last().copied().unwrap_or(0)) {
                self.out.truncate(last);
            }
        }
        r
    }

    /// Marks a chunk boundary (a `yield` of the pure-Python encoder).
    #[inline]
    fn chunk(&mut self) {
        if let Some(b) = &mut self.bounds {
            b.push(self.out.len());
        }
    }

    /// `_iterencode(o)`: any value at the top level or from `default()`.
    fn value(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        if is_scalar(v) {
            self.scalar(vm, v)?;
            self.chunk();
            return Ok(());
        }
        self.compound(vm, v)
    }

    /// Writes a str, int, float, bool or None.
    fn scalar(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => push_i64(&mut self.out, *i),
            Value::Float(f) => self.float(*f)?,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => write_json_str(&mut self.out, s.as_str(), self.ensure_ascii),
                Payload::Float(f) => self.float(*f)?,
                Payload::Int(_) => {
                    // int.__repr__, whatever the subclass says.
                    let s = intobj::int_to_str(vm, v)?;
                    self.out.push_str(&s);
                }
                _ => {}
            },
            Value::Null => {}
        }
        Ok(())
    }

    fn float(&mut self, f: f64) -> PyResult<()> {
        if f.is_finite() {
            self.out.push_str(&floatobj::float_repr(f));
            return Ok(());
        }
        if !self.allow_nan {
            return Err(self.nan_error(f));
        }
        self.out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn nan_error(&self, f: f64) -> PyErr {
        let msg = if self.c_mode {
            "Out of range float values are not JSON compliant".to_string()
        } else {
            format!(
                "Out of range float values are not JSON compliant: {}",
                floatobj::float_repr(f)
            )
        };
        PyErr(crate::exceptions::new_exception_obj(
            &types().exc.value_error,
            vec![strobj::new_str(msg)],
        ))
    }

    /// Lists, tuples, dicts and anything handed to `default()`.
    fn compound(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let Value::Obj(o) = v else { return Ok(()) };
        match &o.payload {
            Payload::List(_) | Payload::Tuple(_) => self.list(vm, o),
            Payload::Dict(_) => self.dict(vm, o),
            _ => {
                let id = self.mark(vm, o)?;
                vm.enter_native(ENCODE_DEPTH)?;
                let r = vm
                    .call(&self.default.clone(), std::slice::from_ref(v))
                    .and_then(|nv| self.value(vm, &nv));
                vm.leave_native();
                self.unmark(id);
                r
            }
        }
    }

    fn mark(&mut self, vm: &mut Vm, o: &PyRef) -> PyResult<Option<usize>> {
        if !self.check_circular {
            return Ok(None);
        }
        let id = std::rc::Rc::as_ptr(o) as *const u8 as usize;
        if self.markers.contains(&id) {
            return Err(vm.new_value_error("Circular reference detected"));
        }
        self.markers.push(id);
        Ok(Some(id))
    }

    fn unmark(&mut self, id: Option<usize>) {
        if id.is_some() {
            self.markers.pop();
        }
    }

    fn newline_indent(&mut self) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn list(&mut self, vm: &mut Vm, o: &PyRef) -> PyResult<()> {
        // A subclass is iterated, so its `__iter__` counts (CPython's PySequence_Fast).
        let exact = std::ptr::eq(o.class.ptr(), std::rc::Rc::as_ptr(&types().list))
            || std::ptr::eq(o.class.ptr(), std::rc::Rc::as_ptr(&types().tuple));
        let snapshot = if exact {
            None
        } else {
            Some(vm.collect_iter(&Value::Obj(o.clone()))?)
        };
        let len = match (&snapshot, &o.payload) {
            (Some(items), _) => items.len(),
            (None, Payload::List(l)) => l.borrow().len(),
            (None, Payload::Tuple(t)) => t.len(),
            _ => 0,
        };
        if len == 0 {
            self.out.push_str("[]");
            self.chunk();
            return Ok(());
        }
        vm.check_limits()?;
        let id = self.mark(vm, o)?;
        vm.enter_native(ENCODE_DEPTH)?;
        let r = self.list_items(vm, o, snapshot.as_deref());
        vm.leave_native();
        self.unmark(id);
        r
    }

    /// The items of `o`, or of `snapshot` (what a subclass's iterator gave) when present.
    fn list_items(&mut self, vm: &mut Vm, o: &PyRef, snapshot: Option<&[Value]>) -> PyResult<()> {
        self.out.push('[');
        if self.indent.is_some() {
            self.level += 1;
            self.newline_indent();
        }
        let mut i = 0;
        loop {
            // Re-read the list each step: `default()` may have mutated it.
            let item = match (snapshot, &o.payload) {
                (Some(items), _) => items.get(i).cloned(),
                (None, Payload::List(l)) => l.borrow().get(i).cloned(),
                (None, Payload::Tuple(t)) => t.get(i).cloned(),
                _ => None,
            };
            let Some(item) = item else { break };
            if i > 0 {
                self.out.push_str(&self.item_sep);
                self.newline_indent();
            }
            if is_scalar(&item) {
                self.scalar(vm, &item)?;
                self.chunk();
            } else {
                self.chunk();
                self.compound(vm, &item)?;
            }
            i += 1;
        }
        if self.indent.is_some() {
            self.level -= 1;
            self.newline_indent();
            self.chunk();
        }
        self.out.push(']');
        self.chunk();
        Ok(())
    }

    fn dict(&mut self, vm: &mut Vm, o: &PyRef) -> PyResult<()> {
        let Payload::Dict(d) = &o.payload else {
            return Ok(());
        };
        if d.is_empty() {
            self.out.push_str("{}");
            self.chunk();
            return Ok(());
        }
        vm.check_limits()?;
        let id = self.mark(vm, o)?;
        vm.enter_native(ENCODE_DEPTH)?;
        let r = self.dict_items(vm, o, d);
        vm.leave_native();
        self.unmark(id);
        r
    }

    fn dict_items(&mut self, vm: &mut Vm, o: &PyRef, d: &PyDict) -> PyResult<()> {
        self.out.push('{');
        self.chunk();
        if self.indent.is_some() {
            self.level += 1;
            self.newline_indent();
            self.chunk();
        }
        let exact = std::ptr::eq(o.class.ptr(), std::rc::Rc::as_ptr(&types().dict));
        let mut first = true;
        if exact && !self.sort_keys {
            // Walk the live entries (no copy); `default()` may mutate the dict meanwhile.
            let mut index = 0;
            loop {
                let next = d.data.borrow().next_entry(index);
                let Some((ni, k, v)) = next else { break };
                index = ni;
                self.item(vm, &k, &v, &mut first)?;
            }
        } else {
            let mut items = if exact {
                d.items()
            } else {
                let it = vm.call_method(&Value::Obj(o.clone()), "items", &[])?;
                let mut items = Vec::new();
                for pair in vm.collect_iter(&it)? {
                    items.push(unpack_pair(vm, &pair)?);
                }
                items
            };
            if self.sort_keys {
                sort_items(vm, &mut items)?;
            }
            for (k, v) in &items {
                self.item(vm, k, v, &mut first)?;
            }
        }
        if self.indent.is_some() {
            self.level -= 1;
            self.newline_indent();
            self.chunk();
        }
        self.out.push('}');
        self.chunk();
        Ok(())
    }

    /// One `key: value` member; keys are coerced as CPython does (or skipped).
    fn item(&mut self, vm: &mut Vm, k: &Value, v: &Value, first: &mut bool) -> PyResult<()> {
        // The key's text, checked before anything is written for this member.
        let key: Cow<str> = match k {
            Value::Obj(ko) => match &ko.payload {
                Payload::Str(s) => Cow::Borrowed(s.as_str()),
                Payload::Float(f) => Cow::Owned(self.float_key(*f)?),
                Payload::Int(_) => Cow::Owned(intobj::int_to_str(vm, k)?),
                _ => {
                    if self.skipkeys {
                        return Ok(());
                    }
                    return Err(vm.new_type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        types::type_name(k)
                    )));
                }
            },
            Value::Float(f) => Cow::Owned(self.float_key(*f)?),
            Value::Bool(true) => Cow::Borrowed("true"),
            Value::Bool(false) => Cow::Borrowed("false"),
            Value::None | Value::Null => Cow::Borrowed("null"),
            Value::Int(i) => {
                let mut s = String::new();
                push_i64(&mut s, *i);
                Cow::Owned(s)
            }
        };
        if *first {
            *first = false;
        } else {
            self.out.push_str(&self.item_sep);
            self.newline_indent();
            self.chunk();
        }
        write_json_str(&mut self.out, &key, self.ensure_ascii);
        self.chunk();
        self.out.push_str(&self.key_sep);
        self.chunk();
        self.value(vm, v)
    }

    fn float_key(&mut self, f: f64) -> PyResult<String> {
        let start = self.out.len();
        self.float(f)?;
        let s = self.out[start..].to_string();
        self.out.truncate(start);
        Ok(s)
    }
}

fn unpack_pair(vm: &mut Vm, pair: &Value) -> PyResult<(Value, Value)> {
    if let Some([k, v]) = tupleobj::tuple_items(pair) {
        return Ok((k.clone(), v.clone()));
    }
    let parts = vm.collect_iter(pair)?;
    match <[Value; 2]>::try_from(parts) {
        Ok([k, v]) => Ok((k, v)),
        Err(p) if p.len() > 2 => Err(vm.new_value_error("too many values to unpack (expected 2)")),
        Err(p) => Err(vm.new_value_error(format!(
            "not enough values to unpack (expected 2, got {})",
            p.len()
        ))),
    }
}

/// `sorted(dct.items())`: items ordered by key (keys of a dict are distinct).
fn sort_items(vm: &mut Vm, items: &mut [(Value, Value)]) -> PyResult<()> {
    let all_str = items
        .iter()
        .all(|(k, _)| matches!(k, Value::Obj(o) if types::is_exact_str(o)));
    if all_str {
        // Code point order equals UTF-8 byte order.
        items.sort_by(|a, b| {
            a.0.as_rust_str()
                .unwrap_or("")
                .cmp(b.0.as_rust_str().unwrap_or(""))
        });
        return Ok(());
    }
    if items.len() > u32::MAX as usize {
        return Err(vm.new_memory_error());
    }
    let mut perm: Vec<u32> = (0..items.len() as u32).collect();
    listobj::timsort(&mut perm, &mut |a, b| {
        listobj::lt_values(vm, &items[a as usize].0, &items[b as usize].0)
    })?;
    let sorted: Vec<(Value, Value)> = perm.iter().map(|&i| items[i as usize].clone()).collect();
    items.clone_from_slice(&sorted);
    Ok(())
}

/// Appends the decimal digits of `i`.
fn push_i64(out: &mut String, i: i64) {
    let mut buf = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut pos = buf.len();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        out.push('-');
    }
    for &b in &buf[pos..] {
        out.push(b as char);
    }
}

/// Bytes that need escaping: 1 in both modes, 2 only with `ensure_ascii` (DEL and non-ASCII).
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = if i < 0x20 || i == b'"' as usize || i == b'\\' as usize {
            1
        } else if i >= 0x7f {
            2
        } else {
            0
        };
        i += 1;
    }
    t
};

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u_escape(out: &mut String, u: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((u >> shift) & 0xf) as usize] as char);
    }
}

/// Appends `s` as a JSON string literal (CPython's `encode_basestring[_ascii]`).
fn write_json_str(out: &mut String, s: &str, ensure_ascii: bool) {
    let limit = if ensure_ascii { 2 } else { 1 };
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push('"');
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let class = ESCAPE[b as usize];
        if class == 0 || class > limit {
            i += 1;
            continue;
        }
        out.push_str(&s[start..i]);
        if b < 0x80 {
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                0x08 => out.push_str("\\b"),
                0x0c => out.push_str("\\f"),
                _ => push_u_escape(out, b as u32),
            }
            i += 1;
        } else {
            // A non-ASCII character (ensure_ascii): `i` is at a char boundary here.
            let c = s[i..].chars().next().unwrap_or('\u{fffd}');
            let u = crate::unicode::code_of(c);
            if u >= 0x10000 {
                let v = u - 0x10000;
                push_u_escape(out, 0xd800 | (v >> 10));
                push_u_escape(out, 0xdc00 | (v & 0x3ff));
            } else {
                push_u_escape(out, u);
            }
            i += c.len_utf8();
        }
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

// ---------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------

/// The parser settings a `_json.Scanner` captured from its decoder.
struct ScannerData {
    strict: bool,
    /// object_hook, object_pairs_hook, parse_float, parse_int, parse_constant. parse_float /
    /// parse_int are `Null` when they are `float` / `int` (parsed natively).
    hooks: RefCell<[Value; 5]>,
}

impl NativeObject for ScannerData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.hooks.borrow().iter() {
            visit(v);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.hooks.borrow_mut());
        drop(old);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    static SCANNER_TYPE: PyRef = types::new_builtin_type("Scanner", "_json", None, BaseKind::Internal, SCANNER_METHODS, false);
}

fn scanner_type() -> PyRef {
    SCANNER_TYPE.with(|t| t.clone())
}

static SCANNER_METHODS: &[MethodDef] = &[MethodDef::method("__call__", scanner_call)];

/// `make_scanner(context)`: reads the decoder's settings as CPython's `c_make_scanner` does.
fn json_make_scanner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "make_scanner", 1)?;
    let ctx = &a[0];
    let strict_v = vm.get_attr_str(ctx, "strict")?;
    let strict = vm.truthy(&strict_v)?;
    let object_hook = vm.get_attr_str(ctx, "object_hook")?;
    let pairs_hook = vm.get_attr_str(ctx, "object_pairs_hook")?;
    let mut parse_float = vm.get_attr_str(ctx, "parse_float")?;
    if matches!(&parse_float, Value::Obj(o) if std::rc::Rc::ptr_eq(o, &types().float)) {
        parse_float = Value::Null;
    }
    let mut parse_int = vm.get_attr_str(ctx, "parse_int")?;
    if matches!(&parse_int, Value::Obj(o) if std::rc::Rc::ptr_eq(o, &types().int)) {
        parse_int = Value::Null;
    }
    let parse_constant = vm.get_attr_str(ctx, "parse_constant")?;
    let data = ScannerData {
        strict,
        hooks: RefCell::new([
            object_hook,
            pairs_hook,
            parse_float,
            parse_int,
            parse_constant,
        ]),
    };
    Ok(types::new_obj(
        &scanner_type(),
        Payload::Native(Box::new(data)),
    ))
}

/// `scanner(string, idx)` -> `(value, end)`; StopIteration(idx) when no value starts there.
fn scanner_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (strict, hooks) = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<ScannerData>() {
            Some(d) => (d.strict, d.hooks.borrow().clone()),
            None => return Err(vm.new_type_error("scanner expected")),
        },
        _ => return Err(vm.new_type_error("scanner expected")),
    };
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(
        vm,
        &ArgSpec {
            name: "scan_once",
            params: &["string", "idx"],
            required: 2,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let (Some(doc), Some(idx)) = (&b[0], &b[1]) else {
        return Ok(Value::None);
    };
    let Some(pystr) = doc.as_str() else {
        return Err(vm.new_type_error(format!(
            "first argument must be a string, not {}",
            types::type_name(doc)
        )));
    };
    let idx = vm.index_i64(idx)?;
    if idx < 0 {
        return Err(vm.new_value_error("idx cannot be negative"));
    }
    let [object_hook, pairs_hook, parse_float, parse_int, parse_constant] = hooks;
    let mut p = Parser {
        text: pystr.as_str(),
        bytes: pystr.as_str().as_bytes(),
        doc,
        ascii: pystr.is_ascii(),
        strict,
        object_hook,
        pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
        memo: KeyMemo::default(),
        obj_hint: 0,
        arr_hint: 0,
    };
    if idx as usize >= pystr.char_len() {
        return Err(vm.new_stop_iteration(Value::Int(idx)));
    }
    let start = p.byte_of(idx as usize);
    match p.scan_once(vm, start) {
        Ok((v, end)) => {
            let end = p.char_of(end);
            Ok(tupleobj::new_tuple(vec![v, Value::Int(end as i64)]))
        }
        Err(Fail::Stop(at)) => {
            let at = p.char_of(at);
            Err(vm.new_stop_iteration(Value::Int(at as i64)))
        }
        Err(Fail::Py(e)) => Err(e),
    }
}

/// `scanstring(s, end, strict=True)` -> `(str, end)`: decodes the string literal whose
/// opening quote is just before `end`.
fn json_scanstring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &ArgSpec {
            name: "scanstring",
            params: &["s", "end", "strict"],
            required: 2,
            posonly: 3,
            kwonly: 0,
        },
    )?;
    let (Some(doc), Some(end)) = (&b[0], &b[1]) else {
        return Ok(Value::None);
    };
    let Some(pystr) = doc.as_str() else {
        return Err(vm.new_type_error(format!(
            "first argument must be a string, not {}",
            types::type_name(doc)
        )));
    };
    let end = vm.index_i64(end)?;
    let strict = match &b[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if end < 0 || end as usize > pystr.char_len() {
        return Err(vm.new_value_error("end is out of bounds"));
    }
    let mut p = Parser {
        text: pystr.as_str(),
        bytes: pystr.as_str().as_bytes(),
        doc,
        ascii: pystr.is_ascii(),
        strict,
        object_hook: Value::None,
        pairs_hook: Value::None,
        parse_float: Value::Null,
        parse_int: Value::Null,
        parse_constant: Value::None,
        memo: KeyMemo::default(),
        obj_hint: 0,
        arr_hint: 0,
    };
    let start = p.byte_of(end as usize);
    match p.scan_string(vm, start) {
        Ok((s, after)) => {
            let v = str_value(s);
            let after = p.char_of(after);
            Ok(tupleobj::new_tuple(vec![v, Value::Int(after as i64)]))
        }
        Err(Fail::Py(e)) => Err(e),
        Err(Fail::Stop(at)) => Err(vm.new_stop_iteration(Value::Int(p.char_of(at) as i64))),
    }
}

/// `skip_ws(s, idx)`: the index of the first non-whitespace character at or after `idx`.
fn json_skip_ws(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "skip_ws", 2)?;
    let Some(pystr) = a[0].as_str() else {
        let msg = if matches!(
            a[0].payload(),
            Some(Payload::Bytes(_) | Payload::ByteArray(_))
        ) {
            "cannot use a string pattern on a bytes-like object".to_string()
        } else {
            format!(
                "expected string or bytes-like object, got '{}'",
                types::type_name(&a[0])
            )
        };
        return Err(vm.new_type_error(msg));
    };
    let idx = vm.index_i64(&a[1])?.max(0) as usize;
    let text = pystr.as_str();
    if pystr.is_ascii() {
        let b = text.as_bytes();
        let mut i = idx.min(b.len());
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        return Ok(Value::Int(i as i64));
    }
    let skipped = text
        .chars()
        .skip(idx)
        .take_while(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
        .count();
    Ok(Value::Int((idx.min(pystr.char_len()) + skipped) as i64))
}

/// Why a scan stopped: no value at a byte offset (StopIteration), or a raised error.
enum Fail {
    Stop(usize),
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type ScanResult<T> = Result<T, Fail>;

/// Object keys seen during one scan, so equal keys share one str object.
#[derive(Default)]
struct KeyMemo {
    /// Open addressing by the str hash; the table length is a power of two.
    table: Vec<Option<PyRef>>,
    count: usize,
}

impl KeyMemo {
    fn get(&mut self, s: &str) -> PyRef {
        if self.table.is_empty() {
            self.table.resize(32, None);
        }
        let h = crate::hash::hash_str(s) as u64 as usize;
        let mask = self.table.len() - 1;
        let mut i = h & mask;
        while let Some(r) = &self.table[i] {
            if r.payload_str() == s {
                return r.clone();
            }
            i = (i + 1) & mask;
        }
        let r = strobj::new_str_ref(s);
        self.table[i] = Some(r.clone());
        self.count += 1;
        if self.count * 2 > self.table.len() {
            self.grow();
        }
        r
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.table);
        self.table.resize(old.len() * 2, None);
        let mask = self.table.len() - 1;
        for r in old.into_iter().flatten() {
            let h = match &r.payload {
                Payload::Str(s) => s.hash() as u64 as usize,
                _ => 0,
            };
            let mut i = h & mask;
            while self.table[i].is_some() {
                i = (i + 1) & mask;
            }
            self.table[i] = Some(r);
        }
    }
}

/// A str value from decoded text (one allocation; short strings are shared).
fn str_value(s: Cow<str>) -> Value {
    match s {
        Cow::Borrowed(b) => Value::Obj(strobj::new_str_ref(b)),
        Cow::Owned(o) => strobj::new_str(o),
    }
}

const OBJECT_DEPTH: &str = " while decoding a JSON object from a unicode string";
const ARRAY_DEPTH: &str = " while decoding a JSON array from a unicode string";

/// One scan over a document. Offsets are byte offsets into `text`; JSON syntax is ASCII,
/// so every offset the parser stops at is a char boundary.
struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    doc: &'a Value,
    ascii: bool,
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    memo: KeyMemo,
    /// Sizes of the last object and array parsed: documents tend to repeat shapes, so
    /// the next one's storage is reserved up front (capped).
    obj_hint: usize,
    arr_hint: usize,
}

/// The largest container size reserved from a hint.
const HINT_CAP: usize = 16;

#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'a> Parser<'a> {
    /// The byte offset of code point `i` (clamped to the end).
    fn byte_of(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.bytes.len());
        }
        self.text
            .char_indices()
            .nth(i)
            .map(|(b, _)| b)
            .unwrap_or(self.bytes.len())
    }

    /// The code point index of byte offset `b`.
    fn char_of(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        self.text.get(..b).map(|s| s.chars().count()).unwrap_or(0)
    }

    fn error(&self, vm: &mut Vm, msg: &str, at: usize) -> Fail {
        let pos = self.char_of(at);
        Fail::Py(decode_error(vm, msg, self.doc, pos))
    }

    #[inline]
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && is_ws(self.bytes[i]) {
            i += 1;
        }
        i
    }

    #[inline]
    fn at(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    /// Parses the value starting at byte `i`: (value, offset after it).
    fn scan_once(&mut self, vm: &mut Vm, i: usize) -> ScanResult<(Value, usize)> {
        let b = self.bytes;
        if i >= b.len() {
            return Err(Fail::Stop(i));
        }
        let rest = &b[i..];
        match b[i] {
            b'"' => {
                let (s, end) = self.scan_string(vm, i + 1)?;
                Ok((str_value(s), end))
            }
            b'{' => {
                vm.check_limits()?;
                vm.enter_native(OBJECT_DEPTH)?;
                let r = self.parse_object(vm, i + 1);
                vm.leave_native();
                r
            }
            b'[' => {
                vm.check_limits()?;
                vm.enter_native(ARRAY_DEPTH)?;
                let r = self.parse_array(vm, i + 1);
                vm.leave_native();
                r
            }
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => self.constant(vm, "NaN", f64::NAN, i),
            b'I' if rest.starts_with(b"Infinity") => {
                self.constant(vm, "Infinity", f64::INFINITY, i)
            }
            b'-' if rest.starts_with(b"-Infinity") => {
                self.constant(vm, "-Infinity", f64::NEG_INFINITY, i)
            }
            _ => self.number(vm, i),
        }
    }

    fn constant(
        &mut self,
        vm: &mut Vm,
        name: &'static str,
        value: f64,
        i: usize,
    ) -> ScanResult<(Value, usize)> {
        let v = if self.parse_constant.is_none() {
            Value::Float(value)
        } else {
            vm.call(
                &self.parse_constant.clone(),
                &[Value::Obj(strobj::new_str_ref(name))],
            )?
        };
        Ok((v, i + name.len()))
    }

    /// A JSON number at `start` (CPython's `_match_number_unicode`).
    fn number(&mut self, vm: &mut Vm, start: usize) -> ScanResult<(Value, usize)> {
        let b = self.bytes;
        let len = b.len();
        let mut i = start;
        if self.at(i) == b'-' {
            i += 1;
            if i >= len {
                return Err(Fail::Stop(start));
            }
        }
        match self.at(i) {
            b'1'..=b'9' => {
                i += 1;
                while i < len && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            b'0' => i += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        if i + 1 < len && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i += 2;
            while i < len && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        if i + 1 < len && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < len && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while i < len && b[i].is_ascii_digit() {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let num = &self.text[start..i];
        let v = if is_float {
            if self.parse_float.is_null() {
                // The JSON number grammar is a subset of Rust's float syntax.
                Value::Float(num.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                vm.call(
                    &self.parse_float.clone(),
                    &[Value::Obj(strobj::new_str_ref(num))],
                )?
            }
        } else if self.parse_int.is_null() {
            let digits = num.len() - usize::from(num.starts_with('-'));
            if digits <= 18 {
                // At most 18 digits with an optional sign: always a valid i64.
                Value::Int(num.parse::<i64>().unwrap_or(0))
            } else {
                intobj::parse_int_str(vm, num, 10)?
            }
        } else {
            vm.call(
                &self.parse_int.clone(),
                &[Value::Obj(strobj::new_str_ref(num))],
            )?
        };
        Ok((v, i))
    }

    /// Decodes a string literal whose body starts at `start` (just after the quote):
    /// (text, offset after the closing quote). CPython's `scanstring_unicode`.
    fn scan_string(&mut self, vm: &mut Vm, start: usize) -> ScanResult<(Cow<'a, str>, usize)> {
        let b = self.bytes;
        let len = b.len();
        let begin = start.saturating_sub(1);
        let mut out: Option<String> = None;
        let mut end = start;
        loop {
            let mut next = end;
            let mut term = 0u8;
            while next < len {
                let c = b[next];
                if c == b'"' || c == b'\\' {
                    term = c;
                    break;
                }
                if c < 0x20 && self.strict {
                    return Err(self.error(vm, "Invalid control character at", next));
                }
                next += 1;
            }
            if term == 0 {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            let chunk = &self.text[end..next];
            if term == b'"' {
                return Ok(match out {
                    None => (Cow::Borrowed(chunk), next + 1),
                    Some(mut s) => {
                        s.push_str(chunk);
                        (Cow::Owned(s), next + 1)
                    }
                });
            }
            let s = out.get_or_insert_with(String::new);
            s.push_str(chunk);
            next += 1;
            if next == len {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            let c = b[next];
            if c != b'u' {
                end = next + 1;
                let ch = match c {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error(vm, "Invalid \\escape", end - 2)),
                };
                s.push(ch);
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(self.error(vm, "Invalid \\uXXXX escape", next - 1));
            }
            let Some(mut u) = hex4(&b[next..end]) else {
                return Err(self.error(vm, "Invalid \\uXXXX escape", end - 5));
            };
            if (0xd800..0xdc00).contains(&u)
                && end + 6 < len
                && b[end] == b'\\'
                && b[end + 1] == b'u'
            {
                let Some(u2) = hex4(&b[end + 2..end + 6]) else {
                    return Err(self.error(vm, "Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..0xe000).contains(&u2) {
                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                    end += 6;
                }
            }
            // Lone surrogates are stored in the surrogate window (see unicode.rs).
            s.push(crate::unicode::char_of(u).unwrap_or('\u{fffd}'));
        }
    }

    /// An object body after `{` (CPython's `_parse_object_unicode`).
    fn parse_object(&mut self, vm: &mut Vm, start: usize) -> ScanResult<(Value, usize)> {
        let use_pairs = !self.pairs_hook.is_none();
        let mut dict = DictData::default();
        let mut pairs: Vec<Value> = Vec::new();
        if use_pairs {
            pairs.reserve(self.obj_hint);
        } else {
            dict.entries.reserve(self.obj_hint);
        }
        let mut i = self.skip_ws(start);
        if self.at(i) != b'}' {
            loop {
                if self.at(i) != b'"' {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (k, after) = self.scan_string(vm, i + 1)?;
                let key = self.memo.get(&k);
                i = self.skip_ws(after);
                if self.at(i) != b':' {
                    return Err(self.error(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, after) = self.scan_once(vm, i)?;
                if use_pairs {
                    pairs.push(tupleobj::new_tuple(vec![Value::Obj(key), v]));
                } else {
                    dict.set_str(key, v);
                }
                i = self.skip_ws(after);
                if self.at(i) == b'}' {
                    break;
                }
                if self.at(i) != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        self.obj_hint = if use_pairs { pairs.len() } else { dict.len() }.min(HINT_CAP);
        if use_pairs {
            let hook = self.pairs_hook.clone();
            return Ok((vm.call(&hook, &[listobj::new_list(pairs)])?, end));
        }
        let d = types::new_obj(&types().dict, Payload::Dict(PyDict::from_data(dict)));
        if self.object_hook.is_none() {
            return Ok((d, end));
        }
        let hook = self.object_hook.clone();
        Ok((vm.call(&hook, &[d])?, end))
    }

    /// An array body after `[` (CPython's `_parse_array_unicode`).
    fn parse_array(&mut self, vm: &mut Vm, start: usize) -> ScanResult<(Value, usize)> {
        let mut items = Vec::with_capacity(self.arr_hint);
        let mut i = self.skip_ws(start);
        if self.at(i) != b']' {
            loop {
                let (v, after) = self.scan_once(vm, i)?;
                items.push(v);
                i = self.skip_ws(after);
                if self.at(i) == b']' {
                    break;
                }
                if self.at(i) != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        self.arr_hint = items.len().min(HINT_CAP);
        Ok((listobj::new_list(items), i + 1))
    }
}

fn hex4(d: &[u8]) -> Option<u32> {
    let mut u = 0u32;
    for &c in d {
        u = (u << 4) | (c as char).to_digit(16)?;
    }
    Some(u)
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, looked up when needed as CPython does.
fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let r = (|| {
        let m = vm.import_module_simple("json.decoder")?;
        let cls = vm.get_attr_str(&m, "JSONDecodeError")?;
        let e = vm.call(
            &cls,
            &[
                strobj::new_str(msg.to_string()),
                doc.clone(),
                Value::Int(pos as i64),
            ],
        )?;
        vm.exception_from_value(&e)
    })();
    match r {
        Ok(e) | Err(e) => e,
    }
}
