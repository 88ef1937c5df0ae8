//! The `sys` module and the standard streams.

use std::cell::RefCell;
use std::io::{BufRead, Read, Write};
use std::rc::Rc;

use crate::object::*;
use crate::objects::{funcobj, intobj, listobj, moduleobj, strobj, tupleobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{PyResult, Vm};

/// A standard stream (0 = stdin, 1 = stdout, 2 = stderr).
pub struct StdStream {
    pub fd: u8,
    pub closed: std::cell::Cell<bool>,
    line_buffering: std::cell::Cell<bool>,
}

impl NativeObject for StdStream {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    // Below io.TextIOWrapper, so that isinstance(sys.stdout, io.TextIOBase) holds.
    static STREAM_TYPE: PyRef = types::new_builtin_type("TextIOWrapper", "_io", Some(&crate::modules::io::textio_type()), BaseKind::Internal, STREAM_METHODS, false);
}

thread_local! {
    static WRITER_TYPE: PyRef = types::new_builtin_type("BufferedWriter", "_io", None, BaseKind::Internal, BUFFER_METHODS, false);
    static READER_TYPE: PyRef = types::new_builtin_type("BufferedReader", "_io", None, BaseKind::Internal, BUFFER_METHODS, false);
    /// The binary `buffer` of each standard stream (one object per fd, as `is` shows).
    static BUFFERS: RefCell<[Option<Value>; 3]> = const { RefCell::new([None, None, None]) };
}

/// A standard stream's binary layer (`sys.stdout.buffer`): bytes straight to the fd.
pub struct StdBuffer {
    pub fd: u8,
}

impl NativeObject for StdBuffer {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn buffer_of(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<StdBuffer>() {
            Some(b) => Ok(b.fd),
            None => Err(vm.new_type_error("buffer expected")),
        },
        _ => Err(vm.new_type_error("buffer expected")),
    }
}

fn st_buffer(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fd = need_stream(vm, v)?.fd.min(2);
    Ok(BUFFERS.with(|b| {
        b.borrow_mut()[fd as usize]
            .get_or_insert_with(|| {
                let cls = if fd == 0 {
                    READER_TYPE.with(|t| t.clone())
                } else {
                    WRITER_TYPE.with(|t| t.clone())
                };
                types::new_obj(&cls, Payload::Native(Box::new(StdBuffer { fd })))
            })
            .clone()
    }))
}

fn buf_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "write", 2)?;
    let fd = buffer_of(vm, &a[0])?;
    let data = crate::modules::native::buffer_bytes(vm, &a[1])?;
    match fd {
        1 => {
            vm.stdout_buf.extend_from_slice(&data);
            if vm.stdout_buf.len() > 1 << 13 {
                vm.flush_stdout();
            }
        }
        2 => {
            vm.flush_stdout();
            let mut e = std::io::stderr().lock();
            let _ = e.write_all(&data);
            let _ = e.flush();
        }
        _ => return Err(crate::modules::io::unsupported(vm, "write")),
    }
    Ok(Value::Int(data.len() as i64))
}

fn buf_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if buffer_of(vm, &args.pos[0])? == 1 {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

fn buf_reader(vm: &mut Vm, args: &Args, what: &str) -> PyResult<()> {
    if buffer_of(vm, &args.pos[0])? != 0 {
        return Err(crate::modules::io::unsupported(vm, what));
    }
    vm.flush_stdout();
    Ok(())
}

fn buf_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    buf_reader(vm, &args, "read")?;
    let limit = match args.pos.get(1) {
        Some(v) if !v.is_none() => vm.index_i64(v)?,
        _ => -1,
    };
    let mut data = Vec::new();
    if limit < 0 {
        let _ = std::io::stdin().lock().read_to_end(&mut data);
    } else {
        let _ = std::io::stdin()
            .lock()
            .take(limit as u64)
            .read_to_end(&mut data);
    }
    Ok(crate::objects::bytesobj::new_bytes(data))
}

/// `read1(n)`: at most one read from stdin (what a pipe has ready), as `os.read`.
fn buf_read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    buf_reader(vm, &args, "read1")?;
    let limit = match args.pos.get(1) {
        Some(v) if !v.is_none() => vm.index_i64(v)?,
        _ => -1,
    };
    let mut stdin = std::io::stdin().lock();
    let data = match stdin.fill_buf() {
        Ok(b) => {
            let n = if limit < 0 {
                b.len()
            } else {
                b.len().min(limit as usize)
            };
            b[..n].to_vec()
        }
        Err(_) => Vec::new(),
    };
    stdin.consume(data.len());
    Ok(crate::objects::bytesobj::new_bytes(data))
}

fn buf_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    buf_reader(vm, &args, "readline")?;
    let mut line = Vec::new();
    let _ = std::io::stdin().lock().read_until(b'\n', &mut line);
    Ok(crate::objects::bytesobj::new_bytes(line))
}

fn buf_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    buf_reader(vm, &args, "readlines")?;
    let mut lines = Vec::new();
    let mut stdin = std::io::stdin().lock();
    loop {
        let mut line = Vec::new();
        if stdin.read_until(b'\n', &mut line).unwrap_or(0) == 0 {
            break;
        }
        lines.push(crate::objects::bytesobj::new_bytes(line));
    }
    Ok(listobj::new_list(lines))
}

fn buf_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = buf_readline(vm, args)?;
    if matches!(line.payload(), Some(Payload::Bytes(b)) if b.is_empty()) {
        return Err(vm.new_stop_iteration(Value::None));
    }
    Ok(line)
}

fn buf_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn buf_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(buffer_of(vm, &args.pos[0])? as i64))
}

fn buf_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(buffer_of(vm, &args.pos[0])? == 0))
}

fn buf_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(buffer_of(vm, &args.pos[0])? != 0))
}

fn buf_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fd = buffer_of(vm, v)?;
    Ok(strobj::new_str(
        ["<stdin>", "<stdout>", "<stderr>"][fd.min(2) as usize].into(),
    ))
}

fn buf_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fd = buffer_of(vm, v)?;
    Ok(strobj::new_str(if fd == 0 { "rb" } else { "wb" }.into()))
}

fn buf_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    buffer_of(vm, v)?;
    Ok(Value::Bool(false))
}

fn buf_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = buffer_of(vm, &args.pos[0])?;
    let (cls, name) = match fd {
        0 => ("BufferedReader", "<stdin>"),
        1 => ("BufferedWriter", "<stdout>"),
        _ => ("BufferedWriter", "<stderr>"),
    };
    Ok(strobj::new_str(format!("<_io.{} name='{}'>", cls, name)))
}

