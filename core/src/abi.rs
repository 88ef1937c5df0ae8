//! The session ABI (version 1): a persistent interpreter inside python.wasm driven by the
//! host through a few exported functions. See docs/abi.md.
//!
//! Requests and results are byte strings in the value encoding below, written into guest
//! memory obtained with `wasipy_alloc`. The data model is: None, bool, int (any size),
//! float, str, bytes, list, tuple, dict with str keys, nested. Anything else raises a
//! TypeError naming the type.
//!
//! Encoding (little-endian): 0x00 None | 0x01 False | 0x02 True | 0x03 i64 | 0x04 big int
//! (sign byte 0/1, u32 length, magnitude bytes LE) | 0x05 f64 | 0x06 str (u32 length, UTF-8)
//! | 0x07 bytes (u32 length, bytes) | 0x08 list (u32 count, items) | 0x09 tuple (u32 count,
//! items) | 0x0a dict (u32 count, then key (a str value) and value pairs).

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::ast::StmtKind;
use crate::bytecode::Code;
use crate::compiler::Mode;
use crate::object::*;
use crate::objects::{bytesobj, dictobj, intobj, listobj, strobj, tupleobj};
use crate::types::{self, types};
use crate::vm::{PyErr, PyResult, Vm};

pub const ABI_VERSION: u32 = 1;

/// Operations of `wasipy_call`.
pub mod op {
    /// exec(code: str) -> None
    pub const EXEC: u32 = 1;
    /// eval(expr: str) -> value
    pub const EVAL: u32 = 2;
    /// call(name: str, args: list, kwargs: dict) -> value
    pub const CALL: u32 = 3;
    /// get(name: str) -> value
    pub const GET: u32 = 4;
    /// set(name: str, value) -> None
    pub const SET: u32 = 5;
    /// exec(code: str) returning the value of a final expression statement (else None).
    pub const EXEC_LAST: u32 = 6;
    /// Interactive statement: expression values are printed (the REPL). Filename `<stdin>`.
    pub const EXEC_SINGLE: u32 = 7;
    /// Is this interactive input ready to run? (source: str) -> int, one of [`super::input`].
    pub const CHECK_INPUT: u32 = 8;
}

/// Results of [`op::CHECK_INPUT`]: what the interactive prompt does with the lines so far.
pub mod input {
    /// Run it with `EXEC_SINGLE` (it may still be invalid: running it reports the error).
    pub const COMPLETE: i64 = 0;
    /// More lines are needed: show the `... ` prompt.
    pub const INCOMPLETE: i64 = 1;
    /// Only blank lines and comments: nothing to run.
    pub const EMPTY: i64 = 2;
}

/// Result statuses of `wasipy_call`.
pub mod status {
    /// The result is the encoded value.
    pub const OK: u32 = 0;
    /// A Python exception: result is a tuple (type name, message, traceback text).
    pub const EXCEPTION: u32 = 1;
    /// SystemExit: result is the exit status (int).
    pub const EXIT: u32 = 2;
    /// The request could not be decoded or the session is not initialised: result is a str.
    pub const ABI_ERROR: u32 = 3;
}

const MAX_DEPTH: usize = 200;

