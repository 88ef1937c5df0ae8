class Point:
    def __init__(self, x, y):
        self.x = float(x)
        self.y = float(y)
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = float(z)
p = Point3(1, 2, 3)
print(p.x, p.y, p.z)
q = Point3(1, "two", 3)
