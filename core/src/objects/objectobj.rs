//! `object` (the root of the hierarchy), NoneType, NotImplemented, Ellipsis, `super`,
//! weak references and traceback objects.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::*;
use crate::objects::strobj;
use crate::types::{self, type_flags, types, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyResult, Vm};

/// `<module.Class object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let cls = types::class_of(v);
    let t = types::type_data(&cls);
    let q = t.map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    let module = t.and_then(|t| {
        if t.is_heap() {
            t.dict()
                .get_rust_str("__module__")
                .and_then(|m| m.as_rust_str().map(|s| s.to_string()))
        } else {
            Some(t.module.unwrap_or("builtins").to_string())
        }
    });
    match module {
        Some(m) if m != "builtins" => format!("<{}.{} object at {:#x}>", m, q, v.id()),
        _ => format!("<{} object at {:#x}>", q, v.id()),
    }
}

/// Creates a bare instance of `cls` (object.__new__).
pub fn new_instance(vm: &mut Vm, cls: &PyRef) -> PyResult<Value> {
    let Some(t) = types::type_data(cls) else {
        return Err(vm.new_type_error("not a type"));
    };
    let nslots = t.slot_offset.get() + t.slot_names.borrow().len();
    let payload = match t.kind {
        BaseKind::Object | BaseKind::Internal if nslots == 0 => {
            Payload::Object(RefCell::new(Vec::new()))
        }
        BaseKind::Object | BaseKind::Internal => {
            Payload::Object(RefCell::new(vec![Value::Null; nslots]))
        }
        BaseKind::Exception => {
            Payload::Exception(Box::new(crate::exceptions::empty_exception_data()))
        }
        BaseKind::Int | BaseKind::Bool => Payload::Int(num_bigint::BigInt::from(0)),
        BaseKind::Float => Payload::Float(0.0),
        BaseKind::Complex => Payload::Complex(0.0, 0.0),
        BaseKind::Str => Payload::Str(PyStr::new("")),
        BaseKind::Bytes => Payload::Bytes(Box::new([])),
        BaseKind::ByteArray => Payload::ByteArray(RefCell::new(Vec::new())),
        BaseKind::Tuple => Payload::Tuple(Box::new([])),
        BaseKind::List => Payload::List(RefCell::new(Vec::new())),
        BaseKind::Dict => Payload::Dict(crate::dict::PyDict::new()),
        BaseKind::Set => Payload::Set(RefCell::new(crate::set::SetData::new())),
        BaseKind::FrozenSet => Payload::FrozenSet(RefCell::new(crate::set::SetData::new())),
        BaseKind::Module => Payload::Module(Box::new(ModuleData {
            name: RefCell::new(String::new()),
        })),
        BaseKind::Type => return Err(vm.new_type_error("type.__new__ needed")),
        BaseKind::Property => Payload::Property(Box::new(PropertyData {
            fget: RefCell::new(Value::None),
            fset: RefCell::new(Value::None),
            fdel: RefCell::new(Value::None),
            doc: RefCell::new(Value::None),
            name: RefCell::new(Value::None),
        })),
    };
    let v = if t.has_flag(type_flags::HAS_DICT) {
        types::new_obj_with_dict(cls, payload)
    } else {
        types::new_obj(cls, payload)
    };
    if t.has_flag(type_flags::HAS_DEL) {
        if let Value::Obj(o) = &v {
            vm.finalizable.push(o.clone());
        }
    }
    Ok(v)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        Some(other) => {
            return Err(vm.new_type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                types::type_name(other)
            )))
        }
        None => return Err(vm.new_type_error("object.__new__(): not enough arguments")),
    };
    let object = types().object.clone();
    crate::objects::listobj::check_new_safe(vm, "object", &object, &Value::Obj(cls.clone()))?;
    if args.pos.len() > 1 || args.has_kw() {
        let init = types::lookup_str(&cls, "__init__");
        let new = types::lookup_str(&cls, "__new__");
        let init_overridden = init
            .map(|i| !crate::vm::is_object_init_pub(&i))
            .unwrap_or(false);
        let new_overridden = new
            .map(|n| !matches!(&n, Value::Obj(o) if crate::vm::is_object_new_pub(o)))
            .unwrap_or(false);
        if new_overridden || !init_overridden {
            let name = types::type_data(&cls).map(|t| t.name()).unwrap_or_default();
            if new_overridden {
                return Err(vm.new_type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            return Err(vm.new_type_error(format!("{}() takes no arguments", name)));
        }
    }
    if let Some(t) = types::type_data(&cls) {
        if t.has_flag(type_flags::ABSTRACT) {
            return Err(crate::objects::typeobj::abstract_error(vm, &cls));
        }
        if !t.is_heap() && t.kind == BaseKind::Internal && !Rc::ptr_eq(&cls, &types().object) {
            return Err(vm.new_type_error(format!("cannot create '{}' instances", t.name())));
        }
    }
    new_instance(vm, &cls)
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || args.has_kw() {
        let cls = types::class_of(&args.pos[0]);
        let init = types::lookup_str(&cls, "__init__");
        let new = types::lookup_str(&cls, "__new__");
        let init_overridden = init
            .map(|i| !crate::vm::is_object_init_pub(&i))
            .unwrap_or(false);
        let new_overridden = new
            .map(|n| !matches!(&n, Value::Obj(o) if crate::vm::is_object_new_pub(o)))
            .unwrap_or(false);
        if init_overridden {
            return Err(vm.new_type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !new_overridden {
            let name = types::type_data(&cls).map(|t| t.name()).unwrap_or_default();
            return Err(vm.new_type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                name
            )));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.pos.first().ok_or_else(|| {
        vm.new_type_error("descriptor '__repr__' of 'object' object needs an argument")
    })?;
    if args.pos.len() > 1 {
        wrapper_args(vm, &args, "__repr__", 1)?;
    }
    Ok(strobj::new_str(default_repr(s)))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.pos.first().ok_or_else(|| {
        vm.new_type_error("descriptor '__str__' of 'object' object needs an argument")
    })?;
    if args.pos.len() > 1 {
        wrapper_args(vm, &args, "__str__", 1)?;
    }
    Ok(Value::Obj(vm.repr(s)?))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args
        .pos
        .first()
        .ok_or_else(|| vm.new_type_error("descriptor '__hash__' needs an argument"))?;
    if args.pos.len() > 1 {
        wrapper_args(vm, &args, "__hash__", 1)?;
    }
    Ok(Value::Int(s.id() >> 4))
}

/// Slot-wrapper arity check: `n` counts self; the message, like CPython's, does not.
fn wrapper_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.pos.len() == n || args.pos.is_empty() {
        return args.exact(vm, name, n);
    }
    args.no_kw(vm, name)?;
    let s = if n == 2 { "" } else { "s" };
    // CPython's two-argument wrapper message starts with a space (its name is empty).
    let lead = if n == 3 { " " } else { "" };
    Err(vm.new_type_error(format!(
        "{}expected {} argument{}, got {}",
        lead,
        n - 1,
        s,
        args.pos.len() - 1
    )))
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, &args, "__eq__", 2)?;
    if a[0].is(&a[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(vm.not_implemented())
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, &args, "__ne__", 2)?;
    let cls = types::class_of(&a[0]);
    let eq = types::lookup_str(&cls, "__eq__");
    let r = match eq {
        Some(m) => vm.call_special(&m, &a[0], &[a[1].clone()])?,
        None => return Ok(vm.not_implemented()),
    };
    if Vm::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_cmp_ni(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_args(vm, &args, "__lt__", 2)?;
    Ok(vm.not_implemented())
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, &args, "__getattribute__", 2)?;
    let name = match &a[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => o.clone(),
        other => {
            return Err(vm.new_type_error(format!(
                "attribute name must be string, not '{}'",
                types::type_name(other)
            )))
        }
    };
    let cls = types::class_of(&a[0]);
    match vm.generic_getattr(&a[0], &cls, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&a[0], &name)),
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, &args, "__setattr__", 3)?;
    let name = match &a[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => o.clone(),
        other => {
            return Err(vm.new_type_error(format!(
                "attribute name must be string, not '{}'",
                types::type_name(other)
            )))
        }
    };
    if matches!(a[0].payload(), Some(Payload::Type(_))) {
        return Err(vm.new_type_error(format!(
            "can't apply this __setattr__ to {} object",
            types::type_name(&a[0])
        )));
    }
    let cls = types::class_of(&a[0]);
    vm.generic_setattr(&a[0], &cls, &name, Some(a[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, &args, "__delattr__", 2)?;
    let name = match &a[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => o.clone(),
        other => {
            return Err(vm.new_type_error(format!(
                "attribute name must be string, not '{}'",
                types::type_name(other)
            )))
        }
    };
    if matches!(a[0].payload(), Some(Payload::Type(_))) {
        return Err(vm.new_type_error(format!(
            "can't apply this __delattr__ to {} object",
            types::type_name(&a[0])
        )));
    }
    let cls = types::class_of(&a[0]);
    vm.generic_setattr(&a[0], &cls, &name, None)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__format__", 2)?;
    let Some(spec) = a[1].as_rust_str() else {
        return Err(vm.new_type_error(format!(
            "__format__() argument must be str, not {}",
            crate::objects::strobj::clinic_type_name(&a[1])
        )));
    };
    if !spec.is_empty() {
        return Err(vm.new_type_error(format!(
            "unsupported format string passed to {}.__format__",
            types::type_name(&a[0])
        )));
    }
    Ok(Value::Obj(vm.str(&a[0])?))
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = &args.pos[0];
    let d = crate::objects::dictobj::new_dict();
    let dd = crate::objects::dictobj::as_dict(&d).expect("new dict");
    if let Value::Obj(o) = s {
        if let Some(inst) = o.dict() {
            if let Payload::Dict(id) = &inst.payload {
                for k in id.keys() {
                    dd.set(vm, k, Value::None)?;
                }
            }
        }
    }
    let cls = types::class_of(s);
    if let Some(t) = types::type_data(&cls) {
        for c in t.mro.borrow().iter() {
            if let Some(ct) = types::type_data(c) {
                for k in ct.dict().keys() {
                    dd.set(vm, k, Value::None)?;
                }
            }
        }
    }
    Ok(crate::objects::listobj::new_list(dd.keys()))
}

/// The instances of `cls` carry a `__dict__` (CPython's managed dict and weakref slot).
pub fn instances_have_dict(cls: &PyObject) -> bool {
    types::type_data(cls)
        .is_some_and(|t| t.is_heap() && t.flags.get() & types::type_flags::HAS_DICT != 0)
}

/// CPython 3.11's (64-bit) basic sizes for the builtin objects without a `__sizeof__`
/// of their own, so `sys.getsizeof` prints the same numbers.
fn object_sizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match args.pos.first() {
        Some(Value::Float(_)) => 24,
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Object(s) => {
                let extra = if instances_have_dict(&types::class_of(&args.pos[0])) {
                    8
                } else {
                    0
                };
                16 + 8 * s.borrow().len() + extra
            }
            Payload::Float(_) => 24,
            Payload::Complex(..) => 32,
            Payload::Tuple(t) => 24 + 8 * t.len(),
            Payload::Range(_) => 48,
            Payload::Slice(_) => 40,
            Payload::Function(_) => 136,
            Payload::Generator(g) => {
                // The frame's locals and value stack (our stack estimate runs about 4
                // above CPython's).
                let c = &g.code;
                let locals = c.varnames.len() + c.cellvars.len() + c.freevars.len();
                152 + 8 * (locals + (c.stacksize as usize).saturating_sub(4).max(1))
            }
            Payload::Iter(it) => match &*it.borrow() {
                IterState::Dict { .. } | IterState::Enumerate { .. } => 56,
                IterState::Set { .. } | IterState::Zip { .. } => 48,
                _ => 32,
            },
            Payload::NativeFunction(_) | Payload::MethodDescr(_) => 56,
            Payload::Property(_) => 64,
            Payload::StaticMethod(_) | Payload::ClassMethod(_) => 32,
            Payload::Super(_) => 40,
            Payload::DictView(..) => 24,
            Payload::Module(_) => 56,
            Payload::BoundMethod(_) => 48,
            Payload::Set(d) | Payload::FrozenSet(d) => {
                let size = d.borrow().table.len();
                200 + if size > 8 { 16 * size } else { 0 }
            }
            _ => 16,
        },
        _ => 16,
    };
    Ok(Value::Int(n as i64))
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() || args.pos.len() > 1 {
        let name = match args.pos.first() {
            Some(Value::Obj(c)) => types::type_data(c).map(|t| t.name()).unwrap_or_default(),
            _ => "object".to_string(),
        };
        if args.has_kw() {
            return Err(vm.new_type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                name
            )));
        }
        return Err(vm.new_type_error(format!(
            "{}.__init_subclass__() takes no arguments ({} given)",
            name,
            args.pos.len() - 1
        )));
    }
    Ok(Value::None)
}

fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

/// `object.__reduce_ex__(protocol)`: CPython's logic lives in the frozen `copyreg` module
/// (`_object_reduce_ex`: honours an overridden `__reduce__`, then `__getnewargs_ex__`,
/// `__getnewargs__`, `__getstate__`, `__slots__`, list and dict items).
fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "object.__reduce_ex__", 2).map_err(|_| {
        vm.new_type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        ))
    })?;
    let proto = vm.index(&a[1])?;
    let copyreg = vm.import_module_simple("copyreg")?;
    let f = vm.get_attr_str(&copyreg, "_object_reduce_ex")?;
    vm.call(&f, &[a[0].clone(), proto])
}

/// `object.__getstate__()`: the instance dict (None when empty), paired with a dict of the
/// set `__slots__` values when there are any.
fn object_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__getstate__", 1)?;
    let obj = &a[0];
    let mut state = match obj {
        Value::Obj(o) => match o.dict() {
            Some(d)
                if crate::objects::dictobj::as_dict(&Value::Obj(d.clone()))
                    .is_some_and(|dd| !dd.is_empty()) =>
            {
                Value::Obj(d.clone())
            }
            _ => Value::None,
        },
        _ => Value::None,
    };
    let cls = types::class_of(obj);
    let mro: Vec<PyRef> = types::type_data(&cls)
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    let slots = crate::objects::dictobj::new_dict();
    let mut any = false;
    if let (Some(sd), Some(Payload::Object(vals))) =
        (crate::objects::dictobj::as_dict(&slots), obj.payload())
    {
        for c in mro.iter() {
            let Some(ct) = types::type_data(c) else {
                continue;
            };
            let off = ct.slot_offset.get();
            for (i, n) in ct.slot_names.borrow().iter().enumerate() {
                let v = vals.borrow().get(off + i).cloned().unwrap_or(Value::Null);
                if !v.is_null() {
                    sd.set_str(n.clone(), v);
                    any = true;
                }
            }
        }
    }
    if any {
        state = crate::objects::tupleobj::new_tuple(vec![state, slots]);
    }
    Ok(state)
}

