//! Bytecode: the instruction set and code objects.
//!
//! Instruction format: one `Op` per instruction, an enum of 8 bytes (a tag and at most one
//! u32 operand). Jump operands are absolute instruction indices. The value stack grows on
//! top of the frame's local slots; "TOS" is the top of stack, "TOS1" the one below.

use std::rc::Rc;

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::object::{PyRef, Value};

/// Comparison operators of `Compare` (identity and membership have their own ops).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareKind {
    pub fn from_ast(op: CmpOp) -> Option<CompareKind> {
        Some(match op {
            CmpOp::Lt => CompareKind::Lt,
            CmpOp::LtE => CompareKind::Le,
            CmpOp::Eq => CompareKind::Eq,
            CmpOp::NotEq => CompareKind::Ne,
            CmpOp::Gt => CompareKind::Gt,
            CmpOp::GtE => CompareKind::Ge,
            _ => return None,
        })
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CompareKind::Lt => "<",
            CompareKind::Le => "<=",
            CompareKind::Eq => "==",
            CompareKind::Ne => "!=",
            CompareKind::Gt => ">",
            CompareKind::Ge => ">=",
        }
    }
    pub fn swapped(self) -> CompareKind {
        match self {
            CompareKind::Lt => CompareKind::Gt,
            CompareKind::Le => CompareKind::Ge,
            CompareKind::Eq => CompareKind::Eq,
            CompareKind::Ne => CompareKind::Ne,
            CompareKind::Gt => CompareKind::Lt,
            CompareKind::Ge => CompareKind::Le,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CompareKind::Lt => "__lt__",
            CompareKind::Le => "__le__",
            CompareKind::Eq => "__eq__",
            CompareKind::Ne => "__ne__",
            CompareKind::Gt => "__gt__",
            CompareKind::Ge => "__ge__",
        }
    }
}

