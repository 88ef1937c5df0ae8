# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose objects died.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name


def show(label, f):
    try:
        r = f()
    except KeyError as e:
        print(label, '->', 'KeyError', type(e.args[0]).__name__ if e.args else '')
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


a, b, c = Obj('a'), Obj('b'), Obj('c')
d = weakref.WeakValueDictionary()
d['x'] = a
d['y'] = b
d.update({'z': c})
print(len(d), d['x'], 'y' in d, 'q' in d, d.get('q', 0), sorted(d.keys()), sorted(v.name for v in d.values()))
del b
print(len(d), 'y' in d, sorted(d), d.get('y'))
show('missing', lambda: d['y'])
print(d.pop('z'), len(d), d.setdefault('w', a), d.pop('nope', 'dflt'))
show('pop missing', lambda: d.pop('nope'))
e = d.copy()
print(type(e).__name__, sorted(e.items(), key=lambda kv: kv[0]), len(d.valuerefs()))
print(sorted((d | {'v': c}).keys()))
del a
print(len(d), list(d.items()))
show('popitem empty', d.popitem)
d2 = weakref.WeakValueDictionary(k=c)
print(d2.popitem(), len(d2))

k1, k2 = Obj('k1'), Obj('k2')
wk = weakref.WeakKeyDictionary()
wk[k1] = 1
wk[k2] = 2
print(len(wk), wk[k1], k2 in wk, Obj('k3') in wk, 5 in wk, wk.get(k2), sorted(wk.values()))
del k2
print(len(wk), [k.name for k in wk.keys()], list(wk.values()), [(k.name, v) for k, v in wk.items()])
print(wk.setdefault(k1, 9), wk.pop(k1), len(wk))
show('missing key', lambda: type(wk[Obj('zz')]))
show('unhashable', lambda: wk[[1]])
wk.update({k1: 'again'})
print(wk.copy()[k1], len(wk.keyrefs()))

s = weakref.WeakSet()
m1, m2, m3 = Obj('m1'), Obj('m2'), Obj('m3')
s.add(m1)
s.add(m2)
s.update([m3])
print(len(s), m1 in s, Obj('x') in s, 3 in s, sorted(o.name for o in s))
del m2
print(len(s), sorted(o.name for o in s))
s.discard(m3)
s.remove(m1)
print(len(s))
show('remove missing', lambda: s.remove(m1))
show('pop empty', s.pop)
t = weakref.WeakSet([m1, m3])
u = weakref.WeakSet([m3])
print(len(t | u), len(t & u), len(t - u), len(t ^ u), u <= t, t >= u, u < t, t == weakref.WeakSet([m3, m1]))
print(t.isdisjoint(weakref.WeakSet()), repr(weakref.WeakSet()))
