//! `memoryview` over bytes and bytearray: slicing (with steps), item access and assignment,
//! `cast` between native single-character formats (with a shape), `tolist`, `tobytes`,
//! `hex`, comparison, hashing, `release` and the context manager, with CPython 3.11's
//! messages. A view over a bytearray counts as an export: the bytearray cannot be resized
//! while one is alive (BufferError), as in CPython.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::modules::array::{self, PyArray};
use crate::object::*;
use crate::objects::strobj::{clinic_args, no_kw, noargs, one_arg};
use crate::objects::{bytesobj, floatobj, intobj, listobj, sliceobj, strobj, tupleobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{PyResult, Vm};

thread_local! {
    static MEMORYVIEW_TYPE: PyRef =
        types::new_builtin_type("memoryview", "builtins", None, BaseKind::Internal, MEMORYVIEW_METHODS, false);
    /// Live views per exporting bytearray or array.array (by address).
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

/// The `memoryview` type.
pub fn memoryview_type() -> PyRef {
    MEMORYVIEW_TYPE.with(|t| t.clone())
}

/// A view: the exporting object and the layout of the items within its bytes.
pub struct MemoryView {
    /// The exporter (bytes or bytearray); None once released.
    obj: RefCell<Option<Value>>,
    /// Byte offset of the first item.
    start: isize,
    shape: Vec<usize>,
    /// Bytes between consecutive items of each dimension.
    strides: Vec<isize>,
    format: char,
    itemsize: usize,
    readonly: bool,
    /// Registered as an export of a bytearray.
    exporting: Cell<bool>,
}

impl NativeObject for MemoryView {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = self.obj.borrow().as_ref() {
            visit(v);
        }
    }
    fn clear(&self) {
        self.release_export();
        self.obj.borrow_mut().take();
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release_export();
    }
}

fn obj_key(v: &Value) -> usize {
    v.id() as usize
}

impl MemoryView {
    fn release_export(&self) {
        if self.exporting.replace(false) {
            if let Some(o) = self.obj.borrow().as_ref() {
                let key = obj_key(o);
                // try_with: the registry may already be gone at thread exit.
                let _ = EXPORTS.try_with(|e| {
                    let mut e = e.borrow_mut();
                    if let Some(n) = e.get_mut(&key) {
                        *n -= 1;
                        if *n == 0 {
                            e.remove(&key);
                        }
                    }
                });
            }
        }
    }

    fn len(&self) -> usize {
        self.shape.first().copied().unwrap_or(1)
    }

    fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    /// A one-dimensional view is contiguous when it has one item or its stride is the
    /// item size (CPython's MV_CONTIGUOUS_NDIM1: an empty view with another stride is not).
    fn ndim1_contiguous(&self) -> Option<bool> {
        match (self.shape.as_slice(), self.strides.as_slice()) {
            ([n], [s]) => Some(*n == 1 || *s == self.itemsize as isize),
            _ => None,
        }
    }

    /// C-contiguous layout?
    fn is_c_contiguous(&self) -> bool {
        if let Some(c) = self.ndim1_contiguous() {
            return c;
        }
        let mut expect = self.itemsize as isize;
        for (dim, stride) in self.shape.iter().zip(&self.strides).rev() {
            if *dim > 1 && *stride != expect {
                return false;
            }
            expect *= *dim as isize;
        }
        true
    }

    fn is_f_contiguous(&self) -> bool {
        if let Some(c) = self.ndim1_contiguous() {
            return c;
        }
        let mut expect = self.itemsize as isize;
        for (dim, stride) in self.shape.iter().zip(&self.strides) {
            if *dim > 1 && *stride != expect {
                return false;
            }
            expect *= *dim as isize;
        }
        true
    }

    /// Byte offsets of every item in C order.
    fn offsets(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.shape.iter().product());
        fn walk(mv: &MemoryView, dim: usize, base: isize, out: &mut Vec<usize>) {
            if dim == mv.shape.len() {
                out.push(base as usize);
                return;
            }
            for i in 0..mv.shape[dim] {
                walk(mv, dim + 1, base + i as isize * mv.strides[dim], out);
            }
        }
        walk(self, 0, self.start, &mut out);
        out
    }

    /// Runs `f` on the exporter's bytes (no Python code may run inside `f`).
    fn with_data<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        let obj = self.obj.borrow();
        match obj.as_ref()?.payload()? {
            Payload::Bytes(b) => Some(f(b)),
            Payload::ByteArray(b) => Some(f(&b.borrow())),
            Payload::Native(n) => {
                let a = n.as_any().downcast_ref::<PyArray>()?;
                let d = a.data.borrow();
                Some(f(&d))
            }
            _ => None,
        }
    }

    /// Byte offsets of every item in Fortran order (the first index varies fastest).
    fn offsets_f(&self) -> Vec<usize> {
        let total: usize = self.shape.iter().product();
        let mut out = Vec::with_capacity(total);
        let mut idx = vec![0usize; self.shape.len()];
        for _ in 0..total {
            let off: isize = idx
                .iter()
                .zip(&self.strides)
                .map(|(i, s)| *i as isize * s)
                .sum();
            out.push((self.start + off) as usize);
            for (k, i) in idx.iter_mut().enumerate() {
                *i += 1;
                if *i < self.shape[k] {
                    break;
                }
                *i = 0;
            }
        }
        out
    }

    /// The viewed bytes in C order.
    fn to_bytes(&self) -> Option<Vec<u8>> {
        self.bytes_at(self.offsets())
    }

    /// The items at `offs`, concatenated.
    fn bytes_at(&self, offs: Vec<usize>) -> Option<Vec<u8>> {
        let n = self.itemsize;
        self.with_data(|d| {
            let mut out = Vec::with_capacity(offs.len() * n);
            for o in offs {
                out.extend_from_slice(d.get(o..o + n).unwrap_or(&[]));
            }
            out
        })
    }
}

