//! The `_sha512` module: SHA-512 and SHA-384 (FIPS 180-4) hash objects, used by `random.seed`
//! for str and bytes seeds.

use std::cell::RefCell;

use crate::modules::itertools::{native, new_native};
use crate::modules::native as nat;
use crate::object::*;
use crate::objects::{bytesobj, funcobj, moduleobj, strobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::ArgSpec;
use crate::vm::{PyResult, Vm};

/// Round constants: the first 64 bits of the fractional parts of the cube roots of the
/// first 80 primes.
const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// SHA-512 initial value: square roots of the first 8 primes.
const IV512: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

/// SHA-384 initial value: square roots of the 9th to 16th primes.
const IV384: [u64; 8] = [
    0xcbbb9d5dc1059ed8,
    0x629a292a367cd507,
    0x9159015a3070dd17,
    0x152fecd8f70e5939,
    0x67332667ffc00b31,
    0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7,
    0x47b5481dbefa4fa4,
];

/// A running SHA-512 computation.
#[derive(Clone)]
pub struct Sha512 {
    h: [u64; 8],
    buf: Vec<u8>,
    len: u128,
}

impl Sha512 {
    pub fn new() -> Sha512 {
        Sha512::with_iv(IV512)
    }

    /// A running SHA-384 (SHA-512 with another initial value; take 48 bytes of the digest).
    pub fn new384() -> Sha512 {
        Sha512::with_iv(IV384)
    }

    fn with_iv(h: [u64; 8]) -> Sha512 {
        Sha512 {
            h,
            buf: Vec::with_capacity(128),
            len: 0,
        }
    }

    pub fn update(&mut self, mut data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u128);
        if !self.buf.is_empty() {
            let take = (128 - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.buf.len() < 128 {
                return;
            }
            let block = std::mem::take(&mut self.buf);
            self.compress(&block);
        }
        let mut chunks = data.chunks_exact(128);
        for block in &mut chunks {
            self.compress(block);
        }
        self.buf.extend_from_slice(chunks.remainder());
    }

    /// The 64-byte digest (the state itself is left as it is).
    pub fn finish(&self) -> [u8; 64] {
        let mut s = self.clone();
        let bits = s.len.wrapping_mul(8);
        let mut pad = vec![0x80u8];
        let used = (s.buf.len() + 1) % 128;
        let zeros = if used <= 112 { 112 - used } else { 240 - used };
        pad.extend(std::iter::repeat_n(0, zeros));
        pad.extend_from_slice(&bits.to_be_bytes());
        let len = s.len;
        s.update(&pad);
        s.len = len;
        let mut out = [0u8; 64];
        for (o, w) in out.chunks_exact_mut(8).zip(s.h.iter()) {
            o.copy_from_slice(&w.to_be_bytes());
        }
        out
    }

    fn compress(&mut self, block: &[u8]) {
        let mut w = [0u64; 80];
        for (wi, c) in w.iter_mut().zip(block.chunks_exact(8)) {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            *wi = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = self.h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in self.h.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *x = x.wrapping_add(y);
        }
    }
}

impl Default for Sha512 {
    fn default() -> Self {
        Sha512::new()
    }
}

/// The SHA-512 digest of `data`.
pub fn sha512_digest(data: &[u8]) -> [u8; 64] {
    let mut s = Sha512::new();
    s.update(data);
    s.finish()
}

/// A hash object of the module: the running state and whether it is SHA-384.
struct HashObj {
    state: RefCell<Sha512>,
    is384: bool,
}

impl NativeObject for HashObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl HashObj {
    fn digest(&self) -> Vec<u8> {
        let d = self.state.borrow().finish();
        d[..if self.is384 { 48 } else { 64 }].to_vec()
    }
}

thread_local! {
    static SHA512_TYPE: PyRef =
        types::new_builtin_type("sha512", "_sha512", None, BaseKind::Internal, HASH_METHODS, false);
    static SHA384_TYPE: PyRef =
        types::new_builtin_type("sha384", "_sha512", None, BaseKind::Internal, HASH_METHODS, false);
}

/// Fills the `_sha512` namespace.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    moduleobj::module_set(
        m,
        "sha512",
        funcobj::new_native("sha512", new_sha512, Some("_sha512"), 0),
    );
    moduleobj::module_set(
        m,
        "sha384",
        funcobj::new_native("sha384", new_sha384, Some("_sha512"), 0),
    );
    moduleobj::module_set(m, "SHA512Type", Value::Obj(SHA512_TYPE.with(|t| t.clone())));
    moduleobj::module_set(m, "SHA384Type", Value::Obj(SHA384_TYPE.with(|t| t.clone())));
    Ok(())
}

