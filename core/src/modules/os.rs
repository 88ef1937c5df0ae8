//! The `posix` module: the file-system calls behind `os` (whose Python part, `py/os.py`, adds
//! `environ`, `walk`, `makedirs`, `scandir` entries and `os.path`), plus the OSError helpers
//! every module uses to turn `std::io::Error` into CPython's exceptions.
//!
//! Only what makes sense in a sandbox: files and directories under the folders the host
//! mounted (WASI preopens). No processes, no file descriptors, no users.

use std::io::ErrorKind;

use crate::modules::errno;
use crate::modules::structseq::{self, StructSeqDesc};
use crate::object::*;
use crate::objects::{bytesobj, dictobj, funcobj, intobj, listobj, moduleobj, strobj, tupleobj};
use crate::types::{self, types, MethodDef};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

// ----- OSError construction -----

/// The OSError subclass CPython picks for an errno value.
pub fn os_error_class(code: i32) -> PyRef {
    let e = &types().exc;
    match code {
        11 | 114 | 115 => e.blocking_io_error.clone(),
        10 => e.child_process_error.clone(),
        32 | 108 => e.broken_pipe_error.clone(),
        103 => e.connection_aborted_error.clone(),
        111 => e.connection_refused_error.clone(),
        104 => e.connection_reset_error.clone(),
        17 => e.file_exists_error.clone(),
        2 => e.file_not_found_error.clone(),
        21 => e.is_a_directory_error.clone(),
        20 => e.not_a_directory_error.clone(),
        4 => e.interrupted_error.clone(),
        1 | 13 => e.permission_error.clone(),
        3 => e.process_lookup_error.clone(),
        110 => e.timeout_error.clone(),
        _ => e.os_error.clone(),
    }
}

/// `OSError(errno, strerror[, filename[, filename2]])` of the right subclass.
pub fn os_error2(
    _vm: &mut Vm,
    code: i32,
    filename: Option<Value>,
    filename2: Option<Value>,
) -> PyErr {
    let cls = os_error_class(code);
    let mut args = vec![Value::Int(code as i64), errno::strerror_value(code as i64)];
    let has_name = filename.is_some();
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(Value::Int(0));
            args.push(f2);
        }
    }
    let e = crate::exceptions::new_exception_obj(&cls, args);
    if has_name {
        // CPython keeps only (errno, strerror) in args.
        if let Payload::Exception(d) = &e.payload {
            let two = tupleobj::new_tuple(vec![
                Value::Int(code as i64),
                errno::strerror_value(code as i64),
            ]);
            *d.args.borrow_mut() = two;
        }
    }
    PyErr(e)
}

pub fn os_error(vm: &mut Vm, code: i32, filename: Option<Value>) -> PyErr {
    os_error2(vm, code, filename, None)
}

/// The Linux errno value of an I/O error (WASI errno values are translated).
pub fn errno_of(e: &std::io::Error) -> i32 {
    if let Some(code) = e.raw_os_error() {
        #[cfg(target_os = "wasi")]
        return wasi_to_linux(code);
        #[cfg(not(target_os = "wasi"))]
        return code;
    }
    match e.kind() {
        ErrorKind::NotFound => errno::ENOENT,
        ErrorKind::PermissionDenied => errno::EACCES,
        ErrorKind::AlreadyExists => errno::EEXIST,
        ErrorKind::InvalidInput => errno::EINVAL,
        ErrorKind::Unsupported => errno::ENOTSUP,
        ErrorKind::IsADirectory => errno::EISDIR,
        ErrorKind::NotADirectory => errno::ENOTDIR,
        ErrorKind::DirectoryNotEmpty => errno::ENOTEMPTY,
        ErrorKind::OutOfMemory => 12,
        ErrorKind::UnexpectedEof => 5,
        _ => 5,
    }
}

