//! The `array` module: compact arrays of machine numbers. Items are stored as their native
//! little-endian bytes, so `tobytes`, `frombytes`, `byteswap` and the buffer protocol
//! are plain copies. Sizes follow 64-bit Linux (CPython's oracle): 'l'/'L' are 8 bytes,
//! 'u' is UCS-4, on every target.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::bytecode::CompareKind;
use crate::modules::native::{self, downcast};
use crate::object::*;
use crate::objects::{
    bytesobj, floatobj, intobj, listobj, memoryview, moduleobj, sliceobj, strobj, tupleobj,
};
use crate::types::{self, BaseKind, MethodDef};
use crate::vm::{PyErr, PyResult, Vm};

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// An `array.array`: a typecode and the items' bytes.
pub struct PyArray {
    pub code: u8,
    pub data: RefCell<Vec<u8>>,
    /// Live iterators and buffer exports would forbid resizing; we only count exports.
    pub exports: Cell<usize>,
}

impl NativeObject for PyArray {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct ArrayIter {
    array: RefCell<Option<Value>>,
    index: Cell<usize>,
}

impl NativeObject for ArrayIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(a) = &*self.array.borrow() {
            visit(a);
        }
    }
    fn clear(&self) {
        self.array.borrow_mut().take();
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    static ARRAY_TYPE: PyRef = types::new_builtin_type("array", "array", None, BaseKind::Internal, ARRAY_METHODS, true);
    static ITER_TYPE: PyRef = types::new_builtin_type("arrayiterator", "array", None, BaseKind::Internal, ITER_METHODS, false);
}

pub fn array_type() -> PyRef {
    ARRAY_TYPE.with(|t| t.clone())
}

pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let t = Value::Obj(array_type());
    moduleobj::module_set(m, "array", t.clone());
    moduleobj::module_set(m, "ArrayType", t);
    moduleobj::module_set(m, "typecodes", strobj::new_str(TYPECODES.to_string()));
    Ok(())
}

/// Bytes per item of a typecode.
pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

fn get_array(v: &Value) -> Option<&PyArray> {
    downcast::<PyArray>(v)
}

fn need_array<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a PyArray> {
    get_array(v).ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a 'array.array' object but received a '{}'",
            types::type_name(v)
        ))
    })
}

/// The Python value of the item stored in `b` (exactly `itemsize(code)` bytes).
fn load(code: u8, b: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    match code {
        b'b' => Value::Int(w[0] as i8 as i64),
        b'B' => Value::Int(w[0] as i64),
        b'h' => Value::Int(i16::from_le_bytes([w[0], w[1]]) as i64),
        b'H' => Value::Int(u16::from_le_bytes([w[0], w[1]]) as i64),
        b'i' => Value::Int(i32::from_le_bytes([w[0], w[1], w[2], w[3]]) as i64),
        b'I' => Value::Int(u32::from_le_bytes([w[0], w[1], w[2], w[3]]) as i64),
        b'l' | b'q' => Value::Int(i64::from_le_bytes(w)),
        b'L' | b'Q' => {
            let u = u64::from_le_bytes(w);
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => intobj::int_from_bigint(BigInt::from(u)),
            }
        }
        b'f' => Value::Float(f32::from_le_bytes([w[0], w[1], w[2], w[3]]) as f64),
        b'd' => Value::Float(f64::from_le_bytes(w)),
        b'u' => {
            let c =
                char::from_u32(u32::from_le_bytes([w[0], w[1], w[2], w[3]])).unwrap_or('\u{fffd}');
            strobj::new_str(c.to_string())
        }
        _ => Value::None,
    }
}

fn overflow(vm: &mut Vm, msg: &str) -> PyErr {
    vm.new_overflow_error(msg.to_string())
}

/// An integer item as a BigInt (via `__index__`).
fn int_item(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        _ => {
            let i = vm.index(v)?;
            intobj::to_bigint(&i).ok_or_else(|| vm.new_type_error("an integer is required"))
        }
    }
}

