funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    i = 100
    return fs
print([f() for f in make()])
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter(); c(); c(5)
print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
g = 1
def setg():
    global g
    g += 1
    def inner():
        global g
        g *= 10
    inner()
setg(); print(g)
def shadow():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    g = 5
shadow()
def free():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return inner()
print(free())
def del_local():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        print(e)
del_local()
try:
    undefined_name
except NameError as e:
    print(e)
def walrus():
    data = [1, 5, 3, 8, 2]
    big = [y for x in data if (y := x * 2) > 5]
    print(big, y)
    print([last := i for i in range(3)], last)
    if (n := len(data)) > 3:
        print("n =", n)
    while (chunk := data[:2]):
        data = data[2:]
        print(chunk, end=" ")
    print()
walrus()
def comp_scope():
    x = 10
    res = [x for x in range(3)]
    print(x, res)
    res2 = {k: v for k, v in zip("ab", range(2))}
    print(res2)
    gen = (x + z for z in range(2))
    x = 20
    print(list(gen))
    nested = [[i * j for j in range(i)] for i in range(4)]
    print(nested)
    print([(a, b) for a in range(3) for b in range(a)])
    print({c for c in "hello"} == set("helo"))
comp_scope()
class K:
    v = 5
    r = [v2 for v2 in range(v)]
print(K.r)
x = "global x"
def outer():
    x = "outer x"
    def middle():
        def inner():
            nonlocal x
            x = "changed"
        inner()
    middle()
    return x
print(outer(), x)
def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()])
print([f() for f in list(gen_closure())])
def defaults(a, b=[], *, c={}):
    b.append(a); c[a] = len(b)
    return b, c
print(defaults(1), defaults(2))
print(defaults.__defaults__, defaults.__kwdefaults__)
lam = lambda *a, k=3, **kw: (a, k, kw)
print(lam(1, 2, k=4, z=5), lam())
print((lambda: (yield))().__class__.__name__)
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
def nested_nonlocal():
    v = 0
    def a():
        nonlocal v
        def b():
            nonlocal v
            v += 1
        b(); b()
    a()
    return v
print(nested_nonlocal())
