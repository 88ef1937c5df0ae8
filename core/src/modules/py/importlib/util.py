"""Utility code for constructing importers, etc."""

import sys
import _imp
from importlib import _error
from importlib import _resolve_name as _resolve, _sanity_check
from importlib.machinery import (ModuleSpec, BuiltinImporter, FrozenImporter, PathFinder,
                                 SourceFileLoader, SOURCE_SUFFIXES)

_POPULATE = object()


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve(name[level:], package, level)


def _find_spec(name, path):
    # The interpreter's import order: the user's meta path finders; for a top-level name,
    # the interpreter's own modules first only for CPython's builtin/frozen set, then the
    # files on sys.path, then the other standard modules, then namespace packages.
    for finder in sys.meta_path:
        find = getattr(finder, 'find_spec', None)
        if find is not None:
            spec = find(name, path)
            if spec is not None:
                return spec
    if path is None and not _imp._takes_precedence(name):
        spec = PathFinder._find_regular(name, sys.path)
        if spec is not None:
            return spec
    for finder in (BuiltinImporter, FrozenImporter):
        spec = finder.find_spec(name, path)
        if spec is not None:
            return spec
    return PathFinder.find_spec(name, path)


def _spec_of_module(name, fullname, module):
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f'{name}.__spec__ is not set') from None
    if spec is not None:
        return spec
    # Modules the interpreter imported itself carry no spec: describe them.
    parent = fullname.rpartition('.')[0]
    path = getattr(sys.modules.get(parent), '__path__', None) if parent else None
    spec = _find_spec(fullname, path)
    if spec is None:
        raise ValueError(f'{name}.__spec__ is None')
    return spec


def find_spec(name, package=None):
    """Return the spec for the specified module.

    First, sys.modules is checked to see if the module was already imported. If
    so, then sys.modules[name].__spec__ is returned. If that happens to be
    set to None, then ValueError is raised. If the module is not in
    sys.modules, then sys.meta_path is searched for a suitable spec with the
    value of 'path' given to the finders. None is returned if no spec could
    be found.
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise _error(ModuleNotFoundError,
                             f"__path__ attribute not found on {parent_name!r} "
                             f"while trying to find {fullname!r}", fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    return _spec_of_module(name, fullname, module)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
        try:
            location = os.path.abspath(location) if location else location
        except OSError:
            pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not location.endswith(tuple(SOURCE_SUFFIXES)):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(os.path.split(location)[0])
    return spec


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        module.__name__ = spec.name
    if override or getattr(module, '__loader__', None) is None:
        module.__loader__ = spec.loader
    if override or getattr(module, '__package__', None) is None:
        module.__package__ = spec.parent
    module.__spec__ = spec
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            module.__file__ = spec.origin
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                module.__cached__ = spec.cached
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() '
                          'must also define create_module()')
    if module is None:
        import types
        module = types.ModuleType(spec.name)
    return _init_module_attrs(spec, module)


def _exec(spec, module):
    """Execute the spec's module in an existing module's namespace (reload)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise _error(ImportError, f'module {name!r} not in sys.modules', name)
    _init_module_attrs(spec, module, override=True)
    if spec.loader is not None and hasattr(spec.loader, 'exec_module'):
        spec.loader.exec_module(module)
    return module


def source_hash(source_bytes):
    raise NotImplementedError('source_hash() is not available')


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    raise NotImplementedError('sys.implementation.cache_tag is None')


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string."""
    return source_bytes.decode('utf-8')
