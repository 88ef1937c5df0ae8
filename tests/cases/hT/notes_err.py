import traceback, sys
def pr(e):
    print("".join(traceback.format_exception(e)), end="")
e = ValueError("v")
e.__notes__ = "not a list"
pr(e)
e = ValueError("v")
e.__notes__ = ["ok", 5, b"bytes"]
pr(e)
e = ValueError("v")
e.__notes__ = 42
pr(e)
class BadStr:
    def __str__(self): raise RuntimeError("no")
e = ValueError("v")
e.__notes__ = [BadStr()]
pr(e)
e = ValueError()
e.add_note("")
e.add_note("multi\n  line")
pr(e)
for call in [lambda: e.add_note(), lambda: e.add_note("a", "b"), lambda: e.add_note(note="x"),
             lambda: ExceptionGroup("g", [e]).split(), lambda: ExceptionGroup("g", [e]).subgroup(1, 2),
             lambda: ExceptionGroup("g", [e]).derive()]:
    try:
        call()
    except TypeError as x:
        print(x)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("n1")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))
try:
    try:
        1/0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise ValueError("after") from z
except ValueError as v:
    pr(v)
class Silent(Exception):
    def __str__(self): return ""
pr(Silent())
class BadRepr(Exception):
    def __str__(self): raise ValueError
pr(BadRepr())
e = ExceptionGroup("eg", [ValueError("x")])
e.__notes__ = "str notes"
pr(e)
class MyErr(Exception):
    __module__ = "custom.mod"
pr(MyErr("m"))
class Q(Exception): pass
Q.__qualname__ = "Outer.Q"
pr(Q("q"))
try:
    exec("def f(:\n  pass")
except SyntaxError as s:
    s.add_note("syntax note")
    pr(s)
err = OSError(2, "No such file", "f.txt")
err.add_note("os note")
raise err
