"""Object-oriented filesystem paths."""

import io
import os
import re
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(e):
    return getattr(e, 'errno', None) in _IGNORED_ERRNOS or getattr(e, 'winerror', None) in (21, 123, 1921)


class _Flavour:
    def parse_parts(self, parts):
        out = []
        sep, altsep = self.sep, self.altsep
        drv = root = ''
        it = reversed(parts)
        for part in it:
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            drv, root, rel = self.splitroot(part)
            for x in reversed(rel.split(sep)):
                if x and x != '.':
                    out.append(x)
            if drv or root:
                if not drv:
                    for part in it:
                        if not part:
                            continue
                        if altsep:
                            part = part.replace(altsep, sep)
                        drv = self.splitroot(part)[0]
                        if drv:
                            break
                break
        if drv or root:
            out.append(drv + root)
        out.reverse()
        return drv, root, out

    def join(self, drv, root, parts):
        if drv or root:
            return drv + root + self.sep.join(parts[1:])
        return self.sep.join(parts)


class _PosixFlavour(_Flavour):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = os.name != 'nt'

    def splitroot(self, part, sep='/'):
        if part and part[0] == sep:
            rest = part.lstrip(sep)
            if len(part) - len(rest) == 2:
                return '', sep * 2, rest
            return '', sep, rest
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _quote(os.fsencode(str(path)))


class _WindowsFlavour(_Flavour):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = os.name == 'nt'
    _letters = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    _reserved = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} |
                 {'COM%s' % c for c in '123456789\xb9\xb2\xb3'} |
                 {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})

    def splitroot(self, part, sep='\\'):
        first, second, third = part[0:1], part[1:2], part[2:3]
        if second == sep and first == sep and third != sep:
            i = part.find(sep, 2)
            if i != -1:
                j = part.find(sep, i + 1)
                if j != i + 1:
                    if j == -1:
                        j = len(part)
                    return part[:j], sep, part[j + 1:]
        drv = root = ''
        if second == ':' and first in self._letters:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def is_reserved(self, parts):
        if not parts or parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in self._reserved

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _quote(rest.encode('utf-8')))
        return 'file:' + _quote(path.as_posix().encode('utf-8'))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()

_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote(bs):
    return ''.join(chr(b) if b in _SAFE else '%%%02X' % b for b in bs)