/// WASI preview1 errno numbering to Linux's.
#[cfg(target_os = "wasi")]
fn wasi_to_linux(code: i32) -> i32 {
    const MAP: [i32; 77] = [
        0, 7, 13, 98, 99, 97, 11, 114, 9, 74, 16, 125, 10, 103, 111, 104, 35, 89, 33, 122, 17, 14,
        27, 113, 43, 84, 115, 4, 22, 5, 106, 21, 40, 24, 31, 90, 72, 36, 100, 102, 101, 23, 105,
        19, 2, 8, 37, 67, 12, 42, 92, 28, 38, 107, 20, 39, 131, 88, 95, 25, 6, 75, 130, 1, 32, 71,
        93, 91, 34, 30, 29, 3, 116, 110, 26, 18,
        // ENOTCAPABLE: the path is outside every mounted folder.
        13,
    ];
    usize::try_from(code)
        .ok()
        .and_then(|i| MAP.get(i))
        .copied()
        .unwrap_or(5)
}

/// The OSError for an I/O error on `filename`.
pub fn io_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    if e.kind() == ErrorKind::OutOfMemory {
        return vm.new_memory_error();
    }
    os_error(vm, errno_of(e), filename.cloned())
}

// ----- path arguments -----

/// Which argument kinds a function accepts besides str/bytes/PathLike (for the message).
#[derive(Clone, Copy)]
pub enum PathKinds {
    Plain,
    OrInt,
    OrIntOrNone,
}

/// A path argument: its text and whether it was given as bytes (results follow the type).
pub struct PathArg {
    pub path: String,
    pub is_bytes: bool,
    /// The object to report in errors (the argument as given, or its fspath).
    pub orig: Value,
}

/// `os.fspath` semantics: str and bytes pass through, PathLike objects are asked.
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match v.payload() {
        Some(Payload::Str(_)) | Some(Payload::Bytes(_)) => return Ok(Some(v.clone())),
        _ => {}
    }
    let cls = types::class_of(v);
    let Some(m) = types::lookup_str(&cls, "__fspath__") else {
        return Ok(None);
    };
    let r = vm.call_special(&m, v, &[])?;
    match r.payload() {
        Some(Payload::Str(_)) | Some(Payload::Bytes(_)) => Ok(Some(r)),
        _ => Err(vm.new_type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            types::type_name(v),
            types::type_name(&r)
        ))),
    }
}

/// Converts a path argument of function `fname`.
pub fn path_arg(vm: &mut Vm, fname: &str, v: &Value, kinds: PathKinds) -> PyResult<PathArg> {
    let Some(p) = fspath(vm, v)? else {
        let what = match kinds {
            PathKinds::Plain => "string, bytes or os.PathLike",
            PathKinds::OrInt => "string, bytes, os.PathLike or integer",
            PathKinds::OrIntOrNone => "string, bytes, os.PathLike, integer or None",
        };
        if intobj::is_int(v) && !matches!(kinds, PathKinds::Plain) {
            // File descriptors are not available in the sandbox.
            return Err(os_error(vm, errno::EBADF, None));
        }
        return Err(vm.new_type_error(format!(
            "{}: path should be {}, not {}",
            fname,
            what,
            types::type_name(v)
        )));
    };
    let (path, is_bytes) = match p.payload() {
        Some(Payload::Str(s)) => (s.as_str().to_string(), false),
        Some(Payload::Bytes(b)) => (String::from_utf8_lossy(b).into_owned(), true),
        _ => (String::new(), false),
    };
    if path.contains('\0') {
        return Err(vm.new_value_error("embedded null byte"));
    }
    if path.is_empty() {
        // WASI would resolve "" to the mounted folder itself; POSIX says ENOENT.
        return Err(os_error(vm, errno::ENOENT, Some(p.clone())));
    }
    // Errors name the fspath result, as CPython's path_converter does.
    Ok(PathArg {
        path,
        is_bytes,
        orig: p,
    })
}

fn name_value(name: &str, as_bytes: bool) -> Value {
    if as_bytes {
        bytesobj::new_bytes(name.as_bytes().to_vec())
    } else {
        strobj::new_str(name.to_string())
    }
}

// ----- stat_result -----

