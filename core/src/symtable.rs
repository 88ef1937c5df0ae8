//! Symbol tables (a port of CPython 3.11's `Python/symtable.c`): which names are local,
//! global, free or cells in each scope, and the compile-time errors about names (`global` and
//! `nonlocal` misuse, duplicate parameters, assignment expressions in comprehensions, `yield`
//! in comprehensions). Scopes are keyed by the address of the AST node that creates them
//! (def, lambda, class, comprehension), so the compiler can find them in any order.

use crate::types::{FastMap as HashMap, FastSet as HashSet};

use crate::ast::*;
use crate::error::{SyntaxErr, SyntaxKind};

/// Symbol flags (CPython's DEF_* values).
pub mod flags {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const DEF_FREE: u32 = 32;
    pub const DEF_FREE_CLASS: u32 = 64;
    pub const DEF_IMPORT: u32 = 128;
    pub const DEF_ANNOT: u32 = 256;
    pub const DEF_COMP_ITER: u32 = 512;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

/// The kind of block (CPython's `_Py_block_ty`, with functions split by how they print).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
    /// `from __future__ import annotations`: annotations are evaluated nowhere.
    Annotation,
}

/// Which comprehension a comprehension scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Where a name lives (CPython's scope values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymScope,
}

/// One symbol table entry (CPython's `PySTEntryObject`).
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in first-seen order.
    pub names: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameters in order (positional-only, positional, keyword-only, *args, **kwargs).
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub comprehension: Option<CompKind>,
    pub nested: bool,
    pub has_free: bool,
    pub child_free: bool,
    /// Class scope whose methods use `__class__` (or `super`).
    pub needs_class_cell: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    pub lineno: u32,
    /// Locations of `global`/`nonlocal` statements, for error messages.
    directives: HashMap<String, Span>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, lineno: u32) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            names: Vec::new(),
            symbols: HashMap::default(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            comprehension: None,
            nested: false,
            has_free: false,
            child_free: false,
            needs_class_cell: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            lineno,
            directives: HashMap::default(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }

    /// The scope of a name; unknown names are implicit globals.
    pub fn scope_of(&self, name: &str) -> SymScope {
        self.symbols
            .get(name)
            .map(|s| s.scope)
            .unwrap_or(SymScope::GlobalImplicit)
    }

    /// Functions, lambdas and comprehensions (CPython's FunctionBlock).
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    fn flags_of(&self, name: &str) -> u32 {
        self.symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index.
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// CPython's private name mangling: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(cls) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = cls.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

/// How deep the AST may nest before "maximum recursion depth exceeded during compilation"
/// (CPython: the recursion limit times 3).
pub const MAX_COMPILE_DEPTH: u32 = 3000;

/// Builds the symbol table for a module (or `exec`/`single` input).
pub fn build(body: &[Stmt], lines: &[String], filename: &str) -> Result<SymbolTable, SyntaxErr> {
    build_with(lines, filename, false, |b| b.stmts(body))
}

/// Builds the symbol table for a module compiled with `from __future__ import annotations`.
pub fn build_future_annotations(
    body: &[Stmt],
    lines: &[String],
    filename: &str,
) -> Result<SymbolTable, SyntaxErr> {
    build_with(lines, filename, true, |b| b.stmts(body))
}

/// Builds the symbol table for a single expression (eval mode).
pub fn build_expr(e: &Expr, lines: &[String], filename: &str) -> Result<SymbolTable, SyntaxErr> {
    build_with(lines, filename, false, |b| b.expr(e))
}

fn build_with(
    lines: &[String],
    filename: &str,
    future_annotations: bool,
    f: impl FnOnce(&mut Builder) -> R,
) -> Result<SymbolTable, SyntaxErr> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None, 0)],
        by_node: HashMap::default(),
        stack: vec![0],
        lines,
        filename,
        private: None,
        depth: 0,
        future_annotations,
    };
    f(&mut b)?;
    b.analyze()?;
    Ok(SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

type R = Result<(), SyntaxErr>;

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    /// Open blocks, innermost last.
    stack: Vec<usize>,
    lines: &'a [String],
    filename: &'a str,
    /// The enclosing class name, for private name mangling.
    private: Option<String>,
    depth: u32,
    future_annotations: bool,
}

