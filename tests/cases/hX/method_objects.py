class C:
    def m(self): "mdoc"; return self
    @classmethod
    def cm(cls): return cls
    @staticmethod
    def sm(): return 'sm'
c = C()
bm = c.m
print(bm.__func__ is C.m, bm.__self__ is c, bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__)
print(c.m == c.m, c.m is c.m, C.cm.__self__ is C, c.cm.__self__ is C, C.cm.__func__.__name__, type(C.sm).__name__, type(C.__dict__['sm']).__name__)
try: bm.x = 1
except AttributeError as e: print(e)
bm.__func__.x = 'func attr'
print(bm.x)
try: bm.__self__ = 1
except AttributeError as e: print(e)
print(hash(c.m) == hash(c.m), c.m != C().m, [].append == [].append, (l := []).append == l.append)
print(type(len).__name__, len.__self__, type([].append.__self__).__name__, [].append.__name__, [].append.__qualname__, str.upper.__qualname__, 'x'.upper.__self__)
print(C.m(c) is c, C.__dict__['m'].__get__(c)() is c, C.__dict__['cm'].__get__(None, C)(), C.__dict__['sm'].__get__(c)())
import types
print(isinstance(bm, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType), isinstance(C.m, types.FunctionType), isinstance(str.upper, types.MethodDescriptorType), isinstance(int.__add__, types.WrapperDescriptorType), isinstance((1).__add__, types.MethodWrapperType))
m2 = types.MethodType(lambda self, x: (self, x), 'bound-to-str')
print(m2(1))
try: types.MethodType(1, 2)
except TypeError as e: print(e)
class D:
    def __call__(self, x): return ('called', x)
d = D()
m3 = types.MethodType(d, 'self')
print(m3(5))
print(bm.__func__.__get__(None, C) is bm.__func__, C.m.__get__(None, C) is C.m)
print(repr(C.m)[:19], repr(C.cm)[:30], repr(C.sm)[:18])
