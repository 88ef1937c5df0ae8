//! The dispatch loop. Python-to-Python calls push frames on `Vm::frames` and continue in the
//! same loop; only generators and calls made from Rust code re-enter `execute`.

use std::rc::Rc;

use super::{PyErr, PyResult, Vm};
use crate::ast::{BinOp, UnaryOp};
use crate::bytecode::{code_flags, make_fn, CompareKind, Op};
use crate::frame::{Block, Frame};
use crate::object::*;
use crate::objects::{dictobj, listobj, strobj, tupleobj};
use crate::types::{self, types};

/// How a frame session ended.
enum Flow {
    Call(Box<Frame>),
    Return(Value),
    Yield(Value),
}

/// Can dropping these values free an object, or leave a finalizable object owned only by
/// `Vm::finalizable`? Only if one of them is held at most twice.
fn may_free(vals: &[Value]) -> bool {
    vals.iter()
        .any(|v| matches!(v, Value::Obj(o) if Rc::strong_count(o) <= 2))
}

/// How `execute` ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Vm {
    /// Runs a frame to completion (not a generator frame).
    pub fn run_frame(&mut self, f: Box<Frame>) -> PyResult<Value> {
        self.enter_call()?;
        let (r, f) = self.execute(f, None);
        self.leave_call();
        self.handled.truncate(f.handled_base);
        self.release_frame(f);
        match r {
            Ok(Exit::Return(v)) | Ok(Exit::Yield(v)) => Ok(v),
            Err(e) => Err(e),
        }
    }

    /// Runs `f` until its bottom frame returns or yields. With `throw`, starts by raising
    /// that exception at the current instruction.
    pub fn execute(&mut self, f: Box<Frame>, throw: Option<PyErr>) -> (PyResult<Exit>, Box<Frame>) {
        // Each nested run costs the interpreter's Rust frames on a fixed-size (wasm) stack:
        // past the budget, RecursionError instead of a stack-overflow trap.
        if self.reentry >= self.max_reentry {
            let e = self.new_recursion_error("maximum recursion depth exceeded");
            return (Err(e), f);
        }
        self.reentry += 1;
        let base = self.frames.len();
        let r = self.execute_frames(f, throw, base);
        self.reentry -= 1;
        r
    }

    /// Runs `f` whose callers `frames[base..]` were pushed back by `_tasklet` (a resumed
    /// green thread), until the bottom one returns or the thread suspends again.
    pub fn execute_resumed(&mut self, f: Box<Frame>, base: usize) -> (PyResult<Exit>, Box<Frame>) {
        self.reentry += 1;
        let r = self.execute_frames(f, None, base);
        self.reentry -= 1;
        r
    }

    fn execute_frames(
        &mut self,
        mut f: Box<Frame>,
        throw: Option<PyErr>,
        base: usize,
    ) -> (PyResult<Exit>, Box<Frame>) {
        if let Some(e) = &throw {
            // A thrown exception (generator.throw) chains only to the generator's own handled
            // exception, not the caller's (CPython's _PyErr_ChainStackItem).
            crate::exceptions::add_traceback(
                &e.0,
                &f.code,
                f.pc.saturating_sub(1) as u32,
                &f.globals,
            );
            if self.handled.len() > f.handled_base {
                if let Some(ctx) = self.handled.last().cloned() {
                    crate::exceptions::set_context(&e.0, ctx);
                }
            }
            self.reraising = true;
        }
        let mut pending = throw;
        loop {
            let err = match pending.take() {
                Some(e) => e,
                None => match self.run_loop(&mut f, base) {
                    Ok(exit) => return (Ok(exit), f),
                    // `_tasklet.suspend()`: the frames stay as they are for `_tasklet`.
                    Err(e) if self.suspending => return (Err(e), f),
                    Err(e) => e,
                },
            };
            // Unwind: find a handler in this frame or pop frames up to `base`.
            match self.unwind(&mut f, err, base) {
                Ok(()) => continue,
                Err(e) => return (Err(e), f),
            }
        }
    }

    /// Routes an exception to the innermost handler. On success `f` is positioned at the
    /// handler; otherwise the exception propagates out of the bottom frame.
    fn unwind(&mut self, f: &mut Box<Frame>, err: PyErr, base: usize) -> Result<(), PyErr> {
        let mut reraise = std::mem::replace(&mut self.reraising, false);
        loop {
            if !reraise {
                crate::exceptions::add_traceback(
                    &err.0,
                    &f.code,
                    f.pc.saturating_sub(1) as u32,
                    &f.globals,
                );
                if let Some(ctx) = self.handled.last().cloned() {
                    if !self.thrown.as_ref().is_some_and(|t| Rc::ptr_eq(t, &err.0)) {
                        crate::exceptions::set_context(&err.0, ctx);
                    }
                }
            }
            reraise = false;
            while let Some(b) = f.blocks.pop() {
                match b {
                    Block::Except { handler, level } => {
                        f.stack.truncate(level as usize);
                        let hidx =
                            (self.handled.len() - f.handled_base.min(self.handled.len())) as u32;
                        f.blocks.push(Block::Handler {
                            level,
                            handled: hidx,
                        });
                        self.handled.push(Value::Obj(err.0.clone()));
                        f.stack.push(Value::Obj(err.0.clone()));
                        f.pc = handler as usize;
                        return Ok(());
                    }
                    Block::Handler { handled, .. } => {
                        self.handled.truncate(f.handled_base + handled as usize);
                    }
                }
            }
            // No handler in this frame.
            self.handled.truncate(f.handled_base);
            if self.frames.len() <= base {
                return Err(err);
            }
            let parent = self.frames.pop().expect("checked non-empty above");
            let done = std::mem::replace(f, parent);
            if !done.ctor.is_null() {
                // The class call's own recursion-limit unit (see prepare_inline_call).
                self.leave_native();
            }
            self.release_frame(done);
            self.leave_call();
        }
    }

    /// The loop proper: runs the current frame, switching frames in place on Python-to-Python
    /// calls and returns, until the bottom frame (at `base`) returns or yields.
    fn run_loop(&mut self, fb: &mut Box<Frame>, base: usize) -> PyResult<Exit> {
        loop {
            let flow = self.run_session(fb)?;
            match flow {
                Flow::Call(newf) => {
                    self.frames.push(std::mem::replace(fb, newf));
                }
                Flow::Return(mut v) => {
                    if self.frames.len() <= base {
                        return Ok(Exit::Return(v));
                    }
                    if self.handled.len() > fb.handled_base {
                        self.handled.truncate(fb.handled_base);
                    }
                    let parent = self.frames.pop().expect("checked above");
                    let mut done = std::mem::replace(fb, parent);
                    let ctor = std::mem::take(&mut done.ctor);
                    let may_free = !self.finalizable.is_empty()
                        && (may_free(&done.stack) || may_free(std::slice::from_ref(&done.locals)));
                    self.release_frame(done);
                    self.leave_call();
                    if crate::objects::genobj::orphans_pending() {
                        // Located at the caller, as CPython's finalizers are.
                        let fr: &Frame = fb;
                        self.outcall(fr, crate::objects::genobj::close_orphans);
                    }
                    if !ctor.is_null() {
                        self.leave_native();
                        if !v.is_none() {
                            return Err(self.new_type_error(format!(
                                "__init__() should return None, not '{}'",
                                types::type_name(&v)
                            )));
                        }
                        v = ctor;
                    }
                    fb.stack.push(v);
                    if may_free {
                        self.run_finalizers();
                    }
                }
                Flow::Yield(v) => return Ok(Exit::Yield(v)),
            }
        }
    }

    /// The StoreFast after a fused instruction (at `f.pc - 1`): stores `v` in its local.
    #[inline(always)]
    fn store_fast_next(&mut self, f: &mut Frame, code: &crate::bytecode::Code, v: Value) {
        let Some(Op::StoreFast(i)) = code.ops.get(f.pc - 1) else {
            // Not reached: the compiler fuses only with a following StoreFast.
            f.stack.push(v);
            f.pc -= 1;
            return;
        };
        let old = std::mem::replace(&mut f.stack[*i as usize], v);
        // As in StoreFast: dropping the old value may free a finalizable object.
        let freeing = matches!(&old, Value::Obj(o) if Rc::strong_count(o) <= 2);
        old.release();
        if freeing && !self.finalizable.is_empty() {
            self.run_finalizers();
        }
    }

    /// Pushes local `i` (the plain LoadFast, and the fallback of the fused LoadFast* ops).
    #[inline(always)]
    fn push_local(&mut self, f: &mut Frame, code: &crate::bytecode::Code, i: u32) -> PyResult<()> {
        let v = &f.stack[i as usize];
        if v.is_null() {
            return Err(self.unbound_local(code, i));
        }
        let v = v.clone();
        f.stack.push(v);
        Ok(())
    }

    /// UnboundLocalError for local `i` of `code`.
    #[cold]
    fn unbound_local(&mut self, code: &crate::bytecode::Code, i: u32) -> PyErr {
        let name = code.varnames[i as usize].payload_str().to_string();
        self.new_exception_msg(
            &types().exc.unbound_local_error,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ),
        )
    }

    /// Executes instructions of one frame until it calls, returns or yields. Hot
    /// instructions are handled inline; the rest go to `exec_cold`.
    #[inline(always)]
    fn run_session(&mut self, fb: &mut Box<Frame>) -> PyResult<Flow> {
        let code = fb.code.clone();
        // The instruction slice as a local: read through `code` it is reloaded from memory
        // at every dispatch.
        let ops: &[Op] = &code.ops;
        let f: &mut Frame = fb;
        loop {
            let op = match ops.get(f.pc) {
                Some(op) => *op,
                None => {
                    return Err(self
                        .new_exception_msg(&types().exc.system_error, "bytecode ran off the end"))
                }
            };
            f.pc += 1;
            match op {
                Op::Nop => {}
                Op::LoadFast(i) => self.push_local(f, &code, i)?,
                Op::LoadFastAttr(i) => {
                    let v = &f.stack[i as usize];
                    if let Some(Op::LoadAttr(n)) = ops.get(f.pc) {
                        let name = &code.names[*n as usize];
                        let cache = code.attr_cache_at(f.pc);
                        if let Some(r) = crate::vm::attr::cached_instance_get(v, name, cache) {
                            f.stack.push(r);
                            f.pc += 1;
                            continue;
                        }
                    }
                    self.push_local(f, &code, i)?;
                }
                Op::LoadFastMethod(i) => {
                    let v = &f.stack[i as usize];
                    if let Some(Op::LoadMethod(n)) = ops.get(f.pc) {
                        let name = &code.names[*n as usize];
                        let cache = code.attr_cache_at(f.pc);
                        if let Some(m) = crate::vm::attr::cached_method(v, name, cache) {
                            let v = v.clone();
                            f.stack.push(m);
                            f.stack.push(v);
                            f.pc += 1;
                            continue;
                        }
                    }
                    self.push_local(f, &code, i)?;
                }
                Op::LoadFastStoreAttr(i) => {
                    let obj = &f.stack[i as usize];
                    if let (Some(Op::StoreAttr(n)), false) = (ops.get(f.pc), obj.is_null()) {
                        let name = &code.names[*n as usize];
                        let cache = code.attr_cache_at(f.pc);
                        let obj = obj.clone();
                        let v = f.pop();
                        match crate::vm::attr::cached_instance_set(&obj, name, cache, v) {
                            None => f.pc += 1,
                            // Not the fast path: the StoreAttr runs as usual.
                            Some(v) => {
                                f.stack.push(v);
                                f.stack.push(obj);
                            }
                        }
                        continue;
                    }
                    self.push_local(f, &code, i)?;
                }
                Op::LoadFast2(i) => {
                    let a = &f.stack[i as usize];
                    if a.is_null() {
                        return Err(self.unbound_local(&code, i));
                    }
                    if let Some(Op::LoadFast(j)) = ops.get(f.pc) {
                        let b = &f.stack[*j as usize];
                        if !b.is_null() {
                            // LoadFast, LoadFast, Binary: ints and floats need no stack.
                            if let Some(Op::Binary(bop) | Op::BinaryStore(bop)) = ops.get(f.pc + 1)
                            {
                                if let Some(r) = binary_fast(a, b, *bop) {
                                    f.stack.push(r);
                                    f.pc += 2;
                                    continue;
                                }
                            }
                            let (a, b) = (a.clone(), b.clone());
                            f.stack.push(a);
                            f.stack.push(b);
                            f.pc += 1;
                            continue;
                        }
                    }
                    let a = a.clone();
                    f.stack.push(a);
                }
                Op::LoadFastConst(i) => {
                    let a = &f.stack[i as usize];
                    if a.is_null() {
                        return Err(self.unbound_local(&code, i));
                    }
                    if let Some(Op::LoadConst(j)) = ops.get(f.pc) {
                        let b = &code.consts[*j as usize];
                        match ops.get(f.pc + 1) {
                            // LoadFast, LoadConst, Binary.
                            Some(Op::Binary(bop) | Op::BinaryStore(bop)) => {
                                if let Some(r) = binary_fast(a, b, *bop) {
                                    f.stack.push(r);
                                    f.pc += 2;
                                    continue;
                                }
                            }
                            // LoadFast, LoadConst, Compare, PopJumpIfFalse on ints.
                            Some(Op::CompareJumpIfFalse(cmp)) => {
                                if let (
                                    (Value::Int(x), Value::Int(y)),
                                    Some(Op::PopJumpIfFalse(t)),
                                ) = ((a, b), ops.get(f.pc + 2))
                                {
                                    f.pc = if compare_ints(*x, *y, *cmp) {
                                        f.pc + 3
                                    } else {
                                        *t as usize
                                    };
                                    continue;
                                }
                            }
                            _ => {}
                        }
                        let (a, b) = (a.clone(), b.clone());
                        f.stack.push(a);
                        f.stack.push(b);
                        f.pc += 1;
                        continue;
                    }
                    let a = a.clone();
                    f.stack.push(a);
                }
                Op::CompareJumpIfFalse(cmp) => {
                    let b = f.pop();
                    let a = f.pop();
                    if let ((Value::Int(x), Value::Int(y)), Some(Op::PopJumpIfFalse(t))) =
                        ((&a, &b), ops.get(f.pc))
                    {
                        f.pc = if compare_ints(*x, *y, cmp) {
                            f.pc + 1
                        } else {
                            *t as usize
                        };
                        continue;
                    }
                    let r = self.compare_out(f, &a, &b, cmp)?;
                    f.stack.push(r);
                }
                Op::ReturnConst(i) => {
                    let v = code.consts[i as usize].clone();
                    return Ok(Flow::Return(v));
                }
                Op::StoreFast(i) => {
                    let v = f.pop();
                    let old = std::mem::replace(&mut f.stack[i as usize], v);
                    // Dropping the old value can only leave a finalizable object with no
                    // other owner than `finalizable` if it was held at most twice (by this
                    // slot and that list, or by this slot alone and released with it).
                    let freeing = matches!(&old, Value::Obj(o) if Rc::strong_count(o) <= 2);
                    old.release();
                    if freeing && !self.finalizable.is_empty() {
                        self.run_finalizers();
                    }
                }
                Op::LoadConst(i) => {
                    let v = code.consts[i as usize].clone();
                    f.stack.push(v);
                }
                Op::Pop => {
                    let v = f.stack.pop();
                    // A discarded result (`lst.pop()`, `coro()`) may be the last owner of an
                    // object with `__del__` (see StoreFast) or of an unawaited coroutine.
                    if matches!(&v, Some(Value::Obj(o)) if Rc::strong_count(o) <= 2) {
                        drop(v);
                        if !self.finalizable.is_empty() {
                            self.run_finalizers();
                        }
                        if crate::objects::genobj::orphans_pending() {
                            let fr: &Frame = f;
                            self.outcall(fr, crate::objects::genobj::close_orphans);
                        }
                    }
                }
                Op::Dup => {
                    let v = f.top().clone();
                    f.stack.push(v);
                }
                Op::Dup2 => {
                    let a = f.peek(2).clone();
                    let b = f.peek(1).clone();
                    f.stack.push(a);
                    f.stack.push(b);
                }
                Op::Rot2 => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - 2);
                }
                Op::Binary(bop) => {
                    let b = f.pop();
                    let mut a = f.pop();
                    if bop == BinOp::Add
                        && matches!(a, Value::Obj(_))
                        && concat_in_place(f, &code, &mut a, &b)
                    {
                        f.stack.push(a);
                        continue;
                    }
                    let r = match binary_fast(&a, &b, bop) {
                        Some(r) => r,
                        None => self.binary_out(f, &a, &b, bop)?,
                    };
                    a.release();
                    b.release();
                    f.stack.push(r);
                }
                Op::BinaryStore(bop) => {
                    let b = f.pop();
                    let mut a = f.pop();
                    let r = match binary_fast(&a, &b, bop) {
                        Some(r) => r,
                        None => {
                            if bop == BinOp::Add
                                && matches!(a, Value::Obj(_))
                                && concat_in_place(f, &code, &mut a, &b)
                            {
                                f.stack.push(a);
                                continue;
                            }
                            self.binary_out(f, &a, &b, bop)?
                        }
                    };
                    a.release();
                    b.release();
                    f.pc += 1;
                    self.store_fast_next(f, &code, r);
                }
                Op::InplaceStore(bop) => {
                    let b = f.pop();
                    let mut a = f.pop();
                    let r = match binary_fast(&a, &b, bop) {
                        Some(r) => r,
                        None => {
                            if bop == BinOp::Add
                                && matches!(a, Value::Obj(_))
                                && concat_in_place(f, &code, &mut a, &b)
                            {
                                f.stack.push(a);
                                continue;
                            }
                            self.inplace_out(f, a, b, bop)?
                        }
                    };
                    f.pc += 1;
                    self.store_fast_next(f, &code, r);
                }
                Op::ForIterStore(t) => {
                    let next = {
                        let it = f.top();
                        match self.fast_next(it) {
                            Some(r) => r?,
                            None => {
                                let it = it.clone();
                                self.next_out(f, &it)?
                            }
                        }
                    };
                    match next {
                        Some(v) => {
                            f.pc += 1;
                            self.store_fast_next(f, &code, v);
                        }
                        None => {
                            f.stack.pop();
                            f.pc = t as usize;
                        }
                    }
                }
                Op::InplaceBinary(bop) => {
                    let b = f.pop();
                    let mut a = f.pop();
                    if bop == BinOp::Add
                        && matches!(a, Value::Obj(_))
                        && concat_in_place(f, &code, &mut a, &b)
                    {
                        f.stack.push(a);
                        continue;
                    }
                    let r = match binary_fast(&a, &b, bop) {
                        Some(r) => r,
                        None => self.inplace_out(f, a, b, bop)?,
                    };
                    f.stack.push(r);
                }
                Op::Compare(cmp) => {
                    let b = f.pop();
                    let a = f.pop();
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => Value::Bool(match cmp {
                            CompareKind::Lt => x < y,
                            CompareKind::Le => x <= y,
                            CompareKind::Eq => x == y,
                            CompareKind::Ne => x != y,
                            CompareKind::Gt => x > y,
                            CompareKind::Ge => x >= y,
                        }),
                        _ => self.compare_out(f, &a, &b, cmp)?,
                    };
                    a.release();
                    b.release();
                    f.stack.push(r);
                }
                Op::PopJumpIfFalse(t) => {
                    let v = f.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy_in(f, &v)?,
                    };
                    v.release();
                    if !b {
                        f.pc = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = f.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy_in(f, &v)?,
                    };
                    v.release();
                    if b {
                        f.pc = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let b = self.truthy_in(f, f.top())?;
                    if !b {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let b = self.truthy_in(f, f.top())?;
                    if b {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::PopJumpIfNone(t) => {
                    if f.pop().is_none() {
                        f.pc = t as usize;
                    }
                }
                Op::PopJumpIfNotNone(t) => {
                    if !f.pop().is_none() {
                        f.pc = t as usize;
                    }
                }
                Op::Jump(t) => {
                    if (t as usize) < f.pc {
                        self.ticks = self.ticks.wrapping_add(1);
                        // The memory flag is checked on every iteration (a loop that grows a
                        // container by big steps must see MemoryError before the host limit).
                        if self.ticks & 0x3ff == 0 || crate::alloc::over_limit() {
                            if self.reentry == 1 {
                                // No native code below this loop: dicts replaced by
                                // `obj.__dict__ = d` can go.
                                crate::object::drain_replaced_dicts();
                            }
                            self.check_limits()?;
                        }
                    }
                    f.pc = t as usize;
                }
                Op::GetIter => {
                    let v = f.pop();
                    let it = self.iter_out(f, &v)?;
                    f.stack.push(it);
                }
                Op::ForIter(t) => {
                    let next = {
                        let it = f.top();
                        match self.fast_next(it) {
                            Some(r) => r?,
                            None => {
                                let it = it.clone();
                                self.next_out(f, &it)?
                            }
                        }
                    };
                    match next {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            f.pc = t as usize;
                        }
                    }
                }
                Op::LoadGlobal(i) => {
                    let v = match self.load_global_cached(f, &code, i as usize) {
                        Some(v) => v,
                        None => self.load_global_slow(f, &code, i as usize)?,
                    };
                    f.stack.push(v);
                }
                Op::LoadName(i) => {
                    let v = self.load_name_op(f, &code, i as usize)?;
                    f.stack.push(v);
                }
                Op::StoreName(i) => {
                    let v = f.pop();
                    let freeing = match self.store_global_cached(f, &code, i as usize, v) {
                        Ok(old) => matches!(&old, Value::Obj(o) if Rc::strong_count(o) <= 2),
                        Err(v) => {
                            let name = code.names[i as usize].clone();
                            self.store_name(f, name, v)?
                        }
                    };
                    if freeing && !self.finalizable.is_empty() {
                        self.run_finalizers();
                    }
                }
                Op::LoadDeref(i) => {
                    let slot = code.varnames.len() + i as usize;
                    let v = match f.stack[slot].payload() {
                        Some(Payload::Cell(c)) => c.borrow().clone(),
                        _ => Value::Null,
                    };
                    if v.is_null() {
                        return Err(self.unbound_deref(&code, i as usize));
                    }
                    f.stack.push(v);
                }
                Op::StoreDeref(i) => {
                    let v = f.pop();
                    let slot = code.varnames.len() + i as usize;
                    if let Some(Payload::Cell(c)) = f.stack[slot].payload() {
                        let old = c.replace(v);
                        drop(old);
                    }
                }
                Op::LoadAttr(i) => {
                    let obj = f.pop();
                    let name = &code.names[i as usize];
                    let cache = code.attr_cache_at(f.pc - 1);
                    let v = match crate::vm::attr::cached_instance_get(&obj, name, cache) {
                        Some(v) => v,
                        None => self.get_attr_out(f, &obj, name, cache)?,
                    };
                    f.stack.push(v);
                }
                Op::StoreAttr(i) => {
                    let obj = f.pop();
                    let v = f.pop();
                    let name = &code.names[i as usize];
                    let cache = code.attr_cache_at(f.pc - 1);
                    if let Some(v) = crate::vm::attr::cached_instance_set(&obj, name, cache, v) {
                        self.set_attr_out(f, &obj, name, cache, v)?;
                    }
                    // As StoreSubscr: the old value may have held the last reference.
                    if !self.finalizable.is_empty() && self.finalizable.len() <= 64 {
                        self.run_finalizers();
                    }
                }
                Op::LoadMethod(i) => {
                    let obj = f.pop();
                    let name = &code.names[i as usize];
                    let cache = code.attr_cache_at(f.pc - 1);
                    if let Some(m) = crate::vm::attr::cached_method(&obj, name, cache) {
                        f.stack.push(m);
                        f.stack.push(obj);
                        continue;
                    }
                    match self.lookup_method_caching(&obj, name, cache)? {
                        Some(m) => {
                            f.stack.push(m);
                            f.stack.push(obj);
                        }
                        None => {
                            let v = self.get_attr(&obj, name)?;
                            f.stack.push(Value::Null);
                            f.stack.push(v);
                        }
                    }
                }
                Op::Call(argc) => {
                    if crate::objects::genobj::orphans_pending() {
                        crate::objects::genobj::close_orphans(self);
                    }
                    let argc = argc as usize;
                    let fpos = f.stack.len() - argc - 1;
                    if let Some(r) = self.inline_call_plain(f, fpos, fpos + 1, fpos) {
                        return Ok(Flow::Call(r?));
                    }
                    let r = match self.call_native_plain(f, fpos, fpos + 1) {
                        Some(r) => r?,
                        None => {
                            if let Some(newf) =
                                self.prepare_inline_call(f, fpos, fpos + 1, &[], fpos)?
                            {
                                return Ok(Flow::Call(newf));
                            }
                            let callable = f.stack[fpos].clone();
                            self.call_from_frame(f, &callable, fpos + 1, &[])?
                        }
                    };
                    crate::frame::truncate_values(&mut f.stack, fpos);
                    f.stack.push(r);
                    self.after_call()?;
                }
                Op::CallMethod(argc) => {
                    if crate::objects::genobj::orphans_pending() {
                        crate::objects::genobj::close_orphans(self);
                    }
                    let argc = argc as usize;
                    let mpos = f.stack.len() - argc - 2;
                    // [NULL, callable, args...] or [method, self, args...]
                    let (cpos, args_start) = if f.stack[mpos].is_null() {
                        (mpos + 1, mpos + 2)
                    } else {
                        if let Some(r) = self.inline_call_plain(f, mpos, mpos + 1, mpos) {
                            return Ok(Flow::Call(r?));
                        }
                        (mpos, mpos + 1)
                    };
                    let r = match self.call_native_plain(f, cpos, args_start) {
                        Some(r) => r?,
                        None => {
                            if let Some(newf) =
                                self.prepare_inline_call(f, cpos, args_start, &[], mpos)?
                            {
                                return Ok(Flow::Call(newf));
                            }
                            let callable = f.stack[cpos].clone();
                            self.call_from_frame(f, &callable, args_start, &[])?
                        }
                    };
                    crate::frame::truncate_values(&mut f.stack, mpos);
                    f.stack.push(r);
                    self.after_call()?;
                }
                Op::CallKw(argc) | Op::CallMethodKw(argc) => {
                    let names_v = f.pop();
                    let kwnames: Vec<PyRef> = match names_v.payload() {
                        Some(Payload::Tuple(t)) => {
                            t.iter().filter_map(|v| v.as_obj().cloned()).collect()
                        }
                        _ => Vec::new(),
                    };
                    let argc = argc as usize;
                    let is_method = matches!(op, Op::CallMethodKw(_));
                    let mut fpos = f.stack.len() - argc - 1;
                    let mut args_start = fpos + 1;
                    let mut trunc = fpos;
                    if is_method {
                        let mpos = fpos - 1;
                        trunc = mpos;
                        if !f.stack[mpos].is_null() {
                            fpos = mpos;
                            args_start = mpos + 1;
                        }
                    }
                    if let Some(newf) =
                        self.prepare_inline_call(f, fpos, args_start, &kwnames, trunc)?
                    {
                        return Ok(Flow::Call(newf));
                    }
                    let callable = f.stack[fpos].clone();
                    let r = self.call_from_frame(f, &callable, args_start, &kwnames)?;
                    crate::frame::truncate_values(&mut f.stack, trunc);
                    f.stack.push(r);
                    self.after_call()?;
                }
                Op::CallEx(flags) => {
                    // Spread onto the stack, then called as by CallKw: a Python callee gets
                    // an inline frame.
                    let (fpos, kwnames) = self.spread_call_ex(f, flags & 1 != 0)?;
                    if let Some(newf) =
                        self.prepare_inline_call(f, fpos, fpos + 1, &kwnames, fpos)?
                    {
                        return Ok(Flow::Call(newf));
                    }
                    let callable = f.stack[fpos].clone();
                    let r = self.call_from_frame(f, &callable, fpos + 1, &kwnames)?;
                    crate::frame::truncate_values(&mut f.stack, fpos);
                    f.stack.push(r);
                    self.after_call()?;
                }
                Op::Return => {
                    let v = f.pop();
                    return Ok(Flow::Return(v));
                }
                Op::BuildTuple(n) => {
                    let n = n as usize;
                    let items: Vec<Value> = f.stack.drain(f.stack.len() - n..).collect();
                    f.stack.push(tupleobj::new_tuple(items));
                }
                Op::BuildList(n) => {
                    let n = n as usize;
                    let items: Vec<Value> = f.stack.drain(f.stack.len() - n..).collect();
                    f.stack.push(listobj::new_list(items));
                }
                Op::ListAppend(n) => {
                    let v = f.pop();
                    let target = f.peek(n as usize).clone();
                    listobj::list_append(&target, v);
                }
                Op::Unary(uop) => {
                    let v = f.pop();
                    let r = match (uop, &v) {
                        (UnaryOp::Not, _) => Value::Bool(!self.truthy_in(f, &v)?),
                        (UnaryOp::USub, Value::Int(i)) if *i != i64::MIN => Value::Int(-i),
                        (UnaryOp::USub, Value::Float(x)) => Value::Float(-x),
                        _ => self.outcall(f, |vm| vm.unary_op(&v, uop))?,
                    };
                    f.stack.push(r);
                }
                Op::IsOp(neg) => {
                    let b = f.pop();
                    let a = f.pop();
                    f.stack.push(Value::Bool(a.is(&b) != (neg == 1)));
                }
                Op::ContainsOp(neg) => {
                    let container = f.pop();
                    let item = f.pop();
                    let r = if super::proto::is_builtin_class(&container) {
                        self.contains(&container, &item)?
                    } else {
                        self.contains_out(f, &container, &item)?
                    };
                    f.stack.push(Value::Bool(r != (neg == 1)));
                }
                Op::Subscr => {
                    let k = f.pop();
                    let o = f.pop();
                    let r = match (&o, &k) {
                        (Value::Obj(obj), Value::Int(i))
                            if matches!(obj.payload, Payload::List(_))
                                && std::ptr::eq(obj.class.ptr(), Rc::as_ptr(&types().list)) =>
                        {
                            match listobj::list_get_index(obj, *i) {
                                Some(v) => v,
                                None => self.getitem_out(f, &o, &k)?,
                            }
                        }
                        (Value::Obj(obj), Value::Int(i))
                            if std::ptr::eq(obj.class.ptr(), Rc::as_ptr(&types().tuple)) =>
                        {
                            let item = match &obj.payload {
                                Payload::Tuple(t) => {
                                    let j = if *i < 0 { *i + t.len() as i64 } else { *i };
                                    usize::try_from(j).ok().and_then(|j| t.get(j)).cloned()
                                }
                                _ => None,
                            };
                            match item {
                                Some(v) => v,
                                None => self.getitem_out(f, &o, &k)?,
                            }
                        }
                        _ => self.getitem_out(f, &o, &k)?,
                    };
                    o.release();
                    f.stack.push(r);
                }
                Op::StoreSubscr => {
                    let k = f.pop();
                    let o = f.pop();
                    let v = f.pop();
                    // `lst[i] = v` on an exact list with an index in range.
                    let v = match (&o, &k) {
                        (Value::Obj(obj), Value::Int(i))
                            if std::ptr::eq(obj.class.ptr(), Rc::as_ptr(&types().list)) =>
                        {
                            match listobj::list_set_index(obj, *i, v) {
                                Ok(old) => {
                                    // Dropped after the list's borrow ends: the old value's
                                    // finalizer may look at the list.
                                    old.release();
                                    o.release();
                                    if !self.finalizable.is_empty() && self.finalizable.len() <= 64
                                    {
                                        self.run_finalizers();
                                    }
                                    continue;
                                }
                                Err(v) => v,
                            }
                        }
                        _ => v,
                    };
                    self.setitem_out(f, &o, k, v)?;
                    // The replaced value may have been the last owner of an object with
                    // `__del__` (a bounded scan: never quadratic with many such objects).
                    if !self.finalizable.is_empty() && self.finalizable.len() <= 64 {
                        self.run_finalizers();
                    }
                }
                Op::SetupExcept(t) => {
                    let level = f.stack.len() as u32;
                    f.blocks.push(Block::Except { handler: t, level });
                }
                Op::PopBlock => {
                    f.blocks.pop();
                }
                Op::PopExcept => {
                    if let Some(Block::Handler { handled, .. }) = f.blocks.pop() {
                        self.handled.truncate(f.handled_base + handled as usize);
                    }
                }
                Op::YieldValue => {
                    let v = f.pop();
                    return Ok(Flow::Yield(v));
                }
                _ => self.exec_cold(f, &code, op)?,
            }
        }
    }

    // The slow paths of hot instructions: out of line (the dispatch loop stays small), with
    // the frame visible to the Python code they may run.

    #[inline(never)]
    fn binary_out(&mut self, f: &Frame, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        self.outcall(f, |vm| vm.binary_op(a, b, op))
    }

    /// Truthiness in the loop: a `__bool__`/`__len__` it runs sees the frame.
    #[inline(always)]
    fn truthy_in(&mut self, f: &Frame, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::None => Ok(false),
            _ => self.truthy_out(f, v),
        }
    }

    #[inline(never)]
    fn truthy_out(&mut self, f: &Frame, v: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = v {
            if !types::is_heap_class(&o.class()) {
                if let Some(b) = crate::objects::builtin_truthy(o) {
                    return Ok(b);
                }
            }
        }
        self.outcall(f, |vm| vm.truthy(v))
    }

    #[inline(never)]
    fn inplace_out(&mut self, f: &Frame, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        self.outcall(f, |vm| vm.inplace_op(a, b, op))
    }

    #[inline(never)]
    fn compare_out(&mut self, f: &Frame, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
        // Two exact strs (UTF-8 byte order is code point order) or two floats: no dunder
        // lookup can change the answer.
        let ord = match (a, b) {
            (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t))
                    if types::is_exact_str(x) && types::is_exact_str(y) =>
                {
                    Some(s.as_str().cmp(t.as_str()))
                }
                _ => None,
            },
            (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(compare_ints(*x, *y, op))),
            _ => None,
        };
        if let Some(o) = ord {
            return Ok(Value::Bool(compare_ints(o as i8, 0, op)));
        }
        self.outcall(f, |vm| vm.rich_compare(a, b, op))
    }

    /// FORMAT_VALUE: the conversion (!s, !r, !a) then format() with the spec.
    fn format_value(&mut self, v: Value, spec: Option<Value>, flags: u32) -> PyResult<Value> {
        let v = match flags & 3 {
            1 => Value::Obj(self.str(&v)?),
            2 => Value::Obj(self.repr(&v)?),
            3 => strobj::new_str(self.ascii(&v)?),
            _ => v,
        };
        match (&v, &spec) {
            (Value::Obj(o), None) if types::is_exact_str(o) => Ok(v.clone()),
            _ => {
                let spec_s = spec
                    .as_ref()
                    .and_then(|s| s.as_rust_str())
                    .unwrap_or("")
                    .to_string();
                self.format(&v, &spec_s)
            }
        }
    }

    #[inline(never)]
    fn contains_out(&mut self, f: &Frame, container: &Value, item: &Value) -> PyResult<bool> {
        self.outcall(f, |vm| vm.contains(container, item))
    }

    #[inline(never)]
    fn iter_out(&mut self, f: &Frame, v: &Value) -> PyResult<Value> {
        self.outcall(f, |vm| vm.iter(v))
    }

    #[inline(never)]
    fn next_out(&mut self, f: &Frame, it: &Value) -> PyResult<Option<Value>> {
        self.outcall(f, |vm| vm.next(it))
    }

    #[inline(never)]
    fn get_attr_out(
        &mut self,
        f: &Frame,
        obj: &Value,
        name: &PyRef,
        cache: &std::cell::RefCell<crate::bytecode::AttrCache>,
    ) -> PyResult<Value> {
        self.outcall(f, |vm| vm.get_attr_caching(obj, name, cache))
    }

    #[inline(never)]
    fn set_attr_out(
        &mut self,
        f: &Frame,
        obj: &Value,
        name: &PyRef,
        cache: &std::cell::RefCell<crate::bytecode::AttrCache>,
        v: Value,
    ) -> PyResult<()> {
        self.outcall(f, |vm| vm.set_attr_caching(obj, name, cache, v))
    }

    #[inline(never)]
    fn getitem_out(&mut self, f: &Frame, o: &Value, k: &Value) -> PyResult<Value> {
        self.outcall(f, |vm| vm.getitem(o, k))
    }

    #[inline(never)]
    fn setitem_out(&mut self, f: &Frame, o: &Value, k: Value, v: Value) -> PyResult<()> {
        self.outcall(f, |vm| vm.setitem(o, k, v))
    }

    /// Instructions that are rare in hot loops, kept out of line so the dispatch loop
    /// stays small.
    #[inline(never)]
    fn exec_cold(
        &mut self,
        f: &mut Frame,
        code: &Rc<crate::bytecode::Code>,
        op: Op,
    ) -> PyResult<()> {
        match op {
            Op::Rot3 => {
                let v = f.pop();
                let n = f.stack.len();
                f.stack.insert(n - 2, v);
            }
            Op::Rot4 => {
                let v = f.pop();
                let n = f.stack.len();
                f.stack.insert(n - 3, v);
            }
            Op::CopyN(n) => {
                let v = f.peek(n as usize).clone();
                f.stack.push(v);
            }
            Op::SwapN(n) => {
                let len = f.stack.len();
                f.stack.swap(len - 1, len - n as usize);
            }
            Op::SuperMethod(i) => {
                if let Some((m, obj)) = super_method_fast(f, &code.names[i as usize]) {
                    f.stack.pop();
                    f.stack.push(m);
                    f.stack.push(obj);
                    f.pc += 2;
                }
            }
            Op::StoreGlobal(i) => {
                let v = f.pop();
                let old = match &f.globals.payload {
                    Payload::Dict(d) => d.replace_str(code.names[i as usize].clone(), v),
                    _ => None,
                };
                let freeing = matches!(&old, Some(Value::Obj(o)) if Rc::strong_count(o) <= 2);
                drop(old);
                if freeing && !self.finalizable.is_empty() {
                    self.run_finalizers();
                }
            }
            Op::DeleteGlobal(i) => {
                let name = code.names[i as usize].clone();
                if dictobj::dict_del_str(&f.globals, name.payload_str()).is_none() {
                    return Err(crate::exceptions::name_not_defined(self, &name, None));
                }
                if !self.finalizable.is_empty() {
                    self.run_finalizers();
                }
                if crate::objects::genobj::orphans_pending() {
                    let fr: &Frame = f;
                    self.outcall(fr, crate::objects::genobj::close_orphans);
                }
            }
            Op::DeleteName(i) => {
                let name = code.names[i as usize].clone();
                self.delete_name(f, &name)?;
                if !self.finalizable.is_empty() {
                    self.run_finalizers();
                }
                if crate::objects::genobj::orphans_pending() {
                    let fr: &Frame = f;
                    self.outcall(fr, crate::objects::genobj::close_orphans);
                }
            }
            Op::DeleteFast(i) => {
                if f.stack[i as usize].is_null() {
                    let name = code.varnames[i as usize].payload_str().to_string();
                    return Err(self.new_exception_msg(
                            &types().exc.unbound_local_error,
                            format!("cannot access local variable '{}' where it is not associated with a value", name),
                        ));
                }
                f.stack[i as usize] = Value::Null;
                if !self.finalizable.is_empty() {
                    self.run_finalizers();
                }
                if crate::objects::genobj::orphans_pending() {
                    let fr: &Frame = f;
                    self.outcall(fr, crate::objects::genobj::close_orphans);
                }
            }
            Op::DeleteDeref(i) => {
                let slot = code.varnames.len() + i as usize;
                let was_null = match f.stack[slot].payload() {
                    Some(Payload::Cell(c)) => c.replace(Value::Null).is_null(),
                    _ => true,
                };
                if was_null {
                    return Err(self.unbound_deref(code, i as usize));
                }
            }
            Op::LoadClosure(i) => {
                let slot = code.varnames.len() + i as usize;
                let v = f.stack[slot].clone();
                f.stack.push(v);
            }
            Op::LoadClassDeref(i) => {
                let ncell = code.cellvars.len();
                let name = if (i as usize) < ncell {
                    code.cellvars[i as usize].clone()
                } else {
                    code.freevars[i as usize - ncell].clone()
                };
                let found = self.mapping_get_str(&f.locals, &name)?;
                let v = match found {
                    Some(v) => v,
                    None => {
                        let slot = code.varnames.len() + i as usize;
                        let v = match f.stack[slot].payload() {
                            Some(Payload::Cell(c)) => c.borrow().clone(),
                            _ => Value::Null,
                        };
                        if v.is_null() {
                            return Err(self.unbound_deref(code, i as usize));
                        }
                        v
                    }
                };
                f.stack.push(v);
            }
            Op::DeleteAttr(i) => {
                let obj = f.pop();
                self.del_attr(&obj, &code.names[i as usize])?;
                if !self.finalizable.is_empty() {
                    self.run_finalizers();
                }
            }
            Op::MakeFunction(flags) => {
                let codev = f.pop();
                let closure = if flags & make_fn::CLOSURE != 0 {
                    Some(f.pop())
                } else {
                    None
                };
                let annotations = if flags & make_fn::ANNOTATIONS != 0 {
                    Some(f.pop())
                } else {
                    None
                };
                let kwdefaults = if flags & make_fn::KWDEFAULTS != 0 {
                    Some(f.pop())
                } else {
                    None
                };
                let defaults = if flags & make_fn::DEFAULTS != 0 {
                    Some(f.pop())
                } else {
                    None
                };
                let func = crate::objects::funcobj::make_function(
                    self,
                    &codev,
                    &f.globals,
                    defaults,
                    kwdefaults,
                    annotations,
                    closure,
                )?;
                f.stack.push(func);
            }
            Op::BuildSet(n) => {
                let n = n as usize;
                let items: Vec<Value> = f.stack.drain(f.stack.len() - n..).collect();
                let s = crate::objects::setobj::new_set_from(self, items, false)?;
                f.stack.push(s);
            }
            Op::BuildMap(n) => {
                let n = n as usize;
                let items: Vec<Value> = f.stack.drain(f.stack.len() - 2 * n..).collect();
                let d = dictobj::new_dict();
                if let Some(dd) = dictobj::as_dict(&d) {
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        dd.set(self, k, v)?;
                    }
                }
                f.stack.push(d);
            }
            Op::BuildString(n) => {
                let n = n as usize;
                let mut s = String::new();
                for v in &f.stack[f.stack.len() - n..] {
                    s.push_str(v.as_rust_str().unwrap_or(""));
                }
                f.stack.truncate(f.stack.len() - n);
                f.stack.push(strobj::new_str(s));
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { f.pop() } else { Value::None };
                let stop = f.pop();
                let start = f.pop();
                f.stack
                    .push(crate::objects::sliceobj::new_slice(start, stop, step));
            }
            Op::SetAdd(n) => {
                let v = f.pop();
                let target = f.peek(n as usize).clone();
                crate::objects::setobj::set_add(self, &target, v)?;
            }
            Op::MapAdd(n) => {
                let v = f.pop();
                let k = f.pop();
                let target = f.peek(n as usize).clone();
                if let Some(d) = dictobj::as_dict(&target) {
                    d.set(self, k, v)?;
                }
            }
            Op::ListExtend(n) => {
                let it = f.pop();
                let target = f.peek(n as usize).clone();
                // As list.extend: a non-builtin iterable is asked for its length hint.
                let r = if crate::vm::is_builtin_class(&it) {
                    self.collect_iter(&it)
                        .map(|items| listobj::list_extend_vec(&target, items))
                } else {
                    listobj::list_extend_iter(self, &target, &it)
                };
                if let Err(e) = r {
                    if self.exception_matches(&e, &types().exc.type_error) && !self.has_iter(&it) {
                        return Err(self.new_type_error(format!(
                            "Value after * must be an iterable, not {}",
                            types::type_name(&it)
                        )));
                    }
                    return Err(e);
                }
            }
            Op::SetUpdate(n) => {
                let it = f.pop();
                let target = f.peek(n as usize).clone();
                crate::objects::setobj::update_value(self, &target, &it)?;
            }
            Op::MakeFrozenConst => {
                let items = f.pop();
                let fs = crate::objects::setobj::frozen_const(self, &items)?;
                f.stack.push(fs);
            }
            Op::DictUpdate(n) => {
                let m = f.pop();
                let target = f.peek(n as usize).clone();
                if let Err(e) = dictobj::dict_update_from(self, &target, &m) {
                    if self.exception_matches(&e, &types().exc.attribute_error) {
                        return Err(self.new_type_error(format!(
                            "'{}' object is not a mapping",
                            types::type_name(&m)
                        )));
                    }
                    return Err(e);
                }
            }
            Op::DictMerge(n) => {
                let m = f.pop();
                let target = f.peek(n as usize).clone();
                let callable = f.peek(n as usize + 2).clone();
                dictobj::dict_merge_kwargs(self, &target, &m, &callable)?;
            }
            Op::ListToTuple => {
                let l = f.pop();
                let items = listobj::list_items(&l);
                f.stack.push(tupleobj::new_tuple(items));
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(f.pop()) } else { None };
                let v = f.pop();
                let r = if super::proto::is_builtin_class(&v) {
                    self.format_value(v, spec, flags)?
                } else {
                    // User __str__/__format__ code sees this frame as its caller.
                    self.outcall(f, |vm| vm.format_value(v, spec, flags))?
                };
                f.stack.push(r);
            }
            Op::UnpackSequence(n) => {
                let v = f.pop();
                self.unpack_into(f, v, n as usize)?;
            }
            Op::UnpackEx(n) => {
                let v = f.pop();
                self.unpack_ex_into(f, v, (n & 0xff) as usize, (n >> 8) as usize)?;
            }
            Op::DeleteSubscr => {
                let k = f.pop();
                let o = f.pop();
                self.delitem(&o, &k)?;
                if !self.finalizable.is_empty() {
                    drop((k, o));
                    self.run_finalizers();
                }
            }
            Op::SetupWith(t) => {
                let level = f.stack.len() as u32 - 1;
                f.blocks.push(Block::Except { handler: t, level });
            }
            Op::Raise(n) => {
                let e = match n {
                    0 => match self.handled.last().cloned() {
                        Some(Value::Obj(e)) => {
                            self.reraising = true;
                            PyErr(e)
                        }
                        _ => self.new_runtime_error("No active exception to reraise"),
                    },
                    1 => {
                        self.thrown = None;
                        let v = f.pop();
                        self.make_raise(v, None)?
                    }
                    2 => {
                        self.thrown = None;
                        let cause = f.pop();
                        let v = f.pop();
                        self.make_raise(v, Some(cause))?
                    }
                    _ => {
                        // except* epilogue: [orig, raised exceptions + [rest]]
                        let excs = f.pop();
                        let orig = f.pop();
                        match crate::exceptions::prep_reraise_star(self, &orig, &excs)? {
                            Some(e) => {
                                // Re-raised as CPython's RERAISE: no new traceback entry
                                // and no context.
                                self.reraising = true;
                                e
                            }
                            None => {
                                // Everything handled: leave the handler.
                                if let Some(Block::Handler { handled, .. }) = f.blocks.pop() {
                                    self.handled.truncate(f.handled_base + handled as usize);
                                }
                                return Ok(());
                            }
                        }
                    }
                };
                return Err(e);
            }
            Op::Reraise => {
                let v = f.pop();
                self.reraising = true;
                return Err(match v {
                    Value::Obj(o) => PyErr(o),
                    _ => self.new_runtime_error("No active exception to reraise"),
                });
            }
            Op::CheckExcMatch => {
                let cls = f.pop();
                let exc = f.top().clone();
                let r = self.check_exc_match(&exc, &cls)?;
                f.stack.push(Value::Bool(r));
            }
            Op::CheckEgMatch => {
                let typ = f.pop();
                let rest = f.pop();
                let (new_rest, matched) = crate::exceptions::eg_split(self, &rest, &typ)?;
                // The handler runs with the match as the handled exception.
                if !matched.is_none() {
                    if let Some(last) = self.handled.last_mut() {
                        *last = matched.clone();
                    }
                }
                f.stack.push(new_rest);
                f.stack.push(matched);
            }
            Op::PrepReraiseStar => {
                // [orig, rest, exc]: remember exc for the final re-raise.
                let exc = f.pop();
                crate::exceptions::record_star_raise(self, &exc);
            }
            Op::BeforeWith => {
                let mgr = f.pop();
                let (exit, res) = self.outcall(f, |vm| vm.before_with(&mgr))?;
                f.stack.push(exit);
                f.stack.push(res);
            }
            Op::BeforeAsyncWith => {
                let mgr = f.pop();
                let (exit, res) = self.outcall(f, |vm| vm.before_async_with(&mgr))?;
                f.stack.push(exit);
                f.stack.push(res);
            }
            Op::WithExitNormal => {
                let exit = f.pop();
                self.outcall(f, |vm| {
                    vm.call(&exit, &[Value::None, Value::None, Value::None])
                })?;
            }
            Op::WithExceptStart => {
                let exc = f.top().clone();
                let exit = f.peek(2).clone();
                let tb = crate::exceptions::traceback_of(self, &exc);
                let cls = Value::Obj(types::class_of(&exc));
                let r = self.outcall(f, |vm| vm.call(&exit, &[cls, exc, tb]))?;
                f.stack.push(r);
            }
            Op::LoadAssertionError => {
                f.stack
                    .push(Value::Obj(types().exc.assertion_error.clone()));
            }
            Op::LoadBuildClass => {
                let v = match dictobj::dict_get_str(&f.builtins, &types::intern("__build_class__"))
                {
                    Some(v) => v,
                    None => return Err(self.new_name_error("__build_class__ not found")),
                };
                f.stack.push(v);
            }
            Op::SetupAnnotations => {
                let key = types::intern("__annotations__");
                if self.mapping_get_str(&f.locals, &key)?.is_none() {
                    let d = dictobj::new_dict();
                    let locals = f.locals.clone();
                    self.setitem(&locals, Value::Obj(key), d)?;
                }
            }
            Op::ImportName(i) => {
                let fromlist = f.pop();
                let level = f.pop();
                let name = code.names[i as usize].clone();
                let globals = f.globals.clone();
                // (an outcall: the importing frame stays visible to the module's code, so
                // warnings.warn(stacklevel=2) at import time names the import line)
                let m = self.outcall(f, |vm| {
                    vm.import_name(name.payload_str(), &globals, &fromlist, &level)
                })?;
                f.stack.push(m);
            }
            Op::ImportFrom(i) => {
                let m = f.top().clone();
                let name = code.names[i as usize].clone();
                let v = self.import_from(&m, &name)?;
                f.stack.push(v);
            }
            Op::ImportStar => {
                let m = f.pop();
                let locals = f.locals.clone();
                self.import_star(&m, &locals)?;
            }
            Op::PrintExpr => {
                let v = f.pop();
                crate::modules::sys::displayhook(self, &v)?;
            }
            Op::GetLen => {
                let n = self.len(f.top())?;
                f.stack.push(Value::Int(n as i64));
            }
            Op::MatchMapping => {
                let r = crate::patterns::is_collection_abc(self, f.top(), true)?;
                f.stack.push(Value::Bool(r));
            }
            Op::MatchSequence => {
                let r = crate::patterns::is_collection_abc(self, f.top(), false)?;
                f.stack.push(Value::Bool(r));
            }
            Op::MatchKeys => {
                let keys = f.top().clone();
                let subject = f.peek(2).clone();
                let r = crate::patterns::match_keys(self, &subject, &keys)?;
                f.stack.push(r);
            }
            Op::MatchClass(npos) => {
                let names = f.pop();
                let cls = f.pop();
                let subject = f.pop();
                let r = crate::patterns::match_class(self, &subject, &cls, npos as usize, &names)?;
                f.stack.push(r);
            }
            Op::CopyDictWithoutKeys => {
                let keys = f.pop();
                let subject = f.pop();
                let r = crate::patterns::copy_without_keys(self, &subject, &keys)?;
                f.stack.push(r);
            }
            Op::GenStart => {
                f.stack.pop();
            }
            Op::AsyncGenWrap => {
                let v = f.pop();
                f.stack.push(crate::objects::genobj::async_gen_wrap(v));
            }
            Op::GetYieldFromIter => {
                let v = f.pop();
                let it = match v.payload() {
                    Some(Payload::Generator(g)) => {
                        if g.kind == GenKind::Coroutine
                            && code.flags & (code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE)
                                == 0
                        {
                            return Err(self.new_type_error(
                                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                                ));
                        }
                        v.clone()
                    }
                    _ => self.iter(&v)?,
                };
                f.stack.push(it);
            }
            Op::GetAwaitable(kind) => {
                let v = f.pop();
                let no_await =
                    kind != 0 && types::lookup_str(&types::class_of(&v), "__await__").is_none();
                let it = match crate::objects::genobj::get_awaitable(self, &v) {
                    Ok(it) => it,
                    // `async with`: CPython names the method that returned the non-awaitable.
                    Err(_) if no_await => {
                        let which = if kind == 1 { "__aenter__" } else { "__aexit__" };
                        return Err(self.new_type_error(format!(
                            "'async with' received an object from {} that does not implement __await__: {}",
                            which,
                            types::type_name(&v)
                        )));
                    }
                    Err(e) => return Err(e),
                };
                f.stack.push(it);
            }
            Op::GetAIter => {
                let v = f.pop();
                let it = crate::objects::genobj::get_aiter(self, &v)?;
                f.stack.push(it);
            }
            Op::GetANext => {
                let it = f.top().clone();
                let aw = crate::objects::genobj::get_anext_awaitable(self, &it)?;
                f.stack.push(aw);
            }
            Op::EndAsyncFor => {
                let exc = f.pop();
                let is_stop = match &exc {
                    Value::Obj(o) => {
                        types::is_subtype(&o.class(), &types().exc.stop_async_iteration)
                    }
                    _ => false,
                };
                if is_stop {
                    // Leave the handler and drop the async iterator.
                    if let Some(Block::Handler { handled, .. }) = f.blocks.pop() {
                        self.handled.truncate(f.handled_base + handled as usize);
                    }
                    f.stack.pop();
                } else {
                    self.reraising = true;
                    return Err(match exc {
                        Value::Obj(o) => PyErr(o),
                        _ => self.new_runtime_error("bad exception"),
                    });
                }
            }
            Op::Send(t) => {
                let v = f.pop();
                let sub = f.top().clone();
                match crate::objects::genobj::send_to(self, &sub, v)? {
                    crate::objects::genobj::SendResult::Yield(y) => f.stack.push(y),
                    crate::objects::genobj::SendResult::Return(r) => {
                        f.stack.pop();
                        f.stack.push(r);
                        f.pc = t as usize;
                    }
                }
            }
            Op::LoadSuperArgs(_) | Op::StopIterationError => {}

            _ => {}
        }
        Ok(())
    }

    /// LoadGlobal through the per-name cache.
    #[inline]
    fn load_global_cached(
        &mut self,
        f: &Frame,
        code: &crate::bytecode::Code,
        i: usize,
    ) -> Option<Value> {
        let e = code.global_cache.get(i)?.get();
        if e.globals != Rc::as_ptr(&f.globals) as usize {
            return None;
        }
        let Payload::Dict(g) = &f.globals.payload else {
            return None;
        };
        if !e.in_builtins {
            return g.value_at_version(e.idx as usize, e.gver);
        }
        if g.data.borrow().version != e.gver {
            return None;
        }
        let Payload::Dict(b) = &f.builtins.payload else {
            return None;
        };
        b.value_at_version(e.idx as usize, e.bver)
    }

    /// LoadName. At module level the namespace is the globals dict: LoadName is then
    /// LoadGlobal, with its cache. (Out of line: the dispatch loop's size matters.)
    #[inline(never)]
    fn load_name_op(
        &mut self,
        f: &Frame,
        code: &crate::bytecode::Code,
        i: usize,
    ) -> PyResult<Value> {
        match &f.locals {
            Value::Obj(l)
                if Rc::ptr_eq(l, &f.globals)
                    && std::ptr::eq(l.class.ptr(), Rc::as_ptr(&types().dict)) =>
            {
                match self.load_global_cached(f, code, i) {
                    Some(v) => Ok(v),
                    None => self.load_global_slow(f, code, i),
                }
            }
            _ => {
                let name = code.names[i].clone();
                self.load_name(f, &name)
            }
        }
    }

    /// StoreName at module level (the namespace is the exact globals dict) onto the entry
    /// the global cache knows: the replaced value, or `v` back when that does not apply.
    #[inline(never)]
    fn store_global_cached(
        &mut self,
        f: &Frame,
        code: &crate::bytecode::Code,
        i: usize,
        v: Value,
    ) -> Result<Value, Value> {
        match &f.locals {
            Value::Obj(l) if Rc::ptr_eq(l, &f.globals) => {}
            _ => return Err(v),
        }
        let Some(e) = code.global_cache.get(i).map(|c| c.get()) else {
            return Err(v);
        };
        if e.in_builtins || e.globals != Rc::as_ptr(&f.globals) as usize {
            return Err(v);
        }
        match &f.globals.payload {
            Payload::Dict(g) if std::ptr::eq(f.globals.class.ptr(), Rc::as_ptr(&types().dict)) => {
                g.replace_at_version(e.idx as usize, e.gver, v)
            }
            _ => Err(v),
        }
    }

    #[inline(never)]
    fn load_global_slow(
        &mut self,
        f: &Frame,
        code: &crate::bytecode::Code,
        i: usize,
    ) -> PyResult<Value> {
        let name = &code.names[i];
        let (Payload::Dict(g), Payload::Dict(b)) = (&f.globals.payload, &f.builtins.payload) else {
            return Err(crate::exceptions::name_not_defined(self, name, None));
        };
        let gptr = Rc::as_ptr(&f.globals) as usize;
        if let Some((idx, gver)) = g.find_interned(name) {
            if let Some(c) = code.global_cache.get(i) {
                c.set(crate::bytecode::GlobalCache {
                    globals: gptr,
                    gver,
                    bver: 0,
                    idx: idx as u32,
                    in_builtins: false,
                });
            }
            if let Some(v) = g.value_at_version(idx, gver) {
                return Ok(v);
            }
        }
        if let Some((idx, bver)) = b.find_interned(name) {
            let gver = g.data.borrow().version;
            if let Some(c) = code.global_cache.get(i) {
                c.set(crate::bytecode::GlobalCache {
                    globals: gptr,
                    gver,
                    bver,
                    idx: idx as u32,
                    in_builtins: true,
                });
            }
            if let Some(v) = b.value_at_version(idx, bver) {
                return Ok(v);
            }
        }
        if let Some(v) = self.site_builtin(&f.builtins, name)? {
            return Ok(v);
        }
        Err(crate::exceptions::name_not_defined(
            self,
            name,
            Some(&f.globals),
        ))
    }

    /// `exit`, `quit`, `help`, `copyright`, `credits` and `license` come from CPython's site
    /// module; they are installed into builtins on first use (importing `_sitebuiltins`).
    #[inline(never)]
    fn site_builtin(&mut self, builtins: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
        const SITE_NAMES: [&str; 6] = ["exit", "quit", "help", "copyright", "credits", "license"];
        if !SITE_NAMES.contains(&name.payload_str()) || !Rc::ptr_eq(builtins, &self.builtins_dict) {
            return Ok(None);
        }
        if self.site_loaded {
            return Ok(None);
        }
        self.site_loaded = true;
        self.import_module_simple("_sitebuiltins")?;
        Ok(dictobj::dict_get_str(builtins, name))
    }

    /// After a call from the loop: run pending finalizers.
    #[inline]
    fn after_call(&mut self) -> PyResult<()> {
        if crate::objects::genobj::orphans_pending() {
            crate::objects::genobj::close_orphans(self);
        }
        if !self.finalizable.is_empty() {
            self.run_finalizers();
        }
        if crate::alloc::over_limit() {
            return self.check_limits();
        }
        Ok(())
    }

    fn unbound_deref(&mut self, code: &crate::bytecode::Code, i: usize) -> PyErr {
        let ncell = code.cellvars.len();
        if i < ncell {
            let name = code.cellvars[i].payload_str().to_string();
            self.new_exception_msg(
                &types().exc.unbound_local_error,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name
                ),
            )
        } else {
            let name = code
                .freevars
                .get(i - ncell)
                .map(|n| n.payload_str().to_string())
                .unwrap_or_default();
            let e = self.new_name_error(format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                name
            ));
            crate::exceptions::set_attr_raw(&e.0, "name", strobj::new_str(name));
            e
        }
    }

    fn load_name(&mut self, f: &Frame, name: &PyRef) -> PyResult<Value> {
        let found = match &f.locals {
            Value::Obj(o) if Rc::ptr_eq(&o.class(), &types().dict) => match &o.payload {
                Payload::Dict(d) => d.get_str(name),
                _ => None,
            },
            // A namespace of a metaclass's __prepare__: its __getitem__ sees this frame.
            locals => {
                let locals = locals.clone();
                self.outcall(f, |vm| vm.mapping_get_str(&locals, name))?
            }
        };
        if let Some(v) = found {
            return Ok(v);
        }
        if let Some(v) = dictobj::dict_get_str(&f.globals, name) {
            return Ok(v);
        }
        if let Some(v) = dictobj::dict_get_str(&f.builtins, name) {
            return Ok(v);
        }
        let builtins = f.builtins.clone();
        if let Some(v) = self.site_builtin(&builtins, name)? {
            return Ok(v);
        }
        Err(crate::exceptions::name_not_defined(
            self,
            name,
            Some(&f.globals),
        ))
    }

    /// Stores a name; true if that may have freed an object (see `StoreFast`).
    fn store_name(&mut self, f: &Frame, name: PyRef, v: Value) -> PyResult<bool> {
        if let Value::Obj(o) = &f.locals {
            if let Payload::Dict(d) = &o.payload {
                if types::is_subtype(&o.class(), &types().dict)
                    && Rc::ptr_eq(&o.class(), &types().dict)
                {
                    let old = d.replace_str(name, v);
                    return Ok(matches!(&old, Some(Value::Obj(o)) if Rc::strong_count(o) <= 2));
                }
            }
        }
        let locals = f.locals.clone();
        self.outcall(f, |vm| vm.setitem(&locals, Value::Obj(name), v))?;
        Ok(true)
    }

    fn delete_name(&mut self, f: &Frame, name: &PyRef) -> PyResult<()> {
        let locals = f.locals.clone();
        match self.outcall(f, |vm| vm.delitem(&locals, &Value::Obj(name.clone()))) {
            Ok(()) => Ok(()),
            Err(e) if self.exception_matches(&e, &types().exc.key_error) => {
                Err(crate::exceptions::name_not_defined(self, name, None))
            }
            Err(e) => Err(e),
        }
    }

    /// Gets a str key from a namespace mapping (dict fast path).
    pub fn mapping_get_str(&mut self, m: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = m {
            if let Payload::Dict(d) = &o.payload {
                if Rc::ptr_eq(&o.class(), &types().dict) {
                    return Ok(d.get_str(name));
                }
            }
        }
        match self.getitem(m, &Value::Obj(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exception_matches(&e, &types().exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn make_raise(&mut self, v: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let exc = self.exception_from_value(&v)?;
        if let Some(c) = cause {
            let base = &types().exc.base_exception;
            let cause_v = match &c {
                Value::None => Value::None,
                // A class is called, and whatever it returns is the cause (CPython's
                // do_raise does not check it); its failure is the error raised.
                Value::Obj(o)
                    if matches!(o.payload, Payload::Type(_)) && types::is_subtype(o, base) =>
                {
                    self.call(&c, &[])?
                }
                Value::Obj(o) if types::is_subtype(&o.class(), base) => c.clone(),
                _ => {
                    return Err(
                        self.new_type_error("exception causes must derive from BaseException")
                    )
                }
            };
            crate::exceptions::set_cause(&exc.0, cause_v);
        }
        Ok(exc)
    }

    /// `raise X`: X may be an exception instance or class.
    pub fn exception_from_value(&mut self, v: &Value) -> PyResult<PyErr> {
        let base = &types().exc.base_exception;
        if let Value::Obj(o) = v {
            if matches!(o.payload, Payload::Type(_)) && types::is_subtype(o, base) {
                let inst = self.call(v, &[])?;
                return match inst {
                    Value::Obj(i) if types::is_subtype(&i.class(), base) => Ok(PyErr(i)),
                    other => {
                        let r = self.repr_string(v)?;
                        let t = self.repr_string(&Value::Obj(types::class_of(&other)))?;
                        Err(self.new_type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            r, t
                        )))
                    }
                };
            }
            if types::is_subtype(&o.class(), base) {
                return Ok(PyErr(o.clone()));
            }
        }
        Err(self.new_type_error("exceptions must derive from BaseException"))
    }

    fn check_exc_match(&mut self, exc: &Value, cls: &Value) -> PyResult<bool> {
        let check_one = |vm: &mut Vm, c: &Value| -> PyResult<bool> {
            match c {
                Value::Obj(co)
                    if matches!(co.payload, Payload::Type(_))
                        && types::is_subtype(co, &types().exc.base_exception) =>
                {
                    Ok(types::isinstance(exc, co))
                }
                _ => Err(vm.new_type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        if let Some(Payload::Tuple(items)) = cls.payload() {
            let items = items.to_vec();
            let mut any = false;
            for c in &items {
                if check_one(self, c)? {
                    any = true;
                }
            }
            return Ok(any);
        }
        check_one(self, cls)
    }

    fn unpack_into(&mut self, f: &mut Frame, v: Value, n: usize) -> PyResult<()> {
        // An exact tuple or list: its items straight onto the stack, without a copy.
        match v.payload() {
            Some(Payload::Tuple(t)) if types::class_ptr(&v) == Rc::as_ptr(&types().tuple) => {
                self.check_unpack_len(t.len(), n)?;
                f.stack.extend(t.iter().rev().cloned());
                return Ok(());
            }
            Some(Payload::List(l)) if types::class_ptr(&v) == Rc::as_ptr(&types().list) => {
                let l = l.borrow();
                self.check_unpack_len(l.len(), n)?;
                f.stack.extend(l.iter().rev().cloned());
                return Ok(());
            }
            _ => {}
        }
        let it = match self.iter(&v) {
            Ok(it) => it,
            Err(e) => {
                if self.exception_matches(&e, &types().exc.type_error) {
                    return Err(self.new_type_error(format!(
                        "cannot unpack non-iterable {} object",
                        types::type_name(&v)
                    )));
                }
                return Err(e);
            }
        };
        let mut items = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            items.push(x);
            // Stops at the first item too many, as CPython does.
            if items.len() > n {
                break;
            }
        }
        self.check_unpack_len(items.len(), n)?;
        f.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// CPython's error for unpacking `len` values into `n` targets, if they differ.
    fn check_unpack_len(&mut self, len: usize, n: usize) -> PyResult<()> {
        if len > n {
            return Err(self.new_value_error(format!("too many values to unpack (expected {})", n)));
        }
        if len < n {
            return Err(self.new_value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n, len
            )));
        }
        Ok(())
    }

    fn unpack_ex_into(
        &mut self,
        f: &mut Frame,
        v: Value,
        before: usize,
        after: usize,
    ) -> PyResult<()> {
        let items = match self.collect_iter(&v) {
            Ok(i) => i,
            Err(e) => {
                if self.exception_matches(&e, &types().exc.type_error) && !self.has_iter(&v) {
                    return Err(self.new_type_error(format!(
                        "cannot unpack non-iterable {} object",
                        types::type_name(&v)
                    )));
                }
                return Err(e);
            }
        };
        if items.len() < before + after {
            return Err(self.new_value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        for x in tail.into_iter().rev() {
            f.stack.push(x);
        }
        f.stack.push(listobj::new_list(middle));
        for x in items.into_iter().rev() {
            f.stack.push(x);
        }
        Ok(())
    }

    pub(crate) fn has_iter(&self, v: &Value) -> bool {
        let cls = types::class_of(v);
        types::lookup_str(&cls, "__iter__").is_some()
            || types::lookup_str(&cls, "__getitem__").is_some()
    }

    fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = types::class_of(mgr);
        let enter = types::lookup_str(&cls, "__enter__");
        let exit = types::lookup_str(&cls, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = types::type_name(mgr);
            let missing = if types::lookup_str(&cls, "__enter__").is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            return Err(self.new_type_error(format!(
                "'{}' object does not support the context manager protocol{}",
                tn, missing
            )));
        };
        let bound_exit = self.bind_descriptor(&exit, mgr, &cls)?;
        let res = self.call_special(&enter, mgr, &[])?;
        Ok((bound_exit, res))
    }

    fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = types::class_of(mgr);
        let enter = types::lookup_str(&cls, "__aenter__");
        let exit = types::lookup_str(&cls, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if types::lookup_str(&cls, "__aenter__").is_some() {
                " (missed __aexit__ method)"
            } else {
                ""
            };
            return Err(self.new_type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{}",
                types::type_name(mgr),
                missing
            )));
        };
        let bound_exit = self.bind_descriptor(&exit, mgr, &cls)?;
        let res = self.call_special(&enter, mgr, &[])?;
        Ok((bound_exit, res))
    }
}

