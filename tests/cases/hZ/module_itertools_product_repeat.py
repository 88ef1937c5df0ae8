from itertools import product, repeat, permutations, combinations, combinations_with_replacement, count, cycle, islice, accumulate, chain, starmap, takewhile, dropwhile, compress, zip_longest, tee, filterfalse, pairwise
print(list(product("ab", repeat=2)), list(product([1, 2], "x")), list(product()), list(product("ab", [])))
print(list(repeat("x", 3)), list(repeat(1, -1)), list(islice(repeat(7), 2)), repr(repeat(1, 2)))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations("ab", 3)))
print(list(combinations(range(4), 2)), list(combinations_with_replacement("ab", 2)), list(combinations("a", 0)))
print(list(islice(count(5, 2), 3)), list(islice(count(1.5), 2)), repr(count(3)), repr(count(1, 2)), list(islice(cycle("ab"), 5)))
print(list(accumulate([1, 2, 3])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([3, 1, 4], max)), list(accumulate([])))
print(list(chain("ab", [1])), list(chain.from_iterable(["xy", "z"])), list(starmap(pow, [(2, 3)])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(compress("abcd", [1, 0, 1])))
print(list(zip_longest("ab", "c", fillvalue="-")), list(filterfalse(None, [0, 1, 2])), list(pairwise("abcd")))
a, b = tee([1, 2, 3]); print(list(a), list(b))
print(list(islice("abcdefg", 1, None, 2)), list(islice("abc", None)))
for bad in (lambda: islice("a", -1), lambda: product("a", repeat=-1), lambda: combinations("a", -1), lambda: list(islice("a", 0, 1, 0))):
    try:
        bad()
    except ValueError as e:
        print(e)
