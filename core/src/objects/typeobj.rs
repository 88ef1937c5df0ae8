//! `type`: class creation (`type(name, bases, ns)` and the class statement via
//! `__build_class__`), metaclass resolution, `__slots__`, and type attributes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::*;
use crate::objects::{dictobj, strobj, tupleobj};
use crate::types::{self, type_flags, types, BaseKind, MethodDef, PyType};
use crate::vm::{PyResult, Vm};

fn td(v: &Value) -> Option<&PyType> {
    match v.payload()? {
        Payload::Type(t) => Some(t),
        _ => None,
    }
}

pub fn abstract_error(vm: &mut Vm, cls: &PyRef) -> crate::vm::PyErr {
    let name = types::type_data(cls).map(|t| t.name()).unwrap_or_default();
    let methods = types::lookup_str(cls, "__abstractmethods__");
    let mut names: Vec<String> = match methods {
        Some(m) => vm
            .collect_iter(&m)
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.as_rust_str().map(|s| s.to_string()))
            .collect(),
        None => Vec::new(),
    };
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    let list = names
        .iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    vm.new_type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        name, plural, list
    ))
}

/// Updates a type's flags after its namespace changed (attribute `name`).
pub fn update_flags_for(cls: &PyRef, name: &str) {
    match name {
        "__getattribute__"
        | "__getattr__"
        | "__setattr__"
        | "__delattr__"
        | "__del__"
        | "__abstractmethods__" => {}
        _ => return,
    }
    recompute_flags(cls);
    if let Some(t) = types::type_data(cls) {
        let subs: Vec<PyRef> = t
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for s in subs {
            recompute_flags(&s);
        }
    }
}

/// Sets the attribute-hook flags from the MRO.
pub fn recompute_flags(cls: &PyRef) {
    let Some(t) = types::type_data(cls) else {
        return;
    };
    let mut flags = t.flags.get()
        & !(type_flags::CUSTOM_GETATTRIBUTE
            | type_flags::HAS_GETATTR
            | type_flags::CUSTOM_SETATTR
            | type_flags::HAS_DEL);
    for c in t.mro.borrow().iter() {
        let Some(ct) = types::type_data(c) else {
            continue;
        };
        let heap = ct.is_heap();
        let d = ct.dict();
        if heap && d.get_rust_str("__getattribute__").is_some() {
            flags |= type_flags::CUSTOM_GETATTRIBUTE;
        }
        if d.get_rust_str("__getattr__").is_some() {
            flags |= type_flags::HAS_GETATTR;
        }
        if heap
            && (d.get_rust_str("__setattr__").is_some() || d.get_rust_str("__delattr__").is_some())
        {
            flags |= type_flags::CUSTOM_SETATTR;
        }
        if heap && d.get_rust_str("__del__").is_some() {
            flags |= type_flags::HAS_DEL;
        }
        // Builtin types with their own __getattribute__ (super).
        if !heap && ct.name() == "super" {
            flags |= type_flags::CUSTOM_GETATTRIBUTE;
        }
    }
    // (ABSTRACT is not derived from the dict: as in CPython, only assigning
    // `cls.__abstractmethods__` sets or clears it; an entry in the class body does not)
    t.flags.set(flags);
}

