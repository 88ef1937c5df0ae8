class Temperature:
    def __init__(self, c):
        self.c = c
    @property
    def f(self):
        return self.c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        if value < -459.67:
            raise ValueError(f"below absolute zero: {value}")
        self.c = (value - 32) * 5 / 9
t = Temperature(100)
print(t.f)
t.f = 212
print(t.c)
t.f = -500
