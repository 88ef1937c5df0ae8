//! The values that cross a session's boundary ([`PyValue`]) and their encoding, the data
//! model of docs/abi.md: None, bool, int of any size, float, str, bytes, list, tuple, dict
//! with str keys, nested up to [`MAX_DEPTH`] levels.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive as _;

/// How deeply values may nest (as the guest enforces).
pub const MAX_DEPTH: usize = 200;

const TAG_NONE: u8 = 0x00;
const TAG_FALSE: u8 = 0x01;
const TAG_TRUE: u8 = 0x02;
const TAG_INT: u8 = 0x03;
const TAG_BIGINT: u8 = 0x04;
const TAG_FLOAT: u8 = 0x05;
const TAG_STR: u8 = 0x06;
const TAG_BYTES: u8 = 0x07;
const TAG_LIST: u8 = 0x08;
const TAG_TUPLE: u8 = 0x09;
const TAG_DICT: u8 = 0x0a;

/// A Python value crossing the boundary.
///
/// Ints that fit in `i64` are always [`PyValue::Int`] when they come from the guest; larger
/// ones are [`PyValue::BigInt`]. Either may be sent to the guest. `bytearray` arrives as
/// `Bytes`; subclasses of the supported types arrive as their base type.
#[derive(Clone, Debug, PartialEq)]
pub enum PyValue {
    /// `None`.
    None,
    /// `True` / `False` (not an int here).
    Bool(bool),
    /// An int that fits in `i64`.
    Int(i64),
    /// An int of any size.
    BigInt(BigInt),
    /// A float (IEEE-754 binary64; inf, nan and -0.0 cross unchanged).
    Float(f64),
    /// A str.
    Str(String),
    /// bytes (or bytearray, from the guest).
    Bytes(Vec<u8>),
    /// A list.
    List(Vec<PyValue>),
    /// A tuple.
    Tuple(Vec<PyValue>),
    /// A dict with str keys, in insertion order. A key given twice keeps the last value.
    Dict(Vec<(String, PyValue)>),
}

impl PyValue {
    /// An int of any size: `Int` when it fits in `i64`, else `BigInt`.
    pub fn int(value: impl Into<BigInt>) -> PyValue {
        let value = value.into();
        match value.to_i64() {
            Some(small) => PyValue::Int(small),
            None => PyValue::BigInt(value),
        }
    }

    /// The int as a `BigInt`, whichever variant holds it.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            PyValue::Int(i) => Some(BigInt::from(*i)),
            PyValue::BigInt(b) => Some(b.clone()),
            _ => None,
        }
    }

    /// The str, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            PyValue::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The Python type name of the value (`NoneType`, `int`, `dict`, …).
    pub fn type_name(&self) -> &'static str {
        match self {
            PyValue::None => "NoneType",
            PyValue::Bool(_) => "bool",
            PyValue::Int(_) | PyValue::BigInt(_) => "int",
            PyValue::Float(_) => "float",
            PyValue::Str(_) => "str",
            PyValue::Bytes(_) => "bytes",
            PyValue::List(_) => "list",
            PyValue::Tuple(_) => "tuple",
            PyValue::Dict(_) => "dict",
        }
    }
}

impl From<bool> for PyValue {
    fn from(v: bool) -> Self {
        PyValue::Bool(v)
    }
}

impl From<i64> for PyValue {
    fn from(v: i64) -> Self {
        PyValue::Int(v)
    }
}

impl From<i32> for PyValue {
    fn from(v: i32) -> Self {
        PyValue::Int(i64::from(v))
    }
}

impl From<BigInt> for PyValue {
    fn from(v: BigInt) -> Self {
        PyValue::int(v)
    }
}

impl From<f64> for PyValue {
    fn from(v: f64) -> Self {
        PyValue::Float(v)
    }
}

impl From<&str> for PyValue {
    fn from(v: &str) -> Self {
        PyValue::Str(v.to_string())
    }
}

impl From<String> for PyValue {
    fn from(v: String) -> Self {
        PyValue::Str(v)
    }
}

impl From<Vec<u8>> for PyValue {
    fn from(v: Vec<u8>) -> Self {
        PyValue::Bytes(v)
    }
}

impl From<Vec<PyValue>> for PyValue {
    fn from(v: Vec<PyValue>) -> Self {
        PyValue::List(v)
    }
}

