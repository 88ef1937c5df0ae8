//! The regular expression parser: Python's `re` syntax to a tree of `Node`s, with CPython
//! 3.11's rules, error messages and error positions (`re._parser`). Patterns arrive as code
//! points (`str`) or bytes widened to `u32` (bytes patterns are read as Latin-1).

use super::chars::Category;
use super::*;

/// The largest repeat count (`a{n}` takes n < MAXREPEAT; MAXREPEAT itself means "no limit").
pub const MAXREPEAT: u32 = u32::MAX;
/// The most groups a pattern may have.
pub const MAXGROUPS: usize = 0x3fff_ffff;
/// `getwidth`'s "unbounded".
pub const MAXWIDTH: u128 = 1 << 64;

const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

pub type Seq = Vec<Node>;

/// One element of a parsed pattern (an `(op, av)` pair of `re._parser`).
#[derive(Clone, Debug)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    Any,
    In(Vec<SetItem>),
    At(At),
    Branch(Vec<Seq>),
    Repeat {
        kind: RepeatKind,
        min: u32,
        max: u32,
        item: Seq,
    },
    Subpattern {
        group: Option<usize>,
        add: u32,
        del: u32,
        body: Seq,
    },
    Atomic(Seq),
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Seq,
        no: Option<Seq>,
    },
    Assert {
        behind: bool,
        negate: bool,
        body: Seq,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// Members of a character set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetItem {
    Negate,
    Literal(u32),
    Range(u32, u32),
    Category(Category),
}

/// Position assertions as the parser writes them (flags pick the variant at compile time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Beginning,
    BeginningString,
    End,
    EndString,
    Boundary,
    NonBoundary,
}

/// Why a pattern was rejected.
#[derive(Debug)]
pub enum ReError {
    /// `re.error(msg, pattern, pos)`; pos None for errors without a position.
    Syntax { msg: String, pos: Option<usize> },
    /// OverflowError.
    Overflow(String),
    /// ValueError (flags that do not fit the pattern type).
    Value(String),
    /// RecursionError: the pattern nests deeper than CPython's recursive parser can go.
    Recursion,
}

/// The result of parsing: the tree and what the parser learned about groups.
pub struct Parsed {
    pub seq: Seq,
    pub flags: u32,
    /// Number of groups plus one (group 0).
    pub groups: usize,
    /// Named groups in definition order.
    pub names: Vec<(Vec<u32>, usize)>,
    pub group_widths: Vec<(u128, u128)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Tok {
    pub c: u32,
    pub esc: bool,
}

impl Tok {
    pub fn len(self) -> usize {
        1 + self.esc as usize
    }
    pub fn is(self, c: u8) -> bool {
        !self.esc && self.c == c as u32
    }
    fn in_set(self, set: &[u8]) -> bool {
        !self.esc && self.c < 128 && set.contains(&(self.c as u8))
    }
    fn text(self) -> String {
        let mut s = String::new();
        if self.esc {
            s.push('\\');
        }
        s.push(uchar(self.c));
        s
    }
}

/// A code point as a Rust char (surrogates through the surrogate window).
pub fn uchar(c: u32) -> char {
    crate::unicode::char_of(c).unwrap_or('\u{fffd}')
}

pub fn ustring(s: &[u32]) -> String {
    s.iter().map(|c| uchar(*c)).collect()
}

const DIGITS: &[u8] = b"0123456789";
const OCTDIGITS: &[u8] = b"01234567";
const HEXDIGITS: &[u8] = b"0123456789abcdefABCDEF";
const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";
const SPECIAL_CHARS: &[u8] = b".\\[{()*+?^$|";

/// The tokenizer: one character, or a backslash and the character after it.
pub(super) struct Source<'a> {
    s: &'a [u32],
    pub is_str: bool,
    index: usize,
    pub next: Option<Tok>,
    /// Warnings issued by the caller: FutureWarning ("Possible nested set at position 1"),
    /// or DeprecationWarning when the flag is true (numeric group names like '+1').
    pub warnings: Vec<(bool, String)>,
}