/// The most derived metaclass of `meta` and the bases' metaclasses.
pub fn calculate_metaclass(vm: &mut Vm, meta: &PyRef, bases: &[PyRef]) -> PyResult<PyRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = b.class();
        if types::is_subtype(&winner, &bm) {
            continue;
        }
        if types::is_subtype(&bm, &winner) {
            winner = bm;
            continue;
        }
        return Err(vm.new_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

fn kind_rank(k: BaseKind) -> u8 {
    match k {
        BaseKind::Object => 0,
        BaseKind::Bool => 2,
        _ => 1,
    }
}

/// `type.__new__(meta, name, bases, ns, **kwds)`.
pub fn create_class(
    vm: &mut Vm,
    meta: &PyRef,
    name: &str,
    bases_v: &Value,
    ns: &Value,
) -> PyResult<Value> {
    let t = types();
    let mut bases: Vec<PyRef> = Vec::new();
    if let Some(items) = tupleobj::tuple_items(bases_v) {
        for b in items {
            match b {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => bases.push(o.clone()),
                _ => return Err(vm.new_type_error("bases must be types".to_string())),
            }
        }
    } else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            types::type_name(bases_v)
        )));
    }
    let Some(nsd) = dictobj::as_dict(ns) else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            types::type_name(ns)
        )));
    };
    if bases.is_empty() {
        bases.push(t.object.clone());
    }
    // Layout: the most specific builtin base kind.
    let mut kind = BaseKind::Object;
    let mut solid: Option<PyRef> = None;
    for b in &bases {
        let bt = types::type_data(b).expect("checked above");
        if !bt.has_flag(type_flags::BASETYPE) {
            return Err(vm.new_type_error(format!(
                "type '{}' is not an acceptable base type",
                types::tp_name(bt)
            )));
        }
        if bt.kind != BaseKind::Object && bt.kind != BaseKind::Internal {
            if kind != BaseKind::Object && kind != bt.kind {
                // Compatible if one solid base derives from the other.
                let compatible = solid
                    .as_ref()
                    .map(|s| types::is_subtype(b, s) || types::is_subtype(s, b))
                    .unwrap_or(true);
                if !compatible {
                    return Err(vm.new_type_error("multiple bases have instance lay-out conflict"));
                }
                if let Some(s) = &solid {
                    if types::is_subtype(b, s) {
                        solid = Some(b.clone());
                        kind = bt.kind;
                    }
                }
                continue;
            }
            if kind_rank(bt.kind) >= kind_rank(kind) {
                kind = bt.kind;
                solid = Some(b.clone());
            }
        } else if bt.kind == BaseKind::Internal && kind == BaseKind::Object {
            kind = BaseKind::Internal;
            solid = Some(b.clone());
        }
    }
    // Bases that each add `__slots__` of their own cannot be combined.
    let slotted: Vec<PyRef> = bases
        .iter()
        .filter_map(|b| {
            let bt = types::type_data(b)?;
            let mro = bt.mro.borrow();
            mro.iter()
                .find(|c| types::type_data(c).is_some_and(|ct| !ct.slot_names.borrow().is_empty()))
                .cloned()
        })
        .collect();
    for (i, x) in slotted.iter().enumerate() {
        for y in &slotted[i + 1..] {
            if !types::is_subtype(x, y) && !types::is_subtype(y, x) {
                return Err(vm.new_type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    // Namespace copy.
    let dict = types::new_dict_ref();
    let d = match &dict.payload {
        Payload::Dict(d) => d,
        _ => unreachable!("new_dict_ref makes a dict"),
    };
    for (k, v) in nsd.items() {
        d.set(vm, k, v)?;
    }
    let qualname = match d.remove_str("__qualname__") {
        Some(q) => match q.as_rust_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.new_type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    types::type_name(&q)
                )))
            }
        },
        None => name.to_string(),
    };
    let classcell = d.remove_str("__classcell__");
    if let Some(c) = &classcell {
        if !matches!(c.payload(), Some(Payload::Cell(_))) {
            let t = vm.repr_string(&Value::Obj(types::class_of(c)))?;
            return Err(
                vm.new_type_error(format!("__classcell__ must be a nonlocal cell, not {}", t))
            );
        }
    }
    // (__doc__ and __hash__ are filled in after the descriptors, CPython's key order.)
    let needs_hash_none =
        d.get_rust_str("__eq__").is_some() && d.get_rust_str("__hash__").is_none();
    if d.get_rust_str("__module__").is_none() {
        let modname = match &vm.caller {
            Some(c) => dictobj::dict_get_str(&c.globals, &types::intern("__name__")),
            None => None,
        };
        if let Some(m) = modname {
            d.set_str(types::intern("__module__"), m);
        }
    }
    // __new__ is a static method; __init_subclass__ and __class_getitem__ are classmethods.
    for (n, wrap_cm) in [
        ("__new__", false),
        ("__init_subclass__", true),
        ("__class_getitem__", true),
    ] {
        if let Some(f) = d.get_rust_str(n) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let w = if wrap_cm {
                    types::new_obj(&t.classmethod, Payload::ClassMethod(RefCell::new(f)))
                } else {
                    types::new_obj(&t.staticmethod, Payload::StaticMethod(RefCell::new(f)))
                };
                d.set_str(types::intern(n), w);
            }
        }
    }
    // __slots__.
    let base_has_dict = bases.iter().any(|b| {
        types::type_data(b)
            .map(|bt| bt.has_flag(type_flags::HAS_DICT))
            .unwrap_or(false)
    });
    let mut slot_names: Vec<PyRef> = Vec::new();
    let mut has_dict = true;
    let has_slots = d.get_rust_str("__slots__").is_some();
    let mut weakref_slot = false;
    // Named slots on a base whose instances have no slot storage.
    let slots_unsupported = |vm: &mut Vm| {
        vm.new_type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            solid
                .as_ref()
                .and_then(|s| types::type_data(s))
                .map(|t| t.name())
                .unwrap_or_default()
        ))
    };
    if let Some(slots) = d.get_rust_str("__slots__") {
        has_dict = base_has_dict;
        let items: Vec<Value> = if slots.as_str().is_some() {
            vec![slots.clone()]
        } else {
            vm.collect_iter(&slots)?
        };
        let itemsize = matches!(
            kind,
            BaseKind::Int | BaseKind::Bytes | BaseKind::Tuple | BaseKind::Type
        );
        if itemsize && !items.is_empty() {
            return Err(slots_unsupported(vm));
        }
        for s in items {
            let Some(sn) = s.as_rust_str() else {
                return Err(vm.new_type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    types::type_name(&s)
                )));
            };
            if sn == "__dict__" {
                if has_dict {
                    return Err(vm.new_type_error("__dict__ slot disallowed: we already got one"));
                }
                has_dict = true;
                continue;
            }
            if sn == "__weakref__" {
                if weakref_slot {
                    return Err(
                        vm.new_type_error(
                            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                        )
                    );
                }
                weakref_slot = true;
                continue;
            }
            if !strobj::is_identifier(sn) {
                return Err(vm.new_type_error("__slots__ must be identifiers"));
            }
            let mangled = crate::symtable::mangle(Some(name), sn);
            // `__doc__ = None` is what a class without a docstring gets, not a class variable.
            let clash = match d.get_rust_str(&mangled) {
                Some(v) => !(mangled == "__doc__" && v.is_none()),
                None => false,
            };
            if clash {
                return Err(vm.new_value_error(format!(
                    "'{}' in __slots__ conflicts with class variable",
                    sn
                )));
            }
            slot_names.push(types::intern(&mangled));
        }
        // Instances of other builtin layouts (list, dict, str, exceptions, ...) have no slot
        // storage: their slot values live in an instance dict (see the Member descriptor in
        // vm/attr.rs), so such classes get a `__dict__` that CPython's would not have.
        if !slot_names.is_empty() && kind != BaseKind::Object && kind != BaseKind::Internal {
            has_dict = true;
        }
    }
    let base_slots: usize = bases
        .iter()
        .map(|b| {
            types::type_data(b)
                .map(|bt| bt.slot_offset.get() + bt.slot_names.borrow().len())
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(0);
    let mut flags = type_flags::HEAPTYPE | type_flags::BASETYPE;
    if has_dict {
        flags |= type_flags::HAS_DICT;
    }
    let ty = PyType {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: dict.clone(),
        kind: if kind == BaseKind::Internal {
            BaseKind::Object
        } else {
            kind
        },
        flags: Cell::new(flags),
        slot_names: RefCell::new(slot_names.clone()),
        slot_offset: Cell::new(base_slots),
        methods: &[],
        version: Cell::new(types::next_type_version()),
        populated: Cell::new(true),
        call_cache: RefCell::new((0, std::rc::Weak::new())),
        ctor_cache: RefCell::new((0, std::rc::Weak::new(), std::rc::Weak::new(), 0)),
        builtin_ctor: std::cell::OnceCell::new(),
        subclasses: RefCell::new(Vec::new()),
        doc: None,
        module: None,
    };
    let cls = types::new_ref(meta, Payload::Type(Box::new(ty)));
    let mro = if !Rc::ptr_eq(meta, &t.type_)
        && types::lookup_str(meta, "mro")
            .map(|m| !is_type_mro(&m))
            .unwrap_or(false)
    {
        let m = types::lookup_str(meta, "mro").expect("checked above");
        let r = vm.call_special(&m, &Value::Obj(cls.clone()), &[])?;
        let items = vm.collect_iter(&r)?;
        let mut mro = Vec::with_capacity(items.len());
        for v in items {
            match v {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => mro.push(o),
                other => {
                    return Err(vm.new_type_error(format!(
                        "mro() returned a non-class ('{}')",
                        types::type_name(&other)
                    )))
                }
            }
        }
        mro
    } else {
        types::compute_mro(vm, &cls, &bases)?
    };
    if let Some(ct) = types::type_data(&cls) {
        *ct.mro.borrow_mut() = mro;
    }
    for b in &bases {
        if let Some(bt) = types::type_data(b) {
            bt.subclasses.borrow_mut().push(Rc::downgrade(&cls));
        }
    }
    // `__dict__` and `__weakref__` descriptors for what this class adds to its base.
    let base_has_weakref = matches!(kind, BaseKind::Set | BaseKind::FrozenSet)
        || bases.iter().any(|b| {
            types::type_data(b)
                .map(|bt| {
                    bt.mro.borrow().iter().any(|c| {
                        types::type_data(c).is_some_and(|ct| {
                            ct.is_heap() && ct.dict().get_rust_str("__weakref__").is_some()
                        })
                    }) || !matches!(
                        bt.kind,
                        BaseKind::Object
                            | BaseKind::Internal
                            | BaseKind::Float
                            | BaseKind::Complex
                            | BaseKind::Str
                            | BaseKind::ByteArray
                            | BaseKind::List
                            | BaseKind::Dict
                            | BaseKind::Exception
                            | BaseKind::Property
                            | BaseKind::Int
                            | BaseKind::Bytes
                            | BaseKind::Tuple
                    )
                })
                .unwrap_or(false)
        });
    let varsize = matches!(kind, BaseKind::Int | BaseKind::Bytes | BaseKind::Tuple);
    if weakref_slot && (base_has_weakref || varsize) {
        return Err(vm.new_type_error(
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
        ));
    }
    let owner = types::leak_name(name);
    let base_dict = base_has_dict
        || matches!(
            kind,
            BaseKind::Type | BaseKind::Module | BaseKind::Exception
        );
    if has_dict && !base_dict {
        d.set_str(
            types::intern("__dict__"),
            types::native_descr(&INSTANCE_DICT_DESCR, owner),
        );
    }
    if (!has_slots || weakref_slot) && !base_has_weakref && !varsize {
        d.set_str(
            types::intern("__weakref__"),
            types::native_descr(&WEAKREF_DESCR, owner),
        );
    }
    // Slot member descriptors.
    for (i, sn) in slot_names.iter().enumerate() {
        let m = types::new_obj(
            &t.member_descriptor,
            Payload::Member(Box::new(MemberDef {
                name: sn.clone(),
                index: base_slots + i,
                owner: cls.clone(),
            })),
        );
        d.set_str(sn.clone(), m);
    }
    // Every class has its own __doc__ (None by default), as in CPython.
    if d.get_rust_str("__doc__").is_none() {
        d.set_str(types::intern("__doc__"), Value::None);
    }
    // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
    if needs_hash_none {
        d.set_str(types::intern("__hash__"), Value::None);
    }
    recompute_flags(&cls);
    let clsv = Value::Obj(cls.clone());
    // __classcell__.
    if let Some(cell) = classcell {
        if let Some(Payload::Cell(c)) = cell.payload() {
            *c.borrow_mut() = clsv.clone();
        }
    }
    // __set_name__.
    for (k, v) in d.items() {
        let vcls = types::class_of(&v);
        if let Some(sn) = types::lookup_str(&vcls, "__set_name__") {
            if let Err(e) = vm.call_special(&sn, &v, &[clsv.clone(), k.clone()]) {
                // CPython 3.11 reports the failure as a RuntimeError caused by the error.
                let kr = vm.repr_string(&k)?;
                let err = vm.new_runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    types::type_name(&v),
                    kr,
                    name
                ));
                crate::exceptions::set_cause(&err.0, Value::Obj(e.0.clone()));
                crate::exceptions::set_context(&err.0, Value::Obj(e.0));
                return Err(err);
            }
        }
    }
    Ok(clsv)
}

