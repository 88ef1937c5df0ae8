//! The `builtins` module: builtin functions, and registration of builtin types and
//! exceptions. Functions are listed in one table, as in Lua's `lbaselib.c`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::ast::BinOp;
use crate::bytecode::{code_flags, CompareKind};
use crate::compiler::Mode;
use crate::object::*;
use crate::objects::{dictobj, funcobj, intobj, listobj, strobj, tupleobj};
use crate::types::{self, types};
use crate::vm::{ArgSpec, PyResult, Vm};

type Entry = (&'static str, NativeFn, u8);

const NF: u8 = native_flags::NEEDS_FRAME;
const NL: u8 = native_flags::NEEDS_FRAME | native_flags::NEEDS_LOCALS;

static FUNCTIONS: &[Entry] = &[
    ("abs", builtin_abs, 0),
    ("aiter", builtin_aiter, 0),
    ("all", builtin_all, 0),
    ("anext", builtin_anext, 0),
    ("any", builtin_any, 0),
    ("ascii", builtin_ascii, 0),
    ("bin", builtin_bin, 0),
    ("breakpoint", builtin_breakpoint, 0),
    ("callable", builtin_callable, 0),
    ("chr", builtin_chr, 0),
    ("compile", builtin_compile, NF),
    ("delattr", builtin_delattr, 0),
    ("dir", builtin_dir, NL),
    ("divmod", builtin_divmod, 0),
    ("eval", builtin_eval, NL),
    ("exec", builtin_exec, NL),
    ("format", builtin_format, 0),
    ("getattr", builtin_getattr, 0),
    ("globals", builtin_globals, NF),
    ("hasattr", builtin_hasattr, 0),
    ("hash", builtin_hash, 0),
    ("help", builtin_help, 0),
    ("hex", builtin_hex, 0),
    ("id", builtin_id, 0),
    ("input", builtin_input, 0),
    ("isinstance", builtin_isinstance, 0),
    ("issubclass", builtin_issubclass, 0),
    ("iter", builtin_iter, 0),
    ("len", builtin_len, 0),
    ("locals", builtin_locals, NL),
    ("max", builtin_max, 0),
    ("min", builtin_min, 0),
    ("next", builtin_next, 0),
    ("oct", builtin_oct, 0),
    ("open", builtin_open, 0),
    ("ord", builtin_ord, 0),
    ("pow", builtin_pow, 0),
    ("print", builtin_print, 0),
    ("repr", builtin_repr, 0),
    ("round", builtin_round, 0),
    ("setattr", builtin_setattr, 0),
    ("sorted", builtin_sorted, 0),
    ("sum", builtin_sum, 0),
    ("vars", builtin_vars, NL),
    ("__import__", builtin_import, NF),
    ("__build_class__", builtin_build_class, NF),
];

/// Fills the builtins module.
pub fn init(vm: &mut Vm) {
    let t = types();
    let d = match &vm.builtins_dict.payload {
        Payload::Dict(d) => d,
        _ => return,
    };
    let set = |name: &str, v: Value| d.set_str(types::intern(name), v);
    for (name, f, flags) in FUNCTIONS {
        set(name, funcobj::new_native(name, *f, None, *flags));
    }
    let type_entries: &[(&str, &PyRef)] = &[
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("property", &t.property),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ];
    for (name, ty) in type_entries {
        set(name, Value::Obj((*ty).clone()));
    }
    set(
        "memoryview",
        Value::Obj(crate::objects::memoryview::memoryview_type()),
    );
    for (name, e) in t.exc.all() {
        set(name, Value::Obj(e.clone()));
    }
    set("EnvironmentError", Value::Obj(t.exc.os_error.clone()));
    set("IOError", Value::Obj(t.exc.os_error.clone()));
    set("None", Value::None);
    set("True", Value::Bool(true));
    set("False", Value::Bool(false));
    set("Ellipsis", t.ellipsis.clone());
    set("NotImplemented", t.not_implemented.clone());
    set("__debug__", Value::Bool(true));
    set("__name__", strobj::new_str("builtins".into()));
    set("__doc__", Value::None);
}

// ----- simple functions -----

fn one<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&args.exact(vm, name, 1)?[0])
}

pub fn builtin_abs_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => intobj::int_from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) if !types::is_heap_class(&o.class()) => {
                Ok(intobj::int_from_bigint(b.abs()))
            }
            Payload::Float(f) if !types::is_heap_class(&o.class()) => Ok(Value::Float(f.abs())),
            Payload::Complex(r, i) if !types::is_heap_class(&o.class()) => {
                let h = crate::fmath::hypot(*r, *i);
                if h.is_infinite() && r.is_finite() && i.is_finite() {
                    return Err(vm.new_overflow_error("absolute value too large"));
                }
                Ok(Value::Float(h))
            }
            _ => {
                let cls = o.class();
                match types::lookup_str(&cls, "__abs__") {
                    Some(m) if !matches!(m.payload(), Some(Payload::MethodDescr(nf)) if nf.owner.is_some() && nf.name == "__abs__" && !types::is_heap_class(&cls)) =>
                    {
                        if let Some(Payload::MethodDescr(nf)) = m.payload() {
                            if !types::is_heap_class(&cls) || nf.owner.is_some() {
                                // Builtin __abs__ on a subclass instance: compute on the payload.
                                return match &o.payload {
                                    Payload::Int(b) => Ok(intobj::int_from_bigint(b.abs())),
                                    Payload::Float(f) => Ok(Value::Float(f.abs())),
                                    Payload::Complex(r, i) => {
                                        Ok(Value::Float(crate::fmath::hypot(*r, *i)))
                                    }
                                    _ => vm.call_special(&m, v, &[]),
                                };
                            }
                        }
                        vm.call_special(&m, v, &[])
                    }
                    Some(m) => vm.call_special(&m, v, &[]),
                    None => Err(vm.new_type_error(format!(
                        "bad operand type for abs(): '{}'",
                        types::type_name(v)
                    ))),
                }
            }
        },
        _ => Err(vm.new_type_error(format!(
            "bad operand type for abs(): '{}'",
            types::type_name(v)
        ))),
    }
}

