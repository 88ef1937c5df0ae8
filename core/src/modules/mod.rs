//! Modules written in Rust, one file each, registered in one table. A module's `init`
//! fills the module object's namespace when it is first imported.

pub mod array;
pub mod ast;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod cmath;
pub mod collections;
pub mod digests;
pub mod errno;
pub mod flate;
pub mod functools;
pub mod gc;
pub mod hashlib;
pub mod heapq;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub(crate) mod mathcr;
pub mod native;
pub mod operator;
pub mod os;
pub mod random;
pub mod re;
pub mod sha512;
pub mod struct_;
pub mod structseq;
pub mod sys;
pub mod tasklet;
pub mod time;
pub mod traceback;
pub mod unicodedata;
mod unicodedata_data;
pub mod weakref;
pub mod zlib;

use crate::object::PyRef;
use crate::vm::{PyResult, Vm};

/// A builtin module: its name and the function that fills its namespace.
pub struct ModuleDef {
    pub name: &'static str,
    pub init: fn(&mut Vm, &PyRef) -> PyResult<()>,
}

/// All builtin modules (imported lazily, on first use).
pub static MODULES: &[ModuleDef] = &[
    ModuleDef {
        name: "_imp",
        init: imp::init_module,
    },
    ModuleDef {
        name: "sys",
        init: sys::init_module,
    },
    ModuleDef {
        name: "_json",
        init: json::init_module,
    },
    ModuleDef {
        name: "math",
        init: math::init_module,
    },
    ModuleDef {
        name: "cmath",
        init: cmath::init_module,
    },
    ModuleDef {
        name: "itertools",
        init: itertools::init_module,
    },
    ModuleDef {
        name: "_collections",
        init: collections::init_module,
    },
    ModuleDef {
        name: "_functools",
        init: functools::init_module,
    },
    ModuleDef {
        name: "operator",
        init: operator::init_module,
    },
    ModuleDef {
        name: "array",
        init: array::init_module,
    },
    ModuleDef {
        name: "errno",
        init: errno::init_module,
    },
    ModuleDef {
        name: "_tasklet",
        init: tasklet::init_module,
    },
    ModuleDef {
        name: "gc",
        init: gc::init_module,
    },
    ModuleDef {
        name: "io",
        init: io::init_module,
    },
    ModuleDef {
        name: "_io",
        init: io::init_module,
    },
    ModuleDef {
        name: "posix",
        init: os::init_module,
    },
    ModuleDef {
        name: "struct",
        init: struct_::init_module,
    },
    ModuleDef {
        name: "time",
        init: time::init_module,
    },
    ModuleDef {
        name: "_weakref",
        init: weakref::init_module,
    },
    ModuleDef {
        name: "_sre",
        init: re::init_module,
    },
    ModuleDef {
        name: "_random",
        init: random::init_module,
    },
    ModuleDef {
        name: "_sha512",
        init: sha512::init_module,
    },
    ModuleDef {
        name: "bisect",
        init: bisect::init_module,
    },
    ModuleDef {
        name: "_heapq",
        init: heapq::init_module,
    },
    ModuleDef {
        name: "_traceback",
        init: traceback::init_module,
    },
    // modA: binary data, hashing, compression
    ModuleDef {
        name: "binascii",
        init: binascii::init_module,
    },
    ModuleDef {
        name: "_hashlib",
        init: hashlib::init_module,
    },
    ModuleDef {
        name: "zlib",
        init: zlib::init_module,
    },
    ModuleDef {
        name: "_ast",
        init: ast::init_module,
    },
    ModuleDef {
        name: "unicodedata",
        init: unicodedata::init_module,
    },
];

/// Modules written in Python and embedded in the binary: (name, source, is_package).
/// Each lives in `modules/py/<name>.py`; a dotted name is a submodule.
macro_rules! frozen {
    ($path:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $path, ".lz"))
    };
}

