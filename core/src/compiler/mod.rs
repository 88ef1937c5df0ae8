//! Compiler: AST to code objects, following CPython 3.11's `Python/compile.c` for what is
//! observable: instruction locations (they drive traceback carets), evaluation order, scopes
//! and names, and the compile-time errors. Each function, class body, lambda and
//! comprehension gets its own code object.
//!
//! - `stmt.rs`: statements, blocks and unwinding (loops, try, with);
//! - `expr.rs`: expressions, calls, comprehensions, conditional jumps;
//! - `pattern.rs`: `match` statements;
//! - `fold.rs`: constant folding (CPython's AST optimizer).

mod expr;
mod fold;
mod pattern;
mod stmt;
#[cfg(test)]
mod tests;
mod unparse;

use crate::types::FastMap as HashMap;
use std::rc::Rc;

use crate::ast::*;
use crate::bytecode::{code_flags, Code, Loc, Op};
use crate::error::{SyntaxErr, SyntaxKind};
use crate::object::Value;
use crate::parser;
use crate::symtable::{self, flags as symflags, mangle, ScopeKind, SymScope, SymbolTable};
use crate::types::intern;

/// Does CPython's AST optimizer turn this expression into a constant? (Tracebacks show no
/// operator anchors for those.)
pub fn folds_to_constant(e: &Expr) -> bool {
    fold::fold(e).is_some()
}

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

/// A warning found while compiling (CPython emits them through the warnings module).
#[derive(Clone, Debug)]
pub struct CompileWarning {
    pub category: &'static str,
    pub message: String,
    pub filename: String,
    pub lineno: u32,
    /// 0-based columns and end line, for the SyntaxError an "error" filter turns it into.
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
    /// The source line, for warnings of the parser (the compiler's read the file).
    pub text: Option<String>,
}

