//! Symbol tables: which names are local, global, free or cells in each scope. Scopes are
//! keyed by the address of the AST node that creates them (def, lambda, class,
//! comprehension), so the compiler can visit nodes in any order.

use std::collections::HashMap;

use crate::ast::*;
use crate::error::{SyntaxErr, SyntaxKind};

pub mod flags {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const DEF_IMPORT: u32 = 32;
    pub const DEF_ANNOT: u32 = 64;
    pub const DEF_COMP_ITER: u32 = 128;
}
use flags::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

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

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in first-seen order.
    pub names: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameters in order.
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Class scope whose methods use `__class__`/`super`.
    pub needs_class_cell: bool,
    pub lineno: u32,
    /// Lines of `global`/`nonlocal` statements, for error messages.
    decl_lines: HashMap<String, u32>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, lineno: u32) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            names: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            lineno,
            decl_lines: HashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }

    pub fn scope_of(&self, name: &str) -> SymScope {
        match self.symbols.get(name) {
            Some(s) => s.scope,
            None => {
                if self.kind == ScopeKind::Module {
                    SymScope::GlobalImplicit
                } else {
                    SymScope::GlobalImplicit
                }
            }
        }
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
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

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    lines: &'a [String],
    filename: &'a str,
    /// Inside the iterable of a comprehension (walrus is forbidden there).
    in_comp_iter: bool,
    /// The enclosing class name, for private name mangling.
    private: Option<String>,
}

/// CPython's private name mangling: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(cls) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = cls.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

/// Builds the symbol table for a module (or `eval`/`exec` input).
pub fn build(body: &[Stmt], lines: &[String], filename: &str) -> Result<SymbolTable, SyntaxErr> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None, 1)],
        by_node: HashMap::new(),
        cur: 0,
        lines,
        filename,
        in_comp_iter: false,
        private: None,
    };
    for s in body {
        b.stmt(s)?;
    }
    b.analyze()?;
    Ok(SymbolTable { scopes: b.scopes, by_node: b.by_node })
}

/// Builds the symbol table for a single expression (eval mode).
pub fn build_expr(e: &Expr, lines: &[String], filename: &str) -> Result<SymbolTable, SyntaxErr> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None, 1)],
        by_node: HashMap::new(),
        cur: 0,
        lines,
        filename,
        in_comp_iter: false,
        private: None,
    };
    b.expr(e)?;
    b.analyze()?;
    Ok(SymbolTable { scopes: b.scopes, by_node: b.by_node })
}

