log = []
def t(x):
    log.append(x); return x
@(lambda fn: (t(fn.__name__), fn)[1])
def f(a: t('ann_a') = t('def_a'), *args: t('ann_args'), b: t('ann_b') = t('def_b'), **kw: t('ann_kw')) -> t('ann_ret'): pass
print(log); log.clear()
@(lambda fn: (t(fn.__name__), fn)[1])
class C(t(object), metaclass=t(type)):
    t('body')
print(log); log.clear()
lam = lambda a=t('lam_def'), *, b=t('lam_kw'): 0
print(log); log.clear()
def g(*a, **k): return a, k
g(t(1), *t([2]), t(3), k=t(4), **t({'z': 5}))
print(log); log.clear()
g(**t({'a': 1}), b=t(2), **t({'c': 3}))
print(log); log.clear()
x = {t('k1'): t('v1'), **t({'k2': 'v2'}), t('k3'): t('v3')}
print(log); log.clear()
s = {t(1), *t([2, 3]), t(4)}
print(log); log.clear()
class A:
    def __getattr__(self, n): log.append('getattr ' + n); return self
    def __call__(self, *a): log.append('call'); return self
    def __getitem__(self, k): log.append(('getitem', k)); return self
a = A()
a.b(t('arg')).c[t('idx')]
print(log); log.clear()
t('obj')[t('a'):t('b')] if False else None
d = {}
d[t('k')] = d[t('k2')] = t('v')
print(log); log.clear()
i = 0
def nxt():
    global i; i += 1; return i
r = [nxt(), nxt()][nxt() - 3]
print(r, i)
print(t(1) if t(0) else t(2), log); log.clear()
print([t(v) for v in t([1, 2]) if t(v)], log); log.clear()
print(t(2) ** t(3) ** t(2), log); log.clear()
print(t([1])[t(0)], log); log.clear()
print(t('a') < t('b') > t('c'), log); log.clear()
print(t(1) in t([1]), log); log.clear()
x = t(1), t(2); print(log); log.clear()
(a1, b1) = (b1, a1) = t((1, 2)); print(a1, b1, log); log.clear()
with open(__file__) as fh:
    pass
t('before return'); print(log); log.clear()
def ret_order():
    try:
        return t('ret')
    finally:
        t('finally')
ret_order(); print(log); log.clear()
raise_order = None
try:
    raise t(ValueError('v')) from t(KeyError('k'))
except ValueError:
    pass
print([type(v).__name__ for v in log]); log.clear()
assert t(True), t('msg')
try:
    assert t(False), t('msg')
except AssertionError:
    pass
print(log); log.clear()
del t([1, 2])[t(0)]
print(log); log.clear()
