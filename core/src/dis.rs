//! A disassembler for code objects (`python --dis file.py`).

use crate::bytecode::{Code, Op};
use crate::object::Payload;

/// Human-readable listing of a code object and the code objects nested in it.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    dis_into(code, &mut out);
    out
}

fn dis_into(code: &Code, out: &mut String) {
    out.push_str(&format!(
        "Disassembly of <code object {} (file \"{}\", line {})>:\n",
        code.qualname.payload_str(),
        code.filename.payload_str(),
        code.firstlineno
    ));
    let mut last_line = 0;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.locs.get(i).map(|l| l.line).unwrap_or(0);
        let line_s = if line != last_line {
            format!("{:>4}", line)
        } else {
            "    ".into()
        };
        last_line = line;
        let arg = match op {
            Op::LoadConst(c) | Op::ReturnConst(c) => {
                format!("{} ({})", c, const_repr(code.consts.get(*c as usize)))
            }
            Op::LoadFast(n)
            | Op::StoreFast(n)
            | Op::DeleteFast(n)
            | Op::LoadFastAttr(n)
            | Op::LoadFastMethod(n)
            | Op::LoadFastStoreAttr(n)
            | Op::LoadFast2(n)
            | Op::LoadFastConst(n) => {
                format!(
                    "{} ({})",
                    n,
                    code.varnames
                        .get(*n as usize)
                        .map(|v| v.payload_str())
                        .unwrap_or("?")
                )
            }
            Op::LoadGlobal(n)
            | Op::StoreGlobal(n)
            | Op::LoadName(n)
            | Op::StoreName(n)
            | Op::LoadAttr(n)
            | Op::StoreAttr(n)
            | Op::LoadMethod(n)
            | Op::SuperMethod(n)
            | Op::ImportName(n)
            | Op::ImportFrom(n)
            | Op::DeleteName(n)
            | Op::DeleteGlobal(n)
            | Op::DeleteAttr(n) => format!(
                "{} ({})",
                n,
                code.names
                    .get(*n as usize)
                    .map(|v| v.payload_str())
                    .unwrap_or("?")
            ),
            _ => String::new(),
        };
        let name = format!("{:?}", op);
        let name = name.split('(').next().unwrap_or("").to_string();
        let operand = format!("{:?}", op);
        let operand = if arg.is_empty() {
            operand
                .split_once('(')
                .map(|(_, r)| r.trim_end_matches(')').to_string())
                .unwrap_or_default()
        } else {
            arg
        };
        out.push_str(&format!("{} {:>6} {:<20} {}\n", line_s, i, name, operand));
    }
    for c in &code.consts {
        if let crate::object::Value::Obj(o) = c {
            if let Payload::Code(inner) = &o.payload {
                out.push('\n');
                dis_into(inner, out);
            }
        }
    }
}

fn const_repr(v: Option<&crate::object::Value>) -> String {
    use crate::object::Value;
    match v {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Str(s) => crate::objects::strobj::repr_str(s.as_str()),
            Payload::Code(c) => format!("<code {}>", c.qualname.payload_str()),
            Payload::Int(b) => b.to_string(),
            Payload::Complex(r, i) => crate::objects::complexobj::complex_repr(*r, *i),
            Payload::Bytes(b) => crate::objects::bytesobj::bytes_repr(b, "b"),
            Payload::Tuple(t) => {
                let items: Vec<String> = t.iter().map(|x| const_repr(Some(x))).collect();
                if items.len() == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(", "))
                }
            }
            _ => format!("<{}>", o.payload.kind_name()),
        },
        Some(v) => format!("{:?}", v),
        None => "?".into(),
    }
}
