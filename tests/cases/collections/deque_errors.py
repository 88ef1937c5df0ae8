# deque errors and mutation during iteration.
from collections import deque


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
t(deque, [1], 2, 3)
t(deque, [1], -1)
t(deque, [1], "a")
t(deque, [1], 1.5)
t(deque, [1], x=1)
t(deque, 1)
t(deque().pop)
t(deque().popleft)
t(d.index, 5)
t(d.index, 1, 1)
t(d.index, 3, 0, 1)
t(d.index, "a", "b")
t(d.index)
t(d.remove, 9)
t(d.__getitem__, 3)
t(d.__getitem__, -4)
t(d.__getitem__, "a")
t(d.__getitem__, slice(1))
t(d.__setitem__, 5, 1)
t(d.__delitem__, 5)
t(deque([1], 1).insert, 0, 5)
t(d.insert, "a", 5)
t(d.rotate, "a")
t(d.rotate, 1, 2)
t(d.rotate, 2**70)
t(lambda: d + [1])
t(lambda: [1] + d)
t(lambda: d * "a")
t(lambda: d < [1])
t(lambda: d == [1, 2, 3])
t(hash, d)
t(d.append)
t(d.append, 1, 2)
t(d.extend, 1)
t(d.count)
t(lambda: setattr(d, "maxlen", 3))
t(d.index, 1, 2**70)
t(d.insert, 2**70, 0)
t(lambda: deque().attr)
t(lambda: d.clear(1))

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.pop()
t(next, it)
t(next, it)
d = deque([1, 2, 3])
it = iter(d)
d[0] = 9
print(list(it))
d = deque([1, 2])
it = reversed(d)
d.appendleft(0)
t(next, it)
# The iterator stays exhausted afterwards.
d = deque([1])
it = iter(d)
print(list(it), list(it))
import operator
it = iter(deque([1, 2, 3]))
next(it)
print(operator.length_hint(it), operator.length_hint(reversed(deque("ab"))))


class Evil:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(1)
        return False


d = deque([1, 2, 3])
t(d.count, Evil(d))
d = deque([1, 2, 3])
t(d.index, Evil(d))
d = deque([1, 2, 3])
t(d.remove, Evil(d))
d = deque([1, 2, 3])
t(d.__contains__, Evil(d))
