//! The parser: a port of CPython 3.11's PEG grammar (`Grammar/python.gram`) to Rust, with
//! the same two passes: a first pass with the plain grammar, and on failure a second pass
//! with the `invalid_*` rules that produce CPython's specialised SyntaxError messages. The
//! location of a generic "invalid syntax" is the furthest token the first pass looked at.
//!
//! - `rules.rs`: the grammar rules (statements, expressions, patterns, targets);
//! - `invalid.rs`: the `invalid_*` rules;
//! - `strings.rs`: string literal decoding and f-strings;
//! - `helpers.rs`: the action helpers (argument lists, invalid targets, expression names).

mod helpers;
mod invalid;
mod rules;
mod strings;
#[cfg(test)]
mod tests;

use crate::ast::*;
use crate::error::{
    byte_to_char_offset, char_to_byte_offset, read_file_line, SyntaxErr, SyntaxKind,
};
use crate::lexer::{is_keyword, Lexer, OpenParen, Pos, Tok, TokError, Token};

pub use strings::decode_string_literal;

type PResult<T> = Result<T, SyntaxErr>;

/// The parser's own recursion limit (CPython 3.11's MAXSTACK); past it: MemoryError.
const MAXSTACK: u32 = 6000;

/// What the parser is parsing (CPython's start rules and input kinds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A script file run directly (`python file.py`).
    File,
    /// A module from a string: `exec`, `compile`, imports.
    Module,
    /// `eval` input.
    Eval,
    /// `compile(..., 'single')`.
    Interactive,
}

/// Parses a module from source (string input: `exec`, `compile`, imports).
pub fn parse_module(src: &str, filename: &str) -> PResult<Vec<Stmt>> {
    parse_source(src, filename, Input::Module).map(|m| match m {
        Module::Stmts(s) => s,
        Module::Expr(e) => vec![Stmt {
            span: e.span,
            kind: StmtKind::Expr(e),
        }],
    })
}

/// Parses a script file's source (the main script).
pub fn parse_file(src: &str, filename: &str) -> PResult<Vec<Stmt>> {
    parse_source(src, filename, Input::File).map(|m| match m {
        Module::Stmts(s) => s,
        Module::Expr(e) => vec![Stmt {
            span: e.span,
            kind: StmtKind::Expr(e),
        }],
    })
}

/// Parses a single expression (for `eval`).
pub fn parse_expression(src: &str, filename: &str) -> PResult<Expr> {
    match parse_source(src, filename, Input::Eval)? {
        Module::Expr(e) => Ok(e),
        Module::Stmts(_) => Err(SyntaxErr::bare(SyntaxKind::Syntax, "invalid syntax")),
    }
}

/// Parses one interactive statement (`compile(..., 'single')`).
pub fn parse_interactive(src: &str, filename: &str) -> PResult<Vec<Stmt>> {
    parse_source(src, filename, Input::Interactive).map(|m| match m {
        Module::Stmts(s) => s,
        Module::Expr(e) => vec![Stmt {
            span: e.span,
            kind: StmtKind::Expr(e),
        }],
    })
}

