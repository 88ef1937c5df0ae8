//! The `struct` module: packing values to and from C struct layouts.
//!
//! Native mode ('@', the default) uses the sizes and alignments of 64-bit Linux on every
//! target (so results match CPython there): 'l', 'L', 'n', 'N' and 'P' are 8 bytes.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::modules::native::{self, downcast};
use crate::object::*;
use crate::objects::{bytesobj, floatobj, funcobj, intobj, moduleobj, strobj, tupleobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

/// One format item: a code repeated `count` times (for 's' and 'p', one item of `count` bytes).
#[derive(Clone, Copy, Debug)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// A compiled format string.
#[derive(Debug)]
pub struct Format {
    text: String,
    /// Little-endian byte order ('<', '=', '@' on our targets).
    little: bool,
    /// Native mode ('@' or no prefix): 'f' is a plain C cast (no overflow check).
    native: bool,
    items: Vec<Item>,
    size: usize,
    /// Number of Python values packed / unpacked.
    nvalues: usize,
}

/// `struct.Struct` instances.
struct StructObj {
    format: RefCell<Rc<Format>>,
    format_value: RefCell<Value>,
}

impl NativeObject for StructObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.format_value.borrow());
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct UnpackIter {
    format: Rc<Format>,
    data: Vec<u8>,
    pos: Cell<usize>,
}

impl NativeObject for UnpackIter {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    static STRUCT_TYPE: PyRef = types::new_builtin_type("Struct", "_struct", None, BaseKind::Internal, STRUCT_METHODS, true);
    static ITER_TYPE: PyRef = types::new_builtin_type("unpack_iterator", "_struct", None, BaseKind::Internal, ITER_METHODS, false);
    static ERROR: RefCell<Option<PyRef>> = const { RefCell::new(None) };
    static CACHE: RefCell<HashMap<String, Rc<Format>>> = RefCell::new(HashMap::new());
}

const CACHE_MAX: usize = 100;

type Entry = (&'static str, NativeFn);

static FUNCTIONS: &[Entry] = &[
    ("pack", st_pack),
    ("pack_into", st_pack_into),
    ("unpack", st_unpack),
    ("unpack_from", st_unpack_from),
    ("iter_unpack", st_iter_unpack),
    ("calcsize", st_calcsize),
    ("_clearcache", st_clearcache),
];

pub fn init_module(vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let err = native::make_class(vm, "error", "struct", &[types().exc.exception.clone()])?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    moduleobj::module_set(m, "error", Value::Obj(err));
    moduleobj::module_set(m, "Struct", Value::Obj(STRUCT_TYPE.with(|t| t.clone())));
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("struct"), 0));
    }
    Ok(())
}

fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let cls = ERROR
        .with(|e| e.borrow().clone())
        .unwrap_or_else(|| types().exc.exception.clone());
    vm.new_exception_msg(&cls, msg)
}

// ----- format compilation -----

/// (size, alignment) of a code in native mode; None for an unknown code.
fn native_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn std_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn compile(vm: &mut Vm, text: &str) -> PyResult<Format> {
    let bytes = text.as_bytes();
    let (order, mut i) = match bytes.first() {
        Some(c @ (b'@' | b'=' | b'<' | b'>' | b'!')) => (*c, 1),
        _ => (b'@', 0),
    };
    let native = order == b'@';
    let little = matches!(order, b'@' | b'=' | b'<');
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nvalues = 0usize;
    let too_long = |vm: &mut Vm| error(vm, "total struct size too long");
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                n = match n
                    .checked_mul(10)
                    .and_then(|x| x.checked_add((bytes[i] - b'0') as usize))
                {
                    Some(x) => x,
                    None => return Err(too_long(vm)),
                };
                i += 1;
            }
            if i >= bytes.len() {
                return Err(error(vm, "repeat count given without format specifier"));
            }
            count = Some(n);
        }
        let code = bytes[i];
        i += 1;
        let sz = if native {
            native_size(code)
        } else {
            std_size(code)
        };
        let Some(sz) = sz else {
            return Err(error(vm, "bad char in struct format"));
        };
        let n = count.unwrap_or(1);
        if native {
            // Align to the item's own size.
            let align = sz;
            size = match size.checked_add(align - 1) {
                Some(s) => s / align * align,
                None => return Err(too_long(vm)),
            };
        }
        let (item_size, values) = match code {
            b's' | b'p' => (n, 1),
            b'x' => (n, 0),
            _ => match sz.checked_mul(n) {
                Some(t) => (t, n),
                None => return Err(too_long(vm)),
            },
        };
        items.push(Item {
            code,
            count: n,
            offset: size,
            size: sz,
        });
        nvalues += values;
        size = match size.checked_add(item_size) {
            Some(s) if s as u64 <= i64::MAX as u64 => s,
            _ => return Err(too_long(vm)),
        };
    }
    Ok(Format {
        text: text.to_string(),
        little,
        native,
        items,
        size,
        nvalues,
    })
}

