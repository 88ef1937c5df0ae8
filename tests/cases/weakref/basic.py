# weakref.ref and proxy: which objects, sharing, counts, callbacks, dead references.
import weakref
def clean(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            out.append('ADDR')
            i = j
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)
for o in [1, 1.5, 'x', b'x', (), [], {}, set(), frozenset(), None, True, object(), bytearray(), len, lambda:0, type, 1j, range(3), iter([]), slice(1)]:
    try: weakref.ref(o); print(type(o).__name__, 'ok')
    except TypeError as e: print(type(o).__name__, e)
class A: pass
a = A()
r1 = weakref.ref(a); r2 = weakref.ref(a); r3 = weakref.ref(a, lambda r: None)
print(r1 is r2, r1 is r3, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), weakref.getweakrefcount(1))
p = weakref.proxy(a); print(weakref.getweakrefcount(a), clean(repr(p)))
del a
try: p.x
except ReferenceError as e: print('ReferenceError', e)
print(r1(), clean(repr(r1)), clean(repr(p)))
def cb(x): print('cb', type(x).__name__, x())
b = A(); r = weakref.ref(b, cb); print('before'); del b; print('after')
c = A(); r1 = weakref.ref(c, cb); r2 = weakref.ref(c, cb); print(r1 is r2, weakref.getweakrefcount(c)); del c
d = A(); r3 = weakref.ref(d, cb); del r3; del d; print('no cb when ref dead')
def f():
    e = A()
    w = weakref.ref(e, cb)
    e = None
    print('in f after rebinding')
    return w
w = f(); print(w())
b = A(); b.v = 5
p = weakref.proxy(b)
print(p.v, str(p) == str(b), bool(p))
try: hash(p)
except TypeError as e: print(e)
class N:
  def __init__(s, v): s.v = v
  def __add__(s, o): return s.v + o
  def __len__(s): return 3
  def __getitem__(s, i): return i * 2
  def __call__(s, x): return x + 1
  def __eq__(s, o): return s.v == o
  def __iter__(s): return iter([1,2])
n = N(10); p = weakref.proxy(n)
print(p + 1, len(p), p[4], p(1), p == 10, list(p), type(p).__name__, 5 in p, type(p))
e = A(); f = weakref.finalize(e, print, 'fin e'); print(f.alive, f.atexit, clean(repr(f))); del e; print(f.alive, clean(repr(f)))
g = A(); f2 = weakref.finalize(g, lambda *a, **k: (a, k), 1, k=2); print(f2.peek()[2:], f2(), f2(), f2.alive, f2.detach())
h = A(); f3 = weakref.finalize(h, print, 'at exit')
print(weakref.ref, weakref.ProxyType, weakref.CallableProxyType)
