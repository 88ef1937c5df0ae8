# three-argument pow: moduli 0, 1 and negative, inverses
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(2, -1, 1), (0, -1, 1), (3, -1, -1), (0, -1, 5), (4, -2, 9), (2**100, -1, 2**61 - 1), (-3, -1, 7), (5, 0, -3), (0, 0, -7), (2, 3, -7), (-2, 3, -7), (10**30, 10**30, 10**9 + 9)]:
    show(lambda: pow(*args))
show(lambda: pow(2, 3, 4.0))
show(lambda: pow(2.0, 3, None))
show(lambda: (2).__pow__(3, None))
show(lambda: (2).__pow__(-3, 7))
