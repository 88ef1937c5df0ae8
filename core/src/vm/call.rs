//! Calls: binding arguments to parameters (with CPython's error messages), calling
//! functions, natives, bound methods and types, and the argument helpers for natives.

use std::rc::Rc;

use super::{CallerInfo, PyResult, Vm};
use crate::bytecode::code_flags;
use crate::frame::Frame;
use crate::object::*;
use crate::objects::{dictobj, tupleobj};
use crate::types::{self, type_flags, types};

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }

    pub fn with_kw(pos: &'a [Value], kwnames: &'a [PyRef], kwvals: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames,
            kwvals,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&Value> {
        self.kwnames
            .iter()
            .position(|n| n.payload_str() == name)
            .map(|i| &self.kwvals[i])
    }

    /// Errors if any keyword arguments were passed.
    pub fn no_kw(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if self.has_kw() {
            return Err(vm.new_type_error(format!("{}() takes no keyword arguments", fname)));
        }
        Ok(())
    }

    /// Exactly `n` positional arguments and no keywords (CPython's wording for builtins).
    pub fn exact(&self, vm: &mut Vm, fname: &str, n: usize) -> PyResult<&'a [Value]> {
        self.no_kw(vm, fname)?;
        if self.pos.len() != n {
            let msg = match n {
                0 => format!("{}() takes no arguments ({} given)", fname, self.pos.len()),
                1 => format!(
                    "{}() takes exactly one argument ({} given)",
                    fname,
                    self.pos.len()
                ),
                _ => format!("{} expected {} arguments, got {}", fname, n, self.pos.len()),
            };
            return Err(vm.new_type_error(msg));
        }
        Ok(self.pos)
    }

    /// Between `min` and `max` positional arguments, no keywords.
    pub fn range(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kw(vm, fname)?;
        let n = self.pos.len();
        if n < min {
            let msg = if min == 1 {
                format!("{} expected at least 1 argument, got {}", fname, n)
            } else {
                format!("{} expected at least {} arguments, got {}", fname, min, n)
            };
            return Err(vm.new_type_error(msg));
        }
        if n > max {
            let msg = if max == 1 {
                format!("{} expected at most 1 argument, got {}", fname, n)
            } else {
                format!("{} expected at most {} arguments, got {}", fname, max, n)
            };
            return Err(vm.new_type_error(msg));
        }
        Ok(self.pos)
    }

    /// Binds positional and keyword arguments to `spec`'s parameters.
    pub fn bind(&self, vm: &mut Vm, spec: &ArgSpec) -> PyResult<Vec<Option<Value>>> {
        let mut out: Vec<Option<Value>> = vec![None; spec.params.len()];
        let maxpos = spec.params.len() - spec.kwonly;
        // CPython 3.11's Argument Clinic checks (and words) the total count first.
        let total = self.pos.len() + self.kwnames.len();
        if total > spec.params.len() {
            return Err(vm.new_type_error(format!(
                "{}() takes at most {} {}argument{} ({} given)",
                spec.name,
                spec.params.len(),
                if self.pos.is_empty() { "keyword " } else { "" },
                if spec.params.len() == 1 { "" } else { "s" },
                total
            )));
        }
        let minposonly = spec.posonly.min(spec.required);
        if self.pos.len() < minposonly {
            return Err(vm.new_type_error(format!(
                "{}() takes {} {} positional argument{} ({} given)",
                spec.name,
                if minposonly < maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                minposonly,
                if minposonly == 1 { "" } else { "s" },
                self.pos.len()
            )));
        }
        if self.pos.len() > maxpos {
            let msg = if maxpos == 0 {
                format!("{}() takes no positional arguments", spec.name)
            } else if spec.required == maxpos {
                format!(
                    "{}() takes exactly {} positional argument{} ({} given)",
                    spec.name,
                    maxpos,
                    if maxpos == 1 { "" } else { "s" },
                    self.pos.len()
                )
            } else {
                format!(
                    "{}() takes at most {} positional argument{} ({} given)",
                    spec.name,
                    maxpos,
                    if maxpos == 1 { "" } else { "s" },
                    self.pos.len()
                )
            };
            return Err(vm.new_type_error(msg));
        }
        for (i, v) in self.pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        // Clinic's order: a missing required argument is reported before an argument given
        // by name and position, which comes before an invalid keyword.
        let mut duplicate: Option<String> = None;
        let mut invalid: Option<String> = None;
        for (k, v) in self.kwnames.iter().zip(self.kwvals.iter()) {
            let name = k.payload_str();
            match spec.params.iter().position(|p| *p == name) {
                Some(i) if i >= spec.posonly => {
                    if out[i].is_some() {
                        if duplicate.is_none() {
                            duplicate = Some(format!(
                                "argument for {}() given by name ('{}') and position ({})",
                                spec.name,
                                name,
                                i + 1
                            ));
                        }
                        continue;
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    if invalid.is_none() {
                        invalid = Some(format!(
                            "'{}' is an invalid keyword argument for {}()",
                            name, spec.name
                        ));
                    }
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(spec.required) {
            if slot.is_none() {
                let msg = if i < maxpos {
                    format!(
                        "{}() missing required argument '{}' (pos {})",
                        spec.name,
                        spec.params[i],
                        i + 1
                    )
                } else {
                    format!(
                        "{}() missing required keyword-only argument '{}'",
                        spec.name, spec.params[i]
                    )
                };
                return Err(vm.new_type_error(msg));
            }
        }
        if let Some(msg) = duplicate.or(invalid) {
            return Err(vm.new_type_error(msg));
        }
        Ok(out)
    }
}

/// A native function's parameter list for `Args::bind`.
pub struct ArgSpec {
    pub name: &'static str,
    pub params: &'static [&'static str],
    /// The first `required` params must be given.
    pub required: usize,
    /// The first `posonly` params cannot be passed by keyword.
    pub posonly: usize,
    /// The last `kwonly` params can only be passed by keyword.
    pub kwonly: usize,
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let mut s = String::new();
            for (i, n) in names.iter().enumerate() {
                if i + 1 == names.len() {
                    s.push_str(&format!("and '{}'", n));
                } else {
                    s.push_str(&format!("'{}', ", n));
                }
            }
            s
        }
    }
}

