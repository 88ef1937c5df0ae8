import numbers
import __future__

print(numbers.__all__)
for v in [1, True, 1.5, 2j, 'x', None]:
    print(repr(v), [isinstance(v, getattr(numbers, n)) for n in numbers.__all__])
for t in [int, bool, float, complex, str]:
    print(t.__name__, [issubclass(t, getattr(numbers, n)) for n in numbers.__all__])
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(self.v ** int(e))
    def __lshift__(self, o): pass
    def __rlshift__(self, o): pass
    def __rshift__(self, o): pass
    def __rrshift__(self, o): pass
    def __and__(self, o): pass
    def __rand__(self, o): pass
    def __xor__(self, o): pass
    def __rxor__(self, o): pass
    def __or__(self, o): pass
    def __ror__(self, o): pass
    def __invert__(self): pass
    def __trunc__(self): pass
    def __floor__(self): pass
    def __ceil__(self): pass
    def __round__(self, n=None): pass
    def __floordiv__(self, o): pass
    def __rfloordiv__(self, o): pass
    def __mod__(self, o): pass
    def __rmod__(self, o): pass
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(self.v + int(o))
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): pass
    def __rmul__(self, o): pass
    def __truediv__(self, o): pass
    def __rtruediv__(self, o): pass
    def __rpow__(self, o): pass
    def __abs__(self): pass
    def __eq__(self, o): return self.v == int(o)
    __hash__ = None
m = MyInt(7)
print(int(m), float(m), m.numerator.v, m.denominator, [10, 20, 30, 40, 50, 60, 70, 80][m], m.real.v, m.imag, complex(m), bool(m), (m - 2).v)
class Partial(numbers.Real):
    pass
try:
    Partial()
except TypeError as e:
    print(e)

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.__all__[:3])