impl<'a> Source<'a> {
    pub fn new(s: &'a [u32], is_str: bool) -> Result<Source<'a>, ReError> {
        let mut src = Source {
            s,
            is_str,
            index: 0,
            next: None,
            warnings: Vec::new(),
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> Result<(), ReError> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == b'\\' as u32 {
            let Some(&d) = self.s.get(self.index + 1) else {
                return Err(ReError::Syntax {
                    msg: "bad escape (end of pattern)".into(),
                    pos: Some(self.s.len() - 1),
                });
            };
            self.index += 2;
            self.next = Some(Tok { c: d, esc: true });
        } else {
            self.index += 1;
            self.next = Some(Tok { c, esc: false });
        }
        Ok(())
    }

    pub fn matches(&mut self, c: u8) -> Result<bool, ReError> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn get(&mut self) -> Result<Option<Tok>, ReError> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    pub fn next_in(&self, set: &[u8]) -> bool {
        self.next.is_some_and(|t| t.in_set(set))
    }

    fn getwhile(&mut self, n: usize, set: &[u8], out: &mut Vec<u32>) -> Result<(), ReError> {
        for _ in 0..n {
            match self.next {
                Some(t) if t.in_set(set) => {
                    out.push(t.c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(())
    }

    /// Characters up to `terminator` (escaped tokens keep their backslash).
    pub fn getuntil(&mut self, terminator: u8, name: &str) -> Result<Vec<u32>, ReError> {
        let mut result: Vec<u32> = Vec::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {}", name), 0));
                    }
                    return Err(self.error(
                        format!("missing {}, unterminated name", terminator as char),
                        result.len(),
                    ));
                }
                Some(t) if t.is(terminator) => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {}", name), 1));
                    }
                    break;
                }
                Some(t) => {
                    if t.esc {
                        result.push(b'\\' as u32);
                    }
                    result.push(t.c);
                }
            }
        }
        Ok(result)
    }

    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> Result<(), ReError> {
        self.index = index;
        self.advance()
    }

    pub fn error(&self, msg: String, offset: usize) -> ReError {
        let msg = if self.is_str {
            msg
        } else {
            backslash_ascii(&msg)
        };
        ReError::Syntax {
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }

    /// 3.11's DeprecationWarning for a group number not written in ASCII digits
    /// ('+1', ' 1', '1_0', '１'); the name has just been read with its closing delimiter.
    pub fn check_numeric_name(&mut self, name: &[u32]) {
        if name
            .iter()
            .all(|&c| (b'0' as u32..=b'9' as u32).contains(&c))
        {
            return;
        }
        let shown = if self.is_str {
            py_repr(name)
        } else {
            backslash_ascii(&py_repr(name))
        };
        let pos = self.tell().saturating_sub(name.len() + 1);
        let msg = format!("bad character in group name {} at position {}", shown, pos);
        self.warnings.push((true, msg));
    }

    fn checkgroupname(&self, name: &[u32], offset: usize) -> Result<(), ReError> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.error(msg, name.len() + offset));
        }
        Ok(())
    }
}

/// `msg.encode('ascii', 'backslashreplace').decode()` (messages about bytes patterns).
pub fn backslash_ascii(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    for ch in msg.chars() {
        let c = crate::unicode::code_of(ch);
        if c < 128 {
            out.push(ch);
        } else {
            crate::objects::strobj::push_escape(&mut out, c);
        }
    }
    out
}

pub fn py_repr(s: &[u32]) -> String {
    crate::objects::strobj::repr_str(&ustring(s))
}

pub fn is_identifier(s: &[u32]) -> bool {
    crate::objects::strobj::is_identifier(&ustring(s))
}

/// Python's `int(s)` for a group number written in a pattern or template: None when `s` is
/// not an integer literal, else the value (saturated; sign applied).
pub fn parse_py_int(s: &[u32]) -> Option<i128> {
    let text = ustring(s);
    let t = text.trim_matches(crate::unicode::is_space);
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') {
        return None;
    }
    let mut v: i128 = 0;
    let mut prev_us = false;
    for ch in digits.chars() {
        if ch == '_' {
            if prev_us {
                return None;
            }
            prev_us = true;
            continue;
        }
        prev_us = false;
        let d = crate::unicode::decimal_value(ch)?;
        v = v.saturating_mul(10).saturating_add(d as i128);
    }
    Some(if neg { -v } else { v })
}

