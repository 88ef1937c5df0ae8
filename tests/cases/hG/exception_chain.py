def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise OSError(2, "nofile")
    except OSError:
        raise RuntimeError("r") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = Exception("a", 1)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception("x")), str(KeyError("k")), str(KeyError("a", "b")))
print(repr(OSError(2, "x")), str(OSError(2, "x")), OSError(2, "x").errno, type(OSError(2, "x", "f")).__name__, str(OSError(2, "x", "f")))
print(type(OSError(13, "perm")).__name__, type(IOError()).__name__, EnvironmentError is OSError)
try:
    raise StopIteration(1, 2)
except StopIteration as e:
    print(e.value, e.args)
print(issubclass(KeyError, LookupError), KeyError.__mro__, ArithmeticError.__subclasses__()[:3])
try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("tuple match", repr(e))
try:
    try:
        raise KeyError(1)
    except (IndexError, (TypeError, KeyError)):
        print("nested tuple match")
except Exception as e:
    print("not matched", type(e))
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
def g():
    try:
        raise ValueError(1)
    finally:
        return "swallowed"
print(g())
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
    def __str__(self):
        return "MyErr<%d>" % self.code
try:
    raise MyErr(4)
except MyErr as e:
    print(e, repr(e), e.args, e.code)
e = ValueError("x")
e.add_note("note1")
print(e.__notes__)
try:
    e.with_traceback(5)
except TypeError as ex:
    print("TypeError", ex)
print(e.with_traceback(None) is e, BaseException.__new__(ValueError).args)
x = 1
try:
    raise ValueError
except ValueError as x:
    pass
try:
    print(x)
except NameError as ex:
    print("NameError", ex)
