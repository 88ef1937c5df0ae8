//! The compiler: a parsed pattern to a `Program` for the matcher (`engine.rs`). The code
//! layout and each instruction's meaning follow CPython's `re._compiler` and `_sre`, so
//! that matching (including which group values survive backtracking) is the same.

use super::chars::{self, Category, WordMode};
use super::parser::{self, At, Node, ReError, RepeatKind, SetItem};
use super::*;

/// One instruction. Bodies of compound instructions follow them inline; `next` fields are
/// the index of the instruction after the body (the "tail").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Failure,
    /// End of the pattern or of a sub-body (lookaround, atomic group, possessive repeat).
    Success,
    /// Any character but `\n`.
    Any,
    AnyAll,
    At(AtCode),
    Lit(u32),
    NotLit(u32),
    /// ASCII case-insensitive (operand already lowercased).
    LitIgn(u32),
    NotLitIgn(u32),
    /// Unicode case-insensitive (operand already lowercased).
    LitUni(u32),
    NotLitUni(u32),
    /// Locale case-insensitive (operand as written).
    LitLoc(u32),
    NotLitLoc(u32),
    /// Membership in `Program::sets[i]`.
    In(u32),
    /// Records the position as mark `i` (group g starts at 2g-2, ends at 2g-1).
    Mark(u32),
    Jump(u32),
    /// Alternatives listed in `Program::branches[i]`, each ending in a Jump past them.
    Branch(u32),
    /// Greedy repeat of the one-character item at pc+1 (followed by Success).
    RepeatOne {
        min: u32,
        max: u32,
        next: u32,
    },
    MinRepeatOne {
        min: u32,
        max: u32,
        next: u32,
    },
    PossRepeatOne {
        min: u32,
        max: u32,
        next: u32,
    },
    /// General repeat: body at pc+1, ending with the MaxUntil/MinUntil at `next`.
    Repeat {
        min: u32,
        max: u32,
        next: u32,
    },
    MaxUntil,
    MinUntil,
    /// Possessive general repeat: body at pc+1 ending with Success; tail at `next`.
    PossRepeat {
        min: u32,
        max: u32,
        next: u32,
    },
    /// Atomic group: body at pc+1 ending with Success; tail at `next`.
    Atomic {
        next: u32,
    },
    GroupRef(u32, CaseMode),
    /// Yes-branch at pc+1; `no` is the no-branch (or the tail).
    GroupRefExists {
        group: u32,
        no: u32,
    },
    /// Lookaround: body at pc+1 ending with Success, starting `back` characters earlier.
    Assert {
        back: u32,
        next: u32,
    },
    AssertNot {
        back: u32,
        next: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseMode {
    Exact,
    Ascii,
    Unicode,
    Locale,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtCode {
    Beginning,
    BeginningLine,
    BeginningString,
    End,
    EndLine,
    EndString,
    Boundary(WordMode),
    NonBoundary(WordMode),
}

/// How a set sees the character before testing membership.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SetMode {
    Plain,
    Ascii,
    Unicode,
    Locale,
}

/// Members that do not fit the BMP map.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Tail {
    Lit(u32),
    Range(u32, u32),
    /// In range, or its uppercase is (CPython's RANGE_UNI_IGNORE).
    RangeUniIgnore(u32, u32),
    Cat(Category),
}

/// A compiled character set (`[...]`, `\d`, ...).
#[derive(Debug)]
pub struct CharSet {
    /// Membership of each character below 256, as the set's mode sees it.
    small: [u64; 4],
    negate: bool,
    mode: SetMode,
    /// Members below U+10000 as sorted, disjoint ranges.
    bmp: Vec<(u32, u32)>,
    tail: Vec<Tail>,
}

