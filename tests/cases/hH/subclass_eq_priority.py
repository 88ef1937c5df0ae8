class S(str):
    def __eq__(self, o):
        print("S.eq", str.__repr__(self), repr(o))
        return True
    __hash__ = str.__hash__
class I(int):
    def __eq__(self, o):
        print("I.eq", int(self), o)
        return True
    def __lt__(self, o):
        print("I.lt")
        return False
    __hash__ = int.__hash__
print("a" == S("b"), S("b") == "a", 1 == I(2), I(2) == 1, "a" != S("b"))
print("x" in [S("y")], S("y") in ["x"], 5 in [I(6)], I(6) in [5], ["x"].count(S("q")), [S("q")].index("x"))
d = {"k": 1}
print(d.get(S("k")), S("k") in d, d.get(I(3)))
d2 = {S("k"): 1}
print(d2.get("k"), "k" in d2)
print(sorted([I(3), I(1)]), I(1) < 2, 2 > I(1), max(I(1), I(5)))
class F(float):
    def __eq__(self, o):
        return "feq"
print(1.0 == F(2.0), F(2.0) == 1, 1 == F(2.0))
class T(tuple):
    def __eq__(self, o):
        return "teq"
print((1,) == T((2,)), [T((1,))] == [(2,)], {1: T(())} == {1: ()})
class L(list):
    def __eq__(self, o):
        return "leq"
    def __ne__(self, o):
        return "lne"
print([] == L(), L() == [], [] != L(), [[1]] == [L([2])], ([1],) == (L(),))
class Sub(int):
    def __add__(self, o): return "Sub.add"
    def __radd__(self, o): return "Sub.radd"
    def __mul__(self, o): return "Sub.mul"
    def __rmul__(self, o): return "Sub.rmul"
    def __lt__(self, o): return "Sub.lt"
    def __gt__(self, o): return "Sub.gt"
print(1 + Sub(1), Sub(1) + 1, 2 * Sub(1), [1] * Sub(2) if False else "", 1 < Sub(2), Sub(2) < 1, 1.5 + Sub(0), True + Sub(0))
x = 5; x += Sub(1); print(x)
class SS(str):
    def __add__(self, o): return "SS.add"
    def __radd__(self, o): return "SS.radd"
    def __mod__(self, o): return "SS.mod"
    def __rmod__(self, o): return "SS.rmod"
    def __contains__(self, o): return "contains"
print("a" + SS("b"), SS("b") + "a", "%s" % SS("x"), SS("x") % 1, "a" in SS("b"), 5 % SS("q") if False else "")
y = "s"; y += SS("t"); print(y)
