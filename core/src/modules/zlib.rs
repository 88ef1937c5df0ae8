//! The `zlib` module: `compress`/`decompress`, `compressobj`/`decompressobj` streams
//! (zlib, gzip or raw framing chosen by `wbits`), `crc32` and `adler32`, over `flate.rs`.

use std::cell::RefCell;

use crate::modules::binascii::{arg_u32, crc32, data_arg};
use crate::modules::flate::{adler32, Deflater, Inflater, Status, Wrap};
use crate::modules::itertools::{native, new_native};
use crate::modules::native as nat;
use crate::object::*;
use crate::objects::{bytesobj, funcobj, moduleobj, strobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

thread_local! {
    static ERROR: RefCell<Option<PyRef>> = const { RefCell::new(None) };
    static COMPRESS_TYPE: PyRef =
        types::new_builtin_type("Compress", "zlib", None, BaseKind::Internal, COMPRESS_METHODS, false);
    static DECOMPRESS_TYPE: PyRef =
        types::new_builtin_type("Decompress", "zlib", None, BaseKind::Internal, DECOMPRESS_METHODS, false);
}

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("compress", compress),
    ("decompress", decompress),
    ("compressobj", compressobj),
    ("decompressobj", decompressobj),
    ("crc32", zlib_crc32),
    ("adler32", zlib_adler32),
];

static CONSTANTS: &[(&str, i64)] = &[
    ("DEFLATED", 8),
    ("DEF_BUF_SIZE", 16384),
    ("DEF_MEM_LEVEL", 8),
    ("MAX_WBITS", 15),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_BEST_SPEED", 1),
    ("Z_BLOCK", 5),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_FILTERED", 1),
    ("Z_FINISH", 4),
    ("Z_FIXED", 4),
    ("Z_FULL_FLUSH", 3),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_NO_COMPRESSION", 0),
    ("Z_NO_FLUSH", 0),
    ("Z_PARTIAL_FLUSH", 1),
    ("Z_RLE", 3),
    ("Z_SYNC_FLUSH", 2),
    ("Z_TREES", 6),
];

/// Fills the `zlib` namespace.
pub fn init_module(vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let err = nat::make_class(vm, "error", "zlib", &[types().exc.exception.clone()])?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    moduleobj::module_set(m, "error", Value::Obj(err));
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("zlib"), 0));
    }
    for (name, v) in CONSTANTS {
        moduleobj::module_set(m, name, Value::Int(*v));
    }
    for name in ["ZLIB_VERSION", "ZLIB_RUNTIME_VERSION"] {
        moduleobj::module_set(m, name, strobj::new_str("1.2.13".to_string()));
    }
    Ok(())
}

fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let cls = ERROR
        .with(|e| e.borrow().clone())
        .unwrap_or_else(|| types().exc.exception.clone());
    vm.new_exception_msg(&cls, msg)
}

/// zlib's message for an inflate failure (`what`: "decompressing data", "flushing").
fn inflate_error(vm: &mut Vm, what: &str, msg: &str) -> PyErr {
    if msg == "need dictionary" {
        return error(vm, format!("Error 2 while {}", what));
    }
    error(vm, format!("Error -3 while {}: {}", what, msg))
}

fn opt_int(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => nat::arg_i64(vm, v),
        None => Ok(default),
    }
}

/// The framing and window bits for decompression, or None for an invalid `wbits`.
fn inflate_mode(wbits: i64) -> Option<(Wrap, u32)> {
    match wbits {
        0 => Some((Wrap::Zlib, 0)),
        8..=15 => Some((Wrap::Zlib, wbits as u32)),
        -15..=-8 => Some((Wrap::Raw, (-wbits) as u32)),
        16 => Some((Wrap::Gzip, 0)),
        24..=31 => Some((Wrap::Gzip, (wbits - 16) as u32)),
        32 => Some((Wrap::Auto, 0)),
        40..=47 => Some((Wrap::Auto, (wbits - 32) as u32)),
        _ => None,
    }
}

