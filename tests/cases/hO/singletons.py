print(None, repr(None), type(None), type(None)(), type(None)() is None)
print(NotImplemented, repr(NotImplemented), type(NotImplemented), type(NotImplemented)() is NotImplemented)
print(Ellipsis, ..., repr(...), type(...), type(...)() is Ellipsis, ... is Ellipsis)
print(bool(None), bool(...))
import warnings
warnings.simplefilter("ignore")
print(bool(NotImplemented))
try:
    type(None)(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    type(...)(1)
except Exception as e:
    print(type(e).__name__, e)
print(str(None), str(...), str(NotImplemented), f"{None!r:>6}|", format(None), "%s" % None)
try:
    format(None, "x")
except Exception as e:
    print(type(e).__name__, e)
try:
    None.x = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    None()
except Exception as e:
    print(type(e).__name__, e)
try:
    None[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    len(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    iter(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    None + 1
except Exception as e:
    print(type(e).__name__, e)
try:
    None < None
except Exception as e:
    print(type(e).__name__, e)
print(None == None, None != 0, None is not False, [None] * 2, (None,))
print(True.__class__, type(True).__mro__, True + True, True * 3, -True, ~True, True & 1, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__, type(True | 2).__name__, True / 2, True // 1)
print(repr(True), str(False), f"{True:d}", f"{True}", "%d" % True, "%s" % True, int(True), float(False))
print(bool(), bool(0.0), bool(""), bool([0]), bool(0j), bool(range(0)))
try:
    bool(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    bool.__new__(bool, 1)
    print("ok")
except Exception as e:
    print(type(e).__name__, e)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__, type(None).__module__)
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), None.__class__.__name__)
print(dir(None) == dir(type(None)), "__bool__" in dir(None))
print(sorted(set(dir(None)) - set(dir(object))))
class C:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
print(C() == C(), C() != C(), C() == 1)
try:
    C() < C()
except Exception as e:
    print(type(e).__name__, e)
class D:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd"
print(1 + D())
try:
    D() + 1
except Exception as e:
    print(type(e).__name__, e)
print(1 .__add__("x"), (1).__eq__("a"), "a".__eq__(1), [].__eq__(()), (1.0).__lt__("x"))
print(int.__eq__(1, 1), object.__eq__(1, 1), object.__ne__(1, 2), object.__eq__(1, 2))
x = 5
print(x.__eq__(5), x.__ne__(5), x.__lt__(6), x.__lt__(6.5))
