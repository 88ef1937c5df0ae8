class Shape:
    __match_args__ = ("w",)
    def __init__(self, w): self.w = w
def area(s):
    match s:
        case Shape(w, h):
            return w * h
print(area(Shape(2)))
