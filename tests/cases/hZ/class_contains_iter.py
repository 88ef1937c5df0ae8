class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 5 in It(), list(It()), sum(It()))
class Gi:
    def __getitem__(self, i):
        if i < 4: return i * 10
        raise IndexError
print(20 in Gi(), 25 in Gi(), list(Gi()), [*Gi()])
class C:
    def __contains__(self, x): return x == "magic"
    def __iter__(self): return iter(["a"])
print("magic" in C(), "a" in C(), "magic" not in C())
class Truthy:
    def __contains__(self, x): return [1]
print(1 in Truthy())
class NoIter: pass
try:
    1 in NoIter()
except TypeError as e:
    print(e)
try:
    iter(NoIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NonIter:
    __iter__ = None
try:
    iter(NonIter())
except TypeError as e:
    print(e)
def sentinel():
    v = [3, 2, 1, 0, 5]
    return lambda: v.pop(0)
print(list(iter(sentinel(), 0)))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
