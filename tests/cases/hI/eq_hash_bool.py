class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
print(E.__hash__)
try: hash(E(1))
except TypeError as e: print("TypeError", e)
try: {E(1)}
except TypeError as e: print("TypeError", e)
try: {E(1): 2}
except TypeError as e: print("TypeError", e)
print(E(1) == E(1), E(1) != E(1), E(1) != E(2), E(1) == 1)
class H(E):
    __hash__ = E.__hash__
class H2(E):
    def __hash__(self): return hash(self.v)
print(len({H2(1), H2(1), H2(2)}))
class NE:
    def __ne__(self, o): return "ne-called"
print(NE() != 1, NE() == NE())
class B:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), not L(0))
try: bool(B(1))
except TypeError as e: print("TypeError", e)
try: bool(L(-1))
except ValueError as e: print("ValueError", e)
try: bool(L("x"))
except TypeError as e: print("TypeError", e)
try: len(L(2**70))
except OverflowError as e: print("OverflowError", e)
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()), "yes" if Both() else "no")
class BoolNone:
    __bool__ = None
try: bool(BoolNone())
except TypeError as e: print("TypeError", e)
x = L(0) or "fallback"; print(x)
y = L(2) and "second"; print(y)
print([1 for v in (B(False), L(1), 0, "", "a") if v])
class LenBool:
    def __len__(self): return True
print(len(LenBool()), bool(LenBool()))
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
lst = list(range(10))
print(lst[I(3)], lst[I(1):I(4)], hex(I(255)), bin(I(5)), oct(I(8)), "ab"*I(2), range(I(3)))
print(int(I(7)) if hasattr(int, '__index__') else "", operator_index := __import__("operator").index(I(9)))
try: lst[I("x")]
except TypeError as e: print("TypeError", e)
try: hex(1.5)
except TypeError as e: print("TypeError", e)
class BigI:
    def __index__(self): return 2**100
try: lst[BigI()]
except IndexError as e: print("IndexError", e)
print(bool(0.0), bool(-0.0), bool(0j), bool(float('nan')), bool(()), bool(frozenset()))
class Ctr:
    def __contains__(self, x): return x > 5
print(3 in Ctr(), 7 in Ctr(), 7 not in Ctr())
class ContainsRet:
    def __contains__(self, x): return [1]
print(1 in ContainsRet())
class GI:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * 10
print(list(GI()), 20 in GI(), 25 in GI(), iter(GI()).__class__.__name__)
a, *b = GI(); print(a, b)
class Iterable:
    def __iter__(self): return iter([1, 2, 3])
    def __getitem__(self, i): return "never"
print(list(Iterable()), 2 in Iterable())
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try: iter(NoIter())
except TypeError as e: print("TypeError", e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print("TypeError", e)
try:
    for _ in BadIter(): pass
except TypeError as e: print("TypeError", e)
try: 1 in 5
except TypeError as e: print("TypeError", e)
