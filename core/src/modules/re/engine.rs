//! The matcher: a backtracking machine over a `Program`, with CPython's `_sre` semantics
//! (which alternatives are tried in which order, how capture marks are saved and restored,
//! the zero-width repeat guard). Sub-matches that sre runs recursively are contexts on an
//! explicit stack, so deep backtracking uses heap memory, never the Rust stack; the VM's
//! limits are polled as it runs.

use super::chars;
use super::compile::{AtCode, CaseMode, Op, Program};
use super::parser::MAXREPEAT;
use crate::vm::{PyResult, Vm};

/// A text unit: bytes and ASCII strs are matched as `u8`, other strs as code points.
pub trait Unit: Copy {
    fn code(self) -> u32;
    /// Index of the first unit equal to `c`.
    fn find(hay: &[Self], c: u32) -> Option<usize>;
}

impl Unit for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
    fn find(hay: &[u8], c: u32) -> Option<usize> {
        if c > 255 {
            return None;
        }
        find_byte(hay, c as u8)
    }
}

impl Unit for u32 {
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
    fn find(hay: &[u32], c: u32) -> Option<usize> {
        hay.iter().position(|&x| x == c)
    }
}

/// memchr, eight bytes at a time.
fn find_byte(hay: &[u8], b: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pat = LO.wrapping_mul(b as u64);
    let mut i = 0;
    let mut chunks = hay.chunks_exact(8);
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w) ^ pat;
        if x.wrapping_sub(LO) & !x & HI != 0 {
            break;
        }
        i += 8;
    }
    hay[i..].iter().position(|&x| x == b).map(|k| i + k)
}

/// An unset mark or pointer.
pub const NONE: usize = usize::MAX;

/// Where a context resumes when the sub-match it started returns.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    Atomic,
}

/// One level of sre's recursion: the instruction being worked on and its saved state.
#[derive(Clone, Copy)]
struct Ctx {
    pc: u32,
    ptr: usize,
    count: isize,
    /// Repeat context index, or the literal a greedy repeat's tail starts with.
    rep: usize,
    lastmark: isize,
    lastindex: isize,
    toplevel: bool,
    jump: Jump,
}

/// A running general repeat (`REPEAT` ... `MAX_UNTIL`).
struct RepeatCtx {
    count: isize,
    pc: u32,
    prev: usize,
    last_ptr: usize,
}

enum Flow {
    Dispatch(u32, usize),
    Return(bool),
}

/// The engine's growable buffers, kept between matches to spare allocations.
#[derive(Default)]
struct Scratch {
    marks: Vec<usize>,
    repeats: Vec<RepeatCtx>,
    data: Vec<usize>,
    ctxs: Vec<Ctx>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Option<Scratch>> = const { std::cell::RefCell::new(None) };
}

/// Buffers beyond this many bytes are not kept for reuse.
const SCRATCH_KEEP: usize = 1 << 16;

/// Matching state for one subject string.
pub struct Engine<'a, T: Unit> {
    prog: &'a Program,
    text: &'a [T],
    /// `endpos`: matching sees the text as ending here.
    end: usize,
    /// Where the current match attempt starts.
    pub start: usize,
    /// Where the last successful (sub-)match ended.
    pub ptr: usize,
    pub marks: Vec<usize>,
    pub lastmark: isize,
    pub lastindex: isize,
    repeat: usize,
    repeats: Vec<RepeatCtx>,
    data: Vec<usize>,
    ctxs: Vec<Ctx>,
    pub match_all: bool,
    pub must_advance: bool,
    ticks: u32,
}

