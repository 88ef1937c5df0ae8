class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

l = [R(1), R(2), R(3)]
del l
print("--")
t = (R(4), R(5), R(6))
del t
print("--")
d = {'a': R(7), 'b': R(8), 'c': R(9)}
del d
print("--")
class Holder:
    pass
h = Holder()
h.x = R(10)
h.y = R(11)
del h
print("--")
l = [R(12), [R(13), R(14)], R(15)]
l = None
print("--")
made = [R(i) for i in range(16, 20)]
made.reverse()
del made
print("--")
def f():
    a = R(20)
    b = [R(21), R(22)]
    return 1
f()
print("end")
