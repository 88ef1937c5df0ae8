# eval, exec, compile, globals, locals, __import__
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
x = 10
show(lambda: eval("x + 1"))
show(lambda: eval("x + y", {"x": 1, "y": 2}))
show(lambda: eval("x + y", {"x": 1}, {"y": 5}))
show(lambda: eval("  1 + 1"))
show(lambda: eval("\t2"))
show(lambda: eval("1 +"))
show(lambda: eval(5))
show(lambda: eval("x", []))
show(lambda: eval("x", None, {"x": 3}))
show(lambda: eval(b"1 + 2"))
show(lambda: eval("a\0b"))
show(lambda: eval(compile("3 * 3", "<s>", "eval")))
g = {}
show(lambda: exec("z = 5\ndef f(): return z * 2", g))
show(lambda: g["f"]())
show(lambda: "__builtins__" in g)
show(lambda: exec("return 1"))
show(lambda: exec("1/0"))
show(lambda: compile("x = 1", "f.py", "exec").co_filename)
show(lambda: compile("1", "f", "nope"))
show(lambda: compile("def", "f", "exec"))
show(lambda: compile(5, "f", "exec"))
show(lambda: type(compile("1", "f", "single")).__name__)
def f():
    a = 1
    b = 2
    return sorted(locals().items())
show(f)
show(lambda: "x" in globals())
show(lambda: globals() is globals())
show(lambda: exec("print(__name__)", {}))
show(lambda: exec("print(__name__)", {"__name__": "zzz"}))
l = {}
exec("w = 7", None, l)
show(lambda: l)
exec("def k(): return 42")
show(lambda: k())
show(lambda: eval("[i for i in range(3)]"))
show(lambda: eval("(lambda: x)()"))
def outer():
    y = 5
    return eval("y + 1")
show(outer)
show(lambda: __import__("sys").maxsize)
show(lambda: __import__("nonexistent_mod"))
show(lambda: __import__(5))
show(lambda: type(__build_class__).__name__)
