import math
class N:
    def __init__(self, v):
        self.v = v
    def __round__(self, nd=None):
        return ("round", nd)
    def __trunc__(self):
        return 7
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __abs__(self):
        return "abs!"
    def __invert__(self):
        return "inv!"
    def __pos__(self):
        return "pos!"
    def __neg__(self):
        return "neg!"
    def __index__(self):
        return 3
    def __reversed__(self):
        return iter("rev")
    def __length_hint__(self):
        return 2
n = N(1)
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), divmod(n, 2), divmod(2, n))
print(abs(n), ~n, +n, -n, list(reversed(n)), operator_index := n.__index__())
print([0, 1, 2, 3, 4][n], "abcdef"[n:], list(range(10))[n:n], bin(n), oct(n), hex(n), "x" * n, [1] * n)
try:
    int(n)
    print("int ok", int(n))
except TypeError as e:
    print(e)
try:
    float(n)
    print("float", float(n))
except TypeError as e:
    print(e)
try:
    complex(n)
    print("complex", complex(n))
except TypeError as e:
    print(e)
import operator
print(operator.index(n), operator.length_hint(n), operator.length_hint([1, 2, 3]), operator.length_hint(iter([])), operator.length_hint(5, 9))
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BadHint:
    def __length_hint__(self):
        return -1
try:
    operator.length_hint(BadHint())
except ValueError as e:
    print(e)
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(e)
try:
    math.floor(NoRound())
except TypeError as e:
    print(e)
try:
    math.trunc(NoRound())
except TypeError as e:
    print(e)
class LenAndBool:
    def __len__(self):
        print("len called")
        return 0
    def __bool__(self):
        print("bool called")
        return True
print(bool(LenAndBool()), not LenAndBool())
class IterSelfNoNext:
    def __iter__(self):
        return self
try:
    iter(IterSelfNoNext())
except TypeError as e:
    print(e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c), next(iter(Countdown(1))), next(Countdown(0), "done"))
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print(e)
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(SeqRev())), type(reversed(SeqRev())).__name__)
try:
    reversed(Countdown(2))
except TypeError as e:
    print(e)
class Fmt:
    def __format__(self, spec):
        return "F[" + spec + "]"
    def __bytes__(self):
        return b"bytes!"
    def __complex__(self):
        return 1 + 2j
print(format(Fmt(), "<10"), f"{Fmt():>3}", bytes(Fmt()), complex(Fmt()))
class BadBytes:
    def __bytes__(self):
        return "no"
try:
    bytes(BadBytes())
except TypeError as e:
    print(e)
