from fractions import Fraction as F

a, b = F(1, 3), F(-5, 4)
vals = [F(1, 3), F(-5, 4), F(0), F(7), 2, -3, 0.5, -2.25, 1+2j]
ops = [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
       ('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y),
       ('divmod', divmod)]
for x in vals:
    for y in vals:
        if not isinstance(x, F) and not isinstance(y, F):
            continue
        for name, op in ops:
            try:
                r = op(x, y)
            except (ZeroDivisionError, TypeError) as e:
                r = type(e).__name__ + ': ' + str(e)
            print(repr(x), name, repr(y), '=', repr(r), type(r).__name__)

for x in [F(1, 2), F(-3, 2), F(0), F(4)]:
    print(repr(-x), repr(+x), repr(abs(x)), bool(x))

print(sum([F(1, n) for n in range(1, 11)]))
print(F(1, 2) + F(1, 3) * F(3, 4) - F(5, 6) / F(7, 8))
print(F(10**20 + 1, 3) * 3, F(2, 3) ** 40)
