//! `dict`, its views and `mappingproxy`.

use std::rc::Rc;

use crate::ast::BinOp;
use crate::bytecode::CompareKind;
use crate::dict::PyDict;
use crate::object::*;
use crate::objects::{listobj, setobj, slots, tupleobj};
use crate::types::{self, types, MethodDef};
use crate::vm::{PyResult, Vm};

pub fn new_dict() -> Value {
    types::new_obj(&types().dict, Payload::Dict(PyDict::new()))
}

pub fn as_dict(v: &Value) -> Option<&PyDict> {
    match v.payload()? {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

pub fn dict_get_str(d: &PyRef, key: &PyRef) -> Option<Value> {
    match &d.payload {
        Payload::Dict(dd) => dd.get_str(key),
        _ => None,
    }
}

pub fn dict_set_str(d: &PyRef, key: PyRef, v: Value) {
    if let Payload::Dict(dd) = &d.payload {
        dd.set_str(key, v);
    }
}

pub fn dict_del_str(d: &PyRef, key: &str) -> Option<Value> {
    match &d.payload {
        Payload::Dict(dd) => dd.remove_str(key),
        _ => None,
    }
}

/// `d.update(m)` for a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &Value, m: &Value) -> PyResult<()> {
    let Some(dd) = as_dict(d) else { return Ok(()) };
    if let Some(src) = as_dict(m) {
        if iterates_as_dict(m) {
            if d.is(m) {
                return Ok(());
            }
            // CPython's dict_merge: an empty target takes the source's entries wholesale;
            // otherwise one big resize first, then key by key.
            let snapshot = src.data.borrow().clone();
            if dd.is_empty() {
                dd.data.borrow_mut().merge_from(&snapshot);
                return Ok(());
            }
            dd.data.borrow_mut().reserve_for(snapshot.len());
            for e in snapshot.entries.into_iter().filter(|e| !e.key.is_null()) {
                dd.set_hashed(vm, e.key, e.hash, e.value)?;
            }
            return Ok(());
        }
    }
    let keys_name = types::intern("keys");
    if let Some(keys) = vm.get_attr_opt(m, &keys_name)? {
        let ks = vm.call(&keys, &[])?;
        for k in vm.collect_iter(&ks)? {
            let v = vm.getitem(m, &k)?;
            dd.set(vm, k, v)?;
        }
        return Ok(());
    }
    Err(vm.new_attribute_error("keys"))
}

/// CPython's dict_merge copies a dict's entries directly unless its class overrides
/// `__iter__` (then it goes through `keys()` and `__getitem__`).
fn iterates_as_dict(m: &Value) -> bool {
    types::class_ptr(m) == Rc::as_ptr(&types().dict)
        || types::lookup_str(&types::class_of(m), "__iter__").is_some_and(|i| {
            matches!(i.payload(), Some(Payload::MethodDescr(nf)) if nf.owner == Some("dict") && nf.name == "__iter__")
        })
}

/// Update from an iterable of key/value pairs (dict(seq), d.update(seq)).
fn dict_update_pairs(vm: &mut Vm, d: &PyDict, seq: &Value) -> PyResult<()> {
    let it = vm.iter(seq)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect_iter(&item) {
            Ok(p) => p,
            Err(e) => {
                if vm.exception_matches(&e, &types().exc.type_error) {
                    return Err(vm.new_type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    )));
                }
                return Err(e);
            }
        };
        if pair.len() != 2 {
            return Err(vm.new_value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (
            p.next().unwrap_or(Value::None),
            p.next().unwrap_or(Value::None),
        );
        d.set(vm, k, v)?;
        i += 1;
    }
    Ok(())
}

fn dict_update_any(vm: &mut Vm, d: &PyDict, dv: &Value, other: &Value) -> PyResult<()> {
    let has_keys =
        as_dict(other).is_some() || vm.get_attr_opt(other, &types::intern("keys"))?.is_some();
    if has_keys {
        dict_update_from(vm, dv, other)
    } else {
        dict_update_pairs(vm, d, other)
    }
}