/// `object.__reduce__()`: the protocol-0 reduction of `copyreg`.
fn object_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "object.__reduce__", 1).map_err(|_| {
        vm.new_type_error(format!(
            "object.__reduce__() takes no arguments ({} given)",
            args.pos.len().saturating_sub(1)
        ))
    })?;
    let copyreg = vm.import_module_simple("copyreg")?;
    let f = vm.get_attr_str(&copyreg, "_common_reduce")?;
    vm.call(&f, &[a[0].clone(), Value::Int(0)])
}

fn get_class(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(types::class_of(v)))
}

fn set_class(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let newc = match new {
        None => return Err(vm.new_type_error("can't delete __class__ attribute")),
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c,
        Some(other) => {
            return Err(vm.new_type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                types::type_name(&other)
            )))
        }
    };
    let Value::Obj(o) = v else {
        return Err(vm.new_type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    let Some(nt) = types::type_data(&newc) else {
        return Err(vm.new_type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            types::type_name(&Value::Obj(newc.clone()))
        )));
    };
    let old = o.class();
    let ot = types::type_data(&old);
    // CPython keeps the `__dict__` of an int, bytes or tuple subclass instance after the
    // variable-size part, so two such classes never share a layout.
    let var_sized_dict = |t: &types::PyType| {
        matches!(t.kind, BaseKind::Int | BaseKind::Bytes | BaseKind::Tuple)
            && t.has_flag(type_flags::HAS_DICT)
    };
    let compatible = nt.is_heap()
        && ot
            .map(|t| {
                t.is_heap()
                    && types::instance_layout(t) == types::instance_layout(nt)
                    && (Rc::ptr_eq(&old, &newc) || !var_sized_dict(t))
            })
            .unwrap_or(false)
        || matches!(o.payload, Payload::Module(_)) && types::is_subtype(&newc, &types().module);
    if !compatible {
        if !nt.is_heap() || !ot.map(|t| t.is_heap()).unwrap_or(false) {
            return Err(vm.new_type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        return Err(vm.new_type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            ot.map(|t| t.name()).unwrap_or_default()
        )));
    }
    o.class.set(newc);
    Ok(())
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match o.dict() {
            Some(d) => {
                if let Payload::Dict(data) = &d.payload {
                    data.data.borrow_mut().exposed = true;
                }
                Ok(Value::Obj(d.clone()))
            }
            None => Err(vm.new_attribute_error(format!(
                "'{}' object has no attribute '__dict__'",
                types::type_name(v)
            ))),
        },
        _ => Err(vm.new_attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            types::type_name(v)
        ))),
    }
}