/// `type.__setattr__(cls, name, value)`.
fn type_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__setattr__", 3)?;
    type_setattr_impl(vm, &a[0], &a[1], Some(a[2].clone()))
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__delattr__", 2)?;
    type_setattr_impl(vm, &a[0], &a[1], None)
}

fn type_setattr_impl(vm: &mut Vm, cls: &Value, name: &Value, v: Option<Value>) -> PyResult<Value> {
    let name = match name {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => o.clone(),
        other => {
            return Err(vm.new_type_error(format!(
                "attribute name must be string, not '{}'",
                types::type_name(other)
            )))
        }
    };
    let meta = types::class_of(cls);
    vm.generic_setattr(cls, &meta, &name, v)?;
    Ok(Value::None)
}

static INSTANCE_DICT_DESCR: MethodDef = MethodDef::getset(
    "__dict__",
    crate::objects::objectobj::instance_dict_get,
    crate::objects::objectobj::instance_dict_set,
);
static WEAKREF_DESCR: MethodDef = MethodDef::getter("__weakref__", weakref_get);

/// `obj.__weakref__`: its first weak reference (kept in the weakref module's registry).
fn weakref_get(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Obj(o) => crate::modules::weakref::first_ref(o),
        _ => Value::None,
    })
}

fn is_type_mro(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::MethodDescr(nf)) if nf.owner == Some("type") && nf.name == "mro")
}

/// Calls `__init_subclass__` of the parent for a new class.
pub fn init_subclass(
    vm: &mut Vm,
    cls: &Value,
    kwnames: &[PyRef],
    kwvals: &[Value],
) -> PyResult<()> {
    let Some(c) = cls.as_obj() else { return Ok(()) };
    let Some(ct) = types::type_data(c) else {
        return Ok(());
    };
    let mro = ct.mro.borrow().clone();
    for k in mro.iter().skip(1) {
        if let Some(kt) = types::type_data(k) {
            if let Some(f) = kt.dict().get_rust_str("__init_subclass__") {
                let func = match f.payload() {
                    Some(Payload::ClassMethod(inner)) => inner.borrow().clone(),
                    Some(Payload::ClassMethodDescr(_)) => f.clone(),
                    _ => f.clone(),
                };
                let mut args = vec![cls.clone()];
                if matches!(func.payload(), Some(Payload::ClassMethodDescr(_))) {
                    args = vec![cls.clone()];
                }
                vm.call_kw(&func, &args, kwnames, kwvals)?;
                return Ok(());
            }
        }
    }
    Ok(())
}

