//! Functions and method objects: Python functions, builtin functions, bound methods,
//! classmethod, staticmethod, property, code and cell objects.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::*;
use crate::objects::{dictobj, strobj, tupleobj};
use crate::types::{self, types, MethodDef};
use crate::vm::{ArgSpec, PyResult, Vm};

/// MakeFunction: builds a function from a code object and its optional parts.
pub fn make_function(
    vm: &mut Vm,
    codev: &Value,
    globals: &PyRef,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    annotations: Option<Value>,
    closure: Option<Value>,
) -> PyResult<Value> {
    let code = match codev.payload() {
        Some(Payload::Code(c)) => c.clone(),
        _ => return Err(vm.new_type_error("MakeFunction needs a code object")),
    };
    let closure_cells = closure.and_then(|c| match c.payload() {
        Some(Payload::Tuple(t)) => Some(
            t.iter()
                .filter_map(|v| v.as_obj().cloned())
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        ),
        _ => None,
    });
    let doc = code
        .consts
        .first()
        .cloned()
        .filter(|v| v.as_str().is_some() && !code.is_generator_like() || v.as_str().is_some())
        .unwrap_or(Value::None);
    let doc = if code.flags & crate::bytecode::code_flags::NEWLOCALS != 0
        && code.name.payload_str() != "<lambda>"
    {
        doc
    } else {
        Value::None
    };
    let module = dictobj::dict_get_str(globals, &types::intern("__name__")).unwrap_or(Value::None);
    let builtins = vm.builtins_for(globals);
    let f = PyFunction {
        builtins,
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code,
        globals: globals.clone(),
        defaults: RefCell::new(defaults.and_then(|d| d.as_obj().cloned())),
        kwdefaults: RefCell::new(kwdefaults.and_then(|d| d.as_obj().cloned())),
        closure: closure_cells,
        doc: RefCell::new(doc),
        annotations: RefCell::new(annotations.and_then(|d| d.as_obj().cloned())),
        module: RefCell::new(module),
    };
    Ok(types::new_obj(
        &types().function,
        Payload::Function(Box::new(f)),
    ))
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn func_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        ..args
    };
    let b = rest.bind(
        vm,
        &ArgSpec {
            name: "function",
            params: &["code", "globals", "name", "argdefs", "closure"],
            required: 2,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let arg = |i: usize| b[i].clone().unwrap_or(Value::None);
    let codev = arg(0);
    let code = match codev.payload() {
        Some(Payload::Code(c)) => c.clone(),
        _ => {
            return Err(vm.new_type_error(format!(
                "function() argument 'code' must be code, not {}",
                types::type_name(&codev)
            )))
        }
    };
    let globals = match arg(1) {
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => g,
        other => {
            return Err(vm.new_type_error(format!(
                "function() argument 'globals' must be dict, not {}",
                types::type_name(&other)
            )))
        }
    };
    let name = arg(2);
    if !name.is_none() && name.as_rust_str().is_none() {
        return Err(vm.new_type_error("arg 3 (name) must be None or string"));
    }
    let defaults = arg(3);
    if !defaults.is_none() && !matches!(defaults.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.new_type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = arg(4);
    let nfree = code.freevars.len();
    let cells: &[Value] = match closure.payload() {
        Some(Payload::Tuple(t)) => t,
        _ if !closure.is_none() => {
            return Err(vm.new_type_error("arg 5 (closure) must be None or tuple"))
        }
        _ if nfree > 0 => return Err(vm.new_type_error("arg 5 (closure) must be tuple")),
        _ => &[],
    };
    if cells.len() != nfree {
        return Err(vm.new_value_error(format!(
            "{} requires closure of length {}, not {}",
            code.name.payload_str(),
            nfree,
            cells.len()
        )));
    }
    if let Some(bad) = cells
        .iter()
        .find(|c| !matches!(c.payload(), Some(Payload::Cell(_))))
    {
        return Err(vm.new_type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            types::type_name(bad)
        )));
    }
    let f = make_function(
        vm,
        &codev,
        &globals,
        (!defaults.is_none()).then_some(defaults),
        None,
        None,
        (nfree > 0).then_some(closure),
    )?;
    if let (Some(n), Some(Payload::Function(func))) = (name.as_obj(), f.payload()) {
        *func.name.borrow_mut() = n.clone();
    }
    Ok(f)
}

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    types::new_obj(
        &types().method,
        Payload::BoundMethod(Box::new((func, self_))),
    )
}

/// Binds a builtin method descriptor to `self_`.
pub fn bind_native(nf: &NativeFunc, self_: Value) -> Value {
    let t = types();
    let slot = match nf.owner {
        Some(o) if nf.name.starts_with("__") && !crate::modules::is_module_name(o) => {
            crate::vm::is_slot_wrapper(o, nf.name)
        }
        _ => false,
    };
    types::new_obj(
        if slot {
            &t.method_wrapper
        } else {
            &t.builtin_function
        },
        Payload::NativeFunction(Box::new(NativeFunc {
            name: nf.name,
            func: nf.func,
            self_,
            owner: nf.owner,
            flags: nf.flags,
            doc: nf.doc,
        })),
    )
}

/// A module-level builtin function object.
pub fn new_native(
    name: &'static str,
    func: NativeFn,
    owner: Option<&'static str>,
    flags: u8,
) -> Value {
    types::new_obj(
        &types().builtin_function,
        Payload::NativeFunction(Box::new(NativeFunc {
            name,
            func,
            self_: Value::Null,
            owner,
            flags,
            doc: None,
        })),
    )
}

fn func_data(v: &Value) -> Option<&PyFunction> {
    match v.payload()? {
        Payload::Function(f) => Some(f),
        _ => None,
    }
}