class _PathParents:
    __slots__ = ('_cls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._cls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._cls._from_parsed(self._drv, self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(self._cls.__name__)


class PurePath:
    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts', '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    parts.append(str(a))
                else:
                    raise TypeError('argument should be a str object or an os.PathLike '
                                    'object returning str, not %r' % type(a))
        return cls._flavour.parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._parts = cls._parse_args(args)
        return self

    @classmethod
    def _from_parsed(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._flavour.join(self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def _cmp(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._cmp(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not self._cmp(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not self._cmp(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not self._cmp(other):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        drv, root, parts = self._flavour.parse_parts((name,))
        f = self._flavour
        if (not name or name[-1] in [f.sep, f.altsep] or drv or root or len(parts) != 1):
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parsed(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        parts, drv, root = self._parts, self._drv, self._root
        mine = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        theirs = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(theirs)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(mine[:n]) != cf(theirs):
            shown = self._flavour.join(to_drv, to_root, to_parts)
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and '
                             'the other is absolute.'.format(str(self), shown))
        return self._from_parsed('', root if n == 1 else '', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def _make_child(self, args):
        drv, root, parts = self._drv, self._root, self._parts
        drv2, root2, parts2 = self._parse_args(args)
        if root2:
            if not drv2 and drv:
                return self._from_parsed(drv, root2, [drv + root2] + parts2[1:])
        elif drv2:
            if drv2 == drv or self._flavour.casefold(drv2) == self._flavour.casefold(drv):
                return self._from_parsed(drv, root, parts + parts2[1:])
        else:
            return self._from_parsed(drv, root, parts + parts2)
        return self._from_parsed(drv2, root2, parts2)

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._from_parsed(drv, root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError('empty pattern')
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        import fnmatch
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    _flavour = _windows_flavour
    __slots__ = ()


# --- globbing ---

def _is_wildcard(pat):
    return '*' in pat or '?' in pat or '[' in pat


def _make_selector(parts, flavour):
    if not parts:
        return _Terminal()
    pat, rest = parts[0], parts[1:]
    if pat == '**':
        return _Recursive(pat, rest, flavour)
    if '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if _is_wildcard(pat):
        return _Wildcard(pat, rest, flavour)
    return _Precise(pat, rest, flavour)


class _Selector:
    def __init__(self, rest, flavour):
        self.successor = _make_selector(rest, flavour)
        self.dironly = bool(rest)

    def select_from(self, parent):
        if not parent.is_dir():
            return iter([])
        return self._select(parent)


class _Terminal:
    def _select(self, parent):
        yield parent


class _Precise(_Selector):
    def __init__(self, name, rest, flavour):
        self.name = name
        _Selector.__init__(self, rest, flavour)

    def _select(self, parent):
        try:
            path = parent._child(self.name)
            if (path.is_dir() if self.dironly else path.exists()):
                yield from self.successor._select(path)
        except PermissionError:
            return


class _Wildcard(_Selector):
    def __init__(self, pat, rest, flavour):
        import fnmatch
        flags = re.IGNORECASE if flavour is _windows_flavour else 0
        self.match = re.compile(fnmatch.translate(pat), flags).fullmatch
        _Selector.__init__(self, rest, flavour)

    def _select(self, parent):
        try:
            with os.scandir(parent) as it:
                entries = list(it)
        except PermissionError:
            return
        for entry in entries:
            if self.dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            if self.match(entry.name):
                yield from self.successor._select(parent._child(entry.name))


class _Recursive(_Selector):
    def __init__(self, pat, rest, flavour):
        _Selector.__init__(self, rest, flavour)

    def _dirs(self, parent):
        yield parent
        try:
            with os.scandir(parent) as it:
                entries = list(it)
        except PermissionError:
            return
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError as e:
                if not _ignore_error(e):
                    raise
                is_dir = False
            if is_dir and not entry.is_symlink():
                yield from self._dirs(parent._child(entry.name))

    def _select(self, parent):
        seen = set()
        for start in self._dirs(parent):
            for p in self.successor._select(start):
                if p not in seen:
                    yield p
                    seen.add(p)


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return self

    def _child(self, name):
        return self._from_parsed(self._drv, self._root, self._parts + [name])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = os.stat(other_path)
        return os.path.samestat(st, other)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._child(name)

    def _pattern_parts(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        drv, root, parts = self._flavour.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        return parts

    def glob(self, pattern):
        parts = self._pattern_parts(pattern)
        if parts and parts[-1] == '':
            parts = parts[:-1]
            sel = _make_selector(tuple(parts) + ('.',), self._flavour)
            yield from self._dedot(sel)
            return
        yield from _make_selector(tuple(parts), self._flavour).select_from(self)

    def _dedot(self, sel):
        # a trailing separator: the pattern only matches directories
        for p in sel.select_from(self):
            yield p.parent if p._parts and p._parts[-1] == '.' else p

    def rglob(self, pattern):
        parts = self._flavour.parse_parts((pattern,))[2]
        drv, root, _ = self._flavour.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            sel = _make_selector(('**',) + tuple(parts) + ('.',), self._flavour)
            yield from self._dedot(sel)
            return
        yield from _make_selector(('**',) + tuple(parts), self._flavour).select_from(self)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        def check_eloop(e):
            winerror = getattr(e, 'winerror', 0)
            if e.errno == ELOOP or winerror == 1921:
                raise RuntimeError('Symlink loop from %r' % e.filename)
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

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
        return self._from_parts((os.readlink(self),))

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
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            home = os.path.expanduser(self._parts[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self._from_parts([home] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()
