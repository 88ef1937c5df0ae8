//! wasipy-core: the Python interpreter (lexer, parser, compiler, VM, builtins).
//!
//! The pipeline: `lexer` -> `parser` (AST in `ast`) -> `symtable` -> `compiler` (code
//! objects in `bytecode`) -> `vm` (dispatch loop over `frame`s). Objects live in `object`,
//! `types` and `objects/*`; modules written in Rust in `modules/*`.

pub mod abi;
pub mod alloc;
pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod codecs;
pub mod compiler;
pub mod dict;
pub mod dis;
pub mod error;
pub mod exceptions;
pub mod fmath;
pub mod format;
pub mod frame;
pub mod gc;
pub mod hash;
pub mod lexer;
pub mod lz;
pub mod modules;
pub mod object;
pub mod objects;
pub mod ops;
pub mod parser;
pub mod patterns;
pub mod set;
pub mod symtable;
pub mod types;
pub mod unicode;
pub mod unicode_data;
pub mod unicode_names;
#[cfg(feature = "unicode-names")]
pub mod unicode_names_data;
pub mod vm;

use object::{Payload, Value};
use vm::{Config, PyErr, Vm};

/// The encoding a PEP 263 declaration (`# -*- coding: name -*-`) names on the first line
/// or, after a comment-only or blank first line, the second.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    for _ in 0..2 {
        let line = lines.next()?;
        let t = line.trim_ascii_start();
        if !t.starts_with(b"#") {
            // Only a blank first line lets the second one declare.
            if t.is_empty() {
                continue;
            }
            return None;
        }
        if let Some(i) = t.windows(6).position(|w| w == b"coding") {
            let rest = &t[i + 6..];
            if let Some(rest) = rest.strip_prefix(b":").or_else(|| rest.strip_prefix(b"=")) {
                let rest = rest.trim_ascii_start();
                let n = rest
                    .iter()
                    .take_while(|&&c| c.is_ascii_alphanumeric() || b"-_.".contains(&c))
                    .count();
                if n > 0 {
                    return Some(String::from_utf8_lossy(&rest[..n]).into_owned());
                }
            }
        }
    }
    None
}

/// The encoding to decode a source with when its declaration names one other than UTF-8
/// (a BOM means UTF-8 whatever the declaration says).
fn declared_encoding(cookie: Option<&str>, bom: bool) -> Option<&str> {
    let c = cookie?;
    let n = codecs::normalize_encoding(c);
    if bom || n == "utf_8" || n == "utf8" || n.starts_with("utf_8_") {
        return None;
    }
    // CPython's get_normal_name: "latin-1-unix" and the like are latin-1.
    if ["latin_1_", "iso_8859_1_", "iso_latin_1_"]
        .iter()
        .any(|p| n.starts_with(p))
    {
        return Some("latin-1");
    }
    Some(c)
}

