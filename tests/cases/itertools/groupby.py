# groupby and its _grouper objects.
from itertools import groupby

print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], key=len)])
print(list(groupby([])))

# Old groupers become empty once the groupby advances.
gb = groupby("aabbcc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby("aabbcc")
groups = list(gb)
print([(k, list(g)) for k, g in groups])

# A partially consumed grouper: the groupby skips the rest of the group.
gb = groupby("aaabbbcc")
k, g = next(gb)
print(k, next(g))
k, g = next(gb)
print(k, list(g))

# The grouper continues to work while it is current.
gb = groupby([1, 1, 1, 2])
k, g = next(gb)
print(next(g), next(g), next(g), next(g, "end"))
print(next(gb)[0], next(gb, "done"))

# Key function called once per element.
calls = []
def key(x):
    calls.append(x)
    return x % 2
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key)])
print(calls)

print(type(next(groupby("a"))[1]).__name__)
g = groupby("ab", key=None)
print(next(g)[0])
print([(k, list(v)) for k, v in groupby([1.0, 1, True, 2])])
