log = []
class A:
    def __init__(self, n): self.n = n
    def __add__(self, o): log.append(('A.add', type(o).__name__)); return NotImplemented
    def __radd__(self, o): log.append(('A.radd', type(o).__name__)); return 'A.radd'
    def __lt__(self, o): log.append(('A.lt', type(o).__name__)); return NotImplemented
    def __gt__(self, o): log.append(('A.gt', type(o).__name__)); return NotImplemented
    def __eq__(self, o): log.append(('A.eq', type(o).__name__)); return NotImplemented
class B(A):
    def __radd__(self, o): log.append(('B.radd', type(o).__name__)); return 'B.radd'
    def __gt__(self, o): log.append(('B.gt', type(o).__name__)); return 'B.gt'
class B2(A):
    pass
print(A(1) + B(2), log); log.clear()
print(A(1) + B2(2), log); log.clear()
print(A(1) < B(2), log); log.clear()
print(A(1) < A(2) if False else None)
try:
    A(1) < A(2)
except TypeError as e:
    print('TypeError', e, log); log.clear()
print(A(1) == A(1), log); log.clear()
print(A(1) != B(1), log); log.clear()
print(1 + A(1), log); log.clear()
class I(int):
    def __radd__(self, o): return 'I.radd'
    def __rsub__(self, o): return 'I.rsub'
    def __rpow__(self, o, *m): return 'I.rpow'
    def __rlshift__(self, o): return 'I.rlshift'
    def __rmatmul__(self, o): return 'I.rmatmul'
print(1 + I(2), 1 - I(2), 2 ** I(3), 1 << I(2), I(2) + 1)
try:
    print(1 @ I(1))
except TypeError as e:
    print('TypeError', e)
print(pow(2, I(3)), pow(2, I(3), 5) if False else '')
class F(float):
    def __rtruediv__(self, o): return 'F.rtruediv'
print(1 / F(2.0), 1.0 / F(2.0), F(2.0) / 1)
# ternary pow does not try __rpow__
class P:
    def __rpow__(self, o): return 'P.rpow'
    def __pow__(self, o, m=None): return ('P.pow', o, m)
print(2 ** P(), P() ** 2, pow(P(), 2, 3))
try:
    pow(2, P(), 3)
except TypeError as e:
    print('TypeError', e)
# inplace falls back
class Q:
    def __init__(self): self.v = []
    def __add__(self, o): return 'Q.add'
    def __iadd__(self, o): return NotImplemented
q = Q(); q += 1; print(q)
class R:
    def __radd__(self, o): return 'R.radd'
x = [1]; x += R() if False else []; print(x)
try:
    x = [1]; x += R(); print(x)
except TypeError as e:
    print('TypeError', e)
for a, b, op in [(1, 'a', '+'), ([], (), '+'), ({}, {}, '+'), (1, None, '<'), ('a', 1, '*'), (None, None, '-'), (1, 2, '@'), ('a', 'b', '%')]:
    try:
        print(eval('a %s b' % op))
    except TypeError as e:
        print('TypeError', e)