/// The view inside `v`, if it is a memoryview.
fn as_view(v: &Value) -> Option<&MemoryView> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<MemoryView>(),
        _ => None,
    }
}

pub fn is_memoryview(v: &Value) -> bool {
    as_view(v).is_some()
}

/// The bytes of a (not released) memoryview, in C order.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    match as_view(v) {
        Some(mv) => mv.to_bytes(),
        // An array.array exports its items' bytes.
        None => crate::modules::native::downcast::<PyArray>(v).map(|a| a.data.borrow().clone()),
    }
}

/// Is `v` a memoryview or an array.array (a native buffer exporter)?
pub fn is_native_buffer(v: &Value) -> bool {
    is_memoryview(v) || crate::modules::native::downcast::<PyArray>(v).is_some()
}

/// Does `v` (a bytearray or an array.array) have live memoryviews?
pub fn has_exports(v: &Value) -> bool {
    let key = obj_key(v);
    EXPORTS.with(|e| e.borrow().get(&key).is_some_and(|n| *n > 0))
}

/// BufferError if `v` (a bytearray) has live memoryviews.
pub fn check_resizable(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let key = obj_key(v);
    let n = EXPORTS.with(|e| e.borrow().get(&key).copied().unwrap_or(0));
    if n > 0 {
        let cls = types().exc.buffer_error.clone();
        return Err(
            vm.new_exception_msg(&cls, "Existing exports of data: object cannot be re-sized")
        );
    }
    Ok(())
}

fn new_view(vm: &mut Vm, mv: MemoryView) -> PyResult<Value> {
    if let Some(o) = mv.obj.borrow().as_ref() {
        let resizable = matches!(o.payload(), Some(Payload::ByteArray(_)))
            || crate::modules::native::downcast::<PyArray>(o).is_some();
        if resizable {
            let key = obj_key(o);
            EXPORTS.with(|e| *e.borrow_mut().entry(key).or_insert(0) += 1);
            mv.exporting.set(true);
        }
    }
    let _ = vm;
    Ok(types::new_obj(
        &memoryview_type(),
        Payload::Native(Box::new(mv)),
    ))
}

/// A memoryview of a bytes-like object (the whole buffer).
pub fn memoryview_of(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Some(src) = as_view(obj) {
        let base = live_obj(vm, src)?;
        return new_view(
            vm,
            MemoryView {
                obj: RefCell::new(Some(base)),
                start: src.start,
                shape: src.shape.clone(),
                strides: src.strides.clone(),
                format: src.format,
                itemsize: src.itemsize,
                readonly: src.readonly,
                exporting: Cell::new(false),
            },
        );
    }
    let (len, readonly) = match obj.payload() {
        Some(Payload::Bytes(b)) => (b.len(), true),
        Some(Payload::ByteArray(b)) => (b.borrow().len(), false),
        Some(Payload::Native(n)) if n.as_any().is::<PyArray>() => {
            if let Some(a) = n.as_any().downcast_ref::<PyArray>() {
                let size = array::itemsize(a.code);
                let len = a.data.borrow().len() / size;
                // 'u' items are UCS-4 code units: CPython's view format is 'w'.
                let format = if a.code == b'u' { 'w' } else { a.code as char };
                return new_view(
                    vm,
                    MemoryView {
                        obj: RefCell::new(Some(obj.clone())),
                        start: 0,
                        shape: vec![len],
                        strides: vec![size as isize],
                        format,
                        itemsize: size,
                        readonly: false,
                        exporting: Cell::new(false),
                    },
                );
            }
            (0, true)
        }
        _ => {
            return Err(vm.new_type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                types::type_name(obj)
            )))
        }
    };
    new_view(
        vm,
        MemoryView {
            obj: RefCell::new(Some(obj.clone())),
            start: 0,
            shape: vec![len],
            strides: vec![1],
            format: 'B',
            itemsize: 1,
            readonly,
            exporting: Cell::new(false),
        },
    )
}

