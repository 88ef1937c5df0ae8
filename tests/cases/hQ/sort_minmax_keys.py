def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
l = [3, 1, 2]
def bad(x):
    if x == 2: raise KeyError(x)
    return x
t(lambda: l.sort(key=bad))
t(lambda: l)
def mod_sort():
    a = [3, 1, 2]
    def k(x):
        a.append(x)
        return x
    a.sort(key=k)
    return a
t(mod_sort)
def mod_sort2():
    a = [3, 1, 2]
    def k(x):
        return x
    class C:
        def __init__(s, v): s.v = v
        def __lt__(s, o):
            a.clear() if False else None
            return s.v < o.v
    b = [C(3), C(1)]
    def k2(x):
        b.append(1)
        return x.v
    b.sort(key=k2)
    return len(b)
t(mod_sort2)
def during():
    a = [5, 4, 3, 2, 1]
    class C:
        def __init__(s, v): s.v = v
        def __lt__(s, o):
            a.append(0)
            return s.v < o.v
    a[:] = [C(i) for i in range(5, 0, -1)]
    a.sort()
t(during)
def inside():
    a = [3, 2, 1]
    seen = []
    def k(x):
        seen.append(len(a))
        return x
    a.sort(key=k)
    return seen
t(inside)
class Rev:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return NotImplemented
    def __gt__(s, o): return s.v > o.v
    def __repr__(s): return "R%d" % s.v
t(lambda: sorted([Rev(2), Rev(1), Rev(3)]))
class NoCmp:
    pass
t(lambda: sorted([NoCmp(), NoCmp()]))
t(lambda: len(sorted([NoCmp()])))
t(lambda: sorted([1, 2], key=lambda x: NoCmp()))
t(lambda: sorted([(1, NoCmp()), (1, NoCmp())]))
t(lambda: [p[0] for p in sorted([(1, NoCmp()), (2, NoCmp())])])
t(lambda: min([NoCmp(), NoCmp()]))
t(lambda: max(1, "a"))
t(lambda: max([]))
t(lambda: max([], key=len))
t(lambda: max(1))
t(lambda: max(1, 2, default=0))
t(lambda: max([], default=0, key=None))
t(lambda: min([3, 1], key=None))
t(lambda: min("bca"))
t(lambda: max(["aa", "b"], key=len))
t(lambda: max([(1, "a"), (1, "b")], key=lambda p: p[0]))
t(lambda: min([(1, "a"), (1, "b")], key=lambda p: p[0]))
t(lambda: max(x=1))
t(lambda: max())
t(lambda: min([1], [2], key=len))
t(lambda: sorted("hello"))
t(lambda: sorted({3: 1, 1: 2}))
t(lambda: sorted([3, 1, 2], key=lambda x: -x, reverse=True))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
t(lambda: sorted(data, key=lambda p: p[1]))
t(lambda: sorted(data, key=lambda p: p[1], reverse=True))
t(lambda: sorted([1.0, 1, True, 0.5]))
t(lambda: sorted([float("nan"), 1, 0]))
t(lambda: sorted([2, float("nan"), 1, 0]))
t(lambda: sorted([[2], [1, 2], [1]]))
t(lambda: sorted([{1}, {0}, {1, 2}]))
t(lambda: sorted(["b", "B", "a", "é", "Z"]))
t(lambda: sorted([b"b", b"a"]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([None, None]))
t(lambda: sorted([3, 2, 1], key=int.__neg__))
t(lambda: sorted(["3", "20", "1"], key=int))
t(lambda: sorted(["x", "y"], key="upper"))
t(lambda: [3, 1].sort(reverse=1))
l2 = [3, 1, 2]
t(lambda: l2.sort(reverse=1) or l2)
t(lambda: list.sort())
t(lambda: list.sort(1))
t(lambda: [].sort(1, 2))
t(lambda: sorted([1], key=lambda: 0))
t(lambda: sorted([1, 2], key=lambda x, y: 0))
