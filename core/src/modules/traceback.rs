//! The `_traceback` module: the interpreter's own traceback formatter and call-stack facts,
//! for the Python modules `traceback`, `warnings` and `linecache` (which would otherwise
//! need frame objects the VM does not build).

use crate::object::*;
use crate::objects::{funcobj, listobj, moduleobj, strobj, tupleobj};
use crate::types::{self, types};
use crate::vm::{PyResult, Vm};

/// Fills the `_traceback` namespace.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let fns: [(&str, NativeFn); 6] = [
        ("format_exception", format_exception),
        ("position", position),
        ("format_exception_only", format_exception_only),
        ("format_entry", format_entry),
        ("caller", caller),
        ("stack", stack),
    ];
    for (name, f) in fns {
        moduleobj::module_set(m, name, funcobj::new_native(name, f, Some("_traceback"), 0));
    }
    Ok(())
}

fn exception_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let a = args.exact(vm, name, 1)?;
    if !types::isinstance(&a[0], &types().exc.base_exception) {
        return Err(vm.new_type_error(format!(
            "{}() expects an exception, not '{}'",
            name,
            types::type_name(&a[0])
        )));
    }
    Ok(a[0].clone())
}

/// `format_exception(exc[, max_group_width, max_group_depth[, chain[, limit]]])`: the
/// whole text the interpreter prints for an uncaught `exc`, chained exceptions included
/// (as the traceback module draws groups, with those limits, if they are given; without
/// causes and contexts anywhere in the tree if `chain` is false; with the module's
/// `limit` on every traceback if it is an int).
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (e, module_style, chain, limit) = match args.pos {
        [e, width, depth, rest @ ..] if rest.len() <= 2 => {
            let one = Args::new(std::slice::from_ref(e));
            let e = exception_arg(vm, &one, "format_exception")?;
            let limit = |v: &Value| crate::objects::intobj::to_i64(v).unwrap_or(0).max(0) as usize;
            let chain = match rest.first() {
                Some(c) => vm.truthy(c)?,
                None => true,
            };
            let tb_limit = rest.get(1).and_then(crate::objects::intobj::to_i64);
            (e, Some((limit(width), limit(depth))), chain, tb_limit)
        }
        _ => (
            exception_arg(vm, &args, "format_exception")?,
            None,
            true,
            None,
        ),
    };
    Ok(strobj::new_str(crate::exceptions::format_exception(
        vm,
        &e,
        module_style,
        chain,
        limit,
    )))
}

/// `format_exception_only(exc)`: the final "Type: message" line(s).
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_arg(vm, &args, "format_exception_only")?;
    Ok(strobj::new_str(crate::exceptions::exception_only(vm, &e)))
}

/// `format_entry(code, lasti[, lines])`: one `  File ..., line N, in name` entry with its
/// source line and carets, for a code object and an instruction offset (`tb_lasti`);
/// `lines` (a non-empty list of str, as `linecache.getlines` gives) replaces the file.
fn format_entry(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "format_entry", 2, 3)?;
    let Some(Payload::Code(code)) = a[0].payload() else {
        return Err(vm.new_type_error("format_entry() expects a code object"));
    };
    let code = code.clone();
    let lasti = match &a[1] {
        Value::Int(i) if *i >= 0 => (*i / 2) as u32,
        _ => 0,
    };
    let lines = match a.get(2).and_then(|l| l.payload()) {
        Some(Payload::List(items)) => {
            let items = items.borrow();
            let lines: Vec<String> = items
                .iter()
                .map(|l| {
                    l.as_rust_str()
                        .unwrap_or("")
                        .trim_end_matches('\n')
                        .to_string()
                })
                .collect();
            (!lines.is_empty()).then_some(lines)
        }
        _ => None,
    };
    let mut out = String::new();
    crate::exceptions::format_frame(vm, &code, lasti, lines, &mut out);
    Ok(strobj::new_str(out))
}

/// `position(code, lasti)`: `(lineno, end_lineno, col, end_col)` of an instruction
/// (columns in characters), or None when the instruction has no location.
fn position(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "position", 2)?;
    let Some(Payload::Code(code)) = a[0].payload() else {
        return Err(vm.new_type_error("position() expects a code object"));
    };
    let lasti = match &a[1] {
        Value::Int(i) if *i >= 0 => (*i / 2) as usize,
        _ => 0,
    };
    let Some(loc) = code.locs.get(lasti).copied() else {
        return Ok(Value::None);
    };
    if loc.line == 0 {
        return Ok(Value::None);
    }
    Ok(tupleobj::new_tuple(vec![
        Value::Int(loc.line as i64),
        Value::Int(loc.end_line as i64),
        Value::Int(loc.col as i64),
        Value::Int(loc.end_col as i64),
    ]))
}

/// `caller(depth)`: `(filename, lineno, globals)` of the frame `depth` levels above the
/// Python function calling this helper (1 = its caller), or None past the outermost frame.
fn caller(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "caller", 1)?;
    let depth = vm.index_i64(&a[0])?;
    // The last frame is the one calling this helper. Frames of the modules standing in for
    // C code do not count (CPython has no frames for C functions).
    let frames = vm.frame_stack();
    let above = frames.len().saturating_sub(1);
    let mut visible = frames[..above].iter().rev().filter(|f| {
        !crate::modules::hides_frames(
            Some(f.code.filename.payload_str()),
            f.code.qualname.payload_str(),
        )
    });
    let Some(f) = usize::try_from(depth - 1).ok().and_then(|d| visible.nth(d)) else {
        return Ok(Value::None);
    };
    let line = f.code.line_of(f.pc.saturating_sub(1));
    Ok(tupleobj::new_tuple(vec![
        Value::Obj(f.code.filename.clone()),
        Value::Int(line as i64),
        Value::Obj(f.globals.clone()),
    ]))
}

/// `stack()`: `[(code, lasti), ...]` for the callers of the Python function calling this
/// helper, outermost first (`lasti` in `tb_lasti` units).
fn stack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "stack", 0)?;
    let mut frames = vm.frame_stack();
    // Leave out the frame calling this helper.
    frames.pop();
    let items = frames
        .into_iter()
        .map(|f| {
            tupleobj::new_tuple(vec![
                types::new_obj(&types().code, Payload::Code(f.code.clone())),
                Value::Int(f.pc.saturating_sub(1) as i64 * 2),
            ])
        })
        .collect();
    Ok(listobj::new_list(items))
}
