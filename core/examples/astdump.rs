//! Prints the AST of a Python file in a compact form that `tests/tools/astdump.py` also
//! produces from CPython's `ast` module, so the two parsers can be compared position by
//! position. Usage: `astdump FILE` (exit status 1 with the error on a SyntaxError).

use std::rc::Rc;

use wasipy_core::ast::*;

fn main() {
    let path = std::env::args().nth(1).expect("usage: astdump FILE");
    let src = std::fs::read_to_string(&path).expect("cannot read file");
    match wasipy_core::parser::parse_module(&src, &path) {
        Ok(body) => {
            let mut out = String::new();
            out.push_str("Module(body=");
            stmts(&body, &mut out);
            out.push(')');
            println!("{}", out);
        }
        Err(e) => {
            println!(
                "SyntaxError {:?} {} {} {} {}",
                e.msg, e.line, e.col, e.end_line, e.end_col
            );
            std::process::exit(1);
        }
    }
}

fn pos(s: Span, out: &mut String) {
    out.push_str(&format!(
        "@{}:{}-{}:{}",
        s.start.line, s.start.col, s.end.line, s.end.col
    ));
}

fn list<T>(v: &[T], out: &mut String, f: impl Fn(&T, &mut String)) {
    out.push('[');
    for (i, x) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        f(x, out);
    }
    out.push(']');
}

fn stmts(v: &[Stmt], out: &mut String) {
    list(v, out, stmt)
}

fn exprs(v: &[Expr], out: &mut String) {
    list(v, out, expr)
}

fn opt(e: &Option<Expr>, out: &mut String) {
    match e {
        Some(e) => expr(e, out),
        None => out.push_str("None"),
    }
}

fn optb(e: &Option<Rc<Expr>>, out: &mut String) {
    match e {
        Some(e) => expr(e, out),
        None => out.push_str("None"),
    }
}

fn s(x: &str) -> String {
    let mut r = String::from("'");
    for c in x.chars() {
        match c {
            '\\' => r.push_str("\\\\"),
            '\'' => r.push_str("\\'"),
            '\n' => r.push_str("\\n"),
            '\r' => r.push_str("\\r"),
            '\t' => r.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                r.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => r.push(c),
        }
    }
    r.push('\'');
    r
}

fn opt_name(n: &Option<String>) -> String {
    match n {
        Some(n) => s(n),
        None => "None".into(),
    }
}

fn arg(a: &Arg, out: &mut String) {
    out.push_str(&format!("arg(arg={}, annotation=", s(&a.name)));
    optb(&a.annotation, out);
    out.push(')');
    pos(a.span, out);
}

fn opt_arg(a: &Option<Arg>, out: &mut String) {
    match a {
        Some(a) => arg(a, out),
        None => out.push_str("None"),
    }
}

fn arguments(a: &Arguments, out: &mut String) {
    out.push_str("arguments(posonlyargs=");
    list(&a.posonly, out, arg);
    out.push_str(", args=");
    list(&a.args, out, arg);
    out.push_str(", vararg=");
    opt_arg(&a.vararg, out);
    out.push_str(", kwonlyargs=");
    list(&a.kwonly, out, arg);
    out.push_str(", kw_defaults=");
    list(&a.kw_defaults, out, opt);
    out.push_str(", kwarg=");
    opt_arg(&a.kwarg, out);
    out.push_str(", defaults=");
    exprs(&a.defaults, out);
    out.push(')');
}

fn keyword(k: &Keyword, out: &mut String) {
    out.push_str(&format!("keyword(arg={}, value=", opt_name(&k.arg)));
    expr(&k.value, out);
    out.push(')');
    pos(k.span, out);
}

fn alias(a: &Alias, out: &mut String) {
    out.push_str(&format!(
        "alias(name={}, asname={})",
        s(&a.name),
        opt_name(&a.asname)
    ));
    pos(a.span, out);
}

fn comp(c: &Comprehension, out: &mut String) {
    out.push_str("comprehension(target=");
    expr(&c.target, out);
    out.push_str(", iter=");
    expr(&c.iter, out);
    out.push_str(", ifs=");
    exprs(&c.ifs, out);
    out.push_str(&format!(", is_async={})", c.is_async as u8));
}