fn need_func<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a PyFunction> {
    func_data(v).ok_or_else(|| vm.new_type_error("function expected"))
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(need_func(vm, v)?.name.borrow().clone()))
}
fn set_name(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = need_func(vm, v)?;
    match new {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => {
            *f.name.borrow_mut() = o;
            Ok(())
        }
        _ => Err(vm.new_type_error("__name__ must be set to a string object")),
    }
}
fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(need_func(vm, v)?.qualname.borrow().clone()))
}
fn set_qualname(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = need_func(vm, v)?;
    match new {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => {
            *f.qualname.borrow_mut() = o;
            Ok(())
        }
        _ => Err(vm.new_type_error("__qualname__ must be set to a string object")),
    }
}
fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(need_func(vm, v)?.doc.borrow().clone())
}
fn set_doc(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    *need_func(vm, v)?.doc.borrow_mut() = new.unwrap_or(Value::None);
    Ok(())
}
fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(need_func(vm, v)?.module.borrow().clone())
}
fn set_module(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    *need_func(vm, v)?.module.borrow_mut() = new.unwrap_or(Value::None);
    Ok(())
}
fn get_defaults(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(need_func(vm, v)?
        .defaults
        .borrow()
        .clone()
        .map(Value::Obj)
        .unwrap_or(Value::None))
}
fn set_defaults(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = need_func(vm, v)?;
    match new {
        None | Some(Value::None) => *f.defaults.borrow_mut() = None,
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Tuple(_)) => {
            *f.defaults.borrow_mut() = Some(o)
        }
        _ => return Err(vm.new_type_error("__defaults__ must be set to a tuple object")),
    }
    Ok(())
}
fn get_kwdefaults(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(need_func(vm, v)?
        .kwdefaults
        .borrow()
        .clone()
        .map(Value::Obj)
        .unwrap_or(Value::None))
}
fn set_kwdefaults(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = need_func(vm, v)?;
    match new {
        None | Some(Value::None) => *f.kwdefaults.borrow_mut() = None,
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => {
            *f.kwdefaults.borrow_mut() = Some(o)
        }
        _ => return Err(vm.new_type_error("__kwdefaults__ must be set to a dict object")),
    }
    Ok(())
}
fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = need_func(vm, v)?;
    let existing = f.annotations.borrow().clone();
    match existing {
        Some(d) => Ok(Value::Obj(d)),
        None => {
            let d = types::new_dict_ref();
            *f.annotations.borrow_mut() = Some(d.clone());
            Ok(Value::Obj(d))
        }
    }
}
fn set_annotations(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = need_func(vm, v)?;
    let new = match new {
        Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => Some(d),
        None | Some(Value::None) => None,
        Some(_) => {
            return Err(vm.new_type_error("__annotations__ must be set to a dict object"));
        }
    };
    *f.annotations.borrow_mut() = new;
    Ok(())
}
fn get_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = need_func(vm, v)?;
    Ok(types::new_obj(&types().code, Payload::Code(f.code.clone())))
}
/// `f.__code__ = c`: the type check only (a function's code cannot be replaced here).
fn set_code(vm: &mut Vm, _v: &Value, new: Option<Value>) -> PyResult<()> {
    match new {
        Some(c) if matches!(c.payload(), Some(Payload::Code(_))) => {
            Err(vm
                .new_attribute_error("attribute '__code__' of 'function' objects is not writable"))
        }
        _ => Err(vm.new_type_error("__code__ must be set to a code object")),
    }
}
fn get_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(need_func(vm, v)?.globals.clone()))
}
/// `f.__builtins__`: the globals' `__builtins__` (a module stands for its dict), else the
/// builtins module's dict.
fn get_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = need_func(vm, v)?.globals.clone();
    let b = match &g.payload {
        Payload::Dict(d) => d.get_rust_str("__builtins__"),
        _ => None,
    };
    Ok(match b {
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Module(_)) => match m.dict() {
            Some(d) => Value::Obj(d.clone()),
            None => Value::Obj(vm.builtins_dict.clone()),
        },
        Some(d @ Value::Obj(_)) if crate::objects::dictobj::as_dict(&d).is_some() => d,
        _ => Value::Obj(vm.builtins_dict.clone()),
    })
}
fn get_closure(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = need_func(vm, v)?;
    Ok(match &f.closure {
        Some(c) => tupleobj::new_tuple(c.iter().map(|x| Value::Obj(x.clone())).collect()),
        None => Value::None,
    })
}
fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => Ok(Value::Obj(
            vm.ensure_dict(o).unwrap_or_else(types::new_dict_ref),
        )),
        _ => Err(vm.new_type_error("no __dict__")),
    }
}
fn set_dict(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Value::Obj(o) = v else {
        return Err(vm.new_type_error("no __dict__"));
    };
    match new {
        Some(Value::Obj(n)) if matches!(n.payload, Payload::Dict(_)) => {
            if vm.ensure_dict(o).is_some() {
                o.dict.replace(n);
            }
            Ok(())
        }
        Some(other) => Err(vm.new_type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            types::type_name(&other)
        ))),
        None => Err(vm.new_type_error("cannot delete __dict__")),
    }
}

fn func_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    get_none_none(vm, a)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(new_bound_method(a[0].clone(), a[1].clone()))
}

fn func_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = need_func(vm, &args.pos[0])?;
    Ok(strobj::new_str(format!(
        "<function {} at {:#x}>",
        f.qualname.borrow().payload_str(),
        args.pos[0].id()
    )))
}

pub static FUNCTION_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", func_new),
    MethodDef::getset("__name__", get_name, set_name),
    MethodDef::getset("__qualname__", get_qualname, set_qualname),
    MethodDef::getset("__doc__", get_doc, set_doc),
    MethodDef::getset("__module__", get_module, set_module),
    MethodDef::getset("__defaults__", get_defaults, set_defaults),
    MethodDef::getset("__kwdefaults__", get_kwdefaults, set_kwdefaults),
    MethodDef::getset("__annotations__", get_annotations, set_annotations),
    MethodDef::getset("__dict__", get_dict, set_dict),
    MethodDef::getset("__code__", get_code, set_code),
    MethodDef::getter("__globals__", get_globals),
    MethodDef::getter("__closure__", get_closure),
    MethodDef::getter("__builtins__", get_builtins),
    MethodDef::method("__get__", func_get),
    MethodDef::method("__repr__", func_repr),
    MethodDef::method("__call__", call_self),
];