thread_local! {
    static SESSION: RefCell<Option<Vm>> = const { RefCell::new(None) };
    static RESULT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

// ----- encoding -----

/// Encodes a Python value into the ABI encoding.
pub fn encode(vm: &mut Vm, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    encode_depth(vm, v, out, 0)
}

fn unsupported(vm: &mut Vm, v: &Value) -> PyErr {
    vm.new_type_error(format!(
        "cannot pass an object of type '{}' across the wasipy boundary (supported: None, bool, int, float, str, bytes, list, tuple, dict with str keys)",
        types::type_name(v)
    ))
}

fn put_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

fn encode_depth(vm: &mut Vm, v: &Value, out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
    if depth > MAX_DEPTH {
        return Err(
            vm.new_value_error("value nested too deeply to cross the wasipy boundary (recursive?)")
        );
    }
    match v {
        Value::None | Value::Null => out.push(0),
        Value::Bool(b) => out.push(if *b { 2 } else { 1 }),
        Value::Int(i) => {
            out.push(3);
            out.extend_from_slice(&i.to_le_bytes());
        }
        Value::Float(f) => {
            out.push(5);
            out.extend_from_slice(&f.to_le_bytes());
        }
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => {
                if let Some(i) = b.to_i64() {
                    out.push(3);
                    out.extend_from_slice(&i.to_le_bytes());
                } else {
                    let (sign, mag) = b.to_bytes_le();
                    out.push(4);
                    out.push(if sign == Sign::Minus { 1 } else { 0 });
                    put_len(out, mag.len());
                    out.extend_from_slice(&mag);
                }
            }
            Payload::Float(f) => {
                out.push(5);
                out.extend_from_slice(&f.to_le_bytes());
            }
            Payload::Str(s) => {
                out.push(6);
                put_len(out, s.as_str().len());
                out.extend_from_slice(s.as_str().as_bytes());
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let d = bytesobj::bytes_data(v).unwrap_or_default();
                out.push(7);
                put_len(out, d.len());
                out.extend_from_slice(&d);
            }
            Payload::List(l) => {
                let items = l.borrow().clone();
                out.push(8);
                put_len(out, items.len());
                for x in &items {
                    encode_depth(vm, x, out, depth + 1)?;
                }
            }
            Payload::Tuple(t) => {
                let items = t.to_vec();
                out.push(9);
                put_len(out, items.len());
                for x in &items {
                    encode_depth(vm, x, out, depth + 1)?;
                }
            }
            Payload::Dict(d) => {
                let items = d.items();
                out.push(10);
                put_len(out, items.len());
                for (k, val) in &items {
                    let Some(ks) = k.as_rust_str() else {
                        return Err(vm.new_type_error(format!(
                            "dict keys crossing the wasipy boundary must be str, not '{}'",
                            types::type_name(k)
                        )));
                    };
                    out.push(6);
                    put_len(out, ks.len());
                    out.extend_from_slice(ks.as_bytes());
                    encode_depth(vm, val, out, depth + 1)?;
                }
            }
            _ => return Err(unsupported(vm, v)),
        },
    }
    Ok(())
}

/// Decodes one value; Err(message) on malformed input.
pub fn decode(data: &[u8]) -> Result<Value, String> {
    let mut pos = 0;
    let v = decode_at(data, &mut pos, 0)?;
    if pos != data.len() {
        return Err(format!("trailing bytes after value at offset {}", pos));
    }
    Ok(v)
}

fn take<'a>(data: &'a [u8], pos: &mut usize, n: usize) -> Result<&'a [u8], String> {
    let end = pos.checked_add(n).ok_or("length overflow")?;
    let s = data
        .get(*pos..end)
        .ok_or_else(|| format!("truncated value at offset {}", pos))?;
    *pos = end;
    Ok(s)
}

