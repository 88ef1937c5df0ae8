//! `BufferedReader`, `BufferedWriter` and `BufferedRandom`: one implementation with a read
//! buffer and a write buffer over a raw stream. When the raw stream is our `FileIO`, calls
//! go straight to the file; otherwise through the raw object's Python methods.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::modules::native::{self, downcast};
use crate::object::*;
use crate::objects::{bytesobj, listobj, strobj};
use crate::types::{self, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

use super::fileio::{self, FileIO};
use super::{closed_error, unsupported, DEFAULT_BUFFER_SIZE};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Reader,
    Writer,
    Random,
}

thread_local! {
    static READER: PyRef = super::BUFFEREDIOBASE.with(|b| types::new_builtin_type("BufferedReader", "_io", Some(b), BaseKind::Internal, READER_METHODS, true));
    static WRITER: PyRef = super::BUFFEREDIOBASE.with(|b| types::new_builtin_type("BufferedWriter", "_io", Some(b), BaseKind::Internal, WRITER_METHODS, true));
    static RANDOM: PyRef = super::BUFFEREDIOBASE.with(|b| types::new_builtin_type("BufferedRandom", "_io", Some(b), BaseKind::Internal, RANDOM_METHODS, true));
    /// Buffered writers alive, flushed at interpreter exit.
    static WRITERS: RefCell<Vec<Weak<PyObject>>> = const { RefCell::new(Vec::new()) };
}

pub(crate) fn reader_type() -> PyRef {
    READER.with(|t| t.clone())
}
pub(crate) fn writer_type() -> PyRef {
    WRITER.with(|t| t.clone())
}
pub(crate) fn random_type() -> PyRef {
    RANDOM.with(|t| t.clone())
}

/// A buffered binary stream.
pub struct Buffered {
    kind: Kind,
    st: RefCell<BufState>,
}

struct BufState {
    /// None before `__init__` and after `detach()`.
    raw: Option<Value>,
    detached: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    size: usize,
}

impl NativeObject for Buffered {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(st) = self.st.try_borrow() {
            if let Some(r) = &st.raw {
                visit(r);
            }
        }
    }
    fn clear(&self) {
        if let Ok(mut st) = self.st.try_borrow_mut() {
            st.raw = None;
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for Buffered {
    /// Pending writes reach the file when the last reference goes, as in CPython.
    fn drop(&mut self) {
        let st = self.st.get_mut();
        if let Some(raw) = &st.raw {
            if !st.wbuf.is_empty() {
                fileio::write_quietly(raw, &st.wbuf);
            }
            // CPython's finaliser closes the raw file too.
            fileio::raw_close(raw);
        }
        st.wbuf.clear();
    }
}

fn new_state(raw: Option<Value>, size: usize) -> BufState {
    BufState {
        raw,
        detached: false,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        size,
    }
}

fn type_for(kind: Kind) -> PyRef {
    match kind {
        Kind::Reader => reader_type(),
        Kind::Writer => writer_type(),
        Kind::Random => random_type(),
    }
}

/// A new buffered stream of `kind` over `raw` (used by `open()`).
pub(crate) fn new_buffered(vm: &mut Vm, kind: Kind, raw: Value, size: usize) -> Value {
    let cls = type_for(kind);
    let v = native::alloc(
        vm,
        &cls,
        Buffered {
            kind,
            st: RefCell::new(new_state(Some(raw), size)),
        },
    );
    register(kind, &v);
    v
}

fn register(kind: Kind, v: &Value) {
    if kind == Kind::Reader {
        return;
    }
    if let Value::Obj(o) = v {
        WRITERS.with(|w| {
            let mut w = w.borrow_mut();
            if w.len() >= 64 && w.len().is_power_of_two() {
                w.retain(|x| x.strong_count() > 0);
            }
            w.push(Rc::downgrade(o));
        });
    }
}

/// Flushes every live buffered writer; errors are ignored (the interpreter is exiting).
pub(crate) fn flush_all(vm: &mut Vm) {
    let live: Vec<PyRef> = WRITERS.with(|w| {
        w.borrow_mut()
            .drain(..)
            .filter_map(|x| x.upgrade())
            .collect()
    });
    for o in live {
        let v = Value::Obj(o);
        let _ = flush_writes(vm, &v);
    }
}

fn buf<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Buffered> {
    downcast::<Buffered>(v).ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a buffered stream but received a '{}'",
            types::type_name(v)
        ))
    })
}

