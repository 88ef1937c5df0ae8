import pickle
class A:
    def m(self): return 1
    @classmethod
    def c(cls): return 2
    @staticmethod
    def s(): return 3
def f(): pass
for o in [A().m, A.c, A.m, f, A.s, [].append, len, str.upper, dict.fromkeys, {}.get]:
    for p in (0, 2, 4):
        try:
            d = pickle.dumps(o, p)
            r = pickle.loads(d)
            print(p, d if 'A object' not in repr(o) else 'method', type(r).__name__)
        except Exception as e:
            print(p, type(e).__name__, str(e)[:80])
