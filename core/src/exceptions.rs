//! Exception objects: BaseException and the subclasses with extra attributes, exception
//! groups, chaining, and traceback formatting exactly as CPython prints it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::Code;
use crate::error::{SyntaxErr, SyntaxKind};
use crate::object::*;
use crate::objects::{listobj, strobj, tupleobj};
use crate::types::{self, types, MethodDef};
use crate::vm::{PyErr, PyResult, Vm};

pub fn empty_exception_data() -> ExceptionData {
    ExceptionData {
        args: RefCell::new(types().empty_tuple.clone()),
        traceback: RefCell::new(Value::None),
        cause: RefCell::new(Value::None),
        context: RefCell::new(Value::None),
        suppress_context: Cell::new(false),
        tb_entries: RefCell::new(Vec::new()),
        notes: RefCell::new(Value::Null),
    }
}

fn exc_data(o: &PyObject) -> Option<&ExceptionData> {
    match &o.payload {
        Payload::Exception(e) => Some(e),
        _ => None,
    }
}

/// Creates an exception instance of a builtin or user class with `args` (no Python code).
pub fn new_exception_obj(cls: &PyRef, args: Vec<Value>) -> PyRef {
    let data = empty_exception_data();
    let argt = tupleobj::new_tuple(args);
    *data.args.borrow_mut() = argt.clone();
    let o = types::new_ref(cls, Payload::Exception(Box::new(data)));
    let _ = o.dict.set(types::new_dict_ref());
    init_attrs(&o, &argt);
    o
}

/// Sets an attribute in the exception's instance dict.
pub fn set_attr_raw(o: &PyRef, name: &str, v: Value) {
    if let Some(d) = o.dict() {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(types::intern(name), v);
        }
    }
}

fn get_attr_raw(o: &PyObject, name: &str) -> Option<Value> {
    o.dict().and_then(|d| match &d.payload {
        Payload::Dict(dd) => dd.get_rust_str(name),
        _ => None,
    })
}

fn is_sub(o: &PyObject, base: &PyRef) -> bool {
    types::is_subtype(&o.class(), base)
}

/// Per-class attributes derived from args (as the builtin __init__ methods set them).
fn init_attrs(o: &PyRef, args: &Value) {
    let t = types();
    let a: Vec<Value> = tupleobj::tuple_items(args).map(|x| x.to_vec()).unwrap_or_default();
    let first = a.first().cloned().unwrap_or(Value::None);
    if is_sub(o, &t.exc.stop_iteration) || is_sub(o, &t.exc.stop_async_iteration) {
        set_attr_raw(o, "value", first);
    } else if is_sub(o, &t.exc.system_exit) {
        let code = match a.len() {
            0 => Value::None,
            1 => first,
            _ => args.clone(),
        };
        set_attr_raw(o, "code", code);
    } else if is_sub(o, &t.exc.import_error) {
        if get_attr_raw(o, "name").is_none() {
            set_attr_raw(o, "name", Value::None);
        }
        if get_attr_raw(o, "path").is_none() {
            set_attr_raw(o, "path", Value::None);
        }
        set_attr_raw(o, "msg", if a.len() == 1 { first } else { Value::None });
    } else if is_sub(o, &t.exc.os_error) {
        let (errno, strerror, filename, filename2) = if (2..=5).contains(&a.len()) {
            (a[0].clone(), a[1].clone(), a.get(2).cloned().unwrap_or(Value::None), a.get(4).cloned().unwrap_or(Value::None))
        } else {
            (Value::None, Value::None, Value::None, Value::None)
        };
        set_attr_raw(o, "errno", errno);
        set_attr_raw(o, "strerror", strerror);
        set_attr_raw(o, "filename", filename);
        set_attr_raw(o, "filename2", filename2);
    } else if is_sub(o, &t.exc.syntax_error) {
        set_attr_raw(o, "msg", first);
        let info: Vec<Value> = a.get(1).and_then(|x| tupleobj::tuple_items(x).map(|t| t.to_vec())).unwrap_or_default();
        let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        for (i, n) in names.iter().enumerate() {
            set_attr_raw(o, n, info.get(i).cloned().unwrap_or(Value::None));
        }
        set_attr_raw(o, "print_file_and_line", Value::None);
    } else if is_sub(o, &t.exc.name_error) || is_sub(o, &t.exc.attribute_error) {
        if get_attr_raw(o, "name").is_none() {
            set_attr_raw(o, "name", Value::None);
        }
        if is_sub(o, &t.exc.attribute_error) && get_attr_raw(o, "obj").is_none() {
            set_attr_raw(o, "obj", Value::None);
        }
    } else if is_sub(o, &t.exc.unicode_decode_error) || is_sub(o, &t.exc.unicode_encode_error) {
        let names = ["encoding", "object", "start", "end", "reason"];
        for (i, n) in names.iter().enumerate() {
            set_attr_raw(o, n, a.get(i).cloned().unwrap_or(Value::None));
        }
    }
}

pub fn set_cause(exc: &PyRef, cause: Value) {
    if let Some(d) = exc_data(exc) {
        *d.cause.borrow_mut() = cause;
        d.suppress_context.set(true);
    }
}