/// Converts `v` to the item bytes for `code`, with CPython's range errors.
fn store(vm: &mut Vm, code: u8, v: &Value) -> PyResult<[u8; 8]> {
    let mut out = [0u8; 8];
    match code {
        b'f' | b'd' => {
            let x = match v {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                _ => {
                    let cls = types::class_of(v);
                    if !intobj::is_int(v)
                        && types::lookup_str(&cls, "__float__").is_none()
                        && types::lookup_str(&cls, "__index__").is_none()
                    {
                        return Err(vm.new_type_error(format!(
                            "must be real number, not {}",
                            types::type_name(v)
                        )));
                    }
                    floatobj::to_f64(vm, v)?
                }
            };
            let x = floatobj::canon_nan(x);
            if code == b'f' {
                out[..4].copy_from_slice(&(x as f32).to_le_bytes());
            } else {
                out.copy_from_slice(&x.to_le_bytes());
            }
        }
        b'u' => {
            let c = match v.as_str() {
                Some(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or('\0'),
                _ => return Err(vm.new_type_error("array item must be unicode character")),
            };
            out[..4].copy_from_slice(&(c as u32).to_le_bytes());
        }
        b'q' | b'Q' => {
            let b = int_item(vm, v)?;
            if code == b'q' {
                let Some(i) = b.to_i64() else {
                    return Err(overflow(vm, "int too big to convert"));
                };
                out.copy_from_slice(&i.to_le_bytes());
            } else {
                if b.is_negative() {
                    return Err(overflow(vm, "can't convert negative int to unsigned"));
                }
                let Some(u) = b.to_u64() else {
                    return Err(overflow(vm, "int too big to convert"));
                };
                out.copy_from_slice(&u.to_le_bytes());
            }
        }
        b'I' | b'L' => {
            let b = int_item(vm, v)?;
            if b.is_negative() {
                return Err(overflow(vm, "can't convert negative value to unsigned int"));
            }
            let Some(u) = b.to_u64() else {
                return Err(overflow(
                    vm,
                    "Python int too large to convert to C unsigned long",
                ));
            };
            if code == b'I' {
                if u > u32::MAX as u64 {
                    return Err(overflow(vm, "unsigned int is greater than maximum"));
                }
                out[..4].copy_from_slice(&(u as u32).to_le_bytes());
            } else {
                out.copy_from_slice(&u.to_le_bytes());
            }
        }
        _ => {
            let b = int_item(vm, v)?;
            let Some(i) = b.to_i64() else {
                return Err(overflow(vm, "Python int too large to convert to C long"));
            };
            // CPython parses 'b' as a C short and 'H' as a C int before the item's own range.
            let checks: &[(i64, i64, &str)] = match code {
                b'b' => &[
                    (-32768, 32767, "signed short integer"),
                    (-128, 127, "signed char"),
                ],
                b'B' => &[(0, 255, "unsigned byte integer")],
                b'h' => &[(-32768, 32767, "signed short integer")],
                b'H' => &[
                    (i32::MIN as i64, i32::MAX as i64, "signed integer"),
                    (0, 65535, "unsigned short"),
                ],
                b'i' => &[(i32::MIN as i64, i32::MAX as i64, "signed integer")],
                _ => &[],
            };
            for (lo, hi, name) in checks {
                if i < *lo {
                    return Err(overflow(vm, &format!("{} is less than minimum", name)));
                }
                if i > *hi {
                    return Err(overflow(vm, &format!("{} is greater than maximum", name)));
                }
            }
            out = i.to_le_bytes();
        }
    }
    Ok(out)
}

/// Appends the items of `values` (converted) to a byte vector.
fn store_all(vm: &mut Vm, code: u8, values: &[Value]) -> PyResult<Vec<u8>> {
    let sz = itemsize(code);
    let mut out = Vec::with_capacity(values.len() * sz);
    for v in values {
        let b = store(vm, code, v)?;
        out.extend_from_slice(&b[..sz]);
    }
    Ok(out)
}

fn items_of(a: &PyArray) -> Vec<Value> {
    let sz = itemsize(a.code);
    a.data
        .borrow()
        .chunks_exact(sz)
        .map(|c| load(a.code, c))
        .collect()
}

fn count(a: &PyArray) -> usize {
    a.data.borrow().len() / itemsize(a.code)
}

fn new_array_value(vm: &mut Vm, cls: &PyRef, code: u8, bytes: Vec<u8>) -> Value {
    native::alloc(
        vm,
        cls,
        PyArray {
            code,
            data: RefCell::new(bytes),
            exports: Cell::new(0),
        },
    )
}

/// A new exact `array.array` of `code` holding `bytes`.
pub fn new_array(vm: &mut Vm, code: u8, bytes: Vec<u8>) -> Value {
    let cls = array_type();
    new_array_value(vm, &cls, code, bytes)
}

fn same_class_new(vm: &mut Vm, like: &Value, code: u8, bytes: Vec<u8>) -> Value {
    // Operations build exact arrays (as CPython does for subclasses too).
    let _ = like;
    new_array(vm, code, bytes)
}

// ----- construction -----

fn array_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = array_type();
    let cls = native::new_cls(vm, &args, &base)?;
    if args.has_kw() && !types::is_heap_class(&cls) {
        return Err(vm.new_type_error("array.array() takes no keyword arguments"));
    }
    let a = &args.pos[1..];
    if a.is_empty() {
        return Err(vm.new_type_error("array() takes at least 1 argument (0 given)"));
    }
    if a.len() > 2 {
        return Err(vm.new_type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let code = match a[0].as_str() {
        Some(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or('\0'),
        Some(_) => {
            return Err(vm.new_type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                types::type_name(&a[0])
            )))
        }
        None => {
            let shown = if a[0].is_none() {
                "None".to_string()
            } else {
                types::type_name(&a[0])
            };
            return Err(vm.new_type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                shown
            )));
        }
    };
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(
            vm.new_value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    let code = code as u8;
    let bytes = match a.get(1) {
        None => Vec::new(),
        Some(init) => initial_bytes(vm, code, init)?,
    };
    Ok(new_array_value(vm, &cls, code, bytes))
}

