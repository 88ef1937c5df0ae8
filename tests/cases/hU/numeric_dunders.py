import math
class N:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __round__(self, nd=None):
        return ("round", nd)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __complex__(self):
        return complex(self.v, 1)
    def __bytes__(self):
        return b"N%d" % self.v
    def __format__(self, spec):
        return f"<N {spec!r}>"
    def __length_hint__(self):
        return 7

n = N(5)
print(round(n), round(n, 2), round(n, None))
print(math.trunc(n), math.floor(n), math.ceil(n))
print(complex(n), bytes(n), format(n), format(n, "x>10"), f"{n:abc}")
print(bin(n), hex(n), oct(n), [0, 1, 2, 3, 4, 5, 6][n], "abcdefg"[N(1):N(3)])
print(range(n), list(range(N(2), N(8), N(2))))
import operator
print(operator.index(n), operator.length_hint(n), operator.length_hint([], 3))
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1][BadIndex()]
except Exception as e:
    print(type(e).__name__, e)
try:
    operator.index(BadIndex())
except Exception as e:
    print(type(e).__name__, e)
class BoolIndex:
    def __index__(self):
        return True
print(operator.index(BoolIndex()))
class BadComplex:
    def __complex__(self):
        return 1
try:
    complex(BadComplex())
except Exception as e:
    print(type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except Exception as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except Exception as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except Exception as e:
    print(type(e).__name__, e)
class BadHint:
    def __length_hint__(self):
        return -1
try:
    operator.length_hint(BadHint())
except Exception as e:
    print(type(e).__name__, e)
class NIHint:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(NIHint(), 9))
class StrHint:
    def __length_hint__(self):
        return "x"
try:
    operator.length_hint(StrHint())
except Exception as e:
    print(type(e).__name__, e)
try:
    round(object())
except Exception as e:
    print(type(e).__name__, e)
try:
    math.floor(object())
except Exception as e:
    print(type(e).__name__, e)
try:
    math.trunc("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    format(object(), "d")
except Exception as e:
    print(type(e).__name__, e)
print(format(object(), "") == str(object()) or "differs")
class FloatOnly:
    def __float__(self):
        return 2.5
print(math.floor(FloatOnly()), math.ceil(FloatOnly()), complex(FloatOnly()))
try:
    int(FloatOnly())
except Exception as e:
    print(type(e).__name__, e)
class IndexOnly:
    def __index__(self):
        return 4
print(int(IndexOnly()), float(IndexOnly()), complex(IndexOnly()))
class IntRet:
    def __int__(self):
        return True
import warnings
warnings.simplefilter("ignore")
print(int(IntRet()))
class TruncOnly:
    def __trunc__(self):
        return 3
print(int(TruncOnly()))
class TruncBad:
    def __trunc__(self):
        return "no"
try:
    int(TruncBad())
except Exception as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2), round(5, None))
print(type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