/// Source lines as CPython counts them (universal newlines).
pub fn split_lines(src: &str) -> Vec<String> {
    let b = src.as_bytes();
    let mut out = Vec::with_capacity(b.iter().filter(|&&c| c == b'\n').count() + 1);
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        match b[i] {
            // ASCII bytes: the slices below end on character boundaries.
            b'\n' | b'\r' => {
                out.push(src[start..i].to_string());
                i += if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    out.push(src[start..].to_string());
    out
}

/// A parsed input: statements or (eval) one expression.
pub enum Module {
    Stmts(Vec<Stmt>),
    Expr(Expr),
}

fn parse_source(src: &str, filename: &str, input: Input) -> PResult<Module> {
    parse_source_lines(src, filename, input, &split_lines(src))
}

/// Parses `src` whose [`split_lines`] the caller already has (for error texts).
pub fn parse_source_lines(
    src: &str,
    filename: &str,
    input: Input,
    lines: &[String],
) -> PResult<Module> {
    crate::error::stack::init();
    let no_final_newline = matches!(input, Input::Eval | Input::Interactive)
        && !src.is_empty()
        && !src.ends_with(['\n', '\r']);
    let mut toks = if matches!(input, Input::File | Input::Module) {
        Lexer::tokenize(src, input == Input::File)
    } else {
        Lexer::tokenize_no_newline(src)
    };
    if input == Input::Interactive {
        single_input_newlines(&mut toks.toks);
    }
    for (line, message) in toks.warnings.drain(..) {
        crate::compiler::push_warning(crate::compiler::CompileWarning {
            category: "SyntaxWarning",
            message,
            filename: filename.to_string(),
            lineno: line,
            col: 0,
            end_lineno: line,
            end_col: 0,
            text: None,
        });
    }
    let mut p = Parser::new(toks.toks, toks.open_paren, lines, input, None);
    p.filename = filename;
    p.no_final_newline = no_final_newline;
    p.buf_lines = toks.buf_lines;
    let r = p.run();
    r.map_err(|mut e| {
        if e.filename.is_empty() {
            e.filename = filename.to_string();
        }
        e
    })
}

/// `single` input: the end marker after some input reads as a NEWLINE, closing a compound
/// statement, with the indentation still open dedented (CPython's `_PyPegen_fill_token`).
fn single_input_newlines(toks: &mut Vec<Token>) {
    let Some(last) = toks.last().cloned() else {
        return;
    };
    if !matches!(last.tok, Tok::EndMarker) || toks.len() < 2 {
        return;
    }
    // The indentation still open at the end (no DEDENTs came before the end marker).
    let mut depth: i64 = 0;
    for t in toks.iter() {
        match t.tok {
            Tok::Indent => depth += 1,
            Tok::Dedent => depth -= 1,
            _ => {}
        }
    }
    toks.pop();
    let as_newline = Token {
        tok: Tok::Newline,
        ..last.clone()
    };
    toks.push(as_newline.clone());
    if depth > 0 {
        for _ in 0..depth {
            toks.push(Token {
                tok: Tok::Dedent,
                ..last.clone()
            });
        }
        toks.push(as_newline);
    }
    toks.push(last);
}

/// Where an f-string's sub-expression sits in the enclosing source (CPython's
/// `starting_lineno` and `starting_col_offset`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct FStringCtx {
    pub starting_col_offset: u32,
}

/// Values stored in the memo table (the large ones boxed, so that an entry stays small).
#[derive(Clone)]
enum MemoVal {
    Expr(Option<Expr>),
    Stmt(Option<Box<Stmt>>),
    Pattern(Option<Box<Pattern>>),
    Call(Option<CallArgs>),
    Unit(Option<()>),
}

/// One memoized result: `key` at token `pos` gave `val` and ended at token `end`. Entries of
/// one position form a chain through `next` (1-based index into the table, 0 ends it).
struct MemoEntry {
    val: MemoVal,
    pos: u32,
    end: u32,
    next: u32,
    key: MemoKey,
}

/// Rules whose results are memoized (those marked `(memo)` in the grammar).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum MemoKey {
    SimpleStmt,
    Expression,
    TPrimary,
    Strings,
    Arguments,
    StarTarget,
    TargetWithStarAtom,
    DelTarget,
    ClosedPattern,
    StarPattern,
    InvalidNamedExpression,
    DottedName,
    Attr,
}

trait Memoable: Sized + Clone {
    fn wrap(v: Option<Self>) -> MemoVal;
    fn unwrap(m: &MemoVal) -> Option<Option<Self>>;
}

macro_rules! memoable {
    ($t:ty, $v:ident) => {
        impl Memoable for $t {
            fn wrap(v: Option<Self>) -> MemoVal {
                MemoVal::$v(v)
            }
            fn unwrap(m: &MemoVal) -> Option<Option<Self>> {
                match m {
                    MemoVal::$v(x) => Some(x.clone()),
                    _ => None,
                }
            }
        }
    };
    (box $t:ty, $v:ident) => {
        impl Memoable for $t {
            fn wrap(v: Option<Self>) -> MemoVal {
                MemoVal::$v(v.map(Box::new))
            }
            fn unwrap(m: &MemoVal) -> Option<Option<Self>> {
                match m {
                    MemoVal::$v(x) => Some(x.as_deref().cloned()),
                    _ => None,
                }
            }
        }
    };
}
memoable!(Expr, Expr);
memoable!(box Stmt, Stmt);
memoable!(box Pattern, Pattern);
memoable!(CallArgs, Call);
memoable!((), Unit);

/// Positional and keyword arguments of a call (or a class definition).
#[derive(Clone, Debug, Default)]
pub(crate) struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

