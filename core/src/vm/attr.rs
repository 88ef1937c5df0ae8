//! Attribute access: the generic `object.__getattribute__` / `__setattr__` algorithms with
//! descriptors, type attribute lookup (metaclass first), and method lookup for calls.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyErr, PyResult, Vm};
use crate::bytecode::{attr_kind, AttrCache};
use crate::object::*;
use crate::types::{self, type_flags, types};

/// Is `v` a data descriptor (defines `__set__` or `__delete__`)?
fn is_data_descriptor(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Property(_) | Payload::GetSet(_) | Payload::Member(_) => true,
            Payload::Native(n) if !types::is_heap_class(&o.class()) => n.is_data_descr(),
            _ => {
                let c = o.class();
                (types::is_heap_class(&c) || matches!(o.payload, Payload::Native(_)))
                    && (types::lookup_str(&c, "__set__").is_some()
                        || types::lookup_str(&c, "__delete__").is_some())
            }
        },
        _ => false,
    }
}

/// Does `v`'s type define `__get__`? (A data descriptor without one does not shadow the
/// instance dict, and a classmethod binds a callable that has one through it.)
/// `obj.__dict__[name]` for a str name, without running Python code.
fn o_dict_get(obj: &Value, name: &PyRef) -> Option<Value> {
    match &obj.as_obj()?.dict()?.payload {
        Payload::Dict(dd) => dd.get_str(name),
        _ => None,
    }
}

pub fn has_descr_get(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_)
            | Payload::MethodDescr(_)
            | Payload::ClassMethodDescr(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::Property(_)
            | Payload::GetSet(_)
            | Payload::Member(_) => true,
            _ => {
                let c = o.class();
                (types::is_heap_class(&c) || matches!(o.payload, Payload::Native(_)))
                    && types::lookup_str(&c, "__get__").is_some()
            }
        },
        _ => false,
    }
}

/// A Python `__get__`/`__set__`/`__delete__` defined by a subclass of property,
/// classmethod or staticmethod (it replaces the builtin behaviour of the payload).
fn overridden_descr_method(o: &PyRef, name: &'static str) -> Option<Value> {
    if !matches!(
        o.payload,
        Payload::Property(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_)
    ) {
        return None;
    }
    let cls = o.class();
    if !types::is_heap_class(&cls) {
        return None;
    }
    types::lookup_str(&cls, name).filter(|m| matches!(m.payload(), Some(Payload::Function(_))))
}

/// The type of a plain instance (Payload::Object with a dict) and its version, if the
/// type has no attribute hooks.
#[inline]
/// The type version of an object of a builtin (non-heap) type that has no instance dict and
/// no custom attribute lookup: its methods are those of its type until that version changes.
fn builtin_receiver_version(obj: &Value) -> Option<u64> {
    let Value::Obj(o) = obj else { return None };
    if o.dict().is_some() || matches!(o.payload, Payload::Type(_) | Payload::Module(_)) {
        return None;
    }
    let t = types::type_data(o.class.peek()?)?;
    if t.is_heap() || t.flags.get() & type_flags::CUSTOM_GETATTRIBUTE != 0 {
        return None;
    }
    Some(t.version.get())
}

#[inline(always)]
fn plain_instance(obj: &Value) -> Option<(&PyRef, u64)> {
    let Value::Obj(o) = obj else { return None };
    if !matches!(o.payload, Payload::Object(_)) {
        return None;
    }
    let d = o.dict()?;
    let t = types::type_data(o.class.peek()?)?;
    if t.flags.get()
        & (type_flags::CUSTOM_GETATTRIBUTE | type_flags::HAS_GETATTR | type_flags::CUSTOM_SETATTR)
        != 0
    {
        return None;
    }
    Some((d, t.version.get()))
}

#[inline(always)]
fn entry_is(d: &crate::dict::DictData, index: usize, name: &PyRef) -> bool {
    match d.entries.get(index) {
        Some(e) => match &e.key {
            Value::Obj(k) => Rc::ptr_eq(k, name),
            _ => false,
        },
        None => false,
    }
}

/// LoadAttr fast path: an instance attribute found where the cache says.
#[inline(always)]
pub fn cached_instance_get(obj: &Value, name: &PyRef, cache: &RefCell<AttrCache>) -> Option<Value> {
    let c = cache.borrow();
    if c.kind != attr_kind::INSTANCE {
        return None;
    }
    let (d, version) = plain_instance(obj)?;
    if version != c.version {
        return None;
    }
    let Payload::Dict(dd) = &d.payload else {
        return None;
    };
    let data = dd.data.borrow();
    if entry_is(&data, c.index as usize, name) {
        return Some(data.entries[c.index as usize].value.clone());
    }
    None
}