/// `f(**m)`: merges into the kwargs dict, rejecting duplicates and non-str keys.
pub fn dict_merge_kwargs(vm: &mut Vm, target: &Value, m: &Value, callable: &Value) -> PyResult<()> {
    let Some(dd) = as_dict(target) else {
        return Ok(());
    };
    let pairs: Vec<(Value, Value)> = match as_dict(m) {
        Some(src) if iterates_as_dict(m) => src.items(),
        _ => {
            let keys = match vm.get_attr_opt(m, &types::intern("keys"))? {
                Some(k) => k,
                None => {
                    let fname = vm.function_str(callable)?;
                    return Err(vm.new_type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        fname,
                        types::type_name(m)
                    )));
                }
            };
            let ks = vm.call(&keys, &[])?;
            let mut out = Vec::new();
            for k in vm.collect_iter(&ks)? {
                let v = vm.getitem(m, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in pairs {
        if k.as_str().is_none() {
            return Err(vm.new_type_error("keywords must be strings"));
        }
        if dd.contains(vm, &k)? {
            let fname = vm.function_str(callable)?;
            return Err(vm.new_type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                fname,
                k.as_rust_str().unwrap_or("")
            )));
        }
        dd.set(vm, k, v)?;
    }
    Ok(())
}

pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    vm.enter_native(" in comparison")?;
    let r = dict_eq_items(vm, a, b);
    vm.leave_native();
    r
}

