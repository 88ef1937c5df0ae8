//! `_sre`: the regular expression engine behind the frozen `re` module. Patterns are parsed
//! (`parser.rs`) and compiled (`compile.rs`) in Rust and run by a backtracking matcher with
//! CPython's semantics (`engine.rs`); this file holds the `re.Pattern` type and the glue.

mod casefix;
mod chars;
mod compile;
mod engine;
mod matchobj;
mod parser;
mod template;
mod tree;

use std::cell::RefCell;
use std::rc::Rc;

use crate::modules::native;
use crate::object::*;
use crate::objects::{bytesobj, dictobj, funcobj, intobj, listobj, moduleobj, strobj, tupleobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

use compile::Program;
use engine::{Engine, Unit};
use parser::ReError;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

thread_local! {
    static PATTERN_TYPE: PyRef = types::new_builtin_type("Pattern", "re", None, BaseKind::Internal, PATTERN_METHODS, false);
    static ERROR: RefCell<Option<PyRef>> = const { RefCell::new(None) };
    /// Empty and one-character ASCII strs (findall and split make many).
    static SMALL_STRS: RefCell<Vec<Option<Value>>> = RefCell::new(vec![None; 129]);
    /// The last non-ASCII str converted to code points (scripts often match one text
    /// repeatedly with increasing `pos`).
    static WIDE_CACHE: RefCell<Option<(PyRef, Rc<[u32]>)>> = const { RefCell::new(None) };
}

pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let pattern_type = PATTERN_TYPE.with(|t| t.clone());
    moduleobj::module_set(m, "Pattern", Value::Obj(pattern_type));
    moduleobj::module_set(m, "Match", Value::Obj(matchobj::match_type()));
    moduleobj::module_set(m, "MAXREPEAT", intobj::new_int(parser::MAXREPEAT as i64));
    moduleobj::module_set(m, "MAXGROUPS", intobj::new_int(parser::MAXGROUPS as i64));
    moduleobj::module_set(m, "MAGIC", intobj::new_int(20220615));
    moduleobj::module_set(m, "CODESIZE", intobj::new_int(4));
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("_sre"), 0));
    }
    Ok(())
}

type Entry = (&'static str, NativeFn);

static FUNCTIONS: &[Entry] = &[
    ("compile", sre_compile),
    ("_set_error", sre_set_error),
    ("_purge", sre_purge),
    ("ascii_iscased", sre_ascii_iscased),
    ("unicode_iscased", sre_unicode_iscased),
    ("ascii_tolower", sre_ascii_tolower),
    ("unicode_tolower", sre_unicode_tolower),
    ("_parse_tree", tree::sre_parse_tree),
];

// ----- errors -----

fn sre_set_error(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "_set_error", 1)?;
    if let Value::Obj(o) = &a[0] {
        ERROR.with(|e| *e.borrow_mut() = Some(o.clone()));
    }
    Ok(Value::None)
}

/// `re.error(msg, pattern, pos)`.
fn re_error(vm: &mut Vm, msg: String, pattern: Value, pos: Option<usize>) -> PyErr {
    let cls = ERROR
        .with(|e| e.borrow().clone())
        .unwrap_or_else(|| types().exc.exception.clone());
    let args = match pos {
        Some(p) => vec![strobj::new_str(msg), pattern, intobj::new_int(p as i64)],
        None => vec![strobj::new_str(msg)],
    };
    match vm.call(&Value::Obj(cls), &args) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.new_type_error("re.error did not return an exception"),
        Err(e) => e,
    }
}

fn convert_error(vm: &mut Vm, e: ReError, pattern: &Value) -> PyErr {
    match e {
        ReError::Syntax { msg, pos } => re_error(vm, msg, pattern.clone(), pos),
        ReError::Overflow(m) => vm.new_overflow_error(m),
        ReError::Value(m) => vm.new_value_error(m),
        ReError::Recursion => vm.new_recursion_error("maximum recursion depth exceeded"),
    }
}

// ----- small helpers of _sre -----

fn int_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    let a = args.exact(vm, name, 1)?;
    native::arg_i64(vm, &a[0])
}

fn sre_ascii_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = int_arg(vm, &args, "ascii_iscased")?;
    Ok(Value::Bool(chars::iscased_ascii(c as u32)))
}

fn sre_unicode_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = int_arg(vm, &args, "unicode_iscased")?;
    Ok(Value::Bool(chars::iscased_uni(c as u32)))
}

fn sre_ascii_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = int_arg(vm, &args, "ascii_tolower")?;
    Ok(intobj::new_int(chars::lower_ascii(c as u32) as i64))
}

fn sre_unicode_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = int_arg(vm, &args, "unicode_tolower")?;
    Ok(intobj::new_int(chars::lower_uni(c as u32) as i64))
}

// ----- subjects: the strings being matched -----

