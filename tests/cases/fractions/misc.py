from fractions import Fraction as F
import copy

f = F(22, 7)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(f) == f)
print(f.__reduce__())
print('%s and %r' % (f, f), '{} {!r}'.format(f, f), f'{f}')
print(F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate())
print([F(n, 6) for n in range(-6, 7)])
print(sorted({F(1, 2): 1, F(1, 3): 2}.items()))
d = {}
for i in range(1, 6):
    d[F(1, i)] = i
print(d[F(2, 4)], d.get(1.0), d.get(0.2))
total = F(0)
for k in range(1, 20):
    total += F(1, k * (k + 1))
print(total)
print(F(1, 2) == F(2, 4), F(1, 2) is not F(1, 2))
try:
    F(1, 2) < 'x'
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2) + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2) < 1j
except TypeError as e:
    print('TypeError', e)
