//! The abstract stream classes (`_IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`):
//! default methods written against the Python-level protocol, so Python subclasses that
//! define only `read`/`readinto`/`write`/`seek` get the rest.

use crate::modules::native;
use crate::object::*;
use crate::objects::{bytesobj, listobj};
use crate::types::{self, MethodDef};
use crate::vm::{PyResult, Vm};

use super::{closed_error, unsupported, DEFAULT_BUFFER_SIZE};

const CLOSED_KEY: &str = "__IOBase_closed";

/// Is a Python-level stream closed (per its `closed` attribute)?
pub(crate) fn is_closed(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let c = vm.get_attr_str(v, "closed")?;
    vm.truthy(&c)
}

fn check_closed(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if is_closed(vm, v)? {
        return Err(closed_error(vm));
    }
    Ok(())
}

fn iobase_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = v.as_obj().and_then(|o| o.dict());
    let closed = match d.map(|d| &d.payload) {
        Some(Payload::Dict(dd)) => dd.get_rust_str(CLOSED_KEY).is_some(),
        _ => false,
    };
    Ok(Value::Bool(closed))
}

fn iobase_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    if is_closed(vm, this)? {
        return Ok(Value::None);
    }
    let r = vm.call_method(this, "flush", &[]);
    if let Some(Value::Obj(o)) = Some(this) {
        if let Some(d) = vm.ensure_dict(o) {
            if let Payload::Dict(dd) = &d.payload {
                dd.set_str(types::intern(CLOSED_KEY), Value::Bool(true));
            }
        }
    }
    r.map(|_| Value::None)
}

fn iobase_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &args.pos[0])?;
    Ok(Value::None)
}

fn iobase_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &args.pos[0])?;
    Ok(args.pos[0].clone())
}

fn iobase_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.call_method(&args.pos[0], "close", &[])?;
    Ok(Value::None)
}

fn iobase_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &args.pos[0])?;
    Ok(args.pos[0].clone())
}

fn is_empty_line(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        Some(Payload::ByteArray(b)) => b.borrow().is_empty(),
        _ => false,
    }
}

fn iobase_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = vm.call_method(&args.pos[0], "readline", &[])?;
    if is_empty_line(&line) {
        return Err(vm.new_stop_iteration(Value::None));
    }
    Ok(line)
}

/// Generic binary readline: reads one byte at a time through `read` (or `peek` chunks).
fn iobase_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let limit = super::size_arg(vm, args.pos.get(1))?;
    let has_peek = vm.get_attr_opt(&this, &types::intern("peek"))?.is_some();
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let mut n = 1usize;
        if has_peek {
            let ahead = vm.call_method(&this, "peek", &[Value::Int(1)])?;
            let Some(data) = bytesobj::bytes_data(&ahead) else {
                break;
            };
            if data.is_empty() {
                break;
            }
            n = match data.iter().position(|b| *b == b'\n') {
                Some(i) => i + 1,
                None => data.len(),
            };
            if limit >= 0 {
                n = n.min((limit as usize).saturating_sub(out.len()));
            }
        }
        let chunk = vm.call_method(&this, "read", &[Value::Int(n as i64)])?;
        if chunk.is_none() {
            break;
        }
        let Some(data) = native::with_buffer(&chunk, |b| b.to_vec()) else {
            return Err(vm.new_exception_msg(
                &types::types().exc.os_error,
                format!(
                    "read() should have returned a bytes object, not '{}'",
                    types::type_name(&chunk)
                ),
            ));
        };
        if data.is_empty() {
            break;
        }
        out.extend_from_slice(&data);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(bytesobj::new_bytes(out))
}

fn iobase_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let hint = super::size_arg(vm, args.pos.get(1))?;
    let it = vm.iter(&this)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    while let Some(line) = vm.next(&it)? {
        total += vm.len(&line)?;
        lines.push(line);
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(listobj::new_list(lines))
}

fn iobase_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "writelines", 2)?;
    check_closed(vm, &a[0])?;
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(&a[0], "write", &[line])?;
    }
    Ok(Value::None)
}

fn iobase_seek(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "seek"))
}

fn iobase_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.call_method(&args.pos[0], "seek", &[Value::Int(0), Value::Int(1)])
}

fn iobase_truncate(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "truncate"))
}

fn iobase_fileno(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn iobase_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &args.pos[0])?;
    Ok(Value::Bool(false))
}

fn iobase_false(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn check_flag(vm: &mut Vm, args: Args, method: &str, msg: &str) -> PyResult<Value> {
    let r = vm.call_method(&args.pos[0], method, &[])?;
    if !vm.truthy(&r)? {
        let m = match args.pos.get(1) {
            Some(v) if !v.is_none() => vm.str_string(v)?,
            _ => msg.to_string(),
        };
        return Err(unsupported(vm, &m));
    }
    Ok(Value::None)
}

fn iobase_check_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &args.pos[0])?;
    Ok(Value::None)
}

fn iobase_check_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_flag(vm, args, "readable", "File or stream is not readable.")
}

fn iobase_check_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_flag(vm, args, "writable", "File or stream is not writable.")
}