impl CharSet {
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 256 {
            return self.small[(c >> 6) as usize] >> (c & 63) & 1 != 0;
        }
        self.matches_slow(c)
    }

    fn matches_slow(&self, c: u32) -> bool {
        match self.mode {
            SetMode::Plain => self.contains(c),
            SetMode::Ascii => self.contains(chars::lower_ascii(c)),
            SetMode::Unicode => self.contains(chars::lower_uni(c)),
            SetMode::Locale => {
                let lo = chars::lower_locale(c);
                if self.contains(lo) {
                    return true;
                }
                let up = chars::upper_locale(c);
                up != lo && self.contains(up)
            }
        }
    }

    /// sre's `charset()`: membership of an already transformed character.
    fn contains(&self, c: u32) -> bool {
        let hit = (c < 0x10000
            && self
                .bmp
                .binary_search_by(|&(lo, hi)| {
                    if hi < c {
                        std::cmp::Ordering::Less
                    } else if lo > c {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Equal
                    }
                })
                .is_ok())
            || self.tail.iter().any(|t| match *t {
                Tail::Lit(l) => l == c,
                Tail::Range(lo, hi) => lo <= c && c <= hi,
                Tail::RangeUniIgnore(lo, hi) => {
                    (lo <= c && c <= hi) || {
                        let u = chars::upper_uni(c);
                        lo <= u && u <= hi
                    }
                }
                Tail::Cat(cat) => cat.contains(c),
            });
        hit != self.negate
    }

    fn finish(mut self) -> CharSet {
        for c in 0..256u32 {
            if self.matches_slow(c) {
                self.small[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        self
    }
}

/// A compiled pattern.
pub struct Program {
    pub code: Vec<Op>,
    pub sets: Vec<CharSet>,
    pub branches: Vec<Vec<u32>>,
    /// Number of capture groups (without group 0).
    pub groups: usize,
    /// Shortest possible match (capped).
    pub min_width: usize,
    /// Characters every match starts with (case-sensitive).
    pub prefix: Vec<u32>,
    /// A set every match's first character is in (when there is no prefix).
    pub first_set: Option<u32>,
    /// The pattern starts with `^` or `\A` (not multiline): search tries only one place.
    pub anchored: bool,
}

/// Compiles a parsed pattern; `flags` are the final flags (inline global ones included).
pub fn compile(parsed: &parser::Parsed, flags: u32) -> Result<Program, ReError> {
    let mut c = Compiler {
        code: Vec::new(),
        sets: Vec::new(),
        branches: Vec::new(),
        widths: &parsed.group_widths,
    };
    c.seq(&parsed.seq, flags)?;
    c.code.push(Op::Success);
    let (lo, _) = parser::getwidth(&parsed.seq, &|g| {
        parsed.group_widths.get(g).copied().unwrap_or((0, 0))
    });
    let mut prefix = Vec::new();
    let mut first_set = None;
    if lo > 0 && !(flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE != 0) {
        literal_prefix(&parsed.seq, flags, &mut prefix);
        if prefix.is_empty() {
            if let Some(items) = charset_prefix(&parsed.seq, flags) {
                let set = build_set(&items, flags, None);
                c.sets.push(set.0);
                first_set = Some(c.sets.len() as u32 - 1);
            }
        }
    }
    let anchored = matches!(
        c.code.first(),
        Some(Op::At(AtCode::Beginning | AtCode::BeginningString))
    );
    Ok(Program {
        code: c.code,
        sets: c.sets,
        branches: c.branches,
        groups: parsed.groups - 1,
        min_width: lo.min(u32::MAX as u128) as usize,
        prefix,
        first_set,
        anchored,
    })
}

struct Compiler<'a> {
    code: Vec<Op>,
    sets: Vec<CharSet>,
    branches: Vec<Vec<u32>>,
    widths: &'a [(u128, u128)],
}

fn combine_flags(flags: u32, add: u32, del: u32) -> u32 {
    let type_flags = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
    let mut f = flags;
    if add & type_flags != 0 {
        f &= !type_flags;
    }
    (f | add) & !del
}

/// (iscased, tolower, uses the extra cases) for IGNORECASE without LOCALE.
type CaseFns = (fn(u32) -> bool, fn(u32) -> u32, bool);

fn case_fns(flags: u32) -> Option<CaseFns> {
    if flags & FLAG_IGNORECASE == 0 || flags & FLAG_LOCALE != 0 {
        return None;
    }
    if flags & FLAG_UNICODE != 0 {
        Some((chars::iscased_uni, chars::lower_uni, true))
    } else {
        Some((chars::iscased_ascii, chars::lower_ascii, false))
    }
}

fn is_simple(seq: &[Node]) -> bool {
    if seq.len() != 1 {
        return false;
    }
    match &seq[0] {
        Node::Subpattern {
            group: None, body, ..
        } => is_simple(body),
        Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(_) => true,
        _ => false,
    }
}

fn repeat_op_name(kind: RepeatKind) -> &'static str {
    match kind {
        RepeatKind::Greedy => "MAX_REPEAT",
        RepeatKind::Lazy => "MIN_REPEAT",
        RepeatKind::Possessive => "POSSESSIVE_REPEAT",
    }
}

