//! The `_hashlib` module under the frozen `hashlib`: hash objects (`_hashlib.HASH`,
//! `_hashlib.HASHXOF`, `_blake2.blake2b`, `_blake2.blake2s`) over `digests.rs`, `new`,
//! `pbkdf2_hmac`, `compare_digest` and `hmac_digest`.

use std::cell::RefCell;

use crate::modules::binascii::{buffer_of, to_hex};
use crate::modules::digests::{self, Blake2Params, Blake2b, Blake2s, Hasher};
use crate::modules::itertools::{native, new_native};
use crate::modules::native as nat;
use crate::object::*;
use crate::objects::{bytesobj, funcobj, moduleobj, strobj};
use crate::types::{self, types, BaseKind, MethodDef};
use crate::vm::{ArgSpec, PyErr, PyResult, Vm};

/// A hash object: the running state.
struct HashObj {
    state: RefCell<Hasher>,
}

impl NativeObject for HashObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    static HASH_TYPE: PyRef =
        types::new_builtin_type("HASH", "_hashlib", None, BaseKind::Internal, HASH_METHODS, false);
    static XOF_TYPE: PyRef =
        types::new_builtin_type("HASHXOF", "_hashlib", None, BaseKind::Internal, XOF_METHODS, false);
    static BLAKE2B_TYPE: PyRef = blake_type("blake2b", 64, 16);
    static BLAKE2S_TYPE: PyRef = blake_type("blake2s", 32, 8);
    static UNSUPPORTED: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

fn blake_type(name: &str, max: i64, salt: i64) -> PyRef {
    let t = types::new_builtin_type(
        name,
        "_blake2",
        None,
        BaseKind::Internal,
        BLAKE_METHODS,
        false,
    );
    if let Some(td) = types::type_data(&t) {
        for (k, v) in [
            ("SALT_SIZE", salt),
            ("PERSON_SIZE", salt),
            ("MAX_KEY_SIZE", max),
            ("MAX_DIGEST_SIZE", max),
        ] {
            td.dict().set_str(types::intern(k), Value::Int(v));
        }
    }
    t
}

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("openssl_md5", openssl_md5),
    ("openssl_sha1", openssl_sha1),
    ("openssl_sha224", openssl_sha224),
    ("openssl_sha256", openssl_sha256),
    ("openssl_sha384", openssl_sha384),
    ("openssl_sha512", openssl_sha512),
    ("openssl_sha3_224", openssl_sha3_224),
    ("openssl_sha3_256", openssl_sha3_256),
    ("openssl_sha3_384", openssl_sha3_384),
    ("openssl_sha3_512", openssl_sha3_512),
    ("openssl_shake_128", openssl_shake_128),
    ("openssl_shake_256", openssl_shake_256),
    ("new", hash_new),
    ("pbkdf2_hmac", pbkdf2_hmac),
    ("hmac_digest", hmac_digest),
    ("compare_digest", compare_digest),
];

/// Fills the `_hashlib` namespace.
pub fn init_module(vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let unsup = nat::make_class(
        vm,
        "UnsupportedDigestmodError",
        "_hashlib",
        &[types().exc.value_error.clone()],
    )?;
    UNSUPPORTED.with(|u| *u.borrow_mut() = Some(unsup.clone()));
    moduleobj::module_set(m, "UnsupportedDigestmodError", Value::Obj(unsup));
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("_hashlib"), 0));
    }
    moduleobj::module_set(m, "HASH", Value::Obj(HASH_TYPE.with(|t| t.clone())));
    moduleobj::module_set(m, "HASHXOF", Value::Obj(XOF_TYPE.with(|t| t.clone())));
    moduleobj::module_set(m, "blake2b", Value::Obj(BLAKE2B_TYPE.with(|t| t.clone())));
    moduleobj::module_set(m, "blake2s", Value::Obj(BLAKE2S_TYPE.with(|t| t.clone())));
    Ok(())
}

fn unsupported(vm: &mut Vm) -> PyErr {
    let cls = UNSUPPORTED
        .with(|u| u.borrow().clone())
        .unwrap_or_else(|| types().exc.value_error.clone());
    vm.new_exception_msg(&cls, "[digital envelope routines] unsupported")
}

