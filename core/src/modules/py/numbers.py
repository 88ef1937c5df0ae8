"""Abstract Base Classes (ABCs) for numbers, according to PEP 3141."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _required(qualname, names):
    """Abstract stubs for the operations a concrete number type must supply.

    Each name is a method name, or 'name:prop' for an abstract property."""
    stubs = {}
    for spec in names.split():
        name, _, kind = spec.partition(':')

        def stub(self, *args):
            raise NotImplementedError

        stub.__name__ = name
        stub.__qualname__ = qualname + '.' + name
        stub = abstractmethod(stub)
        stubs[name] = property(stub) if kind == 'prop' else stub
    return stubs


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""

    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Numbers supporting the operations of the builtin complex type."""

    __slots__ = ()

    locals().update(_required('Complex', """
        __complex__ real:prop imag:prop __add__ __radd__ __neg__ __pos__
        __mul__ __rmul__ __truediv__ __rtruediv__ __pow__ __rpow__ __abs__
        conjugate __eq__"""))

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


class Real(Complex):
    """Complex numbers that are also ordered (like float)."""

    __slots__ = ()

    locals().update(_required('Real', """
        __float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__
        __rfloordiv__ __mod__ __rmod__ __lt__ __le__"""))

    def __divmod__(self, other):
        return self // other, self % other

    def __rdivmod__(self, other):
        return other // self, other % self

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


class Rational(Real):
    """Real numbers expressed as numerator / denominator."""

    __slots__ = ()

    locals().update(_required('Rational', "numerator:prop denominator:prop"))

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rational numbers with denominator 1 (like int)."""

    __slots__ = ()

    locals().update(_required('Integral', """
        __int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__
        __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __invert__"""))

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