impl<'a> Builder<'a> {
    fn cur(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn ste(&mut self) -> &mut Scope {
        let c = self.cur();
        &mut self.scopes[c]
    }

    fn err(&self, msg: impl Into<String>, span: Span) -> SyntaxErr {
        SyntaxErr::at_node(SyntaxKind::Syntax, msg, span, self.lines, self.filename)
    }

    fn recursion_error(&self) -> SyntaxErr {
        SyntaxErr::bare(
            SyntaxKind::Recursion,
            "maximum recursion depth exceeded during compilation",
        )
    }

    fn enter_depth(&mut self) -> R {
        self.depth += 1;
        if self.depth > MAX_COMPILE_DEPTH || crate::error::stack::low() {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    fn enter_block<T>(&mut self, node: &T, kind: ScopeKind, name: &str, lineno: u32) {
        let idx = self.scopes.len();
        let parent = self.cur();
        let mut sc = Scope::new(kind, name, Some(parent), lineno);
        let p = &self.scopes[parent];
        if p.nested || p.is_function_like() {
            sc.nested = true;
        }
        self.scopes.push(sc);
        self.scopes[parent].children.push(idx);
        self.by_node.insert(node as *const T as usize, idx);
        self.stack.push(idx);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    /// CPython's `symtable_add_def_helper` on scope `idx`.
    fn add_def_in(&mut self, idx: usize, name: &str, flag: u32, span: Span) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let ste = &self.scopes[idx];
        let mut val = match ste.symbols.get(&mangled) {
            Some(sym) => {
                if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                    return Err(self.err(
                        format!("duplicate argument '{}' in function definition", name),
                        span,
                    ));
                }
                sym.flags | flag
            }
            None => flag,
        };
        if ste.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{}'",
                        name
                    ),
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        let ste = &mut self.scopes[idx];
        match ste.symbols.get_mut(&mangled) {
            Some(sym) => sym.flags = val,
            None => {
                ste.names.push(mangled.clone());
                ste.symbols.insert(
                    mangled.clone(),
                    Symbol {
                        flags: val,
                        scope: SymScope::Local,
                    },
                );
            }
        }
        if flag & DEF_PARAM != 0 {
            ste.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // The module's symbol dict doubles as CPython's st_global.
            let top = &mut self.scopes[0];
            match top.symbols.get_mut(&mangled) {
                Some(sym) => sym.flags |= flag,
                None => {
                    top.names.push(mangled.clone());
                    top.symbols.insert(
                        mangled,
                        Symbol {
                            flags: flag,
                            scope: SymScope::Local,
                        },
                    );
                }
            }
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> R {
        let c = self.cur();
        self.add_def_in(c, name, flag, span)
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.scopes[self.cur()].flags_of(&mangled)
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = mangle(self.private.as_deref(), name);
        self.ste().directives.entry(mangled).or_insert(span);
    }

    // ----- statements -----

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn exprs(&mut self, v: &[Expr]) -> R {
        for e in v {
            self.expr(e)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.enter_depth()?;
        self.stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorators,
                returns,
                is_async,
            } => {
                self.add_def(name, DEF_LOCAL, s.span)?;
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.annotations(s, args, returns.as_deref())?;
                self.exprs(decorators)?;
                self.enter_block(s, ScopeKind::Function, name, s.span.start.line);
                if *is_async {
                    self.ste().is_coroutine = true;
                }
                self.arguments(args)?;
                self.stmts(body)?;
                self.exit_block();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            } => {
                self.add_def(name, DEF_LOCAL, s.span)?;
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(decorators)?;
                self.enter_block(s, ScopeKind::Class, name, s.span.start.line);
                let saved = self.private.replace(name.clone());
                self.stmts(body)?;
                self.private = saved;
                self.exit_block();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                    self.ste().returns_value = true;
                }
            }
            StmtKind::Delete(ts) => self.exprs(ts)?,
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(
                            self.err(format!("annotated name '{}' can't be {}", id, what), s.span)
                        );
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                    if let Some(c) = cause {
                        self.expr(c)?;
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.alias(a)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.alias(a)?;
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let global = matches!(s.kind, StmtKind::Global(_));
                let kw = if global { "global" } else { "nonlocal" };
                for n in names {
                    let cur = self.lookup(n);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and {}", n, kw)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to {} declaration", n, kw)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be {}", n, kw)
                        } else {
                            format!("name '{}' is assigned to before {} declaration", n, kw)
                        };
                        return Err(self.err(msg, s.span));
                    }
                    self.add_def(n, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, s.span)?;
                    self.record_directive(n, s.span);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.expr(t)?;
                    }
                }
                self.stmts(body)?;
            }
        }
        Ok(())
    }

    fn alias(&mut self, a: &Alias) -> R {
        let name = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.scopes[self.cur()].kind != ScopeKind::Module {
                return Err(self.err("import * only allowed at module level", a.span));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name).to_string();
        self.add_def(&store, DEF_IMPORT, a.span)
    }

    /// Annotations of a def: evaluated in the enclosing scope (or nowhere with the
    /// annotations future import).
    fn annotations(&mut self, s: &Stmt, a: &Arguments, returns: Option<&Expr>) -> R {
        if self.future_annotations {
            self.enter_block(a, ScopeKind::Annotation, "_annotation", s.span.start.line);
        }
        for arg in a.posonly.iter().chain(a.args.iter()) {
            if let Some(an) = &arg.annotation {
                self.expr(an)?;
            }
        }
        for arg in a.vararg.iter().chain(a.kwarg.iter()) {
            if let Some(an) = &arg.annotation {
                self.expr(an)?;
            }
        }
        for arg in &a.kwonly {
            if let Some(an) = &arg.annotation {
                self.expr(an)?;
            }
        }
        if self.future_annotations {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        Ok(())
    }

    fn annotation(&mut self, e: &Expr) -> R {
        if self.future_annotations {
            self.enter_block(e, ScopeKind::Annotation, "_annotation", e.span.start.line);
        }
        self.expr(e)?;
        if self.future_annotations {
            self.exit_block();
        }
        Ok(())
    }

    /// Parameters, in CPython's order.
    fn arguments(&mut self, a: &Arguments) -> R {
        for arg in a.posonly.iter().chain(a.args.iter()).chain(a.kwonly.iter()) {
            self.add_def(&arg.name, DEF_PARAM, arg.span)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.name, DEF_PARAM, v.span)?;
            self.ste().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.span)?;
            self.ste().varkeywords = true;
        }
        Ok(())
    }

    // ----- patterns -----

    fn pattern(&mut self, p: &Pattern) -> R {
        self.enter_depth()?;
        match &p.kind {
            PatternKind::Value(e) => self.expr(e)?,
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                for x in ps {
                    self.pattern(x)?;
                }
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.span)?;
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                for x in patterns {
                    self.pattern(x)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.span)?;
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for x in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(x)?;
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(x) = pattern {
                    self.pattern(x)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.span)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    // ----- expressions -----

    fn expr(&mut self, e: &Expr) -> R {
        self.enter_depth()?;
        self.expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.raise_if_annotation_block("named expression", e)?;
                self.named_expr(e, target, value)?
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.enter_block(e, ScopeKind::Lambda, "lambda", e.span.start.line);
                self.arguments(args)?;
                self.expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(elts) => self.exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "genexpr", CompKind::Generator, generators, elt, None)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", CompKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "dictcomp", CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Yield(v) => {
                self.raise_if_annotation_block("yield expression", e)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_in_scope(e)?;
            }
            ExprKind::YieldFrom(v) => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.expr(v)?;
                self.yield_in_scope(e)?;
            }
            ExprKind::Await(v) => {
                self.raise_if_annotation_block("await expression", e)?;
                self.expr(v)?;
                self.ste().is_coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr(vs) => self.exprs(vs)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                self.add_def(id, if *ctx == Ctx::Load { USE } else { DEF_LOCAL }, e.span)?;
                // super() counts as a use of __class__.
                if *ctx == Ctx::Load && self.scopes[self.cur()].is_function_like() && id == "super"
                {
                    self.add_def("__class__", USE, e.span)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
        }
        Ok(())
    }

    fn yield_in_scope(&mut self, e: &Expr) -> R {
        self.ste().is_generator = true;
        if let Some(c) = self.scopes[self.cur()].comprehension {
            let msg = match c {
                CompKind::List => "'yield' inside list comprehension",
                CompKind::Set => "'yield' inside set comprehension",
                CompKind::Dict => "'yield' inside dict comprehension",
                CompKind::Generator => "'yield' inside generator expression",
            };
            return Err(self.err(msg, e.span));
        }
        Ok(())
    }

    /// CPython's `symtable_handle_namedexpr`.
    /// Annotations kept as strings (`from __future__ import annotations`) may not hold
    /// expressions that act: CPython's `symtable_raise_if_annotation_block`.
    fn raise_if_annotation_block(&mut self, what: &str, e: &Expr) -> R {
        if self.scopes[self.cur()].kind == ScopeKind::Annotation {
            return Err(self.err(
                format!("'{}' can not be used within an annotation", what),
                e.span,
            ));
        }
        Ok(())
    }

    fn named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> R {
        if self.scopes[self.cur()].comp_iter_expr > 0 {
            return Err(self.err(
                "assignment expression cannot be used in a comprehension iterable expression",
                e.span,
            ));
        }
        if self.scopes[self.cur()].comprehension.is_some() {
            self.extend_namedexpr_scope(target)?;
        }
        self.expr(value)?;
        self.expr(target)
    }

    /// CPython's `symtable_extend_namedexpr_scope`: the target of `:=` in a comprehension
    /// binds in the nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let span = target.span;
        for i in (0..self.stack.len()).rev() {
            let idx = self.stack[i];
            let ste = &self.scopes[idx];
            if ste.comprehension.is_some() {
                if ste.flags_of(id) & DEF_COMP_ITER != 0 {
                    return Err(self.err(format!("assignment expression cannot rebind comprehension iteration variable '{}'", id), span));
                }
                continue;
            }
            match ste.kind {
                ScopeKind::Function
                | ScopeKind::Lambda
                | ScopeKind::Comprehension
                | ScopeKind::Annotation => {
                    let flag = if ste.flags_of(id) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(id, flag, span)?;
                    self.record_directive(id, span);
                    return self.add_def_in(idx, id, DEF_LOCAL, span);
                }
                ScopeKind::Module => {
                    self.add_def(id, DEF_GLOBAL, span)?;
                    self.record_directive(id, span);
                    return self.add_def_in(idx, id, DEF_GLOBAL, span);
                }
                ScopeKind::Class => {
                    return Err(self.err("assignment expression within a comprehension cannot be used in a class body", span));
                }
            }
        }
        Ok(())
    }

    /// CPython's `symtable_handle_comprehension`.
    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: CompKind,
        gens: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = gens.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.ste().comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.ste().comp_iter_expr -= 1;
        self.enter_block(e, ScopeKind::Comprehension, name, e.span.start.line);
        self.ste().comprehension = Some(kind);
        if outermost.is_async {
            self.ste().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.ste().comp_iter_target = true;
        self.expr(&outermost.target)?;
        self.ste().comp_iter_target = false;
        self.exprs(&outermost.ifs)?;
        for g in &gens[1..] {
            self.ste().comp_iter_target = true;
            self.expr(&g.target)?;
            self.ste().comp_iter_target = false;
            self.ste().comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.ste().comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.ste().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        let is_gen = kind == CompKind::Generator;
        self.ste().is_generator = is_gen;
        let is_async = self.scopes[self.cur()].is_coroutine && !is_gen;
        self.exit_block();
        if is_async {
            self.ste().is_coroutine = true;
        }
        Ok(())
    }

    // ----- analysis (CPython's analyze_block and friends) -----

    fn analyze(&mut self) -> R {
        let mut free = NameSet::default();
        let mut global = NameSet::default();
        self.analyze_block(0, None, &mut free, &mut global)
    }

    fn directive_error(&self, idx: usize, name: &str, msg: String) -> SyntaxErr {
        let span = self.scopes[idx]
            .directives
            .get(name)
            .copied()
            .unwrap_or_default();
        self.err(msg, span)
    }

    /// Resolves the names of one block. `bound`: names bound in enclosing function scopes
    /// (None at module level); `free`: collects free names; `global`: known globals.
    fn analyze_block(
        &mut self,
        idx: usize,
        bound: Option<&NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> R {
        let kind = self.scopes[idx].kind;
        let is_class = kind == ScopeKind::Class;
        let is_function = self.scopes[idx].is_function_like();
        let mut local = NameSet::default();
        let mut scopes: HashMap<String, SymScope> = HashMap::default();
        let mut newglobal = NameSet::default();
        let mut newfree = NameSet::default();
        let mut newbound = NameSet::default();
        if is_class {
            set_union(&mut newglobal, global);
            if let Some(b) = bound {
                set_union(&mut newbound, b);
            }
        }
        let names = self.scopes[idx].names.clone();
        // Names this block declares global leave the bound set it passes on (CPython's
        // analyze_name discards them from `bound`): its children see them as globals.
        let mut unbound_here: Vec<&String> = Vec::new();
        for name in &names {
            let fl = self.scopes[idx].symbols[name].flags;
            // analyze_name
            if fl & DEF_GLOBAL != 0 {
                if fl & DEF_NONLOCAL != 0 {
                    return Err(self.directive_error(
                        idx,
                        name,
                        format!("name '{}' is nonlocal and global", name),
                    ));
                }
                scopes.insert(name.clone(), SymScope::GlobalExplicit);
                set_add(global, name);
                if bound.is_some_and(|b| b.contains(name)) {
                    unbound_here.push(name);
                }
                continue;
            }
            if fl & DEF_NONLOCAL != 0 {
                let Some(b) = bound else {
                    return Err(self.directive_error(
                        idx,
                        name,
                        "nonlocal declaration not allowed at module level".into(),
                    ));
                };
                if !b.contains(name) {
                    return Err(self.directive_error(
                        idx,
                        name,
                        format!("no binding for nonlocal '{}' found", name),
                    ));
                }
                scopes.insert(name.clone(), SymScope::Free);
                self.scopes[idx].has_free = true;
                set_add(free, name);
                continue;
            }
            if fl & DEF_BOUND != 0 {
                scopes.insert(name.clone(), SymScope::Local);
                set_add(&mut local, name);
                global.remove(name);
                continue;
            }
            if let Some(b) = bound {
                if b.contains(name) {
                    scopes.insert(name.clone(), SymScope::Free);
                    self.scopes[idx].has_free = true;
                    set_add(free, name);
                    continue;
                }
            }
            if global.contains(name) {
                scopes.insert(name.clone(), SymScope::GlobalImplicit);
                continue;
            }
            if self.scopes[idx].nested {
                self.scopes[idx].has_free = true;
            }
            scopes.insert(name.clone(), SymScope::GlobalImplicit);
        }
        if !is_class {
            if is_function {
                set_union(&mut newbound, &local);
            }
            if let Some(b) = bound {
                set_union(&mut newbound, b);
            }
            for name in &unbound_here {
                newbound.remove(name.as_str());
            }
            set_union(&mut newglobal, global);
        } else {
            set_add(&mut newbound, "__class__");
        }
        let mut allfree = NameSet::default();
        let children = self.scopes[idx].children.clone();
        for c in children {
            let temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.analyze_block(c, Some(&temp_bound), &mut temp_free, &mut temp_global)?;
            set_union(&mut allfree, &temp_free);
            if self.scopes[c].has_free || self.scopes[c].child_free {
                self.scopes[idx].child_free = true;
            }
        }
        set_union(&mut newfree, &allfree);
        if is_function {
            // analyze_cells: locals that children need become cells.
            for (name, sc) in scopes.iter_mut() {
                if *sc == SymScope::Local && newfree.contains(name) {
                    *sc = SymScope::Cell;
                }
            }
            newfree.retain(|n| scopes.get(n) != Some(&SymScope::Cell));
        } else if is_class && newfree.remove("__class__") {
            self.scopes[idx].needs_class_cell = true;
        }
        // update_symbols
        for name in &names {
            let sc = scopes
                .get(name)
                .copied()
                .unwrap_or(SymScope::GlobalImplicit);
            if let Some(sym) = self.scopes[idx].symbols.get_mut(name) {
                sym.scope = sc;
            }
        }
        let mut newfree_sorted: Vec<&String> = newfree.iter().collect();
        newfree_sorted.sort();
        for name in newfree_sorted {
            let ste = &mut self.scopes[idx];
            if let Some(sym) = ste.symbols.get_mut(name) {
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = bound {
                if !b.contains(name) || unbound_here.contains(&name) {
                    continue;
                }
            }
            ste.names.push(name.clone());
            ste.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: SymScope::Free,
                },
            );
        }
        set_union(free, &newfree);
        Ok(())
    }
}

type NameSet = HashSet<String>;

fn set_add(v: &mut NameSet, name: &str) {
    if !v.contains(name) {
        v.insert(name.to_string());
    }
}

fn set_union(v: &mut NameSet, other: &NameSet) {
    for n in other {
        set_add(v, n);
    }
}
