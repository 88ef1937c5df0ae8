//! The `_ast` module: parses source with the interpreter's own parser and turns the Rust AST
//! (`crate::ast`) into the node objects of the `ast` module, whose classes `ast.py` defines
//! and hands in (`_ast._parse(source, filename, mode, classes)`).

use std::collections::HashMap;

use crate::ast::*;
use crate::lexer::Pos;
use crate::object::*;
use crate::objects::complexobj::new_complex;
use crate::objects::intobj::parse_int_literal;
use crate::objects::{bytesobj, dictobj, funcobj, listobj, moduleobj, strobj};
use crate::types::{self, types};
use crate::vm::{PyResult, Vm};

/// Fills the `_ast` namespace.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    moduleobj::module_set(
        m,
        "_parse",
        funcobj::new_native("_parse", ast_parse, Some("_ast"), 0),
    );
    for (name, value) in [
        ("PyCF_ONLY_AST", 1024),
        ("PyCF_TYPE_COMMENTS", 4096),
        ("PyCF_ALLOW_TOP_LEVEL_AWAIT", 8192),
    ] {
        moduleobj::module_set(m, name, Value::Int(value));
    }
    Ok(())
}

/// `_parse(source, filename, mode, classes)`: the tree of `source` as node objects, built by
/// calling `classes[name](*fields)` and setting the position attributes.
fn ast_parse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "_parse", 4)?;
    let (Some(src), Some(filename), Some(mode)) =
        (a[0].as_rust_str(), a[1].as_rust_str(), a[2].as_rust_str())
    else {
        return Err(vm.new_type_error("_parse() expects str source, filename and mode"));
    };
    let (src, filename, mode) = (src.to_string(), filename.to_string(), mode.to_string());
    if src.contains('\0') {
        return Err(vm.new_exception_msg(
            &types().exc.syntax_error,
            "source code string cannot contain null bytes",
        ));
    }
    if dictobj::as_dict(&a[3]).is_none() {
        return Err(vm.new_type_error("_parse() classes must be a dict"));
    }
    let mut conv = Converter {
        classes: a[3].clone(),
        cache: HashMap::new(),
        shared: HashMap::new(),
        lines: crate::parser::split_lines(&src),
    };
    vm.cache_source(&filename, &src);
    let parsed = match mode.as_str() {
        "exec" => crate::parser::parse_module(&src, &filename).map(Tree::Module),
        "eval" => crate::parser::parse_expression(&src, &filename).map(Tree::Expression),
        "single" => crate::parser::parse_interactive(&src, &filename).map(Tree::Interactive),
        _ => return Err(vm.new_value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let tree = match parsed {
        Ok(t) => t,
        Err(e) => return Err(crate::exceptions::syntax_error_to_exc(vm, e)),
    };
    match tree {
        Tree::Module(body) => {
            let body = conv.stmts(vm, &body)?;
            conv.node(vm, "Module", vec![body, listobj::new_list(vec![])], None)
        }
        Tree::Interactive(body) => {
            let body = conv.stmts(vm, &body)?;
            conv.node(vm, "Interactive", vec![body], None)
        }
        Tree::Expression(e) => {
            let body = conv.expr(vm, &e)?;
            conv.node(vm, "Expression", vec![body], None)
        }
    }
}

enum Tree {
    Module(Vec<Stmt>),
    Interactive(Vec<Stmt>),
    Expression(Expr),
}

struct Converter {
    /// name -> node class, from `ast.py`.
    classes: Value,
    /// Classes looked up so far.
    cache: HashMap<&'static str, Value>,
    /// The shared instances of context and operator nodes.
    shared: HashMap<&'static str, Value>,
    /// The source lines, to turn character columns into CPython's UTF-8 byte offsets.
    lines: Vec<String>,
}

impl Converter {
    fn class(&mut self, vm: &mut Vm, name: &'static str) -> PyResult<Value> {
        if let Some(c) = self.cache.get(name) {
            return Ok(c.clone());
        }
        let found = dictobj::as_dict(&self.classes).and_then(|d| d.get_rust_str(name));
        match found {
            Some(c) => {
                self.cache.insert(name, c.clone());
                Ok(c)
            }
            None => Err(vm.new_runtime_error(format!("_ast: no node class {}", name))),
        }
    }

    /// A node of class `name` with positional `fields` and, if given, its location.
    fn node(
        &mut self,
        vm: &mut Vm,
        name: &'static str,
        fields: Vec<Value>,
        span: Option<Span>,
    ) -> PyResult<Value> {
        let cls = self.class(vm, name)?;
        let obj = vm.call(&cls, &fields)?;
        if let Some(span) = span {
            let (line, col) = self.position(span.start);
            let (end_line, end_col) = self.position(span.end);
            for (attr, v) in [
                ("lineno", line),
                ("col_offset", col),
                ("end_lineno", end_line),
                ("end_col_offset", end_col),
            ] {
                vm.set_attr(&obj, &types::intern(attr), Value::Int(v))?;
            }
        }
        Ok(obj)
    }

    /// A shared fieldless node (`Load()`, `Add()`, ...): CPython hands out one instance of
    /// each, so it is kept in the classes dict under `"Name()"`.
    fn singleton(&mut self, vm: &mut Vm, name: &'static str) -> PyResult<Value> {
        if let Some(v) = self.shared.get(name) {
            return Ok(v.clone());
        }
        let key = format!("{}()", name);
        let stored = dictobj::as_dict(&self.classes).and_then(|d| d.get_rust_str(&key));
        let v = match stored {
            Some(v) => v,
            None => {
                let v = self.node(vm, name, vec![], None)?;
                if let Some(d) = dictobj::as_dict(&self.classes) {
                    d.set_str(strobj::new_str_ref(&key), v.clone());
                }
                v
            }
        };
        self.shared.insert(name, v.clone());
        Ok(v)
    }

    fn position(&self, p: Pos) -> (i64, i64) {
        let line = p.line as i64;
        let col = match self.lines.get((p.line as usize).wrapping_sub(1)) {
            Some(text) => text
                .chars()
                .take(p.col as usize)
                .map(char::len_utf8)
                .sum::<usize>() as i64,
            None => p.col as i64,
        };
        (line, col)
    }

    fn list<T>(
        &mut self,
        vm: &mut Vm,
        items: &[T],
        f: impl Fn(&mut Self, &mut Vm, &T) -> PyResult<Value>,
    ) -> PyResult<Value> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(f(self, vm, item)?);
        }
        Ok(listobj::new_list(out))
    }

    fn stmts(&mut self, vm: &mut Vm, body: &[Stmt]) -> PyResult<Value> {
        self.list(vm, body, |c, vm, s| c.stmt(vm, s))
    }

    fn exprs(&mut self, vm: &mut Vm, items: &[Expr]) -> PyResult<Value> {
        self.list(vm, items, |c, vm, e| c.expr(vm, e))
    }

    fn opt_expr(&mut self, vm: &mut Vm, e: Option<&Expr>) -> PyResult<Value> {
        match e {
            Some(e) => self.expr(vm, e),
            None => Ok(Value::None),
        }
    }

    fn stmt(&mut self, vm: &mut Vm, s: &Stmt) -> PyResult<Value> {
        vm.enter_native(" during ast construction")?;
        let r = self.stmt_inner(vm, s);
        vm.leave_native();
        r
    }

    fn stmt_inner(&mut self, vm: &mut Vm, s: &Stmt) -> PyResult<Value> {
        let span = Some(s.span);
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorators,
                returns,
                is_async,
            } => {
                let fields = vec![
                    str_value(name),
                    self.arguments(vm, args)?,
                    self.stmts(vm, body)?,
                    self.exprs(vm, decorators)?,
                    self.opt_expr(vm, returns.as_deref())?,
                    Value::None,
                ];
                let kind = if *is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                self.node(vm, kind, fields, span)
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            } => {
                let fields = vec![
                    str_value(name),
                    self.exprs(vm, bases)?,
                    self.list(vm, keywords, |c, vm, k| c.keyword(vm, k))?,
                    self.stmts(vm, body)?,
                    self.exprs(vm, decorators)?,
                ];
                self.node(vm, "ClassDef", fields, span)
            }
            StmtKind::Return(v) => {
                let v = self.opt_expr(vm, v.as_ref())?;
                self.node(vm, "Return", vec![v], span)
            }
            StmtKind::Delete(targets) => {
                let t = self.exprs(vm, targets)?;
                self.node(vm, "Delete", vec![t], span)
            }
            StmtKind::Assign { targets, value } => {
                let fields = vec![self.exprs(vm, targets)?, self.expr(vm, value)?, Value::None];
                self.node(vm, "Assign", fields, span)
            }
            StmtKind::AugAssign { target, op, value } => {
                let fields = vec![
                    self.expr(vm, target)?,
                    self.singleton(vm, op.class_name())?,
                    self.expr(vm, value)?,
                ];
                self.node(vm, "AugAssign", fields, span)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let fields = vec![
                    self.expr(vm, target)?,
                    self.expr(vm, annotation)?,
                    self.opt_expr(vm, value.as_ref())?,
                    Value::Int(*simple as i64),
                ];
                self.node(vm, "AnnAssign", fields, span)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let fields = vec![
                    self.expr(vm, target)?,
                    self.expr(vm, iter)?,
                    self.stmts(vm, body)?,
                    self.stmts(vm, orelse)?,
                    Value::None,
                ];
                let kind = if *is_async { "AsyncFor" } else { "For" };
                self.node(vm, kind, fields, span)
            }
            StmtKind::While { test, body, orelse } => {
                let fields = vec![
                    self.expr(vm, test)?,
                    self.stmts(vm, body)?,
                    self.stmts(vm, orelse)?,
                ];
                self.node(vm, "While", fields, span)
            }
            StmtKind::If { test, body, orelse } => {
                let fields = vec![
                    self.expr(vm, test)?,
                    self.stmts(vm, body)?,
                    self.stmts(vm, orelse)?,
                ];
                self.node(vm, "If", fields, span)
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                let fields = vec![
                    self.list(vm, items, |c, vm, w| {
                        let fields =
                            vec![c.expr(vm, &w.context)?, c.opt_expr(vm, w.target.as_ref())?];
                        c.node(vm, "withitem", fields, None)
                    })?,
                    self.stmts(vm, body)?,
                    Value::None,
                ];
                let kind = if *is_async { "AsyncWith" } else { "With" };
                self.node(vm, kind, fields, span)
            }
            StmtKind::Match { subject, cases } => {
                let fields = vec![
                    self.expr(vm, subject)?,
                    self.list(vm, cases, |c, vm, m| {
                        let fields = vec![
                            c.pattern(vm, &m.pattern)?,
                            c.opt_expr(vm, m.guard.as_ref())?,
                            c.stmts(vm, &m.body)?,
                        ];
                        c.node(vm, "match_case", fields, None)
                    })?,
                ];
                self.node(vm, "Match", fields, span)
            }
            StmtKind::Raise { exc, cause } => {
                let fields = vec![
                    self.opt_expr(vm, exc.as_ref())?,
                    self.opt_expr(vm, cause.as_ref())?,
                ];
                self.node(vm, "Raise", fields, span)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => {
                let fields = vec![
                    self.stmts(vm, body)?,
                    self.list(vm, handlers, |c, vm, h| {
                        let fields = vec![
                            c.opt_expr(vm, h.typ.as_ref())?,
                            opt_str(h.name.as_deref()),
                            c.stmts(vm, &h.body)?,
                        ];
                        c.node(vm, "ExceptHandler", fields, Some(h.span))
                    })?,
                    self.stmts(vm, orelse)?,
                    self.stmts(vm, finalbody)?,
                ];
                let kind = if *star { "TryStar" } else { "Try" };
                self.node(vm, kind, fields, span)
            }
            StmtKind::Assert { test, msg } => {
                let fields = vec![self.expr(vm, test)?, self.opt_expr(vm, msg.as_ref())?];
                self.node(vm, "Assert", fields, span)
            }
            StmtKind::Import(names) => {
                let names = self.list(vm, names, |c, vm, a| c.alias(vm, a))?;
                self.node(vm, "Import", vec![names], span)
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let fields = vec![
                    opt_str(module.as_deref()),
                    self.list(vm, names, |c, vm, a| c.alias(vm, a))?,
                    Value::Int(*level as i64),
                ];
                self.node(vm, "ImportFrom", fields, span)
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let names = listobj::new_list(names.iter().map(|n| str_value(n)).collect());
                let kind = if matches!(s.kind, StmtKind::Global(_)) {
                    "Global"
                } else {
                    "Nonlocal"
                };
                self.node(vm, kind, vec![names], span)
            }
            StmtKind::Expr(e) => {
                let v = self.expr(vm, e)?;
                self.node(vm, "Expr", vec![v], span)
            }
            StmtKind::Pass => self.node(vm, "Pass", vec![], span),
            StmtKind::Break => self.node(vm, "Break", vec![], span),
            StmtKind::Continue => self.node(vm, "Continue", vec![], span),
        }
    }

    fn alias(&mut self, vm: &mut Vm, a: &Alias) -> PyResult<Value> {
        let fields = vec![str_value(&a.name), opt_str(a.asname.as_deref())];
        self.node(vm, "alias", fields, Some(a.span))
    }

    fn keyword(&mut self, vm: &mut Vm, k: &Keyword) -> PyResult<Value> {
        let fields = vec![opt_str(k.arg.as_deref()), self.expr(vm, &k.value)?];
        self.node(vm, "keyword", fields, Some(k.span))
    }

    fn arg(&mut self, vm: &mut Vm, a: &Arg) -> PyResult<Value> {
        let fields = vec![
            str_value(&a.name),
            self.opt_expr(vm, a.annotation.as_deref())?,
            Value::None,
        ];
        self.node(vm, "arg", fields, Some(a.span))
    }

    fn opt_arg(&mut self, vm: &mut Vm, a: Option<&Arg>) -> PyResult<Value> {
        match a {
            Some(a) => self.arg(vm, a),
            None => Ok(Value::None),
        }
    }

    fn arguments(&mut self, vm: &mut Vm, a: &Arguments) -> PyResult<Value> {
        let fields = vec![
            self.list(vm, &a.posonly, |c, vm, a| c.arg(vm, a))?,
            self.list(vm, &a.args, |c, vm, a| c.arg(vm, a))?,
            self.opt_arg(vm, a.vararg.as_ref())?,
            self.list(vm, &a.kwonly, |c, vm, a| c.arg(vm, a))?,
            self.list(vm, &a.kw_defaults, |c, vm, d| c.opt_expr(vm, d.as_ref()))?,
            self.opt_arg(vm, a.kwarg.as_ref())?,
            self.exprs(vm, &a.defaults)?,
        ];
        self.node(vm, "arguments", fields, None)
    }

    fn comprehensions(&mut self, vm: &mut Vm, gens: &[Comprehension]) -> PyResult<Value> {
        self.list(vm, gens, |c, vm, g| {
            let fields = vec![
                c.expr(vm, &g.target)?,
                c.expr(vm, &g.iter)?,
                c.exprs(vm, &g.ifs)?,
                Value::Int(g.is_async as i64),
            ];
            c.node(vm, "comprehension", fields, None)
        })
    }

    fn ctx(&mut self, vm: &mut Vm, ctx: Ctx) -> PyResult<Value> {
        self.singleton(vm, ctx.class_name())
    }

    fn expr(&mut self, vm: &mut Vm, e: &Expr) -> PyResult<Value> {
        vm.enter_native(" during ast construction")?;
        let r = self.expr_inner(vm, e);
        vm.leave_native();
        r
    }

    fn expr_inner(&mut self, vm: &mut Vm, e: &Expr) -> PyResult<Value> {
        let span = Some(e.span);
        let (kind, fields): (&'static str, Vec<Value>) = match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let op = match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                };
                (
                    "BoolOp",
                    vec![self.singleton(vm, op)?, self.exprs(vm, values)?],
                )
            }
            ExprKind::NamedExpr { target, value } => (
                "NamedExpr",
                vec![self.expr(vm, target)?, self.expr(vm, value)?],
            ),
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                vec![
                    self.expr(vm, left)?,
                    self.singleton(vm, op.class_name())?,
                    self.expr(vm, right)?,
                ],
            ),
            ExprKind::UnaryOp { op, operand } => {
                let op = match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                };
                (
                    "UnaryOp",
                    vec![self.singleton(vm, op)?, self.expr(vm, operand)?],
                )
            }
            ExprKind::Lambda { args, body } => (
                "Lambda",
                vec![self.arguments(vm, args)?, self.expr(vm, body)?],
            ),
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                vec![
                    self.expr(vm, test)?,
                    self.expr(vm, body)?,
                    self.expr(vm, orelse)?,
                ],
            ),
            ExprKind::Dict { keys, values } => (
                "Dict",
                vec![
                    self.list(vm, keys, |c, vm, k| c.opt_expr(vm, k.as_ref()))?,
                    self.exprs(vm, values)?,
                ],
            ),
            ExprKind::Set(elts) => ("Set", vec![self.exprs(vm, elts)?]),
            ExprKind::ListComp { elt, generators } => (
                "ListComp",
                vec![self.expr(vm, elt)?, self.comprehensions(vm, generators)?],
            ),
            ExprKind::SetComp { elt, generators } => (
                "SetComp",
                vec![self.expr(vm, elt)?, self.comprehensions(vm, generators)?],
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![self.expr(vm, elt)?, self.comprehensions(vm, generators)?],
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                vec![
                    self.expr(vm, key)?,
                    self.expr(vm, value)?,
                    self.comprehensions(vm, generators)?,
                ],
            ),
            ExprKind::Await(v) => ("Await", vec![self.expr(vm, v)?]),
            ExprKind::Yield(v) => ("Yield", vec![self.opt_expr(vm, v.as_deref())?]),
            ExprKind::YieldFrom(v) => ("YieldFrom", vec![self.expr(vm, v)?]),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut op_values = Vec::with_capacity(ops.len());
                for op in ops {
                    op_values.push(self.singleton(vm, cmpop_name(*op))?);
                }
                (
                    "Compare",
                    vec![
                        self.expr(vm, left)?,
                        listobj::new_list(op_values),
                        self.exprs(vm, comparators)?,
                    ],
                )
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (
                "Call",
                vec![
                    self.expr(vm, func)?,
                    self.exprs(vm, args)?,
                    self.list(vm, keywords, |c, vm, k| c.keyword(vm, k))?,
                ],
            ),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => (
                "FormattedValue",
                vec![
                    self.expr(vm, value)?,
                    Value::Int(conversion.map_or(-1, |c| c as i64)),
                    self.opt_expr(vm, format_spec.as_deref())?,
                ],
            ),
            ExprKind::JoinedStr(values) => ("JoinedStr", vec![self.exprs(vm, values)?]),
            ExprKind::Constant(c) => {
                let value = constant_value(vm, c)?;
                let kind = match c {
                    Constant::Str(_) if self.starts_with_u(e.span.start) => {
                        strobj::new_str("u".to_string())
                    }
                    _ => Value::None,
                };
                ("Constant", vec![value, kind])
            }
            ExprKind::Attribute { value, attr, ctx } => (
                "Attribute",
                vec![self.expr(vm, value)?, str_value(attr), self.ctx(vm, *ctx)?],
            ),
            ExprKind::Subscript { value, slice, ctx } => (
                "Subscript",
                vec![
                    self.expr(vm, value)?,
                    self.expr(vm, slice)?,
                    self.ctx(vm, *ctx)?,
                ],
            ),
            ExprKind::Starred { value, ctx } => {
                ("Starred", vec![self.expr(vm, value)?, self.ctx(vm, *ctx)?])
            }
            ExprKind::Name { id, ctx } => ("Name", vec![str_value(id), self.ctx(vm, *ctx)?]),
            ExprKind::List { elts, ctx } => {
                ("List", vec![self.exprs(vm, elts)?, self.ctx(vm, *ctx)?])
            }
            ExprKind::Tuple { elts, ctx } => {
                ("Tuple", vec![self.exprs(vm, elts)?, self.ctx(vm, *ctx)?])
            }
            ExprKind::Slice { lower, upper, step } => (
                "Slice",
                vec![
                    self.opt_expr(vm, lower.as_deref())?,
                    self.opt_expr(vm, upper.as_deref())?,
                    self.opt_expr(vm, step.as_deref())?,
                ],
            ),
        };
        self.node(vm, kind, fields, span)
    }

    /// Whether the string literal at `p` has a `u` prefix (`Constant.kind == 'u'`).
    fn starts_with_u(&self, p: Pos) -> bool {
        self.lines
            .get((p.line as usize).wrapping_sub(1))
            .and_then(|l| l.chars().nth(p.col as usize))
            .is_some_and(|c| c == 'u' || c == 'U')
    }

    fn pattern(&mut self, vm: &mut Vm, p: &Pattern) -> PyResult<Value> {
        vm.enter_native(" during ast construction")?;
        let r = self.pattern_inner(vm, p);
        vm.leave_native();
        r
    }

    fn patterns(&mut self, vm: &mut Vm, ps: &[Pattern]) -> PyResult<Value> {
        self.list(vm, ps, |c, vm, p| c.pattern(vm, p))
    }

    fn pattern_inner(&mut self, vm: &mut Vm, p: &Pattern) -> PyResult<Value> {
        let span = Some(p.span);
        let (kind, fields): (&'static str, Vec<Value>) = match &p.kind {
            PatternKind::Value(e) => ("MatchValue", vec![self.expr(vm, e)?]),
            PatternKind::Singleton(e) => {
                let v = match &e.kind {
                    ExprKind::Constant(c) => constant_value(vm, c)?,
                    _ => Value::None,
                };
                ("MatchSingleton", vec![v])
            }
            PatternKind::Sequence(ps) => ("MatchSequence", vec![self.patterns(vm, ps)?]),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => (
                "MatchMapping",
                vec![
                    self.exprs(vm, keys)?,
                    self.patterns(vm, patterns)?,
                    opt_str(rest.as_deref()),
                ],
            ),
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => (
                "MatchClass",
                vec![
                    self.expr(vm, cls)?,
                    self.patterns(vm, patterns)?,
                    listobj::new_list(kwd_attrs.iter().map(|a| str_value(a)).collect()),
                    self.patterns(vm, kwd_patterns)?,
                ],
            ),
            PatternKind::Star(name) => ("MatchStar", vec![opt_str(name.as_deref())]),
            PatternKind::As { pattern, name } => {
                let inner = match pattern {
                    Some(p) => self.pattern(vm, p)?,
                    None => Value::None,
                };
                ("MatchAs", vec![inner, opt_str(name.as_deref())])
            }
            PatternKind::Or(ps) => ("MatchOr", vec![self.patterns(vm, ps)?]),
        };
        self.node(vm, kind, fields, span)
    }
}

fn str_value(s: &str) -> Value {
    strobj::new_str(s.to_string())
}

fn opt_str(s: Option<&str>) -> Value {
    s.map_or(Value::None, str_value)
}

/// The value of a literal.
fn constant_value(vm: &mut Vm, c: &Constant) -> PyResult<Value> {
    Ok(match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => types().ellipsis.clone(),
        Constant::Int(digits, radix) => match parse_int_literal(digits, *radix) {
            Some(v) => v,
            None => {
                return Err(vm.new_value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion: value \
                     has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                    crate::objects::intobj::max_str_digits(),
                    digits.len()
                )))
            }
        },
        Constant::Float(f) => Value::Float(*f),
        Constant::Imag(f) => new_complex(0.0, *f),
        Constant::Str(s) => str_value(s),
        Constant::Bytes(b) => bytesobj::new_bytes(b.clone()),
    })
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}
