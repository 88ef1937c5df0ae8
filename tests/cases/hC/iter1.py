import itertools as it
import operator
print(list(it.accumulate([1,2,3,4])))
print(list(it.accumulate([1,2,3,4], operator.mul, initial=10)))
print(list(it.accumulate([], initial=5)))
print(list(it.accumulate([3,1,4,1,5], max)))
for k, g in it.groupby("aaabbcaa"):
    print(k, list(g))
for k, g in it.groupby([1,2,3,4,5,6], key=lambda x: x % 2 == 0):
    print(k, list(g))
print(list(it.product("ab", repeat=2)))
print(list(it.product([1,2], "xy")))
print(list(it.product()))
print(list(it.permutations(range(3))))
print(list(it.permutations("abc", 2)))
print(list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.pairwise("abcde")))
print(list(it.pairwise([1])))
try:
    it.batched
except AttributeError as e:
    print(type(e).__name__, e)
print(list(it.islice(it.count(5, 2), 4)))
print(list(it.islice("abcdefg", 1, None, 2)))
print(list(it.islice("abcdefg", 2)))
print(list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), repr(it.repeat(1, 2)))
print(repr(it.count(1.5, 0.5)), repr(it.count()), repr(it.count(3)), repr(it.count(0, 2)))
print(list(it.chain([1], (2, 3), "ab")))
print(list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.compress("abcdef", [1,0,1,0,1,1])))
print(list(it.dropwhile(lambda x: x < 3, [1,2,3,4,1])))
print(list(it.takewhile(lambda x: x < 3, [1,2,3,4,1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.starmap(pow, [(2,3), (3,2)])))
a, b = it.tee([1,2,3])
print(list(a), list(b))
print(list(it.zip_longest("abc", "x", fillvalue="-")))
try:
    it.islice("abc", -1)
except ValueError as e:
    print(e)
try:
    it.permutations("abc", -1)
except ValueError as e:
    print(e)
try:
    it.combinations("abc", -1)
except ValueError as e:
    print(e)
try:
    it.repeat()
except TypeError as e:
    print(e)
try:
    list(it.accumulate([1, 'a']))
except TypeError as e:
    print(e)
print(list(it.combinations(range(4), 0)), list(it.combinations(range(2), 3)))
g = it.groupby([])
print(list(g))
print(type(it.count()).__name__, type(it.chain()).__name__)
print(list(it.zip_longest()))
r = it.repeat(5, -3); print(list(r))
c = it.count(10)
next(c); print(c)