/// `format_arg` for the module functions: CPython looks the format up in its cache dict
/// first, so an unhashable one fails as such.
fn cached_format_arg(vm: &mut Vm, v: &Value) -> PyResult<Rc<Format>> {
    vm.hash(v)?;
    format_arg(vm, v)
}

/// The compiled format for a `str` or `bytes` argument (cached).
fn format_arg(vm: &mut Vm, v: &Value) -> PyResult<Rc<Format>> {
    let text = match v.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(vm.new_type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                types::type_name(v)
            )))
        }
    };
    if let Some(f) = CACHE.with(|c| c.borrow().get(&text).cloned()) {
        return Ok(f);
    }
    let f = Rc::new(compile(vm, &text)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(text, f.clone());
    });
    Ok(f)
}

// ----- packing -----

fn put_uint(out: &mut [u8], v: u64, size: usize, little: bool) {
    let b = v.to_le_bytes();
    for k in 0..size {
        if little {
            out[k] = b[k];
        } else {
            out[size - 1 - k] = b[k];
        }
    }
}

fn get_uint(data: &[u8], size: usize, little: bool) -> u64 {
    let mut v: u64 = 0;
    for k in 0..size {
        let byte = if little { data[size - 1 - k] } else { data[k] };
        v = (v << 8) | byte as u64;
    }
    v
}

/// The integer value of a pack argument ("required argument is not an integer" otherwise).
fn pack_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        _ => {
            if !intobj::is_int(v) && types::lookup_str(&types::class_of(v), "__index__").is_none() {
                return Err(error(vm, "required argument is not an integer"));
            }
            let i = vm.index(v)?;
            intobj::to_bigint(&i).ok_or_else(|| error(vm, "required argument is not an integer"))
        }
    }
}

/// CPython's message for an integer that fits a C long but not the item.
fn range_error(vm: &mut Vm, code: u8) -> PyErr {
    match code {
        b'b' => error(vm, "byte format requires -128 <= number <= 127"),
        b'B' => error(vm, "ubyte format requires 0 <= number <= 255"),
        b'h' => error(vm, "short format requires -32768 <= number <= 32767"),
        b'H' => error(vm, "ushort format requires 0 <= number <= 65535"),
        b'i' | b'l' => error(
            vm,
            format!(
                "'{}' format requires -2147483648 <= number <= 2147483647",
                code as char
            ),
        ),
        _ => error(
            vm,
            format!(
                "'{}' format requires 0 <= number <= 4294967295",
                code as char
            ),
        ),
    }
}

