print((1, 2) < (1, 2, 0), (1, "a") < (1, "b"), (2,) > (1, 99), () < (0,), (1, 2) == (1.0, 2.0))
print((1, [2]) == (1, [2]), (float("nan"),) < (1,), (1, None) == (1, None))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print(e)
print((1, 2) == [1, 2], (1, 2) != [1, 2], max([(1, "b"), (1, "a"), (0, "z")]))
t = (1, 2, 3)
print(t * 2, t + (4,), t[::-1], t.count(2), t.index(3), 2 in t, len(t), hash((1, 2)) == hash((1, 2)))
try:
    t + [4]
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    hash(([1],))
except TypeError as e:
    print(e)
print(tuple(), tuple("ab"), tuple([1]), (1,), repr((1,)), repr(()), tuple(x for x in range(3)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
class T(tuple): pass
print(T((1, 2)) == (1, 2), type(T((1,)) + (2,)).__name__, repr(T([1])))
