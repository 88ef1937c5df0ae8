//! The `bisect` module: binary search in sorted sequences (`bisect_left`, `bisect_right`,
//! `insort_left`, `insort_right`, with `lo`, `hi` and `key`), as CPython's `_bisect`.

use crate::bytecode::CompareKind;
use crate::object::*;
use crate::objects::{funcobj, moduleobj};
use crate::types::{self, types};
use crate::vm::{ArgSpec, PyResult, Vm};

/// Fills the `bisect` namespace.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let fns: [(&str, NativeFn); 4] = [
        ("bisect_left", bisect_left),
        ("bisect_right", bisect_right),
        ("insort_left", insort_left),
        ("insort_right", insort_right),
    ];
    for (name, f) in fns {
        moduleobj::module_set(m, name, funcobj::new_native(name, f, Some("bisect"), 0));
    }
    for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        if let Some(v) = moduleobj::module_get(m, name) {
            moduleobj::module_set(m, alias, v);
        }
    }
    Ok(())
}

const PARAMS: &[&str] = &["a", "x", "lo", "hi", "key"];

/// The bound arguments of one call.
struct Call {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Option<Value>,
}

fn parse(vm: &mut Vm, args: &Args, name: &'static str) -> PyResult<Call> {
    let b = args.bind(
        vm,
        &ArgSpec {
            name,
            params: PARAMS,
            required: 2,
            posonly: 0,
            kwonly: 1,
        },
    )?;
    let lo = match &b[2] {
        Some(v) => ssize(vm, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.new_value_error("lo must be non-negative"));
    }
    let hi = match crate::modules::native::arg_size(vm, b[3].as_ref())? {
        -1 => None,
        h => Some(h),
    };
    let key = match &b[4] {
        None | Some(Value::None) => None,
        Some(k) => Some(k.clone()),
    };
    Ok(Call {
        a: b[0].clone().unwrap_or(Value::None),
        x: b[1].clone().unwrap_or(Value::None),
        lo,
        hi,
        key,
    })
}

fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index(v)? {
        Value::Int(i) => Ok(i),
        _ => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// The search itself: `right` selects `bisect_right` (insert after equal items).
fn search(vm: &mut Vm, c: &Call, x: &Value, right: bool) -> PyResult<i64> {
    let mut lo = c.lo;
    let mut hi = match c.hi {
        Some(h) => h,
        None => vm.len(&c.a)? as i64,
    };
    if lo < hi && crate::vm::is_builtin_class(&c.a) {
        // PySequence_GetItem's refusals of the builtin mappings and sets.
        match c.a.payload() {
            Some(Payload::Dict(_)) => {
                let msg = format!("{} is not a sequence", types::type_name(&c.a));
                return Err(vm.new_type_error(msg));
            }
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => {
                let msg = format!(
                    "'{}' object does not support indexing",
                    types::type_name(&c.a)
                );
                return Err(vm.new_type_error(msg));
            }
            _ => {}
        }
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = vm.getitem(&c.a, &Value::Int(mid))?;
        if let Some(k) = &c.key {
            item = vm.call(k, &[item])?;
        }
        let less = if right {
            let r = vm.rich_compare(x, &item, CompareKind::Lt)?;
            vm.truthy(&r)?
        } else {
            let r = vm.rich_compare(&item, x, CompareKind::Lt)?;
            !vm.truthy(&r)?
        };
        if less {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = parse(vm, &args, "bisect_left")?;
    let x = c.x.clone();
    Ok(Value::Int(search(vm, &c, &x, false)?))
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = parse(vm, &args, "bisect_right")?;
    let x = c.x.clone();
    Ok(Value::Int(search(vm, &c, &x, true)?))
}

fn insort(vm: &mut Vm, args: Args, name: &'static str, right: bool) -> PyResult<Value> {
    let c = parse(vm, &args, name)?;
    let kx = match &c.key {
        Some(k) => vm.call(k, std::slice::from_ref(&c.x))?,
        None => c.x.clone(),
    };
    let i = search(vm, &c, &kx, right)?;
    let exact_list = std::rc::Rc::ptr_eq(&types::class_of(&c.a), &types().list);
    if exact_list {
        if let Some(Payload::List(l)) = c.a.payload() {
            let mut l = l.borrow_mut();
            let at = (i.max(0) as usize).min(l.len());
            l.insert(at, c.x.clone());
        }
    } else {
        vm.call_method(&c.a, "insert", &[Value::Int(i), c.x.clone()])?;
    }
    Ok(Value::None)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_left", false)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_right", true)
}
