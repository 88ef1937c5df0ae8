l = list(range(10))
l[2:5] = []; print(l)
l[::2] = "abc"; print(l)
l[1:1] = (x for x in "XY"); print(l)
l[-1:] = [[1]]; print(l)
l[100:] = [9]; print(l)
l[:-100] = [0]; print(l)
l[5:2] = ["mid"]; print(l)
l[::-3] = [None] * len(l[::-3]); print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    l[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    l[::0]
except ValueError as e:
    print("ValueError", e)
m = [1, 2, 3]; m[:] = m; print(m); m[1:] = m; print(m); m[:0] = m; print(m)
del m[::2]; print(m); del m[:]; print(m); del m[5:]; print(m)
n = [0] * 5; n[1::2] = [7, 8]; print(n); n[10:20] = "ab"; print(n, len(n))
print(l[-100:100], l[::-1][:3], l[3::-1], l[-3:-1], l[5:1:-2], [][::-1], list(range(5))[slice(None, None, -2)], l[True:3])
a = [3, 1, 2]; b = a[:]; b.sort(); print(a, b, a.copy() == a, a * 0, [] * 5, [[0]] * 2, a.index(2, 1), a.count(9))
try:
    a.index(2, 0, 1)
except ValueError as e:
    print("ValueError", e)
x = [1, 2, 3]; x.insert(-10, 0); x.insert(100, 9); x.insert(-1, 8); print(x, x.pop(-2), x.pop(0), x)
try:
    [].pop(0)
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    [1][5] = 2
except IndexError as e:
    print("IndexError", e)
try:
    del [1][5]
except IndexError as e:
    print("IndexError", e)
y = [1, 2]; y.extend(y); y.extend(range(2)); y.extend("ab"); y += (9,); print(y, y.reverse(), y)
try:
    y += 5
except TypeError as e:
    print("TypeError", e)
try:
    [] + ()
except TypeError as e:
    print("TypeError", e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, [2]] == [1, [2]], [1, 2] != [1, 2.0], [float("nan")] == [float("nan")])
z = [1, 2, 3]; z.remove(2); print(z); z.clear(); print(z, list("ab") * 2, list(), list((1,)), list({1: 2}))
w = [[]] * 3; w[0].append(1); print(w)
t = (1, 2, 3); print(t[1:], t[::-1], t * 2, t + (4,), t.index(3), t.count(1), (1,) * 0, () == (), (1, 2) < (1, 2, 3), (1,) > (0, 9), tuple(range(3)), tuple("ab"))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError", e)
print(hash((1, "a")) == hash((1, "a")), (1, 2) == (1, 2), ((),) != ((),), len(((), ())), ([],)[0].append(1) is None)
try:
    hash(([],))
except TypeError as e:
    print("TypeError", e)
