"""Path functions shared by posixpath and ntpath (here they live in posixpath)."""

import os
import stat
from posixpath import (commonprefix, exists, getatime, getctime, getmtime, getsize, isdir,
                       isfile, samefile, sameopenfile, samestat, _check_arg_types)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']


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
