//! `_tasklet`: green threads for the frozen `threading` module. A tasklet runs a Python
//! function of one argument on the frame loop; when it calls `suspend()` directly from its
//! own frames (no native callback in between) those frames are saved here and `run` or
//! `resume` returns False; a later `resume` pushes them back and continues after the
//! `suspend()` call, which then returns True. Where a tasklet cannot be suspended,
//! `suspend()` returns False at once and the caller has to wait some other way.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::bytecode::Op;
use crate::frame::Frame;
use crate::object::*;
use crate::objects::{funcobj, moduleobj};
use crate::vm::{PyResult, Vm};

/// A suspended tasklet: its frames (root first) and its own stack of handled exceptions
/// (a thread does not see the exceptions other threads are handling).
struct Saved {
    // Boxed as the VM keeps frames (moved in and out of `Vm::frames` without copying).
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
    handled: Vec<Value>,
}

thread_local! {
    static SAVED: RefCell<HashMap<i64, Saved>> = RefCell::new(HashMap::new());
    static SLEEP_HOOK: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// For `time.sleep(secs)`: None when no hook is installed (sleep for real). Otherwise
/// calls `hook(secs, can_suspend)`, which returns True after registering the running
/// tasklet as sleeping (then the sleep suspends it: the error returned here), None when it
/// has waited itself (running other threads meanwhile), or False (sleep for real).
pub fn sleep_hook_call(vm: &mut Vm, secs: f64) -> Option<PyResult<Value>> {
    let hook = SLEEP_HOOK.with(|h| h.borrow().clone())?;
    let can = can_suspend(vm, "time", "sleep");
    match vm.call(&hook, &[Value::Float(secs), Value::Bool(can)]) {
        Err(e) => Some(Err(e)),
        Ok(Value::Bool(true)) if can => {
            vm.suspending = true;
            Some(Err(vm.new_runtime_error("tasklet suspended")))
        }
        Ok(Value::None) => Some(Ok(Value::None)),
        Ok(_) => None,
    }
}

/// Whether the running native function `owner.name` was called by a plain call from a
/// tasklet's own frames (no native code or constructor in between), so that suspending
/// the frames and later finishing that call with None is sound.
fn can_suspend(vm: &Vm, owner: &str, name: &str) -> bool {
    let Some((level, base)) = vm.tasklet else {
        return false;
    };
    if vm.reentry != level || vm.frames.iter().skip(base).any(|f| !f.ctor.is_null()) {
        return false;
    }
    let frames = vm.frame_stack();
    frames
        .last()
        .is_some_and(|top| call_site(top, owner, name).is_some())
}

/// Where the stack of `top` ends once its pending call of the native function
/// `owner.name` is done, or None if `top` is not calling it directly. The callable sits
/// below the arguments (after a NULL for a method call); for `f(*a, **k)`, whose spread
/// arguments are not counted by the instruction, it is the topmost such object.
fn call_site(top: &Frame, owner: &str, name: &str) -> Option<usize> {
    let n = top.stack.len();
    let (i, method) = match top.code.ops.get(top.pc.wrapping_sub(1))? {
        Op::Call(a) | Op::CallKw(a) => (n.checked_sub(*a as usize + 1)?, false),
        Op::CallMethod(a) | Op::CallMethodKw(a) => (n.checked_sub(*a as usize + 1)?, true),
        Op::CallEx(_) => (top.stack.iter().rposition(|v| !v.is_null())?, false),
        _ => return None,
    };
    let is_target = |v: &Value| {
        matches!(v, Value::Obj(o) if matches!(&o.payload,
            Payload::NativeFunction(nf) if nf.name == name && nf.owner == Some(owner)))
    };
    let i = if matches!(top.code.ops.get(top.pc - 1), Some(Op::CallEx(_))) {
        top.stack[..=i].iter().rposition(is_target)?
    } else if is_target(top.stack.get(i)?) {
        i
    } else {
        return None;
    };
    if method && i > 0 && top.stack[i - 1].is_null() {
        return Some(i - 1);
    }
    Some(i)
}

pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let fns: [(&str, NativeFn); 5] = [
        ("set_sleep_hook", tasklet_set_sleep_hook),
        ("run", tasklet_run),
        ("resume", tasklet_resume),
        ("suspend", tasklet_suspend),
        ("discard", tasklet_discard),
    ];
    for (name, f) in fns {
        moduleobj::module_set(m, name, funcobj::new_native(name, f, Some("_tasklet"), 0));
    }
    Ok(())
}

fn tid_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        _ => Err(vm.new_type_error("tasklet id must be an int")),
    }
}

