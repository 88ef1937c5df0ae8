x = "module x"
y = "module y"

def outer():
    x = "outer x"
    y = "outer y"
    def mid():
        global x
        x = "set by mid"
        def inner():
            return x, y
        def inner2():
            def deepest():
                return x
            return deepest()
        return inner(), inner2()
    r = mid()
    return r, x, y

print(outer())
print(x, y)

def outer2():
    v = "outer2 v"
    class K:
        global v
        def m(self):
            return v
    return K().m()
v = "global v"
print(outer2())

def outer3():
    w = 1
    def mid():
        global w
        def inner():
            global w
            w = "inner set global w"
        inner()
        return w
    return mid(), w
print(outer3(), w)

def outer4():
    z = "enclosing z"
    def mid():
        global z
        def inner():
            nonlocal_check = "ok"
            return z
        return inner
    return mid()
z = "global z"
print(outer4()())
try:
    exec("def f():\n    q = 1\n    def g():\n        global q\n        def h():\n            nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError", e)
def outer5():
    n = 0
    def mid():
        global n
        n = 100
        def inner():
            return n + 1
        return inner()
    return mid(), n
n = -1
print(outer5(), n)
print(outer5.__code__.co_cellvars)
