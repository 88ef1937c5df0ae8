//! `dict` storage: insertion-ordered entries plus an open-addressing index (built only once
//! a dict outgrows a linear scan). Key comparison that needs Python `__eq__` happens with the
//! table unborrowed, and the lookup restarts if the dict changed meanwhile.

use std::cell::RefCell;

use crate::object::{Payload, PyRef, Value};
use crate::vm::{PyResult, Vm};

const SMALL: usize = 8;
const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// A process-wide counter: every dict mutation takes a fresh value, so (dict, version) pairs
/// never repeat even when a dict's memory is reused (lookup caches rely on this).
static VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

#[inline]
pub fn next_version() -> u64 {
    VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Default, Clone)]
pub struct DictData {
    pub entries: Vec<Entry>,
    indices: Vec<u32>,
    used: usize,
    /// Bumped on every insertion of a new key or deletion (for iteration and lookup checks).
    pub version: u64,
}

/// The payload of `dict` objects.
pub struct PyDict {
    pub data: RefCell<DictData>,
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
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
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => bool_eq(*x == *y as i64),
        (Value::Bool(x), Value::Bool(y)) => bool_eq(x == y),
        (Value::Float(x), Value::Float(y)) => bool_eq(x == y),
        (Value::Float(x), Value::Int(y)) | (Value::Int(y), Value::Float(x)) => bool_eq(crate::ops::float_int_eq(*x, *y)),
        (Value::Float(x), Value::Bool(y)) | (Value::Bool(y), Value::Float(x)) => bool_eq(*x == *y as i64 as f64),
        (Value::None, Value::None) => Equal,
        (Value::None, _) | (_, Value::None) => {
            if matches!(a, Value::Obj(_)) || matches!(b, Value::Obj(_)) {
                NeedsPython
            } else {
                NotEqual
            }
        }
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) if crate::types::is_exact_str(x) && crate::types::is_exact_str(y) => {
                bool_eq(s.as_str() == t.as_str())
            }
            (Payload::Int(s), Payload::Int(t)) if crate::types::is_exact_int(x) && crate::types::is_exact_int(y) => {
                bool_eq(s == t)
            }
            (Payload::Str(_), Payload::Int(_) | Payload::Tuple(_)) | (Payload::Int(_) | Payload::Tuple(_), Payload::Str(_))
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

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn probe(&self, key: &Value, hash: i64, mut pr: Probe) -> Found {
        if self.indices.is_empty() {
            let start = if pr.started { pr.slot + 1 } else { 0 };
            for i in start..self.entries.len() {
                let e = &self.entries[i];
                if e.hash == hash && !e.key.is_null() {
                    match fast_eq(&e.key, key) {
                        FastEq::Equal => return Found::At(i),
                        FastEq::NotEqual => {}
                        FastEq::NeedsPython => {
                            return Found::Check(i, e.key.clone(), Probe { slot: i, perturb: 0, started: true })
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
            pr.slot = (pr.slot.wrapping_mul(5).wrapping_add(pr.perturb as usize).wrapping_add(1)) & mask;
        }
        loop {
            let ix = self.indices[pr.slot];
            if ix == EMPTY {
                return Found::Missing;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        FastEq::Equal => return Found::At(ix as usize),
                        FastEq::NotEqual => {}
                        FastEq::NeedsPython => return Found::Check(ix as usize, e.key.clone(), pr),
                    }
                }
            }
            pr.perturb >>= 5;
            pr.slot = (pr.slot.wrapping_mul(5).wrapping_add(pr.perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Finds a str key without Python calls (attribute dicts).
    pub fn find_str(&self, key: &str, hash: i64) -> Option<usize> {
        let matches = |e: &Entry| e.hash == hash && e.key.as_rust_str() == Some(key);
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
            slot = (slot.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
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
            slot = (slot.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
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
            slot = (slot.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    fn rebuild(&mut self) {
        if self.used < self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
        }
        if self.entries.len() < SMALL && self.entries.capacity() <= SMALL * 2 {
            self.indices = Vec::new();
            return;
        }
        let mut size = 16;
        while size * 2 < (self.entries.len() + 1) * 3 {
            size *= 2;
        }
        self.indices.clear();
        self.indices.resize(size, EMPTY);
        for i in 0..self.entries.len() {
            let h = self.entries[i].hash;
            self.insert_index(h, i);
        }
    }

    fn push_entry(&mut self, hash: i64, key: Value, value: Value) {
        let ix = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version = next_version();
        if self.indices.is_empty() {
            if self.entries.len() > SMALL {
                self.rebuild();
            }
        } else if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.rebuild();
        } else {
            self.insert_index(hash, ix);
        }
    }

    fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let hash = self.entries[ix].hash;
        self.remove_index(hash, ix);
        let e = &mut self.entries[ix];
        let k = std::mem::take(&mut e.key);
        let v = std::mem::take(&mut e.value);
        self.used -= 1;
        self.version = next_version();
        // Trailing deleted entries can simply go.
        while matches!(self.entries.last(), Some(e) if e.key.is_null()) && self.indices.is_empty() {
            self.entries.pop();
        }
        if self.used * 2 < self.entries.len() && self.entries.len() > SMALL {
            self.rebuild();
        }
        (k, v)
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
            self.version = next_version();
            return;
        }
        self.push_entry(h, Value::Obj(key), value);
    }

    pub fn get_str(&self, key: &str, hash: i64) -> Option<Value> {
        self.find_str(key, hash).map(|i| self.entries[i].value.clone())
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
        self.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.entries.iter().filter(|e| !e.key.is_null()).map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    pub fn clear(&mut self) -> DictData {
        let old = std::mem::take(self);
        self.version = next_version();
        old
    }

    /// Removes and returns the last item (popitem order).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().rposition(|e| !e.key.is_null())?;
        Some(self.remove_at(ix))
    }

    /// Inserts without checking for an existing equal key (caller knows it is new).
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.push_entry(hash, key, value);
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict { data: RefCell::new(DictData { version: next_version(), ..DictData::default() }) }
    }

    pub fn with_capacity(n: usize) -> PyDict {
        PyDict {
            data: RefCell::new(DictData { version: next_version(), entries: Vec::with_capacity(n), ..DictData::default() }),
        }
    }

    pub fn from_data(mut d: DictData) -> PyDict {
        d.version = next_version();
        PyDict { data: RefCell::new(d) }
    }

    /// Finds an interned str key: pointer comparison first, then text.
    #[inline]
    pub fn find_interned(&self, key: &PyRef) -> Option<(usize, u64)> {
        let d = self.data.borrow();
        let Payload::Str(s) = &key.payload else { return None };
        let h = s.hash();
        if d.indices.is_empty() {
            for (i, e) in d.entries.iter().enumerate() {
                if let Value::Obj(k) = &e.key {
                    if std::rc::Rc::ptr_eq(k, key) || (e.hash == h && k.payload_str() == s.as_str()) {
                        return Some((i, d.version));
                    }
                }
            }
            return None;
        }
        d.find_str(s.as_str(), h).map(|i| (i, d.version))
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

    pub fn len(&self) -> usize {
        self.data.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds the entry index of `key`, calling `__eq__` where needed.
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let mut pr = Probe { slot: 0, perturb: 0, started: false };
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
                    if d.version != version || d.entries.get(i).map(|e| !e.key.is(&cand)).unwrap_or(true) {
                        // Mutated during comparison: start over, as CPython does.
                        pr = Probe { slot: 0, perturb: 0, started: false };
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

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, h: i64) -> PyResult<Option<Value>> {
        if let Some(s) = key.as_str() {
            if let Value::Obj(o) = key {
                if crate::types::is_exact_str(o) {
                    return Ok(self.data.borrow().get_str(s.as_str(), h));
                }
            }
        }
        Ok(self.find(vm, key, h)?.map(|i| self.data.borrow().entries[i].value.clone()))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let h = vm.hash(&key)?;
        self.set_hashed(vm, key, h, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, h: i64, value: Value) -> PyResult<()> {
        match self.find(vm, &key, h)? {
            Some(i) => {
                let old = {
                    let mut d = self.data.borrow_mut();
                    d.version = next_version();
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

    pub fn get_str(&self, key: &PyRef) -> Option<Value> {
        let d = self.data.borrow();
        let Payload::Str(s) = &key.payload else { return None };
        if d.indices.is_empty() {
            let h = s.hash();
            for e in d.entries.iter() {
                if let Value::Obj(k) = &e.key {
                    if std::rc::Rc::ptr_eq(k, key) || (e.hash == h && k.payload_str() == s.as_str()) {
                        return Some(e.value.clone());
                    }
                }
            }
            return None;
        }
        d.get_str(s.as_str(), s.hash())
    }

    pub fn get_rust_str(&self, key: &str) -> Option<Value> {
        self.data.borrow().get_str(key, crate::hash::hash_str(key))
    }

    pub fn set_str(&self, key: PyRef, value: Value) {
        let old = {
            let mut d = self.data.borrow_mut();
            if let Payload::Str(s) = &key.payload {
                let h = s.hash();
                if let Some(ix) = d.find_str(s.as_str(), h) {
                    d.version = next_version();
                    Some(std::mem::replace(&mut d.entries[ix].value, value))
                } else {
                    d.push_entry(h, Value::Obj(key), value);
                    None
                }
            } else {
                None
            }
        };
        drop(old);
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
        let d = self.data.borrow();
        let mut c = DictData::default();
        for e in d.entries.iter().filter(|e| !e.key.is_null()) {
            c.push_entry(e.hash, e.key.clone(), e.value.clone());
        }
        c
    }

    pub fn version(&self) -> u64 {
        self.data.borrow().version
    }
}