/// Source given to compile()/exec()/eval() as bytes: decoded by its coding declaration
/// (UTF-8 without one; undecodable bytes become U+FFFD).
pub fn decode_source_bytes(vm: &mut Vm, bytes: &[u8]) -> vm::PyResult<String> {
    let bom = bytes.starts_with(&[0xef, 0xbb, 0xbf]);
    let bytes = if bom { &bytes[3..] } else { bytes };
    let cookie = coding_cookie(bytes);
    match declared_encoding(cookie.as_deref(), bom) {
        Some(enc) => match codecs::decode(vm, bytes, enc, "strict") {
            Ok(s) => Ok(s),
            Err(e) if vm.exception_matches(&e, &types::types().exc.lookup_error) => {
                let mut err = error::SyntaxErr::new(
                    error::SyntaxKind::Syntax,
                    format!("unknown encoding: {}", enc),
                    0,
                    0,
                    &[],
                );
                err.filename = "<string>".to_string();
                Err(exceptions::syntax_error_to_exc(vm, err))
            }
            Err(e) => Err(e),
        },
        None => Ok(String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// Decodes the source of a file as CPython does: UTF-8 (with optional BOM) unless a coding
/// declaration names another encoding; no NULs. The SyntaxError names the file; `script`:
/// it is the program run (an imported module's errors have no location).
pub fn decode_source(
    vm: &mut Vm,
    bytes: &[u8],
    filename: &str,
    script: bool,
) -> vm::PyResult<String> {
    let bom = bytes.starts_with(&[0xef, 0xbb, 0xbf]);
    let bytes = if bom { &bytes[3..] } else { bytes };
    let cookie = coding_cookie(bytes);
    let plain_error =
        |vm: &mut Vm, msg: String| vm.new_exception_msg(&types::types().exc.syntax_error, msg);
    let declared = declared_encoding(cookie.as_deref(), bom);
    let s = match declared {
        Some(enc) => match codecs::decode(vm, bytes, enc, "strict") {
            Ok(s) => s,
            Err(_) => return Err(plain_error(vm, format!("encoding problem: {}", enc))),
        },
        None => match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let pos = e.valid_up_to();
                let b = bytes.get(pos).copied().unwrap_or(0);
                if cookie.is_none() && !bom {
                    let line = bytes[..pos].iter().filter(|&&c| c == b'\n').count() + 1;
                    return Err(plain_error(vm, format!(
                        "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        b, filename, line
                    )));
                }
                let reason = if e.error_len().is_none() {
                    "unexpected end of data"
                } else if (0x80..0xc2).contains(&b) || b > 0xf4 {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                let msg = format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                    b, pos, reason
                );
                let mut err = error::SyntaxErr::new(error::SyntaxKind::Syntax, msg, 0, 0, &[]);
                err.filename = filename.to_string();
                return Err(exceptions::syntax_error_to_exc(vm, err));
            }
        },
    };
    if let Some(nul) = s.find('\0') {
        if !script {
            // Imports compile the bytes as a string (importlib's source_to_code).
            return Err(plain_error(
                vm,
                "source code string cannot contain null bytes".into(),
            ));
        }
        let line_start = s[..nul].rfind('\n').map_or(0, |i| i + 1);
        let line = s[..nul].matches('\n').count() as u32 + 1;
        let mut err = error::SyntaxErr::new(
            error::SyntaxKind::Syntax,
            "source code cannot contain null bytes".to_string(),
            line,
            0,
            &[],
        );
        err.text = Some(s[line_start..nul].to_string());
        err.filename = filename.to_string();
        return Err(exceptions::syntax_error_to_exc(vm, err));
    }
    Ok(s)
}

/// What the command line asked to run.
enum Target {
    Code(String),
    Module(String),
    File(String),
    Stdin,
    Dis(String),
}

const USAGE: &str = "usage: python [-c cmd | -m mod | file | -] [arg] ...\n";

thread_local! {
    /// The interpreter `preinit` built, waiting for the run that takes it.
    static PREBUILT: std::cell::RefCell<Option<Vm>> = const { std::cell::RefCell::new(None) };
}

/// Builds the part of the interpreter that does not depend on the run (builtin types, the
/// builtins and sys modules) ahead of time. The host calls this through `wasipy_preinit`
/// once, snapshots the guest memory and starts every later run from that snapshot, so runs
/// skip this work (see wasi/src/snapshot.rs). It must not touch WASI: no arguments,
/// environment, clock, files or output (the host traps any such call).
pub fn preinit() {
    // The emergency reserve too: a run would otherwise grow the memory for it, and the host
    // would have to shrink the next run's memory back (mprotect, a TLB flush on every core
    // that ran it).
    alloc::acquire_reserve();
    let vm = Vm::new_preinit();
    PREBUILT.with(|p| *p.borrow_mut() = Some(vm));
}

/// The interpreter of a run: `sys.argv` is `argv`, `sys.path` is `first_path` then
/// `PYTHONPATH`, and `WASIPY_MAX_MEMORY` (set by the host) is the soft memory limit. It is
/// the one `preinit` built, configured, if there is one.
pub fn new_vm(argv: Vec<String>, first_path: String) -> Vm {
    let max_memory = std::env::var("WASIPY_MAX_MEMORY")
        .ok()
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(m) = max_memory {
        alloc::set_limit(m);
    }
    alloc::acquire_reserve();
    let mut path = vec![first_path];
    if let Ok(extra) = std::env::var("PYTHONPATH") {
        path.extend(
            extra
                .split(':')
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string()),
        );
    }
    let config = Config {
        argv,
        path,
        recursion_limit: 1000,
        max_memory,
    };
    match PREBUILT.with(|p| p.borrow_mut().take()) {
        Some(mut vm) => {
            vm.reconfigure(config);
            vm
        }
        None => Vm::new(config),
    }
}

