"""Installation paths and build configuration. wasipy is one self-contained binary: the
paths below are where a CPython installed under sys.prefix keeps its files, and there are
no C build variables beyond the version ones."""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h']

_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/lib/python{py_version_short}',
        'platstdlib': '{platbase}/lib/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/lib/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/lib/python{py_version_short}',
        'platstdlib': '{userbase}/lib/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'posix_venv': {
        'stdlib': '{installed_base}/lib/python{py_version_short}',
        'platstdlib': '{platbase}/lib/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/lib/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
}
_SCHEME_NAMES = ('nt', 'nt_user', 'nt_venv', 'osx_framework_user', 'posix_home',
                 'posix_prefix', 'posix_user', 'posix_venv', 'venv')
_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_config_vars = None


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    if sys.platform == 'wasi':
        return 'wasi-wasm32'
    machine = os.uname().machine if hasattr(os, 'uname') else 'x86_64'
    return '%s-%s' % (sys.platform, machine)


def get_scheme_names():
    return _SCHEME_NAMES


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    if key not in ('prefix', 'home', 'user'):
        raise ValueError(f"key must be 'prefix', 'home', or 'user', got {key!r}")
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}[key]


def get_path_names():
    return _PATH_NAMES


def get_config_vars(*args):
    global _config_vars
    if _config_vars is None:
        version = get_python_version()
        _config_vars = {
            'prefix': os.path.normpath(sys.prefix),
            'exec_prefix': os.path.normpath(sys.exec_prefix),
            'base': os.path.normpath(sys.prefix),
            'platbase': os.path.normpath(sys.exec_prefix),
            'installed_base': os.path.normpath(sys.base_prefix),
            'installed_platbase': os.path.normpath(sys.base_exec_prefix),
            'projectbase': os.path.dirname(sys.executable) if sys.executable else '',
            'py_version': sys.version.split()[0],
            'py_version_short': version,
            'py_version_nodot': version.replace('.', ''),
            'py_version_nodot_plat': '',
            'platlibdir': 'lib',
            'abiflags': '',
            'VERSION': version,
            'EXE': '',
            'SO': '.so',
            'EXT_SUFFIX': '.so',
            'SOABI': None,
            'userbase': os.path.expanduser('~/.local'),
        }
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    return get_config_vars().get(name)


def get_paths(scheme=None, vars=None, expand=True):
    if scheme is None:
        scheme = get_default_scheme()
    paths = _SCHEMES.get(scheme)
    if paths is None:
        raise KeyError(scheme)
    if not expand:
        return dict(paths)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    return {key: os.path.normpath(value.format(**values)) for key, value in paths.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    return os.path.join(get_path('stdlib'), 'config-%s' % get_python_version(), 'Makefile')


def get_config_h_filename():
    return os.path.join(get_path('include'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    for line in fp:
        m = define_rx.match(line)
        if m:
            name, value = m.group(1, 2)
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
            continue
        m = undef_rx.match(line)
        if m:
            vars[m.group(1)] = 0
    return vars