fn dict_eq_items(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else {
        return Ok(false);
    };
    if x.len() != y.len() {
        return Ok(false);
    }
    // Looked up in `b` with the hash stored in `a` (as CPython: no second __hash__ call).
    let entries: Vec<(Value, i64, Value)> = x
        .data
        .borrow()
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .map(|e| (e.key.clone(), e.hash, e.value.clone()))
        .collect();
    for (k, h, v) in entries {
        match y.get_hashed(vm, &k, h)? {
            Some(w) => {
                if !(v.is(&w) || vm.eq(&v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

pub fn dict_or(vm: &mut Vm, l: &Value, r: &Value) -> PyResult<Value> {
    if as_dict(l).is_none() || as_dict(r).is_none() {
        return Ok(vm.not_implemented());
    }
    // CPython copies `l` with dict_merge: a subclass overriding `__iter__` is read
    // through `keys()` and `__getitem__`.
    let out = if iterates_as_dict(l) {
        let d = PyDict::from_data(as_dict(l).map(|x| x.copy_data()).unwrap_or_default());
        types::new_obj(&types().dict, Payload::Dict(d))
    } else {
        let out = new_dict();
        dict_update_from(vm, &out, l)?;
        out
    };
    dict_update_from(vm, &out, r)?;
    Ok(out)
}

pub fn dict_ior(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(d) = as_dict(a) {
        dict_update_any(vm, d, a, b)?;
    }
    Ok(a.clone())
}

/// `d[key]` with `__missing__` for subclasses.
pub fn dict_getitem(vm: &mut Vm, dv: &Value, d: &PyDict, key: &Value) -> PyResult<Value> {
    if let Some(v) = d.get(vm, key)? {
        return Ok(v);
    }
    let cls = types::class_of(dv);
    if types::is_heap_class(&cls) {
        if let Some(m) = types::lookup_str(&cls, "__missing__") {
            return vm.call_special(&m, dv, std::slice::from_ref(key));
        }
    }
    Err(vm.new_key_error(key.clone()))
}

fn self_dict<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyDict> {
    match args.pos.first().and_then(as_dict) {
        Some(d) => Ok(d),
        None => Err(vm.new_type_error(format!(
            "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object",
            name,
            args.pos.first().map(types::type_name).unwrap_or_default()
        ))),
    }
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = listobj::new_cls(vm, &args, "dict")?.clone();
    match &cls {
        Value::Obj(c) if !Rc::ptr_eq(c, &types().dict) => {
            let has_dict = types::type_data(c)
                .map(|t| t.has_flag(types::type_flags::HAS_DICT))
                .unwrap_or(false);
            let p = Payload::Dict(PyDict::new());
            Ok(if has_dict {
                types::new_obj_with_dict(c, p)
            } else {
                types::new_obj(c, p)
            })
        }
        _ => Ok(new_dict()),
    }
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__init__")?;
    if args.pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    if let Some(src) = args.pos.get(1) {
        dict_update_any(vm, d, &args.pos[0], src)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        d.set(vm, Value::Obj(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_dict(vm, &args, "keys")?;
    listobj::noargs(vm, &args, "dict.keys")?;
    Ok(new_view(&args.pos[0], DictIterKind::Keys))
}
fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_dict(vm, &args, "values")?;
    listobj::noargs(vm, &args, "dict.values")?;
    Ok(new_view(&args.pos[0], DictIterKind::Values))
}
fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_dict(vm, &args, "items")?;
    listobj::noargs(vm, &args, "dict.items")?;
    Ok(new_view(&args.pos[0], DictIterKind::Items))
}

pub fn new_view(d: &Value, kind: DictIterKind) -> Value {
    let t = types();
    let cls = match kind {
        DictIterKind::Keys => &t.dict_keys,
        DictIterKind::Values => &t.dict_values,
        DictIterKind::Items => &t.dict_items,
    };
    let o = d.as_obj().cloned().unwrap_or_else(|| types().dict.clone());
    types::new_obj(cls, Payload::DictView(o, kind))
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "get")?;
    let a = listobj::pos_args(vm, &args, "dict.get", "get", 1, 2)?;
    Ok(d.get(vm, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "setdefault")?;
    let a = listobj::pos_args(vm, &args, "dict.setdefault", "setdefault", 1, 2)?;
    if let Some(v) = d.get(vm, &a[0])? {
        return Ok(v);
    }
    let v = a.get(1).cloned().unwrap_or(Value::None);
    d.set(vm, a[0].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "pop")?;
    let a = listobj::pos_args(vm, &args, "dict.pop", "pop", 1, 2)?;
    if d.is_empty() {
        // CPython returns before hashing the key when the dict is empty.
        return match a.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.new_key_error(a[0].clone())),
        };
    }
    match d.remove(vm, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.new_key_error(a[0].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "popitem")?;
    listobj::noargs(vm, &args, "dict.popitem")?;
    let r = d.data.borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(tupleobj::new_tuple(vec![k, v])),
        None => Err(vm.new_key_error(crate::objects::strobj::new_str(
            "popitem(): dictionary is empty".into(),
        ))),
    }
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "update")?;
    if args.pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "update expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    if let Some(src) = args.pos.get(1) {
        dict_update_any(vm, d, &args.pos[0], src)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        d.set(vm, Value::Obj(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "clear")?;
    listobj::noargs(vm, &args, "dict.clear")?;
    d.clear();
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "copy")?;
    listobj::noargs(vm, &args, "dict.copy")?;
    if !iterates_as_dict(&args.pos[0]) {
        // As CPython's PyDict_Copy: a subclass overriding __iter__ merges by keys().
        // (self_dict found args.pos[0].)
        let out = new_dict();
        dict_update_from(vm, &out, &args.pos[0])?;
        return Ok(out);
    }
    Ok(types::new_obj(
        &types().dict,
        Payload::Dict(PyDict::from_data(d.copy_data())),
    ))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = listobj::pos_args(vm, &args, "dict.fromkeys", "fromkeys", 1, 2)?;
    let cls = args.pos[0].clone();
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let keys = vm.collect_iter(&a[0])?;
    let d = vm.call(&cls, &[])?;
    match as_dict(&d) {
        Some(dd) if !types::is_heap_class(&types::class_of(&d)) => {
            for k in keys {
                dd.set(vm, k, value.clone())?;
            }
        }
        _ => {
            for k in keys {
                vm.setitem(&d, k, value.clone())?;
            }
        }
    }
    Ok(d)
}

fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__reversed__")?;
    listobj::noargs(vm, &args, "dict.__reversed__")?;
    let len = d.data.borrow().entries.len();
    Ok(new_dict_iter(&args.pos[0], DictIterKind::Keys, true, len))
}

pub fn new_dict_iter(d: &Value, kind: DictIterKind, reverse: bool, start: usize) -> Value {
    let t = types();
    let cls = match (kind, reverse) {
        (DictIterKind::Keys, false) => &t.dict_keyiterator,
        (DictIterKind::Values, false) => &t.dict_valueiterator,
        (DictIterKind::Items, false) => &t.dict_itemiterator,
        (DictIterKind::Keys, true) => &t.dict_reversekeyiterator,
        (DictIterKind::Values, true) => &t.dict_reversevalueiterator,
        (DictIterKind::Items, true) => &t.dict_reverseitemiterator,
    };
    let o = d.as_obj().cloned().unwrap_or_else(|| types().dict.clone());
    let len = as_dict(d).map(|x| x.len()).unwrap_or(0);
    types::new_obj(
        cls,
        Payload::Iter(std::cell::RefCell::new(IterState::Dict {
            dict: o,
            index: if reverse { start } else { 0 },
            len,
            remaining: len,
            kind,
            reverse,
            last: Value::Null,
        })),
    )
}

fn dict_getitem_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__getitem__")?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "dict.__getitem__() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let a = args.exact(vm, "__getitem__", 2)?;
    dict_getitem(vm, &a[0], d, &a[1])
}

fn dict_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__sizeof__")?;
    Ok(Value::Int(d.data.borrow().cpython_sizeof() as i64))
}

pub static DICT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", dict_new),
    MethodDef::method("__init__", dict_init),
    MethodDef::method("keys", dict_keys),
    MethodDef::method("values", dict_values),
    MethodDef::method("items", dict_items),
    MethodDef::method("get", dict_get),
    MethodDef::method("setdefault", dict_setdefault),
    MethodDef::method("pop", dict_pop),
    MethodDef::method("popitem", dict_popitem),
    MethodDef::method("update", dict_update),
    MethodDef::method("clear", dict_clear),
    MethodDef::method("copy", dict_copy),
    MethodDef::classmethod("fromkeys", dict_fromkeys),
    MethodDef::method("__reversed__", dict_reversed),
    MethodDef::method("__sizeof__", dict_sizeof),
    MethodDef::classmethod("__class_getitem__", crate::objects::listobj::class_getitem),
    MethodDef::none("__hash__"),
    MethodDef::method("__getitem__", dict_getitem_m),
    MethodDef::method("__setitem__", slots::setitem),
    MethodDef::method("__delitem__", slots::delitem),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__or__", slots::or),
    MethodDef::method("__ror__", slots::ror),
    MethodDef::method("__ior__", slots::ior),
];

