def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class I(int):
    def __radd__(self, o): return ("I.radd", o)
    def __add__(self, o): return ("I.add", o)
    def __rsub__(self, o): return ("I.rsub", o)
    def __rpow__(self, o, m=None): return ("I.rpow", o, m)
    def __rlshift__(self, o): return "I.rlshift"
    def __rmatmul__(self, o): return "I.rmatmul"
    def __rdivmod__(self, o): return "I.rdivmod"
    def __eq__(self, o): return "I.eq"
    def __lt__(self, o): return "I.lt"
    def __gt__(self, o): return "I.gt"
    __hash__ = int.__hash__
i = I(3)
t(lambda: 1 + i)
t(lambda: i + 1)
t(lambda: 1 - i)
t(lambda: 2 ** i)
t(lambda: pow(2, i))
t(lambda: pow(2, i, 5))
t(lambda: 1 << i)
t(lambda: 1 @ i)
t(lambda: divmod(1, i))
t(lambda: 1 == i)
t(lambda: 1 < i)
t(lambda: 1 > i)
t(lambda: 1.5 + i)
t(lambda: [1, 2] * i)
t(lambda: i * [1, 2])
class F(float):
    def __rtruediv__(self, o): return "F.rtruediv"
    def __rfloordiv__(self, o): return "F.rfloordiv"
    def __rmod__(self, o): return "F.rmod"
t(lambda: 1 / F(2))
t(lambda: 1.0 / F(2))
t(lambda: 1 // F(2))
t(lambda: 1 % F(2))
t(lambda: F(2) / 1)
class S(str):
    def __radd__(self, o): return "S.radd"
    def __rmod__(self, o): return "S.rmod"
    def __rmul__(self, o): return "S.rmul"
t(lambda: "a" + S("b"))
t(lambda: "%s" % S("b"))
t(lambda: 3 * S("b"))
t(lambda: S("b") * 3)
class L(list):
    def __radd__(self, o): return "L.radd"
    def __iadd__(self, o): return "L.iadd"
t(lambda: [1] + L())
def ia():
    x = L()
    x += [1]
    return x
t(ia)
def ia2():
    x = [1]
    x += L([2])
    return x
t(ia2)
class T(tuple):
    def __radd__(self, o): return "T.radd"
t(lambda: (1,) + T())
class St(set):
    def __ror__(self, o): return "St.ror"
    def __rsub__(self, o): return "St.rsub"
    def __rand__(self, o): return "St.rand"
t(lambda: {1} | St())
t(lambda: {1} - St())
t(lambda: {1} & St())
t(lambda: frozenset() | St())
t(lambda: {}.keys() | St())
class D(dict):
    def __ror__(self, o): return "D.ror"
t(lambda: {} | D())
class NI(int):
    def __radd__(self, o): return NotImplemented
t(lambda: 1 + NI(2))
t(lambda: "a" + NI(2))
class B(bytes):
    def __radd__(self, o): return "B.radd"
t(lambda: b"a" + B(b"b"))
t(lambda: bytearray(b"a") + B(b"b"))
class C(complex):
    def __rmul__(self, o): return "C.rmul"
t(lambda: 2 * C(1))
t(lambda: 2.0 * C(1))
t(lambda: 2j * C(1))
class Bo(int):
    def __rand__(self, o): return "Bo.rand"
t(lambda: True & Bo(1))
class EqOnly(int):
    def __eq__(self, o): return "Eq"
    __hash__ = int.__hash__
t(lambda: 3 == EqOnly(3))
t(lambda: 3 != EqOnly(3))
t(lambda: [3] == [EqOnly(3)])
t(lambda: (3,) == (EqOnly(4),))
t(lambda: EqOnly(4) in [3, 4])
t(lambda: 3 in [EqOnly(4)])
t(lambda: {3: 1}.get(EqOnly(3)))