/// Flags of `MakeFunction`: which optional parts are on the stack below the code object.
pub mod make_fn {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// Flags of code objects (CPython's values).
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Compiled under `from __future__ import annotations` (inherited by exec/eval/compile).
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
    /// Code whose call makes a generator, coroutine or async generator.
    pub const GENERATOR_LIKE: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// Do nothing.
    Nop,
    /// Pop TOS.
    Pop,
    /// Push TOS again.
    Dup,
    /// Push TOS1, TOS again (keeping order).
    Dup2,
    /// Swap TOS and TOS1.
    Rot2,
    /// TOS goes under the next two: [a, b, c] -> [c, a, b].
    Rot3,
    /// TOS goes under the next three.
    Rot4,
    /// Push a copy of the item `n` deep (1 = TOS).
    CopyN(u32),
    /// Swap TOS with the item `n` deep (2 = TOS1).
    SwapN(u32),
    /// Push consts[i].
    LoadConst(u32),
    /// Push local i (UnboundLocalError if unbound).
    LoadFast(u32),
    /// local i = pop.
    StoreFast(u32),
    // Superinstructions, made by `compiler::fuse_pairs` from two adjacent instructions: the
    // second stays in place after the fused one (jumps may land on it) and supplies the
    // second operand. The fused op runs both when its fast path applies and skips the
    // second; otherwise it does the first instruction's work and lets the second run.
    /// LoadFast(i) + LoadAttr: a cached instance attribute read straight from the local.
    LoadFastAttr(u32),
    /// LoadFast(i) + LoadMethod.
    LoadFastMethod(u32),
    /// LoadFast(i) + StoreAttr: `local.name = TOS` through the attribute cache.
    LoadFastStoreAttr(u32),
    /// LoadFast(i) + LoadFast.
    LoadFast2(u32),
    /// LoadFast(i) + LoadConst.
    LoadFastConst(u32),
    /// Compare + PopJumpIfFalse, without pushing a bool for int operands.
    CompareJumpIfFalse(CompareKind),
    /// LoadConst(i) + Return.
    ReturnConst(u32),
    /// Binary + StoreFast: the result goes straight into the local.
    BinaryStore(BinOp),
    /// InplaceBinary + StoreFast.
    InplaceStore(BinOp),
    /// ForIter(target) + StoreFast: the next item goes straight into the local.
    ForIterStore(u32),
    /// Unbind local i.
    DeleteFast(u32),
    /// Push the contents of cell i (cell vars, then free vars).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object i itself (to build closures).
    LoadClosure(u32),
    /// Class body: look up names[i] in the class namespace, else in cell i.
    LoadClassDeref(u32),
    /// Push global names[i] (globals, then builtins).
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Push names[i] from locals, globals, builtins (module and class bodies).
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// TOS = getattr(TOS, names[i]).
    LoadAttr(u32),
    /// setattr(TOS, names[i], TOS1); pops both.
    StoreAttr(u32),
    /// delattr(TOS, names[i]).
    DeleteAttr(u32),
    /// Replace TOS (obj) with [method, obj] when names[i] is a plain method on the type,
    /// else with [NULL, getattr(obj, name)].
    LoadMethod(u32),
    /// Before `Call(0); LoadMethod(i)` on `super()` in a method: when TOS is the builtin
    /// `super` and names[i] is a plain function found after `__class__` in the MRO of the
    /// first argument's type, replaces TOS with [function, first argument] and skips those
    /// two instructions (no super object, no bound method); else does nothing.
    SuperMethod(u32),
    /// TOS = TOS1 <op> TOS.
    Binary(BinOp),
    /// TOS = TOS1 <op>= TOS (in-place form).
    InplaceBinary(BinOp),
    /// TOS = <op> TOS.
    Unary(UnaryOp),
    /// TOS = TOS1 <cmp> TOS.
    Compare(CompareKind),
    /// TOS = TOS1 is TOS (negated when the operand is 1).
    IsOp(u32),
    /// TOS = TOS1 in TOS (negated when the operand is 1).
    ContainsOp(u32),
    /// TOS = TOS1[TOS].
    Subscr,
    /// TOS1[TOS] = TOS2.
    StoreSubscr,
    /// del TOS1[TOS].
    DeleteSubscr,
    /// Pop n items, push a tuple.
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// Pop 2n items (key, value pairs), push a dict.
    BuildMap(u32),
    /// Pop n strs, push their concatenation.
    BuildString(u32),
    /// Pop 2 or 3 items, push a slice.
    BuildSlice(u32),
    /// Append TOS to the list n deep (after popping TOS); comprehensions.
    ListAppend(u32),
    SetAdd(u32),
    /// Pop value, key; insert into the dict n deep.
    MapAdd(u32),
    /// Extend the list n deep with the iterable TOS.
    ListExtend(u32),
    SetUpdate(u32),
    /// TOS (a tuple of constants) = the frozenset constant CPython's compiler makes of a
    /// constant set display or a `for` loop over one (the table order it leaves, which
    /// sets the iteration order, differs from adding the items one by one).
    MakeFrozenConst,
    /// Update the dict n deep with the mapping TOS.
    DictUpdate(u32),
    /// Like DictUpdate, but duplicate keys are an error (`**` in calls); n deep is the callable.
    DictMerge(u32),
    /// TOS = tuple(TOS) for a list.
    ListToTuple,
    /// Format TOS with conversion (low 2 bits: 0 none, 1 str, 2 repr, 3 ascii) and a spec
    /// below it when bit 2 is set.
    FormatValue(u32),
    /// Unpack TOS into n values (pushed so the first is on top).
    UnpackSequence(u32),
    /// Unpack with a starred target: low byte = count before, high bits = count after.
    UnpackEx(u32),
    /// Jump to the target.
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// If TOS is false jump (keeping it), else pop.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// Pop; jump if it is None / is not None.
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    /// TOS = iter(TOS).
    GetIter,
    /// Push next(TOS), or pop the iterator and jump when exhausted.
    ForIter(u32),
    /// TOS = iter(TOS) unless it is a generator or coroutine (yield from).
    GetYieldFromIter,
    /// TOS = the awaitable's iterator (await); operand 1 marks `async with` enter/exit.
    GetAwaitable(u32),
    /// TOS = aiter(TOS).
    GetAIter,
    /// Push the awaitable of anext(TOS).
    GetANext,
    /// End of an `async for` loop: TOS is the exception; StopAsyncIteration ends the loop.
    EndAsyncFor,
    /// Delegate to the sub-iterator TOS1 with the value TOS; jumps to the target when done.
    Send(u32),
    /// Build a function from the code object TOS (and parts per the `make_fn` flags).
    MakeFunction(u32),
    /// Call TOS-n with n positional arguments.
    Call(u32),
    /// Call with keywords: TOS is a tuple of keyword names for the last len(names) arguments.
    CallKw(u32),
    /// Call after LoadMethod: [meth|NULL, self|callable, args...].
    CallMethod(u32),
    /// CallMethod with a keyword-names tuple on top.
    CallMethodKw(u32),
    /// Call TOS2 (or TOS1) with the args tuple TOS1 (or TOS) and, when the operand is 1, the
    /// kwargs dict TOS.
    CallEx(u32),
    /// Return TOS to the caller.
    Return,
    /// Yield TOS from a generator; the sent value is pushed on resume.
    YieldValue,
    /// Push an exception handler: on error, unwind to this stack level, push the
    /// exception and jump to the target.
    SetupExcept(u32),
    /// Like SetupExcept, but the level excludes TOS (the `__enter__` result of `with`).
    SetupWith(u32),
    /// Pop the innermost block.
    PopBlock,
    /// Leave an exception handler: pop its block and restore the previous handled exception.
    PopExcept,
    /// Raise: 0 = bare re-raise, 1 = raise TOS, 2 = raise TOS1 from TOS.
    Raise(u32),
    /// Re-raise the exception TOS without adding a traceback entry.
    Reraise,
    /// TOS1 is an exception, TOS a class or tuple: replace TOS by whether it matches.
    CheckExcMatch,
    /// except*: TOS1 is the group, TOS the types; push (rest, match).
    CheckEgMatch,
    /// Re-raise what remains of an exception group after except* clauses.
    PrepReraiseStar,
    /// Enter a context manager TOS: push its bound __exit__, then __enter__()'s result.
    BeforeWith,
    /// async with: push bound __aexit__, then the awaitable of __aenter__().
    BeforeAsyncWith,
    /// TOS is a bound __exit__: call it with three Nones, discard the result.
    WithExitNormal,
    /// Stack [exit, exc]: push exit(type(exc), exc, tb).
    WithExceptStart,
    /// Push the exception being handled (for bare raise inside handler clean-up).
    LoadAssertionError,
    /// Push builtins.__build_class__.
    LoadBuildClass,
    /// Create `__annotations__` in the local namespace if missing.
    SetupAnnotations,
    /// TOS = __import__(names[i], globals, locals, fromlist=TOS, level=TOS1).
    ImportName(u32),
    /// Push getattr(TOS, names[i]) with import fall-back to sys.modules.
    ImportFrom(u32),
    /// from TOS import *.
    ImportStar,
    /// Print TOS if not None (interactive prompt) and store it as `_`.
    PrintExpr,
    /// Pattern matching: push len(TOS).
    GetLen,
    /// Push whether TOS is a mapping (for `match`).
    MatchMapping,
    /// Push whether TOS is a sequence (for `match`).
    MatchSequence,
    /// TOS is a tuple of keys, TOS1 the subject: push a tuple of values or None.
    MatchKeys,
    /// TOS2 subject, TOS1 class, TOS keyword-name tuple: replace with the attribute tuple or
    /// None; the operand is the positional count.
    MatchClass(u32),
    /// Copy TOS's dict minus the keys tuple TOS (for `**rest` in mapping patterns).
    CopyDictWithoutKeys,
    /// Generator start marker (pops the initial sent value, which must be None).
    GenStart,
    /// Wraps TOS as the value of a `yield` in an async generator (told apart from the values
    /// its awaits pass through).
    AsyncGenWrap,
    /// Push `__class__` cell contents for zero-argument super (operand: cell index).
    LoadSuperArgs(u32),
    /// Raise RuntimeError/StopIteration conversion inside generators (PEP 479).
    StopIterationError,
}