/// The text of a subject, as units the engine matches.
pub enum Units<'a> {
    Narrow(&'a [u8]),
    Wide(&'a [u32]),
}

enum SubjectData {
    /// An ASCII str or an exact bytes object: matched in place.
    Inline(PyRef),
    /// A non-ASCII str as code points.
    Wide(Rc<[u32]>),
    /// A copy of a mutable buffer (bytearray, memoryview, array).
    Buffer(Rc<[u8]>),
}

/// A string being searched: the original object and its units.
pub struct Subject {
    pub value: Value,
    data: SubjectData,
    pub is_bytes: bool,
    pub len: usize,
    /// (code point index, byte offset) of the last slice end of a non-ASCII str: slices
    /// are mostly taken left to right, so offsets are found by walking from here.
    cursor: std::cell::Cell<(usize, usize)>,
}

impl Subject {
    /// Reads `v` as CPython's `getstring` does.
    pub fn new(vm: &mut Vm, v: &Value) -> PyResult<Subject> {
        if let Value::Obj(o) = v {
            if let Payload::Str(s) = &o.payload {
                if s.is_ascii() {
                    return Ok(Subject {
                        value: v.clone(),
                        data: SubjectData::Inline(o.clone()),
                        is_bytes: false,
                        len: s.as_str().len(),
                        cursor: Default::default(),
                    });
                }
                let wide = wide_units(vm, o, s)?;
                let len = wide.len();
                return Ok(Subject {
                    value: v.clone(),
                    data: SubjectData::Wide(wide),
                    is_bytes: false,
                    len,
                    cursor: Default::default(),
                });
            }
            if let Payload::Bytes(b) = &o.payload {
                return Ok(Subject {
                    value: v.clone(),
                    len: b.len(),
                    data: SubjectData::Inline(o.clone()),
                    is_bytes: true,
                    cursor: Default::default(),
                });
            }
        }
        let buf = bytesobj::buffer_data(v).or_else(|| native::with_buffer(v, |b| b.to_vec()));
        match buf {
            Some(b) => Ok(Subject {
                value: v.clone(),
                len: b.len(),
                data: SubjectData::Buffer(b.into()),
                is_bytes: true,
                cursor: Default::default(),
            }),
            None => Err(vm.new_type_error(format!(
                "expected string or bytes-like object, got '{}'",
                types::type_name(v)
            ))),
        }
    }

    pub fn units(&self) -> Units<'_> {
        match &self.data {
            SubjectData::Inline(o) => match &o.payload {
                Payload::Str(s) => Units::Narrow(s.as_str().as_bytes()),
                Payload::Bytes(b) => Units::Narrow(b),
                _ => Units::Narrow(&[]),
            },
            SubjectData::Wide(w) => Units::Wide(w),
            SubjectData::Buffer(b) => Units::Narrow(b),
        }
    }

    /// `string[i:j]` as CPython's `getslice` builds it (bytes for any bytes-like subject).
    pub fn slice(&self, i: usize, j: usize) -> Value {
        match (&self.data, self.value.as_str()) {
            (SubjectData::Inline(o), _) => {
                let j = j.min(self.len);
                let i = i.min(j);
                match &o.payload {
                    Payload::Str(s) => {
                        if i == 0 && j == self.len && types::is_exact_str(o) {
                            return self.value.clone();
                        }
                        let part = &s.as_str()[i..j];
                        if part.len() <= 1 {
                            return small_str(part);
                        }
                        strobj::new_str(part.to_string())
                    }
                    _ => slice_value(&self.value, self.is_bytes, i, j),
                }
            }
            (SubjectData::Wide(_), Some(s)) => {
                let j = j.min(self.len);
                let i = i.min(j);
                if i == 0 && j == self.len {
                    return slice_value(&self.value, false, i, j);
                }
                let (a, b) = self.byte_span(s, i, j);
                strobj::new_str(s.as_str()[a..b].to_string())
            }
            _ => slice_value(&self.value, self.is_bytes, i, j),
        }
    }

    /// Byte offsets of code points `i <= j` of the (non-ASCII) str `s`.
    fn byte_span(&self, s: &PyStr, i: usize, j: usize) -> (usize, usize) {
        let a = self.byte_pos(s, i);
        let b = self.byte_pos(s, j);
        (a, b)
    }

    fn byte_pos(&self, s: &PyStr, i: usize) -> usize {
        let (ci, bi) = self.cursor.get();
        let bytes = s.as_str().as_bytes();
        let b = if i >= ci && i - ci <= 512 {
            let mut b = bi;
            for _ in ci..i {
                b += match bytes.get(b) {
                    Some(&x) if x < 0x80 => 1,
                    Some(&x) if x < 0xE0 => 2,
                    Some(&x) if x < 0xF0 => 3,
                    Some(_) => 4,
                    None => 0,
                };
            }
            b
        } else {
            s.byte_offset(i)
        };
        self.cursor.set((i, b));
        b
    }
}

