//! The `operator` module: the language's operators as functions, plus `itemgetter`,
//! `attrgetter` and `methodcaller`.

use crate::ast::{BinOp, UnaryOp};
use crate::bytecode::CompareKind;
use crate::modules::itertools::{native, new_native};
use crate::object::*;
use crate::objects::{funcobj, moduleobj, strobj, tupleobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{PyResult, Vm};

/// Fills the `operator` namespace.
pub fn init_module(vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let _ = vm;
    let mut all = Vec::new();
    for (name, dunder, f) in FUNCTIONS {
        let func = funcobj::new_native(name, *f, Some("operator"), 0);
        moduleobj::module_set(m, name, func.clone());
        if !dunder.is_empty() {
            moduleobj::module_set(m, dunder, func);
        }
        all.push(strobj::new_str(name.to_string()));
    }
    let (ig, ag, mc) = OPERATOR_TYPES.with(|t| t.clone());
    for (name, t) in [("itemgetter", ig), ("attrgetter", ag), ("methodcaller", mc)] {
        moduleobj::module_set(m, name, Value::Obj(t));
        all.push(strobj::new_str(name.to_string()));
    }
    all.sort_by(|a, b| a.as_rust_str().cmp(&b.as_rust_str()));
    moduleobj::module_set(m, "__all__", crate::objects::listobj::new_list(all));
    let abs = crate::objects::dictobj::dict_get_str(&vm.builtins_dict, &types::intern("abs"));
    moduleobj::module_set(m, "_abs", abs.unwrap_or(Value::None));
    Ok(())
}

type Entry = (&'static str, &'static str, NativeFn);

/// (name, dunder alias or "", implementation).
static FUNCTIONS: &[Entry] = &[
    ("abs", "__abs__", op_abs),
    ("add", "__add__", op_add),
    ("and_", "__and__", op_and),
    ("call", "__call__", op_call),
    ("concat", "__concat__", op_concat),
    ("contains", "__contains__", op_contains),
    ("countOf", "", op_count_of),
    ("delitem", "__delitem__", op_delitem),
    ("eq", "__eq__", op_eq),
    ("floordiv", "__floordiv__", op_floordiv),
    ("ge", "__ge__", op_ge),
    ("getitem", "__getitem__", op_getitem),
    ("gt", "__gt__", op_gt),
    ("iadd", "__iadd__", op_iadd),
    ("iand", "__iand__", op_iand),
    ("iconcat", "__iconcat__", op_iconcat),
    ("ifloordiv", "__ifloordiv__", op_ifloordiv),
    ("ilshift", "__ilshift__", op_ilshift),
    ("imatmul", "__imatmul__", op_imatmul),
    ("imod", "__imod__", op_imod),
    ("imul", "__imul__", op_imul),
    ("index", "__index__", op_index),
    ("indexOf", "", op_index_of),
    ("inv", "__inv__", op_invert),
    ("invert", "__invert__", op_invert),
    ("ior", "__ior__", op_ior),
    ("ipow", "__ipow__", op_ipow),
    ("irshift", "__irshift__", op_irshift),
    ("is_", "", op_is),
    ("is_not", "", op_is_not),
    ("isub", "__isub__", op_isub),
    ("itruediv", "__itruediv__", op_itruediv),
    ("ixor", "__ixor__", op_ixor),
    ("le", "__le__", op_le),
    ("length_hint", "", op_length_hint),
    ("lshift", "__lshift__", op_lshift),
    ("lt", "__lt__", op_lt),
    ("matmul", "__matmul__", op_matmul),
    ("mod", "__mod__", op_mod),
    ("mul", "__mul__", op_mul),
    ("ne", "__ne__", op_ne),
    ("neg", "__neg__", op_neg),
    ("not_", "__not__", op_not),
    ("or_", "__or__", op_or),
    ("pos", "__pos__", op_pos),
    ("pow", "__pow__", op_pow),
    ("rshift", "__rshift__", op_rshift),
    ("setitem", "__setitem__", op_setitem),
    ("sub", "__sub__", op_sub),
    ("truediv", "__truediv__", op_truediv),
    ("truth", "", op_truth),
    ("xor", "__xor__", op_xor),
];

/// One argument, with the `_operator.name()` wording CPython uses for these.
fn one<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if args.has_kw() {
        args.no_kw(vm, &format!("_operator.{}", name))?;
    }
    match args.pos {
        [v] => Ok(v),
        _ => Err(vm.new_type_error(format!(
            "_operator.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len()
        ))),
    }
}

