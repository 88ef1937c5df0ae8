x = 'module'
def read():
    return x
def write():
    global x
    x = 'written'
def local_shadow():
    x = 'local'
    return x
print(read(), local_shadow(), x)
write()
print(x)
def declare_new():
    global brand_new
    brand_new = 42
declare_new()
print(brand_new)
def outer():
    a = 1
    b = 2
    def inner():
        nonlocal a
        a = 10
        return a + b
    r = inner()
    return a, b, r
print(outer())
def counter_factory():
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return incr, get
incr, get = counter_factory()
incr(); incr(5)
print(get())
def global_in_nested():
    def inner():
        global x
        x = 'from inner'
    inner()
    return x
print(global_in_nested(), x)
class C:
    x = 'class attr'
    def m(self):
        return x
    def g(self):
        global x
        return x
print(C().m(), C().g(), C.x)
def shadow_builtin():
    len = lambda s: -1
    return len('abc')
print(shadow_builtin(), len('abc'))
def uses_builtin_after_global():
    global len
    return len
print(uses_builtin_after_global() is len)
def f():
    v = 'f'
    def g():
        v = 'g'
        def h():
            nonlocal v
            v = 'h'
        h()
        return v
    return g(), v
print(f())
