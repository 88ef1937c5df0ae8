class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except Exception as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(): 1}
except Exception as e:
    print(type(e).__name__, e)
try:
    {OnlyEq()}
except Exception as e:
    print(type(e).__name__, e)
class Sub(OnlyEq):
    pass
print(Sub.__hash__, '__hash__' in Sub.__dict__)
class SubHash(OnlyEq):
    def __hash__(self):
        return 7
print(hash(SubHash()))
class EqAndHash:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(type(hash(EqAndHash())).__name__)
class ExplNone:
    __hash__ = None
try:
    hash(ExplNone())
except Exception as e:
    print(type(e).__name__, e)
from collections.abc import Hashable
print(isinstance(ExplNone(), Hashable), isinstance(OnlyEq(), Hashable), isinstance(SubHash(), Hashable))
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class StrHash:
    def __hash__(self):
        return "x"
try:
    hash(StrHash())
except Exception as e:
    print(type(e).__name__, e)
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
class IntSubHash:
    def __hash__(self):
        class I(int): 
            def __hash__(self): return 99
        return I(5)
print(hash(IntSubHash()))
class FloatHash:
    def __hash__(self):
        return 1.0
try:
    hash(FloatHash())
except Exception as e:
    print(type(e).__name__, e)

# __eq__ on subclass of int keeps hash?
class MyInt(int):
    def __eq__(self, o):
        return int(self) == o
try:
    hash(MyInt(3))
except Exception as e:
    print(type(e).__name__, e)
print(MyInt.__hash__)

class NE:
    def __ne__(self, o):
        return "custom ne"
print(NE() != 1, NE() == 1)
class EqNI:
    def __eq__(self, o):
        return NotImplemented
a = EqNI()
print(a == a, a == EqNI(), a != a, a != 1)
class Mixed:
    def __eq__(self, o):
        print("Mixed.__eq__")
        return NotImplemented
class Other:
    def __eq__(self, o):
        print("Other.__eq__")
        return NotImplemented
print(Mixed() == Other())
print(Mixed() != Other())
try:
    Mixed() < Other()
except Exception as e:
    print(type(e).__name__, e)
try:
    1 < "a"
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] >= (1,)
except Exception as e:
    print(type(e).__name__, e)
try:
    None > None
except Exception as e:
    print(type(e).__name__, e)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 1))
print(object.__lt__(1, 2))
