"""Generic interface to dbm-style databases. The sandbox has only the pure-Python
dbm.dumb, which new databases use (CPython picks dbm.gnu or dbm.ndbm when built with
them: the files differ, the mapping behaves the same)."""

import os
from io import open as io_open

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_defaultmod = None
_modules = {}

error = (error, OSError)


def _default():
    global _defaultmod
    if _defaultmod is None:
        import dbm.dumb as mod
        _modules['dbm.dumb'] = mod
        _defaultmod = mod
    return _defaultmod


def open(file, flag='r', mode=0o666):
    """Open (or with flag 'c'/'n' create) the database file."""
    mod = _default()
    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            return mod.open(file, flag, mode)
        raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    if result == "":
        raise error[0]("db type could not be determined")
    if result not in _modules:
        raise error[0]("No module named {!r}".format(result))
    return _modules[result].open(file, flag, mode)


def whichdb(filename):
    """'dbm.dumb' for a dumb database, None when the files are missing or unreadable, ''
    for a file of unknown kind."""
    filename = os.fsencode(filename)
    try:
        with io_open(filename + b".dat", "rb"):
            pass
        try:
            size = os.stat(filename + b".dir").st_size
        except OSError:
            size = None
        if size is not None:
            return "dbm.dumb"
    except OSError:
        pass
    try:
        f = io_open(filename, "rb")
    except OSError:
        return None
    with f:
        f.read(16)
    return ""
