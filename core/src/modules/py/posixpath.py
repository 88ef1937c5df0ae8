"""Pathname operations on POSIX paths (os.path)."""

import posix as _posix

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink',
           'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars',
           'normpath', 'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir',
           'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
           'supports_unicode_filenames', 'relpath', 'commonpath']


def _fspath(p):
    return _posix.fspath(p)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (funcname, s.__class__.__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname (a no-op on POSIX)."""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext may be empty."""
    p = _fspath(p)
    if isinstance(p, bytes):
        return _splitext(p, b'/', None, b'.')
    return _splitext(p, '/', None, '.')


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext) at the last extsep after the last separator; leading dots
    of the last component do not start an extension."""
    last = p.rfind(sep)
    if altsep:
        last = max(last, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last:
        i = last + 1
        while i < dot:
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path; the drive is always empty on POSIX."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname."""
    p = _fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def islink(path):
    """Test whether a path is a symbolic link."""
    try:
        st = _posix.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return st.st_mode & 0o170000 == 0o120000


def lexists(path):
    """Test whether a path exists; True for broken symbolic links."""
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def exists(path):
    """Test whether a path exists; False for broken symbolic links."""
    try:
        _posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file."""
    try:
        st = _posix.stat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o100000


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = _posix.stat(s)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o040000


def ismount(path):
    """Test whether a path is a mount point (only '/' in the sandbox)."""
    path = _fspath(path)
    return abspath(path) == _sep(path)


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _posix.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _posix.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _posix.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _posix.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file."""
    s1 = _posix.stat(f1)
    s2 = _posix.stat(f2)
    if s1.st_ino == 0 and s2.st_ino == 0:
        return realpath(f1) == realpath(f2)
    return samestat(s1, s2)


def sameopenfile(fp1, fp2):
    raise OSError(9, 'Bad file descriptor')


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    """Expand ~ to $HOME when the host passed HOME; otherwise return path unchanged."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode('utf-8')
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """Expand shell variables of the forms $var and ${var}; unknown ones are left alone."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    if is_bytes:
        if b'$' not in path:
            return path
        text = path.decode('utf-8', 'surrogateescape')
    else:
        if '$' not in path:
            return path
        text = path
    import os
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            j = text.find('}', i + 2)
            name = text[i + 2:j] if j >= 0 else ''
            if j < 0 or not name or not _is_var_name(name):
                out.append(c)
                i += 1
                continue
            end = j + 1
        else:
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == '_') and text[j].isascii():
                j += 1
            name = text[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            end = j
        if name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(text[i:end])
        i = end
    result = ''.join(out)
    if is_bytes:
        return result.encode('utf-8', 'surrogateescape')
    return result


def _is_var_name(name):
    for ch in name:
        if not (ch.isascii() and (ch.isalnum() or ch == '_')):
            return False
    return True


def normpath(path):
    """Normalize path, eliminating double slashes, '.' and '..' components."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial = 0
    if path.startswith(sep):
        # POSIX keeps exactly two leading slashes; three or more collapse to one.
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep * initial + sep.join(parts)
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _posix.getcwdb()
        else:
            cwd = _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path, resolving symbolic links."""
    filename = _fspath(filename)
    sep = _sep(filename)
    path = abspath(filename)
    parts = path.split(sep)[1:]
    result = sep
    seen = 0
    i = 0
    while i < len(parts):
        comp = parts[i]
        i += 1
        candidate = join(result, comp) if comp else result
        try:
            st = _posix.lstat(candidate)
            is_link = st.st_mode & 0o170000 == 0o120000
        except OSError:
            if strict:
                raise
            is_link = False
        if is_link:
            seen += 1
            if seen > 40:
                if strict:
                    raise OSError(40, 'Too many levels of symbolic links', candidate)
                result = candidate
                continue
            target = _posix.readlink(candidate)
            if isabs(target):
                result = sep
            parts = target.split(sep) + parts[i:]
            parts = [p for p in parts if p]
            i = 0
            continue
        result = normpath(candidate)
    return result


def relpath(path, start=None):
    """Return a relative version of a path."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