/// A shared empty or one-character ASCII str.
fn small_str(part: &str) -> Value {
    let slot = part.bytes().next().map_or(128, |b| (b & 127) as usize);
    SMALL_STRS.with(|c| {
        let Ok(mut c) = c.try_borrow_mut() else {
            return strobj::new_str(part.to_string());
        };
        c[slot]
            .get_or_insert_with(|| strobj::new_str(part.to_string()))
            .clone()
    })
}

fn wide_units(vm: &mut Vm, o: &PyRef, s: &PyStr) -> PyResult<Rc<[u32]>> {
    let hit = WIDE_CACHE.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(k, _)| Rc::ptr_eq(k, o))
            .map(|(_, w)| w.clone())
    });
    if let Some(w) = hit {
        return Ok(w);
    }
    vm.check_alloc(s.char_len().saturating_mul(4))?;
    let w: Rc<[u32]> = s.as_str().chars().map(crate::unicode::code_of).collect();
    WIDE_CACHE.with(|c| *c.borrow_mut() = Some((o.clone(), w.clone())));
    Ok(w)
}

/// Empties the conversion cache (it holds a reference to a string).
pub fn clear_cache() {
    WIDE_CACHE.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = None;
        }
    });
}

/// `_sre._purge()`: drops the caches (used by `re.purge`).
fn sre_purge(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    clear_cache();
    Ok(Value::None)
}

/// A slice of a subject string by code point (or byte) indices.
pub(crate) fn slice_value(v: &Value, is_bytes: bool, i: usize, j: usize) -> Value {
    if let Some(s) = v.as_str() {
        let len = s.char_len();
        let (i, j) = (i.min(len), j.min(len).max(i.min(len)));
        if let Value::Obj(o) = v {
            if i == 0 && j == len && types::is_exact_str(o) {
                return v.clone();
            }
        }
        let (a, b) = (s.byte_offset(i), s.byte_offset(j));
        return strobj::new_str(s.as_str()[a..b].to_string());
    }
    if is_bytes {
        if let Value::Obj(o) = v {
            if let Payload::Bytes(b) = &o.payload {
                if i == 0 && j == b.len() && std::ptr::eq(o.class.ptr(), Rc::as_ptr(&types().bytes))
                {
                    return v.clone();
                }
            }
        }
        let part = bytesobj::buffer_data(v)
            .or_else(|| native::with_buffer(v, |b| b.to_vec()))
            .unwrap_or_default();
        let len = part.len();
        let (i, j) = (i.min(len), j.min(len).max(i.min(len)));
        return bytesobj::new_bytes(part[i..j].to_vec());
    }
    Value::None
}

// ----- compiling -----

/// A compiled pattern (`re.Pattern`).
pub struct PatternObj {
    pub pattern: Value,
    pub flags: u32,
    pub prog: Rc<Program>,
    pub is_bytes: bool,
    /// Name → group number, a dict (shown through a mappingproxy).
    pub groupindex: Value,
    /// Group number → name.
    pub indexgroup: Vec<Option<PyRef>>,
    /// The last replacement template parsed for sub() (template value, parsed form).
    pub repl_cache: RefCell<Option<(Value, Rc<template::Template>)>>,
}

