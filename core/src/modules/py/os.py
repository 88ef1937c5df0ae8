"""Operating system interfaces for the sandbox: files and directories under the mounted
folders, the environment the host granted, and os.path. No processes or file descriptors."""

import sys
import posix
from posix import (getcwd, getcwdb, chdir, listdir, mkdir, rmdir, remove, unlink, rename,
                   replace, stat, lstat, access, readlink, symlink, link, truncate, urandom, strerror, fspath,
                   cpu_count, _exit, stat_result, F_OK, R_OK, W_OK, X_OK, SEEK_SET, SEEK_CUR, SEEK_END)
try:
    from posix import fstat as _posix_fstat
except ImportError:  # an interpreter built before posix.fstat existed
    _posix_fstat = None
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
error = OSError
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = '\n'
supports_bytes_environ = True

__all__ = ['path', 'name', 'error', 'sep', 'altsep', 'extsep', 'pathsep', 'curdir', 'pardir',
           'defpath', 'devnull', 'linesep', 'environ', 'getenv', 'putenv', 'unsetenv',
           'makedirs', 'removedirs', 'renames', 'walk', 'scandir', 'fsencode', 'fsdecode',
           'fspath', 'PathLike', 'DirEntry', 'getcwd', 'getcwdb', 'chdir', 'listdir', 'mkdir',
           'rmdir', 'remove', 'unlink', 'rename', 'replace', 'stat', 'lstat', 'access',
           'readlink', 'symlink', 'link', 'truncate', 'urandom', 'strerror', 'cpu_count', 'stat_result',
           'F_OK', 'R_OK', 'W_OK', 'X_OK', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'close', 'read', 'write', 'fstat', 'fdopen', 'open', 'lseek', 'fsync', 'isatty',
           'getpid', 'umask', 'get_terminal_size', 'terminal_size']


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a mapping of the variables the host passed to the sandbox."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_check_str(key)] = _check_str(value)

    def __delitem__(self, key):
        _check_str(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        items = ', '.join('%r: %r' % kv for kv in self._data.items())
        return 'environ({%s})' % items

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        _check_str(key)
        if key in self._data:
            return self._data.pop(key)
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = next(reversed(list(self._data)))
        return key, self._data.pop(key)

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


environ = _Environ(posix._environ())
del posix


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    _check_str(key)
    return environ.get(key, default)


def putenv(name, value):
    environ[name] = value


def unsetenv(name):
    environ.pop(name, None)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


from abc import ABC as _ABC


class PathLike(_ABC):
    """Abstract base class for objects with a file system path (__fspath__)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for c in subclass.__mro__:
                if '__fspath__' in c.__dict__:
                    return NotImplemented if c.__dict__['__fspath__'] is None else True
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))


class DirEntry:
    """An entry yielded by scandir(): its name, path and cached file type."""

    __slots__ = ('name', 'path', '_is_dir', '_is_file', '_is_link', '_stat', '_lstat')

    def __init__(self, *args):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def is_dir(self, *, follow_symlinks=True):
        if follow_symlinks or not self._is_link:
            return self._is_dir
        return False

    def is_file(self, *, follow_symlinks=True):
        if follow_symlinks or not self._is_link:
            return self._is_file
        return False

    def is_symlink(self):
        return self._is_link

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    __class_getitem__ = classmethod(type(list[int]))


DirEntry.__module__ = 'posix'


def _new_entry(info):
    e = object.__new__(DirEntry)
    e.name, e.path, e._is_dir, e._is_file, e._is_link = info
    e._stat = None
    e._lstat = None
    return e


class ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        return _new_entry(next(self._entries))

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Return an iterator of DirEntry objects for the entries of the directory path."""
    import posix
    return ScandirIterator(posix._scandir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_into = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks or not entry.is_symlink():
                    walk_into.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_into):
                stack.append(new_path)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and then every empty parent."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, creating the new path's directories and pruning the old path's empty ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# Descriptor-level I/O for the files Python code hands out as descriptors
# (tempfile.mkstemp): fd -> (path, open binary file). The sandbox has no other descriptors.
_fd_files = {}


def _fd_entry(fd):
    try:
        return _fd_files[fd]
    except (KeyError, TypeError):
        raise OSError(9, 'Bad file descriptor') from None


def _std_buffer(fd):
    # The interpreter's own binary stdin/stdout/stderr (even when sys.stdout is replaced).
    if fd in (0, 1, 2) and fd not in _fd_files:
        return (sys.__stdin__, sys.__stdout__, sys.__stderr__)[fd].buffer
    return None


def close(fd):
    """Close a file descriptor."""
    _fd_entry(fd)[1].close()
    del _fd_files[fd]


def write(fd, data):
    """Write bytes to a file descriptor; returns the number written."""
    std = _std_buffer(fd)
    if std is not None:
        if fd == 0:
            raise OSError(9, 'Bad file descriptor')
        sys.__stdout__.flush()
        n = std.write(data)
        std.flush()
        return n
    f = _fd_entry(fd)[1]
    n = f.write(data)
    f.flush()
    return n


def read(fd, n):
    """Read at most n bytes from a file descriptor."""
    std = _std_buffer(fd)
    if std is not None:
        if fd != 0:
            raise OSError(9, 'Bad file descriptor')
        return std.read1(n)
    return _fd_entry(fd)[1].read(n)


def fstat(fd):
    """Status of a file descriptor."""
    if fd in _fd_files:
        return stat(_fd_files[fd][0])
    if _posix_fstat is None:
        raise OSError(9, 'Bad file descriptor')
    return _posix_fstat(fd)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    """A file object for a file descriptor (which it takes over)."""
    import io
    name, f = _fd_entry(fd)
    f.flush()
    pos = f.tell()
    f.close()
    del _fd_files[fd]
    # the file exists: writing modes must not truncate what was written through fd
    reopen = mode.replace('w', 'r+').replace('++', '+') if 'w' in mode else mode
    new = io.open(name, reopen, buffering, encoding, *args, **kwargs)
    if 'a' not in mode:
        new.seek(pos)
    return new


# Flags of os.open (Linux's values) and the exit codes of sysexits.h.
O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE = 0, 1, 2, 3
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND = 0o100, 0o200, 0o400, 0o1000, 0o2000
O_NONBLOCK = O_NDELAY = 0o4000
O_DSYNC, O_SYNC, O_RSYNC = 0o10000, 0o4010000, 0o4010000
O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC = 0o200000, 0o400000, 0o2000000
EX_OK, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST = 0, 64, 65, 66, 67, 68
EX_UNAVAILABLE, EX_SOFTWARE, EX_OSERR, EX_OSFILE, EX_CANTCREAT = 69, 70, 71, 72, 73
EX_IOERR, EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, EX_CONFIG = 74, 75, 76, 77, 78


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file and return its descriptor (an entry of the table above: the file stays
    open, unbuffered, until os.close)."""
    import io
    path = fspath(path)
    acc = flags & O_ACCMODE
    if flags & O_CREAT and flags & O_EXCL:
        io.open(path, 'xb').close()
    elif flags & O_CREAT:
        try:
            io.open(path, 'xb').close()
        except FileExistsError:
            pass
    if flags & O_APPEND:
        fmode = 'ab' if acc == O_WRONLY else ('a+b' if acc == O_RDWR else 'rb')
        if not flags & O_CREAT:
            io.open(path, 'rb').close()
    else:
        fmode = 'rb' if acc == O_RDONLY else 'r+b'
    f = io.open(path, fmode, buffering=0)
    if flags & O_TRUNC and acc != O_RDONLY:
        f.truncate(0)
    fd = f.fileno()
    _fd_files[fd] = (path, f)
    return fd


def lseek(fd, position, whence):
    """Move the position of a descriptor; returns the new position from the start."""
    if _std_buffer(fd) is not None:
        raise OSError(29, 'Illegal seek')
    return _fd_entry(fd)[1].seek(position, whence)


def fsync(fd):
    """Force the writes made through a descriptor (or a file object's) to the file."""
    if not isinstance(fd, int):
        fd = fd.fileno()
    if _std_buffer(fd) is not None:
        raise OSError(22, 'Invalid argument')
    _fd_entry(fd)[1].flush()


def isatty(fd):
    """Whether the descriptor is a terminal (only the standard streams can be)."""
    std = _std_buffer(fd)
    return bool(std is not None and std.isatty())


def getpid():
    """The sandbox has no processes; like wasi-libc's emulation, the id is always 42."""
    return 42


_umask = 0o022


def umask(mask):
    """Set the file-creation mask (kept for reporting: the sandbox ignores modes)."""
    global _umask
    if not isinstance(mask, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(mask).__name__)
    old, _umask = _umask, mask & 0o777
    return old


class terminal_size(tuple):
    """A tuple of terminal width and height."""
    n_sequence_fields = n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)'
                            % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0], doc='width of the terminal window in characters')
    lines = property(lambda self: self[1], doc='height of the terminal window in characters')

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


def get_terminal_size(fd=1):
    """The size of the terminal on fd. The sandbox cannot ask a terminal for its size, so
    this fails as CPython does on a descriptor that is not a terminal."""
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    if _std_buffer(fd) is None:
        _fd_entry(fd)
    raise OSError(25, 'Inappropriate ioctl for device')
