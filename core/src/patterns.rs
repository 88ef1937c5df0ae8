//! Runtime support for `match` statements: sequence/mapping tests, key and class matching.

use crate::object::*;
use crate::objects::{dictobj, tupleobj};
use crate::types::{self, types};
use crate::vm::{PyResult, Vm};

/// The classes whose instances (and subclasses' instances) are sequences or mappings for
/// `match` (CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING), by module and name.
const SEQUENCE_CLASSES: &[(&str, &str)] = &[
    ("builtins", "memoryview"),
    ("collections", "deque"),
    ("array", "array"),
    ("collections.abc", "Sequence"),
];
const MAPPING_CLASSES: &[(&str, &str)] = &[("collections.abc", "Mapping")];

/// Does the class of `v` or one of its bases appear in `table`? (Registration with
/// `collections.abc` via `register()` is not seen.)
fn mro_has(v: &Value, table: &[(&str, &str)]) -> bool {
    let cls = types::class_of(v);
    let Some(t) = types::type_data(&cls) else {
        return false;
    };
    let mro = t.mro.borrow().clone();
    mro.iter().any(|c| {
        let Some(td) = types::type_data(c) else {
            return false;
        };
        let name = td.name();
        let module = if td.is_heap() {
            td.dict()
                .get_rust_str("__module__")
                .and_then(|m| m.as_rust_str().map(|s| s.to_string()))
                .unwrap_or_default()
        } else {
            td.module.unwrap_or("builtins").to_string()
        };
        table.iter().any(|(m, n)| *m == module && *n == name)
    })
}

/// Is `v` a sequence for pattern matching (not str/bytes/bytearray)?
pub fn is_sequence(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => true,
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_)) => {
            false
        }
        Some(_) => mro_has(v, SEQUENCE_CLASSES),
        None => false,
    }
}

/// `is_sequence` (`mapping` false) or `is_mapping`, also true for instances of Python
/// classes registered with `collections.abc.Sequence`/`Mapping` (CPython flags such
/// classes in `register()`). The ABC is asked only once `collections.abc` is loaded.
pub fn is_collection_abc(vm: &mut Vm, v: &Value, mapping: bool) -> PyResult<bool> {
    if if mapping {
        is_mapping(v)
    } else {
        is_sequence(v)
    } {
        return Ok(true);
    }
    let heap_obj = matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Object(_)))
        && types::is_heap_class(&types::class_of(v));
    if !heap_obj {
        return Ok(false);
    }
    let m = match &vm.sys_modules.payload {
        Payload::Dict(d) => d.get_rust_str("_collections_abc"),
        _ => None,
    };
    let Some(m) = m else {
        return Ok(false);
    };
    let name = if mapping { "Mapping" } else { "Sequence" };
    let Some(abc) = vm.get_attr_opt(&m, &types::intern(name))? else {
        return Ok(false);
    };
    vm.isinstance(v, &abc)
}

/// Is `v` a mapping for pattern matching?
pub fn is_mapping(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Dict(_) | Payload::MappingProxy(_)) => true,
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)) => false,
        Some(_) => mro_has(v, MAPPING_CLASSES),
        None => false,
    }
}

