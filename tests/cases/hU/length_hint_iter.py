class Hinted:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        print("hint called")
        return self.n
print(list(Hinted(3)))
print(tuple(Hinted(2)))
class BadHint(Hinted):
    def __length_hint__(self):
        return "bad"
try:
    print(list(BadHint(2)))
except Exception as e:
    print(type(e).__name__, e)
class NegHint(Hinted):
    def __length_hint__(self):
        return -5
try:
    print(list(NegHint(2)))
except Exception as e:
    print(type(e).__name__, e)
class RaiseHint(Hinted):
    def __length_hint__(self):
        raise RuntimeError("no hint")
try:
    print(list(RaiseHint(2)))
except Exception as e:
    print(type(e).__name__, e)
class LenAndIter:
    def __len__(self):
        print("len called")
        return 2
    def __iter__(self):
        return iter([7, 8])
print(list(LenAndIter()))
class LenRaises:
    def __len__(self):
        raise ValueError("len fails")
    def __iter__(self):
        return iter([1])
try:
    print(list(LenRaises()))
except Exception as e:
    print(type(e).__name__, e)
class StopNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(5)
print(list(StopNext()), [x for x in StopNext()])
class IterReturnsSelfNoNext:
    def __iter__(self):
        return self
try:
    list(IterReturnsSelfNoNext())
except Exception as e:
    print(type(e).__name__, e)
class GetitemSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
print(list(GetitemSeq()), sorted(GetitemSeq(), reverse=True), max(GetitemSeq()))
it = iter(GetitemSeq())
print(type(it).__name__, next(it), list(it), list(it))
class KeyErrGetitem:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrGetitem())
except Exception as e:
    print(type(e).__name__, e)
class StopGetitem:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopGetitem()))
import operator
print(operator.length_hint(iter(range(10))), operator.length_hint(iter([1, 2])), operator.length_hint(x for x in "ab"))
r = reversed([1, 2, 3])
next(r)
print(operator.length_hint(r))
