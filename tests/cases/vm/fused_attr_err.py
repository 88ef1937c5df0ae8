# An AttributeError raised where LoadFast + LoadAttr run fused: the traceback must point at
# the attribute (caret line included), as CPython's does.
class Point:
    def __init__(self, x):
        self.x = x


def total(points):
    s = 0
    for p in points:
        s = s + p.x + p.y
    return s


print(total([]))
total([Point(1)])