/// `f.__call__(*args, **kwargs)` for functions, builtins and methods.
fn call_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.split_first() {
        Some((f, rest)) => vm.call_kw(f, rest, args.kwnames, args.kwvals),
        None => Err(vm.new_type_error("descriptor '__call__' needs an argument")),
    }
}

// ----- builtin functions / method descriptors -----

fn native_of(v: &Value) -> Option<&NativeFunc> {
    match v.payload()? {
        Payload::NativeFunction(nf) | Payload::MethodDescr(nf) | Payload::ClassMethodDescr(nf) => {
            Some(nf)
        }
        _ => None,
    }
}

fn bf_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let nf = native_of(v).ok_or_else(|| vm.new_type_error("builtin expected"))?;
    Ok(Value::Obj(types::intern(nf.name)))
}
fn bf_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let nf = native_of(v).ok_or_else(|| vm.new_type_error("builtin expected"))?;
    // A bound method is named after its receiver's type (the receiver itself when it is
    // a type), as CPython's: `True.bit_length.__qualname__ == 'bool.bit_length'`.
    if !nf.self_.is_null() && !matches!(nf.self_.payload(), Some(Payload::Module(_))) {
        let owner = match nf.self_.payload() {
            Some(Payload::Type(_)) => nf.self_.clone(),
            _ => Value::Obj(types::class_of(&nf.self_)),
        };
        let name = nf.name;
        let tq = vm.get_attr_str(&owner, "__qualname__")?;
        return Ok(strobj::new_str(format!("{}.{}", vm.str_string(&tq)?, name)));
    }
    let q = match (nf.owner, &nf.self_) {
        (Some(o), _) if o != "builtins" && !crate::modules::is_module_name(o) => {
            format!("{}.{}", o, nf.name)
        }
        _ => nf.name.to_string(),
    };
    Ok(strobj::new_str(q))
}
fn bf_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let nf = native_of(v).ok_or_else(|| vm.new_type_error("builtin expected"))?;
    Ok(if nf.self_.is_null() {
        match nf.owner {
            Some(m) if crate::modules::is_module_name(m) => {
                vm.import_module_simple(m).unwrap_or(Value::None)
            }
            None => vm.import_module_simple("builtins").unwrap_or(Value::None),
            _ => Value::None,
        }
    } else {
        nf.self_.clone()
    })
}
fn bf_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let nf = native_of(v).ok_or_else(|| vm.new_type_error("builtin expected"))?;
    Ok(match nf.owner {
        Some(m) if crate::modules::is_module_name(m) => strobj::new_str(m.to_string()),
        None => strobj::new_str("builtins".into()),
        _ => Value::None,
    })
}
fn bf_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let nf = native_of(v).ok_or_else(|| vm.new_type_error("builtin expected"))?;
    Ok(nf
        .doc
        .map(|d| strobj::new_str(d.to_string()))
        .unwrap_or(Value::None))
}
fn bf_objclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let nf = native_of(v).ok_or_else(|| vm.new_type_error("builtin expected"))?;
    let owner = nf.owner.unwrap_or("object");
    vm.builtin_type_by_name(owner)
        .ok_or_else(|| vm.new_attribute_error("__objclass__"))
}

fn bf_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let nf = native_of(v).ok_or_else(|| vm.new_type_error("builtin expected"))?;
    let s = match v.payload() {
        Some(Payload::MethodDescr(_)) => {
            let owner = nf.owner.unwrap_or("object");
            let kind = if crate::vm::is_slot_wrapper(owner, nf.name) {
                "slot wrapper"
            } else {
                "method"
            };
            format!("<{} '{}' of '{}' objects>", kind, nf.name, owner)
        }
        Some(Payload::ClassMethodDescr(_)) => {
            format!(
                "<method '{}' of '{}' objects>",
                nf.name,
                nf.owner.unwrap_or("object")
            )
        }
        _ => {
            if nf.self_.is_null() || matches!(nf.self_.payload(), Some(Payload::Module(_))) {
                format!("<built-in function {}>", nf.name)
            } else {
                let tn = types::type_name(&nf.self_);
                let wrapper = match nf.owner {
                    Some(o) if !crate::modules::is_module_name(o) => {
                        crate::vm::is_slot_wrapper(o, nf.name)
                    }
                    _ => false,
                };
                if wrapper {
                    format!(
                        "<method-wrapper '{}' of {} object at {:#x}>",
                        nf.name,
                        tn,
                        nf.self_.id()
                    )
                } else {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        nf.name,
                        tn,
                        nf.self_.id()
                    )
                }
            }
        }
    };
    Ok(strobj::new_str(s))
}

/// An explicit `descr.__get__(None)` / `__get__(None, None)`.
fn get_none_none(vm: &mut Vm, a: &[Value]) -> PyResult<()> {
    if a[1].is_none() && a.get(2).is_none_or(|t| t.is_none()) {
        return Err(vm.new_type_error("__get__(None, None) is invalid"));
    }
    Ok(())
}

fn descr_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    let nf = native_of(&a[0]).ok_or_else(|| vm.new_type_error("descriptor expected"))?;
    get_none_none(vm, a)?;
    if let Some(Payload::ClassMethodDescr(_)) = a[0].payload() {
        let t = match a.get(2) {
            Some(t) if !t.is_none() => t.clone(),
            _ => Value::Obj(types::class_of(&a[1])),
        };
        let owner = nf.owner.unwrap_or("object");
        let ok = match &t {
            Value::Obj(c) => types::type_data(c).is_some_and(|td| {
                td.mro.borrow().iter().any(|k| {
                    types::type_data(k).is_some_and(|kt| !kt.is_heap() && kt.name() == owner)
                })
            }),
            _ => false,
        };
        if !ok {
            let got = match &t {
                Value::Obj(c) if types::type_data(c).is_some() => {
                    types::type_data(c).map(|td| td.name()).unwrap_or_default()
                }
                other => types::type_name(other),
            };
            return Err(vm.new_type_error(format!(
                "descriptor '{}' requires a subtype of '{}' but received '{}'",
                nf.name, owner, got
            )));
        }
        return Ok(bind_native(nf, t));
    }
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    vm.check_descr_self(nf, &a[1])?;
    Ok(bind_native(nf, a[1].clone()))
}