thread_local! {
    static WARNINGS: std::cell::RefCell<Vec<CompileWarning>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records a warning found while tokenizing or compiling.
pub fn push_warning(w: CompileWarning) {
    WARNINGS.with(|x| x.borrow_mut().push(w));
}

/// How many warnings are pending (see `warnings_since`).
pub(crate) fn warnings_len() -> usize {
    WARNINGS.with(|w| w.borrow().len())
}

/// Copies of the warnings recorded after the first `n`.
pub(crate) fn warnings_since(n: usize) -> Vec<CompileWarning> {
    WARNINGS.with(|w| w.borrow().get(n..).map(<[_]>::to_vec).unwrap_or_default())
}

thread_local! {
    static INHERITED_FUTURE_ANNOTATIONS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with `from __future__ import annotations` in force for the code it compiles
/// (compile()/exec()/eval() inherit the caller's future flags, or get them as `flags`).
pub fn with_future_annotations<T>(on: bool, f: impl FnOnce() -> T) -> T {
    let old = INHERITED_FUTURE_ANNOTATIONS.with(|c| c.replace(on));
    let r = f();
    INHERITED_FUTURE_ANNOTATIONS.with(|c| c.set(old));
    r
}

/// Takes the warnings produced by the last compilations.
pub fn take_warnings() -> Vec<CompileWarning> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

/// Compiles source text to a code object.
pub fn compile_source(src: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, SyntaxErr> {
    compile_source_lines(src, filename, mode, &parser::split_lines(src))
}

/// Compiles source text whose [`parser::split_lines`] the caller already has.
pub fn compile_source_lines(
    src: &str,
    filename: &str,
    mode: Mode,
    lines: &[String],
) -> Result<Rc<Code>, SyntaxErr> {
    crate::error::stack::init();
    let fix = |mut e: SyntaxErr| {
        if e.filename.is_empty() {
            e.filename = filename.to_string();
        }
        e
    };
    let input = match mode {
        Mode::Eval => parser::Input::Eval,
        Mode::File => parser::Input::File,
        Mode::Exec | Mode::ExecLast => parser::Input::Module,
        Mode::Single => parser::Input::Interactive,
    };
    let parsed = parser::parse_source_lines(src, filename, input, lines).map_err(fix)?;
    let r = match parsed {
        parser::Module::Expr(e) if mode == Mode::Eval => compile_expression(&e, filename, lines),
        parser::Module::Expr(e) => {
            let body = [Stmt {
                span: e.span,
                kind: StmtKind::Expr(e),
            }];
            compile_module(&body, filename, lines, mode)
        }
        parser::Module::Stmts(body) if mode != Mode::Eval => {
            compile_module(&body, filename, lines, mode)
        }
        parser::Module::Stmts(_) => Err(SyntaxErr::bare(SyntaxKind::Syntax, "invalid syntax")),
    };
    r.map_err(fix)
}

/// Compiles a parsed module (`Mode::Single`: expression statements print their values;
/// `Mode::ExecLast`: the value of a final expression statement is returned).
pub fn compile_module(
    body: &[Stmt],
    filename: &str,
    lines: &[String],
    mode: Mode,
) -> Result<Rc<Code>, SyntaxErr> {
    let interactive = mode == Mode::Single;
    check_depth_stmts(body, 0)?;
    let mut future = future_features(body, interactive, lines, filename)?;
    future.annotations |= INHERITED_FUTURE_ANNOTATIONS.with(|c| c.get());
    let st = if future.annotations {
        symtable::build_future_annotations(body, lines, filename)?
    } else {
        symtable::build(body, lines, filename)?
    };
    let mut c = Compiler::new(&st, filename, lines);
    c.interactive = interactive;
    c.future_annotations = future.annotations;
    c.future_lineno = future.lineno;
    c.enter_unit(0, ScopeType::Module, "<module>", 1);
    if interactive {
        if find_ann(body) {
            c.emit(Op::SetupAnnotations);
        }
        for s in body {
            c.stmt(s)?;
        }
    } else if let (
        Mode::ExecLast,
        Some((
            Stmt {
                kind: StmtKind::Expr(e),
                ..
            },
            init,
        )),
    ) = (mode, body.split_last())
    {
        c.body(init)?;
        c.expr(e)?;
        c.emit(Op::Return);
    } else {
        c.body(body)?;
    }
    c.loc = Loc::default();
    c.load_const(Value::None);
    c.emit(Op::Return);
    let code = c.finish_unit();
    Ok(code)
}

fn compile_expression(e: &Expr, filename: &str, lines: &[String]) -> Result<Rc<Code>, SyntaxErr> {
    check_depth_expr(e, 0)?;
    let st = symtable::build_expr(e, lines, filename)?;
    let mut c = Compiler::new(&st, filename, lines);
    // An expression holds no annotations; only the code flag records the future import.
    c.future_annotations = INHERITED_FUTURE_ANNOTATIONS.with(|c| c.get());
    c.enter_unit(0, ScopeType::Module, "<module>", 1);
    c.expr(e)?;
    c.emit(Op::Return);
    let code = c.finish_unit();
    Ok(code)
}

/// The AST must not nest deeper than the compiler's recursion limit (CPython's AST
/// optimizer raises RecursionError first).
fn check_depth_stmts(body: &[Stmt], depth: u32) -> Result<(), SyntaxErr> {
    for s in body {
        check_depth_stmt(s, depth + 1)?;
    }
    Ok(())
}

fn too_deep() -> SyntaxErr {
    SyntaxErr::bare(
        SyntaxKind::Recursion,
        "maximum recursion depth exceeded during compilation",
    )
}

fn check_depth_stmt(s: &Stmt, depth: u32) -> Result<(), SyntaxErr> {
    if depth > symtable::MAX_COMPILE_DEPTH {
        return Err(too_deep());
    }
    let ex = |e: &Expr| check_depth_expr(e, depth + 1);
    match &s.kind {
        StmtKind::FunctionDef {
            args,
            body,
            decorators,
            returns,
            ..
        } => {
            for d in decorators {
                ex(d)?;
            }
            check_depth_args(args, depth)?;
            if let Some(r) = returns {
                ex(r)?;
            }
            check_depth_stmts(body, depth)?;
        }
        StmtKind::ClassDef {
            bases,
            keywords,
            body,
            decorators,
            ..
        } => {
            for e in decorators.iter().chain(bases.iter()) {
                ex(e)?;
            }
            for k in keywords {
                ex(&k.value)?;
            }
            check_depth_stmts(body, depth)?;
        }
        StmtKind::Return(Some(v)) => ex(v)?,
        StmtKind::Return(None) => {}
        StmtKind::Delete(ts) => {
            for t in ts {
                ex(t)?;
            }
        }
        StmtKind::Assign { targets, value } => {
            for t in targets {
                ex(t)?;
            }
            ex(value)?;
        }
        StmtKind::AugAssign { target, value, .. } => {
            ex(target)?;
            ex(value)?;
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            ex(target)?;
            ex(annotation)?;
            if let Some(v) = value {
                ex(v)?;
            }
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            ex(target)?;
            ex(iter)?;
            check_depth_stmts(body, depth)?;
            check_depth_stmts(orelse, depth)?;
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            ex(test)?;
            check_depth_stmts(body, depth)?;
            check_depth_stmts(orelse, depth)?;
        }
        StmtKind::With { items, body, .. } => {
            for it in items {
                ex(&it.context)?;
                if let Some(t) = &it.target {
                    ex(t)?;
                }
            }
            check_depth_stmts(body, depth)?;
        }
        StmtKind::Match { subject, cases } => {
            ex(subject)?;
            for c in cases {
                check_depth_pattern(&c.pattern, depth + 1)?;
                if let Some(g) = &c.guard {
                    ex(g)?;
                }
                check_depth_stmts(&c.body, depth)?;
            }
        }
        StmtKind::Raise { exc, cause } => {
            for e in exc.iter().chain(cause.iter()) {
                ex(e)?;
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            check_depth_stmts(body, depth)?;
            for h in handlers {
                if let Some(t) = &h.typ {
                    ex(t)?;
                }
                check_depth_stmts(&h.body, depth)?;
            }
            check_depth_stmts(orelse, depth)?;
            check_depth_stmts(finalbody, depth)?;
        }
        StmtKind::Assert { test, msg } => {
            ex(test)?;
            if let Some(m) = msg {
                ex(m)?;
            }
        }
        StmtKind::Expr(e) => ex(e)?,
        _ => {}
    }
    Ok(())
}

fn check_depth_args(a: &Arguments, depth: u32) -> Result<(), SyntaxErr> {
    for d in a.defaults.iter().chain(a.kw_defaults.iter().flatten()) {
        check_depth_expr(d, depth + 1)?;
    }
    for arg in a.all_names() {
        if let Some(an) = &arg.annotation {
            check_depth_expr(an, depth + 1)?;
        }
    }
    Ok(())
}

fn check_depth_pattern(p: &Pattern, depth: u32) -> Result<(), SyntaxErr> {
    if depth > symtable::MAX_COMPILE_DEPTH {
        return Err(too_deep());
    }
    match &p.kind {
        PatternKind::Value(e) | PatternKind::Singleton(e) => check_depth_expr(e, depth + 1)?,
        PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
            for x in ps {
                check_depth_pattern(x, depth + 1)?;
            }
        }
        PatternKind::Mapping { keys, patterns, .. } => {
            for k in keys {
                check_depth_expr(k, depth + 1)?;
            }
            for x in patterns {
                check_depth_pattern(x, depth + 1)?;
            }
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            check_depth_expr(cls, depth + 1)?;
            for x in patterns.iter().chain(kwd_patterns.iter()) {
                check_depth_pattern(x, depth + 1)?;
            }
        }
        PatternKind::As {
            pattern: Some(x), ..
        } => check_depth_pattern(x, depth + 1)?,
        _ => {}
    }
    Ok(())
}

fn check_depth_expr(e: &Expr, depth: u32) -> Result<(), SyntaxErr> {
    if depth > symtable::MAX_COMPILE_DEPTH || crate::error::stack::low() {
        return Err(too_deep());
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::BoolOp { values: v, .. }
        | ExprKind::Set(v)
        | ExprKind::JoinedStr(v)
        | ExprKind::List { elts: v, .. }
        | ExprKind::Tuple { elts: v, .. } => {
            for x in v {
                check_depth_expr(x, d)?;
            }
        }
        ExprKind::NamedExpr {
            target: a,
            value: b,
        }
        | ExprKind::BinOp {
            left: a, right: b, ..
        } => {
            check_depth_expr(a, d)?;
            check_depth_expr(b, d)?;
        }
        ExprKind::Subscript {
            value: a, slice: b, ..
        } => {
            check_depth_expr(a, d)?;
            check_depth_expr(b, d)?;
        }
        ExprKind::UnaryOp { operand: a, .. }
        | ExprKind::Await(a)
        | ExprKind::YieldFrom(a)
        | ExprKind::Attribute { value: a, .. }
        | ExprKind::Starred { value: a, .. } => check_depth_expr(a, d)?,
        ExprKind::Lambda { args, body } => {
            check_depth_args(args, depth)?;
            check_depth_expr(body, d)?;
        }
        ExprKind::IfExp { test, body, orelse } => {
            check_depth_expr(test, d)?;
            check_depth_expr(body, d)?;
            check_depth_expr(orelse, d)?;
        }
        ExprKind::Dict { keys, values } => {
            for k in keys.iter().flatten() {
                check_depth_expr(k, d)?;
            }
            for v in values {
                check_depth_expr(v, d)?;
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            check_depth_expr(elt, d)?;
            check_depth_comps(generators, d)?;
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            check_depth_expr(key, d)?;
            check_depth_expr(value, d)?;
            check_depth_comps(generators, d)?;
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                check_depth_expr(v, d)?;
            }
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            check_depth_expr(left, d)?;
            for c in comparators {
                check_depth_expr(c, d)?;
            }
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            check_depth_expr(func, d)?;
            for a in args {
                check_depth_expr(a, d)?;
            }
            for k in keywords {
                check_depth_expr(&k.value, d)?;
            }
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            check_depth_expr(value, d)?;
            if let Some(f) = format_spec {
                check_depth_expr(f, d)?;
            }
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                check_depth_expr(x, d)?;
            }
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
    }
    Ok(())
}

fn check_depth_comps(gens: &[Comprehension], depth: u32) -> Result<(), SyntaxErr> {
    for g in gens {
        check_depth_expr(&g.target, depth)?;
        check_depth_expr(&g.iter, depth)?;
        for i in &g.ifs {
            check_depth_expr(i, depth)?;
        }
    }
    Ok(())
}

/// `from __future__ import ...` features (CPython's `future.c`).
struct Future {
    annotations: bool,
    /// Line of the last future import (later ones are errors).
    lineno: u32,
}

fn future_features(
    body: &[Stmt],
    _interactive: bool,
    lines: &[String],
    filename: &str,
) -> Result<Future, SyntaxErr> {
    let mut f = Future {
        annotations: false,
        lineno: 0,
    };
    let mut i = if docstring(body).is_some() { 1 } else { 0 };
    let mut done = false;
    let mut prev_line = 0;
    while i < body.len() {
        let s = &body[i];
        i += 1;
        if done && s.span.start.line > prev_line {
            break;
        }
        prev_line = s.span.start.line;
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                let at = |msg: String| {
                    let mut e =
                        SyntaxErr::at_node(SyntaxKind::Syntax, msg, s.span, lines, filename);
                    e.end_line = e.line;
                    // end_offset None (see syntax_error_to_exc).
                    e.end_col = i64::MIN;
                    e.col = crate::error::char_to_byte_offset(
                        lines
                            .get(s.span.start.line as usize - 1)
                            .map(|x| x.as_str())
                            .unwrap_or(""),
                        s.span.start.col as i64 + 1,
                    );
                    e
                };
                if done {
                    let mut e = at(
                        "from __future__ imports must occur at the beginning of the file".into(),
                    );
                    e.col -= 1;
                    return Err(e);
                }
                for a in names {
                    match a.name.as_str() {
                        "nested_scopes" | "generators" | "division" | "absolute_import"
                        | "with_statement" | "print_function" | "unicode_literals"
                        | "generator_stop" | "barry_as_FLUFL" => {}
                        "annotations" => f.annotations = true,
                        "braces" => return Err(at("not a chance".into())),
                        other => {
                            return Err(at(format!("future feature {} is not defined", other)))
                        }
                    }
                }
                f.lineno = s.span.start.line;
            }
            _ => done = true,
        }
    }
    Ok(f)
}

/// Whether statements contain annotated assignments (outside nested scopes): then the
/// module or class needs `__annotations__`.
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(orelse)
                || find_ann(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

/// The docstring of a body: a first statement that is a string constant.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

/// The kind of code unit (CPython's COMPILER_SCOPE_*).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// What a frame-block on the compiler's stack needs when control leaves it early (CPython's
/// fblockinfo).
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    While {
        start: usize,
        breaks: Vec<usize>,
    },
    For {
        start: usize,
        breaks: Vec<usize>,
    },
    TryExcept,
    FinallyTry(&'a [Stmt]),
    /// Running a finally body after an exception (the exception is on the stack).
    FinallyEnd,
    With {
        is_async: bool,
        span: Span,
    },
    /// In an except handler; `name` is bound for `except ... as name`.
    HandlerCleanup {
        name: Option<String>,
    },
    /// An except* handler: break/continue/return are not allowed.
    ExceptionGroupHandler,
    /// A value on the stack that must be popped (the match subject).
    PopValue,
}

struct Unit<'a> {
    scope: usize,
    scope_type: ScopeType,
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
}

pub struct Compiler<'a> {
    st: &'a SymbolTable,
    units: Vec<Unit<'a>>,
    filename: String,
    lines: &'a [String],
    /// The location given to emitted instructions (CPython's u_lineno and friends).
    loc: Loc,
    interactive: bool,
    future_annotations: bool,
    future_lineno: u32,
    /// Constants of the whole compilation by key: equal constants are one object in every
    /// code object (CPython merges them the same way).
    const_cache: HashMap<String, Value>,
    /// The comparison being compiled is the operand of `not`: CPython's AST optimizer makes
    /// `not a is b` into `a is not b` (and `in` likewise) before warning about literals.
    negated_compare: bool,
}