/// The recursion-limit context of CPython's C calls (one-argument builtins, instance and
/// class calls).
pub(crate) const CALLING: &str = " while calling a Python object";

fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "abs")?;
    // A one-argument builtin counts towards the recursion limit, as in CPython.
    vm.enter_native(CALLING)?;
    let r = builtin_abs_value(vm, v);
    vm.leave_native();
    r
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "all")?;
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "any")?;
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "aiter")?;
    let cls = types::class_of(v);
    let Some(m) = types::lookup_str(&cls, "__aiter__") else {
        return Err(vm.new_type_error(format!(
            "'{}' object is not an async iterable",
            types::type_name(v)
        )));
    };
    let it = vm.call_special(&m, v, &[])?;
    if types::lookup_str(&types::class_of(&it), "__anext__").is_none() {
        return Err(vm.new_type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            types::type_name(&it)
        )));
    }
    Ok(it)
}

fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "anext", 1, 2)?;
    let cls = types::class_of(&a[0]);
    let aw = match types::lookup_str(&cls, "__anext__") {
        Some(m) => vm.call_special(&m, &a[0], &[])?,
        None => {
            return Err(vm.new_type_error(format!(
                "'{}' object is not an async iterator",
                types::type_name(&a[0])
            )))
        }
    };
    match a.get(1) {
        Some(default) => crate::objects::genobj::anext_with_default(vm, &aw, default.clone()),
        None => Ok(aw),
    }
}

fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "ascii")?;
    vm.enter_native(CALLING)?;
    let r = vm.repr(v);
    vm.leave_native();
    let r = r?;
    // An all-ASCII repr is returned as is (a str subclass stays one).
    if r.payload_str().is_ascii() {
        return Ok(Value::Obj(r));
    }
    Ok(strobj::new_str(strobj::ascii_escape(r.payload_str())))
}

fn radix_str(vm: &mut Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let i = vm.index(v)?;
    if let Value::Int(n) = i {
        let m = n.unsigned_abs();
        let sign = if n < 0 { "-" } else { "" };
        return Ok(strobj::new_str(match radix {
            2 => format!("{sign}{prefix}{m:b}"),
            8 => format!("{sign}{prefix}{m:o}"),
            _ => format!("{sign}{prefix}{m:x}"),
        }));
    }
    let b = intobj::to_bigint(&i).unwrap_or_default();
    let s = if b.is_negative() {
        format!("-{}{}", prefix, (-b).to_str_radix(radix))
    } else {
        format!("{}{}", prefix, b.to_str_radix(radix))
    };
    Ok(strobj::new_str(s))
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "bin")?;
    radix_str(vm, v, 2, "0b")
}
fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "oct")?;
    radix_str(vm, v, 8, "0o")
}
fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "hex")?;
    radix_str(vm, v, 16, "0x")
}

fn builtin_breakpoint(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.flush_stdout();
    eprintln!("breakpoint(): debugging is not available in the wasipy sandbox");
    Ok(Value::None)
}

fn builtin_help(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.write_stdout("help() is not available in the wasipy sandbox\n")?;
    Ok(Value::None)
}

pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_)
            | Payload::NativeFunction(_)
            | Payload::MethodDescr(_)
            | Payload::ClassMethodDescr(_)
            | Payload::BoundMethod(_)
            | Payload::Type(_) => true,
            _ => types::lookup_str(&o.class(), "__call__").is_some(),
        },
        _ => false,
    }
}

fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "callable")?;
    Ok(Value::Bool(is_callable(v)))
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "chr")?;
    let i = vm.index(v)?;
    // The argument is a C int.
    let Some(i) = intobj::to_i64(&i).and_then(|i| i32::try_from(i).ok()) else {
        return Err(vm.new_overflow_error("Python int too large to convert to C int"));
    };
    match u32::try_from(i).ok().filter(|c| *c < 0x110000) {
        Some(c) => Ok(strobj::new_str(
            crate::unicode::char_of(c).unwrap_or('\u{fffd}').to_string(),
        )),
        None => Err(vm.new_value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "ord")?;
    match v.payload() {
        Some(Payload::Str(s)) => {
            let n = s.char_len();
            if n != 1 {
                return Err(vm.new_type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                )));
            }
            Ok(Value::Int(
                s.as_str()
                    .chars()
                    .next()
                    .map(|c| crate::unicode::code_of(c) as i64)
                    .unwrap_or(0),
            ))
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let d = crate::objects::bytesobj::bytes_data(v).unwrap_or_default();
            if d.len() != 1 {
                return Err(vm.new_type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    d.len()
                )));
            }
            Ok(Value::Int(d[0] as i64))
        }
        _ => Err(vm.new_type_error(format!(
            "ord() expected string of length 1, but {} found",
            types::type_name(v)
        ))),
    }
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "delattr", 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.del_attr(&a[0], &name)?;
    Ok(Value::None)
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => {
            if types::is_exact_str(o) {
                Ok(types::intern(o.payload_str()))
            } else {
                Ok(o.clone())
            }
        }
        _ => Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            types::type_name(v)
        ))),
    }
}

fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match a.get(2) {
        None => vm.get_attr(&a[0], &name),
        Some(d) => Ok(vm.get_attr_opt(&a[0], &name)?.unwrap_or_else(|| d.clone())),
    }
}

fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "hasattr", 2)?;
    let name = attr_name(vm, &a[1])?;
    Ok(Value::Bool(vm.get_attr_opt(&a[0], &name)?.is_some()))
}

fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "setattr", 3)?;
    let name = attr_name(vm, &a[1])?;
    vm.set_attr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "divmod", 2)?;
    let (x, y) = (&a[0], &a[1]);
    if let (Some(p), Some(q)) = (crate::ops::as_num(x, false), crate::ops::as_num(y, false)) {
        if !matches!(p, crate::ops::Num::Complex(..)) && !matches!(q, crate::ops::Num::Complex(..))
        {
            return crate::ops::num_divmod(vm, &p, &q);
        }
    }
    let cx = types::class_of(x);
    let cy = types::class_of(y);
    let mut rslot = if Rc::ptr_eq(&cx, &cy) {
        None
    } else {
        types::lookup_str(&cy, "__rdivmod__")
    };
    // A subclass that overrides the reflected method gets the first turn.
    if let Some(m) = rslot.clone() {
        let overrides = match types::lookup_str(&cx, "__rdivmod__") {
            Some(base) => !base.is(&m),
            None => true,
        };
        if overrides && types::is_subtype(&cy, &cx) {
            let r = vm.call_special(&m, y, std::slice::from_ref(x))?;
            if !Vm::is_not_implemented(&r) {
                return Ok(r);
            }
            rslot = None;
        }
    }
    if let Some(m) = types::lookup_str(&cx, "__divmod__") {
        let r = vm.call_special(&m, x, std::slice::from_ref(y))?;
        if !Vm::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(m) = rslot {
        let r = vm.call_special(&m, y, std::slice::from_ref(x))?;
        if !Vm::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(vm.new_type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        types::type_name(x),
        types::type_name(y)
    )))
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(s) => match s.as_rust_str() {
            Some(x) => x.to_string(),
            None => {
                return Err(vm.new_type_error(format!(
                    "format() argument 2 must be str, not {}",
                    crate::objects::strobj::clinic_type_name(s)
                )))
            }
        },
        None => String::new(),
    };
    vm.format(&a[0], &spec)
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "hash")?;
    vm.enter_native(CALLING)?;
    let r = vm.hash(v);
    vm.leave_native();
    Ok(Value::Int(r?))
}

fn builtin_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "id")?;
    Ok(Value::Int(v.id()))
}

fn builtin_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "input", 0, 1)?;
    for name in ["stdin", "stdout", "stderr"] {
        if crate::objects::moduleobj::module_get(&vm.sys, name).is_none_or(|f| f.is_none()) {
            return Err(vm.new_runtime_error(format!("input(): lost sys.{name}")));
        }
    }
    if let Some(p) = a.first() {
        let s = vm.str_string(p)?;
        vm.write_stdout(&s)?;
    }
    vm.flush_stdout();
    crate::modules::sys::read_stdin_line(vm)
}

fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "isinstance", 2)?;
    Ok(Value::Bool(vm.isinstance(&a[0], &a[1])?))
}

fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "issubclass", 2)?;
    Ok(Value::Bool(vm.issubclass(&a[0], &a[1])?))
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "iter", 1, 2)?;
    match a.get(1) {
        None => vm.iter(&a[0]),
        Some(sentinel) => {
            if !is_callable(&a[0]) {
                return Err(vm.new_type_error("iter(v, w): v must be callable"));
            }
            Ok(crate::objects::iterobj::callable_iter(
                a[0].clone(),
                sentinel.clone(),
            ))
        }
    }
}

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "len")?;
    if let Some(Payload::Range(r)) = v.payload() {
        return match crate::objects::rangeobj::range_len(r).to_i64() {
            Some(n) => Ok(Value::Int(n)),
            None => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
        };
    }
    Ok(Value::Int(vm.len_i64(v)?))
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "next", 1, 2)?;
    let it = &a[0];
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        || types::lookup_str(&types::class_of(it), "__next__").is_some();
    if !is_iter {
        return Err(vm.new_type_error(format!(
            "'{}' object is not an iterator",
            types::type_name(it)
        )));
    }
    if a.len() == 1 {
        // Let StopIteration (with its value) propagate from __next__.
        if let Some(Payload::Generator(g)) = it.payload() {
            return match crate::objects::genobj::resume(vm, g, Value::None, None)? {
                crate::objects::genobj::SendResult::Yield(v) => Ok(v),
                crate::objects::genobj::SendResult::Return(r) => Err(vm.new_stop_iteration(r)),
            };
        }
        if let Some(r) = vm.fast_next(it) {
            return match r? {
                Some(v) => Ok(v),
                None => Err(vm.new_stop_iteration(Value::None)),
            };
        }
        let cls = types::class_of(it);
        let m = types::lookup_str(&cls, "__next__")
            .ok_or_else(|| vm.new_type_error("not an iterator"))?;
        return vm.call_special(&m, it, &[]);
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Ok(a[1].clone()),
    }
}

