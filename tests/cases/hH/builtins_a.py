import sys
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), abs(-2**70))
class A:
    def __abs__(self):
        return "absval"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
print(all([]), all([1, 0]), all(iter([1, 2])), any([]), any([0, "", None, 3]), any(x > 2 for x in range(4)), all("abc"))
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
print(ascii("abc"), ascii("é"), ascii(["ü", 1]), ascii(b"\xff"), ascii("\U0001f600"), ascii("\x07"))
print(callable(len), callable(1), callable(A), callable(A()), callable(lambda: 0), callable(print))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(2**65, 3), divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
print(list(enumerate("abc", start=5)), list(enumerate([], 1)), list(enumerate("ab", -1)), list(enumerate("x", start=2**70)), next(enumerate(["q"])))
try:
    enumerate("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(map(pow, [2, 3], [3, 2, 9])), list(map(lambda *a: a, "ab", "xyz", [1, 2])), list(map(str, [])))
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError", e)
print(format(255, "x"), format(255, "#010b"), format("s", "<3") + "|", format(1e3), format([1]), format(3.5, ""), format(10, ","))
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError", e)
class P:
    x = 1
p = P()
print(getattr(p, "x"), getattr(p, "y", "dflt"), hasattr(p, "x"), hasattr(p, "y"), getattr(P, "x"))
setattr(p, "y", 2); print(p.y, vars(p))
delattr(p, "y"); print(hasattr(p, "y"), vars(p))
for op in [lambda: getattr(p, "zz"), lambda: getattr(p, 1), lambda: setattr(p, 1, 2), lambda: delattr(p, "zz"), lambda: getattr(), lambda: delattr(P(), "x"), lambda: hasattr(p, None), lambda: getattr(1, "zz"), lambda: setattr(1, "real", 5), lambda: delattr(1, "real"), lambda: setattr(object(), "a", 1)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(0.5), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(10**30), hash(-10**30), hash(1e100), hash(float("-inf")))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __hash__(self):
        return 2**70
class H2:
    def __hash__(self):
        return "x"
class H3:
    def __eq__(self, o):
        return True
print(hash(H()), H3.__hash__)
for bad in [H2(), H3()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1, int | str), isinstance(None, type(None) | int), isinstance([], (tuple, (list,))), issubclass(bool, int), issubclass(bool, (str, (float, int))), issubclass(int, int | None), isinstance(int, type), issubclass(type, object))
for op in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (1,)), lambda: isinstance(1, list[int]), lambda: issubclass(int, 5)]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
print(int | str, int | None, (int | str) == (str | int), type(int | str).__name__, (int | str).__args__, list[int], dict[str, list[int]], tuple[int, ...], list[int] == list[int])
vals = iter([1, 2, 0, 3])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
print(len([1]), len("ab"), len(range(3)), len({1: 2}), len(b""))
for bad in [5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
class BL:
    def __len__(self):
        return -1
class BL2:
    def __len__(self):
        return 2**70
class BL3:
    def __len__(self):
        return 1.5
for b in [BL(), BL2(), BL3()]:
    try:
        print(len(b))
    except Exception as e:
        print(type(e).__name__, e)
