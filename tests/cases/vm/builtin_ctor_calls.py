# Calls of builtin types with 0-4 positional arguments (the interpreter calls their
# builtin __new__/__init__ directly): results and error messages as CPython's.
def show(f, *a):
    try:
        r = f(*a)
        if f in (enumerate, map, filter):
            r = list(r)
        if f is set:
            r = sorted(r)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for t in (tuple, list, dict, set, frozenset, int, float, str, bytes, bytearray, bool,
          complex, range, slice, object, enumerate, zip, map, filter, reversed, memoryview,
          property, type, super):
    for args in ((), ([1, 2],), ("12",), (3, 4), (5, 6, 7), (1, 2, 3, 4)):
        if t is object and args:
            pass
        r = None
        try:
            r = t(*args)
            if t in (enumerate, zip, map, filter, reversed):
                r = list(r)
            if t in (set, frozenset):
                r = sorted(r)
            if t is memoryview:
                r = r.tolist()
            if t is property:
                r = (r.fget, r.fset)
            if t is object:
                r = type(r).__name__
            if t is super:
                r = 'super'
            print(t.__name__, len(args), repr(r))
        except Exception as e:
            print(t.__name__, len(args), type(e).__name__, e)

show(list, "abc")
show(dict, [("a", 1), ("b", 2)])
show(set, "aab")
show(int, "ff", 16)
show(int, "12", 1)
show(str, b"abc", "ascii")
show(str, b"\xff", "ascii", "replace")
show(bytes, "h\u00e9", "utf-8")
show(tuple, range(3))
show(float, "  1.5  ")
show(float, "x")
show(range, 1, 10, 0)
show(enumerate, "ab", 5)
show(map, pow, [2, 3], [2, 2])
show(filter, None, [0, 1, "", "a"])

class L(list):
    def __init__(self, *a):
        print("L.__init__", a)
        super().__init__(*a)

print(L((1, 2)), type(L()).__name__)

class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)

print(T(1, 2, 3))

class M(type):
    def __call__(cls, *a):
        print("M.__call__", cls.__name__, a)
        return super().__call__(*a)

class C(metaclass=M):
    def __init__(self, x=0):
        self.x = x

print(C(5).x)
x = [3, 1]
print(list(x) is x, tuple(t := (1, 2)) is t, str(s := "abc") is s)
print(type(1), type("a"), type(1, ) is int)
