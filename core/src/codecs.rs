//! Text encodings: utf-8, ascii, latin-1, utf-16 and utf-32 with the standard error handlers.

use crate::object::Value;
use crate::objects::{bytesobj, strobj};
use crate::types::types;
use crate::vm::{PyErr, PyResult, Vm};

fn normalize(enc: &str) -> String {
    enc.to_ascii_lowercase().replace(['-', ' '], "_")
}

fn unicode_error(vm: &mut Vm, decode: bool, enc: &str, obj: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let t = types();
    let cls = if decode { &t.exc.unicode_decode_error } else { &t.exc.unicode_encode_error };
    vm.new_exception(
        cls,
        vec![
            strobj::new_str(enc.to_string()),
            obj,
            Value::Int(start as i64),
            Value::Int(end as i64),
            strobj::new_str(reason.to_string()),
        ],
    )
}

/// The str() of a UnicodeDecodeError/UnicodeEncodeError.
pub fn unicode_error_str(vm: &mut Vm, decode: bool, enc: &Value, obj: &Value, start: &Value, end: &Value, reason: &Value) -> String {
    let enc = enc.as_rust_str().unwrap_or("").to_string();
    let reason = reason.as_rust_str().unwrap_or("").to_string();
    let s = crate::objects::intobj::to_i64(start).unwrap_or(0);
    let e = crate::objects::intobj::to_i64(end).unwrap_or(0);
    if decode {
        let data = bytesobj::bytes_data(obj).unwrap_or_default();
        let b = data.get(s as usize).copied().unwrap_or(0);
        if e == s + 1 {
            format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc, b, s, reason)
        } else {
            format!("'{}' codec can't decode bytes in position {}-{}: {}", enc, s, e - 1, reason)
        }
    } else {
        let text = obj.as_rust_str().unwrap_or("").to_string();
        let c = text.chars().nth(s as usize).unwrap_or('?');
        let _ = vm;
        let cs = if (c as u32) < 0x100 {
            format!("\\x{:02x}", c as u32)
        } else if (c as u32) < 0x10000 {
            format!("\\u{:04x}", c as u32)
        } else {
            format!("\\U{:08x}", c as u32)
        };
        if e == s + 1 {
            format!("'{}' codec can't encode character '{}' in position {}: {}", enc, cs, s, reason)
        } else {
            format!("'{}' codec can't encode characters in position {}-{}: {}", enc, s, e - 1, reason)
        }
    }
}

pub fn encode(vm: &mut Vm, s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let e = normalize(enc);
    let (limit, name) = match e.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" => return Ok(s.as_bytes().to_vec()),
        "ascii" | "us_ascii" | "646" => (0x80u32, "ascii"),
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" | "8859" | "cp819" => (0x100u32, "latin-1"),
        "utf_16" | "utf16" => {
            let mut out = vec![0xff, 0xfe];
            for u in s.encode_utf16() {
                out.extend_from_slice(&u.to_le_bytes());
            }
            return Ok(out);
        }
        "utf_16_le" | "utf_16le" => return Ok(s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()),
        "utf_16_be" | "utf_16be" => return Ok(s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect()),
        "utf_32" | "utf32" => {
            let mut out = vec![0xff, 0xfe, 0, 0];
            for c in s.chars() {
                out.extend_from_slice(&(c as u32).to_le_bytes());
            }
            return Ok(out);
        }
        "utf_32_le" | "utf_32le" => return Ok(s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()),
        "utf_32_be" | "utf_32be" => return Ok(s.chars().flat_map(|c| (c as u32).to_be_bytes()).collect()),
        _ => return Err(vm.new_exception_msg(&types().exc.lookup_error, format!("unknown encoding: {}", enc))),
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let u = c as u32;
        if u < limit {
            out.push(u as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let esc = if u < 0x100 { format!("\\x{:02x}", u) } else if u < 0x10000 { format!("\\u{:04x}", u) } else { format!("\\U{:08x}", u) };
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", u).as_bytes()),
            _ => {
                let reason = format!("ordinal not in range({})", limit);
                return Err(unicode_error(vm, false, name, strobj::new_str(s.to_string()), i, i + 1, &reason));
            }
        }
    }
    Ok(out)
}