// ----- views -----

/// The dict behind a view.
pub fn view_dict(v: &Value) -> Option<(&PyRef, DictIterKind)> {
    match v.payload()? {
        Payload::DictView(d, k) => Some((d, *k)),
        _ => None,
    }
}

/// Items of a view as values (keys, values, or (k, v) tuples).
pub fn view_items(v: &Value) -> Vec<Value> {
    let Some((d, kind)) = view_dict(v) else {
        return Vec::new();
    };
    let Payload::Dict(dd) = &d.payload else {
        return Vec::new();
    };
    match kind {
        DictIterKind::Keys => dd.keys(),
        DictIterKind::Values => dd.values(),
        DictIterKind::Items => dd
            .items()
            .into_iter()
            .map(|(k, v)| tupleobj::new_tuple(vec![k, v]))
            .collect(),
    }
}

fn view_as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut data = crate::set::SetData::new();
    view_to_set_data(vm, v, &mut data)?;
    Ok(setobj::set_from_data(data))
}

/// CPython's dictviews_to_set: a keys view converts through its dict, anything else by
/// iteration.
fn view_to_set_data(vm: &mut Vm, v: &Value, data: &mut crate::set::SetData) -> PyResult<()> {
    match view_dict(v) {
        Some((d, DictIterKind::Keys)) => setobj::update_internal(vm, data, &Value::Obj(d.clone())),
        _ => setobj::update_internal(vm, data, v),
    }
}

