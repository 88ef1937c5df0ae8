//! The cycle collector. Memory is reference counted (`Rc`); this finds groups of container
//! objects that only reference each other and clears them so the counts drop to zero.
//!
//! Algorithm (CPython's trial deletion, without generations): every container is registered
//! (weakly) when created. A collection computes, for each live container, its reference
//! count minus the references held by other containers. Containers with references left are
//! reachable from outside; everything they reach is reachable too. The rest is garbage:
//! `__del__` methods run, then the objects' contents are cleared, breaking the cycles.
//! Collections are triggered when the number of registrations since the last collection
//! exceeds a threshold proportional to the live container count and to the references
//! the last collection visited (amortised linear cost).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::*;
use crate::vm::Vm;

/// The registry: addresses of live tracked objects, with a free list of slots.
struct Registry {
    ptrs: Vec<*const PyObject>,
    free: Vec<u32>,
    live: usize,
}

thread_local! {
    static TRACKED: RefCell<Registry> = const { RefCell::new(Registry { ptrs: Vec::new(), free: Vec::new(), live: 0 }) };
    static STATE: Cell<GcState> = const { Cell::new(GcState { since: 0, threshold: 10_000, enabled: true, collecting: false, collections: 0 }) };
}

#[derive(Clone, Copy)]
struct GcState {
    since: usize,
    threshold: usize,
    enabled: bool,
    collecting: bool,
    collections: usize,
}

/// Does an object with this payload take part in reference cycles?
#[inline]
pub fn is_container(p: &Payload) -> bool {
    match p {
        Payload::Object(_)
        | Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Tuple(_)
        | Payload::Function(_)
        | Payload::BoundMethod(_)
        | Payload::Cell(_)
        | Payload::Type(_)
        | Payload::Module(_)
        | Payload::Generator(_)
        | Payload::Exception(_)
        | Payload::Iter(_)
        | Payload::Property(_)
        | Payload::ClassMethod(_)
        | Payload::StaticMethod(_)
        | Payload::Super(_)
        | Payload::Native(_) => true,
        Payload::NativeFunction(nf) => !nf.self_.is_null(),
        _ => false,
    }
}

/// Registers a new object with the collector if it is a container.
#[inline]
pub fn track(o: &PyRef) {
    if !is_container(&o.payload) || o.gc_slot.get() != u32::MAX {
        return;
    }
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        let p = Rc::as_ptr(o);
        let slot = match t.free.pop() {
            Some(s) => {
                t.ptrs[s as usize] = p;
                s
            }
            None => {
                t.ptrs.push(p);
                (t.ptrs.len() - 1) as u32
            }
        };
        t.live += 1;
        o.gc_slot.set(slot);
    });
    STATE.with(|s| {
        let mut st = s.get();
        st.since += 1;
        s.set(st);
    });
}

/// Called when a tracked object is dropped.
pub fn untrack(slot: u32) {
    let _ = TRACKED.try_with(|t| {
        if let Ok(mut t) = t.try_borrow_mut() {
            if let Some(p) = t.ptrs.get_mut(slot as usize) {
                *p = std::ptr::null();
                t.free.push(slot);
                t.live -= 1;
            }
        }
    });
}

/// Should the VM run a collection now?
#[inline]
pub fn should_collect() -> bool {
    STATE.with(|s| {
        let st = s.get();
        st.enabled && !st.collecting && st.since > st.threshold
    })
}

pub fn enable(on: bool) {
    STATE.with(|s| {
        let mut st = s.get();
        st.enabled = on;
        s.set(st);
    });
}

pub fn is_enabled() -> bool {
    STATE.with(|s| s.get().enabled)
}

/// Registrations since the last collection.
pub fn count() -> usize {
    STATE.with(|s| s.get().since)
}

pub fn collections() -> usize {
    STATE.with(|s| s.get().collections)
}

pub fn is_tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => is_container(&o.payload),
        _ => false,
    }
}

