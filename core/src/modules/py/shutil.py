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
    if not length:
        length = COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry) and hasattr(os.path, 'samestat'):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    return (os.path.normcase(os.path.abspath(src)) ==
            os.path.normcase(os.path.abspath(dst)))


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    for i, fn in enumerate([src, dst]):
        try:
            st = _stat(fn)
        except OSError:
            pass
        else:
            if _st.S_ISFIFO(st.st_mode):
                fn = fn.path if isinstance(fn, os.DirEntry) else fn
                raise SpecialFileError('`%s` is a named pipe' % fn)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
    else:
        with open(src, 'rb') as fsrc:
            try:
                with open(dst, 'wb') as fdst:
                    copyfileobj(fsrc, fdst)
            except IsADirectoryError as e:
                if not os.path.exists(dst):
                    raise FileNotFoundError(f'Directory does not exist: {dst}') from e
                raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    # The sandbox has no chmod: permission bits are not copied.
    chmod = getattr(os, 'chmod', None)
    if chmod is None:
        return
    st = os.stat(src, follow_symlinks=follow_symlinks)
    chmod(dst, _st.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    # Times and permission bits, where this os module can set them.
    st = os.stat(src, follow_symlinks=follow_symlinks)
    utime = getattr(os, 'utime', None)
    if utime is not None:
        utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    chmod = getattr(os, 'chmod', None)
    if chmod is not None:
        chmod(dst, _st.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def _copytree(entries, src, dst, symlinks, ignore, copy_function, ignore_dangling_symlinks,
              dirs_exist_ok=False):
    ignored = ignore(os.fspath(src), [x.name for x in entries]) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    use_srcentry = copy_function is copy2 or copy_function is copy
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        srcobj = entry if use_srcentry else srcname
        try:
            is_symlink = entry.is_symlink()
            if is_symlink:
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcobj, dstname, follow_symlinks=not symlinks)
                else:
                    if not os.path.exists(linkto) and ignore_dangling_symlinks:
                        continue
                    if entry.is_dir():
                        copytree(srcobj, dstname, symlinks, ignore, copy_function,
                                 dirs_exist_ok=dirs_exist_ok)
                    else:
                        copy_function(srcobj, dstname)
            elif entry.is_dir():
                copytree(srcobj, dstname, symlinks, ignore, copy_function,
                         dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(srcobj, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if getattr(why, 'winerror', None) is None:
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    if isinstance(src, os.DirEntry):
        src = src.path
    with os.scandir(src) as itr:
        entries = list(itr)
    return _copytree(entries, src, dst, symlinks, ignore, copy_function,
                     ignore_dangling_symlinks, dirs_exist_ok)


def _rmtree_inner(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        fullname = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_inner(fullname, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


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
        st = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    if _st.S_ISLNK(st.st_mode):
        try:
            raise OSError('Cannot call rmtree on a symbolic link')
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
            return
    if not _st.S_ISDIR(st.st_mode):
        try:
            raise NotADirectoryError(20, 'Not a directory', path)
        except OSError:
            onerror(os.scandir, path, sys.exc_info())
            return
    _rmtree_inner(path, onerror)


rmtree.avoids_symlink_attacks = False


def _basename(path):
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for d in path:
        normdir = os.path.normcase(d)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(d, cmd)
            if _access_check(name, mode):
                return name
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


def get_terminal_size(fallback=(80, 24)):
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        size = None
        gts = getattr(os, 'get_terminal_size', None)
        if gts is not None:
            try:
                size = gts(sys.__stdout__.fileno())
            except (AttributeError, ValueError, OSError):
                size = None
        if size is None:
            size = fallback
        if columns <= 0:
            columns = size[0] or fallback[0]
        if lines <= 0:
            lines = size[1] or fallback[1]
    return getattr(os, 'terminal_size', _TerminalSize)((columns, lines))


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
