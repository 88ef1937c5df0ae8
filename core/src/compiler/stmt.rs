//! Statements: assignments, control flow, exception handling, `with`, imports, function and
//! class definitions, and unwinding of the block stack for `return`/`break`/`continue`.

use std::rc::Rc;

use super::{docstring, find_ann, span_loc, CResult, Compiler, FBlock, ScopeType};
use crate::ast::*;
use crate::bytecode::{code_flags, make_fn, Code, Op};
use crate::object::Value;
use crate::symtable::SymScope;
use crate::types::intern;

impl<'a> Compiler<'a> {
    /// A module or class body: annotations dict, docstring, statements (CPython's
    /// `compiler_body`).
    pub(super) fn body(&mut self, body: &'a [Stmt]) -> CResult {
        if self.ur().scope_type == ScopeType::Module {
            if let Some(first) = body.first() {
                self.set_loc(first.span);
            }
        }
        if find_ann(body) {
            self.emit(Op::SetupAnnotations);
        }
        let mut rest = body;
        if let Some(d) = docstring(body) {
            let first = &body[0];
            self.set_loc(first.span);
            if let StmtKind::Expr(e) = &first.kind {
                self.set_loc(e.span);
            }
            self.load_const(crate::objects::strobj::new_str(d.to_string()));
            self.unset_loc();
            self.name_op("__doc__", Ctx::Store)?;
            rest = &body[1..];
        }
        self.stmts(rest)
    }

    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_loc(s.span);
        match &s.kind {
            StmtKind::FunctionDef { .. } => self.function_def(s),
            StmtKind::ClassDef { .. } => self.class_def(s),
            StmtKind::Return(v) => self.return_stmt(s, v.as_ref()),
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                // `a, b = b, a` (2 or 3 items, nothing starred): the values are swapped on
                // the stack instead of building and unpacking a tuple, as CPython does.
                if let (
                    [Expr {
                        kind: ExprKind::Tuple { elts: tgts, .. } | ExprKind::List { elts: tgts, .. },
                        ..
                    }],
                    ExprKind::Tuple { elts: vals, .. },
                ) = (targets.as_slice(), &value.kind)
                {
                    let starred = |x: &Expr| matches!(x.kind, ExprKind::Starred { .. });
                    if (2..=3).contains(&vals.len())
                        && tgts.len() == vals.len()
                        && !vals.iter().any(starred)
                        && !tgts.iter().any(starred)
                    {
                        for v in vals {
                            self.expr(v)?;
                        }
                        if vals.len() == 2 {
                            self.emit(Op::Rot2);
                        } else {
                            self.emit(Op::SwapN(3));
                        }
                        for t in tgts {
                            self.expr(t)?;
                        }
                        return Ok(());
                    }
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(s, target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(s, target, iter, body, orelse)
                } else {
                    self.for_stmt(s, target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let jf = self.jump_if(test, false)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch_all_here(jf);
                } else {
                    self.unset_loc();
                    let j = self.emit(Op::Jump(0));
                    self.patch_all_here(jf);
                    self.stmts(orelse)?;
                    self.patch_here(j);
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => {
                if !finalbody.is_empty() {
                    self.try_finally(body, handlers, orelse, finalbody, *star)
                } else if *star {
                    self.try_star_except(body, handlers, orelse)
                } else {
                    self.try_except(body, handlers, orelse)
                }
            }
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_ref()),
            StmtKind::Import(names) => self.import(s, names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Pass => {
                self.emit(Op::Nop);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    if self.ur().scope_type != ScopeType::AsyncFunction {
                        return Err(self.error("'async with' outside async function"));
                    }
                    self.async_with(s, items, 0, body)
                } else {
                    self.with(s, items, 0, body)
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult {
        if self.interactive && self.units.len() <= 1 {
            self.expr(e)?;
            self.emit(Op::PrintExpr);
            return Ok(());
        }
        if let ExprKind::Constant(_) = e.kind {
            self.emit(Op::Nop);
            return Ok(());
        }
        self.expr(e)?;
        self.unset_loc();
        self.emit(Op::Pop);
        Ok(())
    }

    fn return_stmt(&mut self, s: &'a Stmt, v: Option<&'a Expr>) -> CResult {
        let preserve_tos = v.is_some_and(|e| !matches!(e.kind, ExprKind::Constant(_)));
        let sc = self.scope();
        if !sc.is_function_like() {
            return Err(self.error("'return' outside function"));
        }
        if v.is_some() && sc.is_coroutine && sc.is_generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if preserve_tos {
            if let Some(e) = v {
                self.expr(e)?;
            }
        } else if let Some(e) = v {
            self.set_loc(e.span);
            self.emit(Op::Nop);
        }
        if v.is_none_or(|e| e.span.start.line != s.span.start.line) {
            self.set_loc(s.span);
            self.emit(Op::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match v {
            None => self.load_const(Value::None),
            Some(e) if !preserve_tos => {
                if let ExprKind::Constant(c) = &e.kind {
                    let val = self.constant(c)?;
                    self.load_const(val);
                }
            }
            _ => {}
        }
        self.emit(Op::Return);
        Ok(())
    }

    fn break_stmt(&mut self) -> CResult {
        self.emit(Op::Nop);
        let li = self.unwind_fblock_stack(false, true)?;
        let Some(li) = li else {
            return Err(self.error("'break' outside loop"));
        };
        let fb = self.ur().fblocks[li].clone();
        self.unwind_fblock(&fb, false)?;
        let j = self.emit(Op::Jump(0));
        match self.u().fblocks.get_mut(li) {
            Some(FBlock::While { breaks, .. }) | Some(FBlock::For { breaks, .. }) => breaks.push(j),
            _ => {}
        }
        Ok(())
    }

    fn continue_stmt(&mut self) -> CResult {
        self.emit(Op::Nop);
        let li = self.unwind_fblock_stack(false, true)?;
        let Some(li) = li else {
            return Err(self.error("'continue' not properly in loop"));
        };
        match &self.ur().fblocks[li] {
            FBlock::While { start, .. } | FBlock::For { start, .. } => {
                let t = *start as u32;
                self.emit(Op::Jump(t));
            }
            _ => {}
        }
        Ok(())
    }

    /// CPython's `compiler_unwind_fblock_stack`: emits the clean-up of every block down to
    /// the innermost loop (`to_loop`) or all of them; returns the loop's index.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> Result<Option<usize>, crate::error::SyntaxErr> {
        let n = self.ur().fblocks.len();
        if n == 0 {
            return Ok(None);
        }
        let top = self.ur().fblocks[n - 1].clone();
        if let FBlock::ExceptionGroupHandler = top {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if to_loop && matches!(top, FBlock::While { .. } | FBlock::For { .. }) {
            return Ok(Some(n - 1));
        }
        let saved = self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let r = self.unwind_fblock_stack(preserve_tos, to_loop);
        if let Some(fb) = saved {
            self.u().fblocks.push(fb);
        }
        r
    }

    /// CPython's `compiler_unwind_fblock`: the clean-up for leaving one block early.
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::While { .. } | FBlock::ExceptionGroupHandler => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock);
            }
            FBlock::FinallyTry(body) => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue)?;
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
                self.emit(Op::PopExcept);
            }
            FBlock::With { is_async, span } => {
                self.set_loc(*span);
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                if *is_async {
                    self.load_const(Value::None);
                    self.load_const(Value::None);
                    self.load_const(Value::None);
                    self.emit(Op::Call(3));
                    self.await_value(2);
                    self.emit(Op::Pop);
                } else {
                    self.emit(Op::WithExitNormal);
                }
                self.unset_loc();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Op::PopBlock);
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.name_op(n, Ctx::Store)?;
                    self.name_op(n, Ctx::Del)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn for_stmt(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        self.push_fblock(FBlock::For {
            start: 0,
            breaks: Vec::new(),
        })?;
        self.iter_expr(iter)?;
        self.emit(Op::GetIter);
        let start = self.here();
        if let Some(FBlock::For { start: st, .. }) = self.u().fblocks.last_mut() {
            *st = start;
        }
        let fi = self.emit(Op::ForIter(0));
        self.expr(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.emit(Op::Jump(start as u32));
        self.patch_here(fi);
        let fb = self.pop_fblock();
        self.set_loc(s.span);
        self.stmts(orelse)?;
        if let Some(FBlock::For { breaks, .. }) = fb {
            self.patch_all_here(breaks);
        }
        Ok(())
    }

    fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async for' outside async function"));
        }
        self.expr(iter)?;
        self.emit(Op::GetAIter);
        let start = self.here();
        self.push_fblock(FBlock::For {
            start,
            breaks: Vec::new(),
        })?;
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetANext);
        self.load_const(Value::None);
        self.yield_from_loop();
        self.emit(Op::PopBlock);
        self.expr(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.emit(Op::Jump(start as u32));
        let fb = self.pop_fblock();
        self.patch_here(setup);
        self.set_loc(s.span);
        // [aiter, exc]: StopAsyncIteration ends the loop; anything else propagates.
        self.emit(Op::EndAsyncFor);
        self.stmts(orelse)?;
        if let Some(FBlock::For { breaks, .. }) = fb {
            self.patch_all_here(breaks);
        }
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.here();
        self.push_fblock(FBlock::While {
            start,
            breaks: Vec::new(),
        })?;
        let n_warnings = super::warnings_len();
        let jf = self.jump_if(test, false)?;
        // CPython 3.11 compiles the test again after the body: its warnings come twice.
        let test_warnings = super::warnings_since(n_warnings);
        self.stmts(body)?;
        test_warnings.into_iter().for_each(super::push_warning);
        self.set_loc(s.span);
        self.unset_loc();
        self.emit(Op::Jump(start as u32));
        let fb = self.pop_fblock();
        self.patch_all_here(jf);
        self.stmts(orelse)?;
        if let Some(FBlock::While { breaks, .. }) = fb {
            self.patch_all_here(breaks);
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let setup = self.emit(Op::SetupExcept(0));
        self.push_fblock(FBlock::TryExcept)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.unset_loc();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        self.unset_loc();
        let mut ends = vec![self.emit(Op::Jump(0))];
        self.patch_here(setup);
        // The exception is on the stack; the VM has pushed a handler block.
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.span);
            if h.typ.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            let mut next = None;
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch);
                next = Some(self.emit(Op::PopJumpIfFalse(0)));
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store)?;
                    let cleanup = self.emit(Op::SetupExcept(0));
                    self.push_fblock(FBlock::HandlerCleanup {
                        name: Some(name.clone()),
                    })?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.unset_loc();
                    self.emit(Op::PopBlock);
                    self.emit(Op::PopExcept);
                    self.load_const(Value::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    ends.push(self.emit(Op::Jump(0)));
                    // An exception in the handler body: unbind the name and re-raise.
                    self.patch_here(cleanup);
                    self.unset_loc();
                    self.load_const(Value::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.emit(Op::Reraise);
                }
                None => {
                    self.emit(Op::Pop);
                    self.push_fblock(FBlock::HandlerCleanup { name: None })?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.unset_loc();
                    self.emit(Op::PopExcept);
                    ends.push(self.emit(Op::Jump(0)));
                }
            }
            if let Some(j) = next {
                self.patch_here(j);
            }
        }
        self.unset_loc();
        self.emit(Op::Reraise);
        self.patch_all_here(ends);
        Ok(())
    }

    /// except* clauses: the exception group is split per clause (the VM keeps what the
    /// handlers raise and re-raises the rest at the end).
    fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let setup = self.emit(Op::SetupExcept(0));
        self.push_fblock(FBlock::TryExcept)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.unset_loc();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        self.unset_loc();
        let jend = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.push_fblock(FBlock::ExceptionGroupHandler)?;
        // [eg] -> [orig, raised, rest]: `raised` collects what the handlers raise.
        self.emit(Op::Dup);
        self.emit(Op::BuildList(0));
        self.emit(Op::Rot2);
        for h in handlers {
            self.set_loc(h.span);
            let Some(t) = &h.typ else {
                return Err(self.error("expected one or more exception types"));
            };
            self.expr(t)?;
            // [orig, raised, rest, match|None]; a match becomes the handled exception.
            self.emit(Op::CheckEgMatch);
            self.emit(Op::Dup);
            let skip = self.emit(Op::PopJumpIfNone(0));
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store)?,
                None => {
                    self.emit(Op::Pop);
                }
            }
            let hsetup = self.emit(Op::SetupExcept(0));
            self.push_fblock(FBlock::TryExcept)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.unset_loc();
            self.emit(Op::PopBlock);
            let after = self.emit(Op::Jump(0));
            // A raise inside the handler: [orig, raised, rest, exc] -> collected.
            self.patch_here(hsetup);
            self.emit(Op::ListAppend(2));
            self.emit(Op::PopExcept);
            self.patch_here(after);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.name_op(n, Ctx::Store)?;
                self.name_op(n, Ctx::Del)?;
            }
            let j = self.emit(Op::Jump(0));
            self.patch_here(skip);
            self.emit(Op::Pop);
            self.patch_here(j);
        }
        self.pop_fblock();
        self.unset_loc();
        // [orig, raised + [rest]]: re-raise what is left and what the handlers raised
        // (CPython's PREP_RERAISE_STAR and RERAISE).
        self.emit(Op::ListAppend(1));
        self.emit(Op::Raise(3));
        self.patch_here(jend);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult {
        let setup = self.emit(Op::SetupExcept(0));
        self.push_fblock(FBlock::FinallyTry(finalbody))?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else if star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unset_loc();
        self.emit(Op::PopBlock);
        self.pop_fblock();
        self.stmts(finalbody)?;
        self.unset_loc();
        let jend = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.unset_loc();
        self.push_fblock(FBlock::FinallyEnd)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.unset_loc();
        self.emit(Op::Reraise);
        self.patch_here(jend);
        Ok(())
    }

    fn with(&mut self, s: &'a Stmt, items: &'a [WithItem], i: usize, body: &'a [Stmt]) -> CResult {
        let item = &items[i];
        self.expr(&item.context)?;
        self.emit(Op::BeforeWith);
        let setup = self.emit(Op::SetupWith(0));
        self.push_fblock(FBlock::With {
            is_async: false,
            span: s.span,
        })?;
        match &item.target {
            Some(t) => self.expr(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        if i + 1 < items.len() {
            self.with(s, items, i + 1, body)?;
        } else {
            self.stmts(body)?;
        }
        self.unset_loc();
        self.emit(Op::PopBlock);
        self.pop_fblock();
        self.set_loc(s.span);
        self.emit(Op::WithExitNormal);
        let jend = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.emit(Op::WithExceptStart);
        self.with_except_finish();
        self.patch_here(jend);
        Ok(())
    }

    /// [exit, exc, result]: swallow the exception when the result is true.
    fn with_except_finish(&mut self) {
        self.unset_loc();
        let sup = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch_here(sup);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
    }

    fn async_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        i: usize,
        body: &'a [Stmt],
    ) -> CResult {
        let item = &items[i];
        self.expr(&item.context)?;
        self.emit(Op::BeforeAsyncWith);
        self.await_value(1);
        let setup = self.emit(Op::SetupWith(0));
        self.push_fblock(FBlock::With {
            is_async: true,
            span: s.span,
        })?;
        match &item.target {
            Some(t) => self.expr(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        if i + 1 < items.len() {
            self.async_with(s, items, i + 1, body)?;
        } else {
            self.stmts(body)?;
        }
        self.unset_loc();
        self.emit(Op::PopBlock);
        self.pop_fblock();
        self.set_loc(s.span);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::Call(3));
        self.await_value(2);
        self.emit(Op::Pop);
        let jend = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.emit(Op::WithExceptStart);
        self.await_value(2);
        self.with_except_finish();
        self.patch_here(jend);
        Ok(())
    }

    /// `await` on TOS (CPython's GET_AWAITABLE + ADD_YIELD_FROM).
    pub(super) fn await_value(&mut self, kind: u32) {
        self.emit(Op::GetAwaitable(kind));
        self.load_const(Value::None);
        self.yield_from_loop();
    }

    /// Delegates to the sub-iterator below TOS until it returns (CPython's ADD_YIELD_FROM).
    pub(super) fn yield_from_loop(&mut self) {
        let start = self.here();
        let send = self.emit(Op::Send(0));
        self.emit(Op::YieldValue);
        self.emit(Op::Jump(start as u32));
        self.patch_here(send);
    }

    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let always_true = match &test.kind {
            ExprKind::Tuple { elts, .. } => !elts.is_empty(),
            _ => false,
        };
        if always_true {
            self.warn("assertion is always true, perhaps remove parentheses?");
        }
        let j = self.jump_if(test, true)?;
        self.emit(Op::LoadAssertionError);
        if let Some(m) = msg {
            self.expr(m)?;
            self.emit(Op::Call(1));
        }
        self.emit(Op::Raise(1));
        self.patch_all_here(j);
        Ok(())
    }

    fn import(&mut self, _s: &'a Stmt, names: &'a [Alias]) -> CResult {
        for a in names {
            self.load_const(Value::Int(0));
            self.load_const(Value::None);
            let ni = self.name_idx(&a.name);
            self.emit(Op::ImportName(ni));
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = a.name.split('.').collect();
                    if parts.len() > 1 {
                        for (k, p) in parts[1..].iter().enumerate() {
                            let pi = self.name_idx(p);
                            self.emit(Op::ImportFrom(pi));
                            if k + 2 < parts.len() {
                                self.emit(Op::Rot2);
                                self.emit(Op::Pop);
                            }
                        }
                        self.name_op(asname, Ctx::Store)?;
                        self.emit(Op::Pop);
                    } else {
                        self.name_op(asname, Ctx::Store)?;
                    }
                }
                None => {
                    let first = a.name.split('.').next().unwrap_or("");
                    self.name_op(first, Ctx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        self.load_const(Value::Int(level as i64));
        if s.span.start.line > self.future_lineno && module == Some("__future__") {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        let fromlist: Vec<Value> = names.iter().map(|a| Value::Obj(intern(&a.name))).collect();
        let t = crate::objects::tupleobj::new_tuple(fromlist);
        let ci = self.add_const(t);
        self.emit(Op::LoadConst(ci));
        let ni = self.name_idx(module.unwrap_or(""));
        self.emit(Op::ImportName(ni));
        for (i, a) in names.iter().enumerate() {
            if i == 0 && a.name.starts_with('*') {
                self.emit(Op::ImportStar);
                return Ok(());
            }
            let ni = self.mangled_name_idx(&a.name);
            self.emit(Op::ImportFrom(ni));
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.name_op(store, Ctx::Store)?;
        }
        self.emit(Op::Pop);
        Ok(())
    }

    fn aug_assign(&mut self, s: &'a Stmt, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let sloc = self.loc;
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                self.loc.line = target.span.end.line;
                let ni = self.mangled_name_idx(attr);
                self.emit(Op::LoadAttr(ni));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Dup2);
                self.emit(Op::Subscr);
            }
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Load)?,
            _ => return Err(self.error("illegal expression for augmented assignment")),
        }
        self.loc = sloc;
        self.expr(value)?;
        self.emit(Op::InplaceBinary(op));
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.loc.line = target.span.end.line;
                self.emit(Op::Rot2);
                let ni = self.mangled_name_idx(attr);
                self.emit(Op::StoreAttr(ni));
            }
            ExprKind::Subscript { .. } => {
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Store)?,
            _ => {}
        }
        let _ = s;
        Ok(())
    }

    /// Annotated assignment (CPython's `compiler_annassign`).
    fn ann_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        self.set_loc(s.span);
        let module_or_class = matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.check_forbidden(id, Ctx::Store)?;
                if simple && module_or_class {
                    if self.future_annotations {
                        let text = super::unparse::unparse(annotation, self.lines);
                        self.load_str(&text);
                    } else {
                        self.expr(annotation)?;
                    }
                    let ni = self.name_idx("__annotations__");
                    self.emit(Op::LoadName(ni));
                    let m = self.mangled(id);
                    self.load_str(&m);
                    self.emit(Op::StoreSubscr);
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.check_forbidden(attr, Ctx::Store)?;
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment")),
        }
        // Annotations of complex targets are evaluated (not stored) in modules and classes.
        if !simple && !self.future_annotations && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.expr(e)?;
        self.emit(Op::Pop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn function_def(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::FunctionDef {
            name,
            args,
            body,
            decorators,
            returns,
            is_async,
        } = &s.kind
        else {
            return Ok(());
        };
        self.check_debug_args(args)?;
        for d in decorators {
            self.expr(d)?;
        }
        let firstlineno = decorators
            .first()
            .map(|d| d.span.start.line)
            .unwrap_or(s.span.start.line);
        let mut flags = self.default_arguments(args)?;
        if self.annotations(args, returns.as_deref())? {
            flags |= make_fn::ANNOTATIONS;
        }
        let scope = self.st.scope_for(s).unwrap_or(0);
        let st = if *is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        self.enter_unit(scope, st, name, firstlineno);
        self.gen_start(s.span);
        // The docstring is the first constant (None when absent), as in CPython.
        let doc = docstring(body);
        match doc {
            Some(d) => {
                self.add_const(crate::objects::strobj::new_str(d.to_string()));
            }
            None => {
                self.add_const(Value::None);
            }
        }
        self.set_arg_counts(args);
        let rest = if doc.is_some() { &body[1..] } else { &body[..] };
        self.stmts(rest)?;
        self.unset_loc();
        self.load_const(Value::None);
        self.emit(Op::Return);
        let code = self.finish_unit();
        self.set_loc(s.span);
        self.make_closure(code, flags);
        self.apply_decorators(decorators);
        self.set_loc(s.span);
        self.name_op(name, Ctx::Store)
    }

    /// Generators start by discarding the first sent value.
    pub(super) fn gen_start(&mut self, span: Span) {
        if self.ur().flags
            & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
        {
            let saved = self.loc;
            self.loc = span_loc(span);
            self.loc.line = self.ur().firstlineno;
            self.emit(Op::GenStart);
            self.loc = saved;
        }
    }

    /// Decorators are called innermost first, each at its own location.
    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        let saved = self.loc;
        for d in decorators.iter().rev() {
            self.set_loc(d.span);
            self.emit(Op::Call(1));
        }
        self.loc = saved;
    }

    /// `__debug__` cannot be a parameter name.
    pub(super) fn check_debug_args(&self, args: &Arguments) -> CResult {
        for a in args.all_names() {
            self.check_forbidden(&a.name, Ctx::Store)?;
        }
        Ok(())
    }

    pub(super) fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = (args.posonly.len() + args.args.len()) as u32;
        u.posonly = args.posonly.len() as u32;
        u.kwonly = args.kwonly.len() as u32;
    }

    /// Pushes defaults (tuple) and keyword-only defaults (dict); returns MakeFunction flags.
    pub(super) fn default_arguments(
        &mut self,
        args: &'a Arguments,
    ) -> Result<u32, crate::error::SyntaxErr> {
        let mut flags = 0;
        let saved = self.loc;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
            flags |= make_fn::DEFAULTS;
        }
        let mut n = 0;
        for (a, d) in args.kwonly.iter().zip(args.kw_defaults.iter()) {
            if let Some(d) = d {
                let m = self.mangled(&a.name);
                self.load_str(&m);
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildMap(n));
            flags |= make_fn::KWDEFAULTS;
        }
        self.loc = saved;
        Ok(flags)
    }

    /// Pushes the annotations dict if there are annotations (CPython's order: positional,
    /// positional-only, *args, keyword-only, **kwargs, return).
    fn annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<bool, crate::error::SyntaxErr> {
        let mut n = 0;
        let mut one = |c: &mut Self, name: &str, an: &'a Expr| -> crate::compiler::CResult {
            let m = c.mangled(name);
            c.load_str(&m);
            if c.future_annotations {
                let text = super::unparse::unparse(an, c.lines);
                c.load_str(&text);
            } else if let ExprKind::Starred { value, .. } = &an.kind {
                c.expr(value)?;
                c.emit(Op::UnpackSequence(1));
            } else {
                c.expr(an)?;
            }
            n += 1;
            Ok(())
        };
        for a in args.args.iter().chain(args.posonly.iter()) {
            if let Some(an) = &a.annotation {
                one(self, &a.name, an)?;
            }
        }
        if let Some(v) = &args.vararg {
            if let Some(an) = &v.annotation {
                one(self, &v.name, an)?;
            }
        }
        for a in &args.kwonly {
            if let Some(an) = &a.annotation {
                one(self, &a.name, an)?;
            }
        }
        if let Some(k) = &args.kwarg {
            if let Some(an) = &k.annotation {
                one(self, &k.name, an)?;
            }
        }
        if let Some(r) = returns {
            one(self, "return", r)?;
        }
        if n > 0 {
            self.emit(Op::BuildMap(n));
        }
        Ok(n > 0)
    }

    /// Pushes the closure (if any) and the code, then MakeFunction.
    pub(super) fn make_closure(&mut self, code: Rc<Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let name = fv.payload_str().to_string();
                // A class's own __class__ cell, or a cell/free variable of this unit.
                let u = self.ur();
                let idx = match u.cellvars.iter().position(|c| *c == name) {
                    Some(i) => i,
                    None => {
                        u.cellvars.len() + u.freevars.iter().position(|c| *c == name).unwrap_or(0)
                    }
                };
                self.emit(Op::LoadClosure(idx as u32));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= make_fn::CLOSURE;
        }
        let ci = self.add_const(Value::Obj(crate::types::new_ref(
            &crate::types::types().code,
            crate::object::Payload::Code(code),
        )));
        self.emit(Op::LoadConst(ci));
        self.emit(Op::MakeFunction(flags));
    }

    fn class_def(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        } = &s.kind
        else {
            return Ok(());
        };
        for d in decorators {
            self.expr(d)?;
        }
        let firstlineno = decorators
            .first()
            .map(|d| d.span.start.line)
            .unwrap_or(s.span.start.line);
        let scope = self.st.scope_for(s).unwrap_or(0);
        self.enter_unit(scope, ScopeType::Class, name, firstlineno);
        self.u().private = Some(name.clone());
        self.name_op("__name__", Ctx::Load)?;
        self.name_op("__module__", Ctx::Store)?;
        let q = self.ur().qualname.clone();
        self.load_str(&q);
        self.name_op("__qualname__", Ctx::Store)?;
        self.body(body)?;
        self.unset_loc();
        if self.scope().needs_class_cell {
            let ci = self.deref_idx("__class__");
            self.emit(Op::LoadClosure(ci));
            self.emit(Op::Dup);
            let ni = self.name_idx("__classcell__");
            self.emit(Op::StoreName(ni));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Op::Return);
        let code = self.finish_unit();
        self.set_loc(s.span);
        self.emit(Op::LoadBuildClass);
        self.make_closure(code, 0);
        self.load_str(name);
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decorators);
        self.set_loc(s.span);
        self.name_op(name, Ctx::Store)
    }

    /// Whether `name` is a cell or free variable in the current unit.
    #[allow(dead_code)]
    fn is_deref(&self, name: &str) -> bool {
        matches!(self.scope().scope_of(name), SymScope::Cell | SymScope::Free)
    }
}