static STAT_RESULT: StructSeqDesc = StructSeqDesc {
    name: "os.stat_result",
    fields: &[
        "st_mode",
        "st_ino",
        "st_dev",
        "st_nlink",
        "st_uid",
        "st_gid",
        "st_size",
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime_ns",
        "st_mtime_ns",
        "st_ctime_ns",
        "st_blksize",
        "st_blocks",
        "st_rdev",
    ],
    n_seq: 10,
    n_unnamed: 3,
};

static STAT_RESULT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", stat_result_new),
    MethodDef::method("__repr__", structseq::repr),
    MethodDef::method("__reduce__", structseq::reduce),
    MethodDef::getter("st_mode", structseq::field::<0>),
    MethodDef::getter("st_ino", structseq::field::<1>),
    MethodDef::getter("st_dev", structseq::field::<2>),
    MethodDef::getter("st_nlink", structseq::field::<3>),
    MethodDef::getter("st_uid", structseq::field::<4>),
    MethodDef::getter("st_gid", structseq::field::<5>),
    MethodDef::getter("st_size", structseq::field::<6>),
    MethodDef::getter("st_atime", structseq::field::<10>),
    MethodDef::getter("st_mtime", structseq::field::<11>),
    MethodDef::getter("st_ctime", structseq::field::<12>),
    MethodDef::getter("st_atime_ns", structseq::field::<13>),
    MethodDef::getter("st_mtime_ns", structseq::field::<14>),
    MethodDef::getter("st_ctime_ns", structseq::field::<15>),
    MethodDef::getter("st_blksize", structseq::field::<16>),
    MethodDef::getter("st_blocks", structseq::field::<17>),
    MethodDef::getter("st_rdev", structseq::field::<18>),
];

thread_local! {
    static STAT_RESULT_TYPE: PyRef = structseq::new_type(&STAT_RESULT, "stat_result", "os", STAT_RESULT_METHODS);
}

fn stat_result_type() -> PyRef {
    STAT_RESULT_TYPE.with(|t| t.clone())
}

fn stat_result_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = stat_result_type();
    let v = structseq::new_from_args(vm, args, &STAT_RESULT, &base)?;
    // Float times default to the integer ones.
    if let Some(Payload::Dict(d)) = v.as_obj().and_then(|o| o.dict()).map(|d| &d.payload) {
        let items: Vec<Value> = tupleobj::tuple_items(&v)
            .map(|t| t.to_vec())
            .unwrap_or_default();
        for i in 0..3 {
            let key = format!("_structseq_{}", 10 + i);
            if d.get_rust_str(&key).map(|x| x.is_none()).unwrap_or(true) {
                d.set_str(
                    types::intern(&key),
                    items.get(7 + i).cloned().unwrap_or(Value::None),
                );
            }
        }
    }
    Ok(v)
}

fn time_parts(t: std::io::Result<std::time::SystemTime>) -> (i64, f64, i64) {
    let Ok(t) = t else { return (0, 0.0, 0) };
    let (secs, nanos) = match t.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos() as i64),
        Err(e) => {
            let d = e.duration();
            let s = -(d.as_secs() as i64);
            let n = d.subsec_nanos() as i64;
            if n == 0 {
                (s, 0)
            } else {
                (s - 1, 1_000_000_000 - n)
            }
        }
    };
    (
        secs,
        secs as f64 + nanos as f64 * 1e-9,
        secs.saturating_mul(1_000_000_000).saturating_add(nanos),
    )
}

fn big(v: u64) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => intobj::int_from_bigint(num_bigint::BigInt::from(v)),
    }
}

/// (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_blksize, st_blocks, st_rdev).
#[cfg(unix)]
fn unix_fields(m: &std::fs::Metadata) -> [u64; 9] {
    use std::os::unix::fs::MetadataExt;
    [
        m.mode() as u64,
        m.ino(),
        m.dev(),
        m.nlink(),
        m.uid() as u64,
        m.gid() as u64,
        m.blksize(),
        m.blocks(),
        m.rdev(),
    ]
}

