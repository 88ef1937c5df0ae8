"""Run a module or a script file as if it were __main__, returning its globals."""

import importlib.util
import os
import sys

__all__ = ["run_module", "run_path"]


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader, fname, cached = None, script_name, None
    else:
        loader = mod_spec.loader
        fname = script_name if script_name is not None else mod_spec.origin
        cached = getattr(mod_spec, 'cached', None)
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _module_code(mod_name):
    if mod_name.startswith('.'):
        raise ImportError("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition('.')
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith('.py'):
            msg += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise ImportError(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise ImportError("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise ImportError("Cannot use package as __main__ module")
        try:
            return _module_code(mod_name + ".__main__")
        except ImportError as e:
            if mod_name not in sys.modules:
                raise
            raise ImportError(("%s; %r is a package and cannot be directly executed"
                               % (e, mod_name)))
    code = None
    get_code = getattr(spec.loader, 'get_code', None)
    if get_code is not None:
        code = get_code(mod_name)
    if code is None and spec.origin and os.path.isfile(spec.origin):
        with open(spec.origin, 'rb') as f:
            code = compile(f.read(), spec.origin, 'exec')
    if code is None:
        raise ImportError("No code object available for %s" % mod_name)
    return mod_name, spec, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    mod_name, spec, code = _module_code(mod_name)
    if run_name is None:
        run_name = mod_name
    pkg_name = mod_name.rpartition('.')[0]
    if not alter_sys:
        return _run_code(code, {}, init_globals, run_name, spec, pkg_name)
    import types
    temp = types.ModuleType(run_name)
    old_mod = sys.modules.get(run_name, None)
    old_argv0 = sys.argv[0] if sys.argv else None
    sys.modules[run_name] = temp
    if sys.argv:
        sys.argv[0] = spec.origin
    try:
        _run_code(code, temp.__dict__, init_globals, run_name, spec, pkg_name)
    finally:
        if sys.argv:
            sys.argv[0] = old_argv0
        if old_mod is None:
            sys.modules.pop(run_name, None)
        else:
            sys.modules[run_name] = old_mod
    return temp.__dict__.copy()


def run_path(path_name, init_globals=None, run_name=None):
    if run_name is None:
        run_name = "<run_path>"
    path_name = os.fsdecode(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, '__main__.py')
        if not os.path.isfile(main):
            raise ImportError("can't find '__main__' module in %r" % path_name)
        sys.path.insert(0, path_name)
        try:
            with open(main, 'rb') as f:
                code = compile(f.read(), main, 'exec')
            return _run_code(code, {}, init_globals, run_name, None, '', main)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    # (CPython opens and names the code by the absolute path; __file__ stays as given)
    full = os.path.abspath(path_name)
    with open(full, 'rb') as f:
        code = compile(f.read(), full, 'exec')
    return _run_code(code, {}, init_globals, run_name, None, '', path_name)