pub static FROZEN: &[(&str, &[u8], bool)] = &[
    ("_sitebuiltins", frozen!("py/_sitebuiltins.py"), false),
    ("json", frozen!("py/json/__init__.py"), true),
    ("json.decoder", frozen!("py/json/decoder.py"), false),
    ("json.encoder", frozen!("py/json/encoder.py"), false),
    ("json.scanner", frozen!("py/json/scanner.py"), false),
    ("abc", frozen!("py/abc.py"), false),
    ("_collections_abc", frozen!("py/_collections_abc.py"), false),
    ("collections", frozen!("py/collections/__init__.py"), true),
    ("collections.abc", frozen!("py/collections/abc.py"), false),
    ("functools", frozen!("py/functools.py"), false),
    ("os", frozen!("py/os.py"), false),
    ("posixpath", frozen!("py/posixpath.py"), false),
    ("re", frozen!("py/re/__init__.py"), true),
    ("re._constants", frozen!("py/re/_constants.py"), false),
    ("re._parser", frozen!("py/re/_parser.py"), false),
    ("re._compiler", frozen!("py/re/_compiler.py"), false),
    ("sre_constants", frozen!("py/sre_constants.py"), false),
    ("sre_parse", frozen!("py/sre_parse.py"), false),
    ("sre_compile", frozen!("py/sre_compile.py"), false),
    ("stat", frozen!("py/stat.py"), false),
    ("weakref", frozen!("py/weakref.py"), false),
    ("random", frozen!("py/random.py"), false),
    ("heapq", frozen!("py/heapq.py"), false),
    ("linecache", frozen!("py/linecache.py"), false),
    ("warnings", frozen!("py/warnings.py"), false),
    ("traceback", frozen!("py/traceback.py"), false),
    ("string", frozen!("py/string.py"), false),
    ("textwrap", frozen!("py/textwrap.py"), false),
    ("keyword", frozen!("py/keyword.py"), false),
    ("types", frozen!("py/types.py"), false),
    ("copyreg", frozen!("py/copyreg.py"), false),
    ("copy", frozen!("py/copy.py"), false),
    ("contextlib", frozen!("py/contextlib.py"), false),
    ("reprlib", frozen!("py/reprlib.py"), false),
    ("pprint", frozen!("py/pprint.py"), false),
    ("numbers", frozen!("py/numbers.py"), false),
    ("__future__", frozen!("py/__future__.py"), false),
    ("dataclasses", frozen!("py/dataclasses.py"), false),
    ("typing", frozen!("py/typing.py"), false),
    ("enum", frozen!("py/enum.py"), false),
    ("inspect", frozen!("py/inspect.py"), false),
    ("fractions", frozen!("py/fractions.py"), false),
    ("statistics", frozen!("py/statistics.py"), false),
    ("decimal", frozen!("py/decimal.py"), false),
    ("datetime", frozen!("py/datetime.py"), false),
    ("calendar", frozen!("py/calendar.py"), false),
    ("unittest", frozen!("py/unittest/__init__.py"), true),
    ("unittest.mock", frozen!("py/unittest/mock.py"), false),
    ("unittest.case", frozen!("py/unittest/case.py"), false),
    ("unittest.suite", frozen!("py/unittest/suite.py"), false),
    ("unittest.loader", frozen!("py/unittest/loader.py"), false),
    ("unittest.result", frozen!("py/unittest/result.py"), false),
    ("unittest.runner", frozen!("py/unittest/runner.py"), false),
    ("unittest.util", frozen!("py/unittest/util.py"), false),
    ("unittest._diff", frozen!("py/unittest/_diff.py"), false),
    ("unittest._log", frozen!("py/unittest/_log.py"), false),
    (
        "unittest.__main__",
        frozen!("py/unittest/__main__.py"),
        false,
    ),
    ("argparse", frozen!("py/argparse.py"), false),
    ("logging", frozen!("py/logging/__init__.py"), true),
    ("contextvars", frozen!("py/contextvars.py"), false),
    ("asyncio", frozen!("py/asyncio.py"), false),
    ("threading", frozen!("py/threading.py"), false),
    ("queue", frozen!("py/queue.py"), false),
    ("_thread", frozen!("py/_thread.py"), false),
    // modD: small standard modules (urllib.parse, html, importlib, atexit, ...).
    ("colorsys", frozen!("py/colorsys.py"), false),
    ("sched", frozen!("py/sched.py"), false),
    ("cmd", frozen!("py/cmd.py"), false),
    ("this", frozen!("py/this.py"), false),
    ("urllib", frozen!("py/urllib/__init__.py"), true),
    ("urllib.parse", frozen!("py/urllib/parse.py"), false),
    ("html", frozen!("py/html/__init__.py"), true),
    ("html.entities", frozen!("py/html/entities.py"), false),
    ("html.parser", frozen!("py/html/parser.py"), false),
    ("atexit", frozen!("py/atexit.py"), false),
    ("importlib", frozen!("py/importlib/__init__.py"), true),
    (
        "importlib.machinery",
        frozen!("py/importlib/machinery.py"),
        false,
    ),
    ("importlib.util", frozen!("py/importlib/util.py"), false),
    ("locale", frozen!("py/locale.py"), false),
    ("platform", frozen!("py/platform.py"), false),
    ("signal", frozen!("py/signal.py"), false),
    ("concurrent", frozen!("py/concurrent/__init__.py"), true),
    (
        "concurrent.futures",
        frozen!("py/concurrent/futures/__init__.py"),
        true,
    ),
    (
        "concurrent.futures._base",
        frozen!("py/concurrent/futures/_base.py"),
        false,
    ),
    (
        "concurrent.futures.thread",
        frozen!("py/concurrent/futures/thread.py"),
        false,
    ),
    (
        "concurrent.futures.process",
        frozen!("py/concurrent/futures/process.py"),
        false,
    ),
    ("doctest", frozen!("py/doctest.py"), false),
    ("csv", frozen!("py/csv.py"), false),
    ("_csv", frozen!("py/_csv.py"), false),
    ("difflib", frozen!("py/difflib.py"), false),
    ("shlex", frozen!("py/shlex.py"), false),
    ("fnmatch", frozen!("py/fnmatch.py"), false),
    ("fileinput", frozen!("py/fileinput.py"), false),
    ("glob", frozen!("py/glob.py"), false),
    ("getopt", frozen!("py/getopt.py"), false),
    ("graphlib", frozen!("py/graphlib.py"), false),
    ("pathlib", frozen!("py/pathlib.py"), false),
    ("tempfile", frozen!("py/tempfile.py"), false),
    ("shutil", frozen!("py/shutil.py"), false),
    ("timeit", frozen!("py/timeit.py"), false),
    // modA: binary data, hashing, compression
    ("base64", frozen!("py/base64.py"), false),
    ("hashlib", frozen!("py/hashlib.py"), false),
    ("hmac", frozen!("py/hmac.py"), false),
    ("secrets", frozen!("py/secrets.py"), false),
    ("uuid", frozen!("py/uuid.py"), false),
    ("pickle", frozen!("py/pickle.py"), false),
    ("_pickle", frozen!("py/_pickle.py"), false),
    ("codecs", frozen!("py/codecs.py"), false),
    ("_codecs", frozen!("py/_codecs.py"), false),
    ("ast", frozen!("py/ast.py"), false),
    // modF: xml, archives, marshal, logging.handlers, code
    ("xml", frozen!("py/xml/__init__.py"), true),
    ("xml.etree", frozen!("py/xml/etree/__init__.py"), true),
    (
        "xml.etree.ElementTree",
        frozen!("py/xml/etree/ElementTree.py"),
        false,
    ),
    (
        "xml.etree.ElementPath",
        frozen!("py/xml/etree/ElementPath.py"),
        false,
    ),
    ("xml.dom", frozen!("py/xml/dom/__init__.py"), true),
    ("xml.dom.minidom", frozen!("py/xml/dom/minidom.py"), false),
    ("xml.parsers", frozen!("py/xml/parsers/__init__.py"), true),
    (
        "xml.parsers.expat",
        frozen!("py/xml/parsers/expat.py"),
        false,
    ),
    ("xml.sax", frozen!("py/xml/sax/__init__.py"), true),
    ("xml.sax.handler", frozen!("py/xml/sax/handler.py"), false),
    ("xml.sax.saxutils", frozen!("py/xml/sax/saxutils.py"), false),
    (
        "xml.sax.xmlreader",
        frozen!("py/xml/sax/xmlreader.py"),
        false,
    ),
    (
        "xml.sax._exceptions",
        frozen!("py/xml/sax/_exceptions.py"),
        false,
    ),
    (
        "xml.sax.expatreader",
        frozen!("py/xml/sax/expatreader.py"),
        false,
    ),
    ("gzip", frozen!("py/gzip.py"), false),
    ("zipfile", frozen!("py/zipfile.py"), false),
    ("marshal", frozen!("py/marshal.py"), false),
    ("logging.handlers", frozen!("py/logging/handlers.py"), false),
    ("logging.config", frozen!("py/logging/config.py"), false),
    ("codeop", frozen!("py/codeop.py"), false),
    ("code", frozen!("py/code.py"), false),
    ("quopri", frozen!("py/quopri.py"), false),
    // modE: configuration files, TOML, IP addresses, option parsing, tokens, ...
    ("configparser", frozen!("py/configparser.py"), false),
    ("tomllib", frozen!("py/tomllib.py"), false),
    ("zoneinfo", frozen!("py/zoneinfo.py"), false),
    ("ipaddress", frozen!("py/ipaddress.py"), false),
    ("optparse", frozen!("py/optparse.py"), false),
    ("gettext", frozen!("py/gettext.py"), false),
    ("token", frozen!("py/token.py"), false),
    ("tokenize", frozen!("py/tokenize.py"), false),
    ("filecmp", frozen!("py/filecmp.py"), false),
    ("mimetypes", frozen!("py/mimetypes.py"), false),
    // CPython's accelerator names that programs import directly, and small helpers
    ("_operator", frozen!("py/_operator.py"), false),
    ("_struct", frozen!("py/_struct.py"), false),
    ("_bisect", frozen!("py/_bisect.py"), false),
    ("_datetime", frozen!("py/_datetime.py"), false),
    ("_stat", frozen!("py/_stat.py"), false),
    ("_weakrefset", frozen!("py/_weakrefset.py"), false),
    ("_warnings", frozen!("py/_warnings.py"), false),
    ("_contextvars", frozen!("py/_contextvars.py"), false),
    ("_queue", frozen!("py/_queue.py"), false),
    ("_string", frozen!("py/_string.py"), false),
    ("_md5", frozen!("py/_md5.py"), false),
    ("_sha1", frozen!("py/_sha1.py"), false),
    ("_sha256", frozen!("py/_sha256.py"), false),
    ("_sha3", frozen!("py/_sha3.py"), false),
    ("_blake2", frozen!("py/_blake2.py"), false),
    ("_signal", frozen!("py/_signal.py"), false),
    ("_locale", frozen!("py/_locale.py"), false),
    ("_statistics", frozen!("py/_statistics.py"), false),
    ("_py_abc", frozen!("py/_py_abc.py"), false),
    ("_threading_local", frozen!("py/_threading_local.py"), false),
    ("_zoneinfo", frozen!("py/_zoneinfo.py"), false),
    ("_pydecimal", frozen!("py/_pydecimal.py"), false),
    ("genericpath", frozen!("py/genericpath.py"), false),
    ("ntpath", frozen!("py/ntpath.py"), false),
    ("getpass", frozen!("py/getpass.py"), false),
    ("sysconfig", frozen!("py/sysconfig.py"), false),
    ("tracemalloc", frozen!("py/tracemalloc.py"), false),
    ("faulthandler", frozen!("py/faulthandler.py"), false),
    ("pkgutil", frozen!("py/pkgutil.py"), false),
    ("runpy", frozen!("py/runpy.py"), false),
    ("imp", frozen!("py/imp.py"), false),
    (
        "multiprocessing",
        frozen!("py/multiprocessing/__init__.py"),
        true,
    ),
    (
        "multiprocessing.pool",
        frozen!("py/multiprocessing/pool.py"),
        false,
    ),
    (
        "multiprocessing.managers",
        frozen!("py/multiprocessing/managers.py"),
        false,
    ),
    ("http", frozen!("py/http/__init__.py"), true),
    ("dbm", frozen!("py/dbm/__init__.py"), true),
    ("dbm.dumb", frozen!("py/dbm/dumb.py"), false),
    ("shelve", frozen!("py/shelve.py"), false),
];

