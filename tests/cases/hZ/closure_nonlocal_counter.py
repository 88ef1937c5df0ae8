def counter(start=0):
    n = start
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get(): return n
    return inc, get
inc, get = counter(5)
print(inc(), inc(10), get())
inc2, get2 = counter()
print(inc2(), get(), get2())
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x *= 3
        inner(); inner()
    mid()
    return x
print(outer())
def shadow():
    x = "outer"
    def f():
        x = "local"
        def g():
            nonlocal x
            x = "g"
        g()
        return x
    return f(), x
print(shadow())
src = """
def f():
    nonlocal q
"""
try:
    compile(src, "<t>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("def f():\n    x = 1\n    global x\n", "<t>", "exec")
except SyntaxError as e:
    print(e.msg)
def delcell():
    v = 1
    def get(): return v
    del v
    try:
        get()
    except NameError as e:
        print(e)
delcell()
