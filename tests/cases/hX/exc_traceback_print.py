# traceback-y things
import traceback, sys
def a(): b()
def b(): c()
def c(): raise ValueError('deep')
try:
    a()
except ValueError:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise KeyError('x') from e
except KeyError:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise KeyError('x') from None
except KeyError as e:
    traceback.print_exc(file=sys.stdout)
    print(e.__suppress_context__, e.__cause__, repr(e.__context__))
try:
    {}['k']
except KeyError:
    traceback.print_exc(file=sys.stdout)
try:
    x = [1, 2, 3]
    x[1] + x[5]
except IndexError:
    traceback.print_exc(file=sys.stdout)
def long_fn(a,
            b):
    return a + \
        b
try:
    long_fn(1,
            'x')
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise MyErr(1, 2)
except MyErr as e:
    print(repr(e), e.args, e.b)
e = ValueError('a', 'b')
print(str(e), repr(e))
print(str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
print(repr(OSError(2, 'No such file')), str(OSError(2, 'No such file', 'f.txt')), OSError(2, 'x').errno)
print(type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
print(repr(StopIteration(5).value), SystemExit(3).code, SystemExit().code)
err = AttributeError('m', name='n', obj=1)
print(err.name, err.obj)
print(NameError('x', name='y').name)
try:
    raise TypeError('t').with_traceback(None)
except TypeError as e:
    print(e.__traceback__ is not None)
