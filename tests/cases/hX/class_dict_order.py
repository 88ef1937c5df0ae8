class A:
    x = 1
    def m(self): pass
print(list(A.__dict__))
class B(A):
    y = 2
print(list(B.__dict__))
class C:
    "doc"
    __slots__ = ('a', 'b')
print(list(C.__dict__))
class D:
    z: int = 3
    w: str
print(list(D.__dict__))
class E(int):
    pass
print(list(E.__dict__))
class F(Exception):
    pass
print(list(F.__dict__))
import enum
class Color(enum.Enum):
    RED = 1
print([k for k in Color.__dict__ if not k.startswith('_')])
from dataclasses import dataclass
@dataclass
class DC:
    a: int
    b: str = 'x'
print(list(DC.__dict__))
class G:
    def __init_subclass__(cls): pass
    @classmethod
    def __class_getitem__(cls, i): pass
print(list(G.__dict__), type(G.__dict__['__init_subclass__']).__name__, type(G.__dict__['__class_getitem__']).__name__)
class H:
    def __init_subclass__(cls): pass
    def __class_getitem__(cls, i): return i
    def __new__(cls): return super().__new__(cls)
print(type(H.__dict__['__init_subclass__']).__name__, type(H.__dict__['__class_getitem__']).__name__, type(H.__dict__['__new__']).__name__, H[5])
print(sorted(vars(type('T', (), {}))))