fn take_len(data: &[u8], pos: &mut usize) -> Result<usize, String> {
    let b = take(data, pos, 4)?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

fn decode_at(data: &[u8], pos: &mut usize, depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err("value nested too deeply".into());
    }
    let tag = take(data, pos, 1)?[0];
    Ok(match tag {
        0 => Value::None,
        1 => Value::Bool(false),
        2 => Value::Bool(true),
        3 => {
            let b = take(data, pos, 8)?;
            let mut a = [0u8; 8];
            a.copy_from_slice(b);
            Value::Int(i64::from_le_bytes(a))
        }
        4 => {
            let sign = take(data, pos, 1)?[0];
            let n = take_len(data, pos)?;
            let mag = take(data, pos, n)?;
            let b = BigInt::from_bytes_le(if sign == 1 { Sign::Minus } else { Sign::Plus }, mag);
            intobj::int_from_bigint(b)
        }
        5 => {
            let b = take(data, pos, 8)?;
            let mut a = [0u8; 8];
            a.copy_from_slice(b);
            Value::Float(f64::from_le_bytes(a))
        }
        6 => {
            let n = take_len(data, pos)?;
            let s = std::str::from_utf8(take(data, pos, n)?)
                .map_err(|e| format!("invalid UTF-8 in str: {}", e))?;
            strobj::new_str(s.to_string())
        }
        7 => {
            let n = take_len(data, pos)?;
            bytesobj::new_bytes(take(data, pos, n)?.to_vec())
        }
        8 | 9 => {
            let n = take_len(data, pos)?;
            if n > data.len() {
                return Err("sequence count larger than the request".into());
            }
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(decode_at(data, pos, depth + 1)?);
            }
            if tag == 8 {
                listobj::new_list(items)
            } else {
                tupleobj::new_tuple(items)
            }
        }
        10 => {
            let n = take_len(data, pos)?;
            if n > data.len() {
                return Err("dict count larger than the request".into());
            }
            let d = dictobj::new_dict();
            let dd = dictobj::as_dict(&d).ok_or("internal: dict")?;
            for _ in 0..n {
                let k = decode_at(data, pos, depth + 1)?;
                let Some(Payload::Str(_)) = k.payload() else {
                    return Err("dict key is not a str".into());
                };
                let v = decode_at(data, pos, depth + 1)?;
                if let Value::Obj(ko) = k {
                    dd.set_str(types::intern(ko.payload_str()), v);
                }
            }
            d
        }
        t => return Err(format!("unknown value tag {} at offset {}", t, *pos - 1)),
    })
}

// ----- sessions -----

/// Creates the session interpreter (idempotent) with `sys.argv == [""]`.
pub fn session_init() -> u32 {
    session_init_with_argv(Vec::new())
}

/// Creates the session interpreter (idempotent). `argv` becomes `sys.argv` (`[""]` when
/// empty); `WASIPY_MAX_MEMORY` and `PYTHONPATH` are read from the environment.
pub fn session_init_with_argv(argv: Vec<String>) -> u32 {
    let argv = if argv.is_empty() {
        vec![String::new()]
    } else {
        argv
    };
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            crate::apply_host_cwd();
            let mut vm = crate::new_vm(argv, String::new());
            let main = crate::objects::moduleobj::new_module("__main__");
            crate::objects::moduleobj::module_set(
                &main,
                "__builtins__",
                Value::Obj(vm.builtins.clone()),
            );
            vm.register_module("__main__", &main);
            vm.main_module = Some(main);
            *s = Some(vm);
        }
    });
    status::OK
}

/// Runs one request against the session; returns (status, result bytes).
pub fn session_call(opcode: u32, request: &[u8]) -> (u32, Vec<u8>) {
    SESSION.with(|s| {
        let mut guard = s.borrow_mut();
        let Some(vm) = guard.as_mut() else {
            return (
                status::ABI_ERROR,
                abi_error("session not initialised: call wasipy_session_init first"),
            );
        };
        let req = match decode(request) {
            Ok(v) => v,
            Err(m) => return (status::ABI_ERROR, abi_error(&format!("bad request: {}", m))),
        };
        // A MemoryError in an earlier call may have left the flag up after its garbage was
        // freed: a new call starts clean unless memory is still over the soft limit.
        if crate::alloc::allocated() <= crate::alloc::limit() {
            crate::alloc::clear_exhausted();
        }
        let r = run_op(vm, opcode, &req);
        vm.run_finalizers();
        vm.flush_stdout();
        match r {
            Ok(v) => {
                let mut out = Vec::new();
                match encode(vm, &v, &mut out) {
                    Ok(()) => (status::OK, out),
                    Err(e) => exception_result(vm, e),
                }
            }
            Err(RunError::Abi(m)) => (status::ABI_ERROR, abi_error(&m)),
            Err(RunError::Py(e)) => exception_result(vm, e),
        }
    })
}