/// Source location of an instruction: lines 1-based, columns 0-based in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// Cached location of a global name: which dict (by address), its version when cached, and
/// the entry index. Versions are unique across all dicts, so a stale entry never matches.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals: usize,
    pub gver: u64,
    pub bver: u64,
    pub idx: u32,
    pub in_builtins: bool,
}

/// Inline cache of an attribute instruction (LoadAttr/StoreAttr/LoadMethod) on plain
/// instances: valid while the instance's type has version `version`.
#[derive(Clone, Default)]
pub struct AttrCache {
    pub version: u64,
    pub kind: u8,
    /// Entry index in the instance dict (instance attributes).
    pub index: u32,
    /// The method found on the type (LoadMethod).
    pub value: crate::object::Value,
}

pub mod attr_kind {
    pub const EMPTY: u8 = 0;
    /// The type has no attribute of this name: look in the instance dict at `index`.
    pub const INSTANCE: u8 = 1;
    /// The type defines a plain function `value` (not shadowed by the instance).
    pub const METHOD: u8 = 2;
    /// An object of a builtin (non-heap) type without an instance dict, whose type (at
    /// `version`) defines the builtin method `value`.
    pub const BUILTIN_METHOD: u8 = 3;
}

/// A compiled code object.
pub struct Code {
    pub ops: Vec<Op>,
    pub locs: Vec<Loc>,
    pub consts: Vec<Value>,
    pub names: Vec<PyRef>,
    pub varnames: Vec<PyRef>,
    pub cellvars: Vec<PyRef>,
    pub freevars: Vec<PyRef>,
    /// For each cell var, the argument it is initialised from.
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub name: PyRef,
    pub qualname: PyRef,
    pub filename: PyRef,
    pub firstlineno: u32,
    /// Index of `__class__` in cellvars for methods that use zero-argument super().
    pub class_cell: Option<u32>,
    /// One cache slot per name, for LoadGlobal.
    pub global_cache: Vec<std::cell::Cell<GlobalCache>>,
    /// One cache slot per instruction, for attribute instructions; made when the code first
    /// runs one (most functions of a module are never called: 40 bytes per instruction).
    pub attr_cache: std::cell::OnceCell<Box<[std::cell::RefCell<AttrCache>]>>,
}

