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

_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None


def _random_word():
    # eight random characters; the generator is made on first use (random is a big import)
    global _rng
    if _rng is None:
        from random import Random
        _rng = Random()
    return ''.join(_rng.choices(_LETTERS, k=8))


def _kind_of(*parts):
    # str or bytes, from the arguments given (None means "not given")
    seen = set()
    for p in parts:
        if p is None:
            continue
        p = _os.fspath(p) if isinstance(p, _os.PathLike) else p
        seen.add(bytes if isinstance(p, bytes) else str)
    if len(seen) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    return seen.pop() if seen else str


def _defaults(prefix, suffix, dir):
    kind = _kind_of(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _candidate_tempdir_list():
    found = [_os.environ[v] for v in ('TMPDIR', 'TEMP', 'TMP') if _os.environ.get(v)]
    if _os.name == 'nt':
        found += [_os.path.expanduser(r'~\AppData\Local\Temp'),
                  _os.path.expandvars(r'%SYSTEMROOT%\Temp'), r'c:\temp', r'c:\tmp', r'\temp',
                  r'\tmp']
    else:
        found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _writable(folder):
    # True when a probe file can be made (and removed) in folder; None to try another name
    probe = _os.path.join(folder, _random_word())
    try:
        with _io.open(probe, 'xb', buffering=0) as f:
            f.write(b'blat')
        _os.unlink(probe)
        return True
    except FileExistsError:
        return None
    except PermissionError:
        return None if (_os.name == 'nt' and _os.path.isdir(folder)) else False
    except OSError:
        return False


def gettempdir():
    global tempdir
    if tempdir is None:
        places = _candidate_tempdir_list()
        for place in places:
            if place != _os.curdir:
                place = _os.path.abspath(place)
            verdict = None
            for _ in range(100):
                verdict = _writable(place)
                if verdict is not None:
                    break
            if verdict:
                tempdir = place
                break
        else:
            raise FileNotFoundError(_errno.ENOENT,
                                    'No usable temporary directory found in %s' % places)
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return _os.fsdecode(template)


def gettempprefixb():
    return _os.fsencode(template)


def _fresh_names(folder, prefix, suffix, kind):
    # candidate paths, TMP_MAX of them
    for _ in range(TMP_MAX):
        word = _random_word()
        if kind is bytes:
            word = _os.fsencode(word)
        yield _os.path.join(folder, prefix + word + suffix)


def _retry_denied(folder):
    return _os.name == 'nt' and _os.path.isdir(folder) and _os.access(folder, _os.W_OK)


def _new_file(folder, prefix, suffix, kind):
    # -> (open 'rb+' file, path) of a file made only for us
    folder = _os.path.abspath(folder)
    for path in _fresh_names(folder, prefix, suffix, kind):
        try:
            _io.open(path, 'xb').close()
        except FileExistsError:
            continue
        except PermissionError:
            if _retry_denied(folder):
                continue
            raise
        return _io.open(path, 'rb+'), path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    f, path = _new_file(dir, prefix, suffix, kind)
    # the file stays open in os's table, which os.close/os.fdopen/os.write use
    fd = f.fileno()
    _os._fd_files[fd] = (path, f)
    return fd, path


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    for path in _fresh_names(dir, prefix, suffix, kind):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _retry_denied(dir):
                continue
            raise
        return path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    for path in _fresh_names(gettempdir() if dir is None else dir, prefix, suffix, str):
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary filename found')


def _reopen(f, path, mode, buffering, encoding, newline, errors):
    # the binary 'rb+' file made by _new_file, or the same (empty) file in another mode
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    if mode == 'w+b' and buffering == -1:
        return f
    f.close()
    return _io.open(path, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)


class _Remover:
    """Closes the file and, if asked, deletes it -- once."""

    def __init__(self, file, name, delete):
        self.file, self.name, self.delete = file, name, delete
        self.done = False

    def close(self):
        if self.done:
            return
        self.done = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """A file object with a name on disk, removed on close when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._remover = _Remover(file, name, delete)

    def __getattr__(self, attr):
        value = getattr(self.__dict__['file'], attr)
        if callable(value):
            method = value

            def bound(*args, **kwargs):
                return method(*args, **kwargs)
            for a in ('__module__', '__name__', '__qualname__', '__doc__'):
                try:
                    setattr(bound, a, getattr(method, a))
                except AttributeError:
                    pass
            bound.__wrapped__ = method
            bound._closer = self._remover
            value = bound
        if not isinstance(value, int):
            setattr(self, attr, value)
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        outcome = self.file.__exit__(*exc)
        self.close()
        return outcome

    def close(self):
        self._remover.close()

    def __iter__(self):
        yield from self.file


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    f, path = _new_file(dir, prefix, suffix, kind)
    try:
        return _TemporaryFileWrapper(_reopen(f, path, mode, buffering, encoding, newline,
                                             errors), path, delete)
    except BaseException:
        f.close()
        _os.unlink(path)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    # a named file whose name is removed at once (the open file lives on)
    wrapper = NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                                 delete=False, errors=errors)
    wrapper._remover.done = True  # the caller owns the file now
    try:
        _os.unlink(wrapper.name)
    except OSError:
        pass
    return wrapper.file


class SpooledTemporaryFile(_io.IOBase):
    """Data kept in memory until it grows past max_size (or fileno() is asked)."""
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
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering, suffix=suffix,
                                       prefix=prefix, encoding=encoding, newline=newline,
                                       dir=dir, errors=errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        where = memory.tell()
        if hasattr(disk, 'buffer'):
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(where, 0)
        self._file = disk
        self._rolled = True

    def _grew(self):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, *exc):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    closed = property(lambda self: self._file.closed)
    encoding = property(lambda self: self._file.encoding)
    errors = property(lambda self: self._file.errors)
    newlines = property(lambda self: self._file.newlines)

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        n = self._file.write(s)
        self._grew()
        return n

    def writelines(self, iterable):
        r = self._file.writelines(iterable)
        self._grew()
        return r


def _pass_through(name):
    def method(self, *args):
        return getattr(self._file, name)(*args)
    method.__name__ = name
    return method


for _name in ('flush', 'isatty', 'readable', 'read', 'read1', 'readinto', 'readline',
              'readlines', 'seekable', 'seek', 'tell', 'writable', 'detach'):
    setattr(SpooledTemporaryFile, _name, _pass_through(_name))
del _name


class TemporaryDirectory:
    """A folder removed (with its contents) by cleanup(), on leaving a with block, or when
    the object is collected (with a ResourceWarning)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        import weakref
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = weakref.finalize(self, _implicit_cleanup, self.name,
                                           'Implicitly cleaning up {!r}'.format(self),
                                           ignore_cleanup_errors)

    def __repr__(self):
        return '<{} {!r}>'.format(type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _implicit_cleanup(name, message, ignore_errors):
    import shutil
    import warnings
    shutil.rmtree(name, ignore_errors=ignore_errors)
    warnings.warn(message, ResourceWarning)
