//! `TextIOWrapper`: text over a binary buffer, with incremental decoding, newline
//! translation (universal newlines) and CPython's seek/tell cookies (byte positions).
//! Also the newline helpers shared with StringIO.

use std::cell::RefCell;

use crate::codecs;
use crate::modules::native::{self, downcast};
use crate::object::*;
use crate::objects::{bytesobj, listobj, strobj, tupleobj};
use crate::types::{self, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

use super::buffered::{self, Buffered};
use super::memio;
use super::{closed_error, unsupported};

thread_local! {
    static TEXTIO: PyRef = super::TEXTIOBASE.with(|b| types::new_builtin_type("TextIOWrapper", "_io", Some(b), BaseKind::Internal, TEXTIO_METHODS, true));
}

pub(crate) fn textio_type() -> PyRef {
    TEXTIO.with(|t| t.clone())
}

// ===== newline handling =====

/// The `newline` argument of text streams.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Newline {
    /// None: universal newlines, translated to '\n' when reading.
    Universal,
    /// '': universal newlines, returned untranslated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

/// What ends a line when reading.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum LineEnd {
    Lf,
    Cr,
    CrLf,
    /// '\n', '\r\n' or '\r'.
    Any,
}

pub(crate) const SEEN_CR: u8 = 1;
pub(crate) const SEEN_LF: u8 = 2;
pub(crate) const SEEN_CRLF: u8 = 4;

impl Newline {
    /// Parses a newline value (StringIO's wording: the value's repr).
    pub(crate) fn parse(vm: &mut Vm, s: &str) -> PyResult<Newline> {
        match Newline::from_str(s) {
            Some(n) => Ok(n),
            None => {
                Err(vm.new_value_error(format!("illegal newline value: {}", strobj::repr_str(s))))
            }
        }
    }

    fn from_str(s: &str) -> Option<Newline> {
        Some(match s {
            "" => Newline::Untranslated,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            _ => return None,
        })
    }

    /// Line endings in the (possibly untranslated) stored text.
    pub(crate) fn line_end(self) -> LineEnd {
        match self {
            Newline::Universal => LineEnd::Lf,
            Newline::Untranslated => LineEnd::Any,
            Newline::Lf => LineEnd::Lf,
            Newline::Cr => LineEnd::Cr,
            Newline::CrLf => LineEnd::CrLf,
        }
    }
}

/// `open()`'s check of the newline argument (its message shows the bare value).
pub(crate) fn check_newline(vm: &mut Vm, s: &str) -> PyResult<Newline> {
    match Newline::from_str(s) {
        Some(n) => Ok(n),
        None => Err(vm.new_value_error(format!("illegal newline value: {}", s))),
    }
}

/// Byte index just past the first line ending of `s`; None when there is none yet (a final
/// '\r' may still be followed by '\n' unless `final_`).
pub(crate) fn find_line_end(s: &str, end: LineEnd, final_: bool) -> Option<usize> {
    let b = s.as_bytes();
    match end {
        LineEnd::Lf => b.iter().position(|c| *c == b'\n').map(|i| i + 1),
        LineEnd::Cr => b.iter().position(|c| *c == b'\r').map(|i| i + 1),
        LineEnd::CrLf => s.find("\r\n").map(|i| i + 2),
        LineEnd::Any => {
            let i = b.iter().position(|c| *c == b'\n' || *c == b'\r')?;
            if b[i] == b'\n' {
                return Some(i + 1);
            }
            match b.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None if final_ => Some(i + 1),
                None => None,
            }
        }
    }
}

/// The kinds of newline in `s` (SEEN_* flags).
pub(crate) fn scan_newlines(s: &str) -> u8 {
    let b = s.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            b'\r' => seen |= SEEN_CR,
            b'\n' => seen |= SEEN_LF,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// '\r\n' and '\r' become '\n'.
pub(crate) fn translate_universal(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// The `newlines` attribute for a set of SEEN_* flags.
pub(crate) fn newlines_value(seen: u8) -> Value {
    let mut kinds = Vec::new();
    for (flag, s) in [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")] {
        if seen & flag != 0 {
            kinds.push(strobj::new_str(s.to_string()));
        }
    }
    match kinds.len() {
        0 => Value::None,
        1 => kinds.pop().unwrap_or(Value::None),
        _ => tupleobj::new_tuple(kinds),
    }
}

// ===== encodings =====

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codec {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
    /// `be`: None until the byte order mark decides (plain "utf-16").
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    /// Another codec known to `codecs` (decoded chunk by chunk).
    Other,
}

fn codec_for(vm: &mut Vm, enc: &str) -> PyResult<Codec> {
    let n = enc.to_ascii_lowercase().replace(['-', ' '], "_");
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "locale" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" | "8859" | "cp819" | "latin" => {
            Codec::Latin1
        }
        "ascii" | "us_ascii" | "646" => Codec::Ascii,
        "utf_16" | "utf16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Some(true)),
        "utf_32" | "utf32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
        _ => {
            // Raises LookupError for unknown encodings.
            codecs::lookup_for(vm, enc, "codecs.open()")?;
            Codec::Other
        }
    })
}

/// `open()`'s early check of the encoding argument.
pub(crate) fn check_encoding(vm: &mut Vm, enc: &str) -> PyResult<()> {
    codec_for(vm, enc).map(|_| ())
}

/// Length of the undecodable tail of UTF-8 data that may complete with more bytes.
fn utf8_incomplete_tail(b: &[u8]) -> usize {
    for back in 1..=3.min(b.len()) {
        let c = b[b.len() - back];
        if c & 0xc0 == 0x80 {
            continue;
        }
        let need = if c >= 0xf0 {
            4
        } else if c >= 0xe0 {
            3
        } else if c >= 0xc0 {
            2
        } else {
            1
        };
        return if need > back { back } else { 0 };
    }
    0
}