fn initial_bytes(vm: &mut Vm, code: u8, init: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = init.as_rust_str() {
        if code != b'u' {
            return Err(vm.new_type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        return Ok(s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect());
    }
    if let Some(other) = get_array(init) {
        if other.code == code {
            return Ok(other.data.borrow().clone());
        }
        let items = items_of(other);
        return store_all(vm, code, &items);
    }
    if let Some(b) = native::with_buffer(init, |b| b.to_vec()) {
        if b.len() % itemsize(code) != 0 {
            return Err(vm.new_value_error("bytes length not a multiple of item size"));
        }
        return Ok(b);
    }
    // CPython reads lists and tuples (subclasses too) by index, not by __iter__.
    let items = match init.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vm.collect_iter(init)?,
    };
    store_all(vm, code, &items)
}

// ----- repr, sequence protocol -----

fn array_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    let code = a.code;
    let name = native::cls_name(&types::class_of(&args.pos[0]));
    let items = items_of(a);
    if items.is_empty() {
        return Ok(strobj::new_str(format!("{}('{}')", name, code as char)));
    }
    if code == b'u' {
        let s: String = items
            .iter()
            .filter_map(|v| v.as_rust_str().map(|s| s.to_string()))
            .collect();
        return Ok(strobj::new_str(format!(
            "{}('u', {})",
            name,
            strobj::repr_str(&s)
        )));
    }
    let list = listobj::new_list(items);
    let r = vm.repr_string(&list)?;
    Ok(strobj::new_str(format!(
        "{}('{}', {})",
        name, code as char, r
    )))
}

fn array_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    Ok(Value::Int(count(a) as i64))
}

fn index_of(vm: &mut Vm, key: &Value, len: usize, assign: bool) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            if types::lookup_str(&types::class_of(key), "__index__").is_none() {
                return Err(vm.new_type_error("array indices must be integers"));
            }
            vm.index_i64(key)?
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_index_error(if assign {
            "array assignment index out of range"
        } else {
            "array index out of range"
        }));
    }
    Ok(j as usize)
}

fn slice_positions(s: &sliceobj::SliceIdx) -> impl Iterator<Item = usize> + '_ {
    (0..s.len).map(move |k| (s.start + k as i64 * s.step) as usize)
}

fn array_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    let a = need_array(vm, this)?;
    let key = args.pos.get(1).cloned().unwrap_or(Value::None);
    let sz = itemsize(a.code);
    let n = count(a);
    if matches!(key.payload(), Some(Payload::Slice(_))) {
        let s = sliceobj::indices(vm, &key, n)?;
        let bytes = {
            let d = a.data.borrow();
            let mut out = Vec::with_capacity(s.len * sz);
            // Slice indices may have run Python code that resized the array.
            for p in slice_positions(&s) {
                if let Some(c) = d.get(p * sz..(p + 1) * sz) {
                    out.extend_from_slice(c);
                }
            }
            out
        };
        return Ok(same_class_new(vm, this, a.code, bytes));
    }
    let i = index_of(vm, &key, n, false)?;
    let item = a
        .data
        .borrow()
        .get(i * sz..(i + 1) * sz)
        .map(|c| load(a.code, c));
    item.ok_or_else(|| vm.new_index_error("array index out of range"))
}

/// BufferError when an array with live memoryviews would change its length.
fn check_resize(vm: &mut Vm, arr: &Value, resizes: bool) -> PyResult<()> {
    if resizes && memoryview::has_exports(arr) {
        let cls = types::types().exc.buffer_error.clone();
        return Err(vm.new_exception_msg(&cls, "cannot resize an array that is exporting buffers"));
    }
    Ok(())
}

