//! Replacement templates of `sub()` and `Match.expand()`: `\1`, `\g<name>`, `\g<0>`, the
//! character escapes, with `re._parser.parse_template`'s rules and errors.

use std::rc::Rc;

use super::parser::{self, py_repr, ustring, ReError, Source, Tok, MAXGROUPS};
use super::{Found, PatternObj, Subject};
use crate::modules::native;
use crate::object::*;
use crate::objects::{bytesobj, dictobj, strobj};
use crate::types;
use crate::vm::{PyErr, PyResult, Vm};

enum Piece {
    Literal(Value),
    Group(usize),
}

/// A parsed template: literal pieces (of the template's type) and group references.
pub struct Template {
    pieces: Vec<Piece>,
}

impl Template {
    /// The replacement when the template has no group references and one literal.
    pub fn as_literal(&self) -> Option<Value> {
        match self.pieces.as_slice() {
            [Piece::Literal(v)] => Some(v.clone()),
            _ => None,
        }
    }

    /// The template with the groups of a match filled in (`expand_template`).
    pub fn expand(&self, vm: &mut Vm, subject: &Subject, f: &Found) -> PyResult<Value> {
        let mut text = String::new();
        let mut bytes = Vec::new();
        for (i, p) in self.pieces.iter().enumerate() {
            match p {
                Piece::Group(g) => {
                    let (a, b) = f.spans.get(*g).copied().unwrap_or((-1, -1));
                    if a < 0 || b < 0 {
                        continue;
                    }
                    append_value(
                        &mut text,
                        &mut bytes,
                        &subject.slice(a as usize, b as usize),
                    );
                }
                Piece::Literal(v) => {
                    let ok = if subject.is_bytes {
                        v.as_str().is_none()
                    } else {
                        v.as_str().is_some()
                    };
                    if !ok {
                        let msg = if subject.is_bytes {
                            format!(
                                "sequence item {}: expected a bytes-like object, {} found",
                                i,
                                types::type_name(v)
                            )
                        } else {
                            format!(
                                "sequence item {}: expected str instance, {} found",
                                i,
                                types::type_name(v)
                            )
                        };
                        return Err(vm.new_type_error(msg));
                    }
                    append_value(&mut text, &mut bytes, v);
                }
            }
            vm.check_alloc(text.len() + bytes.len())?;
        }
        Ok(if subject.is_bytes {
            bytesobj::new_bytes(bytes)
        } else {
            strobj::new_str(text)
        })
    }
}

fn append_value(text: &mut String, bytes: &mut Vec<u8>, v: &Value) {
    if let Some(s) = v.as_rust_str() {
        text.push_str(s);
    } else if let Some(b) = bytesobj::buffer_data(v) {
        bytes.extend_from_slice(&b);
    }
}

/// The parsed template `repl` for pattern `p` (cached per pattern).
pub fn compiled(
    vm: &mut Vm,
    pattern: &Value,
    p: &PatternObj,
    repl: &Value,
) -> PyResult<Rc<Template>> {
    let cached = p.repl_cache.borrow().as_ref().and_then(|(k, t)| {
        let same = k.is(repl)
            || match (k.as_rust_str(), repl.as_rust_str()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            };
        same.then(|| t.clone())
    });
    if let Some(t) = cached {
        return Ok(t);
    }
    // CPython caches sub()'s parsed templates by (pattern, repl): an unhashable template
    // (bytearray, writable memoryview; only those with a backslash get here) fails there.
    if repl.as_str().is_none() && !matches!(repl.payload(), Some(Payload::Bytes(_))) {
        vm.hash(repl)?;
    }
    let t = Rc::new(parse(vm, pattern, p, repl)?);
    if repl.as_str().is_some() || matches!(repl.payload(), Some(Payload::Bytes(_))) {
        *p.repl_cache.borrow_mut() = Some((repl.clone(), t.clone()));
    }
    Ok(t)
}

/// Parses a template (a str, or a bytes-like object read as Latin-1).
pub fn parse(vm: &mut Vm, _pattern: &Value, p: &PatternObj, repl: &Value) -> PyResult<Template> {
    let (src, is_str): (Vec<u32>, bool) = if let Some(s) = repl.as_str() {
        (
            s.as_str().chars().map(crate::unicode::code_of).collect(),
            true,
        )
    } else if let Some(b) =
        bytesobj::buffer_data(repl).or_else(|| native::with_buffer(repl, |b| b.to_vec()))
    {
        (b.into_iter().map(u32::from).collect(), false)
    } else {
        return Err(vm.new_type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            types::type_name(repl)
        )));
    };
    match parse_units(vm, &src, is_str, p) {
        Ok(t) => Ok(t),
        Err(TemplateError::Re(e)) => Err(super::convert_error(vm, e, repl)),
        Err(TemplateError::Py(e)) => Err(e),
    }
}

enum TemplateError {
    Re(ReError),
    Py(PyErr),
}

impl From<ReError> for TemplateError {
    fn from(e: ReError) -> Self {
        TemplateError::Re(e)
    }
}

