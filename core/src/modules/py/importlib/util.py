"""Specs for modules: finding them, and making modules from them."""

import sys
import _imp
from importlib import _error
from importlib import _resolve_name as _resolve, _sanity_check
from importlib.machinery import (ModuleSpec, BuiltinImporter, FrozenImporter, PathFinder,
                                 SourceFileLoader, SOURCE_SUFFIXES)

_FIND_OUT = object()     # spec_from_file_location: ask the loader whether it is a package


def resolve_name(name, package):
    """'.b' in package 'a' -> 'a.b'."""
    if name[:1] != '.':
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    dots = len(name) - len(name.lstrip('.'))
    return _resolve(name[dots:], package, dots)


def _find_spec(name, path):
    # The interpreter's import order: the user's meta path finders; for a top-level name,
    # the interpreter's own modules first only for CPython's builtin/frozen set, then the
    # files on sys.path, then the other standard modules, then namespace packages.
    for finder in sys.meta_path:
        find = getattr(finder, 'find_spec', None)
        found = find(name, path) if find is not None else None
        if found is not None:
            return found
    if path is None and not _imp._takes_precedence(name):
        found = PathFinder._find_regular(name, sys.path)
        if found is not None:
            return found
    return (BuiltinImporter.find_spec(name, path) or FrozenImporter.find_spec(name, path)
            or PathFinder.find_spec(name, path))


def find_spec(name, package=None):
    """The spec of the module called name (relative names need package), or None.

    An imported module's own __spec__ is returned; the interpreter's modules carry none,
    and get one built on the spot."""
    fullname = resolve_name(name, package)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        if not hasattr(module, '__spec__'):
            raise ValueError(f'{name}.__spec__ is not set')
        if module.__spec__ is not None:
            return module.__spec__
        parent = fullname.rpartition('.')[0]
        where = getattr(sys.modules.get(parent), '__path__', None) if parent else None
        made = _find_spec(fullname, where)
        if made is None:
            raise ValueError(f'{name}.__spec__ is None')
        return made
    parent = fullname.rpartition('.')[0]
    if not parent:
        return _find_spec(fullname, None)
    pkg = __import__(parent, fromlist=['__path__'])
    if not hasattr(pkg, '__path__'):
        raise _error(ModuleNotFoundError, f"__path__ attribute not found on {parent!r} "
                     f"while trying to find {fullname!r}", fullname) from AttributeError(
                         f"module {parent!r} has no attribute '__path__'")
    return _find_spec(fullname, pkg.__path__)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that loader loads."""
    origin = origin if origin is not None else getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=[] if is_package else None)
    if is_package is None:
        is_package = False
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_FIND_OUT):
    """A spec for the module in the file location (a .py source unless loader says)."""
    import os
    if location is None:
        location = '<unknown>'
        try:
            location = loader.get_filename(name)
        except (AttributeError, ImportError):
            pass
    else:
        location = os.fspath(location)
        if location:
            location = os.path.abspath(location)
    if loader is None:
        if not location.endswith(tuple(SOURCE_SUFFIXES)):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not _FIND_OUT:
        spec.submodule_search_locations = submodule_search_locations
    else:
        try:
            pkg = loader.is_package(name) if hasattr(loader, 'is_package') else False
        except ImportError:
            pkg = False
        if pkg:
            spec.submodule_search_locations = []
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(os.path.dirname(location))
    return spec


def _set_module_attrs(spec, module, replace=False):
    def put(attr, value):
        if replace or getattr(module, attr, None) is None:
            setattr(module, attr, value)
    put('__name__', spec.name)
    put('__loader__', spec.loader)
    put('__package__', spec.parent)
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        put('__path__', spec.submodule_search_locations)
    if spec.has_location:
        put('__file__', spec.origin)
        if spec.cached is not None:
            put('__cached__', spec.cached)
    return module


def module_from_spec(spec):
    """A new module for spec (its code is not run)."""
    loader = spec.loader
    module = None
    if hasattr(loader, 'create_module'):
        module = loader.create_module(spec)
    elif hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() '
                          'must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    return _set_module_attrs(spec, module)


def _exec(spec, module):
    """Run spec's code again in an existing module (reload)."""
    if sys.modules.get(spec.name) is not module:
        raise _error(ImportError, f'module {spec.name!r} not in sys.modules', spec.name)
    _set_module_attrs(spec, module, replace=True)
    run = getattr(spec.loader, 'exec_module', None)
    if run is not None:
        run(module)
    return module


def _no_cache(*args, **kwargs):
    raise NotImplementedError('sys.implementation.cache_tag is None')


cache_from_source = source_from_cache = _no_cache


def source_hash(source_bytes):
    raise NotImplementedError('source_hash() is not available')


def decode_source(source_bytes):
    """Source bytes as text (UTF-8)."""
    return source_bytes.decode('utf-8')
