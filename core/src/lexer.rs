//! Tokenizer: source text to tokens, following CPython 3.11's `Parser/tokenizer.c` (token
//! boundaries, INDENT/DEDENT, paren levels and every error message with its location).
//!
//! The whole source is tokenized up front, but a tokenizer error does not abort: it becomes
//! a final `Tok::Error` token. The parser raises it only when it actually reaches that token,
//! which reproduces CPython's lazy tokenizer (a parse error earlier in the file wins).
//! String literals are kept raw; the parser decodes them (as CPython does in its actions).

use crate::error::{SyntaxErr, SyntaxKind};

/// A 1-based line and 0-based character column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// Token payloads.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// A name or keyword (keywords are told apart by the parser).
    Name(String),
    /// A number literal, raw text (with underscores).
    Number(String),
    /// A string literal, raw text including prefix and quotes.
    Str(String),
    Op(&'static str),
    /// A character that is no token (`$`, `?`, a lone `!`): an OP that matches nothing.
    Unknown(char),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// A tokenizer error, always the last token.
    Error(Box<TokError>),
}

/// How the tokenizer failed (CPython's `tok->done` states).
#[derive(Clone, Debug, PartialEq)]
pub enum TokError {
    /// An error raised with its own message and location (CPython's `syntaxerror()`).
    Raised(SyntaxErr),
    /// End of file inside brackets (`'(' was never closed`) or after a continuation
    /// backslash (`unexpected EOF while parsing`).
    Eof,
    /// `unindent does not match any outer indentation level`.
    Dedent,
    /// `inconsistent use of tabs and spaces in indentation`.
    TabSpace,
    /// `too many levels of indentation`.
    TooDeep,
    /// `unexpected character after line continuation character`, with its 0-based column.
    LineCont(u32),
}

/// One token with CPython's position information.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub start: Pos,
    pub end: Pos,
    /// INDENT, DEDENT, ENDMARKER and error tokens have no column in CPython (-1).
    pub nopos: bool,
    /// Bracket nesting level after this token.
    pub level: u32,
    /// Where the tokenizer's cursor was after producing this token (used to place errors at
    /// tokens without a column).
    pub cur: Pos,
}

/// Opening bracket state at end of input, for `'(' was never closed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenParen {
    pub ch: char,
    pub line: u32,
    pub col: u32,
}

/// The result of tokenizing a source.
pub struct Tokens {
    pub toks: Vec<Token>,
    /// The innermost unclosed bracket when the input ended inside brackets.
    pub open_paren: Option<OpenParen>,
    /// For each line, the first line of the tokenizer buffer that holds it (lines inside a
    /// multi-line string or after a backslash continuation share the buffer of the line
    /// the token started on).
    pub buf_lines: Vec<u32>,
    /// SyntaxWarnings (line, message), e.g. `1if x else y`'s "invalid decimal literal".
    pub warnings: Vec<(u32, String)>,
}

/// Hard keywords of Python 3.11.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

const MAXLEVEL: usize = 200;
const MAXINDENT: usize = 100;
const TABSIZE: u32 = 8;

/// The tokenizer state over a source text (CPython's `tok_state`).
pub struct Lexer {
    chars: Vec<char>,
    pos: usize,
    line: u32,
    line_start: usize,
    /// Reading a file (CPython's file tokenizer) rather than a string: changes where the
    /// cursor is at end of input.
    file_mode: bool,
    /// The last `nextc` hit the end of the input.
    read_eof: bool,
    /// Start (char index) and first line of CPython's current tokenizer buffer.
    buf_start: usize,
    buf_line: u32,
    /// For each line (from the first), the first line of the buffer holding it.
    buf_lines: Vec<u32>,
    atbol: bool,
    indstack: Vec<u32>,
    altindstack: Vec<u32>,
    pendin: i32,
    parens: Vec<OpenParen>,
    cont_line: bool,
    toks: Vec<Token>,
    /// Column added to tokens on `first_line` (f-string sub-expressions).
    col_shift: u32,
    first_line: u32,
    warnings: Vec<(u32, String)>,
}

impl Lexer {
    /// Tokenizes a source (`file_mode`: read as a script file rather than a string).
    pub fn tokenize(src: &str, file_mode: bool) -> Tokens {
        Self::tokenize_at(src, file_mode, 1, 0, true)
    }