/// The raw bits of an integer item, with CPython's range checks. `big`: the big-endian
/// standard sizes ('>', '!'), whose 'h', 'H', 'q' and 'Q' packers have their own messages
/// (the little-endian ones are the native packers on a little-endian host).
fn int_bits(vm: &mut Vm, code: u8, size: usize, n: &BigInt, big: bool) -> PyResult<u64> {
    let out_of_range = |vm: &mut Vm| error(vm, "argument out of range");
    if big {
        match code {
            b'q' | b'Q' => {
                let fits = if code == b'q' {
                    n.to_i64().map(|i| i as u64)
                } else {
                    n.to_u64().filter(|_| !n.is_negative())
                };
                return fits.ok_or_else(|| error(vm, "int too large to convert"));
            }
            b'h' | b'H' => {
                let (lo, hi) = if code == b'h' {
                    (-32768, 32767)
                } else {
                    (0, 65535)
                };
                let i = if code == b'h' {
                    n.to_i64().map(i128::from)
                } else {
                    n.to_u64().map(i128::from)
                };
                let Some(i) = i else {
                    return Err(out_of_range(vm));
                };
                if i < lo || i > hi {
                    let msg = format!(
                        "'{}' format requires {} <= number <= {}",
                        code as char, lo, hi
                    );
                    return Err(error(vm, msg));
                }
                return Ok(i as u64);
            }
            _ => {}
        }
    }
    match code {
        b'P' => match (n.to_i64(), n.to_u64()) {
            (Some(i), _) => Ok(i as u64),
            (None, Some(u)) => Ok(u),
            _ => Err(error(vm, "int too large to convert")),
        },
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' | b'B' | b'H' => {
            let Some(i) = n.to_i64() else {
                return Err(out_of_range(vm));
            };
            let (lo, hi) = match (code, size) {
                (b'B', _) => (0, 255),
                (b'H', _) => (0, 65535),
                (_, 1) => (-128, 127),
                (_, 2) => (-32768, 32767),
                (_, 4) => (i32::MIN as i64, i32::MAX as i64),
                _ => (i64::MIN, i64::MAX),
            };
            if i < lo || i > hi {
                return Err(range_error(vm, code));
            }
            Ok(i as u64)
        }
        _ => {
            let Some(u) = n.to_u64().filter(|_| !n.is_negative()) else {
                return Err(out_of_range(vm));
            };
            if size == 4 && u > u32::MAX as u64 {
                return Err(range_error(vm, code));
            }
            Ok(u)
        }
    }
}