/// Two (or `n`) positional arguments: `name expected 2 arguments, got 1`.
fn n_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        args.no_kw(vm, &format!("_operator.{}", name))?;
    }
    if args.pos.len() != n {
        return Err(vm.new_type_error(format!(
            "{} expected {} arguments, got {}",
            name,
            n,
            args.pos.len()
        )));
    }
    Ok(args.pos)
}

macro_rules! binary_ops {
    ($($fname:ident, $name:literal => $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let a = n_args(vm, &args, $name, 2)?;
                vm.binary_op(&a[0], &a[1], $op)
            }
        )*
    };
}

binary_ops! {
    op_add, "add" => BinOp::Add;
    op_sub, "sub" => BinOp::Sub;
    op_mul, "mul" => BinOp::Mult;
    op_truediv, "truediv" => BinOp::Div;
    op_floordiv, "floordiv" => BinOp::FloorDiv;
    op_mod, "mod" => BinOp::Mod;
    op_pow, "pow" => BinOp::Pow;
    op_lshift, "lshift" => BinOp::LShift;
    op_rshift, "rshift" => BinOp::RShift;
    op_and, "and_" => BinOp::BitAnd;
    op_or, "or_" => BinOp::BitOr;
    op_xor, "xor" => BinOp::BitXor;
    op_matmul, "matmul" => BinOp::MatMult;
}

macro_rules! inplace_ops {
    ($($fname:ident, $name:literal => $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let a = n_args(vm, &args, $name, 2)?;
                vm.inplace_op(a[0].clone(), a[1].clone(), $op)
            }
        )*
    };
}

inplace_ops! {
    op_iadd, "iadd" => BinOp::Add;
    op_isub, "isub" => BinOp::Sub;
    op_imul, "imul" => BinOp::Mult;
    op_itruediv, "itruediv" => BinOp::Div;
    op_ifloordiv, "ifloordiv" => BinOp::FloorDiv;
    op_imod, "imod" => BinOp::Mod;
    op_ipow, "ipow" => BinOp::Pow;
    op_ilshift, "ilshift" => BinOp::LShift;
    op_irshift, "irshift" => BinOp::RShift;
    op_iand, "iand" => BinOp::BitAnd;
    op_ior, "ior" => BinOp::BitOr;
    op_ixor, "ixor" => BinOp::BitXor;
    op_imatmul, "imatmul" => BinOp::MatMult;
}

macro_rules! compare_ops {
    ($($fname:ident, $name:literal => $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let a = n_args(vm, &args, $name, 2)?;
                vm.rich_compare(&a[0], &a[1], $op)
            }
        )*
    };
}

compare_ops! {
    op_lt, "lt" => CompareKind::Lt;
    op_le, "le" => CompareKind::Le;
    op_eq, "eq" => CompareKind::Eq;
    op_ne, "ne" => CompareKind::Ne;
    op_gt, "gt" => CompareKind::Gt;
    op_ge, "ge" => CompareKind::Ge;
}

fn op_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "abs")?;
    crate::builtins::builtin_abs_value(vm, v)
}

fn op_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "neg")?;
    vm.unary_op(v, UnaryOp::USub)
}

fn op_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "pos")?;
    vm.unary_op(v, UnaryOp::UAdd)
}

fn op_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "invert")?;
    vm.unary_op(v, UnaryOp::Invert)
}

fn op_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "not_")?;
    Ok(Value::Bool(!vm.truthy(v)?))
}

fn op_truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "truth")?;
    Ok(Value::Bool(vm.truthy(v)?))
}

fn op_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "index")?;
    vm.index(v)
}

fn op_is(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "is_", 2)?;
    Ok(Value::Bool(a[0].is(&a[1])))
}

fn op_is_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "is_not", 2)?;
    Ok(Value::Bool(!a[0].is(&a[1])))
}

fn op_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "contains", 2)?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

fn op_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "getitem", 2)?;
    vm.getitem(&a[0], &a[1])
}

fn op_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "setitem", 3)?;
    vm.setitem(&a[0], a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn op_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "delitem", 2)?;
    vm.delitem(&a[0], &a[1])?;
    Ok(Value::None)
}

