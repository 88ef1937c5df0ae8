x_global = 1
def f(a, b=2):
    c = 3
    def inner():
        print(sorted(locals()), c)
    inner()
    return locals()
r = f(1)
print(list(r))
class K:
    attr = 1
    print(sorted(k for k in vars() if not k.startswith("__")), vars()["__module__"], __qualname__)
    print(sorted(locals()), "attr" in dir())
    def m(self):
        return sorted(locals())
print(K().m())
print("x_global" in dir(), "x_global" in globals(), "f" in vars())
globals()["dynamic_name"] = 42
print(dynamic_name)
def g():
    return dynamic_name
print(g())
del globals()["dynamic_name"]
try:
    g()
except NameError as e:
    print(e)
def h():
    loc = locals()
    loc["injected"] = 1
    try:
        return injected
    except NameError as e:
        return str(e)
print(h())
def k():
    x = 1
    exec("x = 2")
    return x, sorted(locals())
print(k())
ns = {}
exec("a = 1\ndef fn(): return a", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["fn"]())
print(eval("a + 1", ns), eval("x_global", {"x_global": "shadow"}), eval("len('ab')", {}))
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print(e)
print(eval("abs(-2)", {"__builtins__": {"abs": lambda v: "fake"}}))
print(type(globals()).__name__, globals() is vars(), "__builtins__" in globals(), __name__)
try:
    vars(None)
except TypeError as e:
    print(e)
import sys
mod = sys.modules[__name__]
print(mod.x_global, getattr(mod, "f") is f)
mod.via_module = "set via module"
print(via_module)