/// `type.__call__`.
pub fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c,
        Some(other) => {
            return Err(vm.new_type_error(format!(
                "descriptor '__call__' requires a 'type' object but received a '{}'",
                types::type_name(other)
            )))
        }
        None => return Err(vm.new_type_error("type.__call__ needs a type")),
    };
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    vm.call_type(cls, rest)
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = match args.pos.first() {
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Type(_)) => m.clone(),
        Some(other) => {
            return Err(vm.new_type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                types::type_name(other)
            )))
        }
        None => return Err(vm.new_type_error("type.__new__(): not enough arguments")),
    };
    if !types::is_subtype(&meta, &types().type_) {
        let n = types::type_data(&meta)
            .map(|t| t.name())
            .unwrap_or_default();
        return Err(vm.new_type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            n, n
        )));
    }
    let rest = &args.pos[1..];
    if rest.len() != 3 {
        return Err(vm.new_type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            rest.len()
        )));
    }
    let Some(name) = rest[0].as_rust_str().map(|s| s.to_string()) else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            crate::objects::strobj::clinic_type_name(&rest[0])
        )));
    };
    if let Some(items) = tupleobj::tuple_items(&rest[1]) {
        for b in items.iter() {
            if !matches!(b.payload(), Some(Payload::Type(_))) {
                if vm
                    .get_attr_opt(b, &types::intern("__mro_entries__"))?
                    .is_some()
                {
                    return Err(vm.new_type_error(
                        "type() doesn't support MRO entry resolution; use types.new_class()",
                    ));
                }
                return Err(vm.new_type_error(
                    "metaclass conflict: the metaclass of a derived class must be a \
                     (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
    }
    // The winning metaclass may differ from `meta`.
    let bases: Vec<PyRef> = tupleobj::tuple_items(&rest[1])
        .map(|t| t.iter().filter_map(|v| v.as_obj().cloned()).collect())
        .unwrap_or_default();
    let winner = calculate_metaclass(vm, &meta, &bases)?;
    if !Rc::ptr_eq(&winner, &meta) {
        if let Some(n) = types::lookup_str(&winner, "__new__") {
            let f = match n.payload() {
                Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                _ => n.clone(),
            };
            if !matches!(f.payload(), Some(Payload::NativeFunction(nf)) if nf.owner == Some("type"))
            {
                let mut all = vec![Value::Obj(winner.clone())];
                all.extend_from_slice(rest);
                return vm.call_kw(&f, &all, args.kwnames, args.kwvals);
            }
        }
    }
    let cls = create_class(vm, &winner, &name, &rest[1], &rest[2])?;
    init_subclass(vm, &cls, args.kwnames, args.kwvals)?;
    Ok(cls)
}

fn type_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len() - 1;
    if n != 1 && n != 3 {
        return Err(vm.new_type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = args
        .pos
        .first()
        .and_then(|v| v.as_obj().cloned())
        .ok_or_else(|| vm.new_type_error("type expected"))?;
    let bases = types::type_data(&c)
        .map(|t| t.bases.borrow().clone())
        .unwrap_or_default();
    let mro = types::compute_mro(vm, &c, &bases)?;
    Ok(crate::objects::listobj::new_list(
        mro.into_iter().map(Value::Obj).collect(),
    ))
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = args
        .pos
        .first()
        .and_then(td)
        .ok_or_else(|| vm.new_type_error("type expected"))?;
    let subs: Vec<Value> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Obj)
        .collect();
    Ok(crate::objects::listobj::new_list(subs))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__instancecheck__", 2)?;
    let c = a[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.new_type_error("type expected"))?;
    Ok(Value::Bool(types::isinstance(&a[1], &c)))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__subclasscheck__", 2)?;
    let c = a[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.new_type_error("type expected"))?;
    match &a[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
            Ok(Value::Bool(types::is_subtype(o, &c)))
        }
        _ => Err(vm.new_type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_prepare(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(dictobj::new_dict())
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let Some(t) = td(v) else {
        return Err(vm.new_type_error("type expected"));
    };
    let module = type_module_name(vm, v)?;
    let q = t.qualname.borrow().clone();
    Ok(strobj::new_str(match module {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, q),
        _ => format!("<class '{}'>", q),
    }))
}

/// The `__module__` of a type, as a string.
pub fn type_module_name(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Some(t) = td(v) else { return Ok(None) };
    if t.is_heap() {
        let m = t.dict().get_rust_str("__module__");
        return Ok(match m {
            Some(m) => match m.as_rust_str() {
                Some(s) => Some(s.to_string()),
                None => Some(vm.str_string(&m)?),
            },
            None => None,
        });
    }
    Ok(Some(t.module.unwrap_or("builtins").to_string()))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    td(v)
        .map(|t| strobj::new_str(t.name()))
        .ok_or_else(|| vm.new_type_error("type expected"))
}
fn s_name(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    if !t.is_heap() {
        return Err(vm.new_type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    let Some(new) = new else {
        return Err(vm.new_type_error(format!(
            "cannot delete '__name__' attribute of immutable type '{}'",
            t.name()
        )));
    };
    let new = Some(new);
    match new.as_ref().and_then(|n| n.as_rust_str()) {
        Some(s) if s.contains('\0') => {
            Err(vm.new_value_error("type name must not contain null characters"))
        }
        Some(s) => {
            *t.name.borrow_mut() = s.to_string();
            Ok(())
        }
        None => Err(vm.new_type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            new.as_ref().map(types::type_name).unwrap_or_default()
        ))),
    }
}
fn g_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    td(v)
        .map(|t| strobj::new_str(t.qualname.borrow().clone()))
        .ok_or_else(|| vm.new_type_error("type expected"))
}
fn s_qualname(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    if !t.is_heap() || new.is_none() {
        let verb = if new.is_none() { "delete" } else { "set" };
        return Err(vm.new_type_error(format!(
            "cannot {verb} '__qualname__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    match new.as_ref().and_then(|n| n.as_rust_str()) {
        Some(s) => {
            *t.qualname.borrow_mut() = s.to_string();
            Ok(())
        }
        None => Err(vm.new_type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.name(),
            new.as_ref().map(types::type_name).unwrap_or_default()
        ))),
    }
}
fn g_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    if t.is_heap() {
        return Ok(t.dict().get_rust_str("__module__").unwrap_or(Value::None));
    }
    Ok(strobj::new_str(t.module.unwrap_or("builtins").to_string()))
}
fn s_module(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    if new.is_none() {
        return Err(vm.new_type_error(format!(
            "cannot delete '__module__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    t.dict()
        .set_str(types::intern("__module__"), new.unwrap_or(Value::None));
    if let Some(c) = v.as_obj() {
        types::type_modified(c);
    }
    Ok(())
}
fn g_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    match t.dict().get_rust_str("__doc__") {
        Some(d) => {
            // A descriptor __doc__ in the dict is bound.
            if let Some(Payload::GetSet(_)) = d.payload() {
                return Ok(Value::None);
            }
            Ok(d)
        }
        None => Ok(t
            .doc
            .map(|d| strobj::new_str(d.to_string()))
            .unwrap_or(Value::None)),
    }
}
fn s_doc(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    if !t.is_heap() || new.is_none() {
        return Err(vm.new_type_error(format!(
            "cannot {} '__doc__' attribute of immutable type '{}'",
            if new.is_none() { "delete" } else { "set" },
            t.name()
        )));
    }
    t.dict()
        .set_str(types::intern("__doc__"), new.unwrap_or(Value::None));
    if let Some(c) = v.as_obj() {
        types::type_modified(c);
    }
    Ok(())
}
fn g_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    t.dict();
    Ok(types::new_obj(
        &types().mappingproxy,
        Payload::MappingProxy(t.dict.clone()),
    ))
}
fn g_mro(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    Ok(tupleobj::new_tuple(
        t.mro
            .borrow()
            .iter()
            .map(|c| Value::Obj(c.clone()))
            .collect(),
    ))
}
fn g_bases(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    Ok(tupleobj::new_tuple(
        t.bases
            .borrow()
            .iter()
            .map(|c| Value::Obj(c.clone()))
            .collect(),
    ))
}
fn s_bases(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    if !t.is_heap() {
        return Err(vm.new_type_error(format!(
            "cannot set '__bases__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    let Some(new) = new else {
        return Err(vm.new_type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{}'",
            t.name()
        )));
    };
    let Some(items) = tupleobj::tuple_items(&new) else {
        return Err(vm.new_type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            t.name(),
            types::type_name(&new)
        )));
    };
    if let Some(bad) = items.iter().find(|x| td(x).is_none()) {
        return Err(vm.new_type_error(format!(
            "{}.__bases__ must be tuple of classes, not '{}'",
            t.name(),
            types::type_name(bad)
        )));
    }
    let bases: Vec<PyRef> = items.iter().filter_map(|x| x.as_obj().cloned()).collect();
    if bases.is_empty() {
        return Err(vm.new_type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            t.name()
        )));
    }
    let cls = v
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.new_type_error("type expected"))?;
    if bases.iter().any(|b| {
        types::type_data(b).is_some_and(|bt| bt.mro.borrow().iter().any(|m| Rc::ptr_eq(m, &cls)))
    }) {
        return Err(vm.new_type_error("a __bases__ item causes an inheritance cycle"));
    }
    // The new solid base must be laid out as the old one (an approximation of CPython's
    // compatible_for_assignment: collected or not, builtin layout, slots, instance dict).
    let best = |bs: &[PyRef]| {
        bs.iter()
            .find(|b| types::type_data(b).is_some_and(|bt| bt.kind != BaseKind::Object))
            .or(bs.first())
            .cloned()
    };
    if let (Some(old), Some(new)) = (best(&t.bases.borrow()), best(&bases)) {
        let (Some(ot), Some(nt)) = (types::type_data(&old), types::type_data(&new)) else {
            return Err(vm.new_type_error("type expected"));
        };
        let collected = |t: &PyType| {
            t.is_heap()
                || !matches!(
                    t.kind,
                    BaseKind::Object
                        | BaseKind::Int
                        | BaseKind::Bool
                        | BaseKind::Float
                        | BaseKind::Complex
                        | BaseKind::Str
                        | BaseKind::Bytes
                )
        };
        if collected(ot) != collected(nt) {
            return Err(vm.new_type_error(format!(
                "__bases__ assignment: '{}' deallocator differs from '{}'",
                nt.name(),
                ot.name()
            )));
        }
        if types::instance_layout(ot) != types::instance_layout(nt) {
            return Err(vm.new_type_error(format!(
                "__bases__ assignment: '{}' object layout differs from '{}'",
                nt.name(),
                ot.name()
            )));
        }
    }
    let mro = types::compute_mro(vm, &cls, &bases)?;
    let old_bases = std::mem::replace(&mut *t.bases.borrow_mut(), bases.clone());
    *t.mro.borrow_mut() = mro;
    // The old bases forget the class, the new ones learn it (`__subclasses__()`).
    for b in &old_bases {
        if let Some(bt) = types::type_data(b) {
            bt.subclasses
                .borrow_mut()
                .retain(|w| w.upgrade().is_some_and(|c| !Rc::ptr_eq(&c, &cls)));
        }
    }
    for b in &bases {
        if let Some(bt) = types::type_data(b) {
            bt.subclasses.borrow_mut().push(Rc::downgrade(&cls));
        }
    }
    types::type_modified(&cls);
    recompute_flags(&cls);
    // Subclasses (all the way down) inherit the new MRO.
    let live = |t: &PyType| -> Vec<PyRef> {
        t.subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect()
    };
    let mut work = live(t);
    let mut steps = 0;
    while let Some(sub) = work.pop() {
        steps += 1;
        if steps > 100_000 {
            break;
        }
        if let Some(st) = types::type_data(&sub) {
            let sb = st.bases.borrow().clone();
            let smro = types::compute_mro(vm, &sub, &sb)?;
            *st.mro.borrow_mut() = smro;
            types::type_modified(&sub);
            work.extend(live(st));
        }
    }
    Ok(())
}
/// Setter of read-only members (`__mro__`).
fn s_readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.new_attribute_error("readonly attribute"))
}
fn g_base(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    Ok(t.bases
        .borrow()
        .first()
        .map(|b| Value::Obj(b.clone()))
        .unwrap_or(Value::None))
}
fn g_basicsize(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(16))
}
/// `__itemsize__`, `__dictoffset__`, `__weakrefoffset__`: CPython memory-layout figures with
/// no meaning here.
fn g_zero(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}
fn g_text_signature(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}
fn g_flags(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    let mut f: i64 = 0;
    if t.is_heap() {
        f |= 1 << 9;
    }
    if t.has_flag(type_flags::BASETYPE) {
        f |= 1 << 10;
    }
    if t.has_flag(type_flags::ABSTRACT) {
        f |= 1 << 20;
    }
    Ok(Value::Int(f))
}
fn g_abstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    match t.dict().get_rust_str("__abstractmethods__") {
        Some(x) if t.is_heap() => Ok(x),
        _ => Err(vm.new_attribute_error("__abstractmethods__")),
    }
}
fn s_abstract(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    let is_abstract = match new {
        Some(x) => {
            let is_abstract = vm.truthy(&x)?;
            t.dict().set_str(types::intern("__abstractmethods__"), x);
            is_abstract
        }
        None => {
            if t.dict().remove_str("__abstractmethods__").is_none() {
                return Err(vm.new_attribute_error("__abstractmethods__"));
            }
            false
        }
    };
    let flags = t.flags.get();
    t.flags.set(if is_abstract {
        flags | type_flags::ABSTRACT
    } else {
        flags & !type_flags::ABSTRACT
    });
    if let Some(c) = v.as_obj() {
        types::type_modified(c);
        recompute_flags(c);
    }
    Ok(())
}
fn g_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    match t.dict().get_rust_str("__annotations__") {
        Some(a) => Ok(a),
        None => {
            if !t.is_heap() {
                return Err(vm.new_attribute_error(format!(
                    "type object '{}' has no attribute '__annotations__'",
                    t.name()
                )));
            }
            let d = dictobj::new_dict();
            t.dict()
                .set_str(types::intern("__annotations__"), d.clone());
            if let Some(c) = v.as_obj() {
                types::type_modified(c);
            }
            Ok(d)
        }
    }
}
fn s_annotations(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = td(v).ok_or_else(|| vm.new_type_error("type expected"))?;
    match new {
        Some(x) => t.dict().set_str(types::intern("__annotations__"), x),
        None => {
            if t.dict().remove_str("__annotations__").is_none() {
                return Err(vm.new_attribute_error("__annotations__"));
            }
        }
    }
    if let Some(c) = v.as_obj() {
        types::type_modified(c);
    }
    Ok(())
}

