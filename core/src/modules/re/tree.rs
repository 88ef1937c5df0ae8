//! `_sre._parse_tree(pattern, flags)`: the parser's tree as plain Python values, from
//! which the frozen `re._parser` builds its `SubPattern`s (`sre_parse.parse`). Operators
//! are given by name: `(name, argument)` pairs, nested sequences as lists.

use super::chars::Category;
use super::parser::{self, At, Node, RepeatKind, Seq, SetItem};
use super::*;

fn s(name: &str) -> Value {
    strobj::new_str(name.to_string())
}

fn int(v: u64) -> Value {
    intobj::new_int(v as i64)
}

fn pair(name: &str, av: Value) -> Value {
    tupleobj::new_tuple(vec![s(name), av])
}

fn category_name(c: Category) -> &'static str {
    use Category::*;
    match c {
        Digit => "CATEGORY_DIGIT",
        NotDigit => "CATEGORY_NOT_DIGIT",
        Space => "CATEGORY_SPACE",
        NotSpace => "CATEGORY_NOT_SPACE",
        Word => "CATEGORY_WORD",
        NotWord => "CATEGORY_NOT_WORD",
        LocWord => "CATEGORY_LOC_WORD",
        LocNotWord => "CATEGORY_LOC_NOT_WORD",
        UniDigit => "CATEGORY_UNI_DIGIT",
        UniNotDigit => "CATEGORY_UNI_NOT_DIGIT",
        UniSpace => "CATEGORY_UNI_SPACE",
        UniNotSpace => "CATEGORY_UNI_NOT_SPACE",
        UniWord => "CATEGORY_UNI_WORD",
        UniNotWord => "CATEGORY_UNI_NOT_WORD",
    }
}

fn at_name(a: At) -> &'static str {
    match a {
        At::Beginning => "AT_BEGINNING",
        At::BeginningString => "AT_BEGINNING_STRING",
        At::End => "AT_END",
        At::EndString => "AT_END_STRING",
        At::Boundary => "AT_BOUNDARY",
        At::NonBoundary => "AT_NON_BOUNDARY",
    }
}

fn seq(items: &Seq) -> Value {
    listobj::new_list(items.iter().map(node).collect())
}

fn node(n: &Node) -> Value {
    match n {
        Node::Literal(c) => pair("LITERAL", int(*c as u64)),
        Node::NotLiteral(c) => pair("NOT_LITERAL", int(*c as u64)),
        Node::Any => pair("ANY", Value::None),
        Node::In(items) => {
            let v = items
                .iter()
                .map(|it| match it {
                    SetItem::Negate => pair("NEGATE", Value::None),
                    SetItem::Literal(c) => pair("LITERAL", int(*c as u64)),
                    SetItem::Range(a, b) => pair(
                        "RANGE",
                        tupleobj::new_tuple(vec![int(*a as u64), int(*b as u64)]),
                    ),
                    SetItem::Category(c) => pair("CATEGORY", s(category_name(*c))),
                })
                .collect();
            pair("IN", listobj::new_list(v))
        }
        Node::At(a) => pair("AT", s(at_name(*a))),
        Node::Branch(alts) => pair(
            "BRANCH",
            tupleobj::new_tuple(vec![
                Value::None,
                listobj::new_list(alts.iter().map(seq).collect()),
            ]),
        ),
        Node::Repeat {
            kind,
            min,
            max,
            item,
        } => {
            let name = match kind {
                RepeatKind::Greedy => "MAX_REPEAT",
                RepeatKind::Lazy => "MIN_REPEAT",
                RepeatKind::Possessive => "POSSESSIVE_REPEAT",
            };
            let av = vec![int(*min as u64), int(*max as u64), seq(item)];
            pair(name, tupleobj::new_tuple(av))
        }
        Node::Subpattern {
            group,
            add,
            del,
            body,
        } => {
            let g = group.map_or(Value::None, |g| int(g as u64));
            let av = vec![g, int(*add as u64), int(*del as u64), seq(body)];
            pair("SUBPATTERN", tupleobj::new_tuple(av))
        }
        Node::Atomic(body) => pair("ATOMIC_GROUP", seq(body)),
        Node::GroupRef(g) => pair("GROUPREF", int(*g as u64)),
        Node::GroupRefExists { group, yes, no } => {
            let no = no.as_ref().map_or(Value::None, seq);
            let av = vec![int(*group as u64), seq(yes), no];
            pair("GROUPREF_EXISTS", tupleobj::new_tuple(av))
        }
        Node::Assert {
            behind,
            negate,
            body,
        } => {
            let dir = if *behind { -1 } else { 1 };
            let av = tupleobj::new_tuple(vec![intobj::new_int(dir), seq(body)]);
            pair(if *negate { "ASSERT_NOT" } else { "ASSERT" }, av)
        }
    }
}

fn width(w: u128) -> Value {
    if w >= parser::MAXWIDTH {
        // Unbounded: the Python side turns it into MAXWIDTH.
        Value::None
    } else {
        intobj::new_int(w.min(i64::MAX as u128) as i64)
    }
}

/// `_sre._parse_tree(pattern, flags)` -> `(flags, groups, names, widths, tree)`: names as
/// `(name, group)` pairs in definition order, widths as `(min, max)` per group (None for
/// "unbounded").
pub fn sre_parse_tree(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "_parse_tree", 2)?;
    let pattern = a[0].clone();
    let flags = native::arg_i64(vm, &a[1])? as u32;
    let (parsed, _) = parse_pattern(vm, &pattern, flags, 2)?;
    let names = parsed
        .names
        .iter()
        .map(|(n, g)| {
            tupleobj::new_tuple(vec![
                strobj::new_str(parser::ustring(n)),
                intobj::new_int(*g as i64),
            ])
        })
        .collect();
    let widths = parsed
        .group_widths
        .iter()
        .map(|(lo, hi)| tupleobj::new_tuple(vec![width(*lo), width(*hi)]))
        .collect();
    Ok(tupleobj::new_tuple(vec![
        intobj::new_int(parsed.flags as i64),
        intobj::new_int(parsed.groups as i64),
        listobj::new_list(names),
        listobj::new_list(widths),
        seq(&parsed.seq),
    ]))
}
