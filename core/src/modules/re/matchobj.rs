//! `re.Match` (the result of a successful match) and the scanner behind `finditer`.

use std::cell::Cell;

use super::{pattern_obj, run_once, slice_value, Found, Mode, Subject};
use crate::modules::native;
use crate::object::*;
use crate::objects::{dictobj, intobj, strobj, tupleobj};
use crate::types::{self, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyResult, Vm};

thread_local! {
    static MATCH_TYPE: PyRef = types::new_builtin_type("Match", "re", None, BaseKind::Internal, MATCH_METHODS, false);
    static SCANNER_TYPE: PyRef = types::new_builtin_type("SRE_Scanner", "_sre", None, BaseKind::Internal, SCANNER_METHODS, false);
    /// finditer's iterator; CPython's is `iter(scanner.search, None)`, hence the name.
    static FINDITER_TYPE: PyRef = types::new_builtin_type("callable_iterator", "builtins", None, BaseKind::Internal, FINDITER_METHODS, false);
}

pub fn match_type() -> PyRef {
    MATCH_TYPE.with(|t| t.clone())
}

/// A successful match.
pub struct MatchObj {
    pub string: Value,
    pub pattern: Value,
    pub is_bytes: bool,
    pub pos: usize,
    pub endpos: usize,
    /// Spans of group 0 and every group; (-1, -1) for groups that did not take part.
    pub spans: Vec<(isize, isize)>,
    pub lastindex: isize,
}

impl NativeObject for MatchObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.string);
        visit(&self.pattern);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn new_match(pattern: &Value, subject: &Subject, pos: usize, endpos: usize, f: Found) -> Value {
    let m = MatchObj {
        string: subject.value.clone(),
        pattern: pattern.clone(),
        is_bytes: subject.is_bytes,
        pos,
        endpos,
        spans: f.spans,
        lastindex: f.lastindex,
    };
    let cls = match_type();
    types::new_obj(&cls, Payload::Native(Box::new(m)))
}

fn this<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a MatchObj> {
    match v.and_then(native::downcast::<MatchObj>) {
        Some(m) => Ok(m),
        None => Err(vm.new_type_error("descriptor requires a 're.Match' object")),
    }
}

impl MatchObj {
    /// The group number `index` names (`match_getindex`).
    fn index(&self, vm: &mut Vm, index: &Value) -> PyResult<usize> {
        let ngroups = self.spans.len() as i64;
        let i: i64 = if is_index(index) {
            let v = vm.index(index)?;
            intobj::to_i64(&v).unwrap_or(-1)
        } else {
            let gi = pattern_obj(&self.pattern).map(|p| p.groupindex.clone());
            match gi
                .as_ref()
                .and_then(dictobj::as_dict)
                .filter(|d| !d.is_empty())
            {
                Some(d) => match d.get(vm, index)? {
                    Some(Value::Int(g)) => g,
                    _ => -1,
                },
                None => -1,
            }
        };
        if i < 0 || i >= ngroups {
            return Err(vm.new_index_error("no such group"));
        }
        Ok(i as usize)
    }

    fn group(&self, g: usize, default: &Value) -> Value {
        let (a, b) = self.spans[g];
        if a < 0 || b < 0 {
            return default.clone();
        }
        slice_value(&self.string, self.is_bytes, a as usize, b as usize)
    }
}

/// Does `v` support `__index__` (ints, bools, and objects defining it)?
fn is_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => false,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                || types::lookup_str(&o.class(), "__index__").is_some()
        }
        _ => false,
    }
}

fn match_group(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "Match.group")?;
    let m = this(vm, args.pos.first())?;
    let rest = &args.pos[1..];
    match rest.len() {
        0 => Ok(m.group(0, &Value::None)),
        1 => {
            let g = m.index(vm, &rest[0])?;
            Ok(m.group(g, &Value::None))
        }
        _ => {
            let mut out = Vec::with_capacity(rest.len());
            for r in rest {
                let g = m.index(vm, r)?;
                out.push(m.group(g, &Value::None));
            }
            Ok(tupleobj::new_tuple(out))
        }
    }
}

fn match_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let a = args.pos;
    let m = this(vm, a.first())?;
    let g = m.index(vm, &a[1])?;
    Ok(m.group(g, &Value::None))
}

fn default_arg(vm: &mut Vm, args: &Args, name: &'static str) -> PyResult<Value> {
    let spec = ArgSpec {
        name,
        params: &["default"],
        required: 0,
        posonly: 0,
        kwonly: 0,
    };
    let rest = Args::with_kw(args.pos.get(1..).unwrap_or(&[]), args.kwnames, args.kwvals);
    let b = rest.bind(vm, &spec)?;
    Ok(b[0].clone().unwrap_or(Value::None))
}

