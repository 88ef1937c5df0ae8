"""Windows path syntax (what os.path is on Windows), usable anywhere: drives ('C:'),
UNC shares ('\\\\server\\share'), either slash as separator, case-insensitive names.
The functions that touch the file system work on the sandbox's files."""

import os
import stat
import genericpath
from genericpath import (commonprefix, exists, getatime, getctime, getmtime, getsize, isdir,
                         isfile, samefile, sameopenfile, samestat, _check_arg_types)

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink",
           "exists", "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars",
           "normpath", "abspath", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "samefile", "sameopenfile", "samestat", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'
supports_unicode_filenames = True


class _Syntax:
    """The separators and markers of a path, as str or as bytes."""
    __slots__ = ('sep', 'alt', 'seps', 'colon', 'dot', 'cur', 'par', 'empty', 'unc')

    def __init__(self, conv):
        self.sep, self.alt, self.colon = conv('\\'), conv('/'), conv(':')
        self.seps = conv('\\/')
        self.dot, self.cur, self.par, self.empty = conv('.'), conv('.'), conv('..'), conv('')
        self.unc = conv('\\\\?\\UNC\\')


_STR = _Syntax(str)
_BYTES = _Syntax(lambda s: s.encode('ascii'))


def _syntax(p):
    return _BYTES if isinstance(p, bytes) else _STR


def normcase(s):
    """Lower case, with forward slashes made backslashes."""
    s = os.fspath(s)
    if not isinstance(s, (str, bytes)):
        raise TypeError("normcase() argument must be str or bytes, not '%s'"
                        % type(s).__name__)
    k = _syntax(s)
    return s.replace(k.alt, k.sep).lower()


def isabs(s):
    """Whether s starts at a root: a separator (with or without a drive) or a UNC share."""
    s = os.fspath(s)
    k = _syntax(s)
    head = s[:3].replace(k.alt, k.sep)
    # As in CPython 3.11, '\\x' (no drive) counts as absolute.
    return head.startswith(k.sep) or head.startswith(k.colon + k.sep, 1)


def splitdrive(p):
    """(drive, rest): a drive letter ('C:'), a UNC share ('\\\\host\\share', also
    '\\\\?\\UNC\\host\\share') or a device ('\\\\.\\name', '\\\\?\\name'); the drive is
    empty when there is none."""
    p = os.fspath(p)
    k = _syntax(p)
    if len(p) >= 2:
        norm = p.replace(k.alt, k.sep)
        if norm[0:2] == k.sep * 2:
            # the drive runs to the separator that follows the share (or device) name
            start = 8 if norm[:8].upper() == k.unc else 2
            i = norm.find(k.sep, start)
            if i == -1:
                return p, p[:0]
            j = norm.find(k.sep, i + 1)
            if j == -1:
                return p, p[:0]
            return p[:j], p[j:]
        if norm[1:2] == k.colon:
            return p[:2], p[2:]
    return p[:0], p


def join(path, *paths):
    path = os.fspath(path)
    k = _syntax(path)
    try:
        if not paths:
            path[:0] + k.sep  # a type check, as CPython's
        drive, rest = splitdrive(path)
        for p in map(os.fspath, paths):
            p_drive, p_rest = splitdrive(p)
            if p_rest and p_rest[0] in k.seps:
                # an absolute component: it replaces the path (keeping our drive if it
                # names none)
                if p_drive or not drive:
                    drive = p_drive
                rest = p_rest
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, rest = p_drive, p_rest
                    continue
                drive = p_drive
            if rest and rest[-1] not in k.seps:
                rest = rest + k.sep
            rest = rest + p_rest
        if rest and rest[0] not in k.seps and drive and drive[-1:] != k.colon:
            return drive + k.sep + rest
        return drive + rest
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', path, *paths)
        raise


def split(p):
    """(head, tail): tail is the last component, head the rest without trailing
    separators (unless it is a root)."""
    p = os.fspath(p)
    k = _syntax(p)
    drive, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in k.seps:
        i -= 1
    head, tail = p[:i], p[i:]
    head = head.rstrip(k.seps) or head
    return drive + head, tail


def splitext(p):
    p = os.fspath(p)
    k = _syntax(p)
    return genericpath._splitext(p, k.sep, k.alt, k.dot)


splitext.__doc__ = genericpath._splitext.__doc__


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """A drive root or a bare UNC share (the sandbox has no volume mount points)."""
    path = os.fspath(path)
    k = _syntax(path)
    path = abspath(path)
    root, rest = splitdrive(path)
    if root and root[0] in k.seps:
        return (not rest) or (rest in k.seps)
    return bool(rest) and rest in k.seps


