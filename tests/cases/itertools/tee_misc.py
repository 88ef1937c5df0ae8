# tee, reprs, subclasses and types.
import itertools
from itertools import *

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
t = tee("abc", 3)
print(len(t), [list(x) for x in t])
print(tee([1, 2], 0))
a, b = tee(iter([1, 2, 3]))
print(type(a).__name__, type(a) is type(b))
c = a.__copy__()
print(next(a), list(c), list(a), list(b))
# tee of a tee shares the buffer.
a, b = tee(range(4))
next(a)
x, y = tee(a)
print(list(x), list(y), list(b))
# Long buffers across block boundaries.
a, b = tee(range(300))
print(sum(a), sum(b))
a, b = tee(range(200))
for _ in range(130):
    next(b)
print(list(zip(a, b))[:3])

# Reentrancy is an error.
def src():
    yield 1
    yield next(t1)
t1, t2 = tee(src())
try:
    print(list(t1))
except RuntimeError as e:
    print("RuntimeError", e)

print(count(), count(5), count(5, 2), count(1.5), count(0, 1.0), count(-1, -1))
c = count(10, 5)
next(c)
print(c)
print(repeat("a"), repeat("a", 3), repeat(None, 0), repeat([1, 2], 2))
r = repeat(1, 2)
next(r)
print(r, r.__length_hint__())
print(repr(count(2**70)))

print(count, chain, groupby, combinations_with_replacement)
print(chain.__name__, chain.__module__, type(chain()) is chain)
print(isinstance(chain(), chain), isinstance(tee([])[0], itertools._tee))


class MyChain(chain):
    pass


mc = MyChain("ab", "c")
print(type(mc).__name__, list(mc), isinstance(mc, chain))


class Counter2(count):
    def __next__(self):
        return super().__next__() * 10


c2 = Counter2(1)
print(next(c2), next(c2), list(islice(c2, 2)))
print(repr(Counter2(3)))
class R(repeat):
    pass
print(repr(R(1, 2)))
print(chain[int])

# length hints
import operator
print(operator.length_hint(repeat(1, 5)), operator.length_hint(count(), 7))

print(sorted(n for n in dir(itertools) if not n.startswith("_")))
