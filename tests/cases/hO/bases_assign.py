class A: pass
class B(A): pass
class C: pass
class S: __slots__=('x',)
class D(list): pass
class E(dict): pass
for tgt, nb in [(B, (B,)), (A, (B,)), (B, (int,)), (B, (S,)), (B, (C, A)), (B, (A, A)), (B, (1,)), (B, (D,)), (D, (E,)), (D, (list,)), (D, (object,)), (int, (object,)), (B, [A]), (B, (object,)), (S, (A,))]:
    try:
        tgt.__bases__ = nb
        print(tgt.__name__, "ok", tgt.__mro__)
    except Exception as e:
        print(tgt.__name__, type(e).__name__, e)
