class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.private}>"
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.private)
        delattr(obj, self.private)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, Person.name, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class C:
    nd = NonData()
c = C()
print(c.nd)
c.nd = "instance wins"
print(c.nd, C.nd)
del c.nd
print(c.nd)
class GetOnlyData:
    def __get__(self, obj, t=None):
        return "data-get"
    def __set__(self, obj, v):
        raise AttributeError("read-only!")
class C2:
    d = GetOnlyData()
c2 = C2()
c2.__dict__["d"] = "in dict"
print(c2.d)
try:
    c2.d = 1
except AttributeError as e:
    print(e)
class SetOnly:
    def __set__(self, obj, v):
        print("set", v)
class C3:
    s = SetOnly()
c3 = C3()
c3.s = 5
print(type(c3.s).__name__)
c3.__dict__["s"] = "dict value"
print(c3.s)
try:
    del c3.s
except AttributeError as e:
    print(type(e).__name__, e)
prop = property(lambda self: 1, doc="the doc")
print(prop.__doc__, prop.fset, prop.fdel, type(prop).__name__)
class P:
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        del self._x
print(P.x.__doc__, P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__)
pp = P()
pp.x = 4
print(pp.x)
del pp.x
try:
    pp.x
except AttributeError as e:
    print(e)
class RO:
    @property
    def v(self):
        return 1
try:
    RO().v = 2
except AttributeError as e:
    print(e)
try:
    del RO().v
except AttributeError as e:
    print(e)
ro = property()
class Empty:
    e = ro
try:
    Empty().e
except AttributeError as e:
    print(e)
print(property.__get__(P.x, None, P) is P.x)
class CM:
    @classmethod
    @property
    def cp(cls):
        return "classprop " + cls.__name__
print(CM.cp)
class Call:
    def __get__(self, obj, owner):
        return lambda: ("called", obj is None, owner.__name__)
class H:
    c = Call()
print(H.c(), H().c())
class Method:
    def f(self):
        return self
m = Method()
print(Method.__dict__["f"].__get__(m)() is m, Method.__dict__["f"].__get__(None, Method) is Method.__dict__["f"])
print(type(Method.__dict__["f"].__get__(m)).__name__)
