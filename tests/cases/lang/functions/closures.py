def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
def early():
    return [(lambda i=i: i)() for i in range(3)]
print(early())
def cell_arg(a):
    def g():
        return a
    a += 1
    return g()
print(cell_arg(1))
g_var = 'global'
def read_global():
    return g_var
def write_global():
    global g_var
    g_var = 'changed'
write_global()
print(read_global())
def shadow():
    g_var = 'local'
    return g_var
print(shadow(), g_var)
def make():
    def inner():
        return v
    v = 42
    return inner
print(make()())
print(make().__closure__[0].cell_contents)
print(counter.__code__.co_cellvars, c.__code__.co_freevars)
def nested_nonlocal():
    a = 1
    def f():
        nonlocal a
        def g():
            nonlocal a
            a += 10
        g()
        return a
    return f()
print(nested_nonlocal())
