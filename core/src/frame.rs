//! Execution frames: one per running Python function, module or class body. Frames live on
//! the VM's explicit frame stack (no Rust recursion per Python call) and are recycled.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::object::{PyRef, Value};

/// An entry of a frame's block stack.
#[derive(Clone, Copy, Debug)]
pub enum Block {
    /// A `try` region: on error, unwind the value stack to `level`, push the exception and
    /// jump to `handler`.
    Except { handler: u32, level: u32 },
    /// Inside an exception handler: unwinding past it restores the handled-exception stack
    /// to `handled` entries above the frame's base.
    Handler { level: u32, handled: u32 },
}

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Local slots (variables, cells, free variables), then the value stack.
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The namespace for LoadName/StoreName (module and class bodies, exec).
    pub locals: Value,
    /// Length of the VM's handled-exception stack when this frame (re)started.
    pub handled_base: usize,
    /// Handled exceptions saved while a generator frame is suspended.
    pub saved_handled: Vec<Value>,
    /// For an `__init__` frame run by a class call: the new instance, returned instead of
    /// `__init__`'s result (Null otherwise).
    pub ctor: Value,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: PyRef, builtins: PyRef, locals: Value) -> Frame {
        let n = code.nslots();
        let mut stack = Vec::with_capacity(n + code.stacksize as usize + 1);
        stack.resize(n, Value::Null);
        Frame {
            code,
            pc: 0,
            stack,
            blocks: Vec::new(),
            globals,
            builtins,
            locals,
            handled_base: 0,
            saved_handled: Vec::new(),
            ctor: Value::Null,
        }
    }

    /// Re-initialises a recycled frame for `code` (one cleared by `clear_values`).
    #[inline(always)]
    pub fn reset(&mut self, code: &Rc<Code>, globals: &PyRef, builtins: &PyRef, locals: Value) {
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !Rc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        if !Rc::ptr_eq(&self.builtins, builtins) {
            self.builtins = builtins.clone();
        }
        self.pc = 0;
        truncate_values(&mut self.stack, 0);
        let n = code.nslots();
        let need = n + code.stacksize as usize + 1;
        if self.stack.capacity() < need {
            self.stack.reserve(need);
        }
        // SAFETY: the capacity is at least `need > n` (reserved above) and the stack is
        // empty, so slots 0..n are in bounds and hold no value to drop.
        unsafe {
            let p = self.stack.as_mut_ptr();
            for i in 0..n {
                p.add(i).write(Value::Null);
            }
            self.stack.set_len(n);
        }
        self.locals = locals;
    }

    /// Drops the values the frame holds (before recycling).
    #[inline(always)]
    pub fn clear_values(&mut self) {
        truncate_values(&mut self.stack, 0);
        self.blocks.clear();
        self.locals = Value::Null;
        self.ctor = Value::Null;
        if !self.saved_handled.is_empty() {
            self.saved_handled.clear();
        }
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        // The compiler's stack-depth analysis guarantees a value here; Null if not.
        self.stack.pop().unwrap_or(Value::Null)
    }

    #[inline]
    pub fn top(&self) -> &Value {
        match self.stack.last() {
            Some(v) => v,
            None => &Value::Null,
        }
    }

    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.stack.len();
        if n == 0 || n > len {
            return &Value::Null;
        }
        &self.stack[len - n]
    }

    /// The line being executed (of the last instruction started).
    pub fn lineno(&self) -> u32 {
        self.code.line_of(self.pc.saturating_sub(1))
    }
}

/// `v.truncate(len)`, always inline: at opt-level "s" the generic `Vec::truncate` stays a
/// call, and the call path truncates the value stack on every Python call and return.
#[inline(always)]
pub fn truncate_values(v: &mut Vec<Value>, len: usize) {
    while v.len() > len {
        // Only `Obj` owns anything: matching it keeps the drop glue call off the path for
        // the other variants.
        if let Some(Value::Obj(o)) = v.pop() {
            drop(o);
        }
    }
}

/// Moves `n` values from `src` to `dst` (non-overlapping). Argument lists are short: the
/// common counts are explicit moves, as `copy_nonoverlapping` of an unknown length becomes a
/// `memory.copy` host call under wasm.
///
/// # Safety
/// `src..src+n` must be initialised values that the caller forgets afterwards, and
/// `dst..dst+n` valid for writes with nothing to drop.
#[inline(always)]
pub unsafe fn move_values(src: *const Value, dst: *mut Value, n: usize) {
    match n {
        0 => {}
        1 => dst.write(src.read()),
        2 => {
            dst.write(src.read());
            dst.add(1).write(src.add(1).read());
        }
        3 => {
            dst.write(src.read());
            dst.add(1).write(src.add(1).read());
            dst.add(2).write(src.add(2).read());
        }
        _ => std::ptr::copy_nonoverlapping(src, dst, n),
    }
}
