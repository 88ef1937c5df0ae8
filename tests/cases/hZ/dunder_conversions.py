class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __index__(self): return 3
    def __str__(self): return "N-str"
    def __repr__(self): return "N-repr"
    def __bytes__(self): return b"N-bytes"
    def __format__(self, spec): return f"fmt[{spec}]"
    def __bool__(self): return False
    def __hash__(self): return 99
n = N()
print(int(n), float(n), complex(n), [0, 1, 2, 3][n], str(n), repr(n), bytes(n), format(n, "x>5"), f"{n:abc}", f"{n!r}", bool(n), hash(n))
print(bin(n), hex(n), "%d" % n if False else "", range(n), "abcdef"[n:], operator_index := __import__("operator").index(n))
class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), float(OnlyIndex()) if False else "", "%x" % OnlyIndex(), "%d" % OnlyIndex())
class BadInt:
    def __int__(self): return "no"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class Trunc:
    def __trunc__(self): return 11
try:
    print(int(Trunc()))
except TypeError as e:
    print(e)
class IntSub(int):
    def __int__(self): return 100
print(int(IntSub(5)), IntSub(5) + 1, str(IntSub(5)))
class F(float): pass
print(float(F(1.5)), type(float(F(1.5))).__name__, repr(F(2.0)), F(2.0) * 2)
try:
    float(object())
except TypeError as e:
    print(e)
try:
    int([])
except TypeError as e:
    print(e)