/// WASI has no working directory of its own: a host that wants one (a mounted folder)
/// names it in `WASIPY_CWD`, hidden from `os.environ` like every `WASIPY_*` variable.
pub fn apply_host_cwd() {
    if let Ok(dir) = std::env::var("WASIPY_CWD") {
        let _ = std::env::set_current_dir(dir);
    }
}

/// Entry point used by the `python` binary: runs a whole program and returns the exit status.
pub fn main_with_args(args: Vec<String>) -> i32 {
    apply_host_cwd();
    let mut i = 1;
    let mut target = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprint!("Argument expected for the -c option\n{}", USAGE);
                    return 2;
                };
                target = Some((Target::Code(code.clone()), i + 2, "-c".to_string()));
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    eprint!("Argument expected for the -m option\n{}", USAGE);
                    return 2;
                };
                target = Some((Target::Module(m.clone()), i + 2, m.clone()));
                break;
            }
            "--dis" => {
                let Some(f) = args.get(i + 1) else {
                    eprint!("{}", USAGE);
                    return 2;
                };
                target = Some((Target::Dis(f.clone()), i + 2, f.clone()));
                break;
            }
            "-" => {
                target = Some((Target::Stdin, i + 1, "-".to_string()));
                break;
            }
            "-u" | "-S" | "-s" | "-E" | "-I" | "-B" | "-O" | "-OO" | "-q" => {
                i += 1;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (wasipy {})", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-h" | "--help" => {
                print!("{}", USAGE);
                return 0;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprint!("Unknown option: {}\n{}", s, USAGE);
                return 2;
            }
            _ => {
                target = Some((Target::File(a.clone()), i + 1, a.clone()));
                break;
            }
        }
    }
    let (target, rest, argv0) = match target {
        Some(t) => t,
        None => (Target::Stdin, args.len(), String::new()),
    };
    let mut argv = vec![argv0];
    argv.extend(args[rest.min(args.len())..].iter().cloned());
    run_target(target, argv)
}

/// CPython runs a script under its absolute path (tracebacks and `__file__` show it): the
/// current directory joined with the path as given, not normalised (`/tmp/./x.py`).
fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => format!("{}/{}", d.to_string_lossy().trim_end_matches('/'), path),
        Err(_) => path.to_string(),
    }
}

fn run_target(target: Target, argv: Vec<String>) -> i32 {
    let target = match target {
        Target::File(f) => Target::File(absolute(&f)),
        other => other,
    };
    let script_dir = match &target {
        Target::File(f) | Target::Dis(f) => match std::path::Path::new(f).parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_string_lossy().to_string(),
            _ => ".".to_string(),
        },
        _ => String::new(),
    };
    let mut vm = new_vm(argv, script_dir);
    let (src, filename) = match &target {
        Target::Code(c) => (c.clone(), "<string>".to_string()),
        Target::File(f) | Target::Dis(f) => match std::fs::read(f) {
            Ok(b) => match decode_source(&mut vm, &b, f, true) {
                Ok(s) => (s, f.clone()),
                Err(e) => return report_exit(&mut vm, e),
            },
            Err(e) => {
                let code = e.raw_os_error().unwrap_or(2);
                eprintln!(
                    "python: can't open file '{}': [Errno {}] {}",
                    f,
                    code,
                    io_error_text(&e)
                );
                return 2;
            }
        },
        Target::Stdin => {
            let mut b = Vec::new();
            use std::io::Read;
            let _ = std::io::stdin().read_to_end(&mut b);
            match decode_source(&mut vm, &b, "<stdin>", true) {
                Ok(s) => (s, "<stdin>".to_string()),
                Err(e) => return report_exit(&mut vm, e),
            }
        }
        Target::Module(m) => {
            let r = run_module(&mut vm, m);
            return finish(&mut vm, r);
        }
    };
    if let Target::Dis(_) = target {
        return match vm.compile(&src, &filename, compiler::Mode::Exec) {
            Ok(code) => {
                print!("{}", dis::disassemble(&code));
                0
            }
            Err(e) => report_exit(&mut vm, e),
        };
    }
    let r = run_main_source(&mut vm, &src, &filename);
    finish(&mut vm, r)
}