fn released(vm: &mut Vm) -> crate::vm::PyErr {
    vm.new_value_error("operation forbidden on released memoryview object")
}

fn live_obj(vm: &mut Vm, mv: &MemoryView) -> PyResult<Value> {
    let o = mv.obj.borrow().clone();
    o.ok_or_else(|| released(vm))
}

/// `self` as a live view.
fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a MemoryView> {
    let v = args.pos.first();
    match v.and_then(as_view) {
        Some(mv) => {
            if mv.obj.borrow().is_none() {
                return Err(released(vm));
            }
            Ok(mv)
        }
        None => Err(vm.new_type_error(format!(
            "descriptor '{}' for 'memoryview' objects doesn't apply to a '{}' object",
            name,
            v.map(types::type_name).unwrap_or_default()
        ))),
    }
}

// ----- formats -----

/// The item size of a native single-character format.
fn format_size(f: char) -> Option<usize> {
    Some(match f {
        'B' | 'b' | 'c' | '?' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    })
}

fn is_byte_format(f: char) -> bool {
    matches!(f, 'B' | 'b' | 'c')
}

/// A scalar unpacked from the buffer.
#[derive(Clone, Copy, Debug)]
enum Scalar {
    Int(i128),
    Float(f64),
    Char(u8),
    Bool(bool),
}

fn unpack(f: char, b: &[u8]) -> Scalar {
    let mut a8 = [0u8; 8];
    let n = b.len().min(8);
    a8[..n].copy_from_slice(&b[..n]);
    let u = u64::from_le_bytes(a8);
    match f {
        'B' => Scalar::Int(u as u8 as i128),
        'b' => Scalar::Int(u as u8 as i8 as i128),
        'c' => Scalar::Char(u as u8),
        '?' => Scalar::Bool(u as u8 != 0),
        'h' => Scalar::Int(u as u16 as i16 as i128),
        'H' => Scalar::Int(u as u16 as i128),
        'i' => Scalar::Int(u as u32 as i32 as i128),
        'I' => Scalar::Int(u as u32 as i128),
        'f' => Scalar::Float(f32::from_bits(u as u32) as f64),
        'd' => Scalar::Float(f64::from_bits(u)),
        'l' | 'q' | 'n' => Scalar::Int(u as i64 as i128),
        _ => Scalar::Int(u as i128),
    }
}

fn scalar_value(s: Scalar) -> Value {
    match s {
        Scalar::Int(i) => match i64::try_from(i) {
            Ok(x) => Value::Int(x),
            Err(_) => intobj::int_from_bigint(num_bigint::BigInt::from(i)),
        },
        Scalar::Float(x) => Value::Float(x),
        Scalar::Char(c) => bytesobj::new_bytes(vec![c]),
        Scalar::Bool(b) => Value::Bool(b),
    }
}

fn scalar_eq(a: Scalar, b: Scalar) -> bool {
    let num = |s: Scalar| -> Option<f64> {
        match s {
            Scalar::Int(i) => Some(i as f64),
            Scalar::Float(x) => Some(x),
            Scalar::Bool(b) => Some(b as i64 as f64),
            Scalar::Char(_) => None,
        }
    };
    match (a, b) {
        (Scalar::Char(x), Scalar::Char(y)) => x == y,
        (Scalar::Char(_), _) | (_, Scalar::Char(_)) => false,
        (Scalar::Int(x), Scalar::Int(y)) => x == y,
        (Scalar::Int(x), Scalar::Bool(y)) | (Scalar::Bool(y), Scalar::Int(x)) => x == y as i128,
        (Scalar::Bool(x), Scalar::Bool(y)) => x == y,
        _ => num(a) == num(b),
    }
}