pub static BUILTIN_FUNCTION_METHODS: &[MethodDef] = &[
    MethodDef::getter("__name__", bf_name),
    MethodDef::getter("__qualname__", bf_qualname),
    MethodDef::getter("__self__", bf_self),
    MethodDef::getter("__module__", bf_module),
    MethodDef::getter("__doc__", bf_doc),
    MethodDef::method("__repr__", bf_repr),
    MethodDef::method("__call__", call_self),
];

pub static METHOD_DESCR_METHODS: &[MethodDef] = &[
    MethodDef::getter("__name__", bf_name),
    MethodDef::getter("__qualname__", bf_qualname),
    MethodDef::getter("__doc__", bf_doc),
    MethodDef::getter("__objclass__", bf_objclass),
    MethodDef::method("__get__", descr_get),
    MethodDef::method("__repr__", bf_repr),
    MethodDef::method("__call__", call_self),
];

fn gs_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::GetSet(g)) => Ok(Value::Obj(types::intern(g.name))),
        Some(Payload::Member(m)) => Ok(Value::Obj(m.name.clone())),
        _ => Err(vm.new_type_error("descriptor expected")),
    }
}
fn gs_objclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Member(m)) => Ok(Value::Obj(m.owner.clone())),
        _ => Err(vm.new_attribute_error("__objclass__")),
    }
}
fn gs_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::GetSet(g)) => Ok(strobj::new_str(format!("{}.{}", g.owner, g.name))),
        Some(Payload::Member(m)) => {
            let name = m.name.clone();
            let owner = vm.get_attr_str(&Value::Obj(m.owner.clone()), "__qualname__")?;
            let owner = owner.as_rust_str().unwrap_or_default().to_string();
            Ok(strobj::new_str(format!("{}.{}", owner, name.payload_str())))
        }
        _ => Err(vm.new_type_error("descriptor expected")),
    }
}
fn gs_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos[0].payload() {
        Some(Payload::GetSet(g)) => Ok(strobj::new_str(format!(
            "<attribute '{}' of '{}' objects>",
            g.name, g.owner
        ))),
        Some(Payload::Member(m)) => {
            let owner = types::type_data(&m.owner)
                .map(|t| t.name())
                .unwrap_or_default();
            Ok(strobj::new_str(format!(
                "<member '{}' of '{}' objects>",
                m.name.payload_str(),
                owner
            )))
        }
        _ => Err(vm.new_type_error("descriptor expected")),
    }
}
fn gs_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    get_none_none(vm, a)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    member_check(vm, &a[0], &a[1])?;
    let cls = types::class_of(&a[1]);
    if let Some(Payload::GetSet(g)) = a[0].payload() {
        // An explicit `descr.__get__(obj)` checks obj's type (attribute lookup never
        // reaches a getset of another class).
        let applies = types::type_data(&cls).is_some_and(|t| {
            t.mro
                .borrow()
                .iter()
                .any(|c| types::type_data(c).is_some_and(|d| d.name() == g.owner))
        });
        if !applies {
            return Err(vm.new_type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                g.name,
                g.owner,
                types::type_name(&a[1])
            )));
        }
    }
    vm.descr_get(&a[0], &a[1], &cls)
}
/// A slot member's explicit `__get__`/`__set__`/`__delete__` on an object of another type.
fn member_check(vm: &mut Vm, d: &Value, obj: &Value) -> PyResult<()> {
    if let Some(Payload::Member(m)) = d.payload() {
        if !types::is_subtype(&types::class_of(obj), &m.owner) {
            let owner = types::type_data(&m.owner)
                .map(|t| t.name())
                .unwrap_or_default();
            return Err(vm.new_type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                m.name.payload_str(),
                owner,
                types::type_name(obj)
            )));
        }
    }
    Ok(())
}
fn gs_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__delete__", 2)?;
    match a[0].payload() {
        Some(Payload::GetSet(g)) => match g.set {
            Some(s) => s(vm, &a[1], None).map(|_| Value::None),
            None => Err(vm.new_attribute_error(crate::vm::attr::readonly_message(g.owner, g.name))),
        },
        Some(Payload::Member(m)) => {
            let name = m.name.clone();
            member_check(vm, &a[0], &a[1])?;
            let cls = types::class_of(&a[1]);
            vm.generic_setattr(&a[1], &cls, &name, None)
                .map(|_| Value::None)
        }
        _ => Err(vm.new_type_error("descriptor expected")),
    }
}
fn gs_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__set__", 3)?;
    member_check(vm, &a[0], &a[1])?;
    match a[0].payload() {
        Some(Payload::GetSet(g)) => match g.set {
            Some(s) => s(vm, &a[1], Some(a[2].clone())).map(|_| Value::None),
            None => Err(vm.new_attribute_error(crate::vm::attr::readonly_message(g.owner, g.name))),
        },
        Some(Payload::Member(_)) => {
            let cls = types::class_of(&a[1]);
            let name = match a[0].payload() {
                Some(Payload::Member(m)) => m.name.clone(),
                _ => types::intern(""),
            };
            vm.generic_setattr(&a[1], &cls, &name, Some(a[2].clone()))
                .map(|_| Value::None)
        }
        _ => Err(vm.new_type_error("descriptor expected")),
    }
}

