# importlib: import_module (absolute and relative), reload, find_spec, module_from_spec,
# spec_from_file_location, with modules written to a temporary folder.
import os
import sys
import importlib
import importlib.util
import importlib.machinery

sys.dont_write_bytecode = True
TMP = os.path.abspath('_tmp_importlib')


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


def write(rel, text):
    path = os.path.join(TMP, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    return path


def rel(p):
    return p.replace(TMP, '<TMP>') if isinstance(p, str) else p


def show_spec(spec):
    if spec is None:
        print('  spec None')
        return
    locs = spec.submodule_search_locations
    print('  spec', spec.name, rel(spec.origin), spec.parent, spec.has_location,
          None if locs is None else [rel(x) for x in locs])


if os.path.exists(TMP):
    rmtree(TMP)
os.mkdir(TMP)
try:
    write('imod_a.py', 'X = 1\nprint("exec imod_a", __name__)\n')
    write('ipkg/__init__.py', 'P = "pkg"\n')
    write('ipkg/sub.py', 'from . import helper\nY = helper.H + 1\n')
    write('ipkg/helper.py', 'H = 41\n')
    write('ipkg/inner/__init__.py', '')
    write('ipkg/inner/deep.py', 'from .. import sub\nZ = sub.Y * 2\n')
    write('inspace/part.py', 'N = "ns"\n')
    write('other.txt', 'not python')
    write('colorsys.py', 'LOCAL = True\n')
    sys.path.insert(0, TMP)
    importlib.invalidate_caches()

    m = importlib.import_module('imod_a')
    print(m.X, m.__name__, m is sys.modules['imod_a'], importlib.import_module('imod_a') is m)
    s = importlib.import_module('ipkg.sub')
    print(s.Y, s.__name__, s.__package__)
    d = importlib.import_module('.inner.deep', 'ipkg')
    print(d.Z, d.__name__)
    print(importlib.import_module('..sub', 'ipkg.inner').Y, importlib.import_module('.', 'ipkg').P)
    print(importlib.import_module('inspace.part').N)
    for args in [('.x',), ('.x', ''), ('...x', 'ipkg'), ('',), ('nonexistent_mod_zz',),
                 ('ipkg.nothere',), ('imod_a.sub',)]:
        try:
            importlib.import_module(*args)
        except (TypeError, ImportError, ValueError) as e:
            print(args, type(e).__name__, e)

    # reload re-executes the code in the same module object
    m.X = 99
    m.extra = 'kept'
    write('imod_a.py', 'X = 2\nprint("exec imod_a again", __name__)\n')
    m2 = importlib.reload(m)
    print(m2 is m, m.X, m.extra)
    import json
    print(importlib.reload(json) is json, importlib.reload(sys) is sys)
    for bad in [None, 5, 'imod_a']:
        try:
            importlib.reload(bad)
        except TypeError as e:
            print('TypeError', e)
    import types
    stray = types.ModuleType('stray_mod')
    try:
        importlib.reload(stray)
    except ImportError as e:
        print('ImportError', e, e.name)

    # find_spec
    for name in ['imod_a', 'ipkg', 'ipkg.sub', 'ipkg.inner', 'no_such_mod_zz', 'ipkg.nope',
                 'inspace', 'sys']:
        print(name)
        show_spec(importlib.util.find_spec(name))
    show_spec(importlib.util.find_spec('.helper', 'ipkg'))
    # A file on sys.path shadows a standard module that is not builtin/frozen in CPython.
    show_spec(importlib.util.find_spec('colorsys'))
    print(importlib.import_module('colorsys').LOCAL)
    try:
        importlib.util.find_spec('imod_a.x')
    except ModuleNotFoundError as e:
        print('ModuleNotFoundError', e, e.name)
    try:
        importlib.util.find_spec('nopkg_zz.x')
    except ModuleNotFoundError as e:
        print('ModuleNotFoundError', e, e.name)
    print(importlib.util.resolve_name('.a', 'p.q'), importlib.util.resolve_name('x', None))
    try:
        importlib.util.resolve_name('.a', None)
    except ImportError as e:
        print('ImportError', e)

    # spec_from_file_location + module_from_spec + exec_module
    path = write('loose/thing.py', 'import sys\nV = [__name__, __file__ == __spec__.origin]\n')
    spec = importlib.util.spec_from_file_location('thing_mod', path)
    show_spec(spec)
    print(type(spec).__name__, type(spec.loader).__name__, spec.loader.name, rel(spec.loader.path))
    mod = importlib.util.module_from_spec(spec)
    print(mod.__name__, rel(mod.__file__), mod.__spec__ is spec, mod.__loader__ is spec.loader,
          hasattr(mod, 'V'), 'thing_mod' in sys.modules)
    spec.loader.exec_module(mod)
    print(mod.V)
    print(rel(spec.loader.get_filename('thing_mod')), spec.loader.is_package('thing_mod'),
          spec.loader.get_source('thing_mod').splitlines()[0])
    ppath = os.path.join(TMP, 'ipkg', '__init__.py')
    show_spec(importlib.util.spec_from_file_location('ipkg_again', ppath))
    show_spec(importlib.util.spec_from_file_location('x', os.path.join(TMP, 'other.txt')))
    show_spec(importlib.util.spec_from_file_location('y', path, submodule_search_locations=['a']))
    ms = importlib.machinery.ModuleSpec('a.b', None)
    print(ms, ms.parent, ms.has_location, ms.origin, ms.submodule_search_locations, ms.cached)
    ms2 = importlib.machinery.ModuleSpec('a.b', None, origin='o', is_package=True)
    print(ms2, ms2.parent, ms == ms2, ms == importlib.machinery.ModuleSpec('a.b', None))
    m3 = importlib.util.module_from_spec(ms2)
    print(m3.__name__, m3.__package__, m3.__path__)
    print(importlib.machinery.SOURCE_SUFFIXES, importlib.__all__)
finally:
    for name in list(sys.modules):
        if name.split('.')[0] in ('imod_a', 'ipkg', 'inspace', 'colorsys'):
            del sys.modules[name]
    sys.path.remove(TMP)
    rmtree(TMP)
