# Truth value testing: __bool__, __len__, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Nothing:
    pass

t("B True", lambda: bool(B(True)))
t("B False", lambda: bool(B(False)))
t("B int", lambda: bool(B(1)))
t("B str", lambda: bool(B("x")))
t("B None", lambda: bool(B(None)))
t("not B", lambda: not B(True))
t("if B", lambda: "yes" if B(False) else "no")
t("L0", lambda: bool(L(0)))
t("L3", lambda: bool(L(3)))
t("L-1", lambda: bool(L(-1)))
t("len L-1", lambda: len(L(-1)))
t("L str", lambda: bool(L("3")))
t("len L str", lambda: len(L("3")))
t("len L float", lambda: len(L(3.0)))
t("len L big", lambda: len(L(2**70)))
t("len L bool", lambda: len(L(True)))
t("Both", lambda: bool(Both()))
t("Nothing", lambda: bool(Nothing()))
t("len Nothing", lambda: len(Nothing()))
t("len int", lambda: len(5))
t("and", lambda: type(B(False) and 1).__name__)
t("or", lambda: L(0) or "fallback")
t("while", lambda: [i for i in range(3) if L(i)])
t("any", lambda: any([L(0), L(2)]))
t("all", lambda: all([L(1), B(False)]))
t("filter", lambda: len(list(filter(None, [L(0), L(1), B(True)]))))

class BoolNone:
    __bool__ = None
t("bool None", lambda: bool(BoolNone()))
class LenNone:
    __len__ = None
t("len None", lambda: len(LenNone()))
t("bool LenNone", lambda: bool(LenNone()))

class IdxLen:
    def __len__(self):
        class Ix:
            def __index__(self):
                return 4
        return Ix()
t("len index", lambda: len(IdxLen()))
t("bool index", lambda: bool(IdxLen()))

class IntSub(int):
    pass
class LI:
    def __len__(self):
        return IntSub(7)
r = len(LI())
print(type(r).__name__, r)
t("bool()", lambda: bool())
t("bool kw", lambda: bool(x=1))
t("bool 2 args", lambda: bool(1, 2))
t("bool subclass", lambda: type("X", (bool,), {}))
