//! Tokenizer: source text to tokens, with INDENT/DEDENT, implicit line joining and all
//! literal forms. Strings are decoded here; f-strings are kept raw for the parser.

use crate::error::{SyntaxErr, SyntaxKind};

/// A 1-based line and 0-based character column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// String literal payloads.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    /// A decoded str literal.
    Str(String),
    /// A decoded bytes literal.
    Bytes(Vec<u8>),
    /// An f-string: the raw body (between the quotes), whether it is raw, and the position of
    /// the first body character.
    FStr { body: String, raw: bool, body_start: Pos },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    /// Integer literal: digits without underscores, and the radix.
    Int(String, u32),
    Float(f64),
    Imag(f64),
    Str(StrLit),
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    pub start: Pos,
    pub end: Pos,
}

const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=",
    "^=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "!",
];

/// Hard keywords of Python 3.11.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
];

pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

pub struct Lexer<'a> {
    chars: Vec<char>,
    pos: usize,
    line: u32,
    line_start: usize,
    indents: Vec<(u32, u32)>,
    parens: Vec<(char, Pos)>,
    at_line_start: bool,
    pending: Vec<Token>,
    tokens: Vec<Token>,
    lines: &'a [String],
}

impl<'a> Lexer<'a> {
    /// Tokenize a whole source text.
    pub fn tokenize(src: &str, lines: &'a [String]) -> Result<Vec<Token>, SyntaxErr> {
        let mut chars: Vec<char> = src.chars().collect();
        // Normalise newlines.
        if chars.contains(&'\r') {
            let mut out = Vec::with_capacity(chars.len());
            let mut i = 0;
            while i < chars.len() {
                if chars[i] == '\r' {
                    out.push('\n');
                    if i + 1 < chars.len() && chars[i + 1] == '\n' {
                        i += 1;
                    }
                } else {
                    out.push(chars[i]);
                }
                i += 1;
            }
            chars = out;
        }
        let mut lx = Lexer {
            chars,
            pos: 0,
            line: 1,
            line_start: 0,
            indents: vec![(0, 0)],
            parens: Vec::new(),
            at_line_start: true,
            pending: Vec::new(),
            tokens: Vec::new(),
            lines,
        };
        lx.run()?;
        Ok(lx.tokens)
    }

    fn cur_pos(&self) -> Pos {
        Pos { line: self.line, col: (self.pos - self.line_start) as u32 }
    }

    fn peek(&self) -> char {
        self.chars.get(self.pos).copied().unwrap_or('\0')
    }

    fn peek_at(&self, n: usize) -> char {
        self.chars.get(self.pos + n).copied().unwrap_or('\0')
    }

    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn err(&self, kind: SyntaxKind, msg: impl Into<String>, at: Pos) -> SyntaxErr {
        SyntaxErr::new(kind, msg, at.line, at.col + 1, self.lines)
    }

    fn newline(&mut self) {
        self.pos += 1;
        self.line += 1;
        self.line_start = self.pos;
    }

    fn push(&mut self, tok: Tok, start: Pos) {
        let end = self.cur_pos();
        self.tokens.push(Token { tok, start, end });
    }