pub static GETSET_DESCR_METHODS: &[MethodDef] = &[
    MethodDef::getter("__name__", gs_name),
    MethodDef::getter("__qualname__", gs_qualname),
    MethodDef::getter("__objclass__", gs_objclass),
    MethodDef::method("__get__", gs_get),
    MethodDef::method("__set__", gs_set),
    MethodDef::method("__delete__", gs_delete),
    MethodDef::method("__repr__", gs_repr),
];

// ----- bound methods -----

fn bm(v: &Value) -> Option<&(Value, Value)> {
    match v.payload()? {
        Payload::BoundMethod(b) => Some(b),
        _ => None,
    }
}
fn bm_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bm(v)
        .map(|b| b.0.clone())
        .ok_or_else(|| vm.new_type_error("method expected"))
}
fn bm_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bm(v)
        .map(|b| b.1.clone())
        .ok_or_else(|| vm.new_type_error("method expected"))
}
fn bm_getattr_of_func(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let f = bm_func(vm, v)?;
    vm.get_attr_str(&f, name)
}
fn bm_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bm_getattr_of_func(vm, v, "__name__")
}
fn bm_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bm_getattr_of_func(vm, v, "__qualname__")
}
fn bm_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bm_getattr_of_func(vm, v, "__doc__")
}
fn bm_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bm_getattr_of_func(vm, v, "__module__")
}
fn bm_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, s) = bm(&args.pos[0])
        .cloned()
        .ok_or_else(|| vm.new_type_error("method expected"))?;
    let fname = match vm.get_attr_str(&f, "__qualname__") {
        Ok(q) => q.as_rust_str().unwrap_or("?").to_string(),
        Err(_) => "?".to_string(),
    };
    let srepr = vm.repr_string(&s)?;
    Ok(strobj::new_str(format!(
        "<bound method {} of {}>",
        fname, srepr
    )))
}
fn bm_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__getattribute__", 2)?;
    let name = a[1]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.new_type_error("attribute name must be string"))?;
    let cls = types::class_of(&a[0]);
    match vm.generic_getattr(&a[0], &cls, &name)? {
        Some(v) => Ok(v),
        None => {
            let f = bm_func(vm, &a[0])?;
            vm.get_attr(&f, &name)
        }
    }
}

/// `types.MethodType(function, instance)`.
fn bm_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "method")?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    if a.len() != 2 {
        return Err(vm.new_type_error(format!("method expected 2 arguments, got {}", a.len())));
    }
    if !crate::builtins::is_callable(&a[0]) {
        return Err(vm.new_type_error("first argument must be callable"));
    }
    if a[1].is_none() {
        return Err(vm.new_type_error("instance must not be None"));
    }
    Ok(new_bound_method(a[0].clone(), a[1].clone()))
}

pub static METHOD_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", bm_new),
    MethodDef::getter("__func__", bm_func),
    MethodDef::getter("__self__", bm_self),
    MethodDef::getter("__name__", bm_name),
    MethodDef::getter("__qualname__", bm_qualname),
    MethodDef::getter("__doc__", bm_doc),
    MethodDef::getter("__module__", bm_module),
    MethodDef::method("__repr__", bm_repr),
    MethodDef::method("__getattribute__", bm_getattribute),
    MethodDef::method("__call__", call_self),
    MethodDef::method("__eq__", crate::objects::slots::eq),
    MethodDef::method("__ne__", crate::objects::slots::ne),
];

// ----- classmethod / staticmethod -----

fn wrapper_new(vm: &mut Vm, args: Args, cm: bool) -> PyResult<Value> {
    let name = if cm { "classmethod" } else { "staticmethod" };
    args.no_kw(vm, name)?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{} expected 1 argument, got {}",
            name,
            args.pos.len().saturating_sub(1)
        )));
    }
    let a = args.exact(vm, name, 2)?;
    let cls = match &a[0] {
        Value::Obj(c) => c.clone(),
        _ => types().classmethod.clone(),
    };
    let payload = if cm {
        Payload::ClassMethod(RefCell::new(a[1].clone()))
    } else {
        Payload::StaticMethod(RefCell::new(a[1].clone()))
    };
    let obj = types::new_obj_with_dict(&cls, payload);
    // As CPython's functools_wraps: the wrapped callable's names and doc are copied into
    // the wrapper's __dict__.
    if let Value::Obj(o) = &obj {
        for name in WRAPPED_ATTRS {
            if let Some(v) = vm.get_attr_opt(&a[1], &types::intern(name))? {
                crate::exceptions::set_attr_raw(o, name, v);
            }
        }
    }
    Ok(obj)
}

const WRAPPED_ATTRS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

fn cm_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, true)
}
fn sm_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, false)
}
fn wrapper_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn wrapped(v: &Value) -> Option<Value> {
    match v.payload()? {
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => Some(f.borrow().clone()),
        _ => None,
    }
}
fn w_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    wrapped(v).ok_or_else(|| vm.new_type_error("expected classmethod or staticmethod"))
}
fn w_attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    // The copy in the wrapper's own __dict__ (see wrapper_new) comes first.
    if let Some(d) = v.as_obj().and_then(|o| o.dict()) {
        if let Payload::Dict(dd) = &d.payload {
            if let Some(x) = dd.get_rust_str(name) {
                return Ok(x);
            }
        }
    }
    let f = w_func(vm, v)?;
    vm.get_attr_str(&f, name)
}
fn w_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    w_attr(vm, v, "__doc__")
}
fn w_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    w_attr(vm, v, "__name__")
}
fn w_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    w_attr(vm, v, "__module__")
}
fn w_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    w_attr(vm, v, "__qualname__")
}
fn w_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    w_attr(vm, v, "__annotations__")
}
fn w_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = w_func(vm, v)?;
    match vm.get_attr_opt(&f, &types::intern("__isabstractmethod__"))? {
        Some(x) => Ok(Value::Bool(vm.truthy(&x)?)),
        None => Ok(Value::Bool(false)),
    }
}
fn cm_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    get_none_none(vm, a)?;
    let f = w_func(vm, &a[0])?;
    let owner = match a.get(2) {
        Some(o) if !o.is_none() => o.clone(),
        _ => Value::Obj(types::class_of(&a[1])),
    };
    // A wrapped descriptor (e.g. property) binds through its own __get__ in 3.11.
    match owner {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => vm.classmethod_get(f, &o),
        other => Ok(new_bound_method(f, other)),
    }
}
fn sm_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    get_none_none(vm, a)?;
    w_func(vm, &a[0])
}
fn sm_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = w_func(vm, &args.pos[0])?;
    vm.call_kw(&f, &args.pos[1..], args.kwnames, args.kwvals)
}
fn w_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = w_func(vm, &args.pos[0])?;
    let r = vm.repr_string(&f)?;
    let n = types::type_name(&args.pos[0]);
    Ok(strobj::new_str(format!("<{}({})>", n, r)))
}

