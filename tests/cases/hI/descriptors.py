class NonData:
    def __get__(self, obj, typ):
        return ("nondata", obj is None, typ.__name__)
class Data:
    def __get__(self, obj, typ):
        return "data-get"
    def __set__(self, obj, v):
        print("data-set", v)
class DelOnly:
    def __get__(self, obj, typ): return "delonly-get"
    def __delete__(self, obj): print("delete called")
class C:
    nd = NonData()
    d = Data()
    do = DelOnly()
c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = "inst"
print(c.nd)
c.d = 5
c.__dict__['d'] = "inst-d"
print(c.d)
del c.do
try:
    c.do = 3
except AttributeError as e:
    print("AttributeError", e)
print(c.do)

class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "The x value."
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting"); del self._x
    ro = property(lambda self: 42)
p = P()
p.x = 3; print(p.x, P.x.__doc__)
try: p.x = -1
except ValueError as e: print("ValueError", e)
del p.x
try: p.x
except AttributeError as e: print("AttributeError", e)
try: p.ro = 1
except AttributeError as e: print("AttributeError", e)
try: del p.ro
except AttributeError as e: print("AttributeError", e)
print(type(P.x).__name__, P.x.fget.__name__, P.x.fset.__name__, P.ro.fset)
prop = property(doc="just doc")
print(prop.__doc__)
class Q:
    y = prop
try: Q().y
except AttributeError as e: print("AttributeError", e)

class M:
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(*a): return a
    @classmethod
    @property
    def cp(cls): return "cp-" + cls.__name__
class M2(M): pass
print(M.cm(), M2.cm(), M2().cm(), M.sm(1, 2), M().sm(3))
print(M.cp, M2.cp)
sm = M.__dict__['sm']; cm = M.__dict__['cm']
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, callable(sm))
print(sm(9))
print(cm.__get__(None, M2)())
bound = M().cm
print(bound.__self__.__name__, bound.__func__.__name__)
def f(self): return "f"
print(f.__get__(1)(), f.__get__(None, int) is f)
print(staticmethod(len)("abc"), staticmethod(f).__wrapped__ is f)
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.count = -1
a = Counter(); b = Counter()
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
try: del a.count
except AttributeError as e: print("AttributeError", e)