/// Calls `visit` on every object `o` holds a strong reference to.
pub fn traverse(o: &PyObject, visit: &mut dyn FnMut(&Value)) {
    visit(&Value::Obj(o.class()));
    if let Some(d) = o.dict() {
        visit(&Value::Obj(d.clone()));
    }
    match &o.payload {
        Payload::Object(slots) => {
            for v in slots.borrow().iter() {
                visit(v);
            }
        }
        Payload::List(l) => {
            for v in l.borrow().iter() {
                visit(v);
            }
        }
        Payload::Tuple(t) => {
            for v in t.iter() {
                visit(v);
            }
        }
        Payload::Dict(d) => {
            for e in d.data.borrow().entries.iter() {
                if !e.key.is_null() {
                    visit(&e.key);
                    visit(&e.value);
                }
            }
        }
        Payload::Set(s) | Payload::FrozenSet(s) => {
            for e in s.borrow().table.iter() {
                if e.is_active() {
                    visit(&e.key);
                }
            }
        }
        Payload::Function(f) => {
            visit(&Value::Obj(f.globals.clone()));
            visit(&Value::Obj(f.builtins.clone()));
            if let Some(d) = &*f.defaults.borrow() {
                visit(&Value::Obj(d.clone()));
            }
            if let Some(d) = &*f.kwdefaults.borrow() {
                visit(&Value::Obj(d.clone()));
            }
            if let Some(cl) = &f.closure {
                for c in cl.iter() {
                    visit(&Value::Obj(c.clone()));
                }
            }
            if let Some(a) = &*f.annotations.borrow() {
                visit(&Value::Obj(a.clone()));
            }
            visit(&f.doc.borrow());
            visit(&f.module.borrow());
        }
        Payload::NativeFunction(nf) => visit(&nf.self_),
        Payload::BoundMethod(b) => {
            visit(&b.0);
            visit(&b.1);
        }
        Payload::Cell(c) => visit(&c.borrow()),
        Payload::Type(t) => {
            visit(&Value::Obj(t.dict.clone()));
            for b in t.bases.borrow().iter() {
                visit(&Value::Obj(b.clone()));
            }
            for m in t.mro.borrow().iter() {
                visit(&Value::Obj(m.clone()));
            }
        }
        Payload::Generator(g) => {
            if let Some(f) = &*g.frame.borrow() {
                for v in f.stack.iter() {
                    visit(v);
                }
                visit(&Value::Obj(f.globals.clone()));
                visit(&f.locals);
                visit(&f.ctor);
                for v in f.saved_handled.iter() {
                    visit(v);
                }
            }
            visit(&g.yield_from.borrow());
        }
        Payload::Exception(e) => {
            visit(&e.args.borrow());
            visit(&e.traceback.borrow());
            visit(&e.cause.borrow());
            visit(&e.context.borrow());
            visit(&e.notes.borrow());
        }
        Payload::Iter(st) => match &*st.borrow() {
            IterState::List { list, .. } | IterState::ListReverse { list, .. } => {
                visit(&Value::Obj(list.clone()))
            }
            IterState::Tuple { tuple, .. } => visit(&Value::Obj(tuple.clone())),
            IterState::Dict { dict, last, .. } => {
                visit(&Value::Obj(dict.clone()));
                visit(last);
            }
            IterState::Set { set, .. } => visit(&Value::Obj(set.clone())),
            IterState::SeqIter { obj, .. } => visit(obj),
            IterState::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            IterState::Enumerate { it, count, last } => {
                visit(it);
                visit(count);
                visit(last);
            }
            IterState::Zip { its, last, .. } => {
                for i in its.iter() {
                    visit(i);
                }
                visit(last);
            }
            IterState::Map { func, its } => {
                visit(func);
                for i in its.iter() {
                    visit(i);
                }
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::Reversed { seq, .. } => visit(seq),
            _ => {}
        },
        Payload::Property(p) => {
            visit(&p.fget.borrow());
            visit(&p.fset.borrow());
            visit(&p.fdel.borrow());
            visit(&p.doc.borrow());
            visit(&p.name.borrow());
        }
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => visit(&f.borrow()),
        Payload::Super(b) => {
            visit(&b.0);
            visit(&b.1);
        }
        Payload::Native(n) => n.traverse(visit),
        _ => {}
    }
}

/// The order in which CPython finalizes the objects of `finalizable` left at exit: its
/// cycle collector has re-linked them in breadth-first order from the `__main__` globals
/// (lists and tuples visit their items last first, instances their attributes before their
/// class). Objects not reached from there follow in creation order. Suspended generators
/// met on the way are included: they are closed at that point.
pub fn exit_order(main: Option<&PyRef>, finalizable: Vec<PyRef>) -> Vec<PyRef> {
    use std::collections::{HashMap, HashSet, VecDeque};
    let Some(main) = main.and_then(|m| m.dict()) else {
        return finalizable;
    };
    let wanted: HashMap<usize, usize> = finalizable
        .iter()
        .enumerate()
        .map(|(i, o)| (Rc::as_ptr(o) as *const u8 as usize, i))
        .collect();
    let mut slots: Vec<Option<PyRef>> = finalizable.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    let mut seen: HashSet<usize> = HashSet::new();
    let mut queue: VecDeque<PyRef> = VecDeque::new();
    seen.insert(Rc::as_ptr(main) as *const u8 as usize);
    queue.push_back(main.clone());
    // Bounded: exit must stay quick with a huge heap (what is left keeps creation order).
    // Without `__del__` objects only suspended generators are looked for: a short walk
    // (the globals and what they hold directly come first; a longer one made every exit
    // cost more than the interpreter's start-up).
    let mut budget = if wanted.is_empty() { 200 } else { 500_000usize };
    while let Some(o) = queue.pop_front() {
        budget = budget.saturating_sub(1);
        if budget == 0 {
            break;
        }
        let mut kids: Vec<Value> = Vec::new();
        match &o.payload {
            Payload::List(l) => kids.extend(l.borrow().iter().rev().take(budget).cloned()),
            Payload::Tuple(t) => kids.extend(t.iter().rev().take(budget).cloned()),
            Payload::Dict(d) => {
                for e in d.data.borrow().entries.iter() {
                    if !e.key.is_null() {
                        kids.push(e.value.clone());
                        kids.push(e.key.clone());
                    }
                }
            }
            Payload::Object(_) => {
                // An instance's attributes are its own references (CPython 3.11 keeps
                // them inline), then come its slots and class.
                if let Some(Payload::Dict(d)) = o.dict().map(|d| &d.payload) {
                    kids.extend(d.values());
                }
                traverse(&o, &mut |v| kids.push(v.clone()));
            }
            _ => traverse(&o, &mut |v| kids.push(v.clone())),
        }
        for k in kids {
            let Value::Obj(k) = k else { continue };
            budget = budget.saturating_sub(1);
            if budget == 0 {
                break;
            }
            let addr = Rc::as_ptr(&k) as *const u8 as usize;
            if !seen.insert(addr) {
                continue;
            }
            if let Some(&i) = wanted.get(&addr) {
                if let Some(f) = slots[i].take() {
                    out.push(f);
                }
            } else if let Payload::Generator(g) = &k.payload {
                // A generator suspended in a try or with block: CPython closes it then.
                let pending = g.kind == GenKind::Generator
                    && g.frame
                        .borrow()
                        .as_ref()
                        .is_some_and(|f| f.pc != 0 && !f.blocks.is_empty());
                if pending {
                    out.push(k.clone());
                }
            }
            queue.push_back(k);
        }
    }
    out.extend(slots.into_iter().flatten());
    out
}

/// Drops the references `o` holds (breaking cycles). The object stays valid but empty.
fn clear(o: &PyObject) {
    if let Some(d) = o.dict() {
        if let Payload::Dict(dd) = &d.payload {
            let old = dd.data.borrow_mut().clear();
            drop(old);
        }
    }
    match &o.payload {
        Payload::Object(slots) => {
            let old = std::mem::take(&mut *slots.borrow_mut());
            drop(old);
        }
        Payload::List(l) => {
            let old = std::mem::take(&mut *l.borrow_mut());
            drop(old);
        }
        Payload::Dict(d) => {
            let old = d.data.borrow_mut().clear();
            drop(old);
        }
        Payload::Set(s) | Payload::FrozenSet(s) => {
            let old = s.borrow_mut().clear();
            drop(old);
        }
        Payload::Function(f) => {
            let a = f.defaults.borrow_mut().take();
            let b = f.kwdefaults.borrow_mut().take();
            let c = f.annotations.borrow_mut().take();
            let d = std::mem::replace(&mut *f.doc.borrow_mut(), Value::None);
            if let Some(cl) = &f.closure {
                for cell in cl.iter() {
                    if let Payload::Cell(cc) = &cell.payload {
                        let old = std::mem::take(&mut *cc.borrow_mut());
                        drop(old);
                    }
                }
            }
            drop((a, b, c, d));
        }
        Payload::Cell(c) => {
            let old = std::mem::take(&mut *c.borrow_mut());
            drop(old);
        }
        Payload::Type(t) => {
            let a = std::mem::take(&mut *t.mro.borrow_mut());
            let b = std::mem::take(&mut *t.bases.borrow_mut());
            if let Payload::Dict(dd) = &t.dict.payload {
                let old = dd.data.borrow_mut().clear();
                drop(old);
            }
            drop((a, b));
        }
        Payload::Generator(g) => {
            let f = g.frame.borrow_mut().take();
            let y = std::mem::take(&mut *g.yield_from.borrow_mut());
            drop((f, y));
        }
        Payload::Exception(e) => {
            let a = std::mem::replace(&mut *e.args.borrow_mut(), Value::None);
            let b = std::mem::replace(&mut *e.traceback.borrow_mut(), Value::None);
            let c = std::mem::replace(&mut *e.cause.borrow_mut(), Value::None);
            let d = std::mem::replace(&mut *e.context.borrow_mut(), Value::None);
            let n = std::mem::take(&mut *e.notes.borrow_mut());
            drop((a, b, c, d, n));
        }
        Payload::Iter(st) => {
            let old = std::mem::replace(&mut *st.borrow_mut(), IterState::Exhausted);
            drop(old);
        }
        Payload::Property(p) => {
            let a = std::mem::replace(&mut *p.fget.borrow_mut(), Value::None);
            let b = std::mem::replace(&mut *p.fset.borrow_mut(), Value::None);
            let c = std::mem::replace(&mut *p.fdel.borrow_mut(), Value::None);
            drop((a, b, c));
        }
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => {
            let old = std::mem::replace(&mut *f.borrow_mut(), Value::None);
            drop(old);
        }
        Payload::Native(n) => n.clear(),
        _ => {}
    }
}

/// Runs a full collection; returns the number of unreachable objects found.
pub fn collect(vm: &mut Vm) -> usize {
    let busy = STATE.with(|s| {
        let mut st = s.get();
        if st.collecting {
            return true;
        }
        st.collecting = true;
        s.set(st);
        false
    });
    if busy {
        return 0;
    }
    crate::types::clear_lookup_cache();
    // Snapshot live containers (the snapshot itself holds one reference each).
    let (live, nslots): (Vec<PyRef>, usize) = TRACKED.with(|t| {
        let t = t.borrow();
        let live = t
            .ptrs
            .iter()
            .filter(|p| !p.is_null())
            .map(|&p| {
                // SAFETY: a non-null slot belongs to a live object: `PyObject::drop` clears
                // the slot before the object's memory is released, and collections never run
                // while an object is being dropped. Taking a new strong reference is sound.
                unsafe {
                    Rc::increment_strong_count(p);
                    Rc::from_raw(p)
                }
            })
            .collect();
        (live, t.ptrs.len())
    });
    // Position in `live` by registry slot (a tracked object knows its slot: no hashing).
    let mut by_slot = vec![u32::MAX; nslots];
    for (i, o) in live.iter().enumerate() {
        if let Some(e) = by_slot.get_mut(o.gc_slot.get() as usize) {
            *e = i as u32;
        }
    }
    let index_of = |o: &PyObject| -> Option<usize> {
        match by_slot.get(o.gc_slot.get() as usize) {
            Some(&i) if i != u32::MAX => Some(i as usize),
            _ => None,
        }
    };
    let mut refs: Vec<isize> = live
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    // References held by the finalizer list count as internal.
    for f in vm.finalizable.iter() {
        if let Some(i) = index_of(f) {
            refs[i] -= 1;
        }
    }
    // References visited: a collection costs that much, so the next one waits for a
    // proportional number of registrations (a few huge lists must not make every
    // collection quadratic).
    let mut edges = 0usize;
    for o in live.iter() {
        traverse(o, &mut |v| {
            edges += 1;
            if let Value::Obj(r) = v {
                if let Some(i) = index_of(r) {
                    refs[i] -= 1;
                }
            }
        });
    }
    // Propagate reachability from externally referenced containers.
    let mut reachable = vec![false; live.len()];
    let mut work: Vec<usize> = (0..live.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        traverse(&live[i], &mut |v| {
            if let Value::Obj(r) = v {
                if let Some(j) = index_of(r) {
                    if !reachable[j] {
                        reachable[j] = true;
                        work.push(j);
                    }
                }
            }
        });
    }
    let garbage: Vec<PyRef> = live
        .iter()
        .enumerate()
        .filter(|(i, _)| !reachable[*i])
        .map(|(_, o)| o.clone())
        .collect();
    // CPython 3.11 keeps a plain instance's attributes inline until its `__dict__` is
    // fetched or outgrows the shared keys (30): such a dict is no object of its own there,
    // and gc.collect() reports one unreachable object per instance, not two.
    let inline_dicts = garbage
        .iter()
        .filter(|o| matches!(o.payload, Payload::Object(_)))
        .filter_map(|o| o.dict())
        .filter(|d| matches!(index_of(d), Some(i) if !reachable[i]))
        .filter(|d| match &d.payload {
            Payload::Dict(data) => {
                let data = data.data.borrow();
                !data.exposed && data.len() <= 30
            }
            _ => false,
        })
        .count();
    // A closure is a tuple of cells in CPython, one more unreachable object per function.
    let closures = garbage
        .iter()
        .filter(|o| matches!(&o.payload, Payload::Function(f) if f.closure.as_ref().is_some_and(|c| !c.is_empty())))
        .count();
    let n = garbage.len() - inline_dicts + closures;
    // As CPython: weak references to the garbage are cleared and their callbacks run
    // before any __del__ (see modules::weakref).
    if !garbage.is_empty() {
        let callbacks = crate::modules::weakref::take_callbacks(&garbage);
        crate::modules::weakref::run_callbacks(vm, callbacks);
    }
    // Suspended generators in the garbage are closed first (their finally blocks run).
    for o in &garbage {
        if crate::objects::genobj::needs_close(o) {
            crate::objects::genobj::close_for_finalizer(vm, &Value::Obj(o.clone()));
        }
    }
    // __del__ first (objects stay intact while finalizers run).
    if !garbage.is_empty() && !vm.finalizable.is_empty() {
        let gset: std::collections::HashSet<usize> =
            garbage.iter().map(|o| Rc::as_ptr(o) as usize).collect();
        let mut to_finalize = Vec::new();
        vm.finalizable.retain(|f| {
            if gset.contains(&(Rc::as_ptr(f) as usize)) {
                to_finalize.push(f.clone());
                false
            } else {
                true
            }
        });
        for f in to_finalize {
            let v = Value::Obj(f);
            if let Some(del) = crate::types::lookup_str(&crate::types::class_of(&v), "__del__") {
                if let Err(e) = vm.call_special(&del, &v, &[]) {
                    crate::exceptions::write_unraisable(vm, &e, "Exception ignored in", &del);
                }
            }
        }
    }
    for o in &garbage {
        clear(o);
    }
    drop(garbage);
    drop(live);
    let alive = TRACKED.with(|t| t.borrow().live);
    STATE.with(|s| {
        let mut st = s.get();
        st.since = 0;
        st.threshold = (alive * 2).max(edges / 4).max(10_000);
        st.collecting = false;
        st.collections += 1;
        s.set(st);
    });
    n
}
