class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

pts = [Point(1, 2), Point(3, 4)]
print(pts)
pts.append(Point("a", 5))
print(len(pts))
print(pts)