/// `run(tid, func, arg)`: starts `func(arg)` as tasklet `tid`. True when it finished,
/// False when it suspended.
fn tasklet_run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "run", 3)?;
    let tid = tid_of(vm, &a[0])?;
    let Value::Obj(fo) = &a[1] else {
        return Err(vm.new_type_error("run() needs a Python function"));
    };
    let Payload::Function(func) = &fo.payload else {
        return Err(vm.new_type_error("run() needs a Python function"));
    };
    let code = &func.code;
    if !code.is_plain(1) {
        return Err(
            vm.new_type_error("run() needs a plain function of one argument without closures")
        );
    }
    vm.enter_call()?;
    let mut f = vm.alloc_frame(code, &func.globals, &func.builtins, Value::Null);
    // A fresh frame has `nslots() >= argcount == 1` slots, all Null.
    if let Some(slot) = f.stack.first_mut() {
        *slot = a[2].clone();
    }
    let mut f = vm.finish_inline_frame(f, Value::Null)?;
    f.handled_base = 0;
    let base = vm.frames.len();
    drive(vm, tid, f, base, false, Vec::new())
}

/// Runs a tasklet's top frame `f` (with its callers at `frames[base..]`) until it returns,
/// raises or suspends; `handled` is the tasklet's stack of handled exceptions.
fn drive(
    vm: &mut Vm,
    tid: i64,
    f: Box<Frame>,
    base: usize,
    resumed: bool,
    handled: Vec<Value>,
) -> PyResult<Value> {
    let prev = vm.tasklet.replace((vm.reentry + 1, base));
    let outer = std::mem::replace(&mut vm.handled, handled);
    let (r, f) = if resumed {
        vm.execute_resumed(f, base)
    } else {
        vm.execute(f, None)
    };
    let handled = std::mem::replace(&mut vm.handled, outer);
    vm.tasklet = prev;
    if vm.suspending {
        vm.suspending = false;
        let mut frames = vm.frames.split_off(base.min(vm.frames.len()));
        frames.push(f);
        for _ in 0..frames.len() {
            vm.leave_call();
        }
        SAVED.with(|s| s.borrow_mut().insert(tid, Saved { frames, handled }));
        return Ok(Value::Bool(false));
    }
    drop(handled);
    vm.release_frame(f);
    vm.leave_call();
    r.map(|_| Value::Bool(true))
}

/// `resume(tid)`: continues a suspended tasklet. True when it finished, False when it
/// suspended again.
fn tasklet_resume(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "resume", 1)?;
    let tid = tid_of(vm, &a[0])?;
    let Some(saved) = SAVED.with(|s| s.borrow_mut().remove(&tid)) else {
        return Err(vm.new_value_error("no suspended tasklet with this id"));
    };
    let Saved {
        mut frames,
        handled,
    } = saved;
    let Some(mut top) = frames.pop() else {
        return Err(vm.new_value_error("no suspended tasklet with this id"));
    };
    // Finish the call that suspended the top frame: drop the callable and push None.
    let keep = call_site(&top, "time", "sleep").or_else(|| call_site(&top, "_tasklet", "suspend"));
    let Some(keep) = keep else {
        for f in frames.into_iter().chain(std::iter::once(top)) {
            vm.release_frame(f);
        }
        return Err(vm.new_runtime_error("tasklet suspended outside a plain call"));
    };
    crate::frame::truncate_values(&mut top.stack, keep);
    top.stack.push(Value::None);
    vm.depth += frames.len() as u32 + 1;
    let base = vm.frames.len();
    vm.frames.extend(frames);
    drive(vm, tid, top, base, true, handled)
}

/// `suspend()`: inside a tasklet's own frames, suspends it (returning None once resumed);
/// elsewhere returns False.
fn tasklet_suspend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "suspend", 0)?;
    if !can_suspend(vm, "_tasklet", "suspend") {
        return Ok(Value::Bool(false));
    }
    vm.suspending = true;
    Err(vm.new_runtime_error("tasklet suspended"))
}

/// `discard(tid)`: drops a suspended tasklet's frames (a thread that never ends).
fn tasklet_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "discard", 1)?;
    let tid = tid_of(vm, &a[0])?;
    if let Some(saved) = SAVED.with(|s| s.borrow_mut().remove(&tid)) {
        for f in saved.frames {
            vm.release_frame(f);
        }
    }
    Ok(Value::None)
}

/// `set_sleep_hook(fn)`: installs (or, with None, removes) the hook `time.sleep` consults.
fn tasklet_set_sleep_hook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "set_sleep_hook", 1)?;
    let h = if a[0].is_none() {
        None
    } else {
        Some(a[0].clone())
    };
    SLEEP_HOOK.with(|s| *s.borrow_mut() = h);
    Ok(Value::None)
}
