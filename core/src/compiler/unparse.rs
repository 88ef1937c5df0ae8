//! Expression to source text, for `from __future__ import annotations` (a port of CPython
//! 3.11's `Python/ast_unparse.c`: the same precedence rules, spacing and parentheses).

use crate::ast::*;
use crate::objects::{bytesobj, complexobj, floatobj, strobj};

// Precedence levels, lowest first.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The source text of an annotation. `lines` (the source) tells `u'...'` strings apart.
pub fn unparse(e: &Expr, lines: &[String]) -> String {
    let mut u = Unparser {
        out: String::new(),
        lines,
    };
    u.expr(e, PR_TEST);
    u.out
}

struct Unparser<'a> {
    out: String,
    lines: &'a [String],
}

impl Unparser<'_> {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn open(&mut self, cond: bool) {
        if cond {
            self.out.push('(');
        }
    }

    fn close(&mut self, cond: bool) {
        if cond {
            self.out.push(')');
        }
    }

    fn expr(&mut self, e: &Expr, level: u8) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let (sep, pr) = match op {
                    BoolOp::And => (" and ", PR_AND),
                    BoolOp::Or => (" or ", PR_OR),
                };
                self.open(level > pr);
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.s(sep);
                    }
                    self.expr(v, pr + 1);
                }
                self.close(level > pr);
            }
            ExprKind::BinOp { left, op, right } => {
                let (sym, pr) = match op {
                    BinOp::Add => (" + ", PR_ARITH),
                    BinOp::Sub => (" - ", PR_ARITH),
                    BinOp::Mult => (" * ", PR_TERM),
                    BinOp::MatMult => (" @ ", PR_TERM),
                    BinOp::Div => (" / ", PR_TERM),
                    BinOp::Mod => (" % ", PR_TERM),
                    BinOp::LShift => (" << ", PR_SHIFT),
                    BinOp::RShift => (" >> ", PR_SHIFT),
                    BinOp::BitOr => (" | ", PR_BOR),
                    BinOp::BitXor => (" ^ ", PR_BXOR),
                    BinOp::BitAnd => (" & ", PR_BAND),
                    BinOp::FloorDiv => (" // ", PR_TERM),
                    BinOp::Pow => (" ** ", PR_POWER),
                };
                let rassoc = u8::from(*op == BinOp::Pow);
                self.open(level > pr);
                self.expr(left, pr + rassoc);
                self.s(sym);
                self.expr(right, pr + 1 - rassoc);
                self.close(level > pr);
            }
            ExprKind::UnaryOp { op, operand } => {
                let (sym, pr) = match op {
                    UnaryOp::Invert => ("~", PR_FACTOR),
                    UnaryOp::Not => ("not ", PR_NOT),
                    UnaryOp::UAdd => ("+", PR_FACTOR),
                    UnaryOp::USub => ("-", PR_FACTOR),
                };
                self.open(level > pr);
                self.s(sym);
                self.expr(operand, pr);
                self.close(level > pr);
            }
            ExprKind::Lambda { args, body } => {
                self.open(level > PR_TEST);
                // CPython writes `lambda*a: 0` when there are no positional parameters.
                let n = args.posonly.len() + args.args.len();
                self.s(if n > 0 { "lambda " } else { "lambda" });
                self.arguments(args);
                self.s(": ");
                self.expr(body, PR_TEST);
                self.close(level > PR_TEST);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open(level > PR_TEST);
                self.expr(body, PR_TEST + 1);
                self.s(" if ");
                self.expr(test, PR_TEST + 1);
                self.s(" else ");
                self.expr(orelse, PR_TEST);
                self.close(level > PR_TEST);
            }
            ExprKind::Dict { keys, values } => {
                self.s("{");
                for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    match k {
                        Some(k) => {
                            self.expr(k, PR_TEST);
                            self.s(": ");
                            self.expr(v, PR_TEST);
                        }
                        None => {
                            self.s("**");
                            self.expr(v, PR_EXPR);
                        }
                    }
                }
                self.s("}");
            }
            ExprKind::Set(elts) => {
                if elts.is_empty() {
                    self.s("{*()}");
                } else {
                    self.s("{");
                    self.seq(elts, PR_TEST);
                    self.s("}");
                }
            }
            ExprKind::List { elts, .. } => {
                self.s("[");
                self.seq(elts, PR_TEST);
                self.s("]");
            }
            ExprKind::Tuple { elts, .. } => {
                if elts.is_empty() {
                    self.s("()");
                    return;
                }
                self.open(level > PR_TUPLE);
                self.seq(elts, PR_TEST);
                if elts.len() == 1 {
                    self.s(",");
                }
                self.close(level > PR_TUPLE);
            }
            ExprKind::ListComp { elt, generators } => {
                self.s("[");
                self.expr(elt, PR_TEST);
                self.comprehensions(generators);
                self.s("]");
            }
            ExprKind::SetComp { elt, generators } => {
                self.s("{");
                self.expr(elt, PR_TEST);
                self.comprehensions(generators);
                self.s("}");
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.s("(");
                self.expr(elt, PR_TEST);
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.s("{");
                self.expr(key, PR_TEST);
                self.s(": ");
                self.expr(value, PR_TEST);
                self.comprehensions(generators);
                self.s("}");
            }
            ExprKind::Await(v) => {
                self.open(level > PR_AWAIT);
                self.s("await ");
                self.expr(v, PR_ATOM);
                self.close(level > PR_AWAIT);
            }
            ExprKind::Yield(v) => match v {
                None => self.s("(yield)"),
                Some(v) => {
                    self.s("(yield ");
                    self.expr(v, PR_TEST);
                    self.s(")");
                }
            },
            ExprKind::YieldFrom(v) => {
                self.s("(yield from ");
                self.expr(v, PR_TEST);
                self.s(")");
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open(level > PR_CMP);
                self.expr(left, PR_CMP + 1);
                for (op, c) in ops.iter().zip(comparators) {
                    self.s(match op {
                        CmpOp::Eq => " == ",
                        CmpOp::NotEq => " != ",
                        CmpOp::Lt => " < ",
                        CmpOp::LtE => " <= ",
                        CmpOp::Gt => " > ",
                        CmpOp::GtE => " >= ",
                        CmpOp::Is => " is ",
                        CmpOp::IsNot => " is not ",
                        CmpOp::In => " in ",
                        CmpOp::NotIn => " not in ",
                    });
                    self.expr(c, PR_CMP + 1);
                }
                self.close(level > PR_CMP);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, PR_ATOM);
                if let ([arg], []) = (args.as_slice(), keywords.as_slice()) {
                    if matches!(arg.kind, ExprKind::GeneratorExp { .. }) {
                        self.expr(arg, PR_TEST);
                        return;
                    }
                }
                self.s("(");
                let mut first = true;
                for a in args {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    self.expr(a, PR_TEST);
                }
                for k in keywords {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(name) => {
                            self.s(name);
                            self.s("=");
                        }
                        None => self.s("**"),
                    }
                    self.expr(&k.value, PR_TEST);
                }
                self.s(")");
            }
            ExprKind::Constant(c) => self.constant(c, e.span),
            ExprKind::JoinedStr(values) => {
                let body = self.fstring_body(values);
                self.s("f");
                self.s(&strobj::repr_str(&body));
            }
            ExprKind::FormattedValue { .. } => {
                // Only inside a JoinedStr; a lone one is shown as an f-string.
                let body = self.fstring_body(std::slice::from_ref(e));
                self.s("f");
                self.s(&strobj::repr_str(&body));
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value, PR_ATOM);
                // An int literal needs a space: `1 .real`.
                if matches!(value.kind, ExprKind::Constant(Constant::Int(..))) {
                    self.s(" .");
                } else {
                    self.s(".");
                }
                self.s(attr);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value, PR_ATOM);
                self.s("[");
                self.expr(slice, PR_TUPLE);
                self.s("]");
            }
            ExprKind::Starred { value, .. } => {
                self.s("*");
                self.expr(value, PR_EXPR);
            }
            ExprKind::Name { id, .. } => self.s(id),
            ExprKind::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(l, PR_TEST);
                }
                self.s(":");
                if let Some(u) = upper {
                    self.expr(u, PR_TEST);
                }
                if let Some(st) = step {
                    self.s(":");
                    self.expr(st, PR_TEST);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.open(level > PR_TUPLE);
                self.expr(target, PR_ATOM);
                self.s(" := ");
                self.expr(value, PR_ATOM);
                self.close(level > PR_TUPLE);
            }
        }
    }

    fn seq(&mut self, elts: &[Expr], level: u8) {
        for (i, x) in elts.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(x, level);
        }
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        for g in gens {
            self.s(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, PR_TUPLE);
            self.s(" in ");
            self.expr(&g.iter, PR_TEST + 1);
            for cond in &g.ifs {
                self.s(" if ");
                self.expr(cond, PR_TEST + 1);
            }
        }
    }

    fn arg(&mut self, a: &Arg) {
        self.s(&a.name);
        if let Some(an) = &a.annotation {
            self.s(": ");
            self.expr(an, PR_TEST);
        }
    }

    fn arguments(&mut self, args: &Arguments) {
        let mut first = true;
        let npos = args.posonly.len();
        let nargs = args.args.len();
        let ndef = args.defaults.len() as isize;
        for i in 0..npos + nargs {
            if !first {
                self.s(", ");
            }
            first = false;
            let a = if i < npos {
                &args.posonly[i]
            } else {
                &args.args[i - npos]
            };
            self.arg(a);
            let di = i as isize - (npos + nargs) as isize + ndef;
            if di >= 0 {
                self.s("=");
                self.expr(&args.defaults[di as usize], PR_TEST);
            }
            if npos > 0 && i + 1 == npos {
                self.s(", /");
            }
        }
        if args.vararg.is_some() || !args.kwonly.is_empty() {
            if !first {
                self.s(", ");
            }
            first = false;
            self.s("*");
            if let Some(v) = &args.vararg {
                self.arg(v);
            }
        }
        for (a, d) in args.kwonly.iter().zip(&args.kw_defaults) {
            if !first {
                self.s(", ");
            }
            first = false;
            self.arg(a);
            if let Some(d) = d {
                self.s("=");
                self.expr(d, PR_TEST);
            }
        }
        if let Some(k) = &args.kwarg {
            if !first {
                self.s(", ");
            }
            self.s("**");
            self.arg(k);
        }
    }

    fn constant(&mut self, c: &Constant, span: Span) {
        match c {
            Constant::None => self.s("None"),
            Constant::True => self.s("True"),
            Constant::False => self.s("False"),
            Constant::Ellipsis => self.s("..."),
            Constant::Int(digits, radix) => {
                let text = match num_bigint::BigInt::parse_bytes(digits.as_bytes(), *radix) {
                    Some(b) => b.to_string(),
                    None => digits.clone(),
                };
                self.s(&text);
            }
            Constant::Float(f) => {
                if f.is_infinite() {
                    self.s("1e309");
                } else {
                    self.s(&floatobj::float_repr(*f));
                }
            }
            Constant::Imag(f) => {
                let r = complexobj::complex_repr(0.0, *f);
                self.s(&r.replace("inf", "1e309"));
            }
            Constant::Str(s) => {
                if self.is_u_string(span) {
                    self.s("u");
                }
                self.s(&strobj::repr_str(s));
            }
            Constant::Bytes(b) => self.s(&bytesobj::bytes_repr(b, "b")),
        }
    }

    /// Was the literal written with a `u` prefix (CPython keeps `kind='u'`)?
    fn is_u_string(&self, span: Span) -> bool {
        let Some(line) = self.lines.get(span.start.line as usize - 1) else {
            return false;
        };
        matches!(line.chars().nth(span.start.col as usize), Some('u' | 'U'))
    }

    /// The text inside an f-string's quotes (braces of literal parts doubled).
    fn fstring_body(&mut self, values: &[Expr]) -> String {
        let mut out = String::new();
        for v in values {
            self.fstring_element(v, &mut out);
        }
        out
    }

    fn fstring_element(&mut self, e: &Expr, out: &mut String) {
        match &e.kind {
            ExprKind::Constant(Constant::Str(s)) => {
                out.push_str(&s.replace('{', "{{").replace('}', "}}"));
            }
            ExprKind::JoinedStr(values) => {
                for v in values {
                    self.fstring_element(v, out);
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let mut inner = Unparser {
                    out: String::new(),
                    lines: self.lines,
                };
                inner.expr(value, PR_TEST + 1);
                let text = inner.out;
                out.push_str(if text.starts_with('{') { "{ " } else { "{" });
                out.push_str(&text);
                if let Some(c) = conversion {
                    out.push('!');
                    out.push(*c);
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    self.fstring_element(spec, out);
                }
                out.push('}');
            }
            _ => {}
        }
    }
}
