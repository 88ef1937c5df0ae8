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

pub fn is_attribute_error(o: &PyObject) -> bool {
    is_sub(o, &types().exc.attribute_error)
}

/// Gives an AttributeError without `name` and `obj` those of the failed lookup.
pub fn set_attr_error_context(o: &PyRef, name: &PyRef, obj: &Value) {
    let unset = |n| get_attr_raw(o, n).is_none_or(|v| v.is_none());
    if unset("name") && unset("obj") {
        set_attr_raw(o, "name", Value::Obj(name.clone()));
        set_attr_raw(o, "obj", obj.clone());
    }
}

/// The builtin exception classes whose instances carry attributes of their own.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Special {
    Plain,
    StopIteration,
    SystemExit,
    ImportError,
    OsError,
    SyntaxError,
    NameError,
    AttributeError,
    UnicodeError,
    UnicodeTranslateError,
}

/// Which of the `Special` classes `o` derives from, in one walk of its MRO (raising and
/// catching exceptions is hot: this replaced a dozen subclass tests per exception).
fn special_kind(o: &PyObject) -> Special {
    let t = &types().exc;
    let cls = o.class();
    let Some(td) = types::type_data(&cls) else {
        return Special::Plain;
    };
    let is = |c: &PyRef, k: &PyRef| Rc::ptr_eq(c, k);
    for c in td.mro.borrow().iter() {
        // Every special class lies below these two, so it comes before them in an MRO.
        if is(c, &t.exception) || is(c, &t.base_exception) {
            break;
        }
        let kind = if is(c, &t.stop_iteration) || is(c, &t.stop_async_iteration) {
            Special::StopIteration
        } else if is(c, &t.system_exit) {
            Special::SystemExit
        } else if is(c, &t.import_error) {
            Special::ImportError
        } else if is(c, &t.os_error) {
            Special::OsError
        } else if is(c, &t.syntax_error) {
            Special::SyntaxError
        } else if is(c, &t.name_error) {
            Special::NameError
        } else if is(c, &t.attribute_error) {
            Special::AttributeError
        } else if is(c, &t.unicode_decode_error) || is(c, &t.unicode_encode_error) {
            Special::UnicodeError
        } else if is(c, &t.unicode_translate_error) {
            Special::UnicodeTranslateError
        } else {
            continue;
        };
        return kind;
    }
    Special::Plain
}

/// Per-class attributes derived from args (as the builtin __init__ methods set them).
fn init_attrs(o: &PyRef, args: &Value) {
    let kind = special_kind(o);
    if kind == Special::Plain {
        return;
    }
    let a: Vec<Value> = tupleobj::tuple_items(args)
        .map(|x| x.to_vec())
        .unwrap_or_default();
    let first = a.first().cloned().unwrap_or(Value::None);
    if kind == Special::StopIteration {
        set_attr_raw(o, "value", first);
    } else if kind == Special::SystemExit {
        let code = match a.len() {
            0 => Value::None,
            1 => first,
            _ => args.clone(),
        };
        set_attr_raw(o, "code", code);
    } else if kind == Special::ImportError {
        if get_attr_raw(o, "name").is_none() {
            set_attr_raw(o, "name", Value::None);
        }
        if get_attr_raw(o, "path").is_none() {
            set_attr_raw(o, "path", Value::None);
        }
        set_attr_raw(o, "msg", if a.len() == 1 { first } else { Value::None });
    } else if kind == Special::OsError {
        let (errno, strerror, filename, filename2) = if (2..=5).contains(&a.len()) {
            (
                a[0].clone(),
                a[1].clone(),
                a.get(2).cloned().unwrap_or(Value::None),
                a.get(4).cloned().unwrap_or(Value::None),
            )
        } else {
            (Value::None, Value::None, Value::None, Value::None)
        };
        // BlockingIOError's third argument is characters_written (an integer), not a filename.
        let filename = if a.len() >= 3
            && matches!(filename, Value::Int(_))
            && types::isinstance(&Value::Obj(o.clone()), &types().exc.blocking_io_error)
        {
            set_attr_raw(o, "characters_written", filename);
            Value::None
        } else {
            filename
        };
        // With a filename, args keeps only (errno, strerror).
        if a.len() > 2 && !filename.is_none() {
            if let Some(d) = exc_data(o) {
                *d.args.borrow_mut() = tupleobj::new_tuple(a[..2].to_vec());
            }
        }
        set_attr_raw(o, "errno", errno);
        set_attr_raw(o, "strerror", strerror);
        set_attr_raw(o, "filename", filename.clone());
        set_attr_raw(o, "filename2", filename2);
        if (3..=5).contains(&a.len()) && !filename.is_none() {
            // With a filename, args keeps only (errno, strerror).
            if let Payload::Exception(d) = &o.payload {
                *d.args.borrow_mut() = tupleobj::new_tuple(a[..2].to_vec());
            }
        }
    } else if kind == Special::SyntaxError {
        set_attr_raw(o, "msg", first);
        let info: Vec<Value> = a
            .get(1)
            .and_then(|x| tupleobj::tuple_items(x).map(|t| t.to_vec()))
            .unwrap_or_default();
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (i, n) in names.iter().enumerate() {
            set_attr_raw(o, n, info.get(i).cloned().unwrap_or(Value::None));
        }
        set_attr_raw(o, "print_file_and_line", Value::None);
    } else if kind == Special::NameError || kind == Special::AttributeError {
        if get_attr_raw(o, "name").is_none() {
            set_attr_raw(o, "name", Value::None);
        }
        if kind == Special::AttributeError && get_attr_raw(o, "obj").is_none() {
            set_attr_raw(o, "obj", Value::None);
        }
    } else if kind == Special::UnicodeError {
        let names = ["encoding", "object", "start", "end", "reason"];
        for (i, n) in names.iter().enumerate() {
            set_attr_raw(o, n, a.get(i).cloned().unwrap_or(Value::None));
        }
    } else if kind == Special::UnicodeTranslateError {
        set_attr_raw(o, "encoding", Value::None);
        let names = ["object", "start", "end", "reason"];
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
pub fn add_traceback(exc: &PyRef, code: &Rc<Code>, lasti: u32, globals: &PyRef) {
    let filename = match &code.filename.payload {
        Payload::Str(s) => Some(s.as_str()),
        _ => None,
    };
    let qualname = match &code.qualname.payload {
        Payload::Str(s) => s.as_str(),
        _ => "",
    };
    if crate::modules::hides_frames(filename, qualname) {
        return;
    }
    if let Some(d) = exc_data(exc) {
        // The program may have relinked the traceback objects it was given.
        let tb = d.traceback.borrow().clone();
        if let Value::Obj(_) = tb {
            *d.tb_entries.borrow_mut() = entries_of_traceback(&tb);
        }
        d.tb_entries.borrow_mut().push(TbEntry {
            code: code.clone(),
            lasti,
            globals: Some(globals.clone()),
        });
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
    let Value::Obj(o) = exc else {
        return Value::None;
    };
    let Some(d) = exc_data(o) else {
        return Value::None;
    };
    let cur = d.traceback.borrow().clone();
    if !cur.is_null() {
        return cur;
    }
    let entries = d.tb_entries.borrow().clone();
    // Each entry's frame (outermost first, each one the `f_back` of the next); a module
    // frame's locals are its globals, a function's are not kept.
    let mut frames = Vec::with_capacity(entries.len());
    let mut back = match entries.last() {
        Some(e) => crate::modules::sys::live_caller_of(vm, &e.code),
        None => Value::None,
    };
    for e in entries.iter().rev() {
        let globals = e.globals.clone().map(Value::Obj).unwrap_or(Value::None);
        let locals = if e.code.name.payload_str() == "<module>" {
            globals.clone()
        } else {
            Value::Null
        };
        back = crate::modules::sys::new_frame(globals, locals, &e.code, e.lasti, back);
        frames.push(back.clone());
    }
    let mut next = Value::None;
    // Entries are innermost first; build the chain outermost -> innermost.
    for (e, frame) in entries.iter().zip(frames.into_iter().rev()) {
        let tb = types::new_obj_with_dict(
            &types().traceback,
            Payload::Object(RefCell::new(Vec::new())),
        );
        if let Value::Obj(t) = &tb {
            set_attr_raw(t, "tb_next", next.clone());
            set_attr_raw(
                t,
                "tb_lineno",
                Value::Int(e.code.line_of(e.lasti as usize) as i64),
            );
            set_attr_raw(t, "tb_lasti", Value::Int(e.lasti as i64 * 2));
            set_attr_raw(t, "tb_frame", frame);
            set_attr_raw(
                t,
                "_code",
                types::new_obj(&types().code, Payload::Code(e.code.clone())),
            );
        }
        next = tb;
    }
    *d.traceback.borrow_mut() = next.clone();
    next
}

/// Sets `__traceback__` from a traceback object (rebuilding the entry list).
pub fn set_traceback_value(vm: &mut Vm, exc: &PyRef, tb: Value) -> PyResult<()> {
    let Some(d) = exc_data(exc) else {
        return Ok(());
    };
    if !tb.is_none() && !types::isinstance(&tb, &types().traceback) {
        return Err(vm.new_type_error("__traceback__ must be a traceback or None"));
    }
    *d.tb_entries.borrow_mut() = entries_of_traceback(&tb);
    *d.traceback.borrow_mut() = tb;
    Ok(())
}

/// The entries (innermost first) of a chain of traceback objects, as `tb_next` links it
/// now (a program may have relinked it).
fn entries_of_traceback(tb: &Value) -> Vec<TbEntry> {
    let mut entries = Vec::new();
    let mut cur = tb.clone();
    while let Value::Obj(t) = &cur {
        if let Some(Value::Obj(c)) = get_attr_raw(t, "_code") {
            if let Payload::Code(code) = &c.payload {
                let lasti = get_attr_raw(t, "tb_lasti")
                    .and_then(|v| crate::objects::intobj::to_i64(&v))
                    .unwrap_or(0)
                    / 2;
                let globals = match get_attr_raw(t, "tb_frame") {
                    Some(Value::Obj(f)) => {
                        get_attr_raw(&f, "f_globals").and_then(|g| g.as_obj().cloned())
                    }
                    _ => None,
                };
                entries.push(TbEntry {
                    code: code.clone(),
                    lasti: lasti as u32,
                    globals,
                });
            }
        }
        cur = get_attr_raw(t, "tb_next").unwrap_or(Value::None);
    }
    entries.reverse();
    entries
}

/// Converts a compile-time syntax error to a Python exception.
pub fn syntax_error_to_exc(vm: &mut Vm, e: SyntaxErr) -> PyErr {
    let t = types();
    let cls = match e.kind {
        SyntaxKind::Syntax => &t.exc.syntax_error,
        SyntaxKind::Indentation => &t.exc.indentation_error,
        SyntaxKind::Tab => &t.exc.tab_error,
        SyntaxKind::Recursion => {
            return vm.new_recursion_error(if e.msg.is_empty() {
                "maximum recursion depth exceeded during compilation".to_string()
            } else {
                e.msg.clone()
            });
        }
        SyntaxKind::Memory => return vm.new_memory_error(),
    };
    let text = match &e.text {
        Some(s) => strobj::new_str(s.clone()),
        None => Value::None,
    };
    let info = tupleobj::new_tuple(vec![
        strobj::new_str(e.filename.clone()),
        Value::Int(e.line),
        Value::Int(e.col),
        text,
        Value::Int(e.end_line),
        // No end column at all (CPython's __future__ errors): None.
        if e.end_col == i64::MIN {
            Value::None
        } else {
            Value::Int(e.end_col)
        },
    ]);
    let exc = new_exception_obj(cls, vec![strobj::new_str(e.msg.clone()), info]);
    PyErr(exc)
}

// ----- str / repr -----

pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(o) = v else {
        return Ok(String::new());
    };
    let t = types();
    let args: Vec<Value> = exc_data(o)
        .map(|d| {
            tupleobj::tuple_items(&d.args.borrow())
                .map(|x| x.to_vec())
                .unwrap_or_default()
        })
        .unwrap_or_default();
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
                return Ok(format!(
                    "[Errno {}] {}: {} -> {}",
                    vm.str_string(&errno)?,
                    vm.str_string(&strerror)?,
                    f,
                    f2
                ));
            }
            return Ok(format!(
                "[Errno {}] {}: {}",
                vm.str_string(&errno)?,
                vm.str_string(&strerror)?,
                f
            ));
        }
        if !errno.is_none() && !strerror.is_none() {
            return Ok(format!(
                "[Errno {}] {}",
                vm.str_string(&errno)?,
                vm.str_string(&strerror)?
            ));
        }
    }
    if is_sub(o, &t.exc.syntax_error) {
        // A missing message reads "None", as str(None) (CPython's SyntaxError_str).
        let msg = get_attr_raw(o, "msg").unwrap_or(Value::None);
        let msg_s = vm.str_string(&msg)?;
        let filename = get_attr_raw(o, "filename").unwrap_or(Value::None);
        let lineno = get_attr_raw(o, "lineno").unwrap_or(Value::None);
        let fname = filename
            .as_rust_str()
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
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
                return Ok(crate::codecs::unicode_error_str(
                    vm,
                    is_sub(o, &t.exc.unicode_decode_error),
                    &enc,
                    &obj,
                    &start,
                    &end,
                    &reason,
                ));
            }
        }
    }
    if is_sub(o, &t.exc.unicode_translate_error) {
        if let (Some(Value::Obj(obj)), Some(start), Some(end), Some(reason)) = (
            get_attr_raw(o, "object"),
            get_attr_raw(o, "start"),
            get_attr_raw(o, "end"),
            get_attr_raw(o, "reason"),
        ) {
            if let (Payload::Str(_), Value::Int(s), Value::Int(e)) = (&obj.payload, start, end) {
                let reason = vm.str_string(&reason)?;
                let c = usize::try_from(s)
                    .ok()
                    .and_then(|i| obj.payload_str().chars().nth(i));
                return Ok(match c {
                    Some(c) if e == s + 1 => {
                        let cs = crate::codecs::backslash_escape(crate::unicode::code_of(c));
                        format!("can't translate character '{cs}' in position {s}: {reason}")
                    }
                    _ => format!(
                        "can't translate characters in position {}-{}: {reason}",
                        s,
                        e - 1
                    ),
                });
            }
        }
    }
    if is_sub(o, &t.exc.base_exception_group) {
        let (msg, excs) = eg_parts(&Value::Obj(o.clone()));
        let n = excs.len();
        let m = vm.str_string(&msg)?;
        return Ok(format!(
            "{} ({} sub-exception{})",
            m,
            n,
            if n == 1 { "" } else { "s" }
        ));
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
    let Value::Obj(o) = v else {
        return Err(vm.new_type_error("exception expected"));
    };
    let name = types::type_data(&o.class())
        .map(|t| t.name())
        .unwrap_or_default();
    let a: Vec<Value> = exc_data(o)
        .map(|d| {
            tupleobj::tuple_items(&d.args.borrow())
                .map(|x| x.to_vec())
                .unwrap_or_default()
        })
        .unwrap_or_default();
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

/// `BaseException.__str__`: '' / str(the one arg) / str(args), whatever the subclass.
fn exc_base_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.pos.first() else {
        return Ok(strobj::new_str(String::new()));
    };
    let Some(d) = exc_data(o) else {
        return exception_str(vm, &args.pos[0]).map(strobj::new_str);
    };
    let a = d.args.borrow().clone();
    let items = tupleobj::tuple_items(&a).map(|x| x.to_vec());
    match items.as_deref() {
        Some([]) => Ok(strobj::new_str(String::new())),
        Some([one]) => vm.str_string(one).map(strobj::new_str),
        _ => vm.str_string(&a).map(strobj::new_str),
    }
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        Some(other) => {
            return Err(vm.new_type_error(format!(
                "BaseException.__new__(X): X is not a type object ({})",
                types::type_name(other)
            )))
        }
        None => return Err(vm.new_type_error("BaseException.__new__(): not enough arguments")),
    };
    if !types::is_subtype(&cls, &types().exc.base_exception) {
        let name = types::type_data(&cls).map(|t| t.name()).unwrap_or_default();
        return Err(vm.new_type_error(format!(
            "BaseException.__new__({0}): {0} is not a subtype of BaseException",
            name
        )));
    }
    let rest = args.pos[1..].to_vec();
    if types::is_subtype(&cls, &types().exc.base_exception_group) {
        return eg_new(vm, &cls, &rest);
    }
    // OSError(errno, strerror, ...) itself picks the subclass of that errno.
    let cls = match (rest.len(), rest.first()) {
        (2..=5, Some(code)) if Rc::ptr_eq(&cls, &types().exc.os_error) => {
            match crate::objects::intobj::to_i64(code).and_then(|c| i32::try_from(c).ok()) {
                Some(c) => crate::modules::os::os_error_class(c),
                None => cls,
            }
        }
        _ => cls,
    };
    let o = new_exception_obj(&cls, rest);
    let t = types::type_data(&cls);
    if t.map(|t| t.has_flag(types::type_flags::HAS_DEL))
        .unwrap_or(false)
    {
        vm.finalizable.push(o.clone());
    }
    Ok(Value::Obj(o))
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.pos.first() else {
        return Err(vm.new_type_error("exception expected"));
    };
    let kind = special_kind(o);
    let kw_base = match kind {
        Special::ImportError => Some("ImportError"),
        Special::NameError => Some("NameError"),
        Special::AttributeError => Some("AttributeError"),
        _ => None,
    };
    if args.has_kw() && kw_base.is_none() {
        let name = types::type_data(&o.class())
            .map(|t| t.name())
            .unwrap_or_default();
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
            let ok = match kind {
                Special::ImportError => n == "name" || n == "path",
                Special::NameError => n == "name",
                Special::AttributeError => n == "name" || n == "obj",
                _ => false,
            };
            if ok {
                set_attr_raw(o, n, v.clone());
            } else if let Some(base) = kw_base {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    n, base
                )));
            }
        }
    }
    Ok(Value::None)
}

