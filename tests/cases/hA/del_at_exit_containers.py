class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
z = R("z")
lst = [R("l1"), R("l2")]
a = R("a")
d = {"k": R("dv")}
b = R("b")
_u = R("_u")
b2 = b
t = (R("t"),)
print("end")
