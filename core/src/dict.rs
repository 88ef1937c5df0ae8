//! `dict` storage: insertion-ordered entries plus an open-addressing index (built only once
//! a dict outgrows a linear scan). Key comparison that needs Python `__eq__` happens with the
//! table unborrowed, and the lookup restarts if the dict changed meanwhile.
//!
//! Entry slots are managed with CPython's policy (keys table size, `usable` budget, resize
//! only on insertion with `used * 3` growth, no compaction on deletion, `popitem` reusing
//! the tail), so iterating a dict that is mutated meanwhile behaves as in CPython.

use std::cell::RefCell;

use crate::object::{Payload, PyRef, Value};
use crate::vm::{PyResult, Vm};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// A process-wide counter: every change of a dict's key layout takes a fresh value, so
/// (dict, version) pairs never repeat even when a dict's memory is reused (the global and
/// attribute lookup caches rely on this). Overwriting a value keeps the version: the caches
/// read values live.
static VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

#[inline]
pub fn next_version() -> u64 {
    VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Default, Clone)]
pub struct DictData {
    pub entries: Vec<Entry>,
    /// Open-addressing index into `entries`; empty while the keys table is the minimum
    /// size (at most 5 entries: a linear scan is faster).
    indices: Vec<u32>,
    used: usize,
    /// CPython's `dk_usable`: insertions left before the next resize.
    usable: usize,
    /// log2 of CPython's keys table size; 0 for a dict that never held a key.
    log2size: u8,
    /// Bumped on every insertion of a new key or deletion (for iteration and lookup checks).
    pub version: u64,
    /// An instance `__dict__` that Python code has fetched (`obj.__dict__`, `vars(obj)`):
    /// CPython 3.11 then materialises it as an object of its own, which `gc.collect()`
    /// counts apart from the instance.
    pub exposed: bool,
    /// Bit `hash & 63` is set for the hash of every key ever inserted (until the dict is
    /// cleared): a str lookup whose bit is clear misses without scanning. Most misses are
    /// method lookups checking that the instance dict does not shadow the method.
    hash_bits: u64,
}

/// The `hash_bits` bit of a hash.
#[inline]
fn hash_bit(hash: i64) -> u64 {
    1u64 << (hash as u64 & 63)
}

/// CPython's PyDict_LOG_MINSIZE.
const LOG_MINSIZE: u8 = 3;

/// CPython's USABLE_FRACTION.
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython's calculate_log2_keysize: the smallest table holding `minsize`.
fn log2_keysize(minsize: usize) -> u8 {
    let m = ((minsize | 8) - 1) | 7;
    (usize::BITS - m.leading_zeros()) as u8
}

/// CPython's estimate_log2_keysize: a table for `n` entries without further resizing.
fn estimate_log2_keysize(n: usize) -> u8 {
    log2_keysize((n * 3).div_ceil(2))
}

/// The payload of `dict` objects.
#[derive(Default)]
pub struct PyDict {
    pub data: RefCell<DictData>,
}

/// Result of comparing two keys without running Python code.
pub enum FastEq {
    Equal,
    NotEqual,
    NeedsPython,
}

pub fn fast_eq(a: &Value, b: &Value) -> FastEq {
    use FastEq::*;
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) if std::rc::Rc::ptr_eq(x, y) => Equal,
        (Value::Int(x), Value::Int(y)) => bool_eq(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => {
            bool_eq(*x == *y as i64)
        }
        (Value::Bool(x), Value::Bool(y)) => bool_eq(x == y),
        (Value::Float(x), Value::Float(y)) => bool_eq(x == y),
        (Value::Float(x), Value::Int(y)) | (Value::Int(y), Value::Float(x)) => {
            bool_eq(crate::ops::float_int_eq(*x, *y))
        }
        (Value::Float(x), Value::Bool(y)) | (Value::Bool(y), Value::Float(x)) => {
            bool_eq(*x == *y as i64 as f64)
        }
        (Value::None, Value::None) => Equal,
        (Value::None, _) | (_, Value::None) => {
            if matches!(a, Value::Obj(_)) || matches!(b, Value::Obj(_)) {
                NeedsPython
            } else {
                NotEqual
            }
        }
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t))
                if crate::types::is_exact_str(x) && crate::types::is_exact_str(y) =>
            {
                bool_eq(s.as_str() == t.as_str())
            }
            (Payload::Int(s), Payload::Int(t))
                if crate::types::is_exact_int(x) && crate::types::is_exact_int(y) =>
            {
                bool_eq(s == t)
            }
            (Payload::Str(_), Payload::Int(_) | Payload::Tuple(_))
            | (Payload::Int(_) | Payload::Tuple(_), Payload::Str(_))
                if crate::types::is_exact_str(x) || crate::types::is_exact_str(y) =>
            {
                if crate::types::is_exact_str(x) && crate::types::is_exact_str(y) {
                    NotEqual
                } else {
                    NeedsPython
                }
            }
            _ => NeedsPython,
        },
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match &x.payload {
            Payload::Str(_) if crate::types::is_exact_str(x) => NotEqual,
            _ => NeedsPython,
        },
        _ => NotEqual,
    }
}