static BUFFER_METHODS: &[MethodDef] = &[
    MethodDef::method("write", buf_write),
    MethodDef::method("writelines", st_writelines),
    MethodDef::method("flush", buf_flush),
    MethodDef::method("read", buf_read),
    MethodDef::method("read1", buf_read1),
    MethodDef::method("readline", buf_readline),
    MethodDef::method("readlines", buf_readlines),
    MethodDef::method("__iter__", buf_self),
    MethodDef::method("__next__", buf_next),
    MethodDef::method("__enter__", buf_self),
    MethodDef::method("__exit__", st_exit),
    MethodDef::method("fileno", buf_fileno),
    MethodDef::method("readable", buf_readable),
    MethodDef::method("writable", buf_writable),
    MethodDef::method("seekable", st_false),
    MethodDef::method("isatty", st_false),
    MethodDef::method("close", buf_flush),
    MethodDef::method("__repr__", buf_repr),
    MethodDef::getter("name", buf_name),
    MethodDef::getter("mode", buf_mode),
    MethodDef::getter("closed", buf_closed),
];

fn stream_of(v: &Value) -> Option<&StdStream> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<StdStream>(),
        _ => None,
    }
}

fn new_stream(fd: u8) -> Value {
    let cls = STREAM_TYPE.with(|t| t.clone());
    types::new_obj(
        &cls,
        Payload::Native(Box::new(StdStream {
            fd,
            closed: std::cell::Cell::new(false),
            line_buffering: std::cell::Cell::new(false),
        })),
    )
}

/// `sys.argv` and `sys.path` from the interpreter's configuration.
pub fn set_argv_and_path(vm: &Vm, m: &PyRef) {
    let strs = |items: &[String]| {
        let items = items.iter().map(|a| strobj::new_str(a.clone())).collect();
        listobj::new_list(items)
    };
    moduleobj::module_set(m, "argv", strs(&vm.config.argv));
    moduleobj::module_set(m, "path", strs(&vm.config.path));
}

/// Called by `Vm::new`: fills the eagerly created sys module.
pub fn init(vm: &mut Vm) {
    let sys = vm.sys.clone();
    let _ = init_module(vm, &sys);
    vm.register_module("sys", &sys);
    let b = vm.builtins.clone();
    vm.register_module("builtins", &b);
}

/// Fills `m` with the sys namespace.
pub fn init_module(vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let set = |name: &str, v: Value| moduleobj::module_set(m, name, v);
    for (name, f) in FUNCTIONS {
        set(name, funcobj::new_native(name, *f, Some("sys"), 0));
    }
    for name in ["excepthook", "displayhook", "unraisablehook"] {
        if let Some(f) = moduleobj::module_get(m, name) {
            set(&format!("__{name}__"), f);
        }
    }
    set(
        "exc_info",
        funcobj::new_native("exc_info", sys_exc_info, Some("sys"), 0),
    );
    set(
        "exception",
        funcobj::new_native("exception", sys_exception, Some("sys"), 0),
    );
    set(
        "_getframe",
        funcobj::new_native(
            "_getframe",
            sys_getframe,
            Some("sys"),
            native_flags::NEEDS_FRAME | native_flags::NEEDS_LOCALS,
        ),
    );
    set_argv_and_path(vm, m);
    set(
        "orig_argv",
        listobj::new_list(vec![strobj::new_str("python".into())]),
    );
    set("modules", Value::Obj(vm.sys_modules_ref().clone()));
    let stdout = new_stream(1);
    let stderr = new_stream(2);
    let stdin = new_stream(0);
    set("stdout", stdout.clone());
    set("stderr", stderr.clone());
    set("stdin", stdin.clone());
    set("__stdout__", stdout);
    set("__stderr__", stderr);
    set("__stdin__", stdin);
    set("version", strobj::new_str("3.11.7 (wasipy 0.1.0)".into()));
    set("hexversion", Value::Int(0x030b07f0));
    set("api_version", Value::Int(1013));
    set(
        "platform",
        strobj::new_str(if cfg!(target_os = "wasi") {
            "wasi".into()
        } else {
            "linux".into()
        }),
    );
    set("byteorder", strobj::new_str("little".into()));
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10ffff));
    set("executable", strobj::new_str(String::new()));
    set("prefix", strobj::new_str("/".into()));
    set("exec_prefix", strobj::new_str("/".into()));
    set("base_prefix", strobj::new_str("/".into()));
    set("base_exec_prefix", strobj::new_str("/".into()));
    set("abiflags", strobj::new_str(String::new()));
    set("platlibdir", strobj::new_str("lib".into()));
    set("pycache_prefix", Value::None);
    set(
        "copyright",
        strobj::new_str("Copyright (c) wasipy authors.".into()),
    );
    set("dont_write_bytecode", Value::Bool(true));
    set("float_repr_style", strobj::new_str("short".into()));
    set("meta_path", listobj::new_list(Vec::new()));
    set("path_hooks", listobj::new_list(Vec::new()));
    set("path_importer_cache", crate::objects::dictobj::new_dict());
    set("warnoptions", listobj::new_list(Vec::new()));
    set("_xoptions", crate::objects::dictobj::new_dict());
    Ok(())
}

/// The attributes of sys made on first use (they were a third of the interpreter's start-up):
/// `module_getattr_fallback` stores the value in the module for later lookups.
pub const LAZY_ATTRS: [&str; 8] = [
    "version_info",
    "implementation",
    "builtin_module_names",
    "stdlib_module_names",
    "flags",
    "float_info",
    "int_info",
    "hash_info",
];

/// Makes the lazy attribute `name` of sys (None if it is not one).
pub fn lazy_attr(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "version_info" => make_version_info(),
        "implementation" => make_implementation(),
        "builtin_module_names" => {
            // Sorted, as CPython's.
            let mut names: Vec<&str> = crate::modules::MODULES.iter().map(|d| d.name).collect();
            names.push("builtins");
            names.sort_unstable();
            tupleobj::new_tuple(
                names
                    .into_iter()
                    .map(|n| strobj::new_str(n.to_string()))
                    .collect(),
            )
        }
        "stdlib_module_names" => {
            let names = STDLIB_MODULE_NAMES
                .split_ascii_whitespace()
                .map(|n| strobj::new_str(n.to_string()))
                .collect();
            crate::objects::setobj::new_set_from(vm, names, true)?
        }
        "flags" => make_flags(),
        "float_info" => make_float_info(),
        "int_info" => make_int_info(),
        "hash_info" => make_hash_info(),
        _ => return Ok(None),
    }))
}