fn stmt(st: &Stmt, out: &mut String) {
    match &st.kind {
        StmtKind::FunctionDef {
            name,
            args,
            body,
            decorators,
            returns,
            is_async,
        } => {
            out.push_str(if *is_async {
                "AsyncFunctionDef("
            } else {
                "FunctionDef("
            });
            out.push_str(&format!("name={}, args=", s(name)));
            arguments(args, out);
            out.push_str(", body=");
            stmts(body, out);
            out.push_str(", decorator_list=");
            exprs(decorators, out);
            out.push_str(", returns=");
            optb(returns, out);
            out.push(')');
        }
        StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        } => {
            out.push_str(&format!("ClassDef(name={}, bases=", s(name)));
            exprs(bases, out);
            out.push_str(", keywords=");
            list(keywords, out, keyword);
            out.push_str(", body=");
            stmts(body, out);
            out.push_str(", decorator_list=");
            exprs(decorators, out);
            out.push(')');
        }
        StmtKind::Return(v) => {
            out.push_str("Return(value=");
            opt(v, out);
            out.push(')');
        }
        StmtKind::Delete(t) => {
            out.push_str("Delete(targets=");
            exprs(t, out);
            out.push(')');
        }
        StmtKind::Assign { targets, value } => {
            out.push_str("Assign(targets=");
            exprs(targets, out);
            out.push_str(", value=");
            expr(value, out);
            out.push(')');
        }
        StmtKind::AugAssign { target, op, value } => {
            out.push_str("AugAssign(target=");
            expr(target, out);
            out.push_str(&format!(", op={}, value=", op.class_name()));
            expr(value, out);
            out.push(')');
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            out.push_str("AnnAssign(target=");
            expr(target, out);
            out.push_str(", annotation=");
            expr(annotation, out);
            out.push_str(", value=");
            opt(value, out);
            out.push_str(&format!(", simple={})", *simple as u8));
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => {
            out.push_str(if *is_async {
                "AsyncFor(target="
            } else {
                "For(target="
            });
            expr(target, out);
            out.push_str(", iter=");
            expr(iter, out);
            out.push_str(", body=");
            stmts(body, out);
            out.push_str(", orelse=");
            stmts(orelse, out);
            out.push(')');
        }
        StmtKind::While { test, body, orelse } => {
            out.push_str("While(test=");
            expr(test, out);
            out.push_str(", body=");
            stmts(body, out);
            out.push_str(", orelse=");
            stmts(orelse, out);
            out.push(')');
        }
        StmtKind::If { test, body, orelse } => {
            out.push_str("If(test=");
            expr(test, out);
            out.push_str(", body=");
            stmts(body, out);
            out.push_str(", orelse=");
            stmts(orelse, out);
            out.push(')');
        }
        StmtKind::With {
            items,
            body,
            is_async,
        } => {
            out.push_str(if *is_async {
                "AsyncWith(items="
            } else {
                "With(items="
            });
            list(items, out, |w, out| {
                out.push_str("withitem(context_expr=");
                expr(&w.context, out);
                out.push_str(", optional_vars=");
                opt(&w.target, out);
                out.push(')');
            });
            out.push_str(", body=");
            stmts(body, out);
            out.push(')');
        }
        StmtKind::Match { subject, cases } => {
            out.push_str("Match(subject=");
            expr(subject, out);
            out.push_str(", cases=");
            list(cases, out, |c, out| {
                out.push_str("match_case(pattern=");
                pattern(&c.pattern, out);
                out.push_str(", guard=");
                opt(&c.guard, out);
                out.push_str(", body=");
                stmts(&c.body, out);
                out.push(')');
            });
            out.push(')');
        }
        StmtKind::Raise { exc, cause } => {
            out.push_str("Raise(exc=");
            opt(exc, out);
            out.push_str(", cause=");
            opt(cause, out);
            out.push(')');
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            star,
        } => {
            out.push_str(if *star { "TryStar(body=" } else { "Try(body=" });
            stmts(body, out);
            out.push_str(", handlers=");
            list(handlers, out, |h, out| {
                out.push_str("ExceptHandler(type=");
                opt(&h.typ, out);
                out.push_str(&format!(", name={}, body=", opt_name(&h.name)));
                stmts(&h.body, out);
                out.push(')');
                pos(h.span, out);
            });
            out.push_str(", orelse=");
            stmts(orelse, out);
            out.push_str(", finalbody=");
            stmts(finalbody, out);
            out.push(')');
        }
        StmtKind::Assert { test, msg } => {
            out.push_str("Assert(test=");
            expr(test, out);
            out.push_str(", msg=");
            opt(msg, out);
            out.push(')');
        }
        StmtKind::Import(names) => {
            out.push_str("Import(names=");
            list(names, out, alias);
            out.push(')');
        }
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            out.push_str(&format!("ImportFrom(module={}, names=", opt_name(module)));
            list(names, out, alias);
            out.push_str(&format!(", level={})", level));
        }
        StmtKind::Global(n) | StmtKind::Nonlocal(n) => {
            out.push_str(if matches!(st.kind, StmtKind::Global(_)) {
                "Global(names="
            } else {
                "Nonlocal(names="
            });
            list(n, out, |x, out| out.push_str(&s(x)));
            out.push(')');
        }
        StmtKind::Expr(e) => {
            out.push_str("Expr(value=");
            expr(e, out);
            out.push(')');
        }
        StmtKind::Pass => out.push_str("Pass()"),
        StmtKind::Break => out.push_str("Break()"),
        StmtKind::Continue => out.push_str("Continue()"),
    }
    pos(st.span, out);
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(digits, radix) => {
            let v = num_bigint::BigInt::parse_bytes(digits.as_bytes(), *radix).unwrap_or_default();
            v.to_string()
        }
        Constant::Float(f) => format!("f{:x}", f.to_bits()),
        Constant::Imag(f) => format!("j{:x}", f.to_bits()),
        Constant::Str(x) => s(x),
        Constant::Bytes(b) => {
            let mut r = String::from("b'");
            for &c in b {
                match c {
                    b'\\' => r.push_str("\\\\"),
                    b'\'' => r.push_str("\\'"),
                    b'\n' => r.push_str("\\n"),
                    b'\r' => r.push_str("\\r"),
                    b'\t' => r.push_str("\\t"),
                    0x20..=0x7e => r.push(c as char),
                    _ => r.push_str(&format!("\\x{:02x}", c)),
                }
            }
            r.push('\'');
            r
        }
    }
}

