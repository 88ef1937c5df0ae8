try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e: print(e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print('matched first')
except TypeError as e: print(e)
try:
    try:
        raise KeyError
    except (ValueError, 5):
        pass
except TypeError as e: print(e)
try:
    try:
        raise KeyError
    except int:
        pass
except TypeError as e: print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e: print(e)
try:
    raise NotExc()
except TypeError as e: print(e)
try:
    raise ValueError from NotExc()
except TypeError as e: print(e)
e1 = ValueError('1')
try:
    try:
        raise e1
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise KeyError('a')
    except KeyError as a:
        try:
            raise IndexError('b')
        except IndexError as b:
            raise a
except KeyError as e:
    print(repr(e.__context__), repr(e.__context__.__context__) if e.__context__ else None)
class E(Exception):
    def __str__(self): return 'custom str'
    def __repr__(self): return 'custom repr'
try: raise E('x')
except E as e: print(e, repr(e), e.args)
class E2(Exception):
    def __init__(self): pass
e = E2()
print(e.args, str(e), repr(e))
class E3(Exception):
    def __new__(cls, *a): 
        obj = super().__new__(cls, 'forced')
        return obj
    def __init__(self, *a): pass
print(E3(1, 2).args)
try: raise StopIteration
except StopIteration as e: print(repr(e), e.value)
print(ValueError.__mro__, issubclass(KeyError, LookupError), BaseException.__subclasses__()[:2] if False else '')
x = Exception('a', 1)
x.args = ('b',)
print(x, x.args)
x.args = 5 if False else [1, 2]
print(x.args, type(x.args).__name__)
try: raise SystemExit
except SystemExit as e: print(repr(e), e.code)
try: raise KeyboardInterrupt
except BaseException as e: print(type(e).__mro__[1].__name__)
import errno
try: open('/nonexistent_dir_xyz/f')
except FileNotFoundError as e: print(e.errno == errno.ENOENT, e.strerror, e.filename, type(e).__name__)
print(OSError is IOError, EnvironmentError is OSError)
try: raise OSError(1, 'a', 'b', 4, 'c')
except OSError as e: print(e, e.filename2)
print(repr(UnicodeEncodeError('ascii', 'é', 0, 1, 'bad')), UnicodeError.__bases__)
e = Exception()
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = ValueError()
print(e.__suppress_context__)
try: e.__cause__ = 5
except TypeError as te: print(te)
try: e.__context__ = 5
except TypeError as te: print(te)
def gen():
    try:
        yield
    except GeneratorExit:
        raise ValueError('in close')
g = gen(); next(g)
try: g.close()
except ValueError as ve: print('close raised', ve)
print(BaseException('a').with_traceback(None).args)
try:
    raise ValueError('x') from KeyError('y')
except ValueError as ve:
    print(ve.__cause__, ve.__suppress_context__)
