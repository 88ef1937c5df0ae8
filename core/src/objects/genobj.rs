//! Generators, coroutines and async generators: suspended frames resumed with send/throw.

use std::cell::{Cell, RefCell};

use crate::frame::Frame;
use crate::object::*;
use crate::objects::strobj;
use crate::types::{self, types, MethodDef};
use crate::vm::{PyErr, PyResult, Vm};

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

/// Marker wrapping values yielded by an async generator (as opposed to awaits passing
/// through it).
pub struct AsyncGenValue(pub Value);

impl NativeObject for AsyncGenValue {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn new_generator(func: &PyFunction, frame: Box<Frame>) -> Value {
    use crate::bytecode::code_flags as cf;
    let code = func.code.clone();
    let kind = if code.flags & cf::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else if code.flags & cf::COROUTINE != 0 {
        GenKind::Coroutine
    } else {
        GenKind::Generator
    };
    let t = types();
    let cls = match kind {
        GenKind::Generator => &t.generator,
        GenKind::Coroutine => &t.coroutine,
        GenKind::AsyncGenerator => &t.async_generator,
    };
    types::new_obj(
        cls,
        Payload::Generator(Box::new(GenData {
            frame: RefCell::new(Some(frame)),
            name: RefCell::new(func.name.borrow().clone()),
            qualname: RefCell::new(func.qualname.borrow().clone()),
            code,
            running: Cell::new(false),
            running_async: Cell::new(false),
            kind,
            yield_from: RefCell::new(Value::Null),
        })),
    )
}

fn gen_data(v: &Value) -> Option<&GenData> {
    match v.payload()? {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

fn kind_name(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes a generator with a sent value or a thrown exception.
pub fn resume(
    vm: &mut Vm,
    g: &GenData,
    value: Value,
    throw: Option<PyErr>,
) -> PyResult<SendResult> {
    if g.running.get() {
        return Err(vm.new_value_error(format!("{} already executing", kind_name(g.kind))));
    }
    let frame = g.frame.borrow_mut().take();
    let Some(mut frame) = frame else {
        if let Some(e) = throw {
            return Err(e);
        }
        if g.kind == GenKind::Coroutine {
            return Err(vm.new_runtime_error("cannot reuse already awaited coroutine"));
        }
        return Ok(SendResult::Return(Value::None));
    };
    if frame.pc == 0 && throw.is_none() && !value.is_none() {
        *g.frame.borrow_mut() = Some(frame);
        return Err(vm.new_type_error(format!(
            "can't send non-None value to a just-started {}",
            kind_name(g.kind)
        )));
    }
    if let Some(e) = &throw {
        // A thrown exception is chained only to the generator's own handled exception.
        if let Some(own) = frame.saved_handled.last() {
            crate::exceptions::set_context(&e.0, own.clone());
        }
        vm.thrown = Some(e.0.clone());
    }
    if throw.is_none() {
        frame.stack.push(value);
    } else if frame.pc == 0 {
        // Thrown into a just-started generator: it never runs.
        vm.release_frame(frame);
        let e = throw.unwrap_or_else(|| vm.new_runtime_error("throw"));
        return Err(pep479(vm, g, e));
    }
    if let Err(e) = vm.enter_call() {
        *g.frame.borrow_mut() = Some(frame);
        return Err(e);
    }
    frame.handled_base = vm.handled.len();
    let saved = std::mem::take(&mut frame.saved_handled);
    vm.handled.extend(saved);
    g.running.set(true);
    let (r, mut f) = vm.execute(frame, throw);
    g.running.set(false);
    vm.leave_call();
    match r {
        Ok(crate::vm::Exit::Yield(v)) => {
            let hb = f.handled_base.min(vm.handled.len());
            f.saved_handled = vm.handled.split_off(hb);
            *g.frame.borrow_mut() = Some(f);
            Ok(SendResult::Yield(v))
        }
        Ok(crate::vm::Exit::Return(v)) => {
            vm.handled.truncate(f.handled_base);
            vm.release_frame(f);
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            vm.handled.truncate(f.handled_base.min(vm.handled.len()));
            vm.release_frame(f);
            Err(pep479(vm, g, e))
        }
    }
}

/// PEP 479: StopIteration (StopAsyncIteration from an async generator) escaping a generator
/// becomes RuntimeError.
fn pep479(vm: &mut Vm, g: &GenData, e: PyErr) -> PyErr {
    let si = &types().exc.stop_iteration;
    let sai = &types().exc.stop_async_iteration;
    if types::is_subtype(&e.0.class(), si)
        || (g.kind == GenKind::AsyncGenerator && types::is_subtype(&e.0.class(), sai))
    {
        let what = if types::is_subtype(&e.0.class(), si) {
            "StopIteration"
        } else {
            "StopAsyncIteration"
        };
        let msg = format!("{} raised {}", kind_name(g.kind), what);
        let re = vm.new_runtime_error(msg);
        crate::exceptions::set_cause(&re.0, Value::Obj(e.0.clone()));
        crate::exceptions::set_context(&re.0, Value::Obj(e.0.clone()));
        return re;
    }
    e
}

/// `next(gen)` for generators: Ok(None) when exhausted.
pub fn gen_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let Some(g) = gen_data(it) else {
        return Ok(None);
    };
    if g.kind != GenKind::Generator {
        return Err(vm.new_type_error(format!("'{}' object is not an iterator", kind_name(g.kind))));
    }
    match resume(vm, g, Value::None, None)? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(_) => Ok(None),
    }
}

/// Sends `value` into a sub-iterator (yield from / await).
pub fn send_to(vm: &mut Vm, sub: &Value, value: Value) -> PyResult<SendResult> {
    if let Some(g) = gen_data(sub) {
        return resume(vm, g, value, None);
    }
    if let Some(step) = agen_step_of(sub) {
        return match agen_step_send(vm, step, value) {
            Ok(v) => Ok(SendResult::Yield(v)),
            Err(e) if vm.exception_matches(&e, &types().exc.stop_iteration) => Ok(
                SendResult::Return(crate::exceptions::stop_iteration_value(&e.0)),
            ),
            Err(e) => Err(e),
        };
    }
    let r = if value.is_none() {
        match vm.fast_next(sub) {
            Some(r) => match r? {
                Some(v) => return Ok(SendResult::Yield(v)),
                None => return Ok(SendResult::Return(Value::None)),
            },
            None => {
                let cls = types::class_of(sub);
                match types::lookup_str(&cls, "__next__") {
                    Some(m) => vm.call_special(&m, sub, &[]),
                    None => {
                        return Err(vm.new_type_error(format!(
                            "'{}' object is not an iterator",
                            types::type_name(sub)
                        )))
                    }
                }
            }
        }
    } else {
        vm.call_method(sub, "send", &[value])
    };
    match r {
        Ok(v) => Ok(SendResult::Yield(v)),
        Err(e) if vm.exception_matches(&e, &types().exc.stop_iteration) => Ok(SendResult::Return(
            crate::exceptions::stop_iteration_value(&e.0),
        )),
        Err(e) => Err(e),
    }
}

/// The iterator behind `await v`.
pub fn get_awaitable(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if agen_step_of(v).is_some() {
        return Ok(v.clone());
    }
    if let Some(g) = gen_data(v) {
        if g.kind == GenKind::Coroutine {
            return Ok(v.clone());
        }
        if g.code.flags & crate::bytecode::code_flags::ITERABLE_COROUTINE != 0 {
            return Ok(v.clone());
        }
    }
    let cls = types::class_of(v);
    match types::lookup_str(&cls, "__await__") {
        Some(m) => {
            let it = vm.call_special(&m, v, &[])?;
            if let Some(g) = gen_data(&it) {
                if g.kind == GenKind::Coroutine {
                    return Err(vm.new_type_error("__await__() returned a coroutine"));
                }
            }
            let itcls = types::class_of(&it);
            if types::lookup_str(&itcls, "__next__").is_none() && gen_data(&it).is_none() {
                return Err(vm.new_type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    types::type_name(&it)
                )));
            }
            Ok(it)
        }
        None => Err(vm.new_type_error(format!(
            "object {} can't be used in 'await' expression",
            types::type_name(v)
        ))),
    }
}