fn span_loc(s: Span) -> Loc {
    Loc {
        line: s.start.line,
        end_line: s.end.line,
        col: s.start.col,
        end_col: s.end.col,
    }
}

/// CPython's limit on nested blocks (loops, try, with) in one code object.
const CO_MAXBLOCKS: usize = 20;

type CResult = Result<(), SyntaxErr>;

impl<'a> Compiler<'a> {
    fn new(st: &'a SymbolTable, filename: &str, lines: &'a [String]) -> Compiler<'a> {
        Compiler {
            st,
            units: Vec::new(),
            filename: filename.to_string(),
            lines,
            loc: Loc {
                line: 1,
                end_line: 1,
                col: 0,
                end_col: 0,
            },
            interactive: false,
            future_annotations: false,
            future_lineno: 0,
            const_cache: HashMap::default(),
            negated_compare: false,
        }
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always active while compiling")
    }

    fn ur(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always active while compiling")
    }

    fn scope(&self) -> &'a symtable::Scope {
        let st: &'a SymbolTable = self.st;
        &st.scopes[self.ur().scope]
    }

    /// CPython's `compiler_error`: at the current location, with the text re-read from the
    /// file.
    fn error(&self, msg: impl Into<String>) -> SyntaxErr {
        let l = self.loc;
        let span = Span::new(
            crate::lexer::Pos {
                line: l.line,
                col: l.col,
            },
            crate::lexer::Pos {
                line: l.end_line,
                col: l.end_col,
            },
        );
        SyntaxErr::at_node(SyntaxKind::Syntax, msg, span, self.lines, &self.filename)
    }

    /// CPython's `compiler_warn` (a SyntaxWarning at the current line).
    fn warn(&mut self, msg: impl Into<String>) {
        let w = CompileWarning {
            category: "SyntaxWarning",
            message: msg.into(),
            filename: self.filename.clone(),
            lineno: self.loc.line,
            col: self.loc.col,
            end_lineno: self.loc.end_line,
            end_col: self.loc.end_col,
            text: None,
        };
        WARNINGS.with(|x| x.borrow_mut().push(w));
    }

    fn set_loc(&mut self, span: Span) {
        self.loc = span_loc(span);
    }

    /// CPython's UNSET_LOC: artificial instructions have no location.
    fn unset_loc(&mut self) {
        self.loc = Loc::default();
    }

    /// Opens a code unit (CPython's `compiler_enter_scope` and `compiler_set_qualname`).
    fn enter_unit(&mut self, scope: usize, scope_type: ScopeType, name: &str, firstlineno: u32) {
        let sc = &self.st.scopes[scope];
        let private = self.units.last().and_then(|u| u.private.clone());
        let qualname = self.qualname_for(scope_type, name);
        let mut u = Unit {
            scope,
            scope_type,
            ops: Vec::new(),
            locs: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::default(),
            names: Vec::new(),
            name_index: HashMap::default(),
            varnames: sc.params.clone(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            name: name.to_string(),
            qualname,
            firstlineno,
            fblocks: Vec::new(),
            private,
        };
        let mut cells: Vec<String> = sc
            .names
            .iter()
            .filter(|n| sc.symbols[*n].scope == SymScope::Cell)
            .cloned()
            .collect();
        if sc.needs_class_cell {
            cells.push("__class__".into());
        }
        cells.sort();
        let mut frees: Vec<String> = sc
            .names
            .iter()
            .filter(|n| {
                let s = &sc.symbols[*n];
                s.scope == SymScope::Free || s.flags & symflags::DEF_FREE_CLASS != 0
            })
            .cloned()
            .collect();
        frees.sort();
        u.cellvars = cells;
        u.freevars = frees;
        if sc.is_function_like() {
            u.flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if sc.nested {
                u.flags |= code_flags::NESTED;
            }
            if sc.is_generator && !sc.is_coroutine {
                u.flags |= code_flags::GENERATOR;
            }
            if !sc.is_generator && sc.is_coroutine {
                u.flags |= code_flags::COROUTINE;
            }
            if sc.is_generator && sc.is_coroutine {
                u.flags |= code_flags::ASYNC_GENERATOR;
            }
            if sc.varargs {
                u.flags |= code_flags::VARARGS;
            }
            if sc.varkeywords {
                u.flags |= code_flags::VARKEYWORDS;
            }
        }
        if u.freevars.is_empty() && u.cellvars.is_empty() {
            u.flags |= code_flags::NOFREE;
        }
        if self.future_annotations {
            u.flags |= code_flags::FUTURE_ANNOTATIONS;
        }
        self.units.push(u);
        self.loc = Loc {
            line: firstlineno,
            end_line: firstlineno,
            col: 0,
            end_col: 0,
        };
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, scope_type: ScopeType, name: &str) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.ur();
        if matches!(
            scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == SymScope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.scope_type {
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    fn finish_unit(&mut self) -> Rc<Code> {
        let mut u = self.units.pop().expect("finish_unit with an active unit");
        // Instructions without a location take the previous instruction's (CPython's
        // propagate_line_numbers, in code order).
        for i in 1..u.locs.len() {
            if u.locs[i].line == 0 {
                u.locs[i] = u.locs[i - 1];
            }
        }
        let stacksize = stack_estimate(&u.ops);
        fuse_pairs(&mut u.ops);
        let sc = &self.st.scopes[u.scope];
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| sc.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let nnames = u.names.len();
        let class_cell = if sc.is_function_like() {
            u.freevars
                .iter()
                .position(|f| f == "__class__")
                .map(|i| (u.cellvars.len() + i) as u32)
        } else {
            u.cellvars
                .iter()
                .position(|c| c == "__class__")
                .map(|i| i as u32)
        };
        Rc::new(Code {
            ops: u.ops,
            locs: u.locs,
            consts: u.consts,
            names: u.names.iter().map(|s| intern(s)).collect(),
            varnames: u.varnames.iter().map(|s| intern(s)).collect(),
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
            global_cache: (0..nnames)
                .map(|_| std::cell::Cell::new(Default::default()))
                .collect(),
            attr_cache: std::cell::OnceCell::new(),
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

    fn patch_all_here(&mut self, js: Vec<usize>) {
        for j in js {
            self.patch_here(j);
        }
    }

    /// The compilation's shared object for a constant (nested tuple items too).
    fn canonical_const(&mut self, v: Value, key: &str) -> Value {
        if let Some(c) = self.const_cache.get(key) {
            return c.clone();
        }
        let v = match &v {
            Value::Obj(o) => match &o.payload {
                crate::object::Payload::Tuple(items) => {
                    let items: Vec<Value> = items
                        .iter()
                        .map(|it| match const_key(it) {
                            Some(k) => self.canonical_const(it.clone(), &k),
                            None => it.clone(),
                        })
                        .collect();
                    crate::objects::tupleobj::new_tuple(items)
                }
                // As CPython, constants made of name characters are interned (shared with
                // sys.intern() and every other module's constants).
                crate::object::Payload::Str(s)
                    if s.as_str()
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
                {
                    Value::Obj(intern(s.as_str()))
                }
                _ => v.clone(),
            },
            _ => v,
        };
        self.const_cache.insert(key.to_string(), v.clone());
        v
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let key = const_key(&v);
        let v = match &key {
            Some(k) if matches!(v, Value::Obj(_)) => self.canonical_const(v, k),
            _ => v,
        };
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
        let i = self.add_const(v);
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

    /// A name operand with private-name mangling (CPython's ADDOP_NAME).
    fn mangled_name_idx(&mut self, name: &str) -> u32 {
        let m = self.mangled(name);
        self.name_idx(&m)
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    fn varname_idx(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    fn deref_idx(&self, name: &str) -> u32 {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        (u.cellvars.len() + u.freevars.iter().position(|c| c == name).unwrap_or(0)) as u32
    }

    // ----- names -----

    /// CPython's `forbidden_name`.
    fn check_forbidden(&self, name: &str, ctx: Ctx) -> CResult {
        if name == "__debug__" {
            match ctx {
                Ctx::Store => return Err(self.error("cannot assign to __debug__")),
                Ctx::Del => return Err(self.error("cannot delete __debug__")),
                Ctx::Load => {}
            }
        }
        Ok(())
    }

    /// CPython's `compiler_nameop`.
    fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult {
        self.check_forbidden(name, ctx)?;
        let mangled = self.mangled(name);
        let sc = self.scope();
        let scope = sc.scope_of(&mangled);
        let is_func = sc.is_function_like();
        let is_class = sc.kind == ScopeKind::Class;
        let op = match scope {
            SymScope::Free | SymScope::Cell => {
                let i = self.deref_idx(&mangled);
                match ctx {
                    Ctx::Load if is_class => Op::LoadClassDeref(i),
                    Ctx::Load => Op::LoadDeref(i),
                    Ctx::Store => Op::StoreDeref(i),
                    Ctx::Del => Op::DeleteDeref(i),
                }
            }
            SymScope::Local if is_func => {
                let i = self.varname_idx(&mangled);
                match ctx {
                    Ctx::Load => Op::LoadFast(i),
                    Ctx::Store => Op::StoreFast(i),
                    Ctx::Del => Op::DeleteFast(i),
                }
            }
            SymScope::GlobalExplicit | SymScope::GlobalImplicit
                if scope == SymScope::GlobalExplicit || is_func =>
            {
                let i = self.name_idx(&mangled);
                match ctx {
                    Ctx::Load => Op::LoadGlobal(i),
                    Ctx::Store => Op::StoreGlobal(i),
                    Ctx::Del => Op::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.name_idx(&mangled);
                match ctx {
                    Ctx::Load => Op::LoadName(i),
                    Ctx::Store => Op::StoreName(i),
                    Ctx::Del => Op::DeleteName(i),
                }
            }
        };
        self.emit(op);
        Ok(())
    }

    /// Blocks on the compiler's block stack (CPython's `compiler_push_fblock`).
    fn push_fblock(&mut self, fb: FBlock<'a>) -> CResult {
        if self.ur().fblocks.len() >= CO_MAXBLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(fb);
        Ok(())
    }

    fn pop_fblock(&mut self) -> Option<FBlock<'a>> {
        self.u().fblocks.pop()
    }
}

/// Constants are shared within a code object when equal by type and value.
fn const_key(v: &Value) -> Option<String> {
    Some(match v {
        Value::None => "N".to_string(),
        Value::Bool(b) => format!("B{}", b),
        Value::Int(i) => format!("I{}", i),
        Value::Float(f) => format!("F{}", f.to_bits()),
        Value::Obj(o) => match &o.payload {
            crate::object::Payload::Str(s) => format!("S{}", s.as_str()),
            crate::object::Payload::Bytes(b) => format!("Y{:?}", b),
            // Equal constant tuples are one object too (`(1, 2) is (1, 2)`, as CPython).
            crate::object::Payload::Tuple(items)
                if std::ptr::eq(o.class.ptr(), Rc::as_ptr(&crate::types::types().tuple)) =>
            {
                let mut k = format!("T{}", items.len());
                for it in items.iter() {
                    let ik = const_key(it)?;
                    k.push_str(&format!("({}:{})", ik.len(), ik));
                }
                k
            }
            _ => return None,
        },
        Value::Null => return None,
    })
}

/// Rewrites the first of some adjacent instruction pairs into a superinstruction (see
/// `Op::LoadFastAttr`). Backwards, so that a pair's second instruction is already final: a
/// fused instruction is never the second of another pair.
fn fuse_pairs(ops: &mut [Op]) {
    for k in (0..ops.len().saturating_sub(1)).rev() {
        ops[k] = match (ops[k], ops[k + 1]) {
            (Op::LoadFast(i), Op::LoadAttr(_)) => Op::LoadFastAttr(i),
            (Op::LoadFast(i), Op::LoadMethod(_)) => Op::LoadFastMethod(i),
            (Op::LoadFast(i), Op::StoreAttr(_)) => Op::LoadFastStoreAttr(i),
            (Op::LoadFast(i), Op::LoadFast(_)) => Op::LoadFast2(i),
            (Op::LoadFast(i), Op::LoadConst(_)) => Op::LoadFastConst(i),
            (Op::Compare(c), Op::PopJumpIfFalse(_)) => Op::CompareJumpIfFalse(c),
            (Op::LoadConst(i), Op::Return) => Op::ReturnConst(i),
            (Op::Binary(b), Op::StoreFast(_)) => Op::BinaryStore(b),
            (Op::InplaceBinary(b), Op::StoreFast(_)) => Op::InplaceStore(b),
            (Op::ForIter(t), Op::StoreFast(_)) => Op::ForIterStore(t),
            _ => continue,
        };
    }
}

/// A capacity hint for the value stack (exactness is not required).
fn stack_estimate(ops: &[Op]) -> u32 {
    let mut depth: i64 = 0;
    let mut max: i64 = 0;
    for op in ops {
        let d: i64 = match op {
            Op::LoadConst(_)
            | Op::LoadFast(_)
            | Op::LoadDeref(_)
            | Op::LoadGlobal(_)
            | Op::LoadName(_)
            | Op::LoadClosure(_)
            | Op::Dup
            | Op::CopyN(_) => 1,
            Op::Dup2 => 2,
            Op::LoadMethod(_) | Op::ForIter(_) | Op::BeforeWith => 1,
            Op::Pop
            | Op::StoreFast(_)
            | Op::StoreName(_)
            | Op::StoreGlobal(_)
            | Op::StoreDeref(_)
            | Op::Binary(_)
            | Op::Compare(_) => -1,
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
