# __hash__ / __eq__ interplay, __hash__ = None, hash() return value checks.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class OnlyEq:
    def __eq__(self, o):
        return True
print("OnlyEq.__hash__", OnlyEq.__hash__)
t("hash OnlyEq", lambda: hash(OnlyEq()))
t("set OnlyEq", lambda: {OnlyEq()})
t("dict OnlyEq", lambda: {OnlyEq(): 1})

class EqHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, EqHash) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s))
print(EqHash(1) in s, EqHash(3) in s)

class Sub(EqHash):
    def __eq__(self, o):
        return False
print("Sub.__hash__", Sub.__hash__)

class Sub2(EqHash):
    pass
print("Sub2 hash ok", hash(Sub2(5)) == hash(5))

class Unhash:
    __hash__ = None
t("Unhash", lambda: hash(Unhash()))
t("Unhash in set", lambda: Unhash() in {1})
t("Unhash dict key", lambda: {}.get(Unhash()))
import collections.abc
print(isinstance(Unhash(), collections.abc.Hashable), isinstance(EqHash(1), collections.abc.Hashable))

class BadHash:
    def __hash__(self):
        return "x"
t("bad hash", lambda: hash(BadHash()))
class FloatHash:
    def __hash__(self):
        return 1.5
t("float hash", lambda: hash(FloatHash()))
class BigHash:
    def __hash__(self):
        return 2**100
t("big hash", lambda: hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self):
        return -1
t("neg one", lambda: hash(NegOne()))
class IntSubHash:
    def __hash__(self):
        class H(int):
            pass
        return H(12)
t("int sub hash", lambda: (hash(IntSubHash()), type(hash(IntSubHash())).__name__))
class BoolHash:
    def __hash__(self):
        return True
t("bool hash", lambda: hash(BoolHash()))
t("list", lambda: hash([]))
t("dict", lambda: hash({}))
t("set", lambda: hash(set()))
t("tuple with list", lambda: hash((1, [2])))
t("frozenset", lambda: hash(frozenset()) == hash(frozenset()))
t("hash ints", lambda: (hash(1), hash(-1), hash(-2), hash(True), hash(1.0), hash(2**61 - 1), hash(2**61)))
t("hash float", lambda: (hash(0.5), hash(-0.0), hash(float("inf")), hash(float("-inf"))))
t("object hash default", lambda: type(object().__hash__()).__name__)
o = object()
t("object hash stable", lambda: hash(o) == hash(o) == o.__hash__())
t("hash no args", lambda: hash())
t("list.__hash__", lambda: list.__hash__)
t("type hash", lambda: hash(int) == hash(int))

class EqOnlyInherit(int):
    def __eq__(self, o):
        return True
t("int sub eq only", lambda: hash(EqOnlyInherit(3)))
class EqAndParentHash(EqHash):
    def __eq__(self, o):
        return True
    __hash__ = EqHash.__hash__
t("restored hash", lambda: hash(EqAndParentHash(3)) == hash(3))
