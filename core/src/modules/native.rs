//! Helpers for modules that define native types (io, array, struct, time, os): downcasting,
//! allocation that respects Python subclasses, argument conversions and buffer access.

use std::rc::Rc;

use crate::object::*;
use crate::objects::{intobj, strobj};
use crate::types::{self, type_flags, types};
use crate::vm::{PyResult, Vm};

/// The native payload of `v` as a `T`, if it is one.
#[inline]
pub fn downcast<T: 'static>(v: &Value) -> Option<&T> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

/// Allocates an instance of `cls` (a native type or a Python subclass of one) holding `obj`.
/// Subclass instances get a `__dict__` and take part in `__del__` finalisation.
pub fn alloc(vm: &mut Vm, cls: &PyRef, obj: impl NativeObject) -> Value {
    let payload = Payload::Native(Box::new(obj));
    let heap = types::is_heap_class(cls);
    let v = if heap {
        types::new_obj_with_dict(cls, payload)
    } else {
        types::new_obj(cls, payload)
    };
    if heap
        && types::type_data(cls)
            .map(|t| t.has_flag(type_flags::HAS_DEL))
            .unwrap_or(false)
    {
        if let Value::Obj(o) = &v {
            vm.finalizable.push(o.clone());
        }
    }
    v
}

/// The class passed as the first argument of a `__new__` staticmethod.
pub fn new_cls(vm: &mut Vm, args: &Args, fallback: &PyRef) -> PyResult<PyRef> {
    match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
            if !types::is_subtype(c, fallback) {
                let n = types::type_data(fallback)
                    .map(|t| t.name())
                    .unwrap_or_default();
                let cn = types::type_data(c).map(|t| t.name()).unwrap_or_default();
                return Err(vm.new_type_error(format!(
                    "{}.__new__({}): {} is not a subtype of {}",
                    n, cn, cn, n
                )));
            }
            Ok(c.clone())
        }
        _ => Ok(fallback.clone()),
    }
}

/// Creates a Python class (like a class statement) with the given bases; used for exception
/// types with several bases such as `io.UnsupportedOperation`.
pub fn make_class(vm: &mut Vm, name: &str, module: &str, bases: &[PyRef]) -> PyResult<PyRef> {
    let ns = crate::objects::dictobj::new_dict();
    if let Some(d) = crate::objects::dictobj::as_dict(&ns) {
        d.set_str(
            types::intern("__module__"),
            strobj::new_str(module.to_string()),
        );
    }
    let b =
        crate::objects::tupleobj::new_tuple(bases.iter().map(|c| Value::Obj(c.clone())).collect());
    let t = Value::Obj(types().type_.clone());
    match vm.call(&t, &[strobj::new_str(name.to_string()), b, ns])? {
        Value::Obj(o) => Ok(o),
        _ => Err(vm.new_type_error("type() did not return a class")),
    }
}

/// An integer argument that must fit an i64 (`__index__` is honoured).
pub fn arg_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Float(_) => {
            Err(vm.new_type_error("'float' object cannot be interpreted as an integer"))
        }
        _ => {
            let i = vm.index(v)?;
            intobj::to_i64(&i).ok_or_else(|| {
                vm.new_overflow_error("Python int too large to convert to C ssize_t")
            })
        }
    }
}

/// A size argument where None (or a negative number) means "no limit" (-1).
pub fn arg_size(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(Value::Int(i)) => Ok(*i),
        Some(other) => {
            let cls = types::class_of(other);
            if types::lookup_str(&cls, "__index__").is_none() {
                return Err(vm.new_type_error(format!(
                    "argument should be integer or None, not '{}'",
                    types::type_name(other)
                )));
            }
            arg_i64(vm, other)
        }
    }
}

/// Runs `f` on the bytes of a bytes-like object (bytes, bytearray, array without copying;
/// memoryview through a copy).
/// `f` must not call into Python: the bytes may be borrowed from a RefCell.
pub fn with_buffer<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v.payload()? {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(&b.borrow())),
        Payload::Native(n) => {
            if let Some(a) = n.as_any().downcast_ref::<crate::modules::array::PyArray>() {
                let d = a.data.borrow();
                return Some(f(&d));
            }
            // memoryviews: a copy of their bytes (they may view a bytearray being written to).
            let d = crate::objects::memoryview::view_bytes(v)?;
            Some(f(&d))
        }
        _ => None,
    }
}

/// A copy of the bytes of a bytes-like object, or TypeError naming `what`'s expectation.
pub fn buffer_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match with_buffer(v, |b| b.to_vec()) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name(v)
        ))),
    }
}

/// Is `v` a bytes-like object?
pub fn is_buffer(v: &Value) -> bool {
    with_buffer(v, |_| ()).is_some()
}

/// The name of a type (for messages).
pub fn cls_name(cls: &PyRef) -> String {
    types::type_data(cls).map(|t| t.name()).unwrap_or_default()
}

/// `a is b` for two object references.
#[inline]
pub fn same(a: &PyRef, b: &PyRef) -> bool {
    Rc::ptr_eq(a, b)
}
