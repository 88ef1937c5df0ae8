"""Object-oriented filesystem paths."""

import io
import os
import re
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _ignore_error(e):
    # errors meaning "no such thing here" for the exists()/is_*() family
    return (getattr(e, 'errno', None) in (ENOENT, ENOTDIR, EBADF, ELOOP) or
            getattr(e, 'winerror', None) in (21, 123, 1921))


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _percent(data):
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in data)


class _Posix:
    """Path syntax of POSIX systems."""
    sep = '/'
    altsep = ''
    native = os.name != 'nt'
    drives = False

    @staticmethod
    def split_anchor(text):
        # -> (drive, root, rest); exactly two leading slashes are kept (POSIX leaves their
        # meaning to the system), three or more mean '/'
        if text[:1] != '/':
            return '', '', text
        rest = text.lstrip('/')
        return '', '//' if len(text) - len(rest) == 2 else '/', rest

    @staticmethod
    def fold(text):
        return text

    @staticmethod
    def reserved(path):
        return False

    @staticmethod
    def uri(path):
        return 'file://' + _percent(os.fsencode(str(path)))


class _Windows:
    """Path syntax of Windows: drives, UNC shares, either slash, any case."""
    sep = '\\'
    altsep = '/'
    native = os.name == 'nt'
    drives = True
    _names = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} |
              {p + c for p in ('COM', 'LPT') for c in '123456789\xb9\xb2\xb3'})

    @staticmethod
    def split_anchor(text):
        # UNC: \\server\share is the drive
        if text[:2] == '\\\\' and text[2:3] != '\\':
            server_end = text.find('\\', 2)
            if server_end != -1:
                share_end = text.find('\\', server_end + 1)
                if share_end != server_end + 1:
                    if share_end == -1:
                        share_end = len(text)
                    return text[:share_end], '\\', text[share_end + 1:]
        drive = ''
        if text[1:2] == ':' and text[:1].isascii() and text[:1].isalpha():
            drive, text = text[:2], text[2:]
        if text[:1] == '\\':
            return drive, '\\', text.lstrip('\\')
        return drive, '', text

    @staticmethod
    def fold(text):
        return text.lower()

    @classmethod
    def reserved(cls, path):
        if not path._tail or path._drv.startswith('\\\\'):
            return False
        base = path._tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return base.upper() in cls._names

    @staticmethod
    def uri(path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            return 'file:///%s/%s' % (drive, _percent(path.as_posix()[2:].lstrip('/')
                                                       .encode('utf-8')))
        return 'file:' + _percent(path.as_posix().encode('utf-8'))


def _split(syntax, segments, joining=False, start=('', '', ())):
    """Parse path segments into (drive, root, names). A segment with a drive or root restarts
    the path; when joining, a drive-relative segment on the same drive continues it."""
    drv, root, names = start[0], start[1], list(start[2])
    for seg in segments:
        if not seg:
            continue
        if syntax.altsep:
            seg = seg.replace(syntax.altsep, syntax.sep)
        d, r, rest = syntax.split_anchor(seg)
        if d and not r and joining and syntax.fold(d) == syntax.fold(drv):
            pass  # c:/a joined with c:b is c:/a/b
        elif d:
            drv, root, names = d, r, []
        elif r:
            root, names = r, []
        names += [n for n in rest.split(syntax.sep) if n and n != '.']
    return drv, root, names


class _Parents:
    """The sequence of a path's ancestors (path.parents)."""
    __slots__ = ('_path',)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        count = len(self)
        if not -count <= idx < count:
            raise IndexError(idx)
        keep = count - 1 - (idx % count)
        p = self._path
        return p._make(p._drv, p._root, p._tail[:keep])

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path, without touching the file system."""
    __slots__ = ('_drv', '_root', '_tail', '_text', '_sortkey')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._make(*_split(cls._syntax, cls._texts(args)))

    @staticmethod
    def _texts(args):
        for a in args:
            if isinstance(a, PurePath):
                yield from a.parts
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str object or an os.PathLike '
                                'object returning str, not %r' % type(a))
            yield a

    @classmethod
    def _make(cls, drv, root, tail):
        self = object.__new__(cls)
        self._drv, self._root, self._tail = drv, root, list(tail)
        return self

    def _join(self, args):
        start = (self._drv, self._root, self._tail)
        return self._make(*_split(self._syntax, self._texts(args), True, start))

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        try:
            return self._text
        except AttributeError:
            self._text = (self._drv + self._root + self._syntax.sep.join(self._tail)) or '.'
            return self._text

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def as_posix(self):
        return str(self).replace(self._syntax.sep, '/')

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._syntax.uri(self)

    # comparisons use the parts, case-folded where the syntax ignores case
    def _key(self):
        try:
            return self._sortkey
        except AttributeError:
            self._sortkey = [self._syntax.fold(p) for p in self.parts]
            return self._sortkey

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._syntax is other._syntax

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._comparable(other) and self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        return self._key() < other._key() if self._comparable(other) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if self._comparable(other) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if self._comparable(other) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if self._comparable(other) else NotImplemented

    drive = property(lambda self: self._drv)
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._drv + self._root)

    @property
    def parts(self):
        anchor = self._drv + self._root
        return ((anchor,) if anchor else ()) + tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    def _dot(self):
        # position of the suffix dot in the name, or -1 (a leading or final dot is not one)
        name = self.name
        dot = name.rfind('.')
        return dot if 0 < dot < len(name) - 1 else -1

    @property
    def suffix(self):
        dot = self._dot()
        return self.name[dot:] if dot >= 0 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        dot = self._dot()
        return self.name[:dot] if dot >= 0 else self.name

    def _renamed(self, name):
        return self._make(self._drv, self._root, self._tail[:-1] + [name])

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        syn = self._syntax
        d, r, names = _split(syn, [name])
        if not name or name[-1] in (syn.sep, syn.altsep) or d or r or len(names) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._renamed(name)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        syn = self._syntax
        if syn.sep in suffix or (syn.altsep and syn.altsep in suffix) or suffix == '.' \
                or (suffix and suffix[0] != '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        return self._renamed((self.name[:-len(old)] if old else self.name) + suffix)

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = self._make(*_split(self._syntax, self._texts(other)))
        fold = self._syntax.fold

        def steps(p):
            # drive and root count as separate steps when there is a root
            head = [p._drv, p._root] if p._root else ([p._drv] if p._drv else [])
            return head + p._tail
        mine, theirs = steps(self), steps(base)
        n = len(theirs)
        if (n == 0 and self.anchor) or [fold(x) for x in mine[:n]] != [fold(x) for x in theirs]:
            shown = base._drv + base._root + self._syntax.sep.join(base._tail)
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and '
                             'the other is absolute.'.format(str(self), shown))
        if n == 1 and self._root:
            # only the drive was taken off: the root stays
            return self._make('', self._root, mine[2:])
        return self._make('', '', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def joinpath(self, *args):
        return self._join(args)

    def __truediv__(self, key):
        try:
            return self._join((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._make(*_split(self._syntax, self._texts((key, self))))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._make(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root) and (bool(self._drv) or not self._syntax.drives)

    def is_reserved(self):
        return self._syntax.reserved(self)

    def match(self, path_pattern):
        syn = self._syntax
        pat = self._make(*_split(syn, [syn.fold(path_pattern)]))
        pattern_parts = pat.parts
        if not pattern_parts:
            raise ValueError('empty pattern')
        if (pat._drv and pat._drv != syn.fold(self._drv)) or \
                (pat._root and pat._root != syn.fold(self._root)):
            return False
        mine = self._key()
        if pat.anchor:
            if len(pattern_parts) != len(mine):
                return False
            pattern_parts = pattern_parts[1:]
        elif len(pattern_parts) > len(mine):
            return False
        import fnmatch
        return all(fnmatch.fnmatchcase(name, p)
                   for name, p in zip(reversed(mine), reversed(pattern_parts)))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    _syntax = _Posix
    __slots__ = ()


class PureWindowsPath(PurePath):
    _syntax = _Windows
    __slots__ = ()


# --- globbing: a pattern is matched one component at a time ---

def _check_pattern(parts):
    for part in parts:
        if part != '**' and '**' in part:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")


def _entries(folder):
    try:
        with os.scandir(folder) as it:
            return list(it)
    except PermissionError:
        return []


def _is_dir_entry(entry):
    try:
        return entry.is_dir()
    except OSError as e:
        if not _ignore_error(e):
            raise
        return False


def _subfolders(folder):
    # folder and every folder below it (symlinks not followed)
    yield folder
    for entry in _entries(folder):
        if _is_dir_entry(entry) and not entry.is_symlink():
            yield from _subfolders(folder._child(entry.name))


def _select(folder, parts, nocase):
    if not parts:
        yield folder
        return
    part, rest = parts[0], parts[1:]
    if part == '**':
        given = set()
        for sub in _subfolders(folder):
            for found in _select(sub, rest, nocase):
                if found not in given:
                    given.add(found)
                    yield found
    elif '*' in part or '?' in part or '[' in part:
        import fnmatch
        matches = re.compile(fnmatch.translate(part), re.IGNORECASE if nocase else 0).fullmatch
        for entry in _entries(folder):
            if rest and not _is_dir_entry(entry):
                continue
            if matches(entry.name):
                yield from _select(folder._child(entry.name), rest, nocase)
    else:
        child = folder._child(part)
        try:
            if child.is_dir() if rest else child.exists():
                yield from _select(child, rest, nocase)
        except PermissionError:
            return


class Path(PurePath):
    """A path with file system operations."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        if not cls._syntax.native:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return cls._make(*_split(cls._syntax, cls._texts(args)))

    def _child(self, name):
        return self._make(self._drv, self._root, self._tail + [name])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def samefile(self, other_path):
        theirs = other_path.stat() if hasattr(other_path, 'stat') else os.stat(other_path)
        return os.path.samestat(self.stat(), theirs)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._child(name)

    def _pattern(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        d, r, names = _split(self._syntax, [pattern])
        if d or r:
            raise NotImplementedError('Non-relative patterns are unsupported')
        _check_pattern(names)
        # a final separator: only folders match
        return names, pattern[-1] in (self._syntax.sep, self._syntax.altsep)

    def _glob(self, names, dirs_only):
        if not self.is_dir():
            return
        nocase = self._syntax is _Windows
        if dirs_only:
            # select '<match>/.' and give back '<match>'
            for p in _select(self, names + ['.'], nocase):
                yield p.parent
        else:
            yield from _select(self, names, nocase)

    def glob(self, pattern):
        names, dirs_only = self._pattern(pattern)
        yield from self._glob(names, dirs_only)

    def rglob(self, pattern):
        d, r, names = _split(self._syntax, [pattern])
        if d or r:
            raise NotImplementedError('Non-relative patterns are unsupported')
        _check_pattern(names)
        dirs_only = bool(pattern) and pattern[-1] in (self._syntax.sep, self._syntax.altsep)
        yield from self._glob(['**'] + names, dirs_only)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), *self.parts)

    def resolve(self, strict=False):
        def loop_check(e):
            if e.errno == ELOOP or getattr(e, 'winerror', 0) == 1921:
                raise RuntimeError('Symlink loop from %r' % e.filename)
        try:
            real = type(self)(os.path.realpath(self, strict=strict))
        except OSError as e:
            loop_check(e)
            raise
        if not strict:
            try:
                real.stat()
            except OSError as e:
                loop_check(e)
        return real

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        raise NotImplementedError('Path.owner() is unsupported on this system')

    def group(self):
        raise NotImplementedError('Path.group() is unsupported on this system')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        # No os.open/os.utime here: create through open(); an existing file is left as is.
        if exist_ok:
            if self.exists():
                return
            io.open(self, 'ab').close()
        else:
            io.open(self, 'xb').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def _test(self, check, follow=True):
        try:
            st = self.stat(follow_symlinks=follow)
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return check(st.st_mode)

    def exists(self):
        return self._test(lambda m: True)

    def is_dir(self):
        return self._test(S_ISDIR)

    def is_file(self):
        return self._test(S_ISREG)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def is_symlink(self):
        return self._test(S_ISLNK, follow=False)

    def is_block_device(self):
        return self._test(S_ISBLK)

    def is_char_device(self):
        return self._test(S_ISCHR)

    def is_fifo(self):
        return self._test(S_ISFIFO)

    def is_socket(self):
        return self._test(S_ISSOCK)

    def expanduser(self):
        if not self.anchor and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return type(self)(home, *self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()