/// The bytes to hash, with hashlib's errors for str and non-buffer objects.
fn data_bytes(vm: &mut Vm, data: &Value) -> PyResult<Vec<u8>> {
    if types::isinstance(data, &types().str_) {
        return Err(vm.new_type_error("Strings must be encoded before hashing"));
    }
    match buffer_of(data) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error("object supporting the buffer API required")),
    }
}

/// Wraps a hasher in the Python type of its kind.
fn wrap(h: Hasher) -> Value {
    let cls = match &h {
        Hasher::Blake2b(_) => BLAKE2B_TYPE.with(|t| t.clone()),
        Hasher::Blake2s(_) => BLAKE2S_TYPE.with(|t| t.clone()),
        _ if h.is_xof() => XOF_TYPE.with(|t| t.clone()),
        _ => HASH_TYPE.with(|t| t.clone()),
    };
    new_native(
        &cls,
        HashObj {
            state: RefCell::new(h),
        },
    )
}

fn construct(vm: &mut Vm, args: Args, fname: &'static str, algo: &str) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: fname,
            params: &["string", "usedforsecurity"],
            required: 0,
            posonly: 0,
            kwonly: 1,
        },
    )?;
    let mut h = Hasher::by_name(algo).ok_or_else(|| unsupported(vm))?;
    if let Some(d) = &a[0] {
        let b = data_bytes(vm, d)?;
        h.update(&b);
    }
    Ok(wrap(h))
}

macro_rules! constructors {
    ($($f:ident => $algo:literal),*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            construct(vm, args, stringify!($f), $algo)
        })*
    };
}

constructors!(
    openssl_md5 => "md5",
    openssl_sha1 => "sha1",
    openssl_sha224 => "sha224",
    openssl_sha256 => "sha256",
    openssl_sha384 => "sha384",
    openssl_sha512 => "sha512",
    openssl_sha3_224 => "sha3_224",
    openssl_sha3_256 => "sha3_256",
    openssl_sha3_384 => "sha3_384",
    openssl_sha3_512 => "sha3_512",
    openssl_shake_128 => "shake_128",
    openssl_shake_256 => "shake_256"
);

/// The hashlib name for a digest name as OpenSSL accepts it ('SHA256', 'sha-256', 'SHA3-256').
fn canonical(name: &str) -> Option<&'static str> {
    let low = name.to_ascii_lowercase();
    let tries = [low.clone(), low.replace('-', ""), low.replace('-', "_")];
    tries
        .iter()
        .find_map(|t| digests::NAMES.iter().find(|n| **n == t.as_str()).copied())
}

fn hash_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "new",
            params: &["name", "string", "usedforsecurity"],
            required: 1,
            posonly: 0,
            kwonly: 1,
        },
    )?;
    let name = match a[0].as_ref().and_then(|v| v.as_rust_str()) {
        Some(s) => s.to_string(),
        None => return Err(vm.new_type_error("name must be a string")),
    };
    let mut h = canonical(&name)
        .and_then(Hasher::by_name)
        .ok_or_else(|| unsupported(vm))?;
    if let Some(d) = &a[1] {
        let b = data_bytes(vm, d)?;
        h.update(&b);
    }
    Ok(wrap(h))
}

fn this<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a HashObj> {
    match v.and_then(native::<HashObj>) {
        Some(h) => Ok(h),
        None => Err(vm.new_type_error("descriptor requires a '_hashlib.HASH' object")),
    }
}

/// The Python-visible name of a hash object's class, for messages ('HASH', 'blake2b').
fn cls_label(v: &Value) -> String {
    types::type_data(&types::class_of(v))
        .map(|t| t.name())
        .unwrap_or_default()
}

static HASH_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", hash_no_new),
    MethodDef::method("__repr__", hash_repr),
    MethodDef::method("update", hash_update),
    MethodDef::method("digest", hash_digest),
    MethodDef::method("hexdigest", hash_hexdigest),
    MethodDef::method("copy", hash_copy),
    MethodDef::getter("name", hash_name),
    MethodDef::getter("digest_size", hash_digest_size),
    MethodDef::getter("block_size", hash_block_size),
];

