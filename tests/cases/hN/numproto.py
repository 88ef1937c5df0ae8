class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in [2**64, -1, -2, 2**61 - 1, 2**61, -(2**70), True]:
    try:
        print(h, hash(H(h)))
    except Exception as e:
        print(type(e).__name__, e)
for h in [1.5, 'x', None]:
    try:
        print(hash(H(h)))
    except Exception as e:
        print(type(e).__name__, e)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**100), hash(-10**100), hash(2**64 + 1), hash(0.5), hash(-0.5), hash(1e100), hash(2**-30))
print(hash((1, 2)) == hash((1, 2)), hash(()) , hash((1,)), hash(frozenset()), hash((1.0, -1)), hash(((),)))
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v!r})'
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o)) if isinstance(o, (V, int)) else NotImplemented
    def __radd__(self, o): return V(('r', o))
    def __mul__(self, o): return NotImplemented
    def __lt__(self, o): return self.v < o.v if isinstance(o, V) else NotImplemented
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __neg__(self): return V(-self.v)
    def __abs__(self): return 'abs!'
    def __index__(self): return self.v
    def __float__(self): return 0.25
    def __complex__(self): return 1j
    def __round__(self, n=None): return ('round', n)
    def __floor__(self): return 'floor'
    def __trunc__(self): return 'trunc'
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b, m=None): return ('rpow', b, m)
    def __divmod__(self, o): return ('divmod', o)
    def __rshift__(self, o): return ('rshift', o)
    def __rlshift__(self, o): return ('rlshift', o)
    __hash__ = None
import math, operator
a = V(3)
print(a + 1, 1 + a, a + a, 1.5 + a, -a, abs(a), round(a), round(a, 2), math.floor(a), math.trunc(a), float(a), complex(a), pow(a, 2), pow(a, 2, 5), 2 ** a, pow(2, a, 7) if False else 0, divmod(a, 4), a >> 2, 1 << a)
print(bin(a), hex(a), oct(a), [10, 20, 30, 40][a], 'abcdef'[a:], operator.index(a), math.ceil(2.1), sorted([V(2), V(1)]), V(1) < V(2), V(1) > V(2), V(1) == V(1), V(1) != V(2))
for expr in ['a * 2', '2 * a', 'a - 1', 'a < 1', '1 < a', 'a @ a', 'hash(a)', '~a', '+a', 'a / 2', 'a // 2', 'a % 2', 'divmod(2, a)', 'math.ceil(a)', 'int(a)', 'a & 1', '{a}', 'a ** 2']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '=>', type(e).__name__, e)
class B:
    def __bool__(self): return 1
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2**70
class L3:
    def __len__(self): return 0
for o in [B(), L(), L2(), L3()]:
    try:
        print(bool(o), 'yes' if o else 'no')
    except Exception as e:
        print(type(e).__name__, e)
try:
    len(L2())
except Exception as e:
    print(type(e).__name__, e)
class I(int):
    def __add__(self, o): return 'I.add'
    def __radd__(self, o): return 'I.radd'
print(1 + I(2), I(2) + 1, I(1) + I(2), sum([I(1), 2]), 1.5 + I(1), True + I(0))
class F(float):
    def __rsub__(self, o): return 'F.rsub'
print(1 - F(2), 1.0 - F(2), F(2) - 1, F(3) - F(1))
