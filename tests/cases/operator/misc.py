# length_hint, module contents, dunder aliases, errors.
import operator
from operator import length_hint


class Hint:
    def __init__(self, h):
        self.h = h

    def __length_hint__(self):
        return self.h


class WithLen:
    def __len__(self):
        return 3

    def __length_hint__(self):
        return 99


class BadLen:
    def __len__(self):
        raise TypeError("nope")

    def __length_hint__(self):
        return 4


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(length_hint, [1, 2, 3])
t(length_hint, "abcd")
t(length_hint, {1: 2})
t(length_hint, iter([1, 2, 3]))
it = iter([1, 2, 3])
next(it)
t(length_hint, it)
t(length_hint, iter(range(10)))
t(length_hint, iter(range(0, 10, 3)))
t(length_hint, iter(range(10, 0, -4)))
t(length_hint, iter(()))
t(length_hint, reversed([1, 2]))
t(length_hint, 5)
t(length_hint, 5, 7)
t(length_hint, Hint(4))
t(length_hint, Hint(NotImplemented), 8)
t(length_hint, Hint(-1))
t(length_hint, Hint("a"))
t(length_hint, Hint(2**70))
t(length_hint, WithLen())
t(length_hint, BadLen(), 1)
t(length_hint, [1], "a")
t(length_hint)
t(length_hint, 1, 2, 3)

print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__inv__ is operator.inv)
print(operator.add, operator.itemgetter)
print(operator.__name__, len(operator.__all__), operator.__all__[:5])
print(sorted(n for n in dir(operator) if not n.startswith("_")))

t(operator.add, 1)
t(operator.add, 1, 2, 3)
t(operator.add, a=1)
t(operator.neg)
t(operator.neg, 1, 2)
t(operator.truth)
t(operator.not_, x=1)
t(operator.is_, None)
t(operator.setitem, [1], 0)
t(operator.call)
