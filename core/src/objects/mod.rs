//! Builtin types, one file each, plus the payload-level dispatch used by the VM's fast
//! paths and by the shared special methods in `slots`.

pub mod bytesobj;
pub mod complexobj;
pub mod dictobj;
pub mod floatobj;
pub mod funcobj;
pub mod genobj;
pub mod intobj;
pub mod iterobj;
pub mod listobj;
pub mod memoryview;
pub mod moduleobj;
pub mod objectobj;
pub mod rangeobj;
pub mod setobj;
pub mod sliceobj;
pub mod slots;
pub mod strobj;
pub mod tupleobj;
pub mod typeobj;

use crate::object::*;
use crate::types::{self};
use crate::vm::{PyResult, Vm};

/// Runs `f` with `v` marked as being repr'd; returns `recursive` if it already is.
fn repr_guarded(
    vm: &mut Vm,
    v: &Value,
    recursive: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    let id = v.id() as usize;
    if vm.repr_guard.contains(&id) {
        return Ok(recursive.to_string());
    }
    vm.enter_native(" while getting the repr of an object")?;
    vm.repr_guard.push(id);
    let r = f(vm);
    vm.repr_guard.pop();
    vm.leave_native();
    r
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut s = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(vm.repr(x)?.payload_str());
    }
    Ok(s)
}

/// repr() of builtin payloads; None for objects that need the generic path.
pub fn builtin_repr(vm: &mut Vm, v: &Value) -> Option<PyResult<String>> {
    Some(Ok(match v {
        Value::Null => "<NULL>".into(),
        Value::None => "None".into(),
        Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => floatobj::float_repr(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => strobj::repr_str(s.as_str()),
            Payload::Int(_) => {
                if matches!(o.class().payload, Payload::Type(ref t) if t.kind == types::BaseKind::Bool)
                {
                    let b = intobj::to_i64(v).unwrap_or(0) != 0;
                    return Some(Ok((if b { "True" } else { "False" }).into()));
                }
                return Some(intobj::int_to_str(vm, v));
            }
            Payload::Float(f) => floatobj::float_repr(*f),
            Payload::Complex(r, i) => complexobj::complex_repr(*r, *i),
            Payload::List(l) => {
                let items = l.borrow().clone();
                if items.is_empty() {
                    return Some(Ok("[]".into()));
                }
                return Some(repr_guarded(vm, v, "[...]", |vm| {
                    Ok(format!("[{}]", join_reprs(vm, &items)?))
                }));
            }
            Payload::Tuple(t) => {
                let items = t.to_vec();
                if items.is_empty() {
                    return Some(Ok("()".into()));
                }
                return Some(repr_guarded(vm, v, "(...)", |vm| {
                    let inner = join_reprs(vm, &items)?;
                    Ok(if items.len() == 1 {
                        format!("({},)", inner)
                    } else {
                        format!("({})", inner)
                    })
                }));
            }
            Payload::Dict(d) => {
                let items = d.items();
                if items.is_empty() {
                    return Some(Ok("{}".into()));
                }
                return Some(repr_guarded(vm, v, "{...}", |vm| {
                    let mut s = String::from("{");
                    for (i, (k, val)) in items.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        s.push_str(vm.repr(k)?.payload_str());
                        s.push_str(": ");
                        s.push_str(vm.repr(val)?.payload_str());
                    }
                    s.push('}');
                    Ok(s)
                }));
            }
            Payload::Set(_) | Payload::FrozenSet(_) => return Some(setobj::set_repr(vm, v)),
            Payload::Bytes(b) => bytesobj::bytes_repr(b, "b"),
            Payload::ByteArray(b) => {
                let d = b.borrow().clone();
                format!("{})", bytesobj::bytes_repr(&d, "bytearray(b"))
            }
            Payload::Range(r) => rangeobj::range_repr(r),
            Payload::Slice(p) => {
                let p = p.clone();
                return Some((|| {
                    Ok(format!(
                        "slice({}, {}, {})",
                        vm.repr_string(&p[0])?,
                        vm.repr_string(&p[1])?,
                        vm.repr_string(&p[2])?
                    ))
                })());
            }
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::DictView(d, kind) => {
                let name = match kind {
                    DictIterKind::Keys => "dict_keys",
                    DictIterKind::Values => "dict_values",
                    DictIterKind::Items => "dict_items",
                };
                let items = dictobj::view_items(&Value::Obj(o.clone()));
                let _ = d;
                return Some(repr_guarded(vm, v, "...", |vm| {
                    Ok(format!("{}([{}])", name, join_reprs(vm, &items)?))
                }));
            }
            Payload::MappingProxy(d) => {
                let inner = Value::Obj(d.clone());
                return Some(
                    vm.repr_string(&inner)
                        .map(|s| format!("mappingproxy({})", s)),
                );
            }
            Payload::Module(_)
            | Payload::Type(_)
            | Payload::Function(_)
            | Payload::NativeFunction(_)
            | Payload::MethodDescr(_)
            | Payload::ClassMethodDescr(_)
            | Payload::BoundMethod(_)
            | Payload::Code(_)
            | Payload::Cell(_)
            | Payload::Generator(_)
            | Payload::Super(_)
            | Payload::WeakRef(_)
            | Payload::GetSet(_)
            | Payload::Member(_)
            | Payload::Exception(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::Native(_) => {
                return None;
            }
            Payload::Iter(_) | Payload::Object(_) | Payload::Property(_) => {
                objectobj::default_repr(v)
            }
        },
    }))
}

