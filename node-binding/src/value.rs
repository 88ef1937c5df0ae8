//! Values crossing between JavaScript and a Python session ([`PyValue`]).
//!
//! | Python            | JavaScript                                                   |
//! |-------------------|--------------------------------------------------------------|
//! | `None`            | `null` (`undefined` is accepted too)                         |
//! | `bool`            | boolean                                                      |
//! | `int`             | number when `|v| ≤ 2**53-1`, else BigInt (never truncated)   |
//! | `float`           | number (a JS number becomes `int` when it is an integer in the safe range, else `float`; `-0` stays a float) |
//! | `str`             | string                                                       |
//! | `bytes`           | Buffer (Buffer or any Uint8Array is accepted)                |
//! | `list`, `tuple`   | Array (an Array becomes a `list`)                            |
//! | `dict` (str keys) | plain object (prototype `Object.prototype` or `null`)         |
//!
//! Anything else is a `TypeError` naming the JavaScript type. Written against the C N-API
//! (`napi::sys`) so that plain objects are recognised exactly and keys such as `__proto__`
//! become own properties.

use std::ffi::CStr;
use std::ptr;

use napi::sys;
use wasipy_wasi::{BigInt, PyValue, MAX_VALUE_DEPTH};

/// The largest integer a JS number holds exactly.
const MAX_SAFE: i64 = (1 << 53) - 1;

/// A conversion failure: a `TypeError` for the user, or an N-API failure.
#[derive(Debug)]
pub enum ConvError {
    Type(String),
    Napi(String),
}

type Conv<T> = Result<T, ConvError>;

fn ok(status: sys::napi_status, what: &str) -> Conv<()> {
    if status == sys::Status::napi_ok {
        Ok(())
    } else {
        Err(ConvError::Napi(format!(
            "N-API call failed ({status}): {what}"
        )))
    }
}

// ---------------------------------------------------------------------------------------------
// Python → JavaScript

/// Builds the JavaScript value of `value`.
///
/// # Safety
/// `env` must be the live environment of the current thread (a JavaScript thread).
pub unsafe fn to_js(env: sys::napi_env, value: &PyValue) -> Conv<sys::napi_value> {
    let mut out = ptr::null_mut();
    match value {
        PyValue::None => ok(sys::napi_get_null(env, &mut out), "null")?,
        PyValue::Bool(b) => ok(sys::napi_get_boolean(env, *b, &mut out), "boolean")?,
        PyValue::Int(i) => {
            if (-MAX_SAFE..=MAX_SAFE).contains(i) {
                ok(sys::napi_create_double(env, *i as f64, &mut out), "number")?;
            } else {
                ok(sys::napi_create_bigint_int64(env, *i, &mut out), "bigint")?;
            }
        }
        PyValue::BigInt(b) => {
            if let Ok(small) = i64::try_from(b) {
                return to_js(env, &PyValue::Int(small));
            }
            let words = b.magnitude().to_u64_digits();
            let negative = *b < BigInt::default();
            ok(
                sys::napi_create_bigint_words(
                    env,
                    i32::from(negative),
                    words.len(),
                    words.as_ptr(),
                    &mut out,
                ),
                "bigint",
            )?;
        }
        PyValue::Float(f) => ok(sys::napi_create_double(env, *f, &mut out), "number")?,
        PyValue::Str(s) => out = string(env, s)?,
        PyValue::Bytes(bytes) => {
            let mut data = ptr::null_mut();
            ok(
                sys::napi_create_buffer_copy(
                    env,
                    bytes.len(),
                    bytes.as_ptr().cast(),
                    &mut data,
                    &mut out,
                ),
                "Buffer",
            )?;
        }
        PyValue::List(items) | PyValue::Tuple(items) => {
            ok(
                sys::napi_create_array_with_length(env, items.len(), &mut out),
                "Array",
            )?;
            for (i, item) in items.iter().enumerate() {
                let index = u32::try_from(i)
                    .map_err(|_| ConvError::Type("list too long for a JavaScript Array".into()))?;
                let element = to_js(env, item)?;
                ok(
                    sys::napi_set_element(env, out, index, element),
                    "Array element",
                )?;
            }
        }
        PyValue::Dict(entries) => {
            ok(sys::napi_create_object(env, &mut out), "Object")?;
            // define_properties makes own data properties even for keys such as `__proto__`
            // (a plain assignment would set the prototype instead).
            let mut descriptors = Vec::with_capacity(entries.len());
            for (key, item) in entries {
                descriptors.push(sys::napi_property_descriptor {
                    utf8name: ptr::null(),
                    name: string(env, key)?,
                    method: None,
                    getter: None,
                    setter: None,
                    value: to_js(env, item)?,
                    attributes: sys::PropertyAttributes::writable
                        | sys::PropertyAttributes::enumerable
                        | sys::PropertyAttributes::configurable,
                    data: ptr::null_mut(),
                });
            }
            if !descriptors.is_empty() {
                ok(
                    sys::napi_define_properties(env, out, descriptors.len(), descriptors.as_ptr()),
                    "Object properties",
                )?;
            }
        }
    }
    Ok(out)
}

