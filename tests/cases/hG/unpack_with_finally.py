import sys
def f():
    x = 1
    def g():
        nonlocal x
        x += 1
        return x
    return g
g = f(); print(g(), g(), g.__closure__[0].cell_contents)
def h():
    print(y)
    y = 2
try:
    h()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def h2():
    z = 1
    del z
    return z
try:
    h2()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def h3():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 5
    return inner()
print(h3())
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
try:
    a, b = iter([1, 2, 3])
except ValueError as e:
    print("ValueError", e)
a, *b, c = range(6); print(a, b, c)
*a, = "xyz"; print(a)
(a, b), c = "ab", 3; print(a, b, c)
[a, [b, *c]] = [1, (2, 3, 4)]; print(a, b, c)
print(*[1, 2], *"ab", sep="-", end="!\n")
print(*[], sep="x"); print("a", "b", sep=None, end=None); print("q", file=None); print("f", flush=True)
print([*range(3), *"ab"], {*range(3)}, {**{"a": 1}, "b": 2, **{"a": 3}}, (*[1],))
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
for i in range(3):
    try:
        continue
    finally:
        print("cont finally", i)
def tf():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(tf())
def tf2():
    try:
        try:
            raise ValueError("a")
        finally:
            return "overrides"
    except ValueError:
        return "caught"
print(tf2())
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, t, v, tb): print("exit", self.n, t.__name__ if t else None); return self.n == 2
for i in range(4):
    with CM(i) as n:
        if n == 1:
            continue
        if n == 2:
            raise KeyError
        if n == 3:
            break
    print("after", i)
with CM(10) as a, CM(11) as b:
    print(a, b)
try:
    with CM(5):
        raise IndexError("x")
except IndexError as e:
    print("propagated", e)
print(__name__, type(__builtins__).__name__ in ("module", "dict"), sys.argv[0].endswith(".py"))
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e, e.errno, e.filename, e.strerror)
try:
    import micropython
except ImportError as e:
    print("ImportError", e, e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print("ImportError", e)
x = 10
def gl():
    global x
    x = 20
    del x
gl()
try:
    x
except NameError as e:
    print("NameError", e)
try:
    exec("raise SystemExit(3)")
except SystemExit as e:
    print("SystemExit", e.code, e.args)
print(eval("1+2"), eval("x*2", {"x": 4}), eval("y", {}, {"y": 7}))
ns = {}; exec("def q(): return 5\nz = q()", ns); print(ns["z"], sorted(k for k in ns if k != "__builtins__"))
code = compile("a + 1", "<s>", "eval"); print(eval(code, {"a": 1}), code.co_filename, type(code).__name__)
try:
    compile("def f(:\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.filename)
try:
    eval("1 = 2")
except SyntaxError as e:
    print("SyntaxError", e)