/// Does `v` support the sequence protocol (a `__getitem__` that is not a mapping's)?
fn is_sequence(v: &Value) -> bool {
    if let Some(Payload::Dict(_)) = v.payload() {
        return false;
    }
    types::lookup_str(&types::class_of(v), "__getitem__").is_some()
}

fn concat_check(vm: &mut Vm, a: &Value) -> PyResult<()> {
    if is_sequence(a) {
        Ok(())
    } else {
        Err(vm.new_type_error(format!(
            "'{}' object can't be concatenated",
            types::type_name(a)
        )))
    }
}

fn op_concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "concat", 2)?;
    concat_check(vm, &a[0])?;
    vm.binary_op(&a[0], &a[1], BinOp::Add)
}

fn op_iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "iconcat", 2)?;
    concat_check(vm, &a[0])?;
    vm.inplace_op(a[0].clone(), a[1].clone(), BinOp::Add)
}

/// `iter(seq)` with the sequence-search wording for non-iterables.
fn search_iter(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    match vm.iter(seq) {
        Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {
            Err(vm.new_type_error(format!(
                "argument of type '{}' is not iterable",
                types::type_name(seq)
            )))
        }
        r => r,
    }
}

fn op_count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "countOf", 2)?;
    let it = search_iter(vm, &a[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if x.is(&a[1]) || vm.eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn op_index_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = n_args(vm, &args, "indexOf", 2)?;
    let it = search_iter(vm, &a[0])?;
    let mut i = 0i64;
    while let Some(x) = vm.next(&it)? {
        if x.is(&a[1]) || vm.eq(&x, &a[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.new_value_error("sequence.index(x): x not in sequence"))
}

fn op_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((f, rest)) = args.pos.split_first() else {
        return Err(vm.new_type_error("call expected at least 1 argument, got 0"));
    };
    vm.call_kw(f, rest, args.kwnames, args.kwvals)
}

/// `length_hint(obj, default=0)`.
fn op_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "_operator.length_hint")?;
    let a = args.range(vm, "length_hint", 1, 2)?;
    let default = match a.get(1) {
        Some(d) => match vm.index(d)? {
            Value::Int(n) => n,
            _ => return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
        },
        None => 0,
    };
    length_hint(vm, &a[0], default).map(Value::Int)
}