/// The framing and window bits for compression, or None for an invalid `wbits`.
fn deflate_mode(wbits: i64) -> Option<(Wrap, u32)> {
    match wbits {
        8..=15 => Some((Wrap::Zlib, wbits.max(9) as u32)),
        -15..=-9 => Some((Wrap::Raw, (-wbits) as u32)),
        24..=31 => Some((Wrap::Gzip, (wbits - 16).max(9) as u32)),
        _ => None,
    }
}

/// Runs the inflater into `out` (up to `max` bytes; 0: no limit), a megabyte at a time
/// when unlimited, raising MemoryError before the output outgrows the memory limit.
fn inflate(
    vm: &mut Vm,
    inf: &mut Inflater,
    out: &mut Vec<u8>,
    max: usize,
) -> PyResult<Result<Status, &'static str>> {
    loop {
        let limit = if max > 0 { max } else { out.len() + (1 << 20) };
        let r = inf.run(out, limit);
        if max == 0 && r == Ok(Status::Full) {
            vm.check_alloc(out.len())?;
            continue;
        }
        return Ok(r);
    }
}

fn compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "compress",
            params: &["data", "level", "wbits"],
            required: 1,
            posonly: 1,
            kwonly: 0,
        },
    )?;
    let data = data_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let level = opt_int(vm, &a[1], -1)?;
    let wbits = opt_int(vm, &a[2], 15)?;
    if !(-1..=9).contains(&level) {
        return Err(error(vm, "Bad compression level"));
    }
    let Some((wrap, wb)) = deflate_mode(wbits) else {
        return Err(error(
            vm,
            "Error -2 while compressing data: inconsistent stream state",
        ));
    };
    let mut c = Compressor::new(level, wrap, wb, None);
    let mut out = c.compress(&data);
    out.extend(c.flush(4));
    Ok(bytesobj::new_bytes(out))
}