/// Interpreter exit: runs the atexit callbacks and pending weakref.finalize callbacks and
/// flushes files left open (as CPython's finalisation does).
pub fn shutdown(vm: &mut Vm) {
    atexit::shutdown(vm);
    sys::flush_std_files(vm);
    weakref::shutdown(vm);
    vm.finalize_at_exit();
    io::shutdown(vm);
}

/// Frozen modules standing in for CPython's C extension modules: their classes are named
/// as static types in messages ('datetime.date'), and their frames are left out of
/// tracebacks, as CPython shows no Python frames for C code.
const C_STANDINS: &[&str] = &[
    "datetime",
    "decimal",
    "_csv",
    "pickle",
    "_pickle",
    "_codecs",
    "marshal",
    "atexit",
    "contextvars",
    "_contextvars",
    "_thread",
];

pub fn is_c_standin(module: &str) -> bool {
    C_STANDINS.contains(&module)
}

/// Frozen modules whose CPython counterpart is part Python, part C: the classes (first part
/// of a qualname) and private helpers (leading `_`) standing in for its C half.
const C_CLASSES: &[(&str, &[&str])] = &[
    ("collections", &["OrderedDict", "defaultdict"]),
    ("threading", &["Lock", "RLock"]),
    ("types", &["SimpleNamespace"]),
    ("warnings", &["warn", "warn_explicit"]),
];

