def outer():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x
    return x, C.y
print(outer())

g = "G"
class D:
    global g
    g = "set-from-class"
    h = g
print(g, D.h)

def qn():
    def inner():
        def innermost(): pass
        return innermost
    class K:
        def m(self):
            return lambda: None
    return inner(), K.m, K().m(), K
a, b, c, k = qn()
print(a.__qualname__, b.__qualname__, c.__qualname__, k.__qualname__)

class Base:
    def hello(self): return "base"
class Child(Base):
    def hello(self):
        f = lambda: super().hello()
        g = [super().hello() for _ in range(1)]
        return f() + str(g) + __class__.__name__
print(Child().hello())

def no_class():
    try:
        super()
    except RuntimeError as e:
        print(e)
no_class()

class L:
    v = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    w = 2
    print(sorted(k for k in locals() if not k.startswith("__")))

def del_nonlocal():
    x = 1
    def f():
        nonlocal x
        del x
    f()
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
del_nonlocal()

def closure_cells():
    a = 1
    b = 2
    def f():
        return a + b
    return f
f = closure_cells()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
print(closure_cells.__code__.co_cellvars)
def empty_cell():
    def f(): return z
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    z = 1
    return c.cell_contents
print(empty_cell())

x = 0
def mutate_global_via_globals():
    globals()["x"] = 42
mutate_global_via_globals()
print(x)

def locals_snapshot():
    a = 1
    l = locals()
    b = 2
    return sorted(l), sorted(locals())
print(locals_snapshot())

def nonlocal_chain():
    v = "L1"
    def l2():
        def l3():
            nonlocal v
            v = v + "->L3"
        l3()
        return v
    r = l2()
    return r, v
print(nonlocal_chain())

def shadow_builtin():
    len = lambda x: -1
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))

def unbound_builtin_shadow():
    try:
        print(len("x"))
    except UnboundLocalError as e:
        print(e)
    len = 5
unbound_builtin_shadow()

def exc_var_deleted():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as err:
        print(err)
exc_var_deleted()

def comp_no_leak():
    i = "outer"
    [i for i in range(3)]
    return i
print(comp_no_leak())

def for_leak():
    for i in range(3):
        pass
    return i
print(for_leak())

def class_in_func_sees_func_locals():
    val = 7
    class C:
        attr = val
        def m(self):
            return val
    return C.attr, C().m()
print(class_in_func_sees_func_locals())

class Outer:
    X = 5
    class Inner:
        try:
            Y = X
        except NameError as e:
            Y = str(e)
print(Outer.Inner.Y)
