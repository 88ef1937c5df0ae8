//! The grammar rules of `Grammar/python.gram` (3.11), one method per rule, in grammar order.
//! Alternatives are tried in order; a failed alternative restores the position. Left-recursive
//! rules are loops (same result and same tokens looked at as pegen's seed growing).

use std::rc::Rc;

use super::helpers::{set_ctx, KeywordOrStarred};
use super::{CallArgs, MemoKey, Parser};
use crate::ast::*;
use crate::lexer::{Pos, Tok, Token};

/// Parameters under construction (CPython's SlashWithDefault, StarEtc, NameDefaultPair).
pub(super) struct NameDefault {
    pub arg: Arg,
    pub value: Option<Expr>,
}

pub(super) struct StarEtc {
    pub vararg: Option<Arg>,
    pub kwonly: Vec<NameDefault>,
    pub kwarg: Option<Arg>,
}

pub(super) struct SlashWithDefault {
    pub plain: Vec<Arg>,
    pub with_default: Vec<NameDefault>,
}

impl<'a> Parser<'a> {
    // ===== starting rules =====

    /// file: [statements] ENDMARKER
    pub(super) fn file_rule(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            let a = p.statements();
            if p.error.is_some() {
                return None;
            }
            p.endmarker()?;
            Some(a.unwrap_or_default())
        })
    }

    /// eval: expressions NEWLINE* ENDMARKER
    pub(super) fn eval_rule(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let a = p.expressions()?;
            while p.newline().is_some() {}
            p.endmarker()?;
            Some(a)
        })
    }

    /// interactive: statement_newline
    pub(super) fn interactive_rule(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(s) = p.alt(|p| {
                let s = p.compound_stmt()?;
                p.newline()?;
                Some(vec![s])
            }) {
                return Some(s);
            }
            if let Some(s) = p.alt(|p| p.simple_stmts()) {
                return Some(s);
            }
            if p.alt(|p| p.newline()).is_some() {
                return Some(vec![Stmt {
                    kind: StmtKind::Pass,
                    span: p.span_from(start),
                }]);
            }
            None
        })
    }

    /// fstring: star_expressions
    pub(super) fn fstring_rule(&mut self) -> Option<Expr> {
        self.rule(|p| p.star_expressions())
    }

    // ===== general statements =====

    /// statements: statement+
    fn statements(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            let mut out = Vec::new();
            let mut any = false;
            loop {
                let base = p.memo.len();
                let Some(s) = p.alt(|p| p.statement()) else {
                    break;
                };
                out.extend(s);
                any = true;
                p.memo_rollback(base);
            }
            if p.error.is_some() || !any {
                return None;
            }
            Some(out)
        })
    }

    /// statement: compound_stmt | simple_stmts
    fn statement(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            if let Some(s) = p.alt(|p| p.compound_stmt()) {
                return Some(vec![s]);
            }
            p.alt(|p| p.simple_stmts())
        })
    }

    /// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    fn simple_stmts(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            if let Some(s) = p.alt(|p| {
                let s = p.simple_stmt()?;
                if p.peek_op(";") {
                    return None;
                }
                p.newline()?;
                Some(vec![s])
            }) {
                return Some(s);
            }
            p.alt(|p| {
                let v = p.gather(";", |p| p.simple_stmt())?;
                p.expect(";");
                p.newline()?;
                Some(v)
            })
        })
    }

    /// simple_stmt (memo)
    fn simple_stmt(&mut self) -> Option<Stmt> {
        self.memo_fail(MemoKey::SimpleStmt, |p| {
            let start = p.start_pos();
            if let Some(s) = p.alt(|p| p.assignment()) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(e) = p.alt(|p| p.star_expressions()) {
                return Some(Stmt {
                    kind: StmtKind::Expr(e),
                    span: p.span_from(start),
                });
            }
            if p.peek_kw("return") {
                if let Some(s) = p.alt(|p| p.return_stmt()) {
                    return Some(s);
                }
            }
            if p.peek_kw("import") || p.peek_kw("from") {
                if let Some(s) = p.alt(|p| p.import_stmt()) {
                    return Some(s);
                }
            }
            if p.peek_kw("raise") {
                if let Some(s) = p.alt(|p| p.raise_stmt()) {
                    return Some(s);
                }
            }
            if p.alt(|p| p.keyword("pass")).is_some() {
                return Some(Stmt {
                    kind: StmtKind::Pass,
                    span: p.span_from(start),
                });
            }
            if p.peek_kw("del") {
                if let Some(s) = p.alt(|p| p.del_stmt()) {
                    return Some(s);
                }
            }
            if p.peek_kw("yield") {
                if let Some(e) = p.alt(|p| p.yield_expr()) {
                    return Some(Stmt {
                        kind: StmtKind::Expr(e),
                        span: p.span_from(start),
                    });
                }
            }
            if p.peek_kw("assert") {
                if let Some(s) = p.alt(|p| p.assert_stmt()) {
                    return Some(s);
                }
            }
            if p.alt(|p| p.keyword("break")).is_some() {
                return Some(Stmt {
                    kind: StmtKind::Break,
                    span: p.span_from(start),
                });
            }
            if p.alt(|p| p.keyword("continue")).is_some() {
                return Some(Stmt {
                    kind: StmtKind::Continue,
                    span: p.span_from(start),
                });
            }
            if p.peek_kw("global") {
                if let Some(s) = p.alt(|p| p.global_stmt(true)) {
                    return Some(s);
                }
            }
            if p.peek_kw("nonlocal") {
                if let Some(s) = p.alt(|p| p.global_stmt(false)) {
                    return Some(s);
                }
            }
            None
        })
    }

    /// compound_stmt
    fn compound_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if p.peek_kw("def") || p.peek_op("@") || p.peek_kw("async") {
                if let Some(s) = p.alt(|p| p.function_def()) {
                    return Some(s);
                }
            }
            if p.peek_kw("if") {
                if let Some(s) = p.alt(|p| p.if_stmt()) {
                    return Some(s);
                }
            }
            if p.peek_kw("class") || p.peek_op("@") {
                if let Some(s) = p.alt(|p| p.class_def()) {
                    return Some(s);
                }
            }
            if p.peek_kw("with") || p.peek_kw("async") {
                if let Some(s) = p.alt(|p| p.with_stmt()) {
                    return Some(s);
                }
            }
            if p.peek_kw("for") || p.peek_kw("async") {
                if let Some(s) = p.alt(|p| p.for_stmt()) {
                    return Some(s);
                }
            }
            if p.peek_kw("try") {
                if let Some(s) = p.alt(|p| p.try_stmt()) {
                    return Some(s);
                }
            }
            if p.peek_kw("while") {
                if let Some(s) = p.alt(|p| p.while_stmt()) {
                    return Some(s);
                }
            }
            p.alt(|p| p.match_stmt())
        })
    }

    // ===== simple statements =====

    /// assignment
    fn assignment(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.start_pos();
            // NAME ':' expression ['=' annotated_rhs]
            if let Some(s) = p.alt(|p| {
                let a = p.name()?;
                p.expect(":")?;
                let b = p.expression()?;
                let c = p.alt(|p| {
                    p.expect("=")?;
                    p.annotated_rhs()
                });
                if p.error.is_some() {
                    return None;
                }
                Some(Stmt {
                    kind: StmtKind::AnnAssign {
                        target: set_ctx(a, Ctx::Store),
                        annotation: b,
                        value: c,
                        simple: true,
                    },
                    span: p.span_from(start),
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
            if let Some(s) = p.alt(|p| {
                let a = p
                    .alt(|p| {
                        p.expect("(")?;
                        let b = p.single_target()?;
                        p.expect(")")?;
                        Some(b)
                    })
                    .or_else(|| p.alt(|p| p.single_subscript_attribute_target()))?;
                p.expect(":")?;
                let b = p.expression()?;
                let c = p.alt(|p| {
                    p.expect("=")?;
                    p.annotated_rhs()
                });
                if p.error.is_some() {
                    return None;
                }
                Some(Stmt {
                    kind: StmtKind::AnnAssign {
                        target: a,
                        annotation: b,
                        value: c,
                        simple: false,
                    },
                    span: p.span_from(start),
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
            if let Some(s) = p.alt(|p| {
                let targets = p.loop1(|p| {
                    let z = p.star_targets()?;
                    p.expect("=")?;
                    Some(z)
                })?;
                let value = p
                    .alt(|p| p.yield_expr())
                    .or_else(|| p.alt(|p| p.star_expressions()))?;
                if p.peek_op("=") {
                    return None;
                }
                Some(Stmt {
                    kind: StmtKind::Assign { targets, value },
                    span: p.span_from(start),
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            // single_target augassign ~ (yield_expr | star_expressions)
            let mut cut = false;
            if let Some(s) = p.alt(|p| {
                let a = p.single_target()?;
                let op = p.augassign()?;
                cut = true;
                let c = p
                    .alt(|p| p.yield_expr())
                    .or_else(|| p.alt(|p| p.star_expressions()))?;
                Some(Stmt {
                    kind: StmtKind::AugAssign {
                        target: a,
                        op,
                        value: c,
                    },
                    span: p.span_from(start),
                })
            }) {
                return Some(s);
            }
            if cut || p.error.is_some() {
                return None;
            }
            if p.call_invalid {
                p.alt(|p| p.invalid_assignment());
            }
            None
        })
    }

    /// annotated_rhs: yield_expr | star_expressions
    pub(super) fn annotated_rhs(&mut self) -> Option<Expr> {
        self.rule(|p| {
            p.alt(|p| p.yield_expr())
                .or_else(|| p.alt(|p| p.star_expressions()))
        })
    }

    /// augassign
    pub(super) fn augassign(&mut self) -> Option<BinOp> {
        let op = match self.peek()?.tok {
            Tok::Op("+=") => BinOp::Add,
            Tok::Op("-=") => BinOp::Sub,
            Tok::Op("*=") => BinOp::Mult,
            Tok::Op("@=") => BinOp::MatMult,
            Tok::Op("/=") => BinOp::Div,
            Tok::Op("%=") => BinOp::Mod,
            Tok::Op("&=") => BinOp::BitAnd,
            Tok::Op("|=") => BinOp::BitOr,
            Tok::Op("^=") => BinOp::BitXor,
            Tok::Op("<<=") => BinOp::LShift,
            Tok::Op(">>=") => BinOp::RShift,
            Tok::Op("**=") => BinOp::Pow,
            Tok::Op("//=") => BinOp::FloorDiv,
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    /// return_stmt: 'return' [star_expressions]
    fn return_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.start_pos();
            p.keyword("return")?;
            let a = p.alt(|p| p.star_expressions());
            if p.error.is_some() {
                return None;
            }
            Some(Stmt {
                kind: StmtKind::Return(a),
                span: p.span_from(start),
            })
        })
    }

    /// raise_stmt: 'raise' expression ['from' expression] | 'raise'
    fn raise_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(s) = p.alt(|p| {
                p.keyword("raise")?;
                let a = p.expression()?;
                let b = p.alt(|p| {
                    p.keyword("from")?;
                    p.expression()
                });
                if p.error.is_some() {
                    return None;
                }
                Some(Stmt {
                    kind: StmtKind::Raise {
                        exc: Some(a),
                        cause: b,
                    },
                    span: p.span_from(start),
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            p.keyword("raise")?;
            Some(Stmt {
                kind: StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
                span: p.span_from(start),
            })
        })
    }

    /// global_stmt / nonlocal_stmt: 'global' ','.NAME+
    fn global_stmt(&mut self, global: bool) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.start_pos();
            p.keyword(if global { "global" } else { "nonlocal" })?;
            let names = p.gather(",", |p| p.name_id().map(|(n, _)| n))?;
            let kind = if global {
                StmtKind::Global(names)
            } else {
                StmtKind::Nonlocal(names)
            };
            Some(Stmt {
                kind,
                span: p.span_from(start),
            })
        })
    }

    /// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    fn del_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(s) = p.alt(|p| {
                p.keyword("del")?;
                let a = p.del_targets()?;
                if !p.lookahead(|p| p.expect(";").is_some() || p.newline().is_some()) {
                    return None;
                }
                Some(Stmt {
                    kind: StmtKind::Delete(a),
                    span: p.span_from(start),
                })
            }) {
                return Some(s);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_del_stmt());
            }
            None
        })
    }

    /// assert_stmt: 'assert' expression [',' expression]
    fn assert_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.start_pos();
            p.keyword("assert")?;
            let a = p.expression()?;
            let b = p.alt(|p| {
                p.expect(",")?;
                p.expression()
            });
            if p.error.is_some() {
                return None;
            }
            Some(Stmt {
                kind: StmtKind::Assert { test: a, msg: b },
                span: p.span_from(start),
            })
        })
    }

    /// import_stmt: import_name | import_from
    fn import_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.alt(|p| p.import_name())
                .or_else(|| p.alt(|p| p.import_from()))
        })
    }

    /// import_name: 'import' dotted_as_names
    fn import_name(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.start_pos();
            p.keyword("import")?;
            let a = p.gather(",", |p| p.dotted_as_name())?;
            Some(Stmt {
                kind: StmtKind::Import(a),
                span: p.span_from(start),
            })
        })
    }

    /// import_from
    fn import_from(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(s) = p.alt(|p| {
                p.keyword("from")?;
                let level = p.dots(false)?;
                let b = p.dotted_name()?;
                p.keyword("import")?;
                let c = p.import_from_targets()?;
                Some(Stmt {
                    kind: StmtKind::ImportFrom {
                        module: Some(b),
                        names: c,
                        level,
                    },
                    span: p.span_from(start),
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.keyword("from")?;
                let level = p.dots(true)?;
                p.keyword("import")?;
                let c = p.import_from_targets()?;
                Some(Stmt {
                    kind: StmtKind::ImportFrom {
                        module: None,
                        names: c,
                        level,
                    },
                    span: p.span_from(start),
                })
            })
        })
    }

    /// ('.' | '...')* (or + when `one`): the relative import level.
    fn dots(&mut self, one: bool) -> Option<u32> {
        let mut n = 0;
        let mut any = false;
        loop {
            if self.expect(".").is_some() {
                n += 1;
            } else if self.expect("...").is_some() {
                n += 3;
            } else {
                break;
            }
            any = true;
        }
        if self.error.is_some() || (one && !any) {
            return None;
        }
        Some(n)
    }

    /// import_from_targets
    fn import_from_targets(&mut self) -> Option<Vec<Alias>> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(a) = p.alt(|p| {
                p.expect("(")?;
                let a = p.gather(",", |p| p.import_from_as_name())?;
                p.expect(",");
                p.expect(")")?;
                Some(a)
            }) {
                return Some(a);
            }
            if let Some(a) = p.alt(|p| {
                let a = p.gather(",", |p| p.import_from_as_name())?;
                if p.peek_op(",") {
                    return None;
                }
                Some(a)
            }) {
                return Some(a);
            }
            if p.alt(|p| p.expect("*")).is_some() {
                return Some(vec![Alias {
                    name: "*".into(),
                    asname: None,
                    span: p.span_from(start),
                }]);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_import_from_targets());
            }
            None
        })
    }

    /// import_from_as_name: NAME ['as' NAME]
    pub(super) fn import_from_as_name(&mut self) -> Option<Alias> {
        self.rule(|p| {
            let start = p.start_pos();
            let (a, _) = p.name_id()?;
            let b = p.alt(|p| {
                p.keyword("as")?;
                p.name_id()
            });
            if p.error.is_some() {
                return None;
            }
            Some(Alias {
                name: a,
                asname: b.map(|x| x.0),
                span: p.span_from(start),
            })
        })
    }

    /// dotted_as_name: dotted_name ['as' NAME]
    fn dotted_as_name(&mut self) -> Option<Alias> {
        self.rule(|p| {
            let start = p.start_pos();
            let a = p.dotted_name()?;
            let b = p.alt(|p| {
                p.keyword("as")?;
                p.name_id()
            });
            if p.error.is_some() {
                return None;
            }
            Some(Alias {
                name: a,
                asname: b.map(|x| x.0),
                span: p.span_from(start),
            })
        })
    }

    /// dotted_name: dotted_name '.' NAME | NAME (left-recursive)
    fn dotted_name(&mut self) -> Option<String> {
        let r = self.memo(MemoKey::DottedName, |p| {
            p.enter();
            let (mut s, _) = p.name_id()?;
            while let Some((n, _)) = p.alt(|p| {
                p.expect(".")?;
                p.name_id()
            }) {
                s.push('.');
                s.push_str(&n);
            }
            p.leave();
            let e = Expr::new(
                ExprKind::Name {
                    id: s,
                    ctx: Ctx::Load,
                },
                Span::default(),
            );
            Some(e)
        });
        match r?.into_kind() {
            ExprKind::Name { id, .. } => Some(id),
            _ => None,
        }
    }

    // ===== compound statements =====

    /// block (memo in CPython; parsed once here): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    pub(super) fn block(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            if let Some(b) = p.alt(|p| {
                p.newline()?;
                p.indent()?;
                let a = p.statements()?;
                p.dedent()?;
                Some(a)
            }) {
                return Some(b);
            }
            if let Some(b) = p.alt(|p| p.simple_stmts()) {
                return Some(b);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_block());
            }
            None
        })
    }

    /// decorators: ('@' named_expression NEWLINE)+
    fn decorators(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            p.loop1(|p| {
                p.expect("@")?;
                let f = p.named_expression()?;
                p.newline()?;
                Some(f)
            })
        })
    }

    /// class_def: decorators class_def_raw | class_def_raw
    fn class_def(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if let Some(s) = p.alt(|p| {
                let d = p.decorators()?;
                let mut s = p.class_def_raw()?;
                if let StmtKind::ClassDef { decorators, .. } = &mut s.kind {
                    *decorators = d;
                }
                Some(s)
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.class_def_raw())
        })
    }

    /// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
    fn class_def_raw(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_class_def_raw());
                if p.error.is_some() {
                    return None;
                }
            }
            let start = p.start_pos();
            p.keyword("class")?;
            let (name, _) = p.name_id()?;
            let b = p.alt(|p| {
                p.expect("(")?;
                let z = p.arguments();
                if p.error.is_some() {
                    return None;
                }
                p.expect(")")?;
                Some(z.unwrap_or_default())
            });
            if p.error.is_some() {
                return None;
            }
            p.expect(":")?;
            let body = p.block()?;
            let b = b.unwrap_or_default();
            Some(Stmt {
                kind: StmtKind::ClassDef {
                    name,
                    bases: b.args,
                    keywords: b.keywords,
                    body,
                    decorators: Vec::new(),
                },
                span: p.span_from(start),
            })
        })
    }

    /// function_def: decorators function_def_raw | function_def_raw
    fn function_def(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if let Some(s) = p.alt(|p| {
                let d = p.decorators()?;
                let mut s = p.function_def_raw()?;
                if let StmtKind::FunctionDef { decorators, .. } = &mut s.kind {
                    *decorators = d;
                }
                Some(s)
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.function_def_raw())
        })
    }

    /// function_def_raw
    fn function_def_raw(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_def_raw());
                if p.error.is_some() {
                    return None;
                }
            }
            let start = p.start_pos();
            if let Some(s) = p.alt(|p| p.function_def_tail(false, start)) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.keyword("async")?;
                p.function_def_tail(true, start)
            })
        })
    }

    /// 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    fn function_def_tail(&mut self, is_async: bool, start: Pos) -> Option<Stmt> {
        self.keyword("def")?;
        let (name, _) = self.name_id()?;
        self.expect_forced("(")?;
        let params = self.params();
        if self.error.is_some() {
            return None;
        }
        self.expect(")")?;
        let returns = self.alt(|p| {
            p.expect("->")?;
            p.expression()
        });
        if self.error.is_some() {
            return None;
        }
        self.expect_forced(":")?;
        let body = self.block()?;
        Some(Stmt {
            kind: StmtKind::FunctionDef {
                name,
                args: Rc::new(params.unwrap_or_default()),
                body,
                decorators: Vec::new(),
                returns: returns.map(Rc::new),
                is_async,
            },
            span: self.span_from(start),
        })
    }

    // ===== function parameters =====

    /// params: invalid_parameters | parameters
    pub(super) fn params(&mut self) -> Option<Arguments> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_parameters());
                if p.error.is_some() {
                    return None;
                }
            }
            p.alt(|p| p.parameters())
        })
    }

    /// parameters
    fn parameters(&mut self) -> Option<Arguments> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.slash_no_default()?;
                let b = p.loop0(|p| p.param_no_default());
                let c = p.loop0(|p| p.param_with_default());
                let d = p.alt(|p| p.star_etc());
                if p.error.is_some() {
                    return None;
                }
                Some(make_arguments(Some(a), None, b, c, d))
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(a) = p.alt(|p| {
                let a = p.slash_with_default()?;
                let b = p.loop0(|p| p.param_with_default());
                let c = p.alt(|p| p.star_etc());
                if p.error.is_some() {
                    return None;
                }
                Some(make_arguments(None, Some(a), Vec::new(), b, c))
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(a) = p.alt(|p| {
                let a = p.loop1(|p| p.param_no_default())?;
                let b = p.loop0(|p| p.param_with_default());
                let c = p.alt(|p| p.star_etc());
                if p.error.is_some() {
                    return None;
                }
                Some(make_arguments(None, None, a, b, c))
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(a) = p.alt(|p| {
                let a = p.loop1(|p| p.param_with_default())?;
                let b = p.alt(|p| p.star_etc());
                if p.error.is_some() {
                    return None;
                }
                Some(make_arguments(None, None, Vec::new(), a, b))
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            let a = p.alt(|p| p.star_etc())?;
            Some(make_arguments(None, None, Vec::new(), Vec::new(), Some(a)))
        })
    }

    /// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    pub(super) fn slash_no_default(&mut self) -> Option<Vec<Arg>> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.loop1(|p| p.param_no_default())?;
                p.expect("/")?;
                p.expect(",")?;
                Some(a)
            }) {
                return Some(a);
            }
            p.alt(|p| {
                let a = p.loop1(|p| p.param_no_default())?;
                p.expect("/")?;
                if !p.peek_op(")") {
                    return None;
                }
                Some(a)
            })
        })
    }

    /// slash_with_default
    pub(super) fn slash_with_default(&mut self) -> Option<SlashWithDefault> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.loop0(|p| p.param_no_default());
                let b = p.loop1(|p| p.param_with_default())?;
                p.expect("/")?;
                p.expect(",")?;
                Some(SlashWithDefault {
                    plain: a,
                    with_default: b,
                })
            }) {
                return Some(a);
            }
            p.alt(|p| {
                let a = p.loop0(|p| p.param_no_default());
                let b = p.loop1(|p| p.param_with_default())?;
                p.expect("/")?;
                if !p.peek_op(")") {
                    return None;
                }
                Some(SlashWithDefault {
                    plain: a,
                    with_default: b,
                })
            })
        })
    }

    /// star_etc
    fn star_etc(&mut self) -> Option<StarEtc> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_star_etc());
                if p.error.is_some() {
                    return None;
                }
            }
            if let Some(s) = p.alt(|p| {
                p.expect("*")?;
                let a = p.param_no_default()?;
                let b = p.loop0(|p| p.param_maybe_default());
                let c = p.alt(|p| p.kwds());
                if p.error.is_some() {
                    return None;
                }
                Some(StarEtc {
                    vararg: Some(a),
                    kwonly: b,
                    kwarg: c,
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(s) = p.alt(|p| {
                p.expect("*")?;
                let a = p.param_no_default_star_annotation()?;
                let b = p.loop0(|p| p.param_maybe_default());
                let c = p.alt(|p| p.kwds());
                if p.error.is_some() {
                    return None;
                }
                Some(StarEtc {
                    vararg: Some(a),
                    kwonly: b,
                    kwarg: c,
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(s) = p.alt(|p| {
                p.expect("*")?;
                p.expect(",")?;
                let b = p.loop1(|p| p.param_maybe_default())?;
                let c = p.alt(|p| p.kwds());
                if p.error.is_some() {
                    return None;
                }
                Some(StarEtc {
                    vararg: None,
                    kwonly: b,
                    kwarg: c,
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            let a = p.alt(|p| p.kwds())?;
            Some(StarEtc {
                vararg: None,
                kwonly: Vec::new(),
                kwarg: Some(a),
            })
        })
    }

    /// kwds: invalid_kwds | '**' param_no_default
    fn kwds(&mut self) -> Option<Arg> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_kwds());
                if p.error.is_some() {
                    return None;
                }
            }
            p.expect("**")?;
            p.param_no_default()
        })
    }

    /// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
    pub(super) fn param_no_default(&mut self) -> Option<Arg> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.param()?;
                p.expect(",")?;
                Some(a)
            }) {
                return Some(a);
            }
            p.alt(|p| {
                let a = p.param()?;
                if !p.peek_op(")") {
                    return None;
                }
                Some(a)
            })
        })
    }

    /// param_no_default_star_annotation
    fn param_no_default_star_annotation(&mut self) -> Option<Arg> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.param_star_annotation()?;
                p.expect(",")?;
                Some(a)
            }) {
                return Some(a);
            }
            p.alt(|p| {
                let a = p.param_star_annotation()?;
                if !p.peek_op(")") {
                    return None;
                }
                Some(a)
            })
        })
    }

    /// param_with_default: param default ',' | param default &')'
    pub(super) fn param_with_default(&mut self) -> Option<NameDefault> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.param()?;
                let c = p.default()?;
                p.expect(",")?;
                Some(NameDefault {
                    arg: a,
                    value: Some(c),
                })
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                let a = p.param()?;
                let c = p.default()?;
                if !p.peek_op(")") {
                    return None;
                }
                Some(NameDefault {
                    arg: a,
                    value: Some(c),
                })
            })
        })
    }

    /// param_maybe_default: param default? ',' | param default? &')'
    pub(super) fn param_maybe_default(&mut self) -> Option<NameDefault> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.param()?;
                let c = p.alt(|p| p.default());
                if p.error.is_some() {
                    return None;
                }
                p.expect(",")?;
                Some(NameDefault { arg: a, value: c })
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                let a = p.param()?;
                let c = p.alt(|p| p.default());
                if p.error.is_some() {
                    return None;
                }
                if !p.peek_op(")") {
                    return None;
                }
                Some(NameDefault { arg: a, value: c })
            })
        })
    }

    /// param: NAME annotation?
    pub(super) fn param(&mut self) -> Option<Arg> {
        self.rule(|p| {
            let start = p.start_pos();
            let (name, _) = p.name_id()?;
            let b = p.alt(|p| {
                p.expect(":")?;
                p.expression()
            });
            if p.error.is_some() {
                return None;
            }
            Some(Arg {
                name,
                annotation: b.map(Rc::new),
                span: p.span_from(start),
            })
        })
    }

    /// param_star_annotation: NAME star_annotation
    fn param_star_annotation(&mut self) -> Option<Arg> {
        self.rule(|p| {
            let start = p.start_pos();
            let (name, _) = p.name_id()?;
            p.expect(":")?;
            let b = p.star_expression()?;
            Some(Arg {
                name,
                annotation: Some(Rc::new(b)),
                span: p.span_from(start),
            })
        })
    }

    /// default: '=' expression | invalid_default
    pub(super) fn default(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| {
                p.expect("=")?;
                p.expression()
            }) {
                return Some(e);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_default());
            }
            None
        })
    }

    // ===== if / while / for / with / try =====

    /// if_stmt
    fn if_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_if_stmt());
                if p.error.is_some() {
                    return None;
                }
            }
            p.if_tail("if")
        })
    }

    /// elif_stmt
    fn elif_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_elif_stmt());
                if p.error.is_some() {
                    return None;
                }
            }
            p.if_tail("elif")
        })
    }

    /// kw named_expression ':' block (elif_stmt | [else_block])
    fn if_tail(&mut self, kw: &str) -> Option<Stmt> {
        // `kw named_expression ':' block elif_stmt | kw named_expression ':' block
        // [else_block]`, with the shared prefix parsed once.
        let start = self.start_pos();
        self.alt(|p| {
            p.keyword(kw)?;
            let a = p.named_expression()?;
            p.expect(":")?;
            let b = p.block()?;
            let orelse = match p.alt(|p| p.elif_stmt()) {
                Some(c) => vec![c],
                None => {
                    if p.error.is_some() {
                        return None;
                    }
                    let c = p.alt(|p| p.else_block());
                    if p.error.is_some() {
                        return None;
                    }
                    c.unwrap_or_default()
                }
            };
            Some(Stmt {
                kind: StmtKind::If {
                    test: a,
                    body: b,
                    orelse,
                },
                span: p.span_from(start),
            })
        })
    }

    /// else_block: invalid_else_stmt | 'else' &&':' block
    fn else_block(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_else_stmt());
                if p.error.is_some() {
                    return None;
                }
            }
            p.keyword("else")?;
            p.expect_forced(":")?;
            p.block()
        })
    }

    /// while_stmt
    fn while_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_while_stmt());
                if p.error.is_some() {
                    return None;
                }
            }
            let start = p.start_pos();
            p.keyword("while")?;
            let a = p.named_expression()?;
            p.expect(":")?;
            let b = p.block()?;
            let c = p.alt(|p| p.else_block());
            if p.error.is_some() {
                return None;
            }
            Some(Stmt {
                kind: StmtKind::While {
                    test: a,
                    body: b,
                    orelse: c.unwrap_or_default(),
                },
                span: p.span_from(start),
            })
        })
    }

    /// for_stmt
    fn for_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_for_stmt());
                if p.error.is_some() {
                    return None;
                }
            }
            let start = p.start_pos();
            for is_async in [false, true] {
                let mut cut = false;
                if let Some(s) = p.alt(|p| {
                    if is_async {
                        p.keyword("async")?;
                    }
                    p.keyword("for")?;
                    let t = p.star_targets()?;
                    p.keyword("in")?;
                    cut = true;
                    let ex = p.star_expressions()?;
                    p.expect(":")?;
                    let b = p.block()?;
                    let el = p.alt(|p| p.else_block());
                    if p.error.is_some() {
                        return None;
                    }
                    Some(Stmt {
                        kind: StmtKind::For {
                            target: t,
                            iter: ex,
                            body: b,
                            orelse: el.unwrap_or_default(),
                            is_async,
                        },
                        span: p.span_from(start),
                    })
                }) {
                    return Some(s);
                }
                if cut || p.error.is_some() {
                    return None;
                }
            }
            if p.call_invalid {
                p.alt(|p| p.invalid_for_target());
            }
            None
        })
    }

    /// with_stmt
    fn with_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_with_stmt_indent());
                if p.error.is_some() {
                    return None;
                }
            }
            let start = p.start_pos();
            for is_async in [false, true] {
                if let Some(s) = p.alt(|p| {
                    if is_async {
                        p.keyword("async")?;
                    }
                    p.keyword("with")?;
                    p.expect("(")?;
                    let a = p.gather(",", |p| p.with_item())?;
                    p.expect(",");
                    p.expect(")")?;
                    p.expect(":")?;
                    let b = p.block()?;
                    Some(Stmt {
                        kind: StmtKind::With {
                            items: a,
                            body: b,
                            is_async,
                        },
                        span: p.span_from(start),
                    })
                }) {
                    return Some(s);
                }
                if p.error.is_some() {
                    return None;
                }
                if let Some(s) = p.alt(|p| {
                    if is_async {
                        p.keyword("async")?;
                    }
                    p.keyword("with")?;
                    let a = p.gather(",", |p| p.with_item())?;
                    p.expect(":")?;
                    let b = p.block()?;
                    Some(Stmt {
                        kind: StmtKind::With {
                            items: a,
                            body: b,
                            is_async,
                        },
                        span: p.span_from(start),
                    })
                }) {
                    return Some(s);
                }
                if p.error.is_some() {
                    return None;
                }
            }
            if p.call_invalid {
                p.alt(|p| p.invalid_with_stmt());
            }
            None
        })
    }

    /// with_item
    fn with_item(&mut self) -> Option<WithItem> {
        self.rule(|p| {
            if let Some(w) = p.alt(|p| {
                let e = p.expression()?;
                p.keyword("as")?;
                let t = p.star_target()?;
                if !p.lookahead(|p| {
                    p.expect(",").is_some() || p.expect(")").is_some() || p.expect(":").is_some()
                }) {
                    return None;
                }
                Some(WithItem {
                    context: e,
                    target: Some(t),
                })
            }) {
                return Some(w);
            }
            if p.error.is_some() {
                return None;
            }
            if p.call_invalid {
                p.alt(|p| p.invalid_with_item());
                if p.error.is_some() {
                    return None;
                }
            }
            let e = p.expression()?;
            Some(WithItem {
                context: e,
                target: None,
            })
        })
    }

    /// try_stmt
    fn try_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_try_stmt());
                if p.error.is_some() {
                    return None;
                }
            }
            // `'try' &&':' block` then a finally block, except blocks or except* blocks:
            // the shared prefix parsed once.
            let start = p.start_pos();
            p.keyword("try")?;
            p.expect_forced(":")?;
            let b = p.block()?;
            if let Some(f) = p.alt(|p| p.finally_block()) {
                return Some(Stmt {
                    kind: StmtKind::Try {
                        body: b,
                        handlers: Vec::new(),
                        orelse: Vec::new(),
                        finalbody: f,
                        star: false,
                    },
                    span: p.span_from(start),
                });
            }
            if p.error.is_some() {
                return None;
            }
            for star in [false, true] {
                if let Some((ex, el, f)) = p.alt(|p| {
                    let ex = if star {
                        p.loop1(|p| p.except_star_block())?
                    } else {
                        p.loop1(|p| p.except_block())?
                    };
                    let el = p.alt(|p| p.else_block());
                    if p.error.is_some() {
                        return None;
                    }
                    let f = p.alt(|p| p.finally_block());
                    if p.error.is_some() {
                        return None;
                    }
                    Some((ex, el, f))
                }) {
                    return Some(Stmt {
                        kind: StmtKind::Try {
                            body: b,
                            handlers: ex,
                            orelse: el.unwrap_or_default(),
                            finalbody: f.unwrap_or_default(),
                            star,
                        },
                        span: p.span_from(start),
                    });
                }
                if p.error.is_some() {
                    return None;
                }
            }
            None
        })
    }

    /// except_block
    pub(super) fn except_block(&mut self) -> Option<ExceptHandler> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_except_stmt_indent());
                if p.error.is_some() {
                    return None;
                }
            }
            let start = p.start_pos();
            if let Some(h) = p.alt(|p| {
                p.keyword("except")?;
                let e = p.expression()?;
                let t = p.alt(|p| {
                    p.keyword("as")?;
                    p.name_id()
                });
                if p.error.is_some() {
                    return None;
                }
                p.expect(":")?;
                let b = p.block()?;
                Some(ExceptHandler {
                    typ: Some(e),
                    name: t.map(|x| x.0),
                    body: b,
                    span: p.span_from(start),
                })
            }) {
                return Some(h);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(h) = p.alt(|p| {
                p.keyword("except")?;
                p.expect(":")?;
                let b = p.block()?;
                Some(ExceptHandler {
                    typ: None,
                    name: None,
                    body: b,
                    span: p.span_from(start),
                })
            }) {
                return Some(h);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_except_stmt());
            }
            None
        })
    }

    /// except_star_block
    pub(super) fn except_star_block(&mut self) -> Option<ExceptHandler> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_except_star_stmt_indent());
                if p.error.is_some() {
                    return None;
                }
            }
            let start = p.start_pos();
            if let Some(h) = p.alt(|p| {
                p.keyword("except")?;
                p.expect("*")?;
                let e = p.expression()?;
                let t = p.alt(|p| {
                    p.keyword("as")?;
                    p.name_id()
                });
                if p.error.is_some() {
                    return None;
                }
                p.expect(":")?;
                let b = p.block()?;
                Some(ExceptHandler {
                    typ: Some(e),
                    name: t.map(|x| x.0),
                    body: b,
                    span: p.span_from(start),
                })
            }) {
                return Some(h);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_except_stmt());
            }
            None
        })
    }

    /// finally_block: invalid_finally_stmt | 'finally' &&':' block
    fn finally_block(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_finally_stmt());
                if p.error.is_some() {
                    return None;
                }
            }
            p.keyword("finally")?;
            p.expect_forced(":")?;
            p.block()
        })
    }

    // ===== match statement =====

    /// match_stmt
    fn match_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(s) = p.alt(|p| {
                p.soft_keyword("match")?;
                let subject = p.subject_expr()?;
                p.expect(":")?;
                p.newline()?;
                p.indent()?;
                let cases = p.loop1(|p| p.case_block())?;
                p.dedent()?;
                Some(Stmt {
                    kind: StmtKind::Match { subject, cases },
                    span: p.span_from(start),
                })
            }) {
                return Some(s);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_match_stmt());
            }
            None
        })
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    pub(super) fn subject_expr(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                let v = p.star_named_expression()?;
                p.expect(",")?;
                let vs = p.alt(|p| p.star_named_expressions());
                if p.error.is_some() {
                    return None;
                }
                let mut elts = vec![v];
                elts.extend(vs.unwrap_or_default());
                Some(Expr::new(
                    ExprKind::Tuple {
                        elts,
                        ctx: Ctx::Load,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.named_expression())
        })
    }

    /// case_block: invalid_case_block | "case" patterns guard? ':' block
    fn case_block(&mut self) -> Option<MatchCase> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_case_block());
                if p.error.is_some() {
                    return None;
                }
            }
            p.soft_keyword("case")?;
            let pattern = p.patterns()?;
            let guard = p.alt(|p| p.guard());
            if p.error.is_some() {
                return None;
            }
            p.expect(":")?;
            let body = p.block()?;
            Some(MatchCase {
                pattern,
                guard,
                body,
            })
        })
    }

    /// guard: 'if' named_expression
    pub(super) fn guard(&mut self) -> Option<Expr> {
        self.rule(|p| {
            p.keyword("if")?;
            p.named_expression()
        })
    }

    /// patterns: open_sequence_pattern | pattern
    pub(super) fn patterns(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(v) = p.alt(|p| p.open_sequence_pattern()) {
                return Some(Pattern {
                    kind: PatternKind::Sequence(v),
                    span: p.span_from(start),
                });
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.pattern())
        })
    }

    /// pattern: as_pattern | or_pattern
    pub(super) fn pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            p.alt(|p| p.as_pattern()).or_else(|| {
                if p.error.is_some() {
                    None
                } else {
                    p.alt(|p| p.or_pattern())
                }
            })
        })
    }

    /// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
    fn as_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(pat) = p.alt(|p| {
                let pat = p.or_pattern()?;
                p.keyword("as")?;
                let (name, _) = p.pattern_capture_target()?;
                Some(Pattern {
                    kind: PatternKind::As {
                        pattern: Some(Rc::new(pat)),
                        name: Some(name),
                    },
                    span: p.span_from(start),
                })
            }) {
                return Some(pat);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_as_pattern());
            }
            None
        })
    }

    /// or_pattern: '|'.closed_pattern+
    pub(super) fn or_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            let mut pats = p.gather("|", |p| p.closed_pattern())?;
            if pats.len() == 1 {
                return pats.pop();
            }
            Some(Pattern {
                kind: PatternKind::Or(pats),
                span: p.span_from(start),
            })
        })
    }

    /// closed_pattern (memo)
    fn closed_pattern(&mut self) -> Option<Pattern> {
        self.memo(MemoKey::ClosedPattern, |p| {
            p.alt(|p| p.literal_pattern())
                .or_else(|| p.alt(|p| p.capture_pattern()))
                .or_else(|| p.alt(|p| p.wildcard_pattern()))
                .or_else(|| p.alt(|p| p.value_pattern()))
                .or_else(|| p.alt(|p| p.group_pattern()))
                .or_else(|| p.alt(|p| p.sequence_pattern()))
                .or_else(|| p.alt(|p| p.mapping_pattern()))
                .or_else(|| p.alt(|p| p.class_pattern()))
        })
    }

    /// literal_pattern
    fn literal_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(v) = p.alt(|p| {
                let v = p.signed_number()?;
                if p.peek_op("+") || p.peek_op("-") {
                    return None;
                }
                Some(v)
            }) {
                return Some(Pattern {
                    kind: PatternKind::Value(v),
                    span: p.span_from(start),
                });
            }
            if let Some(v) = p.alt(|p| p.complex_number()) {
                return Some(Pattern {
                    kind: PatternKind::Value(v),
                    span: p.span_from(start),
                });
            }
            if p.is_string() {
                if let Some(v) = p.alt(|p| p.strings()) {
                    return Some(Pattern {
                        kind: PatternKind::Value(v),
                        span: p.span_from(start),
                    });
                }
            }
            for (kw, c) in [
                ("None", Constant::None),
                ("True", Constant::True),
                ("False", Constant::False),
            ] {
                if p.alt(|p| p.keyword(kw)).is_some() {
                    let span = p.span_from(start);
                    return Some(Pattern {
                        kind: PatternKind::Singleton(Expr::new(ExprKind::Constant(c), span)),
                        span,
                    });
                }
            }
            None
        })
    }

    /// literal_expr (mapping pattern keys)
    fn literal_expr(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(v) = p.alt(|p| {
                let v = p.signed_number()?;
                if p.peek_op("+") || p.peek_op("-") {
                    return None;
                }
                Some(v)
            }) {
                return Some(v);
            }
            if let Some(v) = p.alt(|p| p.complex_number()) {
                return Some(v);
            }
            if p.is_string() {
                if let Some(v) = p.alt(|p| p.strings()) {
                    return Some(v);
                }
            }
            for (kw, c) in [
                ("None", Constant::None),
                ("True", Constant::True),
                ("False", Constant::False),
            ] {
                if p.alt(|p| p.keyword(kw)).is_some() {
                    return Some(Expr::new(ExprKind::Constant(c), p.span_from(start)));
                }
            }
            None
        })
    }

    /// complex_number: signed_real_number ('+' | '-') imaginary_number
    fn complex_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            for (tok, op) in [("+", BinOp::Add), ("-", BinOp::Sub)] {
                if let Some(e) = p.alt(|p| {
                    let real = p.signed_real_number()?;
                    p.expect(tok)?;
                    let imag = p.imaginary_number()?;
                    Some(Expr::new(
                        ExprKind::BinOp {
                            left: Rc::new(real),
                            op,
                            right: Rc::new(imag),
                        },
                        p.span_from(start),
                    ))
                }) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
            }
            None
        })
    }

    /// signed_number: NUMBER | '-' NUMBER
    fn signed_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(n) = p.alt(|p| p.number()) {
                return Some(n);
            }
            p.expect("-")?;
            let n = p.number()?;
            Some(Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Rc::new(n),
                },
                p.span_from(start),
            ))
        })
    }

    /// signed_real_number: real_number | '-' real_number
    fn signed_real_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(n) = p.alt(|p| p.real_number()) {
                return Some(n);
            }
            if p.error.is_some() {
                return None;
            }
            p.expect("-")?;
            let n = p.real_number()?;
            Some(Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Rc::new(n),
                },
                p.span_from(start),
            ))
        })
    }

    /// real_number: NUMBER (must not be imaginary)
    fn real_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let n = p.number()?;
            if matches!(n.kind, ExprKind::Constant(Constant::Imag(_))) {
                p.raise_span(n.span, "real number required in complex literal");
                return None;
            }
            Some(n)
        })
    }

    /// imaginary_number: NUMBER (must be imaginary)
    fn imaginary_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let n = p.number()?;
            if !matches!(n.kind, ExprKind::Constant(Constant::Imag(_))) {
                p.raise_span(n.span, "imaginary number required in complex literal");
                return None;
            }
            Some(n)
        })
    }

    /// capture_pattern: pattern_capture_target
    fn capture_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            let (name, _) = p.pattern_capture_target()?;
            Some(Pattern {
                kind: PatternKind::As {
                    pattern: None,
                    name: Some(name),
                },
                span: p.span_from(start),
            })
        })
    }

    /// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    pub(super) fn pattern_capture_target(&mut self) -> Option<(String, Span)> {
        self.rule(|p| {
            if p.lookahead(|p| p.soft_keyword("_").is_some()) {
                return None;
            }
            let n = p.name_id()?;
            if p.lookahead(|p| {
                p.expect(".").is_some() || p.expect("(").is_some() || p.expect("=").is_some()
            }) {
                return None;
            }
            Some(n)
        })
    }

    /// wildcard_pattern: "_"
    fn wildcard_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            p.soft_keyword("_")?;
            Some(Pattern {
                kind: PatternKind::As {
                    pattern: None,
                    name: None,
                },
                span: p.span_from(start),
            })
        })
    }

    /// value_pattern: attr !('.' | '(' | '=')
    fn value_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            let a = p.attr()?;
            if p.lookahead(|p| {
                p.expect(".").is_some() || p.expect("(").is_some() || p.expect("=").is_some()
            }) {
                return None;
            }
            Some(Pattern {
                kind: PatternKind::Value(a),
                span: p.span_from(start),
            })
        })
    }

    /// attr: name_or_attr '.' NAME (left-recursive)
    pub(super) fn attr(&mut self) -> Option<Expr> {
        self.memo(MemoKey::Attr, |p| {
            p.enter();
            let start = p.start_pos();
            let mut e = p.name()?;
            let mut any = false;
            while let Some((n, _)) = p.alt(|p| {
                p.expect(".")?;
                p.name_id()
            }) {
                e = Expr::new(
                    ExprKind::Attribute {
                        value: Rc::new(e),
                        attr: n,
                        ctx: Ctx::Load,
                    },
                    p.span_from(start),
                );
                any = true;
            }
            p.leave();
            if !any {
                return None;
            }
            Some(e)
        })
    }

    /// name_or_attr: attr | NAME
    pub(super) fn name_or_attr(&mut self) -> Option<Expr> {
        self.rule(|p| p.alt(|p| p.attr()).or_else(|| p.alt(|p| p.name())))
    }

    /// group_pattern: '(' pattern ')'
    fn group_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            p.expect("(")?;
            let pat = p.pattern()?;
            p.expect(")")?;
            Some(pat)
        })
    }

    /// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    fn sequence_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(v) = p.alt(|p| {
                p.expect("[")?;
                let v = p.alt(|p| p.maybe_sequence_pattern());
                if p.error.is_some() {
                    return None;
                }
                p.expect("]")?;
                Some(v.unwrap_or_default())
            }) {
                return Some(Pattern {
                    kind: PatternKind::Sequence(v),
                    span: p.span_from(start),
                });
            }
            if p.error.is_some() {
                return None;
            }
            let v = p.alt(|p| {
                p.expect("(")?;
                let v = p.alt(|p| p.open_sequence_pattern());
                if p.error.is_some() {
                    return None;
                }
                p.expect(")")?;
                Some(v.unwrap_or_default())
            })?;
            Some(Pattern {
                kind: PatternKind::Sequence(v),
                span: p.span_from(start),
            })
        })
    }

    /// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    fn open_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        self.rule(|p| {
            let first = p.maybe_star_pattern()?;
            p.expect(",")?;
            let rest = p.alt(|p| p.maybe_sequence_pattern());
            if p.error.is_some() {
                return None;
            }
            let mut v = vec![first];
            v.extend(rest.unwrap_or_default());
            Some(v)
        })
    }

    /// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    fn maybe_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        self.rule(|p| {
            let v = p.gather(",", |p| p.maybe_star_pattern())?;
            p.expect(",");
            Some(v)
        })
    }

    /// maybe_star_pattern: star_pattern | pattern
    fn maybe_star_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            p.alt(|p| p.star_pattern()).or_else(|| {
                if p.error.is_some() {
                    None
                } else {
                    p.alt(|p| p.pattern())
                }
            })
        })
    }

    /// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
    fn star_pattern(&mut self) -> Option<Pattern> {
        self.memo(MemoKey::StarPattern, |p| {
            let start = p.start_pos();
            if let Some((n, _)) = p.alt(|p| {
                p.expect("*")?;
                p.pattern_capture_target()
            }) {
                return Some(Pattern {
                    kind: PatternKind::Star(Some(n)),
                    span: p.span_from(start),
                });
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("*")?;
                p.wildcard_pattern()
            })?;
            Some(Pattern {
                kind: PatternKind::Star(None),
                span: p.span_from(start),
            })
        })
    }

    /// mapping_pattern
    fn mapping_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            let mk = |keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<String>| {
                PatternKind::Mapping {
                    keys,
                    patterns,
                    rest,
                }
            };
            if p.alt(|p| {
                p.expect("{")?;
                p.expect("}")
            })
            .is_some()
            {
                return Some(Pattern {
                    kind: mk(Vec::new(), Vec::new(), None),
                    span: p.span_from(start),
                });
            }
            if let Some(rest) = p.alt(|p| {
                p.expect("{")?;
                let rest = p.double_star_pattern()?;
                p.expect(",");
                p.expect("}")?;
                Some(rest)
            }) {
                return Some(Pattern {
                    kind: mk(Vec::new(), Vec::new(), Some(rest)),
                    span: p.span_from(start),
                });
            }
            if p.error.is_some() {
                return None;
            }
            if let Some((items, rest)) = p.alt(|p| {
                p.expect("{")?;
                let items = p.items_pattern()?;
                p.expect(",")?;
                let rest = p.double_star_pattern()?;
                p.expect(",");
                p.expect("}")?;
                Some((items, rest))
            }) {
                let (keys, pats) = items.into_iter().unzip();
                return Some(Pattern {
                    kind: mk(keys, pats, Some(rest)),
                    span: p.span_from(start),
                });
            }
            if p.error.is_some() {
                return None;
            }
            let items = p.alt(|p| {
                p.expect("{")?;
                let items = p.items_pattern()?;
                p.expect(",");
                p.expect("}")?;
                Some(items)
            })?;
            let (keys, pats) = items.into_iter().unzip();
            Some(Pattern {
                kind: mk(keys, pats, None),
                span: p.span_from(start),
            })
        })
    }

    /// items_pattern: ','.key_value_pattern+
    fn items_pattern(&mut self) -> Option<Vec<(Expr, Pattern)>> {
        self.rule(|p| p.gather(",", |p| p.key_value_pattern()))
    }

    /// key_value_pattern: (literal_expr | attr) ':' pattern
    fn key_value_pattern(&mut self) -> Option<(Expr, Pattern)> {
        self.rule(|p| {
            let key = p.alt(|p| p.literal_expr()).or_else(|| {
                if p.error.is_some() {
                    None
                } else {
                    p.alt(|p| p.attr())
                }
            })?;
            p.expect(":")?;
            let pat = p.pattern()?;
            Some((key, pat))
        })
    }

    /// double_star_pattern: '**' pattern_capture_target
    fn double_star_pattern(&mut self) -> Option<String> {
        self.rule(|p| {
            p.expect("**")?;
            p.pattern_capture_target().map(|x| x.0)
        })
    }

    /// class_pattern
    fn class_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.start_pos();
            let mk = |cls: Expr, patterns: Vec<Pattern>, kw: Vec<(String, Pattern)>| {
                let (kwd_attrs, kwd_patterns) = kw.into_iter().unzip();
                PatternKind::Class {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            };
            if let Some(cls) = p.alt(|p| {
                let cls = p.name_or_attr()?;
                p.expect("(")?;
                p.expect(")")?;
                Some(cls)
            }) {
                return Some(Pattern {
                    kind: mk(cls, Vec::new(), Vec::new()),
                    span: p.span_from(start),
                });
            }
            if p.error.is_some() {
                return None;
            }
            if let Some((cls, pats)) = p.alt(|p| {
                let cls = p.name_or_attr()?;
                p.expect("(")?;
                let pats = p.positional_patterns()?;
                p.expect(",");
                p.expect(")")?;
                Some((cls, pats))
            }) {
                return Some(Pattern {
                    kind: mk(cls, pats, Vec::new()),
                    span: p.span_from(start),
                });
            }
            if p.error.is_some() {
                return None;
            }
            if let Some((cls, kws)) = p.alt(|p| {
                let cls = p.name_or_attr()?;
                p.expect("(")?;
                let kws = p.keyword_patterns()?;
                p.expect(",");
                p.expect(")")?;
                Some((cls, kws))
            }) {
                return Some(Pattern {
                    kind: mk(cls, Vec::new(), kws),
                    span: p.span_from(start),
                });
            }
            if p.error.is_some() {
                return None;
            }
            if let Some((cls, pats, kws)) = p.alt(|p| {
                let cls = p.name_or_attr()?;
                p.expect("(")?;
                let pats = p.positional_patterns()?;
                p.expect(",")?;
                let kws = p.keyword_patterns()?;
                p.expect(",");
                p.expect(")")?;
                Some((cls, pats, kws))
            }) {
                return Some(Pattern {
                    kind: mk(cls, pats, kws),
                    span: p.span_from(start),
                });
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_class_pattern());
            }
            None
        })
    }

    /// positional_patterns: ','.pattern+
    pub(super) fn positional_patterns(&mut self) -> Option<Vec<Pattern>> {
        self.rule(|p| p.gather(",", |p| p.pattern()))
    }

    /// keyword_patterns: ','.keyword_pattern+
    pub(super) fn keyword_patterns(&mut self) -> Option<Vec<(String, Pattern)>> {
        self.rule(|p| {
            p.gather(",", |p| {
                let (n, _) = p.name_id()?;
                p.expect("=")?;
                let v = p.pattern()?;
                Some((n, v))
            })
        })
    }

    // ===== expressions =====

    /// expressions: expression (',' expression)+ [','] | expression ',' | expression
    pub(super) fn expressions(&mut self) -> Option<Expr> {
        self.rule(|p| p.tuple_of(|p| p.expression()))
    }

    /// Shared shape of expressions/star_expressions: a tuple when there is a comma.
    fn tuple_of(&mut self, f: impl Fn(&mut Self) -> Option<Expr>) -> Option<Expr> {
        let start = self.start_pos();
        let a = f(self)?;
        let mut elts = vec![a];
        loop {
            let more = self.alt(|p| {
                p.expect(",")?;
                f(p)
            });
            match more {
                Some(e) => elts.push(e),
                None => break,
            }
        }
        if self.error.is_some() {
            return None;
        }
        if elts.len() == 1 {
            if self.expect(",").is_none() {
                return elts.pop();
            }
        } else {
            self.expect(",");
        }
        Some(Expr::new(
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
            self.span_from(start),
        ))
    }

    /// expression (memo)
    pub(super) fn expression(&mut self) -> Option<Expr> {
        self.memo(MemoKey::Expression, |p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_expression());
                if p.error.is_some() {
                    return None;
                }
                p.alt(|p| p.invalid_legacy_expression());
                if p.error.is_some() {
                    return None;
                }
            }
            p.expression_body()
        })
    }

    /// The non-invalid alternatives of expression (also `expression_without_invalid`).
    pub(super) fn expression_body(&mut self) -> Option<Expr> {
        // `disjunction 'if' disjunction 'else' expression | disjunction | lambdef`, with the
        // shared `disjunction` parsed once.
        let start = self.start_pos();
        if let Some(a) = self.alt(|p| p.disjunction()) {
            if let Some((b, c)) = self.alt(|p| {
                p.keyword("if")?;
                let b = p.disjunction()?;
                p.keyword("else")?;
                let c = p.expression()?;
                Some((b, c))
            }) {
                return Some(Expr::new(
                    ExprKind::IfExp {
                        test: Rc::new(b),
                        body: Rc::new(a),
                        orelse: Rc::new(c),
                    },
                    self.span_from(start),
                ));
            }
            if self.error.is_some() {
                return None;
            }
            return Some(a);
        }
        if self.error.is_some() {
            return None;
        }
        self.alt(|p| p.lambdef())
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    pub(super) fn yield_expr(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.keyword("yield")?;
                p.keyword("from")?;
                let a = p.expression()?;
                Some(Expr::new(
                    ExprKind::YieldFrom(Rc::new(a)),
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.keyword("yield")?;
            let a = p.alt(|p| p.star_expressions());
            if p.error.is_some() {
                return None;
            }
            Some(Expr::new(
                ExprKind::Yield(a.map(Rc::new)),
                p.span_from(start),
            ))
        })
    }

    /// star_expressions
    pub(super) fn star_expressions(&mut self) -> Option<Expr> {
        self.rule(|p| p.tuple_of(|p| p.star_expression()))
    }

    /// star_expression (memo in CPython; never asked twice here): '*' bitwise_or | expression
    pub(super) fn star_expression(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.expect("*")?;
                let a = p.bitwise_or()?;
                Some(Expr::new(
                    ExprKind::Starred {
                        value: Rc::new(a),
                        ctx: Ctx::Load,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.expression())
        })
    }

    /// star_named_expressions: ','.star_named_expression+ [',']
    pub(super) fn star_named_expressions(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            let v = p.gather(",", |p| p.star_named_expression())?;
            p.expect(",");
            Some(v)
        })
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    pub(super) fn star_named_expression(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.expect("*")?;
                let a = p.bitwise_or()?;
                Some(Expr::new(
                    ExprKind::Starred {
                        value: Rc::new(a),
                        ctx: Ctx::Load,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.named_expression())
        })
    }

    /// assignment_expression: NAME ':=' ~ expression
    pub(super) fn assignment_expression(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            let a = p.name()?;
            p.expect(":=")?;
            // Cut: no other alternative after this point (the rule has only one).
            let b = p.expression()?;
            Some(Expr::new(
                ExprKind::NamedExpr {
                    target: Rc::new(set_ctx(a, Ctx::Store)),
                    value: Rc::new(b),
                },
                p.span_from(start),
            ))
        })
    }

    /// named_expression: assignment_expression | invalid_named_expression | expression !':='
    pub(super) fn named_expression(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| p.assignment_expression()) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            if p.call_invalid {
                p.alt(|p| p.invalid_named_expression());
                if p.error.is_some() {
                    return None;
                }
            }
            p.alt(|p| {
                let e = p.expression()?;
                if p.peek_op(":=") {
                    return None;
                }
                Some(e)
            })
        })
    }

    /// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    pub(super) fn disjunction(&mut self) -> Option<Expr> {
        self.rule(|p| p.bool_op("or", BoolOp::Or, |p| p.conjunction()))
    }

    /// conjunction (memo): inversion ('and' inversion)+ | inversion
    fn conjunction(&mut self) -> Option<Expr> {
        self.rule(|p| p.bool_op("and", BoolOp::And, |p| p.inversion()))
    }

    fn bool_op(
        &mut self,
        kw: &str,
        op: BoolOp,
        f: impl Fn(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        let start = self.start_pos();
        let a = f(self)?;
        let mut values = vec![a];
        while let Some(e) = self.alt(|p| {
            p.keyword(kw)?;
            f(p)
        }) {
            values.push(e);
        }
        if self.error.is_some() {
            return None;
        }
        if values.len() == 1 {
            return values.pop();
        }
        Some(Expr::new(
            ExprKind::BoolOp { op, values },
            self.span_from(start),
        ))
    }

    /// inversion (memo): 'not' inversion | comparison
    fn inversion(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.keyword("not")?;
                let a = p.inversion()?;
                Some(Expr::new(
                    ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        operand: Rc::new(a),
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.comparison())
        })
    }

    /// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or (the shared
    /// `bitwise_or` parsed once)
    fn comparison(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            let a = p.alt(|p| p.bitwise_or())?;
            let Some(pairs) = p.alt(|p| p.loop1(|p| p.compare_op_bitwise_or_pair())) else {
                if p.error.is_some() {
                    return None;
                }
                return Some(a);
            };
            let (ops, comparators) = pairs.into_iter().unzip();
            Some(Expr::new(
                ExprKind::Compare {
                    left: Rc::new(a),
                    ops,
                    comparators,
                },
                p.span_from(start),
            ))
        })
    }

    /// compare_op_bitwise_or_pair
    fn compare_op_bitwise_or_pair(&mut self) -> Option<(CmpOp, Expr)> {
        self.rule(|p| {
            for (a, b, op) in [
                ("==", "", CmpOp::Eq),
                ("!=", "", CmpOp::NotEq),
                ("<=", "", CmpOp::LtE),
                ("<", "", CmpOp::Lt),
                (">=", "", CmpOp::GtE),
                (">", "", CmpOp::Gt),
                ("not", "in", CmpOp::NotIn),
                ("in", "", CmpOp::In),
                ("is", "not", CmpOp::IsNot),
                ("is", "", CmpOp::Is),
            ] {
                if let Some(pair) = p.alt(|p| {
                    if a.chars().all(|c| c.is_ascii_alphabetic()) {
                        p.keyword(a)?;
                        if !b.is_empty() {
                            p.keyword(b)?;
                        }
                    } else {
                        p.expect(a)?;
                    }
                    let e = p.bitwise_or()?;
                    Some((op, e))
                }) {
                    return Some(pair);
                }
                if p.error.is_some() {
                    return None;
                }
            }
            None
        })
    }

    /// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    pub(super) fn bitwise_or(&mut self) -> Option<Expr> {
        self.rule(|p| p.left_rec(&[("|", BinOp::BitOr)], |p| p.bitwise_xor()))
    }

    fn bitwise_xor(&mut self) -> Option<Expr> {
        self.rule(|p| p.left_rec(&[("^", BinOp::BitXor)], |p| p.bitwise_and()))
    }

    fn bitwise_and(&mut self) -> Option<Expr> {
        self.rule(|p| p.left_rec(&[("&", BinOp::BitAnd)], |p| p.shift_expr()))
    }

    fn shift_expr(&mut self) -> Option<Expr> {
        self.rule(|p| p.left_rec(&[("<<", BinOp::LShift), (">>", BinOp::RShift)], |p| p.sum()))
    }

    fn sum(&mut self) -> Option<Expr> {
        self.rule(|p| p.left_rec(&[("+", BinOp::Add), ("-", BinOp::Sub)], |p| p.term()))
    }

    fn term(&mut self) -> Option<Expr> {
        self.rule(|p| {
            p.left_rec(
                &[
                    ("*", BinOp::Mult),
                    ("/", BinOp::Div),
                    ("//", BinOp::FloorDiv),
                    ("%", BinOp::Mod),
                    ("@", BinOp::MatMult),
                ],
                |p| p.factor(),
            )
        })
    }

    /// A left-recursive binary-operator rule as a loop.
    fn left_rec(
        &mut self,
        ops: &[(&str, BinOp)],
        next: impl Fn(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        // pegen's seed growing costs one more level (the `_raw` function).
        if !self.enter() {
            return None;
        }
        let start = self.start_pos();
        let mut left = next(self);
        if let Some(l) = left.as_mut() {
            'grow: loop {
                for (tok, op) in ops {
                    let r = self.alt(|p| {
                        p.expect(tok)?;
                        next(p)
                    });
                    if let Some(right) = r {
                        let span = self.span_from(start);
                        let old = std::mem::replace(
                            l,
                            Expr::new(ExprKind::Constant(Constant::None), span),
                        );
                        *l = Expr::new(
                            ExprKind::BinOp {
                                left: Rc::new(old),
                                op: *op,
                                right: Rc::new(right),
                            },
                            span,
                        );
                        continue 'grow;
                    }
                    if self.error.is_some() {
                        break 'grow;
                    }
                }
                break;
            }
        }
        self.leave();
        if self.error.is_some() {
            return None;
        }
        left
    }

    /// factor (memo): '+' factor | '-' factor | '~' factor | power
    fn factor(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            for (tok, op) in [
                ("+", UnaryOp::UAdd),
                ("-", UnaryOp::USub),
                ("~", UnaryOp::Invert),
            ] {
                if let Some(e) = p.alt(|p| {
                    p.expect(tok)?;
                    let a = p.factor()?;
                    Some(Expr::new(
                        ExprKind::UnaryOp {
                            op,
                            operand: Rc::new(a),
                        },
                        p.span_from(start),
                    ))
                }) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
            }
            p.alt(|p| p.power())
        })
    }

    /// power: await_primary '**' factor | await_primary (the shared `await_primary` parsed
    /// once)
    fn power(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            let a = p.alt(|p| p.await_primary())?;
            let Some(b) = p.alt(|p| {
                p.expect("**")?;
                p.factor()
            }) else {
                if p.error.is_some() {
                    return None;
                }
                return Some(a);
            };
            Some(Expr::new(
                ExprKind::BinOp {
                    left: Rc::new(a),
                    op: BinOp::Pow,
                    right: Rc::new(b),
                },
                p.span_from(start),
            ))
        })
    }

    /// await_primary (memo): AWAIT primary | primary
    fn await_primary(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.keyword("await")?;
                let a = p.primary()?;
                Some(Expr::new(ExprKind::Await(Rc::new(a)), p.span_from(start)))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.primary())
        })
    }

    /// primary (left-recursive): primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    /// | primary '[' slices ']' | atom
    pub(super) fn primary(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if !p.enter() {
                return None;
            }
            let start = p.start_pos();
            let r = p.atom().map(|mut e| {
                loop {
                    match p.primary_trailer(e, start, false) {
                        Ok(n) => e = n,
                        Err(old) => {
                            e = old;
                            break;
                        }
                    }
                }
                e
            });
            p.leave();
            if p.error.is_some() {
                return None;
            }
            r
        })
    }

    /// One trailer after a primary (`t` selects t_primary's order and lookahead). Gives
    /// the expression back when no trailer matches.
    fn primary_trailer(&mut self, e: Expr, start: Pos, t: bool) -> Result<Expr, Expr> {
        let lookahead_ok = |p: &mut Self| !t || p.lookahead(|p| p.t_lookahead());
        // '.' NAME
        let m = self.mark;
        if self.expect(".").is_some() {
            if let Some((n, _)) = self.name_id() {
                if lookahead_ok(self) {
                    let span = self.span_from(start);
                    return Ok(Expr::new(
                        ExprKind::Attribute {
                            value: Rc::new(e),
                            attr: n,
                            ctx: Ctx::Load,
                        },
                        span,
                    ));
                }
            }
        }
        self.mark = m;
        if self.error.is_some() {
            return Err(e);
        }
        let subscript = |p: &mut Self, e: Expr| -> Result<Expr, Expr> {
            let m = p.mark;
            if p.expect("[").is_some() {
                if let Some(s) = p.slices() {
                    if p.expect("]").is_some() && lookahead_ok(p) {
                        let span = p.span_from(start);
                        return Ok(Expr::new(
                            ExprKind::Subscript {
                                value: Rc::new(e),
                                slice: Rc::new(s),
                                ctx: Ctx::Load,
                            },
                            span,
                        ));
                    }
                }
            }
            p.mark = m;
            Err(e)
        };
        let e = if t {
            match subscript(self, e) {
                Ok(n) => return Ok(n),
                Err(e) => e,
            }
        } else {
            e
        };
        if self.error.is_some() {
            return Err(e);
        }
        // genexp
        if let Some(g) = self.alt(|p| {
            let g = p.genexp()?;
            if !lookahead_ok(p) {
                return None;
            }
            Some(g)
        }) {
            let span = self.span_from(start);
            return Ok(Expr::new(
                ExprKind::Call {
                    func: Rc::new(e),
                    args: vec![g],
                    keywords: Vec::new(),
                },
                span,
            ));
        }
        if self.error.is_some() {
            return Err(e);
        }
        // '(' [arguments] ')'
        let m = self.mark;
        if self.expect("(").is_some() {
            let a = self.arguments();
            if self.error.is_none() && self.expect(")").is_some() && lookahead_ok(self) {
                let a = a.unwrap_or_default();
                let span = self.span_from(start);
                return Ok(Expr::new(
                    ExprKind::Call {
                        func: Rc::new(e),
                        args: a.args,
                        keywords: a.keywords,
                    },
                    span,
                ));
            }
        }
        self.mark = m;
        if self.error.is_some() {
            return Err(e);
        }
        if t {
            Err(e)
        } else {
            subscript(self, e)
        }
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    pub(super) fn slices(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                let a = p.slice()?;
                if p.peek_op(",") {
                    return None;
                }
                Some(a)
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            let elts = p.gather(",", |p| {
                p.alt(|p| p.slice()).or_else(|| {
                    if p.error.is_some() {
                        None
                    } else {
                        p.alt(|p| p.starred_expression())
                    }
                })
            })?;
            p.expect(",");
            Some(Expr::new(
                ExprKind::Tuple {
                    elts,
                    ctx: Ctx::Load,
                },
                p.span_from(start),
            ))
        })
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
    fn slice(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                let a = p.alt(|p| p.expression());
                if p.error.is_some() {
                    return None;
                }
                p.expect(":")?;
                let b = p.alt(|p| p.expression());
                if p.error.is_some() {
                    return None;
                }
                let c = p.alt(|p| {
                    p.expect(":")?;
                    let d = p.alt(|p| p.expression());
                    if p.error.is_some() {
                        return None;
                    }
                    Some(d)
                });
                if p.error.is_some() {
                    return None;
                }
                Some(Expr::new(
                    ExprKind::Slice {
                        lower: a.map(Rc::new),
                        upper: b.map(Rc::new),
                        step: c.flatten().map(Rc::new),
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.named_expression())
        })
    }

    /// atom
    pub(super) fn atom(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(n) = p.alt(|p| p.name()) {
                return Some(n);
            }
            for (kw, c) in [
                ("True", Constant::True),
                ("False", Constant::False),
                ("None", Constant::None),
            ] {
                if p.alt(|p| p.keyword(kw)).is_some() {
                    return Some(Expr::new(ExprKind::Constant(c), p.span_from(start)));
                }
            }
            if p.is_string() {
                if let Some(s) = p.alt(|p| p.strings()) {
                    return Some(s);
                }
                if p.error.is_some() {
                    return None;
                }
            }
            if let Some(n) = p.alt(|p| p.number()) {
                return Some(n);
            }
            if p.peek_op("(") {
                if let Some(e) = p.alt(|p| p.tuple()) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
                if let Some(e) = p.alt(|p| p.group()) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
                if let Some(e) = p.alt(|p| p.genexp()) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
            }
            if p.peek_op("[") {
                if let Some(e) = p.alt(|p| p.list()) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
                if let Some(e) = p.alt(|p| p.listcomp()) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
            }
            if p.peek_op("{") {
                if let Some(e) = p.alt(|p| p.dict()) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
                if let Some(e) = p.alt(|p| p.set()) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
                if let Some(e) = p.alt(|p| p.dictcomp()) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
                if let Some(e) = p.alt(|p| p.setcomp()) {
                    return Some(e);
                }
                if p.error.is_some() {
                    return None;
                }
            }
            if p.alt(|p| p.expect("...")).is_some() {
                return Some(Expr::new(
                    ExprKind::Constant(Constant::Ellipsis),
                    p.span_from(start),
                ));
            }
            None
        })
    }

    /// group: '(' (yield_expr | named_expression) ')' | invalid_group
    fn group(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| {
                p.expect("(")?;
                let a = p.alt(|p| p.yield_expr()).or_else(|| {
                    if p.error.is_some() {
                        None
                    } else {
                        p.alt(|p| p.named_expression())
                    }
                })?;
                p.expect(")")?;
                Some(a)
            }) {
                return Some(e);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_group());
            }
            None
        })
    }

    // ===== lambda =====

    /// lambdef: 'lambda' [lambda_params] ':' expression
    pub(super) fn lambdef(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            p.keyword("lambda")?;
            let a = p.lambda_params();
            if p.error.is_some() {
                return None;
            }
            p.expect(":")?;
            let b = p.expression()?;
            Some(Expr::new(
                ExprKind::Lambda {
                    args: Rc::new(a.unwrap_or_default()),
                    body: Rc::new(b),
                },
                p.span_from(start),
            ))
        })
    }

    /// lambda_params: invalid_lambda_parameters | lambda_parameters
    fn lambda_params(&mut self) -> Option<Arguments> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_lambda_parameters());
                if p.error.is_some() {
                    return None;
                }
            }
            p.alt(|p| p.lambda_parameters())
        })
    }

    /// lambda_parameters
    fn lambda_parameters(&mut self) -> Option<Arguments> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.lambda_slash_no_default()?;
                let b = p.loop0(|p| p.lambda_param_no_default());
                let c = p.loop0(|p| p.lambda_param_with_default());
                let d = p.alt(|p| p.lambda_star_etc());
                if p.error.is_some() {
                    return None;
                }
                Some(make_arguments(Some(a), None, b, c, d))
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(a) = p.alt(|p| {
                let a = p.lambda_slash_with_default()?;
                let b = p.loop0(|p| p.lambda_param_with_default());
                let c = p.alt(|p| p.lambda_star_etc());
                if p.error.is_some() {
                    return None;
                }
                Some(make_arguments(None, Some(a), Vec::new(), b, c))
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(a) = p.alt(|p| {
                let a = p.loop1(|p| p.lambda_param_no_default())?;
                let b = p.loop0(|p| p.lambda_param_with_default());
                let c = p.alt(|p| p.lambda_star_etc());
                if p.error.is_some() {
                    return None;
                }
                Some(make_arguments(None, None, a, b, c))
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(a) = p.alt(|p| {
                let a = p.loop1(|p| p.lambda_param_with_default())?;
                let b = p.alt(|p| p.lambda_star_etc());
                if p.error.is_some() {
                    return None;
                }
                Some(make_arguments(None, None, Vec::new(), a, b))
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            let a = p.alt(|p| p.lambda_star_etc())?;
            Some(make_arguments(None, None, Vec::new(), Vec::new(), Some(a)))
        })
    }

    /// lambda_slash_no_default
    pub(super) fn lambda_slash_no_default(&mut self) -> Option<Vec<Arg>> {
        self.rule(|p| {
            let a = p.loop1(|p| p.lambda_param_no_default())?;
            p.expect("/")?;
            if p.expect(",").is_some() || p.peek_op(":") {
                return Some(a);
            }
            None
        })
    }

    /// lambda_slash_with_default
    pub(super) fn lambda_slash_with_default(&mut self) -> Option<SlashWithDefault> {
        self.rule(|p| {
            let a = p.loop0(|p| p.lambda_param_no_default());
            let b = p.loop1(|p| p.lambda_param_with_default())?;
            p.expect("/")?;
            if p.expect(",").is_some() || p.peek_op(":") {
                return Some(SlashWithDefault {
                    plain: a,
                    with_default: b,
                });
            }
            None
        })
    }

    /// lambda_star_etc
    fn lambda_star_etc(&mut self) -> Option<StarEtc> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_lambda_star_etc());
                if p.error.is_some() {
                    return None;
                }
            }
            if let Some(s) = p.alt(|p| {
                p.expect("*")?;
                let a = p.lambda_param_no_default()?;
                let b = p.loop0(|p| p.lambda_param_maybe_default());
                let c = p.alt(|p| p.lambda_kwds());
                if p.error.is_some() {
                    return None;
                }
                Some(StarEtc {
                    vararg: Some(a),
                    kwonly: b,
                    kwarg: c,
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(s) = p.alt(|p| {
                p.expect("*")?;
                p.expect(",")?;
                let b = p.loop1(|p| p.lambda_param_maybe_default())?;
                let c = p.alt(|p| p.lambda_kwds());
                if p.error.is_some() {
                    return None;
                }
                Some(StarEtc {
                    vararg: None,
                    kwonly: b,
                    kwarg: c,
                })
            }) {
                return Some(s);
            }
            if p.error.is_some() {
                return None;
            }
            let a = p.alt(|p| p.lambda_kwds())?;
            Some(StarEtc {
                vararg: None,
                kwonly: Vec::new(),
                kwarg: Some(a),
            })
        })
    }

    /// lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default
    fn lambda_kwds(&mut self) -> Option<Arg> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_lambda_kwds());
                if p.error.is_some() {
                    return None;
                }
            }
            p.expect("**")?;
            p.lambda_param_no_default()
        })
    }

    /// lambda_param_no_default: lambda_param ',' | lambda_param &':'
    pub(super) fn lambda_param_no_default(&mut self) -> Option<Arg> {
        self.rule(|p| {
            let a = p.lambda_param()?;
            if p.expect(",").is_some() || p.peek_op(":") {
                return Some(a);
            }
            None
        })
    }

    /// lambda_param_with_default: lambda_param default ',' | lambda_param default &':'
    pub(super) fn lambda_param_with_default(&mut self) -> Option<NameDefault> {
        self.rule(|p| {
            let a = p.lambda_param()?;
            let c = p.default()?;
            if p.expect(",").is_some() || p.peek_op(":") {
                return Some(NameDefault {
                    arg: a,
                    value: Some(c),
                });
            }
            None
        })
    }

    /// lambda_param_maybe_default: lambda_param default? ',' | lambda_param default? &':'
    pub(super) fn lambda_param_maybe_default(&mut self) -> Option<NameDefault> {
        self.rule(|p| {
            let a = p.lambda_param()?;
            let c = p.alt(|p| p.default());
            if p.error.is_some() {
                return None;
            }
            if p.expect(",").is_some() || p.peek_op(":") {
                return Some(NameDefault { arg: a, value: c });
            }
            None
        })
    }

    /// lambda_param: NAME
    pub(super) fn lambda_param(&mut self) -> Option<Arg> {
        self.rule(|p| {
            let (name, span) = p.name_id()?;
            Some(Arg {
                name,
                annotation: None,
                span,
            })
        })
    }

    // ===== literals and displays =====

    /// strings (memo): STRING+
    pub(super) fn strings(&mut self) -> Option<Expr> {
        self.memo(MemoKey::Strings, |p| {
            let mut toks: Vec<Token> = Vec::new();
            while let Some(t) = p.peek() {
                if !matches!(t.tok, Tok::Str(_)) {
                    break;
                }
                let t = t.clone();
                p.advance();
                toks.push(t);
            }
            if toks.is_empty() || p.error.is_some() {
                return None;
            }
            p.concatenate_strings(&toks)
        })
    }

    /// list: '[' [star_named_expressions] ']'
    fn list(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            p.expect("[")?;
            let a = p.alt(|p| p.star_named_expressions());
            if p.error.is_some() {
                return None;
            }
            p.expect("]")?;
            Some(Expr::new(
                ExprKind::List {
                    elts: a.unwrap_or_default(),
                    ctx: Ctx::Load,
                },
                p.span_from(start),
            ))
        })
    }

    /// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    pub(super) fn tuple(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            p.expect("(")?;
            let a = p.alt(|p| {
                let y = p.star_named_expression()?;
                p.expect(",")?;
                let z = p.alt(|p| p.star_named_expressions());
                if p.error.is_some() {
                    return None;
                }
                let mut v = vec![y];
                v.extend(z.unwrap_or_default());
                Some(v)
            });
            if p.error.is_some() {
                return None;
            }
            p.expect(")")?;
            Some(Expr::new(
                ExprKind::Tuple {
                    elts: a.unwrap_or_default(),
                    ctx: Ctx::Load,
                },
                p.span_from(start),
            ))
        })
    }

    /// set: '{' star_named_expressions '}'
    fn set(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            p.expect("{")?;
            let a = p.star_named_expressions()?;
            p.expect("}")?;
            Some(Expr::new(ExprKind::Set(a), p.span_from(start)))
        })
    }

    /// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    fn dict(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.expect("{")?;
                let a = p.alt(|p| p.double_starred_kvpairs());
                if p.error.is_some() {
                    return None;
                }
                p.expect("}")?;
                let (keys, values) = a.unwrap_or_default().into_iter().unzip();
                Some(Expr::new(
                    ExprKind::Dict { keys, values },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| {
                    p.expect("{")?;
                    p.invalid_double_starred_kvpairs()?;
                    p.expect("}")
                });
            }
            None
        })
    }

    /// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    fn double_starred_kvpairs(&mut self) -> Option<Vec<(Option<Expr>, Expr)>> {
        self.rule(|p| {
            let v = p.gather(",", |p| p.double_starred_kvpair())?;
            p.expect(",");
            Some(v)
        })
    }

    /// double_starred_kvpair: '**' bitwise_or | kvpair
    pub(super) fn double_starred_kvpair(&mut self) -> Option<(Option<Expr>, Expr)> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| {
                p.expect("**")?;
                p.bitwise_or()
            }) {
                return Some((None, e));
            }
            if p.error.is_some() {
                return None;
            }
            let (k, v) = p.alt(|p| p.kvpair())?;
            Some((Some(k), v))
        })
    }

    /// kvpair: expression ':' expression
    fn kvpair(&mut self) -> Option<(Expr, Expr)> {
        self.rule(|p| {
            let a = p.expression()?;
            p.expect(":")?;
            let b = p.expression()?;
            Some((a, b))
        })
    }

    // ===== comprehensions =====

    /// for_if_clauses: for_if_clause+
    pub(super) fn for_if_clauses(&mut self) -> Option<Vec<Comprehension>> {
        self.rule(|p| p.loop1(|p| p.for_if_clause()))
    }

    /// for_if_clause
    fn for_if_clause(&mut self) -> Option<Comprehension> {
        self.rule(|p| {
            for is_async in [true, false] {
                let mut cut = false;
                if let Some(c) = p.alt(|p| {
                    if is_async {
                        p.keyword("async")?;
                    }
                    p.keyword("for")?;
                    let a = p.star_targets()?;
                    p.keyword("in")?;
                    cut = true;
                    let b = p.disjunction()?;
                    let c = p.loop0(|p| {
                        p.keyword("if")?;
                        p.disjunction()
                    });
                    if p.error.is_some() {
                        return None;
                    }
                    Some(Comprehension {
                        target: a,
                        iter: b,
                        ifs: c,
                        is_async,
                    })
                }) {
                    return Some(c);
                }
                if cut || p.error.is_some() {
                    return None;
                }
            }
            if p.call_invalid {
                p.alt(|p| p.invalid_for_target());
            }
            None
        })
    }

    /// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    fn listcomp(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.expect("[")?;
                let a = p.named_expression()?;
                let b = p.for_if_clauses()?;
                p.expect("]")?;
                Some(Expr::new(
                    ExprKind::ListComp {
                        elt: Rc::new(a),
                        generators: b,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_comprehension());
            }
            None
        })
    }

    /// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    fn setcomp(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.expect("{")?;
                let a = p.named_expression()?;
                let b = p.for_if_clauses()?;
                p.expect("}")?;
                Some(Expr::new(
                    ExprKind::SetComp {
                        elt: Rc::new(a),
                        generators: b,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_comprehension());
            }
            None
        })
    }

    /// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
    /// | invalid_comprehension
    pub(super) fn genexp(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.expect("(")?;
                let a = p.alt(|p| p.assignment_expression()).or_else(|| {
                    if p.error.is_some() {
                        return None;
                    }
                    p.alt(|p| {
                        let e = p.expression()?;
                        if p.peek_op(":=") {
                            return None;
                        }
                        Some(e)
                    })
                })?;
                let b = p.for_if_clauses()?;
                p.expect(")")?;
                Some(Expr::new(
                    ExprKind::GeneratorExp {
                        elt: Rc::new(a),
                        generators: b,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_comprehension());
            }
            None
        })
    }

    /// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    fn dictcomp(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.expect("{")?;
                let (k, v) = p.kvpair()?;
                let b = p.for_if_clauses()?;
                p.expect("}")?;
                Some(Expr::new(
                    ExprKind::DictComp {
                        key: Rc::new(k),
                        value: Rc::new(v),
                        generators: b,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_dict_comprehension());
            }
            None
        })
    }

    // ===== call arguments =====

    /// arguments (memo): args [','] &')' | invalid_arguments
    pub(super) fn arguments(&mut self) -> Option<CallArgs> {
        self.memo(MemoKey::Arguments, |p| {
            if let Some(a) = p.alt(|p| {
                let a = p.args()?;
                p.expect(",");
                if !p.peek_op(")") {
                    return None;
                }
                Some(a)
            }) {
                return Some(a);
            }
            if p.call_invalid && p.error.is_none() {
                p.alt(|p| p.invalid_arguments());
            }
            None
        })
    }

    /// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
    /// [',' kwargs] | kwargs
    /// One positional call argument: starred_expression | (assignment_expression |
    /// expression !':=') !'='
    pub(super) fn positional_arg(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| p.starred_expression()) {
            return Some(e);
        }
        if self.error.is_some() {
            return None;
        }
        self.alt(|p| {
            let e = p.alt(|p| p.assignment_expression()).or_else(|| {
                if p.error.is_some() {
                    return None;
                }
                p.alt(|p| {
                    let e = p.expression()?;
                    if p.peek_op(":=") {
                        return None;
                    }
                    Some(e)
                })
            })?;
            if p.peek_op("=") {
                return None;
            }
            Some(e)
        })
    }

    pub(super) fn args(&mut self) -> Option<CallArgs> {
        self.rule(|p| {
            if let Some(c) = p.alt(|p| {
                let a = p.gather(",", |p| p.positional_arg())?;
                let b = p.alt(|p| {
                    p.expect(",")?;
                    p.kwargs()
                });
                if p.error.is_some() {
                    return None;
                }
                let mut args = a;
                let mut keywords = Vec::new();
                for k in b.unwrap_or_default() {
                    match k {
                        KeywordOrStarred::Keyword(kw) => keywords.push(kw),
                        KeywordOrStarred::Starred(e) => args.push(e),
                    }
                }
                Some(CallArgs { args, keywords })
            }) {
                return Some(c);
            }
            if p.error.is_some() {
                return None;
            }
            let k = p.alt(|p| p.kwargs())?;
            let mut args = Vec::new();
            let mut keywords = Vec::new();
            for x in k {
                match x {
                    KeywordOrStarred::Keyword(kw) => keywords.push(kw),
                    KeywordOrStarred::Starred(e) => args.push(e),
                }
            }
            Some(CallArgs { args, keywords })
        })
    }

    /// kwargs
    pub(super) fn kwargs(&mut self) -> Option<Vec<KeywordOrStarred>> {
        self.rule(|p| {
            if let Some(v) = p.alt(|p| {
                let mut a = p.gather(",", |p| p.kwarg_or_starred())?;
                p.expect(",")?;
                let b = p.gather(",", |p| p.kwarg_or_double_starred())?;
                a.extend(b);
                Some(a)
            }) {
                return Some(v);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(v) = p.alt(|p| p.gather(",", |p| p.kwarg_or_starred())) {
                return Some(v);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.gather(",", |p| p.kwarg_or_double_starred()))
        })
    }

    /// starred_expression: '*' expression
    pub(super) fn starred_expression(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            p.expect("*")?;
            let a = p.expression()?;
            Some(Expr::new(
                ExprKind::Starred {
                    value: Rc::new(a),
                    ctx: Ctx::Load,
                },
                p.span_from(start),
            ))
        })
    }

    /// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    fn kwarg_or_starred(&mut self) -> Option<KeywordOrStarred> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_kwarg());
                if p.error.is_some() {
                    return None;
                }
            }
            let start = p.start_pos();
            if let Some(k) = p.alt(|p| {
                let (a, _) = p.name_id()?;
                p.expect("=")?;
                let b = p.expression()?;
                Some(KeywordOrStarred::Keyword(Keyword {
                    arg: Some(a),
                    value: b,
                    span: p.span_from(start),
                }))
            }) {
                return Some(k);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.starred_expression())
                .map(KeywordOrStarred::Starred)
        })
    }

    /// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    fn kwarg_or_double_starred(&mut self) -> Option<KeywordOrStarred> {
        self.rule(|p| {
            if p.call_invalid {
                p.alt(|p| p.invalid_kwarg());
                if p.error.is_some() {
                    return None;
                }
            }
            let start = p.start_pos();
            if let Some(k) = p.alt(|p| {
                let (a, _) = p.name_id()?;
                p.expect("=")?;
                let b = p.expression()?;
                Some(KeywordOrStarred::Keyword(Keyword {
                    arg: Some(a),
                    value: b,
                    span: p.span_from(start),
                }))
            }) {
                return Some(k);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("**")?;
                let b = p.expression()?;
                Some(KeywordOrStarred::Keyword(Keyword {
                    arg: None,
                    value: b,
                    span: p.span_from(start),
                }))
            })
        })
    }

    // ===== assignment targets =====

    /// star_targets: star_target !',' | star_target (',' star_target)* [',']
    pub(super) fn star_targets(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(a) = p.alt(|p| {
                let a = p.star_target()?;
                if p.peek_op(",") {
                    return None;
                }
                Some(a)
            }) {
                return Some(a);
            }
            if p.error.is_some() {
                return None;
            }
            let a = p.star_target()?;
            let mut elts = vec![a];
            elts.extend(p.loop0(|p| {
                p.expect(",")?;
                p.star_target()
            }));
            if p.error.is_some() {
                return None;
            }
            p.expect(",");
            Some(Expr::new(
                ExprKind::Tuple {
                    elts,
                    ctx: Ctx::Store,
                },
                p.span_from(start),
            ))
        })
    }

    /// star_targets_list_seq: ','.star_target+ [',']
    fn star_targets_list_seq(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            let v = p.gather(",", |p| p.star_target())?;
            p.expect(",");
            Some(v)
        })
    }

    /// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    fn star_targets_tuple_seq(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            if let Some(v) = p.alt(|p| {
                let a = p.star_target()?;
                let b = p.loop1(|p| {
                    p.expect(",")?;
                    p.star_target()
                })?;
                p.expect(",");
                let mut v = vec![a];
                v.extend(b);
                Some(v)
            }) {
                return Some(v);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                let a = p.star_target()?;
                p.expect(",")?;
                Some(vec![a])
            })
        })
    }

    /// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    pub(super) fn star_target(&mut self) -> Option<Expr> {
        self.memo_fail(MemoKey::StarTarget, |p| {
            let start = p.start_pos();
            if let Some(e) = p.alt(|p| {
                p.expect("*")?;
                if p.peek_op("*") {
                    return None;
                }
                let a = p.star_target()?;
                Some(Expr::new(
                    ExprKind::Starred {
                        value: Rc::new(set_ctx(a, Ctx::Store)),
                        ctx: Ctx::Store,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.target_with_star_atom())
        })
    }

    /// target_with_star_atom (memo)
    fn target_with_star_atom(&mut self) -> Option<Expr> {
        self.memo_fail(MemoKey::TargetWithStarAtom, |p| {
            if let Some(e) = p.alt(|p| p.subscript_attribute_target(Ctx::Store)) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.star_atom())
        })
    }

    /// t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    fn subscript_attribute_target(&mut self, ctx: Ctx) -> Option<Expr> {
        let start = self.start_pos();
        if let Some(e) = self.alt(|p| {
            let a = p.t_primary()?;
            p.expect(".")?;
            let (n, _) = p.name_id()?;
            if p.lookahead(|p| p.t_lookahead()) {
                return None;
            }
            Some(Expr::new(
                ExprKind::Attribute {
                    value: Rc::new(a),
                    attr: n,
                    ctx,
                },
                p.span_from(start),
            ))
        }) {
            return Some(e);
        }
        if self.error.is_some() {
            return None;
        }
        self.alt(|p| {
            let a = p.t_primary()?;
            p.expect("[")?;
            let b = p.slices()?;
            p.expect("]")?;
            if p.lookahead(|p| p.t_lookahead()) {
                return None;
            }
            Some(Expr::new(
                ExprKind::Subscript {
                    value: Rc::new(a),
                    slice: Rc::new(b),
                    ctx,
                },
                p.span_from(start),
            ))
        })
    }

    /// star_atom
    fn star_atom(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(n) = p.alt(|p| p.name()) {
                return Some(set_ctx(n, Ctx::Store));
            }
            if let Some(e) = p.alt(|p| {
                p.expect("(")?;
                let a = p.target_with_star_atom()?;
                p.expect(")")?;
                Some(set_ctx(a, Ctx::Store))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(e) = p.alt(|p| {
                p.expect("(")?;
                let a = p.alt(|p| p.star_targets_tuple_seq());
                if p.error.is_some() {
                    return None;
                }
                p.expect(")")?;
                Some(Expr::new(
                    ExprKind::Tuple {
                        elts: a.unwrap_or_default(),
                        ctx: Ctx::Store,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("[")?;
                let a = p.alt(|p| p.star_targets_list_seq());
                if p.error.is_some() {
                    return None;
                }
                p.expect("]")?;
                Some(Expr::new(
                    ExprKind::List {
                        elts: a.unwrap_or_default(),
                        ctx: Ctx::Store,
                    },
                    p.span_from(start),
                ))
            })
        })
    }

    /// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    pub(super) fn single_target(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| p.single_subscript_attribute_target()) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(n) = p.alt(|p| p.name()) {
                return Some(set_ctx(n, Ctx::Store));
            }
            p.alt(|p| {
                p.expect("(")?;
                let a = p.single_target()?;
                p.expect(")")?;
                Some(a)
            })
        })
    }

    /// single_subscript_attribute_target
    pub(super) fn single_subscript_attribute_target(&mut self) -> Option<Expr> {
        self.rule(|p| p.subscript_attribute_target(Ctx::Store))
    }

    /// t_primary (left-recursive): a primary followed by another trailer.
    fn t_primary(&mut self) -> Option<Expr> {
        self.memo(MemoKey::TPrimary, |p| {
            if !p.enter() {
                return None;
            }
            let start = p.start_pos();
            let r = p
                .alt(|p| {
                    let a = p.atom()?;
                    if !p.lookahead(|p| p.t_lookahead()) {
                        return None;
                    }
                    Some(a)
                })
                .map(|mut e| {
                    loop {
                        match p.primary_trailer(e, start, true) {
                            Ok(n) => e = n,
                            Err(old) => {
                                e = old;
                                break;
                            }
                        }
                    }
                    e
                });
            p.leave();
            if p.error.is_some() {
                return None;
            }
            r
        })
    }

    /// t_lookahead: '(' | '[' | '.'
    fn t_lookahead(&mut self) -> bool {
        self.expect("(").is_some() || self.expect("[").is_some() || self.expect(".").is_some()
    }

    /// del_targets: ','.del_target+ [',']
    fn del_targets(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            let v = p.gather(",", |p| p.del_target())?;
            p.expect(",");
            Some(v)
        })
    }

    /// del_target (memo)
    fn del_target(&mut self) -> Option<Expr> {
        self.memo(MemoKey::DelTarget, |p| {
            if let Some(e) = p.alt(|p| p.subscript_attribute_target(Ctx::Del)) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| p.del_t_atom())
        })
    }

    /// del_t_atom
    fn del_t_atom(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.start_pos();
            if let Some(n) = p.alt(|p| p.name()) {
                return Some(set_ctx(n, Ctx::Del));
            }
            if let Some(e) = p.alt(|p| {
                p.expect("(")?;
                let a = p.del_target()?;
                p.expect(")")?;
                Some(set_ctx(a, Ctx::Del))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(e) = p.alt(|p| {
                p.expect("(")?;
                let a = p.alt(|p| p.del_targets());
                if p.error.is_some() {
                    return None;
                }
                p.expect(")")?;
                Some(Expr::new(
                    ExprKind::Tuple {
                        elts: a.unwrap_or_default(),
                        ctx: Ctx::Del,
                    },
                    p.span_from(start),
                ))
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("[")?;
                let a = p.alt(|p| p.del_targets());
                if p.error.is_some() {
                    return None;
                }
                p.expect("]")?;
                Some(Expr::new(
                    ExprKind::List {
                        elts: a.unwrap_or_default(),
                        ctx: Ctx::Del,
                    },
                    p.span_from(start),
                ))
            })
        })
    }

    // ===== repetition helpers (pegen's _loop0, _loop1 and _gather) =====

    /// e*
    pub(super) fn loop0<T>(&mut self, mut f: impl FnMut(&mut Self) -> Option<T>) -> Vec<T> {
        let mut v = Vec::new();
        while let Some(x) = self.alt(&mut f) {
            v.push(x);
        }
        v
    }

    /// e+
    pub(super) fn loop1<T>(&mut self, f: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let v = self.loop0(f);
        if v.is_empty() || self.error.is_some() {
            return None;
        }
        Some(v)
    }

    /// sep.e+
    pub(super) fn gather<T>(
        &mut self,
        sep: &str,
        mut f: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        let first = self.alt(&mut f)?;
        let mut v = vec![first];
        loop {
            let m = self.mark;
            if self.expect(sep).is_none() {
                break;
            }
            match f(self) {
                Some(x) => v.push(x),
                None => {
                    self.mark = m;
                    break;
                }
            }
        }
        if self.error.is_some() {
            return None;
        }
        Some(v)
    }
}

/// Builds the arguments of a def or lambda (CPython's `_PyPegen_make_arguments`).
pub(super) fn make_arguments(
    slash_without_default: Option<Vec<Arg>>,
    slash_with_default: Option<SlashWithDefault>,
    plain_names: Vec<Arg>,
    names_with_default: Vec<NameDefault>,
    star_etc: Option<StarEtc>,
) -> Arguments {
    let mut a = Arguments::default();
    if let Some(s) = slash_without_default {
        a.posonly = s;
    } else if let Some(s) = slash_with_default {
        a.posonly = s.plain;
        for nd in s.with_default {
            a.posonly.push(nd.arg);
            if let Some(v) = nd.value {
                a.defaults.push(v);
            }
        }
    }
    a.args = plain_names;
    for nd in names_with_default {
        a.args.push(nd.arg);
        if let Some(v) = nd.value {
            a.defaults.push(v);
        }
    }
    if let Some(se) = star_etc {
        a.vararg = se.vararg;
        for nd in se.kwonly {
            a.kwonly.push(nd.arg);
            a.kw_defaults.push(nd.value);
        }
        a.kwarg = se.kwarg;
    }
    a
}
