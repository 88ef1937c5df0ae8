//! String literals: prefixes, escape decoding with CPython's error messages and positions,
//! implicit concatenation, and f-strings (CPython 3.11's `Parser/string_parser.c`: the
//! replacement fields are found by scanning, and each expression is parsed by a sub-parser
//! over "(expr)" placed at its real position).

use std::rc::Rc;

use super::{FStringCtx, Input, Parser};
use crate::ast::*;
use crate::lexer::{Lexer, Tok, Token};

/// The prefix flags and body of a string token.
struct StrParts {
    bytes: bool,
    raw: bool,
    fmode: bool,
    /// Body between the quotes, as characters.
    body: Vec<char>,
    /// Index of the body's first character within the token text.
    body_offset: usize,
}

fn split_string_token(text: &str) -> StrParts {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let (mut bytes, mut raw, mut fmode) = (false, false, false);
    while i < chars.len() && chars[i].is_ascii_alphabetic() {
        match chars[i].to_ascii_lowercase() {
            'b' => bytes = true,
            'r' => raw = true,
            'f' => fmode = true,
            _ => {}
        }
        i += 1;
    }
    let q = chars.get(i).copied().unwrap_or('"');
    let triple = chars.len() >= i + 6 && chars[i + 1] == q && chars[i + 2] == q;
    let qn = if triple { 3 } else { 1 };
    let start = (i + qn).min(chars.len());
    let end = chars.len().saturating_sub(qn).max(start);
    StrParts {
        bytes,
        raw,
        fmode,
        body: chars[start..end].to_vec(),
        body_offset: start,
    }
}

/// Decodes a non-f string literal's token text (for callers outside the parser).
pub fn decode_string_literal(text: &str) -> Result<Constant, String> {
    let parts = split_string_token(text);
    let body: String = parts.body.iter().collect();
    if parts.bytes {
        if parts.raw {
            return Ok(Constant::Bytes(body.into_bytes()));
        }
        return decode_bytes_escapes(&body, &mut None)
            .map(Constant::Bytes)
            .map_err(|e| format!("(value error) {}", e));
    }
    if parts.raw || !body.contains('\\') {
        return Ok(Constant::Str(body));
    }
    decode_unicode_escapes(&body, &mut None)
        .map(Constant::Str)
        .map_err(|e| format!("(unicode error) {}", e))
}

/// f-string state (CPython's FstringParser): the pending literal text and the parts.
#[derive(Default)]
struct FState {
    last_str: String,
    parts: Vec<Expr>,
    fmode: bool,
}

impl<'a> Parser<'a> {
    /// CPython's `warn_invalid_escape_sequence`: a DeprecationWarning for the first invalid
    /// escape of a literal token (an "error" filter makes it a SyntaxError at the token).
    fn warn_invalid_escape(&mut self, first_invalid: Option<String>, t: &Token) {
        let Some(esc) = first_invalid else { return };
        let message = if esc.len() == 3 {
            format!("invalid octal escape sequence '\\{}'", esc)
        } else {
            format!("invalid escape sequence '\\{}'", esc)
        };
        crate::compiler::push_warning(crate::compiler::CompileWarning {
            category: "DeprecationWarning",
            message,
            filename: self.filename.to_string(),
            lineno: t.start.line,
            col: t.start.col,
            end_lineno: t.end.line,
            end_col: t.end.col,
            text: self.line_text(t.start.line as i64),
        });
    }