    /// Tokenizes `eval` or `single` input: unlike files and `exec` strings, CPython does not
    /// end it with a newline, so an unterminated last line ends in ENDMARKER directly.
    pub fn tokenize_no_newline(src: &str) -> Tokens {
        Self::tokenize_at(src, false, 1, 0, false)
    }

    /// Tokenizes a source whose first line is `first_line`, shifting the columns of tokens on
    /// that first line by `col_shift` (CPython's `starting_col_offset`).
    pub fn tokenize_at(
        src: &str,
        file_mode: bool,
        first_line: u32,
        col_shift: u32,
        implicit_newline: bool,
    ) -> Tokens {
        let mut chars: Vec<char> = Vec::with_capacity(src.len() + 1);
        let mut it = src.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\r' {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
                chars.push('\n');
            } else {
                chars.push(c);
            }
        }
        // CPython's file and `exec` readers end the input with a newline.
        if implicit_newline && chars.last().is_some_and(|c| *c != '\n') {
            chars.push('\n');
        }
        let mut lx = Lexer {
            chars,
            pos: 0,
            line: first_line,
            line_start: 0,
            buf_start: 0,
            buf_line: first_line,
            buf_lines: vec![first_line],
            file_mode,
            atbol: true,
            indstack: vec![0],
            altindstack: vec![0],
            pendin: 0,
            parens: Vec::new(),
            cont_line: false,
            toks: Vec::new(),
            col_shift,
            first_line,
            read_eof: false,
            warnings: Vec::new(),
        };
        lx.run();
        let open_paren = lx.parens.last().copied();
        Tokens {
            toks: lx.toks,
            open_paren,
            buf_lines: lx.buf_lines,
            warnings: lx.warnings,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.pos + n).copied()
    }

    /// Reads one character (CPython's `tok_nextc`); callers call `start_line` after a
    /// newline they keep.
    fn nextc(&mut self) -> Option<char> {
        let Some(c) = self.chars.get(self.pos).copied() else {
            self.read_eof = true;
            return None;
        };
        self.read_eof = false;
        self.pos += 1;
        Some(c)
    }

    /// Moves to the next line after a newline character was consumed.
    fn start_line(&mut self) {
        self.enter_line(true);
    }

    /// Moves to the next line; `reset`: the tokenizer is not inside a token, so its buffer
    /// starts afresh (CPython keeps the lines of a multi-line string or a backslash
    /// continuation in one buffer, which error texts and some offsets use).
    fn enter_line(&mut self, reset: bool) {
        self.line += 1;
        self.line_start = self.pos;
        if reset {
            self.buf_start = self.pos;
            self.buf_line = self.line;
        }
        self.buf_lines.push(self.buf_line);
    }

    fn col_of(&self, idx: usize) -> u32 {
        (idx.saturating_sub(self.line_start)) as u32
    }

    fn pos_at(&self, idx: usize) -> Pos {
        let col = self.col_of(idx);
        Pos {
            line: self.line,
            col: if self.line == self.first_line {
                col + self.col_shift
            } else {
                col
            },
        }
    }

    fn cur_pos(&self) -> Pos {
        self.pos_at(self.pos)
    }

    fn level(&self) -> u32 {
        self.parens.len() as u32
    }

    fn push(&mut self, tok: Tok, start: Pos, end: Pos) {
        let cur = self.cur_pos();
        let level = self.level();
        self.toks.push(Token {
            tok,
            start,
            end,
            nopos: false,
            level,
            cur,
        });
    }

    fn push_nopos(&mut self, tok: Tok) {
        let cur = if self.pos >= self.chars.len() {
            self.eof_pos(false)
        } else {
            self.cur_pos()
        };
        self.push_nopos_at(tok, cur);
    }

    fn push_nopos_at(&mut self, tok: Tok, cur: Pos) {
        let level = self.level();
        self.toks.push(Token {
            tok,
            start: cur,
            end: cur,
            nopos: true,
            level,
            cur,
        });
    }

    /// The cursor at end of input. The input always ends with a newline, so the tokenizer is
    /// still on the last line: a file reader has reset its buffer (column 0) unless the end
    /// came inside a token; a string reader sits after the newline.
    fn eof_pos(&self, inside_token: bool) -> Pos {
        if self.chars.is_empty() {
            // Nothing was read: the tokenizer is still before line 1.
            return Pos {
                line: self.first_line - 1,
                col: self.col_shift,
            };
        }
        if self.chars.last().is_some_and(|c| *c != '\n') {
            // Unterminated last line (eval/single input): the cursor is at its end.
            let col = (self.chars.len() - self.line_start) as u32;
            return Pos {
                line: self.line,
                col: if self.line == self.first_line {
                    col + self.col_shift
                } else {
                    col
                },
            };
        }
        let last_start = self.chars[..self.chars.len().saturating_sub(1)]
            .iter()
            .rposition(|c| *c == '\n')
            .map(|i| i + 1)
            .unwrap_or(0);
        let line = self.line.saturating_sub(1).max(self.first_line);
        let col = if self.file_mode && !inside_token {
            0
        } else {
            (self.chars.len() - last_start) as u32
        };
        Pos {
            line,
            col: if line == self.first_line {
                col + self.col_shift
            } else {
                col
            },
        }
    }

    /// The text of the current line (without its newline).
    fn current_line_text(&self) -> String {
        let end = self.chars[self.line_start..]
            .iter()
            .position(|c| *c == '\n')
            .map(|n| self.line_start + n)
            .unwrap_or(self.chars.len());
        self.chars[self.line_start..end].iter().collect()
    }

    /// CPython's `syntaxerror()`: the caret goes under the last character read (the offset is
    /// the number of characters from the line start to the cursor).
    fn raise(&mut self, msg: impl Into<String>) {
        let col = (self.pos - self.line_start) as u32;
        self.raise_range(msg, col, col);
    }

    /// CPython's `syntaxerror_known_range()` with 1-based offsets.
    fn raise_range(&mut self, msg: impl Into<String>, col: u32, end_col: u32) {
        let e = SyntaxErr::from(crate::error::SyntaxErrInfo {
            kind: SyntaxKind::Syntax,
            msg: msg.into(),
            line: self.line as i64,
            col: col as i64,
            end_line: self.line as i64,
            end_col: end_col as i64,
            text: Some(self.current_line_text()),
            filename: String::new(),
        });
        self.error(TokError::Raised(e));
    }

    fn error(&mut self, err: TokError) {
        self.push_nopos(Tok::Error(Box::new(err)));
    }

    fn run(&mut self) {
        loop {
            match self.next_token() {
                Some(true) => {}
                Some(false) => return,
                None => return,
            }
        }
    }

    /// Produces the next token (or several dedents). Returns Some(false) at the end marker and
    /// None after an error.
    fn next_token(&mut self) -> Option<bool> {
        let mut blankline = false;
        if self.atbol {
            self.atbol = false;
            let mut col = 0u32;
            let mut altcol = 0u32;
            let mut cont_line_col = 0u32;
            loop {
                match self.peek() {
                    Some(' ') => {
                        col += 1;
                        altcol += 1;
                        self.pos += 1;
                    }
                    Some('\t') => {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol += 1;
                        self.pos += 1;
                    }
                    Some('\x0c') => {
                        col = 0;
                        altcol = 0;
                        self.pos += 1;
                    }
                    Some('\\') => {
                        cont_line_col = if cont_line_col != 0 {
                            cont_line_col
                        } else {
                            col
                        };
                        self.pos += 1;
                        if !self.continuation_line() {
                            return None;
                        }
                    }
                    _ => break,
                }
            }
            let c = self.peek();
            if c == Some('#') || c == Some('\n') {
                blankline = true;
            }
            if !blankline && self.parens.is_empty() {
                if cont_line_col != 0 {
                    col = cont_line_col;
                    altcol = cont_line_col;
                }
                let top = *self.indstack.last().unwrap_or(&0);
                let alttop = *self.altindstack.last().unwrap_or(&0);
                if col == top {
                    if altcol != alttop {
                        return self.indent_error();
                    }
                } else if col > top {
                    if self.indstack.len() >= MAXINDENT {
                        self.pos = self.line_end_index();
                        self.error_at_cursor(TokError::TooDeep);
                        return None;
                    }
                    if altcol <= alttop {
                        return self.indent_error();
                    }
                    self.pendin += 1;
                    self.indstack.push(col);
                    self.altindstack.push(altcol);
                } else {
                    while self.indstack.len() > 1 && col < *self.indstack.last().unwrap_or(&0) {
                        self.pendin -= 1;
                        self.indstack.pop();
                        self.altindstack.pop();
                    }
                    if col != *self.indstack.last().unwrap_or(&0) {
                        self.pos = self.line_end_index();
                        self.error_at_cursor(TokError::Dedent);
                        return None;
                    }
                    if altcol != *self.altindstack.last().unwrap_or(&0) {
                        return self.indent_error();
                    }
                }
            }
        }
        // Pending indents and dedents.
        while self.pendin != 0 {
            if self.pendin < 0 {
                self.pendin += 1;
                self.push_nopos(Tok::Dedent);
            } else {
                self.pendin -= 1;
                self.push_nopos(Tok::Indent);
            }
        }
        self.read_token(blankline)
    }

    /// Index just past the end of the current line (after its newline), CPython's `tok->inp`.
    fn line_end_index(&self) -> usize {
        match self.chars[self.line_start..]
            .iter()
            .position(|c| *c == '\n')
        {
            Some(n) => self.line_start + n + 1,
            None => self.chars.len(),
        }
    }

    fn indent_error(&mut self) -> Option<bool> {
        self.pos = self.line_end_index();
        self.error_at_cursor(TokError::TabSpace);
        None
    }

    /// An error token whose cursor is the current position on the current line (CPython
    /// moves the cursor to the end of the line for indentation errors).
    fn error_at_cursor(&mut self, err: TokError) {
        let at = self.cur_pos();
        self.push_nopos_at(Tok::Error(Box::new(err)), at);
    }

    /// After a backslash: the next character must be a newline (CPython's
    /// `tok_continuation_line`). Returns false after recording an error.
    fn continuation_line(&mut self) -> bool {
        match self.nextc() {
            Some('\n') => {}
            c => {
                // CPython counts the offset in bytes from the start of its buffer, up to the
                // first byte of the unexpected character (it reads one byte).
                let bytes: usize = self.chars[self.buf_start..self.pos]
                    .iter()
                    .map(|c| c.len_utf8())
                    .sum::<usize>()
                    - c.map_or(0, |c| c.len_utf8() - 1);
                self.error(TokError::LineCont(bytes.saturating_sub(1) as u32));
                return false;
            }
        }
        self.enter_line(false);
        if self.peek().is_none() {
            let at = self.eof_pos(true);
            self.push_nopos_at(Tok::Error(Box::new(TokError::Eof)), at);
            return false;
        }
        true
    }

    /// Reads one token after the indentation has been handled.
    fn read_token(&mut self, mut blankline: bool) -> Option<bool> {
        loop {
            // Skip spaces.
            while matches!(self.peek(), Some(' ' | '\t' | '\x0c')) {
                self.pos += 1;
            }
            let tok_start = self.pos;
            let start = self.cur_pos();
            // Comments.
            if self.peek() == Some('#') {
                while !matches!(self.peek(), None | Some('\n')) {
                    self.pos += 1;
                }
            }
            let Some(c) = self.peek() else {
                // End of input.
                if !self.parens.is_empty() {
                    self.error(TokError::Eof);
                    return None;
                }
                self.push_nopos(Tok::EndMarker);
                return Some(false);
            };
            if c == '\n' {
                self.pos += 1;
                self.atbol = true;
                if blankline || !self.parens.is_empty() {
                    self.start_line();
                    // Next line: indentation is handled only at the outer level.
                    if !self.parens.is_empty() {
                        self.atbol = false;
                        blankline = false;
                        continue;
                    }
                    return Some(true);
                }
                // The NEWLINE token starts where the comment (if any) started.
                let end = self.pos_at(self.pos - 1);
                self.push(Tok::Newline, start, end);
                self.cont_line = false;
                self.start_line();
                // The cursor of a NEWLINE token is at the start of the next line.
                if let Some(t) = self.toks.last_mut() {
                    t.cur = Pos {
                        line: self.line,
                        col: 0,
                    };
                }
                return Some(true);
            }
            if is_potential_identifier_start(c) {
                return self.identifier_or_string(tok_start, start);
            }
            if c == '.' {
                if self.peek_at(1).is_some_and(|d| d.is_ascii_digit()) {
                    return self.number(tok_start, start);
                }
                if self.peek_at(1) == Some('.') && self.peek_at(2) == Some('.') {
                    self.pos += 3;
                    let end = self.cur_pos();
                    self.push(Tok::Op("..."), start, end);
                    return Some(true);
                }
                self.pos += 1;
                let end = self.cur_pos();
                self.push(Tok::Op("."), start, end);
                return Some(true);
            }
            if c.is_ascii_digit() {
                return self.number(tok_start, start);
            }
            if c == '\'' || c == '"' {
                return self.string(tok_start, start);
            }
            if c == '\\' {
                self.pos += 1;
                if !self.continuation_line() {
                    return None;
                }
                self.cont_line = true;
                continue;
            }
            return self.operator(c, tok_start, start);
        }
    }

    fn operator(&mut self, c: char, _tok_start: usize, start: Pos) -> Option<bool> {
        let c2 = self.peek_at(1).unwrap_or('\0');
        let c3 = self.peek_at(2).unwrap_or('\0');
        if let Some(op) = three_char_op(c, c2, c3) {
            self.pos += 3;
            let end = self.cur_pos();
            self.push(Tok::Op(op), start, end);
            return Some(true);
        }
        if let Some(op) = two_char_op(c, c2) {
            self.pos += 2;
            let end = self.cur_pos();
            self.push(Tok::Op(op), start, end);
            return Some(true);
        }
        self.pos += 1;
        match c {
            '(' | '[' | '{' => {
                if self.parens.len() >= MAXLEVEL {
                    self.raise("too many nested parentheses");
                    return None;
                }
                self.parens.push(OpenParen {
                    ch: c,
                    line: self.line,
                    col: start.col,
                });
            }
            ')' | ']' | '}' => {
                let Some(open) = self.parens.pop() else {
                    self.raise(format!("unmatched '{}'", c));
                    return None;
                };
                let ok = matches!((open.ch, c), ('(', ')') | ('[', ']') | ('{', '}'));
                if !ok {
                    if open.line != self.line {
                        self.raise(format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            c, open.ch, open.line
                        ));
                    } else {
                        self.raise(format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c, open.ch
                        ));
                    }
                    return None;
                }
            }
            _ => {}
        }
        if !is_printable(c) {
            self.raise(format!(
                "invalid non-printable character U+{:04X}",
                c as u32
            ));
            return None;
        }
        let end = self.cur_pos();
        match one_char_op(c) {
            Some(op) => self.push(Tok::Op(op), start, end),
            None => self.push(Tok::Unknown(c), start, end),
        }
        Some(true)
    }

    fn identifier_or_string(&mut self, tok_start: usize, start: Pos) -> Option<bool> {
        // String prefixes: b, r, u, f in CPython's allowed combinations.
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        let mut j = self.pos;
        while let Some(c) = self.chars.get(j).copied() {
            if !(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B') {
                saw_b = true;
            } else if !(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U') {
                saw_u = true;
            } else if !(saw_r || saw_u) && (c == 'r' || c == 'R') {
                saw_r = true;
            } else if !(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F') {
                saw_f = true;
            } else {
                break;
            }
            j += 1;
            if matches!(self.chars.get(j), Some('"' | '\'')) {
                self.pos = j;
                return self.string(tok_start, start);
            }
        }
        let mut nonascii = false;
        while let Some(c) = self.peek() {
            if !is_potential_identifier_char(c) {
                break;
            }
            if c as u32 >= 128 {
                nonascii = true;
            }
            self.pos += 1;
        }
        let text: String = self.chars[tok_start..self.pos].iter().collect();
        if nonascii {
            // verify_identifier: the first invalid character is reported.
            let chars: Vec<char> = text.chars().collect();
            let bad = chars.iter().enumerate().position(|(i, &c)| {
                if i == 0 {
                    !is_xid_start(c)
                } else {
                    !is_xid_continue(c)
                }
            });
            if let Some(i) = bad {
                self.pos = tok_start + i + 1;
                let ch = chars[i];
                if is_printable(ch) {
                    self.raise(format!("invalid character '{}' (U+{:04X})", ch, ch as u32));
                } else {
                    self.raise(format!(
                        "invalid non-printable character U+{:04X}",
                        ch as u32
                    ));
                }
                return None;
            }
        }
        let end = self.cur_pos();
        self.push(Tok::Name(text), start, end);
        Some(true)
    }

    fn number(&mut self, tok_start: usize, start: Pos) -> Option<bool> {
        let c = self.nextc().unwrap_or('0');
        if c == '.' {
            // A fraction starting with '.'.
            let c = self.nextc();
            return self.fraction(c, tok_start, start);
        }
        if c == '0' {
            let c = self.nextc();
            match c {
                Some('x' | 'X') => {
                    let mut c = self.nextc();
                    loop {
                        if c == Some('_') {
                            c = self.nextc();
                        }
                        if !c.is_some_and(|d| d.is_ascii_hexdigit()) {
                            self.backup(c);
                            self.raise("invalid hexadecimal literal");
                            return None;
                        }
                        loop {
                            c = self.nextc();
                            if !c.is_some_and(|d| d.is_ascii_hexdigit()) {
                                break;
                            }
                        }
                        if c != Some('_') {
                            break;
                        }
                    }
                    if !self.verify_end_of_number(c, "hexadecimal") {
                        return None;
                    }
                }
                Some('o' | 'O') => {
                    if !self.radix_digits(8, "octal") {
                        return None;
                    }
                }
                Some('b' | 'B') => {
                    if !self.radix_digits(2, "binary") {
                        return None;
                    }
                }
                _ => {
                    let mut c = c;
                    let mut nonzero = false;
                    loop {
                        if c == Some('_') {
                            c = self.nextc();
                            if !c.is_some_and(|d| d.is_ascii_digit()) {
                                self.backup(c);
                                self.raise("invalid decimal literal");
                                return None;
                            }
                        }
                        if c != Some('0') {
                            break;
                        }
                        c = self.nextc();
                    }
                    let zeros_end = self.pos;
                    if c.is_some_and(|d| d.is_ascii_digit()) {
                        nonzero = true;
                        c = self.decimal_tail()?;
                    }
                    if c == Some('.') {
                        let c = self.nextc();
                        return self.fraction(c, tok_start, start);
                    } else if matches!(c, Some('e' | 'E')) {
                        return self.exponent(c, tok_start, start);
                    } else if matches!(c, Some('j' | 'J')) {
                        return self.imaginary(tok_start, start);
                    } else if nonzero {
                        self.backup(c);
                        let col = (tok_start + 1 - self.line_start) as u32;
                        let end_col = (zeros_end - self.line_start) as u32;
                        self.raise_range(
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                            col,
                            end_col,
                        );
                        return None;
                    }
                    if !self.verify_end_of_number(c, "decimal") {
                        return None;
                    }
                }
            }
            return self.finish_number(tok_start, start);
        }
        // Decimal.
        self.backup(Some(c));
        let c = self.decimal_tail()?;
        if c == Some('.') {
            let c = self.nextc();
            return self.fraction(c, tok_start, start);
        }
        if matches!(c, Some('e' | 'E')) {
            return self.exponent(c, tok_start, start);
        }
        if matches!(c, Some('j' | 'J')) {
            return self.imaginary(tok_start, start);
        }
        if !self.verify_end_of_number(c, "decimal") {
            return None;
        }
        self.finish_number(tok_start, start)
    }

    /// Digits of an octal or binary literal after the prefix.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> bool {
        let mut c = self.nextc();
        loop {
            if c == Some('_') {
                c = self.nextc();
            }
            if !c.is_some_and(|d| d.is_digit(radix)) {
                if c.is_some_and(|d| d.is_ascii_digit()) {
                    self.raise(format!(
                        "invalid digit '{}' in {} literal",
                        c.unwrap_or('0'),
                        kind
                    ));
                } else {
                    self.backup(c);
                    self.raise(format!("invalid {} literal", kind));
                }
                return false;
            }
            loop {
                c = self.nextc();
                if !c.is_some_and(|d| d.is_digit(radix)) {
                    break;
                }
            }
            if c != Some('_') {
                break;
            }
        }
        if c.is_some_and(|d| d.is_ascii_digit()) {
            self.raise(format!(
                "invalid digit '{}' in {} literal",
                c.unwrap_or('0'),
                kind
            ));
            return false;
        }
        self.verify_end_of_number(c, kind)
    }

    /// Reads decimal digits with single underscores; returns the character after them.
    fn decimal_tail(&mut self) -> Option<Option<char>> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !c.is_some_and(|d| d.is_ascii_digit()) {
                    break;
                }
            }
            if c != Some('_') {
                return Some(c);
            }
            c = self.nextc();
            if !c.is_some_and(|d| d.is_ascii_digit()) {
                self.backup(c);
                self.raise("invalid decimal literal");
                return None;
            }
        }
    }

    fn fraction(&mut self, c: Option<char>, tok_start: usize, start: Pos) -> Option<bool> {
        let mut c = c;
        if c.is_some_and(|d| d.is_ascii_digit()) {
            self.backup(c);
            c = self.decimal_tail()?;
        }
        if matches!(c, Some('e' | 'E')) {
            return self.exponent(c, tok_start, start);
        }
        if matches!(c, Some('j' | 'J')) {
            return self.imaginary(tok_start, start);
        }
        if !self.verify_end_of_number(c, "decimal") {
            return None;
        }
        self.finish_number(tok_start, start)
    }

    fn exponent(&mut self, e: Option<char>, tok_start: usize, start: Pos) -> Option<bool> {
        let mut c = self.nextc();
        if matches!(c, Some('+' | '-')) {
            c = self.nextc();
            if !c.is_some_and(|d| d.is_ascii_digit()) {
                self.backup(c);
                self.raise("invalid decimal literal");
                return None;
            }
        } else if !c.is_some_and(|d| d.is_ascii_digit()) {
            self.backup(c);
            if !self.verify_end_of_number(e, "decimal") {
                return None;
            }
            // `1else`: the 'e' is not part of the number.
            self.backup(e);
            let end = self.cur_pos();
            let text: String = self.chars[tok_start..self.pos].iter().collect();
            self.push(Tok::Number(text), start, end);
            return Some(true);
        }
        self.backup(c);
        let c = self.decimal_tail()?;
        if matches!(c, Some('j' | 'J')) {
            return self.imaginary(tok_start, start);
        }
        if !self.verify_end_of_number(c, "decimal") {
            return None;
        }
        self.finish_number(tok_start, start)
    }

    fn imaginary(&mut self, tok_start: usize, start: Pos) -> Option<bool> {
        let c = self.nextc();
        if !self.verify_end_of_number(c, "imaginary") {
            return None;
        }
        self.finish_number(tok_start, start)
    }

    /// The cursor is one past the character after the number: back up and emit it.
    fn finish_number(&mut self, tok_start: usize, start: Pos) -> Option<bool> {
        // Every path arrives here having read one character past the literal (or the end of
        // an input without a final newline).
        if !self.read_eof {
            self.pos -= 1;
        }
        let end = self.cur_pos();
        let text: String = self.chars[tok_start..self.pos].iter().collect();
        self.push(Tok::Number(text), start, end);
        Some(true)
    }

    /// Un-reads `c` (CPython's `tok_backup`); `None` (end of input) was never consumed.
    fn backup(&mut self, c: Option<char>) {
        if c.is_some() {
            self.pos -= 1;
        }
    }

    /// CPython's `verify_end_of_number`: a keyword directly after a number is allowed (with a
    /// warning), any other identifier character is an error. `c` was already read.
    fn verify_end_of_number(&mut self, c: Option<char>, kind: &str) -> bool {
        // CPython's `lookahead`: the keyword's remaining letters, not followed by an
        // identifier character.
        let rest = |s: &Self, word: &str| -> bool {
            let n = word.chars().count();
            word.chars()
                .enumerate()
                .all(|(i, w)| s.chars.get(s.pos + i) == Some(&w))
                && !s
                    .chars
                    .get(s.pos + n)
                    .is_some_and(|c| is_potential_identifier_char(*c))
        };
        let ok_kw = match c {
            Some('a') => rest(self, "nd"),
            Some('e') => rest(self, "lse"),
            Some('f') => rest(self, "or"),
            Some('i') => matches!(self.peek(), Some('f' | 'n' | 's')),
            Some('o') => rest(self, "r"),
            Some('n') => rest(self, "ot"),
            _ => false,
        };
        if ok_kw {
            self.warnings
                .push((self.line, format!("invalid {} literal", kind)));
            return true;
        }
        // Only an ASCII character counts here in CPython 3.11: `1é` is a number then a name,
        // `7٣` a number then an invalid character.
        if c.is_some_and(|c| c.is_ascii() && is_potential_identifier_char(c)) {
            self.backup(c);
            self.raise(format!("invalid {} literal", kind));
            return false;
        }
        true
    }

    fn string(&mut self, tok_start: usize, start: Pos) -> Option<bool> {
        let first_line = self.line;
        let first_line_start = self.line_start;
        let quote = self.nextc().unwrap_or('"');
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let c = self.nextc();
        if c == Some(quote) {
            let c2 = self.nextc();
            if c2 == Some(quote) {
                quote_size = 3;
            } else {
                end_quote_size = 1;
                self.backup(c2);
            }
        } else {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            let c = self.nextc();
            match c {
                // The input ends with a newline already consumed: the last line is line - 1.
                None => {
                    let detected = self.eof_line().max(first_line);
                    return self.unterminated(
                        quote_size,
                        detected,
                        tok_start,
                        first_line,
                        first_line_start,
                    );
                }
                Some('\n') if quote_size == 1 => {
                    let detected = self.line;
                    return self.unterminated(
                        quote_size,
                        detected,
                        tok_start,
                        first_line,
                        first_line_start,
                    );
                }
                Some('\n') => {
                    end_quote_size = 0;
                    self.enter_line(false);
                }
                Some(ch) if ch == quote => end_quote_size += 1,
                Some('\\') => {
                    end_quote_size = 0;
                    match self.nextc() {
                        Some('\n') => self.enter_line(false),
                        None => {
                            let detected = self.eof_line().max(first_line);
                            return self.unterminated(
                                quote_size,
                                detected,
                                tok_start,
                                first_line,
                                first_line_start,
                            );
                        }
                        _ => {}
                    }
                }
                Some(_) => end_quote_size = 0,
            }
        }
        let end = self.cur_pos();
        let text: String = self.chars[tok_start..self.pos].iter().collect();
        self.push(Tok::Str(text), start, end);
        Some(true)
    }

    /// The line the input ended on: the last line is `line - 1` when the input ends with a
    /// newline already consumed (exec input always does; eval input may not).
    fn eof_line(&self) -> u32 {
        if self.pos > 0 && self.chars.get(self.pos - 1) == Some(&'\n') {
            self.line.saturating_sub(1)
        } else {
            self.line
        }
    }

    fn unterminated(
        &mut self,
        quote_size: u32,
        detected: u32,
        tok_start: usize,
        first_line: u32,
        first_line_start: usize,
    ) -> Option<bool> {
        self.line = first_line;
        self.line_start = first_line_start;
        self.pos = tok_start + 1;
        let msg = if quote_size == 3 {
            format!(
                "unterminated triple-quoted string literal (detected at line {})",
                detected
            )
        } else {
            format!(
                "unterminated string literal (detected at line {})",
                detected
            )
        };
        self.raise(msg);
        None
    }
}

