class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, counter)
counter = 0
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g)
a = R("a")
b = R("b")
lst = [R("in list")]
c = R("c")
a2 = a
counter = 5
print("end")
