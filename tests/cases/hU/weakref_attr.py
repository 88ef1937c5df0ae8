import weakref
class O: pass
o = O()
print(o.__weakref__)
r = weakref.ref(o)
print(o.__weakref__ is r, weakref.getweakrefcount(o))
r2 = weakref.ref(o)
print(r2 is r)
def cb(ref):
    print("callback", ref is r3)
r3 = weakref.ref(o, cb)
print(r3 is r, weakref.getweakrefcount(o))
p = weakref.proxy(o)
o.attr = 5
print(p.attr, weakref.getweakrefcount(o))
del o
print(r(), r3())
try:
    p.attr
except ReferenceError as e:
    print("ReferenceError", e)
class S:
    __slots__ = ()
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
try:
    vars(S())
except TypeError as e:
    print(e)
try:
    S().__dict__
except AttributeError as e:
    print(e)
try:
    S().__weakref__
except AttributeError as e:
    print(e)
for v in (1, "s", [], {}, (), None):
    try:
        weakref.ref(v)
        print("ok", type(v).__name__)
    except TypeError as e:
        print(e)
class L(list): pass
print(weakref.ref(L())() is None)
