"""Filename globbing utility."""

import os
import re
import fnmatch
import itertools

__all__ = ['glob', 'iglob', 'escape']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    base = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _expand(pathname, base, recursive, False, include_hidden)
    if not pathname or (recursive and _is_double_star(pathname[:2])):
        # a leading '**' first matches the starting folder itself, shown as ''
        head = next(found, None)
        if head:
            found = itertools.chain((head,), found)
    return found


def _expand(pattern, base, recursive, dirs_only, hidden):
    parent, last = os.path.split(pattern)
    if not has_magic(pattern):
        here = _join(base, pattern)
        if (os.path.lexists(here) if last else os.path.isdir(_join(base, parent))):
            yield pattern
        return
    if not parent:
        yield from _names(base, last, recursive, dirs_only, hidden)
        return
    if parent != pattern and has_magic(parent):
        parents = _expand(parent, base, recursive, True, hidden)
    else:
        parents = (parent,)
    for folder in parents:
        for name in _names(_join(base, folder), last, recursive, dirs_only, hidden):
            yield os.path.join(folder, name)


def _names(folder, part, recursive, dirs_only, hidden):
    # the names in folder matching one pattern component
    if not has_magic(part):
        return glob0(folder, part)
    if recursive and _is_double_star(part):
        return _walk_names(folder, part, dirs_only, hidden)
    names = _entries(folder, dirs_only)
    if not (hidden or _is_hidden(part)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, part)


def glob0(dirname, basename):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def glob1(dirname, pattern):
    return _names(dirname, pattern, False, False, False)


def _walk_names(folder, part, dirs_only, hidden):
    yield part[:0]
    yield from _below(folder, dirs_only, hidden)


def _below(folder, dirs_only, hidden):
    for name in _entries(folder, dirs_only):
        if hidden or not _is_hidden(name):
            yield name
            sub = _join(folder, name) if folder else name
            for deeper in _below(sub, dirs_only, hidden):
                yield _join(name, deeper)


def _entries(folder, dirs_only):
    out = []
    try:
        with os.scandir(folder or os.curdir) as it:
            for entry in it:
                try:
                    if dirs_only and not entry.is_dir():
                        continue
                except OSError:
                    continue
                out.append(entry.name)
    except OSError:
        pass
    if isinstance(folder, bytes):
        out = [os.fsencode(x) if isinstance(x, str) else x for x in out]
    return out


def _join(a, b):
    if a and b:
        return os.path.join(a, b)
    return a or b


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _is_hidden(name):
    return name[:1] in ('.', b'.')


def _is_double_star(part):
    return part in ('**', b'**')


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname
