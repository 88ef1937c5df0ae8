x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("a + x", {"x": 1}, {"a": 5}))
print(eval("[i * 2 for i in range(3)]"), eval(" 1 + 2 "), eval("\t3"), eval("'s'.upper()"))
def f():
    loc = 7
    return eval("loc * 2"), eval("loc", None, {"loc": 1})
print(f())
for bad in ("1 +", "x = 1", "import os", ""):
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("undefined_var")
except NameError as e:
    print(e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(e)
class Mapping:
    def __getitem__(self, k):
        if k == "magic": return 42
        raise KeyError(k)
print(eval("magic + 1", {}, Mapping()))
print(eval(compile("2 ** 8", "<e>", "eval")), eval(b"1 + 1"))
try:
    eval("x", {"x": 1}, 5)
except TypeError as e:
    print(e)
print(eval("__name__"), eval("__name__", {}) if False else "", eval("len", {}).__name__)