impl<'a> Builder<'a> {
    fn err(&self, msg: impl Into<String>, span: Span) -> SyntaxErr {
        SyntaxErr::at_node(SyntaxKind::Syntax, msg, span, self.lines, self.filename)
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str, lineno: u32) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.cur), lineno));
        self.scopes[self.cur].children.push(idx);
        self.by_node.insert(node as *const T as usize, idx);
        let prev = self.cur;
        self.cur = idx;
        prev
    }

    fn add(&mut self, name: &str, flag: u32, span: Span) -> Result<(), SyntaxErr> {
        let mangled = mangle(self.private.as_deref(), name);
        let name = mangled.as_str();
        let sc = &mut self.scopes[self.cur];
        if let Some(sym) = sc.symbols.get_mut(name) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(self.err(format!("duplicate argument '{}' in function definition", name), span));
            }
            sym.flags |= flag;
        } else {
            sc.names.push(name.to_string());
            sc.symbols.insert(name.to_string(), Symbol { flags: flag, scope: SymScope::Local });
        }
        if flag & DEF_PARAM != 0 {
            self.scopes[self.cur].params.push(name.to_string());
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxErr> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxErr> {
        match &s.kind {
            StmtKind::FunctionDef { name, args, body, decorators, returns, is_async } => {
                self.add(name, DEF_LOCAL, s.span)?;
                for d in decorators {
                    self.expr(d)?;
                }
                self.arg_defaults(args)?;
                self.annotations(args, returns.as_deref())?;
                let prev = self.push_scope(s, ScopeKind::Function, name, s.span.start.line);
                self.scopes[self.cur].is_coroutine = *is_async;
                self.params(args)?;
                self.stmts(body)?;
                self.cur = prev;
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorators } => {
                self.add(name, DEF_LOCAL, s.span)?;
                for d in decorators {
                    self.expr(d)?;
                }
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let prev = self.push_scope(s, ScopeKind::Class, name, s.span.start.line);
                let saved = self.private.replace(name.clone());
                self.stmts(body)?;
                self.private = saved;
                self.cur = prev;
            }
            StmtKind::Return(v) => {
                if self.scopes[self.cur].kind != ScopeKind::Function {
                    return Err(self.err("'return' outside function", s.span));
                }
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.add(id, USE, target.span)?;
                }
                self.expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let sc = &self.scopes[self.cur];
                    if let Some(sym) = sc.symbols.get(id) {
                        if sym.flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                            let what = if sym.flags & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                            return Err(self.err(format!("annotated name '{}' can't be {}", id, what), target.span));
                        }
                    }
                    if *simple {
                        self.add(id, DEF_LOCAL | DEF_ANNOT, target.span)?;
                    } else if value.is_some() {
                        self.add(id, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.expr(target)?;
                }
                if self.scopes[self.cur].kind != ScopeKind::Function || !*simple {
                    self.expr(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
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
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.expr(t)?;
                    }
                }
                self.stmts(body)?;
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
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
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
                    let n = match &a.asname {
                        Some(x) => x.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&n, DEF_IMPORT | DEF_LOCAL, a.span)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", s.span));
                        }
                        continue;
                    }
                    let n = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.add(&n, DEF_IMPORT | DEF_LOCAL, a.span)?;
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let is_global = matches!(s.kind, StmtKind::Global(_));
                for n in names {
                    let cur = &self.scopes[self.cur];
                    if !is_global && cur.kind == ScopeKind::Module {
                        return Err(self.err("nonlocal declaration not allowed at module level", s.span));
                    }
                    if let Some(sym) = cur.symbols.get(n) {
                        let what = if is_global { "global" } else { "nonlocal" };
                        if sym.flags & DEF_PARAM != 0 {
                            return Err(self.err(format!("name '{}' is parameter and {}", n, what), s.span));
                        }
                        if !is_global && sym.flags & DEF_GLOBAL != 0 {
                            return Err(self.err(format!("name '{}' is nonlocal and global", n), s.span));
                        }
                        if is_global && sym.flags & DEF_NONLOCAL != 0 {
                            return Err(self.err(format!("name '{}' is nonlocal and global", n), s.span));
                        }
                        if sym.flags & USE != 0 {
                            return Err(self.err(format!("name '{}' is used prior to {} declaration", n, what), s.span));
                        }
                        if sym.flags & DEF_ANNOT != 0 {
                            return Err(self.err(format!("annotated name '{}' can't be {}", n, what), s.span));
                        }
                        if sym.flags & (DEF_LOCAL | DEF_IMPORT) != 0 {
                            return Err(self.err(format!("name '{}' is assigned to before {} declaration", n, what), s.span));
                        }
                    }
                    self.scopes[self.cur].decl_lines.insert(n.clone(), s.span.start.line);
                    self.add(n, if is_global { DEF_GLOBAL } else { DEF_NONLOCAL }, s.span)?;
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn arg_defaults(&mut self, args: &Arguments) -> Result<(), SyntaxErr> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result<(), SyntaxErr> {
        for a in args.all_names() {
            if let Some(an) = &a.annotation {
                self.expr(an)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) -> Result<(), SyntaxErr> {
        for a in args.posonly.iter().chain(args.args.iter()).chain(args.kwonly.iter()) {
            self.add(&a.name, DEF_PARAM, a.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add(&a.name, DEF_PARAM, a.span)?;
        }
        if let Some(a) = &args.kwarg {
            self.add(&a.name, DEF_PARAM, a.span)?;
        }
        // Keep CPython's varnames order: positional, keyword-only, *args, **kwargs.
        let sc = &mut self.scopes[self.cur];
        let mut order: Vec<String> = args.posonly.iter().chain(args.args.iter()).chain(args.kwonly.iter()).map(|a| a.name.clone()).collect();
        if let Some(a) = &args.vararg {
            order.push(a.name.clone());
        }
        if let Some(a) = &args.kwarg {
            order.push(a.name.clone());
        }
        sc.params = order;
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxErr> {
        match &p.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e)?,
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                for x in ps {
                    self.pattern(x)?;
                }
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                for k in keys {
                    self.expr(k)?;
                }
                for x in patterns {
                    self.pattern(x)?;
                }
                if let Some(r) = rest {
                    self.add(r, DEF_LOCAL, p.span)?;
                }
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for x in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(x)?;
                }
            }
            PatternKind::Star(n) => {
                if let Some(n) = n {
                    self.add(n, DEF_LOCAL, p.span)?;
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(x) = pattern {
                    self.pattern(x)?;
                }
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL, p.span)?;
                }
            }
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), SyntaxErr> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxErr> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                if self.in_comp_iter {
                    return Err(self.err(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.namedexpr_target(id, target.span)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                let prev = self.push_scope(e, ScopeKind::Lambda, "lambda", e.span.start.line);
                self.params(args)?;
                self.expr(body)?;
                self.cur = prev;
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
            ExprKind::ListComp { elt, generators } => self.comprehension(e, "listcomp", &[elt], generators, false)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, "setcomp", &[elt], generators, false)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, "genexpr", &[elt], generators, true)?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "dictcomp", &[key, value], generators, false)?
            }
            ExprKind::Await(v) => {
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.check_yield(e.span, "yield")?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.scopes[self.cur].is_generator = true;
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e.span, "yield")?;
                if self.scopes[self.cur].is_coroutine {
                    return Err(self.err("'yield from' inside async function", e.span));
                }
                self.expr(v)?;
                self.scopes[self.cur].is_generator = true;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
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
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == Ctx::Load { USE } else { DEF_LOCAL };
                self.add(id, flag, e.span)?;
                if *ctx == Ctx::Load && id == "super" && self.scopes[self.cur].is_function_like() {
                    self.add("__class__", USE, e.span)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield(&self, span: Span, what: &str) -> Result<(), SyntaxErr> {
        match self.scopes[self.cur].kind {
            ScopeKind::Module | ScopeKind::Class => Err(self.err(format!("'{}' outside function", what), span)),
            ScopeKind::Comprehension => {
                Err(self.err("'yield' inside list comprehension", span))
            }
            _ => Ok(()),
        }
    }

    fn namedexpr_target(&mut self, name: &str, span: Span) -> Result<(), SyntaxErr> {
        if self.scopes[self.cur].kind != ScopeKind::Comprehension {
            return self.add(name, DEF_LOCAL, span);
        }
        // Binds in the nearest enclosing non-comprehension scope.
        let sc = &self.scopes[self.cur];
        if let Some(sym) = sc.symbols.get(name) {
            if sym.flags & DEF_COMP_ITER != 0 {
                return Err(self.err(
                    format!("assignment expression cannot rebind comprehension iteration variable '{}'", name),
                    span,
                ));
            }
        }
        let mut i = self.cur;
        loop {
            let s = &self.scopes[i];
            match s.kind {
                ScopeKind::Comprehension => {
                    if let Some(sym) = s.symbols.get(name) {
                        if sym.flags & DEF_COMP_ITER != 0 {
                            return Err(self.err(
                                format!("assignment expression cannot rebind comprehension iteration variable '{}'", name),
                                span,
                            ));
                        }
                    }
                    match s.parent {
                        Some(p) => i = p,
                        None => break,
                    }
                }
                ScopeKind::Class => {
                    return Err(self.err("assignment expression within a comprehension cannot be used in a class body", span));
                }
                ScopeKind::Module => {
                    self.add(name, DEF_GLOBAL, span)?;
                    let saved = self.cur;
                    self.cur = i;
                    self.add(name, DEF_LOCAL, span)?;
                    // Mark intermediate comprehensions as global users too.
                    self.cur = saved;
                    return Ok(());
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let saved = self.cur;
                    // Each comprehension between here and the function sees it as nonlocal.
                    let mut j = self.cur;
                    while j != i {
                        self.cur = j;
                        self.add(name, DEF_NONLOCAL, span)?;
                        j = self.scopes[j].parent.unwrap_or(i);
                    }
                    self.cur = i;
                    self.add(name, DEF_LOCAL, span)?;
                    self.cur = saved;
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        elts: &[&Expr],
        gens: &[Comprehension],
        is_gen: bool,
    ) -> Result<(), SyntaxErr> {
        // The outermost iterable is evaluated in the enclosing scope.
        let saved_flag = self.in_comp_iter;
        self.in_comp_iter = true;
        self.expr(&gens[0].iter)?;
        self.in_comp_iter = saved_flag;
        let is_async = gens.iter().any(|g| g.is_async);
        let prev = self.push_scope(node, ScopeKind::Comprehension, name, node.span.start.line);
        self.scopes[self.cur].is_generator = is_gen;
        if is_async && !is_gen {
            self.scopes[self.cur].is_coroutine = true;
        }
        if is_gen && is_async {
            self.scopes[self.cur].is_coroutine = true;
        }
        self.add(".0", DEF_PARAM, node.span)?;
        for (i, g) in gens.iter().enumerate() {
            self.comp_target(&g.target)?;
            if i > 0 {
                self.in_comp_iter = true;
                self.expr(&g.iter)?;
                self.in_comp_iter = saved_flag;
            }
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.cur = prev;
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> Result<(), SyntaxErr> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.add(id, DEF_LOCAL | DEF_COMP_ITER, t.span),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for x in elts {
                    self.comp_target(x)?;
                }
                Ok(())
            }
            ExprKind::Starred { value, .. } => self.comp_target(value),
            _ => self.expr(t),
        }
    }

    // ----- analysis -----

    fn analyze(&mut self) -> Result<(), SyntaxErr> {
        let mut free = Vec::new();
        self.analyze_scope(0, &[], &[], &mut free)
    }

    /// Resolves the scope of every name. `bound` are names bound in enclosing function
    /// scopes; `globals` names declared global in enclosing scopes. Returns (via `free_out`)
    /// the names this scope needs from its enclosing scopes.
    fn analyze_scope(
        &mut self,
        idx: usize,
        bound: &[String],
        globals: &[String],
        free_out: &mut Vec<String>,
    ) -> Result<(), SyntaxErr> {
        let kind = self.scopes[idx].kind;
        let names = self.scopes[idx].names.clone();
        let mut local: Vec<String> = Vec::new();
        let mut new_globals: Vec<String> = globals.to_vec();
        for n in &names {
            let sym = self.scopes[idx].symbols[n].clone();
            let scope = if sym.flags & DEF_GLOBAL != 0 {
                if !new_globals.contains(n) {
                    new_globals.push(n.clone());
                }
                SymScope::GlobalExplicit
            } else if sym.flags & DEF_NONLOCAL != 0 {
                if !bound.contains(n) {
                    let line = self.scopes[idx].decl_lines.get(n).copied().unwrap_or(self.scopes[idx].lineno);
                    let mut e = SyntaxErr::new(
                        SyntaxKind::Syntax,
                        format!("no binding for nonlocal '{}' found", n),
                        line,
                        1,
                        self.lines,
                    );
                    e.filename = self.filename.to_string();
                    return Err(e);
                }
                SymScope::Free
            } else if sym.flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT) != 0 {
                local.push(n.clone());
                new_globals.retain(|g| g != n);
                SymScope::Local
            } else if kind != ScopeKind::Module && bound.contains(n) && !(kind == ScopeKind::Class && false) {
                SymScope::Free
            } else if globals.contains(n) {
                SymScope::GlobalExplicit
            } else {
                SymScope::GlobalImplicit
            };
            if let Some(s) = self.scopes[idx].symbols.get_mut(n) {
                s.scope = scope;
            }
        }
        // Names visible to children as enclosing bindings.
        let mut child_bound: Vec<String> = bound.to_vec();
        match kind {
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => {
                for l in &local {
                    if !child_bound.contains(l) {
                        child_bound.push(l.clone());
                    }
                }
            }
            ScopeKind::Class => {
                if !child_bound.iter().any(|b| b == "__class__") {
                    child_bound.push("__class__".into());
                }
            }
            ScopeKind::Module => {}
        }
        if kind != ScopeKind::Class {
            // A local name rebinding shadows an enclosing global declaration.
            for l in &local {
                new_globals.retain(|g| g != l);
            }
        }
        // Analyze children; collect their free names.
        let children = self.scopes[idx].children.clone();
        let mut child_free: Vec<String> = Vec::new();
        for c in children {
            let mut cf = Vec::new();
            let cb = if kind == ScopeKind::Class {
                // Class-level names are not visible to methods.
                let mut b = bound.to_vec();
                b.push("__class__".into());
                b
            } else {
                child_bound.clone()
            };
            self.analyze_scope(c, &cb, &new_globals, &mut cf)?;
            for f in cf {
                if !child_free.contains(&f) {
                    child_free.push(f);
                }
            }
        }
        // Free names of children that are local here become cells.
        for f in &child_free {
            if kind == ScopeKind::Class && f == "__class__" {
                self.scopes[idx].needs_class_cell = true;
                continue;
            }
            let is_local_here = kind != ScopeKind::Class
                && kind != ScopeKind::Module
                && self.scopes[idx].symbols.get(f).map(|s| s.scope == SymScope::Local).unwrap_or(false);
            if is_local_here {
                if let Some(s) = self.scopes[idx].symbols.get_mut(f) {
                    s.scope = SymScope::Cell;
                }
            } else if kind != ScopeKind::Module {
                // Passes through this scope.
                let sc = &mut self.scopes[idx];
                match sc.symbols.get_mut(f) {
                    Some(s) => {
                        if kind == ScopeKind::Class {
                            // Class uses its own local but children need the enclosing one:
                            // mark with a flag so the compiler creates a free var too.
                            if s.scope == SymScope::Local || s.scope == SymScope::GlobalImplicit {
                                s.flags |= 0x1000;
                            }
                            if s.scope == SymScope::GlobalImplicit {
                                s.scope = SymScope::Free;
                            }
                        } else if s.scope == SymScope::GlobalImplicit {
                            s.scope = SymScope::Free;
                        }
                    }
                    None => {
                        sc.names.push(f.clone());
                        sc.symbols.insert(f.clone(), Symbol { flags: 0, scope: SymScope::Free });
                    }
                }
                if !free_out.contains(f) {
                    free_out.push(f.clone());
                }
            }
        }
        for n in &self.scopes[idx].names {
            if let Some(s) = self.scopes[idx].symbols.get(n) {
                if (s.scope == SymScope::Free || s.flags & 0x1000 != 0) && !free_out.contains(n) {
                    free_out.push(n.clone());
                }
            }
        }
        Ok(())
    }
}