enum RunError {
    Abi(String),
    Py(PyErr),
}

impl From<PyErr> for RunError {
    fn from(e: PyErr) -> RunError {
        RunError::Py(e)
    }
}

fn abi_error(m: &str) -> Vec<u8> {
    let mut out = vec![6];
    put_len(&mut out, m.len());
    out.extend_from_slice(m.as_bytes());
    out
}

fn exception_result(vm: &mut Vm, e: PyErr) -> (u32, Vec<u8>) {
    let t = types();
    let ev = Value::Obj(e.0.clone());
    if types::is_subtype(&e.0.class(), &t.exc.system_exit) {
        let code = exit_status(vm, &e);
        let mut out = Vec::new();
        let _ = encode(vm, &Value::Int(i64::from(code)), &mut out);
        return (status::EXIT, out);
    }
    let cls = types::class_of(&ev);
    let tname = types::type_data(&cls)
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_default();
    let msg = vm.str_string(&ev).unwrap_or_default();
    let tb = crate::exceptions::format_exception(vm, &ev, None, true, None);
    let parts = tupleobj::new_tuple(vec![
        strobj::new_str(tname),
        strobj::new_str(msg),
        strobj::new_str(tb),
    ]);
    let mut out = Vec::new();
    let _ = encode(vm, &parts, &mut out);
    (status::EXCEPTION, out)
}

/// The status of a `SystemExit`, as python3 computes its exit status (without shutting the
/// interpreter down: the session goes on). A non-int code is printed to stderr (status 1).
fn exit_status(vm: &mut Vm, e: &PyErr) -> i32 {
    let code = crate::objects::moduleobj::module_get(&e.0, "code")
        .or_else(|| {
            e.0.dict().and_then(|d| match &d.payload {
                Payload::Dict(dd) => dd.get_rust_str("code"),
                _ => None,
            })
        })
        .unwrap_or(Value::None);
    match &code {
        Value::None => 0,
        Value::Bool(b) => i32::from(*b),
        Value::Int(i) => i32::try_from(*i).unwrap_or(if *i < 0 { i32::MIN } else { i32::MAX }),
        other => {
            if let Some(b) = intobj::to_bigint(other) {
                return if b.sign() == Sign::Minus {
                    i32::MIN
                } else {
                    i32::MAX
                };
            }
            let text = vm.str_string(other).unwrap_or_default();
            vm.flush_stdout();
            eprintln!("{}", text);
            1
        }
    }
}

fn str_arg(req: &Value, i: usize) -> Result<String, RunError> {
    let v = match tupleobj::tuple_items(req).or(None) {
        Some(items) => items.get(i).cloned(),
        None => {
            if i == 0 {
                Some(req.clone())
            } else {
                None
            }
        }
    };
    match v.as_ref().and_then(|v| v.as_rust_str()) {
        Some(s) => Ok(s.to_string()),
        None => Err(RunError::Abi(format!("argument {} must be a str", i))),
    }
}

fn arg(req: &Value, i: usize) -> Option<Value> {
    tupleobj::tuple_items(req).and_then(|t| t.get(i).cloned())
}

fn main_globals(vm: &Vm) -> Result<PyRef, RunError> {
    vm.main_module
        .as_ref()
        .and_then(|m| m.dict().cloned())
        .ok_or_else(|| RunError::Abi("no __main__ module".into()))
}