fn type_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = args
        .pos
        .first()
        .and_then(td)
        .ok_or_else(|| vm.new_type_error("type expected"))?;
    let mut names: Vec<Value> = Vec::new();
    let d = crate::objects::dictobj::new_dict();
    let dd = dictobj::as_dict(&d).expect("new dict");
    for c in t.mro.borrow().iter().rev() {
        if let Some(ct) = types::type_data(c) {
            for k in ct.dict().keys() {
                dd.set(vm, k, Value::None)?;
            }
        }
    }
    names.extend(dd.keys());
    Ok(crate::objects::listobj::new_list(names))
}

fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__or__", 2)?;
    make_union(vm, &a[0], &a[1])
}
fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__ror__", 2)?;
    make_union(vm, &a[1], &a[0])
}

/// CPython 3.11's sizes: a static type object, or a heap type (with its cached keys).
fn type_sizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = match args.pos.first() {
        Some(Value::Obj(o)) => types::is_heap_class(o),
        _ => false,
    };
    Ok(Value::Int(if heap { 1672 } else { 408 }))
}

pub static TYPE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", type_new),
    MethodDef::method("__init__", type_init),
    MethodDef::method("__call__", type_call),
    MethodDef::method("mro", type_mro),
    MethodDef::method("__subclasses__", type_subclasses),
    MethodDef::method("__instancecheck__", type_instancecheck),
    MethodDef::method("__subclasscheck__", type_subclasscheck),
    MethodDef::classmethod("__prepare__", type_prepare),
    MethodDef::method("__repr__", type_repr),
    MethodDef::method("__setattr__", type_setattr),
    MethodDef::method("__delattr__", type_delattr),
    MethodDef::method("__dir__", type_dir),
    MethodDef::method("__or__", type_or),
    MethodDef::method("__ror__", type_ror),
    MethodDef::method("__sizeof__", type_sizeof),
    MethodDef::getset("__name__", g_name, s_name),
    MethodDef::getset("__qualname__", g_qualname, s_qualname),
    MethodDef::getset("__module__", g_module, s_module),
    MethodDef::getset("__doc__", g_doc, s_doc),
    MethodDef::getset("__bases__", g_bases, s_bases),
    MethodDef::getset("__abstractmethods__", g_abstract, s_abstract),
    MethodDef::getset("__annotations__", g_annotations, s_annotations),
    MethodDef::getter("__dict__", g_dict),
    MethodDef::getset("__mro__", g_mro, s_readonly),
    MethodDef::getter("__base__", g_base),
    MethodDef::getter("__basicsize__", g_basicsize),
    MethodDef::getter("__flags__", g_flags),
    MethodDef::getter("__itemsize__", g_zero),
    MethodDef::getter("__dictoffset__", g_zero),
    MethodDef::getter("__weakrefoffset__", g_zero),
    MethodDef::getter("__text_signature__", g_text_signature),
];

