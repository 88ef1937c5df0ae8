# Fixes of session 3: module shadowing, code.replace, co_flags, in-place operator messages,
# read-only attributes of C-like types, reprs of module-defined types.
import os
import sys

TMP = '_tmp_lead_s3'
if not os.path.isdir(TMP):
    os.mkdir(TMP)
with open(os.path.join(TMP, 'textwrap.py'), 'w') as f:
    f.write('WHO = "mine"\n')
with open(os.path.join(TMP, 'os.py'), 'w') as f:
    f.write('WHO = "mine"\n')
os.mkdir(os.path.join(TMP, 'string')) if not os.path.isdir(os.path.join(TMP, 'string')) else None
sys.path.insert(0, TMP)
sys.modules.pop('textwrap', None)
import textwrap
print('textwrap from the folder:', getattr(textwrap, 'WHO', 'stdlib'))
sys.modules.pop('os', None)
import os as os2
print('os stays the standard one:', getattr(os2, 'WHO', 'stdlib'))
sys.modules.pop('string', None)
import string
print('a bare folder does not hide string:', hasattr(string, 'ascii_letters'))
sys.path.remove(TMP)
for name in ('textwrap.py', 'os.py'):
    os.remove(os.path.join(TMP, name))
os.rmdir(os.path.join(TMP, 'string'))
os.rmdir(TMP)
print('stdlib names:', type(sys.stdlib_module_names).__name__, 'json' in sys.stdlib_module_names)


def f(a, b=1):
    return a + b


print(f.__code__.co_flags, (lambda: 0).__code__.co_flags)
c = f.__code__.replace(co_name='g', co_firstlineno=5)
print(c.co_name, c.co_firstlineno, c.co_varnames, f.__code__.co_name)
for bad in ({'co_name': 3}, {'co_nonsense': 1}):
    try:
        f.__code__.replace(**bad)
    except TypeError as e:
        print('TypeError:', e)

z = complex(1, 2)
for op in ('z // 2', 'z % 2', 'divmod(z, 2)'):
    try:
        eval(op)
    except TypeError as e:
        print('TypeError:', e)
try:
    z //= 2
except TypeError as e:
    print('TypeError:', e)
try:
    z %= 2
except TypeError as e:
    print('TypeError:', e)

import datetime
d = datetime.date(2020, 1, 1)
for attr in ('year', 'month'):
    try:
        setattr(d, attr, 5)
    except AttributeError as e:
        print('AttributeError:', e)

print(sys.float_info)
print(str(sys.int_info) == repr(sys.int_info))