pub(crate) fn simple_ns(name: &str, fields: Vec<(&str, Value)>) -> Value {
    let cls = types::new_builtin_type(
        name,
        "sys",
        None,
        BaseKind::Object,
        SIMPLE_NS_METHODS,
        false,
    );
    let o = types::new_obj_with_dict(&cls, Payload::Object(RefCell::new(Vec::new())));
    if let Value::Obj(oo) = &o {
        for (k, v) in fields {
            if let Some(d) = oo.dict() {
                if let Payload::Dict(dd) = &d.payload {
                    dd.set_str(types::intern(k), v);
                }
            }
        }
    }
    o
}

fn ns_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let name = types::type_name(v);
    let mut parts = Vec::new();
    if let Some(d) = v.as_obj().and_then(|o| o.dict().cloned()) {
        if let Payload::Dict(dd) = &d.payload {
            for (k, val) in dd.items() {
                parts.push(format!(
                    "{}={}",
                    k.as_rust_str().unwrap_or(""),
                    vm.repr_string(&val)?
                ));
            }
        }
    }
    Ok(strobj::new_str(format!("{}({})", name, parts.join(", "))))
}

static SIMPLE_NS_METHODS: &[MethodDef] = &[MethodDef::method("__repr__", ns_repr)];

fn make_version_info() -> Value {
    // A tuple subclass so comparisons like `sys.version_info >= (3, 8)` work.
    let cls = types::new_builtin_type(
        "version_info",
        "sys",
        Some(&types().tuple),
        BaseKind::Tuple,
        VERSION_INFO_METHODS,
        false,
    );
    let items = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        strobj::new_str("final".into()),
        Value::Int(0),
    ];
    types::new_obj(&cls, Payload::Tuple(items.into_boxed_slice()))
}

fn vi_field(v: &Value, i: usize) -> Value {
    tupleobj::tuple_items(v)
        .and_then(|t| t.get(i).cloned())
        .unwrap_or(Value::None)
}
fn vi_major(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vi_field(v, 0))
}
fn vi_minor(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vi_field(v, 1))
}
fn vi_micro(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vi_field(v, 2))
}
fn vi_level(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vi_field(v, 3))
}
fn vi_serial(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vi_field(v, 4))
}
fn vi_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let lvl = vm.repr_string(&vi_field(v, 3))?;
    Ok(strobj::new_str(format!(
        "sys.version_info(major=3, minor=11, micro=7, releaselevel={}, serial=0)",
        lvl
    )))
}

static VERSION_INFO_METHODS: &[MethodDef] = &[
    MethodDef::getter("major", vi_major),
    MethodDef::getter("minor", vi_minor),
    MethodDef::getter("micro", vi_micro),
    MethodDef::getter("releaselevel", vi_level),
    MethodDef::getter("serial", vi_serial),
    MethodDef::method("__repr__", vi_repr),
];

fn make_implementation() -> Value {
    simple_ns(
        "SimpleNamespace",
        vec![
            ("name", strobj::new_str("wasipy".into())),
            ("cache_tag", Value::None),
            ("version", make_version_info()),
            ("hexversion", Value::Int(0x030b07f0)),
        ],
    )
}

fn make_flags() -> Value {
    simple_ns(
        "flags",
        vec![
            ("debug", Value::Int(0)),
            ("inspect", Value::Int(0)),
            ("interactive", Value::Int(0)),
            ("optimize", Value::Int(0)),
            ("dont_write_bytecode", Value::Int(1)),
            ("no_user_site", Value::Int(1)),
            ("no_site", Value::Int(1)),
            ("ignore_environment", Value::Int(1)),
            ("verbose", Value::Int(0)),
            ("bytes_warning", Value::Int(0)),
            ("quiet", Value::Int(0)),
            ("hash_randomization", Value::Int(0)),
            ("isolated", Value::Int(1)),
            ("dev_mode", Value::Bool(false)),
            ("utf8_mode", Value::Int(1)),
            ("warn_default_encoding", Value::Int(0)),
            ("safe_path", Value::Bool(false)),
            ("int_max_str_digits", Value::Int(-1)),
        ],
    )
}

fn make_float_info() -> Value {
    simple_ns(
        "float_info",
        vec![
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(1024)),
            ("max_10_exp", Value::Int(308)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(-1021)),
            ("min_10_exp", Value::Int(-307)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ],
    )
}

/// The numeric hash parameters (crate::hash implements CPython's scheme on 64-bit).
fn make_hash_info() -> Value {
    simple_ns(
        "hash_info",
        vec![
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1 << 61) - 1)),
            ("inf", Value::Int(314159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1000003)),
            ("algorithm", strobj::new_str("siphash13".to_string())),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    )
}

fn make_int_info() -> Value {
    simple_ns(
        "int_info",
        vec![
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    )
}

type Entry = (&'static str, NativeFn);

static FUNCTIONS: &[Entry] = &[
    ("exit", sys_exit),
    ("getrecursionlimit", sys_getrecursionlimit),
    ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
    ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("intern", sys_intern),
    ("getsizeof", sys_getsizeof),
    ("getdefaultencoding", sys_getdefaultencoding),
    ("getfilesystemencoding", sys_getdefaultencoding),
    ("getfilesystemencodeerrors", sys_getfilesystemencodeerrors),
    ("call_tracing", sys_call_tracing),
    ("get_int_max_str_digits", sys_get_int_max_str_digits),
    ("set_int_max_str_digits", sys_set_int_max_str_digits),
    ("getrefcount", sys_getrefcount),
    ("displayhook", sys_displayhook),
    ("excepthook", sys_excepthook),
    ("unraisablehook", sys_unraisablehook),
    ("is_finalizing", sys_is_finalizing),
    ("settrace", sys_settrace),
    ("gettrace", sys_gettrace),
    ("setprofile", sys_setprofile),
    ("getprofile", sys_getprofile),
    ("setswitchinterval", sys_setswitchinterval),
    ("getswitchinterval", sys_getswitchinterval),
];

thread_local! {
    /// What settrace/setprofile were given ([trace, profile]): kept so that gettrace and
    /// getprofile answer as CPython's do; no trace or profile events are produced.
    static HOOKS: RefCell<[Value; 2]> = const { RefCell::new([Value::None, Value::None]) };
    /// The thread switch interval (no effect: the interpreter runs one thread at a time).
    static SWITCH_INTERVAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.005) };
}

