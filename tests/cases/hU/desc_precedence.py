class Data:
    def __init__(self, name=None):
        self.name = name
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return ("data", self.name, obj.__dict__.get(self.name, "missing"))
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2

class NonData:
    def __get__(self, obj, typ=None):
        return ("nondata", obj is None, typ.__name__)

class GetOnlySet:
    def __set__(self, obj, value):
        print("GetOnlySet.__set__", value)

class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.__delete__")

class C:
    d = Data()
    n = NonData()
    s = GetOnlySet()
    x = DelOnly()

c = C()
print(c.d)
c.d = 5
print(c.d, c.__dict__)
c.__dict__['d'] = 100
print(c.d)
print(c.n)
c.__dict__['n'] = 'inst'
print(c.n)
print(C.n)
print(type(C.__dict__['d']).__name__)
print(C.s is C.__dict__['s'])
c.s = 3
print(c.s is C.__dict__['s'])
c.__dict__['s'] = 'shadow'
print(c.s)
c.x
print(type(c.x).__name__)
c.__dict__['x'] = 'xx'
print(c.x)
del c.x
print(c.x)
try:
    del c.d
except Exception as e:
    print(type(e).__name__, e)
try:
    del c.n
except Exception as e:
    print(type(e).__name__, e)
print(c.n)
try:
    del c.n
except Exception as e:
    print(type(e).__name__, e)

# descriptors on metaclasses
class MetaDesc:
    def __get__(self, obj, typ):
        return ("meta", obj.__name__ if obj else None, typ.__name__)
class Meta(type):
    m = MetaDesc()
    plain = "meta-plain"
    @property
    def prop(cls):
        return "prop of " + cls.__name__
class K(metaclass=Meta):
    plain = "class-plain"
print(K.m)
print(K.plain)
print(K.prop)
try:
    K().prop
except Exception as e:
    print(type(e).__name__, e)
try:
    K().m
except Exception as e:
    print(type(e).__name__, e)
class K2(metaclass=Meta):
    prop = "class-prop"
print(K2.prop)
try:
    K2.prop = 1
except Exception as e:
    print(type(e).__name__, e)
