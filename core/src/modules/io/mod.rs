//! The `io` / `_io` module: the stream class hierarchy, in-memory streams (StringIO,
//! BytesIO), files (FileIO, BufferedReader/Writer/Random, TextIOWrapper) and `open()`.
//!
//! Files are reached through `std::fs`, which under WASI only sees the folders the host
//! mounted; anything else fails with an OSError. Layering follows CPython: text over a
//! buffer over a raw stream, each layer usable on its own or wrapping Python objects
//! (the fast paths apply when the layer below is one of ours).

mod base;
mod buffered;
mod fileio;
mod memio;
mod textio;

use std::cell::RefCell;

use crate::modules::native;
use crate::object::*;
use crate::objects::{funcobj, moduleobj, strobj};
use crate::types::{self, types, BaseKind};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

pub use buffered::Buffered;
pub use fileio::FileIO;
pub(crate) use textio::textio_type;

pub const DEFAULT_BUFFER_SIZE: usize = 8192;

thread_local! {
    static IOBASE: PyRef = types::new_builtin_type("_IOBase", "_io", None, BaseKind::Object, base::IOBASE_METHODS, true);
    static RAWIOBASE: PyRef = IOBASE.with(|b| types::new_builtin_type("_RawIOBase", "_io", Some(b), BaseKind::Object, base::RAWIOBASE_METHODS, true));
    static BUFFEREDIOBASE: PyRef = IOBASE.with(|b| types::new_builtin_type("_BufferedIOBase", "_io", Some(b), BaseKind::Object, base::BUFFEREDIOBASE_METHODS, true));
    static TEXTIOBASE: PyRef = IOBASE.with(|b| types::new_builtin_type("_TextIOBase", "_io", Some(b), BaseKind::Object, base::TEXTIOBASE_METHODS, true));
    static UNSUPPORTED: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

pub(crate) fn iobase_type() -> PyRef {
    IOBASE.with(|t| t.clone())
}
pub(crate) fn rawiobase_type() -> PyRef {
    RAWIOBASE.with(|t| t.clone())
}
pub(crate) fn bufferediobase_type() -> PyRef {
    BUFFEREDIOBASE.with(|t| t.clone())
}
pub(crate) fn textiobase_type() -> PyRef {
    TEXTIOBASE.with(|t| t.clone())
}

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError), created on first use.
fn unsupported_class(vm: &mut Vm) -> PyResult<PyRef> {
    if let Some(c) = UNSUPPORTED.with(|u| u.borrow().clone()) {
        return Ok(c);
    }
    let e = &types().exc;
    let c = native::make_class(
        vm,
        "UnsupportedOperation",
        "io",
        &[e.os_error.clone(), e.value_error.clone()],
    )?;
    UNSUPPORTED.with(|u| *u.borrow_mut() = Some(c.clone()));
    Ok(c)
}

/// An `io.UnsupportedOperation(msg)` exception.
pub(crate) fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match unsupported_class(vm) {
        Ok(c) => vm.new_exception_msg(&c, msg),
        Err(e) => e,
    }
}

/// ValueError("I/O operation on closed file.").
pub(crate) fn closed_error(vm: &mut Vm) -> PyErr {
    vm.new_value_error("I/O operation on closed file.")
}

