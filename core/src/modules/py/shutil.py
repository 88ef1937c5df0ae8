"""High-level file operations: copying, moving, removing trees."""

import os
import sys
import fnmatch
import stat as _st

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'make_archive',
           'get_archive_formats', 'register_archive_format', 'unregister_archive_format',
           'get_unpack_formats', 'register_unpack_format', 'unregister_unpack_format',
           'unpack_archive', 'ignore_patterns', 'chown', 'which', 'get_terminal_size',
           'SameFileError', 'disk_usage']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    size = length or COPY_BUFSIZE
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            return
        fdst.write(chunk)


def _same_file(a, b):
    # True when a and b name one file (a may be a DirEntry)
    try:
        if isinstance(a, os.DirEntry):
            return os.path.samestat(a.stat(), os.stat(b))
        return os.path.samefile(a, b)
    except (OSError, AttributeError):
        return (os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b)))


def _mode_of(p):
    try:
        return (p.stat() if isinstance(p, os.DirEntry) else os.stat(p)).st_mode
    except OSError:
        return None


def copyfile(src, dst, *, follow_symlinks=True):
    if _same_file(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    for p in (src, dst):
        mode = _mode_of(p)
        if mode is not None and _st.S_ISFIFO(mode):
            raise SpecialFileError('`%s` is a named pipe'
                                   % (p.path if isinstance(p, os.DirEntry) else p))
    is_link = src.is_symlink() if isinstance(src, os.DirEntry) else os.path.islink(src)
    if is_link and not follow_symlinks:
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as e:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from e
        with writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    # The sandbox has no chmod: permission bits are not copied.
    if hasattr(os, 'chmod'):
        bits = _st.S_IMODE(os.stat(src, follow_symlinks=follow_symlinks).st_mode)
        os.chmod(dst, bits)


def copystat(src, dst, *, follow_symlinks=True):
    # Times and permission bits, where this os module can set them.
    info = os.stat(src, follow_symlinks=follow_symlinks)
    if hasattr(os, 'utime'):
        os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    if hasattr(os, 'chmod'):
        os.chmod(dst, _st.S_IMODE(info.st_mode))


def _into(src, dst):
    return os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst


def copy(src, dst, *, follow_symlinks=True):
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    def matcher(path, names):
        return {n for p in patterns for n in fnmatch.filter(names, p)}
    return matcher


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    if isinstance(src, os.DirEntry):
        src = src.path
    with os.scandir(src) as listing:
        entries = list(listing)
    skip = set() if ignore is None else ignore(os.fspath(src), [e.name for e in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    # copy2/copy accept the DirEntry itself (saves a stat)
    pass_entry = copy_function in (copy, copy2)
    problems = []
    for entry in entries:
        if entry.name in skip:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        source = entry if pass_entry else from_path
        try:
            if entry.is_symlink():
                target = os.readlink(from_path)
                if symlinks:
                    os.symlink(target, to_path)
                    copystat(source, to_path, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(target):
                    continue
            if entry.is_dir():
                copytree(source, to_path, symlinks, ignore, copy_function,
                         dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(source, to_path)
        except Error as err:
            problems += err.args[0]
        except OSError as err:
            problems.append((from_path, to_path, str(err)))
    try:
        copystat(src, dst)
    except OSError as err:
        if getattr(err, 'winerror', None) is None:
            problems.append((src, dst, str(err)))
    if problems:
        raise Error(problems)
    return dst


def _remove_all(top, onerror):
    # depth first: files, then the emptied folders
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError:
        onerror(os.scandir, top, sys.exc_info())
        entries = []
    for entry in entries:
        try:
            folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            folder = False
        if folder:
            _remove_all(entry.path, onerror)
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            onerror(os.unlink, entry.path, sys.exc_info())
    try:
        os.rmdir(top)
    except OSError:
        onerror(os.rmdir, top, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        mode = os.lstat(path).st_mode
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if _st.S_ISLNK(mode):
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        if not _st.S_ISDIR(mode):
            raise NotADirectoryError(20, 'Not a directory', path)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        return
    _remove_all(path, onerror)


rmtree.avoids_symlink_attacks = False


def _inside(src, dst):
    # is dst src itself or below it?
    a = os.path.join(os.path.abspath(src), '')
    b = os.path.join(os.path.abspath(dst), '')
    return b.startswith(a)


def move(src, dst, copy_function=copy2):
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # only the case of the name changes
            os.rename(src, dst)
            return
        sep = os.path.sep + (os.path.altsep or '')
        target = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(sep)))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    search = os.environ.get('PATH', os.defpath) if path is None else path
    if not search:
        return None
    if isinstance(cmd, bytes):
        folders = os.fsencode(search).split(os.fsencode(os.pathsep))
    else:
        folders = os.fsdecode(search).split(os.pathsep)
    tried = set()
    for folder in folders:
        key = os.path.normcase(folder)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


class _TerminalSize(tuple):
    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)'
                            % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


_TerminalSize.__name__ = _TerminalSize.__qualname__ = 'terminal_size'
_TerminalSize.__module__ = 'os'


def _env_int(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    cols, rows = _env_int('COLUMNS'), _env_int('LINES')
    if cols <= 0 or rows <= 0:
        measured = None
        if hasattr(os, 'get_terminal_size'):
            try:
                measured = os.get_terminal_size(sys.__stdout__.fileno())
            except (AttributeError, ValueError, OSError):
                pass
        measured = measured or fallback
        cols = cols if cols > 0 else (measured[0] or fallback[0])
        rows = rows if rows > 0 else (measured[1] or fallback[1])
    return getattr(os, 'terminal_size', _TerminalSize)((cols, rows))


def chown(path, user=None, group=None):
    if user is None and group is None:
        raise ValueError('user and/or group must be set')
    raise OSError('chown is not available in this sandbox')


def disk_usage(path):
    raise OSError('disk_usage is not available in this sandbox')


def get_archive_formats():
    return []


def get_unpack_formats():
    return []


def _no_archives(*args, **kwargs):
    raise NotImplementedError('archive support is not available in wasipy')


make_archive = register_archive_format = unregister_archive_format = _no_archives
register_unpack_format = unregister_unpack_format = unpack_archive = _no_archives
