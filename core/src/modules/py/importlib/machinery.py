"""The implementations of the import machinery's specs, finders and loaders."""

import sys
from importlib import _error
import _imp

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The specification for a module, used for loading."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


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
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        data = self.get_data(self.get_filename(fullname))
        return data.decode('utf-8')

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return compile(self.get_data(path), path, 'exec', dont_inherit=True)

    def is_package(self, fullname):
        filename = self.get_filename(fullname).replace('\\', '/').rpartition('/')[2]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() '
                              'returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        from importlib import util
        spec = util.spec_from_loader(fullname, self)
        if fullname in sys.modules:
            module = sys.modules[fullname]
            util._exec(spec, module)
            return sys.modules[fullname]
        module = util.module_from_spec(spec)
        sys.modules[fullname] = module
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
