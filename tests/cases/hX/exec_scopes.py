x = 'global'
class C:
    x = 'class'
    y = x
    def m(self): return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C.y, C().m(), C.z, C.w)
def outer():
    x = 'outer'
    class D:
        print('D body sees', x)
        x = 'D'
        print('D body now', x)
        def m(self): return x
    return D
print(outer()().m())
def outer2():
    x = 'outer2'
    class D:
        y = x
    return D.y
print(outer2())
def f():
    class E:
        nonlocal_ok = 1
        a = [i for i in range(3)]
        b = [a for _ in range(1)] if False else None
    return E.a
print(f())
class F:
    a = 5
    try:
        b = [a for _ in range(2)]
    except NameError as e:
        print('NameError', e)
    c = [i for i in range(a)]  # first iterable evaluated in class scope
print(F.c)
# comprehension scopes
i = 'outer i'
r = [i for i in range(3)]
print(i, r)
print([j for j in range(3) for k in range(j)])
print({k: v for k, v in zip('ab', [1, 2])}, {c for c in 'aab'} == {'a', 'b'})
g = (n * 2 for n in range(3))
print(list(g))
# global and nonlocal
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); print(counter)
def mk():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
b = mk(); b(); print(b())
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
def free_unbound():
    def inner(): return w
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
    return inner()
print(free_unbound())
def delete_then_use():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
delete_then_use()
try:
    undefined_name
except NameError as e:
    print('NameError', e)
try:
    del undefined_global
except NameError as e:
    print('NameError', e)
for src in ["def f():\n    x = 1\n    global x\n", "def f(a):\n    global a\n", "nonlocal x\n", "def f():\n    nonlocal x\n", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n", "def f(x):\n    nonlocal x\n", "def f():\n    global x\n    nonlocal x\n", "class C:\n    nonlocal x\n"]:
    try:
        compile(src, 'm', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
# builtins shadowing
def shadow():
    len = lambda x: 'mine'
    return len([1])
print(shadow(), len([1]))
import builtins
builtins.my_builtin = 'from builtins'
print(my_builtin)
del builtins.my_builtin
print = print
print('print shadowed by global ok')
del print
print('restored')
exec('print(abs(-1))', {'abs': lambda v: 'custom abs'})
exec('print(abs(-1))', {'__builtins__': {'print': print, 'abs': lambda v: 'bdict'}})
try:
    exec('len(1)', {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
