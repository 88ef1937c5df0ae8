import random
from decimal import Decimal
from fractions import Fraction
rng = random.Random(4242)
chars = list('<>=^+- #0123456789,_.eEfFgGdxXobcns%z') + ['', '', '{', '}', '!', ':', 'é']
vals = [0, -17, 123456789, 2**70, 1.5, -0.0, 1e-8, float('inf'), float('nan'), 2+3j, 'text', '', True, Decimal('-3.14159'), Decimal('NaN'), None, [1]]
for i in range(5000):
    spec = ''.join(rng.choice(chars) for _ in range(rng.randint(0, 6)))
    v = rng.choice(vals)
    try:
        r = repr(format(v, spec))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    try:
        r2 = repr(('{:' + spec + '}').format(v))
    except Exception as e:
        r2 = type(e).__name__ + ': ' + str(e)
    print(repr(v), repr(spec), r, r2)