fn decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "decompress",
            params: &["data", "wbits", "bufsize"],
            required: 1,
            posonly: 1,
            kwonly: 0,
        },
    )?;
    let data = data_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let wbits = opt_int(vm, &a[1], 15)?;
    let bufsize = opt_int(vm, &a[2], 16384)?;
    if bufsize < 0 {
        return Err(vm.new_value_error("bufsize must be non-negative"));
    }
    let Some((wrap, wb)) = inflate_mode(wbits) else {
        return Err(error(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut inf = Inflater::new(wrap, wb, None);
    inf.feed(&data);
    let mut out = Vec::new();
    match inflate(vm, &mut inf, &mut out, 0)? {
        Ok(Status::End) => Ok(bytesobj::new_bytes(out)),
        Ok(_) => Err(error(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream",
        )),
        Err(m) => Err(inflate_error(vm, "decompressing data", m)),
    }
}

/// A compression stream: framing, checksum and the deflater.
#[derive(Clone)]
struct Compressor {
    level: i64,
    wrap: Wrap,
    wbits: u32,
    dict: Option<Vec<u8>>,
    deflater: Deflater,
    started: bool,
    finished: bool,
    check: u32,
    total: u64,
}

impl Compressor {
    fn new(level: i64, wrap: Wrap, wbits: u32, dict: Option<Vec<u8>>) -> Compressor {
        let lv = if level < 0 { 6 } else { level as u32 };
        let deflater = Deflater::new(lv, wbits, dict.as_deref().unwrap_or(&[]));
        Compressor {
            level,
            wrap,
            wbits,
            dict,
            deflater,
            started: false,
            finished: false,
            check: if wrap == Wrap::Gzip { 0 } else { 1 },
            total: 0,
        }
    }

    fn header(&mut self) -> Vec<u8> {
        if self.started {
            return Vec::new();
        }
        self.started = true;
        match self.wrap {
            Wrap::Zlib => {
                let cmf = ((self.wbits - 8) << 4 | 8) as u8;
                let flevel: u8 = match self.level {
                    0 | 1 => 0,
                    2..=5 => 1,
                    -1 | 6 => 2,
                    _ => 3,
                };
                let mut flg = flevel << 6;
                if self.dict.is_some() {
                    flg |= 0x20;
                }
                let rem = (cmf as u32 * 256 + flg as u32) % 31;
                if rem != 0 {
                    flg += (31 - rem) as u8;
                }
                let mut h = vec![cmf, flg];
                if let Some(d) = &self.dict {
                    h.extend_from_slice(&adler32(d, 1).to_be_bytes());
                }
                h
            }
            Wrap::Gzip => {
                let xfl = match self.level {
                    9 => 2,
                    1 => 4,
                    _ => 0,
                };
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
            _ => Vec::new(),
        }
    }

    fn compress(&mut self, data: &[u8]) -> Vec<u8> {
        let mut out = self.header();
        self.check = if self.wrap == Wrap::Gzip {
            crc32(data, self.check)
        } else {
            adler32(data, self.check)
        };
        self.total += data.len() as u64;
        self.deflater.write(data);
        out.extend(self.deflater.take());
        out
    }

    /// Flushes with a zlib flush mode: 0 nothing, 4 (Z_FINISH) ends the stream, any other
    /// byte-aligns the output.
    fn flush(&mut self, mode: i64) -> Vec<u8> {
        if mode == 0 {
            return Vec::new();
        }
        let mut out = self.header();
        if mode == 4 {
            self.deflater.flush(true);
            out.extend(self.deflater.take());
            match self.wrap {
                Wrap::Zlib => out.extend_from_slice(&self.check.to_be_bytes()),
                Wrap::Gzip => {
                    out.extend_from_slice(&self.check.to_le_bytes());
                    out.extend_from_slice(&(self.total as u32).to_le_bytes());
                }
                _ => {}
            }
            self.finished = true;
        } else {
            self.deflater.flush(false);
            out.extend(self.deflater.take());
        }
        out
    }
}

struct CompressObj {
    state: RefCell<Compressor>,
}

impl NativeObject for CompressObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A decompression stream and the attributes Python sees.
#[derive(Clone)]
struct Decompressor {
    inflater: Inflater,
    eof: bool,
    unused: Vec<u8>,
    tail: Vec<u8>,
    /// Output decoded beyond a `max_length`, handed out first next time.
    pending: Vec<u8>,
}

struct DecompressObj {
    state: RefCell<Decompressor>,
}

impl NativeObject for DecompressObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn compressobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "compressobj",
            params: &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
            required: 0,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let level = opt_int(vm, &a[0], -1)?;
    let method = opt_int(vm, &a[1], 8)?;
    let wbits = opt_int(vm, &a[2], 15)?;
    let mem = opt_int(vm, &a[3], 8)?;
    let strategy = opt_int(vm, &a[4], 0)?;
    let dict = match &a[5] {
        None | Some(Value::None) => None,
        Some(v) => match crate::modules::binascii::buffer_of(v) {
            Some(b) => Some(b),
            None => {
                return Err(vm.new_type_error("zdict argument must support the buffer protocol"))
            }
        },
    };
    let mode = deflate_mode(wbits);
    if !(-1..=9).contains(&level)
        || method != 8
        || !(1..=9).contains(&mem)
        || !(0..=4).contains(&strategy)
        || mode.is_none()
    {
        return Err(vm.new_value_error("Invalid initialization option"));
    }
    let (wrap, wb) = mode.unwrap_or((Wrap::Zlib, 15));
    let cls = COMPRESS_TYPE.with(|t| t.clone());
    Ok(new_native(
        &cls,
        CompressObj {
            state: RefCell::new(Compressor::new(level, wrap, wb, dict)),
        },
    ))
}

fn decompressobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "decompressobj",
            params: &["wbits", "zdict"],
            required: 0,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let wbits = opt_int(vm, &a[0], 15)?;
    let dict = match &a[1] {
        None => None,
        Some(v) => match crate::modules::binascii::buffer_of(v) {
            Some(b) if b.is_empty() => None,
            Some(b) => Some(b),
            None => {
                return Err(vm.new_type_error("zdict argument must support the buffer protocol"))
            }
        },
    };
    let Some((wrap, wb)) = inflate_mode(wbits) else {
        return Err(vm.new_value_error("Invalid initialization option"));
    };
    let cls = DECOMPRESS_TYPE.with(|t| t.clone());
    Ok(new_native(
        &cls,
        DecompressObj {
            state: RefCell::new(Decompressor {
                inflater: Inflater::new(wrap, wb, dict),
                eof: false,
                unused: Vec::new(),
                tail: Vec::new(),
                pending: Vec::new(),
            }),
        },
    ))
}

static COMPRESS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", no_new),
    MethodDef::method("compress", c_compress),
    MethodDef::method("flush", c_flush),
    MethodDef::method("copy", c_copy),
    MethodDef::method("__copy__", c_copy),
    MethodDef::method("__deepcopy__", c_deepcopy),
];

