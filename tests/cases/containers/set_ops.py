# set / frozenset: iteration order for ints matches CPython, algebra, in-place forms, errors
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n

for trial in range(120):
    size = rnd(60)
    span = [10, 100, 1000, 2 ** 20, 2 ** 62][trial % 5]
    xs = [rnd(span) - span // 3 for _ in range(size)]
    s = set(xs)
    print(s)
    ys = [rnd(span) for _ in range(rnd(40))]
    t = set(ys)
    print(s | t, s & t, s - t, s ^ t)
    print(s.union(ys), s.intersection(ys), s.difference(ys), s.symmetric_difference(ys))
    print(frozenset(xs) | t, t | frozenset(xs))
    u = set(s)
    u |= t
    print(u)
    u = set(s)
    u &= t
    print(u)
    u = set(s)
    u -= t
    print(u)
    u = set(s)
    u ^= t
    print(u)
    u = set(s)
    for y in ys[: len(ys) // 2]:
        u.discard(y)
    u.update(range(rnd(20)))
    print(u)
    v = s.copy()
    popped = [v.pop() for _ in range(min(3, len(v)))]
    print(popped, v)
    print(set(dict.fromkeys(xs)), {x * 3 for x in xs})
    print(hash(frozenset(xs)) == hash(frozenset(set(xs))), len(s))

floats = {0.5, 1.5, -2.25, 1e100, 3.0, 2}
print(floats)
print({1, 1.0, True}, {True, 1, 1.0}, {0, False, 0.0, -0.0})
print({(1, 2), (3, 4), (1, 2)})
print({None})
print(set(), frozenset(), set([]), frozenset(range(5)))
print(set(range(20)) - set(range(0, 20, 3)))

a = {1, 2, 3}
b = frozenset({2, 3, 4})
show(lambda: a < {1, 2, 3, 4})
show(lambda: a <= a)
show(lambda: a < a)
show(lambda: a > {1})
show(lambda: a >= {1, 5})
show(lambda: a == frozenset({1, 2, 3}))
show(lambda: a != b)
show(lambda: a.issubset([1, 2, 3, 4]))
show(lambda: a.issuperset([1]))
show(lambda: a.isdisjoint([5, 6]))
show(lambda: a.isdisjoint(b))
show(lambda: a.issubset(5))
show(lambda: a <= [1, 2, 3])
show(lambda: a | [4])
show(lambda: a & 5)
show(lambda: a.union([4], (5,), {6}))
show(lambda: a.intersection([1, 2], {2}))
show(lambda: a.difference([1], [2]))
show(lambda: a.union())
show(lambda: a.intersection())
show(lambda: type(b | a).__name__)
show(lambda: type(a | b).__name__)
show(lambda: type(b.copy()).__name__)
show(lambda: b.copy() is b)
show(lambda: frozenset(b) is b)
show(lambda: hash(b) == hash(frozenset([4, 3, 2])))
show(lambda: hash(a))
show(lambda: {a})
show(lambda: {b: 1})
show(lambda: frozenset([1]) in {frozenset([1]): 2})
show(lambda: {1, 2} in {frozenset({1, 2})})
show(lambda: [1] in {1})
c = {1, 2}
show(lambda: c.add(3))
show(lambda: c.add([1]))
show(lambda: c.remove(9))
show(lambda: c.remove((1, [2])))
show(lambda: c.discard(9))
show(lambda: c.discard({1, 2}))
show(lambda: c.remove({1, 2}))
show(lambda: set().pop())
show(lambda: c.pop(1))
show(lambda: c.add())
show(lambda: c.update([4], [5]))
show(lambda: c)
show(lambda: c.intersection_update([1, 2, 3, 4], [2, 3, 4]))
show(lambda: c)
show(lambda: c.difference_update([2], [3]))
show(lambda: c)
show(lambda: c.symmetric_difference_update([4, 7]))
show(lambda: c)
show(lambda: c.symmetric_difference_update([4], [7]))
show(lambda: c.clear())
show(lambda: c)
show(lambda: set(1, 2))
show(lambda: set(x=1))
show(lambda: frozenset(5))
show(lambda: set([[1]]))
show(lambda: {[1]})
show(lambda: b.add)
show(lambda: set.add(b, 1))
s2 = {1, 2, 3}
def mut():
    for x in s2:
        s2.add(x + 10)
show(mut)
s3 = {1, 2, 3}
def mut3():
    for x in s3:
        s3.discard(x)
        s3.add(x + 100)
    return s3
show(mut3)
it = iter({1, 2})
show(lambda: it.__length_hint__())
r = set()
class Rec:
    def __init__(self, s): self.s = s
    def __repr__(self): return repr(self.s)
    def __hash__(self): return 1
r.add(Rec(r))
print(r)
class MySet(set): pass
ms = MySet([3, 1])
show(lambda: ms)
show(lambda: type(ms | {5}).__name__)
show(lambda: MySet([1]) == {1})
class MyFS(frozenset): pass
show(lambda: MyFS([1, 2]))
show(lambda: type(MyFS([1]).copy()).__name__)
show(lambda: {1, 2, 3} == {1.0, 2.0, 3.0})
show(lambda: set("abc") == set("cba"))
show(lambda: sorted({"b", "a"} | {"c"}))
show(lambda: {1, 2}.__len__())
# multi-argument forms and dict operands keep CPython's order
for trial in range(40):
    xs = {rnd(64) * 8 for _ in range(rnd(30) + 5)}
    for _ in range(rnd(10)):
        xs.discard(rnd(64) * 8)
    ys = [rnd(64) * 8 for _ in range(rnd(30))]
    dk = dict.fromkeys(rnd(64) * 8 for _ in range(rnd(20)))
    print(xs.intersection(ys, set(ys)), xs.difference(ys, [8, 16]), xs.union(ys, dk))
    print(xs.symmetric_difference(dk), xs ^ set(dk), frozenset(xs).intersection(dk))
    z = set(xs)
    z.symmetric_difference_update(dk)
    print(z)