fn pack_float(vm: &mut Vm, v: &Value, code: u8) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            let cls = types::class_of(v);
            let floatable = intobj::is_int(v)
                || matches!(v.payload(), Some(Payload::Float(_)))
                || types::lookup_str(&cls, "__float__").is_some()
                || types::lookup_str(&cls, "__index__").is_some();
            if !floatable {
                return Err(error(vm, "required argument is not a float"));
            }
            match floatobj::to_f64(vm, v) {
                Ok(x) => Ok(x),
                Err(e) if vm.exception_matches(&e, &types().exc.overflow_error) && code != b'?' => {
                    Err(error(vm, "required argument is not a float"))
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// IEEE 754 half precision with round-half-even (CPython's PyFloat_Pack2 semantics).
fn pack_half(vm: &mut Vm, x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 1 } else { 0 };
    let bits: u16 = if x == 0.0 {
        0
    } else if x.is_infinite() {
        0x1f << 10
    } else if x.is_nan() {
        (0x1f << 10) | 512
    } else {
        // |x| = m * 2^e with 1 <= m < 2, read exactly from the double's bits.
        let raw = x.abs().to_bits();
        let biased = ((raw >> 52) & 0x7ff) as i32;
        let (m, e) = if biased == 0 {
            // Subnormal doubles are far below half precision's range.
            (1.0, -1100)
        } else {
            (
                f64::from_bits((raw & ((1u64 << 52) - 1)) | (1023u64 << 52)),
                biased - 1023,
            )
        };
        let overflow = |vm: &mut Vm| vm.new_overflow_error("float too large to pack with e format");
        if e >= 16 {
            return Err(overflow(vm));
        }
        let (mut exp, frac) = if e < -25 {
            (0i32, 0.0)
        } else if e < -14 {
            (0, m * 2f64.powi(14 + e))
        } else {
            (e + 15, m - 1.0)
        };
        let scaled = frac * 1024.0;
        let mut mant = scaled.floor() as u32;
        let rest = scaled - mant as f64;
        if rest > 0.5 || (rest == 0.5 && mant % 2 == 1) {
            mant += 1;
            if mant == 1024 {
                mant = 0;
                exp += 1;
                if exp == 31 {
                    return Err(overflow(vm));
                }
            }
        }
        ((exp as u16) << 10) | mant as u16
    };
    Ok(bits | (sign << 15))
}

fn unpack_half(h: u16) -> f64 {
    let sign = if h >> 15 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let mag = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    sign * mag
}

fn pack_into_buf(vm: &mut Vm, fmt: &Format, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut vi = 0;
    for item in &fmt.items {
        match item.code {
            b'x' => continue,
            b's' | b'p' => {
                let v = &values[vi];
                vi += 1;
                let Some(data) = native::with_buffer(v, |b| b.to_vec())
                    .filter(|_| !matches!(v.payload(), Some(Payload::Native(_))))
                else {
                    return Err(error(
                        vm,
                        format!(
                            "argument for '{}' must be a bytes object",
                            item.code as char
                        ),
                    ));
                };
                let dst = &mut out[item.offset..item.offset + item.count];
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let v = &values[vi];
            vi += 1;
            let off = item.offset + k * item.size;
            let dst = &mut out[off..off + item.size];
            pack_one(vm, fmt, item.code, item.size, v, dst)?;
        }
    }
    Ok(())
}

fn pack_one(
    vm: &mut Vm,
    fmt: &Format,
    code: u8,
    size: usize,
    v: &Value,
    dst: &mut [u8],
) -> PyResult<()> {
    let little = fmt.little;
    match code {
        b'c' => {
            let b = match v.payload() {
                Some(Payload::Bytes(b)) if b.len() == 1 => b[0],
                _ => return Err(error(vm, "char format requires a bytes object of length 1")),
            };
            dst[0] = b;
        }
        b'?' => dst[0] = vm.truthy(v)? as u8,
        b'e' => {
            let x = pack_float(vm, v, code)?;
            let h = pack_half(vm, x)?;
            put_uint(dst, h as u64, 2, little);
        }
        b'f' => {
            let x = floatobj::canon_nan(pack_float(vm, v, code)?);
            let y = x as f32;
            if y.is_infinite() && x.is_finite() && !fmt.native {
                return Err(vm.new_overflow_error("float too large to pack with f format"));
            }
            put_uint(dst, y.to_bits() as u64, 4, little);
        }
        b'd' => {
            let x = floatobj::canon_nan(pack_float(vm, v, code)?);
            put_uint(dst, x.to_bits(), 8, little);
        }
        _ => {
            let n = pack_int(vm, v)?;
            let raw = int_bits(vm, code, size, &n, !little)?;
            put_uint(dst, raw, size, little);
        }
    }
    Ok(())
}

fn check_count(vm: &mut Vm, fmt: &Format, n: usize, fname: &str) -> PyResult<()> {
    if n != fmt.nvalues {
        return Err(error(
            vm,
            format!(
                "{} expected {} items for packing (got {})",
                fname, fmt.nvalues, n
            ),
        ));
    }
    Ok(())
}

fn pack(vm: &mut Vm, fmt: &Format, values: &[Value]) -> PyResult<Value> {
    check_count(vm, fmt, values.len(), "pack")?;
    vm.check_alloc(fmt.size)?;
    let mut out = vec![0u8; fmt.size];
    pack_into_buf(vm, fmt, values, &mut out)?;
    Ok(bytesobj::new_bytes(out))
}

fn unpack_buf(fmt: &Format, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(fmt.nvalues);
    let little = fmt.little;
    for item in &fmt.items {
        match item.code {
            b'x' => continue,
            b's' => {
                out.push(bytesobj::new_bytes(
                    data[item.offset..item.offset + item.count].to_vec(),
                ));
                continue;
            }
            b'p' => {
                let d = &data[item.offset..item.offset + item.count];
                let v = match d.split_first() {
                    Some((n, rest)) => rest[..(*n as usize).min(rest.len())].to_vec(),
                    None => Vec::new(),
                };
                out.push(bytesobj::new_bytes(v));
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let off = item.offset + k * item.size;
            let d = &data[off..off + item.size];
            let raw = get_uint(d, item.size, little);
            let v = match item.code {
                b'c' => bytesobj::new_bytes(vec![d[0]]),
                b'?' => Value::Bool(d[0] != 0),
                b'e' => Value::Float(unpack_half(raw as u16)),
                b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                b'd' => Value::Float(f64::from_bits(raw)),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                    let shift = 64 - item.size * 8;
                    Value::Int(((raw << shift) as i64) >> shift)
                }
                _ => match i64::try_from(raw) {
                    Ok(i) => Value::Int(i),
                    Err(_) => intobj::int_from_bigint(BigInt::from(raw)),
                },
            };
            out.push(v);
        }
    }
    tupleobj::new_tuple(out)
}

fn unpack(vm: &mut Vm, fmt: &Format, buf: &Value) -> PyResult<Value> {
    let r = native::with_buffer(buf, |d| {
        if d.len() == fmt.size {
            Some(unpack_buf(fmt, d))
        } else {
            None
        }
    });
    match r {
        Some(Some(v)) => Ok(v),
        Some(None) => Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", fmt.size),
        )),
        None => Err(not_buffer(vm, buf)),
    }
}

