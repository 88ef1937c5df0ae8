data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
l = [3, 1, 2]; l.sort(reverse=True); print(l)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
try:
    [].sort(1)
except TypeError as e:
    print(e)
l = [5, 3, 1]
def k(x):
    return -x
l.sort(key=k); print(l)
l = [1, 2, 3]
try:
    l.sort(key=lambda x: l.append(x))
except (ValueError, TypeError) as e:
    print(e)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted([], reverse=True), sorted([[2], [1, 5], [1]]))
print(sorted([0.5, 1, True, -2]), sorted([1, 2, 3], key=None))
l = [3, 1]; print(l.sort(), l)
