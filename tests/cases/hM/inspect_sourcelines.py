import inspect
def one(): return 1
x = 5
def multi(a,
          b=(1,
             2)):
    """doc"""
    return a
y = 6
@staticmethod
def dec(): pass
z = 7
class K:
    def m(self): pass
    @property
    def p(self): return (1,
                         2)
    q = 1
def cont(a, \
         b): return a
w = 1
for obj in [one, multi, dec.__func__ if hasattr(dec, "__func__") else dec, K, K.m, K.p.fget, cont, lambda: 0]:
    try:
        src, n = inspect.getsourcelines(obj)
        print(n, repr("".join(src)))
    except Exception as e: print(type(e).__name__, e)
