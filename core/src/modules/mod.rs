//! Modules written in Rust, one file each, registered in one table. A module's `init`
//! fills the module object's namespace when it is first imported.

pub mod array;
pub mod bisect;
pub mod cmath;
pub mod collections;
pub mod errno;
pub mod functools;
pub mod gc;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod native;
pub mod operator;
pub mod os;
pub mod random;
pub mod re;
pub mod sha512;
pub mod struct_;
pub mod structseq;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod weakref;

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
];

/// Modules written in Python and embedded in the binary: (name, source, is_package).
/// Each lives in `modules/py/<name>.py`; a dotted name is a submodule.
pub static FROZEN: &[(&str, &str, bool)] = &[
    ("_sitebuiltins", include_str!("py/_sitebuiltins.py"), false),
    ("json", include_str!("py/json/__init__.py"), true),
    ("json.decoder", include_str!("py/json/decoder.py"), false),
    ("json.encoder", include_str!("py/json/encoder.py"), false),
    ("json.scanner", include_str!("py/json/scanner.py"), false),
    ("abc", include_str!("py/abc.py"), false),
    (
        "_collections_abc",
        include_str!("py/_collections_abc.py"),
        false,
    ),
    (
        "collections",
        include_str!("py/collections/__init__.py"),
        true,
    ),
    (
        "collections.abc",
        include_str!("py/collections/abc.py"),
        false,
    ),
    ("functools", include_str!("py/functools.py"), false),
    ("os", include_str!("py/os.py"), false),
    ("posixpath", include_str!("py/posixpath.py"), false),
    ("re", include_str!("py/re.py"), false),
    ("stat", include_str!("py/stat.py"), false),
    ("weakref", include_str!("py/weakref.py"), false),
    ("random", include_str!("py/random.py"), false),
    ("heapq", include_str!("py/heapq.py"), false),
    ("linecache", include_str!("py/linecache.py"), false),
    ("warnings", include_str!("py/warnings.py"), false),
    ("traceback", include_str!("py/traceback.py"), false),
    ("string", include_str!("py/string.py"), false),
    ("textwrap", include_str!("py/textwrap.py"), false),
    ("keyword", include_str!("py/keyword.py"), false),
    ("types", include_str!("py/types.py"), false),
    ("copyreg", include_str!("py/copyreg.py"), false),
    ("copy", include_str!("py/copy.py"), false),
    ("contextlib", include_str!("py/contextlib.py"), false),
    ("reprlib", include_str!("py/reprlib.py"), false),
    ("pprint", include_str!("py/pprint.py"), false),
    ("numbers", include_str!("py/numbers.py"), false),
    ("__future__", include_str!("py/__future__.py"), false),
    ("dataclasses", include_str!("py/dataclasses.py"), false),
    ("typing", include_str!("py/typing.py"), false),
    ("contextvars", include_str!("py/contextvars.py"), false),
    ("asyncio", include_str!("py/asyncio.py"), false),
    ("threading", include_str!("py/threading.py"), false),
    ("queue", include_str!("py/queue.py"), false),
    ("_thread", include_str!("py/_thread.py"), false),
];

/// Interpreter exit: runs pending weakref.finalize callbacks and flushes files left open
/// (as CPython's finalisation does).
pub fn shutdown(vm: &mut Vm) {
    weakref::shutdown(vm);
    io::shutdown(vm);
}

pub fn frozen_source(name: &str) -> Option<(&'static str, bool)> {
    FROZEN
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, s, p)| (*s, *p))
}

pub fn is_module_name(name: &str) -> bool {
    MODULES.iter().any(|m| m.name == name) || name == "builtins"
}

pub fn is_builtin_module(name: &str) -> bool {
    is_module_name(name)
}