fn not_buffer(vm: &mut Vm, v: &Value) -> PyErr {
    vm.new_type_error(format!(
        "a bytes-like object is required, not '{}'",
        types::type_name(v)
    ))
}

/// unpack_from reads its buffer argument before the offset (its error comes first).
fn buffer_first(vm: &mut Vm, buf: Option<&Value>) -> PyResult<()> {
    match buf {
        Some(b) if native::with_buffer(b, |_| ()).is_none() => Err(not_buffer(vm, b)),
        _ => Ok(()),
    }
}

fn unpack_from(vm: &mut Vm, fmt: &Format, buf: &Value, offset: i64) -> PyResult<Value> {
    let Some(len) = native::with_buffer(buf, |d| d.len()) else {
        return Err(not_buffer(vm, buf));
    };
    let mut off = offset;
    if off < 0 {
        if off + (len as i64) < 0 {
            return Err(error(
                vm,
                format!("offset {} out of range for {}-byte buffer", off, len),
            ));
        }
        if (len as i64 + off) < fmt.size as i64 {
            return Err(error(
                vm,
                format!(
                    "not enough data to unpack {} bytes at offset {}",
                    fmt.size, off
                ),
            ));
        }
        off += len as i64;
    }
    let off = off as usize;
    if len.saturating_sub(off) < fmt.size || off > len {
        return Err(error(vm, format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            fmt.size.saturating_add(off),
            fmt.size,
            off,
            len
        )));
    }
    native::with_buffer(buf, |d| unpack_buf(fmt, &d[off..off + fmt.size]))
        .ok_or_else(|| not_buffer(vm, buf))
}

fn pack_into(
    vm: &mut Vm,
    fmt: &Format,
    buf: &Value,
    offset: &Value,
    values: &[Value],
) -> PyResult<Value> {
    check_count(vm, fmt, values.len(), "pack_into")?;
    let writable = matches!(buf.payload(), Some(Payload::ByteArray(_)))
        || downcast::<crate::modules::array::PyArray>(buf).is_some();
    if !writable {
        return Err(vm.new_type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            types::type_name(buf)
        )));
    }
    let offset = native::arg_i64(vm, offset)?;
    let len = native::with_buffer(buf, |d| d.len()).unwrap_or(0);
    let mut off = offset;
    if off < 0 {
        if off + (len as i64) < 0 {
            return Err(error(
                vm,
                format!("offset {} out of range for {}-byte buffer", off, len),
            ));
        }
        if (len as i64 + off) < fmt.size as i64 {
            return Err(error(
                vm,
                format!("no space to pack {} bytes at offset {}", fmt.size, off),
            ));
        }
        off += len as i64;
    }
    let off = off as usize;
    if len.saturating_sub(off) < fmt.size || off > len {
        return Err(error(vm, format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            fmt.size.saturating_add(off),
            fmt.size,
            off,
            len
        )));
    }
    // Convert into a scratch buffer first: conversions may run Python code.
    let mut tmp = vec![0u8; fmt.size];
    pack_into_buf(vm, fmt, values, &mut tmp)?;
    match buf.payload() {
        Some(Payload::ByteArray(b)) => {
            let mut b = b.borrow_mut();
            if b.len() >= off + fmt.size {
                b[off..off + fmt.size].copy_from_slice(&tmp);
            }
        }
        _ => {
            if let Some(a) = downcast::<crate::modules::array::PyArray>(buf) {
                let mut d = a.data.borrow_mut();
                if d.len() >= off + fmt.size {
                    d[off..off + fmt.size].copy_from_slice(&tmp);
                }
            }
        }
    }
    Ok(Value::None)
}