fn set_hook(vm: &mut Vm, args: Args, name: &str, which: usize) -> PyResult<Value> {
    let a = args.exact(vm, name, 1)?;
    let v = a[0].clone();
    HOOKS.with(|h| h.borrow_mut()[which] = v);
    Ok(Value::None)
}

fn get_hook(vm: &mut Vm, args: Args, name: &str, which: usize) -> PyResult<Value> {
    args.exact(vm, name, 0)?;
    Ok(HOOKS.with(|h| h.borrow()[which].clone()))
}

fn sys_settrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_hook(vm, args, "sys.settrace", 0)
}

fn sys_gettrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    get_hook(vm, args, "sys.gettrace", 0)
}

fn sys_setprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_hook(vm, args, "sys.setprofile", 1)
}

fn sys_getprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    get_hook(vm, args, "sys.getprofile", 1)
}

fn sys_setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "setswitchinterval", 1)?;
    let x = match &a[0] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        other => {
            return Err(vm.new_type_error(format!(
                "must be real number, not {}",
                types::type_name(other)
            )))
        }
    };
    if x <= 0.0 {
        return Err(vm.new_value_error("switch interval must be strictly positive"));
    }
    // Kept in whole microseconds, as CPython does.
    // (NaN passes the check in CPython too and converts to 2**63 microseconds on x86-64.)
    let us = if x.is_nan() {
        (1u64 << 63) as f64
    } else {
        (x * 1e6).floor()
    };
    SWITCH_INTERVAL.with(|c| c.set(us.min(u64::MAX as f64) / 1e6));
    Ok(Value::None)
}

fn sys_getswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "sys.getswitchinterval", 0)?;
    Ok(Value::Float(SWITCH_INTERVAL.with(|c| c.get())))
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "exit", 0, 1)?;
    // As CPython raises it: no argument or None gives SystemExit(), a tuple gives
    // SystemExit(*tuple), anything else SystemExit(arg).
    let code: Vec<Value> = match a.first() {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match v.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![v.clone()],
        },
    };
    Err(vm.new_exception(&types().exc.system_exit, code))
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "sys.getrecursionlimit", 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "setrecursionlimit", 1)?;
    let n = match &a[0] {
        Value::Int(i) => *i,
        Value::Float(_) => {
            return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"))
        }
        other => intobj::to_i64(&vm.index(other)?).unwrap_or(i64::MAX),
    };
    if n > i32::MAX as i64 || n < i32::MIN as i64 {
        return Err(vm.new_overflow_error("Python int too large to convert to C int"));
    }
    if n < 1 {
        return Err(vm.new_value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as u64) <= vm.depth as u64 {
        return Err(vm.new_recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n, vm.depth
        )));
    }
    // The explicit frame stack allows deep recursion (as CPython 3.11's does): a runaway
    // recursion under a huge limit ends in MemoryError from the memory limit.
    vm.recursion_limit = n as u32;
    Ok(Value::None)
}

fn sys_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "intern", 1)?;
    match a[0].as_rust_str() {
        Some(s) => Ok(Value::Obj(types::intern(s))),
        None => Err(vm.new_type_error(format!(
            "intern() argument must be str, not {}",
            types::type_name(&a[0])
        ))),
    }
}

/// What CPython 3.11's getsizeof adds to `__sizeof__`: the GC header of container
/// objects, and the pre-header of instances with a managed `__dict__`.
fn gc_header_size(v: &Value) -> i64 {
    let Value::Obj(o) = v else {
        return 0;
    };
    match &o.payload {
        Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range(_)
        | Payload::NotImplemented
        | Payload::Ellipsis
        | Payload::Code(_) => 0,
        Payload::Object(_) => {
            let cls = types::class_of(v);
            if crate::objects::objectobj::instances_have_dict(&cls) {
                32
            } else if types::is_heap_class(&cls) {
                16
            } else {
                0
            }
        }
        _ => 16,
    }
}

fn sys_getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "getsizeof", 1, 2)?;
    let cls = types::class_of(&a[0]);
    match types::lookup_str(&cls, "__sizeof__") {
        Some(m) => {
            let r = vm.call_special(&m, &a[0], &[])?;
            if !intobj::is_int(&r) {
                return Err(vm.new_type_error("an integer is required"));
            }
            let n = intobj::to_i64(&r).ok_or_else(|| {
                vm.new_overflow_error("Python int too large to convert to C ssize_t")
            })?;
            if n < 0 {
                return Err(vm.new_value_error("__sizeof__() should return >= 0"));
            }
            Ok(Value::Int(n + gc_header_size(&a[0])))
        }
        None => Ok(a.get(1).cloned().unwrap_or(Value::Int(16))),
    }
}

fn sys_getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "sys.getdefaultencoding", 0)?;
    Ok(strobj::new_str("utf-8".into()))
}

fn sys_getfilesystemencodeerrors(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "sys.getfilesystemencodeerrors", 0)?;
    Ok(strobj::new_str("surrogateescape".into()))
}

/// `sys.call_tracing(func, args)`: `func(*args)` (there is no tracing to switch on).
fn sys_call_tracing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "call_tracing", 2)?;
    let items = match a[1].payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => {
            return Err(vm.new_type_error(format!(
                "call_tracing() argument 2 must be tuple, not {}",
                types::type_name(&a[1])
            )))
        }
    };
    vm.call(&a[0], &items)
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "sys.get_int_max_str_digits", 0)?;
    Ok(Value::Int(intobj::max_str_digits() as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &crate::vm::ArgSpec {
            name: "set_int_max_str_digits",
            params: &["maxdigits"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let n = b[0].clone().unwrap_or(Value::Int(0));
    let n = intobj::to_i64(&vm.index(&n)?).unwrap_or(-1);
    if n != 0 && n < 640 {
        return Err(vm.new_value_error("maxdigits must be 0 or larger than 640"));
    }
    intobj::set_max_str_digits(n as usize);
    Ok(Value::None)
}

fn sys_getrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "getrefcount", 1)?;
    Ok(Value::Int(match &a[0] {
        Value::Obj(o) => Rc::strong_count(o) as i64,
        _ => 1 << 30,
    }))
}

fn sys_displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "displayhook", 1)?;
    default_displayhook(vm, &a[0])?;
    Ok(Value::None)
}

fn sys_excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "excepthook", 3)?;
    let text = crate::exceptions::format_exception(vm, &a[1], None, true, None);
    write_sys_stderr(vm, &text);
    Ok(Value::None)
}