static HASH_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", hash_no_new),
    MethodDef::method("update", hash_update),
    MethodDef::method("digest", hash_digest),
    MethodDef::method("hexdigest", hash_hexdigest),
    MethodDef::method("copy", hash_copy),
    MethodDef::getter("name", hash_name),
    MethodDef::getter("digest_size", hash_digest_size),
    MethodDef::getter("block_size", hash_block_size),
];

fn new_sha512(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_hash(vm, args, false)
}

fn new_sha384(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_hash(vm, args, true)
}

fn make_hash(vm: &mut Vm, args: Args, is384: bool) -> PyResult<Value> {
    let name = if is384 { "sha384" } else { "sha512" };
    let a = args.bind(
        vm,
        &ArgSpec {
            name,
            params: &["string", "usedforsecurity"],
            required: 0,
            posonly: 0,
            kwonly: 1,
        },
    )?;
    let mut st = Sha512::with_iv(if is384 { IV384 } else { IV512 });
    if let Some(data) = &a[0] {
        let bytes = data_bytes(vm, data)?;
        st.update(&bytes);
    }
    let cls = if is384 {
        SHA384_TYPE.with(|t| t.clone())
    } else {
        SHA512_TYPE.with(|t| t.clone())
    };
    Ok(new_native(
        &cls,
        HashObj {
            state: RefCell::new(st),
            is384,
        },
    ))
}

/// The bytes to hash, with hashlib's errors for str and non-buffer objects.
fn data_bytes(vm: &mut Vm, data: &Value) -> PyResult<Vec<u8>> {
    if types::isinstance(data, &types().str_) {
        return Err(vm.new_type_error("Strings must be encoded before hashing"));
    }
    if let Some(b) = crate::objects::memoryview::view_bytes(data) {
        return Ok(b);
    }
    match nat::with_buffer(data, |b| b.to_vec()) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error("object supporting the buffer API required")),
    }
}

fn this<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a HashObj> {
    match args.pos.first().and_then(native::<HashObj>) {
        Some(h) => Ok(h),
        None => Err(vm.new_type_error("descriptor requires a '_sha512.sha512' object")),
    }
}

fn hash_no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Obj(c)) => types::type_data(c).map(|t| t.name()).unwrap_or_default(),
        _ => "sha512".to_string(),
    };
    Err(vm.new_type_error(format!("cannot create '_sha512.{}' instances", name)))
}

fn method_name(h: &HashObj, m: &str) -> String {
    format!("{}.{}", if h.is384 { "sha384" } else { "sha512" }, m)
}

fn hash_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args)?;
    let n = method_name(h, "update");
    args.no_kw(vm, &n)?;
    if args.pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{}() takes exactly one argument ({} given)",
            n,
            args.pos.len().saturating_sub(1)
        )));
    }
    let bytes = data_bytes(vm, &args.pos[1])?;
    h.state.borrow_mut().update(&bytes);
    Ok(Value::None)
}

fn no_args(vm: &mut Vm, args: &Args, h: &HashObj, m: &str) -> PyResult<()> {
    let n = method_name(h, m);
    args.no_kw(vm, &n)?;
    if args.pos.len() != 1 {
        return Err(vm.new_type_error(format!(
            "{}() takes no arguments ({} given)",
            n,
            args.pos.len() - 1
        )));
    }
    Ok(())
}

fn hash_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args)?;
    no_args(vm, &args, h, "digest")?;
    Ok(bytesobj::new_bytes(h.digest()))
}

fn hash_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args)?;
    no_args(vm, &args, h, "hexdigest")?;
    let hex: String = h.digest().iter().map(|b| format!("{:02x}", b)).collect();
    Ok(strobj::new_str(hex))
}

fn hash_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args)?;
    no_args(vm, &args, h, "copy")?;
    let cls = types::class_of(&args.pos[0]);
    Ok(new_native(
        &cls,
        HashObj {
            state: RefCell::new(h.state.borrow().clone()),
            is384: h.is384,
        },
    ))
}

fn hash_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let h = this(vm, &Args::new(std::slice::from_ref(v)))?;
    Ok(strobj::new_str(
        if h.is384 { "sha384" } else { "sha512" }.to_string(),
    ))
}

fn hash_digest_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let h = this(vm, &Args::new(std::slice::from_ref(v)))?;
    Ok(Value::Int(if h.is384 { 48 } else { 64 }))
}

fn hash_block_size(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(128))
}