/// PEP 424 length hint: `len()` if defined, else `__length_hint__`, else `default`.
pub fn length_hint(vm: &mut Vm, obj: &Value, default: i64) -> PyResult<i64> {
    if let Some(n) = builtin_iter_remaining(obj) {
        return Ok(n);
    }
    let cls = types::class_of(obj);
    let has_len = match obj {
        Value::Obj(o) => {
            crate::objects::builtin_len(o).is_some() || types::lookup_str(&cls, "__len__").is_some()
        }
        _ => false,
    };
    if has_len {
        match vm.len(obj) {
            Ok(n) => return Ok(n as i64),
            Err(e) if vm.exception_matches(&e, &types().exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(hint) = types::lookup_str(&cls, "__length_hint__") else {
        return Ok(default);
    };
    let r = match vm.call_special(&hint, obj, &[]) {
        Ok(r) => r,
        Err(e) if vm.exception_matches(&e, &types().exc.type_error) => return Ok(default),
        Err(e) => return Err(e),
    };
    if Vm::is_not_implemented(&r) {
        return Ok(default);
    }
    let n = match &r {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t"))
        }
        other => {
            return Err(vm.new_type_error(format!(
                "__length_hint__ must be an integer, not {}",
                types::type_name(other)
            )))
        }
    };
    if n < 0 {
        return Err(vm.new_value_error("__length_hint__() should return >= 0"));
    }
    Ok(n)
}

/// Items left in the core's builtin iterators (they have no `__length_hint__` method).
fn builtin_iter_remaining(obj: &Value) -> Option<i64> {
    let Some(Payload::Iter(st)) = obj.payload() else {
        return None;
    };
    let st = st.borrow();
    let n = match &*st {
        IterState::List { list, index } => match &list.payload {
            Payload::List(l) => l.borrow().len().saturating_sub(*index) as i64,
            _ => return None,
        },
        IterState::ListReverse { list, index } => match &list.payload {
            Payload::List(l) if *index >= 0 && (*index as usize) < l.borrow().len() => {
                *index as i64 + 1
            }
            _ => 0,
        },
        IterState::Tuple { tuple, index } => match &tuple.payload {
            Payload::Tuple(t) => t.len().saturating_sub(*index) as i64,
            _ => return None,
        },
        IterState::Range { next, stop, step } => {
            let (n, s, st) = (*next as i128, *stop as i128, *step as i128);
            let r = if st > 0 && n < s {
                (s - n + st - 1) / st
            } else if st < 0 && n > s {
                (n - s - st - 1) / -st
            } else {
                0
            };
            r.min(i64::MAX as i128) as i64
        }
        IterState::Exhausted => 0,
        _ => return None,
    };
    Some(n)
}

// ----- itemgetter, attrgetter, methodcaller -----

thread_local! {
    static OPERATOR_TYPES: (PyRef, PyRef, PyRef) = (
        types::new_builtin_type("itemgetter", "operator", None, BaseKind::Internal, ITEMGETTER_METHODS, false),
        types::new_builtin_type("attrgetter", "operator", None, BaseKind::Internal, ATTRGETTER_METHODS, false),
        types::new_builtin_type("methodcaller", "operator", None, BaseKind::Internal, METHODCALLER_METHODS, false),
    );
}

/// `itemgetter(*items)`.
struct ItemGetter {
    items: Vec<Value>,
}

impl NativeObject for ItemGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(visit);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `attrgetter(*attrs)`: each attribute is a dotted path, split once here.
struct AttrGetter {
    names: Vec<Value>,
    paths: Vec<Vec<PyRef>>,
}

impl NativeObject for AttrGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.names.iter().for_each(visit);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `methodcaller(name, *args, **kwargs)`.
struct MethodCaller {
    name: PyRef,
    args: Vec<Value>,
    kwnames: Vec<PyRef>,
    kwvals: Vec<Value>,
}

impl NativeObject for MethodCaller {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.args.iter().chain(self.kwvals.iter()).for_each(visit);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn cls_arg(vm: &mut Vm, args: &Args) -> PyResult<PyRef> {
    match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => Ok(c.clone()),
        _ => Err(vm.new_type_error("__new__() requires a type argument")),
    }
}

fn self_of<'a, T: 'static>(vm: &mut Vm, args: &Args<'a>, tname: &str) -> PyResult<&'a T> {
    match args.pos.first().and_then(native::<T>) {
        Some(x) => Ok(x),
        None => Err(vm.new_type_error(format!(
            "descriptor for '{}' objects needs a '{}' object",
            tname, tname
        ))),
    }
}

fn itemgetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    args.no_kw(vm, "itemgetter")?;
    let items = args.pos.get(1..).unwrap_or(&[]);
    if items.is_empty() {
        return Err(vm.new_type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(new_native(
        &cls,
        ItemGetter {
            items: items.to_vec(),
        },
    ))
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ig = self_of::<ItemGetter>(vm, &args, "itemgetter")?;
    args.no_kw(vm, "itemgetter")?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "itemgetter expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let obj = &args.pos[1];
    if let [item] = ig.items.as_slice() {
        return vm.getitem(obj, item);
    }
    let mut out = Vec::with_capacity(ig.items.len());
    for item in &ig.items {
        out.push(vm.getitem(obj, item)?);
    }
    Ok(tupleobj::new_tuple(out))
}

fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ig = self_of::<ItemGetter>(vm, &args, "itemgetter")?;
    let inner = join_reprs(vm, &ig.items)?;
    Ok(strobj::new_str(format!("operator.itemgetter({})", inner)))
}

fn itemgetter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ig = self_of::<ItemGetter>(vm, &args, "itemgetter")?;
    let cls = Value::Obj(types::class_of(&args.pos[0]));
    Ok(tupleobj::new_tuple(vec![
        cls,
        tupleobj::new_tuple(ig.items.clone()),
    ]))
}

static ITEMGETTER_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", itemgetter_new),
    MethodDef::method("__call__", itemgetter_call),
    MethodDef::method("__repr__", itemgetter_repr),
    MethodDef::method("__reduce__", itemgetter_reduce),
];

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for x in items {
        parts.push(vm.repr_string(x)?);
    }
    Ok(parts.join(", "))
}