/// Packs a Python value for format `f` (CPython's `pack_single` errors).
fn pack(vm: &mut Vm, f: char, v: &Value, size: usize) -> PyResult<Vec<u8>> {
    let invalid_type =
        |vm: &mut Vm| vm.new_type_error(format!("memoryview: invalid type for format '{}'", f));
    let invalid_value =
        |vm: &mut Vm| vm.new_value_error(format!("memoryview: invalid value for format '{}'", f));
    match f {
        'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(vec![b[0]]),
            Some(Payload::Bytes(_)) => Err(invalid_value(vm)),
            _ => Err(invalid_type(vm)),
        },
        '?' => Ok(vec![vm.truthy(v)? as u8]),
        'f' | 'd' => {
            let x = match v {
                Value::Float(x) => *x,
                _ if intobj::is_int(v) || matches!(v.payload(), Some(Payload::Float(_))) => {
                    floatobj::to_f64(vm, v)?
                }
                _ => return Err(invalid_type(vm)),
            };
            let x = floatobj::canon_nan(x);
            Ok(if f == 'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            let cls = types::class_of(v);
            if !intobj::is_int(v) && types::lookup_str(&cls, "__index__").is_none() {
                return Err(invalid_type(vm));
            }
            let i = vm.index(v)?;
            let big = intobj::to_bigint(&i).unwrap_or_default();
            let n: i128 =
                num_traits::ToPrimitive::to_i128(&big).ok_or_else(|| invalid_value(vm))?;
            let (lo, hi): (i128, i128) = match f {
                'B' => (0, u8::MAX as i128),
                'b' => (i8::MIN as i128, i8::MAX as i128),
                'h' => (i16::MIN as i128, i16::MAX as i128),
                'H' => (0, u16::MAX as i128),
                'i' => (i32::MIN as i128, i32::MAX as i128),
                'I' => (0, u32::MAX as i128),
                'l' | 'q' | 'n' => (i64::MIN as i128, i64::MAX as i128),
                _ => (0, u64::MAX as i128),
            };
            if n < lo || n > hi {
                return Err(invalid_value(vm));
            }
            Ok((n as u64).to_le_bytes()[..size].to_vec())
        }
    }
}

// ----- construction and properties -----

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = clinic_args(vm, &args, "memoryview", &["object"], 1, 0)?;
    let obj = b[0].clone().unwrap_or(Value::None);
    memoryview_of(vm, &obj)
}

fn getter<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a MemoryView> {
    match as_view(v) {
        Some(mv) if mv.obj.borrow().is_some() => Ok(mv),
        Some(_) => Err(released(vm)),
        None => Err(vm.new_type_error("descriptor requires a 'memoryview' object")),
    }
}

fn int_tuple(items: impl Iterator<Item = i64>) -> Value {
    tupleobj::new_tuple(items.map(Value::Int).collect())
}

fn get_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mv = getter(vm, v)?;
    live_obj(vm, mv)
}
fn get_nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(getter(vm, v)?.nbytes() as i64))
}
fn get_readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(getter(vm, v)?.readonly))
}
fn get_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(getter(vm, v)?.itemsize as i64))
}
fn get_format(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(strobj::new_str(getter(vm, v)?.format.to_string()))
}
fn get_ndim(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(getter(vm, v)?.shape.len() as i64))
}
fn get_shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int_tuple(getter(vm, v)?.shape.iter().map(|x| *x as i64)))
}
fn get_strides(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int_tuple(getter(vm, v)?.strides.iter().map(|x| *x as i64)))
}
fn get_suboffsets(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    getter(vm, v)?;
    Ok(tupleobj::new_tuple(vec![]))
}
fn get_c_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(getter(vm, v)?.is_c_contiguous()))
}
fn get_f_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(getter(vm, v)?.is_f_contiguous()))
}
fn get_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mv = getter(vm, v)?;
    Ok(Value::Bool(mv.is_c_contiguous() || mv.is_f_contiguous()))
}

