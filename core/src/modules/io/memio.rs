//! In-memory streams: `StringIO` (text, positions in code points) and `BytesIO`.

use std::cell::RefCell;

use crate::modules::native::{self, downcast};
use crate::object::*;
use crate::objects::{bytesobj, listobj, strobj};
use crate::types::{self, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyResult, Vm};

use super::textio::{find_line_end, newlines_value, scan_newlines, translate_universal, Newline};
use super::{closed_error, unsupported};

thread_local! {
    static STRINGIO: PyRef = super::TEXTIOBASE.with(|b| types::new_builtin_type("StringIO", "_io", Some(b), BaseKind::Internal, STRINGIO_METHODS, true));
    static BYTESIO: PyRef = super::BUFFEREDIOBASE.with(|b| types::new_builtin_type("BytesIO", "_io", Some(b), BaseKind::Internal, BYTESIO_METHODS, true));
}

pub(crate) fn stringio_type() -> PyRef {
    STRINGIO.with(|t| t.clone())
}

pub(crate) fn bytesio_type() -> PyRef {
    BYTESIO.with(|t| t.clone())
}

// ===== StringIO =====

pub struct StringIO {
    st: RefCell<StrState>,
}

struct StrState {
    buf: String,
    /// Current position, in code points (may be past the end).
    pos: usize,
    nchars: usize,
    /// A known (char index, byte index) pair, to make sequential access O(1).
    cache: (usize, usize),
    closed: bool,
    newline: Newline,
    seen: u8,
}

impl StrState {
    fn new() -> StrState {
        StrState {
            buf: String::new(),
            pos: 0,
            nchars: 0,
            cache: (0, 0),
            closed: false,
            newline: Newline::Lf,
            seen: 0,
        }
    }

    /// Byte offset of char index `ci` (clamped to the end).
    fn byte_of(&mut self, ci: usize) -> usize {
        if ci >= self.nchars {
            return self.buf.len();
        }
        if self.buf.len() == self.nchars {
            return ci;
        }
        let (mut c, mut b) = if ci >= self.cache.0 {
            self.cache
        } else {
            (0, 0)
        };
        let bytes = self.buf.as_bytes();
        while c < ci {
            // Step over one UTF-8 sequence.
            b += 1;
            while b < bytes.len() && (bytes[b] & 0xc0) == 0x80 {
                b += 1;
            }
            c += 1;
        }
        self.cache = (c, b);
        b
    }

    fn write(&mut self, text: &str) -> usize {
        let n = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        if n == 0 {
            return 0;
        }
        if self.pos > self.nchars {
            let pad = self.pos - self.nchars;
            self.buf.extend(std::iter::repeat_n('\0', pad));
            self.nchars = self.pos;
        }
        if self.pos == self.nchars {
            self.buf.push_str(text);
            self.nchars += n;
        } else {
            let start = self.byte_of(self.pos);
            let end_c = (self.pos + n).min(self.nchars);
            let end = self.byte_of(end_c);
            let replaced = end_c - self.pos;
            self.buf.replace_range(start..end, text);
            self.nchars = self.nchars - replaced + n;
            self.cache = (0, 0);
        }
        self.pos += n;
        n
    }

    /// Reads up to `n` chars (all if negative).
    fn read(&mut self, n: i64) -> String {
        if self.pos >= self.nchars {
            return String::new();
        }
        let end_c = if n < 0 {
            self.nchars
        } else {
            (self.pos + n as usize).min(self.nchars)
        };
        let start = self.byte_of(self.pos);
        let end = self.byte_of(end_c);
        self.pos = end_c;
        self.buf[start..end].to_string()
    }