impl Compiler<'_> {
    fn pc(&self) -> u32 {
        self.code.len() as u32
    }

    fn add_set(&mut self, set: CharSet) -> u32 {
        self.sets.push(set);
        self.sets.len() as u32 - 1
    }

    fn seq(&mut self, seq: &[Node], flags: u32) -> Result<(), ReError> {
        let fns = case_fns(flags);
        for node in seq {
            match node {
                Node::Literal(c) | Node::NotLiteral(c) => {
                    let not = matches!(node, Node::NotLiteral(_));
                    let c = *c;
                    let op = if flags & FLAG_IGNORECASE == 0 {
                        if not {
                            Op::NotLit(c)
                        } else {
                            Op::Lit(c)
                        }
                    } else if flags & FLAG_LOCALE != 0 {
                        if not {
                            Op::NotLitLoc(c)
                        } else {
                            Op::LitLoc(c)
                        }
                    } else {
                        let (iscased, tolower, fixes) =
                            fns.unwrap_or((chars::iscased_ascii, chars::lower_ascii, false));
                        if !iscased(c) {
                            if not {
                                Op::NotLit(c)
                            } else {
                                Op::Lit(c)
                            }
                        } else {
                            let lo = tolower(c);
                            match (fixes, chars::extra_cases(lo)) {
                                (false, _) => {
                                    if not {
                                        Op::NotLitIgn(lo)
                                    } else {
                                        Op::LitIgn(lo)
                                    }
                                }
                                (true, None) => {
                                    if not {
                                        Op::NotLitUni(lo)
                                    } else {
                                        Op::LitUni(lo)
                                    }
                                }
                                (true, Some(extra)) => {
                                    let mut bmp: Vec<(u32, u32)> = std::iter::once(lo)
                                        .chain(extra.iter().copied())
                                        .map(|x| (x, x))
                                        .collect();
                                    bmp.sort_unstable();
                                    let set = CharSet {
                                        small: [0; 4],
                                        negate: not,
                                        mode: SetMode::Unicode,
                                        bmp,
                                        tail: Vec::new(),
                                    }
                                    .finish();
                                    Op::In(self.add_set(set))
                                }
                            }
                        }
                    };
                    self.code.push(op);
                }
                Node::In(items) => {
                    let (set, _) = build_set(items, flags, fns);
                    let i = self.add_set(set);
                    self.code.push(Op::In(i));
                }
                Node::Any => self.code.push(if flags & FLAG_DOTALL != 0 {
                    Op::AnyAll
                } else {
                    Op::Any
                }),
                Node::Repeat {
                    kind,
                    min,
                    max,
                    item,
                } => {
                    if flags & FLAG_TEMPLATE != 0 {
                        return Err(ReError::Syntax {
                            msg: format!(
                                "internal: unsupported template operator {}",
                                repeat_op_name(*kind)
                            ),
                            pos: None,
                        });
                    }
                    let (min, max) = (*min, *max);
                    let start = self.code.len();
                    if is_simple(item) {
                        self.code.push(Op::Failure);
                        self.seq(item, flags)?;
                        self.code.push(Op::Success);
                        if self.code.len() == start + 3 {
                            let next = self.pc();
                            self.code[start] = match kind {
                                RepeatKind::Greedy => Op::RepeatOne { min, max, next },
                                RepeatKind::Lazy => Op::MinRepeatOne { min, max, next },
                                RepeatKind::Possessive => Op::PossRepeatOne { min, max, next },
                            };
                            continue;
                        }
                        self.code.truncate(start);
                    }
                    self.code.push(Op::Failure);
                    self.seq(item, flags)?;
                    match kind {
                        RepeatKind::Possessive => {
                            self.code.push(Op::Success);
                            let next = self.pc();
                            self.code[start] = Op::PossRepeat { min, max, next };
                        }
                        _ => {
                            let next = self.pc();
                            self.code[start] = Op::Repeat { min, max, next };
                            self.code.push(if *kind == RepeatKind::Greedy {
                                Op::MaxUntil
                            } else {
                                Op::MinUntil
                            });
                        }
                    }
                }
                Node::Subpattern {
                    group,
                    add,
                    del,
                    body,
                } => {
                    if let Some(g) = group {
                        self.code.push(Op::Mark((*g as u32 - 1) * 2));
                    }
                    self.seq(body, combine_flags(flags, *add, *del))?;
                    if let Some(g) = group {
                        self.code.push(Op::Mark((*g as u32 - 1) * 2 + 1));
                    }
                }
                Node::Atomic(body) => {
                    let start = self.code.len();
                    self.code.push(Op::Failure);
                    self.seq(body, flags)?;
                    self.code.push(Op::Success);
                    let next = self.pc();
                    self.code[start] = Op::Atomic { next };
                }
                Node::Assert {
                    behind,
                    negate,
                    body,
                } => {
                    let back = if *behind {
                        let widths = self.widths;
                        let (lo, hi) =
                            parser::getwidth(body, &|g| widths.get(g).copied().unwrap_or((0, 0)));
                        if lo > u32::MAX as u128 {
                            return Err(ReError::Syntax {
                                msg: "looks too much behind".into(),
                                pos: None,
                            });
                        }
                        if lo != hi {
                            return Err(ReError::Syntax {
                                msg: "look-behind requires fixed-width pattern".into(),
                                pos: None,
                            });
                        }
                        lo as u32
                    } else {
                        0
                    };
                    let start = self.code.len();
                    self.code.push(Op::Failure);
                    self.seq(body, flags)?;
                    self.code.push(Op::Success);
                    let next = self.pc();
                    self.code[start] = if *negate {
                        Op::AssertNot { back, next }
                    } else {
                        Op::Assert { back, next }
                    };
                }
                Node::At(at) => {
                    let multiline = flags & FLAG_MULTILINE != 0;
                    let mode = if flags & FLAG_LOCALE != 0 {
                        WordMode::Locale
                    } else if flags & FLAG_UNICODE != 0 {
                        WordMode::Unicode
                    } else {
                        WordMode::Ascii
                    };
                    let code = match at {
                        At::Beginning if multiline => AtCode::BeginningLine,
                        At::Beginning => AtCode::Beginning,
                        At::End if multiline => AtCode::EndLine,
                        At::End => AtCode::End,
                        At::BeginningString => AtCode::BeginningString,
                        At::EndString => AtCode::EndString,
                        At::Boundary => AtCode::Boundary(mode),
                        At::NonBoundary => AtCode::NonBoundary(mode),
                    };
                    self.code.push(Op::At(code));
                }
                Node::Branch(items) => {
                    let start = self.code.len();
                    self.code.push(Op::Failure);
                    let mut alts = Vec::with_capacity(items.len());
                    let mut jumps = Vec::with_capacity(items.len());
                    for it in items {
                        alts.push(self.pc());
                        self.seq(it, flags)?;
                        jumps.push(self.code.len());
                        self.code.push(Op::Failure);
                    }
                    let end = self.pc();
                    for j in jumps {
                        self.code[j] = Op::Jump(end);
                    }
                    self.branches.push(alts);
                    self.code[start] = Op::Branch(self.branches.len() as u32 - 1);
                }
                Node::GroupRef(g) => {
                    let mode = if flags & FLAG_IGNORECASE == 0 {
                        CaseMode::Exact
                    } else if flags & FLAG_LOCALE != 0 {
                        CaseMode::Locale
                    } else if flags & FLAG_UNICODE == 0 {
                        CaseMode::Ascii
                    } else {
                        CaseMode::Unicode
                    };
                    self.code.push(Op::GroupRef(*g as u32 - 1, mode));
                }
                Node::GroupRefExists { group, yes, no } => {
                    let start = self.code.len();
                    self.code.push(Op::Failure);
                    self.seq(yes, flags)?;
                    let no_pc = if let Some(no) = no {
                        let j = self.code.len();
                        self.code.push(Op::Failure);
                        let no_pc = self.pc();
                        self.seq(no, flags)?;
                        let end = self.pc();
                        self.code[j] = Op::Jump(end);
                        no_pc
                    } else {
                        self.pc()
                    };
                    self.code[start] = Op::GroupRefExists {
                        group: *group as u32 - 1,
                        no: no_pc,
                    };
                }
            }
        }
        Ok(())
    }
}