pub fn get_aiter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let cls = types::class_of(v);
    match types::lookup_str(&cls, "__aiter__") {
        Some(m) => vm.call_special(&m, v, &[]),
        None => Err(vm.new_type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            types::type_name(v)
        ))),
    }
}

pub fn get_anext_awaitable(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    let cls = types::class_of(it);
    match types::lookup_str(&cls, "__anext__") {
        Some(m) => {
            let aw = vm.call_special(&m, it, &[])?;
            get_awaitable(vm, &aw).map_err(|cause| {
                let e = vm.new_type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    types::type_name(&aw)
                ));
                crate::exceptions::set_cause(&e.0, Value::Obj(cause.0.clone()));
                crate::exceptions::set_context(&e.0, Value::Obj(cause.0));
                e
            })
        }
        None => Err(vm.new_type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            types::type_name(it)
        ))),
    }
}

fn self_gen<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a GenData> {
    args.pos
        .first()
        .and_then(gen_data)
        .ok_or_else(|| vm.new_type_error("generator expected"))
}

fn gen_send_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = send_args(vm, &args, "send")?;
    let g = self_gen(vm, &args)?;
    match resume(vm, g, a[1].clone(), None)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(r) => Err(vm.new_stop_iteration(r)),
    }
}

/// `send(value)`'s argument check, worded like CPython (`generator.send() takes exactly one
/// argument (0 given)`).
fn send_args<'a>(vm: &mut Vm, args: &Args<'a>, meth: &str) -> PyResult<&'a [Value]> {
    let tp = args.pos.first().map(types::type_name).unwrap_or_default();
    args.no_kw(vm, &format!("{}.{}", tp, meth))?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{}.{}() takes exactly one argument ({} given)",
            tp,
            meth,
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(args.pos)
}

/// `throw(typ[, val[, tb]])`'s argument check (counts exclude self, as CPython's do).
fn throw_args<'a>(vm: &mut Vm, args: &Args<'a>, meth: &str) -> PyResult<&'a [Value]> {
    args.no_kw(vm, meth)?;
    let n = args.pos.len().saturating_sub(1);
    if n < 1 {
        return Err(vm.new_type_error(format!("{} expected at least 1 argument, got {}", meth, n)));
    }
    if n > 3 {
        return Err(vm.new_type_error(format!("{} expected at most 3 arguments, got {}", meth, n)));
    }
    Ok(args.pos)
}

/// Argument check of `close()`/`aclose()`: no arguments besides self.
fn no_args(vm: &mut Vm, args: &Args, meth: &str) -> PyResult<()> {
    let tp = args.pos.first().map(types::type_name).unwrap_or_default();
    args.no_kw(vm, &format!("{}.{}", tp, meth))?;
    if args.pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "{}.{}() takes no arguments ({} given)",
            tp,
            meth,
            args.pos.len() - 1
        )));
    }
    Ok(())
}

