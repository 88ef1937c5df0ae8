//! Runtime support for `match` statements: sequence/mapping tests, key and class matching.

use crate::object::*;
use crate::objects::{dictobj, tupleobj};
use crate::types::{self, types};
use crate::vm::{PyResult, Vm};

/// Is `v` a sequence for pattern matching (not str/bytes/bytearray)?
pub fn is_sequence(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => true,
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_)) => {
            false
        }
        _ => {
            let cls = types::class_of(v);
            // collections.abc.Sequence registration is approximated by __getitem__ + __len__
            // on classes that opt in via `__match_sequence__`-like flag attributes.
            types::lookup_str(&cls, "__wasipy_sequence__").is_some()
        }
    }
}

/// Is `v` a mapping for pattern matching?
pub fn is_mapping(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Dict(_) | Payload::MappingProxy(_)) => true,
        _ => {
            let cls = types::class_of(v);
            types::lookup_str(&cls, "__wasipy_mapping__").is_some()
        }
    }
}

/// Values for `keys` in `subject`, as a tuple, or None if any is missing.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = tupleobj::tuple_items(keys)
        .map(|k| k.to_vec())
        .unwrap_or_default();
    let mut out = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        if keys[..i].iter().any(|p| p.is(k)) {
            let r = vm.repr_string(k)?;
            return Err(vm.new_value_error(format!("mapping pattern checks duplicate key ({})", r)));
        }
        let v = if let Some(d) = dictobj::as_dict(subject) {
            d.get(vm, k)?
        } else {
            match vm.call_method(
                subject,
                "get",
                &[k.clone(), Value::Obj(types().object.clone())],
            ) {
                Ok(v) if v.is(&Value::Obj(types().object.clone())) => None,
                Ok(v) => Some(v),
                Err(e) => return Err(e),
            }
        };
        match v {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(tupleobj::new_tuple(out))
}

/// Class pattern: attributes for positional and keyword sub-patterns, or None.
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
        return Err(vm.new_type_error("called match pattern must be a class"));
    };
    if !vm.isinstance(subject, cls)? {
        return Ok(Value::None);
    }
    let mut out = Vec::new();
    if npos > 0 {
        let match_args = types::lookup_str(c, "__match_args__");
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
        ) && match_args.is_none();
        if self_match {
            if npos > 1 {
                let n = types::type_data(c).map(|t| t.name()).unwrap_or_default();
                return Err(vm.new_type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({} given)",
                    n, npos
                )));
            }
            out.push(subject.clone());
        } else {
            let args = match match_args {
                Some(a) => match a.payload() {
                    Some(Payload::Tuple(t)) => t.to_vec(),
                    _ => {
                        return Err(vm.new_type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            types::type_data(c).map(|t| t.name()).unwrap_or_default(),
                            types::type_name(&a)
                        )))
                    }
                },
                None => Vec::new(),
            };
            if npos > args.len() {
                let n = types::type_data(c).map(|t| t.name()).unwrap_or_default();
                return Err(vm.new_type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    n,
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    npos
                )));
            }
            for a in args.iter().take(npos) {
                let Some(name) = a.as_obj().filter(|o| matches!(o.payload, Payload::Str(_))) else {
                    return Err(vm.new_type_error("__match_args__ elements must be strings"));
                };
                match vm.get_attr_opt(subject, name)? {
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
        let Some(name) = n.as_obj() else { continue };
        match vm.get_attr_opt(subject, name)? {
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