def expanduser(path):
    """Replace a leading ~ or ~user by the home folder named by USERPROFILE (or
    HOMEDRIVE + HOMEPATH); unchanged when neither is set."""
    path = os.fspath(path)
    k = _syntax(path)
    tilde = k.empty + ('~' if k is _STR else b'~')
    if not path.startswith(tilde):
        return path
    i, n = 1, len(path)
    while i < n and path[i] not in k.seps:
        i += 1
    env = os.environ
    if 'USERPROFILE' in env:
        home = env['USERPROFILE']
    elif 'HOMEPATH' not in env:
        return path
    else:
        home = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    if i != 1:
        user = path[1:i]
        if isinstance(user, bytes):
            user = os.fsdecode(user)
        current = env.get('USERNAME')
        if user != current:
            if current != basename(home):
                return path
            home = join(dirname(home), user)
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return home + path[i:]


def expandvars(path):
    """Expand %name%, $name and ${name} from the environment; unknown names and text in
    single quotes are left as they are, '%%' and '$$' give one character."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    conv = (lambda s: s.encode('ascii')) if is_bytes else (lambda s: s)
    if conv('$') not in path and conv('%') not in path:
        return path
    import string
    namechars = conv(string.ascii_letters + string.digits + '_-')

    def lookup(name, unknown):
        try:
            if is_bytes:
                return os.fsencode(os.environ[os.fsdecode(name)])
            return os.environ[name]
        except KeyError:
            return unknown

    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i:i + 1]
        nxt = path[i + 1:i + 2]
        if c == conv("'"):
            end = path.find(c, i + 1)
            if end == -1:
                out.append(path[i:])
                break
            out.append(path[i:end + 1])
            i = end + 1
        elif c == conv('%'):
            if nxt == c:
                out.append(c)
                i += 2
                continue
            end = path.find(c, i + 1)
            if end == -1:
                out.append(path[i:])
                break
            name = path[i + 1:end]
            out.append(lookup(name, c + name + c))
            i = end + 1
        elif c == conv('$'):
            if nxt == c:
                out.append(c)
                i += 2
            elif nxt == conv('{'):
                end = path.find(conv('}'), i + 2)
                if end == -1:
                    out.append(path[i:])
                    break
                name = path[i + 2:end]
                out.append(lookup(name, path[i:end + 1]))
                i = end + 1
            else:
                j = i + 1
                while j < n and path[j:j + 1] in namechars:
                    j += 1
                name = path[i + 1:j]
                out.append(lookup(name, c + name))
                i = j
        else:
            out.append(c)
            i += 1
    return path[:0].join(out)


def normpath(path):
    """Collapse separators, '.' and 'a\\..' (never above the drive's root); forward slashes
    become backslashes."""
    path = os.fspath(path)
    k = _syntax(path)
    path = path.replace(k.alt, k.sep)
    prefix, path = splitdrive(path)
    if path.startswith(k.sep):
        prefix += k.sep
        path = path.lstrip(k.sep)
    comps = []
    for c in path.split(k.sep):
        if not c or c == k.cur:
            continue
        if c == k.par:
            if comps and comps[-1] != k.par:
                comps.pop()
                continue
            if not comps and prefix.endswith(k.sep):
                continue
        comps.append(c)
    if not prefix and not comps:
        comps.append(k.cur)
    return prefix + k.sep.join(comps)


def abspath(path):
    """The absolute, normalized path (relative paths are joined to the current folder)."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


# Without Windows' final-path lookup, realpath is abspath (as in CPython off Windows).
realpath = abspath


def relpath(path, start=None):
    """path relative to start (default: the current folder); both must be on one drive."""
    path = os.fspath(path)
    k = _syntax(path)
    if start is None:
        start = k.cur
    try:
        if not path:
            raise ValueError("no path specified")
        start = os.fspath(start)
        start_drive, start_rest = splitdrive(abspath(normpath(start)))
        path_drive, path_rest = splitdrive(abspath(normpath(path)))
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError("path is on mount %r, start on mount %r"
                             % (path_drive, start_drive))
        start_list = [x for x in start_rest.split(k.sep) if x]
        path_list = [x for x in path_rest.split(k.sep) if x]
        i = 0
        for a, b in zip(start_list, path_list):
            if normcase(a) != normcase(b):
                break
            i += 1
        rel = [k.par] * (len(start_list) - i) + path_list[i:]
        if not rel:
            return k.cur
        return join(*rel)
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the paths (all absolute or all relative, on one
    drive); compared case-insensitively, returned in the first path's case."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    k = _syntax(paths[0])
    try:
        drivesplits = [splitdrive(p.replace(k.alt, k.sep).lower()) for p in paths]
        split_paths = [p.split(k.sep) for d, p in drivesplits]
        try:
            isabs_, = set(p[:1] == k.sep for d, p in drivesplits)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        if len(set(d for d, p in drivesplits)) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, path = splitdrive(paths[0].replace(k.alt, k.sep))
        common = [c for c in path.split(k.sep) if c and c != k.cur]
        split_paths = [[c for c in s if c and c != k.cur] for s in split_paths]
        s1, s2 = min(split_paths), max(split_paths)
        n = len(s1)
        for i, c in enumerate(s1):
            if c != s2[i]:
                n = i
                break
        common = common[:n]
        prefix = drive + k.sep if isabs_ else drive
        return prefix + k.sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
