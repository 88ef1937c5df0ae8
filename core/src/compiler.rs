//! Compiler: AST to code objects. Each function, class body, lambda and comprehension gets
//! its own code object; names are resolved through the symbol table.

use std::collections::HashMap;
use std::rc::Rc;

use crate::ast::*;
use crate::bytecode::{code_flags, make_fn, Code, CompareKind, Loc, Op};
use crate::error::{SyntaxErr, SyntaxKind};
use crate::lexer::Pos;
use crate::object::Value;
use crate::parser;
use crate::symtable::{self, mangle, ScopeKind, SymScope, SymbolTable};
use crate::types::intern;

/// What the source is compiled as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec`.
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// Interactive statement: expression values are printed.
    Single,
    /// The main script, read as a file (only error locations at end of input differ).
    File,
    /// Like `Exec`, but the value of a final expression statement is returned (else None):
    /// the session ABI's `exec` with a result.
    ExecLast,
}

/// Compiles source text to a code object.
pub fn compile_source(src: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, SyntaxErr> {
    let lines = parser::split_lines(src);
    let fix = |mut e: SyntaxErr| {
        if e.filename.is_empty() {
            e.filename = filename.to_string();
        }
        e
    };
    match mode {
        Mode::Eval => {
            let e = parser::parse_expression(src, filename)?;
            let st = symtable::build_expr(&e, &lines, filename).map_err(fix)?;
            let mut c = Compiler::new(&st, filename, &lines);
            c.enter_unit(0, "<module>", "<module>", 1);
            c.expr(&e).map_err(fix)?;
            c.emit(Op::Return);
            Ok(c.finish_unit())
        }
        Mode::Exec | Mode::File | Mode::ExecLast => {
            let body = if mode == Mode::File { parser::parse_file(src, filename)? } else { parser::parse_module(src, filename)? };
            compile_module(&body, filename, &lines, mode).map_err(fix)
        }
        Mode::Single => {
            let body = parser::parse_interactive(src, filename)?;
            compile_module(&body, filename, &lines, mode).map_err(fix)
        }
    }
}

pub fn compile_module(body: &[Stmt], filename: &str, lines: &[String], mode: Mode) -> Result<Rc<Code>, SyntaxErr> {
    let st = symtable::build(body, lines, filename)?;
    let mut c = Compiler::new(&st, filename, lines);
    c.interactive = mode == Mode::Single;
    c.enter_unit(0, "<module>", "<module>", 1);
    let has_annotations = body.iter().any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. }));
    if has_annotations {
        c.emit(Op::SetupAnnotations);
    }
    match body.split_last() {
        Some((Stmt { kind: StmtKind::Expr(e), span }, init)) if mode == Mode::ExecLast => {
            c.body_with_docstring(init, true)?;
            c.loc = span_loc(*span);
            c.expr(e)?;
        }
        _ => {
            c.body_with_docstring(body, true)?;
            c.load_const(Value::None);
        }
    }
    c.emit(Op::Return);
    Ok(c.finish_unit())
}

/// What a frame-block on the compiler's stack needs when control leaves it early.
#[derive(Clone)]
enum FBlock<'a> {
    While { start: usize, breaks: Vec<usize> },
    For { start: usize, breaks: Vec<usize> },
    TryExcept,
    FinallyTry(&'a [Stmt]),
    /// In the exceptional path of a finally body or an except handler: the exception is on
    /// the stack and a Handler block is active. `name` is bound for `except ... as name`.
    Handler { name: Option<String>, named_cleanup: bool },
    With { is_async: bool },
    /// A value on the stack that must be popped (e.g. the match subject).
    PopValue,
}

struct Unit<'a> {
    scope: usize,
    ops: Vec<Op>,
    locs: Vec<Loc>,
    consts: Vec<Value>,
    const_index: HashMap<String, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    name: String,
    qualname: String,
    firstlineno: u32,
    fblocks: Vec<FBlock<'a>>,
    private: Option<String>,
    class_cell: Option<u32>,
}

pub struct Compiler<'a> {
    st: &'a SymbolTable,
    units: Vec<Unit<'a>>,
    filename: String,
    lines: &'a [String],
    loc: Loc,
    interactive: bool,
    depth: u32,
}

fn span_loc(s: Span) -> Loc {
    Loc { line: s.start.line, end_line: s.end.line, col: s.start.col, end_col: s.end.col }
}