/// str() of builtin payloads where it differs from repr.
pub fn builtin_str(vm: &mut Vm, v: &Value) -> Option<PyResult<String>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(Ok(s.as_str().to_string())),
            Payload::Exception(_) => Some(crate::exceptions::exception_str(vm, v)),
            Payload::MappingProxy(d) => Some(
                vm.str(&Value::Obj(d.clone()))
                    .map(|s| s.payload_str().to_string()),
            ),
            Payload::Module(_) | Payload::Type(_) | Payload::Native(_) | Payload::Function(_) => {
                None
            }
            _ => builtin_repr(vm, v),
        },
        _ => builtin_repr(vm, v),
    }
}

/// Hash of builtin payloads; None for objects that use the generic path.
pub fn builtin_hash(vm: &mut Vm, v: &Value) -> Option<PyResult<i64>> {
    use crate::hash::*;
    let Value::Obj(o) = v else {
        return Some(vm.hash(v));
    };
    Some(Ok(match &o.payload {
        Payload::Str(s) => s.hash(),
        Payload::Int(b) => hash_bigint(b),
        Payload::Float(f) => hash_float(*f),
        Payload::Complex(r, i) => hash_complex(*r, *i),
        Payload::Bytes(b) => hash_bytes(b),
        Payload::Tuple(_) => return Some(tupleobj::tuple_hash(vm, o)),
        Payload::FrozenSet(_) => return Some(setobj::frozenset_hash(vm, v)),
        Payload::Range(r) => {
            let len = rangeobj::range_len(r);
            let (a, b) = (
                intobj::int_from_bigint(len.clone()),
                intobj::int_from_bigint(r.start.clone()),
            );
            let c = intobj::int_from_bigint(r.step.clone());
            let parts = if num_traits::Zero::is_zero(&len) {
                vec![a, Value::None, Value::None]
            } else if len == num_bigint::BigInt::from(1) {
                vec![a, b, Value::None]
            } else {
                vec![a, b, c]
            };
            let mut hs = Vec::new();
            for p in &parts {
                match vm.hash(p) {
                    Ok(h) => hs.push(h),
                    Err(e) => return Some(Err(e)),
                }
            }
            hash_tuple(hs.into_iter())
        }
        Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::ByteArray(_)
        | Payload::Slice(_) => {
            return Some(Err(vm.new_type_error(format!(
                "unhashable type: '{}'",
                types::type_name(v)
            ))));
        }
        Payload::DictView(_, DictIterKind::Keys | DictIterKind::Items)
        | Payload::MappingProxy(_) => {
            return Some(Err(vm.new_type_error(format!(
                "unhashable type: '{}'",
                types::type_name(v)
            ))));
        }
        Payload::BoundMethod(b) => {
            let (f, s) = (b.0.clone(), b.1.clone());
            let hf = match vm.hash(&f) {
                Ok(h) => h,
                Err(e) => return Some(Err(e)),
            };
            (s.id() >> 4) ^ hf
        }
        Payload::Native(_) | Payload::WeakRef(_) => return None,
        // Equal code objects wrap one compiled Code (see funcobj's c_eq).
        Payload::Code(c) => (std::rc::Rc::as_ptr(c) as usize >> 4) as i64,
        _ => v.id() >> 4,
    }))
}