fn iter_unpack(vm: &mut Vm, fmt: Rc<Format>, buf: &Value) -> PyResult<Value> {
    let Some(data) = native::with_buffer(buf, |d| d.to_vec()) else {
        return Err(not_buffer(vm, buf));
    };
    if fmt.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % fmt.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                fmt.size
            ),
        ));
    }
    let cls = ITER_TYPE.with(|t| t.clone());
    Ok(types::new_obj(
        &cls,
        Payload::Native(Box::new(UnpackIter {
            format: fmt,
            data,
            pos: Cell::new(0),
        })),
    ))
}

// ----- module functions -----

fn first_format(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Rc<Format>> {
    match args.pos.first() {
        Some(f) => cached_format_arg(vm, f),
        None => {
            let _ = fname;
            Err(vm.new_type_error("missing format argument"))
        }
    }
}

fn st_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "_struct.pack")?;
    let fmt = first_format(vm, &args, "pack")?;
    pack(vm, &fmt, &args.pos[1..])
}

fn st_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "_struct.pack_into")?;
    if args.pos.len() < 3 {
        let fmt = first_format(vm, &args, "pack_into")?;
        if args.pos.len() < 2 {
            return Err(error(vm, "pack_into expected buffer argument"));
        }
        let _ = fmt;
        return Err(error(vm, "pack_into expected offset argument"));
    }
    let fmt = first_format(vm, &args, "pack_into")?;
    pack_into(vm, &fmt, &args.pos[1], &args.pos[2], &args.pos[3..])
}

fn st_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "_struct.unpack")?;
    let a = args.exact(vm, "unpack", 2)?;
    let fmt = cached_format_arg(vm, &a[0])?;
    unpack(vm, &fmt, &a[1])
}

static UNPACK_FROM_SPEC: ArgSpec = ArgSpec {
    name: "unpack_from",
    params: &["format", "buffer", "offset"],
    required: 2,
    posonly: 1,
    kwonly: 0,
};

fn st_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &UNPACK_FROM_SPEC)?;
    let fmt = cached_format_arg(vm, b[0].as_ref().unwrap_or(&Value::None))?;
    buffer_first(vm, b[1].as_ref())?;
    let off = match &b[2] {
        Some(v) => native::arg_i64(vm, v)?,
        None => 0,
    };
    unpack_from(vm, &fmt, b[1].as_ref().unwrap_or(&Value::None), off)
}

fn st_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "_struct.iter_unpack")?;
    let a = args.exact(vm, "iter_unpack", 2)?;
    let fmt = cached_format_arg(vm, &a[0])?;
    iter_unpack(vm, fmt, &a[1])
}

fn st_calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "_struct.calcsize", 1)?;
    let fmt = cached_format_arg(vm, &a[0])?;
    Ok(Value::Int(fmt.size as i64))
}

fn st_clearcache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "_clearcache", 0)?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

// ----- Struct objects -----

fn struct_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a StructObj> {
    downcast::<StructObj>(v).ok_or_else(|| vm.new_type_error("Struct expected"))
}

fn struct_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = STRUCT_TYPE.with(|t| t.clone());
    let cls = native::new_cls(vm, &args, &base)?;
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(
        vm,
        &ArgSpec {
            name: "Struct",
            params: &["format"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let fv = b[0].clone().unwrap_or(Value::None);
    let fmt = format_arg(vm, &fv)?;
    let text = strobj::new_str(fmt.text.clone());
    Ok(native::alloc(
        vm,
        &cls,
        StructObj {
            format: RefCell::new(fmt),
            format_value: RefCell::new(text),
        },
    ))
}

fn struct_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn struct_format(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = struct_of(vm, v)?;
    let r = s.format_value.borrow().clone();
    Ok(r)
}

fn struct_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = struct_of(vm, v)?;
    let n = s.format.borrow().size;
    Ok(Value::Int(n as i64))
}

fn struct_fmt(vm: &mut Vm, v: &Value) -> PyResult<Rc<Format>> {
    let s = struct_of(vm, v)?;
    let f = s.format.borrow().clone();
    Ok(f)
}

fn struct_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "Struct.pack")?;
    let fmt = struct_fmt(vm, &args.pos[0])?;
    pack(vm, &fmt, &args.pos[1..])
}