pub static CLASSMETHOD_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", cm_new),
    MethodDef::method("__init__", wrapper_init),
    MethodDef::method("__get__", cm_get),
    MethodDef::method("__repr__", w_repr),
    MethodDef::getter("__func__", w_func),
    MethodDef::getter("__wrapped__", w_func),
    MethodDef::getter("__doc__", w_doc),
    MethodDef::getter("__name__", w_name),
    MethodDef::getter("__qualname__", w_qualname),
    MethodDef::getter("__module__", w_module),
    MethodDef::getter("__annotations__", w_annotations),
    MethodDef::getter("__isabstractmethod__", w_isabstract),
];

pub static STATICMETHOD_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", sm_new),
    MethodDef::method("__init__", wrapper_init),
    MethodDef::method("__get__", sm_get),
    MethodDef::method("__call__", sm_call),
    MethodDef::method("__repr__", w_repr),
    MethodDef::getter("__func__", w_func),
    MethodDef::getter("__wrapped__", w_func),
    MethodDef::getter("__doc__", w_doc),
    MethodDef::getter("__name__", w_name),
    MethodDef::getter("__qualname__", w_qualname),
    MethodDef::getter("__module__", w_module),
    MethodDef::getter("__annotations__", w_annotations),
    MethodDef::getter("__isabstractmethod__", w_isabstract),
];

// ----- property -----

fn prop(v: &Value) -> Option<&PropertyData> {
    match v.payload()? {
        Payload::Property(p) => Some(p),
        _ => None,
    }
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match &args.pos[0] {
        Value::Obj(c) => c.clone(),
        _ => types().property.clone(),
    };
    let _ = vm;
    let p = PropertyData {
        fget: RefCell::new(Value::None),
        fset: RefCell::new(Value::None),
        fdel: RefCell::new(Value::None),
        doc: RefCell::new(Value::None),
        name: RefCell::new(Value::None),
    };
    let has_dict = !Rc::ptr_eq(&cls, &types().property);
    Ok(if has_dict {
        types::new_obj_with_dict(&cls, Payload::Property(Box::new(p)))
    } else {
        types::new_obj(&cls, Payload::Property(Box::new(p)))
    })
}

fn property_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = prop(&args.pos[0]).ok_or_else(|| vm.new_type_error("property expected"))?;
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(
        vm,
        &ArgSpec {
            name: "property",
            params: &["fget", "fset", "fdel", "doc"],
            required: 0,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let fget = b[0].clone().unwrap_or(Value::None);
    *p.fget.borrow_mut() = fget.clone();
    *p.fset.borrow_mut() = b[1].clone().unwrap_or(Value::None);
    *p.fdel.borrow_mut() = b[2].clone().unwrap_or(Value::None);
    let doc = match &b[3] {
        Some(d) if !d.is_none() => d.clone(),
        _ => {
            if !fget.is_none() {
                vm.get_attr_opt(&fget, &types::intern("__doc__"))?
                    .unwrap_or(Value::None)
            } else {
                Value::None
            }
        }
    };
    // Subclasses store the doc in the instance dict.
    if let Value::Obj(o) = &args.pos[0] {
        if let Some(d) = o.dict() {
            if let Payload::Dict(dd) = &d.payload {
                dd.set_str(types::intern("__doc__"), doc.clone());
            }
        }
    }
    *p.doc.borrow_mut() = doc;
    Ok(Value::None)
}

fn prop_copy_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let a = args.exact(vm, "property", 2)?;
    let p = prop(&a[0]).ok_or_else(|| vm.new_type_error("property expected"))?;
    let mut parts = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    parts[which] = a[1].clone();
    let doc = p.doc.borrow().clone();
    let cls = Value::Obj(types::class_of(&a[0]));
    let fget_doc_inherited = {
        let old_get = p.fget.borrow().clone();
        if !old_get.is_none() {
            let gd = vm
                .get_attr_opt(&old_get, &types::intern("__doc__"))?
                .unwrap_or(Value::None);
            gd.is(&doc)
        } else {
            doc.is_none()
        }
    };
    let doc_arg = if fget_doc_inherited { Value::None } else { doc };
    let newp = vm.call(
        &cls,
        &[
            parts[0].clone(),
            parts[1].clone(),
            parts[2].clone(),
            doc_arg,
        ],
    )?;
    if let (Some(np), Some(op)) = (prop(&newp), prop(&a[0])) {
        let n = op.name.borrow().clone();
        if !n.is_none() {
            *np.name.borrow_mut() = n;
        }
    }
    Ok(newp)
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy_with(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy_with(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy_with(vm, args, 2)
}
fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    get_none_none(vm, a)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    let cls = types::class_of(&a[1]);
    vm.descr_get_builtin(&a[0], &a[1], &cls)
}
/// CPython's message for a property without the getter/setter/deleter `what`; `name` is
/// the one `__set_name__` gave it.
pub fn property_missing_msg(name: Option<String>, obj: &Value, what: &str) -> String {
    match name {
        Some(n) => format!(
            "property '{}' of '{}' object has no {}",
            n,
            types::type_name(obj),
            what
        ),
        None => format!(
            "property of '{}' object has no {}",
            types::type_name(obj),
            what
        ),
    }
}
fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__set__", 3)?;
    let p = prop(&a[0]).ok_or_else(|| vm.new_type_error("property expected"))?;
    let f = p.fset.borrow().clone();
    if f.is_none() {
        let n = p.name.borrow().as_rust_str().map(str::to_string);
        return Err(vm.new_attribute_error(property_missing_msg(n, &a[1], "setter")));
    }
    vm.call(&f, &[a[1].clone(), a[2].clone()])?;
    Ok(Value::None)
}
fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__delete__", 2)?;
    let p = prop(&a[0]).ok_or_else(|| vm.new_type_error("property expected"))?;
    let f = p.fdel.borrow().clone();
    if f.is_none() {
        let n = p.name.borrow().as_rust_str().map(str::to_string);
        return Err(vm.new_attribute_error(property_missing_msg(n, &a[1], "deleter")));
    }
    vm.call(&f, &[a[1].clone()])?;
    Ok(Value::None)
}
fn property_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__set_name__", 3)?;
    if let Some(p) = prop(&a[0]) {
        *p.name.borrow_mut() = a[2].clone();
    }
    Ok(Value::None)
}
fn p_fget(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    prop(v)
        .map(|p| p.fget.borrow().clone())
        .ok_or_else(|| vm.new_type_error("property expected"))
}
fn p_fset(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    prop(v)
        .map(|p| p.fset.borrow().clone())
        .ok_or_else(|| vm.new_type_error("property expected"))
}
fn p_fdel(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    prop(v)
        .map(|p| p.fdel.borrow().clone())
        .ok_or_else(|| vm.new_type_error("property expected"))
}
fn p_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Some(d) = o.dict() {
            if let Payload::Dict(dd) = &d.payload {
                if let Some(doc) = dd.get_rust_str("__doc__") {
                    return Ok(doc);
                }
            }
        }
    }
    prop(v)
        .map(|p| p.doc.borrow().clone())
        .ok_or_else(|| vm.new_type_error("property expected"))
}
fn p_set_doc(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let p = prop(v).ok_or_else(|| vm.new_type_error("property expected"))?;
    *p.doc.borrow_mut() = new.unwrap_or(Value::None);
    Ok(())
}
fn p_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = prop(v).ok_or_else(|| vm.new_type_error("property expected"))?;
    let fs = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    for f in fs {
        if !f.is_none() {
            if let Some(x) = vm.get_attr_opt(&f, &types::intern("__isabstractmethod__"))? {
                if vm.truthy(&x)? {
                    return Ok(Value::Bool(true));
                }
            }
        }
    }
    Ok(Value::Bool(false))
}

