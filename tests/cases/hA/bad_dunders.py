class Foo: pass
try:
    format(Foo(), "x")
except TypeError as e:
    print(e)
try:
    f"{Foo():>10}"
except TypeError as e:
    print(e)
print(format(Foo(), "") == str(Foo()))
class S:
    def __str__(self): return "S!"
print(f"{S()}", f"{S()!s:>5}", "{}".format(S()), "%s" % S(), str(S()), format(S()))
class R:
    def __repr__(self): return "R!"
print(f"{R()}", str(R()), [R()], {"k": R()}, (R(),), {R()} if False else "", f"{R()!r}")
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
try:
    print(BadStr())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
try:
    [BadRepr()].__repr__()
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self): return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return "h"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print(e)
class BadNext:
    def __iter__(self): return self
try:
    list(BadNext())
except TypeError as e:
    print(e)
class BadContains:
    def __contains__(self, x): return [1]
print(1 in BadContains(), 1 not in BadContains())
class BadEnter:
    __enter__ = 5
    def __exit__(self, *a): pass
try:
    with BadEnter(): pass
except TypeError as e:
    print(e)
class BadCall:
    __call__ = None
try:
    BadCall()()
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self): yield
try:
    BadInit()
except TypeError as e:
    print(e)
class BadNew:
    def __new__(cls): return 5
    def __init__(self): print("never")
print(BadNew())
class BadLenType:
    def __len__(self): return 1.5
try:
    len(BadLenType())
except TypeError as e:
    print(e)
try:
    bool(BadLenType())
except TypeError as e:
    print(e)
class BadBool2:
    def __bool__(self): return "yes"
try:
    if BadBool2(): pass
except TypeError as e:
    print(e)
try:
    not BadBool2()
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
class BadComplex:
    def __complex__(self): return 1
try:
    complex(BadComplex())
except TypeError as e:
    print(e)
class BadAbs:
    pass
try:
    abs(BadAbs())
except TypeError as e:
    print(e)
try:
    BadAbs() ** 2
except TypeError as e:
    print(e)
try:
    pow(BadAbs(), 2, 3)
except TypeError as e:
    print(e)
try:
    BadAbs() @ BadAbs()
except TypeError as e:
    print(e)
try:
    x = BadAbs(); x += 1
except TypeError as e:
    print(e)
try:
    x = BadAbs(); x @= 1
except TypeError as e:
    print(e)
try:
    x = [1]; x -= [1]
except TypeError as e:
    print(e)
try:
    divmod(BadAbs(), 1)
except TypeError as e:
    print(e)
try:
    round(BadAbs())
except TypeError as e:
    print(e)
try:
    reversed(BadAbs())
except TypeError as e:
    print(e)
try:
    sorted(BadAbs())
except TypeError as e:
    print(e)
try:
    BadAbs()[0]
except TypeError as e:
    print(e)
try:
    BadAbs()[0] = 1
except TypeError as e:
    print(e)
try:
    del BadAbs()[0]
except TypeError as e:
    print(e)
try:
    BadAbs() < BadAbs()
except TypeError as e:
    print(e)
try:
    -BadAbs()
except TypeError as e:
    print(e)
try:
    ~BadAbs()
except TypeError as e:
    print(e)
try:
    1 in BadAbs()
except TypeError as e:
    print(e)
try:
    len(BadAbs())
except TypeError as e:
    print(e)
try:
    BadAbs()()
except TypeError as e:
    print(e)
try:
    import math; math.floor(BadAbs())
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    "abc"[1.5]
except TypeError as e:
    print(e)
try:
    [1, 2][1:"x"]
except TypeError as e:
    print(e)