// ----- methods -----

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "tobytes")?;
    let b = clinic_args(vm, &args, "tobytes", &["order"], 0, 0)?;
    if let Some(o) = &b[0] {
        if !o.is_none() {
            let Some(s) = o.as_rust_str() else {
                return Err(vm.new_type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    types::type_name(o)
                )));
            };
            if !matches!(s, "C" | "F" | "A") {
                return Err(vm.new_value_error("order must be 'C', 'F' or 'A'"));
            }
            if s == "F" {
                let d = mv.bytes_at(mv.offsets_f()).ok_or_else(|| released(vm))?;
                return Ok(bytesobj::new_bytes(d));
            }
        }
    }
    let d = mv.to_bytes().ok_or_else(|| released(vm))?;
    Ok(bytesobj::new_bytes(d))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "tolist")?;
    noargs(vm, &args, "memoryview.tolist")?;
    let items = items_of(vm, mv)?;
    if mv.shape.is_empty() {
        return Ok(items.into_iter().next().unwrap_or(Value::None));
    }
    fn nest(shape: &[usize], items: &mut std::vec::IntoIter<Value>) -> Value {
        if shape.len() == 1 {
            return listobj::new_list(items.by_ref().take(shape[0]).collect());
        }
        listobj::new_list((0..shape[0]).map(|_| nest(&shape[1..], items)).collect())
    }
    Ok(nest(&mv.shape, &mut items.into_iter()))
}

/// Every item as a Python value, in C order.
fn items_of(vm: &mut Vm, mv: &MemoryView) -> PyResult<Vec<Value>> {
    check_format(vm, mv)?;
    let offs = mv.offsets();
    let (f, n) = (mv.format, mv.itemsize);
    let scalars = mv
        .with_data(|d| {
            offs.iter()
                .map(|o| unpack(f, d.get(*o..*o + n).unwrap_or(&[])))
                .collect::<Vec<_>>()
        })
        .ok_or_else(|| released(vm))?;
    Ok(scalars.into_iter().map(scalar_value).collect())
}

/// Views of an array('u') have format 'w', which CPython 3.11 cannot unpack.
fn check_format(vm: &mut Vm, mv: &MemoryView) -> PyResult<()> {
    if format_size(mv.format).is_none() {
        return Err(
            vm.new_not_implemented_error(format!("memoryview: format {} not supported", mv.format))
        );
    }
    Ok(())
}

fn scalars_of(mv: &MemoryView) -> Option<Vec<Scalar>> {
    let offs = mv.offsets();
    let (f, n) = (mv.format, mv.itemsize);
    mv.with_data(|d| {
        offs.iter()
            .map(|o| unpack(f, d.get(*o..*o + n).unwrap_or(&[])))
            .collect()
    })
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "hex")?;
    let b = clinic_args(vm, &args, "hex", &["sep", "bytes_per_sep"], 0, 0)?;
    let d = mv.to_bytes().ok_or_else(|| released(vm))?;
    bytesobj::hex_impl(vm, &d, b[0].as_ref(), b[1].as_ref())
}

fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "memoryview.release")?;
    if let Some(mv) = args.pos.first().and_then(as_view) {
        mv.release_export();
        mv.obj.borrow_mut().take();
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__enter__")?;
    noargs(vm, &args, "memoryview.__enter__")?;
    Ok(args.pos[0].clone())
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "memoryview.__exit__")?;
    if let Some(mv) = args.pos.first().and_then(as_view) {
        mv.release_export();
        mv.obj.borrow_mut().take();
    }
    Ok(Value::None)
}

fn mv_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "toreadonly")?;
    noargs(vm, &args, "memoryview.toreadonly")?;
    let base = live_obj(vm, mv)?;
    new_view(
        vm,
        MemoryView {
            obj: RefCell::new(Some(base)),
            start: mv.start,
            shape: mv.shape.clone(),
            strides: mv.strides.clone(),
            format: mv.format,
            itemsize: mv.itemsize,
            readonly: true,
            exporting: Cell::new(false),
        },
    )
}

fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "cast")?;
    let b = clinic_args(vm, &args, "cast", &["format", "shape"], 1, 0)?;
    let fv = b[0].clone().unwrap_or(Value::None);
    let Some(fs) = fv.as_rust_str() else {
        return Err(vm.new_type_error(format!(
            "cast() argument 'format' must be str, not {}",
            strobj::clinic_type_name(&fv)
        )));
    };
    let fs = fs.strip_prefix('@').unwrap_or(fs);
    let mut cs = fs.chars();
    let f = match (cs.next(), cs.next()) {
        (Some(c), None) if format_size(c).is_some() => c,
        _ => {
            return Err(vm.new_value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    if !mv.is_c_contiguous() {
        return Err(vm.new_type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if (b[1].is_some() || mv.shape.len() != 1) && mv.shape.contains(&0) {
        return Err(
            vm.new_type_error("memoryview: cannot cast view with zeros in shape or strides")
        );
    }
    let shape_arg = match &b[1] {
        None => None,
        Some(s) => match s.payload() {
            Some(Payload::List(_) | Payload::Tuple(_)) => Some(vm.collect_iter(s)?),
            _ => return Err(vm.new_type_error("shape must be a list or a tuple")),
        },
    };
    let ndim_dst = shape_arg.as_ref().map_or(1, |s| s.len());
    if mv.shape.len() != 1 && ndim_dst != 1 {
        return Err(vm.new_type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
    }
    if !is_byte_format(mv.format) && !is_byte_format(f) {
        return Err(vm.new_type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = format_size(f).unwrap_or(1);
    let nbytes = mv.nbytes();
    let shape: Vec<usize> = match shape_arg {
        None => {
            if nbytes % size != 0 {
                return Err(vm.new_type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / size]
        }
        Some(items) => {
            let mut dims = Vec::with_capacity(items.len());
            for it in &items {
                match intobj::to_i64(it) {
                    Some(n) if n > 0 => dims.push(n as usize),
                    Some(_) => {
                        return Err(vm.new_value_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        ))
                    }
                    None if !intobj::is_int(it) => {
                        return Err(vm.new_type_error(
                            "memoryview.cast(): elements of shape must be integers",
                        ))
                    }
                    None => {
                        return Err(vm.new_type_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        ))
                    }
                }
            }
            if dims.iter().product::<usize>() * size != nbytes {
                return Err(
                    vm.new_type_error("memoryview: product(shape) * itemsize != buffer size")
                );
            }
            dims
        }
    };
    let mut strides = vec![0isize; shape.len()];
    let mut acc = size as isize;
    for k in (0..shape.len()).rev() {
        strides[k] = acc;
        acc *= shape[k] as isize;
    }
    let base = live_obj(vm, mv)?;
    new_view(
        vm,
        MemoryView {
            obj: RefCell::new(Some(base)),
            start: mv.start,
            shape,
            strides,
            format: f,
            itemsize: size,
            readonly: mv.readonly,
            exporting: Cell::new(false),
        },
    )
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "__iter__")?;
    match mv.shape.len() {
        0 => Err(vm.new_type_error("invalid indexing of 0-dim memory")),
        1 => Ok(crate::objects::iterobj::new_seq_iter_of(
            &types().memory_iterator,
            args.pos[0].clone(),
        )),
        _ => {
            let cls = types().exc.not_implemented_error.clone();
            Err(vm.new_exception_msg(&cls, "multi-dimensional sub-views are not implemented"))
        }
    }
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "__len__")?;
    Ok(Value::Int(mv.len() as i64))
}

/// An index into dimension 0 of `mv`.
fn index_of(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    let i = vm.index(key)?;
    let i = intobj::to_i64(&i)
        .ok_or_else(|| vm.new_index_error("cannot fit 'int' into an index-sized integer"))?;
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// The byte offset of the item addressed by `key` (an int, or a tuple for ndim > 1).
fn item_offset(vm: &mut Vm, mv: &MemoryView, key: &Value) -> PyResult<usize> {
    if let Some(Payload::Tuple(t)) = key.payload() {
        let t = t.to_vec();
        if !t.iter().all(intobj::has_index) {
            let slices = !t.is_empty()
                && t.iter()
                    .all(|k| matches!(k.payload(), Some(Payload::Slice(_))));
            if slices {
                return Err(
                    vm.new_not_implemented_error("multi-dimensional slicing is not implemented")
                );
            }
            return Err(vm.new_type_error("memoryview: invalid slice key"));
        }
        if t.len() > mv.shape.len() {
            return Err(vm.new_type_error(format!(
                "cannot index {}-dimension view with {}-element tuple",
                mv.shape.len(),
                t.len()
            )));
        }
        if t.len() < mv.shape.len() {
            return Err(vm.new_not_implemented_error("sub-views are not implemented"));
        }
        let mut off = mv.start;
        for (dim, k) in t.iter().enumerate() {
            if !intobj::has_index(k) {
                return Err(vm.new_type_error("memoryview: invalid slice key"));
            }
            let i = vm.index(k)?;
            let i = intobj::to_i64(&i).unwrap_or(i64::MAX);
            let n = mv.shape[dim] as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(
                    vm.new_index_error(format!("index out of bounds on dimension {}", dim + 1))
                );
            }
            off += j as isize * mv.strides[dim];
        }
        return Ok(off as usize);
    }
    if mv.shape.len() != 1 {
        return Err(vm.new_not_implemented_error("multi-dimensional sub-views are not implemented"));
    }
    let i = index_of(vm, key, mv.len())?;
    Ok((mv.start + i as isize * mv.strides[0]) as usize)
}

/// A 0-dim view takes only `()` (its item) and `...` (itself).
fn zero_dim_key(vm: &mut Vm, mv: &MemoryView, key: &Value) -> PyResult<bool> {
    if !mv.shape.is_empty() {
        return Ok(false);
    }
    if matches!(key.payload(), Some(Payload::Ellipsis)) {
        return Ok(true);
    }
    match key.payload() {
        Some(Payload::Tuple(t)) if t.is_empty() => Ok(false),
        _ => Err(vm.new_type_error("invalid indexing of 0-dim memory")),
    }
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "__getitem__")?;
    let key = one_arg(vm, &args, "memoryview.__getitem__")?;
    if zero_dim_key(vm, mv, key)? {
        return memoryview_of(vm, &args.pos[0]);
    }
    if let Some(Payload::Slice(_)) = key.payload() {
        let sl = sliceobj::indices(vm, key, mv.len())?;
        let base = live_obj(vm, mv)?;
        let mut shape = mv.shape.clone();
        let mut strides = mv.strides.clone();
        shape[0] = sl.len;
        strides[0] = mv.strides[0] * sl.step as isize;
        return new_view(
            vm,
            MemoryView {
                obj: RefCell::new(Some(base)),
                start: mv.start + sl.start.max(0) as isize * mv.strides[0],
                shape,
                strides,
                format: mv.format,
                itemsize: mv.itemsize,
                readonly: mv.readonly,
                exporting: Cell::new(false),
            },
        );
    }
    if !intobj::has_index(key) && !matches!(key.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.new_type_error("memoryview: invalid slice key"));
    }
    let off = item_offset(vm, mv, key)?;
    check_format(vm, mv)?;
    let (f, n) = (mv.format, mv.itemsize);
    let s = mv
        .with_data(|d| unpack(f, d.get(off..off + n).unwrap_or(&[])))
        .ok_or_else(|| released(vm))?;
    Ok(scalar_value(s))
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "__setitem__")?;
    if args.pos.len() != 3 {
        return Err(vm.new_type_error(format!(
            "expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let (key, value) = (&args.pos[1], &args.pos[2]);
    if mv.readonly {
        return Err(vm.new_type_error("cannot modify read-only memory"));
    }
    let empty;
    let key = if zero_dim_key(vm, mv, key)? {
        empty = tupleobj::new_tuple(Vec::new());
        &empty
    } else {
        key
    };
    let base = live_obj(vm, mv)?;
    let cell = match base.payload() {
        Some(Payload::ByteArray(cell)) => cell,
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<PyArray>() {
            Some(a) => &a.data,
            None => return Err(vm.new_type_error("cannot modify read-only memory")),
        },
        _ => return Err(vm.new_type_error("cannot modify read-only memory")),
    };
    if let Some(Payload::Slice(_)) = key.payload() {
        if mv.shape.len() != 1 {
            return Err(vm.new_not_implemented_error(
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        let sl = sliceobj::indices(vm, key, mv.len())?;
        let (src, src_fmt, src_count) = match as_view(value) {
            Some(sv) => {
                let b = sv.to_bytes().ok_or_else(|| released(vm))?;
                (
                    b,
                    sv.format,
                    if sv.shape.len() == 1 {
                        sv.len()
                    } else {
                        usize::MAX
                    },
                )
            }
            None => match bytesobj::buffer_data(value) {
                Some(b) => {
                    let n = b.len();
                    (b, 'B', n)
                }
                None => {
                    return Err(vm.new_type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        types::type_name(value)
                    )))
                }
            },
        };
        if src_count != sl.len || src_fmt != mv.format {
            return Err(vm.new_value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let n = mv.itemsize;
        let mut data = cell.borrow_mut();
        for k in 0..sl.len {
            let off =
                (mv.start + (sl.start + k as i64 * sl.step) as isize * mv.strides[0]) as usize;
            if let (Some(dst), Some(s)) = (data.get_mut(off..off + n), src.get(k * n..k * n + n)) {
                dst.copy_from_slice(s);
            }
        }
        return Ok(Value::None);
    }
    if !intobj::has_index(key) && !matches!(key.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.new_type_error("memoryview: invalid slice key"));
    }
    let off = item_offset(vm, mv, key)?;
    let bytes = pack(vm, mv.format, value, mv.itemsize)?;
    if let Some(dst) = cell.borrow_mut().get_mut(off..off + bytes.len()) {
        dst.copy_from_slice(&bytes);
    }
    Ok(Value::None)
}

fn mv_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "__delitem__")?;
    if mv.readonly {
        return Err(vm.new_type_error("cannot modify read-only memory"));
    }
    Err(vm.new_type_error("cannot delete memory"))
}

fn mv_eq_impl(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let (a, b) = (&args.pos[0], &args.pos[1]);
    let Some(mv) = as_view(a) else {
        return Ok(None);
    };
    // As CPython's: a released view equals only itself, and a live one is compared item by
    // item even with itself (a NaN item makes it unequal to itself).
    if mv.obj.borrow().is_none() {
        return Ok(Some(a.is(b)));
    }
    let (other, other_shape): (Vec<Scalar>, Vec<usize>) = match as_view(b) {
        Some(w) => {
            if w.obj.borrow().is_none() {
                return Ok(Some(a.is(b)));
            }
            (scalars_of(w).unwrap_or_default(), w.shape.clone())
        }
        // An array.array compares item by item in its own format, as a view of it would.
        None if crate::modules::native::downcast::<PyArray>(b).is_some() => {
            let tmp = memoryview_of(vm, b)?;
            match as_view(&tmp) {
                Some(w) => (scalars_of(w).unwrap_or_default(), w.shape.clone()),
                None => return Ok(None),
            }
        }
        None => match bytesobj::buffer_data(b) {
            Some(d) => {
                let n = d.len();
                (d.iter().map(|x| Scalar::Int(*x as i128)).collect(), vec![n])
            }
            None => return Ok(None),
        },
    };
    if other_shape != mv.shape {
        return Ok(Some(false));
    }
    let mine = scalars_of(mv).unwrap_or_default();
    Ok(Some(
        mine.len() == other.len() && mine.iter().zip(&other).all(|(x, y)| scalar_eq(*x, *y)),
    ))
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, &args)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, &args)? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented(),
    })
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(vm, &args, "__hash__")?;
    if !mv.readonly {
        return Err(vm.new_value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(mv.format) {
        return Err(
            vm.new_value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        );
    }
    let d = mv.to_bytes().ok_or_else(|| released(vm))?;
    Ok(Value::Int(crate::hash::hash_bytes(&d)))
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(mv) = args.pos.first().and_then(as_view) else {
        return Err(vm.new_type_error("descriptor '__repr__' requires a 'memoryview' object"));
    };
    let addr = args.pos[0].id();
    let released = mv.obj.borrow().is_none();
    Ok(strobj::new_str(if released {
        format!("<released memory at {:#x}>", addr)
    } else {
        format!("<memory at {:#x}>", addr)
    }))
}

fn mv_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "memoryview.__sizeof__")?;
    Ok(Value::Int(184))
}

pub static MEMORYVIEW_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", mv_new),
    MethodDef::method("tobytes", mv_tobytes),
    MethodDef::method("tolist", mv_tolist),
    MethodDef::method("hex", mv_hex),
    MethodDef::method("cast", mv_cast),
    MethodDef::method("release", mv_release),
    MethodDef::method("toreadonly", mv_toreadonly),
    MethodDef::method("__enter__", mv_enter),
    MethodDef::method("__exit__", mv_exit),
    MethodDef::method("__len__", mv_len),
    MethodDef::method("__iter__", mv_iter),
    MethodDef::method("__getitem__", mv_getitem),
    MethodDef::method("__setitem__", mv_setitem),
    MethodDef::method("__delitem__", mv_delitem),
    MethodDef::method("__eq__", mv_eq),
    MethodDef::method("__ne__", mv_ne),
    MethodDef::method("__hash__", mv_hash),
    MethodDef::method("__repr__", mv_repr),
    MethodDef::method("__sizeof__", mv_sizeof),
    MethodDef::getter("obj", get_obj),
    MethodDef::getter("nbytes", get_nbytes),
    MethodDef::getter("readonly", get_readonly),
    MethodDef::getter("itemsize", get_itemsize),
    MethodDef::getter("format", get_format),
    MethodDef::getter("ndim", get_ndim),
    MethodDef::getter("shape", get_shape),
    MethodDef::getter("strides", get_strides),
    MethodDef::getter("suboffsets", get_suboffsets),
    MethodDef::getter("c_contiguous", get_c_contiguous),
    MethodDef::getter("f_contiguous", get_f_contiguous),
    MethodDef::getter("contiguous", get_contiguous),
];
