x = "global"
class C:
    x = "class"
    y = x
    def m(self): return x
    lst = [x for _ in range(1)]
    z = (lambda: x)()
print(C.y, C().m(), C.lst, C.z)
def outer():
    x = "outer"
    class Inner:
        print("in class body", x)
        x = "inner-class"
        print("after assign", x)
        def get(self): return x
    return Inner
print(outer()().get())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def g():
    global newglobal
    newglobal = 5
g(); print(newglobal)
def h():
    print(sorted(locals()))
    a = 1
    b = 2
    print(sorted(locals().items()))
    def inner(): return a
    print(sorted(locals()))
h()
def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    q = 1
unbound()
def unbound_free():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
unbound_free()
def deleter():
    a = 1
    del a
    try: a
    except UnboundLocalError as e: print("UnboundLocalError", e)
    b = 2
    def cl(): return b
    del b
    try: cl()
    except NameError as e: print(type(e).__name__, e)
deleter()
try: del undefined_name
except NameError as e: print("NameError", e)
gv = 1
del gv
try: gv
except NameError as e: print("NameError", e)
print([y for y in range(3) if (w := y) > 0], w)
def walrus_scope():
    [z := k for k in range(4)]
    return z
print(walrus_scope())
total = 0
data = [3, 1, 4]
print([total := total + d for d in data], total)
print({k: v for k, v in zip("ab", range(2))}, {k for k in "aa"})
def nl():
    val = "enc"
    def mid():
        def inn():
            nonlocal val
            val = "changed"
        inn()
    mid()
    return val
print(nl())
def shadow(len=len):
    return len("abc")
print(shadow())
class K:
    a = 1
    b = [a for _ in range(2)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = str(e)
print(K.c)
n = 0
while (n := n + 1) < 3: print("n", n)
print(eval("x"), eval("lv", {"lv": 9}), eval("a+b", {}, {"a": 1, "b": 2}))
ns = {}
exec("r = 10\ndef ff(): return r", ns)
print(ns["r"], ns["ff"]())
