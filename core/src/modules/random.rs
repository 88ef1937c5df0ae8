//! The `_random` module: the Mersenne Twister (MT19937) behind `random.Random`, seeded and
//! drawn exactly as CPython 3.11 does, so the same seed gives the same numbers. The rest of
//! `random` is Python (`modules/py/random.py`).

use std::cell::{Cell, RefCell};

use num_bigint::{BigInt, BigUint, Sign};

use crate::modules::itertools::{native, new_cls, new_native};
use crate::object::*;
use crate::objects::{intobj, moduleobj, tupleobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{PyResult, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// Fills the `_random` namespace.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    moduleobj::module_set(m, "Random", Value::Obj(random_type()));
    Ok(())
}

thread_local! {
    static RANDOM_TYPE: PyRef =
        types::new_builtin_type("Random", "_random", None, BaseKind::Internal, METHODS, true);
}

/// The `_random.Random` type.
pub fn random_type() -> PyRef {
    RANDOM_TYPE.with(|t| t.clone())
}

static METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", random_new),
    MethodDef::method("__init__", random_init),
    MethodDef::method("random", random_random),
    MethodDef::method("seed", random_seed),
    MethodDef::method("getstate", random_getstate),
    MethodDef::method("setstate", random_setstate),
    MethodDef::method("getrandbits", random_getrandbits),
];

/// The generator state: 624 words and the position of the next one to temper.
pub struct Mt {
    state: RefCell<[u32; N]>,
    index: Cell<usize>,
}

impl NativeObject for Mt {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Mt {
    fn new() -> Mt {
        Mt {
            state: RefCell::new([0; N]),
            index: Cell::new(0),
        }
    }

    fn init_genrand(&self, s: u32) {
        let mut mt = self.state.borrow_mut();
        mt[0] = s;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index.set(N);
    }

