l = [3, 1, 2]
l.insert(-1, "a"); l.insert(100, "end"); l.insert(-100, "start"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1), lambda: [].insert("a", 1)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
l = [1, 2, 3, 2, 1]; print(l.index(2), l.index(2, 2), l.index(1, -1), l.count(2), l.count(9))
l.extend(range(2)); l.extend("ab"); l += (9,); print(l)
try:
    l += 5
except TypeError as e:
    print(e)
try:
    l + (1,)
except TypeError as e:
    print(e)
l = [1, 2]; l *= 2; print(l, l * -1, [0] * 3, [[]] * 2)
m = [[]] * 3; m[0].append(1); print(m)
l = [5, 1, 4]; l.reverse(); print(l, l.copy(), l[:] is l, list(reversed(l)))
l.clear(); print(l, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [1] == [1.0])
print(list("abc"), list((1, 2)), list({1: 2}), list(range(0)), list(x for x in "xy"))
nested = [1, [2, [3, [4]]]]; print(nested, nested[1][1][1][0], len(nested))
l = [1, 2, 3]; del l[:]; print(l)
l = list(range(10)); print(l[2:8:2], l[-3:], l[:-7], l[::3], l[8:2:-2])
print([1, 2, 3].__len__(), [1].__contains__(1), [3, 4].__getitem__(-1), list.__add__([1], [2]))