    fn run(&mut self) -> Result<(), SyntaxErr> {
        loop {
            if self.at_line_start && self.parens.is_empty() {
                self.at_line_start = false;
                if self.handle_indent()? {
                    continue;
                }
            }
            if self.at_end() {
                break;
            }
            let c = self.peek();
            let start = self.cur_pos();
            match c {
                ' ' | '\t' | '\x0c' => {
                    self.pos += 1;
                }
                '#' => {
                    while !self.at_end() && self.peek() != '\n' {
                        self.pos += 1;
                    }
                }
                '\\' => {
                    if self.peek_at(1) == '\n' {
                        self.pos += 1;
                        self.newline();
                        if self.at_end() {
                            return Err(self.err(
                                SyntaxKind::Syntax,
                                "unexpected EOF while parsing",
                                self.cur_pos(),
                            ));
                        }
                    } else {
                        return Err(self.err(
                            SyntaxKind::Syntax,
                            "unexpected character after line continuation character",
                            Pos { line: start.line, col: start.col + 1 },
                        ));
                    }
                }
                '\n' => {
                    if self.parens.is_empty() {
                        self.push(Tok::Newline, start);
                        self.tokens.last_mut().expect("just pushed").end =
                            Pos { line: start.line, col: start.col + 1 };
                        self.at_line_start = true;
                    }
                    self.newline();
                }
                c if c.is_ascii_digit() || (c == '.' && self.peek_at(1).is_ascii_digit()) => {
                    self.number()?;
                }
                c if is_id_start(c) => {
                    // String prefixes.
                    let mut j = self.pos;
                    while j < self.chars.len() && j - self.pos < 3 && self.chars[j].is_ascii_alphabetic() {
                        j += 1;
                    }
                    let q = self.chars.get(j).copied().unwrap_or('\0');
                    if (q == '"' || q == '\'') && j > self.pos {
                        let prefix: String = self.chars[self.pos..j].iter().collect::<String>().to_lowercase();
                        if is_string_prefix(&prefix) {
                            self.pos = j;
                            self.string(&prefix, start)?;
                            continue;
                        }
                    }
                    let mut s = String::new();
                    while !self.at_end() && is_id_continue(self.peek()) {
                        s.push(self.peek());
                        self.pos += 1;
                    }
                    if !s.is_ascii() {
                        s = nfkc_identifier(&s);
                    }
                    self.push(Tok::Name(s), start);
                }
                '"' | '\'' => {
                    self.string("", start)?;
                }
                _ => {
                    if let Some(op) = self.match_op() {
                        self.pos += op.chars().count();
                        match op {
                            "(" | "[" | "{" => {
                                if self.parens.len() >= 200 {
                                    return Err(self.err(
                                        SyntaxKind::Syntax,
                                        "too many nested parentheses",
                                        start,
                                    ));
                                }
                                self.parens.push((c, start))
                            }
                            ")" | "]" | "}" => {
                                let open = match op {
                                    ")" => '(',
                                    "]" => '[',
                                    _ => '{',
                                };
                                match self.parens.pop() {
                                    None => {
                                        return Err(self.err(
                                            SyntaxKind::Syntax,
                                            format!("unmatched '{}'", op),
                                            start,
                                        ))
                                    }
                                    Some((o, opos)) if o != open => {
                                        let msg = if opos.line != start.line {
                                            format!(
                                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                                op, o, opos.line
                                            )
                                        } else {
                                            format!(
                                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                                op, o
                                            )
                                        };
                                        return Err(self.err(SyntaxKind::Syntax, msg, start));
                                    }
                                    _ => {}
                                }
                            }
                            _ => {}
                        }
                        self.push(Tok::Op(op), start);
                    } else if c == '$' || c == '?' || c == '`' {
                        return Err(self.err(SyntaxKind::Syntax, "invalid syntax", start));
                    } else {
                        let msg = if c as u32 >= 128 && !c.is_alphanumeric() {
                            format!("invalid character '{}' (U+{:04X})", c, c as u32)
                        } else if (c as u32) < 32 || c as u32 == 127 {
                            format!("invalid non-printable character U+{:04X}", c as u32)
                        } else {
                            format!("invalid character '{}' (U+{:04X})", c, c as u32)
                        };
                        return Err(self.err(SyntaxKind::Syntax, msg, start));
                    }
                }
            }
        }
        if let Some(&(c, p)) = self.parens.last() {
            return Err(self.err(SyntaxKind::Syntax, format!("'{}' was never closed", c), p));
        }
        let endp = self.cur_pos();
        if !matches!(self.tokens.last().map(|t| &t.tok), None | Some(Tok::Newline) | Some(Tok::Dedent)) {
            self.tokens.push(Token { tok: Tok::Newline, start: endp, end: Pos { line: endp.line, col: endp.col + 1 } });
        }
        let eof = if self.pos > self.line_start { Pos { line: self.line + 1, col: 0 } } else { endp };
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push(Token { tok: Tok::Dedent, start: eof, end: eof });
        }
        self.tokens.push(Token { tok: Tok::EndMarker, start: eof, end: eof });
        let _ = &self.pending;
        Ok(())
    }

    /// Handles indentation at the start of a logical line. Returns true when the line was
    /// blank or a comment (nothing emitted).
    fn handle_indent(&mut self) -> Result<bool, SyntaxErr> {
        let mut col = 0u32;
        let mut alt = 0u32;
        while !self.at_end() {
            match self.peek() {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if self.at_end() {
            return Ok(false);
        }
        let c = self.peek();
        if c == '#' || c == '\n' || (c == '\\' && self.peek_at(1) == '\n' && false) {
            // Blank line or comment-only line: no NEWLINE, no indentation change.
            while !self.at_end() && self.peek() != '\n' {
                self.pos += 1;
            }
            if !self.at_end() {
                self.newline();
            }
            self.at_line_start = true;
            return Ok(true);
        }
        let start = self.cur_pos();
        let &(cur, cur_alt) = self.indents.last().expect("indent stack never empty");
        if col > cur {
            if alt <= cur_alt {
                return Err(self.err(SyntaxKind::Tab, "inconsistent use of tabs and spaces in indentation", start));
            }
            self.indents.push((col, alt));
            self.tokens.push(Token { tok: Tok::Indent, start: Pos { line: start.line, col: 0 }, end: start });
        } else if col < cur {
            while let Some(&(c2, _)) = self.indents.last() {
                if c2 <= col {
                    break;
                }
                self.indents.pop();
                self.tokens.push(Token { tok: Tok::Dedent, start, end: start });
            }
            let &(c2, a2) = self.indents.last().expect("indent stack never empty");
            if c2 != col {
                return Err(self.err(
                    SyntaxKind::Indentation,
                    "unindent does not match any outer indentation level",
                    Pos { line: start.line, col: start.col },
                ));
            }
            if a2 != alt {
                return Err(self.err(SyntaxKind::Tab, "inconsistent use of tabs and spaces in indentation", start));
            }
        } else if alt != cur_alt {
            return Err(self.err(SyntaxKind::Tab, "inconsistent use of tabs and spaces in indentation", start));
        }
        Ok(false)
    }

    fn match_op(&self) -> Option<&'static str> {
        for op in OPERATORS {
            let mut ok = true;
            for (i, oc) in op.chars().enumerate() {
                if self.peek_at(i) != oc {
                    ok = false;
                    break;
                }
            }
            if ok {
                return Some(op);
            }
        }
        None
    }

    fn number(&mut self) -> Result<(), SyntaxErr> {
        let start = self.cur_pos();
        let c = self.peek();
        if c == '0' && matches!(self.peek_at(1), 'x' | 'X' | 'o' | 'O' | 'b' | 'B') {
            let radix = match self.peek_at(1) {
                'x' | 'X' => 16,
                'o' | 'O' => 8,
                _ => 2,
            };
            self.pos += 2;
            let mut digits = String::new();
            loop {
                let d = self.peek();
                if d == '_' {
                    self.pos += 1;
                    if !self.peek().is_digit(radix) {
                        return Err(self.invalid_literal(radix, start));
                    }
                    continue;
                }
                if d.is_digit(radix) {
                    digits.push(d);
                    self.pos += 1;
                } else if d.is_ascii_digit() || (radix != 16 && d.is_ascii_hexdigit()) {
                    let kind = match radix {
                        8 => "octal",
                        2 => "binary",
                        _ => "hexadecimal",
                    };
                    return Err(self.err(
                        SyntaxKind::Syntax,
                        format!("invalid digit '{}' in {} literal", d, kind),
                        self.cur_pos(),
                    ));
                } else {
                    break;
                }
            }
            if digits.is_empty() {
                return Err(self.invalid_literal(radix, start));
            }
            self.check_after_number(start)?;
            self.push(Tok::Int(digits, radix), start);
            return Ok(());
        }
        let mut text = String::new();
        let mut is_float = false;
        self.digits(&mut text)?;
        if self.peek() == '.' {
            is_float = true;
            text.push('.');
            self.pos += 1;
            if self.peek().is_ascii_digit() {
                self.digits(&mut text)?;
            }
        }
        if matches!(self.peek(), 'e' | 'E') {
            let save = self.pos;
            let mut t2 = String::from("e");
            self.pos += 1;
            if matches!(self.peek(), '+' | '-') {
                t2.push(self.peek());
                self.pos += 1;
            }
            if self.peek().is_ascii_digit() {
                self.digits(&mut t2)?;
                text.push_str(&t2);
                is_float = true;
            } else {
                self.pos = save;
                return Err(self.err(SyntaxKind::Syntax, "invalid decimal literal", start));
            }
        }
        if matches!(self.peek(), 'j' | 'J') {
            self.pos += 1;
            let v: f64 = text.parse().unwrap_or(0.0);
            self.check_after_number(start)?;
            self.push(Tok::Imag(v), start);
            return Ok(());
        }
        self.check_after_number(start)?;
        if is_float {
            let v: f64 = text.parse().unwrap_or(f64::INFINITY);
            self.push(Tok::Float(v), start);
        } else {
            if text.len() > 1 && text.starts_with('0') && text.chars().any(|c| c != '0') {
                return Err(self.err(
                    SyntaxKind::Syntax,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start,
                ));
            }
            self.push(Tok::Int(text, 10), start);
        }
        Ok(())
    }

    fn invalid_literal(&self, radix: u32, _start: Pos) -> SyntaxErr {
        let kind = match radix {
            8 => "octal",
            2 => "binary",
            _ => "hexadecimal",
        };
        self.err(SyntaxKind::Syntax, format!("invalid {} literal", kind), self.cur_pos())
    }

    fn digits(&mut self, out: &mut String) -> Result<(), SyntaxErr> {
        loop {
            let d = self.peek();
            if d.is_ascii_digit() {
                out.push(d);
                self.pos += 1;
            } else if d == '_' && self.peek_at(1).is_ascii_digit() {
                self.pos += 1;
            } else if d == '_' {
                self.pos += 1;
                return Err(self.err(SyntaxKind::Syntax, "invalid decimal literal", self.cur_pos()));
            } else {
                return Ok(());
            }
        }
    }

    fn check_after_number(&self, start: Pos) -> Result<(), SyntaxErr> {
        let c = self.peek();
        if is_id_start(c) {
            // CPython allows `1if x else y` with a warning; keywords directly after numbers.
            let rest: String = self.chars[self.pos..].iter().take_while(|c| is_id_continue(**c)).collect();
            for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
                if rest.starts_with(kw) {
                    return Ok(());
                }
            }
            let _ = start;
            return Err(self.err(SyntaxKind::Syntax, "invalid decimal literal", self.cur_pos_minus(0)));
        }
        Ok(())
    }

    fn cur_pos_minus(&self, n: u32) -> Pos {
        let p = self.cur_pos();
        Pos { line: p.line, col: p.col.saturating_sub(n) }
    }

    fn string(&mut self, prefix: &str, start: Pos) -> Result<(), SyntaxErr> {
        let raw = prefix.contains('r');
        let is_bytes = prefix.contains('b');
        let is_f = prefix.contains('f');
        let q = self.peek();
        let triple = self.peek_at(1) == q && self.peek_at(2) == q;
        self.pos += if triple { 3 } else { 1 };
        let body_start = self.cur_pos();
        let mut body = String::new();
        loop {
            if self.at_end() {
                if triple {
                    return Err(self.err(
                        SyntaxKind::Syntax,
                        format!("unterminated triple-quoted string literal (detected at line {})", self.line),
                        start,
                    ));
                }
                return Err(self.err(
                    SyntaxKind::Syntax,
                    format!("unterminated string literal (detected at line {})", start.line),
                    start,
                ));
            }
            let c = self.peek();
            if c == q {
                if !triple {
                    self.pos += 1;
                    break;
                }
                if self.peek_at(1) == q && self.peek_at(2) == q {
                    self.pos += 3;
                    break;
                }
                body.push(c);
                self.pos += 1;
                continue;
            }
            if c == '\n' {
                if !triple {
                    return Err(self.err(
                        SyntaxKind::Syntax,
                        format!("unterminated string literal (detected at line {})", start.line),
                        start,
                    ));
                }
                body.push('\n');
                self.newline();
                continue;
            }
            if c == '\\' {
                body.push('\\');
                self.pos += 1;
                if self.at_end() {
                    continue;
                }
                let n = self.peek();
                if n == '\n' {
                    body.push('\n');
                    self.newline();
                } else {
                    body.push(n);
                    self.pos += 1;
                }
                continue;
            }
            body.push(c);
            self.pos += 1;
        }
        let lit = if is_f {
            StrLit::FStr { body, raw, body_start }
        } else if is_bytes {
            if let Some(bad) = body.chars().find(|c| *c as u32 >= 128) {
                let _ = bad;
                return Err(self.err(
                    SyntaxKind::Syntax,
                    "bytes can only contain ASCII literal characters",
                    start,
                ));
            }
            if raw {
                StrLit::Bytes(body.into_bytes())
            } else {
                StrLit::Bytes(decode_escapes_bytes(&body).map_err(|m| self.err(SyntaxKind::Syntax, m, start))?)
            }
        } else if raw {
            StrLit::Str(body)
        } else {
            StrLit::Str(decode_escapes(&body).map_err(|m| self.err(SyntaxKind::Syntax, m, start))?)
        };
        self.push(Tok::Str(lit), start);
        Ok(())
    }
}