// ----- generic aliases and unions (list[int], int | str) -----

/// A `types.GenericAlias`-like object: repr `list[int]`.
pub struct GenericAlias {
    pub origin: Value,
    pub args: Value,
    /// `*tuple[int, ...]`: the item `iter()` of an alias yields.
    pub starred: bool,
}

impl NativeObject for GenericAlias {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `X | Y` of types.
pub struct UnionType {
    pub args: Vec<Value>,
}

impl NativeObject for UnionType {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for a in &self.args {
            visit(a);
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    static ALIAS_TYPES: (PyRef, PyRef) = (
        {
            let t = types::new_builtin_type("GenericAlias", "types", None, BaseKind::Internal, GENERIC_ALIAS_METHODS, true);
            // Marks the `__getattr__` forwarding to the origin (`list[int].append`).
            recompute_flags(&t);
            t
        },
        types::new_builtin_type("UnionType", "types", None, BaseKind::Internal, UNION_METHODS, false),
    );
}

pub fn generic_alias_type() -> PyRef {
    ALIAS_TYPES.with(|t| t.0.clone())
}

pub fn union_type() -> PyRef {
    ALIAS_TYPES.with(|t| t.1.clone())
}

pub fn generic_alias(origin: &Value, args: &Value) -> Value {
    let args = if tupleobj::tuple_items(args).is_some() {
        args.clone()
    } else {
        tupleobj::new_tuple(vec![args.clone()])
    };
    types::new_obj(
        &generic_alias_type(),
        Payload::Native(Box::new(GenericAlias {
            origin: origin.clone(),
            args,
            starred: false,
        })),
    )
}

/// The type variables of alias/union arguments, first-seen order: arguments with a
/// `__typing_subst__` (TypeVar, ParamSpec, ...) and the `__parameters__` of nested aliases.
fn collect_parameters(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut found: Vec<Value> = Vec::new();
    let subst = types::intern("__typing_subst__");
    let params = types::intern("__parameters__");
    for a in args {
        if matches!(a.payload(), Some(Payload::Type(_))) {
            continue;
        }
        let inner = if let Some(Payload::List(_)) = a.payload() {
            // Callable[[T], int]: the parameter list.
            let items = vm.collect_iter(a)?;
            collect_parameters(vm, &items)?
        } else if vm.get_attr_opt(a, &subst)?.is_some() {
            vec![a.clone()]
        } else {
            match vm.get_attr_opt(a, &params)? {
                Some(p) => tupleobj::tuple_items(&p)
                    .map(|t| t.to_vec())
                    .unwrap_or_default(),
                None => Vec::new(),
            }
        };
        for v in inner {
            if !found.iter().any(|f| f.is(&v)) {
                found.push(v);
            }
        }
    }
    Ok(found)
}

/// `alias[args]` for an alias or union with type variables (typing does the substitution).
fn subscript_params(vm: &mut Vm, alias: &Value, item: &Value) -> PyResult<Value> {
    let typing = vm.import_module_simple("typing")?;
    let f = vm.get_attr(&typing, &types::intern("_ga_subscript"))?;
    vm.call(&f, &[alias.clone(), item.clone()])
}

/// Is `v` a `types.GenericAlias` (`list[int]`)?
pub fn is_generic_alias(v: &Value) -> bool {
    alias_of(v).is_some()
}

fn alias_of(v: &Value) -> Option<&GenericAlias> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<GenericAlias>(),
        _ => None,
    }
}