    /// CPython's `_PyPegen_concatenate_strings` for the STRING tokens of one `strings`.
    pub(super) fn concatenate_strings(&mut self, toks: &[Token]) -> Option<Expr> {
        let first = toks.first()?;
        let last = toks.last()?;
        let span = Span::new(first.start, last.end);
        let mut bytesmode = false;
        let mut bytes_val: Vec<u8> = Vec::new();
        let mut state = FState::default();
        for (i, t) in toks.iter().enumerate() {
            let Tok::Str(text) = &t.tok else { return None };
            let parts = split_string_token(text);
            let mut this_raw = parts.raw;
            if !parts.fmode {
                // Decode a plain string or bytes literal.
                let body: String = parts.body.iter().collect();
                this_raw = this_raw || !body.contains('\\');
                if parts.bytes {
                    if body.chars().any(|c| c as u32 >= 0x80) {
                        self.raise_span(
                            Span::new(t.start, t.end),
                            "bytes can only contain ASCII literal characters",
                        );
                        return None;
                    }
                    let v = if this_raw {
                        body.into_bytes()
                    } else {
                        let mut first_invalid = None;
                        let r = decode_bytes_escapes(&body, &mut first_invalid);
                        self.warn_invalid_escape(first_invalid, t);
                        match r {
                            Ok(v) => v,
                            Err(m) => {
                                self.raise_syntax(&format!("(value error) {}", m));
                                return None;
                            }
                        }
                    };
                    if i != 0 && !bytesmode {
                        self.raise_syntax("cannot mix bytes and nonbytes literals");
                        return None;
                    }
                    bytesmode = true;
                    bytes_val.extend(v);
                } else {
                    let s = if this_raw {
                        body
                    } else {
                        let mut first_invalid = None;
                        let r = decode_unicode_escapes(&body, &mut first_invalid);
                        self.warn_invalid_escape(first_invalid, t);
                        match r {
                            Ok(s) => s,
                            Err(m) => {
                                self.raise_syntax(&format!("(unicode error) {}", m));
                                return None;
                            }
                        }
                    };
                    if i != 0 && bytesmode {
                        self.raise_syntax("cannot mix bytes and nonbytes literals");
                        return None;
                    }
                    state.last_str.push_str(&s);
                }
            } else {
                if i != 0 && bytesmode {
                    self.raise_syntax("cannot mix bytes and nonbytes literals");
                    return None;
                }
                let mut pos = 0;
                self.fstring_concat(&mut state, &parts, &mut pos, 0, t, span)?;
            }
        }
        if bytesmode {
            return Some(Expr::new(
                ExprKind::Constant(Constant::Bytes(bytes_val)),
                span,
            ));
        }
        if !state.fmode {
            return Some(Expr::new(
                ExprKind::Constant(Constant::Str(state.last_str)),
                span,
            ));
        }
        if !state.last_str.is_empty() {
            state.parts.push(Expr::new(
                ExprKind::Constant(Constant::Str(std::mem::take(&mut state.last_str))),
                span,
            ));
        }
        Some(Expr::new(ExprKind::JoinedStr(state.parts), span))
    }

    /// CPython's `_PyPegen_FstringParser_ConcatFstring`: parses an f-string body (or a format
    /// spec when `recurse_lvl` > 0) from `pos`.
    fn fstring_concat(
        &mut self,
        st: &mut FState,
        sp: &StrParts,
        pos: &mut usize,
        recurse_lvl: u32,
        t: &Token,
        span: Span,
    ) -> Option<()> {
        st.fmode = true;
        loop {
            let (literal, again) = self.fstring_find_literal(sp, pos, recurse_lvl, t)?;
            if let Some(l) = literal {
                st.last_str.push_str(&l);
            }
            if again {
                continue;
            }
            if *pos >= sp.body.len() || sp.body[*pos] == '}' {
                break;
            }
            let (expr_text, expr) = self.fstring_find_expr(sp, pos, recurse_lvl, t, span)?;
            if let Some(x) = expr_text {
                st.last_str.push_str(&x);
            }
            if !st.last_str.is_empty() {
                st.parts.push(Expr::new(
                    ExprKind::Constant(Constant::Str(std::mem::take(&mut st.last_str))),
                    span,
                ));
            }
            st.parts.push(expr);
        }
        if recurse_lvl != 0 && (*pos >= sp.body.len() || sp.body[*pos] != '}') {
            self.raise_syntax("f-string: expecting '}'");
            return None;
        }
        Some(())
    }

