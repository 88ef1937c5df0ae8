# fsum, prod, hypot, dist, isclose and the logarithms (including huge ints).
import math


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '!', type(e).__name__, e)
        return
    print(label, repr(r))


# fsum: exactness, half-even rounding across partials, specials.
cases = [[], [1.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e-16, 1, 1e16],
         [1, 1e-16, 1e16], [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100], [1e308, 1e308, -1e308],
         [1e308, -1e308, 1e308], [1.7976931348623157e308, 9.979201547673598e291], [-0.0, -0.0], [0.0, -0.0],
         [math.inf, 1.0], [math.inf, -math.inf], [math.nan, 1.0], [math.inf, math.nan], [-math.inf, -math.inf],
         [1, 2, 3], [2**80, -2**80, 0.5], [True, True], [1e-320, 1e-320, 3e-320], list(range(1000)),
         [(-1) ** i / (i + 1) for i in range(2000)], [1 / (i * i) for i in range(1, 3000)],
         [x * 1e-3 for x in range(-500, 501)]]
for c in cases:
    show('fsum', math.fsum, c)
show('fsum gen', math.fsum, (i / 7 for i in range(100)))
show('fsum tuple', math.fsum, (0.1, 0.2, 0.3))
for bad in [1, None, ['a'], [1, 'b'], [2**1100]]:
    show('fsum bad', math.fsum, bad)
show('fsum()', math.fsum)
show('fsum kw', math.fsum, seq=[])
print(sum([0.1] * 10), math.fsum([0.1] * 10))

# prod.
for it, kw in [([], {}), ([2, 3, 4], {}), ([2, 3.0, 4], {}), ([2**40, 2**40, 3], {}), ([1.5, 2, 2**70], {}),
               (range(1, 21), {}), (range(1, 30), {}), ([2, 3], {'start': 10}), ([2, 3], {'start': 0.5}),
               ([], {'start': 'x'}), ([2, 3], {'start': [1]}), ([[1]], {}), ([True, True, 3], {}),
               ([-2**62, 2, 2], {}), ([2.0, 2**1100], {}), ([0.5, float('nan')], {}), ([1j, 2], {})]:
    show('prod(%r, %r)' % (it, kw), math.prod, it, **kw)
show('prod()', math.prod)
show('prod(5)', math.prod, 5)
show('prod kw', math.prod, [1], x=1)
show('prod many', math.prod, [1], 2)
show('prod iterable=', math.prod, iterable=[1])
show('prod mixed', math.prod, ['a', 3])
show('prod str', math.prod, [2, 'ab'])

# hypot and dist.
for args in [(), (3,), (-3,), (3, 4), (3.0, 4.0, 12.0), (1e308, 1e308), (1e-308, 1e-308), (5e-324, 5e-324),
             (0.0, -0.0), (math.inf, math.nan), (math.nan, 1.0), (1.0, -math.inf), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
             (0.1, 0.2, 0.3), (2**1000, 2**1000), tuple(i / 3 for i in range(50)), (1e-310, 3e-310, 4e-310)]:
    show('hypot%r' % (args,), math.hypot, *args)
show('hypot str', math.hypot, 'a')
show('hypot kw', math.hypot, x=1)
for p, q in [((0, 0), (3, 4)), ([1.0, 2.0, 3.0], [4.0, 6.0, 3.0]), ((), ()), ((1,), (5,)), (iter([1, 2]), [4, 6]),
             ((1e308, -1e308), (-1e308, 1e308)), ((math.inf, 0), (0, 0)), ((math.nan, 0), (0, 0)),
             ((1, 2), (1, 2, 3)), (1, 2), ((1,), ('a',)), ((0.1, 0.2), (0.3, 0.7))]:
    show('dist(%r, %r)' % (type(p).__name__, q), math.dist, p, q)
show('dist()', math.dist)
show('dist kw', math.dist, p=(1,), q=(2,))

# isclose.
for a, b, kw in [(1.0, 1.0, {}), (1.0, 1.0 + 1e-10, {}), (1.0, 1.0 + 1e-8, {}), (0.0, 1e-10, {}),
                 (0.0, 1e-10, {'abs_tol': 1e-9}), (100, 101, {'rel_tol': 0.01}), (100, 102, {'rel_tol': 0.01}),
                 (math.inf, math.inf, {}), (math.inf, -math.inf, {}), (math.nan, math.nan, {}),
                 (math.inf, 1e308, {'rel_tol': 1.0}), (1, 2, {'rel_tol': -1}), (1, 2, {'abs_tol': -0.1}),
                 (1, 2, {'foo': 1}), (1, 2, {'rel_tol': 'x'}), ('a', 1, {})]:
    show('isclose(%r, %r, %r)' % (a, b, kw), math.isclose, a, b, **kw)
show('isclose(1)', math.isclose, 1)
show('isclose()', math.isclose)
show('isclose(1,2,3)', math.isclose, 1, 2, 3)
show('isclose kw', math.isclose, a=1, b=1.0)
show('isclose dup', math.isclose, 1, a=1)

# Logarithms, including ints beyond the float range.
for x in [1, 2, 8, 10, 100, 1000, 0.5, 1e-300, 5e-324, 1e300, 2**1023, 2**1024, 2**1024 + 1, 10**308, 10**309,
          10**1000, 3**5000, 2**100000, True, math.inf, math.nan, 0, -1, 0.0, -0.0, -math.inf, -10**400, False]:
    label = repr(x) if not isinstance(x, int) or abs(x) < 10**30 else 'int of %d bits' % x.bit_length()
    show('log(%s)' % label, math.log, x)
    show('log2(%s)' % label, math.log2, x)
    show('log10(%s)' % label, math.log10, x)
for x, b in [(8, 2), (100, 10), (10**400, 10), (2**2000, 2), (1, 1), (2, 1), (2, 0.5), (0.5, 2), (10, 10**400),
             (8, 0), (8, -2), (math.inf, 2), (2, math.inf), (1, math.e)]:
    show('log(%r, %r)' % (math.log2(x), math.log2(b) if b > 0 else b), math.log, x, b)
show('log()', math.log)
show('log(1,2,3)', math.log, 1, 2, 3)
show('log kw', math.log, 1, base=2)
show('log str', math.log, 'x')