static ASYNCGEN_HOOKS_DESC: crate::modules::structseq::StructSeqDesc =
    crate::modules::structseq::StructSeqDesc {
        name: "asyncgen_hooks",
        fields: &["firstiter", "finalizer"],
        n_seq: 2,
        n_unnamed: 0,
    };

static ASYNCGEN_HOOKS_METHODS: &[MethodDef] = &[
    MethodDef::getter("firstiter", crate::modules::structseq::field::<0>),
    MethodDef::getter("finalizer", crate::modules::structseq::field::<1>),
    MethodDef::method("__repr__", crate::modules::structseq::repr),
];

thread_local! {
    static ASYNCGEN_HOOKS_TYPE: PyRef = crate::modules::structseq::new_type(
        &ASYNCGEN_HOOKS_DESC,
        "asyncgen_hooks",
        "sys",
        ASYNCGEN_HOOKS_METHODS,
    );
}

fn sys_get_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "get_asyncgen_hooks", 0)?;
    let (first, fin) = crate::objects::genobj::asyncgen_hooks();
    let cls = ASYNCGEN_HOOKS_TYPE.with(|t| t.clone());
    Ok(crate::modules::structseq::make(
        &cls,
        &ASYNCGEN_HOOKS_DESC,
        vec![first, fin],
    ))
}

/// `set_asyncgen_hooks([firstiter] [, finalizer])`: each a callable or None; an omitted one
/// is left as it is.
fn sys_set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &crate::vm::ArgSpec {
            name: "set_asyncgen_hooks",
            params: &["firstiter", "finalizer"],
            required: 0,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    // The finalizer is checked first, as in CPython.
    for (v, what) in [(&b[1], "finalizer"), (&b[0], "firstiter")] {
        if let Some(v) = v {
            if !v.is_none() && !crate::builtins::is_callable(v) {
                return Err(vm.new_type_error(format!(
                    "callable {} expected, got {}",
                    what,
                    types::type_name(v)
                )));
            }
        }
    }
    crate::objects::genobj::set_asyncgen_hooks(b[0].clone(), b[1].clone());
    Ok(Value::None)
}

static UNRAISABLE_DESC: crate::modules::structseq::StructSeqDesc =
    crate::modules::structseq::StructSeqDesc {
        name: "UnraisableHookArgs",
        fields: &[
            "exc_type",
            "exc_value",
            "exc_traceback",
            "err_msg",
            "object",
        ],
        n_seq: 5,
        n_unnamed: 0,
    };

static UNRAISABLE_METHODS: &[MethodDef] = &[
    MethodDef::getter("exc_type", crate::modules::structseq::field::<0>),
    MethodDef::getter("exc_value", crate::modules::structseq::field::<1>),
    MethodDef::getter("exc_traceback", crate::modules::structseq::field::<2>),
    MethodDef::getter("err_msg", crate::modules::structseq::field::<3>),
    MethodDef::getter("object", crate::modules::structseq::field::<4>),
    MethodDef::method("__repr__", crate::modules::structseq::repr),
];

thread_local! {
    static UNRAISABLE_TYPE: PyRef = crate::modules::structseq::new_type(
        &UNRAISABLE_DESC,
        "UnraisableHookArgs",
        "sys",
        UNRAISABLE_METHODS,
    );
}

/// Reports an exception that cannot be raised (in `__del__`, a weakref callback, ...):
/// through a replaced `sys.unraisablehook` if there is one, else straight to stderr.
/// `err_msg` None means CPython's default "Exception ignored in".
pub fn unraisable(vm: &mut Vm, exc: &Value, err_msg: Option<&str>, obj: &Value) {
    let hook = moduleobj::module_get(&vm.sys, "unraisablehook");
    let default = moduleobj::module_get(&vm.sys, "__unraisablehook__");
    let args = |vm: &mut Vm| {
        let tb = crate::exceptions::traceback_of(vm, exc);
        let msg = err_msg.map_or(Value::None, |m| strobj::new_str(m.into()));
        let values = vec![
            Value::Obj(types::class_of(exc)),
            exc.clone(),
            tb,
            msg,
            obj.clone(),
        ];
        UNRAISABLE_TYPE.with(|t| crate::modules::structseq::make(t, &UNRAISABLE_DESC, values))
    };
    match hook {
        Some(h) if !default.as_ref().is_some_and(|d| d.is(&h)) && !h.is_none() => {
            let a = args(vm);
            if let Err(e) = vm.call(&h, &[a]) {
                let text = crate::exceptions::format_unraisable_value(vm, &Value::Obj(e.0), true);
                let r = vm.repr_string(&h).unwrap_or_default();
                write_stderr(
                    vm,
                    &format!("Exception ignored in sys.unraisablehook: {r}\n{text}"),
                );
            }
        }
        _ => default_unraisable(vm, exc, err_msg, obj, true),
    }
}

fn default_unraisable(vm: &mut Vm, exc: &Value, err_msg: Option<&str>, obj: &Value, tb: bool) {
    let msg = err_msg.unwrap_or("Exception ignored in");
    let head = if obj.is_none() {
        format!("{msg}:\n")
    } else {
        let r = vm.repr_string(obj).unwrap_or_default();
        format!("{msg}: {r}\n")
    };
    let text = crate::exceptions::format_unraisable_value(vm, exc, tb);
    write_stderr(vm, &format!("{head}{text}"));
}

fn sys_unraisablehook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "unraisablehook", 1)?;
    let cls = UNRAISABLE_TYPE.with(|t| t.clone());
    if !types::isinstance(&a[0], &cls) {
        return Err(
            vm.new_type_error("sys.unraisablehook argument type must be UnraisableHookArgs")
        );
    }
    let exc = vm.get_attr_str(&a[0], "exc_value")?;
    let tb = vm.get_attr_str(&a[0], "exc_traceback")?;
    let msg = vm.get_attr_str(&a[0], "err_msg")?;
    let obj = vm.get_attr_str(&a[0], "object")?;
    let msg = if msg.is_none() {
        None
    } else {
        Some(vm.str_string(&msg)?)
    };
    default_unraisable(vm, &exc, msg.as_deref(), &obj, !tb.is_none());
    Ok(Value::None)
}

fn sys_is_finalizing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "sys.is_finalizing", 0)?;
    Ok(Value::Bool(false))
}

fn sys_exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "sys.exc_info", 0)?;
    match vm.handled.last().cloned() {
        Some(e) => {
            let cls = Value::Obj(types::class_of(&e));
            let tb = crate::exceptions::traceback_of(vm, &e);
            Ok(tupleobj::new_tuple(vec![cls, e, tb]))
        }
        None => Ok(tupleobj::new_tuple(vec![
            Value::None,
            Value::None,
            Value::None,
        ])),
    }
}