    fn readline(&mut self, limit: i64) -> String {
        if self.pos >= self.nchars || limit == 0 {
            return String::new();
        }
        let start = self.byte_of(self.pos);
        let rest = &self.buf[start..];
        let window = if limit > 0 {
            match rest.char_indices().nth(limit as usize) {
                Some((b, _)) => &rest[..b],
                None => rest,
            }
        } else {
            rest
        };
        let end = find_line_end(window, self.newline.line_end(), true).unwrap_or(window.len());
        let line = window[..end].to_string();
        let count = line.chars().count();
        self.pos += count;
        self.cache = (self.pos, start + end);
        line
    }
}

impl NativeObject for StringIO {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn sio<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a StringIO> {
    downcast::<StringIO>(v).ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a '_io.StringIO' object but received a '{}'",
            types::type_name(v)
        ))
    })
}

/// Borrows an open StringIO's state ("I/O operation on closed file" otherwise).
fn open_state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<std::cell::RefMut<'a, StrState>> {
    let s = sio(vm, v)?;
    let st = s.st.borrow_mut();
    if st.closed {
        drop(st);
        return Err(vm.new_value_error("I/O operation on closed file"));
    }
    Ok(st)
}

fn stringio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = stringio_type();
    let cls = native::new_cls(vm, &args, &base)?;
    Ok(native::alloc(
        vm,
        &cls,
        StringIO {
            st: RefCell::new(StrState::new()),
        },
    ))
}

static STRINGIO_INIT: ArgSpec = ArgSpec {
    name: "StringIO",
    params: &["initial_value", "newline"],
    required: 0,
    posonly: 0,
    kwonly: 0,
};

fn stringio_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(vm, &STRINGIO_INIT)?;
    let newline = match &b[1] {
        None => Newline::Lf,
        Some(Value::None) => Newline::Universal,
        Some(v) => match v.as_rust_str() {
            Some(s) => Newline::parse(vm, s)?,
            None => {
                return Err(vm.new_type_error(format!(
                    "newline must be str or None, not {}",
                    types::type_name(v)
                )))
            }
        },
    };
    let init = match &b[0] {
        None | Some(Value::None) => String::new(),
        Some(v) => match v.as_rust_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.new_type_error(format!(
                    "initial_value must be str or None, not {}",
                    types::type_name(v)
                )))
            }
        },
    };
    let s = sio(vm, &this)?;
    let mut st = s.st.borrow_mut();
    *st = StrState::new();
    st.newline = newline;
    if !init.is_empty() {
        let text = prepare_write(&mut st, &init);
        st.write(&text);
        st.pos = 0;
    }
    Ok(Value::None)
}

/// Applies the newline mode to text being written, recording the newline kinds seen.
fn prepare_write(st: &mut StrState, text: &str) -> String {
    match st.newline {
        Newline::Universal => {
            st.seen |= scan_newlines(text);
            translate_universal(text)
        }
        Newline::Untranslated => {
            st.seen |= scan_newlines(text);
            text.to_string()
        }
        Newline::Lf => text.to_string(),
        Newline::Cr => text.replace('\n', "\r"),
        Newline::CrLf => text.replace('\n', "\r\n"),
    }
}

/// A method without parameters: "StringIO.tell() takes no arguments (1 given)".
fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    args.no_kw(vm, name)?;
    if args.pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "{}() takes no arguments ({} given)",
            name,
            args.pos.len() - 1
        )));
    }
    Ok(())
}

fn stringio_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "StringIO.getvalue")?;
    let st = open_state(vm, &args.pos[0])?;
    Ok(strobj::new_str(st.buf.clone()))
}

fn stringio_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "read", 1, 2)?;
    let n = super::size_arg(vm, a.get(1))?;
    let mut st = open_state(vm, &a[0])?;
    Ok(strobj::new_str(st.read(n)))
}

fn stringio_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readline", 1, 2)?;
    let n = super::size_arg(vm, a.get(1))?;
    let mut st = open_state(vm, &a[0])?;
    Ok(strobj::new_str(st.readline(n)))
}

