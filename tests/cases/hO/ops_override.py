import json, copy
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]
s = Seq(10, 20, 30)
print(list(s))
print(3 in s if False else 20 in s)
print(list(reversed(s)))
a, *rest = s
print(a, rest)
print(sorted(s), sum(s), max(s), "-".join(str(x) for x in s))
print(dict(enumerate(s)))
it = iter(s)
print(type(it).__name__, next(it), next(it))
print(bool(s), bool(Seq()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except Exception as e:
    print(type(e).__name__, e)
try:
    bool(BadLen())
except Exception as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except Exception as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2**70
try:
    len(BigLen())
except Exception as e:
    print(type(e).__name__, e)
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(IdxLen()))
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()))
class BoolReturns:
    def __bool__(self): return 1
try:
    bool(BoolReturns())
except Exception as e:
    print(type(e).__name__, e)
try:
    if BoolReturns(): pass
except Exception as e:
    print(type(e).__name__, e)
class Contains:
    def __contains__(self, x):
        return x  # truthy object
print(5 in Contains(), 0 in Contains(), "" not in Contains(), [1] in Contains())
class IterOnly:
    def __iter__(self):
        return iter([3, 1, 2])
print(2 in IterOnly(), 9 in IterOnly(), sorted(IterOnly()), list(IterOnly()))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except Exception as e:
    print(type(e).__name__, e)
try:
    1 in NotIter()
except Exception as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except Exception as e:
    print(type(e).__name__, e)
try:
    for x in BadIter(): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    list(BadIter())
except Exception as e:
    print(type(e).__name__, e)
class Rep:
    def __repr__(self):
        return "Rep!"
r = Rep()
print(r, str(r), [r], {r: r}, (r,), f"{r}", "%s %r" % (r, r), format(r, ""))
try:
    format(r, "10")
except Exception as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except Exception as e:
    print(type(e).__name__, e)
try:
    str(BadRepr())
except Exception as e:
    print(type(e).__name__, e)
try:
    print([BadRepr()])
except Exception as e:
    print(type(e).__name__, e)
class StrSub(str): pass
class ReprSub:
    def __repr__(self):
        return StrSub("sub")
print(repr(ReprSub()), type(repr(ReprSub())).__name__)
class StrOnly:
    def __str__(self):
        return "S"
x = StrOnly()
print(x, [str(x)], repr(x)[:9])
try:
    json.dumps(x)
except Exception as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt(), "x"), "{:q}".format(Fmt()), f"{Fmt()!s:5}"[:1])
class BadFmt:
    def __format__(self, spec):
        return 1
try:
    format(BadFmt())
except Exception as e:
    print(type(e).__name__, e)
try:
    format(object(), "d")
except Exception as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print([1, 2, 3][Idx()], "abc"[Idx()], bin(Idx()), hex(Idx()), range(10)[Idx()], [0] * Idx(), "%x" % Idx())
try:
    "%d" % Idx()
    print("ok %d", "%d" % Idx())
except Exception as e:
    print(type(e).__name__, e)
class Num:
    def __int__(self): return 7
    def __float__(self): return 1.5
    def __complex__(self): return 2j
print(int(Num()), float(Num()), complex(Num()))
try:
    "%d" % Num()
    print("%d" % Num())
except Exception as e:
    print(type(e).__name__, e)
try:
    [1][Num()]
except Exception as e:
    print(type(e).__name__, e)
class Cp:
    def __init__(self):
        self.v = [1]
    def __copy__(self):
        print("copy called")
        return "copied"
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return "deep"
print(copy.copy(Cp()), copy.deepcopy(Cp()), copy.deepcopy([Cp()]))
