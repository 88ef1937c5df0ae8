from fractions import Fraction
from itertools import zip_longest


class Poly:
    """Polynomial with coefficients from lowest degree up."""

    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @classmethod
    def from_roots(cls, *roots):
        p = cls(1)
        for r in roots:
            p *= cls(-r, 1)
        return p

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        return Poly(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-a for a in self.c))

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly(-o))

    def __rsub__(self, o):
        return -self + o

    def __mul__(self, o):
        if not isinstance(o, Poly):
            return Poly(*(a * o for a in self.c))
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("exponent must be a non-negative int")
        r = Poly(1)
        for _ in range(n):
            r *= self
        return r

    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        q = [Fraction(0)] * max(len(self.c) - len(d.c) + 1, 1)
        r = [Fraction(x) for x in self.c]
        while len(r) >= len(d.c) and any(r):
            shift = len(r) - len(d.c)
            f = r[-1] / d.c[-1]
            q[shift] = f
            for i, b in enumerate(d.c):
                r[i + shift] -= f * b
            r.pop()
        return Poly(*q), Poly(*r)

    def __floordiv__(self, d):
        return divmod(self, d)[0]

    def __mod__(self, d):
        return divmod(self, d)[1]

    def __eq__(self, o):
        if isinstance(o, (int, float, Fraction)):
            o = Poly(o)
        return isinstance(o, Poly) and self.c == o.c

    def __hash__(self):
        return hash(tuple(self.c))

    def derivative(self):
        return Poly(*(i * a for i, a in enumerate(self.c))[1:]) if False else Poly(*[i * a for i, a in enumerate(self.c)][1:])

    def __repr__(self):
        return f"Poly({', '.join(map(repr, self.c))})"

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree >= 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, f"{coef}{var}"))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s


p = Poly(1, -3, 0, 2)
q = Poly.from_roots(1, 2, -3)
print(p, "|", q, "|", repr(q), "|", p.degree, q.degree, Poly().degree, Poly(0, 0))
print([p(x) for x in range(-2, 3)], q(Fraction(1, 2)), p(1.5), p(2 ** 40))
print(p + q, "|", p - q, "|", p * q, "|", 3 * p, "|", p + 1, "|", 1 - p)
print((Poly(1, 1) ** 5), "|", Poly(0, 1) ** 0, "|", p.derivative(), "|", q.derivative().derivative())
quot, rem = divmod(q, Poly(-1, 1))
print(quot, "|", rem, "|", q // Poly(2, 1), "|", q % Poly(0, 0, 1))
print(divmod(Poly(1, 0, 1), Poly(1, 1)), Poly(5) == 5, p == Poly(1, -3, 0, 2, 0), {p: "p"}[Poly(1, -3, 0, 2)])
print(Poly(Fraction(1, 2), Fraction(-3, 4)), Poly(0.5, 0, -1.25), Poly(-1), Poly(0, -1), Poly(0, 0, 1))
for bad in [lambda: p ** -1, lambda: p ** 1.5, lambda: divmod(p, Poly()), lambda: p % 0 if False else p / 2]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
roots = [x for x in range(-10, 11) if q(x) == 0]
print("roots", roots)
x = 1.0
for _ in range(20):
    x = x - p(x) / p.derivative()(x)
print(f"newton root of {p}: {x:.12f} check {abs(p(x)) < 1e-12}")
