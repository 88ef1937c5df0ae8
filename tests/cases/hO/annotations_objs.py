x: int = 1
y: "List[str]"
z: list[int] = []
print(__annotations__)
class A:
    a: int
    b: str = "s"
    c: "A"
    def m(self, p: int, *args: str, q: float = 1.0, **kw: bool) -> None:
        v: int = 5
        return v
print(A.__annotations__, "a" in A.__dict__, hasattr(A, "a"), A.b)
print(A.m.__annotations__)
class B(A):
    d: float
print(B.__annotations__, B.__dict__["__annotations__"] is not A.__annotations__)
class C(A):
    pass
print(C.__annotations__, "__annotations__" in C.__dict__)
class D:
    pass
print(D.__annotations__, "__annotations__" in D.__dict__)
D.__annotations__["late"] = int
print(D.__annotations__)
def f(a: 1 + 2, b: [1, 2] = None) -> (lambda: 0).__class__.__name__:
    pass
print(f.__annotations__)
def g():
    local: int = 3
    undefined_local: str
    return local
print(g(), g.__annotations__)
import typing
print(typing.get_type_hints(A.m))
class E:
    x: int
    x = 5
    x: str
print(E.__annotations__, E.x)
obj = A()
obj.b_ann: int = 3
print(obj.b_ann)
lst = [0]
lst[0]: int = 9
print(lst)
(paren): int = 4
print(paren, __annotations__.get("paren"))
del A.__annotations__
try:
    print(A.__annotations__)
except AttributeError as e:
    print("AttributeError", e)