fn min_max(vm: &mut Vm, args: Args, name: &'static str, op: CompareKind) -> PyResult<Value> {
    let mut key = Value::None;
    let mut default: Option<Value> = None;
    if args.pos.is_empty() {
        return Err(vm.new_type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    if args.kwnames.len() > 2 {
        return Err(vm.new_type_error(format!(
            "{}() takes at most 2 keyword arguments ({} given)",
            name,
            args.kwnames.len()
        )));
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        match k.payload_str() {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    other, name
                )));
            }
        }
    }
    let items: Vec<Value> = match args.pos.len() {
        0 => return Err(vm.new_type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.collect_iter(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.new_type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.new_value_error(format!("{}() arg is an empty sequence", name))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = if key.is_none() {
        best.clone()
    } else {
        vm.call(&key, &[best.clone()])?
    };
    for x in items.into_iter().skip(1) {
        let k = if key.is_none() {
            x.clone()
        } else {
            vm.call(&key, std::slice::from_ref(&x))?
        };
        let better = match (&k, &best_key) {
            (Value::Int(a), Value::Int(b)) => {
                if op == CompareKind::Gt {
                    a > b
                } else {
                    a < b
                }
            }
            _ => {
                let r = vm.rich_compare(&k, &best_key, op)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = x;
            best_key = k;
        }
    }
    Ok(best)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CompareKind::Gt)
}
fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CompareKind::Lt)
}

fn builtin_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let io = vm.import_module_simple("io")?;
    let open = vm.get_attr_str(&io, "open")?;
    vm.call_kw(&open, args.pos, args.kwnames, args.kwvals)
}

/// `pow(base, exp, mod)` for ints.
pub fn pow3(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(md)) = (
        intobj::to_bigint(base),
        intobj::to_bigint(exp),
        intobj::to_bigint(m),
    ) else {
        // The first float or complex operand's ternary slot decides the error.
        for v in [base, exp, m] {
            match crate::ops::as_num(v, true) {
                Some(crate::ops::Num::Float(_)) => {
                    return Err(vm.new_type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ))
                }
                // complex's slot first converts base and exponent (else NotImplemented).
                Some(crate::ops::Num::Complex(..))
                    if crate::ops::as_num(base, true).is_some()
                        && crate::ops::as_num(exp, true).is_some() =>
                {
                    return Err(vm.new_value_error("complex modulo"))
                }
                _ => {}
            }
        }
        return Err(vm.new_type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            types::type_name(base),
            types::type_name(exp),
            types::type_name(m)
        )));
    };
    if md.is_zero() {
        return Err(vm.new_value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_mod = md.is_negative();
    let mabs = md.abs();
    let mut b = b.mod_floor(&mabs);
    let mut e = e;
    if e.is_negative() {
        // Modular inverse.
        let g = b.extended_gcd(&mabs);
        if !g.gcd.is_one() {
            return Err(vm.new_value_error("base is not invertible for the given modulus"));
        }
        b = g.x.mod_floor(&mabs);
        e = -e;
    }
    let mut r = b.modpow(&e, &mabs);
    if neg_mod && !r.is_zero() {
        r -= &mabs;
    }
    Ok(intobj::int_from_bigint(r))
}

fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &ArgSpec {
            name: "pow",
            params: &["base", "exp", "mod"],
            required: 2,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let base = b[0].clone().unwrap_or(Value::None);
    let exp = b[1].clone().unwrap_or(Value::None);
    match &b[2] {
        Some(m) if !m.is_none() => {
            let cls = types::class_of(&base);
            if types::is_heap_class(&cls) {
                if let Some(f) = types::lookup_str(&cls, "__pow__") {
                    let r = vm.call_special(&f, &base, &[exp.clone(), m.clone()])?;
                    if !r.is(&types().not_implemented) {
                        return Ok(r);
                    }
                }
            }
            pow3(vm, &base, &exp, m)
        }
        _ => vm.binary_op(&base, &exp, BinOp::Pow),
    }
}

fn builtin_print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Counts towards the recursion limit (CPython's generic builtin call), which decides
    // where a recursive __str__/__repr__ reached through print() stops.
    vm.enter_native(CALLING)?;
    let r = print_impl(vm, args);
    vm.leave_native();
    r
}

fn print_impl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep: Option<String> = None;
    let mut end: Option<String> = None;
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        match k.payload_str() {
            "sep" => {
                if !v.is_none() {
                    match v.as_rust_str() {
                        Some(s) => sep = Some(s.to_string()),
                        None => {
                            return Err(vm.new_type_error(format!(
                                "sep must be None or a string, not {}",
                                types::type_name(v)
                            )))
                        }
                    }
                }
            }
            "end" => {
                if !v.is_none() {
                    match v.as_rust_str() {
                        Some(s) => end = Some(s.to_string()),
                        None => {
                            return Err(vm.new_type_error(format!(
                                "end must be None or a string, not {}",
                                types::type_name(v)
                            )))
                        }
                    }
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            other => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for print()",
                    other
                )))
            }
        }
    }
    let target = if file.is_none() {
        match crate::objects::moduleobj::module_get(&vm.sys, "stdout") {
            Some(out) => out,
            None => return Err(vm.new_runtime_error("lost sys.stdout")),
        }
    } else {
        file
    };
    if target.is_none() {
        return Ok(Value::None);
    }
    if !crate::modules::sys::is_std_stream(&target) {
        // A Python file object: one write() per piece, as CPython does.
        let sep_v = strobj::new_str(sep.unwrap_or_else(|| " ".to_string()));
        for (i, a) in args.pos.iter().enumerate() {
            if i > 0 {
                vm.call_method(&target, "write", std::slice::from_ref(&sep_v))?;
            }
            let s = vm.str(a)?;
            vm.call_method(&target, "write", &[Value::Obj(s)])?;
        }
        vm.call_method(
            &target,
            "write",
            &[strobj::new_str(end.unwrap_or_else(|| "\n".to_string()))],
        )?;
        if flush {
            vm.call_method(&target, "flush", &[])?;
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_deref().unwrap_or(" "));
        }
        match a {
            Value::Obj(o) if types::is_exact_str(o) => out.push_str(o.payload_str()),
            Value::Int(n) => {
                use std::fmt::Write;
                let _ = write!(out, "{}", n);
            }
            _ => {
                let s = vm.str(a)?;
                out.push_str(s.payload_str());
            }
        }
    }
    out.push_str(end.as_deref().unwrap_or("\n"));
    crate::modules::sys::print_to(vm, &target, &out, flush)?;
    Ok(Value::None)
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "repr")?;
    vm.enter_native(CALLING)?;
    let r = vm.repr(v);
    vm.leave_native();
    Ok(Value::Obj(r?))
}