/// Without the platform's stat fields (WASI), the mode is synthesised from the file type and
/// the read-only flag; the other numbers are 0 (1 link).
#[cfg(not(unix))]
fn unix_fields(m: &std::fs::Metadata) -> [u64; 9] {
    let ft = m.file_type();
    let kind = if ft.is_dir() {
        0o040000
    } else if ft.is_symlink() {
        0o120000
    } else {
        0o100000
    };
    // WASI has no permission bits (std reports every file read-only there).
    let perm = if ft.is_dir() { 0o755 } else { 0o644 };
    [kind | perm, 0, 0, 1, 0, 0, 4096, m.len().div_ceil(512), 0]
}

/// An `os.stat_result` for file metadata, with (st_dev, st_ino, st_nlink) from elsewhere when
/// given.
fn stat_value_ids(m: &std::fs::Metadata, ids: Option<(u64, u64, u64)>) -> Value {
    let mut f = unix_fields(m);
    if let Some((dev, ino, nlink)) = ids {
        f[1] = ino;
        f[2] = dev;
        f[3] = nlink;
    }
    let (a, af, an) = time_parts(m.accessed());
    let (mo, mf, mn) = time_parts(m.modified());
    // st_ctime is the inode change time on Linux; std exposes it only through MetadataExt.
    #[cfg(unix)]
    let (c, cf, cn) = {
        use std::os::unix::fs::MetadataExt;
        let (s, n) = (m.ctime(), m.ctime_nsec());
        (
            s,
            s as f64 + n as f64 * 1e-9,
            s.saturating_mul(1_000_000_000).saturating_add(n),
        )
    };
    #[cfg(not(unix))]
    let (c, cf, cn) = (mo, mf, mn);
    let vals = vec![
        big(f[0]),
        big(f[1]),
        big(f[2]),
        big(f[3]),
        big(f[4]),
        big(f[5]),
        big(m.len()),
        Value::Int(a),
        Value::Int(mo),
        Value::Int(c),
        Value::Float(af),
        Value::Float(mf),
        Value::Float(cf),
        Value::Int(an),
        Value::Int(mn),
        Value::Int(cn),
        big(f[6]),
        big(f[7]),
        big(f[8]),
    ];
    structseq::make(&stat_result_type(), &STAT_RESULT, vals)
}

// ----- functions -----

type Entry = (&'static str, NativeFn);

static FUNCTIONS: &[Entry] = &[
    ("getcwd", os_getcwd),
    ("getcwdb", os_getcwdb),
    ("chdir", os_chdir),
    ("listdir", os_listdir),
    ("_scandir", os_scandir),
    ("mkdir", os_mkdir),
    ("rmdir", os_rmdir),
    ("remove", os_remove),
    ("unlink", os_remove),
    ("rename", os_rename),
    ("replace", os_rename),
    ("stat", os_stat),
    ("fstat", os_fstat),
    ("lstat", os_lstat),
    ("access", os_access),
    ("readlink", os_readlink),
    ("symlink", os_symlink),
    ("link", os_link),
    ("truncate", os_truncate),
    ("urandom", os_urandom),
    ("strerror", os_strerror),
    ("fspath", os_fspath),
    ("_environ", os_environ),
    ("cpu_count", os_cpu_count),
    ("_exit", os_exit),
];

pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("posix"), 0));
    }
    moduleobj::module_set(m, "stat_result", Value::Obj(stat_result_type()));
    moduleobj::module_set(m, "error", Value::Obj(types().exc.os_error.clone()));
    for (n, v) in [
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
    ] {
        moduleobj::module_set(m, n, Value::Int(v));
    }
    Ok(())
}

fn spec(
    name: &'static str,
    params: &'static [&'static str],
    required: usize,
    kwonly: usize,
) -> ArgSpec {
    ArgSpec {
        name,
        params,
        required,
        posonly: 0,
        kwonly,
    }
}

fn os_getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "getcwd", 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(strobj::new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(io_error(vm, &e, None)),
    }
}

fn os_getcwdb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "getcwdb", 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(bytesobj::new_bytes(p.to_string_lossy().as_bytes().to_vec())),
        Err(e) => Err(io_error(vm, &e, None)),
    }
}