/// Sets `__context__` for implicit chaining, breaking cycles as CPython does.
pub fn set_context(exc: &PyRef, ctx: Value) {
    let Some(d) = exc_data(exc) else { return };
    if ctx.is(&Value::Obj(exc.clone())) {
        return;
    }
    if !d.context.borrow().is_none() {
        return;
    }
    // Break a cycle: if exc is in ctx's context chain, cut it there.
    let mut o = ctx.clone();
    let mut steps = 0;
    while let Value::Obj(oo) = o.clone() {
        let Some(od) = exc_data(&oo) else { break };
        let next = od.context.borrow().clone();
        if next.is(&Value::Obj(exc.clone())) {
            *od.context.borrow_mut() = Value::None;
            break;
        }
        o = next;
        steps += 1;
        if steps > 1000 {
            break;
        }
    }
    *d.context.borrow_mut() = ctx;
}

/// Records that `exc` passed through instruction `lasti` of `code`.
pub fn add_traceback(exc: &PyRef, code: &Rc<Code>, lasti: u32) {
    if let Some(d) = exc_data(exc) {
        d.tb_entries.borrow_mut().push(TbEntry { code: code.clone(), lasti });
        *d.traceback.borrow_mut() = Value::Null;
    }
}

pub fn stop_iteration_value(exc: &PyRef) -> Value {
    get_attr_raw(exc, "value").unwrap_or_else(|| {
        exc_data(exc)
            .and_then(|d| tupleobj::tuple_items(&d.args.borrow()).and_then(|t| t.first().cloned()))
            .unwrap_or(Value::None)
    })
}

/// The traceback object of an exception (materialised from entries on demand).
pub fn traceback_of(vm: &mut Vm, exc: &Value) -> Value {
    let Value::Obj(o) = exc else { return Value::None };
    let Some(d) = exc_data(o) else { return Value::None };
    let cur = d.traceback.borrow().clone();
    if !cur.is_null() {
        return cur;
    }
    let entries = d.tb_entries.borrow().clone();
    let mut next = Value::None;
    // Entries are innermost first; build the chain outermost -> innermost.
    for e in entries.iter() {
        let tb = types::new_obj_with_dict(&types().traceback, Payload::Object(RefCell::new(Vec::new())));
        if let Value::Obj(t) = &tb {
            set_attr_raw(t, "tb_next", next.clone());
            set_attr_raw(t, "tb_lineno", Value::Int(e.code.line_of(e.lasti as usize) as i64));
            set_attr_raw(t, "tb_lasti", Value::Int(e.lasti as i64 * 2));
            set_attr_raw(t, "tb_frame", Value::None);
            set_attr_raw(t, "_code", types::new_obj(&types().code, Payload::Code(e.code.clone())));
        }
        next = tb;
    }
    let _ = vm;
    *d.traceback.borrow_mut() = next.clone();
    next
}

/// Sets `__traceback__` from a traceback object (rebuilding the entry list).
pub fn set_traceback_value(vm: &mut Vm, exc: &PyRef, tb: Value) -> PyResult<()> {
    let Some(d) = exc_data(exc) else { return Ok(()) };
    if !tb.is_none() && !types::isinstance(&tb, &types().traceback) {
        return Err(vm.new_type_error("__traceback__ must be a traceback or None"));
    }
    let mut entries = Vec::new();
    let mut cur = tb.clone();
    while let Value::Obj(t) = &cur {
        if let Some(Value::Obj(c)) = get_attr_raw(t, "_code") {
            if let Payload::Code(code) = &c.payload {
                let lasti = get_attr_raw(t, "tb_lasti").and_then(|v| crate::objects::intobj::to_i64(&v)).unwrap_or(0) / 2;
                entries.push(TbEntry { code: code.clone(), lasti: lasti as u32 });
            }
        }
        cur = get_attr_raw(t, "tb_next").unwrap_or(Value::None);
    }
    entries.reverse();
    *d.tb_entries.borrow_mut() = entries;
    *d.traceback.borrow_mut() = tb;
    Ok(())
}

/// Converts a compile-time syntax error to a Python exception.
pub fn syntax_error_to_exc(vm: &mut Vm, e: SyntaxErr) -> PyErr {
    let t = types();
    let cls = match e.kind {
        SyntaxKind::Syntax => &t.exc.syntax_error,
        SyntaxKind::Indentation => &t.exc.indentation_error,
        SyntaxKind::Tab => &t.exc.tab_error,
        SyntaxKind::Recursion => {
            return vm.new_recursion_error(if e.msg.is_empty() { "maximum recursion depth exceeded during compilation".to_string() } else { e.msg });
        }
    };
    let text = match &e.text {
        Some(s) => strobj::new_str(format!("{}\n", s)),
        None => Value::None,
    };
    let info = tupleobj::new_tuple(vec![
        strobj::new_str(e.filename.clone()),
        Value::Int(e.line as i64),
        Value::Int(e.col as i64),
        text,
        Value::Int(e.end_line as i64),
        Value::Int(e.end_col as i64),
    ]);
    let exc = new_exception_obj(cls, vec![strobj::new_str(e.msg), info]);
    PyErr(exc)
}

// ----- str / repr -----

pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(o) = v else { return Ok(String::new()) };
    let t = types();
    let args: Vec<Value> = exc_data(o).map(|d| tupleobj::tuple_items(&d.args.borrow()).map(|x| x.to_vec()).unwrap_or_default()).unwrap_or_default();
    if is_sub(o, &t.exc.key_error) && args.len() == 1 {
        return vm.repr_string(&args[0]);
    }
    if is_sub(o, &t.exc.os_error) {
        let errno = get_attr_raw(o, "errno").unwrap_or(Value::None);
        let strerror = get_attr_raw(o, "strerror").unwrap_or(Value::None);
        let filename = get_attr_raw(o, "filename").unwrap_or(Value::None);
        if !filename.is_none() {
            let f = vm.repr_string(&filename)?;
            let filename2 = get_attr_raw(o, "filename2").unwrap_or(Value::None);
            if !filename2.is_none() {
                let f2 = vm.repr_string(&filename2)?;
                return Ok(format!("[Errno {}] {}: {} -> {}", vm.str_string(&errno)?, vm.str_string(&strerror)?, f, f2));
            }
            return Ok(format!("[Errno {}] {}: {}", vm.str_string(&errno)?, vm.str_string(&strerror)?, f));
        }
        if !errno.is_none() && !strerror.is_none() {
            return Ok(format!("[Errno {}] {}", vm.str_string(&errno)?, vm.str_string(&strerror)?));
        }
    }
    if is_sub(o, &t.exc.syntax_error) {
        let msg = get_attr_raw(o, "msg").unwrap_or(Value::None);
        let msg_s = if msg.is_none() { String::new() } else { vm.str_string(&msg)? };
        let filename = get_attr_raw(o, "filename").unwrap_or(Value::None);
        let lineno = get_attr_raw(o, "lineno").unwrap_or(Value::None);
        let fname = filename.as_rust_str().map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        return Ok(match (fname, lineno) {
            (Some(f), Value::Int(l)) => format!("{} ({}, line {})", msg_s, f, l),
            (Some(f), _) => format!("{} ({})", msg_s, f),
            (None, Value::Int(l)) => format!("{} (line {})", msg_s, l),
            _ => msg_s,
        });
    }
    if is_sub(o, &t.exc.import_error) {
        if let Some(m) = get_attr_raw(o, "msg") {
            if !m.is_none() {
                return vm.str_string(&m);
            }
        }
    }
    if is_sub(o, &t.exc.unicode_decode_error) || is_sub(o, &t.exc.unicode_encode_error) {
        if let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) = (
            get_attr_raw(o, "encoding"),
            get_attr_raw(o, "object"),
            get_attr_raw(o, "start"),
            get_attr_raw(o, "end"),
            get_attr_raw(o, "reason"),
        ) {
            if !enc.is_none() {
                return Ok(crate::codecs::unicode_error_str(vm, is_sub(o, &t.exc.unicode_decode_error), &enc, &obj, &start, &end, &reason));
            }
        }
    }
    if is_sub(o, &t.exc.base_exception_group) {
        let msg = args.first().cloned().unwrap_or(Value::None);
        let n = args.get(1).map(|e| crate::objects::builtin_len(e.as_obj().map(|x| &**x).unwrap_or(&*o)).unwrap_or(0)).unwrap_or(0);
        let m = vm.str_string(&msg)?;
        return Ok(format!("{} ({} sub-exception{})", m, n, if n == 1 { "" } else { "s" }));
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.str_string(&args[0]),
        _ => {
            let t = tupleobj::new_tuple(args);
            vm.str_string(&t)
        }
    }
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let Value::Obj(o) = v else { return Err(vm.new_type_error("exception expected")) };
    let name = types::type_data(&o.class()).map(|t| t.name()).unwrap_or_default();
    let a: Vec<Value> = exc_data(o).map(|d| tupleobj::tuple_items(&d.args.borrow()).map(|x| x.to_vec()).unwrap_or_default()).unwrap_or_default();
    if is_sub(o, &types().exc.base_exception_group) && a.len() == 2 {
        let m = vm.repr_string(&a[0])?;
        let l = vm.repr_string(&a[1])?;
        return Ok(strobj::new_str(format!("{}({}, {})", name, m, l)));
    }
    let s = match a.len() {
        0 => format!("{}()", name),
        1 => format!("{}({})", name, vm.repr_string(&a[0])?),
        _ => {
            let t = tupleobj::new_tuple(a);
            format!("{}{}", name, vm.repr_string(&t)?)
        }
    };
    Ok(strobj::new_str(s))
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exception_str(vm, &args.pos[0]).map(strobj::new_str)
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => return Err(vm.new_type_error("BaseException.__new__(X): X is not a type object")),
    };
    let rest = args.pos[1..].to_vec();
    if types::is_subtype(&cls, &types().exc.base_exception_group) {
        return eg_new(vm, &cls, &rest);
    }
    let o = new_exception_obj(&cls, rest);
    let t = types::type_data(&cls);
    if t.map(|t| t.has_flag(types::type_flags::HAS_DEL)).unwrap_or(false) {
        vm.finalizable.push(o.clone());
    }
    Ok(Value::Obj(o))
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.pos.first() else { return Err(vm.new_type_error("exception expected")) };
    if args.has_kw() && !types::is_heap_class(&o.class()) {
        let name = types::type_data(&o.class()).map(|t| t.name()).unwrap_or_default();
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", name)));
    }
    if let Some(d) = exc_data(o) {
        if types::is_subtype(&o.class(), &types().exc.base_exception_group) {
            return Ok(Value::None);
        }
        let argt = tupleobj::new_tuple(args.pos[1..].to_vec());
        *d.args.borrow_mut() = argt.clone();
        init_attrs(o, &argt);
        // ImportError/NameError/AttributeError keyword arguments.
        for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
            let n = k.payload_str();
            let t = types();
            let ok = (is_sub(o, &t.exc.import_error) && (n == "name" || n == "path"))
                || (is_sub(o, &t.exc.name_error) && n == "name")
                || (is_sub(o, &t.exc.attribute_error) && (n == "name" || n == "obj"));
            if ok {
                set_attr_raw(o, n, v.clone());
            } else if !types::is_heap_class(&o.class()) {
                let name = types::type_data(&o.class()).map(|t| t.name()).unwrap_or_default();
                return Err(vm.new_type_error(format!("{}() got an unexpected keyword argument '{}'", name, n)));
            }
        }
    }
    Ok(Value::None)
}