    /// CPython's `fstring_find_literal`: the literal text up to the next replacement field.
    /// Returns the decoded literal and whether a doubled brace was consumed (scan again).
    fn fstring_find_literal(
        &mut self,
        sp: &StrParts,
        pos: &mut usize,
        recurse_lvl: u32,
        t: &Token,
    ) -> Option<(Option<String>, bool)> {
        let body = &sp.body;
        let start = *pos;
        let mut s = *pos;
        let mut again = false;
        let lit_end;
        loop {
            if s >= body.len() {
                lit_end = s;
                *pos = s;
                break;
            }
            let mut ch = body[s];
            s += 1;
            if !sp.raw && ch == '\\' && s < body.len() {
                ch = body[s];
                s += 1;
                if ch == 'N' {
                    if s < body.len() {
                        let c = body[s];
                        s += 1;
                        if c == '{' {
                            while s < body.len() {
                                let c2 = body[s];
                                s += 1;
                                if c2 == '}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == '{' || ch == '}' {
                if recurse_lvl == 0 {
                    if s < body.len() && body[s] == ch {
                        lit_end = s;
                        *pos = s + 1;
                        again = true;
                        break;
                    }
                    if ch == '}' {
                        *pos = s - 1;
                        self.raise_syntax("f-string: single '}' is not allowed");
                        return None;
                    }
                }
                s -= 1;
                lit_end = s;
                *pos = s;
                break;
            }
        }
        if lit_end == start {
            return Some((None, again));
        }
        let text: String = body[start..lit_end].iter().collect();
        let decoded = if sp.raw {
            text
        } else {
            let mut first_invalid = None;
            let r = decode_unicode_escapes(&text, &mut first_invalid);
            self.warn_invalid_escape(first_invalid, t);
            match r {
                Ok(s) => s,
                Err(m) => {
                    self.raise_syntax(&format!("(unicode error) {}", m));
                    return None;
                }
            }
        };
        Some((Some(decoded), again))
    }

    /// CPython's `fstring_find_expr`: one replacement field starting at '{'. Returns the
    /// `expr=` text (if any) and the FormattedValue.
    fn fstring_find_expr(
        &mut self,
        sp: &StrParts,
        pos: &mut usize,
        recurse_lvl: u32,
        t: &Token,
        span: Span,
    ) -> Option<(Option<String>, Expr)> {
        let body = &sp.body;
        if recurse_lvl >= 2 {
            self.raise_syntax("f-string: expressions nested too deeply");
            return None;
        }
        *pos += 1;
        let expr_start = *pos;
        let mut quote_char: Option<char> = None;
        let mut string_type = 0;
        let mut parens: Vec<char> = Vec::new();
        while *pos < body.len() {
            let ch = body[*pos];
            if ch == '\\' {
                self.raise_syntax("f-string expression part cannot include a backslash");
                return None;
            }
            if let Some(q) = quote_char {
                if ch == q {
                    if string_type == 3 {
                        if *pos + 2 < body.len() && body[*pos + 1] == ch && body[*pos + 2] == ch {
                            *pos += 2;
                            string_type = 0;
                            quote_char = None;
                        }
                    } else {
                        quote_char = None;
                        string_type = 0;
                    }
                }
                *pos += 1;
                continue;
            }
            if ch == '\'' || ch == '"' {
                if *pos + 2 < body.len() && body[*pos + 1] == ch && body[*pos + 2] == ch {
                    string_type = 3;
                    *pos += 2;
                } else {
                    string_type = 1;
                }
                quote_char = Some(ch);
            } else if ch == '[' || ch == '{' || ch == '(' {
                if parens.len() >= 200 {
                    self.raise_syntax("f-string: too many nested parenthesis");
                    return None;
                }
                parens.push(ch);
            } else if ch == '#' {
                self.raise_syntax("f-string expression part cannot include '#'");
                return None;
            } else if parens.is_empty() && matches!(ch, '!' | ':' | '}' | '=' | '>' | '<') {
                if *pos + 1 < body.len() {
                    let next = body[*pos + 1];
                    if matches!(
                        (ch, next),
                        ('!', '=') | ('=', '=') | ('<', '=') | ('>', '=')
                    ) {
                        *pos += 2;
                        continue;
                    }
                }
                if ch == '>' || ch == '<' {
                    *pos += 1;
                    continue;
                }
                break;
            } else if ch == ']' || ch == '}' || ch == ')' {
                let Some(opening) = parens.pop() else {
                    self.raise_syntax(&format!("f-string: unmatched '{}'", ch));
                    return None;
                };
                if !matches!((opening, ch), ('(', ')') | ('[', ']') | ('{', '}')) {
                    self.raise_syntax(&format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch, opening
                    ));
                    return None;
                }
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote_char.is_some() {
            self.raise_syntax("f-string: unterminated string");
            return None;
        }
        if let Some(&opening) = parens.last() {
            self.raise_syntax(&format!("f-string: unmatched '{}'", opening));
            return None;
        }
        if *pos >= body.len() {
            self.raise_syntax("f-string: expecting '}'");
            return None;
        }
        let value = self.fstring_compile_expr(sp, expr_start, expr_end, t)?;
        let mut expr_text = None;
        if body[*pos] == '=' {
            *pos += 1;
            while *pos < body.len()
                && matches!(body[*pos], ' ' | '\t' | '\n' | '\r' | '\x0c' | '\x0b')
            {
                *pos += 1;
            }
            if *pos >= body.len() {
                self.raise_syntax("f-string: expecting '}'");
                return None;
            }
            expr_text = Some(body[expr_start..*pos].iter().collect::<String>());
        }
        let mut conversion = None;
        if body[*pos] == '!' {
            *pos += 1;
            if *pos >= body.len() {
                self.raise_syntax("f-string: expecting '}'");
                return None;
            }
            let c = body[*pos];
            *pos += 1;
            if !matches!(c, 's' | 'r' | 'a') {
                self.raise_syntax(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                );
                return None;
            }
            conversion = Some(c);
        }
        let mut format_spec = None;
        if *pos < body.len() && body[*pos] == ':' {
            *pos += 1;
            if *pos >= body.len() {
                self.raise_syntax("f-string: expecting '}'");
                return None;
            }
            let mut st = FState::default();
            self.fstring_concat(&mut st, sp, pos, recurse_lvl + 1, t, span)?;
            // The spec and its trailing text get the span of the current string token.
            let tspan = Span::new(t.start, t.end);
            if !st.last_str.is_empty() {
                st.parts.push(Expr::new(
                    ExprKind::Constant(Constant::Str(std::mem::take(&mut st.last_str))),
                    tspan,
                ));
            }
            format_spec = Some(Rc::new(Expr::new(ExprKind::JoinedStr(st.parts), tspan)));
        }
        if *pos >= body.len() || body[*pos] != '}' {
            self.raise_syntax("f-string: expecting '}'");
            return None;
        }
        *pos += 1;
        if expr_text.is_some() && format_spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        Some((
            expr_text,
            Expr::new(
                ExprKind::FormattedValue {
                    value: Rc::new(value),
                    conversion,
                    format_spec,
                },
                span,
            ),
        ))
    }

    /// CPython's `fstring_compile_expr`: parses "(expr)" with a sub-parser placed at the
    /// expression's position in the source.
    fn fstring_compile_expr(
        &mut self,
        sp: &StrParts,
        expr_start: usize,
        expr_end: usize,
        t: &Token,
    ) -> Option<Expr> {
        let body = &sp.body;
        if body[expr_start..expr_end]
            .iter()
            .all(|c| matches!(c, ' ' | '\t' | '\n' | '\x0c'))
        {
            let c = body.get(expr_end).copied().unwrap_or('}');
            if matches!(c, '!' | ':' | '=') {
                self.raise_syntax(&format!("f-string: expression required before '{}'", c));
            } else {
                self.raise_syntax("f-string: empty expression not allowed");
            }
            return None;
        }
        // Where the '{' is in the token (CPython's fstring_find_expr_location).
        let Tok::Str(text) = &t.tok else { return None };
        let tchars: Vec<char> = text.chars().collect();
        let brace = sp.body_offset + expr_start - 1;
        let mut newline_after_brace = true;
        let mut k = brace + 1;
        while k < tchars.len() && tchars[k] != '}' && tchars[k] != '\n' {
            if !matches!(tchars[k], ' ' | '\t' | '\x0c') {
                newline_after_brace = false;
                break;
            }
            k += 1;
        }
        let mut cols = 0u32;
        if !newline_after_brace {
            let mut st = brace;
            while st > 0 && tchars[st] != '\n' {
                st -= 1;
            }
            cols = (brace - st) as u32;
            if tchars[st] == '\n' {
                cols -= 1;
            }
        }
        let lines = tchars[..brace].iter().filter(|c| **c == '\n').count() as u32;
        let expr: String = body[expr_start..expr_end].iter().collect();
        let src = format!("({})", expr);
        let first_line = t.start.line + lines;
        let starting_col_offset = if lines != 0 { cols } else { t.start.col + cols };
        let toks = Lexer::tokenize_at(&src, false, first_line, starting_col_offset, true);
        let sub_lines = super::split_lines(&src);
        let mut p2 = Parser::new(
            toks.toks,
            toks.open_paren,
            &sub_lines,
            Input::Eval,
            Some(FStringCtx {
                starting_col_offset,
            }),
        );
        p2.level = self.level;
        p2.filename = self.filename;
        match p2.run_fstring() {
            Ok(e) => Some(e),
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some(e);
                }
                None
            }
        }
    }

    /// The two passes for an f-string sub-expression (`fstring: star_expressions`).
    fn run_fstring(&mut self) -> Result<Expr, crate::error::SyntaxErr> {
        let res = self.fstring_rule();
        if let Some(e) = &self.error {
            if e.kind == crate::error::SyntaxKind::Memory {
                return Err(e.clone());
            }
        }
        if self.error.is_none() {
            if let Some(e) = res {
                return Ok(e);
            }
        }
        let last_token = self.fill.saturating_sub(1);
        self.memo_rollback(0);
        self.mark = 0;
        self.call_invalid = true;
        let _ = self.fstring_rule();
        Err(self.set_syntax_error(last_token))
    }
}

/// CPython's escape decoding for str literals (`decode_unicode_with_escapes`): non-ASCII
/// characters are first rewritten as `\UXXXXXXXX` (and a backslash before them or at the end
/// as `\u005c`), so error positions count in that rewritten text.
/// `first_invalid` receives the first escape CPython warns about (`d` for `\d`, `777` for an
/// octal escape above 0o377), as its `first_invalid_escape`.
pub fn decode_unicode_escapes(
    s: &str,
    first_invalid: &mut Option<String>,
) -> Result<String, String> {
    let mut buf: Vec<u8> = Vec::with_capacity(s.len() * 2);
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            buf.push(b'\\');
            i += 1;
            if i >= chars.len() || chars[i] as u32 >= 0x80 {
                buf.extend_from_slice(b"u005c");
                if i >= chars.len() {
                    break;
                }
            }
        }
        let c = chars[i];
        if c as u32 >= 0x80 {
            buf.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes());
        } else {
            buf.push(c as u8);
        }
        i += 1;
    }
    unicode_escape_decode(&buf, first_invalid)
}

