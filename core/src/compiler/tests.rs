//! Compiler unit tests: bytecode snapshots for constructs whose stack discipline is easy to get
//! wrong (pattern matching, except*), constant folding, and compile-time errors with their
//! CPython 3.11 locations.

use super::*;

fn dis(src: &str) -> String {
    let code = compile_source(src, "<test>", Mode::Exec).unwrap_or_else(|e| panic!("{}", e.msg));
    crate::dis::disassemble(&code)
}

/// The operations of the module code, one per line, without offsets and line numbers.
fn ops(src: &str) -> Vec<String> {
    let text = dis(src);
    let module = text.split("\n\n").next().unwrap_or("");
    module
        .lines()
        .skip(1)
        .map(|l| {
            // Drop the line number (when shown) and the offset.
            let words: Vec<&str> = l.split_whitespace().collect();
            let skip = words
                .iter()
                .take(2)
                .take_while(|w| w.chars().all(|c| c.is_ascii_digit()))
                .count();
            words[skip..].join(" ")
        })
        .collect()
}

fn compile_err(src: &str) -> (String, i64, i64, i64, i64) {
    match compile_source(src, "<test>", Mode::Exec) {
        Ok(_) => panic!("{:?} compiled", src),
        Err(e) => (e.msg.clone(), e.line, e.col, e.end_line, e.end_col),
    }
}

#[test]
fn constant_folding() {
    assert_eq!(
        ops("x = 2 ** 10"),
        [
            "LoadConst 0 (1024)",
            "StoreName 0 (x)",
            // LoadConst + Return, fused (the Return stays in place after it).
            "ReturnConst 1 (None)",
            "Return"
        ]
    );
    assert_eq!(ops("x = -(1 + 2j)")[0], "LoadConst 0 ((-1-2j))");
    // Not folded: the result would be too big, or the operation raises.
    assert!(ops("x = 2 ** 1000")[2].starts_with("Binary"));
    assert!(ops("x = 1 / 0")[2].starts_with("Binary"));
    assert_eq!(ops("x = 'ab' * 3")[0], "LoadConst 0 ('ababab')");
    assert_eq!(ops("x = __debug__")[0], "LoadConst 0 (True)");
}

#[test]
fn chained_comparison() {
    assert_eq!(
        ops("a < b < c"),
        [
            "LoadName 0 (a)",
            "LoadName 1 (b)",
            "Rot2",
            "CopyN 2",
            "Compare Lt",
            "JumpIfFalseOrPop 9",
            "LoadName 2 (c)",
            "Compare Lt",
            "Jump 11",
            "Rot2",
            "Pop",
            "Pop",
            "ReturnConst 0 (None)",
            "Return"
        ]
    );
}

#[test]
fn sequence_pattern_with_star_wildcard_uses_subscripts() {
    let o = ops("match x:\n    case [a, *_, b]:\n        pass\n");
    let expected = [
        "LoadName 0 (x)",
        "MatchSequence",
        "PopJumpIfFalse 23",
        "GetLen",
        "LoadConst 0 (2)",
        "CompareJumpIfFalse Ge",
        "PopJumpIfFalse 23",
        "Dup",
        "LoadConst 1 (0)",
        "Subscr",
        "SwapN 2",
        "Dup",
        "GetLen",
        "LoadConst 2 (1)",
        "Binary Sub",
        "Subscr",
        "SwapN 3",
        "SwapN 2",
        "Pop",
        "StoreName 1 (a)",
        "StoreName 2 (b)",
    ];
    assert_eq!(&o[..expected.len()], expected);
}

#[test]
fn pattern_errors() {
    assert_eq!(
        compile_err("match x:\n    case a:\n        pass\n    case 1:\n        pass\n"),
        (
            "name capture 'a' makes remaining patterns unreachable".into(),
            2,
            10,
            2,
            11
        )
    );
    assert_eq!(
        compile_err("match x:\n    case [a] | [b]:\n        pass\n").0,
        "alternative patterns bind different names"
    );
    assert_eq!(
        compile_err("match x:\n    case [a, a]:\n        pass\n").0,
        "multiple assignments to name 'a' in pattern"
    );
    assert_eq!(
        compile_err("match x:\n    case {'k': 1, 'k': 2}:\n        pass\n").0,
        "mapping pattern checks duplicate key ('k')"
    );
    assert_eq!(
        compile_err("match x:\n    case C(a=1, a=2):\n        pass\n").0,
        "attribute name repeated in class pattern: a"
    );
}

#[test]
fn scope_and_statement_errors() {
    assert_eq!(
        compile_err("return 1\n"),
        ("'return' outside function".into(), 1, 1, 1, 9)
    );
    assert_eq!(
        compile_err("for x in y:\n    def f():\n        break\n").0,
        "'break' outside loop"
    );
    assert_eq!(
        compile_err("def f(a, a): pass\n").0,
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        compile_err("def f():\n    x = 1\n    global x\n").0,
        "name 'x' is assigned to before global declaration"
    );
    assert_eq!(
        compile_err("nonlocal x\n").0,
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        compile_err("def f():\n    nonlocal x\n").0,
        "no binding for nonlocal 'x' found"
    );
    assert_eq!(
        compile_err("f(a=1, a=2)\n"),
        ("keyword argument repeated: a".into(), 1, 8, 1, 11)
    );
    assert_eq!(
        compile_err("[i := 0 for i in y]\n").0,
        "assignment expression cannot rebind comprehension iteration variable 'i'"
    );
    assert_eq!(
        compile_err(
            "def f():\n    yield 1\n    return 2\nasync def g():\n    yield 1\n    return 2\n"
        )
        .0,
        "'return' with value in async generator"
    );
    assert_eq!(
        compile_err("__debug__ = 1\n").0,
        "cannot assign to __debug__"
    );
}

#[test]
fn deep_expressions_are_a_recursion_error() {
    let r = std::thread::Builder::new()
        .stack_size(32 << 20)
        .spawn(|| {
            let src = format!("x = {}\n", vec!["a"; 20_000].join(" + "));
            match compile_source(&src, "<test>", Mode::Exec) {
                Err(e) => assert_eq!(e.kind, SyntaxKind::Recursion),
                Ok(_) => panic!("compiled"),
            }
        })
        .expect("spawn")
        .join();
    assert!(r.is_ok());
}
