class Temp:
    unit = "C"
    def __init__(self, deg): self.deg = deg
    @classmethod
    def from_f(cls, f): return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(d): return d > -273.15
    @classmethod
    def set_unit(cls, u): cls.unit = u
    def __repr__(self): return f"{type(self).__name__}({self.deg}{self.unit})"
class Kelvin(Temp):
    unit = "K"
print(Temp.from_f(212), Kelvin.from_f(32), Temp.valid(-300), Kelvin(5).valid(0), Temp(1).from_f(50))
Kelvin.set_unit("kelvin"); print(Kelvin(1), Temp(1), Temp.unit)
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.from_f).__name__, Temp.from_f.__self__ is Temp, Kelvin.from_f.__self__ is Kelvin)
sm = Temp.__dict__["valid"]; print(callable(sm), sm(5), sm.__func__(-500), Temp.valid is Temp.__dict__["valid"].__func__)
class Reg:
    registry = {}
    @classmethod
    def register(cls, name):
        def deco(f):
            cls.registry[name] = f
            return f
        return deco
@Reg.register("double")
def double(x): return x * 2
print(Reg.registry["double"](21), list(Reg.registry))
try:
    Temp.from_f()
except TypeError as e:
    print(e)
try:
    Temp.valid()
except TypeError as e:
    print(e)