static DECOMPRESS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", no_new),
    MethodDef::method("decompress", d_decompress),
    MethodDef::method("flush", d_flush),
    MethodDef::method("copy", d_copy),
    MethodDef::method("__copy__", d_copy),
    MethodDef::method("__deepcopy__", d_deepcopy),
    MethodDef::getter("unused_data", d_unused_data),
    MethodDef::getter("unconsumed_tail", d_unconsumed_tail),
    MethodDef::getter("eof", d_eof),
];

fn no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Obj(c)) => types::type_data(c).map(|t| t.name()).unwrap_or_default(),
        _ => "Compress".to_string(),
    };
    Err(vm.new_type_error(format!("cannot create 'zlib.{}' instances", name)))
}

fn cthis<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a CompressObj> {
    match args.pos.first().and_then(native::<CompressObj>) {
        Some(c) => Ok(c),
        None => Err(vm.new_type_error("descriptor requires a 'zlib.Compress' object")),
    }
}

fn dthis<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a DecompressObj> {
    match v.and_then(native::<DecompressObj>) {
        Some(d) => Ok(d),
        None => Err(vm.new_type_error("descriptor requires a 'zlib.Decompress' object")),
    }
}

/// Binds a method's arguments after self.
fn method_args(
    vm: &mut Vm,
    args: &Args,
    name: &'static str,
    params: &'static [&'static str],
    posonly: usize,
) -> PyResult<Vec<Option<Value>>> {
    let rest = Args::with_kw(args.pos.get(1..).unwrap_or(&[]), args.kwnames, args.kwvals);
    rest.bind(
        vm,
        &ArgSpec {
            name,
            params,
            required: if name == "compress" { 1 } else { 0 },
            posonly,
            kwonly: 0,
        },
    )
}

fn c_compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = cthis(vm, &args)?;
    let a = method_args(vm, &args, "compress", &["data"], 1)?;
    let data = data_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    if c.state.borrow().finished {
        return Err(error(
            vm,
            "Error -2 while compressing data: inconsistent stream state",
        ));
    }
    let out = c.state.borrow_mut().compress(&data);
    Ok(bytesobj::new_bytes(out))
}

fn c_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = cthis(vm, &args)?;
    let a = method_args(vm, &args, "flush", &["mode"], 1)?;
    let mode = opt_int(vm, &a[0], 4)?;
    if mode == 0 {
        return Ok(bytesobj::new_bytes(Vec::new()));
    }
    if c.state.borrow().finished {
        return Err(error(
            vm,
            "Error -2 while flushing: inconsistent stream state",
        ));
    }
    let out = c.state.borrow_mut().flush(mode);
    Ok(bytesobj::new_bytes(out))
}

fn c_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = cthis(vm, &args)?;
    if c.state.borrow().finished {
        return Err(vm.new_value_error("Inconsistent stream state"));
    }
    let st = c.state.borrow().clone();
    let cls = COMPRESS_TYPE.with(|t| t.clone());
    Ok(new_native(
        &cls,
        CompressObj {
            state: RefCell::new(st),
        },
    ))
}

fn c_deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let first = args.pos.get(..1).unwrap_or(&[]);
    c_copy(vm, Args::new(first))
}