fn match_groups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, args.pos.first())?;
    let default = default_arg(vm, &args, "groups")?;
    let out = (1..m.spans.len()).map(|g| m.group(g, &default)).collect();
    Ok(tupleobj::new_tuple(out))
}

fn match_groupdict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, args.pos.first())?;
    let default = default_arg(vm, &args, "groupdict")?;
    let out = dictobj::new_dict();
    // Names in group order are the groupindex dict's order (names are added as groups
    // open).
    if let (Some(p), Some(d)) = (pattern_obj(&m.pattern), dictobj::as_dict(&out)) {
        for (g, name) in p.indexgroup.iter().enumerate() {
            if let Some(name) = name {
                if g < m.spans.len() {
                    d.set_str(name.clone(), m.group(g, &default));
                }
            }
        }
    }
    Ok(out)
}

fn group_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<usize> {
    args.no_kw(vm, &format!("Match.{}", name))?;
    let m = this(vm, args.pos.first())?;
    match args.pos.len() {
        1 => Ok(0),
        2 => m.index(vm, &args.pos[1]),
        n => Err(vm.new_type_error(format!(
            "{} expected at most 1 argument, got {}",
            name,
            n - 1
        ))),
    }
}

fn match_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = group_arg(vm, &args, "start")?;
    let m = this(vm, args.pos.first())?;
    Ok(intobj::new_int(m.spans[g].0 as i64))
}

fn match_end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = group_arg(vm, &args, "end")?;
    let m = this(vm, args.pos.first())?;
    Ok(intobj::new_int(m.spans[g].1 as i64))
}

fn span_tuple(s: (isize, isize)) -> Value {
    tupleobj::new_tuple(vec![
        intobj::new_int(s.0 as i64),
        intobj::new_int(s.1 as i64),
    ])
}

fn match_span(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = group_arg(vm, &args, "span")?;
    let m = this(vm, args.pos.first())?;
    Ok(span_tuple(m.spans[g]))
}

fn match_expand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = ArgSpec {
        name: "expand",
        params: &["template"],
        required: 1,
        posonly: 0,
        kwonly: 0,
    };
    let m = this(vm, args.pos.first())?;
    let rest = Args::with_kw(args.pos.get(1..).unwrap_or(&[]), args.kwnames, args.kwvals);
    if rest.pos.is_empty() && rest.kw("template").is_none() {
        return Err(vm.new_type_error("expand() missing required argument 'template' (pos 1)"));
    }
    let b = rest.bind(vm, &spec)?;
    let template = b[0].clone().unwrap_or(Value::None);
    let Some(p) = pattern_obj(&m.pattern) else {
        return Ok(Value::None);
    };
    let t = super::template::parse(vm, &m.pattern, p, &template)?;
    let subject = Subject::new(vm, &m.string)?;
    let f = Found {
        spans: m.spans.clone(),
        lastindex: m.lastindex,
    };
    t.expand(vm, &subject, &f)
}

fn match_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, args.pos.first())?;
    let g0 = m.group(0, &Value::None);
    let r = vm.repr_string(&g0)?;
    let r: String = r.chars().take(50).collect();
    Ok(strobj::new_str(format!(
        "<re.Match object; span=({}, {}), match={}>",
        m.spans[0].0, m.spans[0].1, r
    )))
}

fn match_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_type_error("cannot create 're.Match' instances"))
}

fn get_string(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(vm, Some(v))?.string.clone())
}

fn get_re(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(vm, Some(v))?.pattern.clone())
}

fn get_pos(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(intobj::new_int(this(vm, Some(v))?.pos as i64))
}

fn get_endpos(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(intobj::new_int(this(vm, Some(v))?.endpos as i64))
}

fn get_lastindex(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = this(vm, Some(v))?;
    Ok(if m.lastindex >= 0 {
        intobj::new_int(m.lastindex as i64)
    } else {
        Value::None
    })
}

fn get_lastgroup(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = this(vm, Some(v))?;
    if m.lastindex < 0 {
        return Ok(Value::None);
    }
    let name = pattern_obj(&m.pattern)
        .and_then(|p| p.indexgroup.get(m.lastindex as usize).cloned().flatten());
    Ok(match name {
        Some(n) => Value::Obj(n),
        None => Value::None,
    })
}

fn get_regs(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = this(vm, Some(v))?;
    Ok(tupleobj::new_tuple(
        m.spans.iter().map(|s| span_tuple(*s)).collect(),
    ))
}

/// `__reduce_ex__` of Match and the scanner: neither can be pickled.
fn cannot_pickle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.pos.first().map_or_else(String::new, types::type_name);
    Err(vm.new_type_error(format!("cannot pickle '{}' object", name)))
}

fn return_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

