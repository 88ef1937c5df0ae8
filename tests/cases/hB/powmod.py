def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(3, -2, 1), (0, -1, 5), (2, -1, 6), (-3, -1, 7), (3, 0, 1), (3, 0, -1), (3, 5, -7), (-3, 5, -7), (2**100, 2**100, 10**9 + 7), (2**100, -1, 10**9 + 7), (5, 3, 2**70), (True, 2, 3), (2, True, 3), (3, 2, True)]:
    t(lambda: pow(*args))
for f in [lambda: pow(2, 3, 0), lambda: pow(2, 3.0, 5), lambda: pow(2.0, 3, 5), lambda: pow(2, 3, 5.0), lambda: pow(1j, 2, 3), lambda: pow('a', 2), lambda: pow(2, 'a'), lambda: pow(2, 2, 'a'), lambda: pow(0, -2), lambda: pow(0.0, -2), lambda: pow(-1, 0.5), lambda: pow(-8.0, 1 / 3), lambda: pow(2, 10000) % 1000, lambda: pow(10, -400), lambda: pow(2.0, 10000), lambda: pow(-2.0, 10001), lambda: pow(0j, 0), lambda: pow(0j, 1j), lambda: 0j ** (1 + 1j), lambda: (-1) ** 0.5 * 2, lambda: pow(1e-300, 2), lambda: pow(float('inf'), -1), lambda: pow(float('nan'), 0), lambda: pow(1, float('nan')), lambda: pow(-1, float('inf')), lambda: pow(0.0, float('-inf'))]:
    t(f)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 0.5), (2**65 + 1, 3), (-(2**65), 7), (2**65, -(2**33)), (0, 5), (5, 2**70), (-5, 2**70)]:
    t(lambda: (a // b, a % b, divmod(a, b), a / b))
print(10 ** 18 // 7, -(10 ** 18) // 7, (10 ** 30) % 97, (-(10 ** 30)) % 97, (10 ** 30) % -97, divmod(10 ** 30, -(10 ** 15 + 7)))
print(7 .__rfloordiv__(100), (7).__rmod__(100), (7).__rdivmod__(100), (2).__rpow__(10), (2).__pow__(10, 7), (2.0).__rtruediv__(1), (3).__truediv__(0.5))
t(lambda: (2).__pow__(10, 0))
t(lambda: (2).__rpow__(10, 7))
t(lambda: (3).__truediv__('x'))
t(lambda: (3).__floordiv__(0))
t(lambda: (3.0).__floordiv__(0))
t(lambda: (3.0).__mod__(0.0))
t(lambda: (3.0).__divmod__(0))
t(lambda: 10 ** 10 ** 10 if False else 'skip')
t(lambda: 2 ** -2 ** 2)
t(lambda: (-2) ** -2)
t(lambda: 1 / 2 ** 1100)
t(lambda: 2 ** 1100 / 3)
t(lambda: 2 ** 1100 // 3.0)
t(lambda: float(2 ** 1100))
t(lambda: 1.5 // (2 ** 1100))
t(lambda: (2 ** 1100) * 1.0)
t(lambda: (2 ** 1100) + 0.5)
t(lambda: (2 ** 1100) < float('inf'))
t(lambda: (2 ** 1100) == float('inf'))
t(lambda: (2 ** 1100) > 1e308)
