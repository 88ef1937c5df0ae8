class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class SA:
    __slots__ = ("x",)
class SB:
    __slots__ = ("x",)
class SC:
    __slots__ = ("y",)
a = A()
a.v = 1
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), a.v)
for target in (int, object, SA, 5, "str"):
    try:
        a.__class__ = target
        print("ok", type(a).__name__)
    except Exception as e:
        print(type(e).__name__, e)
s = SA()
s.__class__ = SB
print(type(s).__name__)
try:
    s.__class__ = SC
except Exception as e:
    print(type(e).__name__, e)
try:
    s.__class__ = A
except Exception as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except Exception as e:
    print(type(e).__name__, e)
class MyInt(int): pass
class MyInt2(int): pass
m = MyInt(3)
try:
    m.__class__ = MyInt2
except Exception as e:
    print(type(e).__name__, e)
print(type(m).__name__, m)
try:
    m.__class__ = int
except Exception as e:
    print(type(e).__name__, e)
o = object()
try:
    o.__class__ = A
except Exception as e:
    print(type(e).__name__, e)
try:
    del a.__class__
except Exception as e:
    print(type(e).__name__, e)
class L(list): pass
class L2(list): pass
l = L([1])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = MyInt
except Exception as e:
    print(type(e).__name__, e)
class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(type(f).__name__, f.__class__, isinstance(f, int), isinstance(f, Fake))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return issubclass(sub, int)
class Num(metaclass=Meta):
    pass
print(isinstance(5, Num), isinstance("x", Num), isinstance(Num(), Num))
print(issubclass(bool, Num), issubclass(str, Num), issubclass(Num, Num))
print(isinstance(5, (str, Num)), issubclass(bool, (Num,)))
print(type(Num), type(Num).__name__, Meta.__mro__, Num.__class__)
try:
    isinstance(5, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    issubclass(5, int)
except Exception as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (int, 5))
except Exception as e:
    print(type(e).__name__, e)
print(issubclass(int, (int, 5)) if False else isinstance(1, (int, 5)))
class AbstractLike:
    __bases__ = ()
print(isinstance(3, (int,)), isinstance(3, ()), issubclass(int, ()))