fn run_op(vm: &mut Vm, opcode: u32, req: &Value) -> Result<Value, RunError> {
    let globals = main_globals(vm)?;
    match opcode {
        op::EXEC | op::EXEC_LAST | op::EXEC_SINGLE => {
            let src = str_arg(req, 0)?;
            let (mode, filename) = match opcode {
                op::EXEC => (Mode::Exec, "<string>"),
                op::EXEC_LAST => (Mode::ExecLast, "<string>"),
                _ => (Mode::Single, "<stdin>"),
            };
            // The prompt reads whole lines: its statements end with a newline (which decides
            // where a SyntaxError's caret points, as in `1 +`).
            let src = if mode == Mode::Single && !src.ends_with('\n') {
                format!("{src}\n")
            } else {
                src
            };
            let code = compile(vm, &src, filename, mode)?;
            let r = vm.run_code(&code, &globals, None)?;
            Ok(if opcode == op::EXEC_LAST {
                r
            } else {
                Value::None
            })
        }
        op::EVAL => {
            let src = str_arg(req, 0)?;
            let code = compile(
                vm,
                src.trim_start_matches([' ', '\t']),
                "<string>",
                Mode::Eval,
            )?;
            Ok(vm.run_code(&code, &globals, None)?)
        }
        op::CHECK_INPUT => {
            let src = str_arg(req, 0)?;
            Ok(Value::Int(check_input(&src)))
        }
        op::CALL => {
            let name = str_arg(req, 0)?;
            let f = lookup_name(vm, &globals, &name)?;
            let args = match arg(req, 1) {
                Some(a) if matches!(a.payload(), Some(Payload::List(_) | Payload::Tuple(_))) => {
                    vm.collect_iter(&a)?
                }
                Some(Value::None) | None => Vec::new(),
                Some(_) => return Err(RunError::Abi("call: args must be a list".into())),
            };
            let (mut kn, mut kv) = (Vec::new(), Vec::new());
            if let Some(k) = arg(req, 2) {
                if let Some(d) = dictobj::as_dict(&k) {
                    for (key, val) in d.items() {
                        if let Value::Obj(ko) = key {
                            kn.push(ko);
                            kv.push(val);
                        }
                    }
                }
            }
            Ok(vm.call_kw(&f, &args, &kn, &kv)?)
        }
        op::GET => {
            let name = str_arg(req, 0)?;
            Ok(lookup_name(vm, &globals, &name)?)
        }
        op::SET => {
            let name = str_arg(req, 0)?;
            let v = arg(req, 1).unwrap_or(Value::None);
            dictobj::dict_set_str(&globals, types::intern(&name), v);
            Ok(Value::None)
        }
        other => Err(RunError::Abi(format!("unknown operation {}", other))),
    }
}

/// Compiles session source. Unlike `Vm::compile` the source is not put in the line cache:
/// as in python3, tracebacks show no source lines for `<string>` and `<stdin>` (a cached
/// line would belong to whichever call compiled that filename last).
fn compile(vm: &mut Vm, src: &str, filename: &str, mode: Mode) -> PyResult<Rc<Code>> {
    crate::compiler::compile_source(src, filename, mode)
        .map_err(|e| crate::exceptions::syntax_error_to_exc(vm, e))
}