fn os_chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("chdir", &["path"], 1, 0))?;
    let p = path_arg(
        vm,
        "chdir",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::OrInt,
    )?;
    // wasi-libc keeps the working directory as a string and does not resolve `.` and `..`
    // in it: resolve them here so getcwd() reads as on a POSIX system.
    #[cfg(target_os = "wasi")]
    let target = {
        let joined = std::env::current_dir()
            .map(|c| c.join(&p.path))
            .unwrap_or_else(|_| std::path::PathBuf::from(&p.path));
        let mut parts: Vec<std::ffi::OsString> = Vec::new();
        for comp in joined.components() {
            match comp {
                std::path::Component::ParentDir => {
                    parts.pop();
                }
                std::path::Component::Normal(s) => parts.push(s.to_os_string()),
                _ => {}
            }
        }
        let mut out = std::path::PathBuf::from("/");
        out.extend(parts);
        out
    };
    #[cfg(not(target_os = "wasi"))]
    let target = std::path::PathBuf::from(&p.path);
    match std::env::set_current_dir(&target) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig))),
    }
}

fn dir_arg(vm: &mut Vm, fname: &str, v: Option<&Value>) -> PyResult<PathArg> {
    match v {
        None | Some(Value::None) => Ok(PathArg {
            path: ".".into(),
            is_bytes: false,
            orig: strobj::new_str(".".into()),
        }),
        Some(v) => path_arg(vm, fname, v, PathKinds::OrIntOrNone),
    }
}

fn read_dir(vm: &mut Vm, p: &PathArg) -> PyResult<std::fs::ReadDir> {
    match std::fs::read_dir(&p.path) {
        Ok(r) => Ok(r),
        Err(e) => {
            // read_dir on a file reports ENOTDIR on Linux; make sure the same holds elsewhere.
            let code = match std::fs::metadata(&p.path) {
                Ok(m) if !m.is_dir() => errno::ENOTDIR,
                _ => errno_of(&e),
            };
            Err(os_error(vm, code, Some(p.orig.clone())))
        }
    }
}

fn os_listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("listdir", &["path"], 0, 0))?;
    let p = dir_arg(vm, "listdir", b[0].as_ref())?;
    let rd = read_dir(vm, &p)?;
    let mut out = Vec::new();
    for ent in rd {
        match ent {
            Ok(ent) => out.push(name_value(&ent.file_name().to_string_lossy(), p.is_bytes)),
            Err(e) => return Err(io_error(vm, &e, Some(&p.orig))),
        }
    }
    Ok(listobj::new_list(out))
}

/// `_scandir(path)` → list of (name, entry path, is_dir, is_file, is_symlink) for os.scandir.
fn os_scandir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("scandir", &["path"], 0, 0))?;
    let given = b[0].as_ref().is_some_and(|v| !v.is_none());
    let p = dir_arg(vm, "scandir", b[0].as_ref())?;
    let rd = read_dir(vm, &p)?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = match ent {
            Ok(e) => e,
            Err(e) => return Err(io_error(vm, &e, Some(&p.orig))),
        };
        let name = ent.file_name().to_string_lossy().into_owned();
        let full = if !given {
            format!("./{}", name)
        } else if p.path.ends_with('/') {
            format!("{}{}", p.path, name)
        } else {
            format!("{}/{}", p.path, name)
        };
        let ft = ent.file_type().ok();
        let is_link = ft.map(|t| t.is_symlink()).unwrap_or(false);
        // Symlinks are followed for is_dir()/is_file() by default.
        let (is_dir, is_file) = if is_link {
            match std::fs::metadata(ent.path()) {
                Ok(m) => (m.is_dir(), m.is_file()),
                Err(_) => (false, false),
            }
        } else {
            (
                ft.map(|t| t.is_dir()).unwrap_or(false),
                ft.map(|t| t.is_file()).unwrap_or(false),
            )
        };
        out.push(tupleobj::new_tuple(vec![
            name_value(&name, p.is_bytes),
            name_value(&full, p.is_bytes),
            Value::Bool(is_dir),
            Value::Bool(is_file),
            Value::Bool(is_link),
        ]));
    }
    Ok(listobj::new_list(out))
}