/// StoreAttr fast path: overwrite an instance attribute in place. Returns the value back
/// when the fast path does not apply.
#[inline(always)]
pub fn cached_instance_set(
    obj: &Value,
    name: &PyRef,
    cache: &RefCell<AttrCache>,
    v: Value,
) -> Option<Value> {
    let c = cache.borrow();
    if c.kind != attr_kind::INSTANCE {
        return Some(v);
    }
    let Some((d, version)) = plain_instance(obj) else {
        return Some(v);
    };
    if version != c.version || !std::ptr::eq(d.class.ptr(), Rc::as_ptr(&types().dict)) {
        return Some(v);
    }
    let Payload::Dict(dd) = &d.payload else {
        return Some(v);
    };
    let mut data = dd.data.borrow_mut();
    let idx = c.index as usize;
    if entry_is(&data, idx, name) {
        let old = std::mem::replace(&mut data.entries[idx].value, v);
        drop(data);
        drop(old);
        return None;
    }
    // A new instance getting its attributes in the same order as the one that filled the
    // cache (the usual `__init__`): append, if the name is not already present elsewhere.
    if data.entries.len() == idx {
        if let Payload::Str(s) = &name.payload {
            let h = s.hash();
            // (An empty dict cannot hold it: the first attribute of a new instance.)
            if idx == 0 || data.find_str_obj(Rc::as_ptr(name), s.as_str(), h).is_none() {
                data.push_new(h, Value::Obj(name.clone()), v);
                return None;
            }
        }
    }
    Some(v)
}

/// LoadMethod fast path: the type's function, when the instance does not shadow it.
#[inline(always)]
pub fn cached_method(obj: &Value, name: &PyRef, cache: &RefCell<AttrCache>) -> Option<Value> {
    let c = cache.borrow();
    if c.kind == attr_kind::BUILTIN_METHOD {
        let version = builtin_receiver_version(obj)?;
        return (version == c.version).then(|| c.value.clone());
    }
    if c.kind != attr_kind::METHOD {
        return None;
    }
    let (d, version) = plain_instance(obj)?;
    if version != c.version {
        return None;
    }
    let Payload::Dict(dd) = &d.payload else {
        return None;
    };
    if dd.get_str(name).is_some() {
        return None;
    }
    Some(c.value.clone())
}

impl Vm {
    /// LoadAttr slow path; fills the cache when the attribute is a plain instance attribute.
    pub(crate) fn get_attr_caching(
        &mut self,
        obj: &Value,
        name: &PyRef,
        cache: &RefCell<AttrCache>,
    ) -> PyResult<Value> {
        if let Some((d, version)) = plain_instance(obj) {
            let cls = types::class_of(obj);
            if types::lookup(&cls, name).is_none() {
                if let Payload::Dict(dd) = &d.payload {
                    if let Some((idx, _)) = dd.find_interned(name) {
                        let data = dd.data.borrow();
                        if entry_is(&data, idx, name) {
                            let v = data.entries[idx].value.clone();
                            drop(data);
                            *cache.borrow_mut() = AttrCache {
                                version,
                                kind: attr_kind::INSTANCE,
                                index: idx as u32,
                                value: Value::Null,
                            };
                            return Ok(v);
                        }
                    }
                }
            }
        }
        self.get_attr(obj, name)
    }

    /// StoreAttr slow path; fills the cache for plain instance attributes.
    pub(crate) fn set_attr_caching(
        &mut self,
        obj: &Value,
        name: &PyRef,
        cache: &RefCell<AttrCache>,
        v: Value,
    ) -> PyResult<()> {
        if let Some((d, version)) = plain_instance(obj) {
            let cls = types::class_of(obj);
            if types::lookup(&cls, name).is_none() && Rc::ptr_eq(&d.class(), &types().dict) {
                if let Payload::Dict(dd) = &d.payload {
                    dd.set_str(name.clone(), v);
                    if let Some((idx, _)) = dd.find_interned(name) {
                        if entry_is(&dd.data.borrow(), idx, name) {
                            *cache.borrow_mut() = AttrCache {
                                version,
                                kind: attr_kind::INSTANCE,
                                index: idx as u32,
                                value: Value::Null,
                            };
                        }
                    }
                    return Ok(());
                }
            }
        }
        self.set_attr(obj, name, v)
    }

