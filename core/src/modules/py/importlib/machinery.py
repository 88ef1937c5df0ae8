"""The implementations of the import machinery's specs, finders and loaders."""

import sys
from importlib import _error
import _imp

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """The file name endings of modules."""
    return [*SOURCE_SUFFIXES, *BYTECODE_SUFFIXES, *EXTENSION_SUFFIXES]


class ModuleSpec:
    """What the import system knows about a module: its name, loader and origin."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.__dict__.update(name=name, loader=loader, origin=origin,
                             loader_state=loader_state, cached=None,
                             submodule_search_locations=[] if is_package else None,
                             _uninitialized_submodules=[], _set_fileattr=False)

    _FIELDS = ('name', 'loader', 'origin', 'submodule_search_locations', 'cached',
               'has_location')

    def __repr__(self):
        shown = [f'name={self.name!r}', f'loader={self.loader!r}']
        for key in ('origin', 'submodule_search_locations'):
            value = getattr(self, key)
            if value is not None:
                shown.append(f'{key}={value!r}' if key == 'origin' else f'{key}={value}')
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def __eq__(self, other):
        try:
            return all(getattr(self, f) == getattr(other, f) for f in self._FIELDS)
        except AttributeError:
            return NotImplemented

    @property
    def parent(self):
        """The package the module belongs to (itself for a package)."""
        if self.submodule_search_locations is not None:
            return self.name
        return self.name.rpartition('.')[0]

    has_location = property(lambda self: self._set_fileattr,
                            lambda self, value: setattr(self, '_set_fileattr', bool(value)))


class BuiltinImporter:
    """Meta path import for built-in modules."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        return __import__(spec.name) and sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """Meta path import for frozen modules."""

    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN,
                          is_package=_imp.is_frozen_package(fullname))

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name if module.__spec__ is not None else module.__name__
        src = _imp._frozen_source(name)
        if src is None:
            raise _error(ImportError, f'No such frozen object named {name!r}', name)
        exec(compile(src, f'<frozen {name}>', 'exec'), module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        src = _imp._frozen_source(fullname)
        return None if src is None else compile(src, f'<frozen {fullname}>', 'exec')

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name, self.path = fullname, path

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((self.name, self.path))

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        return self.get_data(self.path).decode('utf-8')

    def get_code(self, fullname):
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)

    def is_package(self, fullname):
        # A file named __init__.py (for a module not itself called __init__).
        stem = self.path.replace('\\', '/').rpartition('/')[2].partition('.')[0]
        return stem == '__init__' and fullname.rpartition('.')[2] != '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), vars(module))

    def load_module(self, fullname):
        """Deprecated: import the module (or run it again in its module)."""
        from importlib import util
        spec = util.spec_from_loader(fullname, self)
        module = sys.modules.get(fullname)
        if module is not None:
            util._exec(spec, module)
        else:
            module = sys.modules[fullname] = util.module_from_spec(spec)
            try:
                self.exec_module(module)
            except BaseException:
                sys.modules.pop(fullname, None)
                raise
        return sys.modules[fullname]


SourcelessFileLoader = None
ExtensionFileLoader = None


class NamespaceLoader:
    def __init__(self, name, path):
        self.name = name
        self.path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        return cls._find_regular(fullname, path) or cls._find_namespace(fullname, path)

    @staticmethod
    def _entries(fullname, path):
        import os
        tail = fullname.rpartition('.')[2]
        for entry in path:
            if isinstance(entry, str):
                yield os.path.join(entry or os.getcwd(), tail)

    @classmethod
    def _find_regular(cls, fullname, path):
        """A package (folder with __init__.py) or a .py file, the first one on path."""
        import os
        for base in cls._entries(fullname, path):
            init = os.path.join(base, '__init__.py')
            if os.path.isdir(base) and os.path.isfile(init):
                return _file_spec(fullname, init, [base])
            if os.path.isfile(base + '.py'):
                return _file_spec(fullname, base + '.py', None)
        return None

    @classmethod
    def _find_namespace(cls, fullname, path):
        """The folders named like the module, as a namespace package."""
        import os
        portions = [base for base in cls._entries(fullname, path) if os.path.isdir(base)]
        if not portions:
            return None
        spec = ModuleSpec(fullname, NamespaceLoader(fullname, portions), is_package=True)
        spec.submodule_search_locations = portions
        return spec


def _file_spec(fullname, location, search):
    spec = ModuleSpec(fullname, SourceFileLoader(fullname, location), origin=location)
    spec._set_fileattr = True
    spec.submodule_search_locations = search
    return spec


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])

    def __repr__(self):
        return f'FileFinder({self.path!r})'