// ===== TextIOWrapper =====

pub struct TextIO {
    st: RefCell<TextState>,
}

struct TextState {
    buffer: Option<Value>,
    detached: bool,
    encoding: String,
    codec: Codec,
    errors: String,
    newline: Newline,
    line_buffering: bool,
    write_through: bool,
    readable: bool,
    writable: bool,
    seekable: bool,
    /// Decoded, untranslated text; `dpos` is the byte index of the next unread char.
    decoded: String,
    dpos: usize,
    /// Bytes read but not decoded yet (an incomplete sequence).
    pending_raw: Vec<u8>,
    /// Encoded text not yet handed to a buffer that is not one of our buffered files.
    pending: Vec<u8>,
    eof: bool,
    seen: u8,
    /// The `mode` attribute `open()` sets.
    mode: Option<Value>,
    /// A BOM was checked for (decoding) / decided (encoding).
    bom_read: bool,
    bom_written: bool,
    /// False while iterating with next() (tell() is then refused, as in CPython).
    telling: bool,
    chunk_size: usize,
}

impl NativeObject for TextIO {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(st) = self.st.try_borrow() {
            if let Some(b) = &st.buffer {
                visit(b);
            }
            if let Some(m) = &st.mode {
                visit(m);
            }
        }
    }
    fn clear(&self) {
        if let Ok(mut st) = self.st.try_borrow_mut() {
            st.buffer = None;
            st.mode = None;
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for TextIO {
    /// Like CPython's finaliser: pending text reaches the buffer, which is then closed.
    fn drop(&mut self) {
        let st = self.st.get_mut();
        if let Some(b) = st.buffer.take() {
            if memio::is_bytesio(&b) {
                memio::finish_quietly(&b, &st.pending);
            } else if downcast::<Buffered>(&b).is_some() {
                buffered::close_quietly(&b);
            }
        }
    }
}

fn empty_state() -> TextState {
    TextState {
        buffer: None,
        detached: false,
        encoding: "UTF-8".into(),
        codec: Codec::Utf8,
        errors: "strict".into(),
        newline: Newline::Universal,
        line_buffering: false,
        write_through: false,
        readable: false,
        writable: false,
        seekable: false,
        decoded: String::new(),
        dpos: 0,
        pending_raw: Vec::new(),
        pending: Vec::new(),
        eof: false,
        seen: 0,
        mode: None,
        bom_read: false,
        bom_written: false,
        telling: true,
        chunk_size: 8192,
    }
}

impl TextState {
    fn reset_read(&mut self) {
        self.decoded.clear();
        self.dpos = 0;
        self.pending_raw.clear();
        self.eof = false;
    }

    fn has_read_state(&self) -> bool {
        self.dpos < self.decoded.len() || !self.pending_raw.is_empty()
    }

    /// The codec name to give `codecs` for the body of the stream (after any BOM).
    fn body_codec_name(&self) -> &str {
        match self.codec {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
            Codec::Other => &self.encoding,
        }
    }
}

/// Bytes `s` takes in a stream's encoding.
fn encoded_len(
    vm: &mut Vm,
    codec: Codec,
    encoding: &str,
    errors: &str,
    s: &str,
) -> PyResult<usize> {
    Ok(match codec {
        Codec::Utf8 | Codec::Utf8Sig => s.len(),
        Codec::Latin1 | Codec::Ascii => s.chars().count(),
        Codec::Utf16(_) => s.encode_utf16().count() * 2,
        Codec::Utf32(_) => s.chars().count() * 4,
        Codec::Other => codecs::encode(vm, s, encoding, errors)?.len(),
    })
}

fn tio<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a TextIO> {
    downcast::<TextIO>(v).ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a '_io.TextIOWrapper' object but received a '{}'",
            types::type_name(v)
        ))
    })
}

/// The buffer of an attached stream.
fn buffer_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tio(vm, v)?;
    let st = t.st.borrow();
    match &st.buffer {
        Some(b) => Ok(b.clone()),
        None if st.detached => {
            drop(st);
            Err(vm.new_value_error("underlying buffer has been detached"))
        }
        None => {
            drop(st);
            Err(vm.new_value_error("I/O operation on uninitialized object"))
        }
    }
}

/// Hands pending encoded text to the buffer.
fn flush_pending(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let t = tio(vm, v)?;
    let (data, buffer) = {
        let mut st = t.st.borrow_mut();
        if st.pending.is_empty() {
            return Ok(());
        }
        let Some(b) = st.buffer.clone() else {
            return Ok(());
        };
        (std::mem::take(&mut st.pending), b)
    };
    b_write(vm, &buffer, data)
}

// ----- buffer access: fast paths for our Buffered and BytesIO -----

fn b_closed(vm: &mut Vm, b: &Value) -> PyResult<bool> {
    if let Some(closed) = buffered::closed_fast(b) {
        return Ok(closed);
    }
    if let Some(closed) = memio::closed_fast(b) {
        return Ok(closed);
    }
    super::base::is_closed(vm, b)
}

fn b_read_chunk(vm: &mut Vm, b: &Value, n: usize) -> PyResult<Vec<u8>> {
    if downcast::<Buffered>(b).is_some() {
        return buffered::read1(vm, b, n as i64);
    }
    if memio::is_bytesio(b) {
        return Ok(memio::bytes_state(vm, b)?.read(n as i64));
    }
    let has_read1 = vm.get_attr_opt(b, &types::intern("read1"))?.is_some();
    let r = vm.call_method(
        b,
        if has_read1 { "read1" } else { "read" },
        &[Value::Int(n as i64)],
    )?;
    bytes_result(vm, &r)
}