/// Builds the exception for `throw(typ[, val[, tb]])`.
fn make_throw(vm: &mut Vm, a: &[Value]) -> PyResult<PyErr> {
    let typ = &a[1];
    let val = a.get(2).cloned().unwrap_or(Value::None);
    if let Some(tb) = a.get(3) {
        if !tb.is_none() && !types::isinstance(tb, &types().traceback) {
            return Err(vm.new_type_error("throw() third argument must be a traceback object"));
        }
    }
    let e = match typ {
        Value::Obj(o)
            if matches!(o.payload, Payload::Type(_))
                && types::is_subtype(o, &types().exc.base_exception) =>
        {
            if val.is_none() {
                vm.exception_from_value(typ)?
            } else if types::isinstance(&val, o) {
                vm.exception_from_value(&val)?
            } else {
                // A tuple value is the argument list (like `raise` of a class with args).
                let inst = match crate::objects::tupleobj::tuple_items(&val) {
                    Some(items) => {
                        let items = items.to_vec();
                        vm.call(typ, &items)?
                    }
                    None => vm.call(typ, &[val])?,
                };
                vm.exception_from_value(&inst)?
            }
        }
        Value::Obj(o) if types::is_subtype(&o.class(), &types().exc.base_exception) => {
            if !val.is_none() {
                return Err(vm.new_type_error("instance exception may not have a separate value"));
            }
            PyErr(o.clone())
        }
        _ => {
            return Err(vm.new_type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                types::type_name(typ)
            )))
        }
    };
    if let Some(tb) = a.get(3) {
        if !tb.is_none() {
            crate::exceptions::set_traceback_value(vm, &e.0, tb.clone())?;
        }
    }
    Ok(e)
}

/// throw() with delegation to a `yield from` sub-iterator.
pub fn gen_throw(vm: &mut Vm, g: &GenData, exc: PyErr) -> PyResult<SendResult> {
    gen_throw_raw(vm, g, exc, &[])
}

/// What a sub-iterator's `throw` is called with: the caller's arguments, else the exception.
fn throw_call_args(exc: &PyErr, raw: &[Value]) -> Vec<Value> {
    if raw.is_empty() {
        vec![Value::Obj(exc.0.clone())]
    } else {
        raw.to_vec()
    }
}

/// throw() where `raw` holds the arguments as the caller gave them (`typ[, val[, tb]]`):
/// CPython hands those, not the exception made of them, to a sub-iterator's own `throw`.
fn gen_throw_raw(vm: &mut Vm, g: &GenData, exc: PyErr, raw: &[Value]) -> PyResult<SendResult> {
    // Delegate if suspended inside `yield from`/`await`.
    let sub = {
        let fr = g.frame.borrow();
        match fr.as_ref() {
            Some(f) if f.pc > 0 => delegate_target(f),
            _ => None,
        }
    };
    if let Some(sub) = sub {
        let is_exit = types::is_subtype(&exc.0.class(), &types().exc.generator_exit);
        let r = if is_exit {
            // close() the sub-iterator, then raise GeneratorExit here.
            let cls = types::class_of(&sub);
            if let Some(sg) = gen_data(&sub) {
                gen_close(vm, sg)?;
            } else if let Some(close) = types::lookup_str(&cls, "close") {
                vm.call_special(&close, &sub, &[])?;
            }
            None
        } else if let Some(sg) = gen_data(&sub) {
            Some(gen_throw_raw(vm, sg, exc.clone(), raw))
        } else {
            let cls = types::class_of(&sub);
            types::lookup_str(&cls, "throw").map(|t| {
                match vm.call_special(&t, &sub, &throw_call_args(&exc, raw)) {
                    Ok(v) => Ok(SendResult::Yield(v)),
                    Err(e) if vm.exception_matches(&e, &types().exc.stop_iteration) => Ok(
                        SendResult::Return(crate::exceptions::stop_iteration_value(&e.0)),
                    ),
                    Err(e) => Err(e),
                }
            })
        };
        match r {
            Some(Ok(SendResult::Yield(v))) => return Ok(SendResult::Yield(v)),
            Some(Ok(SendResult::Return(v))) => {
                // Sub-iterator finished: continue our frame after the Send with its value.
                let mut fr = g.frame.borrow_mut();
                if let Some(f) = fr.as_mut() {
                    finish_delegation(f, v);
                }
                drop(fr);
                return match resume_after_delegation(vm, g)? {
                    Some(r) => Ok(r),
                    None => Ok(SendResult::Return(Value::None)),
                };
            }
            Some(Err(e)) => return resume(vm, g, Value::None, Some(e)),
            None => {}
        }
    }
    resume(vm, g, Value::None, Some(exc))
}

/// If the frame is suspended at the YieldValue of a Send loop, the sub-iterator (TOS).
fn delegate_target(f: &Frame) -> Option<Value> {
    use crate::bytecode::Op;
    match (f.code.ops.get(f.pc), f.code.ops.get(f.pc.wrapping_sub(2))) {
        (Some(Op::Jump(t)), Some(Op::Send(_))) => match f.code.ops.get(*t as usize) {
            Some(Op::Send(_)) => f.stack.last().cloned(),
            _ => None,
        },
        _ => None,
    }
}

/// Positions a frame suspended in a Send loop as if the sub-iterator returned `v`.
fn finish_delegation(f: &mut Frame, v: Value) {
    use crate::bytecode::Op;
    if let Some(Op::Send(end)) = f.code.ops.get(f.pc.wrapping_sub(2)) {
        let end = *end as usize;
        f.stack.pop();
        f.stack.push(v);
        f.pc = end;
    }
}

fn resume_after_delegation(vm: &mut Vm, g: &GenData) -> PyResult<Option<SendResult>> {
    // Resume without pushing a sent value: emulate by pushing and letting the frame pop it.
    let frame = g.frame.borrow_mut().take();
    let Some(frame) = frame else { return Ok(None) };
    vm.enter_call()?;
    let mut frame = frame;
    frame.handled_base = vm.handled.len();
    let saved = std::mem::take(&mut frame.saved_handled);
    vm.handled.extend(saved);
    g.running.set(true);
    let (r, mut f) = vm.execute(frame, None);
    g.running.set(false);
    vm.leave_call();
    match r {
        Ok(crate::vm::Exit::Yield(v)) => {
            let hb = f.handled_base.min(vm.handled.len());
            f.saved_handled = vm.handled.split_off(hb);
            *g.frame.borrow_mut() = Some(f);
            Ok(Some(SendResult::Yield(v)))
        }
        Ok(crate::vm::Exit::Return(v)) => {
            vm.release_frame(f);
            Ok(Some(SendResult::Return(v)))
        }
        Err(e) => {
            vm.release_frame(f);
            Err(e)
        }
    }
}

