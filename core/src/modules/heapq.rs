//! The `_heapq` module: binary min-heaps (and the max-heap helpers `heapq.merge` and
//! `nlargest` use) on plain lists, sifting exactly as CPython does so heaps hold the same
//! order. `merge`, `nsmallest` and `nlargest` are Python (`modules/py/heapq.py`).

use std::cell::RefCell;

use crate::bytecode::CompareKind;
use crate::object::*;
use crate::objects::{funcobj, moduleobj};
use crate::types;
use crate::vm::{PyErr, PyResult, Vm};

/// Fills the `_heapq` namespace.
pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    let fns: [(&str, NativeFn); 8] = [
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("_heapify_max", heapify_max),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
    ];
    for (name, f) in fns {
        moduleobj::module_set(m, name, funcobj::new_native(name, f, Some("_heapq"), 0));
    }
    Ok(())
}

/// The list's storage, or CPython's TypeError for a non-list heap argument.
fn heap_list<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.new_type_error(format!(
            "{} must be list, not {}",
            what,
            if v.is_none() {
                "None".to_string()
            } else {
                types::type_name(v)
            }
        ))),
    }
}

fn get(l: &RefCell<Vec<Value>>, i: usize) -> Option<Value> {
    l.borrow().get(i).cloned()
}

/// `a < b` (or `b < a` for a max-heap), keeping no borrow across the call into Python.
fn less(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    let r = if max {
        vm.rich_compare(b, a, CompareKind::Lt)?
    } else {
        vm.rich_compare(a, b, CompareKind::Lt)?
    };
    vm.truthy(&r)
}

fn changed(vm: &mut Vm) -> PyErr {
    vm.new_runtime_error("list changed size during iteration")
}

/// Moves the item at `pos` up towards `start` until its parent is not greater.
fn sift_down(
    vm: &mut Vm,
    l: &RefCell<Vec<Value>>,
    start: usize,
    mut pos: usize,
    max: bool,
) -> PyResult<()> {
    let size = l.borrow().len();
    if pos >= size {
        return Err(vm.new_index_error("index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (Some(newitem), Some(p)) = (get(l, pos), get(l, parent)) else {
            return Err(changed(vm));
        };
        let lt = less(vm, &newitem, &p, max)?;
        if l.borrow().len() != size {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        l.borrow_mut().swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the smaller children, then back up.
fn sift_up(vm: &mut Vm, l: &RefCell<Vec<Value>>, mut pos: usize, max: bool) -> PyResult<()> {
    let end = l.borrow().len();
    let start = pos;
    if pos >= end {
        return Err(vm.new_index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (Some(a), Some(b)) = (get(l, child), get(l, child + 1)) else {
                return Err(changed(vm));
            };
            let lt = less(vm, &a, &b, max)?;
            if !lt {
                child += 1;
            }
            if l.borrow().len() != end {
                return Err(changed(vm));
            }
        }
        l.borrow_mut().swap(pos, child);
        pos = child;
    }
    sift_down(vm, l, start, pos, max)
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "_heapq.heappush")?;
    let a = args.exact(vm, "heappush", 2)?;
    let l = heap_list(vm, &a[0], "heappush() argument 1")?;
    let n = {
        let mut b = l.borrow_mut();
        b.push(a[1].clone());
        b.len()
    };
    sift_down(vm, l, 0, n - 1, false)?;
    Ok(Value::None)
}

fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kw(vm, &format!("_heapq.{}", name))?;
    match args.pos {
        [x] => Ok(x),
        _ => Err(vm.new_type_error(format!(
            "_heapq.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len()
        ))),
    }
}

fn pop(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult<Value> {
    let h = one_arg(vm, &args, name)?;
    let l = heap_list(vm, h, &format!("{}() argument", name))?;
    let last = l.borrow_mut().pop();
    let Some(last) = last else {
        return Err(vm.new_index_error("index out of range"));
    };
    let first = {
        let mut b = l.borrow_mut();
        match b.first_mut() {
            Some(f) => std::mem::replace(f, last),
            None => return Ok(last),
        }
    };
    sift_up(vm, l, 0, max)?;
    Ok(first)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop(vm, args, "heappop", false)
}

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop(vm, args, "_heappop_max", true)
}

fn replace(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult<Value> {
    args.no_kw(vm, &format!("_heapq.{}", name))?;
    let a = args.exact(vm, name, 2)?;
    let l = heap_list(vm, &a[0], &format!("{}() argument 1", name))?;
    let old = {
        let mut b = l.borrow_mut();
        match b.first_mut() {
            Some(f) => std::mem::replace(f, a[1].clone()),
            None => return Err(vm.new_index_error("index out of range")),
        }
    };
    sift_up(vm, l, 0, max)?;
    Ok(old)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace(vm, args, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace(vm, args, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "_heapq.heappushpop")?;
    let a = args.exact(vm, "heappushpop", 2)?;
    let l = heap_list(vm, &a[0], "heappushpop() argument 1")?;
    let Some(top) = get(l, 0) else {
        return Ok(a[1].clone());
    };
    if !less(vm, &top, &a[1], false)? {
        return Ok(a[1].clone());
    }
    let old = {
        let mut b = l.borrow_mut();
        match b.first_mut() {
            Some(f) => std::mem::replace(f, a[1].clone()),
            None => return Err(vm.new_index_error("index out of range")),
        }
    };
    sift_up(vm, l, 0, false)?;
    Ok(old)
}

fn do_heapify(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult<Value> {
    let h = one_arg(vm, &args, name)?;
    let l = heap_list(vm, h, &format!("{}() argument", name))?;
    let n = l.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_heapify(vm, args, "heapify", false)
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_heapify(vm, args, "_heapify_max", true)
}