/// The raw stream (ValueError if uninitialised or detached).
fn raw_of(vm: &mut Vm, v: &Value) -> PyResult<(Kind, Value)> {
    let b = buf(vm, v)?;
    let st = b.st.borrow();
    match &st.raw {
        Some(r) => Ok((b.kind, r.clone())),
        None if st.detached => {
            drop(st);
            Err(vm.new_value_error("raw stream has been detached"))
        }
        None => {
            drop(st);
            Err(vm.new_value_error("I/O operation on uninitialized object"))
        }
    }
}

// ----- raw stream access (FileIO fast path, Python protocol otherwise) -----

fn is_file(raw: &Value) -> bool {
    downcast::<FileIO>(raw).is_some()
}

/// Whether a buffered stream over one of our files is closed (None for other streams).
pub(crate) fn closed_fast(v: &Value) -> Option<bool> {
    let b = downcast::<Buffered>(v)?;
    let st = b.st.try_borrow().ok()?;
    let raw = st.raw.as_ref()?;
    if is_file(raw) {
        Some(fileio::raw_is_closed(raw))
    } else {
        None
    }
}

pub(crate) fn raw_closed(vm: &mut Vm, raw: &Value) -> PyResult<bool> {
    if is_file(raw) {
        return Ok(fileio::raw_is_closed(raw));
    }
    super::base::is_closed(vm, raw)
}

/// One raw read of up to `n` bytes; None when a non-blocking raw stream has no data.
fn raw_read(vm: &mut Vm, raw: &Value, n: usize) -> PyResult<Option<Vec<u8>>> {
    if is_file(raw) {
        return fileio::raw_read(vm, raw, n as i64).map(Some);
    }
    vm.check_alloc(n)?;
    let b = bytesobj::new_bytearray(vec![0u8; n]);
    let r = vm.call_method(raw, "readinto", std::slice::from_ref(&b))?;
    if r.is_none() {
        return Ok(None);
    }
    let got = native::arg_i64(vm, &r)?;
    if got < 0 || got as usize > n {
        return Err(vm.new_os_error(format!(
            "raw readinto() returned invalid length {} (should have been between 0 and {})",
            got, n
        )));
    }
    let mut data = bytesobj::bytes_data(&b).unwrap_or_default();
    data.truncate(got as usize);
    Ok(Some(data))
}

fn raw_readall(vm: &mut Vm, raw: &Value) -> PyResult<Option<Vec<u8>>> {
    if is_file(raw) {
        return fileio::raw_read(vm, raw, -1).map(Some);
    }
    let r = if vm.get_attr_opt(raw, &types::intern("readall"))?.is_some() {
        vm.call_method(raw, "readall", &[])?
    } else {
        vm.call_method(raw, "read", &[])?
    };
    if r.is_none() {
        return Ok(None);
    }
    match native::with_buffer(&r, |b| b.to_vec()) {
        Some(d) => Ok(Some(d)),
        None => Err(vm.new_type_error("readall() should return bytes")),
    }
}

fn raw_write(vm: &mut Vm, raw: &Value, data: &[u8]) -> PyResult<usize> {
    if is_file(raw) {
        return fileio::raw_write(vm, raw, data);
    }
    let mut done = 0;
    while done < data.len() {
        let r = vm.call_method(raw, "write", &[bytesobj::new_bytes(data[done..].to_vec())])?;
        if r.is_none() {
            break;
        }
        let n = native::arg_i64(vm, &r)?;
        if n < 0 || n as usize > data.len() - done {
            return Err(vm.new_os_error(format!(
                "raw write() returned invalid length {} (should have been between 0 and {})",
                n,
                data.len() - done
            )));
        }
        if n == 0 {
            break;
        }
        done += n as usize;
    }
    Ok(done)
}

fn raw_seek(vm: &mut Vm, raw: &Value, pos: i64, whence: i64) -> PyResult<i64> {
    if is_file(raw) {
        return fileio::raw_seek(vm, raw, pos, whence);
    }
    let r = vm.call_method(raw, "seek", &[Value::Int(pos), Value::Int(whence)])?;
    native::arg_i64(vm, &r)
}