/// Is `module.name` a class CPython implements in C within a mixed module? (named
/// 'collections.OrderedDict' in messages, as static types are)
pub fn is_c_class(module: &str, name: &str) -> bool {
    C_CLASSES
        .iter()
        .any(|(m, classes)| *m == module && classes.contains(&name))
}

pub fn hides_frames(filename: Option<&str>, qualname: &str) -> bool {
    let Some(module) = filename
        .and_then(|f| f.strip_prefix("<frozen "))
        .and_then(|f| f.strip_suffix('>'))
    else {
        return false;
    };
    if is_c_standin(module) {
        return true;
    }
    C_CLASSES.iter().any(|(m, classes)| {
        *m == module && {
            let first = qualname.split('.').next().unwrap_or(qualname);
            // (types' private helpers build sample objects, a traceback among them)
            (first.starts_with('_') && module != "types") || classes.contains(&first)
        }
    })
}

/// The modules CPython 3.11 freezes into its binary (their repr says "(frozen)").
pub fn cpython_frozen(name: &str) -> bool {
    const FROZEN_IN_CPYTHON: &[&str] = &[
        "_collections_abc",
        "_sitebuiltins",
        "abc",
        "codecs",
        "genericpath",
        "io",
        "ntpath",
        "os",
        "posixpath",
        "runpy",
        "site",
        "stat",
        "zipimport",
    ];
    FROZEN_IN_CPYTHON.contains(&name)
}

