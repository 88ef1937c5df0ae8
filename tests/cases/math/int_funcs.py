# math's integer functions: factorial, comb, perm, isqrt, gcd, lcm; floor/ceil/trunc.
import math


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '!', type(e).__name__, e)
        return
    print(label, type(r).__name__, r)


for n in [0, 1, 2, 5, 12, 20, 21, 25, 30, 52, 100, True, False]:
    show('factorial(%r)' % n, math.factorial, n)
f1000 = math.factorial(1000)
print(len(str(f1000)), f1000 % (10**9 + 7), str(f1000)[:40])
f3000 = math.factorial(3000)
print(f3000.bit_length(), f3000 % 1000003)
for bad in [-1, -10**30, 1.0, 2.5, '3', None, 2**63, 2**100]:
    show('factorial(%r)' % (bad,), math.factorial, bad)

for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (52, 5), (60, 30), (100, 50), (1000, 3),
             (1000, 997), (2**70, 3), (2**64 + 5, 2), (67, 33), (200, 100), (True, True), (10, False)]:
    show('comb(%r, %r)' % (n, k), math.comb, n, k)
    show('perm(%r, %r)' % (n, k), math.perm, n, k)
c = math.comb(3000, 1500)
print(c.bit_length(), c % 999983)
p = math.perm(2000, 700)
print(p.bit_length(), p % 999983)
for n, k in [(-1, 2), (5, -1), (-1, -1), (5.0, 2), (5, 2.0), ('5', 2), (2**130, 2**64), (2**70, 2**64)]:
    show('comb(%r, %r)' % (n, k), math.comb, n, k)
    show('perm(%r, %r)' % (n, k), math.perm, n, k)
for n in [0, 1, 5, 10, -1, 2.0]:
    show('perm(%r)' % (n,), math.perm, n)
    show('perm(%r, None)' % (n,), math.perm, n, None)
show('comb()', math.comb)
show('comb(1)', math.comb, 1)
show('perm()', math.perm)
show('perm(1,2,3)', math.perm, 1, 2, 3)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 99, 100, 2**32 - 1, 2**32, 2**52 + 1, 2**62, 2**63 - 1,
          2**64 - 1, 2**64, 10**30, 10**30 - 1, 3**200, True]:
    show('isqrt(%r)' % n, math.isqrt, n)
big = 7**500
r = math.isqrt(big)
print(r * r <= big < (r + 1) ** 2)
for bad in [-1, -2**70, 2.0, '4', None]:
    show('isqrt(%r)' % (bad,), math.isqrt, bad)

for args in [(), (0,), (-5,), (12, 18), (-12, 18), (12, -18), (0, 0), (0, -7), (2**64, 2**32), (3**50, 3**40 * 2),
             (12, 18, 27), (-2**63, 0), (-2**63, -2**63), (2**63, 6), (True, 4), (10**40, 10**35, 10**30)]:
    show('gcd%r' % (args,), math.gcd, *args)
    show('lcm%r' % (args,), math.lcm, *args)
for bad in [(1.5,), (1, 2.0), ('a',), (1, None)]:
    show('gcd%r' % (bad,), math.gcd, *bad)
    show('lcm%r' % (bad,), math.lcm, *bad)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


show('gcd(Idx)', math.gcd, Idx(12), Idx(8))
show('comb(Idx)', math.comb, Idx(6), Idx(2))
show('factorial(Idx)', math.factorial, Idx(6))
show('isqrt(Idx)', math.isqrt, Idx(50))

# floor / ceil / trunc.
for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, 1e300, -1e300, 2.0**53 + 2, 4503599627370495.5, 7, -7,
          True, 2**100, math.inf, -math.inf, math.nan]:
    show('floor(%r)' % x, math.floor, x)
    show('ceil(%r)' % x, math.ceil, x)
    show('trunc(%r)' % x, math.trunc, x)


class Num:
    def __floor__(self):
        return 'floored'

    def __ceil__(self):
        return 'ceiled'

    def __trunc__(self):
        return 'truncated'


class OnlyFloat:
    def __float__(self):
        return -3.5


class MyFloat(float):
    pass


class MyInt(int):
    pass


for v in [Num(), OnlyFloat(), MyFloat(2.5), MyInt(7), 'x', None, [1]]:
    for f in (math.floor, math.ceil, math.trunc):
        show('%s(%s)' % (f.__name__, type(v).__name__), f, v)
show('floor()', math.floor)
