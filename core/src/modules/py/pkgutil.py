"""Utilities for finding and iterating over modules on the file system (the folders of
sys.path or of a package's __path__)."""

import importlib
import os
import sys
from collections import namedtuple

__all__ = ['get_importer', 'iter_importers', 'walk_packages', 'iter_modules', 'get_data',
           'extend_path', 'ModuleInfo', 'resolve_name']

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


class FileFinder:
    """Finds the modules of one folder (what get_importer returns for a path entry)."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return 'FileFinder(%r)' % (self.path,)

    def iter_modules(self, prefix=''):
        try:
            names = sorted(os.listdir(self.path or '.'))
        except OSError:
            return
        seen = set()
        for fn in names:
            full = os.path.join(self.path, fn)
            if fn.endswith('.py'):
                name, ispkg = fn[:-3], False
                if name == '__init__':
                    continue
            elif '.' not in fn and os.path.isdir(full) and \
                    os.path.isfile(os.path.join(full, '__init__.py')):
                name, ispkg = fn, True
            else:
                continue
            if not name.isidentifier() or name in seen:
                continue
            seen.add(name)
            yield prefix + name, ispkg


def get_importer(path_item):
    path_item = os.fsdecode(path_item)
    try:
        return sys.path_importer_cache[path_item]
    except (KeyError, AttributeError):
        pass
    finder = FileFinder(path_item)
    try:
        sys.path_importer_cache[path_item] = finder
    except AttributeError:
        pass
    return finder


def iter_importers(fullname=''):
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if '.' in fullname:
        pkg_name = fullname.rpartition('.')[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def iter_modules(path=None, prefix=''):
    if path is None:
        importers = [get_importer(p) for p in sys.path]
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = [get_importer(p) for p in path]
    yielded = set()
    for importer in importers:
        walk = getattr(importer, 'iter_modules', None)
        if walk is None:
            continue
        for name, ispkg in walk(prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(importer, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                path = getattr(sys.modules[info.name], '__path__', None) or []
                path = [p for p in path if not seen(p)]
                yield from walk_packages(path, info.name + '.', onerror)


def get_data(package, resource):
    """The bytes of resource, a '/'-separated path relative to package's folder (None when
    the package has no file)."""
    mod = sys.modules.get(package)
    if mod is None:
        mod = importlib.import_module(package)
    spec = getattr(mod, '__spec__', None)
    loader = getattr(spec, 'loader', None) if spec is not None else None
    if loader is not None and hasattr(loader, 'get_data') and getattr(mod, '__file__', None):
        parts = resource.split('/')
        parts.insert(0, os.path.dirname(mod.__file__))
        return loader.get_data(os.path.join(*parts))
    filename = getattr(mod, '__file__', None)
    if not filename:
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(filename))
    with open(os.path.join(*parts), 'rb') as f:
        return f.read()


def extend_path(path, name):
    """Add the folders of sys.path that hold a subfolder for package name to its path."""
    if not isinstance(path, list):
        return path
    sname_pkg = name.rpartition('.')[2]
    path = path[:]
    parent, _, final = name.rpartition('.')
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search = sys.path
    for d in search:
        if not isinstance(d, str):
            continue
        sub = os.path.join(d, final or sname_pkg)
        if sub not in path and os.path.isdir(sub):
            path.append(sub)
    return path


_NAME_PATTERN = None


def resolve_name(name):
    """The object called name: 'pkg.mod' or 'pkg.mod:attr.attr' (or 'pkg.mod.attr')."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted})(?P<cln>:(?P<obj>{dotted})?)?$', re.U)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    gd = m.groupdict()
    if gd.get('cln'):
        mod = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
