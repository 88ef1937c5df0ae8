//! The `binascii` module: hex, base64 and CRC conversions between binary data and ASCII,
//! as CPython's C module (same results, exceptions and messages).

use std::cell::RefCell;

use crate::modules::native;
use crate::object::*;
use crate::objects::{bytesobj, funcobj, memoryview, moduleobj};
use crate::types::{self, types};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

thread_local! {
    static ERROR: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("hexlify", hexlify),
    ("b2a_hex", b2a_hex),
    ("unhexlify", unhexlify),
    ("a2b_hex", a2b_hex),
    ("b2a_base64", b2a_base64),
    ("a2b_base64", a2b_base64),
    ("crc32", crc32_fn),
    ("crc_hqx", crc_hqx),
    ("b2a_uu", b2a_uu),
    ("a2b_uu", a2b_uu),
];

/// Fills the `binascii` namespace.
pub fn init_module(vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let err = native::make_class(vm, "Error", "binascii", &[types().exc.value_error.clone()])?;
    let inc = native::make_class(
        vm,
        "Incomplete",
        "binascii",
        &[types().exc.exception.clone()],
    )?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    moduleobj::module_set(m, "Error", Value::Obj(err));
    moduleobj::module_set(m, "Incomplete", Value::Obj(inc));
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("binascii"), 0));
    }
    Ok(())
}

/// A `binascii.Error` with `msg`.
pub fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let cls = ERROR
        .with(|e| e.borrow().clone())
        .unwrap_or_else(|| types().exc.value_error.clone());
    vm.new_exception_msg(&cls, msg)
}

/// The bytes of a bytes-like object (bytes, bytearray, array, memoryview), if it is one.
pub fn buffer_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = native::with_buffer(v, |b| b.to_vec()) {
        return Some(b);
    }
    memoryview::view_bytes(v)
}

/// A bytes-like argument of an encoding function.
pub fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match buffer_of(v) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name(v)
        ))),
    }
}

/// An argument of a decoding function: bytes-like or an ASCII-only str.
pub fn ascii_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_rust_str() {
        if !s.is_ascii() {
            return Err(vm.new_value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match buffer_of(v) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            types::type_name(v)
        ))),
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Hex digits of `data`, with `sep` every `per` bytes (counted from the right when `per` > 0,
/// from the left when it is negative), as `bytes.hex`.
pub fn to_hex(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if i > 0 && group > 0 {
            if let Some(s) = sep {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hex_common(vm: &mut Vm, args: Args, name: &'static str) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name,
            params: &["data", "sep", "bytes_per_sep"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let data = data_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let sep = match &a[1] {
        None => None,
        Some(s) => {
            let b = if let Some(st) = s.as_rust_str() {
                if st.chars().count() != 1 {
                    return Err(vm.new_value_error("sep must be length 1."));
                }
                match st.chars().next() {
                    Some(c) if (c as u32) < 256 => vec![c as u32 as u8],
                    _ => return Err(vm.new_value_error("sep must be ASCII.")),
                }
            } else if let Some(b) = buffer_of(s) {
                b
            } else {
                return Err(vm.new_type_error(format!(
                    "object of type '{}' has no len()",
                    types::type_name(s)
                )));
            };
            if b.len() != 1 {
                return Err(vm.new_value_error("sep must be length 1."));
            }
            Some(b[0])
        }
    };
    let per = match &a[2] {
        Some(v) => native::arg_i64(vm, v)?,
        None => 1,
    };
    Ok(bytesobj::new_bytes(to_hex(&data, sep, per)))
}

fn hexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_common(vm, args, "hexlify")
}

fn b2a_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_common(vm, args, "b2a_hex")
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn unhex_common(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let a = args.exact(vm, name, 1)?;
    let data = ascii_arg(vm, &a[0])?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        match (hex_val(pair[0]), hex_val(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(bytesobj::new_bytes(out))
}

fn unhexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unhex_common(vm, args, "unhexlify")
}

fn a2b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unhex_common(vm, args, "a2b_hex")
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 of `data` with padding.
pub fn b64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for c in data.chunks(3) {
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= c.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "b2a_base64",
            params: &["data", "newline"],
            required: 1,
            posonly: 1,
            kwonly: 1,
        },
    )?;
    let data = data_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let newline = match &a[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = b64_encode(&data);
    if newline {
        out.push(b'\n');
    }
    Ok(bytesobj::new_bytes(out))
}

/// The value of each base64 digit; 0xff for other bytes.
static B64_DEC: [u8; 256] = b64_table();

const fn b64_table() -> [u8; 256] {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 64 {
        t[B64[i] as usize] = i as u8;
        i += 1;
    }
    t
}

fn b64_val(c: u8) -> Option<u32> {
    match B64_DEC[c as usize] {
        0xff => None,
        v => Some(v as u32),
    }
}

/// Decodes base64 as `binascii.a2b_base64` (non-alphabet bytes skipped unless `strict`).
pub fn b64_decode(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad = 0usize;
    let mut pads = 0usize;
    let mut acc: u32 = 0;
    let mut padding = false;
    let mut ndata = 0usize;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if strict && i == 0 {
                return Err("Leading padding not allowed".into());
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_val(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        ndata += 1;
        acc = acc << 6 | v;
        quad += 1;
        match quad {
            2 => out.push((acc >> 4) as u8),
            3 => out.push((acc >> 2) as u8),
            4 => {
                out.push(acc as u8);
                quad = 0;
                acc = 0;
            }
            _ => {}
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            ndata
        )),
        _ => Err("Incorrect padding".into()),
    }
}

fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "a2b_base64",
            params: &["data", "strict_mode"],
            required: 1,
            posonly: 1,
            kwonly: 1,
        },
    )?;
    let data = ascii_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let strict = match &a[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match b64_decode(&data, strict) {
        Ok(b) => Ok(bytesobj::new_bytes(b)),
        Err(m) => Err(error(vm, m)),
    }
}

/// The CRC-32 (ISO 3309, as zlib) of `data` continuing from `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ c >> 8;
    }
    !c
}