/// Truth of builtin payloads; None when the generic protocol applies.
pub fn builtin_truthy(o: &PyObject) -> Option<bool> {
    Some(match &o.payload {
        Payload::Str(s) => !s.as_str().is_empty(),
        Payload::Int(b) => !num_traits::Zero::is_zero(b),
        Payload::Float(f) => *f != 0.0,
        Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Payload::List(l) => !l.borrow().is_empty(),
        Payload::Tuple(t) => !t.is_empty(),
        Payload::Dict(d) => !d.is_empty(),
        Payload::Set(s) | Payload::FrozenSet(s) => !s.borrow().is_empty(),
        Payload::Bytes(b) => !b.is_empty(),
        Payload::ByteArray(b) => !b.borrow().is_empty(),
        Payload::Range(r) => !num_traits::Zero::is_zero(&rangeobj::range_len(r)),
        Payload::DictView(d, _) => match &d.payload {
            Payload::Dict(dd) => !dd.is_empty(),
            _ => false,
        },
        Payload::MappingProxy(d) => match &d.payload {
            Payload::Dict(dd) => !dd.is_empty(),
            _ => false,
        },
        Payload::Native(n) => return n.container_len().map(|l| l != 0),
        // Its __bool__ warns.
        Payload::Object(_) | Payload::NotImplemented => return None,
        _ => true,
    })
}

/// len() of builtin payloads.
pub fn builtin_len(o: &PyObject) -> Option<usize> {
    Some(match &o.payload {
        Payload::Str(s) => s.char_len(),
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(d) => d.len(),
        Payload::Set(s) | Payload::FrozenSet(s) => s.borrow().len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.borrow().len(),
        Payload::Range(r) => num_traits::ToPrimitive::to_usize(&rangeobj::range_len(r))?,
        Payload::DictView(d, _) | Payload::MappingProxy(d) => match &d.payload {
            Payload::Dict(dd) => dd.len(),
            _ => 0,
        },
        Payload::Native(n) => n.container_len()?,
        _ => return None,
    })
}

/// `item in v` for builtin containers.
pub fn builtin_contains(vm: &mut Vm, v: &Value, item: &Value) -> Option<PyResult<bool>> {
    let Value::Obj(o) = v else { return None };
    Some(match &o.payload {
        Payload::Str(s) => match item.as_str() {
            Some(sub) => Ok(s.as_str().contains(sub.as_str())),
            None => Err(vm.new_type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                types::type_name(item)
            ))),
        },
        Payload::List(l) => {
            let mut i = 0;
            loop {
                let x = match l.borrow().get(i) {
                    Some(x) => x.clone(),
                    None => break Ok(false),
                };
                if x.is(item) {
                    break Ok(true);
                }
                match vm.eq(&x, item) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
                i += 1;
            }
        }
        Payload::Tuple(t) => {
            let items = t.to_vec();
            let mut r = Ok(false);
            for x in &items {
                if x.is(item) {
                    r = Ok(true);
                    break;
                }
                match vm.eq(x, item) {
                    Ok(true) => {
                        r = Ok(true);
                        break;
                    }
                    Ok(false) => {}
                    Err(e) => {
                        r = Err(e);
                        break;
                    }
                }
            }
            r
        }
        Payload::Dict(d) => d.contains(vm, item),
        Payload::Set(_) | Payload::FrozenSet(_) => setobj::set_contains(vm, v, item),
        Payload::Range(r) => rangeobj::range_contains(vm, r, item),
        Payload::Bytes(_) | Payload::ByteArray(_) => bytesobj::bytes_contains(vm, v, item),
        Payload::DictView(d, kind) => {
            let dv = Value::Obj(d.clone());
            let Some(dd) = dictobj::as_dict(&dv) else {
                return Some(Ok(false));
            };
            match kind {
                DictIterKind::Keys => dd.contains(vm, item),
                DictIterKind::Items => {
                    let Some(t) = tupleobj::tuple_items(item) else {
                        return Some(Ok(false));
                    };
                    if t.len() != 2 {
                        return Some(Ok(false));
                    }
                    let (k, val) = (t[0].clone(), t[1].clone());
                    match dd.get(vm, &k) {
                        Ok(Some(x)) => vm.eq(&x, &val),
                        Ok(None) => Ok(false),
                        Err(e) => Err(e),
                    }
                }
                DictIterKind::Values => {
                    let vals = dd.values();
                    let mut r = Ok(false);
                    for x in &vals {
                        match vm.eq(x, item) {
                            Ok(true) => {
                                r = Ok(true);
                                break;
                            }
                            Ok(false) => {}
                            Err(e) => {
                                r = Err(e);
                                break;
                            }
                        }
                    }
                    r
                }
            }
        }
        Payload::MappingProxy(d) => match &d.payload {
            Payload::Dict(dd) => dd.contains(vm, item),
            _ => Ok(false),
        },
        _ => return None,
    })
}

