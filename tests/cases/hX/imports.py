import os.path
print(os.path.join('a', 'b'))
import os.path as osp
print(osp is os.path)
from os import path as p, sep
print(p is os.path, sep)
from collections import (OrderedDict,
    defaultdict as dd,)
print(OrderedDict.__name__, dd.__name__)
import json, math as m
print(m.pi > 3, json.dumps([1]))
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from os import nonexistent_attr
except ImportError as e:
    print(type(e).__name__, e)
try:
    import os.nonexistent_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from math import *
    print('sqrt' in dir())
except Exception as e:
    print(e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('')
except ValueError as e:
    print('ValueError', e)
mod = __import__('os.path')
print(mod.__name__)
mod = __import__('os.path', fromlist=['join'])
print(mod.__name__)
import importlib
print(importlib.import_module('json').__name__)
def func():
    import string
    return string.ascii_lowercase[:3]
print(func(), 'string' in dir())
try:
    exec('def f():\n    from os import *\n')
except SyntaxError as e:
    print('SyntaxError', e.msg)
import sys
print('json' in sys.modules, type(sys.modules).__name__)
from __future__ import annotations
print('future ok')
try:
    exec('from __future__ import braces')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('from __future__ import nonsense')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('x = 1\nfrom __future__ import annotations')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
exec('"doc"\nfrom __future__ import annotations\nprint("after doc ok")')
import __future__
print(__future__.annotations.compiler_flag > 0, __future__.all_feature_names[:3])
