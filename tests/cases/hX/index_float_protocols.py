import math, operator
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'I({self.v})'
i3 = I(3)
tests = [lambda: range(i3), lambda: list(range(I(1), I(7), I(2))), lambda: '%x %o %d %i %c' % (I(255), i3, i3, i3, I(65)), lambda: chr(I(97)), lambda: bytes(I(2)), lambda: bytearray(i3),
         lambda: (1).to_bytes(I(2), 'big'), lambda: [0] * i3, lambda: math.comb(I(5), I(2)), lambda: math.factorial(i3), lambda: math.isqrt(I(17)), lambda: round(2.567, i3), lambda: 'abc'.center(I(7)),
         lambda: 'a,b,c'.split(',', I(1)), lambda: [1, 2, 3, 4].pop(I(1)), lambda: (1, 2, 3).index(2, I(0)), lambda: int(i3), lambda: float(i3), lambda: complex(i3), lambda: divmod(I(7), 2), lambda: I(7) + 1,
         lambda: pow(2, i3), lambda: format(i3, 'd'), lambda: f'{i3:x}', lambda: str(i3), lambda: bin(i3), lambda: operator.index(True), lambda: [1, 2, 3][True], lambda: 'abc'[I(-1)], lambda: math.gcd(I(12), I(8)),
         lambda: int('10', I(16)), lambda: 'x'.zfill(i3), lambda: bytes([I(65)]), lambda: bytearray([I(256)]), lambda: math.ldexp(1.0, i3), lambda: hash(i3) == hash(3), lambda: i3 == 3, lambda: {3: 'x'}.get(i3)]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
f = F()
for t in [lambda: math.floor(f), lambda: math.ceil(f), lambda: math.trunc(f), lambda: round(f), lambda: math.sqrt(f), lambda: math.isfinite(f), lambda: '%f' % f, lambda: '%d' % f, lambda: '%x' % f, lambda: format(f, '.1f'), lambda: int(f), lambda: range(f), lambda: [1][f]]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