impl NativeObject for PatternObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.groupindex);
        if let Ok(c) = self.repl_cache.try_borrow() {
            if let Some((v, _)) = &*c {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        if let Ok(mut c) = self.repl_cache.try_borrow_mut() {
            *c = None;
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A FutureWarning (DeprecationWarning if `deprecation`) of the pattern or template parser
/// at `stacklevel` (1 is the innermost Python frame). Pattern warnings take 3 (re._compile,
/// then the re function): the line that called re.compile() or re.search() and the like.
pub(super) fn parse_warning(
    vm: &mut Vm,
    deprecation: bool,
    msg: &str,
    stacklevel: i64,
) -> PyResult<()> {
    let w = vm.import_module_simple("warnings")?;
    let warn = vm.get_attr_str(&w, "warn")?;
    let category = if deprecation {
        Value::Obj(types().exc.deprecation_warning.clone())
    } else {
        Value::Obj(types().exc.future_warning.clone())
    };
    vm.call(
        &warn,
        &[
            strobj::new_str(msg.to_string()),
            category,
            intobj::new_int(stacklevel),
        ],
    )?;
    Ok(())
}

/// Parses `pattern` (str, or bytes-like) with `flags` for `_sre.compile` and
/// `_sre._parse_tree`: the parse and whether the pattern is a str. Parser warnings are
/// issued at `stacklevel`.
pub(super) fn parse_pattern(
    vm: &mut Vm,
    pattern: &Value,
    flags: u32,
    stacklevel: i64,
) -> PyResult<(parser::Parsed, bool)> {
    let (units, is_str): (Vec<u32>, bool) = if let Some(s) = pattern.as_str() {
        (
            s.as_str().chars().map(crate::unicode::code_of).collect(),
            true,
        )
    } else if let Some(b) =
        bytesobj::buffer_data(pattern).or_else(|| native::with_buffer(pattern, |b| b.to_vec()))
    {
        (b.into_iter().map(|x| x as u32).collect(), false)
    } else {
        return Err(vm.new_type_error("first argument must be string or compiled pattern"));
    };
    if vm.depth as usize + 6 > vm.recursion_limit as usize {
        return Err(vm.new_recursion_error("maximum recursion depth exceeded"));
    }
    let nest = vm.recursion_limit.min(1_000_000) as usize;
    let mut warnings = Vec::new();
    let parsed = parser::parse(&units, is_str, flags, nest, &mut warnings);
    for (deprecation, msg) in warnings {
        parse_warning(vm, deprecation, &msg, stacklevel)?;
    }
    match parsed {
        Ok(p) => Ok((p, is_str)),
        Err(e) => Err(convert_error(vm, e, pattern)),
    }
}

/// `_sre.compile(pattern, flags)`.
fn sre_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "compile", 2)?;
    let pattern = a[0].clone();
    let flags = native::arg_i64(vm, &a[1])? as u32;
    let (parsed, is_str) = parse_pattern(vm, &pattern, flags, 3)?;
    let all_flags = parsed.flags | flags;
    let prog = match compile::compile(&parsed, all_flags) {
        Ok(p) => p,
        Err(e) => return Err(convert_error(vm, e, &pattern)),
    };
    let groupindex = dictobj::new_dict();
    let mut indexgroup = vec![None; parsed.groups];
    if let Some(d) = dictobj::as_dict(&groupindex) {
        for (name, g) in &parsed.names {
            let n = strobj::new_str_ref(&parser::ustring(name));
            d.set_str(n.clone(), intobj::new_int(*g as i64));
            if let Some(slot) = indexgroup.get_mut(*g) {
                *slot = Some(n);
            }
        }
    }
    let obj = PatternObj {
        pattern,
        flags: all_flags,
        prog: Rc::new(prog),
        is_bytes: !is_str,
        groupindex,
        indexgroup,
        repl_cache: RefCell::new(None),
    };
    let cls = PATTERN_TYPE.with(|t| t.clone());
    Ok(native::alloc(vm, &cls, obj))
}

pub(crate) fn pattern_obj(v: &Value) -> Option<&PatternObj> {
    native::downcast::<PatternObj>(v)
}

fn this<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a PatternObj> {
    match args.pos.first().and_then(pattern_obj) {
        Some(p) => Ok(p),
        None => Err(vm.new_type_error("descriptor requires a 're.Pattern' object")),
    }
}

fn self_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a PatternObj> {
    match pattern_obj(v) {
        Some(p) => Ok(p),
        None => Err(vm.new_type_error("descriptor requires a 're.Pattern' object")),
    }
}

/// Binds the arguments after `self`, reporting a missing required argument before other
/// problems (as Argument Clinic does).
fn bind_after_self(vm: &mut Vm, args: &Args, spec: &ArgSpec) -> PyResult<Vec<Option<Value>>> {
    let r = rest(args);
    if r.kwnames.is_empty() && r.pos.len() >= spec.required && r.pos.len() <= spec.params.len() {
        let mut out: Vec<Option<Value>> = r.pos.iter().cloned().map(Some).collect();
        out.resize(spec.params.len(), None);
        return Ok(out);
    }
    for (i, name) in spec.params.iter().enumerate().take(spec.required) {
        if r.pos.len() <= i && r.kw(name).is_none() {
            return Err(vm.new_type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                spec.name,
                name,
                i + 1
            )));
        }
    }
    r.bind(vm, spec)
}

/// Arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args::with_kw(args.pos.get(1..).unwrap_or(&[]), args.kwnames, args.kwvals)
}

fn ssize_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => {
            let i = vm.index(v)?;
            intobj::to_i64(&i).ok_or_else(|| {
                vm.new_overflow_error("Python int too large to convert to C ssize_t")
            })
        }
    }
}

/// Checks the subject's type against the pattern's and clamps pos/endpos.
fn prepare(
    vm: &mut Vm,
    p: &PatternObj,
    string: &Value,
    pos: i64,
    endpos: i64,
) -> PyResult<(Subject, usize, usize)> {
    let subject = Subject::new(vm, string)?;
    if subject.is_bytes && !p.is_bytes {
        return Err(vm.new_type_error("cannot use a string pattern on a bytes-like object"));
    }
    if !subject.is_bytes && p.is_bytes {
        return Err(vm.new_type_error("cannot use a bytes pattern on a string-like object"));
    }
    let len = subject.len as i64;
    let pos = pos.clamp(0, len) as usize;
    let endpos = endpos.clamp(0, len) as usize;
    Ok((subject, pos, endpos))
}

const MATCH_SPEC: ArgSpec = ArgSpec {
    name: "match",
    params: &["string", "pos", "endpos"],
    required: 1,
    posonly: 0,
    kwonly: 0,
};

