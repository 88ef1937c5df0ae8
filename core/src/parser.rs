//! Recursive-descent parser for Python 3.11: tokens to AST, with CPython's SyntaxError
//! messages for the common mistakes. Nesting depth is bounded.

use crate::ast::*;
use crate::error::{SyntaxErr, SyntaxKind};
use crate::lexer::{is_keyword, Lexer, Pos, StrLit, Tok, Token};

/// Maximum expression nesting before the parser gives up.
const MAX_DEPTH: u32 = 200;

type PResult<T> = Result<T, SyntaxErr>;

/// Parse a module from source.
pub fn parse_module(src: &str, filename: &str) -> PResult<Vec<Stmt>> {
    let lines: Vec<String> = split_lines(src);
    let res = (|| {
        let toks = Lexer::tokenize(src, &lines)?;
        let mut p = Parser::new(toks, &lines);
        p.file()
    })();
    res.map_err(|mut e| {
        e.filename = filename.to_string();
        e
    })
}

/// Parse a single expression (for `eval`).
pub fn parse_expression(src: &str, filename: &str) -> PResult<Expr> {
    let lines: Vec<String> = split_lines(src);
    let res = (|| {
        let src2 = src.trim_start_matches([' ', '\t']);
        let toks = Lexer::tokenize(src2, &lines)?;
        let mut p = Parser::new(toks, &lines);
        let e = p.star_expressions()?;
        while matches!(p.tok(), Tok::Newline) {
            p.advance();
        }
        if !matches!(p.tok(), Tok::EndMarker) {
            return Err(p.err_here("invalid syntax"));
        }
        Ok(e)
    })();
    res.map_err(|mut e| {
        e.filename = filename.to_string();
        e
    })
}

pub fn split_lines(src: &str) -> Vec<String> {
    src.split('\n').map(|l| l.trim_end_matches('\r').to_string()).collect()
}

pub struct Parser<'a> {
    toks: Vec<Token>,
    pos: usize,
    lines: &'a [String],
    depth: u32,
    /// Inside a function body (for `yield`/`return` checks done by the compiler).
    in_fstring: bool,
}

fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(c) => match c {
            Constant::None | Constant::True | Constant::False | Constant::Ellipsis => match c {
                Constant::Ellipsis => "ellipsis",
                _ => "literal",
            },
            _ => "literal",
        },
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

impl<'a> Parser<'a> {
    pub fn new(toks: Vec<Token>, lines: &'a [String]) -> Parser<'a> {
        Parser { toks, pos: 0, lines, depth: 0, in_fstring: false }
    }

    // ----- token helpers -----

    fn tok(&self) -> &Tok {
        &self.toks[self.pos.min(self.toks.len() - 1)].tok
    }

    fn token(&self) -> &Token {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }

    fn peek_tok(&self, n: usize) -> &Tok {
        &self.toks[(self.pos + n).min(self.toks.len() - 1)].tok
    }

    fn start(&self) -> Pos {
        self.token().start
    }

    fn prev_end(&self) -> Pos {
        if self.pos == 0 {
            return Pos { line: 1, col: 0 };
        }
        self.toks[self.pos - 1].end
    }

    fn advance(&mut self) -> Token {
        let t = self.token().clone();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Name(n) if n == kw)
    }

