"""A pure Python implementation of import."""

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import sys

__import__ = __import__


def _error(cls, msg, name):
    # ImportError(msg, name=name), set afterwards: the interpreter's ImportError takes no
    # keyword arguments yet.
    e = cls(msg)
    e.name = name
    return e


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.
    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    _sanity_check(name[level:], package, level)
    name = name[level:]
    if level > 0:
        name = _resolve_name(name, package, level)
    __import__(name)
    module = sys.modules[name]
    if module is None:
        e = ModuleNotFoundError(f'import of {name} halted; None in sys.modules')
        e.name = name
        raise e
    return module


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders stored in
    sys.meta_path (where implemented)."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


_RELOADING = {}


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.
    """
    import types
    if not module or not isinstance(module, types.ModuleType):
        raise TypeError("reload() argument must be a module")
    spec = getattr(module, '__spec__', None)
    name = spec.name if spec is not None else module.__name__
    if sys.modules.get(name) is not module:
        raise _error(ImportError, f"module {name} not in sys.modules", name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        from importlib import util
        parent_name = name.rpartition('.')[0]
        path = None
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise _error(ImportError, f"parent {parent_name!r} not in sys.modules",
                             parent_name) from None
            path = parent.__path__
        spec = util._find_spec(name, path)
        if spec is None:
            raise _error(ModuleNotFoundError, f"spec not found for the module {name!r}", name)
        util._exec(spec, module)
        return sys.modules[name]
    finally:
        del _RELOADING[name]


def __getattr__(name):
    # CPython's site module imports importlib.util at start-up, so programs use it after a
    # bare "import importlib".
    if name == 'util':
        import importlib.util as util
        return util
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