fn b_read_all(vm: &mut Vm, b: &Value) -> PyResult<Vec<u8>> {
    if downcast::<Buffered>(b).is_some() {
        return Ok(buffered::read(vm, b, -1)?.unwrap_or_default());
    }
    if memio::is_bytesio(b) {
        return Ok(memio::bytes_state(vm, b)?.read(-1));
    }
    let r = vm.call_method(b, "read", &[])?;
    bytes_result(vm, &r)
}

fn bytes_result(vm: &mut Vm, r: &Value) -> PyResult<Vec<u8>> {
    if r.is_none() {
        return Ok(Vec::new());
    }
    match native::with_buffer(r, |d| d.to_vec()) {
        Some(d) => Ok(d),
        None => Err(vm.new_type_error(format!(
            "underlying read() should have returned a bytes-like object, not '{}'",
            types::type_name(r)
        ))),
    }
}

fn b_write(vm: &mut Vm, b: &Value, data: Vec<u8>) -> PyResult<()> {
    if downcast::<Buffered>(b).is_some() {
        buffered::write(vm, b, &data)?;
        return Ok(());
    }
    if memio::is_bytesio(b) {
        memio::bytes_state(vm, b)?.write(&data);
        return Ok(());
    }
    vm.call_method(b, "write", &[bytesobj::new_bytes(data)])?;
    Ok(())
}

fn b_flush(vm: &mut Vm, b: &Value) -> PyResult<()> {
    if downcast::<Buffered>(b).is_some() {
        return buffered::flush(vm, b);
    }
    vm.call_method(b, "flush", &[])?;
    Ok(())
}

fn b_tell(vm: &mut Vm, b: &Value) -> PyResult<i64> {
    if downcast::<Buffered>(b).is_some() {
        return buffered::tell(vm, b);
    }
    let r = vm.call_method(b, "tell", &[])?;
    native::arg_i64(vm, &r)
}

fn b_seek(vm: &mut Vm, b: &Value, pos: i64, whence: i64) -> PyResult<i64> {
    if downcast::<Buffered>(b).is_some() {
        return buffered::seek(vm, b, pos, whence);
    }
    let r = vm.call_method(b, "seek", &[Value::Int(pos), Value::Int(whence)])?;
    native::arg_i64(vm, &r)
}

fn b_flag(vm: &mut Vm, b: &Value, name: &str) -> PyResult<bool> {
    let r = vm.call_method(b, name, &[])?;
    vm.truthy(&r)
}

// ----- construction -----

/// A TextIOWrapper over `buffer` (used by `open()`).
pub(crate) fn new_text(
    vm: &mut Vm,
    buffer: Value,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
    line_buffering: bool,
    mode: Option<Value>,
) -> PyResult<Value> {
    let cls = textio_type();
    let v = native::alloc(
        vm,
        &cls,
        TextIO {
            st: RefCell::new(empty_state()),
        },
    );
    setup(
        vm,
        &v,
        buffer,
        encoding,
        errors,
        newline.as_deref(),
        newline.is_none(),
        line_buffering,
        false,
    )?;
    if let Some(m) = mode {
        tio(vm, &v)?.st.borrow_mut().mode = Some(m);
    }
    Ok(v)
}

#[allow(clippy::too_many_arguments)]
fn setup(
    vm: &mut Vm,
    this: &Value,
    buffer: Value,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<&str>,
    newline_none: bool,
    line_buffering: bool,
    write_through: bool,
) -> PyResult<()> {
    let (encoding, codec) = match encoding {
        Some(e) if e != "locale" => {
            let c = codec_for(vm, &e)?;
            (e, c)
        }
        _ => ("UTF-8".to_string(), Codec::Utf8),
    };
    let newline = match (newline_none, newline) {
        (true, _) | (_, None) => Newline::Universal,
        (false, Some(s)) => check_newline(vm, s)?,
    };
    let readable = b_flag(vm, &buffer, "readable")?;
    let writable = b_flag(vm, &buffer, "writable")?;
    let seekable = b_flag(vm, &buffer, "seekable")?;
    let t = tio(vm, this)?;
    let mut st = t.st.borrow_mut();
    *st = empty_state();
    st.buffer = Some(buffer);
    st.encoding = encoding;
    st.codec = codec;
    st.errors = errors.unwrap_or_else(|| "strict".into());
    st.newline = newline;
    st.line_buffering = line_buffering;
    st.write_through = write_through;
    st.readable = readable;
    st.writable = writable;
    st.seekable = seekable;
    Ok(())
}

fn textio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = textio_type();
    let cls = native::new_cls(vm, &args, &base)?;
    Ok(native::alloc(
        vm,
        &cls,
        TextIO {
            st: RefCell::new(empty_state()),
        },
    ))
}

static INIT_SPEC: ArgSpec = ArgSpec {
    name: "TextIOWrapper",
    params: &[
        "buffer",
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ],
    required: 1,
    posonly: 0,
    kwonly: 0,
};

fn opt_str(vm: &mut Vm, v: &Option<Value>, pname: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_rust_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.new_type_error(format!(
                "TextIOWrapper() argument '{}' must be str or None, not {}",
                pname,
                types::type_name(v)
            ))),
        },
    }
}

fn textio_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(vm, &INIT_SPEC)?;
    let encoding = opt_str(vm, &b[1], "encoding")?;
    let errors = opt_str(vm, &b[2], "errors")?;
    let newline = opt_str(vm, &b[3], "newline")?;
    let lb = match &b[4] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let wt = match &b[5] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let buffer = b[0].clone().unwrap_or(Value::None);
    setup(
        vm,
        &this,
        buffer,
        encoding,
        errors,
        newline.as_deref(),
        newline.is_none(),
        lb,
        wt,
    )?;
    Ok(Value::None)
}

