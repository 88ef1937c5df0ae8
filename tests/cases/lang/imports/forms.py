import os
import os.path
import os.path as osp
from os import path, sep as separator
from os.path import (join,
                     basename)
import collections, functools
from collections import *
print(osp is os.path, path is os.path, separator == os.sep, join('a', 'b'), basename('/x/y'))
print(collections.__name__, functools.__name__, 'OrderedDict' in dir())
def local_import():
    import json
    from json import dumps as d
    return d({'a': 1}), json.__name__
print(local_import())
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from os import nonexistent_name_xyz
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
m = __import__('os.path')
print(m.__name__)
