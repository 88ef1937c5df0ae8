import itertools, collections, heapq, array
class L(list):
    def __iter__(self): return iter([7, 8])
class T(tuple):
    def __iter__(self): return iter([7, 8])
for C in (L, T):
    l = C([1, 2, 3])
    print(C.__name__)
    print(list(l), tuple(l), set(l), frozenset(l), sorted(l), sum(l), max(l), min(l), any(l), all(l))
    print([*l], (*l,), {*l}, list(enumerate(l)), list(zip(l, l)), list(map(str, l)), list(filter(None, l)), dict.fromkeys(l))
    x = []; x.extend(l); print(x); x += l; print(x)
    print(bytearray(l), bytes(l), b",".join([b"a"]), collections.deque(l), array.array("i", l), list(itertools.chain(l, l)), list(reversed(l)))
    try:
        a, b = l; print("unpack", a, b)
    except ValueError as e:
        print("ValueError", e)
    def f(*a): return a
    print(f(*l), len(l), l[0], str(l), repr(l), l == C([1, 2, 3]), 7 in l, l.index(1), l.count(7))
    print(collections.Counter(l), list(iter(l)), ",".join(map(str, l)), " ".join(str(v) for v in l), sorted(l, reverse=True), list(itertools.islice(l, 1)))
    print(dict(zip(l, "ab")), min(l, key=lambda v: -v), set().union(l), {1}.issubset(l), [].__add__(list(l)) if True else "", list(l.__iter__()))