fn builtin_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &ArgSpec {
            name: "round",
            params: &["number", "ndigits"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let n = b[0].clone().unwrap_or(Value::None);
    let nd = b[1].clone().filter(|x| !x.is_none());
    match (&n, &nd) {
        (Value::Int(_) | Value::Bool(_), None) => {
            return Ok(intobj::int_from_bigint(
                intobj::to_bigint(&n).unwrap_or_default(),
            ))
        }
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(vm.new_value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
            }
            return intobj::float_to_int(vm, crate::objects::floatobj::round_half_even(*f));
        }
        (Value::Float(f), Some(d)) => {
            let d = vm.index(d)?;
            let d = intobj::to_i64(&d).unwrap_or(
                if intobj::to_bigint(&d)
                    .map(|b| b.is_negative())
                    .unwrap_or(false)
                {
                    i64::MIN
                } else {
                    i64::MAX
                },
            );
            return crate::objects::floatobj::round_float_value(vm, *f, d);
        }
        _ => {}
    }
    let cls = types::class_of(&n);
    match types::lookup_str(&cls, "__round__") {
        Some(m) => match nd {
            Some(d) => vm.call_special(&m, &n, &[d]),
            None => vm.call_special(&m, &n, &[]),
        },
        None => Err(vm.new_type_error(format!(
            "type {} doesn't define __round__ method",
            types::type_name(&n)
        ))),
    }
}

fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        if args.pos.is_empty() {
            return Err(vm.new_type_error("sorted expected 1 argument, got 0"));
        }
        return Err(vm.new_type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let mut key = Value::None;
    let mut reverse = false;
    if args.kwnames.len() > 2 {
        return Err(vm.new_type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            args.kwnames.len()
        )));
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        match k.payload_str() {
            "key" => key = v.clone(),
            "reverse" => {
                // Argument Clinic reads `reverse` as a C int.
                reverse = match v {
                    Value::Bool(b) => *b,
                    Value::Int(i) => *i != 0,
                    _ => {
                        let i = vm.index(v)?;
                        vm.truthy(&i)?
                    }
                }
            }
            other => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    other
                )))
            }
        }
    }
    let mut items = vm.collect_iter_hinted(&args.pos[0])?;
    listobj::sort_values(vm, &mut items, &key, reverse)?;
    Ok(listobj::new_list(items))
}

fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &ArgSpec {
            name: "sum",
            params: &["iterable", "start"],
            required: 1,
            posonly: 1,
            kwonly: 0,
        },
    )?;
    let iterable = b[0].clone().unwrap_or(Value::None);
    let mut acc = b[1].clone().unwrap_or(Value::Int(0));
    let it = vm.iter(&iterable)?;
    match acc.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.new_type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.new_type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.new_type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Int(a), Value::Bool(b)) if a.checked_add(*b as i64).is_some() => {
                Value::Int(a + *b as i64)
            }
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + *b as f64),
            _ => vm.binary_op(&acc, &x, BinOp::Add)?,
        };
    }
    Ok(acc)
}

// ----- namespaces -----

/// The calling code was compiled under `from __future__ import annotations`.
fn caller_future_annotations(vm: &Vm) -> bool {
    vm.caller
        .as_ref()
        .is_some_and(|c| c.code.flags & code_flags::FUTURE_ANNOTATIONS != 0)
}

fn caller(vm: &mut Vm) -> PyResult<crate::vm::CallerInfo> {
    vm.caller
        .clone()
        .ok_or_else(|| vm.new_runtime_error("no current frame"))
}

fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "globals", 0)?;
    Ok(Value::Obj(caller(vm)?.globals))
}

fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "locals", 0)?;
    let c = caller(vm)?;
    Ok(if c.locals.is_null() {
        Value::Obj(c.globals)
    } else {
        c.locals
    })
}

fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "vars", 0, 1)?;
    match a.first() {
        None => {
            let c = caller(vm)?;
            Ok(if c.locals.is_null() {
                Value::Obj(c.globals)
            } else {
                c.locals
            })
        }
        Some(o) => match vm.get_attr_opt(o, &types::intern("__dict__"))? {
            Some(d) => Ok(d),
            None => Err(vm.new_type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A METH_VARARGS builtin in CPython: each call counts towards the recursion limit.
    vm.enter_native(CALLING)?;
    let r = dir_impl(vm, args);
    vm.leave_native();
    r
}

fn dir_impl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "dir", 0, 1)?;
    let names = match a.first() {
        None => {
            let c = caller(vm)?;
            let ns = if c.locals.is_null() {
                Value::Obj(c.globals)
            } else {
                c.locals
            };
            dictobj::mapping_keys(vm, &ns)?
        }
        Some(o) => {
            if !vm.site_loaded {
                if let Value::Obj(m) = o {
                    if m.dict().is_some_and(|d| Rc::ptr_eq(d, &vm.builtins_dict)) {
                        // `exit`, `help` & co. are listed once `_sitebuiltins` is loaded.
                        vm.site_loaded = true;
                        vm.import_module_simple("_sitebuiltins")?;
                    }
                }
            }
            let cls = types::class_of(o);
            let r = match types::lookup_str(&cls, "__dir__") {
                Some(m) => vm.call_special(&m, o, &[])?,
                None => return Err(vm.new_type_error("object does not provide __dir__")),
            };
            vm.collect_iter(&r)?
        }
    };
    let mut l = names;
    listobj::sort_values(vm, &mut l, &Value::None, false)?;
    Ok(listobj::new_list(l))
}

