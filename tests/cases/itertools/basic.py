# Basic behaviour of the itertools building blocks.
from itertools import *
import operator


def show(label, it, n=None):
    if n is not None:
        it = islice(it, n)
    print(label, list(it))


show("count", count(), 5)
show("count start", count(10), 3)
show("count step", count(2, 3), 4)
show("count neg step", count(5, -2), 4)
show("count float", count(0.5, 0.25), 4)
show("count big", count(2**64, 2**63), 3)
show("count overflow", count(9223372036854775806), 4)
show("count kw", count(step=5, start=1), 3)
show("count complex", count(1j, 1 + 1j), 3)
show("cycle", cycle("abc"), 8)
show("cycle empty", cycle([]))
show("repeat", repeat("x", 3))
show("repeat inf", repeat(7), 3)
show("repeat zero", repeat(1, 0))
show("repeat neg", repeat(1, -3))
show("repeat kw", repeat(object=2, times=2))
show("accumulate", accumulate([1, 2, 3, 4, 5]))
show("accumulate func", accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max))
show("accumulate mul", accumulate([1, 2, 3, 4], operator.mul))
show("accumulate initial", accumulate([1, 2, 3], initial=100))
show("accumulate initial empty", accumulate([], initial=100))
show("accumulate empty", accumulate([]))
show("accumulate strs", accumulate("abc"))
show("accumulate func kw", accumulate([1, 2, 3], func=operator.sub))
show("chain", chain("ab", [1, 2], (), range(3)))
show("chain none", chain())
show("chain from_iterable", chain.from_iterable(["ab", "cd", ""]))
show("chain from gen", chain.from_iterable([i] * i for i in range(4)))
show("compress", compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
show("compress short sel", compress("ABCDEF", [1, 1]))
show("compress short data", compress("AB", [0, 1, 1, 1]))
show("dropwhile", dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("dropwhile all", dropwhile(lambda x: True, [1, 2]))
show("takewhile", takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("takewhile none", takewhile(lambda x: False, [1, 2]))
show("filterfalse", filterfalse(lambda x: x % 2, range(10)))
show("filterfalse None", filterfalse(None, [0, 1, "", "a", None, [], [0]]))
show("islice stop", islice("ABCDEFG", 2))
show("islice start stop", islice("ABCDEFG", 2, 4))
show("islice step", islice("ABCDEFG", 2, None, 2))
show("islice all none", islice("ABCDEFG", None))
show("islice none start", islice("ABCDEFG", None, 3))
show("islice past end", islice("AB", 5, 10))
show("islice bool", islice("ABC", True))
show("islice huge step", islice(range(100), 0, None, 40))
show("pairwise", pairwise("ABCDEFG"))
show("pairwise short", pairwise("A"))
show("pairwise empty", pairwise(""))
show("starmap", starmap(pow, [(2, 5), (3, 2), (10, 3)]))
show("starmap lists", starmap(operator.add, [[1, 2], "ab"]))
show("starmap gen", starmap(max, [iter([1, 5, 2])]))
show("zip_longest", zip_longest("ABCD", "xy", fillvalue="-"))
show("zip_longest none", zip_longest("AB", [1, 2, 3]))
show("zip_longest empty", zip_longest())
show("zip_longest one", zip_longest("ab"))
show("zip_longest equal", zip_longest("ab", "cd"))

# Iterators are their own iterators; next() works on them.
c = count(3)
print(iter(c) is c, next(c), next(c), c.__next__())
r = repeat("a", 1)
print(next(r), next(r, "done"))
ch = chain([1], [2])
print(next(ch), next(ch), next(ch, "end"))

# Laziness: the input is consumed only as needed.
it = iter(range(10))
ts = takewhile(lambda x: x < 3, it)
print(list(ts), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))

# A chain over generators, consumed twice.
def gen():
    yield 1
    yield 2

ch = chain(gen(), gen())
print(list(ch), list(ch))
