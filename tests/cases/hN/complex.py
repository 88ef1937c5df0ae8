import math, cmath
inf, nan = float('inf'), float('nan')
cs = [1+0j, -0j, 0j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), complex(nan, inf), complex(inf, nan), complex(-inf, -inf), 1e20+1e-20j, complex(1, 1e16), 2j, -2j, complex(3), complex('1+2j'), complex(' (3-4j) '), complex('-1.5e3j'), complex('inf'), complex('-nanj'), 1/3 + 2j/3]
for c in cs:
    print(repr(c), str(c), c.real, c.imag, abs(c) if not (math.isnan(c.real) or math.isnan(c.imag)) else 'nanabs', c.conjugate())
for a, b in [(1+2j, 3-4j), (1j, 1j), (1e300+1e300j, 1e300+1e300j), (complex(inf, 0), 2), (2, complex(inf, 1)), (0j, 1), (1+1j, 2.5), (3, 1j)]:
    try:
        print(a + b, a - b, a * b, a / b, a == b, a != b)
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(1j, 2), (2, 0.5j), (0j, 0), (0j, 1j), (1+1j, -1), (-1, 0.5), (2j, 1e10)]:
    try:
        print(repr(a ** b))
    except Exception as e:
        print(type(e).__name__, e)
for op in ['//', '%', '<', 'divmod']:
    try:
        if op == 'divmod': divmod(1j, 2)
        else: eval('1j %s 2' % op)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for s in ['1+', 'j1', '1+2jj', '(1+2j', '1 + 2j', '', 'nanj+1']:
    try:
        print(complex(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(1j, '2')
except TypeError as e:
    print(type(e).__name__, e)
print(complex(1j, 1j), complex(real=2, imag=3), complex(2.5), complex(True, False), complex(10**20))
try:
    complex(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1+0j) == hash(1), hash(complex(0, 1)), hash(1.5+0j) == hash(1.5), 1+0j == 1, 1j == 1, {1: 'a', 1.0: 'b', 1+0j: 'c'})
print(cmath.sqrt(-1), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(1, 0), cmath.exp(0j), cmath.isnan(complex(nan, 0)))
print(round(abs(3+4j)), (1+2j).__getnewargs__(), bool(0j), bool(-0j), bool(1e-300j))
print(format(1+2j), f'{1+2j:>12}', '%s' % (1j,), str(complex(0, 5.0)), repr(complex(5, 0)), -(0j), -complex(0, 0), +(-0j))
print(complex(1.0, -0.0) * 1, 1j * 1j, (1j) ** 2, 1j ** 2.0, (-1) ** 0.5, pow(1j, 3))