pub(crate) struct Parser<'a> {
    toks: Vec<Token>,
    mark: usize,
    /// How many tokens have been fetched (CPython's `p->fill`).
    fill: usize,
    /// Second pass: the `invalid_*` rules are active.
    call_invalid: bool,
    /// The error that stopped parsing (CPython's error indicator plus exception).
    error: Option<SyntaxErr>,
    /// Whether the error came from the tokenizer (then nothing overrides it).
    tok_error: bool,
    /// Memo table: one arena of entries, chained per token position from `memo_heads`
    /// (CPython keeps them on the tokens). Rolled back after each statement.
    memo: Vec<MemoEntry>,
    memo_heads: Vec<u32>,
    level: u32,
    /// The stack guard stopped the parser (not the MAXSTACK count).
    stack_guard: bool,
    /// `eval`/`single` source whose last line has no newline (error texts keep it so).
    no_final_newline: bool,
    /// For each line, the first line of the tokenizer buffer holding it.
    buf_lines: Vec<u32>,
    /// Lines for error texts: the source, or the f-string sub-expression source.
    lines: &'a [String],
    input: Input,
    fstring: Option<FStringCtx>,
    open_paren: Option<OpenParen>,
    /// The file name (CPython re-reads error lines from the file when it exists).
    filename: &'a str,
}