fn raw_tell(vm: &mut Vm, raw: &Value) -> PyResult<i64> {
    if is_file(raw) {
        return fileio::raw_tell(vm, raw);
    }
    let r = vm.call_method(raw, "tell", &[])?;
    native::arg_i64(vm, &r)
}

// ----- buffer operations (used by the methods and by TextIOWrapper's fast path) -----

fn check_readable(vm: &mut Vm, v: &Value, what: &str) -> PyResult<(Kind, Value)> {
    let (kind, raw) = raw_of(vm, v)?;
    if raw_closed(vm, &raw)? {
        return Err(vm.new_value_error(format!("{} of closed file", what)));
    }
    if kind == Kind::Writer {
        return Err(unsupported(vm, "read"));
    }
    Ok((kind, raw))
}

/// Writes out the write buffer.
pub(crate) fn flush_writes(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let Some(b) = downcast::<Buffered>(v) else {
        return Ok(());
    };
    let (data, raw) = {
        let mut st = b.st.borrow_mut();
        if st.wbuf.is_empty() {
            return Ok(());
        }
        let Some(raw) = st.raw.clone() else {
            return Ok(());
        };
        (std::mem::take(&mut st.wbuf), raw)
    };
    match raw_write(vm, &raw, &data) {
        Ok(n) if n >= data.len() => Ok(()),
        Ok(n) => {
            // Keep what the raw stream did not take.
            let mut st = b.st.borrow_mut();
            let mut rest = data[n..].to_vec();
            rest.extend_from_slice(&st.wbuf);
            st.wbuf = rest;
            Ok(())
        }
        Err(e) => {
            let mut st = b.st.borrow_mut();
            let mut rest = data;
            rest.extend_from_slice(&st.wbuf);
            st.wbuf = rest;
            Err(e)
        }
    }
}

/// Unread bytes in the read buffer (the raw position is ahead of ours by this much).
fn unread(b: &Buffered) -> usize {
    let st = b.st.borrow();
    st.rbuf.len() - st.rpos
}

/// Drops read-ahead, moving the raw position back to the logical one.
fn drop_readahead(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let b = buf(vm, v)?;
    let n = unread(b);
    let raw = b.st.borrow().raw.clone();
    {
        let mut st = b.st.borrow_mut();
        st.rbuf.clear();
        st.rpos = 0;
    }
    if n > 0 {
        if let Some(raw) = raw {
            raw_seek(vm, &raw, -(n as i64), 1)?;
        }
    }
    Ok(())
}

/// Takes up to `n` buffered bytes.
fn take_buffered(b: &Buffered, n: usize) -> Vec<u8> {
    let mut st = b.st.borrow_mut();
    let avail = st.rbuf.len() - st.rpos;
    let k = n.min(avail);
    let start = st.rpos;
    let out = st.rbuf[start..start + k].to_vec();
    st.rpos += k;
    if st.rpos == st.rbuf.len() {
        st.rbuf.clear();
        st.rpos = 0;
    }
    out
}

