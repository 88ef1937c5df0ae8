import gc
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del node", self.name)
a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
print("cycle unreachable, collecting")
n = gc.collect()
print("collected something:", n > 0)
def make():
    r = R("in-func")
    lst = [r]
    lst.append(lst)
    return None
make()
gc.collect()
print("after make")
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
x = Resurrect()
del x
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared saved (no second __del__)")
first = R("first")
_private = R("_private")
second = R("second")
z_last = R("z_last")
holder = [R("in-list")]
print("end of module")