static XOF_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", hash_no_new),
    MethodDef::method("__repr__", hash_repr),
    MethodDef::method("update", hash_update),
    MethodDef::method("digest", xof_digest),
    MethodDef::method("hexdigest", xof_hexdigest),
    MethodDef::method("copy", hash_copy),
    MethodDef::getter("name", hash_name),
    MethodDef::getter("digest_size", hash_digest_size),
    MethodDef::getter("block_size", hash_block_size),
];

static BLAKE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", blake_new),
    MethodDef::method("update", hash_update),
    MethodDef::method("digest", hash_digest),
    MethodDef::method("hexdigest", hash_hexdigest),
    MethodDef::method("copy", hash_copy),
    MethodDef::getter("name", hash_name),
    MethodDef::getter("digest_size", hash_digest_size),
    MethodDef::getter("block_size", hash_block_size),
];

fn hash_no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Obj(c)) => types::type_data(c).map(|t| t.name()).unwrap_or_default(),
        _ => "HASH".to_string(),
    };
    Err(vm.new_type_error(format!("cannot create '_hashlib.{}' instances", name)))
}

fn hash_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, args.pos.first())?;
    let name = h.state.borrow().name();
    let id = args.pos.first().map(|v| v.id()).unwrap_or(0);
    Ok(strobj::new_str(format!(
        "<{} _hashlib.{} object @ {:#x}>",
        name,
        cls_label(&args.pos[0]),
        id
    )))
}

fn method_name(args: &Args, m: &str) -> String {
    let cls = args.pos.first().map(cls_label).unwrap_or_default();
    if cls == "HASH" || cls == "HASHXOF" {
        format!("{}.{}", cls, m)
    } else {
        m.to_string()
    }
}

fn hash_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, args.pos.first())?;
    let n = method_name(&args, "update");
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

fn no_args(vm: &mut Vm, args: &Args, m: &str) -> PyResult<()> {
    let n = method_name(args, m);
    args.no_kw(vm, &n)?;
    if args.pos.len() != 1 {
        return Err(vm.new_type_error(format!(
            "{}() takes no arguments ({} given)",
            n,
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn hash_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, args.pos.first())?;
    no_args(vm, &args, "digest")?;
    let d = h.state.borrow().finish(0);
    Ok(bytesobj::new_bytes(d))
}

fn hash_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, args.pos.first())?;
    no_args(vm, &args, "hexdigest")?;
    let d = h.state.borrow().finish(0);
    Ok(hex_str(&d))
}

fn hex_str(d: &[u8]) -> Value {
    strobj::new_str(String::from_utf8_lossy(&to_hex(d, None, 0)).into_owned())
}

/// The `length` argument of a SHAKE digest.
fn xof_len(vm: &mut Vm, args: &Args, name: &'static str) -> PyResult<usize> {
    let rest = Args::with_kw(args.pos.get(1..).unwrap_or(&[]), args.kwnames, args.kwvals);
    let a = rest.bind(
        vm,
        &ArgSpec {
            name,
            params: &["length"],
            required: 1,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let n = nat::arg_i64(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    if n < 0 {
        let cls = types().exc.system_error.clone();
        return Err(vm.new_exception_msg(&cls, "Negative size passed to PyBytes_FromStringAndSize"));
    }
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.new_memory_error());
    };
    vm.check_alloc(n)?;
    Ok(n)
}

fn xof_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, args.pos.first())?;
    let n = xof_len(vm, &args, "digest")?;
    let d = h.state.borrow().finish(n);
    Ok(bytesobj::new_bytes(d))
}

fn xof_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, args.pos.first())?;
    let n = xof_len(vm, &args, "hexdigest")?;
    let d = h.state.borrow().finish(n);
    Ok(hex_str(&d))
}

fn hash_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, args.pos.first())?;
    no_args(vm, &args, "copy")?;
    let st = h.state.borrow().clone();
    let cls = types::class_of(&args.pos[0]);
    Ok(nat::alloc(
        vm,
        &cls,
        HashObj {
            state: RefCell::new(st),
        },
    ))
}

fn hash_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let h = this(vm, Some(v))?;
    let n = h.state.borrow().name();
    Ok(strobj::new_str(n.to_string()))
}

fn hash_digest_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let h = this(vm, Some(v))?;
    let n = h.state.borrow().digest_size();
    Ok(Value::Int(n as i64))
}

fn hash_block_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let h = this(vm, Some(v))?;
    let n = h.state.borrow().block_size();
    Ok(Value::Int(n as i64))
}