/// Refills the read buffer with one raw read; false at end of file.
fn fill(vm: &mut Vm, b: &Buffered, raw: &Value) -> PyResult<bool> {
    let size = b.st.borrow().size;
    match raw_read(vm, raw, size)? {
        Some(d) if !d.is_empty() => {
            let mut st = b.st.borrow_mut();
            let start = st.rpos;
            st.rbuf.drain(..start);
            st.rpos = 0;
            st.rbuf.extend_from_slice(&d);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// read(n): n < 0 reads to the end. None when a non-blocking raw stream had nothing.
pub(crate) fn read(vm: &mut Vm, v: &Value, n: i64) -> PyResult<Option<Vec<u8>>> {
    let (_, raw) = check_readable(vm, v, "read")?;
    flush_writes(vm, v)?;
    let b = buf(vm, v)?;
    if n < 0 {
        let mut out = take_buffered(b, usize::MAX);
        match raw_readall(vm, &raw)? {
            Some(rest) => out.extend_from_slice(&rest),
            None if out.is_empty() => return Ok(None),
            None => {}
        }
        return Ok(Some(out));
    }
    let n = n as usize;
    let mut out = take_buffered(b, n);
    let size = b.st.borrow().size;
    while out.len() < n {
        let want = n - out.len();
        if want >= size {
            match raw_read(vm, &raw, want)? {
                Some(d) if !d.is_empty() => out.extend_from_slice(&d),
                Some(_) => break,
                None if out.is_empty() => return Ok(None),
                None => break,
            }
        } else {
            if !fill(vm, b, &raw)? {
                break;
            }
            out.extend(take_buffered(b, want));
        }
    }
    Ok(Some(out))
}

/// read1(n): at most one raw read (n < 0: a buffer's worth).
pub(crate) fn read1(vm: &mut Vm, v: &Value, n: i64) -> PyResult<Vec<u8>> {
    let (_, raw) = check_readable(vm, v, "read")?;
    flush_writes(vm, v)?;
    let b = buf(vm, v)?;
    let size = b.st.borrow().size;
    let n = if n < 0 { size } else { n as usize };
    if n == 0 {
        return Ok(Vec::new());
    }
    if unread(b) > 0 {
        return Ok(take_buffered(b, n));
    }
    if n >= size {
        return Ok(raw_read(vm, &raw, n)?.unwrap_or_default());
    }
    fill(vm, b, &raw)?;
    Ok(take_buffered(b, n))
}

fn peek(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let (_, raw) = check_readable(vm, v, "peek")?;
    flush_writes(vm, v)?;
    let b = buf(vm, v)?;
    if unread(b) == 0 {
        fill(vm, b, &raw)?;
    }
    let st = b.st.borrow();
    Ok(st.rbuf[st.rpos..].to_vec())
}

fn readline(vm: &mut Vm, v: &Value, limit: i64) -> PyResult<Vec<u8>> {
    let (_, raw) = check_readable(vm, v, "readline")?;
    flush_writes(vm, v)?;
    let b = buf(vm, v)?;
    let mut out = Vec::new();
    loop {
        let room = if limit < 0 {
            usize::MAX
        } else {
            (limit as usize).saturating_sub(out.len())
        };
        if room == 0 {
            break;
        }
        let found = {
            let st = b.st.borrow();
            let avail = &st.rbuf[st.rpos..];
            let window = &avail[..avail.len().min(room)];
            window
                .iter()
                .position(|c| *c == b'\n')
                .map(|i| i + 1)
                .map(Ok)
                .unwrap_or(Err(window.len()))
        };
        match found {
            Ok(k) => {
                out.extend(take_buffered(b, k));
                break;
            }
            Err(k) => {
                out.extend(take_buffered(b, k));
                if out.len() as i64 == limit || !fill(vm, b, &raw)? {
                    break;
                }
            }
        }
    }
    Ok(out)
}

/// write(data): buffers, flushing when the buffer fills.
pub(crate) fn write(vm: &mut Vm, v: &Value, data: &[u8]) -> PyResult<usize> {
    let (kind, raw) = raw_of(vm, v)?;
    if raw_closed(vm, &raw)? {
        return Err(vm.new_value_error("write to closed file"));
    }
    if kind == Kind::Reader {
        return Err(unsupported(vm, "write"));
    }
    let b = buf(vm, v)?;
    if unread(b) > 0 {
        drop_readahead(vm, v)?;
    }
    // As CPython: data that fits stays buffered; otherwise the buffer is written out and
    // data larger than the buffer goes straight to the raw stream.
    let (fits, size) = {
        let mut st = b.st.borrow_mut();
        st.rbuf.clear();
        st.rpos = 0;
        let fits = st.wbuf.len() + data.len() <= st.size;
        if fits {
            st.wbuf.extend_from_slice(data);
        }
        (fits, st.size)
    };
    if fits {
        return Ok(data.len());
    }
    flush_writes(vm, v)?;
    if data.len() > size {
        let n = raw_write(vm, &raw, data)?;
        if n < data.len() {
            b.st.borrow_mut().wbuf.extend_from_slice(&data[n..]);
        }
    } else {
        b.st.borrow_mut().wbuf.extend_from_slice(data);
    }
    Ok(data.len())
}

/// Flushes and closes a buffered file from a destructor (no Python code can run there).
pub(crate) fn close_quietly(v: &Value) {
    if let Some(b) = downcast::<Buffered>(v) {
        if let Ok(mut st) = b.st.try_borrow_mut() {
            if let Some(raw) = st.raw.clone() {
                if !st.wbuf.is_empty() {
                    fileio::write_quietly(&raw, &st.wbuf);
                    st.wbuf.clear();
                }
                fileio::raw_close(&raw);
            }
        }
    }
}

pub(crate) fn tell(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let (_, raw) = raw_of(vm, v)?;
    if raw_closed(vm, &raw)? {
        return Err(vm.new_value_error("I/O operation on closed file"));
    }
    let pos = raw_tell(vm, &raw)?;
    let b = buf(vm, v)?;
    let pending = b.st.borrow().wbuf.len() as i64;
    Ok((pos - unread(b) as i64 + pending).max(0))
}

pub(crate) fn seek(vm: &mut Vm, v: &Value, pos: i64, whence: i64) -> PyResult<i64> {
    if !(0..=2).contains(&whence) {
        return Err(vm.new_value_error(format!("whence value {} unsupported", whence)));
    }
    let (_, raw) = raw_of(vm, v)?;
    if raw_closed(vm, &raw)? {
        return Err(vm.new_value_error("seek of closed file"));
    }
    flush_writes(vm, v)?;
    let b = buf(vm, v)?;
    let behind = unread(b) as i64;
    let target = if whence == 1 { pos - behind } else { pos };
    let r = raw_seek(vm, &raw, target, whence)?;
    let mut st = b.st.borrow_mut();
    st.rbuf.clear();
    st.rpos = 0;
    Ok(r)
}

pub(crate) fn flush(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let (_, raw) = raw_of(vm, v)?;
    if raw_closed(vm, &raw)? {
        return Err(closed_error(vm));
    }
    flush_writes(vm, v)?;
    if !is_file(&raw) {
        vm.call_method(&raw, "flush", &[])?;
    }
    Ok(())
}

pub(crate) fn close(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let (_, raw) = raw_of(vm, v)?;
    if raw_closed(vm, &raw)? {
        return Ok(());
    }
    let flushed = flush_writes(vm, v);
    {
        let b = buf(vm, v)?;
        let mut st = b.st.borrow_mut();
        st.rbuf = Vec::new();
        st.rpos = 0;
    }
    if is_file(&raw) {
        fileio::raw_close(&raw);
    } else {
        vm.call_method(&raw, "close", &[])?;
    }
    flushed
}

// ----- methods -----

fn buffered_new(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let base = type_for(kind);
    let cls = native::new_cls(vm, &args, &base)?;
    Ok(native::alloc(
        vm,
        &cls,
        Buffered {
            kind,
            st: RefCell::new(new_state(None, DEFAULT_BUFFER_SIZE)),
        },
    ))
}

fn reader_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    buffered_new(vm, args, Kind::Reader)
}
fn writer_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    buffered_new(vm, args, Kind::Writer)
}
fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    buffered_new(vm, args, Kind::Random)
}