    fn peek_is_op(&self, n: usize, op: &str) -> bool {
        matches!(self.peek_tok(n), Tok::Op(o) if *o == op)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expect_op(&mut self, op: &str) -> PResult<Token> {
        if self.is_op(op) {
            Ok(self.advance())
        } else {
            Err(self.err_expected(op))
        }
    }

    fn err_expected(&self, what: &str) -> SyntaxErr {
        if matches!(self.tok(), Tok::Indent) {
            return self.err_at(SyntaxKind::Indentation, "unexpected indent", self.start());
        }
        if what == ":" {
            // CPython reports `expected ':'` at the token after the header.
            let p = self.prev_end();
            if !matches!(self.tok(), Tok::Newline) || true {
                return self.err_at(SyntaxKind::Syntax, "expected ':'", p);
            }
        }
        self.err_here("invalid syntax")
    }

    fn err_here(&self, msg: &str) -> SyntaxErr {
        let t = self.token();
        if matches!(t.tok, Tok::Indent) {
            return self.err_at(SyntaxKind::Indentation, "unexpected indent", t.start);
        }
        if matches!(t.tok, Tok::EndMarker) && msg == "invalid syntax" {
            return self.err_at(SyntaxKind::Syntax, "invalid syntax", t.start);
        }
        self.err_at(SyntaxKind::Syntax, msg, t.start)
    }

    fn err_at(&self, kind: SyntaxKind, msg: impl Into<String>, at: Pos) -> SyntaxErr {
        SyntaxErr::new(kind, msg, at.line, at.col + 1, self.lines)
    }

    fn err_span(&self, msg: impl Into<String>, span: Span) -> SyntaxErr {
        SyntaxErr::new(SyntaxKind::Syntax, msg, span.start.line, span.start.col + 1, self.lines)
            .with_end(span.end.line, span.end.col + 1)
    }

    fn name(&mut self) -> PResult<String> {
        match self.tok().clone() {
            Tok::Name(n) if !is_keyword(&n) => {
                self.advance();
                Ok(n)
            }
            _ => Err(self.err_here("invalid syntax")),
        }
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err_at(SyntaxKind::Recursion, "too many nested parentheses", self.start()));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- statements -----

    pub fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while !matches!(self.tok(), Tok::EndMarker) {
            if matches!(self.tok(), Tok::Newline) {
                self.advance();
                continue;
            }
            if matches!(self.tok(), Tok::Indent) {
                return Err(self.err_at(SyntaxKind::Indentation, "unexpected indent", self.start()));
            }
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if let Some(s) = self.compound_stmt()? {
            out.push(s);
            return Ok(());
        }
        self.simple_stmts(out)
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat_op(";") {
                if matches!(self.tok(), Tok::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if !matches!(self.tok(), Tok::Newline) {
            return Err(self.unexpected_after_statement());
        }
        self.advance();
        Ok(())
    }

    fn unexpected_after_statement(&self) -> SyntaxErr {
        // `print "x"` style and missing commas produce specific messages in CPython.
        if let Tok::Op("=") = self.tok() {
            return self.err_here("invalid syntax");
        }
        self.err_here("invalid syntax")
    }

    fn block(&mut self, after: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        if matches!(self.tok(), Tok::Newline) {
            self.advance();
            if !matches!(self.tok(), Tok::Indent) {
                return Err(self.err_at(
                    SyntaxKind::Indentation,
                    format!("expected an indented block after {} on line {}", after, header_line),
                    self.start(),
                ));
            }
            self.advance();
            let mut body = Vec::new();
            while !matches!(self.tok(), Tok::Dedent | Tok::EndMarker) {
                if matches!(self.tok(), Tok::Indent) {
                    return Err(self.err_at(SyntaxKind::Indentation, "unexpected indent", self.start()));
                }
                self.statement(&mut body)?;
            }
            if matches!(self.tok(), Tok::Dedent) {
                self.advance();
            }
            Ok(body)
        } else {
            let mut body = Vec::new();
            self.simple_stmts(&mut body)?;
            Ok(body)
        }
    }

    fn compound_stmt(&mut self) -> PResult<Option<Stmt>> {
        let start = self.start();
        let kw = match self.tok() {
            Tok::Name(n) => n.clone(),
            Tok::Op("@") => return self.decorated().map(Some),
            _ => return Ok(None),
        };
        let s = match kw.as_str() {
            "if" => self.if_stmt()?,
            "while" => self.while_stmt()?,
            "for" => self.for_stmt(false, start)?,
            "try" => self.try_stmt()?,
            "with" => self.with_stmt(false, start)?,
            "def" => self.funcdef(Vec::new(), false, start)?,
            "class" => self.classdef(Vec::new(), start)?,
            "async" => {
                self.advance();
                if self.is_kw("def") {
                    self.funcdef(Vec::new(), true, start)?
                } else if self.is_kw("for") {
                    self.for_stmt(true, start)?
                } else if self.is_kw("with") {
                    self.with_stmt(true, start)?
                } else {
                    return Err(self.err_here("invalid syntax"));
                }
            }
            "match" => match self.try_match_stmt()? {
                Some(s) => s,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(s))
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        let start = self.start();
        while self.eat_op("@") {
            let e = self.named_expression()?;
            decorators.push(e);
            if !matches!(self.tok(), Tok::Newline) {
                return Err(self.err_here("invalid syntax"));
            }
            self.advance();
        }
        if self.is_kw("def") {
            self.funcdef(decorators, false, start)
        } else if self.is_kw("class") {
            self.classdef(decorators, start)
        } else if self.is_kw("async") && matches!(self.peek_tok(1), Tok::Name(n) if n == "def") {
            self.advance();
            self.funcdef(decorators, true, start)
        } else {
            Err(self.err_here("invalid syntax"))
        }
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kwname = if self.is_kw("if") { "'if' statement" } else { "'elif' statement" };
        self.advance();
        let test = self.named_expression()?;
        self.expect_op(":")?;
        let body = self.block(kwname, start.line)?;
        let orelse = if self.is_kw("elif") {
            vec![self.if_stmt()?]
        } else if self.is_kw("else") {
            let l = self.start().line;
            self.advance();
            self.expect_op(":")?;
            self.block("'else' statement", l)?
        } else {
            Vec::new()
        };
        let end = self.prev_end();
        Ok(Stmt { kind: StmtKind::If { test, body, orelse }, span: Span::new(start, end) })
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        let test = self.named_expression()?;
        self.expect_op(":")?;
        let body = self.block("'while' statement", start.line)?;
        let orelse = self.else_block()?;
        Ok(Stmt { kind: StmtKind::While { test, body, orelse }, span: Span::new(start, self.prev_end()) })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.is_kw("else") {
            let l = self.start().line;
            self.advance();
            self.expect_op(":")?;
            self.block("'else' statement", l)
        } else {
            Ok(Vec::new())
        }
    }

    fn for_stmt(&mut self, is_async: bool, start: Pos) -> PResult<Stmt> {
        let l = self.start().line;
        self.advance(); // for
        let target = self.target_list()?;
        if !self.eat_kw("in") {
            return Err(self.err_here("invalid syntax"));
        }
        let iter = self.star_expressions()?;
        self.expect_op(":")?;
        let body = self.block("'for' statement", l)?;
        let orelse = self.else_block()?;
        Ok(Stmt { kind: StmtKind::For { target, iter, body, orelse, is_async }, span: Span::new(start, self.prev_end()) })
    }

    /// Targets of `for` and comprehensions: star_targets.
    fn target_list(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_target()?;
        if !self.is_op(",") {
            return self.to_target(first, Ctx::Store);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.is_kw("in") || self.is_op("=") {
                break;
            }
            elts.push(self.star_target()?);
        }
        let e = Expr::new(ExprKind::Tuple { elts, ctx: Ctx::Store }, Span::new(start, self.prev_end()));
        self.to_target(e, Ctx::Store)
    }

    fn star_target(&mut self) -> PResult<Expr> {
        if self.is_op("*") {
            let start = self.start();
            self.advance();
            let v = self.bitwise_or()?;
            return Ok(Expr::new(ExprKind::Starred { value: Box::new(v), ctx: Ctx::Store }, Span::new(start, self.prev_end())));
        }
        self.bitwise_or()
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        self.expect_op(":")?;
        let body = self.block("'try' statement", start.line)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.is_kw("except") {
            let hstart = self.start();
            self.advance();
            let is_star = self.eat_op("*");
            if let Some(s) = star {
                if s != is_star {
                    return Err(self.err_at(
                        SyntaxKind::Syntax,
                        "cannot have both 'except' and 'except*' on the same 'try'",
                        hstart,
                    ));
                }
            }
            star = Some(is_star);
            let mut typ = None;
            let mut name = None;
            if !self.is_op(":") {
                let t = self.expression()?;
                if self.is_op(",") {
                    // except A, B:  -> CPython: multiple exception types must be parenthesized
                    let mut elts = vec![t.clone()];
                    while self.eat_op(",") {
                        elts.push(self.expression()?);
                    }
                    if self.is_op(":") || self.is_kw("as") {
                        return Err(self.err_span(
                            "multiple exception types must be parenthesized",
                            t.span,
                        ));
                    }
                }
                typ = Some(t);
                if self.eat_kw("as") {
                    name = Some(self.name()?);
                }
            } else if is_star {
                return Err(self.err_here("expected one or more exception types"));
            }
            self.expect_op(":")?;
            let what = if is_star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.block(what, hstart.line)?;
            handlers.push(ExceptHandler { typ, name, body: hbody, span: Span::new(hstart, self.prev_end()) });
        }
        let orelse = if !handlers.is_empty() { self.else_block()? } else { Vec::new() };
        let finalbody = if self.is_kw("finally") {
            let l = self.start().line;
            self.advance();
            self.expect_op(":")?;
            self.block("'finally' statement", l)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.err_here("expected 'except' or 'finally' block"));
        }
        Ok(Stmt {
            kind: StmtKind::Try { body, handlers, orelse, finalbody, star: star.unwrap_or(false) },
            span: Span::new(start, self.prev_end()),
        })
    }

    fn with_stmt(&mut self, is_async: bool, start: Pos) -> PResult<Stmt> {
        let l = self.start().line;
        self.advance(); // with
        let mut items = Vec::new();
        // Parenthesised form: with (a as b, c as d):
        let save = self.pos;
        let mut parsed = false;
        if self.is_op("(") {
            self.advance();
            let r: PResult<()> = (|| {
                loop {
                    let context = self.expression()?;
                    let target = if self.eat_kw("as") { Some(self.with_target()?) } else { None };
                    items.push(WithItem { context, target });
                    if self.eat_op(",") {
                        if self.is_op(")") {
                            break;
                        }
                        continue;
                    }
                    break;
                }
                self.expect_op(")")?;
                if !self.is_op(":") {
                    return Err(self.err_here("invalid syntax"));
                }
                Ok(())
            })();
            if r.is_ok() {
                parsed = true;
            } else {
                self.pos = save;
                items.clear();
            }
        }
        if !parsed {
            loop {
                let context = self.expression()?;
                let target = if self.eat_kw("as") { Some(self.with_target()?) } else { None };
                items.push(WithItem { context, target });
                if !self.eat_op(",") {
                    break;
                }
            }
        }
        self.expect_op(":")?;
        let body = self.block("'with' statement", l)?;
        Ok(Stmt { kind: StmtKind::With { items, body, is_async }, span: Span::new(start, self.prev_end()) })
    }

    fn with_target(&mut self) -> PResult<Expr> {
        let t = self.star_target()?;
        self.to_target(t, Ctx::Store)
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool, start: Pos) -> PResult<Stmt> {
        let l = self.start().line;
        self.advance(); // def
        let name = self.name()?;
        self.expect_op("(")?;
        let args = self.parameters(true, ")")?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") { Some(Box::new(self.expression()?)) } else { None };
        self.expect_op(":")?;
        let body = self.block("function definition", l)?;
        Ok(Stmt {
            kind: StmtKind::FunctionDef { name, args: Box::new(args), body, decorators, returns, is_async },
            span: Span::new(start, self.prev_end()),
        })
    }

    /// Parameter list of `def` (annotations allowed) or `lambda` (not).
    fn parameters(&mut self, annotations: bool, close: &str) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut seen_default = false;
        let mut seen_star = false;
        let mut names: Vec<String> = Vec::new();
        loop {
            if self.is_op(close) {
                break;
            }
            if self.is_op("/") {
                let p = self.start();
                self.advance();
                if seen_star {
                    return Err(self.err_at(SyntaxKind::Syntax, "/ must be ahead of *", p));
                }
                if !a.posonly.is_empty() {
                    return Err(self.err_at(SyntaxKind::Syntax, "/ may appear only once", p));
                }
                if a.args.is_empty() {
                    return Err(self.err_at(SyntaxKind::Syntax, "at least one argument must precede /", p));
                }
                a.posonly = std::mem::take(&mut a.args);
            } else if self.is_op("**") {
                self.advance();
                let arg = self.param(annotations)?;
                if self.is_op("=") {
                    return Err(self.err_here("var-keyword argument cannot have default value"));
                }
                names.push(arg.name.clone());
                a.kwarg = Some(arg);
                self.eat_op(",");
                if !self.is_op(close) {
                    return Err(self.err_here("arguments cannot follow var-keyword argument"));
                }
                break;
            } else if self.is_op("*") {
                let p = self.start();
                self.advance();
                if seen_star {
                    return Err(self.err_at(SyntaxKind::Syntax, "* argument may appear only once", p));
                }
                seen_star = true;
                if self.is_op(",") {
                    if self.peek_is_op(1, close) || self.peek_is_op(1, "**") {
                        return Err(self.err_at(SyntaxKind::Syntax, "named arguments must follow bare *", p));
                    }
                } else if self.is_op(close) {
                    return Err(self.err_at(SyntaxKind::Syntax, "named arguments must follow bare *", p));
                } else {
                    let arg = self.param(annotations)?;
                    if self.is_op("=") {
                        return Err(self.err_here("var-positional argument cannot have default value"));
                    }
                    names.push(arg.name.clone());
                    a.vararg = Some(arg);
                }
            } else {
                let arg = self.param(annotations)?;
                names.push(arg.name.clone());
                let default = if self.eat_op("=") { Some(self.expression()?) } else { None };
                if seen_star {
                    a.kwonly.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(self.err_span(
                                "non-default argument follows default argument",
                                arg.span,
                            ));
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        // Duplicate parameter names.
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return Err(self.err_at(
                    SyntaxKind::Syntax,
                    format!("duplicate argument '{}' in function definition", n),
                    self.start(),
                ));
            }
        }
        Ok(a)
    }

    fn param(&mut self, annotations: bool) -> PResult<Arg> {
        let start = self.start();
        let name = self.name()?;
        let annotation = if annotations && self.eat_op(":") {
            if self.is_op("*") {
                // PEP 646 star annotations are 3.11 syntax for *args: *Ts
                let s = self.start();
                self.advance();
                let v = self.expression()?;
                Some(Box::new(Expr::new(ExprKind::Starred { value: Box::new(v), ctx: Ctx::Load }, Span::new(s, self.prev_end()))))
            } else {
                Some(Box::new(self.expression()?))
            }
        } else {
            None
        };
        Ok(Arg { name, annotation, span: Span::new(start, self.prev_end()) })
    }

    fn classdef(&mut self, decorators: Vec<Expr>, start: Pos) -> PResult<Stmt> {
        let l = self.start().line;
        self.advance(); // class
        let name = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.eat_op("(") {
            let (a, k) = self.call_args()?;
            bases = a;
            keywords = k;
            self.expect_op(")")?;
        }
        self.expect_op(":")?;
        let body = self.block("class definition", l)?;
        Ok(Stmt {
            kind: StmtKind::ClassDef { name, bases, keywords, body, decorators },
            span: Span::new(start, self.prev_end()),
        })
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kw = match self.tok() {
            Tok::Name(n) => Some(n.clone()),
            _ => None,
        };
        let kind = match kw.as_deref() {
            Some("pass") => {
                self.advance();
                StmtKind::Pass
            }
            Some("break") => {
                self.advance();
                StmtKind::Break
            }
            Some("continue") => {
                self.advance();
                StmtKind::Continue
            }
            Some("return") => {
                self.advance();
                let v = if self.at_stmt_end() { None } else { Some(self.star_expressions()?) };
                StmtKind::Return(v)
            }
            Some("raise") => {
                self.advance();
                let mut exc = None;
                let mut cause = None;
                if !self.at_stmt_end() {
                    exc = Some(self.expression()?);
                    if self.eat_kw("from") {
                        cause = Some(self.expression()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Some("global") | Some("nonlocal") => {
                self.advance();
                let mut names = vec![self.name()?];
                while self.eat_op(",") {
                    names.push(self.name()?);
                }
                if kw.as_deref() == Some("global") {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Some("del") => {
                self.advance();
                let mut targets = Vec::new();
                loop {
                    let e = self.bitwise_or()?;
                    targets.push(self.to_target(e, Ctx::Del)?);
                    if !self.eat_op(",") || self.at_stmt_end() {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            Some("assert") => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat_op(",") { Some(self.expression()?) } else { None };
                StmtKind::Assert { test, msg }
            }
            Some("import") => {
                self.advance();
                let mut names = Vec::new();
                loop {
                    let s = self.start();
                    let name = self.dotted_name()?;
                    let asname = if self.eat_kw("as") { Some(self.name()?) } else { None };
                    names.push(Alias { name, asname, span: Span::new(s, self.prev_end()) });
                    if !self.eat_op(",") {
                        break;
                    }
                }
                StmtKind::Import(names)
            }
            Some("from") => {
                self.advance();
                let mut level = 0;
                loop {
                    if self.eat_op(".") {
                        level += 1;
                    } else if self.eat_op("...") {
                        level += 3;
                    } else {
                        break;
                    }
                }
                let module = if self.is_kw("import") { None } else { Some(self.dotted_name()?) };
                if !self.eat_kw("import") {
                    return Err(self.err_here("invalid syntax"));
                }
                let mut names = Vec::new();
                if self.is_op("*") {
                    let s = self.start();
                    self.advance();
                    names.push(Alias { name: "*".into(), asname: None, span: Span::new(s, self.prev_end()) });
                } else {
                    let paren = self.eat_op("(");
                    loop {
                        let s = self.start();
                        let name = self.name()?;
                        let asname = if self.eat_kw("as") { Some(self.name()?) } else { None };
                        names.push(Alias { name, asname, span: Span::new(s, self.prev_end()) });
                        if !self.eat_op(",") {
                            break;
                        }
                        if paren && self.is_op(")") {
                            break;
                        }
                        if !paren && self.at_stmt_end() {
                            return Err(self.err_here("trailing comma not allowed without surrounding parentheses"));
                        }
                    }
                    if paren {
                        self.expect_op(")")?;
                    }
                }
                StmtKind::ImportFrom { module, names, level }
            }
            _ => return self.expr_stmt(),
        };
        Ok(Stmt { kind, span: Span::new(start, self.prev_end()) })
    }

    fn at_stmt_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::EndMarker) || self.is_op(";")
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut n = self.name()?;
        while self.eat_op(".") {
            n.push('.');
            n.push_str(&self.name()?);
        }
        Ok(n)
    }

    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let first = if self.is_kw("yield") { self.yield_expr()? } else { self.star_expressions()? };
        // Annotated assignment.
        if self.is_op(":") {
            self.advance();
            let simple = matches!(first.kind, ExprKind::Name { .. });
            match &first.kind {
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                ExprKind::Tuple { .. } => {
                    return Err(self.err_span("only single target (not tuple) can be annotated", first.span))
                }
                ExprKind::List { .. } => {
                    return Err(self.err_span("only single target (not list) can be annotated", first.span))
                }
                _ => return Err(self.err_span("illegal target for annotation", first.span)),
            }
            let target = self.to_target(first, Ctx::Store)?;
            let annotation = self.expression()?;
            let value = if self.eat_op("=") {
                Some(if self.is_kw("yield") { self.yield_expr()? } else { self.star_expressions()? })
            } else {
                None
            };
            return Ok(Stmt {
                kind: StmtKind::AnnAssign { target, annotation, value, simple },
                span: Span::new(start, self.prev_end()),
            });
        }
        // Augmented assignment.
        if let Tok::Op(op) = self.tok().clone() {
            let aug = match op {
                "+=" => Some(BinOp::Add),
                "-=" => Some(BinOp::Sub),
                "*=" => Some(BinOp::Mult),
                "@=" => Some(BinOp::MatMult),
                "/=" => Some(BinOp::Div),
                "%=" => Some(BinOp::Mod),
                "&=" => Some(BinOp::BitAnd),
                "|=" => Some(BinOp::BitOr),
                "^=" => Some(BinOp::BitXor),
                "<<=" => Some(BinOp::LShift),
                ">>=" => Some(BinOp::RShift),
                "**=" => Some(BinOp::Pow),
                "//=" => Some(BinOp::FloorDiv),
                _ => None,
            };
            if let Some(bop) = aug {
                match &first.kind {
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                    _ => {
                        return Err(self.err_span(
                            format!("'{}' is an illegal expression for augmented assignment", describe(&first)),
                            first.span,
                        ))
                    }
                }
                self.advance();
                let target = self.to_target(first, Ctx::Store)?;
                let value = if self.is_kw("yield") { self.yield_expr()? } else { self.star_expressions()? };
                return Ok(Stmt { kind: StmtKind::AugAssign { target, op: bop, value }, span: Span::new(start, self.prev_end()) });
            }
        }
        if self.is_op("=") {
            let mut exprs = vec![first];
            while self.eat_op("=") {
                let e = if self.is_kw("yield") { self.yield_expr()? } else { self.star_expressions()? };
                exprs.push(e);
            }
            let value = exprs.pop().expect("at least two expressions");
            let mut targets = Vec::new();
            for t in exprs {
                targets.push(self.assign_target(t)?);
            }
            return Ok(Stmt { kind: StmtKind::Assign { targets, value }, span: Span::new(start, self.prev_end()) });
        }
        if let ExprKind::Starred { .. } = &first.kind {
            return Err(self.err_span("can't use starred expression here", first.span));
        }
        // Bare expression statement. Detect `print "x"`-like missing operators.
        if !self.at_stmt_end() {
            if let ExprKind::Name { id, .. } = &first.kind {
                if (id == "print" || id == "exec") && matches!(self.tok(), Tok::Str(_) | Tok::Name(_) | Tok::Int(..)) {
                    return Err(self.err_span(
                        format!("Missing parentheses in call to '{}'. Did you mean {}(...)?", id, id),
                        Span::new(first.span.start, self.token().end),
                    ));
                }
            }
            if self.starts_expression() && !matches!(first.kind, ExprKind::Constant(_) if false) {
                let end = self.token().end;
                let _ = end;
                return Err(self.err_span(
                    "invalid syntax. Perhaps you forgot a comma?",
                    Span::new(first.span.start, self.token().end),
                ).with_end(self.token().end.line, self.token().end.col + 1));
            }
        }
        Ok(Stmt { kind: StmtKind::Expr(first), span: Span::new(start, self.prev_end()) })
    }

    fn starts_expression(&self) -> bool {
        match self.tok() {
            Tok::Name(n) => !is_keyword(n) || matches!(n.as_str(), "None" | "True" | "False" | "lambda" | "not" | "await"),
            Tok::Int(..) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => true,
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "~" | "..."),
            _ => false,
        }
    }

    fn assign_target(&self, e: Expr) -> PResult<Expr> {
        match &e.kind {
            ExprKind::Constant(_)
            | ExprKind::Call { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::Dict { .. }
            | ExprKind::Set(_)
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Await(_)
            | ExprKind::NamedExpr { .. } => {
                let what = describe(&e);
                let msg = match &e.kind {
                    ExprKind::Yield(_) | ExprKind::YieldFrom(_) => format!("assignment to {} not possible", what),
                    _ => format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", what),
                };
                Err(self.err_span(msg, e.span))
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                Err(self.err_span("assignment to yield expression not possible", e.span))
            }
            _ => self.to_target(e, Ctx::Store),
        }
    }

    /// Converts an expression to an assignment/deletion target.
    fn to_target(&self, e: Expr, ctx: Ctx) -> PResult<Expr> {
        let span = e.span;
        let kind = match e.kind {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return Err(self.err_span("cannot assign to __debug__", span));
                }
                ExprKind::Name { id, ctx }
            }
            ExprKind::Attribute { value, attr, .. } => ExprKind::Attribute { value, attr, ctx },
            ExprKind::Subscript { value, slice, .. } => ExprKind::Subscript { value, slice, ctx },
            ExprKind::Starred { value, .. } if ctx != Ctx::Del => {
                ExprKind::Starred { value: Box::new(self.to_target(*value, ctx)?), ctx }
            }
            ExprKind::Tuple { elts, .. } => {
                let mut v = Vec::new();
                for x in elts {
                    v.push(self.to_target(x, ctx)?);
                }
                ExprKind::Tuple { elts: v, ctx }
            }
            ExprKind::List { elts, .. } => {
                let mut v = Vec::new();
                for x in elts {
                    v.push(self.to_target(x, ctx)?);
                }
                ExprKind::List { elts: v, ctx }
            }
            other => {
                let ex = Expr::new(other, span);
                let what = describe(&ex);
                let msg = if ctx == Ctx::Del {
                    format!("cannot delete {}", what)
                } else {
                    format!("cannot assign to {}", what)
                };
                return Err(self.err_span(msg, span));
            }
        };
        Ok(Expr::new(kind, span))
    }

    // ----- match statement -----

    fn try_match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let save = self.pos;
        let start = self.start();
        self.advance(); // match
        // A match statement needs: subject ':' NEWLINE INDENT 'case'.
        if matches!(self.tok(), Tok::Newline) || self.is_op("=") || self.is_op(".") || self.is_op(":") || self.at_stmt_end() {
            self.pos = save;
            return Ok(None);
        }
        let subject = match self.match_subject() {
            Ok(s) => s,
            Err(_) => {
                self.pos = save;
                return Ok(None);
            }
        };
        if !self.is_op(":") {
            self.pos = save;
            return Ok(None);
        }
        self.advance();
        if !matches!(self.tok(), Tok::Newline) {
            self.pos = save;
            return Ok(None);
        }
        self.advance();
        if !matches!(self.tok(), Tok::Indent) {
            return Err(self.err_at(
                SyntaxKind::Indentation,
                format!("expected an indented block after 'match' statement on line {}", start.line),
                self.start(),
            ));
        }
        self.advance();
        let mut cases = Vec::new();
        while self.is_kw("case") {
            let cl = self.start().line;
            self.advance();
            let pattern = self.patterns()?;
            let guard = if self.eat_kw("if") { Some(self.named_expression()?) } else { None };
            self.expect_op(":")?;
            let body = self.block("'case' statement", cl)?;
            cases.push(MatchCase { pattern, guard, body });
        }
        if cases.is_empty() {
            return Err(self.err_here("invalid syntax"));
        }
        if !matches!(self.tok(), Tok::Dedent) {
            return Err(self.err_here("invalid syntax"));
        }
        self.advance();
        Ok(Some(Stmt { kind: StmtKind::Match { subject, cases }, span: Span::new(start, self.prev_end()) }))
    }

    fn match_subject(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_named_expression()?;
        if self.is_op(",") {
            let mut elts = vec![first];
            while self.eat_op(",") {
                if self.is_op(":") {
                    break;
                }
                elts.push(self.star_named_expression()?);
            }
            return Ok(Expr::new(ExprKind::Tuple { elts, ctx: Ctx::Load }, Span::new(start, self.prev_end())));
        }
        if let ExprKind::Starred { .. } = first.kind {
            return Err(self.err_here("invalid syntax"));
        }
        Ok(first)
    }

    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if self.is_op(",") {
            let mut v = vec![first];
            while self.eat_op(",") {
                if self.is_op(":") || self.is_kw("if") {
                    break;
                }
                v.push(self.maybe_star_pattern()?);
            }
            return Ok(Pattern { kind: PatternKind::Sequence(v), span: Span::new(start, self.prev_end()) });
        }
        if let PatternKind::Star(_) = first.kind {
            return Ok(Pattern { kind: PatternKind::Sequence(vec![first]), span: Span::new(start, self.prev_end()) });
        }
        Ok(first)
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.is_op("*") {
            let start = self.start();
            self.advance();
            let n = self.name()?;
            let name = if n == "_" { None } else { Some(n) };
            return Ok(Pattern { kind: PatternKind::Star(name), span: Span::new(start, self.prev_end()) });
        }
        self.pattern()
    }

    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let start = self.start();
        let mut alts = vec![self.closed_pattern()?];
        while self.eat_op("|") {
            alts.push(self.closed_pattern()?);
        }
        let mut p = if alts.len() == 1 {
            alts.pop().expect("one alternative")
        } else {
            Pattern { kind: PatternKind::Or(alts), span: Span::new(start, self.prev_end()) }
        };
        if self.eat_kw("as") {
            let nstart = self.start();
            let n = self.name()?;
            if n == "_" {
                return Err(self.err_at(SyntaxKind::Syntax, "cannot use '_' as a target", nstart));
            }
            p = Pattern { kind: PatternKind::As { pattern: Some(Box::new(p)), name: Some(n) }, span: Span::new(start, self.prev_end()) };
        }
        self.leave();
        Ok(p)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let tok = self.tok().clone();
        let kind = match tok {
            Tok::Name(ref n) if n == "None" || n == "True" || n == "False" => {
                let e = self.atom()?;
                PatternKind::Singleton(e)
            }
            Tok::Name(ref n) if !is_keyword(n) => {
                // capture, wildcard, value (dotted) or class pattern
                let mut e = Expr::new(ExprKind::Name { id: n.clone(), ctx: Ctx::Load }, Span::new(start, self.token().end));
                self.advance();
                let mut dotted = false;
                while self.is_op(".") {
                    self.advance();
                    let a = self.name()?;
                    e = Expr::new(ExprKind::Attribute { value: Box::new(e), attr: a, ctx: Ctx::Load }, Span::new(start, self.prev_end()));
                    dotted = true;
                }
                if self.is_op("(") {
                    self.advance();
                    return self.class_pattern(e, start);
                }
                if dotted {
                    PatternKind::Value(e)
                } else if n == "_" {
                    PatternKind::As { pattern: None, name: None }
                } else {
                    PatternKind::As { pattern: None, name: Some(n.clone()) }
                }
            }
            Tok::Int(..) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => PatternKind::Value(self.literal_pattern_expr()?),
            Tok::Op("-") => PatternKind::Value(self.literal_pattern_expr()?),
            Tok::Op("(") => {
                self.advance();
                if self.eat_op(")") {
                    PatternKind::Sequence(Vec::new())
                } else {
                    let first = self.maybe_star_pattern()?;
                    if self.is_op(",") {
                        let mut v = vec![first];
                        while self.eat_op(",") {
                            if self.is_op(")") {
                                break;
                            }
                            v.push(self.maybe_star_pattern()?);
                        }
                        self.expect_op(")")?;
                        PatternKind::Sequence(v)
                    } else {
                        self.expect_op(")")?;
                        if let PatternKind::Star(_) = first.kind {
                            PatternKind::Sequence(vec![first])
                        } else {
                            return Ok(Pattern { kind: first.kind, span: Span::new(start, self.prev_end()) });
                        }
                    }
                }
            }
            Tok::Op("[") => {
                self.advance();
                let mut v = Vec::new();
                while !self.is_op("]") {
                    v.push(self.maybe_star_pattern()?);
                    if !self.eat_op(",") {
                        break;
                    }
                }
                self.expect_op("]")?;
                PatternKind::Sequence(v)
            }
            Tok::Op("{") => {
                self.advance();
                let mut keys = Vec::new();
                let mut patterns = Vec::new();
                let mut rest = None;
                while !self.is_op("}") {
                    if self.eat_op("**") {
                        rest = Some(self.name()?);
                        self.eat_op(",");
                        break;
                    }
                    let k = match self.tok().clone() {
                        Tok::Name(n) if !is_keyword(&n) => {
                            let s = self.start();
                            self.advance();
                            let mut e = Expr::new(ExprKind::Name { id: n, ctx: Ctx::Load }, Span::new(s, self.prev_end()));
                            if !self.is_op(".") {
                                return Err(self.err_here("invalid syntax"));
                            }
                            while self.eat_op(".") {
                                let a = self.name()?;
                                e = Expr::new(ExprKind::Attribute { value: Box::new(e), attr: a, ctx: Ctx::Load }, Span::new(s, self.prev_end()));
                            }
                            e
                        }
                        _ => self.literal_pattern_expr()?,
                    };
                    self.expect_op(":")?;
                    keys.push(k);
                    patterns.push(self.pattern()?);
                    if !self.eat_op(",") {
                        break;
                    }
                }
                self.expect_op("}")?;
                PatternKind::Mapping { keys, patterns, rest }
            }
            _ => return Err(self.err_here("invalid syntax")),
        };
        Ok(Pattern { kind, span: Span::new(start, self.prev_end()) })
    }

    fn literal_pattern_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let neg = self.eat_op("-");
        let mut e = match self.tok() {
            Tok::Int(..) | Tok::Float(_) | Tok::Imag(_) => self.atom()?,
            Tok::Str(_) if !neg => {
                let e = self.atom()?;
                if let ExprKind::JoinedStr(_) = e.kind {
                    return Err(self.err_span("patterns may only match literals and attribute lookups", e.span));
                }
                e
            }
            Tok::Name(n) if !neg && (n == "None" || n == "True" || n == "False") => self.atom()?,
            _ => return Err(self.err_here("invalid syntax")),
        };
        if neg {
            e = Expr::new(ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(e) }, Span::new(start, self.prev_end()));
        }
        if self.is_op("+") || self.is_op("-") {
            let op = if self.is_op("+") { BinOp::Add } else { BinOp::Sub };
            self.advance();
            let r = match self.tok() {
                Tok::Imag(_) => self.atom()?,
                _ => return Err(self.err_here("imaginary number required in complex literal")),
            };
            e = Expr::new(ExprKind::BinOp { left: Box::new(e), op, right: Box::new(r) }, Span::new(start, self.prev_end()));
        }
        Ok(e)
    }

    fn class_pattern(&mut self, cls: Expr, start: Pos) -> PResult<Pattern> {
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.is_op(")") {
            if matches!(self.tok(), Tok::Name(n) if !is_keyword(n)) && self.peek_is_op(1, "=") {
                let n = self.name()?;
                self.advance();
                kwd_attrs.push(n);
                kwd_patterns.push(self.pattern()?);
            } else {
                if !kwd_attrs.is_empty() {
                    let p = self.pattern()?;
                    return Err(self.err_span("positional patterns follow keyword patterns", p.span));
                }
                patterns.push(self.pattern()?);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op(")")?;
        Ok(Pattern {
            kind: PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns },
            span: Span::new(start, self.prev_end()),
        })
    }

    // ----- expressions -----

    /// star_expressions: a tuple when there is a comma.
    pub fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_expression()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if !self.starts_expression_or_star() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(Expr::new(ExprKind::Tuple { elts, ctx: Ctx::Load }, Span::new(start, self.prev_end())))
    }

    fn starts_expression_or_star(&self) -> bool {
        self.is_op("*") || self.is_op("-") || self.is_op("+") || self.starts_expression() || self.is_kw("yield")
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.is_op("*") {
            let start = self.start();
            self.advance();
            let v = self.bitwise_or()?;
            return Ok(Expr::new(ExprKind::Starred { value: Box::new(v), ctx: Ctx::Load }, Span::new(start, self.prev_end())));
        }
        self.expression()
    }

    fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.is_op("*") {
            let start = self.start();
            self.advance();
            let v = self.bitwise_or()?;
            return Ok(Expr::new(ExprKind::Starred { value: Box::new(v), ctx: Ctx::Load }, Span::new(start, self.prev_end())));
        }
        self.named_expression()
    }

