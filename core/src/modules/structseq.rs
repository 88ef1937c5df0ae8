//! Struct sequences (`time.struct_time`, `os.stat_result`): tuple subclasses whose items are
//! also named attributes, with extra attribute-only fields that are not part of the tuple.
//!
//! The first `n_seq` fields are the tuple items; the rest live in the instance dict under
//! private keys and are read by the same getters (`field::<I>`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::*;
use crate::objects::{strobj, tupleobj};
use crate::types::{self, BaseKind, MethodDef};
use crate::vm::{PyResult, Vm};

/// Describes one struct sequence type.
pub struct StructSeqDesc {
    /// Qualified name used in repr and messages ("time.struct_time").
    pub name: &'static str,
    /// Field names: the first `n_seq` are the tuple items (shown by repr), then hidden ones.
    pub fields: &'static [&'static str],
    pub n_seq: usize,
    /// Tuple items without an attribute of their own (os.stat_result's integer times).
    pub n_unnamed: usize,
}

thread_local! {
    static DESCS: RefCell<Vec<(PyRef, &'static StructSeqDesc)>> = const { RefCell::new(Vec::new()) };
}

/// Creates a struct sequence type; `methods` holds its getters (`field::<I>`), `__new__` and
/// `__repr__` (usually `repr`).
pub fn new_type(
    desc: &'static StructSeqDesc,
    name: &str,
    module: &'static str,
    methods: &'static [MethodDef],
) -> PyRef {
    let cls = types::new_builtin_type(
        name,
        module,
        Some(&types::types().tuple),
        BaseKind::Tuple,
        methods,
        false,
    );
    if let Some(t) = types::type_data(&cls) {
        let d = t.dict();
        d.set_str(
            types::intern("n_fields"),
            Value::Int(desc.fields.len() as i64),
        );
        d.set_str(
            types::intern("n_sequence_fields"),
            Value::Int(desc.n_seq as i64),
        );
        d.set_str(
            types::intern("n_unnamed_fields"),
            Value::Int(desc.n_unnamed as i64),
        );
        let names: Vec<Value> = desc.fields[..desc.n_seq - desc.n_unnamed]
            .iter()
            .map(|n| Value::Obj(types::intern(n)))
            .collect();
        d.set_str(types::intern("__match_args__"), tupleobj::new_tuple(names));
    }
    DESCS.with(|d| d.borrow_mut().push((cls.clone(), desc)));
    cls
}

/// Builds an instance from all field values (`values.len()` may be less than the number of
/// fields: missing hidden fields are None).
pub fn make(cls: &PyRef, desc: &StructSeqDesc, mut values: Vec<Value>) -> Value {
    let hidden: Vec<Value> = if values.len() > desc.n_seq {
        values.split_off(desc.n_seq)
    } else {
        Vec::new()
    };
    let v = types::new_obj_with_dict(cls, Payload::Tuple(values.into_boxed_slice()));
    if let Some(d) = v.as_obj().and_then(|o| o.dict()) {
        if let Payload::Dict(dd) = &d.payload {
            for (i, h) in hidden.into_iter().enumerate() {
                dd.set_str(types::intern(&hidden_key(desc.n_seq + i)), h);
            }
        }
    }
    v
}

fn hidden_key(i: usize) -> String {
    format!("_structseq_{}", i)
}

fn desc_of(v: &Value) -> Option<&'static StructSeqDesc> {
    let cls = types::class_of(v);
    let mro: Vec<PyRef> = types::type_data(&cls)
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    DESCS.with(|d| {
        let d = d.borrow();
        mro.iter().find_map(|c| {
            d.iter()
                .find(|(k, _)| Rc::ptr_eq(k, c))
                .map(|(_, desc)| *desc)
        })
    })
}