/// The int and float cases of a binary operator that need no call and cannot fail.
#[inline(always)]
fn binary_fast(a: &Value, b: &Value, bop: BinOp) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match bop {
            BinOp::Add => x.checked_add(*y).map(Value::Int),
            BinOp::Sub => x.checked_sub(*y).map(Value::Int),
            BinOp::Mult => x.checked_mul(*y).map(Value::Int),
            BinOp::BitAnd => Some(Value::Int(x & y)),
            BinOp::BitOr => Some(Value::Int(x | y)),
            BinOp::BitXor => Some(Value::Int(x ^ y)),
            // Python's modulo and floor division round toward negative infinity; zero
            // divisors and `MIN // -1` take the general path (errors, big ints).
            BinOp::Mod if *y != 0 => {
                let r = x.checked_rem(*y)?;
                Some(Value::Int(if r != 0 && (r < 0) != (*y < 0) {
                    r + y
                } else {
                    r
                }))
            }
            BinOp::FloorDiv if *y != 0 => {
                let q = x.checked_div(*y)?;
                let inexact = q.wrapping_mul(*y) != *x;
                Some(Value::Int(if inexact && (*x < 0) != (*y < 0) {
                    q - 1
                } else {
                    q
                }))
            }
            BinOp::RShift if *y >= 0 => Some(Value::Int(if *y >= 64 {
                if *x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })),
            BinOp::LShift if (0..64).contains(y) => {
                let r = x << y;
                (r >> y == *x).then_some(Value::Int(r))
            }
            // Exact in a double (|x|, |y| <= 2**53): the quotient is correctly rounded.
            BinOp::Div if *y != 0 && x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 => {
                Some(Value::Float(*x as f64 / *y as f64))
            }
            BinOp::Pow if (0..=64).contains(y) => x.checked_pow(*y as u32).map(Value::Int),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => match bop {
            BinOp::Add => Some(Value::Float(x + y)),
            BinOp::Sub => Some(Value::Float(x - y)),
            BinOp::Mult => Some(Value::Float(x * y)),
            BinOp::Div if *y != 0.0 => Some(Value::Float(x / y)),
            _ => None,
        },
        _ => None,
    }
}