fn set_dict(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Value::Obj(o) = v else {
        return Err(vm.new_attribute_error("__dict__"));
    };
    if o.dict().is_none() {
        return Err(vm.new_attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            types::type_name(v)
        )));
    }
    match new {
        Some(nv) => {
            match &nv {
                Value::Obj(nd) if matches!(nd.payload, Payload::Dict(_)) => {
                    // CPython 3.11 materialises an assigned __dict__ (see gc::collect).
                    if let Payload::Dict(dd) = &nd.payload {
                        dd.data.borrow_mut().exposed = true;
                    }
                    // The object now uses that very dict (shared state, as the "Borg").
                    o.dict.replace(nd.clone());
                    Ok(())
                }
                _ => Err(vm.new_type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    types::type_name(&nv)
                ))),
            }
        }
        None => {
            // Deleting gives the instance a fresh empty dict.
            o.dict.replace(types::new_dict_ref());
            Ok(())
        }
    }
}

/// The `__dict__` descriptor that classes adding an instance dict get.
pub fn instance_dict_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get_dict(vm, v)
}

pub fn instance_dict_set(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_dict(vm, v, new)
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let cls = types::class_of(v);
    if let Value::Obj(o) = v {
        if let Payload::Type(_) = o.payload {
            return Ok(Value::None);
        }
    }
    let _ = vm;
    Ok(types::lookup_str(&cls, "__doc__")
        .filter(|d| d.as_str().is_some())
        .unwrap_or(Value::None))
}

