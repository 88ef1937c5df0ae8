class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "doc of x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
        del self._x

p = P()
p.x = 4
print(p.x)
del p.x
try:
    p.x
except Exception as e:
    print(type(e).__name__, e)
prop = P.__dict__['x']
print(prop.__doc__)
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)
g = prop.getter(lambda self: 99)
print(g is prop, g.fset is prop.fset, g.__doc__)
print(g.fget(None))

class RO:
    @property
    def v(self):
        return 1
r = RO()
try:
    r.v = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    del r.v
except Exception as e:
    print(type(e).__name__, e)
noget = property()
class N:
    a = noget
try:
    N().a
except Exception as e:
    print(type(e).__name__, e)

class MyProp(property):
    "my prop doc"
    count = 0
    def __get__(self, obj, typ=None):
        MyProp.count += 1
        return super().__get__(obj, typ)

class U:
    @MyProp
    def val(self):
        "val doc"
        return 10
    @val.setter
    def val(self, v):
        print("set", v)
u = U()
print(u.val, MyProp.count)
u.val = 3
print(type(U.__dict__['val']).__name__)
print(U.__dict__['val'].__doc__)
print(isinstance(U.val, MyProp))

# property with explicit doc
pp = property(lambda s: 1, doc="explicit")
print(pp.__doc__)
pp2 = property(None, None, None, None)
print(pp2.__doc__, pp2.fget)
# property fget doc taken
def getter(self):
    "getter doc"
pp3 = property(getter)
print(pp3.__doc__)
pp4 = pp3.setter(lambda s, v: None)
print(pp4.__doc__)
print(property.__isabstractmethod__.__class__.__name__)
import abc
class AB(abc.ABC):
    @property
    @abc.abstractmethod
    def a(self): ...
print(AB.__dict__['a'].__isabstractmethod__)
try:
    AB()
except Exception as e:
    print(type(e).__name__, e)
try:
    property(1, 2, 3, 4, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    property(fget=1)
    print("ok noncallable")
    class Z:
        w = property(fget=1)
    Z().w
except Exception as e:
    print(type(e).__name__, e)
