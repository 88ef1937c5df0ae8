fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        def f(): return i
        out.append(f)
    i = 99
    return out
print([f() for f in make()])
def adders():
    return [(lambda x, n=n: x + n) for n in range(3)]
print([a(10) for a in adders()])
def cell_info():
    v = 1
    def inner(): return v
    return inner
f = cell_info()
print(f.__code__.co_freevars, f.__closure__[0].cell_contents, len(f.__closure__))
def unbound():
    def inner(): return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 1
unbound()
def late():
    funcs = {}
    for name in ("a", "b"):
        funcs[name] = lambda: name
    return funcs["a"](), funcs["b"]()
print(late())