type Entry = (&'static str, NativeFn);

static FUNCTIONS: &[Entry] = &[
    ("open", io_open),
    ("text_encoding", io_text_encoding),
    ("open_code", io_open_code),
];

pub fn init_module(vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let set = |n: &str, v: Value| moduleobj::module_set(m, n, v);
    for (name, f) in FUNCTIONS {
        set(name, funcobj::new_native(name, *f, Some("_io"), 0));
    }
    set(
        "DEFAULT_BUFFER_SIZE",
        Value::Int(DEFAULT_BUFFER_SIZE as i64),
    );
    set("SEEK_SET", Value::Int(0));
    set("SEEK_CUR", Value::Int(1));
    set("SEEK_END", Value::Int(2));
    set("UnsupportedOperation", Value::Obj(unsupported_class(vm)?));
    set(
        "BlockingIOError",
        Value::Obj(types().exc.blocking_io_error.clone()),
    );
    for (name, cls) in [
        ("IOBase", iobase_type()),
        ("RawIOBase", rawiobase_type()),
        ("BufferedIOBase", bufferediobase_type()),
        ("TextIOBase", textiobase_type()),
        ("_IOBase", iobase_type()),
        ("_RawIOBase", rawiobase_type()),
        ("_BufferedIOBase", bufferediobase_type()),
        ("_TextIOBase", textiobase_type()),
        ("StringIO", memio::stringio_type()),
        ("BytesIO", memio::bytesio_type()),
        ("FileIO", fileio::fileio_type()),
        ("BufferedReader", buffered::reader_type()),
        ("BufferedWriter", buffered::writer_type()),
        ("BufferedRandom", buffered::random_type()),
        ("TextIOWrapper", textio::textio_type()),
    ] {
        set(name, Value::Obj(cls));
    }
    Ok(())
}

/// Flushes every open buffered writer (called when the interpreter exits).
pub fn shutdown(vm: &mut Vm) {
    buffered::flush_all(vm);
}

// ----- open() -----

static OPEN_SPEC: ArgSpec = ArgSpec {
    name: "open",
    params: &[
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ],
    required: 1,
    posonly: 0,
    kwonly: 0,
};

/// A parsed `open()` mode string.
struct Mode {
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        reading: false,
        writing: false,
        appending: false,
        creating: false,
        updating: false,
        text: false,
        binary: false,
    };
    let invalid = |vm: &mut Vm| vm.new_value_error(format!("invalid mode: '{}'", mode));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"axrwb+t".contains(c) || seen.contains(c) {
            return Err(invalid(vm));
        }
        seen.push(c);
        match c {
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            'x' => m.creating = true,
            '+' => m.updating = true,
            't' => m.text = true,
            _ => m.binary = true,
        }
    }
    if m.text && m.binary {
        return Err(vm.new_value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.reading, m.writing, m.appending, m.creating]
        .iter()
        .filter(|x| **x)
        .count();
    if kinds > 1 {
        return Err(vm.new_value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(vm.new_value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

fn opt_str_arg(
    vm: &mut Vm,
    fname: &str,
    pname: &str,
    v: &Option<Value>,
) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_rust_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.new_type_error(format!(
                "{}() argument '{}' must be str or None, not {}",
                fname,
                pname,
                types::type_name(v)
            ))),
        },
    }
}

fn io_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    for k in args.kwnames {
        let n = k.payload_str();
        if !OPEN_SPEC.params.contains(&n) {
            return Err(
                vm.new_type_error(format!("'{}' is an invalid keyword argument for open()", n))
            );
        }
    }
    let b = args.bind(vm, &OPEN_SPEC)?;
    let file = b[0].clone().unwrap_or(Value::None);
    let mode_v = b[1].clone().unwrap_or_else(|| strobj::new_str("r".into()));
    let Some(mode_s) = mode_v.as_rust_str().map(|s| s.to_string()) else {
        return Err(vm.new_type_error(format!(
            "open() argument 'mode' must be str, not {}",
            types::type_name(&mode_v)
        )));
    };
    let buffering = match &b[2] {
        Some(v) => native::arg_i64(vm, v)?,
        None => -1,
    };
    let encoding = opt_str_arg(vm, "open", "encoding", &b[3])?;
    let errors = opt_str_arg(vm, "open", "errors", &b[4])?;
    let newline = opt_str_arg(vm, "open", "newline", &b[5])?;
    let closefd = match &b[6] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if let Some(op) = &b[7] {
        if !op.is_none() {
            // Custom openers return file descriptors, which the sandbox does not expose.
            return Err(
                vm.new_value_error("opener is not supported: the sandbox has no file descriptors")
            );
        }
    }
    let m = parse_mode(vm, &mode_s)?;
    if m.binary {
        if encoding.is_some() {
            return Err(vm.new_value_error("binary mode doesn't take an encoding argument"));
        }
        if errors.is_some() {
            return Err(vm.new_value_error("binary mode doesn't take an errors argument"));
        }
        if newline.is_some() {
            return Err(vm.new_value_error("binary mode doesn't take a newline argument"));
        }
    }
    if !m.binary && buffering == 0 {
        return Err(vm.new_value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = &newline {
        textio::check_newline(vm, nl)?;
    }
    if let Some(enc) = &encoding {
        textio::check_encoding(vm, enc)?;
    }
    let mut raw_mode = String::new();
    for (flag, c) in [
        (m.creating, 'x'),
        (m.reading, 'r'),
        (m.writing, 'w'),
        (m.appending, 'a'),
        (m.updating, '+'),
    ] {
        if flag {
            raw_mode.push(c);
        }
    }
    // open() resolves path-like objects first, so `name` is the path itself.
    let file = match crate::modules::os::fspath(vm, &file)? {
        Some(p) => p,
        None => file,
    };
    let raw = fileio::open_raw(vm, &file, &raw_mode, closefd)?;
    if buffering == 0 {
        return Ok(raw);
    }
    let size = if buffering > 1 {
        buffering as usize
    } else {
        DEFAULT_BUFFER_SIZE
    };
    let buffer = if m.updating {
        buffered::new_buffered(vm, buffered::Kind::Random, raw.clone(), size)
    } else if m.writing || m.appending || m.creating {
        buffered::new_buffered(vm, buffered::Kind::Writer, raw.clone(), size)
    } else {
        buffered::new_buffered(vm, buffered::Kind::Reader, raw.clone(), size)
    };
    if m.binary {
        return Ok(buffer);
    }
    let line_buffering = buffering == 1;
    textio::new_text(
        vm,
        buffer,
        encoding,
        errors,
        newline,
        line_buffering,
        Some(strobj::new_str(mode_s)),
    )
}

fn io_text_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "text_encoding", 1, 2)?;
    if a[0].is_none() {
        return Ok(strobj::new_str("locale".into()));
    }
    Ok(a[0].clone())
}