fn sys_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "sys.exception", 0)?;
    Ok(vm.handled.last().cloned().unwrap_or(Value::None))
}

thread_local! {
    static FRAME_TYPE: PyRef = {
        let t = types::new_builtin_type("frame", "builtins", None, BaseKind::Object, FRAME_METHODS, false);
        // Its __repr__ must be used: no builtin fast path.
        if let Some(d) = types::type_data(&t) {
            d.flags.set(d.flags.get() | types::type_flags::OWN_SLOTS);
        }
        t
    };
}

static FRAME_METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", frame_repr),
    MethodDef::getter("f_builtins", frame_builtins),
];

/// `f_builtins`: the builtins namespace the frame's globals use.
fn frame_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match vm.get_attr_str(v, "f_globals")? {
        Value::Obj(g) => Ok(Value::Obj(vm.builtins_for(&g))),
        _ => Ok(Value::Obj(vm.builtins_dict.clone())),
    }
}

/// Whether `v` is a frame object.
pub fn is_frame(v: &Value) -> bool {
    FRAME_TYPE.with(|t| types::isinstance(v, t))
}

fn frame_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(f) = args.pos.first().cloned() else {
        return Err(vm.new_type_error("descriptor '__repr__' of 'frame' object needs an argument"));
    };
    let code = vm.get_attr_str(&f, "f_code")?;
    let file = vm.get_attr_str(&code, "co_filename")?;
    let name = vm.get_attr_str(&code, "co_name")?;
    let line = vm.get_attr_str(&f, "f_lineno")?;
    let text = format!(
        "<frame at {:#x}, file {}, line {}, code {}>",
        f.id(),
        vm.repr_string(&file)?,
        vm.repr_string(&line)?,
        vm.str_string(&name)?
    );
    Ok(strobj::new_str(text))
}

/// A frame object: a snapshot of one running frame (globals, locals, code, line) whose
/// `f_back` chain holds the frames below it.
pub fn new_frame(
    globals: Value,
    locals: Value,
    code: &Rc<crate::bytecode::Code>,
    lasti: u32,
    back: Value,
) -> Value {
    let cls = FRAME_TYPE.with(|t| t.clone());
    let o = types::new_obj_with_dict(&cls, Payload::Object(RefCell::new(Vec::new())));
    let locals = if locals.is_null() {
        crate::objects::dictobj::new_dict()
    } else {
        locals
    };
    let fields = [
        ("f_globals", globals),
        ("f_locals", locals),
        (
            "f_code",
            types::new_obj(&types().code, Payload::Code(code.clone())),
        ),
        ("f_lineno", Value::Int(code.line_of(lasti as usize) as i64)),
        ("f_lasti", Value::Int(lasti as i64 * 2)),
        ("f_back", back),
        ("f_trace", Value::None),
    ];
    if let Some(Payload::Dict(dd)) = o.as_obj().and_then(|oo| oo.dict()).map(|d| &d.payload) {
        for (k, v) in fields {
            dd.set_str(types::intern(k), v);
        }
    }
    o
}

fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = match args.pos.first() {
        Some(d) => vm.index_i64(d)?,
        None => 0,
    };
    // Innermost first: the calling frame, then its callers.
    let mut stack: Vec<(Value, Value, Rc<crate::bytecode::Code>, u32)> = vm
        .frame_stack()
        .into_iter()
        .rev()
        .map(|f| {
            let locals = if f.locals.is_null() {
                crate::vm::locals_snapshot(f)
            } else {
                f.locals.clone()
            };
            (
                Value::Obj(f.globals.clone()),
                locals,
                f.code.clone(),
                f.pc.saturating_sub(1) as u32,
            )
        })
        .collect();
    let start = depth.max(0) as usize;
    if start >= stack.len() {
        return Err(vm.new_value_error("call stack is not deep enough"));
    }
    let mut frame = Value::None;
    for (globals, locals, code, lasti) in stack.drain(start..).rev() {
        frame = new_frame(globals, locals, &code, lasti, frame);
    }
    Ok(frame)
}

/// The caller of the innermost live frame running `code` (a traceback's outermost frame's
/// `f_back`), or None.
pub fn live_caller_of(vm: &mut Vm, code: &Rc<crate::bytecode::Code>) -> Value {
    let frames = vm.frame_stack();
    let Some(pos) = frames.iter().rposition(|f| Rc::ptr_eq(&f.code, code)) else {
        return Value::None;
    };
    let below: Vec<(Value, Value, Rc<crate::bytecode::Code>, u32)> = frames[..pos]
        .iter()
        .map(|f| {
            let locals = if f.locals.is_null() {
                crate::vm::locals_snapshot(f)
            } else {
                f.locals.clone()
            };
            (
                Value::Obj(f.globals.clone()),
                locals,
                f.code.clone(),
                f.pc.saturating_sub(1) as u32,
            )
        })
        .collect();
    let mut frame = Value::None;
    for (globals, locals, code, lasti) in below {
        frame = new_frame(globals, locals, &code, lasti, frame);
    }
    frame
}

/// Shows the value of an interactive expression statement through sys.displayhook.
pub fn displayhook(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let hook = moduleobj::module_get(&vm.sys, "displayhook");
    match hook {
        None => Err(vm.new_runtime_error("lost sys.displayhook")),
        Some(h) if is_default_displayhook(&h) => default_displayhook(vm, v),
        Some(h) => vm.call(&h, std::slice::from_ref(v)).map(|_| ()),
    }
}

fn is_default_displayhook(h: &Value) -> bool {
    matches!(h.payload(), Some(Payload::NativeFunction(nf))
        if nf.name == "displayhook" && nf.owner == Some("sys"))
}

/// The default sys.displayhook: prints the repr and stores the value in `builtins._`.
fn default_displayhook(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let r = vm.repr_string(v)?;
    vm.write_stdout(&format!("{}\n", r))?;
    let b = vm.builtins_dict.clone();
    crate::objects::dictobj::dict_set_str(&b, types::intern("_"), v.clone());
    Ok(())
}

/// Writes text to Python's current sys.stdout.
pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    let out = moduleobj::module_get(&vm.sys, "stdout").unwrap_or(Value::None);
    print_to(vm, &out, s, false)
}

fn buffer_stdout(vm: &mut Vm, s: &str) {
    vm.stdout_buf.extend_from_slice(s.as_bytes());
    if vm.stdout_buf.len() > 1 << 13 {
        vm.flush_stdout();
    }
}