#[inline(always)]
/// `x <cmp> y` for ints, floats (IEEE: NaN compares unequal) and orderings (as -1/0/1).
fn compare_ints<T: PartialOrd>(x: T, y: T, cmp: CompareKind) -> bool {
    match cmp {
        CompareKind::Lt => x < y,
        CompareKind::Le => x <= y,
        CompareKind::Eq => x == y,
        CompareKind::Ne => x != y,
        CompareKind::Gt => x > y,
        CompareKind::Ge => x >= y,
    }
}

/// `super().name` in a method, when TOS is the builtin `super`: the plain function `name`
/// found after `__class__` in the MRO of the first argument's type, with that argument.
/// None whenever `super()` itself or the attribute lookup would do anything else (then the
/// call and the lookup run as written, with their errors).
fn super_method_fast(f: &Frame, name: &PyRef) -> Option<(Value, Value)> {
    match f.stack.last() {
        Some(Value::Obj(s)) if Rc::ptr_eq(s, &types().super_) => {}
        _ => return None,
    }
    if f.code.argcount == 0 || name.payload_str() == "__class__" {
        return None;
    }
    let (typ, _) = crate::vm::call::frame_class_cell(f);
    let obj = crate::vm::call::frame_first_arg(f);
    let (Value::Obj(typ), Value::Obj(inst)) = (&typ, &obj) else {
        return None;
    };
    if !matches!(typ.payload, Payload::Type(_)) || matches!(inst.payload, Payload::Type(_)) {
        return None;
    }
    let start = inst.class();
    let st = types::type_data(&start)?;
    let mro = st.mro.borrow();
    let pos = mro.iter().position(|c| Rc::ptr_eq(c, typ))?;
    for c in &mro[pos + 1..] {
        if let Some(v) = types::type_data(c).and_then(|t| t.dict().get_str(name)) {
            return match &v {
                Value::Obj(o) if matches!(o.payload, Payload::Function(_)) => Some((v, obj)),
                _ => None,
            };
        }
    }
    None
}