/// Source text of a compile/exec/eval argument.
fn source_of(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Option<String>> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let d = crate::objects::bytesobj::bytes_data(v).unwrap_or_default();
            crate::decode_source_bytes(vm, &d).map(Some)
        }
        Some(Payload::Code(_)) => Ok(None),
        Some(Payload::Native(_)) if crate::objects::bytesobj::is_buffer(v) => {
            let d = crate::objects::bytesobj::buffer_data(v).unwrap_or_default();
            crate::decode_source_bytes(vm, &d).map(Some)
        }
        _ => Err(vm.new_type_error(format!(
            "{}() arg 1 must be a string, bytes or {} object",
            what,
            if what == "compile" { "AST" } else { "code" }
        ))),
    }
}

fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &ArgSpec {
            name: "compile",
            params: &[
                "source",
                "filename",
                "mode",
                "flags",
                "dont_inherit",
                "optimize",
                "_feature_version",
            ],
            required: 3,
            posonly: 0,
            kwonly: 1,
        },
    )?;
    let src_v = b[0].clone().unwrap_or(Value::None);
    let filename = match &b[1] {
        Some(v) => match crate::modules::os::fspath(vm, v)? {
            Some(p) => match p.payload() {
                Some(Payload::Bytes(bs)) => String::from_utf8_lossy(bs).into_owned(),
                _ => p.as_rust_str().unwrap_or_default().to_string(),
            },
            None => {
                return Err(vm.new_type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    types::type_name(v)
                )))
            }
        },
        None => "<string>".into(),
    };
    let mode = b[2]
        .as_ref()
        .and_then(|v| v.as_rust_str().map(|s| s.to_string()))
        .unwrap_or_default();
    let mode = match mode.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => return Err(vm.new_value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if let Some(f) = &b[3] {
        // The compiler and __future__ flags CPython 3.11 accepts.
        if vm.index_i64(f)? & !0x81fe_7610 != 0 {
            return Err(vm.new_value_error("compile(): unrecognised flags"));
        }
    }
    if let Some(o) = &b[5] {
        if !(-1..=2).contains(&vm.index_i64(o)?) {
            return Err(vm.new_value_error("compile(): invalid optimize value"));
        }
    }
    if let Some(v) = compile_ast(vm, &src_v, b[1].as_ref(), b[2].as_ref(), b[3].as_ref())? {
        return Ok(v);
    }
    let src = match source_of(vm, &src_v, "compile")? {
        Some(s) => s,
        None => return Ok(src_v),
    };
    if src.contains('\0') {
        return Err(vm.new_exception_msg(
            &types().exc.syntax_error,
            "source code string cannot contain null bytes",
        ));
    }
    // The caller's `from __future__ import annotations` carries over unless dont_inherit.
    let flags = match &b[3] {
        Some(f) => vm.index_i64(f)?,
        None => 0,
    };
    let dont_inherit = match &b[4] {
        Some(d) => vm.truthy(d)?,
        None => false,
    };
    let future = flags & code_flags::FUTURE_ANNOTATIONS as i64 != 0
        || !dont_inherit && caller_future_annotations(vm);
    let code =
        crate::compiler::with_future_annotations(future, || vm.compile(&src, &filename, mode))?;
    Ok(types::new_obj(&types().code, Payload::Code(code)))
}

/// `compile()` with the `ast` module: `PyCF_ONLY_AST` returns `ast.parse(...)`, and a tree
/// is compiled from `ast.unparse(tree)` (so its line numbers are those of that text).
fn compile_ast(
    vm: &mut Vm,
    src: &Value,
    filename: Option<&Value>,
    mode: Option<&Value>,
    flags: Option<&Value>,
) -> PyResult<Option<Value>> {
    const PYCF_ONLY_AST: i64 = 0x400;
    let only_ast = matches!(flags, Some(Value::Int(f)) if f & PYCF_ONLY_AST != 0);
    let plain = matches!(
        src.payload(),
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Code(_))
    );
    if plain && !only_ast {
        return Ok(None);
    }
    let ast = match vm.import_module_simple("ast") {
        Ok(m) => m,
        Err(_) if !only_ast => return Ok(None),
        Err(e) => return Err(e),
    };
    let filename = filename.cloned().unwrap_or(Value::None);
    let mode = mode.cloned().unwrap_or(Value::None);
    let helper = vm.get_attr_str(&ast, "_compile_source")?;
    let args = [
        src.clone(),
        filename.clone(),
        mode.clone(),
        Value::Bool(only_ast),
    ];
    let text = vm.call(&helper, &args)?;
    if only_ast || text.is_none() {
        return Ok(if text.is_none() { None } else { Some(text) });
    }
    let builtins = Value::Obj(vm.builtins.clone());
    let compile = vm.get_attr_str(&builtins, "compile")?;
    vm.call(&compile, &[text, filename, mode]).map(Some)
}

