# In-place + and * on builtin-sequence subclasses with Python + or * methods (CPython slot rules)
class L(list): pass
class M(list):
    def __mul__(self, o): return 'M.mul'
class R(list):
    def __rmul__(self, o): return 'R.rmul'
class A(list):
    def __add__(self, o): return 'A.add'
class N(list):
    def __mul__(self, o): return NotImplemented
    def __add__(self, o): return NotImplemented
class T(tuple):
    def __add__(self, o): return 'T.add'
class S(str):
    def __mul__(self, o): return 'S.mul'
for cls, op, arg in [(L, '*=', 2), (L, '*=', 'a'), (M, '*=', 2), (M, '*=', 'a'), (R, '*=', 2), (R, '*=', 'a'), (A, '+=', [2]), (A, '+=', 'x'), (N, '*=', 2), (N, '+=', [2]), (T, '+=', (2,)), (S, '*=', 2), (L, '+=', 'ab')]:
    x = cls([1]) if cls not in (T, S) else cls((1,)) if cls is T else cls('s')
    y = x
    try:
        exec('x %s arg' % op)
        print(cls.__name__, op, repr(arg), repr(x), x is y)
    except Exception as e:
        print(cls.__name__, op, repr(arg), type(e).__name__, e)
