print([*range(3), *'ab'], (*[1], 2), {*[1, 2], 3}, {**{'a': 1}, 'b': 2, **{'a': 3}})
print({'a': 1, 'a': 2}, {1: 'int', 1.0: 'float', True: 'bool'})
print([x for x in range(10) if x % 2 if x > 3], [(x, y) for x in range(3) for y in range(x)])
def f():
    [y := 5 for _ in range(1)]
    return y
print(f())
def g():
    total = 0
    vals = [total := total + v for v in range(4)]
    return total, vals
print(g())
print([(lambda: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]])
print([lambda x=i: x for i in range(3)][0](), (lambda *a, **k: (a, k))(1, b=2))
print((lambda x, /, y=2, *, z=3: (x, y, z))(1, z=4))
x = 10
print((x := x + 1), x)
print([i for i in range(3)], i if 'i' in dir() else 'no i leak')
if (n := len('abcd')) > 3: print('n is', n)
while (chunk := [1, 2, 3][:0]): pass
print({(k := 1): 2}, k)
print(f'{(w := 3)}', w)
gen = (v * 2 for v in range(3))
print(gen.__name__, gen.__qualname__, sum(gen), sum(gen))
try: list(v for v in 5)
except TypeError as e: print(e)
try:
    g2 = (1/0 for v in [1])
    print('created')
    next(g2)
except ZeroDivisionError as e: print(e)
try:
    g3 = (v for v in 1/0)
except ZeroDivisionError as e: print('eager first iterable', e)
print(sorted({x % 3 for x in range(10)}), {x: x**2 for x in range(3)})
print([[j for j in range(i)] for i in range(3)])
print(1 if True else 2, (1, 2) if False else (3, 4), [1, 2][0] if [] else 'empty')
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) < 3, 1 == 1 in [True], 'a' < 'b' < 'c' != 'd')
print(not 1 in [1], not 1 is 1 if False else '', -1 < -0.5 < 0 < True < 1.5)
print(2 ** -2, -2 ** -2, (-2) ** -2, 2 ** 2 ** -1, -(2 ** 2))
print(1 + 2 * 3 - 4 / 2 // 1 % 3, 1 | 2 ^ 3 & 4 << 1 >> 1, ~-~1, - - 1, + - + 1)
print(not not 0, (not 0) + 1, 5 > 3 == True if False else 'chain')
print('ab' 'cd' * 2, ('ab' 'cd') * 2, [1] * 2 + [3], 3 * 'a' + 'b')
print(type(lambda: 0).__name__, (lambda: (yield 1)).__code__.co_flags & 0x20 != 0)
a = b = c = []
a.append(1); print(b, c is a)
x, y = y, x = 1, 2
print(x, y)
print(*[1, 2], sep='-', end='!\n')
print(*(), **{})
print(max(1, 2, key=lambda v: -v), min([3, 1, 2], default=0), min([], default='d'))
try: print(**{'sep': '', 'bad': 1})
except TypeError as e: print(e)
print(0 or 0.0 or '' or None, 1 and 'x' and [0], [] and 1, None or 0)
print(isinstance(True, int), True == 1, True is 1 if False else 'ok', 1 in {True}, hash(True))
print(3 .real, 3.0.is_integer(), 0x10.bit_length() if False else (0x10).bit_length(), 1j.imag, 1_0.5.hex())