fn expr(e: &Expr, out: &mut String) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            out.push_str(&format!(
                "BoolOp(op={}, values=",
                if *op == BoolOp::And { "And" } else { "Or" }
            ));
            exprs(values, out);
            out.push(')');
        }
        ExprKind::NamedExpr { target, value } => {
            out.push_str("NamedExpr(target=");
            expr(target, out);
            out.push_str(", value=");
            expr(value, out);
            out.push(')');
        }
        ExprKind::BinOp { left, op, right } => {
            out.push_str("BinOp(left=");
            expr(left, out);
            out.push_str(&format!(", op={}, right=", op.class_name()));
            expr(right, out);
            out.push(')');
        }
        ExprKind::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOp::Invert => "Invert",
                UnaryOp::Not => "Not",
                UnaryOp::UAdd => "UAdd",
                UnaryOp::USub => "USub",
            };
            out.push_str(&format!("UnaryOp(op={}, operand=", o));
            expr(operand, out);
            out.push(')');
        }
        ExprKind::Lambda { args, body } => {
            out.push_str("Lambda(args=");
            arguments(args, out);
            out.push_str(", body=");
            expr(body, out);
            out.push(')');
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push_str("IfExp(test=");
            expr(test, out);
            out.push_str(", body=");
            expr(body, out);
            out.push_str(", orelse=");
            expr(orelse, out);
            out.push(')');
        }
        ExprKind::Dict { keys, values } => {
            out.push_str("Dict(keys=");
            list(keys, out, opt);
            out.push_str(", values=");
            exprs(values, out);
            out.push(')');
        }
        ExprKind::Set(elts) => {
            out.push_str("Set(elts=");
            exprs(elts, out);
            out.push(')');
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            let n = match &e.kind {
                ExprKind::ListComp { .. } => "ListComp",
                ExprKind::SetComp { .. } => "SetComp",
                _ => "GeneratorExp",
            };
            out.push_str(&format!("{}(elt=", n));
            expr(elt, out);
            out.push_str(", generators=");
            list(generators, out, comp);
            out.push(')');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push_str("DictComp(key=");
            expr(key, out);
            out.push_str(", value=");
            expr(value, out);
            out.push_str(", generators=");
            list(generators, out, comp);
            out.push(')');
        }
        ExprKind::Await(v) => {
            out.push_str("Await(value=");
            expr(v, out);
            out.push(')');
        }
        ExprKind::Yield(v) => {
            out.push_str("Yield(value=");
            optb(v, out);
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("YieldFrom(value=");
            expr(v, out);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            out.push_str("Compare(left=");
            expr(left, out);
            out.push_str(", ops=");
            list(ops, out, |o, out| {
                out.push_str(match o {
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
                })
            });
            out.push_str(", comparators=");
            exprs(comparators, out);
            out.push(')');
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push_str("Call(func=");
            expr(func, out);
            out.push_str(", args=");
            exprs(args, out);
            out.push_str(", keywords=");
            list(keywords, out, keyword);
            out.push(')');
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            out.push_str("FormattedValue(value=");
            expr(value, out);
            out.push_str(&format!(
                ", conversion={}, format_spec=",
                conversion.map(|c| c as i64).unwrap_or(-1)
            ));
            optb(format_spec, out);
            out.push(')');
        }
        ExprKind::JoinedStr(v) => {
            out.push_str("JoinedStr(values=");
            exprs(v, out);
            out.push(')');
        }
        ExprKind::Constant(c) => out.push_str(&format!("Constant(value={})", constant(c))),
        ExprKind::Attribute {
            value,
            attr,
            ctx: c,
        } => {
            out.push_str("Attribute(value=");
            expr(value, out);
            out.push_str(&format!(", attr={}, ctx={})", s(attr), c.class_name()));
        }
        ExprKind::Subscript {
            value,
            slice,
            ctx: c,
        } => {
            out.push_str("Subscript(value=");
            expr(value, out);
            out.push_str(", slice=");
            expr(slice, out);
            out.push_str(&format!(", ctx={})", c.class_name()));
        }
        ExprKind::Starred { value, ctx: c } => {
            out.push_str("Starred(value=");
            expr(value, out);
            out.push_str(&format!(", ctx={})", c.class_name()));
        }
        ExprKind::Name { id, ctx: c } => {
            out.push_str(&format!("Name(id={}, ctx={})", s(id), c.class_name()))
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            out.push_str(if matches!(e.kind, ExprKind::List { .. }) {
                "List(elts="
            } else {
                "Tuple(elts="
            });
            exprs(elts, out);
            out.push_str(&format!(", ctx={})", c.class_name()));
        }
        ExprKind::Slice { lower, upper, step } => {
            out.push_str("Slice(lower=");
            optb(lower, out);
            out.push_str(", upper=");
            optb(upper, out);
            out.push_str(", step=");
            optb(step, out);
            out.push(')');
        }
    }
    pos(e.span, out);
}

