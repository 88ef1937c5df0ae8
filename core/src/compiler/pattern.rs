//! `match` statements, following CPython 3.11's pattern compiler (`compiler_match` and the
//! `compiler_pattern_*` functions in `Python/compile.c`).
//!
//! While a pattern is tested, the stack holds (bottom to top): the subject (or a copy of it),
//! the values captured so far (`stores`, the first capture on top of them), then `on_top`
//! working items (sub-subjects, key tuples, ...). A failing test jumps to a "fail pop" label
//! that pops the working items and the captures; the labels are laid out as a run of
//! `Pop`s, so a failure with n items to drop enters the run n pops from its end.

use super::{CResult, Compiler};
use crate::ast::*;
use crate::bytecode::{CompareKind, Op};
use crate::object::{Payload, Value};
use crate::objects::tupleobj;
use crate::types::intern;

struct PatternContext {
    /// Names captured so far, in capture order (their values are on the stack).
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// Pending jumps per number of items to pop on failure.
    fail_pop: Vec<Vec<usize>>,
    /// Working items above the captures.
    on_top: usize,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> PatternContext {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        &p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::Star(None))
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let mut ends = Vec::new();
        let n = cases.len();
        let has_default = n > 1 && is_wildcard(&cases[n - 1].pattern);
        let tested = n - usize::from(has_default);
        for (i, m) in cases[..tested].iter().enumerate() {
            self.set_loc(m.pattern.span);
            // Only copy the subject if this is not the last case.
            let last = i + 1 == tested;
            if !last {
                self.emit(Op::Dup);
            }
            // Irrefutable cases must be guarded, last, or both.
            let mut pc = PatternContext::new(m.guard.is_some() || i + 1 == n);
            self.pattern(&m.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // A match: store the captured names (the first capture is on top).
            for name in &pc.stores {
                self.name_op(name, Ctx::Store)?;
            }
            if let Some(g) = &m.guard {
                ensure_fail_pop(&mut pc, 0);
                let js = self.jump_if(g, false)?;
                pc.fail_pop[0].extend(js);
            }
            if !last {
                self.emit(Op::Pop);
            }
            self.stmts(&m.body)?;
            ends.push(self.emit(Op::Jump(0)));
            // A failed match belongs to the pattern's line, not the body's last line.
            self.set_loc(m.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            // A trailing `case _:` needs no copy of the subject and no test.
            let m = &cases[n - 1];
            self.set_loc(m.pattern.span);
            if n == 1 {
                self.emit(Op::Pop);
            } else {
                self.emit(Op::Nop);
            }
            if let Some(g) = &m.guard {
                ends.extend(self.jump_if(g, false)?);
            }
            self.stmts(&m.body)?;
        }
        self.patch_all_here(ends);
        Ok(())
    }

    /// Tests the subject on top of the stack against `p`, consuming it.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.set_loc(p.span);
        match &p.kind {
            PatternKind::Value(value) => {
                let ok = matches!(
                    value.kind,
                    ExprKind::Constant(_) | ExprKind::Attribute { .. }
                ) || super::fold::fold(value).is_some();
                if !ok {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.expr(value)?;
                self.emit(Op::Compare(CompareKind::Eq));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
            }
            PatternKind::Singleton(value) => {
                self.expr(value)?;
                self.emit(Op::IsOp(0));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
            }
            PatternKind::Sequence(patterns) => self.pattern_sequence(patterns, pc)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::Star(name) => self.store_capture(name.as_deref(), pc)?,
            PatternKind::As { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(match name {
                            Some(n) => self.error(format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n
                            )),
                            None => self.error("wildcard makes remaining patterns unreachable"),
                        });
                    }
                    self.store_capture(name.as_deref(), pc)?;
                }
                Some(inner) => {
                    // Keep a copy to store if the inner pattern matches.
                    pc.on_top += 1;
                    self.emit(Op::Dup);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(name.as_deref(), pc)?;
                }
            },
            PatternKind::Or(alts) => self.pattern_or(alts, pc)?,
        }
        Ok(())
    }

    /// A sub-pattern: irrefutable patterns are fine inside other patterns.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    /// Jumps (with `op`) to the failure label that pops the working items and captures.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        ensure_fail_pop(pc, pops);
        let j = self.emit(op);
        pc.fail_pop[pops].push(j);
    }

    /// Lays out the failure labels: one `Pop` per item, the label for n pops n `Pop`s before
    /// the end.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (k, js) in labels.into_iter().enumerate().rev() {
            self.patch_all_here(js);
            if k > 0 {
                self.emit(Op::Pop);
            }
        }
    }

    /// Binds the value on top of the stack to `name` once the whole pattern matches: it is
    /// moved below the working items and earlier captures (`None`: discarded).
    fn store_capture(&mut self, name: Option<&str>, pc: &mut PatternContext) -> CResult {
        let Some(name) = name else {
            self.emit(Op::Pop);
            return Ok(());
        };
        self.check_forbidden(name, Ctx::Store)?;
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!(
                "multiple assignments to name '{}' in pattern",
                name
            )));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// Moves the top of the stack `count` items down (the others keep their order).
    fn rotate(&mut self, count: usize) {
        let mut c = count;
        while c > 1 {
            self.emit(Op::SwapN(c as u32));
            c -= 1;
        }
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let PatternKind::Star(_) = p.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
        match star {
            None => {
                self.emit(Op::GetLen);
                self.load_const(Value::Int(size as i64));
                self.emit(Op::Compare(CompareKind::Eq));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
            }
            Some(_) if size != 1 => {
                self.emit(Op::GetLen);
                self.load_const(Value::Int(size as i64 - 1));
                self.emit(Op::Compare(CompareKind::Ge));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            // [], [_], [_, *_], ...: nothing to extract.
            self.emit(Op::Pop);
        } else if star_wildcard {
            self.sequence_subscr(patterns, star.unwrap_or(usize::MAX), pc)?;
        } else {
            self.sequence_unpack(patterns, pc)?;
        }
        Ok(())
    }

    /// Unpacks the subject and matches each item.
    fn sequence_unpack(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let n = patterns.len();
        match patterns
            .iter()
            .position(|p| matches!(p.kind, PatternKind::Star(_)))
        {
            Some(i) => {
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(
                        self.error("too many expressions in star-unpacking sequence pattern")
                    );
                }
                self.emit(Op::UnpackEx((i + ((n - i - 1) << 8)) as u32));
            }
            None => {
                self.emit(Op::UnpackSequence(n as u32));
            }
        }
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// With a `*_` wildcard, items are fetched by index instead of unpacking everything.
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Op::Dup);
            if i < star {
                self.load_const(Value::Int(i as i64));
            } else {
                // The subject may not support negative indexes.
                self.emit(Op::GetLen);
                self.load_const(Value::Int((size - i) as i64));
                self.emit(Op::Binary(BinOp::Sub));
            }
            self.emit(Op::Subscr);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Op::Pop);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Op::MatchMapping);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
        if size == 0 && rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Op::Pop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen);
            self.load_const(Value::Int(size as i64));
            self.emit(Op::Compare(CompareKind::Ge));
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
        }
        // The keys (literals or dotted names); duplicate literal keys are an error.
        let mut seen: Vec<Value> = Vec::new();
        let mut all_const = true;
        let mut values = Vec::new();
        for key in keys {
            let v = match &key.kind {
                ExprKind::Constant(c) => Some(self.constant(c)?),
                ExprKind::Attribute { .. } => None,
                _ => {
                    match super::fold::fold(key) {
                        Some(v) => Some(v),
                        None => {
                            return Err(self.error("mapping pattern keys may only match literals and attribute lookups"));
                        }
                    }
                }
            };
            match v {
                Some(v) => {
                    if seen.iter().any(|s| const_eq(s, &v)) {
                        return Err(self.error(format!(
                            "mapping pattern checks duplicate key ({})",
                            const_repr(&v)
                        )));
                    }
                    seen.push(v.clone());
                    values.push(v);
                }
                None => all_const = false,
            }
        }
        if all_const {
            self.load_const(tupleobj::new_tuple(values));
        } else {
            for key in keys {
                self.expr(key)?;
            }
            self.emit(Op::BuildTuple(size as u32));
        }
        self.emit(Op::MatchKeys);
        // The keys and the values (or None) are now on top of the subject.
        pc.on_top += 2;
        self.emit(Op::Dup);
        self.jump_to_fail_pop(pc, Op::PopJumpIfNone(0));
        self.emit(Op::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        // A match: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[key] for each key
                self.emit(Op::BuildMap(0));
                self.emit(Op::SwapN(3));
                self.emit(Op::DictUpdate(2));
                self.emit(Op::UnpackSequence(size as u32));
                let mut n = size;
                while n > 0 {
                    self.emit(Op::CopyN(1 + n as u32));
                    n -= 1;
                    self.emit(Op::SwapN(2));
                    self.emit(Op::DeleteSubscr);
                }
                self.store_capture(Some(name), pc)?;
            }
            None => {
                self.emit(Op::Pop);
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs > 0 {
            for (i, attr) in kwd_attrs.iter().enumerate() {
                self.set_loc(kwd_patterns[i].span);
                self.check_forbidden(attr, Ctx::Store)?;
                for (j, other) in kwd_attrs.iter().enumerate().skip(i + 1) {
                    if attr == other {
                        self.set_loc(kwd_patterns[j].span);
                        return Err(self.error(format!(
                            "attribute name repeated in class pattern: {}",
                            attr
                        )));
                    }
                }
            }
            self.set_loc(p.span);
        }
        self.expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Value::Obj(intern(a))).collect();
        self.load_const(tupleobj::new_tuple(names));
        self.emit(Op::MatchClass(nargs as u32));
        // The tuple of attributes (or None) is on top.
        pc.on_top += 1;
        self.emit(Op::Dup);
        self.jump_to_fail_pop(pc, Op::PopJumpIfNone(0));
        self.emit(Op::UnpackSequence((nargs + nattrs) as u32));
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Op::Pop);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let mut ends = Vec::new();
        let size = alts.len();
        // The names bound by the first alternative: the others must bind the same ones, and
        // their captures are reordered to the same stack order.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.span);
            let mut apc = PatternContext::new(i + 1 == size && pc.allow_irrefutable);
            self.emit(Op::Dup);
            self.pattern(alt, &mut apc)?;
            match &control {
                None => control = Some(apc.stores.clone()),
                Some(ctl) => {
                    if apc.stores.len() != ctl.len() {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                    let nstores = ctl.len();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = apc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            // Reorder: stores[:istores+1] move to position icontrol-istores,
                            // and the same on the stack.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = apc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                apc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            ends.push(self.emit(Op::Jump(0)));
            self.emit_and_reset_fail_pop(&mut apc);
        }
        // No alternative matched: drop the remaining copy of the subject and fail.
        self.emit(Op::Pop);
        self.jump_to_fail_pop(pc, Op::Jump(0));
        self.patch_all_here(ends);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        // Move each new capture below the other new ones, the subject copy, the working
        // items and the earlier captures.
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!(
                    "multiple assignments to name '{}' in pattern",
                    name
                )));
            }
            pc.stores.push(name);
        }
        // Drop the copy of the subject.
        self.emit(Op::Pop);
        Ok(())
    }
}

