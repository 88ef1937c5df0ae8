import reprlib, array, collections
r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxstring, r.maxlong, r.maxother)
print(r.repr(array.array("i", range(10))), r.repr(array.array("d")), r.repr(collections.deque(range(10))), r.repr(frozenset()), r.repr(set()))
print(r.repr(2 ** 200), r.repr(-(10 ** 45)), r.repr("x" * 29), r.repr("x" * 31), r.repr(b"y" * 40), r.repr(bytearray(50)))
class Long:
    def __repr__(self): return "L" * 50
print(r.repr(Long()), r.repr([Long()]), r.repr(object)[:20], r.repr(len))
class Bad:
    def __repr__(self): raise ValueError("nope")
print(r.repr(Bad())[:14])
r.maxlevel = 2; print(r.repr([[[1]]]), r.repr({"a": {"b": {"c": 1}}}), r.repr(((1,),)), r.repr([]), r.repr({}), r.repr(()))
r.maxdict = 2; print(r.repr({i: i for i in range(5)}), r.repr({"b": 1, "a": 2, "c": 3}))
r.maxset = 2; print(r.repr({5, 3, 1, 4}), r.repr(frozenset({9, 8, 7})))
class MyRepr(reprlib.Repr):
    def repr_int(self, obj, level): return "INT"
    def repr_Long(self, obj, level): return "<long>"
m = MyRepr(); print(m.repr([1, 2, Long()]), m.repr({1: 2}))
print(reprlib.aRepr.maxlist, reprlib.repr([1] * 10), reprlib.repr(tuple(range(8))), reprlib.repr(("a",)))
print(reprlib.repr({1: [2] * 10, 2: "s" * 40}), reprlib.repr(range(100)), reprlib.repr(iter([])) [:16])
class Node:
    def __init__(self, v): self.v, self.kids = v, []
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self): return "Node(%r, %r)" % (self.v, self.kids)
n = Node(1); n.kids.append(n); n.kids.append(Node(2)); print(n, Node.__repr__.__name__, Node.__repr__.__wrapped__.__name__ if hasattr(Node.__repr__, "__wrapped__") else "")
