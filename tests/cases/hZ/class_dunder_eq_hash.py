class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
p = P(1)
print(p == P(1), p != P(1), p == 1, P.__hash__)
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    {p}
except TypeError as e:
    print(e)
class H(P):
    def __hash__(self): return hash(self.x)
print(len({H(1), H(1), H(2)}), H(3) in {H(3)}, {H(1): "a"}[H(1)])
class NoEq:
    pass
a = NoEq(); print(a == a, a == NoEq(), a != a, hash(a) == hash(a))
class Ni:
    def __eq__(self, o): return NotImplemented
print(Ni() == Ni(), Ni() != 3, 3 == Ni())
class Rev:
    def __eq__(self, o): print("Rev.eq"); return True
print(1 == Rev(), Rev() == 1, [Rev()] == [2])
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class Sub(int):
    pass
print(hash(Sub(5)), Sub(5) == 5, {Sub(5): 1}[5])
class NH:
    __hash__ = None
try:
    hash(NH())
except TypeError as e:
    print(e)