fn gen_throw_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = throw_args(vm, &args, "throw")?;
    let g = self_gen(vm, &args)?;
    let exc = make_throw(vm, a)?;
    match gen_throw_raw(vm, g, exc, &a[1..])? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(r) => Err(vm.new_stop_iteration(r)),
    }
}

pub fn gen_close(vm: &mut Vm, g: &GenData) -> PyResult<()> {
    if g.running.get() {
        return Err(vm.new_value_error(format!("{} already executing", kind_name(g.kind))));
    }
    let started = g.frame.borrow().as_ref().map(|f| f.pc > 0);
    match started {
        None => return Ok(()),
        Some(false) => {
            if let Some(f) = g.frame.borrow_mut().take() {
                vm.release_frame(f);
            }
            return Ok(());
        }
        Some(true) => {}
    }
    let exit = vm.new_exception(&types().exc.generator_exit, vec![]);
    match gen_throw(vm, g, exit) {
        Ok(SendResult::Yield(_)) => {
            Err(vm.new_runtime_error(format!("{} ignored GeneratorExit", kind_name(g.kind))))
        }
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e) => {
            if vm.exception_matches(&e, &types().exc.generator_exit)
                || vm.exception_matches(&e, &types().exc.stop_iteration)
            {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

fn gen_close_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "close")?;
    let g = self_gen(vm, &args)?;
    gen_close(vm, g)?;
    Ok(Value::None)
}

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn gen_next_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    match resume(vm, g, Value::None, None)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(r) => Err(vm.new_stop_iteration(r)),
    }
}

fn gen_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    let what = match g.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    Ok(strobj::new_str(format!(
        "<{} object {} at {:#x}>",
        what,
        g.qualname.borrow().payload_str(),
        args.pos[0].id()
    )))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    gen_data(v)
        .map(|g| Value::Obj(g.name.borrow().clone()))
        .ok_or_else(|| vm.new_type_error("generator expected"))
}
fn g_set_name(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let g = gen_data(v).ok_or_else(|| vm.new_type_error("generator expected"))?;
    match new {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => {
            *g.name.borrow_mut() = o;
            Ok(())
        }
        _ => Err(vm.new_type_error("__name__ must be set to a string object")),
    }
}
fn g_set_qualname(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let g = gen_data(v).ok_or_else(|| vm.new_type_error("generator expected"))?;
    match new {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => {
            *g.qualname.borrow_mut() = o;
            Ok(())
        }
        _ => Err(vm.new_type_error("__qualname__ must be set to a string object")),
    }
}
fn g_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    gen_data(v)
        .map(|g| Value::Obj(g.qualname.borrow().clone()))
        .ok_or_else(|| vm.new_type_error("generator expected"))
}
fn g_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    gen_data(v)
        .map(|g| Value::Bool(g.running.get()))
        .ok_or_else(|| vm.new_type_error("generator expected"))
}
fn g_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    gen_data(v)
        .map(|g| types::new_obj(&types().code, Payload::Code(g.code.clone())))
        .ok_or_else(|| vm.new_type_error("generator expected"))
}
fn g_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_data(v).ok_or_else(|| vm.new_type_error("generator expected"))?;
    // Frames are not Python objects here: a suspended generator's frame is shown as a
    // snapshot with the frame attributes programs read most (f_code, f_lineno, f_locals,
    // f_globals); a running one only as its code.
    let code = types::new_obj(&types().code, Payload::Code(g.code.clone()));
    if g.running.get() {
        return Ok(crate::modules::sys::simple_ns(
            "frame",
            vec![("f_code", code), ("f_back", Value::None)],
        ));
    }
    let fr = g.frame.borrow();
    let Some(f) = fr.as_ref() else {
        return Ok(Value::None);
    };
    let line = if f.pc == 0 {
        g.code.firstlineno
    } else {
        g.code.line_of(f.pc - 1)
    };
    let fields = vec![
        ("f_code", code),
        ("f_lineno", Value::Int(line as i64)),
        ("f_locals", crate::vm::call::locals_snapshot(f)),
        ("f_globals", Value::Obj(f.globals.clone())),
        ("f_back", Value::None),
    ];
    drop(fr);
    Ok(crate::modules::sys::simple_ns("frame", fields))
}
/// `ag_running`: also true while a step awaits inside the async generator.
fn g_ag_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_data(v).ok_or_else(|| vm.new_type_error("generator expected"))?;
    Ok(Value::Bool(g.running.get() || g.running_async.get()))
}
/// `cr_origin`: None, as with origin tracking off (the default).
fn g_origin(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}
fn g_suspended(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_data(v).ok_or_else(|| vm.new_type_error("generator expected"))?;
    let s = g.frame.borrow().as_ref().map(|f| f.pc > 0).unwrap_or(false) && !g.running.get();
    Ok(Value::Bool(s))
}
fn g_yieldfrom(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_data(v).ok_or_else(|| vm.new_type_error("generator expected"))?;
    let fr = g.frame.borrow();
    Ok(fr
        .as_ref()
        .and_then(|f| delegate_target(f))
        .unwrap_or(Value::None))
}

/// `coroutine.__await__()`: an iterator driving the coroutine (CPython's coroutine_wrapper),
/// so that `yield from coro.__await__()` works in a plain generator.
fn coro_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_gen(vm, &args)?;
    let cls = CORO_WRAPPER_TYPE.with(|t| t.clone());
    Ok(types::new_obj(
        &cls,
        // self_gen above checked that pos[0] exists.
        Payload::Native(Box::new(CoroWrapper(args.pos[0].clone()))),
    ))
}

struct CoroWrapper(Value);

impl NativeObject for CoroWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    static CORO_WRAPPER_TYPE: PyRef = types::new_builtin_type(
        "coroutine_wrapper",
        "builtins",
        None,
        types::BaseKind::Internal,
        CORO_WRAPPER_METHODS,
        false,
    );
}

