class K(dict):
    def keys(self): return ["k"]
    def __getitem__(self, k): return "gi"
class It(dict):
    def __iter__(self): return iter(["k"])
    def __getitem__(self, k): return "gi"
class G(dict):
    def __getitem__(self, k): return "gi"
def f(**kw): return kw
for C in (K, It, G):
    d = C(a=1)
    e = {}; e.update(d)
    print(C.__name__, dict(d), {**d}, f(**d), e, dict(d, z=1))
