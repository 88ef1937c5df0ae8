"""The import machinery's old interface (deprecated since 3.4, gone in 3.12): kept for
programs that still use it, on top of importlib."""

import os
import sys
import types
import warnings
import _imp
import importlib
import importlib.util
import tokenize

warnings.warn("the imp module is deprecated in favour of importlib and slated for "
              "removal in Python 3.12; see the module's documentation for "
              "alternative uses", DeprecationWarning, stacklevel=2)

SEARCH_ERROR = 0
PY_SOURCE = 1
PY_COMPILED = 2
C_EXTENSION = 3
PY_RESOURCE = 4
PKG_DIRECTORY = 5
C_BUILTIN = 6
PY_FROZEN = 7
PY_CODERESOURCE = 8
IMP_HOOK = 9

_TAG = 'cpython-%d%d' % sys.version_info[:2]


def new_module(name):
    """A new, empty module object called name."""
    return types.ModuleType(name)


def get_magic():
    """The magic number of CPython 3.11's bytecode files."""
    return b'\xa7\r\r\n'


def get_tag():
    return _TAG


def cache_from_source(path, debug_override=None):
    head, tail = os.path.split(os.fspath(path))
    base = tail.rpartition('.')[0] if '.' in tail else tail
    return os.path.join(head, '__pycache__', '%s.%s.pyc' % (base, _TAG))


def source_from_cache(path):
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError('{} not bottom-level directory in {!r}'.format('__pycache__', path))
    if pycache_filename.count('.') not in {2, 3}:
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(pycache_filename))
    base = pycache_filename.partition('.')[0]
    return os.path.join(head, base + '.py')


def get_suffixes():
    return [('.cpython-311-x86_64-linux-gnu.so', 'rb', C_EXTENSION),
            ('.abi3.so', 'rb', C_EXTENSION), ('.so', 'rb', C_EXTENSION),
            ('.py', 'r', PY_SOURCE), ('.pyc', 'rb', PY_COMPILED)]


class NullImporter:
    """An importer that finds nothing (for path entries that are not folders)."""

    def __init__(self, path):
        if path == '':
            raise ImportError('empty pathname', path='')
        if os.path.isdir(path):
            raise ImportError('existing directory', path=path)

    def find_module(self, fullname):
        return None


def is_builtin(name):
    # CPython answers -1 for the modules that cannot be initialised twice (sys, builtins)
    if name in ('sys', 'builtins'):
        return -1
    return int(bool(_imp.is_builtin(name)))


def is_frozen(name):
    return bool(_imp.is_frozen(name))


def find_module(name, path=None):
    """(file, pathname, (suffix, mode, type)) for module name in the folders of path
    (default sys.path): an open source file, or None for a package or an interpreter
    module."""
    if not isinstance(name, str):
        raise TypeError("'name' must be a str, not {}".format(type(name)))
    elif not isinstance(path, (type(None), list)):
        raise RuntimeError("'path' must be None or a list, not {}".format(type(path)))
    if path is None:
        if is_builtin(name):
            return None, name, ('', '', C_BUILTIN)
        if is_frozen(name):
            return None, name, ('', '', PY_FROZEN)
        path = sys.path
    for entry in path:
        package = os.path.join(entry, name)
        init = os.path.join(package, '__init__.py')
        if os.path.isfile(init):
            return None, package, ('', '', PKG_DIRECTORY)
        candidate = os.path.join(entry, name + '.py')
        if os.path.isfile(candidate):
            with open(candidate, 'rb') as f:
                encoding = tokenize.detect_encoding(f.readline)[0]
            return open(candidate, 'r', encoding=encoding), candidate, ('.py', 'r', PY_SOURCE)
    raise ImportError('No module named {!r}'.format(name), name=name)


def load_source(name, pathname, file=None):
    """Import the source file pathname as module name (replacing sys.modules[name])."""
    spec = importlib.util.spec_from_file_location(name, pathname)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return sys.modules[name]


def load_package(name, path):
    if os.path.isdir(path):
        path = os.path.join(path, '__init__.py')
    spec = importlib.util.spec_from_file_location(name, path,
                                                  submodule_search_locations=[])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return sys.modules[name]


def load_module(name, file, filename, details):
    """Load a module that find_module found."""
    suffix, mode, type_ = details
    if mode and (not mode.startswith('r') or '+' in mode):
        raise ValueError('invalid file open mode {!r}'.format(mode))
    elif file is None and type_ in {PY_SOURCE, PY_COMPILED}:
        raise ValueError('file object required for import (type code {})'.format(type_))
    elif type_ == PY_SOURCE:
        return load_source(name, filename, file)
    elif type_ == PKG_DIRECTORY:
        return load_package(name, filename)
    elif type_ in (C_BUILTIN, PY_FROZEN):
        return importlib.import_module(name)
    raise ImportError("Don't know how to import {} (type code {})".format(name, type_),
                      name=name)


def reload(module):
    """Re-run the module's code in its namespace (importlib.reload)."""
    return importlib.reload(module)


def acquire_lock():
    pass


def release_lock():
    pass


def lock_held():
    return False