fn need_exc<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a ExceptionData> {
    v.as_obj().and_then(|o| exc_data(o)).ok_or_else(|| vm.new_type_error("exception expected"))
}

fn g_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(need_exc(vm, v)?.args.borrow().clone())
}
fn s_args(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else { return Err(vm.new_type_error("args may not be deleted")) };
    let items = vm.collect_iter(&new)?;
    *need_exc(vm, v)?.args.borrow_mut() = tupleobj::new_tuple(items);
    Ok(())
}
fn g_tb(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    need_exc(vm, v)?;
    Ok(traceback_of(vm, v))
}
fn s_tb(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = v.as_obj().cloned().ok_or_else(|| vm.new_type_error("exception expected"))?;
    set_traceback_value(vm, &o, new.unwrap_or(Value::None))
}
fn g_cause(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(need_exc(vm, v)?.cause.borrow().clone())
}
fn s_cause(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let new = new.unwrap_or(Value::None);
    if !new.is_none() && !types::isinstance(&new, &types().exc.base_exception) {
        return Err(vm.new_type_error("exception cause must be None or derive from BaseException"));
    }
    let d = need_exc(vm, v)?;
    *d.cause.borrow_mut() = new;
    d.suppress_context.set(true);
    Ok(())
}
fn g_context(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(need_exc(vm, v)?.context.borrow().clone())
}
fn s_context(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let new = new.unwrap_or(Value::None);
    if !new.is_none() && !types::isinstance(&new, &types().exc.base_exception) {
        return Err(vm.new_type_error("exception context must be None or derive from BaseException"));
    }
    *need_exc(vm, v)?.context.borrow_mut() = new;
    Ok(())
}
fn g_suppress(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(need_exc(vm, v)?.suppress_context.get()))
}
fn s_suppress(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let b = match new {
        Some(x) => vm.truthy(&x)?,
        None => false,
    };
    need_exc(vm, v)?.suppress_context.set(b);
    Ok(())
}

fn exc_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "with_traceback", 2)?;
    let o = a[0].as_obj().cloned().ok_or_else(|| vm.new_type_error("exception expected"))?;
    set_traceback_value(vm, &o, a[1].clone())?;
    Ok(a[0].clone())
}

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "add_note", 2)?;
    if a[1].as_str().is_none() {
        return Err(vm.new_type_error(format!("note must be a str, not '{}'", types::type_name(&a[1]))));
    }
    let o = a[0].as_obj().cloned().ok_or_else(|| vm.new_type_error("exception expected"))?;
    let notes = match get_attr_raw(&o, "__notes__") {
        Some(n) if matches!(n.payload(), Some(Payload::List(_))) => n,
        Some(_) => return Err(vm.new_type_error("Cannot add note: __notes__ is not a list")),
        None => {
            let l = listobj::new_list(Vec::new());
            set_attr_raw(&o, "__notes__", l.clone());
            l
        }
    };
    listobj::list_append(&notes, a[1].clone());
    Ok(Value::None)
}

fn exc_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let d = need_exc(vm, v)?;
    let a = d.args.borrow().clone();
    let cls = Value::Obj(types::class_of(v));
    let dict = v.as_obj().and_then(|o| o.dict().cloned()).map(Value::Obj);
    let mut items = vec![cls, a];
    if let Some(dv) = dict {
        if crate::objects::dictobj::as_dict(&dv).map(|x| !x.is_empty()).unwrap_or(false) {
            items.push(dv);
        }
    }
    Ok(tupleobj::new_tuple(items))
}

fn exc_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__setstate__", 2)?;
    if let Some(d) = crate::objects::dictobj::as_dict(&a[1]) {
        for (k, val) in d.items() {
            if let Some(name) = k.as_obj() {
                vm.set_attr(&a[0], name, val)?;
            }
        }
    }
    Ok(Value::None)
}