fn os_mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("mkdir", &["path", "mode", "dir_fd"], 1, 1))?;
    let p = path_arg(
        vm,
        "mkdir",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    if let Some(m) = &b[1] {
        native_i64(vm, m)?;
    }
    match std::fs::create_dir(&p.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig))),
    }
}

fn native_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::modules::native::arg_i64(vm, v)
}

fn os_rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("rmdir", &["path", "dir_fd"], 1, 1))?;
    let p = path_arg(
        vm,
        "rmdir",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    match std::fs::remove_dir(&p.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => {
            let code = match std::fs::symlink_metadata(&p.path) {
                Ok(m) if !m.is_dir() => errno::ENOTDIR,
                _ => errno_of(&e),
            };
            Err(os_error(vm, code, Some(p.orig)))
        }
    }
}

fn os_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("remove", &["path", "dir_fd"], 1, 1))?;
    let p = path_arg(
        vm,
        "remove",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    match std::fs::remove_file(&p.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => {
            let code = match std::fs::symlink_metadata(&p.path) {
                Ok(m) if m.is_dir() => errno::EISDIR,
                _ => errno_of(&e),
            };
            Err(os_error(vm, code, Some(p.orig)))
        }
    }
}

fn os_rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &spec("rename", &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2),
    )?;
    let src = path_arg(
        vm,
        "rename",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    let dst = path_arg(
        vm,
        "rename",
        b[1].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    match std::fs::rename(&src.path, &dst.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error2(vm, errno_of(&e), Some(src.orig), Some(dst.orig))),
    }
}

fn stat_common(
    vm: &mut Vm,
    args: Args,
    fname: &'static str,
    follow_default: bool,
) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &spec(fname, &["path", "dir_fd", "follow_symlinks"], 1, 2),
    )?;
    let p = path_arg(
        vm,
        fname,
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::OrInt,
    )?;
    let follow = match &b[2] {
        Some(v) => vm.truthy(v)?,
        None => follow_default,
    };
    let r = if follow {
        std::fs::metadata(&p.path)
    } else {
        std::fs::symlink_metadata(&p.path)
    };
    match r {
        Ok(m) => Ok(stat_value_ids(&m, file_ids(&p.path, follow))),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig))),
    }
}

/// (st_dev, st_ino, st_nlink) where std cannot give them: on WASI from wasi-libc's stat
/// (the host reports a device and a per-file inode number), so `os.path.samefile`,
/// `shutil`'s same-file checks and `ismount` work as on POSIX.
#[cfg(target_os = "wasi")]
fn file_ids(path: &str, follow: bool) -> Option<(u64, u64, u64)> {
    let c = std::ffi::CString::new(path).ok()?;
    // SAFETY: an all-zero `stat` is a valid value of this plain C struct.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is a NUL-terminated path and `st` a valid out-pointer for the call.
    let r = unsafe {
        if follow {
            libc::stat(c.as_ptr(), &mut st)
        } else {
            libc::lstat(c.as_ptr(), &mut st)
        }
    };
    (r == 0).then_some((st.st_dev, st.st_ino, st.st_nlink))
}

#[cfg(not(target_os = "wasi"))]
fn file_ids(_path: &str, _follow: bool) -> Option<(u64, u64, u64)> {
    None
}

fn os_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_common(vm, args, "stat", true)
}

/// `os.fstat(fd)` for the process's descriptors (the standard streams: a pipe or a
/// redirected file's size, as `os.fstat(0).st_size` in fast-input templates reads it).
fn os_fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "fstat", 1)?;
    let fd = vm.index_i64(&a[0])?;
    #[cfg(any(unix, target_os = "wasi"))]
    if (0..=2).contains(&fd) {
        use std::os::fd::FromRawFd;
        // SAFETY: descriptors 0-2 are open for the whole process; ManuallyDrop keeps
        // this borrowed File from ever closing one.
        let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd as i32) });
        return match f.metadata() {
            Ok(m) => Ok(stat_value_ids(&m, None)),
            Err(e) => Err(io_error(vm, &e, None)),
        };
    }
    let _ = fd;
    Err(os_error(vm, crate::modules::errno::EBADF, None))
}