fn d_decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dthis(vm, args.pos.first())?;
    let a = method_args(vm, &args, "decompress", &["data", "max_length"], 1)?;
    let Some(dv) = &a[0] else {
        return Err(vm.new_type_error("decompress() missing required argument 'data' (pos 1)"));
    };
    let data = data_arg(vm, dv)?;
    let max = opt_int(vm, &a[1], 0)?;
    if max < 0 {
        return Err(vm.new_value_error("max_length must be non-negative"));
    }
    let max = max as usize;
    let mut st = d.state.borrow_mut();
    let mut out = std::mem::take(&mut st.pending);
    if st.eof {
        st.unused.extend_from_slice(&data);
        return Ok(bytesobj::new_bytes(out));
    }
    if max > 0 && out.len() >= max {
        st.pending = out.split_off(max);
        st.tail = data;
        return Ok(bytesobj::new_bytes(out));
    }
    st.inflater.feed(&data);
    let r = inflate(vm, &mut st.inflater, &mut out, max)?;
    let had_tail = !st.tail.is_empty();
    st.tail.clear();
    match r {
        Ok(Status::End) => {
            st.eof = true;
            let rest = st.inflater.take_remaining();
            st.unused.extend_from_slice(&rest);
            // As CPython: a stream that ends while an unconsumed tail was being fed keeps
            // the leftover as the tail as well.
            if had_tail {
                st.tail = rest;
            }
        }
        Ok(Status::Full) => {
            st.tail = st.inflater.take_remaining();
        }
        Ok(Status::NeedInput) => {}
        Err(m) => {
            drop(st);
            return Err(inflate_error(vm, "decompressing data", m));
        }
    }
    if max > 0 && out.len() > max {
        st.pending = out.split_off(max);
    }
    Ok(bytesobj::new_bytes(out))
}

fn d_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dthis(vm, args.pos.first())?;
    let a = method_args(vm, &args, "flush", &["length"], 1)?;
    let length = opt_int(vm, &a[0], 16384)?;
    if length <= 0 {
        return Err(vm.new_value_error("length must be greater than zero"));
    }
    let mut st = d.state.borrow_mut();
    let mut out = std::mem::take(&mut st.pending);
    if st.eof {
        // CPython feeds the tail again, and it lands in unused_data once more.
        let tail = st.tail.clone();
        st.unused.extend_from_slice(&tail);
        return Ok(bytesobj::new_bytes(out));
    }
    let tail = std::mem::take(&mut st.tail);
    st.inflater.feed(&tail);
    match inflate(vm, &mut st.inflater, &mut out, 0)? {
        Ok(Status::End) => {
            st.eof = true;
            let rest = st.inflater.take_remaining();
            st.unused.extend_from_slice(&rest);
        }
        Ok(_) => {}
        Err(m) => {
            drop(st);
            return Err(inflate_error(vm, "flushing", m));
        }
    }
    Ok(bytesobj::new_bytes(out))
}

fn d_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dthis(vm, args.pos.first())?;
    let st = d.state.borrow().clone();
    let cls = DECOMPRESS_TYPE.with(|t| t.clone());
    Ok(new_native(
        &cls,
        DecompressObj {
            state: RefCell::new(st),
        },
    ))
}

fn d_deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let first = args.pos.get(..1).unwrap_or(&[]);
    d_copy(vm, Args::new(first))
}

fn d_unused_data(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = dthis(vm, Some(v))?;
    let b = d.state.borrow().unused.clone();
    Ok(bytesobj::new_bytes(b))
}

fn d_unconsumed_tail(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = dthis(vm, Some(v))?;
    let b = d.state.borrow().tail.clone();
    Ok(bytesobj::new_bytes(b))
}

fn d_eof(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = dthis(vm, Some(v))?;
    let e = d.state.borrow().eof;
    Ok(Value::Bool(e))
}

fn zlib_crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "crc32", 1, 2)?;
    let data = data_arg(vm, &a[0])?;
    let start = match a.get(1) {
        Some(v) => arg_u32(vm, v)?,
        None => 0,
    };
    Ok(Value::Int(crc32(&data, start) as i64))
}

fn zlib_adler32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "adler32", 1, 2)?;
    let data = data_arg(vm, &a[0])?;
    let start = match a.get(1) {
        Some(v) => arg_u32(vm, v)?,
        None => 1,
    };
    Ok(Value::Int(adler32(&data, start) as i64))
}
