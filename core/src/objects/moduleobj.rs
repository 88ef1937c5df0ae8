//! Module objects.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::*;
use crate::objects::strobj;
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

pub fn new_module(name: &str) -> PyRef {
    new_module_with_dict(name, types::new_dict_ref())
}

pub fn new_module_with_dict(name: &str, dict: PyRef) -> PyRef {
    let o = Rc::new(PyObject::new(
        ClassCell::new(types().module.clone()),
        Payload::Module(Box::new(ModuleData {
            name: RefCell::new(name.to_string()),
        })),
    ));
    if let Payload::Dict(d) = &dict.payload {
        if d.get_rust_str("__name__").is_none() {
            d.set_str(types::intern("__name__"), strobj::new_str(name.to_string()));
            d.set_str(types::intern("__doc__"), Value::None);
            d.set_str(types::intern("__package__"), Value::None);
            d.set_str(types::intern("__loader__"), Value::None);
            d.set_str(types::intern("__spec__"), Value::None);
        }
    }
    let _ = o.dict.set(dict);
    crate::gc::track(&o);
    o
}

/// The module's `__name__` if it is a str (CPython's attribute error names the module
/// only then).
pub fn module_name(o: &PyObject) -> Option<String> {
    let d = o.dict()?;
    let Payload::Dict(dd) = &d.payload else {
        return None;
    };
    dd.get_rust_str("__name__")?
        .as_rust_str()
        .map(str::to_string)
}

/// Module attribute fallback: module-level `__getattr__`.
pub fn module_getattr_fallback(vm: &mut Vm, o: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
    if name.payload_str() == "__annotations__" && o.dict().is_some() {
        // CPython's module __annotations__ getter: an empty dict, stored on first access.
        let d = Value::Obj(types::new_dict_ref());
        module_set(o, "__annotations__", d.clone());
        return Ok(Some(d));
    }
    let ga = o.dict().and_then(|d| match &d.payload {
        Payload::Dict(dd) => dd.get_rust_str("__getattr__"),
        _ => None,
    });
    match ga {
        Some(f) => vm.call(&f, &[Value::Obj(name.clone())]).map(Some),
        None => {
            // `builtins.exit` & co. come from `_sitebuiltins`, loaded on first use.
            const SITE_NAMES: [&str; 6] =
                ["exit", "quit", "help", "copyright", "credits", "license"];
            if !vm.site_loaded
                && SITE_NAMES.contains(&name.payload_str())
                && o.dict().is_some_and(|d| Rc::ptr_eq(d, &vm.builtins_dict))
            {
                vm.site_loaded = true;
                vm.import_module_simple("_sitebuiltins")?;
                return Ok(module_get(o, name.payload_str()));
            }
            if Rc::ptr_eq(o, &vm.sys) {
                if let Some(v) = crate::modules::sys::lazy_attr(vm, name.payload_str())? {
                    module_set(o, name.payload_str(), v.clone());
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
    }
}

pub fn module_dict(o: &PyObject) -> Option<&PyRef> {
    o.dict()
}

/// Sets an attribute in a module's namespace.
pub fn module_set(m: &PyRef, name: &str, v: Value) {
    if let Some(d) = m.dict() {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(types::intern(name), v);
        }
    }
}

pub fn module_get(m: &PyRef, name: &str) -> Option<Value> {
    m.dict().and_then(|d| match &d.payload {
        Payload::Dict(dd) => dd.get_rust_str(name),
        _ => None,
    })
}

/// `module.__new__(cls, ...)`: an empty module; `__init__` gives it its name.
fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = crate::objects::listobj::new_cls(vm, &args, "module")?;
    let cls = match cls {
        Value::Obj(c) if types::type_data(c).is_some() => c.clone(),
        _ => types().module.clone(),
    };
    let o = Rc::new(PyObject::new(
        ClassCell::new(cls),
        Payload::Module(Box::new(ModuleData {
            name: RefCell::new("?".to_string()),
        })),
    ));
    let _ = o.dict.set(types::new_dict_ref());
    crate::gc::track(&o);
    Ok(Value::Obj(o))
}

/// `module.__init__(self, name, doc=None)`.
fn module_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        ..args
    };
    let b = rest.bind(
        vm,
        &crate::vm::ArgSpec {
            name: "module",
            params: &["name", "doc"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let name = match &b[0] {
        Some(v) if v.as_str().is_some() => v.clone(),
        Some(v) => {
            return Err(vm.new_type_error(format!(
                "module() argument 'name' must be str, not {}",
                types::type_name(v)
            )))
        }
        None => return Ok(Value::None),
    };
    let Some(Value::Obj(m)) = args.pos.first() else {
        return Ok(Value::None);
    };
    if let Payload::Module(md) = &m.payload {
        *md.name.borrow_mut() = name.as_rust_str().unwrap_or("?").to_string();
    }
    module_set(m, "__name__", name);
    module_set(m, "__doc__", b[1].clone().unwrap_or(Value::None));
    module_set(m, "__package__", Value::None);
    module_set(m, "__loader__", Value::None);
    module_set(m, "__spec__", Value::None);
    Ok(Value::None)
}

fn module_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(o) = args.pos[0].as_obj() else {
        return Err(vm.new_type_error("module expected"));
    };
    let name = module_name(o).unwrap_or_else(|| "?".into());
    let file = module_get(o, "__file__");
    let s = match file {
        Some(f) if f.as_str().is_some() => format!(
            "<module '{}' from '{}'>",
            name,
            f.as_rust_str().unwrap_or("")
        ),
        _ => {
            if crate::modules::cpython_frozen(&name) {
                format!("<module '{}' (frozen)>", name)
            } else if crate::modules::is_builtin_module(&name) {
                format!("<module '{}' (built-in)>", name)
            } else {
                format!("<module '{}'>", name)
            }
        }
    };
    Ok(strobj::new_str(s))
}

/// Stores sys's lazy attributes (before the module's whole namespace is looked at).
fn materialize_lazy(vm: &mut Vm, o: &PyRef) -> PyResult<()> {
    if Rc::ptr_eq(o, &vm.sys) {
        for name in crate::modules::sys::LAZY_ATTRS {
            if module_get(o, name).is_none() {
                if let Some(v) = crate::modules::sys::lazy_attr(vm, name)? {
                    module_set(o, name, v);
                }
            }
        }
    }
    Ok(())
}

fn module_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(o) = args.pos[0].as_obj() else {
        return Err(vm.new_type_error("module expected"));
    };
    materialize_lazy(vm, o)?;
    if let Some(f) = module_get(o, "__dir__") {
        return vm.call(&f, &[]);
    }
    let keys = o.dict().map(|d| match &d.payload {
        Payload::Dict(dd) => dd.keys(),
        _ => Vec::new(),
    });
    Ok(crate::objects::listobj::new_list(keys.unwrap_or_default()))
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(o) = v.as_obj() {
        materialize_lazy(vm, o)?;
    }
    match v.as_obj().and_then(|o| o.dict()) {
        Some(d) => Ok(Value::Obj(d.clone())),
        None => Err(vm.new_attribute_error("__dict__")),
    }
}

pub static MODULE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", module_new),
    MethodDef::method("__init__", module_init),
    MethodDef::method("__repr__", module_repr),
    MethodDef::method("__dir__", module_dir),
    MethodDef::getter("__dict__", get_dict),
    // A plain class attribute (not object's getter): a module's own `__doc__` wins.
    MethodDef::none("__doc__"),
];