fn is_set_view(v: &Value) -> bool {
    matches!(
        view_dict(v),
        Some((_, DictIterKind::Keys | DictIterKind::Items))
    )
}

/// `key in view` for a keys or items view.
fn view_contains(vm: &mut Vm, view: &Value, key: &Value) -> PyResult<bool> {
    let Some((d, kind)) = view_dict(view) else {
        return Ok(false);
    };
    let Payload::Dict(dd) = &d.payload else {
        return Ok(false);
    };
    if kind == DictIterKind::Keys {
        return dd.contains(vm, key);
    }
    let Some(pair) = tupleobj::tuple_items(key) else {
        return Ok(false);
    };
    if pair.len() != 2 {
        return Ok(false);
    }
    match dd.get(vm, &pair[0])? {
        Some(found) => Ok(found.is(&pair[1]) || vm.eq(&found, &pair[1])?),
        None => Ok(false),
    }
}

/// Set operators where one side is a keys/items view, as CPython's dictviews_* functions.
pub fn view_binop(vm: &mut Vm, l: &Value, r: &Value, op: BinOp) -> PyResult<Value> {
    if !(is_set_view(l) || is_set_view(r))
        || !matches!(
            op,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Sub
        )
    {
        return Ok(vm.not_implemented());
    }
    if op == BinOp::BitAnd {
        return view_intersect(vm, l, r);
    }
    let mut data = crate::set::SetData::new();
    view_to_set_data(vm, l, &mut data)?;
    match op {
        BinOp::BitOr => setobj::update_internal(vm, &mut data, r)?,
        BinOp::Sub => setobj::difference_update_internal(vm, &mut data, r, false)?,
        _ => setobj::symmetric_difference_update(vm, &mut data, r, false)?,
    }
    Ok(setobj::set_from_data(data))
}

/// CPython's _PyDictView_Intersect.
fn view_intersect(vm: &mut Vm, l: &Value, r: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if is_set_view(l) { (l, r) } else { (r, l) };
    let len_this = view_dict(this)
        .and_then(|(d, _)| as_dict(&Value::Obj(d.clone())).map(|x| x.len()))
        .unwrap_or(0);
    if types::class_ptr(other) == Rc::as_ptr(&types().set) && len_this <= setobj::set_len(other) {
        let data = setobj::intersection(vm, other, this)?;
        return Ok(setobj::set_from_data(data));
    }
    if is_set_view(other) {
        let len_other = view_dict(other)
            .and_then(|(d, _)| as_dict(&Value::Obj(d.clone())).map(|x| x.len()))
            .unwrap_or(0);
        if len_other > len_this {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let mut data = crate::set::SetData::new();
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if view_contains(vm, this, &k)? {
            let h = vm.hash(&k)?;
            data.add(k, h, &mut setobj::VmEq(vm))?;
        }
    }
    Ok(setobj::set_from_data(data))
}

pub fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> Option<PyResult<Value>> {
    let set_like = |v: &Value| {
        matches!(
            view_dict(v),
            Some((_, DictIterKind::Keys | DictIterKind::Items))
        ) || matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
    };
    if !(set_like(a) && set_like(b)) {
        return None;
    }
    Some((|| {
        let x = view_as_set(vm, a)?;
        let y = view_as_set(vm, b)?;
        vm.rich_compare(&x, &y, op)
    })())
}

fn view_mapping(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match view_dict(v) {
        Some((d, _)) => Ok(types::new_obj(
            &types().mappingproxy,
            Payload::MappingProxy(d.clone()),
        )),
        None => Err(vm.new_type_error("not a dict view")),
    }
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "isdisjoint", 2)?;
    let mine = view_items(&a[0]);
    for x in vm.collect_iter(&a[1])? {
        for m in &mine {
            if vm.eq(m, &x)? {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(true))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = listobj::unbound_self(vm, &args, "dict_view.__reversed__")?;
    listobj::noargs(
        vm,
        &args,
        &format!("{}.__reversed__", types::type_name(view)),
    )?;
    let (d, kind) = view_dict(view).ok_or_else(|| vm.new_type_error("not a dict view"))?;
    let dv = Value::Obj(d.clone());
    let len = as_dict(&dv)
        .map(|x| x.data.borrow().entries.len())
        .unwrap_or(0);
    Ok(new_dict_iter(&dv, kind, true, len))
}

pub static DICT_KEYS_METHODS: &[MethodDef] = &[
    MethodDef::none("__hash__"),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__reversed__", view_reversed),
    MethodDef::method("isdisjoint", view_isdisjoint),
    MethodDef::getter("mapping", view_mapping),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__ne__", slots::ne),
    MethodDef::method("__and__", slots::and),
    MethodDef::method("__rand__", slots::rand),
    MethodDef::method("__or__", slots::or),
    MethodDef::method("__ror__", slots::ror),
    MethodDef::method("__xor__", slots::xor),
    MethodDef::method("__rxor__", slots::rxor),
    MethodDef::method("__sub__", slots::sub),
    MethodDef::method("__rsub__", slots::rsub),
];

pub static DICT_VALUES_METHODS: &[MethodDef] = &[
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__reversed__", view_reversed),
    MethodDef::getter("mapping", view_mapping),
];

pub static DICT_ITEMS_METHODS: &[MethodDef] = DICT_KEYS_METHODS;

// ----- mappingproxy -----

fn proxy_inner(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::MappingProxy(d)) => Ok(Value::Obj(d.clone())),
        _ => Err(vm.new_type_error("not a mappingproxy")),
    }
}

