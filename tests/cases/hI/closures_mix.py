def make_class(prefix):
    counter = 0
    class Thing:
        label = prefix + "-thing"
        def __init__(self):
            nonlocal counter
            counter += 1
            self.id = counter
        def __repr__(self):
            return f"{prefix}#{self.id}"
        @classmethod
        def count(cls): return counter
        def gen(self):
            for i in range(2):
                yield f"{self!r}:{i}:{prefix}"
        def method_with_super(self):
            return super().__repr__.__name__
    return Thing
T = make_class("p")
a, b = T(), T()
print(a, b, T.count(), list(a.gen()), T.label, a.method_with_super())
U = make_class("q")
print(U(), T.count(), U.count())
def outer():
    x = 1
    def mid():
        y = 2
        def inner():
            return x + y
        return inner
    x = 10
    return mid()
print(outer()())
def cells():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    i = 99
    return [f() for f in fs]
print(cells())
def gen_closure():
    vals = []
    def add(v): vals.append(v); return len(vals)
    yield add
    yield vals
g = gen_closure(); adder = next(g); adder(1); adder(2); print(next(g))
class K:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        nested = [[i * j for j in items] for i in range(2)]
    except NameError as e:
        nested = "NameError: " + str(e)
    total = sum(i for i in items)
print(K.doubled, K.nested, K.total)
def free_in_class():
    v = "free"
    class C:
        v = "class attr"
        def m(self): return v
        w = v
    return C().m(), C.w
print(free_in_class())
def lam():
    return [(lambda x, i=i: x + i) for i in range(3)]
print([f(10) for f in lam()])
def counter_gen():
    count = 0
    def incr():
        nonlocal count
        count += 1
    while count < 3:
        incr()
        yield count
print(list(counter_gen()))
x = "global x"
def shadow_test():
    print(x)
def shadow_test2():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    x = "local"
shadow_test(); shadow_test2()
def class_in_loop():
    classes = []
    for n in range(2):
        class C:
            val = n
            def get(self): return n
        classes.append(C)
    return [(c.val, c().get()) for c in classes]
print(class_in_loop())
import reprlib
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
n = Node(); n.children.append(n); print(n)
def deep_nonlocal():
    a = 0
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 5
            l3()
        l2()
    l1(); l1()
    return a
print(deep_nonlocal())
def default_eval_time():
    v = [1]
    def f(arg=v): return arg
    v = [2]
    return f(), v
print(default_eval_time())
fns = {}
for name in ("a", "b"):
    fns[name] = lambda name=name: name.upper()
print(fns["a"](), fns["b"]())
def cell_del():
    z = 1
    def get(): return z
    del z
    try: get()
    except NameError as e: print(type(e).__name__, e)
    z = 2
    return get()
print(cell_del())
