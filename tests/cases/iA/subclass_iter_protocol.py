import copy, json
class MyList(list):
    def __iter__(self):
        print("  iter"); return super().__iter__()
ml = MyList([1, 2, 3])
for name, f in [("list", list), ("sum", sum), ("sorted", sorted), ("comp", lambda m: [x for x in m]), ("json", json.dumps), ("tuple", tuple), ("set", set), ("max", max), ("copy", copy.copy), ("deepcopy", copy.deepcopy), ("in", lambda m: 2 in m), ("eq", lambda m: m == [1,2,3]), ("str", str), ("join", lambda m: "".join(map(str, m))), ("extend", lambda m: [].extend(m)), ("star", lambda m: [*m]), ("unpack", lambda m: (lambda a, b, c: a)(*m)), ("enumerate", lambda m: list(enumerate(m))), ("zip", lambda m: list(zip(m))), ("dict.fromkeys", dict.fromkeys), ("frozenset", frozenset), ("any", any), ("min", min), ("bytes", lambda m: bytes(m)), ("bytearray", bytearray), ("reversed", lambda m: list(reversed(m))), ("listadd", lambda m: [] + m), ("iadd", lambda m: [].__iadd__(m)), ("slice_assign", lambda m: [0, 0][:] .__setitem__(slice(None), m)), ("sorted2", lambda m: sorted(m, reverse=True)), ("map", lambda m: list(map(str, m))), ("filter", lambda m: list(filter(None, m))), ("str.join", lambda m: ",".join(MyList2(["a"]))), ("deque", lambda m: __import__("collections").deque(m)), ("Counter", lambda m: __import__("collections").Counter(m)), ("a,b,c=", lambda m: exec("a, b, c = m", {"m": m})), ("print*", lambda m: print(*m)), ("heapify", lambda m: __import__("heapq").nlargest(1, m)), ("array", lambda m: __import__("array").array("i", m)), ("statistics", lambda m: __import__("statistics").mean(m)), ("math.fsum", lambda m: __import__("math").fsum(m)), ("isdisjoint", lambda m: {9}.isdisjoint(m)), ("set.update", lambda m: set().update(m)), ("list.__init__", lambda m: MyList(m)), ("pickle", lambda m: __import__("pickle").dumps(m))]:
    class MyList2(list):
        def __iter__(self):
            print("  iter2"); return super().__iter__()
    print(name)
    f(ml)
