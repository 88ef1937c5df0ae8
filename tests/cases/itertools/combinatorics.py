# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("ab", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", range(2), repeat=2))[:5], len(list(product("ab", range(2), repeat=2))))
print(list(product()))
print(list(product([])))
print(list(product("ab", [])))
print(list(product("ab", repeat=0)))
print(list(product(iter([1, 2]), iter([3]))))

print(list(permutations("abc")))
print(list(permutations("abcd", 2)))
print(list(permutations(range(3), 0)))
print(list(permutations(range(3), 4)))
print(list(permutations([])))
print(list(permutations("ab", None)))
print(len(list(permutations(range(6)))), len(set(permutations(range(5), 3))))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations(range(4), 0)))
print(list(combinations(range(3), 5)))
print(list(combinations([], 0)))
print(list(combinations("abc", r=3)))
print(len(list(combinations(range(10), 5))))

print(list(cwr("ABC", 2)))
print(list(cwr(range(3), 0)))
print(list(cwr([], 2)))
print(list(cwr([], 0)))
print(list(cwr("ab", 3)))
print(len(list(cwr(range(5), 3))))

# Results are fresh tuples each time.
p = product("ab", repeat=2)
a = next(p)
b = next(p)
print(a, b, a is b)
c = combinations([1, 2, 3], 2)
x = list(c)
print(x, list(c))