/// Appends the encoding of `value` to `out`. Fails only when the value nests deeper than
/// [`MAX_DEPTH`] or a length does not fit in 32 bits.
pub(crate) fn encode(value: &PyValue, out: &mut Vec<u8>) -> Result<(), String> {
    encode_at(value, out, 0)
}

fn put_len(out: &mut Vec<u8>, len: usize) -> Result<(), String> {
    let len = u32::try_from(len)
        .map_err(|_| format!("a value of {len} bytes or items is too large to cross"))?;
    out.extend_from_slice(&len.to_le_bytes());
    Ok(())
}

fn put_str(out: &mut Vec<u8>, s: &str) -> Result<(), String> {
    out.push(TAG_STR);
    put_len(out, s.len())?;
    out.extend_from_slice(s.as_bytes());
    Ok(())
}

fn encode_at(value: &PyValue, out: &mut Vec<u8>, depth: usize) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Err(format!(
            "value nested more than {MAX_DEPTH} levels deep cannot cross"
        ));
    }
    match value {
        PyValue::None => out.push(TAG_NONE),
        PyValue::Bool(false) => out.push(TAG_FALSE),
        PyValue::Bool(true) => out.push(TAG_TRUE),
        PyValue::Int(i) => {
            out.push(TAG_INT);
            out.extend_from_slice(&i.to_le_bytes());
        }
        PyValue::BigInt(b) => {
            let (sign, magnitude) = b.to_bytes_le();
            out.push(TAG_BIGINT);
            out.push(u8::from(sign == Sign::Minus));
            put_len(out, magnitude.len())?;
            out.extend_from_slice(&magnitude);
        }
        PyValue::Float(x) => {
            out.push(TAG_FLOAT);
            out.extend_from_slice(&x.to_le_bytes());
        }
        PyValue::Str(s) => put_str(out, s)?,
        PyValue::Bytes(b) => {
            out.push(TAG_BYTES);
            put_len(out, b.len())?;
            out.extend_from_slice(b);
        }
        PyValue::List(items) | PyValue::Tuple(items) => {
            out.push(if matches!(value, PyValue::List(_)) {
                TAG_LIST
            } else {
                TAG_TUPLE
            });
            put_len(out, items.len())?;
            for item in items {
                encode_at(item, out, depth + 1)?;
            }
        }
        PyValue::Dict(pairs) => {
            out.push(TAG_DICT);
            put_len(out, pairs.len())?;
            for (key, item) in pairs {
                put_str(out, key)?;
                encode_at(item, out, depth + 1)?;
            }
        }
    }
    Ok(())
}

