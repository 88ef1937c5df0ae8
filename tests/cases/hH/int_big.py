vals = [0, 1, -1, 2**30 - 1, 2**30, -2**30, 2**31 - 1, 2**31, -2**31, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 2**64 - 1, -2**64, 10**20, -(10**20) + 7]
import operator
for a in vals[::2]:
    for b in vals[1::3]:
        r = []
        for op in (operator.add, operator.sub, operator.mul, operator.floordiv, operator.mod, operator.and_, operator.or_, operator.xor):
            try:
                r.append(op(a, b))
            except ZeroDivisionError as e:
                r.append(str(e))
        print(a, b, r)
        print(divmod(a, b) if b else "-", a < b, a == b, a >= b)
for v in vals:
    print(v, -v, ~v, abs(v), v >> 1, v >> 65, v << 3, v.bit_length(), v.bit_count(), hex(v), oct(v), bin(v)[:20], v // 7, v % 7, v // -7, v % -7)
for s in [-1, -100]:
    try:
        1 << s
    except ValueError as e:
        print("ValueError", e)
    try:
        1 >> s
    except ValueError as e:
        print("ValueError", e)
print(pow(2, 100), pow(2, 100, 7), pow(-2, 63), pow(3, -1, 7), pow(-3, -2, 11), pow(5, 0, 1), pow(2, 10, -7), pow(7, -1, -3), 2 ** -1, (-2) ** -2, 0 ** 0, pow(0, 0, 1))
for args in [(0, -1), (2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 1.0, 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, divmod(-7, 2), divmod(7, -2), divmod(0, -5))
print(10**40 // 3, 10**40 % 3, -10**40 // 7, 10**40 / 10**20, 2**64 / 3, (2**53 + 1) / 1, 1 / 3, 10**400 // 10**399)
try:
    10**400 / 1
    print((10**400) / 10)
except OverflowError as e:
    print("OverflowError", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
print(round(12345, -2), round(12355, -1), round(12345, -1), round(-25, -1), round(15, -1), round(5, -1), round(123, 2), round(2**70 + 5, -1), round(7), type(round(7, 1)).__name__, round(999, -5))
print(int(True), True + True, True * 10, -True, ~True, True / 2, True // 2, True ** 2, True & False, True | 2, True ^ True, bool(0), bool(-1), abs(False))
print(int.__mul__(3, 4), (5).__rsub__(2), (5).__truediv__(2), (5).__floordiv__(0) if False else "", (3).conjugate(), (3).real, (3).imag, (3).numerator, (3).denominator, (-7).as_integer_ratio(), (10).is_integer() if hasattr(10, "is_integer") else "no")
print(int.__add__(1, 1.5), (1).__add__(1.5), (2).__eq__("a"), (3).__lt__(3.5))