fn proxy_forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let inner = proxy_inner(vm, &args)?;
    vm.call_method(&inner, name, &args.pos[1..])
}

fn proxy_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    proxy_forward(vm, args, "get")
}
fn proxy_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    proxy_forward(vm, args, "keys")
}
fn proxy_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    proxy_forward(vm, args, "values")
}
fn proxy_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    proxy_forward(vm, args, "items")
}
fn proxy_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    proxy_forward(vm, args, "copy")
}

fn proxy_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    proxy_forward(vm, args, "__reversed__")
}

/// `str(proxy)` is `str()` of the underlying mapping.
fn proxy_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let inner = proxy_inner(vm, &args)?;
    Ok(Value::Obj(vm.str(&inner)?))
}

fn proxy_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        ..args
    };
    let b = rest.bind(
        vm,
        &crate::vm::ArgSpec {
            name: "mappingproxy",
            params: &["mapping"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    match b[0].as_ref().unwrap_or(&Value::None) {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Ok(types::new_obj(
            &types().mappingproxy,
            Payload::MappingProxy(o.clone()),
        )),
        other => Err(vm.new_type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            types::type_name(other)
        ))),
    }
}

pub static MAPPINGPROXY_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", proxy_new),
    MethodDef::method("get", proxy_get),
    MethodDef::method("keys", proxy_keys),
    MethodDef::method("values", proxy_values),
    MethodDef::method("items", proxy_items),
    MethodDef::method("copy", proxy_copy),
    MethodDef::method("__getitem__", slots::getitem),
    MethodDef::method("__contains__", slots::contains),
    MethodDef::method("__len__", slots::len),
    MethodDef::method("__iter__", slots::iter),
    MethodDef::method("__repr__", slots::repr),
    MethodDef::method("__str__", proxy_str),
    MethodDef::method("__eq__", slots::eq),
    MethodDef::method("__reversed__", proxy_reversed),
    MethodDef::method("__or__", slots::or),
    MethodDef::method("__ror__", slots::ror),
];

/// Keys of any mapping as a list (for `**` and `dict(mapping)`).
pub fn mapping_keys(vm: &mut Vm, m: &Value) -> PyResult<Vec<Value>> {
    if let Some(d) = as_dict(m) {
        return Ok(d.keys());
    }
    let ks = vm.call_method(m, "keys", &[])?;
    vm.collect_iter(&ks)
}

pub fn list_of_keys(vm: &mut Vm, m: &Value) -> PyResult<Value> {
    Ok(listobj::new_list(mapping_keys(vm, m)?))
}