fn array_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    let (key, value) = match args.pos {
        [_, k, v] => (k.clone(), v.clone()),
        _ => return Err(vm.new_type_error("expected 2 arguments")),
    };
    let sz = itemsize(a.code);
    let n = count(a);
    if matches!(key.payload(), Some(Payload::Slice(_))) {
        let Some(src) = get_array(&value) else {
            return Err(vm.new_type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                types::type_name(&value)
            )));
        };
        if src.code != a.code {
            return Err(vm.new_type_error("bad argument type for built-in operation"));
        }
        let src_bytes = src.data.borrow().clone();
        let s = sliceobj::indices(vm, &key, n)?;
        // CPython treats assigning an empty array as a deletion, which always resizes.
        let m = src_bytes.len() / sz;
        check_resize(vm, &args.pos[0], m == 0 || (s.step == 1 && m != s.len))?;
        let mut d = a.data.borrow_mut();
        // Slice indices may have run Python code that resized the array: clamp again.
        let now = d.len() / sz;
        if s.step == 1 {
            let start = (s.start.clamp(0, n as i64) as usize).min(now);
            let stop = (start + s.len).min(now);
            d.splice(start * sz..stop * sz, src_bytes);
        } else if m == 0 {
            // An empty array deletes the extended slice (CPython's array_ass_subscr).
            delete_positions(&mut d, &s, sz);
        } else {
            if m != s.len {
                drop(d);
                return Err(vm.new_value_error(format!(
                    "attempt to assign array of size {} to extended slice of size {}",
                    m, s.len
                )));
            }
            for (k, p) in slice_positions(&s).enumerate() {
                if let (Some(dst), Some(src)) = (
                    d.get_mut(p * sz..(p + 1) * sz),
                    src_bytes.get(k * sz..(k + 1) * sz),
                ) {
                    dst.copy_from_slice(src);
                }
            }
        }
        return Ok(Value::None);
    }
    let i = index_of(vm, &key, n, true)?;
    let b = store(vm, a.code, &value)?;
    let mut d = a.data.borrow_mut();
    if (i + 1) * sz <= d.len() {
        d[i * sz..(i + 1) * sz].copy_from_slice(&b[..sz]);
    }
    Ok(Value::None)
}

/// Removes the items at the positions of slice `s` from the item bytes `d`.
fn delete_positions(d: &mut Vec<u8>, s: &sliceobj::SliceIdx, sz: usize) {
    let mut remove = vec![false; d.len() / sz];
    for p in slice_positions(s) {
        if let Some(r) = remove.get_mut(p) {
            *r = true;
        }
    }
    let old = std::mem::take(d);
    *d = old
        .chunks_exact(sz)
        .enumerate()
        .filter(|(i, _)| !remove.get(*i).copied().unwrap_or(false))
        .flat_map(|(_, c)| c.iter().copied())
        .collect();
}

fn array_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    let key = args.pos.get(1).cloned().unwrap_or(Value::None);
    let sz = itemsize(a.code);
    let n = count(a);
    if matches!(key.payload(), Some(Payload::Slice(_))) {
        let s = sliceobj::indices(vm, &key, n)?;
        check_resize(vm, &args.pos[0], true)?;
        delete_positions(&mut a.data.borrow_mut(), &s, sz);
        return Ok(Value::None);
    }
    let i = index_of(vm, &key, n, true)?;
    check_resize(vm, &args.pos[0], true)?;
    let mut d = a.data.borrow_mut();
    if (i + 1) * sz > d.len() {
        drop(d);
        return Err(vm.new_index_error("array assignment index out of range"));
    }
    d.drain(i * sz..(i + 1) * sz);
    Ok(Value::None)
}

fn array_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    let x = args.pos.get(1).cloned().unwrap_or(Value::None);
    for item in items_of(a) {
        if vm.eq(&item, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn array_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    need_array(vm, &args.pos[0])?;
    let cls = ITER_TYPE.with(|t| t.clone());
    Ok(types::new_obj(
        &cls,
        Payload::Native(Box::new(ArrayIter {
            array: RefCell::new(Some(args.pos[0].clone())),
            index: Cell::new(0),
        })),
    ))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(it) = downcast::<ArrayIter>(&args.pos[0]) else {
        return Err(vm.new_type_error("arrayiterator expected"));
    };
    let arr = it.array.borrow().clone();
    if let Some(av) = arr {
        if let Some(a) = get_array(&av) {
            let sz = itemsize(a.code);
            let i = it.index.get();
            let d = a.data.borrow();
            if (i + 1) * sz <= d.len() {
                it.index.set(i + 1);
                return Ok(load(a.code, &d[i * sz..(i + 1) * sz]));
            }
        }
        it.array.borrow_mut().take();
    }
    Err(vm.new_stop_iteration(Value::None))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

static ITER_METHODS: &[MethodDef] = &[
    MethodDef::method("__next__", iter_next),
    MethodDef::method("__iter__", iter_self),
];

// ----- comparison and arithmetic -----

fn compare(vm: &mut Vm, args: Args, op: CompareKind) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(b) = get_array(&other) else {
        return Ok(vm.not_implemented());
    };
    if a.code == b.code
        && matches!(op, CompareKind::Eq | CompareKind::Ne)
        && a.code != b'f'
        && a.code != b'd'
    {
        let eq = *a.data.borrow() == *b.data.borrow();
        return Ok(Value::Bool(eq == (op == CompareKind::Eq)));
    }
    let (x, y) = (items_of(a), items_of(b));
    if x.len() != y.len() && matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(Value::Bool(op == CompareKind::Ne));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !vm.eq(p, q)? {
            return match op {
                CompareKind::Eq => Ok(Value::Bool(false)),
                CompareKind::Ne => Ok(Value::Bool(true)),
                _ => vm.rich_compare(p, q, op),
            };
        }
    }
    let (lx, ly) = (x.len(), y.len());
    Ok(Value::Bool(match op {
        CompareKind::Lt => lx < ly,
        CompareKind::Le => lx <= ly,
        CompareKind::Eq => lx == ly,
        CompareKind::Ne => lx != ly,
        CompareKind::Gt => lx > ly,
        CompareKind::Ge => lx >= ly,
    }))
}