pub static BASE_EXCEPTION_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", exc_new),
    MethodDef::method("__init__", exc_init),
    MethodDef::method("__repr__", exc_repr),
    MethodDef::method("__str__", exc_str),
    MethodDef::method("with_traceback", exc_with_traceback),
    MethodDef::method("add_note", exc_add_note),
    MethodDef::method("__reduce__", exc_reduce),
    MethodDef::method("__setstate__", exc_setstate),
    MethodDef::getset("args", g_args, s_args),
    MethodDef::getset("__traceback__", g_tb, s_tb),
    MethodDef::getset("__cause__", g_cause, s_cause),
    MethodDef::getset("__context__", g_context, s_context),
    MethodDef::getset("__suppress_context__", g_suppress, s_suppress),
];

/// Extra methods of specific exception classes.
pub fn methods_for(name: &str) -> &'static [MethodDef] {
    match name {
        "BaseExceptionGroup" => EG_METHODS,
        _ => &[],
    }
}

// ----- exception groups -----

fn eg_new(vm: &mut Vm, cls: &PyRef, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.new_type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
    }
    if args[0].as_str().is_none() {
        return Err(vm.new_type_error(format!("argument 1 must be str, not {}", types::type_name(&args[0]))));
    }
    let excs = vm.collect_iter(&args[1]).map_err(|_| vm.new_type_error("second argument (exceptions) must be a sequence"))?;
    if excs.is_empty() {
        return Err(vm.new_value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let t = types();
    let mut all_exception = true;
    for (i, e) in excs.iter().enumerate() {
        if !types::isinstance(e, &t.exc.base_exception) {
            return Err(vm.new_value_error(format!("Item {} of second argument (exceptions) is not an exception", i)));
        }
        if !types::isinstance(e, &t.exc.exception) {
            all_exception = false;
        }
    }
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &t.exc.base_exception_group) && all_exception {
        cls = t.exc.exception_group.clone();
    } else if types::is_subtype(&cls, &t.exc.exception) && !all_exception {
        let name = types::type_data(&cls).map(|x| x.name()).unwrap_or_default();
        if Rc::ptr_eq(&cls, &t.exc.exception_group) {
            return Err(vm.new_type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        return Err(vm.new_type_error(format!("Cannot nest BaseExceptions in '{}'", name)));
    }
    let o = new_exception_obj(&cls, vec![args[0].clone(), tupleobj::new_tuple(excs)]);
    Ok(Value::Obj(o))
}

fn eg_parts(v: &Value) -> (Value, Vec<Value>) {
    let Some(o) = v.as_obj() else { return (Value::None, Vec::new()) };
    let Some(d) = exc_data(o) else { return (Value::None, Vec::new()) };
    let a: Vec<Value> = tupleobj::tuple_items(&d.args.borrow()).map(|x| x.to_vec()).unwrap_or_default();
    let msg = a.first().cloned().unwrap_or(Value::None);
    let excs = a.get(1).and_then(|e| tupleobj::tuple_items(e).map(|x| x.to_vec())).unwrap_or_default();
    (msg, excs)
}

fn g_message(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(eg_parts(v).0)
}
fn g_exceptions(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tupleobj::new_tuple(eg_parts(v).1))
}

/// A matcher for split/subgroup: a type, a tuple of types, or a predicate.
fn eg_matches(vm: &mut Vm, e: &Value, cond: &Value) -> PyResult<bool> {
    match cond {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Ok(types::isinstance(e, o)),
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => vm.isinstance(e, cond),
        _ => {
            let r = vm.call(cond, &[e.clone()])?;
            vm.truthy(&r)
        }
    }
}

/// Copies an exception group with new contents (`derive`), keeping traceback, cause,
/// context and notes.
fn eg_derive_copy(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let new = vm.call_method(orig, "derive", &[tupleobj::new_tuple(excs)])?;
    if let (Some(no), Some(oo)) = (new.as_obj(), orig.as_obj()) {
        if let (Some(nd), Some(od)) = (exc_data(no), exc_data(oo)) {
            *nd.cause.borrow_mut() = od.cause.borrow().clone();
            *nd.context.borrow_mut() = od.context.borrow().clone();
            nd.suppress_context.set(od.suppress_context.get());
            *nd.tb_entries.borrow_mut() = od.tb_entries.borrow().clone();
        }
        if let Some(notes) = get_attr_raw(oo, "__notes__") {
            set_attr_raw(no, "__notes__", notes);
        }
    }
    Ok(new)
}

/// Splits `eg` by `cond` into (match, rest), either may be None.
fn eg_split_rec(vm: &mut Vm, eg: &Value, cond: &Value) -> PyResult<(Value, Value)> {
    if eg_matches(vm, eg, cond)? {
        return Ok((eg.clone(), Value::None));
    }
    let is_group = types::isinstance(eg, &types().exc.base_exception_group);
    if !is_group {
        return Ok((Value::None, eg.clone()));
    }
    let (_, excs) = eg_parts(eg);
    let mut m = Vec::new();
    let mut r = Vec::new();
    for e in &excs {
        let (a, b) = eg_split_rec(vm, e, cond)?;
        if !a.is_none() {
            m.push(a);
        }
        if !b.is_none() {
            r.push(b);
        }
    }
    let mv = if m.is_empty() { Value::None } else { eg_derive_copy(vm, eg, m)? };
    let rv = if r.is_empty() { Value::None } else { eg_derive_copy(vm, eg, r)? };
    Ok((mv, rv))
}

fn eg_split_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "split", 2)?;
    let (m, r) = eg_split_rec(vm, &a[0], &a[1])?;
    Ok(tupleobj::new_tuple(vec![m, r]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "subgroup", 2)?;
    let (m, _) = eg_split_rec(vm, &a[0], &a[1])?;
    Ok(m)
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "derive", 2)?;
    let (msg, _) = eg_parts(&a[0]);
    let cls = Value::Obj(types().exc.base_exception_group.clone());
    vm.call(&cls, &[msg, a[1].clone()])
}