pub static OBJECT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", object_new),
    MethodDef::method("__init__", object_init),
    MethodDef::method("__repr__", object_repr),
    MethodDef::method("__str__", object_str),
    MethodDef::method("__hash__", object_hash),
    MethodDef::method("__eq__", object_eq),
    MethodDef::method("__ne__", object_ne),
    MethodDef::method("__lt__", object_cmp_ni),
    MethodDef::method("__le__", object_cmp_ni),
    MethodDef::method("__gt__", object_cmp_ni),
    MethodDef::method("__ge__", object_cmp_ni),
    MethodDef::method("__getattribute__", object_getattribute),
    MethodDef::method("__setattr__", object_setattr),
    MethodDef::method("__delattr__", object_delattr),
    MethodDef::method("__format__", object_format),
    MethodDef::method("__dir__", object_dir),
    MethodDef::method("__sizeof__", object_sizeof),
    MethodDef::method("__reduce_ex__", object_reduce_ex),
    MethodDef::method("__reduce__", object_reduce),
    MethodDef::method("__getstate__", object_getstate),
    MethodDef::classmethod("__init_subclass__", object_init_subclass),
    MethodDef::classmethod("__subclasshook__", object_subclasshook),
    MethodDef::getset("__class__", get_class, set_class),
    MethodDef::getter("__doc__", get_doc),
];

// ----- None, NotImplemented, Ellipsis -----

fn none_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || args.has_kw() {
        return Err(vm.new_type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}
fn none_repr(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(strobj::new_str("None".into()))
}
fn none_bool(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}
pub static NONE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", none_new),
    MethodDef::method("__repr__", none_repr),
    MethodDef::method("__bool__", none_bool),
];

fn ni_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || args.has_kw() {
        return Err(vm.new_type_error("NotImplementedType takes no arguments"));
    }
    Ok(types().not_implemented.clone())
}
fn ni_repr(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(strobj::new_str("NotImplemented".into()))
}
fn ni_bool(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let cat = types().exc.deprecation_warning.clone();
    crate::exceptions::warn(
        vm,
        &cat,
        "NotImplemented should not be used in a boolean context",
    )?;
    Ok(Value::Bool(true))
}
pub static NOTIMPL_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", ni_new),
    MethodDef::method("__repr__", ni_repr),
    MethodDef::method("__reduce__", ni_repr),
    MethodDef::method("__bool__", ni_bool),
];