pub fn write_stderr(vm: &mut Vm, s: &str) {
    vm.flush_stdout();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

/// Writes an error report to sys.stderr as it now is (a replaced stream, sys.stdout, ...),
/// as CPython's PyErr_Display does: nowhere when it is None, the process's stderr when
/// it is missing.
pub fn write_sys_stderr(vm: &mut Vm, s: &str) {
    let Some(target) = moduleobj::module_get(&vm.sys, "stderr") else {
        write_stderr(vm, s);
        return;
    };
    if target.is_none() {
        return;
    }
    match stream_of(&target).map(|st| st.fd) {
        Some(1) => {
            let _ = write_stdout(vm, s);
        }
        Some(_) => write_stderr(vm, s),
        None => {
            let text = strobj::new_str(s.to_string());
            if vm.call_method(&target, "write", &[text]).is_err() {
                write_stderr(vm, s);
            }
        }
    }
}

/// At exit, as CPython's flush_std_files: a replaced sys.stdout / sys.stderr (a Python
/// object buffering its output) gets its `flush()` called; errors are ignored.
pub fn flush_std_files(vm: &mut Vm) {
    for name in ["stdout", "stderr"] {
        let Some(f) = moduleobj::module_get(&vm.sys, name) else {
            continue;
        };
        if f.is_none() || stream_of(&f).is_some() {
            continue;
        }
        // A failed flush is dropped (CPython reports it and exits with 120).
        let _ = vm.call_method(&f, "flush", &[]);
    }
}

/// print(..., file=f): writes `s` to `file` (None = sys.stdout).
/// Is `v` one of the interpreter's own stdout/stderr/stdin stream objects?
pub fn is_std_stream(v: &Value) -> bool {
    stream_of(v).is_some()
}

pub fn print_to(vm: &mut Vm, file: &Value, s: &str, flush: bool) -> PyResult<()> {
    let target = if file.is_none() {
        moduleobj::module_get(&vm.sys, "stdout").unwrap_or(Value::None)
    } else {
        file.clone()
    };
    if target.is_none() {
        return Ok(());
    }
    if let Some(st) = stream_of(&target) {
        if st.closed.get() {
            return Err(vm.new_value_error("I/O operation on closed file."));
        }
        match st.fd {
            1 => {
                buffer_stdout(vm, s);
                if flush {
                    vm.flush_stdout();
                }
            }
            2 => write_stderr(vm, s),
            _ => return Err(crate::modules::io::unsupported(vm, "not writable")),
        }
        return Ok(());
    }
    vm.call_method(&target, "write", &[strobj::new_str(s.to_string())])?;
    if flush {
        vm.call_method(&target, "flush", &[])?;
    }
    Ok(())
}

/// Reads a line from stdin for input(); EOFError at end of input.
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Value> {
    let stdin = moduleobj::module_get(&vm.sys, "stdin").unwrap_or(Value::None);
    if stream_of(&stdin).is_some_and(|st| st.closed.get()) {
        return Err(vm.new_value_error("I/O operation on closed file."));
    }
    if stream_of(&stdin).is_none() {
        let line = vm.call_method(&stdin, "readline", &[])?;
        let s = vm.str_string(&line)?;
        if s.is_empty() {
            return Err(vm.new_exception_msg(&types().exc.eof_error, "EOF when reading a line"));
        }
        return Ok(strobj::new_str(
            s.strip_suffix('\n').unwrap_or(&s).to_string(),
        ));
    }
    let mut line = String::new();
    let n = std::io::stdin().lock().read_line(&mut line).unwrap_or(0);
    if n == 0 {
        return Err(vm.new_exception_msg(&types().exc.eof_error, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(strobj::new_str(line))
}

// ----- stream methods -----

fn need_stream<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a StdStream> {
    stream_of(v).ok_or_else(|| vm.new_type_error("stream expected"))
}

/// The stream, or CPython's ValueError once it is closed: TextIOWrapper's own methods
/// say "closed file." and those it passes to its raw file "closed file".
fn open_stream<'a>(vm: &mut Vm, v: &'a Value, period: bool) -> PyResult<&'a StdStream> {
    let st = need_stream(vm, v)?;
    if st.closed.get() {
        let dot = if period { "." } else { "" };
        return Err(vm.new_value_error(format!("I/O operation on closed file{}", dot)));
    }
    Ok(st)
}

fn st_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "write", 2)?;
    let st = need_stream(vm, &a[0])?;
    let fd = st.fd;
    let Some(s) = a[1].as_rust_str().map(|s| s.to_string()) else {
        return Err(vm.new_type_error(format!(
            "write() argument must be str, not {}",
            types::type_name(&a[1])
        )));
    };
    if st.closed.get() {
        return Err(vm.new_value_error("I/O operation on closed file."));
    }
    match fd {
        1 => buffer_stdout(vm, &s),
        2 => write_stderr(vm, &s),
        _ => return Err(crate::modules::io::unsupported(vm, "not writable")),
    }
    Ok(Value::Int(s.chars().count() as i64))
}

/// `writelines(lines)`: `_IOBase.writelines`, writing each item as `write` does.
fn st_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "writelines", 2)?;
    // (the text streams and their binary buffers alike: each item through `write`)
    if let Ok(st) = need_stream(vm, &a[0]) {
        if st.closed.get() {
            return Err(vm.new_value_error("I/O operation on closed file."));
        }
    }
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(&a[0], "write", &[line])?;
    }
    Ok(Value::None)
}

fn st_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = open_stream(vm, &args.pos[0], true)?;
    if st.fd == 1 {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

fn st_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = open_stream(vm, &args.pos[0], false)?;
    Ok(Value::Int(st.fd as i64))
}

fn st_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = open_stream(vm, &args.pos[0], false)?;
    use std::io::IsTerminal;
    Ok(Value::Bool(match st.fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn st_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = open_stream(vm, &args.pos[0], false)?;
    Ok(Value::Bool(st.fd == 0))
}

fn st_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = open_stream(vm, &args.pos[0], false)?;
    Ok(Value::Bool(st.fd != 0))
}

/// seek/tell/truncate: the console streams are not seekable.
fn st_unseekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_stream(vm, &args.pos[0], true)?;
    Err(crate::modules::io::unsupported(
        vm,
        "underlying stream is not seekable",
    ))
}

fn st_newlines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    need_stream(vm, v)?;
    Ok(Value::None)
}

fn st_false(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn st_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_stream(vm, &args.pos[0], false)?;
    Ok(Value::Bool(false))
}

