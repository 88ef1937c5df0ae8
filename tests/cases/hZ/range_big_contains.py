r = range(0, 10**20, 7)
print(r.stop, 7 * 10**15 in r, 7 * 10**15 + 1 in r, r[10**18], r[-1], r.index(14), r.count(21))
print(range(10)[::-1], range(10)[2:8:3], range(-5, 5)[::2], range(5)[10:], list(range(10, 0, -3)))
print(3.0 in range(5), 2.5 in range(5), "a" in range(3), True in range(2))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 1, 2) == range(0, 1, 3), hash(range(3)) == hash(range(0, 3)))
try:
    range(0, 10, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(10**20)[10**20]
except IndexError as e:
    print(e)
try:
    len(range(2**64))
except OverflowError as e:
    print(e)
try:
    range(3).index(5)
except ValueError as e:
    print(e)
print(repr(range(3)), repr(range(1, 9, 2)), range(3).start, range(1, 9, 2).step, reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(bool(range(0)), bool(range(1)), min(range(3, 9)), max(range(3, 9)), sum(range(101)))
