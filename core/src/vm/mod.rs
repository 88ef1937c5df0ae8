//! The virtual machine: interpreter state, error construction and the public protocol
//! (attribute access, calls, comparisons, iteration) used by builtins and modules.
//!
//! Split by concern: `eval` (the dispatch loop), `call` (calls and argument binding),
//! `attr` (attribute access and descriptors), `proto` (repr/str/hash/compare/iter/...).

pub(crate) mod attr;
pub(crate) mod call;
pub use call::is_slot_wrapper;
pub use proto::is_builtin_class;
mod eval;
mod import;
mod proto;

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::Code;
use crate::frame::Frame;
use crate::object::*;
use crate::types::{self, intern, new_obj, types, PyType};

pub use call::locals_snapshot;
pub use call::ArgSpec;
pub use eval::Exit;

pub fn is_object_init_pub(v: &Value) -> bool {
    call::is_object_init(v)
}

pub fn is_object_new_pub(n: &PyRef) -> bool {
    call::is_object_new(n)
}

/// A raised Python exception (the exception instance).
#[derive(Clone)]
pub struct PyErr(pub PyRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "PyErr({})",
            types::type_data(&self.0.class())
                .map(|t| t.name())
                .unwrap_or_default()
        )
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// Host-provided settings for an interpreter.
#[derive(Clone, Debug)]
pub struct Config {
    pub argv: Vec<String>,
    /// Directories searched for imports, in order.
    pub path: Vec<String>,
    pub recursion_limit: u32,
    /// Soft memory limit in bytes (MemoryError past it), if any.
    pub max_memory: Option<usize>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            argv: vec![String::new()],
            path: Vec::new(),
            recursion_limit: 1000,
            max_memory: None,
        }
    }
}

/// Information about the calling frame, passed to natives flagged NEEDS_FRAME.
#[derive(Clone)]
pub struct CallerInfo {
    pub globals: PyRef,
    pub locals: Value,
    /// The first argument of the calling function (for zero-argument super()).
    pub first_arg: Value,
    /// Whether the calling function takes positional parameters (zero-argument super()).
    pub has_args: bool,
    /// The `__class__` cell contents of the calling function.
    pub class_cell: Value,
    pub has_class_cell: bool,
    /// The calling frame's code and current instruction (for sys._getframe).
    pub code: Rc<Code>,
    pub lasti: u32,
}

pub struct Vm {
    /// Suspended callers of the frames being run by `execute`.
    pub frames: Vec<Box<Frame>>,
    /// Frames blocked in a call out of the dispatch loop (a native, `f(*a, **k)`, a
    /// generator resumed by `for`), innermost last, each with `frames.len()` at that time:
    /// the frames `execute` does not hold in `frames`. Only `outcall` pushes here, and it
    /// pops the entry before the shared borrow the pointer comes from ends.
    outcalls: Vec<(*const Frame, usize)>,
    /// Recycled frames, boxed so that taking one out moves a pointer, not a frame.
    #[allow(clippy::vec_box)]
    frame_pool: Vec<Box<Frame>>,
    /// Python frames currently alive (for the recursion limit).
    pub depth: u32,
    pub recursion_limit: u32,
    /// Exceptions being handled (innermost last): sys.exc_info() and implicit chaining.
    pub handled: Vec<Value>,
    pub builtins: PyRef,
    pub builtins_dict: PyRef,
    pub sys_modules: PyRef,
    /// Source modules whose code is running (their import has not finished): "partially
    /// initialized" in the error of `from m import name`.
    pub initializing: Vec<PyRef>,
    pub sys: PyRef,
    pub config: Config,
    /// Source lines of files and strings compiled, for tracebacks.
    /// Source lines by file name. A fixed hasher: a std `RandomState` would draw its keys from
    /// WASI during `crate::preinit`, which must make no WASI call.
    pub linecache: HashMap<String, Rc<Vec<String>>, crate::types::NameBuildHasher>,
    /// Buffered stdout bytes.
    pub stdout_buf: Vec<u8>,
    pub caller: Option<CallerInfo>,
    /// Set when the next unwind is a re-raise (no new traceback entry).
    reraising: bool,
    /// An exception thrown into a generator (`throw()`): the frames it unwinds do not chain
    /// it to their handled exceptions (CPython chains it only to the generator's own handled
    /// exception); cleared by the next `raise` statement.
    pub thrown: Option<PyRef>,
    /// Counts backward jumps and calls; checked periodically for limits.
    pub ticks: u32,
    /// Native (Rust-level) re-entry depth.
    pub native_depth: u32,
    /// Nested runs of the frame loop (Python called back from native code) and their limit.
    pub reentry: u32,
    pub max_reentry: u32,
    /// Objects with `__del__` awaiting their last reference to drop.
    pub finalizable: Vec<PyRef>,
    /// Exceptions raised inside except* handlers (collected for the final re-raise).
    pub star_raised: Vec<Vec<Value>>,
    /// Module registry for builtin modules written in Rust.
    pub module_defs: &'static [crate::modules::ModuleDef],
    pub main_module: Option<PyRef>,
    /// `_sitebuiltins` (exit, quit, help, ...) has been imported.
    pub site_loaded: bool,
    /// Objects whose repr is being computed (for `[...]` on recursion).
    pub repr_guard: Vec<usize>,
    /// The green thread (`_tasklet`) being run: its root's `reentry` level and `frames` base.
    pub tasklet: Option<(u32, usize)>,
    /// Set by `_tasklet.suspend()`: the error it returns suspends the tasklet's frames.
    pub suspending: bool,
}

