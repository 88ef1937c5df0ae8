# weak containers: update forms, set algebra, pops, copies; WeakMethod edge cases
import copy
import weakref

class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'O%d' % self.n
    def m(self):
        return self.n

objs = [O(i) for i in range(6)]
wv = weakref.WeakValueDictionary([('a', objs[0])], b=objs[1])
wv.update([('c', objs[2])])
wv |= {'d': objs[3]}
print(sorted(wv.items()), len(wv), 'a' in wv, wv.setdefault('a', objs[5]), wv.setdefault('e', objs[4]), wv.pop('e'))
print(sorted(copy.copy(wv).keys()), sorted(copy.deepcopy(wv).items()), len(wv.valuerefs()), len(list(wv.itervaluerefs())))
print(sorted(k for k in wv), sorted(wv.values(), key=lambda o: o.n), wv.get('zz'), wv.pop('zz', None))
try:
    wv.pop('zz')
except KeyError as e:
    print('KeyError', e)
try:
    [] in wv
except TypeError as e:
    print('TypeError', e)
print(wv.popitem()[0] in 'abcd', len(wv), type(wv | {}).__name__)
try:
    wv | 5
except TypeError as e:
    print('TypeError', e)

wk = weakref.WeakKeyDictionary({objs[0]: 'zero'})
wk.update([(objs[1], "one")])
wk |= {objs[2]: 'two'}
print(sorted(wk.values()), len(wk), objs[1] in wk, wk.get(objs[5], '-'), len(wk.keyrefs()), sorted(v for k, v in wk.items()))
print(sorted(copy.deepcopy(wk).values()), wk.pop(objs[2]), wk.pop(objs[2], 'gone'), wk.setdefault(objs[3], 'three'))
del wk[objs[3]]
print(sorted(o.n for o in wk), wk.popitem()[1] in ('zero', 'one'), len(wk), type(wk | {}).__name__)
try:
    del wk[objs[5]]
except KeyError:
    print('KeyError on del')

a = weakref.WeakSet(objs[:4])
b = weakref.WeakSet(objs[2:])
key = lambda s: sorted(o.n for o in s)
print(key(a | b), key(a & b), key(a - b), key(a ^ b), key(a.union(objs[5:])), key(a.intersection([objs[0], O(9)])))
print(a <= b, a.issubset(objs), a.issuperset(objs[:2]), a < weakref.WeakSet(objs), a > weakref.WeakSet(objs[:1]), a == b, a != b, a.isdisjoint(objs[4:]))
c = a.copy(); c -= b; print(key(c)); c.difference_update([objs[0]]); print(key(c))
c = a.copy(); c &= objs[1:3]; print(key(c)); c.intersection_update([objs[1]]); print(key(c))
c = a.copy(); c ^= b; print(key(c)); c.symmetric_difference_update(c); print(key(c))
c = a.copy(); c |= b; c -= c; print(key(c), len(c))
print(key(a.difference(b)), key(a.symmetric_difference(b)), type(a.copy()).__name__)
try:
    hash(a)
except TypeError as e:
    print('TypeError', e)
dead = O(99)
s = weakref.WeakSet([dead])
del dead
print(len(s), list(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)

o = O(7)
wm = weakref.WeakMethod(o.m)
print(wm()(), wm() == o.m, wm != weakref.WeakMethod(o.m), hash(wm) == hash(weakref.WeakMethod(o.m)))
for bad in ([].append, len, O.m):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print('TypeError', e)
got = []
wm2 = weakref.WeakMethod(o.m, got.append)
del o
print(wm(), wm2(), len(got), got[0] is wm2, wm == wm, wm == wm2)
kr = weakref.KeyedRef(objs[0], None, 'k')
print(kr.key, kr() is objs[0], isinstance(kr, weakref.ref), weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
