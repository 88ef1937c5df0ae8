a = [5, 3, 1, 4]
a.append(9); a.extend((7, 8)); a.extend(range(2)); a.extend("ab"); a.insert(0, "s"); a.insert(-1, "m"); a.insert(100, "e"); a.insert(-100, "b")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-3), a)
a.remove("s"); print(a, a.index(1), a.index(9, 2), a.count(1), a.count("zz"))
for op in [lambda: a.remove("zz"), lambda: a.index(42), lambda: a.index(5, 1), lambda: [].pop(), lambda: a.pop(99), lambda: a.pop("x"), lambda: a.insert("x", 1), lambda: a.index(5, "a"), lambda: a.extend(5), lambda: a.sort(1)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
b = list(range(10))
b[2:5] = "xy"; print(b)
b[::2] = range(len(b[::2])); print(b)
b[1:1] = []; b[-1:] = [[1]]; print(b)
del b[::3]; print(b)
del b[1:-1:2]; print(b)
b[5:2] = ["late"]; print(b)
b[100:] = [0]; print(b)
b[-100:1] = ("head",); print(b)
b[::-1] = b[:]; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    b[::0]
except ValueError as e:
    print("ValueError", e)
try:
    b[20] = 1
except IndexError as e:
    print("IndexError", e)
try:
    del b[20]
except IndexError as e:
    print("IndexError", e)
try:
    b["x"]
except TypeError as e:
    print("TypeError", e)
c = [1, 2]
c *= 3; print(c); c *= 0; print(c); c += "ab"; print(c)
d = [1]; d2 = d; d += [2]; print(d is d2, d, [0] * -1, [[]] * 3)
try:
    d + (3,)
except TypeError as e:
    print("TypeError", e)
try:
    d * 1.0
except TypeError as e:
    print("TypeError", e)
print([1, 2] < [1, 2, 0], [1, 2] == [1, 2.0], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]], [1, "a"] != [1, "a"])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
r = [1, 2]; r.append(r); print(r, repr(r), str([r]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], key=1)
except TypeError as e:
    print("TypeError", e)
try:
    [].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
m = [3, 1, 2]
def k(x):
    m.append(0)
    return x
try:
    m.sort(key=k)
except ValueError as e:
    print("ValueError", e)
e = [1, 2, 3]; e.reverse(); f = e.copy(); e.clear(); print(e, f, list(reversed(f)), f[::-1], f.__reversed__ is not None)
print(list(), list("ab"), list({1: 2}), list((1,)), list(x * 2 for x in range(3)), [*range(2), *"x"])
class L(list):
    pass
l = L([3, 1])
l.sort(); print(l, type(l).__name__, type(l + [1]).__name__, type(l[:]).__name__, type(l * 2).__name__, l == [1, 3], repr(l))
it = iter([1, 2, 3]); print(next(it), list(it), list(it))
g = [1, 2, 3]; it = iter(g); next(it); g.clear(); print(list(it))
print([1, 2, 3].__contains__(2), [].__len__(), [1].__eq__((1,)), list.__add__([1], [2]), [0] * 2 + [1])
print(max([3, 1]), min([[2], [1, 5]]), sum([[1], [2]], []), [1, 2, 3][-2:], [1, 2, 3][-5:-1], [1, 2, 3][::-2])