static INIT_SPEC: ArgSpec = ArgSpec {
    name: "BufferedReader",
    params: &["raw", "buffer_size"],
    required: 1,
    posonly: 0,
    kwonly: 0,
};

fn check_raw_flag(vm: &mut Vm, raw: &Value, method: &str, msg: &str) -> PyResult<()> {
    let ok = if is_file(raw) {
        let (r, w) = fileio::raw_flags(raw);
        if method == "readable" {
            r
        } else {
            w
        }
    } else {
        let r = vm.call_method(raw, method, &[])?;
        vm.truthy(&r)?
    };
    if !ok {
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

fn buffered_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(vm, &INIT_SPEC)?;
    let raw = b[0].clone().unwrap_or(Value::None);
    let size = match &b[1] {
        Some(v) => native::arg_i64(vm, v)?,
        None => DEFAULT_BUFFER_SIZE as i64,
    };
    if size <= 0 {
        return Err(vm.new_value_error("buffer size must be strictly positive"));
    }
    let kind = buf(vm, &this)?.kind;
    if kind != Kind::Writer {
        check_raw_flag(vm, &raw, "readable", "File or stream is not readable.")?;
    }
    if kind != Kind::Reader {
        check_raw_flag(vm, &raw, "writable", "File or stream is not writable.")?;
    }
    let o = buf(vm, &this)?;
    *o.st.borrow_mut() = new_state(Some(raw), size as usize);
    register(kind, &this);
    Ok(Value::None)
}

fn m_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "read", 1, 2)?;
    let n = super::size_arg(vm, a.get(1))?;
    if n < -1 {
        return Err(vm.new_value_error("read length must be non-negative or -1"));
    }
    Ok(read(vm, &a[0], n)?
        .map(bytesobj::new_bytes)
        .unwrap_or(Value::None))
}