static CORO_WRAPPER_METHODS: &[MethodDef] = &[
    MethodDef::method("send", cw_send),
    MethodDef::method("throw", cw_throw),
    MethodDef::method("close", cw_close),
    MethodDef::method("__next__", cw_next),
    MethodDef::method("__iter__", cw_iter),
];

/// The coroutine behind a coroutine_wrapper `self`.
fn wrapped_coro<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a GenData> {
    let w = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<CoroWrapper>(),
        _ => None,
    };
    w.and_then(|w| gen_data(&w.0))
        .ok_or_else(|| vm.new_type_error("coroutine_wrapper expected"))
}

fn cw_result(vm: &mut Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(r) => Err(vm.new_stop_iteration(r)),
    }
}

fn cw_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = send_args(vm, &args, "send")?;
    let g = wrapped_coro(vm, &args)?;
    let r = resume(vm, g, a[1].clone(), None)?;
    cw_result(vm, r)
}

fn cw_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = wrapped_coro(vm, &args)?;
    let r = resume(vm, g, Value::None, None)?;
    cw_result(vm, r)
}

fn cw_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = throw_args(vm, &args, "throw")?;
    let g = wrapped_coro(vm, &args)?;
    let exc = make_throw(vm, a)?;
    let r = gen_throw_raw(vm, g, exc, &a[1..])?;
    cw_result(vm, r)
}

fn cw_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "close")?;
    let g = wrapped_coro(vm, &args)?;
    gen_close(vm, g)?;
    Ok(Value::None)
}

fn cw_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapped_coro(vm, &args)?;
    // wrapped_coro checked that pos[0] exists.
    Ok(args.pos[0].clone())
}

pub static GENERATOR_METHODS: &[MethodDef] = &[
    MethodDef::method("send", gen_send_m),
    MethodDef::method("throw", gen_throw_m),
    MethodDef::method("close", gen_close_m),
    MethodDef::method("__del__", gen_close_m),
    MethodDef::method("__iter__", gen_iter),
    MethodDef::method("__next__", gen_next_m),
    MethodDef::method("__repr__", gen_repr),
    MethodDef::getset("__name__", g_name, g_set_name),
    MethodDef::getset("__qualname__", g_qualname, g_set_qualname),
    MethodDef::getter("gi_running", g_running),
    MethodDef::getter("gi_code", g_code),
    MethodDef::getter("gi_frame", g_frame),
    MethodDef::getter("gi_suspended", g_suspended),
    MethodDef::getter("gi_yieldfrom", g_yieldfrom),
];

pub static COROUTINE_METHODS: &[MethodDef] = &[
    MethodDef::method("send", gen_send_m),
    MethodDef::method("throw", gen_throw_m),
    MethodDef::method("close", gen_close_m),
    MethodDef::method("__del__", gen_close_m),
    MethodDef::method("__await__", coro_await),
    MethodDef::method("__next__", gen_next_m),
    MethodDef::method("__repr__", gen_repr),
    MethodDef::getset("__name__", g_name, g_set_name),
    MethodDef::getset("__qualname__", g_qualname, g_set_qualname),
    MethodDef::getter("cr_running", g_running),
    MethodDef::getter("cr_code", g_code),
    MethodDef::getter("cr_frame", g_frame),
    MethodDef::getter("cr_suspended", g_suspended),
    MethodDef::getter("cr_await", g_yieldfrom),
    MethodDef::getter("cr_origin", g_origin),
];

// ----- async generators -----

thread_local! {
    /// `sys.set_asyncgen_hooks(firstiter, finalizer)`; None when unset.
    static ASYNCGEN_HOOKS: RefCell<(Value, Value)> = const { RefCell::new((Value::None, Value::None)) };
}

/// The current `(firstiter, finalizer)` async generator hooks.
pub fn asyncgen_hooks() -> (Value, Value) {
    ASYNCGEN_HOOKS.with(|h| h.borrow().clone())
}

/// Replaces the hooks given (None in an `Option` leaves that hook as it is).
pub fn set_asyncgen_hooks(firstiter: Option<Value>, finalizer: Option<Value>) {
    ASYNCGEN_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(f) = firstiter {
            h.0 = f;
        }
        if let Some(f) = finalizer {
            h.1 = f;
        }
    });
}

/// Drives an async generator one step for `__anext__`/`asend`: returns the awaitable.
fn agen_step(vm: &mut Vm, agen: &Value, value: Value, throw: Option<PyErr>) -> PyResult<Value> {
    // The first step of a generator calls the `firstiter` hook (an event loop tracks its
    // live async generators with it).
    let fresh =
        gen_data(agen).is_some_and(|g| g.frame.borrow().as_ref().is_some_and(|f| f.pc == 0));
    if fresh {
        let first = ASYNCGEN_HOOKS.with(|h| h.borrow().0.clone());
        if !first.is_none() {
            vm.call(&first, std::slice::from_ref(agen))?;
        }
    }
    let cls = if throw.is_some() {
        ATHROW_TYPE.with(|t| t.clone())
    } else {
        ASEND_TYPE.with(|t| t.clone())
    };
    Ok(types::new_obj(
        &cls,
        Payload::Native(Box::new(AsyncGenStep {
            agen: agen.clone(),
            value: RefCell::new(Some(value)),
            athrow: throw.is_some(),
            throw: RefCell::new(throw.map(|e| Value::Obj(e.0))),
            closing: Cell::new(false),
            done: Cell::new(false),
        })),
    ))
}

/// A value yielded by an async generator (`Op::AsyncGenWrap`).
pub fn async_gen_wrap(v: Value) -> Value {
    types::new_obj(
        &types().iterator,
        Payload::Native(Box::new(AsyncGenValue(v))),
    )
}

/// The async generator step behind an awaitable from `__anext__`/`asend`/`athrow`.
fn agen_step_of(v: &Value) -> Option<&AsyncGenStep> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<AsyncGenStep>(),
        _ => None,
    }
}

