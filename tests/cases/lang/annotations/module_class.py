a: int
b: str = 'b'
print(__annotations__)
class C:
    x: int
    y: 'str' = 'y'
    def m(self):
        z: float = 1.0
        return z
print(C.__annotations__, C().m(), 'x' in dir(C))
class D(C):
    w: bool
print(D.__annotations__)
print(hasattr(D, '__annotations__'))
class E:
    pass
print(E.__dict__.get('__annotations__'))
if True:
    cond: int = 5
for _ in range(1):
    loop_ann: str
print(sorted(__annotations__))