fn need_exc<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a ExceptionData> {
    v.as_obj()
        .and_then(|o| exc_data(o))
        .ok_or_else(|| vm.new_type_error("exception expected"))
}

fn g_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(need_exc(vm, v)?.args.borrow().clone())
}
fn s_args(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(vm.new_type_error("args may not be deleted"));
    };
    let items = vm.collect_iter(&new)?;
    *need_exc(vm, v)?.args.borrow_mut() = tupleobj::new_tuple(items);
    Ok(())
}
fn g_tb(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    need_exc(vm, v)?;
    Ok(traceback_of(vm, v))
}
fn s_tb(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(vm.new_type_error("__traceback__ may not be deleted"));
    };
    let o = v
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.new_type_error("exception expected"))?;
    set_traceback_value(vm, &o, new)
}
fn g_cause(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(need_exc(vm, v)?.cause.borrow().clone())
}
fn s_cause(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(vm.new_type_error("__cause__ may not be deleted"));
    };
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
    let Some(new) = new else {
        return Err(vm.new_type_error("__context__ may not be deleted"));
    };
    if !new.is_none() && !types::isinstance(&new, &types().exc.base_exception) {
        return Err(
            vm.new_type_error("exception context must be None or derive from BaseException")
        );
    }
    *need_exc(vm, v)?.context.borrow_mut() = new;
    Ok(())
}
fn g_suppress(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(need_exc(vm, v)?.suppress_context.get()))
}
fn s_suppress(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    // A bool member (T_BOOL) in CPython.
    let b = match new {
        Some(Value::Bool(b)) => b,
        Some(_) => return Err(vm.new_type_error("attribute value type must be bool")),
        None => return Err(vm.new_type_error("can't delete numeric/char attribute")),
    };
    need_exc(vm, v)?.suppress_context.set(b);
    Ok(())
}

fn exc_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "with_traceback", 2)?;
    let o = a[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.new_type_error("exception expected"))?;
    set_traceback_value(vm, &o, a[1].clone())?;
    Ok(a[0].clone())
}

/// The arguments of a one-argument method (`self` plus one), with CPython's message.
fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, qualname: &str) -> PyResult<&'a [Value]> {
    args.no_kw(vm, qualname)?;
    if args.pos.len() != 2 {
        let n = args.pos.len().saturating_sub(1);
        // (CPython words this differently per method.)
        let msg = match qualname {
            "split" | "subgroup" => format!("{} expected 1 argument, got {}", qualname, n),
            "derive" => format!("function takes exactly 1 argument ({} given)", n),
            _ => format!("{}() takes exactly one argument ({} given)", qualname, n),
        };
        return Err(vm.new_type_error(msg));
    }
    Ok(args.pos)
}

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, &args, "BaseException.add_note")?;
    if a[1].as_str().is_none() {
        return Err(vm.new_type_error(format!(
            "note must be a str, not '{}'",
            types::type_name(&a[1])
        )));
    }
    let o = a[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.new_type_error("exception expected"))?;
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
        if crate::objects::dictobj::as_dict(&dv)
            .map(|x| !x.is_empty())
            .unwrap_or(false)
        {
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
    MethodDef::method("__str__", exc_base_str),
    MethodDef::method("with_traceback", exc_with_traceback),
    MethodDef::method("add_note", exc_add_note),
    MethodDef::method("__reduce__", exc_reduce),
    MethodDef::method("__setstate__", exc_setstate),
    MethodDef::getset("args", g_args, s_args),
    MethodDef::getset("__traceback__", g_tb, s_tb),
    MethodDef::getset(
        "__dict__",
        crate::objects::objectobj::instance_dict_get,
        crate::objects::objectobj::instance_dict_set,
    ),
    MethodDef::getset("__cause__", g_cause, s_cause),
    MethodDef::getset("__context__", g_context, s_context),
    MethodDef::getset("__suppress_context__", g_suppress, s_suppress),
];

/// Extra methods of specific exception classes.
pub fn methods_for(name: &str) -> &'static [MethodDef] {
    match name {
        "BaseExceptionGroup" => EG_METHODS,
        "KeyError"
        | "OSError"
        | "SyntaxError"
        | "ImportError"
        | "UnicodeEncodeError"
        | "UnicodeDecodeError"
        | "UnicodeTranslateError" => OWN_STR_METHODS,
        _ => &[],
    }
}

// ----- exception groups -----

