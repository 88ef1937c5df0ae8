import traceback
excs = [KeyError((1, 2)), KeyError('a', 'b'), KeyError(''), KeyError(), ValueError(), ValueError(''), ValueError(1, 2), ValueError(None), ValueError([1]), TypeError('multi\nline'), OSError(2, 'nf', 'f'), UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'bad'), UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)'), StopIteration(1), SystemExit(2), AssertionError(), AssertionError('m'), ZeroDivisionError('division by zero'), RecursionError(), NotImplementedError(), AttributeError("'int' object has no attribute 'x'"), IndexError('list index out of range'), ModuleNotFoundError("No module named 'zz'"), ImportError('cannot import'), SyntaxError('invalid syntax', ('f.py', 3, 5, 'x = = 1\n', 3, 6)), IndentationError('unexpected indent'), Warning('w'), UserWarning('u'), DeprecationWarning()]
for e in excs:
    print(repr(e), '|', str(e), '|', traceback.format_exception_only(type(e), e))
class Custom(Exception):
    def __str__(self): return 'custom str'
class NoStr(Exception):
    def __str__(self): raise RuntimeError('boom')
class Mod(Exception):
    __module__ = 'pkg.mod'
for e in [Custom(), NoStr(), Mod('m')]:
    print(traceback.format_exception_only(type(e), e))
e = ValueError('with note')
e.add_note('note 1')
e.add_note('note 2')
print(traceback.format_exception_only(type(e), e), e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print(te)
