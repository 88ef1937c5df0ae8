class Countdown:
    def __init__(self, start): self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
class Manual:
    def __init__(self, data): self.data = data; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]; self.i += 1
        return v
print(list(Countdown(3)), list(Countdown(0)), sum(Countdown(4)), max(Countdown(5)))
m = Manual("abc"); print(next(m), list(m), list(m))
it = iter([1, 2, 3]); print(next(it), list(it), next(it, None))
print(list(zip(Countdown(3), Manual("xyz"))), dict(zip(Manual("ab"), Countdown(2))))
class Bad:
    def __iter__(self): return self
try:
    for x in Bad():
        pass
except TypeError as e:
    print(e)
class LenHint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 2
import operator
print(operator.length_hint(LenHint()), operator.length_hint(iter(range(7))), operator.length_hint(object(), 9))
print(list(map(lambda a, b: a * b, Countdown(3), [1, 2, 3])), sorted(Countdown(4)), tuple(Countdown(2)), set(Countdown(2)))
print(list(enumerate(Countdown(2))), "".join(Manual(["x", "y"])), any(Countdown(2)), all(Countdown(0)))
a, b, c = Countdown(3); print(a, b, c)
print(*Countdown(3), sep=",")
