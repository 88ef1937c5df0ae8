import bisect, statistics, collections, functools, operator, itertools, copy
log = []
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V{self.v}"
    def __eq__(self, o): log.append(f"{self}=={o}"); return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): log.append(f"{self}<{o}"); return self.v < (o.v if isinstance(o, V) else o)
    def __gt__(self, o): log.append(f"{self}>{o}"); return self.v > (o.v if isinstance(o, V) else o)
    def __le__(self, o): log.append(f"{self}<={o}"); return self.v <= o.v
    def __hash__(self): return hash(self.v)
    def __add__(self, o): log.append(f"{self}+{o}"); return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
    def __truediv__(self, o): log.append(f"{self}/{o}"); return V(self.v / o)
    def __sub__(self, o): log.append(f"{self}-{o}"); return V(self.v - o.v)
    def __mul__(self, o): log.append(f"{self}*{o}"); return V(self.v * (o.v if isinstance(o, V) else o))
    def __index__(self): log.append(f"index{self}"); return self.v
    def __len__(self): log.append(f"len{self}"); return 1
    def __bool__(self): log.append(f"bool{self}"); return True
def run(name, f):
    log.clear()
    try: r = f()
    except Exception as e: r = f"!! {type(e).__name__}: {e}"
    print(f"{name:18} {r!r:30} {' '.join(log)}")
S = [V(i) for i in (1, 3, 3, 5, 8, 13)]
run("bisect_left", lambda: bisect.bisect_left(S, V(3)))
run("bisect_right", lambda: bisect.bisect_right(S, V(3)))
run("bisect lo hi", lambda: bisect.bisect(S, V(9), 2, 5))
run("bisect key", lambda: bisect.bisect_left(S, 4, key=lambda x: x.v))
run("insort_left", lambda: bisect.insort_left(list(S), V(5)))
run("insort key", lambda: bisect.insort(list(S), V(6), key=lambda x: x))
run("median", lambda: statistics.median([V(3), V(1), V(2)]))
run("median_low", lambda: statistics.median_low([V(3), V(1), V(2), V(4)]))
run("mode", lambda: statistics.mode([V(1), V(2), V(1)]))
run("most_common", lambda: collections.Counter({"a": V(1), "b": V(3), "c": V(2)}).most_common(2))
run("most_common all", lambda: collections.Counter({"a": V(1), "b": V(3)}).most_common())
run("Counter +", lambda: collections.Counter(a=3) + collections.Counter(a=V(1)) if False else None)
run("OrderedDict ==", lambda: collections.OrderedDict(a=V(1)) == collections.OrderedDict(a=V(1)))
run("dict ==", lambda: {"a": V(1)} == {"a": V(1)})
run("deque in", lambda: V(3) in collections.deque(S))
run("deque count", lambda: collections.deque(S).count(V(3)))
run("deque remove", lambda: collections.deque(S).remove(V(3)))
run("deque index", lambda: collections.deque(S).index(V(5)))
run("deque ==", lambda: collections.deque([V(1)]) == collections.deque([V(1)]))
run("deque <", lambda: collections.deque([V(1)]) < collections.deque([V(2)]))
run("accumulate", lambda: list(itertools.accumulate([V(1), V(2), V(3)])))
run("groupby", lambda: [k for k, g in itertools.groupby([V(1), V(1), V(2)])])
run("reduce", lambda: functools.reduce(operator.add, [V(1), V(2), V(3)]))
run("sum", lambda: sum([V(1), V(2)], V(10)))
run("range idx", lambda: range(V(3))[V(1)])
run("list idx", lambda: [1, 2, 3][V(1):V(2)])
run("str mul", lambda: "ab" * V(2))
run("bytes", lambda: bytes(V(2)))
run("hex", lambda: hex(V(255)))
run("total_ordering", lambda: functools.total_ordering(type("T", (V,), {}))(1) >= V(0))
run("itemgetter", lambda: operator.itemgetter(V(1))([10, 20]))
run("list.sort", lambda: sorted([V(2), V(1), V(3)], key=lambda x: x))
run("max key", lambda: max([V(2), V(1), V(3)], key=lambda x: x))
run("min 2 args", lambda: min(V(2), V(1)))
run("sorted tuple", lambda: sorted([(V(1), 2), (V(1), 1)]))
run("set ops", lambda: sorted({V(1), V(2)} & {V(2), V(3)}, key=lambda x: x.v))
run("fmean", lambda: statistics.mean([1, 2, 3]))
run("copy", lambda: copy.deepcopy([V(1)]))
run("tuple.index", lambda: (V(1), V(2)).index(V(2)))
run("tuple.count", lambda: (V(1), V(2), V(1)).count(V(1)))
run("list.__contains__", lambda: V(2) in [V(1), V(2)])
run("dict.values in", lambda: V(2) in {1: V(1), 2: V(2)}.values())
run("dict.items in", lambda: (2, V(2)) in {1: V(1), 2: V(2)}.items())
run("str.join", lambda: ",".join(map(repr, [V(1), V(2)])))
