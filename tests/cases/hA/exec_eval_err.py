g = {"x": 2}
exec("y = x * 21\ndef f(a): return a + y", g)
print(g["y"], g["f"](1), sorted(k for k in g if k != "__builtins__"))
l = {}
exec("z = 5", {}, l); print(l)
print(eval("x + 1", {"x": 41}), eval("[i*i for i in range(4)]"), eval("  3 + 4  "))
code = compile("a = 1\nb = a + 1\n", "<mycode>", "exec")
ns = {}; exec(code, ns); print(ns["b"], code.co_filename, code.co_name)
e = compile("1 + 2", "<expr>", "eval"); print(eval(e), type(e).__name__)
s = compile("x = 99", "<single>", "single"); exec(s)
print(x)
globals()["dyn"] = "dynamic"; print(dyn)
def fl():
    a = 1
    locals()["a"] = 2
    return a
print(fl())
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.filename)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(e)
try:
    eval("import os")
except SyntaxError as e:
    print(e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    import traceback
    print(traceback.format_exc().splitlines()[-3:])
src = """
class K:
    v = 3
    def m(self): return self.v * 2
r = K().m()
"""
ns = {}; exec(src, ns); print(ns["r"], ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
print(eval("__name__"), eval("__name__", {}), eval("__builtins__ is not None", {}))
exec("print('printed from exec', __name__)", {"__name__": "custom"})
m = __import__("math"); print(m.pi)
import importlib
j = importlib.import_module("json"); print(j.dumps([1]))
exec(compile("def boom():\n    return 1/0\n", "<generated>", "exec"), ns)
ns["boom"]()
