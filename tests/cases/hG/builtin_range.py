r = range(10)
print(r, range(1, 5), range(1, 10, 2), range(10, 0, -3))
print(len(range(0)), len(range(5, 2)), len(range(2**64)), len(range(-10, 10, 3)))
print(list(range(10, 0, -3)), list(range(-5)), r[3], r[-1], r[2:5], r[::-1], r[::2], r[1:-1:3])
print(range(2**100)[2**99], range(0, 20, 3)[-2])
try:
    range(2**100).__len__()
except OverflowError as e:
    print("OverflowError", e)
try:
    len(range(2**100))
except OverflowError as e:
    print("OverflowError", e)
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
print(range(5) == range(5), range(0) == range(2, 1), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(3 in r, 10 in r, -1 in r, 3.0 in r, "a" in r)
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.count(3.0), r.count(11))
try:
    r.index(100)
except ValueError as e:
    print("ValueError", e)
print(r.start, r.stop, r.step, range(3, 7).start, range(3).step)
print(list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
print(range(True, 5), range(-3, 3)[::-2])
it = iter(range(3)); print(next(it), next(it), list(it))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
class I:
    def __index__(self): return 4
print(range(I()), list(range(I())), r[I()])
print(range(0, 10)[2:100], range(0, 10)[-100:3], range(10)[5:1])
