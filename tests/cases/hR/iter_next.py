class NonIter:
    def __iter__(self):
        return 42
class BadNext:
    def __iter__(self):
        return self
class Good:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
for obj in [NonIter(), BadNext(), Good(), 5, None, "ab", {1: 2}]:
    try:
        it = iter(obj)
        print("iter ok", type(it).__name__, list(it))
    except Exception as e:
        print(type(e).__name__, e)
try:
    for x in NonIter():
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    for x in 5:
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    [*None]
except Exception as e:
    print(type(e).__name__, e)
try:
    print(*1)
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [y for y in 3.5]
except Exception as e:
    print(type(e).__name__, e)
class ItNone:
    __iter__ = None
try:
    iter(ItNone())
except Exception as e:
    print(type(e).__name__, e)
c = [0]
def counter():
    c[0] += 1
    return c[0]
print(list(iter(counter, 5)))
it = iter(counter, 7)
print(type(it).__name__, next(it), next(it), list(it), list(it))
try:
    iter(5, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    iter()
except Exception as e:
    print(type(e).__name__, e)
try:
    iter([], 1, 2)
except Exception as e:
    print(type(e).__name__, e)
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
print(next(iter([]), "default"), next(iter([1]), "default"), next(iter(""), None))
for bad in [[1], 5, None, "ab"]:
    try:
        next(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
try:
    next()
except Exception as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    next(iter([]), default=1)
except Exception as e:
    print(type(e).__name__, e)
class GI:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)
print(list(GI()), 9 in GI(), 5 in GI(), list(iter(GI())))
class GS:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(GS()))
class GK:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(GK())
except Exception as e:
    print(type(e).__name__, e)
it = iter(GI())
print(type(it).__name__, next(it), next(it))
class StrIter:
    def __getitem__(self, k):
        return "abc"[k]
print(list(StrIter()), tuple(StrIter()), "".join(StrIter()))
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__())
it = iter((1, 2))
print(list(it), list(it))
def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