impl<'a> Compiler<'a> {
    fn new(st: &'a SymbolTable, filename: &str, lines: &'a [String]) -> Compiler<'a> {
        Compiler {
            st,
            units: Vec::new(),
            filename: filename.to_string(),
            lines,
            loc: Loc { line: 1, end_line: 1, col: 0, end_col: 0 },
            interactive: false,
            depth: 0,
        }
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always active while compiling")
    }

    fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always active while compiling")
    }

    fn scope(&self) -> &'a symtable::Scope {
        let st: &'a SymbolTable = self.st;
        &st.scopes[self.ur().scope]
    }

    fn err(&self, msg: impl Into<String>, span: Span) -> SyntaxErr {
        SyntaxErr::at_node(SyntaxKind::Syntax, msg, span, self.lines, &self.filename)
    }

    fn enter_unit(&mut self, scope: usize, name: &str, qualname: &str, firstlineno: u32) {
        let sc = &self.st.scopes[scope];
        let private = if sc.kind == ScopeKind::Class {
            Some(sc.name.clone())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let mut u = Unit {
            scope,
            ops: Vec::new(),
            locs: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            name: name.to_string(),
            qualname: qualname.to_string(),
            firstlineno,
            fblocks: Vec::new(),
            private,
            class_cell: None,
        };
        if sc.is_function_like() {
            u.varnames = sc.params.clone();
            for n in &sc.names {
                let s = &sc.symbols[n];
                if s.scope == SymScope::Local && !u.varnames.contains(n) {
                    u.varnames.push(n.clone());
                }
            }
            u.flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if sc.is_generator && sc.is_coroutine {
                u.flags |= code_flags::ASYNC_GENERATOR;
            } else if sc.is_generator {
                u.flags |= code_flags::GENERATOR;
            } else if sc.is_coroutine {
                u.flags |= code_flags::COROUTINE;
            }
        }
        let mut cells: Vec<String> = sc.names.iter().filter(|n| sc.symbols[*n].scope == SymScope::Cell).cloned().collect();
        if sc.kind == ScopeKind::Class && sc.needs_class_cell {
            cells.push("__class__".into());
        }
        cells.sort();
        let mut frees: Vec<String> = sc
            .names
            .iter()
            .filter(|n| {
                let s = &sc.symbols[*n];
                s.scope == SymScope::Free || (sc.kind == ScopeKind::Class && s.flags & 0x1000 != 0)
            })
            .cloned()
            .collect();
        frees.sort();
        if sc.kind == ScopeKind::Class {
            u.class_cell = cells.iter().position(|c| c == "__class__").map(|i| i as u32);
        }
        u.cellvars = cells;
        u.freevars = frees;
        if u.freevars.is_empty() && u.cellvars.is_empty() {
            u.flags |= code_flags::NOFREE;
        }
        if self.units.len() > 0 && sc.is_function_like() {
            u.flags |= code_flags::NESTED;
        }
        self.units.push(u);
    }

    fn finish_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().expect("finish_unit with an active unit");
        let stacksize = stack_estimate(&u.ops);
        let varnames: Vec<_> = u.varnames.iter().map(|s| intern(s)).collect();
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                let sc = &self.st.scopes[u.scope];
                sc.params.iter().position(|p| p == c).map(|i| i as u32)
            })
            .collect();
        let class_cell = if self.st.scopes[u.scope].is_function_like() {
            u.freevars.iter().position(|f| f == "__class__").map(|i| (u.cellvars.len() + i) as u32)
        } else {
            u.class_cell
        };
        let nops = u.ops.len();
        Rc::new(Code {
            ops: u.ops,
            locs: u.locs,
            consts: u.consts,
            names: u.names.iter().map(|s| intern(s)).collect(),
            varnames,
            cellvars: u.cellvars.iter().map(|s| intern(s)).collect(),
            freevars: u.freevars.iter().map(|s| intern(s)).collect(),
            cell2arg,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            stacksize,
            name: intern(&u.name),
            qualname: intern(&u.qualname),
            filename: intern(&self.filename),
            firstlineno: u.firstlineno,
            class_cell,
            global_cache: (0..u.names.len()).map(|_| std::cell::Cell::new(Default::default())).collect(),
            attr_cache: (0..nops).map(|_| std::cell::RefCell::new(Default::default())).collect(),
        })
    }

    // ----- emission -----

    fn emit(&mut self, op: Op) -> usize {
        let loc = self.loc;
        let u = self.u();
        u.ops.push(op);
        u.locs.push(loc);
        u.ops.len() - 1
    }

    fn here(&self) -> usize {
        self.ur().ops.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let op = &mut self.u().ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(t),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::PopJumpIfNone(_) => Op::PopJumpIfNone(t),
            Op::PopJumpIfNotNone(_) => Op::PopJumpIfNotNone(t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::SetupExcept(_) => Op::SetupExcept(t),
            Op::SetupWith(_) => Op::SetupWith(t),
            Op::Send(_) => Op::Send(t),
            other => other,
        };
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn add_const(&mut self, v: Value, key: Option<String>) -> u32 {
        let u = self.u();
        if let Some(k) = &key {
            if let Some(&i) = u.const_index.get(k) {
                return i;
            }
        }
        u.consts.push(v);
        let i = (u.consts.len() - 1) as u32;
        if let Some(k) = key {
            u.const_index.insert(k, i);
        }
        i
    }

    fn load_const(&mut self, v: Value) {
        let key = match &v {
            Value::None => Some("N".to_string()),
            Value::Bool(b) => Some(format!("B{}", b)),
            Value::Int(i) => Some(format!("I{}", i)),
            Value::Float(f) => Some(format!("F{:?}{}", f.to_bits(), f.is_sign_negative())),
            Value::Obj(o) => match &o.payload {
                crate::object::Payload::Str(s) => Some(format!("S{}", s.as_str())),
                _ => None,
            },
            Value::Null => None,
        };
        let i = self.add_const(v, key);
        self.emit(Op::LoadConst(i));
    }

    fn load_str(&mut self, s: &str) {
        self.load_const(Value::Obj(intern(s)));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        u.names.push(name.to_string());
        let i = (u.names.len() - 1) as u32;
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    // ----- names -----

    fn name_op(&mut self, name: &str, ctx: Ctx) {
        let name = self.mangled(name);
        let sc = self.scope();
        let scope = sc.scope_of(&name);
        let kind = sc.kind;
        let u = self.ur();
        let deref_index = |n: &str| -> Option<u32> {
            if let Some(i) = u.cellvars.iter().position(|c| c == n) {
                return Some(i as u32);
            }
            u.freevars.iter().position(|c| c == n).map(|i| (u.cellvars.len() + i) as u32)
        };
        let op = match (scope, kind) {
            (SymScope::Local, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension) => {
                let i = u.varnames.iter().position(|v| *v == name).unwrap_or(0) as u32;
                match ctx {
                    Ctx::Load => Op::LoadFast(i),
                    Ctx::Store => Op::StoreFast(i),
                    Ctx::Del => Op::DeleteFast(i),
                }
            }
            (SymScope::Cell | SymScope::Free, _) if !(kind == ScopeKind::Class && scope == SymScope::Cell) => {
                let i = deref_index(&name).unwrap_or(0);
                match ctx {
                    Ctx::Load if kind == ScopeKind::Class => {
                        let ni = self.name_idx(&name);
                        let _ = ni;
                        Op::LoadClassDeref(i)
                    }
                    Ctx::Load => Op::LoadDeref(i),
                    Ctx::Store => Op::StoreDeref(i),
                    Ctx::Del => Op::DeleteDeref(i),
                }
            }
            (SymScope::GlobalExplicit, _) | (SymScope::GlobalImplicit, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension) => {
                let i = self.name_idx(&name);
                match ctx {
                    Ctx::Load => Op::LoadGlobal(i),
                    Ctx::Store => Op::StoreGlobal(i),
                    Ctx::Del => Op::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.name_idx(&name);
                match ctx {
                    Ctx::Load => Op::LoadName(i),
                    Ctx::Store => Op::StoreName(i),
                    Ctx::Del => Op::DeleteName(i),
                }
            }
        };
        if let Op::LoadClassDeref(_) = op {
            // LoadClassDeref needs the name too: stored as names[i] with the same index
            // as the deref slot is not guaranteed, so the VM looks the name up via the code's
            // cell/free names.
        }
        self.emit(op);
    }

    // ----- statements -----

    fn body_with_docstring(&mut self, body: &'a [Stmt], module: bool) -> Result<(), SyntaxErr> {
        let mut rest = body;
        if let Some(first) = body.first() {
            if let StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. }) = &first.kind {
                if module && !self.interactive {
                    self.loc = span_loc(first.span);
                    self.load_const(Value::Obj(crate::objects::strobj::new_str_ref(s)));
                    self.name_op("__doc__", Ctx::Store);
                    rest = &body[1..];
                }
            }
        }
        self.stmts(rest)
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxErr> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxErr> {
        self.depth += 1;
        if self.depth > 200 {
            return Err(SyntaxErr {
                kind: SyntaxKind::Recursion,
                ..self.err("too many statically nested blocks", s.span)
            });
        }
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> Result<(), SyntaxErr> {
        self.loc = span_loc(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.interactive {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr);
                } else if let ExprKind::Constant(_) = e.kind {
                    // Constant expression statements (docstrings elsewhere) compile to nothing.
                } else {
                    self.expr(e)?;
                    self.loc = span_loc(s.span);
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                let kind = self.scope().kind;
                if *simple && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    if let ExprKind::Name { id, .. } = &target.kind {
                        self.loc = span_loc(s.span);
                        self.expr(annotation)?;
                        self.name_op("__annotations__", Ctx::Load);
                        let m = self.mangled(id);
                        self.load_str(&m);
                        self.emit(Op::StoreSubscr);
                    }
                } else if !matches!(kind, ScopeKind::Function | ScopeKind::Lambda) {
                    self.expr(annotation)?;
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.delete(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if self.ur().flags & (code_flags::ASYNC_GENERATOR) != 0 && v.is_some() {
                    return Err(self.err("'return' with value in async generator", s.span));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.loc = span_loc(s.span);
                self.unwind_all(true)?;
                self.emit(Op::Return);
            }
            StmtKind::If { test, body, orelse } => {
                let jf = self.jump_if(test, false)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch_here_all(jf);
                } else {
                    let j = self.emit(Op::Jump(0));
                    self.patch_here_all(jf);
                    self.stmts(orelse)?;
                    self.patch_here(j);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                let jf = self.jump_if(test, false)?;
                self.u().fblocks.push(FBlock::While { start, breaks: Vec::new() });
                self.stmts(body)?;
                self.loc = span_loc(s.span);
                self.emit(Op::Jump(start as u32));
                let fb = self.u().fblocks.pop();
                self.patch_here_all(jf);
                self.stmts(orelse)?;
                if let Some(FBlock::While { breaks, .. }) = fb {
                    for b in breaks {
                        self.patch_here(b);
                    }
                }
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    return self.async_for(s, target, iter, body, orelse);
                }
                self.expr(iter)?;
                self.loc = span_loc(iter.span);
                self.emit(Op::GetIter);
                let start = self.here();
                self.loc = span_loc(s.span);
                let fi = self.emit(Op::ForIter(0));
                self.store(target)?;
                self.u().fblocks.push(FBlock::For { start, breaks: Vec::new() });
                self.stmts(body)?;
                self.loc = span_loc(s.span);
                self.emit(Op::Jump(start as u32));
                let fb = self.u().fblocks.pop();
                self.patch_here(fi);
                self.stmts(orelse)?;
                if let Some(FBlock::For { breaks, .. }) = fb {
                    for b in breaks {
                        self.patch_here(b);
                    }
                }
            }
            StmtKind::Break => {
                self.loop_exit(s.span, true)?;
            }
            StmtKind::Continue => {
                self.loop_exit(s.span, false)?;
            }
            StmtKind::Raise { exc, cause } => {
                let n = match (exc, cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.expr(e)?;
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        2
                    }
                };
                self.loc = span_loc(s.span);
                self.emit(Op::Raise(n));
            }
            StmtKind::Try { body, handlers, orelse, finalbody, star } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *star)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *star)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let j = self.jump_if(test, true)?;
                self.loc = span_loc(s.span);
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.loc = span_loc(s.span);
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.patch_here_all(j);
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.loc = span_loc(s.span);
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let ni = self.name_idx(&a.name);
                    self.emit(Op::ImportName(ni));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule.
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for p in &parts[1..] {
                                let pi = self.name_idx(p);
                                self.emit(Op::ImportFrom(pi));
                                self.emit(Op::Rot2);
                                self.emit(Op::Pop);
                            }
                            self.name_op(asname, Ctx::Store);
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or("").to_string();
                            self.name_op(&first, Ctx::Store);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.load_const(Value::Int(*level as i64));
                let fromlist: Vec<Value> =
                    names.iter().map(|a| Value::Obj(crate::objects::strobj::new_str_ref(&a.name))).collect();
                let t = crate::objects::tupleobj::new_tuple(fromlist);
                let ci = self.add_const(t, None);
                self.emit(Op::LoadConst(ci));
                let ni = self.name_idx(module.as_deref().unwrap_or(""));
                self.emit(Op::ImportName(ni));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let ni = self.name_idx(&a.name);
                        self.emit(Op::ImportFrom(ni));
                        let store = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.name_op(&store, Ctx::Store);
                    }
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::FunctionDef { .. } => self.function_def(s)?,
            StmtKind::ClassDef { .. } => self.class_def(s)?,
            StmtKind::With { items, body, is_async } => self.with(items, body, *is_async, s.span)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases, s.span)?,
        }
        Ok(())
    }

    fn patch_here_all(&mut self, js: Vec<usize>) {
        for j in js {
            self.patch_here(j);
        }
    }

    fn loop_exit(&mut self, span: Span, is_break: bool) -> Result<(), SyntaxErr> {
        // Find the innermost loop.
        let fblocks = self.ur().fblocks.clone();
        let loop_idx = fblocks.iter().rposition(|f| matches!(f, FBlock::While { .. } | FBlock::For { .. }));
        let Some(li) = loop_idx else {
            let what = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(self.err(what, span));
        };
        // Unwind blocks above the loop.
        for i in (li + 1..fblocks.len()).rev() {
            self.unwind_block(&fblocks[i], i, false)?;
        }
        self.loc = span_loc(span);
        match &fblocks[li] {
            FBlock::While { start, .. } => {
                if is_break {
                    let j = self.emit(Op::Jump(0));
                    if let Some(FBlock::While { breaks, .. }) = self.u().fblocks.get_mut(li) {
                        breaks.push(j);
                    }
                } else {
                    self.emit(Op::Jump(*start as u32));
                }
            }
            FBlock::For { start, .. } => {
                if is_break {
                    self.emit(Op::Pop);
                    let j = self.emit(Op::Jump(0));
                    if let Some(FBlock::For { breaks, .. }) = self.u().fblocks.get_mut(li) {
                        breaks.push(j);
                    }
                } else {
                    self.emit(Op::Jump(*start as u32));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Emits the clean-up for leaving all blocks (return).
    fn unwind_all(&mut self, preserve_tos: bool) -> Result<(), SyntaxErr> {
        let fblocks = self.ur().fblocks.clone();
        for i in (0..fblocks.len()).rev() {
            self.unwind_block(&fblocks[i], i, preserve_tos)?;
        }
        Ok(())
    }

    /// Emits code that leaves block `fb` (at index `idx`) early.
    fn unwind_block(&mut self, fb: &FBlock<'a>, idx: usize, preserve_tos: bool) -> Result<(), SyntaxErr> {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock);
            }
            FBlock::FinallyTry(body) => {
                self.emit(Op::PopBlock);
                // Compile the finally body with the blocks below it only.
                let saved: Vec<FBlock<'a>> = self.u().fblocks.drain(idx..).collect();
                let loc = self.loc;
                self.stmts(body)?;
                self.loc = loc;
                let u = self.u();
                u.fblocks.extend(saved);
            }
            FBlock::Handler { name, named_cleanup } => {
                if *named_cleanup {
                    self.emit(Op::PopBlock);
                }
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                }
            }
            FBlock::With { is_async } => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                if *is_async {
                    self.load_const(Value::None);
                    self.load_const(Value::None);
                    self.load_const(Value::None);
                    self.emit(Op::Call(3));
                    self.await_value();
                    self.emit(Op::Pop);
                } else {
                    self.emit(Op::WithExitNormal);
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], star: bool) -> Result<(), SyntaxErr> {
        let setup = self.emit(Op::SetupExcept(0));
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.u().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        let jend = self.emit(Op::Jump(0));
        self.patch_here(setup);
        if star {
            self.except_star_handlers(handlers, jend)?;
            return Ok(());
        }
        let mut ends = vec![jend];
        for (i, h) in handlers.iter().enumerate() {
            self.loc = span_loc(h.span);
            let mut next = None;
            match &h.typ {
                Some(t) => {
                    // CheckExcMatch leaves the exception below its result.
                    self.expr(t)?;
                    self.loc = span_loc(h.span);
                    self.emit(Op::CheckExcMatch);
                    next = Some(self.emit(Op::PopJumpIfFalse(0)));
                }
                None => {
                    if i + 1 < handlers.len() {
                        return Err(self.err("default 'except:' must be last", h.span));
                    }
                }
            }
            match &h.name {
                Some(n) => {
                    // The exception stays on the stack while the handler runs (early exits
                    // through FBlock::Handler pop it).
                    self.emit(Op::Dup);
                    self.name_op(n, Ctx::Store);
                    let cleanup = self.emit(Op::SetupExcept(0));
                    self.u().fblocks.push(FBlock::Handler { name: Some(n.clone()), named_cleanup: true });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    self.emit(Op::PopBlock);
                    self.emit(Op::Pop);
                    self.emit(Op::PopExcept);
                    self.load_const(Value::None);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                    ends.push(self.emit(Op::Jump(0)));
                    // Exception inside the handler: unbind the name and re-raise.
                    self.patch_here(cleanup);
                    self.load_const(Value::None);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                    self.emit(Op::Reraise);
                }
                None => {
                    self.u().fblocks.push(FBlock::Handler { name: None, named_cleanup: false });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    self.emit(Op::Pop);
                    self.emit(Op::PopExcept);
                    ends.push(self.emit(Op::Jump(0)));
                }
            }
            if let Some(n) = next {
                self.patch_here(n);
            }
        }
        self.emit(Op::Reraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// except* clauses: the exception group is split per clause.
    fn except_star_handlers(&mut self, handlers: &'a [ExceptHandler], jend: usize) -> Result<(), SyntaxErr> {
        // Stack: [eg]. For each clause: split eg into (rest, match); run the body with match.
        // Keep the original group below for the final re-raise.
        self.emit(Op::Dup); // [orig, rest]
        for h in handlers {
            self.loc = span_loc(h.span);
            let Some(t) = &h.typ else {
                return Err(self.err("expected one or more exception types", h.span));
            };
            self.expr(t)?;
            self.emit(Op::CheckEgMatch); // [orig, rest, match|None]
            self.emit(Op::Dup);
            let skip = self.emit(Op::PopJumpIfNone(0));
            // Run the handler with `match` bound; errors raised inside are collected by the VM.
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store),
                None => {
                    self.emit(Op::Pop);
                }
            }
            let setup = self.emit(Op::SetupExcept(0));
            self.u().fblocks.push(FBlock::TryExcept);
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.emit(Op::PopBlock);
            let after = self.emit(Op::Jump(0));
            // A raise inside the handler: record it with the group (VM keeps a list).
            self.patch_here(setup);
            self.emit(Op::PrepReraiseStar);
            self.emit(Op::PopExcept);
            self.patch_here(after);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.name_op(n, Ctx::Store);
                self.name_op(n, Ctx::Del);
            }
            let j = self.emit(Op::Jump(0));
            self.patch_here(skip);
            self.emit(Op::Pop);
            self.patch_here(j);
        }
        // [orig, rest]: re-raise what is left (and anything raised by handlers).
        self.emit(Op::Raise(3));
        self.patch_here(jend);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> Result<(), SyntaxErr> {
        let setup = self.emit(Op::SetupExcept(0));
        self.u().fblocks.push(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, star)?;
        }
        self.u().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        let jend = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.u().fblocks.push(FBlock::Handler { name: None, named_cleanup: false });
        self.stmts(finalbody)?;
        self.u().fblocks.pop();
        self.emit(Op::Reraise);
        self.patch_here(jend);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool, span: Span) -> Result<(), SyntaxErr> {
        self.with_item(items, 0, body, is_async, span)
    }

    fn with_item(&mut self, items: &'a [WithItem], i: usize, body: &'a [Stmt], is_async: bool, span: Span) -> Result<(), SyntaxErr> {
        let item = &items[i];
        self.expr(&item.context)?;
        self.loc = span_loc(item.context.span);
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.await_value();
        } else {
            self.emit(Op::BeforeWith);
        }
        let setup = self.emit(Op::SetupWith(0));
        match &item.target {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.u().fblocks.push(FBlock::With { is_async });
        if i + 1 < items.len() {
            self.with_item(items, i + 1, body, is_async, span)?;
        } else {
            self.stmts(body)?;
        }
        self.u().fblocks.pop();
        self.loc = span_loc(item.context.span);
        self.emit(Op::PopBlock);
        if is_async {
            self.load_const(Value::None);
            self.load_const(Value::None);
            self.load_const(Value::None);
            self.emit(Op::Call(3));
            self.await_value();
            self.emit(Op::Pop);
        } else {
            self.emit(Op::WithExitNormal);
        }
        let jend = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.emit(Op::WithExceptStart);
        if is_async {
            self.await_value();
        }
        let sup = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch_here(sup);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.patch_here(jend);
        Ok(())
    }

    /// Emits the `await` protocol for the awaitable on TOS.
    fn await_value(&mut self) {
        self.emit(Op::GetAwaitable(0));
        self.load_const(Value::None);
        let start = self.here();
        let send = self.emit(Op::Send(0));
        self.emit(Op::YieldValue);
        self.emit(Op::Jump(start as u32));
        self.patch_here(send);
    }

    fn async_for(&mut self, s: &'a Stmt, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> Result<(), SyntaxErr> {
        self.expr(iter)?;
        self.emit(Op::GetAIter);
        let start = self.here();
        self.loc = span_loc(s.span);
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetANext);
        self.load_const(Value::None);
        let sstart = self.here();
        let send = self.emit(Op::Send(0));
        self.emit(Op::YieldValue);
        self.emit(Op::Jump(sstart as u32));
        self.patch_here(send);
        self.emit(Op::PopBlock);
        self.store(target)?;
        self.u().fblocks.push(FBlock::For { start, breaks: Vec::new() });
        self.stmts(body)?;
        self.emit(Op::Jump(start as u32));
        let fb = self.u().fblocks.pop();
        self.patch_here(setup);
        // [aiter, exc]: StopAsyncIteration ends the loop; anything else propagates.
        self.emit(Op::EndAsyncFor);
        self.stmts(orelse)?;
        if let Some(FBlock::For { breaks, .. }) = fb {
            for b in breaks {
                self.patch_here(b);
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> Result<(), SyntaxErr> {
        let sloc = self.loc;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.loc = span_loc(target.span);
                self.name_op(id, Ctx::Load);
                self.expr(value)?;
                self.loc = sloc;
                self.emit(Op::InplaceBinary(op));
                self.loc = span_loc(target.span);
                self.name_op(id, Ctx::Store);
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let a = self.mangled(attr);
                let ni = self.name_idx(&a);
                self.loc = span_loc(target.span);
                self.emit(Op::LoadAttr(ni));
                self.expr(value)?;
                self.loc = sloc;
                self.emit(Op::InplaceBinary(op));
                self.emit(Op::Rot2);
                self.loc = span_loc(target.span);
                self.emit(Op::StoreAttr(ni));
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(obj)?;
                self.slice_expr(slice)?;
                self.emit(Op::Dup2);
                self.loc = span_loc(target.span);
                self.emit(Op::Subscr);
                self.expr(value)?;
                self.loc = sloc;
                self.emit(Op::InplaceBinary(op));
                self.emit(Op::Rot3);
                self.loc = span_loc(target.span);
                self.emit(Op::StoreSubscr);
            }
            _ => return Err(self.err("illegal expression for augmented assignment", target.span)),
        }
        Ok(())
    }

    fn function_def(&mut self, s: &'a Stmt) -> Result<(), SyntaxErr> {
        let StmtKind::FunctionDef { name, args, body, decorators, returns, .. } = &s.kind else {
            return Ok(());
        };
        for d in decorators {
            self.expr(d)?;
        }
        self.loc = span_loc(s.span);
        let mut flags = self.defaults(args)?;
        if self.annotations(args, returns.as_deref())? {
            flags |= make_fn::ANNOTATIONS;
        }
        let scope = self.st.scope_for(s).unwrap_or(0);
        let qualname = self.child_qualname(name);
        let first_line = decorators.first().map(|d| d.span.start.line - 0).unwrap_or(s.span.start.line);
        let _ = first_line;
        self.enter_unit(scope, name, &qualname, s.span.start.line);
        self.set_arg_counts(args);
        if self.ur().flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0 {
            self.loc = span_loc(s.span);
            self.emit(Op::GenStart);
        }
        // Docstring is the first constant (None if absent), as in CPython.
        let doc = docstring(body);
        match doc {
            Some(d) => {
                self.add_const(Value::Obj(crate::objects::strobj::new_str_ref(d)), None);
            }
            None => {
                self.add_const(Value::None, Some("N".into()));
            }
        }
        let body_rest = if doc.is_some() { &body[1..] } else { &body[..] };
        self.stmts(body_rest)?;
        self.implicit_return(s.span.end);
        let code = self.finish_unit();
        self.loc = span_loc(s.span);
        self.make_closure(code, flags);
        self.loc = span_loc(s.span);
        for _ in decorators {
            self.emit(Op::Call(1));
        }
        self.name_op(name, Ctx::Store);
        Ok(())
    }

    fn implicit_return(&mut self, _end: Pos) {
        // The implicit `return None` takes the location of the last statement.
        if !matches!(self.ur().ops.last(), Some(Op::Return)) || true {
            self.load_const(Value::None);
            self.emit(Op::Return);
        }
    }

    fn child_qualname(&self, name: &str) -> String {
        let u = self.ur();
        let sc = self.scope();
        match sc.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => {
                // Functions nested in functions: parent.<locals>.name. A `global` function name
                // keeps its bare name.
                if let Some(sym) = sc.lookup(name) {
                    if sym.scope == SymScope::GlobalExplicit {
                        return name.to_string();
                    }
                }
                format!("{}.<locals>.{}", u.qualname, name)
            }
        }
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = (args.posonly.len() + args.args.len()) as u32;
        u.posonly = args.posonly.len() as u32;
        u.kwonly = args.kwonly.len() as u32;
        if args.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    /// Pushes defaults (tuple) and keyword-only defaults (dict); returns MakeFunction flags.
    fn defaults(&mut self, args: &'a Arguments) -> Result<u32, SyntaxErr> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
            flags |= make_fn::DEFAULTS;
        }
        let kw: Vec<(&Arg, &Expr)> =
            args.kwonly.iter().zip(args.kw_defaults.iter()).filter_map(|(a, d)| d.as_ref().map(|d| (a, d))).collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                let n = self.mangled(&a.name);
                self.load_str(&n);
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            flags |= make_fn::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes an annotations dict if there are annotations; returns whether it did.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> Result<bool, SyntaxErr> {
        let mut n = 0;
        for a in args.all_names() {
            if let Some(an) = &a.annotation {
                let name = self.mangled(&a.name);
                self.load_str(&name);
                self.expr(an)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_str("return");
            self.expr(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BuildMap(n));
        }
        Ok(n > 0)
    }

    /// Pushes the closure (if any) and the code, then MakeFunction.
    fn make_closure(&mut self, code: Rc<Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let name = fv.payload_str().to_string();
                let u = self.ur();
                let idx = if let Some(i) = u.cellvars.iter().position(|c| *c == name) {
                    i
                } else {
                    u.cellvars.len() + u.freevars.iter().position(|c| *c == name).unwrap_or(0)
                };
                self.emit(Op::LoadClosure(idx as u32));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= make_fn::CLOSURE;
        }
        let ci = self.add_const(Value::Obj(crate::types::new_ref(&crate::types::types().code, crate::object::Payload::Code(code))), None);
        self.emit(Op::LoadConst(ci));
        self.emit(Op::MakeFunction(flags));
    }

    fn class_def(&mut self, s: &'a Stmt) -> Result<(), SyntaxErr> {
        let StmtKind::ClassDef { name, bases, keywords, body, decorators } = &s.kind else {
            return Ok(());
        };
        for d in decorators {
            self.expr(d)?;
        }
        self.loc = span_loc(s.span);
        self.emit(Op::LoadBuildClass);
        let scope = self.st.scope_for(s).unwrap_or(0);
        let qualname = self.child_qualname(name);
        self.enter_unit(scope, name, &qualname, s.span.start.line);
        self.loc = span_loc(s.span);
        self.name_op("__name__", Ctx::Load);
        self.name_op("__module__", Ctx::Store);
        self.load_str(&qualname);
        self.name_op("__qualname__", Ctx::Store);
        let doc = docstring(body);
        if let Some(d) = doc {
            self.load_const(Value::Obj(crate::objects::strobj::new_str_ref(d)));
            self.name_op("__doc__", Ctx::Store);
        }
        if body.iter().any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. })) {
            self.emit(Op::SetupAnnotations);
        }
        let rest = if doc.is_some() { &body[1..] } else { &body[..] };
        self.stmts(rest)?;
        self.loc = span_loc(s.span);
        match self.ur().class_cell {
            Some(ci) => {
                self.emit(Op::LoadClosure(ci));
                self.emit(Op::Dup);
                let ni = self.name_idx("__classcell__");
                self.emit(Op::StoreName(ni));
                self.emit(Op::Return);
            }
            None => {
                self.load_const(Value::None);
                self.emit(Op::Return);
            }
        }
        let code = self.finish_unit();
        self.loc = span_loc(s.span);
        self.make_closure(code, 0);
        self.load_str(name);
        self.call_args(bases, keywords, 2, s.span)?;
        self.loc = span_loc(s.span);
        for _ in decorators {
            self.emit(Op::Call(1));
        }
        self.name_op(name, Ctx::Store);
        Ok(())
    }

    // ----- targets -----

    fn store(&mut self, t: &'a Expr) -> Result<(), SyntaxErr> {
        let saved = self.loc;
        self.loc = span_loc(t.span);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let a = self.mangled(attr);
                let ni = self.name_idx(&a);
                self.loc = span_loc(t.span);
                self.emit(Op::StoreAttr(ni));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.slice_expr(slice)?;
                self.loc = span_loc(t.span);
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    Some(si) => {
                        if elts.iter().filter(|e| matches!(e.kind, ExprKind::Starred { .. })).count() > 1 {
                            return Err(self.err("multiple starred expressions in assignment", t.span));
                        }
                        let after = elts.len() - si - 1;
                        if si > 255 || after > (u32::MAX >> 8) as usize {
                            return Err(self.err("too many expressions in star-unpacking assignment", t.span));
                        }
                        self.emit(Op::UnpackEx(si as u32 | ((after as u32) << 8)));
                    }
                    None => {
                        self.emit(Op::UnpackSequence(elts.len() as u32));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(self.err("starred assignment target must be in a list or tuple", t.span));
            }
            _ => return Err(self.err("cannot assign to expression", t.span)),
        }
        self.loc = saved;
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> Result<(), SyntaxErr> {
        self.loc = span_loc(t.span);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let a = self.mangled(attr);
                let ni = self.name_idx(&a);
                self.loc = span_loc(t.span);
                self.emit(Op::DeleteAttr(ni));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.slice_expr(slice)?;
                self.loc = span_loc(t.span);
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(self.err("cannot delete expression", t.span)),
        }
        Ok(())
    }

    // ----- expressions -----

    /// Compiles a condition, jumping when it equals `when`; returns the jumps to patch.
    fn jump_if(&mut self, e: &'a Expr, when: bool) -> Result<Vec<usize>, SyntaxErr> {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.jump_if(operand, !when),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                // `a and b` jumps-if-false when either is false.
                if is_and != when {
                    let mut jumps = Vec::new();
                    for v in values {
                        jumps.extend(self.jump_if(v, when)?);
                    }
                    Ok(jumps)
                } else {
                    // e.g. jump-if-true over `a and b`: if a false skip; if b true jump.
                    let mut skips = Vec::new();
                    for v in &values[..values.len() - 1] {
                        skips.extend(self.jump_if(v, !when)?);
                    }
                    let j = self.jump_if(&values[values.len() - 1], when)?;
                    for s in skips {
                        self.patch_here(s);
                    }
                    Ok(j)
                }
            }
            _ => {
                self.expr(e)?;
                self.loc = span_loc(e.span);
                let j = if when { self.emit(Op::PopJumpIfTrue(0)) } else { self.emit(Op::PopJumpIfFalse(0)) };
                Ok(vec![j])
            }
        }
    }

    pub fn expr(&mut self, e: &'a Expr) -> Result<(), SyntaxErr> {
        self.depth += 1;
        if self.depth > 400 {
            self.depth -= 1;
            return Err(SyntaxErr {
                kind: SyntaxKind::Recursion,
                msg: "maximum recursion depth exceeded during compilation".into(),
                ..self.err("", e.span)
            });
        }
        let saved = self.loc;
        self.loc = span_loc(e.span);
        let r = self.expr_inner(e);
        self.loc = saved;
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<(), SyntaxErr> {
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = self.constant(c, e.span)?;
                self.load_const(v);
            }
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Load),
            ExprKind::BinOp { left, op, right } => {
                if let Some(v) = self.fold_binop(left, *op, right) {
                    self.load_const(v);
                    return Ok(());
                }
                self.expr(left)?;
                self.expr(right)?;
                self.loc = span_loc(e.span);
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let (UnaryOp::USub, ExprKind::Constant(Constant::Int(..) | Constant::Float(_) | Constant::Imag(_))) =
                    (op, &operand.kind)
                {
                    if let ExprKind::Constant(c) = &operand.kind {
                        let v = self.constant(c, operand.span)?;
                        if let Some(n) = crate::ops::negate_const(&v) {
                            self.load_const(n);
                            return Ok(());
                        }
                    }
                }
                self.expr(operand)?;
                self.loc = span_loc(e.span);
                self.emit(Op::Unary(*op));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        let j = if *op == BoolOp::And {
                            self.emit(Op::JumpIfFalseOrPop(0))
                        } else {
                            self.emit(Op::JumpIfTrueOrPop(0))
                        };
                        jumps.push(j);
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.loc = span_loc(e.span);
                    self.compare_op(ops[0]);
                } else {
                    // a < b < c: evaluate b once, short-circuit.
                    let mut cleanup = Vec::new();
                    for (i, (op, c)) in ops.iter().zip(comparators.iter()).enumerate() {
                        self.expr(c)?;
                        self.loc = span_loc(e.span);
                        if i + 1 < ops.len() {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.compare_op(*op);
                            cleanup.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.compare_op(*op);
                        }
                    }
                    let end = self.emit(Op::Jump(0));
                    for c in cleanup {
                        self.patch_here(c);
                    }
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    self.patch_here(end);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let jf = self.jump_if(test, false)?;
                self.expr(body)?;
                let j = self.emit(Op::Jump(0));
                self.patch_here_all(jf);
                self.expr(orelse)?;
                self.patch_here(j);
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let a = self.mangled(attr);
                let ni = self.name_idx(&a);
                self.loc = span_loc(e.span);
                self.emit(Op::LoadAttr(ni));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.slice_expr(slice)?;
                self.loc = span_loc(e.span);
                self.emit(Op::Subscr);
            }
            ExprKind::Slice { .. } => {
                self.slice_expr(e)?;
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords)?,
            ExprKind::Tuple { elts, .. } => {
                if let Some(v) = self.const_tuple(elts) {
                    self.load_const(v);
                    return Ok(());
                }
                self.sequence(elts, Op::BuildTuple(0))?;
            }
            ExprKind::List { elts, .. } => self.sequence(elts, Op::BuildList(0))?,
            ExprKind::Set(elts) => self.sequence(elts, Op::BuildSet(0))?,
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_str("");
                    return Ok(());
                }
                for p in parts {
                    self.expr(p)?;
                }
                if parts.len() > 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(Op::BuildString(parts.len() as u32));
                }
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(fs) = format_spec {
                    self.expr(fs)?;
                    flags |= 4;
                }
                self.loc = span_loc(e.span);
                self.emit(Op::FormatValue(flags));
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.defaults(args)?;
                let scope = self.st.scope_for(e).unwrap_or(0);
                let qualname = self.child_qualname("<lambda>");
                self.enter_unit(scope, "<lambda>", &qualname, e.span.start.line);
                self.set_arg_counts(args);
                self.add_const(Value::None, Some("N".into()));
                if self.ur().flags & code_flags::GENERATOR != 0 {
                    self.emit(Op::GenStart);
                }
                self.expr(body)?;
                self.loc = span_loc(body.span);
                self.emit(Op::Return);
                let code = self.finish_unit();
                self.loc = span_loc(e.span);
                self.make_closure(code, flags);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store(target)?;
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, "<listcomp>", CompKind::List, elt, None, generators)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, "<setcomp>", CompKind::Set, elt, None, generators)?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "<dictcomp>", CompKind::Dict, key, Some(value), generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", CompKind::Gen, elt, None, generators)?
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.loc = span_loc(e.span);
                if self.ur().flags & code_flags::ASYNC_GENERATOR != 0 {
                    // Async generators wrap yielded values (handled by the VM via the flag).
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.loc = span_loc(e.span);
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                let start = self.here();
                let send = self.emit(Op::Send(0));
                self.emit(Op::YieldValue);
                self.emit(Op::Jump(start as u32));
                self.patch_here(send);
            }
            ExprKind::Await(v) => {
                let sc = self.scope();
                if !sc.is_coroutine && !matches!(sc.kind, ScopeKind::Comprehension) {
                    if sc.kind == ScopeKind::Module && self.interactive {
                        // top-level await is not supported outside asyncio REPL
                    }
                    return Err(self.err("'await' outside async function", e.span));
                }
                self.expr(v)?;
                self.loc = span_loc(e.span);
                self.await_value();
            }
            ExprKind::Starred { .. } => {
                return Err(self.err("can't use starred expression here", e.span));
            }
        }
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Is => self.emit(Op::IsOp(0)),
            CmpOp::IsNot => self.emit(Op::IsOp(1)),
            CmpOp::In => self.emit(Op::ContainsOp(0)),
            CmpOp::NotIn => self.emit(Op::ContainsOp(1)),
            other => self.emit(Op::Compare(CompareKind::from_ast(other).unwrap_or(CompareKind::Eq))),
        };
    }

    fn constant(&self, c: &Constant, span: Span) -> Result<Value, SyntaxErr> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => crate::types::types().ellipsis.clone(),
            Constant::Int(digits, radix) => match crate::objects::intobj::parse_int_literal(digits, *radix) {
                Some(v) => v,
                None => {
                    return Err(self.err(
                        "Exceeds the limit (4300 digits) for integer string conversion: value has more digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                        span,
                    ))
                }
            },
            Constant::Float(f) => Value::Float(*f),
            Constant::Imag(f) => crate::objects::complexobj::new_complex(0.0, *f),
            Constant::Str(s) => Value::Obj(crate::objects::strobj::new_str_ref(s)),
            Constant::Bytes(b) => crate::objects::bytesobj::new_bytes(b.clone()),
        })
    }

    fn const_tuple(&self, elts: &[Expr]) -> Option<Value> {
        if elts.is_empty() || elts.len() > 64 {
            return None;
        }
        let mut vals = Vec::new();
        for e in elts {
            match &e.kind {
                ExprKind::Constant(c) => vals.push(self.constant(c, e.span).ok()?),
                _ => return None,
            }
        }
        Some(crate::objects::tupleobj::new_tuple(vals))
    }

    fn fold_binop(&self, left: &Expr, op: BinOp, right: &Expr) -> Option<Value> {
        let (ExprKind::Constant(l), ExprKind::Constant(r)) = (&left.kind, &right.kind) else { return None };
        let lv = self.constant(l, left.span).ok()?;
        let rv = self.constant(r, right.span).ok()?;
        crate::ops::fold_const_binop(&lv, op, &rv)
    }

    fn slice_expr(&mut self, e: &'a Expr) -> Result<(), SyntaxErr> {
        if let ExprKind::Slice { lower, upper, step } = &e.kind {
            for part in [lower, upper] {
                match part {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Value::None),
                }
            }
            match step {
                Some(s) => {
                    self.expr(s)?;
                    self.emit(Op::BuildSlice(3));
                }
                None => {
                    self.emit(Op::BuildSlice(2));
                }
            }
            return Ok(());
        }
        self.expr(e)
    }

    /// Builds a tuple/list/set display, handling `*` unpacking.
    fn sequence(&mut self, elts: &'a [Expr], kind: Op) -> Result<(), SyntaxErr> {
        let has_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Op::BuildTuple(_) => Op::BuildTuple(n),
                Op::BuildList(_) => Op::BuildList(n),
                _ => Op::BuildSet(n),
            });
            return Ok(());
        }
        let is_set = matches!(kind, Op::BuildSet(_));
        self.emit(if is_set { Op::BuildSet(0) } else { Op::BuildList(0) });
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(if is_set { Op::SetUpdate(1) } else { Op::ListExtend(1) });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(if is_set { Op::SetAdd(1) } else { Op::ListAppend(1) });
                }
            }
        }
        if matches!(kind, Op::BuildTuple(_)) {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<(), SyntaxErr> {
        if keys.iter().all(|k| k.is_some()) && keys.len() < 0x10000 {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<(), SyntaxErr> {
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. })) && !keywords.iter().any(|k| k.arg.is_none());
        if let (ExprKind::Attribute { value, attr, .. }, true) = (&func.kind, simple) {
            self.expr(value)?;
            let a = self.mangled(attr);
            let ni = self.name_idx(&a);
            self.loc = span_loc(func.span);
            self.emit(Op::LoadMethod(ni));
            for a in args {
                self.expr(a)?;
            }
            self.loc = span_loc(e.span);
            if keywords.is_empty() {
                self.emit(Op::CallMethod(args.len() as u32));
            } else {
                self.check_kw_dups(keywords)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Value> = keywords
                    .iter()
                    .map(|k| Value::Obj(intern(k.arg.as_deref().unwrap_or(""))))
                    .collect();
                let t = crate::objects::tupleobj::new_tuple(names);
                let ci = self.add_const(t, None);
                self.loc = span_loc(e.span);
                self.emit(Op::LoadConst(ci));
                self.emit(Op::CallMethodKw((args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        self.expr(func)?;
        self.call_args(args, keywords, 0, e.span)
    }

    fn check_kw_dups(&self, keywords: &[Keyword]) -> Result<(), SyntaxErr> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(n) = &k.arg {
                if keywords[..i].iter().any(|k2| k2.arg.as_deref() == Some(n)) {
                    return Err(self.err(format!("keyword argument repeated: {}", n), k.span));
                }
            }
        }
        Ok(())
    }

    /// Compiles call arguments after the callable (and `extra` already-pushed positional
    /// arguments) and emits the call.
    fn call_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword], extra: u32, span: Span) -> Result<(), SyntaxErr> {
        self.check_kw_dups(keywords)?;
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. })) && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let n = extra + args.len() as u32;
            if keywords.is_empty() {
                self.loc = span_loc(span);
                self.emit(Op::Call(n));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Value> = keywords.iter().map(|k| Value::Obj(intern(k.arg.as_deref().unwrap_or("")))).collect();
                let t = crate::objects::tupleobj::new_tuple(names);
                let ci = self.add_const(t, None);
                self.loc = span_loc(span);
                self.emit(Op::LoadConst(ci));
                self.emit(Op::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        // General form: build a tuple of positionals and a dict of keywords.
        self.emit(Op::BuildList(extra));
        for a in args {
            match &a.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        if keywords.is_empty() {
            self.loc = span_loc(span);
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(n) => {
                    self.load_str(n);
                    self.expr(&k.value)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.loc = span_loc(span);
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        self.loc = span_loc(span);
        self.emit(Op::CallEx(1));
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [Comprehension],
    ) -> Result<(), SyntaxErr> {
        let scope = self.st.scope_for(e).unwrap_or(0);
        let qualname = self.child_qualname(name);
        let outer_async = self.scope().is_coroutine;
        self.enter_unit(scope, name, &qualname, e.span.start.line);
        self.u().argcount = 1;
        let is_async = gens.iter().any(|g| g.is_async) || self.scope().is_coroutine && kind != CompKind::Gen;
        if kind == CompKind::Gen || (is_async && kind != CompKind::Gen) {
            self.loc = span_loc(e.span);
            self.emit(Op::GenStart);
        }
        self.add_const(Value::None, Some("N".into()));
        self.loc = span_loc(e.span);
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Gen => {}
        }
        self.comp_generator(gens, 0, kind, elt, value, e.span)?;
        self.loc = span_loc(e.span);
        if kind == CompKind::Gen {
            self.load_const(Value::None);
        }
        self.emit(Op::Return);
        let code = self.finish_unit();
        self.loc = span_loc(e.span);
        self.make_closure(code, 0);
        self.expr(&gens[0].iter)?;
        self.loc = span_loc(e.span);
        if gens[0].is_async {
            self.emit(Op::GetAIter);
        } else {
            self.emit(Op::GetIter);
        }
        self.emit(Op::Call(1));
        if is_async && kind != CompKind::Gen {
            let _ = outer_async;
            self.await_value();
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        span: Span,
    ) -> Result<(), SyntaxErr> {
        let g = &gens[i];
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter });
        }
        let start = self.here();
        let (fi, setup) = if g.is_async {
            let setup = self.emit(Op::SetupExcept(0));
            self.emit(Op::GetANext);
            self.load_const(Value::None);
            let sstart = self.here();
            let send = self.emit(Op::Send(0));
            self.emit(Op::YieldValue);
            self.emit(Op::Jump(sstart as u32));
            self.patch_here(send);
            self.emit(Op::PopBlock);
            (None, Some(setup))
        } else {
            (Some(self.emit(Op::ForIter(0))), None)
        };
        self.store(&g.target)?;
        let mut if_jumps = Vec::new();
        for c in &g.ifs {
            if_jumps.extend(self.jump_if(c, false)?);
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind, elt, value, span)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        for j in if_jumps {
            self.patch(j, start);
        }
        self.loc = span_loc(span);
        self.emit(Op::Jump(start as u32));
        if let Some(fi) = fi {
            self.patch_here(fi);
        }
        if let Some(s) = setup {
            self.patch_here(s);
            self.emit(Op::EndAsyncFor);
        }
        Ok(())
    }

    // ----- match statement -----

    fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase], span: Span) -> Result<(), SyntaxErr> {
        self.expr(subject)?;
        let mut ends = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            let last = i + 1 == cases.len();
            // Irrefutable patterns must be last.
            if !last && c.guard.is_none() && is_irrefutable(&c.pattern) {
                let msg = match &c.pattern.kind {
                    PatternKind::As { name: Some(n), pattern: None } => format!("name capture '{}' makes remaining patterns unreachable", n),
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.err(msg, c.pattern.span));
            }
            self.loc = span_loc(c.pattern.span);
            self.emit(Op::Dup);
            let mut fails = Vec::new();
            let mut names = Vec::new();
            self.pattern(&c.pattern, &mut fails, &mut names)?;
            // Pattern succeeded: captured values are on the stack in `names` order; bind them.
            for n in names.iter().rev() {
                self.name_op(n, Ctx::Store);
            }
            if let Some(g) = &c.guard {
                let gf = self.jump_if(g, false)?;
                fails.extend(gf.into_iter().map(|j| (j, 0usize)));
            }
            self.emit(Op::Pop); // subject
            self.u().fblocks.push(FBlock::PopValue);
            self.u().fblocks.pop();
            self.stmts(&c.body)?;
            ends.push(self.emit(Op::Jump(0)));
            // Failure paths: pop what they left (count recorded per jump).
            let mut by_pops: Vec<(usize, usize)> = fails;
            by_pops.sort_by_key(|(_, p)| std::cmp::Reverse(*p));
            // Emit a ladder of pops: jumps with k extra items land before k pops.
            let maxp = by_pops.iter().map(|(_, p)| *p).max().unwrap_or(0);
            let mut landing: Vec<usize> = vec![0; maxp + 1];
            for k in (0..=maxp).rev() {
                landing[k] = self.here();
                if k > 0 {
                    self.emit(Op::Pop);
                }
            }
            for (j, p) in by_pops {
                self.patch(j, landing[p]);
            }
            let _ = span;
        }
        self.emit(Op::Pop);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// Compiles a pattern test for the subject on TOS (consumed). On success, leaves the
    /// captured values pushed (names appended to `names`); on failure jumps (recorded in
    /// `fails` with the number of extra stack items to pop).
    fn pattern(&mut self, p: &'a Pattern, fails: &mut Vec<(usize, usize)>, names: &mut Vec<String>) -> Result<(), SyntaxErr> {
        let base = names.len();
        self.loc = span_loc(p.span);
        match &p.kind {
            PatternKind::As { pattern: None, name: None } => {
                self.emit(Op::Pop);
            }
            PatternKind::As { pattern: None, name: Some(n) } => {
                self.check_dup_capture(n, names, p.span)?;
                names.push(n.clone());
            }
            PatternKind::As { pattern: Some(inner), name } => {
                self.emit(Op::Dup);
                self.pattern(inner, &mut adjust(fails, names.len() - base + 1), names)?;
                let _ = fails;
                if let Some(n) = name {
                    self.check_dup_capture(n, names, p.span)?;
                    // Move the subject copy to the top for binding.
                    let k = (names.len() - base + 1) as u32;
                    if k > 1 {
                        self.emit(Op::SwapN(k));
                        // The original subject copy is now on top; the rest keep their order
                        // except the swapped element; rotate back through a tuple-free dance.
                        self.fix_after_swap(k);
                    }
                    names.push(n.clone());
                } else {
                    self.emit(Op::Pop);
                }
                return Ok(());
            }
            PatternKind::Value(e) => {
                self.expr(e)?;
                self.emit(Op::Compare(CompareKind::Eq));
                let j = self.emit(Op::PopJumpIfFalse(0));
                fails.push((j, names.len() - base));
            }
            PatternKind::Singleton(e) => {
                self.expr(e)?;
                self.emit(Op::IsOp(0));
                let j = self.emit(Op::PopJumpIfFalse(0));
                fails.push((j, names.len() - base));
            }
            PatternKind::Or(alts) => {
                // Each alternative must bind the same names; compile with a fresh capture list.
                let mut end_jumps = Vec::new();
                let mut bound: Option<Vec<String>> = None;
                for (i, alt) in alts.iter().enumerate() {
                    let last = i + 1 == alts.len();
                    if !last {
                        self.emit(Op::Dup);
                    }
                    let mut alt_fails = Vec::new();
                    let mut alt_names = Vec::new();
                    self.pattern(alt, &mut alt_fails, &mut alt_names)?;
                    let mut sorted = alt_names.clone();
                    sorted.sort();
                    match &bound {
                        None => bound = Some(sorted),
                        Some(b) if *b != sorted => {
                            return Err(self.err("alternative patterns bind different names", p.span));
                        }
                        _ => {}
                    }
                    // Reorder captures to the first alternative's order.
                    if i == 0 {
                        names.extend(alt_names.iter().cloned());
                    } else {
                        self.reorder(&alt_names, &names[base..].to_vec());
                    }
                    if !last {
                        // Success: drop the spare subject copy under the captures.
                        let k = alt_names.len() as u32;
                        if k > 0 {
                            self.rotate_down(k + 1);
                        }
                        self.emit(Op::Pop);
                        end_jumps.push(self.emit(Op::Jump(0)));
                        // Failure: pop partial captures, subject copy remains for next alt.
                        let maxp = alt_fails.iter().map(|(_, p)| *p).max().unwrap_or(0);
                        let mut landing = vec![0; maxp + 1];
                        for k in (0..=maxp).rev() {
                            landing[k] = self.here();
                            if k > 0 {
                                self.emit(Op::Pop);
                            }
                        }
                        for (j, pp) in alt_fails {
                            self.patch(j, landing[pp]);
                        }
                    } else {
                        for (j, pp) in alt_fails {
                            fails.push((j, pp + (names.len() - base) - alt_names.len()));
                        }
                    }
                }
                for j in end_jumps {
                    self.patch_here(j);
                }
            }
            PatternKind::Sequence(ps) => {
                let star = ps.iter().position(|x| matches!(x.kind, PatternKind::Star(_)));
                self.emit(Op::MatchSequence);
                let j = self.emit(Op::PopJumpIfFalse(0));
                fails.push((j, names.len() - base + 1));
                self.emit(Op::GetLen);
                match star {
                    None => {
                        self.load_const(Value::Int(ps.len() as i64));
                        self.emit(Op::Compare(CompareKind::Eq));
                    }
                    Some(_) => {
                        self.load_const(Value::Int(ps.len() as i64 - 1));
                        self.emit(Op::Compare(CompareKind::Ge));
                    }
                }
                let j = self.emit(Op::PopJumpIfFalse(0));
                fails.push((j, names.len() - base + 1));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(ps.len() as u32));
                    }
                    Some(si) => {
                        let after = ps.len() - si - 1;
                        self.emit(Op::UnpackEx(si as u32 | ((after as u32) << 8)));
                    }
                }
                // Items are now on the stack, first on top. Match each in order.
                let n = ps.len();
                for (i, sub) in ps.iter().enumerate() {
                    let remaining = n - i - 1;
                    match &sub.kind {
                        PatternKind::Star(None) => {
                            self.emit(Op::Pop);
                        }
                        PatternKind::Star(Some(name)) => {
                            self.check_dup_capture(name, names, sub.span)?;
                            // Keep it: move under the remaining items.
                            self.keep_capture(remaining);
                            names.push(name.clone());
                        }
                        _ => {
                            let before = names.len();
                            let mut sub_fails = Vec::new();
                            self.pattern(sub, &mut sub_fails, names)?;
                            let captured = names.len() - before;
                            for (j, pp) in sub_fails {
                                fails.push((j, pp + remaining + (before - base)));
                            }
                            for _ in 0..captured {
                                self.keep_capture(remaining + captured - 1);
                            }
                        }
                    }
                }
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                self.emit(Op::MatchMapping);
                let j = self.emit(Op::PopJumpIfFalse(0));
                fails.push((j, names.len() - base + 1));
                // keys tuple
                for k in keys {
                    self.expr(k)?;
                }
                self.emit(Op::BuildTuple(keys.len() as u32));
                self.emit(Op::MatchKeys); // [subject, keys, values|None]
                self.emit(Op::Dup);
                let j = self.emit(Op::PopJumpIfNone(0));
                fails.push((j, names.len() - base + 3));
                self.emit(Op::UnpackSequence(patterns.len() as u32));
                let n = patterns.len();
                for (i, sub) in patterns.iter().enumerate() {
                    let remaining = n - i - 1;
                    let before = names.len();
                    let mut sub_fails = Vec::new();
                    self.pattern(sub, &mut sub_fails, names)?;
                    let captured = names.len() - before;
                    for (j, pp) in sub_fails {
                        fails.push((j, pp + remaining + 2 + (before - base)));
                    }
                    for _ in 0..captured {
                        self.keep_capture(remaining + captured - 1 + 2);
                    }
                }
                // [subject, keys, captures...]
                let caps = (names.len() - base) as u32;
                match rest {
                    Some(r) => {
                        // Bring subject and keys up: build the rest dict.
                        self.bring_up(caps + 2);
                        self.bring_up(caps + 2);
                        // now [..., captures, subject, keys] -> need keys on top, subject below
                        self.emit(Op::CopyDictWithoutKeys);
                        names.push(r.clone());
                    }
                    None => {
                        self.bring_up(caps + 1);
                        self.emit(Op::Pop);
                        self.bring_up(caps + 1);
                        self.emit(Op::Pop);
                        let _ = caps;
                    }
                }
            }
            PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.expr(cls)?;
                let names_t: Vec<Value> = kwd_attrs.iter().map(|a| Value::Obj(intern(a))).collect();
                let t = crate::objects::tupleobj::new_tuple(names_t);
                let ci = self.add_const(t, None);
                self.emit(Op::LoadConst(ci));
                self.emit(Op::MatchClass(patterns.len() as u32)); // [attrs tuple | None]
                self.emit(Op::Dup);
                let j = self.emit(Op::PopJumpIfNone(0));
                fails.push((j, names.len() - base + 1));
                let all: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns.iter()).collect();
                self.emit(Op::UnpackSequence(all.len() as u32));
                let n = all.len();
                for (i, sub) in all.iter().enumerate() {
                    let remaining = n - i - 1;
                    let before = names.len();
                    let mut sub_fails = Vec::new();
                    self.pattern(sub, &mut sub_fails, names)?;
                    let captured = names.len() - before;
                    for (j, pp) in sub_fails {
                        fails.push((j, pp + remaining + (before - base)));
                    }
                    for _ in 0..captured {
                        self.keep_capture(remaining + captured - 1);
                    }
                }
            }
            PatternKind::Star(_) => return Err(self.err("can't use starred name here", p.span)),
        }
        Ok(())
    }

    fn check_dup_capture(&self, n: &str, names: &[String], span: Span) -> Result<(), SyntaxErr> {
        if names.iter().any(|x| x == n) {
            return Err(self.err(format!("multiple assignments to name '{}' in pattern", n), span));
        }
        Ok(())
    }

    /// TOS is a captured value with `depth` items above the captures block below it; move it
    /// down under those `depth` items.
    fn keep_capture(&mut self, depth: usize) {
        if depth > 0 {
            self.rotate_down(depth as u32 + 1);
        }
    }

    /// Moves TOS down so it is `n - 1` items deep (n >= 2).
    fn rotate_down(&mut self, n: u32) {
        match n {
            0 | 1 => {}
            2 => {
                self.emit(Op::Rot2);
            }
            3 => {
                self.emit(Op::Rot3);
            }
            4 => {
                self.emit(Op::Rot4);
            }
            _ => {
                // Sequence of swaps moving TOS down one step at a time.
                for k in 2..=n {
                    self.emit(Op::SwapN(k));
                }
                // After swaps the order of the others is rotated; undo by swapping back.
                for k in (2..n).rev() {
                    self.emit(Op::SwapN(k));
                }
            }
        }
    }

    /// Brings the item `n` deep (1 = TOS) to the top, keeping the others' order.
    fn bring_up(&mut self, n: u32) {
        if n <= 1 {
            return;
        }
        // Copy it up, then remove the original by rotating it to the top and popping.
        self.emit(Op::CopyN(n));
        // Now the original is n+1 deep; move it to top and drop it.
        for k in (2..=n + 1).rev() {
            let _ = k;
        }
        // Swap original to just under TOS then pop under: use SwapN sequence.
        let mut depth = n + 1;
        while depth > 2 {
            self.emit(Op::SwapN(depth));
            self.emit(Op::SwapN(depth - 1));
            depth -= 1;
        }
        // [.., orig, copy] -> drop orig
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
    }

    fn fix_after_swap(&mut self, _k: u32) {}

    /// Reorders the captures on top of the stack from `have` order to `want` order.
    fn reorder(&mut self, have: &[String], want: &[String]) {
        let mut cur: Vec<String> = have.to_vec();
        let n = cur.len();
        for (i, w) in want.iter().enumerate() {
            let pos = cur.iter().position(|x| x == w).unwrap_or(i);
            if pos != i {
                // Stack depth of element at index j (0 = bottom of captures) is n - j.
                let d_pos = (n - pos) as u32;
                let d_i = (n - i) as u32;
                // Swap the two via top: bring both using SwapN.
                self.emit(Op::SwapN(d_pos));
                self.emit(Op::SwapN(d_i));
                self.emit(Op::SwapN(d_pos));
                cur.swap(i, pos);
            }
        }
    }
}