static MATCH_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", match_new),
    MethodDef::method("group", match_group),
    MethodDef::method("__getitem__", match_getitem),
    MethodDef::method("groups", match_groups),
    MethodDef::method("groupdict", match_groupdict),
    MethodDef::method("start", match_start),
    MethodDef::method("end", match_end),
    MethodDef::method("span", match_span),
    MethodDef::method("expand", match_expand),
    MethodDef::method("__repr__", match_repr),
    MethodDef::method("__copy__", return_self),
    MethodDef::method("__deepcopy__", return_self),
    MethodDef::method("__reduce_ex__", cannot_pickle),
    MethodDef::classmethod("__class_getitem__", super::class_getitem),
    // Subscriptable but not a sequence: iter(m) and `x in m` fail, as CPython's.
    MethodDef::none("__iter__"),
    MethodDef::getter("string", get_string),
    MethodDef::getter("re", get_re),
    MethodDef::getter("pos", get_pos),
    MethodDef::getter("endpos", get_endpos),
    MethodDef::getter("lastindex", get_lastindex),
    MethodDef::getter("lastgroup", get_lastgroup),
    MethodDef::getter("regs", get_regs),
];

// ----- the scanner -----

/// Successive matches over one string (`Pattern.scanner`, behind `finditer`).
pub struct ScannerObj {
    pattern: Value,
    subject: Subject,
    /// Where the next attempt starts; None when exhausted.
    start: Cell<Option<usize>>,
    endpos: usize,
    pos: usize,
    must_advance: Cell<bool>,
    busy: Cell<bool>,
}

impl NativeObject for ScannerObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.subject.value);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn new_scanner(
    pattern: &Value,
    subject: Subject,
    pos: usize,
    endpos: usize,
    iterator: bool,
) -> Value {
    let s = ScannerObj {
        pattern: pattern.clone(),
        subject,
        start: Cell::new(Some(pos)),
        endpos,
        pos,
        must_advance: Cell::new(false),
        busy: Cell::new(false),
    };
    if iterator {
        let cls = FINDITER_TYPE.with(|t| t.clone());
        return types::new_obj(&cls, Payload::Native(Box::new(FindIter(s))));
    }
    let cls = SCANNER_TYPE.with(|t| t.clone());
    types::new_obj(&cls, Payload::Native(Box::new(s)))
}

fn scanner_step(vm: &mut Vm, args: Args, mode: Mode, name: &str) -> PyResult<Value> {
    let a = args.exact(vm, name, 1)?;
    let Some(s) = native::downcast::<ScannerObj>(&a[0]) else {
        return Err(vm.new_type_error("descriptor requires a '_sre.SRE_Scanner' object"));
    };
    s.step(vm, mode)
}

impl ScannerObj {
    fn step(&self, vm: &mut Vm, mode: Mode) -> PyResult<Value> {
        let s = self;
        let Some(start) = s.start.get() else {
            return Ok(Value::None);
        };
        let Some(p) = pattern_obj(&s.pattern) else {
            return Ok(Value::None);
        };
        if s.busy.get() {
            return Err(vm.new_value_error("regular expression scanner already executing"));
        }
        let prog = p.prog.clone();
        s.busy.set(true);
        let r = run_once(
            vm,
            &prog,
            &s.subject,
            start,
            s.endpos,
            mode,
            s.must_advance.get(),
        );
        s.busy.set(false);
        match r? {
            None => {
                s.start.set(None);
                Ok(Value::None)
            }
            Some(f) => {
                let (b, e) = (f.spans[0].0 as usize, f.spans[0].1 as usize);
                s.must_advance.set(e == b);
                s.start.set(Some(e));
                super::check_spans(vm, &f)?;
                Ok(new_match(&s.pattern, &s.subject, s.pos, s.endpos, f))
            }
        }
    }
}

/// The iterator `finditer` returns.
pub struct FindIter(ScannerObj);

impl NativeObject for FindIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.traverse(visit);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn next(&self, vm: &mut Vm, _me: &PyRef) -> Option<PyResult<Option<Value>>> {
        Some(match self.0.step(vm, Mode::Search) {
            Ok(Value::None) => Ok(None),
            Ok(v) => Ok(Some(v)),
            Err(e) => Err(e),
        })
    }
}

static FINDITER_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", crate::modules::itertools::iter_self),
    MethodDef::method("__next__", crate::modules::itertools::iter_next),
];

fn scanner_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    scanner_step(vm, args, Mode::Match, "match")
}

fn scanner_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    scanner_step(vm, args, Mode::Search, "search")
}

fn scanner_pattern(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match native::downcast::<ScannerObj>(v) {
        Some(s) => Ok(s.pattern.clone()),
        None => Err(vm.new_type_error("descriptor requires a '_sre.SRE_Scanner' object")),
    }
}

static SCANNER_METHODS: &[MethodDef] = &[
    MethodDef::method("match", scanner_match),
    MethodDef::method("search", scanner_search),
    MethodDef::method("__reduce_ex__", cannot_pickle),
    MethodDef::getter("pattern", scanner_pattern),
];