const BLAKE_PARAMS: &[&str] = &[
    "data",
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

/// An integer parameter of the BLAKE2 constructors.
fn blake_int(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => nat::arg_i64(vm, v),
        None => Ok(default),
    }
}

fn blake_bytes(vm: &mut Vm, v: &Option<Value>, what: &str, max: usize) -> PyResult<Vec<u8>> {
    let b = match v {
        Some(v) => crate::modules::binascii::data_arg(vm, v)?,
        None => Vec::new(),
    };
    if b.len() > max {
        return Err(vm.new_value_error(format!("maximum {} length is {} bytes", what, max)));
    }
    Ok(b)
}

fn blake_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b2b = BLAKE2B_TYPE.with(|t| t.clone());
    let b2s = BLAKE2S_TYPE.with(|t| t.clone());
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => b2b.clone(),
    };
    let big = types::is_subtype(&cls, &b2b);
    if !big && !types::is_subtype(&cls, &b2s) {
        return Err(vm.new_type_error("blake2 __new__ needs a blake2 class"));
    }
    let name = if big { "blake2b" } else { "blake2s" };
    let rest = Args::with_kw(args.pos.get(1..).unwrap_or(&[]), args.kwnames, args.kwvals);
    let a = rest.bind(
        vm,
        &ArgSpec {
            name,
            params: BLAKE_PARAMS,
            required: 0,
            posonly: 1,
            kwonly: 12,
        },
    )?;
    let (max, salt_max) = if big { (64, 16) } else { (32, 8) };
    let digest_size = blake_int(vm, &a[1], max)?;
    if !(1..=max).contains(&digest_size) {
        return Err(vm.new_value_error(format!("digest_size must be between 1 and {} bytes", max)));
    }
    let key = blake_bytes(vm, &a[2], "key", max as usize)?;
    let salt = blake_bytes(vm, &a[3], "salt", salt_max)?;
    let person = blake_bytes(vm, &a[4], "person", salt_max)?;
    let fanout = blake_int(vm, &a[5], 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(vm.new_value_error("fanout must be between 0 and 255"));
    }
    let depth = blake_int(vm, &a[6], 1)?;
    if !(1..=255).contains(&depth) {
        return Err(vm.new_value_error("depth must be between 1 and 255"));
    }
    let leaf_size = blake_int(vm, &a[7], 0)?;
    if leaf_size < 0 {
        return Err(vm.new_value_error("value must be positive"));
    }
    if leaf_size > u32::MAX as i64 {
        return Err(vm.new_overflow_error("leaf_size is too large"));
    }
    let node_offset = match &a[8] {
        Some(v) => {
            let i = vm.index(v)?;
            let bi = crate::objects::intobj::to_bigint(&i).unwrap_or_default();
            if bi < num_bigint::BigInt::from(0) {
                return Err(vm.new_value_error("value must be positive"));
            }
            match num_traits::ToPrimitive::to_u64(&bi) {
                Some(n) => n,
                None => return Err(vm.new_overflow_error("int too big to convert")),
            }
        }
        None => 0,
    };
    if !big && node_offset >= 1 << 48 {
        return Err(vm.new_overflow_error("node_offset is too large"));
    }
    let node_depth = blake_int(vm, &a[9], 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(vm.new_value_error("node_depth must be between 0 and 255"));
    }
    let inner_size = blake_int(vm, &a[10], 0)?;
    if !(0..=max).contains(&inner_size) {
        return Err(vm.new_value_error(format!("inner_size must be between 0 and is {}", max)));
    }
    let last_node = match &a[11] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let p = Blake2Params {
        digest_size: digest_size as usize,
        key,
        salt,
        person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf_size as u32,
        node_offset,
        node_depth: node_depth as u8,
        inner_size: inner_size as u8,
        last_node,
    };
    let mut h = if big {
        Hasher::Blake2b(Blake2b::new(&p))
    } else {
        Hasher::Blake2s(Blake2s::new(&p))
    };
    if let Some(d) = &a[0] {
        let b = data_bytes(vm, d)?;
        h.update(&b);
    }
    Ok(nat::alloc(
        vm,
        &cls,
        HashObj {
            state: RefCell::new(h),
        },
    ))
}