impl Vm {
    pub fn new(config: Config) -> Vm {
        Vm::build(config, max_reentry())
    }

    /// The interpreter `crate::preinit` builds: no WASI call (the nesting budget, which
    /// comes from the environment, is set by `reconfigure`).
    pub fn new_preinit() -> Vm {
        Vm::build(Config::default(), 0)
    }

    fn build(config: Config, max_reentry: u32) -> Vm {
        let t = types();
        let builtins_dict = types::new_dict_ref();
        let builtins =
            crate::objects::moduleobj::new_module_with_dict("builtins", builtins_dict.clone());
        let sys_modules = types::new_dict_ref();
        let sys = crate::objects::moduleobj::new_module("sys");
        for m in [&builtins, &sys] {
            crate::objects::moduleobj::module_set(
                m,
                "__package__",
                crate::objects::strobj::new_str(String::new()),
            );
        }
        let _ = t;
        let mut vm = Vm {
            frames: Vec::new(),
            outcalls: Vec::new(),
            frame_pool: Vec::new(),
            depth: 0,
            recursion_limit: config.recursion_limit,
            handled: Vec::new(),
            builtins,
            builtins_dict,
            sys_modules,
            initializing: Vec::new(),
            sys,
            config,
            linecache: HashMap::default(),
            stdout_buf: Vec::new(),
            caller: None,
            reraising: false,
            thrown: None,
            ticks: 0,
            native_depth: 0,
            reentry: 0,
            max_reentry,
            finalizable: Vec::new(),
            star_raised: Vec::new(),
            module_defs: crate::modules::MODULES,
            main_module: None,
            site_loaded: false,
            repr_guard: Vec::new(),
            tasklet: None,
            suspending: false,
        };
        crate::builtins::init(&mut vm);
        crate::modules::sys::init(&mut vm);
        vm
    }

    /// Gives an interpreter built with another configuration (by `crate::preinit`) this
    /// one: what `Vm::new` takes from the configuration is replaced.
    pub fn reconfigure(&mut self, config: Config) {
        self.max_reentry = max_reentry();
        self.recursion_limit = config.recursion_limit;
        self.config = config;
        let sys = self.sys.clone();
        crate::modules::sys::set_argv_and_path(self, &sys);
    }

    // ----- errors -----

    /// Creates an exception instance of `cls` with the given args.
    pub fn new_exception(&mut self, cls: &PyRef, args: Vec<Value>) -> PyErr {
        PyErr(crate::exceptions::new_exception_obj(cls, args))
    }

    pub fn new_exception_msg(&mut self, cls: &PyRef, msg: impl Into<String>) -> PyErr {
        let m = crate::objects::strobj::new_str(msg.into());
        self.new_exception(cls, vec![m])
    }