thread_local! {
    static ASEND_TYPE: PyRef = types::new_builtin_type(
        "async_generator_asend",
        "builtins",
        None,
        types::BaseKind::Internal,
        ASEND_METHODS,
        false,
    );
    /// The awaitable of athrow()/aclose(): the same machinery under CPython's type name.
    static ATHROW_TYPE: PyRef = types::new_builtin_type(
        "async_generator_athrow",
        "builtins",
        None,
        types::BaseKind::Internal,
        ASEND_METHODS,
        false,
    );
}

static ASEND_METHODS: &[MethodDef] = &[
    MethodDef::method("send", asend_send),
    MethodDef::method("throw", asend_throw),
    MethodDef::method("close", asend_close),
    MethodDef::method("__next__", asend_next),
    MethodDef::method("__iter__", asend_self),
    MethodDef::method("__await__", asend_self),
];

fn self_step<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a AsyncGenStep> {
    args.pos
        .first()
        .and_then(agen_step_of)
        .ok_or_else(|| vm.new_type_error("async_generator_asend expected"))
}

fn asend_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = send_args(vm, &args, "send")?;
    let step = self_step(vm, &args)?;
    agen_step_send(vm, step, a[1].clone())
}

fn asend_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let step = self_step(vm, &args)?;
    agen_step_send(vm, step, Value::None)
}

fn asend_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = throw_args(vm, &args, "throw")?;
    let step = self_step(vm, &args)?;
    let e = make_throw(vm, a)?;
    *step.throw.borrow_mut() = Some(Value::Obj(e.0));
    agen_step_send(vm, step, Value::None)
}

fn asend_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "close")?;
    let step = self_step(vm, &args)?;
    step.value.borrow_mut().take();
    step.throw.borrow_mut().take();
    step.done.set(true);
    Ok(Value::None)
}

fn asend_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_step(vm, &args)?;
    // self_step checked that pos[0] exists.
    Ok(args.pos[0].clone())
}

/// The awaitable returned by `__anext__`/`asend`/`athrow`.
pub struct AsyncGenStep {
    pub agen: Value,
    pub value: RefCell<Option<Value>>,
    pub throw: RefCell<Option<Value>>,
    /// Set once aclose()'s GeneratorExit went in: later steps (awaits inside the
    /// generator's cleanup) still finish the close.
    pub closing: Cell<bool>,
    /// Made by athrow()/aclose() (for the reuse error's wording).
    pub athrow: bool,
    /// Finished (produced its value or exception) or closed: it cannot be sent to again.
    pub done: Cell<bool>,
}

impl NativeObject for AsyncGenStep {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.agen);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// One `send` into an async generator step awaitable.
pub fn agen_step_send(vm: &mut Vm, step: &AsyncGenStep, sent: Value) -> PyResult<Value> {
    let Some(g) = gen_data(&step.agen) else {
        return Err(vm.new_type_error("async generator expected"));
    };
    if step.done.get() {
        return Err(vm.new_runtime_error(if step.athrow {
            "cannot reuse already awaited aclose()/athrow()"
        } else {
            "cannot reuse already awaited __anext__()/asend()"
        }));
    }
    let first = step.value.borrow_mut().take();
    let is_first = first.is_some();
    // The first send uses asend()'s value unless it sends one of its own.
    let value = match first {
        Some(v) if sent.is_none() => v,
        _ => sent,
    };
    let throw = step
        .throw
        .borrow_mut()
        .take()
        .and_then(|v| v.as_obj().cloned())
        .map(PyErr);
    // aclose(): GeneratorExit thrown in; the generator finishing (or raising GeneratorExit or
    // StopAsyncIteration) completes the close.
    let closing = step.closing.get()
        || throw
            .as_ref()
            .is_some_and(|e| types::is_subtype(&e.0.class(), &types().exc.generator_exit));
    step.closing.set(closing);
    if g.running.get() || (is_first && g.running_async.get()) {
        let what = match (&throw, closing) {
            (_, true) => "aclose",
            (Some(_), false) => "athrow",
            (None, false) => "anext",
        };
        return Err(vm.new_runtime_error(format!(
            "{}(): asynchronous generator is already running",
            what
        )));
    }
    let r = agen_step_run(vm, g, value, throw, closing);
    // Running until the step yields a value or finishes (both arrive as exceptions here);
    // an await inside (a plain yield out of the step) keeps it running.
    g.running_async.set(r.is_ok());
    if r.is_err() {
        step.done.set(true);
    }
    r
}

fn agen_step_run(
    vm: &mut Vm,
    g: &GenData,
    value: Value,
    throw: Option<PyErr>,
    closing: bool,
) -> PyResult<Value> {
    let r = if g.frame.borrow().is_none() {
        // aclose()/athrow() on a finished async generator complete with None (3.11).
        if closing || throw.is_some() {
            return Err(vm.new_stop_iteration(Value::None));
        }
        return Err(vm.new_exception(&types().exc.stop_async_iteration, vec![]));
    } else {
        match throw {
            Some(e) => gen_throw(vm, g, e),
            None => resume(vm, g, value, None),
        }
    };
    let r = match r {
        Err(e)
            if closing
                && (types::is_subtype(&e.0.class(), &types().exc.generator_exit)
                    || types::is_subtype(&e.0.class(), &types().exc.stop_async_iteration)) =>
        {
            return Err(vm.new_stop_iteration(Value::None));
        }
        other => other?,
    };
    match r {
        SendResult::Yield(v) => {
            if let Some(Payload::Native(n)) = v.payload() {
                if let Some(w) = n.as_any().downcast_ref::<AsyncGenValue>() {
                    if closing {
                        return Err(vm.new_runtime_error("async generator ignored GeneratorExit"));
                    }
                    return Err(vm.new_stop_iteration(w.0.clone()));
                }
            }
            Ok(v)
        }
        SendResult::Return(_) if closing => Err(vm.new_stop_iteration(Value::None)),
        SendResult::Return(_) => Err(vm.new_exception(&types().exc.stop_async_iteration, vec![])),
    }
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    agen_step(vm, &args.pos[0], Value::None, None)
}
fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = send_args(vm, &args, "asend")?;
    agen_step(vm, &a[0], a[1].clone(), None)
}
fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = throw_args(vm, &args, "athrow")?;
    let e = make_throw(vm, a)?;
    agen_step(vm, &a[0], Value::None, Some(e))
}
fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "aclose")?;
    let e = vm.new_exception(&types().exc.generator_exit, vec![]);
    agen_step(vm, &args.pos[0], Value::None, Some(e))
}
fn agen_aiter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

