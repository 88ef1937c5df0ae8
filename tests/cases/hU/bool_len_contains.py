class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
for v in [True, False]:
    print(bool(B(v)), not B(v))
for v in [1, 0, None, "x"]:
    try:
        bool(B(v))
    except Exception as e:
        print(type(e).__name__, e)
try:
    if B(2): pass
except Exception as e:
    print(type(e).__name__, e)

class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
for v in [0, 3, -1, 2**63, 2**64, 1.5, "3", True]:
    try:
        print(len(L(v)), bool(L(v)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    bool(L(-1))
except Exception as e:
    print(type(e).__name__, e)
class IntSub(int): pass
print(len(L(IntSub(4))), type(len(L(IntSub(4)))).__name__)
class BoolAndLen:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(BoolAndLen()))
class BoolNone:
    __bool__ = None
    def __len__(self): return 5
try:
    bool(BoolNone())
except Exception as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq(), list(Seq()), list(reversed([0, 1])))
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It())
class Cont:
    def __contains__(self, x):
        return x  # non-bool
print(1 in Cont(), 0 in Cont(), "" in Cont(), 0 not in Cont())
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except Exception as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except Exception as e:
    print(type(e).__name__, e)
try:
    for _ in NoIter(): pass
except Exception as e:
    print(type(e).__name__, e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 2
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except Exception as e:
    print(type(e).__name__, e)
class RevSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(RevSeq())))
try:
    reversed(It())
except Exception as e:
    print(type(e).__name__, e)
class NoContains:
    __contains__ = None
try:
    1 in NoContains()
except Exception as e:
    print(type(e).__name__, e)
try:
    1 in 5
except Exception as e:
    print(type(e).__name__, e)
class NoLen:
    __len__ = None
try:
    len(NoLen())
except Exception as e:
    print(type(e).__name__, e)
print(bool(NoLen()))
class NoHashNone:
    __hash__ = None
try:
    hash(NoHashNone())
except Exception as e:
    print(type(e).__name__, e)
class IterRetNonIter:
    def __iter__(self): return 5
try:
    iter(IterRetNonIter())
except Exception as e:
    print(type(e).__name__, e)
try:
    1 in IterRetNonIter()
except Exception as e:
    print(type(e).__name__, e)
class NextOnly:
    def __next__(self): return 1
try:
    iter(NextOnly())
except Exception as e:
    print(type(e).__name__, e)