/// What a single match attempt is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Match,
    FullMatch,
    Search,
}

/// The outcome of one attempt: span of group 0, group spans and lastindex.
pub struct Found {
    pub spans: Vec<(isize, isize)>,
    pub lastindex: isize,
}

/// Runs one match attempt at `pos` (with the `must_advance` rule of iterators).
pub(crate) fn run_once(
    vm: &mut Vm,
    prog: &Program,
    subject: &Subject,
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
) -> PyResult<Option<Found>> {
    match subject.units() {
        Units::Narrow(t) => run_generic(vm, prog, t, pos, endpos, mode, must_advance),
        Units::Wide(t) => run_generic(vm, prog, t, pos, endpos, mode, must_advance),
    }
}

fn run_generic<T: Unit>(
    vm: &mut Vm,
    prog: &Program,
    text: &[T],
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
) -> PyResult<Option<Found>> {
    let mut e = Engine::new(prog, text, pos, endpos);
    e.must_advance = must_advance;
    e.match_all = mode == Mode::FullMatch;
    let ok = match mode {
        Mode::Search => e.do_search(vm)?,
        _ => e.do_match(vm)?,
    };
    if !ok {
        return Ok(None);
    }
    Ok(Some(found(&e, prog)))
}

/// CPython refuses a match whose group ends before it starts (possible when a repeat
/// backtracks into a lookbehind that captured).
pub(crate) fn check_spans(vm: &mut Vm, f: &Found) -> PyResult<()> {
    if f.spans
        .iter()
        .skip(1)
        .any(|&(a, b)| a >= 0 && b >= 0 && a > b)
    {
        return Err(vm.new_exception_msg(
            &types().exc.system_error,
            "The span of capturing group is wrong, please report a bug for the re module.",
        ));
    }
    Ok(())
}

fn found<T: Unit>(e: &Engine<T>, prog: &Program) -> Found {
    let mut spans = Vec::with_capacity(prog.groups + 1);
    spans.push((e.start as isize, e.ptr as isize));
    for g in 1..=prog.groups {
        spans.push(match e.group_span(g) {
            Some((a, b)) => (a as isize, b as isize),
            None => (-1, -1),
        });
    }
    Found {
        spans,
        lastindex: e.lastindex,
    }
}

fn match_common(vm: &mut Vm, args: Args, mode: Mode, name: &'static str) -> PyResult<Value> {
    let p = this(vm, &args)?;
    let spec = ArgSpec { name, ..MATCH_SPEC };
    let b = bind_after_self(vm, &args, &spec)?;
    let string = b[0].clone().unwrap_or(Value::None);
    let pos = ssize_arg(vm, b[1].as_ref(), 0)?;
    let endpos = ssize_arg(vm, b[2].as_ref(), i64::MAX)?;
    let (subject, pos, endpos) = prepare(vm, p, &string, pos, endpos)?;
    let prog = p.prog.clone();
    match run_once(vm, &prog, &subject, pos, endpos, mode, false)? {
        Some(f) => {
            check_spans(vm, &f)?;
            Ok(matchobj::new_match(&args.pos[0], &subject, pos, endpos, f))
        }
        None => Ok(Value::None),
    }
}

fn pattern_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match_common(vm, args, Mode::Match, "match")
}

fn pattern_fullmatch(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match_common(vm, args, Mode::FullMatch, "fullmatch")
}

fn pattern_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match_common(vm, args, Mode::Search, "search")
}

fn pattern_findall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args)?;
    let spec = ArgSpec {
        name: "findall",
        ..MATCH_SPEC
    };
    let b = bind_after_self(vm, &args, &spec)?;
    let string = b[0].clone().unwrap_or(Value::None);
    let pos = ssize_arg(vm, b[1].as_ref(), 0)?;
    let endpos = ssize_arg(vm, b[2].as_ref(), i64::MAX)?;
    let (subject, pos, endpos) = prepare(vm, p, &string, pos, endpos)?;
    let prog = p.prog.clone();
    let out = match subject.units() {
        Units::Narrow(t) => findall_impl(vm, &prog, &subject, t, pos, endpos)?,
        Units::Wide(t) => findall_impl(vm, &prog, &subject, t, pos, endpos)?,
    };
    Ok(listobj::new_list(out))
}

fn findall_impl<T: Unit>(
    vm: &mut Vm,
    prog: &Program,
    subject: &Subject,
    text: &[T],
    mut pos: usize,
    endpos: usize,
) -> PyResult<Vec<Value>> {
    let mut e = Engine::new(prog, text, pos, endpos);
    let mut out = Vec::new();
    let mut must_advance = false;
    while pos <= endpos {
        if !e.search_at(vm, pos, must_advance)? {
            break;
        }
        let group = |g: usize| match e.group_span(g) {
            Some((a, b)) => subject.slice(a, b),
            None => subject.slice(0, 0),
        };
        let item = match prog.groups {
            0 => subject.slice(e.start, e.ptr),
            1 => {
                check_engine_spans(vm, &e)?;
                group(1)
            }
            n => {
                check_engine_spans(vm, &e)?;
                let mut items = Vec::with_capacity(n);
                for g in 1..=n {
                    items.push(group(g));
                }
                tupleobj::new_tuple(items)
            }
        };
        out.push(item);
        must_advance = e.ptr == e.start;
        pos = e.ptr;
    }
    Ok(out)
}