fn eg_class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(crate::objects::typeobj::generic_alias(&args.pos[0], &args.pos[1]))
}

static EG_METHODS: &[MethodDef] = &[
    MethodDef::method("split", eg_split_m),
    MethodDef::method("subgroup", eg_subgroup),
    MethodDef::method("derive", eg_derive),
    MethodDef::classmethod("__class_getitem__", eg_class_getitem),
    MethodDef::getter("message", g_message),
    MethodDef::getter("exceptions", g_exceptions),
];

/// except*: splits `rest` by `typ`; returns (new rest, match) (None when empty).
pub fn eg_split(vm: &mut Vm, rest: &Value, typ: &Value) -> PyResult<(Value, Value)> {
    if rest.is_none() {
        return Ok((Value::None, Value::None));
    }
    // Validate the handler types.
    let types_list: Vec<Value> = match typ.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![typ.clone()],
    };
    for t in &types_list {
        let ok = matches!(t, Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && types::is_subtype(o, &types().exc.base_exception));
        if !ok {
            return Err(vm.new_type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        if let Value::Obj(o) = t {
            if types::is_subtype(o, &types().exc.base_exception_group) {
                return Err(vm.new_type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
            }
        }
    }
    let is_group = types::isinstance(rest, &types().exc.base_exception_group);
    if !is_group {
        // A naked exception: matches are wrapped in an ExceptionGroup.
        if vm.isinstance(rest, typ)? {
            let eg = vm.call(
                &Value::Obj(types().exc.base_exception_group.clone()),
                &[strobj::new_str(String::new()), tupleobj::new_tuple(vec![rest.clone()])],
            )?;
            return Ok((Value::None, eg));
        }
        return Ok((rest.clone(), Value::None));
    }
    let (m, r) = eg_split_rec(vm, rest, typ)?;
    Ok((r, m))
}

/// Remembers an exception raised inside an except* handler.
pub fn record_star_raise(vm: &mut Vm, exc: &Value) {
    match vm.star_raised.last_mut() {
        Some(l) => l.push(exc.clone()),
        None => vm.star_raised.push(vec![exc.clone()]),
    }
}

/// End of a try/except*: computes what to raise (None if everything was handled).
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, rest: &Value) -> PyResult<Option<PyErr>> {
    let raised = vm.star_raised.pop().unwrap_or_default();
    let mut parts: Vec<Value> = Vec::new();
    if !rest.is_none() {
        parts.push(rest.clone());
    }
    for r in raised {
        parts.push(r);
    }
    if parts.is_empty() {
        return Ok(None);
    }
    if parts.len() == 1 && !rest.is_none() {
        if rest.is(orig) {
            return Ok(Some(PyErr(orig.as_obj().cloned().unwrap_or_else(|| types().exc.exception.clone()))));
        }
        if let Some(o) = rest.as_obj() {
            return Ok(Some(PyErr(o.clone())));
        }
    }
    if parts.len() == 1 {
        if let Some(o) = parts[0].as_obj() {
            return Ok(Some(PyErr(o.clone())));
        }
    }
    let eg = vm.call(
        &Value::Obj(types().exc.base_exception_group.clone()),
        &[strobj::new_str(String::new()), tupleobj::new_tuple(parts)],
    )?;
    Ok(Some(vm.exception_from_value(&eg)?))
}

// ----- printing -----

fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    vm.linecache.get(filename).and_then(|l| l.get(line as usize - 1).cloned())
}

/// Caret anchors for a binary operation or subscript (CPython 3.11's heuristics).
fn anchors(segment: &str) -> Option<(usize, usize, char, char)> {
    let body = match crate::parser::parse_module(segment, "<traceback>") {
        Ok(b) => b,
        Err(_) => return None,
    };
    if body.len() != 1 {
        return None;
    }
    let crate::ast::StmtKind::Expr(e) = &body[0].kind else { return None };
    let chars: Vec<char> = segment.chars().collect();
    let is_ws = |c: char| c == ' ' || c == '\t' || c == '\x0c';
    match &e.kind {
        crate::ast::ExprKind::BinOp { left, right, .. } => {
            if e.span.start.line != 1 || left.span.end.line != 1 || right.span.start.line != 1 {
                return None;
            }
            if crate::ops::fold_const_binop_ast(e) {
                return None;
            }
            let mut i = left.span.end.col as usize;
            let stop = right.span.start.col as usize;
            while i < stop {
                let c = chars.get(i).copied().unwrap_or(' ');
                if is_ws(c) {
                    i += 1;
                    continue;
                }
                let mut right_a = i + 1;
                if i + 1 < stop && !is_ws(chars.get(i + 1).copied().unwrap_or(' ')) {
                    right_a += 1;
                }
                if i + 1 < stop && c == ')' {
                    i += 1;
                    continue;
                }
                return Some((i, right_a, '~', '^'));
            }
            None
        }
        crate::ast::ExprKind::Subscript { value, slice, .. } => {
            let len = chars.len();
            let mut l = value.span.end.col as usize;
            let mut r = slice.span.end.col as usize + 1;
            while l < len && (is_ws(chars[l]) || chars[l] != '[') {
                l += 1;
            }
            while r < len && (is_ws(chars[r]) || chars[r] != ']') {
                r += 1;
            }
            if r < len {
                r += 1;
            }
            Some((l, r, '~', '^'))
        }
        _ => None,
    }
}