impl Vm {
    /// Calls `f` with positional arguments.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(f, Args::new(args))
    }

    /// Calls `f` with positional and keyword arguments.
    pub fn call_kw(
        &mut self,
        f: &Value,
        args: &[Value],
        kwnames: &[PyRef],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        self.call_args(f, Args::with_kw(args, kwnames, kwvals))
    }

    /// Calls a method by name on `obj`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = types::intern(name);
        match self.lookup_method(obj, &n)? {
            Some(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                self.call(&m, &all)
            }
            None => {
                let m = self.get_attr(obj, &n)?;
                self.call(&m, args)
            }
        }
    }

    /// Calls a special method found on the type, binding `self_`.
    pub fn call_special(&mut self, meth: &Value, self_: &Value, args: &[Value]) -> PyResult<Value> {
        if let Value::Obj(m) = meth {
            match &m.payload {
                // A plain Python method (`def __eq__(self, other)`): its frame is filled
                // directly, without the argument vector and the general binder.
                Payload::Function(func) if func.code.is_plain(args.len() + 1) => {
                    return self.run_plain(func, Some(self_), args);
                }
                Payload::Function(_) | Payload::MethodDescr(_) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(self_.clone());
                    all.extend_from_slice(args);
                    return self.call(meth, &all);
                }
                Payload::StaticMethod(f) => {
                    let f = f.borrow().clone();
                    return self.call(&f, args);
                }
                _ => {}
            }
        }
        let cls = types::class_of(self_);
        let bound = self.bind_descriptor(meth, self_, &cls)?;
        self.call(&bound, args)
    }

    /// Runs `func`, whose code `is_plain` for `self_` (if any) followed by `args`: the
    /// arguments are copied into the frame's first slots, without the general binder.
    #[inline(always)]
    fn run_plain(
        &mut self,
        func: &PyFunction,
        self_: Option<&Value>,
        args: &[Value],
    ) -> PyResult<Value> {
        let mut frame = self.alloc_frame(&func.code, &func.globals, &func.builtins, Value::Null);
        // A fresh frame has nslots() >= argcount == the argument count slots (an element-wise
        // loop: clone_from_slice is an out-of-line call).
        let mut first = 0;
        if let Some(s) = self_ {
            frame.stack[0] = s.clone();
            first = 1;
        }
        for (slot, a) in frame.stack[first..].iter_mut().zip(args) {
            *slot = a.clone();
        }
        frame.handled_base = self.handled.len();
        self.run_frame(frame)
    }

    /// The general call.
    pub fn call_args(&mut self, f: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(o) = f else {
            return Err(
                self.new_type_error(format!("'{}' object is not callable", types::type_name(f)))
            );
        };
        match &o.payload {
            // Positional arguments that fill the parameters exactly (map(f, xs), a sort key,
            // a callback): moved into the frame's first slots.
            Payload::Function(func)
                if args.kwnames.is_empty() && func.code.is_plain(args.pos.len()) =>
            {
                self.run_plain(func, None, args.pos)
            }
            Payload::Function(func) => {
                let mut frame =
                    self.alloc_frame(&func.code, &func.globals, &func.builtins, Value::Null);
                if let Err(e) = self.bind_args(
                    o,
                    func,
                    &mut frame,
                    None,
                    args.pos,
                    args.kwnames,
                    args.kwvals,
                ) {
                    self.release_frame(frame);
                    return Err(e);
                }
                self.start_frame(o, func, frame)
            }
            Payload::NativeFunction(nf) => self.call_native(nf, args),
            Payload::MethodDescr(nf) => {
                match args.pos.first() {
                    None => return Err(self.unbound_method_error(nf)),
                    Some(s) => self.check_descr_self(nf, s)?,
                }
                self.call_native(nf, args)
            }
            Payload::ClassMethodDescr(nf) => {
                // Called through the class: first arg is the class.
                self.call_native(nf, args)
            }
            Payload::BoundMethod(b) => {
                let (func, self_) = (&b.0, &b.1);
                let mut all = Vec::with_capacity(args.pos.len() + 1);
                all.push(self_.clone());
                all.extend_from_slice(args.pos);
                let func = func.clone();
                self.call_args(&func, Args::with_kw(&all, args.kwnames, args.kwvals))
            }
            Payload::Type(_) => {
                // A metaclass that defines its own __call__ (e.g. a singleton pattern, or
                // `__call__ = dict`) replaces type.__call__.
                if !std::ptr::eq(o.class.ptr(), Rc::as_ptr(&types().type_)) {
                    let meta = o.class();
                    if let Some(call) = types::lookup_str(&meta, "__call__") {
                        let is_type_call = matches!(&call, Value::Obj(c)
                            if matches!(&c.payload, Payload::MethodDescr(nf)
                                if nf.func as *const () == crate::objects::typeobj::type_call as *const ()));
                        if !is_type_call {
                            let bound = self.bind_descriptor(&call, f, &meta)?;
                            return self.call_args(&bound, args);
                        }
                    }
                }
                if matches!(&o.payload, Payload::Type(td) if td.is_heap()) {
                    // A class call counts towards the recursion limit (CPython's tp_call).
                    self.enter_native(crate::builtins::CALLING)?;
                    let r = self.call_type(o, args);
                    self.leave_native();
                    return r;
                }
                self.call_type(o, args)
            }
            _ => {
                let cls = o.class();
                match types::lookup_str(&cls, "__call__") {
                    Some(call) => {
                        let mut all = Vec::with_capacity(args.pos.len() + 1);
                        all.push(f.clone());
                        all.extend_from_slice(args.pos);
                        // Calling an instance whose class defines __call__ in Python counts
                        // towards the recursion limit (CPython's tp_call path; native
                        // __call__s such as lru_cache's count for themselves).
                        let counted = matches!(&call, Value::Obj(c)
                            if matches!(c.payload, Payload::Function(_)));
                        if counted {
                            self.enter_native(crate::builtins::CALLING)?;
                        }
                        let r = match &call {
                            Value::Obj(c)
                                if matches!(
                                    c.payload,
                                    Payload::Function(_) | Payload::MethodDescr(_)
                                ) =>
                            {
                                self.call_args(
                                    &call,
                                    Args::with_kw(&all, args.kwnames, args.kwvals),
                                )
                            }
                            _ => self
                                .bind_descriptor(&call, f, &cls)
                                .and_then(|bound| self.call_args(&bound, args)),
                        };
                        if counted {
                            self.leave_native();
                        }
                        r
                    }
                    None => Err(self.new_type_error(format!(
                        "'{}' object is not callable",
                        types::type_name(f)
                    ))),
                }
            }
        }
    }

    /// An unbound builtin method (`list.append(x, 1)`) checks that `x` is an instance of
    /// the type owning the method, as CPython's descriptors do.
    pub(crate) fn check_descr_self(&mut self, nf: &NativeFunc, self_: &Value) -> PyResult<()> {
        let Some(owner) = nf.owner else { return Ok(()) };
        if owner == "object" {
            return Ok(());
        }
        let cls = types::class_of(self_);
        let owns = |c: &PyObject| match &c.payload {
            Payload::Type(t) => !t.is_heap() && *t.name.borrow() == owner,
            _ => false,
        };
        if owns(&cls) {
            return Ok(());
        }
        if types::type_data(&cls).is_some_and(|t| t.mro.borrow().iter().any(|c| owns(c))) {
            return Ok(());
        }
        let got = types::type_name(self_);
        Err(self.new_type_error(if is_slot_wrapper(owner, nf.name) {
            format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                nf.name, owner, got
            )
        } else {
            format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                nf.name, owner, got
            )
        }))
    }

    /// The TypeError for a builtin method descriptor called without `self`.
    fn unbound_method_error(&mut self, nf: &NativeFunc) -> crate::vm::PyErr {
        let owner = nf.owner.unwrap_or("object");
        if is_slot_wrapper(owner, nf.name) {
            self.new_type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                nf.name, owner
            ))
        } else {
            self.new_type_error(format!(
                "unbound method {}.{}() needs an argument",
                owner, nf.name
            ))
        }
    }

    fn call_native(&mut self, nf: &NativeFunc, args: Args) -> PyResult<Value> {
        if nf.self_.is_null() {
            (nf.func)(self, args)
        } else {
            let mut all = Vec::with_capacity(args.pos.len() + 1);
            all.push(nf.self_.clone());
            all.extend_from_slice(args.pos);
            (nf.func)(self, Args::with_kw(&all, args.kwnames, args.kwvals))
        }
    }

    /// Runs a bound frame: executes it, or wraps it in a generator/coroutine.
    fn start_frame(
        &mut self,
        _fobj: &PyRef,
        func: &PyFunction,
        mut frame: Box<Frame>,
    ) -> PyResult<Value> {
        if func.code.is_generator_like() {
            return Ok(crate::objects::genobj::new_generator(func, frame));
        }
        frame.handled_base = self.handled.len();
        self.run_frame(frame)
    }

    /// A builtin function, or a method of a builtin type, called from the dispatch loop with
    /// positional arguments only (`len(x)`, `lst.append(v)`): straight to its Rust function,
    /// without the general path's clones and payload matches. The arguments are
    /// `f.stack[args_start..]`; the caller truncates the stack. None: not that case.
    #[inline(always)]
    pub(crate) fn call_native_plain(
        &mut self,
        f: &Frame,
        fpos: usize,
        args_start: usize,
    ) -> Option<PyResult<Value>> {
        let Value::Obj(o) = &f.stack[fpos] else {
            return None;
        };
        let (nf, descr) = match &o.payload {
            Payload::NativeFunction(nf) => (nf, false),
            Payload::MethodDescr(nf) => (nf, true),
            Payload::Type(td)
                if !td.is_heap() && std::ptr::eq(o.class.ptr(), Rc::as_ptr(&types().type_)) =>
            {
                // `int(x)`, `list(l)`, `enumerate(l)`: the type's builtin __new__ (and
                // __init__) directly, with the class (object) first: up to three arguments
                // without allocating.
                let ctor = builtin_ctor(o, td);
                let (new, init) = ctor.direct?;
                let counted = ctor.counted;
                let args = &f.stack[args_start..];
                let mut buf = [Value::Null, Value::Null, Value::Null, Value::Null];
                let all = buf.get_mut(..args.len() + 1)?;
                all[0] = Value::Obj(o.clone());
                all[1..].clone_from_slice(args);
                return Some(self.outcall(f, |vm| {
                    if counted {
                        vm.enter_native(crate::builtins::CALLING)?;
                    }
                    let obj = new(vm, Args::with_kw(all, &[], &[]));
                    if counted {
                        vm.leave_native();
                    }
                    let obj = obj?;
                    if let Some(init) = init {
                        // A builtin __new__ returns an exact instance; its __init__ None.
                        all[0] = obj.clone();
                        init(vm, Args::with_kw(all, &[], &[]))?;
                    }
                    Ok(obj)
                }));
            }
            _ => return None,
        };
        if nf.flags & native_flags::NEEDS_FRAME != 0 || !nf.self_.is_null() {
            return None;
        }
        let args = &f.stack[args_start..];
        if descr {
            // No receiver: the general path raises the "needs an argument" error.
            let first = args.first()?;
            if let Err(e) = self.check_descr_self(nf, first) {
                return Some(Err(e));
            }
        }
        Some(self.outcall(f, |vm| (nf.func)(vm, Args::with_kw(args, &[], &[]))))
    }

    /// The common case of `prepare_inline_call`, inline in the dispatch loop: a plain
    /// function called with exactly its positional parameters and no keywords. Arguments
    /// are moved (not cloned) into the new frame's locals. None: not that case.
    #[inline(always)]
    pub(crate) fn inline_call_plain(
        &mut self,
        f: &mut Frame,
        fpos: usize,
        args_start: usize,
        trunc: usize,
    ) -> Option<PyResult<Box<Frame>>> {
        let Value::Obj(callable) = &f.stack[fpos] else {
            return None;
        };
        let Payload::Function(func) = &callable.payload else {
            return None;
        };
        let code = &func.code;
        let nargs = f.stack.len() - args_start;
        // `!code.is_plain(nargs)` written out: through the method, run_loop compiles to ~6
        // more instructions per call (fib.py +0.9 %, callgrind).
        if nargs != code.argcount as usize
            || code.kwonlyargcount != 0
            || code.flags
                & (code_flags::VARARGS
                    | code_flags::VARKEYWORDS
                    | code_flags::NOFREE
                    | code_flags::GENERATOR_LIKE)
                != code_flags::NOFREE
        {
            return None;
        }
        if let Err(e) = self.enter_call() {
            return Some(Err(e));
        }
        let mut newf = self.alloc_frame(code, &func.globals, &func.builtins, Value::Null);
        // SAFETY: the new frame has `nslots() >= argcount == nargs` slots, all Null (no
        // destructor to skip when overwritten); the moved values are forgotten by `f.stack`
        // through `set_len` before it is touched again.
        unsafe {
            crate::frame::move_values(
                f.stack.as_ptr().add(args_start),
                newf.stack.as_mut_ptr(),
                nargs,
            );
            f.stack.set_len(args_start);
        }
        crate::frame::truncate_values(&mut f.stack, trunc);
        Some(self.finish_inline_frame(newf, Value::Null))
    }

    /// From the dispatch loop: if the callable at `fpos` is a Python function (or a bound
    /// method of one, or a class whose construction is plain), builds its frame from the
    /// arguments at `args_start..` and truncates the caller's stack to `trunc`.
    pub(crate) fn prepare_inline_call(
        &mut self,
        f: &mut Frame,
        fpos: usize,
        args_start: usize,
        kwnames: &[PyRef],
        trunc: usize,
    ) -> PyResult<Option<Box<Frame>>> {
        if kwnames.is_empty() {
            if let Some(r) = self.inline_call_plain(f, fpos, args_start, trunc) {
                return r.map(Some);
            }
        }
        let Value::Obj(callable) = &f.stack[fpos] else {
            return Ok(None);
        };
        let callable = callable.clone();
        let mut ctor = Value::Null;
        let (fobj, self_arg) = match &callable.payload {
            Payload::Function(_) => (callable.clone(), None),
            Payload::BoundMethod(b) => match &b.0 {
                Value::Obj(fo) if matches!(fo.payload, Payload::Function(_)) => {
                    (fo.clone(), Some(b.1.clone()))
                }
                _ => return Ok(None),
            },
            Payload::Type(_) if !std::ptr::eq(callable.class.ptr(), Rc::as_ptr(&types().type_)) => {
                // A metaclass __call__ written in Python (an Enum class, say) runs as an
                // inline frame too, so the caller's frame stays visible to it.
                match types::lookup_str(&callable.class(), "__call__") {
                    Some(Value::Obj(m)) if matches!(m.payload, Payload::Function(_)) => {
                        (m, Some(Value::Obj(callable.clone())))
                    }
                    _ => return Ok(None),
                }
            }
            // A builtin type (str(x), int(x), list(...)) never has a Python __init__.
            Payload::Type(td) if !td.is_heap() => return Ok(None),
            Payload::Type(td) => {
                // A plain class: object.__new__ and a Python __init__ run as an inline frame.
                let version = td.version.get();
                let cached = {
                    let c = td.call_cache.borrow();
                    (c.0 == version).then(|| c.1.upgrade())
                };
                let init = match cached {
                    Some(v) => v,
                    None => {
                        let v = inline_init(&callable, td);
                        *td.call_cache.borrow_mut() =
                            (version, v.as_ref().map(Rc::downgrade).unwrap_or_default());
                        v
                    }
                };
                let Some(init) = init else {
                    return Ok(None);
                };
                // A class call counts towards the recursion limit besides its __init__
                // frame (CPython's tp_call path); the frame's return or unwinding undoes it.
                self.enter_unit(crate::builtins::CALLING)?;
                let inst = match crate::objects::objectobj::new_instance(self, &callable) {
                    Ok(i) => i,
                    Err(e) => {
                        self.leave_native();
                        return Err(e);
                    }
                };
                ctor = inst.clone();
                (init, Some(inst))
            }
            _ => return Ok(None),
        };
        let ready = match &fobj.payload {
            Payload::Function(func) if !func.code.is_generator_like() => self.enter_call(),
            _ => Ok(()),
        };
        let Payload::Function(func) = &fobj.payload else {
            if !ctor.is_null() {
                self.leave_native();
            }
            return Ok(None);
        };
        let code = &func.code;
        if code.is_generator_like() || ready.is_err() {
            if !ctor.is_null() {
                self.leave_native();
            }
            return ready.map(|_| None);
        }
        let mut newf = self.alloc_frame(code, &func.globals, &func.builtins, Value::Null);
        let nkw = kwnames.len();
        let end = f.stack.len() - nkw;
        let npos = end - args_start + self_arg.is_some() as usize;
        let simple = nkw == 0
            && npos == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::NOFREE)
                == code_flags::NOFREE;
        if simple {
            // Move the arguments straight into the new frame's locals, after `self`.
            let mut i = 0;
            if let Some(s) = self_arg {
                newf.stack[0] = s;
                i = 1;
            }
            let nargs = end - args_start;
            // SAFETY: as in the fast path above: `i + nargs == argcount <= nslots`, the
            // target slots are Null, and the moved values are forgotten via `set_len`.
            unsafe {
                crate::frame::move_values(
                    f.stack.as_ptr().add(args_start),
                    newf.stack.as_mut_ptr().add(i),
                    nargs,
                );
                f.stack.set_len(args_start);
            }
        } else {
            let r = self.bind_args(
                &fobj,
                func,
                &mut newf,
                self_arg,
                &f.stack[args_start..end],
                kwnames,
                &f.stack[end..],
            );
            if let Err(e) = r {
                self.leave_call();
                if !ctor.is_null() {
                    self.leave_native();
                }
                self.release_frame(newf);
                return Err(e);
            }
        }
        crate::frame::truncate_values(&mut f.stack, trunc);
        Ok(Some(self.finish_inline_frame(newf, ctor)?))
    }

    /// The last steps of setting up an inline frame: the constructor instance, the
    /// handled-exception base and the periodic limit check.
    #[inline(always)]
    pub(crate) fn finish_inline_frame(
        &mut self,
        mut newf: Box<Frame>,
        ctor: Value,
    ) -> PyResult<Box<Frame>> {
        newf.ctor = ctor;
        newf.handled_base = self.handled.len();
        self.ticks = self.ticks.wrapping_add(1);
        if self.ticks & 0x3ff == 0 {
            if let Err(e) = self.check_limits() {
                self.leave_call();
                if !newf.ctor.is_null() {
                    self.leave_native();
                }
                self.release_frame(newf);
                return Err(e);
            }
        }
        Ok(newf)
    }

    /// From the dispatch loop: calls a non-inlinable callable with arguments on the stack
    /// (`f` stays visible as the calling frame to whatever it runs).
    #[inline]
    pub(crate) fn call_from_frame(
        &mut self,
        f: &Frame,
        callable: &Value,
        args_start: usize,
        kwnames: &[PyRef],
    ) -> PyResult<Value> {
        self.outcall(f, |vm| {
            vm.call_from_frame_in(f, callable, args_start, kwnames)
        })
    }

    fn call_from_frame_in(
        &mut self,
        f: &Frame,
        callable: &Value,
        args_start: usize,
        kwnames: &[PyRef],
    ) -> PyResult<Value> {
        let end = f.stack.len() - kwnames.len();
        if let Value::Obj(o) = callable {
            let nf = match &o.payload {
                Payload::NativeFunction(nf) | Payload::MethodDescr(nf) => Some(nf),
                _ => None,
            };
            if let Some(nf) = nf {
                if matches!(o.payload, Payload::MethodDescr(_)) {
                    if end == args_start {
                        return Err(self.unbound_method_error(nf));
                    }
                    self.check_descr_self(nf, &f.stack[args_start])?;
                }
                if nf.flags & native_flags::NEEDS_FRAME != 0 {
                    let mut ci = caller_info(f);
                    if nf.flags & native_flags::NEEDS_LOCALS != 0
                        && ci.locals.is_null()
                        && f.code.flags & code_flags::OPTIMIZED != 0
                    {
                        ci.locals = locals_snapshot(f);
                    }
                    self.caller = Some(ci);
                    let r = self.call_native(
                        nf,
                        Args::with_kw(&f.stack[args_start..end], kwnames, &f.stack[end..]),
                    );
                    self.caller = None;
                    return r;
                }
                return self.call_native(
                    nf,
                    Args::with_kw(&f.stack[args_start..end], kwnames, &f.stack[end..]),
                );
            }
            // Zero-argument super() reads the calling frame, and type(name, bases, ns)
            // takes `__module__` from the caller's globals.
            if Rc::ptr_eq(o, &types().super_)
                || (Rc::ptr_eq(o, &types().type_) && end - args_start == 3)
            {
                self.caller = Some(caller_info(f));
                let r = self.call_args(
                    callable,
                    Args::with_kw(&f.stack[args_start..end], kwnames, &f.stack[end..]),
                );
                self.caller = None;
                return r;
            }
        }
        self.call_args(
            callable,
            Args::with_kw(&f.stack[args_start..end], kwnames, &f.stack[end..]),
        )
    }

    /// `f(*args, **kwargs)` from the loop: replaces `[callable, args, kwargs?]` at the top
    /// of the stack by `[callable, positional..., keyword values...]` and returns the
    /// callable's position and the keyword names, so that the call proceeds as a `CallKw`.
    pub(crate) fn spread_call_ex(
        &mut self,
        f: &mut Frame,
        has_kw: bool,
    ) -> PyResult<(usize, Vec<PyRef>)> {
        let kwargs = if has_kw { Some(f.pop()) } else { None };
        let args = f.pop();
        let pos: Vec<Value> = match args.payload() {
            // A tuple subclass may override __iter__.
            Some(Payload::Tuple(t)) if types::class_ptr(&args) == Rc::as_ptr(&types().tuple) => {
                t.to_vec()
            }
            _ => match self.outcall(f, |vm| vm.collect_iter_hinted(&args)) {
                Ok(v) => v,
                Err(e) => {
                    if self.exception_matches(&e, &types().exc.type_error) && !self.has_iter(&args)
                    {
                        let callable = f.top().clone();
                        let fs = self.function_str(&callable)?;
                        return Err(self.new_type_error(format!(
                            "{} argument after * must be an iterable, not {}",
                            fs,
                            types::type_name(&args)
                        )));
                    }
                    return Err(e);
                }
            },
        };
        let fpos = f.stack.len() - 1;
        f.stack.extend(pos);
        let mut names = Vec::new();
        if let Some(d) = kwargs.as_ref().and_then(dictobj::as_dict) {
            for (k, v) in d.items() {
                match k {
                    Value::Obj(ko) if matches!(ko.payload, Payload::Str(_)) => {
                        names.push(ko);
                        f.stack.push(v);
                    }
                    _ => return Err(self.new_type_error("keywords must be strings")),
                }
            }
        }
        Ok((fpos, names))
    }

    /// A callable as CPython names it in argument-unpacking errors: `module.qualname()`,
    /// without the module for builtins (`print()`, `str.format()`), else its str().
    pub fn function_str(&mut self, callable: &Value) -> PyResult<String> {
        let qualname = match self.get_attr_opt(callable, &types::intern("__qualname__"))? {
            Some(q) => q,
            None => return self.str_string(callable),
        };
        let qualname = self.str_string(&qualname)?;
        let module = self.get_attr_opt(callable, &types::intern("__module__"))?;
        Ok(match module.as_ref().and_then(|m| m.as_rust_str()) {
            Some(m) if m != "builtins" => format!("{}.{}()", m, qualname),
            _ => format!("{}()", qualname),
        })
    }

    /// A callable's name for messages: `f()`.
    pub fn callable_name(&mut self, callable: &Value) -> String {
        match callable.payload() {
            Some(Payload::Function(f)) => format!("{}()", f.qualname.borrow().payload_str()),
            Some(Payload::NativeFunction(nf)) | Some(Payload::MethodDescr(nf)) => {
                format!("{}()", nf.name)
            }
            Some(Payload::BoundMethod(b)) => {
                let f = b.0.clone();
                self.callable_name(&f)
            }
            Some(Payload::Type(t)) => format!("{}()", t.name()),
            _ => format!("{} object", types::type_name(callable)),
        }
    }

    /// Binds arguments to a Python function's parameters in `frame`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn bind_args(
        &mut self,
        _fobj: &PyRef,
        func: &PyFunction,
        frame: &mut Frame,
        self_arg: Option<Value>,
        pos: &[Value],
        kwnames: &[PyRef],
        kwvals: &[Value],
    ) -> PyResult<()> {
        let code = &func.code;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let total = argcount + kwonly;
        let has_varargs = code.flags & code_flags::VARARGS != 0;
        let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
        let nself = self_arg.is_some() as usize;
        let npos = pos.len() + nself;
        let slots = &mut frame.stack;

        // Fast path: exact positional match.
        if kwnames.is_empty() && !has_varargs && !has_varkw && npos == argcount && kwonly == 0 {
            let mut i = 0;
            if let Some(s) = self_arg {
                slots[0] = s;
                i = 1;
            }
            for v in pos {
                slots[i] = v.clone();
                i += 1;
            }
            self.init_cells(func, frame);
            return Ok(());
        }

        let qualname = func.qualname.borrow().payload_str().to_string();
        let mut kwdict: Option<Value> = None;
        if has_varkw {
            let d = dictobj::new_dict();
            let idx = total + has_varargs as usize;
            slots[idx] = d.clone();
            kwdict = Some(d);
        }
        // Positional.
        let nbind = npos.min(argcount);
        {
            let mut i = 0;
            let mut it = self_arg.iter().chain(pos.iter());
            while i < nbind {
                if let Some(v) = it.next() {
                    slots[i] = v.clone();
                }
                i += 1;
            }
            if has_varargs {
                let rest: Vec<Value> = it.cloned().collect();
                slots[total] = tupleobj::new_tuple(rest);
            }
        }
        // Keywords.
        let varnames = &code.varnames;
        for (k, v) in kwnames.iter().zip(kwvals.iter()) {
            let name = k.payload_str();
            let idx = (code.posonlyargcount as usize..total)
                .find(|&j| Rc::ptr_eq(&varnames[j], k) || varnames[j].payload_str() == name);
            match idx {
                Some(j) => {
                    if !slots[j].is_null() {
                        return Err(self.new_type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname, name
                        )));
                    }
                    slots[j] = v.clone();
                }
                None => {
                    if let Some(d) = &kwdict {
                        if let Some(dd) = dictobj::as_dict(d) {
                            dd.set_str(k.clone(), v.clone());
                        }
                        continue;
                    }
                    // CPython lists every positional-only parameter named by any keyword.
                    let posonly: Vec<String> = (0..code.posonlyargcount as usize)
                        .filter(|&j| {
                            let pn = varnames[j].payload_str();
                            kwnames.iter().any(|k| k.payload_str() == pn)
                        })
                        .map(|j| varnames[j].payload_str().to_string())
                        .collect();
                    if !posonly.is_empty() {
                        return Err(self.new_type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qualname,
                            posonly.join(", ")
                        )));
                    }
                    return Err(self.new_type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname, name
                    )));
                }
            }
        }
        // Too many positional?
        if npos > argcount && !has_varargs {
            let defcount = match &*func.defaults.borrow() {
                Some(d) => match &d.payload {
                    Payload::Tuple(t) => t.len(),
                    _ => 0,
                },
                None => 0,
            };
            let kwonly_given = (argcount..total).filter(|&j| !slots[j].is_null()).count();
            if argcount == 1 && defcount == 0 && kwonly == 0 && qualname.contains('.') && {
                let filename = code.filename.payload_str();
                crate::modules::hides_frames(Some(filename), &qualname)
            } {
                // A method taking only self in a module standing in for C code: CPython's
                // METH_NOARGS wording ("date.weekday() takes no arguments (1 given)").
                return Err(self.new_type_error(format!(
                    "{}() takes no arguments ({} given)",
                    qualname,
                    npos - 1
                )));
            }
            let (sig, plural) = if defcount > 0 {
                (
                    format!("from {} to {}", argcount - defcount, argcount),
                    true,
                )
            } else {
                (format!("{}", argcount), argcount != 1)
            };
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if npos != 1 { "s" } else { "" },
                    kwonly_given,
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            return Err(self.new_type_error(format!(
                "{}() takes {} positional argument{} but {}{} {} given",
                qualname,
                sig,
                if plural { "s" } else { "" },
                npos,
                kwonly_sig,
                if npos == 1 && kwonly_given == 0 {
                    "was"
                } else {
                    "were"
                }
            )));
        }
        // Defaults for missing positional.
        if npos < argcount {
            let defaults: Vec<Value> = match &*func.defaults.borrow() {
                Some(d) => match &d.payload {
                    Payload::Tuple(t) => t.to_vec(),
                    _ => Vec::new(),
                },
                None => Vec::new(),
            };
            let first_default = argcount - defaults.len();
            let mut missing = Vec::new();
            for j in npos..argcount {
                if slots[j].is_null() {
                    if j >= first_default {
                        slots[j] = defaults[j - first_default].clone();
                    } else {
                        missing.push(varnames[j].payload_str().to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.new_type_error(format!(
                    "{}() missing {} required positional argument{}: {}",
                    qualname,
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
        }
        // Keyword-only defaults.
        if kwonly > 0 {
            let kwdefaults = func.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for j in argcount..total {
                if slots[j].is_null() {
                    let d = kwdefaults.as_ref().and_then(|kd| match &kd.payload {
                        Payload::Dict(dd) => dd.get_str(&varnames[j]),
                        _ => None,
                    });
                    match d {
                        Some(v) => slots[j] = v,
                        None => missing.push(varnames[j].payload_str().to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.new_type_error(format!(
                    "{}() missing {} required keyword-only argument{}: {}",
                    qualname,
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
        }
        self.init_cells(func, frame);
        Ok(())
    }

    /// Creates cell objects for cell variables and installs the closure's free variables.
    fn init_cells(&mut self, func: &PyFunction, frame: &mut Frame) {
        let code = &func.code;
        if code.flags & code_flags::NOFREE != 0 {
            return;
        }
        let nvars = code.varnames.len();
        let cell_t = &types().cell;
        for (i, arg) in code.cell2arg.iter().enumerate() {
            let init = match arg {
                Some(a) => std::mem::take(&mut frame.stack[*a as usize]),
                None => Value::Null,
            };
            frame.stack[nvars + i] =
                types::new_obj(cell_t, Payload::Cell(std::cell::RefCell::new(init)));
        }
        if let Some(cl) = &func.closure {
            let base = nvars + code.cellvars.len();
            for (j, c) in cl.iter().enumerate() {
                if base + j < frame.stack.len() {
                    frame.stack[base + j] = Value::Obj(c.clone());
                }
            }
        }
    }

    /// `cls(*args, **kwargs)`.
    pub fn call_type(&mut self, cls: &PyRef, args: Args) -> PyResult<Value> {
        let t = types();
        if Rc::ptr_eq(cls, &t.int) || Rc::ptr_eq(cls, &t.complex) || Rc::ptr_eq(cls, &t.bytes) {
            // CPython 3.11 calls these types through tp_call (no vectorcall), which counts
            // towards the recursion limit (int(self) inside __int__, say).
            self.enter_native(crate::builtins::CALLING)?;
            let r = self.call_type_impl(cls, args);
            self.leave_native();
            return r;
        }
        self.call_type_impl(cls, args)
    }

    fn call_type_impl(&mut self, cls: &PyRef, args: Args) -> PyResult<Value> {
        let t = types();
        if Rc::ptr_eq(cls, &t.type_) {
            if args.pos.len() == 1 && args.kwnames.is_empty() {
                return Ok(Value::Obj(types::class_of(&args.pos[0])));
            }
            if args.pos.len() != 3 {
                return Err(self.new_type_error("type() takes 1 or 3 arguments"));
            }
        }
        // str(x): no __new__/__init__ lookups for the exact type.
        if Rc::ptr_eq(cls, &t.str_) && args.pos.len() == 1 && args.kwnames.is_empty() {
            return Ok(Value::Obj(self.str(&args.pos[0])?));
        }
        let Some(td) = types::type_data(cls) else {
            return Err(self.new_type_error("not a type"));
        };
        // (new, init, new is object.__new__, init is object.__init__)
        let (new, init, new_is_object, init_is_object) = if td.is_heap() {
            heap_ctor(cls, td)
        } else {
            let c = builtin_ctor(cls, td);
            let some = |v: &Value| (!v.is_null()).then(|| v.clone());
            let (new, init) = (some(&c.new), some(&c.init));
            let n = matches!(&new, Some(Value::Obj(n)) if is_object_new(n));
            let i = init.as_ref().is_some_and(is_object_init);
            (new, init, n, i)
        };
        let obj = match &new {
            Some(_) if new_is_object => {
                // Runtime-made builtins (iterators, views, generator, frame, ...) cannot be
                // created through object.__new__; those that cannot be subclassed say so
                // before the argument check.
                let internal = td.kind == types::BaseKind::Internal
                    && !td.is_heap()
                    && !Rc::ptr_eq(cls, &t.object);
                if internal && !td.has_flag(type_flags::BASETYPE) {
                    return Err(
                        self.new_type_error(format!("cannot create '{}' instances", td.name()))
                    );
                }
                // object.__new__: excess arguments are an error unless __init__ is overridden.
                let init_overridden = init.is_some() && !init_is_object;
                if (!args.pos.is_empty() || args.has_kw()) && !init_overridden {
                    return Err(self.new_type_error(format!("{}() takes no arguments", td.name())));
                }
                // As in CPython, only object.__new__ refuses abstract classes (after the
                // argument check; a __new__ of its own, or a builtin base's, does not).
                if td.has_flag(type_flags::ABSTRACT) {
                    return Err(crate::objects::typeobj::abstract_error(self, cls));
                }
                if internal {
                    return Err(
                        self.new_type_error(format!("cannot create '{}' instances", td.name()))
                    );
                }
                crate::objects::objectobj::new_instance(self, cls)?
            }
            Some(n) => {
                let mut all = Vec::with_capacity(args.pos.len() + 1);
                all.push(Value::Obj(cls.clone()));
                all.extend_from_slice(args.pos);
                let n = match n {
                    Value::Obj(no) => match &no.payload {
                        Payload::StaticMethod(f) => f.borrow().clone(),
                        Payload::ClassMethod(f) => {
                            let f = f.borrow().clone();
                            self.classmethod_get(f, cls)?
                        }
                        _ => n.clone(),
                    },
                    _ => n.clone(),
                };
                match n.payload() {
                    // A builtin __new__: straight to its Rust function.
                    Some(Payload::NativeFunction(nf)) if nf.self_.is_null() => {
                        (nf.func)(self, Args::with_kw(&all, args.kwnames, args.kwvals))?
                    }
                    _ => self.call_args(&n, Args::with_kw(&all, args.kwnames, args.kwvals))?,
                }
            }
            None => {
                return Err(self.new_type_error(format!("cannot create '{}' instances", td.name())))
            }
        };
        // __init__ runs only when __new__ returned an instance of cls.
        if !types::isinstance(&obj, cls) {
            return Ok(obj);
        }
        // __init__ comes from the new object's own class, which may be a subclass of cls
        // (type(name, bases, ns) whose winning metaclass defines __init__).
        let obj_cls = types::class_of(&obj);
        let (init, init_is_object) = if Rc::ptr_eq(&obj_cls, cls) {
            (init, init_is_object)
        } else {
            let init = types::lookup_str(&obj_cls, "__init__");
            let i = init.as_ref().is_some_and(is_object_init);
            (init, i)
        };
        if let Some(init) = init {
            if init_is_object {
                if (!args.pos.is_empty() || args.has_kw()) && new_is_object {
                    return Err(self.new_type_error(format!("{}() takes no arguments", td.name())));
                }
                return Ok(obj);
            }
            let mut all = Vec::with_capacity(args.pos.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args.pos);
            let r = self.call_args(&init, Args::with_kw(&all, args.kwnames, args.kwvals))?;
            if !r.is_none() {
                return Err(self.new_type_error(format!(
                    "__init__() should return None, not '{}'",
                    types::type_name(&r)
                )));
            }
        }
        Ok(obj)
    }
}

/// The first argument of the function running in `f` (Null when it has none, or when it
/// was deleted), as zero-argument `super()` sees it.
pub(crate) fn frame_first_arg(f: &Frame) -> Value {
    let code = &f.code;
    if code.argcount > 0 || code.flags & code_flags::VARARGS != 0 {
        // The first argument may have moved into a cell.
        match code.cell2arg.iter().position(|a| *a == Some(0)) {
            Some(ci) => match f.stack[code.varnames.len() + ci].payload() {
                Some(Payload::Cell(c)) => c.borrow().clone(),
                _ => Value::Null,
            },
            None => f.stack.first().cloned().unwrap_or(Value::Null),
        }
    } else {
        Value::Null
    }
}

/// The contents of `f`'s `__class__` cell (Null when empty) and whether it has one.
pub(crate) fn frame_class_cell(f: &Frame) -> (Value, bool) {
    let code = &f.code;
    match code
        .freevars
        .iter()
        .position(|n| n.payload_str() == "__class__")
    {
        Some(i) => {
            let slot = code.varnames.len() + code.cellvars.len() + i;
            match f.stack.get(slot).and_then(|v| v.payload()) {
                Some(Payload::Cell(c)) => (c.borrow().clone(), true),
                _ => (Value::Null, true),
            }
        }
        None => (Value::Null, false),
    }
}

fn caller_info(f: &Frame) -> CallerInfo {
    let code = &f.code;
    let first_arg = frame_first_arg(f);
    let (class_cell, has) = frame_class_cell(f);
    CallerInfo {
        globals: f.globals.clone(),
        locals: f.locals.clone(),
        first_arg,
        has_args: code.argcount > 0,
        class_cell,
        has_class_cell: has,
        code: f.code.clone(),
        lasti: f.pc.saturating_sub(1) as u32,
    }
}

/// A dict of a function frame's bound local variables (what `locals()` returns).
pub fn locals_snapshot(f: &Frame) -> Value {
    let d = dictobj::new_dict();
    if let Some(dd) = dictobj::as_dict(&d) {
        let code = &f.code;
        let nv = code.varnames.len();
        for (i, n) in code.varnames.iter().enumerate() {
            // An argument that is also a cell keeps its place (as in CPython).
            if let Some(j) = code.cell2arg.iter().position(|a| *a == Some(i as u32)) {
                if let Some(Payload::Cell(c)) = f.stack.get(nv + j).and_then(|v| v.payload()) {
                    let v = c.borrow().clone();
                    if !v.is_null() {
                        dd.set_str(n.clone(), v);
                    }
                }
                continue;
            }
            if let Some(v) = f.stack.get(i) {
                if !v.is_null() {
                    dd.set_str(n.clone(), v.clone());
                }
            }
        }
        for (j, n) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
            if code.cell2arg.get(j).is_some_and(|a| a.is_some()) {
                continue;
            }
            if let Some(Payload::Cell(c)) = f.stack.get(nv + j).and_then(|v| v.payload()) {
                let v = c.borrow().clone();
                if !v.is_null() {
                    dd.set_str(n.clone(), v);
                }
            }
        }
    }
    d
}

/// The cached `__new__`/`__init__` of the builtin type `cls` (see `PyType::builtin_ctor`).
pub(crate) fn builtin_ctor<'a>(cls: &PyRef, td: &'a types::PyType) -> &'a types::BuiltinCtor {
    td.builtin_ctor.get_or_init(|| {
        let get = |name| types::lookup_str(cls, name).unwrap_or(Value::Null);
        let (new, init) = (get("__new__"), get("__init__"));
        let new_fn = match new.payload() {
            Some(Payload::StaticMethod(f)) => f.borrow().clone(),
            _ => new.clone(),
        };
        let init_fn = match init.payload() {
            _ if is_object_init(&init) => Some(None),
            Some(Payload::MethodDescr(nf))
                if nf.self_.is_null() && nf.flags & native_flags::NEEDS_FRAME == 0 =>
            {
                Some(Some(nf.func))
            }
            _ => None,
        };
        let direct = match (new_fn.payload(), init_fn) {
            (Some(Payload::NativeFunction(nf)), Some(init_fn))
                if nf.self_.is_null()
                    && nf.flags & native_flags::NEEDS_FRAME == 0
                    && !is_object_new_fn(nf)
                    && !td.has_flag(type_flags::ABSTRACT)
                    // (both read the calling frame: see call_from_frame_in)
                    && !Rc::ptr_eq(cls, &types().type_)
                    && !Rc::ptr_eq(cls, &types().super_) =>
            {
                Some((nf.func, init_fn))
            }
            _ => None,
        };
        let t = types();
        let counted = [&t.int, &t.complex, &t.bytes]
            .iter()
            .any(|c| Rc::ptr_eq(cls, c));
        types::BuiltinCtor {
            new,
            init,
            direct,
            counted,
        }
    })
}

fn is_object_new_fn(nf: &NativeFunc) -> bool {
    nf.owner == Some("object") && nf.name == "__new__"
}

pub(crate) fn is_object_new(n: &PyRef) -> bool {
    match &n.payload {
        Payload::StaticMethod(f) => match f.borrow().payload() {
            Some(Payload::NativeFunction(nf)) => nf.owner == Some("object") && nf.name == "__new__",
            _ => false,
        },
        Payload::NativeFunction(nf) => nf.owner == Some("object") && nf.name == "__new__",
        _ => false,
    }
}

pub(crate) fn is_object_init(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::MethodDescr(nf)) => nf.owner == Some("object") && nf.name == "__init__",
        _ => false,
    }
}

/// The `__new__` and `__init__` of heap type `cls`, cached per type version (a class with
/// no `__init__` of its own, `class E(Exception): pass` say, is called the general way).
/// Also says whether they are object's own.
fn heap_ctor(cls: &PyRef, td: &types::PyType) -> (Option<Value>, Option<Value>, bool, bool) {
    let version = td.version.get();
    {
        let c = td.ctor_cache.borrow();
        if c.0 == version {
            if let (Some(n), Some(i)) = (c.1.upgrade(), c.2.upgrade()) {
                let flags = c.3;
                return (
                    Some(Value::Obj(n)),
                    Some(Value::Obj(i)),
                    flags & 1 != 0,
                    flags & 2 != 0,
                );
            }
        }
    }
    let new = types::lookup_str(cls, "__new__");
    let init = types::lookup_str(cls, "__init__");
    let new_is_object = matches!(&new, Some(Value::Obj(n)) if is_object_new(n));
    let init_is_object = init.as_ref().is_some_and(is_object_init);
    if let (Some(Value::Obj(n)), Some(Value::Obj(i))) = (&new, &init) {
        *td.ctor_cache.borrow_mut() = (
            version,
            Rc::downgrade(n),
            Rc::downgrade(i),
            new_is_object as u8 | (init_is_object as u8) << 1,
        );
    }
    (new, init, new_is_object, init_is_object)
}

/// The `__init__` function a call of the plain class `cls` can run as an inline frame (after
/// `object.__new__`), or None when the call must go the general way.
fn inline_init(cls: &PyRef, td: &types::PyType) -> Option<PyRef> {
    if !td.is_heap() || td.has_flag(type_flags::ABSTRACT) {
        return None;
    }
    match types::lookup_str(cls, "__new__") {
        Some(Value::Obj(n)) if is_object_new(&n) => {}
        _ => return None,
    }
    match types::lookup_str(cls, "__init__") {
        Some(Value::Obj(i)) if matches!(&i.payload, Payload::Function(f) if !f.code.is_generator_like()) => {
            Some(i)
        }
        _ => None,
    }
}

/// Whether a builtin dunder is a slot wrapper in CPython (its errors and repr are worded
/// differently from those of ordinary methods that merely have dunder names).
pub fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return false;
    }
    let method = match name {
        "__format__" | "__sizeof__" | "__getnewargs__" | "__enter__" | "__exit__"
        | "__reduce__" | "__reduce_ex__" | "__dir__" | "__bytes__" | "__round__" | "__trunc__"
        | "__floor__" | "__ceil__" | "__reversed__" | "__length_hint__" | "__setstate__"
        | "__getstate__" | "__copy__" | "__deepcopy__" | "__complex__" | "__alloc__"
        | "__getformat__" | "__subclasses__" | "__instancecheck__" | "__subclasscheck__"
        | "__class_getitem__" | "__init_subclass__" | "__subclasshook__" => true,
        "__getitem__" => matches!(owner, "list" | "dict"),
        "__contains__" => matches!(owner, "dict" | "set" | "frozenset"),
        _ => false,
    };
    !method
}
