import warnings, math, operator
warnings.simplefilter("ignore")
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __int__(self): return 5
class B:
    def __index__(self): return 6
class C:
    def __trunc__(self): return 7
class D:
    def __int__(self): return "x"
class E:
    def __index__(self): return 1.5
class F:
    def __float__(self): return 2
class G:
    def __float__(self): return True
class H:
    def __complex__(self): return 1
class TI:
    def __trunc__(self): return "s"
class Bo(int): pass
class RetSub:
    def __int__(self): return Bo(3)
    def __float__(self):
        class FF(float): pass
        return FF(1.5)
    def __index__(self): return Bo(4)
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
    def __float__(self): return 3.0
for o in [A(), B(), C(), D(), E(), F(), G(), H(), TI(), RetSub(), Both(), 1.5, "7", b"8", True, None]:
    print("--", type(o).__name__)
    t(lambda: int(o))
    t(lambda: float(o))
    t(lambda: complex(o))
    t(lambda: operator.index(o))
    t(lambda: math.floor(o))
    t(lambda: round(o))
    t(lambda: [10, 20, 30, 40, 50, 60, 70, 80][o])
    t(lambda: hex(o))
    t(lambda: range(o))
    t(lambda: "%d" % o)
    t(lambda: "%x" % o)
    t(lambda: "%f" % o)
    t(lambda: format(o, "d"))
    t(lambda: math.sqrt(o))
    t(lambda: bool(o))
    t(lambda: abs(o))
    t(lambda: (1).__add__(o))
    t(lambda: pow(2, o))
    t(lambda: chr(o))
    t(lambda: bytes(o) if not isinstance(o, (str, type(None))) else None)
