class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [R(1), R(2), R(3), R(4)]
del l[1:3]
print("-")
l.clear()
print("-")
l = [R(5), R(6), R(7)]
l *= 0
print("-")
l = [R(8), R(9), R(10), R(11)]
del l[::2]
print("-")
l = [R(12), R(13)]
l[0:2] = [1]
print("-")
l = [R(14), R(15), R(16)]
l = l[2:]
print("-")
d = {1: R(17), 2: R(18)}
d.clear()
print("-")
s = [R(19), R(20)]
s.sort(key=lambda r: -r.n)
del s
print("end")