fn io_open_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "open_code", 1)?;
    if a[0].as_str().is_none() {
        return Err(vm.new_type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            types::type_name(&a[0])
        )));
    }
    let raw = fileio::open_raw(vm, &a[0], "r", true)?;
    Ok(buffered::new_buffered(
        vm,
        buffered::Kind::Reader,
        raw,
        DEFAULT_BUFFER_SIZE,
    ))
}

// ----- shared helpers for the stream types -----

/// The "size" argument of read-like methods: None or negative means "all".
pub(crate) fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match native::arg_size(vm, v) {
        // CPython's _Py_convert_optional_to_ssize_t wording for an int beyond ssize_t.
        Err(e) if vm.exception_matches(&e, &crate::types::types().exc.overflow_error) => {
            let name = v.map(crate::types::type_name).unwrap_or_default();
            Err(vm.new_overflow_error(format!("cannot fit '{}' into an index-sized integer", name)))
        }
        r => r,
    }
}

/// Raises TypeError unless `v` is a bytes-like object; returns its bytes.
pub(crate) fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    native::buffer_bytes(vm, v)
}

/// Writes `data` into a writable buffer object (bytearray or array) at its start; returns
/// how many bytes fit.
pub(crate) fn fill_buffer(vm: &mut Vm, target: &Value, data: &[u8]) -> PyResult<usize> {
    match target.payload() {
        Some(Payload::ByteArray(b)) => {
            let mut b = b.borrow_mut();
            let n = data.len().min(b.len());
            b[..n].copy_from_slice(&data[..n]);
            Ok(n)
        }
        _ => {
            if let Some(a) = native::downcast::<crate::modules::array::PyArray>(target) {
                let mut d = a.data.borrow_mut();
                let n = data.len().min(d.len());
                d[..n].copy_from_slice(&data[..n]);
                return Ok(n);
            }
            Err(vm.new_type_error(format!(
                "readinto() argument must be read-write bytes-like object, not {}",
                types::type_name(target)
            )))
        }
    }
}

/// The length of a writable buffer object.
pub(crate) fn buffer_len(vm: &mut Vm, target: &Value) -> PyResult<usize> {
    match target.payload() {
        Some(Payload::ByteArray(b)) => Ok(b.borrow().len()),
        _ => match native::downcast::<crate::modules::array::PyArray>(target) {
            Some(a) => Ok(a.data.borrow().len()),
            None => Err(vm.new_type_error(format!(
                "readinto() argument must be read-write bytes-like object, not {}",
                types::type_name(target)
            ))),
        },
    }
}

/// The `seek(pos, whence)` arguments as integers.
pub(crate) fn seek_args(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<(i64, i64)> {
    let a = args.range(vm, fname, 2, 3)?;
    let pos = match &a[1] {
        Value::Int(i) => *i,
        v => {
            if types::lookup_str(&types::class_of(v), "__index__").is_none() {
                return Err(vm.new_type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    types::type_name(v)
                )));
            }
            native::arg_i64(vm, v)?
        }
    };
    let whence = match a.get(2) {
        Some(v) => native::arg_i64(vm, v)?,
        None => 0,
    };
    Ok((pos, whence))
}
