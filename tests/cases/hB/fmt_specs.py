from decimal import Decimal
from fractions import Fraction

vals = [0, 1, -1, 1234567, -9876543210, 2**70, True]
specs = ['', 'd', ',', '_', '+,', ' ,', '>12,', '<12_', '^15,', '*^15', '0=12,', '012,', '#x', '#X', '#o', '#b', '_x', '_b', '#_o', 'n', 'c', 'e', '.3f', '%', '+.2%', '010.2f', '=+12d', '-^11', 'X']
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(repr(v), repr(s), repr(r))

fvals = [0.0, -0.0, 1.5, -2.5, 1e16, 1.23456789e-7, 12345.6789, float('inf'), float('-inf'), float('nan'), 1e300*10, 0.1+0.2]
fspecs = ['', 'g', 'G', '.0f', '.1f', '.3e', '.3E', '.10g', '#g', '#.0f', '#.0e', ',.2f', '_.3f', '+', ' ', '015.3f', '-015.3f', '>10', '<10.2', '^+12.3g', '%', '.0%', 'n', 'z.1f', '.2', '.17g', 'r']
for v in fvals:
    for s in fspecs:
        try:
            r = format(v, s)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(repr(v), repr(s), repr(r))

for v in [Decimal('1234.5678'), Decimal('-0.000'), Decimal('1E+10'), Decimal('NaN'), Decimal('-Infinity'), Decimal('3.14159265358979323846')]:
    for s in ['', 'f', '.2f', ',.3f', 'e', '.3E', 'g', '%', '>15.2f', '+,.1f', '012.4f', '.0f', 'G']:
        try:
            r = format(v, s)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(repr(v), repr(s), repr(r))

for v in [1+2j, -1.5-0.5j, 0j, complex(-0.0, 0.0), 1e20+1j, complex('inf-nanj')]:
    for s in ['', '.2f', '+.3e', '>30', '^30.2g', 'g', '.1', ',.2f']:
        try:
            r = format(v, s)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(repr(v), repr(s), repr(r))

for v in ['abc', '', 'héllo']:
    for s in ['', '10', '<10', '>10', '^10', '*^9', '.2', '10.1', '=10', '+', ',', 'd', 's', '#']:
        try:
            r = format(v, s)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(repr(v), repr(s), repr(r))

print(format(Fraction(1, 3), '') if hasattr(Fraction, '__format__') else 'nf')
for bad in [(1.5, 'd'), (1, 's'), ('x', 'x'), (1, ',_'), (1, '_,'), (1.0, 'c'), (1j, '='), (1j, '%'), (None, 'x'), ([], '10'), (1, '.2d'), (1, 'z')]:
    try:
        print(format(*bad))
    except Exception as e:
        print(type(e).__name__, e)
print(f"{3.14159:{'>'}{10}.{3}}")
print(f"{'x'!r:>6}|{12!s:^5}|{'é'!a}")
print(f"{1234567.891:,.2f} {0.000012345:.3g} {123456789:e}")
print("{:{fill}{align}{width}}".format('mid', fill='-', align='^', width=11))
print("{0[1]} {0[a]!r}".format({1: 'one', 'a': 'A'}))
print("{.real} {.imag}".format(3+4j, 5j))
print("{!r:*>10}".format("q"))
print("{{}} {{{}}}".format(7))