fn array_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Eq)
}
fn array_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Ne)
}
fn array_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Lt)
}
fn array_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Le)
}
fn array_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Gt)
}
fn array_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareKind::Ge)
}

fn array_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(b) = get_array(&other) else {
        return Err(vm.new_type_error(format!(
            "can only append array (not \"{}\") to array",
            types::type_name(&other)
        )));
    };
    if a.code != b.code {
        return Err(vm.new_type_error("bad argument type for built-in operation"));
    }
    let mut bytes = a.data.borrow().clone();
    bytes.extend_from_slice(&b.data.borrow());
    Ok(same_class_new(vm, &args.pos[0], a.code, bytes))
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if !intobj::is_int(v) && types::lookup_str(&types::class_of(v), "__index__").is_none() {
        return Ok(None);
    }
    let n = match intobj::is_int(v) {
        true => intobj::to_i64(v)
            .ok_or_else(|| vm.new_overflow_error("cannot fit 'int' into an index-sized integer"))?,
        false => native::arg_i64(vm, v)?,
    };
    Ok(Some(n.max(0) as usize))
}

fn array_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    array_repeat(vm, args, "__rmul__")
}

fn array_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    array_repeat(vm, args, "__mul__")
}

/// `a * n`: other operands get their reflected method, else CPython's sequence message.
fn array_repeat(vm: &mut Vm, args: Args, reflected: &'static str) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(n) = repeat_count(vm, &other)? else {
        let cls = types::class_of(&other);
        if types::is_heap_class(&cls) && types::lookup_str(&cls, reflected).is_some() {
            return Ok(vm.not_implemented());
        }
        // `seq * array`: the left sequence's repeat rejects the array.
        let left_seq = reflected == "__mul__"
            && matches!(
                other.payload(),
                Some(
                    Payload::Str(_)
                        | Payload::Bytes(_)
                        | Payload::ByteArray(_)
                        | Payload::List(_)
                        | Payload::Tuple(_)
                )
            );
        let named = if left_seq { &args.pos[0] } else { &other };
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            types::type_name(named)
        )));
    };
    let len = a.data.borrow().len();
    vm.check_alloc(len.saturating_mul(n))?;
    let bytes = a.data.borrow().repeat(n);
    Ok(same_class_new(vm, &args.pos[0], a.code, bytes))
}

fn array_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(b) = get_array(&other) else {
        return Err(vm.new_type_error(format!(
            "can only extend array with array (not \"{}\")",
            types::type_name(&other)
        )));
    };
    if a.code != b.code {
        return Err(vm.new_type_error("can only extend with array of same kind"));
    }
    let add = b.data.borrow().clone();
    check_resize(vm, &args.pos[0], !add.is_empty())?;
    a.data.borrow_mut().extend_from_slice(&add);
    Ok(args.pos[0].clone())
}

fn array_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need_array(vm, &args.pos[0])?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(n) = repeat_count(vm, &other)? else {
        return Ok(vm.not_implemented());
    };
    let len = a.data.borrow().len();
    check_resize(vm, &args.pos[0], len != 0 && n != 1)?;
    vm.check_alloc(len.saturating_mul(n))?;
    let bytes = a.data.borrow().repeat(n);
    *a.data.borrow_mut() = bytes;
    Ok(args.pos[0].clone())
}

// ----- methods -----

