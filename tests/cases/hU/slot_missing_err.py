class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vec(3)
print(v.x)
try:
    v.z = 1
except AttributeError as e:
    print(e)
v.norm()