fn attrgetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    args.no_kw(vm, "attrgetter")?;
    let names = args.pos.get(1..).unwrap_or(&[]);
    if names.is_empty() {
        return Err(vm.new_type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(names.len());
    for n in names {
        let Some(s) = n.as_rust_str() else {
            return Err(vm.new_type_error("attribute name must be a string"));
        };
        paths.push(s.split('.').map(types::intern).collect());
    }
    Ok(new_native(
        &cls,
        AttrGetter {
            names: names.to_vec(),
            paths,
        },
    ))
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ag = self_of::<AttrGetter>(vm, &args, "attrgetter")?;
    args.no_kw(vm, "attrgetter")?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "attrgetter expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let resolve = |vm: &mut Vm, path: &[PyRef]| -> PyResult<Value> {
        let mut v = args.pos[1].clone();
        for name in path {
            v = vm.get_attr(&v, name)?;
        }
        Ok(v)
    };
    if let [path] = ag.paths.as_slice() {
        return resolve(vm, path);
    }
    let mut out = Vec::with_capacity(ag.paths.len());
    for path in &ag.paths {
        out.push(resolve(vm, path)?);
    }
    Ok(tupleobj::new_tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ag = self_of::<AttrGetter>(vm, &args, "attrgetter")?;
    let inner = join_reprs(vm, &ag.names)?;
    Ok(strobj::new_str(format!("operator.attrgetter({})", inner)))
}

fn attrgetter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ag = self_of::<AttrGetter>(vm, &args, "attrgetter")?;
    let cls = Value::Obj(types::class_of(&args.pos[0]));
    Ok(tupleobj::new_tuple(vec![
        cls,
        tupleobj::new_tuple(ag.names.clone()),
    ]))
}

static ATTRGETTER_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", attrgetter_new),
    MethodDef::method("__call__", attrgetter_call),
    MethodDef::method("__repr__", attrgetter_repr),
    MethodDef::method("__reduce__", attrgetter_reduce),
];

fn methodcaller_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    let Some(name) = args.pos.get(1) else {
        return Err(vm.new_type_error("methodcaller needs at least one argument, the method name"));
    };
    let name = match name {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => types::intern(o.payload_str()),
        _ => return Err(vm.new_type_error("method name must be a string")),
    };
    let mc = MethodCaller {
        name,
        args: args.pos.get(2..).unwrap_or(&[]).to_vec(),
        kwnames: args.kwnames.to_vec(),
        kwvals: args.kwvals.to_vec(),
    };
    Ok(new_native(&cls, mc))
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mc = self_of::<MethodCaller>(vm, &args, "methodcaller")?;
    args.no_kw(vm, "methodcaller")?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "methodcaller expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let m = vm.get_attr(&args.pos[1], &mc.name)?;
    vm.call_kw(&m, &mc.args, &mc.kwnames, &mc.kwvals)
}

fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mc = self_of::<MethodCaller>(vm, &args, "methodcaller")?;
    let mut parts = vec![strobj::repr_str(mc.name.payload_str())];
    for a in &mc.args {
        parts.push(vm.repr_string(a)?);
    }
    for (k, v) in mc.kwnames.iter().zip(mc.kwvals.iter()) {
        parts.push(format!("{}={}", k.payload_str(), vm.repr_string(v)?));
    }
    Ok(strobj::new_str(format!(
        "operator.methodcaller({})",
        parts.join(", ")
    )))
}

fn methodcaller_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mc = self_of::<MethodCaller>(vm, &args, "methodcaller")?;
    let cls = Value::Obj(types::class_of(&args.pos[0]));
    let name = Value::Obj(mc.name.clone());
    if mc.kwnames.is_empty() {
        let mut a = vec![name];
        a.extend(mc.args.iter().cloned());
        return Ok(tupleobj::new_tuple(vec![cls, tupleobj::new_tuple(a)]));
    }
    // Keyword arguments go through functools.partial, as CPython does.
    let functools = vm.import_module_simple("functools")?;
    let partial = vm.get_attr_str(&functools, "partial")?;
    let p = vm.call_kw(&partial, &[cls, name], &mc.kwnames, &mc.kwvals)?;
    Ok(tupleobj::new_tuple(vec![
        p,
        tupleobj::new_tuple(mc.args.clone()),
    ]))
}

static METHODCALLER_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", methodcaller_new),
    MethodDef::method("__call__", methodcaller_call),
    MethodDef::method("__repr__", methodcaller_repr),
    MethodDef::method("__reduce__", methodcaller_reduce),
];
