//! Action helpers of the grammar (CPython's `Parser/action_helpers.c`): expression contexts,
//! the names used in error messages, and finding the invalid part of an assignment target.

use std::rc::Rc;

use crate::ast::*;

/// An element of a call's keyword section: `name=value`, `**mapping` or `*iterable`.
pub(super) enum KeywordOrStarred {
    Keyword(Keyword),
    Starred(Expr),
}

/// CPython's `_PyPegen_set_expr_context`: marks a target (recursively) as Store or Del.
pub(super) fn set_ctx(e: Expr, ctx: Ctx) -> Expr {
    let span = e.span;
    let kind = match e.into_kind() {
        ExprKind::Name { id, .. } => ExprKind::Name { id, ctx },
        ExprKind::Tuple { elts, .. } => ExprKind::Tuple {
            elts: elts.into_iter().map(|x| set_ctx(x, ctx)).collect(),
            ctx,
        },
        ExprKind::List { elts, .. } => ExprKind::List {
            elts: elts.into_iter().map(|x| set_ctx(x, ctx)).collect(),
            ctx,
        },
        ExprKind::Subscript { value, slice, .. } => ExprKind::Subscript { value, slice, ctx },
        ExprKind::Attribute { value, attr, .. } => ExprKind::Attribute { value, attr, ctx },
        ExprKind::Starred { value, .. } => ExprKind::Starred {
            value: Rc::new(set_ctx(
                Rc::try_unwrap(value).unwrap_or_else(|r| (*r).clone()),
                ctx,
            )),
            ctx,
        },
        other => other,
    };
    Expr::new(kind, span)
}

/// CPython's `_PyPegen_get_expr_name`: how an expression is called in error messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::False => "False",
            Constant::True => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// What kind of target an invalid-target error is about.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Targets {
    Star,
    Del,
    For,
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a
/// target, if any.
pub(super) fn invalid_target(e: &Expr, t: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, t))
        }
        ExprKind::Starred { value, .. } => {
            if t == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, t)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if t == Targets::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, t);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// `print` and `exec` without parentheses.
pub(super) fn is_legacy_stmt(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Name { id, .. } if id == "print" || id == "exec")
}

/// The last part of a comprehension clause (its last `if`, else its iterable).
pub(super) fn last_comprehension_item(c: &Comprehension) -> &Expr {
    c.ifs.last().unwrap_or(&c.iter)
}
