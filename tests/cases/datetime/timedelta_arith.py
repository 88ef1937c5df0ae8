from datetime import timedelta as T
a = T(days=3, hours=4, minutes=5, seconds=6, microseconds=7)
b = T(hours=-13, microseconds=999)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(a))
for k in (2, -3, 0, 7):
    print(k, a * k, k * b)
for f in (0.5, 1.5, -0.1, 1/3, 2.675, 1e-7):
    print(f, a * f, f * b, a / f)
for k in (2, 3, -7, 1000003):
    print(k, a / k, a // k, b / k, b // k)
print(a / b, a // b, a % b, divmod(a, b), divmod(b, a))
print(T(1) / T(hours=7), T(1) // T(hours=7), T(1) % T(hours=7))
print(T(microseconds=5) / 2, T(microseconds=7) / 2, T(microseconds=-5) / 2, T(microseconds=5) * 0.5, T(microseconds=7) * 0.5)
print(T(seconds=1) / T(seconds=3), T(seconds=-10) // T(seconds=3), T(seconds=-10) % T(seconds=3))
print(a == T(days=3, seconds=14706, microseconds=7), a != b, a > b, a >= a, b < a, b <= b)
print(a == 5, a != "x", T(0) == T(), bool(T(0)), bool(T(microseconds=1)))
print(hash(T(1)) == hash(T(hours=24)), len({T(1), T(hours=24), T(seconds=86400)}))
print(sorted([a, b, T(0), -a]))
print(sum([a, b, T(1)], T()))
for op in ["a + 1", "1 + a", "a - 1", "1 - a", "a / 'x'", "a // 1.5", "a % 2", "a / 0", "a // 0", "a / T(0)", "a // T(0)", "a % T(0)", "divmod(a, T(0))", "a * 1e300", "a / 1e-300"]:
    try:
        print(op, "->", eval(op))
    except Exception as e:
        print(op, "->", type(e).__name__, e)
