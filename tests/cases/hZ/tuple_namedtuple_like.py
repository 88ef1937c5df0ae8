t = (1, "two", 3.0, [4], None)
a, b, *rest = t; print(a, b, rest)
print(t[1:3], t[::-2], t.index("two"), t.count(None), len(t), t + (6,), t * 0, (t,) * 2)
print(tuple(sorted((3, 1, 2))), tuple(reversed(t))[:2], tuple(map(str, (1, 2))), tuple({1: 2}))
print(hash((1, 2, 3)) == hash((1, 2, 3)), (1, 2) in {(1, 2): "k"}, {(1, 2): "v"}[(1, 2)], ((1, 2), (3, 4))[1][0])
t[3].append(5); print(t)
try:
    hash(t)
except TypeError as e:
    print(e)
try:
    t.append(1)
except AttributeError as e:
    print(e)
print(divmod(17, 5), tuple(zip((1, 2), "ab")), tuple(enumerate("ab")), (1,) < (1, 0), (0, 9) < (1,), () == tuple())
print(max((1, "b"), (1, "a")), min([(2, 1), (1, 2)]), sorted([(1, "b"), (0, "z"), (1, "a")]))
x = 1, 2
y = 3,
print(x, y, type(y).__name__, (), (()), ((),), len(((),)))
def multi(): return 1, 2, 3
p, q, r = multi(); print(p + q + r, multi())
