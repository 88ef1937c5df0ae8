//! The `invalid_*` rules of the grammar: active only in the second pass, they recognise common
//! mistakes and raise CPython's specialised SyntaxError messages.

use super::helpers::{expr_name, invalid_target, is_legacy_stmt, last_comprehension_item, Targets};
use super::Parser;
use crate::ast::*;
use crate::error::SyntaxKind;
use crate::lexer::{Tok, Token};

impl<'a> Parser<'a> {
    /// RAISE_SYNTAX_ERROR_INVALID_TARGET
    fn raise_invalid_target(&mut self, t: Targets, e: &Expr) -> Option<()> {
        let bad = invalid_target(e, t)?;
        let msg = match t {
            Targets::Star | Targets::For => format!("cannot assign to {}", expr_name(bad)),
            Targets::Del => format!("cannot delete {}", expr_name(bad)),
        };
        let span = bad.span;
        self.raise_span(span, &msg);
        None
    }

    /// invalid_arguments
    pub(super) fn invalid_arguments(&mut self) -> Option<()> {
        self.rule(|p| {
            // ((','.positional_arg+ ',' kwargs) | kwargs) ',' '*' (CPython 3.11.7)
            p.alt(|p| {
                let with_positional = p.alt(|p| {
                    p.gather(",", |p| p.positional_arg())?;
                    p.expect(",")?;
                    p.kwargs()
                });
                if p.error.is_some() {
                    return None;
                }
                if with_positional.is_none() {
                    p.kwargs()?;
                }
                p.expect(",")?;
                let star = p.expect("*")?;
                let span = p.tok_span(star);
                p.raise_span(
                    span,
                    "iterable argument unpacking follows keyword argument unpacking",
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // expression for_if_clauses ',' [args | expression for_if_clauses]
            p.alt(|p| {
                let a = p.expression()?;
                let b = p.for_if_clauses()?;
                p.expect(",")?;
                p.alt(|p| p.args().map(|_| ())).or_else(|| {
                    p.alt(|p| {
                        p.expression()?;
                        p.for_if_clauses().map(|_| ())
                    })
                });
                if p.error.is_some() {
                    return None;
                }
                let last = last_comprehension_item(b.last()?).span;
                p.raise_range(a.span, last, "Generator expression must be parenthesized");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // NAME '=' expression for_if_clauses
            p.alt(|p| {
                let a = p.name()?;
                let b = p.expect("=")?;
                p.expression()?;
                p.for_if_clauses()?;
                let bs = p.tok_span(b);
                p.raise_range(
                    a.span,
                    bs,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // args for_if_clauses
            p.alt(|p| {
                let a = p.args()?;
                let b = p.for_if_clauses()?;
                if a.args.len() <= 1 {
                    return None::<()>;
                }
                let last_arg = a.args.last()?.span;
                let last = last_comprehension_item(b.last()?).span;
                p.raise_range(last_arg, last, "Generator expression must be parenthesized");
                None
            });
            if p.error.is_some() {
                return None;
            }
            // args ',' expression for_if_clauses
            p.alt(|p| {
                p.args()?;
                p.expect(",")?;
                let a = p.expression()?;
                let b = p.for_if_clauses()?;
                let last = last_comprehension_item(b.last()?).span;
                p.raise_range(a.span, last, "Generator expression must be parenthesized");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // args ',' args
            p.alt(|p| {
                let a = p.args()?;
                p.expect(",")?;
                p.args()?;
                let unpacking = a.keywords.iter().any(|k| k.arg.is_none());
                let msg = if unpacking {
                    "positional argument follows keyword argument unpacking"
                } else {
                    "positional argument follows keyword argument"
                };
                p.raise_syntax(msg);
                None::<()>
            });
            None
        })
    }

    /// invalid_kwarg
    pub(super) fn invalid_kwarg(&mut self) -> Option<()> {
        self.rule(|p| {
            // ('True'|'False'|'None') '='
            p.alt(|p| {
                let t = p.peek()?.clone();
                let Tok::Name(n) = &t.tok else { return None };
                if !matches!(n.as_str(), "True" | "False" | "None") {
                    return None;
                }
                p.advance();
                let b = p.expect("=")?;
                let bs = p.tok_span(b);
                p.raise_range(
                    Span::new(t.start, t.end),
                    bs,
                    &format!("cannot assign to {}", n),
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // NAME '=' expression for_if_clauses
            p.alt(|p| {
                let a = p.name()?;
                let b = p.expect("=")?;
                p.expression()?;
                p.for_if_clauses()?;
                let bs = p.tok_span(b);
                p.raise_range(
                    a.span,
                    bs,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // !(NAME '=') expression '='
            p.alt(|p| {
                if p.lookahead(|p| p.name().is_some() && p.expect("=").is_some()) {
                    return None;
                }
                let a = p.expression()?;
                let b = p.expect("=")?;
                let bs = p.tok_span(b);
                p.raise_range(
                    a.span,
                    bs,
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                );
                None::<()>
            });
            None
        })
    }

    /// expression_without_invalid: the expression rule with the invalid rules switched off.
    pub(super) fn expression_without_invalid(&mut self) -> Option<Expr> {
        let prev = self.call_invalid;
        self.call_invalid = false;
        let r = self.rule(|p| p.expression_body());
        self.call_invalid = prev;
        r
    }

    /// invalid_legacy_expression: NAME !'(' star_expressions
    pub(super) fn invalid_legacy_expression(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.name()?;
            if p.peek_op("(") {
                return None;
            }
            let b = p.star_expressions()?;
            if is_legacy_stmt(&a) {
                let ExprKind::Name { id, .. } = &a.kind else {
                    return None;
                };
                let msg = format!(
                    "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                    id, id
                );
                p.raise_range(a.span, b.span, &msg);
            }
            None
        })
    }

    /// invalid_expression
    pub(super) fn invalid_expression(&mut self) -> Option<()> {
        self.rule(|p| {
            // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
            p.alt(|p| {
                if p.lookahead(|p| p.name().is_some() && p.is_string())
                    || p.lookahead(|p| p.any_soft_keyword().is_some())
                {
                    return None;
                }
                let a = p.disjunction()?;
                let b = p.expression_without_invalid()?;
                if is_legacy_stmt(&a) {
                    return None;
                }
                if p.toks[p.mark - 1].level == 0 {
                    return None;
                }
                p.raise_range(
                    a.span,
                    b.span,
                    "invalid syntax. Perhaps you forgot a comma?",
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // disjunction 'if' disjunction !('else'|':')
            p.alt(|p| {
                let a = p.disjunction()?;
                p.keyword("if")?;
                let b = p.disjunction()?;
                if p.lookahead(|p| p.keyword("else").is_some() || p.expect(":").is_some()) {
                    return None;
                }
                p.raise_range(a.span, b.span, "expected 'else' after 'if' expression");
                None::<()>
            });
            None
        })
    }

    /// invalid_named_expression (memo)
    pub(super) fn invalid_named_expression(&mut self) -> Option<()> {
        self.memo(super::MemoKey::InvalidNamedExpression, |p| {
            // expression ':=' expression
            p.alt(|p| {
                let a = p.expression()?;
                p.expect(":=")?;
                p.expression()?;
                let msg = format!("cannot use assignment expressions with {}", expr_name(&a));
                p.raise_span(a.span, &msg);
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // NAME '=' bitwise_or !('='|':=')
            p.alt(|p| {
                let a = p.name()?;
                p.expect("=")?;
                let b = p.bitwise_or()?;
                if p.lookahead(|p| p.expect("=").is_some() || p.expect(":=").is_some()) {
                    return None;
                }
                p.raise_range(
                    a.span,
                    b.span,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
            p.alt(|p| {
                if p.lookahead(|p| {
                    p.alt(|p| p.list_for_lookahead()).is_some()
                        || p.alt(|p| p.tuple()).is_some()
                        || p.alt(|p| p.genexp()).is_some()
                        || p.keyword("True").is_some()
                        || p.keyword("None").is_some()
                        || p.keyword("False").is_some()
                }) {
                    return None;
                }
                let a = p.bitwise_or()?;
                p.expect("=")?;
                p.bitwise_or()?;
                if p.lookahead(|p| p.expect("=").is_some() || p.expect(":=").is_some()) {
                    return None;
                }
                let msg = format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(&a)
                );
                p.raise_span(a.span, &msg);
                None::<()>
            });
            None
        })
    }

    /// The `list` rule (used in a lookahead).
    fn list_for_lookahead(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect("[")?;
            p.alt(|p| p.star_named_expressions());
            if p.error.is_some() {
                return None;
            }
            p.expect("]")?;
            Some(())
        })
    }

    /// invalid_assignment
    pub(super) fn invalid_assignment(&mut self) -> Option<()> {
        self.rule(|p| {
            // invalid_ann_assign_target ':' expression
            p.alt(|p| {
                let a = p.invalid_ann_assign_target()?;
                p.expect(":")?;
                p.expression()?;
                let msg = format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&a)
                );
                p.raise_span(a.span, &msg);
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // star_named_expression ',' star_named_expressions* ':' expression
            p.alt(|p| {
                let a = p.star_named_expression()?;
                p.expect(",")?;
                p.loop0(|p| p.star_named_expressions());
                p.expect(":")?;
                p.expression()?;
                p.raise_span(a.span, "only single target (not tuple) can be annotated");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // expression ':' expression
            p.alt(|p| {
                let a = p.expression()?;
                p.expect(":")?;
                p.expression()?;
                p.raise_span(a.span, "illegal target for annotation");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // (star_targets '=')* star_expressions '='
            p.alt(|p| {
                p.loop0(|p| {
                    let t = p.star_targets()?;
                    p.expect("=")?;
                    Some(t)
                });
                let a = p.star_expressions()?;
                p.expect("=")?;
                p.raise_invalid_target(Targets::Star, &a)
            });
            if p.error.is_some() {
                return None;
            }
            // (star_targets '=')* yield_expr '='
            p.alt(|p| {
                p.loop0(|p| {
                    let t = p.star_targets()?;
                    p.expect("=")?;
                    Some(t)
                });
                let a = p.yield_expr()?;
                p.expect("=")?;
                p.raise_span(a.span, "assignment to yield expression not possible");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // star_expressions augassign (yield_expr | star_expressions)
            p.alt(|p| {
                let a = p.star_expressions()?;
                p.augassign()?;
                p.alt(|p| p.yield_expr()).or_else(|| {
                    if p.error.is_some() {
                        None
                    } else {
                        p.alt(|p| p.star_expressions())
                    }
                })?;
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&a)
                );
                p.raise_span(a.span, &msg);
                None::<()>
            });
            None
        })
    }

    /// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    fn invalid_ann_assign_target(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| {
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
            }) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            if let Some(e) = p.alt(|p| p.tuple()) {
                return Some(e);
            }
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("(")?;
                let a = p.invalid_ann_assign_target()?;
                p.expect(")")?;
                Some(a)
            })
        })
    }

    /// invalid_del_stmt: 'del' star_expressions
    pub(super) fn invalid_del_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.keyword("del")?;
            let a = p.star_expressions()?;
            p.raise_invalid_target(Targets::Del, &a)
        })
    }

    /// invalid_block: NEWLINE !INDENT
    pub(super) fn invalid_block(&mut self) -> Option<()> {
        self.rule(|p| {
            p.newline()?;
            if p.lookahead(|p| p.indent().is_some()) {
                return None;
            }
            p.raise_indentation("expected an indented block");
            None
        })
    }

    /// invalid_comprehension
    pub(super) fn invalid_comprehension(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                if p.expect("[").is_none() && p.expect("(").is_none() && p.expect("{").is_none() {
                    return None;
                }
                let a = p.starred_expression()?;
                p.for_if_clauses()?;
                p.raise_span(a.span, "iterable unpacking cannot be used in comprehension");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                if p.expect("[").is_none() && p.expect("{").is_none() {
                    return None;
                }
                let a = p.star_named_expression()?;
                p.expect(",")?;
                let b = p.star_named_expressions()?;
                p.for_if_clauses()?;
                let last = b.last()?.span;
                p.raise_range(
                    a.span,
                    last,
                    "did you forget parentheses around the comprehension target?",
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                if p.expect("[").is_none() && p.expect("{").is_none() {
                    return None;
                }
                let a = p.star_named_expression()?;
                let b = p.expect(",")?;
                p.for_if_clauses()?;
                let bs = p.tok_span(b);
                p.raise_range(
                    a.span,
                    bs,
                    "did you forget parentheses around the comprehension target?",
                );
                None::<()>
            });
            None
        })
    }

    /// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
    pub(super) fn invalid_dict_comprehension(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect("{")?;
            let a = p.expect("**")?;
            p.bitwise_or()?;
            p.for_if_clauses()?;
            p.expect("}")?;
            let s = p.tok_span(a);
            p.raise_span(s, "dict unpacking cannot be used in dict comprehension");
            None
        })
    }

    /// invalid_parameters
    pub(super) fn invalid_parameters(&mut self) -> Option<()> {
        self.rule(|p| {
            // param_no_default* invalid_parameters_helper param_no_default
            p.alt(|p| {
                p.loop0(|p| p.param_no_default());
                p.invalid_parameters_helper()?;
                let a = p.param_no_default()?;
                p.raise_span(a.span, "non-default argument follows default argument");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // param_no_default* '(' param_no_default+ ','? ')'
            p.alt(|p| {
                p.loop0(|p| p.param_no_default());
                let a = p.expect("(")?;
                p.loop1(|p| p.param_no_default())?;
                p.expect(",");
                let b = p.expect(")")?;
                let (sa, sb) = (p.tok_span(a), p.tok_span(b));
                p.raise_range(sa, sb, "Function parameters cannot be parenthesized");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // "/" ','
            p.alt(|p| {
                let a = p.expect("/")?;
                p.expect(",")?;
                let s = p.tok_span(a);
                p.raise_span(s, "at least one argument must precede /");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // (slash_no_default | slash_with_default) param_maybe_default* '/'
            p.alt(|p| {
                if p.alt(|p| p.slash_no_default()).is_none() {
                    p.alt(|p| p.slash_with_default())?;
                }
                p.loop0(|p| p.param_maybe_default());
                let a = p.expect("/")?;
                let s = p.tok_span(a);
                p.raise_span(s, "/ may appear only once");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
            // param_maybe_default* '/'
            p.alt(|p| {
                if p.alt(|p| p.slash_no_default()).is_none() {
                    p.alt(|p| p.slash_with_default());
                }
                if p.error.is_some() {
                    return None;
                }
                p.loop0(|p| p.param_maybe_default());
                p.expect("*")?;
                if p.expect(",").is_none() {
                    p.param_no_default()?;
                }
                p.loop0(|p| p.param_maybe_default());
                let a = p.expect("/")?;
                let s = p.tok_span(a);
                p.raise_span(s, "/ must be ahead of *");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            // param_maybe_default+ '/' '*'
            p.alt(|p| {
                p.loop1(|p| p.param_maybe_default())?;
                p.expect("/")?;
                let a = p.expect("*")?;
                let s = p.tok_span(a);
                p.raise_span(s, "expected comma between / and *");
                None::<()>
            });
            None
        })
    }

    /// invalid_default: '=' &(')'|',')
    pub(super) fn invalid_default(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.expect("=")?;
            if !p.lookahead(|p| p.expect(")").is_some() || p.expect(",").is_some()) {
                return None;
            }
            let s = p.tok_span(a);
            p.raise_span(s, "expected default value expression");
            None
        })
    }

    /// invalid_star_etc
    pub(super) fn invalid_star_etc(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                let a = p.expect("*")?;
                let ok = p.expect(")").is_some()
                    || p.alt(|p| {
                        p.expect(",")?;
                        if p.expect(")").is_some() || p.expect("**").is_some() {
                            Some(())
                        } else {
                            None
                        }
                    })
                    .is_some();
                if !ok {
                    return None;
                }
                let s = p.tok_span(a);
                p.raise_span(s, "named arguments must follow bare *");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("*")?;
                p.param()?;
                let a = p.expect("=")?;
                let s = p.tok_span(a);
                p.raise_span(s, "var-positional argument cannot have default value");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("*")?;
                if p.alt(|p| p.param_no_default()).is_none() {
                    p.expect(",")?;
                }
                p.loop0(|p| p.param_maybe_default());
                let a = p.expect("*")?;
                if p.alt(|p| p.param_no_default()).is_none() {
                    p.expect(",")?;
                }
                let s = p.tok_span(a);
                p.raise_span(s, "* argument may appear only once");
                None::<()>
            });
            None
        })
    }

    /// invalid_kwds
    pub(super) fn invalid_kwds(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.expect("**")?;
                p.param()?;
                let a = p.expect("=")?;
                let s = p.tok_span(a);
                p.raise_span(s, "var-keyword argument cannot have default value");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("**")?;
                p.param()?;
                p.expect(",")?;
                let a = p.param()?;
                p.raise_span(a.span, "arguments cannot follow var-keyword argument");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("**")?;
                p.param()?;
                p.expect(",")?;
                let a = p
                    .expect("*")
                    .or_else(|| p.expect("**"))
                    .or_else(|| p.expect("/"))?;
                let s = p.tok_span(a);
                p.raise_span(s, "arguments cannot follow var-keyword argument");
                None::<()>
            });
            None
        })
    }

    /// invalid_parameters_helper: slash_with_default | param_with_default+
    fn invalid_parameters_helper(&mut self) -> Option<()> {
        self.rule(|p| {
            if p.alt(|p| p.slash_with_default()).is_some() {
                return Some(());
            }
            if p.error.is_some() {
                return None;
            }
            p.loop1(|p| p.param_with_default()).map(|_| ())
        })
    }

    /// invalid_lambda_parameters
    pub(super) fn invalid_lambda_parameters(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.loop0(|p| p.lambda_param_no_default());
                p.invalid_lambda_parameters_helper()?;
                let a = p.lambda_param_no_default()?;
                p.raise_span(a.span, "non-default argument follows default argument");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.loop0(|p| p.lambda_param_no_default());
                let a = p.expect("(")?;
                p.gather(",", |p| p.lambda_param())?;
                p.expect(",");
                let b = p.expect(")")?;
                let (sa, sb) = (p.tok_span(a), p.tok_span(b));
                p.raise_range(
                    sa,
                    sb,
                    "Lambda expression parameters cannot be parenthesized",
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                let a = p.expect("/")?;
                p.expect(",")?;
                let s = p.tok_span(a);
                p.raise_span(s, "at least one argument must precede /");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                if p.alt(|p| p.lambda_slash_no_default()).is_none() {
                    p.alt(|p| p.lambda_slash_with_default())?;
                }
                p.loop0(|p| p.lambda_param_maybe_default());
                let a = p.expect("/")?;
                let s = p.tok_span(a);
                p.raise_span(s, "/ may appear only once");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                if p.alt(|p| p.lambda_slash_no_default()).is_none() {
                    p.alt(|p| p.lambda_slash_with_default());
                }
                if p.error.is_some() {
                    return None;
                }
                p.loop0(|p| p.lambda_param_maybe_default());
                p.expect("*")?;
                if p.expect(",").is_none() {
                    p.lambda_param_no_default()?;
                }
                p.loop0(|p| p.lambda_param_maybe_default());
                let a = p.expect("/")?;
                let s = p.tok_span(a);
                p.raise_span(s, "/ must be ahead of *");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.loop1(|p| p.lambda_param_maybe_default())?;
                p.expect("/")?;
                let a = p.expect("*")?;
                let s = p.tok_span(a);
                p.raise_span(s, "expected comma between / and *");
                None::<()>
            });
            None
        })
    }

    /// invalid_lambda_parameters_helper
    fn invalid_lambda_parameters_helper(&mut self) -> Option<()> {
        self.rule(|p| {
            if p.alt(|p| p.lambda_slash_with_default()).is_some() {
                return Some(());
            }
            if p.error.is_some() {
                return None;
            }
            p.loop1(|p| p.lambda_param_with_default()).map(|_| ())
        })
    }

    /// invalid_lambda_star_etc
    pub(super) fn invalid_lambda_star_etc(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.expect("*")?;
                let ok = p.expect(":").is_some()
                    || p.alt(|p| {
                        p.expect(",")?;
                        if p.expect(":").is_some() || p.expect("**").is_some() {
                            Some(())
                        } else {
                            None
                        }
                    })
                    .is_some();
                if !ok {
                    return None;
                }
                p.raise_syntax("named arguments must follow bare *");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("*")?;
                p.lambda_param()?;
                let a = p.expect("=")?;
                let s = p.tok_span(a);
                p.raise_span(s, "var-positional argument cannot have default value");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("*")?;
                if p.alt(|p| p.lambda_param_no_default()).is_none() {
                    p.expect(",")?;
                }
                p.loop0(|p| p.lambda_param_maybe_default());
                let a = p.expect("*")?;
                if p.alt(|p| p.lambda_param_no_default()).is_none() {
                    p.expect(",")?;
                }
                let s = p.tok_span(a);
                p.raise_span(s, "* argument may appear only once");
                None::<()>
            });
            None
        })
    }

    /// invalid_lambda_kwds
    pub(super) fn invalid_lambda_kwds(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.expect("**")?;
                p.lambda_param()?;
                let a = p.expect("=")?;
                let s = p.tok_span(a);
                p.raise_span(s, "var-keyword argument cannot have default value");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("**")?;
                p.lambda_param()?;
                p.expect(",")?;
                let a = p.lambda_param()?;
                p.raise_span(a.span, "arguments cannot follow var-keyword argument");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("**")?;
                p.lambda_param()?;
                p.expect(",")?;
                let a = p
                    .expect("*")
                    .or_else(|| p.expect("**"))
                    .or_else(|| p.expect("/"))?;
                let s = p.tok_span(a);
                p.raise_span(s, "arguments cannot follow var-keyword argument");
                None::<()>
            });
            None
        })
    }

    /// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
    pub(super) fn invalid_with_item(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expression()?;
            p.keyword("as")?;
            let a = p.expression()?;
            if !p.lookahead(|p| {
                p.expect(",").is_some() || p.expect(")").is_some() || p.expect(":").is_some()
            }) {
                return None;
            }
            p.raise_invalid_target(Targets::Star, &a)
        })
    }

    /// invalid_for_target: ASYNC? 'for' star_expressions
    pub(super) fn invalid_for_target(&mut self) -> Option<()> {
        self.rule(|p| {
            p.keyword("async");
            p.keyword("for")?;
            let a = p.star_expressions()?;
            p.raise_invalid_target(Targets::For, &a)
        })
    }

    /// invalid_group
    pub(super) fn invalid_group(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.expect("(")?;
                let a = p.starred_expression()?;
                p.expect(")")?;
                p.raise_span(a.span, "cannot use starred expression here");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expect("(")?;
                let a = p.expect("**")?;
                p.expression()?;
                p.expect(")")?;
                let s = p.tok_span(a);
                p.raise_span(s, "cannot use double starred expression here");
                None::<()>
            });
            None
        })
    }

    /// invalid_import_from_targets: import_from_as_names ',' NEWLINE
    pub(super) fn invalid_import_from_targets(&mut self) -> Option<()> {
        self.rule(|p| {
            p.gather(",", |p| p.import_from_as_name())?;
            p.expect(",")?;
            p.newline()?;
            p.raise_syntax("trailing comma not allowed without surrounding parentheses");
            None
        })
    }

    /// with items for the invalid with rules: ','.(expression ['as' star_target])+ or the
    /// parenthesised form with `expressions`.
    fn with_items_loose(&mut self, parenthesized: bool) -> Option<()> {
        if parenthesized {
            self.expect("(")?;
            self.gather(",", |p| {
                p.expressions()?;
                p.alt(|p| {
                    p.keyword("as")?;
                    p.star_target()
                });
                if p.error.is_some() {
                    return None;
                }
                Some(())
            })?;
            self.expect(",");
            self.expect(")")?;
        } else {
            self.gather(",", |p| {
                p.expression()?;
                p.alt(|p| {
                    p.keyword("as")?;
                    p.star_target()
                });
                if p.error.is_some() {
                    return None;
                }
                Some(())
            })?;
        }
        Some(())
    }

    /// invalid_with_stmt
    pub(super) fn invalid_with_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            for paren in [false, true] {
                p.alt(|p| {
                    p.keyword("async");
                    p.keyword("with")?;
                    p.with_items_loose(paren)?;
                    p.newline()?;
                    p.raise_syntax("expected ':'");
                    None::<()>
                });
                if p.error.is_some() {
                    return None;
                }
            }
            None
        })
    }

    /// invalid_with_stmt_indent
    pub(super) fn invalid_with_stmt_indent(&mut self) -> Option<()> {
        self.rule(|p| {
            for paren in [false, true] {
                p.alt(|p| {
                    p.keyword("async");
                    let a = p.keyword("with")?;
                    p.with_items_loose(paren)?;
                    p.expect(":")?;
                    p.newline()?;
                    if p.lookahead(|p| p.indent().is_some()) {
                        return None;
                    }
                    let line = p.toks[a].start.line;
                    p.raise_indentation(&format!(
                        "expected an indented block after 'with' statement on line {}",
                        line
                    ));
                    None::<()>
                });
                if p.error.is_some() {
                    return None;
                }
            }
            None
        })
    }

    /// invalid_try_stmt
    pub(super) fn invalid_try_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                let a = p.keyword("try")?;
                p.expect(":")?;
                p.newline()?;
                if p.lookahead(|p| p.indent().is_some()) {
                    return None;
                }
                let line = p.toks[a].start.line;
                p.raise_indentation(&format!(
                    "expected an indented block after 'try' statement on line {}",
                    line
                ));
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.keyword("try")?;
                p.expect(":")?;
                p.block()?;
                if p.lookahead(|p| p.keyword("except").is_some() || p.keyword("finally").is_some())
                {
                    return None;
                }
                p.raise_syntax("expected 'except' or 'finally' block");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.keyword("try")?;
                p.expect(":")?;
                p.loop0(|p| p.block());
                p.loop1(|p| p.except_block())?;
                let a = p.keyword("except")?;
                let b = p.expect("*")?;
                p.expression()?;
                p.alt(|p| {
                    p.keyword("as")?;
                    p.name()
                });
                p.expect(":")?;
                let (sa, sb) = (p.tok_span(a), p.tok_span(b));
                p.raise_range(
                    sa,
                    sb,
                    "cannot have both 'except' and 'except*' on the same 'try'",
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.keyword("try")?;
                p.expect(":")?;
                p.loop0(|p| p.block());
                p.loop1(|p| p.except_star_block())?;
                let a = p.keyword("except")?;
                p.alt(|p| {
                    p.expression()?;
                    p.alt(|p| {
                        p.keyword("as")?;
                        p.name()
                    });
                    Some(())
                });
                p.expect(":")?;
                let sa = p.tok_span(a);
                p.raise_span(
                    sa,
                    "cannot have both 'except' and 'except*' on the same 'try'",
                );
                None::<()>
            });
            None
        })
    }

    /// invalid_except_stmt
    pub(super) fn invalid_except_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.keyword("except")?;
                p.expect("*");
                let a = p.expression()?;
                p.expect(",")?;
                p.expressions()?;
                p.alt(|p| {
                    p.keyword("as")?;
                    p.name()
                });
                p.expect(":")?;
                p.raise_starting_from(a.span, "multiple exception types must be parenthesized");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.keyword("except")?;
                p.expect("*");
                p.expression()?;
                p.alt(|p| {
                    p.keyword("as")?;
                    p.name()
                });
                p.newline()?;
                p.raise_syntax("expected ':'");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.keyword("except")?;
                p.newline()?;
                p.raise_syntax("expected ':'");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.keyword("except")?;
                p.expect("*")?;
                if p.newline().is_none() {
                    p.expect(":")?;
                }
                p.raise_syntax("expected one or more exception types");
                None::<()>
            });
            None
        })
    }

    /// `kw ... ':' NEWLINE !INDENT` → "expected an indented block after {what} on line N".
    fn indented_block_error(&mut self, kw_tok: usize, what: &str) -> Option<()> {
        self.expect(":")?;
        self.newline()?;
        if self.lookahead(|p| p.indent().is_some()) {
            return None;
        }
        let line = self.toks[kw_tok].start.line;
        self.raise_indentation(&format!(
            "expected an indented block after {} on line {}",
            what, line
        ));
        None
    }

    /// invalid_finally_stmt
    pub(super) fn invalid_finally_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.keyword("finally")?;
            p.indented_block_error(a, "'finally' statement")
        })
    }

    /// invalid_except_stmt_indent
    pub(super) fn invalid_except_stmt_indent(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                let a = p.keyword("except")?;
                p.expression()?;
                p.alt(|p| {
                    p.keyword("as")?;
                    p.name()
                });
                p.indented_block_error(a, "'except' statement")
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                let a = p.keyword("except")?;
                p.indented_block_error(a, "'except' statement")
            });
            None
        })
    }

    /// invalid_except_star_stmt_indent
    pub(super) fn invalid_except_star_stmt_indent(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.keyword("except")?;
            p.expect("*")?;
            p.expression()?;
            p.alt(|p| {
                p.keyword("as")?;
                p.name()
            });
            p.indented_block_error(a, "'except*' statement")
        })
    }

    /// invalid_match_stmt
    pub(super) fn invalid_match_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.soft_keyword("match")?;
                p.subject_expr()?;
                p.newline()?;
                p.raise_syntax("expected ':'");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                let a = p.soft_keyword("match")?;
                p.subject_expr()?;
                p.indented_block_error(a, "'match' statement")
            });
            None
        })
    }

    /// invalid_case_block
    pub(super) fn invalid_case_block(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.soft_keyword("case")?;
                p.patterns()?;
                p.alt(|p| p.guard());
                if p.error.is_some() {
                    return None;
                }
                p.newline()?;
                p.raise_syntax("expected ':'");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                let a = p.soft_keyword("case")?;
                p.patterns()?;
                p.alt(|p| p.guard());
                if p.error.is_some() {
                    return None;
                }
                p.indented_block_error(a, "'case' statement")
            });
            None
        })
    }

    /// invalid_as_pattern
    pub(super) fn invalid_as_pattern(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.or_pattern()?;
                p.keyword("as")?;
                let a = p.soft_keyword("_")?;
                let s = p.tok_span(a);
                p.raise_span(s, "cannot use '_' as a target");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.or_pattern()?;
                p.keyword("as")?;
                if p.lookahead(|p| p.name().is_some()) {
                    return None;
                }
                let a = p.expression()?;
                p.raise_span(a.span, "invalid pattern target");
                None::<()>
            });
            None
        })
    }

    /// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
    pub(super) fn invalid_class_pattern(&mut self) -> Option<()> {
        self.rule(|p| {
            p.name_or_attr()?;
            p.expect("(")?;
            // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ','
            // positional_patterns
            let a = p.alt(|p| {
                p.alt(|p| {
                    p.positional_patterns()?;
                    p.expect(",")
                });
                if p.error.is_some() {
                    return None;
                }
                p.keyword_patterns()?;
                p.expect(",")?;
                p.positional_patterns()
            })?;
            let (first, last) = (a.first()?.span, a.last()?.span);
            p.raise_range(first, last, "positional patterns follow keyword patterns");
            None
        })
    }

    /// `kw named_expression NEWLINE` → expected ':' and the indentation variant.
    fn invalid_compound_header(&mut self, kw: &str, what: &str) -> Option<()> {
        self.alt(|p| {
            p.keyword(kw)?;
            p.named_expression()?;
            p.newline()?;
            p.raise_syntax("expected ':'");
            None::<()>
        });
        if self.error.is_some() {
            return None;
        }
        self.alt(|p| {
            let a = p.keyword(kw)?;
            p.named_expression()?;
            p.indented_block_error(a, what)
        });
        None
    }

    /// invalid_if_stmt
    pub(super) fn invalid_if_stmt(&mut self) -> Option<()> {
        self.rule(|p| p.invalid_compound_header("if", "'if' statement"))
    }

    /// invalid_elif_stmt
    pub(super) fn invalid_elif_stmt(&mut self) -> Option<()> {
        self.rule(|p| p.invalid_compound_header("elif", "'elif' statement"))
    }

    /// invalid_while_stmt
    pub(super) fn invalid_while_stmt(&mut self) -> Option<()> {
        self.rule(|p| p.invalid_compound_header("while", "'while' statement"))
    }

    /// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
    pub(super) fn invalid_else_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.keyword("else")?;
            p.indented_block_error(a, "'else' statement")
        })
    }

    /// invalid_for_stmt
    pub(super) fn invalid_for_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.keyword("async");
                p.keyword("for")?;
                p.star_targets()?;
                p.keyword("in")?;
                p.star_expressions()?;
                p.newline()?;
                p.raise_syntax("expected ':'");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.keyword("async");
                let a = p.keyword("for")?;
                p.star_targets()?;
                p.keyword("in")?;
                p.star_expressions()?;
                p.indented_block_error(a, "'for' statement")
            });
            None
        })
    }

    /// invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    pub(super) fn invalid_def_raw(&mut self) -> Option<()> {
        self.rule(|p| {
            p.keyword("async");
            let a = p.keyword("def")?;
            p.name()?;
            p.expect("(")?;
            p.alt(|p| p.params());
            if p.error.is_some() {
                return None;
            }
            p.expect(")")?;
            p.alt(|p| {
                p.expect("->")?;
                p.expression()
            });
            if p.error.is_some() {
                return None;
            }
            p.indented_block_error(a, "function definition")
        })
    }

    /// invalid_class_def_raw
    pub(super) fn invalid_class_def_raw(&mut self) -> Option<()> {
        self.rule(|p| {
            let header = |p: &mut Self| -> Option<usize> {
                let a = p.keyword("class")?;
                p.name()?;
                p.alt(|p| {
                    p.expect("(")?;
                    p.alt(|p| p.arguments());
                    if p.error.is_some() {
                        return None;
                    }
                    p.expect(")")
                });
                if p.error.is_some() {
                    return None;
                }
                Some(a)
            };
            p.alt(|p| {
                header(p)?;
                p.newline()?;
                p.raise_syntax("expected ':'");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                let a = header(p)?;
                p.indented_block_error(a, "class definition")
            });
            None
        })
    }

    /// invalid_double_starred_kvpairs
    pub(super) fn invalid_double_starred_kvpairs(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.gather(",", |p| p.double_starred_kvpair())?;
                p.expect(",")?;
                p.invalid_kvpair()
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expression()?;
                p.expect(":")?;
                let a = p.expect("*")?;
                p.bitwise_or()?;
                let s = p.tok_span(a);
                p.raise_starting_from(s, "cannot use a starred expression in a dictionary value");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expression()?;
                let a = p.expect(":")?;
                if !p.lookahead(|p| p.expect("}").is_some() || p.expect(",").is_some()) {
                    return None;
                }
                let s = p.tok_span(a);
                p.raise_span(s, "expression expected after dictionary key and ':'");
                None::<()>
            });
            None
        })
    }

    /// invalid_kvpair
    fn invalid_kvpair(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                let a = p.expression()?;
                if p.peek_op(":") {
                    return None;
                }
                p.raise_known_location(
                    SyntaxKind::Syntax,
                    "':' expected after dictionary key",
                    a.span.start.line as i64,
                    a.span.end.col as i64,
                    a.span.end.line as i64,
                    0,
                );
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expression()?;
                p.expect(":")?;
                let a = p.expect("*")?;
                p.bitwise_or()?;
                let s = p.tok_span(a);
                p.raise_starting_from(s, "cannot use a starred expression in a dictionary value");
                None::<()>
            });
            if p.error.is_some() {
                return None;
            }
            p.alt(|p| {
                p.expression()?;
                let a = p.expect(":")?;
                if !p.lookahead(|p| p.expect("}").is_some() || p.expect(",").is_some()) {
                    return None;
                }
                let s = p.tok_span(a);
                p.raise_span(s, "expression expected after dictionary key and ':'");
                None::<()>
            });
            None
        })
    }
}

/// Whether a token is a NAME (not a keyword).
#[allow(dead_code)]
fn is_name(t: &Token) -> bool {
    matches!(&t.tok, Tok::Name(n) if !crate::lexer::is_keyword(n))
}
