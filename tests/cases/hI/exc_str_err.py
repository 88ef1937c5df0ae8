class BadStr(Exception):
    def __str__(self): raise RuntimeError("str failed")
class NonStr(Exception):
    def __str__(self): return 42
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
try: raise NonStr()
except NonStr as e:
    try: str(e)
    except TypeError as te: print("TypeError", te)
print(repr(WithRepr("x")), str(WithRepr("x")))
print(str(KeyError(("a", 1))), str(KeyError("")), repr(KeyError("")), str(IndexError()), str(ValueError(None)), str(ValueError(1, 2)))
print(str(OSError(2, "msg")), str(OSError(2, "msg", "file.txt")), str(OSError("only")), OSError(2, "x").errno, type(OSError(2, "x")).__name__, str(FileNotFoundError(2, "No such", "f")))
print(repr(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad")), str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad")))
print(str(SyntaxError("msg", ("file.py", 3, 5, "x = = 1\n", 3, 6))), str(SyntaxError("m")), str(StopIteration(7)), str(SystemExit(3)), str(KeyboardInterrupt()))
e = Exception("a"); e.args = ("b", "c"); print(str(e), repr(e))
e.args = [1]; print(e.args, str(e))
try: e.args = 5
except TypeError as te: print("TypeError", te)
class Custom(Exception):
    def __init__(self, a, b=2):
        self.a, self.b = a, b
print(repr(Custom(1)), str(Custom(1)), Custom(1, b=3).args)
import pickle
print(isinstance(Custom(1), BaseException), Exception.__mro__)
raise BadStr("hidden")