pub static PROPERTY_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", property_new),
    MethodDef::method("__init__", property_init),
    MethodDef::method("getter", property_getter),
    MethodDef::method("setter", property_setter),
    MethodDef::method("deleter", property_deleter),
    MethodDef::method("__get__", property_get),
    MethodDef::method("__set__", property_set),
    MethodDef::method("__delete__", property_delete),
    MethodDef::method("__set_name__", property_set_name),
    MethodDef::getter("fget", p_fget),
    MethodDef::getter("fset", p_fset),
    MethodDef::getter("fdel", p_fdel),
    MethodDef::getset("__doc__", p_doc, p_set_doc),
    MethodDef::getter("__isabstractmethod__", p_isabstract),
];

// ----- code and cell -----

fn code_of(v: &Value) -> Option<&Rc<crate::bytecode::Code>> {
    match v.payload()? {
        Payload::Code(c) => Some(c),
        _ => None,
    }
}
fn c_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| Value::Obj(c.name.clone()))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| Value::Obj(c.qualname.clone()))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_filename(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| Value::Obj(c.filename.clone()))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_argcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| Value::Int(c.argcount as i64))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_posonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| Value::Int(c.posonlyargcount as i64))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_kwonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| Value::Int(c.kwonlyargcount as i64))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_flags(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    // NOFREE is the interpreter's own hint (CPython 3.11 no longer sets it).
    code_of(v)
        .map(|c| Value::Int((c.flags & !crate::bytecode::code_flags::NOFREE) as i64))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_nlocals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| Value::Int(c.varnames.len() as i64))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_stacksize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| Value::Int(c.stacksize.max(1) as i64))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_firstlineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| Value::Int(c.firstlineno as i64))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn names_tuple(names: &[PyRef]) -> Value {
    tupleobj::new_tuple(names.iter().map(|n| Value::Obj(n.clone())).collect())
}
fn c_varnames(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| names_tuple(&c.varnames))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_cellvars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| names_tuple(&c.cellvars))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_freevars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| names_tuple(&c.freevars))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_names(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| names_tuple(&c.names))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_consts(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_of(v)
        .map(|c| tupleobj::new_tuple(c.consts.clone()))
        .ok_or_else(|| vm.new_type_error("code expected"))
}
fn c_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = code_of(&args.pos[0]).ok_or_else(|| vm.new_type_error("code expected"))?;
    Ok(strobj::new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name.payload_str(),
        args.pos[0].id(),
        c.filename.payload_str(),
        c.firstlineno
    )))
}

/// Code objects are made afresh for each `f.__code__`/`gi_code`: two of them are equal (and
/// hash alike) when they wrap the same compiled code.
fn c_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__eq__", 2)?;
    match (code_of(&a[0]), code_of(&a[1])) {
        (Some(x), Some(y)) => Ok(Value::Bool(Rc::ptr_eq(x, y))),
        _ => Ok(vm.not_implemented()),
    }
}
fn c_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__ne__", 2)?;
    match (code_of(&a[0]), code_of(&a[1])) {
        (Some(x), Some(y)) => Ok(Value::Bool(!Rc::ptr_eq(x, y))),
        _ => Ok(vm.not_implemented()),
    }
}
fn c_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = code_of(&args.pos[0]).ok_or_else(|| vm.new_type_error("code expected"))?;
    Ok(Value::Int((Rc::as_ptr(c) as usize >> 4) as i64))
}