fn parse_units(
    vm: &mut Vm,
    units: &[u32],
    is_str: bool,
    p: &PatternObj,
) -> Result<Template, TemplateError> {
    let groups = p.prog.groups;
    let mut s = Source::new(units, is_str)?;
    let mut pieces = Vec::new();
    let mut literal: Vec<u32> = Vec::new();
    let flush = |literal: &mut Vec<u32>, pieces: &mut Vec<Piece>| {
        if !literal.is_empty() {
            pieces.push(Piece::Literal(make_literal(literal, is_str)));
            literal.clear();
        }
    };
    let digit =
        |t: Option<Tok>| t.is_some_and(|t| !t.esc && (b'0' as u32..=b'9' as u32).contains(&t.c));
    let octal =
        |t: Option<Tok>| t.is_some_and(|t| !t.esc && (b'0' as u32..=b'7' as u32).contains(&t.c));
    while let Some(this) = s.get()? {
        if !this.esc {
            literal.push(this.c);
            continue;
        }
        let c = this.c;
        if c == b'g' as u32 {
            if !s.matches(b'<')? {
                return Err(s.error("missing <".into(), 0).into());
            }
            let name = s.getuntil(b'>', "group name")?;
            let index;
            if parser::is_identifier(&name) {
                let key = ustring(&name);
                let found = dictobj::as_dict(&p.groupindex).and_then(|d| d.get_rust_str(&key));
                match found {
                    Some(Value::Int(g)) => index = g as usize,
                    _ => {
                        return Err(TemplateError::Py(
                            vm.new_index_error(format!("unknown group name {}", py_repr(&name))),
                        ))
                    }
                }
            } else {
                match parser::parse_py_int(&name) {
                    Some(v) if v >= 0 => {
                        if v >= MAXGROUPS as i128 {
                            return Err(s
                                .error(format!("invalid group reference {}", v), name.len() + 1)
                                .into());
                        }
                        index = v as usize;
                        s.check_numeric_name(&name);
                        for (_, msg) in std::mem::take(&mut s.warnings) {
                            super::parse_warning(vm, true, &msg, 2).map_err(TemplateError::Py)?;
                        }
                    }
                    _ => {
                        return Err(s
                            .error(
                                format!("bad character in group name {}", py_repr(&name)),
                                name.len() + 1,
                            )
                            .into())
                    }
                }
            }
            if index > groups {
                return Err(s
                    .error(format!("invalid group reference {}", index), name.len() + 1)
                    .into());
            }
            flush(&mut literal, &mut pieces);
            pieces.push(Piece::Group(index));
        } else if c == b'0' as u32 {
            let mut v = 0u32;
            for _ in 0..2 {
                if !octal(s.next) {
                    break;
                }
                v = v * 8 + (s.get()?.map_or(0, |t| t.c) - b'0' as u32);
            }
            literal.push(v & 0xff);
        } else if (b'1' as u32..=b'9' as u32).contains(&c) {
            let mut digits = vec![c];
            if digit(s.next) {
                digits.push(s.get()?.map_or(0, |t| t.c));
                if c <= b'7' as u32 && digits[1] <= b'7' as u32 && octal(s.next) {
                    digits.push(s.get()?.map_or(0, |t| t.c));
                    let v = digits.iter().fold(0u32, |a, x| a * 8 + (x - b'0' as u32));
                    if v > 0o377 {
                        return Err(s
                            .error(
                                format!(
                                    "octal escape value \\{} outside of range 0-0o377",
                                    ustring(&digits)
                                ),
                                4,
                            )
                            .into());
                    }
                    literal.push(v);
                    continue;
                }
            }
            let g = digits
                .iter()
                .fold(0usize, |a, x| a * 10 + (x - b'0' as u32) as usize);
            if g > groups {
                return Err(s
                    .error(format!("invalid group reference {}", g), digits.len())
                    .into());
            }
            flush(&mut literal, &mut pieces);
            pieces.push(Piece::Group(g));
        } else {
            let esc = match char::from_u32(c) {
                Some('a') => Some(7),
                Some('b') => Some(8),
                Some('f') => Some(12),
                Some('n') => Some(10),
                Some('r') => Some(13),
                Some('t') => Some(9),
                Some('v') => Some(11),
                Some('\\') => Some(92),
                _ => None,
            };
            match esc {
                Some(v) => literal.push(v),
                None => {
                    if c < 128 && (c as u8).is_ascii_alphabetic() {
                        return Err(s
                            .error(format!("bad escape \\{}", parser::uchar(c)), 2)
                            .into());
                    }
                    literal.push(b'\\' as u32);
                    literal.push(c);
                }
            }
        }
    }
    flush(&mut literal, &mut pieces);
    Ok(Template { pieces })
}

fn make_literal(s: &[u32], is_str: bool) -> Value {
    if is_str {
        strobj::new_str(ustring(s))
    } else {
        bytesobj::new_bytes(s.iter().map(|c| *c as u8).collect())
    }
}