/// Builds a set as `_optimize_charset` + `_compile_charset` would, returning it and whether
/// case folding applies (CPython's `hascased`).
fn build_set(items: &[SetItem], flags: u32, fns: Option<CaseFns>) -> (CharSet, bool) {
    let mut negate = false;
    let mut map: Vec<bool> = vec![false; 256];
    let mut tail = Vec::new();
    let mut hascased = false;
    let grow = |map: &mut Vec<bool>, c: u32| -> bool {
        if c < 0x10000 {
            if c as usize >= map.len() {
                map.resize(0x10000, false);
            }
            true
        } else {
            false
        }
    };
    for item in items {
        match *item {
            SetItem::Negate => negate = true,
            SetItem::Category(cat) => {
                tail.push(Tail::Cat(cat.with_flags(flags)));
            }
            SetItem::Literal(c) => match fns {
                Some((iscased, tolower, fixes)) => {
                    let lo = tolower(c);
                    if grow(&mut map, lo) {
                        map[lo as usize] = true;
                        if fixes {
                            if let Some(extra) = chars::extra_cases(lo) {
                                for &k in extra {
                                    if grow(&mut map, k) {
                                        map[k as usize] = true;
                                    }
                                }
                            }
                        }
                        if !hascased && iscased(c) {
                            hascased = true;
                        }
                    } else {
                        hascased = true;
                        tail.push(Tail::Lit(c));
                    }
                }
                None => {
                    if grow(&mut map, c) {
                        map[c as usize] = true;
                    } else {
                        tail.push(Tail::Lit(c));
                    }
                }
            },
            SetItem::Range(lo, hi) => match fns {
                Some((iscased, tolower, fixes)) => {
                    let mut overflow = false;
                    for i in lo..=hi {
                        let l = tolower(i);
                        if !grow(&mut map, l) {
                            overflow = true;
                            break;
                        }
                        map[l as usize] = true;
                        if fixes {
                            if let Some(extra) = chars::extra_cases(l) {
                                for &k in extra {
                                    if grow(&mut map, k) {
                                        map[k as usize] = true;
                                    }
                                }
                            }
                        }
                    }
                    if overflow {
                        hascased = true;
                        tail.push(Tail::RangeUniIgnore(lo, hi));
                    } else if !hascased {
                        hascased = (lo..=hi).any(iscased);
                    }
                }
                None => {
                    let top = hi.min(0xffff);
                    if lo <= top {
                        grow(&mut map, top);
                        for i in lo..=top {
                            map[i as usize] = true;
                        }
                    }
                    if hi > 0xffff {
                        tail.push(Tail::Range(lo, hi));
                    }
                }
            },
        }
    }
    let mut bmp = Vec::new();
    let mut i = 0;
    while i < map.len() {
        if map[i] {
            let start = i;
            while i < map.len() && map[i] {
                i += 1;
            }
            bmp.push((start as u32, i as u32 - 1));
        } else {
            i += 1;
        }
    }
    let mode = if flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE != 0 {
        SetMode::Locale
    } else if !hascased {
        SetMode::Plain
    } else if fns.is_some_and(|f| f.2) {
        SetMode::Unicode
    } else {
        SetMode::Ascii
    };
    let set = CharSet {
        small: [0; 4],
        negate,
        mode,
        bmp,
        tail,
    };
    (set.finish(), hascased)
}