pub fn format_frame(vm: &Vm, code: &Code, lasti: u32, out: &mut String) {
    let loc = code.locs.get(lasti as usize).copied().unwrap_or_default();
    let line = if loc.line == 0 { code.firstlineno } else { loc.line };
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        code.filename.payload_str(),
        line,
        code.name.payload_str()
    ));
    let Some(src) = source_line(vm, code.filename.payload_str(), line) else { return };
    let stripped = src.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.trim().is_empty() {
        return;
    }
    let lead = src.chars().count() - stripped.chars().count();
    out.push_str("    ");
    out.push_str(stripped.trim_end_matches(['\n', '\r']));
    out.push('\n');
    if loc.line == 0 || loc.end_line == 0 {
        return;
    }
    let start = loc.col as usize;
    let mut end = loc.end_col as usize;
    let mut anch = None;
    let src_chars: Vec<char> = src.chars().collect();
    if loc.line == loc.end_line {
        if end <= src_chars.len() && start <= end {
            let seg: String = src_chars[start..end].iter().collect();
            anch = anchors(&seg).map(|(l, r, p, s)| (l + start, r + start, p, s));
        }
    } else {
        let trimmed = src.trim_end();
        end = trimmed.chars().count();
    }
    let stripped_len = stripped.trim_end_matches(['\n', '\r']).chars().count();
    if end.saturating_sub(start) == stripped_len && anch.is_none() {
        return;
    }
    if end <= start {
        return;
    }
    let mut line_out = String::from("    ");
    for _ in lead..start {
        line_out.push(' ');
    }
    for p in start..end {
        let c = match anch {
            Some((l, r, prim, sec)) => {
                if p >= l && p < r {
                    sec
                } else {
                    prim
                }
            }
            None => '^',
        };
        line_out.push(c);
    }
    out.push_str(&line_out);
    out.push('\n');
}