fn ensure_fail_pop(pc: &mut PatternContext, n: usize) {
    if pc.fail_pop.len() < n + 1 {
        pc.fail_pop.resize_with(n + 1, Vec::new);
    }
}

/// Python equality of two literal keys (numbers compare across types).
fn const_eq(a: &Value, b: &Value) -> bool {
    fn num(v: &Value) -> Option<(f64, f64, Option<num_bigint::BigInt>)> {
        match v {
            Value::Bool(_) | Value::Int(_) => {
                let b = crate::objects::intobj::to_bigint(v)?;
                Some((
                    crate::objects::intobj::bigint_to_f64(&b).unwrap_or(f64::INFINITY),
                    0.0,
                    Some(b),
                ))
            }
            Value::Float(f) => Some((*f, 0.0, None)),
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => Some((
                    crate::objects::intobj::bigint_to_f64(b).unwrap_or(f64::INFINITY),
                    0.0,
                    Some(b.clone()),
                )),
                Payload::Complex(r, i) => Some((*r, *i, None)),
                _ => None,
            },
            _ => None,
        }
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return match (&x.2, &y.2) {
            (Some(p), Some(q)) => p == q,
            (Some(p), None) => y.1 == 0.0 && float_eq_int(y.0, p),
            (None, Some(q)) => x.1 == 0.0 && float_eq_int(x.0, q),
            (None, None) => x.0 == y.0 && x.1 == y.1,
        };
    }
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Obj(p), Value::Obj(q)) => match (&p.payload, &q.payload) {
            (Payload::Str(s), Payload::Str(t)) => s.as_str() == t.as_str(),
            (Payload::Bytes(s), Payload::Bytes(t)) => s == t,
            _ => a.is(b),
        },
        _ => a.is(b),
    }
}

fn float_eq_int(f: f64, i: &num_bigint::BigInt) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    crate::objects::intobj::f64_to_bigint(f) == *i
}

/// The repr of a literal key (for the duplicate-key error).
fn const_repr(v: &Value) -> String {
    use crate::objects::{bytesobj, complexobj, floatobj, strobj};
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => floatobj::float_repr(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => b.to_string(),
            Payload::Complex(r, i) => complexobj::complex_repr(*r, *i),
            Payload::Str(s) => strobj::repr_str(s.as_str()),
            Payload::Bytes(b) => bytesobj::bytes_repr(b, "b"),
            _ => "...".into(),
        },
        Value::Null => String::new(),
    }
}
