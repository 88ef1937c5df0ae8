//! Expressions: names, operators, displays, calls, comprehensions, lambdas, f-strings,
//! assignment targets, and conditional jumps.

use super::fold;
use super::{CResult, Compiler, ScopeType};
use crate::ast::*;
use crate::bytecode::{code_flags, CompareKind, Op};
use crate::error::SyntaxErr;
use crate::object::Value;
use crate::symtable::{flags as symflags, CompKind};
use crate::types::intern;

/// CPython's STACK_USE_GUIDELINE: longer displays and argument lists are built piecewise.
const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    /// Compiles an expression at its own location (CPython's `compiler_visit_expr`).
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        if crate::error::stack::low() {
            return Err(super::too_deep());
        }
        let saved = self.loc;
        self.set_loc(e.span);
        let r = self.expr_inner(e);
        self.loc = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(v) = fold::fold(e) {
            self.load_const(v);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = self.constant(c)?;
                self.load_const(v);
            }
            ExprKind::Name { id, ctx } => self.name_op(id, *ctx)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.negated_compare =
                    *op == UnaryOp::Not && matches!(operand.kind, ExprKind::Compare { .. });
                let r = self.expr(operand);
                self.negated_compare = false;
                r?;
                self.emit(Op::Unary(*op));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(if *op == BoolOp::And {
                            Op::JumpIfFalseOrPop(0)
                        } else {
                            Op::JumpIfTrueOrPop(0)
                        }));
                    }
                }
                self.patch_all_here(jumps);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let jf = self.jump_if(test, false)?;
                self.expr(body)?;
                let j = self.emit(Op::Jump(0));
                self.patch_all_here(jf);
                self.expr(orelse)?;
                self.patch_here(j);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                self.update_start_location_to_match_attr(e, attr);
                match ctx {
                    Ctx::Load => {
                        let ni = self.mangled_name_idx(attr);
                        self.emit(Op::LoadAttr(ni));
                    }
                    Ctx::Store => {
                        self.check_forbidden(attr, Ctx::Store)?;
                        let ni = self.mangled_name_idx(attr);
                        self.emit(Op::StoreAttr(ni));
                    }
                    Ctx::Del => {
                        let ni = self.mangled_name_idx(attr);
                        self.emit(Op::DeleteAttr(ni));
                    }
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx == Ctx::Load {
                    self.check_subscripter(value);
                    self.check_index(value, slice);
                }
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(match ctx {
                    Ctx::Load => Op::Subscr,
                    Ctx::Store => Op::StoreSubscr,
                    Ctx::Del => Op::DeleteSubscr,
                });
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Starred { ctx, .. } => {
                return Err(if *ctx == Ctx::Store {
                    self.error("starred assignment target must be in a list or tuple")
                } else {
                    self.error("can't use starred expression here")
                });
            }
            ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
                let is_list = matches!(e.kind, ExprKind::List { .. });
                match ctx {
                    Ctx::Store => self.assignment_helper(elts)?,
                    Ctx::Del => {
                        for x in elts {
                            self.expr(x)?;
                        }
                    }
                    Ctx::Load => {
                        if is_list {
                            self.starunpack(elts, 0, SeqKind::List)?;
                        } else {
                            self.starunpack(elts, 0, SeqKind::Tuple)?;
                        }
                    }
                }
            }
            ExprKind::Set(elts) => self.starunpack(elts, 0, SeqKind::Set)?,
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::JoinedStr(parts) => {
                if parts.len() > STACK_USE_GUIDELINE {
                    self.load_str("");
                    let ni = self.name_idx("join");
                    self.emit(Op::LoadMethod(ni));
                    self.emit(Op::BuildList(0));
                    for p in parts {
                        self.expr(p)?;
                        self.emit(Op::ListAppend(1));
                    }
                    self.emit(Op::CallMethod(1));
                } else {
                    for p in parts {
                        self.expr(p)?;
                    }
                    if parts.len() != 1 {
                        self.emit(Op::BuildString(parts.len() as u32));
                    }
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(fs) = format_spec {
                    self.expr(fs)?;
                    flags |= 4;
                }
                self.emit(Op::FormatValue(flags));
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.expr(target)?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", CompKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "<dictcomp>",
                CompKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", CompKind::Generator, generators, elt, None)?
            }
            ExprKind::Yield(v) => {
                if !self.scope().is_function_like() {
                    return Err(self.error("'yield' outside function"));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                if self.ur().flags & code_flags::ASYNC_GENERATOR != 0 {
                    self.emit(Op::AsyncGenWrap);
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if !self.scope().is_function_like() {
                    return Err(self.error("'yield' outside function"));
                }
                if self.ur().scope_type == ScopeType::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                self.yield_from_loop();
            }
            ExprKind::Await(v) => {
                if !self.scope().is_function_like() {
                    return Err(self.error("'await' outside function"));
                }
                if !matches!(
                    self.ur().scope_type,
                    ScopeType::AsyncFunction | ScopeType::Comprehension
                ) {
                    return Err(self.error("'await' outside async function"));
                }
                self.expr(v)?;
                self.await_value(0);
            }
        }
        Ok(())
    }

    /// The value of a literal.
    pub(super) fn constant(&self, c: &Constant) -> Result<Value, SyntaxErr> {
        fold::constant(c).ok_or_else(|| {
            let digits = match c {
                Constant::Int(d, _) => d.len(),
                _ => 0,
            };
            self.error(format!("Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", crate::objects::intobj::max_str_digits(), digits))
        })
    }

    fn compare(
        &mut self,
        _e: &'a Expr,
        left: &'a Expr,
        ops: &'a [CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.check_compare(left, ops, comparators);
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.expr(&comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let mut cleanup = Vec::new();
        for i in 0..n {
            self.expr(&comparators[i])?;
            self.emit(Op::Rot2);
            self.emit(Op::CopyN(2));
            self.compare_op(ops[i]);
            cleanup.push(self.emit(Op::JumpIfFalseOrPop(0)));
        }
        self.expr(&comparators[n])?;
        self.compare_op(ops[n]);
        let saved = self.loc;
        self.unset_loc();
        let end = self.emit(Op::Jump(0));
        self.loc = saved;
        self.patch_all_here(cleanup);
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.patch_here(end);
        Ok(())
    }

    pub(super) fn compare_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Is => Op::IsOp(0),
            CmpOp::IsNot => Op::IsOp(1),
            CmpOp::In => Op::ContainsOp(0),
            CmpOp::NotIn => Op::ContainsOp(1),
            other => Op::Compare(CompareKind::from_ast(other).unwrap_or(CompareKind::Eq)),
        });
    }

    /// `is` with a literal operand deserves a warning.
    fn check_compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comparators: &'a [Expr]) {
        let negated = std::mem::take(&mut self.negated_compare) && ops.len() == 1;
        let is_arg = |e: &Expr| -> bool {
            match fold::fold_or_const(e) {
                Some(v) => {
                    matches!(v, Value::None | Value::Bool(_))
                        || v.is(&crate::types::types().ellipsis)
                }
                None => true,
            }
        };
        let mut l = is_arg(left);
        for (op, c) in ops.iter().zip(comparators.iter()) {
            let r = is_arg(c);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!r || !l) {
                let msg = if (*op == CmpOp::Is) != negated {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                self.warn(msg);
                return;
            }
            l = r;
        }
    }

    /// Compiles a condition, jumping when its truth equals `when` (CPython's
    /// `compiler_jump_if`). Returns the jumps to patch to the target.
    pub(super) fn jump_if(&mut self, e: &'a Expr, when: bool) -> Result<Vec<usize>, SyntaxErr> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => {
                self.negated_compare = matches!(operand.kind, ExprKind::Compare { .. });
                let r = self.jump_if(operand, !when);
                self.negated_compare = false;
                r
            }
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let n = values.len() - 1;
                let mut out = Vec::new();
                let mut next2 = Vec::new();
                for v in &values[..n] {
                    let js = self.jump_if(v, cond2)?;
                    if cond2 == when {
                        out.extend(js);
                    } else {
                        next2.extend(js);
                    }
                }
                out.extend(self.jump_if(&values[n], when)?);
                self.patch_all_here(next2);
                Ok(out)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let next2 = self.jump_if(test, false)?;
                let mut out = self.jump_if(body, when)?;
                let end = self.emit(Op::Jump(0));
                self.patch_all_here(next2);
                out.extend(self.jump_if(orelse, when)?);
                self.patch_here(end);
                Ok(out)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                // A tested comparison puts its location on what follows (CPython 3.11).
                self.set_loc(e.span);
                self.check_compare(left, ops, comparators);
                self.expr(left)?;
                let n = ops.len() - 1;
                let mut cleanup = Vec::new();
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit(Op::Rot2);
                    self.emit(Op::CopyN(2));
                    self.compare_op(ops[i]);
                    cleanup.push(self.emit(Op::PopJumpIfFalse(0)));
                }
                self.expr(&comparators[n])?;
                self.compare_op(ops[n]);
                let mut out = vec![self.emit(if when {
                    Op::PopJumpIfTrue(0)
                } else {
                    Op::PopJumpIfFalse(0)
                })];
                let end = self.emit(Op::Jump(0));
                self.patch_all_here(cleanup);
                self.emit(Op::Pop);
                if !when {
                    out.push(self.emit(Op::Jump(0)));
                }
                self.patch_here(end);
                Ok(out)
            }
            _ => {
                // A constant condition needs no test.
                if let Some(v) = fold::fold_or_const(e) {
                    if let Some(t) = fold::const_truth(&v) {
                        if t == when {
                            return Ok(vec![self.emit(Op::Jump(0))]);
                        }
                        return Ok(Vec::new());
                    }
                }
                if matches!(e.kind, ExprKind::Compare { .. }) {
                    self.set_loc(e.span);
                }
                self.expr(e)?;
                Ok(vec![self.emit(if when {
                    Op::PopJumpIfTrue(0)
                } else {
                    Op::PopJumpIfFalse(0)
                })])
            }
        }
    }

    /// Unpacking into targets (CPython's `assignment_helper`).
    fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { .. } = e.kind {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= (1 << 8) || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Op::UnpackEx((i + ((n - i - 1) << 8)) as u32));
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Op::UnpackSequence(n as u32));
        }
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(e)?,
            }
        }
        Ok(())
    }

    /// The iterable of a `for` loop or comprehension: a set display of constants is
    /// iterated as the frozenset constant CPython's optimizer turns it into.
    pub(super) fn iter_expr(&mut self, e: &'a Expr) -> CResult {
        if let ExprKind::Set(elts) = &e.kind {
            let consts: Option<Vec<Value>> = elts.iter().map(fold::fold_or_const).collect();
            if let Some(vals) = consts.filter(|v| !v.is_empty()) {
                self.load_const(crate::objects::tupleobj::new_tuple(vals));
                self.emit(Op::MakeFrozenConst);
                return Ok(());
            }
        }
        self.expr(e)
    }

    /// Builds a tuple/list/set display (CPython's `starunpack_helper`); `pushed` items are
    /// already on the stack (call arguments).
    pub(super) fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, kind: SeqKind) -> CResult {
        let n = elts.len();
        if n > 2 {
            let consts: Option<Vec<Value>> = elts.iter().map(fold::fold_or_const).collect();
            if let Some(vals) = consts {
                let folded = crate::objects::tupleobj::new_tuple(vals);
                if kind == SeqKind::Tuple && pushed == 0 {
                    self.load_const(folded);
                } else {
                    self.emit(match kind {
                        SeqKind::Set => Op::BuildSet(pushed),
                        _ => Op::BuildList(pushed),
                    });
                    self.load_const(folded);
                    if kind == SeqKind::Set {
                        self.emit(Op::MakeFrozenConst);
                    }
                    self.emit(if kind == SeqKind::Set {
                        Op::SetUpdate(1)
                    } else {
                        Op::ListExtend(1)
                    });
                    if kind == SeqKind::Tuple {
                        self.emit(Op::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            let total = n as u32 + pushed;
            self.emit(match kind {
                SeqKind::Tuple => Op::BuildTuple(total),
                SeqKind::List => Op::BuildList(total),
                SeqKind::Set => Op::BuildSet(total),
            });
            return Ok(());
        }
        let build = |k: SeqKind, n: u32| {
            if k == SeqKind::Set {
                Op::BuildSet(n)
            } else {
                Op::BuildList(n)
            }
        };
        let mut built = false;
        if big {
            self.emit(build(kind, pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.kind {
                if !built {
                    self.emit(build(kind, i as u32 + pushed));
                    built = true;
                }
                self.expr(value)?;
                self.emit(if kind == SeqKind::Set {
                    Op::SetUpdate(1)
                } else {
                    Op::ListExtend(1)
                });
            } else {
                self.expr(e)?;
                if built {
                    self.emit(if kind == SeqKind::Set {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    /// A dict display (CPython's `compiler_dict`): runs of `key: value` pairs, merged with
    /// `**mapping` items.
    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Op::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Op::BuildMap(0));
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Op::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Op::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Op::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BuildMap(0));
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Op::BuildMap(0));
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
            if big {
                self.emit(Op::MapAdd(1));
            }
        }
        if !big {
            self.emit(Op::BuildMap(n as u32));
        }
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        if self.maybe_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.check_caller(func);
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// CPython's `maybe_optimize_method_call`: `obj.meth(args)` without star arguments
    /// loads the method directly; its instructions take the call's location on the line
    /// where the attribute ends.
    fn maybe_method_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result<bool, SyntaxErr> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: Ctx::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let (argsl, kwdsl) = (args.len(), keywords.len());
        if argsl + kwdsl + (kwdsl != 0) as usize >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.expr(value)?;
        let ni = self.mangled_name_idx(attr);
        if is_zero_arg_super(value) {
            // [super] Call(0) -> [super] SuperMethod Call(0): the fast path skips the call
            // and the LoadMethod below.
            let u = self.u();
            if let (Some(Op::Call(0)), Some(&loc)) = (u.ops.last(), u.locs.last()) {
                let at = u.ops.len() - 1;
                u.ops.insert(at, Op::SuperMethod(ni));
                u.locs.insert(at, loc);
            }
        }
        self.set_loc(func.span);
        self.update_start_location_to_match_attr(func, attr);
        self.emit(Op::LoadMethod(ni));
        for a in args {
            self.expr(a)?;
        }
        if kwdsl > 0 {
            self.validate_keywords(keywords)?;
            for k in keywords {
                self.expr(&k.value)?;
            }
            let names: Vec<Value> = keywords
                .iter()
                .map(|k| Value::Obj(intern(k.arg.as_deref().unwrap_or(""))))
                .collect();
            let t = crate::objects::tupleobj::new_tuple(names);
            let ci = self.add_const(t);
            self.emit(Op::LoadConst(ci));
            self.set_loc(e.span);
            self.update_start_location_to_match_attr(func, attr);
            self.emit(Op::CallMethodKw((argsl + kwdsl) as u32));
        } else {
            self.set_loc(e.span);
            self.update_start_location_to_match_attr(func, attr);
            self.emit(Op::CallMethod(argsl as u32));
        }
        Ok(true)
    }

    /// An attribute spanning lines is located at its name (CPython's
    /// `update_start_location_to_match_attr`).
    fn update_start_location_to_match_attr(&mut self, attr_expr: &Expr, attr: &str) {
        if self.loc.line != attr_expr.span.end.line {
            self.loc.line = attr_expr.span.end.line;
            let len = attr.chars().count() as u32;
            if len <= attr_expr.span.end.col {
                self.loc.col = attr_expr.span.end.col - len;
            }
            self.loc.end_line = self.loc.end_line.max(self.loc.line);
            if self.loc.line == self.loc.end_line {
                self.loc.end_col = self.loc.end_col.max(self.loc.col);
            }
        }
    }

    /// A module-level name bound by an import (its attribute calls are not method calls).
    fn is_import_originated(&self, e: &Expr) -> bool {
        let ExprKind::Name { id, .. } = &e.kind else {
            return false;
        };
        self.st.scopes[0]
            .lookup(id)
            .is_some_and(|s| s.flags & symflags::DEF_IMPORT != 0)
    }

    /// CPython's `validate_keywords`: no `__debug__=`, no repeated keyword.
    fn validate_keywords(&mut self, keywords: &'a [Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            self.check_forbidden(name, Ctx::Store)?;
            for other in &keywords[i + 1..] {
                if other.arg.as_deref() == Some(name) {
                    self.set_loc(other.span);
                    return Err(self.error(format!("keyword argument repeated: {}", name)));
                }
            }
        }
        Ok(())
    }

    /// Call arguments after the callable and `pushed` positional arguments (CPython's
    /// `compiler_call_helper`).
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let ex_call = nelts + nkw * 2 > STACK_USE_GUIDELINE
            || args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.expr(a)?;
            }
            let n = pushed + nelts as u32;
            if nkw == 0 {
                self.emit(Op::Call(n));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Value> = keywords
                    .iter()
                    .map(|k| Value::Obj(intern(k.arg.as_deref().unwrap_or(""))))
                    .collect();
                let t = crate::objects::tupleobj::new_tuple(names);
                let ci = self.add_const(t);
                self.emit(Op::LoadConst(ci));
                self.emit(Op::CallKw(n + nkw as u32));
            }
            return Ok(());
        }
        // Positional arguments as one tuple.
        if pushed == 0 && nelts == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                // The call converts a non-tuple iterable itself.
                self.expr(value)?;
            } else {
                self.starunpack(args, pushed, SeqKind::Tuple)?;
            }
        } else {
            self.starunpack(args, pushed, SeqKind::Tuple)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Op::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit(Op::DictMerge(1));
                }
            }
            self.emit(Op::CallEx(1));
        } else {
            self.emit(Op::CallEx(0));
        }
        Ok(())
    }

    /// A dict of plain keyword arguments.
    fn subkwargs(&mut self, kws: &'a [Keyword]) -> CResult {
        for k in kws {
            self.load_str(k.arg.as_deref().unwrap_or(""));
            self.expr(&k.value)?;
        }
        self.emit(Op::BuildMap(kws.len() as u32));
        Ok(())
    }

    /// Calling a literal deserves a warning.
    fn check_caller(&mut self, f: &'a Expr) {
        let name = match &f.kind {
            ExprKind::Constant(_)
            | ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::Dict { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::FormattedValue { .. } => infer_type(f),
            _ => None,
        };
        if let Some(t) = name {
            self.warn(format!(
                "'{}' object is not callable; perhaps you missed a comma?",
                t
            ));
        }
    }

    /// Subscripting a literal that cannot be subscripted deserves a warning.
    fn check_subscripter(&mut self, e: &'a Expr) {
        let warn = match &e.kind {
            ExprKind::Constant(c) => matches!(
                c,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Int(..)
                    | Constant::Float(_)
                    | Constant::Imag(_)
                    | Constant::True
                    | Constant::False
            ),
            ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if warn {
            if let Some(t) = infer_type(e) {
                self.warn(format!(
                    "'{}' object is not subscriptable; perhaps you missed a comma?",
                    t
                ));
            }
        }
    }

    /// Indexing a sequence literal with a non-integer literal deserves a warning.
    fn check_index(&mut self, e: &'a Expr, s: &'a Expr) {
        let Some(index_type) = infer_type(s) else {
            return;
        };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let warn = match &e.kind {
            ExprKind::Constant(c) => matches!(c, Constant::Str(_) | Constant::Bytes(_)),
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if warn {
            if let Some(t) = infer_type(e) {
                self.warn(format!(
                    "{} indices must be integers or slices, not {}; perhaps you missed a comma?",
                    t, index_type
                ));
            }
        }
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        self.check_debug_args(args)?;
        let flags = self.default_arguments(args)?;
        let scope = self.st.scope_for(e).unwrap_or(0);
        self.enter_unit(scope, ScopeType::Lambda, "<lambda>", e.span.start.line);
        self.gen_start(e.span);
        self.add_const(Value::None);
        self.set_arg_counts(args);
        self.expr(body)?;
        self.emit(Op::Return);
        let code = self.finish_unit();
        self.make_closure(code, flags);
        Ok(())
    }

    /// A comprehension: a nested code object called with the outermost iterator (CPython's
    /// `compiler_comprehension`).
    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        kind: CompKind,
        gens: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let outer_type = self.ur().scope_type;
        let outermost = &gens[0];
        let scope = self.st.scope_for(e).unwrap_or(0);
        self.enter_unit(scope, ScopeType::Comprehension, name, e.span.start.line);
        self.set_loc(e.span);
        let is_async_gen = self.scope().is_coroutine;
        if is_async_gen
            && kind != CompKind::Generator
            && !matches!(
                outer_type,
                ScopeType::AsyncFunction | ScopeType::Comprehension
            )
        {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        if self.ur().flags
            & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
        {
            self.emit(Op::GenStart);
        }
        self.add_const(Value::None);
        self.u().argcount = 1;
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Generator => {}
        }
        self.comp_generator(gens, 0, 0, kind, elt, value)?;
        if kind == CompKind::Generator {
            self.load_const(Value::None);
        }
        self.emit(Op::Return);
        let code = self.finish_unit();
        self.make_closure(code, 0);
        self.iter_expr(&outermost.iter)?;
        self.emit(if outermost.is_async {
            Op::GetAIter
        } else {
            Op::GetIter
        });
        self.emit(Op::Call(1));
        if is_async_gen && kind != CompKind::Generator {
            self.await_value(0);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        depth: u32,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        if gens[i].is_async {
            self.async_comp_generator(gens, i, depth, kind, elt, value)
        } else {
            self.sync_comp_generator(gens, i, depth, kind, elt, value)
        }
    }

    fn sync_comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        mut depth: u32,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let g = &gens[i];
        let mut looping = true;
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            // `for y in [f(x)]` binds without iterating.
            let single = match &g.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. }
                    if elts.len() == 1 && !matches!(elts[0].kind, ExprKind::Starred { .. }) =>
                {
                    Some(&elts[0])
                }
                _ => None,
            };
            match single {
                Some(x) => {
                    self.expr(x)?;
                    looping = false;
                }
                None => {
                    self.iter_expr(&g.iter)?;
                    self.emit(Op::GetIter);
                }
            }
        }
        let start = self.here();
        let mut fi = None;
        if looping {
            depth += 1;
            fi = Some(self.emit(Op::ForIter(0)));
        }
        self.expr(&g.target)?;
        let mut if_cleanup = Vec::new();
        for c in &g.ifs {
            if_cleanup.extend(self.jump_if(c, false)?);
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, depth, kind, elt, value)?;
        } else {
            self.comp_element(kind, depth, elt, value)?;
        }
        if looping {
            for j in if_cleanup {
                self.patch(j, self.here());
            }
            self.emit(Op::Jump(start as u32));
            if let Some(fi) = fi {
                self.patch_here(fi);
            }
        } else {
            self.patch_all_here(if_cleanup);
        }
        Ok(())
    }

    fn async_comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        depth: u32,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let g = &gens[i];
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetAIter);
        }
        let start = self.here();
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetANext);
        self.load_const(Value::None);
        self.yield_from_loop();
        self.emit(Op::PopBlock);
        self.expr(&g.target)?;
        let mut if_cleanup = Vec::new();
        for c in &g.ifs {
            if_cleanup.extend(self.jump_if(c, false)?);
        }
        let depth = depth + 1;
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, depth, kind, elt, value)?;
        } else {
            self.comp_element(kind, depth, elt, value)?;
        }
        for j in if_cleanup {
            self.patch(j, self.here());
        }
        self.emit(Op::Jump(start as u32));
        self.patch_here(setup);
        self.emit(Op::EndAsyncFor);
        Ok(())
    }

    /// The innermost part of a comprehension: add the element to the result.
    fn comp_element(
        &mut self,
        kind: CompKind,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        match kind {
            CompKind::Generator => {
                self.expr(elt)?;
                if self.ur().flags & code_flags::ASYNC_GENERATOR != 0 {
                    self.emit(Op::AsyncGenWrap);
                }
                self.emit(Op::YieldValue);
                self.emit(Op::Pop);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Op::ListAppend(depth + 1));
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Op::SetAdd(depth + 1));
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.emit(Op::MapAdd(depth + 1));
            }
        }
        Ok(())
    }
}

/// Which display a sequence builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum SeqKind {
    Tuple,
    List,
    Set,
}

/// The type name of a literal expression (CPython's `infer_type`).
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Constant(c) => match c {
            Constant::None => "NoneType",
            Constant::True | Constant::False => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(..) => "int",
            Constant::Float(_) => "float",
            Constant::Imag(_) => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
        },
        _ => match fold::fold(e) {
            Some(v) => return fold::type_name(&v),
            None => return None,
        },
    })
}

/// `super()`: a call of the bare name with no arguments.
fn is_zero_arg_super(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Call { func, args, keywords }
        if args.is_empty()
            && keywords.is_empty()
            && matches!(&func.kind, ExprKind::Name { id, .. } if id.as_str() == "super"))
}