/// Getter for field `I` (a tuple item or a hidden field).
pub fn field<const I: usize>(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(desc) = desc_of(v) else {
        return Err(vm.new_type_error("struct sequence expected"));
    };
    if I < desc.n_seq {
        return Ok(tupleobj::tuple_items(v)
            .and_then(|t| t.get(I).cloned())
            .unwrap_or(Value::None));
    }
    let d = v.as_obj().and_then(|o| o.dict());
    Ok(match d.map(|d| &d.payload) {
        Some(Payload::Dict(dd)) => dd.get_rust_str(&hidden_key(I)).unwrap_or(Value::None),
        _ => Value::None,
    })
}

/// `__repr__`: `name(field=value, ...)` over the tuple items.
pub fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let Some(desc) = desc_of(v) else {
        return Err(vm.new_type_error("struct sequence expected"));
    };
    let items: Vec<Value> = tupleobj::tuple_items(v)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let mut out = String::from(desc.name);
    out.push('(');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(desc.fields.get(i).copied().unwrap_or("?"));
        out.push('=');
        out.push_str(&vm.repr_string(item)?);
    }
    out.push(')');
    Ok(strobj::new_str(out))
}

/// `__new__(cls, sequence, dict=None)`: validates the length as CPython does.
pub fn new_from_args(
    vm: &mut Vm,
    args: Args,
    desc: &'static StructSeqDesc,
    base: &PyRef,
) -> PyResult<Value> {
    let cls = crate::modules::native::new_cls(vm, &args, base)?;
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let b = rest.bind(
        vm,
        &crate::vm::ArgSpec {
            name: "structseq",
            params: &["sequence", "dict"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let seq = b[0].clone().unwrap_or(Value::None);
    let is_seq = matches!(seq.payload(), Some(Payload::Tuple(_) | Payload::List(_)))
        || types::lookup_str(&types::class_of(&seq), "__getitem__").is_some();
    if !is_seq || matches!(seq.payload(), Some(Payload::Dict(_))) {
        return Err(vm.new_type_error("constructor requires a sequence"));
    }
    let items = vm.collect_iter(&seq)?;
    let (min, max) = (desc.n_seq, desc.fields.len());
    if items.len() < min || items.len() > max {
        let msg = if min == max {
            format!(
                "{}() takes a {}-sequence ({}-sequence given)",
                desc.name,
                min,
                items.len()
            )
        } else if items.len() < min {
            format!(
                "{}() takes an at least {}-sequence ({}-sequence given)",
                desc.name,
                min,
                items.len()
            )
        } else {
            format!(
                "{}() takes an at most {}-sequence ({}-sequence given)",
                desc.name,
                max,
                items.len()
            )
        };
        return Err(vm.new_type_error(msg));
    }
    let mut values = items;
    // Missing hidden fields come from the dict argument by name, else None.
    let dict = b[1].clone().unwrap_or(Value::None);
    for i in values.len()..desc.fields.len() {
        let name = desc.fields[i];
        let v = match crate::objects::dictobj::as_dict(&dict) {
            Some(d) => d.get_rust_str(name).unwrap_or(Value::None),
            None => Value::None,
        };
        values.push(v);
    }
    Ok(make(&cls, desc, values))
}

/// `__reduce__`: `(type, (sequence fields, {hidden field name: value}))`, as CPython's.
pub fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let Some(desc) = desc_of(v) else {
        return Err(vm.new_type_error("struct sequence expected"));
    };
    let items: Vec<Value> = tupleobj::tuple_items(v)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let extra = crate::objects::dictobj::new_dict();
    if let Some(d) = crate::objects::dictobj::as_dict(&extra) {
        let own = v.as_obj().and_then(|o| o.dict());
        for (i, name) in desc.fields.iter().enumerate().skip(desc.n_seq) {
            let value = match own.map(|d| &d.payload) {
                Some(Payload::Dict(dd)) => dd.get_rust_str(&hidden_key(i)).unwrap_or(Value::None),
                _ => Value::None,
            };
            d.set_str(types::intern(name), value);
        }
    }
    Ok(tupleobj::new_tuple(vec![
        Value::Obj(types::class_of(v)),
        tupleobj::new_tuple(vec![tupleobj::new_tuple(items), extra]),
    ]))
}