fn os_lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_common(vm, args, "lstat", false)
}

fn os_access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &spec(
            "access",
            &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
            2,
            3,
        ),
    )?;
    let p = path_arg(
        vm,
        "access",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::OrInt,
    )?;
    let mode = native_i64(vm, b[1].as_ref().unwrap_or(&Value::Int(0)))?;
    let Ok(m) = std::fs::metadata(&p.path) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(access_ok(&m, mode)))
}

/// Permission check for os.access (WASI has no permission bits: existence is enough).
#[cfg(unix)]
fn access_ok(m: &std::fs::Metadata, mode: i64) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let bits = m.permissions().mode();
    !(mode & 2 != 0 && m.permissions().readonly() || mode & 1 != 0 && bits & 0o111 == 0)
}

/// WASI has no permission bits: what exists can be read (and written where the mount
/// allows, which the open reports), but nothing can be executed, so only folders (searchable)
/// pass X_OK, as their synthesised mode 0o755 says.
#[cfg(not(unix))]
fn access_ok(m: &std::fs::Metadata, mode: i64) -> bool {
    mode & 1 == 0 || m.is_dir()
}

/// `os.symlink(src, dst, target_is_directory=False, *, dir_fd=None)`: the link holds `src`
/// verbatim; WASI refuses targets that would leave the mount when followed.
fn os_symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &spec(
            "symlink",
            &["src", "dst", "target_is_directory", "dir_fd"],
            2,
            2,
        ),
    )?;
    let src = path_arg(
        vm,
        "symlink",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    let dst = path_arg(
        vm,
        "symlink",
        b[1].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    match make_symlink(src.path.as_ref(), dst.path.as_ref()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error2(vm, errno_of(&e), Some(src.orig), Some(dst.orig))),
    }
}

#[cfg(target_os = "wasi")]
fn make_symlink(src: &std::path::Path, dst: &std::path::Path) -> std::io::Result<()> {
    // wasi-libc's symlink() resolves `dst` against the preopened folders (std's wrapper is
    // unstable).
    extern "C" {
        fn symlink(target: *const std::ffi::c_char, linkpath: *const std::ffi::c_char) -> i32;
    }
    let invalid = || std::io::Error::from(std::io::ErrorKind::InvalidInput);
    let t = std::ffi::CString::new(src.to_string_lossy().as_bytes()).map_err(|_| invalid())?;
    let l = std::ffi::CString::new(dst.to_string_lossy().as_bytes()).map_err(|_| invalid())?;
    // SAFETY: both arguments are NUL-terminated strings that outlive the call.
    if unsafe { symlink(t.as_ptr(), l.as_ptr()) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(unix)]
fn make_symlink(src: &std::path::Path, dst: &std::path::Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(src, dst)
}

#[cfg(not(any(unix, target_os = "wasi")))]
fn make_symlink(_src: &std::path::Path, _dst: &std::path::Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// `os.link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
fn os_link(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &spec(
            "link",
            &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
            2,
            3,
        ),
    )?;
    let src = path_arg(
        vm,
        "link",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    let dst = path_arg(
        vm,
        "link",
        b[1].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    match std::fs::hard_link(&src.path, &dst.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error2(vm, errno_of(&e), Some(src.orig), Some(dst.orig))),
    }
}

fn os_readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("readlink", &["path", "dir_fd"], 1, 1))?;
    let p = path_arg(
        vm,
        "readlink",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::Plain,
    )?;
    match std::fs::read_link(&p.path) {
        Ok(t) => Ok(name_value(&t.to_string_lossy(), p.is_bytes)),
        Err(e) => {
            let code = match std::fs::symlink_metadata(&p.path) {
                Ok(m) if !m.file_type().is_symlink() => errno::EINVAL,
                _ => errno_of(&e),
            };
            Err(os_error(vm, code, Some(p.orig)))
        }
    }
}