fn io_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// Runs source as the `__main__` module.
pub fn run_main_source(vm: &mut Vm, src: &str, filename: &str) -> Result<(), PyErr> {
    let main = objects::moduleobj::new_module("__main__");
    // CPython's __main__ starts with an empty __annotations__, and a script's with
    // __cached__ = None after __file__.
    objects::moduleobj::module_set(&main, "__annotations__", objects::dictobj::new_dict());
    objects::moduleobj::module_set(&main, "__builtins__", Value::Obj(vm.builtins.clone()));
    if filename != "<string>" && filename != "<stdin>" {
        objects::moduleobj::module_set(
            &main,
            "__file__",
            objects::strobj::new_str(filename.to_string()),
        );
        objects::moduleobj::module_set(&main, "__cached__", Value::None);
    }
    vm.register_module("__main__", &main);
    vm.main_module = Some(main.clone());
    // `-c` code is compiled as a string, scripts and stdin as files (they differ only in
    // where some SyntaxErrors at the end of the input point).
    let mode = if filename == "<string>" {
        compiler::Mode::Exec
    } else {
        compiler::Mode::File
    };
    let code = vm.compile(src, filename, mode)?;
    let globals = main.dict().cloned().unwrap_or_else(types::new_dict_ref);
    vm.run_code(&code, &globals, None)?;
    Ok(())
}

/// `sys.argv[0] = path`, as `-m` does for the module it runs.
fn set_argv0(vm: &Vm, path: &str) {
    if let Some(Value::Obj(l)) = objects::moduleobj::module_get(&vm.sys, "argv") {
        if let Payload::List(items) = &l.payload {
            if let Some(first) = items.borrow_mut().first_mut() {
                *first = objects::strobj::new_str(path.to_string());
            }
        }
    }
}

fn run_module(vm: &mut Vm, name: &str) -> Result<(), PyErr> {
    // Find the module's file on sys.path and run it as __main__.
    let path = vm.config.path.clone();
    let rel = name.replace('.', "/");
    for dir in path.iter().chain(std::iter::once(&".".to_string())) {
        let base = if dir.is_empty() { "." } else { dir.as_str() };
        for cand in [
            format!("{}/{}.py", base, rel),
            format!("{}/{}/__main__.py", base, rel),
        ] {
            if let Ok(b) = std::fs::read(&cand) {
                let src = decode_source(vm, &b, &cand, true)?;
                set_argv0(vm, &cand);
                return run_main_source(vm, &src, &cand);
            }
        }
    }
    // A frozen module (or a frozen package's __main__), as CPython runs its stdlib ones.
    let main_name = format!("{name}.__main__");
    for (cand, is_pkg_main) in [(name, false), (main_name.as_str(), true)] {
        if let Some((src, is_pkg)) = modules::frozen_source(cand) {
            if is_pkg && !is_pkg_main {
                continue;
            }
            let filename = format!("<frozen {cand}>");
            set_argv0(vm, &filename);
            return run_main_source(vm, &src, &filename);
        }
    }
    vm.flush_stdout();
    if modules::is_frozen(name) {
        eprintln!(
            "python: No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
        );
        return Err(vm.new_exception(&types::types().exc.system_exit, vec![Value::Int(1)]));
    }
    eprintln!("python: No module named {}", name);
    Err(vm.new_exception(&types::types().exc.system_exit, vec![Value::Int(1)]))
}

