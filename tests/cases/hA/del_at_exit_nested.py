class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Holder:
    def __init__(self): self.a = R("ha"); self.b = R("hb")
h = Holder()
k = R("k")
lst = [R("l1"), [R("nested1"), R("nested2")], R("l3")]
m = R("m")
print("end")