/// A str argument, with Argument Clinic's message naming the function and parameter.
fn str_arg(vm: &mut Vm, v: &Value, fname: &str, pname: &str) -> PyResult<String> {
    match v.as_rust_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.new_type_error(format!(
            "{}() argument '{}' must be str, not {}",
            fname,
            pname,
            types::type_name(v)
        ))),
    }
}

/// The hasher for a digest name given to pbkdf2_hmac or hmac_digest (no XOFs).
fn mac_hasher(vm: &mut Vm, name: &str) -> PyResult<Hasher> {
    match canonical(name).and_then(Hasher::by_name) {
        Some(h) if h.is_xof() => Err(vm.new_value_error("no reason supplied")),
        Some(h) => Ok(h),
        None => Err(unsupported(vm)),
    }
}

fn pbkdf2_hmac(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "pbkdf2_hmac",
            params: &["hash_name", "password", "salt", "iterations", "dklen"],
            required: 4,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let none = Value::None;
    let name = str_arg(
        vm,
        a[0].as_ref().unwrap_or(&none),
        "pbkdf2_hmac",
        "hash_name",
    )?;
    let password = crate::modules::binascii::data_arg(vm, a[1].as_ref().unwrap_or(&none))?;
    let salt = crate::modules::binascii::data_arg(vm, a[2].as_ref().unwrap_or(&none))?;
    let iterations = nat::arg_i64(vm, a[3].as_ref().unwrap_or(&none))?;
    if iterations < 1 {
        return Err(vm.new_value_error("iteration value must be greater than 0."));
    }
    if iterations > u32::MAX as i64 {
        return Err(vm.new_overflow_error("iteration value is too great."));
    }
    let proto = mac_hasher(vm, &name)?;
    let dklen = match &a[4] {
        None | Some(Value::None) => proto.digest_size() as i64,
        Some(v) => nat::arg_i64(vm, v)?,
    };
    if dklen < 1 {
        return Err(vm.new_value_error("key length must be greater than 0."));
    }
    if dklen > u32::MAX as i64 {
        return Err(vm.new_overflow_error("key length is too great."));
    }
    vm.check_alloc(dklen as usize)?;
    let out = digests::pbkdf2(&proto, &password, &salt, iterations as u64, dklen as usize);
    Ok(bytesobj::new_bytes(out))
}

fn hmac_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.bind(
        vm,
        &ArgSpec {
            name: "hmac_digest",
            params: &["key", "msg", "digest"],
            required: 3,
            posonly: 0,
            kwonly: 0,
        },
    )?;
    let none = Value::None;
    let key = crate::modules::binascii::data_arg(vm, a[0].as_ref().unwrap_or(&none))?;
    let msg = crate::modules::binascii::data_arg(vm, a[1].as_ref().unwrap_or(&none))?;
    let name = str_arg(vm, a[2].as_ref().unwrap_or(&none), "hmac_digest", "digest")?;
    let proto = mac_hasher(vm, &name)?;
    let (inner, outer) = digests::hmac_states(&proto, &key);
    Ok(bytesobj::new_bytes(digests::hmac_with(
        &inner, &outer, &msg,
    )))
}

fn not_bytes(vm: &mut Vm, v: &Value) -> PyErr {
    vm.new_type_error(format!(
        "a bytes-like object is required, not '{}'",
        types::type_name(v)
    ))
}

/// `compare_digest(a, b)`: equality of two ASCII strs or two bytes-like objects, in time
/// that depends only on the length.
fn compare_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "compare_digest", 2)?;
    let (x, y) = match (a[0].as_rust_str(), a[1].as_rust_str()) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(vm.new_type_error(
                    "comparing strings with non-ASCII characters is not supported",
                ));
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        _ => match (buffer_of(&a[0]), buffer_of(&a[1])) {
            (Some(x), Some(y)) => (x, y),
            (None, None) => {
                return Err(vm.new_type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    types::type_name(&a[0]),
                    types::type_name(&a[1])
                )))
            }
            (None, _) => return Err(not_bytes(vm, &a[0])),
            (_, None) => return Err(not_bytes(vm, &a[1])),
        },
    };
    let mut diff = (x.len() != y.len()) as u8;
    for (p, q) in x.iter().zip(y.iter().cycle()) {
        diff |= p ^ q;
    }
    Ok(Value::Bool(diff == 0))
}