fn finish(vm: &mut Vm, r: Result<(), PyErr>) -> i32 {
    match r {
        Ok(()) => {
            vm.run_finalizers();
            modules::shutdown(vm);
            vm.flush_stdout();
            0
        }
        Err(e) => report_exit(vm, e),
    }
}

/// Handles SystemExit and prints other uncaught exceptions; returns the exit status.
pub fn report_exit(vm: &mut Vm, e: PyErr) -> i32 {
    // As CPython: the exit message or traceback first, then the atexit callbacks.
    let status = report_exit_status(vm, e);
    modules::shutdown(vm);
    vm.flush_stdout();
    status
}

fn report_exit_status(vm: &mut Vm, e: PyErr) -> i32 {
    let t = types::types();
    if types::is_subtype(&e.0.class(), &t.exc.system_exit) {
        let code = objects::moduleobj::module_get(&e.0, "code")
            .or_else(|| {
                e.0.dict().and_then(|d| match &d.payload {
                    Payload::Dict(dd) => dd.get_rust_str("code"),
                    _ => None,
                })
            })
            .unwrap_or(Value::None);
        vm.flush_stdout();
        return match &code {
            Value::None => 0,
            Value::Int(i) => (*i & 0xff) as i32,
            Value::Bool(b) => *b as i32,
            // An int (or int subclass) beyond a C long exits with -1, i.e. status 255.
            other if matches!(other.payload(), Some(Payload::Int(_))) => match other.payload() {
                Some(Payload::Int(b)) => num_traits::ToPrimitive::to_i64(b)
                    .map(|i| (i & 0xff) as i32)
                    .unwrap_or(255),
                _ => 255,
            },
            other => {
                let s = vm.str_string(other).unwrap_or_default();
                // To sys.stderr; with sys.stderr None, to the process's stderr.
                let err = objects::moduleobj::module_get(&vm.sys, "stderr");
                if err.is_some_and(|e| e.is_none()) {
                    modules::sys::write_stderr(vm, &format!("{}\n", s));
                } else {
                    modules::sys::write_sys_stderr(vm, &format!("{}\n", s));
                }
                1
            }
        };
    }
    let exc = Value::Obj(e.0.clone());
    // A replaced sys.excepthook reports the exception (CPython's PyErr_PrintEx).
    let hook = objects::moduleobj::module_get(&vm.sys, "excepthook");
    let default = objects::moduleobj::module_get(&vm.sys, "__excepthook__");
    let text = exceptions::format_exception(vm, &exc, None, true, None);
    match hook {
        None => {
            vm.flush_stdout();
            eprint!("sys.excepthook is missing\n{}", text);
        }
        Some(h) if !default.is_some_and(|d| d.is(&h)) => {
            let cls = Value::Obj(e.0.class());
            let tb = exceptions::traceback_of(vm, &exc);
            if let Err(he) = vm.call(&h, &[cls, exc, tb]) {
                let htext =
                    exceptions::format_exception(vm, &Value::Obj(he.0.clone()), None, true, None);
                vm.flush_stdout();
                eprint!("Error in sys.excepthook:\n{htext}\nOriginal exception was:\n{text}");
            }
            vm.flush_stdout();
        }
        Some(_) => modules::sys::write_sys_stderr(vm, &text),
    }
    // An uncaught KeyboardInterrupt ends the process as if by SIGINT (CPython re-raises the
    // signal): status 130 as a shell reports it; bin/python re-raises it natively.
    if types::is_subtype(&e.0.class(), &t.exc.keyboard_interrupt) {
        EXIT_BY_SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
        return 130;
    }
    1
}

/// Set when the exit status comes from an uncaught KeyboardInterrupt.
pub static EXIT_BY_SIGINT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);