fn m_read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "read1", 1, 2)?;
    let n = super::size_arg(vm, a.get(1))?;
    Ok(bytesobj::new_bytes(read1(vm, &a[0], n)?))
}

fn m_peek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "peek", 1, 2)?;
    Ok(bytesobj::new_bytes(peek(vm, &a[0])?))
}

fn m_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "readinto", 2)?;
    let n = super::buffer_len(vm, &a[1])?;
    let data = read(vm, &a[0], n as i64)?.unwrap_or_default();
    Ok(Value::Int(super::fill_buffer(vm, &a[1], &data)? as i64))
}

fn m_readinto1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "readinto1", 2)?;
    let n = super::buffer_len(vm, &a[1])?;
    let data = read1(vm, &a[0], n as i64)?;
    Ok(Value::Int(super::fill_buffer(vm, &a[1], &data)? as i64))
}

fn m_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readline", 1, 2)?;
    let n = super::size_arg(vm, a.get(1))?;
    Ok(bytesobj::new_bytes(readline(vm, &a[0], n)?))
}

fn m_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readlines", 1, 2)?;
    let hint = super::size_arg(vm, a.get(1))?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = readline(vm, &a[0], -1)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(bytesobj::new_bytes(line));
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(listobj::new_list(lines))
}

fn m_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    let line = if types::is_heap_class(&types::class_of(this)) {
        vm.call_method(this, "readline", &[])?
    } else {
        bytesobj::new_bytes(readline(vm, this, -1)?)
    };
    if bytesobj::bytes_data(&line)
        .map(|b| b.is_empty())
        .unwrap_or(false)
    {
        return Err(vm.new_stop_iteration(Value::None));
    }
    Ok(line)
}

fn m_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "write", 2)?;
    let (kind, raw) = raw_of(vm, &a[0])?;
    if kind == Kind::Reader {
        return Err(unsupported(vm, "write"));
    }
    if raw_closed(vm, &raw)? {
        return Err(vm.new_value_error("write to closed file"));
    }
    let data = super::bytes_arg(vm, &a[1])?;
    Ok(Value::Int(write(vm, &a[0], &data)? as i64))
}

fn m_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "writelines", 2)?;
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        let data = super::bytes_arg(vm, &line)?;
        write(vm, &a[0], &data)?;
    }
    Ok(Value::None)
}

fn m_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    flush(vm, &args.pos[0])?;
    Ok(Value::None)
}

fn m_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(tell(vm, &args.pos[0])?))
}

fn m_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, whence) = super::seek_args(vm, &args, "seek")?;
    Ok(Value::Int(seek(vm, &args.pos[0], pos, whence)?))
}

fn m_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "truncate", 1, 2)?;
    let (kind, raw) = raw_of(vm, &a[0])?;
    if raw_closed(vm, &raw)? {
        return Err(vm.new_value_error("truncate of closed file"));
    }
    if kind == Kind::Reader {
        return Err(unsupported(vm, "truncate"));
    }
    let pos = tell(vm, &a[0])?;
    flush_writes(vm, &a[0])?;
    drop_readahead(vm, &a[0])?;
    let size = match a.get(1) {
        None | Some(Value::None) => pos,
        Some(v) => native::arg_i64(vm, v)?,
    };
    if is_file(&raw) {
        return Ok(Value::Int(fileio::raw_truncate(vm, &raw, Some(size))?));
    }
    vm.call_method(&raw, "truncate", &[Value::Int(size)])
}