/// Values for `keys` in `subject`, as a tuple, or None if any is missing (CPython's
/// `match_keys`: `subject.get(key, sentinel)` for each key, duplicates are a ValueError).
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = tupleobj::tuple_items(keys)
        .map(|k| k.to_vec())
        .unwrap_or_default();
    if keys.is_empty() {
        return Ok(tupleobj::new_tuple(Vec::new()));
    }
    let exact_dict = matches!(subject, Value::Obj(o) if std::ptr::eq(o.class.ptr(), std::rc::Rc::as_ptr(&types().dict)));
    let get = if exact_dict {
        None
    } else {
        Some(vm.get_attr(subject, &types::intern("get"))?)
    };
    let seen = crate::objects::setobj::new_set_from(vm, Vec::new(), false)?;
    let sentinel = vm.call(&Value::Obj(types().object.clone()), &[])?;
    let mut out = Vec::with_capacity(keys.len());
    for k in &keys {
        if crate::objects::setobj::set_contains(vm, &seen, k)? {
            let r = vm.repr_string(k)?;
            return Err(vm.new_value_error(format!("mapping pattern checks duplicate key ({})", r)));
        }
        crate::objects::setobj::set_add(vm, &seen, k.clone())?;
        let v = match &get {
            None => dictobj::as_dict(subject)
                .map(|d| d.get(vm, k))
                .transpose()?
                .flatten(),
            Some(get) => {
                let v = vm.call(get, &[k.clone(), sentinel.clone()])?;
                if v.is(&sentinel) {
                    None
                } else {
                    Some(v)
                }
            }
        };
        match v {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(tupleobj::new_tuple(out))
}

/// One attribute for a class pattern (None when missing); each name may be used once.
fn match_class_attr(
    vm: &mut Vm,
    subject: &Value,
    tname: &str,
    name: &Value,
    seen: &mut Vec<String>,
) -> PyResult<Option<Value>> {
    let s = name.as_rust_str().unwrap_or_default().to_string();
    if seen.contains(&s) {
        let r = vm.repr_string(name)?;
        return Err(vm.new_type_error(format!(
            "{}() got multiple sub-patterns for attribute {}",
            tname, r
        )));
    }
    seen.push(s);
    let Some(n) = name.as_obj() else {
        return Ok(None);
    };
    vm.get_attr_opt(subject, n)
}

/// Class pattern: attributes for positional and keyword sub-patterns, or None (CPython's
/// `match_class`).
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let Some(c) = cls
        .as_obj()
        .filter(|c| matches!(c.payload, Payload::Type(_)))
    else {
        return Err(vm.new_type_error("called match pattern must be a type"));
    };
    if !vm.isinstance(subject, cls)? {
        return Ok(Value::None);
    }
    let tname = types::type_data(c).map(types::tp_name).unwrap_or_default();
    let mut seen = Vec::new();
    let mut out = Vec::new();
    if npos > 0 {
        let (match_args, match_self) =
            match vm.get_attr_opt(cls, &types::intern("__match_args__"))? {
                Some(a) => match a.payload() {
                    Some(Payload::Tuple(t))
                        if std::rc::Rc::ptr_eq(&types::class_of(&a), &types().tuple) =>
                    {
                        (t.to_vec(), false)
                    }
                    _ => {
                        return Err(vm.new_type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            tname,
                            types::type_name(&a)
                        )));
                    }
                },
                None => {
                    let self_match = matches!(
                        types::type_data(c).map(|t| t.kind),
                        Some(
                            types::BaseKind::Int
                                | types::BaseKind::Bool
                                | types::BaseKind::Float
                                | types::BaseKind::Str
                                | types::BaseKind::Bytes
                                | types::BaseKind::ByteArray
                                | types::BaseKind::Tuple
                                | types::BaseKind::List
                                | types::BaseKind::Dict
                                | types::BaseKind::Set
                                | types::BaseKind::FrozenSet
                        )
                    );
                    (Vec::new(), self_match)
                }
            };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < npos {
            return Err(vm.new_type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                tname,
                allowed,
                if allowed == 1 { "" } else { "s" },
                npos
            )));
        }
        if match_self {
            out.push(subject.clone());
        } else {
            for a in match_args.iter().take(npos) {
                let exact_str = matches!(a, Value::Obj(o) if types::is_exact_str(o));
                if !exact_str {
                    return Err(vm.new_type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        types::type_name(a)
                    )));
                }
                match match_class_attr(vm, subject, &tname, a, &mut seen)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    for n in tupleobj::tuple_items(names)
        .map(|t| t.to_vec())
        .unwrap_or_default()
    {
        match match_class_attr(vm, subject, &tname, &n, &mut seen)? {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(tupleobj::new_tuple(out))
}

/// `{**rest}`: a dict copy of the subject without the matched keys.
pub fn copy_without_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let d = dictobj::new_dict();
    dictobj::dict_update_from(vm, &d, subject)?;
    if let Some(dd) = dictobj::as_dict(&d) {
        for k in tupleobj::tuple_items(keys)
            .map(|t| t.to_vec())
            .unwrap_or_default()
        {
            dd.remove(vm, &k)?;
        }
    }
    Ok(d)
}
