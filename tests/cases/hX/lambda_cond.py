# lambda and conditional expression edge cases
f = lambda: (yield)
print(type(f()).__name__)
g = lambda *args, **kw: (args, kw)
print(g(), g(1, a=2))
h = lambda x=lambda y=1: y: x()
print(h())
print((lambda x: lambda y: x + y)(1)(2))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
print((lambda: 1 if True else 2)(), (lambda x: x if x else 'falsy')(0))
print(list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: (-len(s), s)))
print((lambda *, k: k)(k=5), (lambda a, /: a)(1))
print(lambda: 0 == lambda: 0 if False else 'lambda cmp ok')
k = lambda: k
print(k() is k)
print((lambda: __name__)(), (lambda: locals())(), (lambda a: locals())(1))
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
print((lambda x: (x, (lambda: x)()))(3))
x = 1
print([(lambda: x)() for x in range(2)], x)
print((lambda: [x for x in range(3)])())
print(f.__name__, f.__qualname__, (lambda: 0).__code__.co_name)
class C:
    m = lambda self: 'method via lambda'
    s = staticmethod(lambda: 'static lambda')
print(C().m(), C.s(), C.m.__qualname__)
print(1 if 2 if 0 else 0 else 3, (1 if 0 else 2) if 1 else 3, [i if i % 2 else -i for i in range(4)])
print(True if [] else False, 'a' if 'b' else 'c', None if None is None else 0)
try:
    (lambda a, b: 0)(1)
except TypeError as e:
    print(e)
try:
    (lambda: 0)(x=1)
except TypeError as e:
    print(e)