// ----- reading -----

/// Checks the stream is attached, open and readable; returns its buffer.
fn check_read(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = buffer_of(vm, v)?;
    if b_closed(vm, &b)? {
        return Err(closed_error(vm));
    }
    if !tio(vm, v)?.st.borrow().readable {
        return Err(unsupported(vm, "not readable"));
    }
    flush_pending(vm, v)?;
    Ok(b)
}

/// Decodes `data` (after any held-back bytes), holding back an incomplete tail unless final.
fn decode(vm: &mut Vm, t: &TextIO, data: &[u8], final_: bool) -> PyResult<String> {
    let (input, codec, errors, name) = {
        let mut st = t.st.borrow_mut();
        let mut input = std::mem::take(&mut st.pending_raw);
        input.extend_from_slice(data);
        // Byte order marks at the start of the stream.
        if !st.bom_read {
            let need = match st.codec {
                Codec::Utf8Sig => 3,
                Codec::Utf16(None) => 2,
                Codec::Utf32(None) => 4,
                _ => 0,
            };
            if need > 0 && input.len() < need && !final_ {
                st.pending_raw = input;
                return Ok(String::new());
            }
            st.bom_read = true;
            match st.codec {
                Codec::Utf8Sig if input.starts_with(&[0xef, 0xbb, 0xbf]) => {
                    input.drain(..3);
                }
                Codec::Utf16(None) => {
                    let be = input.starts_with(&[0xfe, 0xff]);
                    if be || input.starts_with(&[0xff, 0xfe]) {
                        input.drain(..2);
                    }
                    st.codec = Codec::Utf16(Some(be));
                }
                Codec::Utf32(None) => {
                    let be = input.starts_with(&[0, 0, 0xfe, 0xff]);
                    if be || input.starts_with(&[0xff, 0xfe, 0, 0]) {
                        input.drain(..4);
                    }
                    st.codec = Codec::Utf32(Some(be));
                }
                _ => {}
            }
        }
        let keep = if final_ {
            0
        } else {
            match st.codec {
                Codec::Utf8 | Codec::Utf8Sig => utf8_incomplete_tail(&input),
                Codec::Utf16(be) => {
                    let mut k = input.len() % 2;
                    let body = input.len() - k;
                    if body >= 2 {
                        let (hi, lo) = (input[body - 2], input[body - 1]);
                        let unit = if be == Some(true) {
                            u16::from_be_bytes([hi, lo])
                        } else {
                            u16::from_le_bytes([hi, lo])
                        };
                        if (0xd800..0xdc00).contains(&unit) {
                            k += 2;
                        }
                    }
                    k
                }
                Codec::Utf32(_) => input.len() % 4,
                _ => 0,
            }
        };
        let cut = input.len() - keep;
        st.pending_raw = input[cut..].to_vec();
        input.truncate(cut);
        (
            input,
            st.codec,
            st.errors.clone(),
            st.body_codec_name().to_string(),
        )
    };
    if input.is_empty() {
        return Ok(String::new());
    }
    let input = if codec == Codec::Utf8 || codec == Codec::Utf8Sig {
        match String::from_utf8(input) {
            Ok(s) => return Ok(s),
            Err(e) => e.into_bytes(),
        }
    } else {
        input
    };
    codecs::decode(vm, &input, &name, &errors)
}

/// Reads and decodes one more chunk; false at end of file.
fn refill(vm: &mut Vm, v: &Value, buffer: &Value) -> PyResult<bool> {
    let t = tio(vm, v)?;
    if t.st.borrow().eof {
        return Ok(false);
    }
    let size = t.st.borrow().chunk_size;
    let data = b_read_chunk(vm, buffer, size)?;
    let eof = data.is_empty();
    let text = decode(vm, t, &data, eof)?;
    let mut st = t.st.borrow_mut();
    if matches!(st.newline, Newline::Universal | Newline::Untranslated) {
        // CPython's decoder notes the newlines of the whole chunk as it decodes it (a
        // final '\r' is left to take_chars: it may start a "\r\n").
        let scanned = match text.strip_suffix('\r') {
            Some(head) if !eof => head,
            _ => &text,
        };
        st.seen |= scan_newlines(scanned);
    }
    if st.dpos > 0 && st.dpos * 2 >= st.decoded.len() {
        let d = st.dpos;
        st.decoded.drain(..d);
        st.dpos = 0;
    }
    st.decoded.push_str(&text);
    if eof {
        st.eof = true;
    }
    Ok(!eof || !text.is_empty())
}

/// Takes up to `n` output chars from the decoded text, translating newlines as configured.
/// Stops before a final '\r' that might start "\r\n" (unless at end of file).
fn take_chars(st: &mut TextState, n: usize) -> (String, usize) {
    let rest = &st.decoded[st.dpos..];
    let translate = st.newline == Newline::Universal;
    let track = matches!(st.newline, Newline::Universal | Newline::Untranslated);
    if !track || !rest.contains('\r') {
        let end = match rest.char_indices().nth(n) {
            Some((b, _)) => b,
            None => rest.len(),
        };
        let out = rest[..end].to_string();
        if track && out.contains('\n') {
            st.seen |= SEEN_LF;
        }
        st.dpos += end;
        let count = if end == rest.len() && n >= rest.len() {
            out.chars().count()
        } else {
            n.min(out.chars().count())
        };
        return (out, count);
    }
    let mut out = String::new();
    let mut count = 0;
    let mut consumed = 0;
    let bytes = rest.as_bytes();
    for (i, c) in rest.char_indices() {
        if i < consumed {
            continue;
        }
        if count >= n {
            break;
        }
        match c {
            '\r' => {
                match bytes.get(i + 1) {
                    Some(b'\n') => {
                        st.seen |= SEEN_CRLF;
                        out.push_str(if translate { "\n" } else { "\r\n" });
                        consumed = i + 2;
                        // Untranslated "\r\n" is two chars.
                        count += if translate { 1 } else { 2 };
                        continue;
                    }
                    None if !st.eof => break,
                    _ => {
                        st.seen |= SEEN_CR;
                        out.push(if translate { '\n' } else { '\r' });
                    }
                }
            }
            '\n' => {
                st.seen |= SEEN_LF;
                out.push('\n');
            }
            _ => out.push(c),
        }
        consumed = i + c.len_utf8();
        count += 1;
    }
    st.dpos += consumed;
    (out, count)
}