fn bool_eq(b: bool) -> FastEq {
    if b {
        FastEq::Equal
    } else {
        FastEq::NotEqual
    }
}

/// Where a probe stands, so it can resume after a Python-level comparison.
#[derive(Clone, Copy)]
struct Probe {
    slot: usize,
    perturb: u64,
    started: bool,
}

enum Found {
    /// The entry index.
    At(usize),
    /// Not present; for indexed dicts, the slot where it would go.
    Missing,
    /// A candidate with an equal hash needs `__eq__`: entry index, its key, and the probe state.
    Check(usize, Value, Probe),
}

impl DictData {
    pub fn len(&self) -> usize {
        self.used
    }

    /// CPython 3.11's `dict.__sizeof__` for this layout: the dict object plus its keys
    /// table (index bytes and `usable` entries of 16 bytes for all-str keys, else 24).
    pub fn cpython_sizeof(&self) -> usize {
        if self.log2size == 0 {
            return 48;
        }
        let size = 1usize << self.log2size;
        let index_bytes = match self.log2size {
            0..=7 => 1,
            8..=15 => 2,
            16..=31 => 4,
            _ => 8,
        };
        let all_str = self.entries.iter().all(|e| match &e.key {
            Value::Obj(o) => crate::types::is_exact_str(o),
            Value::Null => true,
            _ => false,
        });
        let entry = if all_str { 16 } else { 24 };
        48 + 32 + size * index_bytes + usable_fraction(size) * entry
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn probe(&self, key: &Value, hash: i64, mut pr: Probe) -> Found {
        if self.indices.is_empty() {
            let start = if pr.started { pr.slot + 1 } else { 0 };
            for i in start..self.entries.len() {
                let e = &self.entries[i];
                if e.hash == hash && !e.key.is_null() {
                    if e.key.is(key) {
                        return Found::At(i);
                    }
                    match fast_eq(&e.key, key) {
                        FastEq::Equal => return Found::At(i),
                        FastEq::NotEqual => {}
                        FastEq::NeedsPython => {
                            return Found::Check(
                                i,
                                e.key.clone(),
                                Probe {
                                    slot: i,
                                    perturb: 0,
                                    started: true,
                                },
                            )
                        }
                    }
                }
            }
            return Found::Missing;
        }
        let mask = self.indices.len() - 1;
        if !pr.started {
            pr.slot = (hash as u64 as usize) & mask;
            pr.perturb = hash as u64;
            pr.started = true;
        } else {
            pr.perturb >>= 5;
            pr.slot = (pr
                .slot
                .wrapping_mul(5)
                .wrapping_add(pr.perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        loop {
            let ix = self.indices[pr.slot];
            if ix == EMPTY {
                return Found::Missing;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if e.key.is(key) {
                        return Found::At(ix as usize);
                    }
                    match fast_eq(&e.key, key) {
                        FastEq::Equal => return Found::At(ix as usize),
                        FastEq::NotEqual => {}
                        FastEq::NeedsPython => return Found::Check(ix as usize, e.key.clone(), pr),
                    }
                }
            }
            pr.perturb >>= 5;
            pr.slot = (pr
                .slot
                .wrapping_mul(5)
                .wrapping_add(pr.perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Finds a str key without Python calls (attribute dicts).
    pub fn find_str(&self, key: &str, hash: i64) -> Option<usize> {
        self.find_str_obj(std::ptr::null(), key, hash)
    }

    /// `find_str` for a key object: an entry holding that very object matches without
    /// comparing text (interned names).
    #[inline]
    pub fn find_str_obj(
        &self,
        obj: *const crate::object::PyObject,
        key: &str,
        hash: i64,
    ) -> Option<usize> {
        // An entry matches only with an equal hash.
        if self.hash_bits & hash_bit(hash) == 0 {
            return None;
        }
        self.scan_str_obj(obj, key, hash)
    }

    fn scan_str_obj(
        &self,
        obj: *const crate::object::PyObject,
        key: &str,
        hash: i64,
    ) -> Option<usize> {
        let matches = |e: &Entry| {
            e.hash == hash
                && match &e.key {
                    Value::Obj(o) => {
                        std::ptr::eq(std::rc::Rc::as_ptr(o), obj)
                            || matches!(&o.payload, Payload::Str(t) if t.as_str() == key)
                    }
                    _ => false,
                }
        };
        if self.indices.is_empty() {
            return self.entries.iter().position(matches);
        }
        let mask = self.indices.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.indices[slot];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY && matches(&self.entries[ix as usize]) {
                return Some(ix as usize);
            }
            perturb >>= 5;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn insert_index(&mut self, hash: i64, ix: usize) {
        if self.indices.is_empty() {
            return;
        }
        let mask = self.indices.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let cur = self.indices[slot];
            if cur == EMPTY || cur == DUMMY {
                self.indices[slot] = ix as u32;
                return;
            }
            perturb >>= 5;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn remove_index(&mut self, hash: i64, ix: usize) {
        if self.indices.is_empty() {
            return;
        }
        let mask = self.indices.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let cur = self.indices[slot];
            if cur == EMPTY {
                return;
            }
            if cur as usize == ix {
                self.indices[slot] = DUMMY;
                return;
            }
            perturb >>= 5;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// CPython's dictresize: compacts the entries into a table of `2**log2` slots.
    fn resize(&mut self, log2: u8) {
        if self.used < self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
        }
        self.log2size = log2;
        let size = 1usize << log2;
        self.usable = usable_fraction(size).saturating_sub(self.used);
        self.indices.clear();
        if log2 > LOG_MINSIZE {
            self.indices.resize(size, EMPTY);
            for i in 0..self.entries.len() {
                let h = self.entries[i].hash;
                self.insert_index(h, i);
            }
        }
        self.entries.reserve(self.usable);
    }

    /// Makes room for `n` more keys at once (dict_merge's "one big resize").
    pub fn reserve_for(&mut self, n: usize) {
        let size = if self.log2size == 0 {
            1
        } else {
            1usize << self.log2size
        };
        if usable_fraction(size) < n {
            self.resize(estimate_log2_keysize(self.used + n));
        }
    }

    fn push_entry(&mut self, hash: i64, key: Value, value: Value) {
        if self.usable == 0 {
            // insertion_resize: the empty dict gets the minimum table, others grow to
            // hold used * 3.
            let log2 = if self.log2size == 0 {
                LOG_MINSIZE
            } else {
                log2_keysize(self.used * 3)
            };
            self.resize(log2);
        }
        let ix = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.hash_bits |= hash_bit(hash);
        self.used += 1;
        self.usable -= 1;
        self.version = next_version();
        self.insert_index(hash, ix);
    }

    fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let hash = self.entries[ix].hash;
        self.remove_index(hash, ix);
        let e = &mut self.entries[ix];
        let k = std::mem::take(&mut e.key);
        let v = std::mem::take(&mut e.value);
        self.used -= 1;
        self.version = next_version();
        (k, v)
    }

    /// A copy as `dict.copy()` makes it: the same layout when at most a third of the slots
    /// are dead, else compacted (CPython's PyDict_Copy).
    pub fn copy(&self) -> DictData {
        if self.used >= self.entries.len() * 2 / 3 {
            return self.clone();
        }
        let mut c = DictData::default();
        c.merge_from(self);
        c
    }

    /// Inserts all entries of `other`, known to have no keys in common with `self`
    /// (CPython's dict_merge into an empty dict).
    pub fn merge_from(&mut self, other: &DictData) {
        if other.used == 0 {
            return;
        }
        if self.used == 0
            && other.used == other.entries.len()
            && (other.log2size == LOG_MINSIZE
                || usable_fraction((1usize << other.log2size) / 2) < other.used)
        {
            *self = other.clone();
            return;
        }
        self.reserve_for(other.used);
        for e in other.entries.iter().filter(|e| !e.key.is_null()) {
            self.push_entry(e.hash, e.key.clone(), e.value.clone());
        }
    }

    /// Inserts a str key (no Python equality needed).
    pub fn set_str(&mut self, key: PyRef, value: Value) {
        let s = match &key.payload {
            Payload::Str(s) => s,
            _ => return,
        };
        let h = s.hash();
        if let Some(ix) = self.find_str(s.as_str(), h) {
            self.entries[ix].value = value;
            return;
        }
        self.push_entry(h, Value::Obj(key), value);
    }

    pub fn get_str(&self, key: &str, hash: i64) -> Option<Value> {
        self.find_str(key, hash)
            .map(|i| self.entries[i].value.clone())
    }

    /// The live entry at or after `index`: (next index, key, value).
    pub fn next_entry(&self, mut index: usize) -> Option<(usize, Value, Value)> {
        while index < self.entries.len() {
            let e = &self.entries[index];
            if !e.key.is_null() {
                return Some((index + 1, e.key.clone(), e.value.clone()));
            }
            index += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.value.clone())
            .collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn clear(&mut self) -> DictData {
        let old = std::mem::take(self);
        self.version = next_version();
        self.exposed = old.exposed;
        old
    }

    /// Removes and returns the last item (popitem order); the freed tail slots are reused,
    /// as in CPython.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let r = self.remove_at(ix);
        self.entries.truncate(ix);
        Some(r)
    }

    /// An empty dict at the minimum keys table size (no index array), storing its entries in
    /// `entries` (empty; its capacity is kept).
    fn min_table(entries: Vec<Entry>) -> DictData {
        DictData {
            entries,
            log2size: LOG_MINSIZE,
            usable: usable_fraction(1 << LOG_MINSIZE),
            ..DictData::default()
        }
    }

    /// Inserts without checking for an existing equal key (caller knows it is new).
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.push_entry(hash, key, value);
    }
}

/// Instance dicts of dead objects kept for the next instance (CPython keeps a free list of
/// dicts too): creating and freeing a dict object per instance (an allocation, cycle
/// collector registration and the trashcan, twice) was a third of `Vec(1, 2)`.
const FREE_DICTS_MAX: usize = 80;

thread_local! {
    static FREE_DICTS: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
}

/// An empty instance dict from the free list, registered with the cycle collector again.
pub fn reuse_instance_dict() -> Option<PyRef> {
    let d = FREE_DICTS
        .try_with(|f| f.borrow_mut().pop())
        .ok()
        .flatten()?;
    if let Payload::Dict(dd) = &d.payload {
        // A fresh version: lookup caches keyed on (dict, version) must not match old entries.
        dd.data.borrow_mut().version = next_version();
    }
    crate::gc::track(&d);
    Some(d)
}

/// Takes the instance dict of a dying object: a plain `dict` at its minimum size that
/// nothing else references is emptied and kept for reuse; anything else is dropped.
pub fn recycle_instance_dict(mut d: PyRef) {
    let room = FREE_DICTS
        .try_with(|f| f.try_borrow().is_ok_and(|f| f.len() < FREE_DICTS_MAX))
        .unwrap_or(false);
    if !room
        || !std::ptr::eq(
            d.class.ptr(),
            std::rc::Rc::as_ptr(&crate::types::types().dict),
        )
    {
        return;
    }
    let Some(o) = std::rc::Rc::get_mut(&mut d) else {
        return;
    };
    let Payload::Dict(dd) = &mut o.payload else {
        return;
    };
    let data = dd.data.get_mut();
    if data.log2size != LOG_MINSIZE || !data.indices.is_empty() {
        return;
    }
    // Drops the keys and values in order (as the dict's own drop would); that may free other
    // instances, whose dicts come here too. The entry storage is kept.
    let mut entries = std::mem::take(&mut data.entries);
    entries.clear();
    *data = DictData::min_table(entries);
    let slot = o.gc_slot.replace(u32::MAX);
    if slot != u32::MAX {
        crate::gc::untrack(slot);
    }
    let _ = FREE_DICTS.try_with(|f| {
        if let Ok(mut f) = f.try_borrow_mut() {
            if f.len() < FREE_DICTS_MAX {
                f.push(d);
            }
        }
    });
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::from_data(DictData::default())
    }

    /// An empty dict with room for `n` entries.
    pub fn with_capacity(n: usize) -> PyDict {
        if n > 0 && n <= usable_fraction(1 << LOG_MINSIZE) {
            // What `reserve_for` would build, without going through `resize` (instance dicts
            // are made at this size at a high rate).
            let entries = Vec::with_capacity(usable_fraction(1 << LOG_MINSIZE));
            return PyDict::from_data(DictData::min_table(entries));
        }
        let mut d = DictData::default();
        d.reserve_for(n);
        PyDict::from_data(d)
    }

    pub fn from_data(mut d: DictData) -> PyDict {
        d.version = next_version();
        PyDict {
            data: RefCell::new(d),
        }
    }

    /// Finds an interned str key (pointer comparison first, then text): the entry index and
    /// the dict's version, for lookup caches.
    #[inline]
    pub fn find_interned(&self, key: &PyRef) -> Option<(usize, u64)> {
        let Payload::Str(s) = &key.payload else {
            return None;
        };
        let d = self.data.borrow();
        d.find_str_obj(std::rc::Rc::as_ptr(key), s.as_str(), s.hash())
            .map(|i| (i, d.version))
    }

    /// The value at entry index `i` if the dict still has version `version`.
    #[inline]
    pub fn value_at_version(&self, i: usize, version: u64) -> Option<Value> {
        let d = self.data.borrow();
        if d.version != version {
            return None;
        }
        d.entries.get(i).map(|e| e.value.clone())
    }

    /// Replaces the value at entry index `i` if the dict still has version `version` (the
    /// same key is there); hands back the old value, or `v` when the version changed.
    #[inline]
    pub fn replace_at_version(&self, i: usize, version: u64, v: Value) -> Result<Value, Value> {
        let mut d = self.data.borrow_mut();
        if d.version != version {
            return Err(v);
        }
        match d.entries.get_mut(i) {
            Some(e) if !e.value.is_null() => Ok(std::mem::replace(&mut e.value, v)),
            _ => Err(v),
        }
    }

    pub fn len(&self) -> usize {
        self.data.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds the entry index of `key`, calling `__eq__` where needed.
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let mut pr = Probe {
            slot: 0,
            perturb: 0,
            started: false,
        };
        loop {
            let (found, version) = {
                let d = self.data.borrow();
                (d.probe(key, hash, pr), d.version)
            };
            match found {
                Found::At(i) => return Ok(Some(i)),
                Found::Missing => return Ok(None),
                Found::Check(i, cand, state) => {
                    let eq = vm.eq(&cand, key)?;
                    let d = self.data.borrow();
                    if d.version != version
                        || d.entries.get(i).map(|e| !e.key.is(&cand)).unwrap_or(true)
                    {
                        // Mutated during comparison: start over, as CPython does.
                        pr = Probe {
                            slot: 0,
                            perturb: 0,
                            started: false,
                        };
                        continue;
                    }
                    if eq {
                        return Ok(Some(i));
                    }
                    pr = state;
                }
            }
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = vm.hash(key)?;
        self.get_hashed(vm, key, h)
    }

    /// The entry of an exact str key found by text, or None when the entry with that text
    /// is a str subclass instance (its own `__eq__` must decide: use `find`).
    #[inline]
    fn find_exact_str(&self, o: &PyRef, h: i64) -> Option<Option<usize>> {
        let d = self.data.borrow();
        match d.find_str_obj(std::rc::Rc::as_ptr(o), o.payload_str(), h) {
            Some(i) => match &d.entries[i].key {
                Value::Obj(k) if !crate::types::is_exact_str(k) && !std::rc::Rc::ptr_eq(k, o) => {
                    None
                }
                _ => Some(Some(i)),
            },
            None => Some(None),
        }
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, h: i64) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = key {
            if crate::types::is_exact_str(o) {
                if let Some(found) = self.find_exact_str(o, h) {
                    return Ok(found.map(|i| self.data.borrow().entries[i].value.clone()));
                }
            }
        }
        Ok(self
            .find(vm, key, h)?
            .map(|i| self.data.borrow().entries[i].value.clone()))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let h = vm.hash(&key)?;
        self.set_hashed(vm, key, h, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, h: i64, value: Value) -> PyResult<()> {
        let found = match &key {
            // Exact str keys need no Python equality (unless a str subclass key has that text).
            Value::Obj(o) if crate::types::is_exact_str(o) => match self.find_exact_str(o, h) {
                Some(found) => found,
                None => self.find(vm, &key, h)?,
            },
            _ => self.find(vm, &key, h)?,
        };
        match found {
            Some(i) => {
                let old = {
                    let mut d = self.data.borrow_mut();
                    std::mem::replace(&mut d.entries[i].value, value)
                };
                drop(old);
            }
            None => self.data.borrow_mut().push_entry(h, key, value),
        }
        Ok(())
    }

    /// Removes `key`; returns its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = vm.hash(key)?;
        match self.find(vm, key, h)? {
            Some(i) => {
                let (k, v) = self.data.borrow_mut().remove_at(i);
                drop(k);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    #[inline]
    pub fn get_str(&self, key: &PyRef) -> Option<Value> {
        match &key.payload {
            Payload::Str(s) => {
                let d = self.data.borrow();
                d.find_str_obj(std::rc::Rc::as_ptr(key), s.as_str(), s.hash())
                    .map(|i| d.entries[i].value.clone())
            }
            _ => None,
        }
    }

    pub fn get_rust_str(&self, key: &str) -> Option<Value> {
        self.data.borrow().get_str(key, crate::hash::hash_str(key))
    }

    pub fn set_str(&self, key: PyRef, value: Value) {
        drop(self.replace_str(key, value));
    }

    /// Swaps the value of the existing str key `key` for `value` when the current value is
    /// the object `expect` (no insertion, no version change); hands back the old value.
    pub fn swap_if_is(&self, key: &PyRef, expect: &Value, value: Value) -> Result<Value, Value> {
        let mut d = self.data.borrow_mut();
        if let Payload::Str(s) = &key.payload {
            if let Some(ix) = d.find_str_obj(std::rc::Rc::as_ptr(key), s.as_str(), s.hash()) {
                let slot = &mut d.entries[ix].value;
                if slot.is(expect) {
                    return Ok(std::mem::replace(slot, value));
                }
            }
        }
        Err(value)
    }

    /// `set_str` that hands back the value it replaced (dropped by the caller, outside the
    /// borrow).
    pub fn replace_str(&self, key: PyRef, value: Value) -> Option<Value> {
        {
            let mut d = self.data.borrow_mut();
            if let Payload::Str(s) = &key.payload {
                let h = s.hash();
                if let Some(ix) = d.find_str_obj(std::rc::Rc::as_ptr(&key), s.as_str(), h) {
                    Some(std::mem::replace(&mut d.entries[ix].value, value))
                } else {
                    d.push_entry(h, Value::Obj(key), value);
                    None
                }
            } else {
                None
            }
        }
    }

    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let h = crate::hash::hash_str(key);
        let r = {
            let mut d = self.data.borrow_mut();
            d.find_str(key, h).map(|i| d.remove_at(i))
        };
        r.map(|(_, v)| v)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.data.borrow().keys()
    }

    pub fn values(&self) -> Vec<Value> {
        self.data.borrow().values()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.data.borrow().items()
    }

    pub fn clear(&self) {
        let old = self.data.borrow_mut().clear();
        drop(old);
    }

    pub fn copy_data(&self) -> DictData {
        self.data.borrow().copy()
    }

    pub fn version(&self) -> u64 {
        self.data.borrow().version
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_sizes_follow_cpython() {
        assert_eq!(log2_keysize(15), 4);
        assert_eq!(log2_keysize(16), 5);
        assert_eq!(log2_keysize(0), 3);
        assert_eq!(estimate_log2_keysize(6), 4);
        assert_eq!(usable_fraction(8), 5);
        let mut d = DictData::default();
        for i in 0..5 {
            d.push_new(i, Value::Int(i), Value::None);
        }
        assert_eq!((d.log2size, d.usable), (3, 0));
        // Deleting does not free budget; the next insert resizes to hold used * 3.
        d.remove_at(0);
        d.push_new(9, Value::Int(9), Value::None);
        assert_eq!((d.log2size, d.entries.len(), d.len()), (4, 5, 5));
    }
}
