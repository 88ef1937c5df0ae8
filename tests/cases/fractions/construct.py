from fractions import Fraction as F

for args in [(), (7,), (-7,), (6, 4), (-6, 4), (6, -4), (-6, -4), (0, 5), (0, -5),
             (10**30, 4 * 10**20), (True,), (True, 2), (3, True)]:
    f = F(*args)
    print(args, repr(f), str(f), f.numerator, f.denominator)

print(repr(F(F(1, 2), F(3, 4))), repr(F(F(5, 3))), repr(F(F(2, 3), 5)))
for x in [0.5, -0.1, 1e100, 2.0, 1/3, -0.0, 5e-324]:
    print(x, repr(F(x)), repr(F.from_float(x)))
print(repr(F.from_float(7)), F(3, 4).as_integer_ratio(), F(-8, 6).as_integer_ratio())

for s in ['1/2', ' 3/4 ', '-7/21', '+5', '1.', '.5', '-.5e-2', '1.25', '1e5', '1E-3',
          '1_000', '1/2_0', '1_2.3_4e1_0', '\t1/3\n', '12.500', '0', '-0', '3.e2', '1e+05']:
    print(repr(s), repr(F(s)))

for s in ['1e', '.', '1 /2', '1/ 2', '1/-2', '5/3e2', '1_', '_1', '1__0', '1.5/2', '0x10',
          '+-1', '', '  ', 'abc', '1.2_', 'inf', 'nan', '1/2/3']:
    try:
        F(s)
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for bad in [(1, 0), (0, 0), (-3, 0), ('1/0',), ('5/0',)]:
    try:
        F(*bad)
    except ZeroDivisionError as e:
        print(bad, 'ZeroDivisionError', e)

for bad in [(1.5, 2), ('1', 2), ([1],), (None,), (1, 2.0), (1j,)]:
    try:
        F(*bad)
    except TypeError as e:
        print(bad, 'TypeError', e)

for x in [float('nan'), float('inf'), float('-inf')]:
    try:
        F(x)
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)

for bad in ['x', 1j, None]:
    try:
        F.from_float(bad)
    except TypeError as e:
        print('from_float', e)
for bad in [1.5, 'x']:
    try:
        F.from_decimal(bad)
    except TypeError as e:
        print('from_decimal', e)
print(repr(F.from_decimal(3)))


class MyF(F):
    pass


m = MyF(3, 6)
print(repr(m), type(m).__name__, type(m + 1).__name__, isinstance(m, F))
import numbers
print(isinstance(F(1, 2), numbers.Rational), isinstance(F(1, 2), numbers.Number),
      issubclass(F, numbers.Real))
