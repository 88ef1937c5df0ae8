class A:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(A[int], A[1, 2], A[()], A["x"])
class B(A): pass
print(B[int])
class Meta(type):
    def __getitem__(cls, item): return f"meta {item}"
class C(metaclass=Meta):
    def __class_getitem__(cls, item): return "cgi"
print(C[1])
class D:
    __class_getitem__ = classmethod(lambda cls, item: ("explicit", cls.__name__, item))
print(D[5])
class E:
    pass
try:
    E[int]
except TypeError as e:
    print(e)
try:
    E()[0]
except TypeError as e:
    print(e)
class F:
    __class_getitem__ = None
try:
    F[int]
except TypeError as e:
    print(e)
import types
class G:
    __class_getitem__ = classmethod(types.GenericAlias)
print(G[int], G[int].__origin__ is G, G[int, str].__args__)
print(type[int], type[int].__origin__, type(type[int]))
try:
    int[str]
except TypeError as e:
    print(e)
try:
    (1)[0]
except TypeError as e:
    print(e)
print(list[int]() == [], dict[str, int](a=1))
print(isinstance(list[int], type), type(list[int]) is types.GenericAlias)