fn read_text(vm: &mut Vm, v: &Value, n: i64) -> PyResult<String> {
    let buffer = check_read(vm, v)?;
    let t = tio(vm, v)?;
    if n < 0 {
        let data = b_read_all(vm, &buffer)?;
        let text = decode(vm, t, &data, true)?;
        let mut st = t.st.borrow_mut();
        let mut out = if st.dpos < st.decoded.len() {
            let mut s = st.decoded[st.dpos..].to_string();
            s.push_str(&text);
            s
        } else {
            text
        };
        st.decoded.clear();
        st.dpos = 0;
        match st.newline {
            Newline::Universal => {
                st.seen |= scan_newlines(&out);
                if out.contains('\r') {
                    out = translate_universal(&out);
                }
            }
            Newline::Untranslated => st.seen |= scan_newlines(&out),
            _ => {}
        }
        return Ok(out);
    }
    let n = n as usize;
    let mut out = String::new();
    let mut got = 0;
    while got < n {
        let (s, c) = take_chars(&mut t.st.borrow_mut(), n - got);
        out.push_str(&s);
        got += c;
        if got >= n {
            break;
        }
        if !refill(vm, v, &buffer)? && t.st.borrow().dpos >= t.st.borrow().decoded.len() {
            break;
        }
    }
    t.st.borrow_mut().eof = false;
    Ok(out)
}

fn readline_text(vm: &mut Vm, v: &Value, limit: i64) -> PyResult<String> {
    let buffer = check_read(vm, v)?;
    let t = tio(vm, v)?;
    let mut from = 0usize;
    loop {
        let outcome = {
            let mut st = t.st.borrow_mut();
            let end = match st.newline {
                Newline::Universal | Newline::Untranslated => LineEnd::Any,
                other => other.line_end(),
            };
            let rest = &st.decoded[st.dpos..];
            let found = find_line_end(&rest[from..], end, st.eof).map(|e| e + from);
            match found {
                Some(e) => {
                    let too_long = limit >= 0 && rest[..e].chars().count() > limit as usize;
                    let (s, _) = if too_long {
                        take_chars(&mut st, limit as usize)
                    } else {
                        take_line(&mut st, e)
                    };
                    Some(s)
                }
                None => {
                    if limit >= 0 && rest.chars().count() >= limit as usize {
                        Some(take_chars(&mut st, limit as usize).0)
                    } else if st.eof {
                        Some(take_chars(&mut st, usize::MAX).0)
                    } else {
                        from = if rest.ends_with('\r') {
                            rest.len() - 1
                        } else {
                            rest.len()
                        };
                        None
                    }
                }
            }
        };
        if let Some(s) = outcome {
            t.st.borrow_mut().eof = false;
            return Ok(s);
        }
        // Compaction keeps the unread text as it is, so `from` stays valid.
        if !refill(vm, v, &buffer)? {
            t.st.borrow_mut().eof = true;
        }
    }
}

/// Takes the line ending at byte `e` of the unread text, translating its terminator
/// (the count returned is not computed: callers do not need it).
fn take_line(st: &mut TextState, e: usize) -> (String, usize) {
    let start = st.dpos;
    let line = &st.decoded[start..start + e];
    let track = matches!(st.newline, Newline::Universal | Newline::Untranslated);
    let mut out = line.to_string();
    if track {
        if out.ends_with("\r\n") {
            st.seen |= SEEN_CRLF;
            if st.newline == Newline::Universal {
                out.truncate(out.len() - 2);
                out.push('\n');
            }
        } else if out.ends_with('\r') {
            st.seen |= SEEN_CR;
            if st.newline == Newline::Universal {
                out.pop();
                out.push('\n');
            }
        } else if out.ends_with('\n') {
            st.seen |= SEEN_LF;
        }
    }
    st.dpos += e;
    (out, 0)
}

fn m_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "read", 1, 2)?;
    let n = super::size_arg(vm, a.get(1))?;
    Ok(strobj::new_str(read_text(vm, &a[0], n)?))
}

fn m_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readline", 1, 2)?;
    let n = match a.get(1) {
        Some(v) if !v.is_none() && !crate::objects::intobj::is_int(v) => {
            return Err(vm.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                types::type_name(v)
            )))
        }
        other => super::size_arg(vm, other)?,
    };
    Ok(strobj::new_str(readline_text(vm, &a[0], n)?))
}

fn m_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readlines", 1, 2)?;
    let hint = super::size_arg(vm, a.get(1))?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = readline_text(vm, &a[0], -1)?;
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

fn m_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    let line = if types::is_heap_class(&types::class_of(this)) {
        let l = vm.call_method(this, "readline", &[])?;
        l.as_rust_str().map(|s| s.to_string()).unwrap_or_default()
    } else {
        readline_text(vm, this, -1)?
    };
    let t = tio(vm, this)?;
    if line.is_empty() {
        t.st.borrow_mut().telling = true;
        return Err(vm.new_stop_iteration(Value::None));
    }
    t.st.borrow_mut().telling = false;
    Ok(strobj::new_str(line))
}