fn check_engine_spans<T: Unit>(vm: &mut Vm, e: &Engine<T>) -> PyResult<()> {
    for g in 1..=e.groups() {
        if let Some((a, b)) = e.group_span(g) {
            if a > b {
                return check_spans(
                    vm,
                    &Found {
                        spans: vec![(0, 0), (1, 0)],
                        lastindex: -1,
                    },
                );
            }
        }
    }
    Ok(())
}

fn pattern_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args)?;
    let spec = ArgSpec {
        name: "split",
        params: &["string", "maxsplit"],
        required: 1,
        posonly: 0,
        kwonly: 0,
    };
    let b = bind_after_self(vm, &args, &spec)?;
    let string = b[0].clone().unwrap_or(Value::None);
    let maxsplit = ssize_arg(vm, b[1].as_ref(), 0)?;
    let (subject, pos, endpos) = prepare(vm, p, &string, 0, i64::MAX)?;
    let prog = p.prog.clone();
    let out = match subject.units() {
        Units::Narrow(t) => split_impl(vm, &prog, &subject, t, pos, endpos, maxsplit)?,
        Units::Wide(t) => split_impl(vm, &prog, &subject, t, pos, endpos, maxsplit)?,
    };
    Ok(listobj::new_list(out))
}

fn split_impl<T: Unit>(
    vm: &mut Vm,
    prog: &Program,
    subject: &Subject,
    text: &[T],
    mut pos: usize,
    endpos: usize,
    maxsplit: i64,
) -> PyResult<Vec<Value>> {
    let mut e = Engine::new(prog, text, pos, endpos);
    let mut out = Vec::new();
    let mut last = pos;
    let mut n: i64 = 0;
    let mut must_advance = false;
    while maxsplit == 0 || n < maxsplit {
        if !e.search_at(vm, pos, must_advance)? {
            break;
        }
        check_engine_spans(vm, &e)?;
        out.push(subject.slice(last, e.start));
        for g in 1..=prog.groups {
            out.push(match e.group_span(g) {
                Some((a, b)) => subject.slice(a, b),
                None => Value::None,
            });
        }
        n += 1;
        must_advance = e.ptr == e.start;
        last = e.ptr;
        pos = e.ptr;
    }
    out.push(subject.slice(last, endpos));
    Ok(out)
}

fn pattern_finditer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pattern_scanner_impl(vm, args, "finditer", true)
}

fn pattern_scanner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pattern_scanner_impl(vm, args, "scanner", false)
}

fn pattern_scanner_impl(
    vm: &mut Vm,
    args: Args,
    name: &'static str,
    iterator: bool,
) -> PyResult<Value> {
    let p = this(vm, &args)?;
    let spec = ArgSpec { name, ..MATCH_SPEC };
    let b = bind_after_self(vm, &args, &spec)?;
    let string = b[0].clone().unwrap_or(Value::None);
    let pos = ssize_arg(vm, b[1].as_ref(), 0)?;
    let endpos = ssize_arg(vm, b[2].as_ref(), i64::MAX)?;
    let (subject, pos, endpos) = prepare(vm, p, &string, pos, endpos)?;
    Ok(matchobj::new_scanner(
        &args.pos[0],
        subject,
        pos,
        endpos,
        iterator,
    ))
}

fn pattern_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = subx(vm, args, "sub")?;
    Ok(s)
}

fn pattern_subn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, n) = subx(vm, args, "subn")?;
    Ok(tupleobj::new_tuple(vec![s, intobj::new_int(n as i64)]))
}

/// What replaces each match.
enum Filter {
    Callable(Value),
    Literal(Value),
    Template(Rc<template::Template>),
}

