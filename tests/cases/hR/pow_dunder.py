class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(pow(P(), 2))
print(pow(P(), 2, 5))
print(P() ** 3)
print(2 ** P())
print(pow(2, P()))
try:
    print(pow(2, P(), 5))
except Exception as e:
    print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(-8, 1/3) if False else 'skip')
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(0, 0), pow(0.0, 0), pow(2, 0.5), pow(-2, 2.0))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (0, -1), (0.0, -1), ("a", 2), (2, 3, "x")]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(pow(-1, 0.5))
print(pow(-8, 1/3))
print((-2) ** 0.5)
print(pow(10, 20, 7), pow(10**30, 10**5, 10**9 + 7))
print(pow(True, 2), pow(2, True), pow(1j, 2))
try:
    pow(0j, -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    pow(1j, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    pow(10.0, 400)
except Exception as e:
    print(type(e).__name__, e)
class Q:
    def __pow__(self, other):
        return NotImplemented
try:
    Q() ** 2
except Exception as e:
    print(type(e).__name__, e)
try:
    pow(Q(), 2, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    pow()
except Exception as e:
    print(type(e).__name__, e)
x = 5
x **= 2
print(x)
class S(int):
    def __rpow__(self, other, mod=None):
        return 'S.rpow'
print(2 ** S(3), pow(2, S(3)))