fn three_char_op(a: char, b: char, c: char) -> Option<&'static str> {
    Some(match (a, b, c) {
        ('*', '*', '=') => "**=",
        ('/', '/', '=') => "//=",
        ('>', '>', '=') => ">>=",
        ('<', '<', '=') => "<<=",
        ('.', '.', '.') => "...",
        _ => return None,
    })
}

fn two_char_op(a: char, b: char) -> Option<&'static str> {
    Some(match (a, b) {
        ('!', '=') => "!=",
        ('%', '=') => "%=",
        ('&', '=') => "&=",
        ('*', '*') => "**",
        ('*', '=') => "*=",
        ('+', '=') => "+=",
        ('-', '=') => "-=",
        ('-', '>') => "->",
        ('/', '/') => "//",
        ('/', '=') => "/=",
        (':', '=') => ":=",
        ('<', '<') => "<<",
        ('<', '=') => "<=",
        ('<', '>') => "<>",
        ('=', '=') => "==",
        ('>', '=') => ">=",
        ('>', '>') => ">>",
        ('@', '=') => "@=",
        ('^', '=') => "^=",
        ('|', '=') => "|=",
        _ => return None,
    })
}

fn one_char_op(c: char) -> Option<&'static str> {
    Some(match c {
        '%' => "%",
        '&' => "&",
        '(' => "(",
        ')' => ")",
        '*' => "*",
        '+' => "+",
        ',' => ",",
        '-' => "-",
        '.' => ".",
        '/' => "/",
        ':' => ":",
        ';' => ";",
        '<' => "<",
        '=' => "=",
        '>' => ">",
        '@' => "@",
        '[' => "[",
        ']' => "]",
        '^' => "^",
        '{' => "{",
        '|' => "|",
        '}' => "}",
        '~' => "~",
        _ => return None,
    })
}

fn is_potential_identifier_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c as u32 >= 128
}

fn is_potential_identifier_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c as u32 >= 128
}

fn is_xid_start(c: char) -> bool {
    crate::unicode::is_xid_start(c)
}

fn is_xid_continue(c: char) -> bool {
    crate::unicode::is_xid_continue(c)
}

fn is_printable(c: char) -> bool {
    crate::unicode::is_printable(c)
}