unsafe fn string(env: sys::napi_env, s: &str) -> Conv<sys::napi_value> {
    let mut out = ptr::null_mut();
    ok(
        sys::napi_create_string_utf8(env, s.as_ptr().cast(), s.len() as isize, &mut out),
        "string",
    )?;
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// JavaScript → Python

/// Converts JavaScript values to Python ones; caches what it looks up once per conversion.
pub struct FromJs {
    env: sys::napi_env,
    object_prototype: sys::napi_value,
}

impl FromJs {
    /// # Safety
    /// `env` must be the live environment of the current thread (a JavaScript thread).
    pub unsafe fn new(env: sys::napi_env) -> Conv<Self> {
        let mut global = ptr::null_mut();
        ok(sys::napi_get_global(env, &mut global), "global")?;
        let object = named(env, global, c"Object")?;
        let object_prototype = named(env, object, c"prototype")?;
        Ok(FromJs {
            env,
            object_prototype,
        })
    }

    /// The Python value of `value`.
    ///
    /// # Safety
    /// `value` must be a live value of this converter's environment.
    pub unsafe fn convert(&self, value: sys::napi_value) -> Conv<PyValue> {
        self.value(value, 0)
    }

    unsafe fn value(&self, value: sys::napi_value, depth: usize) -> Conv<PyValue> {
        let env = self.env;
        let mut kind = 0;
        ok(sys::napi_typeof(env, value, &mut kind), "typeof")?;
        match kind {
            sys::ValueType::napi_undefined | sys::ValueType::napi_null => Ok(PyValue::None),
            sys::ValueType::napi_boolean => {
                let mut b = false;
                ok(sys::napi_get_value_bool(env, value, &mut b), "boolean")?;
                Ok(PyValue::Bool(b))
            }
            sys::ValueType::napi_number => {
                let mut n = 0.0;
                ok(sys::napi_get_value_double(env, value, &mut n), "number")?;
                Ok(number(n))
            }
            sys::ValueType::napi_bigint => self.bigint(value),
            sys::ValueType::napi_string => Ok(PyValue::Str(self.string(value)?)),
            sys::ValueType::napi_object => {
                if depth >= MAX_VALUE_DEPTH {
                    return Err(ConvError::Type(format!(
                        "value nested more than {MAX_VALUE_DEPTH} levels deep (or cyclic) cannot be passed to Python"
                    )));
                }
                self.object(value, depth + 1)
            }
            sys::ValueType::napi_symbol => Err(not_convertible("symbol")),
            sys::ValueType::napi_function => Err(not_convertible("function")),
            _ => Err(not_convertible("external")),
        }
    }

    unsafe fn bigint(&self, value: sys::napi_value) -> Conv<PyValue> {
        let env = self.env;
        let mut count = 0usize;
        let mut sign = 0;
        ok(
            // Both pointers null: only the word count is returned.
            sys::napi_get_value_bigint_words(
                env,
                value,
                ptr::null_mut(),
                &mut count,
                ptr::null_mut(),
            ),
            "bigint size",
        )?;
        let mut words = vec![0u64; count];
        ok(
            sys::napi_get_value_bigint_words(env, value, &mut sign, &mut count, words.as_mut_ptr()),
            "bigint words",
        )?;
        // The magnitude as two's-complement bytes with a zero sign byte, then the sign.
        let mut bytes: Vec<u8> = words[..count]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect();
        bytes.push(0);
        let magnitude = BigInt::from_signed_bytes_le(&bytes);
        Ok(PyValue::int(if sign != 0 { -magnitude } else { magnitude }))
    }

    unsafe fn string(&self, value: sys::napi_value) -> Conv<String> {
        let env = self.env;
        let mut len = 0usize;
        ok(
            sys::napi_get_value_string_utf8(env, value, ptr::null_mut(), 0, &mut len),
            "string length",
        )?;
        let mut buf = vec![0u8; len + 1];
        let mut written = 0usize;
        ok(
            sys::napi_get_value_string_utf8(
                env,
                value,
                buf.as_mut_ptr().cast(),
                buf.len(),
                &mut written,
            ),
            "string",
        )?;
        buf.truncate(written);
        // N-API writes UTF-8 (lone surrogates become U+FFFD).
        String::from_utf8(buf).map_err(|e| ConvError::Napi(format!("string is not UTF-8: {e}")))
    }

    unsafe fn object(&self, value: sys::napi_value, depth: usize) -> Conv<PyValue> {
        let env = self.env;
        let mut flag = false;
        ok(sys::napi_is_array(env, value, &mut flag), "is_array")?;
        if flag {
            let mut len = 0u32;
            ok(sys::napi_get_array_length(env, value, &mut len), "length")?;
            let mut items = Vec::with_capacity(len as usize);
            for i in 0..len {
                let mut element = ptr::null_mut();
                ok(
                    sys::napi_get_element(env, value, i, &mut element),
                    "element",
                )?;
                items.push(self.value(element, depth)?);
            }
            return Ok(PyValue::List(items));
        }
        ok(
            sys::napi_is_typedarray(env, value, &mut flag),
            "is_typedarray",
        )?;
        if flag {
            let mut kind = 0;
            let mut len = 0usize;
            let mut data = ptr::null_mut();
            let mut buffer = ptr::null_mut();
            let mut offset = 0usize;
            ok(
                sys::napi_get_typedarray_info(
                    env,
                    value,
                    &mut kind,
                    &mut len,
                    &mut data,
                    &mut buffer,
                    &mut offset,
                ),
                "typedarray",
            )?;
            if kind != sys::TypedarrayType::uint8_array {
                return Err(not_convertible(&self.constructor_name(value)));
            }
            let bytes = if len == 0 || data.is_null() {
                Vec::new()
            } else {
                // SAFETY: N-API reports `len` readable bytes at `data` (a Uint8Array's view).
                std::slice::from_raw_parts(data.cast::<u8>(), len).to_vec()
            };
            return Ok(PyValue::Bytes(bytes));
        }
        let mut proto = ptr::null_mut();
        ok(sys::napi_get_prototype(env, value, &mut proto), "prototype")?;
        let mut proto_kind = 0;
        ok(
            sys::napi_typeof(env, proto, &mut proto_kind),
            "typeof prototype",
        )?;
        let mut plain = proto_kind == sys::ValueType::napi_null;
        if !plain {
            ok(
                sys::napi_strict_equals(env, proto, self.object_prototype, &mut plain),
                "prototype check",
            )?;
        }
        if !plain {
            return Err(not_convertible(&self.constructor_name(value)));
        }
        let mut keys = ptr::null_mut();
        ok(
            sys::napi_get_all_property_names(
                env,
                value,
                sys::KeyCollectionMode::own_only,
                sys::KeyFilter::enumerable | sys::KeyFilter::skip_symbols,
                sys::KeyConversion::numbers_to_strings,
                &mut keys,
            ),
            "keys",
        )?;
        let mut count = 0u32;
        ok(
            sys::napi_get_array_length(env, keys, &mut count),
            "keys length",
        )?;
        let mut entries = Vec::with_capacity(count as usize);
        for i in 0..count {
            let mut key = ptr::null_mut();
            ok(sys::napi_get_element(env, keys, i, &mut key), "key")?;
            let mut item = ptr::null_mut();
            ok(
                sys::napi_get_property(env, value, key, &mut item),
                "property",
            )?;
            entries.push((self.string(key)?, self.value(item, depth)?));
        }
        Ok(PyValue::Dict(entries))
    }

    /// `value.constructor.name`, for error messages (`Date`, `Map`, `Float64Array`).
    unsafe fn constructor_name(&self, value: sys::napi_value) -> String {
        let name = named(self.env, value, c"constructor")
            .and_then(|ctor| named(self.env, ctor, c"name"))
            .and_then(|name| {
                let mut kind = 0;
                ok(sys::napi_typeof(self.env, name, &mut kind), "typeof name")?;
                if kind == sys::ValueType::napi_string {
                    self.string(name)
                } else {
                    Ok(String::new())
                }
            });
        match name {
            Ok(name) if !name.is_empty() => name,
            _ => "object".to_string(),
        }
    }
}

unsafe fn named(env: sys::napi_env, object: sys::napi_value, name: &CStr) -> Conv<sys::napi_value> {
    let mut out = ptr::null_mut();
    ok(
        sys::napi_get_named_property(env, object, name.as_ptr(), &mut out),
        "property",
    )?;
    Ok(out)
}

/// A JS number as Python sees it: `int` when it is an integer in the safe range, else `float`
/// (`-0` stays a float so its sign survives).
fn number(n: f64) -> PyValue {
    let safe = MAX_SAFE as f64;
    if n.fract() == 0.0 && n.abs() <= safe && !(n == 0.0 && n.is_sign_negative()) {
        // Integral and within ±(2**53-1): exact.
        PyValue::Int(n as i64)
    } else {
        PyValue::Float(n)
    }
}

fn not_convertible(type_name: &str) -> ConvError {
    ConvError::Type(format!(
        "a JavaScript {type_name} cannot be passed to Python (supported: null, boolean, number, bigint, string, Buffer/Uint8Array, Array, plain object)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_map_to_int_only_when_integral_and_safe() {
        assert_eq!(number(3.0), PyValue::Int(3));
        assert_eq!(
            number(-9_007_199_254_740_991.0),
            PyValue::Int(-9_007_199_254_740_991)
        );
        assert_eq!(
            number(9_007_199_254_740_992.0),
            PyValue::Float(9_007_199_254_740_992.0)
        );
        assert_eq!(number(0.5), PyValue::Float(0.5));
        assert!(matches!(number(-0.0), PyValue::Float(f) if f == 0.0 && f.is_sign_negative()));
        assert!(matches!(number(f64::NAN), PyValue::Float(f) if f.is_nan()));
        assert_eq!(number(f64::INFINITY), PyValue::Float(f64::INFINITY));
    }
}