struct State {
    /// The parser's nesting level at which CPython runs out of recursion.
    max_nested: usize,
    flags: u32,
    names: Vec<(Vec<u32>, usize)>,
    /// Width of each closed group (None while open); index 0 is group 0.
    widths: Vec<Option<(u128, u128)>>,
    lookbehind_groups: Option<usize>,
    groupref_pos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn opengroup(&mut self, name: Option<&[u32]>) -> Result<usize, String> {
        let gid = self.groups();
        self.widths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some((_, ogid)) = self.names.iter().find(|(n, _)| n == name) {
                return Err(format!(
                    "redefinition of group name {} as group {}; was group {}",
                    py_repr(name),
                    gid,
                    ogid
                ));
            }
            self.names.push((name.to_vec(), gid));
        }
        Ok(gid)
    }

    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }

    fn checklookbehindgroup(&self, gid: usize, src: &Source) -> Result<(), ReError> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.checkgroup(gid) {
                return Err(src.error("cannot refer to an open group".into(), 0));
            }
            if gid >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern".into(),
                    0,
                ));
            }
        }
        Ok(())
    }

    fn group_width(&self, gid: usize) -> (u128, u128) {
        self.widths.get(gid).copied().flatten().unwrap_or((0, 0))
    }
}

/// Parses `pattern` (code points) with the given flags. `recursion_limit` is Python's
/// (CPython's parser is recursive: 3.11 fails near two levels per group at the limit).
pub fn parse(
    pattern: &[u32],
    is_str: bool,
    flags: u32,
    recursion_limit: usize,
    warnings: &mut Vec<(bool, String)>,
) -> Result<Parsed, ReError> {
    let mut src = Source::new(pattern, is_str)?;
    let result = parse_source(&mut src, is_str, flags, recursion_limit);
    warnings.append(&mut src.warnings);
    result
}

fn parse_source(
    src: &mut Source,
    is_str: bool,
    flags: u32,
    recursion_limit: usize,
) -> Result<Parsed, ReError> {
    let mut state = State {
        max_nested: recursion_limit.saturating_sub(8),
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
    };
    let seq = parse_sub(src, &mut state, flags & FLAG_VERBOSE != 0, 0)?;
    state.flags = fix_flags(is_str, state.flags)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis".into(), 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(ReError::Syntax {
                msg: format!("invalid group reference {}", g),
                pos: Some(pos),
            });
        }
    }
    let group_widths = (0..state.groups()).map(|g| state.group_width(g)).collect();
    Ok(Parsed {
        seq,
        flags: state.flags,
        groups: state.groups(),
        names: state.names,
        group_widths,
    })
}