/// `v[key]` for builtin containers.
pub fn builtin_getitem(vm: &mut Vm, v: &Value, key: &Value) -> Option<PyResult<Value>> {
    let Value::Obj(o) = v else { return None };
    Some(match &o.payload {
        Payload::List(l) => listobj::list_getitem(vm, l, key),
        Payload::Tuple(t) => tupleobj::tuple_getitem(vm, t, key, v),
        Payload::Dict(d) => dictobj::dict_getitem(vm, v, d, key),
        Payload::Str(s) => strobj::str_getitem(vm, s, key, v),
        Payload::Bytes(_) | Payload::ByteArray(_) => bytesobj::bytes_getitem(vm, v, key),
        Payload::Range(r) => rangeobj::range_getitem(vm, r, key),
        Payload::MappingProxy(d) => match &d.payload {
            Payload::Dict(dd) => match dd.get(vm, key) {
                Ok(Some(x)) => Ok(x),
                Ok(None) => Err(vm.new_key_error(key.clone())),
                Err(e) => Err(e),
            },
            _ => Err(vm.new_key_error(key.clone())),
        },
        _ => return None,
    })
}

/// `v[key] = value` for builtin containers.
pub fn builtin_setitem(vm: &mut Vm, v: &Value, key: &Value, value: &Value) -> Option<PyResult<()>> {
    let Value::Obj(o) = v else { return None };
    Some(match &o.payload {
        Payload::List(l) => listobj::list_setitem(vm, l, key, value),
        Payload::Dict(d) => d.set(vm, key.clone(), value.clone()),
        Payload::ByteArray(_) => bytesobj::bytearray_setitem(vm, v, key, value),
        Payload::Tuple(_)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::Range(_)
        | Payload::MappingProxy(_) => Err(vm.new_type_error(format!(
            "'{}' object does not support item assignment",
            types::type_name(v)
        ))),
        _ => return None,
    })
}

/// `del v[key]` for builtin containers.
pub fn builtin_delitem(vm: &mut Vm, v: &Value, key: &Value) -> Option<PyResult<()>> {
    let Value::Obj(o) = v else { return None };
    Some(match &o.payload {
        Payload::List(l) => listobj::list_delitem(vm, l, key),
        Payload::Dict(d) => match d.remove(vm, key) {
            Ok(Some(old)) => {
                drop(old);
                Ok(())
            }
            Ok(None) => Err(vm.new_key_error(key.clone())),
            Err(e) => Err(e),
        },
        Payload::ByteArray(_) => bytesobj::bytearray_delitem(vm, v, key),
        Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::Range(_) => {
            Err(vm.delitem_unsupported(v, key))
        }
        _ => return None,
    })
}