fn stringio_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readlines", 1, 2)?;
    let hint = super::size_arg(vm, a.get(1))?;
    let mut st = open_state(vm, &a[0])?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = st.readline(-1);
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(strobj::new_str(line));
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(listobj::new_list(lines))
}

fn stringio_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    // Subclasses overriding readline get it called, as in CPython.
    if types::is_heap_class(&types::class_of(this)) {
        let line = vm.call_method(this, "readline", &[])?;
        if line.as_rust_str().map(|s| s.is_empty()).unwrap_or(false) {
            return Err(vm.new_stop_iteration(Value::None));
        }
        return Ok(line);
    }
    let mut st = open_state(vm, this)?;
    let line = st.readline(-1);
    drop(st);
    if line.is_empty() {
        return Err(vm.new_stop_iteration(Value::None));
    }
    Ok(strobj::new_str(line))
}

fn stringio_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "write", 2)?;
    let Some(text) = a[1].as_rust_str() else {
        return Err(vm.new_type_error(format!(
            "string argument expected, got '{}'",
            types::type_name(&a[1])
        )));
    };
    let n = a[1].as_str().map(|s| s.char_len()).unwrap_or(0);
    let mut st = open_state(vm, &a[0])?;
    if matches!(st.newline, Newline::Lf) {
        // The common case needs no translated copy.
        st.write(text);
    } else {
        let prepared = prepare_write(&mut st, text);
        st.write(&prepared);
    }
    Ok(Value::Int(n as i64))
}

fn stringio_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "writelines", 2)?;
    open_state(vm, &a[0])?;
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(&a[0], "write", &[line])?;
    }
    Ok(Value::None)
}

fn stringio_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "StringIO.tell")?;
    let st = open_state(vm, &args.pos[0])?;
    Ok(Value::Int(st.pos as i64))
}

fn stringio_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, whence) = super::seek_args(vm, &args, "seek")?;
    let mut st = open_state(vm, &args.pos[0])?;
    if !(0..=2).contains(&whence) {
        drop(st);
        return Err(vm.new_value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", whence)));
    }
    if pos < 0 && whence == 0 {
        drop(st);
        return Err(vm.new_value_error(format!("Negative seek position {}", pos)));
    }
    if whence != 0 && pos != 0 {
        drop(st);
        return Err(vm.new_os_error("Can't do nonzero cur-relative seeks"));
    }
    match whence {
        0 => st.pos = pos as usize,
        2 => st.pos = st.nchars,
        _ => {}
    }
    Ok(Value::Int(st.pos as i64))
}

fn stringio_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "truncate", 1, 2)?;
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(super::size_arg(vm, Some(v))?),
    };
    let mut st = open_state(vm, &a[0])?;
    let size = size.unwrap_or(st.pos as i64);
    if size < 0 {
        drop(st);
        return Err(vm.new_value_error(format!("Negative size value {}", size)));
    }
    let size = size as usize;
    if size < st.nchars {
        let b = st.byte_of(size);
        st.buf.truncate(b);
        st.nchars = size;
        st.cache = (0, 0);
    }
    Ok(Value::Int(size as i64))
}

fn stringio_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "StringIO.close")?;
    let s = sio(vm, &args.pos[0])?;
    let mut st = s.st.borrow_mut();
    st.closed = true;
    st.buf = String::new();
    st.nchars = 0;
    st.cache = (0, 0);
    Ok(Value::None)
}

fn stringio_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = sio(vm, v)?;
    let closed = s.st.borrow().closed;
    Ok(Value::Bool(closed))
}

fn stringio_true(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_state(vm, &args.pos[0])?;
    Ok(Value::Bool(true))
}

fn stringio_newlines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = sio(vm, v)?;
    let st = s.st.borrow();
    if !matches!(st.newline, Newline::Universal | Newline::Untranslated) {
        return Ok(Value::None);
    }
    Ok(newlines_value(st.seen))
}

