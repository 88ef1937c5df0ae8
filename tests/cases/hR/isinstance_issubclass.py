def t(f, *a):
    try:
        print(f.__name__, f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
class A: pass
class B(A): pass
class C: pass
t(isinstance, B(), A)
t(isinstance, B(), (C, A))
t(isinstance, B(), (C, (int, (A,))))
t(isinstance, 1, int | str)
t(isinstance, "x", int | str)
t(isinstance, None, int | None)
t(isinstance, 1.0, (int | str, float))
t(isinstance, 1, ())
t(isinstance, 1, 1)
t(isinstance, 1, (int, 1))
t(isinstance, 1, (1, int))
t(isinstance, 1, "int")
t(isinstance, 1, list[int])
t(isinstance, [], list[int])
t(isinstance, 1, int | list[int])
t(isinstance, True, int)
t(isinstance, int, type)
t(isinstance, type, object)
t(isinstance, 1)
t(issubclass, B, A)
t(issubclass, B, (C, A))
t(issubclass, bool, int | str)
t(issubclass, B, B)
t(issubclass, B(), A)
t(issubclass, 1, int)
t(issubclass, B, B())
t(issubclass, B, (B(),))
t(issubclass, B, (A, B()))
t(issubclass, int, object)
t(issubclass, type, type)
t(issubclass, object, type)
t(issubclass, list, list[int])

t(issubclass, A, ())
t(issubclass, A, int | None)
t(issubclass, type(None), int | None)
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is int
class M(metaclass=Meta): pass
t(isinstance, 42, M)
t(isinstance, 41, M)
t(isinstance, M(), M)
t(issubclass, int, M)
t(issubclass, str, M)
t(isinstance, 42, (str, M))
class FakeCls:
    __bases__ = (A,)
class FakeInst:
    __class__ = B
print(isinstance(FakeInst(), A), isinstance(FakeInst(), FakeInst))
t(issubclass, FakeCls(), A)
class BadBases:
    @property
    def __bases__(self):
        return 5
t(issubclass, BadBases(), A)
t(issubclass, A, BadBases())
import collections.abc as abc
t(isinstance, [], abc.Sequence)
t(isinstance, {}, abc.Mapping)
t(isinstance, iter([]), abc.Iterator)
t(issubclass, dict, abc.MutableMapping)
t(isinstance, 1, abc.Hashable)
t(isinstance, [], abc.Hashable)
class WithLen:
    def __len__(self): return 0
t(isinstance, WithLen(), abc.Sized)
t(issubclass, WithLen, abc.Iterable)