/// Whether the interpreter's own module `name` is found before the script's folder and
/// sys.path, as CPython's builtin and frozen modules are; the other standard modules can be
/// shadowed by a file of the same name next to the script.
pub fn takes_precedence(name: &str) -> bool {
    // CPython's builtin modules without a leading underscore (sys.builtin_module_names).
    const BUILTIN_IN_CPYTHON: &[&str] = &[
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time",
    ];
    name.starts_with('_') || cpython_frozen(name) || BUILTIN_IN_CPYTHON.contains(&name)
}

/// Whether `name` is a frozen module.
pub fn is_frozen(name: &str) -> bool {
    FROZEN.iter().any(|(n, _, _)| *n == name) || dev_source(name).is_some()
}

/// The source of a frozen module (inflated from its compressed form) and whether it is a
/// package.
pub fn frozen_source(name: &str) -> Option<(String, bool)> {
    if let Some(found) = dev_source(name) {
        return Some(found);
    }
    let (_, packed, is_pkg) = FROZEN.iter().find(|(n, _, _)| *n == name)?;
    // build.rs wrote these bytes from UTF-8 files with lz::compress: None only if the
    // build is broken, and then the module is reported as missing.
    let src = String::from_utf8(crate::lz::decompress(packed)?).ok()?;
    Some((src, *is_pkg))
}

/// For developers of the frozen modules (native builds only): with `WASIPY_FROZEN_DIR` set to
/// a copy of `core/src/modules/py`, modules are read from there, so an edited or new module
/// runs without rebuilding the interpreter. The wasm build never looks.
#[cfg(not(target_os = "wasi"))]
fn dev_source(name: &str) -> Option<(String, bool)> {
    let dir = std::path::PathBuf::from(std::env::var_os("WASIPY_FROZEN_DIR")?);
    let base = dir.join(name.replace('.', "/"));
    if let Ok(src) = std::fs::read_to_string(base.join("__init__.py")) {
        return Some((src, true));
    }
    let src = std::fs::read_to_string(base.with_extension("py")).ok()?;
    Some((src, false))
}

#[cfg(target_os = "wasi")]
fn dev_source(_name: &str) -> Option<(String, bool)> {
    None
}

pub fn is_module_name(name: &str) -> bool {
    MODULES.iter().any(|m| m.name == name) || name == "builtins"
}

pub fn is_builtin_module(name: &str) -> bool {
    is_module_name(name)
}
