class T:
    def __trunc__(self): return 5
class I:
    def __int__(self): return 7
class X:
    def __index__(self): return 9
class F:
    def __float__(self): return 2.5
class BadF:
    def __float__(self): return 1
class BadI:
    def __int__(self): return 1.5
class SubF(float): pass
class RetSubF:
    def __float__(self): return SubF(3.5)
class C:
    def __complex__(self): return 1 + 2j
class D:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b): return ('rpow', b)
    def __round__(self, n=None): return n
print(int(T()), int(I()), int(X()), float(F()), float(X()), complex(C()), complex(F()), divmod(D(), 1)[0], divmod(1, D()), pow(D(), 2), pow(D(), 2, 5), pow(2, D()), 2 ** D(), round(D()), round(D(), 3))
for f in [lambda: float(BadF()), lambda: int(BadI()), lambda: float(I()), lambda: complex(I()), lambda: int(F()), lambda: [1, 2][F()], lambda: range(F()), lambda: hex(I()), lambda: pow(2, 3, D()), lambda: round(T()), lambda: 'ab' * X(), lambda: divmod(D(), D())[0]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(float(RetSubF()), type(float(RetSubF())).__name__, int(True), float(SubF(2)), type(float(SubF(2))).__name__)
print('x' * X(), [0] * X(), X().__index__(), int('10', X()))
print(abs(True), abs(-0.0), abs(-2**70), round(True), round(7, -1), round(15, -1), round(25, -1), round(-15, -1), round(2**70 + 5, -1) - 2**70)
raise TypeError(f"{int(T())} is the answer")
