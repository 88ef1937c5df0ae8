from decimal import Decimal as D, InvalidOperation, getcontext, localcontext, FloatOperation
from fractions import Fraction

vals = [D('1.0'), D('1'), D('-1'), D('0'), D('-0'), D('0.5'), D('1E+2'), D('Infinity'),
        D('-Infinity'), 1, 0, 100, Fraction(1, 2), Fraction(1, 3)]
for a in vals:
    for b in vals:
        if not isinstance(a, D) and not isinstance(b, D):
            continue
        print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print(D('0.5') == 0.5, D('0.1') == 0.1, D(0.1) == 0.1, D('1.5') < 2.5, D('nan') == D('nan'),
      D('nan') != D('nan'), D('nan') == 1, D(1) == 1+0j, D(1) == 1j, D(1) == '1')
for expr in ["D('nan') < 1", "D(1) >= D('nan')", "D('sNaN') == 1"]:
    try:
        print(expr, eval(expr))
    except InvalidOperation as e:
        print(expr, type(e).__name__, e)
# (CPython names the type 'decimal.Decimal' in these messages: only the type is compared.)
for expr in ["D(1) < 'x'", "D(1) < 1j", "D(1) + 1.5", "2.5 * D(1)", "D(1) ** 0.5"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__)
print(sorted([D('1.5'), D('-2'), D('0.25'), D('10'), D('1.50'), 3]))
print(max(D('1'), D('1.0')), min(D('1'), D('1.0')), max(D(2), 3), min(D('1.5'), 1))
print(D(3).compare(D(4)), D(4).compare(3), D('1.0').compare(D(1)), D('nan').compare(1))
print(D(1).max(D(2)), D('1.0').max(D('1')), D(-1).min(D('NaN')), D(1).max_mag(D(-2)),
      D(1).min_mag(D(-2)), D('1.00').min(D('1.0')))
with localcontext() as c:
    c.clear_flags()
    D('1.5') < 2.5
    print(c.flags[FloatOperation])
for v in [D('1'), D('1.0'), D('-1'), D('0.5'), D('1E+2'), D('100'), D('0'), D('-0'),
          D('0.001'), D('Infinity'), D('-Infinity'), D('123456789012345678901234567890.5'),
          D('1E-30'), D('2.5E+300')]:
    print(repr(v), hash(v))
print(hash(D(1)) == hash(1), hash(D('0.5')) == hash(0.5), hash(D('1.5')) == hash(Fraction(3, 2)),
      hash(D('-1')) == hash(-1), hash(D(10**30)) == hash(10**30), hash(D('0.1')) == hash(Fraction(1, 10)))
print(len({D('1'), D('1.0'), 1, 1.0, D('1.00')}), {D('0.5'): 'a', 0.5: 'b'})
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)