fn el_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || args.has_kw() {
        return Err(vm.new_type_error("EllipsisType takes no arguments"));
    }
    Ok(types().ellipsis.clone())
}
fn el_repr(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(strobj::new_str("Ellipsis".into()))
}
pub static ELLIPSIS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", el_new),
    MethodDef::method("__repr__", el_repr),
    MethodDef::method("__reduce__", el_repr),
];

// ----- super -----

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("super() takes no keyword arguments"));
    }
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().super_.clone(),
    };
    let rest = &args.pos[1..];
    let (typ, obj) = match rest.len() {
        0 => {
            let Some(ci) = vm.caller.clone() else {
                return Err(vm.new_runtime_error("super(): no arguments"));
            };
            if !ci.has_args {
                return Err(vm.new_runtime_error("super(): no arguments"));
            }
            if ci.first_arg.is_null() {
                return Err(vm.new_runtime_error("super(): arg[0] deleted"));
            }
            if !ci.has_class_cell {
                return Err(vm.new_runtime_error("super(): __class__ cell not found"));
            }
            if ci.class_cell.is_null() {
                return Err(vm.new_runtime_error("super(): empty __class__ cell"));
            }
            (ci.class_cell, ci.first_arg)
        }
        1 => (rest[0].clone(), Value::None),
        2 => (rest[0].clone(), rest[1].clone()),
        n => {
            return Err(
                vm.new_type_error(format!("super() expected at most 2 arguments, got {}", n))
            )
        }
    };
    let Some(tref) = typ
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
        .cloned()
    else {
        return Err(vm.new_type_error(format!(
            "super() argument 1 must be a type, not {}",
            types::type_name(&typ)
        )));
    };
    if !obj.is_none() {
        let ok = match &obj {
            Value::Obj(o)
                if matches!(o.payload, Payload::Type(_)) && types::is_subtype(o, &tref) =>
            {
                true
            }
            _ => types::isinstance(&obj, &tref),
        };
        if !ok {
            return Err(
                vm.new_type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
    }
    let _ = ArgSpec {
        name: "",
        params: &[],
        required: 0,
        posonly: 0,
        kwonly: 0,
    };
    Ok(types::new_obj(&cls, Payload::Super(Box::new((typ, obj)))))
}

fn super_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn super_parts(v: &Value) -> Option<(Value, Value)> {
    match v.payload()? {
        Payload::Super(b) => Some((b.0.clone(), b.1.clone())),
        _ => None,
    }
}

fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__getattribute__", 2)?;
    let (typ, obj) = super_parts(&a[0]).ok_or_else(|| vm.new_type_error("super expected"))?;
    let name = a[1]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.new_type_error("attribute name must be string"))?;
    if name.payload_str() != "__class__" && !obj.is_none() {
        let starttype = match &obj {
            Value::Obj(o)
                if matches!(o.payload, Payload::Type(_))
                    && types::is_subtype(o, typ.as_obj().expect("type")) =>
            {
                o.clone()
            }
            _ => types::class_of(&obj),
        };
        let mro = types::type_data(&starttype)
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default();
        let tp = typ.as_obj().map(Rc::as_ptr);
        let start = mro
            .iter()
            .position(|c| Some(Rc::as_ptr(c)) == tp)
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        for c in &mro[start..] {
            let Some(ct) = types::type_data(c) else {
                continue;
            };
            if let Some(res) = ct.dict().get_str(&name) {
                let inst = if let Value::Obj(o) = &obj {
                    if Rc::ptr_eq(o, &starttype) {
                        Value::None
                    } else {
                        obj.clone()
                    }
                } else {
                    obj.clone()
                };
                return bind_for_super(vm, &res, &inst, &starttype);
            }
        }
    }
    let cls = types::class_of(&a[0]);
    match vm.generic_getattr(&a[0], &cls, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.new_attribute_error(format!(
            "'super' object has no attribute '{}'",
            name.payload_str()
        ))),
    }
}

