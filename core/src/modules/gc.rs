//! The `gc` module: the Python API over the cycle collector (`crate::gc`). Objects are
//! reference counted, so most garbage is freed at once; `collect()` runs pending finalizers
//! and a full cycle collection and returns the number of unreachable objects found.

use std::cell::Cell;

use crate::object::*;
use crate::objects::{dictobj, funcobj, listobj, moduleobj, tupleobj};
use crate::types::{self, types};
use crate::vm::{ArgSpec, PyResult, Vm};

thread_local! {
    static THRESHOLD: Cell<(i64, i64, i64)> = const { Cell::new((700, 10, 10)) };
    static DEBUG: Cell<i64> = const { Cell::new(0) };
    static FROZEN: Cell<i64> = const { Cell::new(0) };
}

type Entry = (&'static str, NativeFn);

static FUNCTIONS: &[Entry] = &[
    ("collect", gc_collect),
    ("enable", gc_enable),
    ("disable", gc_disable),
    ("isenabled", gc_isenabled),
    ("get_count", gc_get_count),
    ("get_threshold", gc_get_threshold),
    ("set_threshold", gc_set_threshold),
    ("get_debug", gc_get_debug),
    ("set_debug", gc_set_debug),
    ("is_tracked", gc_is_tracked),
    ("is_finalized", gc_is_finalized),
    ("freeze", gc_freeze),
    ("unfreeze", gc_unfreeze),
    ("get_freeze_count", gc_get_freeze_count),
    ("get_stats", gc_get_stats),
];

pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("gc"), 0));
    }
    moduleobj::module_set(m, "garbage", listobj::new_list(Vec::new()));
    moduleobj::module_set(m, "callbacks", listobj::new_list(Vec::new()));
    for (n, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        moduleobj::module_set(m, n, Value::Int(v));
    }
    Ok(())
}

fn gc_collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &ArgSpec {
            name: "collect",
            params: &["generation"],
            required: 0,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    if let Some(g) = &b[0] {
        let g = crate::modules::native::arg_i64(vm, g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.new_value_error("invalid generation"));
        }
    }
    vm.run_finalizers();
    Ok(Value::Int(crate::gc::collect(vm) as i64))
}

fn gc_enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "enable", 0)?;
    crate::gc::enable(true);
    Ok(Value::None)
}

fn gc_disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "disable", 0)?;
    crate::gc::enable(false);
    Ok(Value::None)
}

fn gc_isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "isenabled", 0)?;
    Ok(Value::Bool(crate::gc::is_enabled()))
}

fn gc_get_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "get_count", 0)?;
    Ok(tupleobj::new_tuple(vec![
        Value::Int(0),
        Value::Int(0),
        Value::Int(0),
    ]))
}

fn gc_get_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "get_threshold", 0)?;
    let (a, b, c) = THRESHOLD.with(|t| t.get());
    Ok(tupleobj::new_tuple(vec![
        Value::Int(a),
        Value::Int(b),
        Value::Int(c),
    ]))
}

fn gc_set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "set_threshold")?;
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.new_type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.new_type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            n
        )));
    }
    let mut t = THRESHOLD.with(|t| t.get());
    for (i, v) in args.pos.iter().enumerate() {
        let x = crate::modules::native::arg_i64(vm, v)?;
        match i {
            0 => t.0 = x,
            1 => t.1 = x,
            _ => t.2 = x,
        }
    }
    THRESHOLD.with(|c| c.set(t));
    Ok(Value::None)
}

fn gc_get_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "get_debug", 0)?;
    Ok(Value::Int(DEBUG.with(|d| d.get())))
}

fn gc_set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "set_debug", 1)?;
    let x = crate::modules::native::arg_i64(vm, &a[0])?;
    DEBUG.with(|d| d.set(x));
    Ok(Value::None)
}

/// Would CPython's collector track `v`? Atomic values and containers of atomic values are not.
fn tracked(v: &Value, depth: u32) -> bool {
    let Value::Obj(o) = v else { return false };
    match &o.payload {
        Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..) => false,
        Payload::ByteArray(_) | Payload::Range(_) | Payload::NotImplemented | Payload::Ellipsis => {
            false
        }
        // Tuples of atomic values are untracked by the collector's first pass.
        Payload::Tuple(t) => depth < 8 && t.iter().any(|x| tracked(x, depth + 1)),
        Payload::Dict(d) => {
            // Dicts start untracked and become tracked when they hold a container.
            depth < 8
                && d.items()
                    .iter()
                    .any(|(k, val)| tracked(k, depth + 1) || tracked(val, depth + 1))
        }
        Payload::Object(_) => !std::ptr::eq(o.class.ptr(), std::rc::Rc::as_ptr(&types().object)),
        _ => true,
    }
}

fn gc_is_tracked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "is_tracked", 1)?;
    Ok(Value::Bool(tracked(&a[0], 0)))
}

fn gc_is_finalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "is_finalized", 1)?;
    Ok(Value::Bool(false))
}

fn gc_freeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "freeze", 0)?;
    FROZEN.with(|f| f.set(f.get() + 1));
    Ok(Value::None)
}

fn gc_unfreeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "unfreeze", 0)?;
    FROZEN.with(|f| f.set(0));
    Ok(Value::None)
}

fn gc_get_freeze_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "get_freeze_count", 0)?;
    Ok(Value::Int(0))
}

fn gc_get_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "get_stats", 0)?;
    let mut gens = Vec::new();
    for _ in 0..3 {
        let d = dictobj::new_dict();
        if let Some(dd) = dictobj::as_dict(&d) {
            for k in ["collections", "collected", "uncollectable"] {
                dd.set_str(types::intern(k), Value::Int(0));
            }
        }
        gens.push(d);
    }
    Ok(listobj::new_list(gens))
}
