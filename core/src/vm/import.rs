//! The import system: `sys.modules`, builtin (Rust) and frozen (Python) modules, modules and
//! packages on `sys.path`, relative imports, and `from ... import` semantics.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::compiler::Mode;
use crate::object::*;
use crate::objects::{dictobj, moduleobj, strobj};
use crate::types::{self, types};

impl Vm {
    fn sys_modules_get(&self, name: &str) -> Option<Value> {
        match &self.sys_modules.payload {
            Payload::Dict(d) => d.get_rust_str(name),
            _ => None,
        }
    }

    fn sys_modules_set(&self, name: &str, m: Value) {
        if let Payload::Dict(d) = &self.sys_modules.payload {
            d.set_str(types::intern(name), m);
        }
    }

    fn sys_modules_del(&self, name: &str) {
        if let Payload::Dict(d) = &self.sys_modules.payload {
            d.remove_str(name);
        }
    }

    /// Imports a module by absolute dotted name (without fromlist semantics).
    pub fn import_module_simple(&mut self, name: &str) -> PyResult<Value> {
        self.import_absolute(name)
    }

    /// The IMPORT_NAME operation.
    pub fn import_name(
        &mut self,
        name: &str,
        globals: &PyRef,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let level = crate::objects::intobj::to_i64(level).unwrap_or(0);
        if level < 0 {
            return Err(self.new_value_error("level must be >= 0"));
        }
        let abs_name = if level > 0 {
            self.resolve_relative(name, globals, level as usize)?
        } else {
            name.to_string()
        };
        if abs_name.is_empty() {
            return Err(self.new_value_error("Empty module name"));
        }
        let module = self.import_absolute(&abs_name)?;
        let has_fromlist = !fromlist.is_none() && self.truthy(fromlist)?;
        if !has_fromlist {
            if level == 0 || !name.is_empty() {
                // `import a.b.c` binds `a`.
                let top = if level == 0 {
                    name.split('.').next().unwrap_or(name).to_string()
                } else {
                    let cut = abs_name.len() - name.len();
                    let first = name.split('.').next().unwrap_or(name);
                    format!("{}{}", &abs_name[..cut], first)
                };
                return match self.sys_modules_get(&top) {
                    Some(m) => Ok(m),
                    None => self.import_absolute(&top),
                };
            }
            return Ok(module);
        }
        // from package import submodule: import submodules that are not attributes.
        if let Value::Obj(mo) = &module {
            if moduleobj::module_get(mo, "__path__").is_some() {
                for item in self.collect_iter(fromlist)? {
                    let Some(n) = item.as_rust_str().map(|s| s.to_string()) else {
                        continue;
                    };
                    if n == "*" {
                        if let Some(all) = moduleobj::module_get(mo, "__all__") {
                            for a in self.collect_iter(&all)? {
                                if let Some(an) = a.as_rust_str().map(|s| s.to_string()) {
                                    if moduleobj::module_get(mo, &an).is_none() {
                                        let _ =
                                            self.import_absolute(&format!("{}.{}", abs_name, an));
                                    }
                                }
                            }
                        }
                        continue;
                    }
                    if moduleobj::module_get(mo, &n).is_none() {
                        let sub = format!("{}.{}", abs_name, n);
                        match self.import_absolute(&sub) {
                            Ok(_) => {}
                            Err(e)
                                if self
                                    .exception_matches(&e, &types().exc.module_not_found_error) =>
                            {
                                // Only ignore "No module named <sub>" itself.
                                let missing = crate::exceptions::exception_str(
                                    self,
                                    &Value::Obj(e.0.clone()),
                                )
                                .unwrap_or_default();
                                if !missing.contains(&format!("'{}'", sub)) {
                                    return Err(e);
                                }
                            }
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
        }
        Ok(module)
    }

    fn resolve_relative(&mut self, name: &str, globals: &PyRef, level: usize) -> PyResult<String> {
        let g = |k: &str| dictobj::dict_get_str(globals, &types::intern(k));
        let package = match g("__package__") {
            Some(p) if p.as_str().is_some() => p.as_rust_str().unwrap_or("").to_string(),
            _ => {
                let modname = g("__name__")
                    .and_then(|n| n.as_rust_str().map(|s| s.to_string()))
                    .unwrap_or_default();
                if g("__path__").is_some() {
                    modname
                } else {
                    match modname.rfind('.') {
                        Some(i) => modname[..i].to_string(),
                        None => String::new(),
                    }
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_import_error(
                "attempted relative import with no known parent package",
                None,
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(
                self.new_import_error("attempted relative import beyond top-level package", None)
            );
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{}.{}", base, name)
        })
    }

    /// Imports `a.b.c` (parents first) and returns the leaf module.
    fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.sys_modules_get(name) {
            if m.is_none() {
                let e = self.new_exception_msg(
                    &types().exc.module_not_found_error,
                    format!("import of {} halted; None in sys.modules", name),
                );
                crate::exceptions::set_attr_raw(&e.0, "name", strobj::new_str(name.to_string()));
                return Err(e);
            }
            return Ok(m);
        }
        let (parent, leaf) = match name.rfind('.') {
            Some(i) => (Some(&name[..i]), &name[i + 1..]),
            None => (None, name),
        };
        if let Some(p) = parent {
            if crate::modules::is_frozen(name) || self.module_defs.iter().any(|d| d.name == name) {
                let pm = self.import_absolute(p)?;
                if let Some(m) = self.sys_modules_get(name) {
                    return Ok(m);
                }
                let m = self.load_builtin_module(name)?.unwrap_or(Value::None);
                if let Value::Obj(pmo) = &pm {
                    moduleobj::module_set(pmo, leaf, m.clone());
                }
                return Ok(m);
            }
        }
        let search_path: Vec<String> = match parent {
            Some(p) => {
                let pm = self.import_absolute(p)?;
                // The parent's import may have imported us.
                if let Some(m) = self.sys_modules_get(name) {
                    return Ok(m);
                }
                let path = match &pm {
                    Value::Obj(o) => moduleobj::module_get(o, "__path__"),
                    _ => None,
                };
                match path {
                    Some(p) => self
                        .collect_iter(&p)?
                        .iter()
                        .filter_map(|v| v.as_rust_str().map(|s| s.to_string()))
                        .collect(),
                    None => {
                        let e = self.new_exception_msg(
                            &types().exc.module_not_found_error,
                            format!(
                                "No module named '{}'; '{}' is not a package",
                                name,
                                parent.unwrap_or("")
                            ),
                        );
                        let n = strobj::new_str(name.to_string());
                        crate::exceptions::set_attr_raw(&e.0, "name", n);
                        return Err(e);
                    }
                }
            }
            None => {
                // As in CPython: the interpreter's own modules come first, then the script's
                // folder and the rest of sys.path, then the standard library (frozen here).
                if crate::modules::takes_precedence(name) {
                    if let Some(m) = self.load_builtin_module(name)? {
                        return Ok(m);
                    }
                }
                let path = self.sys_path()?;
                if let Some(m) = self.find_and_load(name, leaf, &path, false)? {
                    return Ok(m);
                }
                if let Some(m) = self.load_builtin_module(name)? {
                    return Ok(m);
                }
                path
            }
        };
        let m = self.find_and_load(name, leaf, &search_path, true)?;
        let Some(m) = m else {
            return Err(self.module_not_found(name));
        };
        if let Some(p) = parent {
            if let Some(Value::Obj(pm)) = self.sys_modules_get(p) {
                moduleobj::module_set(&pm, leaf, m.clone());
            }
        }
        Ok(m)
    }

    fn module_not_found(&mut self, name: &str) -> super::PyErr {
        let e = self.new_exception_msg(
            &types().exc.module_not_found_error,
            format!("No module named '{}'", name),
        );
        crate::exceptions::set_attr_raw(&e.0, "name", strobj::new_str(name.to_string()));
        e
    }

    fn sys_path(&mut self) -> PyResult<Vec<String>> {
        let sys = Value::Obj(self.sys.clone());
        let p = self.get_attr_str(&sys, "path")?;
        Ok(self
            .collect_iter(&p)?
            .iter()
            .filter_map(|v| v.as_rust_str().map(|s| s.to_string()))
            .collect())
    }

    /// Builtin (Rust) and frozen (Python) modules.
    fn load_builtin_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        if let Some((src, is_pkg)) = crate::modules::frozen_source(name) {
            return self.load_frozen(name, &src, is_pkg).map(Some);
        }
        let defs = self.module_defs;
        let Some(def) = defs.iter().find(|d| d.name == name) else {
            return Ok(None);
        };
        let m = crate::objects::moduleobj::new_module(name);
        let package = name.rsplit_once('.').map(|(p, _)| p).unwrap_or_default();
        moduleobj::module_set(&m, "__package__", strobj::new_str(package.to_string()));
        let mv = Value::Obj(m.clone());
        self.sys_modules_set(name, mv.clone());
        let r = (def.init)(self, &m);
        if let Err(e) = r {
            self.sys_modules_del(name);
            return Err(e);
        }
        Ok(Some(self.sys_modules_get(name).unwrap_or(mv)))
    }

    fn load_frozen(&mut self, name: &str, src: &str, is_pkg: bool) -> PyResult<Value> {
        let m = moduleobj::new_module(name);
        moduleobj::module_set(&m, "__builtins__", Value::Obj(self.builtins.clone()));
        let package = if is_pkg {
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        moduleobj::module_set(&m, "__package__", strobj::new_str(package));
        if is_pkg {
            moduleobj::module_set(
                &m,
                "__path__",
                crate::objects::listobj::new_list(Vec::new()),
            );
        }
        let mv = Value::Obj(m.clone());
        self.sys_modules_set(name, mv.clone());
        let filename = format!("<frozen {}>", name);
        let code = match self.compile(src, &filename, Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                self.sys_modules_del(name);
                return Err(e);
            }
        };
        self.exec_module_code(name, &m, &code, mv)
    }

    /// Finds `leaf` in the folders of `path`: a package or a `.py` file, the first one wins;
    /// else, when `namespace` is allowed, the folders named `leaf` form a namespace package.
    fn find_and_load(
        &mut self,
        fullname: &str,
        leaf: &str,
        path: &[String],
        namespace: bool,
    ) -> PyResult<Option<Value>> {
        let mut portions = Vec::new();
        // As CPython's FileFinder: a relative entry ('' and '.' too) is taken from the
        // working directory, so modules get absolute `__file__`s.
        let cwd = std::env::current_dir().map(|c| c.to_string_lossy().into_owned());
        for dir in path {
            let base = match &cwd {
                Ok(cwd) if !dir.starts_with('/') => match dir.as_str() {
                    "" | "." => cwd.clone(),
                    _ if cwd.ends_with('/') => format!("{}{}", cwd, dir),
                    _ => format!("{}/{}", cwd, dir),
                },
                _ if dir.is_empty() => ".".to_string(),
                _ => dir.clone(),
            };
            let pkg_dir = format!("{}/{}", base, leaf);
            let init = format!("{}/__init__.py", pkg_dir);
            if is_file(&init) {
                return self
                    .load_source_module(fullname, &init, Some(&pkg_dir))
                    .map(Some);
            }
            let file = format!("{}/{}.py", base, leaf);
            if is_file(&file) {
                return self.load_source_module(fullname, &file, None).map(Some);
            }
            if namespace && !leaf.is_empty() && is_dir(&pkg_dir) {
                portions.push(strobj::new_str(pkg_dir));
            }
        }
        if portions.is_empty() {
            return Ok(None);
        }
        // Namespace package: directories without __init__.py.
        let m = moduleobj::new_module(fullname);
        moduleobj::module_set(&m, "__path__", crate::objects::listobj::new_list(portions));
        moduleobj::module_set(&m, "__file__", Value::None);
        let mv = Value::Obj(m);
        self.sys_modules_set(fullname, mv.clone());
        Ok(Some(mv))
    }

    /// Executes a Python source file as module `name`.
    pub fn load_source_module(
        &mut self,
        name: &str,
        file: &str,
        pkg_dir: Option<&str>,
    ) -> PyResult<Value> {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                return Err(
                    self.new_import_error(format!("cannot read {}: {}", file, e), Some(name))
                );
            }
        };
        let src = crate::decode_source(self, &bytes, file, false)?;
        let m = moduleobj::new_module(name);
        moduleobj::module_set(&m, "__file__", strobj::new_str(file.to_string()));
        moduleobj::module_set(&m, "__builtins__", Value::Obj(self.builtins.clone()));
        let package = match pkg_dir {
            Some(d) => {
                moduleobj::module_set(
                    &m,
                    "__path__",
                    crate::objects::listobj::new_list(vec![strobj::new_str(d.to_string())]),
                );
                name.to_string()
            }
            None => name
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
        };
        moduleobj::module_set(&m, "__package__", strobj::new_str(package));
        let mv = Value::Obj(m.clone());
        self.sys_modules_set(name, mv.clone());
        let code = match self.compile(&src, file, Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                self.sys_modules_del(name);
                return Err(e);
            }
        };
        self.exec_module_code(name, &m, &code, mv)
    }

    /// Runs a module's code in its namespace; on error the module leaves sys.modules. While it
    /// runs it is "partially initialized" (see `initializing`).
    fn exec_module_code(
        &mut self,
        name: &str,
        m: &PyRef,
        code: &Rc<crate::bytecode::Code>,
        mv: Value,
    ) -> PyResult<Value> {
        let globals = m.dict().cloned().unwrap_or_else(types::new_dict_ref);
        self.initializing.push(m.clone());
        let r = self.run_code(code, &globals, None);
        if let Some(i) = self.initializing.iter().rposition(|x| Rc::ptr_eq(x, m)) {
            self.initializing.remove(i);
        }
        if let Err(e) = r {
            self.sys_modules_del(name);
            return Err(e);
        }
        Ok(self.sys_modules_get(name).unwrap_or(mv))
    }

    /// The IMPORT_FROM operation.
    pub fn import_from(&mut self, m: &Value, name: &PyRef) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(m, name)? {
            return Ok(v);
        }
        // A submodule imported meanwhile (circular imports).
        let modname = match m {
            Value::Obj(o) => moduleobj::module_get(o, "__name__")
                .and_then(|n| n.as_rust_str().map(|s| s.to_string())),
            _ => None,
        };
        if let Some(mn) = &modname {
            let full = format!("{}.{}", mn, name.payload_str());
            if let Some(sub) = self.sys_modules_get(&full) {
                return Ok(sub);
            }
        }
        let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
        let file = match m {
            Value::Obj(o) => moduleobj::module_get(o, "__file__")
                .and_then(|f| f.as_rust_str().map(|s| s.to_string())),
            _ => None,
        };
        let initializing = match m {
            Value::Obj(o) => self.initializing.iter().any(|x| Rc::ptr_eq(x, o)),
            _ => false,
        };
        let msg = match file {
            Some(f) if initializing => format!(
                "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
                name.payload_str(),
                mn,
                f
            ),
            Some(f) => format!(
                "cannot import name '{}' from '{}' ({})",
                name.payload_str(),
                mn,
                f
            ),
            None => format!(
                "cannot import name '{}' from '{}' (unknown location)",
                name.payload_str(),
                mn
            ),
        };
        Err(self.new_import_error(msg, Some(&mn)))
    }

