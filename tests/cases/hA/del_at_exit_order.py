class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
tmp = [R("first-alloc"), R("second-alloc")]
q = R("q")
w = tmp[1]
e = tmp[0]
del tmp
r = R("r")
print("end")