fn struct_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "Struct.pack_into")?;
    let fmt = struct_fmt(vm, &args.pos[0])?;
    match args.pos.len() {
        1 => Err(error(vm, "pack_into expected buffer argument")),
        2 => Err(error(vm, "pack_into expected offset argument")),
        _ => pack_into(vm, &fmt, &args.pos[1], &args.pos[2], &args.pos[3..]),
    }
}

/// The self-and-one-argument methods: "Struct.unpack() takes exactly one argument (0 given)".
fn self_and_one<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a [Value]> {
    args.no_kw(vm, fname)?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{}() takes exactly one argument ({} given)",
            fname,
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(args.pos)
}

fn struct_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = self_and_one(vm, &args, "Struct.unpack")?;
    let fmt = struct_fmt(vm, &a[0])?;
    unpack(vm, &fmt, &a[1])
}

static STRUCT_UNPACK_FROM_SPEC: ArgSpec = ArgSpec {
    name: "unpack_from",
    params: &["buffer", "offset"],
    required: 1,
    posonly: 0,
    kwonly: 0,
};

fn struct_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = struct_fmt(vm, &args.pos[0])?;
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(vm, &STRUCT_UNPACK_FROM_SPEC)?;
    buffer_first(vm, b[0].as_ref())?;
    let off = match &b[1] {
        Some(v) => native::arg_i64(vm, v)?,
        None => 0,
    };
    unpack_from(vm, &fmt, b[0].as_ref().unwrap_or(&Value::None), off)
}

fn struct_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = self_and_one(vm, &args, "Struct.iter_unpack")?;
    let fmt = struct_fmt(vm, &a[0])?;
    iter_unpack(vm, fmt, &a[1])
}

fn struct_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = struct_fmt(vm, &args.pos[0])?;
    Ok(Value::Int(72 + 24 * fmt.items.len() as i64))
}

static STRUCT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", struct_new),
    MethodDef::method("__init__", struct_init),
    MethodDef::method("pack", struct_pack),
    MethodDef::method("pack_into", struct_pack_into),
    MethodDef::method("unpack", struct_unpack),
    MethodDef::method("unpack_from", struct_unpack_from),
    MethodDef::method("iter_unpack", struct_iter_unpack),
    MethodDef::method("__sizeof__", struct_sizeof),
    MethodDef::getter("format", struct_format),
    MethodDef::getter("size", struct_size),
];

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(it) = downcast::<UnpackIter>(&args.pos[0]) else {
        return Err(vm.new_type_error("unpack_iterator expected"));
    };
    let pos = it.pos.get();
    let size = it.format.size;
    if size == 0 || pos + size > it.data.len() {
        return Err(vm.new_stop_iteration(Value::None));
    }
    it.pos.set(pos + size);
    Ok(unpack_buf(&it.format, &it.data[pos..pos + size]))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(it) = downcast::<UnpackIter>(&args.pos[0]) else {
        return Err(vm.new_type_error("unpack_iterator expected"));
    };
    let left = it.data.len().saturating_sub(it.pos.get());
    Ok(Value::Int((left / it.format.size.max(1)) as i64))
}

static ITER_METHODS: &[MethodDef] = &[
    MethodDef::method("__next__", iter_next),
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__length_hint__", iter_length_hint),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_roundtrip() {
        let mut vm = Vm::new(Default::default());
        for (x, bits) in [
            (1.5f64, 0x3e00u16),
            (65504.0, 0x7bff),
            (-2.0, 0xc000),
            (6.103515625e-05, 0x0400),
            (5.960464477539063e-08, 0x0001),
        ] {
            assert_eq!(pack_half(&mut vm, x).ok(), Some(bits));
            assert_eq!(unpack_half(bits), x);
        }
        assert!(pack_half(&mut vm, 65520.0).is_err());
    }
}