impl<'a, T: Unit> Engine<'a, T> {
    pub fn new(prog: &'a Program, text: &'a [T], pos: usize, endpos: usize) -> Self {
        let mut sc = SCRATCH
            .with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.take()))
            .unwrap_or_default();
        sc.marks.clear();
        sc.marks.resize(prog.groups * 2, NONE);
        Engine {
            prog,
            text,
            end: endpos,
            start: pos,
            ptr: pos,
            marks: sc.marks,
            lastmark: -1,
            lastindex: -1,
            repeat: NONE,
            repeats: sc.repeats,
            data: sc.data,
            ctxs: sc.ctxs,
            match_all: false,
            must_advance: false,
            ticks: 0,
        }
    }

    /// Searches from `pos` (an iteration step of findall, sub, split and the scanner).
    pub fn search_at(&mut self, vm: &mut Vm, pos: usize, must_advance: bool) -> PyResult<bool> {
        self.start = pos;
        self.must_advance = must_advance;
        self.do_search(vm)
    }

    fn reset(&mut self) {
        if self.lastmark >= 0 {
            // Marks past lastmark are never read; only the ones in use need clearing.
            let n = (self.lastmark as usize + 1).min(self.marks.len());
            self.marks[..n].fill(NONE);
        }
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = NONE;
        self.repeats.clear();
        self.data.clear();
        self.ctxs.clear();
    }

    pub fn groups(&self) -> usize {
        self.prog.groups
    }

    /// The span of group `g` (1-based) after a successful match, if it took part.
    pub fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let j = (g - 1) * 2;
        if (j + 1) as isize <= self.lastmark {
            let (a, b) = (self.marks[j], self.marks[j + 1]);
            if a != NONE && b != NONE {
                return Some((a, b));
            }
        }
        None
    }

    /// Matches at `self.start` (`match`, or `fullmatch` with `match_all`).
    pub fn do_match(&mut self, vm: &mut Vm) -> PyResult<bool> {
        self.reset();
        self.ptr = self.start;
        let min = self.prog.min_width;
        if min > 0 && self.start <= self.end && self.end - self.start < min {
            return Ok(false);
        }
        self.run(vm, 0, true)
    }

    /// Finds the first match at or after `self.start`; on success `start`/`ptr` hold its
    /// span.
    pub fn do_search(&mut self, vm: &mut Vm) -> PyResult<bool> {
        self.reset();
        let mut ptr = self.start;
        let end = self.end;
        if ptr > end {
            return Ok(false);
        }
        let min = self.prog.min_width;
        if min > 0 && end - ptr < min {
            return Ok(false);
        }
        let prog = self.prog;
        if !prog.prefix.is_empty() {
            let prefix = &prog.prefix;
            let first = prefix[0];
            let n = prefix.len();
            if n > end - ptr {
                return Ok(false);
            }
            let last = end - n;
            while ptr <= last {
                match T::find(&self.text[ptr..=last], first) {
                    None => return Ok(false),
                    Some(k) => ptr += k,
                }
                if self.text[ptr..ptr + n]
                    .iter()
                    .zip(prefix.iter())
                    .all(|(a, b)| a.code() == *b)
                    && self.try_at(vm, ptr, true)?
                {
                    return Ok(true);
                }
                ptr += 1;
            }
            return Ok(false);
        }
        if let Some(si) = prog.first_set {
            let set = &prog.sets[si as usize];
            while ptr < end {
                match self.text[ptr..end]
                    .iter()
                    .position(|c| set.matches(c.code()))
                {
                    None => return Ok(false),
                    Some(k) => ptr += k,
                }
                if self.try_at(vm, ptr, true)? {
                    return Ok(true);
                }
                ptr += 1;
                self.must_advance = false;
            }
            return Ok(false);
        }
        if let Some(first) = self.first_char_op() {
            // Every match starts with a character `first` accepts: skip the others.
            while ptr < end {
                let found = match first {
                    Op::Lit(l) => T::find(&self.text[ptr..end], l),
                    _ => self.text[ptr..end]
                        .iter()
                        .position(|c| self.char_ok(first, c.code())),
                };
                match found {
                    None => return Ok(false),
                    Some(k) => ptr += k,
                }
                if self.try_at(vm, ptr, true)? {
                    return Ok(true);
                }
                ptr += 1;
                self.must_advance = false;
            }
            return Ok(false);
        }
        let scan_end = if min > 1 {
            (end - (min - 1)).max(ptr)
        } else {
            end
        };
        if self.try_at(vm, ptr, true)? {
            return Ok(true);
        }
        self.must_advance = false;
        if prog.anchored {
            return Ok(false);
        }
        while ptr < scan_end {
            ptr += 1;
            if self.try_at(vm, ptr, false)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The one-character instruction every match must begin with, if the program starts
    /// with one (after marks), possibly as the item of a repeat of at least one.
    fn first_char_op(&self) -> Option<Op> {
        let code = &self.prog.code;
        let mut i = 0;
        while let Some(Op::Mark(_)) = code.get(i) {
            i += 1;
        }
        let op = match *code.get(i)? {
            Op::RepeatOne { min, .. }
            | Op::MinRepeatOne { min, .. }
            | Op::PossRepeatOne { min, .. }
                if min > 0 =>
            {
                *code.get(i + 1)?
            }
            op => op,
        };
        match op {
            Op::Any
            | Op::AnyAll
            | Op::Lit(_)
            | Op::NotLit(_)
            | Op::LitIgn(_)
            | Op::NotLitIgn(_)
            | Op::LitUni(_)
            | Op::NotLitUni(_)
            | Op::LitLoc(_)
            | Op::NotLitLoc(_)
            | Op::In(_) => Some(op),
            _ => None,
        }
    }

    fn try_at(&mut self, vm: &mut Vm, ptr: usize, toplevel: bool) -> PyResult<bool> {
        self.lastmark = -1;
        self.lastindex = -1;
        self.start = ptr;
        self.ptr = ptr;
        self.run(vm, 0, toplevel)
    }

    /// Characters from `ptr` matching the one-character item at `pc`, at most `max`.
    fn count(&self, pc: u32, ptr: usize, max: u32) -> usize {
        let mut end = self.end;
        if ptr >= end {
            return 0;
        }
        if max != MAXREPEAT && (max as usize) < end - ptr {
            end = ptr + max as usize;
        }
        let text = &self.text[ptr..end];
        let n = match self.prog.code[pc as usize] {
            Op::AnyAll => None,
            Op::Any => text.iter().position(|c| c.code() == 10),
            Op::Lit(l) => text.iter().position(|c| c.code() != l),
            Op::NotLit(l) => text.iter().position(|c| c.code() == l),
            Op::In(i) => {
                let set = &self.prog.sets[i as usize];
                text.iter().position(|c| !set.matches(c.code()))
            }
            op => text.iter().position(|c| !self.char_ok(op, c.code())),
        };
        n.unwrap_or(text.len())
    }

    /// Does the one-character instruction `op` accept `c`?
    #[inline]
    fn char_ok(&self, op: Op, c: u32) -> bool {
        match op {
            Op::Any => c != 10,
            Op::AnyAll => true,
            Op::Lit(l) => c == l,
            Op::NotLit(l) => c != l,
            Op::LitIgn(l) => chars::lower_ascii(c) == l,
            Op::NotLitIgn(l) => chars::lower_ascii(c) != l,
            Op::LitUni(l) => chars::lower_uni(c) == l,
            Op::NotLitUni(l) => chars::lower_uni(c) != l,
            Op::LitLoc(l) => loc_ignore(l, c),
            Op::NotLitLoc(l) => !loc_ignore(l, c),
            Op::In(i) => self.prog.sets[i as usize].matches(c),
            _ => false,
        }
    }

    fn at(&self, ptr: usize, code: AtCode) -> bool {
        let text = self.text;
        let end = self.end;
        let get = |i: usize| text.get(i).map(|c| c.code());
        match code {
            AtCode::Beginning | AtCode::BeginningString => ptr == 0,
            AtCode::BeginningLine => ptr == 0 || get(ptr - 1) == Some(10),
            AtCode::End => ptr == end || (ptr < end && end - ptr == 1 && get(ptr) == Some(10)),
            AtCode::EndLine => ptr == end || get(ptr) == Some(10),
            AtCode::EndString => ptr == end,
            AtCode::Boundary(mode) | AtCode::NonBoundary(mode) => {
                if end == 0 {
                    return false;
                }
                let that = ptr > 0 && get(ptr - 1).is_some_and(|c| mode.is_word(c));
                let this = ptr < end && get(ptr).is_some_and(|c| mode.is_word(c));
                if matches!(code, AtCode::Boundary(_)) {
                    this != that
                } else {
                    this == that
                }
            }
        }
    }

    // ----- the machine -----

    fn grow_check<X>(vm: &mut Vm, v: &Vec<X>) -> PyResult<()> {
        if v.len() == v.capacity() && v.capacity() >= 1024 {
            vm.check_alloc(v.capacity() * std::mem::size_of::<X>())?;
        }
        Ok(())
    }

    fn push_ctx(&mut self, vm: &mut Vm, c: Ctx) -> PyResult<()> {
        Self::grow_check(vm, &self.ctxs)?;
        self.ctxs.push(c);
        Ok(())
    }

    fn mark_push(&mut self, vm: &mut Vm, lastmark: isize) -> PyResult<()> {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            if self.data.len() + n > self.data.capacity() {
                vm.check_alloc((self.data.capacity() + n) * std::mem::size_of::<usize>())?;
            }
            self.data.extend_from_slice(&self.marks[..n]);
        }
        Ok(())
    }

    fn mark_pop(&mut self, lastmark: isize, discard: bool) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let base = self.data.len().saturating_sub(n);
            self.marks[..n].copy_from_slice(&self.data[base..base + n]);
            if discard {
                self.data.truncate(base);
            }
        }
    }

    fn mark_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let len = self.data.len().saturating_sub(n);
            self.data.truncate(len);
        }
    }

    fn lastmark_save(&mut self, top: usize) {
        self.ctxs[top].lastmark = self.lastmark;
        self.ctxs[top].lastindex = self.lastindex;
    }

    fn lastmark_restore(&mut self, top: usize) {
        self.lastmark = self.ctxs[top].lastmark;
        self.lastindex = self.ctxs[top].lastindex;
    }

    /// Starts a sub-match at `target` (sre's DO_JUMP); `toplevel` None inherits.
    fn jump(
        &mut self,
        vm: &mut Vm,
        jump: Jump,
        pc: u32,
        ptr: usize,
        target: u32,
        toplevel: Option<bool>,
    ) -> PyResult<Flow> {
        let top = self.ctxs.len() - 1;
        self.ctxs[top].pc = pc;
        self.ctxs[top].ptr = ptr;
        let toplevel = toplevel.unwrap_or(self.ctxs[top].toplevel);
        self.push_ctx(
            vm,
            Ctx {
                pc: target,
                ptr: 0,
                count: 0,
                rep: 0,
                lastmark: -1,
                lastindex: -1,
                toplevel,
                jump,
            },
        )?;
        Ok(Flow::Dispatch(target, self.ptr))
    }

    fn run(&mut self, vm: &mut Vm, pc: u32, toplevel: bool) -> PyResult<bool> {
        self.ctxs.clear();
        self.push_ctx(
            vm,
            Ctx {
                pc,
                ptr: self.ptr,
                count: 0,
                rep: 0,
                lastmark: -1,
                lastindex: -1,
                toplevel,
                jump: Jump::None,
            },
        )?;
        let mut flow = Flow::Dispatch(pc, self.ptr);
        loop {
            flow = match flow {
                Flow::Dispatch(pc, ptr) => self.dispatch(vm, pc, ptr)?,
                Flow::Return(ret) => {
                    let Some(child) = self.ctxs.pop() else {
                        return Ok(ret);
                    };
                    if self.ctxs.is_empty() {
                        return Ok(ret);
                    }
                    self.resume(vm, child.jump, ret)?
                }
            };
        }
    }

    /// Runs instructions of the top context from `pc` until it returns or starts a
    /// sub-match.
    fn dispatch(&mut self, vm: &mut Vm, mut pc: u32, mut ptr: usize) -> PyResult<Flow> {
        let prog = self.prog;
        let code = &prog.code;
        let text = self.text;
        let end = self.end;
        let top = self.ctxs.len() - 1;
        macro_rules! fail {
            () => {
                return Ok(Flow::Return(false))
            };
        }
        loop {
            self.ticks = self.ticks.wrapping_add(1);
            if self.ticks & 0xfff == 0 {
                vm.check_limits()?;
            }
            let op = code[pc as usize];
            match op {
                Op::Mark(i) => {
                    let i = i as usize;
                    if i & 1 == 1 {
                        self.lastindex = (i / 2 + 1) as isize;
                    }
                    if i as isize > self.lastmark {
                        let from = (self.lastmark + 1) as usize;
                        for m in &mut self.marks[from..i] {
                            *m = NONE;
                        }
                        self.lastmark = i as isize;
                    }
                    self.marks[i] = ptr;
                    pc += 1;
                }
                Op::Lit(_)
                | Op::NotLit(_)
                | Op::LitIgn(_)
                | Op::NotLitIgn(_)
                | Op::LitUni(_)
                | Op::NotLitUni(_)
                | Op::LitLoc(_)
                | Op::NotLitLoc(_)
                | Op::In(_)
                | Op::Any
                | Op::AnyAll => {
                    if ptr >= end || !self.char_ok(op, text[ptr].code()) {
                        fail!();
                    }
                    ptr += 1;
                    pc += 1;
                }
                Op::Success => {
                    let c = &self.ctxs[top];
                    if c.toplevel
                        && ((self.match_all && ptr != end)
                            || (self.must_advance && ptr == self.start))
                    {
                        fail!();
                    }
                    self.ptr = ptr;
                    return Ok(Flow::Return(true));
                }
                Op::Failure => fail!(),
                Op::At(a) => {
                    if !self.at(ptr, a) {
                        fail!();
                    }
                    pc += 1;
                }
                Op::Jump(t) => pc = t,
                Op::Branch(b) => {
                    self.lastmark_save(top);
                    if self.repeat != NONE {
                        self.mark_push(vm, self.lastmark)?;
                    }
                    return self.branch_from(vm, pc, ptr, b, 0);
                }
                Op::RepeatOne { min, max, next } => {
                    if min as isize > end as isize - ptr as isize {
                        fail!();
                    }
                    self.ptr = ptr;
                    let count = self.count(pc + 1, ptr, max);
                    ptr += count;
                    if count < min as usize {
                        fail!();
                    }
                    let toplevel = self.ctxs[top].toplevel;
                    if code[next as usize] == Op::Success
                        && ptr == end
                        && !(toplevel && self.must_advance && ptr == self.start)
                    {
                        self.ptr = ptr;
                        return Ok(Flow::Return(true));
                    }
                    self.lastmark_save(top);
                    if self.repeat != NONE {
                        self.mark_push(vm, self.lastmark)?;
                    }
                    self.ctxs[top].count = count as isize;
                    if let Op::Lit(chr) = code[next as usize] {
                        self.ctxs[top].rep = chr as usize;
                        return self.repeat_one_lit(vm, pc, ptr);
                    }
                    return self.repeat_one_general(vm, pc, ptr);
                }
                Op::MinRepeatOne { min, max: _, next } => {
                    if min as isize > end as isize - ptr as isize {
                        fail!();
                    }
                    self.ptr = ptr;
                    let count = if min == 0 {
                        0
                    } else {
                        let n = self.count(pc + 1, ptr, min);
                        if n < min as usize {
                            fail!();
                        }
                        ptr += n;
                        n
                    };
                    let toplevel = self.ctxs[top].toplevel;
                    if code[next as usize] == Op::Success
                        && !(toplevel
                            && ((self.match_all && ptr != end)
                                || (self.must_advance && ptr == self.start)))
                    {
                        self.ptr = ptr;
                        return Ok(Flow::Return(true));
                    }
                    self.lastmark_save(top);
                    if self.repeat != NONE {
                        self.mark_push(vm, self.lastmark)?;
                    }
                    self.ctxs[top].count = count as isize;
                    return self.min_repeat_one_step(vm, pc, ptr);
                }
                Op::PossRepeatOne { min, max, next } => {
                    if ptr + min as usize > end {
                        fail!();
                    }
                    self.ptr = ptr;
                    let count = self.count(pc + 1, ptr, max);
                    ptr += count;
                    if count < min as usize {
                        fail!();
                    }
                    pc = next;
                    let toplevel = self.ctxs[top].toplevel;
                    if code[pc as usize] == Op::Success
                        && ptr == end
                        && !(toplevel && self.must_advance && ptr == self.start)
                    {
                        self.ptr = ptr;
                        return Ok(Flow::Return(true));
                    }
                }
                Op::Repeat { next, .. } => {
                    if self.repeats.len() == self.repeats.capacity() {
                        Self::grow_check(vm, &self.repeats)?;
                    }
                    self.repeats.push(RepeatCtx {
                        count: -1,
                        pc,
                        prev: self.repeat,
                        last_ptr: NONE,
                    });
                    let rep = self.repeats.len() - 1;
                    self.repeat = rep;
                    self.ptr = ptr;
                    self.ctxs[top].rep = rep;
                    return self.jump(vm, Jump::Repeat, pc, ptr, next, None);
                }
                Op::MaxUntil => return self.max_until(vm, pc, ptr),
                Op::MinUntil => return self.min_until(vm, pc, ptr),
                Op::PossRepeat { min, .. } => {
                    self.ptr = ptr;
                    self.ctxs[top].count = 0;
                    if min > 0 {
                        return self.jump(vm, Jump::PossRepeat1, pc, ptr, pc + 1, Some(false));
                    }
                    return self.poss_repeat_more(vm, pc, NONE);
                }
                Op::Atomic { .. } => {
                    self.ptr = ptr;
                    return self.jump(vm, Jump::Atomic, pc, ptr, pc + 1, Some(false));
                }
                Op::GroupRef(g, mode) => {
                    let j = g as usize * 2;
                    if j as isize >= self.lastmark {
                        fail!();
                    }
                    let (p, e) = (self.marks[j], self.marks[j + 1]);
                    if p == NONE || e == NONE || e < p {
                        fail!();
                    }
                    for k in p..e {
                        if ptr >= end {
                            fail!();
                        }
                        let (a, b) = (text[ptr].code(), text[k].code());
                        let same = match mode {
                            CaseMode::Exact => a == b,
                            CaseMode::Ascii => chars::lower_ascii(a) == chars::lower_ascii(b),
                            CaseMode::Unicode => chars::lower_uni(a) == chars::lower_uni(b),
                            CaseMode::Locale => chars::lower_locale(a) == chars::lower_locale(b),
                        };
                        if !same {
                            fail!();
                        }
                        ptr += 1;
                    }
                    pc += 1;
                }
                Op::GroupRefExists { group, no } => {
                    let j = group as usize * 2;
                    let set = (j as isize) < self.lastmark && {
                        let (p, e) = (self.marks[j], self.marks[j + 1]);
                        p != NONE && e != NONE && e >= p
                    };
                    pc = if set { pc + 1 } else { no };
                }
                Op::Assert { back, .. } => {
                    if ptr < back as usize {
                        fail!();
                    }
                    self.ptr = ptr - back as usize;
                    return self.jump(vm, Jump::Assert, pc, ptr, pc + 1, Some(false));
                }
                Op::AssertNot { back, next } => {
                    if ptr >= back as usize {
                        self.ptr = ptr - back as usize;
                        self.lastmark_save(top);
                        if self.repeat != NONE {
                            self.mark_push(vm, self.lastmark)?;
                        }
                        return self.jump(vm, Jump::AssertNot, pc, ptr, pc + 1, Some(false));
                    }
                    pc = next;
                }
            }
        }
    }

    /// Tries the alternatives of branch `b` from number `i` on.
    fn branch_from(
        &mut self,
        vm: &mut Vm,
        pc: u32,
        ptr: usize,
        b: u32,
        mut i: usize,
    ) -> PyResult<Flow> {
        let prog = self.prog;
        let alts = &prog.branches[b as usize];
        while i < alts.len() {
            let alt = alts[i];
            let skip = match prog.code[alt as usize] {
                Op::Lit(c) => ptr >= self.end || self.text[ptr].code() != c,
                Op::In(s) => {
                    ptr >= self.end || !prog.sets[s as usize].matches(self.text[ptr].code())
                }
                _ => false,
            };
            if skip {
                i += 1;
                continue;
            }
            let top = self.ctxs.len() - 1;
            self.ctxs[top].count = i as isize;
            self.ptr = ptr;
            return self.jump(vm, Jump::Branch, pc, ptr, alt, None);
        }
        let top = self.ctxs.len() - 1;
        if self.repeat != NONE {
            self.mark_discard(self.ctxs[top].lastmark);
        }
        Ok(Flow::Return(false))
    }

    fn repeat_one_lit(&mut self, vm: &mut Vm, pc: u32, mut ptr: usize) -> PyResult<Flow> {
        let top = self.ctxs.len() - 1;
        let Op::RepeatOne { min, next, .. } = self.prog.code[pc as usize] else {
            return Ok(Flow::Return(false));
        };
        let chr = self.ctxs[top].rep as u32;
        let mut count = self.ctxs[top].count;
        while count >= min as isize && (ptr >= self.end || self.text[ptr].code() != chr) {
            ptr = ptr.wrapping_sub(1);
            count -= 1;
        }
        if count < min as isize {
            if self.repeat != NONE {
                self.mark_discard(self.ctxs[top].lastmark);
            }
            return Ok(Flow::Return(false));
        }
        self.ctxs[top].count = count;
        self.ptr = ptr;
        self.jump(vm, Jump::RepeatOne1, pc, ptr, next, None)
    }

    fn repeat_one_general(&mut self, vm: &mut Vm, pc: u32, mut ptr: usize) -> PyResult<Flow> {
        let top = self.ctxs.len() - 1;
        let Op::RepeatOne { min, next, .. } = self.prog.code[pc as usize] else {
            return Ok(Flow::Return(false));
        };
        if self.prog.code[next as usize] == Op::Success {
            // The tail is Success: decide here what a sub-match would (it touches no marks).
            let toplevel = self.ctxs[top].toplevel;
            while self.ctxs[top].count >= min as isize {
                if !(toplevel
                    && ((self.match_all && ptr != self.end)
                        || (self.must_advance && ptr == self.start)))
                {
                    self.ptr = ptr;
                    if self.repeat != NONE {
                        self.mark_discard(self.ctxs[top].lastmark);
                    }
                    return Ok(Flow::Return(true));
                }
                ptr = ptr.wrapping_sub(1);
                self.ctxs[top].count -= 1;
            }
        }
        if self.ctxs[top].count >= min as isize {
            self.ptr = ptr;
            return self.jump(vm, Jump::RepeatOne2, pc, ptr, next, None);
        }
        if self.repeat != NONE {
            self.mark_discard(self.ctxs[top].lastmark);
        }
        Ok(Flow::Return(false))
    }

    fn min_repeat_one_step(&mut self, vm: &mut Vm, pc: u32, ptr: usize) -> PyResult<Flow> {
        let top = self.ctxs.len() - 1;
        let Op::MinRepeatOne { max, next, .. } = self.prog.code[pc as usize] else {
            return Ok(Flow::Return(false));
        };
        if max == MAXREPEAT || self.ctxs[top].count <= max as isize {
            self.ptr = ptr;
            return self.jump(vm, Jump::MinRepeatOne, pc, ptr, next, None);
        }
        let _ = vm;
        if self.repeat != NONE {
            self.mark_discard(self.ctxs[top].lastmark);
        }
        Ok(Flow::Return(false))
    }

    fn repeat_bounds(&self, rep: usize) -> (u32, u32) {
        match self.prog.code[self.repeats[rep].pc as usize] {
            Op::Repeat { min, max, .. } => (min, max),
            _ => (0, 0),
        }
    }

    fn max_until(&mut self, vm: &mut Vm, pc: u32, ptr: usize) -> PyResult<Flow> {
        let top = self.ctxs.len() - 1;
        let rep = self.repeat;
        if rep == NONE {
            return Ok(Flow::Return(false));
        }
        self.ctxs[top].rep = rep;
        self.ptr = ptr;
        let count = self.repeats[rep].count + 1;
        self.ctxs[top].count = count;
        let (min, max) = self.repeat_bounds(rep);
        let body = self.repeats[rep].pc + 1;
        if count < min as isize {
            self.repeats[rep].count = count;
            return self.jump(vm, Jump::MaxUntil1, pc, ptr, body, None);
        }
        if (count < max as isize || max == MAXREPEAT) && self.ptr != self.repeats[rep].last_ptr {
            self.repeats[rep].count = count;
            self.lastmark_save(top);
            self.mark_push(vm, self.lastmark)?;
            Self::grow_check(vm, &self.data)?;
            self.data.push(self.repeats[rep].last_ptr);
            self.repeats[rep].last_ptr = self.ptr;
            return self.jump(vm, Jump::MaxUntil2, pc, ptr, body, None);
        }
        self.max_until_tail(vm, pc, ptr)
    }

    fn max_until_tail(&mut self, vm: &mut Vm, pc: u32, ptr: usize) -> PyResult<Flow> {
        let top = self.ctxs.len() - 1;
        let rep = self.ctxs[top].rep;
        self.repeat = self.repeats[rep].prev;
        self.jump(vm, Jump::MaxUntil3, pc, ptr, pc + 1, None)
    }

    fn min_until(&mut self, vm: &mut Vm, pc: u32, ptr: usize) -> PyResult<Flow> {
        let top = self.ctxs.len() - 1;
        let rep = self.repeat;
        if rep == NONE {
            return Ok(Flow::Return(false));
        }
        self.ctxs[top].rep = rep;
        self.ptr = ptr;
        let count = self.repeats[rep].count + 1;
        self.ctxs[top].count = count;
        let (min, _) = self.repeat_bounds(rep);
        if count < min as isize {
            self.repeats[rep].count = count;
            let body = self.repeats[rep].pc + 1;
            return self.jump(vm, Jump::MinUntil1, pc, ptr, body, None);
        }
        self.repeat = self.repeats[rep].prev;
        self.lastmark_save(top);
        if self.repeat != NONE {
            self.mark_push(vm, self.lastmark)?;
        }
        self.jump(vm, Jump::MinUntil2, pc, ptr, pc + 1, None)
    }

    /// The optional iterations of a possessive repeat; `last` is where the previous one
    /// started (NONE before the first).
    fn poss_repeat_more(&mut self, vm: &mut Vm, pc: u32, last: usize) -> PyResult<Flow> {
        let top = self.ctxs.len() - 1;
        let Op::PossRepeat { max, next, .. } = self.prog.code[pc as usize] else {
            return Ok(Flow::Return(false));
        };
        let count = self.ctxs[top].count;
        if (count < max as isize || max == MAXREPEAT) && self.ptr != last {
            self.lastmark_save(top);
            self.mark_push(vm, self.lastmark)?;
            let ptr = self.ptr;
            return self.jump(vm, Jump::PossRepeat2, pc, ptr, pc + 1, Some(false));
        }
        Ok(Flow::Dispatch(next, self.ptr))
    }

    /// Continues the top context after a sub-match it started returned `ret`.
    fn resume(&mut self, vm: &mut Vm, jump: Jump, ret: bool) -> PyResult<Flow> {
        let top = self.ctxs.len() - 1;
        let ctx = self.ctxs[top];
        let (pc, ptr) = (ctx.pc, ctx.ptr);
        let code = &self.prog.code;
        match jump {
            Jump::None => Ok(Flow::Return(ret)),
            Jump::Branch => {
                if ret {
                    if self.repeat != NONE {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Flow::Return(true));
                }
                if self.repeat != NONE {
                    self.mark_pop(ctx.lastmark, false);
                }
                self.lastmark_restore(top);
                let Op::Branch(b) = code[pc as usize] else {
                    return Ok(Flow::Return(false));
                };
                self.branch_from(vm, pc, ptr, b, ctx.count as usize + 1)
            }
            Jump::RepeatOne1 | Jump::RepeatOne2 => {
                if ret {
                    if self.repeat != NONE {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Flow::Return(true));
                }
                if self.repeat != NONE {
                    self.mark_pop(ctx.lastmark, false);
                }
                self.lastmark_restore(top);
                let ptr = ptr.wrapping_sub(1);
                self.ctxs[top].count -= 1;
                if jump == Jump::RepeatOne1 {
                    self.repeat_one_lit(vm, pc, ptr)
                } else {
                    self.repeat_one_general(vm, pc, ptr)
                }
            }
            Jump::MinRepeatOne => {
                if ret {
                    if self.repeat != NONE {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Flow::Return(true));
                }
                if self.repeat != NONE {
                    self.mark_pop(ctx.lastmark, false);
                }
                self.lastmark_restore(top);
                self.ptr = ptr;
                if self.count(pc + 1, ptr, 1) == 0 {
                    if self.repeat != NONE {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Flow::Return(false));
                }
                self.ctxs[top].count += 1;
                self.min_repeat_one_step(vm, pc, ptr + 1)
            }
            Jump::Repeat => {
                let rep = ctx.rep;
                self.repeat = self.repeats[rep].prev;
                self.repeats.truncate(rep);
                Ok(Flow::Return(ret))
            }
            Jump::MaxUntil1 => {
                if ret {
                    return Ok(Flow::Return(true));
                }
                self.repeats[ctx.rep].count = ctx.count - 1;
                self.ptr = ptr;
                Ok(Flow::Return(false))
            }
            Jump::MaxUntil2 => {
                let rep = ctx.rep;
                self.repeats[rep].last_ptr = self.data.pop().unwrap_or(NONE);
                if ret {
                    self.mark_discard(ctx.lastmark);
                    return Ok(Flow::Return(true));
                }
                self.mark_pop(ctx.lastmark, true);
                self.lastmark_restore(top);
                self.repeats[rep].count = ctx.count - 1;
                self.ptr = ptr;
                self.max_until_tail(vm, pc, ptr)
            }
            Jump::MaxUntil3 => {
                self.repeat = ctx.rep;
                if ret {
                    return Ok(Flow::Return(true));
                }
                self.ptr = ptr;
                Ok(Flow::Return(false))
            }
            Jump::MinUntil1 => {
                if ret {
                    return Ok(Flow::Return(true));
                }
                self.repeats[ctx.rep].count = ctx.count - 1;
                self.ptr = ptr;
                Ok(Flow::Return(false))
            }
            Jump::MinUntil2 => {
                let rep = ctx.rep;
                let repeat_of_tail = self.repeat;
                self.repeat = rep;
                if ret {
                    if repeat_of_tail != NONE {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Flow::Return(true));
                }
                if repeat_of_tail != NONE {
                    self.mark_pop(ctx.lastmark, true);
                }
                self.lastmark_restore(top);
                self.ptr = ptr;
                let (_, max) = self.repeat_bounds(rep);
                if (ctx.count >= max as isize && max != MAXREPEAT)
                    || self.ptr == self.repeats[rep].last_ptr
                {
                    return Ok(Flow::Return(false));
                }
                self.repeats[rep].count = ctx.count;
                Self::grow_check(vm, &self.data)?;
                self.data.push(self.repeats[rep].last_ptr);
                self.repeats[rep].last_ptr = self.ptr;
                let body = self.repeats[rep].pc + 1;
                self.jump(vm, Jump::MinUntil3, pc, ptr, body, None)
            }
            Jump::MinUntil3 => {
                let rep = ctx.rep;
                self.repeats[rep].last_ptr = self.data.pop().unwrap_or(NONE);
                if ret {
                    return Ok(Flow::Return(true));
                }
                self.repeats[rep].count = ctx.count - 1;
                self.ptr = ptr;
                Ok(Flow::Return(false))
            }
            Jump::PossRepeat1 => {
                if !ret {
                    self.ptr = ptr;
                    return Ok(Flow::Return(false));
                }
                self.ctxs[top].count += 1;
                let Op::PossRepeat { min, .. } = code[pc as usize] else {
                    return Ok(Flow::Return(false));
                };
                if self.ctxs[top].count < min as isize {
                    return self.jump(vm, Jump::PossRepeat1, pc, ptr, pc + 1, Some(false));
                }
                self.poss_repeat_more(vm, pc, NONE)
            }
            Jump::PossRepeat2 => {
                if ret {
                    self.mark_discard(ctx.lastmark);
                    self.ctxs[top].count += 1;
                    return self.poss_repeat_more(vm, pc, ptr);
                }
                self.mark_pop(ctx.lastmark, true);
                self.lastmark_restore(top);
                self.ptr = ptr;
                let Op::PossRepeat { next, .. } = code[pc as usize] else {
                    return Ok(Flow::Return(false));
                };
                Ok(Flow::Dispatch(next, self.ptr))
            }
            Jump::Atomic => {
                if !ret {
                    self.ptr = ptr;
                    return Ok(Flow::Return(false));
                }
                let Op::Atomic { next } = code[pc as usize] else {
                    return Ok(Flow::Return(false));
                };
                Ok(Flow::Dispatch(next, self.ptr))
            }
            Jump::Assert => {
                if !ret {
                    return Ok(Flow::Return(false));
                }
                let Op::Assert { next, .. } = code[pc as usize] else {
                    return Ok(Flow::Return(false));
                };
                Ok(Flow::Dispatch(next, ptr))
            }
            Jump::AssertNot => {
                if ret {
                    if self.repeat != NONE {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Flow::Return(false));
                }
                if self.repeat != NONE {
                    self.mark_pop(ctx.lastmark, true);
                }
                self.lastmark_restore(top);
                let Op::AssertNot { next, .. } = code[pc as usize] else {
                    return Ok(Flow::Return(false));
                };
                Ok(Flow::Dispatch(next, ptr))
            }
        }
    }
}

impl<T: Unit> Drop for Engine<'_, T> {
    fn drop(&mut self) {
        let keep = |cap: usize, size: usize| cap * size <= SCRATCH_KEEP;
        if !keep(self.ctxs.capacity(), std::mem::size_of::<Ctx>())
            || !keep(self.data.capacity(), std::mem::size_of::<usize>())
            || !keep(self.repeats.capacity(), std::mem::size_of::<RepeatCtx>())
        {
            return;
        }
        let sc = Scratch {
            marks: std::mem::take(&mut self.marks),
            repeats: std::mem::take(&mut self.repeats),
            data: std::mem::take(&mut self.data),
            ctxs: std::mem::take(&mut self.ctxs),
        };
        SCRATCH.with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                *s = Some(sc);
            }
        });
    }
}

/// `char_loc_ignore`: a locale case-insensitive literal comparison.
#[inline]
fn loc_ignore(pattern: u32, c: u32) -> bool {
    c == pattern || chars::lower_locale(c) == pattern || chars::upper_locale(c) == pattern
}
