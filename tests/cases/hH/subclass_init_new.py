def probe(base, *args, **kw):
    class S(base):
        def __init__(self, *a, **k):
            print("  init", base.__name__, a, k)
    try:
        r = S(*args, **kw)
        print(base.__name__, repr(r))
    except Exception as e:
        print(base.__name__, type(e).__name__, e)
probe(dict, {1: 2})
probe(dict, a=1)
probe(set, [1, 2])
probe(list, "ab")
probe(bytearray, b"ab")
probe(tuple, "ab")
probe(tuple, "ab", 5)
probe(frozenset, [1])
probe(frozenset, [1], 2)
probe(int, "5")
probe(int, "5", 2, 3)
probe(int, x=5)
probe(str, 5)
probe(str, 1, 2, 3, 4)
probe(float, "1.5")
probe(float, 1, 2)
probe(complex, 1, 2)
probe(bytes, 3)
probe(bytes, 1, 2, 3, 4)

probe(Exception, 1, 2)
probe(ValueError, x=1)
def probe_new(base, *args):
    class S(base):
        def __new__(cls, *a):
            print("  new", base.__name__, a)
            return super().__new__(cls)
    try:
        r = S(*args)
        print(base.__name__, repr(r))
    except Exception as e:
        print(base.__name__, type(e).__name__, e)
for b in [dict, set, list, bytearray, tuple, frozenset, int, str, float, bytes, Exception, complex]:
    probe_new(b, 1, 2)
class K(dict):
    def __init__(self, x):
        super().__init__()
        self["k"] = x
print(K(5), K(x=[1]))
class SetS(set):
    def __init__(self, it, extra):
        super().__init__(it)
        self.add(extra)
print(sorted(SetS([1], 2)))
class Ob:
    def __init__(self, a):
        self.a = a
try:
    Ob()
except TypeError as e:
    print("TypeError", e)
try:
    Ob(1, 2)
except TypeError as e:
    print("TypeError", e)
class Nn:
    pass
try:
    Nn(1)
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, x):
        return object.__new__(cls)
print(type(OnlyNew(1)).__name__)
class OnlyInit:
    def __init__(self, x): pass
try:
    object.__new__(OnlyInit, 1)
    print("ok")
except TypeError as e:
    print("TypeError", e)
class Both:
    def __new__(cls, *a): return super().__new__(cls, *a)
    def __init__(self, *a): pass
try:
    Both(1)
except TypeError as e:
    print("TypeError", e)