/// The `unicode_escape` codec on ASCII input, with CPython's error messages.
fn unicode_escape_decode(b: &[u8], first_invalid: &mut Option<String>) -> Result<String, String> {
    let mut out = String::with_capacity(b.len());
    let mut s = 0;
    let end = b.len();
    let err = |start: usize, endpos: usize, msg: &str| -> String {
        if endpos == start + 1 {
            format!(
                "'unicodeescape' codec can't decode byte 0x{:02x} in position {}: {}",
                b[start], start, msg
            )
        } else {
            format!(
                "'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                start,
                endpos - 1,
                msg
            )
        }
    };
    while s < end {
        let c = b[s];
        if c != b'\\' {
            out.push(c as char);
            s += 1;
            continue;
        }
        let start = s;
        s += 1;
        if s >= end {
            return Err(err(start, end, "\\ at end of string"));
        }
        let c = b[s];
        s += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b't' => out.push('\t'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b'v' => out.push('\x0b'),
            b'a' => out.push('\x07'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                if s < end && (b'0'..=b'7').contains(&b[s]) {
                    v = (v << 3) + (b[s] - b'0') as u32;
                    s += 1;
                    if s < end && (b'0'..=b'7').contains(&b[s]) {
                        v = (v << 3) + (b[s] - b'0') as u32;
                        s += 1;
                    }
                }
                if v > 0o377 && first_invalid.is_none() {
                    *first_invalid = Some(String::from_utf8_lossy(&b[start + 1..s]).into_owned());
                }
                out.push(crate::unicode::char_of(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, msg) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut ch: u32 = 0;
                for _ in 0..count {
                    if s >= end {
                        return Err(err(start, end, msg));
                    }
                    let d = match (b[s] as char).to_digit(16) {
                        Some(d) => d,
                        None => return Err(err(start, s, msg)),
                    };
                    ch = (ch << 4) + d;
                    s += 1;
                }
                if ch > 0x10ffff {
                    return Err(err(start, s, "illegal Unicode character"));
                }
                // Lone surrogates are stored in the surrogate window (see unicode.rs).
                out.push(crate::unicode::char_of(ch).unwrap_or('\u{fffd}'));
            }
            b'N' => {
                let msg = "malformed \\N character escape";
                if s >= end {
                    return Err(err(start, end, msg));
                }
                if b[s] == b'{' {
                    s += 1;
                    let name_start = s;
                    while s < end && b[s] != b'}' {
                        s += 1;
                    }
                    if s >= end {
                        return Err(err(start, end, msg));
                    }
                    if s > name_start {
                        let name = String::from_utf8_lossy(&b[name_start..s]).to_string();
                        s += 1;
                        match crate::unicode_names::lookup(&name) {
                            Some(ch) => {
                                out.push(ch);
                                continue;
                            }
                            None => return Err(err(start, s, "unknown Unicode character name")),
                        }
                    }
                }
                return Err(err(start, s, msg));
            }
            other => {
                if first_invalid.is_none() {
                    *first_invalid = Some((other as char).to_string());
                }
                out.push('\\');
                out.push(other as char);
            }
        }
    }
    Ok(out)
}

/// Escape decoding for bytes literals (`_PyBytes_DecodeEscape`).
pub fn decode_bytes_escapes(
    s: &str,
    first_invalid: &mut Option<String>,
) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= b.len() {
            return Err("Trailing \\ in string".into());
        }
        let e = b[i];
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let digits = i - 1;
                let mut v = (e - b'0') as u32;
                if i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = (v << 3) + (b[i] - b'0') as u32;
                    i += 1;
                    if i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        v = (v << 3) + (b[i] - b'0') as u32;
                        i += 1;
                    }
                }
                if v > 0o377 && first_invalid.is_none() {
                    *first_invalid = Some(String::from_utf8_lossy(&b[digits..i]).into_owned());
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let d1 = b.get(i).and_then(|c| (*c as char).to_digit(16));
                let d2 = b.get(i + 1).and_then(|c| (*c as char).to_digit(16));
                match (d1, d2) {
                    (Some(a), Some(c)) => {
                        out.push((a * 16 + c) as u8);
                        i += 2;
                    }
                    _ => return Err(format!("invalid \\x escape at position {}", i - 2)),
                }
            }
            other => {
                if first_invalid.is_none() {
                    *first_invalid = Some((other as char).to_string());
                }
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
