x: int = 5
y: 'str'
z: list[int] = []
print(x, z, __annotations__)
class C:
    a: int
    b: str = 'b'
    (c): float = 1.0
    d.e if False else None
    print(__annotations__)
print(C.__annotations__, C.b)
def f():
    local: int = 1
    unset: str
    return local
print(f(), f.__annotations__)
class D:
    x: int = 0
    y: 'D'
print(D.__annotations__)
obj = C()
obj.attr: int = 3
print(obj.attr)
lst = [0]
lst[0]: int = 5
print(lst)