impl<'a> Parser<'a> {
    fn new(
        toks: Vec<Token>,
        open_paren: Option<OpenParen>,
        lines: &'a [String],
        input: Input,
        fstring: Option<FStringCtx>,
    ) -> Parser<'a> {
        Parser {
            toks,
            mark: 0,
            fill: 0,
            call_invalid: false,
            error: None,
            tok_error: false,
            memo: Vec::new(),
            memo_heads: Vec::new(),
            level: 0,
            stack_guard: false,
            no_final_newline: false,
            buf_lines: Vec::new(),
            lines,
            input,
            fstring,
            open_paren,
            filename: "",
        }
    }

    /// Runs the two passes (CPython's `_PyPegen_run_parser`).
    fn run(&mut self) -> PResult<Module> {
        let res = self.start_rule();
        if let Some(e) = &self.error {
            if e.kind == SyntaxKind::Memory {
                // Out of Rust stack before CPython's limit (large frames in unoptimized
                // builds): the tokenizer error CPython would reach first, if there is one
                // (typically "too many nested parentheses").
                if self.stack_guard {
                    if let Some(Token {
                        tok: Tok::Error(te),
                        ..
                    }) = self.toks.last()
                    {
                        if let TokError::Raised(t) = &**te {
                            return Err(t.clone());
                        }
                    }
                }
                return Err(e.clone());
            }
        }
        if self.error.is_none() {
            if let Some(m) = res {
                if self.input == Input::Interactive && self.bad_single_statement().is_some() {
                    // At the last token read (CPython's RAISE_SYNTAX_ERROR).
                    self.raise_syntax(
                        "multiple statements found while compiling a single statement",
                    );
                    return Err(self
                        .error
                        .take()
                        .unwrap_or_else(|| SyntaxErr::bare(SyntaxKind::Syntax, "invalid syntax")));
                }
                return Ok(m);
            }
        }
        // Second pass with the invalid_ rules (an error already set stays set, as in CPython).
        let last_token = self.fill.saturating_sub(1);
        self.memo_rollback(0);
        self.mark = 0;
        self.call_invalid = true;
        self.level = 0;
        let _ = self.start_rule();
        Err(self.set_syntax_error(last_token))
    }

    fn start_rule(&mut self) -> Option<Module> {
        match self.input {
            Input::File | Input::Module => self.file_rule().map(Module::Stmts),
            Input::Eval => self.eval_rule().map(Module::Expr),
            Input::Interactive => self.interactive_rule().map(Module::Stmts),
        }
    }

    /// `compile(..., 'single')` accepts one statement only.
    fn bad_single_statement(&self) -> Option<SyntaxErr> {
        // Anything but comments and whitespace after the first statement is an error.
        let nl = self
            .toks
            .iter()
            .position(|t| matches!(t.tok, Tok::Newline))?;
        let rest_has_code = self.toks[nl + 1..].iter().any(|t| {
            !matches!(
                t.tok,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker
            )
        });
        let first_is_compound = match &self.toks.first()?.tok {
            Tok::Name(n) => matches!(
                n.as_str(),
                "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async" | "match"
            ),
            Tok::Op("@") => true,
            _ => false,
        };
        if rest_has_code && !first_is_compound {
            return Some(SyntaxErr::bare(
                SyntaxKind::Syntax,
                "multiple statements found while compiling a single statement",
            ));
        }
        None
    }

    /// CPython's `_PyPegen_set_syntax_error`, after the second pass.
    fn set_syntax_error(&mut self, last_token: usize) -> SyntaxErr {
        if let Some(e) = self.error.take() {
            if !self.tok_error && e.kind != SyntaxKind::Memory {
                // Tokenizer errors later in the file take priority over parser errors.
                if let Some(t) = self.rest_tokenizer_error() {
                    return t;
                }
            }
            return e;
        }
        if self.toks.is_empty() {
            return SyntaxErr::bare(
                SyntaxKind::Syntax,
                "error at start before reading any input",
            );
        }
        let lt = self.toks[last_token.min(self.toks.len() - 1)].clone();
        if matches!(lt.tok, Tok::Indent | Tok::Dedent) {
            let msg = if matches!(lt.tok, Tok::Indent) {
                "unexpected indent"
            } else {
                "unexpected unindent"
            };
            self.raise_generic(SyntaxKind::Indentation, msg);
            return self
                .error
                .take()
                .unwrap_or_else(|| SyntaxErr::bare(SyntaxKind::Indentation, msg));
        }
        self.raise_token(&lt, "invalid syntax");
        let e = self
            .error
            .take()
            .unwrap_or_else(|| SyntaxErr::bare(SyntaxKind::Syntax, "invalid syntax"));
        self.rest_tokenizer_error().unwrap_or(e)
    }

    /// CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`: an error the tokenizer
    /// would raise on the rest of the input (an unclosed bracket counts only when it was
    /// opened before the line of the parser's error).
    fn rest_tokenizer_error(&mut self) -> Option<SyntaxErr> {
        let last = self.toks.last()?;
        if self.fill >= self.toks.len() {
            return None;
        }
        let Tok::Error(te) = &last.tok else {
            return None;
        };
        match &**te {
            TokError::Raised(e) => Some(e.clone()),
            TokError::Eof if self.fstring.is_none() => {
                let op = self.open_paren?;
                let cur_line = self.toks[self.fill.saturating_sub(1)].start.line;
                if cur_line > op.line {
                    Some(self.unclosed_paren_error(op))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    fn unclosed_paren_error(&self, op: OpenParen) -> SyntaxErr {
        let msg = format!("'{}' was never closed", op.ch);
        self.make_error(
            SyntaxKind::Syntax,
            &msg,
            op.line as i64,
            op.col as i64 + 1,
            op.line as i64,
            0,
        )
    }

    // ----- tokens -----

    /// Fetches the token at `mark` (CPython's `_PyPegen_fill_token`): reaching the error
    /// token raises the tokenizer's error. Returns false when parsing must stop.
    fn fetch(&mut self) -> bool {
        if self.error.is_some() {
            return false;
        }
        if self.mark >= self.toks.len() {
            return false;
        }
        if self.mark >= self.fill {
            self.fill = self.mark + 1;
            if let Tok::Error(te) = &self.toks[self.mark].tok {
                let te = (**te).clone();
                self.raise_tokenizer_error(te);
                return false;
            }
        }
        true
    }

    /// The current token, fetched.
    fn peek(&mut self) -> Option<&Token> {
        if !self.fetch() {
            return None;
        }
        self.toks.get(self.mark)
    }

    fn raise_tokenizer_error(&mut self, te: TokError) {
        let e = match te {
            TokError::Raised(e) => e,
            TokError::Eof => match self.open_paren {
                Some(op) => self.unclosed_paren_error(op),
                None => {
                    self.raise_generic(SyntaxKind::Syntax, "unexpected EOF while parsing");
                    self.tok_error = true;
                    return;
                }
            },
            TokError::Dedent => {
                self.raise_generic(
                    SyntaxKind::Indentation,
                    "unindent does not match any outer indentation level",
                );
                self.tok_error = true;
                return;
            }
            TokError::TabSpace | TokError::TooDeep => {
                let (kind, msg) = if te == TokError::TabSpace {
                    (
                        SyntaxKind::Tab,
                        "inconsistent use of tabs and spaces in indentation",
                    )
                } else {
                    (SyntaxKind::Indentation, "too many levels of indentation")
                };
                let line = self.toks[self.fill - 1].start.line as i64;
                self.raise_known_location(kind, msg, line, 1, line, 0);
                self.tok_error = true;
                return;
            }
            TokError::LineCont(bytes) => {
                // The offset counts bytes from the start of the tokenizer's buffer.
                let line = self.toks[self.fill - 1].start.line as i64;
                if self.error.is_none() {
                    let b = bytes as i64 + 1;
                    let msg = "unexpected character after line continuation character".to_string();
                    let e =
                        self.error_from_bytes(SyntaxKind::Syntax, msg, line, b, line, 0, (b, 0));
                    self.error = Some(e);
                }
                self.tok_error = true;
                return;
            }
        };
        if self.error.is_none() {
            self.error = Some(e);
        }
        self.tok_error = true;
    }

    /// Advances past the current token, returning its index.
    fn advance(&mut self) -> usize {
        let i = self.mark;
        self.mark += 1;
        i
    }

    /// CPython's `_PyPegen_expect_token` for operators.
    fn expect(&mut self, op: &str) -> Option<usize> {
        match self.peek() {
            Some(Token {
                tok: Tok::Op(o), ..
            }) if *o == op => Some(self.advance()),
            _ => None,
        }
    }

    /// A hard keyword.
    fn keyword(&mut self, kw: &str) -> Option<usize> {
        match self.peek() {
            Some(Token {
                tok: Tok::Name(n), ..
            }) if n == kw => Some(self.advance()),
            _ => None,
        }
    }

    /// A soft keyword (`match`, `case`, `_`): a NAME with that text.
    fn soft_keyword(&mut self, kw: &str) -> Option<usize> {
        self.keyword(kw)
    }

    /// Any soft keyword (CPython's SOFT_KEYWORD token). CPython compares only the token's
    /// length of each keyword (`strncmp`), so any prefix of one (`c`, `ma`, ...) counts.
    fn any_soft_keyword(&mut self) -> Option<usize> {
        match self.peek() {
            Some(Token {
                tok: Tok::Name(n), ..
            }) if ["_", "case", "match"]
                .iter()
                .any(|k| k.starts_with(n.as_str())) =>
            {
                Some(self.advance())
            }
            _ => None,
        }
    }

    /// A NAME token that is not a keyword, as a Name expression.
    fn name(&mut self) -> Option<Expr> {
        let t = self.peek()?;
        let Tok::Name(n) = &t.tok else { return None };
        if is_keyword(n) {
            return None;
        }
        let e = Expr::new(
            ExprKind::Name {
                id: normalize_identifier(n),
                ctx: Ctx::Load,
            },
            Span::new(t.start, t.end),
        );
        self.advance();
        Some(e)
    }

    /// The identifier of a NAME token.
    fn name_id(&mut self) -> Option<(String, Span)> {
        let e = self.name()?;
        let span = e.span;
        match e.into_kind() {
            ExprKind::Name { id, .. } => Some((id, span)),
            _ => None,
        }
    }

    /// A NUMBER token as a Constant.
    fn number(&mut self) -> Option<Expr> {
        let t = self.peek()?;
        let Tok::Number(text) = &t.tok else {
            return None;
        };
        let text = text.clone();
        let span = Span::new(t.start, t.end);
        let idx = self.advance();
        match parse_number(&text) {
            Some(c) => Some(Expr::new(ExprKind::Constant(c), span)),
            None => {
                let _ = idx;
                None
            }
        }
    }

    fn is_string(&mut self) -> bool {
        matches!(
            self.peek(),
            Some(Token {
                tok: Tok::Str(_),
                ..
            })
        )
    }

    fn newline(&mut self) -> Option<usize> {
        match self.peek() {
            Some(Token {
                tok: Tok::Newline, ..
            }) => Some(self.advance()),
            _ => None,
        }
    }

    fn indent(&mut self) -> Option<usize> {
        match self.peek() {
            Some(Token {
                tok: Tok::Indent, ..
            }) => Some(self.advance()),
            _ => None,
        }
    }

    fn dedent(&mut self) -> Option<usize> {
        match self.peek() {
            Some(Token {
                tok: Tok::Dedent, ..
            }) => Some(self.advance()),
            _ => None,
        }
    }

    fn endmarker(&mut self) -> Option<usize> {
        match self.peek() {
            Some(Token {
                tok: Tok::EndMarker,
                ..
            }) => Some(self.advance()),
            _ => None,
        }
    }

    /// CPython's `_PyPegen_expect_forced_token` (`&&'x'`): raises "expected 'x'" at once.
    fn expect_forced(&mut self, op: &str) -> Option<usize> {
        let t = self.peek()?.clone();
        if matches!(&t.tok, Tok::Op(o) if *o == op) {
            return Some(self.advance());
        }
        self.raise_token(&t, &format!("expected '{}'", op));
        None
    }

    /// Runs `f` without consuming input; returns whether it matched.
    fn lookahead(&mut self, f: impl FnOnce(&mut Self) -> bool) -> bool {
        let m = self.mark;
        let r = f(self);
        self.mark = m;
        r
    }

    fn peek_op(&mut self, op: &str) -> bool {
        self.lookahead(|p| p.expect(op).is_some())
    }

    fn peek_kw(&mut self, kw: &str) -> bool {
        self.lookahead(|p| p.keyword(kw).is_some())
    }

    /// Tries an alternative: restores the position when it fails.
    fn alt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let m = self.mark;
        let r = f(self);
        if r.is_none() {
            self.mark = m;
        }
        r
    }

    /// Counts a rule call against the parser's stack limit.
    fn enter(&mut self) -> bool {
        if self.error.is_some() {
            return false;
        }
        self.level += 1;
        let guard = crate::error::stack::low();
        if guard {
            self.stack_guard = true;
        }
        if self.level > MAXSTACK || guard {
            self.error = Some(SyntaxErr::bare(SyntaxKind::Memory, ""));
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.level -= 1;
    }

    /// Runs a rule body with the stack accounting.
    fn rule<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if !self.enter() {
            return None;
        }
        let m = self.mark;
        let r = f(self);
        if r.is_none() {
            self.mark = m;
        }
        self.leave();
        if self.error.is_some() {
            return None;
        }
        r
    }

    /// A memoized rule.
    fn memo<T: Memoable>(
        &mut self,
        key: MemoKey,
        f: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        self.memo_in(key, true, f)
    }

    /// A rule whose failures only are memoized: its successes are rarely asked for again
    /// and would cost a copy of the tree each.
    fn memo_fail<T: Memoable>(
        &mut self,
        key: MemoKey,
        f: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        self.memo_in(key, false, f)
    }

    fn memo_in<T: Memoable>(
        &mut self,
        key: MemoKey,
        successes: bool,
        f: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        let start = self.mark;
        let mut i = self.memo_heads.get(start).copied().unwrap_or(0);
        while i != 0 {
            let e = &self.memo[i as usize - 1];
            if e.key == key {
                if let Some(r) = T::unwrap(&e.val) {
                    self.mark = e.end as usize;
                    return r;
                }
            }
            i = e.next;
        }
        let r = self.rule(f);
        if self.error.is_none() && (successes || r.is_none()) {
            if self.memo_heads.len() <= start {
                self.memo_heads.resize(self.toks.len().max(start + 1), 0);
            }
            self.memo.push(MemoEntry {
                val: T::wrap(r.clone()),
                pos: start as u32,
                end: self.mark as u32,
                next: self.memo_heads[start],
                key,
            });
            self.memo_heads[start] = self.memo.len() as u32;
        }
        r
    }

    /// Forgets the memoized results recorded since the table had `base` entries, restoring
    /// the chains as they were (a finished statement: keeps the table small; the memo is a
    /// cache, so a result forgotten is only parsed again).
    fn memo_rollback(&mut self, base: usize) {
        while self.memo.len() > base {
            let Some(e) = self.memo.pop() else { break };
            self.memo_heads[e.pos as usize] = e.next;
        }
    }

    /// Start position of the current token (the start of the node being parsed).
    fn start_pos(&mut self) -> Pos {
        self.peek().map(|t| t.start).unwrap_or_default()
    }

    /// End of the last non-whitespace token before the current position.
    fn end_pos(&self) -> Pos {
        let mut m = self.mark;
        while m > 0 {
            m -= 1;
            let t = &self.toks[m];
            if !matches!(
                t.tok,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker
            ) {
                return t.end;
            }
        }
        self.toks.first().map(|t| t.end).unwrap_or_default()
    }

    fn span_from(&self, start: Pos) -> Span {
        Span::new(start, self.end_pos())
    }

    fn tok_span(&self, i: usize) -> Span {
        let t = &self.toks[i];
        Span::new(t.start, t.end)
    }

    // ----- errors -----

    /// The text of a source line for an error (with its newline). In an f-string
    /// sub-parser, lines count from the "(expr)" text.
    pub(super) fn line_text(&self, line: i64) -> Option<String> {
        let rel = match self.fstring {
            Some(_) => line - self.toks.first().map(|t| t.start.line as i64).unwrap_or(1) + 1,
            None => line,
        };
        if rel < 1 {
            // Empty eval/single input: CPython shows the empty line 0.
            if rel == 0
                && self.fstring.is_none()
                && matches!(self.input, Input::Eval | Input::Interactive)
            {
                return Some(String::new());
            }
            return None;
        }
        let last =
            self.no_final_newline && self.fstring.is_none() && rel as usize == self.lines.len();
        self.lines
            .get(rel as usize - 1)
            .map(|l| if last { l.clone() } else { format!("{}\n", l) })
    }

    /// CPython's `_PyPegen_raise_error_known_location` with 1-based offsets (CPython's
    /// `col_offset + 1`); `CURRENT_POS` uses the tokenizer's cursor.
    fn raise_known_location(
        &mut self,
        kind: SyntaxKind,
        msg: &str,
        line: i64,
        col: i64,
        end_line: i64,
        end_col: i64,
    ) {
        if self.error.is_some() {
            return;
        }
        let (mut end_line, mut end_col) = (end_line, end_col);
        if end_line == CURRENT_POS || end_col == CURRENT_POS {
            let cur = self
                .toks
                .get(self.fill.saturating_sub(1))
                .map(|t| t.cur)
                .unwrap_or_default();
            if end_line == CURRENT_POS {
                end_line = cur.line as i64;
            }
            if end_col == CURRENT_POS {
                end_col = cur.col as i64;
            }
        }
        let e = self.make_error(kind, msg, line, col, end_line, end_col);
        self.error = Some(e);
    }

    /// Builds the SyntaxError as CPython's `_PyPegen_raise_error_known_location` does:
    /// f-string adjustments; the line text (re-read from the file for file input); offsets
    /// in bytes for a file read directly (and f-string sub-expressions), in characters of
    /// the text line (clipped to just after it) otherwise.
    fn make_error(
        &self,
        kind: SyntaxKind,
        msg: &str,
        line: i64,
        mut col: i64,
        end_line: i64,
        mut end_col: i64,
    ) -> SyntaxErr {
        let mut msg = msg.to_string();
        if let Some(fs) = self.fstring {
            msg = format!("f-string: {}", msg);
            col -= fs.starting_col_offset as i64;
            end_col -= fs.starting_col_offset as i64;
        }
        let src = self.line_text(line).unwrap_or_default();
        let end_src = self.line_text(end_line).unwrap_or_default();
        let (bcol, bend) = (
            char_to_byte_offset(&src, col),
            char_to_byte_offset(&end_src, end_col),
        );
        self.error_from_bytes(kind, msg, line, bcol, end_line, bend, (col, end_col))
    }

    /// The second half of `make_error`, from byte offsets (`chars`: the same offsets in
    /// characters, used when there is no text to convert them with).
    #[allow(clippy::too_many_arguments)]
    fn error_from_bytes(
        &self,
        kind: SyntaxKind,
        msg: String,
        line: i64,
        bcol: i64,
        end_line: i64,
        bend: i64,
        chars: (i64, i64),
    ) -> SyntaxErr {
        let mut text = self.error_text(line);
        if self.fstring.is_none() && matches!(self.input, Input::File | Input::Module) {
            if let Some(fl) = read_file_line(self.filename, line) {
                text = Some(fl);
            }
        }
        let (col, end_col) = if self.input == Input::File || self.fstring.is_some() {
            (bcol, bend)
        } else if let Some(t) = &text {
            (
                byte_to_char_offset(t, bcol),
                if chars.1 > 0 {
                    byte_to_char_offset(t, bend)
                } else {
                    chars.1
                },
            )
        } else {
            chars
        };
        SyntaxErr::from(crate::error::SyntaxErrInfo {
            kind,
            msg,
            line,
            col,
            end_line,
            end_col,
            text,
            filename: String::new(),
        })
    }

    /// The SyntaxError text of `line`: for string input, the tokenizer's current buffer when
    /// the error is on its line (several lines after a multi-line string or a backslash
    /// continuation), else the line alone without its newline (CPython's
    /// get_error_line_from_tokenizer_buffers).
    fn error_text(&self, line: i64) -> Option<String> {
        let base = self.line_text(line);
        if self.fstring.is_some() || self.input == Input::File || self.fill == 0 || line < 1 {
            return base;
        }
        let t = &self.toks[self.fill - 1];
        let tok_line = if t.nopos { t.cur.line } else { t.end.line } as i64;
        if tok_line > line {
            return base.map(|mut l| {
                if l.ends_with('\n') {
                    l.pop();
                }
                l
            });
        }
        let first = self
            .buf_lines
            .get(line as usize - 1)
            .map(|&f| f as i64)
            .unwrap_or(line);
        if first >= line || first < 1 {
            return base;
        }
        let mut out = String::new();
        for l in first..=line {
            out.push_str(&self.line_text(l)?);
        }
        Some(out)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg): the range of a node.
    fn raise_span(&mut self, span: Span, msg: &str) {
        self.raise_known_location(
            SyntaxKind::Syntax,
            msg,
            span.start.line as i64,
            span.start.col as i64 + 1,
            span.end.line as i64,
            span.end.col as i64 + 1,
        );
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg).
    fn raise_range(&mut self, a: Span, b: Span, msg: &str) {
        self.raise_known_location(
            SyntaxKind::Syntax,
            msg,
            a.start.line as i64,
            a.start.col as i64 + 1,
            b.end.line as i64,
            b.end.col as i64 + 1,
        );
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from `a` to the tokenizer's cursor.
    fn raise_starting_from(&mut self, a: Span, msg: &str) {
        self.raise_known_location(
            SyntaxKind::Syntax,
            msg,
            a.start.line as i64,
            a.start.col as i64 + 1,
            CURRENT_POS,
            CURRENT_POS,
        );
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token.
    fn raise_token(&mut self, t: &Token, msg: &str) {
        let (col, end) = if t.nopos {
            (0, 0)
        } else {
            (t.start.col as i64 + 1, t.end.col as i64 + 1)
        };
        self.raise_known_location(
            SyntaxKind::Syntax,
            msg,
            t.start.line as i64,
            col,
            t.end.line as i64,
            end,
        );
    }

    /// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched (or the
    /// tokenizer's cursor for tokens without a column).
    fn raise_generic(&mut self, kind: SyntaxKind, msg: &str) {
        if self.fill == 0 {
            self.raise_known_location(kind, msg, 0, 0, 0, -1);
            return;
        }
        let t = self.toks[self.fill - 1].clone();
        let (col, end) = if t.nopos {
            (t.cur.col as i64, -1)
        } else {
            (t.start.col as i64 + 1, t.end.col as i64 + 1)
        };
        let line = if t.nopos { t.cur.line } else { t.start.line } as i64;
        let end_line = if t.nopos { t.cur.line } else { t.end.line } as i64;
        self.raise_known_location(kind, msg, line, col, end_line, end);
    }

    fn raise_syntax(&mut self, msg: &str) {
        self.raise_generic(SyntaxKind::Syntax, msg);
    }

    fn raise_indentation(&mut self, msg: &str) {
        self.raise_generic(SyntaxKind::Indentation, msg);
    }
}

/// CPython's CURRENT_POS marker for error end positions.
const CURRENT_POS: i64 = -5;

/// Parses a NUMBER token's text into a constant (underscores removed).
fn parse_number(text: &str) -> Option<Constant> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if lower.ends_with('j') {
        let v: f64 = lower[..lower.len() - 1].parse().ok()?;
        return Some(Constant::Imag(v));
    }
    if let Some(h) = lower.strip_prefix("0x") {
        return Some(Constant::Int(h.to_string(), 16));
    }
    if let Some(o) = lower.strip_prefix("0o") {
        return Some(Constant::Int(o.to_string(), 8));
    }
    if let Some(b) = lower.strip_prefix("0b") {
        return Some(Constant::Int(b.to_string(), 2));
    }
    if lower.contains(['.', 'e']) {
        let v: f64 = lower.parse().ok()?;
        return Some(Constant::Float(v));
    }
    Some(Constant::Int(lower, 10))
}

/// Identifiers are NFKC-normalized (PEP 3131).
fn normalize_identifier(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    crate::modules::unicodedata::nfkc(s)
}