fn pattern(p: &Pattern, out: &mut String) {
    match &p.kind {
        PatternKind::Value(e) => {
            out.push_str("MatchValue(value=");
            expr(e, out);
            out.push(')');
        }
        PatternKind::Singleton(e) => {
            let v = match &e.kind {
                ExprKind::Constant(c) => constant(c),
                _ => "?".into(),
            };
            out.push_str(&format!("MatchSingleton(value={})", v));
        }
        PatternKind::Sequence(ps) => {
            out.push_str("MatchSequence(patterns=");
            list(ps, out, pattern);
            out.push(')');
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            out.push_str("MatchMapping(keys=");
            exprs(keys, out);
            out.push_str(", patterns=");
            list(patterns, out, pattern);
            out.push_str(&format!(", rest={})", opt_name(rest)));
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            out.push_str("MatchClass(cls=");
            expr(cls, out);
            out.push_str(", patterns=");
            list(patterns, out, pattern);
            out.push_str(", kwd_attrs=");
            list(kwd_attrs, out, |x, out| out.push_str(&s(x)));
            out.push_str(", kwd_patterns=");
            list(kwd_patterns, out, pattern);
            out.push(')');
        }
        PatternKind::Star(n) => out.push_str(&format!("MatchStar(name={})", opt_name(n))),
        PatternKind::As { pattern: sub, name } => {
            out.push_str("MatchAs(pattern=");
            match sub {
                Some(x) => pattern(x, out),
                None => out.push_str("None"),
            }
            out.push_str(&format!(", name={})", opt_name(name)));
        }
        PatternKind::Or(ps) => {
            out.push_str("MatchOr(patterns=");
            list(ps, out, pattern);
            out.push(')');
        }
    }
    pos(p.span, out);
}
