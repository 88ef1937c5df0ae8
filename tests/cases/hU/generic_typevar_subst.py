from typing import TypeVar, Generic
T = TypeVar('T'); K = TypeVar('K')
print(list[T].__parameters__, dict[K, list[T]].__parameters__)
try:
    print(list[T][int])
    print(dict[K, list[T]][str, int])
except Exception as e:
    print(type(e).__name__, e)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
b = Box[int](3)
print(b.v, Box[int], Box.__parameters__, b.__orig_class__)
x = list[int]()
print(hasattr(x, '__orig_class__'))
try: list[int][str]
except Exception as e: print(e)
try: list[T][int,str]
except Exception as e: print(e)
print(dict[T,T][int], dict[K, tuple[T, ...]][str, bytes])
