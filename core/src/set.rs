//! `set`/`frozenset` storage: the same open-addressing table, probe sequence and resize policy
//! as CPython's setobject.c, so iteration order (and so printed sets) match CPython.

use crate::object::Value;
use crate::vm::PyResult;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
pub struct SetEntry {
    /// 0 with a Null key: unused; -1 with a Null key: dummy (deleted).
    pub hash: i64,
    pub key: Value,
}

impl SetEntry {
    #[inline]
    fn is_unused(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }
    #[inline]
    fn is_dummy(&self) -> bool {
        self.key.is_null() && self.hash == -1
    }
    #[inline]
    pub fn is_active(&self) -> bool {
        !self.key.is_null()
    }
}

/// Key equality used by the table: a fast path, else Python `__eq__`.
pub trait KeyEq {
    fn key_eq(&mut self, stored: &Value, key: &Value) -> PyResult<bool>;
}

#[derive(Clone)]
pub struct SetData {
    pub table: Vec<SetEntry>,
    pub fill: usize,
    pub used: usize,
    pub finger: usize,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            table: vec![SetEntry::default(); MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Index of the entry equal to `key`, if any.
    pub fn lookup(&self, key: &Value, hash: i64, eq: &mut dyn KeyEq) -> PyResult<Option<usize>> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let e = &self.table[i + j];
                if e.is_unused() {
                    return Ok(None);
                }
                if e.hash == hash && e.is_active() && (e.key.is(key) || eq.key_eq(&e.key, key)?) {
                    return Ok(Some(i + j));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn contains(&self, key: &Value, hash: i64, eq: &mut dyn KeyEq) -> PyResult<bool> {
        Ok(self.lookup(key, hash, eq)?.is_some())
    }

    /// Adds `key`; returns true if it was new.
    pub fn add(&mut self, key: Value, hash: i64, eq: &mut dyn KeyEq) -> PyResult<bool> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let idx = i + j;
                let e = &self.table[idx];
                if e.is_unused() {
                    match freeslot {
                        Some(f) => {
                            self.used += 1;
                            self.table[f] = SetEntry { hash, key };
                        }
                        None => {
                            self.fill += 1;
                            self.used += 1;
                            self.table[idx] = SetEntry { hash, key };
                            if self.fill * 5 >= mask * 3 {
                                let n = if self.used > 50000 {
                                    self.used * 2
                                } else {
                                    self.used * 4
                                };
                                self.resize(n);
                            }
                        }
                    }
                    return Ok(true);
                }
                if e.hash == hash && e.is_active() {
                    if e.key.is(&key) || eq.key_eq(&e.key, &key)? {
                        return Ok(false);
                    }
                } else if e.is_dummy() {
                    // CPython 3.11 keeps the last dummy seen on the probe path.
                    freeslot = Some(idx);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Removes `key`; returns the removed key if it was present.
    pub fn discard(
        &mut self,
        key: &Value,
        hash: i64,
        eq: &mut dyn KeyEq,
    ) -> PyResult<Option<Value>> {
        match self.lookup(key, hash, eq)? {
            Some(i) => {
                let old = std::mem::take(&mut self.table[i].key);
                self.table[i].hash = -1;
                self.used -= 1;
                Ok(Some(old))
            }
            None => Ok(None),
        }
    }

    fn insert_clean(table: &mut [SetEntry], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_null() {
                table[i] = SetEntry { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_null() {
                        table[i + j] = SetEntry { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SetEntry::default(); newsize]);
        self.fill = self.used;
        for e in old {
            if e.is_active() {
                Self::insert_clean(&mut self.table, e.key, e.hash);
            }
        }
    }

    /// Adds all of `other` (CPython's set_merge).
    pub fn merge(&mut self, other: &SetData, eq: &mut dyn KeyEq) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (d, s) in self.table.iter_mut().zip(other.table.iter()) {
                if s.is_active() {
                    *d = s.clone();
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for s in other.table.iter() {
                if s.is_active() {
                    Self::insert_clean(&mut self.table, s.key.clone(), s.hash);
                }
            }
            return Ok(());
        }
        for s in other.table.iter() {
            if s.is_active() {
                self.add(s.key.clone(), s.hash, eq)?;
            }
        }
        Ok(())
    }

    /// Pre-sizes for `n` more keys (as CPython does before adding a dict's keys).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Removes an arbitrary element (CPython's pop order).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !self.table[i].is_active() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let key = std::mem::take(&mut self.table[i].key);
        self.table[i].hash = -1;
        self.used -= 1;
        self.finger = i + 1;
        Some(key)
    }

    /// The next active entry at or after `index`: (next index, key, hash).
    pub fn next_entry(&self, mut index: usize) -> Option<(usize, Value, i64)> {
        while index < self.table.len() {
            let e = &self.table[index];
            if e.is_active() {
                return Some((index + 1, e.key.clone(), e.hash));
            }
            index += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .iter()
            .filter(|e| e.is_active())
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.table
            .iter()
            .filter(|e| e.is_active())
            .map(|e| (e.key.clone(), e.hash))
            .collect()
    }

    /// Empties the set and returns the old body. The pop finger survives (CPython's
    /// set_clear_internal leaves it), so pop order after a clear matches CPython.
    pub fn clear(&mut self) -> SetData {
        let finger = self.finger;
        let old = std::mem::take(self);
        self.finger = finger;
        old
    }

    /// Takes `new`'s table as this set's contents, keeping the pop finger (CPython's
    /// set_swap_bodies, used by `&=` and `set.__init__`, does not swap it).
    pub fn replace_body(&mut self, new: SetData) {
        let finger = self.finger;
        *self = new;
        self.finger = finger;
    }

    /// A copy laid out as CPython's `set.copy()` lays it out.
    pub fn copy(&self, eq: &mut dyn KeyEq) -> PyResult<SetData> {
        let mut s = SetData::new();
        s.merge(self, eq)?;
        Ok(s)
    }
}