/// Literal characters every match must start with (`_get_literal_prefix`).
fn literal_prefix(seq: &[Node], flags: u32, out: &mut Vec<u32>) -> bool {
    let iscased: Option<fn(u32) -> bool> = if flags & FLAG_IGNORECASE == 0 {
        None
    } else if flags & FLAG_UNICODE != 0 {
        Some(chars::iscased_uni)
    } else {
        Some(chars::iscased_ascii)
    };
    for node in seq {
        match node {
            Node::Literal(c) => {
                if iscased.is_some_and(|f| f(*c)) {
                    return false;
                }
                out.push(*c);
            }
            Node::Subpattern { add, del, body, .. } => {
                let f1 = combine_flags(flags, *add, *del);
                if f1 & FLAG_IGNORECASE != 0 && f1 & FLAG_LOCALE != 0 {
                    return false;
                }
                if !literal_prefix(body, f1, out) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
}

/// A set holding every match's first character (`_get_charset_prefix`).
fn charset_prefix(seq: &[Node], flags: u32) -> Option<Vec<SetItem>> {
    let mut seq = seq;
    let mut flags = flags;
    let first = loop {
        let n = seq.first()?;
        match n {
            Node::Subpattern { add, del, body, .. } => {
                flags = combine_flags(flags, *add, *del);
                if flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE != 0 {
                    return None;
                }
                seq = body;
            }
            _ => break n,
        }
    };
    let iscased: Option<fn(u32) -> bool> = if flags & FLAG_IGNORECASE == 0 {
        None
    } else if flags & FLAG_UNICODE != 0 {
        Some(chars::iscased_uni)
    } else {
        Some(chars::iscased_ascii)
    };
    let cased = |c: u32| iscased.is_some_and(|f| f(c));
    match first {
        Node::Literal(c) => {
            if cased(*c) {
                None
            } else {
                Some(vec![SetItem::Literal(*c)])
            }
        }
        Node::Branch(items) => {
            let mut set = Vec::new();
            for it in items {
                match it.first()? {
                    Node::Literal(c) if !cased(*c) => set.push(SetItem::Literal(*c)),
                    _ => return None,
                }
            }
            Some(set)
        }
        Node::In(items) => {
            if iscased.is_some() {
                for it in items {
                    match *it {
                        SetItem::Literal(c) if cased(c) => return None,
                        SetItem::Range(lo, hi) if hi > 0xffff || (lo..=hi).any(cased) => {
                            return None
                        }
                        _ => {}
                    }
                }
            }
            Some(items.clone())
        }
        _ => None,
    }
}
