class Borg:
    _shared = {}
    def __init__(self):
        self.__dict__ = self._shared
a = Borg(); b = Borg()
a.x = 1
print(b.x, a.__dict__ is b.__dict__, Borg._shared)
b.y = [1]
print(vars(a), a.y is b.y)
del a.x
print(hasattr(b, 'x'), Borg._shared)
ns = {}
class O: pass
o = O()
o.__dict__ = ns
ns['k'] = 5
print(o.k, o.__dict__ is ns)
o.j = 2
print(ns)
class MyDict(dict):
    def __getitem__(self, k):
        return "never used"
o2 = O()
o2.__dict__ = MyDict(z=3)
print(o2.z, type(o2.__dict__).__name__)
del o2.__dict__
print(vars(o2), hasattr(o2, 'z'))
o2.w = 1
print(vars(o2))
for bad in ([1], None, 5):
    try:
        o2.__dict__ = bad
    except Exception as e:
        print(type(e).__name__, e)
objs = [O() for _ in range(2000)]
for i, ob in enumerate(objs):
    ob.__dict__ = {"i": i}
print(sum(ob.i for ob in objs))
class Slot:
    __slots__ = ('a',)
try:
    Slot().__dict__ = {}
except Exception as e:
    print(type(e).__name__, e)
def fn(): pass
fn.__dict__ = {'attr': 7}
print(fn.attr)
for bad in (3, None):
    try:
        fn.__dict__ = bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    del fn.__dict__
except Exception as e:
    print(type(e).__name__, e)
fn.__dict__ = ns
print(fn.k, ns)
