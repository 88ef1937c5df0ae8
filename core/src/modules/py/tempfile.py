"""Temporary files and directories."""

import errno as _errno
import io as _io
import os as _os

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir',
           'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_once_lock = None


def _infer_return_type(*args):
    kind = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if kind is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            kind = bytes
        else:
            if kind is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            kind = str
    return str if kind is None else kind


def _sanitize_params(prefix, suffix, dir):
    out = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = out()
    if prefix is None:
        prefix = template if out is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if out is str else gettempdirb()
    return prefix, suffix, dir, out


class _RandomNameSequence:
    characters = 'abcdefghijklmnopqrstuvwxyz0123456789_'

    @property
    def rng(self):
        pid = _os.getpid() if hasattr(_os, 'getpid') else 0
        if pid != getattr(self, '_rng_pid', None):
            from random import Random
            self._rng = Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirs = []
    for env in ('TMPDIR', 'TEMP', 'TMP'):
        d = _os.environ.get(env)
        if d:
            dirs.append(d)
    if _os.name == 'nt':
        dirs.extend([_os.path.expanduser(r'~\AppData\Local\Temp'),
                     _os.path.expandvars(r'%SYSTEMROOT%\Temp'), r'c:\temp', r'c:\tmp',
                     r'\temp', r'\tmp'])
    else:
        dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(_os.getcwd())
    except (AttributeError, OSError):
        dirs.append(_os.curdir)
    return dirs


def _get_default_tempdir():
    names = _get_candidate_names()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(100):
            name = next(names)
            path = _os.path.join(dir, name)
            try:
                with _io.open(path, 'xb', buffering=0) as f:
                    f.write(b'blat')
                _os.unlink(path)
                return dir
            except FileExistsError:
                pass
            except PermissionError:
                if _os.name == 'nt' and _os.path.isdir(dir):
                    continue
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT,
                            'No usable temporary directory found in %s' % dirlist)


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return _os.fsdecode(template)


def gettempprefixb():
    return _os.fsencode(template)


def _mkstemp_file(dir, pre, suf, out):
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    if out is bytes:
        names = map(_os.fsencode, names)
    for _ in range(TMP_MAX):
        name = next(names)
        path = _os.path.join(dir, pre + name + suf)
        try:
            _io.open(path, 'xb').close()
            f = _io.open(path, 'rb+')
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == 'nt' and _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return f, path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir, out = _sanitize_params(prefix, suffix, dir)
    f, path = _mkstemp_file(dir, prefix, suffix, out)
    # the file stays open in os's table, which os.close/os.fdopen/os.write use
    fd = f.fileno()
    _os._fd_files[fd] = (path, f)
    return fd, path


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir, out = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    if out is bytes:
        names = map(_os.fsencode, names)
    for _ in range(TMP_MAX):
        name = next(names)
        path = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == 'nt' and _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary filename found')


class _TemporaryFileCloser:
    file = None
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        file = self.__dict__['file']
        a = getattr(file, name)
        if hasattr(a, '__call__'):
            func = a

            def func_wrapper(*args, **kwargs):
                return func(*args, **kwargs)
            for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
                try:
                    setattr(func_wrapper, attr, getattr(func, attr))
                except AttributeError:
                    pass
            func_wrapper.__wrapped__ = func
            func_wrapper._closer = self._closer
            a = func_wrapper
        if not isinstance(a, int):
            setattr(self, name, a)
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def _open_temp(mode, buffering, encoding, newline, errors, f, path):
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    if mode == 'w+b' and buffering == -1:
        return f
    # the file exists and is empty: reopen it in the requested mode
    f.close()
    return _io.open(path, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    prefix, suffix, dir, out = _sanitize_params(prefix, suffix, dir)
    f, path = _mkstemp_file(dir, prefix, suffix, out)
    try:
        file = _open_temp(mode, buffering, encoding, newline, errors, f, path)
        return _TemporaryFileWrapper(file, path, delete)
    except BaseException:
        f.close()
        _os.unlink(path)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    prefix, suffix, dir, out = _sanitize_params(prefix, suffix, dir)
    f, path = _mkstemp_file(dir, prefix, suffix, out)
    try:
        file = _open_temp(mode, buffering, encoding, newline, errors, f, path)
    except BaseException:
        f.close()
        _os.unlink(path)
        raise
    try:
        _os.unlink(path)
    except OSError:
        pass
    return file


class SpooledTemporaryFile(_io.IOBase):
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding,
                                   'newline': newline, 'dir': dir, 'errors': errors}

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        if hasattr(newfile, 'buffer'):
            newfile.buffer.write(file.detach().getvalue())
        else:
            newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        import weakref
        self._finalizer = weakref.finalize(
            self, self._cleanup, self.name,
            warn_message='Implicitly cleaning up {!r}'.format(self),
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        import shutil
        shutil.rmtree(name, ignore_errors=ignore_errors)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        import warnings
        cls._rmtree(name, ignore_errors=ignore_errors)
        warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