    /// LoadMethod slow path; caches plain functions found on the type.
    pub(crate) fn lookup_method_caching(
        &mut self,
        obj: &Value,
        name: &PyRef,
        cache: &RefCell<AttrCache>,
    ) -> PyResult<Option<Value>> {
        let r = self.lookup_method(obj, name)?;
        if let (Some(m), Some((_, version))) = (&r, plain_instance(obj)) {
            if matches!(m.payload(), Some(Payload::Function(_))) {
                *cache.borrow_mut() = AttrCache {
                    version,
                    kind: attr_kind::METHOD,
                    index: 0,
                    value: m.clone(),
                };
            }
        } else if let (Some(m), Some(version)) = (&r, builtin_receiver_version(obj)) {
            if matches!(m.payload(), Some(Payload::MethodDescr(_))) {
                *cache.borrow_mut() = AttrCache {
                    version,
                    kind: attr_kind::BUILTIN_METHOD,
                    index: 0,
                    value: m.clone(),
                };
            }
        }
        Ok(r)
    }

    /// `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Value> {
        self.get_attr_impl(obj, name).inspect_err(|e| {
            // As CPython's PyObject_GetAttr: an AttributeError raised by a property, a
            // __getattr__ or a __getattribute__ learns the name and object it was about.
            if crate::exceptions::is_attribute_error(&e.0) {
                crate::exceptions::set_attr_error_context(&e.0, name, obj);
            }
        })
    }

    #[inline]
    fn get_attr_impl(&mut self, obj: &Value, name: &PyRef) -> PyResult<Value> {
        let cls = types::class_of(obj);
        let td = types::type_data(&cls);
        let flags = td.map(|t| t.flags.get()).unwrap_or(0);
        if flags & type_flags::CUSTOM_GETATTRIBUTE != 0 {
            let ga = types::lookup_str(&cls, "__getattribute__");
            if let Some(ga) = ga {
                if !is_object_getattribute(&ga) {
                    let r = self.call_special(&ga, obj, &[Value::Obj(name.clone())]);
                    return match r {
                        Err(e)
                            if flags & type_flags::HAS_GETATTR != 0
                                && self.exception_matches(&e, &types().exc.attribute_error) =>
                        {
                            self.call_getattr_hook(obj, &cls, name)
                        }
                        other => other,
                    };
                }
            }
        }
        match self.generic_getattr(obj, &cls, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                if flags & type_flags::HAS_GETATTR != 0 {
                    return self.call_getattr_hook(obj, &cls, name);
                }
                // A bound method reads the other attributes of its function.
                if let Some(Payload::BoundMethod(b)) = obj.payload() {
                    let func = b.0.clone();
                    return self.get_attr(&func, name);
                }
                Err(self.attribute_error(obj, name))
            }
            Err(e) => {
                if flags & type_flags::HAS_GETATTR != 0
                    && self.exception_matches(&e, &types().exc.attribute_error)
                {
                    return self.call_getattr_hook(obj, &cls, name);
                }
                Err(e)
            }
        }
    }

    fn call_getattr_hook(&mut self, obj: &Value, cls: &PyRef, name: &PyRef) -> PyResult<Value> {
        match types::lookup_str(cls, "__getattr__") {
            Some(ga) => self.call_special(&ga, obj, &[Value::Obj(name.clone())]),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// `getattr(obj, name, None)`-like: Ok(None) when the attribute does not exist.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        // Without __getattribute__/__getattr__ hooks (and not a bound method, which falls
        // back to its function's attributes) a missing attribute needs no AttributeError
        // object (hasattr(x, "append") in a loop).
        let cls = types::class_of(obj);
        let flags = types::type_data(&cls).map_or(0, |t| t.flags.get());
        if flags & (type_flags::CUSTOM_GETATTRIBUTE | type_flags::HAS_GETATTR) == 0
            && !matches!(obj.payload(), Some(Payload::BoundMethod(_)))
        {
            return match self.generic_getattr(obj, &cls, name) {
                Ok(v) => Ok(v),
                Err(e) if self.exception_matches(&e, &types().exc.attribute_error) => Ok(None),
                Err(e) => Err(e),
            };
        }
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exception_matches(&e, &types().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = types::intern(name);
        self.get_attr(obj, &n)
    }

    pub fn attribute_error(&mut self, obj: &Value, name: &PyRef) -> PyErr {
        let n = name.payload_str();
        let e = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                let tn = types::type_data(o).map(|t| t.name()).unwrap_or_default();
                self.new_attribute_error(format!("type object '{}' has no attribute '{}'", tn, n))
            }
            Value::Obj(o) if matches!(o.payload, Payload::Module(_)) => {
                let initializing = self.initializing.iter().any(|m| Rc::ptr_eq(m, o));
                let msg = match crate::objects::moduleobj::module_name(o) {
                    Some(mn) if initializing => format!(
                        "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
                        mn, n
                    ),
                    Some(mn) => format!("module '{}' has no attribute '{}'", mn, n),
                    None => format!("module has no attribute '{}'", n),
                };
                self.new_attribute_error(msg)
            }
            _ => self.new_attribute_error(format!(
                "'{}' object has no attribute '{}'",
                types::type_name(obj),
                n
            )),
        };
        crate::exceptions::set_attr_raw(&e.0, "name", Value::Obj(name.clone()));
        crate::exceptions::set_attr_raw(&e.0, "obj", obj.clone());
        e
    }

    /// The generic lookup. Ok(None) means "no such attribute" (AttributeError to raise).
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        cls: &PyRef,
        name: &PyRef,
    ) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_getattr(o, name);
            }
        }
        let descr = types::lookup(cls, name);
        if let Some(d) = &descr {
            if is_data_descriptor(d) && has_descr_get(d) {
                return self.descr_get(d, obj, cls).map(Some);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = o.dict() {
                if let Payload::Dict(dd) = &dict.payload {
                    if let Some(v) = dd.get_str(name) {
                        return Ok(Some(v));
                    }
                }
            }
            if let Payload::Module(_) = &o.payload {
                if descr.is_none() {
                    return crate::objects::moduleobj::module_getattr_fallback(self, o, name);
                }
            }
            // Builtin and module-defined types whose instances carry a dict expose it
            // without a `__dict__` descriptor of their own.
            if descr.is_none() && name.payload_str() == "__dict__" {
                if let Some(dict) = o.dict() {
                    return Ok(Some(Value::Obj(dict.clone())));
                }
            }
        }
        match descr {
            Some(d) => self.descr_get(&d, obj, cls).map(Some),
            None => Ok(None),
        }
    }

    /// Attribute lookup on a type object: metaclass data descriptors, then the type's MRO,
    /// then the metaclass.
    fn type_getattr(&mut self, t: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
        let meta = t.class();
        let meta_attr = types::lookup(&meta, name);
        if let Some(ma) = &meta_attr {
            if is_data_descriptor(ma) {
                return self.descr_get(ma, &Value::Obj(t.clone()), &meta).map(Some);
            }
        }
        if let Some(a) = types::lookup(t, name) {
            return self.descr_get_on_type(&a, t).map(Some);
        }
        match meta_attr {
            Some(ma) => self.descr_get(&ma, &Value::Obj(t.clone()), &meta).map(Some),
            None => Ok(None),
        }
    }

    /// `descr.__get__(None, owner)` for an attribute found on a type.
    fn descr_get_on_type(&mut self, a: &Value, owner: &PyRef) -> PyResult<Value> {
        if let Value::Obj(o) = a {
            if let Some(get) = overridden_descr_method(o, "__get__") {
                return self.call_special(&get, a, &[Value::None, Value::Obj(owner.clone())]);
            }
            match &o.payload {
                Payload::Function(_) | Payload::MethodDescr(_) => return Ok(a.clone()),
                Payload::ClassMethod(f) => {
                    let f = f.borrow().clone();
                    return self.classmethod_get(f, owner);
                }
                Payload::ClassMethodDescr(nf) => {
                    return Ok(crate::objects::funcobj::bind_native(
                        nf,
                        Value::Obj(owner.clone()),
                    ));
                }
                Payload::StaticMethod(f) => return Ok(f.borrow().clone()),
                Payload::Property(_) | Payload::GetSet(_) | Payload::Member(_) => {
                    return Ok(a.clone())
                }
                _ => {}
            }
            let acls = o.class();
            if types::is_heap_class(&acls) || matches!(o.payload, Payload::Native(_)) {
                if let Some(get) = types::lookup_str(&acls, "__get__") {
                    return self.call_special(&get, a, &[Value::None, Value::Obj(owner.clone())]);
                }
            }
        }
        Ok(a.clone())
    }

    /// `descr.__get__(obj, cls)` for descriptors found on an instance's type.
    pub fn descr_get(&mut self, d: &Value, obj: &Value, cls: &PyRef) -> PyResult<Value> {
        if let Value::Obj(o) = d {
            if let Some(get) = overridden_descr_method(o, "__get__") {
                return self.call_special(&get, d, &[obj.clone(), Value::Obj(cls.clone())]);
            }
        }
        self.descr_get_builtin(d, obj, cls)
    }

    /// `descr_get` by the descriptor's builtin kind (also what the builtin `__get__`
    /// methods do, without a subclass's override).
    pub fn descr_get_builtin(&mut self, d: &Value, obj: &Value, cls: &PyRef) -> PyResult<Value> {
        let Value::Obj(o) = d else {
            return Ok(d.clone());
        };
        match &o.payload {
            Payload::Function(_) => Ok(crate::objects::funcobj::new_bound_method(
                d.clone(),
                obj.clone(),
            )),
            Payload::MethodDescr(nf) => {
                self.check_descr_self(nf, obj)?;
                Ok(crate::objects::funcobj::bind_native(nf, obj.clone()))
            }
            Payload::ClassMethodDescr(nf) => Ok(crate::objects::funcobj::bind_native(
                nf,
                Value::Obj(cls.clone()),
            )),
            Payload::ClassMethod(f) => {
                let f = f.borrow().clone();
                self.classmethod_get(f, cls)
            }
            Payload::StaticMethod(f) => Ok(f.borrow().clone()),
            Payload::Property(p) => self.property_fget(p, obj),
            Payload::GetSet(gs) => (gs.get)(self, obj),
            Payload::Member(m) => {
                let v = match obj.payload() {
                    Some(Payload::Object(slots)) => {
                        slots.borrow().get(m.index).cloned().unwrap_or(Value::Null)
                    }
                    // Another builtin layout keeps its slot values in the instance dict
                    // (typeobj.rs gives such classes one).
                    _ => match o_dict_get(obj, &m.name) {
                        Some(v) => v,
                        None => Value::Null,
                    },
                };
                if v.is_null() {
                    // An empty slot: the error names the attribute, like a missing one.
                    let name = m.name.clone();
                    return Err(self.attribute_error(obj, &name));
                }
                Ok(v)
            }
            _ => {
                let dcls = o.class();
                let heap = types::is_heap_class(&dcls);
                if let (Payload::Native(n), false) = (&o.payload, heap) {
                    if let Some(r) = n.descr_get(self, o, obj, cls) {
                        return r;
                    }
                }
                if heap || matches!(o.payload, Payload::Native(_)) {
                    if let Some(get) = types::lookup_str(&dcls, "__get__") {
                        return self.call_special(&get, d, &[obj.clone(), Value::Obj(cls.clone())]);
                    }
                }
                Ok(d.clone())
            }
        }
    }

    /// `classmethod(f).__get__(_, cls)`: binds `f` to `cls`, through `f.__get__(cls, cls)`
    /// when `f` is itself a descriptor other than a function (3.9+ chaining).
    pub fn classmethod_get(&mut self, f: Value, cls: &PyRef) -> PyResult<Value> {
        let plain = matches!(f.payload(), Some(Payload::Function(_)));
        if !plain && has_descr_get(&f) {
            let c = Value::Obj(cls.clone());
            return match f.payload() {
                Some(Payload::Property(_)) | Some(Payload::StaticMethod(_)) => {
                    let meta = cls.class();
                    self.descr_get(&f, &c, &meta)
                }
                _ => {
                    let get = types::lookup_str(&types::class_of(&f), "__get__");
                    match get {
                        Some(g) => self.call_special(&g, &f, &[c.clone(), c]),
                        None => Ok(crate::objects::funcobj::new_bound_method(f, c)),
                    }
                }
            };
        }
        Ok(crate::objects::funcobj::new_bound_method(
            f,
            Value::Obj(cls.clone()),
        ))
    }

    /// A property's own `__get__` (`fget(obj)`), ignoring subclass overrides.
    pub fn property_fget(&mut self, p: &PropertyData, obj: &Value) -> PyResult<Value> {
        let fget = p.fget.borrow().clone();
        if fget.is_none() || fget.is_null() {
            let pname = self.property_name(p);
            return Err(
                self.new_attribute_error(crate::objects::funcobj::property_missing_msg(
                    pname, obj, "getter",
                )),
            );
        }
        self.call(&fget, std::slice::from_ref(obj))
    }

    fn property_name(&mut self, p: &PropertyData) -> Option<String> {
        let n = p.name.borrow().clone();
        n.as_rust_str().map(|s| s.to_string())
    }

    /// Binds a descriptor found on `cls` to `obj` (for special method calls).
    pub fn bind_descriptor(&mut self, d: &Value, obj: &Value, cls: &PyRef) -> PyResult<Value> {
        self.descr_get(d, obj, cls)
    }

    /// For `obj.name(...)`: the plain function to call with `obj` as first argument, if the
    /// attribute is a method found on the type and not shadowed by the instance.
    pub fn lookup_method(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let cls = types::class_of(obj);
        let Some(td) = types::type_data(&cls) else {
            return Ok(None);
        };
        if td.flags.get() & type_flags::CUSTOM_GETATTRIBUTE != 0 {
            return Ok(None);
        }
        if let Value::Obj(o) = obj {
            if matches!(o.payload, Payload::Type(_) | Payload::Module(_)) {
                return Ok(None);
            }
        }
        let Some(d) = types::lookup(&cls, name) else {
            return Ok(None);
        };
        let is_method = match &d {
            Value::Obj(o) => matches!(o.payload, Payload::Function(_) | Payload::MethodDescr(_)),
            _ => false,
        };
        if !is_method {
            return Ok(None);
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = o.dict() {
                if let Payload::Dict(dd) = &dict.payload {
                    if dd.get_str(name).is_some() {
                        return Ok(None);
                    }
                }
            }
        }
        Ok(Some(d))
    }

    /// `setattr(obj, name, value)`.
    pub fn set_attr(&mut self, obj: &Value, name: &PyRef, value: Value) -> PyResult<()> {
        let cls = types::class_of(obj);
        if let Some(td) = types::type_data(&cls) {
            if td.flags.get() & type_flags::CUSTOM_SETATTR != 0 {
                if let Some(sa) = types::lookup_str(&cls, "__setattr__") {
                    if !is_object_setattr(&sa) {
                        self.call_special(&sa, obj, &[Value::Obj(name.clone()), value])?;
                        return Ok(());
                    }
                }
            }
        }
        self.generic_setattr(obj, &cls, name, Some(value))
    }

    pub fn del_attr(&mut self, obj: &Value, name: &PyRef) -> PyResult<()> {
        let cls = types::class_of(obj);
        if let Some(td) = types::type_data(&cls) {
            if td.flags.get() & type_flags::CUSTOM_SETATTR != 0 {
                if let Some(da) = types::lookup_str(&cls, "__delattr__") {
                    if !is_object_delattr(&da) {
                        self.call_special(&da, obj, &[Value::Obj(name.clone())])?;
                        return Ok(());
                    }
                }
            }
        }
        self.generic_setattr(obj, &cls, name, None)
    }

    /// object.__setattr__ / __delattr__ (value None = delete).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        cls: &PyRef,
        name: &PyRef,
        value: Option<Value>,
    ) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Payload::Type(t) = &o.payload {
                return self.type_setattr(o, t, name, value);
            }
        }
        let descr = types::lookup(cls, name);
        if descr.is_none() && name.payload_str() == "__dict__" {
            if let Value::Obj(o) = obj {
                if o.dict().is_some() {
                    return crate::objects::objectobj::instance_dict_set(self, obj, value);
                }
            }
        }
        if let Some(d) = &descr {
            if let Value::Obj(dobj) = d {
                let hook = if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                };
                if let Some(m) = overridden_descr_method(dobj, hook) {
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    return self.call_special(&m, d, &args).map(|_| ());
                }
                match &dobj.payload {
                    Payload::Property(p) => {
                        let f = if value.is_some() {
                            p.fset.borrow().clone()
                        } else {
                            p.fdel.borrow().clone()
                        };
                        if f.is_none() || f.is_null() {
                            let pname = self.property_name(p);
                            let what = if value.is_some() { "setter" } else { "deleter" };
                            let standin = types::type_data(cls)
                                .and_then(|t| t.dict().get_str(&types::intern("__module__")))
                                .and_then(|m| m.as_rust_str().map(crate::modules::is_c_standin))
                                .unwrap_or(false);
                            return Err(self.new_attribute_error(match pname {
                                // Read-only attributes of the modules that stand in for
                                // CPython's C types speak as C getset descriptors do.
                                Some(n) if standin => format!(
                                    "attribute '{}' of '{}' objects is not writable",
                                    n,
                                    types::type_name(obj)
                                ),
                                n => crate::objects::funcobj::property_missing_msg(n, obj, what),
                            }));
                        }
                        match value {
                            Some(v) => self.call(&f, &[obj.clone(), v])?,
                            None => self.call(&f, std::slice::from_ref(obj))?,
                        };
                        return Ok(());
                    }
                    Payload::GetSet(gs) => {
                        return match gs.set {
                            Some(s) => s(self, obj, value),
                            // Named after the class defining the attribute (bool's
                            // `real` is int's), as CPython's descriptors are.
                            None => Err(self.new_attribute_error(readonly_message(
                                {
                                    // (A module type's own name carries its module.)
                                    let tn = types::type_name(obj);
                                    if gs.owner.is_empty() || tn.contains('.') {
                                        tn
                                    } else {
                                        gs.owner.to_string()
                                    }
                                }
                                .as_str(),
                                gs.name,
                            ))),
                        };
                    }
                    Payload::Member(m) => {
                        if let Some(Payload::Object(slots)) = obj.payload() {
                            let mut s = slots.borrow_mut();
                            if m.index < s.len() {
                                if value.is_none() && s[m.index].is_null() {
                                    drop(s);
                                    return Err(self.new_attribute_error(m.name.payload_str()));
                                }
                                let old = std::mem::replace(
                                    &mut s[m.index],
                                    value.unwrap_or(Value::Null),
                                );
                                drop(s);
                                drop(old);
                                return Ok(());
                            }
                        }
                    }
                    _ => {
                        let dcls = dobj.class();
                        if types::is_heap_class(&dcls) || matches!(dobj.payload, Payload::Native(_))
                        {
                            let hook = if value.is_some() {
                                "__set__"
                            } else {
                                "__delete__"
                            };
                            if let Some(f) = types::lookup_str(&dcls, hook) {
                                match value {
                                    Some(v) => self.call_special(&f, d, &[obj.clone(), v])?,
                                    None => self.call_special(&f, d, std::slice::from_ref(obj))?,
                                };
                                return Ok(());
                            }
                            let other = if value.is_some() {
                                "__delete__"
                            } else {
                                "__set__"
                            };
                            if types::lookup_str(&dcls, other).is_some() {
                                return Err(self.new_attribute_error(if value.is_some() {
                                    "__set__"
                                } else {
                                    "__delete__"
                                }));
                            }
                        }
                    }
                }
            }
        }
        if let Value::Obj(o) = obj {
            // Functions get their __dict__ on the first attribute assignment.
            if value.is_some() && o.dict().is_none() && matches!(o.payload, Payload::Function(_)) {
                self.ensure_dict(o);
            }
            if let Some(dict) = o.dict() {
                if let Payload::Dict(dd) = &dict.payload {
                    match value {
                        Some(v) => {
                            if Rc::ptr_eq(&dict.class(), &types().dict) {
                                dd.set_str(name.clone(), v);
                            } else {
                                let dv = Value::Obj(dict.clone());
                                self.setitem(&dv, Value::Obj(name.clone()), v)?;
                            }
                        }
                        None => {
                            if dd.remove_str(name.payload_str()).is_none() {
                                // (CPython's generic delete names neither the module nor
                                // the attribute in the exception's fields.)
                                return Err(self.new_attribute_error(format!(
                                    "'{}' object has no attribute '{}'",
                                    types::type_name(obj),
                                    name.payload_str()
                                )));
                            }
                            if !self.finalizable.is_empty() {
                                self.run_finalizers();
                            }
                        }
                    }
                    return Ok(());
                }
            }
        }
        let n = name.payload_str();
        if descr.is_some() {
            return Err(self.new_attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                types::type_name(obj),
                n
            )));
        }
        if value.is_none() {
            return Err(self.attribute_error(obj, name));
        }
        Err(self.new_attribute_error(format!(
            "'{}' object has no attribute '{}'",
            types::type_name(obj),
            n
        )))
    }

    fn type_setattr(
        &mut self,
        o: &PyRef,
        t: &types::PyType,
        name: &PyRef,
        value: Option<Value>,
    ) -> PyResult<()> {
        // Data descriptors on the metaclass (e.g. __name__, __doc__ setters).
        let meta = o.class();
        if let Some(d) = types::lookup(&meta, name) {
            if let Value::Obj(dobj) = &d {
                if let Payload::GetSet(gs) = &dobj.payload {
                    return match gs.set {
                        _ if !t.is_heap() => Err(self.new_type_error(format!(
                            "cannot set '{}' attribute of immutable type '{}'",
                            gs.name,
                            t.name()
                        ))),
                        Some(s) => s(self, &Value::Obj(o.clone()), value),
                        None => Err(self.new_attribute_error(readonly_message("type", gs.name))),
                    };
                }
                if types::is_heap_class(&meta) && is_data_descriptor(&d) {
                    return self.generic_setattr_descriptor(&d, &Value::Obj(o.clone()), value);
                }
            }
        }
        if !t.is_heap() {
            return Err(self.new_type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.payload_str(),
                t.name()
            )));
        }
        types::type_modified(o);
        let d = t.dict();
        let n = name.payload_str();
        match value {
            Some(v) => {
                d.set_str(name.clone(), v);
            }
            None => {
                if d.remove_str(n).is_none() {
                    return Err(self.new_attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        t.name(),
                        n
                    )));
                }
            }
        }
        crate::objects::typeobj::update_flags_for(o, n);
        Ok(())
    }

    fn generic_setattr_descriptor(
        &mut self,
        d: &Value,
        obj: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let dcls = types::class_of(d);
        let hook = if value.is_some() {
            "__set__"
        } else {
            "__delete__"
        };
        match types::lookup_str(&dcls, hook) {
            Some(f) => {
                match value {
                    Some(v) => self.call_special(&f, d, &[obj.clone(), v])?,
                    None => self.call_special(&f, d, std::slice::from_ref(obj))?,
                };
                Ok(())
            }
            None => Err(self.new_attribute_error(hook)),
        }
    }

    /// Creates an object's `__dict__` on demand (for objects that support one).
    pub fn ensure_dict(&mut self, o: &PyRef) -> Option<PyRef> {
        if let Some(d) = o.dict() {
            return Some(d.clone());
        }
        let d = types::new_dict_ref();
        let _ = o.dict.set(d.clone());
        Some(d)
    }
}

