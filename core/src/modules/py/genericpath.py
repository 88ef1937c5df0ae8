"""Path functions shared by posixpath and ntpath (here they live in posixpath)."""

import os
import stat
from posixpath import (commonprefix, exists, getatime, getctime, getmtime, getsize, isdir,
                       isfile, samefile, sameopenfile, samestat, _check_arg_types,
                       _splitext)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']