/// An async generator's `__del__` (present in dir() as CPython's tp_finalize): its cleanup
/// belongs to the event loop's finalizer hook, so an explicit call does nothing.
fn agen_del(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub static ASYNC_GENERATOR_METHODS: &[MethodDef] = &[
    MethodDef::method("__anext__", agen_anext),
    MethodDef::method("__aiter__", agen_aiter),
    MethodDef::method("asend", agen_asend),
    MethodDef::method("athrow", agen_athrow),
    MethodDef::method("aclose", agen_aclose),
    MethodDef::method("__del__", agen_del),
    MethodDef::method("__repr__", gen_repr),
    MethodDef::getset("__name__", g_name, g_set_name),
    MethodDef::getset("__qualname__", g_qualname, g_set_qualname),
    MethodDef::getter("ag_running", g_ag_running),
    MethodDef::getter("ag_code", g_code),
    MethodDef::getter("ag_frame", g_frame),
    MethodDef::getter("ag_await", g_yieldfrom),
];

// ----- anext(aiter, default) -----

/// The awaitable of `anext(it, default)`: awaits `it.__anext__()` and turns its
/// StopAsyncIteration into the default value.
pub fn anext_with_default(vm: &mut Vm, aw: &Value, default: Value) -> PyResult<Value> {
    let inner = get_awaitable(vm, aw)?;
    let cls = ANEXT_TYPE.with(|t| t.clone());
    Ok(types::new_obj(
        &cls,
        Payload::Native(Box::new(AnextAwaitable { inner, default })),
    ))
}

struct AnextAwaitable {
    inner: Value,
    default: Value,
}

impl NativeObject for AnextAwaitable {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.inner);
        visit(&self.default);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    static ANEXT_TYPE: PyRef = types::new_builtin_type(
        "anext_awaitable",
        "builtins",
        None,
        types::BaseKind::Internal,
        ANEXT_METHODS,
        false,
    );
}

static ANEXT_METHODS: &[MethodDef] = &[
    MethodDef::method("send", anext_send),
    MethodDef::method("throw", anext_throw),
    MethodDef::method("close", anext_close),
    MethodDef::method("__next__", anext_next),
    MethodDef::method("__iter__", anext_self),
    MethodDef::method("__await__", anext_self),
];

fn self_anext<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a AnextAwaitable> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<AnextAwaitable>(),
        _ => None,
    }
    .ok_or_else(|| vm.new_type_error("anext_awaitable expected"))
}

/// Maps the inner awaitable's outcome: StopAsyncIteration becomes StopIteration(default).
fn anext_outcome(vm: &mut Vm, a: &AnextAwaitable, r: PyResult<SendResult>) -> PyResult<Value> {
    match r {
        Ok(SendResult::Yield(v)) => Ok(v),
        Ok(SendResult::Return(v)) => Err(vm.new_stop_iteration(v)),
        Err(e) if vm.exception_matches(&e, &types().exc.stop_async_iteration) => {
            Err(vm.new_stop_iteration(a.default.clone()))
        }
        Err(e) => Err(e),
    }
}

fn anext_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = send_args(vm, &args, "send")?[1].clone();
    let a = self_anext(vm, &args)?;
    let r = send_to(vm, &a.inner, v);
    anext_outcome(vm, a, r)
}

fn anext_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = self_anext(vm, &args)?;
    let r = send_to(vm, &a.inner, Value::None);
    anext_outcome(vm, a, r)
}

fn anext_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = throw_args(vm, &args, "throw")?;
    let a = self_anext(vm, &args)?;
    let exc = make_throw(vm, rest)?;
    let r = if let Some(g) = gen_data(&a.inner) {
        gen_throw(vm, g, exc)
    } else {
        match types::lookup_str(&types::class_of(&a.inner), "throw") {
            Some(t) => {
                let etype = Value::Obj(exc.0.class());
                match vm.call_special(&t, &a.inner, &[etype, Value::Obj(exc.0.clone())]) {
                    Ok(v) => Ok(SendResult::Yield(v)),
                    Err(e) if vm.exception_matches(&e, &types().exc.stop_iteration) => Ok(
                        SendResult::Return(crate::exceptions::stop_iteration_value(&e.0)),
                    ),
                    Err(e) => Err(e),
                }
            }
            None => Err(exc),
        }
    };
    anext_outcome(vm, a, r)
}

fn anext_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "close")?;
    let a = self_anext(vm, &args)?;
    if let Some(g) = gen_data(&a.inner) {
        gen_close(vm, g)?;
    } else if let Some(c) = types::lookup_str(&types::class_of(&a.inner), "close") {
        vm.call_special(&c, &a.inner, &[])?;
    }
    Ok(Value::None)
}

fn anext_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_anext(vm, &args)?;
    // self_anext checked that pos[0] exists.
    Ok(args.pos[0].clone())
}

// ----- closing generators dropped while suspended -----

/// The frame of a generator dropped while suspended inside a try/with block: its cleanup
/// (finally, __exit__) still has to run, which needs the VM (see `close_orphans`).
struct OrphanFrame {
    frame: Box<Frame>,
    name: PyRef,
    qualname: PyRef,
    code: std::rc::Rc<crate::bytecode::Code>,
    kind: GenKind,
}