/// Adjusts pop counts (no-op helper kept for readability at call sites).
fn adjust(fails: &mut Vec<(usize, usize)>, _extra: usize) -> &mut Vec<(usize, usize)> {
    fails
}

fn is_irrefutable(p: &Pattern) -> bool {
    match &p.kind {
        PatternKind::As { pattern: None, .. } => true,
        PatternKind::As { pattern: Some(inner), .. } => is_irrefutable(inner),
        PatternKind::Or(alts) => alts.iter().any(is_irrefutable),
        _ => false,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. })) => Some(s),
        _ => None,
    }
}

/// A capacity hint for the value stack (exactness is not required).
fn stack_estimate(ops: &[Op]) -> u32 {
    let mut depth: i64 = 0;
    let mut max: i64 = 0;
    for op in ops {
        let d: i64 = match op {
            Op::LoadConst(_) | Op::LoadFast(_) | Op::LoadDeref(_) | Op::LoadGlobal(_) | Op::LoadName(_) | Op::LoadClosure(_) | Op::Dup | Op::CopyN(_) => 1,
            Op::Dup2 => 2,
            Op::LoadMethod(_) | Op::ForIter(_) | Op::BeforeWith => 1,
            Op::Pop | Op::StoreFast(_) | Op::StoreName(_) | Op::StoreGlobal(_) | Op::StoreDeref(_) | Op::Binary(_) | Op::Compare(_) => -1,
            Op::UnpackSequence(n) => *n as i64 - 1,
            Op::UnpackEx(n) => ((n & 0xff) + (n >> 8)) as i64,
            Op::BuildTuple(n) | Op::BuildList(n) | Op::BuildSet(n) => 1 - *n as i64,
            Op::BuildMap(n) => 1 - 2 * *n as i64,
            Op::Call(n) => -(*n as i64),
            _ => 0,
        };
        depth += d;
        if depth < 0 {
            depth = 0;
        }
        max = max.max(depth);
    }
    (max + 4) as u32
}

impl crate::object::PyObject {
    /// The text of a str object (empty for other objects).
    pub fn payload_str(&self) -> &str {
        match &self.payload {
            crate::object::Payload::Str(s) => s.as_str(),
            _ => "",
        }
    }
}