/// `concat_in_place` for a store into a namespace (a module's or class body's `s += t`):
/// the exact dict's entry is emptied while `s` grows, as CPython did up to 3.10, and the
/// store that follows puts it back.
#[cold]
fn concat_in_dict(ns: &Value, name: &PyRef, a: &mut Value, b: &Value) -> bool {
    let Value::Obj(o) = ns else { return false };
    let Payload::Dict(d) = &o.payload else {
        return false;
    };
    if !Rc::ptr_eq(&o.class(), &types().dict) || !strobj::is_exact_str_pair(a, b) {
        return false;
    }
    let Ok(old) = d.swap_if_is(name, a, Value::None) else {
        return false;
    };
    drop(old);
    if strobj::append_in_place(a, b) {
        return true;
    }
    // Not grown (another reference exists): the entry gets its value back.
    let _ = d.swap_if_is(name, &Value::None, a.clone());
    false
}

/// `s += t` or `s = s + t` on exact strs, followed by a store back into the same local: when
/// that local holds the only other reference, `s` grows in place (as in CPython) instead of
/// being copied each time, which makes building a string in a loop linear.
#[inline]
fn concat_in_place(f: &mut Frame, code: &crate::bytecode::Code, a: &mut Value, b: &Value) -> bool {
    let slot = match code.ops.get(f.pc) {
        Some(Op::StoreFast(i)) => *i as usize,
        Some(&Op::StoreName(i)) => return concat_in_dict(&f.locals, &code.names[i as usize], a, b),
        Some(&Op::StoreGlobal(i)) => {
            return concat_in_dict(
                &Value::Obj(f.globals.clone()),
                &code.names[i as usize],
                a,
                b,
            )
        }
        _ => return false,
    };
    if !strobj::is_exact_str_pair(a, b) || !f.stack[slot].is(a) {
        return false;
    }
    f.stack[slot] = Value::Null;
    if strobj::append_in_place(a, b) {
        return true;
    }
    f.stack[slot] = a.clone();
    false
}
