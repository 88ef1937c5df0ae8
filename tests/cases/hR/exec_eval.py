g = {}
exec("x = 1\ny = x + 1", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g, g["y"])
l = {}
exec("z = 5\nw = z * 2", g, l)
print(sorted(l), "z" in g)
print(eval("x + y", g), eval("z + w", g, l), eval("x", {"x": 9}, {"x": 10}))
print(eval("1 + 1"), eval(" 2 * 3 "), eval("\t4"), eval("[i for i in range(3)]"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    eval(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    exec(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except Exception as e:
    print(type(e).__name__, e)
try:
    eval("1", {}, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("1", {}, 5)
except Exception as e:
    print(type(e).__name__, e)
class ML:
    def __getitem__(self, k):
        if k == "magic":
            return 42
        raise KeyError(k)
    def __setitem__(self, k, v):
        print("set", k, v)
print(eval("magic + 1", {}, ML()))
exec("q = magic", {}, ML())
try:
    eval("nosuch", {}, ML())
except NameError as e:
    print("NameError", e)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
gb = {"__builtins__": {"print": lambda *a: None}}
exec("print('hidden')", gb)
exec("import math; r = math.floor(2.5)", g)
print(g["r"])
code = compile("a * 2", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"a": 21}))
code = compile("for i in range(3): total = i", "<ex>", "exec")
ns = {}
print(exec(code, ns), ns["total"])
code = compile("1 + 1\nNone\n'str'", "<s>", "exec")
exec(code)
single = compile("3 * 7", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
exec(compile("if True:\n    8\n    9\n", "<single>", "single"))
try:
    compile("1\n2\n", "<single>", "single")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("1", "<x>", "bogus")
except Exception as e:
    print(type(e).__name__, e)
try:
    compile("1", "<x>")
except Exception as e:
    print(type(e).__name__, e)
try:
    compile(123, "<x>", "exec")
except Exception as e:
    print(type(e).__name__, e)
print(eval(b"1 + 2"), eval(compile(b"3", "f", "eval")))
try:
    eval("1\x00")
except Exception as e:
    print(type(e).__name__, e)
def f():
    a = 1
    return eval("a + 1")
print(f())
def f3():
    v = 3
    return eval("lambda: v")()
try:
    print(f3())
except NameError as e:
    print("NameError", e)
src = "def sq(n):\n    return n * n\nres = [sq(i) for i in range(4)]\n"
ns = {}
exec(src, ns)
print(ns["res"], ns["sq"].__name__, ns["sq"].__module__ if "__name__" in ns else ns["sq"].__globals__ is ns)
print(eval("__name__"), eval("__name__", {}) if False else "")
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("caught", e)
exec("class K: pass\nprint(K.__module__, K.__qualname__)", {"__name__": "custom"})
print(eval("(1,\n2)"), eval("  (3)  "))
try:
    eval("  1\n  2")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(exec("pass", None, None), eval("7", None, None))
print(eval("x", None, {"x": "loc"}))
