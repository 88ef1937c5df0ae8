fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def make():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    return mid(), lambda: x
inc, get = make()
print(inc(), inc(), get())

def f1():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 2
f1()

def f2():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 5
    return inner()
print(f2())

def f3():
    q = 1
    def inner():
        return q
    del q
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        del q
    except NameError as e:
        print(type(e).__name__, e)
f3()

def f4():
    try:
        undefined_name_xyz
    except NameError as e:
        print(type(e).__name__, e, e.name)
f4()

class K:
    a = 5
    b = [a for _ in range(2)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        print("class comp", e)
    d = [x * 2 for x in [a, a]]
    def meth(self):
        try:
            return a
        except NameError as e:
            return f"meth: {e}"
print(K.d, K().meth())

counter = 0
def outer():
    def inner():
        global counter
        counter += 1
    inner(); inner()
outer()
print(counter)

def g():
    global newglobal
    newglobal = "made"
g()
print(newglobal)

x = "global"
def shadow():
    x = "enclosing"
    class C:
        print(x)
        x = "class"
        print(x)
        def m(self):
            return x
    return C().m()
print(shadow())

def shadow2():
    x = "enclosing"
    class C:
        y = x
    return C.y
print(shadow2())

def loopclosure():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    i = 100
    return [f() for f in out]
print(loopclosure())

def default_eval():
    v = 1
    def f(a=v):
        return a
    v = 2
    return f(), (lambda a=v: a)()
print(default_eval())

def comp_scope():
    n = 3
    return [[(i, j) for j in range(n) if j < i] for i in range(n)]
print(comp_scope())

def walrus():
    data = [1, 5, 8]
    if any((hit := v) > 4 for v in data):
        print("hit", hit)
    print([last := v for v in data], last)
walrus()

try:
    exec("def bad():\n    x = 1\n    def inner():\n        global x\n        nonlocal x\n")
except SyntaxError as e:
    print(e.msg)
try:
    exec("def bad():\n    nonlocal q\n")
except SyntaxError as e:
    print(e.msg)
try:
    exec("nonlocal q\n")
except SyntaxError as e:
    print(e.msg)
try:
    exec("def bad(a):\n    global a\n")
except SyntaxError as e:
    print(e.msg)
try:
    exec("def bad():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print(e.msg)
try:
    exec("def bad():\n    print(x)\n    nonlocal x\n")
except SyntaxError as e:
    print(e.msg)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(e.msg)
try:
    exec("class A:\n    [y := 1 for q in range(2)]")
except SyntaxError as e:
    print(e.msg)
