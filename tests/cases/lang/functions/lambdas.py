sq = lambda x: x * x
print(sq(4), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, b=2))
print((lambda a, b=2, *, c=3: a + b + c)(1), (lambda a, /, b: a - b)(5, 1))
print(sorted([3, 1, 2], key=lambda v: -v))
print(sq.__name__, sq.__qualname__)
f = lambda: (yield 1)
print(list(f()))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print((lambda x: lambda y: x + y)(1)(2))
print((lambda: lambda: 3)()())
