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
    """(system, node, release, version, machine, processor): a named tuple whose sixth
    item, processor, is computed when asked for."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def _all(self):
        return (*super().__iter__(), self.processor)

    def __iter__(self):
        return iter(self._all())

    def __getitem__(self, key):
        return self._all()[key]

    def __len__(self):
        return len(self._all())

    @classmethod
    def _make(cls, iterable):
        made = cls.__new__(cls, *iterable)
        if len(made) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields) - 1} arguments, got {len(made)}')
        return made

    def __reduce__(self):
        return uname_result, self._all()[:5]


_UNAME = []


def uname():
    """The (cached) uname_result of this system."""
    if not _UNAME:
        _UNAME.append(uname_result(_system(), '', '', '', _machine()))
    return _UNAME[0]


def system():
    """The operating system's name ('wasi' in the sandbox)."""
    return uname()[0]


def node():
    """The host's network name ('' when unknown)."""
    return uname()[1]


def release():
    """The system's release ('' when unknown)."""
    return uname()[2]


def version():
    """The system's version ('' when unknown)."""
    return uname()[3]


def machine():
    """The machine type ('wasm32' in the sandbox)."""
    return uname()[4]


def processor():
    """The processor's name ('' when unknown)."""
    return uname()[5]


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter: ('32bit', '') for python.wasm."""
    return bits or ('32bit' if sys.platform == 'wasi' else '64bit'), linkage


def _platform(*args):
    # The non-empty parts joined by '-', without characters file names dislike.
    text = '-'.join(a.strip() for a in args if len(a))
    for bad in ' /\\:;"()':
        text = text.replace(bad, '_' if bad == ' ' else '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    """One string naming the platform, e.g. 'wasi-wasm32-32bit'."""
    u = uname()
    if terse:
        return _platform(u.system, u.release)
    return _platform(u.system, u.release, u.machine, u.processor, architecture()[0])


def system_alias(system, release, version):
    """(system, release, version) under their marketing names (the same here)."""
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
    """(lib, version) of the C library: unknown here, so the defaults."""
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """macOS version information: the defaults elsewhere."""
    return (release, versioninfo, machine)


def win32_ver(release='', version='', csd='', ptype=''):
    return (release, version, csd, ptype)


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Jython's version information: the defaults elsewhere."""
    return (release, vendor, vminfo, osinfo)


_OS_RELEASE = {}


def freedesktop_os_release():
    """The fields of /etc/os-release (OSError when there is none, as in the sandbox)."""
    if not _OS_RELEASE:
        import errno
        files = ("/etc/os-release", "/usr/lib/os-release")
        text = None
        for name in files:
            try:
                with open(name, encoding="utf-8") as f:
                    text = f.read()
                break
            except OSError:
                pass
        if text is None:
            raise OSError(errno.ENOENT, f"Unable to read files {', '.join(files)}")
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in text.splitlines():
            key, eq, value = line.partition('=')
            key, value = key.strip(), value.strip()
            if eq and key.replace('_', '').isalnum() and not key.startswith('#'):
                if len(value) > 1 and value[0] == value[-1] and value[0] in '"\'':
                    value = value[1:-1]
                info[key] = value
        _OS_RELEASE.update(info)
    return dict(_OS_RELEASE)