/// `descr.__get__(inst, owner)` where inst may be None (class-level access).
fn bind_for_super(vm: &mut Vm, d: &Value, inst: &Value, owner: &PyRef) -> PyResult<Value> {
    let Value::Obj(o) = d else {
        return Ok(d.clone());
    };
    match &o.payload {
        Payload::Function(_) if inst.is_none() => Ok(d.clone()),
        Payload::MethodDescr(_) if inst.is_none() => Ok(d.clone()),
        Payload::Property(_) | Payload::GetSet(_) | Payload::Member(_) if inst.is_none() => {
            Ok(d.clone())
        }
        Payload::Function(_)
        | Payload::MethodDescr(_)
        | Payload::Property(_)
        | Payload::GetSet(_)
        | Payload::Member(_) => vm.descr_get(d, inst, owner),
        Payload::ClassMethod(f) => {
            let f = f.borrow().clone();
            Ok(crate::objects::funcobj::new_bound_method(
                f,
                Value::Obj(owner.clone()),
            ))
        }
        Payload::ClassMethodDescr(nf) => Ok(crate::objects::funcobj::bind_native(
            nf,
            Value::Obj(owner.clone()),
        )),
        Payload::StaticMethod(f) => Ok(f.borrow().clone()),
        _ => {
            let dcls = o.class();
            if types::is_heap_class(&dcls) {
                if let Some(get) = types::lookup_str(&dcls, "__get__") {
                    return vm.call_special(&get, d, &[inst.clone(), Value::Obj(owner.clone())]);
                }
            }
            Ok(d.clone())
        }
    }
}

fn super_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    let (typ, obj) = super_parts(&a[0]).ok_or_else(|| vm.new_type_error("super expected"))?;
    if !obj.is_none() || a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(types::new_obj(
        &types().super_,
        Payload::Super(Box::new((typ, a[1].clone()))),
    ))
}

fn super_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (typ, obj) =
        super_parts(&args.pos[0]).ok_or_else(|| vm.new_type_error("super expected"))?;
    let tn = typ
        .as_obj()
        .and_then(|t| types::type_data(t))
        .map(|t| t.name())
        .unwrap_or_default();
    if obj.is_none() {
        return Ok(strobj::new_str(format!("<super: <class '{}'>, NULL>", tn)));
    }
    let on = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
            types::type_data(o).map(|t| t.name()).unwrap_or_default()
        }
        _ => types::type_name(&obj),
    };
    Ok(strobj::new_str(format!(
        "<super: <class '{}'>, <{} object>>",
        tn, on
    )))
}

fn super_thisclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    super_parts(v)
        .map(|p| p.0)
        .ok_or_else(|| vm.new_type_error("super expected"))
}
fn super_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    super_parts(v)
        .map(|p| p.1)
        .ok_or_else(|| vm.new_type_error("super expected"))
}
fn super_self_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (_, obj) = super_parts(v).ok_or_else(|| vm.new_type_error("super expected"))?;
    if obj.is_none() {
        return Ok(Value::None);
    }
    Ok(match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => obj.clone(),
        _ => Value::Obj(types::class_of(&obj)),
    })
}

pub static SUPER_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", super_new),
    MethodDef::method("__init__", super_init),
    MethodDef::method("__getattribute__", super_getattribute),
    MethodDef::method("__get__", super_get),
    MethodDef::method("__repr__", super_repr),
    MethodDef::getter("__thisclass__", super_thisclass),
    MethodDef::getter("__self__", super_self),
    MethodDef::getter("__self_class__", super_self_class),
];

// ----- weakref.ref -----

fn weakref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::modules::weakref::ref_new(vm, args)
}

fn weakref_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn weakref_target(v: &Value) -> Option<Value> {
    match v.payload()? {
        Payload::WeakRef(w) => w.target.borrow().upgrade().map(Value::Obj),
        _ => None,
    }
}

fn weakref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::modules::weakref::ref_call(vm, args)
}

fn weakref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::WeakRef(w)) = args.pos[0].payload() else {
        return Err(vm.new_type_error("weakref expected"));
    };
    if let Some(h) = w.hash.get() {
        return Ok(Value::Int(h));
    }
    match weakref_target(&args.pos[0]) {
        Some(t) => {
            let h = vm.hash(&t)?;
            w.hash.set(Some(h));
            Ok(Value::Int(h))
        }
        None => Err(vm.new_type_error("weak object has gone away")),
    }
}