    pub fn named_expression(&mut self) -> PResult<Expr> {
        if let Tok::Name(n) = self.tok().clone() {
            if self.peek_is_op(1, ":=") && !is_keyword(&n) {
                let start = self.start();
                let t = self.advance();
                self.advance();
                let value = self.expression()?;
                let target = Expr::new(ExprKind::Name { id: n, ctx: Ctx::Store }, Span::new(t.start, t.end));
                return Ok(Expr::new(
                    ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) },
                    Span::new(start, self.prev_end()),
                ));
            }
        }
        let e = self.expression()?;
        if self.is_op(":=") {
            return Err(self.err_span(
                format!("cannot use assignment expressions with {}", describe(&e)),
                e.span,
            ));
        }
        Ok(e)
    }

    pub fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner();
        self.leave();
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.is_kw("lambda") {
            return self.lambdef();
        }
        let start = self.start();
        let body = self.disjunction()?;
        if self.is_kw("if") {
            self.advance();
            let test = self.disjunction()?;
            if !self.eat_kw("else") {
                return Err(self.err_span("expected 'else' after 'if' expression", Span::new(start, self.prev_end())));
            }
            let orelse = self.expression()?;
            return Ok(Expr::new(
                ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) },
                Span::new(start, self.prev_end()),
            ));
        }
        Ok(body)
    }

    fn lambdef(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        let args = self.parameters(false, ":")?;
        self.expect_op(":")?;
        let body = self.expression()?;
        Ok(Expr::new(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, Span::new(start, self.prev_end())))
    }

    fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.conjunction()?;
        if !self.is_kw("or") {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw("or") {
            values.push(self.conjunction()?);
        }
        Ok(Expr::new(ExprKind::BoolOp { op: BoolOp::Or, values }, Span::new(start, self.prev_end())))
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.inversion()?;
        if !self.is_kw("and") {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw("and") {
            values.push(self.inversion()?);
        }
        Ok(Expr::new(ExprKind::BoolOp { op: BoolOp::And, values }, Span::new(start, self.prev_end())))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.is_kw("not") {
            let start = self.start();
            self.advance();
            self.enter()?;
            let operand = self.inversion();
            self.leave();
            let operand = operand?;
            return Ok(Expr::new(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) }, Span::new(start, self.prev_end())));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.tok() {
                Tok::Op("==") => CmpOp::Eq,
                Tok::Op("!=") => CmpOp::NotEq,
                Tok::Op("<") => CmpOp::Lt,
                Tok::Op("<=") => CmpOp::LtE,
                Tok::Op(">") => CmpOp::Gt,
                Tok::Op(">=") => CmpOp::GtE,
                Tok::Name(n) if n == "in" => CmpOp::In,
                Tok::Name(n) if n == "is" => {
                    if matches!(self.peek_tok(1), Tok::Name(m) if m == "not") {
                        self.advance();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                Tok::Name(n) if n == "not" && matches!(self.peek_tok(1), Tok::Name(m) if m == "in") => {
                    self.advance();
                    CmpOp::NotIn
                }
                _ => break,
            };
            self.advance();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr::new(ExprKind::Compare { left: Box::new(left), ops, comparators }, Span::new(start, self.prev_end())))
    }

    pub fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary_level(0)
    }

    fn binary_level(&mut self, level: usize) -> PResult<Expr> {
        const LEVELS: &[&[(&str, BinOp)]] = &[
            &[("|", BinOp::BitOr)],
            &[("^", BinOp::BitXor)],
            &[("&", BinOp::BitAnd)],
            &[("<<", BinOp::LShift), (">>", BinOp::RShift)],
            &[("+", BinOp::Add), ("-", BinOp::Sub)],
            &[("*", BinOp::Mult), ("/", BinOp::Div), ("//", BinOp::FloorDiv), ("%", BinOp::Mod), ("@", BinOp::MatMult)],
        ];
        if level == LEVELS.len() {
            return self.factor();
        }
        let start = self.start();
        let mut left = self.binary_level(level + 1)?;
        loop {
            let op = match self.tok() {
                Tok::Op(o) => LEVELS[level].iter().find(|(s, _)| s == o).map(|(_, b)| *b),
                _ => None,
            };
            let Some(op) = op else { break };
            self.advance();
            let right = self.binary_level(level + 1)?;
            left = Expr::new(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, Span::new(start, self.prev_end()));
        }
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let start = self.start();
        let op = match self.tok() {
            Tok::Op("+") => Some(UnaryOp::UAdd),
            Tok::Op("-") => Some(UnaryOp::USub),
            Tok::Op("~") => Some(UnaryOp::Invert),
            _ => None,
        };
        if let Some(op) = op {
            self.advance();
            self.enter()?;
            let operand = self.factor();
            self.leave();
            let operand = operand?;
            return Ok(Expr::new(ExprKind::UnaryOp { op, operand: Box::new(operand) }, Span::new(start, self.prev_end())));
        }
        self.power()
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let base = self.await_primary()?;
        if self.eat_op("**") {
            self.enter()?;
            let exp = self.factor();
            self.leave();
            let exp = exp?;
            return Ok(Expr::new(ExprKind::BinOp { left: Box::new(base), op: BinOp::Pow, right: Box::new(exp) }, Span::new(start, self.prev_end())));
        }
        Ok(base)
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.is_kw("await") {
            let start = self.start();
            self.advance();
            let v = self.primary()?;
            return Ok(Expr::new(ExprKind::Await(Box::new(v)), Span::new(start, self.prev_end())));
        }
        self.primary()
    }

    fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.atom()?;
        loop {
            if self.is_op(".") {
                self.advance();
                let attr = match self.tok().clone() {
                    Tok::Name(n) if !is_keyword(&n) => {
                        self.advance();
                        n
                    }
                    _ => return Err(self.err_here("invalid syntax")),
                };
                e = Expr::new(ExprKind::Attribute { value: Box::new(e), attr, ctx: Ctx::Load }, Span::new(start, self.prev_end()));
            } else if self.is_op("(") {
                self.advance();
                self.enter()?;
                let r = self.call_args();
                self.leave();
                let (args, keywords) = r?;
                if !self.is_op(")") {
                    if matches!(self.tok(), Tok::EndMarker | Tok::Newline) {
                        return Err(self.err_here("invalid syntax"));
                    }
                    return Err(self.err_here("invalid syntax. Perhaps you forgot a comma?"));
                }
                self.advance();
                e = Expr::new(ExprKind::Call { func: Box::new(e), args, keywords }, Span::new(start, self.prev_end()));
            } else if self.is_op("[") {
                self.advance();
                self.enter()?;
                let s = self.slices();
                self.leave();
                let slice = s?;
                self.expect_op("]")?;
                e = Expr::new(ExprKind::Subscript { value: Box::new(e), slice: Box::new(slice), ctx: Ctx::Load }, Span::new(start, self.prev_end()));
            } else {
                break;
            }
        }
        Ok(e)
    }

    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.slice()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.is_op("]") {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(Expr::new(ExprKind::Tuple { elts, ctx: Ctx::Load }, Span::new(start, self.prev_end())))
    }

    fn slice(&mut self) -> PResult<Expr> {
        let start = self.start();
        if self.is_op("*") {
            return self.star_named_expression();
        }
        let lower = if self.is_op(":") { None } else { Some(self.named_expression()?) };
        if !self.is_op(":") {
            return lower.ok_or_else(|| self.err_here("invalid syntax"));
        }
        self.advance();
        let upper = if self.is_op(":") || self.is_op("]") || self.is_op(",") { None } else { Some(Box::new(self.expression()?)) };
        let step = if self.eat_op(":") {
            if self.is_op("]") || self.is_op(",") {
                None
            } else {
                Some(Box::new(self.expression()?))
            }
        } else {
            None
        };
        Ok(Expr::new(ExprKind::Slice { lower: lower.map(Box::new), upper, step }, Span::new(start, self.prev_end())))
    }

    /// Arguments of a call (after '(' up to but excluding ')').
    fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kwunpack = false;
        while !self.is_op(")") {
            let start = self.start();
            if self.is_op("*") {
                self.advance();
                let v = self.expression()?;
                if seen_kwunpack {
                    return Err(self.err_span(
                        "iterable argument unpacking follows keyword argument unpacking",
                        Span::new(start, self.prev_end()),
                    ));
                }
                args.push(Expr::new(ExprKind::Starred { value: Box::new(v), ctx: Ctx::Load }, Span::new(start, self.prev_end())));
            } else if self.is_op("**") {
                self.advance();
                let v = self.expression()?;
                seen_kwunpack = true;
                keywords.push(Keyword { arg: None, value: v, span: Span::new(start, self.prev_end()) });
            } else if matches!(self.tok(), Tok::Name(_)) && self.peek_is_op(1, "=") {
                let n = match self.tok().clone() {
                    Tok::Name(n) => n,
                    _ => unreachable!("checked above"),
                };
                if is_keyword(&n) {
                    let msg = if n == "True" || n == "False" || n == "None" {
                        format!("cannot assign to {}", n)
                    } else {
                        "invalid syntax".into()
                    };
                    return Err(self.err_here(&msg));
                }
                self.advance();
                self.advance();
                let v = self.expression()?;
                keywords.push(Keyword { arg: Some(n), value: v, span: Span::new(start, self.prev_end()) });
            } else {
                let e = self.named_expression()?;
                // Generator expression as the sole argument.
                if self.is_kw("for") || (self.is_kw("async") && matches!(self.peek_tok(1), Tok::Name(n) if n == "for")) {
                    let generators = self.comp_for()?;
                    let g = Expr::new(ExprKind::GeneratorExp { elt: Box::new(e), generators }, Span::new(start, self.prev_end()));
                    if !args.is_empty() || !keywords.is_empty() || self.is_op(",") && !self.peek_is_op(1, ")") {
                        return Err(self.err_span("Generator expression must be parenthesized", g.span));
                    }
                    args.push(g);
                    self.eat_op(",");
                    break;
                }
                if self.is_op("=") {
                    return Err(self.err_span(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        Span::new(start, self.prev_end()),
                    ));
                }
                if !keywords.is_empty() {
                    let msg = if seen_kwunpack {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    return Err(self.err_span(msg, e.span));
                }
                args.push(e);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok((args, keywords))
    }

    fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.is_kw("async") && matches!(self.peek_tok(1), Tok::Name(n) if n == "for") {
                self.advance();
                true
            } else {
                false
            };
            if !self.eat_kw("for") {
                break;
            }
            let target = self.target_list()?;
            if !self.eat_kw("in") {
                return Err(self.err_here("invalid syntax"));
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.is_kw("if") {
                self.advance();
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(gens)
    }

    fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance(); // yield
        if self.eat_kw("from") {
            let v = self.expression()?;
            return Ok(Expr::new(ExprKind::YieldFrom(Box::new(v)), Span::new(start, self.prev_end())));
        }
        if self.at_stmt_end() || self.is_op(")") || self.is_op("]") || self.is_op("}") || self.is_op("=") {
            return Ok(Expr::new(ExprKind::Yield(None), Span::new(start, self.prev_end())));
        }
        let v = self.star_expressions()?;
        Ok(Expr::new(ExprKind::Yield(Some(Box::new(v))), Span::new(start, self.prev_end())))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let t = self.token().clone();
        let span = Span::new(t.start, t.end);
        match t.tok {
            Tok::Name(n) => {
                let kind = match n.as_str() {
                    "None" => ExprKind::Constant(Constant::None),
                    "True" => ExprKind::Constant(Constant::True),
                    "False" => ExprKind::Constant(Constant::False),
                    _ if is_keyword(&n) => {
                        return Err(self.err_here("invalid syntax"));
                    }
                    _ => ExprKind::Name { id: n, ctx: Ctx::Load },
                };
                self.advance();
                Ok(Expr::new(kind, span))
            }
            Tok::Int(d, r) => {
                self.advance();
                Ok(Expr::new(ExprKind::Constant(Constant::Int(d, r)), span))
            }
            Tok::Float(f) => {
                self.advance();
                Ok(Expr::new(ExprKind::Constant(Constant::Float(f)), span))
            }
            Tok::Imag(f) => {
                self.advance();
                Ok(Expr::new(ExprKind::Constant(Constant::Imag(f)), span))
            }
            Tok::Str(_) => self.strings(),
            Tok::Op("...") => {
                self.advance();
                Ok(Expr::new(ExprKind::Constant(Constant::Ellipsis), span))
            }
            Tok::Op("(") => {
                self.advance();
                self.enter()?;
                let r = self.paren_atom(t.start);
                self.leave();
                r
            }
            Tok::Op("[") => {
                self.advance();
                self.enter()?;
                let r = self.list_atom(t.start);
                self.leave();
                r
            }
            Tok::Op("{") => {
                self.advance();
                self.enter()?;
                let r = self.dict_or_set(t.start);
                self.leave();
                r
            }
            Tok::Indent => Err(self.err_at(SyntaxKind::Indentation, "unexpected indent", t.start)),
            Tok::Newline if self.is_unclosed_ok() => Err(self.err_here("invalid syntax")),
            _ => Err(self.err_here("invalid syntax")),
        }
    }

    fn is_unclosed_ok(&self) -> bool {
        true
    }

    fn paren_atom(&mut self, start: Pos) -> PResult<Expr> {
        if self.eat_op(")") {
            return Ok(Expr::new(ExprKind::Tuple { elts: Vec::new(), ctx: Ctx::Load }, Span::new(start, self.prev_end())));
        }
        if self.is_kw("yield") {
            let y = self.yield_expr()?;
            self.expect_op(")")?;
            return Ok(Expr::new(y.kind, Span::new(start, self.prev_end())));
        }
        let first = self.star_named_expression()?;
        if self.is_kw("for") || (self.is_kw("async") && matches!(self.peek_tok(1), Tok::Name(n) if n == "for")) {
            let generators = self.comp_for()?;
            self.expect_op(")")?;
            return Ok(Expr::new(ExprKind::GeneratorExp { elt: Box::new(first), generators }, Span::new(start, self.prev_end())));
        }
        if self.eat_op(")") {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.err_span("cannot use starred expression here", first.span));
            }
            // Parenthesised expression keeps its inner span (CPython too), but mark for tuples.
            return Ok(first);
        }
        if !self.is_op(",") {
            if matches!(self.tok(), Tok::Newline | Tok::EndMarker) {
                return Err(self.err_at(SyntaxKind::Syntax, "'(' was never closed", start));
            }
            return Err(self.err_here("invalid syntax. Perhaps you forgot a comma?"));
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.is_op(")") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if !self.is_op(")") {
            return Err(self.err_here("invalid syntax. Perhaps you forgot a comma?"));
        }
        self.advance();
        Ok(Expr::new(ExprKind::Tuple { elts, ctx: Ctx::Load }, Span::new(start, self.prev_end())))
    }

    fn list_atom(&mut self, start: Pos) -> PResult<Expr> {
        if self.eat_op("]") {
            return Ok(Expr::new(ExprKind::List { elts: Vec::new(), ctx: Ctx::Load }, Span::new(start, self.prev_end())));
        }
        let first = self.star_named_expression()?;
        if self.is_kw("for") || (self.is_kw("async") && matches!(self.peek_tok(1), Tok::Name(n) if n == "for")) {
            let generators = self.comp_for()?;
            self.expect_op("]")?;
            return Ok(Expr::new(ExprKind::ListComp { elt: Box::new(first), generators }, Span::new(start, self.prev_end())));
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.is_op("]") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if !self.is_op("]") {
            return Err(self.err_here("invalid syntax. Perhaps you forgot a comma?"));
        }
        self.advance();
        Ok(Expr::new(ExprKind::List { elts, ctx: Ctx::Load }, Span::new(start, self.prev_end())))
    }

    fn dict_or_set(&mut self, start: Pos) -> PResult<Expr> {
        if self.eat_op("}") {
            return Ok(Expr::new(ExprKind::Dict { keys: Vec::new(), values: Vec::new() }, Span::new(start, self.prev_end())));
        }
        // First item decides.
        if self.eat_op("**") {
            let v = self.bitwise_or()?;
            return self.dict_rest(start, None, v);
        }
        let first = self.star_named_expression()?;
        if self.eat_op(":") {
            let v = self.expression()?;
            if self.is_kw("for") || (self.is_kw("async") && matches!(self.peek_tok(1), Tok::Name(n) if n == "for")) {
                let generators = self.comp_for()?;
                self.expect_op("}")?;
                return Ok(Expr::new(
                    ExprKind::DictComp { key: Box::new(first), value: Box::new(v), generators },
                    Span::new(start, self.prev_end()),
                ));
            }
            return self.dict_rest(start, Some(first), v);
        }
        if self.is_kw("for") || (self.is_kw("async") && matches!(self.peek_tok(1), Tok::Name(n) if n == "for")) {
            let generators = self.comp_for()?;
            self.expect_op("}")?;
            return Ok(Expr::new(ExprKind::SetComp { elt: Box::new(first), generators }, Span::new(start, self.prev_end())));
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.is_op("}") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if !self.is_op("}") {
            return Err(self.err_here("invalid syntax. Perhaps you forgot a comma?"));
        }
        self.advance();
        Ok(Expr::new(ExprKind::Set(elts), Span::new(start, self.prev_end())))
    }

    fn dict_rest(&mut self, start: Pos, k: Option<Expr>, v: Expr) -> PResult<Expr> {
        let mut keys = vec![k];
        let mut values = vec![v];
        while self.eat_op(",") {
            if self.is_op("}") {
                break;
            }
            if self.eat_op("**") {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let k = self.expression()?;
                if !self.is_op(":") {
                    if self.is_op("}") || self.is_op(",") {
                        return Err(self.err_span("':' expected after dictionary key", k.span));
                    }
                    return Err(self.err_here("invalid syntax"));
                }
                self.advance();
                keys.push(Some(k));
                values.push(self.expression()?);
            }
        }
        if !self.is_op("}") {
            return Err(self.err_here("invalid syntax. Perhaps you forgot a comma?"));
        }
        self.advance();
        Ok(Expr::new(ExprKind::Dict { keys, values }, Span::new(start, self.prev_end())))
    }

    /// Adjacent string literals, concatenated; f-strings become JoinedStr.
    fn strings(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut parts: Vec<Expr> = Vec::new();
        let mut buf = String::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut saw_str = false;
        let mut saw_f = false;
        while let Tok::Str(lit) = self.tok().clone() {
            let tspan = Span::new(self.token().start, self.token().end);
            self.advance();
            match lit {
                StrLit::Bytes(b) => {
                    if saw_str {
                        return Err(self.err_span("cannot mix bytes and nonbytes literals", Span::new(start, self.prev_end())));
                    }
                    bytes.get_or_insert_with(Vec::new).extend_from_slice(&b);
                }
                StrLit::Str(s) => {
                    if bytes.is_some() {
                        return Err(self.err_span("cannot mix bytes and nonbytes literals", Span::new(start, self.prev_end())));
                    }
                    saw_str = true;
                    buf.push_str(&s);
                }
                StrLit::FStr { body, raw, body_start } => {
                    if bytes.is_some() {
                        return Err(self.err_span("cannot mix bytes and nonbytes literals", Span::new(start, self.prev_end())));
                    }
                    saw_str = true;
                    saw_f = true;
                    self.fstring(&body, raw, body_start, tspan, &mut parts, &mut buf)?;
                }
            }
        }
        let span = Span::new(start, self.prev_end());
        if let Some(b) = bytes {
            return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(b)), span));
        }
        if !saw_f {
            return Ok(Expr::new(ExprKind::Constant(Constant::Str(buf)), span));
        }
        if !buf.is_empty() {
            parts.push(Expr::new(ExprKind::Constant(Constant::Str(buf)), span));
        }
        Ok(Expr::new(ExprKind::JoinedStr(parts), span))
    }

    /// Parses an f-string body into literal and formatted parts.
    fn fstring(
        &mut self,
        body: &str,
        raw: bool,
        body_start: Pos,
        tspan: Span,
        parts: &mut Vec<Expr>,
        buf: &mut String,
    ) -> PResult<()> {
        let chars: Vec<char> = body.chars().collect();
        let mut i = 0;
        let mut lit = String::new();
        let flush_lit = |lit: &mut String, buf: &mut String| -> PResult<()> {
            if !lit.is_empty() {
                let s = if raw {
                    std::mem::take(lit)
                } else {
                    crate::lexer::decode_escapes(lit).map_err(|m| {
                        SyntaxErr::new(SyntaxKind::Syntax, m, tspan.start.line, tspan.start.col + 1, self.lines)
                    })?
                };
                lit.clear();
                buf.push_str(&s);
            }
            Ok(())
        };
        while i < chars.len() {
            let c = chars[i];
            if c == '{' {
                if chars.get(i + 1) == Some(&'{') {
                    lit.push('{');
                    i += 2;
                    continue;
                }
                flush_lit(&mut lit, buf)?;
                let (expr, ni) = self.fstring_field(&chars, i + 1, raw, body_start, tspan, 0)?;
                if !buf.is_empty() {
                    parts.push(Expr::new(ExprKind::Constant(Constant::Str(std::mem::take(buf))), tspan));
                }
                for e in expr {
                    if let ExprKind::Constant(Constant::Str(s)) = &e.kind {
                        buf.push_str(s);
                    } else {
                        parts.push(e);
                    }
                }
                i = ni;
            } else if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    lit.push('}');
                    i += 2;
                    continue;
                }
                return Err(self.err_span("f-string: single '}' is not allowed", tspan));
            } else if c == '\\' && !raw && i + 1 < chars.len() && (chars[i + 1] == '{' || chars[i + 1] == '}') {
                // Backslash before a brace: keep the backslash literally.
                lit.push('\\');
                i += 1;
            } else if c == '\\' && !raw && i + 1 < chars.len() {
                lit.push(c);
                lit.push(chars[i + 1]);
                i += 2;
            } else {
                lit.push(c);
                i += 1;
            }
        }
        flush_lit(&mut lit, buf)?;
        Ok(())
    }

    /// Parses one replacement field starting after '{'. Returns the expressions (a possible
    /// `expr=` text constant, then the FormattedValue) and the index after the closing '}'.
    fn fstring_field(
        &mut self,
        chars: &[char],
        mut i: usize,
        raw: bool,
        body_start: Pos,
        tspan: Span,
        nest: u32,
    ) -> PResult<(Vec<Expr>, usize)> {
        if nest > 1 {
            return Err(self.err_span("f-string: expressions nested too deeply", tspan));
        }
        let expr_start = i;
        let mut depth = 0i32;
        let mut quote: Option<char> = None;
        // Find the end of the expression.
        while i < chars.len() {
            let c = chars[i];
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                i += 1;
                continue;
            }
            match c {
                '\'' | '"' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth > 0 => depth -= 1,
                '}' => break,
                '!' if depth == 0 && chars.get(i + 1) != Some(&'=') => break,
                ':' if depth == 0 => break,
                '=' if depth == 0
                    && chars.get(i + 1) != Some(&'=')
                    && i > expr_start
                    && !matches!(chars[i - 1], '=' | '!' | '<' | '>') =>
                {
                    break
                }
                '\\' => {
                    return Err(self.err_span("f-string expression part cannot include a backslash", tspan));
                }
                '#' => {
                    return Err(self.err_span("f-string expression part cannot include '#'", tspan));
                }
                _ => {}
            }
            i += 1;
        }
        if i >= chars.len() {
            if quote.is_some() {
                return Err(self.err_span("f-string: unterminated string", tspan));
            }
            return Err(self.err_span("f-string: expecting '}'", tspan));
        }
        let expr_text: String = chars[expr_start..i].iter().collect();
        if expr_text.trim().is_empty() {
            return Err(self.err_span("f-string: empty expression not allowed", tspan));
        }
        let mut out = Vec::new();
        let value = self.parse_fstring_expr(&expr_text, body_start, tspan)?;
        let mut conversion = None;
        let mut self_doc = false;
        if chars[i] == '=' {
            self_doc = true;
            i += 1;
            // Text includes the '=' and surrounding whitespace.
            let mut text: String = chars[expr_start..i].iter().collect();
            while i < chars.len() && chars[i].is_whitespace() {
                text.push(chars[i]);
                i += 1;
            }
            out.push(Expr::new(ExprKind::Constant(Constant::Str(text)), tspan));
        }
        if i < chars.len() && chars[i] == '!' {
            i += 1;
            match chars.get(i) {
                Some(&c @ ('r' | 's' | 'a')) => {
                    conversion = Some(c);
                    i += 1;
                }
                _ => {
                    return Err(self.err_span(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        tspan,
                    ))
                }
            }
        }
        let mut format_spec = None;
        if i < chars.len() && chars[i] == ':' {
            i += 1;
            // Format spec up to the matching '}', with nested fields.
            let mut spec_parts: Vec<Expr> = Vec::new();
            let mut lit = String::new();
            while i < chars.len() && chars[i] != '}' {
                if chars[i] == '{' {
                    if !lit.is_empty() {
                        spec_parts.push(Expr::new(ExprKind::Constant(Constant::Str(std::mem::take(&mut lit))), tspan));
                    }
                    let (e, ni) = self.fstring_field(chars, i + 1, raw, body_start, tspan, nest + 1)?;
                    spec_parts.extend(e);
                    i = ni;
                } else {
                    lit.push(chars[i]);
                    i += 1;
                }
            }
            if !lit.is_empty() {
                let s = if raw { lit } else { crate::lexer::decode_escapes(&lit).unwrap_or(lit) };
                spec_parts.push(Expr::new(ExprKind::Constant(Constant::Str(s)), tspan));
            }
            format_spec = Some(Box::new(Expr::new(ExprKind::JoinedStr(spec_parts), tspan)));
        }
        if i >= chars.len() || chars[i] != '}' {
            return Err(self.err_span("f-string: expecting '}'", tspan));
        }
        i += 1;
        if self_doc && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        out.push(Expr::new(
            ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec },
            tspan,
        ));
        Ok((out, i))
    }

    fn parse_fstring_expr(&mut self, text: &str, body_start: Pos, tspan: Span) -> PResult<Expr> {
        let src = format!("({})", text);
        let lines: Vec<String> = split_lines(&src);
        let toks = Lexer::tokenize(&src, &lines).map_err(|mut e| {
            e.msg = format!("f-string: {}", e.msg);
            e.line = tspan.start.line;
            e.text = self.lines.get(tspan.start.line as usize - 1).cloned();
            e
        })?;
        let mut p = Parser::new(toks, &lines);
        p.in_fstring = true;
        p.depth = self.depth;
        let r = p.star_expressions();
        let mut e = match r {
            Ok(e) if matches!(p.tok(), Tok::Newline | Tok::EndMarker) => e,
            Ok(_) | Err(_) => {
                return Err(SyntaxErr::new(
                    SyntaxKind::Syntax,
                    "f-string: invalid syntax",
                    tspan.start.line,
                    tspan.start.col + 1,
                    self.lines,
                ))
            }
        };
        // Re-base positions onto the enclosing source (approximate: same line as the string).
        let _ = body_start;
        rebase(&mut e, tspan);
        Ok(e)
    }
}

/// Gives every node of an f-string expression the span of the enclosing string token.
fn rebase(e: &mut Expr, span: Span) {
    e.span = span;
    match &mut e.kind {
        ExprKind::BinOp { left, right, .. } => {
            rebase(left, span);
            rebase(right, span);
        }
        ExprKind::Call { func, args, keywords } => {
            rebase(func, span);
            for a in args {
                rebase(a, span);
            }
            for k in keywords {
                rebase(&mut k.value, span);
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::UnaryOp { operand: value, .. } => rebase(value, span),
        ExprKind::Subscript { value, slice, .. } => {
            rebase(value, span);
            rebase(slice, span);
        }
        _ => {}
    }
}
