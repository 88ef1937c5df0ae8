import cmath, math
inf, nan = math.inf, math.nan
parts = [0.0, -0.0, 1.0, -1.0, 2.5, inf, -inf, nan, 1e308, 1e-308]
zs = [complex(a, b) for a in parts for b in parts]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    row = []
    for z in zs:
        try:
            row.append(repr(getattr(cmath, name)(z)))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(row))
for r in [0.0, 1.0, inf, nan, -1.0]:
    for p in [0.0, -0.0, 1.0, inf, nan, math.pi]:
        try:
            print('rect', r, p, repr(cmath.rect(r, p)))
        except Exception as e:
            print('rect', r, p, type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for z1 in [1 + 1j, 0j, inf + 0j, complex(0, inf), complex(nan, 0)]:
    for z2 in [1j, 0j, 2 + 0j, complex(inf, 0), 1e-300 + 1e-300j]:
        try:
            print(repr(z1), repr(z2), repr(z1 / z2), repr(z1 * z2), repr(z1 ** z2) if abs(z2) < 10 else '')
        except Exception as e:
            print(repr(z1), repr(z2), type(e).__name__, e)
# phase: libm's atan2 underflowing to zero is an OverflowError in CPython (polar is not)
for z in [complex(1e308, 1e-308), complex(1e308, -5e-324), complex(-1e308, 1e-308), complex(1, 5e-324), complex(1e300, 1e-30), complex(inf, 1e-300)]:
    try:
        print(repr(z), cmath.phase(z), cmath.polar(z))
    except Exception as e:
        print(repr(z), type(e).__name__, e)
