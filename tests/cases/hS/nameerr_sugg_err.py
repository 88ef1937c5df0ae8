def compute():
    counter = 1
    def inner():
        return countr + 1
    return inner()
try:
    compute()
except NameError as e:
    print(e, e.name)
class P:
    def __init__(self):
        self.value = 1
try:
    P().valeu
except AttributeError as e:
    print(e, e.name)
import math
def g():
    return math.sqr(4)
try:
    g()
except AttributeError as e:
    print(e)
def h():
    prnt("x")
h()