fn weakref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__eq__", 2)?;
    if !matches!(a[1].payload(), Some(Payload::WeakRef(_))) {
        return Ok(vm.not_implemented());
    }
    match (weakref_target(&a[0]), weakref_target(&a[1])) {
        (Some(x), Some(y)) => Ok(Value::Bool(vm.eq(&x, &y)?)),
        _ => Ok(Value::Bool(a[0].is(&a[1]))),
    }
}

fn weakref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let s = match weakref_target(v) {
        Some(t) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            v.id(),
            types::type_name(&t),
            t.id()
        ),
        None => format!("<weakref at {:#x}; dead>", v.id()),
    };
    let _ = vm;
    Ok(strobj::new_str(s))
}

fn weakref_callback(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::WeakRef(w)) => Ok(w.callback.borrow().clone()),
        _ => Err(vm.new_type_error("weakref expected")),
    }
}

pub static WEAKREF_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", weakref_new),
    MethodDef::method("__init__", weakref_init),
    MethodDef::method("__call__", weakref_call),
    MethodDef::method("__hash__", weakref_hash),
    MethodDef::method("__eq__", weakref_eq),
    MethodDef::method("__repr__", weakref_repr),
    MethodDef::getter("__callback__", weakref_callback),
];

// ----- traceback objects -----

fn tb_field(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    match v.as_obj().and_then(|o| o.dict()) {
        Some(d) => match &d.payload {
            Payload::Dict(dd) => Ok(dd.get_rust_str(name).unwrap_or(Value::None)),
            _ => Ok(Value::None),
        },
        None => Err(vm.new_attribute_error(name.to_string())),
    }
}
fn tb_next(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_field(vm, v, "tb_next")
}
fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_field(vm, v, "tb_lineno")
}
fn tb_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_field(vm, v, "tb_lasti")
}
fn tb_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_field(vm, v, "tb_frame")
}

/// `tb.tb_next = t`: another traceback (not one that leads back here) or None.
fn tb_set_next(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(vm.new_type_error("can't delete tb_next attribute"));
    };
    if !new.is_none() && !types::isinstance(&new, &types().traceback) {
        return Err(vm.new_type_error(format!(
            "expected traceback object, got '{}'",
            types::type_name(&new)
        )));
    }
    let mut cur = new.clone();
    while let Value::Obj(_) = &cur {
        if cur.is(v) {
            return Err(vm.new_value_error("traceback loop detected"));
        }
        cur = tb_field(vm, &cur, "tb_next")?;
    }
    match v.as_obj() {
        Some(o) => crate::exceptions::set_attr_raw(o, "tb_next", new),
        None => return Err(vm.new_attribute_error("tb_next".to_string())),
    }
    Ok(())
}

/// `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn tb_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.pos.get(1..).unwrap_or(&[]);
    let b = Args::with_kw(b, args.kwnames, args.kwvals).bind(
        vm,
        &ArgSpec {
            name: "TracebackType",
            params: &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
            required: 4,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let [Some(next), Some(frame), Some(lasti), Some(lineno)] = &b[..] else {
        return Err(vm.new_type_error("TracebackType() takes exactly 4 arguments"));
    };
    if !next.is_none() && !types::isinstance(next, &types().traceback) {
        return Err(vm.new_type_error(format!(
            "expected traceback object or None, got '{}'",
            types::type_name(next)
        )));
    }
    if !crate::modules::sys::is_frame(frame) {
        return Err(vm.new_type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {}",
            types::type_name(frame)
        )));
    }
    let lasti = vm.index(lasti)?;
    let lineno = vm.index(lineno)?;
    let code = vm.get_attr_str(frame, "f_code")?;
    let tb = types::new_obj_with_dict(
        &types().traceback,
        Payload::Object(RefCell::new(Vec::new())),
    );
    if let Value::Obj(t) = &tb {
        for (k, v) in [
            ("tb_next", next.clone()),
            ("tb_lineno", lineno),
            ("tb_lasti", lasti),
            ("tb_frame", frame.clone()),
            ("_code", code),
        ] {
            crate::exceptions::set_attr_raw(t, k, v);
        }
    }
    Ok(tb)
}

pub static TRACEBACK_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", tb_new),
    MethodDef::getset("tb_next", tb_next, tb_set_next),
    MethodDef::getter("tb_lineno", tb_lineno),
    MethodDef::getter("tb_lasti", tb_lasti),
    MethodDef::getter("tb_frame", tb_frame),
];
