//! Interpreter exit: runs the `atexit` callbacks (the frozen `atexit` module keeps them).

use crate::object::Value;
use crate::objects::{dictobj, moduleobj};
use crate::vm::Vm;

/// Calls `atexit._run_exitfuncs()` if the module was imported; it reports the callbacks'
/// exceptions itself, as CPython's "Exception ignored in atexit callback".
pub fn shutdown(vm: &mut Vm) {
    let Some(Value::Obj(m)) = dictobj::as_dict(&Value::Obj(vm.sys_modules_ref().clone()))
        .and_then(|d| d.get_rust_str("atexit"))
    else {
        return;
    };
    let Some(run) = moduleobj::module_get(&m, "_run_exitfuncs") else {
        return;
    };
    if let Err(e) = vm.call(&run, &[]) {
        crate::exceptions::write_unraisable(vm, &e, "Exception ignored in", &run);
    }
    vm.flush_stdout();
}