/// The message for assigning a read-only native attribute: CPython's member
/// descriptors say "readonly attribute", its getset descriptors name the attribute.
pub(crate) fn readonly_message(owner: &str, name: &str) -> String {
    let member = matches!(
        (owner, name),
        ("slice" | "range", "start" | "stop" | "step")
            | ("complex", "real" | "imag")
            | ("function", "__closure__" | "__globals__" | "__builtins__")
            | ("property", "fget" | "fset" | "fdel")
            | ("staticmethod" | "classmethod", "__func__")
            | ("method", "__func__" | "__self__")
            | ("BaseExceptionGroup", "message" | "exceptions")
            | ("module", "__dict__")
            | ("re.Pattern", "pattern" | "flags" | "groups")
            | ("re.Match", "string" | "re" | "pos" | "endpos")
            | ("_sre.SRE_Scanner", "pattern")
            | ("super", "__thisclass__" | "__self__" | "__self_class__")
            | (
                "type",
                "__basicsize__"
                    | "__itemsize__"
                    | "__flags__"
                    | "__weakrefoffset__"
                    | "__base__"
                    | "__dictoffset__"
                    | "__mro__"
            )
    ) || owner == "code"
        && name.starts_with("co_")
        && !matches!(
            name,
            "co_varnames" | "co_cellvars" | "co_freevars" | "co_code" | "co_lnotab"
        );
    if member {
        "readonly attribute".to_string()
    } else if owner == "method" && name != "__doc__" {
        // A bound method reads its function's attributes but has no descriptor for them.
        format!("'method' object has no attribute '{}'", name)
    } else {
        format!(
            "attribute '{}' of '{}' objects is not writable",
            name, owner
        )
    }
}

fn native_is(v: &Value, owner: &str, name: &str) -> bool {
    match v.payload() {
        Some(Payload::MethodDescr(nf)) => nf.owner == Some(owner) && nf.name == name,
        _ => false,
    }
}

fn is_object_getattribute(v: &Value) -> bool {
    native_is(v, "object", "__getattribute__")
}

fn is_object_setattr(v: &Value) -> bool {
    native_is(v, "object", "__setattr__") || native_is(v, "type", "__setattr__")
}

fn is_object_delattr(v: &Value) -> bool {
    native_is(v, "object", "__delattr__") || native_is(v, "type", "__delattr__")
}
