class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
x = A()
x.__class__ = B