/// Checks and completes the flags for the pattern type (`re._parser.fix_flags`).
pub fn fix_flags(is_str: bool, mut flags: u32) -> Result<u32, ReError> {
    if is_str {
        if flags & FLAG_LOCALE != 0 {
            return Err(ReError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(ReError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & FLAG_UNICODE != 0 {
            return Err(ReError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(ReError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

/// Are two nodes equal as the parser's tuple comparison sees them? Nodes holding
/// subpatterns never compare equal (those compare by identity in CPython).
fn simple_eq(a: &Node, b: &Node) -> bool {
    match (a, b) {
        (Node::Literal(x), Node::Literal(y)) => x == y,
        (Node::NotLiteral(x), Node::NotLiteral(y)) => x == y,
        (Node::Any, Node::Any) => true,
        (Node::In(x), Node::In(y)) => x == y,
        (Node::At(x), Node::At(y)) => x == y,
        (Node::GroupRef(x), Node::GroupRef(y)) => x == y,
        _ => false,
    }
}

fn uniq(items: Vec<SetItem>) -> Vec<SetItem> {
    let mut out: Vec<SetItem> = Vec::with_capacity(items.len());
    for it in items {
        if !out.contains(&it) {
            out.push(it);
        }
    }
    out
}

fn parse_sub(
    src: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> Result<Seq, ReError> {
    if nested >= state.max_nested {
        return Err(ReError::Recursion);
    }
    let mut items: Vec<Seq> = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, state, verbose, nested + 1, first)?);
        if !src.matches(b'|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & FLAG_VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    let mut out = Seq::new();
    // Move a prefix common to all alternatives out of the branch.
    while let Some(prefix) = items.first().and_then(|i| i.first()).cloned() {
        if items
            .iter()
            .all(|it| it.first().is_some_and(|n| simple_eq(n, &prefix)))
        {
            for it in items.iter_mut() {
                it.remove(0);
            }
            out.push(prefix);
        } else {
            break;
        }
    }
    // A branch of single characters or sets becomes one set.
    let mut set = Vec::new();
    let mut all_sets = true;
    for it in &items {
        if it.len() != 1 {
            all_sets = false;
            break;
        }
        match &it[0] {
            Node::Literal(c) => set.push(SetItem::Literal(*c)),
            Node::In(s) if s.first() != Some(&SetItem::Negate) => set.extend_from_slice(s),
            _ => {
                all_sets = false;
                break;
            }
        }
    }
    if all_sets {
        out.push(Node::In(uniq(set)));
        return Ok(out);
    }
    out.push(Node::Branch(items));
    Ok(out)
}

fn parse_seq(
    src: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> Result<Seq, ReError> {
    if nested >= state.max_nested {
        return Err(ReError::Recursion);
    }
    let mut seq = Seq::new();
    while let Some(this) = src.next {
        if this.is(b'|') || this.is(b')') {
            break;
        }
        src.get()?;
        if verbose {
            if this.in_set(WHITESPACE) {
                continue;
            }
            if this.is(b'#') {
                loop {
                    match src.get()? {
                        None => break,
                        Some(t) if t.is(b'\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.esc {
            seq.push(escape(src, this, state)?);
        } else if !this.in_set(SPECIAL_CHARS) {
            seq.push(Node::Literal(this.c));
        } else if this.is(b'[') {
            seq.push(parse_set(src)?);
        } else if this.in_set(b"*+?{") {
            let here = src.tell();
            let (min, max) = match this.c as u8 {
                b'?' => (0, 1),
                b'*' => (0, MAXREPEAT),
                b'+' => (1, MAXREPEAT),
                _ => {
                    if src.next.is_some_and(|t| t.is(b'}')) {
                        seq.push(Node::Literal(this.c));
                        continue;
                    }
                    let mut lo = Vec::new();
                    let mut hi = Vec::new();
                    while src.next_in(DIGITS) {
                        lo.push(src.get()?.map_or(0, |t| t.c));
                    }
                    if src.matches(b',')? {
                        while src.next_in(DIGITS) {
                            hi.push(src.get()?.map_or(0, |t| t.c));
                        }
                    } else {
                        hi = lo.clone();
                    }
                    if !src.matches(b'}')? {
                        seq.push(Node::Literal(this.c));
                        src.seek(here)?;
                        continue;
                    }
                    let mut min = 0;
                    let mut max = MAXREPEAT;
                    if !lo.is_empty() {
                        min = repeat_number(&lo)?;
                    }
                    if !hi.is_empty() {
                        max = repeat_number(&hi)?;
                        if max < min {
                            return Err(src.error(
                                "min repeat greater than max repeat".into(),
                                src.tell() - here,
                            ));
                        }
                    }
                    (min, max)
                }
            };
            let off = src.tell() - here + this.len();
            let item = match seq.last() {
                None | Some(Node::At(_)) => {
                    return Err(src.error("nothing to repeat".into(), off));
                }
                Some(Node::Repeat { .. }) => {
                    return Err(src.error("multiple repeat".into(), off));
                }
                Some(_) => match seq.pop() {
                    Some(Node::Subpattern {
                        group: None,
                        add: 0,
                        del: 0,
                        body,
                    }) => body,
                    Some(n) => vec![n],
                    None => Vec::new(),
                },
            };
            let kind = if src.matches(b'?')? {
                RepeatKind::Lazy
            } else if src.matches(b'+')? {
                RepeatKind::Possessive
            } else {
                RepeatKind::Greedy
            };
            seq.push(Node::Repeat {
                kind,
                min,
                max,
                item,
            });
        } else if this.is(b'.') {
            seq.push(Node::Any);
        } else if this.is(b'(') {
            if let Some(node) = parse_group(src, state, &mut verbose, nested, first, &seq)? {
                seq.push(node);
            }
        } else if this.is(b'^') {
            seq.push(Node::At(At::Beginning));
        } else if this.is(b'$') {
            seq.push(Node::At(At::End));
        }
    }
    // Unpack non-capturing groups without flags.
    let mut out = Seq::with_capacity(seq.len());
    for n in seq {
        match n {
            Node::Subpattern {
                group: None,
                add: 0,
                del: 0,
                body,
            } => out.extend(body),
            n => out.push(n),
        }
    }
    Ok(out)
}

fn repeat_number(digits: &[u32]) -> Result<u32, ReError> {
    let mut v: u64 = 0;
    for d in digits {
        v = v
            .saturating_mul(10)
            .saturating_add((*d - b'0' as u32) as u64);
    }
    if v >= MAXREPEAT as u64 {
        return Err(ReError::Overflow(
            "the repetition number is too large".into(),
        ));
    }
    Ok(v as u32)
}

fn parse_set(src: &mut Source) -> Result<Node, ReError> {
    let here = src.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    if src.next.is_some_and(|t| t.is(b'[') && !t.esc) {
        let msg = format!("Possible nested set at position {}", src.tell());
        src.warnings.push((false, msg));
    }
    let negate = src.matches(b'^')?;
    let unterminated =
        |src: &Source| src.error("unterminated character set".into(), src.tell() - here);
    loop {
        let Some(this) = src.get()? else {
            return Err(unterminated(src));
        };
        if this.is(b']') && !set.is_empty() {
            break;
        }
        let code1 = if this.esc {
            class_escape(src, this)?
        } else {
            if !set.is_empty() && this.in_set(b"-&~|") && src.next == Some(this) {
                let op = match this.c as u8 {
                    b'-' => "difference",
                    b'&' => "intersection",
                    b'~' => "symmetric difference",
                    _ => "union",
                };
                let msg = format!("Possible set {} at position {}", op, src.tell() - 1);
                src.warnings.push((false, msg));
            }
            SetItem::Literal(this.c)
        };
        if src.matches(b'-')? {
            let Some(that) = src.get()? else {
                return Err(unterminated(src));
            };
            if that.is(b']') {
                set.push(code1);
                set.push(SetItem::Literal(b'-' as u32));
                break;
            }
            let code2 = if that.esc {
                class_escape(src, that)?
            } else {
                if that.is(b'-') {
                    let msg = format!("Possible set difference at position {}", src.tell() - 2);
                    src.warnings.push((false, msg));
                }
                SetItem::Literal(that.c)
            };
            let bad = || {
                src.error(
                    format!("bad character range {}-{}", this.text(), that.text()),
                    this.len() + 1 + that.len(),
                )
            };
            match (code1, code2) {
                (SetItem::Literal(lo), SetItem::Literal(hi)) => {
                    if hi < lo {
                        return Err(bad());
                    }
                    set.push(SetItem::Range(lo, hi));
                }
                _ => return Err(bad()),
            }
        } else {
            set.push(code1);
        }
    }
    let mut set = uniq(set);
    if set.len() == 1 {
        if let SetItem::Literal(c) = set[0] {
            return Ok(if negate {
                Node::NotLiteral(c)
            } else {
                Node::Literal(c)
            });
        }
    }
    if negate {
        set.insert(0, SetItem::Negate);
    }
    Ok(Node::In(set))
}

fn category_escape(c: u32) -> Option<Category> {
    Some(match char::from_u32(c)? {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn hex_value(digits: &[u32]) -> u32 {
    digits.iter().fold(0u32, |v, d| {
        v.wrapping_mul(16)
            .wrapping_add(char::from_u32(*d).and_then(|c| c.to_digit(16)).unwrap_or(0))
    })
}

fn oct_value(digits: &[u32]) -> u32 {
    digits.iter().fold(0u32, |v, d| v * 8 + (d - b'0' as u32))
}

fn esc_text(escape: &[u32]) -> String {
    format!("\\{}", ustring(escape))
}

/// `\x`, `\u`, `\U` and `\N{...}` (shared by both escape kinds); None for other escapes.
fn code_escape(src: &mut Source, c: u32) -> Result<Option<u32>, ReError> {
    let (n, want) = match char::from_u32(c) {
        Some('x') => (2, 4),
        Some('u') if src.is_str => (4, 6),
        Some('U') if src.is_str => (8, 10),
        Some('N') if src.is_str => {
            if !src.matches(b'{')? {
                return Err(src.error("missing {".into(), 0));
            }
            let name = src.getuntil(b'}', "character name")?;
            let found = crate::unicode_names::lookup(&ustring(&name));
            return match found {
                Some(ch) => Ok(Some(crate::unicode::code_of(ch))),
                None => Err(src.error(
                    format!("undefined character name {}", py_repr(&name)),
                    name.len() + 4,
                )),
            };
        }
        _ => return Ok(None),
    };
    let mut esc = vec![c];
    src.getwhile(n, HEXDIGITS, &mut esc)?;
    if esc.len() + 1 != want {
        return Err(src.error(
            format!("incomplete escape {}", esc_text(&esc)),
            esc.len() + 1,
        ));
    }
    let v = hex_value(&esc[1..]);
    if v > 0x10ffff {
        return Err(src.error(format!("bad escape {}", esc_text(&esc)), esc.len() + 1));
    }
    Ok(Some(v))
}

fn bad_escape(src: &Source, escape: &[u32]) -> ReError {
    src.error(format!("bad escape {}", esc_text(escape)), escape.len() + 1)
}

fn class_escape(src: &mut Source, tok: Tok) -> Result<SetItem, ReError> {
    let c = tok.c;
    if let Some(v) = simple_escape(c) {
        return Ok(SetItem::Literal(v));
    }
    if let Some(cat) = category_escape(c) {
        return Ok(SetItem::Category(cat));
    }
    if let Some(v) = code_escape(src, c)? {
        return Ok(SetItem::Literal(v));
    }
    if OCTDIGITS.contains(&(c as u8)) && c < 128 {
        let mut esc = vec![c];
        src.getwhile(2, OCTDIGITS, &mut esc)?;
        let v = oct_value(&esc);
        if v > 0o377 {
            return Err(src.error(
                format!(
                    "octal escape value {} outside of range 0-0o377",
                    esc_text(&esc)
                ),
                esc.len() + 1,
            ));
        }
        return Ok(SetItem::Literal(v));
    }
    if c < 128 && (c as u8).is_ascii_alphanumeric() {
        return Err(bad_escape(src, &[c]));
    }
    Ok(SetItem::Literal(c))
}

fn escape(src: &mut Source, tok: Tok, state: &mut State) -> Result<Node, ReError> {
    let c = tok.c;
    if let Some(ch) = char::from_u32(c) {
        match ch {
            'A' => return Ok(Node::At(At::BeginningString)),
            'b' => return Ok(Node::At(At::Boundary)),
            'B' => return Ok(Node::At(At::NonBoundary)),
            'Z' => return Ok(Node::At(At::EndString)),
            _ => {}
        }
    }
    if let Some(cat) = category_escape(c) {
        return Ok(Node::In(vec![SetItem::Category(cat)]));
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Node::Literal(v));
    }
    if let Some(v) = code_escape(src, c)? {
        return Ok(Node::Literal(v));
    }
    if c == b'0' as u32 {
        let mut esc = vec![c];
        src.getwhile(2, OCTDIGITS, &mut esc)?;
        return Ok(Node::Literal(oct_value(&esc)));
    }
    if c < 128 && (c as u8).is_ascii_digit() {
        let mut esc = vec![c];
        if src.next_in(DIGITS) {
            esc.push(src.get()?.map_or(0, |t| t.c));
            if OCTDIGITS.contains(&(esc[0] as u8))
                && OCTDIGITS.contains(&(esc[1] as u8))
                && src.next_in(OCTDIGITS)
            {
                esc.push(src.get()?.map_or(0, |t| t.c));
                let v = oct_value(&esc);
                if v > 0o377 {
                    return Err(src.error(
                        format!(
                            "octal escape value {} outside of range 0-0o377",
                            esc_text(&esc)
                        ),
                        esc.len() + 1,
                    ));
                }
                return Ok(Node::Literal(v));
            }
        }
        let group = esc
            .iter()
            .fold(0usize, |v, d| v * 10 + (*d - b'0' as u32) as usize);
        if group < state.groups() {
            if !state.checkgroup(group) {
                return Err(src.error("cannot refer to an open group".into(), esc.len() + 1));
            }
            state.checklookbehindgroup(group, src)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(src.error(format!("invalid group reference {}", group), esc.len()));
    }
    if c < 128 && (c as u8).is_ascii_alphanumeric() {
        return Err(bad_escape(src, &[c]));
    }
    Ok(Node::Literal(c))
}

/// Parses what follows `(`. None for constructs that add nothing (comments, global flags).
fn parse_group(
    src: &mut Source,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
    seq: &Seq,
) -> Result<Option<Node>, ReError> {
    let start = src.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<Vec<u32>> = None;
    let mut add_flags = 0;
    let mut del_flags = 0;
    if src.matches(b'?')? {
        let Some(ch) = src.get()? else {
            return Err(src.error("unexpected end of pattern".into(), 0));
        };
        if ch.is(b'P') {
            if src.matches(b'<')? {
                let n = src.getuntil(b'>', "group name")?;
                src.checkgroupname(&n, 1)?;
                name = Some(n);
            } else if src.matches(b'=')? {
                let n = src.getuntil(b')', "group name")?;
                src.checkgroupname(&n, 1)?;
                let gid = state.names.iter().find(|(k, _)| *k == n).map(|e| e.1);
                let Some(gid) = gid else {
                    return Err(
                        src.error(format!("unknown group name {}", py_repr(&n)), n.len() + 1)
                    );
                };
                if !state.checkgroup(gid) {
                    return Err(src.error("cannot refer to an open group".into(), n.len() + 1));
                }
                state.checklookbehindgroup(gid, src)?;
                return Ok(Some(Node::GroupRef(gid)));
            } else {
                let Some(ch) = src.get()? else {
                    return Err(src.error("unexpected end of pattern".into(), 0));
                };
                return Err(src.error(format!("unknown extension ?P{}", ch.text()), ch.len() + 2));
            }
        } else if ch.is(b':') {
            capture = false;
        } else if ch.is(b'#') {
            loop {
                if src.next.is_none() {
                    return Err(
                        src.error("missing ), unterminated comment".into(), src.tell() - start)
                    );
                }
                if src.get()?.is_some_and(|t| t.is(b')')) {
                    break;
                }
            }
            return Ok(None);
        } else if ch.in_set(b"=!<") {
            let mut ch = ch;
            let mut behind = false;
            let mut outer_lookbehind = false;
            if ch.is(b'<') {
                let Some(c2) = src.get()? else {
                    return Err(src.error("unexpected end of pattern".into(), 0));
                };
                if !c2.in_set(b"=!") {
                    return Err(
                        src.error(format!("unknown extension ?<{}", c2.text()), c2.len() + 2)
                    );
                }
                ch = c2;
                behind = true;
                if state.lookbehind_groups.is_none() {
                    state.lookbehind_groups = Some(state.groups());
                    outer_lookbehind = true;
                }
            }
            let body = parse_sub(src, state, *verbose, nested + 1)?;
            if outer_lookbehind {
                state.lookbehind_groups = None;
            }
            if !src.matches(b')')? {
                return Err(src.error(
                    "missing ), unterminated subpattern".into(),
                    src.tell() - start,
                ));
            }
            return Ok(Some(Node::Assert {
                behind,
                negate: ch.is(b'!'),
                body,
            }));
        } else if ch.is(b'(') {
            let condname = src.getuntil(b')', "group name")?;
            let condgroup;
            if is_identifier(&condname) {
                src.checkgroupname(&condname, 1)?;
                match state.names.iter().find(|(k, _)| *k == condname) {
                    Some((_, g)) => condgroup = *g,
                    None => {
                        return Err(src.error(
                            format!("unknown group name {}", py_repr(&condname)),
                            condname.len() + 1,
                        ))
                    }
                }
            } else {
                let v = match parse_py_int(&condname) {
                    Some(v) if v >= 0 => v,
                    _ => {
                        return Err(src.error(
                            format!("bad character in group name {}", py_repr(&condname)),
                            condname.len() + 1,
                        ))
                    }
                };
                if v == 0 {
                    return Err(src.error("bad group number".into(), condname.len() + 1));
                }
                src.check_numeric_name(&condname);
                if v >= MAXGROUPS as i128 {
                    return Err(
                        src.error(format!("invalid group reference {}", v), condname.len() + 1)
                    );
                }
                condgroup = v as usize;
                if !state.groupref_pos.iter().any(|(g, _)| *g == condgroup) {
                    let pos = src.tell() - condname.len() - 1;
                    state.groupref_pos.push((condgroup, pos));
                }
            }
            state.checklookbehindgroup(condgroup, src)?;
            let yes = parse_seq(src, state, *verbose, nested + 1, false)?;
            let no = if src.matches(b'|')? {
                let no = parse_seq(src, state, *verbose, nested + 1, false)?;
                if src.next.is_some_and(|t| t.is(b'|')) {
                    return Err(
                        src.error("conditional backref with more than two branches".into(), 0)
                    );
                }
                Some(no)
            } else {
                None
            };
            if !src.matches(b')')? {
                return Err(src.error(
                    "missing ), unterminated subpattern".into(),
                    src.tell() - start,
                ));
            }
            return Ok(Some(Node::GroupRefExists {
                group: condgroup,
                yes,
                no,
            }));
        } else if ch.is(b'>') {
            capture = false;
            atomic = true;
        } else if !ch.esc && (flag_value(ch.c).is_some() || ch.c == b'-' as u32) {
            match parse_flags(src, state, ch)? {
                None => {
                    if !first || !seq.is_empty() {
                        return Err(src.error(
                            "global flags not at the start of the expression".into(),
                            src.tell() - start,
                        ));
                    }
                    *verbose = state.flags & FLAG_VERBOSE != 0;
                    return Ok(None);
                }
                Some((a, d)) => {
                    add_flags = a;
                    del_flags = d;
                    capture = false;
                }
            }
        } else {
            return Err(src.error(format!("unknown extension ?{}", ch.text()), ch.len() + 1));
        }
    }
    let group = if capture {
        match state.opengroup(name.as_deref()) {
            Ok(g) => Some(g),
            Err(msg) => {
                return Err(src.error(msg, name.as_ref().map_or(0, |n| n.len()) + 1));
            }
        }
    } else {
        None
    };
    let sub_verbose = (*verbose || add_flags & FLAG_VERBOSE != 0) && del_flags & FLAG_VERBOSE == 0;
    let body = parse_sub(src, state, sub_verbose, nested + 1)?;
    if !src.matches(b')')? {
        return Err(src.error(
            "missing ), unterminated subpattern".into(),
            src.tell() - start,
        ));
    }
    if let Some(g) = group {
        let width = getwidth(&body, &|gid| state.group_width(gid));
        state.widths[g] = Some(width);
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Subpattern {
        group,
        add: add_flags,
        del: del_flags,
        body,
    }))
}

fn flag_value(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

fn tok_flag(t: Option<Tok>) -> Option<u32> {
    t.filter(|t| !t.esc).and_then(|t| flag_value(t.c))
}

fn tok_isalpha(t: Tok) -> bool {
    !t.esc && crate::unicode::is_alpha(uchar(t.c))
}

/// Inline flags after `(?`: None for global flags `(?x)`, else (added, removed).
fn parse_flags(
    src: &mut Source,
    state: &mut State,
    first: Tok,
) -> Result<Option<(u32, u32)>, ReError> {
    let mut add = 0;
    let mut del = 0;
    let mut ch = first;
    if !ch.is(b'-') {
        loop {
            let flag = tok_flag(Some(ch)).unwrap_or(0);
            if src.is_str {
                if ch.is(b'L') {
                    return Err(src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern".into(),
                        0,
                    ));
                }
            } else if ch.is(b'u') {
                return Err(src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern".into(),
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible".into(),
                    0,
                ));
            }
            let Some(next) = src.get()? else {
                return Err(src.error("missing -, : or )".into(), 0));
            };
            ch = next;
            if ch.in_set(b")-:") {
                break;
            }
            if tok_flag(Some(ch)).is_none() {
                let msg = if tok_isalpha(ch) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg.into(), ch.len()));
            }
        }
    }
    if ch.is(b')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag".into(), 1));
    }
    if ch.is(b'-') {
        let Some(next) = src.get()? else {
            return Err(src.error("missing flag".into(), 0));
        };
        ch = next;
        if tok_flag(Some(ch)).is_none() {
            let msg = if tok_isalpha(ch) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg.into(), ch.len()));
        }
        loop {
            let flag = tok_flag(Some(ch)).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'".into(),
                    0,
                ));
            }
            del |= flag;
            let Some(next) = src.get()? else {
                return Err(src.error("missing :".into(), 0));
            };
            ch = next;
            if ch.is(b':') {
                break;
            }
            if tok_flag(Some(ch)).is_none() {
                let msg = if tok_isalpha(ch) {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(src.error(msg.into(), ch.len()));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag".into(), 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off".into(), 1));
    }
    Ok(Some((add, del)))
}

/// `SubPattern.getwidth()`: the (min, max) number of characters `seq` can match.
pub fn getwidth(seq: &[Node], group_width: &dyn Fn(usize) -> (u128, u128)) -> (u128, u128) {
    let mut lo: u128 = 0;
    let mut hi: u128 = 0;
    for n in seq {
        match n {
            Node::Branch(items) => {
                let mut i = MAXWIDTH;
                let mut j = 0;
                for it in items {
                    let (l, h) = getwidth(it, group_width);
                    i = i.min(l);
                    j = j.max(h);
                }
                lo += i;
                hi += j;
            }
            Node::Atomic(body) | Node::Subpattern { body, .. } => {
                let (i, j) = getwidth(body, group_width);
                lo += i;
                hi += j;
            }
            Node::Repeat { min, max, item, .. } => {
                let (i, j) = getwidth(item, group_width);
                lo += i * *min as u128;
                if *max == MAXREPEAT && j != 0 {
                    hi = MAXWIDTH;
                } else {
                    hi += j * *max as u128;
                }
            }
            Node::Any | Node::In(_) | Node::Literal(_) | Node::NotLiteral(_) => {
                lo += 1;
                hi += 1;
            }
            Node::GroupRef(g) => {
                let (i, j) = group_width(*g);
                lo += i;
                hi += j;
            }
            Node::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = getwidth(yes, group_width);
                match no {
                    Some(no) => {
                        let (l, h) = getwidth(no, group_width);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                lo += i;
                hi += j;
            }
            Node::At(_) | Node::Assert { .. } => {}
        }
        lo = lo.min(MAXWIDTH * 4);
        hi = hi.min(MAXWIDTH * 4);
    }
    (lo.min(MAXWIDTH), hi.min(MAXWIDTH))
}
