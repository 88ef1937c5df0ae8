print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0), pow(0, 0), pow(-8, 1/3) if False else "")
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(5, -2, 13), pow(2, 100, 10**9 + 7))
for args in ((3, -1, 6), (2, 3, 0), (2.0, 3, 5), (2, -1, 1)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(0.0, 0), 2 ** -2, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, (-8) ** (1 / 3))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print(pow(base=2, exp=5, mod=3), 10 ** -1, 2 ** 0.5, 4 ** 0.5, (-1) ** 0.5)
print(pow(1, 10**20), pow(-1, 10**20 + 1), pow(10**20, 2, 97))
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(1.5 ** 2, 10 ** 20, 10.0 ** 20, pow(True, 2))
