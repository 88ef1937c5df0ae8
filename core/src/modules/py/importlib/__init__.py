"""import_module(), reload() and invalidate_caches() over the interpreter's import system."""

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
    # level dots: the package itself for one, its parent for two, ...
    pieces = package.split('.')
    if level > len(pieces):
        raise ImportError('attempted relative import beyond top-level package')
    anchor = '.'.join(pieces[:len(pieces) - level + 1])
    return anchor + '.' + name if name else anchor


def _sanity_check(name, package, level):
    # The checks (and messages) of CPython's import for a name, package and level.
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level and not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    if level and not package:
        raise ImportError('attempted relative import with no known parent package')
    if level == 0 and name == '':
        raise ValueError('Empty module name')


def import_module(name, package=None):
    """Import the module called name and return it (not its top-level package, unlike
    __import__). A relative name ('.sub', '..mod') is resolved against package."""
    dots = len(name) - len(name.lstrip('.'))
    if dots and not package:
        raise TypeError("the 'package' argument is required to perform a "
                        f"relative import for {name!r}")
    _sanity_check(name[dots:], package, dots)
    full = _resolve_name(name[dots:], package, dots) if dots else name
    __import__(full)
    module = sys.modules[full]
    if module is None:
        raise _error(ModuleNotFoundError, f'import of {full} halted; None in sys.modules',
                     full)
    return module


def invalidate_caches():
    """Tell the finders on sys.meta_path to forget what they cached."""
    for finder in sys.meta_path:
        forget = getattr(finder, 'invalidate_caches', None)
        if forget is not None:
            forget()


_in_reload = {}


def reload(module):
    """Run the module's code again in the same module object, found afresh (the
    module must be in sys.modules)."""
    if not module or not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    spec = getattr(module, '__spec__', None)
    name = module.__name__ if spec is None else spec.name
    if sys.modules.get(name) is not module:
        raise _error(ImportError, f"module {name} not in sys.modules", name)
    if name in _in_reload:
        # A module reloading itself while it is being reloaded.
        return _in_reload[name]
    _in_reload[name] = module
    try:
        from importlib import util
        where = None
        parent = name.rpartition('.')[0]
        if parent:
            if parent not in sys.modules:
                raise _error(ImportError, f"parent {parent!r} not in sys.modules", parent)
            where = sys.modules[parent].__path__
        found = util._find_spec(name, where)
        if found is None:
            raise _error(ModuleNotFoundError, f"spec not found for the module {name!r}",
                         name)
        util._exec(found, module)
        return sys.modules[name]
    finally:
        del _in_reload[name]


def __getattr__(name):
    # CPython's site module imports importlib.util at start-up, so programs use it after a
    # bare "import importlib".
    if name == 'util':
        import importlib.util as util
        return util
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
