//! The abstract syntax tree produced by the parser, with source spans on every node.

use std::rc::Rc;

use crate::lexer::Pos;

/// Source span of a node: start and end position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: Pos,
    pub end: Pos,
}

impl Span {
    pub fn new(start: Pos, end: Pos) -> Span {
        Span { start, end }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: other.end,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Arg {
    pub name: String,
    pub annotation: Option<Rc<Expr>>,
    pub span: Span,
}

#[derive(Clone, Debug, Default)]
pub struct Arguments {
    pub posonly: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonly: Vec<Arg>,
    /// Defaults for kwonly args, one per kwonly arg.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults for the last positional parameters (posonly + args).
    pub defaults: Vec<Expr>,
}

impl Arguments {
    pub fn all_names(&self) -> Vec<&Arg> {
        let mut v: Vec<&Arg> = self.posonly.iter().chain(self.args.iter()).collect();
        v.extend(self.kwonly.iter());
        if let Some(a) = &self.vararg {
            v.insert(self.posonly.len() + self.args.len(), a);
        }
        if let Some(a) = &self.kwarg {
            v.push(a);
        }
        v
    }
}

#[derive(Clone, Debug)]
pub struct Keyword {
    /// None for `**expr`.
    pub arg: Option<String>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A literal or dotted-name value pattern.
    Value(Expr),
    /// None, True, False.
    Singleton(Expr),
    Sequence(Vec<Pattern>),
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<String>,
    },
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<String>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` or `*_` inside a sequence pattern.
    Star(Option<String>),
    /// `pattern as name`, a capture `name` (pattern None), or the wildcard `_` (both None).
    As {
        pattern: Option<Rc<Pattern>>,
        name: Option<String>,
    },
    Or(Vec<Pattern>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

impl BinOp {
    /// The name of the operator's node class in Python's `ast` module.
    pub fn class_name(self) -> &'static str {
        match self {
            BinOp::Add => "Add",
            BinOp::Sub => "Sub",
            BinOp::Mult => "Mult",
            BinOp::MatMult => "MatMult",
            BinOp::Div => "Div",
            BinOp::Mod => "Mod",
            BinOp::Pow => "Pow",
            BinOp::LShift => "LShift",
            BinOp::RShift => "RShift",
            BinOp::BitOr => "BitOr",
            BinOp::BitXor => "BitXor",
            BinOp::BitAnd => "BitAnd",
            BinOp::FloorDiv => "FloorDiv",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    /// The name of the context's node class in Python's `ast` module.
    pub fn class_name(self) -> &'static str {
        match self {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        }
    }
}

/// A constant literal.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// Decimal digits of an int literal (any size).
    Int(String, u32),
    Float(f64),
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Rc<Expr>,
        value: Rc<Expr>,
    },
    BinOp {
        left: Rc<Expr>,
        op: BinOp,
        right: Rc<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Rc<Expr>,
    },
    Lambda {
        args: Rc<Arguments>,
        body: Rc<Expr>,
    },
    IfExp {
        test: Rc<Expr>,
        body: Rc<Expr>,
        orelse: Rc<Expr>,
    },
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Rc<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Rc<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Rc<Expr>,
        value: Rc<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Rc<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Rc<Expr>),
    Yield(Option<Rc<Expr>>),
    YieldFrom(Rc<Expr>),
    Compare {
        left: Rc<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Rc<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    FormattedValue {
        value: Rc<Expr>,
        conversion: Option<char>,
        format_spec: Option<Rc<Expr>>,
    },
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Rc<Expr>,
        attr: String,
        ctx: Ctx,
    },
    Subscript {
        value: Rc<Expr>,
        slice: Rc<Expr>,
        ctx: Ctx,
    },
    Starred {
        value: Rc<Expr>,
        ctx: Ctx,
    },
    Name {
        id: String,
        ctx: Ctx,
    },
    List {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Slice {
        lower: Option<Rc<Expr>>,
        upper: Option<Rc<Expr>>,
        step: Option<Rc<Expr>>,
    },
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    FunctionDef {
        name: String,
        args: Rc<Arguments>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
        returns: Option<Rc<Expr>>,
        is_async: bool,
    },
    ClassDef {
        name: String,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
    },
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        star: bool,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// Takes the node's kind (Expr implements Drop, so it cannot be moved out directly).
    pub fn into_kind(mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, LEAF)
    }
}

/// Expression trees can be arbitrarily deep (`a+a+...+a` with 100000 terms parses to a
/// left-leaning chain; the compiler then refuses it), so they are dropped with an explicit
/// work list instead of recursion, which would overflow the Rust stack.
impl Drop for Expr {
    fn drop(&mut self) {
        if is_leaf(&self.kind) {
            return;
        }
        // No allocation unless a child is owned here alone and has children itself (memo
        // clones share their subtrees).
        let mut work = Vec::new();
        take_children(std::mem::replace(&mut self.kind, LEAF), &mut work);
        while let Some(kind) = work.pop() {
            take_children(kind, &mut work);
        }
    }
}

const LEAF: ExprKind = ExprKind::Constant(Constant::None);

fn is_leaf(k: &ExprKind) -> bool {
    matches!(k, ExprKind::Constant(_) | ExprKind::Name { .. })
}

/// Moves the children of `kind` (those not shared elsewhere) to `work`, leaving them empty so
/// that dropping them does not recurse.
fn take_children(kind: ExprKind, work: &mut Vec<ExprKind>) {
    fn own(mut e: Expr, work: &mut Vec<ExprKind>) {
        if !is_leaf(&e.kind) {
            work.push(std::mem::replace(&mut e.kind, LEAF));
        }
    }
    fn rc(r: Rc<Expr>, work: &mut Vec<ExprKind>) {
        if let Ok(e) = Rc::try_unwrap(r) {
            own(e, work);
        }
    }
    fn opt(r: Option<Rc<Expr>>, work: &mut Vec<ExprKind>) {
        if let Some(r) = r {
            rc(r, work);
        }
    }
    fn all(v: Vec<Expr>, work: &mut Vec<ExprKind>) {
        for e in v {
            own(e, work);
        }
    }
    fn comps(gens: Vec<Comprehension>, work: &mut Vec<ExprKind>) {
        for g in gens {
            own(g.target, work);
            own(g.iter, work);
            all(g.ifs, work);
        }
    }
    match kind {
        ExprKind::BoolOp { values, .. } => all(values, work),
        ExprKind::NamedExpr { target, value } => {
            rc(target, work);
            rc(value, work);
        }
        ExprKind::BinOp { left, right, .. } => {
            rc(left, work);
            rc(right, work);
        }
        ExprKind::UnaryOp { operand, .. } => rc(operand, work),
        ExprKind::Lambda { body, .. } => rc(body, work),
        ExprKind::IfExp { test, body, orelse } => {
            rc(test, work);
            rc(body, work);
            rc(orelse, work);
        }
        ExprKind::Dict { keys, values } => {
            all(keys.into_iter().flatten().collect(), work);
            all(values, work);
        }
        ExprKind::Set(elts)
        | ExprKind::JoinedStr(elts)
        | ExprKind::List { elts, .. }
        | ExprKind::Tuple { elts, .. } => all(elts, work),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            rc(elt, work);
            comps(generators, work);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            rc(key, work);
            rc(value, work);
            comps(generators, work);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => rc(v, work),
        ExprKind::Yield(v) => opt(v, work),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            rc(left, work);
            all(comparators, work);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            rc(func, work);
            all(args, work);
            for k in keywords {
                own(k.value, work);
            }
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            rc(value, work);
            opt(format_spec, work);
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => rc(value, work),
        ExprKind::Subscript { value, slice, .. } => {
            rc(value, work);
            rc(slice, work);
        }
        ExprKind::Slice { lower, upper, step } => {
            opt(lower, work);
            opt(upper, work);
            opt(step, work);
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
    }
}