fn iobase_check_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_flag(vm, args, "seekable", "File or stream is not seekable.")
}

pub static IOBASE_METHODS: &[MethodDef] = &[
    MethodDef::method("close", iobase_close),
    MethodDef::method("flush", iobase_flush),
    MethodDef::method("__enter__", iobase_enter),
    MethodDef::method("__exit__", iobase_exit),
    MethodDef::method("__iter__", iobase_iter),
    MethodDef::method("__next__", iobase_next),
    MethodDef::method("readline", iobase_readline),
    MethodDef::method("readlines", iobase_readlines),
    MethodDef::method("writelines", iobase_writelines),
    MethodDef::method("seek", iobase_seek),
    MethodDef::method("tell", iobase_tell),
    MethodDef::method("truncate", iobase_truncate),
    MethodDef::method("fileno", iobase_fileno),
    MethodDef::method("isatty", iobase_isatty),
    MethodDef::method("readable", iobase_false),
    MethodDef::method("writable", iobase_false),
    MethodDef::method("seekable", iobase_false),
    MethodDef::method("_checkClosed", iobase_check_closed),
    MethodDef::method("_checkReadable", iobase_check_readable),
    MethodDef::method("_checkWritable", iobase_check_writable),
    MethodDef::method("_checkSeekable", iobase_check_seekable),
    MethodDef::getter("closed", iobase_closed),
];

// ----- RawIOBase -----

fn raw_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let n = super::size_arg(vm, args.pos.get(1))?;
    if n < 0 {
        return vm.call_method(&this, "readall", &[]);
    }
    vm.check_alloc(usize::try_from(n).unwrap_or(usize::MAX))?;
    let buf = bytesobj::new_bytearray(vec![0u8; n as usize]);
    let r = vm.call_method(&this, "readinto", std::slice::from_ref(&buf))?;
    if r.is_none() {
        return Ok(Value::None);
    }
    let got = native::arg_i64(vm, &r)?;
    let data = bytesobj::bytes_data(&buf).unwrap_or_default();
    if got < 0 || got as usize > data.len() {
        return Err(vm.new_value_error(format!(
            "readinto returned {} outside buffer size {}",
            got, n
        )));
    }
    Ok(bytesobj::new_bytes(data[..got as usize].to_vec()))
}

fn raw_readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let mut out: Vec<u8> = Vec::new();
    loop {
        let chunk = vm.call_method(&this, "read", &[Value::Int(DEFAULT_BUFFER_SIZE as i64)])?;
        if chunk.is_none() {
            if out.is_empty() {
                return Ok(Value::None);
            }
            break;
        }
        let Some(data) = native::with_buffer(&chunk, |b| b.to_vec()) else {
            return Err(vm.new_type_error("read() should return bytes"));
        };
        if data.is_empty() {
            break;
        }
        out.extend_from_slice(&data);
    }
    Ok(bytesobj::new_bytes(out))
}

fn raw_readinto(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_not_implemented_error(""))
}

fn raw_write(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_not_implemented_error(""))
}

pub static RAWIOBASE_METHODS: &[MethodDef] = &[
    MethodDef::method("read", raw_read),
    MethodDef::method("readall", raw_readall),
    MethodDef::method("readinto", raw_readinto),
    MethodDef::method("write", raw_write),
];

// ----- BufferedIOBase -----

fn buf_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn buf_read1(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read1"))
}

fn buf_write(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

fn buf_detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn readinto_via(vm: &mut Vm, args: Args, method: &str) -> PyResult<Value> {
    let a = args.exact(vm, "readinto", 2)?;
    let n = super::buffer_len(vm, &a[1])?;
    let data = vm.call_method(&a[0], method, &[Value::Int(n as i64)])?;
    let Some(bytes) = native::with_buffer(&data, |b| b.to_vec()) else {
        return Err(vm.new_type_error("read() should return bytes"));
    };
    if bytes.len() > n {
        return Err(vm.new_value_error(format!(
            "read() returned too much data: {} bytes requested, {} returned",
            n,
            bytes.len()
        )));
    }
    let got = super::fill_buffer(vm, &a[1], &bytes)?;
    Ok(Value::Int(got as i64))
}

fn buf_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    readinto_via(vm, args, "read")
}

fn buf_readinto1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    readinto_via(vm, args, "read1")
}

pub static BUFFEREDIOBASE_METHODS: &[MethodDef] = &[
    MethodDef::method("read", buf_read),
    MethodDef::method("read1", buf_read1),
    MethodDef::method("write", buf_write),
    MethodDef::method("detach", buf_detach),
    MethodDef::method("readinto", buf_readinto),
    MethodDef::method("readinto1", buf_readinto1),
];

// ----- TextIOBase -----

fn text_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn text_readline(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "readline"))
}

fn text_write(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

fn text_detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn text_none(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

pub static TEXTIOBASE_METHODS: &[MethodDef] = &[
    MethodDef::method("read", text_read),
    MethodDef::method("readline", text_readline),
    MethodDef::method("write", text_write),
    MethodDef::method("detach", text_detach),
    MethodDef::getter("encoding", text_none),
    MethodDef::getter("newlines", text_none),
    MethodDef::getter("errors", text_none),
];
