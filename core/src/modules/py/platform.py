"""Identify the platform: under WASI, what a sandboxed WebAssembly build can honestly know.

There is no uname() in the sandbox: the system is 'wasi' (sys.platform) and the machine
'wasm32'; host name, release and version are unknown (''). Native builds of the
interpreter report their sys.platform the same way.
"""

import collections
import sys

__version__ = '1.0.8'

_SYSTEMS = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows'}


def _system():
    return _SYSTEMS.get(sys.platform, sys.platform)


def _machine():
    return 'wasm32' if sys.platform == 'wasi' else ''


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """
    A uname_result that's largely compatible with a
    simple namedtuple except that 'processor' is
    resolved late and cached to avoid calling "uname"
    except when needed.
    """

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


_uname_cache = None


def uname():
    """Fairly portable uname interface. Returns a tuple
    of strings (system, node, release, version, machine, processor)
    identifying the underlying platform."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(_system(), '', '', '', _machine())
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (may not be fully qualified!)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version, e.g. '#3 on degas'."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6'."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable (defaults to the Python interpreter
    binary) for various architecture information."""
    if not bits:
        bits = '32bit' if sys.platform == 'wasi' else '64bit'
    return bits, linkage


def _platform(*args):
    platform = '-'.join(x.strip() for x in filter(len, args))
    platform = platform.replace(' ', '_').replace('/', '-').replace('\\', '-')
    platform = platform.replace(':', '-').replace(';', '-').replace('"', '-')
    platform = platform.replace('(', '-').replace(')', '-').replace('unknown', '')
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform[-1:] == '-':
        platform = platform[:-1]
    return platform


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform
    with as much useful information as possible (but no more :)."""
    u = uname()
    if terse:
        return _platform(u.system, u.release)
    return _platform(u.system, u.release, u.machine, u.processor, architecture()[0])


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common
    marketing names used for some systems."""
    return system, release, version


def python_implementation():
    """Returns a string identifying the Python implementation
    (this one is 'wasipy', as sys.implementation.name)."""
    return 'wasipy'


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel)
    of strings."""
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    """Returns a string identifying the Python implementation branch."""
    return ''


def python_revision():
    """Returns a string identifying the Python implementation revision."""
    return ''


def python_build():
    """Returns a tuple (buildno, builddate) stating the Python
    build number and date as strings."""
    return ('', '')


def python_compiler():
    """Returns a string identifying the compiler used for compiling
    Python."""
    return 'rustc'


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable
    (which defaults to the Python interpreter) is linked against."""
    return lib, version


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """Get macOS version information and return it as tuple (release,
    versioninfo, machine)."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Version interface for Jython."""
    return release, vendor, vminfo, osinfo


_os_release_cache = None


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release
    """
    global _os_release_cache
    if _os_release_cache is None:
        import errno
        candidates = ("/etc/os-release", "/usr/lib/os-release")
        for candidate in candidates:
            try:
                with open(candidate, encoding="utf-8") as f:
                    lines = f.read().splitlines()
                break
            except OSError:
                continue
        else:
            raise OSError(errno.ENOENT,
                          f"Unable to read files {', '.join(candidates)}")
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in lines:
            key, eq, value = line.partition('=')
            key = key.strip()
            if not eq or not key.replace('_', '').isalnum() or key.startswith('#'):
                continue
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                value = value[1:-1]
            info[key] = value
        _os_release_cache = info
    return _os_release_cache.copy()
