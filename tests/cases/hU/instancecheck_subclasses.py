class MetaCheck(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, (int, str))

class IntLike(metaclass=MetaCheck): pass
print(isinstance(3, IntLike))
print(isinstance("s", IntLike))
print(isinstance(IntLike(), IntLike))
print(issubclass(bool, IntLike))
print(issubclass(list, IntLike))
print(isinstance(3, (str, IntLike)))
print(issubclass(IntLike, IntLike))

class Truthy(type):
    def __instancecheck__(cls, inst):
        return "yes"
    def __subclasscheck__(cls, sub):
        return []
class T(metaclass=Truthy): pass
print(isinstance(1, T), issubclass(int, T))

class Raises(type):
    def __instancecheck__(cls, inst):
        raise KeyError("boom")
class R(metaclass=Raises): pass
try:
    isinstance(1, R)
except Exception as e:
    print(type(e).__name__, e)

# __instancecheck__ on instance is ignored
class Obj:
    def __instancecheck__(self, inst):
        return True
try:
    isinstance(1, Obj())
except Exception as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except Exception as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, (str, 5)))
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(1, (str, (float, (int,)))))

# __bases__ protocol
class Fake:
    __bases__ = (int,)
try:
    print(issubclass(Fake(), int))
except Exception as e:
    print(type(e).__name__, e)

# __class__ override
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l).__name__)

# __subclasses__
class Root: pass
class A(Root): pass
class B(Root): pass
class C(A, B): pass
print([k.__name__ for k in Root.__subclasses__()])
print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in C.__subclasses__()])
print(type(Root.__subclasses__()).__name__)
del C
import gc; gc.collect()
print([k.__name__ for k in A.__subclasses__()])
print(bool in int.__subclasses__())
try:
    type.__subclasses__()
except Exception as e:
    print(type(e).__name__, e)
print(len(type.__subclasses__(Root)))