pub fn decode(vm: &mut Vm, data: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let e = normalize(enc);
    match e.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf_8_sig" => {
            let data = if e == "utf_8_sig" && data.starts_with(&[0xef, 0xbb, 0xbf]) { &data[3..] } else { data };
            let mut out = String::with_capacity(data.len());
            let mut i = 0;
            while i < data.len() {
                match std::str::from_utf8(&data[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(err) => {
                        let valid = err.valid_up_to();
                        // SAFETY-free: from_utf8 already validated this prefix.
                        out.push_str(std::str::from_utf8(&data[i..i + valid]).unwrap_or(""));
                        let bad_start = i + valid;
                        let bad_len = err.error_len().unwrap_or(data.len() - bad_start);
                        let reason = if err.error_len().is_none() {
                            "unexpected end of data"
                        } else if data[bad_start] >= 0x80 && data[bad_start] < 0xc2 || data[bad_start] > 0xf4 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        match errors {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for b in &data[bad_start..bad_start + bad_len] {
                                    out.push_str(&format!("\\x{:02x}", b));
                                }
                            }
                            "surrogateescape" => {
                                for _ in &data[bad_start..bad_start + bad_len] {
                                    out.push('\u{fffd}');
                                }
                            }
                            _ => {
                                let obj = bytesobj::new_bytes(data.to_vec());
                                return Err(unicode_error(vm, true, "utf-8", obj, bad_start, bad_start + bad_len, reason));
                            }
                        }
                        i = bad_start + bad_len;
                    }
                }
            }
            Ok(out)
        }
        "ascii" | "us_ascii" | "646" => {
            let mut out = String::with_capacity(data.len());
            for (i, b) in data.iter().enumerate() {
                if *b < 0x80 {
                    out.push(*b as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        "backslashreplace" => out.push_str(&format!("\\x{:02x}", b)),
                        _ => {
                            let obj = bytesobj::new_bytes(data.to_vec());
                            return Err(unicode_error(vm, true, "ascii", obj, i, i + 1, "ordinal not in range(128)"));
                        }
                    }
                }
            }
            Ok(out)
        }
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" | "8859" | "cp819" => Ok(data.iter().map(|b| *b as char).collect()),
        "utf_16" | "utf16" | "utf_16_le" | "utf_16le" | "utf_16_be" | "utf_16be" => {
            let mut d = data;
            let mut be = e.ends_with("be");
            if e == "utf_16" || e == "utf16" {
                if d.starts_with(&[0xff, 0xfe]) {
                    d = &d[2..];
                } else if d.starts_with(&[0xfe, 0xff]) {
                    d = &d[2..];
                    be = true;
                }
            }
            if d.len() % 2 != 0 && errors == "strict" {
                let obj = bytesobj::new_bytes(data.to_vec());
                return Err(unicode_error(vm, true, "utf-16-le", obj, d.len() - 1, d.len(), "truncated data"));
            }
            let units: Vec<u16> = d.chunks_exact(2).map(|c| if be { u16::from_be_bytes([c[0], c[1]]) } else { u16::from_le_bytes([c[0], c[1]]) }).collect();
            Ok(String::from_utf16_lossy(&units))
        }
        "utf_32" | "utf32" | "utf_32_le" | "utf_32le" | "utf_32_be" | "utf_32be" => {
            let mut d = data;
            let mut be = e.ends_with("be");
            if e == "utf_32" || e == "utf32" {
                if d.starts_with(&[0xff, 0xfe, 0, 0]) {
                    d = &d[4..];
                } else if d.starts_with(&[0, 0, 0xfe, 0xff]) {
                    d = &d[4..];
                    be = true;
                }
            }
            Ok(d.chunks_exact(4)
                .map(|c| {
                    let u = if be { u32::from_be_bytes([c[0], c[1], c[2], c[3]]) } else { u32::from_le_bytes([c[0], c[1], c[2], c[3]]) };
                    char::from_u32(u).unwrap_or('\u{fffd}')
                })
                .collect())
        }
        _ => Err(vm.new_exception_msg(&types().exc.lookup_error, format!("unknown encoding: {}", enc))),
    }
}