fn exec_eval(vm: &mut Vm, args: Args, name: &'static str, mode: Mode) -> PyResult<Value> {
    // eval(source, globals, locals, /) and exec(source, globals, locals, /, *, closure).
    let n = args.pos.len();
    if name == "eval" {
        if args.has_kw() {
            return Err(vm.new_type_error("eval() takes no keyword arguments"));
        }
        if n == 0 || n > 3 {
            return Err(vm.new_type_error(format!(
                "eval expected at {} {} argument{}, got {}",
                if n == 0 { "least" } else { "most" },
                if n == 0 { 1 } else { 3 },
                if n == 0 { "" } else { "s" },
                n
            )));
        }
    } else {
        let nkw = args.kwnames.len();
        if n + nkw > 4 {
            return Err(vm.new_type_error(format!(
                "exec() takes at most 4 arguments ({} given)",
                n + nkw
            )));
        }
        if n > 3 {
            return Err(vm.new_type_error(format!(
                "exec() takes at most 3 positional arguments ({} given)",
                n
            )));
        }
        if n == 0 {
            return Err(vm.new_type_error("exec() takes at least 1 positional argument (0 given)"));
        }
        for k in args.kwnames {
            if k.payload_str() != "closure" {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for exec()",
                    k.payload_str()
                )));
            }
        }
    }
    let closure = args.kw("closure").filter(|c| !c.is_none()).cloned();
    let args = Args::new(args.pos);
    let b = args.bind(
        vm,
        &ArgSpec {
            name,
            params: &["source", "globals", "locals"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let src_v = b[0].clone().unwrap_or(Value::None);
    let c = caller(vm)?;
    let globals = match &b[1] {
        Some(g) if !g.is_none() => match g {
            Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
            _ if name == "eval" => {
                return Err(vm.new_type_error(if is_mapping(g) {
                    "globals must be a real dict; try eval(expr, {}, mapping)"
                } else {
                    "globals must be a dict"
                }))
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "{}() globals must be a dict, not {}",
                    name,
                    types::type_name(g)
                )))
            }
        },
        _ => c.globals.clone(),
    };
    let explicit_globals = matches!(&b[1], Some(g) if !g.is_none());
    if let Some(l) = &b[2] {
        if !l.is_none() && !is_mapping(l) {
            return Err(vm.new_type_error(if name == "eval" {
                "locals must be a mapping".to_string()
            } else {
                format!(
                    "locals must be a mapping or None, not {}",
                    types::type_name(l)
                )
            }));
        }
    }
    let locals = match &b[2] {
        Some(l) if !l.is_none() => l.clone(),
        _ => {
            if explicit_globals || c.locals.is_null() {
                Value::Obj(globals.clone())
            } else {
                c.locals.clone()
            }
        }
    };
    if let Payload::Dict(d) = &globals.payload {
        if d.get_rust_str("__builtins__").is_none() {
            // As in CPython, the builtins namespace itself (a dict).
            d.set_str(
                types::intern("__builtins__"),
                Value::Obj(vm.builtins_dict.clone()),
            );
        }
    }
    let code = match source_of(vm, &src_v, name)? {
        Some(_) if closure.is_some() => {
            return Err(vm.new_type_error("closure can only be used when source is a code object"))
        }
        Some(src) => {
            let src = if mode == Mode::Eval {
                src.trim_start_matches([' ', '\t']).to_string()
            } else {
                src
            };
            if src.contains('\0') {
                return Err(vm.new_exception_msg(
                    &types().exc.syntax_error,
                    "source code string cannot contain null bytes",
                ));
            }
            let future = c.code.flags & code_flags::FUTURE_ANNOTATIONS != 0;
            crate::compiler::with_future_annotations(future, || vm.compile(&src, "<string>", mode))?
        }
        None => match src_v.payload() {
            Some(Payload::Code(c)) => c.clone(),
            _ => return Err(vm.new_type_error("expected code")),
        },
    };
    if name == "exec" && (closure.is_some() || !code.freevars.is_empty()) {
        return exec_with_closure(vm, &src_v, &code, &globals, closure);
    }
    let r = vm.run_code(&code, &globals, Some(locals))?;
    Ok(if mode == Mode::Eval { r } else { Value::None })
}

/// `exec(code, globals, closure=cells)`: the code's free variables come from the cells (the
/// code runs as a function made of it, as only a function's code has free variables).
fn exec_with_closure(
    vm: &mut Vm,
    codev: &Value,
    code: &crate::bytecode::Code,
    globals: &PyRef,
    closure: Option<Value>,
) -> PyResult<Value> {
    let nfree = code.freevars.len();
    if nfree == 0 {
        return Err(vm.new_type_error("cannot use a closure with this code object"));
    }
    let ok = match closure.as_ref().and_then(|c| c.payload()) {
        Some(Payload::Tuple(t)) => {
            t.len() == nfree
                && t.iter()
                    .all(|c| matches!(c.payload(), Some(Payload::Cell(_))))
        }
        _ => false,
    };
    if !ok {
        return Err(vm.new_type_error(format!(
            "code object requires a closure of exactly length {}",
            nfree
        )));
    }
    let f = crate::objects::funcobj::make_function(vm, codev, globals, None, None, None, closure)?;
    vm.call(&f, &[])?;
    Ok(Value::None)
}

/// CPython's PyMapping_Check: the type supports subscription.
fn is_mapping(v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Dict(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_),
        ) => true,
        Some(Payload::ByteArray(_) | Payload::Range(_) | Payload::MappingProxy(_)) => true,
        _ => types::lookup_str(&types::class_of(v), "__getitem__").is_some(),
    }
}

fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_eval(vm, args, "eval", Mode::Eval)
}

fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_eval(vm, args, "exec", Mode::Exec)
}

