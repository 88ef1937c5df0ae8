# cmath: values, C99 special values (every class of real and imaginary part), errors.
import cmath
import math


def fmt(v, exact):
    if isinstance(v, complex):
        return '(%s, %s)' % (fmt(v.real, exact), fmt(v.imag, exact))
    if isinstance(v, float) and not exact and math.isfinite(v):
        return '%.13g' % v
    return repr(v)


def show(label, f, *args, exact=False):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '!', type(e).__name__, e)
        return
    if isinstance(r, tuple):
        print(label, tuple(fmt(x, exact) for x in r))
    else:
        print(label, fmt(r, exact))


def mk(re, im):
    # complex(re, -0.0) built without relying on the constructor's signed-zero handling.
    if im == 0 and math.copysign(1, im) < 0:
        return complex(re, 0.0).conjugate()
    return complex(re, im)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)

INF, NAN = math.inf, math.nan
parts = [-INF, -2.5, -0.0, 0.0, 0.75, INF, NAN]
funcs = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in funcs:
    f = getattr(cmath, name)
    for re in parts:
        for im in parts:
            show('%s(%r, %r)' % (name, re, im), f, mk(re, im))

values = [0, 1, -1, 2, 0.5, -0.5, 1j, -1j, 1 + 1j, -2 + 3j, 3 - 4j, 1e-310 + 1e-310j, 1e308 + 1e308j, -1e308 - 1e308j,
          1e-20j, 710 + 1j, -710 + 2j, 1 + 710j, 0.9 + 0.3j, 1 + 1e-200j, 1 - 1e-200j, 1e200, -1e200j, 1.5e-320]
for name in funcs:
    f = getattr(cmath, name)
    for z in values:
        show('%s(%r)' % (name, z), f, z)
for z in [4, -4, 2j, -2j, 3 + 4j, -3 + 4j, 1e-320j, 5e-324, mk(-0.0, -0.0), mk(-1, -0.0), 1e300 + 1e300j]:
    show('sqrt(%r)' % (z,), cmath.sqrt, z, exact=True)

for z in [0, 1, -1, 1j, -1j, 1 + 1j, mk(-1, -0.0), mk(-0.0, 0.0), complex(INF, 1), complex(-INF, -1),
          complex(1, INF), complex(INF, INF), complex(-INF, INF), complex(NAN, 1), 3 - 4j, 1e308 + 1e308j]:
    show('phase(%r)' % (z,), cmath.phase, z, exact=True)
    show('polar(%r)' % (z,), cmath.polar, z, exact=True)
for r, phi in [(1, 0), (2, 0.0), (2, -0.0), (-2, 0.0), (1, math.pi / 2), (3, 1.0), (0, INF), (1, INF), (INF, 0), (INF, 1),
               (-INF, 1), (INF, -0.0), (NAN, 0), (0.0, NAN), (-0.0, 1), (1e308, 1e-308), (2, 'x'), (1j, 1)]:
    show('rect(%r, %r)' % (r, phi), cmath.rect, r, phi)

for z, b in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (0, 2), (2, 0), (2, 1), (1 + 1j, 1 - 1j), (INF, 2), (2, INF), (1e300, 1e-300)]:
    show('log(%r, %r)' % (z, b), cmath.log, z, b)

for a, b, kw in [(1j, 1j, {}), (1 + 1j, 1 + 1.000000001j, {}), (1 + 1j, 1 + 1.0001j, {}), (0, 1e-10j, {'abs_tol': 1e-9}),
                 (complex(INF, 0), complex(INF, 0), {}), (complex(INF, 0), complex(-INF, 0), {}), (NAN, NAN, {}),
                 (1, 2, {'rel_tol': -1}), (1, 1, {'foo': 1}), (1, 'x', {})]:
    show('isclose(%r, %r, %r)' % (a, b, kw), lambda: cmath.isclose(a, b, **kw))
for z in [1, 1j, complex(INF, 0), complex(0, NAN), complex(NAN, INF), -INF, 'x']:
    show('isfinite/isinf/isnan(%r)' % (z,), lambda v: (cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v)), z)


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class BadComplex:
    def __complex__(self):
        return 5


class WithFloat:
    def __float__(self):
        return 4.0


class WithIndex:
    def __index__(self):
        return 9


for v in [WithComplex(), BadComplex(), WithFloat(), WithIndex(), True, 2**2000, None, 'x', [1]]:
    show('sqrt(%s)' % type(v).__name__, cmath.sqrt, v)
show('sqrt()', cmath.sqrt)
show('sqrt(1, 2)', cmath.sqrt, 1, 2)
show('sqrt(z=1)', lambda: cmath.sqrt(z=1))
show('log()', cmath.log)
show('log(1, 2, 3)', cmath.log, 1, 2, 3)
show('log kw', lambda: cmath.log(1, base=2))
show('rect(1)', cmath.rect, 1)
show('phase()', cmath.phase)
