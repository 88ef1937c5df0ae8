class ValidationError(Exception):
    def __init__(self, field, message, *, code=None):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.code = code
e = ValidationError("age", "must be positive", code=17)
print(e, repr(e), e.args, e.field, e.code, str(e), type(e).__mro__)
print(vars(e))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e2 = NoSuper(1, 2)
print(repr(e2), str(e2), e2.args)
class CustomArgs(Exception):
    def __init__(self, x):
        super().__init__()
        self.x = x
print(repr(CustomArgs(3)), str(CustomArgs(3)), CustomArgs(3).args)
e3 = ValueError("a", 2)
print(str(e3), repr(e3))
e3.args = ("changed",)
print(str(e3), repr(e3))
e3.args = [1, 2]
print(e3.args, type(e3.args).__name__)
try:
    e3.args = 5
except Exception as ex:
    print(type(ex).__name__, ex)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
class KE(KeyError):
    pass
print(str(KE("missing")), str(KeyError("m")), str(KeyError()), str(KeyError(1, 2)))
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file", "f.txt")), OSError(2, "x").errno)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(99999, "x")).__name__)
class MyOSError(OSError):
    pass
me = MyOSError(2, "nf")
print(type(me).__name__, me.errno, me.strerror, me)
e4 = StopIteration(5)
print(e4.value, e4.args)
e5 = SystemExit(3)
print(e5.code, SystemExit().code, SystemExit(1, 2).code)
e6 = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e6, e6.start, e6.reason, e6.object)
e7 = SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))
print(e7, e7.filename, e7.lineno, e7.offset, e7.text, e7.msg)
class Chained(Exception):
    pass
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise Chained("outer") from z
except Chained as c:
    print(type(c.__cause__).__name__, c.__context__ is c.__cause__, c.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise Chained("implicit")
except Chained as c:
    print(type(c.__context__).__name__, c.__cause__, c.__suppress_context__)
ex = Exception("with note")
ex.add_note("note 1")
print(ex.__notes__)
try:
    ex.add_note(5)
except Exception as e8:
    print(type(e8).__name__, e8)
print(BaseException.__subclasses__()[:3] if False else issubclass(KeyboardInterrupt, Exception))
class E9(Exception):
    def __str__(self):
        return 42
try:
    str(E9())
except Exception as e10:
    print(type(e10).__name__, e10)
err = ValueError()
print(repr(err), str(err) == "", err.args, err.__traceback__)
print(Exception(None), repr(Exception(None)), Exception(()), repr(Exception(())))
print(type(ArithmeticError()).__mro__)