fn builtin_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.bind(
        vm,
        &ArgSpec {
            name: "__import__",
            params: &["name", "globals", "locals", "fromlist", "level"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let name = match &b[0] {
        Some(n) => match n.as_rust_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.new_type_error("module name must be a string")),
        },
        None => String::new(),
    };
    let globals = match &b[1] {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ => match &vm.caller {
            Some(c) => c.globals.clone(),
            None => types::new_dict_ref(),
        },
    };
    let fromlist = b[3].clone().unwrap_or(Value::None);
    let level = b[4].clone().unwrap_or(Value::Int(0));
    vm.import_name(&name, &globals, &fromlist, &level)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn builtin_build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.new_type_error("__build_class__: not enough arguments"));
    }
    let func = args.pos[0].clone();
    let name_v = args.pos[1].clone();
    if name_v.as_rust_str().is_none() {
        return Err(vm.new_type_error("__build_class__: name is not a string"));
    }
    let orig_bases = args.pos[2..].to_vec();
    // __mro_entries__ on non-type bases.
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if matches!(b.payload(), Some(Payload::Type(_))) {
            bases.push(b.clone());
            continue;
        }
        // CPython looks the method up on the base object itself (instance attributes too).
        match vm.get_attr_opt(b, &types::intern("__mro_entries__"))? {
            Some(m) => {
                let r = vm.call(&m, &[tupleobj::new_tuple(orig_bases.clone())])?;
                let items = tupleobj::tuple_items(&r)
                    .map(|t| t.to_vec())
                    .ok_or_else(|| vm.new_type_error("__mro_entries__ must return a tuple"))?;
                bases.extend(items);
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        if k.payload_str() == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvals.push(v.clone());
        }
    }
    let is_class_meta;
    let meta = match meta {
        Some(m) => {
            is_class_meta = matches!(m.payload(), Some(Payload::Type(_)));
            m
        }
        None => {
            is_class_meta = true;
            match bases.first() {
                Some(b) => Value::Obj(types::class_of(b)),
                None => Value::Obj(types().type_.clone()),
            }
        }
    };
    let meta = if is_class_meta {
        let bases_t: Vec<PyRef> = bases
            .iter()
            .filter_map(|b| b.as_obj().cloned())
            .filter(|b| matches!(b.payload, Payload::Type(_)))
            .collect();
        let m = meta
            .as_obj()
            .cloned()
            .unwrap_or_else(|| types().type_.clone());
        Value::Obj(crate::objects::typeobj::calculate_metaclass(
            vm, &m, &bases_t,
        )?)
    } else {
        meta
    };
    let bases_tuple = tupleobj::new_tuple(bases.clone());
    // __prepare__.
    let ns = match vm.get_attr_opt(&meta, &types::intern("__prepare__"))? {
        Some(p) => vm.call_kw(
            &p,
            &[name_v.clone(), bases_tuple.clone()],
            &kwnames,
            &kwvals,
        )?,
        None => dictobj::new_dict(),
    };
    if dictobj::as_dict(&ns).is_none()
        && types::lookup_str(&types::class_of(&ns), "__getitem__").is_none()
    {
        let mname = match &meta {
            Value::Obj(m) if matches!(m.payload, Payload::Type(_)) => {
                types::type_data(m).map(|t| t.name()).unwrap_or_default()
            }
            _ => "<metaclass>".to_string(),
        };
        return Err(vm.new_type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            mname,
            types::type_name(&ns)
        )));
    }
    // Run the class body with the namespace as locals.
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.new_type_error("__build_class__: func must be a function"));
    };
    let builtins = vm.builtins_for(&f.globals);
    let mut frame = vm.alloc_frame(&f.code, &f.globals, &builtins, ns.clone());
    if let Some(cl) = &f.closure {
        let base = f.code.varnames.len() + f.code.cellvars.len();
        for (j, c) in cl.iter().enumerate() {
            if base + j < frame.stack.len() {
                frame.stack[base + j] = Value::Obj(c.clone());
            }
        }
    }
    let nvars = f.code.varnames.len();
    for i in 0..f.code.cellvars.len() {
        frame.stack[nvars + i] = types::new_obj(
            &types().cell,
            Payload::Cell(std::cell::RefCell::new(Value::Null)),
        );
    }
    frame.handled_base = vm.handled.len();
    let saved_caller = vm.caller.take();
    let cell = vm.run_frame(frame)?;
    vm.caller = saved_caller;
    if changed {
        if let Some(d) = dictobj::as_dict(&ns) {
            d.set_str(
                types::intern("__orig_bases__"),
                tupleobj::new_tuple(orig_bases),
            );
        }
    }
    let cls = vm.call_kw(&meta, &[name_v.clone(), bases_tuple, ns], &kwnames, &kwvals)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        let cur = c.borrow().clone();
        if matches!(cls.payload(), Some(Payload::Type(_))) && !cur.is(&cls) {
            // The metaclass did not hand __classcell__ on to type.__new__ (or another class
            // took the cell).
            let name_r = vm.repr_string(&name_v)?;
            let cls_r = vm.repr_string(&cls)?;
            if cur.is_null() {
                return Err(vm.new_runtime_error(format!(
                    "__class__ not set defining {} as {}. Was __classcell__ propagated to \
                     type.__new__?",
                    name_r, cls_r
                )));
            }
            let cur_r = vm.repr_string(&cur)?;
            return Err(vm.new_type_error(format!(
                "__class__ set to {} defining {} as {}",
                cur_r, name_r, cls_r
            )));
        }
    }
    Ok(cls)
}

/// The fallback for calls of `int.__abs__` etc. (kept for slot sharing).
pub fn bigint_one() -> BigInt {
    BigInt::one()
}

pub fn to_usize(b: &BigInt) -> Option<usize> {
    b.to_usize()
}
