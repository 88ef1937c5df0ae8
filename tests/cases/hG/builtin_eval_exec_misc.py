print(eval(b"1 + 2"), eval(bytearray(b"3 * 4")), eval(memoryview(b"5")) if True else 0)
exec(b"print('exec bytes')"); exec(bytearray(b"print('exec bytearray')"))
g = {}; exec("a = 1\nb = a + 1", g); print(g["b"], "__builtins__" in g)
l = {}; exec("c = 3", None, l) if False else exec("c = 3", {}, l); print(l)
print(eval("__name__"), eval("locals() is globals()"), eval("len", {"len": "shadow"}))
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("def f():\n  return 1\n   x")
except IndentationError as e:
    print("IndentationError", e.msg, e.lineno)
try:
    exec("if 1:\nx")
except IndentationError as e:
    print("IndentationError", e.msg, e.lineno)
try:
    compile("x = (1,", "f.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
c = compile("print('compiled'); 42", "x", "exec"); print(exec(c))
c = compile("1 + 1", "x", "single"); exec(c)
c = compile("[i for i in range(3)]", "y", "eval"); print(eval(c))
def loc():
    a = 1; b = "x"
    return sorted(locals().items())
print(loc())
class LC:
    p = 1
    names = sorted(k for k in locals().keys())
print(LC.names)
print("append" in dir([]), "__len__" in dir(""), dir(LC)[-2:], sorted(dir(LC()))[-2:], "x" in dir(type("T", (), {"x": 1})))
import sys
print(type(dir(sys)), "argv" in dir(sys))
def gen(): yield
print(hash(gen()) != 0, type(hash(print)), hash(LC) == hash(LC), hash(len) == hash(len), id(LC) == id(LC))
class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [0, 5, True, -1, 2**63, 1.5, "3"]:
    try:
        print(len(Len(n)), bool(Len(n)))
    except Exception as e:
        print(type(e).__name__, e)
class BoolBad:
    def __bool__(self): return 1
try:
    bool(BoolBad())
except TypeError as e:
    print("TypeError", e)
print(bool(), bool(0.0), bool(0j), bool(""), bool(" "), bool(()), bool(range(0)), bool(b""), bool(None), bool(NotImplemented) if False else True, bool(set()), bool(frozenset([0])))
print(True + 1, True * 3.5, True == 1, "", isinstance(True, int), type(True).__mro__, repr(bool), int.__bool__(0), str(True), f"{True}", "%s %d" % (True, True), True.__class__.__name__)
try:
    class B2(bool): pass
except TypeError as e:
    print("TypeError", e)
class M:
    def meth(self, x): return (self.__class__.__name__, x)
b = M().meth; print(b(1), b.__name__, b.__qualname__, M.meth.__qualname__, b == M().meth, b == b, callable(b))
f = M.meth; print(f(M(), 2), type(f).__name__, type(b).__name__, b.__func__ is f)
print(callable(1), callable(len), callable(M), callable(M()), callable(lambda: 0), callable(type), callable(M.meth))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x > 1, (1, 2, 3))), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "cde")), list(enumerate("ab", start=-1)), list(enumerate([], 5)))
print(all([]), any([]), all([1, 0]), any(iter([0, 0, 3])), all(x > 0 for x in [1, 2]), any("") )
print(chr(65), chr(0x1F600), chr(0), ord("€"), ord(b"a"), ord(bytearray(b"z")), hex(-255), hex(0), oct(-8), bin(-5), bin(0), hex(2**64), oct(2**64))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type), isinstance(int, type), isinstance(type, type))
try:
    issubclass(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, 1)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, (int, 1))
    print("no error")
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, (str, 1))
except TypeError as e:
    print("TypeError", e)