    /// `from m import *`.
    pub fn import_star(&mut self, m: &Value, locals: &Value) -> PyResult<()> {
        let mut from_all = true;
        let names: Vec<Value> = match self.get_attr_opt(m, &types::intern("__all__"))? {
            Some(all) => self.collect_iter(&all)?,
            None => {
                from_all = false;
                let d = match m {
                    Value::Obj(o) => o.dict().cloned(),
                    _ => None,
                };
                match d {
                    Some(d) => match &d.payload {
                        Payload::Dict(dd) => dd
                            .keys()
                            .into_iter()
                            .filter(|k| !k.as_rust_str().is_some_and(|s| s.starts_with('_')))
                            .collect(),
                        _ => Vec::new(),
                    },
                    None => Vec::new(),
                }
            }
        };
        for n in names {
            let name = match n.as_obj() {
                Some(o) if n.as_str().is_some() => o.clone(),
                _ => {
                    let mn = match self.get_attr_opt(m, &types::intern("__name__"))? {
                        Some(v) if v.as_str().is_some() => {
                            v.as_rust_str().unwrap_or("").to_string()
                        }
                        _ => "<module>".to_string(),
                    };
                    return Err(self.new_type_error(format!(
                        "{} in {}.{} must be str, not {}",
                        if from_all { "Item" } else { "Key" },
                        mn,
                        if from_all { "__all__" } else { "__dict__" },
                        types::type_name(&n)
                    )));
                }
            };
            let v = self.get_attr(m, &name)?;
            self.setitem(locals, n, v)?;
        }
        Ok(())
    }

    /// A builtin type by name (for `__objclass__`).
    pub fn builtin_type_by_name(&self, name: &str) -> Option<Value> {
        match &self.builtins_dict.payload {
            Payload::Dict(d) => d
                .get_rust_str(name)
                .filter(|v| matches!(v.payload(), Some(Payload::Type(_)))),
            _ => None,
        }
    }

    /// Registers an already-built module in sys.modules.
    pub fn register_module(&mut self, name: &str, m: &PyRef) {
        self.sys_modules_set(name, Value::Obj(m.clone()));
    }

    pub fn sys_modules_ref(&self) -> &PyRef {
        &self.sys_modules
    }

    pub fn is_registered(&self, name: &str) -> bool {
        self.sys_modules_get(name).is_some()
    }

    pub fn module_rc(&self, name: &str) -> Option<PyRef> {
        self.sys_modules_get(name)
            .and_then(|v| v.as_obj().cloned())
            .filter(|o| Rc::strong_count(o) > 0)
    }
}

fn is_file(p: &str) -> bool {
    std::fs::metadata(p).map(|m| m.is_file()).unwrap_or(false)
}

fn is_dir(p: &str) -> bool {
    std::fs::metadata(p).map(|m| m.is_dir()).unwrap_or(false)
}