/// CRC-32 of each byte value (reflected polynomial 0xedb88320).
static CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                c >> 1 ^ 0xedb8_8320
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

/// An unsigned 32-bit value from a Python int (taken modulo 2**32, as CPython does).
pub fn arg_u32(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let i = vm.index(v)?;
    let big = crate::objects::intobj::to_bigint(&i).unwrap_or_default();
    let m = big & num_bigint::BigInt::from(0xffff_ffffu32);
    Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
}

fn crc32_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "crc32", 1, 2)?;
    let data = data_arg(vm, &a[0])?;
    let start = match a.get(1) {
        Some(v) => arg_u32(vm, v)?,
        None => 0,
    };
    Ok(Value::Int(crc32(&data, start) as i64))
}

fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "crc_hqx", 2)?;
    let data = data_arg(vm, &a[0])?;
    let mut crc = (arg_u32(vm, &a[1])? & 0xffff) as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(Value::Int(crc as i64))
}

fn b2a_uu(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "b2a_uu",
            params: &["data", "backtick"],
            required: 1,
            posonly: 1,
            kwonly: 1,
        },
    )?;
    let data = data_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let backtick = match &a[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let digit = |v: u32| -> u8 {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v as u8
        }
    };
    let mut out = vec![digit(data.len() as u32)];
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            out.push(digit(n >> (18 - 6 * k) & 63));
        }
    }
    out.push(b'\n');
    Ok(bytesobj::new_bytes(out))
}

fn a2b_uu(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "a2b_uu", 1)?;
    let data = ascii_arg(vm, &a[0])?;
    // The first character gives the length; a missing one reads as NUL, as in CPython.
    let first = data.first().copied().unwrap_or(0);
    let mut need = (first.wrapping_sub(b' ') & 63) as usize;
    let mut out = Vec::with_capacity(need);
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut i = 1;
    while need > 0 {
        // Past the end, and at line ends, the digits read as zero.
        let v = match data.get(i) {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) if (b' '..=b' ' + 64).contains(&c) => ((c - b' ') & 63) as u32,
            Some(_) => return Err(error(vm, "Illegal char")),
        };
        i += 1;
        acc = (acc << 6 | v) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            need -= 1;
        }
    }
    for &c in data.iter().skip(i) {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(bytesobj::new_bytes(out))
}