// ----- writing -----

fn m_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "write", 2)?;
    let this = &a[0];
    let buffer = buffer_of(vm, this)?;
    if b_closed(vm, &buffer)? {
        return Err(closed_error(vm));
    }
    let Some(text) = a[1].as_rust_str() else {
        return Err(vm.new_type_error(format!(
            "write() argument must be str, not {}",
            types::type_name(&a[1])
        )));
    };
    let t = tio(vm, this)?;
    if !t.st.borrow().writable {
        return Err(unsupported(vm, "not writable"));
    }
    let nchars = a[1].as_str().map(|s| s.char_len()).unwrap_or(0);
    // Fast path: UTF-8 text into one of our buffered files, no newline translation.
    let direct = {
        let mut st = t.st.borrow_mut();
        let ok = st.codec == Codec::Utf8
            && !matches!(st.newline, Newline::Cr | Newline::CrLf)
            && !st.line_buffering
            && downcast::<Buffered>(&buffer).is_some();
        if ok && st.has_read_state() {
            st.reset_read();
        }
        ok
    };
    if direct {
        buffered::write(vm, &buffer, text.as_bytes())?;
        return Ok(Value::Int(nchars as i64));
    }
    let (data_text, codec, line_buffering) = {
        let mut st = t.st.borrow_mut();
        // Like CPython, writing discards read-ahead without moving the buffer back.
        if st.has_read_state() {
            st.reset_read();
        }
        let translated = match st.newline {
            Newline::Cr => text.replace('\n', "\r"),
            Newline::CrLf => text.replace('\n', "\r\n"),
            _ => text.to_string(),
        };
        (translated, st.codec, st.line_buffering)
    };
    let mut bytes = Vec::new();
    let needs_bom = matches!(
        codec,
        Codec::Utf8Sig | Codec::Utf16(None) | Codec::Utf32(None)
    ) && !t.st.borrow().bom_written;
    if needs_bom {
        let at_start = if t.st.borrow().seekable {
            b_tell(vm, &buffer)? == 0
        } else {
            true
        };
        let mut st = t.st.borrow_mut();
        st.bom_written = true;
        match st.codec {
            Codec::Utf8Sig if at_start => bytes.extend_from_slice(&[0xef, 0xbb, 0xbf]),
            Codec::Utf16(None) => {
                if at_start {
                    bytes.extend_from_slice(&[0xff, 0xfe]);
                }
                st.codec = Codec::Utf16(Some(false));
            }
            Codec::Utf32(None) => {
                if at_start {
                    bytes.extend_from_slice(&[0xff, 0xfe, 0, 0]);
                }
                st.codec = Codec::Utf32(Some(false));
            }
            _ => {}
        }
    }
    let (name, errors) = {
        let st = t.st.borrow();
        (st.body_codec_name().to_string(), st.errors.clone())
    };
    if matches!(codec, Codec::Utf8 | Codec::Utf8Sig) {
        bytes.extend_from_slice(data_text.as_bytes());
    } else {
        bytes.extend(codecs::encode(vm, &data_text, &name, &errors)?);
    }
    let line_flush = line_buffering && (text.contains('\n') || text.contains('\r'));
    if downcast::<Buffered>(&buffer).is_some() {
        // Our buffered files buffer already: no second copy.
        b_write(vm, &buffer, bytes)?;
    } else {
        let full = {
            let mut st = t.st.borrow_mut();
            st.pending.extend_from_slice(&bytes);
            st.pending.len() >= st.chunk_size || st.write_through
        };
        if full || line_flush {
            flush_pending(vm, this)?;
        }
    }
    if line_flush {
        b_flush(vm, &buffer)?;
    }
    Ok(Value::Int(nchars as i64))
}

fn m_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "writelines", 2)?;
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(&a[0], "write", &[line])?;
    }
    Ok(Value::None)
}

fn m_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let buffer = buffer_of(vm, &args.pos[0])?;
    if b_closed(vm, &buffer)? {
        return Err(closed_error(vm));
    }
    let t = tio(vm, &args.pos[0])?;
    let seekable = t.st.borrow().seekable;
    t.st.borrow_mut().telling = seekable;
    flush_pending(vm, &args.pos[0])?;
    b_flush(vm, &buffer)?;
    Ok(Value::None)
}

fn m_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    let buffer = buffer_of(vm, this)?;
    if b_closed(vm, &buffer)? {
        return Ok(Value::None);
    }
    let flushed = flush_pending(vm, this).and_then(|_| b_flush(vm, &buffer));
    vm.call_method(&buffer, "close", &[])?;
    flushed?;
    Ok(Value::None)
}

// ----- positioning -----

fn check_seekable(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = buffer_of(vm, v)?;
    if b_closed(vm, &b)? {
        return Err(closed_error(vm));
    }
    if !tio(vm, v)?.st.borrow().seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    Ok(b)
}

fn tell_pos(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let buffer = check_seekable(vm, v)?;
    let t = tio(vm, v)?;
    if !t.st.borrow().telling {
        return Err(vm.new_os_error("telling position disabled by next() call"));
    }
    flush_pending(vm, v)?;
    let pos = b_tell(vm, &buffer)?;
    let (rest, pending, codec, encoding, errors) = {
        let st = t.st.borrow();
        (
            st.decoded[st.dpos..].to_string(),
            st.pending_raw.len(),
            st.codec,
            st.encoding.clone(),
            st.errors.clone(),
        )
    };
    let ahead = if rest.is_empty() {
        0
    } else {
        encoded_len(vm, codec, &encoding, &errors, &rest)?
    };
    Ok(pos - pending as i64 - ahead as i64)
}

