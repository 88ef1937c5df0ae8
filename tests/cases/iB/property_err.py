class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        if v < -459.67:
            raise ValueError(f"too cold: {v}")
        self._c = (v - 32) * 5 / 9

t = Temp(10)
print(t.f)
t.f = 50
print(t._c)
t.f = -500