fn stringio_line_buffering(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    sio(vm, v)?;
    Ok(Value::Bool(false))
}

fn stringio_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "StringIO.flush")?;
    // CPython's StringIO.flush does nothing, even once closed.
    sio(vm, &args.pos[0])?;
    Ok(Value::None)
}

fn stringio_detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

static STRINGIO_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", stringio_new),
    MethodDef::method("__init__", stringio_init),
    MethodDef::method("getvalue", stringio_getvalue),
    MethodDef::method("read", stringio_read),
    MethodDef::method("readline", stringio_readline),
    MethodDef::method("readlines", stringio_readlines),
    MethodDef::method("__next__", stringio_next),
    MethodDef::method("write", stringio_write),
    MethodDef::method("writelines", stringio_writelines),
    MethodDef::method("tell", stringio_tell),
    MethodDef::method("seek", stringio_seek),
    MethodDef::method("truncate", stringio_truncate),
    MethodDef::method("close", stringio_close),
    MethodDef::method("readable", stringio_true),
    MethodDef::method("writable", stringio_true),
    MethodDef::method("seekable", stringio_true),
    MethodDef::method("detach", stringio_detach),
    MethodDef::method("flush", stringio_flush),
    MethodDef::getter("closed", stringio_closed),
    MethodDef::getter("newlines", stringio_newlines),
    MethodDef::getter("line_buffering", stringio_line_buffering),
];

// ===== BytesIO =====

pub struct BytesIO {
    st: RefCell<BytesState>,
}

pub(crate) struct BytesState {
    pub(crate) buf: Vec<u8>,
    pub(crate) pos: usize,
    closed: bool,
}

impl BytesState {
    pub(crate) fn read(&mut self, n: i64) -> Vec<u8> {
        if self.pos >= self.buf.len() {
            return Vec::new();
        }
        let end = if n < 0 {
            self.buf.len()
        } else {
            (self.pos + n as usize).min(self.buf.len())
        };
        let out = self.buf[self.pos..end].to_vec();
        self.pos = end;
        out
    }

    fn readline(&mut self, limit: i64) -> Vec<u8> {
        if self.pos >= self.buf.len() {
            return Vec::new();
        }
        let rest = &self.buf[self.pos..];
        let window = if limit >= 0 {
            &rest[..(limit as usize).min(rest.len())]
        } else {
            rest
        };
        let end = match window.iter().position(|b| *b == b'\n') {
            Some(i) => i + 1,
            None => window.len(),
        };
        let out = window[..end].to_vec();
        self.pos += end;
        out
    }

    pub(crate) fn write(&mut self, data: &[u8]) -> usize {
        if data.is_empty() {
            return 0;
        }
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, 0);
        }
        let end = self.pos + data.len();
        let overlap = end.min(self.buf.len());
        self.buf[self.pos..overlap].copy_from_slice(&data[..overlap - self.pos]);
        self.buf.extend_from_slice(&data[overlap - self.pos..]);
        self.pos = end;
        data.len()
    }
}

impl NativeObject for BytesIO {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn bio<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a BytesIO> {
    downcast::<BytesIO>(v).ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a '_io.BytesIO' object but received a '{}'",
            types::type_name(v)
        ))
    })
}

/// The state of an open BytesIO (ValueError when closed).
pub(crate) fn bytes_state<'a>(
    vm: &mut Vm,
    v: &'a Value,
) -> PyResult<std::cell::RefMut<'a, BytesState>> {
    let b = bio(vm, v)?;
    let st = b.st.borrow_mut();
    if st.closed {
        drop(st);
        return Err(closed_error(vm));
    }
    Ok(st)
}

/// Writes `data` and closes a BytesIO from a destructor (a TextIOWrapper going away).
pub(crate) fn finish_quietly(v: &Value, data: &[u8]) {
    if let Some(b) = downcast::<BytesIO>(v) {
        if let Ok(mut st) = b.st.try_borrow_mut() {
            if !st.closed {
                st.write(data);
                st.closed = true;
                st.buf = Vec::new();
            }
        }
    }
}

/// Whether a BytesIO is closed (None for other objects).
pub(crate) fn closed_fast(v: &Value) -> Option<bool> {
    downcast::<BytesIO>(v).map(|b| b.st.borrow().closed)
}

/// Is `v` one of our BytesIO objects?
pub(crate) fn is_bytesio(v: &Value) -> bool {
    downcast::<BytesIO>(v).is_some()
}

fn bytesio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = bytesio_type();
    let cls = native::new_cls(vm, &args, &base)?;
    Ok(native::alloc(
        vm,
        &cls,
        BytesIO {
            st: RefCell::new(BytesState {
                buf: Vec::new(),
                pos: 0,
                closed: false,
            }),
        },
    ))
}

static BYTESIO_INIT: ArgSpec = ArgSpec {
    name: "BytesIO",
    params: &["initial_bytes"],
    required: 0,
    posonly: 0,
    kwonly: 0,
};

fn bytesio_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(vm, &BYTESIO_INIT)?;
    let data = match &b[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => super::bytes_arg(vm, v)?,
    };
    let o = bio(vm, &this)?;
    let mut st = o.st.borrow_mut();
    st.buf = data;
    st.pos = 0;
    st.closed = false;
    Ok(Value::None)
}

fn bytesio_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "BytesIO.getvalue")?;
    let st = bytes_state(vm, &args.pos[0])?;
    Ok(bytesobj::new_bytes(st.buf.clone()))
}

/// A memoryview of a snapshot of the buffer (writes through the view do not reach the
/// BytesIO, unlike CPython's shared export).
fn bytesio_getbuffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "BytesIO.getbuffer")?;
    let data = bytes_state(vm, &args.pos[0])?.buf.clone();
    crate::objects::memoryview::memoryview_of(vm, &bytesobj::new_bytearray(data))
}

fn bytesio_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "read", 1, 2)?;
    let n = super::size_arg(vm, a.get(1))?;
    let mut st = bytes_state(vm, &a[0])?;
    Ok(bytesobj::new_bytes(st.read(n)))
}

fn bytesio_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readline", 1, 2)?;
    let n = super::size_arg(vm, a.get(1))?;
    let mut st = bytes_state(vm, &a[0])?;
    Ok(bytesobj::new_bytes(st.readline(n)))
}

fn bytesio_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readlines", 1, 2)?;
    let hint = super::size_arg(vm, a.get(1))?;
    let mut st = bytes_state(vm, &a[0])?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = st.readline(-1);
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(bytesobj::new_bytes(line));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(listobj::new_list(lines))
}

fn bytesio_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    if types::is_heap_class(&types::class_of(this)) {
        let line = vm.call_method(this, "readline", &[])?;
        if bytesobj::bytes_data(&line)
            .map(|b| b.is_empty())
            .unwrap_or(false)
        {
            return Err(vm.new_stop_iteration(Value::None));
        }
        return Ok(line);
    }
    let mut st = bytes_state(vm, this)?;
    let line = st.readline(-1);
    drop(st);
    if line.is_empty() {
        return Err(vm.new_stop_iteration(Value::None));
    }
    Ok(bytesobj::new_bytes(line))
}

fn bytesio_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // BytesIO does not check for a closed stream here (CPython neither).
    bio(vm, &args.pos[0])?;
    Ok(args.pos[0].clone())
}

fn bytesio_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "readinto", 2)?;
    let n = super::buffer_len(vm, &a[1])?;
    let data = bytes_state(vm, &a[0])?.read(n as i64);
    let got = super::fill_buffer(vm, &a[1], &data)?;
    Ok(Value::Int(got as i64))
}