impl Code {
    /// Takes exactly `nargs` positional arguments and nothing else: no defaults needed, no
    /// `*args`/`**kwargs`/keyword-only parameters, no closure, not a generator or coroutine
    /// (a frame can be filled by moving the arguments into its first slots).
    #[inline]
    pub fn is_plain(&self, nargs: usize) -> bool {
        nargs == self.argcount as usize
            && self.kwonlyargcount == 0
            && self.flags
                & (code_flags::VARARGS
                    | code_flags::VARKEYWORDS
                    | code_flags::NOFREE
                    | code_flags::GENERATOR_LIKE)
                == code_flags::NOFREE
    }

    /// Number of local slots: variables, cells, free variables.
    #[inline]
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }

    /// The attribute cache of instruction `pc` (an attribute instruction of this code).
    #[inline]
    pub fn attr_cache_at(&self, pc: usize) -> &std::cell::RefCell<AttrCache> {
        // `pc` indexes an instruction of this code, and there is one slot per instruction.
        match self.attr_cache.get() {
            Some(caches) => &caches[pc],
            None => &self.make_attr_cache()[pc],
        }
    }

    #[cold]
    #[inline(never)]
    fn make_attr_cache(&self) -> &[std::cell::RefCell<AttrCache>] {
        self.attr_cache.get_or_init(|| {
            (0..self.ops.len())
                .map(|_| std::cell::RefCell::new(AttrCache::default()))
                .collect()
        })
    }

    /// The line of instruction `i`.
    pub fn line_of(&self, i: usize) -> u32 {
        self.locs.get(i).map(|l| l.line).unwrap_or(self.firstlineno)
    }
}

pub type CodeRef = Rc<Code>;
