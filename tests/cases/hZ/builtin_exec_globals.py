g = {"x": 1}
exec("y = x + 1\ndef f(): return y * 2", g)
print(g["y"], g["f"](), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
l = {}
exec("a = 5\nb = a * 2", {}, l)
print(l)
exec("print(len('abc'))", {"__builtins__": {"print": print, "len": len}})
try:
    exec("open", {"__builtins__": {}})
except NameError as e:
    print(e)
code = compile("z = 10", "<s>", "exec")
ns = {}; exec(code, ns); print(ns["z"])
print(exec("1 + 1"))
try:
    exec("x = = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec(5)
except TypeError as e:
    print(e)
def scope():
    ns = {}
    exec("inner = 1", globals(), ns)
    return ns
print(scope())
exec("import math; r = math.sqrt(16)", ns); print(ns["r"])
try:
    exec("1", [])
except TypeError as e:
    print(e)
