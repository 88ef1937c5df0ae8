//! Parser unit tests: AST shapes and positions for representative constructs, and the
//! SyntaxError messages and locations of common mistakes (checked against CPython 3.11).

use super::*;
use crate::error::SyntaxErr;
use std::rc::Rc;

/// A compact rendering of an expression: enough structure to review a parse.
fn show(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name { id, .. } => id.clone(),
        ExprKind::Constant(Constant::Int(d, r)) => {
            format!("{}{}", if *r == 10 { "" } else { "0r" }, d)
        }
        ExprKind::Constant(Constant::Str(s)) => format!("{:?}", s),
        ExprKind::Constant(c) => format!("{:?}", c),
        ExprKind::BinOp { left, op, right } => format!("({} {:?} {})", show(left), op, show(right)),
        ExprKind::UnaryOp { op, operand } => format!("({:?} {})", op, show(operand)),
        ExprKind::BoolOp { op, values } => format!(
            "({:?} {})",
            op,
            values.iter().map(show).collect::<Vec<_>>().join(" ")
        ),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", show(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {:?} {}", o, show(c)));
            }
            s + ")"
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(show).collect();
            for k in keywords {
                parts.push(match &k.arg {
                    Some(a) => format!("{}={}", a, show(&k.value)),
                    None => format!("**{}", show(&k.value)),
                });
            }
            format!("{}({})", show(func), parts.join(", "))
        }
        ExprKind::Attribute { value, attr, .. } => format!("{}.{}", show(value), attr),
        ExprKind::Subscript { value, slice, .. } => format!("{}[{}]", show(value), show(slice)),
        ExprKind::Starred { value, .. } => format!("*{}", show(value)),
        ExprKind::Tuple { elts, .. } => format!(
            "({},)",
            elts.iter().map(show).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::List { elts, .. } => {
            format!("[{}]", elts.iter().map(show).collect::<Vec<_>>().join(", "))
        }
        ExprKind::NamedExpr { target, value } => format!("({} := {})", show(target), show(value)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("({} if {} else {})", show(body), show(test), show(orelse))
        }
        ExprKind::Lambda { body, .. } => format!("(lambda: {})", show(body)),
        ExprKind::JoinedStr(vs) => {
            format!("f[{}]", vs.iter().map(show).collect::<Vec<_>>().join(", "))
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => format!(
            "{{{}{}{}}}",
            show(value),
            conversion.map(|c| format!("!{}", c)).unwrap_or_default(),
            format_spec
                .as_ref()
                .map(|s| format!(":{}", show(s)))
                .unwrap_or_default()
        ),
        ExprKind::Slice { lower, upper, step } => {
            let f = |x: &Option<Rc<Expr>>| x.as_ref().map(|e| show(e)).unwrap_or_default();
            format!("{}:{}:{}", f(lower), f(upper), f(step))
        }
        other => format!(
            "<{}>",
            format!("{:?}", other)
                .split([' ', '{', '('])
                .next()
                .unwrap_or("?")
        ),
    }
}

fn expr(src: &str) -> String {
    let e = parse_expression(src, "<test>").unwrap_or_else(|e| panic!("{}: {}", src, e.msg));
    show(&e)
}

fn err(src: &str) -> SyntaxErr {
    match parse_module(src, "<test>") {
        Ok(_) => panic!("{:?} parsed", src),
        Err(e) => e,
    }
}

/// (message, line, offset, end line, end offset) as the SyntaxError attributes give them.
fn err_at(src: &str) -> (String, i64, i64, i64, i64) {
    let e = err(src);
    (e.msg.clone(), e.line, e.col, e.end_line, e.end_col)
}

