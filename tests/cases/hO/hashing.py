class P:
    def __init__(self, x):
        self.x = x
class Q(P):
    def __eq__(self, o):
        return isinstance(o, Q) and self.x == o.x
class R(Q):
    __hash__ = Q.__hash__ if False else object.__hash__
class S(Q):
    def __hash__(self):
        return hash(self.x)
print(P.__hash__ is object.__hash__, Q.__hash__, R.__hash__ is object.__hash__, "__hash__" in Q.__dict__)
try:
    hash(Q(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    {Q(1)}
except Exception as e:
    print(type(e).__name__, e)
try:
    {Q(1): 1}
except Exception as e:
    print(type(e).__name__, e)
print(hash(S(5)), {S(1), S(1), S(2)} == {S(1), S(2)}, len({S(1), S(1)}))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except Exception as e:
    print(type(e).__name__, e)
import collections.abc
print(isinstance(NoHash(), collections.abc.Hashable), isinstance(Q(1), collections.abc.Hashable), isinstance(P(1), collections.abc.Hashable))
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100), type(hash(BigHash())).__name__)
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except Exception as e:
    print(type(e).__name__, e)
class FloatHash:
    def __hash__(self):
        return 1.5
try:
    hash(FloatHash())
except Exception as e:
    print(type(e).__name__, e)
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
class IntSubHash:
    def __hash__(self):
        class MyI(int): pass
        return MyI(7)
print(hash(IntSubHash()))
print(hash(None) == hash(None), hash(True), hash(1.0), hash(0.5) == hash(0.5), hash(-1), hash(-2), hash((1, 2)) == hash((1, 2)))
print(hash(float("inf")), hash(float("-inf")), hash(1+0j), hash(complex(0, 1)) == hash(1j))
try:
    hash([])
except Exception as e:
    print(type(e).__name__, e)
try:
    hash({})
except Exception as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except Exception as e:
    print(type(e).__name__, e)
print(hash(frozenset()) == hash(frozenset()), hash(range(3)) == hash(range(0, 3)))
try:
    hash(set())
except Exception as e:
    print(type(e).__name__, e)
try:
    hash(bytearray())
except Exception as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, o): return True
class EqSub(EqOnly):
    pass
print(EqOnly.__hash__, EqSub.__hash__)
class HashThenEq:
    def __hash__(self): return 1
    def __eq__(self, o): return True
print(hash(HashThenEq()))
class X:
    pass
x = X()
print(hash(x) == hash(x), hash(x) == id(x) >> 4 or True)
print(object.__hash__(x) == hash(x))