fn os_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("truncate", &["path", "length"], 2, 0))?;
    let p = path_arg(
        vm,
        "truncate",
        b[0].as_ref().unwrap_or(&Value::None),
        PathKinds::OrInt,
    )?;
    let len = native_i64(vm, b[1].as_ref().unwrap_or(&Value::Int(0)))?;
    if len < 0 {
        return Err(os_error(vm, errno::EINVAL, Some(p.orig)));
    }
    let r = std::fs::OpenOptions::new()
        .write(true)
        .open(&p.path)
        .and_then(|f| f.set_len(len as u64));
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig))),
    }
}

/// os._exit(n): ends the process at once with status `n`: no atexit handlers, no
/// finalizers. The interpreter's own stdout buffer is written out first, as CPython's
/// unbuffered stdout would already have done; a replaced sys.stdout is not flushed.
fn os_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("_exit", &["status"], 1, 0))?;
    let n = match b[0].as_ref() {
        Some(v) => native_i64(vm, v)?,
        None => 0,
    };
    if n > i32::MAX as i64 || n < i32::MIN as i64 {
        return Err(vm.new_overflow_error("Python int too large to convert to C int"));
    }
    vm.flush_stdout();
    std::process::exit(n as i32)
}

fn os_urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "urandom", 1)?;
    let n = native_i64(vm, &a[0])?;
    if n < 0 {
        return Err(vm.new_value_error("negative argument not allowed"));
    }
    vm.check_alloc(usize::try_from(n).unwrap_or(usize::MAX))?;
    let mut buf = vec![0u8; n as usize];
    if let Err(e) = fill_random(&mut buf) {
        return Err(io_error(vm, &e, None));
    }
    Ok(bytesobj::new_bytes(buf))
}

/// Fills `buf` from the host's random source: WASI `random_get` in the sandbox (the host
/// decides: OS entropy, or a seeded generator in deterministic mode), /dev/urandom natively.
pub fn fill_random(buf: &mut [u8]) -> std::io::Result<()> {
    #[cfg(target_os = "wasi")]
    {
        #[link(wasm_import_module = "wasi_snapshot_preview1")]
        extern "C" {
            fn random_get(buf: *mut u8, len: usize) -> u16;
        }
        // SAFETY: the host writes exactly `buf.len()` bytes into the valid, writable buffer.
        let rc = unsafe { random_get(buf.as_mut_ptr(), buf.len()) };
        if rc != 0 {
            return Err(std::io::Error::from_raw_os_error(rc as i32));
        }
        Ok(())
    }
    #[cfg(not(target_os = "wasi"))]
    {
        use std::io::Read;
        std::fs::File::open("/dev/urandom")?.read_exact(buf)
    }
}

fn os_strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "strerror", 1)?;
    let code = native_i64(vm, &a[0])?;
    Ok(errno::strerror_value(code))
}

fn os_fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(vm, &spec("fspath", &["path"], 1, 0))?;
    let v = b[0].clone().unwrap_or(Value::None);
    match fspath(vm, &v)? {
        Some(p) => Ok(p),
        None => Err(vm.new_type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            types::type_name(&v)
        ))),
    }
}

/// The process environment as a dict, without the host's private WASIPY_* variables.
fn os_environ(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "_environ", 0)?;
    let d = dictobj::new_dict();
    if let Some(dd) = dictobj::as_dict(&d) {
        for (k, v) in std::env::vars_os() {
            let k = k.to_string_lossy().into_owned();
            if k.starts_with("WASIPY_") {
                continue;
            }
            dd.set_str(
                strobj::new_str_ref(&k),
                strobj::new_str(v.to_string_lossy().into_owned()),
            );
        }
    }
    Ok(d)
}

fn os_cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "cpu_count", 0)?;
    // The interpreter runs on one thread; the sandbox hides the host's processors.
    Ok(Value::Int(1))
}