    /// Seeds from an array of 32-bit words (the reference `init_by_array`).
    fn init_by_array(&self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mut mt = self.state.borrow_mut();
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(klen) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// The next tempered 32-bit output.
    pub fn next_u32(&self) -> u32 {
        let mut mt = self.state.borrow_mut();
        let mut idx = self.index.get();
        if idx >= N {
            let mag = |y: u32| if y & 1 != 0 { MATRIX_A } else { 0 };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            idx = 0;
        }
        let mut y = mt[idx];
        self.index.set(idx + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// A float in [0, 1) with 53 random bits.
    pub fn next_f64(&self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "Random")?;
    let base = random_type();
    if std::rc::Rc::ptr_eq(&cls, &base) && args.has_kw() {
        return Err(vm.new_type_error("Random() takes no keyword arguments"));
    }
    let v = new_native(&cls, Mt::new());
    if let Value::Obj(o) = &v {
        if types::is_heap_class(&cls) {
            vm.ensure_dict(o);
        }
    }
    Ok(v)
}

fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Mt> {
    match args.pos.first().and_then(native::<Mt>) {
        Some(m) => Ok(m),
        None => Err(vm.new_type_error(format!(
            "descriptor '{}' for '_random.Random' objects doesn't apply to a '{}' object",
            name,
            args.pos.first().map(types::type_name).unwrap_or_default()
        ))),
    }
}

fn random_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(vm, &args, "__init__")?;
    let cls = args.pos.first().map(types::class_of);
    let exact = cls.is_some_and(|c| std::rc::Rc::ptr_eq(&c, &random_type()));
    if exact && args.has_kw() {
        return Err(vm.new_type_error("Random() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.new_type_error("Random() requires 0 or 1 argument"));
    }
    seed_with(vm, mt, args.pos.get(1))?;
    Ok(Value::None)
}

fn random_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(vm, &args, "random")?;
    check_count(vm, &args, "Random.random", 0)?;
    Ok(Value::Float(mt.next_f64()))
}

fn random_seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(vm, &args, "seed")?;
    args.no_kw(vm, "Random.seed")?;
    if args.pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "seed expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    seed_with(vm, mt, args.pos.get(1))?;
    Ok(Value::None)
}

/// CPython's `random_seed`: None draws from the OS, an int seeds with the 32-bit words of
/// its absolute value, anything else with its hash taken as an unsigned machine word.
fn seed_with(vm: &mut Vm, mt: &Mt, arg: Option<&Value>) -> PyResult<()> {
    let magnitude: BigUint = match arg {
        None | Some(Value::None) => {
            let mut buf = [0u8; N * 4];
            if let Err(e) = crate::modules::os::fill_random(&mut buf) {
                return Err(crate::modules::os::io_error(vm, &e, None));
            }
            let key: Vec<u32> = buf
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            mt.init_by_array(&key);
            return Ok(());
        }
        Some(v) if intobj::is_int(v) => match intobj::to_bigint(v) {
            Some(b) => b.magnitude().clone(),
            None => BigUint::default(),
        },
        Some(v) => BigUint::from(vm.hash(v)? as u64),
    };
    let mut key = magnitude.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    mt.init_by_array(&key);
    Ok(())
}

fn random_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(vm, &args, "getstate")?;
    check_count(vm, &args, "Random.getstate", 0)?;
    let mut items: Vec<Value> = mt
        .state
        .borrow()
        .iter()
        .map(|&w| Value::Int(w as i64))
        .collect();
    items.push(Value::Int(mt.index.get() as i64));
    Ok(tupleobj::new_tuple(items))
}

fn random_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(vm, &args, "setstate")?;
    check_count(vm, &args, "Random.setstate", 1)?;
    let st = &args.pos[1];
    if !types::isinstance(st, &types().tuple) {
        return Err(vm.new_type_error("state vector must be a tuple"));
    }
    let items = tupleobj::tuple_items(st)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    if items.len() != N + 1 {
        return Err(vm.new_value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(&items) {
        *w = unsigned_long(vm, v)? as u32;
    }
    let index = match intobj::to_i64(&items[N]) {
        Some(i) if intobj::is_int(&items[N]) => i,
        _ if intobj::is_int(&items[N]) => -1,
        _ => return Err(vm.new_type_error("an integer is required")),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.new_value_error("invalid state"));
    }
    *mt.state.borrow_mut() = words;
    mt.index.set(index as usize);
    Ok(Value::None)
}

/// `PyLong_AsUnsignedLong` with its error messages.
fn unsigned_long(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    if !intobj::is_int(v) {
        return Err(vm.new_type_error("an integer is required"));
    }
    let b = intobj::to_bigint(v).unwrap_or_default();
    if b.sign() == Sign::Minus {
        return Err(vm.new_overflow_error("can't convert negative value to unsigned int"));
    }
    let digits = b.magnitude().to_u64_digits();
    match digits.as_slice() {
        [] => Ok(0),
        [d] => Ok(*d),
        _ => Err(vm.new_overflow_error("Python int too large to convert to C unsigned long")),
    }
}

fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(vm, &args, "getrandbits")?;
    check_count(vm, &args, "Random.getrandbits", 1)?;
    let kv = &args.pos[1];
    let k = match vm.index(kv)? {
        Value::Int(k) if k <= i32::MAX as i64 && k >= i32::MIN as i64 => k,
        Value::Int(k) if k < 0 => {
            return Err(vm.new_overflow_error("Python int too large to convert to C int"))
        }
        _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
    };
    if k < 0 {
        return Err(vm.new_value_error("number of bits must be non-negative"));
    }
    getrandbits(vm, mt, k as u64)
}

/// `k` random bits as an int, drawn 32 at a time, least significant word first.
pub fn getrandbits(vm: &mut Vm, mt: &Mt, k: u64) -> PyResult<Value> {
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        return Ok(Value::Int((mt.next_u32() >> (32 - k)) as i64));
    }
    vm.check_alloc(usize::try_from(k / 8).unwrap_or(usize::MAX))?;
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left = left.saturating_sub(32);
    }
    Ok(intobj::int_from_bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::new(out),
    )))
}

/// The fixed-arity check of CPython's METH_NOARGS / METH_O methods (`args` includes self).
fn check_count(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    args.no_kw(vm, name)?;
    let got = args.pos.len().saturating_sub(1);
    if got == n {
        return Ok(());
    }
    Err(vm.new_type_error(if n == 0 {
        format!("{}() takes no arguments ({} given)", name, got)
    } else {
        format!("{}() takes exactly one argument ({} given)", name, got)
    }))
}
