for e in (ValueError(), ValueError("a"), ValueError("a", 2), ValueError(None), KeyError("k"), KeyError(), KeyError(1, 2), OSError(2, "No such"), OSError("x"), StopIteration(5), SystemExit(3), UnicodeError("u"), Exception([1])):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = FileNotFoundError(2, "nf")
print(repr(e), e.errno)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
e = ValueError("x"); e.args = ("y", "z"); print(str(e), repr(e))
print(str(BaseException()), repr(BaseException("q")), repr(SyntaxError("m")), str(SyntaxError("msg", ("f.py", 3, 4, "line"))))
print(repr(StopIteration()), StopIteration(1, 2).value, SystemExit().code, SystemExit(1, 2).code)
e = KeyError("a\nb"); print(str(e), repr(e))
try:
    raise IndexError
except IndexError as err:
    print(repr(err), err.args)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(BrokenPipeError, ConnectionError))
print(ImportError("m", name="mod").name, ModuleNotFoundError("x").msg, AttributeError("a", name="n", obj=1).name)