/// Decodes one value that must span all of `data`.
pub(crate) fn decode(data: &[u8]) -> Result<PyValue, String> {
    let mut reader = Reader { data, pos: 0 };
    let value = reader.value(0)?;
    if reader.pos != data.len() {
        return Err(format!(
            "{} trailing bytes after the value",
            data.len() - reader.pos
        ));
    }
    Ok(value)
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&end| end <= self.data.len())
            .ok_or_else(|| format!("value truncated at offset {}", self.pos))?;
        let bytes = &self.data[self.pos..end];
        self.pos = end;
        Ok(bytes)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn len(&mut self) -> Result<usize, String> {
        Ok(u32::from_le_bytes(self.array()?) as usize)
    }

    /// A count of items, each at least one byte: more than the bytes left is malformed
    /// (and would otherwise reserve memory for nothing).
    fn count(&mut self) -> Result<usize, String> {
        let n = self.len()?;
        if n > self.data.len() - self.pos {
            return Err(format!("item count {n} larger than the message"));
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, String> {
        let n = self.len()?;
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|e| format!("str is not valid UTF-8: {e}"))
    }

    fn value(&mut self, depth: usize) -> Result<PyValue, String> {
        if depth > MAX_DEPTH {
            return Err(format!("value nested more than {MAX_DEPTH} levels deep"));
        }
        let at = self.pos;
        let [tag] = self.array()?;
        Ok(match tag {
            TAG_NONE => PyValue::None,
            TAG_FALSE => PyValue::Bool(false),
            TAG_TRUE => PyValue::Bool(true),
            TAG_INT => PyValue::Int(i64::from_le_bytes(self.array()?)),
            TAG_BIGINT => {
                let [sign] = self.array()?;
                let n = self.len()?;
                let magnitude = self.take(n)?;
                let sign = match sign {
                    0 => Sign::Plus,
                    1 => Sign::Minus,
                    other => return Err(format!("bad int sign byte {other} at offset {at}")),
                };
                PyValue::int(BigInt::from_bytes_le(sign, magnitude))
            }
            TAG_FLOAT => PyValue::Float(f64::from_le_bytes(self.array()?)),
            TAG_STR => PyValue::Str(self.string()?),
            TAG_BYTES => {
                let n = self.len()?;
                PyValue::Bytes(self.take(n)?.to_vec())
            }
            TAG_LIST | TAG_TUPLE => {
                let n = self.count()?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.value(depth + 1)?);
                }
                if tag == TAG_LIST {
                    PyValue::List(items)
                } else {
                    PyValue::Tuple(items)
                }
            }
            TAG_DICT => {
                let n = self.count()?;
                let mut pairs = Vec::with_capacity(n);
                for _ in 0..n {
                    let key_at = self.pos;
                    let [key_tag] = self.array()?;
                    if key_tag != TAG_STR {
                        return Err(format!("dict key at offset {key_at} is not a str"));
                    }
                    let key = self.string()?;
                    pairs.push((key, self.value(depth + 1)?));
                }
                PyValue::Dict(pairs)
            }
            other => return Err(format!("unknown value tag {other:#04x} at offset {at}")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(v: &PyValue) -> PyValue {
        let mut out = Vec::new();
        encode(v, &mut out).expect("encodes");
        decode(&out).expect("decodes")
    }

    #[test]
    fn encodes_as_documented() {
        let mut out = Vec::new();
        encode(
            &PyValue::Tuple(vec![
                PyValue::None,
                PyValue::Bool(true),
                PyValue::Int(-2),
                PyValue::Str("é".into()),
                PyValue::Dict(vec![("k".into(), PyValue::Bytes(vec![7]))]),
            ]),
            &mut out,
        )
        .unwrap();
        let want: Vec<u8> = [
            &[9, 5, 0, 0, 0][..],
            &[0],
            &[2],
            &[3, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
            &[6, 2, 0, 0, 0, 0xc3, 0xa9],
            &[10, 1, 0, 0, 0, 6, 1, 0, 0, 0, b'k', 7, 1, 0, 0, 0, 7],
        ]
        .concat();
        assert_eq!(out, want);
        let mut out = Vec::new();
        encode(&PyValue::int(-(BigInt::from(1) << 70u32)), &mut out).unwrap();
        assert_eq!(out, [4, 1, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x40]);
    }

    #[test]
    fn values_roundtrip() {
        let big: BigInt = BigInt::from(1) << 70u32;
        for v in [
            PyValue::int(big.clone()),
            PyValue::int(-big),
            PyValue::Int(i64::MIN),
            PyValue::Float(-0.0),
            PyValue::Float(f64::INFINITY),
            PyValue::List(vec![PyValue::Tuple(vec![]), PyValue::Dict(vec![])]),
            PyValue::Str("日本\u{1F600}".into()),
        ] {
            assert_eq!(roundtrip(&v), v);
        }
        let nan = roundtrip(&PyValue::Float(f64::NAN));
        assert!(matches!(nan, PyValue::Float(x) if x.is_nan()));
        // A big-int encoding of a small int decodes to Int.
        assert_eq!(decode(&[4, 1, 1, 0, 0, 0, 5]), Ok(PyValue::Int(-5)));
    }

    #[test]
    fn rejects_malformed_and_too_deep() {
        for bad in [
            &[][..],
            &[0x0b],
            &[3, 1, 2],
            &[6, 2, 0, 0, 0, 0xff, 0xfe],
            &[8, 0xff, 0xff, 0xff, 0xff],
            &[10, 1, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            &[4, 2, 0, 0, 0, 0],
            &[0, 0],
        ] {
            assert!(decode(bad).is_err(), "{bad:?}");
        }
        let mut deep = PyValue::None;
        for _ in 0..=MAX_DEPTH + 1 {
            deep = PyValue::List(vec![deep]);
        }
        assert!(encode(&deep, &mut Vec::new()).is_err());
        let mut nested = [8, 1, 0, 0, 0].repeat(MAX_DEPTH + 2);
        nested.push(0);
        assert!(decode(&nested).is_err());
    }
}