pub fn is_union(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Native(n)) if n.as_any().downcast_ref::<UnionType>().is_some())
}

pub fn union_args(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Native(n)) => n
            .as_any()
            .downcast_ref::<UnionType>()
            .map(|u| u.args.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

pub fn make_union(vm: &mut Vm, l: &Value, r: &Value) -> PyResult<Value> {
    let ok = |v: &Value| {
        v.is_none()
            || matches!(v.payload(), Some(Payload::Type(_)))
            || is_union(v)
            || alias_of(v).is_some()
    };
    if !ok(l) || !ok(r) {
        return Ok(vm.not_implemented());
    }
    let mut args: Vec<Value> = Vec::new();
    for v in [l, r] {
        let parts = if is_union(v) {
            union_args(v)
        } else {
            vec![v.clone()]
        };
        for p in parts {
            let p = if p.is_none() {
                Value::Obj(types().none_type.clone())
            } else {
                p
            };
            if !args.iter().any(|a| a.is(&p)) {
                args.push(p);
            }
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().unwrap_or(Value::None));
    }
    Ok(types::new_obj(
        &union_type(),
        Payload::Native(Box::new(UnionType { args })),
    ))
}

fn type_repr_for_alias(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(Payload::Type(t)) = v.payload() {
        let m = type_module_name(vm, v)?;
        let q = t.qualname.borrow().clone();
        return Ok(match m {
            Some(m) if m != "builtins" => format!("{}.{}", m, q),
            _ => q,
        });
    }
    if matches!(v.payload(), Some(Payload::Ellipsis)) {
        return Ok("...".into());
    }
    vm.repr_string(v)
}

fn alias_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = alias_of(&args.pos[0]).ok_or_else(|| vm.new_type_error("GenericAlias expected"))?;
    let star = if a.starred { "*" } else { "" };
    let origin = type_repr_for_alias(vm, &a.origin)?;
    let items = tupleobj::tuple_items(&a.args)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let mut parts = Vec::new();
    for i in &items {
        if let Some(Payload::List(_)) = i.payload() {
            // Callable[[int, str], float]: the parameter list's items as types.
            let sub = vm.collect_iter(i)?;
            let mut inner = Vec::new();
            for s in &sub {
                inner.push(type_repr_for_alias(vm, s)?);
            }
            parts.push(format!("[{}]", inner.join(", ")));
        } else {
            parts.push(type_repr_for_alias(vm, i)?);
        }
    }
    let inner = if items.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    Ok(strobj::new_str(format!("{}{}[{}]", star, origin, inner)))
}

fn alias_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = alias_of(&args.pos[0]).ok_or_else(|| vm.new_type_error("GenericAlias expected"))?;
    let origin = a.origin.clone();
    vm.call_kw(&origin, &args.pos[1..], args.kwnames, args.kwvals)
}

fn alias_origin(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    alias_of(v)
        .map(|a| a.origin.clone())
        .ok_or_else(|| vm.new_type_error("GenericAlias expected"))
}
fn alias_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    alias_of(v)
        .map(|a| a.args.clone())
        .ok_or_else(|| vm.new_type_error("GenericAlias expected"))
}
fn alias_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__eq__", 2)?;
    let (Some(x), Some(y)) = (alias_of(&a[0]), alias_of(&a[1])) else {
        return Ok(vm.not_implemented());
    };
    let (ox, oy, ax, ay) = (
        x.origin.clone(),
        y.origin.clone(),
        x.args.clone(),
        y.args.clone(),
    );
    Ok(Value::Bool(vm.eq(&ox, &oy)? && vm.eq(&ax, &ay)?))
}
fn alias_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = alias_of(&args.pos[0]).ok_or_else(|| vm.new_type_error("GenericAlias expected"))?;
    let (o, t) = (a.origin.clone(), a.args.clone());
    let h = vm.hash(&o)? ^ vm.hash(&t)?;
    Ok(Value::Int(h))
}
fn alias_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__getattr__", 2)?;
    let al = alias_of(&a[0]).ok_or_else(|| vm.new_type_error("GenericAlias expected"))?;
    let origin = al.origin.clone();
    let name = a[1]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.new_type_error("attribute name must be string"))?;
    vm.get_attr(&origin, &name)
}
fn alias_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__or__", 2)?;
    make_union(vm, &a[0], &a[1])
}
fn alias_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__ror__", 2)?;
    make_union(vm, &a[1], &a[0])
}