fn eg_new(vm: &mut Vm, cls: &PyRef, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    if args[0].as_str().is_none() {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            types::type_name(&args[0])
        )));
    }
    // A sequence: something with __getitem__ that is not a mapping (PySequence_Check).
    let is_seq = match args[1].payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => true,
        Some(Payload::Dict(_)) | None => false,
        Some(_) => {
            let cls = types::class_of(&args[1]);
            !types::is_subtype(&cls, &types().dict)
                && types::lookup_str(&cls, "__getitem__").is_some()
        }
    };
    if !is_seq {
        return Err(vm.new_type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm
        .collect_iter(&args[1])
        .map_err(|_| vm.new_type_error("second argument (exceptions) must be a sequence"))?;
    if excs.is_empty() {
        return Err(vm.new_value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let t = types();
    let mut all_exception = true;
    for (i, e) in excs.iter().enumerate() {
        if !types::isinstance(e, &t.exc.base_exception) {
            return Err(vm.new_value_error(format!(
                "Item {} of second argument (exceptions) is not an exception",
                i
            )));
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
    // args keeps the sequence as given (repr shows it); a list is kept as a copy.
    let kept = tupleobj::new_tuple(excs.clone());
    let seq = match args[1].payload() {
        Some(Payload::Tuple(_)) => args[1].clone(),
        Some(Payload::List(_)) => listobj::new_list(excs),
        _ => kept.clone(),
    };
    let o = new_exception_obj(&cls, vec![args[0].clone(), seq]);
    // `message` and `exceptions` do not follow later changes of `args`: the group keeps
    // them in the (otherwise unused) notes slot.
    if let Some(d) = exc_data(&o) {
        *d.notes.borrow_mut() = tupleobj::new_tuple(vec![args[0].clone(), kept]);
    }
    Ok(Value::Obj(o))
}

fn eg_parts(v: &Value) -> (Value, Vec<Value>) {
    let Some(o) = v.as_obj() else {
        return (Value::None, Vec::new());
    };
    let Some(d) = exc_data(o) else {
        return (Value::None, Vec::new());
    };
    let kept = d.notes.borrow().clone();
    if let Some([msg, excs]) = tupleobj::tuple_items(&kept) {
        let excs = tupleobj::tuple_items(excs)
            .map(|x| x.to_vec())
            .unwrap_or_default();
        return (msg.clone(), excs);
    }
    let a: Vec<Value> = tupleobj::tuple_items(&d.args.borrow())
        .map(|x| x.to_vec())
        .unwrap_or_default();
    let msg = a.first().cloned().unwrap_or(Value::None);
    let excs = match a.get(1).and_then(|e| e.payload()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    };
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
            let r = vm.call(cond, std::slice::from_ref(e))?;
            vm.truthy(&r)
        }
    }
}

/// Copies an exception group with new contents (`derive`), keeping traceback, cause,
/// context and notes.
fn eg_derive_copy(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let new = vm.call_method(orig, "derive", &[listobj::new_list(excs)])?;
    // The copy shares the original's traceback object (`is`-identical, as in CPython).
    let tb = traceback_of(vm, orig);
    if let (Some(no), Some(oo)) = (new.as_obj(), orig.as_obj()) {
        if let (Some(nd), Some(od)) = (exc_data(no), exc_data(oo)) {
            *nd.cause.borrow_mut() = od.cause.borrow().clone();
            *nd.context.borrow_mut() = od.context.borrow().clone();
            nd.suppress_context.set(od.suppress_context.get());
            *nd.tb_entries.borrow_mut() = od.tb_entries.borrow().clone();
            *nd.traceback.borrow_mut() = tb;
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
    let mv = if m.is_empty() {
        Value::None
    } else {
        eg_derive_copy(vm, eg, m)?
    };
    let rv = if r.is_empty() {
        Value::None
    } else {
        eg_derive_copy(vm, eg, r)?
    };
    Ok((mv, rv))
}

/// Rejects a split/subgroup condition that is neither an exception type, a tuple of
/// them, nor a callable (CPython checks this before matching anything).
fn eg_check_cond(vm: &mut Vm, cond: &Value) -> PyResult<()> {
    let is_exc_type = |v: &Value| match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
            types::is_subtype(o, &types().exc.base_exception)
        }
        _ => false,
    };
    let ok = match cond {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => is_exc_type(cond),
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.iter().all(is_exc_type),
            _ => crate::builtins::is_callable(cond),
        },
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(vm.new_type_error("expected a function, exception type or tuple of exception types"))
    }
}

fn eg_split_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, &args, "split")?;
    eg_check_cond(vm, &a[1])?;
    let (m, r) = eg_split_rec(vm, &a[0], &a[1])?;
    Ok(tupleobj::new_tuple(vec![m, r]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, &args, "subgroup")?;
    eg_check_cond(vm, &a[1])?;
    let (m, _) = eg_split_rec(vm, &a[0], &a[1])?;
    Ok(m)
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, &args, "derive")?;
    let (msg, _) = eg_parts(&a[0]);
    eg_new(vm, &types().exc.base_exception_group, &[msg, a[1].clone()])
}

fn eg_class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(crate::objects::typeobj::generic_alias(
        &args.pos[0],
        &args.pos[1],
    ))
}

static EG_METHODS: &[MethodDef] = &[
    MethodDef::method("split", eg_split_m),
    MethodDef::method("subgroup", eg_subgroup),
    MethodDef::method("derive", eg_derive),
    MethodDef::classmethod("__class_getitem__", eg_class_getitem),
    MethodDef::getter("message", g_message),
    MethodDef::getter("exceptions", g_exceptions),
    MethodDef::method("__str__", exc_str),
];

