class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): print('gt', self.v, o.v); return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(min(OnlyGt(3), OnlyGt(1)), max(OnlyGt(3), OnlyGt(5)))
try: sorted([1, 'a'])
except TypeError as e: print(e)
try: sorted([object(), object()])
except TypeError as e: print(e)
try: [1, 2] < [1, 'a']
except TypeError as e: print(e)
print([1, 2] < [1, 2, 0], (1, 'a') < (2, 1), [1, 2] == [1, 2.0], (1, [2]) == (1, [2]))
try: {1} < 1
except TypeError as e: print(e)
try: None < None
except TypeError as e: print(e)
try: 1j < 2j
except TypeError as e: print(e)
print({1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {1}, frozenset([1]) == {1})
class EqNI:
    def __eq__(self, o): return NotImplemented
a = EqNI()
print(a == a, a == EqNI(), a != a, a != EqNI(), [a] == [a], a in [a])
class NeqDefault:
    def __eq__(self, o): return True
print(NeqDefault() != 1, NeqDefault() != NeqDefault())
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): print('eq called'); return isinstance(o, Key) and self.v == o.v
d = {Key(1): 'one'}
print(d[Key(1)])
k = Key(2)
d2 = {k: 'k'}
print(d2[k])
nan = float('nan')
print(nan == nan, nan in [nan], [nan] == [nan], {nan: 1}[nan], nan is nan)
class Cmp:
    def __lt__(self, o): return 'truthy'
print(Cmp() < Cmp(), Cmp() > Cmp())
try: Cmp() <= Cmp()
except TypeError as e: print(e)
class Rev:
    def __le__(self, o): return 'Rev.le'
    def __ge__(self, o): return 'Rev.ge'
print(1 <= Rev(), 1 >= Rev(), Rev() <= 1)
print(sorted([3, 1, 2], key=lambda x: -x, reverse=True), sorted('bca'), sorted([(1, 'b'), (1, 'a')]))
try: sorted([1], key=5)
except TypeError as e: print(e)
try: sorted([1], 5)
except TypeError as e: print(e)
print(max([1, 5, 3], key=lambda v: v % 5), max('abc', 'abd'), min([[2], [1, 9]]))
try: max([])
except ValueError as e: print(e)
try: max(1)
except TypeError as e: print(e)
try: max(1, 2, default=0)
except TypeError as e: print(e)