fn alias_mro_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__mro_entries__", 2)?;
    let origin = alias_origin(vm, &a[0])?;
    Ok(tupleobj::new_tuple(vec![origin]))
}
fn alias_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = alias_of(v)
        .and_then(|a| tupleobj::tuple_items(&a.args).map(|t| t.to_vec()))
        .unwrap_or_default();
    Ok(tupleobj::new_tuple(collect_parameters(vm, &items)?))
}
/// `alias[args]` / `union[args]`: substitutes the type variables of `__parameters__`
/// (found by `parameters`).
fn subscript_generic(
    vm: &mut Vm,
    args: Args,
    parameters: fn(&mut Vm, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let a = args.exact(vm, "__getitem__", 2)?;
    let params = parameters(vm, &a[0])?;
    if tupleobj::tuple_items(&params).is_none_or(|t| t.is_empty()) {
        let r = vm.repr_string(&a[0])?;
        return Err(vm.new_type_error(format!("{} is not a generic class", r)));
    }
    subscript_params(vm, &a[0], &a[1])
}
fn alias_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    subscript_generic(vm, args, alias_parameters)
}
fn alias_unpacked(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(alias_of(v).is_some_and(|a| a.starred)))
}
/// `iter(tuple[int, ...])` yields the starred alias `*tuple[int, ...]`.
fn alias_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__iter__", 1)?;
    let al = alias_of(&a[0]).ok_or_else(|| vm.new_type_error("GenericAlias expected"))?;
    let star = types::new_obj(
        &generic_alias_type(),
        Payload::Native(Box::new(GenericAlias {
            origin: al.origin.clone(),
            args: al.args.clone(),
            starred: true,
        })),
    );
    Ok(crate::objects::iterobj::new_seq_iter(tupleobj::new_tuple(
        vec![star],
    )))
}
fn alias_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__reduce__", 1)?;
    let al = alias_of(&a[0]).ok_or_else(|| vm.new_type_error("GenericAlias expected"))?;
    let (o, t) = (al.origin.clone(), al.args.clone());
    Ok(tupleobj::new_tuple(vec![
        Value::Obj(generic_alias_type()),
        tupleobj::new_tuple(vec![o, t]),
    ]))
}

/// `GenericAlias(origin, args)`.
fn alias_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "GenericAlias")?;
    match args.pos {
        [cls, origin, a] => {
            let cls = match cls {
                Value::Obj(c) if !Rc::ptr_eq(c, &generic_alias_type()) => c.clone(),
                _ => return Ok(generic_alias(origin, a)),
            };
            let cls = crate::modules::native::new_cls(vm, &args, &cls)?;
            let a = if tupleobj::tuple_items(a).is_some() {
                a.clone()
            } else {
                tupleobj::new_tuple(vec![a.clone()])
            };
            let ga = GenericAlias {
                origin: origin.clone(),
                args: a,
                starred: false,
            };
            Ok(crate::modules::native::alloc(vm, &cls, ga))
        }
        _ => Err(vm.new_type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

pub static GENERIC_ALIAS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", alias_new),
    MethodDef::method("__repr__", alias_repr),
    MethodDef::method("__call__", alias_call),
    MethodDef::method("__eq__", alias_eq),
    MethodDef::method("__hash__", alias_hash),
    MethodDef::method("__getattr__", alias_getattr),
    MethodDef::method("__or__", alias_or),
    MethodDef::method("__ror__", alias_ror),
    MethodDef::method("__mro_entries__", alias_mro_entries),
    MethodDef::method("__getitem__", alias_getitem),
    MethodDef::method("__iter__", alias_iter),
    MethodDef::method("__reduce__", alias_reduce),
    MethodDef::getter("__origin__", alias_origin),
    MethodDef::getter("__args__", alias_args),
    MethodDef::getter("__parameters__", alias_parameters),
    MethodDef::getter("__unpacked__", alias_unpacked),
];

fn union_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = union_args(&args.pos[0]);
    let mut parts = Vec::new();
    for i in &items {
        if let Value::Obj(o) = i {
            if Rc::ptr_eq(o, &types().none_type) {
                parts.push("None".to_string());
                continue;
            }
        }
        parts.push(type_repr_for_alias(vm, i)?);
    }
    Ok(strobj::new_str(parts.join(" | ")))
}
fn union_args_get(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tupleobj::new_tuple(union_args(v)))
}
fn union_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__eq__", 2)?;
    if !is_union(&a[1]) {
        return Ok(vm.not_implemented());
    }
    let (x, y) = (union_args(&a[0]), union_args(&a[1]));
    Ok(Value::Bool(
        x.len() == y.len() && x.iter().all(|i| y.iter().any(|j| i.is(j))),
    ))
}
fn union_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Order-independent, like the equality.
    let mut h: i64 = 0x5a5a;
    for a in union_args(&args.pos[0]) {
        h ^= vm.hash(&a)?;
    }
    Ok(Value::Int(h))
}
fn union_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = union_args(v);
    Ok(tupleobj::new_tuple(collect_parameters(vm, &items)?))
}
fn union_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    subscript_generic(vm, args, union_parameters)
}
fn union_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_type_error("cannot create 'types.UnionType' instances"))
}
fn union_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__or__", 2)?;
    make_union(vm, &a[0], &a[1])
}
fn union_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__ror__", 2)?;
    make_union(vm, &a[1], &a[0])
}

pub static UNION_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", union_new),
    MethodDef::method("__repr__", union_repr),
    MethodDef::method("__eq__", union_eq),
    MethodDef::method("__hash__", union_hash),
    MethodDef::method("__getitem__", union_getitem),
    MethodDef::getter("__parameters__", union_parameters),
    MethodDef::method("__or__", union_or),
    MethodDef::method("__ror__", union_ror),
    MethodDef::getter("__args__", union_args_get),
];
