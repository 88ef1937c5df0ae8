class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x):
        self.x = x
def where(p):
    match p:
        case Pt(0, 0):
            return "origin"
        case _:
            return "else"
print(where(Pt(0)))