fn subx(vm: &mut Vm, args: Args, name: &'static str) -> PyResult<(Value, usize)> {
    let p = this(vm, &args)?;
    let spec = ArgSpec {
        name,
        params: &["repl", "string", "count"],
        required: 2,
        posonly: 0,
        kwonly: 0,
    };
    let b = bind_after_self(vm, &args, &spec)?;
    let repl = b[0].clone().unwrap_or(Value::None);
    let string = b[1].clone().unwrap_or(Value::None);
    let count = ssize_arg(vm, b[2].as_ref(), 0)?;
    let filter = if crate::builtins::is_callable(&repl) {
        Filter::Callable(repl.clone())
    } else {
        let literal = if let Some(s) = repl.as_rust_str() {
            !s.contains('\\')
        } else if let Some(b) =
            bytesobj::buffer_data(&repl).or_else(|| native::with_buffer(&repl, |b| b.to_vec()))
        {
            !b.contains(&b'\\')
        } else {
            false
        };
        if literal {
            Filter::Literal(repl.clone())
        } else {
            let t = template::compiled(vm, &args.pos[0], p, &repl)?;
            match t.as_literal() {
                Some(v) => Filter::Literal(v),
                None => Filter::Template(t),
            }
        }
    };
    let (subject, pos, endpos) = prepare(vm, p, &string, 0, i64::MAX)?;
    let prog = p.prog.clone();
    let ctx = SubCtx {
        pattern: &args.pos[0],
        prog: &prog,
        subject: &subject,
        filter: &filter,
        count,
    };
    match subject.units() {
        Units::Narrow(t) => sub_impl(vm, &ctx, t, pos, endpos),
        Units::Wide(t) => sub_impl(vm, &ctx, t, pos, endpos),
    }
}

struct SubCtx<'a> {
    pattern: &'a Value,
    prog: &'a Program,
    subject: &'a Subject,
    filter: &'a Filter,
    count: i64,
}

fn sub_impl<T: Unit>(
    vm: &mut Vm,
    c: &SubCtx,
    text: &[T],
    mut pos: usize,
    endpos: usize,
) -> PyResult<(Value, usize)> {
    let subject = c.subject;
    let mut e = Engine::new(c.prog, text, pos, endpos);
    let mut out = Joiner::new(subject.is_bytes);
    let mut n: usize = 0;
    let mut i = 0usize;
    let mut must_advance = false;
    while c.count == 0 || (n as i64) < c.count {
        if !e.search_at(vm, pos, must_advance)? {
            break;
        }
        let (s, end) = (e.start, e.ptr);
        if i < s {
            out.push_subject(subject, i, s);
        }
        match c.filter {
            Filter::Literal(v) => out.push_value(vm, v)?,
            Filter::Callable(func) => {
                let f = found(&e, c.prog);
                check_spans(vm, &f)?;
                let m = matchobj::new_match(c.pattern, subject, 0, endpos, f);
                let r = vm.call(func, &[m])?;
                if !matches!(r, Value::None) {
                    out.push_value(vm, &r)?;
                }
            }
            Filter::Template(t) => {
                let f = found(&e, c.prog);
                check_spans(vm, &f)?;
                let v = t.expand(vm, subject, &f)?;
                out.push_value(vm, &v)?;
            }
        }
        i = end;
        n += 1;
        must_advance = end == s;
        pos = end;
    }
    if i < endpos {
        out.push_subject(subject, i, endpos);
    }
    Ok((out.finish(vm, subject)?, n))
}

/// Builds sub()'s result, checking item types as `str.join`/`bytes.join` would.
struct Joiner {
    is_bytes: bool,
    text: String,
    bytes: Vec<u8>,
    items: usize,
    /// The only item, when there is exactly one (returned as is if it is exact).
    single: Option<Value>,
}

impl Joiner {
    fn new(is_bytes: bool) -> Joiner {
        Joiner {
            is_bytes,
            text: String::new(),
            bytes: Vec::new(),
            items: 0,
            single: None,
        }
    }

    fn push_subject(&mut self, subject: &Subject, i: usize, j: usize) {
        self.items += 1;
        self.single = None;
        match subject.units() {
            Units::Narrow(t) => {
                if self.is_bytes {
                    self.bytes.extend_from_slice(&t[i..j]);
                } else {
                    // ASCII str: its bytes are its characters.
                    self.text
                        .push_str(std::str::from_utf8(&t[i..j]).unwrap_or_default());
                }
            }
            Units::Wide(_) => {
                if let Some(s) = subject.value.as_str() {
                    let (a, b) = subject.byte_span(s, i, j);
                    self.text.push_str(&s.as_str()[a..b]);
                }
            }
        }
    }

    fn push_value(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let idx = self.items;
        self.items += 1;
        if self.is_bytes {
            let ok = match v.payload() {
                Some(Payload::Bytes(b)) => {
                    self.bytes.extend_from_slice(b);
                    true
                }
                _ => match bytesobj::buffer_data(v)
                    .or_else(|| native::with_buffer(v, |b| b.to_vec()))
                {
                    Some(b) => {
                        self.bytes.extend_from_slice(&b);
                        true
                    }
                    None => false,
                },
            };
            if !ok {
                return Err(vm.new_type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    idx,
                    types::type_name(v)
                )));
            }
            vm.check_alloc(0)?;
        } else {
            match v.as_rust_str() {
                Some(s) => {
                    vm.check_alloc(self.text.len().saturating_add(s.len()))?;
                    self.text.push_str(s);
                }
                None => {
                    return Err(vm.new_type_error(format!(
                        "sequence item {}: expected str instance, {} found",
                        idx,
                        types::type_name(v)
                    )))
                }
            }
        }
        self.single = if idx == 0 { Some(v.clone()) } else { None };
        Ok(())
    }

    fn finish(self, vm: &mut Vm, subject: &Subject) -> PyResult<Value> {
        let _ = vm;
        if self.items == 1 {
            if let Some(Value::Obj(o)) = &self.single {
                if types::is_exact_str(o) && !self.is_bytes {
                    return Ok(Value::Obj(o.clone()));
                }
            }
        }
        if self.is_bytes {
            Ok(bytesobj::new_bytes(self.bytes))
        } else {
            let _ = subject;
            Ok(strobj::new_str(self.text))
        }
    }
}

