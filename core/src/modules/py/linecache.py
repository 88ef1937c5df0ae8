"""Lines of Python source files, cached."""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); size and mtime are None for sources that
# did not come from a file.  A 1-tuple would be a lazy entry (never made here).
cache = {}


def clearcache():
    """Empty the cache."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (from 1) of the file, with its newline; '' when there is none."""
    text = getlines(filename, module_globals)
    return text[lineno - 1] if 0 < lineno <= len(text) else ''


def getlines(filename, module_globals=None):
    """All the lines of the file (cached), or [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) > 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stale(entry):
    size, mtime, _lines, fullname = entry
    if mtime is None:
        return False        # not from a file: nothing to compare with
    try:
        now = os.stat(fullname)
    except OSError:
        return True
    return (size, mtime) != (now.st_size, now.st_mtime)


def checkcache(filename=None):
    """Drop the entries (all, or filename's) whose file changed or vanished."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) > 1 and _stale(entry):
            del cache[name]


def updatecache(filename, module_globals=None):
    """Read the file again, store its lines and return them ([] if unreadable)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) > 1:
        del cache[filename]
    if not filename or filename[:1] + filename[-1:] == '<>':
        return []
    try:
        info = os.stat(filename)
        with open(filename, 'rb') as source:
            raw = source.read()
    except (OSError, ValueError):
        return []
    try:
        lines = raw.decode('utf-8').splitlines(True)
    except UnicodeDecodeError:
        return []
    if lines and lines[-1][-1:] != '\n':
        lines[-1] = lines[-1] + '\n'
    cache[filename] = (info.st_size, info.st_mtime, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Whether filename has a lazy entry (module loaders are not supported, so the
    cache is never seeded here)."""
    entry = cache.get(filename)
    return entry is not None and len(entry) == 1