fn bytesio_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "write", 2)?;
    let mut st = bytes_state(vm, &a[0])?;
    // A BytesIO is not a buffer of its own, so borrowing both at once cannot conflict.
    match native::with_buffer(&a[1], |d| st.write(d)) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => {
            drop(st);
            Err(vm.new_type_error(format!(
                "a bytes-like object is required, not '{}'",
                types::type_name(&a[1])
            )))
        }
    }
}

fn bytesio_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "writelines", 2)?;
    bytes_state(vm, &a[0])?;
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        let data = super::bytes_arg(vm, &line)?;
        bytes_state(vm, &a[0])?.write(&data);
    }
    Ok(Value::None)
}

fn bytesio_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "BytesIO.tell")?;
    let st = bytes_state(vm, &args.pos[0])?;
    Ok(Value::Int(st.pos as i64))
}

fn bytesio_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, whence) = super::seek_args(vm, &args, "seek")?;
    let mut st = bytes_state(vm, &args.pos[0])?;
    let new = match whence {
        0 => {
            if pos < 0 {
                drop(st);
                return Err(vm.new_value_error(format!("negative seek value {}", pos)));
            }
            pos
        }
        1 => (st.pos as i64).saturating_add(pos).max(0),
        2 => (st.buf.len() as i64).saturating_add(pos).max(0),
        _ => {
            drop(st);
            return Err(
                vm.new_value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence))
            );
        }
    };
    st.pos = new as usize;
    Ok(Value::Int(new))
}

fn bytesio_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "truncate", 1, 2)?;
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(super::size_arg(vm, Some(v))?),
    };
    let mut st = bytes_state(vm, &a[0])?;
    let size = size.unwrap_or(st.pos as i64);
    if size < 0 {
        drop(st);
        return Err(vm.new_value_error(format!("negative size value {}", size)));
    }
    if (size as usize) < st.buf.len() {
        st.buf.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn bytesio_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "BytesIO.close")?;
    let b = bio(vm, &args.pos[0])?;
    let mut st = b.st.borrow_mut();
    st.closed = true;
    st.buf = Vec::new();
    Ok(Value::None)
}

fn bytesio_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = bio(vm, v)?;
    let closed = b.st.borrow().closed;
    Ok(Value::Bool(closed))
}

fn bytesio_true(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_state(vm, &args.pos[0])?;
    Ok(Value::Bool(true))
}

fn bytesio_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "BytesIO.flush")?;
    bytes_state(vm, &args.pos[0])?;
    Ok(Value::None)
}

fn bytesio_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bio(vm, &args.pos[0])?;
    let n = b.st.borrow().buf.capacity();
    Ok(Value::Int(88 + n as i64))
}

static BYTESIO_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", bytesio_new),
    MethodDef::method("__init__", bytesio_init),
    MethodDef::method("getvalue", bytesio_getvalue),
    MethodDef::method("getbuffer", bytesio_getbuffer),
    MethodDef::method("read", bytesio_read),
    MethodDef::method("read1", bytesio_read),
    MethodDef::method("readline", bytesio_readline),
    MethodDef::method("readlines", bytesio_readlines),
    MethodDef::method("readinto", bytesio_readinto),
    MethodDef::method("readinto1", bytesio_readinto),
    MethodDef::method("__next__", bytesio_next),
    MethodDef::method("__iter__", bytesio_iter),
    MethodDef::method("write", bytesio_write),
    MethodDef::method("writelines", bytesio_writelines),
    MethodDef::method("tell", bytesio_tell),
    MethodDef::method("seek", bytesio_seek),
    MethodDef::method("truncate", bytesio_truncate),
    MethodDef::method("close", bytesio_close),
    MethodDef::method("flush", bytesio_flush),
    MethodDef::method("readable", bytesio_true),
    MethodDef::method("writable", bytesio_true),
    MethodDef::method("seekable", bytesio_true),
    MethodDef::method("__sizeof__", bytesio_sizeof),
    MethodDef::getter("closed", bytesio_closed),
];