fn m_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(tell_pos(vm, &args.pos[0])?))
}

fn m_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cookie, whence) = super::seek_args(vm, &args, "seek")?;
    let this = &args.pos[0];
    let buffer = check_seekable(vm, this)?;
    let t = tio(vm, this)?;
    let target = match whence {
        1 => {
            if cookie != 0 {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            return Ok(Value::Int(tell_pos(vm, this)?));
        }
        2 => {
            if cookie != 0 {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            None
        }
        0 => {
            if cookie < 0 {
                return Err(vm.new_value_error(format!("negative seek position {}", cookie)));
            }
            Some(cookie)
        }
        _ => {
            return Err(
                vm.new_value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence))
            )
        }
    };
    flush_pending(vm, this)?;
    b_flush(vm, &buffer)?;
    {
        let mut st = t.st.borrow_mut();
        st.reset_read();
        // Seeking to the start or the end resets the decoder: the newlines seen so far
        // are forgotten (a seek elsewhere sets the decoder state and keeps them).
        if matches!(target, None | Some(0)) {
            st.seen = 0;
        }
        st.telling = true;
    }
    let pos = match target {
        Some(c) => b_seek(vm, &buffer, c, 0)?,
        None => b_seek(vm, &buffer, 0, 2)?,
    };
    let mut st = t.st.borrow_mut();
    // At the start of the stream a byte order mark is expected again.
    st.bom_read = pos != 0;
    if pos != 0 {
        st.bom_written = true;
        st.codec = match st.codec {
            Codec::Utf16(None) => Codec::Utf16(Some(false)),
            Codec::Utf32(None) => Codec::Utf32(Some(false)),
            c => c,
        };
    }
    Ok(Value::Int(pos))
}

fn m_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "truncate", 1, 2)?;
    let buffer = buffer_of(vm, &a[0])?;
    flush_pending(vm, &a[0])?;
    b_flush(vm, &buffer)?;
    let pos = match a.get(1) {
        Some(v) if !v.is_none() => v.clone(),
        _ => Value::Int(tell_pos(vm, &a[0])?),
    };
    vm.call_method(&buffer, "truncate", &[pos])
}

fn m_detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    let buffer = buffer_of(vm, this)?;
    flush_pending(vm, this)?;
    b_flush(vm, &buffer)?;
    let t = tio(vm, this)?;
    let mut st = t.st.borrow_mut();
    st.detached = true;
    Ok(st.buffer.take().unwrap_or(Value::None))
}

fn m_reconfigure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    if args.pos.len() > 1 {
        return Err(vm.new_type_error("reconfigure() takes no positional arguments"));
    }
    let buffer = buffer_of(vm, &this)?;
    let get = |name: &str| args.kw(name).cloned();
    let encoding = opt_str(vm, &get("encoding"), "encoding")?;
    let errors = opt_str(vm, &get("errors"), "errors")?;
    let newline = match get("newline") {
        None => None,
        Some(Value::None) => Some(Newline::Universal),
        Some(v) => match v.as_rust_str() {
            Some(s) => Some(check_newline(vm, s)?),
            None => {
                return Err(vm.new_type_error(format!(
                    "reconfigure() argument 'newline' must be str or None, not {}",
                    types::type_name(&v)
                )))
            }
        },
    };
    for k in args.kwnames {
        let n = k.payload_str();
        if !matches!(
            n,
            "encoding" | "errors" | "newline" | "line_buffering" | "write_through"
        ) {
            return Err(vm.new_type_error(format!(
                "reconfigure() got an unexpected keyword argument '{}'",
                n
            )));
        }
    }
    let codec = match &encoding {
        Some(e) => Some(codec_for(vm, e)?),
        None => None,
    };
    let lb = match get("line_buffering") {
        Some(v) if !v.is_none() => Some(vm.truthy(&v)?),
        _ => None,
    };
    let wt = match get("write_through") {
        Some(v) if !v.is_none() => Some(vm.truthy(&v)?),
        _ => None,
    };
    let t = tio(vm, &this)?;
    if (encoding.is_some() || newline.is_some()) && t.st.borrow().has_read_state() {
        return Err(unsupported(
            vm,
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    flush_pending(vm, &this)?;
    b_flush(vm, &buffer)?;
    let t = tio(vm, &this)?;
    let mut st = t.st.borrow_mut();
    if let (Some(e), Some(c)) = (encoding, codec) {
        st.encoding = e;
        st.codec = c;
        st.errors = errors.clone().unwrap_or_else(|| "strict".into());
    } else if let Some(er) = errors {
        st.errors = er;
    }
    if let Some(n) = newline {
        st.newline = n;
    }
    if let Some(l) = lb {
        st.line_buffering = l;
    }
    if let Some(w) = wt {
        st.write_through = w;
    }
    Ok(Value::None)
}

// ----- attributes and the rest -----

fn forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let b = buffer_of(vm, &args.pos[0])?;
    vm.call_method(&b, name, &[])
}

fn m_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "fileno")
}
fn m_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "isatty")
}
fn m_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "readable")
}
fn m_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "writable")
}
fn m_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "seekable")
}

fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = buffer_of(vm, v)?;
    Ok(Value::Bool(b_closed(vm, &b)?))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = buffer_of(vm, v)?;
    vm.get_attr_str(&b, "name")
}

fn g_buffer(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tio(vm, v)?;
    let b = t.st.borrow().buffer.clone();
    Ok(b.unwrap_or(Value::None))
}

fn g_encoding(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tio(vm, v)?;
    let e = t.st.borrow().encoding.clone();
    Ok(strobj::new_str(e))
}