    pub fn new_type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.type_error, msg)
    }
    pub fn new_value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.value_error, msg)
    }
    pub fn new_index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.index_error, msg)
    }
    pub fn new_key_error(&mut self, key: Value) -> PyErr {
        self.new_exception(&types().exc.key_error, vec![key])
    }
    pub fn new_attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.attribute_error, msg)
    }
    pub fn new_name_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.name_error, msg)
    }
    pub fn new_zero_division_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.zero_division_error, msg)
    }
    pub fn new_overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.overflow_error, msg)
    }
    pub fn new_runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.runtime_error, msg)
    }
    pub fn new_recursion_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.recursion_error, msg)
    }
    pub fn new_memory_error(&mut self) -> PyErr {
        self.new_exception(&types().exc.memory_error, vec![])
    }
    pub fn new_not_implemented_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.not_implemented_error, msg)
    }
    pub fn new_os_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.os_error, msg)
    }
    pub fn new_stop_iteration(&mut self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(&types().exc.stop_iteration, args)
    }
    pub fn new_unicode_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&types().exc.unicode_error, msg)
    }
    pub fn new_import_error(&mut self, msg: impl Into<String>, name: Option<&str>) -> PyErr {
        let e = self.new_exception_msg(&types().exc.import_error, msg);
        if let Some(n) = name {
            crate::exceptions::set_attr_raw(
                &e.0,
                "name",
                crate::objects::strobj::new_str(n.to_string()),
            );
        }
        e
    }

    /// Does the exception match the class (or a tuple of classes)?
    pub fn exception_matches(&mut self, exc: &PyErr, cls: &PyRef) -> bool {
        types::is_subtype(&exc.0.class(), cls)
    }

    // ----- helpers -----

    pub fn intern(&self, s: &str) -> PyRef {
        intern(s)
    }

    pub fn none(&self) -> Value {
        Value::None
    }

    pub fn not_implemented(&self) -> Value {
        types().not_implemented.clone()
    }

    pub fn is_not_implemented(v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::NotImplemented))
    }

    /// Runs `g` (a call out of the dispatch loop) with `f` visible to `frame_stack` as the
    /// calling frame.
    #[inline]
    pub(crate) fn outcall<R>(&mut self, f: &Frame, g: impl FnOnce(&mut Vm) -> R) -> R {
        self.outcalls.push((f as *const Frame, self.frames.len()));
        let r = g(self);
        self.outcalls.pop();
        r
    }

    /// The Python frames of the running thread, outermost first; the last one is the frame
    /// that called the running native function (when it was called from the loop).
    pub fn frame_stack(&self) -> Vec<&Frame> {
        let mut out = Vec::with_capacity(self.frames.len() + self.outcalls.len());
        let mut prev = 0;
        for &(p, len) in &self.outcalls {
            let len = len.min(self.frames.len());
            out.extend(self.frames[prev.min(len)..len].iter().map(|b| &**b));
            // SAFETY: `outcall` pushed `p` from a `&Frame` that stays borrowed until it pops
            // the entry, so the frame is alive and not mutated while the entry exists; the
            // returned references borrow `self`, so no entry can be popped meanwhile.
            out.push(unsafe { &*p });
            prev = len;
        }
        out.extend(
            self.frames[prev.min(self.frames.len())..]
                .iter()
                .map(|b| &**b),
        );
        out
    }

    /// Gets a frame (recycled when possible).
    #[inline(always)]
    pub(crate) fn alloc_frame(
        &mut self,
        code: &Rc<Code>,
        globals: &PyRef,
        builtins: &PyRef,
        locals: Value,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, builtins, locals);
                f
            }
            None => Box::new(Frame::new(
                code.clone(),
                globals.clone(),
                builtins.clone(),
                locals,
            )),
        }
    }

    #[inline(always)]
    pub(crate) fn release_frame(&mut self, mut f: Box<Frame>) {
        f.clear_values();
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(f);
        }
    }

    /// The builtins dict to use for code running with `globals`.
    pub fn builtins_for(&self, globals: &PyRef) -> PyRef {
        if let Payload::Dict(d) = &globals.payload {
            if let Some(Value::Obj(b)) = d.get_rust_str("__builtins__") {
                match &b.payload {
                    Payload::Dict(_) => return b,
                    Payload::Module(_) => {
                        if let Some(bd) = b.dict() {
                            return bd.clone();
                        }
                    }
                    _ => {}
                }
            }
        }
        self.builtins_dict.clone()
    }

    /// Runs a code object as a module body in `globals`.
    pub fn run_code(
        &mut self,
        code: &Rc<Code>,
        globals: &PyRef,
        locals: Option<Value>,
    ) -> PyResult<Value> {
        let builtins = self.builtins_for(globals);
        let locals = locals.unwrap_or_else(|| Value::Obj(globals.clone()));
        let mut f = self.alloc_frame(code, globals, &builtins, locals);
        f.handled_base = self.handled.len();
        self.run_frame(f)
    }

    /// Records source lines for tracebacks.
    pub fn cache_source(&mut self, filename: &str, src: &str) {
        self.linecache.insert(
            filename.to_string(),
            Rc::new(crate::parser::split_lines(src)),
        );
    }

    /// Compiles source, turning a syntax error into a Python SyntaxError.
    pub fn compile(
        &mut self,
        src: &str,
        filename: &str,
        mode: crate::compiler::Mode,
    ) -> PyResult<Rc<Code>> {
        let lines = Rc::new(crate::parser::split_lines(src));
        self.linecache.insert(filename.to_string(), lines.clone());
        let r = crate::compiler::compile_source_lines(src, filename, mode, &lines);
        crate::exceptions::emit_compile_warnings(self)?;
        match r {
            Ok(c) => Ok(c),
            Err(e) => Err(crate::exceptions::syntax_error_to_exc(self, e)),
        }
    }

    /// Flushes buffered stdout.
    pub fn flush_stdout(&mut self) {
        if !self.stdout_buf.is_empty() {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.stdout_buf);
            let _ = out.flush();
            self.stdout_buf.clear();
        }
    }

    /// Writes text to sys.stdout.
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        crate::modules::sys::write_stdout(self, s)
    }

    /// Checks the Python recursion limit before entering a frame.
    #[inline]
    pub fn enter_call(&mut self) -> PyResult<()> {
        // Rust-level recursion (repr, comparisons) counts too, as in CPython.
        if self.depth + self.native_depth >= self.recursion_limit {
            return Err(self.new_recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        Ok(())
    }

    #[inline]
    pub fn leave_call(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Guards Rust-level recursion (repr of nested containers, comparisons, ...).
    pub fn enter_native(&mut self, what: &str) -> PyResult<()> {
        if self.native_depth >= self.recursion_limit.min(2000)
            || self.depth + self.native_depth >= self.recursion_limit
        {
            return Err(
                self.new_recursion_error(format!("maximum recursion depth exceeded{}", what))
            );
        }
        self.native_depth += 1;
        Ok(())
    }

    /// One recursion-limit unit that costs no Rust stack (a class call run as an inline
    /// frame): only the combined limit applies, not the native-depth cap.
    pub fn enter_unit(&mut self, what: &str) -> PyResult<()> {
        if self.depth + self.native_depth >= self.recursion_limit {
            return Err(
                self.new_recursion_error(format!("maximum recursion depth exceeded{}", what))
            );
        }
        self.native_depth += 1;
        Ok(())
    }

    pub fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    /// Periodic check for the soft memory limit.
    #[inline]
    pub fn check_limits(&mut self) -> PyResult<()> {
        if crate::gc::should_collect() {
            crate::gc::collect(self);
        }
        if crate::alloc::over_limit() {
            crate::alloc::clear_exhausted();
            return Err(self.new_memory_error());
        }
        Ok(())
    }

    /// Would allocating `bytes` more exceed the soft limit? (Pre-check for big operations.)
    pub fn check_alloc(&mut self, bytes: usize) -> PyResult<()> {
        // Past isize::MAX no allocator can serve it (Vec would panic on the capacity).
        if bytes > isize::MAX as usize || crate::alloc::would_exceed(bytes) {
            return Err(self.new_memory_error());
        }
        // Without a soft limit (native runs) a request the system cannot grant would abort
        // the process: try a large one first.
        if bytes >= 1 << 30 && crate::alloc::limit() == usize::MAX {
            let mut probe: Vec<u8> = Vec::new();
            if probe.try_reserve_exact(bytes).is_err() {
                crate::alloc::clear_exhausted();
                return Err(self.new_memory_error());
            }
        }
        Ok(())
    }

    /// The length of a new sequence of `count` items of `elem` bytes each (a repeat count or
    /// size from Python; negative counts are 0): MemoryError when it cannot be allocated.
    pub fn alloc_count(&mut self, count: i64, elem: usize) -> PyResult<usize> {
        let n = usize::try_from(count.max(0)).map_err(|_| self.new_memory_error())?;
        let bytes = n
            .checked_mul(elem.max(1))
            .ok_or_else(|| self.new_memory_error())?;
        self.check_alloc(bytes)?;
        Ok(n)
    }

    /// Runs `__del__` of finalizable objects whose only reference is ours.
    pub fn run_finalizers(&mut self) {
        if self.finalizable.is_empty() {
            return;
        }
        loop {
            // The objects only this list holds, in creation order: objects that die
            // together are finalized in that order (a frame's locals, an instance's
            // attributes, as in CPython).
            let mut dead = Vec::new();
            self.finalizable.retain(|o| {
                if Rc::strong_count(o) == 1 {
                    dead.push(o.clone());
                    false
                } else {
                    true
                }
            });
            let released = crate::object::RELEASED
                .try_with(|r| std::mem::take(&mut *r.borrow_mut()))
                .unwrap_or_default();
            if dead.is_empty() {
                break;
            }
            if !released.is_empty() && dead.len() > 1 {
                reorder_released(&mut dead, &released);
            }
            for obj in dead {
                let v = Value::Obj(obj);
                if let Some(del) = types::lookup_str(&types::class_of(&v), "__del__") {
                    if let Err(e) = self.call_special(&del, &v, &[]) {
                        crate::exceptions::write_unraisable(self, &e, "Exception ignored in", &del);
                    }
                }
                // Drops the object and runs its weak reference callbacks.
                if let Value::Obj(o) = v {
                    crate::modules::weakref::object_died(self, o);
                }
            }
        }
    }
}

/// Puts the objects of `dead` that a dying list or tuple released in the order it released
/// them (`released`, addresses), keeping the other objects where they are.
fn reorder_released(dead: &mut [PyRef], released: &[usize]) {
    let order: HashMap<usize, usize> = released.iter().enumerate().map(|(i, &p)| (p, i)).collect();
    let rank = |o: &PyRef| order.get(&(Rc::as_ptr(o) as usize)).copied();
    let slots: Vec<usize> = (0..dead.len())
        .filter(|&i| rank(&dead[i]).is_some())
        .collect();
    if slots.len() < 2 {
        return;
    }
    let mut objs: Vec<PyRef> = slots.iter().map(|&i| dead[i].clone()).collect();
    objs.sort_by_key(|o| rank(o));
    for (i, o) in slots.into_iter().zip(objs) {
        dead[i] = o;
    }
}

impl Vm {
    /// At exit CPython frees what is left (module globals, cycles) with the globals still
    /// in place: the `__del__` of every object still alive runs then (see `gc::exit_order`).
    pub fn finalize_at_exit(&mut self) {
        self.run_finalizers();
        let left = std::mem::take(&mut self.finalizable);
        for obj in crate::gc::exit_order(self.main_module.as_ref(), left) {
            let v = Value::Obj(obj);
            if matches!(v.payload(), Some(Payload::Generator(_))) {
                if let Err(e) = self.call_method(&v, "close", &[]) {
                    crate::exceptions::write_unraisable(self, &e, "Exception ignored in", &v);
                }
            } else if let Some(del) = types::lookup_str(&types::class_of(&v), "__del__") {
                if let Err(e) = self.call_special(&del, &v, &[]) {
                    crate::exceptions::write_unraisable(self, &e, "Exception ignored in", &del);
                }
            }
        }
    }

    pub fn type_data<'a>(&self, o: &'a PyObject) -> Option<&'a PyType> {
        types::type_data(o)
    }

    /// Allocates an object of a builtin payload with the builtin class.
    pub fn new_obj(&self, cls: &PyRef, payload: Payload) -> Value {
        new_obj(cls, payload)
    }
}

/// How many times the frame loop may be entered inside itself (Python code called back from
/// native code: a `key=` function, a dunder run by a builtin, a generator resumed by `list()`)
/// before RecursionError. Each level costs a few KiB of the interpreter's Rust frames and
/// the wasm call stack has a fixed size: wasmtime's `max_wasm_stack`, 512 KiB by default,
/// which the wasipy host (which sets it larger) passes in `WASIPY_WASM_STACK`.
fn max_reentry() -> u32 {
    const PER_LEVEL: usize = 5 << 10;
    let default = if cfg!(target_family = "wasm") {
        512 << 10
    } else {
        8 << 20
    };
    let stack = std::env::var("WASIPY_WASM_STACK")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(default);
    (stack / PER_LEVEL).clamp(50, 1_000_000) as u32
}