/// `code.replace(**changes)`: a copy with some fields replaced (the instructions stay).
fn c_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = code_of(&args.pos[0]).ok_or_else(|| vm.new_type_error("code expected"))?;
    if args.pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "replace() takes no positional arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let mut name = c.name.clone();
    let mut qualname = c.qualname.clone();
    let mut filename = c.filename.clone();
    let mut firstlineno = c.firstlineno;
    let mut consts = c.consts.clone();
    let mut names = c.names.clone();
    let mut flags = c.flags;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let key = k.payload_str();
        let want_str = |vm: &mut Vm, v: &Value| -> PyResult<PyRef> {
            match v {
                Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(o.clone()),
                _ => Err(vm.new_type_error(format!(
                    "replace() argument '{key}' must be str, not {}",
                    types::type_name(v)
                ))),
            }
        };
        match key {
            "co_name" => name = want_str(vm, v)?,
            "co_qualname" => qualname = want_str(vm, v)?,
            "co_filename" => filename = want_str(vm, v)?,
            "co_firstlineno" => {
                firstlineno = match v {
                    Value::Int(i) if *i >= 0 && *i <= u32::MAX as i64 => *i as u32,
                    _ => return Err(vm.new_value_error("co_firstlineno out of range")),
                }
            }
            "co_flags" => {
                let Value::Int(f) = v else {
                    return Err(vm.new_type_error(format!(
                        "replace() argument 'co_flags' must be int, not {}",
                        types::type_name(v)
                    )));
                };
                // Only CO_ITERABLE_COROUTINE (types.coroutine) can change: the other bits
                // describe how the compiled instructions run, so they stay as compiled.
                let it = crate::bytecode::code_flags::ITERABLE_COROUTINE;
                flags = (c.flags & !it) | (*f as u32 & it);
            }
            "co_consts" | "co_names" => {
                let Some(Payload::Tuple(items)) = v.payload() else {
                    return Err(vm.new_type_error(format!(
                        "replace() argument '{key}' must be tuple, not {}",
                        types::type_name(v)
                    )));
                };
                if key == "co_consts" {
                    if items.len() != consts.len() {
                        return Err(vm.new_value_error("co_consts: wrong number of constants"));
                    }
                    consts = items.to_vec();
                } else {
                    if items.len() != names.len() {
                        return Err(vm.new_value_error("co_names: wrong number of names"));
                    }
                    names = items
                        .iter()
                        .map(|n| want_str(vm, n))
                        .collect::<PyResult<_>>()?;
                }
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{key}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    let copy = crate::bytecode::Code {
        ops: c.ops.clone(),
        locs: c.locs.clone(),
        consts,
        names,
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        cell2arg: c.cell2arg.clone(),
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags,
        stacksize: c.stacksize,
        name,
        qualname,
        filename,
        firstlineno,
        class_cell: c.class_cell,
        global_cache: c.global_cache.iter().map(|_| Default::default()).collect(),
        attr_cache: std::cell::OnceCell::new(),
    };
    Ok(types::new_obj(&types().code, Payload::Code(Rc::new(copy))))
}

pub static CODE_METHODS: &[MethodDef] = &[
    MethodDef::method("replace", c_replace),
    MethodDef::getter("co_name", c_name),
    MethodDef::getter("co_qualname", c_qualname),
    MethodDef::getter("co_filename", c_filename),
    MethodDef::getter("co_argcount", c_argcount),
    MethodDef::getter("co_posonlyargcount", c_posonly),
    MethodDef::getter("co_kwonlyargcount", c_kwonly),
    MethodDef::getter("co_flags", c_flags),
    MethodDef::getter("co_nlocals", c_nlocals),
    MethodDef::getter("co_stacksize", c_stacksize),
    MethodDef::getter("co_firstlineno", c_firstlineno),
    MethodDef::getter("co_varnames", c_varnames),
    MethodDef::getter("co_cellvars", c_cellvars),
    MethodDef::getter("co_freevars", c_freevars),
    MethodDef::getter("co_names", c_names),
    MethodDef::getter("co_consts", c_consts),
    MethodDef::method("__repr__", c_repr),
    MethodDef::method("__eq__", c_eq),
    MethodDef::method("__ne__", c_ne),
    MethodDef::method("__hash__", c_hash),
];

fn cell_contents(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Cell(c)) => {
            let x = c.borrow().clone();
            if x.is_null() {
                return Err(vm.new_value_error("Cell is empty"));
            }
            Ok(x)
        }
        _ => Err(vm.new_type_error("cell expected")),
    }
}
fn cell_set_contents(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    match v.payload() {
        Some(Payload::Cell(c)) => {
            *c.borrow_mut() = new.unwrap_or(Value::Null);
            Ok(())
        }
        _ => Err(vm.new_type_error("cell expected")),
    }
}
fn cell_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let inner = match v.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => return Err(vm.new_type_error("cell expected")),
    };
    if inner.is_null() {
        return Ok(strobj::new_str(format!("<cell at {:#x}: empty>", v.id())));
    }
    Ok(strobj::new_str(format!(
        "<cell at {:#x}: {} object at {:#x}>",
        v.id(),
        types::type_name(&inner),
        inner.id()
    )))
}

/// `types.CellType([contents])`.
fn cell_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("cell() takes no keyword arguments"));
    }
    let init = match args.pos {
        [_] => Value::Null,
        [_, v] => v.clone(),
        _ => {
            return Err(vm.new_type_error(format!(
                "cell expected at most 1 argument, got {}",
                args.pos.len().saturating_sub(1)
            )))
        }
    };
    Ok(types::new_obj(
        &types().cell,
        Payload::Cell(std::cell::RefCell::new(init)),
    ))
}

pub static CELL_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", cell_new),
    MethodDef::getset("cell_contents", cell_contents, cell_set_contents),
    MethodDef::method("__repr__", cell_repr),
];

pub fn func_name(v: &Value) -> Option<String> {
    func_data(v).map(|f| f.name.borrow().payload_str().to_string())
}
