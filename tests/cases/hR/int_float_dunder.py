import warnings
warnings.simplefilter("always")
import sys
class Sub(int):
    pass
class FSub(float):
    pass
class CSub(complex):
    pass
class A:
    def __int__(self):
        return Sub(5)
    def __float__(self):
        return FSub(2.5)
    def __complex__(self):
        return CSub(1, 2)
    def __index__(self):
        return Sub(3)
def show(f, *a):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f(*a)
            print(f.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
        for x in w:
            print("  warn", x.category.__name__, x.message)
show(int, A())
show(float, A())
show(complex, A())
show(operator_index := __import__('operator').index, A())
show(hex, A())
show(bin, A())
class Bad:
    def __int__(self):
        return "5"
    def __float__(self):
        return 5
    def __complex__(self):
        return 5
    def __index__(self):
        return 2.0
show(int, Bad())
show(float, Bad())
show(complex, Bad())
show(hex, Bad())
show(oct, Bad())
class OnlyIndex:
    def __index__(self):
        return 9
show(int, OnlyIndex())
show(float, OnlyIndex())
show(complex, OnlyIndex())
class T:
    def __trunc__(self):
        return 4
show(int, T())
class Nothing:
    pass
show(int, Nothing())
show(float, Nothing())
show(complex, Nothing())
show(int, None)
show(float, [1])
show(int, "12_3")
show(int, " -0x1f ".strip())
show(int, "1e3")
show(float, "1_000.5")
show(float, " nan ")
show(float, "-iNfinity")
show(float, "1e400")
show(complex, "1+2j")
show(complex, "(3-4j)")
show(complex, "1 + 2j")
show(int, b"42")
show(float, b" 4.5 ")
show(int, bytearray(b"7"))
show(int, "٣")
show(float, "")
show(int, "")