/// How an array method counts its arguments in CPython's messages (the array itself
/// not included).
#[derive(Clone, Copy)]
enum Arity {
    /// METH_NOARGS: "array.NAME() takes no arguments (N given)".
    NoArgs,
    /// METH_O: "array.NAME() takes exactly one argument (N given)".
    One,
    /// Argument Clinic, positional only: "NAME expected ...".
    Range(usize, usize),
    /// Argument Clinic with the defining class: "NAME() takes exactly N positional ...".
    Clinic(usize),
}

/// The receiver and arguments of an array method, checked as CPython checks them.
fn meth_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str, arity: Arity) -> PyResult<&'a [Value]> {
    let given = args.pos.len().saturating_sub(1);
    if let Arity::Clinic(n) = arity {
        // Keywords count as arguments here (none is accepted).
        let total = given + args.kwnames.len();
        if given >= n && total == n {
            return Ok(args.pos);
        }
        let plural = if n == 1 { "" } else { "s" };
        return Err(vm.new_type_error(if given < n {
            format!(
                "{}() takes exactly {} positional argument{} ({} given)",
                name, n, plural, given
            )
        } else {
            format!(
                "{}() takes at most {} argument{} ({} given)",
                name, n, plural, total
            )
        }));
    }
    args.no_kw(vm, &format!("array.{}", name))?;
    let msg = match arity {
        Arity::NoArgs if given != 0 => {
            format!("array.{}() takes no arguments ({} given)", name, given)
        }
        Arity::One if given != 1 => {
            format!(
                "array.{}() takes exactly one argument ({} given)",
                name, given
            )
        }
        Arity::Range(min, max) if given < min || given > max => {
            let (bound, n) = if min == max {
                ("", min)
            } else if given < min {
                ("at least ", min)
            } else {
                ("at most ", max)
            };
            format!(
                "{} expected {}{} argument{}, got {}",
                name,
                bound,
                n,
                if n == 1 { "" } else { "s" },
                given
            )
        }
        _ => return Ok(args.pos),
    };
    Err(vm.new_type_error(msg))
}

fn array_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "append", Arity::One)?;
    let arr = need_array(vm, &a[0])?;
    let b = store(vm, arr.code, &a[1])?;
    check_resize(vm, &a[0], true)?;
    arr.data
        .borrow_mut()
        .extend_from_slice(&b[..itemsize(arr.code)]);
    Ok(Value::None)
}

fn array_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "extend", Arity::Clinic(1))?;
    let arr = need_array(vm, &a[0])?;
    if let Some(b) = get_array(&a[1]) {
        if b.code != arr.code {
            return Err(vm.new_type_error("can only extend with array of same kind"));
        }
        let add = b.data.borrow().clone();
        check_resize(vm, &a[0], !add.is_empty())?;
        arr.data.borrow_mut().extend_from_slice(&add);
        return Ok(Value::None);
    }
    let it = vm.iter(&a[1])?;
    let sz = itemsize(arr.code);
    while let Some(v) = vm.next(&it)? {
        let b = store(vm, arr.code, &v)?;
        check_resize(vm, &a[0], true)?;
        arr.data.borrow_mut().extend_from_slice(&b[..sz]);
    }
    Ok(Value::None)
}

fn array_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "insert", Arity::Range(2, 2))?;
    let arr = need_array(vm, &a[0])?;
    let i = native::arg_i64(vm, &a[1])?;
    let b = store(vm, arr.code, &a[2])?;
    check_resize(vm, &a[0], true)?;
    let n = count(arr) as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let sz = itemsize(arr.code);
    arr.data
        .borrow_mut()
        .splice(pos * sz..pos * sz, b[..sz].iter().copied());
    Ok(Value::None)
}

fn array_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "pop", Arity::Range(0, 1))?;
    let arr = need_array(vm, &a[0])?;
    let i = match a.get(1) {
        Some(v) => native::arg_i64(vm, v)?,
        None => -1,
    };
    let n = count(arr) as i64;
    if n == 0 {
        return Err(vm.new_index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("pop index out of range"));
    }
    check_resize(vm, &a[0], true)?;
    let sz = itemsize(arr.code);
    let j = j as usize;
    let v = load(arr.code, &arr.data.borrow()[j * sz..(j + 1) * sz]);
    arr.data.borrow_mut().drain(j * sz..(j + 1) * sz);
    Ok(v)
}

fn find(
    vm: &mut Vm,
    arr: &PyArray,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let items = items_of(arr);
    for (i, item) in items
        .iter()
        .enumerate()
        .take(stop.min(items.len()))
        .skip(start)
    {
        if vm.eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn array_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "remove", Arity::One)?;
    let arr = need_array(vm, &a[0])?;
    match find(vm, arr, &a[1], 0, usize::MAX)? {
        Some(i) => {
            check_resize(vm, &a[0], true)?;
            let sz = itemsize(arr.code);
            // __eq__ may have resized the array meanwhile.
            let mut d = arr.data.borrow_mut();
            if (i + 1) * sz <= d.len() {
                d.drain(i * sz..(i + 1) * sz);
            }
            Ok(Value::None)
        }
        None => Err(vm.new_value_error("array.remove(x): x not in array")),
    }
}