fn g_errors(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tio(vm, v)?;
    let e = t.st.borrow().errors.clone();
    Ok(strobj::new_str(e))
}

fn g_line_buffering(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tio(vm, v)?;
    let b = t.st.borrow().line_buffering;
    Ok(Value::Bool(b))
}

fn g_write_through(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tio(vm, v)?;
    let b = t.st.borrow().write_through;
    Ok(Value::Bool(b))
}

fn g_newlines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tio(vm, v)?;
    let st = t.st.borrow();
    if !st.readable || !matches!(st.newline, Newline::Universal | Newline::Untranslated) {
        return Ok(Value::None);
    }
    Ok(newlines_value(st.seen))
}

fn g_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tio(vm, v)?;
    let m = t.st.borrow().mode.clone();
    match m {
        Some(m) => Ok(m),
        None => Err(vm.new_attribute_error(format!(
            "'{}' object has no attribute 'mode'",
            type_label(v)
        ))),
    }
}

fn s_mode(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let t = tio(vm, v)?;
    t.st.borrow_mut().mode = value;
    Ok(())
}

fn g_chunk_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tio(vm, v)?;
    let n = t.st.borrow().chunk_size;
    Ok(Value::Int(n as i64))
}

fn s_chunk_size(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(vm.new_attribute_error("cannot delete attribute"));
    };
    let n = native::arg_i64(vm, &value)?;
    if n <= 0 {
        return Err(vm.new_value_error("a strictly positive integer is required"));
    }
    tio(vm, v)?.st.borrow_mut().chunk_size = n as usize;
    Ok(())
}

/// "_io.TextIOWrapper" for the builtin type, the bare class name for subclasses.
fn type_label(v: &Value) -> String {
    types::type_name(v)
}

fn is_attr_or_value_error(vm: &mut Vm, e: &PyErr) -> bool {
    let t = types::types();
    vm.exception_matches(e, &t.exc.attribute_error) || vm.exception_matches(e, &t.exc.value_error)
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    // CPython spells the type out, even for subclasses.
    let mut out = String::from("<_io.TextIOWrapper");
    match vm.get_attr_str(this, "name") {
        Ok(n) => {
            out.push_str(" name=");
            out.push_str(&vm.repr_string(&n)?);
        }
        Err(e) if is_attr_or_value_error(vm, &e) => {}
        Err(e) => return Err(e),
    }
    let t = tio(vm, this)?;
    let (mode, enc) = {
        let st = t.st.borrow();
        (st.mode.clone(), st.encoding.clone())
    };
    if let Some(m) = mode {
        out.push_str(" mode=");
        out.push_str(&vm.repr_string(&m)?);
    }
    out.push_str(" encoding=");
    out.push_str(&strobj::repr_str(&enc));
    out.push('>');
    Ok(strobj::new_str(out))
}

static TEXTIO_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", textio_new),
    MethodDef::method("__init__", textio_init),
    MethodDef::method("__repr__", m_repr),
    MethodDef::method("__next__", m_next),
    MethodDef::method("read", m_read),
    MethodDef::method("readline", m_readline),
    MethodDef::method("readlines", m_readlines),
    MethodDef::method("write", m_write),
    MethodDef::method("writelines", m_writelines),
    MethodDef::method("flush", m_flush),
    MethodDef::method("close", m_close),
    MethodDef::method("tell", m_tell),
    MethodDef::method("seek", m_seek),
    MethodDef::method("truncate", m_truncate),
    MethodDef::method("detach", m_detach),
    MethodDef::method("reconfigure", m_reconfigure),
    MethodDef::method("fileno", m_fileno),
    MethodDef::method("isatty", m_isatty),
    MethodDef::method("readable", m_readable),
    MethodDef::method("writable", m_writable),
    MethodDef::method("seekable", m_seekable),
    MethodDef::getter("closed", g_closed),
    MethodDef::getter("name", g_name),
    MethodDef::getter("buffer", g_buffer),
    MethodDef::getter("encoding", g_encoding),
    MethodDef::getter("errors", g_errors),
    MethodDef::getter("line_buffering", g_line_buffering),
    MethodDef::getter("write_through", g_write_through),
    MethodDef::getter("newlines", g_newlines),
    MethodDef::getset("mode", g_mode, s_mode),
    MethodDef::getset("_CHUNK_SIZE", g_chunk_size, s_chunk_size),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends() {
        assert_eq!(find_line_end("ab\ncd", LineEnd::Lf, false), Some(3));
        assert_eq!(find_line_end("ab\r", LineEnd::Any, false), None);
        assert_eq!(find_line_end("ab\r", LineEnd::Any, true), Some(3));
        assert_eq!(find_line_end("ab\r\ncd", LineEnd::Any, false), Some(4));
        assert_eq!(find_line_end("ab\rcd", LineEnd::Any, false), Some(3));
        assert_eq!(find_line_end("a\rb\r\n", LineEnd::CrLf, false), Some(5));
        assert_eq!(scan_newlines("a\r\nb\nc\r"), SEEN_CR | SEEN_LF | SEEN_CRLF);
        assert_eq!(translate_universal("a\r\nb\rc"), "a\nb\nc");
    }

    #[test]
    fn utf8_tails() {
        assert_eq!(utf8_incomplete_tail(b"ab"), 0);
        assert_eq!(utf8_incomplete_tail(&[b'a', 0xc3]), 1);
        assert_eq!(utf8_incomplete_tail(&[0xe2, 0x82]), 2);
        assert_eq!(utf8_incomplete_tail(&[0xe2, 0x82, 0xac]), 0);
        assert_eq!(utf8_incomplete_tail(&[0xf0, 0x9f, 0x98]), 3);
    }
}