/// The "Type: message" line (with module prefix for non-builtin, non-__main__ classes).
pub fn exception_only(vm: &mut Vm, exc: &Value) -> String {
    let cls = types::class_of(exc);
    let t = types::type_data(&cls);
    let q = t.map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    let module = crate::objects::typeobj::type_module_name(vm, &Value::Obj(cls.clone())).ok().flatten();
    let name = match module {
        Some(m) if m != "builtins" && m != "__main__" => format!("{}.{}", m, q),
        _ => q,
    };
    let mut out = String::new();
    if let Value::Obj(o) = exc {
        if is_sub(o, &types().exc.syntax_error) {
            return syntax_error_lines(vm, o, &name);
        }
    }
    let msg = match vm.str(exc) {
        Ok(s) => s.payload_str().to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{}: {}", name, msg));
    }
    out.push('\n');
    if let Value::Obj(o) = exc {
        if let Some(notes) = get_attr_raw(o, "__notes__") {
            if let Some(Payload::List(l)) = notes.payload() {
                for n in l.borrow().clone() {
                    let s = vm.str_string(&n).unwrap_or_default();
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn syntax_error_lines(vm: &mut Vm, o: &PyRef, name: &str) -> String {
    let mut out = String::new();
    let filename = get_attr_raw(o, "filename").unwrap_or(Value::None);
    let lineno = get_attr_raw(o, "lineno").unwrap_or(Value::None);
    let offset = get_attr_raw(o, "offset").unwrap_or(Value::None);
    let end_offset = get_attr_raw(o, "end_offset").unwrap_or(Value::None);
    let end_lineno = get_attr_raw(o, "end_lineno").unwrap_or(Value::None);
    let text = get_attr_raw(o, "text").unwrap_or(Value::None);
    let msg = get_attr_raw(o, "msg").unwrap_or(Value::None);
    if let (Some(f), Value::Int(l)) = (filename.as_rust_str(), &lineno) {
        out.push_str(&format!("  File \"{}\", line {}\n", f, l));
    }
    if let Some(t) = text.as_rust_str() {
        let t = t.to_string();
        let off = crate::objects::intobj::to_i64(&offset).unwrap_or(-1);
        let mut end = crate::objects::intobj::to_i64(&end_offset).unwrap_or(-1);
        if crate::objects::intobj::to_i64(&end_lineno) != crate::objects::intobj::to_i64(&lineno) {
            end = -1;
        }
        let line = t.split('\n').next().unwrap_or("").to_string();
        let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
        let lead = (line.chars().count() - stripped.chars().count()) as i64;
        let text_line = stripped.trim_end_matches(['\n', '\r']);
        out.push_str("    ");
        out.push_str(text_line);
        out.push('\n');
        let len = text_line.chars().count() as i64;
        let mut o0 = off - 1 - lead;
        if o0 > len {
            o0 = len;
        }
        if off >= 1 && o0 >= 0 {
            let mut e0 = end - 1 - lead;
            if e0 > len + 1 {
                e0 = len + 1;
            }
            let n = if end > 0 && e0 > o0 { e0 - o0 } else { 1 };
            out.push_str("    ");
            for _ in 0..o0 {
                out.push(' ');
            }
            for _ in 0..n {
                out.push('^');
            }
            out.push('\n');
        }
    }
    let m = if msg.is_none() { String::new() } else { vm.str_string(&msg).unwrap_or_default() };
    out.push_str(&format!("{}: {}\n", name, m));
    out
}

fn format_tb(vm: &Vm, exc: &PyObject, out: &mut String) {
    let Some(d) = exc_data(exc) else { return };
    let entries = d.tb_entries.borrow().clone();
    if entries.is_empty() {
        return;
    }
    out.push_str("Traceback (most recent call last):\n");
    // Repeated identical frames are collapsed like CPython does.
    let mut last: Option<(usize, u32, u32)> = None;
    let mut count = 0;
    let flush = |out: &mut String, count: usize| {
        if count > 3 {
            let n = count - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for e in entries.iter().rev() {
        let key = (Rc::as_ptr(&e.code) as usize, e.code.line_of(e.lasti as usize), e.lasti);
        if Some(key) == last {
            count += 1;
            if count > 3 {
                continue;
            }
        } else {
            flush(out, count);
            last = Some(key);
            count = 1;
        }
        format_frame(vm, &e.code, e.lasti, out);
    }
    flush(out, count);
}

/// The full text CPython prints for an uncaught exception (with chained exceptions).
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut seen: Vec<usize> = Vec::new();
    let mut out = String::new();
    format_chain(vm, exc, &mut seen, &mut out);
    out
}

fn format_chain(vm: &mut Vm, exc: &Value, seen: &mut Vec<usize>, out: &mut String) {
    let Value::Obj(o) = exc else { return };
    seen.push(Rc::as_ptr(o) as usize);
    if let Some(d) = exc_data(o) {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if let Value::Obj(c) = &cause {
            if !seen.contains(&(Rc::as_ptr(c) as usize)) {
                format_chain(vm, &cause, seen, out);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let Value::Obj(c) = &context {
            if !d.suppress_context.get() && !seen.contains(&(Rc::as_ptr(c) as usize)) {
                format_chain(vm, &context, seen, out);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
    if types::isinstance(exc, &types().exc.base_exception_group) {
        format_group(vm, o, out, 0);
        return;
    }
    format_tb(vm, o, out);
    let line = exception_only(vm, exc);
    out.push_str(&line);
}

fn format_group(vm: &mut Vm, o: &PyRef, out: &mut String, depth: usize) {
    let margin = |depth: usize| -> String { "  ".repeat(depth.saturating_sub(0)) };
    let mut tb = String::new();
    format_tb(vm, o, &mut tb);
    let prefix = if depth == 0 { "  + ".to_string() } else { format!("{}| ", margin(depth)) };
    let _ = prefix;
    let mut body = String::new();
    if tb.is_empty() {
        body.push_str("");
    } else {
        body.push_str(&tb.replacen("Traceback (most recent call last):", "Exception Group Traceback (most recent call last):", 1));
    }
    body.push_str(&exception_only(vm, &Value::Obj(o.clone())));
    for l in body.lines() {
        if depth == 0 {
            out.push_str(&format!("  | {}\n", l));
        } else {
            out.push_str(&format!("    | {}\n", l));
        }
    }
    let (_, excs) = eg_parts(&Value::Obj(o.clone()));
    let n = excs.len();
    for (i, e) in excs.iter().enumerate() {
        let header = if i == 0 { format!("+---------------- {} ----------------", i + 1) } else { format!("+---------------- {} ----------------", i + 1) };
        out.push_str(&format!("    {}\n", header));
        let mut sub = String::new();
        let mut seen = Vec::new();
        format_chain(vm, e, &mut seen, &mut sub);
        for l in sub.lines() {
            out.push_str(&format!("    | {}\n", l));
        }
        if i + 1 == n {
            out.push_str("    +------------------------------------\n");
        }
    }
    // CPython starts the group block with "  + Exception Group Traceback".
    if depth == 0 && out.starts_with("  | Exception Group Traceback") {
        let fixed = out.replacen("  | Exception Group Traceback", "  + Exception Group Traceback", 1);
        *out = fixed;
    }
}

/// Prints an "Exception ignored in" message to stderr (for __del__ and callbacks).
pub fn write_unraisable(vm: &mut Vm, e: &PyErr, what: &str, obj: &Value) {
    let r = vm.repr_string(obj).unwrap_or_default();
    let text = format_exception(vm, &Value::Obj(e.0.clone()));
    vm.flush_stdout();
    eprint!("{}: {}\n{}", what, r, text);
}