/// A start/stop bound as CPython's _PyEval_SliceIndexNotNone reads it: an index, clamped.
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let indexable =
        intobj::is_int(v) || types::lookup_str(&types::class_of(v), "__index__").is_some();
    if !indexable {
        return Err(vm.new_type_error("slice indices must be integers or have an __index__ method"));
    }
    Ok(match vm.index(v)? {
        Value::Int(i) => i,
        big if intobj::to_bigint(&big).is_some_and(|b| b.is_negative()) => i64::MIN,
        _ => i64::MAX,
    })
}

fn array_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "index", Arity::Range(1, 3))?;
    let arr = need_array(vm, &a[0])?;
    let n = count(arr) as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match a.get(2) {
        Some(v) => norm(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => norm(slice_index(vm, v)?),
        None => n as usize,
    };
    match find(vm, arr, &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_value_error("array.index(x): x not in array")),
    }
}

fn array_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "count", Arity::One)?;
    let arr = need_array(vm, &a[0])?;
    let mut c = 0;
    for item in items_of(arr) {
        if vm.eq(&item, &a[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn array_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "reverse", Arity::NoArgs)?;
    let arr = need_array(vm, &a[0])?;
    let sz = itemsize(arr.code);
    let mut d = arr.data.borrow_mut();
    let rev: Vec<u8> = d.chunks_exact(sz).rev().flatten().copied().collect();
    *d = rev;
    Ok(Value::None)
}

fn array_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "tobytes", Arity::NoArgs)?;
    let arr = need_array(vm, &a[0])?;
    Ok(bytesobj::new_bytes(arr.data.borrow().clone()))
}

fn array_frombytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "frombytes", Arity::One)?;
    let arr = need_array(vm, &a[0])?;
    let Some(b) = native::with_buffer(&a[1], |b| b.to_vec()) else {
        return Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name(&a[1])
        )));
    };
    if b.len() % itemsize(arr.code) != 0 {
        return Err(vm.new_value_error("bytes length not a multiple of item size"));
    }
    check_resize(vm, &a[0], !b.is_empty())?;
    arr.data.borrow_mut().extend_from_slice(&b);
    Ok(Value::None)
}

fn array_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "tolist", Arity::NoArgs)?;
    let arr = need_array(vm, &a[0])?;
    Ok(listobj::new_list(items_of(arr)))
}

fn array_fromlist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "fromlist", Arity::One)?;
    let arr = need_array(vm, &a[0])?;
    if !matches!(a[1].payload(), Some(Payload::List(_))) {
        return Err(vm.new_type_error("arg must be list"));
    }
    let items = listobj::list_items(&a[1]);
    let bytes = store_all(vm, arr.code, &items)?;
    check_resize(vm, &a[0], !bytes.is_empty())?;
    arr.data.borrow_mut().extend_from_slice(&bytes);
    Ok(Value::None)
}

fn array_tounicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "tounicode", Arity::NoArgs)?;
    let arr = need_array(vm, &a[0])?;
    if arr.code != b'u' {
        return Err(vm.new_value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s: String = arr
        .data
        .borrow()
        .chunks_exact(4)
        .map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect();
    Ok(strobj::new_str(s))
}

fn array_fromunicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "fromunicode", Arity::One)?;
    let arr = need_array(vm, &a[0])?;
    let Some(s) = a[1].as_rust_str() else {
        return Err(vm.new_type_error(format!(
            "fromunicode() argument must be str, not {}",
            types::type_name(&a[1])
        )));
    };
    if arr.code != b'u' {
        return Err(vm.new_value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let add: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
    check_resize(vm, &a[0], !add.is_empty())?;
    arr.data.borrow_mut().extend_from_slice(&add);
    Ok(Value::None)
}

fn array_byteswap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "byteswap", Arity::NoArgs)?;
    let arr = need_array(vm, &a[0])?;
    let sz = itemsize(arr.code);
    for c in arr.data.borrow_mut().chunks_exact_mut(sz) {
        c.reverse();
    }
    Ok(Value::None)
}

fn array_buffer_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "buffer_info", Arity::NoArgs)?;
    let arr = need_array(vm, &a[0])?;
    let addr = arr.data.borrow().as_ptr() as usize as i64;
    Ok(tupleobj::new_tuple(vec![
        Value::Int(addr),
        Value::Int(count(arr) as i64),
    ]))
}

