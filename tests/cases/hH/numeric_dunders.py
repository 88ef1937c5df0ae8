class F1:
    def __float__(self): return 1
class F2:
    def __float__(self): return 2.5
class F3:
    def __index__(self): return 7
class F4:
    def __int__(self): return 3.5
class F5:
    def __index__(self): return 2.0
class F6:
    def __int__(self): return True
class F7:
    def __complex__(self): return 1
class F8(float):
    def __float__(self): return 9.0
class I9(int):
    def __index__(self): return 42
    def __int__(self): return 43
for c in [F1, F2, F3, F4, F5, F7]:
    o = c()
    for fn in (float, int, complex, lambda x: [1, 2, 3, 4, 5, 6, 7, 8][x], range, hex, round, abs, bool, str, "{:d}".format, "{:f}".format, lambda x: "%d" % x, lambda x: "%f" % x, lambda x: "%x" % x, lambda x: "ab" * x, lambda x: (5).__pow__(x) if False else pow(2, x), lambda x: x + 1, lambda x: 1 - x, lambda x: divmod(x, 2)):
        if fn is str: continue
        try:
            r = fn(o)
            print(c.__name__, repr(r) if not isinstance(r, str) or len(r) < 40 else r[:40])
        except Exception as e:
            print(c.__name__, type(e).__name__, e)
f8 = F8(1.5); i9 = I9(5)
print(float(f8), int(f8), "%d" % i9, "%x" % i9, hex(i9), [0] * i9 if False else len([0] * i9), range(i9), int(i9), float(i9), "{}".format(i9), "%s" % i9, "%i" % f8 if False else "", bin(i9), operator_index(i9) if False else "")
import operator, math
print(operator.index(i9), operator.index(F3()), math.floor(f8), math.trunc(i9), math.sqrt(F2()), math.sqrt(F3()), math.gcd(F3(), 14), math.factorial(F3()))
for fn in [lambda: operator.index(1.5), lambda: operator.index("a"), lambda: math.sqrt("x"), lambda: math.factorial(1.0), lambda: math.factorial(-1), lambda: math.gcd(1.5), lambda: math.isqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.acos(2), lambda: math.fmod(1, 0), lambda: math.comb(3, 5), lambda: math.comb(-1, 2), lambda: math.perm(5, -1)]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
