import math
def outer():
    def inner(x):
        return math.sqrt(x) + 1
    return inner(-1) * 2
class K:
    def __repr__(self):
        return outer()
print([K()])
