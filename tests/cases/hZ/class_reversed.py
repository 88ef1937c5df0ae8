class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return "abc"[i]
print(list(reversed(Seq())), list(reversed([1, 2])), list(reversed("xy")), list(reversed((1,))))
class R:
    def __reversed__(self): return iter("zyx")
print(list(reversed(R())))
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(e)
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(3))), list(reversed(b"ab")))
r = reversed([1, 2, 3]); print(next(r), r.__length_hint__(), list(r), list(r))
class Off:
    __reversed__ = None
try:
    reversed(Off())
except TypeError as e:
    print(e)