// ----- the rest of re.Pattern -----

fn pattern_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_type_error("cannot create 're.Pattern' instances"))
}

fn flag_names(mut flags: u32, is_unicode: bool) -> Option<String> {
    const NAMES: &[(&str, u32)] = &[
        ("re.TEMPLATE", FLAG_TEMPLATE),
        ("re.IGNORECASE", FLAG_IGNORECASE),
        ("re.LOCALE", FLAG_LOCALE),
        ("re.MULTILINE", FLAG_MULTILINE),
        ("re.DOTALL", FLAG_DOTALL),
        ("re.UNICODE", FLAG_UNICODE),
        ("re.VERBOSE", FLAG_VERBOSE),
        ("re.DEBUG", FLAG_DEBUG),
        ("re.ASCII", FLAG_ASCII),
    ];
    if is_unicode && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
        flags &= !FLAG_UNICODE;
    }
    if flags == 0 {
        return None;
    }
    let mut parts = Vec::new();
    for (name, bit) in NAMES {
        if flags & bit != 0 {
            parts.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        parts.push(format!("0x{:x}", flags));
    }
    Some(parts.join("|"))
}

fn pattern_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args)?;
    let r = vm.repr_string(&p.pattern)?;
    let r: String = if r.chars().count() > 200 {
        r.chars().take(200).collect()
    } else {
        r
    };
    Ok(strobj::new_str(match flag_names(p.flags, !p.is_bytes) {
        None => format!("re.compile({})", r),
        Some(f) => format!("re.compile({}, {})", r, f),
    }))
}

fn pattern_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "__eq__", 2)?;
    let (Some(x), Some(y)) = (pattern_obj(&a[0]), pattern_obj(&a[1])) else {
        return Ok(vm.not_implemented());
    };
    if a[0].is(&a[1]) {
        return Ok(Value::Bool(true));
    }
    if x.flags != y.flags || x.is_bytes != y.is_bytes {
        return Ok(Value::Bool(false));
    }
    let (px, py) = (x.pattern.clone(), y.pattern.clone());
    Ok(Value::Bool(vm.eq(&px, &py)?))
}

fn pattern_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match pattern_eq(vm, args)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn pattern_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args)?;
    let pat = p.pattern.clone();
    let h = vm.hash(&pat)?;
    let mut h = h ^ p.flags as i64 ^ p.is_bytes as i64;
    if h == -1 {
        h = -2;
    }
    Ok(intobj::new_int(h))
}

fn return_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let item = args.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(crate::objects::typeobj::generic_alias(&cls, &item))
}

fn get_pattern(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(self_of(vm, v)?.pattern.clone())
}

fn get_flags(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(intobj::new_int(self_of(vm, v)?.flags as i64))
}

fn get_groups(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(intobj::new_int(self_of(vm, v)?.prog.groups as i64))
}

fn get_groupindex(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = self_of(vm, v)?;
    let d = match &p.groupindex {
        Value::Obj(o) => o.clone(),
        _ => return Ok(Value::None),
    };
    Ok(types::new_obj(
        &types().mappingproxy,
        Payload::MappingProxy(d),
    ))
}

static PATTERN_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", pattern_new),
    MethodDef::method("match", pattern_match),
    MethodDef::method("fullmatch", pattern_fullmatch),
    MethodDef::method("search", pattern_search),
    MethodDef::method("findall", pattern_findall),
    MethodDef::method("finditer", pattern_finditer),
    MethodDef::method("split", pattern_split),
    MethodDef::method("sub", pattern_sub),
    MethodDef::method("subn", pattern_subn),
    MethodDef::method("scanner", pattern_scanner),
    MethodDef::method("__repr__", pattern_repr),
    MethodDef::method("__eq__", pattern_eq),
    MethodDef::method("__ne__", pattern_ne),
    MethodDef::method("__hash__", pattern_hash),
    MethodDef::method("__copy__", return_self),
    MethodDef::method("__deepcopy__", return_self),
    MethodDef::classmethod("__class_getitem__", class_getitem),
    MethodDef::getter("pattern", get_pattern),
    MethodDef::getter("flags", get_flags),
    MethodDef::getter("groups", get_groups),
    MethodDef::getter("groupindex", get_groupindex),
];