/// Tells the interactive prompt whether the lines typed so far (joined by `\n`) are ready to
/// run, as python3's prompt decides: more lines are needed while a bracket, a triple-quoted
/// string or a backslash continuation is open, while a compound statement (`if`, `def`,
/// decorators, …) has not been ended by an empty line, and whenever the parser ran out of
/// input rather than meeting a wrong token (`@dec`, `if x:`, `try:` without `except`).
/// Invalid input is `COMPLETE`: running it reports the SyntaxError.
pub fn check_input(src: &str) -> i64 {
    let lines: Vec<&str> = src.split('\n').collect();
    if lines.iter().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    }) {
        return input::EMPTY;
    }
    // An empty line after the first ends a block, as at python3's prompt.
    let ended = lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty());
    match crate::parser::parse_module(src, "<stdin>") {
        Ok(body) => {
            let compound = body.iter().any(|s| {
                matches!(
                    s.kind,
                    StmtKind::FunctionDef { .. }
                        | StmtKind::ClassDef { .. }
                        | StmtKind::For { .. }
                        | StmtKind::While { .. }
                        | StmtKind::If { .. }
                        | StmtKind::With { .. }
                        | StmtKind::Match { .. }
                        | StmtKind::Try { .. }
                )
            });
            if compound && !ended {
                input::INCOMPLETE
            } else {
                input::COMPLETE
            }
        }
        Err(e) => {
            let open_at_eof = [
                "was never closed",
                "unterminated triple-quoted string literal",
                "unexpected EOF while parsing",
            ];
            if open_at_eof.iter().any(|m| e.msg.contains(m)) {
                return input::INCOMPLETE;
            }
            if ended {
                return input::COMPLETE;
            }
            // Did the parser fail on a token of the input, or for want of more? Add a line
            // that is wrong in any context: an error there means the input was a prefix.
            match crate::parser::parse_module(&format!("{}\n@", src), "<stdin>") {
                Err(p) if p.line as usize > lines.len() => input::INCOMPLETE,
                _ => input::COMPLETE,
            }
        }
    }
}

fn lookup_name(vm: &mut Vm, globals: &PyRef, name: &str) -> Result<Value, RunError> {
    if let Some(v) = dictobj::dict_get_str(globals, &types::intern(name)) {
        return Ok(v);
    }
    if let Some(v) = dictobj::dict_get_str(&vm.builtins_dict.clone(), &types::intern(name)) {
        return Ok(v);
    }
    Err(RunError::Py(
        vm.new_name_error(format!("name '{}' is not defined", name)),
    ))
}

/// Stores a result for the host to read.
pub fn set_result(bytes: Vec<u8>) {
    RESULT.with(|r| *r.borrow_mut() = bytes);
}

pub fn result_ptr() -> *const u8 {
    RESULT.with(|r| r.borrow().as_ptr())
}

pub fn result_len() -> u32 {
    RESULT.with(|r| r.borrow().len() as u32)
}

/// Allocates a request buffer for the host (null when out of memory or `len` is 0).
pub fn alloc_buffer(len: u32) -> *mut u8 {
    if len == 0 {
        return std::ptr::null_mut();
    }
    let Ok(layout) = std::alloc::Layout::from_size_align(len as usize, 1) else {
        return std::ptr::null_mut();
    };
    // SAFETY: the layout has a non-zero size.
    unsafe { std::alloc::alloc(layout) }
}

/// Frees a buffer from [`alloc_buffer`].
///
/// # Safety
/// `ptr`/`len` must come from one `alloc_buffer` call not yet freed (null is ignored).
pub unsafe fn free_buffer(ptr: *mut u8, len: u32) {
    if ptr.is_null() || len == 0 {
        return;
    }
    if let Ok(layout) = std::alloc::Layout::from_size_align(len as usize, 1) {
        std::alloc::dealloc(ptr, layout);
    }
}

