class Account:
    def __init__(self):
        self.balance = 0
        self._owner = 'x'
    @property
    def owner(self): return self._owner
a = Account()
for f in [lambda: a.balanse, lambda: a.owner2, lambda: setattr(a, 'owner', 'y'), lambda: delattr(a, 'owner'), lambda: Account.nope, lambda: a.__nope__]:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e, e.name, type(e.obj).__name__)
import math
try:
    math.sqroot(4)
except AttributeError as e:
    print(e)
try:
    print(lenght)
except NameError as e:
    print(e, e.name)
def f():
    counter = 0
    return countr
try:
    f()
except NameError as e:
    print(e)
print(a.balance)
a.balanse