thread_local! {
    /// Qualified names of coroutines dropped without ever running (CPython warns).
    static UNAWAITED: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
    static ORPHANS: RefCell<Vec<OrphanFrame>> = const { RefCell::new(Vec::new()) };
    static ORPHANS_PENDING: Cell<bool> = const { Cell::new(false) };
    /// Async generators (their GenData addresses) already passed to the finalizer hook.
    static FINALIZED_AGENS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

impl Drop for GenData {
    fn drop(&mut self) {
        if self.kind == GenKind::AsyncGenerator {
            // Handed to the finalizer hook once already: not finalized again (CPython
            // finalizes an object once).
            let me = self as *const GenData as usize;
            let done = FINALIZED_AGENS
                .try_with(|f| {
                    let Ok(mut f) = f.try_borrow_mut() else {
                        return false;
                    };
                    match f.iter().position(|p| *p == me) {
                        Some(i) => {
                            f.swap_remove(i);
                            true
                        }
                        None => false,
                    }
                })
                .unwrap_or(false);
            if done {
                return;
            }
        }
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if frame.pc == 0 && self.kind == GenKind::Coroutine {
            let name = self.qualname.get_mut().clone();
            let _ = UNAWAITED.try_with(|u| {
                if let Ok(mut u) = u.try_borrow_mut() {
                    u.push(name);
                }
            });
            let _ = ORPHANS_PENDING.try_with(|p| p.set(true));
            return;
        }
        if frame.pc == 0 || frame.blocks.is_empty() {
            return;
        }
        let orphan = OrphanFrame {
            frame,
            name: self.name.get_mut().clone(),
            qualname: self.qualname.get_mut().clone(),
            code: self.code.clone(),
            kind: self.kind,
        };
        // During thread teardown the list may be gone: the frame is then simply dropped.
        let _ = ORPHANS.try_with(|o| {
            if let Ok(mut o) = o.try_borrow_mut() {
                o.push(orphan);
            }
        });
        let _ = ORPHANS_PENDING.try_with(|p| p.set(true));
    }
}

/// Are there dropped suspended generators whose cleanup has not run yet?
#[inline]
pub fn orphans_pending() -> bool {
    ORPHANS_PENDING.with(|p| p.get())
}

/// Closes generators dropped while suspended (as CPython's generator finalizer does):
/// GeneratorExit is thrown in so their finally blocks and __exit__ methods run.
pub fn close_orphans(vm: &mut Vm) {
    ORPHANS_PENDING.with(|p| p.set(false));
    let unawaited = UNAWAITED.with(|u| std::mem::take(&mut *u.borrow_mut()));
    for name in unawaited {
        warn_unawaited(vm, &name);
    }
    loop {
        let next = ORPHANS.with(|o| o.borrow_mut().pop());
        let Some(orphan) = next else { break };
        let t = types();
        let cls = match orphan.kind {
            GenKind::Generator => &t.generator,
            GenKind::Coroutine => &t.coroutine,
            GenKind::AsyncGenerator => &t.async_generator,
        };
        let gen = types::new_obj(
            cls,
            Payload::Generator(Box::new(GenData {
                frame: RefCell::new(Some(orphan.frame)),
                name: RefCell::new(orphan.name),
                qualname: RefCell::new(orphan.qualname),
                code: orphan.code,
                running: Cell::new(false),
                running_async: Cell::new(false),
                kind: orphan.kind,
                yield_from: RefCell::new(Value::Null),
            })),
        );
        // A suspended async generator goes to the event loop's finalizer hook (which
        // schedules its aclose()), as CPython's async generator finalization does.
        let finalizer = match orphan.kind {
            GenKind::AsyncGenerator => ASYNCGEN_HOOKS.with(|h| h.borrow().1.clone()),
            _ => Value::None,
        };
        if finalizer.is_none() {
            close_for_finalizer(vm, &gen);
        } else {
            if let Some(g) = gen_data(&gen) {
                let me = g as *const GenData as usize;
                FINALIZED_AGENS.with(|f| f.borrow_mut().push(me));
            }
            if let Err(e) = vm.call(&finalizer, std::slice::from_ref(&gen)) {
                crate::exceptions::write_unraisable(vm, &e, "Exception ignored in", &gen);
            }
        }
    }
}

/// "RuntimeWarning: coroutine 'f' was never awaited", located at the running frame.
fn warn_unawaited(vm: &mut Vm, qualname: &PyRef) {
    let msg = format!("coroutine '{}' was never awaited", qualname.payload_str());
    let r = vm.import_module_simple("warnings").and_then(|w| {
        let warn = vm.get_attr_str(&w, "warn")?;
        let cat = Value::Obj(types().exc.runtime_warning.clone());
        // `source` set: the text ends with the "Enable tracemalloc" line.
        vm.call(
            &warn,
            &[
                crate::objects::strobj::new_str(msg),
                cat,
                Value::Int(1),
                Value::Bool(true),
            ],
        )
    });
    if let Err(e) = r {
        let obj = Value::Obj(qualname.clone());
        crate::exceptions::write_unraisable(vm, &e, "Exception ignored in", &obj);
    }
}

/// Closes `gen` for the collector or the orphan list; errors are reported as unraisable.
pub fn close_for_finalizer(vm: &mut Vm, gen: &Value) {
    let Some(g) = gen_data(gen) else { return };
    if let Err(e) = gen_close(vm, g) {
        crate::exceptions::write_unraisable(vm, &e, "Exception ignored in", gen);
    }
    // A generator that ignored GeneratorExit is not resumed again.
    let left = g.frame.borrow_mut().take();
    if let Some(f) = left {
        vm.release_frame(f);
    }
}

/// Does the collector have to close `v` before clearing it (a generator suspended inside
/// a try/with block)?
pub fn needs_close(v: &PyRef) -> bool {
    match &v.payload {
        Payload::Generator(g) => g
            .frame
            .borrow()
            .as_ref()
            .is_some_and(|f| f.pc > 0 && !f.blocks.is_empty()),
        _ => false,
    }
}