/// Runs a request given as raw guest memory; stores the result and returns the status.
///
/// # Safety
/// `ptr..ptr+len` must be readable (null with `len` 0 is an empty request).
pub unsafe fn call_raw(opcode: u32, ptr: *const u8, len: u32) -> u32 {
    let req: &[u8] = if ptr.is_null() || len == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(ptr, len as usize)
    };
    let (st, bytes) = session_call(opcode, req);
    set_result(bytes);
    st
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Vec<u8> {
        let mut out = vec![6];
        put_len(&mut out, x.len());
        out.extend_from_slice(x.as_bytes());
        out
    }

    fn tuple(parts: &[Vec<u8>]) -> Vec<u8> {
        let mut out = vec![9];
        put_len(&mut out, parts.len());
        for p in parts {
            out.extend_from_slice(p);
        }
        out
    }

    fn req(op: u32, body: Vec<u8>) -> (u32, Vec<u8>) {
        session_init();
        session_call(op, &body)
    }

    #[test]
    fn exec_eval_call_roundtrip() {
        assert_eq!(
            req(
                op::EXEC,
                s("def area(w, h):\n    return w * h\nbig = 2 ** 70")
            )
            .0,
            status::OK
        );
        let mut ints = vec![8];
        put_len(&mut ints, 2);
        ints.extend_from_slice(&[3, 6, 0, 0, 0, 0, 0, 0, 0, 3, 7, 0, 0, 0, 0, 0, 0, 0]);
        let (st, out) = req(op::CALL, tuple(&[s("area"), ints]));
        assert_eq!(st, status::OK);
        assert_eq!(out, vec![3, 42, 0, 0, 0, 0, 0, 0, 0]);
        // 2**70 is a big int: tag 4, sign 0, 9 magnitude bytes.
        let (st, out) = req(op::GET, s("big"));
        assert_eq!(st, status::OK);
        assert_eq!(&out[..6], &[4, 0, 9, 0, 0, 0]);
        assert_eq!(
            decode(&out)
                .ok()
                .and_then(|v| crate::objects::intobj::to_bigint(&v))
                .map(|b| b.to_string()),
            Some("1180591620717411303424".to_string())
        );
        let (st, out) = req(
            op::EVAL,
            s("[x * 2 for x in range(3)], {'a': (None, True, 1.5, b'z')}"),
        );
        assert_eq!(st, status::OK);
        let v = decode(&out).expect("result decodes");
        let mut again = Vec::new();
        SESSION.with(|sess| {
            let mut g = sess.borrow_mut();
            let vm = g.as_mut().expect("session");
            assert_eq!(
                vm.repr_string(&v).ok().as_deref(),
                Some("([0, 2, 4], {'a': (None, True, 1.5, b'z')})")
            );
            encode(vm, &v, &mut again).expect("re-encodes");
        });
        assert_eq!(again, out);
    }

    #[test]
    fn exec_last_and_errors() {
        let (st, out) = req(op::EXEC_LAST, s("x = 5\nx * 3"));
        assert_eq!((st, out), (status::OK, vec![3, 15, 0, 0, 0, 0, 0, 0, 0]));
        let (st, out) = req(op::EXEC_LAST, s("y = 1"));
        assert_eq!((st, out), (status::OK, vec![0]));
        let (st, out) = req(op::EVAL, s("1/0"));
        assert_eq!(st, status::EXCEPTION);
        let text = String::from_utf8_lossy(&out);
        assert!(
            text.contains("ZeroDivisionError") && text.contains("division by zero"),
            "{}",
            text
        );
        let (st, out) = req(op::EVAL, s("object()"));
        assert_eq!(st, status::EXCEPTION);
        assert!(String::from_utf8_lossy(&out).contains("type 'object'"));
        let (st, _) = req(op::EXEC, s("raise SystemExit(3)"));
        assert_eq!(st, status::EXIT);
        assert_eq!(req(op::EVAL, vec![99]).0, status::ABI_ERROR);
        assert_eq!(req(42, s("1")).0, status::ABI_ERROR);
        let (st, out) = req(op::GET, s("nope"));
        assert_eq!(st, status::EXCEPTION);
        assert!(String::from_utf8_lossy(&out).contains("name 'nope' is not defined"));
    }

    #[test]
    fn check_input_follows_the_python3_prompt() {
        use input::{COMPLETE as C, EMPTY as E, INCOMPLETE as I};
        // Expected values: what python3.11's prompt does (`...` = incomplete), checked by
        // driving `python3 -q` through a pseudo-terminal and with codeop.compile_command.
        let cases: &[(&str, i64)] = &[
            ("", E),
            ("   ", E),
            ("# just a comment", E),
            ("\n# c\n", E),
            ("1 + 1", C),
            ("x = 5", C),
            ("1 +", C),
            ("x =", C),
            ("lambda:", C),
            ("for x in", C),
            ("a b", C),
            ("'abc", C),
            ("return", C),
            ("if 1: pass\nelse", C),
            ("if x:\nfoo()", C),
            ("if x:", I),
            ("class A:", I),
            ("match x:", I),
            ("async def f():", I),
            ("with a as b:", I),
            ("@dec", I),
            ("@dec\n", C),
            ("if 1: pass", I),
            ("if 1: pass\n", C),
            ("for x in y: print(x)", I),
            ("def f():\n    return 1", I),
            ("def f():\n    return 1\n", C),
            ("try:\n  pass", I),
            ("try:\n  pass\n", C),
            ("try:\n  pass\nexcept:", I),
            ("if x:\n", C),
            ("(1,", I),
            ("x = [1,\n 2", I),
            ("x = (1,\n", I),
            ("x = (1,\n\n2)", C),
            ("print('a' 'b'", I),
            ("\"\"\"abc", I),
            ("s = '''abc\n\n", I),
            ("x = 1 + \\", I),
            ("if 1:\n    x = (1,", I),
            ("if 1:\n  pass\n  else:", C),
        ];
        for (src, want) in cases {
            assert_eq!(check_input(src), *want, "check_input({:?})", src);
        }
        let (st, out) = req(op::CHECK_INPUT, s("if x:"));
        assert_eq!((st, out), (status::OK, vec![3, 1, 0, 0, 0, 0, 0, 0, 0]));
    }

    #[test]
    fn system_exit_codes_and_the_session_goes_on() {
        for (code, want) in [
            ("raise SystemExit", 0i64),
            ("raise SystemExit(0)", 0),
            ("raise SystemExit(3)", 3),
            ("raise SystemExit(300)", 300),
            ("raise SystemExit(-1)", -1),
            ("raise SystemExit(True)", 1),
            ("raise SystemExit('bye')", 1),
            ("raise SystemExit(2**80)", i64::from(i32::MAX)),
        ] {
            let (st, out) = req(op::EXEC, s(code));
            assert_eq!(st, status::EXIT, "{}", code);
            let mut want_bytes = vec![3];
            want_bytes.extend_from_slice(&want.to_le_bytes());
            assert_eq!(out, want_bytes, "{}", code);
        }
        let (st, out) = req(op::EVAL, s("6 * 7"));
        assert_eq!((st, out), (status::OK, vec![3, 42, 0, 0, 0, 0, 0, 0, 0]));
    }

    #[test]
    fn tracebacks_show_no_stale_source_lines() {
        assert_eq!(
            req(op::EXEC, s("def boom():\n    return 1 / 0\n")).0,
            status::OK
        );
        assert_eq!(req(op::EXEC, s("a = 1\nb = 2\n")).0, status::OK);
        let (st, out) = req(op::EVAL, s("boom()"));
        assert_eq!(st, status::EXCEPTION);
        let text = String::from_utf8_lossy(&out).into_owned();
        assert!(
            text.contains("File \"<string>\", line 2, in boom"),
            "{}",
            text
        );
        assert!(!text.contains("b = 2"), "stale source line in {}", text);
        let (st, out) = req(op::EXEC_SINGLE, s("1 +"));
        assert_eq!(st, status::EXCEPTION);
        let text = String::from_utf8_lossy(&out).into_owned();
        assert!(
            text.contains("File \"<stdin>\", line 1\n    1 +\n"),
            "{}",
            text
        );
    }

    #[test]
    fn decode_rejects_malformed() {
        assert!(decode(&[]).is_err());
        assert!(decode(&[6, 10, 0, 0, 0, b'a']).is_err());
        assert!(decode(&[8, 255, 255, 255, 255]).is_err());
        assert!(decode(&[0, 0]).is_err());
        assert!(decode(&[6, 1, 0, 0, 0, 0xff]).is_err());
        let mut deep = [8, 1, 0, 0, 0].repeat(500);
        deep.push(0);
        assert!(decode(&deep).is_err());
    }
}