fn m_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    close(vm, &args.pos[0])?;
    Ok(Value::None)
}

fn m_detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    raw_of(vm, this)?;
    flush_writes(vm, this)?;
    drop_readahead(vm, this)?;
    let b = buf(vm, this)?;
    let mut st = b.st.borrow_mut();
    st.detached = true;
    Ok(st.raw.take().unwrap_or(Value::None))
}

fn forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (_, raw) = raw_of(vm, &args.pos[0])?;
    vm.call_method(&raw, name, &[])
}

fn m_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "fileno")
}

fn m_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "isatty")
}

fn m_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "seekable")
}

fn m_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (kind, _) = raw_of(vm, &args.pos[0])?;
    if kind == Kind::Writer {
        return Ok(Value::Bool(false));
    }
    forward(vm, args, "readable")
}

fn m_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (kind, _) = raw_of(vm, &args.pos[0])?;
    if kind == Kind::Reader {
        return Ok(Value::Bool(false));
    }
    forward(vm, args, "writable")
}

fn g_raw(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(raw_of(vm, v)?.1)
}

fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (_, raw) = raw_of(vm, v)?;
    Ok(Value::Bool(raw_closed(vm, &raw)?))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (_, raw) = raw_of(vm, v)?;
    if let Some(n) = fileio::raw_name(&raw) {
        return Ok(n);
    }
    vm.get_attr_str(&raw, "name")
}

fn g_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (_, raw) = raw_of(vm, v)?;
    if let Some(m) = fileio::raw_mode(&raw) {
        return Ok(strobj::new_str(m.to_string()));
    }
    vm.get_attr_str(&raw, "mode")
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    let tname = types::type_name(this);
    match vm.get_attr_str(this, "name") {
        Ok(n) => {
            let r = vm.repr_string(&n)?;
            Ok(strobj::new_str(format!("<{} name={}>", tname, r)))
        }
        Err(e) if is_attr_or_value_error(vm, &e) => Ok(strobj::new_str(format!("<{}>", tname))),
        Err(e) => Err(e),
    }
}

fn is_attr_or_value_error(vm: &mut Vm, e: &PyErr) -> bool {
    let t = types::types();
    vm.exception_matches(e, &t.exc.attribute_error) || vm.exception_matches(e, &t.exc.value_error)
}

fn m_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = buf(vm, &args.pos[0])?;
    let n = b.st.borrow().size;
    Ok(Value::Int(120 + n as i64))
}

macro_rules! buffered_methods {
    ($new:ident) => {
        &[
            MethodDef::staticmethod("__new__", $new),
            MethodDef::method("__init__", buffered_init),
            MethodDef::method("__repr__", m_repr),
            MethodDef::method("__next__", m_next),
            MethodDef::method("__sizeof__", m_sizeof),
            MethodDef::method("read", m_read),
            MethodDef::method("read1", m_read1),
            MethodDef::method("peek", m_peek),
            MethodDef::method("readinto", m_readinto),
            MethodDef::method("readinto1", m_readinto1),
            MethodDef::method("readline", m_readline),
            MethodDef::method("readlines", m_readlines),
            MethodDef::method("write", m_write),
            MethodDef::method("writelines", m_writelines),
            MethodDef::method("flush", m_flush),
            MethodDef::method("tell", m_tell),
            MethodDef::method("seek", m_seek),
            MethodDef::method("truncate", m_truncate),
            MethodDef::method("close", m_close),
            MethodDef::method("detach", m_detach),
            MethodDef::method("fileno", m_fileno),
            MethodDef::method("isatty", m_isatty),
            MethodDef::method("readable", m_readable),
            MethodDef::method("writable", m_writable),
            MethodDef::method("seekable", m_seekable),
            MethodDef::getter("raw", g_raw),
            MethodDef::getter("closed", g_closed),
            MethodDef::getter("name", g_name),
            MethodDef::getter("mode", g_mode),
        ]
    };
}

static READER_METHODS: &[MethodDef] = buffered_methods!(reader_new);
static WRITER_METHODS: &[MethodDef] = buffered_methods!(writer_new);
static RANDOM_METHODS: &[MethodDef] = buffered_methods!(random_new);