fn is_string_prefix(p: &str) -> bool {
    matches!(
        p,
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (c as u32 >= 128 && (c.is_alphabetic()))
}

pub fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (c as u32 >= 128 && (c.is_alphanumeric() || is_combining(c)))
}

fn is_combining(c: char) -> bool {
    let u = c as u32;
    (0x0300..=0x036F).contains(&u) || (0x200C..=0x200D).contains(&u)
}

fn nfkc_identifier(s: &str) -> String {
    s.to_string()
}

/// Decodes the escapes of a non-raw str literal body.
pub fn decode_escapes(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let Some(&e) = chars.get(i) else {
            out.push('\\');
            break;
        };
        i += 1;
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                let mut n = 1;
                while n < 3 && i < chars.len() && chars[i].is_digit(8) {
                    v = v * 8 + chars[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = chars.iter().skip(i).take(n).collect();
                if hex.len() != n || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                    let pos = i - 2;
                    let esc = match e {
                        'x' => "\\xXX",
                        'u' => "\\uXXXX",
                        _ => "\\UXXXXXXXX",
                    };
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {} escape",
                        pos,
                        pos + 1 + hex.chars().take_while(|c| c.is_ascii_hexdigit()).count(),
                        esc
                    ));
                }
                i += n;
                let v = u32::from_str_radix(&hex, 16).unwrap_or(0xfffd);
                match crate::unicode::char_of(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                            i - n - 2,
                            i - 1
                        ));
                    }
                }
            }
            'N' => {
                if chars.get(i) == Some(&'{') {
                    let end = chars[i..].iter().position(|c| *c == '}');
                    if let Some(end) = end {
                        let name: String = chars[i + 1..i + end].iter().collect();
                        i += end + 1;
                        match crate::unicode_names::lookup(&name) {
                            Some(ch) => out.push(ch),
                            None => {
                                return Err(format!(
                                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                                    0, 0
                                ))
                            }
                        }
                        continue;
                    }
                }
                return Err("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape".into());
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a non-raw bytes literal body.
pub fn decode_escapes_bytes(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = b.get(i..i + 2).unwrap_or(&[]);
                if hex.len() != 2 || !hex.iter().all(|c| c.is_ascii_hexdigit()) {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {}",
                        i - 2
                    ));
                }
                let v = u8::from_str_radix(std::str::from_utf8(hex).unwrap_or("0"), 16).unwrap_or(0);
                out.push(v);
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
