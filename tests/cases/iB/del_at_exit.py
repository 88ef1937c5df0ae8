import sys
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Noisy("global a")
b = Noisy("global b")
lst = [Noisy("in list")]
def f():
    local = Noisy("local")
    return 1
f()
c = Noisy("rebound")
c = None
print("end of main")