fn array_tofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "tofile", Arity::Clinic(1))?;
    let arr = need_array(vm, &a[0])?;
    let data = bytesobj::new_bytes(arr.data.borrow().clone());
    vm.call_method(&a[1], "write", &[data])?;
    Ok(Value::None)
}

fn array_fromfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = meth_args(vm, &args, "fromfile", Arity::Clinic(2))?;
    let arr = need_array(vm, &a[0])?;
    let n = native::arg_i64(vm, &a[2])?;
    if n < 0 {
        return Err(vm.new_value_error("negative count"));
    }
    let want = (n as usize).saturating_mul(itemsize(arr.code));
    let r = vm.call_method(&a[1], "read", &[Value::Int(want as i64)])?;
    let Some(b) = bytesobj::bytes_data(&r) else {
        return Err(vm.new_type_error("read() didn't return bytes"));
    };
    let sz = itemsize(arr.code);
    let whole = b.len() / sz * sz;
    check_resize(vm, &a[0], whole != 0)?;
    arr.data.borrow_mut().extend_from_slice(&b[..whole]);
    if b.len() < want {
        return Err(vm.new_exception_msg(
            &types::types().exc.eof_error,
            "read() didn't return enough bytes",
        ));
    }
    Ok(Value::None)
}

fn array_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arr = need_array(vm, &args.pos[0])?;
    let bytes = arr.data.borrow().clone();
    Ok(same_class_new(vm, &args.pos[0], arr.code, bytes))
}

fn array_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arr = need_array(vm, &args.pos[0])?;
    Ok(Value::Int(64 + arr.data.borrow().capacity() as i64))
}

fn array_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arr = need_array(vm, &args.pos[0])?;
    let cls = Value::Obj(types::class_of(&args.pos[0]));
    let code = strobj::new_str((arr.code as char).to_string());
    let items = listobj::new_list(items_of(arr));
    let dict = args.pos[0]
        .as_obj()
        .and_then(|o| o.dict().cloned())
        .map(Value::Obj)
        .unwrap_or(Value::None);
    Ok(tupleobj::new_tuple(vec![
        cls,
        tupleobj::new_tuple(vec![code, items]),
        dict,
    ]))
}

fn array_typecode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let arr = need_array(vm, v)?;
    Ok(Value::Obj(types::intern(&(arr.code as char).to_string())))
}

fn array_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let arr = need_array(vm, v)?;
    Ok(Value::Int(itemsize(arr.code) as i64))
}

fn array_class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

static ARRAY_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", array_new),
    MethodDef::method("__repr__", array_repr),
    MethodDef::method("__len__", array_len),
    MethodDef::method("__getitem__", array_getitem),
    MethodDef::method("__setitem__", array_setitem),
    MethodDef::method("__delitem__", array_delitem),
    MethodDef::method("__contains__", array_contains),
    MethodDef::method("__iter__", array_iter),
    MethodDef::method("__eq__", array_eq),
    MethodDef::method("__ne__", array_ne),
    MethodDef::method("__lt__", array_lt),
    MethodDef::method("__le__", array_le),
    MethodDef::method("__gt__", array_gt),
    MethodDef::method("__ge__", array_ge),
    MethodDef::method("__add__", array_add),
    MethodDef::method("__mul__", array_mul),
    MethodDef::method("__rmul__", array_rmul),
    MethodDef::method("__iadd__", array_iadd),
    MethodDef::method("__imul__", array_imul),
    MethodDef::method("__copy__", array_copy),
    MethodDef::method("__deepcopy__", array_copy),
    MethodDef::method("__sizeof__", array_sizeof),
    MethodDef::method("__reduce_ex__", array_reduce_ex),
    MethodDef::none("__hash__"),
    MethodDef::classmethod("__class_getitem__", array_class_getitem),
    MethodDef::method("append", array_append),
    MethodDef::method("extend", array_extend),
    MethodDef::method("insert", array_insert),
    MethodDef::method("pop", array_pop),
    MethodDef::method("remove", array_remove),
    MethodDef::method("index", array_index),
    MethodDef::method("count", array_count),
    MethodDef::method("reverse", array_reverse),
    MethodDef::method("tobytes", array_tobytes),
    MethodDef::method("frombytes", array_frombytes),
    MethodDef::method("tolist", array_tolist),
    MethodDef::method("fromlist", array_fromlist),
    MethodDef::method("tounicode", array_tounicode),
    MethodDef::method("fromunicode", array_fromunicode),
    MethodDef::method("byteswap", array_byteswap),
    MethodDef::method("buffer_info", array_buffer_info),
    MethodDef::method("tofile", array_tofile),
    MethodDef::method("fromfile", array_fromfile),
    MethodDef::getter("typecode", array_typecode),
    MethodDef::getter("itemsize", array_itemsize),
];