fn st_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = open_stream(vm, &args.pos[0], true)?;
    if st.fd != 0 {
        return Err(crate::modules::io::unsupported(vm, "not readable"));
    }
    vm.flush_stdout();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    Ok(strobj::new_str(line))
}

fn st_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = open_stream(vm, &args.pos[0], true)?;
    if st.fd != 0 {
        return Err(crate::modules::io::unsupported(vm, "not readable"));
    }
    vm.flush_stdout();
    let limit = args.pos.get(1).and_then(intobj::to_i64).unwrap_or(-1);
    let mut s = String::new();
    if limit < 0 {
        let _ = std::io::stdin().lock().read_to_string(&mut s);
    } else {
        let mut buf = vec![0u8; limit as usize];
        let n = std::io::stdin().lock().read(&mut buf).unwrap_or(0);
        s = String::from_utf8_lossy(&buf[..n]).to_string();
    }
    Ok(strobj::new_str(s))
}

fn st_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = st_read(vm, args)?;
    let s = v.as_rust_str().unwrap_or("").to_string();
    Ok(listobj::new_list(
        strobj::splitlines(&s, true)
            .into_iter()
            .map(strobj::new_str)
            .collect(),
    ))
}

fn st_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn st_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = st_readline(vm, args)?;
    if line.as_rust_str().map(|s| s.is_empty()).unwrap_or(true) {
        return Err(vm.new_stop_iteration(Value::None));
    }
    Ok(line)
}

fn st_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = need_stream(vm, &args.pos[0])?;
    if st.fd == 1 && !st.closed.get() {
        vm.flush_stdout();
    }
    st.closed.set(true);
    Ok(Value::None)
}

fn st_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_stream(vm, &args.pos[0], true)?;
    Ok(args.pos[0].clone())
}

/// `__exit__` closes the stream, as for any file.
fn st_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_close(vm, args)
}

fn st_encoding(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(strobj::new_str("utf-8".into()))
}

fn st_errors(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let st = need_stream(vm, v)?;
    Ok(strobj::new_str(if st.fd == 2 {
        "backslashreplace".into()
    } else {
        "strict".into()
    }))
}

fn st_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let st = need_stream(vm, v)?;
    Ok(strobj::new_str(match st.fd {
        0 => "<stdin>".into(),
        1 => "<stdout>".into(),
        _ => "<stderr>".into(),
    }))
}

fn st_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let st = need_stream(vm, v)?;
    Ok(strobj::new_str(if st.fd == 0 {
        "r".into()
    } else {
        "w".into()
    }))
}

fn st_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let st = need_stream(vm, v)?;
    Ok(Value::Bool(st.closed.get()))
}

fn st_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = need_stream(vm, &args.pos[0])?;
    let (n, m) = match st.fd {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    Ok(strobj::new_str(format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        n, m
    )))
}

static STREAM_METHODS: &[MethodDef] = &[
    MethodDef::method("write", st_write),
    MethodDef::method("writelines", st_writelines),
    MethodDef::method("seek", st_unseekable),
    MethodDef::method("tell", st_unseekable),
    MethodDef::method("truncate", st_unseekable),
    MethodDef::getter("newlines", st_newlines),
    MethodDef::method("flush", st_flush),
    MethodDef::method("fileno", st_fileno),
    MethodDef::method("isatty", st_isatty),
    MethodDef::method("readable", st_readable),
    MethodDef::method("writable", st_writable),
    MethodDef::method("seekable", st_seekable),
    MethodDef::method("readline", st_readline),
    MethodDef::method("read", st_read),
    MethodDef::method("readlines", st_readlines),
    MethodDef::method("close", st_close),
    MethodDef::method("__iter__", st_iter),
    MethodDef::method("__next__", st_next),
    MethodDef::method("__enter__", st_enter),
    MethodDef::method("__exit__", st_exit),
    MethodDef::method("__repr__", st_repr),
    MethodDef::getter("encoding", st_encoding),
    MethodDef::getter("errors", st_errors),
    MethodDef::getter("name", st_name),
    MethodDef::getter("mode", st_mode),
    MethodDef::getter("closed", st_closed),
    MethodDef::getter("buffer", st_buffer),
    MethodDef::getter("line_buffering", st_line_buffering),
    MethodDef::getter("write_through", st_write_through),
    MethodDef::method("reconfigure", st_reconfigure),
];

fn st_line_buffering(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(need_stream(vm, v)?.line_buffering.get()))
}

fn st_write_through(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    need_stream(vm, v)?;
    Ok(Value::Bool(false))
}

/// TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through):
/// the streams stay UTF-8; the arguments are checked as CPython checks them.
fn st_reconfigure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = open_stream(vm, &args.pos[0], true)?;
    if args.pos.len() > 1 {
        return Err(vm.new_type_error("reconfigure() takes no positional arguments"));
    }
    let mut line_buffering = None;
    for (name, val) in args.kwnames.iter().zip(args.kwvals) {
        let name = name.payload_str();
        match name {
            "encoding" | "errors" | "newline" => {
                if !val.is_none() && val.as_rust_str().is_none() {
                    return Err(vm.new_type_error(format!(
                        "reconfigure() argument '{}' must be str or None, not {}",
                        name,
                        types::type_name(val)
                    )));
                }
                if name == "encoding" && !val.is_none() {
                    let codecs = vm.import_module_simple("codecs")?;
                    let lookup = vm.get_attr_str(&codecs, "lookup")?;
                    vm.call(&lookup, std::slice::from_ref(val))?;
                }
            }
            "line_buffering" | "write_through" => {
                if !val.is_none() && name == "line_buffering" {
                    line_buffering = Some(vm.truthy(val)?);
                }
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for reconfigure()",
                    name
                )))
            }
        }
    }
    if let Some(b) = line_buffering {
        st.line_buffering.set(b);
    }
    if st.fd == 1 {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

/// `sys.stdlib_module_names`: the names of CPython 3.11's standard modules (a frozenset; many
/// are not provided in the sandbox, as on other platforms without them).
const STDLIB_MODULE_NAMES: &str =
    "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs \
    _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections \
    _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses \
    _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib \
    _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale \
    _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator \
    _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio \
    _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket \
    _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread \
    _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref \
    _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio \
    asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi \
    cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent \
    configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses \
    datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno \
    faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath \
    getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib \
    imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 \
    linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder \
    msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode \
    operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform \
    plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc \
    pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy \
    sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr \
    socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat \
    statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog \
    tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter \
    token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing \
    unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg \
    winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo";
