print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3], (4, 5))))
print(list(zip(range(3), range(10, 100), strict=False)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1], [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError", e)
print(dict(zip("abc", range(3))))
print(list(zip(*[(1, 2), (3, 4), (5, 6)])))
print(min(1, 2), max(1, 2), min([3, 1, 2]), max("hello"), min("b", "a", "c"), max([1, 5], [1, 6]))
print(min([], default=None), max((), default="empty"), max([1], default=5))
print(min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len), max(1, 2, key=lambda x: -x))
print(max([1, 1.0, True]), min([1, 1.0, True]), max(0, -0.0), min(0, -0.0))
for args in [(), ([],), (1,)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min([], key=len)
except ValueError as e:
    print("ValueError", e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print("TypeError", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    min(1, 2, foo=3)
except TypeError as e:
    print("TypeError", e)
print(max(iter([4, 8, 2])), min(range(5, 0, -1)), max({1: 'a', 3: 'b'}), max([2**64, 2**63, -2**70]))
print(max([float('nan'), 1]), max([1, float('nan')]))
