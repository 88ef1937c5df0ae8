//! `_imp`: what the frozen `importlib` needs to know about the interpreter's own modules
//! (which names are built in or frozen, and the source of a frozen module for `reload`).

use crate::object::*;
use crate::objects::{funcobj, moduleobj, strobj};
use crate::types;
use crate::vm::{PyResult, Vm};

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("is_builtin", imp_is_builtin),
    ("is_frozen", imp_is_frozen),
    ("is_frozen_package", imp_is_frozen_package),
    ("_frozen_source", imp_frozen_source),
    ("_takes_precedence", imp_takes_precedence),
];

pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("_imp"), 0));
    }
    Ok(())
}

fn name_arg<'a>(vm: &mut Vm, args: &'a Args, fname: &str) -> PyResult<&'a str> {
    let a = args.exact(vm, fname, 1)?;
    a[0].as_rust_str().ok_or_else(|| {
        vm.new_type_error(format!(
            "{}() argument must be str, not {}",
            fname,
            types::type_name(&a[0])
        ))
    })
}

/// 1 for a module written in Rust, 0 otherwise (CPython's -1 is for modules that cannot be
/// re-initialised, which does not happen here).
fn imp_is_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(vm, &args, "is_builtin")?;
    Ok(Value::Int(super::is_module_name(name) as i64))
}

fn imp_is_frozen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(vm, &args, "is_frozen")?;
    Ok(Value::Bool(super::is_frozen(name)))
}

fn imp_is_frozen_package(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(vm, &args, "is_frozen_package")?;
    match super::frozen_source(name) {
        Some((_, is_pkg)) => Ok(Value::Bool(is_pkg)),
        None => {
            Err(vm.new_import_error(format!("No such frozen object named '{name}'"), Some(name)))
        }
    }
}

/// The source text of a frozen module, or None.
fn imp_frozen_source(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(vm, &args, "_frozen_source")?;
    Ok(match super::frozen_source(name) {
        Some((src, _)) => strobj::new_str(src),
        None => Value::None,
    })
}

/// Whether the import system looks for `name` among the interpreter's own modules before
/// sys.path (CPython's builtin and frozen set), rather than after it.
fn imp_takes_precedence(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(vm, &args, "_takes_precedence")?;
    Ok(Value::Bool(super::takes_precedence(name)))
}