/// The classes with a `__str__` of their own (KeyError quoting, OSError's errno form, ...);
/// `BaseException.__str__` itself only renders the args.
static OWN_STR_METHODS: &[MethodDef] = &[MethodDef::method("__str__", exc_str)];

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
            return Err(vm.new_type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if let Value::Obj(o) = t {
            if types::is_subtype(o, &types().exc.base_exception_group) {
                return Err(vm.new_type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
    }
    let is_group = types::isinstance(rest, &types().exc.base_exception_group);
    if !is_group {
        // A naked exception: matches are wrapped in an ExceptionGroup.
        if vm.isinstance(rest, typ)? {
            let eg = eg_new(
                vm,
                &types().exc.base_exception_group,
                &[
                    strobj::new_str(String::new()),
                    tupleobj::new_tuple(vec![rest.clone()]),
                ],
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

/// The leaves of an exception group (the exception itself when not a group), by identity.
fn eg_leaf_ids(v: &Value, out: &mut Vec<usize>) {
    if types::isinstance(v, &types().exc.base_exception_group) {
        for e in eg_parts(v).1 {
            eg_leaf_ids(&e, out);
        }
    } else if let Value::Obj(o) = v {
        out.push(Rc::as_ptr(o) as usize);
    }
}

/// The part of group `eg` made of the leaves in `keep` (structure and metadata kept), or
/// None (CPython's `exception_group_projection`).
fn eg_projection(vm: &mut Vm, eg: &Value, keep: &[usize]) -> PyResult<Value> {
    if !types::isinstance(eg, &types().exc.base_exception_group) {
        let id = eg.as_obj().map(|o| Rc::as_ptr(o) as usize).unwrap_or(0);
        return Ok(if keep.contains(&id) {
            eg.clone()
        } else {
            Value::None
        });
    }
    let (_, excs) = eg_parts(eg);
    let mut kept = Vec::new();
    let mut all = true;
    for e in &excs {
        let p = eg_projection(vm, e, keep)?;
        if p.is_none() {
            all = false;
        } else {
            if !p.is(e) {
                all = false;
            }
            kept.push(p);
        }
    }
    if kept.is_empty() {
        return Ok(Value::None);
    }
    if all {
        return Ok(eg.clone());
    }
    eg_derive_copy(vm, eg, kept)
}

/// Do two exceptions carry the same traceback, cause and context? (split() copies
/// them to its parts, so a re-raised part matches its original.)
fn same_exception_metadata(a: &Value, b: &Value) -> bool {
    let (Some(ao), Some(bo)) = (a.as_obj(), b.as_obj()) else {
        return false;
    };
    let (Some(ad), Some(bd)) = (exc_data(ao), exc_data(bo)) else {
        return false;
    };
    let same_tb = {
        let (ta, tb) = (ad.tb_entries.borrow(), bd.tb_entries.borrow());
        ta.len() == tb.len()
            && ta
                .iter()
                .zip(tb.iter())
                .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.lasti == y.lasti)
    };
    // (CPython 3.11 compares its unused `notes` slot too: __notes__ lives in the dict.)
    same_tb
        && ad.cause.borrow().is(&bd.cause.borrow())
        && ad.context.borrow().is(&bd.context.borrow())
}

/// End of a try/except*: what to raise, if anything (CPython's `_PyExc_PrepReraiseStar`).
/// `excs` lists what the handlers raised, then the unhandled rest (None if nothing is left).
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &Value) -> PyResult<Option<PyErr>> {
    let excs: Vec<Value> = listobj::list_items(excs)
        .into_iter()
        .filter(|e| !e.is_none())
        .collect();
    let as_err = |vm: &mut Vm, v: &Value| -> PyResult<PyErr> { vm.exception_from_value(v) };
    if !types::isinstance(orig, &types().exc.base_exception_group) {
        // A naked exception was caught (wrapped in a group): at most one handler ran.
        return match excs.first() {
            Some(e) => Ok(Some(as_err(vm, e)?)),
            None => Ok(None),
        };
    }
    // Re-raises (a bare `raise` of a split of the original: same traceback, cause and
    // context) versus new exceptions, as CPython's is_same_exception_metadata.
    let mut raised = Vec::new();
    let mut reraised_leaves = Vec::new();
    for e in &excs {
        if same_exception_metadata(e, orig) {
            eg_leaf_ids(e, &mut reraised_leaves);
        } else {
            raised.push(e.clone());
        }
    }
    let reraised = eg_projection(vm, orig, &reraised_leaves)?;
    if raised.is_empty() {
        return if reraised.is_none() {
            Ok(None)
        } else {
            Ok(Some(as_err(vm, &reraised)?))
        };
    }
    if !reraised.is_none() {
        raised.push(reraised);
    }
    if raised.len() == 1 {
        return Ok(Some(as_err(vm, &raised[0])?));
    }
    // BaseExceptionGroup("", ...) is an ExceptionGroup when all are Exceptions.
    let eg = eg_new(
        vm,
        &types().exc.base_exception_group,
        &[strobj::new_str(String::new()), listobj::new_list(raised)],
    )?;
    Ok(Some(as_err(vm, &eg)?))
}

// ----- printing (CPython 3.11's pythonrun.c print_exception* and traceback.c) -----

/// CPython's `exception_print_context`.
struct PrintCtx {
    out: String,
    /// Exceptions already printed (chains may have cycles).
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
    /// Source files read for this traceback.
    files: std::collections::HashMap<String, Option<Rc<Vec<String>>>>,
    /// Nesting of chained/grouped exceptions (bounded like CPython's recursion check).
    depth: usize,
    /// Drawing for the traceback module, whose group frames do not restore the pending
    /// closing line after a chained exception (the C printer does).
    module_style: bool,
    /// max_group_width and max_group_depth.
    group_limits: (usize, usize),
    /// Whether causes and contexts are shown (the traceback module's `chain`).
    chain: bool,
    /// The traceback module's `limit` (its sign picks the outermost or innermost
    /// entries), instead of `sys.tracebacklimit`.
    tb_limit: Option<i64>,
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
/// sys.tracebacklimit's default.
const TRACEBACK_LIMIT: usize = 1000;
/// Identical consecutive entries shown before "[Previous line repeated ...]".
const TB_RECURSIVE_CUTOFF: usize = 3;
/// Bound on nested printing of chained and grouped exceptions.
const MAX_PRINT_DEPTH: usize = 200;

impl PrintCtx {
    fn margin(&self) -> &'static str {
        if self.group_depth > 0 {
            "| "
        } else {
            ""
        }
    }

    fn indent(&self) -> usize {
        2 * self.group_depth
    }

    fn write_indented_margin(&mut self) {
        let (n, m) = (self.indent(), self.margin());
        self.write_margin(n, m);
    }

    fn write_margin(&mut self, indent: usize, margin: &str) {
        for _ in 0..indent {
            self.out.push(' ');
        }
        self.out.push_str(margin);
    }

    /// Line `lineno` of a source file as CPython's traceback printer reads it (the file on
    /// disk, universal newlines, without the line break).
    fn source_line(&mut self, vm: &Vm, filename: &str, lineno: u32) -> Option<String> {
        if lineno == 0 || filename.is_empty() {
            return None;
        }
        if let Some(Some(lines)) = self.files.get(filename) {
            // Lines given by the caller (the traceback module's linecache).
            return lines.get(lineno as usize - 1).cloned();
        }
        if filename.starts_with('<') {
            // doctest examples show their source (CPython's doctest patches linecache).
            if !filename.starts_with("<doctest ") {
                return None;
            }
            let lines = vm.linecache.get(filename)?;
            return lines.get(lineno as usize - 1).cloned();
        }
        let lines = self
            .files
            .entry(filename.to_string())
            .or_insert_with(|| {
                let bytes = std::fs::read(filename).ok()?;
                let text = String::from_utf8_lossy(&bytes)
                    .replace("\r\n", "\n")
                    .replace('\r', "\n");
                let _ = vm;
                Some(Rc::new(text.split('\n').map(|l| l.to_string()).collect()))
            })
            .clone()?;
        let l = lines.get(lineno as usize - 1)?;
        // A final empty piece after the last newline is not a line.
        if lineno as usize == lines.len() && l.is_empty() {
            return None;
        }
        Some(l.clone())
    }
}

/// One traceback entry (`  File ..., line N, in name`, the source line and its carets) for
/// a code object and an instruction index, as the traceback printer shows it.
/// `lines`: the file's source lines to show instead of reading the file (line breaks
/// removed), as the traceback module takes them from `linecache`.
pub fn format_frame(
    vm: &Vm,
    code: &Code,
    lasti: u32,
    lines: Option<Vec<String>>,
    out: &mut String,
) {
    let mut files = std::collections::HashMap::new();
    if let Some(lines) = lines {
        files.insert(
            code.filename.payload_str().to_string(),
            Some(Rc::new(lines)),
        );
    }
    let mut ctx = PrintCtx {
        module_style: false,
        chain: true,
        tb_limit: None,
        group_limits: (MAX_GROUP_WIDTH, MAX_GROUP_DEPTH),
        out: String::new(),
        seen: Vec::new(),
        group_depth: 0,
        need_close: false,
        files,
        depth: 0,
    };
    let lineno = code.line_of(lasti as usize);
    tb_displayline(vm, &mut ctx, code, lasti, lineno);
    out.push_str(&ctx.out);
}

/// The full text CPython prints for an uncaught exception (with chained exceptions);
/// `module_limits`: as the traceback module draws it instead, with these
/// max_group_width and max_group_depth.
pub fn format_exception(
    vm: &mut Vm,
    exc: &Value,
    module_limits: Option<(usize, usize)>,
    chain: bool,
    tb_limit: Option<i64>,
) -> String {
    let mut ctx = PrintCtx {
        module_style: module_limits.is_some(),
        chain,
        tb_limit,
        group_limits: module_limits.unwrap_or((MAX_GROUP_WIDTH, MAX_GROUP_DEPTH)),
        out: String::new(),
        seen: Vec::new(),
        group_depth: 0,
        need_close: false,
        files: std::collections::HashMap::new(),
        depth: 0,
    };
    print_exception_recursive(vm, &mut ctx, exc);
    ctx.out
}

fn print_exception_recursive(vm: &mut Vm, ctx: &mut PrintCtx, value: &Value) {
    if ctx.depth >= MAX_PRINT_DEPTH {
        return;
    }
    ctx.depth += 1;
    print_exception_cause_and_context(vm, ctx, value);
    if types::isinstance(value, &types().exc.base_exception_group) {
        print_exception_group(vm, ctx, value);
    } else {
        print_exception(vm, ctx, value);
    }
    ctx.depth -= 1;
}

fn print_exception_cause_and_context(vm: &mut Vm, ctx: &mut PrintCtx, value: &Value) {
    let Value::Obj(o) = value else { return };
    ctx.seen.push(Rc::as_ptr(o) as usize);
    if !ctx.chain {
        return;
    }
    let Some(d) = exc_data(o) else { return };
    let cause = d.cause.borrow().clone();
    // (`raise E from C` stores what calling C returned, even if not an exception.)
    if !matches!(cause, Value::None | Value::Null) {
        let seen = matches!(&cause, Value::Obj(c) if ctx.seen.contains(&(Rc::as_ptr(c) as usize)));
        if !seen {
            print_chained(
                vm,
                ctx,
                &cause,
                "The above exception was the direct cause of the following exception:\n",
            );
        }
        return;
    }
    if d.suppress_context.get() {
        return;
    }
    let context = d.context.borrow().clone();
    if let Value::Obj(c) = &context {
        if !ctx.seen.contains(&(Rc::as_ptr(c) as usize)) {
            print_chained(
                vm,
                ctx,
                &context,
                "During handling of the above exception, another exception occurred:\n",
            );
        }
    }
}

fn print_chained(vm: &mut Vm, ctx: &mut PrintCtx, value: &Value, message: &str) {
    let need_close = ctx.need_close;
    print_exception_recursive(vm, ctx, value);
    if !ctx.module_style {
        ctx.need_close = need_close;
    }
    ctx.write_indented_margin();
    ctx.out.push('\n');
    ctx.write_indented_margin();
    ctx.out.push_str(message);
    ctx.write_indented_margin();
    ctx.out.push('\n');
}

fn print_exception_group(vm: &mut Vm, ctx: &mut PrintCtx, value: &Value) {
    let (max_width, max_depth) = ctx.group_limits;
    if ctx.group_depth > max_depth {
        ctx.write_indented_margin();
        ctx.out
            .push_str(&format!("... (max_group_depth is {})\n", max_depth));
        return;
    }
    if ctx.group_depth == 0 {
        ctx.group_depth += 1;
    }
    print_exception(vm, ctx, value);
    let (_, excs) = eg_parts(value);
    let num = excs.len();
    let n = if num <= max_width { num } else { max_width + 1 };
    ctx.need_close = false;
    for (i, exc) in excs.iter().take(n).enumerate() {
        let last = i + 1 == n;
        if last {
            // The closing frame may be added in a recursive call.
            ctx.need_close = true;
        }
        let ind = ctx.indent();
        ctx.write_margin(ind, "");
        let truncated = i >= max_width;
        let lead = if i == 0 { "+-" } else { "  " };
        if truncated {
            ctx.out
                .push_str(&format!("{}+---------------- ... ----------------\n", lead));
        } else {
            ctx.out.push_str(&format!(
                "{}+---------------- {} ----------------\n",
                lead,
                i + 1
            ));
        }
        ctx.group_depth += 1;
        if !truncated {
            print_exception_recursive(vm, ctx, exc);
        } else {
            let remaining = num - max_width;
            ctx.write_indented_margin();
            ctx.out.push_str(&format!(
                "and {} more exception{}\n",
                remaining,
                if remaining > 1 { "s" } else { "" }
            ));
        }
        if last && ctx.need_close {
            let ind = ctx.indent();
            ctx.write_margin(ind, "");
            ctx.out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if ctx.group_depth == 1 {
        ctx.group_depth -= 1;
    }
}

fn print_exception(vm: &mut Vm, ctx: &mut PrintCtx, value: &Value) {
    let Value::Obj(o) = value else {
        ctx.out.push_str(&format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            types::type_name(value)
        ));
        return;
    };
    if exc_data(o).is_none() {
        ctx.out.push_str(&format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            types::type_name(value)
        ));
        return;
    }
    vm.flush_stdout();
    print_exception_traceback(vm, ctx, o);
    let cls = o.class();
    // A SyntaxError shows its location; its message is then what is printed.
    let mut shown = value.clone();
    if is_sub(o, &types().exc.syntax_error) {
        if let Some(msg) = print_exception_file_and_line(vm, ctx, o) {
            shown = msg;
        }
    }
    print_exception_message(vm, ctx, &cls, &shown);
    print_exception_suggestions(vm, ctx, o);
    ctx.out.push('\n');
    print_exception_notes(vm, ctx, o);
}

fn print_exception_traceback(vm: &mut Vm, ctx: &mut PrintCtx, o: &PyRef) {
    let Some(d) = exc_data(o) else { return };
    // Once the program has the traceback objects, their `tb_next` links are the truth.
    let tb = d.traceback.borrow().clone();
    let entries = match tb {
        Value::Obj(_) => entries_of_traceback(&tb),
        _ => d.tb_entries.borrow().clone(),
    };
    // sys.tracebacklimit (an int) bounds the entries shown; 0 or less shows none.
    let limit = match crate::objects::moduleobj::module_get(&vm.sys, "tracebacklimit") {
        Some(Value::Int(n)) => n.clamp(0, TRACEBACK_LIMIT as i64) as usize,
        Some(Value::Bool(b)) => b as usize,
        _ => TRACEBACK_LIMIT,
    };
    // Entries are innermost first: the C printer shows the innermost `limit`, the
    // traceback module the outermost `n` (or, for a negative `n`, the innermost).
    let (skip, limit) = match ctx.tb_limit {
        Some(n) if n >= 0 => (entries.len().saturating_sub(n as usize), n as usize),
        Some(n) => (0, n.unsigned_abs() as usize),
        None => (0, limit),
    };
    if entries.len() <= skip || limit == 0 {
        return;
    }
    let is_group = is_sub(o, &types().exc.base_exception_group);
    let header = if is_group {
        "Exception Group Traceback (most recent call last):\n"
    } else {
        "Traceback (most recent call last):\n"
    };
    let header_margin = if is_group && ctx.group_depth == 1 {
        "+ "
    } else {
        ctx.margin()
    };
    let ind = ctx.indent();
    ctx.write_margin(ind, header_margin);
    ctx.out.push_str(header);
    let shown: Vec<&TbEntry> = entries.iter().skip(skip).take(limit).collect();
    let mut last: Option<(usize, u32, usize)> = None;
    let mut cnt = 0usize;
    for e in shown.into_iter().rev() {
        let lineno = e.code.line_of(e.lasti as usize);
        let key = (
            Rc::as_ptr(&e.code.filename) as usize,
            lineno,
            Rc::as_ptr(&e.code.name) as usize,
        );
        if last != Some(key) {
            if cnt > TB_RECURSIVE_CUTOFF {
                print_line_repeated(ctx, cnt);
            }
            last = Some(key);
            cnt = 0;
        }
        cnt += 1;
        if cnt <= TB_RECURSIVE_CUTOFF {
            tb_displayline(vm, ctx, &e.code, e.lasti, lineno);
        }
    }
    if cnt > TB_RECURSIVE_CUTOFF {
        print_line_repeated(ctx, cnt);
    }
}

fn print_line_repeated(ctx: &mut PrintCtx, cnt: usize) {
    let n = cnt - TB_RECURSIVE_CUTOFF;
    let ind = ctx.indent();
    let m = ctx.margin();
    ctx.write_margin(ind, m);
    ctx.out.push_str(&format!(
        "  [Previous line repeated {} more time{}]\n",
        n,
        if n > 1 { "s" } else { "" }
    ));
}

fn is_tb_whitespace(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\x0c'
}

/// One traceback entry: the "File" line, the source line and the carets under the
/// failing instruction's range (CPython's `tb_displayline`).
fn tb_displayline(vm: &Vm, ctx: &mut PrintCtx, code: &Code, lasti: u32, lineno: u32) {
    let ind = ctx.indent();
    let m = ctx.margin();
    ctx.write_margin(ind, m);
    ctx.out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        code.filename.payload_str(),
        lineno,
        code.name.payload_str()
    ));
    let Some(line) = ctx.source_line(vm, code.filename.payload_str(), lineno) else {
        return;
    };
    let chars: Vec<char> = line.chars().collect();
    let lead = chars.iter().take_while(|c| is_tb_whitespace(**c)).count();
    ctx.write_margin(ind, m);
    ctx.out.push_str("    ");
    ctx.out.extend(&chars[lead..]);
    ctx.out.push('\n');
    let Some(loc) = code.locs.get(lasti as usize).copied() else {
        return;
    };
    if loc.line == 0 || loc.end_line == 0 || loc.line != lineno || loc.end_line < loc.line {
        return;
    }
    // Columns are characters of the line (clipped to just after it, as CPython's
    // byte-to-character conversion does).
    let start = (loc.col as usize).min(chars.len() + 1);
    let mut end = (loc.end_col as usize).min(chars.len() + 1);
    let mut anchors = None;
    if loc.line == loc.end_line {
        if start <= end && end <= chars.len() {
            let segment: String = chars[start..end].iter().collect();
            anchors = extract_anchors(&segment).map(|(l, r)| (l + start, r + start));
        }
    } else {
        // A multi-line range: up to the last non-whitespace character of the line.
        let last = chars.iter().rposition(|c| !is_tb_whitespace(*c));
        end = last.map(|i| i + 1).unwrap_or(0);
    }
    // No carets when they would underline the whole line.
    if end.saturating_sub(start) == chars.len() - lead && anchors.is_none() {
        return;
    }
    ctx.write_margin(ind, m);
    ctx.out.push_str("    ");
    // Carets are counted in display columns: wide characters take two.
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    for (p, &c) in chars.iter().enumerate().take(end).skip(lead) {
        let ch = if p < start {
            ' '
        } else if anchors.is_some_and(|(l, r)| l <= p && p < r) {
            secondary
        } else {
            primary
        };
        for _ in 0..display_width(c) {
            ctx.out.push(ch);
        }
    }
    ctx.out.push('\n');
}

/// Columns a character takes on a terminal (East Asian Wide and Fullwidth take two).
fn display_width(c: char) -> usize {
    let u = c as u32;
    if u < 0x1100 && !(0x378..0x1100).contains(&u) {
        return 1;
    }
    match WIDE_RANGES.binary_search_by(|&(a, b)| {
        if b < u {
            std::cmp::Ordering::Less
        } else if a > u {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(_) => 2,
        Err(_) => 1,
    }
}

/// The operator of a binary operation or the brackets of a subscript in `segment` (the
/// failing range parsed on its own, after constant folding), as character offsets
/// (CPython's `extract_anchors_from_line`).
fn extract_anchors(segment: &str) -> Option<(usize, usize)> {
    let body = crate::parser::parse_module(segment, "<traceback>").ok()?;
    if body.len() != 1 {
        return None;
    }
    let crate::ast::StmtKind::Expr(e) = &body[0].kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    match &e.kind {
        crate::ast::ExprKind::BinOp { left, right, .. } => {
            if crate::compiler::folds_to_constant(e) {
                return None;
            }
            // Offsets on the segment's first line only.
            if left.span.end.line != 1 || right.span.start.line != 1 {
                return None;
            }
            let stop = right.span.start.col as usize;
            let mut i = left.span.end.col as usize;
            let mut found = None;
            while i < stop {
                if is_tb_whitespace(at(i)) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                // Two-character operators (`//`, `**`, `<<`, ...).
                if i + 1 < stop && !is_tb_whitespace(at(i + 1)) {
                    r += 1;
                }
                found = Some((i, r));
                // Skip the closing parentheses of the left operand.
                if i + 1 < stop && at(i) == ')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found
        }
        crate::ast::ExprKind::Subscript { value, slice, .. } => {
            if crate::compiler::folds_to_constant(e)
                || value.span.end.line != 1
                || slice.span.end.line != 1
            {
                return None;
            }
            let len = chars.len();
            let mut l = value.span.end.col as usize;
            let mut r = slice.span.end.col as usize + 1;
            while l < len && (is_tb_whitespace(chars[l]) || chars[l] != '[') {
                l += 1;
            }
            while r < len && (is_tb_whitespace(chars[r]) || chars[r] != ']') {
                r += 1;
            }
            if r < len {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}

/// The "File ..., line N", source and caret lines of a SyntaxError (CPython 3.11's
/// `print_exception_file_and_line` and `print_error_text`, which count offsets in bytes of
/// the UTF-8 text). Returns the message to print after them, None when the attributes do
/// not describe a location (then the exception prints as usual).
fn print_exception_file_and_line(vm: &mut Vm, ctx: &mut PrintCtx, o: &PyRef) -> Option<Value> {
    let attr = |n: &str| get_attr_raw(o, n).unwrap_or(Value::None);
    let as_int = |v: &Value| crate::objects::intobj::to_i64(v);
    let msg = attr("msg");
    let filename = attr("filename");
    let lineno = as_int(&attr("lineno"))?;
    let offset_v = attr("offset");
    let offset = if offset_v.is_none() {
        -1
    } else {
        as_int(&offset_v)?
    };
    // Only SyntaxError itself has an end position; its subclasses show one caret.
    let exact = Rc::ptr_eq(&o.class(), &types().exc.syntax_error);
    let (end_lineno, mut end_offset) = if exact {
        let el = attr("end_lineno");
        let eo = attr("end_offset");
        (
            if el.is_none() { lineno } else { as_int(&el)? },
            if eo.is_none() { -1 } else { as_int(&eo)? },
        )
    } else {
        (lineno, -1)
    };
    let fname = if filename.is_none() {
        "<string>".to_string()
    } else {
        match filename.as_rust_str() {
            Some(f) => f.to_string(),
            None => vm.str_string(&filename).unwrap_or_default(),
        }
    };
    ctx.write_indented_margin();
    ctx.out
        .push_str(&format!("  File \"{}\", line {}\n", fname, lineno));
    let text = attr("text");
    if let Some(t) = text.as_rust_str() {
        let line_size = t.len() as i64;
        if end_lineno > lineno {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        print_error_text(&mut ctx.out, offset, end_offset, t);
    }
    Some(msg)
}

/// CPython's `print_error_text`, on the bytes of the line.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let caret_repetitions = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut b = text.as_bytes();
    let mut offset = offset - 1;
    while let Some(&c) = b.first() {
        if c == b' ' || c == b'\t' || c == 0x0c {
            b = &b[1..];
            offset -= 1;
        } else {
            break;
        }
    }
    let mut len = b.len() as i64;
    if len > 0 && b[b.len() - 1] == b'\n' {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    while let Some(nl) = b.iter().position(|c| *c == b'\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        let skip = (inl + 1) as usize;
        b = &b[skip..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(b));
    if b.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..caret_repetitions {
        out.push('^');
    }
    out.push('\n');
}

/// "module.Qualname: message" (no module for builtins and __main__; no colon for an empty
/// message).
fn print_exception_message(vm: &mut Vm, ctx: &mut PrintCtx, cls: &PyRef, value: &Value) {
    ctx.write_indented_margin();
    let qualname = types::type_data(cls).map(|t| t.qualname.borrow().clone());
    // A `__module__` that is not a str reads "<unknown>" (CPython's print_exception).
    let module = match crate::objects::typeobj::type_module_name(vm, &Value::Obj(cls.clone())) {
        Ok(Some(m)) => match types::type_data(cls) {
            Some(t) if t.is_heap() => t
                .dict()
                .get_rust_str("__module__")
                .and_then(|v| v.as_rust_str().map(|_| m)),
            _ => Some(m),
        },
        _ => None,
    };
    match module {
        Some(m) => {
            if m != "builtins" && m != "__main__" {
                ctx.out.push_str(&m);
                ctx.out.push('.');
            }
        }
        None => ctx.out.push_str("<unknown>."),
    }
    ctx.out
        .push_str(&qualname.unwrap_or_else(|| "<unknown>".to_string()));
    if value.is_none() {
        return;
    }
    match vm.str(value) {
        Ok(s) => {
            let s = s.payload_str();
            if !s.is_empty() {
                ctx.out.push_str(": ");
            }
            ctx.out.push_str(s);
        }
        Err(_) => ctx.out.push_str(": <exception str() failed>"),
    }
}

/// ". Did you mean: 'x'?" for AttributeError and NameError (CPython's suggestions.c).
fn print_exception_suggestions(vm: &mut Vm, ctx: &mut PrintCtx, o: &PyRef) {
    if let Some(s) = offer_suggestions(vm, o) {
        ctx.out.push_str(&format!(". Did you mean: '{}'?", s));
    }
}

fn offer_suggestions(vm: &mut Vm, o: &PyRef) -> Option<String> {
    let t = types();
    let exact = |c: &PyRef| Rc::ptr_eq(&o.class(), c);
    let name = get_attr_raw(o, "name")?;
    let name_s = match &name {
        Value::Obj(n) if types::is_exact_str(n) => n.payload_str().to_string(),
        _ => return None,
    };
    if exact(&t.exc.attribute_error) {
        let obj = get_attr_raw(o, "obj")?;
        let dir_fn = match &vm.builtins_dict.payload {
            Payload::Dict(d) => d.get_rust_str("dir"),
            _ => None,
        }?;
        let dir = vm.call(&dir_fn, &[obj]).ok()?;
        let items = listobj::list_items(&dir);
        return calculate_suggestions(&items, &name_s);
    }
    if exact(&t.exc.name_error) {
        let d = exc_data(o)?;
        let innermost = d.tb_entries.borrow().first().map(|e| e.code.clone())?;
        let varnames: Vec<Value> = innermost
            .varnames
            .iter()
            .map(|v| Value::Obj(v.clone()))
            .collect();
        if let Some(s) = calculate_suggestions(&varnames, &name_s) {
            return Some(s);
        }
        for dict in [
            get_attr_raw(o, "__wasipy_globals__"),
            Some(Value::Obj(vm.builtins_dict.clone())),
        ]
        .into_iter()
        .flatten()
        {
            if let Some(Payload::Dict(dd)) = dict.payload() {
                if let Some(s) = calculate_suggestions(&dd.keys(), &name_s) {
                    return Some(s);
                }
            }
        }
    }
    None
}

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        return CASE_COST;
    }
    MOVE_COST
}

/// CPython's `levenshtein_distance` (on UTF-8 bytes, with its costs and cut-offs).
fn levenshtein_distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn calculate_suggestions(dir: &[Value], name: &str) -> Option<String> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<String> = None;
    let mut best_distance = usize::MAX;
    for item in dir {
        let item = item.as_rust_str()?;
        if item == name {
            continue;
        }
        // No more than 1/3 of the involved characters should need changing.
        let max_distance =
            ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item.to_string());
            best_distance = d;
        }
    }
    best
}

/// The notes of an exception, one line each (CPython's `print_exception_notes`).
fn print_exception_notes(vm: &mut Vm, ctx: &mut PrintCtx, o: &PyRef) {
    let Some(notes) = get_attr_raw(o, "__notes__") else {
        return;
    };
    let items = match notes.payload() {
        Some(Payload::List(l)) => Some(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        // A string is a sequence too: one note per character.
        Some(Payload::Str(_)) => notes.as_rust_str().map(|s| {
            s.chars()
                .map(|c| strobj::new_str(c.to_string()))
                .collect::<Vec<_>>()
        }),
        _ => None,
    };
    let Some(items) = items else {
        // Not a sequence: its repr, without a line end (as CPython 3.11 writes it).
        ctx.write_indented_margin();
        match vm.repr_string(&notes) {
            Ok(r) => ctx.out.push_str(&r),
            Err(_) => ctx.out.push_str("<__notes__ repr() failed>"),
        }
        return;
    };
    for note in items {
        match vm.str_string(&note) {
            Ok(s) => {
                for line in crate::objects::strobj::splitlines(&s, true) {
                    ctx.write_indented_margin();
                    ctx.out.push_str(&line);
                }
            }
            Err(_) => ctx.out.push_str("<note str() failed>"),
        }
        ctx.out.push('\n');
    }
}

/// The "Type: message" line (with the module prefix for classes outside builtins and
/// __main__), or the location and message of a SyntaxError.
pub fn exception_only(vm: &mut Vm, exc: &Value) -> String {
    let mut ctx = PrintCtx {
        module_style: false,
        chain: true,
        tb_limit: None,
        group_limits: (MAX_GROUP_WIDTH, MAX_GROUP_DEPTH),
        out: String::new(),
        seen: Vec::new(),
        group_depth: 0,
        need_close: false,
        files: std::collections::HashMap::new(),
        depth: 0,
    };
    let Value::Obj(o) = exc else {
        return String::new();
    };
    let mut shown = exc.clone();
    if is_sub(o, &types().exc.syntax_error) {
        if let Some(msg) = print_exception_file_and_line(vm, &mut ctx, o) {
            shown = msg;
        }
    }
    print_exception_message(vm, &mut ctx, &o.class(), &shown);
    // No "Did you mean" here: 3.11's traceback module does not offer suggestions (only
    // the interpreter's own report does).
    ctx.out.push('\n');
    // The notes are left to the traceback module, which lays them out its own way.
    ctx.out
}

/// Reports the warnings of the last compilation. Once the warnings module is loaded they go
/// through it (its filters and catch_warnings apply, and an "error" filter makes the warning
/// a SyntaxError, as CPython's compiler_warn does); before, they are printed as its default
/// filter would show them.
pub fn emit_compile_warnings(vm: &mut Vm) -> PyResult<()> {
    let ws = crate::compiler::take_warnings();
    if ws.is_empty() {
        return Ok(());
    }
    let module = crate::objects::dictobj::as_dict(&Value::Obj(vm.sys_modules.clone()))
        .and_then(|d| d.get_rust_str("warnings"));
    let Some(module) = module.filter(|m| !m.is_none()) else {
        print_compile_warnings(vm, ws);
        return Ok(());
    };
    let warn = vm.get_attr_str(&module, "warn_explicit")?;
    for w in ws {
        let category = compile_warning_category(&w).clone();
        let r = vm.call(
            &warn,
            &[
                strobj::new_str(w.message.clone()),
                Value::Obj(category.clone()),
                strobj::new_str(w.filename.clone()),
                Value::Int(w.lineno as i64),
            ],
        );
        if let Err(e) = r {
            if !types::isinstance(&Value::Obj(e.0.clone()), &category) {
                return Err(e);
            }
            let text = w
                .text
                .or_else(|| crate::error::read_file_line(&w.filename, w.lineno as i64))
                .map(strobj::new_str)
                .unwrap_or(Value::None);
            let loc = tupleobj::new_tuple(vec![
                strobj::new_str(w.filename),
                Value::Int(w.lineno as i64),
                Value::Int(w.col as i64 + 1),
                text,
                Value::Int(w.end_lineno as i64),
                Value::Int(w.end_col as i64 + 1),
            ]);
            let err = vm.call(
                &Value::Obj(types().exc.syntax_error.clone()),
                &[strobj::new_str(w.message), loc],
            )?;
            return Err(vm.exception_from_value(&err)?);
        }
    }
    Ok(())
}

fn compile_warning_category(w: &crate::compiler::CompileWarning) -> &'static PyRef {
    match w.category {
        "DeprecationWarning" => &types().exc.deprecation_warning,
        _ => &types().exc.syntax_warning,
    }
}

/// Prints compilation warnings as the warnings module shows them:
/// `file:line: SyntaxWarning: message` and the stripped source line when the file exists.
fn print_compile_warnings(vm: &mut Vm, ws: Vec<crate::compiler::CompileWarning>) {
    vm.flush_stdout();
    let mut text = String::new();
    // The default filters ignore DeprecationWarnings outside __main__, and a compile
    // warning's module is named after its file.
    for w in ws
        .into_iter()
        .filter(|w| w.category != "DeprecationWarning")
    {
        text.push_str(&format!(
            "{}:{}: {}: {}\n",
            w.filename, w.lineno, w.category, w.message
        ));
        if let Some(line) = crate::error::read_file_line(&w.filename, w.lineno as i64) {
            let l = line.trim_matches(|c: char| c.is_whitespace());
            if !l.is_empty() {
                text.push_str(&format!("  {}\n", l));
            }
        }
    }
    eprint!("{}", text);
}

/// `NameError: name 'x' is not defined`, with `name` set and the globals kept for the
/// "Did you mean" suggestion printed with the traceback.
#[cold]
#[inline(never)]
pub fn name_not_defined(vm: &mut Vm, name: &PyRef, globals: Option<&PyRef>) -> PyErr {
    let e = vm.new_name_error(format!("name '{}' is not defined", name.payload_str()));
    set_attr_raw(&e.0, "name", Value::Obj(name.clone()));
    if let Some(g) = globals {
        set_attr_raw(&e.0, "__wasipy_globals__", Value::Obj(g.clone()));
    }
    e
}

/// `warnings.warn(msg, category)` from native code: the warning points at the Python line
/// that called the builtin. An error (a filter set to "error") propagates.
pub fn warn(vm: &mut Vm, category: &PyRef, msg: &str) -> PyResult<()> {
    let w = vm.import_module_simple("warnings")?;
    let f = vm.get_attr_str(&w, "warn")?;
    vm.call(
        &f,
        &[
            strobj::new_str(msg.to_string()),
            Value::Obj(category.clone()),
        ],
    )?;
    Ok(())
}

/// Prints an "Exception ignored in" message to stderr (for __del__ and callbacks).
pub fn write_unraisable(vm: &mut Vm, e: &PyErr, what: &str, obj: &Value) {
    let msg = (what != "Exception ignored in").then_some(what);
    crate::modules::sys::unraisable(vm, &Value::Obj(e.0.clone()), msg, obj);
}

/// The traceback and exception line of `v` as the default unraisable hook shows them.
/// Without `with_tb`, the exception line only (the hook's `exc_traceback` is None).
pub fn format_unraisable_value(vm: &mut Vm, v: &Value, with_tb: bool) -> String {
    match v {
        Value::Obj(o) if types::isinstance(v, &types().exc.base_exception) => {
            if with_tb {
                return format_unraisable(vm, o);
            }
            let mut ctx = PrintCtx {
                module_style: false,
                chain: true,
                tb_limit: None,
                group_limits: (MAX_GROUP_WIDTH, MAX_GROUP_DEPTH),
                out: String::new(),
                seen: Vec::new(),
                group_depth: 0,
                need_close: false,
                files: std::collections::HashMap::new(),
                depth: 0,
            };
            print_exception_message(vm, &mut ctx, &o.class(), v);
            ctx.out.push('\n');
            ctx.out
        }
        other => {
            let name = types::type_name(other);
            format!("{name}: {}\n", vm.str_string(other).unwrap_or_default())
        }
    }
}

/// CPython's default unraisable hook shows the traceback and the exception line only: no
/// chained exceptions, group members or notes.
fn format_unraisable(vm: &mut Vm, o: &PyRef) -> String {
    let mut ctx = PrintCtx {
        module_style: false,
        chain: true,
        tb_limit: None,
        group_limits: (MAX_GROUP_WIDTH, MAX_GROUP_DEPTH),
        out: String::new(),
        seen: Vec::new(),
        group_depth: 0,
        need_close: false,
        files: std::collections::HashMap::new(),
        depth: 0,
    };
    print_exception_traceback(vm, &mut ctx, o);
    if let Some(rest) = ctx.out.strip_prefix("Exception Group Traceback") {
        ctx.out = format!("Traceback{rest}");
    }
    print_exception_message(vm, &mut ctx, &o.class(), &Value::Obj(o.clone()));
    ctx.out.push('\n');
    ctx.out
}

/// East Asian Wide and Fullwidth ranges (Unicode 14.0.0, from CPython 3.11's unicodedata):
/// characters shown two columns wide under traceback carets.
pub static WIDE_RANGES: [(u32, u32); 710] = [
    (0x378, 0x379),
    (0x380, 0x383),
    (0x38B, 0x38B),
    (0x38D, 0x38D),
    (0x3A2, 0x3A2),
    (0x530, 0x530),
    (0x557, 0x558),
    (0x58B, 0x58C),
    (0x590, 0x590),
    (0x5C8, 0x5CF),
    (0x5EB, 0x5EE),
    (0x5F5, 0x5FF),
    (0x70E, 0x70E),
    (0x74B, 0x74C),
    (0x7B2, 0x7BF),
    (0x7FB, 0x7FC),
    (0x82E, 0x82F),
    (0x83F, 0x83F),
    (0x85C, 0x85D),
    (0x85F, 0x85F),
    (0x86B, 0x86F),
    (0x88F, 0x88F),
    (0x892, 0x897),
    (0x984, 0x984),
    (0x98D, 0x98E),
    (0x991, 0x992),
    (0x9A9, 0x9A9),
    (0x9B1, 0x9B1),
    (0x9B3, 0x9B5),
    (0x9BA, 0x9BB),
    (0x9C5, 0x9C6),
    (0x9C9, 0x9CA),
    (0x9CF, 0x9D6),
    (0x9D8, 0x9DB),
    (0x9DE, 0x9DE),
    (0x9E4, 0x9E5),
    (0x9FF, 0xA00),
    (0xA04, 0xA04),
    (0xA0B, 0xA0E),
    (0xA11, 0xA12),
    (0xA29, 0xA29),
    (0xA31, 0xA31),
    (0xA34, 0xA34),
    (0xA37, 0xA37),
    (0xA3A, 0xA3B),
    (0xA3D, 0xA3D),
    (0xA43, 0xA46),
    (0xA49, 0xA4A),
    (0xA4E, 0xA50),
    (0xA52, 0xA58),
    (0xA5D, 0xA5D),
    (0xA5F, 0xA65),
    (0xA77, 0xA80),
    (0xA84, 0xA84),
    (0xA8E, 0xA8E),
    (0xA92, 0xA92),
    (0xAA9, 0xAA9),
    (0xAB1, 0xAB1),
    (0xAB4, 0xAB4),
    (0xABA, 0xABB),
    (0xAC6, 0xAC6),
    (0xACA, 0xACA),
    (0xACE, 0xACF),
    (0xAD1, 0xADF),
    (0xAE4, 0xAE5),
    (0xAF2, 0xAF8),
    (0xB00, 0xB00),
    (0xB04, 0xB04),
    (0xB0D, 0xB0E),
    (0xB11, 0xB12),
    (0xB29, 0xB29),
    (0xB31, 0xB31),
    (0xB34, 0xB34),
    (0xB3A, 0xB3B),
    (0xB45, 0xB46),
    (0xB49, 0xB4A),
    (0xB4E, 0xB54),
    (0xB58, 0xB5B),
    (0xB5E, 0xB5E),
    (0xB64, 0xB65),
    (0xB78, 0xB81),
    (0xB84, 0xB84),
    (0xB8B, 0xB8D),
    (0xB91, 0xB91),
    (0xB96, 0xB98),
    (0xB9B, 0xB9B),
    (0xB9D, 0xB9D),
    (0xBA0, 0xBA2),
    (0xBA5, 0xBA7),
    (0xBAB, 0xBAD),
    (0xBBA, 0xBBD),
    (0xBC3, 0xBC5),
    (0xBC9, 0xBC9),
    (0xBCE, 0xBCF),
    (0xBD1, 0xBD6),
    (0xBD8, 0xBE5),
    (0xBFB, 0xBFF),
    (0xC0D, 0xC0D),
    (0xC11, 0xC11),
    (0xC29, 0xC29),
    (0xC3A, 0xC3B),
    (0xC45, 0xC45),
    (0xC49, 0xC49),
    (0xC4E, 0xC54),
    (0xC57, 0xC57),
    (0xC5B, 0xC5C),
    (0xC5E, 0xC5F),
    (0xC64, 0xC65),
    (0xC70, 0xC76),
    (0xC8D, 0xC8D),
    (0xC91, 0xC91),
    (0xCA9, 0xCA9),
    (0xCB4, 0xCB4),
    (0xCBA, 0xCBB),
    (0xCC5, 0xCC5),
    (0xCC9, 0xCC9),
    (0xCCE, 0xCD4),
    (0xCD7, 0xCDC),
    (0xCDF, 0xCDF),
    (0xCE4, 0xCE5),
    (0xCF0, 0xCF0),
    (0xCF3, 0xCFF),
    (0xD0D, 0xD0D),
    (0xD11, 0xD11),
    (0xD45, 0xD45),
    (0xD49, 0xD49),
    (0xD50, 0xD53),
    (0xD64, 0xD65),
    (0xD80, 0xD80),
    (0xD84, 0xD84),
    (0xD97, 0xD99),
    (0xDB2, 0xDB2),
    (0xDBC, 0xDBC),
    (0xDBE, 0xDBF),
    (0xDC7, 0xDC9),
    (0xDCB, 0xDCE),
    (0xDD5, 0xDD5),
    (0xDD7, 0xDD7),
    (0xDE0, 0xDE5),
    (0xDF0, 0xDF1),
    (0xDF5, 0xE00),
    (0xE3B, 0xE3E),
    (0xE5C, 0xE80),
    (0xE83, 0xE83),
    (0xE85, 0xE85),
    (0xE8B, 0xE8B),
    (0xEA4, 0xEA4),
    (0xEA6, 0xEA6),
    (0xEBE, 0xEBF),
    (0xEC5, 0xEC5),
    (0xEC7, 0xEC7),
    (0xECE, 0xECF),
    (0xEDA, 0xEDB),
    (0xEE0, 0xEFF),
    (0xF48, 0xF48),
    (0xF6D, 0xF70),
    (0xF98, 0xF98),
    (0xFBD, 0xFBD),
    (0xFCD, 0xFCD),
    (0xFDB, 0xFFF),
    (0x10C6, 0x10C6),
    (0x10C8, 0x10CC),
    (0x10CE, 0x10CF),
    (0x1100, 0x115F),
    (0x1249, 0x1249),
    (0x124E, 0x124F),
    (0x1257, 0x1257),
    (0x1259, 0x1259),
    (0x125E, 0x125F),
    (0x1289, 0x1289),
    (0x128E, 0x128F),
    (0x12B1, 0x12B1),
    (0x12B6, 0x12B7),
    (0x12BF, 0x12BF),
    (0x12C1, 0x12C1),
    (0x12C6, 0x12C7),
    (0x12D7, 0x12D7),
    (0x1311, 0x1311),
    (0x1316, 0x1317),
    (0x135B, 0x135C),
    (0x137D, 0x137F),
    (0x139A, 0x139F),
    (0x13F6, 0x13F7),
    (0x13FE, 0x13FF),
    (0x169D, 0x169F),
    (0x16F9, 0x16FF),
    (0x1716, 0x171E),
    (0x1737, 0x173F),
    (0x1754, 0x175F),
    (0x176D, 0x176D),
    (0x1771, 0x1771),
    (0x1774, 0x177F),
    (0x17DE, 0x17DF),
    (0x17EA, 0x17EF),
    (0x17FA, 0x17FF),
    (0x181A, 0x181F),
    (0x1879, 0x187F),
    (0x18AB, 0x18AF),
    (0x18F6, 0x18FF),
    (0x191F, 0x191F),
    (0x192C, 0x192F),
    (0x193C, 0x193F),
    (0x1941, 0x1943),
    (0x196E, 0x196F),
    (0x1975, 0x197F),
    (0x19AC, 0x19AF),
    (0x19CA, 0x19CF),
    (0x19DB, 0x19DD),
    (0x1A1C, 0x1A1D),
    (0x1A5F, 0x1A5F),
    (0x1A7D, 0x1A7E),
    (0x1A8A, 0x1A8F),
    (0x1A9A, 0x1A9F),
    (0x1AAE, 0x1AAF),
    (0x1ACF, 0x1AFF),
    (0x1B4D, 0x1B4F),
    (0x1B7F, 0x1B7F),
    (0x1BF4, 0x1BFB),
    (0x1C38, 0x1C3A),
    (0x1C4A, 0x1C4C),
    (0x1C89, 0x1C8F),
    (0x1CBB, 0x1CBC),
    (0x1CC8, 0x1CCF),
    (0x1CFB, 0x1CFF),
    (0x1F16, 0x1F17),
    (0x1F1E, 0x1F1F),
    (0x1F46, 0x1F47),
    (0x1F4E, 0x1F4F),
    (0x1F58, 0x1F58),
    (0x1F5A, 0x1F5A),
    (0x1F5C, 0x1F5C),
    (0x1F5E, 0x1F5E),
    (0x1F7E, 0x1F7F),
    (0x1FB5, 0x1FB5),
    (0x1FC5, 0x1FC5),
    (0x1FD4, 0x1FD5),
    (0x1FDC, 0x1FDC),
    (0x1FF0, 0x1FF1),
    (0x1FF5, 0x1FF5),
    (0x1FFF, 0x1FFF),
    (0x2065, 0x2065),
    (0x2072, 0x2073),
    (0x208F, 0x208F),
    (0x209D, 0x209F),
    (0x20C1, 0x20CF),
    (0x20F1, 0x20FF),
    (0x218C, 0x218F),
    (0x231A, 0x231B),
    (0x2329, 0x232A),
    (0x23E9, 0x23EC),
    (0x23F0, 0x23F0),
    (0x23F3, 0x23F3),
    (0x2427, 0x243F),
    (0x244B, 0x245F),
    (0x25FD, 0x25FE),
    (0x2614, 0x2615),
    (0x2648, 0x2653),
    (0x267F, 0x267F),
    (0x2693, 0x2693),
    (0x26A1, 0x26A1),
    (0x26AA, 0x26AB),
    (0x26BD, 0x26BE),
    (0x26C4, 0x26C5),
    (0x26CE, 0x26CE),
    (0x26D4, 0x26D4),
    (0x26EA, 0x26EA),
    (0x26F2, 0x26F3),
    (0x26F5, 0x26F5),
    (0x26FA, 0x26FA),
    (0x26FD, 0x26FD),
    (0x2705, 0x2705),
    (0x270A, 0x270B),
    (0x2728, 0x2728),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2795, 0x2797),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x2B74, 0x2B75),
    (0x2B96, 0x2B96),
    (0x2CF4, 0x2CF8),
    (0x2D26, 0x2D26),
    (0x2D28, 0x2D2C),
    (0x2D2E, 0x2D2F),
    (0x2D68, 0x2D6E),
    (0x2D71, 0x2D7E),
    (0x2D97, 0x2D9F),
    (0x2DA7, 0x2DA7),
    (0x2DAF, 0x2DAF),
    (0x2DB7, 0x2DB7),
    (0x2DBF, 0x2DBF),
    (0x2DC7, 0x2DC7),
    (0x2DCF, 0x2DCF),
    (0x2DD7, 0x2DD7),
    (0x2DDF, 0x2DDF),
    (0x2E5E, 0x303E),
    (0x3040, 0x3247),
    (0x3250, 0x4DBF),
    (0x4E00, 0xA4CF),
    (0xA62C, 0xA63F),
    (0xA6F8, 0xA6FF),
    (0xA7CB, 0xA7CF),
    (0xA7D2, 0xA7D2),
    (0xA7D4, 0xA7D4),
    (0xA7DA, 0xA7F1),
    (0xA82D, 0xA82F),
    (0xA83A, 0xA83F),
    (0xA878, 0xA87F),
    (0xA8C6, 0xA8CD),
    (0xA8DA, 0xA8DF),
    (0xA954, 0xA95E),
    (0xA960, 0xA97F),
    (0xA9CE, 0xA9CE),
    (0xA9DA, 0xA9DD),
    (0xA9FF, 0xA9FF),
    (0xAA37, 0xAA3F),
    (0xAA4E, 0xAA4F),
    (0xAA5A, 0xAA5B),
    (0xAAC3, 0xAADA),
    (0xAAF7, 0xAB00),
    (0xAB07, 0xAB08),
    (0xAB0F, 0xAB10),
    (0xAB17, 0xAB1F),
    (0xAB27, 0xAB27),
    (0xAB2F, 0xAB2F),
    (0xAB6C, 0xAB6F),
    (0xABEE, 0xABEF),
    (0xABFA, 0xD7AF),
    (0xD7C7, 0xD7CA),
    (0xD7FC, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFB07, 0xFB12),
    (0xFB18, 0xFB1C),
    (0xFB37, 0xFB37),
    (0xFB3D, 0xFB3D),
    (0xFB3F, 0xFB3F),
    (0xFB42, 0xFB42),
    (0xFB45, 0xFB45),
    (0xFBC3, 0xFBD2),
    (0xFD90, 0xFD91),
    (0xFDC8, 0xFDCE),
    (0xFDD0, 0xFDEF),
    (0xFE10, 0xFE1F),
    (0xFE30, 0xFE6F),
    (0xFE75, 0xFE75),
    (0xFEFD, 0xFEFE),
    (0xFF00, 0xFF60),
    (0xFFBF, 0xFFC1),
    (0xFFC8, 0xFFC9),
    (0xFFD0, 0xFFD1),
    (0xFFD8, 0xFFD9),
    (0xFFDD, 0xFFE7),
    (0xFFEF, 0xFFF8),
    (0xFFFE, 0xFFFF),
    (0x1000C, 0x1000C),
    (0x10027, 0x10027),
    (0x1003B, 0x1003B),
    (0x1003E, 0x1003E),
    (0x1004E, 0x1004F),
    (0x1005E, 0x1007F),
    (0x100FB, 0x100FF),
    (0x10103, 0x10106),
    (0x10134, 0x10136),
    (0x1018F, 0x1018F),
    (0x1019D, 0x1019F),
    (0x101A1, 0x101CF),
    (0x101FE, 0x1027F),
    (0x1029D, 0x1029F),
    (0x102D1, 0x102DF),
    (0x102FC, 0x102FF),
    (0x10324, 0x1032C),
    (0x1034B, 0x1034F),
    (0x1037B, 0x1037F),
    (0x1039E, 0x1039E),
    (0x103C4, 0x103C7),
    (0x103D6, 0x103FF),
    (0x1049E, 0x1049F),
    (0x104AA, 0x104AF),
    (0x104D4, 0x104D7),
    (0x104FC, 0x104FF),
    (0x10528, 0x1052F),
    (0x10564, 0x1056E),
    (0x1057B, 0x1057B),
    (0x1058B, 0x1058B),
    (0x10593, 0x10593),
    (0x10596, 0x10596),
    (0x105A2, 0x105A2),
    (0x105B2, 0x105B2),
    (0x105BA, 0x105BA),
    (0x105BD, 0x105FF),
    (0x10737, 0x1073F),
    (0x10756, 0x1075F),
    (0x10768, 0x1077F),
    (0x10786, 0x10786),
    (0x107B1, 0x107B1),
    (0x107BB, 0x107FF),
    (0x10806, 0x10807),
    (0x10809, 0x10809),
    (0x10836, 0x10836),
    (0x10839, 0x1083B),
    (0x1083D, 0x1083E),
    (0x10856, 0x10856),
    (0x1089F, 0x108A6),
    (0x108B0, 0x108DF),
    (0x108F3, 0x108F3),
    (0x108F6, 0x108FA),
    (0x1091C, 0x1091E),
    (0x1093A, 0x1093E),
    (0x10940, 0x1097F),
    (0x109B8, 0x109BB),
    (0x109D0, 0x109D1),
    (0x10A04, 0x10A04),
    (0x10A07, 0x10A0B),
    (0x10A14, 0x10A14),
    (0x10A18, 0x10A18),
    (0x10A36, 0x10A37),
    (0x10A3B, 0x10A3E),
    (0x10A49, 0x10A4F),
    (0x10A59, 0x10A5F),
    (0x10AA0, 0x10ABF),
    (0x10AE7, 0x10AEA),
    (0x10AF7, 0x10AFF),
    (0x10B36, 0x10B38),
    (0x10B56, 0x10B57),
    (0x10B73, 0x10B77),
    (0x10B92, 0x10B98),
    (0x10B9D, 0x10BA8),
    (0x10BB0, 0x10BFF),
    (0x10C49, 0x10C7F),
    (0x10CB3, 0x10CBF),
    (0x10CF3, 0x10CF9),
    (0x10D28, 0x10D2F),
    (0x10D3A, 0x10E5F),
    (0x10E7F, 0x10E7F),
    (0x10EAA, 0x10EAA),
    (0x10EAE, 0x10EAF),
    (0x10EB2, 0x10EFF),
    (0x10F28, 0x10F2F),
    (0x10F5A, 0x10F6F),
    (0x10F8A, 0x10FAF),
    (0x10FCC, 0x10FDF),
    (0x10FF7, 0x10FFF),
    (0x1104E, 0x11051),
    (0x11076, 0x1107E),
    (0x110C3, 0x110CC),
    (0x110CE, 0x110CF),
    (0x110E9, 0x110EF),
    (0x110FA, 0x110FF),
    (0x11135, 0x11135),
    (0x11148, 0x1114F),
    (0x11177, 0x1117F),
    (0x111E0, 0x111E0),
    (0x111F5, 0x111FF),
    (0x11212, 0x11212),
    (0x1123F, 0x1127F),
    (0x11287, 0x11287),
    (0x11289, 0x11289),
    (0x1128E, 0x1128E),
    (0x1129E, 0x1129E),
    (0x112AA, 0x112AF),
    (0x112EB, 0x112EF),
    (0x112FA, 0x112FF),
    (0x11304, 0x11304),
    (0x1130D, 0x1130E),
    (0x11311, 0x11312),
    (0x11329, 0x11329),
    (0x11331, 0x11331),
    (0x11334, 0x11334),
    (0x1133A, 0x1133A),
    (0x11345, 0x11346),
    (0x11349, 0x1134A),
    (0x1134E, 0x1134F),
    (0x11351, 0x11356),
    (0x11358, 0x1135C),
    (0x11364, 0x11365),
    (0x1136D, 0x1136F),
    (0x11375, 0x113FF),
    (0x1145C, 0x1145C),
    (0x11462, 0x1147F),
    (0x114C8, 0x114CF),
    (0x114DA, 0x1157F),
    (0x115B6, 0x115B7),
    (0x115DE, 0x115FF),
    (0x11645, 0x1164F),
    (0x1165A, 0x1165F),
    (0x1166D, 0x1167F),
    (0x116BA, 0x116BF),
    (0x116CA, 0x116FF),
    (0x1171B, 0x1171C),
    (0x1172C, 0x1172F),
    (0x11747, 0x117FF),
    (0x1183C, 0x1189F),
    (0x118F3, 0x118FE),
    (0x11907, 0x11908),
    (0x1190A, 0x1190B),
    (0x11914, 0x11914),
    (0x11917, 0x11917),
    (0x11936, 0x11936),
    (0x11939, 0x1193A),
    (0x11947, 0x1194F),
    (0x1195A, 0x1199F),
    (0x119A8, 0x119A9),
    (0x119D8, 0x119D9),
    (0x119E5, 0x119FF),
    (0x11A48, 0x11A4F),
    (0x11AA3, 0x11AAF),
    (0x11AF9, 0x11BFF),
    (0x11C09, 0x11C09),
    (0x11C37, 0x11C37),
    (0x11C46, 0x11C4F),
    (0x11C6D, 0x11C6F),
    (0x11C90, 0x11C91),
    (0x11CA8, 0x11CA8),
    (0x11CB7, 0x11CFF),
    (0x11D07, 0x11D07),
    (0x11D0A, 0x11D0A),
    (0x11D37, 0x11D39),
    (0x11D3B, 0x11D3B),
    (0x11D3E, 0x11D3E),
    (0x11D48, 0x11D4F),
    (0x11D5A, 0x11D5F),
    (0x11D66, 0x11D66),
    (0x11D69, 0x11D69),
    (0x11D8F, 0x11D8F),
    (0x11D92, 0x11D92),
    (0x11D99, 0x11D9F),
    (0x11DAA, 0x11EDF),
    (0x11EF9, 0x11FAF),
    (0x11FB1, 0x11FBF),
    (0x11FF2, 0x11FFE),
    (0x1239A, 0x123FF),
    (0x1246F, 0x1246F),
    (0x12475, 0x1247F),
    (0x12544, 0x12F8F),
    (0x12FF3, 0x12FFF),
    (0x1342F, 0x1342F),
    (0x13439, 0x143FF),
    (0x14647, 0x167FF),
    (0x16A39, 0x16A3F),
    (0x16A5F, 0x16A5F),
    (0x16A6A, 0x16A6D),
    (0x16ABF, 0x16ABF),
    (0x16ACA, 0x16ACF),
    (0x16AEE, 0x16AEF),
    (0x16AF6, 0x16AFF),
    (0x16B46, 0x16B4F),
    (0x16B5A, 0x16B5A),
    (0x16B62, 0x16B62),
    (0x16B78, 0x16B7C),
    (0x16B90, 0x16E3F),
    (0x16E9B, 0x16EFF),
    (0x16F4B, 0x16F4E),
    (0x16F88, 0x16F8E),
    (0x16FA0, 0x1BBFF),
    (0x1BC6B, 0x1BC6F),
    (0x1BC7D, 0x1BC7F),
    (0x1BC89, 0x1BC8F),
    (0x1BC9A, 0x1BC9B),
    (0x1BCA4, 0x1CEFF),
    (0x1CF2E, 0x1CF2F),
    (0x1CF47, 0x1CF4F),
    (0x1CFC4, 0x1CFFF),
    (0x1D0F6, 0x1D0FF),
    (0x1D127, 0x1D128),
    (0x1D1EB, 0x1D1FF),
    (0x1D246, 0x1D2DF),
    (0x1D2F4, 0x1D2FF),
    (0x1D357, 0x1D35F),
    (0x1D379, 0x1D3FF),
    (0x1D455, 0x1D455),
    (0x1D49D, 0x1D49D),
    (0x1D4A0, 0x1D4A1),
    (0x1D4A3, 0x1D4A4),
    (0x1D4A7, 0x1D4A8),
    (0x1D4AD, 0x1D4AD),
    (0x1D4BA, 0x1D4BA),
    (0x1D4BC, 0x1D4BC),
    (0x1D4C4, 0x1D4C4),
    (0x1D506, 0x1D506),
    (0x1D50B, 0x1D50C),
    (0x1D515, 0x1D515),
    (0x1D51D, 0x1D51D),
    (0x1D53A, 0x1D53A),
    (0x1D53F, 0x1D53F),
    (0x1D545, 0x1D545),
    (0x1D547, 0x1D549),
    (0x1D551, 0x1D551),
    (0x1D6A6, 0x1D6A7),
    (0x1D7CC, 0x1D7CD),
    (0x1DA8C, 0x1DA9A),
    (0x1DAA0, 0x1DAA0),
    (0x1DAB0, 0x1DEFF),
    (0x1DF1F, 0x1DFFF),
    (0x1E007, 0x1E007),
    (0x1E019, 0x1E01A),
    (0x1E022, 0x1E022),
    (0x1E025, 0x1E025),
    (0x1E02B, 0x1E0FF),
    (0x1E12D, 0x1E12F),
    (0x1E13E, 0x1E13F),
    (0x1E14A, 0x1E14D),
    (0x1E150, 0x1E28F),
    (0x1E2AF, 0x1E2BF),
    (0x1E2FA, 0x1E2FE),
    (0x1E300, 0x1E7DF),
    (0x1E7E7, 0x1E7E7),
    (0x1E7EC, 0x1E7EC),
    (0x1E7EF, 0x1E7EF),
    (0x1E7FF, 0x1E7FF),
    (0x1E8C5, 0x1E8C6),
    (0x1E8D7, 0x1E8FF),
    (0x1E94C, 0x1E94F),
    (0x1E95A, 0x1E95D),
    (0x1E960, 0x1EC70),
    (0x1ECB5, 0x1ED00),
    (0x1ED3E, 0x1EDFF),
    (0x1EE04, 0x1EE04),
    (0x1EE20, 0x1EE20),
    (0x1EE23, 0x1EE23),
    (0x1EE25, 0x1EE26),
    (0x1EE28, 0x1EE28),
    (0x1EE33, 0x1EE33),
    (0x1EE38, 0x1EE38),
    (0x1EE3A, 0x1EE3A),
    (0x1EE3C, 0x1EE41),
    (0x1EE43, 0x1EE46),
    (0x1EE48, 0x1EE48),
    (0x1EE4A, 0x1EE4A),
    (0x1EE4C, 0x1EE4C),
    (0x1EE50, 0x1EE50),
    (0x1EE53, 0x1EE53),
    (0x1EE55, 0x1EE56),
    (0x1EE58, 0x1EE58),
    (0x1EE5A, 0x1EE5A),
    (0x1EE5C, 0x1EE5C),
    (0x1EE5E, 0x1EE5E),
    (0x1EE60, 0x1EE60),
    (0x1EE63, 0x1EE63),
    (0x1EE65, 0x1EE66),
    (0x1EE6B, 0x1EE6B),
    (0x1EE73, 0x1EE73),
    (0x1EE78, 0x1EE78),
    (0x1EE7D, 0x1EE7D),
    (0x1EE7F, 0x1EE7F),
    (0x1EE8A, 0x1EE8A),
    (0x1EE9C, 0x1EEA0),
    (0x1EEA4, 0x1EEA4),
    (0x1EEAA, 0x1EEAA),
    (0x1EEBC, 0x1EEEF),
    (0x1EEF2, 0x1EFFF),
    (0x1F004, 0x1F004),
    (0x1F02C, 0x1F02F),
    (0x1F094, 0x1F09F),
    (0x1F0AF, 0x1F0B0),
    (0x1F0C0, 0x1F0C0),
    (0x1F0CF, 0x1F0D0),
    (0x1F0F6, 0x1F0FF),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F1AE, 0x1F1E5),
    (0x1F200, 0x1F320),
    (0x1F32D, 0x1F335),
    (0x1F337, 0x1F37C),
    (0x1F37E, 0x1F393),
    (0x1F3A0, 0x1F3CA),
    (0x1F3CF, 0x1F3D3),
    (0x1F3E0, 0x1F3F0),
    (0x1F3F4, 0x1F3F4),
    (0x1F3F8, 0x1F43E),
    (0x1F440, 0x1F440),
    (0x1F442, 0x1F4FC),
    (0x1F4FF, 0x1F53D),
    (0x1F54B, 0x1F54E),
    (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A),
    (0x1F595, 0x1F596),
    (0x1F5A4, 0x1F5A4),
    (0x1F5FB, 0x1F64F),
    (0x1F680, 0x1F6C5),
    (0x1F6CC, 0x1F6CC),
    (0x1F6D0, 0x1F6D2),
    (0x1F6D5, 0x1F6DF),
    (0x1F6EB, 0x1F6EF),
    (0x1F6F4, 0x1F6FF),
    (0x1F774, 0x1F77F),
    (0x1F7D9, 0x1F7FF),
    (0x1F80C, 0x1F80F),
    (0x1F848, 0x1F84F),
    (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F),
    (0x1F8AE, 0x1F8AF),
    (0x1F8B2, 0x1F8FF),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF),
    (0x1FA54, 0x1FA5F),
    (0x1FA6E, 0x1FAFF),
    (0x1FB93, 0x1FB93),
    (0x1FBCB, 0x1FBEF),
    (0x1FBFA, 0xE0000),
    (0xE0002, 0xE001F),
    (0xE0080, 0xE00FF),
    (0xE01F0, 0xEFFFF),
    (0xFFFFE, 0xFFFFF),
    (0x10FFFE, 0x10FFFF),
];