#[test]
fn precedence_and_associativity() {
    assert_eq!(expr("1 + 2 * 3"), "(1 Add (2 Mult 3))");
    assert_eq!(expr("2 ** 3 ** 4"), "(2 Pow (3 Pow 4))");
    assert_eq!(expr("-2 ** 2"), "(USub (2 Pow 2))");
    assert_eq!(expr("a - b - c"), "((a Sub b) Sub c)");
    assert_eq!(expr("not a and b or c"), "(Or (And (Not a) b) c)");
    assert_eq!(expr("a < b <= c"), "(cmp a Lt b LtE c)");
    assert_eq!(
        expr("a if b else c if d else e"),
        "(a if b else (c if d else e))"
    );
    assert_eq!(
        expr("a | b ^ c & d << e"),
        "(a BitOr (b BitXor (c BitAnd (d LShift e))))"
    );
}

#[test]
fn calls_subscripts_attributes() {
    assert_eq!(expr("f(a, *b, c=1, **d)"), "f(a, *b, c=1, **d)");
    assert_eq!(expr("a.b[c](d).e"), "a.b[c](d).e");
    assert_eq!(expr("x[1:2, ::3]"), "x[(1:2:, ::3,)]");
    assert_eq!(expr("(y := f(x))"), "(y := f(x))");
}

#[test]
fn numbers_and_strings() {
    assert_eq!(expr("0x_ff"), "0rff");
    assert_eq!(expr("1_000"), "1000");
    assert_eq!(expr("'a' \"b\" '''c'''"), "\"abc\"");
    assert_eq!(expr("f'{x!r:>{w}}'"), "f[{x!r:f[\">\", {w}]}]");
    assert_eq!(expr("f'{x=}'"), "f[\"x=\", {x!r}]");
}

#[test]
fn positions_are_columns_of_characters() {
    let body = parse_module("x = 'é' + y\n", "<test>").expect("parses");
    let StmtKind::Assign { value, .. } = &body[0].kind else {
        panic!("assign")
    };
    let ExprKind::BinOp { right, .. } = &value.kind else {
        panic!("binop")
    };
    assert_eq!((right.span.start.col, right.span.end.col), (10, 11));
}

#[test]
fn common_mistakes() {
    assert_eq!(
        err_at("if x\n    pass\n"),
        ("expected ':'".into(), 1, 5, 1, 5)
    );
    assert_eq!(
        err_at("print 'x'\n"),
        (
            "Missing parentheses in call to 'print'. Did you mean print(...)?".into(),
            1,
            1,
            1,
            10
        )
    );
    assert_eq!(
        err_at("x = (1, 2\n"),
        ("'(' was never closed".into(), 1, 5, 1, 0)
    );
    assert_eq!(
        err_at("f(a b)\n"),
        (
            "invalid syntax. Perhaps you forgot a comma?".into(),
            1,
            3,
            1,
            6
        )
    );
    assert_eq!(
        err_at("1 = x\n"),
        (
            "cannot assign to literal here. Maybe you meant '==' instead of '='?".into(),
            1,
            1,
            1,
            2
        )
    );
    assert_eq!(err_at("x = 0777\n").0, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    let e = err("def f():\nreturn 1\n");
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (
            crate::error::SyntaxKind::Indentation,
            "expected an indented block after function definition on line 1"
        )
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Runs on a thread with a main-thread-sized stack, as the interpreter does.
    let r = std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(|| {
            let parens = format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000));
            let e = err(&parens);
            assert_eq!(e.msg, "too many nested parentheses");
            let minus = format!("x = {}1\n", "-".repeat(100_000));
            assert_eq!(err(&minus).kind, crate::error::SyntaxKind::Memory);
        })
        .expect("spawn")
        .join();
    assert!(r.is_ok());
}
#[test]
fn is_keyword_matches_the_keyword_list() {
    for k in crate::lexer::KEYWORDS {
        assert!(crate::lexer::is_keyword(k), "{k}");
    }
    for w in ["match", "case", "_", "print", "Nonee", "i", ""] {
        assert!(!crate::lexer::is_keyword(w), "{w}");
    }
}
